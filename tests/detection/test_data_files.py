"""Tests for data_files.py: provenance is required and every bad line is reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.detection.data_files import read_jsonl, require
from streams.errors import LexiconError


def test_missing_provenance_and_bad_lines_are_listed_together(tmp_path: Path):
    path = tmp_path / "x.jsonl"
    path.write_text('{"id": 1}\nnot json\n[1]\n')
    with pytest.raises(LexiconError) as err:
        read_jsonl(path, lambda e: require(e, id=str))
    assert len(err.value.problems) == 4
    assert err.value.problems[0].startswith("no provenance")


def test_a_valid_file(tmp_path: Path):
    path = tmp_path / "x.jsonl"
    path.write_text('{"_meta": {"sources": ["test"]}}\n{"id": "a"}\n')
    meta, entries = read_jsonl(path, lambda e: require(e, id=str))
    assert meta["sources"] == ["test"] and entries == [{"id": "a"}]
