"""Ingest figures (not tests): items/s of one poll, and the seen-set's size on disk and in memory.

    .venv/bin/python benchmarks/ingest.py [--items 5000] [--seen 200000]

A local HTTP server serves a feed of generated items (sentences written for the tests, no corpus text);
one poll fetches, parses, checks the seen-set, sends to the embedded broker, waits for the acks and
marks the items seen. The same poll against an in-memory sink separates the broker's share.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from streams.feeds.fetch import Fetcher, Limits  # noqa: E402
from streams.feeds.metrics import IngestMetrics  # noqa: E402
from streams.feeds.poller import Poller, PollOptions  # noqa: E402
from streams.feeds.seen import SeenStore  # noqa: E402
from streams.feeds.sink import KafkaSink, Sink  # noqa: E402
from streams.kafka.admin import ensure_topics  # noqa: E402
from streams.kafka.broker import EmbeddedBroker  # noqa: E402
from streams.records import Article  # noqa: E402
from streams.settings import Settings  # noqa: E402
from tests.feeds.feedserver import FeedServer, Route, rss, wire_items  # noqa: E402


class NullSink:
    async def send(self, articles: Sequence[Article]) -> tuple[list[Article], str | None]:
        return list(articles), None


def rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


async def polls(server: FeedServer, sink: Sink, state: Path, items: int) -> tuple[float, float, float]:
    """Seconds for: a poll of `items` new items; the same bytes again; other bytes with the same items."""
    server.routes["/feed"] = Route(rss(wire_items(items)))
    feed = server.url("/feed")
    poller = Poller([feed], Fetcher(Limits(max_bytes=100_000_000, deadline=120)), SeenStore(state), sink,
                    IngestMetrics(), PollOptions(max_items=items))  # fmt: skip
    times = []
    for title in ("Test wire", "Test wire", "Renamed wire"):
        server.routes["/feed"] = Route(rss(wire_items(items), title=title))
        started = time.perf_counter()
        result = await poller.poll(feed)
        times.append(time.perf_counter() - started)
    assert result.duplicates == items and len(poller.store) == items, result
    await poller.fetcher.aclose()
    poller.store.close()
    return times[0], times[1], times[2]


def seen_set(n: int, state: Path) -> None:
    before = rss_kb()
    store = SeenStore(state, max_items=n)
    started = time.perf_counter()
    for start in range(0, n, 100):  # as polls do: 100 ids at a time
        store.mark("http://wire.test/feed", [f"feed-{i:024x}" for i in range(start, start + 100)])
    fill = time.perf_counter() - started
    probe = [f"feed-{i:024x}" for i in range(n - 50, n + 50)]
    started = time.perf_counter()
    for _ in range(100):
        assert len(store.seen(probe)) == 50
    lookup = (time.perf_counter() - started) / 100
    print(f"seen-set: {n:,} ids: {store.disk_bytes() / 1e6:.1f} MB on disk, RSS +{(rss_kb() - before) / 1024:.1f} MB, "
          f"filled at {n / fill:,.0f} ids/s, lookup of 100 ids {lookup * 1000:.2f} ms")  # fmt: skip
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=5000)
    parser.add_argument("--seen", type=int, default=200_000)
    args = parser.parse_args()
    server = FeedServer().start()
    print(f"feed: {args.items:,} items, {len(rss(wire_items(args.items))) / 1e6:.1f} MB")
    with tempfile.TemporaryDirectory() as tmp, EmbeddedBroker() as broker:
        for name, make in (("no broker", lambda: NullSink()), ("embedded broker", None)):
            if make is None:
                settings = Settings(bootstrap_servers=broker.bootstrap, articles_topic="bench-ingest")
                ensure_topics(settings, [settings.articles_topic])
                sink: Sink = KafkaSink(settings)
            else:
                sink = make()
            new, same, dup = asyncio.run(polls(server, sink, Path(tmp) / f"{name[:2]}.sqlite3", args.items))
            if isinstance(sink, KafkaSink):
                sink.close()
            print(f"{name:>15}: new items {args.items / new:,.0f} items/s ({new:.2f} s); same bytes again "
                  f"{same * 1000:.0f} ms; same items in other bytes {dup:.2f} s")  # fmt: skip
        seen_set(args.seen, Path(tmp) / "seen.sqlite3")
    server.stop()


if __name__ == "__main__":
    main()
