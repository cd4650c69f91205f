"""SANCTION: sanctions, embargoes, punitive tariffs, diplomatic boycotts of events (163), expelling diplomats,
breaking or downgrading relations (161).

A boycotted event (the Winter Olympics in Beijing) is not an actor: its host is the recipient.

"Sanctions on X" as a noun is coded only where they are imposed or in force, not where they are called for,
discussed, threatened or lifted (NOT_IMPOSING).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from streams.detection import roles
from streams.detection.frame import Frame
from streams.records import Actor, Location

if TYPE_CHECKING:
    from streams.detection.frame import ArticleContext


TRADED = {"trade", "imports", "exports", "flights", "shipments"}
# "sanctions on X" as the object of these verbs is talked about, sought, threatened or lifted, not imposed
NOT_IMPOSING = {"lift", "ease", "waive", "remove", "relax", "suspend", "end", "drop", "scrap", "call", "demand",
                "urge", "seek", "want", "oppose", "avoid", "escape", "evade", "violate", "circumvent", "breach",
                "fear", "discuss", "consider", "debate", "push", "press", "support", "back", "favour", "favor",
                "propose", "request", "ask", "need", "threaten", "warn", "criticize", "criticise", "condemn",
                "reject", "denounce", "protest", "study", "weigh", "review", "undermine", "defy", "resist",
                "enforce", "implement", "monitor"}  # fmt: skip


# ... and coded only where they are imposed or announced ("approved sanctions on X", "a new round of sanctions
# against X", "U.S. sanctions on X took effect"), not mentioned in passing ("violators of sanctions on X")
IMPOSING = {"impose", "announce", "approve", "adopt", "pass", "vote", "slap", "toughen", "tighten", "expand",
            "extend", "introduce", "create", "unveil", "add", "level", "agree", "order", "take", "apply", "keep",
            "maintain", "renew", "reimpose"}  # fmt: skip
BATCHES = {"announcement", "imposition", "package", "round", "suite", "raft", "set", "wave", "batch", "series",
           "slew", "host", "list", "number"}  # fmt: skip
FRESH = {"new", "fresh", "tougher", "additional", "further", "more", "stricter", "harsher", "unilateral"}


def governing_lemma(token: Token) -> str | None:
    for tok in token.ancestors:
        if tok.pos_ in ("VERB", "AUX"):
            return roles.lemma_of(tok)
        if tok.dep_ not in ("prep", "pobj", "dobj", "compound", "conj", "appos"):
            return None
    return None


def imposed(noun: Token) -> bool:
    """Is the sanctions noun stated as imposed or announced, rather than mentioned in passing?"""
    if any(c.lower_ in FRESH for c in noun.children):
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and (noun.head.head.lemma_ or "").lower() in BATCHES:
        return True
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return True  # "U.S. sanctions on Iran took effect"
    return governing_lemma(noun) in IMPOSING


def refine(frame: Frame, ctx: ArticleContext) -> Frame | None:
    if frame.match.rule.id == "sanction-sanctions-noun" and (
        governing_lemma(frame.anchor) in NOT_IMPOSING or not imposed(frame.anchor)
    ):
        return None
    if frame.match.rule.id == "sanction-targeting" and not imposed(frame.match.span[0]):
        return None  # "violators of sanctions that target X": mentioned in passing
    agent = any(c.dep_ == "agent" for c in frame.anchor.children)
    if frame.match.rule.id == "sanction-relations-broken-by" and not agent:
        return None  # "relations were broken": by someone unnamed
    if frame.match.rule.id == "sanction-halt-trade" and not any(
        c.dep_ == "dobj" and c.lower_ in TRADED for c in frame.anchor.children
    ):
        return None  # "cut its trade deficit": the trade is only a modifier
    if frame.recipients or not frame.objects:
        return frame
    hosts = [m for m in frame.objects if m.label in ("CAPITAL", "COUNTRY")]
    if not hosts:
        return frame
    host = hosts[-1]
    doc = frame.anchor.doc
    text = doc[host.start : host.end].text
    frame.recipients = [Actor(text=text, name=host.name, country=host.code, sector=None)]
    frame.location = Location(text, host.code)
    return frame
