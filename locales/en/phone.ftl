# The phone: registration, devices, dial pad, calls.
