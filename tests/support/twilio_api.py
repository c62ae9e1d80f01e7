"""Twilio REST API look-alike for the IncomingPhoneNumbers calls Honeyline makes, on 127.0.0.1.

Serves exactly::

    GET  /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json[?PhoneNumber=&PageSize=]
    POST /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}.json   (form-encoded update)
    GET  /2010-04-01/Accounts/{AccountSid}/Recordings/{RecordingSid}.mp3     (the media, audio/mpeg)

The recording media is what Twilio documents for "Fetch a Recording's media file"
(https://www.twilio.com/docs/voice/api/recording#fetch-a-recording-media-file): append
``.mp3`` to the Recording resource URI; with "HTTP Basic Authentication for media" on, the
account SID and auth token are required, which is the case this server enforces.

in Twilio's wire format, as in twilio-python's generated tests
(tests/integration/api/v2010/account/test_incoming_phone_number.py): a resource has snake_case
keys, unset URLs are ``""`` or ``null``, dates are RFC 2822; a list page is
``{"incoming_phone_numbers": [...], "first_page_uri", "next_page_uri", "previous_page_uri",
"page", "page_size", "start", "end", "uri"}``. Errors are Twilio's legacy error JSON
``{"code", "message", "more_info", "status"}`` (401 → code 20003 "Authenticate", unknown
resource → 404 code 20404 "The requested resource ... was not found"). Requests need HTTP
basic auth with the account SID and auth token. Every request is recorded in ``requests``.
"""

from __future__ import annotations

import base64
import re
import secrets
import threading
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from tests.support.loopback import JsonHandler, LoopbackServer

API_VERSION = "2010-04-01"
_LIST = re.compile(rf"^/{API_VERSION}/Accounts/(?P<account>[^/]+)/IncomingPhoneNumbers\.json$")
_MEDIA = re.compile(rf"^/{API_VERSION}/Accounts/(?P<account>[^/]+)/Recordings/(?P<sid>RE[0-9a-fA-F]{{32}})\.mp3$")
_ONE = re.compile(rf"^/{API_VERSION}/Accounts/(?P<account>[^/]+)/IncomingPhoneNumbers/(?P<sid>[^/]+)\.json$")

# Form parameters the update accepts (Twilio's names) → resource keys.
_UPDATABLE = {
    "VoiceUrl": "voice_url", "VoiceMethod": "voice_method",
    "VoiceFallbackUrl": "voice_fallback_url", "VoiceFallbackMethod": "voice_fallback_method",
    "SmsUrl": "sms_url", "SmsMethod": "sms_method",
    "SmsFallbackUrl": "sms_fallback_url", "SmsFallbackMethod": "sms_fallback_method",
    "StatusCallback": "status_callback", "StatusCallbackMethod": "status_callback_method",
    "FriendlyName": "friendly_name", "VoiceApplicationSid": "voice_application_sid",
    "SmsApplicationSid": "sms_application_sid", "TrunkSid": "trunk_sid",
}


def _rfc2822_now() -> str:
    return time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime())


@dataclass(frozen=True)
class RecordedRequest:
    """What the server received: method, path, query and form parameters, and whether auth passed."""

    method: str
    path: str
    query: dict[str, str] = field(default_factory=dict)
    form: dict[str, str] = field(default_factory=dict)
    authorized: bool = False


class _Handler(JsonHandler):
    protocol_version = "HTTP/1.1"
    server: "FakeTwilioApi"


    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_DELETE(self) -> None:
        self._handle("DELETE")

    def _handle(self, method: str) -> None:
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode() if length else ""
        form = dict(parse_qsl(body, keep_blank_values=True)) if method == "POST" else {}
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        authorized = self.server.check_auth(self.headers.get("Authorization"))
        self.server.record(RecordedRequest(method, parts.path, query, form, authorized))
        if not authorized:
            status, payload = self.server.error(401, 20003, "Authenticate",
                                                detail="Your AccountSid or AuthToken was incorrect.")
            self._send(status, payload, {"WWW-Authenticate": 'Basic realm="Twilio API"'})
            return
        media = _MEDIA.match(parts.path)
        if method == "GET" and media and media["account"] == self.server.account_sid:
            audio = self.server.recordings.get(media["sid"])
            if audio is not None:
                self._send_bytes(200, audio, "audio/mpeg")
                return
        status, payload = self.server.dispatch(method, parts.path, query, form)
        self._send(status, payload)

    content_type = "application/json; charset=utf-8"


class FakeTwilioApi(LoopbackServer):
    """Twilio IncomingPhoneNumbers API on ``http://127.0.0.1:<free port>``, served by a daemon thread.

    ``add_number(phone, **fields)`` creates a resource (returns it); ``numbers`` maps sid →
    resource; ``requests`` lists every :class:`RecordedRequest`; ``posts()`` the POSTs only.
    """

    def __init__(self, account_sid: str | None = None, auth_token: str | None = None) -> None:
        super().__init__(_Handler)
        self.account_sid = account_sid or "AC" + secrets.token_hex(16)
        self.auth_token = auth_token or secrets.token_hex(16)
        self.numbers: dict[str, dict[str, Any]] = {}
        self.recordings: dict[str, bytes] = {}  # RecordingSid -> MP3 bytes
        self.requests: list[RecordedRequest] = []
        self._lock = threading.Lock()
        self.serve_in_background()

    # -- socket plumbing (same as tests.support.upstash_bridge)



    # -- state
    def add_number(self, phone_number: str, **fields: Any) -> dict[str, Any]:
        """Provision a number on the account; ``fields`` override the defaults (snake_case keys)."""
        sid = "PN" + secrets.token_hex(16)
        now = _rfc2822_now()
        resource: dict[str, Any] = {
            "account_sid": self.account_sid,
            "address_requirements": "none",
            "address_sid": None,
            "api_version": API_VERSION,
            "beta": False,
            "capabilities": {"mms": True, "sms": True, "voice": True},
            "date_created": now,
            "date_updated": now,
            "emergency_status": "Inactive",
            "emergency_address_sid": None,
            "emergency_address_status": "unregistered",
            "friendly_name": phone_number,
            "identity_sid": None,
            "origin": "twilio",
            "phone_number": phone_number,
            "sid": sid,
            "sms_application_sid": "",
            "sms_fallback_method": "POST",
            "sms_fallback_url": "",
            "sms_method": "POST",
            "sms_url": "",
            "status_callback": "",
            "status_callback_method": "POST",
            "trunk_sid": None,
            "uri": f"/{API_VERSION}/Accounts/{self.account_sid}/IncomingPhoneNumbers/{sid}.json",
            "voice_receive_mode": "voice",
            "voice_application_sid": "",
            "voice_caller_id_lookup": False,
            "voice_fallback_method": "POST",
            "voice_fallback_url": None,
            "voice_method": "POST",
            "voice_url": None,
            "bundle_sid": None,
            "status": "in-use",
            "type": "local",
        }
        unknown = set(fields) - set(resource)
        assert not unknown, f"not IncomingPhoneNumber fields: {unknown}"
        resource.update(fields)
        with self._lock:
            self.numbers[sid] = resource
        return resource

    def record(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def posts(self) -> list[RecordedRequest]:
        """The POST requests received so far."""
        with self._lock:
            return [r for r in self.requests if r.method == "POST"]

    def check_auth(self, header: str | None) -> bool:
        """HTTP basic auth must be exactly ``account_sid:auth_token``."""
        if not header or not header.startswith("Basic "):
            return False
        try:
            user, _, password = base64.b64decode(header[6:]).decode().partition(":")
        except ValueError:
            return False
        return secrets.compare_digest(user, self.account_sid) and secrets.compare_digest(password, self.auth_token)

    @staticmethod
    def error(status: int, code: int, message: str, detail: str | None = None) -> tuple[int, dict[str, Any]]:
        """Twilio's legacy error body."""
        payload: dict[str, Any] = {"code": code, "message": message,
                                   "more_info": f"https://www.twilio.com/docs/errors/{code}", "status": status}
        if detail:
            payload["detail"] = detail
        return status, payload

    def _not_found(self, path: str) -> tuple[int, dict[str, Any]]:
        return self.error(404, 20404, f"The requested resource {path} was not found")

    # -- routes
    def dispatch(self, method: str, path: str, query: dict[str, str], form: dict[str, str]) -> tuple[int, Any]:
        listing, one = _LIST.match(path), _ONE.match(path)
        match = listing or one
        if not match or match["account"] != self.account_sid:
            return self._not_found(path)
        if listing and method == "GET":
            return 200, self._list_page(path, query)
        if one and method == "POST":
            return self._update(path, one["sid"], form)
        if one and method == "GET":
            with self._lock:
                resource = self.numbers.get(one["sid"])
            return (200, dict(resource)) if resource else self._not_found(path)
        return self.error(405, 20004, "Method not allowed")

    def _list_page(self, path: str, query: dict[str, str]) -> dict[str, Any]:
        """One page (page 0; Honeyline never needs more) filtered like Twilio: partial, '*' any digit."""
        wanted = query.get("PhoneNumber")
        pattern = re.compile(re.escape(wanted).replace(r"\*", r"\d")) if wanted else None
        page_size = max(1, min(1000, int(query.get("PageSize") or 50)))
        with self._lock:
            matches = [dict(n) for n in self.numbers.values()
                       if pattern is None or pattern.search(n["phone_number"])]
        records = matches[:page_size]
        params = {k: v for k, v in query.items() if k not in ("Page", "PageToken")}
        first = f"{path}?{urlencode({**params, 'PageSize': page_size, 'Page': 0})}"
        return {
            "end": max(0, len(records) - 1),
            "first_page_uri": first,
            "incoming_phone_numbers": records,
            "next_page_uri": None,  # a filtered lookup fits one page here
            "page": 0,
            "page_size": page_size,
            "previous_page_uri": None,
            "start": 0,
            "uri": f"{path}?{urlencode({**params, 'PageSize': page_size})}",
        }

    def _update(self, path: str, sid: str, form: dict[str, str]) -> tuple[int, Any]:
        with self._lock:
            resource = self.numbers.get(sid)
            if resource is None:
                return self._not_found(path)
            for name, value in form.items():
                if name in _UPDATABLE:
                    key = _UPDATABLE[name]
                    resource[key] = value.upper() if key.endswith("_method") else value
            resource["date_updated"] = _rfc2822_now()
            return 200, dict(resource)

    # -- lifecycle


