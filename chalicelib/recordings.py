"""Recordings for the dashboard's players: voicemails from Twilio, agent calls from VAPI.

The browser cannot play Twilio's recording URL itself: Twilio serves the media only
with the account's credentials (HTTP basic auth, account SID and auth token), which
must never reach a page. So ``GET /api/recordings/{RecordingSid}`` fetches
``<Twilio API>/2010-04-01/Accounts/<sid>/Recordings/<RecordingSid>.mp3`` with them
and answers the MP3 (the seed's ``/api/audio/<recordingSid>``).

``GET /api/agent-recordings/{call_id}`` answers the recording VAPI reported in the
agent call's end-of-call report (``artifact.recordingUrl``, remembered by
:func:`remember_agent_recording` for the call-record retention).

Both download streamed and stop at :data:`MAX_BYTES`: a Lambda response carries at
most 6 MB, and API Gateway base64-encodes binary bodies (4/3 larger). A voicemail is
capped at 120 s (about 0.5 MB of MP3), so only a long agent call in WAV can hit it;
it is refused with the reason instead of failing in API Gateway.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from chalicelib.errors import DependencyError, NotFound, RequestError, UpstreamError
from chalicelib.settings import Settings
from chalicelib.store import Command, Store

TWILIO_API = "https://api.twilio.com"
MAX_BYTES = 4_400_000  # 6 MB Lambda response limit, after base64 and headers
TIMEOUT_SECONDS = 10.0  # API Gateway gives the whole request 29 s
CACHE_CONTROL = "private, max-age=300"  # the browser may replay it; shared caches may not keep it
AUDIO_TYPES = ("audio/mpeg", "audio/wav", "audio/ogg", "audio/mp4", "audio/webm")
_RECORDING_SID = re.compile(r"RE[0-9a-fA-F]{32}")
_CALL_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


@dataclass(frozen=True)
class Audio:
    body: bytes
    content_type: str

    def headers(self) -> dict[str, str]:
        return {"Content-Type": self.content_type, "Cache-Control": CACHE_CONTROL}


def agent_recording_key(call_id: str) -> str:
    return f"hl:agent:recording:{call_id}"


def remember_agent_recording(call_id: str, message: dict[str, Any], settings: Settings) -> list[Command]:
    """Commands that keep the recording URL of an end-of-call report (none when it has none).

    VAPI's schema: ``artifact.recordingUrl`` (``message.recordingUrl`` on older reports).
    Only an https URL, or one on ``VAPI_BASE_URL``'s origin, is kept: the route will fetch it.
    """
    artifact = message.get("artifact") if isinstance(message.get("artifact"), dict) else {}
    url = artifact.get("recordingUrl") or message.get("recordingUrl")
    if not isinstance(url, str) or not _fetchable(url, settings):
        return []
    return [("set", agent_recording_key(call_id), url, "ex", settings.call_retention_days * 86_400)]


def _fetchable(url: str, settings: Settings) -> bool:
    parts, vapi = urlsplit(url), urlsplit(settings.vapi_base_url)
    return bool(parts.hostname) and (parts.scheme == "https" or (parts.scheme, parts.netloc) == (vapi.scheme, vapi.netloc))


def twilio_recording(settings: Settings, recording_sid: str) -> Audio:
    """The voicemail's MP3, fetched from Twilio with the account's credentials."""
    if not _RECORDING_SID.fullmatch(recording_sid):
        raise RequestError("a recording SID is RE followed by 32 hexadecimal digits")
    account = settings.require("twilio_account_sid")
    token = settings.require("twilio_auth_token")
    base = (settings.twilio_api_base or TWILIO_API).rstrip("/")
    url = f"{base}/2010-04-01/Accounts/{account}/Recordings/{recording_sid}.mp3"
    return _download(url, auth=(account, token), what=f"recording {recording_sid}", source="Twilio")


def agent_recording(settings: Settings, store: Store, call_id: str) -> Audio:
    """The agent call's recording, from the URL VAPI reported."""
    if not _CALL_ID.fullmatch(call_id):
        raise RequestError("an agent call id is 1-64 letters, digits, '-' or '_'")
    url = store.execute("get", agent_recording_key(call_id))
    if not url:
        raise NotFound(f"no recording for agent call {call_id}: VAPI sends it with the end-of-call report")
    return _download(url, auth=None, what=f"the recording of agent call {call_id}", source="VAPI")


def _download(url: str, *, auth: tuple[str, str] | None, what: str, source: str) -> Audio:
    import httpx

    try:
        with httpx.Client(timeout=TIMEOUT_SECONDS, follow_redirects=True) as client:
            with client.stream("GET", url, auth=auth) as response:
                if response.status_code == 404:
                    raise NotFound(f"{source} has no {what}")
                if response.status_code in (401, 403):
                    hint = ": check TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN" if source == "Twilio" else ""
                    raise UpstreamError(f"{source} refused to serve {what} (HTTP {response.status_code}){hint}")
                if response.status_code != 200:
                    raise UpstreamError(f"{source} answered HTTP {response.status_code} for {what}")
                content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
                if content_type not in AUDIO_TYPES:
                    content_type = "audio/mpeg" if url.endswith(".mp3") else ""
                if not content_type:
                    raise UpstreamError(f"{source} sent {what} as {response.headers.get('content-type')!r}, not audio")
                declared = int(response.headers.get("content-length") or 0)
                if declared > MAX_BYTES:
                    raise UpstreamError(_too_large(what, declared, source))
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > MAX_BYTES:
                        raise UpstreamError(_too_large(what, len(body), source))
    except httpx.TransportError as exc:
        raise DependencyError(f"could not reach {source} for {what}: {type(exc).__name__}") from exc
    return Audio(bytes(body), content_type)


def _too_large(what: str, size: int, source: str) -> str:
    return (f"{what} is over {size / 1e6:.1f} MB, more than a Lambda response can carry "
            f"({MAX_BYTES / 1e6:.1f} MB): listen to it in {source}'s console")
