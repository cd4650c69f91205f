"""Feed lists for `ingest`, and feeds (files or URLs) read once for `detect` and `produce`.

A feed list is a file with one feed per line (URL or local path; blank lines and `#` comments
ignored) or an OPML subscription list (every `outline` with an `xmlUrl`).
"""

from __future__ import annotations

import asyncio
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

from streams.errors import DecodeError, InputError
from streams.feeds.fetch import Fetcher, FetchError, Limits, Response, is_url
from streams.feeds.parse import items, parse_feed
from streams.kafka.producer import Source
from streams.wire import encode_article


def read_feed_list(path: Path) -> list[str]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read feed list {path}: {exc.strerror or exc}") from None
    head = raw.lstrip()[:200].lower()
    if head.startswith(b"<?xml") or head.startswith(b"<opml"):
        try:
            root = ET.fromstring(raw)  # expat: no external entities; entity expansion is bounded
        except ET.ParseError as exc:
            raise InputError(f"feed list {path} is not well-formed OPML: {exc}") from None
        feeds = [o.get("xmlUrl", "").strip() for o in root.iter("outline") if o.get("xmlUrl")]
    else:
        text = raw.decode("utf-8", errors="replace")
        feeds = [s for s in (line.split("#", 1)[0].strip() for line in text.splitlines()) if s]
    return feeds  # may be empty: `ingest --listen` then only takes pushed articles


def check_feeds(feeds: Iterable[str]) -> list[str]:
    """URLs must be http(s); anything else must be an existing local file. One error lists every bad one."""
    out, bad = [], []
    for name in dict.fromkeys(feeds):
        if is_url(name) or Path(name).is_file():
            out.append(name)
        else:
            bad.append(f"{name} ({'not http or https' if '://' in name else 'no such file'})")
    if bad:
        raise InputError("cannot poll: " + ", ".join(bad))
    return out


def fetch_once(name: str, limits: Limits | None = None) -> Response:
    async def go() -> Response:
        fetcher = Fetcher(limits)
        try:
            return await fetcher.get(name)
        finally:
            await fetcher.aclose()

    try:
        return asyncio.run(go())
    except FetchError as exc:
        raise InputError(f"cannot read feed: {exc}") from None


def read_feed(name: str) -> Iterator[Source]:
    """A feed's items as Sources (what `detect` and `produce` read); skipped items say why."""
    response = fetch_once(name)
    try:
        parsed = parse_feed(response.body, name)
    except DecodeError as exc:
        raise InputError(exc.message) from None
    found = items(parsed, name)
    if not found:
        raise InputError(f"{name}: the feed holds no items")
    for item in found:
        if item.article is None:
            yield Source(item.origin, b"", error=item.skipped, skip=True)
        else:
            yield Source(item.origin, encode_article(item.article), item.article)
