"""Rule tests for sanctions stated through a text or a participle (issue 11, PUSH.md class L2): the actor is who
adopts the resolution, the target is named by "targeted at / that target"; and recognition as a state or capital
(class T).

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

# Britain recognised Israel as an independent state in 1949.
RECOGNISED_AS = [
    ("Britain", "PROPN", "NNP", "nsubj", 1, "Britain"),
    ("recognised", "VERB", "VBD", "ROOT", 1, "recognise"),
    ("Israel", "PROPN", "NNP", "dobj", 1, "Israel"),
    ("as", "ADP", "IN", "prep", 1, "as"),
    ("an", "DET", "DT", "det", 6, "an"),
    ("independent", "ADJ", "JJ", "amod", 6, "independent"),
    ("state", "NOUN", "NN", "pobj", 3, "state"),
    ("in", "ADP", "IN", "prep", 1, "in"),
    ("1949", "NUM", "CD", "pobj", 7, "1949"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# The minister recognised the efforts of the workers as important.
RECOGNISED_TALENT = [
    ("The", "DET", "DT", "det", 1, "the"),
    ("minister", "NOUN", "NN", "nsubj", 2, "minister"),
    ("recognised", "VERB", "VBD", "ROOT", 2, "recognise"),
    ("the", "DET", "DT", "det", 4, "the"),
    ("efforts", "NOUN", "NNS", "dobj", 2, "effort"),
    ("of", "ADP", "IN", "prep", 4, "of"),
    ("the", "DET", "DT", "det", 7, "the"),
    ("workers", "NOUN", "NNS", "pobj", 5, "worker"),
    ("as", "ADP", "IN", "prep", 2, "as"),
    ("important", "ADJ", "JJ", "amod", 8, "important"),
    (".", "PUNCT", ".", "punct", 2, "."),
]

# The agreement reached between Japan and Iran in December was welcomed.
AGREEMENT_BETWEEN = [
    ("The", "DET", "DT", "det", 1, "the"),
    ("agreement", "NOUN", "NN", "nsubjpass", 10, "agreement"),
    ("reached", "VERB", "VBN", "acl", 1, "reach"),
    ("between", "ADP", "IN", "prep", 2, "between"),
    ("Japan", "PROPN", "NNP", "pobj", 3, "Japan"),
    ("and", "CCONJ", "CC", "cc", 4, "and"),
    ("Iran", "PROPN", "NNP", "conj", 4, "Iran"),
    ("in", "ADP", "IN", "prep", 10, "in"),
    ("December", "PROPN", "NNP", "pobj", 7, "December"),
    ("was", "VERB", "VBD", "auxpass", 10, "be"),
    ("welcomed", "VERB", "VBN", "ROOT", 10, "welcome"),
    (".", "PUNCT", ".", "punct", 10, "."),
]

# Britain is considering recognising Israel as an independent state.
CONSIDERING_RECOGNISING = [
    ("Britain", "PROPN", "NNP", "nsubj", 2, "Britain"),
    ("is", "VERB", "VBZ", "aux", 2, "be"),
    ("considering", "VERB", "VBG", "ROOT", 2, "consider"),
    ("recognising", "VERB", "VBG", "xcomp", 2, "recognise"),
    ("Israel", "PROPN", "NNP", "dobj", 3, "Israel"),
    ("as", "ADP", "IN", "prep", 3, "as"),
    ("an", "DET", "DT", "det", 8, "an"),
    ("independent", "ADJ", "JJ", "amod", 8, "independent"),
    ("state", "NOUN", "NN", "pobj", 5, "state"),
    (".", "PUNCT", ".", "punct", 2, "."),
]


def test_a_resolution_imposing_sanctions_is_an_act_of_who_voted_for_it(code):
    assert summary(code(RESOLUTION_TOUGHENING)) == {("SANCTION", "UNO", "IRN")}


def test_sanctions_targeted_at_x_are_on_x_only_where_imposed(code):
    assert ("SANCTION", "USA", "IRN") in summary(code(SANCTIONS_TARGETED))
    # mentioned in passing
    assert all(e.event_type != "SANCTION" for e in code(SANCTIONS_VIOLATED))
    # "foreign banks" are no group of the actor's own state
    assert all(e.recipient is None or e.recipient.country != "USA" for e in code(FOREIGN_FIRMS))


def test_recognising_x_as_a_state_is_diplomatic_recognition(code):
    assert summary(code(RECOGNISED_AS)) == {("SUPPORT", "GBR", "ISR")}
    # considered, not done
    assert code(CONSIDERING_RECOGNISING) == []
    # recognising efforts "as important" grants no recognition
    assert all(e.event_type != "SUPPORT" for e in code(RECOGNISED_TALENT))


def test_an_agreement_between_two_parties_is_theirs(code):
    assert summary(code(AGREEMENT_BETWEEN)) in ({("AGREE", "JPN", "IRN")}, {("AGREE", "IRN", "JPN")})
