"""A trigger read in context: the rule, the predicate and the resolved parties, before it becomes events."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from streams.detection.actors import Mention
from streams.detection.lexicon import TriggerMatch
from streams.records import Actor, Location


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
