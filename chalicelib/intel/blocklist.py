"""The blocklist: scam callback numbers, in full, as CSV, JSON or a STIX 2.1 bundle.

Callback numbers are the scammers' advertised lines and blocking them is the point, so
they appear here in full. Caller IDs never do: they are not even stored in clear. A
number leaves every export when an operator marks it as a false positive
(:mod:`chalicelib.intel.false_positives`), or when it is one of our own numbers or on
``AGENT_DO_NOT_CALL``.

``confidence`` is the highest analyzer confidence (0-100) among the detections that
named the number.
"""

from __future__ import annotations

import csv
import io
import json
import re
import time
from datetime import datetime, timezone
from typing import Any

from chalicelib import campaigns
from chalicelib.errors import RequestError
from chalicelib.safety import OPERATOR_DNC_KEY, number_key
from chalicelib.settings import Settings
from chalicelib.store import Store

FORMATS = ("csv", "json", "stix")
COLUMNS = ("number", "first_seen", "last_seen", "times_seen", "campaign", "company", "scam_type", "confidence")
CONTENT_TYPES = {"csv": "text/csv; charset=utf-8", "json": "application/json", "stix": "application/stix+json;version=2.1"}
STIX_API_LIMIT = 2000
_E164 = re.compile(r"^\+[1-9]\d{6,14}$")


def iso(ms: int) -> str:
    """Milliseconds since the epoch as ISO 8601 UTC with a Z (what STIX and spreadsheets read)."""
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_since(value: str | None) -> int | None:
    """``since`` as unix seconds, unix milliseconds or an ISO 8601 date/time; ``None`` when absent."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    if text.isdigit():
        number = int(text)
        return number if number >= 10**12 else number * 1000
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise RequestError(f"since must be unix seconds, milliseconds or an ISO 8601 date, got {text[:40]!r}") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return int(parsed.timestamp() * 1000)


def excluded_tags(store: Store, settings: Settings) -> set[str]:
    """Tags of numbers no export may carry: operator false positives, our own, do-not-call."""
    own = {settings.twilio_phone_number, settings.vapi_caller_number, settings.operator_phone_number,
           *settings.agent_do_not_call}
    marked = store.execute("hkeys", OPERATOR_DNC_KEY) or []
    return {str(t) for t in marked} | {number_key(n) for n in own if n}


def blocklist_rows(store: Store, settings: Settings, *, since_ms: int | None = None, min_confidence: int = 0) -> list[dict[str, Any]]:
    """Rows for every callback number seen since ``since_ms`` (newest first)."""
    numbers = store.execute("zrevrangebyscore", campaigns.NUMBERS_KEY, "+inf", since_ms if since_ms is not None else "-inf")
    if not numbers:
        return []
    excluded = excluded_tags(store, settings)
    replies = store.pipeline([("hgetall", campaigns.number_record_key(str(n))) for n in numbers])
    records = [dict(zip(r[::2], r[1::2])) for r in replies if r]
    mapping = campaigns.resolve(store, [r.get("campaign", "") for r in records])
    rows = []
    for r in records:
        number = r.get("number", "")
        if not _E164.match(number) or number_key(number) in excluded or int(r.get("confidence", 0)) < min_confidence:
            continue
        rows.append({
            "number": number, "first_seen": iso(int(r.get("first_seen", 0))), "last_seen": iso(int(r.get("last_seen", 0))),
            "times_seen": int(r.get("times_seen", 0)), "campaign": mapping.get(r.get("campaign", ""), r.get("campaign", "")),
            "company": r.get("company", ""), "scam_type": r.get("scam_type", ""), "confidence": int(r.get("confidence", 0)),
        })
    return rows


def _cell(value: Any) -> Any:
    """Neutralise spreadsheet formulas in text cells; E.164 numbers are validated and pass as they are."""
    if not isinstance(value, str) or _E164.match(value):
        return value
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def to_csv(rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(row[k]) for k in COLUMNS})
    return out.getvalue()


def to_json(rows: list[dict[str, Any]], *, now_ms: int | None = None) -> str:
    now_ms = int(time.time() * 1000) if now_ms is None else now_ms
    return json.dumps({"generated_at": iso(now_ms), "count": len(rows), "numbers": rows}, indent=1)


def export(store: Store, settings: Settings, fmt: str, *, since_ms: int | None = None, min_confidence: int = 0,
           now_ms: int | None = None, stix_limit: int | None = None) -> str:
    """The blocklist in ``fmt`` (csv, json or stix) as text.

    ``stix_limit`` keeps the newest numbers only: stix2 validates every pattern (about 4 ms a
    number), so the API caps a bundle at ``STIX_API_LIMIT`` to answer well within API Gateway's
    29 s; pull increments with ``since`` or run the export command for everything.
    """
    if fmt not in FORMATS:
        raise RequestError(f"format must be one of {', '.join(FORMATS)}, got {str(fmt)[:20]!r}")
    rows = blocklist_rows(store, settings, since_ms=since_ms, min_confidence=min_confidence)
    if fmt == "csv":
        return to_csv(rows)
    if fmt == "json":
        return to_json(rows, now_ms=now_ms)
    from chalicelib.intel.stix import bundle  # stix2 costs ~160 ms to import: only for this format

    rows = rows[:stix_limit] if stix_limit else rows
    return bundle(rows, campaign_facts(store, rows), settings)


def campaign_facts(store: Store, rows: list[dict[str, Any]]) -> dict[str, dict[str, str]]:
    """The campaign fields the STIX bundle describes, for the campaigns the rows name (one round trip)."""
    ids = sorted({r["campaign"] for r in rows if r["campaign"]})
    replies = store.pipeline([("hmget", campaigns.camp_key(c), "first_seen", "last_seen", "company", "scam_type",
                               "calls", "texts") for c in ids]) if ids else []
    names = ("first_seen", "last_seen", "company", "scam_type", "calls", "texts")
    return {cid: {k: v for k, v in zip(names, reply or []) if v is not None} for cid, reply in zip(ids, replies)}
