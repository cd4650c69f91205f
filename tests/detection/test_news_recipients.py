"""Rule tests for recipients and aliases of real news (issue 11, classes R2/R3): "protested to X", a hyphenated
pair of states in a deal's topic, "the Commission" after the EC was named, "U.S" without its final period.
Own sentences; the alias tests use the packaged dictionaries."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from streams.records import Article
from tests.detection.conftest import make_doc, summary

# Japan protested to China over the incident.
PROTESTED_TO = [
    ("Japan", "PROPN", "NNP", "nsubj", 1, "Japan"),
    ("protested", "VERB", "VBD", "ROOT", 1, "protest"),
    ("to", "ADP", "IN", "prep", 1, "to"),
    ("China", "PROPN", "NNP", "pobj", 2, "China"),
    ("over", "ADP", "IN", "prep", 1, "over"),
    ("the", "DET", "DT", "det", 6, "the"),
    ("incident", "NOUN", "NN", "pobj", 4, "incident"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Britain also signed a deal on China-UK tourism.
HYPHEN_TOPIC = [
    ("Britain", "PROPN", "NNP", "nsubj", 2, "Britain"),
    ("also", "ADV", "RB", "advmod", 2, "also"),
    ("signed", "VERB", "VBD", "ROOT", 2, "sign"),
    ("a", "DET", "DT", "det", 4, "a"),
    ("deal", "NOUN", "NN", "dobj", 2, "deal"),
    ("on", "ADP", "IN", "prep", 2, "on"),
    ("China", "PROPN", "NNP", "compound", 8, "China"),
    ("-", "PUNCT", "HYPH", "punct", 8, "-"),
    ("UK", "PROPN", "NNP", "compound", 9, "UK"),
    ("tourism", "NOUN", "NN", "pobj", 5, "tourism"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# Britain signed a deal with Coca-Cola.
HYPHEN_COMPANY = [
    ("Britain", "PROPN", "NNP", "nsubj", 1, "Britain"),
    ("signed", "VERB", "VBD", "ROOT", 1, "sign"),
    ("a", "DET", "DT", "det", 3, "a"),
    ("deal", "NOUN", "NN", "dobj", 1, "deal"),
    ("with", "ADP", "IN", "prep", 1, "with"),
    ("Coca", "PROPN", "NNP", "compound", 7, "Coca"),
    ("-", "PUNCT", "HYPH", "punct", 7, "-"),
    ("Cola", "PROPN", "NNP", "pobj", 4, "Cola"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# EC ministers met in Brussels on Monday.
EC_NAMED = [
    ("EC", "PROPN", "NNP", "compound", 1, "EC"),
    ("ministers", "NOUN", "NNS", "nsubj", 2, "minister"),
    ("met", "VERB", "VBD", "ROOT", 2, "meet"),
    ("in", "ADP", "IN", "prep", 2, "in"),
    ("Brussels", "PROPN", "NNP", "pobj", 3, "Brussels"),
    ("on", "ADP", "IN", "prep", 2, "on"),
    ("Monday", "PROPN", "NNP", "pobj", 5, "Monday"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# Britain said it backed the Commission proposal to cut farm spending.
COMMISSION = [
    ("Britain", "PROPN", "NNP", "nsubj", 1, "Britain"),
    ("said", "VERB", "VBD", "ROOT", 1, "say"),
    ("it", "PRON", "PRP", "nsubj", 3, "it"),
    ("backed", "VERB", "VBD", "ccomp", 1, "back"),
    ("the", "DET", "DT", "det", 6, "the"),
    ("Commission", "PROPN", "NNP", "compound", 6, "Commission"),
    ("proposal", "NOUN", "NN", "dobj", 3, "proposal"),
    ("to", "PART", "TO", "aux", 8, "to"),
    ("cut", "VERB", "VB", "acl", 6, "cut"),
    ("farm", "NOUN", "NN", "compound", 10, "farm"),
    ("spending", "NOUN", "NN", "dobj", 8, "spending"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Canada sharply criticised the U.S, officials said.
US_NO_PERIOD = [
    ("Canada", "PROPN", "NNP", "nsubj", 2, "Canada"),
    ("sharply", "ADV", "RB", "advmod", 2, "sharply"),
    ("criticised", "VERB", "VBD", "ccomp", 7, "criticise"),
    ("the", "DET", "DT", "det", 4, "the"),
    ("U.S", "PROPN", "NNP", "dobj", 2, "U.S"),
    (",", "PUNCT", ",", "punct", 7, ","),
    ("officials", "NOUN", "NNS", "nsubj", 7, "official"),
    ("said", "VERB", "VBD", "ROOT", 7, "say"),
    (".", "PUNCT", ".", "punct", 7, "."),
]

# Washington criticised European leaders for their low defense spending.
EUROPEAN_LEADERS = [
    ("Washington", "PROPN", "NNP", "nsubj", 1, "Washington"),
    ("criticised", "VERB", "VBD", "ROOT", 1, "criticise"),
    ("European", "ADJ", "JJ", "amod", 3, "european"),
    ("leaders", "NOUN", "NNS", "dobj", 1, "leader"),
    ("for", "ADP", "IN", "prep", 1, "for"),
    ("their", "PRON", "PRP$", "poss", 8, "their"),
    ("low", "ADJ", "JJ", "amod", 8, "low"),
    ("defense", "NOUN", "NN", "compound", 8, "defense"),
    ("spending", "NOUN", "NN", "pobj", 4, "spending"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Washington criticised European shares.
EUROPEAN_SHARES = [
    ("Washington", "PROPN", "NNP", "nsubj", 1, "Washington"),
    ("criticised", "VERB", "VBD", "ROOT", 1, "criticise"),
    ("European", "ADJ", "JJ", "amod", 3, "european"),
    ("shares", "NOUN", "NNS", "dobj", 1, "share"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


@pytest.fixture(scope="module")
def packaged(blank_vocab_nlp):  # type: ignore[no-untyped-def]
    """A detector with the packaged actor dictionaries (EC, the Commission, U.S)."""
    detector = Detector(blank_vocab_nlp)

    def run(*specs, published: str = "1987-06-01"):  # type: ignore[no-untyped-def]
        docs = [make_doc(detector.nlp.vocab, spec) for spec in specs]
        text = " ".join(d.text for d in docs)
        return detector.parsed(docs, Article(id="t", text=text, published=published))

    return run


def test_protested_to_x_names_x(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(PROTESTED_TO)) == {("ACCUSE", "JPN", "CHN")}


def test_a_hyphenated_pair_of_states_in_a_deal_topic(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(HYPHEN_TOPIC)) == {("SUPPORT", "GBR", "CHN")}


def test_a_hyphenated_company_name_is_no_party(code) -> None:  # type: ignore[no-untyped-def]
    assert code(HYPHEN_COMPANY) == []


def test_the_commission_is_the_ec_once_named(packaged) -> None:  # type: ignore[no-untyped-def]
    assert ("SUPPORT", "GBR", "EUR") in summary(packaged(EC_NAMED, COMMISSION))


def test_the_commission_alone_names_nobody(packaged) -> None:  # type: ignore[no-untyped-def]
    assert summary(packaged(COMMISSION)) == set()


def test_us_without_its_final_period(packaged) -> None:  # type: ignore[no-untyped-def]
    assert summary(packaged(US_NO_PERIOD)) == {("ACCUSE", "CAN", "USA")}


def test_european_leaders_are_the_eu(packaged) -> None:  # type: ignore[no-untyped-def]
    assert summary(packaged(EUROPEAN_LEADERS, published="2021-12-16")) == {("ACCUSE", "USA", "EUR")}


def test_european_alone_names_nobody(packaged) -> None:  # type: ignore[no-untyped-def]
    assert packaged(EUROPEAN_SHARES, published="2021-12-16") == []
