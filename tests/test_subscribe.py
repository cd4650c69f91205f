"""The subscriber API against the real embedded broker: filters, group resume, since, errors, broker down."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from streams.errors import BrokerError, ConfigError
from streams.kafka.admin import ensure_topics
from streams.kafka.broker import free_port
from streams.records import Cameo
from streams.subscribe import MODES, Filter, asubscribe, resolve_types, subscribe, utc
from streams.wire import encode_event, event_key
from tests.conftest import ROOT
from tests.streamtools import produce
from tests.worker.test_clustering import make_event

EVENTS = [
    make_event("e1", "CONSULT", "RUS", "CHN"),
    make_event("e2", "CONSULT", "USA", "FRA"),
    replace(make_event("e3", "SANCTION", "USA", "RUS"), mode="boycott", cameo=Cameo("163", "16", "Impose embargo")),
    replace(make_event("e4", "ACCUSE", "CHN", "JPN"), cameo=Cameo("112", "11", "Accuse"), first_seen=False),
    make_event("e5", "CONSULT", "CHN", "RUS"),
]


def publish(settings, events) -> None:
    """As the worker does: every event to the all-events topic and to its type's topic."""
    for event in events:
        for topic in (settings.events_topic, settings.type_topic(event.event_type)):
            produce(settings, topic, [(event_key(event), encode_event(event))])


@pytest.fixture()
def sink(stream_settings):
    settings = stream_settings
    types = {e.event_type for e in EVENTS} | {"AGREE"}
    ensure_topics(settings, [settings.events_topic, *(settings.type_topic(t) for t in types)])
    return settings


def ids(sub) -> list[str]:
    with sub:
        return [e.event_id for e in sub]


pytestmark = pytest.mark.broker


def test_filters_pick_the_right_events_from_the_right_topics(sink):
    publish(sink, EVENTS)

    def read(**filters) -> list[str]:
        return sorted(ids(subscribe(sink, from_beginning=True, idle_timeout=1.5, **filters)))

    assert read() == ["e1", "e2", "e3", "e4", "e5"]
    assert read(types=["consult"], countries=["RUS"]) == ["e1", "e5"]
    assert read(dyad="CHN:RUS") == ["e1", "e5"]
    assert read(dyad=["RUS", "USA"]) == ["e3"]
    assert read(types="boycott") == ["e3"]
    assert read(types=["SANCTION/boycott", "ACCUSE"]) == ["e3", "e4"]
    assert read(cameo_prefix="16") == ["e3"]
    assert read(first_seen_only=True, countries="jpn") == []
    sub = subscribe(sink, types=["consult", "boycott"], idle_timeout=0.5)
    with sub:
        assert sub.topics == [sink.type_topic("CONSULT"), sink.type_topic("SANCTION")]


def test_a_group_resumes_after_a_restart(sink):
    publish(sink, EVENTS[:3])
    with subscribe(sink, group="analysts", from_beginning=True, idle_timeout=5) as sub:
        stream = iter(sub)
        first = [next(stream).event_id for _ in range(2)]
    publish(sink, EVENTS[3:])
    rest = ids(subscribe(sink, group="analysts", from_beginning=True, idle_timeout=3))
    assert sorted(first + rest) == ["e1", "e2", "e3", "e4", "e5"], "nothing lost, nothing repeated"
    # another group has its own offsets
    assert len(ids(subscribe(sink, group="others", from_beginning=True, idle_timeout=3))) == 5


def test_since_skips_what_was_published_before(sink):
    publish(sink, EVENTS[:2])
    time.sleep(0.05)  # the broker's timestamps are in milliseconds: make "before" strictly before
    cut = datetime.now(UTC)
    publish(sink, EVENTS[2:])
    assert sorted(ids(subscribe(sink, since=cut, idle_timeout=1.5))) == ["e3", "e4", "e5"]
    assert sorted(ids(subscribe(sink, since=cut, group="since-group", idle_timeout=3))) == ["e3", "e4", "e5"]
    assert ids(subscribe(sink, since=datetime.now(UTC) + timedelta(hours=1), idle_timeout=1)) == []


def test_the_async_variant_yields_deliveries(sink):
    publish(sink, EVENTS[:2])

    async def collect() -> list[str]:
        out = []
        async for delivery in asubscribe(sink, from_beginning=True, idle_timeout=1.5):
            assert delivery.id == f"{delivery.topic}/{delivery.partition}/{delivery.offset}"
            out.append(delivery.event.event_id)
        return out

    assert sorted(asyncio.run(collect())) == ["e1", "e2"]


def test_unknown_types_and_bad_countries_are_refused_with_the_valid_ones(sink):
    with pytest.raises(ConfigError) as info:
        subscribe(sink, types=["meeting"])
    assert "valid types: AGREE, CONSULT" in str(info.value) and "SANCTION: boycott" in str(info.value)
    with pytest.raises(ConfigError, match="SANCTION mode boycott"):
        subscribe(sink, types=["CONSULT/boycott"])
    for bad in ("XYZZ", "XYZ", "R1S"):
        with pytest.raises(ConfigError, match="ISO 3166 alpha-3"):
            subscribe(sink, countries=[bad])
    assert Filter.of(countries="eur,twn").countries == {"EUR", "TWN"}
    with pytest.raises(ConfigError, match="two country codes"):
        subscribe(sink, dyad="RUS")
    with pytest.raises(ConfigError, match="timezone-aware"):
        subscribe(sink, since=datetime(2026, 1, 1))  # noqa: DTZ001 - the naive datetime is the point


def test_a_missing_topic_is_one_clear_error(stream_settings):
    with pytest.raises(BrokerError, match="does not exist"):
        subscribe(stream_settings)


def test_an_unreachable_broker_fails_within_seconds():
    started = time.monotonic()
    with pytest.raises(BrokerError, match="unreachable"):
        subscribe(f"127.0.0.1:{free_port()}")
    assert time.monotonic() - started < 5


def test_types_and_modes_resolve():
    assert resolve_types(["consult", "boycott", "REJECT/meet"]) == (
        {"CONSULT"},
        {("SANCTION", "boycott"), ("REJECT", "meet")},
    )
    assert Filter.of(types="boycott").topic_types == ["SANCTION"]


def test_every_mode_the_lexicons_use_is_known():
    for path in (ROOT / "streams/detection/data").glob("*.jsonl"):
        for line in path.read_text().splitlines():
            entry = json.loads(line)
            if entry.get("mode"):
                assert entry["mode"] in MODES.get(entry["label"], ()), (path.name, entry["id"])


def test_since_parses_dates_and_durations():
    assert utc("2026-11-30") == datetime(2026, 11, 30, tzinfo=UTC)
    assert abs((datetime.now(UTC) - utc("2h")).total_seconds() - 7200) < 5
    with pytest.raises(ConfigError):
        utc("yesterday")


def test_the_readme_subscriber_prints_a_countrys_consult_events(sink, tmp_path):
    readme = (ROOT / "README.md").read_text()
    code = readme.split("## Subscribing", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    assert len(code.strip().splitlines()) <= 12
    script = tmp_path / "consult.py"
    script.write_text(code)
    publish(sink, EVENTS)
    env = {**os.environ, **sink.to_env(), "COUNTRY": "RUS", "PYTHONPATH": str(ROOT)}
    with subprocess.Popen([sys.executable, str(script)], env=env, stdout=subprocess.PIPE, text=True) as process:
        try:
            assert process.stdout is not None
            lines = [process.stdout.readline() for _ in range(2)]
        finally:
            process.kill()
    assert sorted(line.split()[2] for line in lines) == ["CHN", "RUS"]  # e1 RUS->CHN and e5 CHN->RUS
    assert all(line.startswith("2021-12-15") for line in lines)
