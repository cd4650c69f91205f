"""Fixtures for rule tests: small actor dictionaries, a blank-vocab Detector and hand-built parsed Docs.

Rule tests never load the statistical model: a sentence is given as (word, pos, tag, dep, head, lemma)
tuples, as en_core_web_sm parses it, and turned into a spaCy Doc by hand.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from streams.detection import Detector
from streams.detection.data_files import data_path
from streams.detection.families import FAMILIES
from streams.records import Article, Event

HERE = Path(__file__).parent
TEST_DATA = HERE / "data"
ACTOR_FILES = ("countries.jsonl", "organisations.jsonl", "leaders.jsonl", "sectors.jsonl")

Spec = Sequence[tuple[str, str, str, str, int, str]]


def make_doc(vocab: Vocab, spec: Spec) -> Doc:
    """A parsed Doc from (word, pos, tag, dep, head index, lemma) tuples; spaces after every word but the last
    and before punctuation."""
    words = [w for w, *_ in spec]
    spaces = [i + 1 < len(words) and words[i + 1] not in (".", ",", "'s", "’s") for i in range(len(words))]
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        pos=[p for _, p, *_ in spec],
        tags=[t for _, _, t, *_ in spec],
        deps=[d for _, _, _, d, *_ in spec],
        heads=[h for *_, h, _ in spec],
        lemmas=[lemma for *_, lemma in spec],
        sent_starts=[i == 0 for i in range(len(words))],
    )


@pytest.fixture(scope="session")
def rule_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir with the packaged lexicons and CAMEO table next to the small test actor dictionaries."""
    root = tmp_path_factory.mktemp("detection-data")
    for name in (*(f"{f}.jsonl" for f in FAMILIES), "cameo.jsonl"):
        shutil.copy(data_path(name), root / name)
    for name in ACTOR_FILES:
        shutil.copy(TEST_DATA / name, root / name)
    return root


@pytest.fixture(scope="session")
def blank_vocab_nlp():  # type: ignore[no-untyped-def]
    return spacy.blank("en")


@pytest.fixture(scope="session")
def rule_detector(blank_vocab_nlp, rule_data: Path) -> Detector:  # type: ignore[no-untyped-def]
    return Detector(blank_vocab_nlp, data_dir=rule_data)


@pytest.fixture(scope="session")
def code(rule_detector: Detector):  # type: ignore[no-untyped-def]
    """Events of one hand-parsed sentence, published 2021-12-16."""

    def run(spec: Spec, published: str = "2021-12-16") -> list[Event]:
        doc = make_doc(rule_detector.nlp.vocab, spec)
        return rule_detector.parsed(doc, Article(id="t", text=doc.text, published=published))

    return run


@pytest.fixture(scope="session")
def code_article(rule_detector: Detector):  # type: ignore[no-untyped-def]
    """Events of an article given as hand-parsed sentences, in order, published 2021-12-16."""

    def run(specs: Sequence[Spec], published: str = "2021-12-16") -> list[Event]:
        docs = [make_doc(rule_detector.nlp.vocab, spec) for spec in specs]
        text = " ".join(d.text for d in docs)
        return rule_detector.parsed(docs, Article(id="t", text=text, published=published))

    return run


def summary(events: list[Event]) -> set[tuple[str, str | None, str | None]]:
    """(type, actor country, recipient country) of each event."""
    return {(e.event_type, e.actor.country, e.recipient.country if e.recipient else None) for e in events}
