"""POST /articles over real HTTP: good, bad, oversized and ninjs bodies; the token; probes and metrics."""

from __future__ import annotations

from collections.abc import AsyncIterator

import orjson
import pytest
import pytest_asyncio
from aiohttp.test_utils import TestClient, TestServer

from streams.feeds.metrics import IngestMetrics
from streams.feeds.push import Views
from streams.feeds.seen import SeenStore
from tests.feeds.conftest import MemorySink
from tests.feeds.feedserver import SENTENCES

GOOD = {"id": "push-1", "text": SENTENCES[0], "published": "2021-12-15"}
NINJS = {
    "uri": "urn:newsml:wire.test:20211215:call",
    "versioncreated": "2021-12-15T09:30:00Z",
    "headline": "Leaders discuss trade",
    "body_html": f"<p>{SENTENCES[0]}</p><p>More <b>detail</b> &amp; context.</p>",
    "language": "en",
}


@pytest_asyncio.fixture()
async def client(tmp_path, sink: MemorySink) -> AsyncIterator[TestClient]:  # type: ignore[no-untyped-def]
    store = SeenStore(tmp_path / "seen.sqlite3")
    views = Views(sink, store, IngestMetrics(), lambda: [], token=None, max_body=100_000, max_article_bytes=20_000)
    async with TestClient(TestServer(views.app(push=True))) as c:
        c.views = views  # type: ignore[attr-defined]
        yield c
    store.close()


async def post(client: TestClient, body: object, **headers: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    data = body if isinstance(body, bytes) else orjson.dumps(body)
    response = await client.post("/articles", data=data, headers={"Content-Type": "application/json", **headers})
    return response.status, await response.json()


@pytest.mark.asyncio
async def test_one_article_and_an_array_are_accepted_with_their_ids(client: TestClient, sink: MemorySink) -> None:
    status, body = await post(client, GOOD)
    assert status == 202 and body == {"accepted": ["push-1"], "duplicates": []}
    second = GOOD | {"id": "push-2", "text": SENTENCES[1]}
    status, body = await post(client, [GOOD, second])
    assert status == 202 and body == {"accepted": ["push-2"], "duplicates": ["push-1"]}  # nothing sent twice
    assert sink.ids == ["push-1", "push-2"]


@pytest.mark.asyncio
async def test_ninjs_items_are_mapped_to_articles(client: TestClient, sink: MemorySink) -> None:
    status, body = await post(client, NINJS)
    assert status == 202 and body["accepted"] == [NINJS["uri"]]
    (article,) = sink.sent
    assert article.title == "Leaders discuss trade" and article.published == "2021-12-15T09:30:00+00:00"
    assert article.text == f"Leaders discuss trade\n\n{SENTENCES[0]}\n\nMore detail & context."
    ninjs_text = NINJS | {"uri": "urn:x:2", "body_text": SENTENCES[1]}
    del ninjs_text["body_html"]
    assert (await post(client, ninjs_text))[0] == 202 and sink.sent[-1].text.endswith(SENTENCES[1])


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b'{"id": "x", "text": ', "malformed_json"),
        ({"id": "x"}, "missing_field"),
        ({"id": "x", "text": 42}, "bad_field"),
        ({"id": "x", "text": "   "}, "empty_text"),
        ({"id": "x", "text": "Der Text.", "language": "de"}, "unsupported_language"),
        ({"uri": "urn:x", "headline": "No body"}, "missing_field"),
        ([], "empty_batch"),
        ([GOOD | {"id": "ok-but-not-alone"}, {"id": "bad"}], "missing_field"),
        ({"id": "big", "text": "word " * 5_000}, "too_large"),  # under the body cap, over the article cap
    ],
)
async def test_bad_input_is_a_400_with_the_reason_and_never_reaches_the_sink(
    client: TestClient, sink: MemorySink, body: object, reason: str
) -> None:
    status, answer = await post(client, body)
    assert status == 400 and answer["error"].startswith(reason)
    assert sink.sent == []


@pytest.mark.asyncio
async def test_an_oversized_body_is_a_413(client: TestClient, sink: MemorySink) -> None:
    status, answer = await post(client, [GOOD | {"id": f"n{i}"} for i in range(2_000)])
    assert status == 413 and "limit" in answer["error"] and sink.sent == []


@pytest.mark.asyncio
async def test_the_bearer_token_is_required_when_set(client: TestClient, sink: MemorySink) -> None:
    client.views.token = "s3cret"  # type: ignore[attr-defined]
    assert (await post(client, GOOD))[0] == 401
    assert (await post(client, GOOD, Authorization="Bearer wrong"))[0] == 401
    assert (await post(client, GOOD, Authorization="Bearer s3cret"))[0] == 202 and sink.ids == ["push-1"]


@pytest.mark.asyncio
async def test_probes_and_metrics(client: TestClient) -> None:
    await post(client, GOOD)
    await post(client, {"id": "x"})
    assert (await client.get("/healthz")).status == 200
    assert (await client.get("/readyz")).status == 200
    text = await (await client.get("/metrics")).text()
    assert 'diplowire_ingest_pushed_total{outcome="accepted"} 1.0' in text
    assert 'diplowire_ingest_pushed_total{outcome="rejected"} 1.0' in text
    assert 'diplowire_ingest_items_produced_total{feed="push"} 1.0' in text
