"""Rule tests for senses missing from the lexicons (audit recall-r): resisting what another party says ("pushed back
on the U.S. demands"), ignoring a request ("ignored Brazil's request"), punitive duties or taxes on another
state's goods ("imposed heavy duties on American goods"; a duty on a product alone is no event). Sentences are
the tests' own."""

from __future__ import annotations

from tests.detection.conftest import summary

# Japan pushed back on the U.S. demands.
PUSHED_BACK = [
    ("Japan", "PROPN", "NNP", "nsubj", 1, "Japan"),
    ("pushed", "VERB", "VBD", "ROOT", 1, "push"),
    ("back", "ADV", "RB", "advmod", 1, "back"),
    ("on", "ADP", "IN", "prep", 1, "on"),
    ("the", "DET", "DT", "det", 6, "the"),
    ("U.S.", "PROPN", "NNP", "compound", 6, "U.S."),
    ("demands", "NOUN", "NNS", "pobj", 3, "demand"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Britain ignored Brazil's request for talks.
IGNORED_REQUEST = [
    ("Britain", "PROPN", "NNP", "nsubj", 1, "Britain"),
    ("ignored", "VERB", "VBD", "ROOT", 1, "ignore"),
    ("Brazil", "PROPN", "NNP", "poss", 4, "Brazil"),
    ("'s", "PART", "POS", "case", 2, "'s"),
    ("request", "NOUN", "NN", "dobj", 1, "request"),
    ("for", "ADP", "IN", "prep", 4, "for"),
    ("talks", "NOUN", "NNS", "pobj", 5, "talk"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Canada imposed heavy duties on American goods.
DUTIES = [
    ("Canada", "PROPN", "NNP", "nsubj", 1, "Canada"),
    ("imposed", "VERB", "VBD", "ROOT", 1, "impose"),
    ("heavy", "ADJ", "JJ", "amod", 3, "heavy"),
    ("duties", "NOUN", "NNS", "dobj", 1, "duty"),
    ("on", "ADP", "IN", "prep", 1, "on"),
    ("American", "ADJ", "JJ", "amod", 6, "american"),
    ("goods", "NOUN", "NNS", "pobj", 4, "good"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Canada imposed heavy duties on imported fuel.
DUTIES_ON_FUEL = [
    ("Canada", "PROPN", "NNP", "nsubj", 1, "Canada"),
    ("imposed", "VERB", "VBD", "ROOT", 1, "impose"),
    ("heavy", "ADJ", "JJ", "amod", 3, "heavy"),
    ("duties", "NOUN", "NNS", "dobj", 1, "duty"),
    ("on", "ADP", "IN", "prep", 1, "on"),
    ("imported", "VERB", "VBN", "amod", 6, "import"),
    ("fuel", "NOUN", "NN", "pobj", 4, "fuel"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_pushing_back_on_demands_rejects_their_author(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(PUSHED_BACK)) == {("REJECT", "JPN", "USA")}


def test_ignoring_a_request_rejects_the_one_asking(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(IGNORED_REQUEST)) == {("REJECT", "GBR", "BRA")}


def test_duties_on_a_states_goods_sanction_it(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(DUTIES)) == {("SANCTION", "CAN", "USA")}


def test_duties_on_a_product_alone_are_no_event(code) -> None:  # type: ignore[no-untyped-def]
    assert code(DUTIES_ON_FUEL) == []
