# Team talk and asking for help.
