"""agents.Progress: what /readyz calls a stall (no progress while input is pending; idle is never one)."""

from __future__ import annotations

import time

from streams.worker.agents import Progress


def test_idle_is_never_a_stall():
    progress = Progress()
    progress.last -= 1000  # nothing finished for a long time, and nothing to do
    assert progress.stalled_for() == 0.0


def test_pending_work_without_progress_is_a_stall_and_progress_ends_it():
    progress = Progress()
    progress.took(3)
    progress.waiting_since = progress.last = time.monotonic() - 50
    assert progress.stalled_for() >= 50
    progress.done(3)
    assert progress.stalled_for() == 0.0


def test_input_waiting_on_the_broker_counts_from_when_it_was_first_seen():
    progress = Progress()
    progress.last -= 1000
    assert progress.stalled_for(lagging=True) < 1.0, "the clock starts when the input is first seen"
    progress.waiting_since = time.monotonic() - 30
    assert progress.stalled_for(lagging=True) >= 30
    assert progress.stalled_for(lagging=False) == 0.0


def test_a_restarted_agent_starts_with_nothing_in_flight():
    progress = Progress()
    progress.took(5)
    progress.reset()
    progress.last -= 1000
    assert progress.stalled_for() == 0.0
