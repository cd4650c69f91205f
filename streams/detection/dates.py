"""Event dates: explicit dates, weekdays and other expressions relative to the publication date, and
chained references ("eight days after" another dated event). The publication date itself is read by
`streams.records.parse_published` (the contract: the producer and feeds use it without loading spaCy).

Works on the surface tokens of one sentence, so it needs no statistical model.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Span, Token

from streams.records import parse_published as parse_published  # the detector's reader, re-exported

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
FULL_MONTHS = set(MONTHS)
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS.update({"sept": 9})
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
DASHES = {"-", "--", "—", "–"}
NUMBERS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
}
NUMBERS.update({"a": 1, "an": 1})
UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7}
RELATIVE_WORDS = {"yesterday": -1, "today": 0, "tomorrow": 1}
ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
# A day named without a year this soon after the article is the coming one, not the one eleven months back
AHEAD = timedelta(days=45)


@dataclass(frozen=True)
class ResolvedDate:
    day: date
    source: str  # explicit | relative | published | received
    precision: str = "day"  # day | month


@dataclass(frozen=True)
class DateMention:
    start: int  # token index in the Doc
    end: int
    value: ResolvedDate


def published_day(published: str | None) -> date | None:
    """The publication day of an article (see streams.records.parse_published), or None."""
    found = parse_published(published)
    return found.date() if found else None


def find_dates(sent: Span, published: date, future: bool = False, next_day: bool = False) -> list[DateMention]:
    """Every date expression in `sent`, resolved against the publication date."""
    found: list[DateMention] = []
    tokens = list(sent)
    i = 0
    while i < len(tokens):
        mention = _date_at(tokens, i, published, future, next_day)
        if mention is not None:
            found.append(mention)
            i = mention.end - sent.start
        else:
            i += 1
    return found


def _date_at(tokens: list, i: int, published: date, future: bool, next_day: bool = False) -> DateMention | None:  # type: ignore[type-arg]
    tok = tokens[i]
    low = tok.lower_
    start = tok.i
    iso = ISO_DATE.match(tok.text)
    if iso:
        try:
            day = date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            return None
        return DateMention(start, start + 1, ResolvedDate(day, "explicit"))
    if low in WEEKDAYS and tok.text[:1].isupper():
        last = i > 0 and tokens[i - 1].lower_ in ("last", "past", "previous")
        day = _weekday(published, WEEKDAYS[low], future, next_day and not last)
        return DateMention(start, start + 1, ResolvedDate(day, "relative"))
    if low in RELATIVE_WORDS:
        return DateMention(start, start + 1, ResolvedDate(published + timedelta(days=RELATIVE_WORDS[low]), "relative"))
    if low == "last" and i + 1 < len(tokens) and tokens[i + 1].lower_ in ("week", "month"):
        unit = tokens[i + 1].lower_
        if unit == "week":
            return DateMention(start, start + 2, ResolvedDate(published - timedelta(days=7), "relative", "week"))
        first = (published.replace(day=1) - timedelta(days=1)).replace(day=1)
        return DateMention(start, start + 2, ResolvedDate(first, "relative", "month"))
    if low == "next" and i + 1 < len(tokens) and tokens[i + 1].lower_ in ("week", "month"):
        if tokens[i + 1].lower_ == "week":  # "talks next week": a week ahead, to the week
            return DateMention(start, start + 2, ResolvedDate(published + timedelta(days=7), "relative", "week"))
        first = (published.replace(day=28) + timedelta(days=4)).replace(day=1)
        return DateMention(start, start + 2, ResolvedDate(first, "relative", "month"))
    if low.rstrip(".") in MONTHS and tok.text[:1].isupper() and _names_month(tokens, i):
        return _month_date(tokens, i, published, future)
    if low.isdigit() and 1 <= int(low) <= 31 and i + 1 < len(tokens):
        nxt = tokens[i + 1]
        if nxt.lower_.rstrip(".") in MONTHS and nxt.text[:1].isupper():
            month = MONTHS[nxt.lower_.rstrip(".")]
            year, end = _year_after(tokens, i + 2)
            found = _safe_date(year or _infer_year(published, month, future, int(low)), month, int(low))
            if found:
                return DateMention(start, tokens[end - 1].i + 1, ResolvedDate(found, "explicit"))
    return None


def names_month(word: str) -> bool:
    """Is `word` a month's name or abbreviation, capitalised ("June", "Jun", "Jun.", "Sept.")?"""
    return word[:1].isupper() and word.rstrip(".").lower() in MONTHS


def _names_month(tokens: list, i: int) -> bool:  # type: ignore[type-arg]
    """A month's name, or its abbreviation with a period or a number after it ("Dec. 28", "Dec 28", "Mar 2017"),
    not a name it begins ("Mar-a-Lago")."""
    low = tokens[i].lower_
    return low in FULL_MONTHS or low.endswith(".") or (i + 1 < len(tokens) and tokens[i + 1].text.isdigit())


def _month_date(tokens: list, i: int, published: date, future: bool) -> DateMention | None:  # type: ignore[type-arg]
    tok = tokens[i]
    after_preposition = i > 0 and tokens[i - 1].lower_ in ("in", "of", "since", "until", "early", "late")
    if tok.lower_ == "may" and not after_preposition and not (i + 1 < len(tokens) and tokens[i + 1].text.isdigit()):
        return None  # "may" the modal verb
    month = MONTHS[tok.lower_.rstrip(".")]
    if i + 1 < len(tokens) and tokens[i + 1].text.isdigit() and 1 <= int(tokens[i + 1].text) <= 31:
        year, end = _year_after(tokens, i + 2)
        day_of = int(tokens[i + 1].text)
        day = _safe_date(year or _infer_year(published, month, future, day_of), month, day_of)
        if day:
            return DateMention(tok.i, tokens[end - 1].i + 1, ResolvedDate(day, "explicit"))
    year, end = _year_after(tokens, i + 1)
    first = date(year or _infer_year(published, month, future), month, 1)
    return DateMention(tok.i, tokens[end - 1].i + 1, ResolvedDate(first, "explicit" if year else "relative", "month"))


def _year_after(tokens: list, i: int) -> tuple[int | None, int]:  # type: ignore[type-arg]
    """A year right after position i ("15, 2021" / "2021"): (year, end position), else (None, i)."""
    j = i + 1 if i < len(tokens) and tokens[i].text == "," else i
    if j < len(tokens) and re.fullmatch(r"(19|20)\d\d", tokens[j].text):
        return int(tokens[j].text), j + 1
    return None, i


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _infer_year(published: date, month: int, future: bool, day: int | None = None) -> int:
    """The year of a month (and day) named without one: the past occurrence, or the next one for planned events
    and for a day at most AHEAD after the article ("his meeting on April 5" in an article of March 20: a day
    eleven months back would be given its year; a month alone, "in December", tells of the past one)."""
    if future:
        return published.year if month >= published.month else published.year + 1
    if day is None:
        return published.year if month <= published.month else published.year - 1
    past = published.year if (month, day) <= (published.month, published.day) else published.year - 1
    coming = date(past + 1, month, min(day, 28))
    return past + 1 if coming - published <= AHEAD else past


def _weekday(published: date, weekday: int, future: bool, next_day: bool = False) -> date:
    """A weekday named alone: the latest such day up to publication, or the next one if planned; the article's
    own weekday is its own day either way (a wire dated Wednesday that says "on Wednesday" means today). With
    `next_day` (a publication date, and not "last Tuesday"), the day after publication is that day, not six
    days before: a story dated in the Americas tells of Asia's next morning ("fired a missile early Tuesday" in
    a story dated Monday)."""
    if future or (next_day and (weekday - published.weekday()) % 7 == 1):
        return published + timedelta(days=(weekday - published.weekday()) % 7)
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def offset_before(sent: Span, index: int) -> tuple[int, int] | None:
    """("eight days after" -> (-8, token index of "after")): a chained reference before `index`.

    The event at `index` happened N days after (or before) the event the sentence dated first,
    so its date is that anchor's date minus (or plus) N days.
    """
    tokens = [t for t in sent if t.i < index]
    for k in range(len(tokens) - 2, 0, -1):
        unit, rel = tokens[k], tokens[k + 1]
        if unit.lower_ in UNITS and rel.lower_ in ("after", "before", "later", "earlier"):
            count = tokens[k - 1].lower_
            n = int(count) if count.isdigit() else NUMBERS.get(count)
            if n is None:
                continue
            days = n * UNITS[unit.lower_]
            return (-days if rel.lower_ in ("after", "later") else days), rel.i
    return None


# "met on Jeju, following a summit in Seoul last week": a date inside such a phrase dates the other event
OTHER_EVENT_PREPS = {"after", "following", "before", "since", "ahead", "until", "prior", "preceding"}
NOUN_MODIFIERS = {"nmod", "compound", "nummod", "amod"}
# Nouns of time a date may modify without dating another thing ("the week of March 3", "Monday night")
TIME_NOUNS = {"week", "weekend", "day", "night", "morning", "afternoon", "evening", "month", "year", "date",
              "deadline", "time", "period", "session", "start", "end", "beginning"}  # fmt: skip
# "talks with de Mistura, who announced that peace talks would resume on Nov. 28": another clause's date
OTHER_CLAUSES = {"relcl", "ccomp", "acl"}


def _dates_another_event(sent: Span, mention: DateMention, index: int) -> bool:
    """Is the date mention inside a phrase or clause that tells of another event than the one at `index`?

    The path from the date up to where it meets the predicate's own chain of heads must not pass through
    an "after/following/before ..." phrase or clause, nor through a verb of a relative or complement clause
    that the predicate is not part of. (Needs the dependency parse; without one every date counts.)
    """
    doc = sent.doc
    if not doc.has_annotation("DEP"):
        return False
    anchor = doc[index]
    own = {anchor.i, *(t.i for t in anchor.ancestors)}
    # "accused Japan of failing to enforce a September 1986 agreement", "in response to Pyongyang's November 29
    # test": a date that modifies a noun dates that thing, unless the noun is the predicate's own ("his March 3
    # visit", "Reagan's April 17 decision to impose tariffs"); not a possessive ("under last month's accord, X
    # promised": the occasion) nor a name ("On Thursday Mr Straw ...", misparsed)
    words = range(mention.start, mention.end)
    for tok in (doc[i] for i in words):
        head = tok.head
        if head.i in words or tok.dep_ not in NOUN_MODIFIERS:
            continue
        if head.pos_ == "NOUN" and head.i not in own and head.lower_ not in TIME_NOUNS:
            return True
    for tok in doc[mention.start].ancestors:
        if tok.i in own:
            return False
        if tok.dep_ == "prep" and tok.lower_ in OTHER_EVENT_PREPS:
            return True
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ in OTHER_CLAUSES and not _tells_of_the_object(tok, anchor):
            return True
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in OTHER_EVENT_PREPS for c in tok.children):
            return True
    return False


def _tells_of_the_object(clause: Token, anchor: Token) -> bool:
    """ "fired a missile that sailed over Japan in September": a relative clause on the thing acted on tells
    of the same event."""
    return clause.dep_ == "relcl" and clause.head.dep_ in ("dobj", "nsubjpass") and clause.head.head == anchor


BULLETS = {"*", "-", "--", "•", "·"}
ENTRY_MARKS = {":", *DASHES}


def chronicle_entry(sent: Span, published: date) -> ResolvedDate | None:
    """The date heading an entry of a chronicle ("Dec. 28: Obama signs an order ...", "* March 3 - ..."): a day
    opening the sentence (after a bullet) with a colon or a dash after it. A chronicle tells what happened:
    its day is the past occurrence, whatever the tense of the entry (a historic present)."""
    tokens = [t for t in sent[:12] if not t.is_space]  # a bullet, a day, a mark: the sentence's first words
    first = next((k for k, t in enumerate(tokens) if t.text not in BULLETS), len(tokens))
    mention = _date_at(tokens, first, published, False) if first < len(tokens) else None
    if mention is None or mention.value.precision != "day":
        return None
    after = next((t for t in tokens if t.i >= mention.end), None)
    if after is None or after.text not in ENTRY_MARKS:
        return None
    day = mention.value.day
    if day > published:  # no entry of a chronicle is ahead of it
        day = _safe_date(day.year - 1, day.month, day.day) or day.replace(year=day.year - 1, day=28)
    return ResolvedDate(day, mention.value.source)


def resolve(
    sent: Span, index: int, published: date | None, future: bool = False, fallback: str = "published"
) -> ResolvedDate | None:
    """The date of the event whose predicate is token `index` of `sent` (None without any date at all).

    `published` is the article's reference day, `fallback` what it is (``published``, or ``received`` for
    an article dated by its ingestion time): the date of an event the sentence does not date."""
    if published is None:
        return None
    mentions = find_dates(sent, published, future, next_day=fallback == "published")
    chained = offset_before(sent, index)
    if chained is not None:
        days, at = chained
        anchors = [m for m in mentions if m.end <= at]
        if anchors:
            anchor = anchors[-1].value
            return ResolvedDate(anchor.day + timedelta(days=days), "relative", anchor.precision)
    mentions = [m for m in mentions if not _dates_another_event(sent, m, index)] if mentions else mentions
    if mentions:
        nearest = min(mentions, key=lambda m: (min(abs(m.start - index), abs(m.end - 1 - index)), m.start < index))
        return nearest.value
    return ResolvedDate(published, fallback)
