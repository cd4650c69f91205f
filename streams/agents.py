"""Thin agents: decode -> detect -> publish; anything bad goes to the dead-letter topic, and on we go.

Detection runs in a process pool, a batch at a time (``stream.take_events``), so the event loop stays
free for heartbeats, commits and health probes. A batch's records are delivered (broker-acked) before
the next batch is taken, so offsets are only committed for articles whose events are on the sink:
at least once, and redelivery is harmless because event ids are deterministic.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from typing import TYPE_CHECKING, Any

from streams import processing
from streams.metrics import Metrics
from streams.processing import Outcome, RawMessage
from streams.settings import Settings
from streams.wire import CLOUDEVENTS_CONTENT_TYPE, encode_dead_letter

if TYPE_CHECKING:
    import faust

    from streams.app import Topics

log = logging.getLogger(__name__)
EVENT_HEADERS = [("content-type", CLOUDEVENTS_CONTENT_TYPE.encode())]


class DetectionRunner:
    """Runs processing.process_batch off the event loop: in N spawned processes, or 1 thread if N is 0."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.processes = settings.detect_processes
        self.pool: Executor | None = None
        self.ready = asyncio.Event()

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        init = (processing.init_pool_worker, (self.settings.spacy_model,))
        if self.processes > 0:
            # spawn, not fork: forking a process that runs an event loop and Kafka clients is unsafe
            self.pool = ProcessPoolExecutor(self.processes, mp_context=get_context("spawn"),
                                            initializer=init[0], initargs=init[1])  # fmt: skip
        else:
            self.pool = ThreadPoolExecutor(1, initializer=init[0], initargs=init[1])
        await asyncio.gather(
            *(loop.run_in_executor(self.pool, processing.pool_ready) for _ in range(max(self.processes, 1)))
        )
        self.ready.set()

    async def run(self, messages: Sequence[RawMessage]) -> list[Outcome]:
        await self.ready.wait()
        assert self.pool is not None
        loop = asyncio.get_running_loop()
        chunks = _split(list(messages), max(self.processes, 1))
        results = await asyncio.gather(*(
            loop.run_in_executor(self.pool, processing.pool_process_batch, chunk, self.settings.max_article_bytes)
            for chunk in chunks
        ))  # fmt: skip
        return [outcome for chunk in results for outcome in chunk]

    def stop(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None


def _split(items: list[RawMessage], parts: int) -> list[list[RawMessage]]:
    size = -(-len(items) // parts) if items else 1
    return [items[i : i + size] for i in range(0, len(items), size)] or [[]]


@dataclass
class WorkerState:
    """What the agents and the web views share within one worker."""

    settings: Settings
    topics: Topics
    runner: DetectionRunner
    metrics: Metrics = field(default_factory=Metrics)
    problems: list[str] = field(default_factory=list)


def to_raw(message: Any) -> RawMessage:
    return RawMessage(message.value, message.key, message.topic, message.partition, message.offset)


async def publish(outcomes: Sequence[Outcome], state: WorkerState) -> None:
    """Send every outcome of a batch and wait until the broker has acknowledged all of it."""
    topics, metrics = state.topics, state.metrics
    pending = []
    for outcome in outcomes:
        if outcome.dead_letter is not None:
            letter = outcome.dead_letter
            log.warning("dead letter %s (%s) at %s/%s/%s", letter.reason, letter.message[:200],
                        letter.topic, letter.partition, letter.offset)  # fmt: skip
            pending.append(await topics.dead_letters.send(key=outcome.message.key, value=encode_dead_letter(letter)))
            metrics.dead_letters.labels(letter.reason).inc()
            metrics.articles.labels("dead_letter").inc()
            continue
        for key, value, event_type in outcome.events:
            pending.append(await topics.events.send(key=key, value=value, headers=EVENT_HEADERS))
            pending.append(await topics.by_type[event_type].send(key=key, value=value, headers=EVENT_HEADERS))
            metrics.events.labels(event_type).inc()
        metrics.articles.labels("processed").inc()
        metrics.latency.observe(outcome.seconds)
    await asyncio.gather(*pending)


def register(app: faust.App, topics: Topics, settings: Settings) -> WorkerState:
    """Register the articles agent and the pool's life cycle on `app`."""
    state = WorkerState(settings, topics, DetectionRunner(settings))

    @app.task  # type: ignore[untyped-decorator]
    async def start_detection() -> None:
        await state.runner.start()
        log.info("detection ready (%s process(es))", settings.detect_processes)

    @app.agent(topics.articles, name="process_articles")
    async def process_articles(stream: Any) -> None:
        """Articles in, events (or dead letters) out, one batch at a time."""
        async for batch in stream.take_events(settings.batch_size, within=settings.batch_within):
            outcomes = await state.runner.run([to_raw(event.message) for event in batch])
            await publish(outcomes, state)

    @app.on_before_shutdown.connect  # type: ignore[arg-type]
    async def stop_detection(app: Any, **kwargs: Any) -> None:
        state.runner.stop()

    return state
