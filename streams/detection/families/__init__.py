"""The event families: one module, one lexicon (data/<family>.jsonl) and one test file each.

A family module may define ``refine(frame, ctx) -> Frame | None`` to apply what only that family
knows (a boycotted event's host is the recipient; a threat of retaliation targets the boycotters).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from streams.detection import roles
from streams.detection.families import (
    accuse,
    agree,
    consult,
    cooperate,
    military,
    reject,
    request,
    sanction,
    support,
    threaten,
)  # fmt: skip
from streams.detection.frame import Frame

if TYPE_CHECKING:
    from streams.detection.frame import ArticleContext

Refiner = Callable[[Frame, "ArticleContext"], Frame | None]

# A newspaper, broadcaster or commentator is no party to diplomacy ("Spanish daily ABC accuses ..."), unless it
# speaks for the state ("state media", "the official news agency").
MEDIA = {"daily", "newspaper", "newspapers", "paper", "tabloid", "weekly", "magazine", "broadcaster", "television",
         "tv", "radio", "website", "outlet", "journal", "editorial", "columnist", "commentator", "commentary",
         "reporter", "journalist", "correspondent", "media", "network", "channel"}  # fmt: skip
STATE_RUN = {"state", "state-run", "state-owned", "official", "government", "government-run"}


def speaks_for_media(frame: Frame) -> bool:
    """Is every subject of the trigger a news outlet or journalist not run by the state?"""
    if not roles.is_verbal(frame.anchor):
        return False
    subjects = roles.subject_of(frame.anchor)
    cores = [{w.lower_ for w in roles.core(s)} for s in subjects]
    return bool(cores) and all(words & MEDIA and not words & STATE_RUN for words in cores)


def _with_common(refine: Refiner | None) -> Refiner:
    def run(frame: Frame, ctx: ArticleContext) -> Frame | None:
        if speaks_for_media(frame):
            return None
        return refine(frame, ctx) if refine else frame

    return run


_MODULES: dict[str, Any] = {
    "consult": consult, "agree": agree, "support": support, "cooperate": cooperate, "request": request,
    "accuse": accuse, "reject": reject, "threaten": threaten, "sanction": sanction, "military": military,
}  # fmt: skip
FAMILIES: tuple[str, ...] = tuple(_MODULES)
REFINERS: dict[str, Refiner] = {name: _with_common(getattr(m, "refine", None)) for name, m in _MODULES.items()}

__all__ = ["FAMILIES", "REFINERS", "Frame"]
