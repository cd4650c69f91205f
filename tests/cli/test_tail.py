"""`diplowire tail` filters: --country matches either party, --new keeps first reports only."""

from __future__ import annotations

from dataclasses import replace

from streams.cli.tail import matches
from tests.worker.test_clustering import make_event


def test_country_matches_either_party():
    event = make_event(actor="RUS", recipient="CHN")
    assert matches(event, "chn") and matches(event, "RUS") and matches(event, None)
    assert not matches(event, "USA")


def test_new_only_drops_later_reports_of_a_cluster():
    first, later = replace(make_event(), first_seen=True), replace(make_event(), first_seen=False)
    assert matches(first, None, new_only=True) and not matches(later, None, new_only=True)
    assert matches(later, None)
