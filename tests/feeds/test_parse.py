"""Feed documents to Articles: three formats, plain text, stable ids, refused entities, full-text extraction."""

from __future__ import annotations

import resource
import time

import pytest

from streams.errors import DecodeError
from streams.feeds.parse import article_id, extract_body, html_to_text, items, parse_feed
from tests.feeds.feedserver import ARTICLE_PAGE, BILLION_LAUGHS, SENTENCES, atom, rdf, rss, wire_items, xxe

FEED = "http://wire.test/feed"


def articles(body: bytes, feed: str = FEED):  # type: ignore[no-untyped-def]
    return [i.article for i in items(parse_feed(body, feed), feed) if i.article]


def test_rss2_items_become_articles_with_plain_text_and_iso_dates() -> None:
    found = articles(rss(wire_items(2)))
    assert [a.title for a in found] == ["Wire 0", "Wire 1"]
    first = found[0]
    assert first.text == f"Wire 0\n\n{SENTENCES[0]}\n\nReport 0."  # <p> gone, paragraphs kept
    assert first.published == "2021-12-15T08:00:00+00:00"
    assert first.url == "http://wire.test/g/0" and first.source == FEED and first.language == "en"
    assert first.id == article_id(FEED, "g-0") and first.id != article_id("http://other.test/feed", "g-0")


def test_published_keeps_the_writers_time_zone() -> None:
    late = wire_items(1)[0] | {"date": "Wed, 15 Dec 2021 23:30:00 -0500"}  # already Thursday in UTC
    (a,) = articles(rss([late]))
    assert a.published == "2021-12-15T23:30:00-05:00"
    for bad in ("sometime soon", "Thu, 01 Jan 1970 00:00:00 GMT", "Wed, 15 Dec 2100 08:00:00 GMT"):
        (b,) = articles(rss([wire_items(1)[0] | {"date": bad}]))
        assert b.published is None, bad  # no date, a zero timestamp, the far future


def test_atom_and_rdf_are_read_too() -> None:
    entry = {"guid": "urn:test:1", "title": "Call", "link": "http://wire.test/a/1",
             "description": f"<p>{SENTENCES[0]}</p>", "date": "2021-12-15T08:00:00Z"}  # fmt: skip
    (a,) = articles(atom([entry]))
    assert a.text == f"Call\n\n{SENTENCES[0]}" and a.published == "2021-12-15T08:00:00+00:00"
    (r,) = articles(rdf([entry]))
    assert r.text == a.text and r.published == a.published and r.url == "http://wire.test/a/1"
    assert r.id == article_id(FEED, "http://wire.test/a/1")  # RDF has no guid: the link


def test_html_is_stripped_entities_decoded_paragraphs_kept() -> None:
    html = "<p>Russian President <b>Vladimir Putin</b> spoke&nbsp;with Xi &amp; aides.</p><p>Second <i>one</i>.</p>"
    assert html_to_text(html) == "Russian President Vladimir Putin spoke with Xi & aides.\n\nSecond one."
    assert html_to_text("Plain &quot;quoted&quot; text") == 'Plain "quoted" text'
    assert html_to_text("<script>alert(1)</script><p>Only this.</p>") == "Only this."
    assert html_to_text("<p>broken \udcff byte</p>") == "broken ? byte"  # a lone surrogate, not a crash


def test_content_is_preferred_and_the_summary_kept() -> None:
    item = wire_items(1)[0] | {"content": f"<p>{SENTENCES[1]}</p><p>More detail.</p>",
                               "description": "<p>Short summary.</p>"}  # fmt: skip
    (a,) = articles(rss([item]))
    assert a.text == f"Wire 0\n\n{SENTENCES[1]}\n\nMore detail." and a.summary == "Short summary."


def test_items_without_text_or_in_another_language_are_skipped_with_the_reason() -> None:
    empty = {"guid": "e-1", "title": "", "description": ""}
    found = items(parse_feed(rss([empty, *wire_items(1)]), FEED), FEED)
    assert found[0].article is None and found[0].skipped.startswith("empty_text")  # type: ignore[union-attr]
    assert found[1].article is not None
    german = rss(wire_items(1)).replace(b"<language>en</language>", b"<language>de</language>")
    (only,) = items(parse_feed(german, FEED), FEED)
    assert only.skipped and only.skipped.startswith("unsupported_language")


@pytest.mark.parametrize(
    ("body", "why"),
    [(b"<html><body><p>A page</p></body></html>", "no RSS, RDF or Atom root element"),
     (b"\x89PNG garbage <<<", "not well-formed XML")],
)  # fmt: skip
def test_a_document_that_is_no_feed_says_so(body: bytes, why: str) -> None:
    with pytest.raises(DecodeError, match=why):
        parse_feed(body, FEED)


def test_billion_laughs_is_not_expanded() -> None:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.monotonic()
    found = articles(BILLION_LAUGHS)
    elapsed = time.monotonic() - started
    grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert elapsed < 1.0 and grown_kb < 50_000  # 10^9 "lol"s would be 3 GB
    assert all("lollol" not in a.text for a in found)


def test_external_entities_are_not_resolved(tmp_path) -> None:  # type: ignore[no-untyped-def]
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    found = articles(xxe(str(secret)))
    assert found and all("TOP-SECRET" not in (a.text + (a.title or "")) for a in found)


def test_full_text_extraction_keeps_the_body_and_drops_the_boilerplate() -> None:
    body = extract_body(ARTICLE_PAGE, "http://wire.test/a/1")
    assert body is not None
    assert body.startswith("Leaders discuss trade by telephone\n\nRussian President Vladimir Putin spoke by telephone")
    assert "planned visit to Beijing" in body and "\n\n" in body
    assert "newsletter" not in body and "apple pie" not in body and "Copyright" not in body and "Sport" not in body
