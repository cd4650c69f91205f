"""Cross-article clustering: same type, same parties, dates within the window -> one cluster_id."""

from __future__ import annotations

from dataclasses import replace

import pytest

from streams.records import Actor, ArticleRef, Cameo, DetectorInfo, Event, Evidence
from streams.worker.clustering import MAX_CLUSTERS, Clusterer, assign, cluster_key


def make_event(event_id="e1", event_type="CONSULT", actor="RUS", recipient="CHN", day="2021-12-15", article="a1",
               source="reuters") -> Event:  # fmt: skip
    return Event(
        event_id=event_id,
        event_type=event_type,
        mode=None,
        cameo=Cameo("040", "04", "Consult"),
        goldstein=1.0,
        quad_class=1,
        actor=Actor(actor, actor, actor),
        recipient=Actor(recipient, recipient, recipient) if recipient else None,
        date=day,
        date_source="explicit",
        status="occurred",
        evidence=Evidence("s", "t", 0, 1, "r"),
        confidence=0.9,
        article=ArticleRef(article, source=source),
        detector=DetectorInfo("0", "m"),
    )


@pytest.fixture
def clusterer() -> Clusterer:
    return Clusterer({}, window_days=3)


def test_reports_of_one_event_share_a_cluster_and_only_the_first_is_new(clusterer):
    first, _ = clusterer(make_event("e1", day="2021-12-15", article="a1", source="reuters"))
    second, cluster = clusterer(make_event("e2", day="2021-12-17", article="a2", source="bbc"))
    assert first.cluster_id == second.cluster_id and first.cluster_id.startswith("c-")
    assert first.first_seen is True and second.first_seen is False
    assert cluster["mentions"] == 2 and cluster["sources"] == ["reuters", "bbc"]
    assert (cluster["start"], cluster["end"]) == ("2021-12-15", "2021-12-17")


def test_symmetric_types_ignore_direction_directed_types_do_not():
    assert cluster_key(make_event(actor="RUS", recipient="CHN")) == cluster_key(
        make_event(actor="CHN", recipient="RUS")
    )
    threat = make_event(event_type="THREATEN", actor="CHN", recipient="USA")
    assert cluster_key(threat) != cluster_key(replace(threat, actor=threat.recipient, recipient=threat.actor))


@pytest.mark.parametrize(
    "change",
    [{"day": "2021-12-19"}, {"event_type": "THREATEN"}, {"recipient": "USA"}, {"recipient": None}],
    ids=["outside-window", "other-type", "other-dyad", "no-recipient"],
)
def test_different_events_get_different_clusters(clusterer, change):
    first, _ = clusterer(make_event("e1", day="2021-12-15"))
    other, _ = clusterer(make_event("e2", **change))
    assert other.cluster_id != first.cluster_id and other.first_seen is True


def test_the_window_extends_with_the_cluster(clusterer):
    """Day 15, then 18 (3 days later), then 21: each within the window of the cluster's span so far."""
    ids = {clusterer(make_event(f"e{i}", day=day))[0].cluster_id for i, day in enumerate(["2021-12-15", "2021-12-18",
                                                                                          "2021-12-21"])}  # fmt: skip
    assert len(ids) == 1


def test_a_redelivered_record_keeps_its_answer_and_counts_once(clusterer):
    first, _ = clusterer(make_event("e1"))
    clusterer(make_event("e2", article="a2"))
    again, cluster = clusterer(make_event("e1"))
    assert again == first and cluster["mentions"] == 2


def test_ids_are_deterministic_across_fresh_states():
    events = [make_event("e1"), make_event("e2", day="2021-12-16"), make_event("e3", day="2022-01-30")]
    runs = []
    for _ in range(2):
        clusterer = Clusterer({}, 3)
        runs.append([clusterer(e)[0] for e in events])
    assert runs[0] == runs[1] and len({e.cluster_id for e in runs[0]}) == 2


def test_state_per_key_is_bounded():
    state: list = []
    for i in range(MAX_CLUSTERS + 10):
        _, state, _ = assign(state, make_event(f"e{i}", day=f"20{10 + i // 12:02d}-{i % 12 + 1:02d}-01"), 3)
    assert len(state) == MAX_CLUSTERS


def test_the_state_is_written_back_for_a_table_changelog():
    """A Faust table only writes its changelog on __setitem__, so the state must be reassigned."""

    class Recording(dict):
        sets = 0

        def __setitem__(self, key, value):
            Recording.sets += 1
            super().__setitem__(key, value)

    store = Recording()
    event = make_event()
    Clusterer(store, 3)(event)
    Clusterer(store, 3)(make_event("e2"))
    assert Recording.sets == 2 and store[cluster_key(event)][0]["mentions"] == 2
