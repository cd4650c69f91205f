"""The seen-set on disk: survives a reopen, stays bounded, keeps what is still in a feed."""

from __future__ import annotations

import time

import pytest

from streams.errors import ConfigError
from streams.feeds.seen import SeenStore


def test_ids_survive_a_reopen_and_validators_too(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = SeenStore(tmp_path / "seen.sqlite3")
    store.mark("f", ["a", "b"])
    store.set_validators("f", '"v1"', None, "abc")
    store.close()
    store = SeenStore(tmp_path / "seen.sqlite3")
    assert store.seen(["a", "b", "c"]) == {"a", "b"} and len(store) == 2
    assert store.validators("f") == ('"v1"', None, "abc") and store.validators("g") == (None, None, None)
    store.close()


def test_the_set_is_bounded_and_prunes_the_least_recently_seen(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = SeenStore(tmp_path / "seen.sqlite3", max_items=3)
    store.mark("f", ["old"])
    time.sleep(0.01)
    store.mark("f", ["x", "y"])
    time.sleep(0.01)
    store.mark("f", ["old"])  # still in its feed: touched, so not the oldest any more
    time.sleep(0.01)
    store.mark("f", ["z"])
    assert len(store) == 3 and store.seen(["old", "x", "y", "z"]) == {"old", "y", "z"}
    store.close()


def test_many_ids_are_looked_up_in_chunks(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = SeenStore(tmp_path / "seen.sqlite3")
    ids = [f"feed-{i:024d}" for i in range(2_000)]
    store.mark("f", ids[:1_500])
    assert store.seen(ids) == set(ids[:1_500])
    assert store.disk_bytes() > 0
    store.close()


def test_an_unusable_state_path_is_one_clear_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(ConfigError, match="cannot open the ingest state"):
        SeenStore(tmp_path / "file" / "seen.sqlite3")
    (tmp_path / "garbage.sqlite3").write_bytes(b"this is not a database" * 100)
    with pytest.raises(ConfigError, match="cannot open the ingest state"):
        SeenStore(tmp_path / "garbage.sqlite3")
