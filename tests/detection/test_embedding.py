"""Tests for embedding.py: the memoised tok2vec gives the stock tok2vec's vectors, bit for bit."""

from __future__ import annotations

import numpy
import pytest

from streams.detection.embedding import MemoTok2Vec, memoised

pytestmark = pytest.mark.model

TEXTS = [
    "The ministers criticized the sanctions imposed on Moscow by the allies, while negotiators discussed proposals.",
    "Officials said they were meeting again; the talks had been going well and the leaders met twice.",
    "Japan's envoys visited Seoul, visiting the ministries it visits every year.",
    "",
    "  Seoul  \n\n said the talks went well .",
]


def test_memoised_vectors_are_the_stock_tok2vecs(nlp):
    stock = nlp.get_pipe("tok2vec")
    expected = [stock.predict([nlp.make_doc(t)])[0] for t in TEXTS]
    memo = memoised(stock)
    assert isinstance(memo, MemoTok2Vec)
    for _ in range(2):  # the second pass embeds nothing: every row is in the memo
        docs = list(memo.pipe([nlp.make_doc(t) for t in TEXTS], batch_size=2))
        for doc, vectors in zip(docs, expected, strict=True):
            assert doc.tensor.shape == (len(doc), 96)
            assert numpy.array_equal(doc.tensor, vectors)
    tokens = sum(len(nlp.make_doc(t)) for t in TEXTS)
    assert 0 < len(memo.memo) < tokens, "repeated words are embedded once"


def test_the_parse_on_memoised_vectors_is_the_stock_parse(nlp):
    memo = memoised(nlp.get_pipe("tok2vec"))
    doc = memo(nlp.make_doc(TEXTS[0]))
    for name in nlp.pipe_names[1:]:
        doc = nlp.get_pipe(name)(doc)
    stock = nlp(TEXTS[0])
    assert [(t.tag_, t.dep_, t.head.i) for t in doc] == [(t.tag_, t.dep_, t.head.i) for t in stock]


def test_other_components_run_as_they_are(nlp):
    parser = nlp.get_pipe("parser")
    assert memoised(parser) is parser
