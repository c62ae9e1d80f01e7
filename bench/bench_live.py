"""Live delivery: from a Twilio webhook to the event on the dashboard, in a real browser.

Run: ``python -m bench.bench_live [--events 30] [--window 3]``
(needs Debian's ``chromium`` at /usr/bin/chromium, the ``playwright`` package and ``redis-server``).

For each backend (embedded, TCP Redis; ``--upstash`` adds Upstash through the
REST bridge) the app runs on a real local HTTP server (the ``make run``
stack) and the dashboard page runs in headless Chromium, over SSE and over a
WebSocket through the loopback API Gateway stand-in (``--modes``). Each sample
is the wall-clock time from just before a signed ``voice`` webhook is POSTed to
the moment the page has put the ``incoming_call`` line into its live feed
(the page's own ``performance.timeOrigin + performance.now()``, same machine
clock). Events are spaced 0.4-1.2 s apart, so each finds a long poll waiting;
a burst inside the 250 ms reconnect gap (``retry: 250``) waits up to that much more.

Redis commands (TCP backend, ``INFO commandstats``): per idle SSE window as the
browser really drives it (commands / long polls while nothing happens), per
``mode=poll`` request, and per voice webhook. Figures from one run on a shared
machine: compare ratios rather than absolute numbers.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
import uuid
from contextlib import ExitStack
from typing import Any, Callable

import httpx

from chalicelib.demo import sign
from chalicelib.settings import Settings
from tests.support.live_server import LiveServer, browser_missing, launch_chromium
from tests.support.redis_server import RedisServer

TWILIO_TOKEN = "bench-twilio-token"
CALLER = "+12025550147"
HONEYPOT = "+14155550100"


def percentile(samples: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0-100): with 30 samples, p99 is the slowest one."""
    ordered = sorted(samples)
    rank = max(1, min(len(ordered), round(p / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def voice_webhook(server: LiveServer, client: httpx.Client) -> tuple[str, float]:
    """POST one signed ``voice`` webhook for a new call; the call SID and the send time (epoch ms)."""
    sid = "CA" + uuid.uuid4().hex
    params = {"CallSid": sid, "From": CALLER, "To": HONEYPOT, "CallStatus": "ringing", "Direction": "inbound"}
    url = f"{server.url}/api/twilio-webhook?type=voice"
    headers = {"X-Twilio-Signature": sign(TWILIO_TOKEN, url, params)}
    sent = time.time() * 1000
    response = client.post(url, data=params, headers=headers)
    response.raise_for_status()
    return sid, sent


def measure_latency(server: LiveServer, browser: Any, events: int, mode: str = "sse") -> list[float]:
    """Milliseconds from webhook sent to the line visible in the page, one per event."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        page.goto(server.url + "/")
        page.wait_for_function(f"() => window.honeyline && window.honeyline.mode === '{mode}'", timeout=15000)
        samples = []
        with httpx.Client(timeout=10) as client:
            voice_webhook(server, client)  # warm-up: imports, connections, the first reconnect
            time.sleep(1.0)
            for _ in range(events):
                sid, sent = voice_webhook(server, client)
                handle = page.wait_for_function(
                    "sid => (window.honeyline.arrivals.find(a => a.subject === sid) || {}).at", arg=sid, timeout=15000)
                samples.append(handle.json_value() - sent)
                time.sleep(random.uniform(0.4, 1.2))
        return samples
    finally:
        context.close()


def count_commands(redis: RedisServer, action: Callable[[], object]) -> dict[str, int]:
    """Redis commands ``action`` caused, by name (the benchmark's own INFO/CONFIG/CLIENT excluded)."""
    redis.reset_stats()
    action()
    return {k: v for k, v in redis.command_stats().items() if not k.startswith(("info", "config", "client|"))}


def idle_sse_commands(server: LiveServer, browser: Any, redis: RedisServer, windows: int, window: float) -> dict[str, int]:
    """Commands for ``windows`` consecutive idle long polls of a page sitting on SSE.

    Counted between window boundaries as the page sees them (``connection_timeout``
    messages it received): the counters are reset right after one window ends, before the
    browser's reconnect (``retry: 250`` ms), and read right after the last one ends.
    Playwright neither reports EventSource requests nor can it proxy them without stalling them.
    """
    context = browser.new_context()
    page = context.new_page()
    # Arrow functions, not expressions: the page's CSP forbids eval, which Playwright uses for expressions.
    timeouts = "(window.honeyline.received.connection_timeout || 0)"
    wait = (window + 5) * 1000
    try:
        page.goto(server.url + "/")
        page.wait_for_function(f"() => {timeouts} >= 1", timeout=wait)  # past the snapshot, into idle windows
        start = page.evaluate(f"() => {timeouts}")
        page.wait_for_function(f"() => {timeouts} > {start}", timeout=wait, polling=5)
        redis.reset_stats()
        page.wait_for_function(f"() => {timeouts} >= {start + 1 + windows}", timeout=wait * windows, polling=5)
        return {k: v for k, v in redis.command_stats().items() if not k.startswith(("info", "config", "client|"))}
    finally:
        context.close()


def poll_commands(server: LiveServer, redis: RedisServer, n: int = 20) -> tuple[float, dict[str, int]]:
    with httpx.Client(timeout=10) as client:
        cursor = client.get(f"{server.url}/api/live-updates?mode=poll").json()["cursor"]

        def polls() -> None:
            for _ in range(n):
                client.get(f"{server.url}/api/live-updates?mode=poll&since={cursor}").raise_for_status()

        stats = count_commands(redis, polls)
    return sum(stats.values()) / n, stats


def webhook_commands(server: LiveServer, redis: RedisServer, n: int = 10) -> tuple[float, dict[str, int]]:
    with httpx.Client(timeout=10) as client:
        stats = count_commands(redis, lambda: [voice_webhook(server, client) for _ in range(n)])
    return sum(stats.values()) / n, stats


def dashboard_commands(server: LiveServer, redis: RedisServer, n: int = 10) -> tuple[float, int, dict[str, int]]:
    """Commands per uncached dashboard refresh, and how many call records seeded its feed."""
    with httpx.Client(timeout=10) as client:
        seeded = len(client.get(f"{server.url}/api/dashboard?nocache=true").json()["recentCalls"])
        stats = count_commands(redis, lambda: [
            client.get(f"{server.url}/api/dashboard?nocache=true").raise_for_status() for _ in range(n)])
    return sum(stats.values()) / n, seeded, stats


def describe(stats: dict[str, int]) -> str:
    return ", ".join(f"{name.upper()} {calls}" for name, calls in sorted(stats.items(), key=lambda kv: -kv[1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=30, help="webhooks per backend (default 30)")
    parser.add_argument("--window", type=float, default=3.0, help="LIVE_UPDATES_WINDOW_SECONDS for the run (default 3)")
    parser.add_argument("--idle-windows", type=int, default=4, help="idle SSE windows to count commands over")
    parser.add_argument("--upstash", action="store_true", help="also measure Upstash through the REST bridge")
    parser.add_argument("--modes", default="sse,websocket", help="live transports to measure (default sse,websocket)")
    args = parser.parse_args()
    missing = browser_missing()
    if missing:
        raise SystemExit(f"bench_live needs a browser: {missing}")
    from playwright.sync_api import sync_playwright

    base_env = {"TWILIO_AUTH_TOKEN": TWILIO_TOKEN, "TWILIO_PHONE_NUMBER": HONEYPOT,
                "LIVE_UPDATES_WINDOW_SECONDS": str(args.window), "TRANSCRIPTION_WAIT_SECONDS": "900",
                "LOG_LEVEL": "warning"}
    rows, command_lines = [], []
    with ExitStack() as stack:
        redis = stack.enter_context(RedisServer())
        backends: list[tuple[str, dict[str, str]]] = [("embedded", {}), ("redis", {"REDIS_URL": redis.url})]
        if args.upstash:
            from tests.support.upstash_bridge import UpstashBridge

            bridge = stack.enter_context(UpstashBridge(redis.url))
            backends.append(("upstash", {"UPSTASH_REDIS_REST_URL": bridge.url, "UPSTASH_REDIS_REST_TOKEN": bridge.token}))
        playwright = stack.enter_context(sync_playwright())
        browser = launch_chromium(playwright)
        stack.callback(browser.close)
        for name, env in backends:
            redis.client().flushall()
            if "websocket" in args.modes.split(","):
                from chalicelib.local_gateway import LocalWebsocketGateway

                with LocalWebsocketGateway() as gateway:
                    push_env = {"WEBSOCKET_URL": gateway.ws_url, "WEBSOCKET_MANAGEMENT_URL": gateway.management_url}
                    with LiveServer(Settings.from_env({**base_env, **env, **push_env})) as server:
                        rows.append((f"{name}/ws", measure_latency(server, browser, args.events, "websocket")))
            if "sse" not in args.modes.split(","):
                continue
            with LiveServer(Settings.from_env({**base_env, **env})) as server:
                samples = measure_latency(server, browser, args.events)
                rows.append((f"{name}/sse", samples))
                if name == "embedded":
                    continue
                time.sleep(args.window + 0.5)  # the closed page's last long poll is still held: let it end
                per_webhook, hook_stats = webhook_commands(server, redis)
                per_poll, poll_stats = poll_commands(server, redis)
                per_refresh, seeded, refresh_stats = dashboard_commands(server, redis)
                idle = idle_sse_commands(server, browser, redis, args.idle_windows, args.window)
                command_lines += [
                    f"{name}: idle SSE long poll ({args.window:g} s window): {sum(idle.values()) / args.idle_windows:.1f} "
                    f"commands ({describe(idle)} over {args.idle_windows} windows)",
                    f"{name}: one mode=poll request: {per_poll:.1f} commands ({describe(poll_stats)} over 20)",
                    f"{name}: one voice webhook: {per_webhook:.1f} commands ({describe(hook_stats)} over 10)",
                    f"{name}: one dashboard refresh, feed seeded from {seeded} call records: {per_refresh:.1f} "
                    f"commands in 2 round trips ({describe(refresh_stats)} over 10)",
                ]

    print(f"webhook -> dashboard line, headless Chromium, {args.events} events per backend and mode (ms, one run)")
    print(f"{'backend/mode':<14} {'p50':>7} {'p90':>7} {'p99':>7} {'min':>7} {'max':>7}")
    for name, samples in rows:
        print(f"{name:<14} {statistics.median(samples):>7.1f} {percentile(samples, 90):>7.1f} "
              f"{percentile(samples, 99):>7.1f} {min(samples):>7.1f} {max(samples):>7.1f}")
    print("Redis commands (INFO commandstats on the redis-server behind the backend):")
    for line in command_lines:
        print("  " + line)


if __name__ == "__main__":
    main()
