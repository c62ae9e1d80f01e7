"""Reports ready to paste into the FTC's complaint form (reportfraud.ftc.gov), and the SMS 7726 text.

The form asks for the date and time, the number that called, the number to call back, the
company the caller claimed to be and what was said. Honeyline gives all of them except the
caller ID in clear: caller IDs are often spoofed (an innocent person's number), so reports
carry it masked and point to the Twilio log, where the operator can read it if the form needs
it. The callback number appears in full (the scammers' line), unless an operator marked it
as a false positive.
"""

from __future__ import annotations

import json
import time
from typing import Any

from chalicelib import campaigns
from chalicelib.calls import INDEX_KEY, record_key
from chalicelib.intel.blocklist import excluded_tags
from chalicelib.redaction import mask_phone, redact_text
from chalicelib.safety import number_key
from chalicelib.settings import Settings
from chalicelib.store import Store

CALLS_PER_CAMPAIGN_REPORT = 20
SAID_CHARS = 3000


def _when(ms: int | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(ms / 1000)) if ms else "unknown"


def _call_fields(sid: str, record: dict[str, Any], ms: int | None, excluded: set[str]) -> dict[str, Any]:
    analysis = record.get("analysis") or {}
    sms = record.get("channel") == "sms"
    callback = record.get("_callback_number")
    if callback and number_key(callback) in excluded:
        callback = None
    return {
        "subject": sid,
        "dateTime": _when(ms),
        "contactMethod": "text message (SMS)" if sms else "phone call (voicemail left on a honeypot line)",
        "numberCalledFrom": record.get("from") or mask_phone(record.get("_from")) or "unknown",
        "numberToCallBack": callback,
        "companyClaimed": analysis.get("impersonated_company"),
        "scamType": (analysis.get("scam_type") or "").replace("_", " ") or None,
        "whatWasSaid": redact_text(str(record.get("body") if sms else record.get("transcript") or ""))[:SAID_CHARS],
    }


def _text(f: dict[str, Any]) -> str:
    lines = [
        f"Date and time: {f['dateTime']}",
        f"How they contacted me: {f['contactMethod']}",
        f"Number they called from: {f['numberCalledFrom']} (masked by Honeyline: caller IDs are often spoofed; "
        "the full number is in the Twilio log)",
        f"Number they asked me to call back: {f['numberToCallBack'] or 'none given'}",
        f"Company they claimed to be: {f['companyClaimed'] or 'not stated'}",
        f"Type of scam: {f['scamType'] or 'unknown'}",
        f"What they said: \"{f['whatWasSaid']}\"",
    ]
    return "\n".join(lines)


def _sms7726(f: dict[str, Any]) -> dict[str, str]:
    body = f["whatWasSaid"] + (f"\n(callback number in the message: {f['numberToCallBack']})" if f["numberToCallBack"] else "")
    return {"forwardTo": "7726", "text": body,
            "sender": f"{f['numberCalledFrom']} — 7726 replies asking for the sender's number: copy it from the Twilio log"}


def _load(store: Store, sids: list[str]) -> list[tuple[str, dict[str, Any], int | None]]:
    commands = [c for sid in sids for c in (("hgetall", record_key(sid)), ("zscore", INDEX_KEY, sid))]
    replies = store.pipeline(commands) if commands else []
    out = []
    for i, sid in enumerate(sids):
        flat, score = replies[2 * i] or [], replies[2 * i + 1]
        record = {k: json.loads(v) for k, v in zip(flat[::2], flat[1::2])}
        if record:
            out.append((sid, record, int(float(score)) if score is not None else None))
    return out


def call_report(store: Store, settings: Settings, sid: str) -> dict[str, Any] | None:
    """The FTC report for one call or text (``None`` if the record has expired or never existed)."""
    loaded = _load(store, [sid])
    if not loaded:
        return None
    _, record, ms = loaded[0]
    fields = _call_fields(sid, record, ms, excluded_tags(store, settings))
    campaign = record.get("campaign")
    if campaign:  # merged since: name the surviving campaign
        campaign = campaigns.resolve(store, [campaign])[campaign]
    report = {"subject": sid, "campaign": campaign, "fields": fields, "text": _text(fields)}
    if record.get("channel") == "sms":
        report["sms7726"] = _sms7726(fields)
    return report


def campaign_report(store: Store, settings: Settings, cid: str) -> dict[str, Any] | None:
    """The FTC report for a campaign: a summary, then one entry per recent call."""
    if not cid or len(cid) > 64:
        return None
    cid = campaigns.resolve(store, [cid])[cid]
    fields_flat, numbers, recent = store.pipeline([
        ("hgetall", campaigns.camp_key(cid)), ("zrevrange", campaigns.camp_key(cid, "numbers"), 0, -1),
        ("zrevrange", campaigns.camp_key(cid, "calls"), 0, CALLS_PER_CAMPAIGN_REPORT - 1),
    ])
    facts = dict(zip((fields_flat or [])[::2], (fields_flat or [])[1::2]))
    if not facts:
        return None
    excluded = excluded_tags(store, settings)
    callbacks = [n for n in numbers or [] if number_key(n) not in excluded]
    entries = [_call_fields(sid, record, ms, excluded) for sid, record, ms in _load(store, list(recent or []))]
    header = "\n".join([
        f"Scam campaign {cid}: {facts.get('company') or 'unknown company'}, {(facts.get('scam_type') or 'scam').replace('_', ' ')}",
        f"Seen from {_when(int(facts.get('first_seen', 0)))} to {_when(int(facts.get('last_seen', 0)))}: "
        f"{facts.get('calls', 0)} call(s), {facts.get('texts', 0)} text(s)",
        f"Numbers they asked people to call back: {', '.join(callbacks) or 'none'}",
    ])
    text = header + "".join(f"\n\n--- {e['subject']} ---\n{_text(e)}" for e in entries)
    return {"campaign": cid, "callbackNumbers": callbacks, "calls": entries, "text": text}
