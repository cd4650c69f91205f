"""The records that cross the topics: Article in, Event out.

Frozen dataclasses with ``to_dict()``/``from_dict()``; JSON happens only at the topic edge
(``streams.wire``). The field names follow ../schemas/*.v1.json, which is the public contract.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

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
        optional = ("title", "published", "source", "url", "language", "received")
        for name in ("text", *optional):
            value = data.get(name)
            if value is not None and not isinstance(value, str):
                raise DecodeError("bad_field", f"article {name!r} must be a string")
        return cls(id=str(data["id"]), text=data["text"], **{k: data.get(k) for k in optional})


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

    @classmethod
    def of(cls, article: Article) -> ArticleRef:
        return cls(article.id, article.url, article.published, article.source, article.title)


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
