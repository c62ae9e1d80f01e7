"""WebSocket push: tickets, $connect/$default/$disconnect, fan-out, Gone cleanup, expiry, time bound.

The handlers are called as Lambda calls them (``app.live_connect(event, context)``) with
recorded API Gateway events (tests/events/apigw_ws_*.json, sources in SOURCES.md), and
through the loopback gateway (:mod:`chalicelib.local_gateway`) with a real socket client.
Posts go to the loopback gateway or to a loopback Management API that answers Gone or
slowly; one test holds our request next to the one botocore's own client makes.
"""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Any, Iterator

import pytest
from chalice.test import Client

import app as app_module
from chalicelib import push, security
from chalicelib.events import EventBus
from chalicelib.local_gateway import LocalWebsocketGateway
from chalicelib.settings import Settings, get_settings
from chalicelib.store import get_store
from tests.support.management_api import FakeManagementApi
from tests.support.ws_client import Refused, WsClient

TOKEN = "dash-token-ws-123"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
EVENTS = Path(__file__).resolve().parents[1] / "events"


def recorded(name: str, **context: Any) -> dict[str, Any]:
    event = json.loads((EVENTS / f"apigw_ws_{name}.json").read_text())
    event["requestContext"].update(context)
    return event


@pytest.fixture(scope="module")
def gateway() -> Iterator[LocalWebsocketGateway]:
    with LocalWebsocketGateway(app_module) as running:
        yield running


@pytest.fixture
def ws_settings(make_settings, use_settings, gateway) -> Any:
    def build(backend: str = "embedded", **env: Any) -> Settings:
        env = {"DASHBOARD_TOKEN": TOKEN, "WEBSOCKET_URL": gateway.ws_url,
               "WEBSOCKET_MANAGEMENT_URL": gateway.management_url, **env}
        return use_settings(make_settings(backend, **env))
    return build


def ticket() -> str:
    with Client(app_module.app) as client:
        response = client.http.post("/api/live-ticket", headers=AUTH)
    assert response.status_code == 200, response.body
    return json.loads(response.body)["ticket"]


def connect(gateway: LocalWebsocketGateway) -> WsClient:
    return WsClient(f"{gateway.ws_url}?ticket={ticket()}")


def connect_ready(gateway: LocalWebsocketGateway) -> WsClient:
    """Connect and start as the page does (a resume), so the socket is fully open before a push."""
    client = connect(gateway)
    client.send({"resume": None})
    assert client.recv_json()["type"] == "snapshot"
    return client


def publish(event_type: str = "incoming_call", **data: Any) -> str:
    return EventBus(get_store(), get_settings()).publish(event_type, data).id


def connections() -> dict[str, Any]:
    flat = get_store().execute("hgetall", push.CONNECTIONS_KEY) or []
    return {k: json.loads(v) for k, v in zip(flat[::2], flat[1::2])}


# --------------------------------------------------------------------------- tickets
def test_live_ticket_needs_the_dashboard_token_and_says_where_to_connect(ws_settings, gateway, make_settings, use_settings) -> None:
    ws_settings()
    with Client(app_module.app) as client:
        assert client.http.post("/api/live-ticket").status_code == 401
        assert client.http.post("/api/live-ticket", headers={"Authorization": "Bearer nope"}).status_code == 401
        body = json.loads(client.http.post("/api/live-ticket", headers=AUTH).body)
        assert body["websocketUrl"] == gateway.ws_url and body["expiresIn"] == push.TICKET_SECONDS
        assert TOKEN not in body["ticket"]
        assert json.loads(client.http.get("/api/health").body)["live"] == "websocket"
        use_settings(make_settings("embedded", DASHBOARD_TOKEN=TOKEN))  # no WebSocket API deployed
        assert json.loads(client.http.post("/api/live-ticket", headers=AUTH).body)["websocketUrl"] is None
        assert json.loads(client.http.get("/api/health").body)["live"] == "sse"


@pytest.mark.parametrize("backend", ["embedded", "redis", "upstash"])
def test_connect_with_a_recorded_event_registers_once_per_ticket(ws_settings, backend) -> None:
    settings = ws_settings(backend, WEBSOCKET_MANAGEMENT_URL="")  # endpoint from the event, as deployed
    event = recorded("connect")
    event["queryStringParameters"] = {"ticket": security.issue_live_ticket(settings, 30)}
    assert app_module.live_connect(event, None) == {"statusCode": 200}
    record = connections()["TWegAcC4EowCHnA="]
    assert record["endpoint"] == "https://gy415nuibc.execute-api.eu-central-1.amazonaws.com/testStage"
    assert record["exp"] - time.time() == pytest.approx(push.CONNECTION_SECONDS, abs=5)
    assert 0 < get_store().execute("ttl", push.CONNECTIONS_KEY) <= push.CONNECTION_SECONDS
    again = app_module.live_connect({**event, "requestContext": {**event["requestContext"], "connectionId": "other="}}, None)
    assert again["statusCode"] == 401 and "already used" in again["body"]
    assert list(connections()) == ["TWegAcC4EowCHnA="]
    assert app_module.live_disconnect(recorded("disconnect", connectionId="TWegAcC4EowCHnA="), None)["statusCode"] == 200
    assert connections() == {}


@pytest.mark.parametrize("case", ["missing", "garbage", "forged", "expired", "dashboard token itself"])
def test_wrong_tickets_are_refused_at_connect(ws_settings, case) -> None:
    settings = ws_settings()
    good = security.issue_live_ticket(settings, 30)
    offered = {
        "missing": None, "garbage": "hello", "forged": good[:-4] + "0000",
        "expired": security.issue_live_ticket(settings, 30, now=time.time() - 60), "dashboard token itself": TOKEN,
    }[case]
    event = recorded("connect")
    event["queryStringParameters"] = {"ticket": offered} if offered else None
    answer = app_module.live_connect(event, None)
    assert answer["statusCode"] == 401 and json.loads(answer["body"])["error"] == "unauthorized"
    assert connections() == {}


def test_a_ticket_from_another_deployment_token_is_refused(ws_settings, make_settings) -> None:
    ws_settings()
    foreign = security.issue_live_ticket(make_settings("embedded", DASHBOARD_TOKEN="another-token"), 30)
    event = recorded("connect")
    event["queryStringParameters"] = {"ticket": foreign}
    assert app_module.live_connect(event, None)["statusCode"] == 401


def test_production_without_dashboard_token_refuses_the_socket(make_settings, use_settings, gateway) -> None:
    use_settings(make_settings("embedded", APP_ENV="production", WEBSOCKET_URL=gateway.ws_url))
    event = recorded("connect")
    event["queryStringParameters"] = {"ticket": "v1.9999999999.x.y"}
    assert app_module.live_connect(event, None)["statusCode"] == 503


def test_wrong_ticket_is_refused_by_the_gateway_with_the_handlers_status(ws_settings, gateway) -> None:
    ws_settings()
    with pytest.raises(Refused) as refused:
        WsClient(f"{gateway.ws_url}?ticket=v1.1.abc.def")
    assert refused.value.status == 401 and "ticket" in refused.value.body
    assert connections() == {}


# --------------------------------------------------------------------------- messages
def test_resume_null_is_a_snapshot_and_a_cursor_resumes(ws_settings, gateway) -> None:
    ws_settings()
    first = publish(callSid="CA1")
    second = publish(callSid="CA2")
    client = connect(gateway)
    try:
        client.send({"resume": None})
        snapshot = client.recv_json()
        assert snapshot["type"] == "snapshot" and snapshot["cursor"] == second
        assert [e["id"] for e in snapshot["recentEvents"]] == [first, second]
        client.send({"resume": first})
        resumed = client.recv_json()
        assert resumed["resumed"] and resumed["final"] and [e["id"] for e in resumed["events"]] == [second]
        third = publish(callSid="CA3")
        live = client.recv_json()
        assert live["prev"] == second and [e["id"] for e in live["events"]] == [third] and live["cursor"] == third
    finally:
        client.close()


def test_bad_messages_get_a_400_and_the_socket_stays(ws_settings) -> None:
    ws_settings()
    for body in ("not json", '{"hello": 1}', '{"resume": 5}', '{"resume": "yesterday"}'):
        answer = app_module.live_message(recorded("message", connectionId="x=") | {"body": body}, None)
        assert answer["statusCode"] == 400, body


def test_a_batch_with_two_events_is_one_message_per_connection(ws_settings, gateway) -> None:
    settings = ws_settings()
    client = connect_ready(gateway)
    try:
        bus = EventBus(get_store(), settings)
        one, two = bus.prepare("scam_detected", {"callSid": "CA1"}), bus.prepare("call_processed", {"callSid": "CA1"})
        get_store().pipeline([*one.commands, *two.commands])
        message = client.recv_json()
        assert [e["type"] for e in message["events"]] == ["scam_detected", "call_processed"]
    finally:
        client.close()


def test_dropped_socket_resumes_with_nothing_lost_or_repeated(ws_settings, gateway) -> None:
    """200 events published while the client drops twice and resumes from the last id it saw."""
    ws_settings("redis", EVENTS_MAX_LEN="1000")
    published: list[str] = []

    def producer() -> None:
        for i in range(200):
            published.append(publish(callSid=f"CA{i}"))
            if i % 20 == 0:
                time.sleep(0.01)

    seen: list[str] = []
    cursor: str | None = None
    client = connect(gateway)
    client.send({"resume": None})
    cursor = client.recv_json()["cursor"]
    thread = threading.Thread(target=producer)
    thread.start()
    drops = 0
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and len(seen) < 200:
        if (drops == 0 and len(seen) >= 50) or (drops == 1 and len(seen) >= 120):
            drops += 1
            gateway.drop(list(gateway.connections)[-1])  # the newest: this client's
            client = connect(gateway)
            client.send({"resume": cursor})
        try:
            message = client.recv_json()
        except Exception:
            continue
        if not message.get("resumed") and message.get("prev") != cursor:
            if all(e["id"] in seen for e in message["events"]):
                continue  # already had it
            client.send({"resume": cursor})  # a gap: what the page does
            continue
        for event in message["events"]:
            if event["id"] not in seen:
                seen.append(event["id"])
        cursor = message["cursor"]
    thread.join()
    client.close()
    assert drops == 2
    assert seen == published


# --------------------------------------------------------------------------- fan-out
def test_the_sender_sends_what_botocores_own_client_sends() -> None:
    """Method, path, body and signing scope agree with botocore's apigatewaymanagementapi client, and so
    does the reading of GoneException."""
    import botocore.session
    from botocore.credentials import Credentials

    credentials = Credentials("AKIDEXAMPLE", "secret-example")
    with FakeManagementApi(gone={"closed="}) as api:
        endpoint = f"{api.url}/prod"
        reference = botocore.session.get_session().create_client(
            "apigatewaymanagementapi", endpoint_url=endpoint, region_name="eu-west-1",
            aws_access_key_id=credentials.access_key, aws_secret_access_key=credentials.secret_key)
        reference.post_to_connection(ConnectionId="R1kmxc2VNjMCFIA=", Data=b'{"type":"events"}')
        ours = push.Sender(credentials=credentials, region="eu-west-1", sign_loopback=True)
        ours.send(endpoint, "R1kmxc2VNjMCFIA=", b'{"type":"events"}')
        theirs, mine = api.requests
        assert (mine["method"], mine["path"], mine["body"]) == (theirs["method"], theirs["path"], theirs["body"])
        assert mine["path"] == "/prod/@connections/R1kmxc2VNjMCFIA%3D"
        scope = lambda r: r["headers"]["Authorization"].split("Credential=")[1].split(",")[0].split("/", 2)[2]  # noqa: E731
        assert scope(mine) == scope(theirs) == "eu-west-1/execute-api/aws4_request"
        with pytest.raises(reference.exceptions.GoneException):
            reference.post_to_connection(ConnectionId="closed=", Data=b"{}")
        with pytest.raises(push.ConnectionGone):
            ours.send(endpoint, "closed=", b"{}")


def test_gone_connections_are_removed_and_the_others_still_get_the_event(ws_settings) -> None:
    with FakeManagementApi(gone={"gone="}) as api:
        ws_settings("redis", WEBSOCKET_MANAGEMENT_URL=api.url)
        store = get_store()
        opened = time.time() - 60
        store.pipeline(push.register_commands("alive=", api.url, opened) + push.register_commands("gone=", api.url, opened))
        publish(callSid="CA1")  # the container store pushes as it publishes
        assert sorted(r["connection"] for r in api.requests) == ["alive=", "gone="]
        assert json.loads(api.requests[0]["body"])["events"][0]["data"]["callSid"] == "CA1"
        assert list(connections()) == ["alive="]


def test_gone_through_the_loopback_management_api(ws_settings, gateway) -> None:
    ws_settings()
    get_store().pipeline(push.register_commands("closed-long-ago=", gateway.management_url, time.time() - 60)
                         + push.register_commands("still-opening=", gateway.management_url, time.time()))
    client = connect_ready(gateway)
    try:
        publish(callSid="CA1")
        assert client.recv_json()["events"][0]["data"]["callSid"] == "CA1"
        # Gone removes a connection, except one that $connect stored a moment ago: API Gateway
        # answers Gone until it has finished opening it.
        assert "closed-long-ago=" not in connections() and "still-opening=" in connections()
        assert len(connections()) == 2
    finally:
        client.close()


def test_a_resume_stores_the_connection_again(ws_settings, gateway) -> None:
    """A fan-out may meet a socket while it is still opening (Gone) and drop it: its resume restores it."""
    ws_settings()
    client = connect(gateway)
    try:
        [connection_id] = connections()
        get_store().execute("hdel", push.CONNECTIONS_KEY, connection_id)
        client.send({"resume": None})
        assert client.recv_json()["type"] == "snapshot"
        assert list(connections()) == [connection_id]
        assert connections()[connection_id]["exp"] <= time.time() + push.CONNECTION_SECONDS
        publish(callSid="CA2")
        assert client.recv_json()["events"][0]["data"]["callSid"] == "CA2"
    finally:
        client.close()


def test_expired_connections_are_skipped_and_removed(ws_settings, gateway) -> None:
    ws_settings()
    client = connect_ready(gateway)
    try:
        [live_id] = connections()
        # A connection API Gateway has closed after 2 h, whose $disconnect never reached us.
        get_store().pipeline(push.register_commands("old=", gateway.management_url, time.time() - push.CONNECTION_SECONDS - 1))
        posts = gateway.stats["post"]
        publish(callSid="CA1")
        assert client.recv_json()["events"][0]["data"]["callSid"] == "CA1"
        assert list(connections()) == [live_id]
        assert gateway.stats["post"] == posts + 1  # nothing was posted to the expired one
    finally:
        client.close()


def test_fan_out_time_is_bounded_when_the_endpoint_hangs(ws_settings) -> None:
    with FakeManagementApi(delay=3.0) as slow:
        ws_settings(WEBSOCKET_MANAGEMENT_URL=slow.url)
        store = get_store()
        store.pipeline([c for i in range(10) for c in push.register_commands(f"tab{i}=", slow.url, time.time())])
        bus = EventBus(store, get_settings())
        pending = bus.prepare("incoming_call", {"callSid": "CA1"})
        started = time.monotonic()
        replies = store.pipeline(pending.commands)  # the container store pushes here, to 10 hanging tabs
        elapsed = time.monotonic() - started
        # Each post gives up after SEND_READ_TIMEOUT; the webhook waits at most FANOUT_BUDGET_SECONDS.
        assert elapsed < push.FANOUT_BUDGET_SECONDS + 1.0, elapsed
        assert slow.posts == 10
        started = time.monotonic()
        outcome = push.fan_out(pending.commands, replies, store, budget=0.2)
        assert time.monotonic() - started < 0.2 + 0.5
        assert outcome["failed"] == 10 and outcome["sent"] == 0
        assert len(connections()) == 10  # slow is not gone: the tabs stay, and repair the gap themselves
        time.sleep(push.SEND_READ_TIMEOUT + push.SEND_CONNECT_TIMEOUT + 0.5)  # the late posts end by their own timeouts
        assert slow.posts <= 20  # at most one attempt each (some never started): no retry piles up


def test_a_heartbeat_is_one_round_trip(ws_settings, gateway) -> None:
    ws_settings("redis")
    cursor = publish(callSid="CA1")
    client = connect_ready(gateway)
    try:
        store = get_store()
        before = store.round_trips
        client.send({"resume": cursor})
        answer = client.recv_json()
        assert answer["resumed"] and answer["events"] == [] and answer["final"]
        assert store.round_trips - before == 1  # stores the connection again and reads, together
    finally:
        client.close()
