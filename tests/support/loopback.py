"""The plumbing every loopback look-alike server shares (Upstash, QStash, Twilio, VAPI, receivers).

A :class:`LoopbackServer` listens on 127.0.0.1 on a free port, serves from a daemon
thread, skips HTTPServer's reverse-DNS lookup at bind (slow without a network),
disables Nagle on each connection (else ~40 ms per keep-alive request), and stops
once, also as a context manager.
"""

from __future__ import annotations

import json
import socket
import socketserver
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TypeVar

S = TypeVar("S", bound="LoopbackServer")


class JsonHandler(BaseHTTPRequestHandler):
    """A quiet request handler that answers JSON the way these APIs do."""

    content_type = "application/json"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - keep tests quiet
        pass

    def _send(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        self._send_bytes(status, json.dumps(payload).encode(), self.content_type, headers)

    def _send_bytes(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        """Any body (a recording's audio, say) with its type and length."""
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        try:
            self.end_headers()
            self.wfile.write(body)
        except OSError:  # the client gave up (a timeout test): nothing to answer
            self.close_connection = True


class LoopbackServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, handler: type[BaseHTTPRequestHandler]) -> None:
        super().__init__(("127.0.0.1", 0), handler)
        self._stopped = False
        self._thread = threading.Thread(target=self.serve_forever, args=(0.05,), daemon=True)

    def serve_in_background(self) -> None:
        """Start answering; subclasses call it last in ``__init__``, once their state exists."""
        self._thread.start()

    def server_bind(self) -> None:
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = "127.0.0.1", int(self.server_address[1])

    def get_request(self) -> tuple[socket.socket, Any]:
        sock, addr = super().get_request()
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return sock, addr

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>``."""
        return f"http://127.0.0.1:{self.server_address[1]}"

    def on_stop(self) -> None:
        """Release what the subclass holds (after the server stopped)."""

    def stop(self) -> None:
        """Stop serving. Safe to call twice."""
        if self._stopped:
            return
        self._stopped = True
        self.shutdown()
        self.server_close()
        self._thread.join(timeout=5)
        self.on_stop()

    def __enter__(self: S) -> S:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
