"""SANCTION: sanctions, embargoes, punitive tariffs, diplomatic boycotts of events (163), expelling diplomats,
breaking or downgrading relations (161).

A boycotted event (the Winter Olympics in Beijing) is not an actor: its host is the recipient.

"Sanctions on X" as a noun is coded only where they are imposed or in force, not where they are called for,
discussed, threatened or lifted (NOT_IMPOSING).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from streams.detection.frame import Frame
from streams.records import Actor, Location

if TYPE_CHECKING:
    from streams.detection.frame import ArticleContext


# "sanctions on X" as the object of these verbs is talked about, sought, threatened or lifted, not imposed
NOT_IMPOSING = {"lift", "ease", "waive", "remove", "relax", "suspend", "end", "drop", "scrap", "call", "demand",
                "urge", "seek", "want", "oppose", "avoid", "escape", "evade", "violate", "circumvent", "breach",
                "fear", "discuss", "consider", "debate", "push", "press", "support", "back", "favour", "favor",
                "propose", "request", "ask", "need", "threaten", "warn", "criticize", "criticise", "condemn",
                "reject", "denounce", "protest", "study", "weigh", "review", "undermine", "defy", "resist",
                "enforce", "implement", "monitor"}  # fmt: skip


def governing_lemma(token: Token) -> str | None:
    for tok in token.ancestors:
        if tok.pos_ in ("VERB", "AUX"):
            return (tok.lemma_ or tok.lower_).lower()
        if tok.dep_ not in ("prep", "pobj", "dobj", "compound", "conj", "appos"):
            return None
    return None


def refine(frame: Frame, ctx: ArticleContext) -> Frame | None:
    if frame.match.rule.id == "sanction-sanctions-noun" and governing_lemma(frame.anchor) in NOT_IMPOSING:
        return None
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
