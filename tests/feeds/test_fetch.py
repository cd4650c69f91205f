"""Fetching against a real local HTTP server: conditional GET, deadlines, size caps, redirects, SSRF."""

from __future__ import annotations

import gzip
import ipaddress
import time

import pytest

from streams.feeds.fetch import Fetcher, FetchError, Limits, refusal
from tests.feeds.feedserver import FeedServer, Route, rss, wire_items


async def fetch(url: str, limits: Limits | None = None, **kwargs: str):  # type: ignore[no-untyped-def]
    fetcher = Fetcher(limits)
    try:
        return await fetcher.fetch(url, **kwargs)
    finally:
        await fetcher.aclose()


@pytest.mark.asyncio
async def test_etag_and_last_modified_make_a_304(server: FeedServer) -> None:
    server.routes["/e"] = Route(rss(wire_items(2)), etag='"v1"')
    server.routes["/m"] = Route(rss(wire_items(2)), last_modified="Wed, 15 Dec 2021 08:00:00 GMT")
    first = await fetch(server.url("/e"))
    assert first.status == 200 and first.etag == '"v1"' and b"<rss" in first.body
    again = await fetch(server.url("/e"), etag=first.etag)
    assert again.status == 304 and again.body == b"" and server.not_modified["/e"] == 1
    first = await fetch(server.url("/m"))
    again = await fetch(server.url("/m"), last_modified=first.last_modified or "")
    assert again.status == 304 and server.not_modified["/m"] == 1


@pytest.mark.asyncio
async def test_a_trickling_server_is_cut_off_by_the_total_deadline(server: FeedServer) -> None:
    # every byte arrives well within the socket timeout: only a total deadline ends this
    server.routes["/slow"] = Route(trickle=0.1)
    started = time.monotonic()
    with pytest.raises(FetchError) as caught:
        await fetch(server.url("/slow"), Limits(timeout=5.0, deadline=1.5))
    elapsed = time.monotonic() - started
    assert caught.value.code == "deadline" and "1.5 s" in str(caught.value)
    assert elapsed < 4.0, elapsed


@pytest.mark.asyncio
async def test_oversized_bodies_are_refused_declared_or_not(server: FeedServer) -> None:
    server.routes["/declared"] = Route(b"x" * 10, declared_size=50_000_000)
    server.routes["/chunked"] = Route(chunked_size=3_000_000)
    limits = Limits(max_bytes=1_000_000)
    with pytest.raises(FetchError, match="announced") as caught:
        await fetch(server.url("/declared"), limits)
    assert caught.value.code == "too_large"
    started = time.monotonic()
    with pytest.raises(FetchError, match="cut off at 1,000,000 bytes") as caught:
        await fetch(server.url("/chunked"), limits)
    assert caught.value.code == "too_large" and time.monotonic() - started < 5


@pytest.mark.asyncio
async def test_the_cap_holds_for_the_decompressed_body(server: FeedServer) -> None:
    bomb = gzip.compress(b"\0" * 50_000_000, compresslevel=9)  # 50 MB in about 50 KB
    server.routes["/bomb"] = Route(bomb, gzip=True)
    server.routes["/small"] = Route(gzip.compress(rss(wire_items(1))), gzip=True)
    with pytest.raises(FetchError, match="cut off at 1,000,000 bytes") as caught:
        await fetch(server.url("/bomb"), Limits(max_bytes=1_000_000))
    assert caught.value.code == "too_large" and len(bomb) < 100_000
    assert (await fetch(server.url("/small"))).body == rss(wire_items(1))


@pytest.mark.parametrize("target", ["ftp://127.0.0.1/feed.xml", "file:///etc/passwd", "gopher://127.0.0.1:70/"])
@pytest.mark.asyncio
async def test_redirects_to_other_schemes_are_refused(server: FeedServer, target: str) -> None:
    server.routes["/r"] = Route(location=target)
    with pytest.raises(FetchError, match="is not http or https") as caught:
        await fetch(server.url("/r"))
    assert caught.value.code == "scheme"


@pytest.mark.asyncio
async def test_redirects_are_bounded_and_followed_within_the_bound(server: FeedServer) -> None:
    server.routes["/loop"] = Route(location="/loop")
    with pytest.raises(FetchError, match="more than 3 redirects"):
        await fetch(server.url("/loop"), Limits(max_redirects=3))
    assert server.hits["/loop"] == 4
    server.routes["/feed"] = Route(rss(wire_items(1)))
    server.routes["/hop1"] = Route(location="/hop2")
    server.routes["/hop2"] = Route(location=server.url("/feed"))
    response = await fetch(server.url("/hop1"), Limits(max_redirects=3))
    assert response.status == 200 and response.url == server.url("/feed")


@pytest.mark.asyncio
async def test_errors_name_the_status(server: FeedServer) -> None:
    server.routes["/gone"] = Route(b"gone", status=500)
    with pytest.raises(FetchError, match="HTTP 500"):
        await fetch(server.url("/gone"))


@pytest.mark.asyncio
async def test_a_link_in_a_remote_feed_may_not_reach_this_machine(server: FeedServer) -> None:
    """Server-side request forgery: a page linked from a public feed that points at loopback is never fetched."""
    server.routes["/metrics"] = Route(b"secret metrics", content_type="text/plain")
    with pytest.raises(FetchError, match="may not lead to the local or private address 127.0.0.1") as caught:
        await fetch(server.url("/metrics"), origin="http://93.184.216.34/feed.xml")
    assert caught.value.code == "ssrf" and server.hits["/metrics"] == 0
    # the same link from a feed on this machine is the operator's own business
    assert (await fetch(server.url("/metrics"), origin=server.url("/feed"))).body == b"secret metrics"


A = ipaddress.ip_address


@pytest.mark.parametrize(
    "target",
    ["127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1",
     "0.0.0.0", "::1", "fe80::1", "fc00::1", "::ffff:127.0.0.1", "224.0.0.1"],
)  # fmt: skip
def test_remote_origins_may_not_redirect_to_local_private_or_reserved_addresses(target: str) -> None:
    assert refusal([A("93.184.216.34")], [A(target)]) is not None
    assert refusal([A("93.184.216.34")], [A("93.184.216.35"), A(target)]) is not None  # any address counts


def test_public_targets_and_local_origins_are_allowed() -> None:
    assert refusal([A("93.184.216.34")], [A("151.101.1.1")]) is None
    assert refusal([A("127.0.0.1")], [A("10.0.0.5")]) is None  # a loopback feed (tests, a local relay)
    assert refusal([], [A("192.168.1.1")]) is None  # a local file the operator named


@pytest.mark.asyncio
async def test_local_files_are_read_with_the_cap_and_unchanged_files_are_a_304(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "wire.rss"
    path.write_bytes(rss(wire_items(1)))
    fetcher = Fetcher(Limits(max_bytes=100_000))
    first = await fetcher.get(str(path))
    assert first.status == 200 and (await fetcher.get(str(path), last_modified=first.last_modified)).status == 304
    path.write_bytes(b"x" * 200_000)
    with pytest.raises(FetchError, match="cap"):
        await fetcher.get(str(path))
    with pytest.raises(FetchError, match="not http, https or a local path"):
        await fetcher.get("ftp://127.0.0.1/wire.rss")
    await fetcher.aclose()
