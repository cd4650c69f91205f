"""The live server over plain HTTP: SSE ids, query filters, resume by Last-Event-ID, bad filters, shapes."""

from __future__ import annotations

import http.client
import json
from urllib.parse import urlsplit

import pytest

from streams.kafka.admin import ensure_topics
from streams.live.geo import centroids
from streams.live.server import LiveServer
from tests.test_subscribe import EVENTS, publish


def read_sse(url: str, path: str, count: int, headers: dict[str, str] | None = None) -> list[tuple[str, dict]]:
    """The first `count` messages of an SSE stream as (id, data)."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    connection.request("GET", path, headers=headers or {})
    response = connection.getresponse()
    assert response.status == 200 and response.getheader("Content-Type") == "text/event-stream"
    messages: list[tuple[str, dict]] = []
    current: dict[str, str] = {}
    while len(messages) < count:
        line = response.readline().decode().rstrip("\n")
        if not line and "data" in current:
            messages.append((current["id"], json.loads(current["data"])))
            current = {}
        elif ": " in line and not line.startswith(":"):
            key, value = line.split(": ", 1)
            current[key] = value
    connection.close()
    return messages


@pytest.fixture()
def live(stream_settings):
    ensure_topics(stream_settings, [stream_settings.events_topic])
    publish(stream_settings, EVENTS)
    server = LiveServer(stream_settings)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.mark.broker
def test_sse_ids_filters_and_resume(live):
    messages = read_sse(live.url, "/events", 5)
    assert sorted(m["data"]["event_id"] for _, m in messages) == ["e1", "e2", "e3", "e4", "e5"]
    topic, partition, offset = messages[0][0].split("/")
    assert topic == live_topic(live) and partition.isdigit() and offset.isdigit()
    # resuming after the third message gives exactly the last two
    resumed = read_sse(live.url, "/events", 2, headers={"Last-Event-ID": messages[2][0]})
    assert [i for i, _ in resumed] == [i for i, _ in messages[3:]]
    consults = read_sse(live.url, "/events?type=consult&country=RUS", 2)
    assert sorted(m["data"]["event_id"] for _, m in consults) == ["e1", "e5"]
    assert [m["data"]["event_id"] for _, m in read_sse(live.url, "/events?type=boycott", 1)] == ["e3"]


def live_topic(live: LiveServer) -> str:
    return live.hub.recent[0].topic if live.hub and live.hub.recent else ""


@pytest.mark.broker
def test_bad_filters_are_a_400_with_the_reason(live):
    parts = urlsplit(live.url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    connection.request("GET", "/events?country=XYZZ")
    response = connection.getresponse()
    assert response.status == 400 and b"alpha-3" in response.read()
    connection.close()


def test_centroids_come_from_the_shipped_shapes():
    points = centroids()
    assert len(points) > 170
    for code, (lon, lat) in {"RUS": (100, 62), "CHN": (104, 36), "USA": (-99, 39), "FRA": (2, 47),
                             "FJI": (178, -18)}.items():  # fmt: skip
        assert abs(points[code][0] - lon) < 8 and abs(points[code][1] - lat) < 5, code
