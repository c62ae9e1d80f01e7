"""Point the honeypot number's Twilio webhooks at this deployment (the seed's "update Twilio webhooks").

``python -m chalicelib configure-twilio --number +1... --base-url https://... [--dry-run]``
ends up in :func:`configure_number`, which

1. finds the IncomingPhoneNumber resource (``GET .../IncomingPhoneNumbers.json?PhoneNumber=``),
2. compares its voice / SMS / status-callback URLs and methods with :func:`webhook_urls`,
3. prints one line per field (``voice_url: <old> -> <new>`` or ``voice_url: unchanged (...)``),
4. unless it is a dry run, sends one ``POST .../IncomingPhoneNumbers/<PN sid>.json`` with only
   the fields that differ, and prints a summary line.

Phone numbers are printed masked (:func:`chalicelib.redaction.mask_phone`), and old URL values
go through :func:`chalicelib.redaction.redact_text` (a twimlet URL can carry a forwarding
number). ``twilio.rest`` costs ~230 ms to import, so it is imported inside :func:`make_client`
only; importing this module stays cheap.

Errors (all from :mod:`chalicelib.errors`' tree)::

    ValueError                 bad --number / --base-url (caught before any request)
    NumberNotFound             RequestError: the account has no such number
    TwilioApiError             HoneylineError: Twilio answered with an error (e.g. 401, code 20003)
    TwilioUnavailable          DependencyError: Twilio could not be reached (retryable)

twilio's own exceptions never escape: a failed list call raises a bare ``TwilioException``
("Unable to fetch page", response) with no status in its message, so both it and
``TwilioRestException`` are wrapped into :class:`TwilioApiError` with the HTTP status, Twilio's
error code and message.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TextIO
from urllib.parse import urlsplit, urlunsplit

import phonenumbers

from chalicelib.errors import NumberNotFound, TwilioApiError, TwilioUnavailable
from chalicelib.redaction import mask_phone, redact_text

if TYPE_CHECKING:  # pragma: no cover - typing only; the real import is heavy
    from twilio.rest import Client

WEBHOOK_PATH = "/api/twilio-webhook"
WEBHOOK_METHOD = "POST"
DEFAULT_TIMEOUT_SECONDS = 10.0

# Order matters: it is the order of the printed lines and of the update's fields.
FIELDS = ("voice_url", "voice_method", "sms_url", "sms_method", "status_callback", "status_callback_method")

# Fields that make Twilio ignore the URLs we set: warn, never touch them (an operator's choice).
_OVERRIDES = {
    "voice_application_sid": "voice_url",
    "trunk_sid": "voice_url",
    "sms_application_sid": "sms_url",
}


@dataclass(frozen=True)
class Change:
    """One field that differs: ``old`` as Twilio has it (``None`` when unset), ``new`` as wanted."""

    field: str
    old: str | None
    new: str


# ----------------------------------------------------------------------------- inputs
def validate_number(number: str) -> str:
    """Return ``number`` if it is a possible phone number written in E.164 (``+14155550123``)."""
    if not isinstance(number, str) or not re.fullmatch(r"\+[1-9]\d{6,14}", number.strip()):
        raise ValueError(f"--number must be an E.164 phone number like +14155550123, got {mask_phone(str(number))!r}")
    number = number.strip()
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException as exc:
        raise ValueError(f"--number {mask_phone(number)} is not a phone number: {exc}") from exc
    if not phonenumbers.is_possible_number(parsed) or (
        phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164) != number
    ):
        raise ValueError(f"--number {mask_phone(number)} is not a possible E.164 phone number")
    return number


def validate_base_url(base_url: str) -> str:
    """Return the public base URL without a trailing slash; it must be ``http(s)://host[/path]``."""
    if not isinstance(base_url, str) or not base_url.strip():
        raise ValueError("--base-url is required, e.g. https://abc.execute-api.us-east-1.amazonaws.com/prod")
    parts = urlsplit(base_url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"--base-url must be an http(s) URL with a host, got {base_url!r}")
    if parts.query or parts.fragment:
        raise ValueError(f"--base-url must not have a query string or fragment, got {base_url!r}")
    return urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", ""))


def webhook_urls(base_url: str) -> dict[str, str]:
    """The six IncomingPhoneNumber fields Honeyline wants, for a public base URL.

    >>> webhook_urls("https://h.example/prod/")["voice_url"]
    'https://h.example/prod/api/twilio-webhook?type=voice'
    """
    base = validate_base_url(base_url) + WEBHOOK_PATH
    return {
        "voice_url": f"{base}?type=voice",
        "voice_method": WEBHOOK_METHOD,
        "sms_url": f"{base}?type=sms",
        "sms_method": WEBHOOK_METHOD,
        "status_callback": f"{base}?type=status",
        "status_callback_method": WEBHOOK_METHOD,
    }


# ----------------------------------------------------------------------------- client
def make_client(account_sid: str, auth_token: str, *, api_base: str | None = None,
                timeout: float = DEFAULT_TIMEOUT_SECONDS) -> "Client":
    """A ``twilio.rest.Client`` with an explicit timeout; with ``api_base`` every request goes there.

    ``api_base`` (``http://127.0.0.1:PORT`` in tests, or an operator's forward proxy) replaces
    the scheme and host of each request URL; the path (after any path of ``api_base``) and
    the query string are kept, so ``https://api.twilio.com/2010-04-01/...`` becomes
    ``<api_base>/2010-04-01/...``.
    """
    if not account_sid or not auth_token:
        raise ValueError("TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN are required to configure the number")
    from twilio.http.http_client import TwilioHttpClient  # heavy: only when talking to Twilio
    from twilio.rest import Client

    if api_base is None:
        return Client(account_sid, auth_token, http_client=TwilioHttpClient(timeout=timeout))

    target = urlsplit(api_base)
    if target.scheme not in ("http", "https") or not target.netloc:
        raise ValueError(f"api_base must be an http(s) URL, got {api_base!r}")
    prefix = target.path.rstrip("/")

    class RedirectingHttpClient(TwilioHttpClient):
        """Sends every request to ``api_base`` instead of Twilio's own host."""

        def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> Any:
            parts = urlsplit(url)
            url = urlunsplit((target.scheme, target.netloc, prefix + parts.path, parts.query, ""))
            return super().request(method, url, *args, **kwargs)

    return Client(account_sid, auth_token, http_client=RedirectingHttpClient(timeout=timeout))


# ----------------------------------------------------------------------------- configure
def configure_number(client: "Client", number: str, base_url: str, *, dry_run: bool, out: TextIO) -> list[Change]:
    """Point ``number``'s voice, SMS and status callbacks at ``base_url``; print what changes.

    Sends at most one update, holding only the fields that differ; none on a dry run or when
    everything already matches. Returns the changes (planned ones on a dry run). Raises
    ``ValueError`` for bad input, :class:`NumberNotFound`, :class:`TwilioApiError` or
    :class:`TwilioUnavailable`.
    """
    number = validate_number(number)
    wanted = webhook_urls(base_url)
    masked = mask_phone(number)

    resource = _find_number(client, number)
    out.write(f"Twilio number {masked} ({resource.sid})\n")
    changes = [
        Change(field, getattr(resource, field, None) or None, value)
        for field, value in wanted.items()
        if (getattr(resource, field, None) or None) != value
    ]
    changed = {c.field: c for c in changes}
    for field in FIELDS:
        if field in changed:
            out.write(f"{field}: {_show(changed[field].old)} -> {_show(changed[field].new)}\n")
        else:
            out.write(f"{field}: unchanged ({_show(wanted[field])})\n")
    for override, field in _OVERRIDES.items():
        if getattr(resource, override, None):
            out.write(f"warning: {override} is set ({getattr(resource, override)}): "
                      f"Twilio ignores {field} while it is\n")

    if not changes:
        out.write("nothing to change\n")
    elif dry_run:
        out.write(f"dry run: {len(changes)} change(s) not applied\n")
    else:
        updated = _call(lambda: client.incoming_phone_numbers(resource.sid).update(
            **{c.field: c.new for c in changes}), f"update {masked}")
        wrong = [c.field for c in changes if getattr(updated, c.field, None) != c.new]
        if wrong:  # Twilio accepted the request but did not store what we sent
            raise TwilioApiError(f"Twilio did not apply {', '.join(wrong)} to {masked}")
        out.write(f"applied {len(changes)} change(s)\n")
    return changes


def print_plan(number: str, base_url: str, out: TextIO) -> dict[str, str]:
    """A dry run without credentials: the fields configure-twilio would set, without asking Twilio."""
    number = validate_number(number)
    wanted = webhook_urls(base_url)
    out.write(f"Twilio number {mask_phone(number)}: TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN not set, "
              "so the current values were not read\n")
    for field in FIELDS:
        out.write(f"{field}: would be set to {_show(wanted[field])}\n")
    out.write(f"dry run: {len(FIELDS)} field(s) shown, nothing sent\n")
    return wanted


def _find_number(client: "Client", number: str) -> Any:
    """The IncomingPhoneNumber whose phone_number is exactly ``number`` (Twilio's filter is partial)."""
    found = _call(lambda: client.incoming_phone_numbers.list(phone_number=number, limit=2),
                  f"look up {mask_phone(number)}")
    exact = [n for n in found if n.phone_number == number]
    if not exact:
        raise NumberNotFound(f"phone number {mask_phone(number)} is not on Twilio account "
                             f"{getattr(client, 'account_sid', '?')}: check --number and TWILIO_ACCOUNT_SID")
    return exact[0]


def _show(value: str | None) -> str:
    """A field value as printed: ``(none)`` when unset, phone numbers inside it masked."""
    return "(none)" if not value else str(redact_text(value))


def _call(operation: Any, what: str) -> Any:
    """Run one twilio call, turning its exceptions (and requests') into ours."""
    from requests import RequestException  # requests is already loaded by twilio.rest
    from twilio.base.exceptions import TwilioException, TwilioRestException

    try:
        return operation()
    except TwilioRestException as exc:
        raise _api_error(what, exc.status, exc.code, exc.msg) from exc
    except TwilioException as exc:
        # Page.process_response: TwilioException("Unable to fetch page", <Response>) on a non-200 list.
        response = exc.args[1] if len(exc.args) > 1 else None
        status = getattr(response, "status_code", None)
        code, message = _error_body(getattr(response, "text", None))
        raise _api_error(what, status, code, message or str(exc.args[0] if exc.args else exc)) from exc
    except RequestException as exc:
        raise TwilioUnavailable(f"could not reach Twilio to {what}: {exc}") from exc


def _error_body(text: str | None) -> tuple[int | None, str | None]:
    """Twilio's error JSON ``{"code", "message", "more_info", "status"}`` → (code, message)."""
    try:
        body = json.loads(text or "")
    except ValueError:
        return None, None
    if not isinstance(body, dict):
        return None, None
    code = body.get("code")
    return (code if isinstance(code, int) else None), body.get("message")


def _api_error(what: str, status: int | None, code: int | None, message: str | None) -> TwilioApiError:
    hint = ": check TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN" if status in (401, 403) else ""
    detail = f"HTTP {status}" + (f", Twilio error {code}" if code and code != status else "")
    text = f"Twilio refused to {what} ({detail}): {message or 'no message'}{hint}"
    return TwilioApiError(str(redact_text(text)), status=status, twilio_code=code)
