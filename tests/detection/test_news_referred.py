"""Rule tests for acts named only by a noun (issue 11, class R3): "condemned the launch", "said the test was
unacceptable" criticise the actor of the article's latest military event; "threatened retaliation over the acts"
threatens the one who last imposed a sanction. Own sentences."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from streams.records import Article
from tests.detection.conftest import Spec, make_doc, summary

# North Korea fired a missile over Japan on Tuesday.
FIRED = [
    ("North", "PROPN", "NNP", "compound", 1, "North"),
    ("Korea", "PROPN", "NNP", "nsubj", 2, "Korea"),
    ("fired", "VERB", "VBD", "ROOT", 2, "fire"),
    ("a", "DET", "DT", "det", 4, "a"),
    ("missile", "NOUN", "NN", "dobj", 2, "missile"),
    ("over", "ADP", "IN", "prep", 4, "over"),
    ("Japan", "PROPN", "NNP", "pobj", 5, "Japan"),
    ("on", "ADP", "IN", "prep", 2, "on"),
    ("Tuesday", "PROPN", "NNP", "pobj", 7, "Tuesday"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# Britain condemned the launch.
CONDEMNED = [
    ("Britain", "PROPN", "NNP", "nsubj", 1, "Britain"),
    ("condemned", "VERB", "VBD", "ROOT", 1, "condemn"),
    ("the", "DET", "DT", "det", 3, "the"),
    ("launch", "NOUN", "NN", "dobj", 1, "launch"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Britain said the launch was unacceptable.
SAID_UNACCEPTABLE = [
    ("Britain", "PROPN", "NNP", "nsubj", 1, "Britain"),
    ("said", "VERB", "VBD", "ROOT", 1, "say"),
    ("the", "DET", "DT", "det", 3, "the"),
    ("launch", "NOUN", "NN", "nsubj", 4, "launch"),
    ("was", "VERB", "VBD", "ccomp", 1, "be"),
    ("unacceptable", "ADJ", "JJ", "acomp", 4, "unacceptable"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Britain criticised the smartphone launch.
GADGET = [
    ("Britain", "PROPN", "NNP", "nsubj", 1, "Britain"),
    ("criticised", "VERB", "VBD", "ROOT", 1, "criticise"),
    ("the", "DET", "DT", "det", 4, "the"),
    ("smartphone", "NOUN", "NN", "compound", 4, "smartphone"),
    ("launch", "NOUN", "NN", "dobj", 1, "launch"),
    (".", "PUNCT", ".", "punct", 1, "."),
]

# The United States imposed sanctions on Russia on Monday.
SANCTIONED = [
    ("The", "DET", "DT", "det", 2, "the"),
    ("United", "PROPN", "NNP", "compound", 2, "United"),
    ("States", "PROPN", "NNP", "nsubj", 3, "States"),
    ("imposed", "VERB", "VBD", "ROOT", 3, "impose"),
    ("sanctions", "NOUN", "NNS", "dobj", 3, "sanction"),
    ("on", "ADP", "IN", "prep", 4, "on"),
    ("Russia", "PROPN", "NNP", "pobj", 5, "Russia"),
    ("on", "ADP", "IN", "prep", 3, "on"),
    ("Monday", "PROPN", "NNP", "pobj", 7, "Monday"),
    (".", "PUNCT", ".", "punct", 3, "."),
]
# Russia threatened retaliation over what it called illegal acts.
RETALIATION = [
    ("Russia", "PROPN", "NNP", "nsubj", 1, "Russia"),
    ("threatened", "VERB", "VBD", "ROOT", 1, "threaten"),
    ("retaliation", "NOUN", "NN", "dobj", 1, "retaliation"),
    ("over", "ADP", "IN", "prep", 2, "over"),
    ("what", "PRON", "WP", "dobj", 6, "what"),
    ("it", "PRON", "PRP", "nsubj", 6, "it"),
    ("called", "VERB", "VBD", "pcomp", 3, "call"),
    ("illegal", "ADJ", "JJ", "amod", 8, "illegal"),
    ("acts", "NOUN", "NNS", "oprd", 6, "act"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


@pytest.fixture(scope="module")
def article(rule_detector: Detector):  # type: ignore[no-untyped-def]
    def run(*specs: Spec):  # type: ignore[no-untyped-def]
        docs = [make_doc(rule_detector.nlp.vocab, spec) for spec in specs]
        text = " ".join(d.text for d in docs)
        return rule_detector.parsed(docs, Article(id="t", text=text, published="2021-12-16"))

    return run


def test_condemned_the_launch_criticises_the_launcher(article) -> None:  # type: ignore[no-untyped-def]
    assert ("ACCUSE", "GBR", "PRK") in summary(article(FIRED, CONDEMNED))


def test_the_launch_said_to_be_unacceptable(article) -> None:  # type: ignore[no-untyped-def]
    assert ("ACCUSE", "GBR", "PRK") in summary(article(FIRED, SAID_UNACCEPTABLE))


def test_no_launch_told_before_names_nobody(article) -> None:  # type: ignore[no-untyped-def]
    assert article(CONDEMNED) == []


def test_a_product_launch_is_no_military_act(article) -> None:  # type: ignore[no-untyped-def]
    assert summary(article(FIRED, GADGET)) == {("MOBILIZE", "PRK", "JPN")}


def test_retaliation_over_the_acts_threatens_the_sanctioner(article) -> None:  # type: ignore[no-untyped-def]
    assert ("THREATEN", "RUS", "USA") in summary(article(SANCTIONED, RETALIATION))
    assert article(RETALIATION) == []
