"""``python -m bench``: every benchmark, one after the other, each in its own process."""

import subprocess
import sys

BENCHMARKS = ("bench_coldstart", "bench_store", "bench_twilio", "bench_pipeline", "bench_faults", "bench_agent", "bench_analysis", "bench_live", "bench_live_cost",
              "bench_campaigns")

failed = []
for name in BENCHMARKS:
    print(f"\n== python -m bench.{name}", flush=True)
    if subprocess.run([sys.executable, "-m", f"bench.{name}"]).returncode:
        failed.append(name)
sys.exit(f"failed: {', '.join(failed)}" if failed else 0)
