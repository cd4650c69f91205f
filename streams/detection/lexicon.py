"""Trigger lexicons: one JSONL file per event family, in spaCy's Matcher pattern format.

Each line is ``{"label": TYPE, "id": rule id, "pattern": [token specs], ...}`` plus how to code a
match (see TriggerRule). Patterns may use only surface attributes (LOWER, ORTH, TEXT, IS_PUNCT,
OP): the fast first pass matches them on tokenizer-only Docs, before any tagging or parsing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from streams.detection.codes import CameoTable
from streams.detection.data_files import Entry, data_path, read_jsonl, require
from streams.errors import LexiconError
from streams.records import EVENT_TYPES, STATUSES

SURFACE_ATTRS = {"LOWER", "ORTH", "TEXT", "IS_PUNCT", "OP"}
OBJECT_ROLES = ("recipient", "none", "event")
POS_TAGS = ("VERB", "NOUN", "ADJ")
FRAMES = ("reported",)


@dataclass(frozen=True)
class TriggerRule:
    """How one trigger pattern is coded.

    anchor: index, in the pattern, of the predicate token whose dependents give the roles (negative: from
      the end of the match, for patterns with a variable gap before it).
    object_role: what the direct object is: the recipient, the thing acted on ("event": a boycotted
      Olympics, whose host becomes the recipient), or nothing of interest ("none").
    recipient_preps: prepositions whose object is the recipient ("with", "to", "against", ...).
    symmetric: both sides act (calls, meetings, treaties): one record per pair of parties.
    allow_modal: "will"/"would"/"could" are part of the act (threats), not a hypothetical.
    """

    id: str
    family: str
    event_type: str
    pattern: tuple[dict[str, Any], ...]
    cameo: str
    mode: str | None = None
    anchor: int = 0
    pos: str | None = None
    object_role: str = "recipient"
    recipient_preps: tuple[str, ...] = ()
    symmetric: bool = False
    allow_modal: bool = False
    status: str | None = None
    priority: int = 0
    defer_to_complement: bool = False  # "agreed to extend the treaty": the complement's trigger codes it
    clause_recipient: bool = False  # "demanded that the US cancel ...": the that-clause subject is the recipient
    frame: str | None = None  # "reported": a modal in a reported clause ("X said Y must ...")
    negated: str | None = None  # CAMEO code of the refusal a negated match states ("will not accept": 120)
    needs_recipient: bool = False  # transitive acts ("urged", "pressed"): without someone urged, no event


# spaCy's Matcher unrolls "{n,m}" into m optional tokens, and its states multiply with them: one "{0,20}"
# wildcard made a rule cost 50 s on 60 articles (the whole detector 5x slower; {0,14} costs 0.7 s); "*" is one
# looping token.
QUANTIFIER = re.compile(r"\{\d*,(\d+)\}")
MAX_QUANTIFIER = 14


def _check_pattern(pattern: Any) -> list[str]:
    if not isinstance(pattern, list) or not pattern:
        return ["'pattern' must be a non-empty list of token specs"]
    problems = []
    for i, spec in enumerate(pattern):
        if not isinstance(spec, dict):
            problems.append(f"pattern token {i} must be an object")
            continue
        bad = set(spec) - SURFACE_ATTRS
        if bad:
            problems.append(f"pattern token {i} uses {sorted(bad)}; only surface attributes {sorted(SURFACE_ATTRS)}")
        if (m := QUANTIFIER.fullmatch(str(spec.get("OP", "")))) and int(m.group(1)) > MAX_QUANTIFIER:
            problems.append(f"pattern token {i} repeats up to {m.group(1)} times; at most {MAX_QUANTIFIER} (or '*')")
    return problems


def _checker(family: str, cameo: CameoTable, seen: set[str]) -> Any:
    def check(entry: Entry) -> list[str]:
        problems = require(entry, id=str, label=str, cameo=str)
        problems += _check_pattern(entry.get("pattern"))
        if problems:
            return problems
        if entry["id"] in seen:
            problems.append(f"duplicate rule id {entry['id']!r}")
        seen.add(entry["id"])
        if entry["label"] not in EVENT_TYPES:
            problems.append(f"{entry['id']}: label {entry['label']!r} is not a PLOVER type")
        if entry["cameo"] not in cameo:
            problems.append(f"{entry['id']}: unknown CAMEO code {entry['cameo']!r}")
        if not -len(entry["pattern"]) <= entry.get("anchor", 0) < len(entry["pattern"]):
            problems.append(f"{entry['id']}: anchor outside the pattern")
        if entry.get("pos") not in (None, *POS_TAGS):
            problems.append(f"{entry['id']}: pos must be one of {POS_TAGS}")
        if entry.get("object_role", "recipient") not in OBJECT_ROLES:
            problems.append(f"{entry['id']}: object_role must be one of {OBJECT_ROLES}")
        if entry.get("status") not in (None, *STATUSES):
            problems.append(f"{entry['id']}: status must be one of {STATUSES}")
        if not isinstance(entry.get("recipient_preps", []), list):
            problems.append(f"{entry['id']}: recipient_preps must be a list")
        if entry.get("negated") is not None and entry["negated"] not in cameo:
            problems.append(f"{entry['id']}: unknown CAMEO code {entry['negated']!r} for 'negated'")
        if entry.get("frame") not in (None, *FRAMES):
            problems.append(f"{entry['id']}: frame must be one of {FRAMES}")
        known = {"id", "label", "pattern", "cameo", "mode", "anchor", "pos", "object_role", "recipient_preps",
                 "symmetric", "allow_modal", "status", "priority", "defer_to_complement", "clause_recipient",
                 "frame", "negated", "needs_recipient", "comment"}  # fmt: skip
        if set(entry) - known:
            problems.append(f"{entry['id']}: unknown keys {sorted(set(entry) - known)}")
        return problems

    return check


def load_rules(families: Sequence[str], cameo: CameoTable, data_dir: Path | None = None) -> list[TriggerRule]:
    """Load and validate the lexicon of every family; one LexiconError lists all bad entries of a file."""
    seen: set[str] = set()
    rules: list[TriggerRule] = []
    problems: list[str] = []
    for family in families:
        path = (data_dir / f"{family}.jsonl") if data_dir else data_path(f"{family}.jsonl")
        try:
            _, entries = read_jsonl(path, _checker(family, cameo, seen))
        except LexiconError as exc:
            problems.extend(f"{path.name}: {p}" for p in exc.problems)
            continue
        rules.extend(_rule(family, e) for e in entries)
    if problems:
        raise LexiconError("trigger lexicons", problems)
    return rules


def _rule(family: str, e: Entry) -> TriggerRule:
    return TriggerRule(
        id=e["id"], family=family, event_type=e["label"], pattern=tuple(e["pattern"]), cameo=e["cameo"],
        mode=e.get("mode"), anchor=e.get("anchor", 0), pos=e.get("pos"),
        object_role=e.get("object_role", "recipient"), recipient_preps=tuple(e.get("recipient_preps", ())),
        symmetric=bool(e.get("symmetric", False)), allow_modal=bool(e.get("allow_modal", False)),
        status=e.get("status"), priority=int(e.get("priority", len(e["pattern"]))),
        defer_to_complement=bool(e.get("defer_to_complement", False)),
        clause_recipient=bool(e.get("clause_recipient", False)), frame=e.get("frame"), negated=e.get("negated"),
        needs_recipient=bool(e.get("needs_recipient", False)),
    )  # fmt: skip


def as_threat(rule: TriggerRule, cameo: str) -> TriggerRule:
    """A punitive act made conditional ("if X does not ..., we will impose tariffs") as the threat it states;
    the one threatened is the act's recipient, else the subject of the condition."""
    return replace(
        rule, event_type="THREATEN", cameo=cameo, mode=None, symmetric=False, allow_modal=True,
        clause_recipient=True,
    )  # fmt: skip


# A rule's match on surface tokens: (rule id, start, end), token indices in the Doc or Span matched
Surface = tuple[str, int, int]


@dataclass(frozen=True)
class TriggerMatch:
    rule: TriggerRule
    span: Span

    @property
    def anchor(self) -> int:
        """Token index (in the span's Doc) of the predicate; a negative anchor counts from the span's end
        (patterns with a variable gap before their predicate: "received a call from"). Quote marks inside the
        match are no pattern tokens (see `quote_tolerant`) and are not counted."""
        if not any(t.text in QUOTE_MARKS for t in self.span):
            return (self.span.end if self.rule.anchor < 0 else self.span.start) + self.rule.anchor
        return [t.i for t in self.span if t.text not in QUOTE_MARKS][self.rule.anchor]


class TriggerMatcher:
    """The trigger rules, one small spaCy Matcher each; keeps the best rule per predicate token.

    A sentence is only run through the matchers of the rules whose mandatory words it contains: with
    optional and wildcard tokens, one Matcher over all rules cost more than parsing the sentence.
    """

    def __init__(self, vocab: Vocab, rules: Iterable[TriggerRule]) -> None:
        self.rules = {r.id: r for r in rules}
        self.matchers: dict[str, Matcher] = {}
        for rule in self.rules.values():
            self.matchers[rule.id] = Matcher(vocab)
            self.matchers[rule.id].add(rule.id, [quote_tolerant(rule.pattern)])
        self.requirements = [
            (rule.id, [{vocab.strings.add(word) for word in options} for options in required_words(rule.pattern)])
            for rule in self.rules.values()
        ]
        # word -> rules whose first mandatory token accepts it: a sentence looks only at the rules its words
        # can start (a scan of every rule per sentence cost more than tokenizing the article)
        self.by_word: dict[int, list[int]] = {}
        self.always: list[int] = []
        for n, (_, needs) in enumerate(self.requirements):
            if not needs:
                self.always.append(n)
            for word in needs[0] if needs else ():
                self.by_word.setdefault(word, []).append(n)

    def possible(self, lower_ids: set[int]) -> list[str]:
        """Rules whose mandatory words (as LOWER hashes) are all among `lower_ids`: a necessary condition."""
        candidates = set(self.always)
        for word in lower_ids:
            candidates.update(self.by_word.get(word, ()))
        found = []
        for n in sorted(candidates):  # rule order, as in the lexicons
            rule_id, needs = self.requirements[n]
            if all(not lower_ids.isdisjoint(o) for o in needs):
                found.append(rule_id)
        return found

    def surface(self, doc: Doc | Span, rules: list[str] | None = None) -> list[Surface]:
        """Every rule match on the tokens alone, as (rule id, start, end) relative to `doc`; `rules`: the rules its
        words allow (`possible`), if the caller has them.

        Patterns read surface attributes only, so these are the matches of the same tokens once tagged and
        parsed: the detector finds them once, on the article, and `resolve`s them on the parsed sentence (a
        second run of the matchers there cost as much as the first)."""
        if rules is None:
            whole = doc if isinstance(doc, Doc) else doc.doc
            offset = 0 if isinstance(doc, Doc) else doc.start
            rules = self.possible(set(whole.to_array("LOWER")[offset : offset + len(doc)].tolist()))
        return [(rule_id, start, end) for rule_id in rules for _, start, end in self.matchers[rule_id](doc)]

    def resolve(self, doc: Doc, found: Iterable[Surface]) -> list[TriggerMatch]:
        """The surface matches `found` on `doc` (the same tokens): on a tagged Doc a rule for the verb "visit"
        must not shadow the one for the noun; one match per predicate token."""
        tagged = doc.has_annotation("POS")
        matches = []
        for rule_id, start, end in found:
            match = TriggerMatch(self.rules[rule_id], doc[start:end])
            if not (tagged and match.rule.pos and not pos_ok(doc[match.anchor], match.rule.pos)):
                matches.append(match)
        return best_per_anchor(matches)

    def __call__(self, doc: Doc | Span) -> list[TriggerMatch]:
        whole = doc if isinstance(doc, Doc) else doc.doc
        offset = 0 if isinstance(doc, Doc) else doc.start
        return self.resolve(whole, [(r, offset + start, offset + end) for r, start, end in self.surface(doc)])


# Scare quotes split multi-word triggers: 'was "deeply disappointed" by X', 'the "sanctions" on X'
QUOTE_MARKS = ('"', "'")
_QUOTE = {"ORTH": {"IN": list(QUOTE_MARKS)}, "OP": "?"}


def quote_tolerant(pattern: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The pattern with an optional quote mark between any two of its fixed (single, mandatory) tokens."""
    out: list[dict[str, Any]] = []
    for spec in pattern:
        if out and "OP" not in out[-1] and "OP" not in spec:
            out.append(_QUOTE)
        out.append(dict(spec))
    return out


def pos_ok(token: Token, wanted: str) -> bool:
    """Does the tagged token have the part of speech a rule asks for (proper nouns count as nouns)?"""
    if wanted == "VERB":
        return token.pos_ in ("VERB", "AUX")
    if wanted == "NOUN":
        return token.pos_ in ("NOUN", "PROPN")
    return token.pos_ == wanted


def required_words(pattern: Sequence[dict[str, Any]]) -> list[set[str]]:
    """For each mandatory LOWER token of a pattern, the set of words it accepts (lower case)."""
    needs = []
    for spec in pattern:
        if spec.get("OP") not in (None, "+", "{1}"):  # "!" forbids its word; ?, * make it optional
            continue
        value = spec.get("LOWER", spec.get("ORTH", spec.get("TEXT")))
        if isinstance(value, str):
            needs.append({value.lower()})
        elif isinstance(value, dict) and isinstance(value.get("IN"), list):
            needs.append({str(v).lower() for v in value["IN"]})
    return needs


def best_per_anchor(matches: list[TriggerMatch]) -> list[TriggerMatch]:
    """One match per predicate token: the highest priority (by default the longest pattern) wins."""
    best: dict[int, TriggerMatch] = {}
    for m in matches:
        current = best.get(m.anchor)
        if current is None or (m.rule.priority, len(m.span)) > (current.rule.priority, len(current.span)):
            best[m.anchor] = m
    return sorted(best.values(), key=lambda m: m.anchor)
