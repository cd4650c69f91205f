"""Rule tests for stances on things (audit of corpus records outside the dev set; class 32 carried to voiced
concern and expressed support): "voiced concerns about the euro", "expressed support for peace" name no party
and code nothing; "voiced concerns about Russia", "expressed support for Russia" stay ACCUSE 111 / SUPPORT
051. Own sentences."""

from __future__ import annotations

from tests.detection.conftest import summary

# China expressed support for peace.
SUPPORT_FOR_PEACE = [
    ("China", "PROPN", "NNP", "nsubj", 1, "China"),
    ("expressed", "VERB", "VBD", "ROOT", 1, "express"),
    ("support", "NOUN", "NN", "dobj", 1, "support"),
    ("for", "ADP", "IN", "prep", 2, "for"),
    ("peace", "NOUN", "NN", "pobj", 3, "peace"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# China expressed support for Russia.
SUPPORT_FOR_RUSSIA = [
    ("China", "PROPN", "NNP", "nsubj", 1, "China"),
    ("expressed", "VERB", "VBD", "ROOT", 1, "express"),
    ("support", "NOUN", "NN", "dobj", 1, "support"),
    ("for", "ADP", "IN", "prep", 2, "for"),
    ("Russia", "PROPN", "NNP", "pobj", 3, "Russia"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Germany voiced concerns about the euro.
CONCERNS_ABOUT_EURO = [
    ("Germany", "PROPN", "NNP", "nsubj", 1, "Germany"),
    ("voiced", "VERB", "VBD", "ROOT", 1, "voice"),
    ("concerns", "NOUN", "NNS", "dobj", 1, "concern"),
    ("about", "ADP", "IN", "prep", 2, "about"),
    ("the", "DET", "DT", "det", 5, "the"),
    ("euro", "NOUN", "NN", "pobj", 3, "euro"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Germany voiced concerns about Russia.
CONCERNS_ABOUT_RUSSIA = [
    ("Germany", "PROPN", "NNP", "nsubj", 1, "Germany"),
    ("voiced", "VERB", "VBD", "ROOT", 1, "voice"),
    ("concerns", "NOUN", "NNS", "dobj", 1, "concern"),
    ("about", "ADP", "IN", "prep", 2, "about"),
    ("Russia", "PROPN", "NNP", "pobj", 3, "Russia"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_a_stance_on_a_thing_codes_nothing(code) -> None:  # type: ignore[no-untyped-def]
    assert code(SUPPORT_FOR_PEACE) == []
    assert code(CONCERNS_ABOUT_EURO) == []


def test_a_stance_on_a_party_is_coded(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(SUPPORT_FOR_RUSSIA)) == {("SUPPORT", "CHN", "RUS")}
    assert summary(code(CONCERNS_ABOUT_RUSSIA)) == {("ACCUSE", "DEU", "RUS")}


# Putin expressed support for peace in the South China Sea.
SUPPORT_IN_THE_SEA = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin"),
    ("expressed", "VERB", "VBD", "ROOT", 1, "express"),
    ("support", "NOUN", "NN", "dobj", 1, "support"),
    ("for", "ADP", "IN", "prep", 2, "for"),
    ("peace", "NOUN", "NN", "pobj", 3, "peace"),
    ("in", "ADP", "IN", "prep", 2, "in"),
    ("the", "DET", "DT", "det", 9, "the"),
    ("South", "PROPN", "NNP", "compound", 8, "South"),
    ("China", "PROPN", "NNP", "compound", 9, "China"),
    ("Sea", "PROPN", "NNP", "pobj", 5, "Sea"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_a_sea_named_after_a_state_is_no_party(code) -> None:  # type: ignore[no-untyped-def]
    assert code(SUPPORT_IN_THE_SEA) == []


# Russia boycotted the debate.
BOYCOTTED_DEBATE = [
    ("Russia", "PROPN", "NNP", "nsubj", 1, "Russia"),
    ("boycotted", "VERB", "VBD", "ROOT", 1, "boycott"),
    ("the", "DET", "DT", "det", 3, "the"),
    ("debate", "NOUN", "NN", "dobj", 1, "debate"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_a_boycott_of_nobodys_event_codes_nothing(code) -> None:  # type: ignore[no-untyped-def]
    assert code(BOYCOTTED_DEBATE) == []
