"""Tests for roles.py: who acts and who receives, read from hand-built dependency parses."""

from __future__ import annotations

from streams.detection import roles
from streams.detection.lexicon import TriggerRule
from tests.detection.conftest import make_doc, summary

# Russia said on Tuesday that Sudan must return the helicopter.
MUST = [
    ("Russia", "PROPN", "NNP", "nsubj", 1, "Russia"),
    ("said", "VERB", "VBD", "ROOT", 1, "say"),
    ("on", "ADP", "IN", "prep", 1, "on"),
    ("Tuesday", "PROPN", "NNP", "pobj", 2, "Tuesday"),
    ("that", "SCONJ", "IN", "mark", 7, "that"),
    ("Sudan", "PROPN", "NNP", "nsubj", 7, "Sudan"),
    ("must", "AUX", "MD", "aux", 7, "must"),
    ("return", "VERB", "VB", "ccomp", 1, "return"),
    ("the", "DET", "DT", "det", 9, "the"),
    ("helicopter", "NOUN", "NN", "dobj", 7, "helicopter"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# We must act now.
WE_MUST = [
    ("We", "PRON", "PRP", "nsubj", 2, "we"),
    ("must", "AUX", "MD", "aux", 2, "must"),
    ("act", "VERB", "VB", "ROOT", 2, "act"),
    ("now", "ADV", "RB", "advmod", 2, "now"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# Russia threatened to stop negotiations if the United States goes ahead.
IF_CLAUSE = [
    ("Russia", "PROPN", "NNP", "nsubj", 1, "Russia"),
    ("threatened", "VERB", "VBD", "ROOT", 1, "threaten"),
    ("to", "PART", "TO", "aux", 3, "to"),
    ("stop", "VERB", "VB", "xcomp", 1, "stop"),
    ("negotiations", "NOUN", "NNS", "dobj", 3, "negotiation"),
    ("if", "SCONJ", "IN", "mark", 9, "if"),
    ("the", "DET", "DT", "det", 8, "the"),
    ("United", "PROPN", "NNP", "compound", 8, "United"),
    ("States", "PROPN", "NNP", "nsubj", 9, "States"),
    ("goes", "VERB", "VBZ", "advcl", 3, "go"),
    ("ahead", "ADV", "RB", "advmod", 9, "ahead"),
    (".", "PUNCT", ".", "punct", 1, "."),
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
# The United States demanded that Iran end its program.
DEMANDED = [
    ("The", "DET", "DT", "det", 2, "the"),
    ("United", "PROPN", "NNP", "compound", 2, "United"),
    ("States", "PROPN", "NNP", "nsubj", 3, "States"),
    ("demanded", "VERB", "VBD", "ROOT", 3, "demand"),
    ("that", "SCONJ", "IN", "mark", 6, "that"),
    ("Iran", "PROPN", "NNP", "nsubj", 6, "Iran"),
    ("end", "VERB", "VB", "ccomp", 3, "end"),
    ("its", "PRON", "PRP$", "poss", 8, "its"),
    ("program", "NOUN", "NN", "dobj", 6, "program"),
    (".", "PUNCT", ".", "punct", 3, "."),
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
# Opposition groups in Zimbabwe are demanding that the president resign.
DOMESTIC = [
    ("Opposition", "NOUN", "NN", "compound", 1, "opposition"),
    ("groups", "NOUN", "NNS", "nsubj", 5, "group"),
    ("in", "ADP", "IN", "prep", 1, "in"),
    ("Zimbabwe", "PROPN", "NNP", "pobj", 2, "Zimbabwe"),
    ("are", "AUX", "VBP", "aux", 5, "be"),
    ("demanding", "VERB", "VBG", "ROOT", 5, "demand"),
    ("that", "SCONJ", "IN", "mark", 9, "that"),
    ("the", "DET", "DT", "det", 8, "the"),
    ("president", "PROPN", "NNP", "nsubj", 9, "president"),
    ("resign", "NOUN", "NN", "ccomp", 5, "resign"),
    (".", "PUNCT", ".", "punct", 5, "."),
]

RULE = TriggerRule(id="t", family="t", event_type="REQUEST", pattern=({"LOWER": "x"},), cameo="100")


def words(tokens):
    return [t.text for t in tokens]


def test_core_keeps_possessors_and_compounds_but_not_prepositions(blank_vocab_nlp):
    doc = make_doc(blank_vocab_nlp.vocab, REFUSED)
    king = doc[8]
    assert words(roles.core(king)) == ["Jordan", "'s", "king"]
    groups = make_doc(blank_vocab_nlp.vocab, DOMESTIC)[1]
    assert words(roles.core(groups)) == ["Opposition", "groups"]
    assert [words(w) for w in roles.affiliations(groups)] == [["Zimbabwe"]]


def test_reported_modal_reads_reporter_and_clause_subject(blank_vocab_nlp):
    doc = make_doc(blank_vocab_nlp.vocab, MUST)
    found = roles.roles_of(doc[6], TriggerRule(**{**RULE.__dict__, "frame": "reported"}))
    assert words(found.actors) == ["Russia"] and words(found.recipients) == ["Sudan"]
    alone = make_doc(blank_vocab_nlp.vocab, WE_MUST)
    assert roles.roles_of(alone[1], TriggerRule(**{**RULE.__dict__, "frame": "reported"})).actors == []


def test_condition_subject_before_complement_objects(blank_vocab_nlp):
    doc = make_doc(blank_vocab_nlp.vocab, IF_CLAUSE)
    assert words(roles.condition_subjects(doc[1])) == ["States"]
    assert words(roles.complement_targets(doc[1])) == ["negotiations"]


def test_complement_targets_follow_prepositions_of_the_object(blank_vocab_nlp):
    doc = make_doc(blank_vocab_nlp.vocab, BREAK)
    assert "Iraq" in words(roles.complement_targets(doc[1]))


def test_clause_subject_of_a_that_clause(blank_vocab_nlp):
    doc = make_doc(blank_vocab_nlp.vocab, DEMANDED)
    assert words(roles.clause_subjects(doc[3])) == ["Iran"]
    assert words(roles.subject_of(doc[3])) == ["States"]


# China on Friday denounced as an ugly crime Russia's suppression of the protests.
DENOUNCED_AS = [
    ("China", "PROPN", "NNP", "nsubj", 3, "China"),
    ("on", "ADP", "IN", "prep", 3, "on"),
    ("Friday", "PROPN", "NNP", "pobj", 1, "Friday"),
    ("denounced", "VERB", "VBD", "ROOT", 3, "denounce"),
    ("as", "ADP", "IN", "prep", 3, "as"),
    ("an", "DET", "DT", "det", 7, "an"),
    ("ugly", "ADJ", "JJ", "amod", 7, "ugly"),
    ("crime", "NOUN", "NN", "pobj", 4, "crime"),
    ("Russia", "PROPN", "NNP", "poss", 10, "Russia"),
    ("'s", "PART", "POS", "case", 8, "'s"),
    ("suppression", "NOUN", "NN", "appos", 7, "suppression"),
    ("of", "ADP", "IN", "prep", 10, "of"),
    ("the", "DET", "DT", "det", 13, "the"),
    ("protests", "NOUN", "NNS", "pobj", 11, "protest"),
    (".", "PUNCT", ".", "punct", 3, "."),
]
# Russia refused to allow Chinese planes to land.
REFUSED_TO_ALLOW = [
    ("Russia", "PROPN", "NNP", "nsubj", 1, "Russia"),
    ("refused", "VERB", "VBD", "ROOT", 1, "refuse"),
    ("to", "PART", "TO", "aux", 3, "to"),
    ("allow", "VERB", "VB", "xcomp", 1, "allow"),
    ("Chinese", "ADJ", "JJ", "amod", 5, "chinese"),
    ("planes", "NOUN", "NNS", "nsubj", 7, "plane"),
    ("to", "PART", "TO", "aux", 7, "to"),
    ("land", "VERB", "VB", "ccomp", 3, "land"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# The United States suspended part of a military aid program for Sudan.
PART_OF_AID = [
    ("The", "DET", "DT", "det", 2, "the"),
    ("United", "PROPN", "NNP", "compound", 2, "United"),
    ("States", "PROPN", "NNP", "nsubj", 3, "States"),
    ("suspended", "VERB", "VBD", "ROOT", 3, "suspend"),
    ("part", "NOUN", "NN", "dobj", 3, "part"),
    ("of", "ADP", "IN", "prep", 4, "of"),
    ("a", "DET", "DT", "det", 9, "a"),
    ("military", "ADJ", "JJ", "amod", 8, "military"),
    ("aid", "NOUN", "NN", "compound", 9, "aid"),
    ("program", "NOUN", "NN", "pobj", 5, "program"),
    ("for", "ADP", "IN", "prep", 9, "for"),
    ("Sudan", "PROPN", "NNP", "pobj", 10, "Sudan"),
    (".", "PUNCT", ".", "punct", 3, "."),
]


def test_an_object_shifted_after_its_as_predicate_is_the_object(blank_vocab_nlp, code):
    doc = make_doc(blank_vocab_nlp.vocab, DENOUNCED_AS)
    assert words(roles.shifted_objects(doc[3])) == ["suppression"]
    # a verb with an object of its own has nothing shifted
    assert roles.shifted_objects(make_doc(blank_vocab_nlp.vocab, REFUSED)[5]) == []
    assert summary(code(DENOUNCED_AS)) == {("ACCUSE", "CHN", "RUS")}


def test_the_one_allowed_in_a_refused_permission_is_the_clause_subject(blank_vocab_nlp, code):
    doc = make_doc(blank_vocab_nlp.vocab, REFUSED_TO_ALLOW)
    assert words(roles.complement_targets(doc[1])) == ["planes"]
    assert summary(code(REFUSED_TO_ALLOW)) == {("REJECT", "RUS", "CHN")}


def test_recipient_prepositions_of_the_objects_of_phrase(code):
    assert summary(code(PART_OF_AID)) == {("SANCTION", "USA", "SDN")}
