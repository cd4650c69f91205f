"""The poll loop: every feed every `interval` s, new items to the sink, marked seen after the ack.

One failing feed never stops the others: it backs off exponentially (interval x 2, x 4, ... up to
`max_backoff`) and its state changes are logged once (failing, failing differently, recovered), not
every poll. A broker that does not acknowledge is not the feed's fault: the items stay unseen and are
sent again at the next poll; `broker_down_since` tells the service how long that has lasted.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import time
from dataclasses import dataclass, field

from streams.errors import DecodeError
from streams.feeds.fetch import Fetcher, FetchError
from streams.feeds.metrics import IngestMetrics
from streams.feeds.parse import Item, entry_id, extract_body, items, parse_feed, with_full_text
from streams.feeds.seen import SeenStore
from streams.feeds.sink import Sink
from streams.records import Article

log = logging.getLogger("diplowire.ingest")


@dataclass(frozen=True)
class PollOptions:
    interval: float = 300.0
    max_items: int = 100  # new items produced per feed and poll; the rest come at the next poll
    full_text: bool = False
    max_backoff: float = 3600.0
    concurrency: int = 4  # feeds fetched at once


@dataclass
class FeedState:
    name: str
    failures: int = 0
    problem: str | None = None
    due: float = 0.0
    last_success: float | None = None


@dataclass
class PollResult:
    produced: int = 0
    duplicates: int = 0
    skipped: int = 0
    not_modified: bool = False
    more: bool = False  # the items cap held some back


@dataclass
class Poller:
    feeds: list[str]
    fetcher: Fetcher
    store: SeenStore
    sink: Sink
    metrics: IngestMetrics
    options: PollOptions = field(default_factory=PollOptions)
    broker_problem: str | None = None
    broker_down_since: float | None = None
    rounds: int = 0

    def __post_init__(self) -> None:
        self.states = {name: FeedState(name) for name in dict.fromkeys(self.feeds)}
        self._slots = asyncio.Semaphore(self.options.concurrency)
        self._pages = asyncio.Semaphore(self.options.concurrency)  # linked pages fetched at once (--full-text)

    async def run(self, stop: asyncio.Event) -> None:
        """Poll due feeds until `stop` is set."""
        while not stop.is_set():
            await self.poll_due()
            now = time.monotonic()
            wait = min((s.due for s in self.states.values()), default=now + self.options.interval) - now
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=max(wait, 0.05))

    async def poll_due(self) -> None:
        now = time.monotonic()
        due = [s for s in self.states.values() if s.due <= now]
        await asyncio.gather(*(self._guarded(s) for s in due))
        self.rounds += 1
        self.metrics.seen_items.set(len(self.store))

    async def _guarded(self, state: FeedState) -> None:
        async with self._slots:
            started = time.monotonic()
            try:
                result = await self.poll(state.name)
            except (FetchError, DecodeError) as exc:
                self._failed(state, getattr(exc, "code", "error"), str(exc), started)
                return
            except BrokerUnavailable as exc:
                self.broker(str(exc))
                state.due = started + self.options.interval
                return
            except Exception as exc:  # a document no library foresaw must not stop the other feeds
                if state.problem != "internal":
                    log.exception("feed %s: unexpected error", state.name)
                self._failed(state, "internal", f"{type(exc).__name__}: {exc}", started)
                return
            self.broker(None)
            if state.problem is not None:
                log.info("feed %s recovered after %d failed poll(s)", state.name, state.failures)
            state.failures, state.problem = 0, None
            state.last_success = time.time()
            self.metrics.last_success.labels(state.name).set(state.last_success)
            # items held back by the cap come at once, not an interval later
            state.due = started + (0.0 if result.more else self.options.interval)

    def _failed(self, state: FeedState, code: str, message: str, started: float) -> None:
        self.metrics.fetch_errors.labels(state.name, code).inc()
        state.failures += 1
        if state.problem != code:  # once per state change, not every poll
            log.warning("feed %s failing: %s (retrying with exponential backoff)", state.name, message)
        state.problem = code
        state.due = started + min(self.options.interval * 2**state.failures, self.options.max_backoff)

    def broker(self, problem: str | None) -> None:
        if problem and self.broker_problem is None:
            log.warning("articles not acknowledged, will send them again: %s", problem)
            self.broker_down_since = time.monotonic()
        elif problem is None and self.broker_problem is not None:
            log.info("broker acknowledges again")
            self.broker_down_since = None
        self.broker_problem = problem

    async def poll(self, feed: str) -> PollResult:
        """One poll of one feed: fetch (conditional), parse, send the unseen items, mark them seen."""
        etag, last_modified, digest = self.store.validators(feed)
        response = await self.fetcher.get(feed, etag, last_modified)
        body_digest = hashlib.sha256(response.body).hexdigest() if response.status == 200 else None
        if response.status == 304 or body_digest == digest:  # a server without validators, same bytes
            self.metrics.not_modified.labels(feed).inc()
            return PollResult(not_modified=True)
        parsed = await asyncio.to_thread(parse_feed, response.body, feed)
        ids = list(dict.fromkeys(entry_id(e, feed) for e in parsed.entries))  # a guid twice in a feed: once
        seen = self.store.seen(ids)
        self.store.mark(feed, seen)  # still in the feed: keep them from being pruned
        fresh_ids = [i for i in reversed(ids) if i not in seen]  # feeds list newest first: oldest first
        result = PollResult(duplicates=len(seen), more=len(fresh_ids) > self.options.max_items)
        wanted = set(fresh_ids[: self.options.max_items])
        built = {i.article_id: i for i in items(parsed, feed, only=wanted)}
        fresh = [built[i] for i in fresh_ids if i in built]
        skipped = [i for i in fresh if i.article is None]
        for item in skipped:
            log.info("skipped %s: %s", item.origin, item.skipped)
            self.metrics.skipped.labels(feed, (item.skipped or "").split(":")[0]).inc()
        articles = [a for a in await self._full_texts(feed, response.url, fresh) if a is not None]
        acked, problem = await self.sink.send(articles) if articles else ([], None)
        self.store.mark(feed, [a.id for a in acked] + [i.article_id for i in skipped])
        self.metrics.produced.labels(feed).inc(len(acked))
        self.metrics.duplicates.labels(feed).inc(result.duplicates)
        result.produced, result.skipped = len(acked), len(skipped)
        if problem:
            lost = len(articles) - len(acked)
            raise BrokerUnavailable(f"{lost} of {len(articles)} article(s) from {feed}: {problem}")
        if not result.more:
            # only now: a 304 must never hide items that were not sent
            self.store.set_validators(feed, response.etag, response.last_modified, body_digest)
        return result

    async def _full_texts(self, feed: str, feed_url: str, fresh: list[Item]) -> list[Article | None]:
        return list(await asyncio.gather(*(self._full_text(feed, feed_url, i) for i in fresh)))

    async def _full_text(self, feed: str, feed_url: str, item: Item) -> Article | None:
        article = item.article
        if article is None or not self.options.full_text or item.has_content or not item.link:
            return article
        try:
            async with self._pages:
                page = await self.fetcher.fetch(item.link, origin=feed_url if feed_url.startswith("http") else None)
            body = await asyncio.to_thread(extract_body, page.body, page.url)
        except FetchError as exc:
            self.metrics.full_text_errors.labels(feed, exc.code).inc()
            log.debug("no full text for %s: %s", item.origin, exc)
            return article
        if not body:
            self.metrics.full_text_errors.labels(feed, "no_body").inc()
            return article
        return with_full_text(article, body, item.summary)


class BrokerUnavailable(Exception):
    """Some articles of a poll were not acknowledged; they stay unseen and are sent again."""
