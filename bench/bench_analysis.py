"""Benchmark the offline analyzer: transcripts per second on one core, and import time.

Run: ``python -m bench.bench_analysis [--data DIR] [--runs N]``.

* throughput: the repository's voicemail-length dev sets (``tests/data``: scam and honest
  voicemails and robocalls, then the two-party calls, then the texts), the BothBosu test
  split and the real calls (speaker labels included, as the eval reads them) and the UCI
  SMS, each analysed
  ``--runs`` times in this one process, pinned to one core; the median run is reported, in
  texts per CPU-second of this process (a shared machine's other work does not count).
  The number validator's cache is emptied before every pass, so repeating a corpus does not
  flatter it, and the first pass over each corpus (texts never seen before) is printed beside
  the median: the voicemails run first, so by the later corpora every signal branch has been
  compiled, as in a warm Lambda container;
* worst case: a 60 KB digit-heavy SMS (read up to the 4 KB cap, number checks budgeted);
* length: one call transcript of 2 KB to 128 KB (the dev conversations joined): the time grows
  with the length up to ``MAX_CALL_CHARS`` (read in windows) and stays flat beyond it;
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

import random  # noqa: E402

from chalicelib.analysis import MAX_CALL_CHARS, analyze  # noqa: E402
from chalicelib.analysis._numbers import _valid  # noqa: E402
from chalicelib.analysis.commands import (DATASETS, default_data_dir, dev_dir,  # noqa: E402
                                          load_dataset, load_devset)


def _pin_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
        except OSError:
            pass


def throughput(texts: list[str], channel: str, runs: int) -> tuple[float, float]:
    """(median, first) texts per second over ``runs`` passes: the first pass reads texts the
    process has never seen (nothing is cached per text, so the two should agree)."""
    rates = []
    for _ in range(runs):
        _valid.cache_clear()
        started = time.process_time()  # CPU time: other processes on the core do not count
        for text in texts:
            analyze(text, channel)
        rates.append(len(texts) / (time.process_time() - started))
    return statistics.median(rates), rates[0]


def worst_case_ms(runs: int) -> float:
    """Median CPU milliseconds to analyse a fresh 60 KB SMS of random 8-digit numbers."""
    rng = random.Random(7)
    times = []
    for _ in range(runs):
        sms = " ".join(str(rng.randint(0, 99_999_999)) for _ in range(8_000))[:60_000]
        _valid.cache_clear()
        started = time.process_time()
        analyze(sms, "sms")
        times.append((time.process_time() - started) * 1000)
    return statistics.median(times)


def length_ms(conversations: list[str], sizes: tuple[int, ...], runs: int) -> list[float]:
    """Median CPU milliseconds to analyse one call transcript of each size in ``sizes``."""
    corpus = " ".join(conversations)
    while len(corpus) < max(sizes):
        corpus += " " + corpus
    result = []
    for size in sizes:
        text = corpus[:size]
        times = []
        for _ in range(runs):
            _valid.cache_clear()
            started = time.process_time()
            analyze(text, "call")
            times.append((time.process_time() - started) * 1000)
        result.append(statistics.median(times))
    return result


def _report(label: str, texts: list[str], channel: str, runs: int) -> None:
    words = statistics.median(len(t.split()) for t in texts)
    rate, first = throughput(texts, channel, runs)
    print(f"{label:<42} {len(texts):>5} texts, median {words:>4.0f} words: "
          f"{rate:>8.0f} per CPU-second (one core, median of {runs}; first pass {first:.0f})")


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
    analyze("warm up: call 1 800 555 0199")  # lazy imports and regex compilation, once
    dev = dev_dir()
    voicemails = [text for name in ("scam_voicemails.txt", "legit_voicemails.txt")
                  for _, text in load_devset(dev / name)]
    conversations = [text for name in ("scam_conversations.txt", "legit_conversations.txt")
                     for _, text in load_devset(dev / name)]
    texts = [text for name in ("scam_sms.txt", "legit_sms.txt")
             for _, text in load_devset(dev / name)]
    _report("tests/data voicemails and robocalls", voicemails, "call", args.runs)
    _report("tests/data two-party calls", conversations, "call", args.runs)
    _report("tests/data SMS (smishing and honest)", texts, "sms", args.runs)
    test_split = data / "calls/bothbosu-single-agent-test.csv"
    if test_split.exists():  # a 30-second voicemail is about 75 words
        cut = [" ".join(text.split()[:75]) for text, _ in load_dataset(test_split)]
        _report("BothBosu test split cut to 75 words", cut, "call", args.runs)
    for name in ("calls/bothbosu-single-agent-test.csv", "calls/bothbosu-youtube-real-scams.csv",
                 "sms/uci-sms-spam-collection.tsv"):
        path = data / name
        if not path.exists():
            print(f"{name}: missing")
            continue
        _report(name, [text for text, _ in load_dataset(path)], DATASETS[name], args.runs)
    print(f"a 60 KB digit-heavy SMS: {worst_case_ms(args.runs):.1f} ms (median of {args.runs})")
    sizes = (2_048, 8_192, 32_768, 131_072)
    timings = length_ms(conversations, sizes, args.runs)
    print("one call transcript by length (median of %d): " % args.runs + ", ".join(
        f"{size // 1024} KB {ms:.1f} ms" for size, ms in zip(sizes, timings))
        + f" (read up to {MAX_CALL_CHARS // 1024} KB)")
    print(f"import chalicelib.analysis: {import_ms(max(args.runs, 7)):.1f} ms "
          f"(median of fresh interpreters minus `python -c pass`)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
