"""Rule tests for families/sanction.py and data/sanction.jsonl."""

from __future__ import annotations

from tests.detection.conftest import summary

# Japan halted economic aid to Serbia.
HALTED_AID = [
    ("Japan", "PROPN", "NNP", "nsubj", 1, "Japan"),
    ("halted", "VERB", "VBD", "ROOT", 1, "halt"),
    ("economic", "ADJ", "JJ", "amod", 3, "economic"),
    ("aid", "NOUN", "NN", "dobj", 1, "aid"),
    ("to", "ADP", "IN", "prep", 1, "to"),
    ("Serbia", "PROPN", "NNP", "pobj", 4, "Serbia"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_halting_aid_is_a_sanction_162(code):
    [event] = code(HALTED_AID)
    assert summary([event]) == {("SANCTION", "JPN", "SRB")}
    assert (event.cameo.code, event.mode, event.quad_class) == ("162", "discontinue", 4)
