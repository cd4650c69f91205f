"""Rule tests for families/threaten.py and data/threaten.jsonl."""

from __future__ import annotations

from tests.detection.conftest import summary

# Russia threatened to stop negotiations if the United States goes ahead.
IF_CLAUSE = [
    ("Russia", "PROPN", "NNP", "nsubj", 1, "Russia"),
    ("threatened", "VERB", "VBD", "ROOT", 1, "threaten"),
    ("to", "PART", "TO", "aux", 3, "to"),
    ("stop", "VERB", "VB", "xcomp", 1, "stop"),
    ("negotiations", "NOUN", "NNS", "dobj", 3, "negotiation"),
    ("if", "SCONJ", "IN", "mark", 9, "if"),
    ("the", "DET", "DT", "det", 8, "the"),
    ("United", "PROPN", "NNP", "compound", 8, "United"),
    ("States", "PROPN", "NNP", "nsubj", 9, "States"),
    ("goes", "VERB", "VBZ", "advcl", 3, "go"),
    ("ahead", "ADV", "RB", "advmod", 9, "ahead"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Iran threatened to break relations with Iraq.
BREAK_RELATIONS = [
    ("Iran", "PROPN", "NNP", "nsubj", 1, "Iran"),
    ("threatened", "VERB", "VBD", "ROOT", 1, "threaten"),
    ("to", "PART", "TO", "aux", 3, "to"),
    ("break", "VERB", "VB", "xcomp", 1, "break"),
    ("relations", "NOUN", "NNS", "dobj", 3, "relation"),
    ("with", "ADP", "IN", "prep", 4, "with"),
    ("Iraq", "PROPN", "NNP", "pobj", 5, "Iraq"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Hamas threatened to resume attacks in Israel.
HAMAS = [
    ("Hamas", "PROPN", "NNP", "nsubj", 1, "Hamas"),
    ("threatened", "VERB", "VBD", "ROOT", 1, "threaten"),
    ("to", "PART", "TO", "aux", 3, "to"),
    ("resume", "VERB", "VB", "xcomp", 1, "resume"),
    ("attacks", "NOUN", "NNS", "dobj", 3, "attack"),
    ("in", "ADP", "IN", "prep", 4, "in"),
    ("Israel", "PROPN", "NNP", "pobj", 5, "Israel"),
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


def test_the_subject_of_the_condition_is_the_one_threatened(code):
    assert summary(code(IF_CLAUSE)) == {("THREATEN", "RUS", "USA")}


def test_a_threatened_break_is_a_threat_not_a_break(code):
    assert summary(code(BREAK_RELATIONS)) == {("THREATEN", "IRN", "IRQ")}


def test_a_national_organisation_codes_as_its_home_state(code):
    [event] = code(HAMAS)
    assert summary([event]) == {("THREATEN", "PSE", "ISR")} and event.actor.name == "Hamas"


def test_warned_against_invading_is_a_threat_and_no_invasion(code):
    assert summary(code(WARNED_AGAINST)) == {("THREATEN", "USA", "RUS")}
