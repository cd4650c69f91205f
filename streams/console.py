"""What a person reads: event records as a rich table."""

from __future__ import annotations

from collections.abc import Iterable

from rich.table import Table

from streams.records import Event


def _party(actor: object) -> str:
    if actor is None:
        return "-"
    country = getattr(actor, "country", None) or "?"
    name = getattr(actor, "name", "")
    return f"{country} {name}" if name and name != country else country


def events_table(events: Iterable[Event], title: str = "diplomatic events") -> Table:
    table = Table(title=title, show_lines=False, expand=False)
    for column in ("date", "type", "mode", "cameo", "actor", "recipient", "status", "n", "trigger", "sentence"):
        table.add_column(
            column, overflow="ellipsis", no_wrap=column == "sentence", max_width=60 if column == "sentence" else None
        )
    for e in sorted(events, key=lambda e: (e.date, e.event_type, e.actor.country or "")):
        table.add_row(
            e.date + ("" if e.date_source == "explicit" else f" ({e.date_source})"),
            e.event_type,
            e.mode or "",
            f"{e.cameo.code} {e.goldstein:+.1f}",
            _party(e.actor),
            _party(e.recipient),
            e.status,
            str(e.mentions),
            e.evidence.trigger,
            e.evidence.sentence,
        )
    return table
