"""spaCy's rule-based Sentencizer, as array operations: the same sentence starts, without a Token per token.

spaCy's component walks the Doc token by token in Python objects (a Token is made for each); on whole
articles it was a tenth of the first pass. Its rule: the first token starts a sentence, and so does every
token that is neither punctuation nor a sentence-final character ("." "!" "?" ...) when such a character
came since the previous such token. Read that way, it is a question about the words and the final characters
between them, which cumulative sums answer for the whole Doc at once.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from streams.detection.actors import among


class FastSentencizer:
    """Sets SENT_START as ``spacy.pipeline.Sentencizer`` (default characters, no overwrite) sets it on a fresh Doc."""

    def __init__(self, doc_vocab: Any, punct_chars: set[str] | None = None) -> None:
        chars = punct_chars if punct_chars is not None else Sentencizer.default_punct_chars
        self.finals = numpy.sort(numpy.array([doc_vocab.strings.add(c) for c in chars], dtype="uint64"))

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        orth, punct = doc.to_array(["ORTH", "IS_PUNCT"]).T
        final = among(orth, self.finals)
        words = numpy.flatnonzero(~final & (punct == 0))
        finals_before = numpy.concatenate(([0], numpy.cumsum(final)))  # [i]: final characters among tokens < i
        # a word starts a sentence when a final character stands between it and the word before it
        since = finals_before[words] - finals_before[numpy.concatenate(([0], words[:-1] + 1))]
        starts: Any = numpy.full((len(doc), 1), -1, dtype="int64")  # -1: inside a sentence
        starts[words[since > 0], 0] = 1
        starts[0, 0] = 1
        doc.from_array(["SENT_START"], starts.astype("uint64"))
        return doc
