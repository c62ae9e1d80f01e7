"""What the campaign step adds to each scam call, and what the intelligence reads cost.

Run: ``python -m bench.bench_campaigns [--n 300]``

For TCP Redis and Upstash (the REST bridge in front of the same redis-server), with the
synthetic campaigns of the tests (6 operations, reworded scripts, rotating numbers):

* per detection: median and p95 time of ``campaigns.record_detection`` (fingerprint included;
  standalone, so one round trip more than in the pipeline, where the writes ride in the
  analysis step's commit), its round trips, and the Redis commands it runs, by name (counted
  by the server; the commands inside the one EVAL are counted one by one, as Upstash bills them);
* the fingerprint alone (pure Python, one core);
* memory per detection (``MEMORY USAGE`` of every campaign and blocklist key);
* reads: the dashboard's top campaigns, and the blocklist export as CSV, JSON and STIX;
* what that means on Upstash's free tier (500K commands a month).

Medians from one run on a shared machine: compare ratios, not absolutes.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections import Counter
from typing import Any, Callable

from chalicelib import campaigns, fingerprint
from chalicelib.analysis import analyze
from chalicelib.intel import blocklist, views
from chalicelib.settings import Settings
from chalicelib.store import create_store
from tests.support.redis_server import RedisServer
from tests.support.scam_campaigns import generate
from tests.support.upstash_bridge import UpstashBridge

FREE_TIER = 500_000


def _stats(server: RedisServer) -> Counter[str]:
    return Counter({k: v for k, v in server.command_stats().items() if not k.startswith(("info", "config", "client|"))})


def _corpus(n: int) -> list[tuple[str, str, Any]]:
    """n scam detections (text, channel, analysis) from the synthetic campaigns, several seeds."""
    out: list[tuple[str, str, Any]] = []
    seed = 100
    while len(out) < n:
        for call in generate(seed=seed):
            analysis = analyze(call.text, call.channel)
            if analysis.is_scam:
                out.append((call.text, call.channel, analysis))
        seed += 1
    return out[:n]


def bench_backend(name: str, settings: Settings, server: RedisServer, corpus: list[tuple[str, str, Any]]) -> dict[str, Any]:
    store = create_store(settings)
    server.client().flushall()
    times, trips = [], []
    server.reset_stats()
    for i, (text, channel, analysis) in enumerate(corpus):
        store.execute("hset", f"hl:call:CA{i}", "_from", json.dumps(f"+1202555{i % 10000:04d}"))
        before = store.round_trips
        started = time.perf_counter()
        campaigns.record_detection(store, settings, f"CA{i}", channel, text, analysis)
        times.append(time.perf_counter() - started)
        trips.append(store.round_trips - before)
    commands = _stats(server)
    commands["hset"] -= len(corpus)  # the benchmark's own stand-in call records
    client = server.client()
    memory = sum(client.memory_usage(k) or 0 for k in client.scan_iter("hl:*") if not k.startswith((b"hl:call:", b"hl:calls:")))

    def timed(action: Callable[[], object], repeat: int = 5) -> tuple[float, int]:
        server.reset_stats()
        action()
        count = sum(_stats(server).values())
        samples = []
        for _ in range(repeat):
            started = time.perf_counter()
            action()
            samples.append(time.perf_counter() - started)
        return statistics.median(samples), count

    reads = {
        "top campaigns (7 days)": timed(lambda: views.top_campaigns(store, settings, days=7, limit=10)),
        "export csv": timed(lambda: blocklist.export(store, settings, "csv")),
        "export json": timed(lambda: blocklist.export(store, settings, "json")),
        "export stix": timed(lambda: blocklist.export(store, settings, "stix")),
    }
    numbers = len(blocklist.blocklist_rows(store, settings))
    store.close()
    ordered = sorted(times)
    return {
        "backend": name, "n": len(corpus), "median_ms": statistics.median(times) * 1000,
        "p95_ms": ordered[int(len(ordered) * 0.95) - 1] * 1000, "trips": statistics.mean(trips),
        "commands": sum(commands.values()) / len(corpus), "by_name": {k: v / len(corpus) for k, v in commands.most_common(12)},
        "memory_per_detection": memory / len(corpus), "reads": reads, "numbers": numbers,
        "campaigns": len(client.zrange(campaigns.INDEX_KEY, 0, -1)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=300, help="detections per backend")
    args = parser.parse_args()
    corpus = _corpus(args.n)
    sig_times = []
    for text, _, _ in corpus:
        started = time.perf_counter()
        fingerprint.signature(text)
        sig_times.append(time.perf_counter() - started)
    rows = []
    with RedisServer() as server, UpstashBridge(server.url) as bridge:
        for name, env in (("redis", {"REDIS_URL": server.url}),
                          ("upstash", {"UPSTASH_REDIS_REST_URL": bridge.url, "UPSTASH_REDIS_REST_TOKEN": bridge.token})):
            rows.append(bench_backend(name, Settings.from_env(env), server, corpus))
    words = statistics.median(len(t.split()) for t, _, _ in corpus)
    print(f"campaign step, {args.n} scam detections from the synthetic campaigns (median {words:.0f} words)")
    print(f"fingerprint alone: median {statistics.median(sig_times) * 1e6:.0f} µs per transcript (pure Python, one core)")
    print(f"{'backend':<8} {'median ms':>9} {'p95 ms':>7} {'trips':>6} {'commands':>9} {'bytes/detection':>16} {'campaigns':>10} {'numbers':>8}")
    for r in rows:
        print(f"{r['backend']:<8} {r['median_ms']:>9.2f} {r['p95_ms']:>7.2f} {r['trips']:>6.1f} {r['commands']:>9.1f} "
              f"{r['memory_per_detection']:>16.0f} {r['campaigns']:>10} {r['numbers']:>8}")
    top = rows[0]
    print("commands per detection by name: " + ", ".join(f"{k} {v:.1f}" for k, v in top["by_name"].items()))
    print(f"{'read':<24} " + " ".join(f"{r['backend'] + ' ms':>10} {'cmds':>5}" for r in rows))
    for what in top["reads"]:
        print(f"{what:<24} " + " ".join(f"{r['reads'][what][0] * 1000:>10.1f} {r['reads'][what][1]:>5}" for r in rows))
    per_call = rows[-1]["commands"]
    print(f"Upstash free tier ({FREE_TIER:,} commands/month): the campaign step alone allows "
          f"{FREE_TIER / per_call:,.0f} scam detections a month ({per_call:.0f} commands each); "
          f"1,000 scams a month cost {1000 * per_call:,.0f} commands, about ${1000 * per_call / 100_000 * 0.2:.2f} "
          f"at $0.2 per 100K beyond the free tier.")


if __name__ == "__main__":
    main()
