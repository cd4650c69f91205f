"""Fixtures of the feed tests: a real local HTTP server, and an in-memory sink twin of the Kafka sink."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pytest

from streams.records import Article
from tests.feeds.feedserver import FeedServer


@pytest.fixture()
def server() -> Iterator[FeedServer]:
    srv = FeedServer().start()
    yield srv
    srv.stop()


class MemorySink:
    """The Kafka sink's twin: keeps what it is sent; `fail` makes it acknowledge nothing."""

    def __init__(self) -> None:
        self.sent: list[Article] = []
        self.fail = False

    async def send(self, articles: Sequence[Article]) -> tuple[list[Article], str | None]:
        if self.fail:
            return [], "broker: test sink refuses"
        self.sent.extend(articles)
        return list(articles), None

    @property
    def ids(self) -> list[str]:
        return [a.id for a in self.sent]


@pytest.fixture()
def sink() -> MemorySink:
    return MemorySink()
