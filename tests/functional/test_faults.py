"""Fault injection: crash at every step boundary, let the providers retry, get the fault-free end state.

Each test plays one whole scam call (tests/support/scenario.py) twice on a fresh store:
once without faults, once with a crash armed at one named fault point
(chalicelib/faults.py). Twilio retries the webhook that failed, QStash redelivers the
delivery that failed, the scheduled relay runs when the queue is dry, VAPI reports
once. The end state — one record, one analysis, one agent call, one alert per channel
per alert, the same events and counters, an empty outbox — must be identical.
"""

from __future__ import annotations

import pytest
from chalice.test import Client

from app import app
from chalicelib import faults
from tests.conftest import QSTASH_KEYS
from tests.support.receivers import Receivers
from tests.support.scenario import Run, end_state, environment, play_call, redis_refuses_writes_once, uncertain_alerts


@pytest.fixture(scope="module")
def receivers():
    with Receivers() as rx:
        yield rx


@pytest.fixture
def world(make_settings, use_settings, qstash, vapi, receivers):
    def fresh() -> Run:
        qstash.reset()
        vapi.reset()
        receivers.reset()
        use_settings(make_settings("redis", **environment(qstash=qstash, vapi=vapi, receivers=receivers, keys=QSTASH_KEYS)))
        return Run(Client(app), qstash, QSTASH_KEYS["QSTASH_CURRENT_SIGNING_KEY"])

    return fresh


@pytest.mark.parametrize("point", faults.POINTS)
def test_a_crash_at_any_step_boundary_changes_nothing_in_the_end(world, vapi, receivers, point) -> None:
    """Every time the call passes ``point`` (the k-th webhook, task, alert...), crash there once."""
    baseline_run = world()
    hits = faults.count_hits()
    play_call(baseline_run, vapi)
    faults.disarm()
    baseline = end_state(vapi, receivers)
    assert baseline_run.errors == 0
    assert baseline["vapi_calls"] == 1 and baseline["alerts"] == {"slack": 3, "telegram": 3}
    assert baseline["record"]["agent"] == "started" and baseline["outbox"] == 0
    assert baseline["campaign"]["counts"]["calls"] == "1" and baseline["campaign"]["numbers"] == {"+18885550199": "1"}
    assert hits.get(point, 0) >= 1, f"the call never passes {point}"
    # VAPI is asked to send only the two messages we handle (each one is a request to us)
    assert vapi.calls[0]["assistantOverrides"]["serverMessages"] == ["status-update", "end-of-call-report"]

    for occurrence in range(hits[point]):
        run = world()
        faults.arm(point, after=occurrence)
        play_call(run, vapi)
        faults.disarm()
        assert run.errors >= 1, f"the fault at {point} #{occurrence} never fired"
        assert end_state(vapi, receivers) == baseline, f"{point} #{occurrence}"


def test_two_crashes_in_a_row_at_the_agent_still_place_one_call(world, vapi, receivers) -> None:
    run = world()
    faults.arm("agent.after_request", times=2)
    play_call(run, vapi)
    state = end_state(vapi, receivers)
    assert state["vapi_calls"] == 1 and state["record"]["agent"] == "started"
    assert state["alerts"] == {"slack": 3, "telegram": 3}


def test_redis_refusing_writes_after_a_delivery_sends_no_alert_twice(world, vapi, receivers, redis_server) -> None:
    """Slack took the alert, then Redis refused every write until that delivery failed.

    Slack and Telegram take no idempotency key, so the retry must not send again to a channel
    whose outcome it cannot know: each channel is claimed ("sending") before its send, and a
    retry that finds the claim without "sent" records the alert as uncertain instead.
    """
    baseline_run = world()
    play_call(baseline_run, vapi)
    baseline = end_state(vapi, receivers)
    admin = redis_server.client()
    run = world()
    redis_refuses_writes_once(run, receivers, admin)
    try:
        play_call(run, vapi)
    finally:
        admin.config_set("min-replicas-to-write", 0)
    assert run.errors >= 1, "Redis never refused a write"
    state = end_state(vapi, receivers)
    assert state["alerts"] == baseline["alerts"] == {"slack": 3, "telegram": 3}, state["alerts"]
    assert state == baseline
    assert uncertain_alerts() == 1  # Slack's first alert: delivered, but the retry could not know it
