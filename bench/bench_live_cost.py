"""What one open dashboard tab costs on AWS, per live-update mode, from measured handler times.

Run: ``python -m bench.bench_live_cost [--samples 30] [--window 9]``
(needs ``redis-server``; no browser).

The handlers run in this process against a real redis-server (the TCP backend), as
Lambda runs them: the REST routes through ``chalice.test.Client``, the WebSocket
routes as the loopback API Gateway stand-in calls them (``app.live_message(event,
context)`` with a real socket on the other end, the answer posted back through
botocore's Management API client). Per mode, the measured time of each invocation a
tab causes, then the month of one idle open tab and one busy hour (100 events):

* SSE long poll: one invocation held for the whole window (default 9 s), back to back;
  each event ends a window early (one more request).
* polling: one ``mode=poll`` request every 5 s.
* WebSocket: connection-minutes, a ``$default`` heartbeat every 9 minutes (API Gateway
  closes a socket idle for 10), a new ticket + ``$connect`` + snapshot + ``$disconnect``
  every 2 hours (API Gateway's limit); each event is one pushed message, and the fan-out
  time it adds to the publishing webhook's invocation.

Common to every mode and left out: the page's dashboard refresh every 5 minutes.
Lambda bills each invocation's duration rounded up to 1 ms, at the function's memory
(``lambda_memory_size``, 512 MB here). Prices are constants below with their source.
One run on a shared machine: the handler times are this machine's, not Lambda's.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import threading
import time
import uuid
from contextlib import ExitStack
from typing import Any, Callable

# Prices, us-east-1, x86, without the free tier; as read on 2026-11-29.
# https://aws.amazon.com/lambda/pricing/
LAMBDA_GB_SECOND = 0.0000166667
LAMBDA_REQUEST = 0.20 / 1_000_000
# https://aws.amazon.com/api-gateway/pricing/ (REST API: the first 333 million requests a month;
# WebSocket API: the first billion messages, metered in 32 KB increments; connection minutes)
REST_REQUEST = 3.50 / 1_000_000
WS_MESSAGE = 1.00 / 1_000_000
WS_CONNECTION_MINUTE = 0.25 / 1_000_000

MEMORY_GB = 0.5  # .chalice/config.json lambda_memory_size
MONTH_SECONDS = 30 * 86_400
POLL_SECONDS = 5.0
SSE_RECONNECT_SECONDS = 0.25  # retry: 250 in the SSE answer
HEARTBEAT_SECONDS = 9 * 60
CONNECTION_SECONDS = 2 * 3600
BUSY_EVENTS = 100

TOKEN = "bench-dashboard-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def lambda_cost(seconds: float, invocations: float = 1) -> float:
    """Lambda's price for ``invocations`` of ``seconds`` each (billed per started millisecond)."""
    billed = math.ceil(seconds * 1000) / 1000
    return invocations * (billed * MEMORY_GB * LAMBDA_GB_SECOND + LAMBDA_REQUEST)


def timed(call: Callable[[], Any]) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def serve_gateway() -> None:
    """The stand-in in a process of its own (the app's handlers run here, on the shared Redis)."""
    from chalicelib.local_gateway import LocalWebsocketGateway
    from chalicelib.settings import Settings, override_settings

    with LocalWebsocketGateway() as gateway:
        override_settings(Settings.from_env({**os.environ, "WEBSOCKET_URL": gateway.ws_url,
                                             "WEBSOCKET_MANAGEMENT_URL": gateway.management_url}))
        print(json.dumps({"ws": gateway.ws_url, "management": gateway.management_url}), flush=True)
        sys.stdin.read()  # until the benchmark closes our stdin


def main() -> None:
    if "--serve-gateway" in sys.argv:
        return serve_gateway()
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--samples", type=int, default=30, help="invocations measured per handler (default 30)")
    parser.add_argument("--window", type=float, default=9.0, help="SSE window in seconds (default 9, as deployed)")
    parser.add_argument("--sse-windows", type=int, default=2, help="idle SSE windows to time (each lasts --window)")
    args = parser.parse_args()

    from chalice.test import Client

    import app as app_module
    from chalicelib import push
    from chalicelib.local_gateway import LocalWebsocketGateway
    from chalicelib.settings import Settings, override_settings
    from chalicelib.store import get_store
    from tests.support.redis_server import RedisServer
    from tests.support.ws_client import WsClient

    with ExitStack() as stack:
        redis = stack.enter_context(RedisServer())
        gateway = stack.enter_context(LocalWebsocketGateway(app_module))
        override_settings(Settings.from_env({
            "DASHBOARD_TOKEN": TOKEN, "REDIS_URL": redis.url, "LIVE_UPDATES_WINDOW_SECONDS": str(args.window),
            "WEBSOCKET_URL": gateway.ws_url, "WEBSOCKET_MANAGEMENT_URL": gateway.management_url, "LOG_LEVEL": "warning",
        }))
        client = stack.enter_context(Client(app_module.app))
        store = get_store()

        def webhook() -> None:
            form = f"CallSid=CA{uuid.uuid4().hex}&From=%2B12025550147&To=%2B14155550100&CallStatus=ringing"
            answer = client.http.post("/api/twilio-webhook?type=voice", body=form,
                                      headers={"Content-Type": "application/x-www-form-urlencoded"})
            assert answer.status_code == 200, answer.body

        webhook()  # warm: imports, connections
        cursor = json.loads(client.http.get("/api/live-updates?mode=poll", headers=AUTH).body)["cursor"]

        # ---- polling and SSE
        poll = [timed(lambda: client.http.get(f"/api/live-updates?mode=poll&since={cursor}", headers=AUTH))
                for _ in range(args.samples)]
        sse = [timed(lambda: client.http.get("/api/live-updates", headers={**AUTH, "Last-Event-ID": cursor}))
               for _ in range(args.sse_windows)]

        # ---- WebSocket: ticket, $connect, resume (snapshot and heartbeat), $disconnect
        ticket = [timed(lambda: client.http.post("/api/live-ticket", headers=AUTH)) for _ in range(args.samples)]
        connect, resume, disconnect = [], [], []
        invoke = gateway.invoke

        def timing_invoke(route: str, event: dict[str, Any]) -> dict[str, Any]:
            started = time.perf_counter()
            try:
                return invoke(route, event)
            finally:
                {"$connect": connect, "$default": resume, "$disconnect": disconnect}[route].append(time.perf_counter() - started)

        gateway.invoke = timing_invoke  # type: ignore[method-assign]
        for _ in range(args.samples):
            offer = json.loads(client.http.post("/api/live-ticket", headers=AUTH).body)
            socket = WsClient(f"{offer['websocketUrl']}?ticket={offer['ticket']}")
            socket.send({"resume": None})
            socket.recv_json()
            socket.send({"resume": cursor})  # the heartbeat: nothing new
            socket.recv_json()
            socket.close()
        deadline = time.monotonic() + 5
        while len(disconnect) < args.samples and time.monotonic() < deadline:
            time.sleep(0.01)
        gateway.invoke = invoke  # type: ignore[method-assign]
        snapshot, heartbeat = resume[0::2], resume[1::2]

        # ---- what fan-out adds to a webhook: 0, 1 and 10 open tabs. The stand-in runs in its own
        # process here (as API Gateway is elsewhere): the webhook pays only its side of the posts.
        remote = stack.enter_context(subprocess.Popen(
            [sys.executable, "-m", "bench.bench_live_cost", "--serve-gateway"], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, text=True, env={**os.environ, "DASHBOARD_TOKEN": TOKEN, "REDIS_URL": redis.url,
                                                    "LOG_LEVEL": "warning"}))
        urls = json.loads(remote.stdout.readline())
        override_settings(Settings.from_env({
            "DASHBOARD_TOKEN": TOKEN, "REDIS_URL": redis.url, "LOG_LEVEL": "warning",
            "WEBSOCKET_URL": urls["ws"], "WEBSOCKET_MANAGEMENT_URL": urls["management"],
        }))
        store = get_store()
        tabs: list[Any] = []
        drained = threading.Event()

        def drain(socket: Any) -> None:
            while not drained.is_set():
                try:
                    socket.recv()
                except Exception:
                    return

        latency: dict[int, list[float]] = {}
        for count in (0, 1, 10):
            while len(tabs) < count:
                offer = json.loads(client.http.post("/api/live-ticket", headers=AUTH).body)
                socket = WsClient(f"{offer['websocketUrl']}?ticket={offer['ticket']}", timeout=30)
                socket.send({"resume": None})
                socket.recv_json()
                tabs.append(socket)
                threading.Thread(target=drain, args=(socket,), daemon=True).start()
            webhook()
            latency[count] = [timed(webhook) for _ in range(args.samples)]
        drained.set()
        for socket in tabs:
            socket.close()
        deadline = time.monotonic() + 5
        while store.execute("hlen", push.CONNECTIONS_KEY) and time.monotonic() < deadline:
            time.sleep(0.01)
        registered = store.execute("hlen", push.CONNECTIONS_KEY)
        remote.stdin.close()

    # ---- money
    poll_s, sse_s = statistics.median(poll), statistics.median(sse)
    ticket_s, connect_s = statistics.median(ticket), statistics.median(connect)
    snapshot_s, heartbeat_s, disconnect_s = statistics.median(snapshot), statistics.median(heartbeat), statistics.median(disconnect)
    fanout_s = max(0.0, statistics.median(latency[1]) - statistics.median(latency[0]))

    polls = MONTH_SECONDS / POLL_SECONDS
    polling_month = lambda_cost(poll_s, polls) + polls * REST_REQUEST
    windows = MONTH_SECONDS / (sse_s + SSE_RECONNECT_SECONDS)
    sse_month = lambda_cost(sse_s, windows) + windows * REST_REQUEST
    heartbeats = MONTH_SECONDS / HEARTBEAT_SECONDS
    reconnects = MONTH_SECONDS / CONNECTION_SECONDS
    ws_month = (MONTH_SECONDS / 60 * WS_CONNECTION_MINUTE
                + lambda_cost(heartbeat_s, heartbeats) + 2 * heartbeats * WS_MESSAGE
                + reconnects * (lambda_cost(ticket_s) + REST_REQUEST + lambda_cost(connect_s) + lambda_cost(snapshot_s)
                                + lambda_cost(disconnect_s) + 3 * WS_MESSAGE))

    hour = 3600
    polling_hour = polling_month * hour / MONTH_SECONDS
    sse_hour = sse_month * hour / MONTH_SECONDS + BUSY_EVENTS * (LAMBDA_REQUEST + REST_REQUEST)
    ws_hour = ws_month * hour / MONTH_SECONDS + BUSY_EVENTS * (WS_MESSAGE + fanout_s * MEMORY_GB * LAMBDA_GB_SECOND)

    print(f"one open dashboard tab, TCP Redis, {args.samples} samples per handler (medians, one run), "
          f"Lambda at {MEMORY_GB * 1024:.0f} MB, prices us-east-1 as of 2026-11-29")
    print("measured handler time per invocation")
    print(f"  SSE idle window ({args.window:g} s)        {sse_s * 1000:9.1f} ms")
    print(f"  poll (mode=poll)               {median_ms(poll):9.2f} ms")
    print(f"  POST /api/live-ticket          {median_ms(ticket):9.2f} ms")
    print(f"  $connect                       {median_ms(connect):9.2f} ms")
    print(f"  $default resume (snapshot)     {median_ms(snapshot):9.2f} ms")
    print(f"  $default resume (heartbeat)    {median_ms(heartbeat):9.2f} ms")
    print(f"  $disconnect                    {median_ms(disconnect):9.2f} ms")
    print("voice webhook with open tabs (fan-out through the Management API, loopback)")
    for count, samples in latency.items():
        ordered = sorted(samples)
        p90 = ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))]
        extra = median_ms(samples) - median_ms(latency[0])
        print(f"  {count:>2} tabs: median {median_ms(samples):6.2f} ms, p90 {p90 * 1000:6.2f} ms"
              f"{'' if count == 0 else f'   (+{extra:.2f} ms)'}")
    print(f"  connections left registered after the tabs closed: {registered}")
    print("$ per month, one open idle tab (Lambda + API Gateway)")
    print(f"  SSE long poll    ${sse_month:9.4f}   ({windows:,.0f} invocations of {sse_s:.2f} s)")
    print(f"  polling (5 s)    ${polling_month:9.4f}   ({polls:,.0f} invocations)")
    print(f"  WebSocket        ${ws_month:9.4f}   ({MONTH_SECONDS / 60:,.0f} connection-minutes, "
          f"{heartbeats:,.0f} heartbeats, {reconnects:,.0f} reconnects)   goal <= $0.10")
    print(f"$ for one busy hour ({BUSY_EVENTS} events), one tab")
    print(f"  SSE long poll    ${sse_hour:9.6f}")
    print(f"  polling (5 s)    ${polling_hour:9.6f}")
    print(f"  WebSocket        ${ws_hour:9.6f}")


if __name__ == "__main__":
    main()
