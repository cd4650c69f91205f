"""The fast path (parse only candidate sentences) gives exactly the events of a full parse (issue 5).

The corpus sample is read from ../shared at test time (research-only licence: never copied here).
"""

from __future__ import annotations

import json

import pytest

from streams.detection import Detector
from streams.kafka.producer import read_file
from streams.records import Article
from tests.conftest import SEED, SHARED

pytestmark = pytest.mark.model
CORPUS = SHARED / "corpus" / "news.jsonl"


@pytest.fixture(scope="module")
def full(nlp) -> Detector:
    return Detector(nlp, fast=False)


def test_seed_same_events(detector, full):
    article = next(read_file(SEED)).article
    assert detector(article) == full(article)


@pytest.mark.skipif(not CORPUS.exists(), reason="corpus not available beside the project")
def test_corpus_sample_same_events(detector, full):
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    sample = [json.loads(line) for line in lines[:: max(1, len(lines) // 60)]]
    articles = [Article(id=d["id"], text=d["text"], published=d.get("published")) for d in sample]
    fast_events, full_events = detector.pipe(articles), full.pipe(articles)
    assert sum(map(len, full_events)) > 10, "the sample must hold events for the comparison to mean anything"
    for article, fast, slow in zip(articles, fast_events, full_events, strict=True):
        assert fast == slow, article.id
