"""Tests for chronology.py: the article's reference day, dates and status settled by the article, dates carried
to events told later, and mentions dated to the month or the day."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from streams.detection import Detector
from streams.detection.chronology import carry_dates, dates_agree, reference_day
from streams.records import Actor, Article, ArticleRef, Cameo, DetectorInfo, Event, Evidence


def test_reference_day_is_publication_else_ingestion_never_1970():
    rfc2822 = "Wed, 15 Dec 2021 10:00:00 GMT"
    assert reference_day(Article("a", "x", published=rfc2822)) == (date(2021, 12, 15), "published")
    received = "2024-03-05T23:00:00+00:00"
    assert reference_day(Article("a", "x", received=received)) == (date(2024, 3, 5), "received")
    assert reference_day(Article("a", "x", published="soon", received=received)) == (date(2024, 3, 5), "received")
    day, source = reference_day(Article("a", "x", published="1970-01-01T00:00:00Z"))
    assert source == "received" and day >= datetime.now(UTC).date() - timedelta(days=1)


def ev(kind: str, actor: str, recipient: str | None, day: str, source: str, start: int, sentence: str = "s",
       status: str = "occurred", precision: str = "day") -> Event:  # fmt: skip
    return Event(
        "", kind, None, Cameo("010", "01", "x"), 0.0, 1, Actor(actor, actor, actor),
        Actor(recipient, recipient, recipient) if recipient else None, day, source, status,
        Evidence(sentence, "t", start, start + 1, "r"), 0.5, ArticleRef("a", published="2021-12-16"),
        DetectorInfo("0", "m"), date_precision=precision,
    )  # fmt: skip


def test_events_told_later_take_the_day_of_their_meeting():
    lead_call = ev("CONSULT", "RUS", "CHN", "2021-12-15", "relative", 10)
    earlier_call = ev("CONSULT", "RUS", "USA", "2021-12-07", "relative", 20)
    in_that_call = ev("THREATEN", "USA", "RUS", "2021-12-16", "published", 300, "in the conversation he warned")
    two_men = ev("ACCUSE", "RUS", "GBR", "2021-12-16", "published", 200, "The two men criticised Britain.")
    same_pair_no_occasion = ev("ACCUSE", "USA", "RUS", "2021-12-16", "published", 400, "Biden criticised Russia.")
    planned = ev("AGREE", "RUS", "CHN", "2021-12-16", "published", 500, "to meet at the summit", status="planned")
    unrelated = ev("ACCUSE", "FRA", "DEU", "2021-12-16", "published", 600, "at the meeting")
    events = [lead_call, earlier_call, two_men, in_that_call, same_pair_no_occasion, planned, unrelated]
    out = carry_dates(events, lead_end=15)  # the lead holds the first call only
    assert [(e.date, e.date_source) for e in out] == [
        ("2021-12-15", "relative"),
        ("2021-12-07", "relative"),
        ("2021-12-15", "relative"),  # "the two men": the lead's call that its actor took part in
        ("2021-12-07", "relative"),  # "in the conversation": the call between the same two
        ("2021-12-16", "published"),  # the same two, but no occasion named and the actor not in the lead's call
        ("2021-12-16", "published"),  # planned: not carried
        ("2021-12-16", "published"),  # an occasion named, but no meeting of theirs
    ]


def test_dates_agree_to_the_day_or_within_the_coarser_one():
    month = ev("AGREE", "JPN", "USA", "1987-04-01", "relative", 10, status="planned", precision="month")
    week = ev("AGREE", "JPN", "USA", "1987-04-23", "relative", 10, status="planned", precision="week")
    day = ev("AGREE", "JPN", "USA", "1987-04-29", "explicit", 50, status="planned")
    undated = ev("AGREE", "JPN", "USA", "1987-03-31", "published", 70)
    assert dates_agree(month, day) and dates_agree(day, month) and dates_agree(week, day) and dates_agree(undated, day)
    assert not dates_agree(ev("AGREE", "JPN", "USA", "1987-05-02", "explicit", 90), day)
    assert not dates_agree(month, ev("AGREE", "JPN", "USA", "1987-05-02", "explicit", 90))


@pytest.mark.model
def test_dates_of_events_told_later_and_of_future_trips(nlp):
    text = (
        "Russian President Vladimir Putin and Chinese President Xi Jinping held a video call on Wednesday, eight "
        "days after Putin spoke to U.S. President Joe Biden by phone. The two men also criticised the new military "
        "alliance of Australia and Britain. Earlier, Putin briefed Xi on his conversation with Biden, in which the "
        "U.S. president warned Russia of severe sanctions. Russian Foreign Minister Sergei Lavrov visits Tokyo on "
        "December 28 for talks with Japan. Russian Foreign Minister Sergei Lavrov is then to visit China to mark "
        "the treaty signed there on March 3, 1956."
    )
    events = Detector(nlp)(Article("d1", text, published="2021-12-16"))
    found = {(e.event_type, e.actor.country, e.recipient.country if e.recipient else None): e for e in events}
    assert found["CONSULT", "RUS", "CHN"].date == "2021-12-15"
    assert found["THREATEN", "USA", "RUS"].date == "2021-12-07"  # warned in the earlier call
    assert found["ACCUSE", "RUS", "GBR"].date == "2021-12-15"  # said in the lead's call
    trip = found["AGREE", "RUS", "JPN"]  # dated after the article: planned, an intent to meet
    assert (trip.status, trip.date) == ("planned", "2021-12-28")
    later = found["AGREE", "RUS", "CHN"]  # a plan is not dated by a date of the past in its sentence
    assert (later.status, later.date, later.date_source) == ("planned", "2021-12-16", "published")


@pytest.mark.model
def test_a_meeting_on_a_day_after_the_article_is_planned_and_dates_nothing_else(nlp):
    text = (
        "Canadian Prime Minister Brian Mulroney and U.S. President Ronald Reagan will hold talks before their "
        "annual summit, on April 5 in Ottawa. In a speech to a business group, Mulroney said that the United "
        "States must settle the trade dispute."
    )
    events = Detector(nlp)(Article("d2", text, published="1987-03-20"))
    found = {(e.event_type, e.actor.country): e for e in events}
    assert all(e.date != "1986-04-05" for e in events)
    # said at the speech, on the article's day: not at the coming summit ("the two countries must" would be no
    # demand of the other side: test_news_exhortations)
    request = found["REQUEST", "CAN"]
    assert (request.date, request.date_source) == ("1987-03-20", "published")


@pytest.mark.model
def test_an_entry_of_a_chronicle_happened_on_its_day(nlp):
    text = (
        "Timeline: how the two governments fell out.\n\n* Dec. 20: France imposes sanctions on Iran.\n\n"
        "* Jan. 9: French President Jacques Chirac meets Iranian President Mohammad Khatami in Paris."
    )
    events = Detector(nlp)(Article("d3", text, published="2005-12-01"))
    found = {e.event_type: e for e in events}
    assert (found["SANCTION"].date, found["SANCTION"].status) == ("2004-12-20", "occurred")
    assert (found["CONSULT"].date, found["CONSULT"].status) == ("2005-01-09", "occurred")


@pytest.mark.model
def test_background_history_is_no_news_unless_the_article_has_no_date(nlp):
    text = "France signed a friendship treaty with Germany on January 22, 1963. France signed a trade treaty with "
    text += "Germany on January 22, 2020."
    dated = Detector(nlp)(Article("h1", text, published="2021-12-16"))
    assert [e.date for e in dated] == ["2020-01-22"]  # 1963 is history in a 2021 article
    undated = Detector(nlp)(Article("h2", text, received="2021-12-16T10:00:00+00:00"))
    assert [e.date for e in undated] == ["1963-01-22", "2020-01-22"]  # an archive article's own dates stand
