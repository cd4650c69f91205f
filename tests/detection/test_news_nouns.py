"""Rule tests for noun triggers whose actor is outside the noun phrase, and the senses and resolution steps they need
(issue 11, class R4): "welcoming X's support", "a resolution calling for action against X" (the adopter calls),
"officials" under a dateline (a post alone also when the dateline state is the second named), "X said progress was
made in talks with Y" (the reporter holds the talks), "talks on X's membership of Y", "her remark was an endorsement
of X" (the possessor of what is said), "received a call from X to thank him" (the sender's purpose). Own
sentences."""

from __future__ import annotations

from tests.detection.conftest import summary

# Xi Jinping is welcoming Washington's support for the plan.
WELCOMING = [
    ("Xi", "PROPN", "NNP", "compound", 1, "Xi"),
    ("Jinping", "PROPN", "NNP", "nsubj", 3, "Jinping"),
    ("is", "VERB", "VBZ", "aux", 3, "be"),
    ("welcoming", "VERB", "VBG", "ROOT", 3, "welcome"),
    ("Washington", "PROPN", "NNP", "poss", 6, "Washington"),
    ("'s", "PART", "POS", "case", 4, "'s"),
    ("support", "NOUN", "NN", "dobj", 3, "support"),
    ("for", "ADP", "IN", "prep", 6, "for"),
    ("the", "DET", "DT", "det", 9, "the"),
    ("plan", "NOUN", "NN", "pobj", 7, "plan"),
    (".", "PUNCT", ".", "punct", 3, "."),
]
# The United States passed a resolution calling for action against Japan.
RESOLUTION = [
    ("The", "DET", "DT", "det", 2, "the"),
    ("United", "PROPN", "NNP", "compound", 2, "United"),
    ("States", "PROPN", "NNP", "nsubj", 3, "States"),
    ("passed", "VERB", "VBD", "ROOT", 3, "pass"),
    ("a", "DET", "DT", "det", 5, "a"),
    ("resolution", "NOUN", "NN", "dobj", 3, "resolution"),
    ("calling", "VERB", "VBG", "acl", 5, "call"),
    ("for", "ADP", "IN", "prep", 6, "for"),
    ("action", "NOUN", "NN", "pobj", 7, "action"),
    ("against", "ADP", "IN", "prep", 8, "against"),
    ("Japan", "PROPN", "NNP", "pobj", 9, "Japan"),
    (".", "PUNCT", ".", "punct", 3, "."),
]
# WASHINGTON, May 3 - American officials said the talks went well.
DATELINE = [
    ("WASHINGTON", "PROPN", "NNP", "npadvmod", 7, "WASHINGTON"),
    (",", "PUNCT", ",", "punct", 7, ","),
    ("May", "PROPN", "NNP", "npadvmod", 5, "May"),
    ("3", "NUM", "CD", "nummod", 2, "3"),
    ("-", "PUNCT", "HYPH", "punct", 5, "-"),
    ("American", "ADJ", "JJ", "amod", 6, "american"),
    ("officials", "NOUN", "NNS", "nsubj", 7, "official"),
    ("said", "VERB", "VBD", "ROOT", 7, "say"),
    ("the", "DET", "DT", "det", 9, "the"),
    ("talks", "NOUN", "NNS", "nsubj", 10, "talk"),
    ("went", "VERB", "VBD", "ccomp", 7, "go"),
    ("well", "ADV", "RB", "advmod", 10, "well"),
    (".", "PUNCT", ".", "punct", 7, "."),
]
# Officials called for action against China.
OFFICIALS_CALL = [
    ("Officials", "NOUN", "NNS", "nsubj", 1, "official"),
    ("called", "VERB", "VBD", "ROOT", 1, "call"),
    ("for", "ADP", "IN", "prep", 1, "for"),
    ("action", "NOUN", "NN", "pobj", 2, "action"),
    ("against", "ADP", "IN", "prep", 3, "against"),
    ("China", "PROPN", "NNP", "pobj", 4, "China"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Vladimir Putin said progress was made in trade talks with Japan.
REPORTED_TALKS = [
    ("Vladimir", "PROPN", "NNP", "compound", 1, "Vladimir"),
    ("Putin", "PROPN", "NNP", "nsubj", 2, "Putin"),
    ("said", "VERB", "VBD", "ROOT", 2, "say"),
    ("progress", "NOUN", "NN", "nsubjpass", 5, "progress"),
    ("was", "VERB", "VBD", "auxpass", 5, "be"),
    ("made", "VERB", "VBN", "ccomp", 2, "make"),
    ("in", "ADP", "IN", "prep", 5, "in"),
    ("trade", "NOUN", "NN", "compound", 8, "trade"),
    ("talks", "NOUN", "NNS", "pobj", 6, "talk"),
    ("with", "ADP", "IN", "prep", 8, "with"),
    ("Japan", "PROPN", "NNP", "pobj", 9, "Japan"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# Talks on Ukraine's membership of NATO have begun.
MEMBERSHIP = [
    ("Talks", "NOUN", "NNS", "nsubj", 8, "talk"),
    ("on", "ADP", "IN", "prep", 0, "on"),
    ("Ukraine", "PROPN", "NNP", "poss", 4, "Ukraine"),
    ("'s", "PART", "POS", "case", 2, "'s"),
    ("membership", "NOUN", "NN", "pobj", 1, "membership"),
    ("of", "ADP", "IN", "prep", 4, "of"),
    ("NATO", "PROPN", "NNP", "pobj", 5, "NATO"),
    ("have", "VERB", "VBP", "aux", 8, "have"),
    ("begun", "VERB", "VBN", "ROOT", 8, "begin"),
    (".", "PUNCT", ".", "punct", 8, "."),
]
# British Ambassador Jane Roe spoke on Monday.
ENVOY = [
    ("British", "ADJ", "JJ", "amod", 1, "british"),
    ("Ambassador", "PROPN", "NNP", "compound", 3, "Ambassador"),
    ("Jane", "PROPN", "NNP", "compound", 3, "Jane"),
    ("Roe", "PROPN", "NNP", "nsubj", 4, "Roe"),
    ("spoke", "VERB", "VBD", "ROOT", 4, "speak"),
    ("on", "ADP", "IN", "prep", 4, "on"),
    ("Monday", "PROPN", "NNP", "pobj", 5, "Monday"),
    (".", "PUNCT", ".", "punct", 4, "."),
]
# Her remark was an endorsement of the U.S. decision.
REMARK = [
    ("Her", "PRON", "PRP$", "poss", 1, "her"),
    ("remark", "NOUN", "NN", "nsubj", 2, "remark"),
    ("was", "VERB", "VBD", "ROOT", 2, "be"),
    ("an", "DET", "DT", "det", 4, "an"),
    ("endorsement", "NOUN", "NN", "attr", 2, "endorsement"),
    ("of", "ADP", "IN", "prep", 4, "of"),
    ("the", "DET", "DT", "det", 8, "the"),
    ("U.S.", "PROPN", "NNP", "compound", 8, "U.S."),
    ("decision", "NOUN", "NN", "pobj", 5, "decision"),
    (".", "PUNCT", ".", "punct", 2, "."),
]

# Vladimir Putin received a call from Xi Jinping to thank him for the help.
CALL_TO_THANK = [
    ("Vladimir", "PROPN", "NNP", "compound", 1, "Vladimir"),
    ("Putin", "PROPN", "NNP", "nsubj", 2, "Putin"),
    ("received", "VERB", "VBD", "ROOT", 2, "receive"),
    ("a", "DET", "DT", "det", 4, "a"),
    ("call", "NOUN", "NN", "dobj", 2, "call"),
    ("from", "ADP", "IN", "prep", 4, "from"),
    ("Xi", "PROPN", "NNP", "compound", 7, "Xi"),
    ("Jinping", "PROPN", "NNP", "pobj", 5, "Jinping"),
    ("to", "PART", "TO", "aux", 9, "to"),
    ("thank", "VERB", "VB", "advcl", 2, "thank"),
    ("him", "PRON", "PRP", "dobj", 9, "him"),
    ("for", "ADP", "IN", "prep", 9, "for"),
    ("the", "DET", "DT", "det", 13, "the"),
    ("help", "NOUN", "NN", "pobj", 11, "help"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# WASHINGTON, May 3 - Chinese leader Xi Jinping met U.S. officials on Monday.
DATELINE_MEETING = [
    ("WASHINGTON", "PROPN", "NNP", "npadvmod", 9, "WASHINGTON"),
    (",", "PUNCT", ",", "punct", 0, ","),
    ("May", "PROPN", "NNP", "nmod", 8, "May"),
    ("3", "NUM", "CD", "nummod", 2, "3"),
    ("-", "PUNCT", "HYPH", "punct", 6, "-"),
    ("Chinese", "ADJ", "JJ", "amod", 6, "chinese"),
    ("leader", "NOUN", "NN", "compound", 8, "leader"),
    ("Xi", "PROPN", "NNP", "compound", 8, "Xi"),
    ("Jinping", "PROPN", "NNP", "nsubj", 9, "Jinping"),
    ("met", "VERB", "VBD", "ROOT", 9, "meet"),
    ("U.S.", "PROPN", "NNP", "compound", 11, "U.S."),
    ("officials", "NOUN", "NNS", "dobj", 9, "official"),
    ("on", "ADP", "IN", "prep", 9, "on"),
    ("Monday", "PROPN", "NNP", "pobj", 12, "Monday"),
    (".", "PUNCT", ".", "punct", 9, "."),
]
# Vice President John Roe visited Beijing on Tuesday.
VICE_PRESIDENT = [
    ("Vice", "PROPN", "NNP", "compound", 1, "Vice"),
    ("President", "PROPN", "NNP", "compound", 3, "President"),
    ("John", "PROPN", "NNP", "compound", 3, "John"),
    ("Roe", "PROPN", "NNP", "nsubj", 4, "Roe"),
    ("visited", "VERB", "VBD", "ROOT", 4, "visit"),
    ("Beijing", "PROPN", "NNP", "dobj", 4, "Beijing"),
    ("on", "ADP", "IN", "prep", 4, "on"),
    ("Tuesday", "PROPN", "NNP", "pobj", 6, "Tuesday"),
    (".", "PUNCT", ".", "punct", 4, "."),
]


def test_welcoming_support_backs_whoever_gives_it(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(WELCOMING)) == {("SUPPORT", "CHN", "USA")}


def test_a_resolution_calling_for_action_against_x_is_a_demand_of_its_adopter(code) -> None:  # type: ignore[no-untyped-def]
    [event] = code(RESOLUTION)
    assert (summary([event]), event.cameo.code) == ({("REQUEST", "USA", "JPN")}, "020")


def test_officials_under_a_dateline_of_their_own_state_act_for_it(code_article) -> None:  # type: ignore[no-untyped-def]
    assert summary(code_article([DATELINE, OFFICIALS_CALL])) == {("REQUEST", "USA", "CHN")}
    assert code_article([OFFICIALS_CALL]) == []  # no dateline: nobody named


def test_the_reporter_holds_the_talks_a_subjectless_clause_tells_of(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(REPORTED_TALKS)) == {("CONSULT", "RUS", "JPN")}


def test_talks_on_membership_are_held_by_the_joining_state_with_the_body(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(MEMBERSHIP)) == {("CONSULT", "UKR", "NAO")}


def test_what_someone_says_acts_for_them(code_article) -> None:  # type: ignore[no-untyped-def]
    assert summary(code_article([ENVOY, REMARK])) == {("SUPPORT", "GBR", "USA")}


def test_the_purpose_of_a_call_received_is_the_callers(code) -> None:  # type: ignore[no-untyped-def]
    assert ("SUPPORT", "CHN", "RUS") in summary(code(CALL_TO_THANK))


def test_a_post_alone_takes_a_dateline_state_named_second(code_article) -> None:  # type: ignore[no-untyped-def]
    assert ("CONSULT", "USA", "CHN") in summary(code_article([DATELINE_MEETING, VICE_PRESIDENT]))
    # a role noun needs the article to begin with the dateline state: these officials are nobody's
    assert ("REQUEST", "USA", "CHN") not in summary(code_article([DATELINE_MEETING, OFFICIALS_CALL]))
