"""``make run`` (``python -m chalicelib serve``) as a newcomer meets it, in a real subprocess.

Settings are checked before the port opens, a busy port names the port and ``PORT=``,
the shell's variables win over ``.chalice/config.json``, and the terminal shows one
line per request and no traceback when a client hangs up mid long-poll.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

import httpx
import pytest

from chalicelib.local_server import merged_environment, stage_environment
from tests.support.redis_server import free_port

ROOT = Path(__file__).resolve().parents[2]


def _env(**extra: str) -> dict[str, str]:
    return {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp"), **extra}


def _serve(port: int, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "chalicelib", "serve", "--port", str(port)], cwd=ROOT,
                          capture_output=True, text=True, env=_env(**extra), timeout=60, stdin=subprocess.DEVNULL)


@pytest.fixture
def running() -> Iterator[callable]:
    started: list[subprocess.Popen[str]] = []

    def start(**extra: str) -> tuple[subprocess.Popen[str], str]:
        port = free_port()
        proc = subprocess.Popen([sys.executable, "-m", "chalicelib", "serve", "--port", str(port)], cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(**extra),
                                stdin=subprocess.DEVNULL)
        started.append(proc)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                httpx.get(url + "/static/app.css", timeout=1)
                return proc, url
            except httpx.TransportError:
                assert proc.poll() is None, proc.communicate()
                time.sleep(0.1)
        raise AssertionError("the server did not start")

    yield start
    for proc in started:
        if proc.poll() is None:
            proc.terminate()
        proc.communicate(timeout=10)


def test_a_malformed_setting_refuses_to_serve_naming_the_variable() -> None:
    result = _serve(free_port(), REDIS_URL="localhost:6379")
    assert result.returncode == 2
    assert "not serving" in result.stderr and "REDIS_URL must be a URL" in result.stderr
    assert "Honeyline (" not in result.stdout


def test_an_unreachable_store_refuses_to_serve_naming_the_variable() -> None:
    result = _serve(free_port(), REDIS_URL=f"redis://127.0.0.1:{free_port()}/0", STORE_TIMEOUT_SECONDS="0.5")
    assert result.returncode == 2
    assert "REDIS_URL: unreachable" in result.stderr, result.stderr


def test_a_busy_port_says_which_and_how_to_choose_another() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = _serve(port)
    assert result.returncode == 2
    assert f"port {port} on 127.0.0.1 is already in use" in result.stderr
    assert f"PORT={port + 1} make run" in result.stderr
    assert "Traceback" not in result.stderr


def test_shell_variables_win_over_the_stage_configuration() -> None:
    stage = stage_environment("dev")
    assert stage["APP_ENV"] == "development"  # what .chalice/config.json says for `make run`
    env, notes = merged_environment({"APP_ENV": "production", "LOG_LEVEL": "INFO"}, stage)
    assert env["APP_ENV"] == "production"
    assert notes == ["APP_ENV=production from the shell overrides .chalice/config.json (development)"]


def test_production_from_the_shell_keeps_the_dashboard_closed(running) -> None:
    proc, url = running(APP_ENV="production")
    answer = httpx.get(url + "/api/dashboard", timeout=10)
    assert answer.status_code == 503 and "DASHBOARD_TOKEN" in answer.json()["message"]
    proc.terminate()
    out, _ = proc.communicate(timeout=10)
    assert "note: APP_ENV=production from the shell overrides .chalice/config.json" in out
    assert "Honeyline (production," in out
    assert "warning: PUBLIC_BASE_URL is required in production" in out  # what production will refuse, said at start


def test_one_line_per_request_and_no_traceback_when_a_client_hangs_up(running) -> None:
    proc, url = running(LIVE_UPDATES_WINDOW_SECONDS="1")
    for _ in range(3):
        assert httpx.get(url + "/api/health", timeout=10).status_code == 200
    cursor = httpx.get(url + "/api/live-updates?mode=poll", timeout=10).json()["cursor"]
    for _ in range(2):  # a tab closed while its long poll waits: the answer meets a closed socket
        port = int(url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port)) as tab:
            tab.sendall(f"GET /api/live-updates?since={cursor} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
            tab.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")  # RST
    time.sleep(2.5)
    proc.terminate()
    _, err = proc.communicate(timeout=10)
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
    access = [json.loads(line) for line in err.splitlines() if line.startswith("{") and '"path"' in line]
    assert [a["path"] for a in access if a["path"] == "/api/health"] == ["/api/health"] * 3
    assert not [line for line in err.splitlines() if '"GET /api/health HTTP/1.1"' in line], "http.server's own access line"


def test_make_run_pushes_live_events_through_the_websocket_stand_in(running) -> None:
    from tests.support.ws_client import WsClient

    proc, url = running()
    offer = httpx.post(url + "/api/live-ticket", timeout=10).json()  # development without a token: open
    assert offer["websocketUrl"].startswith("ws://127.0.0.1:")
    client = WsClient(f"{offer['websocketUrl']}?ticket={offer['ticket']}")
    try:
        client.send({"resume": None})
        assert client.recv_json()["type"] == "snapshot"
        form = {"CallSid": "CA" + "7" * 32, "From": "+12025550111", "To": "+14155550100", "CallStatus": "ringing"}
        assert httpx.post(url + "/api/twilio-webhook?type=voice", data=form, timeout=10).status_code == 200
        pushed = client.recv_json()
        assert [e["data"]["callSid"] for e in pushed["events"]] == [form["CallSid"]]
        assert pushed["events"][0]["data"]["from"] == "+1******0111"
    finally:
        client.close()
    proc.terminate()
    out, _ = proc.communicate(timeout=10)
    assert "Live push: API Gateway WebSocket stand-in on ws://127.0.0.1:" in out
