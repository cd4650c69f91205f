"""`diplowire tail` as a user runs it, against the real broker: rows, JSON lines, groups, a lost broker."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time

import pytest

from streams.kafka.admin import ensure_topics
from streams.kafka.broker import EmbeddedBroker
from streams.settings import Settings
from tests.conftest import ROOT
from tests.test_subscribe import EVENTS, publish

pytestmark = pytest.mark.broker


def diplowire(settings: Settings, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **settings.to_env(), "COLUMNS": "80"}
    return subprocess.run([sys.executable, "-m", "streams", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=timeout)  # fmt: skip


@pytest.fixture()
def sink(stream_settings):
    ensure_topics(stream_settings, [stream_settings.events_topic, stream_settings.type_topic("CONSULT")])
    publish(stream_settings, [e for e in EVENTS if e.event_type == "CONSULT"])
    return stream_settings


def test_piped_tail_prints_full_width_rows_with_one_header(sink):
    out = diplowire(sink, "tail", "--from-beginning", "--idle-timeout", "2", "--country", "RUS")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert sum("recipient" in line for line in lines) == 1, "one header"
    assert max(len(line) for line in lines) > 80, "not cut to 80 columns when piped"
    assert sum("RUS" in line for line in lines) == 2


def test_json_lines_and_a_group_that_resumes(sink):
    first = diplowire(sink, "tail", "--json", "--from-beginning", "--group", "g", "--max", "2")
    assert first.returncode == 0 and len(first.stdout.splitlines()) == 2
    rest = diplowire(sink, "tail", "--json", "--from-beginning", "--group", "g", "--idle-timeout", "3")
    assert rest.returncode == 0 and len(rest.stdout.splitlines()) == 1
    assert set(first.stdout.splitlines()).isdisjoint(rest.stdout.splitlines())


def test_bad_filters_are_one_line_and_exit_1(sink):
    for args, expected in [(["--type", "boycot"], "valid types: AGREE"), (["--country", "XYZZ"], "alpha-3")]:
        out = diplowire(sink, "tail", *args)
        assert out.returncode == 1 and expected in out.stderr and len(out.stderr.splitlines()) == 1, out.stderr


@pytest.mark.slow
def test_tail_exits_with_one_line_when_the_broker_goes_away(tmp_path):
    with EmbeddedBroker() as broker:
        settings = Settings(bootstrap_servers=broker.bootstrap)
        ensure_topics(settings, [settings.events_topic])
        publish(settings, EVENTS[:1])
        env = {**os.environ, **settings.to_env()}
        tail = subprocess.Popen([sys.executable, "-m", "streams", "tail", "--json", "--from-beginning"], env=env,
                                cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
        try:
            assert tail.stdout is not None and tail.stdout.readline(), "tail is subscribed and printing"
            broker.stop()
            started = time.monotonic()
            _, err = tail.communicate(timeout=30)
        finally:
            tail.kill()
    assert tail.returncode == 1 and time.monotonic() - started < 10
    assert err.splitlines() == [err.splitlines()[0]] and "lost the Kafka broker" in err


def test_on_a_terminal_one_table_grows_in_place(sink):
    from rich.console import Console

    from streams.cli.tail import tail

    screen = Console(file=io.StringIO(), force_terminal=True, width=160, height=40)
    assert tail(sink, types="consult", from_beginning=True, idle_timeout=1.5, console=screen) == 3
    text = screen.file.getvalue()
    assert "(3 events)" in text and text.count("\x1b[2K") > 0, "redrawn in place (rich Live), not printed twice"
