"""Tests for modality.py: negated, hypothetical, embedded and reported statements, and status."""

from __future__ import annotations

from streams.detection import modality
from tests.detection.conftest import make_doc

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
# The Israeli president refused to meet Jordan's king.
REFUSED = [
    ("The", "DET", "DT", "det", 2, "the"),
    ("Israeli", "ADJ", "JJ", "amod", 2, "israeli"),
    ("president", "NOUN", "NN", "nsubj", 3, "president"),
    ("refused", "VERB", "VBD", "ROOT", 3, "refuse"),
    ("to", "PART", "TO", "aux", 5, "to"),
    ("meet", "VERB", "VB", "xcomp", 3, "meet"),
    ("Jordan", "PROPN", "NNP", "poss", 8, "Jordan"),
    ("'s", "PART", "POS", "case", 6, "'s"),
    ("king", "NOUN", "NN", "dobj", 5, "king"),
    (".", "PUNCT", ".", "punct", 3, "."),
]
# Iran threatened to break relations with Iraq.
BREAK = [
    ("Iran", "PROPN", "NNP", "nsubj", 1, "Iran"),
    ("threatened", "VERB", "VBD", "ROOT", 1, "threaten"),
    ("to", "PART", "TO", "aux", 3, "to"),
    ("break", "VERB", "VB", "xcomp", 1, "break"),
    ("relations", "NOUN", "NNS", "dobj", 3, "relation"),
    ("with", "ADP", "IN", "prep", 4, "with"),
    ("Iraq", "PROPN", "NNP", "pobj", 5, "Iraq"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Biden warned Russia against invading Ukraine.
WARNED_AGAINST = [
    ("Biden", "PROPN", "NNP", "nsubj", 1, "Biden"),
    ("warned", "VERB", "VBD", "ROOT", 1, "warn"),
    ("Russia", "PROPN", "NNP", "dobj", 1, "Russia"),
    ("against", "ADP", "IN", "prep", 1, "against"),
    ("invading", "VERB", "VBG", "pcomp", 3, "invade"),
    ("Ukraine", "PROPN", "NNP", "dobj", 4, "Ukraine"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# The Russian president will visit China in February.
PLANNED_VISIT = [
    ("The", "DET", "DT", "det", 2, "the"),
    ("Russian", "ADJ", "JJ", "amod", 2, "russian"),
    ("president", "NOUN", "NN", "nsubj", 4, "president"),
    ("will", "AUX", "MD", "aux", 4, "will"),
    ("visit", "VERB", "VB", "ROOT", 4, "visit"),
    ("China", "PROPN", "NNP", "dobj", 4, "China"),
    ("in", "ADP", "IN", "prep", 4, "in"),
    ("February", "PROPN", "NNP", "pobj", 6, "February"),
    (".", "PUNCT", ".", "punct", 4, "."),
]
# Putin spoke to Biden on a video call on Tuesday.
CALL = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin"),
    ("spoke", "VERB", "VBD", "ROOT", 1, "speak"),
    ("to", "ADP", "IN", "prep", 1, "to"),
    ("Biden", "PROPN", "NNP", "pobj", 2, "Biden"),
    ("on", "ADP", "IN", "prep", 1, "on"),
    ("a", "DET", "DT", "det", 7, "a"),
    ("video", "NOUN", "NN", "compound", 7, "video"),
    ("call", "NOUN", "NN", "pobj", 4, "call"),
    ("on", "ADP", "IN", "prep", 7, "on"),
    ("Tuesday", "PROPN", "NNP", "pobj", 8, "Tuesday"),
    (".", "PUNCT", ".", "punct", 1, "."),
]

# hand-written: "Russia would meet China if asked."
WOULD_IF = [
    ("Russia", "PROPN", "NNP", "nsubj", 2, "Russia"), ("would", "AUX", "MD", "aux", 2, "would"),
    ("meet", "VERB", "VB", "ROOT", 2, "meet"), ("China", "PROPN", "NNP", "dobj", 2, "China"),
    ("if", "SCONJ", "IN", "mark", 5, "if"), ("asked", "VERB", "VBN", "advcl", 2, "ask"),
    (".", "PUNCT", ".", "punct", 2, "."),
]  # fmt: skip


def test_negation(blank_vocab_nlp):
    doc = make_doc(blank_vocab_nlp.vocab, NOT_ACCEPT)
    assert modality.is_blocked(doc[5]) == "negated"
    # a word under the negated verb is blocked, but the negation is not its own: no refusal to code
    assert modality.is_blocked(doc[8]) == "negated-context"


def test_would_is_hypothetical_alone_but_future_in_reported_speech(blank_vocab_nlp):
    assert modality.is_blocked(make_doc(blank_vocab_nlp.vocab, WOULD_IF)[2]) == "hypothetical"
    reported = make_doc(blank_vocab_nlp.vocab, WOULD_ALLOW)
    assert modality.is_blocked(reported[4]) is None
    assert modality.status_of(reported[4]) == "planned"


def test_the_content_of_a_refusal_or_threat_is_embedded(blank_vocab_nlp):
    refused = make_doc(blank_vocab_nlp.vocab, REFUSED)
    assert modality.is_blocked(refused[5]) == "embedded"
    assert modality.is_blocked(refused[3]) is None
    threat = make_doc(blank_vocab_nlp.vocab, BREAK)
    assert modality.is_blocked(threat[3]) == "embedded"
    # a pattern that spans the governing verb ("offered to negotiate") is not embedded in itself
    assert modality.is_blocked(threat[3], within=range(1, 4)) is None


def test_an_act_warned_against_is_prevented(blank_vocab_nlp):
    doc = make_doc(blank_vocab_nlp.vocab, WARNED_AGAINST)
    assert modality.is_blocked(doc[4]) == "prevented"


def test_status(blank_vocab_nlp):
    assert modality.status_of(make_doc(blank_vocab_nlp.vocab, PLANNED_VISIT)[4]) == "planned"
    assert modality.status_of(make_doc(blank_vocab_nlp.vocab, CALL)[8]) == "occurred"


# Japan is to send envoys and later meet Chinese officials. (be + to-infinitive: the future of news prose)
IS_TO = [
    ("Japan", "PROPN", "NNP", "nsubj", 1, "Japan"),
    ("is", "VERB", "VBZ", "ROOT", 1, "be"),
    ("to", "PART", "TO", "aux", 3, "to"),
    ("send", "VERB", "VB", "xcomp", 1, "send"),
    ("envoys", "NOUN", "NNS", "dobj", 3, "envoy"),
    ("and", "CCONJ", "CC", "cc", 3, "and"),
    ("later", "ADV", "RB", "advmod", 7, "later"),
    ("meet", "VERB", "VB", "conj", 3, "meet"),
    ("Chinese", "ADJ", "JJ", "amod", 9, "chinese"),
    ("officials", "NOUN", "NNS", "dobj", 7, "official"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Japan is due in Beijing for talks.
IS_DUE = [
    ("Japan", "PROPN", "NNP", "nsubj", 1, "Japan"),
    ("is", "VERB", "VBZ", "ROOT", 1, "be"),
    ("due", "ADJ", "JJ", "acomp", 1, "due"),
    ("in", "ADP", "IN", "prep", 2, "in"),
    ("Beijing", "PROPN", "NNP", "pobj", 3, "Beijing"),
    ("for", "ADP", "IN", "prep", 1, "for"),
    ("talks", "NOUN", "NNS", "pobj", 5, "talk"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Japan met China and signed a deal.
MET_AND_SIGNED = [
    ("Japan", "PROPN", "NNP", "nsubj", 1, "Japan"),
    ("met", "VERB", "VBD", "ROOT", 1, "meet"),
    ("China", "PROPN", "NNP", "dobj", 1, "China"),
    ("and", "CCONJ", "CC", "cc", 1, "and"),
    ("signed", "VERB", "VBD", "conj", 1, "sign"),
    ("a", "DET", "DT", "det", 6, "a"),
    ("deal", "NOUN", "NN", "dobj", 4, "deal"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Japan will fly envoys to Beijing and meet China.
WILL_AND = [
    ("Japan", "PROPN", "NNP", "nsubj", 2, "Japan"),
    ("will", "AUX", "MD", "aux", 2, "will"),
    ("fly", "VERB", "VB", "ROOT", 2, "fly"),
    ("envoys", "NOUN", "NNS", "dobj", 2, "envoy"),
    ("and", "CCONJ", "CC", "cc", 2, "and"),
    ("meet", "VERB", "VB", "conj", 2, "meet"),
    ("China", "PROPN", "NNP", "dobj", 5, "China"),
    (".", "PUNCT", ".", "punct", 2, "."),
]


def test_trips_told_in_the_future_of_news_prose_are_planned(blank_vocab_nlp):
    is_to = make_doc(blank_vocab_nlp.vocab, IS_TO)
    assert modality.status_of(is_to[3]) == "planned"  # is to send
    assert modality.status_of(is_to[7]) == "planned"  # ... and later meet
    assert modality.status_of(make_doc(blank_vocab_nlp.vocab, IS_DUE)[6]) == "planned"  # is due ... for talks
    assert modality.status_of(make_doc(blank_vocab_nlp.vocab, WILL_AND)[5]) == "planned"  # will fly ... and meet


def test_past_conjuncts_stay_occurred(blank_vocab_nlp):
    met = make_doc(blank_vocab_nlp.vocab, MET_AND_SIGNED)
    assert modality.status_of(met[1]) == "occurred" and modality.status_of(met[4]) == "occurred"
