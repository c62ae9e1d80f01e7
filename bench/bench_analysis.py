"""Benchmark the offline analyzer: transcripts per second on one core, and import time.

Run: ``python -m bench.bench_analysis [--data DIR] [--runs N]``.

* throughput: the BothBosu test split and the real calls (speaker labels included, as the
  eval reads them) and the UCI SMS, each analysed ``--runs`` times in this one process;
  the median run is reported;
* import time: the median wall time of fresh ``python -c "import chalicelib.analysis"``
  processes minus the median of ``python -c pass``, so interpreter start-up is not counted.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from chalicelib.analysis import analyze  # noqa: E402
from chalicelib.analysis.commands import DATASETS, default_data_dir, load_dataset  # noqa: E402


def _pin_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
        except OSError:
            pass


def throughput(texts: list[str], channel: str, runs: int) -> float:
    """Median texts per second over ``runs`` passes."""
    rates = []
    for _ in range(runs):
        started = time.perf_counter()
        for text in texts:
            analyze(text, channel)
        rates.append(len(texts) / (time.perf_counter() - started))
    return statistics.median(rates)


def _wall(code: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
    return time.perf_counter() - started


def import_ms(runs: int) -> float:
    """Median import cost of chalicelib.analysis in a fresh interpreter, in milliseconds."""
    base = statistics.median(_wall("pass") for _ in range(runs))
    full = statistics.median(_wall("import chalicelib.analysis") for _ in range(runs))
    return max(0.0, (full - base) * 1000)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None, help="labelled data dir (default: shared/data)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    _pin_one_core()
    data = default_data_dir(args.data)
    for name in ("calls/bothbosu-single-agent-test.csv", "calls/bothbosu-youtube-real-scams.csv",
                 "sms/uci-sms-spam-collection.tsv"):
        path = data / name
        if not path.exists():
            print(f"{name}: missing")
            continue
        texts = [text for text, _ in load_dataset(path)]
        words = statistics.median(len(t.split()) for t in texts)
        rate = throughput(texts, DATASETS[name], args.runs)
        print(f"{name:<42} {len(texts):>5} texts, median {words:>4.0f} words: "
              f"{rate:>8.0f} per second (one core, median of {args.runs})")
    print(f"import chalicelib.analysis: {import_ms(max(args.runs, 7)):.1f} ms "
          f"(median of fresh interpreters minus `python -c pass`)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
