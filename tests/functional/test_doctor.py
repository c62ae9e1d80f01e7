"""``python -m chalicelib doctor`` on every backend, failing loudly when the store is down."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

from chalicelib.doctor import run_doctor
from chalicelib.store import Store, create_store


def test_doctor_passes_on_every_backend(store: Store, settings) -> None:
    out = io.StringIO()
    assert run_doctor(settings, store, out) == 0
    lines = out.getvalue().splitlines()
    assert [line.split()[0] for line in lines[:-1]] == ["ok"] * 5
    assert lines[-1] == "doctor: 5 passed, 0 failed"
    assert store.execute("hlen", "hl:calls:active") == 0  # it cleaned up its probe call


def test_doctor_fails_when_redis_is_down(make_settings, redis_server) -> None:
    settings = make_settings("redis", STORE_TIMEOUT_SECONDS="0.5")
    store = create_store(settings)
    redis_server.stop()
    try:
        out = io.StringIO()
        assert run_doctor(settings, store, out) == 1
    finally:
        redis_server.start()
    assert "FAIL store" in out.getvalue() and "doctor: 1 passed, 4 failed" in out.getvalue()


def test_doctor_flags_incomplete_qstash_configuration(make_settings) -> None:
    settings = make_settings("embedded", QSTASH_TOKEN="q", QSTASH_CURRENT_SIGNING_KEY="k1")
    out = io.StringIO()
    assert run_doctor(settings, create_store(settings), out) == 1
    assert "QSTASH_NEXT_SIGNING_KEY" in out.getvalue() and "PUBLIC_BASE_URL" in out.getvalue()


def test_doctor_contacts_the_qstash_url_when_asked(make_settings) -> None:
    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        settings = make_settings(
            "embedded",
            QSTASH_TOKEN="q",
            QSTASH_URL=f"http://127.0.0.1:{server.server_address[1]}",
            QSTASH_CURRENT_SIGNING_KEY="k1",
            QSTASH_NEXT_SIGNING_KEY="k2",
            PUBLIC_BASE_URL="https://example.test/prod",
        )
        out = io.StringIO()
        assert run_doctor(settings, create_store(settings), out, check_url=True) == 0
    finally:
        server.shutdown()
    assert hits and "answered HTTP 404" in out.getvalue()


def test_doctor_command_line_against_real_redis(redis_server) -> None:
    env = {"PATH": os.environ["PATH"], "REDIS_URL": redis_server.url, "HOME": os.environ.get("HOME", "/tmp")}
    result = subprocess.run(
        [sys.executable, "-m", "chalicelib", "doctor"], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "store: redis" in result.stdout and "doctor: 5 passed, 0 failed" in result.stdout


def test_doctor_command_line_reports_bad_configuration() -> None:
    env = {"PATH": os.environ["PATH"], "REDIS_URL": "http://wrong"}
    result = subprocess.run([sys.executable, "-m", "chalicelib", "doctor"], capture_output=True, text=True, env=env)
    assert result.returncode == 2 and "REDIS_URL" in result.stderr
