"""HTTP views of the ingest process: POST /articles (pushed wires), /healthz, /readyz, /metrics.

A push is one article or a JSON array of them, in the project's article schema or IPTC ninjs 2.x
(`uri`, `versioncreated`, `headline`, `body_text` or `body_html`). The whole request is validated
before anything is sent: one bad article refuses the request (400, every problem listed), a body over
the cap is refused unread (413), and nothing of a refused request reaches the topic. Accepted articles
go through the same seen-set as feed items: an id sent before is answered as a duplicate, not re-sent.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import orjson
from aiohttp import web

from streams.errors import DecodeError
from streams.feeds.metrics import IngestMetrics
from streams.feeds.parse import html_to_text, join_text
from streams.feeds.seen import SeenStore
from streams.feeds.sink import Sink
from streams.records import Article, parse_published
from streams.wire import check_article, encode_article

PUSH_FEED = "push"  # the seen-set's feed name for pushed articles
MAX_ARTICLES = 1000  # per request


def is_ninjs(data: dict[str, Any]) -> bool:
    return "uri" in data and "text" not in data


def from_ninjs(data: dict[str, Any]) -> dict[str, Any]:
    """An IPTC ninjs 2.x (or 1.x) item as a project article object (validated afterwards)."""
    uri, headline = data.get("uri"), data.get("headline")
    body = data.get("body_text")
    if not body and isinstance(data.get("body_html"), str):
        body = html_to_text(data["body_html"])
    if not isinstance(uri, str) or not uri.strip():
        raise DecodeError("missing_field", "ninjs item has no 'uri'")
    for name, value in (("headline", headline), ("body_text", body)):
        if value is not None and not isinstance(value, str):
            raise DecodeError("bad_field", f"ninjs {name!r} must be a string")
    if not body:
        raise DecodeError("missing_field", "ninjs item has no 'body_text' or 'body_html'")
    summary = data.get("description_text")
    return {
        "id": uri,
        "text": join_text(headline, body),
        "title": headline,
        "published": _iso(data.get("versioncreated") or data.get("firstcreated")),
        "url": uri if uri.startswith(("http://", "https://")) else None,
        "language": data.get("language"),
        "summary": summary if isinstance(summary, str) else None,
        "source": data.get("copyrightholder") if isinstance(data.get("copyrightholder"), str) else None,
    }


def _iso(value: Any) -> Any:
    """A ninjs date as ISO 8601 when it reads as one (left as is otherwise: validation judges it)."""
    found = parse_published(value) if isinstance(value, str) else None
    return found.isoformat() if found is not None else value


def decode_pushed(data: Any, max_bytes: int) -> Article:
    """One pushed item as an Article, or DecodeError naming what is wrong (the dead-letter reasons)."""
    if isinstance(data, dict) and is_ninjs(data):
        data = from_ninjs(data)
    article = check_article(Article.from_dict(data))
    size = len(encode_article(article))
    if size > max_bytes:
        raise DecodeError("too_large", f"article {article.id!r} is {size:,} bytes; the limit is {max_bytes:,}")
    return article


@dataclass
class Views:
    sink: Sink
    store: SeenStore
    metrics: IngestMetrics
    readiness: Callable[[], list[str]]
    token: str | None = None
    max_body: int = 10_000_000
    max_article_bytes: int = 1_000_000
    on_send: Callable[[str | None], None] = lambda problem: None  # the broker's state after each send

    def app(self, push: bool) -> web.Application:
        app = web.Application(client_max_size=self.max_body)
        app.router.add_get("/healthz", self.healthz)
        app.router.add_get("/readyz", self.readyz)
        app.router.add_get("/metrics", self.render_metrics)
        if push:
            app.router.add_post("/articles", self.articles)
        return app

    async def healthz(self, request: web.Request) -> web.Response:
        return web.json_response({"ok": True})

    async def readyz(self, request: web.Request) -> web.Response:
        reasons = self.readiness()
        return web.json_response({"ready": not reasons, "reasons": reasons}, status=503 if reasons else 200)

    async def render_metrics(self, request: web.Request) -> web.Response:
        return web.Response(body=self.metrics.render(), content_type="text/plain")

    def _refuse(self, status: int, outcome: str, error: str, **extra: Any) -> web.Response:
        self.metrics.pushed.labels(outcome).inc()
        return web.json_response({"error": error, **extra}, status=status)

    async def articles(self, request: web.Request) -> web.Response:
        if self.token is not None:
            given = request.headers.get("Authorization", "")
            if not hmac.compare_digest(given.encode(), f"Bearer {self.token}".encode()):
                response = self._refuse(401, "unauthorized", "missing or wrong bearer token")
                response.headers["WWW-Authenticate"] = 'Bearer realm="diplowire"'
                return response
        if request.content_length is not None and request.content_length > self.max_body:
            return self._refuse(413, "too_large", f"body is {request.content_length:,} bytes; the limit is "
                                f"{self.max_body:,}")  # fmt: skip
        try:
            raw = await request.read()
        except web.HTTPRequestEntityTooLarge:
            return self._refuse(413, "too_large", f"body is over the limit of {self.max_body:,} bytes")
        try:
            data = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            return self._refuse(400, "rejected", f"malformed_json: body is not valid JSON: {exc}")
        batch = data if isinstance(data, list) else [data]
        if not batch:
            return self._refuse(400, "rejected", "empty_batch: the array holds no article")
        if len(batch) > MAX_ARTICLES:
            return self._refuse(413, "too_large", f"{len(batch)} articles; at most {MAX_ARTICLES} per request")
        articles, errors = [], []
        for index, item in enumerate(batch):
            try:
                articles.append(decode_pushed(item, self.max_article_bytes))
            except DecodeError as exc:
                errors.append({"index": index, "reason": exc.code, "message": exc.message})
        if errors:
            first = errors[0]
            return self._refuse(400, "rejected", f"{first['reason']}: {first['message']}", errors=errors)
        unique = list({a.id: a for a in articles}.values())
        seen = self.store.seen(a.id for a in unique)
        new = [a for a in unique if a.id not in seen]
        acked, problem = await self.sink.send(new) if new else ([], None)
        if new:
            self.on_send(problem)
        self.store.mark(PUSH_FEED, [a.id for a in acked])
        self.metrics.produced.labels(PUSH_FEED).inc(len(acked))
        self.metrics.duplicates.labels(PUSH_FEED).inc(len(seen))
        if problem:
            return self._refuse(503, "broker_error", problem, accepted=[a.id for a in acked])
        self.metrics.pushed.labels("accepted").inc()
        return web.json_response({"accepted": [a.id for a in acked], "duplicates": sorted(seen)}, status=202)
