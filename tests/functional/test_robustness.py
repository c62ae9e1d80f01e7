"""Malformed input from any caller gets a 4xx, never a 500 (seeded random payloads, embedded store)."""

from __future__ import annotations

import json
import random

import pytest
from chalice.test import Client

from app import app

VALUES = [None, 1, -1, 3.5, "", "x", "\U0001f642" * 3, [], {}, {"a": 1}, ["a"], True, "1" * 3000, "+14155550123", "CA1"]
TASKS = ["process_transcription", "process_sms", "analyze_scam", "trigger_vapi_call", "send_notifications", "nope"]
KEYS = ["call_sid", "message_sid", "body", "subject", "channel", "text", "alert", "variant", "attempt",
        "transcribe_job", "transcription_text", "recording_url"]
FORM_KEYS = ["CallSid", "From", "To", "CallStatus", "RecordingSid", "RecordingDuration", "CallDuration",
             "TranscriptionText", "TranscriptionStatus", "MessageSid", "Body", "RecordingStatus"]


@pytest.fixture
def client(make_settings, use_settings):
    use_settings(make_settings("embedded"))
    with Client(app) as test_client:
        yield test_client


def test_random_malformed_requests_never_cause_a_5xx(client) -> None:
    rng = random.Random(20261126)
    failures = []
    for _ in range(300):
        payload = {k: rng.choice(VALUES) for k in rng.sample(KEYS, rng.randint(0, 6))}
        body = json.dumps({"task": rng.choice(TASKS), "payload": payload})
        response = client.http.post("/api/process-transcription", headers={"Content-Type": "application/json"}, body=body)
        if response.status_code >= 500:
            failures.append(("worker", body[:160], response.body[:160]))

        form = "&".join(f"{k}={rng.choice(['', 'x', '1', '%FF', '12s', 'CA1'])}" for k in rng.sample(FORM_KEYS, rng.randint(0, 8)))
        kind = rng.choice(["voice", "status", "recording-status", "transcription", "sms", "x", ""])
        response = client.http.post(f"/api/twilio-webhook?type={kind}",
                                    headers={"Content-Type": "application/x-www-form-urlencoded"}, body=form)
        if response.status_code >= 500:
            failures.append(("twilio", kind, form, response.body[:160]))

        message = {"type": rng.choice(["status-update", "end-of-call-report", "x"]),
                   "call": rng.choice([None, {"id": rng.choice(VALUES)}, {"id": "c1"}]),
                   **{k: rng.choice(VALUES) for k in ("durationSeconds", "startedAt", "endedAt", "status", "analysis", "artifact")}}
        response = client.http.post("/api/vapi-webhook", headers={"Content-Type": "application/json"},
                                    body=json.dumps({"message": message}))
        if response.status_code >= 500:
            failures.append(("vapi", json.dumps(message)[:160], response.body[:160]))
    assert failures == []
