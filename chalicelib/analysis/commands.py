"""The analyzer's two commands: ``analyze --jsonl`` (DESIGN.md) and ``eval`` (the floors).

``analyze_jsonl`` reads ``{"id", "text", "channel"}`` lines and writes one verdict line per
input; a bad line yields ``{"id", "error"}`` and the run goes on, so one broken record in a
batch of thousands costs one line, not the batch.

``evaluate`` measures the offline analyzer on the labelled files under ``shared/data``.
Speaker labels ("Suspect:", "Innocent:") are stripped by normalisation before scoring,
because real input has none.
"""

from __future__ import annotations

import csv
import json
import pathlib
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any, TextIO

from . import analyze

__all__ = ["analyze_jsonl", "default_data_dir", "evaluate", "load_dataset", "DATASETS"]

# file (relative to the data dir) -> channel; loaders below know each file's label column.
DATASETS: dict[str, str] = {
    "calls/bothbosu-youtube-real-scams.csv": "call",
    "calls/bothbosu-single-agent-test.csv": "call",
    "calls/bothbosu-single-agent-train.csv": "call",
    "sms/uci-sms-spam-collection.tsv": "sms",
}


def default_data_dir(explicit: str | pathlib.Path | None = None) -> pathlib.Path:
    """``explicit`` if given, else the ``shared/data`` folder that sits beside the repo."""
    if explicit:
        return pathlib.Path(explicit).expanduser().resolve()
    repo = pathlib.Path(__file__).resolve().parents[2]
    return (repo / ".." / "shared" / "data").resolve()


def analyze_jsonl(inp: TextIO, out: TextIO) -> int:
    """Analyze each JSON line of ``inp`` into ``out``; return 1 if any line failed, else 0."""
    failed = False
    for lineno, line in enumerate(inp, start=1):
        if not line.strip():
            continue
        record_id: Any = None
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("line is not a JSON object")
            record_id = record.get("id")
            text = record.get("text")
            if not isinstance(text, str):
                raise ValueError("'text' must be a string")
            channel = record.get("channel", "call")
            if channel not in ("call", "sms"):
                raise ValueError("'channel' must be 'call' or 'sms'")
            result: dict[str, Any] = analyze(text, channel).to_dict(id=record_id)
        except (ValueError, TypeError) as exc:  # json.JSONDecodeError is a ValueError
            failed = True
            result = {"id": record_id, "error": f"line {lineno}: {exc}"}
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
    out.flush()
    return 1 if failed else 0


def load_dataset(path: pathlib.Path) -> Iterator[tuple[str, int]]:
    """Yield (text, label) with label 1 for scam / spam, from a BothBosu CSV or the UCI TSV."""
    if path.suffix == ".tsv":
        with path.open(encoding="utf-8") as handle:
            reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            next(reader, None)
            for row in reader:
                if len(row) >= 2:
                    yield "\t".join(row[1:]), int(row[0].strip().lower() == "spam")
        return
    csv.field_size_limit(10_000_000)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            yield row["dialogue"], int(row["labels"])


def _metrics(pairs: list[tuple[int, int]]) -> dict[str, float | int]:
    tp = sum(1 for y, p in pairs if y and p)
    fp = sum(1 for y, p in pairs if not y and p)
    fn = sum(1 for y, p in pairs if y and not p)
    tn = sum(1 for y, p in pairs if not y and not p)
    precision = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    recall = tp / (tp + fn) if tp + fn else float("nan")
    f1 = (2 * precision * recall / (precision + recall)
          if tp and precision + recall else 0.0)
    fpr = fp / (fp + tn) if fp + tn else float("nan")
    return {"n": len(pairs), "tp": tp, "fp": fp, "fn": fn, "tn": tn, "precision": precision,
            "recall": recall, "f1": f1, "fpr": fpr}


def evaluate(data_dir: pathlib.Path, out: TextIO = sys.stdout, *, engage_threshold: int = 70,
             analyzer: Callable[[str, str], Any] = analyze) -> dict[str, dict[str, Any]]:
    """Print and return precision, recall, F1 and false-positive rate per labelled file.

    Two rows per file: the ``is_scam`` verdict, and ``confidence >= engage_threshold`` (the
    decision that sends the agent, minus the need for a callback number).
    """
    data_dir = pathlib.Path(data_dir)
    results: dict[str, dict[str, Any]] = {}
    header = (f"{'file':<42} {'rule':<8} {'n':>5} {'pos':>4} {'prec':>6} {'recall':>6} "
              f"{'f1':>6} {'fpr':>6} {'tx/s':>7}")
    out.write(header + "\n" + "-" * len(header) + "\n")
    for name, channel in DATASETS.items():
        path = data_dir / name
        if not path.exists():
            out.write(f"{name:<42} missing\n")
            continue
        rows = list(load_dataset(path))
        started = time.perf_counter()
        verdicts = [analyzer(text, channel) for text, _ in rows]
        rate = len(rows) / max(time.perf_counter() - started, 1e-9)
        at_scam = _metrics([(y, int(v.is_scam)) for (_, y), v in zip(rows, verdicts)])
        at_engage = _metrics([(y, int(v.confidence >= engage_threshold))
                              for (_, y), v in zip(rows, verdicts)])
        results[name] = {"channel": channel, "is_scam": at_scam,
                         f"confidence>={engage_threshold}": at_engage, "per_second": rate}
        for rule, m in (("is_scam", at_scam), (f">={engage_threshold}", at_engage)):
            out.write(f"{name:<42} {rule:<8} {m['n']:>5} {m['tp'] + m['fn']:>4} "
                      f"{_fmt(m['precision'])} {_fmt(m['recall'])} {_fmt(m['f1'])} "
                      f"{_fmt(m['fpr'])} {rate:>7.0f}\n")
    out.flush()
    return results


def _fmt(value: float | int) -> str:
    return "   n/a" if value != value else f"{value:>6.3f}"  # NaN: no row of that class
