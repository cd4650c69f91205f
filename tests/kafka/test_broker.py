"""The embedded broker starts, answers Kafka, and never outlives its owner."""

import os
import signal
import subprocess
import sys
import time

import pytest

from streams.kafka.broker import EmbeddedBroker, api_versions_ok

pytestmark = pytest.mark.broker


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie is dead for our purpose
    with open(f"/proc/{pid}/stat") as stat:
        return stat.read().split()[2] != "Z"


def test_start_answer_stop():
    with EmbeddedBroker() as broker:
        assert api_versions_ok(broker.host, broker.port)
        pid = broker.process.pid
    assert not _alive(pid)
    assert not api_versions_ok(broker.host, broker.port, timeout=0.3)


def test_stopped_on_error_inside_the_block():
    with pytest.raises(RuntimeError), EmbeddedBroker() as broker:
        pid = broker.process.pid
        raise RuntimeError("boom")
    assert not _alive(pid)


def test_no_orphan_when_the_owner_is_killed():
    script = (
        "from streams.kafka.broker import EmbeddedBroker\nb = EmbeddedBroker().start()\n"
        "print(b.process.pid, flush=True)\nimport time\ntime.sleep(60)\n"
    )
    with subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True) as owner:
        pid = int(owner.stdout.readline())
        assert _alive(pid)
        owner.send_signal(signal.SIGKILL)
        owner.wait()
    deadline = time.monotonic() + 5
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(pid)


def test_diplowire_broker_command_stops_cleanly_on_sigterm():
    with subprocess.Popen([sys.executable, "-m", "streams", "broker"], stdout=subprocess.PIPE, text=True) as proc:
        line = proc.stdout.readline()
        if line.startswith("port 9092 is taken"):  # 9092 is the default when free; someone else has it
            line = proc.stdout.readline()
        assert "embedded Kafka broker" in line
        host, port = line.split(" on ")[1].split(";")[0].split(":")
        assert api_versions_ok(host, int(port))
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0
    assert not api_versions_ok(host, int(port), timeout=0.3)
