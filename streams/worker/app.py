"""The Faust applications: ``create_apps(settings)`` builds them, their topics, agents and web views.

A worker runs two Faust apps, each its own consumer group, in one process (``faust.Worker(detect,
cluster)``):

- ``detect`` (group ``<app_id>``): stateless, articles -> ``<app_id>-detected-events``; owns the web port.
- ``cluster`` (group ``<app_id>-clusters``): the cluster table, detected events -> sink topics.

Why not one app with two agents: on Tansu, Faust lost article records after a restart when the app
that consumed them also held a table (2 of 12 SIGKILL/restart runs lost 2-8 articles; 0 of 12 without
the table; 0 of 29 with the table in its own app). A table's recovery pauses and re-seeks the whole
consumer of its app, the window in which Faust drops records (streams.worker.faustfix fixes the drops it can;
the table's own app still needs them: 2 of 6 two-worker hand-overs lost clustered events before). In its
own consumer group the table can delay clustering, never the detection of an article.

There is no module-level app and no hard-coded broker: the CLI reads Settings once and passes them.
Start-up is tuned for the embedded broker by settings (session timeout, heartbeat); see
docs/operations.md for the measured times.
"""

from __future__ import annotations

import os
import ssl
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import faust

from streams.errors import ConfigError
from streams.records import EVENT_TYPES
from streams.settings import KafkaSecurity, Settings
from streams.worker import agents, watchdog, web
from streams.worker.faustfix import (
    rewind_dropped,
    use_fetch_max_wait,
    use_gap_rewind,
    use_no_skip_commits,
    use_state_repair,
)
from streams.worker.topics import Topics, topic_names


def broker_credentials(security: KafkaSecurity) -> faust.types.auth.CredentialsT | None:
    """The same SSL/SASL settings kafka-python gets, in Faust's (aiokafka's) form."""
    context = None
    if security.uses_ssl:
        context = ssl.create_default_context(cafile=security.ssl_cafile)
        if security.ssl_certfile:
            context.load_cert_chain(security.ssl_certfile, security.ssl_keyfile)
    if security.uses_sasl:
        return faust.SASLCredentials(
            username=security.sasl_username,
            password=str(security.sasl_password) if security.sasl_password else None,
            mechanism=security.sasl_mechanism,
            ssl_context=context,
        )
    if context is not None:
        return faust.SSLCredentials(context)
    return None


@dataclass(frozen=True)
class Apps:
    detect: faust.App
    cluster: faust.App


def create_apps(settings: Settings) -> Apps:
    """The worker's two Faust apps, with topics declared and agents and views registered."""
    if not settings.bootstrap_servers:
        raise ValueError("create_apps needs settings.bootstrap_servers (start a broker first)")
    use_fetch_max_wait(settings.fetch_max_wait_ms)
    use_gap_rewind()
    use_no_skip_commits()
    use_state_repair()
    brokers = [f"kafka://{server.strip()}" for server in settings.bootstrap_servers.split(",")]
    detect = _new_app(settings, brokers, settings.app_id, web_enabled=settings.web_enabled)
    cluster = _new_app(settings, brokers, f"{settings.app_id}-clusters", web_enabled=False)
    state = agents.register_detection(detect, _topics(detect, settings), settings)
    agents.register_clustering(cluster, _topics(cluster, settings), state)
    for app in (detect, cluster):
        rewind_dropped(app, interval=max(1.0, settings.commit_interval))
    web.register(detect, state, also=[cluster])
    watchdog.register(detect, state, topic_names(settings), settings.watchdog_interval, settings.broker_lost_after)
    return Apps(detect, cluster)


def _new_app(settings: Settings, brokers: list[str], app_id: str, *, web_enabled: bool) -> faust.App:
    datadir = writable_dir(settings.data_dir / app_id)
    return faust.App(
        app_id,
        broker=brokers,
        broker_credentials=broker_credentials(settings.security),
        store=settings.store,
        datadir=str(datadir),
        topic_partitions=settings.topic_partitions,
        topic_replication_factor=settings.replication_factor,
        topic_allow_declare=True,
        broker_session_timeout=settings.session_timeout,
        broker_heartbeat_interval=settings.heartbeat_interval,
        broker_rebalance_timeout=max(10.0, settings.session_timeout),
        broker_commit_interval=settings.commit_interval,
        broker_commit_every=max(settings.batch_size, 100),
        consumer_auto_offset_reset="earliest",
        processing_guarantee="at_least_once",  # exactly_once cannot start on Tansu (InitProducerId v0)
        stream_wait_empty=False,
        table_standby_replicas=0,
        web_enabled=web_enabled,
        web_host=settings.web_host,
        web_bind=settings.web_host,
        web_port=settings.web_port,
        web_tables_enabled=False,
        web_stats_enabled=False,
        web_graph_enabled=False,
        web_router_enabled=False,  # /router/ answered on the web port, and /router/clusters/ with a traceback
        autodiscover=False,
    )


def writable_dir(path: Path) -> Path:
    """`path`, created if need be; a ConfigError naming it if it or anything in it cannot be written.

    Checked before Faust starts: a read-only data directory otherwise ends as "Read-only file system"
    without a path, or, when it holds tables already, as a multi-line crash after about 20 s.
    """
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=path):
            pass
    except OSError as exc:
        raise ConfigError(f"data directory {path} is not writable ({exc.strerror or exc}); "
                          "set DIPLOWIRE_DATA_DIR to a writable directory") from None  # fmt: skip
    for inner in path.rglob("*"):
        if not os.access(inner, os.W_OK):
            raise ConfigError(f"data directory {path} holds {inner}, which is not writable; "
                              "fix its permissions or set DIPLOWIRE_DATA_DIR")  # fmt: skip
    return path


def _topics(app: faust.App, settings: Settings) -> Topics:
    """The topics as seen by one app (a topic sends through its app's producer)."""
    return Topics(
        articles=_raw_topic(app, settings.articles_topic),
        detected=_raw_topic(app, settings.detected_topic),
        events=_raw_topic(app, settings.events_topic),
        dead_letters=_raw_topic(app, settings.dlq_topic),
        by_type={t: _raw_topic(app, settings.type_topic(t)) for t in EVENT_TYPES},
    )


def _raw_topic(app: faust.App, name: str) -> Any:
    return app.topic(name, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw")
