"""CONSULT: calls (phone and video: mode phone, CAMEO 041), meetings and talks (040, 046), visits (042/043),
meetings at a third place (044), summits (multilateral).

Only states and their officials consult: a reporter's "told Reuters by phone" has no state recipient and
is dropped because the recipient does not resolve to a country or organisation. "Meet" with a thing as
its object ("meet U.S. demands", "meet the target") is not a meeting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from streams.detection.frame import Frame

if TYPE_CHECKING:
    from streams.detection.frame import ArticleContext

MET_THINGS = {"demand", "complaint", "target", "need", "requirement", "deadline", "criterion", "condition",
              "expectation", "obligation", "goal", "standard", "cost", "payment", "request", "commitment"}  # fmt: skip


def refine(frame: Frame, ctx: ArticleContext) -> Frame | None:
    verb = frame.anchor
    if (verb.lemma_ or verb.lower_).lower() == "meet" and any(
        c.dep_ == "dobj" and (c.lemma_ or c.lower_).lower().rstrip("s") in MET_THINGS for c in verb.children
    ):
        return None
    return frame
