"""AGREE: intent to meet or talk, invitations, announced visits (CAMEO 036), promises, agreements in principle.

"allow" is an agreement only as a commitment ("Turkey will allow refugees to return") or, negated, a
refusal ("will not allow", coded REJECT by the engine); "the rules allowed it" is neither.

Accepting a fact ("accepted that the talks guarantee nothing") is no agreement to anything.

"Offer" is an offer of cooperation only with something a state offers another (talks, aid, a concession)
or an act ("offered to mediate"): "offered few details", "offered praise", "the services the bank offers to
its clients" are not. Readiness to fight ("prepared to resume shelling") is no intent to cooperate.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from streams.detection import roles
from streams.detection.frame import Frame
from streams.detection.lexicon import TriggerMatch

if TYPE_CHECKING:
    from streams.detection.frame import ArticleContext

COMMITMENT_ONLY = {"agree-allow"}
ALLEGIANCE = {"allegiance", "loyalty", "fealty"}
# Acts of force a promise may be of: "pledged to hit", "vowed to punish"
FORCE = {"hit", "strike", "attack", "bomb", "shell", "invade", "retaliate", "destroy", "crush", "punish",
         "annihilate", "defeat", "eliminate", "eradicate", "obliterate", "avenge", "fight"}  # fmt: skip
# ... and the words of fighting anywhere in what one is ready to do ("prepared to resume shelling", "to launch war")
HOSTILE = FORCE | {"shelling", "bombing", "kill", "fire", "launch", "war", "assault", "offensive"}
# Acts that block or punish a party without force: readiness to do them threatens ("ready to veto", "to boycott")
OBSTRUCTIVE = {"veto", "block", "boycott", "blockade", "expel", "sanction", "embargo", "retaliate"}
# "prepared to use force / the full range of military power": readiness to use force, not to help
USED_FORCE = {"force", "power", "weapon", "arm"}
OFFERS = {"offer", "offered", "offers", "offering"}
OFFERABLE = {"talk", "talks", "help", "aid", "assistance", "support", "cooperation", "concession", "compromise",
             "deal", "loan", "credit", "asylum", "mediation", "guarantee", "troops", "resource", "money",
             "package", "proposal", "plan", "ceasefire", "truce", "amnesty", "invitation", "branch", "dialogue",
             "negotiation", "incentive", "assurance", "protection", "hand", "access", "facility", "base", "fund",
             "funding", "grant", "relief", "peace", "solution", "initiative", "exchange", "swap", "visit", "opening",
             "overture", "commitment", "pledge"}  # fmt: skip


def refine(frame: Frame, ctx: ArticleContext) -> Frame | None:
    rule, verb = frame.match.rule, frame.anchor
    if rule.id == "agree-accepted" and _accepts_a_fact(verb):
        return None  # "had to accept (that) the talks did not guarantee membership": conceding a point
    if rule.id in COMMITMENT_ONLY and rule.event_type == "AGREE" and frame.status != "planned":
        return None
    if rule.id in COMMITMENT_ONLY and _lets_lapse(verb):
        return None  # "will allow a deadline to pass": letting a thing lapse is no permission given to anyone
    if rule.id == "agree-promised" and verb.lower_ in OFFERS and not _offers_cooperation(verb):
        return None
    if rule.id == "agree-intent-meet" and roles.lemma_of(verb) == "hold" and not _holds_a_meeting(verb):
        return None  # "its desire to hold the military accountable": no meeting held
    if rule.id == "agree-willing-to" and roles.lemma_of(verb) in OBSTRUCTIVE:
        # "is prepared to veto any bid to cut the rebate": readiness to block a party is a threat (CAMEO 130)
        threat = replace(rule, event_type="THREATEN", cameo="130", family="threaten", mode=None, symmetric=False,
                         needs_recipient=True)  # fmt: skip
        return replace(frame, match=TriggerMatch(threat, frame.match.span))
    if rule.id == "agree-willing-to" and any(roles.lemma_of(t) in HOSTILE or _uses_force(t) for t in verb.subtree):
        return None  # "the army prepared to resume shelling": readiness to fight is no cooperation
    if rule.id == "agree-promised" and any(c.dep_ == "dobj" and roles.lemma_of(c) in ALLEGIANCE for c in verb.children):
        # "pledged allegiance to X": siding with X (SUPPORT), no promise of a future act
        backing = replace(rule, event_type="SUPPORT", cameo="051", mode=None, symmetric=False, negated=None)
        return replace(frame, match=TriggerMatch(backing, frame.match.span))
    if rule.id == "agree-promised" and rule.event_type == "AGREE" and _vows_force(verb):
        # "pledged to hit ISIS harder", "vowed to punish Kim": a promise of force is a threat (CAMEO 138)
        threat = replace(
            rule,
            event_type="THREATEN",
            cameo="138",
            family="threaten",
            mode=None,
            symmetric=False,
            needs_recipient=True,
        )
        return replace(frame, match=TriggerMatch(threat, frame.match.span))
    if rule.id == "agree-promised" and _withdraws(verb):
        # "vowed to withdraw from the Paris accord": a promise to leave an agreement rejects it
        refusal = replace(rule, event_type="REJECT", cameo="120", mode=None, symmetric=False)
        return replace(frame, match=TriggerMatch(refusal, frame.match.span))
    return frame


MEETINGS = {"talk", "talks", "meeting", "summit", "consultation", "negotiation", "discussion", "conference", "dialogue",
            "session", "round", "call", "conversation", "exchange", "reunion"}  # fmt: skip


def _holds_a_meeting(verb: Token) -> bool:
    """ "to hold talks / a summit", not "to hold X accountable" or "to hold elections"."""
    return any(c.dep_ == "dobj" and roles.lemma_of(c) in MEETINGS for c in verb.children)


LAPSING = {"pass", "lapse", "expire", "elapse", "run"}
PERIODS = {"deadline", "period", "window", "term", "mandate", "waiver", "clock", "time", "law", "ban", "measure"}


def _lets_lapse(verb: Token) -> bool:
    """ "will allow a deadline ... to pass", "allowed the ban to lapse": a period or rule left to run out."""
    periods = [c for c in verb.children if c.dep_ == "dobj" and roles.lemma_of(c) in PERIODS]
    if any(roles.lemma_of(t) in LAPSING and t.pos_ == "VERB" for p in periods for t in p.subtree):
        return True
    return any(
        c.dep_ in ("ccomp", "xcomp") and roles.lemma_of(c) in LAPSING
        and any(s.dep_ == "nsubj" and roles.lemma_of(s) in PERIODS for s in c.children)
        for c in verb.children
    )  # fmt: skip


# Leaving an agreement or organisation: the promise to do so is a rejection of it
LEAVING = {"withdraw", "pull", "quit", "leave", "exit", "abandon", "scrap", "renounce", "tear", "terminate"}


def _accepts_a_fact(verb: Token) -> bool:
    """ "accepted that X ...", "had to accept negotiations did not guarantee ...": a clause accepted, no object."""
    children = list(verb.children)
    return any(c.dep_ == "ccomp" for c in children) and not any(c.dep_ in ("dobj", "dative") for c in children)


def _uses_force(token: Token) -> bool:
    return roles.lemma_of(token) == "use" and any(
        c.dep_ == "dobj" and roles.lemma_of(c) in USED_FORCE for c in token.children
    )


def _vows_force(verb: Token) -> bool:
    return any(c.dep_ == "xcomp" and roles.lemma_of(c) in FORCE for c in verb.children)


def _withdraws(verb: Token) -> bool:
    return any(c.dep_ == "xcomp" and roles.lemma_of(c) in LEAVING for c in verb.children)


def _offers_cooperation(verb: Token) -> bool:
    if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return True  # "offered to mediate": the complement says what
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects and verb.dep_ in ("relcl", "acl"):
        objects = [verb.head]  # "the services it offers to Cubans"
    return any(roles.lemma_of(o) in OFFERABLE or o.lower_ in OFFERABLE for o in objects)
