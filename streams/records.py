"""The records that cross the topics: Article in, Event out; and `parse_published`, the one reader of an
article's publication date in the real-world forms feeds and wires give it.

Frozen dataclasses with ``to_dict()``/``from_dict()``; JSON happens only at the topic edge
(``streams.wire``). The field names follow ../schemas/*.v1.json, which is the public contract.
"""

from __future__ import annotations

import hashlib
import re
import warnings
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

from dateutil import parser as dateparser

from streams.errors import DecodeError

EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "REQUEST", "ACCUSE", "REJECT",
    "THREATEN", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "PROTEST", "CONCEDE", "RETREAT",
)  # fmt: skip
STATUSES = ("occurred", "announced", "planned")
# received: the article had no usable `published`; dates count from its ingestion time (Article.received)
DATE_SOURCES = ("explicit", "relative", "published", "received")


@dataclass(frozen=True)
class Article:
    """One news article, as it arrives on the articles topic."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO 8601 date or date-time (other common forms are read too)
    source: str | None = None
    url: str | None = None
    language: str | None = None
    # ISO 8601 date-time the article was ingested: the Kafka record timestamp in the worker, now in `detect`.
    # Events of an article without a usable `published` are dated by it (date_source "received").
    received: str | None = None
    summary: str | None = None  # a feed item's own summary, kept beside the full text extracted from its page

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}

    @classmethod
    def from_dict(cls, data: Any) -> Article:
        """Build an Article from decoded JSON; raise DecodeError naming what is wrong."""
        if not isinstance(data, dict):
            raise DecodeError("not_object", f"article must be a JSON object, got {type(data).__name__}")
        for name in ("id", "text"):
            if name not in data or data[name] is None:
                raise DecodeError("missing_field", f"article has no {name!r}")
        if not isinstance(data["id"], str | int) or isinstance(data["id"], bool) or str(data["id"]) == "":
            raise DecodeError("bad_field", "article 'id' must be a non-empty string")
        optional = ("title", "published", "source", "url", "language", "received", "summary")
        for name in ("text", *optional):
            value = data.get(name)
            if value is not None and not isinstance(value, str):
                raise DecodeError("bad_field", f"article {name!r} must be a string")
        return cls(id=str(data["id"]), text=data["text"], **{k: data.get(k) for k in optional})


# Two defaults that differ in every field: a value parsed the same under both named its whole date.
# (naive on purpose: a zone in the text is applied by the parser, a value without one stays naive)
_DEFAULTS = (datetime(2001, 2, 3, 4, 5, 6), datetime(2002, 4, 6, 8, 10, 12))  # noqa: DTZ001
EARLIEST = date(1900, 1, 1)
EPOCH = date(1970, 1, 1)  # a zero timestamp is a missing date, never the day something was published
# "Wed, 01 May 2024 10:00:00 +0000": email.utils reads other forms too, some of them wrongly
RFC2822 = re.compile(r"(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}")


def parse_published(text: str | None) -> datetime | None:
    """The publication time of an article from any common form, or None if it names no whole date.

    RFC 3339 / ISO 8601 ("2024-05-01", "2024-05-01T10:00:00Z"), RFC 2822 ("Wed, 01 May 2024 10:00:00
    +0000", RSS), and what wires and pages print ("May 1, 2024", "1 May 2024 10:00 GMT", "2024/05/01").
    A value without day, month and year ("May 2024", "Wednesday"), before 1900, more than a day in the
    future of now, or the Unix epoch itself (a zero timestamp) is not a date: None. The time zone is kept
    as given (the writer's day is the one "on Wednesday" counts from); a naive value stays naive.
    """
    if not text or not text.strip() or len(text) > 100:
        return None
    value = text.strip()
    found: datetime | None = None
    try:
        found = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        found = _rfc2822(value) if RFC2822.match(value) else _free_form(value)
    if found is None or found.date() == EPOCH or found.date() < EARLIEST:
        return None
    now = datetime.now(UTC)
    latest = now.replace(tzinfo=None) if found.tzinfo is None else now
    return found if found <= latest + timedelta(days=1) else None


# Zone abbreviations wires print; dateutil knows only UTC/GMT and warns on the rest (unknown ones stay naive).
_ZONES = {
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "MSK": 3, "IST": 5.5, "JST": 9, "KST": 9, "AEST": 10,
}  # fmt: skip
TZINFOS = {name: int(hours * 3600) for name, hours in _ZONES.items()}


def _rfc2822(value: str) -> datetime | None:
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return _free_form(value)


def _free_form(value: str) -> datetime | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", dateparser.UnknownTimezoneWarning)
            first, second = (dateparser.parse(value, default=d, tzinfos=TZINFOS) for d in _DEFAULTS)
    except (ValueError, OverflowError, TypeError):
        return None
    if first.date() != second.date():
        return None  # day, month or year came from the default
    if (first.hour, first.minute) != (second.hour, second.minute):
        return first.replace(hour=0, minute=0, second=0)  # a date without a time: midnight
    return first if first.second == second.second else first.replace(second=0)


@dataclass(frozen=True)
class Actor:
    """A party to an event: surface text plus its normalized identity."""

    text: str
    name: str
    country: str | None  # ISO 3166 alpha-3, or EUR/UNO/NAO/... for organisations
    sector: str | None = None  # GOV, MIL, DIP, ...

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Actor:
        return cls(**data)


@dataclass(frozen=True)
class Cameo:
    code: str
    root: str
    name: str


@dataclass(frozen=True)
class Evidence:
    """Where the event was read: character offsets index into the ORIGINAL article text (trigger start/end,
    and the sentence's own start/end); `sentence` is the normalised text (hard wraps re-flowed)."""

    sentence: str
    trigger: str
    start: int
    end: int
    rule: str
    sentence_start: int | None = None
    sentence_end: int | None = None


@dataclass(frozen=True)
class Location:
    name: str
    country: str | None


@dataclass(frozen=True)
class ArticleRef:
    id: str
    url: str | None = None
    published: str | None = None
    source: str | None = None
    title: str | None = None
    text_hash: str | None = None  # which version of the article: text_hash(article.text)

    @classmethod
    def of(cls, article: Article) -> ArticleRef:
        return cls(article.id, article.url, article.published, article.source, article.title, text_hash(article.text))


def text_hash(text: str) -> str:
    """The version of an article's text: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(frozen=True)
class DetectorInfo:
    version: str
    model: str


@dataclass(frozen=True)
class Event:
    """One dyadic diplomatic event (actor -> recipient), normalized, with its evidence."""

    event_id: str
    event_type: str
    mode: str | None
    cameo: Cameo
    goldstein: float
    quad_class: int
    actor: Actor
    recipient: Actor | None
    date: str
    date_source: str
    status: str
    evidence: Evidence
    confidence: float
    article: ArticleRef
    detector: DetectorInfo
    date_precision: str = "day"
    location: Location | None = None
    mentions: int = 1
    cluster_id: str | None = None
    first_seen: bool | None = None

    @property
    def dyad(self) -> str:
        """The topic key: the sorted country codes of the two parties, e.g. ``CHN:RUS``."""
        codes = [self.actor.country or "UNK"]
        if self.recipient is not None:
            codes.append(self.recipient.country or "UNK")
        return ":".join(sorted(codes))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        data = dict(data)
        data["cameo"] = Cameo(**data["cameo"])
        data["actor"] = Actor.from_dict(data["actor"])
        data["recipient"] = Actor.from_dict(data["recipient"]) if data.get("recipient") else None
        data["evidence"] = Evidence(**data["evidence"])
        data["location"] = Location(**data["location"]) if data.get("location") else None
        data["article"] = ArticleRef(**data["article"])
        data["detector"] = DetectorInfo(**data["detector"])
        return cls(**data)


@dataclass(frozen=True)
class DeadLetter:
    """An input the worker could not turn into events, kept with the reason and the original bytes."""

    reason: str  # a DecodeError / DetectionError code, e.g. "malformed_json"
    message: str
    payload: bytes
    topic: str | None = None
    partition: int | None = None
    offset: int | None = None
    key: bytes | None = None
    article_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
