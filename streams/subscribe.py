"""The subscriber API: typed `Event` records from the sink topics, filtered, resumable per consumer group.

```python
from streams.subscribe import subscribe

for event in subscribe("localhost:9092", types=["CONSULT"], countries=["RUS"], group="my-service"):
    print(event.date, event.actor.name, "->", event.recipient and event.recipient.name)
```

With `types`, the per-type topics are read (one per type), otherwise the all-events topic. With a `group`,
offsets are committed for that consumer group, so a restarted subscriber resumes where it stopped (the
group's committed offsets win over `from_beginning`/`since`, as in Kafka); members of one group share the
partitions. `asubscribe` is the same for asyncio. Errors are `ConfigError` (unknown type, mode or country
code) and `BrokerError` (unreachable within `connect_timeout`, or lost for `lost_after` seconds).

On the embedded Tansu broker "the end of the topic" (ListOffsets latest) can lie a few records behind the
real end (tansu-faust.md in the shared reference notes), so a subscriber starting at the end may first get a few
recent records again; Apache Kafka is exact. Use a group, `since` or `from_beginning` to say where to start.
"""

from __future__ import annotations

import asyncio
import re
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from types import TracebackType
from typing import Any

import orjson
from kafka import KafkaConsumer, TopicPartition
from kafka.errors import KafkaError
from kafka.structs import OffsetAndMetadata

from streams.errors import BrokerError, ConfigError, DecodeError
from streams.kafka.admin import client_config
from streams.records import EVENT_TYPES, Event
from streams.settings import Settings
from streams.wire import decode_event

# PLOVER modes a user may name instead of a type (`boycott` is SANCTION mode boycott). The lexicons in
# streams/detection/data/ use a subset; tests/test_subscribe.py checks every mode they use is listed here.
MODES: dict[str, tuple[str, ...]] = {
    "CONSULT": ("phone", "visit", "third-party", "multilateral"),
    "SANCTION": ("boycott", "embargo", "expel", "relations", "discontinue", "withdraw"),
    "REJECT": ("meet",),
    "AID": ("economic", "military", "humanitarian"),
    "PROTEST": ("demo", "riot", "strike", "hunger", "obstruct"),
}
# The codes an event's parties can carry are the ids of the actor dictionaries (ISO alpha-3 for states,
# EUR/UNO/NAO/... for organisations). Read as data: importing streams.detection would load spaCy.
DICTIONARIES = Path(__file__).parent / "detection" / "data"


@dataclass(frozen=True)
class Delivery:
    """One event with where it was read: `id` (topic/partition/offset) names it for a resuming reader."""

    event: Event
    topic: str
    partition: int
    offset: int
    timestamp_ms: int
    value: bytes

    @property
    def id(self) -> str:
        return f"{self.topic}/{self.partition}/{self.offset}"


@dataclass(frozen=True)
class Filter:
    """The record filters, checked once (`Filter.of`) and applied to every event (`matches`)."""

    types: frozenset[str] = frozenset()
    modes: frozenset[tuple[str, str]] = frozenset()  # (type, mode) pairs named as modes, e.g. boycott
    countries: frozenset[str] = frozenset()
    dyad: tuple[str, str] | None = None
    cameo_prefix: str | None = None
    first_seen_only: bool = False
    since_ms: int | None = None

    @classmethod
    def of(cls, types: Iterable[str] | str | None = None, countries: Iterable[str] | str | None = None,
           dyad: Iterable[str] | str | None = None, cameo_prefix: str | None = None, first_seen_only: bool = False,
           since: datetime | None = None) -> Filter:  # fmt: skip
        """Check and normalise the filters; ConfigError names the bad value and what would be valid."""
        plain, modes = resolve_types(_listed(types))
        codes = frozenset(country_code(c) for c in _listed(countries))
        pair = None
        if dyad is not None:
            parts = dyad.replace("-", ":").split(":") if isinstance(dyad, str) else list(dyad)
            if len(parts) != 2:
                raise ConfigError(f"dyad {dyad!r}: expected two country codes, e.g. RUS:CHN")
            a, b = sorted(country_code(p) for p in parts)
            pair = (a, b)
        if cameo_prefix is not None and not re.fullmatch(r"[0-9]{1,4}", cameo_prefix):
            raise ConfigError(f"CAMEO prefix {cameo_prefix!r}: expected 1-4 digits, e.g. 04 or 163")
        since_ms = None
        if since is not None:
            if since.tzinfo is None:
                raise ConfigError("since must be timezone-aware, e.g. datetime(2026, 1, 1, tzinfo=UTC)")
            since_ms = int(since.timestamp() * 1000)
        return cls(frozenset(plain), frozenset(modes), codes, pair, cameo_prefix, first_seen_only, since_ms)

    @property
    def topic_types(self) -> list[str]:
        """The types whose per-type topics hold every match (empty: read the all-events topic)."""
        return sorted(self.types | {t for t, _ in self.modes})

    def matches(self, event: Event, timestamp_ms: int | None = None) -> bool:
        if self.since_ms is not None and timestamp_ms is not None and timestamp_ms < self.since_ms:
            return False
        if self.first_seen_only and event.first_seen is False:
            return False
        if (self.types or self.modes) and not (
            event.event_type in self.types or (event.event_type, event.mode or "") in self.modes
        ):
            return False
        parties = (event.actor.country, event.recipient.country if event.recipient else None)
        if self.countries and not self.countries.intersection(parties):
            return False
        if self.dyad and tuple(sorted(p or "UNK" for p in parties)) != self.dyad:
            return False
        return not (self.cameo_prefix and not event.cameo.code.startswith(self.cameo_prefix))


def resolve_types(names: Iterable[str]) -> tuple[set[str], set[tuple[str, str]]]:
    """PLOVER types (`consult`, `CONSULT`) and modes (`boycott`, `SANCTION/boycott`) -> (types, (type, mode))."""
    types: set[str] = set()
    modes: set[tuple[str, str]] = set()
    for raw in names:
        name = raw.strip()
        head, _, mode = name.partition("/")
        if head.upper() in EVENT_TYPES and not mode:
            types.add(head.upper())
            continue
        if mode and head.upper() in EVENT_TYPES and mode.lower() in MODES.get(head.upper(), ()):
            modes.add((head.upper(), mode.lower()))
            continue
        owners = [t for t, ms in MODES.items() if name.lower() in ms]
        if owners and len(owners) == 1:
            modes.add((owners[0], name.lower()))
            continue
        raise ConfigError(_unknown_type(name))
    return types, modes


def _unknown_type(name: str) -> str:
    mode = name.partition("/")[2] or name
    owners = [f"{t} mode {mode.lower()}" for t, ms in MODES.items() if mode.lower() in ms]
    hint = f" ({', '.join(owners)})" if owners else ""
    valid_modes = "; ".join(f"{t}: {', '.join(ms)}" for t, ms in MODES.items())
    return (f"unknown event type {name!r}{hint}; valid types: {', '.join(EVENT_TYPES)}; "
            f"modes (as MODE or TYPE/MODE): {valid_modes}")  # fmt: skip


@cache
def party_codes() -> frozenset[str]:
    """Every code the actor dictionaries give a party (countries.jsonl, organisations.jsonl ids)."""
    codes = {"UNK"}
    for name in ("countries.jsonl", "organisations.jsonl"):
        for line in (DICTIONARIES / name).read_text(encoding="utf-8").splitlines():
            entry = orjson.loads(line) if line.strip() else {}
            if isinstance(entry.get("id"), str):
                codes.add(entry["id"])
    return frozenset(codes)


def country_code(raw: str) -> str:
    """An ISO 3166 alpha-3 code (or EUR/UNO/... for organisations) that events can carry; else ConfigError."""
    code = raw.strip().upper()
    if code not in party_codes():
        raise ConfigError(f"country {raw!r}: not a code events carry; expected ISO 3166 alpha-3 such as RUS, CHN "
                          "or USA, or an organisation such as EUR, UNO, NAO")  # fmt: skip
    return code


def _listed(value: Iterable[str] | str | None) -> list[str]:
    if value is None:
        return []
    items = value.split(",") if isinstance(value, str) else list(value)
    return [i for i in (s.strip() for s in items) if i]


def _settings(settings_or_bootstrap: Settings | str) -> Settings:
    if isinstance(settings_or_bootstrap, Settings):
        settings = settings_or_bootstrap
    else:
        settings = Settings(bootstrap_servers=settings_or_bootstrap)
    if not settings.bootstrap_servers:
        raise ConfigError("no broker: set KAFKA_BOOTSTRAP_SERVERS or pass the bootstrap servers")
    return settings


def reachable(bootstrap: str, timeout: float = 1.0) -> bool:
    """True if a TCP connection to any bootstrap server opens within `timeout` (the liveness probe)."""
    for server in bootstrap.split(","):
        host, _, port = server.strip().rpartition(":")
        try:
            with socket.create_connection((host.strip("[]") or "localhost", int(port or 9092)), timeout=timeout):
                return True
        except (OSError, ValueError):
            continue
    return False


class Subscription:
    """An open subscription: iterate for `Event`s, or `deliveries()` for events with their positions.

    Use it as a context manager (or call `close()`): closing commits every record handed out when there
    is a group, so a restarted subscriber resumes after the last one; while running, offsets are committed
    every `commit_interval` seconds (a crash repeats at most that much: at least once).
    """

    def __init__(self, settings: Settings, flt: Filter, group: str | None = None, from_beginning: bool = False,
                 connect_timeout: float = 5.0, lost_after: float = 3.0, poll_timeout: float = 0.5,
                 idle_timeout: float | None = None) -> None:  # fmt: skip
        self.settings = settings
        self.filter = flt
        self.group = group
        self.topics = [settings.type_topic(t) for t in flt.topic_types] or [settings.events_topic]
        self.lost_after = lost_after
        self.poll_timeout = poll_timeout
        self.idle_timeout = idle_timeout
        self._pending: dict[TopicPartition, int] = {}
        self._stopping = threading.Event()
        self._last_commit = time.monotonic()
        self._consumer = self._connect(from_beginning, connect_timeout)

    def _connect(self, from_beginning: bool, timeout: float) -> KafkaConsumer:
        bootstrap = str(self.settings.bootstrap_servers)
        if not reachable(bootstrap, timeout=min(timeout, 2.0)):
            raise BrokerError(f"Kafka broker {bootstrap} unreachable (no TCP connection)")
        group_options: dict[str, Any] = {}
        if self.group:
            group_options = {"session_timeout_ms": int(self.settings.session_timeout * 1000),
                             "heartbeat_interval_ms": int(self.settings.heartbeat_interval * 1000)}  # fmt: skip
        try:
            consumer = KafkaConsumer(
                **client_config(self.settings), group_id=self.group, enable_auto_commit=False,
                # a group without commits starts by the reset policy; with `since` at the oldest record, and
                # the filter drops what is older (no blocking seek inside kafka-python's rebalance callback)
                auto_offset_reset="earliest" if from_beginning or self.filter.since_ms is not None else "latest",
                fetch_max_wait_ms=self.settings.fetch_max_wait_ms, bootstrap_timeout_ms=int(timeout * 1000),
                **group_options,
            )  # fmt: skip
        except (KafkaError, OSError) as exc:
            raise BrokerError(f"Kafka broker {bootstrap} unreachable after {timeout:.0f} s ({exc})") from None
        try:
            existing = consumer.topics()
            missing = [t for t in self.topics if t not in existing]
            if missing:
                raise BrokerError(f"topic {', '.join(missing)} does not exist (is a worker running on {bootstrap}?)")
            if self.group:
                consumer.subscribe(self.topics)
            else:
                partitions = [TopicPartition(t, p) for t in self.topics for p in consumer.partitions_for_topic(t)]
                consumer.assign(partitions)
                _start(consumer, partitions, self.filter.since_ms, from_beginning)
        except BaseException:
            consumer.close()
            raise
        return consumer

    def deliveries(self) -> Iterator[Delivery]:
        """Matching events with their topic, partition and offset, as they arrive."""
        last_record = last_alive = time.monotonic()
        while not self._stopping.is_set():
            self._maybe_commit()
            try:
                batches = self._consumer.poll(timeout_ms=int(self.poll_timeout * 1000))
            except KafkaError as exc:
                raise BrokerError(f"lost the Kafka broker {self.settings.bootstrap_servers} ({exc})") from None
            now = time.monotonic()
            if batches:
                last_record = last_alive = now
            elif now - last_alive > 1.0:
                if reachable(str(self.settings.bootstrap_servers)):
                    last_alive = now
                elif now - last_alive > self.lost_after:
                    self._consumer.close()
                    raise BrokerError(f"lost the Kafka broker {self.settings.bootstrap_servers} "
                                      f"(unreachable for {now - last_alive:.0f} s)")  # fmt: skip
            if self.idle_timeout is not None and now - last_record > self.idle_timeout:
                return
            for tp, records in sorted(batches.items(), key=lambda kv: (kv[0].topic, kv[0].partition)):
                for record in records:
                    try:
                        event = decode_event(record.value)
                    except (ValueError, KeyError, TypeError, DecodeError):
                        event = None  # not an event record: nothing a subscriber can use
                    self._pending[tp] = record.offset + 1
                    if event is not None and self.filter.matches(event, record.timestamp):
                        yield Delivery(event, record.topic, record.partition, record.offset, record.timestamp,
                                       record.value)  # fmt: skip

    def __iter__(self) -> Iterator[Event]:
        return (delivery.event for delivery in self.deliveries())

    def stop(self) -> None:
        """Make `deliveries()` return after its current poll (safe to call from any thread)."""
        self._stopping.set()

    def commit(self) -> None:
        """Commit the consumed positions for the group now (nothing without a group)."""
        if self.group and self._pending:
            offsets = {tp: OffsetAndMetadata(offset, "", -1) for tp, offset in self._pending.items()}
            try:
                self._consumer.commit(offsets)
            except KafkaError as exc:
                raise BrokerError(f"could not commit offsets for group {self.group} ({exc})") from None
            self._pending.clear()
        self._last_commit = time.monotonic()

    def _maybe_commit(self) -> None:
        if time.monotonic() - self._last_commit >= self.settings.commit_interval:
            self.commit()

    def close(self) -> None:
        try:
            if not self._consumer._closed and reachable(str(self.settings.bootstrap_servers)):
                self.commit()
        finally:
            self._consumer.close()

    def __enter__(self) -> Subscription:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


def _start(consumer: KafkaConsumer, partitions: list[TopicPartition], since_ms: int | None,
           from_beginning: bool) -> None:  # fmt: skip
    if since_ms is not None:
        found = consumer.offsets_for_times(dict.fromkeys(partitions, since_ms))
        # Before `since` everything is skipped by the filter anyway; starting at the beginning where the
        # broker has no answer costs a read, never a record.
        for tp in partitions:
            hit = found.get(tp)
            if hit is not None:
                consumer.seek(tp, hit.offset)
            else:
                consumer.seek_to_beginning(tp)
    elif from_beginning:
        consumer.seek_to_beginning(*partitions)
    else:
        consumer.seek_to_end(*partitions)


def subscribe(settings_or_bootstrap: Settings | str, *, types: Iterable[str] | str | None = None,
              countries: Iterable[str] | str | None = None, dyad: Iterable[str] | str | None = None,
              cameo_prefix: str | None = None, first_seen_only: bool = False, since: datetime | None = None,
              group: str | None = None, from_beginning: bool = False, connect_timeout: float = 5.0,
              lost_after: float = 3.0, idle_timeout: float | None = None) -> Subscription:  # fmt: skip
    """Subscribe to the event records; iterate the result for `Event`s (see the module docstring).

    types: PLOVER types or modes (`CONSULT`, `boycott`, `SANCTION/boycott`); countries: ISO alpha-3 codes,
    either party; dyad: two codes, in any order; cameo_prefix: e.g. `04`; first_seen_only: the first report
    of each real-world event; since: records published to the topic at or after this aware datetime;
    group: a consumer group whose committed offsets are resumed; from_beginning: start at the oldest record
    (else at the end) when the group has no committed offset; idle_timeout: stop after so many quiet seconds.
    """
    flt = Filter.of(types, countries, dyad, cameo_prefix, first_seen_only, since)
    return Subscription(_settings(settings_or_bootstrap), flt, group, from_beginning, connect_timeout, lost_after,
                        idle_timeout=idle_timeout)  # fmt: skip


async def asubscribe(settings_or_bootstrap: Settings | str, **options: Any) -> AsyncIterator[Delivery]:
    """The async variant: `async for delivery in asubscribe(...)` (`delivery.event` is the Event).

    The kafka-python consumer lives in one worker thread of its own (it is not thread-safe: connect,
    every poll and the close run there in order), so the event loop never blocks on the broker.
    """
    loop = asyncio.get_running_loop()
    thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="diplowire-subscribe")
    connecting = thread.submit(subscribe, settings_or_bootstrap, **options)
    try:
        try:
            subscription = await asyncio.shield(asyncio.wrap_future(connecting))
        except asyncio.CancelledError:
            thread.submit(_close_made, connecting)  # queued behind the connect: what it makes is closed
            raise
        stream = subscription.deliveries()
        done = object()
        try:
            while True:
                item = await loop.run_in_executor(thread, next, stream, done)
                if item is done:
                    return
                assert isinstance(item, Delivery)
                yield item
        finally:
            # a poll may still be running in the thread: stop the loop, then close behind it
            subscription.stop()
            await asyncio.shield(loop.run_in_executor(thread, subscription.close))
    finally:
        # the thread ends after the close (also one queued behind a connect): no client outlives us
        await asyncio.shield(loop.run_in_executor(None, thread.shutdown))


def _close_made(connecting: Future[Subscription]) -> None:
    if connecting.exception() is None:
        connecting.result().close()


def utc(text: str) -> datetime:
    """Parse `--since`: an ISO date or date-time (UTC when no zone), or a duration back from now (`2h`, `30m`)."""
    match = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([smhd])", text.strip())
    if match:
        seconds = float(match.group(1)) * {"s": 1, "m": 60, "h": 3600, "d": 86400}[match.group(2)]
        return datetime.fromtimestamp(time.time() - seconds, tz=UTC)
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ConfigError(f"since {text!r}: expected an ISO date/time (2026-11-30T12:00Z) or a duration (2h)") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
