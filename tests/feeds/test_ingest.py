"""`diplowire ingest` as a real process against the real embedded broker and local feed servers.

Nothing sent twice across polls and restarts, nothing lost across a SIGKILL, a clear error without a
broker, and end to end: feed items through the worker to events on the sink topic.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import orjson
import pytest

from streams.cli.local import counter_total, http_get, wait_ready, worker_process
from streams.feeds.parse import article_id
from streams.kafka.admin import ensure_topics
from streams.kafka.broker import free_port
from streams.settings import Settings
from streams.worker.topics import topic_names
from tests.conftest import ROOT
from tests.feeds.feedserver import FeedServer, Route, rdf, rss, wire_items
from tests.streamtools import read_topic

pytestmark = [pytest.mark.broker, pytest.mark.slow]


@contextmanager
def ingest(settings: Settings, state: Path, *args: str) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "streams", "ingest", "--state-dir", str(state), "--listen", f"127.0.0.1:{port}", *args],
        env={**os.environ, **settings.to_env()}, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        yield process, f"http://127.0.0.1:{port}"
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        assert process.stderr is not None
        process.stderr.close()


def metric(base: str, name: str) -> int:
    return counter_total(http_get(f"{base}/metrics")[1], name)


def wait_for(condition, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.1)


def stop(process: subprocess.Popen[bytes]) -> int:
    process.send_signal(signal.SIGTERM)
    return process.wait(timeout=20)


def keys(settings: Settings, expected: int, timeout: float = 60.0) -> list[str]:
    """The keys on the articles topic, read until `expected` different ones are there (or the timeout)."""
    records = read_topic(settings, settings.articles_topic, lambda r: len({x.key for x in r}) >= expected,
                         timeout=timeout)  # fmt: skip
    return [r.key.decode() for r in records]


def test_each_item_is_produced_once_across_polls_and_a_restart(stream_settings: Settings, server: FeedServer,
                                                               tmp_path: Path) -> None:  # fmt: skip
    settings = stream_settings
    ensure_topics(settings, [settings.articles_topic])
    server.routes["/feed"] = Route(rss(wire_items(5)))  # no validators: every poll gets the whole feed
    feed = server.url("/feed")
    expected = {article_id(feed, f"g-{i}") for i in range(5)}
    with ingest(settings, tmp_path / "state", "--feed", feed, "--interval", "0.2") as (process, base):
        wait_ready(base, process, timeout=60)
        wait_for(lambda: metric(base, "diplowire_ingest_not_modified_total") >= 3)  # the same bytes again
        assert metric(base, "diplowire_ingest_items_produced_total") == 5
        assert stop(process) == 0
    # restart with the state kept; the feed's bytes change (not its items), so the seen-set decides
    server.routes["/feed"] = Route(rss(wire_items(5), title="Renamed"))
    with ingest(settings, tmp_path / "state", "--feed", feed, "--interval", "0.2") as (process, base):
        wait_ready(base, process, timeout=60)
        wait_for(lambda: metric(base, "diplowire_ingest_duplicates_skipped_total") >= 5)
        assert metric(base, "diplowire_ingest_items_produced_total") == 0
        assert stop(process) == 0
    time.sleep(1.0)  # a late duplicate would have to be on the topic by now
    found = keys(settings, 6, timeout=5)
    assert sorted(found) == sorted(expected)
    assert server.hits["/feed"] >= 5


def test_sigkill_mid_poll_then_restart_loses_no_item(stream_settings: Settings, server: FeedServer,
                                                     tmp_path: Path) -> None:  # fmt: skip
    settings = stream_settings
    ensure_topics(settings, [settings.articles_topic])
    total, cap = 120, 2
    server.routes["/feed"] = Route(rss(wire_items(total)), etag='"big"')
    feed = server.url("/feed")
    args = ("--feed", feed, "--interval", "0.5", "--max-items", str(cap))
    with ingest(settings, tmp_path / "state", *args) as (process, base):
        wait_ready(base, process, timeout=60)
        wait_for(lambda: metric(base, "diplowire_ingest_items_produced_total") >= 20)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    before = keys(settings, 1, timeout=5)
    assert 0 < len(set(before)) < total, "the kill must land mid-feed"
    with ingest(settings, tmp_path / "state", *args) as (process, base):
        keys(settings, total, timeout=120)
        assert stop(process) == 0
    found = keys(settings, total + 1, timeout=5)  # the whole topic (5 s of reading), after the stop
    expected = {article_id(feed, f"g-{i}") for i in range(total)}
    assert set(found) == expected  # nothing lost
    assert len(found) - total <= cap  # at most the batch in flight at the kill was sent twice


def test_an_unreachable_broker_is_one_line_and_exit_1(server: FeedServer, tmp_path: Path) -> None:
    server.routes["/feed"] = Route(rss(wire_items(1)))
    settings = Settings(bootstrap_servers=f"127.0.0.1:{free_port()}")
    with ingest(settings, tmp_path / "state", "--feed", server.url("/feed")) as (process, _):
        code = process.wait(timeout=60)
        assert process.stderr is not None
        lines = process.stderr.read().decode().strip().splitlines()
    assert code == 1 and len(lines) == 1 and lines[0].startswith("diplowire: error:") and "unreachable" in lines[0]


def test_produce_reads_a_feed_file_and_says_what_it_skipped(stream_settings: Settings, tmp_path: Path) -> None:
    settings = stream_settings
    ensure_topics(settings, [settings.articles_topic])
    items = wire_items(3)
    items[1] = items[1] | {"title": "", "description": ""}  # an item without text
    path = tmp_path / "wire.rdf"
    path.write_bytes(rdf(items))
    result = subprocess.run([sys.executable, "-m", "streams", "produce", str(path)], capture_output=True, text=True,
                            env={**os.environ, **settings.to_env()}, cwd=ROOT, timeout=60)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"skipped {path}#2: empty_text" in result.stderr and "produced 2 article(s)" in result.stderr
    assert len(keys(settings, 2, timeout=10)) == 2


@pytest.mark.model
def test_end_to_end_feed_items_become_events_on_the_sink(stream_settings: Settings, server: FeedServer,
                                                         tmp_path: Path) -> None:  # fmt: skip
    settings = stream_settings
    ensure_topics(settings, topic_names(settings))
    server.routes["/feed"] = Route(rss(wire_items(3)), etag='"e2e"')
    feed = server.url("/feed")
    ids = {article_id(feed, f"g-{i}") for i in range(3)}
    with worker_process(settings) as worker, ingest(settings, tmp_path / "state", "--feed", feed,
                                                    "--interval", "1") as (process, base):  # fmt: skip
        wait_ready(f"http://127.0.0.1:{settings.web_port}", worker, timeout=90)
        records = read_topic(settings, settings.events_topic, lambda r: len(r) >= 3, timeout=90)
        assert stop(process) == 0
    events = [orjson.loads(r.value)["data"] for r in records]
    assert {e["article"]["id"] for e in events} == ids
    # what a user sees: `diplowire tail` prints the events of the feed's items
    tail = subprocess.run([sys.executable, "-m", "streams", "tail", "--from-beginning", "--json", "--max", "3",
                           "--idle-timeout", "20"], capture_output=True, text=True, cwd=ROOT, timeout=60,
                          env={**os.environ, **settings.to_env()})  # fmt: skip
    assert tail.returncode == 0, tail.stderr
    assert {orjson.loads(line)["data"]["article"]["id"] for line in tail.stdout.splitlines()} <= ids
    assert len(tail.stdout.splitlines()) == 3
    call = next(e for e in events if e["event_type"] == "CONSULT")
    assert call["mode"] == "phone" and {call["actor"]["country"], call["recipient"]["country"]} == {"RUS", "CHN"}
    assert call["date"] == "2021-12-15"  # "on Wednesday", resolved against the item's pubDate
    assert call["evidence"]["sentence"].startswith("Russian President Vladimir Putin spoke by telephone")


def test_a_broker_lost_for_too_long_ends_ingest_with_one_line_and_exit_1(server: FeedServer, tmp_path: Path) -> None:
    from streams.kafka.broker import EmbeddedBroker

    server.routes["/feed"] = Route(rss(wire_items(2)))
    broker = EmbeddedBroker().start()
    settings = Settings(bootstrap_servers=broker.bootstrap, articles_topic="lost-broker", broker_lost_after=2.0)
    ensure_topics(settings, [settings.articles_topic])
    with ingest(settings, tmp_path / "state", "--feed", server.url("/feed"), "--interval", "0.5") as (process, base):
        wait_ready(base, process, timeout=60)
        broker.stop()
        server.routes["/feed"] = Route(rss(wire_items(3)))  # a new item that cannot be sent
        wait_for(lambda: http_get(f"{base}/readyz")[0] == 503, timeout=60)
        code = process.wait(timeout=60)
        assert process.stderr is not None
        errors = [line for line in process.stderr.read().decode().splitlines() if "diplowire: error:" in line]
    assert code == 1 and len(errors) == 1 and "acknowledged nothing for 2 s" in errors[0], errors
