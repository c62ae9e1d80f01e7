"""The Lambda bundle's build step: the cold path's modules compiled into ``deployment.zip``, and
the analyzer's gate tables.

Lambda runs the code from ``/var/task``, which is read-only, and ``chalice package``
ships ``.py`` sources only (no ``__pycache__`` for ``app.py`` nor for the pip-installed
packages), so every new container compiles every module it imports from source:
about a third of a cold start (``python -m bench.bench_coldstart --bundle``).

``make package`` therefore runs ``python -m chalicelib bytecode build/package/deployment.zip``
after ``chalice package``: the bundle is unzipped, a fresh ``python -S`` with only the
bundle on its path imports :data:`COLD_PATH_MODULES` (what a deployed container's first
webhook and first worker delivery load), and exactly the ``.py`` files it loaded from
the bundle are compiled to their ``__pycache__`` paths and added to the zip. Compiling
every file would cost 15 MB more (phonenumbers' geodata alone), past the size limit,
for modules a container rarely loads; those still compile from source when they do.

The ``.pyc`` files are ``UNCHECKED_HASH``: the interpreter uses them without comparing
them with the source's timestamp (zip entries' timestamps would invalidate them) or
hash (no cost at import); Lambda never edits the code, and a new ``make package``
rebuilds them. A ``.pyc`` holds its Python's magic number, which changes with every
minor version; a mismatched one would be silently ignored, so the step refuses to run
when the building Python is not the Lambda runtime's (``Runtime`` in the ``sam.json``
beside the zip; Chalice picks it from the Python that runs ``chalice package``).

The same step ships the analyzer's prefilter tables (``gate_tables``): a fresh ``python -S``
derives them from the bundle's own patterns and writes ``chalicelib/analysis/gate_tables.json``,
so the first analysis in a container reads them instead of parsing every signal's five thousand
branches (about a second of CPU here), and loads each gate's finder regex from the regex engine's
program stored with them instead of compiling it (another quarter of a second). They are keyed by
the patterns, the deriving module and the Python version, so a bundle whose code changed without
this step derives them as before.

Build-time tooling, like :mod:`chalicelib.iam`: imports nothing heavy, never runs on Lambda.
"""

from __future__ import annotations

import importlib.util
import json
import os
import py_compile
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

# What a deployed container imports on its first requests, in one place (the benchmark's
# --bundle mode uses it too). The project speaks QStash's REST API through httpx and checks
# its signatures with PyJWT (chalicelib.security), so the qstash SDK is never imported.
COLD_PATH_MODULES = (
    "app",  # routes, settings, intake, the store interface, Twilio's validator and TwiML
    "chalicelib.store.upstash", "upstash_redis", "httpx",  # the Upstash store client (first get_store())
    "jwt", "chalicelib.pipeline.dispatch",  # a worker delivery: QStash's signature, the task steps
    "chalicelib.detection", "chalicelib.analysis", "chalicelib.analysis.conversation", "phonenumbers",  # analysis
    "chalicelib.notify", "chalicelib.notify.channels",  # the alert to the operator
    "twilio.rest",  # ... by SMS (chalicelib.twilio_numbers.make_client): 75 modules, 0.4 MiB of .pyc
)
# Run after the imports: a first analysis loads what the analyzer imports lazily and phonenumbers'
# metadata of the number's region (the US here; other regions' compile from source when needed).
WARM_UP = ("from chalicelib.analysis import analyze; "
           "analyze('This is the IRS. Call us back at 415 555 0123 or a warrant will be issued.', 'voicemail')")
LAMBDA_ROOT = "/var/task"  # the path tracebacks name (the interpreter corrects it on load anyway)
_LIST_LOADED = """
import importlib, os, sys
root, modules = os.path.realpath(sys.argv[1]), sys.argv[2].split(",")
for name in modules:
    importlib.import_module(name)
exec(sys.argv[3])
for module in list(sys.modules.values()):
    path = getattr(module, "__file__", None)
    if path and path.endswith(".py") and os.path.realpath(path).startswith(root + os.sep):
        print(os.path.relpath(os.path.realpath(path), root))
"""


# The analyzer's prefilter tables (``chalicelib.analysis.gate_tables``), derived from the bundle's
# own patterns and written where ``_prefilter`` looks for them; prints that path. A bundle
# without the analyzer (the tests' tiny ones) gets none.
_WRITE_GATE_TABLES = """
import os, sys
try:
    from chalicelib.analysis import gate_tables
    from chalicelib.analysis._prefilter import TABLES_FILE
except ModuleNotFoundError as exc:
    if exc.name != "chalicelib":
        raise
    sys.exit(0)
with open(TABLES_FILE, "w", encoding="utf-8") as tables:
    tables.write(gate_tables())
print(os.path.relpath(os.path.realpath(TABLES_FILE), os.path.realpath(sys.argv[1])))
"""


class BytecodeRefused(ValueError):
    """The bytecode cannot be built here (wrong Python for the runtime, a bundle that does not import)."""


@dataclass(frozen=True)
class BytecodeReport:
    runtime: str
    compiled: tuple[str, ...]  # the .pyc entries added (or refreshed), zip paths
    size_before: int
    size_after: int
    tables: str | None = None  # the zip path of the analyzer's gate tables, when the bundle has the analyzer

    def summary(self) -> str:
        mib = lambda n: n / (1024 * 1024)  # noqa: E731
        tables = f", the analyzer's gate tables in {self.tables}" if self.tables else ""
        return (f"bytecode: compiled {len(self.compiled)} cold-path modules for {self.runtime} (unchecked-hash .pyc)"
                f"{tables}; deployment.zip {mib(self.size_before):.2f} MiB -> {mib(self.size_after):.2f} MiB")


def runtime_tag(version: Sequence[int] | None = None) -> str:
    """``python3.11``: the Lambda runtime name of a Python version (this one by default)."""
    major, minor = (version or sys.version_info)[:2]
    return f"python{major}.{minor}"


def bundle_runtime(zip_path: Path) -> str | None:
    """The ``Runtime`` of the functions in the ``sam.json`` that ``chalice package`` wrote beside the zip."""
    template = zip_path.parent / "sam.json"
    if not template.is_file():
        return None
    resources = json.loads(template.read_text()).get("Resources", {})
    runtimes = {r.get("Properties", {}).get("Runtime") for r in resources.values()
                if r.get("Type") == "AWS::Serverless::Function"} - {None}
    if len(runtimes) > 1:
        raise BytecodeRefused(f"{template} names several runtimes ({', '.join(sorted(runtimes))}): one .pyc set cannot serve them")
    return runtimes.pop() if runtimes else None


def check_runtime(runtime: str) -> None:
    """Refuse when this Python's bytecode would not be the runtime's (magic numbers differ per minor version)."""
    if runtime != runtime_tag():
        raise BytecodeRefused(
            f"the Lambda runtime is {runtime} but this is Python {sys.version_info[0]}.{sys.version_info[1]}: "
            f"its .pyc files would be ignored there. Build with the runtime's Python (Chalice picks the runtime from "
            f"the Python that runs `chalice package`, so run both with it, e.g. make PYTHON=/path/to/{runtime} package)")


def _in_bundle(root: Path, code: str, *args: str) -> subprocess.CompletedProcess[str]:
    """``code`` run as Lambda would run the bundle: a fresh ``python -S`` with only ``root`` on its path."""
    env = {"PYTHONPATH": str(root), "PYTHONDONTWRITEBYTECODE": "1", "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    return subprocess.run([sys.executable, "-S", "-c", code, str(root), *args],
                          cwd=root, env=env, capture_output=True, text=True)


def loaded_sources(root: Path, modules: Sequence[str] = COLD_PATH_MODULES, warm_up: str = WARM_UP) -> list[str]:
    """The ``.py`` files under ``root`` that importing ``modules`` loads, as Lambda would (a fresh ``python -S``)."""
    done = _in_bundle(root, _LIST_LOADED, ",".join(modules), warm_up)
    if done.returncode:
        raise BytecodeRefused(f"importing the cold-path modules from the bundle failed:\n{done.stderr.strip()[-2000:]}")
    return sorted(set(done.stdout.split()))


def gate_tables(root: Path) -> dict[str, bytes]:
    """The analyzer's prefilter tables derived in the bundle, keyed by their zip path (none
    without the analyzer): the first analysis in a container reads them instead of deriving
    them, about a second of CPU (``python -m bench.bench_coldstart --bundle``)."""
    done = _in_bundle(root, _WRITE_GATE_TABLES)
    if done.returncode:
        raise BytecodeRefused(f"deriving the analyzer's gate tables in the bundle failed:\n{done.stderr.strip()[-2000:]}")
    name = done.stdout.strip()
    return {Path(name).as_posix(): (root / name).read_bytes()} if name else {}


def compile_sources(root: Path, sources: Sequence[str]) -> dict[str, bytes]:
    """Each source's unchecked-hash bytecode, keyed by its ``__pycache__`` path in the zip."""
    compiled: dict[str, bytes] = {}
    for source in sources:
        path = root / source
        cached = Path(importlib.util.cache_from_source(str(path)))
        py_compile.compile(str(path), cfile=str(cached), dfile=f"{LAMBDA_ROOT}/{Path(source).as_posix()}",
                           doraise=True, invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
        compiled[cached.relative_to(root).as_posix()] = cached.read_bytes()
    return compiled


def rewrite_zip(zip_path: Path, added: dict[str, bytes]) -> None:
    """The zip with every original entry as it was, in its order, then ``added`` sorted by name.

    An entry of ``added`` already in the zip (a second run) is replaced where it stands.
    Written beside the original and renamed over it: a crash leaves the original whole.
    """
    fd, tmp_name = tempfile.mkstemp(prefix=".bytecode-", suffix=".zip", dir=zip_path.parent)
    os.close(fd)
    try:
        with zipfile.ZipFile(zip_path) as src, zipfile.ZipFile(tmp_name, "w") as out:
            for info in src.infolist():
                out.writestr(info, added[info.filename] if info.filename in added else src.read(info))
            existing = set(src.namelist())
            for name in sorted(set(added) - existing):
                info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                out.writestr(info, added[name])
        os.replace(tmp_name, zip_path)
    finally:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)


def add_bytecode(zip_path: Path, *, runtime: str | None = None, modules: Sequence[str] = COLD_PATH_MODULES,
                 warm_up: str = WARM_UP) -> BytecodeReport:
    """Compile the modules ``modules`` load from the bundle and add their ``.pyc`` files to it,
    with the analyzer's gate tables (``gate_tables``)."""
    zip_path = Path(zip_path)
    runtime = runtime or bundle_runtime(zip_path)
    if runtime is None:
        raise BytecodeRefused(f"no sam.json with a Runtime beside {zip_path}: say which runtime with --runtime")
    check_runtime(runtime)
    size_before = zip_path.stat().st_size
    with tempfile.TemporaryDirectory(prefix="honeyline-bundle-") as tmp:
        root = Path(tmp)
        with zipfile.ZipFile(zip_path) as bundle:
            bundle.extractall(root)
        compiled = compile_sources(root, loaded_sources(root, modules, warm_up))
        tables = gate_tables(root)
    rewrite_zip(zip_path, {**compiled, **tables})
    return BytecodeReport(runtime, tuple(sorted(compiled)), size_before, zip_path.stat().st_size, next(iter(tables), None))
