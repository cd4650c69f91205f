"""SANCTION: sanctions, embargoes, punitive tariffs, diplomatic boycotts of events (163), expelling diplomats,
breaking or downgrading relations (161).

A boycotted event (the Winter Olympics in Beijing) is not an actor: its host is the recipient.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from streams.detection.frame import Frame
from streams.records import Actor, Location

if TYPE_CHECKING:
    from streams.detection.frame import ArticleContext


def refine(frame: Frame, ctx: ArticleContext) -> Frame | None:
    if frame.recipients or not frame.objects:
        return frame
    hosts = [m for m in frame.objects if m.label in ("CAPITAL", "COUNTRY")]
    if not hosts:
        return frame
    host = hosts[-1]
    doc = frame.anchor.doc
    text = doc[host.start : host.end].text
    frame.recipients = [Actor(text=text, name=host.name, country=host.code, sector=None)]
    frame.location = Location(text, host.code)
    return frame
