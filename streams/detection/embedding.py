"""A memo in front of the tok2vec step's word embedding: one embedding row per distinct set of token features.

spaCy's CNN tok2vec (en_core_web_sm) first embeds each token on its own: six hash embeddings of its
features (NORM, PREFIX, SUFFIX, SHAPE, SPACY, IS_SPACE), concatenated and mixed by a maxout layer and a
layer norm; only then do the four convolution layers look at the neighbours. That first part is a third of
the tok2vec's arithmetic (576 x 288 weights a token against 4 x 288 x 288 for the convolutions) and the
tok2vec half of detection time (py-spy on the corpus). Its output is a function of the feature row alone,
and news text repeats its words: 123,633 candidate tokens of the corpus have 12,824 distinct rows. This
embeds each distinct row once, keeps it, and runs the stock convolutions on the rows put back in place:
the same vectors, bit for bit (tests compare with the stock component).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import numpy as np
from spacy.pipeline import Tok2Vec
from spacy.tokens import Doc
from thinc.api import Model

# Layers that read one row and nothing else: an embedding built of these alone has no context
ROW_WISE = {"ints-getitem", "hashembed", "maxout", "layernorm", "dropout"}
EMBED_LAYERS = ("extract_features", "list2ragged", "with_array", "with_array", "ragged2list")
# A bound on the memo (0.8 KB an entry, 40 MB full; the corpus fills 12,824): a worker sees new words forever
MAX_ENTRIES = 50_000


class MemoTok2Vec:
    """Sets ``Doc.tensor`` as `tok2vec` would (and so what its listeners read), embedding each feature row once."""

    def __init__(self, tok2vec: Tok2Vec) -> None:
        self.tok2vec = tok2vec
        embed, self.encode = tok2vec.model.layers
        self.features, _, concat, mix, _ = embed.layers
        self.embed_rows: Model[Any, Any] = concat.layers[0]
        self.mix_rows: Model[Any, Any] = mix.layers[0]
        self.memo: dict[tuple[int, ...], Any] = {}

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        stream = iter(docs)
        while batch := list(itertools.islice(stream, batch_size)):
            self.tok2vec.set_annotations(batch, self.predict(batch))
            yield from batch

    def predict(self, docs: Sequence[Doc]) -> Any:
        if not any(len(doc) for doc in docs):
            return self.tok2vec.predict(docs)
        features = self.features.predict(docs)
        rows, where = np.unique(np.concatenate(features), axis=0, return_inverse=True)
        keys = [tuple(row) for row in rows.tolist()]
        if len(self.memo) > MAX_ENTRIES:
            self.memo.clear()
        new = [k for k, key in enumerate(keys) if key not in self.memo]
        if new:
            vectors = self.mix_rows.predict(self.embed_rows.predict(rows[new]))
            self.memo.update(zip([keys[k] for k in new], vectors, strict=True))
        embedded = np.stack([self.memo[key] for key in keys])[where.reshape(-1)]
        bounds = np.cumsum([len(f) for f in features])[:-1]
        return self.encode.predict(np.split(embedded, bounds))


def memoised(proc: Any) -> Any:
    """`proc` behind a memo if it is a tok2vec the memo is exact for, else `proc` itself."""
    return MemoTok2Vec(proc) if memoisable(proc) else proc


def memoisable(proc: Any) -> bool:
    """Is `proc` a tok2vec whose embedding is context-free, in the layout this memo knows (spaCy's CNN
    tok2vec with a MultiHashEmbed)? Anything else (static vectors, transformers) runs as it is."""
    if not isinstance(proc, Tok2Vec) or len(proc.model.layers) != 2:
        return False
    embed = proc.model.layers[0]
    names = tuple(layer.name.split("(")[0] for layer in embed.layers)
    if names != EMBED_LAYERS:
        return False
    leaves = [node.name for layer in embed.layers[2:4] for node in layer.walk() if not node.layers]
    return all(name in ROW_WISE for name in leaves)
