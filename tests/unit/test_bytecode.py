"""The bundle's bytecode step (chalicelib.bytecode) on a tiny deployment.zip, checked as Lambda runs it.

Each bundle is imported by a fresh ``python -S`` with only the unzipped bundle on its path
and ``PYTHONDONTWRITEBYTECODE=1`` (a read-only /var/task), never by this interpreter.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from chalicelib.bytecode import BytecodeRefused, add_bytecode, runtime_tag
from chalicelib.cli import main

TAG = sys.implementation.cache_tag
SOURCES = {
    "app.py": "import pkg.mod\nAPP = 'app'\n",
    "pkg/__init__.py": "",
    "pkg/mod.py": "VALUE = 'compiled from the shipped source'\n",
    "pkg/unused.py": "VALUE = 'shipped'\n",  # in the bundle, never imported by the cold path
    "pkg/data.txt": "not python\n",
}


def _bundle(tmp_path: Path, runtime: str | None = None, sources: dict[str, str] = SOURCES) -> Path:
    """A deployment.zip as ``chalice package`` writes it, with the sam.json beside it."""
    package = tmp_path / "package"
    package.mkdir()
    zip_path = package / "deployment.zip"
    with zipfile.ZipFile(zip_path, "w") as bundle:
        for name, text in sources.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 29, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            bundle.writestr(info, text)
    function = {"Type": "AWS::Serverless::Function", "Properties": {"Runtime": runtime or runtime_tag(), "Handler": "app.app"}}
    (package / "sam.json").write_text(json.dumps({"Resources": {"APIHandler": function, "Worker": function}}))
    return zip_path


def _entries(zip_path: Path) -> list[tuple[str, bytes, tuple, int]]:
    with zipfile.ZipFile(zip_path) as bundle:
        return [(i.filename, bundle.read(i), i.date_time, i.compress_type) for i in bundle.infolist()]


def _as_lambda(root: Path, code: str) -> str:
    env = {"PYTHONPATH": str(root), "PYTHONDONTWRITEBYTECODE": "1", "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    return subprocess.run([sys.executable, "-S", "-c", code], cwd=root, env=env, capture_output=True, text=True,
                          check=True).stdout.strip()


def test_adds_the_bytecode_of_exactly_what_the_cold_path_imports(tmp_path: Path) -> None:
    zip_path = _bundle(tmp_path)
    before, size = _entries(zip_path), zip_path.stat().st_size

    report = add_bytecode(zip_path, modules=("app",), warm_up="")

    after = _entries(zip_path)
    assert after[:len(before)] == before  # every original entry, in its order, bytes and metadata unchanged
    added = [name for name, *_ in after[len(before):]]
    assert added == sorted([f"__pycache__/app.{TAG}.pyc", f"pkg/__pycache__/__init__.{TAG}.pyc",
                            f"pkg/__pycache__/mod.{TAG}.pyc"])
    assert list(report.compiled) == added and report.runtime == runtime_tag()
    assert (report.size_before, report.size_after) == (size, zip_path.stat().st_size) and size < report.size_after
    assert report.tables is None  # no analyzer in this bundle: no gate tables
    assert report.summary().startswith(f"bytecode: compiled 3 cold-path modules for {runtime_tag()}")
    with zipfile.ZipFile(zip_path) as bundle:
        header = bundle.read(f"pkg/__pycache__/mod.{TAG}.pyc")[:8]
    assert header[:4] == importlib.util.MAGIC_NUMBER
    assert int.from_bytes(header[4:8], "little") == 0b01  # hash-based, unchecked: zip timestamps cannot invalidate it


def test_lambda_imports_the_shipped_bytecode_not_the_source(tmp_path: Path) -> None:
    zip_path = _bundle(tmp_path)
    add_bytecode(zip_path, modules=("app",), warm_up="")
    root = tmp_path / "var-task"
    with zipfile.ZipFile(zip_path) as bundle:
        bundle.extractall(root)
    # Edit the sources after compiling: an unchecked-hash .pyc is used as it is, so the old value
    # shows that the interpreter read the bytecode; the module without one reads its new source.
    (root / "pkg" / "mod.py").write_text("VALUE = 'edited source'\n")
    (root / "pkg" / "unused.py").write_text("VALUE = 'edited source'\n")
    out = _as_lambda(root, "import app, pkg.mod, pkg.unused; print(pkg.mod.VALUE); print(pkg.unused.VALUE)")
    assert out.splitlines() == ["compiled from the shipped source", "edited source"]
    assert not (root / "pkg" / "__pycache__" / f"unused.{TAG}.pyc").exists()  # nothing written at run time


def test_a_second_run_gives_the_same_zip(tmp_path: Path) -> None:
    zip_path = _bundle(tmp_path)
    add_bytecode(zip_path, modules=("app",), warm_up="")
    once = zip_path.read_bytes()
    report = add_bytecode(zip_path, modules=("app",), warm_up="")
    assert zip_path.read_bytes() == once and report.size_before == report.size_after


def test_the_warm_up_adds_what_first_use_imports(tmp_path: Path) -> None:
    zip_path = _bundle(tmp_path)
    report = add_bytecode(zip_path, modules=("app",), warm_up="import importlib; importlib.import_module('pkg.unused')")
    assert f"pkg/__pycache__/unused.{TAG}.pyc" in report.compiled


def test_refuses_a_runtime_of_another_python_version(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = f"python{sys.version_info[0]}.{sys.version_info[1] + 1}"
    zip_path = _bundle(tmp_path, runtime=other)
    before = zip_path.read_bytes()
    with pytest.raises(BytecodeRefused, match=f"runtime is {other}"):
        add_bytecode(zip_path, modules=("app",), warm_up="")
    assert main(["bytecode", str(zip_path)]) == 1
    assert f"the Lambda runtime is {other}" in capsys.readouterr().err
    assert main(["bytecode", str(zip_path), "--runtime", "python3.9"]) == 1
    assert zip_path.read_bytes() == before


def test_cli_says_why_it_refuses_and_leaves_the_zip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    zip_path = _bundle(tmp_path, sources={**SOURCES, "app.py": "import pkg.mod, pkg.unused\n"})
    (zip_path.parent / "sam.json").unlink()
    assert main(["bytecode", str(zip_path)]) == 1  # no sam.json: the runtime must be named
    assert "--runtime" in capsys.readouterr().err
    # The real module list: app, then the SDKs a bundle this small does not hold, so the import fails loudly.
    assert main(["bytecode", str(zip_path), "--runtime", runtime_tag()]) == 1
    assert "importing the cold-path modules from the bundle failed" in capsys.readouterr().err
    with zipfile.ZipFile(zip_path) as bundle:
        assert not [n for n in bundle.namelist() if n.endswith(".pyc")]  # a failed step leaves the zip as it was


def test_the_real_cold_path_imports_and_warms_up() -> None:
    """``make package`` fails when a module of COLD_PATH_MODULES or the warm-up stops working: say so here first."""
    code = ("import importlib; from chalicelib.bytecode import COLD_PATH_MODULES, WARM_UP\n"
            "for name in COLD_PATH_MODULES: importlib.import_module(name)\n"
            "exec(WARM_UP); import sys; print('phonenumbers.data.region_US' in sys.modules)")
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True"  # the analysis parsed a US number: its metadata is on the cold path


def _analyzer_bundle(tmp_path: Path) -> Path:
    """A bundle holding the real analyzer package (and an app.py that imports it)."""
    root = Path(__file__).resolve().parents[2]
    sources = {"app.py": "import chalicelib.analysis\n",
               "chalicelib/__init__.py": (root / "chalicelib/__init__.py").read_text()}
    for path in sorted((root / "chalicelib" / "analysis").glob("*.py")):
        sources[path.relative_to(root).as_posix()] = path.read_text()
    return _bundle(tmp_path, sources=sources)


def test_the_package_step_ships_the_gate_tables_a_container_reads(tmp_path: Path) -> None:
    zip_path = _analyzer_bundle(tmp_path)
    report = add_bytecode(zip_path, modules=("app",), warm_up="")
    assert report.tables == "chalicelib/analysis/gate_tables.json" and report.tables in report.summary()
    root = tmp_path / "var-task"
    with zipfile.ZipFile(zip_path) as bundle:
        bundle.extractall(root)
    first = ("from chalicelib.analysis import analyze, _scorer, _companies\n"
             "verdict = analyze('this is windows support your computer has a virus install anydesk now', 'call')\n"
             "print(_scorer._gate().source, _companies._gate().source, verdict.is_scam)")
    assert _as_lambda(root, first) == "stored stored True"
    # Tables from another version of the derivation (or of the patterns) are not used.
    prefilter = root / "chalicelib" / "analysis" / "_prefilter.py"
    prefilter.write_text(prefilter.read_text() + "\n# edited after the build\n")
    assert _as_lambda(root, first) == "derived derived True"
