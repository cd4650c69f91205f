"""The faust-streaming fixes in streams.worker.faustfix, on Faust's own commit bookkeeping."""

from __future__ import annotations

from collections import defaultdict
from types import SimpleNamespace

from faust.transport.consumer import Consumer
from faust.types import TP
from intervaltree import IntervalTree

from streams.worker.faustfix import use_no_skip_commits

TOPIC = TP("detected", 1)


def bookkeeping(committed: int | None, acked: list[int]) -> SimpleNamespace:
    """The attributes Consumer._new_offset reads, as a real consumer holds them after a rebalance."""
    return SimpleNamespace(
        _acked=defaultdict(list, {TOPIC: list(acked)}),
        _acked_index=defaultdict(set, {TOPIC: set(acked)}),
        _committed_offset=defaultdict(lambda: None, {TOPIC: committed}),
        _gap=defaultdict(IntervalTree),
    )


def test_a_record_left_unprocessed_at_the_committed_offset_holds_the_commit_back():
    use_no_skip_commits()
    # 56 is the next offset to read and was never acked (dropped in a rebalance): stock Faust commits 59
    assert Consumer._new_offset(bookkeeping(56, [57, 58]), TOPIC) is None
    assert Consumer._new_offset(bookkeeping(0, [3, 4]), TOPIC) is None


def test_consecutive_acks_still_commit():
    use_no_skip_commits()
    assert Consumer._new_offset(bookkeeping(56, [56, 57, 58]), TOPIC) == 59
    assert Consumer._new_offset(bookkeeping(None, [0, 1]), TOPIC) == 2
    assert Consumer._new_offset(bookkeeping(56, [56, 57, 60]), TOPIC) == 58
