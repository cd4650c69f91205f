"""REJECT: reject, refuse, veto (12x); boycotting a meeting or summit (125).

"Decline" is a refusal only with something declined: "the currency will decline" is no event, and
"declined (to) comment" is CAMEO 011, not a rejection; nor is refusing or declining to speak of something
("refused to comment on the report", "declined to forecast the outcome", "declined to give reasons",
"declined to be specific", "refused to confirm the report"): withholding words refuses nobody.

"said the accusations were groundless" with no accuser named rejects the one who made them: the actor of the
article's latest accusation of the speaker's country. So do "dismissed the claim", "denied the reports" and
"denied making illegal shipments" (a denial of an act), unless the accusation names its author ("dismissed
Trump's claim"); with no accusation told, no event.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from streams.detection import roles
from streams.detection.families.accuse import accusers, rebuts
from streams.detection.frame import Frame
from streams.detection.lexicon import TriggerMatch

if TYPE_CHECKING:
    from streams.detection.frame import ArticleContext

NOT_REFUSALS = {"comment", "elaborate", "say", "specify", "discuss", "detail", "identify", "name"}
# Refusing to speak of something: verbs of telling, and giving words ("give reasons", "provide details")
SPEAKING = {"comment", "elaborate", "say", "specify", "detail", "identify", "name", "forecast", "predict",
            "speculate", "disclose", "reveal", "divulge", "confirm", "deny", "answer", "explain", "estimate",
            "quantify"}  # fmt: skip
# (not "respond": "refused to respond to a demand from X" rejects X's demand)
AMOUNTS = {"pct", "percent", "%", "points", "cents", "dlrs", "dollars"}
GIVING = {"give", "provide", "offer", "put", "set"}
WORDS = {"detail", "details", "reason", "reasons", "figure", "figures", "comment", "information", "answer",
         "estimate", "explanation", "timetable", "timeline", "date", "name", "names", "number", "numbers",
         "specifics", "evidence", "clue", "indication", "breakdown"}  # fmt: skip
SPECIFIC = {"specific", "precise", "drawn"}


def _withholds_words(verb: Token) -> bool:
    """ "refused to comment", "declined to give reasons", "declined to be specific": refusing to speak."""
    for c in verb.children:
        if c.dep_ != "xcomp":
            continue
        lemma = roles.lemma_of(c)
        if lemma in SPEAKING:
            return True
        if lemma in GIVING and any(o.dep_ == "dobj" and roles.lemma_of(o) in WORDS for o in c.children):
            return True
        if lemma == "be" and any(o.dep_ == "acomp" and o.lower_ in SPECIFIC for o in c.children):
            return True
        if lemma == "draw" and any(o.dep_ == "auxpass" for o in c.children):
            return True  # "refused to be drawn into the content of the videos"
    return False


PROMISES = {"vow", "promise", "pledge"}


# what a denial rebuts: an accusation, or a report of one
DENIED = {"charge", "accusation", "allegation", "claim", "report", "assertion"}
DENIALS = ("reject-denied-accusation", "reject-denied-doing")


def denies_an_accusation(verb: Token, rule_id: str) -> bool:
    """ "dismissed the claim" (the accusation is the object), "denied making shipments" (an act is denied)."""
    if rule_id == "reject-denied-doing":
        return any(c.tag_ == "VBG" and c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children)
    return any(c.dep_ == "dobj" and roles.lemma_of(c) in DENIED for c in verb.children)


def refine(frame: Frame, ctx: ArticleContext) -> Frame | None:
    rule = frame.match.rule
    if (
        rule.id == "reject-ended-deal"
        and frame.anchor.dep_ == "xcomp"
        and roles.lemma_of(frame.anchor.head) in PROMISES
    ):
        # "vowed to withdraw from the whaling treaty": the promise defers to this trigger, and a promise to leave an
        # agreement rejects it whether or not a party is named (families/agree.py, for leaving with no trigger)
        return replace(frame, match=TriggerMatch(replace(rule, needs_recipient=False), frame.match.span))
    if frame.match.rule.frame == "reported" and not frame.recipients and rebuts(frame.anchor):
        # "said the accusations were groundless": whoever made them, told earlier in the article
        frame.recipients = accusers(frame, ctx)
        return frame if frame.recipients else None
    verb = frame.anchor
    if roles.lemma_of(verb) in ("decline", "refuse") and _withholds_words(verb):
        return None
    if frame.match.rule.id in DENIALS:
        if not denies_an_accusation(verb, frame.match.rule.id):
            return None
        if frame.match.rule.id == "reject-denied-doing" or not frame.recipients:
            frame.recipients = accusers(frame, ctx)
        return frame if frame.recipients else None
    if roles.lemma_of(verb) != "decline":
        return frame
    taken = [c for c in verb.children if c.dep_ in ("dobj", "xcomp", "ccomp")]
    if not taken or any(roles.lemma_of(c) in NOT_REFUSALS for c in taken):
        return None
    if any(c.dep_ == "dobj" and (c.lower_ in AMOUNTS or any(n.dep_ == "nummod" for n in c.children)) for c in taken):
        return None  # "market share has declined 35 pct": an amount fallen, nothing refused
    return frame
