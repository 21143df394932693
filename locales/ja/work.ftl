# work
