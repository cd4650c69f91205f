"""Tests for dates.py: explicit, weekday, month and chained dates on surface tokens (a blank tokenizer)."""

from __future__ import annotations

from datetime import date

import pytest

from streams.detection import dates

PUBLISHED = date(2021, 12, 16)  # a Thursday


def resolve(nlp, text: str, word: str, future: bool = False) -> dates.ResolvedDate | None:
    doc = nlp(text)
    index = next(t.i for t in doc if t.text == word)
    return dates.resolve(doc[:], index, PUBLISHED, future)


@pytest.mark.parametrize(
    ("text", "word", "expected", "source"),
    [
        ("They met on December 15 in Geneva.", "met", date(2021, 12, 15), "explicit"),
        ("They met on 3 March 2020.", "met", date(2020, 3, 3), "explicit"),
        ("They met on Wednesday.", "met", date(2021, 12, 15), "relative"),
        ("They met yesterday.", "met", date(2021, 12, 15), "relative"),
        # the day after publication: the next morning in another time zone, not six days before
        ("They met on Friday.", "met", date(2021, 12, 17), "relative"),
        ("They met last Friday.", "met", date(2021, 12, 10), "relative"),
        ("They met on Saturday.", "met", date(2021, 12, 11), "relative"),
        ("They met.", "met", date(2021, 12, 16), "published"),
    ],
)
def test_past_dates(blank_vocab_nlp, text, word, expected, source):
    found = resolve(blank_vocab_nlp, text, word)
    assert found is not None and (found.day, found.source) == (expected, source)


def test_a_planned_event_takes_the_next_weekday_and_month(blank_vocab_nlp):
    monday = resolve(blank_vocab_nlp, "They will meet on Monday.", "meet", future=True)
    assert monday is not None and monday.day == date(2021, 12, 20)
    today = resolve(blank_vocab_nlp, "They will meet on Thursday.", "meet", future=True)
    assert today is not None and today.day == date(2021, 12, 16)  # the article's own weekday: today
    february = resolve(blank_vocab_nlp, "They will meet in February.", "meet", future=True)
    assert february is not None and (february.day, february.precision) == (date(2022, 2, 1), "month")


def test_a_day_without_its_year_soon_after_the_article_is_the_coming_one(blank_vocab_nlp):
    # published December 16: January 10 is 25 days ahead, not eleven months back; a month alone stays past
    coming = resolve(blank_vocab_nlp, "They agreed ahead of the meeting on January 10 in Geneva.", "agreed")
    assert coming is not None and coming.day == date(2022, 1, 10)
    past = resolve(blank_vocab_nlp, "They agreed ahead of the meeting on March 10 in Geneva.", "agreed")
    assert past is not None and past.day == date(2021, 3, 10)
    month = resolve(blank_vocab_nlp, "They agreed in January.", "agreed")
    assert month is not None and month.day == date(2021, 1, 1)


def test_a_month_abbreviation_needs_a_period_or_a_number(blank_vocab_nlp):
    estate = resolve(blank_vocab_nlp, "They met at the Mar-a-Lago estate in April.", "met")
    assert estate is not None and estate.day == date(2021, 4, 1)
    dotted = resolve(blank_vocab_nlp, "They met on Mar. 3 in Rome.", "met")
    assert dotted is not None and dotted.day == date(2021, 3, 3)


def test_the_day_heading_a_chronicle_entry_is_the_past_one(blank_vocab_nlp):
    # a historic present, and a day 12 days after the article (December 16): last year's
    entry = dates.chronicle_entry(blank_vocab_nlp("* Dec. 28: The president signs an order.")[:], PUBLISHED)
    assert entry is not None and entry.day == date(2020, 12, 28)
    dash = dates.chronicle_entry(blank_vocab_nlp("March 3 - The two sides agree to talks.")[:], PUBLISHED)
    assert dash is not None and dash.day == date(2021, 3, 3)
    assert dates.chronicle_entry(blank_vocab_nlp("On March 3, the two sides agreed.")[:], PUBLISHED) is None
    assert dates.chronicle_entry(blank_vocab_nlp("In March: talks.")[:], PUBLISHED) is None  # a month: no entry


def test_eight_days_after_an_event_dated_wednesday(blank_vocab_nlp):
    text = "The call on Wednesday took place eight days after Putin spoke to Biden."
    found = resolve(blank_vocab_nlp, text, "spoke")
    assert found is not None and found.day == date(2021, 12, 7)


def test_may_the_modal_is_no_month(blank_vocab_nlp):
    assert resolve(blank_vocab_nlp, "Russia may meet China.", "meet") == dates.ResolvedDate(PUBLISHED, "published")


def test_published_day_reads_dates_and_datetimes():
    assert dates.published_day("2021-12-16T10:00:00Z") == PUBLISHED
    assert dates.published_day("not a date") is None and dates.published_day(None) is None


def test_an_undated_sentence_takes_the_fallback_source(blank_vocab_nlp):
    doc = blank_vocab_nlp("They met.")
    assert dates.resolve(doc[:], 1, PUBLISHED, fallback="received") == dates.ResolvedDate(PUBLISHED, "received")


# They met on Monday, two days after a summit on Saturday.  /  They met following a summit last week.
AFTER_SUMMIT = [
    ("They", "PRON", "PRP", "nsubj", 1, "they"),
    ("met", "VERB", "VBD", "ROOT", 1, "meet"),
    ("on", "ADP", "IN", "prep", 1, "on"),
    ("Monday", "PROPN", "NNP", "pobj", 2, "Monday"),
    (",", "PUNCT", ",", "punct", 1, ","),
    ("two", "NUM", "CD", "nummod", 6, "two"),
    ("days", "NOUN", "NNS", "npadvmod", 7, "day"),
    ("after", "ADP", "IN", "prep", 1, "after"),
    ("a", "DET", "DT", "det", 9, "a"),
    ("summit", "NOUN", "NN", "pobj", 7, "summit"),
    ("on", "ADP", "IN", "prep", 9, "on"),
    ("Saturday", "PROPN", "NNP", "pobj", 10, "Saturday"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
FOLLOWING = [
    ("They", "PRON", "PRP", "nsubj", 1, "they"),
    ("met", "VERB", "VBD", "ROOT", 1, "meet"),
    ("following", "VERB", "VBG", "prep", 1, "follow"),
    ("a", "DET", "DT", "det", 4, "a"),
    ("summit", "NOUN", "NN", "pobj", 2, "summit"),
    ("last", "ADJ", "JJ", "amod", 6, "last"),
    ("week", "NOUN", "NN", "npadvmod", 4, "week"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_a_date_of_another_event_does_not_date_the_predicate(blank_vocab_nlp):
    from tests.detection.conftest import make_doc

    doc = make_doc(blank_vocab_nlp.vocab, AFTER_SUMMIT)
    assert dates.resolve(doc[:], 1, PUBLISHED) == dates.ResolvedDate(date(2021, 12, 13), "relative")
    doc = make_doc(blank_vocab_nlp.vocab, FOLLOWING)
    assert dates.resolve(doc[:], 1, PUBLISHED) == dates.ResolvedDate(PUBLISHED, "published")
    # the summit itself keeps its date
    assert dates.resolve(doc[:], 4, PUBLISHED) == dates.ResolvedDate(date(2021, 12, 9), "relative", "week")


def test_next_week_and_next_month(blank_vocab_nlp):
    assert resolve(blank_vocab_nlp, "They will meet next week.", "meet", future=True) == dates.ResolvedDate(
        date(2021, 12, 23), "relative", "week"
    )
    assert resolve(blank_vocab_nlp, "They will meet next month.", "meet", future=True) == dates.ResolvedDate(
        date(2022, 1, 1), "relative", "month"
    )


# They held talks with the envoy, who said the talks would resume on Monday.
RELATIVE_CLAUSE = [
    ("They", "PRON", "PRP", "nsubj", 1, "they"),
    ("held", "VERB", "VBD", "ROOT", 1, "hold"),
    ("talks", "NOUN", "NNS", "dobj", 1, "talk"),
    ("with", "ADP", "IN", "prep", 2, "with"),
    ("the", "DET", "DT", "det", 5, "the"),
    ("envoy", "NOUN", "NN", "pobj", 3, "envoy"),
    (",", "PUNCT", ",", "punct", 5, ","),
    ("who", "PRON", "WP", "nsubj", 8, "who"),
    ("said", "VERB", "VBD", "relcl", 5, "say"),
    ("the", "DET", "DT", "det", 10, "the"),
    ("talks", "NOUN", "NNS", "nsubj", 12, "talk"),
    ("would", "AUX", "MD", "aux", 12, "would"),
    ("resume", "VERB", "VB", "ccomp", 8, "resume"),
    ("on", "ADP", "IN", "prep", 12, "on"),
    ("Monday", "PROPN", "NNP", "pobj", 13, "Monday"),
    (".", "PUNCT", ".", "punct", 1, "."),
]
# Russia said on Monday it had met China.
SAID_ON = [
    ("Russia", "PROPN", "NNP", "nsubj", 1, "Russia"),
    ("said", "VERB", "VBD", "ROOT", 1, "say"),
    ("on", "ADP", "IN", "prep", 1, "on"),
    ("Monday", "PROPN", "NNP", "pobj", 2, "Monday"),
    ("it", "PRON", "PRP", "nsubj", 6, "it"),
    ("had", "AUX", "VBD", "aux", 6, "have"),
    ("met", "VERB", "VBN", "ccomp", 1, "meet"),
    ("China", "PROPN", "NNP", "dobj", 6, "China"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_a_date_of_another_clause_does_not_date_the_predicate(blank_vocab_nlp):
    from tests.detection.conftest import make_doc

    doc = make_doc(blank_vocab_nlp.vocab, RELATIVE_CLAUSE)
    assert dates.resolve(doc[:], 2, PUBLISHED) == dates.ResolvedDate(PUBLISHED, "published")  # held talks
    assert dates.resolve(doc[:], 12, PUBLISHED, future=True).day == date(2021, 12, 20)  # would resume
    doc = make_doc(blank_vocab_nlp.vocab, SAID_ON)  # the reporting verb's date is the reported event's
    assert dates.resolve(doc[:], 6, PUBLISHED) == dates.ResolvedDate(date(2021, 12, 13), "relative")


# North Korea fired a missile that flew over Japan on Monday.
OBJECT_CLAUSE = [
    ("Korea", "PROPN", "NNP", "nsubj", 1, "Korea"),
    ("fired", "VERB", "VBD", "ROOT", 1, "fire"),
    ("a", "DET", "DT", "det", 3, "a"),
    ("missile", "NOUN", "NN", "dobj", 1, "missile"),
    ("that", "PRON", "WDT", "nsubj", 5, "that"),
    ("flew", "VERB", "VBD", "relcl", 3, "fly"),
    ("over", "ADP", "IN", "prep", 5, "over"),
    ("Japan", "PROPN", "NNP", "pobj", 6, "Japan"),
    ("on", "ADP", "IN", "prep", 5, "on"),
    ("Monday", "PROPN", "NNP", "pobj", 8, "Monday"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_a_relative_clause_on_the_thing_acted_on_dates_the_act(blank_vocab_nlp):
    from tests.detection.conftest import make_doc

    doc = make_doc(blank_vocab_nlp.vocab, OBJECT_CLAUSE)
    assert dates.resolve(doc[:], 1, PUBLISHED) == dates.ResolvedDate(date(2021, 12, 13), "relative")


def test_published_day_is_the_writers_day():
    assert dates.published_day("2024-05-01T23:30:00+09:00") == date(2024, 5, 1)
    assert dates.published_day("May 1, 2024") == date(2024, 5, 1)
    assert dates.published_day("1970-01-01T00:00:00Z") is None
