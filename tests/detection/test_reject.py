"""Rule tests for families/reject.py and data/reject.jsonl."""

from __future__ import annotations

from tests.detection.conftest import summary

# The Israeli president refused to meet Jordan's king.
REFUSED_TO_MEET = [
    ("The", "DET", "DT", "det", 2, "the"),
    ("Israeli", "ADJ", "JJ", "amod", 2, "israeli"),
    ("president", "NOUN", "NN", "nsubj", 3, "president"),
    ("refused", "VERB", "VBD", "ROOT", 3, "refuse"),
    ("to", "PART", "TO", "aux", 5, "to"),
    ("meet", "VERB", "VB", "xcomp", 3, "meet"),
    ("Jordan", "PROPN", "NNP", "poss", 8, "Jordan"),
    ("'s", "PART", "POS", "case", 6, "'s"),
    ("king", "NOUN", "NN", "dobj", 5, "king"),
    (".", "PUNCT", ".", "punct", 3, "."),
]


def test_refusing_to_meet_is_a_rejection_of_the_other_side_not_a_meeting(code):
    assert summary(code(REFUSED_TO_MEET)) == {("REJECT", "ISR", "JOR")}
