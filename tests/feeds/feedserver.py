"""A real HTTP server for feed tests (loopback, a free port, a thread), and feed documents written for them.

Routes serve fixed bodies with optional ETag/Last-Modified (answering 304 to a matching conditional
GET), redirects, error statuses, trickling (headers, then one byte every `trickle` s, for ever) and
bodies of any size sent in chunks without a Content-Length. Every request is counted per path.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections import Counter
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape


@dataclass
class Route:
    body: bytes = b""
    content_type: str = "application/rss+xml"
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None
    location: str | None = None  # a redirect
    trickle: float | None = None  # seconds between single bytes, for ever
    chunked_size: int | None = None  # this many bytes, chunked, no Content-Length
    declared_size: int | None = None  # a Content-Length header of this size (body sent as is)
    gzip: bool = False  # the body is sent with Content-Encoding: gzip (already compressed)


class FeedServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        self.not_modified: Counter[str] = Counter()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
                path = self.path.split("?")[0]
                server.hits[path] += 1
                route = server.routes.get(path)
                if route is None:
                    return self._send(404, b"not found", "text/plain")
                if route.location:
                    self.send_response(route.status if route.status in (301, 302, 303, 307, 308) else 302)
                    self.send_header("Location", route.location)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return None
                if (route.etag and self.headers.get("If-None-Match") == route.etag) or (
                    route.last_modified and self.headers.get("If-Modified-Since") == route.last_modified
                ):
                    server.not_modified[path] += 1
                    self.send_response(304)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return None
                if route.trickle is not None:
                    return self._trickle(route)
                if route.chunked_size is not None:
                    return self._chunked(route)
                return self._send(route.status, route.body, route.content_type, route)

            def _send(self, status: int, body: bytes, content_type: str, route: Route | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                length = route.declared_size if route and route.declared_size else len(body)
                self.send_header("Content-Length", str(length))
                if route and route.gzip:
                    self.send_header("Content-Encoding", "gzip")
                if route and route.etag:
                    self.send_header("ETag", route.etag)
                if route and route.last_modified:
                    self.send_header("Last-Modified", route.last_modified)
                self.end_headers()
                with contextlib.suppress(OSError):
                    self.wfile.write(body)

            def _trickle(self, route: Route) -> None:
                self.send_response(200)
                self.send_header("Content-Type", route.content_type)
                self.send_header("Connection", "close")  # no length: the body runs until the connection ends
                self.end_headers()
                try:
                    for _ in range(10_000):  # bounded: about 10_000 x trickle seconds at most
                        self.wfile.write(b" ")
                        self.wfile.flush()
                        time.sleep(route.trickle or 0.1)
                except OSError:
                    pass

            def _chunked(self, route: Route) -> None:
                self.send_response(200)
                self.send_header("Content-Type", route.content_type)
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                block = b"<!-- padding padding padding padding padding padding padding -->\n" * 1000
                left = route.chunked_size or 0
                try:
                    while left > 0:
                        piece = block[:left]
                        self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                        left -= len(piece)
                    self.wfile.write(b"0\r\n\r\n")
                except OSError:
                    pass

        class Server(ThreadingHTTPServer):
            def handle_error(self, request: object, client_address: object) -> None:
                pass  # a client that hangs up (the fetcher cutting a body off) is what these tests do

        self.httpd = Server(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="feedserver", daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def start(self) -> FeedServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


# --- documents written for the tests (no corpus text) ------------------------------------------------

SENTENCES = [
    "Russian President Vladimir Putin spoke by telephone with Chinese President Xi Jinping on Wednesday.",
    "France imposed sanctions on Iran on Monday after talks in Geneva collapsed.",
    "Japan accused North Korea on Tuesday of firing a missile over its territory.",
    "German Chancellor Olaf Scholz met Indian Prime Minister Narendra Modi in Berlin on Thursday.",
    "Brazil criticized Argentina on Friday over its new import tariffs.",
    "Canada and Mexico signed a trade agreement in Ottawa on Saturday.",
]


def rss(items: list[dict[str, str]], title: str = "Test wire") -> bytes:
    """RSS 2.0; each item: guid, title, description (HTML allowed: it is escaped here), link, date, content."""
    out = [f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
           'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
           f"<title>{escape(title)}</title><link>http://wire.test/</link><description>d</description>"
           "<language>en</language>"]  # fmt: skip
    for item in items:
        out.append("<item>")
        for tag in ("title", "link", "description"):
            if tag in item:
                out.append(f"<{tag}>{escape(item[tag])}</{tag}>")
        if "guid" in item:
            out.append(f'<guid isPermaLink="false">{escape(item["guid"])}</guid>')
        if "date" in item:
            out.append(f"<pubDate>{item['date']}</pubDate>")
        if "content" in item:
            out.append(f"<content:encoded><![CDATA[{item['content']}]]></content:encoded>")
        out.append("</item>")
    out.append("</channel></rss>")
    return "".join(out).encode()


def atom(items: list[dict[str, str]]) -> bytes:
    out = ['<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
           "<title>Atom test wire</title><id>urn:test:atom</id><updated>2021-12-15T10:00:00Z</updated>"]  # fmt: skip
    for item in items:
        out.append(f"<entry><id>{escape(item['guid'])}</id><title>{escape(item['title'])}</title>"
                   f'<link href="{escape(item.get("link", ""))}"/><updated>{item["date"]}</updated>'
                   f'<summary type="html">{escape(item["description"])}</summary></entry>')  # fmt: skip
    out.append("</feed>")
    return "".join(out).encode()


def rdf(items: list[dict[str, str]]) -> bytes:
    out = ['<?xml version="1.0" encoding="utf-8"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
           ' xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
           '<channel rdf:about="http://wire.test/"><title>RDF test wire</title><link>http://wire.test/</link>'
           "<description>d</description></channel>"]  # fmt: skip
    for item in items:
        out.append(f'<item rdf:about="{escape(item["link"])}"><title>{escape(item["title"])}</title>'
                   f"<link>{escape(item['link'])}</link><description>{escape(item['description'])}</description>"
                   f"<dc:date>{item['date']}</dc:date></item>")  # fmt: skip
    out.append("</rdf:RDF>")
    return "".join(out).encode()


def wire_items(n: int, tag: str = "g", start: int = 0) -> list[dict[str, str]]:
    """n RSS items built from SENTENCES (one sentence each, numbered so every item differs)."""
    return [
        {"guid": f"{tag}-{i}", "title": f"Wire {i}", "link": f"http://wire.test/{tag}/{i}",
         "description": f"<p>{SENTENCES[i % len(SENTENCES)]}</p><p>Report {i}.</p>",
         "date": "Wed, 15 Dec 2021 08:00:00 GMT"}
        for i in range(start, start + n)
    ]  # fmt: skip


BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY lol "lol">'
    + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10) for i in range(1, 10))
    + b']>\n<rss version="2.0"><channel><title>t</title><item><guid>bl-1</guid><title>Laughs &lol9;</title>'
    b"<description>France imposed sanctions on Iran on Monday. &lol9;</description></item></channel></rss>"
)


def xxe(secret_path: str) -> bytes:
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret_path}">]>\n'
        '<rss version="2.0"><channel><title>t</title><item><guid>xxe-1</guid><title>Leak &xxe;</title>'
        "<description>Japan accused North Korea on Tuesday. &xxe;</description></item></channel></rss>"
    ).encode()


ARTICLE_PAGE = b"""<!DOCTYPE html><html><head><title>Leaders call</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<header><p>Subscribe to our newsletter for daily updates</p></header>
<article><h1>Leaders discuss trade by telephone</h1>
<p>Russian President Vladimir Putin spoke by telephone with Chinese President Xi Jinping on Wednesday,
the two governments said in statements released after the call.</p>
<p>The two leaders discussed trade, energy supplies and a planned visit to Beijing next year, according to
officials familiar with the conversation, who described the exchange as long and detailed.</p>
<p>Both sides said they would continue regular contacts at every level in the coming months.</p>
</article>
<aside><p>Most read: a recipe for apple pie</p></aside>
<footer><p>Copyright the test wire. All rights reserved.</p></footer>
</body></html>"""
