import base64
import hashlib
import json
from datetime import UTC, datetime

import orjson
import pytest
from jsonschema import Draft202012Validator

from streams.errors import DecodeError
from streams.records import Article, DeadLetter
from streams.wire import DEAD_LETTER_MAX_KEY, EVENT_DATASCHEMA, decode_article, encode_dead_letter
from tests.conftest import ROOT

MAX = 1000


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        pytest.param(None, "empty_message", id="tombstone"),
        pytest.param(b"", "empty_message", id="empty-value"),
        pytest.param(b"x" * (MAX + 1), "too_large", id="too-large"),
        pytest.param(b"\xff\xfe\x00garbage", "not_utf8", id="binary"),
        pytest.param(b'{"id": "a", "text": ', "malformed_json", id="truncated-json"),
        pytest.param(b"[1, 2]", "not_object", id="array"),
        pytest.param(b'"text"', "not_object", id="string"),
        pytest.param(b'{"text": "hello"}', "missing_field", id="no-id"),
        pytest.param(b'{"id": "a"}', "missing_field", id="no-text"),
        pytest.param(b'{"id": "a", "text": 5}', "bad_field", id="text-not-string"),
        pytest.param(b'{"id": "a", "text": "   \\n "}', "empty_text", id="blank-text"),
        pytest.param(b'{"id": "a", "text": "Hallo", "language": "de"}', "unsupported_language", id="german"),
    ],
)
def test_bad_input_has_a_reason(raw, reason):
    with pytest.raises(DecodeError) as info:
        decode_article(raw, MAX)
    assert info.value.code == reason


def test_good_article():
    raw = orjson.dumps({"id": 7, "text": "Hello", "published": "2021-12-16", "language": "en-GB", "extra": 1})
    article = decode_article(raw, MAX)
    assert article == Article(id="7", text="Hello", published="2021-12-16", language="en-GB")


def test_dead_letter_validates_and_keeps_the_original_bytes():
    payload = b"\x00\x01not json"
    letter = DeadLetter("malformed_json", "bad", payload, "t", 2, 40, b"k", None)
    record = json.loads(encode_dead_letter(letter, now=datetime(2021, 12, 16, tzinfo=UTC)))
    schema = json.loads((ROOT / "schemas/dead-letter.v1.json").read_text())
    Draft202012Validator(schema).validate(record)
    assert base64.b64decode(record["payload_base64"]) == payload
    assert record["time"] == "2021-12-16T00:00:00Z" and record["partition"] == 2 and record["offset"] == 40


def test_dead_letter_reasons_are_the_schemas():
    from streams.wire import DEAD_LETTER_REASONS

    schema = json.loads((ROOT / "schemas/dead-letter.v1.json").read_text())
    assert list(DEAD_LETTER_REASONS) == schema["properties"]["reason"]["enum"]


def _published_record() -> dict:
    """A record exactly as the sink publishes it (the pinned seed output)."""
    golden = next((ROOT / "tests/golden/seeds").glob("*.events.jsonl"))
    return json.loads(golden.read_text().splitlines()[0])


def _v1_validator() -> Draft202012Validator:
    return Draft202012Validator(json.loads((ROOT / "schemas/event.v1.json").read_text()))


def test_every_schema_id_is_its_url_in_the_repository():
    """`dataschema` and each `$id` resolve: the project's published schema prefix plus the file name."""
    import tomllib

    prefix = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["urls"]["Schemas"]
    assert prefix.startswith("https://") and prefix.endswith("/schemas/")
    for path in sorted((ROOT / "schemas").glob("*.json")):
        assert json.loads(path.read_text())["$id"] == prefix + path.name
    assert prefix + "event.v1.json" == EVENT_DATASCHEMA == _published_record()["dataschema"]
    assert _v1_validator().schema["properties"]["dataschema"] == {"const": EVENT_DATASCHEMA}


def test_a_v1_consumer_accepts_a_record_with_one_more_field():
    """Adding a field is not a breaking change: in `data`, inside its objects, or a CloudEvents extension."""
    validator = _v1_validator()
    record = _published_record()
    validator.validate(record)
    record["data"]["sentiment"] = 0.4
    record["data"]["evidence"]["paragraph"] = 2
    record["traceparent"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
    validator.validate(record)


@pytest.mark.parametrize(
    "mutate",
    [
        pytest.param(lambda r: r["data"].pop("event_type"), id="data-field-missing"),
        pytest.param(lambda r: r.update({"Trace-Parent": "x"}), id="extension-name-not-cloudevents"),
        pytest.param(lambda r: r.update({"traceparent": {"nested": 1}}), id="extension-not-a-scalar"),
        pytest.param(lambda r: r["data"].update({"event_type": "consult"}), id="known-field-wrong"),
    ],
)
def test_the_v1_schema_still_rejects_what_breaks_consumers(mutate):
    record = _published_record()
    mutate(record)
    assert not _v1_validator().is_valid(record)


@pytest.mark.parametrize("size", [900_000, 5_000_000])
def test_a_dead_letter_always_fits_the_broker_and_leads_to_the_whole(size):
    payload = bytes(range(256)) * (size // 256)
    letter = DeadLetter("too_large", "big", payload, "articles", 1, 7, b"k" * 5000, "a" * 5000)
    raw = encode_dead_letter(letter, max_payload=256 * 1024)
    assert len(raw) < 400_000, "well under the 1 MB request limit"
    record = json.loads(raw)
    Draft202012Validator(json.loads((ROOT / "schemas/dead-letter.v1.json").read_text())).validate(record)
    assert base64.b64decode(record["payload_base64"]) == payload[: 256 * 1024]
    assert record["payload_truncated"] is True and record["payload_size"] == len(payload)
    assert record["payload_sha256"] == hashlib.sha256(payload).hexdigest()
    assert len(base64.b64decode(record["key_base64"])) == DEAD_LETTER_MAX_KEY
    assert (record["topic"], record["partition"], record["offset"]) == ("articles", 1, 7)


def test_a_small_dead_letter_is_whole():
    record = json.loads(encode_dead_letter(DeadLetter("malformed_json", "bad", b"{", "t", 0, 1)))
    assert record["payload_truncated"] is False and base64.b64decode(record["payload_base64"]) == b"{"
