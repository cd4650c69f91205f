"""Thin agents: decode -> detect -> cluster -> publish; anything bad goes to the dead-letter topic.

Two stages in two Faust apps (consumer groups), because state must not sit in the app that consumes the
articles (on Tansu, Faust lost article records after restarts when it did; see streams.worker.app):

1. ``process_articles`` (detect app, stateless): detection runs in a process pool, so the event loop
   stays free for heartbeats, commits and health probes. The detected events go to the internal topic,
   keyed by cluster key, and an article is acked only once the broker has acknowledged its events, so a
   committed offset means the article's events are safe.
2. ``cluster_events`` (cluster app): per cluster key, a Faust table (RocksDB in production) assigns
   ``cluster_id`` and ``first_seen`` (streams.worker.clustering) and the record goes to the sink topics. Faust
   flushes the producer before it commits, so here too a committed offset means a published record.

At least once end to end; redelivery is harmless because event ids are deterministic and a redelivered
event keeps its cluster and its ``first_seen``.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import Sequence
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from multiprocessing import get_context
from typing import TYPE_CHECKING, Any

from streams.errors import DecodeError
from streams.records import DeadLetter
from streams.settings import Settings
from streams.wire import CLOUDEVENTS_CONTENT_TYPE, dead_letter_key, encode_dead_letter
from streams.worker import processing
from streams.worker.clustering import Clusterer
from streams.worker.metrics import Metrics
from streams.worker.processing import Outcome, RawMessage
from streams.worker.topics import Topics

if TYPE_CHECKING:
    import faust

log = logging.getLogger(__name__)
CHUNK = 8  # articles per pool task: spaCy still batches ~40 candidate sentences, and no article waits long
EVENT_HEADERS = [("content-type", CLOUDEVENTS_CONTENT_TYPE.encode())]
DEAD_LETTER_SEND_TIMEOUT = 30.0  # seconds a dead letter may take to be acknowledged before it is given up


class DetectionRunner:
    """Runs processing.process_batch off the event loop: in N spawned processes, or 1 thread if N is 0.

    A detection process that dies (killed, out of memory, a crash in native code) or hangs past every
    budget (twice ``article_time_budget`` per article + HANG_MARGIN s; SIGALRM cannot interrupt native code)
    must not stop the stream: the pool is replaced, the chunk's articles are detected again one at a
    time, and the one that breaks the fresh pool too becomes a dead letter (``detection_failed``, or
    ``too_slow`` for a hang). Nothing is lost; the others get their events.
    """

    HANG_MARGIN = 60.0

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.processes = settings.detect_processes
        self.pool: Executor | None = None
        self.ready = asyncio.Event()
        self.stopped = False
        self._replacing = asyncio.Lock()
        self._retrying = asyncio.Lock()

    async def start(self) -> None:
        self.pool = await self._new_pool()
        self.ready.set()

    async def _new_pool(self) -> Executor:
        loop = asyncio.get_running_loop()
        parent = os.getpid() if self.processes > 0 else None
        init = (processing.init_pool_worker, (self.settings.spacy_model, parent))
        pool: Executor
        if self.processes > 0:
            # spawn, not fork: forking a process that runs an event loop and Kafka clients is unsafe
            pool = ProcessPoolExecutor(self.processes, mp_context=get_context("spawn"),
                                       initializer=init[0], initargs=init[1])  # fmt: skip
        else:
            pool = ThreadPoolExecutor(1, initializer=init[0], initargs=init[1])
        await asyncio.gather(
            *(loop.run_in_executor(pool, processing.pool_ready) for _ in range(max(self.processes, 1)))
        )
        return pool

    async def run(self, messages: Sequence[RawMessage], retry: bool = False) -> list[Outcome]:
        await self.ready.wait()
        pool = self.pool
        assert pool is not None
        # One call, one pool task: the agent sends chunks of CHUNK articles and keeps several in flight,
        # which spreads the load over the processes without a barrier between them.
        budget = self.settings.article_time_budget
        future = asyncio.get_running_loop().run_in_executor(
            pool, processing.pool_process_batch, list(messages), self.settings.max_article_bytes, budget
        )
        if not isinstance(pool, ProcessPoolExecutor):
            return await future
        try:
            # the batch may use its budget, then each article its own again (processing.process_batch)
            return await asyncio.wait_for(future, 2 * budget * len(messages) + self.HANG_MARGIN)
        except TimeoutError:
            reason, text = "too_slow", "detection hung past its budget; the detection process was restarted"
            log.error("detection of %d article(s) hung; killing the detection process(es)", len(messages))
            _kill(pool)
        except BrokenProcessPool as exc:
            reason, text = "detection_failed", f"the detection process died on this article ({exc})"
        if self.stopped:
            raise asyncio.CancelledError
        await self._replace(pool)
        if retry:  # its one more try broke the fresh pool too: this article is the cause
            return [processing.dead_outcome(messages[0], reason, text)]
        # Every chunk in flight sees the pool break, whichever article broke it (a chunk of one too, even one
        # sent after the break). Each article gets one more try in a fresh pool, one at a time, so that the
        # article that breaks it again is the one dead-lettered and no other.
        log.warning("detecting %d article(s) again one by one, in a fresh detection process", len(messages))
        outcomes: list[Outcome] = []
        for message in messages:
            async with self._retrying:
                outcomes.extend(await self.run([message], retry=True))
        return outcomes

    async def _replace(self, broken: Executor) -> None:
        """A new pool in place of `broken` (once, however many chunks saw it break)."""
        async with self._replacing:
            if self.pool is not broken or self.stopped:
                return
            self.ready.clear()
            broken.shutdown(wait=False, cancel_futures=True)
            log.error("the detection process died or hung; starting a new one")
            self.pool = await self._new_pool()
            self.ready.set()
            log.warning("detection ready again")

    def stop(self) -> None:
        self.stopped = True
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None


def _kill(pool: ProcessPoolExecutor) -> None:
    for process in list(getattr(pool, "_processes", {}).values()):
        process.kill()


class Progress:
    """Whether one stage moves: items taken and not yet finished, and when one last finished.

    ``stalled_for`` is the time without progress while work is pending (taken, or waiting on the
    broker: `lagging`); idle time with nothing to do is never a stall.
    """

    def __init__(self) -> None:
        self.in_flight = 0
        self.last = time.monotonic()
        self.waiting_since: float | None = None

    def reset(self) -> None:
        """A (re)started agent has nothing in flight: what a crashed run took is not its work."""
        self.in_flight = 0
        self.waiting_since = None

    def took(self, n: int = 1) -> None:
        if self.in_flight <= 0 and self.waiting_since is None:
            self.waiting_since = time.monotonic()
        self.in_flight += n

    def done(self, n: int = 1) -> None:
        self.in_flight = max(0, self.in_flight - n)
        self.last = time.monotonic()

    def stalled_for(self, lagging: bool = False) -> float:
        now = time.monotonic()
        if self.in_flight <= 0 and not lagging:
            self.waiting_since = None
            return 0.0
        if self.waiting_since is None:
            self.waiting_since = now
        return now - max(self.last, self.waiting_since)


@dataclass
class WorkerState:
    """What the agents and the web views share within one worker."""

    settings: Settings
    topics: Topics
    runner: DetectionRunner
    metrics: Metrics = field(default_factory=Metrics)
    problems: list[str] = field(default_factory=list)
    articles: Progress = field(default_factory=Progress)  # the detect app's stage
    clustering: Progress = field(default_factory=Progress)  # the cluster app's stage


def to_raw(message: Any) -> RawMessage:
    # the record timestamp (seconds) is the article's ingestion time: it dates articles without a usable date
    timestamp = getattr(message, "timestamp", None)
    return RawMessage(message.value, message.key, message.topic, message.partition, message.offset,
                      float(timestamp) if isinstance(timestamp, int | float) else None)  # fmt: skip


async def send_dead_letter(letter: DeadLetter, state: WorkerState) -> Any:
    """Send one dead letter and count it; returns a task that ends when the broker has it, and never raises.

    A letter carries at most ``dead_letter_max_payload`` bytes of the original (streams.wire), so it
    fits the broker's limit; one that still cannot be sent (or is not acknowledged within
    DEAD_LETTER_SEND_TIMEOUT s) is logged and counted, and the stream moves on: a bad message must
    never hold back the good ones behind it.
    """
    log.warning("dead letter %s (%s) at %s/%s/%s", letter.reason, letter.message[:200],
                letter.topic, letter.partition, letter.offset,
                extra={"article_id": letter.article_id, "topic": letter.topic, "partition": letter.partition,
                       "offset": letter.offset, "reason": letter.reason})  # fmt: skip
    state.metrics.dead_letters.labels(letter.reason).inc()
    value = encode_dead_letter(letter, max_payload=state.settings.dead_letter_max_payload)
    try:
        delivery = await state.topics.dead_letters.send(key=dead_letter_key(letter), value=value)
    except Exception as exc:  # noqa: BLE001 - whatever the producer refuses, the stream goes on
        _letter_lost(letter, exc, state)
        delivery = None
    # a task, not a coroutine: it runs (and logs a failure) even if the caller does not wait for it
    return asyncio.ensure_future(_delivered(delivery, letter, state))


async def _delivered(delivery: Any, letter: DeadLetter, state: WorkerState) -> None:
    if delivery is None:
        return
    try:
        await asyncio.wait_for(asyncio.shield(delivery), DEAD_LETTER_SEND_TIMEOUT)
    except Exception as exc:  # noqa: BLE001 - includes the timeout
        _letter_lost(letter, exc, state)


def _letter_lost(letter: DeadLetter, exc: BaseException, state: WorkerState) -> None:
    log.error("dead letter %s at %s/%s/%s could not be sent (%s: %s); going on without it",
              letter.reason, letter.topic, letter.partition, letter.offset, type(exc).__name__, exc)  # fmt: skip
    state.metrics.dead_letters_lost.labels(letter.reason).inc()


async def publish_detected(outcomes: Sequence[Outcome], state: WorkerState) -> None:
    """Send a batch's detected events (or dead letters) and wait until the broker has acknowledged all."""
    topics, metrics = state.topics, state.metrics
    pending = []
    for outcome in outcomes:
        if outcome.dead_letter is not None:
            pending.append(await send_dead_letter(outcome.dead_letter, state))
            metrics.articles.labels("dead_letter").inc()
            continue
        for event in outcome.events:
            key, value = processing.detected_record(event)
            pending.append(await topics.detected.send(key=key, value=value))
            metrics.detected.labels(event.event_type).inc()
        metrics.articles.labels("processed").inc()
        metrics.latency.observe(outcome.seconds)
    await asyncio.gather(*pending)


async def publish_clustered(message: Any, clusterer: Clusterer, state: WorkerState) -> None:
    """Cluster one detected event and send it to the sink topics (bad records become dead letters)."""
    try:
        event = processing.decode_detected(message.value)
    except DecodeError as exc:
        await send_dead_letter(processing.dead_letter(to_raw(message), exc.code, exc.message), state)
        return
    clustered, _ = clusterer(event)
    key, value = processing.sink_record(clustered)
    topics = state.topics
    await topics.events.send(key=key, value=value, headers=EVENT_HEADERS)
    await topics.by_type[clustered.event_type].send(key=key, value=value, headers=EVENT_HEADERS)
    state.metrics.events.labels(clustered.event_type).inc()
    if clustered.first_seen:
        state.metrics.new_events.labels(clustered.event_type).inc()


def register_detection(app: faust.App, topics: Topics, settings: Settings) -> WorkerState:
    """Register the article agent and the pool's life cycle on the detect app."""
    state = WorkerState(settings, topics, DetectionRunner(settings))

    @app.task  # type: ignore[untyped-decorator]
    async def start_detection() -> None:
        await state.runner.start()
        log.info("detection ready (%s process(es))", settings.detect_processes)

    @app.agent(topics.articles, name="process_articles")
    async def process_articles(stream: Any) -> None:
        """Articles in, events (or dead letters) out, batches pipelined.

        A batch is cut into chunks of at most CHUNK articles, each submitted to the pool as soon as the
        batch is taken; a second task publishes finished chunks in order and only then acks their
        articles (``noack_take``: nothing is acked early). Chunks, not batches, bound the wait: under a
        backlog a batch fills up, and an article should not wait for 31 others before it is published.
        Two batches per process may be in flight, so the pool never waits for publishing.
        """
        chunks_per_batch = -(-settings.batch_size // CHUNK)
        in_flight: asyncio.Queue[tuple[list[Any], asyncio.Future[list[Outcome]]]] = asyncio.Queue(
            maxsize=2 * max(settings.detect_processes, 1) * chunks_per_batch
        )

        async def publish_in_order() -> None:
            while True:
                events, detecting = await in_flight.get()
                await publish_detected(await detecting, state)
                for event in events:
                    await stream.ack(event)
                state.articles.done(len(events))

        publisher = asyncio.create_task(publish_in_order())
        state.articles.reset()
        try:
            async for batch in stream.noack_take(settings.batch_size, within=settings.batch_within):
                state.articles.took(len(batch))
                for start in range(0, len(batch), CHUNK):
                    chunk = list(batch[start : start + CHUNK])
                    detecting = asyncio.ensure_future(state.runner.run([to_raw(event.message) for event in chunk]))
                    queued = asyncio.ensure_future(in_flight.put((chunk, detecting)))
                    await asyncio.wait({queued, publisher}, return_when=asyncio.FIRST_COMPLETED)
                    if publisher.done():  # a failed publish must stop the agent, not leave it consuming
                        queued.cancel()
                        publisher.result()
        finally:
            publisher.cancel()

    @app.on_before_shutdown.connect  # type: ignore[arg-type]
    async def stop_detection(app: Any, **kwargs: Any) -> None:
        state.runner.stop()

    return state


def register_clustering(app: faust.App, topics: Topics, detection: WorkerState) -> None:
    """Register the cluster table and its agent on the cluster app (sharing metrics and problems)."""
    state = replace(detection, topics=topics)
    clusters = app.Table("clusters", default=None, key_type=str,
                         partitions=state.settings.topic_partitions)  # fmt: skip
    clusterer = Clusterer(clusters, state.settings.dedup_window_days)

    @app.agent(topics.detected, name="cluster_events")
    async def cluster_events(stream: Any) -> None:
        """Detected events in, clustered records out on the sink topics (one event at a time: the table
        writes its changelog to the partition of the event being processed)."""
        state.clustering.reset()
        async for event in stream.events():
            state.clustering.took()
            await publish_clustered(event.message, clusterer, state)
            state.clustering.done()
