"""Operator false positives: a number that is not a scammer's leaves every export for good,
and the agent never calls it (:func:`chalicelib.safety.check_operator_do_not_call`).

Stored as ``hl:intel:fp``: number tag → ``{"masked", "reason", "at"}``. No TTL: an operator's
decision must not silently expire; the hash grows only by operator action.
"""

from __future__ import annotations

import json
import logging
import time
from typing import Any

from chalicelib.errors import RequestError
from chalicelib.redaction import mask_phone
from chalicelib.safety import OPERATOR_DNC_KEY, number_key
from chalicelib.store import Store

logger = logging.getLogger(__name__)
REASON_CHARS = 200


def parse_number(value: Any) -> str:
    """An E.164 number from the operator, or a 400 that says why."""
    import phonenumbers

    if not isinstance(value, str) or not value.strip():
        raise RequestError('expected {"number": "+E164"}')
    try:
        parsed = phonenumbers.parse(value.strip(), None)
    except phonenumbers.NumberParseException:
        raise RequestError("number must be in E.164 form, e.g. +18005550100") from None
    if not phonenumbers.is_possible_number(parsed):
        raise RequestError("number is not a possible phone number")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def mark(store: Store, number: str, reason: str = "", *, now_ms: int | None = None) -> dict[str, Any]:
    """Mark ``number`` as a false positive (idempotent)."""
    entry = {"masked": mask_phone(number), "reason": str(reason or "")[:REASON_CHARS],
             "at": int(time.time() * 1000) if now_ms is None else now_ms}
    store.execute("hset", OPERATOR_DNC_KEY, number_key(number), json.dumps(entry))
    logger.info("operator marked %s as a false positive", entry["masked"])
    return {"number": entry["masked"], "falsePositive": True}


def unmark(store: Store, number: str) -> dict[str, Any]:
    """Undo :func:`mark`: the number may be exported and called again."""
    removed = store.execute("hdel", OPERATOR_DNC_KEY, number_key(number))
    return {"number": mask_phone(number), "falsePositive": False, "changed": bool(removed)}


def listing(store: Store) -> list[dict[str, Any]]:
    """Marked numbers, masked, newest first."""
    flat = store.execute("hgetall", OPERATOR_DNC_KEY) or []
    entries = [json.loads(v) for v in flat[1::2]]
    return sorted(entries, key=lambda e: e.get("at", 0), reverse=True)
