"""Tests for lexicon.py: the packaged trigger lexicons load; bad entries fail together in one LexiconError."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from spacy.vocab import Vocab

from streams.detection.codes import CameoTable
from streams.detection.data_files import data_path
from streams.detection.families import FAMILIES
from streams.detection.lexicon import TriggerMatcher, load_rules, required_words
from streams.errors import LexiconError


def test_every_packaged_lexicon_is_valid_and_has_provenance():
    rules = load_rules(FAMILIES, CameoTable())
    assert len(rules) > 60
    assert {r.family for r in rules} == set(FAMILIES)
    for family in FAMILIES:
        meta = json.loads(data_path(f"{family}.jsonl").read_text().splitlines()[0])["_meta"]
        assert meta["sources"], family


def test_one_error_lists_every_bad_entry(tmp_path: Path):
    for family in FAMILIES:
        shutil.copy(data_path(f"{family}.jsonl"), tmp_path / f"{family}.jsonl")
    bad = [
        {"label": "CONSULT", "id": "bad-pos", "pattern": [{"POS": "VERB"}], "cameo": "040"},
        {"label": "CHAT", "id": "bad-label", "pattern": [{"LOWER": "chat"}], "cameo": "040"},
        {"label": "CONSULT", "id": "bad-code", "pattern": [{"LOWER": "chat"}], "cameo": "999"},
        {"label": "CONSULT", "id": "consult-met", "pattern": [{"LOWER": "met"}], "cameo": "040"},
        {
            "label": "CONSULT",
            "id": "bad-span",
            "pattern": [{"LOWER": "a"}, {"OP": "{0,20}"}, {"LOWER": "b"}],
            "cameo": "040",
        },
    ]
    with (tmp_path / "consult.jsonl").open("a") as f:
        f.writelines(json.dumps(e) + "\n" for e in bad)
    with (tmp_path / "reject.jsonl").open("a") as f:
        f.write('{"label": "REJECT", "id": "bad-frame", "pattern": [{"LOWER": "no"}], "cameo": "120", "frame": "x"}\n')
    with pytest.raises(LexiconError) as err:
        load_rules(FAMILIES, CameoTable(), tmp_path)
    problems = "\n".join(err.value.problems)
    assert len(err.value.problems) == 6
    for needle in ("only surface attributes", "not a PLOVER type", "unknown CAMEO code '999'",
                   "duplicate rule id 'consult-met'", "frame must be", "repeats up to 20 times"):  # fmt: skip
        assert needle in problems


def test_the_longest_or_highest_priority_pattern_wins_per_predicate(blank_vocab_nlp):
    rules = load_rules(FAMILIES, CameoTable())
    matcher = TriggerMatcher(blank_vocab_nlp.vocab, rules)
    doc = blank_vocab_nlp("Iran threatened to impose sanctions on Iraq")
    [match] = [m for m in matcher(doc) if m.anchor == 1]
    assert match.rule.id == "threaten-sanctions" and match.rule.cameo == "1312"


def test_matcher_needs_only_the_tokenizer():
    rules = load_rules(["consult"], CameoTable())
    assert TriggerMatcher(Vocab(), rules).rules


def test_every_rule_names_a_word_the_first_pass_can_look_for():
    """A rule with no mandatory word would run its Matcher on every sentence of every article, and could make
    any sentence a candidate for the parser: the first pass picks rules by their mandatory words."""
    rules = load_rules(FAMILIES, CameoTable())
    assert not [r.id for r in rules if not required_words(r.pattern)]
    assert not TriggerMatcher(Vocab(), rules).always
