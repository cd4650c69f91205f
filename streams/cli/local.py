"""`diplowire run`: the whole product on one machine — broker, worker, seed replay, live table.

The worker runs as a child process (exactly what `diplowire worker` runs in production), watched
through its own web endpoints: /readyz for start-up, /metrics for how many articles it has done.
Every child is stopped on exit, on errors and on Ctrl-C, and dies with us even on SIGKILL.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from kafka import KafkaConsumer
from rich.console import Console
from rich.live import Live

from streams.cli.console import events_table
from streams.errors import DiplowireError
from streams.kafka.admin import ensure_topics, topic_reader
from streams.kafka.broker import EMBEDDED_TUNING, broker_for, die_with_parent, free_port
from streams.kafka.producer import make_producer, publish, read_sources, seed_order
from streams.live.server import LiveServer
from streams.records import Event
from streams.settings import Settings
from streams.wire import decode_event
from streams.worker.topics import topic_names


@dataclass
class RunReport:
    articles: int = 0
    events: list[Event] = field(default_factory=list)
    worker_ready_s: float | None = None
    total_s: float = 0.0


def worker_env(settings: Settings) -> dict[str, str]:
    env = dict(os.environ)
    env.update(settings.to_env())
    return env


@contextmanager
def worker_process(settings: Settings, log_path: str | None = None) -> Iterator[subprocess.Popen[bytes]]:
    """`diplowire worker` as a child process; SIGTERM (then SIGKILL after 15 s) when the block ends."""
    log = open(log_path, "ab") if log_path else subprocess.DEVNULL  # noqa: SIM115
    process = subprocess.Popen(
        [sys.executable, "-m", "streams", "worker"], env=worker_env(settings), stdin=subprocess.DEVNULL,
        stdout=log, stderr=subprocess.STDOUT, preexec_fn=die_with_parent,  # noqa: PLW1509
    )  # fmt: skip
    try:
        yield process
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if log is not subprocess.DEVNULL:
            log.close()  # type: ignore[union-attr]


def http_get(url: str, timeout: float = 1.0) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - loopback only
            return int(response.status), bytes(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()
    except OSError:
        return 0, b""


def counter_total(metrics_text: bytes, name: str) -> int:
    """The sum over all labels of one Prometheus counter in a /metrics text."""
    total = 0.0
    for line in metrics_text.decode().splitlines():
        if line.startswith(f"{name}{{") or line.startswith(f"{name} "):
            total += float(line.rsplit(" ", 1)[1])
    return int(total)


def articles_done(metrics_text: bytes) -> int:
    """Articles the worker has finished (processed or dead-lettered), from its /metrics text."""
    return counter_total(metrics_text, "diplowire_articles_total")


def drained(metrics_text: bytes, articles: int) -> bool:
    """True once a lone worker has finished `articles` and published every event it detected."""
    detected = counter_total(metrics_text, "diplowire_events_detected_total")
    published = counter_total(metrics_text, "diplowire_events_published_total")
    return articles_done(metrics_text) >= articles and published >= detected


def wait_ready(base_url: str, process: subprocess.Popen[bytes], timeout: float) -> float:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if process.poll() is not None:
            raise DiplowireError(f"the worker exited during start-up (code {process.returncode})")
        if http_get(f"{base_url}/readyz")[0] == 200:
            return time.monotonic() - started
        time.sleep(0.1)
    raise DiplowireError(f"the worker was not ready after {timeout:.0f} s")


def run(settings: Settings, seeds: list[str], follow: bool = False, timeout: float = 150.0,
        console: Console | None = None, worker_log: str | None = None) -> RunReport:  # fmt: skip
    """Broker (embedded unless configured), worker, replay of `seeds`, live table; returns what it saw."""
    console = console or Console()
    report = RunReport()
    started = time.monotonic()
    embedded = not settings.bootstrap_servers
    sources = seed_order(read_sources(seeds))
    with broker_for(settings.bootstrap_servers) as bootstrap:
        settings = settings.with_overrides(bootstrap_servers=bootstrap, web_enabled=True, web_host="127.0.0.1",
                                           web_port=free_port(), **(EMBEDDED_TUNING if embedded else {}))  # fmt: skip
        console.print(f"[bold]broker[/] {bootstrap} ({'embedded Tansu' if embedded else 'external'})")
        ensure_topics(settings, topic_names(settings))
        base_url = f"http://127.0.0.1:{settings.web_port}"
        with worker_process(settings, worker_log) as worker, live_page(settings) as url:
            spawned = time.monotonic()
            console.print(
                f"[bold]live page[/] {url}" + ("" if follow else " (until the replay ends; --follow keeps it)")
            )
            consumer = topic_reader(settings, settings.events_topic)
            producer = make_producer(settings)
            try:
                report.articles = publish(producer, settings.articles_topic, sources)
            finally:
                producer.close()
            console.print(f"[bold]replay[/] {report.articles} seed article(s) -> {settings.articles_topic}")
            with Live(
                events_table([], width=console.width), console=console, refresh_per_second=4, transient=True
            ) as live:
                while True:
                    if worker.poll() is not None:
                        raise DiplowireError(f"the worker exited (code {worker.returncode})")
                    if report.worker_ready_s is None and http_get(f"{base_url}/readyz")[0] == 200:
                        report.worker_ready_s = time.monotonic() - spawned
                    fresh = _poll_events(consumer)
                    if fresh:
                        report.events.extend(fresh)
                        live.update(events_table(report.events, width=console.width))
                    metrics = http_get(f"{base_url}/metrics")[1]
                    # the counter moves when Faust queues a record, before the broker has it: wait until
                    # this reader has seen as many (a busy host ended the table with 0 of 1 event)
                    shown = len(report.events) >= counter_total(metrics, "diplowire_events_published_total")
                    done = drained(metrics, report.articles) and shown
                    if done and not fresh and not follow:
                        break
                    if time.monotonic() - started > timeout and not follow:
                        raise DiplowireError(f"replay not finished after {timeout:.0f} s")
            consumer.close()
            console.print(events_table(report.events, width=console.width))
    report.total_s = time.monotonic() - started
    ready = f"{report.worker_ready_s:.1f} s" if report.worker_ready_s is not None else "n/a"
    console.print(f"[bold]done[/] {report.articles} article(s), {len(report.events)} event(s); "
                  f"worker ready in {ready}; total {report.total_s:.1f} s")  # fmt: skip
    return report


@contextmanager
def live_page(settings: Settings) -> Iterator[str]:
    """`diplowire live` in a thread of this process, for as long as the block runs; yields its URL."""
    server = LiveServer(settings)
    try:
        yield server.start()
    finally:
        server.stop()


def _poll_events(consumer: KafkaConsumer) -> list[Event]:
    batches = consumer.poll(timeout_ms=250)
    return [decode_event(record.value) for records in batches.values() for record in records]
