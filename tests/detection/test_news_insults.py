"""Rule tests for insults (issue 11, class Q2; PETRARCH2 CALL * LIAR / DICTATOR [111]): calling a leader "old and
weak" or "a liar" criticises him (ACCUSE 111); calling someone "an old friend" does not. Own sentences."""

from __future__ import annotations

from tests.detection.conftest import summary

# Putin countered by calling Biden "old and weak".
OLD_AND_WEAK = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin"),
    ("countered", "VERB", "VBD", "ROOT", 1, "counter"),
    ("by", "ADP", "IN", "prep", 1, "by"),
    ("calling", "VERB", "VBG", "pcomp", 2, "call"),
    ("Biden", "PROPN", "NNP", "dobj", 3, "Biden"),
    ('"', "PUNCT", "``", "punct", 6, '"'),
    ("old", "ADJ", "JJ", "oprd", 3, "old"),
    ("and", "CCONJ", "CC", "cc", 6, "and"),
    ("weak", "ADJ", "JJ", "conj", 6, "weak"),
    ('"', "PUNCT", "''", "punct", 1, '"'),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Xi called Biden a liar.
LIAR = [
    ("Xi", "PROPN", "NNP", "nsubj", 1, "Xi"),
    ("called", "VERB", "VBD", "ROOT", 1, "call"),
    ("Biden", "PROPN", "NNP", "dobj", 1, "Biden"),
    ("a", "DET", "DT", "det", 4, "a"),
    ("liar", "NOUN", "NN", "oprd", 1, "liar"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Xi called Putin an old friend.
OLD_FRIEND = [
    ("Xi", "PROPN", "NNP", "nsubj", 1, "Xi"),
    ("called", "VERB", "VBD", "ROOT", 1, "call"),
    ("Putin", "PROPN", "NNP", "dobj", 1, "Putin"),
    ("an", "DET", "DT", "det", 5, "an"),
    ("old", "ADJ", "JJ", "amod", 5, "old"),
    ("friend", "NOUN", "NN", "oprd", 1, "friend"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_calling_a_leader_names_is_criticism(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(OLD_AND_WEAK)) == {("ACCUSE", "RUS", "USA")}
    assert summary(code(LIAR)) == {("ACCUSE", "CHN", "USA")}


def test_a_kind_word_that_contains_an_insult_word_is_none(code) -> None:  # type: ignore[no-untyped-def]
    assert code(OLD_FRIEND) == []


# Putin mocked Biden.
MOCKED = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin"),
    ("mocked", "VERB", "VBD", "ROOT", 1, "mock"),
    ("Biden", "PROPN", "NNP", "dobj", 1, "Biden"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_insulting_or_mocking_a_leader_is_criticism(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(MOCKED)) == {("ACCUSE", "RUS", "USA")}
