"""Live push through API Gateway's WebSocket API: connect, resume, fan-out, disconnect.

Why: a dashboard tab on SSE holds a Lambda invocation for every 9 s window, all day
(about $22 a month per open tab at 512 MB); an idle WebSocket costs API Gateway
connection-minutes and one tiny invocation per heartbeat (cents a month). See the
README's "What live updates cost" and ``bench/bench_live_cost.py``.

The flow, and who runs what:

* ``POST /api/live-ticket`` (dashboard token) hands out a ticket valid for
  ``TICKET_SECONDS`` (:func:`chalicelib.security.issue_live_ticket`), so the real
  token never appears in a URL. The page connects to ``WEBSOCKET_URL?ticket=...``.
* ``$connect`` (:func:`on_connect`) checks the ticket and, in one round trip, claims it
  (single use) and stores the connection as a field of one hash, ``CONNECTIONS_KEY``,
  whose value says where to post (the Management API endpoint) and when API Gateway
  will have closed it anyway (``CONNECTION_SECONDS``: every socket is closed after 2 h).
  The hash itself expires 2 h after the last connect.
* ``$default`` (:func:`on_message`) answers ``{"resume": "<cursor>"}`` with every event
  after the cursor (``{"resume": null}``: a snapshot, as SSE's first answer), in
  messages of at most ``MAX_MESSAGE_BYTES``. The page sends it after connecting and as
  its heartbeat (API Gateway closes a socket idle for 10 minutes).
* Publishing an event (:class:`chalicelib.events.EventBus`) reads, in the same round
  trip, the id of the event before it and the open connections; the store shows that
  batch to :func:`fan_out`, which posts ``{"type": "events", "prev": ..., "events": [...]}``
  to every connection in parallel, with a bounded time. ``prev`` lets the page see a
  gap (a message lost while it reconnected) and ask to resume; ``GoneException``
  removes the connection, as does its expiry.
* ``$disconnect`` (:func:`on_disconnect`) removes the field.

The Management API endpoint is ``WEBSOCKET_MANAGEMENT_URL`` when set (the loopback
stand-in, :mod:`chalicelib.local_gateway`; a custom domain), else
``https://{domainName}/{stage}`` from the connect event, as Chalice's own
``WebsocketAPI.configure`` builds it. Sending is ``PostToConnection`` as botocore's
service model ``apigatewaymanagementapi/2018-11-29`` defines it (``POST
/@connections/{connectionId}``, the body is the message; errors ``GoneException``
410, ``LimitExceededException`` 429, ``PayloadTooLargeException`` 413,
``ForbiddenException`` 403), see :class:`Sender`.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from typing import Any, Callable, Mapping, Sequence, TypeVar
from urllib.parse import quote, urlsplit

from chalicelib import security
from chalicelib.errors import RequestError, Unauthorized
from chalicelib.events import CONNECTIONS_KEY
from chalicelib.settings import Settings
from chalicelib.store import Command, Store

logger = logging.getLogger(__name__)
T = TypeVar("T")

TICKET_KEY = "hl:live:ticket:"
TICKET_SECONDS = 30
CONNECTION_SECONDS = 2 * 3600  # API Gateway closes every WebSocket after 2 hours
MAX_MESSAGE_BYTES = 96 * 1024  # API Gateway's limit is 128 KB per message
RESUME_PAGE = 100
SEND_CONNECT_TIMEOUT = 0.5
SEND_READ_TIMEOUT = 1.0
FANOUT_BUDGET_SECONDS = 1.5  # a webhook waits at most this long for the pushes it caused
FANOUT_THREADS = 16
# A connection is stored by $connect before API Gateway has finished opening it, and a post in
# that window answers GoneException: a record this young is not removed for it (its page
# resumes as soon as it opens, and its resume stores it again).
CONNECTING_GRACE_SECONDS = 10


# ----------------------------------------------------------------------- tickets
def new_ticket(settings: Settings) -> dict[str, Any]:
    """What ``POST /api/live-ticket`` answers: a ticket and where to use it (``null``: no WebSocket here)."""
    return {
        "ticket": security.issue_live_ticket(settings, TICKET_SECONDS),
        "expiresIn": TICKET_SECONDS,
        "websocketUrl": settings.websocket_url,
    }


# ----------------------------------------------------------------- connections
def management_endpoint(settings: Settings, request_context: Mapping[str, Any]) -> str:
    """Where to post to this connection: the setting, else ``https://{domainName}/{stage}``."""
    if settings.websocket_management_url:
        return settings.websocket_management_url
    return f"https://{request_context['domainName']}/{request_context['stage']}"


def register_commands(connection_id: str, endpoint: str, connected_at: float) -> list[Command]:
    """Store a connection: where to post, when it opened, when API Gateway will have closed it."""
    record = {"endpoint": endpoint, "at": int(connected_at), "exp": int(connected_at + CONNECTION_SECONDS)}
    return [
        ("hset", CONNECTIONS_KEY, connection_id, json.dumps(record, separators=(",", ":"))),
        ("expire", CONNECTIONS_KEY, CONNECTION_SECONDS),
    ]


def live_connections(flat: Sequence[Any] | None, now: float) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """Decode an HGETALL of the connections: ``({id: record}, [expired or unreadable ids])``."""
    flat = list(flat or [])
    alive: dict[str, dict[str, Any]] = {}
    stale: list[str] = []
    for connection_id, raw in zip(flat[::2], flat[1::2]):
        try:
            record = json.loads(raw)
            record = {"endpoint": str(record["endpoint"]), "exp": float(record["exp"]), "at": float(record.get("at", 0))}
        except (ValueError, KeyError, TypeError):
            stale.append(connection_id)
            continue
        (alive.__setitem__(connection_id, record) if record["exp"] > now else stale.append(connection_id))
    return alive, stale


def on_connect(event: Mapping[str, Any], settings: Settings, store: Store, *, now: float | None = None) -> dict[str, Any]:
    """``$connect``: a valid, unused ticket registers the connection; anything else is refused (401).

    Returning a non-2xx status from the ``$connect`` integration makes API Gateway refuse the
    upgrade (AWS API Gateway developer guide, "Set up a $connect route that requires a
    WebSocket subprotocol").
    """
    now = time.time() if now is None else now
    context = event["requestContext"]
    connection_id = context["connectionId"]
    ticket = ((event.get("queryStringParameters") or {}).get("ticket") or "").strip()
    nonce = security.verify_live_ticket(ticket, settings, now=now)  # raises Unauthorized
    commands = register_commands(connection_id, management_endpoint(settings, context), now)
    if nonce is None:  # development without DASHBOARD_TOKEN: the dashboard is open, so is this
        store.pipeline(commands)
    elif store.claim_then(TICKET_KEY + nonce, TICKET_SECONDS * 2, commands) is None:
        raise Unauthorized("this live ticket was already used: ask for a new one")
    logger.info("live connection %s opened", connection_id)
    return {"statusCode": 200}


def on_disconnect(event: Mapping[str, Any], store: Store) -> dict[str, Any]:
    """``$disconnect``: forget the connection (API Gateway may skip this; expiry and Gone cover it)."""
    connection_id = event["requestContext"]["connectionId"]
    store.execute("hdel", CONNECTIONS_KEY, connection_id)
    logger.info("live connection %s closed", connection_id)
    return {"statusCode": 200}


# ------------------------------------------------------------------- messages
def parse_message(body: Any) -> dict[str, Any]:
    """A client message: ``{"resume": "<cursor>" | null}``; anything else is a clear 400."""
    try:
        message = json.loads(body) if isinstance(body, (str, bytes)) else None
    except ValueError:
        message = None
    if not isinstance(message, dict) or "resume" not in message:
        raise RequestError('expected {"resume": "<cursor>"} or {"resume": null}')
    cursor = message["resume"]
    if cursor is not None and not isinstance(cursor, str):
        raise RequestError("resume must be a cursor string or null")
    return {"resume": cursor or None}


def on_message(event: Mapping[str, Any], settings: Settings, store: Store, sender: "Sender | None" = None) -> dict[str, Any]:
    """``$default``: answer a resume with the events after the cursor (or a snapshot) on the socket."""
    from chalicelib import live

    context = event["requestContext"]
    connection_id = context["connectionId"]
    cursor = parse_message(event.get("body"))["resume"]
    endpoint = management_endpoint(settings, context)
    sender = sender or get_sender()
    # Store it again: a fan-out that met the connection while it was still opening may have
    # dropped it. connectedAt keeps its 2-hour expiry where API Gateway puts it.
    connected_at = float(context.get("connectedAt") or time.time() * 1000) / 1000
    register = register_commands(connection_id, endpoint, connected_at)
    if cursor is None:
        store.pipeline(register)
        messages = [_dumps({"type": "snapshot", **live.snapshot(settings, store)})]
    else:
        messages = resume_messages(settings, store, cursor, with_commands=register)
    try:
        for message in messages:
            sender.send(endpoint, connection_id, message)
    except ConnectionGone:  # closed while we read: its next connect resumes from the same cursor
        store.execute("hdel", CONNECTIONS_KEY, connection_id)
        return {"statusCode": 410}
    return {"statusCode": 200}


def resume_messages(settings: Settings, store: Store, cursor: str, *, with_commands: Sequence[Command] = ()) -> list[bytes]:
    """Everything after ``cursor``, oldest first, as ``events`` messages marked ``resumed``.

    The last one has ``"final": true``; the page applies them in order whatever came before.
    ``with_commands`` ride in the first read's round trip (a heartbeat is one round trip).
    """
    from chalicelib.events import EventBus

    bus = EventBus(store, settings)
    read, start = bus.read_command(cursor, RESUME_PAGE)
    events, next_cursor = bus.parse_read(store.pipeline([*with_commands, read])[-1], read, start)
    collected = list(events)
    while len(events) == RESUME_PAGE:
        events, next_cursor = bus.read_since(next_cursor, RESUME_PAGE)
        collected += events
    dicts = [e.to_dict() for e in collected]
    messages: list[bytes] = []
    for chunk in _chunks(dicts):
        messages.append(_dumps({"type": "events", "resumed": True, "events": chunk,
                                "cursor": chunk[-1]["id"] if chunk else next_cursor, "final": False}))
    if not messages:
        messages.append(_dumps({"type": "events", "resumed": True, "events": [], "cursor": next_cursor, "final": False}))
    last = json.loads(messages[-1])
    last["final"] = True
    messages[-1] = _dumps(last)
    return messages


def _chunks(events: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Split events so each message stays under API Gateway's size limit."""
    chunks: list[list[dict[str, Any]]] = []
    current: list[dict[str, Any]] = []
    size = 0
    for event in events:
        length = len(_dumps(event))
        if current and size + length > MAX_MESSAGE_BYTES:
            chunks.append(current)
            current, size = [], 0
        current.append(event)
        size += length
    if current:
        chunks.append(current)
    return chunks


def _dumps(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


# ---------------------------------------------------------------------- fan-out
def published_groups(commands: Sequence[Command], replies: Sequence[Any], stream_key: str) -> tuple[list[dict[str, Any]], Any]:
    """From a batch that published on ``stream_key``: the messages to push, and the connections reply.

    Each XADD is followed by ``XREVRANGE <key> + - COUNT 2`` and ``HGETALL <connections>``
    (:func:`chalicelib.events.push_commands`). Consecutive events whose ``prev`` chains
    go in one message; a break in the chain (another publisher interleaved) starts a new one.
    """
    from chalicelib.events import decode_entry

    groups: list[dict[str, Any]] = []
    connections: Any = None
    for i, command in enumerate(commands):
        if not (command[0] == "xadd" and command[1] == stream_key and i + 2 < len(commands)):
            continue
        if commands[i + 1][0] != "xrevrange" or commands[i + 2][0] != "hgetall":
            continue
        event_id = str(replies[i])
        event = decode_entry([event_id, ["e", command[-1]]]).to_dict()
        newest = [entry[0] for entry in (replies[i + 1] or [])]
        if newest[:1] == [event_id]:
            prev = newest[1] if len(newest) > 1 else "0-0"
        else:
            prev = None  # another event landed right after ours: the page will ask to resume
        connections = replies[i + 2]
        if groups and prev is not None and groups[-1]["cursor"] == prev:
            groups[-1]["events"].append(event)
            groups[-1]["cursor"] = event_id
        else:
            groups.append({"type": "events", "prev": prev, "events": [event], "cursor": event_id})
    return groups, connections


def fan_out(commands: Sequence[Command], replies: Sequence[Any], store: Store, *, stream_key: str = "hl:events:live",
            sender: "Sender | None" = None, now: float | None = None, budget: float = FANOUT_BUDGET_SECONDS) -> dict[str, int]:
    """Push the events a batch published to every open connection; returns what happened.

    Parallel (one thread per connection, up to ``FANOUT_THREADS``), and bounded: each post
    has connect/read timeouts and the whole fan-out waits at most ``budget`` seconds. A
    ``GoneException`` (the socket closed without a ``$disconnect`` reaching us) and an
    expired record remove the connection in one more round trip.
    """
    groups, flat = published_groups(commands, replies, stream_key)
    if not groups or not flat:
        return {"sent": 0, "gone": 0, "failed": 0}
    now = time.time() if now is None else now
    connections, stale = live_connections(flat, now)
    messages = [_dumps(group) for group in groups]
    sender = sender or get_sender()

    def push(connection_id: str, endpoint: str) -> str:
        try:
            for message in messages:
                sender.send(endpoint, connection_id, message)
            return "sent"
        except ConnectionGone:
            return "gone"
        except Exception as exc:  # timeout, throttling, 5xx: the page repairs the gap on its next message
            logger.warning("live push to %s failed: %s", connection_id, exc)
            return "failed"

    items = [(cid, record["endpoint"]) for cid, record in connections.items()]
    results: dict[str, str] = {}
    if len(items) == 1:
        results[items[0][0]] = push(*items[0])
    elif items:
        from concurrent.futures import wait  # not at import: a cold start without sockets never needs it

        futures = {_pool().submit(push, cid, endpoint): cid for cid, endpoint in items}
        done, late = wait(futures, timeout=budget)
        results = {futures[f]: f.result() for f in done}
        for future in late:
            future.cancel()  # its own timeouts end it soon; nothing waits for it
            results[futures[future]] = "failed"
    gone = [cid for cid, result in results.items()
            if result == "gone" and now - connections[cid]["at"] > CONNECTING_GRACE_SECONDS]
    if gone or stale:
        store.execute("hdel", CONNECTIONS_KEY, *gone, *stale)
    return {kind: sum(1 for r in results.values() if r == kind) for kind in ("sent", "gone", "failed")}


def _once(build: Callable[[], T]) -> Callable[[], T]:
    """``build()`` on the first call, the same object after: one per container, thread-safe."""
    lock, made = threading.Lock(), []

    def get() -> T:
        with lock:
            if not made:
                made.append(build())
            return made[0]

    return get


def _new_pool() -> Any:
    from concurrent.futures import ThreadPoolExecutor

    return ThreadPoolExecutor(max_workers=FANOUT_THREADS, thread_name_prefix="live-push")


# One small pool per container. Its threads only run while a fan-out waits for them.
_pool = _once(_new_pool)


def observe(store: Store, settings: Settings) -> None:
    """Make ``store`` push the live events it publishes (when the deployment offers WebSockets)."""
    if settings.websocket_url:
        store.add_observer(lambda commands, replies: fan_out(commands, replies, store))


# ---------------------------------------------------------------------- sending
class ConnectionGone(Exception):
    """The Management API answered ``GoneException`` (410): the socket is closed."""


class ManagementApiError(Exception):
    """Any other refusal (``LimitExceededException`` 429, ``ForbiddenException`` 403, 5xx...)."""

    def __init__(self, status: int, code: str) -> None:
        super().__init__(f"{code or 'HTTP error'} ({status})")
        self.status, self.code = status, code


class Sender:
    """``PostToConnection``, built from botocore's service model and sent lean.

    The method, path and signing name come from botocore's own definition
    (``apigatewaymanagementapi`` ``PostToConnection``: ``POST /@connections/{connectionId}``,
    body = the message, signed for ``execute-api``), so they cannot drift from AWS's API; the
    request goes out through urllib3 with botocore's SigV4 signer instead of a full botocore
    client, which halves the CPU per post (0.3 ms against 0.65 ms here; a fan-out to ten
    tabs runs under one GIL). Everything is imported on first use, never at cold start; the
    Lambda runtime ships botocore and urllib3. A loopback endpoint (the local stand-in) is
    called unsigned: a developer's machine has no AWS credentials and the stand-in checks none.
    """

    def __init__(self, *, credentials: Any = None, region: str | None = None, sign_loopback: bool = False) -> None:
        self._credentials = credentials
        self._region = region
        self._sign_loopback = sign_loopback
        self._lock = threading.Lock()
        self._ready: tuple[Any, str, str, str, Any] | None = None

    def _setup(self) -> tuple[Any, str, str, str, Any]:
        with self._lock:
            if self._ready is None:
                import botocore.session
                import urllib3

                session = botocore.session.get_session()
                operation = session.get_service_model("apigatewaymanagementapi").operation_model("PostToConnection")
                pool = urllib3.PoolManager(num_pools=4, maxsize=FANOUT_THREADS, retries=False,
                                           timeout=urllib3.Timeout(connect=SEND_CONNECT_TIMEOUT, read=SEND_READ_TIMEOUT))
                self._ready = (pool, operation.http["method"], operation.http["requestUri"],
                               operation.service_model.signing_name, session)
            return self._ready

    def send(self, endpoint: str, connection_id: str, data: bytes) -> None:
        pool, method, uri, signing_name, session = self._setup()
        url = endpoint.rstrip("/") + uri.replace("{connectionId}", quote(connection_id, safe=""))
        host = urlsplit(endpoint).hostname or ""
        headers: dict[str, str] = {}
        if self._sign_loopback or host not in ("127.0.0.1", "localhost", "::1"):
            headers = self._signed_headers(session, method, url, data, signing_name, host)
        response = pool.request(method, url, body=data, headers=headers)
        if response.status == 410:
            raise ConnectionGone(connection_id)
        if response.status >= 300:
            raise ManagementApiError(response.status, (response.headers.get("x-amzn-ErrorType") or "").split(":")[0])

    def _signed_headers(self, session: Any, method: str, url: str, data: bytes, signing_name: str, host: str) -> dict[str, str]:
        from botocore.auth import SigV4Auth
        from botocore.awsrequest import AWSRequest

        credentials = self._credentials or session.get_credentials()  # the Lambda role's, from the runtime
        parts = host.split(".")
        # <api-id>.execute-api.<region>.amazonaws.com names its region; otherwise the runtime's.
        region = parts[2] if len(parts) > 3 and parts[1] == "execute-api" else (
            self._region or session.get_config_variable("region") or "us-east-1")
        request = AWSRequest(method=method, url=url, data=data)
        SigV4Auth(credentials.get_frozen_credentials(), signing_name, region).add_auth(request)
        return dict(request.headers.items())


# The container's sender (its connection pool is reused across invocations).
get_sender: Callable[[], Sender] = _once(Sender)
