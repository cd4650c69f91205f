"""Health, readiness and metrics views on the worker's web port (Faust's table and router views stay off).

Readiness means progress: a worker whose assigned partitions have input pending (taken and not
finished, or committed below the broker's end) and that has finished nothing for ``stall_after``
seconds answers 503 ``stalled``, and ``diplowire_stalled_seconds`` shows it. Liveness stays simple.
``/schemas/<file>`` serves the message schemas (schemas/*.json, whose ``$id`` and the records'
``dataschema`` name them on GitHub), so a deployment can resolve them without leaving its network.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import Any

import faust

from streams.worker.agents import WorkerState
from streams.worker.metrics import CONTENT_TYPE

log = logging.getLogger(__name__)
ENDPOINTS = ("/healthz", "/readyz", "/metrics")
SCHEMA_CONTENT_TYPE = "application/schema+json"


def schema_files() -> dict[str, bytes]:
    """The JSON schemas to serve, by file name: schemas/ beside the package (a checkout, an editable
    install), else in the working directory (the image copies it to /app/schemas). Read once, at start."""
    for folder in (Path(__file__).resolve().parents[2] / "schemas", Path.cwd() / "schemas"):
        if (folder / "event.v1.json").is_file():  # ours, not some other package's schemas/
            return {path.name: path.read_bytes() for path in sorted(folder.glob("*.json"))}
    return {}


def endpoint_urls(host: str, port: int) -> list[str]:
    shown = "127.0.0.1" if host in ("0.0.0.0", "") else host  # noqa: S104 - only how the URL is shown
    return [f"http://{shown}:{port}{path}" for path in ENDPOINTS]


def consumer_lag(app: faust.App, group: str) -> Mapping[tuple[str, str, int], int]:
    """Per assigned partition: the partition's end (high-water mark) minus the next offset to read."""
    consumer: Any = app._consumer  # noqa: SLF001 - not started yet; touching app.consumer would create one
    if consumer is None:
        return {}
    lags = {}
    for tp in consumer.assignment():
        if "__assignor" in tp.topic:  # Faust's leader-election topic, not data
            continue
        try:
            end = consumer.highwater(tp)
        except Exception:  # noqa: BLE001 - not fetched yet, or mid-rebalance: no figure
            continue
        if end is None:
            continue
        read = consumer._read_offset.get(tp)  # noqa: SLF001 - Faust keeps the last offset it read here
        committed = consumer._committed_offset.get(tp)  # noqa: SLF001
        following = read + 1 if read is not None else (committed if committed is not None else end)
        lags[(group, tp.topic, tp.partition)] = max(0, end - following)
    return lags


def readiness(app: faust.App, state: WorkerState, also: Sequence[faust.App] = ()) -> list[str]:
    """Why the worker is not ready (empty when it is): detection loaded, assigned, not rebalancing.

    `app` consumes the articles; `also` are the worker's other apps (the cluster app), whose
    rebalances and table recovery count too.
    """
    reasons = list(state.problems)
    if not state.runner.ready.is_set():
        reasons.append("detection pipeline loading")
    apps = [app, *also]
    if any(a.rebalancing for a in apps):
        reasons.append("rebalancing")
    if any(getattr(getattr(a.tables, "recovery", None), "in_recovery", False) for a in apps):
        reasons.append("recovering tables")
    if not assigned_partitions(app, state):
        reasons.append("no partitions assigned")
    limit = state.settings.stall_after
    for stage, seconds in stalls(app, state, also).items():
        if seconds > limit:
            reasons.append(f"stalled: {stage} made no progress for {seconds:.0f} s with input pending")
    return reasons


def stalls(app: faust.App, state: WorkerState, also: Sequence[faust.App] = ()) -> dict[str, float]:
    """Seconds each stage has gone without progress while it had input pending (0 when idle or moving)."""
    cluster = also[0] if also else None
    found = {
        "articles": state.articles.stalled_for(lagging(app, state.settings.articles_topic)),
        "clustering": state.clustering.stalled_for(
            lagging(cluster, state.settings.detected_topic) if cluster is not None else False
        ),
    }
    for stage, seconds in found.items():
        state.metrics.stalled.labels(stage).set(seconds)
    return found


def lagging(app: faust.App, topic: str) -> bool:
    """Whether an assigned partition of `topic` has records past the committed offset (input pending)."""
    consumer = app._consumer  # noqa: SLF001 - not started yet; touching app.consumer would create one
    if consumer is None:
        return False
    committed_offsets: dict[Any, int | None] = getattr(consumer, "_committed_offset", {})
    try:
        for tp in consumer.assignment():
            if tp.topic != topic:
                continue
            end, committed = consumer.highwater(tp), committed_offsets.get(tp)
            if end is not None and committed is not None and end > committed:
                return True
    except Exception:  # noqa: BLE001 - a consumer between rebalances: no answer is no evidence
        return False
    return False


def assigned_partitions(app: faust.App, state: WorkerState) -> list[int]:
    """The partitions of the articles topic this worker owns now."""
    if app._consumer is None:  # noqa: SLF001 - not started yet; touching app.consumer would create one
        return []
    topic = state.settings.articles_topic
    return sorted(tp.partition for tp in app.consumer.assignment() if tp.topic == topic)


def register(app: faust.App, state: WorkerState, also: Sequence[faust.App] = ()) -> None:
    settings = state.settings
    for each in (app, *also):
        state.metrics.lag_sources.append(partial(consumer_lag, each, each.conf.id))

    @app.task  # type: ignore[untyped-decorator]
    async def announce_endpoints() -> None:
        """Say where the probes and metrics are, once, at start."""
        if settings.web_enabled:
            log.info("web endpoints: %s", " ".join(endpoint_urls(settings.web_host, settings.web_port)))

    @app.page("/healthz")
    async def healthz(web: Any, request: Any) -> Any:
        """Liveness: the event loop answers."""
        return web.json({"ok": True})

    @app.page("/readyz")
    async def readyz(web: Any, request: Any) -> Any:
        reasons = readiness(app, state, also)
        body = {"ready": not reasons, "reasons": reasons, "partitions": assigned_partitions(app, state)}
        return web.json(body, status=503 if reasons else 200)

    @app.page("/metrics")
    async def metrics(web: Any, request: Any) -> Any:
        stalls(app, state, also)
        # aiohttp refuses a charset in content_type=, and the Prometheus type carries one
        return web.bytes(state.metrics.render(), headers={"Content-Type": CONTENT_TYPE})

    schemas = schema_files()

    @app.page("/schemas/{name}")
    async def schema(web: Any, request: Any, name: str) -> Any:
        """One message schema, byte for byte as in the repository (404 for any other name)."""
        if name not in schemas:
            return web.json({"error": f"no schema {name!r}", "schemas": sorted(schemas)}, status=404)
        return web.bytes(schemas[name], content_type=SCHEMA_CONTENT_TYPE)

    @app.timer(1.0)  # type: ignore[untyped-decorator]
    async def watch_progress() -> None:
        """Keep the stall clocks running between probes (a stage that starts waiting is seen at once)."""
        stalls(app, state, also)
