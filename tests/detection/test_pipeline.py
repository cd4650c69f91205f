"""Tests for pipeline.py: dyads, intent and refusal recoding, unknown and oversized input, and (with the model)
fast/full agreement and determinism."""

from __future__ import annotations

import time

import pytest

from streams.detection import MAX_CHARS, ArticleTooLong, Detector
from streams.detection.pipeline import dyads, event_id, merge_mentions
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


def test_mentions_dated_to_the_month_and_to_the_day_are_one_event():
    month = ev("AGREE", "JPN", "USA", "1987-04-01", "relative", 10, status="planned", precision="month")
    day = ev("AGREE", "JPN", "USA", "1987-04-29", "explicit", 50, status="planned")
    other = ev("AGREE", "JPN", "USA", "1987-05-02", "explicit", 90, status="planned")
    merged = merge_mentions([month, day, other])
    assert [(e.date, e.mentions) for e in merged] == [("1987-04-29", 2), ("1987-05-02", 1)]
