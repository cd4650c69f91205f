"""MOBILIZE / COERCE / ASSAULT, only where clearly military: troops deployed, missiles fired, territory seized.

A sports report's "attack", "bombed" or "invaded" (a team, a pitch) is no military act: a sentence with the
words of a match is skipped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from streams.detection.frame import Frame

if TYPE_CHECKING:
    from streams.detection.frame import ArticleContext

SPORTS = {"match", "matches", "goal", "goals", "striker", "strikers", "midfielder", "goalkeeper", "league",
          "cup", "championship", "tournament", "coach", "fixture", "innings", "wicket", "wickets", "penalty",
          "scored", "score", "scoring", "pitch", "stadium", "referee", "footballer", "football", "soccer",
          "cricket", "rugby", "tennis", "semi-final", "quarter-final", "final", "playoff", "playoffs", "season",
          "squad", "midfield", "defender", "defenders", "forwards", "try", "tries", "batsman", "bowler"}  # fmt: skip


def refine(frame: Frame, ctx: ArticleContext) -> Frame | None:
    if any(t.lower_ in SPORTS for t in frame.anchor.sent):
        return None
    return frame
