"""Rule tests for criticism stated as a feeling parsed as a passive (audit recall-r): in "Canada is troubled by
Russia" the parser makes "by Russia" the agent, and the agent was taken as the actor (Russia troubling Canada,
with no one criticised). For verbs of feeling the subject feels and the "by" phrase is what it feels about.
Sentences are the tests' own."""

from __future__ import annotations

from tests.detection.conftest import summary

# Canada is troubled by Russia.
TROUBLED_BY = [
    ("Canada", "PROPN", "NNP", "nsubjpass", 2, "Canada"),
    ("is", "AUX", "VBZ", "auxpass", 2, "be"),
    ("troubled", "VERB", "VBN", "ROOT", 2, "trouble"),
    ("by", "ADP", "IN", "agent", 2, "by"),
    ("Russia", "PROPN", "NNP", "pobj", 3, "Russia"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# Japan was disappointed by the sanctions announced by Washington.
DISAPPOINTED_BY = [
    ("Japan", "PROPN", "NNP", "nsubjpass", 2, "Japan"),
    ("was", "AUX", "VBD", "auxpass", 2, "be"),
    ("disappointed", "VERB", "VBN", "ROOT", 2, "disappoint"),
    ("by", "ADP", "IN", "agent", 2, "by"),
    ("the", "DET", "DT", "det", 5, "the"),
    ("sanctions", "NOUN", "NNS", "pobj", 3, "sanction"),
    ("announced", "VERB", "VBN", "acl", 5, "announce"),
    ("by", "ADP", "IN", "agent", 6, "by"),
    ("Washington", "PROPN", "NNP", "pobj", 7, "Washington"),
    (".", "PUNCT", ".", "punct", 2, "."),
]


def test_the_one_troubled_criticises_the_one_named_after_by(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(TROUBLED_BY)) == {("ACCUSE", "CAN", "RUS")}


def test_disappointed_by_a_measure_criticises_its_author(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(DISAPPOINTED_BY)) == {("ACCUSE", "JPN", "USA")}
