"""Rule tests for who the parties of an event are (issue 11, PUSH.md false-positive classes): an addressed act on a
thing named in another sentence, and a forum named only as the name of its summit.

Every sentence is written for this test and given as en_core_web_sm parses it (no model is loaded).
"""

from __future__ import annotations

from tests.detection.conftest import summary

# The Dutch minister rejected that idea on Monday.
THAT_IDEA = [
    ("The", "DET", "DT", "det", 2, "the"),
    ("Dutch", "ADJ", "JJ", "amod", 2, "dutch"),
    ("minister", "NOUN", "NN", "nsubj", 3, "minister"),
    ("rejected", "VERB", "VBD", "ROOT", 3, "reject"),
    ("that", "DET", "DT", "det", 5, "that"),
    ("idea", "NOUN", "NN", "dobj", 3, "idea"),
    ("on", "ADP", "IN", "prep", 3, "on"),
    ("Monday", "PROPN", "NNP", "pobj", 6, "Monday"),
    (".", "PUNCT", ".", "punct", 3, "."),
]
# The idea was firmly rejected by Germany.
IDEA_REJECTED_BY = [
    ("The", "DET", "DT", "det", 1, "the"),
    ("idea", "NOUN", "NN", "nsubjpass", 4, "idea"),
    ("was", "VERB", "VBD", "auxpass", 4, "be"),
    ("firmly", "ADV", "RB", "advmod", 4, "firmly"),
    ("rejected", "VERB", "VBN", "ROOT", 4, "reject"),
    ("by", "ADP", "IN", "agent", 4, "by"),
    ("Germany", "PROPN", "NNP", "pobj", 5, "Germany"),
    (".", "PUNCT", ".", "punct", 4, "."),
]
# Germany rejected the offer on Monday.
REJECTED_THE_OFFER = [
    ("Germany", "PROPN", "NNP", "nsubj", 1, "Germany"),
    ("rejected", "VERB", "VBD", "ROOT", 1, "reject"),
    ("the", "DET", "DT", "det", 3, "the"),
    ("offer", "NOUN", "NN", "dobj", 1, "offer"),
    ("on", "ADP", "IN", "prep", 1, "on"),
    ("Monday", "PROPN", "NNP", "pobj", 4, "Monday"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Canada told the APEC summit in Lima that it remained committed to free trade.
APEC_SUMMIT = [
    ("Canada", "PROPN", "NNP", "nsubj", 1, "Canada"),
    ("told", "VERB", "VBD", "ROOT", 1, "tell"),
    ("the", "DET", "DT", "det", 4, "the"),
    ("APEC", "PROPN", "NNP", "compound", 4, "APEC"),
    ("summit", "NOUN", "NN", "dobj", 1, "summit"),
    ("in", "ADP", "IN", "prep", 4, "in"),
    ("Lima", "PROPN", "NNP", "pobj", 5, "Lima"),
    ("that", "ADP", "IN", "mark", 9, "that"),
    ("it", "PRON", "PRP", "nsubj", 9, "it"),
    ("remained", "VERB", "VBD", "ccomp", 1, "remain"),
    ("committed", "ADJ", "JJ", "acomp", 9, "committed"),
    ("to", "ADP", "IN", "prep", 10, "to"),
    ("free", "ADJ", "JJ", "amod", 13, "free"),
    ("trade", "NOUN", "NN", "pobj", 11, "trade"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Canada attended the NATO summit in Madrid.
NATO_SUMMIT = [
    ("Canada", "PROPN", "NNP", "nsubj", 1, "Canada"),
    ("attended", "VERB", "VBD", "ROOT", 1, "attend"),
    ("the", "DET", "DT", "det", 4, "the"),
    ("NATO", "PROPN", "NNP", "compound", 4, "NATO"),
    ("summit", "NOUN", "NN", "dobj", 1, "summit"),
    ("in", "ADP", "IN", "prep", 4, "in"),
    ("Madrid", "PROPN", "NNP", "pobj", 5, "Madrid"),
    (".", "PUNCT", ".", "punct", 1, "."),
]

# Canada attended the APEC summit in Lima.
APEC_ATTENDED = [
    ("Canada", "PROPN", "NNP", "nsubj", 1, "Canada"),
    ("attended", "VERB", "VBD", "ROOT", 1, "attend"),
    ("the", "DET", "DT", "det", 4, "the"),
    ("APEC", "PROPN", "NNP", "compound", 4, "APEC"),
    ("summit", "NOUN", "NN", "dobj", 1, "summit"),
    ("in", "ADP", "IN", "prep", 4, "in"),
    ("Lima", "PROPN", "NNP", "pobj", 5, "Lima"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_an_act_on_a_thing_named_before_gives_no_one_party_record(code):
    # "that idea", "the idea ... rejected by": the party acted on is in another sentence
    assert summary(code(THAT_IDEA)) == set()
    assert summary(code(IDEA_REJECTED_BY)) == set()
    # an offer has an author the sentence could name: the refusal still codes
    assert summary(code(REJECTED_THE_OFFER)) == {("REJECT", "DEU", None)}


def test_a_forum_named_by_its_summit_is_no_party(code):
    # "told the APEC summit": APEC is the meeting's name, not an addressee; NATO acts for itself
    assert all(e.recipient is None or e.recipient.country != "APC" for e in code(APEC_SUMMIT))
    assert ("CONSULT", "CAN", "NAO") in summary(code(NATO_SUMMIT))
    # who attends an APEC summit does not meet APEC
    assert all(recipient != "APC" for _, _, recipient in summary(code(APEC_ATTENDED)))
