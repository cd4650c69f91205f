"""ACCUSE: criticise, condemn, denounce (111), accuse, blame (112).

"Moscow accused of threatening behavior" is a reduced passive: Moscow is accused, by someone unnamed,
so there is no actor to code.

"condemned the launch", "said the test was unacceptable": a criticised military act named only by its noun
is that of the article's latest military event, whose actor is the one criticised.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from streams.detection.frame import Frame

if TYPE_CHECKING:
    from streams.detection.frame import ArticleContext


# Nouns by which an article refers back to a military act it told ("the launch", "this test")
MILITARY_ACTS = {"launch", "test", "overflight", "firing", "provocation", "missile", "attack", "strike", "incursion"}
MILITARY_TYPES = ("MOBILIZE", "ASSAULT", "COERCE")
WEAPONS = {"missile", "rocket", "nuclear", "weapon", "weapons", "bomb", "test"}
REFERRING = {"the", "this", "that", "latest", "its", "their"}


def _referred_act(anchor: Token) -> bool:
    """The thing criticised is a military act named by a definite noun alone: "the launch", "this latest test"."""
    holders = [(anchor.head, ("nsubj", "nsubjpass"))] if anchor.pos_ == "ADJ" else [(anchor, ("dobj", "nsubjpass"))]
    return any(
        (c.lemma_ or c.lower_).lower() in MILITARY_ACTS and any(d.lower_ in REFERRING for d in c.children)
        and all(d.lower_ in WEAPONS for d in c.children if d.dep_ == "compound")  # not "the smartphone launch"
        for holder, deps in holders for c in holder.children if c.dep_ in deps
    )  # fmt: skip


def refine(frame: Frame, ctx: ArticleContext) -> Frame | None:
    if not frame.recipients and _referred_act(frame.anchor):
        acts = [e for e in ctx.events if e.event_type in MILITARY_TYPES]
        own = {a.country for a in frame.actors}
        if acts and acts[-1].actor.country not in own:
            frame.recipients = [acts[-1].actor]
    verb = frame.anchor
    children = {c.dep_: c for c in verb.children}
    if (
        verb.tag_ in ("VBN", "VBD")
        and "dobj" not in children
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children)
    ):
        return None
    return frame
