"""MOBILIZE / COERCE / ASSAULT, only where clearly military: troops deployed, missiles fired, territory seized.

A sports report's "attack", "bombed" or "invaded" (a team, a pitch) is no military act: a sentence with the
words of a match is skipped. A curfew or blockade on a place of the actor's own country is domestic: its
recipient is that place's civilians.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from streams.detection.frame import Frame

if TYPE_CHECKING:
    from spacy.tokens import Token

    from streams.detection.frame import ArticleContext

SPORTS = {"match", "matches", "goal", "goals", "striker", "strikers", "midfielder", "goalkeeper", "league",
          "cup", "championship", "tournament", "coach", "fixture", "innings", "wicket", "wickets", "penalty",
          "scored", "score", "scoring", "pitch", "stadium", "referee", "footballer", "football", "soccer",
          "cricket", "rugby", "tennis", "semi-final", "quarter-final", "final", "playoff", "playoffs", "season",
          "squad", "midfield", "defender", "defenders", "forwards", "try", "tries", "batsman", "bowler"}  # fmt: skip


# A curfew or blockade imposed on a place targets the people there: a domestic one (a state towards its own
# town) is kept as a dyad with the civilians of that place
ON_PLACES = {"military-curfew", "military-blockade"}


# An attack or a launch named as a noun codes only with its attacker in the noun phrase ("the Iranian missile attack on
# X", "North Korea's firing of a missile over Japan");
# "in response to a missile strike on X" would otherwise take the subject of the governing verb
OWN_ATTACKER = {"military-attack-noun", "military-firing-of"}


def refine(frame: Frame, ctx: ArticleContext) -> Frame | None:
    if any(t.lower_ in SPORTS for t in frame.anchor.sent):
        return None
    if frame.match.rule.id in OWN_ATTACKER and not _names_attacker(frame.anchor):
        return None
    if frame.match.rule.id in ON_PLACES:
        # a capital stands for its government elsewhere; here the place itself is blockaded
        frame.recipients = [replace(r, sector="CVL") if r.sector in (None, "GOV") else r for r in frame.recipients]
    return frame


def _names_attacker(noun: Token) -> bool:
    """A name, proper adjective or possessor before the noun or its compounds, or a "by" phrase."""
    words = [noun, *(c for c in noun.children if c.dep_ == "compound")]
    for word in words:
        for child in word.children:
            if child.dep_ == "prep" and child.lower_ == "by":
                return True
            named = child.pos_ == "PROPN" or (child.pos_ == "ADJ" and child.text[:1].isupper())
            if child.dep_ == "poss" or (child.dep_ in ("amod", "compound", "nmod") and named):
                return True
    return False
