"""Prometheus metrics of one worker, in a registry of its own (no process-global state).

Besides the counters: ``diplowire_build_info{version,detector_version}``, the process and Python
collectors (CPU, memory, file descriptors, GC), and ``diplowire_consumer_lag{group,topic,partition}``,
read at scrape time from the consumers through ``lag_sources`` (set by streams.worker.web).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    GCCollector,
    Histogram,
    PlatformCollector,
    ProcessCollector,
    generate_latest,
)
from prometheus_client.core import GaugeMetricFamily

from streams import __version__

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
CONTENT_TYPE = CONTENT_TYPE_LATEST  # the Prometheus text format, with its version

# (group, topic, partition) -> records behind the end of the partition
LagSource = Callable[[], Mapping[tuple[str, str, int], int]]


class _LagCollector:
    def __init__(self, sources: list[LagSource]) -> None:
        self.sources = sources

    def collect(self) -> Iterator[Any]:
        family = GaugeMetricFamily("diplowire_consumer_lag", "Records between the partition's end and the next "
                                   "one this worker reads", labels=["group", "topic", "partition"])  # fmt: skip
        for source in self.sources:
            for (group, topic, partition), lag in sorted(source().items()):
                family.add_metric([group, topic, str(partition)], lag)
        yield family


class Metrics:
    """Counters for articles, events by type and dead letters by reason; detection latency per article."""

    def __init__(self, detector_version: str = "") -> None:
        self.registry = CollectorRegistry()
        self.articles = Counter(
            "diplowire_articles", "Articles consumed, by outcome", ["outcome"], registry=self.registry
        )
        self.detected = Counter("diplowire_events_detected", "Events detected and handed to clustering, by type",
                                ["type"], registry=self.registry)  # fmt: skip
        self.events = Counter("diplowire_events_published", "Event records published on the sink topic, by type",
                              ["type"], registry=self.registry)  # fmt: skip
        self.new_events = Counter("diplowire_events_first_seen", "Event records that opened a new cluster, by type",
                                  ["type"], registry=self.registry)  # fmt: skip
        self.dead_letters = Counter("diplowire_dead_letters", "Messages sent to the dead-letter topic, by reason",
                                    ["reason"], registry=self.registry)  # fmt: skip
        self.dead_letters_lost = Counter("diplowire_dead_letters_lost", "Dead letters not sent, by reason",
                                         ["reason"], registry=self.registry)  # fmt: skip
        self.stalled = Gauge("diplowire_stalled_seconds", "Seconds without progress while input is pending, by stage",
                             ["stage"], registry=self.registry)  # fmt: skip
        self.latency = Histogram("diplowire_detection_seconds", "Detection time per article", buckets=LATENCY_BUCKETS,
                                 registry=self.registry)  # fmt: skip
        self.build_info = Gauge("diplowire_build_info", "Always 1; the labels say what runs",
                                ["version", "detector_version"], registry=self.registry)  # fmt: skip
        self.build_info.labels(__version__, detector_version or _detector_version()).set(1)
        ProcessCollector(registry=self.registry)
        PlatformCollector(registry=self.registry)
        GCCollector(registry=self.registry)
        self.lag_sources: list[LagSource] = []
        self.registry.register(_LagCollector(self.lag_sources))

    def render(self) -> bytes:
        return generate_latest(self.registry)


def _detector_version() -> str:
    from streams.detection.pipeline import DETECTOR_VERSION

    return DETECTOR_VERSION
