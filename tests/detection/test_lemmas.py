"""Tests for lemmas.py: the memoised lemmatizer gives the stock lemmatizer's lemmas, token for token."""

from __future__ import annotations

import numpy
import pytest

from streams.detection.lemmas import MemoLemmatizer, memoised

pytestmark = pytest.mark.model

TEXT = (
    "The ministers criticized the sanctions imposed on Moscow by the allies, while negotiators discussed "
    "proposals. Officials said they were meeting again; the talks had been going well and the leaders met twice. "
    "Japan's envoys visited Seoul, visiting the ministries it visits every year, better than before."
)


def test_memoised_lemmas_are_the_stock_lemmatizers(nlp):
    stock = [t.lemma_ for t in nlp(TEXT)]
    memo = memoised(nlp.get_pipe("lemmatizer"))
    assert isinstance(memo, MemoLemmatizer)
    for _ in range(2):  # the second pass answers from the memo
        doc = nlp(TEXT)
        doc.from_array(["LEMMA"], numpy.zeros((len(doc), 1), dtype="uint64"))
        assert [t.lemma_ for t in memo(doc)] == stock
    assert len(memo.memo) < len(stock), "repeated (word, POS, morphology) triples are asked once"
    assert type(nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")["noun"]) is list, "pipeline untouched"
