"""SUPPORT: praise, endorse, back (051); sign, ratify, renew or extend a treaty or formal agreement (057)."""
