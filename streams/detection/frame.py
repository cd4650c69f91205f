"""What a family reads: the article so far (ArticleContext) and a trigger read in context (Frame: the rule,
the predicate and the resolved parties, before it becomes events)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy
from spacy.tokens import Doc, Token

from streams.detection import roles
from streams.detection.actors import POSTS, TITLE_QUALIFIERS, Mention, among, surnames
from streams.detection.lexicon import TriggerMatch
from streams.detection.text import CleanText
from streams.records import Actor, Article, Event, Location


@dataclass
class Frame:
    match: TriggerMatch
    anchor: Token
    offset: int  # character offset of the parsed sentence in the article
    actors: list[Actor]
    recipients: list[Actor]
    objects: list[Mention]  # actors named in the thing acted on ("the Winter Olympics in Beijing")
    status: str
    location: Location | None = None
    notes: list[str] = field(default_factory=list)


# Nouns by which an article refers back to a state it has named ("the isolated country", "the kingdom"), and
# to an organisation ("the bloc", "the alliance"). Words before them that make the phrase plural or another party.
STATE_EPITHETS = {"country", "nation", "kingdom", "regime", "republic", "state", "emirate", "monarchy"}
ORG_EPITHETS = {"bloc", "alliance", "community", "organisation", "organization"}
NOT_EPITHET_WORDS = {"other", "two", "both", "three", "several", "many", "member", "same", "each", "every", "host",
                     "home", "whole", "entire", "first", "next", "last", "only", "international", "whose", "world",
                     "united", "islamic", "jewish", "arab", "african", "european", "western", "free",
                     "nation"}  # fmt: skip
# "the state media", "the country visit": the epithet's word heading another noun is no reference
NOT_AFTER_EPITHET = {"media", "department", "broadcaster", "television", "news", "agency", "visit", "-", "council",
                     "run", "owned", "level", "secretary", "legislature", "assembly", "budget", "capital"}  # fmt: skip
# "the coalition": the one a state leads, named before as "the Saudi-led coalition" / "a coalition led by X"
COALITIONS = {"coalition"}
EPITHETS = STATE_EPITHETS | ORG_EPITHETS | COALITIONS
# "X said the country would ...": bare, these are the speaker's own state (unlike "the regime", said of another)
OWN_EPITHETS = {"country", "nation"}
# Words that end a post only when it was said of a state's person named by post alone ("Myanmar's army chief")
ANONYMOUS_ONLY = {"chief"}
ANONYMOUS_POSTS = POSTS | ANONYMOUS_ONLY
# Words that end a post or an epithet after "the"
HEAD_WORDS = POSTS | EPITHETS | ANONYMOUS_ONLY
# Words of a post as said before a name ("Foreign Secretary"), and the qualifiers that may open one after "the"
TITLE_RUN = TITLE_QUALIFIERS | POSTS
POST_QUALIFIERS = TITLE_QUALIFIERS - {"the", "and", "of"}
# How far back (in people or places named) a brief mention looks for its referent: the recent context, and a
# bound on the work for an article of thousands of names
RECENT = 200
# Measures whose target a later "the ban" refers back to, and how far before the target's name they may stand
MEASURES = {"ban", "bans", "embargo", "embargoes", "sanctions", "blockade", "boycott"}
MEASURE_WINDOW = 7
# "the two countries" names the latest pair named together only if it is among the last places named
PAIR_WINDOW = 6
# "the North" / "the South" on the Korean peninsula: only in an article that named North Korea
COMPASS = {"North": ("PRK", {"PRK"}), "South": ("KOR", {"PRK", "KOR"})}
# An organisation's body by its bare name ("the Commission"), only in an article that named the organisation
INSTITUTIONS = {"Commission": "EUR"}


@dataclass(frozen=True)
class Named:
    """A person named in full in the article, from `at` (character offset) on."""

    at: int
    mention: Mention
    titles: frozenset[str]  # post words said of them ("president", "secretary", "ambassador", ...)
    words: tuple[str, ...]  # the name's words, hyphens apart ("Moon", "Jae", "-", "in")


@dataclass
class ArticleContext:
    """What the detector knows about the article while it reads it sentence by sentence.

    Besides the people named (for he/she), it keeps who was named in full and which states and organisations
    were named where, so that later brief mentions resolve within the article: a surname ("Moon", "Mr Straw"),
    a post ("the president"), a country epithet ("the North", "the reclusive state", "the bloc").
    """

    article: Article
    published: date  # the reference day: publication, else ingestion (see `date_source`)
    people: list[tuple[int, int, Mention]]  # (char offset, sentence offset, person mention) in text order
    events: list[Event] = field(default_factory=list)
    date_source: str = "published"  # or "received": the article has no usable publication date
    text: CleanText | None = None  # the normalised text the offsets above index (None: the article's own)
    lead_end: int = 0  # end offset of the lead (the first two sentences): its dated meeting dates what follows
    named: list[Named] = field(default_factory=list)
    places: list[tuple[int, str, str, str]] = field(default_factory=list)  # (offset, code, name, kind) in order
    by_surname: dict[str, list[Named]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # country code -> the name the article first gives it
    # (offset, party, party, "state" or "org": whether an organisation is one) named together
    pairs: list[tuple[int, str, str, str]] = field(default_factory=list)
    home: str | None = None  # the state of the article's dateline ("LONDON, April 11 -"), for people by post
    roles_home: str | None = None  # the same, for role nouns ("officials"), when the article begins with it
    measures: list[tuple[int, str]] = field(default_factory=list)  # (offset, target) of bans named: "ban on X"
    # the article Doc's dictionary and introduced mentions (token indices), reused for its parsed sentences
    mentions: list[Mention] = field(default_factory=list)
    # the sorted hashes of `by_surname`'s words: computed once per article (`learn` resets it), not per sentence
    surname_hashes: Any = None
    # character offsets where the sentences that name a state or organisation start, in order
    party_sentences: list[int] = field(default_factory=list)
    coalitions: list[tuple[int, str]] = field(default_factory=list)  # (offset, leader) of "the X-led coalition"
    # (offset, post, state) of people named by their state and post only: "Myanmar's army chief", "a Japanese
    # official", for a later "the army chief" / "the official"
    anonymous: list[tuple[int, str, str]] = field(default_factory=list)
    # offsets of states named as where something happened ("a missile over Japan"), which "the isolated country"
    # does not describe
    located: set[int] = field(default_factory=set)

    def people_before(self, offset: int) -> list[Mention]:
        return [m for _, _, m in self.people[: self._before(self.people, offset)]]

    def antecedent(self, offset: int, sentence: int) -> Mention | None:
        """Who "he"/"she" at `offset` is: the first person named earlier in its sentence, else the first
        person of the latest sentence that names one (the subject, as a rule, in news prose)."""
        end = self._before(self.people, offset)
        if not end:
            return None
        # people are in text order: the latest one named is in the current sentence if any is, else in the
        # latest sentence that names one; the first of that sentence is the one
        target = self.people[end - 1][1]
        first = end - 1
        while first > 0 and self.people[first - 1][1] == target:
            first -= 1
        return self.people[first][2]

    @staticmethod
    def _before(items: Sequence[Any], offset: int) -> int:
        """How many of `items` (in text order: tuples starting with, or Named at, a character offset) lie
        before `offset`."""
        return bisect.bisect_left(items, offset, key=_at)

    def previous_subject_party(self, sentence: int) -> Mention | None:
        """The organisation "It"/"They" opening the sentence at `sentence` refers to: the first party named (by its
        name, not a person's) in the latest earlier sentence that names one, if that is an organisation ("The GATT
        Council ruled ... . It called on Washington"). A state there is too often not the subject ("the U.S.
        business group ... . They criticised") to be taken."""
        k = bisect.bisect_left(self.party_sentences, sentence)
        if not k:
            return None
        start = self.party_sentences[k - 1]
        for at, code, name, kind in self.places[self._before(self.places, start) :]:
            if at >= sentence:
                break
            if name:
                return Mention(0, 0, "ORG", code, name, "IGO") if kind == "org" else None
        return None

    def last_states(self, offset: int, n: int, sides: bool = False) -> list[Mention]:
        """The two states "the two countries" at `offset` refers to: the latest pair named together ("China and
        Russia") among the last places named, else the last two distinct states named; none if fewer. `sides`
        ("the two sides", "both sides"): an organisation may be one of them ("the EU and the US", "Turkey ... the
        IMF")."""
        kinds = ("state", "org") if sides else ("state",)
        end = self._before(self.places, offset)
        recent = self.places[max(0, end - PAIR_WINDOW) : end]
        pairs = [p for p in self.pairs[: self._before(self.pairs, offset)] if sides or p[3] == "state"]
        if n == 2 and pairs and recent and pairs[-1][0] >= recent[0][0]:
            _, first, second, _ = pairs[-1]
            return [self._mention(c) for c in (first, second)]
        found: list[tuple[str, str, str]] = []
        for _, code, name, kind in reversed(self.places[max(0, end - RECENT) : end]):
            if kind in kinds and code not in {c for c, _, _ in found}:
                found.append((code, name, kind))
            if len(found) == n:
                return [self._mention(code, name) for code, name, _ in reversed(found)]
        return []

    def _mention(self, code: str, name: str | None = None) -> Mention:
        """A mention standing for the state or organisation `code` named before (found by a reference)."""
        org = any(c == code and kind == "org" for _, c, _, kind in self.places)
        if org:
            return Mention(0, 0, "ORG", code, name or self._name(code), "IGO")
        return Mention(0, 0, "COUNTRY", code, name or self._name(code))

    def learn(self, doc: Doc, offset: int, mentions: list[Mention]) -> None:
        """Record the people named in full and the states and organisations named in `doc` (at `offset`)."""
        for m in mentions:
            at = offset + doc[m.start].idx
            if m.person is not None:
                named = Named(at, m, self._titles(doc, m), tuple(m.person.name.replace("-", " - ").split()))
                self.named.append(named)
                for word in surnames(m.person.name, m.code):
                    self.by_surname.setdefault(word, []).append(named)
        self.learn_places(doc, offset, mentions)
        self.surname_hashes = None
        self.named.sort(key=lambda n: n.at)
        for same in self.by_surname.values():
            same.sort(key=lambda n: n.at)

    def learn_measures(self, doc: Doc, offset: int, mentions: list[Mention]) -> None:
        """Record the bans and sanctions named with their target ("the EU's ban on arms exports to China",
        "sanctions against Iran"), for a later "the ban" / "the embargo" that names none."""
        for m in mentions:
            if m.label not in ("COUNTRY", "CAPITAL", "NORP") or m.person is not None:
                continue
            words = [t.lower_ for t in doc[max(0, m.start - MEASURE_WINDOW) : m.start]]
            for k in range(len(words) - 1, -1, -1):
                if words[k] in MEASURES and any(w in ("on", "against") for w in words[k + 1 :]):
                    self.measures.append((offset + doc[m.start].idx, m.code))
                    break
        self.measures.sort()

    def measure_target(self, offset: int) -> str | None:
        """The target of the latest ban named before `offset`."""
        end = self._before(self.measures, offset)
        return self.measures[end - 1][1] if end else None

    def learn_places(self, doc: Doc, offset: int, mentions: list[Mention]) -> None:
        """Record the states and organisations `mentions` name (also those named briefly: "the North"), and the
        pairs of states named together ("China and Russia", for a later "the two countries")."""
        sentences: tuple[list[int], list[int]] | None = None  # (first token, first character) of each, once
        for k, m in enumerate(mentions):
            at = offset + doc[m.start].idx
            kind = _place_kind(m)
            if kind:
                # a person's country counts as named, under the country's name (none known here: "")
                self.places.append((at, m.code, "" if m.person else m.name, kind))
                if not m.person:
                    if sentences is None:  # Token.sent walks its sentence: once per article, not per mention
                        spans = list(doc.sents)
                        sentences = ([s.start for s in spans], [s.start_char for s in spans])
                    first = bisect.bisect_right(sentences[0], m.start) - 1
                    self.party_sentences.append(offset + sentences[1][first])
            if kind == "state" and m.start and doc[m.start - 1].lower_ in LOCATIVE:
                self.located.add(at)
            if kind == "state" and not m.person and (post := _anonymous_post(doc, m)):
                self.anonymous.append((at, post, m.code))
            if kind == "state" and not m.person and _leads_coalition(doc, m):
                self.coalitions.append((at, m.code))
            after = mentions[k + 1] if k + 1 < len(mentions) else None
            # a state or organisation named with another: "China and Russia", "the EU and the US" (a pair with an
            # organisation counts only for "the two sides")
            if kind and after is not None and after.code != m.code:
                other = _place_kind(after)
                if other and _joined_by_and(doc, m.end, after.start):
                    both = "state" if kind == other == "state" else "org"
                    self.pairs.append((offset + doc[after.start].idx, m.code, after.code, both))
        self.places.sort()
        self.pairs.sort()
        self.coalitions.sort()
        self.anonymous.sort()
        self.party_sentences = sorted(set(self.party_sentences))
        self.names = {}

    def _titles(self, doc: Doc, m: Mention) -> frozenset[str]:
        words = set()
        i = m.start - 1
        while i >= 0 and doc[i].lower_ in TITLE_RUN:
            words.add(doc[i].lower_)
            i -= 1
        person = m.person
        # an article without a date of its own may come from an archive: any post the person held may be meant
        # ("Tony Blair ... the prime minister" in an undated 2004 story), not only the one held on ingestion day
        undated = self.date_source == "received"
        for term in person.terms if person else ():
            if undated or term.covers(self.published):
                words.update(term.title.split())
                words.update(["leader"] if term.leader else [])
                words.update(["minister"] if term.role != "head_of_state" and "minister" in term.title else [])
        return frozenset(words & POSTS)

    def brief(self, doc: Doc, offset: int, mentions: list[Mention]) -> list[Mention]:
        """Mentions in `doc` (at `offset` in the article) of parties named earlier in full: a surname with or
        without "Mr", a post ("the president"), a country epithet. They never overlap `mentions`."""
        taken = {i for m in mentions for i in range(m.start, m.end)}
        found: list[Mention] = []
        if not len(doc) or not (self.named or self.places):
            return found
        parsed = doc.has_annotation("DEP")  # once: it reads the whole Doc
        # only "the" and known surnames can start a brief mention: found with one array pass
        if self.surname_hashes is None:
            words = [doc.vocab.strings.add(w) for w in self.by_surname]
            self.surname_hashes = numpy.sort(numpy.array(words, dtype="uint64"))
        orth, lower = doc.to_array(["ORTH", "LOWER"]).T
        # "the" counts only with a post or an epithet within the next four words
        heads = among(lower, _hashes(doc, HEAD_WORDS)) | among(orth, _hashes(doc, (*COMPASS, *INSTITUTIONS)))
        near = numpy.zeros(len(doc), dtype=bool)
        for k in range(1, 5):
            near[:-k] |= heads[k:]
        the = (lower == doc.vocab.strings.add("the")) & near
        starts = numpy.flatnonzero(the | among(orth, self.surname_hashes)).tolist()
        end = 0
        for i in starts:
            if i in taken or i < end:
                continue
            hit = (
                self._surname(doc, i, offset)
                or self._post(doc, i, offset)
                or self._epithet(doc, i, offset, mentions, parsed)
                or self._institution(doc, i, offset)
            )
            if hit is not None and taken.isdisjoint(range(hit.start, hit.end)):
                found.append(hit)
                end = hit.end
        return found

    def _surname(self, doc: Doc, i: int, offset: int) -> Mention | None:
        token = doc[i]
        if not (token.is_alpha and token.text[:1].isupper()) or token.is_upper:
            return None
        at = offset + token.idx
        same = self.by_surname.get(token.text, [])
        end = self._before(same, at + 1)
        for named in reversed(same[max(0, end - RECENT) : end]):
            m = named.mention
            # "Kim Jong Il" is not "Kim Jong Un": a surname followed by other name words must go on as the name
            end = i + 1
            start = named.words.index(token.text)
            while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha and not doc[end].is_sent_start:
                if doc[end].text != (named.words[start + end - i] if start + end - i < len(named.words) else None):
                    return None
                end += 1
            return Mention(i, end, "PERSON", m.code, m.name, m.sector, m.person)
        return None

    def _post(self, doc: Doc, i: int, offset: int) -> Mention | None:
        """ "the president", "the foreign secretary": the latest person of that post named before."""
        if doc[i].lower_ != "the":
            return None
        j = i + 1
        while j < len(doc) and doc[j].lower_ in POST_QUALIFIERS and j - i < 4:
            j += 1
        if (j >= len(doc) or doc[j].lower_ not in POSTS) and doc[j - 1].lower_ in ANONYMOUS_ONLY:
            j -= 1  # "the army chief": a post said of people named by their state only
        elif j >= len(doc) or doc[j].lower_ not in POSTS:
            return None
        after = doc[j + 1] if j + 1 < len(doc) else None
        if after is not None and (after.lower_ == "of" or (after.is_alpha and after.text[:1].isupper())):
            return None  # "the president of France", "the President Donald Trump": named there ("the president's
            # office" is the president's)
        at = offset + doc[i].idx
        post = doc[j].lower_
        # "Myanmar's army chief ... the army chief": the state of the latest one named by post only, unless a person
        # of that post was named in full since
        anonymous = [a for a in self.anonymous[: self._before(self.anonymous, at)] if a[1] == post]
        since = anonymous[-1][0] if anonymous else -1
        end = self._before(self.named, at)
        for named in reversed(self.named[max(0, end - RECENT) : end]):
            if named.at < since:
                break
            if post in named.titles:
                m = named.mention
                return Mention(i, j + 1, "PERSON", m.code, m.name, m.sector, m.person)
        if anonymous:
            code = anonymous[-1][2]
            return Mention(i, j + 1, "COUNTRY", code, self._name(code))
        return None

    def _epithet(self, doc: Doc, i: int, offset: int, mentions: list[Mention], parsed: bool) -> Mention | None:
        if doc[i].lower_ != "the":
            return None
        at = offset + doc[i].idx
        k = i + 1  # "the North", "the nuclear-armed North"; not "the country would retaliate against North Korea"
        while k < len(doc) and k - i <= 4 and (doc[k].is_lower or doc[k].text == "-") and doc[k].lower_ not in EPITHETS:
            k += 1
        nxt = doc[k] if k < len(doc) else None
        if nxt is not None and nxt.text in COMPASS:
            follow = doc[k + 1] if k + 1 < len(doc) else None
            code, needs = COMPASS[nxt.text]
            modifier = parsed and nxt.dep_ in ("compound", "amod")  # "the North workers"
            if (
                (follow is None or not follow.text[:1].isupper())
                and not modifier
                and any(c in needs for _, c, _, _ in self.places[: self._before(self.places, at)])
            ):
                return Mention(i, k + 1, "COUNTRY", code, self._name(code))
            return None
        j = i + 1
        while j < len(doc) and j - i <= 3 and doc[j].is_alpha and doc[j].is_lower and doc[j].lower_ not in EPITHETS:
            j += 1
        if j >= len(doc) or doc[j].lower_ not in EPITHETS:
            return None
        words = {t.lower_ for t in doc[i + 1 : j]}
        head = doc[j]
        after = doc[j + 1] if j + 1 < len(doc) else None
        if words & NOT_EPITHET_WORDS or (head.lower_ == "state" and not words):
            return None
        # "the country of Mexico" names it there; "the country of 26 million people" describes the one named before
        size = j + 2 < len(doc) and doc[j + 2].like_num
        if after is not None and (after.lower_ in NOT_AFTER_EPITHET or (after.lower_ == "of" and not size)):
            return None
        if head.dep_ == "compound" or (head.lower_ == "community" and not head.text[0].isupper()):
            return None
        # "the isolated country", "the communist regime"; not "the sanctions regime"
        if parsed and any(t.pos_ not in ("ADJ", "VERB", "ADV", "PUNCT") for t in doc[i + 1 : j]):
            return None
        kind = "org" if head.lower_ in ORG_EPITHETS else "state"
        if head.lower_ in COALITIONS:
            # the coalition's leader, not the latest state named ("the coalition closed all ports to Yemen")
            led = self.coalitions[: self._before(self.coalitions, at)]
            if not led:
                return None
            code = led[-1][1]
            return Mention(i, j + 1, "COUNTRY", code, self._name(code))
        if parsed and not words and head.lower_ in OWN_EPITHETS and (own := self._reporters_state(head, mentions)):
            # "French President X said the country would ...": the speaker's own state, not another one
            return Mention(i, j + 1, "COUNTRY", own, self._name(own))
        if parsed:
            acting = self._acting_on(doc, head, mentions)
        else:  # unparsed (choosing sentences to parse): the party named last before it
            last = bisect.bisect_right(mentions, i, key=_end) - 1
            acting = mentions[last : last + 1] if last >= 0 else []
        # the party acting on the epithet is someone else ("Washington demanded that the isolated country halts",
        # "North Korea launched a missile over the country")
        here = {m.code for m in acting}
        # a state this sentence names only as a place ("fired a missile over Japan, demanding that the isolated
        # country halt ...") is where something happened, not the party the epithet refers back to
        located = _only_located(doc, mentions) if parsed else set()
        end = self._before(self.places, at)
        for place_at, code, _, sort in reversed(self.places[max(0, end - RECENT) : end]):
            if place_at >= offset and code in located:
                continue
            if words and place_at in self.located:
                continue  # "fired a missile over Japan ... the communist state": the one that fired, not the place
            if sort == kind and code not in here:
                label = "ORG" if kind == "org" else "COUNTRY"
                return Mention(i, j + 1, label, code, self._name(code), "IGO" if kind == "org" else None)
        return None

    def _institution(self, doc: Doc, i: int, offset: int) -> Mention | None:
        """ "the Commission (proposal)" after the EC or EU was named; not "the Commission on Human Rights"."""
        if doc[i].lower_ != "the" or i + 1 >= len(doc) or doc[i + 1].text not in INSTITUTIONS:
            return None
        after = doc[i + 2] if i + 2 < len(doc) else None
        if after is not None and after.lower_ in ("of", "for", "on"):
            return None
        code = INSTITUTIONS[doc[i + 1].text]
        end = self._before(self.places, offset + doc[i].idx)
        if not any(c == code for _, c, _, _ in self.places[max(0, end - RECENT) : end]):
            return None
        return Mention(i, i + 2, "ORG", code, self._name(code), "IGO")

    def last_other_state(self, offset: int, own: set[str | None]) -> Actor | None:
        """The latest state named before `offset` that is none of `own`, among the recent places: the party an
        idiom with no target of its own ("all options are on the table") is aimed at."""
        end = self._before(self.places, offset)
        for _, code, _, kind in reversed(self.places[max(0, end - PAIR_WINDOW) : end]):
            if kind == "state" and code not in own:
                return Actor(self._name(code), self._name(code), code, None)
        return None

    def _name(self, code: str) -> str:
        if not self.names:
            self.names = {c: n for _, c, n, _ in reversed(self.places) if n}
        return self.names.get(code, code)

    @staticmethod
    def _reporters_state(head: Token, mentions: list[Mention]) -> str | None:
        """The state of the one reporting the clause `head` ("the country", bare) is the subject (or the subject's
        possessor) of: "X's Defense Ministry said the country's military conducted a drill"."""
        teller = roles.reporter_of(head)
        if teller is None:
            return None
        said = {t.i for s in roles.subject_of(teller) for t in s.subtree}
        return next((m.code for m in mentions if m.start in said and _place_kind(m) == "state"), None)

    def _acting_on(self, doc: Doc, head: Token, mentions: list[Mention]) -> list[Mention]:
        """Mentions in the subjects of the verbs whose object or complement holds `head` (up to a clause that only
        modifies: "North Korea's launch was when the isolated state fired" keeps North Korea)."""
        subjects: set[int] = set()
        token = head
        while token.head is not token and token.dep_ not in ("advcl", "relcl", "acl", "ROOT"):
            token = token.head
            for c in token.children:
                if c.dep_ in ("nsubj", "nsubjpass") and head not in c.subtree:
                    subjects.update(t.i for t in c.subtree)
        return [m for m in mentions if m.start in subjects]


# prepositions of place and path: "over Japan", "near Guam", "into the sea off Japan"
LOCATIVE = {"over", "near", "into", "across", "toward", "towards", "off", "around", "above", "beyond"}


def _only_located(doc: Doc, mentions: list[Mention]) -> set[str]:
    """Codes that `doc` names only as the object of a preposition of place or path."""

    def located(m: Mention) -> bool:
        last = doc[m.end - 1]
        return last.dep_ == "pobj" and last.head.lower_ in LOCATIVE

    return {m.code for m in mentions if located(m)} - {m.code for m in mentions if not located(m)}


def _anonymous_post(doc: Doc, m: Mention) -> str | None:
    """The post of a person named by their state and post only ("Myanmar's army chief", "a Japanese Foreign
    Ministry official"), not by a name after it ("Japan's prime minister Shinzo Abe")."""
    k = m.end + (m.end < len(doc) and doc[m.end].lower_ in ("'s", "’s"))
    post = None
    while k < len(doc) and k - m.end <= 4 and doc[k].lower_ in TITLE_RUN and doc[k].lower_ not in ("the", "and", "of"):
        post = doc[k].lower_ if doc[k].lower_ in ANONYMOUS_POSTS else None
        k += 1
    after = doc[k] if k < len(doc) else None
    if post is None or (after is not None and (after.text[:1].isupper() or after.lower_ in ("of", "'s", "’s"))):
        return None
    return post


PAIR_JOINERS = {"and", ",", "the", "'s", "’s"}


def _joined_by_and(doc: Doc, start: int, end: int) -> bool:
    """Are tokens `start:end` joiners only, an "and" among them ("China and Russia", "the EU, and the US")? Read up
    to the first other word: the next mention may be paragraphs away."""
    words = set()
    for token in doc[start:end]:
        if token.lower_ not in PAIR_JOINERS:
            return False
        words.add(token.lower_)
    return "and" in words


def _place_kind(m: Mention) -> str:
    """ "org" for an international organisation, "state" for a state (or a person's), "" for another body."""
    return "org" if m.label == "ORG" and m.sector == "IGO" else "state" if m.label != "ORG" else ""


def _leads_coalition(doc: Doc, m: Mention) -> bool:
    """ "the Saudi-led coalition", "a coalition led by Saudi Arabia": `m` names the state leading a coalition.
    (One token is read first: this runs on every state an article names.)"""
    if m.end < len(doc) and doc[m.end].text == "-":
        after = [t.lower_ for t in doc[m.end : m.end + 4]]
        if after[:2] == ["-", "led"] and COALITIONS & set(after[2:]):
            return True
    return m.start >= 3 and doc[m.start - 1].lower_ == "by" and [t.lower_ for t in doc[m.start - 3 : m.start]] == [
        "coalition", "led", "by"]  # fmt: skip


def _at(item: Any) -> int:
    return item.at if isinstance(item, Named) else int(item[0])


def _end(m: Mention) -> int:
    return m.end


_HASHES: dict[frozenset[str], Any] = {}


def _hashes(doc: Doc, words: Any) -> Any:
    """The sorted hashes of a fixed word set (computed once per set)."""
    key = frozenset(words)
    if key not in _HASHES:
        _HASHES[key] = numpy.array(sorted(doc.vocab.strings.add(w) for w in key), dtype="uint64")
    return _HASHES[key]
