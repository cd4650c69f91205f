"""The Kafka side of ingest: send articles to the articles topic, report which ones the broker acknowledged.

kafka-python is blocking (metadata waits, flush), so every call runs in a thread, off the event loop
that serves the push endpoint and the probes.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Protocol

from kafka import KafkaProducer
from kafka.errors import KafkaError

from streams.kafka.admin import client_config
from streams.records import Article
from streams.settings import Settings
from streams.wire import encode_article

HEADERS = [("content-type", b"application/json")]


class Sink(Protocol):
    async def send(self, articles: Sequence[Article]) -> tuple[list[Article], str | None]:
        """Send; return the acknowledged articles and, if some were not, why."""
        ...


class KafkaSink:
    def __init__(self, settings: Settings, timeout: float = 15.0) -> None:
        self.topic = settings.articles_topic
        self.timeout = timeout
        # acks=all: an article counts as sent (and is marked seen) only once every in-sync replica has it.
        self.producer = KafkaProducer(**client_config(settings), acks="all", linger_ms=5, retries=5,
                                      max_block_ms=int(timeout * 1000), request_timeout_ms=10_000,
                                      delivery_timeout_ms=int(timeout * 1000))  # fmt: skip

    async def send(self, articles: Sequence[Article]) -> tuple[list[Article], str | None]:
        return await asyncio.to_thread(self._send, list(articles))

    def _send(self, articles: list[Article]) -> tuple[list[Article], str | None]:
        futures = []
        problem: str | None = None
        try:
            for article in articles:
                futures.append(
                    (
                        article,
                        self.producer.send(
                            self.topic, key=article.id.encode(), value=encode_article(article), headers=HEADERS
                        ),
                    )  # fmt: skip
                )
            self.producer.flush(timeout=self.timeout)
        except KafkaError as exc:
            problem = f"broker: {type(exc).__name__}: {exc}"
        acked = []
        for article, future in futures:
            if future.succeeded():
                acked.append(article)
            elif problem is None:
                problem = f"broker: {future.exception or 'no acknowledgement'}"
        if len(acked) < len(articles) and problem is None:
            problem = "broker: no acknowledgement"
        return acked, problem

    def close(self) -> None:
        self.producer.close(timeout=5)
