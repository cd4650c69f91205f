"""The `diplowire` command. Errors are one line on stderr and a non-zero exit, never a traceback."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import time
from collections.abc import Sequence
from typing import Any, NoReturn

from streams import __version__
from streams.errors import ConfigError, DiplowireError, InputError
from streams.settings import Settings

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"diplowire: error: {message} (see --help)\n")


def _settings(args: argparse.Namespace, env: dict[str, str] | None = None) -> Settings:
    settings = Settings.from_env(env if env is not None else os.environ)
    if getattr(args, "broker", None):
        settings = settings.with_overrides(bootstrap_servers=args.broker)
    return settings


def cmd_run(args: argparse.Namespace) -> int:
    from streams.cli.local import run

    run(_settings(args), [args.seeds], follow=args.follow, timeout=args.timeout, worker_log=args.worker_log)
    return 0


def cmd_detect(args: argparse.Namespace) -> int:
    from streams.detection import Detector, load_nlp
    from streams.feeds.sources import read_feed
    from streams.kafka.producer import read_sources
    from streams.worker.clustering import Cluster, Clusterer
    from streams.worker.processing import RawMessage, finish, process_batch

    settings = _settings(args)
    sources = list(read_sources(args.paths, read_feed=read_feed))  # reads (and checks) every input first
    detector = Detector(load_nlp(args.model or settings.spacy_model), fast=not args.full)
    # Clustered like the worker does, in input order, with the state in a dict instead of a table.
    state: dict[str, list[Cluster]] = {}
    clusterer = Clusterer(state, settings.dedup_window_days)
    out = sys.stdout.buffer
    for source in sources:
        if source.error:
            print(f"diplowire: skipped {source.origin}: {source.error}", file=sys.stderr)
            continue
        # an article without a usable date is dated by its ingestion time: now, here
        message = RawMessage(source.payload, timestamp=time.time())
        for outcome in process_batch(detector, [message], settings.max_article_bytes):
            if outcome.dead_letter:
                print(f"diplowire: skipped {source.origin}: {outcome.dead_letter.reason}: "
                      f"{outcome.dead_letter.message}", file=sys.stderr)  # fmt: skip
            for _, value in finish(clusterer, outcome.events):
                out.write(value + b"\n")
    out.flush()
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    from streams.kafka.admin import ensure_topics
    from streams.worker.app import create_apps
    from streams.worker.runner import Worker
    from streams.worker.topics import topic_names

    settings = _settings(args)
    if args.web_port is not None:
        settings = settings.with_overrides(web_port=args.web_port)
    if not settings.bootstrap_servers:
        raise ConfigError("no broker: set KAFKA_BOOTSTRAP_SERVERS or --broker (or use `diplowire run`)")
    ensure_topics(settings, topic_names(settings))
    apps = create_apps(settings)
    # one process, two consumer groups: the stateless detect app and the cluster app (see streams.worker.app)
    worker = Worker(apps.detect, apps.cluster, stop_timeout=settings.stop_timeout, loglevel=settings.log_level,
                    quiet=True)  # fmt: skip
    worker.execute_from_commandline()


def cmd_produce(args: argparse.Namespace) -> int:
    from streams.feeds.sources import read_feed
    from streams.kafka.producer import make_producer, publish, read_sources

    settings = _settings(args)
    if not settings.bootstrap_servers:
        raise ConfigError("no broker: set KAFKA_BOOTSTRAP_SERVERS or --broker")
    sources = list(read_sources(args.paths, read_feed=read_feed))
    for source in sources:
        if source.skip:
            print(f"diplowire: skipped {source.origin}: {source.error}", file=sys.stderr)
    producer = make_producer(settings)
    try:
        count = publish(producer, args.topic or settings.articles_topic, sources)
    finally:
        producer.close()
    print(f"produced {count} article(s) to {args.topic or settings.articles_topic}", file=sys.stderr)
    return 0


def cmd_replay(args: argparse.Namespace) -> int:
    from streams.kafka.admin import connect_admin
    from streams.kafka.producer import make_producer, publish, read_dead_letters, read_sources, seed_order

    settings = _settings(args)
    if not settings.bootstrap_servers:
        raise ConfigError("no broker: set KAFKA_BOOTSTRAP_SERVERS or --broker (or use `diplowire run`)")
    if args.dead_letters:
        connect_admin(settings).close()  # one clear error line if the broker is not there
        sources = list(read_dead_letters(settings, args.reason or ()))
        what = f"dead letter(s) from {settings.dlq_topic}"
    else:
        sources = seed_order(read_sources([args.seeds]))
        what = "seed article(s)"
    producer = make_producer(settings)
    try:
        count = publish(producer, settings.articles_topic, sources, delay=1.0 / args.speed if args.speed else 0.0)
    finally:
        producer.close()
    print(f"replayed {count} {what} to {settings.articles_topic}", file=sys.stderr)
    return 0


def cmd_tail(args: argparse.Namespace) -> int:
    from streams.cli.tail import tail

    settings = _settings(args)
    if not settings.bootstrap_servers:
        raise ConfigError("no broker: set KAFKA_BOOTSTRAP_SERVERS or --broker")
    tail(settings, event_type=args.type, country=args.country, from_beginning=args.from_beginning,
         as_json=args.json, limit=args.max, idle_timeout=args.idle_timeout, new_only=args.new)  # fmt: skip
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    from streams.feeds.command import ingest

    settings = _settings(args)
    if args.web_port is not None:
        settings = settings.with_overrides(web_port=args.web_port)
    if not settings.bootstrap_servers:
        raise ConfigError("no broker: set KAFKA_BOOTSTRAP_SERVERS or --broker")
    return ingest(settings, args)


def cmd_broker(args: argparse.Namespace) -> int:
    from streams.kafka.broker import EmbeddedBroker

    with EmbeddedBroker(port=args.port) as broker:
        print(f"embedded Kafka broker (Tansu, memory only) on {broker.bootstrap}; Ctrl-C stops it", flush=True)
        print(f"export KAFKA_BOOTSTRAP_SERVERS={broker.bootstrap}", flush=True)
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        while broker.process is not None and broker.process.poll() is None:
            time.sleep(0.5)
        raise DiplowireError("the broker process exited")


def cmd_evaluate(args: argparse.Namespace) -> int:
    from streams.cli.evaluate import main as evaluate

    return evaluate(args.path, as_json=args.json, model=args.model, full=args.full, articles=args.articles,
                    predictions=args.predictions, misses=args.misses)  # fmt: skip


def build_parser() -> Parser:
    parser = Parser(prog="diplowire", description="Diplomatic events from news articles, as a Kafka stream.")
    parser.add_argument("--version", action="version", version=f"diplowire {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=Parser)

    def broker_opt(p: argparse.ArgumentParser) -> None:
        p.add_argument("--broker", help="Kafka bootstrap servers (default: $KAFKA_BOOTSTRAP_SERVERS)")

    p = sub.add_parser("run", help="main job: broker, worker, replay of seeds, live table of events")
    broker_opt(p)
    p.add_argument("--seeds", default="seeds", help="folder or file of seed articles (default: seeds)")
    p.add_argument("--follow", action="store_true", help="keep running after the replay")
    p.add_argument("--timeout", type=float, default=150.0, help="give up after this many seconds (default 150)")
    p.add_argument("--worker-log", help="append the worker's log to this file")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("detect", help="no broker: articles -> event records (JSON lines) on stdout")
    p.add_argument(
        "paths", nargs="+", metavar="PATH", help=".txt (optional `date` header), .json, .jsonl, folders, or -"
    )
    p.add_argument("--model", help="spaCy pipeline name (default: $DIPLOWIRE_SPACY_MODEL or en_core_web_sm)")
    p.add_argument("--full", action="store_true", help="parse every sentence (no fast first pass)")
    p.set_defaults(func=cmd_detect)

    p = sub.add_parser("worker", help="the Faust worker (production)")
    broker_opt(p)
    p.add_argument("--web-port", type=int, help="port of /healthz, /readyz, /metrics")
    p.set_defaults(func=cmd_worker)

    p = sub.add_parser("produce", help="push articles to the articles topic")
    broker_opt(p)
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, .jsonl, feed URLs, or - for stdin")
    p.add_argument("--topic", help="target topic (default: the articles topic)")
    p.set_defaults(func=cmd_produce)

    p = sub.add_parser("replay", help="replay seed articles in publication order")
    broker_opt(p)
    p.add_argument("seeds", nargs="?", default="seeds", help="folder of seed articles (default: seeds)")
    p.add_argument("--speed", type=float, default=0.0, help="articles per second (default: as fast as possible)")
    p.add_argument(
        "--dead-letters",
        action="store_true",
        help="replay the original payloads of the dead-letter topic instead (e.g. after a fix)",
    )
    p.add_argument(
        "--reason",
        action="append",
        metavar="CODE",
        help="with --dead-letters: only letters with this reason (repeatable)",
    )
    p.set_defaults(func=cmd_replay)

    p = sub.add_parser("tail", help="subscribe to events and print them")
    broker_opt(p)
    p.add_argument("--type", help="only this PLOVER type (reads its per-type topic)")
    p.add_argument("--country", help="only events with this ISO3 country on either side")
    p.add_argument("--from-beginning", action="store_true", help="start at the oldest record")
    p.add_argument("--new", action="store_true", help="only the first report of each real-world event (first_seen)")
    p.add_argument("--json", action="store_true", help="print the CloudEvents JSON lines")
    p.add_argument("--max", type=int, help="stop after this many events")
    p.add_argument("--idle-timeout", type=float, help="stop after this many seconds without a new event")
    p.set_defaults(func=cmd_tail)

    p = sub.add_parser("ingest", help="poll live feeds for ever (and accept pushed articles) -> articles topic")
    broker_opt(p)
    from streams.feeds.command import add_arguments

    add_arguments(p)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("broker", help="run the embedded broker in the foreground")
    p.add_argument("--port", type=int, help="port to listen on (default: a free one)")
    p.set_defaults(func=cmd_broker)

    p = sub.add_parser("evaluate", help="score the detector on a PLOVER gold standard or article-level gold")
    p.add_argument(
        "path",
        help="PLOVER gold-standard records (JSON array or JSON lines), or a folder of them; "
        "or article-level gold (gold.json, or a folder holding one)",
    )
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument("--model", help="spaCy pipeline name")
    p.add_argument("--full", action="store_true", help="parse every sentence (no fast first pass)")
    p.add_argument("--articles", help="article-level gold: the articles (JSON lines; default articles.jsonl beside it)")
    p.add_argument("--predictions", help="article-level gold: score these records (JSON lines) instead of detecting")
    p.add_argument("--misses", action="store_true", help="article-level gold: list missed units and unmatched records")
    p.set_defaults(func=cmd_evaluate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        result: Any = args.func(args)
        return int(result or 0)
    except KeyboardInterrupt:
        print("diplowire: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except (DiplowireError, InputError) as exc:
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        print(f"diplowire: error: {message}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        print(f"diplowire: error: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_ERROR
