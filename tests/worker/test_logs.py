"""JSON logs: one object per line, with the position of the message a line is about."""

import io
import json
import logging
import logging.config

from streams.settings import Settings
from streams.worker.logs import json_formatter, logging_config


def test_text_format_keeps_fausts_logging():
    assert logging_config(Settings()) is None


def test_json_format_is_one_object_per_line_with_the_extras():
    config = logging_config(Settings(log_format="json", log_level="warning"))
    assert config is not None and config["root"]["level"] == "WARNING"
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(json_formatter())
    log = logging.getLogger("test.json")
    log.addHandler(handler)
    log.propagate = False
    try:
        log.warning("dead letter %s", "malformed_json", extra={"article_id": "a1", "topic": "t", "partition": 2,
                                                               "offset": 17})  # fmt: skip
        log.warning("two\nlines")
    finally:
        log.removeHandler(handler)
    lines = stream.getvalue().splitlines()
    assert len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert first["message"] == "dead letter malformed_json" and first["level"] == "WARNING"
    assert (first["article_id"], first["topic"], first["partition"], first["offset"]) == ("a1", "t", 2, 17)
    assert first["logger"] == "test.json" and "time" in first
    assert second["message"] == "two\nlines"
