"""Rule tests for calls "for X to act" (audit of corpus records outside the dev set): "called on Friday for
China to act" asks China (the "on" phrase is a day, the for-clause's subject the one asked); a dateline place
parsed as a second subject ("KYIV, Ukraine (Reuters) - Putin called ...") is where the story was filed, not
an actor. Own sentences."""

from __future__ import annotations

from tests.detection.conftest import summary

# Putin called on Friday for China to act.
CALLED_ON_FRIDAY = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin"),
    ("called", "VERB", "VBD", "ROOT", 1, "call"),
    ("on", "ADP", "IN", "prep", 1, "on"),
    ("Friday", "PROPN", "NNP", "pobj", 2, "Friday"),
    ("for", "ADP", "IN", "mark", 7, "for"),
    ("China", "PROPN", "NNP", "nsubj", 7, "China"),
    ("to", "PART", "TO", "aux", 7, "to"),
    ("act", "VERB", "VB", "advcl", 1, "act"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# KYIV, Ukraine (Reuters) - Putin called on Friday for China to act. (as misparsed: the dateline a subject)
DATELINE_SUBJECT = [
    ("KYIV", "PROPN", "NNP", "nsubj", 8, "KYIV"),
    (",", "PUNCT", ",", "punct", 0, ","),
    ("Ukraine", "PROPN", "NNP", "appos", 0, "Ukraine"),
    ("(", "PUNCT", "-LRB-", "punct", 4, "("),
    ("Reuters", "PROPN", "NNP", "appos", 0, "Reuters"),
    (")", "PUNCT", "-RRB-", "punct", 4, ")"),
    ("-", "PUNCT", ":", "punct", 8, "-"),
    ("Putin", "PROPN", "NNP", "nsubj", 8, "Putin"),
    ("called", "VERB", "VBD", "ROOT", 8, "call"),
    ("on", "ADP", "IN", "prep", 8, "on"),
    ("Friday", "PROPN", "NNP", "pobj", 9, "Friday"),
    ("for", "ADP", "IN", "mark", 14, "for"),
    ("China", "PROPN", "NNP", "nsubj", 14, "China"),
    ("to", "PART", "TO", "aux", 14, "to"),
    ("act", "VERB", "VB", "advcl", 8, "act"),
    (".", "PUNCT", ".", "punct", 8, "."),
]


def test_a_call_for_a_party_to_act_asks_that_party(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(CALLED_ON_FRIDAY)) == {("REQUEST", "RUS", "CHN")}


def test_a_dateline_place_parsed_as_subject_is_no_actor(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(DATELINE_SUBJECT)) == {("REQUEST", "RUS", "CHN")}
