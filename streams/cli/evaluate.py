"""`diplowire evaluate`: score the detector on PLOVER gold-standard records, or on article-level gold
(whole articles with required/optional/forbidden items: streams.cli.article_gold).

Each gold record is one sentence with one event type and its source/target actors. A sentence is a
true positive for type T when the detector finds a T event in it; every other type it finds there is a
false positive. Actor (recipient) accuracy is measured on the true positives: the detector's actor
country is among the gold source (target) codes.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from streams.cli import article_gold
from streams.detection.data_files import data_path
from streams.errors import DecodeError, InputError
from streams.records import Article, Event

# PLOVER v0.5 names in the gold file -> today's PLOVER types (see the gold file's README)
OLD_TYPES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# legacy country codes in the gold file -> ISO 3166 alpha-3
LEGACY_CODES = {"JAP": "JPN", "ITL": "ITA", "GER": "DEU", "ROM": "ROU", "UK": "GBR", "DEN": "DNK", "SWZ": "CHE"}
FOCUS = ("CONSULT", "AGREE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION")
# Gold codes for non-state actors of any kind. The gold file uses them loosely (Amnesty International
# and the Red Cross are "IGO" there), so any organisation code of ours (EUR, UNO, AMN, ...) matches any of them.
NON_STATE = {"IGO", "NGO", "IMG", "MNC", "ISM"}


@dataclass
class GoldRecord:
    id: str
    text: str
    event_type: str
    sources: set[str]
    targets: set[str]


@dataclass
class Scores:
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    actor_ok: int = 0
    recipient_ok: int = 0
    # both roles right on one record: the "both roles right on >= 0.85 of matched"
    roles_ok: int = 0
    matched: int = 0

    def prf(self, types: Iterable[str]) -> tuple[float, float, float]:
        tp = sum(self.tp[t] for t in types)
        fp = sum(self.fp[t] for t in types)
        fn = sum(self.fn[t] for t in types)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _codes(actors: Any) -> set[str]:
    if not isinstance(actors, list):
        return set()
    codes = (str(a.get("code") or "") for a in actors if isinstance(a, dict))
    return {LEGACY_CODES.get(c, c) for c in codes if c}


GOLD_SUFFIXES = (".txt", ".json", ".jsonl")


def load_gold(path: Path) -> list[GoldRecord]:
    """PLOVER gold records from a JSON array or JSON lines file, or from every such file under a folder."""
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in GOLD_SUFFIXES)
        if not files:
            raise InputError(f"no gold files ({', '.join(GOLD_SUFFIXES)}) under {path}")
        return [record for file in files for record in load_gold(file)]
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        items = (
            json.loads(raw) if raw.lstrip().startswith("[") else [json.loads(x) for x in raw.splitlines() if x.strip()]
        )
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not a JSON array or JSON lines of PLOVER records ({exc.msg})") from None
    records = []
    for item in items:
        if not isinstance(item, dict) or item.get("event") in (None, "DOCUMENT") or not item.get("text"):
            continue
        event_type = OLD_TYPES.get(str(item["event"]), str(item["event"]))
        records.append(
            GoldRecord(
                str(item.get("id")), item["text"], event_type, _codes(item.get("source")), _codes(item.get("target"))
            )
        )
    if not records:
        raise InputError(f"{path}: no PLOVER event records found")
    return records


def score(gold: list[GoldRecord], predictions: list[list[Event]], states: frozenset[str] | None = None) -> Scores:
    states = country_codes() if states is None else states
    scores = Scores()
    for record, events in zip(gold, predictions, strict=True):
        found = {e.event_type for e in events}
        if record.event_type in found:
            scores.tp[record.event_type] += 1
            scores.matched += 1
            of_type = [e for e in events if e.event_type == record.event_type]
            scores.actor_ok += any(_actor_ok(e, record, states) for e in of_type)
            scores.recipient_ok += any(_recipient_ok(e, record, states) for e in of_type)
            scores.roles_ok += any(_actor_ok(e, record, states) and _recipient_ok(e, record, states) for e in of_type)
        else:
            scores.fn[record.event_type] += 1
        for t in found - {record.event_type}:
            scores.fp[t] += 1
    return scores


def country_codes() -> frozenset[str]:
    """The codes of states in the packaged dictionary; every other code we emit is an organisation's."""
    codes = set()
    for line in data_path("countries.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line) if line.strip() else {}
        if "id" in entry:
            codes.add(str(entry["id"]))
    return frozenset(codes)


def matches(got: str | None, gold: set[str], states: frozenset[str]) -> bool:
    """Our code is one of the gold codes, or an organisation code where the gold names a non-state actor."""
    if got is None:
        return False
    return got in gold or (got not in states and bool(gold & NON_STATE))


def _actor_ok(event: Event, record: GoldRecord, states: frozenset[str]) -> bool:
    return matches(event.actor.country, record.sources, states)


def _recipient_ok(event: Event, record: GoldRecord, states: frozenset[str]) -> bool:
    got = event.recipient.country if event.recipient else None
    if record.targets:
        return matches(got, record.targets, states)
    # compound actors ("Hungarian and Romanian officials agreed"): the other party is a gold source
    return got is None or matches(got, record.sources, states)


def table(scores: Scores, title: str) -> Table:
    out = Table(title=title)
    for column in ("type", "gold", "tp", "fp", "fn", "precision", "recall", "F1"):
        out.add_column(column, justify="left" if column == "type" else "right")
    types = sorted(set(scores.tp) | set(scores.fp) | set(scores.fn), key=lambda t: (t not in FOCUS, t))
    for t in types:
        p, r, f = scores.prf([t])
        out.add_row(t, str(scores.tp[t] + scores.fn[t]), str(scores.tp[t]), str(scores.fp[t]), str(scores.fn[t]),
                    f"{p:.2f}", f"{r:.2f}", f"{f:.2f}")  # fmt: skip
    p, r, f = scores.prf(FOCUS)
    gold_focus = sum(scores.tp[t] + scores.fn[t] for t in FOCUS)
    out.add_row("FOCUS (8 types)", str(gold_focus), str(sum(scores.tp[t] for t in FOCUS)),
                str(sum(scores.fp[t] for t in FOCUS)), str(sum(scores.fn[t] for t in FOCUS)),
                f"{p:.2f}", f"{r:.2f}", f"{f:.2f}", style="bold")  # fmt: skip
    return out


def summary(scores: Scores) -> dict[str, Any]:
    p, r, f = scores.prf(FOCUS)
    return {
        "focus": {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)},
        "actor_accuracy": round(scores.actor_ok / scores.matched, 3) if scores.matched else None,
        "recipient_accuracy": round(scores.recipient_ok / scores.matched, 3) if scores.matched else None,
        "roles_accuracy": round(scores.roles_ok / scores.matched, 3) if scores.matched else None,
        "matched": scores.matched,
        "per_type": {
            t: dict(zip(("precision", "recall", "f1"), map(lambda x: round(x, 3), scores.prf([t])), strict=True))
            for t in sorted(set(scores.tp) | set(scores.fp) | set(scores.fn))
        },  # fmt: skip
    }


def evaluate(path: Path, model: str | None = None, full: bool = False) -> Scores:
    from streams.detection import Detector, load_nlp

    gold = load_gold(path)
    detector = Detector(load_nlp(model), fast=not full)
    articles = [Article(id=g.id, text=g.text, published="2000-01-01") for g in gold]
    return score(gold, detector.pipe(articles))


def read_articles(path: Path, wanted: set[str]) -> list[Article]:
    """The articles of `wanted` ids from a JSON lines file, in gold order's stead: file order."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    received = datetime.now(UTC).isoformat()  # as `detect` does: undated articles are dated by now
    out = []
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            article = Article.from_dict(json.loads(line))
        except (ValueError, DecodeError) as exc:
            raise InputError(f"{path}:{n}: not an article ({exc})") from None
        if article.id in wanted:
            out.append(replace(article, received=article.received or received))
    return out


def evaluate_articles(
    gold_path: Path, articles: Path | None = None, predictions: Path | None = None,
    model: str | None = None, full: bool = False,
) -> article_gold.ArticleScores:  # fmt: skip
    """Score records on article-level gold: `predictions` (JSON lines) if given, else the detector's records
    on the gold's articles (`articles`, else articles.jsonl beside the gold file)."""
    golds = article_gold.load_golds(gold_path)
    if predictions is not None:
        return article_gold.score(golds, article_gold.read_predictions(predictions))
    from streams.detection import Detector, load_nlp

    source = articles or gold_path.with_name("articles.jsonl")
    found = read_articles(source, {str(g["article"]) for g in golds})
    missing = {str(g["article"]) for g in golds} - {a.id for a in found}
    if missing:
        raise InputError(f"{source}: {len(missing)} gold article(s) not found, e.g. {sorted(missing)[0]!r}")
    detector = Detector(load_nlp(model), fast=not full)
    events = [e for batch in detector.pipe(found) for e in batch]
    return article_gold.score(golds, [article_gold.Prediction.of(e.to_dict()) for e in events])


def main_articles(path: Path, as_json: bool, model: str | None, full: bool, articles: str | None,
                  predictions: str | None, misses: bool) -> int:  # fmt: skip
    scores = evaluate_articles(path, Path(articles) if articles else None,
                               Path(predictions) if predictions else None, model, full)  # fmt: skip
    summary = scores.summary()
    if as_json:
        if not misses:
            summary = {k: v for k, v in summary.items() if k not in ("missed", "unmatched", "forbidden")}
        sys.stdout.write(json.dumps(summary) + "\n")
        return 0
    console = Console()
    if misses:
        for kind, lines in (("missed", scores.missed), ("unmatched", scores.unmatched),
                            ("forbidden", scores.forbidden)):  # fmt: skip
            for line in lines:
                console.print(f"{kind}: {line}", markup=False, highlight=False)
    console.print(article_gold.table(scores, f"Article-level gold: {path}"))
    t = summary
    console.print(f"recall {t['recall']:.2f} ({t['found']}/{t['required']}), precision {t['precision']:.2f} "
                  f"({t['correct']}/{t['records']}), forbidden hits {t['forbidden_hits']}, date accuracy "
                  f"{t['date_accuracy']:.2f} ({t['date_ok']}/{t['dated']}), "
                  f"no recipient {t['no_recipient_share']:.0%}")  # fmt: skip
    return 0


def main(path: str, as_json: bool = False, model: str | None = None, full: bool = False,
         articles: str | None = None, predictions: str | None = None, misses: bool = False) -> int:  # fmt: skip
    gold = Path(path)
    if gold.is_dir() and article_gold.is_article_gold(gold / "gold.json"):
        gold = gold / "gold.json"
    if article_gold.is_article_gold(gold):
        return main_articles(gold, as_json, model, full, articles, predictions, misses)
    if articles or predictions or misses:
        raise InputError("--articles, --predictions and --misses apply to article-level gold only")
    scores = evaluate(gold, model, full)
    if as_json:
        sys.stdout.write(json.dumps(summary(scores)) + "\n")
        return 0
    console = Console()
    console.print(table(scores, f"PLOVER gold standard: {path}"))
    s = summary(scores)
    console.print(f"actor country right on {s['actor_accuracy']:.0%}, recipient on {s['recipient_accuracy']:.0%}, "
                  f"both on {s['roles_accuracy']:.0%} of {s['matched']} matched events")  # fmt: skip
    return 0
