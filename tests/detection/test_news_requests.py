"""Rule tests for threat, request and refusal constructions of real news (issue 11, class L3): threats to cut
support or end a deal, "at the request of X", a second reported "needed to" clause, "despite opposition from X".
Sentences are the tests' own."""

from __future__ import annotations

from tests.detection.conftest import summary

# Washington threatened to reduce support for Britain.
CUT_SUPPORT = [
    ("Washington", "PROPN", "NNP", "nsubj", 1, "Washington"),
    ("threatened", "VERB", "VBD", "ROOT", 1, "threaten"),
    ("to", "PART", "TO", "aux", 3, "to"),
    ("reduce", "VERB", "VB", "xcomp", 1, "reduce"),
    ("support", "NOUN", "NN", "dobj", 3, "support"),
    ("for", "ADP", "IN", "prep", 3, "for"),
    ("Britain", "PROPN", "NNP", "pobj", 5, "Britain"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Canada threatened to terminate the trade deal with Japan.
END_DEAL = [
    ("Canada", "PROPN", "NNP", "nsubj", 1, "Canada"),
    ("threatened", "VERB", "VBD", "ROOT", 1, "threaten"),
    ("to", "PART", "TO", "aux", 3, "to"),
    ("terminate", "VERB", "VB", "xcomp", 1, "terminate"),
    ("the", "DET", "DT", "det", 6, "the"),
    ("trade", "NOUN", "NN", "compound", 6, "trade"),
    ("deal", "NOUN", "NN", "dobj", 3, "deal"),
    ("with", "ADP", "IN", "prep", 6, "with"),
    ("Japan", "PROPN", "NNP", "pobj", 7, "Japan"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# The minister threatened to cut the budget.
CUT_BUDGET = [
    ("The", "DET", "DT", "det", 1, "the"),
    ("minister", "NOUN", "NN", "nsubj", 2, "minister"),
    ("threatened", "VERB", "VBD", "ROOT", 2, "threaten"),
    ("to", "PART", "TO", "aux", 4, "to"),
    ("cut", "VERB", "VB", "xcomp", 2, "cut"),
    ("the", "DET", "DT", "det", 6, "the"),
    ("budget", "NOUN", "NN", "dobj", 4, "budget"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# The UN will meet on Friday at the request of France and Germany to discuss the crisis.
AT_REQUEST = [
    ("The", "DET", "DT", "det", 1, "the"),
    ("UN", "PROPN", "NNP", "nsubj", 3, "UN"),
    ("will", "AUX", "MD", "aux", 3, "will"),
    ("meet", "VERB", "VB", "ROOT", 3, "meet"),
    ("on", "ADP", "IN", "prep", 3, "on"),
    ("Friday", "PROPN", "NNP", "pobj", 4, "Friday"),
    ("at", "ADP", "IN", "prep", 3, "at"),
    ("the", "DET", "DT", "det", 8, "the"),
    ("request", "NOUN", "NN", "pobj", 6, "request"),
    ("of", "ADP", "IN", "prep", 8, "of"),
    ("France", "PROPN", "NNP", "pobj", 9, "France"),
    ("and", "CCONJ", "CC", "cc", 10, "and"),
    ("Germany", "PROPN", "NNP", "conj", 10, "Germany"),
    ("to", "PART", "TO", "aux", 14, "to"),
    ("discuss", "VERB", "VB", "acl", 8, "discuss"),
    ("the", "DET", "DT", "det", 16, "the"),
    ("crisis", "NOUN", "NN", "dobj", 14, "crisis"),
    (".", "PUNCT", ".", "punct", 3, "."),
]
# The British envoy said the test was reckless and that the UN now needed to respond firmly.
SECOND_CLAUSE = [
    ("The", "DET", "DT", "det", 2, "the"),
    ("British", "ADJ", "JJ", "amod", 2, "british"),
    ("envoy", "NOUN", "NN", "nsubj", 3, "envoy"),
    ("said", "VERB", "VBD", "ROOT", 3, "say"),
    ("the", "DET", "DT", "det", 5, "the"),
    ("test", "NOUN", "NN", "nsubj", 6, "test"),
    ("was", "VERB", "VBD", "ccomp", 3, "be"),
    ("reckless", "ADJ", "JJ", "acomp", 6, "reckless"),
    ("and", "CCONJ", "CC", "cc", 6, "and"),
    ("that", "ADP", "IN", "mark", 13, "that"),
    ("the", "DET", "DT", "det", 11, "the"),
    ("UN", "PROPN", "NNP", "nsubj", 13, "UN"),
    ("now", "ADV", "RB", "advmod", 13, "now"),
    ("needed", "VERB", "VBD", "conj", 6, "need"),
    ("to", "PART", "TO", "aux", 15, "to"),
    ("respond", "VERB", "VB", "xcomp", 13, "respond"),
    ("firmly", "ADV", "RB", "advmod", 15, "firmly"),
    (".", "PUNCT", ".", "punct", 3, "."),
]
# Britain pushed the plan through despite opposition from Italy and Japan.
DESPITE_FROM = [
    ("Britain", "PROPN", "NNP", "nsubj", 1, "Britain"),
    ("pushed", "VERB", "VBD", "ROOT", 1, "push"),
    ("the", "DET", "DT", "det", 3, "the"),
    ("plan", "NOUN", "NN", "dobj", 1, "plan"),
    ("through", "ADP", "IN", "prep", 1, "through"),
    ("despite", "ADP", "IN", "prep", 1, "despite"),
    ("opposition", "NOUN", "NN", "pobj", 5, "opposition"),
    ("from", "ADP", "IN", "prep", 6, "from"),
    ("Italy", "PROPN", "NNP", "pobj", 7, "Italy"),
    ("and", "CCONJ", "CC", "cc", 8, "and"),
    ("Japan", "PROPN", "NNP", "conj", 8, "Japan"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Britain wants the plan adopted, despite American objections.
DESPITE_ADJ = [
    ("Britain", "PROPN", "NNP", "nsubj", 1, "Britain"),
    ("wants", "VERB", "VBZ", "ROOT", 1, "want"),
    ("the", "DET", "DT", "det", 3, "the"),
    ("plan", "NOUN", "NN", "nsubj", 4, "plan"),
    ("adopted", "VERB", "VBN", "ccomp", 1, "adopt"),
    (",", "PUNCT", ",", "punct", 1, ","),
    ("despite", "ADP", "IN", "prep", 1, "despite"),
    ("American", "ADJ", "JJ", "amod", 8, "american"),
    ("objections", "NOUN", "NNS", "pobj", 6, "objection"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# The opposition party in Italy praised Japan.
OPPOSITION_PARTY = [
    ("The", "DET", "DT", "det", 2, "the"),
    ("opposition", "NOUN", "NN", "compound", 2, "opposition"),
    ("party", "NOUN", "NN", "nsubj", 5, "party"),
    ("in", "ADP", "IN", "prep", 2, "in"),
    ("Italy", "PROPN", "NNP", "pobj", 3, "Italy"),
    ("praised", "VERB", "VBD", "ROOT", 5, "praise"),
    ("Japan", "PROPN", "NNP", "dobj", 5, "Japan"),
    (".", "PUNCT", ".", "punct", 5, "."),
]

# Washington criticised Japan for its low defense spending and threatened to reduce support.
SHARED = [
    ("Washington", "PROPN", "NNP", "nsubj", 1, "Washington"),
    ("criticised", "VERB", "VBD", "ROOT", 1, "criticise"),
    ("Japan", "PROPN", "NNP", "dobj", 1, "Japan"),
    ("for", "ADP", "IN", "prep", 1, "for"),
    ("its", "PRON", "PRP$", "poss", 7, "its"),
    ("low", "ADJ", "JJ", "amod", 7, "low"),
    ("defense", "NOUN", "NN", "compound", 7, "defense"),
    ("spending", "NOUN", "NN", "pobj", 3, "spending"),
    ("and", "CCONJ", "CC", "cc", 1, "and"),
    ("threatened", "VERB", "VBD", "conj", 1, "threaten"),
    ("to", "PART", "TO", "aux", 11, "to"),
    ("reduce", "VERB", "VB", "xcomp", 9, "reduce"),
    ("support", "NOUN", "NN", "dobj", 11, "support"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Washington criticised Japan and threatened to cut aid to Iran.
OWN_TARGET = [
    ("Washington", "PROPN", "NNP", "nsubj", 1, "Washington"),
    ("criticised", "VERB", "VBD", "ROOT", 1, "criticise"),
    ("Japan", "PROPN", "NNP", "dobj", 1, "Japan"),
    ("and", "CCONJ", "CC", "cc", 1, "and"),
    ("threatened", "VERB", "VBD", "conj", 1, "threaten"),
    ("to", "PART", "TO", "aux", 6, "to"),
    ("cut", "VERB", "VB", "xcomp", 4, "cut"),
    ("aid", "NOUN", "NN", "dobj", 6, "aid"),
    ("to", "ADP", "IN", "prep", 6, "to"),
    ("Iran", "PROPN", "NNP", "pobj", 8, "Iran"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_threat_to_reduce_support_names_the_one_backed(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(CUT_SUPPORT)) == {("THREATEN", "USA", "GBR")}
    assert code(CUT_SUPPORT)[0].cameo.code == "1311"


def test_threat_to_end_a_deal_is_a_threat_to_relations(code) -> None:  # type: ignore[no-untyped-def]
    events = code(END_DEAL)
    assert summary(events) == {("THREATEN", "CAN", "JPN")}
    assert events[0].cameo.code == "1313"


def test_threat_to_cut_a_budget_is_no_event(code) -> None:  # type: ignore[no-untyped-def]
    assert code(CUT_BUDGET) == []


def test_at_the_request_of_each_asker_requests_of_the_subject(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(AT_REQUEST)) == {("REQUEST", "FRA", "UNO"), ("REQUEST", "DEU", "UNO")}


def test_needed_to_in_a_second_reported_clause(code) -> None:  # type: ignore[no-untyped-def]
    assert ("REQUEST", "GBR", "UNO") in summary(code(SECOND_CLAUSE))


def test_despite_opposition_from_x_is_x_rejecting_the_subject(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(DESPITE_FROM)) == {("REJECT", "ITA", "GBR"), ("REJECT", "JPN", "GBR")}
    assert summary(code(DESPITE_ADJ)) == {("REJECT", "USA", "GBR")}


def test_an_opposition_party_is_no_refusal(code) -> None:  # type: ignore[no-untyped-def]
    assert not any(e.event_type == "REJECT" for e in code(OPPOSITION_PARTY))


def test_a_coordinated_threat_shares_the_first_acts_target(code) -> None:  # type: ignore[no-untyped-def]
    assert ("THREATEN", "USA", "JPN") in summary(code(SHARED))


def test_a_coordinated_threat_with_its_own_target_keeps_it(code) -> None:  # type: ignore[no-untyped-def]
    threats = {s for s in summary(code(OWN_TARGET)) if s[0] == "THREATEN"}
    assert threats == {("THREATEN", "USA", "IRN")}
