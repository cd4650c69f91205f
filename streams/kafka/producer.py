"""Article sources and the kafka-python producer: files, folders, JSONL, stdin and RSS/Atom feeds.

Sources yield ``Source`` items: the raw bytes to publish plus the Article when it could be read.
JSONL lines are published byte for byte, so a malformed line reaches the worker and its dead-letter
topic with the reason, instead of being dropped on the way.
"""

from __future__ import annotations

import base64
import sys
import time
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import IO

import orjson
from kafka import KafkaProducer

from streams.errors import DecodeError, InputError
from streams.kafka.admin import client_config, topic_reader
from streams.records import Article
from streams.settings import Settings
from streams.wire import encode_article

SUFFIXES = (".txt", ".json", ".jsonl")


@dataclass(frozen=True)
class Source:
    """One article to publish: its bytes on the wire and, when readable, the Article itself."""

    origin: str  # file:line or URL, for messages
    payload: bytes
    article: Article | None = None
    error: str | None = None
    original_key: bytes | None = None  # a dead letter's key, kept when it is replayed

    @property
    def key(self) -> bytes | None:
        if self.original_key is not None:
            return self.original_key
        return self.article.id.encode() if self.article else None


def parse_seed(path: Path, text: str) -> Article:
    """A .txt article: an optional first line ``date YYYY-MM-DD`` gives the publication date."""
    published = None
    lines = text.split("\n", 1)
    first = lines[0].strip()
    if first.lower().startswith("date "):
        published = first[5:].strip() or None
        text = lines[1] if len(lines) > 1 else ""
    return Article(id=path.stem, text=text.strip(), published=published, source="seed")


def _source_from_object(origin: str, data: object, payload: bytes | None = None) -> Source:
    try:
        article = Article.from_dict(data)
    except DecodeError as exc:
        return Source(origin, payload or orjson.dumps(data), error=f"{exc.code}: {exc.message}")
    return Source(origin, payload or encode_article(article), article)


def read_jsonl(stream: IO[bytes], origin: str) -> Iterator[Source]:
    for number, line in enumerate(stream, start=1):
        raw = line.rstrip(b"\r\n")
        if not raw.strip():
            continue
        try:
            data = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            yield Source(f"{origin}:{number}", raw, error=f"malformed_json: {exc}")
            continue
        yield _source_from_object(f"{origin}:{number}", data, raw)


def read_file(path: Path) -> Iterator[Source]:
    try:
        if path.suffix == ".jsonl":
            with path.open("rb") as stream:
                yield from read_jsonl(stream, str(path))
            return
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    if path.suffix == ".json":
        try:
            data = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            yield Source(str(path), raw, error=f"malformed_json: {exc}")
            return
        for i, item in enumerate(data if isinstance(data, list) else [data], start=1):
            yield _source_from_object(f"{path}#{i}", item)
        return
    try:
        article = parse_seed(path, raw.decode("utf-8"))
    except UnicodeDecodeError:
        yield Source(str(path), raw, error="not_utf8: file is not UTF-8 text")
        return
    yield Source(str(path), encode_article(article), article)


def expand(paths: Iterable[str]) -> list[str]:
    """Check every input before reading any: files, folders (their articles, sorted), '-', or URLs."""
    out: list[str] = []
    for name in paths:
        if name == "-" or name.startswith(("http://", "https://")):
            out.append(name)
            continue
        path = Path(name)
        if path.is_dir():
            found = sorted(str(p) for p in path.rglob("*") if p.is_file() and p.suffix in SUFFIXES)
            if not found:
                raise InputError(f"{name}: folder holds no .txt, .json or .jsonl articles")
            out.extend(found)
        elif path.is_file():
            out.append(name)
        else:
            raise InputError(f"{name}: no such file or folder")
    return out


def read_sources(paths: Iterable[str], stdin: IO[bytes] | None = None) -> Iterator[Source]:
    for name in expand(paths):
        if name == "-":
            yield from read_jsonl(stdin or sys.stdin.buffer, "<stdin>")
        elif name.startswith(("http://", "https://")):
            yield from read_feed(name)
        else:
            yield from read_file(Path(name))


def read_feed(url: str, timeout: float = 10.0) -> Iterator[Source]:
    """Items of an RSS 2.0 or Atom feed, as articles (title + description/summary as the text)."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - http(s) checked above
            root = ET.fromstring(response.read())
    except (OSError, ET.ParseError) as exc:
        raise InputError(f"cannot read feed {url}: {exc}") from None
    atom = "{http://www.w3.org/2005/Atom}"
    items = root.iter("item") if root.find(".//item") is not None else root.iter(f"{atom}entry")
    for i, item in enumerate(items, start=1):
        link = _field(item, "link", f"{atom}link")
        title = _field(item, "title", f"{atom}title")
        text = _field(item, "description", f"{atom}summary", f"{atom}content") or ""
        published = _feed_date(_field(item, "pubDate", f"{atom}published", f"{atom}updated"))
        ident = _field(item, "guid", f"{atom}id") or link or f"{url}#{i}"
        data = {"id": ident, "text": "\n\n".join(p for p in (title, text) if p), "title": title,
                "url": link, "published": published, "source": url}  # fmt: skip
        yield _source_from_object(f"{url}#{i}", {k: v for k, v in data.items() if v is not None})


def _field(item: ET.Element, *names: str) -> str | None:
    for name in names:
        node = item.find(name)
        if node is not None:
            return (node.text or node.get("href") or "").strip() or None
    return None


def _feed_date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError):
        return value  # Atom dates are already ISO 8601


def make_producer(settings: Settings) -> KafkaProducer:
    return KafkaProducer(**client_config(settings), acks="all", linger_ms=5, retries=5)


def publish(producer: KafkaProducer, topic: str, sources: Iterable[Source], delay: float = 0.0) -> int:
    """Send every source (bad ones too: the worker dead-letters them with the reason); return the count."""
    futures = []
    for source in sources:
        headers = [("content-type", b"application/json")]
        futures.append(producer.send(topic, key=source.key, value=source.payload, headers=headers))
        if delay:
            producer.flush()
            time.sleep(delay)
    producer.flush()
    for future in futures:
        future.get(timeout=30)
    return len(futures)


def read_dead_letters(settings: Settings, reasons: Iterable[str] = (), idle: float = 2.0) -> Iterator[Source]:
    """The original payloads on the dead-letter topic (optionally only some reasons), oldest first per partition.

    Reads until the topic has been idle for `idle` seconds rather than up to its end offsets, which the
    embedded broker reports wrongly for multi-record batches.
    """
    wanted = set(reasons)
    consumer = topic_reader(settings, settings.dlq_topic)
    try:
        last = time.monotonic()
        while time.monotonic() - last < idle:
            for records in consumer.poll(timeout_ms=200).values():
                last = time.monotonic()
                for record in records:
                    letter = orjson.loads(record.value)
                    if wanted and letter.get("reason") not in wanted:
                        continue
                    key = base64.b64decode(letter["key_base64"]) if letter.get("key_base64") else None
                    yield Source(f"{settings.dlq_topic}/{record.partition}/{record.offset}",
                                 base64.b64decode(letter["payload_base64"]), original_key=key)  # fmt: skip
    finally:
        consumer.close()


def seed_order(sources: Iterable[Source]) -> list[Source]:
    """Seeds in publication order (undated last, then by name)."""
    return sorted(sources, key=lambda s: ((s.article.published or "9999") if s.article else "9999", s.origin))
