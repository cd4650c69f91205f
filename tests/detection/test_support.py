"""Rule tests for families/support.py and data/support.jsonl."""

from __future__ import annotations

from tests.detection.conftest import summary

# Xi offered his support to Putin.
OFFERED_SUPPORT = [
    ("Xi", "PROPN", "NNP", "nsubj", 1, "Xi"),
    ("offered", "VERB", "VBD", "ROOT", 1, "offer"),
    ("his", "PRON", "PRP$", "poss", 3, "his"),
    ("support", "NOUN", "NN", "dobj", 1, "support"),
    ("to", "ADP", "IN", "dative", 1, "to"),
    ("Putin", "PROPN", "NNP", "pobj", 4, "Putin"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Argentina has apologized to Brazil.
APOLOGIZED = [
    ("Argentina", "PROPN", "NNP", "nsubj", 2, "Argentina"),
    ("has", "AUX", "VBZ", "aux", 2, "have"),
    ("apologized", "VERB", "VBN", "ROOT", 2, "apologize"),
    ("to", "ADP", "IN", "prep", 2, "to"),
    ("Brazil", "PROPN", "NNP", "pobj", 3, "Brazil"),
    (".", "PUNCT", ".", "punct", 2, "."),
]


def test_support_offered_to_a_person_goes_to_that_persons_state(code):
    [event] = code(OFFERED_SUPPORT)
    assert summary([event]) == {("SUPPORT", "CHN", "RUS")}
    assert event.recipient is not None and event.recipient.name == "Vladimir Putin"


def test_an_apology_is_support_055(code):
    [event] = code(APOLOGIZED)
    assert summary([event]) == {("SUPPORT", "ARG", "BRA")} and event.cameo.code == "055"
