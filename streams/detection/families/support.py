"""SUPPORT: praise, endorse, back (051); sign, ratify, renew or extend a treaty or formal agreement (057).

"Taiwan must be able to defend itself" is self-defence, not defending someone verbally (052).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from streams.detection.frame import Frame

if TYPE_CHECKING:
    from streams.detection.frame import ArticleContext

REFLEXIVES = {"itself", "themselves", "himself", "herself", "ourselves", "myself", "yourself", "oneself"}


def refine(frame: Frame, ctx: ArticleContext) -> Frame | None:
    if frame.match.rule.id == "support-defended" and any(
        c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in frame.anchor.children
    ):
        return None
    return frame
