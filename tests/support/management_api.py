"""A loopback API Gateway Management API that records posts and answers as told (Gone, slow).

``POST /<stage>/@connections/{id}``: 200 with an empty body, 410 with
``x-amzn-ErrorType: GoneException`` for ids in ``gone``, after ``delay`` seconds when set
(botocore's service model ``apigatewaymanagementapi/2018-11-29`` for the path and the error).
"""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import unquote

from tests.support.loopback import LoopbackServer


class FakeManagementApi(LoopbackServer):
    request_queue_size = 64  # ten posts arrive at once: TCPServer's default backlog of 5 would drop some

    def __init__(self, *, delay: float = 0.0, gone: set[str] | None = None) -> None:
        outer = self
        self.delay = delay
        self.gone = set(gone or ())
        self.requests: list[dict[str, Any]] = []
        self._lock = threading.Lock()

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                connection_id = unquote(self.path.rsplit("/@connections/", 1)[-1])
                with outer._lock:
                    outer.requests.append({"method": "POST", "path": self.path, "body": body,
                                           "headers": dict(self.headers.items()), "connection": connection_id})
                time.sleep(outer.delay)
                gone = connection_id in outer.gone
                payload = b'{"message":null}' if gone else b""
                try:
                    self.send_response(410 if gone else 200)
                    if gone:
                        self.send_header("x-amzn-ErrorType", "GoneException")
                        self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except OSError:
                    pass  # the sender gave up (a timeout test)

        super().__init__(Handler)
        self.serve_in_background()

    @property
    def posts(self) -> int:
        return len(self.requests)
