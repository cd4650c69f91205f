"""The worker's promises, each proven against the real embedded broker (issue 4).

Nothing lost across SIGKILL and restart, duplicates with identical ids, scale-out and hand-over,
graceful SIGTERM, a clear non-zero exit when the broker is lost, a responsive event loop under load.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import orjson
import pytest

from streams.cli.local import articles_done, http_get, wait_ready, worker_process
from streams.kafka.admin import ensure_topics
from streams.kafka.broker import EmbeddedBroker, free_port
from streams.worker.topics import topic_names
from tests.conftest import ROOT
from tests.streamtools import produce, read_topic, synthetic_articles

pytestmark = [pytest.mark.broker, pytest.mark.model, pytest.mark.slow]


def url(settings, path: str) -> str:
    return f"http://127.0.0.1:{settings.web_port}{path}"


def done(settings) -> int:
    return articles_done(http_get(url(settings, "/metrics"))[1])


def wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


def children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def alive(pid: int) -> bool:
    """Running (not a zombie waiting to be reaped by init)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0] != "Z"
    except (OSError, IndexError):
        return False


def events_by_article(records) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for r in records:
        data = orjson.loads(r.value)["data"]
        out.setdefault(data["article"]["id"], []).append(data)
    return out


def missing_on_sink(settings, ids: set[str], records) -> str:
    """Which articles have no event on the sink, and which stage lost them (for the failure message)."""
    missing = ids - set(events_by_article(records))
    if not missing:
        return ""
    detected = read_topic(settings, settings.detected_topic, lambda r: False, timeout=5)
    detected_ids = {orjson.loads(r.value)["article"]["id"] for r in detected}
    return (f"missing events for {sorted(missing)[:8]} ({len(missing)}); "
            f"on the internal detected topic: {sorted(missing & detected_ids)[:8]}")  # fmt: skip


def test_sigkill_mid_stream_and_restart_loses_nothing(stream_settings):
    settings = replace(stream_settings, batch_size=4)
    ensure_topics(settings, topic_names(settings))
    articles = synthetic_articles(200, tag="kill")
    with worker_process(settings) as worker:
        wait_ready(url(settings, ""), worker, timeout=120)
        produce(settings, settings.articles_topic, articles)
        wait_for(lambda: done(settings) >= 80, 120, "half the articles")
        halfway = done(settings)
        pool = children(worker.pid)
        worker.send_signal(signal.SIGKILL)
        worker.wait()
    assert halfway < len(articles), "the kill must land mid-stream"
    assert pool, "the worker runs detection in a process pool"
    wait_for(lambda: not any(alive(pid) for pid in pool), 10, "the pool processes to die with the worker")
    with worker_process(settings) as worker:
        wait_ready(url(settings, ""), worker, timeout=120)
        ids = {k.decode() for k, _ in articles}
        records = read_topic(settings, settings.events_topic, lambda r: ids <= set(events_by_article(r)), timeout=120)
    problem = missing_on_sink(settings, ids, records)
    assert not problem, problem
    by_id: dict[str, set[bytes]] = {}
    for r in records:
        envelope = orjson.loads(r.value)
        by_id.setdefault(envelope["id"], set()).add(r.value)
    # redelivered work produced byte-identical records: a consumer keeping ids sees each event once
    assert all(len(values) == 1 for values in by_id.values())


def test_two_workers_split_partitions_and_hand_over_without_loss(stream_settings):
    first = stream_settings
    second = replace(first, web_port=free_port())
    ensure_topics(first, topic_names(first))
    batches = [synthetic_articles(60, tag=f"scale{i}") for i in range(3)]
    with worker_process(first) as w1:
        wait_ready(url(first, ""), w1, timeout=120)
        produce(first, first.articles_topic, batches[0])
        with worker_process(second) as w2:
            wait_ready(url(second, ""), w2, timeout=120)

            def split() -> bool:
                parts = [
                    orjson.loads(http_get(url(s, "/readyz"))[1] or b"{}").get("partitions", []) for s in (first, second)
                ]
                return all(parts) and len(parts[0]) + len(parts[1]) == first.topic_partitions

            wait_for(split, 30, "both workers to own partitions")
            produce(first, first.articles_topic, batches[1])
            wait_for(lambda: done(first) + done(second) >= 120, 120, "the first two batches")
        # w2 stopped (SIGTERM): w1 takes every partition back
        wait_for(lambda: len(orjson.loads(http_get(url(first, "/readyz"))[1] or b"{}").get("partitions", [])) == 4,
                 30, "the hand-over")  # fmt: skip
        produce(first, first.articles_topic, batches[2])
        ids = {k.decode() for b in batches for k, _ in b}
        records = read_topic(first, first.events_topic, lambda r: ids <= set(events_by_article(r)), timeout=120)
    problem = missing_on_sink(first, ids, records)
    assert not problem, problem


def test_sigterm_finishes_and_exits_zero_within_ten_seconds(stream_settings):
    settings = stream_settings
    ensure_topics(settings, topic_names(settings))
    with worker_process(settings) as worker:
        wait_ready(url(settings, ""), worker, timeout=120)
        produce(settings, settings.articles_topic, synthetic_articles(50, tag="term"))
        wait_for(lambda: done(settings) >= 1, 60, "the first article")
        started = time.monotonic()
        worker.send_signal(signal.SIGTERM)
        code = worker.wait(timeout=20)
        took = time.monotonic() - started
    assert code == 0
    assert took < 10


@contextmanager
def worker_on_a_broker_that_restarts_empty(settings, log: Path, **changes) -> Iterator[subprocess.Popen[bytes]]:
    """A ready worker on its own embedded broker, which is then restarted empty (every topic gone)."""
    with EmbeddedBroker() as broker:
        settings = replace(settings, bootstrap_servers=broker.bootstrap, **changes)
        ensure_topics(settings, topic_names(settings))
        with worker_process(settings, str(log)) as worker:
            wait_ready(url(settings, ""), worker, timeout=120)
            port = broker.port
            broker.stop()
            broker.port = port
            broker.start()
            yield worker


def test_broker_restart_makes_the_worker_exit_with_an_error(stream_settings, tmp_path):
    log = tmp_path / "worker.log"
    with worker_on_a_broker_that_restarts_empty(stream_settings, log, watchdog_interval=1.0) as worker:
        code = worker.wait(timeout=30)
    assert code != 0
    assert "topics vanished" in log.read_text()


def test_sigterm_after_the_broker_restarted_empty_exits_by_the_stop_deadline(stream_settings, tmp_path):
    # Measured: 3 of 5 such stops hung for 60 s in the Kafka consumer's thread; the deadline ends them.
    log, deadline = tmp_path / "worker.log", 5.0
    with worker_on_a_broker_that_restarts_empty(stream_settings, log, watchdog_interval=600.0,
                                                stop_timeout=deadline) as worker:  # fmt: skip
        started = time.monotonic()
        worker.send_signal(signal.SIGTERM)
        code = worker.wait(timeout=30)
        took = time.monotonic() - started
    assert took < deadline + 3, f"stopped after {took:.1f} s"
    if code != 0:  # the stop hung and the deadline ended it, saying where
        text = log.read_text()
        assert "did not stop within 5 s of SIGTERM" in text and "pending task" in text


def test_unreachable_broker_at_start_is_a_clear_error():
    port = free_port()
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "streams", "worker", "--broker", f"127.0.0.1:{port}"],
                            capture_output=True, text=True, cwd=ROOT, timeout=60)  # fmt: skip
    assert result.returncode != 0
    assert time.monotonic() - started < 30
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "unreachable" in lines[0]


def test_health_answers_within_a_second_under_full_load(stream_settings):
    settings = replace(stream_settings, batch_size=32)
    ensure_topics(settings, topic_names(settings))
    articles = synthetic_articles(400, tag="load")
    slowest: list[float] = []
    with worker_process(settings) as worker:
        wait_ready(url(settings, ""), worker, timeout=120)
        stop = threading.Event()

        def probe() -> None:
            while not stop.is_set():
                started = time.monotonic()
                status, _ = http_get(url(settings, "/healthz"), timeout=5)
                slowest.append(time.monotonic() - started if status == 200 else 99.0)
                time.sleep(0.05)

        prober = threading.Thread(target=probe)
        prober.start()
        try:
            produce(settings, settings.articles_topic, articles)
            wait_for(lambda: done(settings) >= len(articles), 180, "the load")
        finally:
            stop.set()
            prober.join()
        metrics = http_get(url(settings, "/metrics"))[1].decode()
    assert len(slowest) > 20
    # A loop blocked by detection would answer late once per batch (13 batches here). On a busy host the
    # scheduler can delay a probe (or the prober itself) past a second now and then: 1.29 s was seen once
    # under two CPU hogs, so a couple of late probes are allowed, none very late.
    late = [t for t in slowest if t >= 1.0]
    assert len(late) <= 2 and max(slowest) < 5.0, sorted(slowest)[-5:]
    assert 'diplowire_articles_total{outcome="processed"} 400.0' in metrics
    assert "diplowire_events_published_total" in metrics and "diplowire_detection_seconds_bucket" in metrics


def report(article_id: str, published: str, source: str, text: str) -> tuple[bytes, bytes]:
    body = {"id": article_id, "text": text, "published": published, "source": source}
    return article_id.encode(), orjson.dumps(body)


def test_one_event_many_articles_one_cluster_and_the_state_survives_a_restart(stream_settings):
    """Three wires report the same call; the third arrives after a restart (RocksDB store, as in production)."""
    settings = replace(stream_settings, store="rocksdb://")
    ensure_topics(settings, topic_names(settings))
    call = "Japan's prime minister held a phone call with the president of France on {day}, officials said."
    first = [report("r-1", "2021-12-16", "reuters", call.format(day="Wednesday")),
             report("r-2", "2021-12-17", "bbc", call.format(day="Thursday")),
             report("r-x", "2021-12-16", "ap", "Brazil criticized Kenya over the fishing dispute.")]  # fmt: skip
    later = [report("r-3", "2021-12-18", "afp", call.format(day="Friday")),
             report("r-4", "2022-02-20", "afp", call.format(day="Saturday"))]  # fmt: skip

    def consults(records) -> dict[str, dict]:
        return {d["article"]["id"]: d for d in map(lambda r: orjson.loads(r.value)["data"], records)
                if d["event_type"] == "CONSULT"}  # fmt: skip

    with worker_process(settings) as worker:
        wait_ready(url(settings, ""), worker, timeout=120)
        produce(settings, settings.articles_topic, first)
        read_topic(settings, settings.events_topic, lambda r: {"r-1", "r-2"} <= set(consults(r)), timeout=120)
        worker.send_signal(signal.SIGTERM)
        assert worker.wait(timeout=20) == 0
    with worker_process(settings) as worker:
        wait_ready(url(settings, ""), worker, timeout=120)
        produce(settings, settings.articles_topic, later)
        records = read_topic(settings, settings.events_topic, lambda r: len(consults(r)) == 4, timeout=120)
    calls = consults(records)
    assert set(calls) == {"r-1", "r-2", "r-3", "r-4"}
    same = {calls[a]["cluster_id"] for a in ("r-1", "r-2", "r-3")}
    assert len(same) == 1 and None not in same, "three reports of one call, one cluster, across the restart"
    assert [calls[a]["first_seen"] for a in ("r-1", "r-2", "r-3")] == [True, False, False]
    assert calls["r-4"]["cluster_id"] not in same and calls["r-4"]["first_seen"] is True, "two months later: new"
