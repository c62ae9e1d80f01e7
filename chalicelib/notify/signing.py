"""Signatures on generic webhooks: ``X-Honeyline-Signature: v1=<hex HMAC-SHA256>``.

The signed string is ``"<timestamp>.<raw body>"`` with the secret ``WEBHOOK_SECRET``;
receivers reject timestamps more than five minutes away from their clock.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from typing import Mapping, Sequence

TIMESTAMP_HEADER = "X-Honeyline-Timestamp"
SIGNATURE_HEADER = "X-Honeyline-Signature"
SIGNATURE_VERSION = "v1"
SIGNATURE_TOLERANCE_SECONDS = 300


def sign_webhook(secret: str, timestamp: int | str, body: bytes | str) -> str:
    """The ``X-Honeyline-Signature`` value: ``v1=`` + hex HMAC-SHA256(secret, "<timestamp>.<body>")."""
    raw = body.encode("utf-8") if isinstance(body, str) else bytes(body)
    message = str(int(timestamp)).encode("ascii") + b"." + raw
    return f"{SIGNATURE_VERSION}=" + hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def verify_webhook(secret: str | Sequence[str], headers: Mapping[str, str], body: bytes | str, *,
                   now: float | None = None, tolerance: int = SIGNATURE_TOLERANCE_SECONDS) -> bool:
    """True if ``body`` carries a valid, fresh Honeyline signature.

    ``headers`` is any mapping (looked up case-insensitively). Rejects a missing or
    malformed timestamp, one more than ``tolerance`` seconds old or in the future, and
    a signature that matches none of ``secret`` (a list allows rotating the secret).
    The signature header may hold several comma-separated ``v1=`` values.
    """
    lowered = {str(k).lower(): str(v) for k, v in headers.items()}
    stamp = lowered.get(TIMESTAMP_HEADER.lower(), "").strip()
    offered = lowered.get(SIGNATURE_HEADER.lower(), "")
    if not (stamp.isascii() and stamp.isdigit() and len(stamp) <= 12) or not offered:
        return False
    current = time.time() if now is None else now
    if abs(current - int(stamp)) > tolerance:
        return False
    secrets = [secret] if isinstance(secret, str) else list(secret)
    candidates = [part.strip() for part in offered.split(",") if part.strip().startswith(f"{SIGNATURE_VERSION}=")]
    valid = False
    for key in secrets:
        if not key:
            continue
        expected = sign_webhook(key, stamp, body)
        for candidate in candidates:
            # compare every pair (no early exit) so timing says nothing about which one matched
            valid |= hmac.compare_digest(expected.encode("ascii"), candidate.encode("ascii", "replace"))
    return valid


