"""The decode-and-detect path never lets an exception escape, whatever the bytes (hypothesis)."""

from __future__ import annotations

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from streams.worker.processing import RawMessage, decode_detected, detected_record, process_batch

pytestmark = pytest.mark.model
MAX = 20_000

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.floats(allow_nan=False) | st.text(max_size=50),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
articles = st.fixed_dictionaries(
    {
        "id": st.one_of(st.text(max_size=10), st.integers(0, 10**6), st.none()),
        "text": st.one_of(st.text(max_size=400), st.none()),
    },
    optional={"language": st.sampled_from(["en", "de", "", "xx-YY"]), "published": st.text(max_size=12)},
)


def check(outcomes, messages):
    assert len(outcomes) == len(messages)
    for outcome in outcomes:
        assert (outcome.dead_letter is None) or not outcome.events
        if outcome.dead_letter is not None:
            assert outcome.dead_letter.reason and outcome.dead_letter.payload == (outcome.message.value or b"")
        for event in outcome.events:
            key, value = detected_record(event)
            assert decode_detected(value) == event and key.startswith(event.event_type.encode())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.binary(max_size=300), min_size=1, max_size=4))
def test_arbitrary_bytes(detector, blobs):
    messages = [RawMessage(b) for b in blobs]
    check(process_batch(detector, messages, MAX), messages)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(json_values | articles, min_size=1, max_size=4))
def test_arbitrary_json(detector, values):
    messages = [RawMessage(orjson.dumps(v)) for v in values]
    check(process_batch(detector, messages, MAX), messages)


def test_huge_article_is_refused_with_a_reason(detector):
    huge = orjson.dumps({"id": "big", "text": "Russia criticized Japan. " * 220_000})  # ~5.5 MB
    [outcome] = process_batch(detector, [RawMessage(huge)], 1_000_000)
    assert outcome.dead_letter is not None and outcome.dead_letter.reason == "too_large"
    assert outcome.article_id is None or outcome.article_id == "big"


def test_non_english_text_is_dead_lettered(detector):
    text = "Der Bundeskanzler hat am Montag mit dem französischen Präsidenten telefoniert und über die Lage gesprochen."
    [outcome] = process_batch(detector, [RawMessage(orjson.dumps({"id": "de", "text": text}))], MAX)
    assert outcome.dead_letter is not None and outcome.dead_letter.reason == "unsupported_language"
