"""One factory for outbound HTTP clients: explicit timeouts, keep-alive, Nagle off.

Every provider we call (QStash, VAPI, alert channels) goes through a client made
here, so no request can wait longer than the timeout its caller passes (capped by
the request's :class:`~chalicelib.budget.Deadline`), and a warm Lambda reuses TLS
connections. Clients are created on first use, one per name, per container.
"""

from __future__ import annotations

import socket
import threading
from typing import Any

DEFAULT_TIMEOUT_SECONDS = 5.0
USER_AGENT = "Honeyline/1"

_lock = threading.Lock()
_clients: dict[str, Any] = {}


def http_client(name: str, *, timeout: float = DEFAULT_TIMEOUT_SECONDS, reconnect: bool = True,
                headers: dict[str, str] | None = None) -> Any:
    """The shared ``httpx.Client`` named ``name``.

    ``reconnect``: one new attempt when a connection could not be opened (nothing was
    sent, so it cannot duplicate anything); never a resend of a request that was sent.
    Redirects are not followed: a provider URL that moved is a configuration error.
    """
    import httpx

    with _lock:
        client = _clients.get(name)
        if client is None:
            transport = httpx.HTTPTransport(
                retries=1 if reconnect else 0, socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)])
            client = httpx.Client(transport=transport, timeout=httpx.Timeout(timeout), follow_redirects=False,
                                  headers={"User-Agent": USER_AGENT, **(headers or {})})
            _clients[name] = client
        return client


def close_clients() -> None:
    """Close every client (tests, settings reloads)."""
    with _lock:
        for client in _clients.values():
            client.close()
        _clients.clear()
