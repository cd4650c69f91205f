"""Tests for pipeline.py: dyads, intent and refusal recoding, unknown and oversized input, and (with the model)
fast/full agreement and determinism."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta

import pytest

from streams.detection import MAX_CHARS, ArticleTooLong, Detector
from streams.detection.pipeline import carry_dates, dyads, event_id, merge_mentions, reference_day
from streams.records import Actor, Article, ArticleRef, Cameo, DetectorInfo, Event, Evidence

RUS = Actor("Russia", "Russia", "RUS", None)
RUS_GOV = Actor("the Kremlin", "Russia", "RUS", "GOV")
RUS_OPP = Actor("the opposition", "the opposition", "RUS", "OPP")
CHN = Actor("China", "China", "CHN", None)
ROLE_ONLY = Actor("the rebels", "the rebels", None, "REB")


def test_dyads():
    assert dyads([RUS], [CHN], symmetric=False, alone_ok=True) == [(RUS, CHN)]
    # "Serbia's president promised to democratize Serbia": the recipient is the actor itself
    assert dyads([RUS], [RUS_GOV], symmetric=False, alone_ok=True) == [(RUS, None)]
    assert dyads([RUS], [RUS_GOV], symmetric=False, alone_ok=False) == []
    assert dyads([RUS_GOV], [RUS_OPP], symmetric=False, alone_ok=True) == [(RUS_GOV, RUS_OPP)]
    [(actor, rebels)] = dyads([RUS_GOV], [ROLE_ONLY], symmetric=False, alone_ok=True)
    assert rebels is not None and (rebels.country, rebels.sector) == ("RUS", "REB")
    assert dyads([RUS, CHN], [], symmetric=True, alone_ok=True) == [(RUS, CHN)]


def test_a_state_named_alone_acts_on_its_own_non_state_groups():
    # "Turkey will allow Turkish Kurd refugees to return": the state towards refugees of its own country
    refugees = Actor("Russian", "Russia", "RUS", "REF")
    assert dyads([RUS], [refugees], symmetric=False, alone_ok=True) == [(RUS, refugees)]
    assert dyads([RUS], [RUS_OPP], symmetric=False, alone_ok=True) == [(RUS, RUS_OPP)]
    # a recipient named by its role alone ("the rebels") is placed in the actor's state only when the actor
    # names its own sector ("the government"): "China ... host thousands of the North workers" is no dyad
    assert dyads([RUS], [ROLE_ONLY], symmetric=False, alone_ok=True) == [(RUS, None)]
    # not towards its own state organs, and two bare mentions of one country stay one party
    assert dyads([RUS], [RUS_GOV], symmetric=False, alone_ok=True) == [(RUS, None)]
    assert dyads([RUS, Actor("Russian", "Russia", "RUS", None)], [], symmetric=True, alone_ok=True) == []


@pytest.mark.parametrize(
    "text", ["", "   \n ", "Путин и Си провели видеовстречу в среду и обсудили отношения двух стран."]
)
def test_empty_or_foreign_text_yields_nothing(rule_detector: Detector, text: str):
    assert rule_detector(Article(id="x", text=text, published="2021-12-16")) == []


def test_very_long_text_is_refused_at_once_with_a_reason(rule_detector: Detector):
    huge = Article(id="huge", text="Putin met Xi. " * (5_000_000 // 14))
    started = time.perf_counter()
    with pytest.raises(ArticleTooLong) as err:
        rule_detector(huge)
    assert time.perf_counter() - started < 1.0
    assert err.value.length > MAX_CHARS and "refuses more than" in str(err.value)


@pytest.mark.model
def test_fast_and_full_paths_agree_and_ids_are_deterministic(nlp):
    text = (
        "Russian President Vladimir Putin spoke to Chinese President Xi Jinping by phone on Wednesday. "
        "The weather was mild. Iran threatened to break relations with Iraq. Japan halted economic aid to Serbia."
    )
    article = Article(id="a1", text=text, published="2021-12-16")
    fast = Detector(nlp, fast=True)(article)
    full = Detector(nlp, fast=False)(article)
    assert [e.to_dict() for e in fast] == [e.to_dict() for e in full]
    assert {(e.event_type, e.actor.country) for e in fast} >= {
        ("CONSULT", "RUS"),
        ("THREATEN", "IRN"),
        ("SANCTION", "JPN"),
    }
    assert [e.event_id for e in fast] == [event_id(e) for e in Detector(nlp)(article)]


@pytest.mark.model
def test_a_long_article_within_the_limit_is_processed_in_bounded_time(nlp):
    text = "The committee discussed the budget at length and adjourned. " * 15_000  # ~900 kB, no triggers
    started = time.perf_counter()
    assert Detector(nlp)(Article(id="long", text=text)) == []
    assert time.perf_counter() - started < 30


def test_reference_day_is_publication_else_ingestion_never_1970():
    rfc2822 = "Wed, 15 Dec 2021 10:00:00 GMT"
    assert reference_day(Article("a", "x", published=rfc2822)) == (date(2021, 12, 15), "published")
    received = "2024-03-05T23:00:00+00:00"
    assert reference_day(Article("a", "x", received=received)) == (date(2024, 3, 5), "received")
    assert reference_day(Article("a", "x", published="soon", received=received)) == (date(2024, 3, 5), "received")
    day, source = reference_day(Article("a", "x", published="1970-01-01T00:00:00Z"))
    assert source == "received" and day >= datetime.now(UTC).date() - timedelta(days=1)


UNDATED = (
    "LONDON - Russian President Vladimir Putin spoke to Chinese President Xi Jinping by phone on\n"
    "Wednesday, the Kremlin said, in a call that both sides described as warm and\n"
    "friendly. Iran threatened to break off diplomatic relations with Iraq over the\n"
    "dispute, and Japan halted its economic aid to Serbia, officials said in Tokyo.\n"
    "    The foreign ministers of the two countries will meet again next month in the\n"
    "capital, the ministry said in a statement issued late in the evening on Monday.\n"
)


@pytest.mark.model
def test_undated_article_is_dated_by_ingestion_and_ids_do_not_depend_on_it(nlp):
    detector = Detector(nlp)
    first = detector(Article("u1", UNDATED, received="2024-03-01T10:00:00+00:00"))
    second = detector(Article("u1", UNDATED, received="2024-06-20T10:00:00+00:00"))
    assert first and [e.event_id for e in first] == [e.event_id for e in second]
    assert len({e.event_id for e in first}) == len(first)
    assert all(e.date >= "2024-01-01" for e in first + second)
    assert {e.date_source for e in first} <= {"received", "relative", "explicit"}
    assert "received" in {e.date_source for e in first}
    assert [e.date for e in first] != [e.date for e in second]


@pytest.mark.model
def test_hard_wrapped_article_gives_whole_sentences_with_offsets_into_the_original(nlp):
    [event] = [e for e in Detector(nlp)(Article("w1", UNDATED, published="2024-03-01")) if e.event_type == "CONSULT"]
    ev = event.evidence
    assert ev.sentence.startswith("LONDON - Russian President") and ev.sentence.endswith("warm and friendly.")
    assert "\n" not in ev.sentence
    assert UNDATED[ev.start : ev.end] == ev.trigger
    assert ev.sentence_start is not None and ev.sentence_end is not None
    assert UNDATED[ev.sentence_start : ev.sentence_end].split() == ev.sentence.split()


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


def test_mentions_dated_to_the_month_and_to_the_day_are_one_event():
    month = ev("AGREE", "JPN", "USA", "1987-04-01", "relative", 10, status="planned", precision="month")
    day = ev("AGREE", "JPN", "USA", "1987-04-29", "explicit", 50, status="planned")
    other = ev("AGREE", "JPN", "USA", "1987-05-02", "explicit", 90, status="planned")
    merged = merge_mentions([month, day, other])
    assert [(e.date, e.mentions) for e in merged] == [("1987-04-29", 2), ("1987-05-02", 1)]


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
def test_background_history_is_no_news_unless_the_article_has_no_date(nlp):
    text = "France signed a friendship treaty with Germany on January 22, 1963. France signed a trade treaty with "
    text += "Germany on January 22, 2020."
    dated = Detector(nlp)(Article("h1", text, published="2021-12-16"))
    assert [e.date for e in dated] == ["2020-01-22"]  # 1963 is history in a 2021 article
    undated = Detector(nlp)(Article("h2", text, received="2021-12-16T10:00:00+00:00"))
    assert [e.date for e in undated] == ["1963-01-22", "2020-01-22"]  # an archive article's own dates stand
