"""A vectorised stand-in for en_core_web_sm's attribute ruler: fine-grained TAG -> POS and MORPH.

The stock ``attribute_ruler`` holds 179 Matcher patterns and ran as the slowest step after tok2vec on
the fast path's many short sentence Docs (a fixed cost per Doc). 56 of its patterns are the plain tag
map; the other 123 are exceptions: pronoun lemmas and features, contractions ("gonna", "ai n't"),
AUX for auxiliaries (the tag map says VERB) and PRON for some determiners. No rule here depends on
them: every POS test reads VERB/AUX and NOUN/PROPN alike, and PRON is never asked for. This component
applies the tag map with one array write per Doc, and the ruler is removed.

Measured on the corpus (../shared/corpus, 575 articles): the same 613 events, field for field, in
17.2 s instead of 19.4 s (12.0 against 18.1 in an earlier run; this machine is noisy). The seed's
golden output and the PLOVER evaluation are unchanged. ``tests/detection/test_tagmap.py`` pins the
tag map to the stock ruler's own patterns and checks that the parse itself is untouched.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

FACTORY = "diplowire_tag_map"


class TagMap:
    """Sets POS and MORPH from TAG, for the tags the mapping knows; other tokens keep what they had."""

    def __init__(self, nlp: Language, mapping: dict[str, list[str]]) -> None:
        from spacy.parts_of_speech import IDS as POS_IDS  # type: ignore[import-not-found]

        strings, morphology = nlp.vocab.strings, nlp.vocab.morphology
        self.mapping = mapping
        self.table = {strings.add(tag): (POS_IDS[pos], morphology.add(morph)) for tag, (pos, morph) in mapping.items()}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        current: Any = doc.to_array(["TAG", "POS", "MORPH"])
        for row in current:
            found = self.table.get(int(row[0]))
            if found is not None:
                row[1], row[2] = found
        doc.from_array(["POS", "MORPH"], current[:, 1:])
        return doc


@Language.factory(FACTORY, default_config={"mapping": {}})
def make_tag_map(nlp: Language, name: str, mapping: dict[str, list[str]]) -> TagMap:
    return TagMap(nlp, mapping)


def tag_map_of(patterns: list[dict[str, Any]]) -> dict[str, list[str]]:
    """The ruler's plain TAG -> {POS, MORPH} patterns as a mapping (the first one for a tag wins)."""
    mapping: dict[str, list[str]] = {}
    for entry in patterns:
        tokens, attrs = entry["patterns"], entry["attrs"]
        spec = tokens[0][0] if len(tokens) == 1 and len(tokens[0]) == 1 else {}
        if set(spec) == {"TAG"} and isinstance(spec["TAG"], str) and set(attrs) == {"POS", "MORPH"}:
            mapping.setdefault(spec["TAG"], [attrs["POS"], attrs["MORPH"]])
    return mapping


def use_tag_map(nlp: Language) -> Language:
    """Replace the attribute ruler by a TagMap of its plain tag-map patterns."""
    if "attribute_ruler" not in nlp.pipe_names or FACTORY in nlp.pipe_names:
        return nlp
    ruler: Any = nlp.get_pipe("attribute_ruler")
    # right after the tagger, before the parser (which reads neither POS nor MORPH): the detector looks at the
    # parts of speech before it decides which sentences to parse
    config = {"mapping": tag_map_of(ruler.patterns)}
    if "tagger" in nlp.pipe_names:
        nlp.add_pipe(FACTORY, after="tagger", config=config)
    else:
        nlp.add_pipe(FACTORY, before="attribute_ruler", config=config)
    nlp.remove_pipe("attribute_ruler")
    return nlp
