"""The worker process: Faust's ``Worker`` with a deadline on stopping.

An orderly stop (SIGTERM, or a crash such as the watchdog's) flushes the producer, commits offsets and
leaves the consumer groups. Against a broker that restarted empty that can hang: in 3 of 5 SIGTERMs
sent right after such a restart, closing aiokafka's fetcher (retrying fetches for topics that no
longer exist) held the consumer thread for 60 s, mode's limit for stopping a thread; and once, in CI,
a worker was still stopping 30 s after the watchdog had crashed it. A supervisor can only restart a
process that exits, so stopping has a deadline: ``stop_timeout`` seconds after the stop began, the
process writes every thread's stack and the pending asyncio tasks to its log and exits with code 1.

Exiting without finishing the stop loses nothing: offsets not committed are read again
(at-least-once) and records carry deterministic ids, so a re-detected article gives the same events.
"""

from __future__ import annotations

import asyncio
import faulthandler
import logging
import os
import signal
import sys
import threading
from typing import Any

import faust

log = logging.getLogger(__name__)

EXIT_STOP_TIMEOUT = 1


class StopDeadline:
    """Exits the process ``seconds`` after ``arm``, unless it has exited by then. Armed once.

    ``loop`` is the event loop whose pending tasks are listed on expiry.
    """

    def __init__(self, seconds: float, loop: asyncio.AbstractEventLoop | None = None) -> None:
        self.seconds = seconds
        self.loop = loop
        self._armed = threading.Lock()

    def arm(self, reason: str) -> None:
        if not self._armed.acquire(blocking=False):
            return
        timer = threading.Timer(self.seconds, self._expire, args=(reason,))
        timer.daemon = True  # an orderly exit before the deadline does not wait for it
        timer.name = "stop-deadline"
        timer.start()

    def _expire(self, reason: str) -> None:
        try:
            log.error("did not stop within %g s of %s; exiting now (uncommitted records are read again)",
                      self.seconds, reason)  # fmt: skip
            _dump_state(self.loop)
            logging.shutdown()
        finally:  # whatever failed above, the process goes
            os._exit(EXIT_STOP_TIMEOUT)


def _dump_state(loop: asyncio.AbstractEventLoop | None) -> None:
    """Where the stop hung: every thread's stack, then the pending asyncio tasks (best effort, off-loop).

    Written to the process's own stderr (fd 2): Faust replaces ``sys.stderr`` with a logging proxy
    that has no file descriptor for faulthandler.
    """
    err = sys.__stderr__
    if err is None:
        return
    err.flush()
    faulthandler.dump_traceback(file=err, all_threads=True)
    try:
        tasks = list(asyncio.all_tasks(loop)) if loop is not None else []
    except RuntimeError:  # the loop thread changed the task set while we copied it
        tasks = []
    for task in tasks:
        print(f"pending task: {task!r}", file=err)
    err.flush()


class Worker(faust.Worker):
    """``faust.Worker`` whose stop, however it starts, ends within ``stop_timeout`` seconds; no spinner."""

    def __init__(self, *apps: faust.App, stop_timeout: float, **kwargs: Any) -> None:
        super().__init__(*apps, **kwargs)
        self.deadline = StopDeadline(stop_timeout, self.loop)
        # No terminal spinner: at log level warning and above Faust's spinner sets the root logger to
        # DEBUG so that every log call ticks it, and every debug call in Faust and aiokafka then builds a
        # LogRecord (about 5% of the worker's CPU in a flood), and it writes cursor codes into log files.
        self.spinner = None

    def _schedule_shutdown(self, signum: signal.Signals) -> None:
        self.deadline.arm(signum.name)
        super()._schedule_shutdown(signum)

    def on_worker_shutdown(self) -> None:
        self.deadline.arm("the shutdown")
        super().on_worker_shutdown()
