"""REJECT: reject, refuse, veto (12x); boycotting a meeting or summit (125).

"Decline" is a refusal only with something declined: "the currency will decline" is no event, and
"declined (to) comment" is CAMEO 011, not a rejection.

"said the accusations were groundless" with no accuser named rejects the one who made them: the actor of the
article's latest accusation of the speaker's country.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from streams.detection import roles
from streams.detection.families.accuse import accusers, rebuts
from streams.detection.frame import Frame

if TYPE_CHECKING:
    from streams.detection.frame import ArticleContext

NOT_REFUSALS = {"comment", "elaborate", "say", "specify", "discuss", "detail", "identify", "name"}


def refine(frame: Frame, ctx: ArticleContext) -> Frame | None:
    if frame.match.rule.frame == "reported" and not frame.recipients and rebuts(frame.anchor):
        # "said the accusations were groundless": whoever made them, told earlier in the article
        frame.recipients = accusers(frame, ctx)
        return frame if frame.recipients else None
    verb = frame.anchor
    if roles.lemma_of(verb) != "decline":
        return frame
    taken = [c for c in verb.children if c.dep_ in ("dobj", "xcomp", "ccomp")]
    if not taken or any(roles.lemma_of(c) in NOT_REFUSALS for c in taken):
        return None
    return frame
