"""Recorded provider payloads (tests/events/, sources cited in each file), and their ugly variants.

Bad values from a provider must never give a 500 or a half-applied write: VAPI sends
its end-of-call report once, so a report that fails is a call lost from the leaderboard
and a number locked for 45 minutes.
"""

from __future__ import annotations

import copy
import json
import math
from typing import Any

import pytest
from chalice.test import Client

from app import app
from chalicelib.agents import STATS_KEY, call_map_key, subject_map_key
from chalicelib.calls import CallRegistry
from chalicelib.errors import StoreUnavailable
from chalicelib.events import EventBus
from chalicelib.pipeline.outbox import OUTBOX_KEY, TASKS_KEY
from chalicelib.safety import active_key
from chalicelib.settings import get_settings
from chalicelib.store import create_store, get_store
from tests.conftest import QSTASH_KEYS
from tests.support.loopback import JsonHandler, LoopbackServer
from tests.support.qstash import sign_delivery

SECRET = "vapi-secret-payloads"
BASE = "https://honeyline.example/prod"


def recorded(name: str) -> Any:
    with open(f"tests/events/{name}") as f:
        return json.load(f)


@pytest.fixture
def client(make_settings, use_settings):
    use_settings(make_settings("redis", VAPI_WEBHOOK_SECRET=SECRET, PUBLIC_BASE_URL=BASE, **QSTASH_KEYS))
    with Client(app) as test_client:
        yield test_client


def agent_call_on_record(subject: str = "CA1", call_id: str | None = "call_0001") -> None:
    """What the agent step leaves before the report: the maps (by subject always, by id once VAPI answered)."""
    mapping = json.dumps({"subject": subject, "persona": "microsoft", "persona_name": "Margaret",
                          "label": "Built-in IT support victim", "number_tag": "tag1", "channel": "call"})
    store = get_store()
    store.execute("set", subject_map_key(subject), mapping)
    if call_id:
        store.execute("set", call_map_key(call_id), mapping)
    store.execute("set", active_key("tag1"), "locked")


def post_report(client, body: Any):
    return client.http.post("/api/vapi-webhook", body=body if isinstance(body, str) else json.dumps(body),
                            headers={"Content-Type": "application/json", "X-Vapi-Secret": SECRET})


def with_changes(**changes: Any) -> dict:
    body = copy.deepcopy(recorded("vapi_end_of_call_report.json"))
    body.pop("_source")
    for name, value in changes.items():
        if value is None:
            body["message"].pop(name, None)
        else:
            body["message"][name] = value
    return body


def test_the_recorded_report_is_applied_once(client) -> None:
    agent_call_on_record()
    report = with_changes()
    first, again = post_report(client, report), post_report(client, report)
    assert first.status_code == again.status_code == 200
    assert json.loads(first.body) == {"recorded": True, "success": True}
    assert json.loads(again.body) == {"duplicate": True}
    stats = get_store().execute("hgetall", STATS_KEY)
    assert dict(zip(stats[::2], stats[1::2])) == {"microsoft|calls": "1", "microsoft|seconds": "420", "microsoft|successes": "1"}
    assert get_store().execute("exists", active_key("tag1")) == 0  # the number is free again


def test_a_report_finds_its_call_through_our_metadata(client) -> None:
    """Redis failed right after VAPI accepted the call: no map by call id, only the one by subject."""
    agent_call_on_record(call_id=None)
    assert json.loads(post_report(client, with_changes()).body)["recorded"] is True
    assert CallRegistry(get_store(), get_settings()).get_record("CA1")["agent_result"]["duration_seconds"] == 420


@pytest.mark.parametrize(("changes", "seconds"), [
    ({"durationSeconds": "Infinity"}, 86_400),
    ({"durationSeconds": "-Infinity"}, 0),
    ({"durationSeconds": "NaN"}, 420),  # not a number: the timestamps decide
    ({"durationSeconds": 1e300}, 86_400),
    ({"durationSeconds": -5}, 0),
    ({"durationSeconds": True}, 420),
    ({"durationSeconds": None, "startedAt": "2026-11-29T01:00:05.120", "endedAt": "2026-11-29T01:02:05.120Z"}, 120),
    ({"durationSeconds": None, "startedAt": "yesterday", "endedAt": "2026-11-29T01:02:05Z"}, 0),
    ({"durationSeconds": None, "startedAt": 17, "endedAt": None}, 0),
    ({"durationSeconds": None, "startedAt": "2026-11-29T01:10:00Z", "endedAt": "2026-11-29T01:00:00Z"}, 0),
], ids=["inf", "-inf", "nan", "1e300", "negative", "bool", "naive+aware", "bad-ts", "ts-not-string", "ended-before"])
def test_bad_durations_and_timestamps_never_fail_the_report(client, changes, seconds) -> None:
    agent_call_on_record()
    body = json.dumps(with_changes(**{k: v for k, v in changes.items() if not isinstance(v, str) or v not in ("Infinity", "-Infinity", "NaN")}))
    for name, value in changes.items():  # JSON's non-standard literals, as a sloppy sender writes them
        if value in ("Infinity", "-Infinity", "NaN"):
            body = body.replace(f'"{name}": 420.0', f'"{name}": {value}')
    response = post_report(client, body)
    assert response.status_code == 200, response.body
    result = CallRegistry(get_store(), get_settings()).get_record("CA1")["agent_result"]
    assert result["duration_seconds"] == seconds and math.isfinite(result["duration_seconds"])
    [ended] = [e for e in EventBus(get_store(), get_settings()).read_since(None)[0] if e.type == "vapi_call_ended"]
    assert ended.data["duration"] == seconds
    assert get_store().execute("exists", active_key("tag1")) == 0  # applied whole: the lock went with it


def test_the_recorded_status_update_becomes_an_event(client) -> None:
    agent_call_on_record()
    body = recorded("vapi_status_update.json")
    body.pop("_source")
    assert json.loads(post_report(client, body).body) == {"status": "in-progress"}


def test_the_recorded_failure_callback_is_kept_once_and_leaves_the_outbox(client) -> None:
    callback = recorded("qstash_failure_callback.json")
    callback.pop("_source")
    get_store().pipeline([("zadd", OUTBOX_KEY, 1, "process_sms.SM7"), ("hset", TASKS_KEY, "process_sms.SM7", "{}")])
    body = json.dumps(callback)
    url = f"{BASE}/api/process-transcription?callback=failure"
    for _ in range(2):  # QStash may deliver the callback twice
        response = client.http.post("/api/process-transcription?callback=failure", body=body, headers={
            "Content-Type": "application/json", "Upstash-Signature": sign_delivery(body, url, QSTASH_KEYS["QSTASH_CURRENT_SIGNING_KEY"])})
        assert response.status_code == 200, response.body
    assert get_store().execute("llen", "hl:tasks:dead") == 1
    assert get_store().execute("zcard", OUTBOX_KEY) == 0  # the relay will not bring a dead task back


class _Refusing(LoopbackServer):
    """Answers every request with one recorded Upstash error body."""

    def __init__(self, status: int, body: Any) -> None:
        class Handler(JsonHandler):
            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                self._send(status, body)

        super().__init__(Handler)
        self.serve_in_background()


@pytest.mark.parametrize("case", recorded("upstash_batch_errors.json")["cases"], ids=lambda c: f"{c['path']}-{c['status']}")
def test_recorded_upstash_batch_errors_are_a_store_outage(make_settings, case) -> None:
    with _Refusing(case["status"], case["body"]) as server:
        store = create_store(make_settings("upstash", UPSTASH_REDIS_REST_URL=server.url))
        run = store.pipeline if case["path"] == "/pipeline" else store.transaction
        with pytest.raises(StoreUnavailable):
            run([("set", "a", "1"), ("get", "a")])
        store.close()
