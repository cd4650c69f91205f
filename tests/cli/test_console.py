"""console.py: event tables never pass control, escape or bidi characters (or rich markup) from article text."""

from __future__ import annotations

import io
from dataclasses import replace

from rich.console import Console

from streams.cli.console import events_table, safe_text
from streams.records import Evidence
from tests.worker.test_clustering import make_event


def test_safe_text_removes_escape_sequences_and_controls():
    hostile = "a\x1b[2Jb\x1b]8;;https://x.example/\x07link\x1b]8;;\x1b\\ c\x1b]0;title\x07d\u202ee\x9bf\tg\x00h"
    cleaned = safe_text(hostile)
    assert cleaned == "ablink cd e f g h"
    assert not any(ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F or ch in "\u202e\u2066" for ch in cleaned)


def test_a_table_prints_article_text_as_plain_text():
    event = make_event()
    sentence = "[bold red]not markup[/] \x1b[31mred\x1b[0m \u202eevil"
    event = replace(event, evidence=Evidence(sentence, "[/]", 0, 3, "rule"))
    out = io.StringIO()
    Console(file=out, width=220, force_terminal=False, color_system=None).print(events_table([event], width=220))
    text = out.getvalue()
    assert "[bold red]not markup[/]" in text and "red" in text
    assert "\x1b" not in text and "\u202e" not in text
