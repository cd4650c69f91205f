"""Fetching feeds and linked pages without trusting the other side.

Every fetch has a total deadline (a server that trickles one byte a second is cut off, not only one
that goes silent), a size cap (the body is read in chunks and refused past the cap), a User-Agent,
and conditional GET (ETag / Last-Modified: a 304 costs one round trip). Redirects are followed by
hand, at most `max_redirects`, and every hop is checked: only http and https, and a URL that does not
itself point at this machine may not lead (by redirect, or by a link in its feed) to loopback,
link-local, private or otherwise reserved addresses (server-side request forgery). Local files are
read only when named explicitly by the operator, with the same size cap.

Known gap: the address check resolves the name, then httpx resolves it again to connect; a DNS answer
that changes in between (rebinding) is not caught. Proxies from the environment are not used, since
the check would then be made against the wrong address.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx

from streams import __version__
from streams.errors import InputError

USER_AGENT = f"diplowire/{__version__} (news feed reader; +https://github.com/diplowire)"
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class FetchError(InputError):
    """A feed or page could not be fetched; ``code`` names why (for metrics and state changes)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Limits:
    timeout: float = 10.0  # one socket operation (connect, a read)
    deadline: float = 30.0  # the whole fetch, redirects included
    max_bytes: int = 10_000_000
    max_redirects: int = 5
    user_agent: str = USER_AGENT


@dataclass(frozen=True)
class Response:
    url: str  # after redirects
    status: int  # 200, or 304 (not modified: empty body)
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None


def is_url(name: str) -> bool:
    return name.startswith(("http://", "https://"))


def blocked(address: IPAddress) -> bool:
    """An address a remote document may not send us to: this machine, its networks, or nowhere public."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    # not global: loopback, private, link-local (169.254/16, cloud metadata), shared (100.64/10), reserved
    return not address.is_global or address.is_multicast


def refusal(origin: list[IPAddress], target: list[IPAddress]) -> str | None:
    """Why a hop from a URL resolving to `origin` to one resolving to `target` is refused (None: allowed).

    A local origin (loopback, or a local file: `origin` empty means trusted) may go anywhere; a remote
    one may not reach an address that is loopback, link-local, private or reserved.
    """
    if not origin or all(a.is_loopback for a in origin):
        return None
    bad = [a for a in target if blocked(a)]
    if bad:
        return f"refused: a remote URL may not lead to the local or private address {bad[0]}"
    return None


async def resolve(host: str) -> list[IPAddress]:
    try:
        return [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        pass
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise FetchError("dns", f"cannot resolve {host}: {exc.strerror or exc}") from None
    return list(dict.fromkeys(ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos))


def _check_scheme(url: str) -> None:
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError("scheme", f"refused: {url!r} is not http or https")
    if not urlsplit(url).hostname:
        raise FetchError("scheme", f"refused: {url!r} has no host")


class Fetcher:
    """One httpx client for every fetch of a process; `fetch` and `read_local` enforce the limits."""

    def __init__(self, limits: Limits | None = None) -> None:
        self.limits = limits or Limits()
        self.client = httpx.AsyncClient(
            follow_redirects=False,
            timeout=httpx.Timeout(self.limits.timeout),
            headers={"User-Agent": self.limits.user_agent, "Accept-Encoding": "gzip, deflate"},
            trust_env=False,
        )

    async def aclose(self) -> None:
        await self.client.aclose()

    async def fetch(
        self, url: str, etag: str | None = None, last_modified: str | None = None, origin: str | None = None
    ) -> Response:
        """GET `url` (found in `origin`'s document, if given) within the limits; FetchError otherwise."""
        try:
            async with asyncio.timeout(self.limits.deadline):
                return await self._fetch(url, etag, last_modified, origin)
        except TimeoutError:
            raise FetchError("deadline", f"{url}: no complete answer within {self.limits.deadline:g} s") from None
        except httpx.TimeoutException:
            raise FetchError("timeout", f"{url}: timed out after {self.limits.timeout:g} s") from None
        except httpx.HTTPError as exc:
            raise FetchError("network", f"{url}: {type(exc).__name__}: {exc}") from None

    async def _fetch(self, url: str, etag: str | None, last_modified: str | None, origin: str | None) -> Response:
        _check_scheme(url)
        start = origin or url
        origin_addresses: list[IPAddress] | None = None  # resolved when a hop first needs checking
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        for _hop in range(self.limits.max_redirects + 1):
            _check_scheme(current)
            if current != start or origin is not None:
                if origin_addresses is None:
                    origin_addresses = await resolve(urlsplit(start).hostname or "") if is_url(start) else []
                reason = refusal(origin_addresses, await resolve(urlsplit(current).hostname or ""))
                if reason:
                    raise FetchError("ssrf", f"{current}: {reason} (from {start})")
            response = await self.client.send(self.client.build_request("GET", current, headers=headers), stream=True)
            try:
                if response.status_code == 304:
                    return Response(current, 304, etag=etag, last_modified=last_modified)
                if response.is_redirect:
                    location = response.headers.get("location")
                    if not location:
                        raise FetchError("redirect", f"{current}: redirect without a Location")
                    current = urljoin(current, location)
                    continue
                if response.status_code != 200:
                    raise FetchError("http_status", f"{current}: HTTP {response.status_code}")
                body = await self._read_capped(response, current)
                return Response(current, 200, body, response.headers.get("etag"),
                                response.headers.get("last-modified"))  # fmt: skip
            finally:
                await response.aclose()
        raise FetchError("redirect", f"{url}: more than {self.limits.max_redirects} redirects")

    async def _read_capped(self, response: httpx.Response, url: str) -> bytes:
        cap = self.limits.max_bytes
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > cap:
            raise FetchError("too_large", f"{url}: {int(declared):,} bytes announced; the cap is {cap:,}")
        body = bytearray()
        async for chunk in response.aiter_bytes():  # decoded: the cap holds after gzip too
            body += chunk
            if len(body) > cap:
                raise FetchError("too_large", f"{url}: cut off at {cap:,} bytes (the cap)")
        return bytes(body)

    def read_local(self, path: Path, last_modified: str | None = None) -> Response:
        """A local feed file; its modification time stands in for Last-Modified (unchanged: a 304)."""
        try:
            stat = path.stat()
            stamp = f"{stat.st_mtime_ns}:{stat.st_size}"  # not sent anywhere: nanoseconds and size
            if last_modified == stamp:
                return Response(str(path), 304, last_modified=stamp)
            if stat.st_size > self.limits.max_bytes:
                raise FetchError("too_large", f"{path}: {stat.st_size:,} bytes; the cap is {self.limits.max_bytes:,}")
            with path.open("rb") as stream:
                body = stream.read(self.limits.max_bytes + 1)
        except OSError as exc:
            raise FetchError("file", f"cannot read {path}: {exc.strerror or exc}") from None
        if len(body) > self.limits.max_bytes:
            raise FetchError("too_large", f"{path}: over the cap of {self.limits.max_bytes:,} bytes")
        return Response(str(path), 200, body, last_modified=stamp)

    async def get(self, name: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        """A feed by URL or local path."""
        if is_url(name):
            return await self.fetch(name, etag, last_modified)
        if "://" in name:
            raise FetchError("scheme", f"refused: {name!r} is not http, https or a local path")
        return self.read_local(Path(name), last_modified)
