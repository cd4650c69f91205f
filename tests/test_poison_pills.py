"""No poison pills (issue 10): one bad or huge message, a run-on text or a restart never stops the stream.

Each attack runs against the real embedded broker and a real worker process, and is followed by a
canary article that must get its events. Waits are on conditions with generous deadlines: the machine
is shared and busy.
"""

from __future__ import annotations

import base64
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import orjson
import pytest
from jsonschema import Draft202012Validator
from kafka import KafkaProducer

from streams.cli.local import articles_done, http_get, wait_ready, worker_env, worker_process
from streams.errors import DiplowireError
from streams.kafka.admin import client_config, ensure_topics
from streams.kafka.broker import EmbeddedBroker
from streams.kafka.producer import read_dead_letters
from streams.worker.topics import topic_names
from tests.conftest import ROOT
from tests.streamtools import produce, read_topic, synthetic_articles
from tests.test_stream_guarantees import children, events_by_article, missing_on_sink, url, wait_for
from tests.worker.test_processing import run_on

pytestmark = [pytest.mark.broker, pytest.mark.model, pytest.mark.slow]
DLQ_SCHEMA = Draft202012Validator(orjson.loads((ROOT / "schemas/dead-letter.v1.json").read_bytes()))
KEY = b"one-partition"  # attack and canary share a key: the canary is strictly behind the attack


def article(article_id: str, text: str) -> bytes:
    return orjson.dumps({"id": article_id, "text": text, "published": "2021-12-16"})


def canary(tag: str) -> tuple[bytes, bytes]:
    return KEY, article(f"canary-{tag}", "The president of Kenya held talks with the leader of Norway on Tuesday.")


def produce_big(settings, messages: list[tuple[bytes, bytes]]) -> None:
    """Produce values past the usual 1 MB request limit (as an attacker's own client would)."""
    producer = KafkaProducer(**client_config(settings), acks="all", max_request_size=20 << 20)
    for key, value in messages:
        producer.send(settings.articles_topic, key=key, value=value).get(timeout=60)
    producer.close()


def wait_for_events(settings, ids: set[str], timeout: float = 180.0) -> list:
    records = read_topic(settings, settings.events_topic, lambda r: ids <= set(events_by_article(r)), timeout=timeout)
    problem = missing_on_sink(settings, ids, records)
    assert not problem, problem
    return records


def letters(settings, n: int, timeout: float = 120.0) -> list[dict]:
    records = read_topic(settings, settings.dlq_topic, lambda r: len(r) >= n, timeout=timeout)
    out = [orjson.loads(r.value) for r in records]
    for letter in out:
        DLQ_SCHEMA.validate(letter)
    return out


def test_huge_bad_values_and_a_6mb_article_are_dead_lettered_and_the_canary_gets_its_events(stream_settings):
    settings = stream_settings
    ensure_topics(settings, topic_names(settings))
    big_article = article("huge", "Kenya criticized Norway over the fishing dispute. " * 120_000)  # ~6 MB
    attacks = [(KEY, b"x" * 900_000), (KEY, b"y" * 5_000_000), (KEY, big_article)]
    with worker_process(settings) as worker:
        wait_ready(url(settings, ""), worker, timeout=90)
        produce_big(settings, attacks)
        produce(settings, settings.articles_topic, [canary("huge")])
        started = time.monotonic()
        wait_for_events(settings, {"canary-huge"})
        canary_s = time.monotonic() - started
        found = letters(settings, 3)
        assert worker.poll() is None and http_get(url(settings, "/readyz"))[0] == 200
    by_size = {letter["payload_size"]: letter for letter in found}
    assert set(by_size) == {len(v) for _, v in attacks}
    for _, value in attacks:
        letter = by_size[len(value)]
        assert letter["reason"] in ("too_large", "malformed_json")
        assert letter["payload_truncated"] is True
        assert letter["payload_sha256"] == hashlib.sha256(value).hexdigest()
        assert base64.b64decode(letter["payload_base64"]) == value[: settings.dead_letter_max_payload]
    assert by_size[len(big_article)]["reason"] == "too_large" and by_size[len(big_article)]["article_id"] == "huge"
    # replay fetches the whole original of a cut letter from its position, and checks it by its SHA-256
    replayed = {hashlib.sha256(s.payload).hexdigest() for s in read_dead_letters(settings, ["too_large"], idle=2.0)}
    assert hashlib.sha256(big_article).hexdigest() in replayed
    print(f"canary after 900 KB + 5 MB + 6 MB attacks: events in {canary_s:.1f} s")


def test_produce_refuses_what_the_broker_would_refuse_and_sends_the_rest(stream_settings, tmp_path):
    settings = stream_settings
    ensure_topics(settings, topic_names(settings))
    (tmp_path / "huge.json").write_bytes(article("huge", "Kenya criticized Norway. " * 250_000))  # ~6 MB
    (tmp_path / "good.json").write_bytes(article("good", "Kenya criticized Norway over the fishing dispute."))
    result = subprocess.run([sys.executable, "-m", "streams", "produce", str(tmp_path)], env=worker_env(settings),
                            capture_output=True, text=True, cwd=ROOT, timeout=120)  # fmt: skip
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1, result.stderr
    assert len(lines) == 2 and "huge.json" in lines[0] and "limit" in lines[0], lines
    assert "produced 1 article(s)" in lines[1]
    received = read_topic(settings, settings.articles_topic, lambda r: len(r) >= 1, timeout=30)
    assert [orjson.loads(r.value)["id"] for r in received] == ["good"]


def test_run_on_text_of_1mb_is_bounded_and_the_canary_gets_its_events(stream_settings):
    # 5 s: this run-on text takes ~19 s to detect on a quiet machine and 60 s under load (CPU the other
    # tests need); the cut-off is what is tested here (linear detection time: tests/detection/test_pipeline.py)
    settings = replace(stream_settings, article_time_budget=5.0)
    ensure_topics(settings, topic_names(settings))
    text = run_on(950_000)
    with worker_process(settings) as worker:
        wait_ready(url(settings, ""), worker, timeout=90)
        started = time.monotonic()
        produce(settings, settings.articles_topic, [(KEY, article("run-on", text)), canary("run-on")])
        wait_for_events(settings, {"canary-run-on"}, timeout=240)
        canary_s = time.monotonic() - started
        # refused within the budget (the letter precedes the canary's events), or detected in time
        if read_topic(settings, settings.dlq_topic, lambda r: len(r) >= 1, timeout=10):
            [letter] = letters(settings, 1, timeout=30)
            assert letter["reason"] == "too_slow" and letter["article_id"] == "run-on"
        else:
            outcome = read_topic(settings, settings.events_topic, lambda r: "run-on" in events_by_article(r))
            assert "run-on" in events_by_article(outcome)
        assert worker.poll() is None
    # the run-on article's budget (5 s) bounds the wait; before the fix 100 KB alone took 47 s
    assert canary_s < 5.0 + 60, f"canary waited {canary_s:.0f} s"
    print(f"canary behind a 950 KB run-on text: events in {canary_s:.1f} s")


def test_same_id_with_changed_text_gives_new_ids_in_the_same_cluster(stream_settings):
    settings = stream_settings
    ensure_topics(settings, topic_names(settings))
    call = "The president of Japan held talks with the leader of Brazil on Tuesday."
    critic = "Kenya criticized Norway over the fishing dispute."
    first = (b"story", article("story", f"{critic} {call}"))
    corrected = (b"story", article("story", f"{critic} {call.replace('on Tuesday', 'in Tokyo on Tuesday')}"))

    def by_type(records) -> dict[str, list[dict]]:
        out: dict[str, list[dict]] = {}
        for data in events_by_article(records).get("story", []):
            out.setdefault(data["event_type"], []).append(data)
        return out

    with worker_process(settings) as worker:
        wait_ready(url(settings, ""), worker, timeout=90)
        produce(settings, settings.articles_topic, [first, first])  # re-sent: the same ids
        read_topic(settings, settings.events_topic, lambda r: len(by_type(r).get("CONSULT", [])) >= 2, timeout=120)
        produce(settings, settings.articles_topic, [corrected, canary("changed")])
        records = wait_for_events(settings, {"canary-changed"})
        records = read_topic(settings, settings.events_topic, lambda r: len(by_type(r).get("CONSULT", [])) >= 3)
    seen = by_type(records)
    calls, critics = seen["CONSULT"], seen["ACCUSE"]
    assert len({c["event_id"] for c in calls}) == 2, "re-sent: same id; corrected sentence: a new one"
    assert len({c["event_id"] for c in critics}) == 1, "an unchanged sentence keeps its id"
    assert len({c["article"]["text_hash"] for c in calls}) == 2, "the record names the article version"
    assert len({c["cluster_id"] for c in calls}) == 1, "the correction is grouped with the first report"


@contextmanager
def running(settings, log: Path, timeout: float = 120.0) -> Iterator[subprocess.Popen[bytes]]:
    """A worker that must come up: a crash loop (an exit during start-up) fails the test, with its log."""
    with worker_process(settings, str(log)) as worker:
        try:
            wait_ready(url(settings, ""), worker, timeout=timeout)
        except DiplowireError as exc:
            raise AssertionError(f"worker did not start ({exc}): {log.read_text()[-3000:]}") from None
        yield worker


def kill(worker: subprocess.Popen[bytes]) -> None:
    worker.send_signal(signal.SIGKILL)
    worker.wait(timeout=30)


def done(settings) -> int:
    return articles_done(http_get(url(settings, "/metrics"))[1])


def test_sigkill_at_four_points_and_restart_loses_nothing_and_never_crash_loops(stream_settings, tmp_path):
    """RocksDB store on one data directory across four SIGKILLs: during start-up, mid-detection, right
    after a batch, and as soon as the table was restored; every restart must come up (no ConsistencyError
    loop) and every article must end with its events."""
    settings = replace(stream_settings, store="rocksdb://", batch_size=4)
    ensure_topics(settings, topic_names(settings))
    log = tmp_path / "worker.log"
    articles = synthetic_articles(160, tag="kill4")
    ids = {k.decode() for k, _ in articles}
    with worker_process(settings, str(log)) as worker:  # 1. during start-up (the pool is still loading)
        wait_for(lambda: bool(children(worker.pid)), 60, "the detection pool to be spawned")
        kill(worker)
    with running(settings, log) as worker:  # 2. mid-detection
        produce(settings, settings.articles_topic, articles[:80])
        wait_for(lambda: done(settings) >= 20, 180, "the first articles")
        kill(worker)
    with running(settings, log) as worker:  # 3. right after the first batch of a restart (clustering busy)
        produce(settings, settings.articles_topic, articles[80:])
        wait_for(lambda: done(settings) >= 4, 180, "the first batch after a restart")
        kill(worker)
    with running(settings, log) as worker:  # 4. as soon as the restarted worker is ready (table restored)
        kill(worker)
    with running(settings, log):
        records = wait_for_events(settings, ids, timeout=300)
    text = log.read_text()
    assert "ConsistencyError" not in text and "We experienced a crash" not in text, text[-3000:]
    # redelivered events repeat with the same id and content; only their cluster may differ when a
    # restart had to rebuild the table from the changelog (docs/operations.md)
    by_id: dict[str, set[bytes]] = {}
    for r in records:
        envelope = orjson.loads(r.value)
        envelope["data"].pop("cluster_id")
        envelope["data"].pop("first_seen")
        by_id.setdefault(envelope["id"], set()).add(orjson.dumps(envelope, option=orjson.OPT_SORT_KEYS))
    differing = {k: v for k, v in by_id.items() if len(v) > 1}
    assert not differing, f"same id, different content: {list(differing.items())[:2]}"


def test_broker_restarted_empty_then_worker_restarted_with_its_old_data_directory(stream_settings, tmp_path):
    log = tmp_path / "worker.log"
    with EmbeddedBroker() as broker:
        settings = replace(stream_settings, bootstrap_servers=broker.bootstrap, store="rocksdb://")
        ensure_topics(settings, topic_names(settings))
        with running(settings, log) as worker:
            produce(settings, settings.articles_topic, synthetic_articles(20, tag="before"))
            wait_for_events(settings, {f"before-{i:04d}" for i in range(20)})
            worker.send_signal(signal.SIGTERM)
            worker.wait(timeout=30)
        assert any((settings.data_dir / f"{settings.app_id}-clusters").rglob("*")), "the table was on disk"
        port = broker.port
        broker.stop()
        broker.port = port
        broker.start()  # empty: every topic, group and offset is gone
        ensure_topics(settings, topic_names(settings))
        with running(settings, log) as worker:
            produce(settings, settings.articles_topic, [canary("empty-broker")])
            wait_for_events(settings, {"canary-empty-broker"})
            assert worker.poll() is None
    text = log.read_text()
    assert "ConsistencyError" not in text and "We experienced a crash" not in text, text[-3000:]
    assert "discarding it and rebuilding from the changelog" in text, "says so in one line"


def pool_process(worker: subprocess.Popen[bytes]) -> int:
    [pid] = [pid for pid in children(worker.pid) if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()]
    return pid


def test_a_killed_detection_process_is_replaced_and_nothing_is_lost(stream_settings, tmp_path):
    settings = stream_settings
    ensure_topics(settings, topic_names(settings))
    articles = synthetic_articles(40, tag="pool")
    log = tmp_path / "worker.log"
    with worker_process(settings, str(log)) as worker:
        wait_ready(url(settings, ""), worker, timeout=90)
        first = pool_process(worker)
        produce(settings, settings.articles_topic, articles)
        wait_for(lambda: done(settings) >= 4, 120, "the first articles")
        os.kill(first, signal.SIGKILL)  # out of memory, a crash in native code: the process is gone
        produce(settings, settings.articles_topic, [canary("pool")])
        wait_for_events(settings, {k.decode() for k, _ in articles} | {"canary-pool"})
        wait_for(lambda: http_get(url(settings, "/readyz"))[0] == 200, 60, "/readyz after the restart")
        assert worker.poll() is None and pool_process(worker) != first
    assert "starting a new one" in log.read_text()


def test_a_stalled_worker_turns_readyz_to_503_and_back(stream_settings):
    settings = replace(stream_settings, stall_after=3.0)
    ensure_topics(settings, topic_names(settings))
    with worker_process(settings) as worker:
        wait_ready(url(settings, ""), worker, timeout=90)
        pool = pool_process(worker)
        os.kill(pool, signal.SIGSTOP)  # detection hangs (as a run-away parse would, without its budget)
        try:
            produce(settings, settings.articles_topic, [canary("stall")])
            wait_for(lambda: http_get(url(settings, "/readyz"))[0] == 503, 60, "/readyz to say 503")
            status, body = http_get(url(settings, "/readyz"))
            assert any("stalled" in reason for reason in orjson.loads(body)["reasons"]), body
            assert http_get(url(settings, "/healthz"))[0] == 200, "liveness stays simple"
            metrics = http_get(url(settings, "/metrics"))[1].decode()
            stalled = [
                line for line in metrics.splitlines() if line.startswith('diplowire_stalled_seconds{stage="articles"}')
            ]
            assert stalled and float(stalled[0].split()[-1]) >= 3.0, stalled
        finally:
            os.kill(pool, signal.SIGCONT)
        wait_for_events(settings, {"canary-stall"})
        wait_for(lambda: http_get(url(settings, "/readyz"))[0] == 200, 60, "/readyz to recover")
        assert http_get(url(settings, "/router/"))[0] == 404, "Faust's router views are off"


@pytest.mark.parametrize("populated", [False, True], ids=["empty", "populated"])
def test_a_read_only_data_directory_is_one_line_naming_it(stream_settings, tmp_path, populated):
    if shutil.which("unshare") is None:
        pytest.skip("needs unshare(1) to mount a read-only directory")
    data = tmp_path / "data"
    (data / f"{stream_settings.app_id}-clusters" / "tables").mkdir(parents=True)
    if not populated:
        shutil.rmtree(data / f"{stream_settings.app_id}-clusters")
    settings = replace(stream_settings, data_dir=data)
    ensure_topics(settings, topic_names(settings))
    # a private mount namespace: the directory is read-only for the worker only, and nothing outlives it
    script = f'mount --bind "{data}" "{data}" && mount -o remount,ro,bind "{data}" && exec "$@"'
    command = ["unshare", "-m", "sh", "-c", script, "sh", sys.executable, "-m", "streams", "worker"]
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("unshare -m is not permitted here")
    result = subprocess.run(command, env=worker_env(settings), capture_output=True, text=True, cwd=ROOT, timeout=120)
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1
    assert len(lines) == 1 and str(data) in lines[0] and "not writable" in lines[0], result.stderr[-2000:]


# ESC[2J clears the screen, OSC 8 makes a hyperlink, OSC 0 sets the window title, U+202E reverses text,
# U+009B is a one-byte CSI: none of them may reach the reader's terminal.
HOSTILE = ("Kenya criticized Norway over the fishing dispute \x1b[2J\x1b]8;;https://evil.example/\x07here\x1b]8;;\x07 "
           "\x1b]0;owned\x07 and \u202edetacilpmoc\u202c \x9b31m the talks.")  # fmt: skip
UNSAFE_BYTES = (b"\x1b", "\x9b".encode(), "\u202e".encode(), b"\x07")


def test_run_and_tail_print_no_escape_sequences_from_article_text(stream_settings, tmp_path):
    settings = stream_settings
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "hostile.txt").write_text(f"date 2021-12-16\n{HOSTILE}\n", encoding="utf-8")
    env = {**worker_env(settings), "COLUMNS": "220", "TERM": "xterm-256color"}
    env.pop("NO_COLOR", None)
    run = subprocess.run([sys.executable, "-m", "streams", "run", "--seeds", str(seeds), "--timeout", "240"],
                         env=env, capture_output=True, cwd=ROOT, timeout=300)  # fmt: skip
    assert run.returncode == 0, run.stderr.decode()[-2000:]
    assert b"fishing dispute" in run.stdout and b"NOR" in run.stdout, "the evidence sentence is printed"
    tail = subprocess.run([sys.executable, "-m", "streams", "tail", "--from-beginning", "--max", "1",
                           "--idle-timeout", "30"], env=env, capture_output=True, cwd=ROOT, timeout=120)  # fmt: skip
    assert tail.returncode == 0, tail.stderr.decode()[-2000:]
    assert b"fishing dispute" in tail.stdout
    for output in (run.stdout, tail.stdout):
        found = [b for b in UNSAFE_BYTES if b in output]
        assert not found, f"unsafe bytes {found} in {output[-1500:]!r}"
