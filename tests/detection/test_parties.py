"""Rule tests for who the parties of an event are and what the act is (issue 11, PUSH.md false-positive classes):
an addressed act on a thing named in another sentence, a forum named only as the name of its summit, a city naming
an accord, a vow not to let, an act inside what a call asks for or an outsider believes, a courtesy call that is a
visit, not an appeal, a vow to withdraw from an accord, a rule stated with "can only", and a deadline
allowed to pass.

Every sentence is written for this test and given as en_core_web_sm parses it (no model is loaded).
"""

from __future__ import annotations

from streams.detection.actors import Mention
from streams.detection.pipeline import forum_of_meeting
from tests.detection.conftest import make_doc, summary

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

# Japan vowed not to let China build the base.
VOWED_NOT_TO_LET = [
    ("Japan", "PROPN", "NNP", "nsubj", 1, "Japan"),
    ("vowed", "VERB", "VBD", "ROOT", 1, "vow"),
    ("not", "ADV", "RB", "neg", 4, "not"),
    ("to", "PART", "TO", "aux", 4, "to"),
    ("let", "VERB", "VB", "xcomp", 1, "let"),
    ("China", "PROPN", "NNP", "nsubj", 6, "China"),
    ("build", "VERB", "VB", "ccomp", 4, "build"),
    ("the", "DET", "DT", "det", 8, "the"),
    ("base", "NOUN", "NN", "dobj", 6, "base"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Japan vowed not to return the islands to China.
VOWED_NOT_TO_RETURN = [
    ("Japan", "PROPN", "NNP", "nsubj", 1, "Japan"),
    ("vowed", "VERB", "VBD", "ROOT", 1, "vow"),
    ("not", "ADV", "RB", "neg", 4, "not"),
    ("to", "PART", "TO", "aux", 4, "to"),
    ("return", "VERB", "VB", "xcomp", 1, "return"),
    ("the", "DET", "DT", "det", 6, "the"),
    ("islands", "NOUN", "NNS", "dobj", 4, "island"),
    ("to", "ADP", "IN", "prep", 4, "to"),
    ("China", "PROPN", "NNP", "pobj", 7, "China"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Canada vowed to withdraw from the Paris climate accord.
PARIS_ACCORD = [
    ("Canada", "PROPN", "NNP", "nsubj", 1, "Canada"),
    ("vowed", "VERB", "VBD", "ROOT", 1, "vow"),
    ("to", "PART", "TO", "aux", 3, "to"),
    ("withdraw", "VERB", "VB", "xcomp", 1, "withdraw"),
    ("from", "ADP", "IN", "prep", 3, "from"),
    ("the", "DET", "DT", "det", 8, "the"),
    ("Paris", "PROPN", "NNP", "compound", 8, "Paris"),
    ("climate", "NOUN", "NN", "compound", 8, "climate"),
    ("accord", "NOUN", "NN", "pobj", 4, "accord"),
    (".", "PUNCT", ".", "punct", 1, "."),
]

# The Japanese minister paid a courtesy call on the Chinese president.
COURTESY_CALL = [
    ("The", "DET", "DT", "det", 2, "the"),
    ("Japanese", "ADJ", "JJ", "amod", 2, "japanese"),
    ("minister", "NOUN", "NN", "nsubj", 3, "minister"),
    ("paid", "VERB", "VBD", "ROOT", 3, "pay"),
    ("a", "DET", "DT", "det", 6, "a"),
    ("courtesy", "ADJ", "JJ", "amod", 6, "courtesy"),
    ("call", "NOUN", "NN", "dobj", 3, "call"),
    ("on", "ADP", "IN", "prep", 6, "on"),
    ("the", "DET", "DT", "det", 10, "the"),
    ("Chinese", "ADJ", "JJ", "amod", 10, "chinese"),
    ("president", "NOUN", "NN", "pobj", 7, "president"),
    (".", "PUNCT", ".", "punct", 3, "."),
]
# The Japanese minister called on China to release the crew.
CALLS_ON = [
    ("The", "DET", "DT", "det", 2, "the"),
    ("Japanese", "ADJ", "JJ", "amod", 2, "japanese"),
    ("minister", "NOUN", "NN", "nsubj", 3, "minister"),
    ("called", "VERB", "VBD", "ROOT", 3, "call"),
    ("on", "ADP", "IN", "prep", 3, "on"),
    ("China", "PROPN", "NNP", "pobj", 4, "China"),
    ("to", "PART", "TO", "aux", 7, "to"),
    ("release", "VERB", "VB", "xcomp", 3, "release"),
    ("the", "DET", "DT", "det", 9, "the"),
    ("crew", "NOUN", "NN", "dobj", 7, "crew"),
    (".", "PUNCT", ".", "punct", 3, "."),
]

# China called for a halt to joint military drills between the US and South Korea.
CALLED_FOR_HALT = [
    ("China", "PROPN", "NNP", "nsubj", 1, "China"),
    ("called", "VERB", "VBD", "ROOT", 1, "call"),
    ("for", "ADP", "IN", "prep", 1, "for"),
    ("a", "DET", "DT", "det", 4, "a"),
    ("halt", "NOUN", "NN", "pobj", 2, "halt"),
    ("to", "ADP", "IN", "prep", 4, "to"),
    ("joint", "ADJ", "JJ", "amod", 8, "joint"),
    ("military", "ADJ", "JJ", "amod", 8, "military"),
    ("drills", "NOUN", "NNS", "pobj", 5, "drill"),
    ("between", "ADP", "IN", "prep", 8, "between"),
    ("the", "DET", "DT", "det", 11, "the"),
    ("US", "PROPN", "NNP", "pobj", 9, "US"),
    ("and", "CCONJ", "CC", "cc", 11, "and"),
    ("South", "PROPN", "NNP", "compound", 14, "South"),
    ("Korea", "PROPN", "NNP", "conj", 11, "Korea"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# The US held joint military drills with South Korea.
HELD_DRILLS = [
    ("The", "DET", "DT", "det", 1, "the"),
    ("US", "PROPN", "NNP", "nsubj", 2, "US"),
    ("held", "VERB", "VBD", "ROOT", 2, "hold"),
    ("joint", "ADJ", "JJ", "amod", 5, "joint"),
    ("military", "ADJ", "JJ", "amod", 5, "military"),
    ("drills", "NOUN", "NNS", "dobj", 2, "drill"),
    ("with", "ADP", "IN", "prep", 2, "with"),
    ("South", "PROPN", "NNP", "compound", 8, "South"),
    ("Korea", "PROPN", "NNP", "pobj", 6, "Korea"),
    (".", "PUNCT", ".", "punct", 2, "."),
]

# Smith believes the US will continue to pressure North Korea.
ANALYST_BELIEVES = [
    ("Smith", "PROPN", "NNP", "nsubj", 1, "Smith"),
    ("believes", "VERB", "VBZ", "ROOT", 1, "believe"),
    ("the", "DET", "DT", "det", 3, "the"),
    ("US", "PROPN", "NNP", "nsubj", 5, "US"),
    ("will", "AUX", "MD", "aux", 5, "will"),
    ("continue", "VERB", "VB", "ccomp", 1, "continue"),
    ("to", "PART", "TO", "aux", 7, "to"),
    ("pressure", "VERB", "VB", "xcomp", 5, "pressure"),
    ("North", "PROPN", "NNP", "compound", 9, "North"),
    ("Korea", "PROPN", "NNP", "dobj", 7, "Korea"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Japan believes the US will continue to pressure North Korea.
JAPAN_BELIEVES = [
    ("Japan", "PROPN", "NNP", "nsubj", 1, "Japan"),
    ("believes", "VERB", "VBZ", "ROOT", 1, "believe"),
    ("the", "DET", "DT", "det", 3, "the"),
    ("US", "PROPN", "NNP", "nsubj", 5, "US"),
    ("will", "AUX", "MD", "aux", 5, "will"),
    ("continue", "VERB", "VB", "ccomp", 1, "continue"),
    ("to", "PART", "TO", "aux", 7, "to"),
    ("pressure", "VERB", "VB", "xcomp", 5, "pressure"),
    ("North", "PROPN", "NNP", "compound", 9, "North"),
    ("Korea", "PROPN", "NNP", "dobj", 7, "Korea"),
    (".", "PUNCT", ".", "punct", 1, "."),
]

# Japan vowed to withdraw from the whaling treaty.
VOWED_TO_WITHDRAW = [
    ("Japan", "PROPN", "NNP", "nsubj", 1, "Japan"),
    ("vowed", "VERB", "VBD", "ROOT", 1, "vow"),
    ("to", "PART", "TO", "aux", 3, "to"),
    ("withdraw", "VERB", "VB", "xcomp", 1, "withdraw"),
    ("from", "ADP", "IN", "prep", 3, "from"),
    ("the", "DET", "DT", "det", 7, "the"),
    ("whaling", "VERB", "VBG", "amod", 7, "whale"),
    ("treaty", "NOUN", "NN", "pobj", 4, "treaty"),
    (".", "PUNCT", ".", "punct", 1, "."),
]

# The UN can only reject an offer from Japan on quality grounds.
CAN_ONLY_REJECT = [
    ("The", "DET", "DT", "det", 1, "the"),
    ("UN", "PROPN", "NNP", "nsubj", 4, "UN"),
    ("can", "AUX", "MD", "aux", 4, "can"),
    ("only", "ADV", "RB", "advmod", 4, "only"),
    ("reject", "VERB", "VB", "ROOT", 4, "reject"),
    ("an", "DET", "DT", "det", 6, "an"),
    ("offer", "NOUN", "NN", "dobj", 4, "offer"),
    ("from", "ADP", "IN", "prep", 6, "from"),
    ("Japan", "PROPN", "NNP", "pobj", 7, "Japan"),
    ("on", "ADP", "IN", "prep", 6, "on"),
    ("quality", "NOUN", "NN", "compound", 11, "quality"),
    ("grounds", "NOUN", "NNS", "pobj", 9, "ground"),
    (".", "PUNCT", ".", "punct", 4, "."),
]
# The UN rejected an offer from Japan on quality grounds.
CAN_REJECT = [
    ("The", "DET", "DT", "det", 1, "the"),
    ("UN", "PROPN", "NNP", "nsubj", 2, "UN"),
    ("rejected", "VERB", "VBD", "ROOT", 2, "reject"),
    ("an", "DET", "DT", "det", 4, "an"),
    ("offer", "NOUN", "NN", "dobj", 2, "offer"),
    ("from", "ADP", "IN", "prep", 4, "from"),
    ("Japan", "PROPN", "NNP", "pobj", 5, "Japan"),
    ("on", "ADP", "IN", "prep", 4, "on"),
    ("quality", "NOUN", "NN", "compound", 9, "quality"),
    ("grounds", "NOUN", "NNS", "pobj", 7, "ground"),
    (".", "PUNCT", ".", "punct", 2, "."),
]

# Washington will allow the deadline on sanctions against Iran to pass this week.
ALLOW_DEADLINE = [
    ("Washington", "PROPN", "NNP", "nsubj", 2, "Washington"),
    ("will", "AUX", "MD", "aux", 2, "will"),
    ("allow", "VERB", "VB", "ROOT", 2, "allow"),
    ("the", "DET", "DT", "det", 4, "the"),
    ("deadline", "NOUN", "NN", "nsubj", 10, "deadline"),
    ("on", "ADP", "IN", "prep", 4, "on"),
    ("sanctions", "NOUN", "NNS", "pobj", 5, "sanction"),
    ("against", "ADP", "IN", "prep", 6, "against"),
    ("Iran", "PROPN", "NNP", "pobj", 7, "Iran"),
    ("to", "PART", "TO", "aux", 10, "to"),
    ("pass", "VERB", "VB", "ccomp", 2, "pass"),
    ("this", "DET", "DT", "det", 12, "this"),
    ("week", "NOUN", "NN", "npadvmod", 10, "week"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# Japan will allow Iranian refugees to return this week.
ALLOW_REFUGEES = [
    ("Japan", "PROPN", "NNP", "nsubj", 2, "Japan"),
    ("will", "AUX", "MD", "aux", 2, "will"),
    ("allow", "VERB", "VB", "ROOT", 2, "allow"),
    ("Iranian", "ADJ", "JJ", "amod", 4, "iranian"),
    ("refugees", "NOUN", "NNS", "nsubj", 6, "refugee"),
    ("to", "PART", "TO", "aux", 6, "to"),
    ("return", "VERB", "VB", "ccomp", 2, "return"),
    ("this", "DET", "DT", "det", 8, "this"),
    ("week", "NOUN", "NN", "npadvmod", 6, "week"),
    (".", "PUNCT", ".", "punct", 2, "."),
]


def test_an_act_on_a_thing_named_before_gives_no_one_party_record(code):
    # "that idea", "the idea ... rejected by": the party acted on is in another sentence
    assert summary(code(THAT_IDEA)) == set()
    assert summary(code(IDEA_REJECTED_BY)) == set()
    # an offer has an author the sentence could name: the refusal still codes
    assert summary(code(REJECTED_THE_OFFER)) == {("REJECT", "DEU", None)}


def test_a_forum_named_by_its_summit_is_no_party(code, blank_vocab_nlp):
    # "told the APEC summit", "attended the APEC summit": APEC is the meeting's name, not a party
    for spec in (APEC_SUMMIT, APEC_ATTENDED):
        doc = make_doc(blank_vocab_nlp.vocab, spec)
        assert forum_of_meeting(doc, Mention(3, 4, "ORG", "APC", "APEC", "IGO"))
        assert all(e.recipient is None or e.recipient.country != "APC" for e in code(spec))
    # NATO acts for itself: a NATO summit is a meeting with NATO
    assert not forum_of_meeting(make_doc(blank_vocab_nlp.vocab, NATO_SUMMIT), Mention(3, 4, "ORG", "NAO", "NATO"))
    assert ("CONSULT", "CAN", "NAO") in summary(code(NATO_SUMMIT))


def test_a_vow_not_to_let_is_no_refusal(code):
    # a promise to stop someone, not a refusal of anyone; "vowed not to return" stays a refusal
    assert all(e.event_type != "REJECT" for e in code(VOWED_NOT_TO_LET))
    assert ("REJECT", "JPN", "CHN") in summary(code(VOWED_NOT_TO_RETURN))


def test_a_city_naming_an_accord_is_no_party(code):
    assert all(e.recipient is None for e in code(PARIS_ACCORD))


def test_a_courtesy_call_on_x_is_a_visit_not_an_appeal(code):
    assert summary(code(COURTESY_CALL)) == {("CONSULT", "JPN", "CHN")}
    assert ("REQUEST", "JPN", "CHN") in summary(code(CALLS_ON))


def test_what_a_call_asks_for_is_no_event_of_its_own(code):
    # "called for a halt to drills between X and Y": the drills are the content of the demand
    assert all(e.event_type != "COOPERATE" for e in code(CALLED_FOR_HALT))
    assert ("COOPERATE", "USA", "KOR") in summary(code(HELD_DRILLS))


def test_what_an_outsider_believes_will_happen_is_no_event(code):
    assert all(e.event_type != "REQUEST" for e in code(ANALYST_BELIEVES))
    # a party's belief is its statement
    assert ("REQUEST", "USA", "PRK") in summary(code(JAPAN_BELIEVES))


def test_a_vow_to_withdraw_from_an_agreement_rejects_it(code):
    assert summary(code(VOWED_TO_WITHDRAW)) == {("REJECT", "JPN", None)}


def test_what_a_party_can_only_do_is_a_rule_not_an_act(code):
    assert code(CAN_ONLY_REJECT) == []
    assert summary(code(CAN_REJECT)) == {("REJECT", "UNO", "JPN")}


def test_a_deadline_allowed_to_pass_is_no_permission(code):
    assert all(e.event_type != "AGREE" for e in code(ALLOW_DEADLINE))
    assert any(e.event_type == "AGREE" for e in code(ALLOW_REFUGEES))
