"""Rule tests for judgements that reject an offer (issue 11, class Q): "X said Y's concessions were not enough /
insufficient", also as a stated position ("we maintain our position that ...") inside X's quote. Own sentences."""

from __future__ import annotations

from tests.detection.conftest import summary

# Canada said: "We maintain our position that the (Russian) offers were not enough."
NOT_ENOUGH = [
    ("Canada", "PROPN", "NNP", "nsubj", 1, "Canada"),
    ("said", "VERB", "VBD", "ROOT", 1, "say"),
    (":", "PUNCT", ":", "punct", 1, ":"),
    ('"', "PUNCT", "``", "punct", 1, '"'),
    ("We", "PRON", "PRP", "nsubj", 5, "we"),
    ("maintain", "VERB", "VBP", "ccomp", 1, "maintain"),
    ("our", "PRON", "PRP$", "poss", 7, "our"),
    ("position", "NOUN", "NN", "dobj", 5, "position"),
    ("that", "ADP", "IN", "mark", 14, "that"),
    ("the", "DET", "DT", "det", 13, "the"),
    ("(", "PUNCT", "-LRB-", "punct", 13, "("),
    ("Russian", "PROPN", "NNP", "amod", 13, "Russian"),
    (")", "PUNCT", "-RRB-", "punct", 13, ")"),
    ("offers", "NOUN", "NNS", "nsubj", 14, "offer"),
    ("were", "VERB", "VBD", "acl", 7, "be"),
    ("not", "ADV", "RB", "neg", 14, "not"),
    ("enough", "ADJ", "JJ", "acomp", 14, "enough"),
    (".", "PUNCT", ".", "punct", 1, "."),
    ('"', "PUNCT", "''", "punct", 1, '"'),
]
# Britain said the Russian proposals were insufficient.
INSUFFICIENT = [
    ("Britain", "PROPN", "NNP", "nsubj", 1, "Britain"),
    ("said", "VERB", "VBD", "ROOT", 1, "say"),
    ("the", "DET", "DT", "det", 4, "the"),
    ("Russian", "ADJ", "JJ", "amod", 4, "russian"),
    ("proposals", "NOUN", "NNS", "nsubj", 5, "proposal"),
    ("were", "VERB", "VBD", "ccomp", 1, "be"),
    ("insufficient", "ADJ", "JJ", "acomp", 5, "insufficient"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Britain said the Russian proposals were sufficient.
SUFFICIENT = [
    ("Britain", "PROPN", "NNP", "nsubj", 1, "Britain"),
    ("said", "VERB", "VBD", "ROOT", 1, "say"),
    ("the", "DET", "DT", "det", 4, "the"),
    ("Russian", "ADJ", "JJ", "amod", 4, "russian"),
    ("proposals", "NOUN", "NNS", "nsubj", 5, "proposal"),
    ("were", "VERB", "VBD", "ccomp", 1, "be"),
    ("sufficient", "ADJ", "JJ", "acomp", 5, "sufficient"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Britain said Russia did not have enough money.
ENOUGH_MONEY = [
    ("Britain", "PROPN", "NNP", "nsubj", 1, "Britain"),
    ("said", "VERB", "VBD", "ROOT", 1, "say"),
    ("Russia", "PROPN", "NNP", "nsubj", 5, "Russia"),
    ("did", "VERB", "VBD", "aux", 5, "do"),
    ("not", "ADV", "RB", "neg", 5, "not"),
    ("have", "VERB", "VB", "ccomp", 1, "have"),
    ("enough", "ADJ", "JJ", "amod", 7, "enough"),
    ("money", "NOUN", "NN", "dobj", 5, "money"),
    (".", "PUNCT", ".", "punct", 1, "."),
]

# Britain is very disappointed with China.
DISAPPOINTED_WITH = [
    ("Britain", "PROPN", "NNP", "nsubj", 1, "Britain"),
    ("is", "VERB", "VBZ", "ROOT", 1, "be"),
    ("very", "ADV", "RB", "advmod", 3, "very"),
    ("disappointed", "ADJ", "JJ", "acomp", 1, "disappointed"),
    ("with", "ADP", "IN", "prep", 3, "with"),
    ("China", "PROPN", "NNP", "pobj", 4, "China"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Britain is very disappointed with the result.
DISAPPOINTED_WITH_RESULT = [
    ("Britain", "PROPN", "NNP", "nsubj", 1, "Britain"),
    ("is", "VERB", "VBZ", "ROOT", 1, "be"),
    ("very", "ADV", "RB", "advmod", 3, "very"),
    ("disappointed", "ADJ", "JJ", "acomp", 1, "disappointed"),
    ("with", "ADP", "IN", "prep", 3, "with"),
    ("the", "DET", "DT", "det", 6, "the"),
    ("result", "NOUN", "NN", "pobj", 4, "result"),
    (".", "PUNCT", ".", "punct", 1, "."),
]

# China said Japan's claims were baseless and unfounded.
GROUNDLESS = [
    ("China", "PROPN", "NNP", "nsubj", 1, "China"),
    ("said", "VERB", "VBD", "ROOT", 1, "say"),
    ("Japan", "PROPN", "NNP", "poss", 4, "Japan"),
    ("'s", "PART", "POS", "case", 2, "'s"),
    ("claims", "NOUN", "NNS", "nsubj", 5, "claim"),
    ("were", "VERB", "VBD", "ccomp", 1, "be"),
    ("baseless", "ADJ", "JJ", "acomp", 5, "baseless"),
    ("and", "CCONJ", "CC", "cc", 6, "and"),
    ("unfounded", "ADJ", "JJ", "conj", 6, "unfounded"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# China said the reports were false.
REPORTS_FALSE = [
    ("China", "PROPN", "NNP", "nsubj", 1, "China"),
    ("said", "VERB", "VBD", "ROOT", 1, "say"),
    ("the", "DET", "DT", "det", 3, "the"),
    ("reports", "NOUN", "NNS", "nsubj", 4, "report"),
    ("were", "VERB", "VBD", "ccomp", 1, "be"),
    ("false", "ADJ", "JJ", "acomp", 4, "false"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_a_quoted_position_that_offers_were_not_enough(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(NOT_ENOUGH)) == {("REJECT", "CAN", "RUS")}


def test_proposals_said_to_be_insufficient(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(INSUFFICIENT)) == {("REJECT", "GBR", "RUS")}


def test_sufficient_or_not_enough_money_is_no_refusal(code) -> None:  # type: ignore[no-untyped-def]
    assert code(SUFFICIENT) == []
    assert code(ENOUGH_MONEY) == []


def test_disappointed_with_a_party_criticises_it(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(DISAPPOINTED_WITH)) == {("ACCUSE", "GBR", "CHN")}
    assert code(DISAPPOINTED_WITH_RESULT) == []


def test_claims_said_to_be_baseless_reject_the_claimant(code) -> None:  # type: ignore[no-untyped-def]
    assert ("REJECT", "CHN", "JPN") in summary(code(GROUNDLESS))
    assert code(REPORTS_FALSE) == []
