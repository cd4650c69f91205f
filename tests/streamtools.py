"""Test helpers that talk to the real broker: produce raw messages, read a topic, wait for a worker."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from kafka import KafkaConsumer, KafkaProducer, TopicPartition

from streams.kafka.admin import client_config
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


COUNTRIES = ["France", "Germany", "Japan", "Brazil", "India", "Canada", "Mexico", "Egypt", "Kenya", "Spain",
             "Italy", "Turkey", "Poland", "Chile", "Norway", "Vietnam"]  # fmt: skip
TEMPLATES = [
    "{a} criticized {b} on Monday over its handling of the border dispute, officials in the capital said.",
    "The president of {a} held talks with the leader of {b} on Tuesday about trade and security in the region.",
    "{a} accused {b} of violating the fishing agreement that the two countries signed a decade ago.",
    "{a} imposed sanctions on {b} after the talks between the two governments collapsed last week.",
]


def synthetic_articles(n: int, tag: str = "a") -> list[tuple[bytes, bytes]]:
    """n small English articles, each naming two countries in a diplomatic act (no corpus text)."""
    import orjson

    out = []
    for i in range(n):
        a, b = COUNTRIES[i % len(COUNTRIES)], COUNTRIES[(i * 7 + 3) % len(COUNTRIES)]
        if a == b:
            b = COUNTRIES[(i + 1) % len(COUNTRIES)]
        text = " ".join(t.format(a=a, b=b) for t in TEMPLATES[i % 2 :: 2]) + f" Report number {i}."
        article_id = f"{tag}-{i:04d}"
        out.append((article_id.encode(), orjson.dumps({"id": article_id, "text": text, "published": "2021-12-16"})))
    return out
