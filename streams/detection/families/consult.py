"""CONSULT: calls (phone and video: mode phone, CAMEO 041), meetings and talks (040, 046), visits (042/043),
meetings at a third place (044), summits (multilateral).

Only states and their officials consult (and visit: a ship "visiting" a port, a company, refugees or
tourists "arriving in" a country are no visit): a reporter's "told Reuters by phone" has no state recipient and
is dropped because the recipient does not resolve to a country or organisation. "Meet" with a thing as
its object ("meet U.S. demands", "meet the target") is not a meeting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from streams.detection import roles
from streams.detection.frame import Frame
from streams.records import Actor

if TYPE_CHECKING:
    from streams.detection.frame import ArticleContext

MET_THINGS = {"demand", "complaint", "target", "need", "requirement", "deadline", "criterion", "condition",
              "expectation", "obligation", "goal", "standard", "cost", "payment", "request", "commitment"}  # fmt: skip


# Travel verbs code a visit only for officials (a leader, minister, diplomat, legislator, officer)
TRAVEL = {"consult-left-for", "consult-arrived-in", "consult-left-place", "consult-was-in-place", "consult-stayed-in"}
OFFICIALS = {"GOV", "DIP", "LEG", "ELI", "MIL"}
# Sectors that do not visit on a state's behalf
NOT_VISITORS = {"BUS", "CVL", "REF", "JRN", "REL", "LAB"}
# Who "arrives" or "visits" without a state visit: vessels, goods, tourists, and troops (a deployment)
VESSELS = {"ship", "vessel", "tanker", "freighter", "boat", "plane", "aircraft", "flight", "cargo", "shipment",
           "tourist", "fan", "migrant", "refugee", "troops", "troop", "soldier", "force", "peacekeeper",
           "peacekeeping", "deployment", "contingent", "battalion", "unit", "warship", "convoy"}  # fmt: skip
# What an official may be in a place for, coded by its own rule ("was in Washington for trade talks")
MEETINGS = {"talk", "talks", "meeting", "summit", "negotiation", "negotiations", "consultation", "consultations",
            "conference", "discussion", "discussions"}  # fmt: skip
# Talks that are offered or proposed are not held
PROPOSED = {"offer", "propose", "proposal", "suggest", "suggestion", "invite", "invitation"}
# A meeting, visit or talks that are cancelled, put off or broken off did not take place
CALLED_OFF = {"cancel", "postpone", "scrap", "delay", "suspend", "halt", "abandon", "boycott", "shelve",
              "skip", "avoid", "refuse", "reject", "oppose", "break", "quit", "snub", "defer", "freeze", "rule",
              "exclude", "dismiss"}  # fmt: skip


def refine(frame: Frame, ctx: ArticleContext) -> Frame | None:
    verb = frame.anchor
    rule = frame.match.rule
    if rule.mode == "visit" and not _official_visit(frame):
        return None
    if rule.id in TRAVEL:  # "he left for South Korea" is a journey; an official's is a visit
        frame.actors = [a for a in frame.actors if a.sector in OFFICIALS]
        if not frame.actors:
            return None
    if not roles.is_verbal(verb) and _governing_lemma(verb) in CALLED_OFF:
        return None
    if not roles.is_verbal(verb) and frame.status != "planned" and _only_proposed(verb):
        # "proposed talks with X", "welcomed Russia's offer of talks": offered, not held (AGREE codes the offer);
        # one still to come ("will propose a summit with X") stays the plan it is, an intent to meet
        return None
    if rule.id == "consult-discussed" and not any(c.dep_ == "nsubj" for c in verb.children):
        return None  # "demanded a meeting to discuss X": the discussion is wished for, not held
    if rule.id == "consult-was-in-place" and _for_meeting(verb):
        return None  # "was in Washington for trade talks": the talks are coded (consult-in-place-for-talks)
    if rule.id == "consult-in-place-for-talks":
        _partners_before_places(frame)
    if rule.mode == "third-party" and not frame.recipients and _brokers_told_talks(verb):
        frame.recipients = _last_negotiators(frame, ctx)
    if roles.lemma_of(verb) == "meet" and any(
        c.dep_ == "dobj" and roles.lemma_of(c).rstrip("s") in MET_THINGS for c in verb.children
    ):
        return None
    return frame


# what a broker brokers when it refers back to talks told before: "it was brokered by", "the talks, mediated by"
TALKS = ("040", "046")  # talks and negotiations, not visits, calls or mediation
BROKERED = {"negotiation", "talk", "deal", "agreement", "release", "swap", "exchange", "ceasefire", "truce", "accord"}


def _brokers_told_talks(verb: Token) -> bool:
    """The thing brokered is a pronoun ("It was brokered by X"), talks themselves, or a definite deal or release
    ("the swap, brokered by X"); not an indefinite one told only here ("ceasefire deals brokered by X in Syria")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")]
    things = [verb.head] if verb.dep_ == "acl" else subjects
    for thing in things:
        lemma = roles.lemma_of(thing)
        if thing.pos_ == "PRON" or lemma in ("negotiation", "talk"):
            return True
        if lemma in BROKERED and any(d.lower_ in ("the", "this", "that") for d in thing.children if d.dep_ == "det"):
            return True
    return False


def _last_negotiators(frame: Frame, ctx: ArticleContext) -> list[Actor]:
    """ "It was brokered by the Red Cross and the Swiss government", after "negotiations between Boko Haram and
    Nigerian officials": what is brokered with no parties named is the article's latest talks, between their
    parties (not the broker's own)."""
    own = {a.country for a in frame.actors}
    talks = [e for e in ctx.events if e.event_type == "CONSULT" and e.recipient is not None and e.cameo.code in TALKS]
    if not talks:
        return []
    last = talks[-1]
    parties = [p for p in (last.actor, last.recipient) if p is not None and p.country not in own]
    return list({p.country: p for p in reversed(parties)}.values())[::-1]


def _official_visit(frame: Frame) -> bool:
    subjects = roles.subject_of(frame.anchor) if roles.is_verbal(frame.anchor) else []
    if any(w.lower_ in VESSELS or roles.lemma_of(w) in VESSELS for s in subjects for w in roles.phrase(s)):
        return False
    frame.actors = [a for a in frame.actors if a.sector not in NOT_VISITORS]
    return bool(frame.actors)


def _for_meeting(verb: Token) -> bool:
    return any(
        c.dep_ == "prep" and c.lower_ == "for" and any(roles.lemma_of(p) in MEETINGS for p in c.children)
        for c in verb.children
    )


def _partners_before_places(frame: Frame) -> None:
    """ "in Geneva for talks with Iran": the partner named after "with" is the recipient, not the venue."""
    partners = [c for c in frame.anchor.children if c.dep_ == "prep" and c.lower_ in ("with", "between")]
    if not partners:
        return
    named = {w.text for p in partners for w in p.subtree}
    frame.recipients = [r for r in frame.recipients if set(r.text.split()) & named]


def _only_proposed(noun: Token) -> bool:
    """The meeting noun is what someone offers or proposes: the object of "propose / offer / suggest / invite", or
    of "an offer / a proposal / an invitation of or for" ("welcomed Russia's offer of talks with Ukraine")."""
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        return roles.lemma_of(noun.head) in PROPOSED
    head = noun.head
    return noun.dep_ == "pobj" and head.lower_ in ("of", "for") and roles.lemma_of(head.head) in PROPOSED


def _governing_lemma(noun: Token) -> str | None:
    """The verb whose object (or passive subject) the noun is: "cancelled a visit", "talks were postponed";
    not a verb the noun only modifies ("pledged to reject ... in a video call")."""
    if noun.dep_ not in ("dobj", "nsubjpass") or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    return roles.lemma_of(noun.head)
