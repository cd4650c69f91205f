"""Tests for records.py: the publication-date reader of the contract (`parse_published`)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from streams.records import parse_published


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2024-05-01", date(2024, 5, 1)),
        ("2024-05-01T23:30:00Z", date(2024, 5, 1)),
        ("2024-05-01T23:30:00+09:00", date(2024, 5, 1)),  # the writer's day, not UTC's
        ("Wed, 01 May 2024 10:00:00 +0000", date(2024, 5, 1)),
        ("Wed, 01 May 2024 10:00:00 GMT", date(2024, 5, 1)),
        ("May 1, 2024", date(2024, 5, 1)),
        ("1 May 2024", date(2024, 5, 1)),
        ("May 1, 2024 1:19 PM EST", date(2024, 5, 1)),
        ("2024/05/01", date(2024, 5, 1)),
        ("  Thursday, December 16, 2021 ", date(2021, 12, 16)),
    ],
)
def test_published_dates_in_real_world_forms(text, day):
    found = parse_published(text)
    assert found is not None and found.date() == day


@pytest.mark.parametrize(
    "text",
    [None, "", "   ", "not a date", "May 2024", "Wednesday", "1970-01-01T00:00:00Z", "Thu, 01 Jan 1970 00:00:00 +0000",
     "1850-01-01", "2999-01-01", "x" * 500],
)  # fmt: skip
def test_unusable_published_values_are_none(text):
    assert parse_published(text) is None


def test_the_reader_loads_no_nlp_library():
    # the producer and the feeds read dates with it: it must not pull in spaCy
    code = "import sys, streams.records; print([m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc')])"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert done.stdout.strip() == "[]"
