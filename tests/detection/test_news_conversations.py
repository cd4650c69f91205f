"""Rule tests for what is said in a conversation (audit recall-r): "spoke with X and expressed concern over ...",
"met X and urged ...": a statement coordinated with a verb of conversation, with no addressee of its own, is
made to the one spoken with. Sentences are the tests' own."""

from __future__ import annotations

from tests.detection.conftest import summary

# Britain spoke with Iran's foreign minister and expressed concern over the detentions.
SPOKE_AND_CONCERN = [
    ("Britain", "PROPN", "NNP", "nsubj", 1, "Britain"),
    ("spoke", "VERB", "VBD", "ROOT", 1, "speak"),
    ("with", "ADP", "IN", "prep", 1, "with"),
    ("Iran", "PROPN", "NNP", "poss", 6, "Iran"),
    ("'s", "PART", "POS", "case", 3, "'s"),
    ("foreign", "ADJ", "JJ", "amod", 6, "foreign"),
    ("minister", "NOUN", "NN", "pobj", 2, "minister"),
    ("and", "CCONJ", "CC", "cc", 1, "and"),
    ("expressed", "VERB", "VBD", "conj", 1, "express"),
    ("concern", "NOUN", "NN", "dobj", 8, "concern"),
    ("over", "ADP", "IN", "prep", 9, "over"),
    ("the", "DET", "DT", "det", 12, "the"),
    ("detentions", "NOUN", "NNS", "pobj", 10, "detention"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_concern_expressed_in_a_conversation_is_addressed_to_the_other_side(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(SPOKE_AND_CONCERN)) == {("CONSULT", "GBR", "IRN"), ("ACCUSE", "GBR", "IRN")}
