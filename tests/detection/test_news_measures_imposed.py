"""Rule tests for a measure named before the verb that imposed it (audit recall-r): "the sanctions imposed by
Canada on Russia", "the tariffs it imposed on Japanese goods": the agent or the relative clause's subject
imposes, the "on/against" phrase names the target; with no one imposing named ("the sanctions imposed on Iraq
were lifted") there is no record. Sentences are the tests' own."""

from __future__ import annotations

from tests.detection.conftest import summary

# The sanctions imposed by Canada on Russia took effect.
IMPOSED_BY = [
    ("The", "DET", "DT", "det", 1, "the"),
    ("sanctions", "NOUN", "NNS", "nsubj", 7, "sanction"),
    ("imposed", "VERB", "VBN", "acl", 1, "impose"),
    ("by", "ADP", "IN", "agent", 2, "by"),
    ("Canada", "PROPN", "NNP", "pobj", 3, "Canada"),
    ("on", "ADP", "IN", "prep", 2, "on"),
    ("Russia", "PROPN", "NNP", "pobj", 5, "Russia"),
    ("took", "VERB", "VBD", "ROOT", 7, "take"),
    ("effect", "NOUN", "NN", "dobj", 7, "effect"),
    (".", "PUNCT", ".", "punct", 7, "."),
]
# Canada said the tariffs it imposed on Japanese goods would stay.
IT_IMPOSED = [
    ("Canada", "PROPN", "NNP", "nsubj", 1, "Canada"),
    ("said", "VERB", "VBD", "ROOT", 1, "say"),
    ("the", "DET", "DT", "det", 3, "the"),
    ("tariffs", "NOUN", "NNS", "nsubj", 10, "tariff"),
    ("it", "PRON", "PRP", "nsubj", 5, "it"),
    ("imposed", "VERB", "VBD", "relcl", 3, "impose"),
    ("on", "ADP", "IN", "prep", 5, "on"),
    ("Japanese", "ADJ", "JJ", "amod", 8, "japanese"),
    ("goods", "NOUN", "NNS", "pobj", 6, "good"),
    ("would", "AUX", "MD", "aux", 10, "would"),
    ("stay", "VERB", "VB", "ccomp", 1, "stay"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# The sanctions imposed on Iraq were lifted.
NO_ONE_IMPOSING = [
    ("The", "DET", "DT", "det", 1, "the"),
    ("sanctions", "NOUN", "NNS", "nsubjpass", 6, "sanction"),
    ("imposed", "VERB", "VBN", "acl", 1, "impose"),
    ("on", "ADP", "IN", "prep", 2, "on"),
    ("Iraq", "PROPN", "NNP", "pobj", 3, "Iraq"),
    ("were", "AUX", "VBD", "auxpass", 6, "be"),
    ("lifted", "VERB", "VBN", "ROOT", 6, "lift"),
    (".", "PUNCT", ".", "punct", 6, "."),
]


def test_sanctions_imposed_by_a_state_on_another(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(IMPOSED_BY)) == {("SANCTION", "CAN", "RUS")}


def test_tariffs_a_state_imposed_on_anothers_goods(code) -> None:  # type: ignore[no-untyped-def]
    assert ("SANCTION", "CAN", "JPN") in summary(code(IT_IMPOSED))


def test_sanctions_imposed_by_no_one_named_are_no_record(code) -> None:  # type: ignore[no-untyped-def]
    assert not any(e.event_type == "SANCTION" for e in code(NO_ONE_IMPOSING))
