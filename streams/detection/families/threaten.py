"""THREATEN: threaten, warn, ultimatum (CAMEO 130, 131, 1312, 138); warnings count as threats (130).

A threat of retaliation against "the ban", "the move" or "the acts" targets whoever imposed it: the actors of the
article's latest SANCTION event.

Lookalikes: "threatened the region's security", "peace and stability were threatened by X" or "would
threaten free speech" endanger a thing, not a party; "North Korea is a threat to Japan" and "threats against
X will only ..." describe or discuss threats rather than make one; "is on the table" is a threat only when
the options are; with no target named, it is aimed at whoever last threatened or used force in the article,
else at the foreign state last named before it. A threat with nobody threatened ("threatened to resign") is no
event. A warning that states a fact or a suspicion ("warned that X may be trying to ...") is an accusation (111); one in
which the warner speaks of itself ("warned X he was prepared to use force", "warned X that North Korea's
missiles were ready", said by North Korea) stays a threat.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from streams.detection import roles
from streams.detection.families.accuse import MILITARY_TYPES
from streams.detection.frame import Frame
from streams.detection.lexicon import TriggerMatch
from streams.records import Actor

if TYPE_CHECKING:
    from streams.detection.frame import ArticleContext

REFERRING_NOUNS = {"ban", "boycott", "boycotts", "move", "sanctions", "decision", "measures", "acts", "actions",
                   "steps"}  # fmt: skip
# Things a development "threatens": endangering them is no threat made to anybody
ENDANGERED = {"security", "peace", "stability", "safety", "future", "economy", "livelihood", "life", "lives",
              "health", "environment", "freedom", "speech", "control", "existence", "recovery", "growth", "jobs",
              "job", "interests", "interest", "prosperity", "order", "integrity", "unity", "survival", "progress",
              "process", "talks", "deal", "agreement", "relationship", "relations", "ties", "credibility"}  # fmt: skip
DISCUSSED = ("nsubj", "nsubjpass", "attr", "csubj")


LEAVING = {"leave", "depart"}


def _host_left(anchor: Token, offset: int, ctx: ArticleContext, own: set[str | None]) -> Actor | None:
    """A threat made "before leaving Tokyo" (or "on leaving", "as he left") at the end of a visit: the foreign
    state whose place the speaker was leaving."""
    verb = anchor if roles.is_verbal(anchor) else anchor.head
    if not roles.is_verbal(verb):
        return None
    for prep in (c for c in verb.children if c.dep_ in ("prep", "advcl")):
        for leaving in (prep, *prep.children):
            if roles.lemma_of(leaving) not in LEAVING or leaving.tag_ != "VBG":
                continue
            for place in (c for c in leaving.children if c.dep_ == "dobj"):
                for at, code, name, _ in ctx.places:
                    if at == offset + place.idx and code not in own:
                        return Actor(text=place.text, name=name, country=code, sector=None)
    return None


def _threatened(word: Token, anchor: Token) -> bool:
    """Is the word what the threat threatens ("the threat of sanctions"), not a measure it answers?"""
    return word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.i == anchor.i


def _stated_threat(noun: Token) -> bool:
    """ "Reagan's threat to impose tariffs on X unsettled the market": a threat with its maker and its act is one
    made, whatever the sentence goes on to say about it."""
    children = list(noun.children)
    return any(c.dep_ == "poss" for c in children) and any(
        c.dep_ == "acl" and any(a.lower_ == "to" for a in c.children) for c in children
    )


CONSEQUENCE_AUX = {"will", "would", "'ll", "shall", "wo"}


# The warner speaking of itself in its warning's clause ("warned X he was prepared to use force", "warned X
# that our missiles are ready"): its own readiness, a threat, whatever the tense
OWN_SUBJECTS = {"he", "she", "i", "we"}
OWN_POSSESSIVES = {"my", "our"}


def _speaks_of_itself(clause: Token, own_at: set[int]) -> bool:
    """Is the clause's subject the warner ("he", "we") or a thing of the warner's ("our missiles", "Russia's
    missiles" said by Russia: `own_at` holds the sentence offsets where the warner's state is named)?"""
    for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subject.lower_ in OWN_SUBJECTS:
            return True
        owners = [p for p in subject.children if p.dep_ == "poss"]
        if any(o.lower_ in OWN_POSSESSIVES or any(w.idx in own_at for w in o.subtree) for o in owners):
            return True
    return False


def _warns_of_a_fact(verb: Token, own_at: set[int]) -> bool:
    """A warning whose that-clause states a fact or a suspicion, with no consequence to come."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses:
        return False
    if any(_speaks_of_itself(c, own_at) for c in clauses):
        return False
    for clause in clauses:
        for tok in (clause, *(c for c in clause.children if c.dep_ in ("xcomp", "conj"))):
            if any(c.dep_ in ("aux", "auxpass") and c.lower_ in CONSEQUENCE_AUX for c in tok.children):
                return False
            if any(c.dep_ == "advcl" for c in tok.children):
                return False  # "... if they do not comply": a condition is a threat
    return True


def refine(frame: Frame, ctx: ArticleContext) -> Frame | None:
    rule, anchor = frame.match.rule, frame.anchor
    if rule.id == "threaten-options-table" and not any(
        c.dep_ in ("nsubj", "nsubjpass") and roles.lemma_of(c) in ("option", "options") for c in anchor.children
    ):
        return None
    if rule.id == "threaten-options-table" and not frame.recipients:
        # "All options are on the table," X said: aimed at whoever last acted with force or threats in the
        # article, else at the foreign state the article was just talking about
        own = {a.country for a in frame.actors}
        hostile = [e.actor for e in ctx.events if e.event_type in MILITARY_TYPES and e.actor.country not in own]
        target = hostile[-1] if hostile else ctx.last_other_state(frame.offset + anchor.idx, own)
        frame.recipients = [target] if target is not None else []
    if rule.id == "threaten-warning-noun" and anchor.dep_ in DISCUSSED and not _stated_threat(anchor):
        return None
    own = {a.country for a in frame.actors}
    own_at = {at - frame.offset for at, code, _, _ in ctx.places if code in own and at >= frame.offset}
    if rule.id == "threaten-warned" and _warns_of_a_fact(anchor, own_at):
        # "warned that Kim may be trying to drive a wedge", "warned that theft by China is a problem": an
        # allegation (ACCUSE 111), not a threat; "warned that sanctions would follow" stays a threat
        frame.match = TriggerMatch(replace(rule, event_type="ACCUSE", cameo="111", family="accuse"), frame.match.span)
        return frame
    if rule.id == "threaten-threatened":
        objects = [c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass")]  # "peace was threatened by X"
        if objects and all(roles.lemma_of(o) in ENDANGERED for o in objects):
            return None
    if frame.recipients:
        return frame
    own = {a.country for a in frame.actors}
    if (host := _host_left(anchor, frame.offset, ctx, own)) is not None:
        frame.recipients = [host]  # "repeated the threat of sanctions before leaving Tokyo": made to the host
        return frame
    sentence = frame.anchor.doc
    if not any(t.lower_ in REFERRING_NOUNS for t in sentence if not _threatened(t, anchor)):
        return frame
    imposers = [e for e in ctx.events if e.event_type == "SANCTION"]
    if imposers:
        last = imposers[-1].evidence.start
        targets: list[Actor] = []
        for e in imposers:
            if e.evidence.start == last and e.actor not in targets:
                targets.append(e.actor)
        frame.recipients = [a for a in targets if all(a.country != x.country for x in frame.actors)]
    return frame
