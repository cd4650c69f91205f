"""Tests for codes.py: the CAMEO table (GDELT Goldstein values)."""

from __future__ import annotations

from streams.detection.codes import CameoTable


def test_lookup_and_quad_class():
    table = CameoTable()
    assert table["041"].name.startswith("Discuss by telephone") and table["041"].root == "04"
    assert (table["163"].goldstein, table["163"].quad_class) == (-8.0, 4)
    assert "999" not in table
