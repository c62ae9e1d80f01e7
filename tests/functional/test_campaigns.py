"""Campaigns across calls: grouping through the real pipeline, merging, exactly once, memory bounds, the API."""

from __future__ import annotations

import dataclasses
import json
import random

import pytest
from chalice.test import Client

from app import app
from chalicelib import campaigns
from chalicelib.analysis import analyze
from chalicelib.analysis.conversation import judge_conversation
from chalicelib.calls import CallRegistry
from chalicelib.settings import get_settings
from chalicelib.store import get_store
from tests.support.scam_campaigns import CAMPAIGNS, drive, generate, pairwise, render
from tests.support.twilio_webhooks import post_webhook

BASE = "https://honeyline.example/prod"
TOKEN = "twilio-token-campaigns"
DASHBOARD = "dash-token-campaigns"


@pytest.fixture
def configured(make_settings, use_settings):
    def install(backend: str = "redis", **extra):
        env = {"PUBLIC_BASE_URL": BASE, "TWILIO_AUTH_TOKEN": TOKEN, "DASHBOARD_TOKEN": DASHBOARD,
               "TRANSCRIPTION_WAIT_SECONDS": "900", **extra}
        return use_settings(make_settings(backend, **env))

    return install


def poster(client):
    return lambda kind, params: post_webhook(client, kind, params, base=BASE, token=TOKEN)


def get(client, path: str, token: str | None = DASHBOARD):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return client.http.get(path, headers=headers)


def assignments(subjects) -> dict[str, str]:
    """subject → surviving campaign id, for the subjects that joined one."""
    store = get_store()
    raw = {s: store.execute("get", campaigns.of_key(s)) for s in subjects}
    mapping = campaigns.resolve(store, [c for c in raw.values() if c])
    return {s: mapping[c] for s, c in raw.items() if c}


# ------------------------------------------------------------------ grouping
def test_fifty_calls_from_six_campaigns_are_grouped(client, configured) -> None:
    """50 scam calls/texts (reworded, rotating numbers, spoofed caller IDs) + 10 legitimate calls,
    through signed Twilio webhooks and the inline pipeline."""
    configured("redis")
    calls = generate(seed=15)
    sent = drive(poster(client), calls)
    predicted = assignments(sent)
    detected = {s for s in sent if analyze(sent[s].text, sent[s].channel).is_scam}
    scams = {s for s, c in sent.items() if not c.label.startswith("legit")}
    assert len(scams) == 50 and len(detected & scams) >= 45, "the analyzer must flag most synthetic scams"
    assert not (set(predicted) - detected), "only detections join campaigns"
    assert not any(sent[s].label.startswith("legit") for s in predicted), "a legitimate call joined a campaign"
    truth = {s: sent[s].label for s in detected}
    precision, recall = pairwise(truth, predicted)
    end_to_end = pairwise({s: c.label for s, c in sent.items()}, predicted)
    print(f"grouping: precision {precision:.3f} recall {recall:.3f} over {len(detected)} detections; "
          f"end to end over all {len(sent)}: precision {end_to_end[0]:.3f} recall {end_to_end[1]:.3f}")
    assert precision >= 0.95 and recall >= 0.95
    assert len(set(predicted.values())) == len(CAMPAIGNS)

    listing = json.loads(get(client, "/api/campaigns?days=7&limit=20").body)
    assert len(listing["campaigns"]) == len(CAMPAIGNS)
    assert listing["totals"]["detections"] == len(predicted)
    by_id = {c["id"]: c for c in listing["campaigns"]}
    for cid in set(predicted.values()):
        members = [sent[s] for s, c in predicted.items() if c == cid]
        summary = by_id[cid]
        assert summary["calls"] + summary["texts"] == len(members)
        assert summary["callerIds"]["count"] == len({m.caller for m in members})  # HLL: exact at this size
        assert all("*" in n for n in summary["callbackNumbers"] + summary["callerIds"]["sample"])
        assert sum(d["detections"] for d in summary["timeline"]) == len(members)
        texts = [m for m in members if m.channel == "sms"]
        assert summary["texts"] == len(texts)


def test_bridging_call_merges_two_campaigns(client, configured, backend) -> None:
    configured(backend)
    rng = random.Random(7)
    ssa, windows = CAMPAIGNS[2], CAMPAIGNS[0]
    first = render(windows, rng)  # campaign A: windows script, one of its numbers
    other = render(ssa, rng)      # campaign B: a different script and number
    # The bridge: the SSA script (links B by wording) giving campaign A's callback number.
    spoken_a = " ".join(first.callback[2:])
    bridge_text = other.text.replace(" ".join(other.text.split()[-12:]), f"call us back at {spoken_a} today")
    store, settings = get_store(), get_settings()
    results = []
    for sid, text in (("CA_A", first.text), ("CA_B", other.text), ("CA_BRIDGE", bridge_text)):
        analysis = analyze(text)
        assert analysis.is_scam
        results.append(campaigns.record_detection(store, settings, sid, "call", text, analysis))
    a, b, bridge = results
    assert a["campaign"] != b["campaign"]
    assert bridge["campaign"] == a["campaign"] and bridge["merged"] == [b["campaign"]]
    assert set(bridge["links"]) >= {"number", "script"}
    assert campaigns.resolve(store, [b["campaign"]])[b["campaign"]] == a["campaign"]
    detail = json.loads(get(client, f"/api/campaigns/{b['campaign']}").body)  # the old id still answers
    assert detail["id"] == a["campaign"] and detail["calls"] == 3
    assert {c["subject"] for c in detail["recentCalls"]} == {"CA_A", "CA_B", "CA_BRIDGE"}
    assert len(detail["callbackNumbers"]) == 2
    assert not store.execute("exists", campaigns.camp_key(b["campaign"]))
    for key in store.execute("keys", "hl:camp*"):  # the merge's ZUNIONSTORE/PFMERGE destinations included
        assert store.execute("ttl", key) > 0, key


def test_recording_a_detection_twice_changes_nothing(configured) -> None:
    configured("redis")
    store, settings = get_store(), get_settings()
    calls = [c for c in generate(seed=3) if not c.label.startswith("legit")][:12]

    def snapshot() -> dict:
        keys = sorted(store.execute("keys", "hl:*"))
        return {k: store.execute("dump", k) for k in keys}

    for i, call in enumerate(calls):
        result = campaigns.record_detection(store, settings, f"CA{i}", call.channel, call.text, analyze(call.text, call.channel))
        assert result["campaign"]
    before = snapshot()
    for i, call in enumerate(calls):  # QStash redelivery, a retried step, a replayed task
        again = campaigns.record_detection(store, settings, f"CA{i}", call.channel, call.text, analyze(call.text, call.channel))
        assert again == {"campaign": None, "duplicate": True}
    assert snapshot() == before


def test_pipeline_redelivery_does_not_double_count(client, configured) -> None:
    configured("redis")
    call = next(c for c in generate(seed=4) if c.label == "windows-support")
    post = poster(client)
    sid = next(iter(drive(post, [call])))
    drive(post, [call])  # Twilio retries every webhook of the call
    cid = assignments([sid])[sid]
    assert get_store().execute("hget", campaigns.camp_key(cid), "calls") == "1"


# ------------------------------------------------------------------ memory
def test_memory_stays_bounded(configured, redis_server) -> None:
    """600 detections of one script family with rotating numbers and callers: caps hold, every key expires."""
    settings = configured("redis")
    store = get_store()
    rng = random.Random(11)
    windows = CAMPAIGNS[0]
    base = 1_795_000_000_000
    for i in range(600):
        number = f"+1888555{1000 + i:04d}"
        text = render(dataclasses.replace(windows, numbers=(number,)), rng).text
        analysis = analyze(text)
        store.execute("hset", f"hl:call:CA{i}", "_from", json.dumps(f"+1202555{i % 10000:04d}"))
        campaigns.record_detection(store, settings, f"CA{i}", "call", text, analysis, ms=base + i * 60_000)
    ids = store.execute("zrange", campaigns.INDEX_KEY, 0, -1)
    assert len(ids) <= 3  # one operation, maybe split by an unlucky first few calls
    cid = max(ids, key=lambda c: int(store.execute("hget", campaigns.camp_key(c), "calls") or 0))
    assert store.execute("zcard", campaigns.camp_key(cid, "calls")) <= campaigns.CALLS_CAP
    assert store.execute("zcard", campaigns.camp_key(cid, "numbers")) <= campaigns.NUMBERS_CAP
    assert store.execute("llen", campaigns.camp_key(cid, "sigs")) <= campaigns.SIGS_CAP
    assert store.execute("llen", campaigns.camp_key(cid, "masked")) <= campaigns.MASKED_CAP
    total = sum(int(store.execute("hget", campaigns.camp_key(c), "calls") or 0) for c in ids)
    assert total == 600  # the counters stay exact while the lists are capped
    retention = settings.campaign_retention_days * 86_400
    client = redis_server.client()
    used = 0
    for key in client.scan_iter("hl:*"):
        name = key.decode()
        if name.startswith(("hl:call:", "hl:calls:")):
            continue  # call records and their index: the registry's (30-day retention, trimmed by score)
        ttl = client.ttl(key)
        assert 0 < ttl <= retention + 31 * 86_400, f"{name} has TTL {ttl}"
        used += client.memory_usage(key) or 0
    per_detection = used / 600
    print(f"memory: {used / 1024:.0f} KiB for 600 detections ({per_detection:.0f} bytes each, LSH index included)")
    assert per_detection < 6_000


def test_old_numbers_leave_the_blocklist_index(configured) -> None:
    settings = configured("redis", CAMPAIGN_RETENTION_DAYS="1")
    store = get_store()
    text = render(CAMPAIGNS[1], random.Random(1)).text
    now = 1_795_000_000_000
    campaigns.record_detection(store, settings, "CA_OLD", "call", text, analyze(text), ms=now - 3 * 86_400_000)
    campaigns.record_detection(store, settings, "CA_NEW", "call", CAMPAIGNS_TEXT_NEW, analyze(CAMPAIGNS_TEXT_NEW), ms=now)
    assert store.execute("zrange", campaigns.NUMBERS_KEY, 0, -1) == ["+18005550133"]


CAMPAIGNS_TEXT_NEW = ("this is the social security administration your social security number has been suspended "
                      "because of suspicious criminal activity to avoid legal action call us immediately at 800 555 0133")


# ------------------------------------------------------------------ API
def test_campaign_routes_need_the_dashboard_token(client, configured) -> None:
    configured("embedded")
    for path in ("/api/campaigns", "/api/campaigns/cmp_x", "/api/campaigns/cmp_x/report", "/api/intel/numbers",
                 "/api/intel/reports/CA1", "/api/intel/false-positives"):
        assert get(client, path, token=None).status_code == 401, path
        assert get(client, path, token="wrong").status_code == 401, path


@pytest.mark.parametrize(("path", "says"), [
    ("/api/campaigns?days=abc", "days must be an integer"),
    ("/api/campaigns?days=0", "days must be between 1 and 90"),
    ("/api/campaigns?limit=1000", "limit must be between"),
    ("/api/intel/numbers?format=xml", "format must be one of csv, json, stix"),
    ("/api/intel/numbers?since=yesterday", "since must be"),
    ("/api/intel/numbers?min_confidence=101", "min_confidence must be between 0 and 100"),
])
def test_bad_parameters_are_400_with_a_reason(client, configured, path, says) -> None:
    configured("embedded")
    response = get(client, path)
    assert response.status_code == 400 and says in json.loads(response.body)["message"], response.body


def test_unknown_campaign_and_call_are_404(client, configured) -> None:
    configured("embedded")
    for path in ("/api/campaigns/cmp_nope", "/api/campaigns/cmp_nope/report", "/api/intel/reports/CAnope"):
        response = get(client, path)
        assert response.status_code == 404 and json.loads(response.body)["error"] == "not_found", path


def get_campaign_json(cid: str) -> str:
    with Client(app, stage_name="dev") as test_client:
        return get(test_client, f"/api/campaigns/{cid}").body.decode()


def test_agent_minutes_count_for_the_campaign(configured) -> None:
    """The agent's end-of-call report adds its minutes, outcome and the intelligence it heard."""
    configured("redis")
    store, settings = get_store(), get_settings()
    text = render(CAMPAIGNS[0], random.Random(5)).text
    cid = campaigns.record_detection(store, settings, "CA9", "call", text, analyze(text))["campaign"]
    heard = judge_conversation("AI: hello? User: ok go to anydesk dot com and then buy google play cards and "
                               "read me the codes")["intelligence"]
    store.pipeline(campaigns.agent_report_commands(store, settings, "CA9", seconds=421, success=True,
                                                   ended_reason="customer-ended-call", intelligence=heard))
    fields = dict(zip(*[iter(store.execute("hgetall", campaigns.camp_key(cid)))] * 2))
    assert fields["agent_seconds"] == "421" and fields["agent_successes"] == "1"
    assert fields["outcome:customer-ended-call"] == "1"
    assert fields["intel:payment_methods:Google Play gift card"] == "1"
    assert fields["intel:remote_access_tools:AnyDesk"] == "1"
    assert store.execute("zrange", campaigns.camp_key(cid, "sites"), 0, -1) == ["anydesk.com"]
    summary = json.loads(get_campaign_json(cid))
    assert summary["intelligence"] == {"paymentMethods": ["Google Play gift card"], "remoteAccessTools": ["AnyDesk"],
                                       "websites": ["anydesk.com"]}
    assert CallRegistry(store, settings).get_record("CA9") == {"campaign": cid}


def test_views_and_exports_on_every_backend(client, configured, backend) -> None:
    """ZUNION, PFCOUNT, the EVAL and the STIX build behave the same on embedded, TCP Redis and Upstash."""
    import stix2

    configured(backend)
    store, settings = get_store(), get_settings()
    rng = random.Random(9)
    with_number = 0
    for i in range(8):
        call = render(CAMPAIGNS[i % 2], rng)
        analysis = analyze(call.text)
        with_number += bool(analysis.callback_number)
        store.execute("hset", f"hl:call:CAB{i}", "_from", json.dumps(call.caller))
        campaigns.record_detection(store, settings, f"CAB{i}", "call", call.text, analysis)
    listing = json.loads(get(client, "/api/campaigns").body)
    assert sum(c["detectionsInPeriod"] for c in listing["campaigns"]) == listing["totals"]["detections"] == 8
    assert all(c["callerIds"]["count"] == c["calls"] == c["detectionsInPeriod"] for c in listing["campaigns"])
    rows = json.loads(get(client, "/api/intel/numbers?format=json").body)["numbers"]
    assert rows and sum(r["times_seen"] for r in rows) == with_number
    bundle = stix2.parse(get(client, "/api/intel/numbers?format=stix").body.decode(), allow_custom=False)
    assert sum(o.type == "indicator" for o in bundle.objects) == len(rows)
