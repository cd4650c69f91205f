"""schemas/asyncapi.yaml: AsyncAPI 3.0, every $ref resolves, and it lists exactly the topics of the settings."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator

from streams.records import EVENT_TYPES
from streams.settings import Settings
from streams.wire import CLOUDEVENTS_CONTENT_TYPE, EVENT_DATASCHEMA, event_key
from streams.worker.topics import topic_names
from tests.conftest import ROOT
from tests.worker.test_clustering import make_event

SCHEMAS = ROOT / "schemas"
DOC = yaml.safe_load((SCHEMAS / "asyncapi.yaml").read_text())


def refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [v for k, v in node.items() if k == "$ref"] + [r for v in node.values() for r in refs(v)]
    if isinstance(node, list):
        return [r for v in node for r in refs(v)]
    return []


def resolve(ref: str, base: Path = SCHEMAS / "asyncapi.yaml") -> Any:
    """A $ref in the document (#/...), or to a file beside it with an optional #/ pointer."""
    target, _, pointer = ref.partition("#")
    node = DOC if not target else json.loads((base.parent / target).read_text())
    for part in filter(None, pointer.split("/")):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def test_it_is_asyncapi_3_and_every_ref_resolves():
    assert DOC["asyncapi"].startswith("3.0")
    found = refs(DOC)
    assert len(found) > 40
    for ref in found:
        assert resolve(ref) is not None, ref
    for name, operation in DOC["operations"].items():
        assert operation["action"] in ("send", "receive"), name
        assert resolve(operation["channel"]["$ref"]) in DOC["channels"].values()


def test_it_lists_exactly_the_topics_the_settings_name():
    settings = Settings()
    addresses = [channel["address"] for channel in DOC["channels"].values()]
    assert sorted(addresses) == sorted(topic_names(settings))
    for channel in DOC["channels"].values():
        assert channel["bindings"]["kafka"]["topic"] == channel["address"]
    assert {settings.type_topic(t) for t in EVENT_TYPES} <= set(addresses)


def test_event_messages_carry_the_cloudevents_header_key_and_schema():
    message = DOC["components"]["messages"]["event"]
    assert message["contentType"] == CLOUDEVENTS_CONTENT_TYPE
    assert message["headers"]["properties"]["content-type"]["const"] == CLOUDEVENTS_CONTENT_TYPE
    event = make_event(actor="RUS", recipient="CHN")
    assert re.fullmatch(message["bindings"]["kafka"]["key"]["pattern"], event_key(event).decode())
    assert resolve(message["payload"]["$ref"])["$id"] == EVENT_DATASCHEMA
    # the payload schema the document points at accepts what the sink publishes
    golden = ROOT / "tests/golden/seeds/000_ebd8fa3719e68895.events.jsonl"
    Draft202012Validator(resolve(message["payload"]["$ref"])).validate(json.loads(golden.read_text().splitlines()[0]))
    for channel in DOC["channels"].values():
        for msg in channel["messages"].values():
            assert "payload" in resolve(msg["$ref"])
