"""Rule tests for "It"/"They" opening a sentence with no party named before it in that sentence (audit recall-r):
"The GATT Council ruled ... . It called on Washington to ...": the organisation named first in the previous
sentence that names a party. A state there is not taken (too often not that sentence's subject). Sentences are
the tests' own."""

from __future__ import annotations

from tests.detection.conftest import summary

# NATO adopted a report on the crisis.
NATO_REPORT = [
    ("NATO", "PROPN", "NNP", "nsubj", 1, "NATO"),
    ("adopted", "VERB", "VBD", "ROOT", 1, "adopt"),
    ("a", "DET", "DT", "det", 3, "a"),
    ("report", "NOUN", "NN", "dobj", 1, "report"),
    ("on", "ADP", "IN", "prep", 3, "on"),
    ("the", "DET", "DT", "det", 6, "the"),
    ("crisis", "NOUN", "NN", "pobj", 4, "crisis"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Canada adopted a report on the crisis.
CANADA_REPORT = [("Canada", "PROPN", "NNP", "nsubj", 1, "Canada"), *NATO_REPORT[1:]]
# It called on Russia to withdraw.
IT_CALLED_ON = [
    ("It", "PRON", "PRP", "nsubj", 1, "it"),
    ("called", "VERB", "VBD", "ROOT", 1, "call"),
    ("on", "ADP", "IN", "prep", 1, "on"),
    ("Russia", "PROPN", "NNP", "pobj", 2, "Russia"),
    ("to", "PART", "TO", "aux", 5, "to"),
    ("withdraw", "VERB", "VB", "xcomp", 1, "withdraw"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_it_opening_a_sentence_is_the_organisation_of_the_previous_one(code_article) -> None:  # type: ignore[no-untyped-def]
    assert summary(code_article([NATO_REPORT, IT_CALLED_ON])) == {("REQUEST", "NAO", "RUS")}


def test_it_after_a_sentence_about_a_state_stays_unresolved(code_article) -> None:  # type: ignore[no-untyped-def]
    assert code_article([CANADA_REPORT, IT_CALLED_ON]) == []
