"""The `diplowire ingest` process: broker check, state, web server (push, probes, metrics), poll loop, signals.

Start: the broker check every client command makes (`check_broker`, bounded by DIPLOWIRE_CONNECT_TIMEOUT),
then the articles topic is created if missing; an unreachable broker is one clear line and exit 1.
Run: the poller and the web server share one event loop. Stop: SIGTERM or SIGINT ends the loop after
the poll in progress (at most `stop_grace` s; what it had not acknowledged stays unseen and is sent at
the next start); exit 0. A broker that acknowledges
nothing for `broker_lost_after` s ends the process with exit 1, for the supervisor to restart it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import time
from dataclasses import dataclass, field
from pathlib import Path

from aiohttp import web

from streams.errors import BrokerError, ConfigError
from streams.feeds.fetch import Fetcher, Limits
from streams.feeds.metrics import IngestMetrics
from streams.feeds.poller import Poller, PollOptions
from streams.feeds.push import Views
from streams.feeds.seen import SeenStore
from streams.feeds.sink import KafkaSink
from streams.kafka.admin import check_broker, ensure_topics
from streams.settings import Settings

log = logging.getLogger("diplowire.ingest")


@dataclass(frozen=True)
class IngestOptions:
    feeds: list[str]
    state_dir: Path
    poll: PollOptions = field(default_factory=PollOptions)
    limits: Limits = field(default_factory=Limits)
    listen: tuple[str, int] | None = None  # push endpoint + probes + metrics
    web: tuple[str, int] = ("127.0.0.1", 6066)  # probes + metrics when there is no --listen
    token: str | None = None
    max_body: int = 10_000_000
    max_seen: int = 200_000
    stop_grace: float = 10.0


def readiness(poller: Poller) -> list[str]:
    reasons = []
    if poller.broker_problem:
        reasons.append(poller.broker_problem)
    if poller.feeds and poller.rounds == 0:
        reasons.append("first poll running")
    return reasons


def run_ingest(settings: Settings, options: IngestOptions) -> int:
    check_broker(settings)  # bounded (DIPLOWIRE_CONNECT_TIMEOUT): BrokerError, one line, exit 1, like every client
    ensure_topics(settings, [settings.articles_topic])
    store = SeenStore(options.state_dir / "seen.sqlite3", options.max_seen)
    sink = KafkaSink(settings)
    try:
        asyncio.run(_serve(settings, options, store, sink))
    finally:
        sink.close()
        store.close()
    return 0


async def _serve(settings: Settings, options: IngestOptions, store: SeenStore, sink: KafkaSink) -> None:
    metrics = IngestMetrics()
    fetcher = Fetcher(options.limits)
    poller = Poller(options.feeds, fetcher, store, sink, metrics, options.poll)
    metrics.seen_items.set(len(store))
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    views = Views(sink, store, metrics, lambda: readiness(poller), options.token, options.max_body,
                  settings.max_article_bytes, on_send=poller.broker)  # fmt: skip
    runner = web.AppRunner(views.app(push=options.listen is not None), access_log=None)
    await runner.setup()
    host, port = options.listen or options.web
    try:
        await web.TCPSite(runner, host, port).start()
    except OSError as exc:
        await runner.cleanup()
        raise ConfigError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    what = "POST /articles, " if options.listen else ""
    log.info("ingest: %d feed(s) every %g s; %s/healthz, /readyz, /metrics on http://%s:%d; state in %s",
             len(poller.feeds), options.poll.interval, what, host, port, options.state_dir)  # fmt: skip
    polling = asyncio.create_task(poller.run(stop))
    try:
        while not stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=1.0)
            if polling.done():
                polling.result()  # a bug in the poller ends the process with its error
                break
            down = poller.broker_down_since
            if down is not None and time.monotonic() - down > settings.broker_lost_after:
                raise BrokerError(f"Kafka broker {settings.bootstrap_servers} has acknowledged nothing for "
                                  f"{settings.broker_lost_after:g} s ({poller.broker_problem})")  # fmt: skip
        log.info("ingest: stopping")
    finally:
        stop.set()
        if not polling.done():
            try:
                await asyncio.wait_for(polling, timeout=options.stop_grace)
            except (TimeoutError, asyncio.CancelledError):
                log.warning("ingest: the poll in progress was abandoned; its unacknowledged items come next start")
        await runner.cleanup()
        await fetcher.aclose()
