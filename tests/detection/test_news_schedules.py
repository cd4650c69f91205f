"""Rule tests for journeys and meetings still to come (audit of corpus records outside the dev set): a trip
told in the simple present with a weekday other than the article's own ("leaves for China on Saturday"), a
visit "later this week" and talks one "is due to take part in" are plans (AGREE 036, dated forward), not
visits done on the past such day. Own sentences; the article is dated Thursday 2021-12-16."""

from __future__ import annotations

from tests.detection.conftest import summary

# Putin leaves for China on Saturday.
LEAVES_SATURDAY = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin"),
    ("leaves", "VERB", "VBZ", "ROOT", 1, "leave"),
    ("for", "ADP", "IN", "prep", 1, "for"),
    ("China", "PROPN", "NNP", "pobj", 2, "China"),
    ("on", "ADP", "IN", "prep", 1, "on"),
    ("Saturday", "PROPN", "NNP", "pobj", 4, "Saturday"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Putin left for China on Saturday.
LEFT_SATURDAY = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin"),
    ("left", "VERB", "VBD", "ROOT", 1, "leave"),
    ("for", "ADP", "IN", "prep", 1, "for"),
    ("China", "PROPN", "NNP", "pobj", 2, "China"),
    ("on", "ADP", "IN", "prep", 1, "on"),
    ("Saturday", "PROPN", "NNP", "pobj", 4, "Saturday"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Putin leaves for China on Thursday. (the article's own day: today)
LEAVES_TODAY = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin"),
    ("leaves", "VERB", "VBZ", "ROOT", 1, "leave"),
    ("for", "ADP", "IN", "prep", 1, "for"),
    ("China", "PROPN", "NNP", "pobj", 2, "China"),
    ("on", "ADP", "IN", "prep", 1, "on"),
    ("Thursday", "PROPN", "NNP", "pobj", 4, "Thursday"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Putin hopes his visit to China later this week will help.
VISIT_LATER_THIS_WEEK = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin"),
    ("hopes", "VERB", "VBZ", "ROOT", 1, "hope"),
    ("his", "PRON", "PRP$", "poss", 3, "his"),
    ("visit", "NOUN", "NN", "nsubj", 10, "visit"),
    ("to", "ADP", "IN", "prep", 3, "to"),
    ("China", "PROPN", "NNP", "pobj", 4, "China"),
    ("later", "ADV", "RB", "advmod", 8, "later"),
    ("this", "DET", "DT", "det", 8, "this"),
    ("week", "NOUN", "NN", "npadvmod", 3, "week"),
    ("will", "AUX", "MD", "aux", 10, "will"),
    ("help", "VERB", "VB", "ccomp", 1, "help"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Putin is due to take part in talks with Xi on Friday.
DUE_TO_TAKE_PART = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin"),
    ("is", "VERB", "VBZ", "ROOT", 1, "be"),
    ("due", "ADJ", "JJ", "acomp", 1, "due"),
    ("to", "PART", "TO", "aux", 4, "to"),
    ("take", "VERB", "VB", "xcomp", 2, "take"),
    ("part", "NOUN", "NN", "dobj", 4, "part"),
    ("in", "ADP", "IN", "prep", 4, "in"),
    ("talks", "NOUN", "NNS", "pobj", 6, "talk"),
    ("with", "ADP", "IN", "prep", 7, "with"),
    ("Xi", "PROPN", "NNP", "pobj", 8, "Xi"),
    ("on", "ADP", "IN", "prep", 4, "on"),
    ("Friday", "PROPN", "NNP", "pobj", 10, "Friday"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_a_trip_in_the_present_with_a_day_to_come_is_a_plan(code) -> None:  # type: ignore[no-untyped-def]
    events = code(LEAVES_SATURDAY)
    assert summary(events) == {("AGREE", "RUS", "CHN")}
    assert {(e.status, e.date) for e in events} == {("planned", "2021-12-18")}


def test_a_trip_in_the_past_or_on_the_articles_own_day_is_a_visit(code) -> None:  # type: ignore[no-untyped-def]
    assert {(e.event_type, e.date) for e in code(LEFT_SATURDAY)} == {("CONSULT", "2021-12-11")}
    assert {(e.event_type, e.date) for e in code(LEAVES_TODAY)} == {("CONSULT", "2021-12-16")}


def test_a_visit_later_this_week_and_talks_one_is_due_at_are_plans(code) -> None:  # type: ignore[no-untyped-def]
    assert {(e.event_type, e.status) for e in code(VISIT_LATER_THIS_WEEK)} == {("AGREE", "planned")}
    assert {(e.event_type, e.status, e.date) for e in code(DUE_TO_TAKE_PART)} == {("AGREE", "planned", "2021-12-17")}


# Putin met Xi on Friday. (the day after the article's Thursday: the next morning in another time zone)
MET_FRIDAY = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin"),
    ("met", "VERB", "VBD", "ROOT", 1, "meet"),
    ("Xi", "PROPN", "NNP", "dobj", 1, "Xi"),
    ("on", "ADP", "IN", "prep", 1, "on"),
    ("Friday", "PROPN", "NNP", "pobj", 3, "Friday"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Putin met Xi last Friday.
MET_LAST_FRIDAY = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin"),
    ("met", "VERB", "VBD", "ROOT", 1, "meet"),
    ("Xi", "PROPN", "NNP", "dobj", 1, "Xi"),
    ("last", "ADJ", "JJ", "amod", 4, "last"),
    ("Friday", "PROPN", "NNP", "npadvmod", 1, "Friday"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_a_past_event_on_the_day_after_the_article_is_that_day_and_done(code) -> None:  # type: ignore[no-untyped-def]
    assert {(e.event_type, e.status, e.date) for e in code(MET_FRIDAY)} == {("CONSULT", "occurred", "2021-12-17")}
    assert {(e.event_type, e.date) for e in code(MET_LAST_FRIDAY)} == {("CONSULT", "2021-12-10")}
