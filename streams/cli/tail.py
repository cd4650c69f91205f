"""`diplowire tail`: subscribe to the events topic (or one type's topic) and print what arrives."""

from __future__ import annotations

import sys
import time

from rich.console import Console

from streams.cli.console import events_table
from streams.kafka.admin import topic_reader
from streams.records import Event
from streams.settings import Settings
from streams.wire import decode_event


def matches(event: Event, country: str | None, new_only: bool = False) -> bool:
    """The --country and --new filters: a party's ISO3 code; only the first report of each cluster."""
    if new_only and event.first_seen is False:
        return False
    if not country:
        return True
    parties = {event.actor.country, event.recipient.country if event.recipient else None}
    return country.upper() in parties


def tail(settings: Settings, event_type: str | None = None, country: str | None = None, from_beginning: bool = False,
         as_json: bool = False, limit: int | None = None, idle_timeout: float | None = None,
         new_only: bool = False) -> int:  # fmt: skip
    """Print events as they arrive: JSON lines (--json) or table rows; returns how many were printed."""
    topic = settings.type_topic(event_type) if event_type else settings.events_topic
    consumer = topic_reader(settings, topic, from_beginning, fetch_max_wait_ms=200)
    console = Console()
    printed = 0
    last = time.monotonic()
    try:
        while limit is None or printed < limit:
            batch = [r.value for records in consumer.poll(timeout_ms=500).values() for r in records]
            if batch:
                last = time.monotonic()
            events = [(raw, e) for raw in batch if matches(e := decode_event(raw), country, new_only)]
            events = events[: (limit - printed) if limit is not None else None]
            if events and as_json:
                sys.stdout.buffer.write(b"".join(raw + b"\n" for raw, _ in events))
                sys.stdout.buffer.flush()
            elif events:
                console.print(events_table([e for _, e in events], title=topic, width=console.width))
            printed += len(events)
            if idle_timeout is not None and time.monotonic() - last > idle_timeout:
                break
    finally:
        consumer.close()
    return printed
