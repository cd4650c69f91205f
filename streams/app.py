"""The Faust application: ``create_app(settings)`` builds the app, its topics, agents and web views.

There is no module-level app and no hard-coded broker: the CLI reads Settings once and passes them.
Start-up is tuned for the embedded broker by settings (session timeout, heartbeat); see
docs/operations.md for the measured times.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass
from typing import Any

import faust

from streams.records import EVENT_TYPES
from streams.settings import KafkaSecurity, Settings


@dataclass(frozen=True)
class Topics:
    articles: Any
    detected: Any
    events: Any
    dead_letters: Any
    by_type: dict[str, Any]

    def names(self) -> list[str]:
        topics = (self.articles, self.detected, self.events, self.dead_letters, *self.by_type.values())
        return [t.get_topic_name() for t in topics]


def topic_names(settings: Settings) -> list[str]:
    """Every topic the worker reads or writes; created up front (auto-creation is not relied on)."""
    types = [settings.type_topic(t) for t in EVENT_TYPES]
    return [settings.articles_topic, settings.detected_topic, settings.events_topic, settings.dlq_topic, *types]


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


def use_fetch_max_wait(ms: int) -> None:
    """Make Faust's aiokafka consumers long-poll for at most `ms`.

    Faust hard-codes fetch_max_wait_ms=1500, and Tansu re-checks a long poll only after max_wait/2,
    which cost ~750 ms per hop (p50 425 ms at 200 msg/s; 51 ms with 100 ms). The driver builds its
    consumer through ``aiokafka.AIOKafkaConsumer`` at run time, so a subclass there is enough.
    """
    import aiokafka

    base = getattr(aiokafka.AIOKafkaConsumer, "_diplowire_base", aiokafka.AIOKafkaConsumer)

    class Consumer(base):  # type: ignore[misc, valid-type]
        _diplowire_base = base

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["fetch_max_wait_ms"] = ms
            super().__init__(*args, **kwargs)

    aiokafka.AIOKafkaConsumer = Consumer


def create_app(settings: Settings) -> faust.App:
    """The worker's Faust app, with topics declared and agents and views registered."""
    from streams import agents, watchdog, web

    if not settings.bootstrap_servers:
        raise ValueError("create_app needs settings.bootstrap_servers (start a broker first)")
    use_fetch_max_wait(settings.fetch_max_wait_ms)
    datadir = settings.data_dir / settings.app_id
    datadir.mkdir(parents=True, exist_ok=True)
    app = faust.App(
        settings.app_id,
        broker=[f"kafka://{server.strip()}" for server in settings.bootstrap_servers.split(",")],
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
        web_enabled=settings.web_enabled,
        web_host=settings.web_host,
        web_bind=settings.web_host,
        web_port=settings.web_port,
        web_tables_enabled=False,
        web_stats_enabled=False,
        web_graph_enabled=False,
        autodiscover=False,
    )
    topics = Topics(
        articles=app.topic(
            settings.articles_topic,
            key_type=bytes,
            value_type=bytes,
            key_serializer="raw",
            value_serializer="raw",
        ),  # fmt: skip
        detected=_raw_topic(app, settings.detected_topic),
        events=_raw_topic(app, settings.events_topic),
        dead_letters=_raw_topic(app, settings.dlq_topic),
        by_type={t: _raw_topic(app, settings.type_topic(t)) for t in EVENT_TYPES},
    )
    state = agents.register(app, topics, settings)
    web.register(app, state)
    watchdog.register(app, state, topic_names(settings), settings.watchdog_interval, settings.broker_lost_after)
    return app


def _raw_topic(app: faust.App, name: str) -> Any:
    return app.topic(name, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw")
