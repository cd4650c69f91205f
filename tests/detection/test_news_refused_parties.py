"""Rule tests for refusals without a party refused (audit of corpus records outside the dev set): "will not allow it
to happen" states a principle (no REJECT), "will not allow China to build the base" refuses China; "a Russian who
had been rejected for asylum" is the one rejected, not a rejecter (a passive relative clause names the one acted
on). Own sentences."""

from __future__ import annotations

from tests.detection.conftest import summary

# Russia will not allow it to happen.
NOT_ALLOW_IT = [
    ("Russia", "PROPN", "NNP", "nsubj", 3, "Russia"),
    ("will", "AUX", "MD", "aux", 3, "will"),
    ("not", "ADV", "RB", "neg", 3, "not"),
    ("allow", "VERB", "VB", "ROOT", 3, "allow"),
    ("it", "PRON", "PRP", "nsubj", 6, "it"),
    ("to", "PART", "TO", "aux", 6, "to"),
    ("happen", "VERB", "VB", "ccomp", 3, "happen"),
    (".", "PUNCT", ".", "punct", 3, "."),
]
# Russia will not allow China to build the base.
NOT_ALLOW_CHINA = [
    ("Russia", "PROPN", "NNP", "nsubj", 3, "Russia"),
    ("will", "AUX", "MD", "aux", 3, "will"),
    ("not", "ADV", "RB", "neg", 3, "not"),
    ("allow", "VERB", "VB", "ROOT", 3, "allow"),
    ("China", "PROPN", "NNP", "nsubj", 6, "China"),
    ("to", "PART", "TO", "aux", 6, "to"),
    ("build", "VERB", "VB", "ccomp", 3, "build"),
    ("the", "DET", "DT", "det", 8, "the"),
    ("base", "NOUN", "NN", "dobj", 6, "base"),
    (".", "PUNCT", ".", "punct", 3, "."),
]
# A Russian who had been rejected for asylum left.
REJECTED_FOR_ASYLUM = [
    ("A", "DET", "DT", "det", 1, "a"),
    ("Russian", "PROPN", "NNP", "ROOT", 1, "Russian"),
    ("who", "PRON", "WP", "nsubjpass", 5, "who"),
    ("had", "VERB", "VBD", "aux", 5, "have"),
    ("been", "VERB", "VBN", "auxpass", 5, "be"),
    ("rejected", "VERB", "VBN", "relcl", 1, "reject"),
    ("for", "ADP", "IN", "prep", 5, "for"),
    ("asylum", "NOUN", "NN", "pobj", 6, "asylum"),
    ("left", "VERB", "VBN", "acl", 7, "leave"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_a_permission_refused_needs_a_party(code) -> None:  # type: ignore[no-untyped-def]
    assert code(NOT_ALLOW_IT) == []
    assert summary(code(NOT_ALLOW_CHINA)) == {("REJECT", "RUS", "CHN")}


def test_the_noun_of_a_passive_relative_clause_is_acted_on(code) -> None:  # type: ignore[no-untyped-def]
    assert code(REJECTED_FOR_ASYLUM) == []
