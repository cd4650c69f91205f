"""Who did what to whom: the actor and recipient phrases of a trigger, from the dependency parse.

Verbs: subject (or passive agent) acts; direct object, dative or a recipient preposition receives.
Nouns ("a video call with Xi", "Russian sanctions on Iran"): possessive, nationality modifier or
"by" phrase acts, else the subject of the governing verb; a recipient preposition receives.
Subjects are inherited through open complements ("agreed to extend"), coordination and relative
clauses ("which officials ... are set to boycott").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Token

from streams.detection.dates import WEEKDAYS
from streams.detection.lexicon import TriggerRule

SUBJECTS = ("nsubj", "csubj", "expl")
# "officials ... are set to boycott": the passive subject of a raising verb is the one who acts
RAISING = {
    "set",
    "expect",
    "schedule",
    "due",
    "suppose",
    "poise",
    "slate",
    "likely",
    "say",
    "report",
    "believe",
}
RELATIVE_PRONOUNS = {"which", "that", "who", "whom", "whose"}
# "is opposed to X", "was disappointed that ...": the passive subject of a participle of feeling is who feels it
STATIVE = {"oppose", "commit", "concern", "disappoint", "dismay", "worry", "alarm", "trouble", "anger", "outrage"}
CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "parataxis", "xcomp", "punct", "mark", "cc", "advmod", "aux"}
CLIMB_DEPS = {"dobj", "pobj", "prep", "attr", "compound", "appos", "conj", "nsubjpass", "npadvmod", "oprd"}
# The words that name who an argument is: "Lebanon's new President Elias Hrawi", "a U.S. request"
CORE_DEPS = {"compound", "amod", "poss", "nmod", "appos", "conj", "flat", "det", "case", "npadvmod", "nummod"}
# Affiliation prepositions looked at when the core names nobody: "calls by Kofi Annan", "groups in Zimbabwe"
AFFILIATION_PREPS = {"of", "from", "by", "in"}
# ... and "for" after one who speaks for someone: "a spokeswoman for China's Foreign Ministry" (not "envoy for Syria")
SPEAKING_FOR = {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople"}
PLACED_BY_CLAUSE = frozenset(
    [
        "refugee",
        "civilian",
        "people",
        "firm",
        "company",
        "bank",
        "business",
        "worker",
        "migrant",
        "citizen",
        "national",
        "resident",
        "region",
        "area",
        "population",
        "community",
    ]
)
# Where the complement of "threatened to ..." / "refused to ..." names its target
COMPLEMENT_PREPS = ("to", "with", "against", "on", "from", "toward", "towards", "into", "in", "over")
# Things given whose "for" phrase names who gets them: "threatened to cut support for Britain"
BACKING = {"support", "aid", "assistance", "funding", "commitment", "backing", "help"}
# Nouns that stand for a part or a batch of their "of" phrase: "part of the aid program for Bosnia"
PARTITIVES = {"part", "portion", "half", "most", "some", "all", "much", "bulk", "rest", "share", "remainder",
              "delivery", "shipment", "supply", "tranche", "installment", "package", "payment",
              "quota", "cap", "ceiling"}  # fmt: skip
# Verbs that report what someone said: "X said Y must ..." is X demanding something of Y
REPORTING = {"say", "declare", "reiterate", "insist", "conclude", "tell", "state", "stress", "add", "argue",
             "announce", "warn", "maintain", "write", "assert", "tweet"}  # fmt: skip


# Nouns of a stated view whose that-clause is reported like a said-clause: "maintain our position that ..."
POSITIONS = {"position", "view", "stance", "belief", "opinion", "conviction"}
# Nouns of a journey or meeting that stand as the subject of the event told in their relative clause
JOURNEYS = {"trip", "visit", "tour", "journey", "mission", "meeting", "talks", "summit", "stop", "leg"}
# "was speaking after holding talks": a gerund after these shares the subject of the verb they modify (not
# "accused of threatening", whose threatener is the one accused)
TIME_PREPS = {"after", "before", "while", "upon", "on", "since", "when", "through", "by"}
# Verbs whose target follows "on": "blamed the attack on Iran"
BLAME_ON = {"blame", "pin"}
# Nouns of a message whose "to" phrase names the addressee: "warned in a letter to the UN"
MESSAGES = {"letter", "message", "statement", "speech", "address", "note", "telegram", "cable", "communique",
            "communiqué", "memorandum", "report", "declaration", "submission", "complaint"}  # fmt: skip
# Verbs whose object is the addressee of what their clause says: "Putin told Biden that Russia would respond"
ADDRESSING = {"tell", "inform", "assure", "notify", "remind", "warn", "write"}
# Nouns whose "from" phrase names who acts: "opposition from the US", "objections from Japan"
SOURCED = {"opposition", "objection", "resistance", "criticism", "protest", "pressure"}
# "despite opposition from X": the prepositions of a concession
CONCESSIVE = {"despite", "notwithstanding", "amid", "against"}
# The topic of a deal: "signed a deal on China-UK tourism"
TOPIC_PREPS = {"on", "over", "for", "about", "covering"}
# "at the request of X", "upon the invitation of X": the prepositions of a behest
BEHEST_PREPS = {"at", "upon", "on"}
# Prepositions that give the place of a meeting or a visit ("talks in Beijing", "was in Washington for talks")
VENUE_PREPS = {"in", "to", "at"}
# Verbs of leaving: their object is the place of the visit that ends ("left Beijing on Friday")
DEPARTURES = {"leave", "depart"}


def venues(trigger: Token) -> list[Token]:
    """Where a meeting or visit took place: the "in/to/at" phrases of the trigger, and of the verb a meeting noun
    hangs on ("was in Washington for trade talks", "arrived in Seoul for a visit")."""
    heads = [trigger]
    token = trigger
    while token.dep_ in ("pobj", "prep", "dobj", "attr") and token.head is not token and len(heads) < 4:
        token = token.head
        if is_verbal(token):
            heads.append(token)
            break
    # "a trip that took him to Qatar and India", "a tour which brought her to Peru"
    heads += [c for c in trigger.children if c.dep_ == "relcl" and not is_verbal(trigger)]
    left = [c for c in trigger.children if c.dep_ == "dobj"] if lemma_of(trigger) in DEPARTURES else []
    return left + [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in VENUE_PREPS
            for p in c.children if p.dep_ == "pobj"]  # fmt: skip


# Verbs of a journey whose object may be a list of stops, each with its day
ITINERARY_VERBS = {"visit", "be", "travel", "go", "tour"}


def itinerary(trigger: Token) -> list[Token]:
    """The stops of a journey told as a list of places with their days ("will visit Brussels on Tuesday, the
    OSCE in Vienna on Thursday and Paris on Friday"), read on the surface after the trigger up to the next verb:
    the parse of such lists is often wrong (a stop hung on a day as its conjunct)."""
    if lemma_of(trigger) not in ITINERARY_VERBS:
        return []
    stops = []
    for t in trigger.doc[trigger.i + 1 : trigger.sent.end if trigger.doc.has_annotation("SENT_START") else None]:
        if t.pos_ in ("VERB", "AUX"):
            break
        after = t.doc[t.i + 1 : t.i + 3]
        if t.pos_ == "PROPN" and len(after) == 2 and after[0].lower_ == "on" and after[1].lower_ in WEEKDAYS:
            stops.append(t)
    return stops


@dataclass
class Roles:
    actors: list[Token] = field(default_factory=list)
    recipients: list[Token] = field(default_factory=list)
    objects: list[Token] = field(default_factory=list)  # the thing acted on (a boycotted Olympics)


def is_verbal(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or (token.pos_ == "" and token.dep_ in ("ROOT", "xcomp", "relcl", "ccomp"))


def phrase(token: Token) -> list[Token]:
    """The noun phrase of an argument, with its coordination and modifiers but without clauses."""
    out = [token]
    for child in token.children:
        if child.dep_ in CLAUSE_DEPS - {"cc", "punct"} or child.dep_ in ("relcl", "acl"):
            continue
        out.extend(phrase(child))
    return sorted(out, key=lambda t: t.i)


def core(token: Token) -> list[Token]:
    """The naming part of an argument: the head with its compounds, modifiers, possessors and coordinates."""
    out = [token]
    for child in token.children:
        if child.dep_ in CORE_DEPS:
            out.extend(core(child))
    return sorted(out, key=lambda t: t.i)


def affiliations(token: Token, depth: int = 3, authored: bool = False) -> Iterator[list[Token]]:
    """Wider and wider readings of an argument, for when its core names nobody: the cores of its
    "of/from/by/in" phrases, then theirs ("the creation of alliances, notably the partnership of Australia");
    `authored` (a recipient): last, who made the thing ("concerned about a resolution adopted by X")."""
    frontier = core(token)
    for _ in range(depth):
        frontier = [
            w for t in frontier for c in t.children if c.dep_ == "prep"
            and (c.lower_ in AFFILIATION_PREPS or (c.lower_ == "for" and t.lower_ in SPEAKING_FOR))
            for p in c.children if p.dep_ == "pobj" for w in core(p)
        ]  # fmt: skip
        if not frontier:
            break
        yield sorted(frontier, key=lambda t: t.i)
    if not authored:  # "an option considered by the UK is to refuse ...": no act of the UK's
        return
    # "a resolution (on trade) adopted by the Canadian House": who made the thing, from the participle's agent
    authors = [
        w for t in token.subtree if t.dep_ == "acl" and t.tag_ == "VBN" and t.i > token.i
        for a in t.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj" for w in core(p)
    ]  # fmt: skip
    if authors:
        yield sorted(authors, key=lambda t: t.i)
    # people (or a region) placed by their clause: "refugees fleeing the war in X", "firms that work with X", "a
    # tour of the region that included stops in X"; not a thing's ("penalties imposed on farmers")
    if lemma_of(token) not in PLACED_BY_CLAUSE:
        return
    placed = [
        w for t in token.children if t.dep_ in ("acl", "relcl") for c in t.children
        for a in ([c] if c.dep_ == "dobj" else [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" else [])
        for w in [*core(a), *(w for f in affiliations(a, depth=1) for w in f)]
    ]  # fmt: skip
    if placed:
        yield sorted(set(placed), key=lambda t: t.i)


def roles_of(trigger: Token, rule: TriggerRule) -> Roles:
    if rule.frame == "reported":
        return _reported_roles(trigger, rule)
    if trigger.pos_ == "ADJ" and trigger.dep_ in ("amod", "appos"):  # "Mulroney, sharply critical of X, ..."
        return Roles(actors=[trigger.head], recipients=_prep_objects(trigger, rule.recipient_preps))
    # a predicative adjective ("was concerned about X") takes its roles like a verb: the copula's subject acts
    if is_verbal(trigger) or (trigger.pos_ == "ADJ" and trigger.dep_ == "acomp"):
        roles = _verb_roles(trigger, rule)
        if not roles.recipients and rule.clause_recipient:
            roles.recipients = condition_subjects(trigger)
        if not roles.recipients and rule.object_role != "none":
            roles.recipients = complement_targets(trigger)
        if not roles.recipients and rule.clause_recipient:
            roles.recipients = clause_subjects(trigger)
        if rule.clause_recipient and not any(t.pos_ == "PROPN" for r in roles.recipients for t in r.subtree):
            roles.recipients += shared_target(trigger)  # no name among the targets found: a shared one
        return roles
    roles = _noun_roles(trigger, rule)
    if not roles.recipients and rule.clause_recipient:
        roles.recipients = clause_subjects(trigger)
    return roles


def shared_target(verb: Token) -> list[Token]:
    """ "criticised Japan for its spending and threatened to reduce support": a threat or demand with no target of
    its own, coordinated with an act on someone by the same subject, is made to that one."""
    head = verb.head
    if verb.dep_ != "conj" or head is verb or not is_verbal(head) or any(c.dep_ in SUBJECTS for c in verb.children):
        return []
    return [_antecedent(c) for c in head.children if c.dep_ in ("dobj", "dative")]


def clause_subjects(verb: Token) -> list[Token]:
    """ "demanded that the US cancel ...": the subject of the that-clause is the one asked (also the clause of
    the object: "voiced concern that conditions in China ...", and a for-to clause: "called for Tokyo to end")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    found = _first_subjects(c for t in (verb, *objects) for c in t.children if c.dep_ in ("ccomp", "acl"))
    # "called for Tokyo to end ...": the subject of a for-to clause
    return found or _first_subjects(
        c for c in verb.children if c.dep_ in ("advcl", "xcomp", "ccomp") and any(m.lower_ == "for" for m in c.children)
    )


def condition_subjects(verb: Token) -> list[Token]:
    """ "threatened to stop talks if the United States goes ahead": the subject of the condition is the one
    threatened (the trigger's own condition or its complement's)."""
    comps = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    if verb.dep_ == "xcomp":  # "if Congress passes the bill, we would have to retaliate"
        comps.append(verb.head)
    return _first_subjects(c for comp in comps for c in comp.children if c.dep_ == "advcl" and _is_condition(c))


def _first_subjects(clauses: Iterable[Token]) -> list[Token]:
    for clause in clauses:
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return [_antecedent(s) for s in subjects]
    return []


def _is_condition(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children)


def complement_targets(verb: Token) -> list[Token]:
    """ "threatened to break relations with Russia", "refused to meet Jordan's king": the target of the act
    the trigger announces, refuses or threatens is the object of its open complement."""
    for child in verb.children:
        if child.dep_ != "xcomp":
            continue
        found = [c for c in child.children if c.dep_ in ("dobj", "dative")]
        # "refused to allow United Nations planes to land": the one allowed is the subject of the clause
        found = found or [s for c in child.children if c.dep_ in ("ccomp", "xcomp")
                          for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]  # fmt: skip
        # "to cut support for X" (the "for" phrase on the noun or, as parsed, on the verb): the one backed
        backing = any(lemma_of(o) in BACKING for o in found)
        allowed = (*COMPLEMENT_PREPS, "for") if backing else COMPLEMENT_PREPS
        preps = [c for c in child.children if c.dep_ == "prep" and c.lower_ in allowed]
        preps += [c for o in found for c in o.children if c.dep_ == "prep" and c.lower_ in allowed]
        found += [p for c in preps for p in c.children if p.dep_ == "pobj"]
        return found or complement_targets(child)
    return []


def _reported_roles(modal: Token, rule: TriggerRule) -> Roles:
    """ "Russia said Sudan must return the helicopter": the reporter demands, the clause subject is asked.

    Only inside a clause reported by a speaker: "we must act" on its own demands nothing of anybody.
    """
    # the modal's clause, a predicate's ("said the launch was unacceptable"), or the trigger's own ("did not accord")
    clause = modal.head if modal.dep_ in ("aux", "acomp", "attr") else modal
    # "said the test was reckless and that the Council needed to act": the second of coordinated reported clauses
    reported = clause
    # "said X is doing everything possible to sabotage ...": an open complement shares its clause's report
    while (reported.dep_ == "conj" or (reported.dep_ in ("xcomp", "advcl") and not _own_subject(reported))) and (
        reported.head is not reported
    ):
        reported = reported.head
    teller = reported.head
    if reported.dep_ == "acl" and lemma_of(teller) in POSITIONS and teller.dep_ == "dobj":
        teller = teller.head  # "we maintain our position that the offers were not enough"
    elif reported.dep_ != "ccomp":
        return Roles()
    if lemma_of(teller) not in REPORTING:
        return Roles()
    subjects = [_antecedent(c) for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and clause is not reported and clause.dep_ in ("xcomp", "advcl"):
        subjects = subject_of(clause)  # the subject the open complement inherits ("X is trying to sabotage")
    # "all options are on the table against X": the recipient preposition of the predicate or of its object
    inner = [p for c in clause.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    # "said lifting the sanctions on X is out of the question": the act as subject names its party
    acts = [c for c in clause.children if c.dep_ == "csubj"]
    subjects += [r for t in (clause, *inner, *subjects, *acts) for r in _prep_objects(t, rule.recipient_preps)]
    return Roles(actors=subject_of(teller), recipients=subjects)


def reporter_of(pronoun: Token) -> Token | None:
    """The verb reporting the clause a pronoun is the subject (or the subject's possessor) of: "X said he had
    warned Y", "X told journalists that his country could not accept ..."."""
    token = pronoun
    if token.dep_ == "poss" and token.head is not token:
        token = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or token.head is token:
        return None
    clause = _told_clause(token.head, ("conj", "xcomp"), REPORTING)
    return clause.head if clause is not None else None


def _told_clause(token: Token, climb: tuple[str, ...], verbs: set[str]) -> Token | None:
    """The clause `token` belongs to (up through `climb` links), when it is the that-clause of one of `verbs`."""
    clause = token
    while clause.dep_ in climb and clause.head is not clause:
        clause = clause.head
    if clause.dep_ == "ccomp" and clause.head is not clause and lemma_of(clause.head) in verbs:
        return clause
    return None


# How a subjectless fragment hangs on the verb that quotes it ('X tweeted: "Caught - very disappointed that ..."')
QUOTED_DEPS = ("acomp", "xcomp", "conj", "dep", "ccomp", "parataxis", "advcl", "amod", "dobj")
# Where a quote hangs on its reporting verb (a quoted fragment may be parsed as the verb's object)
QUOTE_DEPS = ("ccomp", "dep", "parataxis", "dobj")


def quoted_speaker(token: Token) -> list[Token]:
    """Who says a subjectless judgement: the subject of the reporting verb its fragment is quoted by, if no clause
    between them has a subject of its own."""
    if any(c.dep_ in (*SUBJECTS, "nsubjpass", "auxpass") for c in token.children):
        return []  # "licences were refused, he said": a passive with its agent unnamed
    child = token
    for verb in token.ancestors:
        if child.dep_ not in QUOTED_DEPS:
            return []
        if child.dep_ in QUOTE_DEPS and lemma_of(verb) in REPORTING:
            return subject_of(verb)
        if child.dep_ == "dobj":
            return []  # an object of any other verb is no quote
        if _own_subject(verb):
            return []
        child = verb
    return []


def _own_subject(clause: Token) -> bool:
    return any(c.dep_ in (*SUBJECTS, "nsubjpass") for c in clause.children)


def lemma_of(token: Token) -> str:
    return (token.lemma_ or token.lower_).lower()


def _verb_roles(verb: Token, rule: TriggerRule) -> Roles:
    roles = Roles(actors=_sender(verb) or subject_of(verb))
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) and lemma_of(verb) not in STATIVE
    for child in verb.children:
        if child.dep_ == "dative" and child.pos_ == "ADP":  # "offered his support to Putin"
            roles.recipients.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "dative" and rule.object_role == "none":  # "sent Tokyo an invitation": still the recipient
            roles.recipients.append(_antecedent(child))
        elif (
            child.dep_ in ("dobj", "dative", "iobj", "attr")
            or (child.dep_ == "nsubjpass" and passive)
            # "called the operation 'ethnic cleansing'" parsed with two predicates: the first is the object
            or (child.dep_ == "oprd" and any(o.dep_ == "oprd" and o.i > child.i for o in verb.children))
        ):
            _take_object(roles, _antecedent(child), rule)
            # "expressed opinion on X", "imposed sanctions on X": the object's preposition names the recipient
            roles.recipients.extend(_prep_objects(child, rule.recipient_preps))
            if rule.object_role == "none":  # "fired a missile that flew over Japan": the path of the thing
                roles.recipients.extend(p for r in child.children if r.dep_ in ("relcl", "acl")
                                        for p in _prep_objects(r, rule.recipient_preps))  # fmt: skip
        elif child.dep_ == "prep" and child.lower_ in rule.recipient_preps:
            roles.recipients.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "agent" and "by" in rule.recipient_preps and lemma_of(verb) in STATIVE:
            # "Japan was deeply disappointed by the US tariffs": parsed as a passive, the one felt about
            roles.recipients.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "xcomp" and child.tag_ == "VBG":  # "ruled out easing the embargo on Cuba"
            roles.recipients.extend(_prep_objects(child, rule.recipient_preps))
    if not roles.recipients and rule.object_role == "none" and (noun := _participle_noun(verb)) is not None:
        # "relations with X, broken off by Y": the participle's noun names the recipient in its own phrase
        roles.recipients.extend(_prep_objects(noun, rule.recipient_preps))
    if lemma_of(verb) in BLAME_ON:
        # "blamed the attack on Iran", "the attack was blamed on Iran": the one blamed follows "on"
        holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
        blamed = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "on"
                  for p in c.children if p.dep_ == "pobj"]  # fmt: skip
        if blamed:
            roles.recipients = [r for r in roles.recipients if r.dep_ not in ("dobj", "nsubjpass")] + blamed
    for shifted in shifted_objects(verb):
        _take_object(roles, shifted, rule)
        roles.recipients.extend(_prep_objects(shifted, rule.recipient_preps))
    if rule.symmetric and not roles.recipients:
        roles.recipients.extend(hyphen_pair(verb))
    if rule.object_role == "event" and not roles.objects:
        found = _loose_relative(verb)
        if found is not None:
            roles.objects.append(found)
    return roles


def _participle_noun(verb: Token) -> Token | None:
    """The noun a past participle describes: its head ("relations broken off by X"), or, when the participle after
    a comma is parsed as an adverbial clause ("restore relations with Y, broken off by X"), the last object
    before it."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if verb.dep_ == "acl":
        return verb.head
    if verb.dep_ != "advcl":
        return None
    objects = [t for t in verb.head.subtree if t.i < verb.i and t.dep_ == "dobj"]
    return objects[-1] if objects else None


# What one party sends another, whose purpose clause is the sender's: "received a call from X to thank him"
SENDINGS = {"call", "letter", "message", "visit", "note", "telegram", "cable", "phone", "telephone"}


def _sender(verb: Token) -> list[Token]:
    """ "received a call from Putin to thank him": the purpose of a call (letter, message, visit) received is its
    sender's, not the receiver's."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []
    sent = [c for c in verb.head.children if c.dep_ in ("dobj", "nsubjpass") and lemma_of(c) in SENDINGS]
    return [p for c in sent for f in c.children if f.dep_ == "prep" and f.lower_ == "from"
            for p in f.children if p.dep_ == "pobj"]  # fmt: skip


def hyphen_pair(verb: Token) -> list[Token]:
    """ "signed a deal on China-UK tourism", "signed the US-Japan trade pact": the two names joined by a hyphen in
    the object (or in the topic phrase of the verb or the object) are the parties of a symmetric act."""
    holders = [c for c in verb.children if c.dep_ == "dobj"]
    holders += [p for h in (verb, *holders) for c in h.children if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS
                for p in c.children if p.dep_ == "pobj"]  # fmt: skip
    for holder in holders:
        words = list(holder.subtree)
        for left, dash, right in zip(words, words[1:], words[2:], strict=False):
            if dash.tag_ == "HYPH" and left.pos_ == right.pos_ == "PROPN" and right.i == dash.i + 1 == left.i + 2:
                return [left, right]
    return []


def shifted_objects(verb: Token) -> list[Token]:
    """ "denounced as an ugly crime Serbia's suppression of ...": an object moved after its "as" predicate is
    parsed as an apposition of the predicate; it is the verb's direct object (only when the verb has none)."""
    if any(c.dep_ in ("dobj", "dative", "iobj") for c in verb.children):
        return []
    return [
        a for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
        for p in c.children if p.dep_ == "pobj" for a in p.children if a.dep_ == "appos"
    ]  # fmt: skip


def _loose_relative(verb: Token) -> Token | None:
    """The noun a misparsed relative clause refers to: "the Olympics in Beijing, which X are set to boycott"."""
    clause = [t for t in verb.doc[: verb.i] if t.lower_ in ("which", "that") and t.tag_ == "WDT"]
    if not clause:
        return None
    before = [t for t in verb.doc[: clause[-1].i] if t.pos_ in ("NOUN", "PROPN")]
    if not before:
        return None
    noun = before[-1]
    while (
        noun.dep_ in ("pobj", "prep", "compound")
        and noun.head is not noun
        and noun.head.pos_ in ("NOUN", "PROPN", "ADP")
    ):
        noun = noun.head
    return noun


def _prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    """The recipients named by the object's prepositions, or, for a part or a batch of something, by those of
    its "of" phrase: "suspended part of a military aid program for Bosnia", "halted deliveries of aid to Iraq"."""
    found = [
        p for c in token.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children if p.dep_ == "pobj"
    ]
    if not found and token.tag_ == "VBG":  # an act as object: "ruled out easing the embargo on Cuba"
        found = [p for c in token.children if c.dep_ == "dobj" for p in _prep_objects(c, preps)]
    if found or lemma_of(token) not in PARTITIVES:
        return found
    inner = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return [p for c in inner for p in _prep_objects(c, preps)]


def _take_object(roles: Roles, token: Token, rule: TriggerRule) -> None:
    if rule.object_role == "recipient":
        roles.recipients.append(token)
    elif rule.object_role == "event":
        roles.objects.append(token)


def _antecedent(token: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies ("the Olympics, which ... boycott")."""
    if token.lower_ not in RELATIVE_PRONOUNS:
        return token
    for ancestor in token.ancestors:
        if ancestor.dep_ == "relcl":
            return ancestor.head
    return token


def subject_of(verb: Token) -> list[Token]:
    """The acting phrase(s) of a verb, inherited up complements, coordination and relative clauses."""
    seen = 0
    token = verb
    while seen < 6:
        seen += 1
        agents = [p for c in token.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        if agents and lemma_of(token) not in STATIVE:  # "was disappointed by X": X is what disappoints
            return agents
        subjects = [c for c in token.children if c.dep_ in SUBJECTS]
        if not subjects and lemma_of(token) in STATIVE:
            subjects = [c for c in token.children if c.dep_ == "nsubjpass"]
        if not subjects and token is not verb and (token.lemma_ or token.lower_) in RAISING:
            subjects = [c for c in token.children if c.dep_ == "nsubjpass"]
        if subjects:
            return [_antecedent(s) for s in subjects]
        if _after_quote(token):
            # 'X said "China can fix this", urging Beijing to act': the participle after the quote is the
            # reporter's, though parsed on the quoted verb
            while token.dep_ in ("advcl", "conj") and token.tag_ == "VBG":
                token = token.head
            token = token.head
            continue
        if token.dep_ in ("xcomp", "conj", "acomp", "advcl", "pcomp") and token.head is not token:
            token = token.head
        elif token.dep_ == "prep" and token.lower_ in TIME_PREPS and token is not verb and token.head is not token:
            token = token.head  # "was speaking after holding talks": from the preposition to its verb
        elif token.dep_ == "acl" and token.tag_ == "VBN":
            return []  # "Moscow accused of ...": the noun is the one acted on, the actor is unnamed
        elif token.dep_ in ("relcl", "acl") and any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
            return []  # "a Tunisian who had been rejected for asylum": the noun is the one acted on
        elif token.dep_ in ("relcl", "acl") and token.head is not token:
            return [token.head]
        else:
            return []
    return []


QUOTES = {'"', "''", "``", "”", "“"}


def _after_quote(token: Token) -> bool:
    """A participle hung on a quoted clause ('said "...", urging'), a closing quote between them."""
    if token.dep_ not in ("advcl", "conj") or token.tag_ != "VBG":
        return False
    quoted = token.head
    while quoted.dep_ == "advcl" and quoted.tag_ == "VBG" and quoted.head is not quoted:
        quoted = quoted.head  # "..., urging X and also calling on Y": the second hangs on the first
    if quoted.dep_ != "ccomp" or lemma_of(quoted.head) not in REPORTING or quoted.head.i > token.i:
        return False
    return any(t.text in QUOTES for t in token.doc[quoted.i : token.i])


def _noun_roles(noun: Token, rule: TriggerRule) -> Roles:
    behest = _at_behest(noun)
    if behest is not None:
        return behest
    roles = Roles()
    for child in noun.children:
        # "Russian sanctions", "a U.S. request": a name or a proper adjective; not "a week-long trip"
        named = child.pos_ == "PROPN" or (child.pos_ == "ADJ" and child.text[:1].isupper())
        if (child.dep_ == "poss" and child.lower_ not in WHEN_WORDS) or (
            child.dep_ in ("amod", "compound", "nmod") and named
        ):
            roles.actors.append(child)
        elif child.dep_ == "prep" and (child.lower_ == "by" or (child.lower_ == "from" and lemma_of(noun) in SOURCED)):
            roles.actors.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "prep" and child.lower_ in rule.recipient_preps:
            roles.recipients.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "prep" and child.lower_ in ("of", "on", "against") and rule.object_role == "event":
            roles.objects.extend(c for c in child.children if c.dep_ == "pobj")
    if not roles.recipients and rule.object_role == "none":
        # "the firing of a missile over Japan": the thing of the act carries the path or the target
        of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
        things = [p for c in of for p in c.children if p.dep_ == "pobj"]
        roles.recipients.extend(r for t in things for r in _prep_objects(t, rule.recipient_preps))
    if rule.symmetric and not roles.actors:
        _membership(noun, roles)
    if not roles.recipients and rule.object_role != "none" and lemma_of(noun) in ACT_NOUNS:
        roles.recipients = noun_complement_targets(noun)
    governor = governing_verb(noun)
    if governor is not None:
        if not roles.recipients and roles.actors and _conceded(noun):
            # "defended the plan despite opposition from X": X opposes the one who goes ahead
            roles.recipients = subject_of(governor)
        if not roles.actors:
            roles.actors = subject_of(governor)
        if not roles.actors and rule.symmetric:
            roles.actors = _reporter(governor)
        # "a trip that will begin with talks with Sisi": who makes the trip holds the talks
        for _ in range(2):
            if len(roles.actors) != 1 or lemma_of(roles.actors[0]) not in JOURNEYS:
                break
            outer = governing_verb(roles.actors[0])
            roles.actors = subject_of(outer) if outer is not None else []
        for child in governor.children:  # "issued a warning to X": "to X" may be parsed as the verb's dative
            if child.dep_ in ("prep", "dative") and child.lower_ in rule.recipient_preps and child.i not in _span(noun):
                roles.recipients.extend(c for c in child.children if c.dep_ == "pobj" and c.i not in _span(noun))
            elif child.dep_ == "dative" and child.pos_ in ("NOUN", "PROPN") and rule.object_role == "recipient":
                roles.recipients.append(child)  # "gave Tokyo a clear warning", "sent Seoul an invitation"
    return roles


# A possessor that dates the act, not its author: "Friday's request to X", "last week's talks"
WHEN_WORDS = {*WEEKDAYS, "today", "yesterday", "tomorrow", "week", "month", "year", "weekend"}

# Nouns of a speech act whose content is an act on someone: "X's threat to impose tariffs on Japanese goods",
# "X's refusal to accept Y's plan", "threats of military action against Y"
ACT_NOUNS = {"threat", "refusal", "demand", "request", "ultimatum"}


def noun_complement_targets(noun: Token) -> list[Token]:
    """The target of the act a threat, demand or refusal noun states: the object of its to-infinitive (or that
    object's or the verb's "on/against/..." phrase), or the "against/on" phrase of its "of" act."""
    for child in noun.children:
        if child.dep_ == "acl" and any(a.lower_ == "to" for a in child.children):
            found = [c for c in child.children if c.dep_ in ("dobj", "dative")]
            holders = (child, *found)
            preps = [c for t in holders for c in t.children if c.dep_ == "prep" and c.lower_ in COMPLEMENT_PREPS]
            return found + [p for c in preps for p in c.children if p.dep_ == "pobj"]
        if child.dep_ == "prep" and child.lower_ == "of":
            acts = [p for p in child.children if p.dep_ == "pobj"]
            found = [p for a in acts for p in _prep_objects(a, ("against", "on"))]
            if found:
                return found
    return []


# What talks about joining a body are on: "talks on Russia's membership of the WTO"
JOINING = {"membership", "accession", "entry", "admission"}


def _membership(noun: Token, roles: Roles) -> None:
    """ "talks on Russia's proposed membership of the WTO": the state joining holds them with the body it joins."""
    for topic in (p for c in noun.children if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS for p in c.children):
        if topic.dep_ == "pobj" and lemma_of(topic) in JOINING:
            roles.actors += [c for c in topic.children if c.dep_ == "poss"]
            roles.recipients += _prep_objects(topic, ("of", "to", "into", "in"))


def _reporter(verb: Token) -> list[Token]:
    """ "Mulroney said progress was made in the talks with the US": in a reported clause with no subject of its
    own, talks and agreements are the reporter's (the speaker is a party to what the clause tells)."""
    clause = _told_clause(verb, ("xcomp", "conj", "aux"), REPORTING)
    if clause is None:
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") and c.pos_ != "NOUN" for c in clause.children):
        return []  # "said China and Japan were in talks": a party of the clause, not the speaker
    return subject_of(clause.head)


def _at_behest(noun: Token) -> Roles | None:
    """ "The Council will meet at the request of France and Germany": the "of" phrase asks, the subject of the
    verb the phrase modifies is the one asked (also "at the urging / behest / invitation of X")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in BEHEST_PREPS or prep.head is prep or not is_verbal(prep.head):
        return None
    askers = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    if not askers:
        return None
    return Roles(actors=askers, recipients=subject_of(prep.head))


def _conceded(noun: Token) -> bool:
    """The noun heads a concessive phrase: "despite / in spite of / amid opposition from X"."""
    head = noun.head
    if noun.dep_ != "pobj" or head is noun:
        return False
    if head.lower_ == "of" and head.head.lower_ == "spite":
        return True
    return head.lower_ in CONCESSIVE


# Verbs of a conversation: what is said in it is said to the other side ("spoke with X and expressed concern")
CONVERSING = {"speak", "talk", "meet", "confer", "consult", "phone", "telephone"}


def addressees(trigger: Token) -> list[Token]:
    """Whom a statement is addressed to: the "to" phrase of a message it was made in ("warned in a letter to the
    UN", "criticised the move in a message to Japan"), or the object of a verb of telling whose clause holds the
    trigger ("Putin told Biden that Russia would retaliate")."""
    heads = [trigger, *(t for t in trigger.ancestors if is_verbal(t))][:2]
    found = [
        p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "via", "through", "during")
        for m in c.children if m.dep_ == "pobj" and lemma_of(m) in MESSAGES
        for to in m.children if to.dep_ == "prep" and to.lower_ == "to" for p in to.children if p.dep_ == "pobj"
    ]  # fmt: skip
    if found:
        return found
    head = trigger.head
    if (
        trigger.dep_ == "conj"
        and lemma_of(head) in CONVERSING
        and not any(c.dep_ in SUBJECTS for c in trigger.children)
    ):
        # "spoke with X and expressed concern", "met X and urged ...": said in that conversation, to X
        met = [c for c in head.children if c.dep_ == "dobj"]
        met += [
            p for c in head.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"
        ]
        if met:
            return met
    clause = _told_clause(trigger, ("xcomp", "conj", "aux", "acomp"), ADDRESSING)
    return [c for c in clause.head.children if c.dep_ in ("dobj", "dative", "iobj")] if clause is not None else []


def attendees(noun: Token) -> list[Token]:
    """Who takes part in the meeting a noun names: the subject of the verb it hangs on ("Trump will attend the
    APEC summit", "leaders gathered for an EU summit")."""
    governor = governing_verb(noun)
    return subject_of(governor) if governor is not None else []


def _span(token: Token) -> set[int]:
    return {t.i for t in token.subtree}


def governing_verb(noun: Token) -> Token | None:
    """The verb a noun is an argument of, through prepositions and objects ("voted in favor of a resolution")."""
    token = noun
    while token.dep_ in CLIMB_DEPS and token.head is not token:
        token = token.head
        if is_verbal(token):
            return token
    return None


# The grounds of a punitive act that name its target: "in retaliation for Japan's failure", "to retaliate for
# X's refusal", "in response to Pyongyang's test", "because Japan did not honor the pact"
RETALIATION_NOUNS = {"retaliation", "reprisal", "response", "punishment", "revenge"}
RETALIATION_VERBS = {"retaliate", "respond", "punish", "avenge"}
GROUND_PREPS = {"for", "to", "against"}
CAUSAL_MARKS = {"because"}
# "tariffs on microchips imported from Japan": goods named by where they come from
ORIGIN_VERBS = {"import", "make", "produce", "manufacture", "ship", "export", "originate"}


def punished(trigger: Token) -> list[Token]:
    """Who a sanction with no recipient named may punish, read from its grounds or the origin of the goods it
    hits, on the trigger and the verbs it complements (at most three levels up), nearest first."""
    found: list[Token] = []
    verb, levels = trigger, 0
    while True:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        # "announced the sanctions in retaliation for ...": the grounds may hang on the object
        for child in [*verb.children, *(c for o in objects for c in o.children if c.dep_ == "prep")]:
            lemma = lemma_of(child)
            if child.dep_ == "prep" and child.lower_ in ("in", "as"):
                for noun in (p for p in child.children if p.dep_ == "pobj" and lemma_of(p) in RETALIATION_NOUNS):
                    found += _grounds(noun)
            elif child.dep_ in ("advcl", "xcomp") and lemma in RETALIATION_VERBS:
                found += _grounds(child)
                found += [c for c in child.children if c.dep_ == "dobj"]
            elif child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CAUSAL_MARKS for m in child.children):
                found += [c for c in child.children if c.dep_ == "nsubj"]
            elif child.dep_ == "dobj" or (child.dep_ == "prep" and child.lower_ == "on"):
                goods = _prep_objects(child, ("on",)) if child.dep_ == "dobj" else _prep_objects(verb, ("on",))
                for good in goods:
                    for acl in (c for c in good.children if c.dep_ == "acl" and lemma_of(c) in ORIGIN_VERBS):
                        found += _prep_objects(acl, ("from", "in"))
        levels += 1
        if levels > 3 or verb.dep_ not in ("xcomp", "ccomp", "conj") or verb.head is verb:
            return found
        verb = verb.head


def _grounds(token: Token) -> list[Token]:
    """The "for/to/against" phrase of a retaliation: "for Japan's failure", "for what he called Japan's failure"."""
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in GROUND_PREPS]
    found = [p for c in preps for p in c.children if p.dep_ == "pobj"]
    called = [p for c in preps for p in c.children if p.dep_ == "pcomp"]
    return found + [o for v in called for o in v.children if o.dep_ in ("oprd", "dobj") and o.tag_ != "WP"]
