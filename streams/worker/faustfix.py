"""Run-time fixes to faust-streaming, applied by streams.worker.app when it builds the apps.

1. ``use_fetch_max_wait``: Faust hard-codes the consumer's fetch long-poll (1500 ms).
2. ``use_gap_rewind``: Faust turns a hole in a partition's offsets into an acknowledgement.
3. ``use_no_skip_commits`` and ``rewind_dropped``: records dropped from the stream buffers in a
   rebalance are never delivered again while the worker runs.
4. ``use_state_repair``: a local table (RocksDB) ahead of its changelog crash-loops the worker.

Faults 2 and 3 lose records around rebalances (seen on the embedded broker in the app that holds the
table). The fixes wrap internals of faust-streaming 0.15.3 (``Consumer.getmany``, ``_new_offset``,
``_acked``, ``_committed_offset``, ``_unacked_messages``), so pyproject.toml keeps it below 0.16.

Fault 2, traced: when a rebalance re-seeks a partition (Faust seeks to the committed offsets after table
recovery) while records past that offset are already fetched, the consumer can hand over offset 46 and
then 58: the records in between were taken from the stream buffers, and the fetch position was not
rewound. Faust's ``_drain_messages`` records 47-57 as a "gap", and ``_new_offset`` counts gaps as
acknowledged, so the next commit (59) moves past records nobody processed. 2 of 6 two-worker hand-over
runs lost 2-4 events this way before the fixes.

Gaps are legitimate only where offsets are not dense: compacted topics and transaction markers. Our
acked topics (articles, the internal detected topic) are neither, so a hole means records were skipped.
The fix rewinds instead: the partition is seeked back to the last offset read and the rest of its
records in this fetch are held back; they come again, in order, from the broker. At least once
holds; the cost is a few records read twice, and every stage is idempotent (deterministic event ids,
a redelivered event keeps its cluster).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

log = logging.getLogger(__name__)


def use_fetch_max_wait(ms: int) -> None:
    """Make Faust's aiokafka consumers long-poll for at most `ms`.

    Faust hard-codes fetch_max_wait_ms=1500, and Tansu re-checks a long poll only after max_wait/2,
    which cost ~750 ms per hop (p50 425 ms at 200 msg/s; 51 ms with 100 ms). The driver builds its
    consumer through ``aiokafka.AIOKafkaConsumer`` at run time, so a subclass there is enough.
    """
    import aiokafka

    base = getattr(aiokafka.AIOKafkaConsumer, "_diplowire_base", aiokafka.AIOKafkaConsumer)

    class Consumer(base):  # type: ignore[misc, valid-type]
        _diplowire_base = base

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["fetch_max_wait_ms"] = ms
            super().__init__(*args, **kwargs)

    aiokafka.AIOKafkaConsumer = Consumer


def use_gap_rewind() -> None:
    """Wrap ``Consumer.getmany`` so a hole in an acked partition's offsets re-fetches it (idempotent)."""
    from faust.transport.consumer import Consumer

    if getattr(Consumer.getmany, "_diplowire", False):
        return
    getmany = Consumer.getmany

    async def getmany_without_holes(self: Any, timeout: float) -> AsyncIterator[tuple[Any, Any]]:
        rewound: set[Any] = set()
        async for tp, message in getmany(self, timeout):
            if tp in rewound:
                continue  # held back: the partition was rewound and these records come again
            last = self._read_offset[tp]
            # the same test as Faust's _drain_messages, which would record offsets last+1..offset-1 as acked
            if last and message.offset - last > 1 and self.app.topics.acks_enabled_for(message.topic):
                log.warning("offsets %s-%s of %s/%s were skipped by the fetch; re-reading from %s",
                            last + 1, message.offset - 1, tp.topic, tp.partition, last)  # fmt: skip
                rewound.add(tp)
                await self.seek_wait({tp: last})
                continue
            yield tp, message

    getmany_without_holes._diplowire = True  # type: ignore[attr-defined]
    Consumer.getmany = getmany_without_holes  # type: ignore[method-assign]


def use_no_skip_commits() -> None:
    """Never commit past an offset that was not acknowledged.

    Faust's ``_new_offset`` holds a commit back only when the first acked offset is *more than one*
    past the committed one (and not at all when the committed offset is 0), so a single unprocessed
    record right at the committed offset is committed over. Kafka's committed offset is the next one
    to read, so any acked offset above it means a record below is still unprocessed: wait for it.
    """
    from faust.transport.consumer import Consumer

    if getattr(Consumer._new_offset, "_diplowire", False):
        return
    new_offset = Consumer._new_offset

    def new_offset_without_skips(self: Any, tp: Any) -> int | None:
        acked, committed = self._acked[tp], self._committed_offset[tp]
        if acked and committed is not None and min(acked) > committed and not self._gap[tp]:
            return None
        result: int | None = new_offset(self, tp)
        return result

    new_offset_without_skips._diplowire = True  # type: ignore[attr-defined]
    Consumer._new_offset = new_offset_without_skips  # type: ignore[method-assign]


def rewind_dropped(app: Any, interval: float) -> None:
    """Re-read records that a rebalance dropped from the stream buffers (fix 3).

    Faust clears its stream buffers in a rebalance; when it keeps the partition and does not seek it
    back, the cleared records are neither processed nor fetched again, and the commit waits for them
    for ever (with ``use_no_skip_commits``) while later records flow. Measured: offsets 56-64 of one
    partition in 1 of 8 two-worker hand-over runs. Here, every `interval`, a partition whose committed
    offset sits below its first acked offset, with no record of that range still in flight (Faust
    tracks delivered, unacked messages in a weak set, so dropped ones leave it), is seeked back to the
    committed offset once the same hole has been seen twice. Re-reading is idempotent downstream.
    """
    holes: dict[Any, tuple[int, int]] = {}

    @app.timer(interval)  # type: ignore[untyped-decorator]
    async def rewind_dropped_records() -> None:
        consumer = app.consumer
        if app.rebalancing or not consumer.flow_active:
            holes.clear()
            return
        in_flight: dict[Any, int] = {}
        for message in list(consumer._unacked_messages):
            in_flight[message.tp] = min(in_flight.get(message.tp, message.offset), message.offset)
        for tp, acked in list(consumer._acked.items()):
            committed = consumer._committed_offset.get(tp)
            if not acked or committed is None or tp not in consumer.assignment():
                holes.pop(tp, None)
                continue
            first_acked = min(acked)
            if first_acked <= committed or in_flight.get(tp, first_acked) < first_acked:
                holes.pop(tp, None)
                continue
            if holes.get(tp) != (committed, first_acked):
                holes[tp] = (committed, first_acked)
                continue
            log.warning("offsets %s-%s of %s/%s were dropped before processing; re-reading from %s",
                        committed, first_acked - 1, tp.topic, tp.partition, committed)  # fmt: skip
            holes.pop(tp, None)
            await consumer.seek_wait({tp: committed})


def use_state_repair() -> None:
    """Discard a table partition's local state when it is ahead of its changelog, instead of crashing.

    Faust's recovery raises ``ConsistencyError`` ("persisted offset X > Y") when the offset stored in
    the local RocksDB is above the changelog's last offset, and the worker then crashes on every start
    until someone deletes the data directory. Measured on the embedded broker: after a broker that came
    back empty (every topic recreated: "55 > -1"), every time; after a SIGKILL, 1 of 4 restarts ("19 >
    17"; Tansu under-reports the end of a multi-record batch). Either way the local state no longer
    matches the log, so the partition's local data is cleared and rebuilt from the changelog, with one
    line in the log. Nothing is lost: input offsets live in the consumer group, and at worst a later
    report opens a second cluster (``first_seen`` twice for one event), as after any partition move.
    """
    from faust.tables.recovery import Recovery

    if getattr(Recovery._build_offsets, "_diplowire", False):
        return
    build_offsets = Recovery._build_offsets

    async def build_offsets_or_discard(self: Any, consumer: Any, tps: Any, destination: Any, title: str) -> None:
        await build_offsets(self, consumer, tps, destination, title)
        highwaters = self.active_highwaters if title == "active" else self.standby_highwaters
        ahead = {tp for tp in tps if _ahead(destination.get(tp), highwaters.get(tp))}
        if not ahead:
            return
        for tp in sorted(ahead):
            table = self.tp_to_table.get(tp)
            log.warning("table %s: local state of %s/%s is at changelog offset %s, past the broker's last offset "
                        "%s (topics recreated, or the log lost its end); discarding it and rebuilding from the "
                        "changelog", getattr(table, "name", "?"), tp.topic, tp.partition, destination[tp],
                        highwaters[tp])  # fmt: skip
            if table is not None:
                discard_partition(table, tp.partition)
            destination[tp] = None
        await build_offsets(self, consumer, ahead, destination, title)

    build_offsets_or_discard._diplowire = True  # type: ignore[attr-defined]
    Recovery._build_offsets = build_offsets_or_discard  # type: ignore[method-assign]


def _ahead(offset: int | None, highwater: int | None) -> bool:
    return offset is not None and highwater is not None and offset >= 0 and offset > highwater


def discard_partition(table: Any, partition: int) -> None:
    """Delete every key (and the persisted offset) of one partition of a table's local store."""
    store = table.data
    open_db = getattr(store, "_db_for_partition", None)
    if open_db is None:  # the memory store keeps no offsets, so it is never ahead
        return
    db = open_db(partition)
    for key in list(db.keys()):
        del db[key]
    store._key_index.clear()
