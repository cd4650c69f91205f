"""Rule tests for criticism reported as a verdict on another party's act (audit recall-r): "Russia said the U.S.
sanctions were alarming", "China said the U.S. decision was an insult" (reported criticism, 111, like "was
unacceptable" / "was a problem"). Sentences are the tests' own."""

from __future__ import annotations

from tests.detection.conftest import summary

# Russia said the U.S. sanctions were alarming.
ALARMING = [
    ("Russia", "PROPN", "NNP", "nsubj", 1, "Russia"),
    ("said", "VERB", "VBD", "ROOT", 1, "say"),
    ("the", "DET", "DT", "det", 4, "the"),
    ("U.S.", "PROPN", "NNP", "compound", 4, "U.S."),
    ("sanctions", "NOUN", "NNS", "nsubj", 5, "sanction"),
    ("were", "AUX", "VBD", "ccomp", 1, "be"),
    ("alarming", "ADJ", "JJ", "acomp", 5, "alarming"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# China said the U.S. decision was an insult.
AN_INSULT = [
    ("China", "PROPN", "NNP", "nsubj", 1, "China"),
    ("said", "VERB", "VBD", "ROOT", 1, "say"),
    ("the", "DET", "DT", "det", 4, "the"),
    ("U.S.", "PROPN", "NNP", "compound", 4, "U.S."),
    ("decision", "NOUN", "NN", "nsubj", 5, "decision"),
    ("was", "AUX", "VBD", "ccomp", 1, "be"),
    ("an", "DET", "DT", "det", 7, "an"),
    ("insult", "NOUN", "NN", "attr", 5, "insult"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_reported_alarm_at_a_measure_criticises_its_author(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(ALARMING)) == {("ACCUSE", "RUS", "USA")}


def test_reported_insult_criticises_its_author(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(AN_INSULT)) == {("ACCUSE", "CHN", "USA")}
