"""Shared fixtures: the real embedded broker (one per session), the spaCy pipeline, a blank vocab.

Set DIPLOWIRE_TEST_BROKER=host:port to use a broker started outside (as .ci/run does); otherwise the
session starts its own Tansu broker and stops it at the end.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from streams.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_ebd8fa3719e68895.txt"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def bootstrap() -> Iterator[str]:
    external = os.environ.get("DIPLOWIRE_TEST_BROKER")
    if external:
        yield external
        return
    from streams.kafka.broker import EmbeddedBroker

    with EmbeddedBroker() as broker:
        yield broker.bootstrap


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from streams.detection import load_nlp

    try:
        return load_nlp()
    except OSError:
        pytest.skip("no English spaCy pipeline installed")


@pytest.fixture(scope="session")
def detector(nlp):  # type: ignore[no-untyped-def]
    from streams.detection import Detector

    return Detector(nlp)


@pytest.fixture(scope="session")
def blank_nlp():  # type: ignore[no-untyped-def]
    import spacy

    return spacy.blank("en")


@pytest.fixture()
def stream_settings(bootstrap: str, tmp_path: Path) -> Settings:
    """Settings for one test's worker: its own app id and topics on the shared broker, fast start-up."""
    tag = uuid.uuid4().hex[:8]
    return Settings(
        bootstrap_servers=bootstrap,
        app_id=f"test-{tag}",
        articles_topic=f"articles-{tag}",
        events_topic=f"events-{tag}",
        type_topic_template=f"events-{tag}-{{type}}",
        dlq_topic=f"dlq-{tag}",
        store="memory://",
        data_dir=tmp_path / "data",
        session_timeout=2.0,
        heartbeat_interval=0.5,
        commit_interval=0.5,
        web_enabled=True,
        web_port=_free_port(),
        log_level="warning",
    )


def _free_port() -> int:
    from streams.kafka.broker import free_port

    return free_port()


def pytest_addoption(parser):  # type: ignore[no-untyped-def]
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/ from current output")


def pytest_collection_modifyitems(config, items):  # type: ignore[no-untyped-def]
    """Under pytest-xdist (`make test`), the slow end-to-end tests first, then the other broker tests: the
    scheduler hands tests out one at a time (--maxschedchunk 1), so the long ones overlap each other and the
    hundreds of quick ones fill the gaps, instead of one long test starting last. A serial run keeps the order."""
    if not getattr(config.option, "numprocesses", None):
        return
    items.sort(key=lambda item: (item.get_closest_marker("slow") is None, item.get_closest_marker("broker") is None))
