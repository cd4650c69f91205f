"""Tests for frame.py: the ArticleContext resolves people and places named briefly to the full actor named earlier
in the same article (surname, "Mr" + surname, a post, a country epithet). Hand-parsed sentences, no model."""

from __future__ import annotations

from tests.detection.conftest import summary

# South Korean President Moon Jae-in met North Korean leader Kim Jong-un.
FULL_NAMES = [
    ("South", "ADJ", "JJ", "amod", 1, "south"),
    ("Korean", "ADJ", "JJ", "amod", 2, "korean"),
    ("President", "PROPN", "NNP", "compound", 4, "President"),
    ("Moon", "PROPN", "NNP", "compound", 4, "Moon"),
    ("Jae", "PROPN", "NNP", "nsubj", 7, "Jae"),
    ("-", "PUNCT", "HYPH", "punct", 7, "-"),
    ("in", "NOUN", "NN", "nsubj", 7, "in"),
    ("met", "VERB", "VBD", "ROOT", 7, "meet"),
    ("North", "ADJ", "JJ", "amod", 9, "north"),
    ("Korean", "ADJ", "JJ", "amod", 10, "korean"),
    ("leader", "NOUN", "NN", "compound", 14, "leader"),
    ("Kim", "PROPN", "NNP", "compound", 14, "Kim"),
    ("Jong", "PROPN", "NNP", "compound", 14, "Jong"),
    ("-", "PUNCT", "HYPH", "punct", 14, "-"),
    ("un", "PROPN", "NNP", "dobj", 7, "un"),
    (".", "PUNCT", ".", "punct", 7, "."),
]
# Moon welcomed Kim's offer.
SURNAMES = [
    ("Moon", "PROPN", "NNP", "nsubj", 1, "Moon"),
    ("welcomed", "VERB", "VBD", "ROOT", 1, "welcome"),
    ("Kim", "PROPN", "NNP", "poss", 4, "Kim"),
    ("'s", "PART", "POS", "case", 2, "'s"),
    ("offer", "NOUN", "NN", "dobj", 1, "offer"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Russian envoy Ivan Petrov arrived.
INTRODUCED = [
    ("Russian", "ADJ", "JJ", "amod", 1, "russian"),
    ("envoy", "NOUN", "NN", "compound", 3, "envoy"),
    ("Ivan", "PROPN", "NNP", "compound", 3, "Ivan"),
    ("Petrov", "PROPN", "NNP", "nsubj", 4, "Petrov"),
    ("arrived", "VERB", "VBD", "ROOT", 4, "arrive"),
    (".", "PUNCT", ".", "punct", 4, "."),
]
# Mr Petrov accused Britain.
MR_SURNAME = [
    ("Mr", "PROPN", "NNP", "compound", 1, "Mr"),
    ("Petrov", "PROPN", "NNP", "nsubj", 2, "Petrov"),
    ("accused", "VERB", "VBD", "ROOT", 2, "accuse"),
    ("Britain", "PROPN", "NNP", "dobj", 2, "Britain"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# Joe Biden arrived.
BIDEN_ARRIVED = [
    ("Joe", "PROPN", "NNP", "compound", 1, "Joe"),
    ("Biden", "PROPN", "NNP", "nsubj", 2, "Biden"),
    ("arrived", "VERB", "VBD", "ROOT", 2, "arrive"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# The president urged Iran to halt.
THE_PRESIDENT = [
    ("The", "DET", "DT", "det", 1, "the"),
    ("president", "NOUN", "NN", "nsubj", 2, "president"),
    ("urged", "VERB", "VBD", "ROOT", 2, "urge"),
    ("Iran", "PROPN", "NNP", "dobj", 2, "Iran"),
    ("to", "PART", "TO", "aux", 5, "to"),
    ("halt", "VERB", "VB", "xcomp", 2, "halt"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# Biden accused Iran.
BIDEN_ACCUSED_IRAN = [
    ("Biden", "PROPN", "NNP", "nsubj", 1, "Biden"),
    ("accused", "VERB", "VBD", "ROOT", 1, "accuse"),
    ("Iran", "PROPN", "NNP", "dobj", 1, "Iran"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Russia demanded that the isolated country halt the tests.
ISOLATED_COUNTRY = [
    ("Russia", "PROPN", "NNP", "nsubj", 1, "Russia"),
    ("demanded", "VERB", "VBD", "ROOT", 1, "demand"),
    ("that", "ADP", "IN", "mark", 6, "that"),
    ("the", "DET", "DT", "det", 5, "the"),
    ("isolated", "ADJ", "JJ", "amod", 5, "isolated"),
    ("country", "NOUN", "NN", "nsubj", 6, "country"),
    ("halt", "VERB", "VBP", "ccomp", 1, "halt"),
    ("the", "DET", "DT", "det", 8, "the"),
    ("tests", "NOUN", "NNS", "dobj", 6, "test"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# The North rejected the offer.
THE_NORTH = [
    ("The", "DET", "DT", "det", 1, "the"),
    ("North", "PROPN", "NNP", "nsubj", 2, "North"),
    ("rejected", "VERB", "VBD", "ROOT", 2, "reject"),
    ("the", "DET", "DT", "det", 4, "the"),
    ("offer", "NOUN", "NN", "dobj", 2, "offer"),
    (".", "PUNCT", ".", "punct", 2, "."),
]


def test_a_surname_names_the_person_named_in_full_earlier(code_article):
    # family name first in Korean names: "Moon" is Moon Jae-in, "Kim" is Kim Jong-un
    events = code_article([FULL_NAMES, SURNAMES])
    assert ("SUPPORT", "KOR", "PRK") in summary(events)
    [welcome] = [e for e in events if e.event_type == "SUPPORT"]
    assert welcome.actor.name == "Moon Jae-in" and welcome.recipient and welcome.recipient.name == "Kim Jong-un"
    # the same sentence alone names nobody
    assert code_article([SURNAMES]) == []


def test_a_person_introduced_by_a_place_and_a_post_is_named_by_mr_and_surname(code_article):
    [event] = code_article([INTRODUCED, MR_SURNAME])
    assert summary([event]) == {("ACCUSE", "RUS", "GBR")}
    assert (event.actor.name, event.actor.sector) == ("Ivan Petrov", "DIP")
    assert code_article([MR_SURNAME]) == []


def test_a_post_names_the_latest_person_holding_it(code_article):
    # Biden's term on the article's date is "president": "the president" is Biden
    assert summary(code_article([BIDEN_ARRIVED, THE_PRESIDENT])) == {("REQUEST", "USA", "IRN")}
    assert code_article([THE_PRESIDENT]) == []


def test_a_country_epithet_is_the_latest_other_state_named(code_article):
    # "the isolated country" is not Russia, named before it in its own sentence: it is Iran
    events = code_article([BIDEN_ACCUSED_IRAN, ISOLATED_COUNTRY])
    assert ("REQUEST", "RUS", "IRN") in summary(events)
    # with no state named before it, the epithet names nobody
    assert all(e.recipient is None or e.recipient.country != "IRN" for e in code_article([ISOLATED_COUNTRY]))


def test_the_north_is_north_korea_only_in_an_article_that_named_it(code_article):
    [event] = code_article([FULL_NAMES, THE_NORTH])[-1:]
    assert event.event_type == "REJECT" and event.actor.country == "PRK"
    # the same events as without the sentence about "the North" (the article's text hash differs, so compare
    # what was coded, not the records)
    with_north, without = code_article([BIDEN_ACCUSED_IRAN, THE_NORTH]), code_article([BIDEN_ACCUSED_IRAN])
    assert len(with_north) == len(without) and summary(with_north) == summary(without)


# The two countries signed a pact.
TWO_COUNTRIES = [
    ("The", "DET", "DT", "det", 2, "the"),
    ("two", "NUM", "CD", "nummod", 2, "two"),
    ("countries", "NOUN", "NNS", "nsubj", 3, "country"),
    ("signed", "VERB", "VBD", "ROOT", 3, "sign"),
    ("a", "DET", "DT", "det", 5, "a"),
    ("pact", "NOUN", "NN", "dobj", 3, "pact"),
    (".", "PUNCT", ".", "punct", 3, "."),
]


def test_the_two_countries_are_the_last_two_states_named(code_article):
    events = code_article([BIDEN_ACCUSED_IRAN, TWO_COUNTRIES])
    assert {(e.actor.country, e.recipient.country if e.recipient else None) for e in events[1:]} == {("USA", "IRN")}
    assert code_article([TWO_COUNTRIES]) == []


# China and Russia criticised Japan.
PAIR_NAMED_TOGETHER = [
    ("China", "PROPN", "NNP", "nsubj", 3, "China"),
    ("and", "CCONJ", "CC", "cc", 0, "and"),
    ("Russia", "PROPN", "NNP", "conj", 0, "Russia"),
    ("criticised", "VERB", "VBD", "ROOT", 3, "criticise"),
    ("Japan", "PROPN", "NNP", "dobj", 3, "Japan"),
    (".", "PUNCT", ".", "punct", 3, "."),
]


def test_the_two_countries_are_the_pair_named_together_before_any_later_state(code_article):
    # not Russia and Japan, the last two states named, but China and Russia, named together
    events = code_article([PAIR_NAMED_TOGETHER, TWO_COUNTRIES])
    pact = [e for e in events if e.event_type != "ACCUSE"]
    assert {(e.actor.country, e.recipient.country if e.recipient else None) for e in pact} == {("CHN", "RUS")}
