"""The topic edge: bytes <-> records for every topic's value (schemas/*.v1.json).

- articles: JSON object -> Article, with a reason code for everything that is not one;
- events: Event -> CloudEvents 1.0 structured JSON (the exact bytes the sink publishes and
  `diplowire detect` prints), keyed by the sorted country dyad;
- dead letters: DeadLetter -> JSON with the original payload in base64, bounded so that a letter always
  fits the broker's request limit (the original's size, SHA-256 and topic/partition/offset lead to the rest).
"""

from __future__ import annotations

import base64
import hashlib
from datetime import UTC, datetime
from typing import Any

import orjson

from streams.errors import DecodeError
from streams.records import Article, DeadLetter, Event

CLOUDEVENTS_CONTENT_TYPE = "application/cloudevents+json"
EVENT_SOURCE = "urn:diplowire:detector"
# The published schema of the record (its $id): resolvable; a worker also serves it at /schemas/event.v1.json
EVENT_DATASCHEMA = "https://raw.githubusercontent.com/diplowire/diplowire/main/schemas/event.v1.json"
DEAD_LETTER_VERSION = 1
# Every dead-letter reason (schemas/dead-letter.v1.json's enum; a test keeps the two equal).
DEAD_LETTER_REASONS = (
    "empty_message",
    "too_large",
    "not_utf8",
    "malformed_json",
    "not_object",
    "missing_field",
    "bad_field",
    "empty_text",
    "unsupported_language",
    "detection_failed",
    "too_slow",
    "bad_internal_record",
)
ENGLISH_CODES = ("en", "eng", "english")
# A dead letter carries at most this much of the original payload by default (base64 makes it 4/3 larger):
# a 1 MB broker limit leaves room for the letter around it. Settings.dead_letter_max_payload overrides it.
DEAD_LETTER_MAX_PAYLOAD = 256 * 1024
DEAD_LETTER_MAX_KEY = 1024  # keys are ids; a longer one is cut too (its record is found by position)
DEAD_LETTER_MAX_MESSAGE = 2000


def decode_article(raw: bytes | None, max_bytes: int) -> Article:
    """Turn one message value into an Article, or raise DecodeError with the dead-letter reason."""
    if not raw:
        raise DecodeError("empty_message", "message has no value" if raw is None else "message value is empty")
    if len(raw) > max_bytes:
        raise DecodeError("too_large", f"message is {len(raw):,} bytes; the limit is {max_bytes:,}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DecodeError("not_utf8", f"message is not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise DecodeError("malformed_json", f"message is not valid JSON: {exc}") from None
    article = Article.from_dict(data)
    return check_article(article)


def check_article(article: Article) -> Article:
    """Refuse articles that cannot hold events: empty text, or a language other than English."""
    if not article.text.strip():
        raise DecodeError("empty_text", f"article {article.id!r} has empty text")
    language = (article.language or "en").strip().lower()
    if language.split("-")[0].split("_")[0] not in ENGLISH_CODES:
        raise DecodeError(
            "unsupported_language",
            f"article {article.id!r} is in {article.language!r}; only English is coded",
        )
    return article


def encode_article(article: Article) -> bytes:
    return orjson.dumps(article.to_dict())


def event_key(event: Event) -> bytes:
    return event.dyad.encode()


def to_cloudevent(event: Event) -> dict[str, Any]:
    """The CloudEvents 1.0 structured-mode envelope of one event (deterministic: no wall-clock time)."""
    envelope: dict[str, Any] = {
        "specversion": "1.0",
        "id": event.event_id,
        "source": EVENT_SOURCE,
        "type": f"org.diplowire.event.{event.event_type.lower()}.v1",
        "subject": event.dyad,
        "datacontenttype": "application/json",
        "dataschema": EVENT_DATASCHEMA,
        "partitionkey": event.dyad,
        "data": event.to_dict(),
    }
    time = _rfc3339(event.article.published)
    if time:
        envelope["time"] = time
    return envelope


def encode_event(event: Event) -> bytes:
    return orjson.dumps(to_cloudevent(event), option=orjson.OPT_SORT_KEYS)


def decode_event(raw: bytes) -> Event:
    return Event.from_dict(orjson.loads(raw)["data"])


def dead_letter_key(letter: DeadLetter) -> bytes | None:
    """The record key of a dead letter: the original key, cut to DEAD_LETTER_MAX_KEY bytes."""
    return letter.key[:DEAD_LETTER_MAX_KEY] if letter.key is not None else None


def encode_dead_letter(letter: DeadLetter, now: datetime | None = None,
                       max_payload: int = DEAD_LETTER_MAX_PAYLOAD) -> bytes:  # fmt: skip
    """The dead-letter JSON; at most `max_payload` bytes of the original payload (``payload_truncated``)."""
    payload = letter.payload
    key = dead_letter_key(letter)
    record = {
        "version": DEAD_LETTER_VERSION,
        "reason": letter.reason,
        "message": letter.message[:DEAD_LETTER_MAX_MESSAGE],
        "article_id": letter.article_id[:DEAD_LETTER_MAX_KEY] if letter.article_id is not None else None,
        "payload_base64": base64.b64encode(payload[:max_payload]).decode("ascii"),
        "payload_size": len(payload),
        "payload_truncated": len(payload) > max_payload,
        "payload_sha256": hashlib.sha256(payload).hexdigest(),
        "key_base64": base64.b64encode(key).decode("ascii") if key is not None else None,
        "topic": letter.topic,
        "partition": letter.partition,
        "offset": letter.offset,
        "time": (now or datetime.now(UTC)).isoformat().replace("+00:00", "Z"),
    }
    return orjson.dumps(record)


def _rfc3339(published: str | None) -> str | None:
    if not published:
        return None
    try:
        moment = datetime.fromisoformat(published.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")
