"""Cold start: importing the app against the floor of its unavoidable imports, and its first requests.

Run: ``python -m bench.bench_coldstart [--runs 9]``; the deployed bundle, as shipped and with
the bytecode step: ``make package && python -m bench.bench_coldstart --bundle build/package/deployment.zip``

What a new Lambda container pays before answering, each in a fresh interpreter
(timed inside it, so interpreter start-up is not counted; runs of each kind
alternate so machine noise hits both alike; medians):

* the floor: ``chalice.app``, ``cachetools``, ``twilio.request_validator`` and
  ``twilio.twiml.voice_response`` (the route table, the dashboard cache, and what the
  first Twilio webhook cannot answer without);
* ``import app``, then the floor's remaining modules (the first webhook imports them
  anyway): the ratio of the two is what Honeyline adds to a cold start;
* whether ``phonenumbers`` (about 350 ms of import on this machine when it was loaded
  at import time) is loaded by ``import app``: it must load only when a number is parsed;
* the first voice webhook and health check (settings, store, TwiML built on first use),
  with a real-shaped CallSid (``CA`` and 32 hex digits: every log line of the webhook
  names it, and masking must not take it for a phone number), and what the first live
  push in a container sets up (botocore's model of ``PostToConnection``, its signer and
  a urllib3 pool: once per container, and only when a WebSocket is open);
* what a deployed container imports on its first webhook besides: ``import app``, the
  floor, then the Upstash store client built (``create_store``: the upstash-redis SDK,
  httpx and its TLS context, which ``get_store()`` builds on first use; nothing is sent). Modules that ``import app`` no longer
  loads but the SDK does (``dataclasses``, ``inspect``, ``uuid``...) show up here, so a
  cost moved from the import into the first request is not counted as saved.

With ``--bundle PATH`` (a ``deployment.zip``), only what a new Lambda container pays to
import from its read-only ``/var/task``: the bundle is unzipped twice, as ``chalice package``
ships it (its ``.pyc`` entries and gate tables dropped) and after the step of ``make package``
(:mod:`chalicelib.bytecode`), and fresh ``python -S`` interpreters with only the bundle on
their path and ``PYTHONDONTWRITEBYTECODE=1`` (so every run compiles again, as on Lambda)
time ``import app``, the imports of a first webhook that analyses, and a first analysis
(those imports, the analyzer's prefilter gate, one verdict: the gate's tables are derived from
the patterns as shipped and read from the file ``make package`` adds); the two bundles
alternate run by run. Both zips' sizes are printed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FLOOR_MODULES = ("chalice.app", "cachetools", "twilio.request_validator", "twilio.twiml.voice_response")
FLOOR = f"""
import json, time
t0 = time.perf_counter()
{"; ".join(f"import {m}" for m in FLOOR_MODULES)}
print(json.dumps({{"floor": time.perf_counter() - t0}}))
"""
APP = f"""
import json, sys, time
t0 = time.perf_counter()
import app
t1 = time.perf_counter()
{"; ".join(f"import {m}" for m in FLOOR_MODULES)}
t2 = time.perf_counter()
loaded = sorted(m for m in ("phonenumbers", "boto3", "botocore", "twilio.rest", "qstash", "upstash_redis", "httpx")
                if m in sys.modules)
from chalice.test import Client
with Client(app.app) as c:
    t3 = time.perf_counter()
    c.http.post("/api/twilio-webhook?type=voice", headers={{"Content-Type": "application/x-www-form-urlencoded"}},
                body="CallSid=CA5f0e1d2c3b4a59687766554433221100&From=%2B14155550123&To=%2B18005550100")
    t4 = time.perf_counter()
    c.http.get("/api/health")
    t5 = time.perf_counter()
print(json.dumps({{"import": t1 - t0, "with_floor": t2 - t0, "first_voice": t4 - t3, "first_health": t5 - t4,
                  "loaded": loaded}}))
"""
DEPLOYED = f"""
import json, time
t0 = time.perf_counter()
import app
{"; ".join(f"import {m}" for m in FLOOR_MODULES)}
t1 = time.perf_counter()
from chalicelib.settings import Settings
from chalicelib.store import create_store
create_store(Settings(upstash_redis_rest_url="https://bench.invalid", upstash_redis_rest_token="t"))  # no request sent
t2 = time.perf_counter()
print(json.dumps({{"store_sdk": t2 - t1, "deployed": t2 - t0}}))
"""
PUSH_CLIENT = """
import json, time
t0 = time.perf_counter()
from chalicelib.push import Sender
Sender()._setup()
print(json.dumps({"push_client": time.perf_counter() - t0}))
"""


def _run(code: str) -> dict:
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "HOME": "/tmp"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


# --bundle: what each fresh interpreter imports from the unzipped bundle, timed inside it.
BUNDLE_IMPORTS = {
    "import app": ("app",),
    "first analysing webhook": ("app", "httpx", "upstash_redis", "phonenumbers", "chalicelib.analysis"),
}
TIMED_IMPORT = """
import importlib, json, sys, time
t0 = time.perf_counter()
for name in sys.argv[1].split(","):
    importlib.import_module(name)
exec(sys.argv[2])
print(json.dumps({"seconds": time.perf_counter() - t0}))
"""
# A first analysis: the webhook's imports, then the analyzer's gate and one verdict.
FIRST_ANALYSIS = "first analysis"


def _strip_bytecode(src: Path, dst: Path, added: tuple[str, ...]) -> None:
    """``src`` without its ``.pyc`` entries and the ``added`` files: the bundle as ``chalice package`` ships it."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            if not info.filename.endswith(".pyc") and info.filename not in added:
                zout.writestr(info, zin.read(info))


def _time_import(root: Path, modules: tuple[str, ...], then: str = "") -> float:
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(root), "PYTHONDONTWRITEBYTECODE": "1", "HOME": "/tmp"}
    out = subprocess.run([sys.executable, "-S", "-c", TIMED_IMPORT, ",".join(modules), then], capture_output=True,
                         text=True, cwd=root, env=env, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])["seconds"]


def bundle(zip_path: Path, runs: int) -> None:
    """Import and first-analysis times of a deployment.zip as shipped and after ``make package``'s
    step (bytecode and gate tables; ``--bundle``)."""
    from chalicelib.analysis._prefilter import TABLES_FILE
    from chalicelib.bytecode import WARM_UP, add_bytecode, runtime_tag

    with tempfile.TemporaryDirectory(prefix="honeyline-bench-bundle-") as tmp:
        shipped_zip, compiled_zip = Path(tmp) / "shipped.zip", Path(tmp) / "compiled.zip"
        with zipfile.ZipFile(zip_path) as packaged:
            tables = tuple(name for name in packaged.namelist() if name.endswith("/" + os.path.basename(TABLES_FILE)))
        _strip_bytecode(zip_path, shipped_zip, tables)
        shutil.copyfile(shipped_zip, compiled_zip)
        report = add_bytecode(compiled_zip, runtime=runtime_tag())
        roots = {"shipped": Path(tmp) / "shipped", "compiled": Path(tmp) / "compiled"}
        for kind, path in (("shipped", shipped_zip), ("compiled", compiled_zip)):
            with zipfile.ZipFile(path) as z:
                z.extractall(roots[kind])
        times: dict[tuple[str, str], list[float]] = {(label, kind): [] for label in BUNDLE_IMPORTS for kind in roots}
        times.update({(FIRST_ANALYSIS, kind): [] for kind in roots})
        for _ in range(runs):
            for label, modules in BUNDLE_IMPORTS.items():
                for kind, root in roots.items():
                    times[label, kind].append(_time_import(root, modules))
            for kind, root in roots.items():
                times[FIRST_ANALYSIS, kind].append(_time_import(root, BUNDLE_IMPORTS["first analysing webhook"], WARM_UP))
    mib = lambda n: n / (1024 * 1024)  # noqa: E731
    print(f"Lambda bundle {zip_path}: imports from a read-only /var/task, median of {runs} fresh "
          f"`python -S` each (PYTHONDONTWRITEBYTECODE=1; one run)")
    print(f"{'':<28}{'as shipped':>12}{'packaged':>12}{'ratio':>8}   (packaged: .pyc and gate tables added)")
    rows = {**{label: ", ".join(modules) for label, modules in BUNDLE_IMPORTS.items()},
            FIRST_ANALYSIS: "the webhook's imports, the analyzer's gate, one verdict"}
    for label, what in rows.items():
        shipped, compiled = (statistics.median(times[label, kind]) * 1000 for kind in ("shipped", "compiled"))
        print(f"{label:<28}{shipped:9.1f} ms{compiled:9.1f} ms{compiled / shipped:7.2f}x   ({what})")
    print(f"{'deployment.zip':<28}{mib(report.size_before):8.2f} MiB{mib(report.size_after):8.2f} MiB"
          f"{report.size_after / report.size_before:7.2f}x   ({len(report.compiled)} modules compiled)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--bundle", type=Path,
                        help="a deployment.zip: its import and first-analysis times as shipped and packaged, only")
    args = parser.parse_args()
    if args.bundle:
        bundle(args.bundle, args.runs)
        return
    floor, app, deployed, push = [], [], [], []
    for _ in range(args.runs):
        floor.append(_run(FLOOR))
        app.append(_run(APP))
        deployed.append(_run(DEPLOYED))
        push.append(_run(PUSH_CLIENT))
    med = lambda rows, key: statistics.median(r[key] for r in rows) * 1000  # noqa: E731
    floor_ms, app_ms, total_ms = med(floor, "floor"), med(app, "import"), med(app, "with_floor")
    loaded = sorted({m for r in app for m in r["loaded"]})
    print(f"cold start, embedded store, median of {args.runs} fresh interpreters each (one run)")
    print(f"{'floor (' + ', '.join(FLOOR_MODULES) + ')':<40}\n{'':<28}{floor_ms:7.1f} ms")
    print(f"{'import app':<28}{app_ms:7.1f} ms")
    print(f"{'import app + the floor':<28}{total_ms:7.1f} ms   ratio to the floor {total_ms / floor_ms:.2f}x (goal <= 1.4x)")
    print(f"{'heavy modules after import':<28}{', '.join(loaded) or 'none (phonenumbers, boto3, botocore, twilio.rest, qstash, upstash_redis, httpx all lazy)'}")
    print(f"{'+ the Upstash store client':<28}{med(deployed, 'deployed'):7.1f} ms   "
          f"(of which the client {med(deployed, 'store_sdk'):.1f} ms: built by a deployed container's first webhook)")
    print(f"{'first voice webhook':<28}{med(app, 'first_voice'):7.1f} ms")
    print(f"{'first health check':<28}{med(app, 'first_health'):7.1f} ms")
    print(f"{'first live push client':<28}{med(push, 'push_client'):7.1f} ms   (once per container, only with a socket open)")


if __name__ == "__main__":
    main()
