"""`diplowire export`: event records as flat, GDELT-like rows in CSV, Parquet or JSON lines.

The records come from the events topic (read from the start until it has been quiet for a moment) or from
`diplowire detect` output (CloudEvents JSON lines, a file or stdin). One row per record; nested fields are
flattened into the columns below, in this order, whatever the record holds besides.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import IO, Any

import orjson

from streams.errors import ConfigError, InputError
from streams.records import Event
from streams.settings import Settings
from streams.subscribe import subscribe
from streams.wire import decode_event

FORMATS = ("csv", "parquet", "jsonl")
# (column, Arrow type name): ids, when, what (PLOVER/CAMEO), who, where, which article, the evidence
COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id", "string"), ("cluster_id", "string"), ("first_seen", "bool_"),
    ("date", "string"), ("date_source", "string"), ("date_precision", "string"),
    ("event_type", "string"), ("mode", "string"), ("cameo_code", "string"), ("cameo_root", "string"),
    ("cameo_name", "string"), ("goldstein", "float64"), ("quad_class", "int8"), ("status", "string"),
    ("actor_country", "string"), ("actor_sector", "string"), ("actor_name", "string"), ("actor_text", "string"),
    ("recipient_country", "string"), ("recipient_sector", "string"), ("recipient_name", "string"),
    ("recipient_text", "string"), ("location_name", "string"), ("location_country", "string"),
    ("mentions", "int32"), ("confidence", "float64"),
    ("article_id", "string"), ("article_published", "string"), ("article_source", "string"),
    ("source_url", "string"), ("article_title", "string"),
    ("evidence_sentence", "string"), ("evidence_trigger", "string"), ("evidence_start", "int32"),
    ("evidence_end", "int32"), ("evidence_rule", "string"), ("detector_version", "string"),
    ("detector_model", "string"),
)  # fmt: skip


def flat_row(e: Event) -> dict[str, Any]:
    """One event as a flat row with exactly the COLUMNS."""
    r, loc = e.recipient, e.location
    return {
        "event_id": e.event_id, "cluster_id": e.cluster_id, "first_seen": e.first_seen,
        "date": e.date, "date_source": e.date_source, "date_precision": e.date_precision,
        "event_type": e.event_type, "mode": e.mode, "cameo_code": e.cameo.code, "cameo_root": e.cameo.root,
        "cameo_name": e.cameo.name, "goldstein": e.goldstein, "quad_class": e.quad_class, "status": e.status,
        "actor_country": e.actor.country, "actor_sector": e.actor.sector, "actor_name": e.actor.name,
        "actor_text": e.actor.text,
        "recipient_country": r.country if r else None, "recipient_sector": r.sector if r else None,
        "recipient_name": r.name if r else None, "recipient_text": r.text if r else None,
        "location_name": loc.name if loc else None, "location_country": loc.country if loc else None,
        "mentions": e.mentions, "confidence": e.confidence,
        "article_id": e.article.id, "article_published": e.article.published, "article_source": e.article.source,
        "source_url": e.article.url, "article_title": e.article.title,
        "evidence_sentence": e.evidence.sentence, "evidence_trigger": e.evidence.trigger,
        "evidence_start": e.evidence.start, "evidence_end": e.evidence.end, "evidence_rule": e.evidence.rule,
        "detector_version": e.detector.version, "detector_model": e.detector.model,
    }  # fmt: skip


def read_lines(stream: IO[bytes], origin: str, since: datetime | None = None) -> Iterator[Event]:
    """Events from `detect` output; `since` keeps events dated on or after its day (files have no publish time)."""
    day = since.date().isoformat() if since else None
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            event = decode_event(line)
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{origin}:{number}: not an event record ({type(exc).__name__}: {exc})") from None
        if day is None or event.date >= day:
            yield event


def from_topic(settings: Settings, since: datetime | None, idle: float) -> Iterator[Event]:
    """Every record on the events topic (since `since`), until none arrived for `idle` seconds."""
    with subscribe(settings, from_beginning=True, since=since, idle_timeout=idle) as subscription:
        yield from subscription


def write(events: Iterable[Event], fmt: str, out: IO[bytes]) -> int:
    """Write the rows in `fmt` to a binary stream; returns how many."""
    rows = [flat_row(e) for e in events]
    names = [name for name, _ in COLUMNS]
    if fmt == "jsonl":
        out.write(b"".join(orjson.dumps(row) + b"\n" for row in rows))
    elif fmt == "csv":
        text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
        writer = csv.DictWriter(text, fieldnames=names)
        writer.writeheader()
        writer.writerows(rows)
        text.detach()
    elif fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = pa.schema([(name, getattr(pa, kind)()) for name, kind in COLUMNS])
        pq.write_table(pa.Table.from_pylist(rows, schema=schema), out)
    else:
        raise ConfigError(f"format {fmt!r}: expected one of {', '.join(FORMATS)}")
    return len(rows)


def export(settings: Settings, fmt: str, inputs: list[str], output: str | None, since: datetime | None,
           idle: float = 2.0) -> int:  # fmt: skip
    """`diplowire export`: from `inputs` (files or -) or, with none, from the events topic."""
    if fmt == "parquet" and output is None and sys.stdout.isatty():
        raise ConfigError("Parquet is binary: give --output FILE or pipe stdout to a file")
    if inputs:
        events: Iterable[Event] = (e for path in inputs for e in _read_input(path, since))
    else:
        if not settings.bootstrap_servers:
            raise ConfigError("no broker: set KAFKA_BOOTSTRAP_SERVERS or --broker, or give detect output files")
        events = from_topic(settings, since, idle)
    events = list(events)  # read (and check) everything before an output file is created
    if output is None:
        count = write(events, fmt, sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return count
    with open(output, "wb") as out:
        return write(events, fmt, out)


def _read_input(path: str, since: datetime | None) -> Iterator[Event]:
    if path == "-":
        yield from read_lines(sys.stdin.buffer, "stdin", since)
        return
    try:
        with Path(path).open("rb") as stream:
            yield from read_lines(stream, path, since)
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from None
