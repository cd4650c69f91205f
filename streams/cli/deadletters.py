"""`diplowire dead-letters`: what is on the dead-letter topic, for people (tables) and programs (--json).

- list: counts by reason, then the newest letters first (position, time, reason, article, message);
- show PARTITION:OFFSET: one letter, with its original payload decoded when it is text or JSON.
Replaying is `diplowire dead-letters replay` (= `replay --dead-letters`).
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable
from typing import Any

import orjson
from rich.console import Console
from rich.table import Table

from streams.errors import InputError, UsageError
from streams.kafka.deadletters import Letter, read_letters
from streams.settings import Settings


def _summary(letter: Letter) -> dict[str, Any]:
    record = letter.record
    return {"position": letter.position, "partition": letter.partition, "offset": letter.offset,
            "time": record.get("time"), "reason": letter.reason, "article_id": record.get("article_id"),
            "message": record.get("message"), "payload_size": record.get("payload_size"),
            "source": {k: record.get(k) for k in ("topic", "partition", "offset")}}  # fmt: skip


def _newest_first(letters: Iterable[Letter]) -> list[Letter]:
    return sorted(letters, key=lambda x: (str(x.record.get("time") or ""), x.timestamp_ms), reverse=True)


def list_letters(settings: Settings, reasons: Iterable[str] = (), limit: int = 20, as_json: bool = False) -> int:
    wanted = set(reasons)
    letters = [x for x in read_letters(settings) if not wanted or x.reason in wanted]
    counts = Counter(x.reason for x in letters)
    newest = _newest_first(letters)[: max(limit, 0)]
    if as_json:
        body = {"topic": settings.dlq_topic, "total": len(letters), "reasons": dict(counts.most_common()),
                "letters": [_summary(x) for x in newest]}  # fmt: skip
        sys.stdout.buffer.write(orjson.dumps(body) + b"\n")
        return 0
    console = Console()
    if not letters:
        console.print(f"no dead letters on {settings.dlq_topic}")
        return 0
    console.print(f"{len(letters)} dead letter(s) on {settings.dlq_topic}")
    reasons_table = Table("reason", "count")
    for reason, count in counts.most_common():
        reasons_table.add_row(reason, str(count))
    console.print(reasons_table)
    table = Table("position", "time", "reason", "article", "message", title=f"newest {len(newest)}")
    for x in newest:
        row = _summary(x)
        when = str(row["time"] or "")[:19].replace("T", " ")
        table.add_row(x.position, when, x.reason, _printable(row["article_id"] or ""),
                      _printable(row["message"] or "")[:100])  # fmt: skip
    console.print(table)
    console.print("one letter: diplowire dead-letters show PARTITION:OFFSET; resend: diplowire dead-letters replay")
    return 0


def _printable(value: object) -> str:
    """Text safe for a terminal: control characters (escape sequences included) shown as \\xNN."""
    return "".join(c if c.isprintable() or c in "\n\t" else f"\\x{ord(c):02x}" for c in str(value))


def parse_position(position: str) -> tuple[int, int]:
    partition, sep, offset = position.replace("/", ":").rpartition(":")
    if not sep or not partition.isdigit() or not offset.isdigit():
        raise UsageError(f"position {position!r}: expected PARTITION:OFFSET, e.g. 0:17")
    return int(partition), int(offset)


def decoded_payload(payload: bytes | None) -> Any:
    """JSON when the payload is JSON, text when it is UTF-8, else None (the base64 stays in the record)."""
    if payload is None:
        return None
    try:
        text = payload.decode("utf-8")
    except UnicodeDecodeError:
        return None
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return text


def show_letter(settings: Settings, position: str, as_json: bool = False) -> int:
    partition, offset = parse_position(position)
    found = next((x for x in read_letters(settings) if (x.partition, x.offset) == (partition, offset)), None)
    if found is None:
        raise InputError(f"no dead letter at {partition}:{offset} on {settings.dlq_topic}")
    payload = decoded_payload(found.payload)
    if as_json:
        body = {**_summary(found), "record": found.record, "payload": payload}
        sys.stdout.buffer.write(orjson.dumps(body) + b"\n")
        return 0
    row = _summary(found)
    out = sys.stdout
    print(f"position  {settings.dlq_topic} {found.position}", file=out)
    print(f"reason    {found.reason}", file=out)
    print(f"message   {_printable(row['message'])}", file=out)
    print(f"article   {_printable(row['article_id'] or '-')}", file=out)
    src = row["source"]
    print(f"from      {src['topic']} partition {src['partition']} offset {src['offset']} at {row['time']}", file=out)
    print(f"payload   {row['payload_size']} byte(s)", file=out)
    if payload is None:
        print("          (binary or missing: see payload_base64 with --json)", file=out)
    elif isinstance(payload, str):
        print(_printable(payload), file=out)
    else:
        print(_printable(orjson.dumps(payload, option=orjson.OPT_INDENT_2).decode()), file=out)
    return 0
