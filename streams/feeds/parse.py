"""Feed documents to Articles: feedparser for the formats, html-text for the HTML, stable ids.

feedparser reads RSS 0.9x/1.0/2.0, RDF and Atom, their dates and encodings. It is given bytes, never a
string (a string would be taken for a URL or a file name and fetched). Entities declared in a DOCTYPE
are not expanded (billion laughs) and external entities are never resolved (XXE): its strict parser
does not load them, and its fallback parser keeps only plain entities (tests/feeds prove both).

An item's article id is a hash of the feed and the item's guid (or link; or, lacking both, its title
and text), so the same item polled twice, or sent again after a crash, has the same id downstream.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

import feedparser
import html_text
import trafilatura

from streams.errors import DecodeError
from streams.records import Article, parse_published
from streams.wire import check_article

_TAG = re.compile(r"<[a-zA-Z/!]")
_BLANKS = re.compile(r"[ \t\u00a0]+")
_MANY_NEWLINES = re.compile(r"\n{3,}")


class NotAFeed(DecodeError):
    """A document that is not RSS, RDF or Atom."""

    def __init__(self, message: str) -> None:
        super().__init__("not_a_feed", message)


@dataclass(frozen=True)
class Item:
    """One feed item as an Article, or the reason it is skipped (`article` None)."""

    article_id: str
    origin: str  # feed#n, for messages
    article: Article | None = None
    skipped: str | None = None
    link: str | None = None
    has_content: bool = False  # the feed carried more than a summary (full text not needed)
    summary: str | None = None  # the item's summary as plain text


def html_to_text(html: str) -> str:
    """Plain text: tags dropped, entities decoded, one blank line between paragraphs."""
    if not html.strip():
        return ""
    html = html.encode("utf-8", errors="replace").decode("utf-8")  # lone surrogates from broken encodings
    text = html_text.extract_text(html, guess_layout=True) if _TAG.search(html) or "&" in html else html
    return html_to_text_plain(text)


def article_id(feed: str, key: str) -> str:
    return "feed-" + hashlib.sha256(f"{feed}\n{key}".encode()).hexdigest()[:24]


def published(entry: Any) -> str | None:
    """The item's date as ISO 8601, in the writer's own time zone when the feed gives one.

    The zone matters: "on Wednesday" counts from the writer's day, which UTC may have moved on from;
    feedparser's parsed value is UTC, so the raw value is read first (by the project's one date parser,
    which also refuses epoch and far-future dates); feedparser's reading is the fallback, same checks.
    """
    # dict.get: feedparser's own get() maps a missing `updated` to `published` with a DeprecationWarning
    for raw in (dict.get(entry, "published"), dict.get(entry, "updated")):
        found = parse_published(raw) if isinstance(raw, str) else None
        if found is not None:
            return found.isoformat()
    fallback = iso_date(dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed"))
    return fallback if parse_published(fallback) is not None else None


def iso_date(parsed: Any) -> str | None:
    """feedparser's UTC struct_time -> ISO 8601 (``2021-12-15T08:00:00+00:00``)."""
    if not parsed:
        return None
    try:
        year, month, day, hour, minute, second = parsed[:6]
        return datetime(year, month, day, hour, minute, second, tzinfo=UTC).isoformat()
    except (TypeError, ValueError):
        return None


def parse_feed(body: bytes, origin: str) -> Any:
    """feedparser's result for a document; NotAFeed when it is no RSS, RDF or Atom feed."""
    parsed = feedparser.parse(body, sanitize_html=True, resolve_relative_uris=True)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        why = f"not well-formed XML ({problem})" if problem else "no RSS, RDF or Atom root element"
        raise NotAFeed(f"{origin} is not a feed: {why}")
    return parsed


def _content_html(entry: Any) -> str:
    contents = entry.get("content") or []
    return "\n".join(str(c.get("value") or "") for c in contents)


def entry_id(entry: Any, feed: str) -> str:
    """The article id of a feed entry: its guid, else its link, else its raw title and summary."""
    key = str(entry.get("id") or "") or str(entry.get("link") or "")
    return article_id(feed, key or f"{entry.get('title') or ''}\n{entry.get('summary') or ''}")


def items(parsed: Any, feed: str, only: set[str] | None = None) -> list[Item]:
    """The feed's items in document order, each with its id and Article (or why it is skipped).

    With `only`, just the items with those ids are built (turning HTML into text is the costly part).
    """
    language = (parsed.feed.get("language") or "").strip() or None
    out = []
    for number, entry in enumerate(parsed.entries, start=1):
        ident = entry_id(entry, feed)
        if only is not None and ident not in only:
            continue
        origin = f"{feed}#{number}"
        title = html_to_text(str(entry.get("title") or "")) or None
        summary = html_to_text(str(entry.get("summary") or "")) or None
        content = html_to_text(_content_html(entry)) or None
        link = str(entry.get("link") or "") or None
        body = content or summary
        if content and summary and content.startswith(summary):
            summary = None  # Atom feeds often repeat the content as the summary
        article = Article(
            id=ident,
            text=join_text(title, body),
            title=title,
            published=published(entry),
            source=feed,
            url=link,
            language=str(entry.get("language") or language or "") or None,
            summary=summary if content else None,
        )
        try:
            check_article(article)
        except DecodeError as exc:
            out.append(Item(ident, origin, skipped=f"{exc.code}: {exc.message}", link=link))
            continue
        out.append(Item(ident, origin, article, link=link, has_content=bool(content), summary=summary))
    return out


def join_text(title: str | None, body: str | None) -> str:
    """Title and body as the article text (the headline often carries the event); no repeated title."""
    if title and body and body.startswith(title):
        return body
    return "\n\n".join(p for p in (title, body) if p)


def with_full_text(article: Article, page_text: str, summary: str | None) -> Article:
    """The article with the page's extracted body as its text; the feed's summary kept in `summary`."""
    return replace(article, text=join_text(article.title, page_text), summary=summary or article.summary)


def extract_body(html: bytes, url: str) -> str | None:
    """The article body of a web page (trafilatura: boilerplate, menus and comments dropped), or None."""
    text = trafilatura.extract(
        html.decode("utf-8", errors="replace"), url=url, include_comments=False, include_tables=False,
        favor_precision=True, deduplicate=True,
    )  # fmt: skip
    # trafilatura puts one paragraph per line; a blank line between them, as html_to_text does
    return html_to_text_plain(text.replace("\n", "\n\n")) if text else None


def html_to_text_plain(text: str) -> str:
    """trafilatura's text, with the same whitespace rules as html_to_text."""
    lines = [_BLANKS.sub(" ", line).strip() for line in text.replace("\r\n", "\n").split("\n")]
    return _MANY_NEWLINES.sub("\n\n", "\n".join(lines)).strip()
