"""Rule tests for families/agree.py and data/agree.jsonl."""

from __future__ import annotations

from tests.detection.conftest import summary

# Syria says it is willing to withdraw its troops from Lebanon.
WILLING = [
    ("Syria", "PROPN", "NNP", "nsubj", 1, "Syria"),
    ("says", "VERB", "VBZ", "ROOT", 1, "say"),
    ("it", "PRON", "PRP", "nsubj", 3, "it"),
    ("is", "AUX", "VBZ", "ccomp", 1, "be"),
    ("willing", "ADJ", "JJ", "acomp", 3, "willing"),
    ("to", "PART", "TO", "aux", 6, "to"),
    ("withdraw", "VERB", "VB", "xcomp", 4, "withdraw"),
    ("its", "PRON", "PRP$", "poss", 8, "its"),
    ("troops", "NOUN", "NNS", "dobj", 6, "troop"),
    ("from", "ADP", "IN", "prep", 6, "from"),
    ("Lebanon", "PROPN", "NNP", "pobj", 9, "Lebanon"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Syria says it will not accept any more refugees.
NOT_ACCEPT = [
    ("Syria", "PROPN", "NNP", "nsubj", 1, "Syria"),
    ("says", "VERB", "VBZ", "ROOT", 1, "say"),
    ("it", "PRON", "PRP", "nsubj", 5, "it"),
    ("will", "AUX", "MD", "aux", 5, "will"),
    ("not", "PART", "RB", "neg", 5, "not"),
    ("accept", "VERB", "VB", "ccomp", 1, "accept"),
    ("any", "DET", "DT", "det", 8, "any"),
    ("more", "ADJ", "JJR", "amod", 8, "more"),
    ("refugees", "NOUN", "NNS", "dobj", 5, "refugee"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Iraq said it would allow the return of inspectors.
WOULD_ALLOW = [
    ("Iraq", "PROPN", "NNP", "nsubj", 1, "Iraq"),
    ("said", "VERB", "VBD", "ROOT", 1, "say"),
    ("it", "PRON", "PRP", "nsubj", 4, "it"),
    ("would", "AUX", "MD", "aux", 4, "would"),
    ("allow", "VERB", "VB", "ccomp", 1, "allow"),
    ("the", "DET", "DT", "det", 6, "the"),
    ("return", "NOUN", "NN", "dobj", 4, "return"),
    ("of", "ADP", "IN", "prep", 6, "of"),
    ("inspectors", "NOUN", "NNS", "pobj", 7, "inspector"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_willing_to_is_an_intent_and_it_is_the_reporting_state(code):
    [event] = code(WILLING)
    assert summary([event]) == {("AGREE", "SYR", "LBN")}
    assert (event.cameo.code, event.status) == ("030", "planned")


def test_a_negated_acceptance_is_a_refusal(code):
    [event] = code(NOT_ACCEPT)
    assert (event.event_type, event.cameo.code, event.actor.country) == ("REJECT", "120", "SYR")


def test_would_in_reported_speech_is_a_commitment_not_a_hypothetical(code):
    [event] = code(WOULD_ALLOW)
    assert (event.event_type, event.actor.country, event.status) == ("AGREE", "IRQ", "planned")
