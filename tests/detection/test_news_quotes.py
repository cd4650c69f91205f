"""Rule tests for multi-word triggers split by scare quotes (audit recall-r): 'was "deeply disappointed" by X',
'held a phone "call" with X'. A quote mark between two words of a pattern is skipped, and the predicate is
still the pattern's word, not the quote. Sentences are the tests' own."""

from __future__ import annotations

from streams.detection.lexicon import quote_tolerant
from tests.detection.conftest import summary

# Canada was "deeply disappointed" by Russia.
DISAPPOINTED = [
    ("Canada", "PROPN", "NNP", "nsubjpass", 4, "Canada"),
    ("was", "AUX", "VBD", "auxpass", 4, "be"),
    ('"', "PUNCT", "``", "punct", 4, '"'),
    ("deeply", "ADV", "RB", "advmod", 4, "deeply"),
    ("disappointed", "VERB", "VBN", "ROOT", 4, "disappoint"),
    ('"', "PUNCT", "''", "punct", 4, '"'),
    ("by", "ADP", "IN", "agent", 4, "by"),
    ("Russia", "PROPN", "NNP", "pobj", 6, "Russia"),
    (".", "PUNCT", ".", "punct", 4, "."),
]
# Canada held a phone "call" with Russia.
PHONE_CALL = [
    ("Canada", "PROPN", "NNP", "nsubj", 1, "Canada"),
    ("held", "VERB", "VBD", "ROOT", 1, "hold"),
    ("a", "DET", "DT", "det", 5, "a"),
    ("phone", "NOUN", "NN", "compound", 5, "phone"),
    ('"', "PUNCT", "``", "punct", 5, '"'),
    ("call", "NOUN", "NN", "dobj", 1, "call"),
    ('"', "PUNCT", "''", "punct", 5, '"'),
    ("with", "ADP", "IN", "prep", 5, "with"),
    ("Russia", "PROPN", "NNP", "pobj", 7, "Russia"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_quoted_feeling_before_its_preposition(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(DISAPPOINTED)) == {("ACCUSE", "CAN", "RUS")}


def test_quote_inside_a_pattern_is_not_its_predicate(code) -> None:  # type: ignore[no-untyped-def]
    events = code(PHONE_CALL)
    assert summary(events) == {("CONSULT", "CAN", "RUS")}
    assert events[0].mode == "phone"


def test_no_quote_slot_next_to_optional_or_repeated_tokens() -> None:
    pattern = [{"LOWER": "a"}, {"OP": "{0,3}"}, {"LOWER": "b"}, {"LOWER": "c"}]
    assert [spec.get("LOWER", spec.get("OP")) for spec in quote_tolerant(pattern)] == ["a", "{0,3}", "b", "?", "c"]
