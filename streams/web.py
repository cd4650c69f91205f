"""Health, readiness and metrics views on the worker's web port (Faust's table views stay off)."""

from __future__ import annotations

from typing import Any

import faust

from streams.agents import WorkerState


def readiness(app: faust.App, state: WorkerState) -> list[str]:
    """Why the worker is not ready (empty when it is): detection loaded, assigned, not rebalancing."""
    reasons = list(state.problems)
    if not state.runner.ready.is_set():
        reasons.append("detection pipeline loading")
    if app.rebalancing:
        reasons.append("rebalancing")
    recovery = getattr(app.tables, "recovery", None)
    if recovery is not None and recovery.in_recovery:
        reasons.append("recovering tables")
    consumer = app.consumer if app.producer is not None and app._consumer is not None else None  # noqa: SLF001
    if consumer is None or not consumer.assignment():
        reasons.append("no partitions assigned")
    return reasons


def register(app: faust.App, state: WorkerState) -> None:
    @app.page("/healthz")
    async def healthz(web: Any, request: Any) -> Any:
        """Liveness: the event loop answers."""
        return web.json({"ok": True})

    @app.page("/readyz")
    async def readyz(web: Any, request: Any) -> Any:
        reasons = readiness(app, state)
        return web.json({"ready": not reasons, "reasons": reasons}, status=503 if reasons else 200)

    @app.page("/metrics")
    async def metrics(web: Any, request: Any) -> Any:
        return web.bytes(state.metrics.render(), content_type="text/plain")
