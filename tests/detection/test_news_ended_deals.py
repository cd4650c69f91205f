"""Rule tests for ending an agreement with a party (audit recall-r): "scrapped its trade deal with Japan",
"withdrew from the pact with X" reject that party (120); a threat to do so stays a threat only (see
test_news_requests.py). Sentences are the tests' own."""

from __future__ import annotations

from tests.detection.conftest import summary

# Canada scrapped its "unfair" trade deal with Japan.
SCRAPPED_DEAL = [
    ("Canada", "PROPN", "NNP", "nsubj", 1, "Canada"),
    ("scrapped", "VERB", "VBD", "ROOT", 1, "scrap"),
    ("its", "PRON", "PRP$", "poss", 7, "its"),
    ('"', "PUNCT", "``", "punct", 7, '"'),
    ("unfair", "ADJ", "JJ", "amod", 7, "unfair"),
    ('"', "PUNCT", "''", "punct", 7, '"'),
    ("trade", "NOUN", "NN", "compound", 7, "trade"),
    ("deal", "NOUN", "NN", "dobj", 1, "deal"),
    ("with", "ADP", "IN", "prep", 7, "with"),
    ("Japan", "PROPN", "NNP", "pobj", 8, "Japan"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Canada threatened to terminate the trade deal with Japan.
THREAT_TO_END = [
    ("Canada", "PROPN", "NNP", "nsubj", 1, "Canada"),
    ("threatened", "VERB", "VBD", "ROOT", 1, "threaten"),
    ("to", "PART", "TO", "aux", 3, "to"),
    ("terminate", "VERB", "VB", "xcomp", 1, "terminate"),
    ("the", "DET", "DT", "det", 6, "the"),
    ("trade", "NOUN", "NN", "compound", 6, "trade"),
    ("deal", "NOUN", "NN", "dobj", 3, "deal"),
    ("with", "ADP", "IN", "prep", 6, "with"),
    ("Japan", "PROPN", "NNP", "pobj", 7, "Japan"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_scrapping_a_deal_with_a_party_rejects_it(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(SCRAPPED_DEAL)) == {("REJECT", "CAN", "JPN")}


def test_a_threat_to_end_a_deal_is_no_rejection(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(THREAT_TO_END)) == {("THREATEN", "CAN", "JPN")}
