"""The `diplowire` command. Errors are one line on stderr and a non-zero exit, never a traceback.

Exit codes (docs/operations.md): 0 done; 1 a clear error, one line on stderr (broker unreachable, bad
settings, bad input, web port in use, broker lost); 2 bad command line; 130 interrupted.
Every command that talks to Kafka first calls ``client_settings`` (settings + the bounded
``streams.kafka.admin.check_broker``), so an absent broker is one line and exit 1 within
DIPLOWIRE_CONNECT_TIMEOUT seconds.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from streams import __version__
from streams.errors import ConfigError, DiplowireError, InputError, UsageError
from streams.settings import ENV_BY_SETTING, Settings

EXIT_ERROR = 1  # also "broker unreachable"
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


def client_settings(args: argparse.Namespace) -> Settings:
    """Settings for a client command, after the bounded broker check (BrokerError: one line, exit 1).

    For every command that reads or writes topics (produce, replay, tail, dead-letters, ingest, export).
    """
    from streams.kafka.admin import check_broker

    settings = _settings(args)
    if not settings.bootstrap_servers:
        raise ConfigError("no broker: set KAFKA_BOOTSTRAP_SERVERS or --broker (or use `diplowire run`)")
    check_broker(settings)
    return settings


def find_seeds(name: str, explicit: bool) -> str:
    """The seed folder: `name` if it exists; for the default, also the nearest `seeds/` above the working
    directory and the one beside the installed package (a source checkout); else a clear InputError."""
    if Path(name).exists():
        return name
    if not explicit:
        here = Path.cwd().resolve()
        candidates = [p / "seeds" for p in here.parents] + [Path(__file__).resolve().parents[2] / "seeds"]
        for candidate in candidates:
            if candidate.is_dir():
                return str(candidate)
        raise InputError("no seeds/ folder here, above, or beside the package: pass the folder (or file) of "
                         "articles to replay, e.g. `diplowire replay path/to/seeds`")  # fmt: skip
    raise InputError(f"{name}: no such file or folder (pass the folder or file of articles to replay)")


def cmd_run(args: argparse.Namespace) -> int:
    from streams.cli.local import run

    seeds = find_seeds(args.seeds or "seeds", explicit=args.seeds is not None)
    run(_settings(args), [seeds], follow=args.follow, timeout=args.timeout, worker_log=args.worker_log)
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
        # the worker's per-article budget too: an article the sink would dead-letter as too_slow is skipped here
        budget = settings.article_time_budget
        for outcome in process_batch(detector, [message], settings.max_article_bytes, budget):
            if outcome.dead_letter:
                print(f"diplowire: skipped {source.origin}: {outcome.dead_letter.reason}: "
                      f"{outcome.dead_letter.message}", file=sys.stderr)  # fmt: skip
            for _, value in finish(clusterer, outcome.events):
                out.write(value + b"\n")
    out.flush()
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    from streams.kafka.admin import check_broker, cluster_id, ensure_topics
    from streams.kafka.broker import EMBEDDED_CLUSTER_ID, EMBEDDED_TUNING

    settings = _settings(args)
    overrides = {"web_port": args.web_port, "data_dir": args.data_dir, "log_format": args.log_format}
    settings = settings.with_overrides(**{k: v for k, v in overrides.items() if v is not None})
    if not settings.bootstrap_servers:
        raise ConfigError("no broker: set KAFKA_BOOTSTRAP_SERVERS or --broker (or use `diplowire run`)")
    if settings.web_enabled:
        from streams.worker.ports import check_port

        check_port(settings.web_host, settings.web_port)  # one line and exit 1 if it is taken
    # Before the heavy imports (Faust, spaCy: seconds on a busy host), so "unreachable" comes in ~15 s.
    # A worker may start beside a broker that is still starting: it waits longer than a client command.
    check_broker(settings, timeout=max(settings.connect_timeout, 15.0))
    from streams.worker.app import create_apps
    from streams.worker.logs import logging_config
    from streams.worker.runner import Worker
    from streams.worker.topics import topic_names

    ensure_topics(settings, topic_names(settings), timeout=max(settings.connect_timeout, 15.0))
    embedded = args.embedded_tuning or cluster_id(settings) == EMBEDDED_CLUSTER_ID
    if embedded:
        # The embedded broker's tuning (as under `diplowire run`), except what the environment sets itself.
        explicit = {name for name, var in ENV_BY_SETTING.items() if os.environ.get(var, "").strip()}
        settings = settings.with_overrides(**{k: v for k, v in EMBEDDED_TUNING.items() if k not in explicit})
    apps = create_apps(settings)
    if embedded:

        async def say_tuning() -> None:
            logging.getLogger("streams.worker.app").info("embedded broker (Tansu): start-up tuning %s",
                                                         EMBEDDED_TUNING)  # fmt: skip

        apps.detect.task(say_tuning)
    # one process, two consumer groups: the stateless detect app and the cluster app (see streams.worker.app)
    worker = Worker(apps.detect, apps.cluster, stop_timeout=settings.stop_timeout, loglevel=settings.log_level,
                    quiet=True, logging_config=logging_config(settings))  # fmt: skip
    worker.execute_from_commandline()


def cmd_produce(args: argparse.Namespace) -> int:
    from streams.feeds.sources import read_feed
    from streams.kafka.producer import make_producer, print_refusal, publish, read_sources

    sources = list(read_sources(args.paths, read_feed=read_feed))  # all read and checked before the broker
    for source in sources:
        if source.skip:  # not an article (e.g. a feed item without text)
            print(f"diplowire: skipped {source.origin}: {source.error}", file=sys.stderr)
    bad = [s for s in sources if s.error and not s.skip]
    for source in bad:
        print(f"diplowire: {'sending' if args.include_bad else 'skipped'} {source.origin}: {source.error}",
              file=sys.stderr)  # fmt: skip
    if not args.include_bad:
        sources = [s for s in sources if not s.error]
    settings = client_settings(args)
    producer = make_producer(settings)
    refused = []

    def refuse(source: Any, reason: str) -> None:
        refused.append(source)
        print_refusal(source, reason)

    try:
        count = publish(producer, args.topic or settings.articles_topic, sources, refused=refuse)
    finally:
        producer.close()
    skipped = f"; skipped {len(bad)} bad" if bad and not args.include_bad else ""
    print(f"produced {count} article(s) to {args.topic or settings.articles_topic}{skipped}", file=sys.stderr)
    return EXIT_ERROR if (bad and not count) or refused else 0


def cmd_replay(args: argparse.Namespace) -> int:
    from streams.kafka.producer import make_producer, publish, read_dead_letters, read_sources, seed_order
    from streams.wire import DEAD_LETTER_REASONS

    if args.speed is not None and not args.speed > 0:
        raise UsageError(f"--speed {args.speed:g}: must be a positive number of articles per second")
    if args.reason and not args.dead_letters:
        raise UsageError("--reason selects dead letters: use it with --dead-letters")
    unknown = sorted(set(args.reason or ()) - set(DEAD_LETTER_REASONS))
    if unknown:
        raise UsageError(f"unknown --reason {', '.join(unknown)}; known: {', '.join(DEAD_LETTER_REASONS)}")
    if not args.dead_letters:
        seeds = seed_order(read_sources([find_seeds(args.seeds or "seeds", explicit=args.seeds is not None)]))
    settings = client_settings(args)
    if args.dead_letters:
        sources = list(read_dead_letters(settings, args.reason or ()))
        what = f"dead letter(s) from {settings.dlq_topic}"
    else:
        sources = seeds
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
    from streams.subscribe import utc

    settings = client_settings(args)
    tail(settings, types=args.type, countries=args.country, from_beginning=args.from_beginning, as_json=args.json,
         limit=args.max, idle_timeout=args.idle_timeout, new_only=args.new, group=args.group,
         since=utc(args.since) if args.since else None, dyad=args.dyad, cameo=args.cameo)  # fmt: skip
    return 0


def cmd_live(args: argparse.Namespace) -> int:
    import asyncio

    from streams.live.server import serve
    from streams.subscribe import utc

    settings = client_settings(args)
    since = utc(args.since) if args.since else None
    ready = lambda url: print(f"live page: {url}", flush=True)  # noqa: E731
    asyncio.run(serve(settings, args.host, args.port, buffer=args.buffer, from_beginning=not args.from_end,
                      since=since, group=args.group, on_ready=ready))  # fmt: skip
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from streams.cli.export import export
    from streams.subscribe import utc

    since = utc(args.since) if args.since else None
    settings = _settings(args) if args.inputs else client_settings(args)
    count = export(settings, args.format, args.inputs, args.output, since, idle=args.idle_timeout)
    print(f"exported {count} event(s) as {args.format}" + (f" to {args.output}" if args.output else ""),
          file=sys.stderr)  # fmt: skip
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
    from streams.kafka.broker import DEFAULT_PORT, EmbeddedBroker, free_port, port_is_free

    port = args.port
    if port is None:
        port = DEFAULT_PORT if port_is_free(DEFAULT_PORT) else free_port()
        if port != DEFAULT_PORT:
            print(f"port {DEFAULT_PORT} is taken; using {port}", flush=True)
    with EmbeddedBroker(port=port) as broker:
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # before the banner: a caller may stop us right after
        print(f"embedded Kafka broker (Tansu, memory only) on {broker.bootstrap}; Ctrl-C stops it", flush=True)
        print(f"export KAFKA_BOOTSTRAP_SERVERS={broker.bootstrap}", flush=True)
        while broker.process is not None and broker.process.poll() is None:
            time.sleep(0.5)
        raise DiplowireError("the broker process exited")


def cmd_dead_letters(args: argparse.Namespace) -> int:
    from streams.cli.deadletters import list_letters, parse_position, show_letter

    if args.action != "show" and args.position:
        raise UsageError(f"dead-letters {args.action} takes no position (did you mean `show {args.position}`?)")
    if args.action == "replay":
        args.dead_letters, args.speed, args.seeds = True, None, None
        return cmd_replay(args)
    from streams.wire import DEAD_LETTER_REASONS

    unknown = sorted(set(args.reason or ()) - set(DEAD_LETTER_REASONS))
    if unknown:
        raise UsageError(f"unknown --reason {', '.join(unknown)}; known: {', '.join(DEAD_LETTER_REASONS)}")
    if args.action == "show" and not args.position:
        raise UsageError("dead-letters show needs a POSITION, PARTITION:OFFSET as `dead-letters list` prints it")
    if args.action == "show":
        parse_position(args.position)  # a malformed position is a usage error, before the broker is asked
    settings = client_settings(args)
    if args.action == "show":
        return show_letter(settings, args.position, as_json=args.json)
    return list_letters(settings, reasons=args.reason or (), limit=args.limit, as_json=args.json)


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
    p.add_argument("--seeds", help="folder or file of seed articles (default: the nearest seeds/)")
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
    p.add_argument("--data-dir", type=Path,
                   help="table state (default: $DIPLOWIRE_DATA_DIR, else $XDG_STATE_HOME/diplowire)")  # fmt: skip
    p.add_argument("--log-format", choices=("text", "json"), help="json: one object per line (default: text)")
    p.add_argument("--embedded-tuning", action="store_true",
                   help="start-up tuning of the embedded broker (applied by itself on Tansu)")  # fmt: skip
    p.set_defaults(func=cmd_worker)

    p = sub.add_parser("produce", help="push articles to the articles topic")
    broker_opt(p)
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, .jsonl, feed URLs, or - for stdin")
    p.add_argument("--topic", help="target topic (default: the articles topic)")
    p.add_argument("--include-bad", action="store_true",
                   help="send unreadable articles too (the worker dead-letters them); default: skip")  # fmt: skip
    p.set_defaults(func=cmd_produce)

    p = sub.add_parser("replay", help="replay seed articles in publication order")
    broker_opt(p)
    p.add_argument("seeds", nargs="?", help="folder of seed articles (default: the nearest seeds/)")
    p.add_argument("--speed", type=float, help="articles per second, > 0 (default: as fast as possible)")
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
    p.add_argument("--type", help="PLOVER types or modes, comma-separated (consult,boycott); reads per-type topics")
    p.add_argument("--country", help="only events with one of these ISO3 countries (comma-separated) on either side")
    p.add_argument("--dyad", help="only events between these two countries, e.g. RUS:CHN")
    p.add_argument("--cameo", help="only CAMEO codes with this prefix, e.g. 04")
    p.add_argument("--group", help="consumer group: commit offsets and resume there on the next run")
    p.add_argument("--since", help="only records published since: ISO date/time (UTC default) or a duration (2h)")
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

    p = sub.add_parser("dead-letters", help="list, show or replay the dead-letter topic")
    broker_opt(p)
    p.add_argument("action", nargs="?", choices=("list", "show", "replay"), default="list",
                   help="list (default): counts by reason and the newest letters; show POSITION; replay")  # fmt: skip
    p.add_argument("position", nargs="?", help="with show: PARTITION:OFFSET")
    p.add_argument("--reason", action="append", metavar="CODE", help="only letters with this reason (repeatable)")
    p.add_argument("--limit", type=int, default=20, help="list: how many of the newest letters (default 20)")
    p.add_argument("--json", action="store_true", help="JSON for programs")
    p.set_defaults(func=cmd_dead_letters)

    p = sub.add_parser("live", help="the live web page: events as they arrive, filters, a map of dyads (SSE)")
    broker_opt(p)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=0, help="port (default: a free one, printed)")
    p.add_argument("--buffer", type=int, default=500, help="recent events kept for new pages (default 500)")
    p.add_argument("--from-end", action="store_true", help="start at the end of the topic, not the oldest record")
    p.add_argument("--since", help="only records published since: ISO date/time or a duration (2h)")
    p.add_argument("--group", help="consumer group: commit offsets and resume there on the next run")
    p.set_defaults(func=cmd_live)

    p = sub.add_parser("export", help="events as CSV / Parquet / JSON lines, flat GDELT-like columns")
    broker_opt(p)
    p.add_argument("inputs", nargs="*", metavar="PATH", help="detect output (JSON lines) or -; none: the events topic")
    p.add_argument("--format", choices=("csv", "parquet", "jsonl"), default="csv", help="default: csv")
    p.add_argument("--output", "-o", help="file to write (default: stdout)")
    p.add_argument("--since", help="topic: published since (ISO date/time or 2h); files: events dated since")
    p.add_argument("--idle-timeout", type=float, default=2.0, help="topic: stop after this many quiet seconds")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("broker", help="run the embedded broker in the foreground")
    p.add_argument("--port", type=int, help="port to listen on (default: 9092 when free, else a free one)")
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
    except UsageError as exc:
        print(f"diplowire: error: {exc} (see --help)", file=sys.stderr)
        return EXIT_USAGE
    except (DiplowireError, InputError) as exc:
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        print(f"diplowire: error: {message}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        print(f"diplowire: error: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:
        # A Kafka client error that escaped a command (e.g. the broker vanished mid-command) is still one line.
        if not type(exc).__module__.startswith(("kafka", "aiokafka")):
            raise
        print(f"diplowire: error: Kafka: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}",
              file=sys.stderr)  # fmt: skip
        return EXIT_ERROR
