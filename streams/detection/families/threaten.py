"""THREATEN: threaten, warn, ultimatum (CAMEO 130, 131, 1312, 138); warnings count as threats (130).

A threat of retaliation against "the ban" or "the move" targets whoever imposed it: the actors of the
article's latest SANCTION event.

Lookalikes: "threatened the region's security", "peace and stability were threatened by X" or "would
threaten free speech" endanger a thing, not a party; "North Korea is a threat to Japan" and "threats against
X will only ..." describe or discuss threats rather than make one; "is on the table" is a threat only when
the options are. A threat with nobody threatened ("threatened to resign") is no event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from streams.detection.frame import Frame
from streams.records import Actor

if TYPE_CHECKING:
    from streams.detection.frame import ArticleContext

REFERRING_NOUNS = {"ban", "boycott", "boycotts", "move", "sanctions", "decision", "measures"}
# Things a development "threatens": endangering them is no threat made to anybody
ENDANGERED = {"security", "peace", "stability", "safety", "future", "economy", "livelihood", "life", "lives",
              "health", "environment", "freedom", "speech", "control", "existence", "recovery", "growth", "jobs",
              "job", "interests", "interest", "prosperity", "order", "integrity", "unity", "survival", "progress",
              "process", "talks", "deal", "agreement", "relationship", "relations", "ties", "credibility"}  # fmt: skip
DISCUSSED = ("nsubj", "nsubjpass", "attr", "csubj")


def _lemma(token: Token) -> str:
    return (token.lemma_ or token.lower_).lower()


def refine(frame: Frame, ctx: ArticleContext) -> Frame | None:
    rule, anchor = frame.match.rule, frame.anchor
    if rule.id == "threaten-options-table" and not any(
        c.dep_ in ("nsubj", "nsubjpass") and _lemma(c) in ("option", "options") for c in anchor.children
    ):
        return None
    if rule.id == "threaten-warning-noun" and anchor.dep_ in DISCUSSED:
        return None
    if rule.id == "threaten-threatened":
        objects = [c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass")]  # "peace was threatened by X"
        if objects and all(_lemma(o) in ENDANGERED for o in objects):
            return None
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
