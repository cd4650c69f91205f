"""Rule tests for calling another party's act ethnic cleansing or genocide (audit recall-r): "Canada called the
Russian army operation in the region 'ethnic cleansing'" accuses the party the object names (also when the parser
makes the object a second predicate); "the military's actions" names nobody; a call on someone to end it stays a
request. Sentences are the tests' own."""

from __future__ import annotations

from tests.detection.conftest import summary

# Canada on Monday called the Russian army operation in the region "ethnic cleansing".
CALLED_IT = [
    ("Canada", "PROPN", "NNP", "nsubj", 3, "Canada"),
    ("on", "ADP", "IN", "prep", 3, "on"),
    ("Monday", "PROPN", "NNP", "pobj", 1, "Monday"),
    ("called", "VERB", "VBD", "ROOT", 3, "call"),
    ("the", "DET", "DT", "det", 7, "the"),
    ("Russian", "ADJ", "JJ", "amod", 7, "russian"),
    ("army", "NOUN", "NN", "compound", 7, "army"),
    ("operation", "NOUN", "NN", "dobj", 3, "operation"),
    ("in", "ADP", "IN", "prep", 7, "in"),
    ("the", "DET", "DT", "det", 10, "the"),
    ("region", "NOUN", "NN", "pobj", 8, "region"),
    ('"', "PUNCT", "``", "punct", 13, '"'),
    ("ethnic", "ADJ", "JJ", "amod", 13, "ethnic"),
    ("cleansing", "NOUN", "NN", "oprd", 3, "cleansing"),
    ('"', "PUNCT", "''", "punct", 13, '"'),
    (".", "PUNCT", ".", "punct", 3, "."),
]
# the same, parsed with the object as a first predicate
CALLED_IT_TWO_PREDICATES = [
    (w, p, t, "oprd" if w == "operation" else d, h, lemma) for w, p, t, d, h, lemma in CALLED_IT
]
# Canada described the military's actions as genocide.
ROLE_ONLY = [
    ("Canada", "PROPN", "NNP", "nsubj", 1, "Canada"),
    ("described", "VERB", "VBD", "ROOT", 1, "describe"),
    ("the", "DET", "DT", "det", 3, "the"),
    ("military", "NOUN", "NN", "poss", 5, "military"),
    ("'s", "PART", "POS", "case", 3, "'s"),
    ("actions", "NOUN", "NNS", "dobj", 1, "action"),
    ("as", "ADP", "IN", "prep", 5, "as"),
    ("genocide", "NOUN", "NN", "pobj", 6, "genocide"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Canada called on Russia to end the ethnic cleansing.
CALLED_ON = [
    ("Canada", "PROPN", "NNP", "nsubj", 1, "Canada"),
    ("called", "VERB", "VBD", "ROOT", 1, "call"),
    ("on", "ADP", "IN", "prep", 1, "on"),
    ("Russia", "PROPN", "NNP", "pobj", 2, "Russia"),
    ("to", "PART", "TO", "aux", 5, "to"),
    ("end", "VERB", "VB", "xcomp", 1, "end"),
    ("the", "DET", "DT", "det", 8, "the"),
    ("ethnic", "ADJ", "JJ", "amod", 8, "ethnic"),
    ("cleansing", "NOUN", "NN", "dobj", 5, "cleansing"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_calling_a_states_operation_ethnic_cleansing_accuses_it(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(CALLED_IT)) == {("ACCUSE", "CAN", "RUS")}


def test_the_object_parsed_as_a_first_predicate_is_still_the_accused(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(CALLED_IT_TWO_PREDICATES)) == {("ACCUSE", "CAN", "RUS")}


def test_a_role_noun_names_nobody_accused(code) -> None:  # type: ignore[no-untyped-def]
    assert code(ROLE_ONLY) == []


def test_a_call_on_a_state_to_end_it_stays_a_request(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(CALLED_ON)) == {("REQUEST", "CAN", "RUS")}
