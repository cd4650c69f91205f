"""Rule tests for organisations that meet a party themselves (audit recall-r): the subject of a meeting verb
with a party named acts ("NATO discussed the crisis with Russia", "the UN will meet Iranian officials"); a
meeting noun of an organisation ("the APEC summit") is still its members' (tests/detection/test_parties.py).
Sentences are the tests' own."""

from __future__ import annotations

from tests.detection.conftest import summary

# NATO discussed the crisis with Russia.
NATO_DISCUSSED = [
    ("NATO", "PROPN", "NNP", "nsubj", 1, "NATO"),
    ("discussed", "VERB", "VBD", "ROOT", 1, "discuss"),
    ("the", "DET", "DT", "det", 3, "the"),
    ("crisis", "NOUN", "NN", "dobj", 1, "crisis"),
    ("with", "ADP", "IN", "prep", 3, "with"),
    ("Russia", "PROPN", "NNP", "pobj", 4, "Russia"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# The UN will meet Iranian officials on Friday.
UN_WILL_MEET = [
    ("The", "DET", "DT", "det", 1, "the"),
    ("UN", "PROPN", "NNP", "nsubj", 3, "UN"),
    ("will", "AUX", "MD", "aux", 3, "will"),
    ("meet", "VERB", "VB", "ROOT", 3, "meet"),
    ("Iranian", "ADJ", "JJ", "amod", 5, "iranian"),
    ("officials", "NOUN", "NNS", "dobj", 3, "official"),
    ("on", "ADP", "IN", "prep", 3, "on"),
    ("Friday", "PROPN", "NNP", "pobj", 6, "Friday"),
    (".", "PUNCT", ".", "punct", 3, "."),
]


def test_organisation_discussing_with_a_state_acts_itself(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(NATO_DISCUSSED)) == {("CONSULT", "NAO", "RUS")}


def test_organisation_planning_to_meet_a_state_intends_the_meeting(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(UN_WILL_MEET)) == {("AGREE", "UNO", "IRN")}
