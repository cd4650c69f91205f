"""The stop deadline (streams.worker.runner): a process whose stop hangs still exits, and says where it hung."""

from __future__ import annotations

import subprocess
import sys
import time

from tests.conftest import ROOT


def run(code: str) -> tuple[subprocess.CompletedProcess[str], float]:
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    return result, time.monotonic() - started


def test_a_stop_that_hangs_ends_at_the_deadline_with_code_1_and_every_stack():
    result, took = run(
        "import time\n"
        "from streams.worker.runner import StopDeadline\n"
        "StopDeadline(0.5).arm('a test')\n"
        "def hung_in_stop(): time.sleep(30)\n"
        "hung_in_stop()\n"
    )
    assert result.returncode == 1
    assert took < 20
    assert "did not stop within 0.5 s of a test" in result.stderr
    assert "in hung_in_stop" in result.stderr  # the main thread's stack, from faulthandler


def test_a_stop_that_ends_in_time_is_not_held_up_by_the_deadline():
    result, took = run(
        "from streams.worker.runner import StopDeadline\nStopDeadline(30).arm('a test')\nprint('stopped')\n"
    )
    assert result.returncode == 0 and result.stdout == "stopped\n"
    assert took < 20


def test_the_deadline_is_armed_once():
    result, _ = run(
        "import threading, time\n"
        "from streams.worker.runner import StopDeadline\n"
        "d = StopDeadline(30)\n"
        "d.arm('first'); d.arm('second')\n"
        "print(sum(t.name == 'stop-deadline' for t in threading.enumerate()))\n"
    )
    assert result.stdout == "1\n"
