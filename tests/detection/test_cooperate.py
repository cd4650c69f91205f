"""Rule tests for families/cooperate.py and data/cooperate.jsonl."""

from __future__ import annotations

from tests.detection.conftest import summary

# Finland will give Tanzania a grant.
WILL_GIVE = [
    ("Finland", "PROPN", "NNP", "nsubj", 2, "Finland"),
    ("will", "AUX", "MD", "aux", 2, "will"),
    ("give", "VERB", "VB", "ROOT", 2, "give"),
    ("Tanzania", "PROPN", "NNP", "dative", 2, "Tanzania"),
    ("a", "DET", "DT", "det", 5, "a"),
    ("grant", "NOUN", "NN", "dobj", 2, "grant"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# Finland gave aid to Tanzania.
GAVE_AID = [
    ("Finland", "PROPN", "NNP", "nsubj", 1, "Finland"),
    ("gave", "VERB", "VBD", "ROOT", 1, "give"),
    ("aid", "NOUN", "NN", "dobj", 1, "aid"),
    ("to", "ADP", "IN", "prep", 1, "to"),
    ("Tanzania", "PROPN", "NNP", "pobj", 3, "Tanzania"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_aid_given_is_aid(code):
    [event] = code(GAVE_AID)
    assert summary([event]) == {("AID", "FIN", "TZA")} and event.cameo.code == "070"


def test_aid_promised_is_an_intent_to_provide_aid(code):
    [event] = code(WILL_GIVE)
    assert summary([event]) == {("AGREE", "FIN", "TZA")} and (event.cameo.code, event.status) == ("033", "planned")
