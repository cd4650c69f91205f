"""SUPPORT: praise, endorse, back (051); sign, ratify, renew or extend a treaty or formal agreement (057).

"Taiwan must be able to defend itself" is self-defence and "help defend Saudi Arabia" military help, not
defending someone verbally (052).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from streams.detection import roles
from streams.detection.frame import Frame

if TYPE_CHECKING:
    from streams.detection.frame import ArticleContext

REFLEXIVES = {"itself", "themselves", "himself", "herself", "ourselves", "myself", "yourself", "oneself"}


# "to help (to) defend Saudi Arabia": military help, not a verbal defence (052)
HELPING = {"help", "assist", "aid", "send", "deploy", "fight"}


def refine(frame: Frame, ctx: ArticleContext) -> Frame | None:
    verb = frame.anchor
    if frame.match.rule.id == "support-defended" and (
        any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in verb.children)
        or (verb.dep_ in ("xcomp", "ccomp", "advcl") and roles.lemma_of(verb.head) in HELPING)
    ):
        return None
    return frame
