"""Twilio webhooks as Twilio sends them: form-encoded, signed with twilio's own RequestValidator."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from twilio.request_validator import RequestValidator


def post_webhook(client: Any, kind: str, params: dict[str, str], *, base: str, token: str,
                 signed: bool = True, headers: dict[str, str] | None = None) -> Any:
    """POST ``?type=kind`` through the Chalice test client, signed for ``base`` + the path."""
    url = f"{base}/api/twilio-webhook?type={kind}"
    all_headers = {"Content-Type": "application/x-www-form-urlencoded", **(headers or {})}
    if signed:
        all_headers["X-Twilio-Signature"] = RequestValidator(token).compute_signature(url, params)
    return client.http.post(f"/api/twilio-webhook?type={kind}", headers=all_headers, body=urlencode(params))
