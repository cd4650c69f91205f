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

# Japan declined to comment on the report.
DECLINED_COMMENT = [
    ("Japan", "PROPN", "NNP", "nsubj", 1, "Japan"),
    ("declined", "VERB", "VBD", "ROOT", 1, "decline"),
    ("to", "PART", "TO", "aux", 3, "to"),
    ("comment", "VERB", "VB", "xcomp", 1, "comment"),
    ("on", "ADP", "IN", "prep", 3, "on"),
    ("the", "DET", "DT", "det", 6, "the"),
    ("report", "NOUN", "NN", "pobj", 4, "report"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Japan declined the offer from China.
DECLINED_OFFER = [
    ("Japan", "PROPN", "NNP", "nsubj", 1, "Japan"),
    ("declined", "VERB", "VBD", "ROOT", 1, "decline"),
    ("the", "DET", "DT", "det", 3, "the"),
    ("offer", "NOUN", "NN", "dobj", 1, "offer"),
    ("from", "ADP", "IN", "prep", 1, "from"),
    ("China", "PROPN", "NNP", "pobj", 4, "China"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_refusing_to_meet_is_a_rejection_of_the_other_side_not_a_meeting(code):
    assert summary(code(REFUSED_TO_MEET)) == {("REJECT", "ISR", "JOR")}


def test_declining_to_comment_is_no_rejection_but_declining_an_offer_is(code):
    assert code(DECLINED_COMMENT) == []
    assert summary(code(DECLINED_OFFER)) == {("REJECT", "JPN", "CHN")}
