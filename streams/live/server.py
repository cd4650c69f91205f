"""`diplowire live`: a small aiohttp server — one HTML page, its static files, and a Server-Sent Events stream.

The server reads the sink through `streams.subscribe` and keeps the last `buffer` events in memory. Each SSE
client gets the recent events that pass its filters (query parameters: type, country, dyad, cameo, new,
backlog), then every new one. The SSE `id` is topic/partition/offset: a browser that reconnects sends it
back as Last-Event-ID and gets only what came after it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import orjson
from aiohttp import web

from streams.errors import BrokerError, ConfigError, DiplowireError
from streams.live.geo import STATIC, centroids
from streams.records import EVENT_TYPES
from streams.settings import Settings
from streams.subscribe import MODES, Delivery, Filter, asubscribe, reachable

KEEPALIVE_S = 15.0
HUB: web.AppKey[Hub] = web.AppKey("hub")
log = logging.getLogger(__name__)


@dataclass
class Hub:
    """The recent events, in arrival order, and one queue per connected client."""

    size: int = 500
    recent: deque[Delivery] = field(init=False)
    clients: set[asyncio.Queue[Delivery | None]] = field(default_factory=set)
    error: str | None = None

    def __post_init__(self) -> None:
        self.recent = deque(maxlen=self.size)

    def add(self, delivery: Delivery) -> None:
        self.recent.append(delivery)
        for queue in self.clients:
            queue.put_nowait(delivery)

    def drop_clients(self) -> None:
        """End every open stream (browsers reconnect by themselves, with Last-Event-ID)."""
        for queue in self.clients:
            queue.put_nowait(None)

    def since(self, last_id: str | None) -> list[Delivery]:
        """What a client that last saw `last_id` has not seen (all recent events without one)."""
        recent = list(self.recent)
        if not last_id:
            return recent
        ids = [d.id for d in recent]
        if last_id in ids:
            return recent[ids.index(last_id) + 1 :]
        # Older than the buffer (or a restarted server): what is later on that partition, and all of the
        # others (the page drops event ids it already shows).
        topic, _, rest = last_id.partition("/")
        partition, _, offset = rest.partition("/")
        try:
            seen = (topic, int(partition), int(offset))
        except ValueError:
            return recent
        return [d for d in recent if not (d.topic == seen[0] and d.partition == seen[1] and d.offset <= seen[2])]


def sse(delivery: Delivery) -> bytes:
    """One SSE message: the topic position as id, the CloudEvents JSON (one line) as data."""
    return b"id: " + delivery.id.encode() + b"\ndata: " + delivery.value + b"\n\n"


def client_filter(query: Any) -> Filter:
    try:
        return Filter.of(types=query.get("type") or None, countries=query.get("country") or None,
                         dyad=query.get("dyad") or None, cameo_prefix=query.get("cameo") or None,
                         first_seen_only=query.get("new") in ("1", "true", "on"))  # fmt: skip
    except ConfigError as exc:
        raise web.HTTPBadRequest(text=str(exc)) from None


async def events(request: web.Request) -> web.StreamResponse:
    hub: Hub = request.app[HUB]
    flt = client_filter(request.query)
    last_id = request.headers.get("Last-Event-ID") or request.query.get("last_event_id")
    backlog = request.query.get("backlog", "")
    queue: asyncio.Queue[Delivery | None] = asyncio.Queue()
    # registered and snapshotted with no await in between: nothing is missed or sent twice
    hub.clients.add(queue)
    first = [d for d in hub.since(last_id) if flt.matches(d.event)]
    if backlog.isdigit() and not last_id:
        first = first[-int(backlog) :] if int(backlog) else []
    response = web.StreamResponse(headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache",
                                           "X-Accel-Buffering": "no"})  # fmt: skip
    try:
        await response.prepare(request)
        await response.write(b"retry: 1000\n\n" + b"".join(sse(d) for d in first))
        while True:
            try:
                delivery = await asyncio.wait_for(queue.get(), KEEPALIVE_S)
            except TimeoutError:
                await response.write(b": keep-alive\n\n")
                continue
            if delivery is None:
                break
            if flt.matches(delivery.event):
                await response.write(sse(delivery))
    except (ConnectionResetError, asyncio.CancelledError):
        pass  # the browser went away (or the server stops)
    finally:
        hub.clients.discard(queue)
    return response


async def index(request: web.Request) -> web.FileResponse:
    return web.FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})


async def meta(request: web.Request) -> web.Response:
    """What the page needs besides the shapes: country points, types and modes, the server's state."""
    hub: Hub = request.app[HUB]
    body = {"centroids": centroids(), "types": EVENT_TYPES, "modes": MODES, "buffered": len(hub.recent),
            "error": hub.error}  # fmt: skip
    return web.Response(body=orjson.dumps(body), content_type="application/json")


def make_app(hub: Hub) -> web.Application:
    app = web.Application()
    app[HUB] = hub
    app.router.add_get("/", index)
    app.router.add_get("/events", events)
    app.router.add_get("/meta.json", meta)
    app.router.add_static("/static/", STATIC)
    return app


async def serve(settings: Settings, host: str = "127.0.0.1", port: int = 0, buffer: int = 500,
                from_beginning: bool = True, since: datetime | None = None, group: str | None = None,
                on_ready: Callable[[str], None] | None = None, stop: asyncio.Event | None = None,
                hub: Hub | None = None) -> None:  # fmt: skip
    """Serve the page until `stop` is set (or forever); BrokerError when the sink cannot be read."""
    hub = hub or Hub(buffer)
    if not reachable(str(settings.bootstrap_servers)):  # one clear error before a URL is printed
        raise BrokerError(f"Kafka broker {settings.bootstrap_servers} unreachable (no TCP connection)")
    runner = web.AppRunner(make_app(hub), handle_signals=False, access_log=None, shutdown_timeout=1.0)
    await runner.setup()
    try:
        site = web.TCPSite(runner, host, port)
        await site.start()
        bound = runner.addresses[0][1]  # the port the system chose when `port` is 0
        reader = asyncio.create_task(_read(settings, hub, from_beginning, since, group))
        await asyncio.sleep(0)
        if on_ready:
            on_ready(f"http://{host}:{bound}/")
        waiting = [reader] + ([asyncio.create_task(stop.wait())] if stop else [])
        done, _ = await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
        for task in waiting:
            task.cancel()
        await asyncio.gather(*waiting, return_exceptions=True)  # the subscription closes before we go on
        if reader in done and not reader.cancelled():
            reader.result()  # the sink's error, if any
    finally:
        hub.drop_clients()
        await asyncio.sleep(0)
        await runner.cleanup()


async def _read(settings: Settings, hub: Hub, from_beginning: bool, since: datetime | None,
                group: str | None) -> None:  # fmt: skip
    try:
        async for delivery in asubscribe(settings, from_beginning=from_beginning, since=since, group=group):
            hub.add(delivery)
    except DiplowireError as exc:
        hub.error = str(exc)
        raise


class LiveServer:
    """The live page served from a background thread (for `diplowire run --follow` and the tests)."""

    def __init__(self, settings: Settings, host: str = "127.0.0.1", port: int = 0, **options: Any) -> None:
        self.url: str | None = None
        self.hub: Hub | None = None
        self.error: BaseException | None = None
        self._ready = threading.Event()
        self._loop = asyncio.new_event_loop()
        self._stop = asyncio.Event()
        self._thread = threading.Thread(target=self._run, args=(settings, host, port, options), daemon=True,
                                        name="diplowire-live")  # fmt: skip

    def _run(self, settings: Settings, host: str, port: int, options: dict[str, Any]) -> None:
        def ready(url: str) -> None:
            self.url = url
            self._ready.set()

        try:
            self.hub = Hub(options.pop("buffer", 500))
            self._loop.run_until_complete(serve(settings, host, port, on_ready=ready, stop=self._stop, hub=self.hub,
                                                **options))  # fmt: skip
        except BaseException as exc:  # handed to the caller of start()/stop()
            self.error = exc
        finally:
            self._ready.set()
            self._loop.close()

    def drop_clients(self) -> None:
        """End every open SSE stream now (the pages reconnect and resume)."""
        if self.hub is not None:
            self._loop.call_soon_threadsafe(self.hub.drop_clients)

    def start(self, timeout: float = 15.0) -> str:
        self._thread.start()
        self._ready.wait(timeout)
        if self.error is not None:
            raise self.error
        if self.url is None:
            raise DiplowireError(f"the live page did not start within {timeout:.0f} s")
        return self.url

    def stop(self) -> None:
        if self._thread.is_alive():
            with contextlib.suppress(RuntimeError):  # the loop already ended
                self._loop.call_soon_threadsafe(self._stop.set)
            self._thread.join(10)
