"""Prometheus metrics of one worker, in a registry of its own (no process-global state)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class Metrics:
    """Counters for articles, events by type and dead letters by reason; detection latency per article."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.articles = Counter(
            "diplowire_articles", "Articles consumed, by outcome", ["outcome"], registry=self.registry
        )
        self.detected = Counter("diplowire_events_detected", "Events detected and handed to clustering, by type",
                                ["type"], registry=self.registry)  # fmt: skip
        self.events = Counter(
            "diplowire_events", "Event records published, by PLOVER type", ["type"], registry=self.registry
        )
        self.new_events = Counter("diplowire_events_first_seen", "Event records that opened a new cluster, by type",
                                  ["type"], registry=self.registry)  # fmt: skip
        self.dead_letters = Counter("diplowire_dead_letters", "Messages sent to the dead-letter topic, by reason",
                                    ["reason"], registry=self.registry)  # fmt: skip
        self.latency = Histogram("diplowire_detection_seconds", "Detection time per article", buckets=LATENCY_BUCKETS,
                                 registry=self.registry)  # fmt: skip

    def render(self) -> bytes:
        return generate_latest(self.registry)
