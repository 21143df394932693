# The supervisor's dashboard.
