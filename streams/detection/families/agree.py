"""AGREE: intent to meet or talk, invitations, announced visits (CAMEO 036), promises, agreements in principle.

"allow" is an agreement only as a commitment ("Turkey will allow refugees to return") or, negated, a
refusal ("will not allow", coded REJECT by the engine); "the rules allowed it" is neither.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from streams.detection.frame import Frame

if TYPE_CHECKING:
    from streams.detection.frame import ArticleContext

COMMITMENT_ONLY = {"agree-allow"}


def refine(frame: Frame, ctx: ArticleContext) -> Frame | None:
    rule = frame.match.rule
    if rule.id in COMMITMENT_ONLY and rule.event_type == "AGREE" and frame.status != "planned":
        return None
    return frame
