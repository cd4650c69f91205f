import base64
import json
from datetime import UTC, datetime

import orjson
import pytest
from jsonschema import Draft202012Validator

from streams.errors import DecodeError
from streams.records import Article, DeadLetter
from streams.wire import decode_article, encode_dead_letter
from tests.conftest import ROOT

MAX = 1000


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        pytest.param(None, "empty_message", id="tombstone"),
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
