"""ACCUSE: criticise, condemn, denounce (111), accuse, blame (112).

"Moscow accused of threatening behavior" is a reduced passive: Moscow is accused, by someone unnamed,
so there is no actor to code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from streams.detection.frame import Frame

if TYPE_CHECKING:
    from streams.detection.frame import ArticleContext


def refine(frame: Frame, ctx: ArticleContext) -> Frame | None:
    verb = frame.anchor
    children = {c.dep_: c for c in verb.children}
    if (
        verb.tag_ in ("VBN", "VBD")
        and "dobj" not in children
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children)
    ):
        return None
    return frame
