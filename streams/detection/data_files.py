"""Reading the packaged data files (lexicons, actor dictionaries, CAMEO table), validated at load.

Every file in ``data/`` is JSON Lines whose first line is a ``{"_meta": {...}}`` provenance record;
each loader checks every entry and raises one LexiconError that lists all bad entries.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from streams.errors import LexiconError

DATA_PACKAGE = "streams.detection"

Entry = dict[str, Any]
Check = Callable[[Entry], Iterable[str]]


def data_path(name: str) -> Path:
    return Path(str(resources.files(DATA_PACKAGE) / "data" / name))


def read_jsonl(path: Path, check: Check) -> tuple[dict[str, Any], list[Entry]]:
    """Return (provenance, entries) of a data file; every entry passes `check` or LexiconError lists all."""
    entries: list[Entry] = []
    meta = each_jsonl(path, check, entries.append)
    return meta, entries


def each_jsonl(path: Path, check: Check, take: Callable[[Entry], Any]) -> dict[str, Any]:
    """Hand every entry of a data file to `take` as it is read (a large file is never held whole), and return
    the provenance; every entry passes `check` or LexiconError lists all bad entries at the end."""
    problems: list[str] = []
    meta: dict[str, Any] | None = None
    try:
        lines = path.open(encoding="utf-8")
    except OSError as exc:
        raise LexiconError(str(path), [f"cannot read: {exc}"]) from None
    with lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"line {number}: not JSON ({exc.msg})")
                continue
            if not isinstance(entry, dict):
                problems.append(f"line {number}: not a JSON object")
            elif "_meta" in entry:
                meta = entry["_meta"]
            else:
                bad = [f"line {number}: {p}" for p in check(entry)]
                problems.extend(bad)
                if not bad:
                    take(entry)
    if meta is None or not meta.get("sources"):
        problems.insert(0, 'no provenance: the first line must be {"_meta": {"sources": [...], ...}}')
    if problems:
        raise LexiconError(str(path), problems)
    return meta or {}


def require(entry: Entry, **types: type | tuple[type, ...]) -> list[str]:
    """Problems with required keys of `entry` (missing, or of the wrong type)."""
    problems = []
    for key, kind in types.items():
        if key not in entry:
            problems.append(f"missing {key!r}")
        elif not isinstance(entry[key], kind):
            problems.append(f"{key!r} has the wrong type ({type(entry[key]).__name__})")
    return problems
