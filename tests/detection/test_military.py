"""Rule tests for families/military.py and data/military.jsonl."""

from __future__ import annotations

from tests.detection.conftest import summary

# Russia invaded Ukraine.
INVADED = [
    ("Russia", "PROPN", "NNP", "nsubj", 1, "Russia"),
    ("invaded", "VERB", "VBD", "ROOT", 1, "invade"),
    ("Ukraine", "PROPN", "NNP", "dobj", 1, "Ukraine"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Biden warned Russia against invading Ukraine.
WARNED_AGAINST = [
    ("Biden", "PROPN", "NNP", "nsubj", 1, "Biden"),
    ("warned", "VERB", "VBD", "ROOT", 1, "warn"),
    ("Russia", "PROPN", "NNP", "dobj", 1, "Russia"),
    ("against", "ADP", "IN", "prep", 1, "against"),
    ("invading", "VERB", "VBG", "pcomp", 3, "invade"),
    ("Ukraine", "PROPN", "NNP", "dobj", 4, "Ukraine"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_an_invasion_is_an_assault(code):
    assert summary(code(INVADED)) == {("ASSAULT", "RUS", "UKR")}


def test_an_invasion_warned_against_is_not_coded(code):
    assert not [e for e in code(WARNED_AGAINST) if e.event_type == "ASSAULT"]
