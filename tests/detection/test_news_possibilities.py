"""Rule tests for possibilities and impressions (audit of corpus records outside the dev set): "it appears China is
prepared to make concessions", "the talks make it possible for Russia to meet Ukraine's demand" state no act
(no AGREE, no CONCEDE); "X appeared to patch over the rift at a meeting" is not touched (a subject of its own,
not "it"). Own sentences."""

from __future__ import annotations

# Putin said it appears China is prepared to make concessions to Russia.
IT_APPEARS_PREPARED = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin"),
    ("said", "VERB", "VBD", "ROOT", 1, "say"),
    ("it", "PRON", "PRP", "nsubj", 3, "it"),
    ("appears", "VERB", "VBZ", "ccomp", 1, "appear"),
    ("China", "PROPN", "NNP", "nsubj", 5, "China"),
    ("is", "VERB", "VBZ", "ccomp", 3, "be"),
    ("prepared", "ADJ", "JJ", "acomp", 5, "prepared"),
    ("to", "PART", "TO", "aux", 8, "to"),
    ("make", "VERB", "VB", "xcomp", 6, "make"),
    ("concessions", "NOUN", "NNS", "dobj", 8, "concession"),
    ("to", "ADP", "IN", "prep", 8, "to"),
    ("Russia", "PROPN", "NNP", "pobj", 10, "Russia"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# The talks make it possible for Russia to meet Ukraine's demand.
MAKE_IT_POSSIBLE = [
    ("The", "DET", "DT", "det", 1, "the"),
    ("talks", "NOUN", "NNS", "nsubj", 2, "talk"),
    ("make", "VERB", "VBP", "ROOT", 2, "make"),
    ("it", "PRON", "PRP", "nsubj", 4, "it"),
    ("possible", "ADJ", "JJ", "ccomp", 2, "possible"),
    ("for", "ADP", "IN", "mark", 8, "for"),
    ("Russia", "PROPN", "NNP", "nsubj", 8, "Russia"),
    ("to", "PART", "TO", "aux", 8, "to"),
    ("meet", "VERB", "VB", "advcl", 4, "meet"),
    ("Ukraine", "PROPN", "NNP", "poss", 11, "Ukraine"),
    ("'s", "PART", "POS", "case", 9, "'s"),
    ("demand", "NOUN", "NN", "dobj", 8, "demand"),
    (".", "PUNCT", ".", "punct", 2, "."),
]


def test_an_impression_or_a_possibility_is_no_act(code) -> None:  # type: ignore[no-untyped-def]
    assert code(IT_APPEARS_PREPARED) == []
    assert [e for e in code(MAKE_IT_POSSIBLE) if e.event_type == "CONCEDE"] == []
