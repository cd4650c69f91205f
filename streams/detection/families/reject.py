"""REJECT: reject, refuse, veto (12x); boycotting a meeting or summit (125)."""
