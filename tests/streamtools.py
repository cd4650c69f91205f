"""Test helpers that talk to the real broker: produce raw messages, read a topic, wait for a worker."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from kafka import KafkaConsumer, KafkaProducer, TopicPartition

from streams.admin import client_config
from streams.settings import Settings


def produce(settings: Settings, topic: str, messages: Iterable[tuple[bytes | None, bytes]]) -> int:
    producer = KafkaProducer(**client_config(settings), acks="all", linger_ms=5)
    futures = [producer.send(topic, key=key, value=value) for key, value in messages]
    producer.flush()
    for f in futures:
        f.get(timeout=30)
    producer.close()
    return len(futures)


def read_topic(settings: Settings, topic: str, until: Callable[[list], bool], timeout: float = 60.0) -> list:
    """Records of `topic` from the beginning, until `until(records)` holds or `timeout` passes."""
    consumer = KafkaConsumer(**client_config(settings), group_id=None, enable_auto_commit=False, fetch_max_wait_ms=100)
    deadline = time.monotonic() + timeout
    partitions = None
    while partitions is None and time.monotonic() < deadline:
        partitions = consumer.partitions_for_topic(topic)
        if partitions is None:
            time.sleep(0.2)
    assert partitions, f"topic {topic} never appeared"
    assignment = [TopicPartition(topic, p) for p in sorted(partitions)]
    consumer.assign(assignment)
    consumer.seek_to_beginning(*assignment)
    records: list = []
    try:
        while time.monotonic() < deadline and not until(records):
            for batch in consumer.poll(timeout_ms=200).values():
                records.extend(batch)
    finally:
        consumer.close()
    return records
