"""The live page end to end: produce -> worker -> events topic -> `diplowire live` -> row in headless Chromium.

    .venv/bin/python benchmarks/live_page.py [--articles 100] [--rate 4] [--screenshot docs/live-page.png]

Embedded broker, a worker with the `run` tuning, the live server and Chromium on this machine. Latency is
the page's Date.now() when an article's first row is added minus the wall-clock time just before the
producer sent it (one clock). The screenshot shows the page after the seed replay.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import orjson
from kafka import KafkaProducer

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from streams.cli.local import EMBEDDED_TUNING, wait_ready, worker_process  # noqa: E402
from streams.kafka.admin import client_config, ensure_topics  # noqa: E402
from streams.kafka.broker import EmbeddedBroker, free_port  # noqa: E402
from streams.kafka.producer import read_sources, seed_order  # noqa: E402
from streams.live.server import LiveServer  # noqa: E402
from streams.settings import Settings  # noqa: E402
from streams.worker.topics import topic_names  # noqa: E402
from tests.browser import Browser  # noqa: E402
from tests.streamtools import synthetic_articles  # noqa: E402

ROWS = "[...document.querySelectorAll('#events tbody tr')]"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100, help="articles for the latency figures")
    parser.add_argument("--rate", type=float, default=4.0, help="articles per second")
    parser.add_argument("--screenshot", type=Path, default=ROOT / "docs" / "live-page.png")
    args = parser.parse_args()
    tag = uuid.uuid4().hex[:8]
    with EmbeddedBroker() as broker, tempfile.TemporaryDirectory() as data:
        settings = Settings(bootstrap_servers=broker.bootstrap, app_id=f"bench-live-{tag}", data_dir=Path(data),
                            web_port=free_port(), log_level="warning", **EMBEDDED_TUNING).validated()  # fmt: skip
        ensure_topics(settings, topic_names(settings))
        with worker_process(settings) as worker:
            wait_ready(f"http://127.0.0.1:{settings.web_port}", worker, timeout=90)
            live = LiveServer(settings)
            url = live.start()
            producer = KafkaProducer(**client_config(settings), acks="all", linger_ms=0)
            try:
                with Browser() as browser:
                    browser.goto(url)
                    browser.wait_for("window.diplowire && window.diplowire.opened >= 1", 30)
                    screenshot(browser, producer, settings, args.screenshot)
                    print(f"screenshot: {args.screenshot.relative_to(ROOT)}")
                    latencies = measure(browser, producer, settings, args.articles, args.rate)
            finally:
                producer.close()
                live.stop()
    cuts = statistics.quantiles(latencies, n=100)
    print(f"produce -> page: n={len(latencies)} p50={cuts[49]:.0f} ms p90={cuts[89]:.0f} ms "
          f"p99={cuts[98]:.0f} ms max={max(latencies):.0f} ms at {args.rate:g} articles/s")  # fmt: skip


def screenshot(browser: Browser, producer: KafkaProducer, settings: Settings, path: Path) -> None:
    for source in seed_order(read_sources([str(ROOT / "seeds")])):
        producer.send(settings.articles_topic, key=source.key, value=source.payload)
    producer.flush()
    browser.wait_for(f"{ROWS}.length >= 20", timeout=120)
    time.sleep(2)  # the last rows' highlight fades before the picture is taken
    path.parent.mkdir(parents=True, exist_ok=True)
    browser.screenshot(path, width=1400, height=1000)


def measure(browser: Browser, producer: KafkaProducer, settings: Settings, count: int, rate: float) -> list[float]:
    sent: dict[str, float] = {}
    for key, value in synthetic_articles(count, tag=f"lat-{uuid.uuid4().hex[:6]}"):
        article_id = orjson.loads(value)["id"]
        sent[article_id] = time.time() * 1000
        producer.send(settings.articles_topic, key=key, value=value)
        producer.flush()
        time.sleep(1 / rate)
    ids = orjson.dumps(sorted(sent)).decode()
    expression = f"(ids => {ROWS}.filter(r => ids.includes(r.dataset.article)).map(r => [r.dataset.article, +r.dataset.receivedMs]))({ids})"  # noqa: E501
    deadline = time.monotonic() + 120
    rows: list[list[object]] = []
    while time.monotonic() < deadline:
        rows = browser.eval(expression)
        if len({r[0] for r in rows}) >= len(sent):
            break
        time.sleep(0.5)
    first: dict[str, float] = {}
    for article_id, received in rows:
        first[str(article_id)] = min(first.get(str(article_id), float("inf")), float(str(received)))
    missing = len(sent) - len(first)
    if missing:
        print(f"{missing} article(s) gave no row (no event detected, or not within 120 s)")
    return [first[a] - sent[a] for a in first]


if __name__ == "__main__":
    main()
