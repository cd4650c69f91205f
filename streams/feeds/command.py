"""The options of `diplowire ingest` and how they become an IngestOptions (the CLI only wires them in)."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from streams.errors import ConfigError, InputError
from streams.feeds.fetch import Limits
from streams.feeds.poller import PollOptions
from streams.feeds.service import IngestOptions, run_ingest
from streams.feeds.sources import check_feeds, read_feed_list
from streams.settings import Settings


def host_port(value: str) -> tuple[str, int]:
    host, sep, port = value.rpartition(":")
    if not sep or not port.isdigit() or int(port) > 65535:
        raise argparse.ArgumentTypeError(f"expected HOST:PORT, got {value!r}")
    return host.strip("[]") or "0.0.0.0", int(port)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--feed", action="append", default=[], metavar="URL|PATH", help="a feed to poll (repeatable)")
    p.add_argument("--feeds", type=Path, metavar="FILE", help="feed list: one URL or path per line, or OPML")
    p.add_argument("--interval", type=float, default=300.0, help="seconds between polls of a feed (default 300)")
    p.add_argument("--listen", type=host_port, metavar="HOST:PORT",
                   help="accept POST /articles here (and serve /healthz, /readyz, /metrics here)")  # fmt: skip
    p.add_argument("--token-file", type=Path, help="require `Authorization: Bearer <token>` from this file")
    p.add_argument("--web-port", type=int, help="port of /healthz, /readyz, /metrics without --listen")
    p.add_argument("--state-dir", type=Path, help="seen-set and feed validators (default: $DIPLOWIRE_DATA_DIR/ingest)")
    p.add_argument("--full-text", action="store_true", help="fetch the linked page when an item has only a summary")
    p.add_argument("--max-items", type=int, default=100, help="new items per feed and poll (default 100)")
    p.add_argument("--max-bytes", type=int, default=10_000_000, help="size cap of a fetched document (default 10 MB)")
    p.add_argument("--timeout", type=float, default=10.0, help="socket timeout of a fetch (default 10 s)")
    p.add_argument("--deadline", type=float, default=30.0, help="total time of a fetch, redirects included (30 s)")
    p.add_argument("--max-seen", type=int, default=200_000, help="ids kept in the seen-set (default 200000)")


def options(settings: Settings, args: argparse.Namespace) -> IngestOptions:
    feeds = list(args.feed) + (read_feed_list(args.feeds) if args.feeds else [])
    if not feeds and not args.listen:
        raise ConfigError("nothing to ingest: give --feed, --feeds FILE or --listen HOST:PORT")
    for name, value in (("--interval", args.interval), ("--timeout", args.timeout), ("--deadline", args.deadline)):
        if value <= 0:
            raise ConfigError(f"{name} must be positive")
    for name, number in (("--max-items", args.max_items), ("--max-bytes", args.max_bytes),
                         ("--max-seen", args.max_seen)):  # fmt: skip
        if number < 1:
            raise ConfigError(f"{name} must be at least 1")
    token = None
    if args.token_file:
        try:
            token = args.token_file.read_text().strip()
        except OSError as exc:
            raise InputError(f"cannot read {args.token_file}: {exc.strerror or exc}") from None
        if not token:
            raise ConfigError(f"{args.token_file} is empty")
    return IngestOptions(
        feeds=check_feeds(feeds),
        state_dir=args.state_dir or settings.data_dir / "ingest",
        poll=PollOptions(
            interval=args.interval,
            max_items=args.max_items,
            full_text=args.full_text,
            max_backoff=max(3600.0, args.interval),
        ),  # fmt: skip
        limits=Limits(timeout=args.timeout, deadline=args.deadline, max_bytes=args.max_bytes),
        listen=args.listen,
        web=(settings.web_host, settings.web_port),
        token=token,
        max_seen=args.max_seen,
    )


def ingest(settings: Settings, args: argparse.Namespace) -> int:
    opts = options(settings, args)
    handler = logging.StreamHandler(sys.stderr)
    if settings.log_format == "json":  # the worker's JSON fields (streams/worker/logs.py)
        from pythonjsonlogger.json import JsonFormatter

        handler.setFormatter(JsonFormatter("%(asctime)s %(levelname)s %(name)s %(message)s",
                                           rename_fields={"asctime": "time", "levelname": "level", "name": "logger"},
                                           datefmt="%Y-%m-%dT%H:%M:%S%z"))  # fmt: skip
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=settings.log_level.upper(), handlers=[handler])
    for noisy in ("httpx", "httpcore", "trafilatura", "htmldate"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # kafka-python logs every refused connection at ERROR; ingest reports the broker's state once itself
    logging.getLogger("kafka").setLevel(logging.CRITICAL)
    return run_ingest(settings, opts)
