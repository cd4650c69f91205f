"""THREATEN: threaten, warn, ultimatum (CAMEO 130, 131, 1312, 138); warnings count as threats (130).

A threat of retaliation against "the ban" or "the move" targets whoever imposed it: the actors of the
article's latest SANCTION event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from streams.detection.frame import Frame
from streams.records import Actor

if TYPE_CHECKING:
    from streams.detection.frame import ArticleContext

REFERRING_NOUNS = {"ban", "boycott", "boycotts", "move", "sanctions", "decision", "measures"}


def refine(frame: Frame, ctx: ArticleContext) -> Frame | None:
    if frame.recipients:
        return frame
    sentence = frame.anchor.doc
    if not any(t.lower_ in REFERRING_NOUNS for t in sentence):
        return frame
    imposers = [e for e in ctx.events if e.event_type == "SANCTION"]
    if imposers:
        last = imposers[-1].evidence.start
        targets: list[Actor] = []
        for e in imposers:
            if e.evidence.start == last and e.actor not in targets:
                targets.append(e.actor)
        frame.recipients = [a for a in targets if all(a.country != x.country for x in frame.actors)]
    return frame
