"""Rule tests for families/consult.py and data/consult.jsonl (hand-built parses, no model)."""

from __future__ import annotations

from tests.detection.conftest import summary

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
# Israel and Lebanon renewed negotiations today.
NEGOTIATIONS = [
    ("Israel", "PROPN", "NNP", "nsubj", 3, "Israel"),
    ("and", "CCONJ", "CC", "cc", 0, "and"),
    ("Lebanon", "PROPN", "NNP", "conj", 0, "Lebanon"),
    ("renewed", "VERB", "VBD", "ROOT", 3, "renew"),
    ("negotiations", "NOUN", "NNS", "dobj", 3, "negotiation"),
    ("today", "NOUN", "NN", "npadvmod", 3, "today"),
    (".", "PUNCT", ".", "punct", 3, "."),
]

# Japan is striving to meet U.S. demands.
MEET_DEMANDS = [
    ("Japan", "PROPN", "NNP", "nsubj", 2, "Japan"),
    ("is", "AUX", "VBZ", "aux", 2, "be"),
    ("striving", "VERB", "VBG", "ROOT", 2, "strive"),
    ("to", "PART", "TO", "aux", 4, "to"),
    ("meet", "VERB", "VB", "xcomp", 2, "meet"),
    ("U.S.", "PROPN", "NNP", "compound", 6, "U.S."),
    ("demands", "NOUN", "NNS", "dobj", 4, "demand"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# Putin met Xi in Beijing.
MET = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin"),
    ("met", "VERB", "VBD", "ROOT", 1, "meet"),
    ("Xi", "PROPN", "NNP", "dobj", 1, "Xi"),
    ("in", "ADP", "IN", "prep", 1, "in"),
    ("Beijing", "PROPN", "NNP", "pobj", 3, "Beijing"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_a_video_call_is_a_phone_consultation_dated_by_its_weekday(code):
    [call] = code(CALL)
    assert (call.event_type, call.mode, call.cameo.code) == ("CONSULT", "phone", "041")
    assert (call.actor.country, call.recipient.country if call.recipient else None) == ("RUS", "USA")
    assert call.date == "2021-12-14" and call.date_source == "relative"


def test_a_planned_visit_is_an_intent_to_meet(code):
    [visit] = code(PLANNED_VISIT)
    assert (visit.event_type, visit.cameo.code, visit.status) == ("AGREE", "036", "planned")
    assert visit.date == "2022-02-01" and visit.date_precision == "month"


def test_negotiations_between_two_named_states_are_one_symmetric_record(code):
    assert summary(code(NEGOTIATIONS)) == {("CONSULT", "ISR", "LBN")}


def test_meeting_people_is_consulting_meeting_demands_is_not(code):
    assert summary(code(MET)) == {("CONSULT", "RUS", "CHN")}
    # meeting demands is giving in to them (CONCEDE, news-senses), never a meeting
    assert summary(code(MEET_DEMANDS)) == {("CONCEDE", "JPN", "USA")}
