"""A memo in front of spaCy's rule lemmatizer: one lemma per (word, part of speech, morphology).

The stock component caches only the words its rule tables change: every noun in the singular and every
verb in its base form goes through ``is_base_form`` (a morphology dict built per token) on each occurrence,
and it runs over each token as a Python object. Its word index (``lemma_index``: 57,528 nouns, 20,993
verbs, ...) is kept as lists, and each candidate form of an unknown word is looked up in it with ``in``, a
scan of the list: 85 µs per new word. Together a tenth of detection time on the candidate sentences
(py-spy). The stock lemma is a function of the token's text, part of speech and morphology alone (in "rule"
and "lookup" modes), so this asks a copy of the lemmatizer whose index holds sets, once per such triple, and
writes a Doc's lemmas in one array write: the same lemmas.
"""

from __future__ import annotations

import copy
from typing import Any

from spacy.lookups import Lookups
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

# Modes whose lemma depends on nothing but the token's text, POS and morphology
MEMO_MODES = ("rule", "lookup")
# A bound on the memo (one entry per word form and tag seen): a long-running worker sees new words forever
MAX_ENTRIES = 500_000


class MemoLemmatizer:
    """Sets LEMMA as `lemmatizer` would, asking it once per (ORTH, POS, MORPH); respects its `overwrite`."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = indexed(lemmatizer)
        self.memo: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows: Any = doc.to_array(["ORTH", "POS", "MORPH", "LEMMA"])
        overwrite = self.lemmatizer.overwrite
        strings = doc.vocab.strings
        if len(self.memo) > MAX_ENTRIES:
            self.memo.clear()
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            found = self.memo.get(key)
            if found is None:
                found = self.memo[key] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            rows[i, 3] = found
        doc.from_array(["LEMMA"], rows[:, 3:4])
        return doc


def memoised(proc: Any) -> Any:
    """`proc` behind a memo if it is a spaCy lemmatizer in a mode the memo is exact for, else `proc` itself."""
    if isinstance(proc, Lemmatizer) and proc.mode in MEMO_MODES:
        return MemoLemmatizer(proc)
    return proc


def indexed(lemmatizer: Lemmatizer) -> Lemmatizer:
    """A copy of `lemmatizer` whose word index holds frozensets instead of lists: membership is all the rules
    ask of it (``form in index``, and whether a part of speech has one at all), so the lemmas are the same.
    The pipeline's own component is left as it is (it stays serialisable)."""
    fast = copy.copy(lemmatizer)
    lookups = Lookups()
    for name in lemmatizer.lookups.tables:
        table = lemmatizer.lookups.get_table(name)
        if name == "lemma_index":
            lookups.add_table(name, {key: frozenset(words) for key, words in table.items()})
        else:
            lookups.set_table(name, table)
    fast.lookups = lookups
    fast.cache = {}
    # the component keeps its mode's method bound to itself: bind the copy's
    fast.lemmatize = getattr(fast, f"{lemmatizer.mode}_lemmatize")
    return fast
