"""The per-message work, without any broker: raw article bytes -> encoded events or a dead letter.

Agents run ``process_batch`` in a process pool (spaCy is CPU-bound and would stall the event loop);
`diplowire detect` and the tests call the same functions in-process, so the sink topic and the CLI
publish the same bytes. A bad message becomes a DeadLetter value; nothing here raises for bad input.

Work per article is bounded: the detector caps what one parse sees (streams.detection.pipeline), and
``budget`` seconds per article (SIGALRM, in a pool process's main thread) turn an article that would
still hold the stream into a ``too_slow`` dead letter.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

import orjson

from streams.detection import Detector, load_nlp, looks_english
from streams.errors import DecodeError
from streams.records import Article, DeadLetter, Event, parse_published
from streams.wire import decode_article, encode_event, event_key
from streams.worker.clustering import Clusterer, cluster_key

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RawMessage:
    """One consumed message, as the agent got it."""

    value: bytes | None
    key: bytes | None = None
    topic: str | None = None
    partition: int | None = None
    offset: int | None = None
    timestamp: float | None = None  # the record's Kafka timestamp (seconds since the epoch): its ingestion time


@dataclass(frozen=True)
class Outcome:
    """What became of one message: its detected events (not yet clustered) or a dead letter."""

    message: RawMessage
    article_id: str | None = None
    events: list[Event] = field(default_factory=list)
    dead_letter: DeadLetter | None = None
    seconds: float = 0.0  # detection time for this article's share of the batch


def to_article(message: RawMessage, max_bytes: int) -> Article:
    """Decode and vet one message; raise DecodeError with the dead-letter reason.

    The article gets its ingestion time (`received`, from the record timestamp) unless the producer set
    one: events of an article without a usable `published` are dated by it. An unparsable `published` is
    not refused (the events are still worth having) but logged, and its events say `date_source: received`.
    """
    article = decode_article(message.value, max_bytes)
    if not looks_english(article.text):
        raise DecodeError("unsupported_language", f"article {article.id!r} does not look like English text")
    if article.received is None and message.timestamp is not None and message.timestamp > 0:
        article = replace(article, received=datetime.fromtimestamp(message.timestamp, UTC).isoformat())
    if article.published and parse_published(article.published) is None:
        log.warning("article %r: unusable published date %r; its events are dated by ingestion time (received)",
                    article.id, article.published[:100])  # fmt: skip
    return article


def dead_letter(message: RawMessage, code: str, text: str) -> DeadLetter:
    """The dead letter for a message that cannot go on: reason, text, original bytes and position."""
    return DeadLetter(code, text, message.value or b"", message.topic, message.partition, message.offset,
                      message.key, _article_id(message.value))  # fmt: skip


def dead_outcome(message: RawMessage, code: str, text: str) -> Outcome:
    """The outcome of a message that goes to the dead-letter topic."""
    letter = dead_letter(message, code, text)
    return Outcome(message, letter.article_id, dead_letter=letter)


def _article_id(raw: bytes | None) -> str | None:
    try:
        data = orjson.loads(raw or b"")
    except orjson.JSONDecodeError:
        return None
    value = data.get("id") if isinstance(data, dict) else None
    return str(value) if isinstance(value, str | int) and not isinstance(value, bool) else None


def detected_record(event: Event) -> tuple[bytes, bytes]:
    """(key, value) on the worker's internal topic: keyed by cluster key, so a cluster lives on one partition."""
    return cluster_key(event).encode(), orjson.dumps(event.to_dict())


def decode_detected(raw: bytes | None) -> Event:
    """The inverse of detected_record's value; raise DecodeError if it is not an event."""
    try:
        return Event.from_dict(orjson.loads(raw or b""))
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise DecodeError("bad_internal_record", f"not a detected event: {type(exc).__name__}: {exc}") from None


def sink_record(event: Event) -> tuple[bytes, bytes]:
    """(key, value) on the sink topics: keyed by dyad, CloudEvents JSON."""
    return event_key(event), encode_event(event)


def finish(clusterer: Clusterer, events: Sequence[Event]) -> list[tuple[bytes, bytes]]:
    """What the sink publishes for detected events: clustered, then encoded (the CLI's path to the sink's bytes)."""
    return [sink_record(clusterer(event)[0]) for event in events]


ALARM_REPEAT = 0.2  # seconds between repeats of an expired time limit's alarm
ALONE_CHARS = 50_000  # longer articles (about 20 times a long news story) are detected one at a time


class TooSlow(Exception):  # noqa: N818 - a condition, not a bug
    """Detection ran past its time budget."""


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise TooSlow in this block after `seconds` (main thread only: elsewhere there is no limit)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: Any) -> None:
        raise TooSlow

    previous = signal.signal(signal.SIGALRM, expire)
    # The alarm repeats until the block ends: an exception raised while Python runs a gc callback or a
    # __del__ is swallowed there (seen in a test: the TooSlow was lost and the article ran 11 s past 1 s)
    signal.setitimer(signal.ITIMER_REAL, seconds, ALARM_REPEAT)
    try:
        yield
    finally:
        while True:  # a repeat may fire in here: the timer must still be cleared and the handler restored
            try:
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, previous)
                break
            except TooSlow:
                continue


def process_batch(detector: Detector, messages: Sequence[RawMessage], max_bytes: int,
                  budget: float | None = None) -> list[Outcome]:  # fmt: skip
    """Decode, detect and encode a batch; one bad or slow message never costs the others their events.

    `budget`: seconds of detection per article. The batch gets `budget` per article; when it runs over,
    each article is detected alone with its own budget, and the one that overruns is dead-lettered.
    """
    outcomes: list[Outcome | None] = [None] * len(messages)
    good: list[tuple[int, Article]] = []
    for i, message in enumerate(messages):
        try:
            good.append((i, to_article(message, max_bytes)))
        except DecodeError as exc:
            outcomes[i] = dead_outcome(message, exc.code, exc.message)
    # A long article is detected alone, so that its budget is its own and no batch is retried for it.
    alone = [(i, a) for i, a in good if len(a.text) > ALONE_CHARS]
    good = [(i, a) for i, a in good if len(a.text) <= ALONE_CHARS]
    started = time.perf_counter()
    try:
        with time_limit(budget * len(good) if budget else None):
            results = detector.pipe([a for _, a in good])
    except Exception:  # noqa: BLE001 - isolate the article that breaks the detector (or is too slow), below
        results = None
    share = (time.perf_counter() - started) / max(len(good), 1)
    for n, (i, article) in enumerate(good):
        if results is not None:
            outcomes[i] = Outcome(messages[i], article.id, results[n], seconds=share)
        else:
            outcomes[i] = _detect_one(detector, messages[i], article, budget)
    for i, article in alone:
        outcomes[i] = _detect_one(detector, messages[i], article, budget)
    return [o for o in outcomes if o is not None]


def _detect_one(detector: Detector, message: RawMessage, article: Article, budget: float | None) -> Outcome:
    started = time.perf_counter()
    try:
        with time_limit(budget):
            events = detector(article)
    except TooSlow:
        return dead_outcome(message, "too_slow", f"article {article.id!r} ({len(article.text):,} characters) took more "
                     f"than the {budget:g} s detection budget")  # fmt: skip
    except Exception as exc:  # noqa: BLE001 - a detector bug must not stop the stream: dead-letter it
        return dead_outcome(message, "detection_failed", f"{type(exc).__name__}: {exc}")
    return Outcome(message, article.id, events, seconds=time.perf_counter() - started)


# -- process-pool side ------------------------------------------------------------------------------
_DETECTOR: Detector | None = None


def init_pool_worker(model: str | None, parent: int | None = None) -> None:
    """Process-pool initializer: load the pipeline once per process, never per message.

    A pool process must not outlive a worker that was SIGKILLed: it dies with its parent.
    """
    global _DETECTOR
    if parent is not None:
        from streams.kafka.broker import die_with_parent

        die_with_parent()
        if os.getppid() != parent:  # the parent died before prctl took effect
            os._exit(1)
    _DETECTOR = Detector(load_nlp(model))


def pool_process_batch(messages: Sequence[RawMessage], max_bytes: int, budget: float | None = None) -> list[Outcome]:
    if _DETECTOR is None:
        raise RuntimeError("pool worker not initialised")
    return process_batch(_DETECTOR, messages, max_bytes, budget)


def pool_ready() -> bool:
    return _DETECTOR is not None
