"""Rule tests for sanctions stated through a text or a participle (issue 11, PUSH.md class L2): the actor is who
adopts the resolution, the target is named by "targeted at / that target".

Every sentence is written for this test and given as en_core_web_sm parses it (no model is loaded).
"""

from __future__ import annotations

from tests.detection.conftest import summary

# The United Nations voted for a resolution toughening sanctions on Iran.
RESOLUTION_TOUGHENING = [
    ("The", "DET", "DT", "det", 2, "the"),
    ("United", "PROPN", "NNP", "compound", 2, "United"),
    ("Nations", "PROPN", "NNP", "nsubj", 3, "Nations"),
    ("voted", "VERB", "VBD", "ROOT", 3, "vote"),
    ("for", "ADP", "IN", "prep", 3, "for"),
    ("a", "DET", "DT", "det", 6, "a"),
    ("resolution", "NOUN", "NN", "pobj", 4, "resolution"),
    ("toughening", "VERB", "VBG", "acl", 6, "toughen"),
    ("sanctions", "NOUN", "NNS", "dobj", 7, "sanction"),
    ("on", "ADP", "IN", "prep", 8, "on"),
    ("Iran", "PROPN", "NNP", "pobj", 9, "Iran"),
    (".", "PUNCT", ".", "punct", 3, "."),
]
# Washington announced new sanctions targeted at Iranian banks.
SANCTIONS_TARGETED = [
    ("Washington", "PROPN", "NNP", "nsubj", 1, "Washington"),
    ("announced", "VERB", "VBD", "ROOT", 1, "announce"),
    ("new", "ADJ", "JJ", "amod", 3, "new"),
    ("sanctions", "NOUN", "NNS", "dobj", 1, "sanction"),
    ("targeted", "VERB", "VBN", "acl", 3, "target"),
    ("at", "ADP", "IN", "prep", 4, "at"),
    ("Iranian", "ADJ", "JJ", "amod", 7, "iranian"),
    ("banks", "NOUN", "NNS", "pobj", 5, "bank"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Chinese firms violated sanctions targeted at Iran.
SANCTIONS_VIOLATED = [
    ("Chinese", "ADJ", "JJ", "amod", 1, "chinese"),
    ("firms", "NOUN", "NNS", "nsubj", 2, "firm"),
    ("violated", "VERB", "VBD", "ROOT", 2, "violate"),
    ("sanctions", "NOUN", "NNS", "dobj", 2, "sanction"),
    ("targeted", "VERB", "VBN", "acl", 3, "target"),
    ("at", "ADP", "IN", "prep", 4, "at"),
    ("Iran", "PROPN", "NNP", "pobj", 5, "Iran"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# Washington announced new sanctions targeted at foreign banks.
FOREIGN_FIRMS = [
    ("Washington", "PROPN", "NNP", "nsubj", 1, "Washington"),
    ("announced", "VERB", "VBD", "ROOT", 1, "announce"),
    ("new", "ADJ", "JJ", "amod", 3, "new"),
    ("sanctions", "NOUN", "NNS", "dobj", 1, "sanction"),
    ("targeted", "VERB", "VBN", "acl", 3, "target"),
    ("at", "ADP", "IN", "prep", 4, "at"),
    ("foreign", "ADJ", "JJ", "amod", 7, "foreign"),
    ("banks", "NOUN", "NNS", "pobj", 5, "bank"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_a_resolution_imposing_sanctions_is_an_act_of_who_voted_for_it(code):
    assert summary(code(RESOLUTION_TOUGHENING)) == {("SANCTION", "UNO", "IRN")}


def test_sanctions_targeted_at_x_are_on_x_only_where_imposed(code):
    assert ("SANCTION", "USA", "IRN") in summary(code(SANCTIONS_TARGETED))
    # mentioned in passing
    assert all(e.event_type != "SANCTION" for e in code(SANCTIONS_VIOLATED))
    # "foreign banks" are no group of the actor's own state
    assert all(e.recipient is None or e.recipient.country != "USA" for e in code(FOREIGN_FIRMS))
