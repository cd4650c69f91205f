"""The worker's topics: their names from the settings, and the handles an app declares for them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from streams.records import EVENT_TYPES
from streams.settings import Settings


@dataclass(frozen=True)
class Topics:
    articles: Any
    detected: Any
    events: Any
    dead_letters: Any
    by_type: dict[str, Any]

    def names(self) -> list[str]:
        topics = (self.articles, self.detected, self.events, self.dead_letters, *self.by_type.values())
        return [t.get_topic_name() for t in topics]


def topic_names(settings: Settings) -> list[str]:
    """Every topic the worker reads or writes; created up front (auto-creation is not relied on)."""
    types = [settings.type_topic(t) for t in EVENT_TYPES]
    return [settings.articles_topic, settings.detected_topic, settings.events_topic, settings.dlq_topic, *types]
