"""One loopback server that plays every alert destination, on 127.0.0.1, for tests.

Routes (all POST), each answering in the provider's wire format:

* ``/slack/<anything>`` — a Slack incoming webhook. JSON body with ``text`` or ``blocks``;
  answers ``200 ok`` (``text/html``, as Slack does), or ``400 invalid_payload`` (not JSON),
  ``400 no_text`` (neither field), ``400 invalid_blocks`` (a header over 150 characters, a
  section with more than 10 fields or a field over 2000 characters).
* ``/bot<token>/sendMessage`` — the Telegram Bot API. Unknown token → 401
  ``{"ok": false, "error_code": 401, "description": "Unauthorized"}``; missing chat or text,
  text over 4096 characters, or (with ``parse_mode: HTML``) markup Telegram would not parse
  → 400 ``Bad Request: ...``; else ``{"ok": true, "result": <Message>}``.
* ``/hook/<name>`` — a generic webhook receiver: records, answers ``200 {"received": true}``.
* ``/signed-hook/<name>`` — the same, but it first verifies the Honeyline signature the way an
  operator's receiver would, with nothing but hashlib/hmac (no Honeyline code): 401 when the
  headers are missing, the timestamp is more than 5 minutes off, or the HMAC does not match.
* ``/2010-04-01/Accounts/<sid>/Messages.json`` — Twilio's Messages API: HTTP basic auth with
  the account SID and auth token (else 401, code 20003), form fields ``To``, ``From``, ``Body``
  (else 400, codes 21604 / 21603 / 21602), answers 201 with Twilio's Message JSON.

Every request is recorded (method, path, headers, raw body, status answered) *before* the
answer is written, so a test can read ``requests`` as soon as its client call returns.
``fail_next(prefix, n, status)`` makes the next ``n`` requests whose path starts with
``prefix`` fail (in that provider's error format); ``delay_next(prefix, seconds)`` holds the
next one before answering (for client timeouts).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import secrets
import threading
import time
from dataclasses import dataclass
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler
from typing import Any, Callable
from urllib.parse import parse_qsl, urlsplit

from tests.support.loopback import LoopbackServer

TWILIO_API_VERSION = "2010-04-01"
_TELEGRAM = re.compile(r"^/bot(?P<token>[^/]+)/(?P<method>[A-Za-z]+)$")
_TWILIO_MESSAGES = re.compile(rf"^/{TWILIO_API_VERSION}/Accounts/(?P<account>[^/]+)/Messages\.json$")
# Telegram's HTML subset (core.telegram.org/bots/api#html-style).
_TELEGRAM_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a",
                  "code", "pre", "blockquote", "tg-emoji"}


@dataclass(frozen=True)
class Received:
    """One request as the server saw it, and the status it answered."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    status: int

    def header(self, name: str) -> str | None:
        lname = name.lower()
        return next((v for k, v in self.headers.items() if k.lower() == lname), None)

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    def json(self) -> Any:
        return json.loads(self.body)

    def form(self) -> dict[str, str]:
        return dict(parse_qsl(self.text, keep_blank_values=True))


class _TelegramHtml(HTMLParser):
    """Enough of Telegram's entity parser to catch unescaped markup: known tags, properly nested."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.error: str | None = None
        self.plain: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _TELEGRAM_TAGS:
            self.error = self.error or f"Unsupported start tag \"{tag}\""
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.error = self.error or f"Unmatched end tag \"{tag}\""
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.plain.append(data)


def _telegram_parse(text: str) -> tuple[str | None, str]:
    """(error or None, the text as displayed)."""
    if re.search(r"&(?!(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);)", text):
        return "Can't parse entities: unsupported entity or bare '&'", text
    parser = _TelegramHtml()
    parser.feed(text)
    parser.close()
    if parser.error is None and parser.stack:
        parser.error = f"Can't find end tag corresponding to start tag \"{parser.stack[-1]}\""
    return (f"Can't parse entities: {parser.error}" if parser.error else None), "".join(parser.plain)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "Receivers"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - keep tests quiet
        pass

    def do_POST(self) -> None:
        self._handle("POST")

    def do_GET(self) -> None:
        self._handle("GET")

    def _handle(self, method: str) -> None:
        path = urlsplit(self.path).path
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k: v for k, v in self.headers.items()}
        action = self.server._take(self.server._actions, path)
        if action:
            action()
        delay = self.server._take(self.server._delays, path)
        if delay:
            time.sleep(delay)
        status, content_type, payload, extra = self.server.answer(method, path, headers, body)
        self.server._record(Received(method, path, headers, body, status))
        self._send(status, content_type, payload, extra)

    def _send(self, status: int, content_type: str, payload: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        for name, value in headers.items():
            self.send_header(name, value)
        try:
            self.end_headers()
            self.wfile.write(payload)
        except OSError:  # the client timed out and left
            self.close_connection = True


class Receivers(LoopbackServer):
    """Slack, Telegram, webhook receivers and Twilio Messages on ``http://127.0.0.1:<free port>``."""

    def __init__(self, *, telegram_token: str | None = None, webhook_secret: str | None = None,
                 twilio_account_sid: str | None = None, twilio_auth_token: str | None = None) -> None:
        super().__init__(_Handler)
        self.telegram_token = telegram_token or f"{secrets.randbelow(10**9)}:{secrets.token_urlsafe(26)}"
        self.webhook_secret = webhook_secret or "whsec_" + secrets.token_hex(16)
        self.twilio_account_sid = twilio_account_sid or "AC" + secrets.token_hex(16)
        self.twilio_auth_token = twilio_auth_token or secrets.token_hex(16)
        self.requests: list[Received] = []
        self._failures: list[list[Any]] = []  # [prefix, remaining, status]
        self._delays: list[list[Any]] = []  # [prefix, remaining, seconds]
        self._actions: list[list[Any]] = []  # [prefix, remaining, action]
        self._lock = threading.Lock()
        self._message_id = 0
        self.serve_in_background()

    # -- socket plumbing (as tests.support.twilio_api)


    # -- addresses

    def slack_url(self, name: str = "T000/B000/XXXX") -> str:
        return f"{self.url}/slack/services/{name}"

    def hook_url(self, name: str) -> str:
        return f"{self.url}/hook/{name}"

    def signed_hook_url(self, name: str) -> str:
        return f"{self.url}/signed-hook/{name}"

    # -- test controls
    def fail_next(self, path_prefix: str, n: int = 1, status: int = 500) -> None:
        """The next ``n`` requests under ``path_prefix`` fail with ``status`` (provider's error format)."""
        with self._lock:
            self._failures.append([path_prefix, n, status])

    def delay_next(self, path_prefix: str, seconds: float, n: int = 1) -> None:
        """Hold the next ``n`` requests under ``path_prefix`` for ``seconds`` before answering."""
        with self._lock:
            self._delays.append([path_prefix, n, seconds])

    def on_next(self, path_prefix: str, action: Callable[[], Any]) -> None:
        """Run ``action`` when the next request under ``path_prefix`` arrives, before it is answered
        (a test breaks Redis at the moment a provider takes an alert)."""
        with self._lock:
            self._actions.append([path_prefix, 1, action])

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
            self._failures.clear()
            self._delays.clear()
            self._actions.clear()

    def requests_to(self, path_prefix: str) -> list[Received]:
        with self._lock:
            return [r for r in self.requests if r.path.startswith(path_prefix)]

    def _take(self, rules: list[list[Any]], path: str) -> Any:
        with self._lock:
            for rule in rules:
                if path.startswith(rule[0]) and rule[1] > 0:
                    rule[1] -= 1
                    return rule[2]
        return None

    def _record(self, request: Received) -> None:
        with self._lock:
            self.requests.append(request)

    # -- routing
    def answer(self, method: str, path: str, headers: dict[str, str], body: bytes) -> tuple[int, str, bytes, dict[str, str]]:
        forced = self._take(self._failures, path)
        telegram, twilio = _TELEGRAM.match(path), _TWILIO_MESSAGES.match(path)
        if method != "POST":
            return 405, "text/plain", b"method not allowed", {}
        if path.startswith("/slack/"):
            return self._slack(body, forced)
        if telegram:
            return self._telegram(telegram["token"], telegram["method"], headers, body, forced)
        if path.startswith("/hook/"):
            return self._hook(forced)
        if path.startswith("/signed-hook/"):
            return self._signed_hook(headers, body, forced)
        if twilio:
            return self._twilio(twilio["account"], headers, body, forced)
        return 404, "text/plain", b"not found", {}

    @staticmethod
    def _json(status: int, payload: Any, headers: dict[str, str] | None = None) -> tuple[int, str, bytes, dict[str, str]]:
        return status, "application/json", json.dumps(payload).encode(), headers or {}

    def _slack(self, body: bytes, forced: int | None) -> tuple[int, str, bytes, dict[str, str]]:
        def text(status: int, message: str) -> tuple[int, str, bytes, dict[str, str]]:
            return status, "text/html", message.encode(), {}

        if forced:
            return text(forced, {404: "no_service", 410: "channel_is_archived", 403: "action_prohibited",
                                 429: "rate_limited"}.get(forced, "internal_error"))
        try:
            payload = json.loads(body)
        except ValueError:
            return text(400, "invalid_payload")
        if not isinstance(payload, dict) or not (payload.get("text") or payload.get("blocks")):
            return text(400, "no_text")
        for block in payload.get("blocks") or []:
            if block.get("type") == "header" and len(block.get("text", {}).get("text", "")) > 150:
                return text(400, "invalid_blocks")
            fields = block.get("fields") or []
            if block.get("type") == "section" and (len(fields) > 10 or any(len(f.get("text", "")) > 2000 for f in fields)):
                return text(400, "invalid_blocks")
        return text(200, "ok")

    def _telegram(self, token: str, method: str, headers: dict[str, str], body: bytes,
                  forced: int | None) -> tuple[int, str, bytes, dict[str, str]]:
        def error(code: int, description: str, **extra: Any) -> tuple[int, str, bytes, dict[str, str]]:
            return self._json(code, {"ok": False, "error_code": code, "description": description, **extra})

        if not hmac.compare_digest(token, self.telegram_token):
            return error(401, "Unauthorized")
        if method.lower() != "sendmessage":
            return error(404, "Not Found")
        if forced == 429:
            return error(429, "Too Many Requests: retry after 7", parameters={"retry_after": 7})
        if forced:
            return error(forced, {400: "Bad Request: chat not found", 403: "Forbidden: bot was blocked by the user"}
                         .get(forced, "Internal Server Error"))
        try:
            payload = json.loads(body)
        except ValueError:
            return error(400, "Bad Request: message text is empty")
        chat_id, text = payload.get("chat_id"), payload.get("text")
        if chat_id in (None, ""):
            return error(400, "Bad Request: chat_id is empty")
        if not isinstance(text, str) or not text.strip():
            return error(400, "Bad Request: message text is empty")
        shown = text
        if str(payload.get("parse_mode", "")).lower() == "html":
            problem, shown = _telegram_parse(text)
            if problem:
                return error(400, f"Bad Request: {problem}")
        if len(shown) > 4096:
            return error(400, "Bad Request: message is too long")
        with self._lock:
            self._message_id += 1
            message_id = self._message_id
        chat = int(chat_id) if str(chat_id).lstrip("-").isdigit() else chat_id
        return self._json(200, {"ok": True, "result": {
            "message_id": message_id,
            "from": {"id": int(self.telegram_token.split(":")[0] or 0), "is_bot": True,
                     "first_name": "Honeyline", "username": "honeyline_test_bot"},
            "chat": {"id": chat, "type": "private" if isinstance(chat, int) and chat > 0 else "group"},
            "date": int(time.time()),
            "text": shown,
        }})

    def _hook(self, forced: int | None) -> tuple[int, str, bytes, dict[str, str]]:
        if forced:
            return self._json(forced, {"error": "receiver failed on purpose"})
        return self._json(200, {"received": True})

    def _signed_hook(self, headers: dict[str, str], body: bytes, forced: int | None) -> tuple[int, str, bytes, dict[str, str]]:
        if forced:
            return self._json(forced, {"error": "receiver failed on purpose"})
        if not operator_verify(self.webhook_secret, headers, body):
            return self._json(401, {"error": "invalid signature"})
        return self._json(200, {"received": True, "verified": True})

    def _twilio(self, account: str, headers: dict[str, str], body: bytes,
                forced: int | None) -> tuple[int, str, bytes, dict[str, str]]:
        def error(status: int, code: int, message: str) -> tuple[int, str, bytes, dict[str, str]]:
            return self._json(status, {"code": code, "message": message, "status": status,
                                       "more_info": f"https://www.twilio.com/docs/errors/{code}"})

        auth = _basic_auth(headers)
        if auth != (self.twilio_account_sid, self.twilio_auth_token) or account != self.twilio_account_sid:
            return error(401, 20003, "Authenticate")
        if forced:
            return error(forced, 21211 if forced == 400 else 20500,
                         "Invalid 'To' Phone Number" if forced == 400 else "Internal Server Error")
        form = dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
        if not form.get("To"):
            return error(400, 21604, "A 'To' phone number is required.")
        if not form.get("From"):
            return error(400, 21603, "A 'From' phone number is required.")
        if not form.get("Body"):
            return error(400, 21602, "Message body is required.")
        sid = "SM" + secrets.token_hex(16)
        now = time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime())
        uri = f"/{TWILIO_API_VERSION}/Accounts/{account}/Messages/{sid}.json"
        return self._json(201, {
            "account_sid": account, "api_version": TWILIO_API_VERSION, "body": form["Body"],
            "date_created": now, "date_sent": None, "date_updated": now, "direction": "outbound-api",
            "error_code": None, "error_message": None, "from": form["From"], "messaging_service_sid": None,
            "num_media": "0", "num_segments": "1", "price": None, "price_unit": "USD", "sid": sid,
            "status": "queued", "subresource_uris": {"media": uri.replace(".json", "/Media.json")},
            "to": form["To"], "uri": uri,
        })

    # -- lifecycle




def _basic_auth(headers: dict[str, str]) -> tuple[str, str] | None:
    value = next((v for k, v in headers.items() if k.lower() == "authorization"), "")
    if not value.startswith("Basic "):
        return None
    try:
        user, _, password = base64.b64decode(value[6:]).decode().partition(":")
    except ValueError:
        return None
    return user, password


def operator_verify(secret: str, headers: dict[str, str], body: bytes, *, now: float | None = None) -> bool:
    """How an operator checks a Honeyline webhook with only the standard library (the README's recipe)."""
    lowered = {k.lower(): v for k, v in headers.items()}
    timestamp = lowered.get("x-honeyline-timestamp", "")
    signature = lowered.get("x-honeyline-signature", "")
    if not timestamp.isascii() or not timestamp.isdigit():
        return False
    if abs((time.time() if now is None else now) - int(timestamp)) > 300:  # replayed or clock far off
        return False
    expected = "v1=" + hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return any(hmac.compare_digest(expected.encode(), part.strip().encode()) for part in signature.split(","))
