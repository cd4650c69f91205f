"""Tests for sentences.py: the array sentencizer starts the same sentences as spaCy's Sentencizer."""

from __future__ import annotations

import pytest
from spacy.pipeline import Sentencizer

from streams.detection.sentences import FastSentencizer

TEXTS = [
    "",
    ".",
    "...",
    "One sentence without an end",
    "Japan met Brazil. Then France spoke!  And Peru? Yes.",
    '"We will respond," he said. "No!" she replied. (It ended.) Next one.',
    '?!" (b) c. d e... f',
    "Line one\n\nLine two. U.S. officials met on Jan. 5 in Washington D.C. today.",
    "Dr. Roe met Mr. Doe ; they talked : a lot . . . then left",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_same_sentence_starts_as_spacys_sentencizer(blank_vocab_nlp, text: str):
    stock = Sentencizer()(blank_vocab_nlp.make_doc(text))
    fast = FastSentencizer(blank_vocab_nlp.vocab)(blank_vocab_nlp.make_doc(text))
    assert [t.is_sent_start for t in fast] == [t.is_sent_start for t in stock]
