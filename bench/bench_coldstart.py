"""Cold start: importing the app, and its first requests, in fresh interpreters.

Run: ``python -m bench.bench_coldstart [--runs 7]``

What a new Lambda container pays before answering: ``import app`` (the route
table and everything it imports at module level), then the first Twilio voice
webhook and the first health check (settings, store and TwiML built on first
use). Each figure is the median over fresh processes, minus a bare interpreter's
start-up for the import. Heavy SDKs (boto3, qstash, twilio.rest, upstash_redis)
are imported only where used, so they are not in these numbers.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROBE = r"""
import json, time
t0 = time.perf_counter()
import app
t1 = time.perf_counter()
from chalice.test import Client
with Client(app.app) as c:
    t2 = time.perf_counter()
    c.http.post("/api/twilio-webhook?type=voice", headers={"Content-Type": "application/x-www-form-urlencoded"},
                body="CallSid=CA1&From=%2B14155550123&To=%2B18005550100")
    t3 = time.perf_counter()
    c.http.get("/api/health")
    t4 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "first_voice": t3 - t2, "first_health": t4 - t3}))
"""


def _run(code: str) -> str:
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "HOME": "/tmp"}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, check=True).stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    samples = [json.loads(_run(PROBE).strip().splitlines()[-1]) for _ in range(args.runs)]
    print(f"cold start, embedded store, median of {args.runs} fresh interpreters (one run)")
    for key, label in (("import", "import app"), ("first_voice", "first voice webhook"), ("first_health", "first health check")):
        print(f"{label:<22} {statistics.median(s[key] for s in samples) * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
