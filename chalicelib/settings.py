"""Configuration: one frozen ``Settings`` built once from the environment.

Nothing else in Honeyline reads ``os.environ``. Every other module receives a
``Settings`` (usually through :func:`get_settings`), so tests can build one from
a plain dict and a Lambda container builds it exactly once.

Secrets never live in ``.chalice/config.json``: they come from the deploy
environment or, when ``SSM_PARAMETER_PREFIX`` is set, from AWS SSM Parameter
Store (SecureString parameters named ``<prefix>/<VARIABLE>``), read once per
container. A variable set in the environment wins over SSM so an operator can
override a single value without touching the parameter store.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from types import MappingProxyType
from typing import Any, Callable, Generic, Mapping, TypeVar
from urllib.parse import urlsplit

from chalicelib.errors import MissingSecretError, SettingsError
from chalicelib.records import Record

logger = logging.getLogger(__name__)
T = TypeVar("T")

APP_ENVS = ("development", "production")
ANALYZERS = ("offline", "bedrock", "openai")
TLP_LEVELS = ("clear", "green", "amber", "red")
DEFAULT_GREETING = (
    "Hi, you've reached my voicemail. I can't come to the phone right now. "
    "Please leave your name, number and a message after the beep and I'll call you back."
)

# What production refuses to run without (see Settings.production_problems), by the name reported.
PUBLIC_URL_VARIABLE = "PUBLIC_BASE_URL"
SHARED_STORE_VARIABLES = "UPSTASH_REDIS_REST_URL or REDIS_URL"

# Variables that may be loaded from SSM. Anything else under the prefix is ignored,
# so a shared parameter path cannot inject unrelated configuration.
SECRET_VARIABLES = (
    "TWILIO_ACCOUNT_SID",
    "TWILIO_AUTH_TOKEN",
    "UPSTASH_REDIS_REST_URL",
    "UPSTASH_REDIS_REST_TOKEN",
    "REDIS_URL",
    "QSTASH_TOKEN",
    "QSTASH_CURRENT_SIGNING_KEY",
    "QSTASH_NEXT_SIGNING_KEY",
    "VAPI_API_KEY",
    "VAPI_WEBHOOK_SECRET",
    "DASHBOARD_TOKEN",
    "SLACK_WEBHOOK_URL",
    "TELEGRAM_BOT_TOKEN",
    "WEBHOOK_SECRET",
    "OPENAI_API_KEY",
    "WEBSOCKET_URL",  # not secret, but known only after the first deploy: the parameter store may hold it
    "WEBSOCKET_MANAGEMENT_URL",
)


class Settings(Record):
    """Validated configuration. Build it with :meth:`from_env`, never by hand in app code.

    The fields are the annotated class attributes below (their values are the defaults),
    frozen once built (:class:`~chalicelib.records.Record`, not ``@dataclass``: generating
    methods for its 65 fields cost 3.5 ms of every cold start). The fields in ``_hidden`` are
    secrets, or URLs that may carry credentials: ``repr`` never shows them.
    """

    _hidden = frozenset({
        "twilio_auth_token", "upstash_redis_rest_token", "redis_url", "qstash_token", "qstash_current_signing_key",
        "qstash_next_signing_key", "vapi_api_key", "vapi_webhook_secret", "dashboard_token", "slack_webhook_url",
        "telegram_bot_token", "webhook_secret", "openai_api_key",
    })

    app_env: str = "development"
    public_base_url: str | None = None
    log_level: str = "INFO"

    twilio_account_sid: str | None = None
    twilio_auth_token: str | None = None
    twilio_phone_number: str | None = None
    voicemail_greeting: str = DEFAULT_GREETING
    voicemail_voice: str = "Polly.Joanna"
    sms_reply: str = ""

    upstash_redis_rest_url: str | None = None
    upstash_redis_rest_token: str | None = None
    redis_url: str | None = None
    store_timeout_seconds: float = 2.0

    qstash_token: str | None = None
    qstash_url: str | None = None
    qstash_current_signing_key: str | None = None
    qstash_next_signing_key: str | None = None
    qstash_retries: int = 3
    tasks_inline: bool = False
    outbox_grace_seconds: int = 60
    queue_timeout_seconds: float = 5.0
    transcription_wait_seconds: int = 90
    transcribe_bucket: str | None = None
    transcribe_language: str = "en-US"

    vapi_api_key: str | None = None
    vapi_phone_number_id: str | None = None
    vapi_base_url: str = "https://api.vapi.ai"
    vapi_webhook_secret: str | None = None
    vapi_caller_number: str | None = None
    vapi_assistants: Mapping[str, str] = MappingProxyType({})  # read-only: one default shared by all
    vapi_timeout_seconds: float = 10.0
    agent_do_not_call: frozenset[str] = frozenset()
    agent_max_calls_per_number: int = 2
    agent_max_calls_per_day: int = 50
    agent_success_seconds: int = 300
    agent_allowed_countries: frozenset[str] = frozenset({"US", "CA"})
    agent_allow_voip: bool = False
    operator_phone_number: str | None = None

    dashboard_token: str | None = None
    cors_allowed_origin: str | None = None

    slack_webhook_url: str | None = None
    telegram_bot_token: str | None = None
    telegram_chat_id: str | None = None
    telegram_api_base: str = "https://api.telegram.org"
    twilio_api_base: str | None = None
    webhook_urls: tuple[str, ...] = ()
    webhook_secret: str | None = None

    scam_analyzer: str = "offline"
    engage_threshold: int = 70
    bedrock_model_id: str = "anthropic.claude-3-haiku-20240307-v1:0"
    openai_base_url: str = "https://openrouter.ai/api/v1"
    openai_api_key: str | None = None
    openai_model: str = "openai/gpt-4o-mini"
    llm_timeout_seconds: float = 8.0

    ssm_parameter_prefix: str | None = None

    events_max_len: int = 100
    events_ttl_seconds: int = 300
    active_call_ttl_seconds: int = 3600
    call_retention_days: int = 30
    live_window_seconds: float = 9.0
    websocket_url: str | None = None
    websocket_management_url: str | None = None

    # Scam intelligence (campaigns, blocklist exports)
    campaign_retention_days: int = 90
    campaign_window_hours: int = 72
    intel_tlp: str = "amber"

    def __init__(self, **values: Any) -> None:
        """Fields by keyword; any not given keeps its default. App code calls :meth:`from_env`."""
        unknown = values.keys() - set(self._fields)
        if unknown:
            raise TypeError(f"Settings has no field {', '.join(sorted(unknown))}")
        super().__init__(**values)

    # ------------------------------------------------------------------ derived
    @property
    def is_production(self) -> bool:
        return self.app_env == "production"

    @property
    def store_backend(self) -> str:
        """Which store the environment selects: ``upstash``, ``redis`` or ``embedded``."""
        if self.upstash_redis_rest_url:
            return "upstash"
        if self.redis_url:
            return "redis"
        return "embedded"

    @property
    def queue_backend(self) -> str:
        return "qstash" if self.qstash_token else "inline"

    @property
    def outbound_integrations(self) -> tuple[str, ...]:
        """The configured integrations whose effects leave this process (calls, alerts, SMS).

        With any of them set, a request that can trigger them must be authenticated even in
        development: an unsigned delivery must never place a call or send an alert.
        """
        configured = {
            "VAPI_API_KEY": bool(self.vapi_api_key),
            "SLACK_WEBHOOK_URL": bool(self.slack_webhook_url),
            "TELEGRAM_BOT_TOKEN": bool(self.telegram_bot_token and self.telegram_chat_id),
            "WEBHOOK_URLS": bool(self.webhook_urls),
            "OPERATOR_PHONE_NUMBER": bool(self.operator_phone_number and self.twilio_account_sid and self.twilio_auth_token),
        }
        return tuple(name for name, on in configured.items() if on)

    def production_problems(self) -> list[SettingsError]:
        """What production refuses to run without; empty in development.

        Reported by ``/api/health`` and ``doctor``, and raised by the parts that need
        them, instead of silently trusting Host headers or keeping state per container.
        """
        if not self.is_production:
            return []
        problems = []
        if not self.public_base_url:
            problems.append(SettingsError(
                PUBLIC_URL_VARIABLE, "is required in production (signatures are checked against it; Host headers are not trusted)"))
        if self.store_backend == "embedded":
            problems.append(SettingsError(
                SHARED_STORE_VARIABLES, "is required in production: the embedded store would keep state per Lambda container"))
        return problems

    def production_problem(self, variable: str) -> SettingsError | None:
        """The one of :meth:`production_problems` about ``variable`` (one of the names above), if any."""
        return next((p for p in self.production_problems() if p.variable == variable), None)

    def require(self, attribute: str) -> str:
        """Return a secret a protected route needs, or refuse.

        In production a missing secret is a misconfiguration the route must not paper
        over by running open: raise :class:`MissingSecretError` (mapped to 503 and logged).
        """
        value = getattr(self, attribute)
        if not value:
            variable = attribute.upper()
            logger.error("refusing request: %s is not configured", variable)
            raise MissingSecretError(variable)
        return value

    # ------------------------------------------------------------- construction
    @classmethod
    def from_env(
        cls,
        environ: Mapping[str, str] | None = None,
        *,
        ssm_client_factory: Callable[[], Any] | None = None,
    ) -> "Settings":
        """Build and validate settings from ``environ`` (default: ``os.environ``).

        ``ssm_client_factory`` lets tests hand in a stubbed boto3 SSM client.
        """
        env = dict(os.environ if environ is None else environ)
        prefix = _clean(env.get("SSM_PARAMETER_PREFIX"))
        if prefix:
            for name, value in load_ssm_parameters(prefix, ssm_client_factory).items():
                env.setdefault(name, value)
        return cls(**_parse(env))


# ----------------------------------------------------------------------- parsing
def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


def _url(env: Mapping[str, str], name: str, schemes: tuple[str, ...]) -> str | None:
    value = _clean(env.get(name))
    if value is None:
        return None
    parts = urlsplit(value)
    if parts.scheme not in schemes or not parts.netloc:
        raise SettingsError(name, f"must be a URL starting with {' or '.join(s + '://' for s in schemes)}")
    return value.rstrip("/")


def _number(env: Mapping[str, str], name: str, default: float, low: float, high: float, kind: type = int) -> Any:
    raw = _clean(env.get(name))
    if raw is None:
        return default
    try:
        value = kind(raw)
    except ValueError:
        raise SettingsError(name, f"must be a number, got {raw!r}") from None
    if not low <= value <= high:
        raise SettingsError(name, f"must be between {low:g} and {high:g}, got {raw}")
    return value


def _choice(env: Mapping[str, str], name: str, choices: tuple[str, ...], default: str) -> str:
    value = (_clean(env.get(name)) or default).lower()
    if value not in choices:
        raise SettingsError(name, f"must be one of {', '.join(choices)}, got {value!r}")
    return value


def _phone(env: Mapping[str, str], name: str) -> str | None:
    """A phone number in E.164 (``+`` and 8-15 digits), as Twilio and VAPI expect."""
    value = _clean(env.get(name))
    if value is None:
        return None
    compact = value.replace(" ", "").replace("-", "")
    if not (compact.startswith("+") and compact[1:].isdigit() and 8 <= len(compact) - 1 <= 15):
        raise SettingsError(name if name != "N" else "AGENT_DO_NOT_CALL", "must hold E.164 numbers such as +15551234567")
    return compact


def _regions(env: Mapping[str, str], name: str, default: frozenset[str]) -> frozenset[str]:
    """ISO 3166 region codes (``US,CA``), checked against the regions phonenumbers knows."""
    raw = _clean(env.get(name))
    if raw is None:
        return default
    from phonenumbers import SUPPORTED_REGIONS

    regions = frozenset(part.strip().upper() for part in raw.split(",") if part.strip())
    unknown = sorted(regions - SUPPORTED_REGIONS)
    if not regions or unknown:
        raise SettingsError(name, f"must be ISO region codes such as US,CA; unknown: {', '.join(unknown) or 'none given'}")
    return regions


def _flag(env: Mapping[str, str], name: str) -> bool:
    value = (_clean(env.get(name)) or "false").lower()
    if value not in ("true", "false", "1", "0", "yes", "no"):
        raise SettingsError(name, f"must be true or false, got {value!r}")
    return value in ("true", "1", "yes")


def _json_map(env: Mapping[str, str], name: str) -> dict[str, str]:
    raw = _clean(env.get(name))
    if raw is None:
        return {}
    try:
        value = json.loads(raw)
    except ValueError as exc:
        raise SettingsError(name, f"must be a JSON object: {exc}") from None
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) and v for k, v in value.items()):
        raise SettingsError(name, 'must be a JSON object of company name to assistant id, e.g. {"Coinbase": "asst_1"}')
    return value


def _url_list(env: Mapping[str, str], name: str) -> tuple[str, ...]:
    raw = _clean(env.get(name)) or ""
    urls = tuple(part.strip() for part in raw.split(",") if part.strip())
    for url in urls:
        _url({name: url}, name, ("https", "http"))
    return urls


def _parse(env: Mapping[str, str]) -> dict[str, Any]:
    """Turn raw variables into typed, validated constructor arguments."""
    text = lambda name: _clean(env.get(name))  # noqa: E731 - tiny local reader
    upstash_url = _url(env, "UPSTASH_REDIS_REST_URL", ("https", "http")) or _url(
        env, "UPSTASH_REDIS_URL", ("https", "http")
    )
    upstash_token = text("UPSTASH_REDIS_REST_TOKEN")
    if upstash_url and not upstash_token:
        raise SettingsError("UPSTASH_REDIS_REST_TOKEN", "is required when UPSTASH_REDIS_REST_URL is set")
    values: dict[str, Any] = {
        "app_env": _choice(env, "APP_ENV", APP_ENVS, "development"),
        "public_base_url": _url(env, "PUBLIC_BASE_URL", ("https", "http")),
        "log_level": _choice(env, "LOG_LEVEL", ("debug", "info", "warning", "error"), "info").upper(),
        "twilio_account_sid": text("TWILIO_ACCOUNT_SID"),
        "twilio_auth_token": text("TWILIO_AUTH_TOKEN"),
        "twilio_phone_number": _phone(env, "TWILIO_PHONE_NUMBER"),
        "voicemail_greeting": text("VOICEMAIL_GREETING") or DEFAULT_GREETING,
        "voicemail_voice": text("VOICEMAIL_VOICE") or "Polly.Joanna",
        "sms_reply": (env.get("SMS_REPLY") or "").strip(),
        "upstash_redis_rest_url": upstash_url,
        "upstash_redis_rest_token": upstash_token,
        "redis_url": _url(env, "REDIS_URL", ("redis", "rediss", "unix")),
        "store_timeout_seconds": _number(env, "STORE_TIMEOUT_SECONDS", 2.0, 0.1, 10.0, float),
        "qstash_token": text("QSTASH_TOKEN"),
        "qstash_url": _url(env, "QSTASH_URL", ("https", "http")),
        "qstash_current_signing_key": text("QSTASH_CURRENT_SIGNING_KEY"),
        "qstash_next_signing_key": text("QSTASH_NEXT_SIGNING_KEY"),
        "qstash_retries": _number(env, "QSTASH_RETRIES", 3, 0, 10),
        "tasks_inline": _choice(env, "TASKS_INLINE", ("true", "false"), "false") == "true",
        "outbox_grace_seconds": _number(env, "OUTBOX_GRACE_SECONDS", 60, 0, 3600),
        "queue_timeout_seconds": _number(env, "QUEUE_TIMEOUT_SECONDS", 5.0, 0.5, 30.0, float),
        "transcription_wait_seconds": _number(env, "TRANSCRIPTION_WAIT_SECONDS", 90, 0, 900),
        "transcribe_bucket": text("TRANSCRIBE_BUCKET"),
        "transcribe_language": text("TRANSCRIBE_LANGUAGE") or "en-US",
        "vapi_api_key": text("VAPI_API_KEY"),
        "vapi_phone_number_id": text("VAPI_PHONE_NUMBER_ID"),
        "vapi_base_url": _url(env, "VAPI_BASE_URL", ("https", "http")) or "https://api.vapi.ai",
        "vapi_webhook_secret": text("VAPI_WEBHOOK_SECRET"),
        "vapi_caller_number": _phone(env, "VAPI_CALLER_NUMBER"),
        "vapi_assistants": _json_map(env, "VAPI_ASSISTANTS"),
        "vapi_timeout_seconds": _number(env, "VAPI_TIMEOUT_SECONDS", 10.0, 1.0, 25.0, float),
        "agent_do_not_call": frozenset(_phone({"N": n}, "N") for n in (text("AGENT_DO_NOT_CALL") or "").split(",") if n.strip()),
        "agent_max_calls_per_number": _number(env, "AGENT_MAX_CALLS_PER_NUMBER", 2, 0, 100),
        "agent_max_calls_per_day": _number(env, "AGENT_MAX_CALLS_PER_DAY", 50, 0, 10_000),
        "agent_success_seconds": _number(env, "AGENT_SUCCESS_SECONDS", 300, 1, 86_400),
        "agent_allowed_countries": _regions(env, "AGENT_ALLOWED_COUNTRIES", frozenset({"US", "CA"})),
        "agent_allow_voip": _flag(env, "AGENT_ALLOW_VOIP"),
        "operator_phone_number": _phone(env, "OPERATOR_PHONE_NUMBER"),
        "dashboard_token": text("DASHBOARD_TOKEN"),
        "cors_allowed_origin": _url(env, "CORS_ALLOWED_ORIGIN", ("https", "http")),
        "slack_webhook_url": _url(env, "SLACK_WEBHOOK_URL", ("https", "http")),
        "telegram_bot_token": text("TELEGRAM_BOT_TOKEN"),
        "telegram_chat_id": text("TELEGRAM_CHAT_ID"),
        "telegram_api_base": _url(env, "TELEGRAM_API_BASE", ("https", "http")) or "https://api.telegram.org",
        "twilio_api_base": _url(env, "TWILIO_API_BASE", ("https", "http")),
        "webhook_urls": _url_list(env, "WEBHOOK_URLS"),
        "webhook_secret": text("WEBHOOK_SECRET"),
        "scam_analyzer": _choice(env, "SCAM_ANALYZER", ANALYZERS, "offline"),
        "engage_threshold": _number(env, "ENGAGE_THRESHOLD", 70, 0, 100),
        "bedrock_model_id": text("BEDROCK_MODEL_ID") or "anthropic.claude-3-haiku-20240307-v1:0",
        "openai_base_url": _url(env, "OPENAI_BASE_URL", ("https", "http")) or "https://openrouter.ai/api/v1",
        "openai_api_key": text("OPENAI_API_KEY"),
        "openai_model": text("OPENAI_MODEL") or "openai/gpt-4o-mini",
        "llm_timeout_seconds": _number(env, "LLM_TIMEOUT_SECONDS", 8.0, 0.5, 25.0, float),
        "ssm_parameter_prefix": text("SSM_PARAMETER_PREFIX"),
        "events_max_len": _number(env, "EVENTS_MAX_LEN", 100, 1, 100_000),
        "events_ttl_seconds": _number(env, "EVENTS_TTL_SECONDS", 300, 10, 86_400),
        "active_call_ttl_seconds": _number(env, "ACTIVE_CALL_TTL_SECONDS", 3600, 60, 86_400),
        "call_retention_days": _number(env, "CALL_RETENTION_DAYS", 30, 1, 3650),
        "live_window_seconds": _number(env, "LIVE_UPDATES_WINDOW_SECONDS", 9.0, 1.0, 25.0, float),
        "campaign_retention_days": _number(env, "CAMPAIGN_RETENTION_DAYS", 90, 1, 3650),
        "campaign_window_hours": _number(env, "CAMPAIGN_WINDOW_HOURS", 72, 1, 24 * 90),
        "intel_tlp": _choice(env, "INTEL_TLP", TLP_LEVELS, "amber"),
        "websocket_url": _url(env, "WEBSOCKET_URL", ("wss", "ws")),
        "websocket_management_url": _url(env, "WEBSOCKET_MANAGEMENT_URL", ("https", "http")),
    }
    if values["scam_analyzer"] == "openai" and not values["openai_api_key"]:
        raise SettingsError("OPENAI_API_KEY", "is required when SCAM_ANALYZER=openai")
    if values["webhook_urls"] and not values["webhook_secret"]:
        raise SettingsError("WEBHOOK_SECRET", "is required when WEBHOOK_URLS is set (webhooks are signed)")
    return values


# --------------------------------------------------------------------------- SSM
def load_ssm_parameters(prefix: str, client_factory: Callable[[], Any] | None = None) -> dict[str, str]:
    """Read the known secret variables stored under ``prefix`` in SSM Parameter Store.

    One paginated ``GetParametersByPath`` call (decrypting SecureStrings); boto3 is
    imported here only, because it costs ~340 ms of cold start and most deployments
    never set a prefix.
    """
    if client_factory is None:
        def client_factory() -> Any:
            import boto3  # heavy: only when SSM is actually used

            return boto3.client("ssm")

    path = "/" + prefix.strip("/")
    found: dict[str, str] = {}
    try:
        client = client_factory()  # inside the try: a missing region or credentials is the same failure
        paginator = client.get_paginator("get_parameters_by_path")
        for page in paginator.paginate(Path=path, Recursive=True, WithDecryption=True):
            for parameter in page.get("Parameters", []):
                name = parameter["Name"].rsplit("/", 1)[-1].upper()
                if name in SECRET_VARIABLES:
                    found[name] = parameter["Value"]
    except Exception as exc:  # botocore raises many types; all mean "cannot configure"
        raise SettingsError("SSM_PARAMETER_PREFIX", f"could not read parameters under {path}: {exc}") from exc
    logger.info("loaded %d secret(s) from SSM under %s", len(found), path)
    return found


# ------------------------------------------------------------------ process-wide
_lock = threading.Lock()
_settings: Settings | None = None
# A failed build (SSM unreachable, a malformed variable) is remembered this long, so a burst
# of requests does not hammer SSM; afterwards the next request tries again.
FAILURE_CACHE_SECONDS = 30.0
_failure: tuple[float, SettingsError] | None = None


def get_settings(*, clock: Callable[[], float] = time.monotonic) -> Settings:
    """The container's settings, built on first use (so a cold start pays only when needed).

    A configuration error is raised as :class:`SettingsError` naming the variable
    (``SSM_PARAMETER_PREFIX`` when SSM could not be read) and cached briefly.
    """
    global _settings, _failure
    if _settings is None:
        with _lock:
            if _settings is None:
                if _failure is not None and clock() - _failure[0] < FAILURE_CACHE_SECONDS:
                    raise _failure[1]
                try:
                    _settings = Settings.from_env()
                except SettingsError as exc:
                    _failure = (clock(), exc)
                    raise
                _failure = None
    return _settings


class PerSettings(Generic[T]):
    """A client built from the current settings, and rebuilt when they change.

    ``get_store()`` needs "one per container, created on
    first use"; tests and the CLI swap the settings, so the client follows them
    and the previous one is closed.
    """

    def __init__(self, build: Callable[[Settings], T], close: Callable[[T], None]) -> None:
        self._build = build
        self._close = close
        self._lock = threading.Lock()
        self._current: tuple[Settings, T] | None = None

    def get(self) -> T:
        settings = get_settings()
        with self._lock:
            if self._current is None or self._current[0] is not settings:
                if self._current is not None:
                    self._close(self._current[1])
                self._current = (settings, self._build(settings))
            return self._current[1]

    def reset(self) -> None:
        """Close and forget the current client."""
        with self._lock:
            if self._current is not None:
                self._close(self._current[1])
            self._current = None


def process_environment() -> dict[str, str]:
    """A copy of this process's environment: ``make run`` layers ``.chalice/config.json`` under it."""
    return dict(os.environ)


def override_settings(settings: Settings | None) -> None:
    """Replace (or with ``None`` forget) the process-wide settings: for tests and the CLI."""
    global _settings, _failure
    with _lock:
        _settings, _failure = settings, None
