"""Rule tests for dates that modify another thing (audit of corpus records outside the dev set): "accused China of
violating a September 2020 agreement" is an accusation of the article's day, not of September 2020 (the date
modifies the agreement); "Putin's December 10 visit to China" is dated by its own modifier. Own sentences; the
article is dated 2021-12-16."""

from __future__ import annotations

# Putin accused China of violating a September 2020 agreement.
ACCUSED_OF_VIOLATING_AGREEMENT = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin"),
    ("accused", "VERB", "VBD", "ROOT", 1, "accuse"),
    ("China", "PROPN", "NNP", "dobj", 1, "China"),
    ("of", "ADP", "IN", "prep", 1, "of"),
    ("violating", "VERB", "VBG", "pcomp", 3, "violate"),
    ("a", "DET", "DT", "det", 8, "a"),
    ("September", "PROPN", "NNP", "nmod", 8, "September"),
    ("2020", "NUM", "CD", "nummod", 6, "2020"),
    ("agreement", "NOUN", "NN", "dobj", 4, "agreement"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Putin's December 10 visit to China went well.
DATED_VISIT = [
    ("Putin", "PROPN", "NNP", "poss", 4, "Putin"),
    ("'s", "PART", "POS", "case", 0, "'s"),
    ("December", "PROPN", "NNP", "nmod", 4, "December"),
    ("10", "NUM", "CD", "nummod", 2, "10"),
    ("visit", "NOUN", "NN", "nsubj", 7, "visit"),
    ("to", "ADP", "IN", "prep", 4, "to"),
    ("China", "PROPN", "NNP", "pobj", 5, "China"),
    ("went", "VERB", "VBD", "ROOT", 7, "go"),
    ("well", "ADV", "RB", "advmod", 7, "well"),
    (".", "PUNCT", ".", "punct", 7, "."),
]


def test_a_date_of_the_thing_acted_on_does_not_date_the_act(code) -> None:  # type: ignore[no-untyped-def]
    assert {(e.event_type, e.date) for e in code(ACCUSED_OF_VIOLATING_AGREEMENT)} == {("ACCUSE", "2021-12-16")}


def test_a_date_of_the_event_noun_itself_dates_it(code) -> None:  # type: ignore[no-untyped-def]
    assert {(e.event_type, e.date) for e in code(DATED_VISIT)} == {("CONSULT", "2021-12-10")}
