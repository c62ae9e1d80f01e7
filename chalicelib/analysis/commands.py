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
import math
import pathlib
import sys
import time
import zlib
from collections.abc import Callable, Iterator
from typing import Any, TextIO

from . import analyze

__all__ = ["DATASETS", "analyze_jsonl", "calibrate", "channel_of", "default_data_dir", "dev_dir",
           "evaluate", "fit_platt", "load_dataset", "load_devset", "reliability_table", "split_of"]

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


def dev_dir() -> pathlib.Path:
    """The repository's own development sets (``tests/data``, see its README)."""
    return pathlib.Path(__file__).resolve().parents[2] / "tests" / "data"


def split_of(text: str) -> str:
    """``holdout`` for about 40% of lines by a stable hash of the text, else ``tune``."""
    return "holdout" if zlib.crc32(text.encode("utf-8")) % 5 < 2 else "tune"


def channel_of(path: pathlib.Path) -> str:
    """The channel a dev-set file is read as: ``*sms*.txt`` are texts, the rest call transcripts."""
    return "sms" if "sms" in path.stem else "call"


def uci_split(index: int) -> str:
    """UCI rows: the even ones tune (``calibrate`` fits on them), the odd ones are held out."""
    return "holdout" if index % 2 else "tune"


def load_devset(path: pathlib.Path) -> Iterator[tuple[str, str]]:
    """Yield (kind, text) from a dev-set file: ``## kind`` headers, one transcript a line."""
    kind = "other"
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if line.startswith("## "):
                kind = line[3:].strip()
            elif line and not line.startswith("#"):
                yield kind, line


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


def _row(out: TextIO, name: str, rule: str, m: dict[str, Any], rate: float | None) -> None:
    rate_text = f"{rate:>7.0f}" if rate is not None else f"{'':>7}"
    out.write(f"{name:<44} {rule:<8} {m['n']:>5} {m['tp'] + m['fn']:>4} {_fmt(m['precision'])} "
              f"{_fmt(m['recall'])} {_fmt(m['f1'])} {_fmt(m['fpr'])} {rate_text}\n")


def evaluate(data_dir: pathlib.Path, out: TextIO = sys.stdout, *, engage_threshold: int = 70,
             analyzer: Callable[[str, str], Any] = analyze,
             dev: pathlib.Path | None = None) -> dict[str, dict[str, Any]]:
    """Print and return precision, recall, F1 and false-positive rate per labelled file.

    Two rows per file: ``flag`` (the ``is_scam`` verdict) and ``>=engage`` (confidence at the
    engage threshold: the decision that sends the agent, minus the need for a callback
    number).  The repository's dev sets (``dev``, default ``tests/data``) follow, split into
    ``tune`` and ``holdout``, with per-kind recall, the legitimate lines that were flagged or
    would be engaged, and a reliability table of the probabilities.
    """
    data_dir = pathlib.Path(data_dir)
    results: dict[str, dict[str, Any]] = {}
    header = (f"{'file':<44} {'rule':<8} {'n':>5} {'pos':>4} {'prec':>6} {'recall':>6} "
              f"{'f1':>6} {'fpr':>6} {'tx/s':>7}")
    out.write(header + "\n" + "-" * len(header) + "\n")
    scored: list[tuple[str, int, int]] = []  # (channel, label, confidence) for reliability
    for name, channel in DATASETS.items():
        path = data_dir / name
        if not path.exists():
            out.write(f"{name:<44} missing\n")
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
        # Reliability on held-out rows only: the rules were written on the train split, and
        # ``calibrate`` fits the SMS scale on the even UCI rows.
        if name != "calls/bothbosu-single-agent-train.csv":
            scored += [(channel, y, v.confidence) for i, ((_, y), v) in enumerate(zip(rows, verdicts))
                       if channel == "call" or uci_split(i) == "holdout"]
        _row(out, name, "flag", at_scam, rate)
        _row(out, name, f">={engage_threshold}", at_engage, rate)
        if channel == "sms":  # the split ``calibrate`` keeps: quote the held-out row
            for split in ("tune", "holdout"):
                picked = [(y, v) for i, ((_, y), v) in enumerate(zip(rows, verdicts))
                          if uci_split(i) == split]
                flagged = _metrics([(y, int(v.is_scam)) for y, v in picked])
                results[f"{name}[{split}]"] = {"channel": channel, "is_scam": flagged}
                _row(out, f"{name}[{split}]", "flag", flagged, None)
    dev = dev_dir() if dev is None else pathlib.Path(dev)
    if dev.is_dir():
        results.update(_evaluate_dev(dev, out, engage_threshold, analyzer, scored))
    out.write(reliability_table(scored))
    out.flush()
    return results


def _evaluate_dev(dev: pathlib.Path, out: TextIO, engage: int, analyzer: Callable[[str, str], Any],
                  scored: list[tuple[str, int, int]]) -> dict[str, dict[str, Any]]:
    """The dev-set rows of :func:`evaluate`: per split, per kind, and every legitimate miss."""
    results: dict[str, dict[str, Any]] = {}
    notes: list[str] = []
    for path in sorted(dev.glob("*.txt")):
        label = 0 if path.name.startswith("legit") else 1
        channel = channel_of(path)
        rows = [(kind, text, split_of(text)) for kind, text in load_devset(path)]
        verdicts = [analyzer(text, channel) for _, text, _ in rows]
        for split in ("tune", "holdout"):
            picked = [(kind, v) for (kind, _, s), v in zip(rows, verdicts) if s == split]
            name = f"dev/{path.stem}[{split}]"
            flag = _metrics([(label, int(v.is_scam)) for _, v in picked])
            at_engage = _metrics([(label, int(v.confidence >= engage)) for _, v in picked])
            called = sum(1 for _, v in picked if v.should_engage(engage))
            kinds: dict[str, list[int]] = {}
            for kind, v in picked:
                kinds.setdefault(kind, []).append(int(v.is_scam))
            results[name] = {"channel": channel, "is_scam": flag, f"confidence>={engage}": at_engage,
                             "would_call": called,
                             "per_kind": {k: sum(f) / len(f) for k, f in sorted(kinds.items())},
                             "per_kind_counts": {k: (sum(f), len(f)) for k, f in sorted(kinds.items())}}
            _row(out, name, "flag", flag, None)
            _row(out, name, f">={engage}", at_engage, None)
            what = "recall" if label else "flagged"
            notes.append(f"{name} {what} per kind: " + ", ".join(
                f"{k} {sum(f)}/{len(f)}" for k, f in sorted(kinds.items()))
                + ("" if label else f"; would be called: {called}"))
            if split == "holdout":
                scored += [(channel, label, v.confidence) for _, v in picked]
        for (kind, text, split), v in zip(rows, verdicts):
            if v.is_scam != bool(label):
                notes.append(f"  {'missed' if label else 'FLAGGED'} [{split}] {kind} "
                             f"{v.confidence:>3}: {text[:110]}")
    out.write("\n" + "\n".join(notes) + "\n")
    return results


def reliability_table(scored: list[tuple[str, int, int]]) -> str:
    """Observed scam rate per band of stated probability, per channel: calibration at a glance."""
    lines = ["", "reliability on held-out rows (dev holdout, BothBosu test and real calls, odd UCI rows):",
             f"{'channel':<8} {'stated':>9} {'n':>6} {'scams':>6} {'observed':>9}"]
    for channel in ("call", "sms"):
        for low in range(0, 100, 10):
            high = 101 if low == 90 else low + 10
            band = [y for c, y, conf in scored if c == channel and low <= conf < high]
            if band:
                lines.append(f"{channel:<8} {f'{low}-{min(high, 100)}%':>9} {len(band):>6} "
                             f"{sum(band):>6} {sum(band) / len(band):>9.2f}")
    return "\n".join(lines) + "\n"


def _fmt(value: float | int) -> str:
    return "   n/a" if value != value else f"{value:>6.3f}"  # NaN: no row of that class


def fit_platt(pairs: list[tuple[float, int]], iterations: int = 50,
              weights: list[float] | None = None) -> tuple[float, float]:
    """Fit ``p = sigmoid(a * logit + b)`` to (logit, label) pairs by Newton's method (Platt scaling).

    Labels are smoothed as Platt recommends ((n+ + 1) / (n+ + 2) and 1 / (n- + 2)), so a
    perfectly separated tuning set does not push the slope to infinity.
    """
    positives = sum(1 for _, y in pairs if y)
    negatives = len(pairs) - positives
    hi, lo = (positives + 1) / (positives + 2), 1 / (negatives + 2)
    weights = weights or [1.0] * len(pairs)
    targets = [(x, hi if y else lo, w) for (x, y), w in zip(pairs, weights)]
    a, b = 1.0, 0.0
    for _ in range(iterations):
        g_a = g_b = h_aa = h_ab = h_bb = 0.0
        for x, t, weight in targets:
            z = max(-30.0, min(30.0, a * x + b))
            p = 1.0 / (1.0 + math.exp(-z))
            d, w = (p - t) * weight, max(p * (1 - p), 1e-12) * weight
            g_a, g_b = g_a + d * x, g_b + d
            h_aa, h_ab, h_bb = h_aa + w * x * x, h_ab + w * x, h_bb + w
        det = h_aa * h_bb - h_ab * h_ab
        if abs(det) < 1e-12:
            break
        step_a = (h_bb * g_a - h_ab * g_b) / det
        step_b = (h_aa * g_b - h_ab * g_a) / det
        a, b = a - step_a, b - step_b
        if abs(step_a) + abs(step_b) < 1e-9:
            break
    return a, b


def calibrate(data_dir: pathlib.Path, out: TextIO = sys.stdout,
              dev: pathlib.Path | None = None) -> dict[str, tuple[float, float]]:
    """Fit the probability scale per channel on the tuning rows only, and print it.

    Tuning rows for calls: the BothBosu train split (long scripted dialogues, nearly
    separable) and the ``tune`` split of ``tests/data`` (speech-shaped voicemails, robocalls
    and two-party calls), each source weighing half, so neither one's size sets the scale;
    for SMS the even UCI rows, whose share of spam is close to real traffic's (the dev texts,
    ``*sms*.txt``, are half scams by construction, so they are measured, not fitted).  The
    other rows stay held out for ``eval``'s reliability table.
    """
    from ._normalize import normalize, normalize_for
    from ._scorer import raw_logit

    rows: dict[str, list[tuple[float, int]]] = {"call": [], "sms": []}
    train = pathlib.Path(data_dir) / "calls/bothbosu-single-agent-train.csv"
    if train.exists():
        rows["call"] += [(raw_logit(normalize(t), "call"), y) for t, y in load_dataset(train)]
    scripted = len(rows["call"])
    dev = dev_dir() if dev is None else pathlib.Path(dev)
    for path in sorted(dev.glob("*.txt")) if dev.is_dir() else ():
        if channel_of(path) != "call":
            continue  # the dev texts are half scams by construction: measured, not fitted
        label = 0 if path.name.startswith("legit") else 1
        rows["call"] += [(raw_logit(normalize(t), "call"), label)
                         for _, t in load_devset(path) if split_of(t) == "tune"]
    sms = pathlib.Path(data_dir) / "sms/uci-sms-spam-collection.tsv"
    if sms.exists():
        rows["sms"] += [(raw_logit(normalize_for(t, "sms"), "sms"), y)
                        for i, (t, y) in enumerate(load_dataset(sms)) if uci_split(i) == "tune"]
    # The two call sources weigh the same in total, whatever their sizes.
    spoken = len(rows["call"]) - scripted
    weights = {"call": [1.0 / max(scripted, 1)] * scripted + [1.0 / max(spoken, 1)] * spoken,
               "sms": None}
    fitted = {}
    for channel, pairs in rows.items():
        if pairs:
            scale = weights[channel]
            fitted[channel] = fit_platt(pairs, weights=[w * len(pairs) / 2 for w in scale] if scale else None)
            a, b = fitted[channel]
            out.write(f"{channel}: {len(pairs)} tuning rows -> probability = sigmoid({a:.3f} * logit "
                      f"{'+' if b >= 0 else '-'} {abs(b):.3f})\n")
    return fitted
