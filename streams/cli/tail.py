"""`diplowire tail`: print the events `streams.subscribe` delivers — one growing live table, or JSON lines.

On a terminal the table is redrawn in place (rich Live) and keeps the newest rows that fit; piped, the rows
are printed as they arrive at full width, with the header once. Filters, groups and errors are the
subscriber's: a lost broker ends the command with one line and a non-zero exit.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import datetime
from itertools import islice

from rich.console import Console
from rich.live import Live

from streams.cli.console import WIDE, events_table
from streams.records import Event
from streams.settings import Settings
from streams.subscribe import Delivery, subscribe

PIPED_WIDTH = WIDE + 60  # piped output is not cut to 80 columns: every column, the sentence at its widest
PIPED_COLUMNS = {"date": 11, "event": 22, "cameo": 8, "actor": 24, "recipient": 24, "status": 9, "n": 2,
                 "trigger": 24, "sentence": 60}  # fmt: skip


def tail(settings: Settings, types: str | None = None, countries: str | None = None, from_beginning: bool = False,
         as_json: bool = False, limit: int | None = None, idle_timeout: float | None = None, new_only: bool = False,
         group: str | None = None, since: datetime | None = None, dyad: str | None = None, cameo: str | None = None,
         console: Console | None = None) -> int:  # fmt: skip
    """Print events as they arrive: JSON lines (--json) or table rows; returns how many were printed."""
    subscription = subscribe(settings, types=types, countries=countries, dyad=dyad, cameo_prefix=cameo,
                             first_seen_only=new_only, since=since, group=group, from_beginning=from_beginning,
                             idle_timeout=idle_timeout)  # fmt: skip
    console = console or Console()
    title = ", ".join(subscription.topics)
    printed = 0
    with subscription:
        stream: Iterator[Delivery] = subscription.deliveries()
        if limit is not None:
            stream = islice(stream, limit)
        if as_json:
            for delivery in stream:
                sys.stdout.buffer.write(delivery.value + b"\n")
                sys.stdout.buffer.flush()
                printed += 1
        elif console.is_terminal:
            printed = _live_table(console, stream, title)
        else:
            printed = _piped_rows(Console(width=max(console.width, PIPED_WIDTH), file=console.file), stream, title)
    return printed


def _live_table(console: Console, stream: Iterator[Delivery], title: str) -> int:
    """One table, redrawn in place as it grows; the newest rows that fit the terminal's height."""
    events: list[Event] = []
    room = max(console.height - 8, 5)
    with Live(events_table([], title=title, width=console.width), console=console, auto_refresh=False) as live:
        for delivery in stream:
            events.append(delivery.event)
            shown = events[-room:]
            table = events_table(shown, title=f"{title} ({len(events)} events)", width=console.width)
            live.update(table, refresh=True)
    return len(events)


def _piped_rows(console: Console, stream: Iterator[Delivery], title: str) -> int:
    """Each event as a table row the moment it arrives; header and title once."""
    count = 0
    for delivery in stream:
        table = events_table([delivery.event], title=title, width=console.width)
        table.caption = None
        for column in table.columns:  # fixed widths: the rows of separate tables line up
            column.width = PIPED_COLUMNS.get(str(column.header), 10)
        if count:
            table.title, table.show_header = None, False
        console.print(table)
        count += 1
    return count
