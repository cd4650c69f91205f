"""MOBILIZE / COERCE / ASSAULT, only where clearly military: troops deployed, missiles fired, territory seized."""
