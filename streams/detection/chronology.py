"""Dates at the level of the article: the day its dates count from, the date and status of each event, the
days of events told later in the article, and when two mentions' dates are one event's.

`streams.detection.dates` reads date expressions within a sentence; this module decides with what the
whole article knows.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from spacy.tokens import Token

from streams.detection import dates
from streams.detection.frame import ArticleContext, Frame
from streams.records import Article, Event

REFERENCE_SOURCES = ("published", "received")  # a date that only says when the article was published or came in
# An event dated this long before its article is background history ("the sailors killed when Japan bombed
# the naval base on Dec. 7, 1941"), not news: no record.
HISTORY = timedelta(days=5 * 365)
LEAD_SENTENCES = 2
OCCASIONS = ("CONSULT",)  # a meeting or call: what is said at it happened on its day
# A sentence that names an occasion ("in the call", "during the talks", "his conversation with") tells of it
OCCASION_WORDS = re.compile(r"\b(?:call|conversation|talks|meeting|summit|visit|session|encounter)s?\b", re.I)


def reference_day(article: Article) -> tuple[date, str]:
    """The day the article's dates count from, and what it is: its publication day ("published"), else the day
    it was ingested ("received": Article.received, set from the Kafka timestamp by the worker, else now).
    Never 1970: a zero timestamp is no publication date."""
    published = dates.published_day(article.published)
    if published is not None:
        return published, "published"
    received = dates.parse_published(article.received) or datetime.now(UTC)
    return received.date(), "received"


def date_of(frame: Frame, ctx: ArticleContext) -> tuple[dates.ResolvedDate, bool] | None:
    """The date of a frame's event, and whether that date makes an "occurred" event a plan (it lies after the
    article: "when he visits Washington next month"); None for background history.

    The rules that distrust a date against the article's day apply to a publication day only: an article
    dated by its ingestion time may come from an archive, and its own dates stand.
    """
    published = ctx.date_source == "published"
    entry = dates.chronicle_entry(frame.anchor.doc[:], ctx.published)
    if entry is not None:  # "Dec. 28: Obama signs an order ...": what the entry tells, on its day
        return None if entry.day < ctx.published - HISTORY and published else (entry, False)
    when = dates.resolve(frame.anchor.doc[:], frame.anchor.i, ctx.published, frame.status == "planned",
                         ctx.date_source)  # fmt: skip
    when = when or dates.ResolvedDate(ctx.published, ctx.date_source)
    if frame.status == "planned" and when.day < ctx.published and published:
        # a plan is not dated before its article: that date belongs to something else in the sentence
        when = dates.ResolvedDate(ctx.published, ctx.date_source)
    if when.source == "explicit" and when.day < ctx.published - HISTORY and published:
        return None
    future = frame.status == "occurred" and when.day > ctx.published and when.source not in REFERENCE_SOURCES
    if future and when.day == ctx.published + timedelta(days=1) and _told_as_past(frame.anchor):
        future = False  # "fired a missile early Tuesday" in a story dated Monday: done, in another time zone
    return when, future


def _told_as_past(trigger: Token) -> bool:
    """Is the trigger, or a verb it hangs on ("conducted a missile launch", "..., the ministry said"), in the
    past tense, with no future auxiliary on the way?"""
    for tok in (trigger, *trigger.ancestors):
        if tok.pos_ not in ("VERB", "AUX") or tok.tag_ in ("MD", "VB", "VBG"):
            continue  # a modal, an infinitive or a participle: the tense is that of the verb it hangs on
        if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in tok.children):
            return False
        return tok.tag_ in ("VBD", "VBN")  # the first finite verb decides: "who leaves tomorrow" is to come
    return False


def carry_dates(events: list[Event], lead_end: int = 0) -> list[Event]:
    """Events told later in the article take the day of the meeting they were part of.

    An event its own sentence does not date (date_source published/received), which occurred, takes the
    day of a dated meeting (CONSULT, occurred, dated to the day, told before it):
    - the nearest one between the same two parties, when its sentence names an occasion ("Putin spoke
      to Biden on Tuesday ... his conversation with Biden in which the US president warned Russia");
    - else the first one in the lead (the first two sentences, up to `lead_end`) that its actor took part
      in ("Xi and Putin held a video call on Wednesday ... The two men also criticised ...").
    `events` are in text order.
    """
    out: list[Event] = []
    meetings: list[Event] = []
    for e in events:
        if e.date_source in REFERENCE_SOURCES and e.status == "occurred":
            pair = {e.actor.country, _rc(e)}
            told = OCCASION_WORDS.search(e.evidence.sentence) is not None
            same = [m for m in meetings if told and _rc(e) and {m.actor.country, _rc(m)} == pair]
            lead = [m for m in meetings if m.evidence.start < lead_end and e.actor.country in (m.actor.country, _rc(m))]
            source = same[-1] if same else lead[0] if lead else None
            if source is not None:
                e = replace(e, date=source.date, date_source="relative")
        elif (e.event_type in OCCASIONS and e.status == "occurred" and e.date_source not in REFERENCE_SOURCES
              and e.date_precision == "day" and _rc(e)):  # fmt: skip
            meetings.append(e)
        out.append(e)
    return out


def dates_agree(a: Event, b: Event) -> bool:
    """Can two mentions be one event? The same day, or one of them only dated by its article, or one only to
    the month (week) the other is in ("visits Washington next month" ... "when he visits on April 29")."""
    if a.date == b.date or {a.date_source, b.date_source} & set(REFERENCE_SOURCES):
        return True
    coarse, fine = (a, b) if a.date_precision != "day" else (b, a)
    if coarse.date_precision == "month":
        return coarse.date[:7] == fine.date[:7]
    if coarse.date_precision == "week":
        return abs((date.fromisoformat(coarse.date) - date.fromisoformat(fine.date)).days) <= 6
    return False


def _rc(e: Event) -> str | None:
    return e.recipient.country if e.recipient else None
