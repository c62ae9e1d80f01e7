"""A loopback QStash look-alike plus the signing QStash does on delivery, for tests.

What the installed SDK (qstash 3.4.0) sends and expects, read from its source:

* Every call is ``base_url + path`` with ``Authorization: Bearer <token>`` (``qstash/http.py``).
  Any non-2xx answer raises ``qstash.errors.QStashError("Request failed with status: <code>,
  body: <text>")``; 429 raises ``RateLimitExceededError`` (``Burst-RateLimit-*`` headers) or
  ``DailyMessageLimitExceededError`` (``RateLimit-*`` headers), both QStashError subclasses.
  The SDK's own retry (5 retries, backoff ``e**(1+n)*50`` ms, ~12 s in all) covers only transport
  errors (refused, timed out), never an HTTP status; its httpx timeout is 600 s (connect 5 s).
* ``message.publish_json(url=...)`` -> ``POST /v2/publish/<destination>``, the destination URL
  pasted as-is into the path (its query string becomes the request's query string), body
  ``json.dumps(body)``, headers ``Content-Type: application/json``, ``Upstash-Retries: <int>``,
  ``Upstash-Delay: <n>s`` (an int is sent as ``"<n>s"``, a string as given),
  ``Upstash-Deduplication-Id``, ``Upstash-Failure-Callback``, ``Upstash-Callback``,
  ``Upstash-Timeout: <n>s``, ``Upstash-Method``, ``Upstash-Not-Before``, ``Upstash-Retry-Delay``,
  ``Upstash-Label`` and ``Upstash-Forward-<Name>`` for each entry of ``headers=`` (the prefix is
  added unless already there). It parses ``{"messageId": ..., "deduplicated": bool?}`` into
  ``PublishResponse(message_id, deduplicated)`` (``deduplicated`` defaults to False).
* ``message.enqueue_json(queue=, url=)`` -> ``POST /v2/enqueue/<queue>/<destination>``, same
  headers and answer (``EnqueueResponse``).
* ``message.batch_json([...])`` -> ONE ``POST /v2/batch`` with ``Content-Type: application/json``
  and a JSON array of ``{"destination", "headers", "body", "queue"}`` (headers built as above,
  body already a JSON string, queue null unless set); it expects an array with one
  ``{"messageId": ..., "deduplicated"?}`` per message (``BatchResponse``).

Deduplication, per Upstash's docs (qstash/features/deduplication): a duplicate is accepted,
not enqueued, and answered with the existing message id and HTTP 202; the API reference shows
``{"messageId": ..., "deduplicated": true}``. The real window is 10 minutes; here it is the
server's life (until ``reset()``).
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import secrets
import threading
import time
from typing import Any

import jwt

from tests.support.loopback import JsonHandler, LoopbackServer

# Request headers that belong to the HTTP exchange with QStash, not to the message.
_TRANSPORT_HEADERS = frozenset(
    {"host", "content-length", "connection", "accept", "accept-encoding", "user-agent",
     "authorization", "transfer-encoding"}
)
_FORWARD_PREFIX = "upstash-forward-"


def _new_id(prefix: str) -> str:
    return prefix + secrets.token_urlsafe(18).replace("-", "x").replace("_", "y")


def _lookup(headers: dict[str, str], name: str) -> str | None:
    """Case-insensitive header lookup."""
    lname = name.lower()
    for key, value in headers.items():
        if key.lower() == lname:
            return value
    return None


@dataclasses.dataclass
class RecordedMessage:
    """One message QStash accepted (publish, enqueue or one entry of a batch)."""

    destination: str  # the full destination URL, as sent (query string included)
    body: str
    headers: dict[str, str]  # message headers, case as sent (Content-Type, Upstash-*, ...)
    message_id: str
    retries: int | None = None
    delay: str | None = None
    deduplication_id: str | None = None
    failure_callback: str | None = None
    callback: str | None = None
    timeout: str | None = None
    method: str | None = None
    queue: str | None = None
    batch: bool = False
    batch_id: str | None = None  # shared by the messages of one /v2/batch request
    created_at: int = 0  # unix ms

    def header(self, name: str) -> str | None:
        """A header of the message, looked up case-insensitively."""
        return _lookup(self.headers, name)

    @property
    def content_type(self) -> str | None:
        return self.header("Content-Type")

    @property
    def forward_headers(self) -> dict[str, str]:
        """``Upstash-Forward-X: v`` headers as QStash delivers them: ``X: v``."""
        return {k[len(_FORWARD_PREFIX):]: v for k, v in self.headers.items()
                if k.lower().startswith(_FORWARD_PREFIX)}

    def json(self) -> Any:
        return json.loads(self.body)


class _Handler(JsonHandler):
    protocol_version = "HTTP/1.1"
    server: "FakeQStash"



    def _handle(self, method: str) -> None:
        srv = self.server
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        fault = srv._on_request()
        if fault < 0:  # hang: the client times out; nothing is recorded
            time.sleep(-fault)
            self.close_connection = True
            return
        fault = int(fault)
        if fault:
            extra = {}
            if fault == 429:
                extra = {"Burst-RateLimit-Limit": "100", "Burst-RateLimit-Remaining": "0",
                         "Burst-RateLimit-Reset": str(int(time.time()) + 1)}
            return self._send(fault, {"error": f"injected failure (HTTP {fault})"}, extra)
        if self.headers.get("Authorization") != f"Bearer {srv.token}":
            return self._send(401, {"error": "Unauthorized: invalid or missing token"})
        if method != "POST":
            return self._send(405, {"error": f"method {method} not allowed"})
        path = self.path
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _TRANSPORT_HEADERS}
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            return self._send(400, {"error": "body is not UTF-8 (this fake stores text bodies)"})
        if path.startswith("/v2/publish/"):
            status, payload = srv._accept(path[len("/v2/publish/"):], text, headers)
        elif path.startswith("/v2/enqueue/"):
            queue, _, destination = path[len("/v2/enqueue/"):].partition("/")
            status, payload = srv._accept(destination, text, headers, queue=queue)
        elif path.split("?", 1)[0] == "/v2/batch":
            status, payload = srv._batch(text)
        else:
            status, payload = 404, {"error": f"no route for {path}"}
        self._send(status, payload)

    def do_POST(self) -> None:
        self._handle("POST")

    def do_GET(self) -> None:
        self._handle("GET")

    def do_DELETE(self) -> None:
        self._handle("DELETE")


class FakeQStash(LoopbackServer):
    """QStash look-alike on ``http://127.0.0.1:<free port>``, served by a daemon thread.

    Use ``QStash(fake.token, base_url=fake.url)``. Records ``messages`` (``RecordedMessage``),
    counts HTTP ``requests`` and ``deduplicated`` publishes; ``fail_next(n, status)`` answers
    the next ``n`` requests with ``status`` and a JSON error; ``reset()`` forgets everything."""

    def __init__(self, token: str = "qstash-test-token") -> None:
        super().__init__(_Handler)
        self.token = token
        self.messages: list[RecordedMessage] = []
        self.requests = 0
        self.deduplicated = 0
        self._dedup: dict[str, str] = {}
        self._faults: list[float] = []
        self._lock = threading.Lock()
        self.serve_in_background()




    def hang_next(self, n: int = 1, seconds: float = 30.0) -> None:
        """Accept the next ``n`` connections and answer nothing for ``seconds`` (a hanging QStash)."""
        with self._lock:
            self._faults.extend([-seconds] * n)

    def fail_next(self, n: int = 1, status: int = 500) -> None:
        """Answer the next ``n`` requests with ``status`` and ``{"error": ...}`` (QStash down).
        429 also carries ``Burst-RateLimit-*`` headers (the SDK raises RateLimitExceededError)."""
        with self._lock:
            self._faults.extend([status] * n)

    def reset(self) -> None:
        """Forget messages, counters, dedup ids and pending faults."""
        with self._lock:
            self.messages.clear()
            self.requests = self.deduplicated = 0
            self._dedup.clear()
            self._faults.clear()

    def messages_to(self, destination: str) -> list[RecordedMessage]:
        """Recorded messages whose destination is exactly ``destination``."""
        with self._lock:
            return [m for m in self.messages if m.destination == destination]

    def _on_request(self) -> float:
        with self._lock:
            self.requests += 1
            return self._faults.pop(0) if self._faults else 0

    def _accept(self, destination: str, body: str, headers: dict[str, str], *,
                queue: str | None = None, batch_id: str | None = None) -> tuple[int, Any]:
        """Record one message, or answer with the existing id for a duplicate dedup id."""
        if not destination.startswith(("http://", "https://")):
            return 400, {"error": f"invalid destination url (url groups are not faked): {destination}"}
        retries = _lookup(headers, "Upstash-Retries")
        try:
            retries_value = int(retries) if retries is not None else None
        except ValueError:
            return 400, {"error": f"invalid Upstash-Retries: {retries}"}
        dedup = _lookup(headers, "Upstash-Deduplication-Id")
        with self._lock:
            if dedup is not None and dedup in self._dedup:
                self.deduplicated += 1
                return 202, {"messageId": self._dedup[dedup], "deduplicated": True}
            message = RecordedMessage(
                destination=destination, body=body, headers=dict(headers),
                message_id=_new_id("msg_"), retries=retries_value,
                delay=_lookup(headers, "Upstash-Delay"), deduplication_id=dedup,
                failure_callback=_lookup(headers, "Upstash-Failure-Callback"),
                callback=_lookup(headers, "Upstash-Callback"),
                timeout=_lookup(headers, "Upstash-Timeout"),
                method=_lookup(headers, "Upstash-Method"), queue=queue,
                batch=batch_id is not None, batch_id=batch_id,
                created_at=int(time.time() * 1000),
            )
            if dedup is not None:
                self._dedup[dedup] = message.message_id
            self.messages.append(message)
        return 201, {"messageId": message.message_id}

    def _batch(self, text: str) -> tuple[int, Any]:
        try:
            entries = json.loads(text)
        except ValueError:
            return 400, {"error": "batch body is not JSON"}
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            return 400, {"error": "batch body must be an array of messages"}
        batch_id = _new_id("batch_")
        answers = []
        for entry in entries:
            body = entry.get("body")
            body = "" if body is None else body if isinstance(body, str) else json.dumps(body)
            headers = {str(k): str(v) for k, v in (entry.get("headers") or {}).items()}
            status, payload = self._accept(str(entry.get("destination") or ""), body, headers,
                                           queue=entry.get("queue"), batch_id=batch_id)
            if status >= 400:
                return status, payload
            answers.append(payload)
        return 200, answers





def body_claim(body: str | bytes) -> str:
    """The ``body`` claim: base64url(sha256(body)) WITH its ``=`` padding, as in Upstash's
    example token (``"body": "qK78N0k3...ZvY4="``, qstash/features/security). The Python SDK's
    receiver strips ``=`` from both sides before comparing, so either form verifies there."""
    raw = body.encode() if isinstance(body, str) else body
    return base64.urlsafe_b64encode(hashlib.sha256(raw).digest()).decode()


def sign_delivery(body: str, url: str, key: str, *, now: int | None = None, ttl: int = 300,
                  issuer: str = "Upstash", subject: str | None = None,
                  body_hash: str | None = None, omit: tuple[str, ...] = ()) -> str:
    """The ``Upstash-Signature`` JWT QStash puts on a delivery of ``body`` to ``url``.

    HS256 with the signing key; header ``{"alg": "HS256", "typ": "JWT"}``; claims (Upstash docs,
    qstash/features/security) ``iss`` "Upstash", ``sub`` the destination URL, ``exp`` (lifetime
    5 minutes), ``nbf`` and ``iat`` (now), ``jti`` ("jwt_..."), ``body`` (see ``body_claim``).
    Overrides forge bad tokens: ``issuer``, ``subject`` (instead of ``url``), ``body_hash``,
    ``now``/``ttl`` (``ttl < 0`` = expired); ``omit`` drops claims by name."""
    issued = int(time.time()) if now is None else int(now)
    claims: dict[str, Any] = {
        "iss": issuer,
        "sub": url if subject is None else subject,
        "exp": issued + ttl,
        "nbf": issued,
        "iat": issued,
        "jti": _new_id("jwt_"),
        "body": body_claim(body) if body_hash is None else body_hash,
    }
    for name in omit:
        claims.pop(name, None)
    return jwt.encode(claims, key, algorithm="HS256", headers={"typ": "JWT"})


def delivery_headers(message: RecordedMessage, key: str, *, retried: int = 0,
                     url: str | None = None) -> dict[str, str]:
    """Headers of QStash's delivery of ``message`` to its destination (or ``url``).

    Verified in Upstash's docs (qstash/howto/receiving, "Receiving Messages"): every
    ``Upstash-Forward-X`` header is forwarded as ``X`` (prefix stripped), and QStash adds
    ``User-Agent: Upstash-QStash``, ``Content-Type`` (the original one), ``Upstash-Signature``,
    ``Upstash-Retried`` (retries so far, starts at 0), ``Upstash-Message-Id``,
    ``Upstash-Caller-Ip`` (the publisher's IP), and ``Upstash-Topic-Name`` /
    ``Upstash-Schedule-Id`` only for URL groups / schedules (never here). The body is passed as is.
    The signature's ``sub`` is ``url`` if given (e.g. to mimic a proxy rewriting the URL),
    else the message's destination."""
    headers = dict(message.forward_headers)
    headers.update({
        "User-Agent": "Upstash-QStash",
        "Content-Type": message.content_type or "application/json",
        "Upstash-Signature": sign_delivery(message.body, url or message.destination, key),
        "Upstash-Message-Id": message.message_id,
        "Upstash-Retried": str(retried),
        "Upstash-Caller-Ip": "127.0.0.1",
    })
    return headers


def failure_callback_body(message: RecordedMessage, status: int = 500,
                          response_body: str = '{"error":"internal error"}', *,
                          retried: int | None = None, response_headers: dict[str, str] | None = None,
                          dlq_id: str | None = None) -> str:
    """The JSON body QStash POSTs to ``message.failure_callback`` once retries are exhausted.

    Fields as documented (upstash/docs qstash/features/callbacks.mdx, "What is a
    Failure-Callback?"; older revisions misspell ``sourceMessasgeId``): ``status``, ``header``
    (response headers, ``{name: [values]}``), ``body`` (base64 response body), ``retried``,
    ``maxRetries``, ``dlqId``, ``sourceMessageId``, ``url``, ``method``, ``sourceHeader``,
    ``sourceBody`` (base64), ``notBefore`` / ``createdAt`` (unix ms; the docs and qstash-js's
    type show them as strings), ``callerIP``; ``topicName``/``endpointName``/``scheduleId`` only
    for URL groups/schedules (omitted). ``header`` and ``sourceHeader`` use list values like Go's
    http.Header (the docs example shows ``sourceHeader`` with plain strings, but Upstash's
    workflow SDK reads ``Record<string, string[]>``); ``sourceHeader`` here holds the headers
    delivered to the destination (Content-Type and the forwarded ones) - not verified.
    The callback itself is a signed QStash delivery to the failure-callback URL: sign it with
    ``sign_delivery(body, message.failure_callback, key)``."""
    max_retries = 3 if message.retries is None else message.retries  # free-tier default: 3
    delivered = {"Content-Type": message.content_type or "application/json", **message.forward_headers}
    source_headers = {k: [v] for k, v in delivered.items()}
    payload = {
        "status": status,
        "header": {k: [v] for k, v in (response_headers or {"Content-Type": "application/json"}).items()},
        "body": base64.b64encode(response_body.encode()).decode(),
        "retried": max_retries if retried is None else retried,
        "maxRetries": max_retries,
        "dlqId": dlq_id or f"{message.created_at or int(time.time() * 1000)}-0",
        "sourceMessageId": message.message_id,
        "url": message.destination,
        "method": message.method or "POST",
        "sourceHeader": source_headers,
        "sourceBody": base64.b64encode(message.body.encode()).decode(),
        "notBefore": str(message.created_at),
        "createdAt": str(message.created_at),
        "callerIP": "127.0.0.1",
    }
    return json.dumps(payload)


def post_task(client: Any, task: str, payload: dict[str, Any], *, public_base: str, key: str) -> Any:
    """POST a worker delivery through the Chalice test client, signed as QStash signs it
    (every deployment with an outbound integration refuses unsigned deliveries)."""
    body = json.dumps({"task": task, "payload": payload})
    signature = sign_delivery(body, f"{public_base}/api/process-transcription", key)
    return client.http.post("/api/process-transcription", body=body,
                            headers={"Content-Type": "application/json", "Upstash-Signature": signature})
