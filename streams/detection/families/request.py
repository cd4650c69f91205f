"""REQUEST: demand, urge, appeal, call on (CAMEO 10x)."""
