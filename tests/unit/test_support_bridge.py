"""The test bridge (tests/support) behaves like Upstash REST for the real upstash-redis SDK."""

from __future__ import annotations

import base64
import json
import threading
import time
from typing import Iterator, Optional

import httpx
import pytest
from upstash_redis import Redis
from upstash_redis.errors import UpstashError

from tests.support import RedisServer, UpstashBridge


@pytest.fixture(scope="module")
def server() -> Iterator[RedisServer]:
    with RedisServer() as srv:
        yield srv


@pytest.fixture
def bridge(server: RedisServer) -> Iterator[UpstashBridge]:
    server.start()  # in case a test stopped it
    with server.client() as c:
        c.flushdb()
    with UpstashBridge(server.url) as b:
        yield b


@pytest.fixture(params=["base64", None], ids=["base64", "plain"])
def r(request: pytest.FixtureRequest, bridge: UpstashBridge) -> Iterator[Redis]:
    client = Redis(url=bridge.url, token=bridge.token, rest_encoding=request.param,
                   rest_retries=0, allow_telemetry=False)
    yield client
    client.close()


def post(bridge: UpstashBridge, path: str, body: object, b64: bool = False,
         token: Optional[str] = None) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token or bridge.token}"}
    if b64:
        headers["Upstash-Encoding"] = "base64"
    return httpx.post(bridge.url + path, json=body, headers=headers, timeout=5)


def test_set_get_unicode(r: Redis) -> None:
    assert r.set("k", "héllo ✓") is True
    assert r.get("k") == "héllo ✓"
    assert r.get("missing") is None
    assert r.incr("n") == 1
    assert r.ping() == "PONG"


def test_expire_ttl(r: Redis) -> None:
    r.set("k", "v", ex=100)
    assert 0 < r.ttl("k") <= 100
    assert r.expire("k", 5) is True
    assert 0 < r.ttl("k") <= 5
    assert r.ttl("missing") == -2


def test_pipeline_is_one_request(r: Redis, bridge: UpstashBridge) -> None:
    bridge.reset_counts()
    p = r.pipeline()
    p.set("a", "1")
    p.incr("a")
    p.get("a")
    p.hset("h", values={"f": "x", "g": "y"})
    assert p.exec() == [True, 2, "2", 2]
    assert (bridge.requests, bridge.commands) == (1, 4)


def test_multi_exec(r: Redis, bridge: UpstashBridge, server: RedisServer) -> None:
    server.reset_stats()
    bridge.reset_counts()
    tx = r.multi()
    tx.set("a", "1")
    tx.lpush("l", "x", "y")
    tx.lrange("l", 0, -1)
    assert tx.exec() == [True, 2, ["y", "x"]]
    assert bridge.requests == 1
    stats = server.command_stats()
    assert stats["multi"] == 1 and stats["exec"] == 1 and stats["set"] == 1


def test_stream_round_trip(r: Redis) -> None:
    first = r.xadd("s", "*", {"from": "+1555", "body": "hi"})
    second = r.xadd("s", "*", {"n": "2"})
    assert r.xrange("s") == [[first, ["from", "+1555", "body", "hi"]], [second, ["n", "2"]]]
    assert r.xrevrange("s", count=1) == [[second, ["n", "2"]]]
    assert r.xlen("s") == 2


def test_errors_keep_redis_prefix(r: Redis, bridge: UpstashBridge) -> None:
    r.set("k", "text")
    with pytest.raises(UpstashError, match="^ERR value is not an integer"):
        r.incr("k")
    with pytest.raises(UpstashError, match="^WRONGTYPE"):
        r.lpush("k", "x")
    res = post(bridge, "/pipeline", [["INCR", "k"], ["GET", "k"]])
    assert res.json() == [{"error": "ERR value is not an integer or out of range"},
                          {"result": "text"}]


def test_multi_exec_abort_is_one_error_object(bridge: UpstashBridge) -> None:
    """A discarded transaction is answered as a whole: one {"error"} object, not a list (issue 11)."""
    res = post(bridge, "/multi-exec", [["SET", "a", "1"], ["NOSUCHCMD"]])
    assert res.status_code == 400 and res.json()["error"].startswith("EXECABORT Transaction discarded")
    assert post(bridge, "/", ["EXISTS", "a"]).json() == {"result": 0}


def test_wrong_token_is_401_and_sdk_raises(bridge: UpstashBridge) -> None:
    res = post(bridge, "/", ["GET", "k"], token="wrong")
    assert (res.status_code, res.json()) == (401, {"error": "Unauthorized"})
    bad = Redis(url=bridge.url, token="wrong", rest_retries=0, allow_telemetry=False)
    with bad, pytest.raises(UpstashError, match="Unauthorized"):
        bad.get("k")


def test_sdk_sends_base64_by_default(bridge: UpstashBridge) -> None:
    with Redis(url=bridge.url, token=bridge.token, rest_retries=0) as client:
        client.set("k", "v")
        assert bridge.last_headers.get("Upstash-Encoding") == "base64"
        assert bridge.last_headers.get("Authorization") == f"Bearer {bridge.token}"
        assert client.get("k") == "v"


def test_wire_format_base64_and_plain(bridge: UpstashBridge) -> None:
    assert post(bridge, "/", ["SET", "k", "v", "EX", 10], b64=True).json() == {"result": "OK"}
    enc = base64.b64encode("v".encode()).decode()
    assert post(bridge, "/", ["GET", "k"], b64=True).json() == {"result": enc}
    assert post(bridge, "/", ["GET", "k"]).json() == {"result": "v"}
    assert post(bridge, "/", ["TTL", "k"], b64=True).json()["result"] in range(1, 11)
    res = post(bridge, "/", ["MGET", "k", "nope"], b64=True).json()
    assert res == {"result": [enc, None]}


def test_fail_and_delay_injection(r: Redis, bridge: UpstashBridge) -> None:
    bridge.fail_next(1, status=503)
    with pytest.raises(UpstashError, match="injected"):
        r.get("k")
    assert r.get("k") is None
    bridge.delay_next(1, 0.5)
    with pytest.raises(httpx.ReadTimeout):
        httpx.post(bridge.url, json=["PING"], timeout=0.1,
                   headers={"Authorization": f"Bearer {bridge.token}"})
    assert post(bridge, "/", ["PING"]).json() == {"result": "PONG"}


def test_redis_down_and_back(r: Redis, server: RedisServer) -> None:
    r.set("k", "v")
    server.stop()
    try:
        with pytest.raises(UpstashError, match="redis unavailable"):
            r.get("k")
    finally:
        server.start()
    assert r.set("k", "again") is True and r.get("k") == "again"


def test_keep_alive_serves_many_requests_on_one_connection(bridge: UpstashBridge) -> None:
    """Keep-alive (HTTP/1.1) and TCP_NODELAY are what make the bridge fast; the latency itself
    is measured by ``python -m bench.bench_store``, not asserted here (the machine is shared)."""
    import socket

    body = b'["PING"]'
    request = (f"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {bridge.token}\r\n"
               f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n").encode() + body
    with socket.create_connection(("127.0.0.1", bridge.server_address[1]), timeout=5) as sock:
        reader = sock.makefile("rb")
        for _ in range(5):
            sock.sendall(request)
            status = reader.readline()
            headers = {}
            while (line := reader.readline()) not in (b"\r\n", b""):
                name, _, value = line.decode().partition(":")
                headers[name.strip().lower()] = value.strip()
            payload = reader.read(int(headers["content-length"]))
            assert status.startswith(b"HTTP/1.1 200") and json.loads(payload) == {"result": "PONG"}
            assert headers.get("connection", "keep-alive").lower() != "close"


def test_subscribe_sse(bridge: UpstashBridge, server: RedisServer) -> None:
    lines: list[str] = []
    headers = {"Authorization": f"Bearer {bridge.token}", "Accept": "text/event-stream"}
    publisher = server.client()

    def publish_when_subscribed() -> None:
        for _ in range(100):
            if publisher.publish("calls", "hello, world") > 0:
                return
            time.sleep(0.02)

    thread = threading.Thread(target=publish_when_subscribed, daemon=True)
    thread.start()
    with httpx.stream("POST", bridge.url + "/subscribe/calls", headers=headers, timeout=5) as res:
        assert res.headers["content-type"] == "text/event-stream"
        for line in res.iter_lines():
            if line:
                lines.append(line)
            if len(lines) == 2:
                break
    thread.join(5)
    publisher.close()
    assert lines == ["data: subscribe,calls,1", "data: message,calls,hello, world"]
