"""``python -m chalicelib demo``: play a realistic burst of Twilio traffic at a running Honeyline.

For someone watching the dashboard: a tech-support scam voicemail that leaves a
callback number, a legitimate doctor's-office reminder, and a smishing SMS, each
sent as the signed form posts Twilio itself would send, with short pauses so the
events arrive one after another on the live feed.

Signatures: with the server's ``TWILIO_AUTH_TOKEN`` the posts carry
``X-Twilio-Signature`` computed over ``public_base`` (the server's
``PUBLIC_BASE_URL``, when it has one) or else the URL posted to, exactly as the
server rebuilds it. Without a token they go unsigned, which a development server
accepts.

All numbers are from the fictional 555-01xx range; the output masks them anyway,
like everything else Honeyline prints.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from typing import Callable, TextIO
from urllib.parse import urlencode

import httpx

from chalicelib.redaction import mask_phone

WEBHOOK_PATH = "/api/twilio-webhook"
TIMEOUT_SECONDS = 20.0  # the transcription webhook runs the analysis inline on a server without QStash

ACCOUNT_SID = "AC" + "d3m0" * 8
HONEYPOT = "+14155550100"
SCAMMER = "+12025550147"
CLINIC = "+16175550123"
SMISHER = "+13055550188"

SCAM_TRANSCRIPT = (
    "Hello, this is Daniel from the Microsoft Windows technical support department. We are calling to "
    "inform you that your computer has been sending us error messages and we have detected a virus that "
    "is stealing your personal information. Your Windows license will be suspended within 24 hours. "
    "Please call us back immediately on our toll free number 1 888 555 0142. Again that is "
    "1 888 555 0142, and press 1 to speak with a certified technician. Thank you."
)
LEGIT_TRANSCRIPT = (
    "Hi, this is Maria calling from Doctor Patel's office at Riverside Family Medicine to remind you of your "
    "appointment tomorrow, Thursday, at 10:30 in the morning. Please arrive 15 minutes early and bring your "
    "insurance card. If you need to reschedule, just give the front desk a call. Have a nice day."
)
SMISHING_TEXT = (
    "USPS: Your parcel US9514961 is on hold due to an unpaid redelivery fee of $1.99. Pay now at "
    "https://usps-parcel-redelivery.top/track within 12 hours to avoid return to sender."
)


@dataclass(frozen=True)
class Step:
    """One webhook: what the operator reads, the ``?type=`` and the form Twilio would post."""

    label: str
    kind: str
    params: dict[str, str]


def _sid(prefix: str) -> str:
    # Fresh SIDs on every run: the server ignores a repeated webhook (idempotency), so
    # a second demo with the same SIDs would show nothing.
    return prefix + uuid.uuid4().hex


def _call(sid: str, caller: str, status: str, city: str, state: str) -> dict[str, str]:
    return {
        "AccountSid": ACCOUNT_SID, "ApiVersion": "2010-04-01", "CallSid": sid, "CallStatus": status,
        "Direction": "inbound", "From": caller, "Caller": caller, "FromCity": city, "FromState": state,
        "FromCountry": "US", "To": HONEYPOT, "Called": HONEYPOT, "ToCountry": "US", "ToState": "CA",
    }


def _voicemail(title: str, caller: str, city: str, state: str, transcript: str, seconds: int,
               *, answered_event: bool) -> list[Step]:
    """The webhooks of one call that leaves a voicemail, in the order Twilio sends them."""
    sid, recording = _sid("CA"), _sid("RE")
    recording_url = f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Recordings/{recording}"
    steps = [Step(f"{title}: the phone rings", "voice", _call(sid, caller, "ringing", city, state))]
    if answered_event:
        steps.append(Step(f"{title}: voicemail answers", "status", _call(sid, caller, "in-progress", city, state)))
    steps += [
        Step(f"{title}: recording saved ({seconds} s)", "recording-status", {
            "AccountSid": ACCOUNT_SID, "CallSid": sid, "RecordingSid": recording, "RecordingUrl": recording_url,
            "RecordingStatus": "completed", "RecordingDuration": str(seconds), "RecordingChannels": "1",
            "RecordingSource": "RecordVerb",
        }),
        Step(f"{title}: transcript arrives", "transcription", {
            "AccountSid": ACCOUNT_SID, "CallSid": sid, "RecordingSid": recording, "RecordingUrl": recording_url,
            "TranscriptionSid": _sid("TR"), "TranscriptionStatus": "completed", "TranscriptionText": transcript,
            "TranscriptionType": "fast", "TranscriptionUrl": f"{recording_url}/Transcriptions",
            "url": "", "ForwardedFrom": "",
        }),
        Step(f"{title}: caller hangs up", "status",
             {**_call(sid, caller, "completed", city, state), "CallDuration": str(seconds + 9)}),
    ]
    return steps


def demo_steps() -> list[Step]:
    """The whole demo: a scam voicemail, a legitimate voicemail, a smishing SMS."""
    sms = {
        "AccountSid": ACCOUNT_SID, "ApiVersion": "2010-04-01", "MessageSid": _sid("SM"), "SmsSid": "",
        "SmsStatus": "received", "From": SMISHER, "FromCity": "MIAMI", "FromState": "FL", "FromCountry": "US",
        "To": HONEYPOT, "ToCountry": "US", "Body": SMISHING_TEXT, "NumMedia": "0", "NumSegments": "2",
    }
    sms["SmsSid"] = sms["MessageSid"]
    return [
        *_voicemail("scam voicemail (Microsoft support)", SCAMMER, "WASHINGTON", "DC", SCAM_TRANSCRIPT, 38,
                    answered_event=True),
        *_voicemail("doctor's reminder", CLINIC, "BOSTON", "MA", LEGIT_TRANSCRIPT, 21, answered_event=False),
        Step("smishing SMS (USPS parcel fee)", "sms", sms),
    ]


def sign(token: str, url: str, params: dict[str, str]) -> str:
    """``X-Twilio-Signature`` for a form post to ``url``, as Twilio computes it."""
    from twilio.request_validator import RequestValidator

    return RequestValidator(token).compute_signature(url, params)


def run_demo(
    url: str,
    *,
    token: str | None,
    public_base: str | None,
    out: TextIO,
    pause: float = 1.5,
    client: httpx.Client | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> int:
    """Send the demo webhooks to the server at ``url``; one line per step on ``out``.

    Returns 0 when every webhook was accepted, 1 when any was refused or failed,
    2 when the server cannot be reached at all.
    """
    target = url.rstrip("/")
    signed_base = (public_base or url).rstrip("/")
    steps = demo_steps()
    print(f"demo: {len(steps)} Twilio webhooks to {target}{WEBHOOK_PATH} "
          f"({'signed' if token else 'unsigned: the server must run without TWILIO_AUTH_TOKEN'})", file=out)
    http = client or httpx.Client(timeout=TIMEOUT_SECONDS)
    failures = 0
    try:
        for number, step in enumerate(steps, 1):
            query = "?" + urlencode({"type": step.kind})
            headers = {"User-Agent": "TwilioProxy/1.1 (honeyline demo)"}
            if token:
                headers["X-Twilio-Signature"] = sign(token, signed_base + WEBHOOK_PATH + query, step.params)
            try:
                response = http.post(target + WEBHOOK_PATH + query, data=step.params, headers=headers)
            except httpx.TransportError as exc:
                print(f"{number:>2}. {step.label}: cannot reach {target}: {type(exc).__name__}: {exc}", file=out)
                return 2
            ok = response.is_success
            failures += not ok
            caller = mask_phone(step.params.get("From"))
            detail = "" if ok else f"  {_reason(response)}"
            print(f"{number:>2}. {step.label:<52} {step.kind:<17} from {caller}  HTTP {response.status_code}{detail}",
                  file=out)
            if number < len(steps):
                sleep(pause)
    finally:
        if client is None:
            http.close()
    verdict = "all accepted" if not failures else f"{failures} failed"
    print(f"demo: {len(steps)} webhooks sent, {verdict}; watch them on {target}/", file=out)
    return 1 if failures else 0


def _reason(response: httpx.Response) -> str:
    try:
        body = response.json()
        return str(body.get("message") or body)[:200]
    except ValueError:
        return response.text[:200]
