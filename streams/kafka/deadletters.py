"""Reading the dead-letter topic: every letter with its position, decoded defensively.

Used by `diplowire dead-letters` (list, show) and `replay --dead-letters`. A letter that is not the
JSON the worker writes (schemas/dead-letter.v1.json) is still listed, with reason ``unreadable``.
"""

from __future__ import annotations

import base64
import binascii
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import orjson

from streams.kafka.admin import topic_reader
from streams.settings import Settings


@dataclass(frozen=True)
class Letter:
    """One record of the dead-letter topic: where it is, and what the worker wrote."""

    partition: int
    offset: int
    timestamp_ms: int
    record: dict[str, Any]

    @property
    def position(self) -> str:
        return f"{self.partition}:{self.offset}"

    @property
    def reason(self) -> str:
        return str(self.record.get("reason") or "unreadable")

    @property
    def payload(self) -> bytes | None:
        return _b64(self.record.get("payload_base64"))

    @property
    def key(self) -> bytes | None:
        return _b64(self.record.get("key_base64"))


def _b64(value: object) -> bytes | None:
    if not isinstance(value, str):
        return None
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None


def read_letters(settings: Settings, idle: float = 2.0) -> Iterator[Letter]:
    """Every letter, oldest first per partition, until the topic has been idle for `idle` seconds.

    Idle rather than end offsets: the embedded broker reports wrong end offsets for multi-record batches.
    BrokerError if the topic does not exist.
    """
    consumer = topic_reader(settings, settings.dlq_topic)
    try:
        last = time.monotonic()
        while time.monotonic() - last < idle:
            for records in consumer.poll(timeout_ms=200).values():
                last = time.monotonic()
                for record in records:
                    try:
                        value = orjson.loads(record.value) if record.value else {}
                    except orjson.JSONDecodeError:
                        value = {}
                    data = value if isinstance(value, dict) else {}
                    yield Letter(record.partition, record.offset, record.timestamp or 0, data)
    finally:
        consumer.close()
