"""Rule tests for visits told as movement and for people named by a post the dictionaries lack (issue 11, classes
V and R1): "left Washington on Friday", "when she was in Moscow", "I visited Beijing" in a bare quote, "Trade
Minister X" under a dateline, "senator X", a post given to a known person out of office, "the two leaders" after a
spokesman was named, an itinerary ("Moscow on Tuesday ... and Paris on Friday"). Own sentences."""

from __future__ import annotations

from tests.detection.conftest import summary

# Chinese Foreign Minister Li Wei left Washington on Tuesday. (not "on Friday": the day after a Thursday article
# is read as that next day, test_news_schedules)
LEFT_CAPITAL = [
    ("Chinese", "ADJ", "JJ", "amod", 2, "chinese"),
    ("Foreign", "PROPN", "NNP", "compound", 2, "Foreign"),
    ("Minister", "PROPN", "NNP", "compound", 4, "Minister"),
    ("Li", "PROPN", "NNP", "compound", 4, "Li"),
    ("Wei", "PROPN", "NNP", "nsubj", 5, "Wei"),
    ("left", "VERB", "VBD", "ROOT", 5, "leave"),
    ("Washington", "PROPN", "NNP", "dobj", 5, "Washington"),
    ("on", "ADP", "IN", "prep", 5, "on"),
    ("Tuesday", "PROPN", "NNP", "pobj", 7, "Tuesday"),
    (".", "PUNCT", ".", "punct", 5, "."),
]
# Chinese Foreign Minister Li Wei left Beijing on Friday.
LEFT_OWN = [
    ("Chinese", "ADJ", "JJ", "amod", 2, "chinese"),
    ("Foreign", "PROPN", "NNP", "compound", 2, "Foreign"),
    ("Minister", "PROPN", "NNP", "compound", 4, "Minister"),
    ("Li", "PROPN", "NNP", "compound", 4, "Li"),
    ("Wei", "PROPN", "NNP", "nsubj", 5, "Wei"),
    ("left", "VERB", "VBD", "ROOT", 5, "leave"),
    ("Beijing", "PROPN", "NNP", "dobj", 5, "Beijing"),
    ("on", "ADP", "IN", "prep", 5, "on"),
    ("Friday", "PROPN", "NNP", "pobj", 7, "Friday"),
    (".", "PUNCT", ".", "punct", 5, "."),
]
# Chinese Foreign Minister Li Wei left Washington on Friday for Paris.
LEFT_FOR = [
    ("Chinese", "ADJ", "JJ", "amod", 2, "chinese"),
    ("Foreign", "PROPN", "NNP", "compound", 2, "Foreign"),
    ("Minister", "PROPN", "NNP", "compound", 4, "Minister"),
    ("Li", "PROPN", "NNP", "compound", 4, "Li"),
    ("Wei", "PROPN", "NNP", "nsubj", 5, "Wei"),
    ("left", "VERB", "VBD", "ROOT", 5, "leave"),
    ("Washington", "PROPN", "NNP", "dobj", 5, "Washington"),
    ("on", "ADP", "IN", "prep", 5, "on"),
    ("Friday", "PROPN", "NNP", "pobj", 7, "Friday"),
    ("for", "ADP", "IN", "prep", 5, "for"),
    ("Paris", "PROPN", "NNP", "pobj", 9, "Paris"),
    (".", "PUNCT", ".", "punct", 5, "."),
]
# British Foreign Secretary Jane Roe returned home.
MINISTER_HOME = [
    ("British", "ADJ", "JJ", "amod", 2, "british"),
    ("Foreign", "PROPN", "NNP", "compound", 2, "Foreign"),
    ("Secretary", "PROPN", "NNP", "compound", 4, "Secretary"),
    ("Jane", "PROPN", "NNP", "compound", 4, "Jane"),
    ("Roe", "PROPN", "NNP", "nsubj", 5, "Roe"),
    ("returned", "VERB", "VBD", "ROOT", 5, "return"),
    ("home", "ADV", "RB", "advmod", 5, "home"),
    (".", "PUNCT", ".", "punct", 5, "."),
]
# When she was in Moscow last week, she praised the plan.
WAS_IN = [
    ("When", "SCONJ", "WRB", "advmod", 2, "when"),
    ("she", "PRON", "PRP", "nsubj", 2, "she"),
    ("was", "VERB", "VBD", "advcl", 9, "be"),
    ("in", "ADP", "IN", "prep", 2, "in"),
    ("Moscow", "PROPN", "NNP", "pobj", 3, "Moscow"),
    ("last", "ADJ", "JJ", "amod", 6, "last"),
    ("week", "NOUN", "NN", "npadvmod", 2, "week"),
    (",", "PUNCT", ",", "punct", 9, ","),
    ("she", "PRON", "PRP", "nsubj", 9, "she"),
    ("praised", "VERB", "VBD", "ROOT", 9, "praise"),
    ("the", "DET", "DT", "det", 11, "the"),
    ("plan", "NOUN", "NN", "dobj", 9, "plan"),
    (".", "PUNCT", ".", "punct", 9, "."),
]
# She was in Moscow for trade talks.
WAS_IN_FOR_TALKS = [
    ("She", "PRON", "PRP", "nsubj", 1, "she"),
    ("was", "VERB", "VBD", "ROOT", 1, "be"),
    ("in", "ADP", "IN", "prep", 1, "in"),
    ("Moscow", "PROPN", "NNP", "pobj", 2, "Moscow"),
    ("for", "ADP", "IN", "prep", 1, "for"),
    ("trade", "NOUN", "NN", "compound", 6, "trade"),
    ("talks", "NOUN", "NNS", "pobj", 4, "talk"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Japanese Prime Minister Taro Yamada spoke on Monday.
PM_SPOKE = [
    ("Japanese", "ADJ", "JJ", "amod", 2, "japanese"),
    ("Prime", "PROPN", "NNP", "compound", 2, "Prime"),
    ("Minister", "PROPN", "NNP", "compound", 4, "Minister"),
    ("Taro", "PROPN", "NNP", "compound", 4, "Taro"),
    ("Yamada", "PROPN", "NNP", "nsubj", 5, "Yamada"),
    ("spoke", "VERB", "VBD", "ROOT", 5, "speak"),
    ("on", "ADP", "IN", "prep", 5, "on"),
    ("Monday", "PROPN", "NNP", "pobj", 6, "Monday"),
    (".", "PUNCT", ".", "punct", 5, "."),
]
# I visited Beijing on Sunday.
I_VISITED = [
    ("I", "PRON", "PRP", "nsubj", 1, "i"),
    ("visited", "VERB", "VBD", "ROOT", 1, "visit"),
    ("Beijing", "PROPN", "NNP", "dobj", 1, "Beijing"),
    ("on", "ADP", "IN", "prep", 1, "on"),
    ("Sunday", "PROPN", "NNP", "pobj", 3, "Sunday"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# MOSCOW, May 3 - Russian officials said the talks went well.
DATELINE = [
    ("MOSCOW", "PROPN", "NNP", "nsubj", 7, "MOSCOW"),
    (",", "PUNCT", ",", "punct", 7, ","),
    ("May", "PROPN", "NNP", "npadvmod", 5, "May"),
    ("3", "NUM", "CD", "nummod", 2, "3"),
    ("-", "PUNCT", "HYPH", "punct", 5, "-"),
    ("Russian", "ADJ", "JJ", "amod", 6, "russian"),
    ("officials", "NOUN", "NNS", "nsubj", 7, "official"),
    ("said", "VERB", "VBD", "ROOT", 7, "say"),
    ("the", "DET", "DT", "det", 9, "the"),
    ("talks", "NOUN", "NNS", "nsubj", 10, "talk"),
    ("went", "VERB", "VBD", "ccomp", 7, "go"),
    ("well", "ADV", "RB", "advmod", 10, "well"),
    (".", "PUNCT", ".", "punct", 7, "."),
]
# Trade Minister Ivan Petrov visited Beijing on Monday.
POSTED = [
    ("Trade", "PROPN", "NNP", "compound", 1, "Trade"),
    ("Minister", "PROPN", "NNP", "compound", 3, "Minister"),
    ("Ivan", "PROPN", "NNP", "compound", 3, "Ivan"),
    ("Petrov", "PROPN", "NNP", "nsubj", 4, "Petrov"),
    ("visited", "VERB", "VBD", "ROOT", 4, "visit"),
    ("Beijing", "PROPN", "NNP", "dobj", 4, "Beijing"),
    ("on", "ADP", "IN", "prep", 4, "on"),
    ("Monday", "PROPN", "NNP", "pobj", 6, "Monday"),
    (".", "PUNCT", ".", "punct", 4, "."),
]
# MOSCOW, May 3 - Chinese officials said the talks went well.
DATELINE_FOREIGN = [
    ("MOSCOW", "PROPN", "NNP", "nsubj", 7, "MOSCOW"),
    (",", "PUNCT", ",", "punct", 7, ","),
    ("May", "PROPN", "NNP", "nmod", 6, "May"),
    ("3", "NUM", "CD", "nummod", 2, "3"),
    ("-", "PUNCT", "HYPH", "punct", 5, "-"),
    ("Chinese", "ADJ", "JJ", "amod", 6, "chinese"),
    ("officials", "NOUN", "NNS", "nsubj", 7, "official"),
    ("said", "VERB", "VBD", "ROOT", 7, "say"),
    ("the", "DET", "DT", "det", 9, "the"),
    ("talks", "NOUN", "NNS", "nsubj", 10, "talk"),
    ("went", "VERB", "VBD", "ccomp", 7, "go"),
    ("well", "ADV", "RB", "advmod", 10, "well"),
    (".", "PUNCT", ".", "punct", 7, "."),
]
# Trade Minister Li Wei visited Washington on Monday.
POSTED_FOREIGN = [
    ("Trade", "PROPN", "NNP", "compound", 1, "Trade"),
    ("Minister", "PROPN", "NNP", "compound", 3, "Minister"),
    ("Li", "PROPN", "NNP", "compound", 3, "Li"),
    ("Wei", "PROPN", "NNP", "nsubj", 4, "Wei"),
    ("visited", "VERB", "VBD", "ROOT", 4, "visit"),
    ("Washington", "PROPN", "NNP", "dobj", 4, "Washington"),
    ("on", "ADP", "IN", "prep", 4, "on"),
    ("Monday", "PROPN", "NNP", "pobj", 6, "Monday"),
    (".", "PUNCT", ".", "punct", 4, "."),
]
# Acme president Ivan Petrov visited Beijing on Monday.
FIRM = [
    ("Acme", "PROPN", "NNP", "compound", 1, "Acme"),
    ("president", "NOUN", "NN", "compound", 3, "president"),
    ("Ivan", "PROPN", "NNP", "compound", 3, "Ivan"),
    ("Petrov", "PROPN", "NNP", "nsubj", 4, "Petrov"),
    ("visited", "VERB", "VBD", "ROOT", 4, "visit"),
    ("Beijing", "PROPN", "NNP", "dobj", 4, "Beijing"),
    ("on", "ADP", "IN", "prep", 4, "on"),
    ("Monday", "PROPN", "NNP", "pobj", 6, "Monday"),
    (".", "PUNCT", ".", "punct", 4, "."),
]
# Influential senator John Roe visited Beijing on Monday.
SENATOR = [
    ("Influential", "ADJ", "JJ", "amod", 1, "influential"),
    ("senator", "NOUN", "NN", "compound", 3, "senator"),
    ("John", "PROPN", "NNP", "compound", 3, "John"),
    ("Roe", "PROPN", "NNP", "nsubj", 4, "Roe"),
    ("visited", "VERB", "VBD", "ROOT", 4, "visit"),
    ("Beijing", "PROPN", "NNP", "dobj", 4, "Beijing"),
    ("on", "ADP", "IN", "prep", 4, "on"),
    ("Monday", "PROPN", "NNP", "pobj", 6, "Monday"),
    (".", "PUNCT", ".", "punct", 4, "."),
]
# Prime Minister Vladimir Putin arrived in Beijing.
PUTIN_ARRIVED = [
    ("Prime", "PROPN", "NNP", "compound", 1, "Prime"),
    ("Minister", "PROPN", "NNP", "compound", 3, "Minister"),
    ("Vladimir", "PROPN", "NNP", "compound", 3, "Vladimir"),
    ("Putin", "PROPN", "NNP", "nsubj", 4, "Putin"),
    ("arrived", "VERB", "VBD", "ROOT", 4, "arrive"),
    ("in", "ADP", "IN", "prep", 4, "in"),
    ("Beijing", "PROPN", "NNP", "pobj", 5, "Beijing"),
    (".", "PUNCT", ".", "punct", 4, "."),
]

# Xi Jinping praised Joe Biden on Monday.
PRAISED = [
    ("Xi", "PROPN", "NNP", "compound", 1, "Xi"),
    ("Jinping", "PROPN", "NNP", "nsubj", 2, "Jinping"),
    ("praised", "VERB", "VBD", "ROOT", 2, "praise"),
    ("Joe", "PROPN", "NNP", "compound", 4, "Joe"),
    ("Biden", "PROPN", "NNP", "dobj", 2, "Biden"),
    ("on", "ADP", "IN", "prep", 2, "on"),
    ("Monday", "PROPN", "NNP", "pobj", 5, "Monday"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
# U.S. spokesman John Roe spoke on Tuesday.
SPOKESMAN = [
    ("U.S.", "PROPN", "NNP", "compound", 1, "U.S."),
    ("spokesman", "NOUN", "NN", "compound", 3, "spokesman"),
    ("John", "PROPN", "NNP", "compound", 3, "John"),
    ("Roe", "PROPN", "NNP", "nsubj", 4, "Roe"),
    ("spoke", "VERB", "VBD", "ROOT", 4, "speak"),
    ("on", "ADP", "IN", "prep", 4, "on"),
    ("Tuesday", "PROPN", "NNP", "pobj", 5, "Tuesday"),
    (".", "PUNCT", ".", "punct", 4, "."),
]
# The two leaders met on Wednesday.
LEADERS_MET = [
    ("The", "DET", "DT", "det", 2, "the"),
    ("two", "NUM", "CD", "nummod", 2, "two"),
    ("leaders", "NOUN", "NNS", "nsubj", 3, "leader"),
    ("met", "VERB", "VBD", "ROOT", 3, "meet"),
    ("on", "ADP", "IN", "prep", 3, "on"),
    ("Wednesday", "PROPN", "NNP", "pobj", 4, "Wednesday"),
    (".", "PUNCT", ".", "punct", 3, "."),
]

# Joe Biden is set to visit Moscow on Tuesday, the OSCE in Beijing on Thursday and Paris on Friday.
ITINERARY = [
    ("Joe", "PROPN", "NNP", "compound", 1, "Joe"),
    ("Biden", "PROPN", "NNP", "nsubjpass", 3, "Biden"),
    ("is", "VERB", "VBZ", "auxpass", 3, "be"),
    ("set", "VERB", "VBN", "ROOT", 3, "set"),
    ("to", "PART", "TO", "aux", 5, "to"),
    ("visit", "VERB", "VB", "xcomp", 3, "visit"),
    ("Moscow", "PROPN", "NNP", "dobj", 5, "Moscow"),
    ("on", "ADP", "IN", "prep", 5, "on"),
    ("Tuesday", "PROPN", "NNP", "pobj", 7, "Tuesday"),
    (",", "PUNCT", ",", "punct", 3, ","),
    ("the", "DET", "DT", "det", 11, "the"),
    ("OSCE", "PROPN", "NNP", "appos", 1, "OSCE"),
    ("in", "ADP", "IN", "prep", 11, "in"),
    ("Beijing", "PROPN", "NNP", "pobj", 12, "Beijing"),
    ("on", "ADP", "IN", "prep", 11, "on"),
    ("Thursday", "PROPN", "NNP", "pobj", 14, "Thursday"),
    ("and", "CCONJ", "CC", "cc", 15, "and"),
    ("Paris", "PROPN", "NNP", "conj", 15, "Paris"),
    ("on", "ADP", "IN", "prep", 11, "on"),
    ("Friday", "PROPN", "NNP", "pobj", 18, "Friday"),
    (".", "PUNCT", ".", "punct", 3, "."),
]


def test_an_official_leaving_a_foreign_capital_ends_a_visit_there(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(LEFT_CAPITAL)) == {("CONSULT", "CHN", "USA")}
    [event] = code(LEFT_CAPITAL)
    assert (event.mode, event.cameo.code, event.date) == ("visit", "042", "2021-12-14")
    # leaving one's own capital is no visit; leaving one place for another is two
    assert code(LEFT_OWN) == []
    assert summary(code(LEFT_FOR)) == {("CONSULT", "CHN", "USA"), ("CONSULT", "CHN", "FRA")}


def test_an_official_who_was_in_a_foreign_place_visited_it(code_article) -> None:  # type: ignore[no-untyped-def]
    assert summary(code_article([MINISTER_HOME, WAS_IN])) == {("CONSULT", "GBR", "RUS")}
    # "in Moscow for trade talks" stays the talks (CAMEO 040), not a second, visit record
    [talks] = code_article([MINISTER_HOME, WAS_IN_FOR_TALKS])
    assert (summary([talks]), talks.cameo.code) == ({("CONSULT", "GBR", "RUS")}, "040")


def test_i_in_a_bare_quote_is_the_person_last_named(code_article) -> None:  # type: ignore[no-untyped-def]
    assert summary(code_article([PM_SPOKE, I_VISITED])) == {("CONSULT", "JPN", "CHN")}
    assert code_article([I_VISITED]) == []  # nobody named: no actor


def test_a_post_alone_takes_the_dateline_state(code_article) -> None:  # type: ignore[no-untyped-def]
    [event] = code_article([DATELINE, POSTED])
    assert summary([event]) == {("CONSULT", "RUS", "CHN")}
    assert event.actor.name == "Ivan Petrov"
    # a dateline whose article begins with another state is no home for unplaced posts
    assert code_article([DATELINE_FOREIGN, POSTED_FOREIGN]) == []
    # a firm's president is no official of the dateline state
    assert code_article([DATELINE, FIRM]) == []


def test_a_senator_with_no_state_named_is_american(code) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(SENATOR)) == {("CONSULT", "USA", "CHN")}


def test_a_known_person_with_a_post_is_an_official_out_of_office_too(code) -> None:  # type: ignore[no-untyped-def]
    # 1990: not in office by the dictionaries, but the text gives the post, so the arrival is an official visit
    assert summary(code(PUTIN_ARRIVED, published="1990-05-02")) == {("CONSULT", "RUS", "CHN")}


def test_the_two_leaders_are_office_holders_not_a_spokesman_named_since(code_article) -> None:  # type: ignore[no-untyped-def]
    assert ("CONSULT", "CHN", "USA") in summary(code_article([PRAISED, SPOKESMAN, LEADERS_MET]))


def test_every_stop_of_an_itinerary_is_visited(code) -> None:  # type: ignore[no-untyped-def]
    found = summary(code(ITINERARY))
    assert {("AGREE", "USA", "RUS"), ("AGREE", "USA", "CHN"), ("AGREE", "USA", "FRA")} <= found
