"""Upstash-REST-compatible HTTP server over a real Redis, for tests: what upstash-redis 1.8.0 sends
and expects (POST ``/``, ``/pipeline``, ``/multi-exec``; Bearer auth; ``Upstash-Encoding: base64``
= every result string but "OK" in base64; a JSON body on every answer: the SDK ignores status)."""

from __future__ import annotations

import base64
import json
import threading
import time
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import redis

from tests.support.loopback import LoopbackServer


def _error_text(exc: BaseException) -> str:
    """Redis error text with its code (redis-py strips "ERR "/"WRONGTYPE " into ``status_code``)."""
    msg, code = str(exc), getattr(exc, "status_code", None)
    return f"{code} {msg}" if code and not msg.startswith(str(code)) else msg


def to_json(value: Any, b64: bool) -> Any:
    """Convert a raw redis-py reply to what Upstash puts in ``result``."""
    if isinstance(value, str):
        value = value.encode("utf-8", "surrogateescape")
    if isinstance(value, bytes):
        if b64:
            return "OK" if value == b"OK" else base64.b64encode(value).decode("ascii")
        return value.decode("utf-8", "surrogateescape")
    if value is None or isinstance(value, int):
        return int(value) if isinstance(value, bool) else value
    if isinstance(value, float):  # RESP3 double: Upstash answers with a string
        return to_json(repr(value), b64)
    if isinstance(value, dict):  # RESP3 map: flattened like Upstash
        return [to_json(x, b64) for kv in value.items() for x in kv]
    if isinstance(value, (list, tuple, set)):
        return [to_json(x, b64) for x in value]
    return to_json(_error_text(value) if isinstance(value, BaseException) else str(value), b64)


def _reply(value: Any, b64: bool) -> dict[str, Any]:
    """One Upstash reply object: ``{"result": ...}`` or ``{"error": "ERR ..."}``."""
    if isinstance(value, BaseException):
        return {"error": _error_text(value)}
    return {"result": to_json(value, b64)}


def _arg(value: Any) -> Any:
    """A JSON command element as a redis-py argument (JSON true/false/objects as JSON text)."""
    ok = isinstance(value, (str, int, float)) and not isinstance(value, bool)
    return value if ok else json.dumps(value)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "UpstashBridge"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - keep tests quiet
        pass

    def _send(self, status: int, payload: Any) -> None:
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        try:
            self.end_headers()
            self.wfile.write(body)
        except OSError:  # the client gave up (e.g. its own timeout)
            self.close_connection = True

    def do_POST(self) -> None:
        """Serve ``/``, ``/pipeline``, ``/multi-exec`` and ``/subscribe/<channel>``."""
        srv = self.server
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        status, delay = srv._on_request(dict(self.headers.items()))
        time.sleep(delay)
        if status:
            return self._send(status, {"error": f"ERR injected failure (HTTP {status})"})
        url = urlsplit(self.path)
        token = parse_qs(url.query).get("_token", [None])[0]
        if self.headers.get("Authorization") != f"Bearer {srv.token}" and token != srv.token:
            return self._send(401, {"error": "Unauthorized"})
        path = url.path.rstrip("/")
        if path.startswith("/subscribe/"):
            return self._subscribe(unquote(path[len("/subscribe/"):]))
        b64 = self.headers.get("Upstash-Encoding", "").lower() == "base64"
        try:
            command = json.loads(body or b"null")
        except ValueError:
            return self._send(400, {"error": "ERR failed to parse command"})
        batch = path in ("/pipeline", "/multi-exec")
        if batch:
            ok = isinstance(command, list) and all(isinstance(c, list) and c for c in command)
        else:
            ok = path == "" and isinstance(command, list) and bool(command)
            command = [command]
        if not ok:
            return self._send(400, {"error": "ERR expected a command array (or array of them)"})
        try:
            replies = srv.run(command, transaction=path == "/multi-exec")
        except (redis.RedisError, OSError) as exc:  # refused / timed out: Redis is down
            return self._send(500, {"error": f"ERR redis unavailable: {exc}"})
        aborted = [r for r in replies if isinstance(r, redis.exceptions.ExecAbortError)]
        if path == "/multi-exec" and aborted:  # a discarded transaction: one error object, not a list
            return self._send(400, {"error": "EXECABORT Transaction discarded because of previous errors."})
        late = srv._answer_late(command)
        if late:  # applied, but the answer comes after the client gave up: the SDK resends
            time.sleep(late)
        if batch:
            return self._send(200, [_reply(r, b64) for r in replies])
        self._send(400 if isinstance(replies[0], BaseException) else 200, _reply(replies[0], b64))

    def _subscribe(self, channel: str) -> None:
        """Stream Pub/Sub as SSE: ``data: subscribe,<ch>,1`` then ``data: message,<ch>,<payload>``."""
        pubsub = self.server.redis.pubsub()
        try:
            pubsub.subscribe(channel)
            self.close_connection = True
            self.send_response(200)
            for name, value in (("Content-Type", "text/event-stream"),
                                ("Cache-Control", "no-cache"), ("Connection", "close")):
                self.send_header(name, value)
            self.end_headers()
            quiet_since = time.monotonic()
            while not self.server._stopping.is_set():
                msg = pubsub.get_message(timeout=0.1)
                if not msg or msg["type"] not in ("subscribe", "message"):
                    if time.monotonic() - quiet_since > 1.0:  # a comment line: finds out when the client left
                        self.wfile.write(b": keep-alive\n\n")
                        self.wfile.flush()
                        quiet_since = time.monotonic()
                    continue
                quiet_since = time.monotonic()
                data = msg["data"] if isinstance(msg["data"], bytes) else str(msg["data"]).encode()
                self.wfile.write(b"data: %s,%s,%s\n\n" % (msg["type"].encode(), channel.encode(), data))
                self.wfile.flush()
        except (redis.RedisError, OSError, ValueError):  # Redis or the client went away, or the bridge stops
            self.close_connection = True
        finally:
            pubsub.close()


class UpstashBridge(LoopbackServer):
    """Upstash REST look-alike on ``http://127.0.0.1:<free port>``, served by a daemon thread.

    Counters ``requests``/``commands`` (+ ``reset_counts()``), faults ``fail_next``/``delay_next``/
    ``answer_late_next``, ``last_headers`` (headers of the latest request)."""

    def __init__(self, redis_url: str, token: str = "test-token") -> None:
        super().__init__(_Handler)
        self.token = token
        self.redis = redis.Redis.from_url(redis_url, decode_responses=False, protocol=2,
                                          socket_timeout=5, socket_connect_timeout=2)
        self.requests = self.commands = 0
        self.last_headers: dict[str, str] = {}
        self._lock = threading.Lock()
        self._faults: list[int] = []
        self._delays: list[float] = []
        self._late: list[tuple[str, float]] = []
        self._stopping = threading.Event()
        self.serve_in_background()

    def reset_counts(self) -> None:
        """Zero ``requests`` and ``commands``."""
        with self._lock:
            self.requests = self.commands = 0

    def fail_next(self, n: int = 1, status: int = 500) -> None:
        """Answer the next ``n`` requests with ``status`` and a JSON error body."""
        with self._lock:
            self._faults.extend([status] * n)

    def delay_next(self, n: int = 1, seconds: float = 1.0) -> None:
        """Sleep ``seconds`` before handling each of the next ``n`` requests."""
        with self._lock:
            self._delays.extend([seconds] * n)

    def answer_late_next(self, seconds: float, n: int = 1, *, command: str = "eval") -> None:
        """Run the next ``n`` requests whose first command is ``command``, then wait ``seconds`` before
        answering (a read timeout on the client after Redis applied the request)."""
        with self._lock:
            self._late.extend([(command.lower(), seconds)] * n)

    def _answer_late(self, commands: list[list[Any]]) -> float:
        with self._lock:
            if self._late and str(commands[0][0]).lower() == self._late[0][0]:
                return self._late.pop(0)[1]
        return 0.0

    def _on_request(self, headers: dict[str, str]) -> tuple[int, float]:
        with self._lock:
            self.requests += 1
            self.last_headers = headers
            delay = self._delays.pop(0) if self._delays else 0.0
            status = self._faults.pop(0) if self._faults else 0
        return status, delay

    def run(self, commands: list[list[Any]], transaction: bool = False) -> list[Any]:
        """Run commands on one connection: raw replies, or ResponseError objects in their place.

        ``transaction`` wraps them in MULTI/EXEC; if EXEC aborts, every slot gets an error (its own
        queueing error, else EXECABORT). Raises redis.ConnectionError if Redis is unreachable."""
        with self._lock:
            self.commands += len(commands)
        wire = [tuple(_arg(a) for a in c) for c in commands]
        if transaction:
            wire = [("MULTI",), *wire, ("EXEC",)]
        pool = self.redis.connection_pool
        for attempt in (0, 1):
            conn, replies = None, []
            try:
                conn = pool.get_connection()
                conn.send_packed_command(conn.pack_commands(wire))
                for _ in wire:
                    try:
                        replies.append(conn.read_response())
                    except redis.ResponseError as exc:
                        replies.append(exc)
                break
            except (redis.ConnectionError, redis.TimeoutError, OSError):
                if conn is not None:
                    conn.disconnect()
                if attempt or replies:  # retry once, only on a stale connection
                    raise
            finally:
                if conn is not None:
                    pool.release(conn)
        if not transaction:
            return replies
        queued, result = replies[1:-1], replies[-1]
        if isinstance(result, list):
            return result
        abort = result if isinstance(result, BaseException) else redis.ResponseError("EXECABORT")
        return [q if isinstance(q, BaseException) else abort for q in queued]

    def stop(self) -> None:
        """End SSE streams first (their loops watch ``_stopping``), then stop serving."""
        self._stopping.set()
        super().stop()

    def on_stop(self) -> None:
        self.redis.close()
