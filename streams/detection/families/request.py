"""REQUEST: demand, urge, appeal, call on (CAMEO 10x).

A reported "must" or "need to" demands something of the clause's subject ("X said Y must ..."), not when that
subject takes in the speaker's own side ("the two countries must find better ways", "Japan and the U.S. must",
said by Japan: an exhortation to both, no demand of the other) nor when it is a thing to be done to ("the role
of the GATT must be strengthened": nobody is asked).

"a demand for X to ...", "calls for X to ..." as nouns are the actor's own request where the actor makes them
("issued a demand", "renewed calls", "an EU demand"), not where someone else acts on them: "the UN rejected a
call for its forces to be deployed" is the UN's refusal of another party's call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from streams.detection import roles
from streams.detection.frame import Frame

if TYPE_CHECKING:
    from streams.detection.frame import ArticleContext

REPORTED_DEMANDS = {"request-must", "request-reported-need"}
# "put pressure on X to stop drilling" demands the act; "putting upward pressure on rates" or pressure with no act
# named is not one
PRESSURE = "request-put-pressure-on"
BOTH = {"both", "two", "all"}
STATE_SECTORS = {None, "GOV", "DIP", "MIL"}
SIDES = {"countries", "sides", "nations", "governments", "states", "parties", "leaders", "partners", "allies"}


FOR_TO = ("request-called-for-to", "request-demand-for-to")
# verbs by which a subject makes a call or a demand that is its object
MAKING = {"issue", "make", "renew", "reiterate", "repeat", "voice", "send", "deliver", "press", "step", "lodge",
          "put", "present", "submit", "publish", "announce", "express", "echo", "restate", "have"}  # fmt: skip


def names_the_asked(noun: Token, to: Token) -> bool:
    """ "X's demand for Y to hand over Z": the for-phrase of the noun is a name or a pronoun followed by an
    infinitive ("demand for Chinese steel to rise" is trade)."""
    named = any(p.pos_ in ("PROPN", "PRON") for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"
                for p in c.children if p.dep_ == "pobj")  # fmt: skip
    return named and to.dep_ == "aux"


def refine(frame: Frame, ctx: ArticleContext) -> Frame | None:
    noun = frame.anchor
    if (
        frame.match.rule.id in FOR_TO
        and not roles.is_verbal(noun)
        and noun.dep_ == "dobj"
        and roles.lemma_of(noun.head) not in MAKING
    ):
        return None  # "rejected a call for X to ...": the call is someone else's
    if frame.match.rule.id in FOR_TO and not roles.is_verbal(noun) and not names_the_asked(noun, frame.match.span[-1]):
        return None
    if frame.match.rule.id == PRESSURE and not any(
        c.dep_ in ("xcomp", "advcl", "acl") and any(a.lower_ == "to" for a in c.children)
        for t in (frame.anchor, *frame.match.span)
        for c in t.children
    ):
        return None
    if frame.match.rule.id not in REPORTED_DEMANDS:
        return frame
    anchor = frame.anchor
    clause = anchor.head if anchor.dep_ in ("aux", "acomp", "attr") else anchor
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if frame.match.rule.id == "request-must" and any(s.dep_ == "nsubjpass" for s in subjects):
        return None  # "the role of the GATT must be strengthened"
    words = {w.lower_ for s in subjects for w in s.subtree}
    if words & BOTH and words & SIDES:
        return None  # "the two countries must ...": the speaker's side among them
    if any(a.sector not in STATE_SECTORS for a in frame.actors):
        return frame  # a group on its own state's leaders ("rebels said the president and his party must")
    own = {a.country for a in frame.actors}
    own_at = {at - frame.offset for at, code, _, _ in ctx.places if code in own and at >= frame.offset}
    conjuncts = [w for s in subjects for w in (s, *s.conjuncts)]
    named = [{w.idx, *(c.idx for c in w.children if c.dep_ == "compound")} for w in conjuncts]
    if len(conjuncts) > 1 and any(at & own_at for at in named):
        return None  # "Japan and the United States must ...", said by Japan
    return frame
