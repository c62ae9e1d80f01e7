"""The blocklist and reports: STIX 2.1 that stix2 parses and validates, CSV that round-trips, no caller
ID anywhere, and the operator's false-positive flow (out of every export, never called by the agent)."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest

from chalicelib.calls import CallRegistry
from chalicelib.settings import get_settings
from chalicelib.store import get_store
from tests.support.scam_campaigns import SyntheticCall, drive, generate
from tests.support.twilio_webhooks import post_webhook

BASE = "https://honeyline.example/prod"
TOKEN = "twilio-token-intel"
DASHBOARD = "dash-token-intel"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def configured(make_settings, use_settings, vapi):
    def install(backend: str = "redis", **extra):
        env = {"PUBLIC_BASE_URL": BASE, "TWILIO_AUTH_TOKEN": TOKEN, "DASHBOARD_TOKEN": DASHBOARD,
               "TRANSCRIPTION_WAIT_SECONDS": "900", "VAPI_API_KEY": vapi.api_key, "VAPI_BASE_URL": vapi.url,
               "VAPI_PHONE_NUMBER_ID": "pn_honeyline", "VAPI_TIMEOUT_SECONDS": "2", "AGENT_MAX_CALLS_PER_NUMBER": "100",
               "AGENT_MAX_CALLS_PER_DAY": "1000", **extra}
        return use_settings(make_settings(backend, **env))

    return install


def post_twilio(client):
    return lambda kind, params: post_webhook(client, kind, params, base=BASE, token=TOKEN)


def get(client, path: str):
    return client.http.get(path, headers={"Authorization": f"Bearer {DASHBOARD}"})


def export(client, fmt: str, query: str = "") -> str:
    response = get(client, f"/api/intel/numbers?format={fmt}{query}")
    assert response.status_code == 200, response.body
    return response.body.decode() if isinstance(response.body, bytes) else response.body


def caller_forms(calls) -> set[str]:
    """Every way a caller ID could leak: E.164, national digits, grouped digits."""
    forms = set()
    for call in calls:
        digits = call.caller[2:]
        forms |= {call.caller, digits, f"{digits[:3]} {digits[3:6]} {digits[6:]}", f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"}
    return forms


@pytest.fixture
def driven(client, configured):
    configured("redis")
    return drive(post_twilio(client), generate(seed=21))


# ------------------------------------------------------------------ exports
def test_stix_bundle_parses_and_validates(client, driven) -> None:
    import stix2
    from stix2patterns.validator import run_validator

    body = export(client, "stix")
    bundle = stix2.parse(body, allow_custom=False)
    objects = {o.type: [] for o in bundle.objects}
    for obj in bundle.objects:
        objects[obj.type].append(obj)
    rows = json.loads(export(client, "json"))["numbers"]
    assert len(objects["indicator"]) == len(rows) > 0
    assert len(objects["campaign"]) == len({r["campaign"] for r in rows})
    assert len(objects["relationship"]) == len(rows)
    (identity,) = objects["identity"]
    (tlp,) = objects["marking-definition"]
    assert tlp.id == stix2.TLP_AMBER.id  # unreviewed data: AMBER by default, never CLEAR
    ids = {o.id for o in bundle.objects}
    for indicator in objects["indicator"]:
        assert run_validator(indicator.pattern, stix_version="2.1") == []
        assert re.fullmatch(r"\[phone-number:value = '\+[1-9]\d{6,14}'\]", indicator.pattern)
        assert indicator.pattern_type == "stix" and "malicious-activity" in indicator.indicator_types
    for obj in bundle.objects:
        if obj.type != "marking-definition":
            assert obj.object_marking_refs == [tlp.id]
        if obj.type not in ("marking-definition", "identity"):
            assert obj.created_by_ref == identity.id
    for rel in objects["relationship"]:
        assert rel.relationship_type == "indicates" and rel.source_ref in ids and rel.target_ref in ids
    again = stix2.parse(export(client, "stix"), allow_custom=False)
    assert sorted(o.id for o in again.objects if o.type != "bundle") == sorted(ids)  # stable ids: re-imports update


def test_tlp_marking_follows_the_setting(client, configured) -> None:
    import stix2

    configured("redis", INTEL_TLP="green")
    drive(post_twilio(client), [c for c in generate(seed=22) if not c.label.startswith("legit")][:3])
    bundle = stix2.parse(export(client, "stix"), allow_custom=False)
    assert {o.id for o in bundle.objects if o.type == "marking-definition"} == {stix2.TLP_GREEN.id}


def test_csv_round_trips_and_matches_json(client, driven) -> None:
    rows = json.loads(export(client, "json"))["numbers"]
    parsed = list(csv.DictReader(io.StringIO(export(client, "csv"))))
    assert parsed == [{k: str(v) for k, v in row.items()} for row in rows]
    registry = CallRegistry(get_store(), get_settings())
    extracted = {(registry.get_record(sid, private=True) or {}).get("_callback_number") for sid in driven}
    assert {r["number"] for r in rows} <= extracted  # exactly the numbers the analyzer took from the scams
    assert all(r["times_seen"] >= 1 and 0 <= r["confidence"] <= 100 and r["campaign"].startswith("cmp_") for r in rows)


def test_since_and_min_confidence_filter(client, driven) -> None:
    rows = json.loads(export(client, "json"))["numbers"]
    assert json.loads(export(client, "json", "&since=2999-01-01"))["numbers"] == []
    assert len(json.loads(export(client, "json", "&since=2000-01-01T00:00:00Z"))["numbers"]) == len(rows)
    cut = sorted(r["confidence"] for r in rows)[len(rows) // 2]
    kept = json.loads(export(client, "json", f"&min_confidence={cut}"))["numbers"]
    assert kept == [r for r in rows if r["confidence"] >= cut]


def test_no_caller_id_anywhere(client, driven) -> None:
    """Caller IDs (spoofed, often innocent people's) appear in no export, view or report."""
    bodies = [export(client, fmt) for fmt in ("csv", "json", "stix")]
    listing = json.loads(get(client, "/api/campaigns?days=7&limit=50").body)
    bodies.append(json.dumps(listing))
    for summary in listing["campaigns"]:
        for path in (f"/api/campaigns/{summary['id']}", f"/api/campaigns/{summary['id']}/report"):
            response = get(client, path)
            assert response.status_code == 200
            bodies.append(response.body.decode())
    for sid in driven:
        response = get(client, f"/api/intel/reports/{sid}")
        assert response.status_code == 200
        bodies.append(response.body.decode())
    forms = caller_forms(driven.values())
    leaks = [form for form in forms for body in bodies if form in body]
    assert leaks == []
    callbacks = {c.callback for c in driven.values() if c.callback}
    assert any(number in bodies[1] for number in callbacks)  # ...while callback numbers are there in full


def test_ftc_report_for_a_call_and_the_7726_text_for_an_sms(client, driven) -> None:
    sms_sid = next(s for s, c in driven.items() if c.channel == "sms")
    call_sid = next(s for s, c in driven.items() if c.channel == "call" and not c.label.startswith("legit"))
    call = json.loads(get(client, f"/api/intel/reports/{call_sid}").body)
    fields = call["fields"]
    assert fields["numberCalledFrom"].count("*") >= 4 and fields["companyClaimed"]
    assert fields["numberToCallBack"] and fields["numberToCallBack"] in call["text"]
    assert "Date and time:" in call["text"] and "What they said:" in call["text"] and "sms7726" not in call
    sms = json.loads(get(client, f"/api/intel/reports/{sms_sid}").body)
    assert sms["sms7726"]["forwardTo"] == "7726" and "usps" in sms["sms7726"]["text"].lower()
    campaign = json.loads(get(client, f"/api/campaigns/{call['campaign']}/report").body)
    assert campaign["campaign"] == call["campaign"] and call_sid in campaign["text"]


# ------------------------------------------------------------------ false positives
def test_false_positive_leaves_every_export_and_is_never_called(client, configured, vapi) -> None:
    configured("redis")
    scam = SyntheticCall("windows", "call", "hello this is the microsoft windows support department your computer is "
                         "infected with a virus and your license has expired call us back immediately at one eight eight "
                         "eight five five five zero one four two or we will have to block your ip address",
                         "+12135550111", "+18885550142")
    post = post_twilio(client)
    first = drive(post, [scam], prefix="1")
    assert len(vapi.calls) == 1  # engaged once, before the operator's decision
    number = "+18885550142"
    assert number in export(client, "csv")
    response = client.http.post("/api/intel/false-positives", body=json.dumps({"number": number, "reason": "a real bank line"}),
                                headers={"Authorization": f"Bearer {DASHBOARD}", "Content-Type": "application/json"})
    assert response.status_code == 200 and json.loads(response.body) == {"number": "+1******0142", "falsePositive": True}
    for fmt in ("csv", "json", "stix"):
        assert "8885550142" not in export(client, fmt), fmt
    report = json.loads(get(client, f"/api/intel/reports/{next(iter(first))}").body)
    assert report["fields"]["numberToCallBack"] is None and "8885550142" not in json.dumps(report)
    listing = json.loads(get(client, "/api/intel/false-positives").body)["falsePositives"]
    assert [e["masked"] for e in listing] == ["+1******0142"] and "8885550142" not in json.dumps(listing)

    second = drive(post, [scam], prefix="2")  # the scam voicemail comes again: the agent must not call
    assert len(vapi.calls) == 1
    agent = CallRegistry(get_store(), get_settings()).get_record(next(iter(second)))["agent"]
    assert agent["status"] == "refused" and agent["rule"] == "do_not_call"

    response = client.http.delete(f"/api/intel/false-positives?number={quote(number)}",
                                  headers={"Authorization": f"Bearer {DASHBOARD}"})
    assert json.loads(response.body)["changed"] is True
    assert number in export(client, "csv")


@pytest.mark.parametrize("body", ['{"number": "12"}', '{"number": 5}', '{}', '[1]', '{"number": "call me"}'])
def test_bad_false_positive_requests_are_400(client, configured, body) -> None:
    configured("embedded")
    response = client.http.post("/api/intel/false-positives", body=body,
                                headers={"Authorization": f"Bearer {DASHBOARD}", "Content-Type": "application/json"})
    assert response.status_code == 400, response.body


# ------------------------------------------------------------------ the command
def test_export_command_writes_the_same_bundle(client, driven, redis_server) -> None:
    import stix2

    env = {"PATH": "/usr/bin:/bin", "REDIS_URL": redis_server.url, "PYTHONPATH": str(ROOT)}
    for fmt in ("stix", "csv", "json"):
        done = subprocess.run([sys.executable, "-m", "chalicelib", "intel", "export", "--format", fmt],
                              cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        if fmt == "stix":
            offline = stix2.parse(done.stdout, allow_custom=False)
            online = stix2.parse(export(client, "stix"), allow_custom=False)
            assert sorted(o.id for o in offline.objects) == sorted(o.id for o in online.objects)
        elif fmt == "csv":
            assert done.stdout.strip() == export(client, fmt).replace("\r\n", "\n").strip()
        else:
            assert json.loads(done.stdout)["numbers"] == json.loads(export(client, fmt))["numbers"]
    campaign = next(iter(json.loads(export(client, "json"))["numbers"]))["campaign"]
    done = subprocess.run([sys.executable, "-m", "chalicelib", "intel", "report", "--campaign", campaign],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and f"Scam campaign {campaign}" in done.stdout
