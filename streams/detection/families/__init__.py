"""The event families: one module, one lexicon (data/<family>.jsonl) and one test file each.

A family module may define ``refine(frame, ctx) -> Frame | None`` to apply what only that family
knows (a boycotted event's host is the recipient; a threat of retaliation targets the boycotters).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

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

_MODULES: dict[str, Any] = {
    "consult": consult, "agree": agree, "support": support, "cooperate": cooperate, "request": request,
    "accuse": accuse, "reject": reject, "threaten": threaten, "sanction": sanction, "military": military,
}  # fmt: skip
FAMILIES: tuple[str, ...] = tuple(_MODULES)
REFINERS: dict[str, Refiner] = {name: m.refine for name, m in _MODULES.items() if hasattr(m, "refine")}

__all__ = ["FAMILIES", "REFINERS", "Frame"]
