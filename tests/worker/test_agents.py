"""agents.Progress: what /readyz calls a stall (no progress while input is pending; idle is never one)."""

from __future__ import annotations

import asyncio
import time

import pytest

from streams.records import DeadLetter
from streams.settings import Settings
from streams.worker import agents
from streams.worker.agents import Progress
from streams.worker.topics import Topics


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


class RefusingTopic:
    """A dead-letter topic twin whose producer refuses every record (as aiokafka does one over its limit)."""

    async def send(self, key: bytes | None, value: bytes) -> object:
        from aiokafka.errors import MessageSizeTooLargeError

        raise MessageSizeTooLargeError()


class SilentTopic:
    """A dead-letter topic twin whose broker never acknowledges."""

    async def send(self, key: bytes | None, value: bytes) -> object:
        return asyncio.get_running_loop().create_future()


@pytest.mark.parametrize("topic", [RefusingTopic(), SilentTopic()], ids=["refused", "never-acknowledged"])
def test_a_dead_letter_that_cannot_be_sent_is_counted_and_the_stream_goes_on(topic, monkeypatch):
    monkeypatch.setattr(agents, "DEAD_LETTER_SEND_TIMEOUT", 0.2)
    state = agents.WorkerState(Settings(), Topics(None, None, None, topic, {}), agents.DetectionRunner(Settings()))
    letter = DeadLetter("too_large", "big", b"x" * 10, "articles", 0, 5, b"k")

    async def send() -> None:
        delivered = await agents.send_dead_letter(letter, state)
        await asyncio.wait_for(delivered, 5)  # completes, never raises

    asyncio.run(send())
    assert 'diplowire_dead_letters_lost_total{reason="too_large"} 1.0' in state.metrics.render().decode()
