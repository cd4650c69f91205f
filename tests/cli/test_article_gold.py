"""Tests for streams/cli/article_gold.py: article-level gold is counted exactly as the reference scorer
(../shared/eval/news_dev/score.py) counts it, on a small hand-made gold file and hand-made records."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from streams.cli import article_gold
from streams.cli.main import main

SCORER = Path(__file__).resolve().parents[3] / "shared" / "eval" / "news_dev" / "score.py"

GOLD = [
    {
        "article": "a1",
        "required": [
            {"id": "visit", "type": ["CONSULT"], "actor": ["FRE"], "recipient": ["SYL"], "date": "2020-05-04"},
            {"id": "sanction", "type": ["SANCTION", "THREATEN"], "actor": ["FRE", "OTH"], "recipient": ["SYL"],
             "pairs": "each actor"},
            {"id": "accuse", "type": "ACCUSE", "actor": ["SYL"], "recipient": ["FRE"], "date": "2020-05-01"},
            {"id": "call", "type": ["CONSULT"], "actor": ["AAA"], "recipient": ["BBB"], "sym": True},
            {"id": "appeal", "type": ["REQUEST"], "actor": ["UNO"], "recipient": []},
        ],
        "optional": [{"id": "support", "type": ["SUPPORT"], "actor": ["OTH"], "recipient": ["FRE"]}],
        "forbidden": [{"id": "sport", "type": ["ASSAULT"], "actor": ["FRE"], "recipient": ["SYL"]}],
    },
    {
        "article": "a2",
        "required": [{"id": "threat", "type": ["THREATEN"], "actor": ["SYL"], "recipient": ["FRE"],
                      "date": "2021-01-10"}],
        "optional": [],
        "forbidden": [{"id": "hypo", "type": ["SANCTION"], "actor": ["SYL"], "recipient": ["FRE"]}],
    },
]  # fmt: skip


def record(article: str, kind: str, actor: str, recipient: str | None, day: str = "2020-05-04") -> dict:
    """A record as `detect` prints it (a CloudEvents envelope around the event)."""

    def party(code: str | None) -> dict | None:
        return {"text": code, "name": code, "country": code, "sector": None} if code else None

    data = {
        "event_type": kind, "mode": None, "actor": party(actor), "recipient": party(recipient), "date": day,
        "article": {"id": article}, "evidence": {"sentence": "s", "trigger": "t"},
    }  # fmt: skip
    return {"specversion": "1.0", "type": f"org.diplowire.event.{kind.lower()}.v1", "data": data}


RECORDS = [
    record("a1", "CONSULT", "FRE", "SYL"),  # visit, date right
    record("a1", "CONSULT", "FRE", "SYL", "2020-06-01"),  # a second record of the visit: precise, unmatched unit
    record("a1", "SANCTION", "FRE", "SYL"),  # one of two units
    record("a1", "THREATEN", "OTH", "SYL"),  # the other unit, by its second type
    record("a1", "ACCUSE", "SYL", "FRE", "2020-05-04"),  # found, date wrong by 3 days
    record("a1", "CONSULT", "BBB", "AAA"),  # symmetric
    record("a1", "REQUEST", "UNO", None),  # no recipient: matches an item without recipients
    record("a1", "REQUEST", "UNO", "FRE"),  # any recipient matches an item without recipients
    record("a1", "SUPPORT", "OTH", "FRE"),  # optional: correct, no unit
    record("a1", "SUPPORT", "OTH", None),  # no recipient: matches no item with recipients
    record("a1", "ASSAULT", "FRE", "SYL"),  # forbidden
    record("a1", "AGREE", "FRE", "SYL"),  # nothing
    record("a2", "SANCTION", "SYL", "FRE"),  # forbidden
    record("a2", "THREATEN", "SYL", "FRE", "2021-01-11"),  # found, date within a day
    record("a2", "THREATEN", "FRE", "SYL"),  # wrong direction
    record("zz", "THREATEN", "SYL", "FRE"),  # an article without gold: not counted
]


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    gold, preds = tmp_path / "gold.json", tmp_path / "pred.jsonl"
    gold.write_text(json.dumps(GOLD))
    preds.write_text("".join(json.dumps(r) + "\n" for r in RECORDS) + "not json\n")
    return gold, preds


def test_hand_counted_figures(files: tuple[Path, Path]):
    gold, preds = files
    scores = article_gold.score(article_gold.load_golds(gold), article_gold.read_predictions(preds))
    t = scores.total
    assert (t.required, t.found, t.dated, t.date_ok) == (7, 7, 3, 2)
    assert (t.records, t.correct, t.forbidden, t.no_recipient) == (15, 10, 2, 2)
    assert scores.by_type["SANCTION"].required == 2 and scores.by_type["THREATEN"].found == 1
    assert any("a1:AGREE:FRE->SYL" in line for line in scores.unmatched)
    assert sorted(line.split(":")[1] for line in scores.forbidden) == ["hypo", "sport"]


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval/news_dev/score.py is not here")
def test_figures_agree_with_the_reference_scorer(files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]):
    gold, preds = files
    done = subprocess.run([sys.executable, str(SCORER), str(gold), str(preds), "--json"], capture_output=True,
                          text=True, check=True, timeout=60)  # fmt: skip
    reference = json.loads(done.stdout)
    assert main(["evaluate", str(gold), "--predictions", str(preds), "--json"]) == 0
    ours = json.loads(capsys.readouterr().out)
    for name in ("recall", "precision", "date_accuracy"):
        assert ours[name] == pytest.approx(reference[name], abs=1e-4)
    assert (ours["found"], ours["required"], ours["correct"], ours["records"]) == (
        reference["found"], reference["required"], reference["tp"], reference["pred"],
    )  # fmt: skip
    assert (ours["dated"], ours["date_ok"], ours["forbidden_hits"]) == (
        reference["dated"], reference["date_ok"], len(reference["forbidden_hits"]),
    )  # fmt: skip


def test_table_and_misses_are_printed(files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]):
    gold, preds = files
    assert main(["evaluate", str(gold), "--predictions", str(preds), "--misses"]) == 0
    out = capsys.readouterr().out
    assert "unmatched: a1:AGREE:FRE->SYL" in out and "forbidden: a2:hypo" in out
    assert "ALL" in out and "recall 1.00 (7/7)" in out


def test_missing_articles_and_plover_only_options_are_clear_errors(files: tuple[Path, Path], tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]):  # fmt: skip
    gold, _ = files
    (tmp_path / "articles.jsonl").write_text(json.dumps({"id": "a1", "text": "Nothing here."}) + "\n")
    assert main(["evaluate", str(gold)]) != 0
    assert "gold article(s) not found" in capsys.readouterr().err
    plover = tmp_path / "plover.jsonl"
    plover.write_text(json.dumps({"id": "1", "event": "THREATEN", "text": "x"}) + "\n")
    assert main(["evaluate", str(plover), "--misses"]) != 0
    assert "article-level gold only" in capsys.readouterr().err


@pytest.mark.model
def test_the_detector_runs_on_the_articles_beside_the_gold(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    articles = [
        {"id": "x1", "published": "2021-12-16", "text": "Russian President Vladimir Putin spoke to Chinese "
         "President Xi Jinping by phone on Wednesday. Iran threatened to break relations with Iraq."},
        {"id": "x2", "published": "Thu, 16 Dec 2021 09:00:00 GMT", "text": "The weather was mild in Geneva."},
        {"id": "unused", "text": "Japan halted economic aid to Serbia."},
    ]  # fmt: skip
    gold = [
        {"article": "x1", "required": [
            {"id": "call", "type": ["CONSULT"], "actor": ["RUS"], "recipient": ["CHN"], "date": "2021-12-15"},
            {"id": "aid", "type": ["AID"], "actor": ["RUS"], "recipient": ["CHN"]}],
         "optional": [{"id": "threat", "type": ["THREATEN"], "actor": ["IRN"], "recipient": ["IRQ"]}], "forbidden": []},
        {"article": "x2", "required": [], "optional": [], "forbidden": []},
    ]  # fmt: skip
    (tmp_path / "articles.jsonl").write_text("".join(json.dumps(a) + "\n" for a in articles))
    (tmp_path / "gold.json").write_text(json.dumps(gold))
    assert main(["evaluate", str(tmp_path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["found"], out["required"], out["dated"], out["date_ok"]) == (1, 2, 1, 1)
    assert out["records"] == out["correct"] >= 2 and out["forbidden_hits"] == 0
