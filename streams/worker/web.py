"""Health, readiness and metrics views on the worker's web port (Faust's table views stay off)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import faust

from streams.worker.agents import WorkerState


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
    return reasons


def assigned_partitions(app: faust.App, state: WorkerState) -> list[int]:
    """The partitions of the articles topic this worker owns now."""
    if app._consumer is None:  # noqa: SLF001 - not started yet; touching app.consumer would create one
        return []
    topic = state.settings.articles_topic
    return sorted(tp.partition for tp in app.consumer.assignment() if tp.topic == topic)


def register(app: faust.App, state: WorkerState, also: Sequence[faust.App] = ()) -> None:
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
        return web.bytes(state.metrics.render(), content_type="text/plain")
