"""Prometheus metrics of the ingest process, in a registry of its own (like the worker's)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, generate_latest


class IngestMetrics:
    def __init__(self) -> None:
        self.registry = r = CollectorRegistry()
        self.produced = Counter("diplowire_ingest_items_produced", "Articles acknowledged by the broker, by feed",
                                ["feed"], registry=r)  # fmt: skip
        self.duplicates = Counter("diplowire_ingest_duplicates_skipped", "Items already sent before, by feed",
                                  ["feed"], registry=r)  # fmt: skip
        self.skipped = Counter("diplowire_ingest_items_skipped", "Items that are no article (no text, not English)",
                               ["feed", "reason"], registry=r)  # fmt: skip
        self.fetch_errors = Counter("diplowire_ingest_fetch_errors", "Failed polls, by feed and reason",
                                    ["feed", "reason"], registry=r)  # fmt: skip
        self.not_modified = Counter("diplowire_ingest_not_modified", "Polls answered 304 Not Modified, by feed",
                                    ["feed"], registry=r)  # fmt: skip
        self.last_success = Gauge("diplowire_ingest_last_success_timestamp_seconds",
                                  "Unix time of the last successful poll, by feed", ["feed"], registry=r)  # fmt: skip
        self.full_text_errors = Counter("diplowire_ingest_full_text_errors", "Linked pages that gave no text",
                                        ["feed", "reason"], registry=r)  # fmt: skip
        self.pushed = Counter("diplowire_ingest_pushed", "POST /articles outcomes", ["outcome"], registry=r)
        self.seen_items = Gauge("diplowire_ingest_seen_items", "Ids in the seen-set", registry=r)

    def render(self) -> bytes:
        return generate_latest(self.registry)
