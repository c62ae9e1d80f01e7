"""``python -m chalicelib doctor``: production's view of the configuration, the store end to end,
and a deployment checked from outside (``--url``) against the app on a real local server."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any, Callable, Iterator

import pytest

from chalicelib.calls import record_key
from chalicelib.doctor import run_doctor, run_remote_doctor
from chalicelib.events import EventBus
from chalicelib.settings import Settings
from chalicelib.store import Store, create_store, get_store
from tests.support.live_server import LiveServer

PRODUCTION = {
    "APP_ENV": "production", "PUBLIC_BASE_URL": "https://abc.execute-api.us-east-1.amazonaws.com/prod",
    "DASHBOARD_TOKEN": "dash-token-doctor-0123456789", "TWILIO_AUTH_TOKEN": "twilio-token-doctor",
    "TWILIO_ACCOUNT_SID": "AC" + "1" * 32, "TWILIO_PHONE_NUMBER": "+14155550100", "TASKS_INLINE": "true",
}


def _lines(out: io.StringIO) -> dict[str, str]:
    """check name -> its whole line."""
    found = {}
    for line in out.getvalue().splitlines()[:-1]:
        status, rest = line[:4], line[5:]
        found[rest[:17].strip()] = status.strip() + " " + rest[17:].strip()
    return found


def test_a_complete_production_configuration_passes_with_the_store_end_to_end(make_settings, backend) -> None:
    settings = make_settings(backend, **PRODUCTION)
    store = create_store(settings)
    out = io.StringIO()
    code = run_doctor(settings, store, out)
    lines = _lines(out)
    if backend == "embedded":
        assert code == 1
        assert lines["shared store"].startswith("FAIL UPSTASH_REDIS_REST_URL or REDIS_URL: is required in production")
        assert "store round trip" not in lines  # a throwaway in-process store proves nothing
        return
    assert code == 0, out.getvalue()
    assert all(line.startswith("ok") for line in lines.values()), out.getvalue()
    assert {"store", "store round trip", "events", "active calls"} <= set(lines)
    assert out.getvalue().splitlines()[-1] == f"doctor: {len(lines)} passed, 0 failed"
    assert store.execute("hlen", "hl:calls:active") == 0  # it cleaned up its probe call


def test_every_missing_production_setting_is_one_line_naming_the_variable(make_settings) -> None:
    settings = make_settings("embedded", APP_ENV="development", VAPI_API_KEY="vapi-key")
    out = io.StringIO()
    assert run_doctor(settings, create_store(settings), out) == 1
    lines = _lines(out)
    expected = {
        "public URL": "PUBLIC_BASE_URL", "dashboard token": "DASHBOARD_TOKEN", "twilio token": "TWILIO_AUTH_TOKEN",
        "twilio account": "TWILIO_ACCOUNT_SID", "twilio number": "TWILIO_PHONE_NUMBER", "shared store": "REDIS_URL",
        "agent": "VAPI_PHONE_NUMBER_ID", "queue": "QSTASH_TOKEN",
    }
    for name, variable in expected.items():
        assert lines[name].startswith("FAIL") and variable in lines[name], lines[name]
    assert out.getvalue().splitlines()[-1].endswith(f"{len(expected)} failed")


def test_an_http_public_url_and_a_half_configured_agent_fail(make_settings) -> None:
    settings = make_settings("redis", **{**PRODUCTION, "PUBLIC_BASE_URL": "http://honeyline.example.org",
                                         "VAPI_API_KEY": "k", "VAPI_PHONE_NUMBER_ID": "pn"})
    out = io.StringIO()
    assert run_doctor(settings, create_store(settings), out) == 1
    lines = _lines(out)
    assert lines["public URL"].startswith("FAIL PUBLIC_BASE_URL: http://honeyline.example.org is not https")
    assert lines["agent"].startswith("FAIL VAPI_WEBHOOK_SECRET and VAPI_CALLER_NUMBER: not set")


def test_doctor_fails_naming_the_variable_when_redis_is_down(make_settings, redis_server) -> None:
    settings = make_settings("redis", STORE_TIMEOUT_SECONDS="0.5", **PRODUCTION)
    store = create_store(settings)
    redis_server.stop()
    try:
        out = io.StringIO()
        assert run_doctor(settings, store, out) == 1
    finally:
        redis_server.start()
    lines = _lines(out)
    for name in ("store", "store round trip", "events", "active calls"):
        assert lines[name].startswith("FAIL REDIS_URL: redis store unreachable"), lines[name]


def test_doctor_flags_incomplete_qstash_configuration(make_settings) -> None:
    settings = make_settings("redis", QSTASH_TOKEN="q", QSTASH_CURRENT_SIGNING_KEY="k1", **PRODUCTION)
    out = io.StringIO()
    assert run_doctor(settings, create_store(settings), out) == 1
    assert _lines(out)["queue"].startswith("FAIL QSTASH_NEXT_SIGNING_KEY: not set")


def test_doctor_contacts_the_qstash_url_when_asked(make_settings) -> None:
    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        settings = make_settings("redis", QSTASH_TOKEN="q", QSTASH_URL=f"http://127.0.0.1:{server.server_address[1]}",
                                 QSTASH_CURRENT_SIGNING_KEY="k1", QSTASH_NEXT_SIGNING_KEY="k2", **PRODUCTION)
        out = io.StringIO()
        assert run_doctor(settings, create_store(settings), out, check_url=True) == 0, out.getvalue()
    finally:
        server.shutdown()
    assert hits and "answered HTTP 404" in out.getvalue()


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp"), **env}
    return subprocess.run([sys.executable, "-m", "chalicelib", *args], capture_output=True, text=True, env=env,
                          timeout=60, stdin=subprocess.DEVNULL)


def test_doctor_command_line_against_real_redis(redis_server) -> None:
    result = _cli({"REDIS_URL": redis_server.url, **PRODUCTION}, "doctor")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "as production will see it (store: redis" in result.stdout and " 0 failed" in result.stdout


def test_doctor_command_line_on_a_bare_laptop_lists_what_production_needs() -> None:
    result = _cli({}, "doctor")
    assert result.returncode == 1
    assert "FAIL public URL        PUBLIC_BASE_URL: is required in production" in result.stdout
    assert "FAIL shared store" in result.stdout and "passed" in result.stdout


def test_doctor_command_line_reports_bad_configuration() -> None:
    result = _cli({"REDIS_URL": "http://wrong"}, "doctor")
    assert result.returncode == 2 and "REDIS_URL" in result.stderr


# ----------------------------------------------------------------------------- --url
@pytest.fixture
def deployment(make_settings: Callable[..., Settings]) -> Iterator[Callable[..., LiveServer]]:
    """``deploy(**env)``: the app on a loopback port as production, PUBLIC_BASE_URL its own URL."""
    servers: list[LiveServer] = []

    def deploy(**env: str) -> LiveServer:
        server = LiveServer(make_settings("redis", **env)).start()
        servers.append(server)
        server.settings = make_settings("redis", PUBLIC_BASE_URL=server.url, **env)
        server.install_settings()
        return server

    yield deploy
    for server in servers:
        server.close()


def _remote(url: str, **env: str) -> tuple[int, dict[str, str], str]:
    out = io.StringIO()
    code = run_remote_doctor(url, Settings.from_env(env), out)
    return code, _lines(out), out.getvalue()


def test_url_checks_a_healthy_deployment_and_its_probe_leaves_no_record(deployment) -> None:
    env = {k: v for k, v in PRODUCTION.items() if k != "PUBLIC_BASE_URL"}
    server = deployment(**env)
    store: Store = get_store()
    records_before = store.execute("zcard", "hl:calls:index")
    code, lines, text = _remote(server.url, **env)
    assert code == 0, text
    assert lines["TLS"] == "ok 127.0.0.1 is loopback: plain HTTP is fine here" or lines["TLS"].startswith("ok 127.0.0.1")
    assert lines["health"].startswith("ok production, redis store")
    assert lines["dashboard token"].startswith("ok refused without a token (401)")
    assert lines["unsigned webhook"].startswith("ok an unsigned Twilio webhook is refused (403)")
    assert lines["test webhook"].startswith("ok a signed test webhook got the voicemail TwiML and was recognised")
    assert lines["no record"].startswith("ok no event and no active call")
    # Nothing was written by the probe: no call record, no event, no counter.
    assert store.execute("zcard", "hl:calls:index") == records_before
    assert not [k for k in store.execute("keys", "hl:call:CAdoctor*")]
    assert EventBus(store, server.settings).read_since(None, 100)[0] == []


def test_url_names_what_is_wrong_with_a_development_deployment(deployment) -> None:
    server = deployment(TWILIO_AUTH_TOKEN="deployed-token")  # development, no DASHBOARD_TOKEN
    code, lines, text = _remote(server.url, TWILIO_AUTH_TOKEN="another-token", DASHBOARD_TOKEN="x")
    assert code == 1
    assert lines["health"].startswith("FAIL APP_ENV is 'development' on this deployment")
    assert lines["dashboard token"].startswith("FAIL /api/dashboard without a token answered HTTP 200, not 401")
    assert lines["unsigned webhook"].startswith("ok")
    assert lines["test webhook"].startswith("FAIL the signed test webhook was refused (403): TWILIO_AUTH_TOKEN differs")


def test_url_refuses_plain_http_to_a_remote_host_and_a_malformed_url() -> None:
    out = io.StringIO()
    assert run_remote_doctor("ftp://example.org", Settings(), out) == 2
    assert "--url must be the deployment's URL" in out.getvalue()
    from chalicelib.doctor import _tls
    from chalicelib.errors import CheckFailed

    with pytest.raises(CheckFailed, match="is not https"):
        _tls("http://honeyline.example.org/prod", None)


def test_a_probe_is_recognised_only_when_signed(deployment) -> None:
    """Without the token nobody can make a webhook skip its record: the probe flag is under the signature."""
    import httpx

    from chalicelib.demo import sign

    env = {k: v for k, v in PRODUCTION.items() if k != "PUBLIC_BASE_URL"}
    server = deployment(**env)
    url = f"{server.url}/api/twilio-webhook?type=voice"
    params = {"CallSid": "CA" + "7" * 32, "From": "+12025550147", "To": "+14155550100", "CallStatus": "ringing"}
    signed = sign(PRODUCTION["TWILIO_AUTH_TOKEN"], url, params)
    forged = httpx.post(url, data={**params, "HoneylineDoctor": "1"}, headers={"X-Twilio-Signature": signed}, timeout=10)
    assert forged.status_code == 403
    real = httpx.post(url, data=params, headers={"X-Twilio-Signature": signed}, timeout=10)
    assert real.status_code == 200 and "X-Honeyline-Probe" not in real.headers
    assert get_store().execute("exists", record_key(params["CallSid"])) == 1


# ----------------------------------------------------------------------------- TLS
def _certificate(directory: Any, days: int) -> str:
    """A self-signed certificate for localhost and 127.0.0.1 (key and cert in one PEM), by openssl."""
    import shutil

    if not shutil.which("openssl"):
        pytest.skip("openssl is not installed")
    pem = directory / f"cert-{days}.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(pem), "-out",
                    str(pem) + ".crt", "-days", str(days), "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"], check=True, capture_output=True, timeout=60)
    pem.write_text(pem.read_text() + open(str(pem) + ".crt").read())
    return str(pem)


@pytest.fixture
def tls_server(tmp_path: Any) -> Iterator[Callable[[int], tuple[int, str]]]:
    """``serve(days)``: a loopback TLS endpoint whose certificate expires in ``days``; returns (port, CA file)."""
    import socket
    import ssl

    sockets: list[socket.socket] = []

    def serve(days: int) -> tuple[int, str]:
        pem = _certificate(tmp_path, days)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(pem)
        listener = socket.create_server(("127.0.0.1", 0))
        sockets.append(listener)

        def accept() -> None:
            while True:
                try:
                    conn, _ = listener.accept()
                except OSError:
                    return
                try:
                    with context.wrap_socket(conn, server_side=True) as tls:
                        tls.recv(1)
                except (OSError, ssl.SSLError):
                    pass

        threading.Thread(target=accept, daemon=True).start()
        return listener.getsockname()[1], str(pem) + ".crt"

    yield serve
    for listener in sockets:
        listener.close()


def test_tls_reports_the_version_and_the_certificate_expiry(tls_server) -> None:
    from chalicelib.doctor import _tls

    port, ca = tls_server(90)
    detail = _tls(f"https://localhost:{port}/prod", ca)
    assert detail.startswith("TLSv1.") and "certificate valid for localhost until" in detail and "(89 days)" in detail


def test_tls_fails_on_a_certificate_about_to_expire_or_not_trusted(tls_server) -> None:
    import ssl

    from chalicelib.doctor import _tls
    from chalicelib.errors import CheckFailed

    port, ca = tls_server(5)
    with pytest.raises(CheckFailed, match=r"the certificate of localhost expires in 4 days"):
        _tls(f"https://localhost:{port}/prod", ca)
    with pytest.raises(ssl.SSLCertVerificationError):  # reported as a FAIL line by run_checks (an OSError)
        _tls(f"https://localhost:{port}/prod", None)
