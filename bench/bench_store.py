"""Store and event-bus figures on each backend.

Run: ``python -m bench.bench_store [--n 2000]``

Prints, per backend: median publish and read_since latency, publish throughput,
and the Redis commands each operation costs (read from ``INFO commandstats`` of a
real redis-server; the Upstash figures go through the Upstash-REST bridge in front
of that same server, so they count what Upstash would bill). Medians from one run;
the machine is shared, so compare ratios rather than absolute numbers.
"""

from __future__ import annotations

import argparse
import statistics
import time
from typing import Callable

from chalicelib.events import EventBus
from chalicelib.settings import Settings
from chalicelib.store import create_store
from tests.support.redis_server import RedisServer
from tests.support.upstash_bridge import UpstashBridge


def _timed(fn: Callable[[], object], n: int) -> list[float]:
    samples = []
    for _ in range(n):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return samples


def _commands(server: RedisServer | None, action: Callable[[], object]) -> int | None:
    """Redis commands ``action`` costs, from the server's own counters.

    INFO/CONFIG are the benchmark's own; CLIENT SETINFO is redis-py's one-off handshake
    on a new connection, not a per-operation cost.
    """
    if server is None:
        return None
    server.reset_stats()
    action()
    stats = server.command_stats()
    return sum(v for k, v in stats.items() if not k.startswith(("info", "config", "client|")))


def bench_backend(name: str, settings: Settings, server: RedisServer | None, n: int, wait_s: float) -> dict[str, object]:
    store = create_store(settings)
    bus = EventBus(store, settings)
    publish = lambda: bus.publish("call_status_update", {"callSid": "CA0123", "status": "ringing"})  # noqa: E731
    publish()  # warm connections
    pub = _timed(publish, n)
    first_half = bus.read_since("0-0", 50)[1]
    reads = _timed(lambda: bus.read_since(first_half, 50), max(100, n // 4))
    result = {
        "backend": name,
        "publish_median_us": statistics.median(pub) * 1e6,
        "publish_per_s": n / sum(pub),
        "read_median_us": statistics.median(reads) * 1e6,
        "cmds_per_publish": _commands(server, publish),
        "cmds_per_read": _commands(server, lambda: bus.read_since(first_half, 50)),
    }
    bus.wait_for_events(bus.current_cursor(), 0.1)  # warm the blocking connection
    idle = _commands(server, lambda: bus.wait_for_events(bus.current_cursor(), wait_s))
    # current_cursor() itself costs one XREVRANGE: subtract it to count the wait alone.
    result["cmds_per_idle_wait"] = None if idle is None else idle - 1
    result["cmds_per_waiting_s"] = None if idle is None else (idle - 1) / wait_s
    store.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=2000, help="publishes per backend")
    parser.add_argument("--wait", type=float, default=3.0, help="seconds of idle waiting to measure")
    args = parser.parse_args()
    rows = []
    with RedisServer() as server:
        with UpstashBridge(server.url) as bridge:
            configs = [
                ("embedded", Settings.from_env({}), None),
                ("redis", Settings.from_env({"REDIS_URL": server.url}), server),
                (
                    "upstash",
                    Settings.from_env({"UPSTASH_REDIS_REST_URL": bridge.url, "UPSTASH_REDIS_REST_TOKEN": bridge.token}),
                    server,
                ),
            ]
            for name, settings, counted in configs:
                server.client().flushall()
                rows.append(bench_backend(name, settings, counted, args.n, args.wait))
    fmt = lambda v, spec: "n/a" if v is None else format(v, spec)  # noqa: E731
    print(f"event bus, {args.n} publishes per backend, idle wait {args.wait:g} s (medians, one run)")
    print(f"{'backend':<9} {'publish µs':>11} {'publish/s':>10} {'read µs':>9} {'cmd/pub':>8} {'cmd/read':>9} {'cmd/idle wait':>14} {'cmd/wait-s':>11}")
    for r in rows:
        print(
            f"{r['backend']:<9} {r['publish_median_us']:>11.0f} {r['publish_per_s']:>10.0f} {r['read_median_us']:>9.0f} "
            f"{fmt(r['cmds_per_publish'], 'd'):>8} {fmt(r['cmds_per_read'], 'd'):>9} "
            f"{fmt(r['cmds_per_idle_wait'], 'd'):>14} {fmt(r['cmds_per_waiting_s'], '.2f'):>11}"
        )
    print("embedded: in-process, no billed commands. upstash: counted on the Redis behind the REST bridge.")


if __name__ == "__main__":
    main()
