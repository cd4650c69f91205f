"""Rule tests for families/request.py and data/request.jsonl."""

from __future__ import annotations

from tests.detection.conftest import summary

# Russia said on Tuesday that Sudan must return the helicopter.
MUST = [
    ("Russia", "PROPN", "NNP", "nsubj", 1, "Russia"),
    ("said", "VERB", "VBD", "ROOT", 1, "say"),
    ("on", "ADP", "IN", "prep", 1, "on"),
    ("Tuesday", "PROPN", "NNP", "pobj", 2, "Tuesday"),
    ("that", "SCONJ", "IN", "mark", 7, "that"),
    ("Sudan", "PROPN", "NNP", "nsubj", 7, "Sudan"),
    ("must", "AUX", "MD", "aux", 7, "must"),
    ("return", "VERB", "VB", "ccomp", 1, "return"),
    ("the", "DET", "DT", "det", 9, "the"),
    ("helicopter", "NOUN", "NN", "dobj", 7, "helicopter"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# We must act now.
WE_MUST = [
    ("We", "PRON", "PRP", "nsubj", 2, "we"),
    ("must", "AUX", "MD", "aux", 2, "must"),
    ("act", "VERB", "VB", "ROOT", 2, "act"),
    ("now", "ADV", "RB", "advmod", 2, "now"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# The United States demanded that Iran end its program.
DEMANDED_THAT = [
    ("The", "DET", "DT", "det", 2, "the"),
    ("United", "PROPN", "NNP", "compound", 2, "United"),
    ("States", "PROPN", "NNP", "nsubj", 3, "States"),
    ("demanded", "VERB", "VBD", "ROOT", 3, "demand"),
    ("that", "SCONJ", "IN", "mark", 6, "that"),
    ("Iran", "PROPN", "NNP", "nsubj", 6, "Iran"),
    ("end", "VERB", "VB", "ccomp", 3, "end"),
    ("its", "PRON", "PRP$", "poss", 8, "its"),
    ("program", "NOUN", "NN", "dobj", 6, "program"),
    (".", "PUNCT", ".", "punct", 3, "."),
]
# Opposition groups in Zimbabwe are demanding that the president resign.
DOMESTIC = [
    ("Opposition", "NOUN", "NN", "compound", 1, "opposition"),
    ("groups", "NOUN", "NNS", "nsubj", 5, "group"),
    ("in", "ADP", "IN", "prep", 1, "in"),
    ("Zimbabwe", "PROPN", "NNP", "pobj", 2, "Zimbabwe"),
    ("are", "AUX", "VBP", "aux", 5, "be"),
    ("demanding", "VERB", "VBG", "ROOT", 5, "demand"),
    ("that", "SCONJ", "IN", "mark", 9, "that"),
    ("the", "DET", "DT", "det", 8, "the"),
    ("president", "PROPN", "NNP", "nsubj", 9, "president"),
    ("resign", "NOUN", "NN", "ccomp", 5, "resign"),
    (".", "PUNCT", ".", "punct", 5, "."),
]


def test_x_said_y_must_is_a_demand_of_y(code):
    [event] = code(MUST)
    assert summary([event]) == {("REQUEST", "RUS", "SDN")} and event.cameo.code == "100"


def test_must_outside_a_reported_clause_demands_nothing(code):
    assert code(WE_MUST) == []


def test_the_subject_of_the_that_clause_is_the_one_asked(code):
    assert summary(code(DEMANDED_THAT)) == {("REQUEST", "USA", "IRN")}


def test_a_recipient_named_only_by_role_is_domestic_when_the_sectors_differ(code):
    [event] = code(DOMESTIC)
    assert summary([event]) == {("REQUEST", "ZWE", "ZWE")}
    assert event.recipient is not None and (event.actor.sector, event.recipient.sector) == ("OPP", "GOV")
