"""Modality of a trigger: was the act done, announced, planned — or negated, hypothetical, denied?

Negated, hypothetical, conditional and denied statements yield no event ("I do not think sports
boycotts are reasonable", "would rather ... than engage in symbolic boycotts", "warned Russia against
invading Ukraine"). Reads only the dependency parse, lemmas and words of the sentence.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from streams.detection.roles import lemma_of

NEGATORS = {"not", "n't", "never", "no", "nor", "neither"}
HYPOTHETICAL_MODALS = {"would", "could", "might", "should", "may", "'d"}
FUTURE_AUX = {"will", "'ll", "shall"}
MODAL_AUX = FUTURE_AUX | HYPOTHETICAL_MODALS
DENY = {"deny", "refute", "dismiss"}
POSSIBLE_ONLY = {"possible", "impossible"}
HEDGES = {"appear", "seem"}
CONDITIONAL_MARKS = {"if", "unless", "whether"}
ANNOUNCING = {"agree", "announce", "decide", "pledge", "promise", "vow", "confirm", "approve", "sign"}
# Verbs that state a decision taken: what they report "would" be done is decided ("announced X would ...")
DECIDING = {"announce", "decide"}
PLANNING = {"plan", "set", "expect", "intend", "want", "hope", "eager", "prepare", "due", "aim", "seek",
            "schedule", "propose", "wish", "like", "look", "go", "offer", "invite", "prepared", "ready"}  # fmt: skip
# The trigger is the thing warned against or prevented ("warned Russia against invading Ukraine").
BLOCKING_PREPS = {"against", "from", "without", "instead"}
# Speech acts whose complement is only their content: "threatened to break relations" is a threat, not a
# break; "refused to meet" is a refusal, not a meeting; "urged the EC to support" is a request.
CONTENT_OF = {"threaten", "warn", "demand", "urge", "ask", "call", "appeal", "press", "refuse", "reject",
              "decline", "offer", "propose", "deny", "oppose", "fail", "request", "push",
              # deliberation: "is considering recognizing X" has not recognized X
              "consider", "weigh", "mull", "debate", "discuss", "study", "contemplate"}  # fmt: skip
CONTENT_NOUNS = {"proposal", "invitation", "ultimatum", "threat", "refusal", "bid", "demand", "call", "appeal"}
CONTENT_WORDS = CONTENT_OF | CONTENT_NOUNS


def clause_chain(token: Token) -> Iterator[Token]:
    """The token and its ancestors, nearest first, up to the sentence root."""
    yield token
    yield from token.ancestors


def is_blocked(
    trigger: Token, allow_modal: bool = False, within: range | None = None, negation: bool = True
) -> str | None:
    """Why this trigger states no actual or intended act, or None if it does.

    `within`: token indices of the matched pattern; a governing verb inside it is part of the trigger
    ("offered to negotiate" is itself an AGREE pattern), not a speech act around it.
    """
    if embedding_act(trigger, within or range(trigger.i, trigger.i + 1)) is not None:
        return "embedded"
    if negation and any(c.dep_ == "xcomp" and any(g.dep_ == "neg" for g in c.children) for c in trigger.children):
        return "negated"  # "vowed not to return the Golan Heights": a promise not to act
    own = within or range(0)
    for i, tok in enumerate(clause_chain(trigger)):
        children = list(tok.children)
        # a negator matched by the pattern is the trigger's meaning ("did not accord with"), not a negation of it
        negated = any(
            (c.dep_ == "neg" or (c.lower_ in NEGATORS and c.dep_ in ("det", "advmod"))) and c.i not in own
            for c in children
        )
        if negated and negation:
            # only a negation of the trigger itself states a refusal; "aid pledged by the US was not paid"
            # negates something else, so the pledge is merely not coded
            return "negated" if i == 0 else "negated-context"
        if lemma_of(tok) in DENY and i > 0:
            return "denied"
        if i > 0 and (
            lemma_of(tok) in POSSIBLE_ONLY
            or (lemma_of(tok) in HEDGES and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in children))
        ):
            # "the games make it possible for X to meet the demand", "it appears X is prepared to": a possibility
            # or an impression, not an act ("X appeared to patch over the rift at a meeting" stays)
            return "hypothetical"
        modal = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass")}
        if reported_future(tok):
            modal -= {"would", "'d"}
        if not negation and any(c.dep_ == "neg" for c in children):
            modal -= {"could"}  # "said it could not accept": the past of "cannot", a refusal
        if modal & HYPOTHETICAL_MODALS and not (allow_modal and i <= 1):
            return "hypothetical"
        if modal & {"can", "may"} and any(c.lower_ == "only" and c.dep_ == "advmod" for c in children):
            return "hypothetical"  # "the EC can only reject an offer on quality grounds": a rule, not an act"
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in children):
            return "conditional"
        if tok.lower_ == "than" or any(
            c.lower_ == "than" and c.dep_ in ("mark", "prep", "cc") for c in children if c.i < trigger.i
        ):
            return "hypothetical"
        if tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ in BLOCKING_PREPS and tok.tag_ == "VBG":
            return "prevented"
    return None


REPORTING = {"say", "announce", "declare", "tell", "state", "confirm", "add", "report", "write", "indicate"}


def reported_future(clause: Token) -> bool:
    """ "Iraq said it would allow ...": "would" in reported speech is the past of "will", not a hypothetical
    (unless the clause carries its own condition)."""
    return (
        clause.dep_ == "ccomp"
        and lemma_of(clause.head) in REPORTING
        and any(c.lower_ in ("would", "'d") and c.dep_ == "aux" for c in clause.children)
        and not any(c.dep_ == "advcl" and _has_condition_mark(c) for c in clause.children)
    )


# Punitive acts stated as the consequence of a condition are threats (CAMEO 13x): "if Tokyo does not open its
# market, we will impose tariffs", "unless they withdraw, we would cut ties".
THREAT_CODES = {"SANCTION": "1312", "ASSAULT": "138", "COERCE": "137", "MOBILIZE": "138", "VETO": "130"}
VETO = "129"  # a veto (REJECT) blocks its party: announced or conditional, it threatens ("will veto any bid to ...")
# The threat's own CAMEO code, by the act threatened: reduce aid (1311), break relations (1313), halt
# negotiations (134) or mediation (135), withdraw (136); other sanctions 1312
THREATENED_ACTS = {"162": "1311", "161": "1313", "164": "134", "165": "135", "166": "136"}


def threat_kind(event_type: str, cameo: str) -> str:
    """The kind of act a rule codes, as `is_threat` and `threat_code` read it: its type, or VETO for a veto."""
    return "VETO" if event_type == "REJECT" and cameo == VETO else event_type


def threat_code(event_type: str, cameo: str) -> str:
    if event_type == "SANCTION":
        return THREATENED_ACTS.get(cameo, THREAT_CODES[event_type])
    return THREAT_CODES[event_type]


# ... and so are punitive acts only announced for the future ("will boycott", "plans to impose restrictions",
# "said it would cut ties"): CAMEO codes the statement, a threat, not the act (troops "will deploy" are not)
PLANNED_THREATS = {"SANCTION", "ASSAULT", "COERCE", "VETO"}


def is_threat(trigger: Token, event_type: str, blocked: str | None, default_status: str | None = None) -> bool:
    """Does a punitive trigger state a threat: conditional, or planned but not done?"""
    if event_type not in THREAT_CODES or blocked not in (None, "hypothetical"):
        return False
    if conditional_threat(trigger):
        return True
    if blocked is not None or event_type not in PLANNED_THREATS or status_of(trigger, default_status) != "planned":
        return False
    # "announced it would prohibit all aid", "decided to impose", "are set to boycott": a decision or a schedule,
    # coded as the (planned) act itself; "announced it is prepared to impose": readiness, a threat
    for tok in trigger.ancestors:
        if lemma_of(tok) in READINESS:
            return True
        if lemma_of(tok) in DECIDED_OR_SET:
            return False
    return True


SCHEDULED = {"set", "schedule", "due", "expect", "slate", "poise"}
DECIDED_OR_SET = ANNOUNCING | SCHEDULED
READINESS = {"prepare", "prepared", "ready", "plan", "intend", "threaten", "vow", "warn", "consider", "mull"}


# Cooperative acts stated as the consequence of a condition are offers: "would meet the mediator if he ...".
OFFER_TYPES = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}


def is_offer(trigger: Token, event_type: str) -> bool:
    """A cooperative act in the main clause of an if/unless condition: an offer (coded as intent, AGREE)."""
    return event_type in OFFER_TYPES and conditional_threat(trigger)


def conditional_threat(trigger: Token) -> bool:
    """Is the trigger a future or hypothetical act in the main clause of an if/unless condition?

    The trigger inside the condition ("if Washington imposes sanctions") is no threat and stays blocked."""
    conditioned = modal = False
    for tok in clause_chain(trigger):
        children = list(tok.children)
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in children):
            return False
        conditioned = conditioned or any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
            for c in children
        )
        modal = modal or any(c.dep_ in ("aux", "auxpass") and c.lower_ in MODAL_AUX for c in children)
        reported = tok.dep_ == "ccomp" and lemma_of(tok.head) in REPORTING  # "said they would meet X if ..."
        if tok.dep_ not in ("xcomp", "conj", "dobj", "pobj", "prep", "compound", "amod") and not reported:
            break
    return conditioned and modal


def _has_condition_mark(clause: Token) -> bool:
    return any(m.lower_ in CONDITIONAL_MARKS for m in clause.children)


def embedding_act(trigger: Token, within: range) -> Token | None:
    """The threat, demand or refusal whose content the trigger is, if any (through to/that complements):
    "refused to meet", "an offer to host a summit"."""
    child = trigger
    for tok in trigger.ancestors:
        if _is_content(child) and lemma_of(tok) in CONTENT_WORDS and tok.i not in within:
            return tok
        if child.dep_ not in ("xcomp", "ccomp", "conj", "dobj", "prep", "pobj"):
            return None
        child = tok
    return None


def _is_content(child: Token) -> bool:
    """A complement that states what is demanded or refused: "to meet", "that X", and "calls for a halt to drills",
    "calls for X to suspend ..." (the for-phrase of a call or appeal)."""
    if child.dep_ in ("xcomp", "ccomp", "acl"):
        return True
    if child.dep_ == "prep" and child.lower_ == "for":
        return True
    return child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in child.children)


LIGHT_VERBS = {
    "attend",
    "join",
    "hold",
    "have",
    "conduct",
    "make",
    "impose",
    "stage",
    "pay",
    "launch",
    "issue",
    "express",
    "offer",
    "give",
}


def status_of(trigger: Token, default: str | None = None) -> str:
    """occurred, announced ("agreed to extend") or planned ("will visit", "are set to boycott").

    A verb inherits the modality of the verbs it complements (xcomp); a noun takes that of its
    governing verb only through light verbs ("will hold talks"), so that "pledged ... in a video
    call" does not make the call a pledge.
    """
    if trigger.pos_ == "NOUN" and _dated_past(trigger):
        return "occurred"  # "to brief him on the president's visit to Moscow last week": the visit is done
    tok = trigger
    while tok.pos_ not in ("VERB", "AUX") and tok.dep_ in (
        "dobj",
        "pobj",
        "prep",
        "compound",
        "nsubjpass",
        "attr",
    ):
        if tok.head is tok:
            break
        tok = tok.head
    if tok is not trigger and tok.pos_ in ("VERB", "AUX") and not _light(tok):
        if trigger.dep_ == "dobj" and tok.dep_ == "xcomp":  # "agreed to undertake joint exercises"
            return status_of(tok, default)
        return _aux_status(tok) or default or "occurred"
    while True:
        found = _aux_status(tok)
        if found:
            return found
        if tok is not trigger and lemma_of(tok) in PLANNING:
            return "planned"
        if tok is not trigger and lemma_of(tok) in ANNOUNCING:
            return "announced"
        if tok.dep_ not in ("xcomp", "acomp") or tok.head is tok:
            break
        tok = tok.head
    return default or "occurred"


PAST_MARKS = {"last", "past"}


def _dated_past(noun: Token) -> bool:
    """Does the event noun carry its own past date ("visit ... last week", "talks yesterday")?"""
    return any(
        c.dep_ == "npadvmod" and (c.lower_ == "yesterday" or any(g.lower_ in PAST_MARKS for g in c.children))
        for c in noun.children
    )


def decided(trigger: Token) -> bool:
    """A future act reported as decided: "announced Washington would recognize X", "decided it will impose
    sanctions" (the announcing verb in the past). For acts done by declaring them (recognition, sanctions,
    rejection), the decision is the act; a visit or meeting announced is still to come."""
    aux = {c.lower_ for c in trigger.children if c.dep_ in ("aux", "auxpass")}
    head = trigger.head
    return (
        bool(aux & {*FUTURE_AUX, "would"}) and trigger.dep_ == "ccomp" and head is not trigger
        and lemma_of(head) in DECIDING and head.tag_ in ("VBD", "VBN")
    )  # fmt: skip


def _aux_status(tok: Token) -> str | None:
    # "is to fly to Japan and later visit South Korea": a conjunct without its own auxiliary or subject
    # shares the first one's
    while tok.dep_ == "conj" and tok.head is not tok and not any(c.dep_ in OWN_CLAUSE for c in tok.children):
        tok = tok.head
    aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    return "planned" if aux & FUTURE_AUX or reported_future(tok) or _be_to(tok, aux) else None


OWN_CLAUSE = ("aux", "auxpass", "nsubj", "nsubjpass")


def _be_to(tok: Token, aux: set[str]) -> bool:
    """The future of news prose: "is to fly to Japan", "are to meet" (be + to-infinitive), "is due in Beijing
    for talks" (be + due/set)."""
    if "to" in aux and tok.dep_ == "xcomp" and lemma_of(tok.head) == "be" and tok.head is not tok:
        return True
    return lemma_of(tok) == "be" and any(c.dep_ == "acomp" and lemma_of(c) in ("due", "set") for c in tok.children)


def _light(verb: Token) -> bool:
    """A verb that only carries its noun: "hold talks", "attend the summit", "take part in talks"."""
    return lemma_of(verb) in LIGHT_VERBS or (
        lemma_of(verb) == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)
    )


# A journey or meeting told in the simple present with a day to come is a schedule: "leaves for Japan on
# Saturday", "leaves on his visit to the United States on Wednesday"
SCHEDULED_VERBS = {"leave", "depart", "fly", "travel", "head", "arrive", "go", "visit", "meet", "begin", "start",
                   "open", "hold", "attend", "return", "come", "host"}  # fmt: skip
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# "in advance of his meeting", "ahead of the summit", "on the eve of his visit": an event still to come
BEFOREHAND = {"advance", "ahead", "eve", "run-up", "runup", "prior", "preparation"}
UPCOMING = {"upcoming", "forthcoming", "impending"}


def scheduled(trigger: Token, published_weekday: int) -> bool:
    """Is an event the parse leaves as done told as still to come: a schedule in the simple present naming a
    weekday other than the article's own day, "his visit later this week", "his upcoming trip", "in advance
    of his annual meeting", "the visit will be important"?"""
    tok = trigger
    while tok.pos_ not in ("VERB", "AUX"):
        if any(c.dep_ == "amod" and c.lower_ in UPCOMING for c in tok.children) or _later_this(tok):
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "to", "for") and tok.head.head.lower_ in BEFOREHAND:
            return True
        if tok.dep_ == "nsubj" and any(a.dep_ == "aux" and a.lower_ in FUTURE_AUX for a in tok.head.children):
            return True  # "my visit to the United States will be the most important"
        if tok.dep_ not in ("dobj", "pobj", "prep", "compound", "nsubjpass", "attr") or tok.head is tok:
            return False
        tok = tok.head
    if (
        tok.tag_ not in ("VBZ", "VBP")
        or lemma_of(tok) not in SCHEDULED_VERBS
        or any(c.dep_ in ("aux", "auxpass") for c in tok.children)
    ):
        return _later_this(tok)
    days = [p.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children]
    days += [c.lower_ for c in tok.children if c.dep_ == "npadvmod"]
    return any(d in WEEKDAY_NAMES and WEEKDAY_NAMES.index(d) != published_weekday for d in days) or _later_this(tok)


ARRANGING = {"arrange", "organize", "organise", "set", "schedule", "secure", "seek", "request", "broker"}


def only_arranged(trigger: Token) -> bool:
    """A meeting someone sets out to arrange ("tried to set up a meeting between X and Y", "communicating with
    them to arrange a meeting"): neither held nor agreed by its parties. ("to lay the groundwork for a summit"
    is left alone: a summit prepared is planned.)"""
    return trigger.dep_ == "dobj" and _to_arrange(trigger.head)


def _to_arrange(verb: Token) -> bool:
    """An infinitive of arranging ("to arrange", "tried to set up"): the meeting arranged is still to come."""
    return (
        lemma_of(verb) in ARRANGING
        and verb.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and (lemma_of(verb) != "set" or any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children))
    )


def _later_this(tok: Token) -> bool:
    """ "later this week / month": a time to come."""
    return any(c.dep_ == "npadvmod" and any(a.lower_ == "later" for a in c.children) for c in tok.children)
