// The empty script: what starting Node alone costs, the floor of every action cold start.
