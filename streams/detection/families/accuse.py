"""ACCUSE: criticise, condemn, denounce (111), accuse, blame (112).

"Moscow accused of threatening behavior" is a reduced passive: Moscow is accused, by someone unnamed,
so there is no actor to code.

"condemned the launch", "said the test was unacceptable": a criticised military act named only by its noun
is that of the article's latest military event, whose actor is the one criticised.

"probing North Korea to see whether it was interested in dialogue" sounds out an intention: no accusation.

"said that charges of Chinese ships sending oil ... do not accord with facts": a judgement on an accusation
rejects it (REJECT 120); the one rejected is who made it, the actor of the article's latest accusation of the
speaker's country (none told: no event).

"attacked X for raising questions", "cursed X over his remarks": a verbal attack, told with its grounds (a "for"
or "over" phrase naming a deed or a statement); "attacked the consulate" with none stays force, no accusation.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from streams.detection import roles
from streams.detection.frame import Frame
from streams.detection.lexicon import TriggerMatch
from streams.records import Actor

if TYPE_CHECKING:
    from streams.detection.frame import ArticleContext


# Nouns by which an article refers back to a military act it told ("the launch", "this test")
MILITARY_ACTS = {"launch", "test", "overflight", "firing", "provocation", "missile", "attack", "strike", "incursion"}
# a threat of force counts: "Kim threatened to fire missiles at Guam" ... "condemned the launch"; they are also
# the acts an unaddressed threat answers ("all options are on the table", threaten.py)
MILITARY_TYPES = ("MOBILIZE", "ASSAULT", "COERCE", "THREATEN")
WEAPONS = {"missile", "rocket", "nuclear", "weapon", "weapons", "bomb", "test"}
REFERRING = {"the", "this", "that", "latest", "its", "their"}
# What a verbal attack is "for" or "over": a deed ("for raising questions") or one of these
GROUNDS = {"remark", "remarks", "comment", "comments", "statement", "statements", "criticism", "failure", "policy",
           "policies", "stance", "position", "handling", "decision", "role", "record", "behavior", "behaviour",
           "conduct", "support", "interference", "views", "words", "speech", "tweets", "tweet"}  # fmt: skip


def _within_phrases(token: Token, verb: Token) -> bool:
    """Is the token reached from the verb through objects and prepositional phrases only (no other clause)?"""
    while token.head.i != verb.i:
        if token.head.i == token.i or token.dep_ not in ("prep", "pobj", "dobj"):
            return False
        token = token.head
    return token.dep_ in ("prep", "dobj")


def verbal_grounds(verb: Token) -> bool:
    """Is the attack told with its grounds: "attacked X for raising questions / over his remarks"?"""
    # the phrase may be parsed deeper ("attacked X at the end of a summit for raising ...")
    near = [t for t in verb.subtree if t.dep_ == "prep" and _within_phrases(t, verb)]
    for prep in (t for t in near if t.lower_ in ("for", "over")):
        for obj in prep.children:
            if obj.dep_ == "pcomp" and obj.tag_ == "VBG":
                return True
            if obj.dep_ == "pobj" and (obj.tag_ == "VBG" or obj.lower_ in GROUNDS):
                return True
    return False


def _referred_act(anchor: Token) -> bool:
    """The thing criticised is a military act named by a definite noun alone: "the launch", "this latest test"."""
    holders = [(anchor.head, ("nsubj", "nsubjpass"))] if anchor.pos_ == "ADJ" else [(anchor, ("dobj", "nsubjpass"))]
    return any(
        roles.lemma_of(c) in MILITARY_ACTS and any(d.lower_ in REFERRING for d in c.children)
        and all(d.lower_ in WEAPONS for d in c.children if d.dep_ == "compound")  # not "the smartphone launch"
        for holder, deps in holders for c in holder.children if c.dep_ in deps
    )  # fmt: skip


# Nouns of an accusation: a judgement on them ("the charges are groundless") rejects whoever made them
ACCUSATIONS = {"charge", "charges", "accusation", "accusations", "allegation", "allegations", "claim", "claims"}


def judged(anchor: Token) -> list[Token]:
    """What a reported judgement is about: the subject of its predicate ("the charges do not accord with facts",
    "the accusations were groundless")."""
    holder = anchor.head if anchor.dep_ in ("acomp", "attr") and anchor.head is not anchor else anchor
    return [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]


def rebuts(anchor: Token) -> bool:
    """Is every subject of the judgement an accusation (with no possessor naming who made it)?"""
    subjects = judged(anchor)
    return bool(subjects) and all(
        roles.lemma_of(s) in ACCUSATIONS and not any(c.dep_ == "poss" for c in s.children) for s in subjects
    )


def accusers(frame: Frame, ctx: ArticleContext) -> list[Actor]:
    """Who made the accusation the frame's actors answer: the actors of the latest ACCUSE event told before, in
    the article, against the actors' own country."""
    own = {a.country for a in frame.actors}
    made = [e for e in ctx.events if e.event_type == "ACCUSE" and e.recipient and e.recipient.country in own]
    return [made[-1].actor] if made and made[-1].actor.country not in own else []


# "probing X to see whether it is interested in dialogue": sounding out a willingness, not investigating a wrong
WILLING = {"interested", "willing", "ready", "open", "prepared", "serious", "keen", "want", "wish", "eager"}


def sounds_out(verb: Token) -> bool:
    """An investigation whose purpose clause asks whether the other side is willing or interested."""
    for purpose in (c for c in verb.children if c.dep_ in ("advcl", "xcomp")):
        for asked in (c for c in purpose.children if c.dep_ == "ccomp"):
            if any(m.lower_ in ("whether", "if") for m in asked.children if m.dep_ == "mark") and any(
                roles.lemma_of(w) in WILLING for w in (asked, *asked.children)
            ):
                return True
    return False


def names_an_insult(verb: Token, insult: Token) -> bool:
    """ "called Kim 'short and fat'", "branded him a liar": the insult is what the object is called (the verb's
    predicate, or a conjunct of it), not a word of another phrase ("called the old treaty void")."""
    return any(
        insult.i == c.i or (insult.dep_ == "conj" and insult.head.i == c.i)
        for c in verb.children if c.dep_ in ("oprd", "xcomp", "attr", "ccomp")
    )  # fmt: skip


def _names_the_accused(verb: Token, crime: Token) -> bool:
    """ "called the Myanmar military operation 'ethnic cleansing'": the object, before the crime, names a party
    (a name or a nationality), not only a role ("the military's actions" is nobody's in particular)."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "oprd") and c.i < crime.i]
    return any(t.pos_ == "PROPN" or (t.pos_ == "ADJ" and t.text[:1].isupper()) for o in objects for t in o.subtree)


def refine(frame: Frame, ctx: ArticleContext) -> Frame | None:
    rule = frame.match.rule
    if rule.id == "accuse-called-insult" and not names_an_insult(frame.anchor, frame.match.span[-1]):
        return None
    if rule.id == "accuse-called-cleansing" and not _names_the_accused(frame.anchor, frame.match.span[-1]):
        return None
    if rule.id == "accuse-investigate" and sounds_out(frame.anchor):
        return None
    if rule.id == "accuse-attacked-for" and not verbal_grounds(frame.anchor):
        return None
    if rule.frame == "reported" and rebuts(frame.anchor):
        frame.recipients = accusers(frame, ctx)
        rejection = replace(rule, event_type="REJECT", cameo="120", family="reject")
        frame.match = TriggerMatch(rejection, frame.match.span)
        return frame if frame.recipients else None
    if not frame.recipients and _referred_act(frame.anchor):
        own = {a.country for a in frame.actors}
        # the speaker's own side's threats ("all options are on the table") are not what it condemns
        acts = [e for e in ctx.events if e.event_type in MILITARY_TYPES and not (
            e.event_type == "THREATEN" and e.actor.country in own)]  # fmt: skip
        if acts and acts[-1].actor.country not in own:
            frame.recipients = [acts[-1].actor]
    verb = frame.anchor
    children = {c.dep_: c for c in verb.children}
    if (
        verb.tag_ in ("VBN", "VBD")
        and "dobj" not in children
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children)
    ):
        return None
    return frame
