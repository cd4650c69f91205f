"""What has been sent: the persistent, bounded seen-set, and each feed's ETag/Last-Modified (sqlite).

An id is added only after the broker acknowledged its article, so a crash between send and ack sends
it again (harmless: the id is deterministic) and never loses it. A feed's validators are stored only
after every new item of that response was acknowledged; otherwise the next poll's 304 would hide the
items that were not sent. The set keeps the `max_items` most recently seen ids: an id still in a feed is
touched on every poll that returns the feed, so only items that left their feeds long ago are pruned.
WAL journal: a SIGKILL loses nothing that was committed.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path

from streams.errors import ConfigError

SCHEMA = """
CREATE TABLE IF NOT EXISTS seen (id TEXT PRIMARY KEY, feed TEXT NOT NULL, at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS seen_at ON seen (at);
CREATE TABLE IF NOT EXISTS validators (feed TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, digest TEXT);
"""
_CHUNK = 500  # ids per query (sqlite's variable limit is larger; this keeps statements small)


class SeenStore:
    def __init__(self, path: Path, max_items: int = 200_000) -> None:
        self.path = path
        self.max_items = max_items
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")  # durable across a process crash, cheap
            self.db.executescript(SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise ConfigError(f"cannot open the ingest state {path}: {exc}") from None

    def close(self) -> None:
        self.db.close()

    def __len__(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM seen").fetchone()[0])

    def seen(self, ids: Iterable[str]) -> set[str]:
        """The ids among `ids` that were sent before."""
        wanted = list(dict.fromkeys(ids))
        found: set[str] = set()
        for i in range(0, len(wanted), _CHUNK):
            chunk = wanted[i : i + _CHUNK]
            marks = ",".join("?" * len(chunk))
            found.update(row[0] for row in self.db.execute(f"SELECT id FROM seen WHERE id IN ({marks})", chunk))
        return found

    def mark(self, feed: str, ids: Iterable[str]) -> None:
        """Record ids as sent (or, for ids already there, as still present in their feed); prune the oldest."""
        now = time.time()
        rows = [(i, feed, now) for i in ids]
        if not rows:
            return
        with self.db:
            self.db.execute("BEGIN")
            self.db.executemany(
                "INSERT INTO seen (id, feed, at) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET at = excluded.at", rows
            )
        self._prune()

    def _prune(self) -> None:
        excess = len(self) - self.max_items
        if excess > 0:
            self.db.execute("DELETE FROM seen WHERE id IN (SELECT id FROM seen ORDER BY at LIMIT ?)", (excess,))

    def validators(self, feed: str) -> tuple[str | None, str | None, str | None]:
        """The feed's last ETag, Last-Modified and body digest (all None before its first complete poll)."""
        row = self.db.execute("SELECT etag, last_modified, digest FROM validators WHERE feed = ?", (feed,)).fetchone()
        return (row[0], row[1], row[2]) if row else (None, None, None)

    def set_validators(self, feed: str, etag: str | None, last_modified: str | None, digest: str | None) -> None:
        self.db.execute(
            "INSERT INTO validators (feed, etag, last_modified, digest) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(feed) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, "
            "digest = excluded.digest",
            (feed, etag, last_modified, digest),
        )

    def disk_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.path.parent.glob(self.path.name + "*") if p.is_file())
