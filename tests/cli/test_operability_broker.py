"""Issue 14 against the real embedded broker: produce counts what it sent, dead-letters lists and shows,
and a worker started beside `diplowire broker` is tuned, says where its endpoints are, writes no data/
into its working directory, logs JSON on request and exports the new metrics."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.request
import uuid
from datetime import UTC, datetime

import pytest
from prometheus_client import CONTENT_TYPE_LATEST

from streams.cli.local import http_get
from streams.kafka.admin import ensure_topics
from streams.kafka.broker import free_port
from streams.records import DeadLetter
from streams.wire import encode_dead_letter
from tests.cli.test_operability import clean_env, diplowire
from tests.conftest import ROOT
from tests.streamtools import produce, read_topic

pytestmark = [pytest.mark.broker]


def test_produce_counts_only_what_it_sent_and_lists_the_bad_ones(stream_settings, tmp_path):
    settings = stream_settings
    ensure_topics(settings, [settings.articles_topic])
    lines = ['{"id": "good", "text": "France criticized Spain."}', "not json", "[1]", '{"id": "x"}',
             '{"id": "y", "text": 5}']  # fmt: skip
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines) + "\n")
    env = clean_env(DIPLOWIRE_ARTICLES_TOPIC=settings.articles_topic)
    result, _ = diplowire("produce", str(path), "--broker", settings.bootstrap_servers or "", env=env)
    assert result.returncode == 0, result.stderr
    stderr = result.stderr.strip().splitlines()
    assert stderr[-1] == f"produced 1 article(s) to {settings.articles_topic}; skipped 4 bad"
    assert all(line.startswith(f"diplowire: skipped {path}:") for line in stderr[:-1]) and len(stderr) == 5
    assert {line.split(": ")[2] for line in stderr[:-1]} == {"malformed_json", "not_object", "missing_field",
                                                             "bad_field"}  # fmt: skip
    # waits the whole 5 s only if all is well: a wrongly sent second record would end it early
    records = read_topic(settings, settings.articles_topic, until=lambda r: len(r) >= 2, timeout=5)
    assert [r.key for r in records] == [b"good"]


def _letter(i: int, reason: str, payload: bytes) -> bytes:
    letter = DeadLetter(reason, f"problem {i}", payload, "news.articles.v1", 0, i, f"k{i}".encode(), f"a{i}")
    return encode_dead_letter(letter, now=datetime(2026, 1, 1 + i, tzinfo=UTC))


def test_dead_letters_list_and_show(stream_settings):
    settings = stream_settings
    ensure_topics(settings, [settings.dlq_topic])
    payloads = [b'{"id": "a0", "text": 5}', b"not json at all", b"\xff\xfe binary"]
    reasons = ["bad_field", "malformed_json", "not_utf8"]
    letters = [(b"k", _letter(i, r, p)) for i, (r, p) in enumerate(zip(reasons, payloads, strict=True))]
    produce(settings, settings.dlq_topic, letters)
    read_topic(settings, settings.dlq_topic, until=lambda r: len(r) >= 3, timeout=30)
    env = clean_env(DIPLOWIRE_DLQ_TOPIC=settings.dlq_topic)
    broker = ["--broker", settings.bootstrap_servers or ""]

    listed, _ = diplowire("dead-letters", "--json", *broker, env=env)
    assert listed.returncode == 0, listed.stderr
    body = json.loads(listed.stdout)
    assert body["total"] == 3 and body["reasons"] == {"bad_field": 1, "malformed_json": 1, "not_utf8": 1}
    assert [x["reason"] for x in body["letters"]] == ["not_utf8", "malformed_json", "bad_field"]  # newest first
    position = next(x["position"] for x in body["letters"] if x["reason"] == "bad_field")

    shown, _ = diplowire("dead-letters", "show", position, "--json", *broker, env=env)
    letter = json.loads(shown.stdout)
    assert letter["reason"] == "bad_field" and letter["payload"] == {"id": "a0", "text": 5}
    assert letter["source"] == {"topic": "news.articles.v1", "partition": 0, "offset": 0}

    table, _ = diplowire("dead-letters", *broker, env=env)
    assert table.returncode == 0 and "3 dead letter(s)" in table.stdout and "malformed_json" in table.stdout

    missing, _ = diplowire("dead-letters", "show", "3:999", *broker, env=env)
    assert missing.returncode == 1 and "no dead letter at 3:999" in missing.stderr


@pytest.mark.model
@pytest.mark.slow
def test_a_worker_beside_the_embedded_broker(bootstrap, tmp_path):
    """No tuning settings given: the worker finds Tansu, tunes itself, says where its endpoints are, keeps its
    state in $XDG_STATE_HOME/diplowire (not the working directory), logs JSON, and exports the new metrics."""
    tag = uuid.uuid4().hex[:8]
    port = free_port()
    workdir, state = tmp_path / "cwd", tmp_path / "state"
    workdir.mkdir()
    env = clean_env(KAFKA_BOOTSTRAP_SERVERS=bootstrap, XDG_STATE_HOME=str(state), DIPLOWIRE_APP_ID=f"ops-{tag}",
                    DIPLOWIRE_ARTICLES_TOPIC=f"articles-{tag}", DIPLOWIRE_EVENTS_TOPIC=f"events-{tag}",
                    DIPLOWIRE_TYPE_TOPIC_TEMPLATE=f"events-{tag}-{{type}}", DIPLOWIRE_DLQ_TOPIC=f"dlq-{tag}",
                    DIPLOWIRE_WEB_PORT=str(port), PYTHONPATH=str(ROOT))  # fmt: skip
    log_path = tmp_path / "worker.log"
    started = time.monotonic()
    with log_path.open("wb") as log, subprocess.Popen(
        [sys.executable, "-m", "streams", "worker", "--log-format", "json"], cwd=workdir, env=env, stdout=log,
        stderr=subprocess.STDOUT,
    ) as worker:  # fmt: skip
        try:
            ready = None
            deadline = started + 120  # generous: a busy machine; on an idle one this takes ~7 s
            while time.monotonic() < deadline and worker.poll() is None:
                if http_get(f"http://127.0.0.1:{port}/readyz")[0] == 200:
                    ready = time.monotonic() - started
                    break
                time.sleep(0.2)
            assert ready is not None, log_path.read_text()[-3000:]
            produce_env = {**env, "DIPLOWIRE_ARTICLES_TOPIC": f"articles-{tag}"}
            diplowire("produce", "-", env=produce_env, stdin="France criticized Spain on Monday.\n")
            lag_seen = ""
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and f'topic="articles-{tag}"' not in lag_seen:
                lag_seen = http_get(f"http://127.0.0.1:{port}/metrics")[1].decode()
                time.sleep(0.2)
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics") as response:
                content_type = response.headers["Content-Type"]
        finally:
            worker.terminate()
            worker.wait(timeout=30)
    assert content_type == CONTENT_TYPE_LATEST
    assert 'diplowire_build_info{detector_version="' in lag_seen and "process_cpu_seconds_total" in lag_seen
    assert f'diplowire_consumer_lag{{group="ops-{tag}",partition="' in lag_seen
    lines = log_path.read_text().splitlines()
    records = [json.loads(line) for line in lines]  # every line is one JSON object
    messages = [r["message"] for r in records]
    assert any(m.startswith("embedded broker (Tansu): start-up tuning") for m in messages)
    urls = next(m for m in messages if m.startswith("web endpoints:"))
    assert all(f"http://127.0.0.1:{port}{path}" in urls for path in ("/healthz", "/readyz", "/metrics"))
    assert not any(workdir.iterdir()), list(workdir.iterdir())  # nothing written where it was started
    assert (state / "diplowire" / f"ops-{tag}").is_dir()
    assert {"time", "level", "logger", "message"} <= set(records[0])
