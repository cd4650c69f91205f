"""Article sources and the kafka-python producer: files, folders, JSONL, stdin, and feeds through a reader.

Sources yield ``Source`` items: the raw bytes to publish plus the Article when it could be read.
JSONL lines are published byte for byte, so a malformed line reaches the worker and its dead-letter
topic with the reason, instead of being dropped on the way. Feeds (URLs and .xml/.rss/.atom/.rdf files)
are read by the feed reader the caller passes in (``streams.feeds.sources.read_feed``; the client side
does not import the feeds room).
"""

from __future__ import annotations

import hashlib
import io
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO

import orjson
from kafka import KafkaConsumer, KafkaProducer, TopicPartition

from streams.errors import DecodeError, InputError
from streams.kafka.admin import client_config
from streams.records import Article
from streams.settings import Settings
from streams.wire import encode_article

# Articles in a folder; a named file of any other suffix is read as text too (like .txt).
SUFFIXES = (".txt", ".md", ".json", ".jsonl")
FEED_SUFFIXES = (".xml", ".rss", ".atom", ".rdf")  # a feed, not an article
FeedReader = Callable[[str], Iterator["Source"]]


@dataclass(frozen=True)
class Source:
    """One article to publish: its bytes on the wire and, when readable, the Article itself."""

    origin: str  # file:line or URL, for messages
    payload: bytes
    article: Article | None = None
    error: str | None = None
    original_key: bytes | None = None  # a dead letter's key, kept when it is replayed
    skip: bool = False  # not an article (e.g. a feed item without text): reported, never published

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


def read_stdin(stream: IO[bytes]) -> Iterator[Source]:
    """JSON lines when the input starts with ``{``, else one plain-text article (optional ``date`` line)."""
    raw = stream.read()
    if raw.lstrip().startswith(b"{"):
        yield from read_jsonl(io.BytesIO(raw), "<stdin>")
        return
    if not raw.strip():
        return
    try:
        # the same text always gets the same id, so a re-run is harmless (event ids derive from it)
        name = f"stdin-{hashlib.sha256(raw).hexdigest()[:12]}"
        article = replace(parse_seed(Path(name), raw.decode("utf-8")), source="stdin")
    except UnicodeDecodeError:
        yield Source("<stdin>", raw, error="not_utf8: input is not UTF-8 text")
        return
    yield Source("<stdin>", encode_article(article), article)


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
            found = sorted(str(p) for p in path.rglob("*") if p.is_file() and p.suffix in SUFFIXES + FEED_SUFFIXES)
            if not found:
                raise InputError(f"{name}: folder holds no .txt, .md, .json or .jsonl articles or feed files")
            out.extend(found)
        elif path.is_file():
            out.append(name)
        else:
            raise InputError(f"{name}: no such file or folder")
    return out


def is_feed(name: str) -> bool:
    return name.startswith(("http://", "https://")) or Path(name).suffix.lower() in FEED_SUFFIXES


def read_sources(
    paths: Iterable[str], stdin: IO[bytes] | None = None, read_feed: FeedReader | None = None
) -> Iterator[Source]:
    for name in expand(paths):
        if name == "-":
            yield from read_stdin(stdin or sys.stdin.buffer)
        elif is_feed(name):
            if read_feed is None:
                raise InputError(f"{name}: a feed; this command reads no feeds")
            yield from read_feed(name)
        else:
            yield from read_file(Path(name))


def make_producer(settings: Settings) -> KafkaProducer:
    return KafkaProducer(**client_config(settings), acks="all", linger_ms=5, retries=5)


RECORD_OVERHEAD = 512  # bytes a record batch adds around one message (headers, lengths, CRC), generously


def refusal(producer: KafkaProducer, source: Source) -> str | None:
    """Why the broker would refuse this message (too large for one request), or None if it fits."""
    limit = int(producer.config["max_request_size"])
    size = len(source.payload) + len(source.key or b"") + RECORD_OVERHEAD
    if size <= limit:
        return None
    return f"{len(source.payload):,} bytes, over the {limit:,}-byte limit of one Kafka request; not sent"


def print_refusal(source: Source, reason: str) -> None:
    print(f"diplowire: skipped {source.origin}: {reason}", file=sys.stderr)


def publish(producer: KafkaProducer, topic: str, sources: Iterable[Source], delay: float = 0.0,
            refused: Callable[[Source, str], None] = print_refusal) -> int:  # fmt: skip
    """Send every source (bad ones too: the worker dead-letters them with the reason); return the count.

    What the broker would refuse (a message over one request's limit) is not sent: `refused` hears of
    it (by default one line on stderr), and the rest still go.
    """
    futures = []
    for source in sources:
        if source.skip:
            continue
        reason = refusal(producer, source)
        if reason is not None:
            refused(source, reason)
            continue
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
    from streams.kafka.deadletters import read_letters

    wanted = set(reasons)
    for letter in read_letters(settings, idle):
        if wanted and letter.reason not in wanted:
            continue
        payload, origin = letter.payload, f"{settings.dlq_topic}/{letter.partition}/{letter.offset}"
        if payload is not None and letter.record.get("payload_truncated"):  # the letter holds the start only
            payload = original_payload(settings, letter.record)
            if payload is None:
                print(f"diplowire: skipped {origin}: the letter holds its {letter.record.get('payload_size')} bytes "
                      "only in part, and the original is no longer at its position", file=sys.stderr)  # fmt: skip
                continue
        if payload is None:
            continue  # nothing to send back (an unreadable letter)
        yield Source(origin, payload, original_key=letter.key)


def original_payload(settings: Settings, letter: dict[str, object], timeout: float = 10.0) -> bytes | None:
    """The whole original of a cut dead letter, read at its topic/partition/offset (None if gone or changed)."""
    topic, partition, offset = letter.get("topic"), letter.get("partition"), letter.get("offset")
    if not isinstance(topic, str) or not isinstance(partition, int) or not isinstance(offset, int):
        return None
    consumer = KafkaConsumer(**client_config(settings), group_id=None, enable_auto_commit=False,
                             fetch_max_bytes=64 << 20, max_partition_fetch_bytes=64 << 20)  # fmt: skip
    try:
        tp = TopicPartition(topic, partition)
        consumer.assign([tp])
        consumer.seek(tp, offset)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for record in consumer.poll(timeout_ms=200).get(tp, []):
                if record.offset == offset and record.value is not None:
                    whole = bytes(record.value)
                    return whole if hashlib.sha256(whole).hexdigest() == letter.get("payload_sha256") else None
                if record.offset > offset:
                    return None
    finally:
        consumer.close()
    return None


def seed_order(sources: Iterable[Source]) -> list[Source]:
    """Seeds in publication order (undated last, then by name)."""
    return sorted(sources, key=lambda s: ((s.article.published or "9999") if s.article else "9999", s.origin))
