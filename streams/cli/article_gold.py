"""`diplowire evaluate` on article-level gold (like ../shared/eval/news_dev/gold.json): whole articles, with
required, optional and forbidden event items per article.

The counting is the reference scorer's (../shared/eval/news_dev/score.py), rule for rule, so the figures
agree with it on the same predictions (tests/cli/test_article_gold.py runs both):

- A record matches an item when its type is one of the item's types, its actor country is among the
  item's actors and its recipient country among the item's recipients (either way round where `sym`); an
  item without recipients takes any recipient, a record without one matches only such an item.
- Recall: required units (one per actor where `pairs` is "each actor") matched one to one with records
  (maximum matching). Date accuracy: among found units that carry a date, those with a matching record
  dated within one day.
- Precision: records matching a required or optional item (and no forbidden one) / all records of the
  article's predictions. A record that matches a forbidden item is a forbidden hit.

Per type: a unit counts under the first of its types, a record under its own.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from rich.table import Table

from streams.errors import InputError


@dataclass(frozen=True)
class Prediction:
    """One record, reduced to what is scored (read from an Event's dict or a published line)."""

    type: str
    mode: str
    actor: frozenset[str]
    recipient: frozenset[str]
    date: str | None
    article: str | None
    evidence: str = ""

    @classmethod
    def of(cls, record: dict[str, Any]) -> Prediction:
        d = record.get("data", record)
        evidence = d.get("evidence") or {}
        article = d.get("article") or {}
        return cls(
            type=str(d.get("event_type") or "").upper(),
            mode=str(d.get("mode") or ""),
            actor=_countries(d.get("actor")),
            recipient=_countries(d.get("recipient")),
            date=d.get("date"),
            article=str(article.get("id")) if isinstance(article, dict) and article.get("id") else None,
            evidence=f"{evidence.get('trigger', '')} | {evidence.get('sentence', '')}" if evidence else "",
        )


def _countries(party: Any) -> frozenset[str]:
    if isinstance(party, dict) and party.get("country"):
        return frozenset({str(party["country"]).upper()[:3]})
    return frozenset()


def _types(item: dict[str, Any]) -> list[str]:
    kinds = item.get("type")
    return [str(t).upper() for t in (kinds if isinstance(kinds, list) else [kinds])]


def matches(p: Prediction, item: dict[str, Any]) -> bool:
    if p.type not in _types(item):
        return False
    actors, recipients = set(item.get("actor", [])), set(item.get("recipient", []))
    forward = bool(p.actor & actors) and (bool(p.recipient & recipients) if recipients else True)
    backward = bool(item.get("sym")) and bool(p.actor & recipients) and bool(p.recipient & actors)
    if item.get("mode_forbidden") and item["mode_forbidden"] not in p.mode.lower():
        return False
    return forward or backward


def units(item: dict[str, Any]) -> list[dict[str, Any]]:
    """The units recall counts: one per actor where `pairs` is "each actor", else the item itself."""
    if item.get("pairs") == "each actor":
        return [dict(item, actor=[a]) for a in item["actor"]]
    return [item]


def _max_matching(wanted: list[dict[str, Any]], preds: list[Prediction]) -> dict[int, int]:
    """Unit index -> record index, one to one, as many as possible (augmenting paths)."""
    owner: dict[int, int] = {}

    def assign(u: int, seen: set[int]) -> bool:
        for i, p in enumerate(preds):
            if i in seen or not matches(p, wanted[u]):
                continue
            seen.add(i)
            if i not in owner or assign(owner[i], seen):
                owner[i] = u
                return True
        return False

    for u in range(len(wanted)):
        assign(u, set())
    return {u: i for i, u in owner.items()}


def _days(a: str | None, b: str) -> int | None:
    try:
        return abs((date.fromisoformat(str(a)[:10]) - date.fromisoformat(str(b)[:10])).days)
    except ValueError:
        return None


@dataclass
class Tally:
    required: int = 0
    found: int = 0
    dated: int = 0
    date_ok: int = 0
    records: int = 0
    correct: int = 0
    forbidden: int = 0
    no_recipient: int = 0

    def figures(self) -> dict[str, Any]:
        return {
            "recall": _ratio(self.found, self.required),
            "precision": _ratio(self.correct, self.records),
            "forbidden_hits": self.forbidden,
            "date_accuracy": _ratio(self.date_ok, self.dated),
            "no_recipient_share": _ratio(self.no_recipient, self.records),
            "required": self.required, "found": self.found, "records": self.records, "correct": self.correct,
            "dated": self.dated, "date_ok": self.date_ok,
        }  # fmt: skip


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


@dataclass
class ArticleScores:
    total: Tally = field(default_factory=Tally)
    by_type: dict[str, Tally] = field(default_factory=dict)
    missed: list[str] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)
    forbidden: list[str] = field(default_factory=list)

    def of(self, kind: str) -> Tally:
        return self.by_type.setdefault(kind, Tally())

    def summary(self) -> dict[str, Any]:
        return {
            **self.total.figures(),
            "per_type": {t: self.by_type[t].figures() for t in sorted(self.by_type)},
            "missed": self.missed, "unmatched": self.unmatched, "forbidden": self.forbidden,
        }  # fmt: skip


def score(golds: Sequence[dict[str, Any]], preds: Sequence[Prediction]) -> ArticleScores:
    """score.py's counts, overall and per type (see the module docstring)."""
    out = ArticleScores()
    for gold in golds:
        art = gold.get("article")
        ps = [p for p in preds if p.article in (None, art) or (art and str(p.article).endswith(str(art)))]
        if len(golds) > 1:
            ps = [p for p in ps if p.article is not None]
        wanted = [u for item in gold.get("required", []) for u in units(item)]
        assigned = _max_matching(wanted, ps)
        for u, unit in enumerate(wanted):
            tallies = (out.total, out.of(_types(unit)[0]))
            for t in tallies:
                t.required += 1
            if u not in assigned:
                out.missed.append(f"{art}:{unit['id']}:{','.join(unit.get('actor', []))}: {_gold_evidence(unit)}")
                continue
            for t in tallies:
                t.found += 1
            if unit.get("date"):
                days = [_days(p.date, unit["date"]) for p in ps if matches(p, unit) and p.date]
                ok = any(d is not None and d <= 1 for d in days)
                for t in tallies:
                    t.dated += 1
                    t.date_ok += ok
        allowed = gold.get("required", []) + gold.get("optional", [])
        for p in ps:
            tallies = (out.total, out.of(p.type))
            for t in tallies:
                t.records += 1
                t.no_recipient += not p.recipient
            label = f"{art}:{p.type}:{'/'.join(sorted(p.actor))}->{'/'.join(sorted(p.recipient))}"
            bad = [f for f in gold.get("forbidden", []) if matches(p, f)]
            if bad:
                for t in tallies:
                    t.forbidden += 1
                out.forbidden.append(f"{art}:{bad[0]['id']}: {p.evidence}")
            elif any(matches(p, g) for g in allowed):
                for t in tallies:
                    t.correct += 1
            else:
                out.unmatched.append(f"{label}: {p.evidence}")
    return out


def _gold_evidence(unit: dict[str, Any]) -> str:
    return " ".join(str(unit.get("evidence", "")).split())


def is_article_gold(path: Path) -> bool:
    """Article-level gold: a JSON object or array of objects with "article" and "required"."""
    if path.is_dir() or path.suffix != ".json":
        return False
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    first = data[0] if isinstance(data, list) and data else data
    return isinstance(first, dict) and "article" in first and "required" in first


def load_golds(path: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise InputError(f"{path}: not JSON ({exc})") from None
    golds = data if isinstance(data, list) else [data]
    if not all(isinstance(g, dict) and "article" in g for g in golds):
        raise InputError(f"{path}: not article-level gold (objects with 'article' and 'required')")
    return golds


def read_predictions(path: Path) -> list[Prediction]:
    """Records from JSON lines (CloudEvents envelopes as `detect` prints them, or bare event objects)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    out = []
    for line in lines:
        if line.strip().startswith("{"):
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict):
                out.append(Prediction.of(record))
    return out


def table(scores: ArticleScores, title: str) -> Table:
    out = Table(title=title)
    columns = ("type", "units", "found", "recall", "recs", "right", "prec", "forb", "dates", "no rcpt")
    for column in columns:
        out.add_column(column, justify="left" if column == "type" else "right")
    for kind in sorted(scores.by_type):
        out.add_row(kind, *_cells(scores.by_type[kind]))
    out.add_row("ALL", *_cells(scores.total), style="bold")
    return out


def _cells(t: Tally) -> Iterable[str]:
    return (
        str(t.required), str(t.found), f"{t.found / t.required:.2f}" if t.required else "-",
        str(t.records), str(t.correct), f"{t.correct / t.records:.2f}" if t.records else "-",
        str(t.forbidden), f"{t.date_ok}/{t.dated}" if t.dated else "-",
        f"{t.no_recipient / t.records:.0%}" if t.records else "-",
    )  # fmt: skip
