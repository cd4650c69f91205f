"""The layout's rules, checked on the import graph of every module in streams/ (ast, nothing imported).

Dependencies point down: cli -> worker/kafka/feeds/live/subscribe -> detection -> the contract
(records, wire, settings, errors). Type-only imports count too: a circle is a circle for the reader.
"""

import ast
import subprocess
import sys
from pathlib import Path

import streams

ROOT = Path(streams.__file__).parent
CONTRACT = {"streams.records", "streams.wire", "streams.settings", "streams.errors", "streams"}
ROOMS = ("streams.worker", "streams.kafka", "streams.cli")


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """module -> the streams modules it imports (``from streams.x import y`` counts y when y is a module)."""
    modules = {module_name(p): p for p in ROOT.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                targets |= {a.name for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets.add(node.module)
                targets |= {f"{node.module}.{a.name}" for a in node.names if f"{node.module}.{a.name}" in modules}
        graph[name] = {t for t in targets if t in modules and t != name}
    return graph


def find_circle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            # a package's __init__ importing its own submodules is how a package exports, not a circle
            if node == nxt.rsplit(".", 1)[0]:
                continue
            if state.get(nxt) == 1:
                return path[path.index(nxt) :] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (found := visit(start)):
            return found
    return None


def test_the_import_graph_has_no_circle():
    circle = find_circle(import_graph())
    assert circle is None, "import circle: " + " -> ".join(circle or [])


def test_the_circle_finder_finds_a_circle():
    assert find_circle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_circle({"a": {"b"}, "b": set()}) is None


def test_detection_imports_only_itself_and_the_contract():
    bad = {
        (name, target)
        for name, targets in import_graph().items()
        if name.startswith("streams.detection")
        for target in targets
        if not target.startswith("streams.detection") and target not in CONTRACT
    }
    assert not bad, sorted(bad)


def test_the_contract_imports_no_room():
    bad = {
        (name, target)
        for name, targets in import_graph().items()
        if name in CONTRACT
        for target in targets
        if target.startswith(ROOMS)
    }
    assert not bad, sorted(bad)


def test_client_side_never_imports_the_worker_or_the_cli():
    graph = import_graph()
    bad = {(n, t) for n, ts in graph.items() if n.startswith("streams.kafka") for t in ts if t.startswith(ROOMS[::2])}
    assert not bad, sorted(bad)


def test_feeds_never_import_the_worker_or_the_cli():
    graph = import_graph()
    bad = {(n, t) for n, ts in graph.items() if n.startswith("streams.feeds") for t in ts if t.startswith(ROOMS[::2])}
    assert not bad, sorted(bad)


def test_detection_imports_no_broker_code():
    code = (
        "import sys, streams.detection\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('faust', 'kafka', 'aiokafka', 'mode')]\n"
        "print(','.join(bad))\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, f"streams.detection pulled in {result.stdout.strip()}"


def test_detection_never_reads_the_environment():
    import streams.detection

    root = Path(streams.detection.__file__).parent
    for path in root.rglob("*.py"):
        text = path.read_text()
        assert "os.environ" not in text and "getenv" not in text, path


def test_subscribers_never_import_the_worker_or_the_cli():
    graph = import_graph()
    rooms = ("streams.subscribe", "streams.live")
    bad = {(n, t) for n, ts in graph.items() if n.startswith(rooms) for t in ts if t.startswith(ROOMS[::2])}
    assert not bad, sorted(bad)
