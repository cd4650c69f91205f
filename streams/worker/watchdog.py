"""Never silently stuck: exit with a clear error when the broker has lost our topics or is gone.

A memory-only broker (Tansu) that restarts comes back empty; Faust then keeps consuming and
committing while everything it produces vanishes (measured; reference/tansu-faust.md §7). The
watchdog checks, off the event loop, that every topic still exists, and crashes the worker with a
BrokerError — a non-zero exit a supervisor acts on — when they are gone or the broker has been
unreachable for too long. The worker's stop deadline (streams.worker.runner) bounds the stop that follows:
against an empty broker it can hang.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import TYPE_CHECKING, Any

from streams.errors import BrokerError
from streams.kafka import admin

if TYPE_CHECKING:
    import faust

    from streams.worker.agents import WorkerState

log = logging.getLogger(__name__)


class Watchdog:
    def __init__(self, state: WorkerState, topics: list[str], unreachable_after: float) -> None:
        self.state = state
        self.topics = topics
        self.unreachable_after = unreachable_after
        self.last_ok = time.monotonic()

    def check(self) -> BrokerError | None:
        """One check (blocking: run it in a thread). The error to crash with, if any."""
        try:
            missing = admin.missing_topics(self.state.settings, self.topics)
        except Exception as exc:  # noqa: BLE001 - any failure to reach the broker counts the same
            silent = time.monotonic() - self.last_ok
            if silent > self.unreachable_after:
                return BrokerError(f"Kafka broker unreachable for {silent:.0f} s ({exc}); exiting for a restart")
            return None
        self.last_ok = time.monotonic()
        if missing:
            return BrokerError(f"topics vanished from the broker (restarted empty?): {', '.join(missing)}; exiting")
        return None


def register(app: faust.App, state: WorkerState, topics: list[str], interval: float, unreachable_after: float) -> None:
    watchdog = Watchdog(state, topics, unreachable_after)

    @app.timer(interval)  # type: ignore[untyped-decorator]
    async def watch_broker() -> None:
        error = await asyncio.get_running_loop().run_in_executor(None, watchdog.check)
        if error is not None:
            log.error("%s", error)
            state.problems.append(str(error))
            await _crash(app, error)


async def _crash(app: Any, error: BrokerError) -> None:
    await app.crash(error)
