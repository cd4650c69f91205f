"""The command line: every command has --help; errors are one line and a non-zero exit."""

import subprocess
import sys

import pytest

from tests.conftest import ROOT, SEED

COMMANDS = [
    "run",
    "detect",
    "worker",
    "produce",
    "replay",
    "tail",
    "dead-letters",
    "broker",
    "evaluate",
    "ingest",
    "live",
    "export",
]


def diplowire(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "streams", *args], capture_output=True, text=True, cwd=ROOT, **kwargs)


@pytest.mark.parametrize("command", COMMANDS)
def test_help(command):
    result = diplowire(command, "--help")
    assert result.returncode == 0 and "usage: diplowire " + command in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["detect", "no-such-file"], id="missing-file"),
        pytest.param(["produce", "no-such-file", "--broker", "127.0.0.1:1"], id="produce-missing-file"),
        pytest.param(["evaluate", "no-such-file"], id="evaluate-missing-file"),
        pytest.param(["bogus"], id="unknown-command"),
        pytest.param(["detect"], id="no-path"),
        pytest.param(["worker"], id="worker-without-broker"),
        pytest.param(["tail", "--max", "x"], id="bad-number"),
        pytest.param(["ingest", "--broker", "127.0.0.1:1"], id="ingest-nothing"),
        pytest.param(["ingest", "--broker", "127.0.0.1:1", "--feed", "ftp://x/feed"], id="ingest-bad-scheme"),
    ],
)
def test_errors_are_one_line(args):
    result = diplowire(*args, env={"PATH": "/usr/bin:/bin"})
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("diplowire: error:"), result.stderr
    assert "Traceback" not in result.stderr


def test_bad_setting_is_one_line():
    result = diplowire("detect", str(SEED), env={"PATH": "/usr/bin:/bin", "DIPLOWIRE_MAX_ARTICLE_BYTES": "lots"})
    assert result.returncode == 1 and result.stderr.count("\n") == 1 and "DIPLOWIRE_MAX_ARTICLE_BYTES" in result.stderr


@pytest.mark.model
def test_detect_seed_prints_json_lines():
    result = diplowire("detect", str(SEED))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) >= 10
    import orjson

    assert all(orjson.loads(line)["specversion"] == "1.0" for line in lines)


@pytest.mark.model
def test_detect_reads_stdin_jsonl_and_skips_bad_lines():
    stdin = '{"id": "a", "text": "Russia criticized Japan on Monday."}\nnot json\n'
    result = diplowire("detect", "-", input=stdin)
    assert result.returncode == 0
    assert "skipped <stdin>:2: malformed_json" in result.stderr
    assert '"ACCUSE"' in result.stdout
