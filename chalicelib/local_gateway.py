"""A loopback stand-in for API Gateway's WebSocket API, so local runs push like a deployment.

``chalice local`` has no WebSockets. This server plays API Gateway's part on
127.0.0.1, for ``make run``, the browser tests and the benchmarks, in the process
that runs the app (the embedded store lives there):

* a browser opens ``ws://127.0.0.1:<port>/<stage>?ticket=...``; the upgrade waits for
  the app's ``$connect`` handler, and a non-2xx answer refuses it with that status;
* every text message becomes a ``$default`` event; a close (either side), a dropped
  socket, 10 minutes idle or 2 hours in all become a ``$disconnect`` event;
* the Management API: ``POST /<stage>/@connections/{id}`` sends its body to the socket,
  ``GET`` describes the connection, ``DELETE`` closes it; an unknown id answers 410
  ``GoneException``, an oversized body 413 ``PayloadTooLargeException`` (the error
  code in ``x-amzn-ErrorType``, where botocore's rest-json parser reads it).

The handlers are called as Lambda calls them: the function the app's
``websocket_handlers[route].handler_string`` names, with the event as a dict. Event
shapes follow the recorded API Gateway events in aws/aws-lambda-go
``events/testdata/apigw-websocket-request*.json`` (copies with their source in
``tests/events/apigw_ws_*.json``) and what Chalice's ``WebsocketEvent`` reads
(``requestContext.domainName``, ``stage``, ``connectionId``, ``body``). The
Management API's paths, methods and error codes are those of botocore's service
model ``apigatewaymanagementapi/2018-11-29``. Requests are not signature-checked.

The WebSocket framing (RFC 6455) is the standard library's sockets: text, ping/pong,
close, continuation; client frames must be masked; no extensions are negotiated.
Imported only by local runs and tests: never on Lambda.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import socket
import struct
import threading
import time
import uuid
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

logger = logging.getLogger(__name__)

WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
MAX_MESSAGE_BYTES = 128 * 1024  # API Gateway's WebSocket message limit
IDLE_SECONDS = 600  # API Gateway closes a socket idle for 10 minutes...
MAX_SECONDS = 7200  # ...and every socket after 2 hours
OP_CONT, OP_TEXT, OP_BINARY, OP_CLOSE, OP_PING, OP_PONG = 0x0, 0x1, 0x2, 0x8, 0x9, 0xA


class _Closed(Exception):
    def __init__(self, code: int, reason: str = "") -> None:
        super().__init__(code, reason)
        self.code, self.reason = code, reason


class Connection:
    """One browser socket, written by the Management API's threads and read by its own."""

    def __init__(self, connection_id: str, sock: socket.socket, source_ip: str, user_agent: str) -> None:
        self.id = connection_id
        self.sock = sock
        self.source_ip = source_ip
        self.user_agent = user_agent
        self.connected_at = int(time.time() * 1000)
        self.last_active_at = self.connected_at
        self._write_lock = threading.Lock()
        self.closed = False

    def send_frame(self, opcode: int, payload: bytes) -> None:
        header = bytes([0x80 | opcode])
        n = len(payload)
        if n < 126:
            header += bytes([n])
        elif n < 65536:
            header += bytes([126]) + struct.pack(">H", n)
        else:
            header += bytes([127]) + struct.pack(">Q", n)
        with self._write_lock:
            self.sock.sendall(header + payload)

    def close(self, code: int = 1000, reason: str = "") -> None:
        """Send a close frame (if we still can) and shut the socket; the reader reports $disconnect."""
        if self.closed:
            return
        self.closed = True
        try:
            self.send_frame(OP_CLOSE, struct.pack(">H", code) + reason.encode()[:120])
        except OSError:
            pass
        try:
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


class LocalWebsocketGateway(ThreadingHTTPServer):
    """API Gateway's WebSocket API and its Management API on one loopback port.

    ``ws_url`` is what the page connects to (``WEBSOCKET_URL``), ``management_url`` what the
    app posts to (``WEBSOCKET_MANAGEMENT_URL``). ``stats`` counts what a test may check:
    handler invocations by route and Management API posts.
    """

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128  # many tabs and posts at once; TCPServer's default backlog is 5

    def __init__(self, app_module: Any = None, *, host: str = "127.0.0.1", port: int = 0, stage: str = "dev",
                 idle_seconds: float = IDLE_SECONDS, max_seconds: float = MAX_SECONDS) -> None:
        if app_module is None:
            import app as app_module  # the project's app.py, as Lambda imports it
        self.app_module = app_module
        self.stage = stage
        self.idle_seconds = idle_seconds
        self.max_seconds = max_seconds
        self.connections: dict[str, Connection] = {}
        self.stats: dict[str, int] = {"$connect": 0, "$default": 0, "$disconnect": 0, "post": 0, "refused": 0}
        self.received: list[tuple[str, str]] = []  # (connection id, message) the clients sent, in order
        self._lock = threading.Lock()
        super().__init__((host, port), _handler_class(self))
        self._thread = threading.Thread(target=self.serve_forever, args=(0.05,), name="local-ws-gateway", daemon=True)
        # Chalice's own WebsocketAPI (unused: Honeyline posts through chalicelib.push) builds its
        # endpoint from AWS_REGION on Lambda before any handler runs; give it this one instead.
        self.app_module.app.websocket_api.configure(f"{host}:{self.port}", stage)

    def server_bind(self) -> None:  # skip the reverse-DNS lookup HTTPServer does at bind
        import socketserver

        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = str(self.server_address[0]), int(self.server_address[1])

    # ------------------------------------------------------------------ addresses
    @property
    def port(self) -> int:
        return int(self.server_address[1])

    @property
    def domain_name(self) -> str:
        return f"{self.server_address[0]}:{self.port}"

    @property
    def ws_url(self) -> str:
        return f"ws://{self.domain_name}/{self.stage}"

    @property
    def management_url(self) -> str:
        return f"http://{self.domain_name}/{self.stage}"

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> "LocalWebsocketGateway":
        self._thread.start()
        return self

    def stop(self) -> None:
        for connection in list(self.connections.values()):
            connection.close(1001, "Going away")
        self.shutdown()
        self.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> "LocalWebsocketGateway":
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def drop(self, connection_id: str) -> None:
        """Cut a socket without a close frame, as a lost network does (then ``$disconnect``)."""
        connection = self.connections.get(connection_id)
        if connection is not None:
            connection.closed = True
            try:
                connection.sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    # ------------------------------------------------------------------ lambda calls
    def invoke(self, route: str, event: dict[str, Any]) -> dict[str, Any]:
        """Call the app's handler for ``route`` the way the Lambda runtime does: ``module.fn(event, context)``."""
        with self._lock:
            self.stats[route] += 1
        config = self.app_module.app.websocket_handlers.get(route)
        if config is None:
            return {"statusCode": 200}
        handler = getattr(self.app_module, config.handler_string.rsplit(".", 1)[-1])
        try:
            response = handler(event, None)
        except Exception:
            logger.exception("websocket %s handler failed", route)
            return {"statusCode": 500}
        return response if isinstance(response, dict) else {"statusCode": 200}

    def event(self, connection: Connection, route: str, *, body: str | None = None,
              headers: dict[str, str] | None = None, query: dict[str, list[str]] | None = None,
              close_code: int | None = None, reason: str = "") -> dict[str, Any]:
        """An API Gateway WebSocket proxy event (see the module docstring for the source of its shape)."""
        now = time.time()
        kind = {"$connect": "CONNECT", "$disconnect": "DISCONNECT"}.get(route, "MESSAGE")
        request_id = uuid.uuid4().hex[:16]
        context: dict[str, Any] = {
            "routeKey": route, "eventType": kind, "extendedRequestId": request_id,
            "requestTime": formatdate(now, usegmt=True), "messageDirection": "IN", "stage": self.stage,
            "connectedAt": connection.connected_at, "requestTimeEpoch": int(now * 1000),
            "identity": {"userAgent": connection.user_agent, "sourceIp": connection.source_ip},
            "requestId": request_id, "domainName": self.domain_name, "connectionId": connection.id,
            "apiId": "local",
        }
        event: dict[str, Any] = {"requestContext": context, "isBase64Encoded": False}
        if kind == "CONNECT":
            event["headers"] = headers or {}
            event["multiValueHeaders"] = {k: [v] for k, v in (headers or {}).items()}
            if query:
                event["queryStringParameters"] = {k: v[-1] for k, v in query.items()}
                event["multiValueQueryStringParameters"] = query
        elif kind == "MESSAGE":
            context["messageId"] = uuid.uuid4().hex[:16]
            event["body"] = body
        else:
            context["disconnectStatusCode"] = close_code if close_code is not None else 1006
            context["disconnectReason"] = reason
        return event

    def register(self, connection: Connection) -> None:
        with self._lock:
            self.connections[connection.id] = connection

    def forget(self, connection: Connection) -> None:
        with self._lock:
            self.connections.pop(connection.id, None)


def _accept_key(key: str) -> str:
    return base64.b64encode(hashlib.sha1((key + WS_GUID).encode()).digest()).decode()


def _handler_class(gateway: LocalWebsocketGateway) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the app logs its own lines
            pass

        # ---------------------------------------------------------- Management API
        def _connection_id(self) -> str | None:
            prefix = f"/{gateway.stage}/@connections/"
            path = urlsplit(self.path).path
            return unquote(path[len(prefix):]) if path.startswith(prefix) and len(path) > len(prefix) else None

        def _reply(self, status: int, body: dict[str, Any] | None = None, error: str | None = None) -> None:
            data = json.dumps(body).encode() if body is not None else b""
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("x-amzn-RequestId", str(uuid.uuid4()))
            if error:
                self.send_header("x-amzn-ErrorType", error)
            self.end_headers()
            self.wfile.write(data)

        def _gone(self) -> None:
            self._reply(410, {"message": None}, "GoneException")

        def do_POST(self) -> None:  # PostToConnection
            connection_id = self._connection_id()
            data = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if connection_id is None:
                return self._reply(404, {"message": "Not Found"})
            connection = gateway.connections.get(connection_id)
            if connection is None or connection.closed:
                return self._gone()
            if len(data) > MAX_MESSAGE_BYTES:
                return self._reply(413, {"message": "Message too long"}, "PayloadTooLargeException")
            with gateway._lock:
                gateway.stats["post"] += 1
            try:
                connection.send_frame(OP_TEXT, data)
            except OSError:
                return self._gone()
            self._reply(200)

        def do_DELETE(self) -> None:  # DeleteConnection
            connection = gateway.connections.get(self._connection_id() or "")
            if connection is None:
                return self._gone()
            connection.close(1000, "")
            self._reply(204)

        def do_GET(self) -> None:
            if self.headers.get("Upgrade", "").lower() == "websocket":
                return self._upgrade()
            connection = gateway.connections.get(self._connection_id() or "")
            if connection is None:  # GetConnection of an unknown id
                return self._gone()
            self._reply(200, {"connectedAt": _iso(connection.connected_at),
                              "identity": {"sourceIp": connection.source_ip, "userAgent": connection.user_agent},
                              "lastActiveAt": _iso(connection.last_active_at)})

        # ---------------------------------------------------------- the socket
        def _upgrade(self) -> None:
            parts = urlsplit(self.path)
            key = self.headers.get("Sec-WebSocket-Key")
            if parts.path.rstrip("/") != f"/{gateway.stage}" or not key:
                return self._reply(404 if key else 400, {"message": "Not Found" if key else "Bad Request"})
            connection = Connection(base64.urlsafe_b64encode(uuid.uuid4().bytes[:10]).decode(), self.connection,
                                    self.client_address[0], self.headers.get("User-Agent", ""))
            headers = {name: value for name, value in self.headers.items()}
            query = parse_qs(parts.query, keep_blank_values=True)
            answer = gateway.invoke("$connect", gateway.event(connection, "$connect", headers=headers, query=query))
            status = int(answer.get("statusCode", 200))
            if not 200 <= status < 300:
                with gateway._lock:
                    gateway.stats["refused"] += 1
                body = str(answer.get("body") or "").encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(body)
                self.close_connection = True
                return
            self.send_response(101, "Switching Protocols")
            self.send_header("Upgrade", "websocket")
            self.send_header("Connection", "Upgrade")
            self.send_header("Sec-WebSocket-Accept", _accept_key(key))
            self.end_headers()
            self.wfile.flush()
            self.close_connection = True
            gateway.register(connection)
            code, reason = self._serve(connection)
            gateway.forget(connection)
            connection.closed = True
            gateway.invoke("$disconnect", gateway.event(connection, "$disconnect", close_code=code, reason=reason))

        def _serve(self, connection: Connection) -> tuple[int, str]:
            """Read messages until the socket ends; returns the close code and reason."""
            started = time.monotonic()
            self.connection.settimeout(1.0)
            fragments: list[bytes] = []
            idle_since = time.monotonic()
            while True:
                now = time.monotonic()
                if now - started >= gateway.max_seconds:
                    connection.close(1001, "Going away")
                    return 1001, "Going away"
                if now - idle_since >= gateway.idle_seconds:
                    connection.close(1001, "Going away")
                    return 1001, "Going away"
                try:
                    opcode, fin, payload = self._read_frame()
                except socket.timeout:
                    continue
                except _Closed as closed:
                    connection.close(closed.code, closed.reason)
                    return closed.code, closed.reason
                except (OSError, ConnectionError):
                    return 1006, ""
                idle_since = time.monotonic()
                connection.last_active_at = int(time.time() * 1000)
                if opcode == OP_PING:
                    connection.send_frame(OP_PONG, payload)
                elif opcode == OP_CLOSE:
                    code = struct.unpack(">H", payload[:2])[0] if len(payload) >= 2 else 1005
                    connection.close(code if code not in (1005, 1006) else 1000, "")
                    return code, payload[2:].decode("utf-8", "replace")
                elif opcode in (OP_TEXT, OP_BINARY, OP_CONT):
                    fragments.append(payload)
                    if sum(len(f) for f in fragments) > MAX_MESSAGE_BYTES:
                        connection.close(1009, "Message too big")
                        return 1009, "Message too big"
                    if fin:
                        body = b"".join(fragments).decode("utf-8", "replace")
                        fragments = []
                        gateway.received.append((connection.id, body))
                        gateway.invoke("$default", gateway.event(connection, "$default", body=body))

        def _read_exact(self, n: int) -> bytes:
            data = b""
            while len(data) < n:
                try:
                    chunk = self.connection.recv(n - len(data))
                except socket.timeout:
                    if not data:
                        raise
                    continue  # mid-frame: keep reading
                if not chunk:
                    raise ConnectionError("socket closed")
                data += chunk
            return data

        def _read_frame(self) -> tuple[int, bool, bytes]:
            first, second = self._read_exact(2)
            fin, opcode = bool(first & 0x80), first & 0x0F
            if not second & 0x80:
                raise _Closed(1002, "client frames must be masked")
            length = second & 0x7F
            if length == 126:
                length = struct.unpack(">H", self._read_exact(2))[0]
            elif length == 127:
                length = struct.unpack(">Q", self._read_exact(8))[0]
            if length > MAX_MESSAGE_BYTES:
                raise _Closed(1009, "Message too big")
            mask = self._read_exact(4)
            data = self._read_exact(length)
            return opcode, fin, bytes(b ^ mask[i % 4] for i, b in enumerate(data))

    return Handler


def _iso(ms: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(ms / 1000)) + f".{ms % 1000:03d}Z"

