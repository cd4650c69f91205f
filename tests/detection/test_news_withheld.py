"""Rule tests for refusals to speak (audit of corpus records outside the dev set): refusing or declining to
comment, forecast, confirm, give reasons or be specific withholds words and refuses nobody (no REJECT);
refusing to give a party something stays a rejection. Own sentences."""

from __future__ import annotations

from tests.detection.conftest import summary

# Japan refused to comment on the report.
REFUSED_COMMENT = [
    ("Japan", "PROPN", "NNP", "nsubj", 1, "Japan"),
    ("refused", "VERB", "VBD", "ROOT", 1, "refuse"),
    ("to", "PART", "TO", "aux", 3, "to"),
    ("comment", "VERB", "VB", "xcomp", 1, "comment"),
    ("on", "ADP", "IN", "prep", 3, "on"),
    ("the", "DET", "DT", "det", 6, "the"),
    ("report", "NOUN", "NN", "pobj", 4, "report"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Japan declined to forecast the outcome of the talks.
DECLINED_FORECAST = [
    ("Japan", "PROPN", "NNP", "nsubj", 1, "Japan"),
    ("declined", "VERB", "VBD", "ROOT", 1, "decline"),
    ("to", "PART", "TO", "aux", 3, "to"),
    ("forecast", "VERB", "VB", "xcomp", 1, "forecast"),
    ("the", "DET", "DT", "det", 5, "the"),
    ("outcome", "NOUN", "NN", "dobj", 3, "outcome"),
    ("of", "ADP", "IN", "prep", 5, "of"),
    ("the", "DET", "DT", "det", 8, "the"),
    ("talks", "NOUN", "NNS", "pobj", 6, "talk"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Japan declined to give reasons for the delay.
DECLINED_REASONS = [
    ("Japan", "PROPN", "NNP", "nsubj", 1, "Japan"),
    ("declined", "VERB", "VBD", "ROOT", 1, "decline"),
    ("to", "PART", "TO", "aux", 3, "to"),
    ("give", "VERB", "VB", "xcomp", 1, "give"),
    ("reasons", "NOUN", "NNS", "dobj", 3, "reason"),
    ("for", "ADP", "IN", "prep", 4, "for"),
    ("the", "DET", "DT", "det", 7, "the"),
    ("delay", "NOUN", "NN", "pobj", 5, "delay"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Japan declined to be specific.
DECLINED_SPECIFIC = [
    ("Japan", "PROPN", "NNP", "nsubj", 1, "Japan"),
    ("declined", "VERB", "VBD", "ROOT", 1, "decline"),
    ("to", "PART", "TO", "aux", 3, "to"),
    ("be", "VERB", "VB", "xcomp", 1, "be"),
    ("specific", "ADJ", "JJ", "acomp", 3, "specific"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Japan refused to confirm the report.
REFUSED_CONFIRM = [
    ("Japan", "PROPN", "NNP", "nsubj", 1, "Japan"),
    ("refused", "VERB", "VBD", "ROOT", 1, "refuse"),
    ("to", "PART", "TO", "aux", 3, "to"),
    ("confirm", "VERB", "VB", "xcomp", 1, "confirm"),
    ("the", "DET", "DT", "det", 5, "the"),
    ("report", "NOUN", "NN", "dobj", 3, "report"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Japan refused to give China the islands.
REFUSED_ISLANDS = [
    ("Japan", "PROPN", "NNP", "nsubj", 1, "Japan"),
    ("refused", "VERB", "VBD", "ROOT", 1, "refuse"),
    ("to", "PART", "TO", "aux", 3, "to"),
    ("give", "VERB", "VB", "xcomp", 1, "give"),
    ("China", "PROPN", "NNP", "dative", 3, "China"),
    ("the", "DET", "DT", "det", 6, "the"),
    ("islands", "NOUN", "NNS", "dobj", 3, "island"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_refusing_to_speak_is_no_rejection(code) -> None:  # type: ignore[no-untyped-def]
    for spec in (REFUSED_COMMENT, DECLINED_FORECAST, DECLINED_REASONS, DECLINED_SPECIFIC, REFUSED_CONFIRM):
        assert code(spec) == [], " ".join(w for w, *_ in spec)


def test_refusing_to_give_a_party_something_stays_a_rejection(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(REFUSED_ISLANDS)) == {("REJECT", "JPN", "CHN")}


# Japan refused to deny the claims.
REFUSED_DENY = [
    ("Japan", "PROPN", "NNP", "nsubj", 1, "Japan"),
    ("refused", "VERB", "VBD", "ROOT", 1, "refuse"),
    ("to", "PART", "TO", "aux", 3, "to"),
    ("deny", "VERB", "VB", "xcomp", 1, "deny"),
    ("the", "DET", "DT", "det", 5, "the"),
    ("claims", "NOUN", "NNS", "dobj", 3, "claim"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Japan refused to be drawn into the dispute.
REFUSED_DRAWN = [
    ("Japan", "PROPN", "NNP", "nsubj", 1, "Japan"),
    ("refused", "VERB", "VBD", "ROOT", 1, "refuse"),
    ("to", "PART", "TO", "aux", 4, "to"),
    ("be", "VERB", "VB", "auxpass", 4, "be"),
    ("drawn", "VERB", "VBN", "xcomp", 1, "draw"),
    ("into", "ADP", "IN", "prep", 4, "into"),
    ("the", "DET", "DT", "det", 7, "the"),
    ("dispute", "NOUN", "NN", "pobj", 5, "dispute"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Japan's exports declined 35 pct. (as parsed in wire text: the amount an object)
DECLINED_AMOUNT = [
    ("Japan", "PROPN", "NNP", "poss", 2, "Japan"),
    ("'s", "PART", "POS", "case", 0, "'s"),
    ("exports", "NOUN", "NNS", "nsubj", 3, "export"),
    ("declined", "VERB", "VBD", "ROOT", 3, "decline"),
    ("35", "NUM", "CD", "nummod", 5, "35"),
    ("pct", "NOUN", "NN", "dobj", 3, "pct"),
    (".", "PUNCT", ".", "punct", 3, "."),
]
# Japan accepted that the talks had failed.
ACCEPTED_THAT = [
    ("Japan", "PROPN", "NNP", "nsubj", 1, "Japan"),
    ("accepted", "VERB", "VBD", "ROOT", 1, "accept"),
    ("that", "ADP", "IN", "mark", 6, "that"),
    ("the", "DET", "DT", "det", 4, "the"),
    ("talks", "NOUN", "NNS", "nsubj", 6, "talk"),
    ("had", "VERB", "VBD", "aux", 6, "have"),
    ("failed", "VERB", "VBN", "ccomp", 1, "fail"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_refusing_to_deny_or_be_drawn_and_an_amount_declined_are_no_rejection(code) -> None:  # type: ignore[no-untyped-def]
    for spec in (REFUSED_DENY, REFUSED_DRAWN, DECLINED_AMOUNT):
        assert code(spec) == [], " ".join(w for w, *_ in spec)


def test_accepting_a_fact_is_no_agreement(code) -> None:  # type: ignore[no-untyped-def]
    assert code(ACCEPTED_THAT) == []
