"""Broker housekeeping with kafka-python: wait for the broker, create topics, check they still exist."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from typing import Any

from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition
from kafka.admin import NewTopic
from kafka.errors import KafkaError, TopicAlreadyExistsError

from streams.errors import BrokerError
from streams.settings import Settings


def client_config(settings: Settings) -> dict[str, Any]:
    """Connection settings shared by every kafka-python client (bootstrap + SSL/SASL)."""
    if not settings.bootstrap_servers:
        raise BrokerError("no Kafka bootstrap servers configured")
    return {"bootstrap_servers": settings.bootstrap_servers.split(","), "client_id": f"{settings.app_id}-cli",
            **settings.security.kafka_python_config()}  # fmt: skip


def connect_admin(settings: Settings, timeout: float = 15.0) -> KafkaAdminClient:
    """An admin client, or BrokerError after `timeout` seconds if the broker does not answer."""
    try:
        return KafkaAdminClient(
            **client_config(settings), request_timeout_ms=5000, bootstrap_timeout_ms=int(timeout * 1000)
        )
    except (KafkaError, OSError) as exc:
        raise BrokerError(
            f"Kafka broker {settings.bootstrap_servers} unreachable after {timeout:.0f} s ({exc})"
        ) from None


def ensure_topics(settings: Settings, names: Iterable[str], timeout: float = 15.0) -> list[str]:
    """Create the missing topics with the configured partitions; return the names created."""
    admin = connect_admin(settings, timeout)
    try:
        existing = set(admin.list_topics())
        missing = [n for n in dict.fromkeys(names) if n not in existing]
        if missing:
            new = [NewTopic(n, settings.topic_partitions, settings.replication_factor) for n in missing]
            with contextlib.suppress(TopicAlreadyExistsError):  # another worker created them in between
                admin.create_topics(new)
        return missing
    finally:
        admin.close()


def missing_topics(settings: Settings, names: Iterable[str]) -> list[str]:
    """Topics that should exist but do not (a memory-only broker that restarted has none)."""
    admin = connect_admin(settings, timeout=5.0)
    try:
        existing = set(admin.list_topics())
    finally:
        admin.close()
    return [n for n in names if n not in existing]


def topic_reader(
    settings: Settings, topic: str, from_beginning: bool = True, fetch_max_wait_ms: int = 100
) -> KafkaConsumer:
    """A group-less consumer assigned every partition of `topic` (from its start unless told otherwise).

    BrokerError if the topic does not exist. Used by `run`, `tail` and `replay --dead-letters`, which read
    whole topics and commit nothing.
    """
    consumer = KafkaConsumer(**client_config(settings), group_id=None, enable_auto_commit=False,
                             fetch_max_wait_ms=fetch_max_wait_ms)  # fmt: skip
    partitions = consumer.partitions_for_topic(topic)
    if not partitions:
        consumer.close()
        raise BrokerError(f"topic {topic} does not exist")
    assignment = [TopicPartition(topic, p) for p in sorted(partitions)]
    consumer.assign(assignment)
    if from_beginning:
        consumer.seek_to_beginning(*assignment)
    return consumer
