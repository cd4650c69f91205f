"""The worker's web port, checked before Faust starts (a light module: no Faust, no spaCy import)."""

from __future__ import annotations

import socket

from streams.errors import ConfigError


def check_port(host: str, port: int) -> None:
    """ConfigError (one line) if the web port cannot be bound, before Faust tries and fails loudly.

    Bound like aiohttp binds it (SO_REUSEADDR), so a port in TIME_WAIT is not reported as taken.
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise ConfigError(f"web host {host!r} (DIPLOWIRE_WEB_HOST): {exc.strerror}") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(address)
        except OSError as exc:
            cause = (exc.strerror or str(exc)).lower()
            raise ConfigError(f"cannot listen on {host}:{port} for /healthz, /readyz, /metrics: {cause} "
                              "(set DIPLOWIRE_WEB_PORT or --web-port)") from None  # fmt: skip
