# The agent's desk: queue alert, ringing, the call, wrap-up, messages, contacts.
