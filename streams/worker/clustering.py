"""One real-world event, many articles: give every report of the same event the same ``cluster_id``.

Two records belong to one cluster when they have the same event type, the same parties (as a sorted pair
for symmetric types such as calls and meetings, as actor -> recipient otherwise: "China threatens the US"
and "the US threatens China" are two events) and dates within a window (default 3 days) of the
cluster's span. The first record of a cluster is ``first_seen`` true, every later one false, so a
subscriber can keep only new events.

The state of one cluster key is a plain list of dicts, so the worker keeps it in a Faust table (RocksDB,
changelogged) and `diplowire detect` in a dict, with the same function deciding: for one article, or for
articles taken in the same order, both give the same ids. Everything here is deterministic:

- ``cluster_id`` is a hash of the key and the first record's ``event_id``;
- ``first_seen`` is true exactly for that first record, so a redelivered record gets the same answer;
- a redelivered record (an ``event_id`` already in the cluster) changes no count.

Clusters are never merged afterwards (an id once published stays valid), and each key keeps its
``MAX_CLUSTERS`` most recent clusters, each remembering its latest ``MAX_MEMBERS`` event ids.
"""

from __future__ import annotations

import hashlib
from collections.abc import MutableMapping
from dataclasses import replace
from datetime import date
from typing import Any

from streams.records import Event

SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE"})
MAX_CLUSTERS = 64
MAX_MEMBERS = 256

Cluster = dict[str, Any]


def _party(actor: Any) -> str:
    if actor is None:
        return "-"
    return str(actor.country or f"?{actor.name}")


def cluster_key(event: Event) -> str:
    """The key that all reports of one event share (also the key of the internal topic and the table)."""
    actor, recipient = _party(event.actor), _party(event.recipient)
    if event.event_type in SYMMETRIC_TYPES:
        actor, recipient = sorted((actor, recipient))
    return f"{event.event_type}|{actor}|{recipient}"


def _day(iso: str) -> date:
    return date.fromisoformat(iso[:10])


def _distance(cluster: Cluster, day: date) -> int:
    start, end = _day(cluster["start"]), _day(cluster["end"])
    if day < start:
        return (start - day).days
    if day > end:
        return (day - end).days
    return 0


def _new_cluster(key: str, event: Event) -> Cluster:
    digest = hashlib.blake2b(f"{key}|{event.event_id}".encode(), digest_size=8).hexdigest()
    return {"id": f"c-{digest}", "key": key, "first_event_id": event.event_id, "start": event.date[:10],
            "end": event.date[:10], "mentions": 0, "sources": [], "event_ids": []}  # fmt: skip


def _source(event: Event) -> str:
    return event.article.source or event.article.id


def assign(clusters: list[Cluster], event: Event, window_days: int) -> tuple[Event, list[Cluster], Cluster]:
    """Place `event` in a cluster of its key: (event with cluster_id/first_seen, new state, its cluster)."""
    key, day = cluster_key(event), _day(event.date)
    near = [c for c in clusters if _distance(c, day) <= window_days]
    if near:
        nearest = min(near, key=lambda c: (_distance(c, day), c["start"], c["id"]))
        cluster: Cluster = dict(nearest)  # a copy: the caller's state is never mutated
    else:
        cluster = _new_cluster(key, event)
    if event.event_id not in cluster["event_ids"]:
        cluster["event_ids"] = [*cluster["event_ids"], event.event_id][-MAX_MEMBERS:]
        cluster["mentions"] += 1
        if _source(event) not in cluster["sources"]:
            cluster["sources"] = [*cluster["sources"], _source(event)]
        cluster["start"] = min(cluster["start"], day.isoformat())
        cluster["end"] = max(cluster["end"], day.isoformat())
    others = [c for c in clusters if c["id"] != cluster["id"]]
    state = sorted([*others, cluster], key=lambda c: (c["end"], c["id"]))[-MAX_CLUSTERS:]
    clustered = replace(event, cluster_id=cluster["id"], first_seen=event.event_id == cluster["first_event_id"])
    return clustered, state, cluster


class Clusterer:
    """Assigns clusters with its state in any mutable mapping: a Faust table in the worker, a dict in the CLI."""

    def __init__(self, store: MutableMapping[str, list[Cluster]], window_days: int) -> None:
        self.store = store
        self.window_days = window_days

    def __call__(self, event: Event) -> tuple[Event, Cluster]:
        key = cluster_key(event)
        clustered, state, cluster = assign(list(self.store.get(key) or []), event, self.window_days)
        self.store[key] = state  # reassigned, never mutated in place: a table writes its changelog on set
        return clustered, cluster
