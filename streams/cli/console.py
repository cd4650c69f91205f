"""What a person reads: event records as a rich table, with text that is safe for a terminal.

Article text is untrusted: an ESC or OSC sequence in it (clear screen, a hyperlink, a window title),
a C1 control or a bidi override would act on the reader's terminal. Every cell goes through
``safe_text`` and is added as plain ``Text`` (never parsed as rich markup).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rich import box
from rich.table import Table
from rich.text import Text

from streams.records import Event

# Whole escape sequences first (CSI "ESC [ ... final", OSC "ESC ] ... BEL|ESC \\", other "ESC x"), then
# what is left: C0 controls and DEL, C1 controls (0x9b is a one-byte CSI), bidi embeddings, overrides, isolates.
ESCAPES = re.compile("\x1b\\[[0-?]*[ -/]*[@-~]?|\x1b\\][^\x07\x1b]*(?:\x07|\x1b\\\\)?|\x1b[@-_]?")
UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+")


def safe_text(value: str) -> str:
    """`value` without escape sequences, and every other control or bidi character replaced by a space."""
    return UNSAFE.sub(" ", ESCAPES.sub("", value))


def _party(actor: object) -> str:
    if actor is None:
        return "-"
    country = getattr(actor, "country", None) or "?"
    name = getattr(actor, "name", "")
    return f"{country} {name}" if name and name != country else country


WIDE = 150  # from this console width on, the table also shows the trigger and the evidence sentence


def events_table(events: Iterable[Event], title: str = "diplomatic events", width: int | None = None) -> Table:
    """One row per record. The identity columns never wrap; trigger and evidence only where there is room."""
    wide = width is None or width >= WIDE
    table = Table(title=safe_text(title), box=box.SIMPLE_HEAD, pad_edge=False, expand=False)
    # (name, min width, max width): dates, types and statuses stay whole; names give way on narrow terminals
    names = 24 if wide else 13
    columns = [("date", 11, None), ("event", 16, None), ("cameo", 3, None), ("actor", 3, names),
               ("recipient", 3, names), ("status", 9, None)]  # fmt: skip
    if wide:
        columns += [("n", 1, None), ("trigger", 8, 24), ("sentence", 20, 60)]
    for column, least, most in columns:
        table.add_column(column, no_wrap=True, overflow="ellipsis", min_width=least, max_width=most)
    for e in sorted(events, key=lambda e: (e.date, e.event_type, e.actor.country or "")):
        row = [
            e.date + ("" if e.date_source == "explicit" else "*"),
            e.event_type + (f"/{e.mode}" if e.mode else ""),
            f"{e.cameo.code} {e.goldstein:+.1f}" if wide else e.cameo.code,
            _party(e.actor),
            _party(e.recipient),
            e.status,
        ]
        cells = [*row, *([str(e.mentions), e.evidence.trigger, e.evidence.sentence] if wide else [])]
        table.add_row(*(Text(safe_text(cell)) for cell in cells))
    table.caption = "* date resolved from the text" + ("" if wide else "; a wider terminal shows the evidence")
    return table
