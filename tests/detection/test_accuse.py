"""Rule tests for families/accuse.py and data/accuse.jsonl."""

from __future__ import annotations

from tests.detection.conftest import summary

# Zimbabwe accused the United States of blackmail.
ACCUSED = [
    ("Zimbabwe", "PROPN", "NNP", "nsubj", 1, "Zimbabwe"),
    ("accused", "VERB", "VBD", "ROOT", 1, "accuse"),
    ("the", "DET", "DT", "det", 4, "the"),
    ("United", "PROPN", "NNP", "compound", 4, "United"),
    ("States", "PROPN", "NNP", "dobj", 1, "States"),
    ("of", "ADP", "IN", "prep", 1, "of"),
    ("blackmail", "NOUN", "NN", "pobj", 5, "blackmail"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Moscow accused of threatening behaviour towards Ukraine.
REDUCED_PASSIVE = [
    ("Moscow", "PROPN", "NNP", "nsubj", 1, "Moscow"),
    ("accused", "VERB", "VBD", "ROOT", 1, "accuse"),
    ("of", "ADP", "IN", "prep", 1, "of"),
    ("threatening", "VERB", "VBG", "pcomp", 2, "threaten"),
    ("behaviour", "NOUN", "NN", "dobj", 3, "behaviour"),
    ("towards", "ADP", "IN", "prep", 4, "towards"),
    ("Ukraine", "PROPN", "NNP", "pobj", 5, "Ukraine"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_accused_x_of(code):
    [event] = code(ACCUSED)
    assert summary([event]) == {("ACCUSE", "ZWE", "USA")} and event.cameo.code == "112"


def test_a_reduced_passive_has_no_accuser(code):
    assert code(REDUCED_PASSIVE) == []
