"""``python -m chalicelib doctor``: the operator's integration test.

Two modes, one line per check (``ok`` or ``FAIL``, failures naming the variable to
set), exit status 1 on any failure:

* ``doctor`` checks the configuration **as production will see it**, whatever
  ``APP_ENV`` says here: ``PUBLIC_BASE_URL``, ``DASHBOARD_TOKEN``, the Twilio
  credentials, a shared store (the embedded one is per process: Lambda containers
  would not share calls), the QStash keys, the VAPI pair and its webhook secret,
  the agent's allowed countries. With a shared store it then runs the store end to
  end (connect, write, read, expire), publishes and reads back an event on a
  separate ``doctor`` channel, and stores and lists an active call. Everything it
  writes is removed or expires within a minute.
* ``doctor --url https://…/prod`` checks a deployment from the outside: TLS,
  ``/api/health``, that the dashboard data needs the token and takes ours, that an
  unsigned Twilio webhook is refused, and that a signed test webhook (the
  ``HoneylineDoctor`` probe, :data:`chalicelib.twilio.PROBE_PARAM`) is recognised
  as a test and leaves no event and no active call behind.
"""

from __future__ import annotations

import secrets
import ssl
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Callable, TextIO
from urllib.parse import urlsplit

from chalicelib.calls import CallRegistry
from chalicelib.errors import CheckFailed, HoneylineError
from chalicelib.events import EventBus
from chalicelib.settings import PUBLIC_URL_VARIABLE, SHARED_STORE_VARIABLES, Settings
from chalicelib.store import Store

LOOPBACK = ("127.0.0.1", "localhost", "::1")
HTTP_TIMEOUT_SECONDS = 20.0
TLS_WARN_DAYS = 14


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


Step = tuple[str, Callable[[], str]]


def run_checks(steps: list[Step], out: TextIO) -> int:
    """Run each step, print one line each and a summary; return the exit status."""
    results: list[Check] = []
    for name, step in steps:
        started = time.perf_counter()
        try:
            ok, detail = True, step()
        except (CheckFailed, HoneylineError, AssertionError, OSError) as exc:
            ok, detail = False, str(getattr(exc, "message", None) or exc) or type(exc).__name__
        except Exception as exc:  # any other failure is still a failed check, reported, not a crash
            ok, detail = False, f"{type(exc).__name__}: {exc}"
        ms = (time.perf_counter() - started) * 1000
        results.append(Check(name, ok, detail))
        print(f"{'ok  ' if ok else 'FAIL'} {name:<17} {detail} ({ms:.0f} ms)", file=out)
    failed = [c.name for c in results if not c.ok]
    print(f"doctor: {len(results) - len(failed)} passed, {len(failed)} failed", file=out)
    return 1 if failed else 0


# ------------------------------------------------------------ configuration (production's view)
def _require(settings: Settings, attribute: str, why: str) -> str:
    if not getattr(settings, attribute):
        raise CheckFailed(f"{attribute.upper()}: not set ({why})")
    return f"{attribute.upper()} set"


def _production_problem(settings: Settings, variable: str) -> None:
    """Raise what production itself refuses (``Settings.production_problem``) about ``variable``."""
    problem = settings.replace(app_env="production").production_problem(variable)
    if problem:
        raise CheckFailed(f"{problem.variable}: {problem.message.removeprefix(problem.variable).strip()}")


def _public_base_url(settings: Settings) -> str:
    _production_problem(settings, PUBLIC_URL_VARIABLE)
    url = settings.public_base_url or ""
    parts = urlsplit(url)
    if parts.scheme != "https" and parts.hostname not in LOOPBACK:
        raise CheckFailed(f"PUBLIC_BASE_URL: {url} is not https (Twilio and VAPI would send secrets in clear)")
    return url


def _twilio_credentials(settings: Settings) -> list[Step]:
    return [
        ("twilio token", lambda: _require(settings, "twilio_auth_token", "every Twilio webhook is signed with it")),
        ("twilio account", lambda: _require(settings, "twilio_account_sid", "recordings and configure-twilio need it")),
        ("twilio number", lambda: _require(settings, "twilio_phone_number", "the honeypot number, never called back")),
    ]


def _shared_store(settings: Settings) -> str:
    _production_problem(settings, SHARED_STORE_VARIABLES)
    return f"{settings.store_backend} store configured"


def _queue_config(settings: Settings, check_url: bool) -> str:
    if settings.queue_backend == "inline":
        if not settings.tasks_inline:
            raise CheckFailed("QSTASH_TOKEN: not set (production requires QStash; TASKS_INLINE=true runs tasks "
                              "inline on purpose, for a single-instance deployment)")
        return "TASKS_INLINE=true: tasks run inline, within each request's budget, the rest from the outbox"
    missing = [name for name, value in (("QSTASH_CURRENT_SIGNING_KEY", settings.qstash_current_signing_key),
                                        ("QSTASH_NEXT_SIGNING_KEY", settings.qstash_next_signing_key)) if not value]
    if missing:
        raise CheckFailed(f"{' and '.join(missing)}: not set (QStash deliveries cannot be verified)")
    url = settings.qstash_url or "https://qstash.upstash.io"
    if check_url:
        import httpx

        response = httpx.get(url, timeout=5.0)
        return f"QStash token and both signing keys present; {url} answered HTTP {response.status_code}"
    return f"QStash token and both signing keys present (URL {url} not contacted; use --check-url)"


def _agent_config(settings: Settings) -> str:
    key, number_id = settings.vapi_api_key, settings.vapi_phone_number_id
    if not key and not number_id:
        return "VAPI_API_KEY unset: the agent never calls back (detection and alerts still work)"
    if not key or not number_id:
        missing = "VAPI_API_KEY" if not key else "VAPI_PHONE_NUMBER_ID"
        raise CheckFailed(f"{missing}: not set (the agent needs VAPI_API_KEY and VAPI_PHONE_NUMBER_ID together)")
    missing = [name for name, value in (("VAPI_WEBHOOK_SECRET", settings.vapi_webhook_secret),
                                        ("VAPI_CALLER_NUMBER", settings.vapi_caller_number)) if not value]
    if missing:
        raise CheckFailed(f"{' and '.join(missing)}: not set (VAPI's reports are authenticated with the secret; "
                          "the caller number keeps the agent from calling itself)")
    return "VAPI key, phone number, webhook secret and caller number set"


def _agent_countries(settings: Settings) -> str:
    if not settings.vapi_api_key:
        return "agent off"
    voip = " (VoIP lines too)" if settings.agent_allow_voip else ""
    return "the agent may call numbers in " + ", ".join(sorted(settings.agent_allowed_countries)) + voip


def configuration_steps(settings: Settings, *, check_url: bool = False) -> list[Step]:
    """Everything production needs set, one step per variable (group)."""
    return [
        ("public URL", lambda: _public_base_url(settings)),
        ("dashboard token", lambda: _require(settings, "dashboard_token", "the dashboard's data is refused without it")),
        *_twilio_credentials(settings),
        ("shared store", lambda: _shared_store(settings)),
        ("queue", lambda: _queue_config(settings, check_url)),
        ("agent", lambda: _agent_config(settings)),
        ("agent countries", lambda: _agent_countries(settings)),
    ]


# ------------------------------------------------------------------------ the store, end to end
def _ping(store: Store, settings: Settings) -> str:
    if store.execute("ping") != "PONG":
        raise CheckFailed("no PONG")
    return f"{settings.store_backend} answered PING"


def _store_roundtrip(store: Store) -> str:
    key = f"hl:doctor:{secrets.token_hex(4)}"
    value = secrets.token_hex(8)
    set_reply, get_reply, ttl = store.pipeline([("set", key, value, "ex", 60), ("get", key), ("ttl", key)])
    store.execute("del", key)
    if set_reply != "OK" or get_reply != value:
        raise CheckFailed(f"wrote {value!r}, read back {get_reply!r}")
    if not 0 < int(ttl) <= 60:
        raise CheckFailed(f"expiry not set (TTL {ttl})")
    return f"write, read and expire work (TTL {ttl} s)"


def _event_roundtrip(store: Store, settings: Settings) -> str:
    bus = EventBus(store, settings, channel="doctor")
    before = bus.current_cursor()
    event = bus.publish("call_status_update", {"status": "doctor", "note": "health check"})
    events, _ = bus.read_since(before)
    if event.id not in [e.id for e in events]:
        raise CheckFailed(f"published {event.id} but read back {[e.id for e in events]}")
    return f"published and read back event {event.id}"


def _active_call_roundtrip(store: Store, settings: Settings) -> str:
    registry = CallRegistry(store, settings)
    sid = f"CAdoctor{secrets.token_hex(8)}"
    registry.start_active(sid, {"status": "doctor"})
    try:
        listed = [c["sid"] for c in registry.list_active()]
    finally:
        registry.end_active(sid)
    if sid not in listed:
        raise CheckFailed("stored an active call but it was not listed")
    return f"stored and listed an active call ({len(listed)} active)"


def store_steps(settings: Settings, store: Store) -> list[Step]:
    variable = "UPSTASH_REDIS_REST_URL" if settings.store_backend == "upstash" else "REDIS_URL"

    def named(step: Callable[[], str]) -> Callable[[], str]:
        def run() -> str:
            try:
                return step()
            except HoneylineError as exc:
                raise CheckFailed(f"{variable}: {exc.message}") from exc
        return run

    return [
        ("store", named(lambda: _ping(store, settings))),
        ("store round trip", named(lambda: _store_roundtrip(store))),
        ("events", named(lambda: _event_roundtrip(store, settings))),
        ("active calls", named(lambda: _active_call_roundtrip(store, settings))),
    ]


def run_doctor(settings: Settings, store: Store, out: TextIO, *, check_url: bool = False) -> int:
    """Check the configuration as production sees it, then the shared store end to end."""
    steps = configuration_steps(settings, check_url=check_url)
    if settings.store_backend != "embedded":
        steps += store_steps(settings, store)
    return run_checks(steps, out)


# ------------------------------------------------------------------------ a deployment, from outside
def _tls(url: str, cafile: str | None) -> str:
    parts = urlsplit(url)
    if parts.scheme != "https":
        if parts.hostname in LOOPBACK:
            return f"{parts.hostname} is loopback: plain HTTP is fine here"
        raise CheckFailed(f"{url} is not https: API Gateway URLs are; webhooks would carry secrets in clear")
    import socket

    context = ssl.create_default_context(cafile=cafile)
    with socket.create_connection((parts.hostname, parts.port or 443), timeout=10) as raw:
        with context.wrap_socket(raw, server_hostname=parts.hostname) as tls:
            cert = tls.getpeercert() or {}
            version = tls.version()
    expires = datetime.fromtimestamp(ssl.cert_time_to_seconds(cert["notAfter"]), timezone.utc)
    days = (expires - datetime.now(timezone.utc)).days
    if days < TLS_WARN_DAYS:
        raise CheckFailed(f"the certificate of {parts.hostname} expires in {days} days ({expires:%Y-%m-%d})")
    return f"{version}, certificate valid for {parts.hostname} until {expires:%Y-%m-%d} ({days} days)"


class Remote:
    """The deployment at ``url``, seen as Twilio and a browser see it."""

    def __init__(self, url: str, settings: Settings, client: Any) -> None:
        self.url = url.rstrip("/")
        self.settings = settings
        self.http = client
        self.probe_sid = "CAdoctor" + secrets.token_hex(12)

    def health(self) -> str:
        response = self.http.get(f"{self.url}/api/health")
        try:
            body = response.json()
        except ValueError:
            raise CheckFailed(f"/api/health answered HTTP {response.status_code} without JSON: is {self.url} "
                              "the API's URL with its stage (…/prod)?") from None
        failing = {name: c.get("error", "failing") for name, c in (body.get("checks") or {}).items() if not c.get("ok")}
        if response.status_code != 200 or failing:
            raise CheckFailed(f"/api/health answered HTTP {response.status_code}: {failing or body}")
        if body.get("env") != "production":
            raise CheckFailed(f"APP_ENV is {body.get('env')!r} on this deployment: set APP_ENV=production "
                              "(development skips checks whose secret is missing)")
        return f"{body.get('env')}, {body.get('store')} store, {body.get('queue')} queue, {body.get('analyzer')} analyzer"

    def dashboard(self) -> str:
        closed = self.http.get(f"{self.url}/api/dashboard")
        if closed.status_code != 401:
            raise CheckFailed(f"/api/dashboard without a token answered HTTP {closed.status_code}, not 401: "
                              "set DASHBOARD_TOKEN on the deployment")
        token = self.settings.dashboard_token
        if not token:
            raise CheckFailed("DASHBOARD_TOKEN: not set here, so the doctor cannot check that the deployment's "
                              "token works (set it to the deployment's value)")
        opened = self.http.get(f"{self.url}/api/dashboard?nocache=true", headers={"Authorization": f"Bearer {token}"})
        if opened.status_code != 200:
            raise CheckFailed(f"DASHBOARD_TOKEN: the deployment refused it (HTTP {opened.status_code})")
        return "refused without a token (401), accepted with DASHBOARD_TOKEN"

    def _post_probe(self, signed: bool) -> Any:
        from chalicelib.demo import sign
        from chalicelib.twilio import PROBE_PARAM

        params = {"AccountSid": self.settings.twilio_account_sid or "AC" + "0" * 32, "CallSid": self.probe_sid,
                  "CallStatus": "ringing", "Direction": "inbound", "From": "+15005550006",
                  "To": self.settings.twilio_phone_number or "+15005550006", PROBE_PARAM: "1"}
        url = f"{self.url}/api/twilio-webhook?type=voice"
        headers = {"User-Agent": "TwilioProxy/1.1 (honeyline doctor)"}
        if signed and self.settings.twilio_auth_token:
            headers["X-Twilio-Signature"] = sign(self.settings.twilio_auth_token, url, params)
        return self.http.post(url, data=params, headers=headers)

    def unsigned_refused(self) -> str:
        response = self._post_probe(signed=False)
        if response.status_code != 403:
            raise CheckFailed(f"an unsigned Twilio webhook answered HTTP {response.status_code}, not 403: "
                              "set TWILIO_AUTH_TOKEN on the deployment")
        return "an unsigned Twilio webhook is refused (403)"

    def signed_probe(self) -> str:
        from chalicelib.twilio import PROBE_HEADER

        if not self.settings.twilio_auth_token:
            raise CheckFailed("TWILIO_AUTH_TOKEN: not set here, so the test webhook cannot be signed")
        response = self._post_probe(signed=True)
        if response.status_code == 403:
            raise CheckFailed(f"the signed test webhook was refused (403): TWILIO_AUTH_TOKEN differs from the "
                              f"deployment's, or its PUBLIC_BASE_URL is not {self.url}")
        if response.status_code != 200 or "<Response" not in response.text:
            raise CheckFailed(f"the signed test webhook answered HTTP {response.status_code}: {response.text[:200]}")
        if not response.headers.get(PROBE_HEADER):
            raise CheckFailed(f"the test webhook was answered but not recognised as a test ({PROBE_HEADER} missing): "
                              "the deployment predates the probe and may have recorded a test call")
        return "a signed test webhook got the voicemail TwiML and was recognised as a test"

    def probe_left_nothing(self) -> str:
        token = self.settings.dashboard_token
        if not token:
            raise CheckFailed("DASHBOARD_TOKEN: not set here, so the doctor cannot read the live feed")
        answer = self.http.get(f"{self.url}/api/live-updates?mode=poll", headers={"Authorization": f"Bearer {token}"})
        if answer.status_code != 200:
            raise CheckFailed(f"/api/live-updates answered HTTP {answer.status_code}")
        text = answer.text
        if self.probe_sid in text:
            raise CheckFailed(f"the test call {self.probe_sid} shows up in the live feed or active calls")
        return "no event and no active call from the test webhook"


def run_remote_doctor(url: str, settings: Settings, out: TextIO, *, client: Any = None,
                      cafile: str | None = None) -> int:
    """Check the deployment at ``url`` from the outside."""
    import httpx

    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        print(f"doctor: --url must be the deployment's URL with its stage, e.g. "
              f"https://abc.execute-api.us-east-1.amazonaws.com/prod (got {url!r})", file=out)
        return 2
    http = client or httpx.Client(timeout=HTTP_TIMEOUT_SECONDS, verify=ssl.create_default_context(cafile=cafile))
    remote = Remote(url, settings, http)
    try:
        return run_checks([
            ("TLS", lambda: _tls(url, cafile)),
            ("health", remote.health),
            ("dashboard token", remote.dashboard),
            ("unsigned webhook", remote.unsigned_refused),
            ("test webhook", remote.signed_probe),
            ("no record", remote.probe_left_nothing),
        ], out)
    finally:
        if client is None:
            http.close()
