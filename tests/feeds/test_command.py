"""The options of `diplowire ingest`: checked before anything starts, each mistake one clear error."""

from __future__ import annotations

import argparse

import pytest

from streams.errors import ConfigError, InputError
from streams.feeds.command import add_arguments, host_port, options
from streams.settings import Settings


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    return parser.parse_args(argv)


def test_defaults_and_the_state_dir_under_the_data_dir(tmp_path) -> None:  # type: ignore[no-untyped-def]
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("http://a.test/rss.xml\n")
    token = tmp_path / "token"
    token.write_text("s3cret\n")
    argv = ["--feeds", str(feeds), "--feed", "https://b.test/x", "--listen", "127.0.0.1:8080"]
    argv += ["--token-file", str(token)]
    opts = options(Settings(data_dir=tmp_path / "data"), parse(*argv))
    assert opts.feeds == ["https://b.test/x", "http://a.test/rss.xml"] and opts.token == "s3cret"
    assert opts.state_dir == tmp_path / "data" / "ingest" and opts.listen == ("127.0.0.1", 8080)
    assert opts.poll.interval == 300 and opts.poll.max_items == 100 and opts.limits.max_bytes == 10_000_000


def test_listen_alone_is_enough_and_an_empty_feed_list_is_allowed_with_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    empty = tmp_path / "feeds.txt"
    empty.write_text("# nothing yet\n")
    assert options(Settings(), parse("--feeds", str(empty), "--listen", ":9000")).listen == ("0.0.0.0", 9000)
    with pytest.raises(ConfigError, match="nothing to ingest"):
        options(Settings(), parse("--feeds", str(empty)))


@pytest.mark.parametrize(
    ("argv", "error", "match"),
    [
        (["--feed", "http://a.test/", "--interval", "0"], ConfigError, "--interval must be positive"),
        (["--feed", "http://a.test/", "--max-items", "0"], ConfigError, "--max-items must be at least 1"),
        (["--feed", "http://a.test/", "--token-file", "/no/such/token"], InputError, "cannot read /no/such/token"),
        (["--feeds", "/no/such/list"], InputError, "cannot read feed list"),
    ],
)
def test_mistakes_are_named(argv: list[str], error: type[Exception], match: str) -> None:
    with pytest.raises(error, match=match):
        options(Settings(), parse(*argv))


def test_host_port() -> None:
    assert host_port("[::1]:80") == ("::1", 80)
    for bad in ("8080", "host:", "host:99999"):
        with pytest.raises(argparse.ArgumentTypeError):
            host_port(bad)
