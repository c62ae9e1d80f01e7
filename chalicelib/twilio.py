"""Twilio webhooks: parsing the form posts, and the TwiML we answer with.

TwiML is built with ``twilio.twiml`` (never by hand), so greetings with ``<`` or
``&`` in them stay valid XML. Only the light parts of the twilio package are
imported here; ``twilio.rest`` (~230 ms) is left to the commands that need it.
"""

from __future__ import annotations

from urllib.parse import parse_qsl

from chalicelib.errors import PayloadTooLarge, RequestError, UnsupportedMediaType
from chalicelib.records import Record
from chalicelib.settings import Settings

KINDS = ("voice", "status", "recording-status", "transcription", "sms")
MAX_BODY_BYTES = 64 * 1024
FORM_TYPE = "application/x-www-form-urlencoded"
# Accepted by the route so that a wrong type reaches parse_form and gets our reason (415),
# rather than Chalice's bare refusal.
ACCEPTED_CONTENT_TYPES = [FORM_TYPE, "application/json", "text/plain", "multipart/form-data", "application/xml", "text/xml"]
# Twilio transcribes only recordings of 2-120 s: a longer maximum would silently lose the transcript.
MAX_RECORDING_SECONDS = 120
# Call statuses after which the call is no longer active.
TERMINAL_STATUSES = frozenset({"completed", "busy", "failed", "no-answer", "canceled"})

# A signed webhook carrying ``HoneylineDoctor=1`` is ``doctor --url``'s probe: answered exactly as
# Twilio's would be, recorded nowhere, and marked with PROBE_HEADER so the doctor knows it was
# recognised. Twilio never sends this parameter and the signature covers it: nobody without
# TWILIO_AUTH_TOKEN can make a real webhook skip its record.
PROBE_PARAM = "HoneylineDoctor"
PROBE_HEADER = "X-Honeyline-Probe"

_REQUIRED = {
    "voice": ("CallSid", "From"),
    "status": ("CallSid", "CallStatus"),
    "recording-status": ("CallSid", "RecordingSid"),
    "transcription": ("CallSid",),
    "sms": ("MessageSid", "From"),
}


class Webhook(Record):
    """One parsed Twilio webhook: its kind and every form parameter (blank ones kept)."""

    __slots__ = ("kind", "params")
    kind: str
    params: dict[str, str]

    def __init__(self, kind: str, params: dict[str, str]) -> None:
        super().__init__(kind=kind, params=params)

    @property
    def subject(self) -> str:
        """The call or message this webhook is about."""
        return self.params.get("CallSid") or self.params["MessageSid"]

    @property
    def is_probe(self) -> bool:
        """``doctor --url``'s test webhook (see ``PROBE_PARAM``)."""
        return self.params.get(PROBE_PARAM) == "1"


def parse_kind(kind: str | None) -> str:
    if kind not in KINDS:
        raise RequestError(f"unknown webhook type {str(kind)[:40]!r}: expected ?type= one of {', '.join(KINDS)}")
    return kind


def parse_form(content_type: str | None, body: bytes | None) -> dict[str, str]:
    """Decode a form-encoded body, refusing what Twilio never sends, with a reason."""
    media_type = (content_type or "").split(";", 1)[0].strip().lower()
    if media_type != FORM_TYPE:
        raise UnsupportedMediaType(f"expected {FORM_TYPE}, got {media_type or 'no content type'}")
    body = body or b""
    if len(body) > MAX_BODY_BYTES:
        raise PayloadTooLarge(f"body is {len(body)} bytes; the limit is {MAX_BODY_BYTES}")
    try:
        text = body.decode("utf-8")
        pairs = parse_qsl(text, keep_blank_values=True, strict_parsing=bool(text), max_num_fields=500)
    except (UnicodeDecodeError, ValueError) as exc:
        raise RequestError(f"malformed form body: {exc}") from exc
    return dict(pairs)


def parse_webhook(kind: str | None, params: dict[str, str]) -> Webhook:
    """Check that the fields this kind of webhook needs are present."""
    kind = parse_kind(kind)
    missing = [name for name in _REQUIRED[kind] if not params.get(name)]
    if missing:
        raise RequestError(f"{kind} webhook is missing {', '.join(missing)}")
    return Webhook(kind=kind, params=params)


def callback_url(base: str, kind: str) -> str:
    """Absolute with a known public base; relative (Twilio resolves it against the URL it
    called, stage path included) when the configuration could not be loaded."""
    if not base:
        return f"twilio-webhook?type={kind}"
    return f"{base.rstrip('/')}/api/twilio-webhook?type={kind}"


def voice_twiml(settings: Settings, base: str) -> str:
    """Greeting, then a transcribed recording whose callbacks come back to this route.

    ``action`` must be set: without it Twilio re-requests this same URL after the
    recording, which would answer with a new greeting in a loop. It points at the
    status handler, whose empty ``<Response/>`` hangs up.
    """
    from twilio.twiml.voice_response import VoiceResponse

    response = VoiceResponse()
    response.say(settings.voicemail_greeting, voice=settings.voicemail_voice)
    response.record(
        max_length=MAX_RECORDING_SECONDS,
        timeout=5,
        play_beep=True,
        trim="trim-silence",
        transcribe=True,
        transcribe_callback=callback_url(base, "transcription"),
        recording_status_callback=callback_url(base, "recording-status"),
        recording_status_callback_event="completed",
        action=callback_url(base, "status"),
        method="POST",
    )
    return str(response)


def fallback_voice_twiml() -> str:
    """The default greeting and recording, for when the configuration cannot be loaded
    (SSM unreachable...): the caller never hears Twilio's "application error", and the
    recording's callbacks come back once the configuration is readable again. No writes."""
    return voice_twiml(Settings(), "")


def empty_twiml() -> str:
    from twilio.twiml.voice_response import VoiceResponse

    return str(VoiceResponse())


def sms_twiml(settings: Settings) -> str:
    """The SMS acknowledgement; an empty ``<Response/>`` when none is configured."""
    from twilio.twiml.messaging_response import MessagingResponse

    response = MessagingResponse()
    if settings.sms_reply:
        response.message(settings.sms_reply)
    return str(response)
