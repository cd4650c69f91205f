"""Issue 14's failure cases, each as a new user meets them: a non-zero exit within 20 s (30 s for the
worker), a few lines at most, never a traceback. Commands run as real processes from a clean environment."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT

CLOSED = "127.0.0.1:1"  # nothing listens on port 1: connection refused


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without any diplowire or Kafka setting, as on a fresh machine."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DIPLOWIRE_", "KAFKA_"))}
    env.update(extra)
    return env


def diplowire(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None, stdin: str | None = None,
              timeout: float = 60) -> tuple[subprocess.CompletedProcess[str], float]:  # fmt: skip
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "streams", *args], capture_output=True, text=True, cwd=cwd,
                            env=env or clean_env(), input=stdin, timeout=timeout)  # fmt: skip
    return result, time.monotonic() - started


def assert_one_line_error(result: subprocess.CompletedProcess[str], code: int, *fragments: str) -> None:
    lines = result.stderr.strip().splitlines()
    assert result.returncode == code, result.stderr
    assert len(lines) == 1 and lines[0].startswith("diplowire: error:"), result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


# --- an absent broker: one behaviour for every client command ---------------------------------


CLIENT_COMMANDS = {
    "produce": ["produce", str(ROOT / "seeds")],
    "tail": ["tail"],
    "replay": ["replay"],
    "replay-dead-letters": ["replay", "--dead-letters"],
    "dead-letters": ["dead-letters"],
    "dead-letters-show": ["dead-letters", "show", "0:1"],
}


def test_every_client_command_says_the_broker_is_unreachable_in_one_line():
    """All at once (each waits DIPLOWIRE_CONNECT_TIMEOUT, 5 s by default), so the test takes ~5 s, not 30."""
    started = time.monotonic()
    procs = {
        name: subprocess.Popen(
            [sys.executable, "-m", "streams", *args, "--broker", CLOSED],
            cwd=ROOT,
            env=clean_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for name, args in CLIENT_COMMANDS.items()
    }
    for name, proc in procs.items():
        out, err = proc.communicate(timeout=60)
        elapsed = time.monotonic() - started
        result = subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
        assert_one_line_error(result, 1, CLOSED, "unreachable", "connection refused")
        assert elapsed < 20, f"{name}: {elapsed:.1f} s"


def test_the_connection_check_is_bounded_by_a_setting():
    result, elapsed = diplowire("tail", "--broker", CLOSED, env=clean_env(DIPLOWIRE_CONNECT_TIMEOUT="1"))
    assert_one_line_error(result, 1, "waited 1 s")
    assert elapsed < 10


def test_an_address_that_is_not_host_port_is_one_line():
    result, _ = diplowire("tail", "--broker", "localhost")
    assert_one_line_error(result, 1, "not host:port")


# --- arguments checked before anything is sent -------------------------------------------------


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        pytest.param(["replay", "--speed", "-1"], ["--speed", "positive"], id="negative-speed"),
        pytest.param(["replay", "--speed", "0"], ["--speed"], id="zero-speed"),
        pytest.param(["replay", "--dead-letters", "--reason", "bogus"], ["bogus", "malformed_json"], id="bad-reason"),
        pytest.param(["replay", "--reason", "malformed_json"], ["--dead-letters"], id="reason-without-dead-letters"),
        pytest.param(["dead-letters", "--reason", "nope"], ["nope", "too_large"], id="dead-letters-bad-reason"),
        pytest.param(["dead-letters", "show"], ["PARTITION:OFFSET"], id="show-without-position"),
        pytest.param(["dead-letters", "show", "x"], ["PARTITION:OFFSET"], id="show-bad-position"),
        pytest.param(["dead-letters", "replay", "0:1"], ["takes no position"], id="replay-with-position"),
    ],
)
def test_bad_arguments_are_one_line_before_any_broker_call(args, fragments):
    result, elapsed = diplowire(*args, "--broker", CLOSED)
    assert_one_line_error(result, 2, *fragments)
    assert elapsed < 10  # no connection attempt: the broker check alone would take 5 s


def test_replay_outside_the_repository_finds_the_seeds(tmp_path):
    """From another directory the default seeds/ is found (beside the package), so it gets to the broker."""
    result, _ = diplowire("replay", "--broker", CLOSED, cwd=tmp_path, env=clean_env(DIPLOWIRE_CONNECT_TIMEOUT="1"))
    assert_one_line_error(result, 1, "unreachable")


def test_replay_of_a_missing_folder_says_what_to_pass(tmp_path):
    result, _ = diplowire("replay", "no-such-seeds", "--broker", CLOSED, cwd=tmp_path)
    assert_one_line_error(result, 1, "no-such-seeds", "pass the folder")


def test_find_seeds_without_any_seeds_says_what_to_pass(tmp_path, monkeypatch):
    from streams.cli import main
    from streams.errors import InputError

    monkeypatch.chdir(tmp_path)
    assert Path(main.find_seeds("seeds", explicit=False)) == ROOT / "seeds"  # beside the package
    with pytest.raises(InputError, match="pass the folder"):
        main.find_seeds(str(tmp_path / "nothing"), explicit=True)


# --- settings and the worker -------------------------------------------------------------------


def test_a_bad_log_level_is_one_line_with_the_other_settings():
    env = clean_env(DIPLOWIRE_LOG_LEVEL="verbose", DIPLOWIRE_TOPIC_PARTITIONS="-2")
    result, elapsed = diplowire("worker", "--broker", CLOSED, env=env)
    assert_one_line_error(result, 1, "DIPLOWIRE_LOG_LEVEL='verbose'", "debug", "DIPLOWIRE_TOPIC_PARTITIONS")
    assert elapsed < 30


def test_a_worker_whose_web_port_is_taken_says_so_in_one_line():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result, elapsed = diplowire("worker", "--broker", CLOSED, "--web-port", str(port))
    assert_one_line_error(result, 1, f"127.0.0.1:{port}", "in use", "DIPLOWIRE_WEB_PORT")
    assert elapsed < 30


def test_the_broker_command_takes_9092_or_says_which_port_it_took():
    """9092 (Kafka's port) when free; held here, so the command must say which one it took instead."""
    holder = socket.socket()
    try:
        with contextlib.suppress(OSError):  # someone else holds it: the same situation for the command
            holder.bind(("127.0.0.1", 9092))
        with subprocess.Popen([sys.executable, "-m", "streams", "broker"], stdout=subprocess.PIPE, text=True,
                              env=clean_env()) as proc:  # fmt: skip
            try:
                first = proc.stdout.readline()
                banner = proc.stdout.readline()
                export = proc.stdout.readline().strip()
            finally:
                proc.send_signal(signal.SIGTERM)
                proc.wait(timeout=10)
    finally:
        holder.close()
    assert first.startswith("port 9092 is taken; using "), first
    port = int(first.rsplit(" ", 1)[1])
    assert f"127.0.0.1:{port}" in banner
    assert export == f"export KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:{port}"


# --- produce, detect and files ----------------------------------------------------------------


def test_a_folder_reads_md_files_like_a_named_md_file(tmp_path):
    from streams.kafka.producer import expand, read_sources

    (tmp_path / "a.md").write_text("date 2024-03-01\nFrance criticized Spain.\n")
    (tmp_path / "b.txt").write_text("Spain criticized France.\n")
    (tmp_path / "c.png").write_bytes(b"\x89PNG")
    assert expand([str(tmp_path)]) == [str(tmp_path / "a.md"), str(tmp_path / "b.txt")]
    from_folder = [s.article for s in read_sources([str(tmp_path)])]
    named = [s.article for s in read_sources([str(tmp_path / "a.md")])]
    assert from_folder[0] == named[0] and named[0] is not None and named[0].published == "2024-03-01"


def test_stdin_takes_plain_text_as_well_as_json_lines():
    import io

    from streams.kafka.producer import read_sources

    text = "date 2024-03-01\nFrance criticized Spain on Monday.\n"
    (plain,) = list(read_sources(["-"], stdin=io.BytesIO(text.encode())))
    assert plain.error is None and plain.article is not None
    assert plain.article.text == "France criticized Spain on Monday." and plain.article.published == "2024-03-01"
    again = list(read_sources(["-"], stdin=io.BytesIO(text.encode())))[0]
    assert again.article is not None and again.article.id == plain.article.id  # same text, same id
    lines = b'{"id": "a", "text": "France criticized Spain."}\nnot json\n'
    sources = list(read_sources(["-"], stdin=io.BytesIO(lines)))
    assert [s.error is None for s in sources] == [True, False]


@pytest.mark.model
def test_detect_reads_plain_text_on_stdin():
    result, _ = diplowire("detect", "-", stdin="date 2024-03-01\nRussia criticized Japan on Monday.\n")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and records[0]["data"]["event_type"] == "ACCUSE"
    assert "malformed_json" not in result.stderr


@pytest.mark.model
def test_detect_skips_an_article_over_the_time_budget_like_the_worker():
    # the sink dead-letters an article over DIPLOWIRE_ARTICLE_TIME_BUDGET as too_slow: `detect` prints no events for
    # it either (its output stays the sink's), says why in one line, and goes on with the next article
    slow = {"id": "slow", "text": "Russia criticized Japan on Monday. " * 3000, "published": "2024-03-01"}
    quick = {"id": "quick", "text": "France criticized Spain on Monday.", "published": "2024-03-01"}
    stdin = json.dumps(slow) + "\n" + json.dumps(quick) + "\n"
    result, _ = diplowire("detect", "-", stdin=stdin, env=clean_env(DIPLOWIRE_ARTICLE_TIME_BUDGET="1"))
    assert result.returncode == 0, result.stderr
    ids = {json.loads(line)["data"]["article"]["id"] for line in result.stdout.splitlines()}
    assert ids == {"quick"}
    assert "too_slow" in result.stderr and "Traceback" not in result.stderr
