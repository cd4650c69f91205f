"""Rule tests for reported "must" that demands nothing of the other side (audit of corpus records outside the
dev set): "X said the two countries must ...", "X said X and Y must ..." exhort both sides, the speaker's
among them; "X said the role of the UN must be strengthened" asks nobody; "X said Y must stop" stays a demand
of Y (REQUEST 100). Own sentences."""

from __future__ import annotations

from tests.detection.conftest import summary

# Putin met Xi.
MET = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin"),
    ("met", "VERB", "VBD", "ROOT", 1, "meet"),
    ("Xi", "PROPN", "NNP", "dobj", 1, "Xi"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Putin said the two countries must find better ways.
TWO_COUNTRIES = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin"),
    ("said", "VERB", "VBD", "ROOT", 1, "say"),
    ("the", "DET", "DT", "det", 4, "the"),
    ("two", "NUM", "CD", "nummod", 4, "two"),
    ("countries", "NOUN", "NNS", "nsubj", 6, "country"),
    ("must", "AUX", "MD", "aux", 6, "must"),
    ("find", "VERB", "VB", "ccomp", 1, "find"),
    ("better", "ADJ", "JJR", "amod", 8, "well"),
    ("ways", "NOUN", "NNS", "dobj", 6, "way"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Putin said Russia and China must cooperate.
RUSSIA_AND_CHINA = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin"),
    ("said", "VERB", "VBD", "ROOT", 1, "say"),
    ("Russia", "PROPN", "NNP", "nsubj", 6, "Russia"),
    ("and", "CCONJ", "CC", "cc", 2, "and"),
    ("China", "PROPN", "NNP", "conj", 2, "China"),
    ("must", "AUX", "MD", "aux", 6, "must"),
    ("cooperate", "VERB", "VB", "ccomp", 1, "cooperate"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Putin said the role of the UN must be strengthened.
ROLE_OF_THE_UN = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin"),
    ("said", "VERB", "VBD", "ROOT", 1, "say"),
    ("the", "DET", "DT", "det", 3, "the"),
    ("role", "NOUN", "NN", "nsubjpass", 9, "role"),
    ("of", "ADP", "IN", "prep", 3, "of"),
    ("the", "DET", "DT", "det", 6, "the"),
    ("UN", "PROPN", "NNP", "pobj", 4, "UN"),
    ("must", "AUX", "MD", "aux", 9, "must"),
    ("be", "VERB", "VB", "auxpass", 9, "be"),
    ("strengthened", "VERB", "VBN", "ccomp", 1, "strengthen"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Putin said China must stop.
CHINA_MUST_STOP = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin"),
    ("said", "VERB", "VBD", "ROOT", 1, "say"),
    ("China", "PROPN", "NNP", "nsubj", 4, "China"),
    ("must", "AUX", "MD", "aux", 4, "must"),
    ("stop", "VERB", "VB", "ccomp", 1, "stop"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def requests(events):  # type: ignore[no-untyped-def]
    return {s for s in summary(events) if s[0] == "REQUEST"}


def test_both_sides_must_is_no_demand_of_the_other(code, code_article) -> None:  # type: ignore[no-untyped-def]
    assert requests(code_article([MET, TWO_COUNTRIES])) == set()
    assert requests(code(RUSSIA_AND_CHINA)) == set()


def test_a_thing_that_must_be_done_asks_nobody(code) -> None:  # type: ignore[no-untyped-def]
    assert requests(code(ROLE_OF_THE_UN)) == set()


def test_the_other_side_must_stays_a_demand(code) -> None:  # type: ignore[no-untyped-def]
    assert requests(code(CHINA_MUST_STOP)) == {("REQUEST", "RUS", "CHN")}
