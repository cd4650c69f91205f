"""What a family reads: the article so far (ArticleContext) and a trigger read in context (Frame: the rule,
the predicate and the resolved parties, before it becomes events)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Token

from streams.detection.actors import Mention
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


@dataclass
class ArticleContext:
    """What the detector knows about the article while it reads it sentence by sentence."""

    article: Article
    published: date  # the reference day: publication, else ingestion (see `date_source`)
    people: list[tuple[int, int, Mention]]  # (char offset, sentence offset, person mention) in text order
    events: list[Event] = field(default_factory=list)
    date_source: str = "published"  # or "received": the article has no usable publication date
    text: CleanText | None = None  # the normalised text the offsets above index (None: the article's own)
    lead_end: int = 0  # end offset of the lead (the first two sentences): its dated meeting dates what follows

    def people_before(self, offset: int) -> list[Mention]:
        return [m for at, _, m in self.people if at < offset]

    def antecedent(self, offset: int, sentence: int) -> Mention | None:
        """Who "he"/"she" at `offset` is: the first person named earlier in its sentence, else the first
        person of the latest sentence that names one (the subject, as a rule, in news prose)."""
        earlier = [(s, m) for at, s, m in self.people if at < offset]
        if not earlier:
            return None
        same = [m for s, m in earlier if s == sentence]
        if same:
            return same[0]
        last = earlier[-1][0]
        return next(m for s, m in earlier if s == last)
