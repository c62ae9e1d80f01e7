"""The security model, attacked end to end: toll fraud, unsigned requests, leaks, sessions, headers.

Every test here failed on the code before the security issue (#10) was closed; each names the
attack it stops. Webhooks are signed with twilio's RequestValidator and QStash deliveries with
PyJWT exactly as QStash signs them; VAPI is the loopback look-alike, so "no call placed" means
no HTTP request reached it.
"""

from __future__ import annotations

import json
import re

import pytest
from chalice import Chalice
from chalice.test import Client
from twilio.request_validator import RequestValidator

from app import app
from chalicelib.calls import CallRegistry
from chalicelib.errors import SettingsError
from chalicelib.events import EventBus
from chalicelib.logs import JsonFormatter
from chalicelib.settings import get_settings, override_settings
from chalicelib.store import get_store
from chalicelib.web import http_middleware
from tests.conftest import QSTASH_KEYS
from tests.support.qstash import post_task
from tests.support.twilio_webhooks import post_webhook

BASE = "https://honeyline.example/prod"
TWILIO_TOKEN = "twilio-token-security-tests"
VAPI_SECRET = "vapi-secret-security-tests"
DASHBOARD_TOKEN = "dash-token-security-tests"
HONEYPOT = "+18005550100"
SCAMMER_ID = "+12025550147"
LURE = ("URGENT: your Coinbase account is locked after a suspicious login. Call our security team now at {} "
        "to verify your identity or your funds will be frozen.")

# International revenue-share fraud destinations (the list): never called.
TOLL_FRAUD = [
    ("+881 6 1234 5678", "toll_fraud"),   # Iridium
    ("+1 809 234 5678", "country"),       # Dominican Republic (the "809" lure): +1 but not US
    ("+44 70 1234 5678", "country"),      # UK personal number
    ("+870 77 234 5678", "toll_fraud"),   # Inmarsat
    ("+1 242 359 1234", "country"),       # Bahamas
    ("+269 321 2345", "country"),         # Comoros
]


@pytest.fixture
def client():
    with Client(app) as test_client:
        yield test_client


@pytest.fixture
def configure(make_settings, use_settings, vapi):
    """A development deployment with VAPI (the agent) and Twilio signing configured."""

    def install(backend: str = "redis", **extra: str):
        env = {"VAPI_API_KEY": vapi.api_key, "VAPI_BASE_URL": vapi.url, "VAPI_PHONE_NUMBER_ID": "pn_sec",
               "VAPI_WEBHOOK_SECRET": VAPI_SECRET, "PUBLIC_BASE_URL": BASE, "VAPI_TIMEOUT_SECONDS": "2",
               "TWILIO_AUTH_TOKEN": TWILIO_TOKEN, "TWILIO_PHONE_NUMBER": HONEYPOT, **QSTASH_KEYS, **extra}
        return use_settings(make_settings(backend, **env))

    return install


def twilio_post(client, kind: str, params: dict[str, str], *, signed: bool = True, headers=None):
    return post_webhook(client, kind, params, base=BASE, token=TWILIO_TOKEN, signed=signed, headers=headers)


def sms(client, sid: str, body: str):
    return twilio_post(client, "sms", {"MessageSid": sid, "From": SCAMMER_ID, "To": HONEYPOT, "Body": body})


def voicemail(client, sid: str, text: str):
    assert twilio_post(client, "voice", {"CallSid": sid, "From": SCAMMER_ID, "To": HONEYPOT}).status_code == 200
    return twilio_post(client, "transcription", {"CallSid": sid, "TranscriptionSid": "TR" + sid,
                                                 "TranscriptionStatus": "completed", "TranscriptionText": text})


def events(kind: str) -> list[dict]:
    found = EventBus(get_store(), get_settings()).read_since(None, 1000)[0]
    return [e.data for e in found if e.type == kind]


def agent_of(sid: str) -> dict:
    return (CallRegistry(get_store(), get_settings()).get_record(sid) or {}).get("agent") or {}


# ------------------------------------------------------------------ 1. toll fraud
@pytest.mark.parametrize(("number", "rule"), TOLL_FRAUD)
@pytest.mark.parametrize("channel", ["sms", "voicemail"])
def test_revenue_share_numbers_are_never_called(client, configure, vapi, number, rule, channel) -> None:
    configure()
    sid = ("SM" if channel == "sms" else "CA") + "fraud1"
    response = (sms if channel == "sms" else voicemail)(client, sid, LURE.format(number))
    assert response.status_code == 200
    assert vapi.attempts == 0, f"the agent dialled {number}"
    agent = agent_of(sid)
    assert agent["status"] == "refused" and agent["rule"] == rule and agent["reason"]
    [failed] = events("vapi_call_failed")
    assert failed["agent_refused"] is True and failed["rule"] == rule and failed["reason"] == agent["reason"]


@pytest.mark.parametrize("number", ["+1 888 555 0142", "+1 212 555 0188", "+1 613 555 0123"])
def test_us_toll_free_geographic_and_canadian_numbers_are_still_called(client, configure, vapi, number) -> None:
    """Positive controls: the rules must not stop the product from working."""
    configure()
    assert sms(client, "SMok1", LURE.format(number)).status_code == 200
    assert vapi.attempts == 1 and len(vapi.calls) == 1
    assert vapi.calls[0]["customer"]["number"] == "+" + re.sub(r"\D", "", number)
    assert agent_of("SMok1")["status"] == "started"


@pytest.mark.parametrize(("number", "called", "rule"), [
    ("+44 20 7946 0000", True, None),          # London geographic: a call centre can be there
    ("+44 70 1234 5678", False, "number_type"),  # personal number: pays its owner per minute
    ("+44 9012 345678", False, "premium"),     # premium rate
    ("+881 6 1234 5678", False, "toll_fraud"),  # +88x whatever the setting
])
def test_widening_to_gb_allows_geographic_lines_only(client, configure, vapi, number, called, rule) -> None:
    configure(AGENT_ALLOWED_COUNTRIES="US,CA,GB")
    assert voicemail(client, "CAgb1", LURE.format(number)).status_code == 200
    assert (vapi.attempts == 1) is called
    if not called:
        assert agent_of("CAgb1")["rule"] == rule


def test_allowed_countries_must_be_real_regions(make_settings) -> None:
    with pytest.raises(SettingsError, match="AGENT_ALLOWED_COUNTRIES"):
        make_settings("embedded", AGENT_ALLOWED_COUNTRIES="US,XX")


# ------------------------------------------------------------------ 2. unsigned requests
def test_unsigned_worker_delivery_never_places_a_call_in_development(client, make_settings, use_settings, vapi) -> None:
    """The hole: dev mode + VAPI keys + no QStash keys accepted any made-up transcript."""
    use_settings(make_settings("redis", VAPI_API_KEY=vapi.api_key, VAPI_BASE_URL=vapi.url, VAPI_PHONE_NUMBER_ID="pn"))
    body = json.dumps({"task": "analyze_scam", "payload": {"subject": "CAx", "channel": "call",
                                                            "text": LURE.format("+1 888 555 0142")}})
    response = client.http.post("/api/process-transcription", headers={"Content-Type": "application/json"}, body=body)
    assert response.status_code == 401 and "VAPI_API_KEY" in json.loads(response.body)["message"]
    assert vapi.attempts == 0 and events("scam_detected") == []


@pytest.mark.parametrize("integration", [
    {"SLACK_WEBHOOK_URL": "http://127.0.0.1:9/hook"},
    {"TELEGRAM_BOT_TOKEN": "1:x", "TELEGRAM_CHAT_ID": "1"},
    {"WEBHOOK_URLS": "http://127.0.0.1:9/h", "WEBHOOK_SECRET": "s"},
])
def test_any_outbound_integration_closes_unsigned_routes(client, make_settings, use_settings, integration) -> None:
    use_settings(make_settings("embedded", **integration))
    worker = client.http.post("/api/process-transcription", headers={"Content-Type": "application/json"},
                              body=json.dumps({"task": "trigger_vapi_call", "payload": {"subject": "CA1"}}))
    assert worker.status_code == 401
    twilio = twilio_post(client, "sms", {"MessageSid": "SM1", "From": SCAMMER_ID, "Body": "hi"}, signed=False)
    assert twilio.status_code == 403 and "TWILIO_AUTH_TOKEN" in json.loads(twilio.body)["message"]
    vapi = client.http.post("/api/vapi-webhook", headers={"Content-Type": "application/json"},
                            body=json.dumps({"message": {"type": "end-of-call-report", "call": {"id": "c1"}}}))
    assert vapi.status_code == 401


def test_routes_with_local_effects_stay_open_in_development(client, make_settings, use_settings) -> None:
    """With no outbound integration an unsigned request can only touch the local store."""
    use_settings(make_settings("embedded"))
    assert twilio_post(client, "sms", {"MessageSid": "SM1", "From": SCAMMER_ID, "Body": "hi"}, signed=False).status_code == 200
    assert client.http.get("/api/dashboard").status_code == 200


def test_signed_delivery_is_still_accepted(client, configure, vapi) -> None:
    configure()
    response = post_task(client, "process_transcription", {"call_sid": "CAs", "transcription_text": LURE.format("+1 888 555 0142")},
                         public_base=BASE, key=QSTASH_KEYS["QSTASH_NEXT_SIGNING_KEY"])
    assert response.status_code == 200 and vapi.attempts == 1


# ------------------------------------------------------------------ 3. leaks in odd formats
ODD_FORMATS = ["202/555/0188", "202 - 555 - 0166", "202_555_0147", "202\u2013555\u20130147", "202,555,0147",
               "202 ... 555 ... 0147", "202*555*0147"]


def test_odd_formats_never_reach_the_dashboard_polling_or_snapshot(client, make_settings, use_settings) -> None:
    use_settings(make_settings("redis", DASHBOARD_TOKEN=DASHBOARD_TOKEN))
    for i, written in enumerate(ODD_FORMATS):
        text = f"Amazon: your order is on hold. Call {written} now to verify your card or it will be cancelled"
        post_task(client, "process_sms", {"message_sid": f"SM{i}", "body": text}, public_base=BASE, key="unused-signing-key-no-checks-here")
    auth = {"Authorization": f"Bearer {DASHBOARD_TOKEN}"}
    bodies = [client.http.get(path, headers=auth).body.decode() for path in
              ("/api/dashboard?nocache=true", "/api/live-updates?mode=poll", "/api/live-updates")]
    assert "on hold" in bodies[0] + bodies[1]  # the texts are there...
    for body in bodies:
        for written in ODD_FORMATS:  # ...their numbers are not
            assert written not in body and json.dumps(written)[1:-1] not in body, (written, body[:300])


# ------------------------------------------------------------------ 4. the rest of the attack report
def test_login_sets_a_strict_http_only_session_cookie(client, make_settings, use_settings) -> None:
    use_settings(make_settings("embedded", DASHBOARD_TOKEN=DASHBOARD_TOKEN))
    wrong = client.http.post("/api/login", headers={"Content-Type": "application/json"}, body=json.dumps({"token": "nope"}))
    assert wrong.status_code == 401 and "Set-Cookie" not in wrong.headers
    ok = client.http.post("/api/login", headers={"Content-Type": "application/json", "X-Forwarded-Proto": "https"},
                          body=json.dumps({"token": DASHBOARD_TOKEN}))
    cookie = ok.headers["Set-Cookie"]
    assert ok.status_code == 204 and DASHBOARD_TOKEN not in cookie
    for attribute in ("HttpOnly", "SameSite=Strict", "Secure", "Path=/"):
        assert attribute in cookie
    session = cookie.split(";")[0]
    assert client.http.get("/api/dashboard", headers={"Cookie": session}).status_code == 200
    assert client.http.get("/api/dashboard", headers={"Cookie": session[:-4] + "0000"}).status_code == 401
    logout = client.http.post("/api/logout")
    assert "Max-Age=0" in logout.headers["Set-Cookie"]


def test_token_in_the_query_is_refused_in_production(client, make_settings, use_settings) -> None:
    use_settings(make_settings("redis", APP_ENV="production", DASHBOARD_TOKEN=DASHBOARD_TOKEN, PUBLIC_BASE_URL=BASE))
    response = client.http.get(f"/api/live-updates?mode=poll&token={DASHBOARD_TOKEN}")
    assert response.status_code == 400 and "POST /api/login" in json.loads(response.body)["message"]
    assert client.http.get("/api/live-updates?mode=poll", headers={"Authorization": f"Bearer {DASHBOARD_TOKEN}"}).status_code == 200


def test_production_never_trusts_the_host_header(client, make_settings, use_settings) -> None:
    """Without PUBLIC_BASE_URL an attacker's Host decides the URL signatures are checked against."""
    use_settings(make_settings("redis", APP_ENV="production", TWILIO_AUTH_TOKEN=TWILIO_TOKEN))
    params = {"MessageSid": "SM1", "From": SCAMMER_ID, "Body": "hi"}
    forged = "https://evil.example/api/twilio-webhook?type=sms"
    response = client.http.post("/api/twilio-webhook?type=sms", body="MessageSid=SM1&From=%2B12025550147&Body=hi", headers={
        "Content-Type": "application/x-www-form-urlencoded", "Host": "evil.example", "X-Forwarded-Proto": "https",
        "X-Twilio-Signature": RequestValidator(TWILIO_TOKEN).compute_signature(forged, params)})
    assert response.status_code == 503 and "PUBLIC_BASE_URL" in json.loads(response.body)["message"]


def test_production_refuses_the_embedded_store_and_says_why(client, make_settings, use_settings) -> None:
    use_settings(make_settings("embedded", APP_ENV="production", PUBLIC_BASE_URL=BASE))
    health = json.loads(client.http.get("/api/health").body)
    assert health["status"] == "degraded"
    assert health["checks"]["configuration"]["missing"] == ["UPSTASH_REDIS_REST_URL or REDIS_URL"]
    assert "UPSTASH_REDIS_REST_URL or REDIS_URL" in health["checks"]["store"]["error"]


def test_ssm_failure_is_cached_named_and_the_caller_still_hears_the_greeting(client, monkeypatch) -> None:
    """No AWS region here: boto3 cannot even build the client. That must be a named
    configuration error (not a bare 500), remembered briefly, and never cost a voicemail."""
    monkeypatch.setenv("SSM_PARAMETER_PREFIX", "/honeyline/prod")
    override_settings(None)
    with pytest.raises(SettingsError) as caught:
        get_settings(clock=lambda: 1000.0)
    assert caught.value.variable == "SSM_PARAMETER_PREFIX"
    monkeypatch.delenv("SSM_PARAMETER_PREFIX")
    with pytest.raises(SettingsError):  # cached: SSM is not asked again for a while...
        get_settings(clock=lambda: 1010.0)
    assert get_settings(clock=lambda: 1031.0).ssm_parameter_prefix is None  # ...then it is
    monkeypatch.setenv("SSM_PARAMETER_PREFIX", "/honeyline/prod")
    override_settings(None)
    voice = client.http.post("/api/twilio-webhook?type=voice", body="CallSid=CA1&From=%2B12025550147",
                             headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert voice.status_code == 200 and b"<Say" in voice.body and b"<Record" in voice.body
    sms_reply = client.http.post("/api/twilio-webhook?type=sms", body="MessageSid=SM1&From=%2B12025550147",
                                 headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert sms_reply.status_code == 500 and "SSM_PARAMETER_PREFIX" in json.loads(sms_reply.body)["message"]


@pytest.mark.parametrize("path", ["/", "/static/app.js", "/static/app.css"])
def test_page_and_static_files_carry_security_headers(client, path) -> None:
    headers = client.http.get(path).headers
    csp = headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in csp and "script-src 'self' 'sha256-" in csp and "unsafe-inline" not in csp
    assert "style-src 'self';" in csp and "default-src 'none'" in csp
    assert headers["X-Content-Type-Options"] == "nosniff" and headers["Referrer-Policy"] == "no-referrer"


def test_vapi_body_over_one_megabyte_is_413(client, configure) -> None:
    configure()
    big = json.dumps({"message": {"type": "end-of-call-report", "call": {"id": "c1"}, "transcript": "x" * (1024 * 1024)}})
    response = client.http.post("/api/vapi-webhook", body=big,
                                headers={"Content-Type": "application/json", "X-Vapi-Secret": VAPI_SECRET})
    assert response.status_code == 413 and json.loads(response.body)["error"] == "payload_too_large"


def test_worker_rejects_unknown_channels(client, configure, vapi) -> None:
    configure()
    response = post_task(client, "analyze_scam", {"subject": "CA1", "channel": "fax", "text": LURE.format("+1 888 555 0142")},
                         public_base=BASE, key=QSTASH_KEYS["QSTASH_CURRENT_SIGNING_KEY"])
    assert response.status_code == 489 and "channel" in json.loads(response.body)["message"]
    assert response.headers["Upstash-NonRetryable-Error"] == "true" and vapi.attempts == 0


def test_requests_chalice_rejects_itself_answer_in_our_shape(client) -> None:
    unsupported = client.http.post("/api/process-transcription", body="<x/>", headers={"Content-Type": "application/xml"})
    assert unsupported.status_code == 415
    assert json.loads(unsupported.body) == {"error": "unsupported_media_type", "message": "Unsupported media type: application/xml"}
    not_allowed = client.http.put("/api/dashboard", body="")
    assert not_allowed.status_code == 405 and json.loads(not_allowed.body)["error"] == "method_not_allowed"


def test_unhandled_exceptions_are_our_shape_and_their_tracebacks_are_masked(caplog) -> None:
    """A real Chalice app with our middleware; its route fails the way a bug would."""
    buggy = Chalice(app_name="buggy", configure_logs=False)
    buggy.register_middleware(http_middleware, "http")

    @buggy.route("/boom")
    def boom() -> dict:
        raise ValueError("could not reach 202/555/0188")

    with Client(buggy) as test_client:
        response = test_client.http.get("/boom")
    assert response.status_code == 500 and json.loads(response.body)["error"] == "internal_error"
    [record] = [r for r in caplog.records if r.exc_info]
    assert record.name == "buggy" and not buggy.log.handlers and buggy.log.propagate  # reaches our JSON handler
    line = json.loads(JsonFormatter().format(record))
    assert "ValueError" in line["exception"] and "202/555/0188" not in line["exception"] and "0188" in line["exception"]
    assert app.log.propagate and not app.log.handlers  # the real app logs the same way

