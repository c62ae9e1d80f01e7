"""The agent callback: VAPI request, personas, safety rules, exactly once; the VAPI webhook."""

from __future__ import annotations

import json
import threading

import pytest
from chalice.test import Client

from app import app
from chalicelib.calls import CallRegistry
from chalicelib.events import EventBus
from chalicelib.settings import get_settings
from chalicelib.store import get_store
from tests.conftest import QSTASH_KEYS
from tests.support.qstash import post_task

SCAM = ("hello this is the microsoft windows support department your computer is infected with a virus "
        "and your license has expired call us back immediately at one eight eight eight five five five "
        "zero one nine nine or we will have to block your ip address")
CALLBACK = "+18885550199"
SECRET = "vapi-shared-secret"
BASE = "https://honeyline.example/prod"


@pytest.fixture
def configure(make_settings, use_settings, vapi):
    def install(**extra):
        env = {"VAPI_API_KEY": vapi.api_key, "VAPI_BASE_URL": vapi.url, "VAPI_PHONE_NUMBER_ID": "pn_honeyline",
               "VAPI_WEBHOOK_SECRET": SECRET, "PUBLIC_BASE_URL": BASE, "VAPI_TIMEOUT_SECONDS": "1",
               **QSTASH_KEYS, **extra}
        return use_settings(make_settings("redis", **env))

    return install


@pytest.fixture
def client():
    with Client(app) as test_client:
        yield test_client


def task(client, name: str, payload: dict):
    """A worker delivery signed as QStash signs it (tasks themselves run inline: no QSTASH_TOKEN)."""
    return post_task(client, name, payload, public_base=BASE, key=QSTASH_KEYS["QSTASH_CURRENT_SIGNING_KEY"])


def analyze(client, sid: str = "CA1", text: str = SCAM):
    """Record the transcript and run the pipeline inline: analysis, then the agent call."""
    return task(client, "process_transcription", {"call_sid": sid, "transcription_text": text})


def events(kind: str | None = None) -> list[dict]:
    found = [e.to_dict() for e in EventBus(get_store(), get_settings()).read_since(None, 1000)[0]]
    return [e for e in found if kind is None or e["type"] == kind]


def record(sid: str = "CA1") -> dict:
    return CallRegistry(get_store(), get_settings()).get_record(sid)


def vapi_message(client, message: dict, headers: dict | None = None):
    return client.http.post("/api/vapi-webhook", body=json.dumps({"message": message}),
                            headers={"Content-Type": "application/json", "X-Vapi-Secret": SECRET, **(headers or {})})


def test_engaged_scam_calls_the_callback_number_once(client, configure, vapi) -> None:
    configure()
    assert analyze(client).status_code == 200
    [body] = vapi.calls
    assert body["customer"] == {"number": CALLBACK} and body["phoneNumberId"] == "pn_honeyline"
    assistant = body["assistant"]
    prompt = assistant["model"]["messages"][0]["content"]
    assert "Microsoft" in prompt and "never an AI" in prompt and assistant["voice"]["provider"] == "azure"
    metadata = body["assistantOverrides"]["metadata"]
    assert metadata["subject"] == "CA1" and metadata["company"] == "Microsoft" and metadata["confidence"] >= 70
    assert metadata["scamType"] == "it_support"
    assert body["assistantOverrides"]["server"] == {"url": "https://honeyline.example/prod/api/vapi-webhook",
                                                    "headers": {"X-Vapi-Secret": SECRET}}
    # Recorded as MP3 so a long call stays under what /api/agent-recordings relays through Lambda.
    assert body["assistantOverrides"]["artifactPlan"] == {"recordingEnabled": True, "recordingFormat": "mp3"}
    [started] = events("vapi_call_started")
    assert started["data"]["agentCallId"] == "call_0001" and started["data"]["target"] == "+1******0199"
    assert record()["agent"]["status"] == "started"
    # Redelivered and concurrent deliveries of the task place no second call.
    threads = [threading.Thread(target=task, args=(client, "trigger_vapi_call", {"subject": "CA1", "channel": "call"})) for _ in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(vapi.calls) == 1


def test_persona_voice_matches_gender_and_configured_assistants_win(client, configure, vapi) -> None:
    configure(VAPI_ASSISTANTS=json.dumps({"Micro Soft Support": "asst_ms", "Coinbase": "asst_cb"}))
    analyze(client)
    assert vapi.calls[0]["assistantId"] == "asst_ms" and "assistant" not in vapi.calls[0]
    from chalicelib.personas import choose_persona

    for seed in range(20):
        import random

        persona = choose_persona("Kraken", "crypto_exchange", {}, random.Random(seed))
        female_voices = ("en-US-JennyNeural", "en-US-AriaNeural", "en-US-SaraNeural")
        assert (persona.voice in female_voices) == (persona.gender == "female") and persona.family == "crypto"


def test_not_configured_is_recorded_not_retried(client, make_settings, use_settings) -> None:
    use_settings(make_settings("redis"))
    assert analyze(client).status_code == 200
    assert record()["agent"] == {"status": "not_configured"}


@pytest.mark.parametrize(
    ("text", "extra", "rule"),
    [
        ("this is microsoft your computer has a virus call 911 now", {}, None),
        ("this is microsoft support your computer is infected call us back at 1 900 555 0199 right away", {}, "premium"),
        ("this is microsoft support your computer is infected call us back at 888 555 0199 right away",
         {"TWILIO_PHONE_NUMBER": "+18885550199"}, "own_number"),
        ("this is microsoft support your computer is infected call us back at 888 555 0199 right away",
         {"VAPI_CALLER_NUMBER": "+18885550199"}, "own_number"),
        ("this is microsoft support your computer is infected call us back at 888 555 0199 right away",
         {"AGENT_DO_NOT_CALL": "+18005550100,+18885550199"}, "do_not_call"),
        ("this is microsoft support your computer is infected call us back at 888 555 0199 right away",
         {"AGENT_MAX_CALLS_PER_DAY": "0"}, "daily_limit"),
    ],
)
def test_safety_rules_refuse_with_a_reason(client, configure, vapi, text, extra, rule) -> None:
    configure(**extra)
    assert analyze(client, text=text).status_code == 200
    assert vapi.calls == []
    if rule is None:  # no dialable number was extracted at all: no agent call attempted
        assert "agent" not in record() or record()["agent"]["status"] != "started"
        return
    assert record()["agent"]["status"] == "refused" and record()["agent"]["rule"] == rule
    [failed] = events("vapi_call_failed")
    assert failed["data"]["rule"] == rule and failed["data"]["reason"]


def test_number_must_occur_in_the_transcript(configure, make_settings) -> None:
    from chalicelib import safety

    settings = configure()
    assert safety.check_number(CALLBACK, SCAM, settings) == CALLBACK
    for number, rule in [("+18885550123", "not_in_transcript"), ("+1911", "emergency"), ("+1411", "emergency"),
                         ("+144444", "short_code"), ("not a number", "invalid"), (None, "no_number")]:
        with pytest.raises(safety.Refusal) as refused:
            safety.check_number(number, SCAM, settings)
        assert refused.value.rule == rule, number


def test_active_call_and_per_number_limit(client, configure, vapi) -> None:
    configure(AGENT_MAX_CALLS_PER_NUMBER="2")
    analyze(client, "CA1")
    analyze(client, "CA2")  # same callback number while the first agent call is active
    assert len(vapi.calls) == 1 and record("CA2")["agent"]["rule"] == "active"
    vapi_message(client, {"type": "end-of-call-report", "call": {"id": "call_0001"}, "endedReason": "customer-ended-call",
                          "durationSeconds": 42})
    analyze(client, "CA3")
    assert len(vapi.calls) == 2
    vapi_message(client, {"type": "end-of-call-report", "call": {"id": "call_0002"}, "endedReason": "customer-ended-call",
                          "durationSeconds": 42})
    analyze(client, "CA4")
    assert len(vapi.calls) == 2 and record("CA4")["agent"]["rule"] == "number_limit"


def test_vapi_outage_is_retried_and_places_one_call(client, configure, vapi) -> None:
    configure()
    vapi.fail_next(500)
    analyze(client)  # inline: the failing task is logged; QStash would retry it
    assert vapi.calls == [] and events("vapi_call_started") == []
    retry = task(client, "trigger_vapi_call", {"subject": "CA1", "channel": "call"})
    assert retry.status_code == 200 and len(vapi.calls) == 1  # the slot was given back


def test_vapi_5xx_makes_the_task_retryable(client, configure, vapi) -> None:
    configure()
    vapi.fail_next(503, n=2)
    analyze(client)
    response = task(client, "trigger_vapi_call", {"subject": "CA1", "channel": "call"})
    assert response.status_code == 503 and "VAPI answered HTTP 503" in json.loads(response.body)["message"]


def test_vapi_rejection_is_recorded_and_a_lost_answer_is_looked_up_not_placed_twice(client, configure, vapi) -> None:
    configure()
    vapi.fail_next(400)
    analyze(client, "CA1")
    assert record("CA1")["agent"]["status"] == "failed" and "HTTP 400" in record("CA1")["agent"]["reason"]
    assert len(events("vapi_call_failed")) == 1
    vapi.drop_answer_next(1.5)  # VAPI places the call, its answer never arrives
    analyze(client, "CA2")
    assert "agent" not in record("CA2") and len(vapi.calls) == 1
    retry = task(client, "trigger_vapi_call", {"subject": "CA2", "channel": "call"})  # the queue's retry
    assert retry.status_code == 200, retry.body
    assert len(vapi.calls) == 1  # found through List Calls and our metadata: not placed again
    assert record("CA2")["agent"]["status"] == "started" and record("CA2")["agent"]["call_id"] == "call_0001"
    assert len(events("vapi_call_started")) == 1


# ----------------------------------------------------------------- the webhook
def test_webhook_authentication(client, configure, make_settings, use_settings) -> None:
    configure()
    message = {"type": "status-update", "status": "ringing", "call": {"id": "call_x"}}
    assert vapi_message(client, message).status_code == 200
    bearer = client.http.post("/api/vapi-webhook", body=json.dumps({"message": message}),
                              headers={"Content-Type": "application/json", "Authorization": f"Bearer {SECRET}"})
    assert bearer.status_code == 200
    assert vapi_message(client, message, {"X-Vapi-Secret": "wrong"}).status_code == 401
    missing = client.http.post("/api/vapi-webhook", body=json.dumps({"message": message}), headers={"Content-Type": "application/json"})
    assert missing.status_code == 401
    use_settings(make_settings("embedded", APP_ENV="production"))
    refused = vapi_message(client, message)
    assert refused.status_code == 503 and "VAPI_WEBHOOK_SECRET" in json.loads(refused.body)["message"]


def test_status_update_and_end_of_call_report(client, configure, vapi) -> None:
    configure()
    analyze(client)
    assert vapi_message(client, {"type": "status-update", "status": "in-progress", "call": {"id": "call_0001"}}).status_code == 200
    assert events("vapi_call_status")[0]["data"]["status"] == "in-progress"
    report = {"type": "end-of-call-report", "call": {"id": "call_0001"}, "endedReason": "customer-ended-call",
              "startedAt": "2026-11-26T01:00:00.000Z", "endedAt": "2026-11-26T01:07:30.500Z",
              "analysis": {"summary": "Caller posed as Microsoft and asked to install AnyDesk; gave 888-555-0199 again."},
              "artifact": {"transcript": "AI: Hello? User: This is Microsoft, call me at 888 555 0199. AI: Let me find my glasses."}}
    first = vapi_message(client, report)
    again = vapi_message(client, report)
    assert first.status_code == again.status_code == 200 and json.loads(again.body) == {"duplicate": True}
    [ended] = events("vapi_call_ended")
    data = ended["data"]
    assert data["duration"] == 450 and data["success"] is True and data["endedReason"] == "customer-ended-call"
    assert "AnyDesk" in data["summary"] and "555-0199" not in data["summary"] and "555 0199" not in data["transcriptExcerpt"]
    result = record()["agent_result"]
    assert result["duration_seconds"] == 450 and result["success"] is True
    from chalicelib.agents import NAMES_KEY, STATS_KEY, leaderboard

    store = get_store()
    [row] = leaderboard(store.execute("hgetall", STATS_KEY), store.execute("hgetall", NAMES_KEY))
    assert row["calls"] == 1 and row["successes"] == 1 and row["minutes"] == 7.5 and row["success_rate"] == 1.0
    assert row["name"] == "Built-in it support victim"


@pytest.mark.parametrize("body", ['{"nope": 1}', '{"message": "x"}', '{"message": {"type": "end-of-call-report"}}', "not json"])
def test_bad_webhook_input_is_a_4xx(client, configure, body) -> None:
    configure()
    response = client.http.post("/api/vapi-webhook", body=body, headers={"Content-Type": "application/json", "X-Vapi-Secret": SECRET})
    assert response.status_code == 400, response.body


def test_unknown_calls_and_message_types_are_acknowledged(client, configure) -> None:
    configure()
    assert json.loads(vapi_message(client, {"type": "transcript", "call": {"id": "c"}}).body) == {"ignored": "transcript"}
    unknown = vapi_message(client, {"type": "end-of-call-report", "call": {"id": "call_elsewhere"}, "endedReason": "x"})
    assert unknown.status_code == 200 and "ignored" in json.loads(unknown.body)
