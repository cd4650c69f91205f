"""Rule tests for meetings only set out to be arranged (audit of corpus records outside the dev set): "tried to set up
a meeting with Xi", "to arrange a meeting" tell of an attempt, neither a meeting held nor one its parties agreed
(no CONSULT, no AGREE); "held a meeting with Xi" is a meeting. Own sentences."""

from __future__ import annotations

from tests.detection.conftest import summary

# Putin tried to set up a meeting with Xi.
TRIED_TO_SET_UP = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin"),
    ("tried", "VERB", "VBD", "ROOT", 1, "try"),
    ("to", "PART", "TO", "aux", 3, "to"),
    ("set", "VERB", "VB", "xcomp", 1, "set"),
    ("up", "ADP", "RP", "prt", 3, "up"),
    ("a", "DET", "DT", "det", 6, "a"),
    ("meeting", "NOUN", "NN", "dobj", 3, "meeting"),
    ("with", "ADP", "IN", "prep", 6, "with"),
    ("Xi", "PROPN", "NNP", "pobj", 7, "Xi"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Putin held a meeting with Xi.
HELD_A_MEETING = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin"),
    ("held", "VERB", "VBD", "ROOT", 1, "hold"),
    ("a", "DET", "DT", "det", 3, "a"),
    ("meeting", "NOUN", "NN", "dobj", 1, "meeting"),
    ("with", "ADP", "IN", "prep", 1, "with"),
    ("Xi", "PROPN", "NNP", "pobj", 4, "Xi"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_a_meeting_someone_tried_to_set_up_is_no_event(code) -> None:  # type: ignore[no-untyped-def]
    assert code(TRIED_TO_SET_UP) == []


def test_a_meeting_held_is_a_meeting(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(HELD_A_MEETING)) == {("CONSULT", "RUS", "CHN")}
