"""Broker housekeeping with kafka-python: wait for the broker, create topics, check they still exist.

``check_broker(settings)`` is the one connection check every client command (produce, replay, tail,
dead-letters, ingest, export, ...) calls before it builds a Kafka client: it waits at most
``settings.connect_timeout`` seconds and raises a one-line ``BrokerError`` naming the broker and the cause,
which the CLI prints and turns into exit code 1 ("broker unreachable").
"""

from __future__ import annotations

import contextlib
import socket
import time
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


def _split_address(address: str) -> tuple[str, int]:
    host, _, port = address.strip().rpartition(":")
    if not host or not port.isdigit():
        raise BrokerError(f"Kafka broker address {address.strip()!r} is not host:port")
    return host.strip("[]"), int(port)


def _tcp_cause(host: str, port: int, timeout: float) -> str | None:
    """None when a TCP connection opens, else why not, in a few words."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return None
    except socket.gaierror:
        return f"cannot resolve host {host!r}"
    except TimeoutError:
        return "connection timed out"
    except OSError as exc:
        return (exc.strerror or str(exc)).lower()


def check_broker(settings: Settings, timeout: float | None = None) -> None:
    """Raise BrokerError (one line: broker and cause) unless a broker answers within `timeout` seconds.

    First a plain TCP connection to each bootstrap address, retried until the deadline (a broker that is
    just starting gets its chance); then, once one accepts, a Kafka admin client that must bootstrap in
    the time left (this is where a wrong security protocol or bad credentials show up).
    The bound defaults to ``settings.connect_timeout`` (DIPLOWIRE_CONNECT_TIMEOUT).
    """
    if not settings.bootstrap_servers:
        raise BrokerError("no Kafka broker configured: set KAFKA_BOOTSTRAP_SERVERS or pass --broker")
    limit = settings.connect_timeout if timeout is None else timeout
    addresses = [_split_address(a) for a in settings.bootstrap_servers.split(",") if a.strip()]
    deadline = time.monotonic() + limit
    cause = "no answer"
    while True:
        causes = [_tcp_cause(host, port, max(0.1, min(1.0, deadline - time.monotonic()))) for host, port in addresses]
        if any(c is None for c in causes):
            break
        cause = causes[0] or cause
        if time.monotonic() >= deadline:
            raise BrokerError(f"Kafka broker {settings.bootstrap_servers} unreachable: {cause} (waited {limit:g} s)")
        time.sleep(min(0.25, max(0.0, deadline - time.monotonic())))
    connect_admin(settings, max(1.0, deadline - time.monotonic())).close()


def cluster_id(settings: Settings, timeout: float = 5.0) -> str | None:
    """The cluster id the broker reports (``tansu_cluster`` for the embedded broker), None if unknown."""
    admin = connect_admin(settings, timeout)
    try:
        value = admin.describe_cluster().get("cluster_id")
    except (KafkaError, OSError):
        return None
    finally:
        admin.close()
    return str(value) if value else None


def connect_admin(settings: Settings, timeout: float = 15.0) -> KafkaAdminClient:
    """An admin client, or BrokerError after `timeout` seconds if the broker does not answer."""
    try:
        return KafkaAdminClient(
            **client_config(settings), request_timeout_ms=5000, bootstrap_timeout_ms=int(timeout * 1000)
        )
    except (KafkaError, OSError) as exc:
        cause = str(exc) or type(exc).__name__
        raise BrokerError(
            f"Kafka broker {settings.bootstrap_servers} unreachable: {cause} (waited {timeout:.0f} s)"
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
