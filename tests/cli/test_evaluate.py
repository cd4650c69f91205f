"""Tests for streams/cli/evaluate.py (detection quality tooling): gold loading and the actor matching rules."""

from __future__ import annotations

import json
from pathlib import Path

from streams.cli.evaluate import GoldRecord, load_gold, matches, score
from streams.records import Actor, ArticleRef, Cameo, DetectorInfo, Event, Evidence

STATES = frozenset({"USA", "IRN", "ITA"})


def event(event_type: str, actor: str, recipient: str | None) -> Event:
    return Event(
        "", event_type, None, Cameo("010", "01", "x"), 0.0, 1, Actor("a", "a", actor),
        Actor("r", "r", recipient) if recipient else None, "2000-01-01", "published", "occurred",
        Evidence("s", "t", 0, 1, "r"), 0.5, ArticleRef("a"), DetectorInfo("0", "m"),
    )  # fmt: skip


def test_legacy_codes_and_old_type_names_are_mapped(tmp_path: Path):
    path = tmp_path / "gold.json"
    records = [
        {"event": "DOCUMENT"},
        {"id": "1", "event": "DISAPPROVE", "text": "x", "source": [{"code": "ITL"}], "target": [{"code": "USA"}]},
    ]
    path.write_text(json.dumps(records))
    [gold] = load_gold(path)
    assert (gold.event_type, gold.sources, gold.targets) == ("ACCUSE", {"ITA"}, {"USA"})


def test_a_folder_is_read_file_by_file(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "README.md").write_text("# not gold")
    (tmp_path / "sub" / "a.jsonl").write_text(json.dumps({"id": "1", "event": "THREATEN", "text": "x"}) + "\n")
    (tmp_path / "b.json").write_text(json.dumps([{"id": "2", "event": "REJECT", "text": "y"}]))
    assert [g.event_type for g in load_gold(tmp_path)] == ["REJECT", "THREATEN"]


def test_an_organisation_code_matches_a_non_state_gold_code():
    assert matches("UNO", {"IGO"}, STATES) and matches("AMN", {"NGO"}, STATES)
    assert not matches("USA", {"IGO"}, STATES) and not matches(None, {"IGO"}, STATES)


def test_score_counts_types_and_parties():
    gold = [GoldRecord("1", "x", "ACCUSE", {"IGO"}, {"USA"}), GoldRecord("2", "y", "REJECT", {"IRN"}, set())]
    predictions = [[event("ACCUSE", "AMN", "USA"), event("THREATEN", "AMN", "USA")], []]
    scores = score(gold, predictions, STATES)
    assert (scores.tp["ACCUSE"], scores.fp["THREATEN"], scores.fn["REJECT"]) == (1, 1, 1)
    assert (scores.actor_ok, scores.recipient_ok, scores.matched) == (1, 1, 1)
