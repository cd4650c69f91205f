"""Rule tests for talks "between" two parties (audit of corpus records outside the dev set): in "Australia is awaiting
the outcome of talks between Japan and China" the talks are Japan's and China's (CONSULT JPN - CHN), not
Australia's with either. Own sentence."""

from __future__ import annotations

from tests.detection.conftest import summary

# Australia is awaiting the outcome of talks between Japan and China.
AWAITING_TALKS_BETWEEN = [
    ("Australia", "PROPN", "NNP", "nsubj", 2, "Australia"),
    ("is", "VERB", "VBZ", "aux", 2, "be"),
    ("awaiting", "VERB", "VBG", "ROOT", 2, "await"),
    ("the", "DET", "DT", "det", 4, "the"),
    ("outcome", "NOUN", "NN", "dobj", 2, "outcome"),
    ("of", "ADP", "IN", "prep", 4, "of"),
    ("talks", "NOUN", "NNS", "pobj", 5, "talk"),
    ("between", "ADP", "IN", "prep", 6, "between"),
    ("Japan", "PROPN", "NNP", "pobj", 7, "Japan"),
    ("and", "CCONJ", "CC", "cc", 8, "and"),
    ("China", "PROPN", "NNP", "conj", 8, "China"),
    (".", "PUNCT", ".", "punct", 2, "."),
]


def test_talks_between_two_parties_are_theirs_not_the_speakers(code) -> None:  # type: ignore[no-untyped-def]
    assert {frozenset(s[1:]) for s in summary(code(AWAITING_TALKS_BETWEEN))} == {frozenset({"JPN", "CHN"})}
