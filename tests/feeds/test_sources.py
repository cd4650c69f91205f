"""Feed lists (plain and OPML), and feed files read by `detect` through the same code as `ingest`."""

from __future__ import annotations

import subprocess
import sys

import pytest

from streams.errors import InputError
from streams.feeds.sources import check_feeds, read_feed, read_feed_list
from tests.conftest import ROOT
from tests.feeds.feedserver import SENTENCES, FeedServer, Route, atom, rss, wire_items

OPML = b"""<?xml version="1.0"?><opml version="2.0"><head><title>subs</title></head><body>
<outline text="World"><outline text="A" type="rss" xmlUrl="http://a.test/rss.xml"/>
<outline text="B" type="rss" xmlUrl="https://b.test/atom.xml"/></outline></body></opml>"""


def test_feed_lists_one_per_line_or_opml(tmp_path) -> None:  # type: ignore[no-untyped-def]
    plain = tmp_path / "feeds.txt"
    plain.write_text("# wires\nhttp://a.test/rss.xml\n\n  https://b.test/atom.xml  # the B wire\n")
    assert read_feed_list(plain) == ["http://a.test/rss.xml", "https://b.test/atom.xml"]
    opml = tmp_path / "subs.opml"
    opml.write_bytes(OPML)
    assert read_feed_list(opml) == ["http://a.test/rss.xml", "https://b.test/atom.xml"]


def test_feeds_must_be_http_urls_or_existing_files(tmp_path) -> None:  # type: ignore[no-untyped-def]
    local = tmp_path / "wire.rss"
    local.write_bytes(rss(wire_items(1)))
    assert check_feeds([str(local), "http://a.test/x", str(local)]) == [str(local), "http://a.test/x"]
    with pytest.raises(InputError, match=r"ftp://a.test/x \(not http or https\), /no/such \(no such file\)"):
        check_feeds(["ftp://a.test/x", "/no/such"])


def test_a_feed_url_is_read_once_with_skipped_items_marked(server: FeedServer) -> None:
    entry = {"guid": "urn:a:1", "title": "Call", "description": SENTENCES[0], "date": "2021-12-15T08:00:00Z"}
    server.routes["/atom"] = Route(atom([entry]), content_type="application/atom+xml")
    (source,) = list(read_feed(server.url("/atom")))
    assert source.article is not None and source.article.text == f"Call\n\n{SENTENCES[0]}" and not source.skip
    server.routes["/page"] = Route(b"<html><body>Not a feed</body></html>", content_type="text/html")
    with pytest.raises(InputError, match="is not a feed: no RSS, RDF or Atom root element"):
        list(read_feed(server.url("/page")))


@pytest.mark.model
def test_detect_reads_an_rss_file_as_a_feed_and_says_what_it_skipped(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "wire.xml"
    path.write_bytes(rss([*wire_items(1), {"guid": "empty", "title": "", "description": "<p> </p>"}]))
    result = subprocess.run([sys.executable, "-m", "streams", "detect", str(path)], capture_output=True, text=True,
                            cwd=ROOT, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"skipped {path}#2: empty_text" in result.stderr
    assert '"event_type":"CONSULT"' in result.stdout and "<p>" not in result.stdout
    assert '"published":"2021-12-15T08:00:00+00:00"' in result.stdout
