"""`diplowire export`: flat GDELT-like rows from detect output and from the topic, in every format."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys

import orjson
import pyarrow.parquet as pq
import pytest

from streams.cli.export import COLUMNS
from tests.conftest import ROOT
from tests.test_subscribe import EVENTS, publish

GOLDEN = ROOT / "tests/golden/seeds/000_ebd8fa3719e68895.events.jsonl"
NAMES = [name for name, _ in COLUMNS]


def diplowire(*args: str, env: dict[str, str] | None = None, stdin: bytes | None = None):
    return subprocess.run([sys.executable, "-m", "streams", *args], capture_output=True, cwd=ROOT, input=stdin,
                          env={**os.environ, **(env or {})}, timeout=120)  # fmt: skip


def test_csv_from_detect_output_has_one_flat_row_per_record():
    out = diplowire("export", "--format", "csv", str(GOLDEN))
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout.decode())))
    assert len(rows) == len(GOLDEN.read_bytes().splitlines()) and list(rows[0]) == NAMES
    call = next(r for r in rows if r["event_type"] == "CONSULT" and r["actor_country"] == "RUS")
    assert call["recipient_country"] == "CHN" and call["cameo_code"].startswith("04")
    assert call["evidence_trigger"] in call["evidence_sentence"] and call["cluster_id"].startswith("c-")


def test_parquet_and_jsonl_from_stdin_with_since(tmp_path):
    target = tmp_path / "events.parquet"
    lines = GOLDEN.read_bytes()
    out = diplowire("export", "--format", "parquet", "--output", str(target), "-", stdin=lines)
    assert out.returncode == 0, out.stderr
    table = pq.read_table(target)
    assert table.column_names == NAMES and table.num_rows == len(lines.splitlines())
    assert str(table.schema.field("goldstein").type) == "double"
    late = diplowire("export", "--format", "jsonl", "--since", "2030-01-01", "-", stdin=lines)
    assert late.returncode == 0 and late.stdout == b""


def test_bad_input_is_one_line():
    out = diplowire("export", "-", stdin=b'{"not": "an event"}\n')
    assert out.returncode == 1 and out.stderr.decode().count("\n") == 1 and b"stdin:1" in out.stderr


@pytest.mark.broker
def test_export_from_the_topic(stream_settings):
    from streams.kafka.admin import ensure_topics

    ensure_topics(stream_settings, [stream_settings.events_topic])
    publish(stream_settings, EVENTS)
    out = diplowire("export", "--format", "jsonl", "--idle-timeout", "1.5", env=stream_settings.to_env())
    assert out.returncode == 0, out.stderr
    rows = [orjson.loads(line) for line in out.stdout.splitlines()]
    assert sorted(r["event_id"] for r in rows) == ["e1", "e2", "e3", "e4", "e5"]
    assert list(rows[0]) == NAMES
