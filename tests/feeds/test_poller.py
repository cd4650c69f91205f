"""The poll loop against real local HTTP servers, with the in-memory sink twin (the broker tests are apart)."""

from __future__ import annotations

import logging
import time
from pathlib import Path

import pytest

from streams.feeds.fetch import Fetcher, Limits
from streams.feeds.metrics import IngestMetrics
from streams.feeds.poller import Poller, PollOptions
from streams.feeds.seen import SeenStore
from tests.feeds.conftest import MemorySink
from tests.feeds.feedserver import ARTICLE_PAGE, SENTENCES, FeedServer, Route, rss, wire_items


def make_poller(tmp_path: Path, feeds: list[str], sink: MemorySink, **options: object) -> Poller:
    limits = options.pop("limits", None) or Limits(timeout=2.0, deadline=3.0)
    return Poller(feeds, Fetcher(limits), SeenStore(tmp_path / "seen.sqlite3"), sink, IngestMetrics(),  # type: ignore[arg-type]
                  PollOptions(interval=0.1, **options))  # type: ignore[arg-type]  # fmt: skip


def metric(poller: Poller, name: str, **labels: str) -> float:
    value = poller.metrics.registry.get_sample_value(name, labels)
    return value or 0.0


async def close(poller: Poller) -> None:
    await poller.fetcher.aclose()
    poller.store.close()


@pytest.mark.asyncio
async def test_an_item_in_two_polls_is_produced_once_and_a_new_one_is_added(tmp_path, server: FeedServer, sink) -> None:  # type: ignore[no-untyped-def]
    server.routes["/feed"] = Route(rss(wire_items(2)))
    poller = make_poller(tmp_path, [server.url("/feed")], sink)
    first = await poller.poll(server.url("/feed"))
    server.routes["/feed"] = Route(rss(wire_items(1, start=2) + wire_items(2)))  # newest first, as feeds are
    second = await poller.poll(server.url("/feed"))
    assert (first.produced, second.produced, second.duplicates) == (2, 1, 2)
    assert [a.title for a in sink.sent] == ["Wire 1", "Wire 0", "Wire 2"]  # oldest first
    assert len(set(sink.ids)) == 3
    assert metric(poller, "diplowire_ingest_duplicates_skipped_total", feed=server.url("/feed")) == 2
    await close(poller)


@pytest.mark.asyncio
async def test_a_304_produces_nothing_and_is_counted(tmp_path, server: FeedServer, sink) -> None:  # type: ignore[no-untyped-def]
    server.routes["/feed"] = Route(rss(wire_items(3)), etag='"abc"')
    poller = make_poller(tmp_path, [server.url("/feed")], sink)
    await poller.poll(server.url("/feed"))
    again = await poller.poll(server.url("/feed"))
    assert again.not_modified and len(sink.sent) == 3 and server.not_modified["/feed"] == 1
    assert metric(poller, "diplowire_ingest_not_modified_total", feed=server.url("/feed")) == 1
    await close(poller)


@pytest.mark.asyncio
async def test_a_restart_with_the_state_kept_produces_nothing_new(tmp_path, server: FeedServer, sink) -> None:  # type: ignore[no-untyped-def]
    server.routes["/feed"] = Route(rss(wire_items(4)))  # no validators: the whole feed comes back
    poller = make_poller(tmp_path, [server.url("/feed")], sink)
    await poller.poll(server.url("/feed"))
    await close(poller)
    restarted = make_poller(tmp_path, [server.url("/feed")], sink)
    same = await restarted.poll(server.url("/feed"))
    assert same.not_modified and same.produced == 0  # the same bytes as last time: not even parsed
    server.routes["/feed"] = Route(rss(wire_items(4), title="Renamed wire"))  # other bytes, the same items
    result = await restarted.poll(server.url("/feed"))
    assert (result.produced, result.duplicates, len(sink.sent)) == (0, 4, 4)
    await close(restarted)


@pytest.mark.asyncio
async def test_unacknowledged_items_are_not_marked_and_come_again(tmp_path, server: FeedServer, sink) -> None:  # type: ignore[no-untyped-def]
    server.routes["/feed"] = Route(rss(wire_items(3)), etag='"v"')
    poller = make_poller(tmp_path, [server.url("/feed")], sink)
    sink.fail = True
    await poller.poll_due()
    assert poller.broker_problem and not sink.sent and len(poller.store) == 0
    assert poller.store.validators(server.url("/feed")) == (None, None, None)  # else a 304 would hide them
    sink.fail = False
    poller.states[server.url("/feed")].due = 0
    await poller.poll_due()
    assert len(sink.sent) == 3 and poller.broker_problem is None
    await close(poller)


@pytest.mark.asyncio
async def test_the_items_cap_spreads_a_big_feed_over_polls_without_loss(tmp_path, server: FeedServer, sink) -> None:  # type: ignore[no-untyped-def]
    server.routes["/feed"] = Route(rss(wire_items(7)), etag='"big"')
    poller = make_poller(tmp_path, [server.url("/feed")], sink, max_items=3)
    results = [await poller.poll(server.url("/feed")) for _ in range(4)]
    assert [r.produced for r in results] == [3, 3, 1, 0] and results[3].not_modified
    assert sorted(sink.ids) == sorted(set(sink.ids)) and len(sink.ids) == 7
    await close(poller)


@pytest.mark.asyncio
async def test_a_failing_feed_backs_off_and_says_so_once_beside_a_good_one(tmp_path, server: FeedServer, sink,  # type: ignore[no-untyped-def]
                                                                            caplog) -> None:  # fmt: skip
    good, bad = server.url("/good"), server.url("/bad")
    server.routes["/good"] = Route(rss(wire_items(2)))
    server.routes["/bad"] = Route(b"oops", status=503)
    poller = make_poller(tmp_path, [bad, good], sink)
    with caplog.at_level(logging.INFO, logger="diplowire.ingest"):
        waits = []
        for _ in range(3):
            poller.states[bad].due = 0
            started = time.monotonic()
            await poller.poll_due()
            waits.append(poller.states[bad].due - started)
        server.routes["/bad"] = Route(rss(wire_items(1, tag="b")))
        poller.states[bad].due = 0
        await poller.poll_due()
    assert len(sink.sent) == 3  # the good feed's two, then the recovered feed's one
    assert waits[0] < waits[1] < waits[2]  # exponential backoff
    failing = [r for r in caplog.records if "failing" in r.getMessage()]
    assert len(failing) == 1 and "HTTP 503" in failing[0].getMessage()
    assert any("recovered after 3" in r.getMessage() for r in caplog.records)
    assert metric(poller, "diplowire_ingest_fetch_errors_total", feed=bad, reason="http_status") == 3
    assert metric(poller, "diplowire_ingest_last_success_timestamp_seconds", feed=good) > 0
    await close(poller)


@pytest.mark.asyncio
async def test_a_slow_oversized_or_hostile_feed_does_not_hold_up_the_good_one(tmp_path, server: FeedServer,  # type: ignore[no-untyped-def]
                                                                             sink) -> None:  # fmt: skip
    from tests.feeds.feedserver import BILLION_LAUGHS

    server.routes["/good"] = Route(rss(wire_items(2)))
    server.routes["/slow"] = Route(trickle=0.2)
    server.routes["/huge"] = Route(chunked_size=5_000_000)
    server.routes["/laughs"] = Route(BILLION_LAUGHS)
    feeds = [server.url(p) for p in ("/slow", "/huge", "/laughs", "/good")]
    poller = make_poller(tmp_path, feeds, sink, limits=Limits(timeout=2.0, deadline=2.0, max_bytes=1_000_000))
    started = time.monotonic()
    await poller.poll_due()
    elapsed = time.monotonic() - started
    assert elapsed < 6.0, elapsed
    assert {a.title for a in sink.sent} >= {"Wire 0", "Wire 1"}
    assert all("lollol" not in a.text for a in sink.sent)
    assert poller.states[server.url("/slow")].problem == "deadline"
    assert poller.states[server.url("/huge")].problem == "too_large"
    await close(poller)


@pytest.mark.asyncio
async def test_full_text_is_extracted_from_the_linked_page_and_the_summary_kept(tmp_path, server: FeedServer,  # type: ignore[no-untyped-def]
                                                                               sink) -> None:  # fmt: skip
    server.routes["/page"] = Route(ARTICLE_PAGE, content_type="text/html")
    item = {"guid": "ft-1", "title": "Leaders discuss trade by telephone", "link": server.url("/page"),
            "description": "<p>Two leaders spoke.</p>"}  # fmt: skip
    server.routes["/feed"] = Route(rss([item]))
    poller = make_poller(tmp_path, [server.url("/feed")], sink, full_text=True)
    await poller.poll(server.url("/feed"))
    (article,) = sink.sent
    assert article.summary == "Two leaders spoke."
    assert article.text.startswith(f"Leaders discuss trade by telephone\n\n{SENTENCES[0][:60]}")
    assert "apple pie" not in article.text and "newsletter" not in article.text
    await close(poller)


@pytest.mark.asyncio
async def test_a_local_feed_file_is_polled_and_unchanged_costs_nothing(tmp_path, sink) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "wire.atom"
    path.write_bytes(rss(wire_items(2)))
    poller = make_poller(tmp_path, [str(path)], sink)
    assert (await poller.poll(str(path))).produced == 2
    assert (await poller.poll(str(path))).not_modified
    path.write_bytes(rss(wire_items(3)))
    assert (await poller.poll(str(path))).produced == 1 and len(sink.sent) == 3
    await close(poller)
