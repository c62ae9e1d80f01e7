"""Alerts end to end: real HTTP to one loopback server playing Slack, Telegram, webhooks and Twilio."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import socket
import time
from typing import Any, Iterator
from urllib.parse import unquote_plus

import pytest

from chalicelib.notify import (
    Alert,
    ChannelError,
    SlackChannel,
    TelegramChannel,
    WebhookChannel,
    build_alert,
    channels_from,
    send_alert,
    sign_webhook,
    verify_webhook,
)
from chalicelib.settings import Settings
from tests.support.receivers import Receivers, operator_verify

CALLER = "+14155550123"  # the scammer's caller id, clear: stored only in the private "_from"
CALLBACK = "+18885550199"  # the number they want called back, clear: only in "_callback_number"
OPERATOR = "+12025550143"
TWILIO_NUMBER = "+18089255327"
SID = "CA0123456789abcdef0123456789abcdef"

RECORD: dict[str, Any] = {
    "channel": "call",
    "from": "+1******0123",
    "to": "+1******5327",
    "_from": CALLER,
    "_callback_number": CALLBACK,
    "status": "processed",
    "analysis": {
        "is_scam": True,
        "confidence": 92,
        "scam_type": "crypto_exchange",
        "impersonated_company": "Coinbase",
        "callback": {"type": "phone_number", "number": "+1******0199", "key": None},
        # a careless upstream left a clear number in free text: it must still go out masked
        "reasoning": "Claims a Coinbase account lock; asks to call 888-555-0199 right away.",
    },
}


@pytest.fixture(scope="module")
def server() -> Iterator[Receivers]:
    with Receivers() as receivers:
        yield receivers


@pytest.fixture
def rx(server: Receivers) -> Receivers:
    server.reset()
    return server


def settings_for(rx: Receivers, **extra: str) -> Settings:
    env = {
        "SLACK_WEBHOOK_URL": rx.slack_url(),
        "TELEGRAM_BOT_TOKEN": rx.telegram_token,
        "TELEGRAM_CHAT_ID": "-1001234567",
        "WEBHOOK_URLS": f"{rx.hook_url('plain')},{rx.signed_hook_url('ops')}",
        "WEBHOOK_SECRET": rx.webhook_secret,
        "TWILIO_ACCOUNT_SID": rx.twilio_account_sid,
        "TWILIO_AUTH_TOKEN": rx.twilio_auth_token,
        "TWILIO_PHONE_NUMBER": TWILIO_NUMBER,
    }
    env.update(extra)
    return Settings.from_env({k: v for k, v in env.items() if v})


def all_channels(rx: Receivers, *, timeout: float = 2.0, **extra: str) -> list[Any]:
    return channels_from(settings_for(rx, **extra), telegram_base=rx.url, twilio_api_base=rx.url,
                         operator_phone_number=OPERATOR, timeout=timeout)


def alert(**extra: Any) -> Alert:
    return build_alert("scam_detected", SID, RECORD, {"url": f"https://honeyline.example/prod/?call={SID}", **extra})


def by_name(channels: list[Any], name: str) -> Any:
    return next(c for c in channels if c.name == name)


# ------------------------------------------------------------------ the alert
def test_build_alert_scam_detected_reads_public_fields_only() -> None:
    made = alert()
    assert made.kind == "scam_detected" and made.subject == SID
    assert made.title == "Scam call detected: Coinbase impersonator (92%)"
    assert made.fields["Company"] == "Coinbase"
    assert made.fields["Scam type"] == "crypto exchange"
    assert made.fields["Confidence"] == "92%"
    assert made.fields["Caller"] == "+1******0123"
    assert made.fields["Callback"] == "+1******0199"
    assert "888-555-0199" not in made.fields["Reasoning"] and "0199" in made.fields["Reasoning"]
    assert made.url == f"https://honeyline.example/prod/?call={SID}"


def test_build_alert_agent_kinds() -> None:
    record = {**RECORD, "agent": {"status": "ended", "persona": "Margaret (retiree)", "duration": 372,
                                  "success": True}}
    started = build_alert("agent_call_started", SID, record, {})
    ended = build_alert("agent_call_ended", SID, record, {})
    assert started.title == "Agent is calling back the Coinbase scammer"
    assert ended.title == "Agent call ended after 6m 12s: success"
    assert ended.fields["Agent"] == "Margaret (retiree)" and ended.fields["Duration"] == "6m 12s"
    sms = build_alert("scam_detected", "SM0123", {"channel": "sms", "analysis": {"is_scam": True}}, None)
    assert sms.title == "Scam SMS detected" and sms.fields == {"Channel": "SMS"}


def test_alert_redacts_whoever_builds_it() -> None:
    made = Alert("scam_detected", SID, f"call {CALLER}", {"note": "ring (415) 555-0123"},
                 url="https://x.example/?n=4155550123")
    assert "4155550123" not in made.title and "555-0123" not in made.fields["note"]
    assert made.url is None  # a link the redactor would change is dropped, not sent broken
    with pytest.raises(ValueError):
        Alert("something_else", SID, "t")


# ------------------------------------------------------------- wire formats
def test_slack_wire_format(rx: Receivers) -> None:
    made = alert(company_note="AT&T <support> desk")
    SlackChannel(rx.slack_url(), timeout=2).send(made)
    [request] = rx.requests_to("/slack/")
    assert request.status == 200 and request.header("content-type") == "application/json"
    payload = request.json()
    assert set(payload) == {"text", "blocks"}
    assert payload["text"].startswith("Scam call detected: Coinbase impersonator")
    header, section, context = payload["blocks"]
    assert header == {"type": "header", "text": {"type": "plain_text", "text": made.title, "emoji": True}}
    texts = [f["text"] for f in section["fields"]]
    assert "*Company*\nCoinbase" in texts
    assert "*Company note*\nAT&amp;T &lt;support&gt; desk" in texts  # Slack's three control characters
    assert f"<https://honeyline.example/prod/?call={SID}|Open in dashboard>" in context["elements"][0]["text"]


def test_slack_success_needs_the_ok_body(rx: Receivers) -> None:
    """A URL that answers 200 but is not Slack (a proxy, a moved hook) must not count as delivered."""
    with pytest.raises(ChannelError) as caught:
        SlackChannel(rx.hook_url("not-slack"), timeout=2).send(alert())
    assert caught.value.status == 200
    rx.fail_next("/slack/", 1, 404)
    with pytest.raises(ChannelError) as caught:
        SlackChannel(rx.slack_url(), timeout=2).send(alert())
    assert caught.value.detail == "HTTP 404: no_service" and caught.value.retryable is False


def test_telegram_wire_format(rx: Receivers) -> None:
    channel = TelegramChannel(rx.telegram_token, "-1001234567", base=rx.url, timeout=2)
    channel.send(alert(company_note="AT&T <support> desk"))
    [request] = rx.requests_to("/bot")
    assert request.path == f"/bot{rx.telegram_token}/sendMessage" and request.status == 200
    payload = request.json()
    assert payload["chat_id"] == "-1001234567"
    assert payload["parse_mode"] == "HTML" and payload["disable_web_page_preview"] is True
    assert payload["text"].startswith("<b>Scam call detected: Coinbase impersonator (92%)</b>\n")
    assert "<b>Company note:</b> AT&amp;T &lt;support&gt; desk" in payload["text"]
    assert f'<a href="https://honeyline.example/prod/?call={SID}">Open in dashboard</a>' in payload["text"]


def test_webhook_wire_format_and_signature(rx: Receivers) -> None:
    made = alert()
    WebhookChannel(rx.signed_hook_url("ops"), rx.webhook_secret, timeout=2).send(made)
    [request] = rx.requests_to("/signed-hook/")
    assert request.status == 200  # the receiver verified the HMAC itself, with hashlib/hmac only
    payload = request.json()
    assert set(payload) == {"type", "subject", "title", "fields", "url", "ts"}
    assert payload["type"] == "scam_detected" and payload["subject"] == SID
    assert payload["fields"] == made.fields and payload["url"] == made.url
    assert request.body == json.dumps(payload, separators=(",", ":")).encode()  # compact
    stamp = request.header("X-Honeyline-Timestamp")
    assert stamp is not None and abs(int(stamp) - time.time()) < 5
    expected = hmac.new(rx.webhook_secret.encode(), f"{stamp}.".encode() + request.body, hashlib.sha256).hexdigest()
    assert request.header("X-Honeyline-Signature") == f"v1={expected}"
    assert verify_webhook(rx.webhook_secret, request.headers, request.body)


def test_signed_receiver_rejects_a_wrong_secret(rx: Receivers) -> None:
    channel = WebhookChannel(rx.signed_hook_url("ops"), "not-the-secret", timeout=2)
    with pytest.raises(ChannelError) as caught:
        channel.send(alert())
    assert caught.value.status == 401 and caught.value.retryable is False
    assert rx.requests_to("/signed-hook/")[0].status == 401


def test_verify_webhook_rejects_tampering_and_stale_timestamps() -> None:
    secret, body, now = "s3cret", b'{"type":"scam_detected","subject":"CA1"}', 1_700_000_000
    headers = {"X-Honeyline-Timestamp": str(now), "X-Honeyline-Signature": sign_webhook(secret, now, body)}
    assert verify_webhook(secret, headers, body, now=now)
    assert verify_webhook(secret, {k.lower(): v for k, v in headers.items()}, body.decode(), now=now + 299)
    assert operator_verify(secret, headers, body, now=now)  # the README recipe agrees
    assert not verify_webhook(secret, headers, body.replace(b"CA1", b"CA2"), now=now)  # tampered body
    assert not verify_webhook(secret, headers, body, now=now + 301)  # stale
    assert not verify_webhook(secret, headers, body, now=now - 301)  # from the future
    assert not verify_webhook("other", headers, body, now=now)
    assert not verify_webhook(secret, {**headers, "X-Honeyline-Timestamp": str(now + 1)}, body, now=now)
    assert not verify_webhook(secret, {"X-Honeyline-Signature": headers["X-Honeyline-Signature"]}, body, now=now)
    assert not verify_webhook(secret, {**headers, "X-Honeyline-Signature": "v1=" + "0" * 64}, body, now=now)
    assert not operator_verify(secret, headers, body, now=now + 301)
    rotated = {**headers, "X-Honeyline-Signature": "v1=deadbeef, " + headers["X-Honeyline-Signature"]}
    assert verify_webhook(["old", secret], rotated, body, now=now)


def test_operator_sms_goes_through_the_twilio_api(rx: Receivers) -> None:
    channel = by_name(all_channels(rx), "sms")
    channel.send(alert())
    [request] = rx.requests_to("/2010-04-01/")
    assert request.path == f"/2010-04-01/Accounts/{rx.twilio_account_sid}/Messages.json"
    assert request.status == 201  # basic auth and the three form fields were accepted
    form = request.form()
    assert form["To"] == OPERATOR and form["From"] == TWILIO_NUMBER
    assert form["Body"].startswith("Scam call detected: Coinbase impersonator (92%)")
    assert len(form["Body"]) <= 320


# ----------------------------------------------------------- configuration
def test_channels_from_settings(rx: Receivers) -> None:
    assert channels_from(Settings.from_env({})) == []
    channels = all_channels(rx)
    names = [c.name for c in channels]
    assert names[:2] == ["slack", "telegram"] and names[-1] == "sms"
    hooks = [n for n in names if n.startswith("webhook:")]
    assert len(hooks) == 2 and len(set(hooks)) == 2  # two URLs on one host: still two channels
    assert all(n.startswith(f"webhook:127.0.0.1:{rx.server_address[1]}") for n in hooks)
    assert channels_from(settings_for(rx), telegram_base=rx.url) != []
    # Telegram without a chat id, SMS without an operator number: left out
    names = [c.name for c in channels_from(settings_for(rx, TELEGRAM_CHAT_ID=""))]
    assert "telegram" not in names and "sms" not in names
    assert rx.telegram_token not in repr(channels) and rx.slack_url() not in repr(channels)
    # the operator number can also come from OPERATOR_PHONE_NUMBER
    from_env = channels_from(settings_for(rx, OPERATOR_PHONE_NUMBER=OPERATOR), twilio_api_base=rx.url)
    assert from_env[-1].name == "sms"


# ------------------------------------------------------------- independence
def test_failing_channels_do_not_stop_the_others(rx: Receivers) -> None:
    channels = all_channels(rx, timeout=0.3)
    rx.fail_next("/slack/", 1, 500)
    rx.fail_next("/bot", 1, 400)  # Telegram answers {"ok": false, "error_code": 400, ...}
    rx.delay_next("/hook/", 1.0)  # longer than the channel timeout
    result = send_alert(alert(), channels)
    hook_plain, hook_ops = [c.name for c in channels if c.name.startswith("webhook:")]
    assert result.sent == [hook_ops, "sms"]
    assert set(result.failed) == {"slack", "telegram", hook_plain}
    assert "HTTP 500" in result.failed["slack"]
    assert result.failed["telegram"] == "Telegram error 400: Bad Request: chat not found"
    assert "may have been delivered" in result.failed[hook_plain] and result.errors[hook_plain].uncertain
    assert set(result.retryable) == {"slack", hook_plain}  # a missing chat will not fix itself
    assert result.skipped == [] and not result.ok
    assert len(rx.requests_to("/signed-hook/")) == 1 and len(rx.requests_to("/2010-04-01/")) == 1



def test_the_request_budget_bounds_the_sends_and_defers_what_does_not_fit(rx: Receivers) -> None:
    """No thread: channels go one after the other, each within what is left of the budget."""
    from chalicelib.budget import Deadline

    channels = all_channels(rx, timeout=5.0)
    rx.delay_next("/slack/", 1.5)  # Slack hangs past the budget
    result = send_alert(alert(), channels, deadline=Deadline.after(0.8))
    assert "no answer within 0.8" in result.failed["slack"]  # capped from 5 s to the budget
    deferred = [name for name in result.failed if name != "slack"]
    assert len(deferred) == 4 and result.sent == [] and set(result.retryable) == set(result.failed)
    assert all(result.failed[name].startswith("deferred") for name in deferred)
    # what did not fit was never sent (no thread finishing it later)
    assert not rx.requests_to("/bot") and not rx.requests_to("/2010-04-01/")

def test_unreachable_channel_is_a_failure_not_an_exception(rx: Receivers) -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{sock.getsockname()[1]}/hook"
    channels = [WebhookChannel(dead, "k", name="webhook:dead", timeout=0.5),
                SlackChannel(rx.slack_url(), timeout=2)]
    result = send_alert(alert(), channels)
    assert result.sent == ["slack"] and "could not deliver" in result.failed["webhook:dead"]
    assert dead not in result.failed["webhook:dead"]  # URLs may hold secrets: never in errors


def test_retry_skips_channels_already_sent(rx: Receivers) -> None:
    channels = all_channels(rx)
    marked: set[str] = set()
    rx.fail_next("/bot", 1, 500)
    first = send_alert(alert(), channels, already_sent=marked.__contains__, mark_sent=marked.add)
    assert list(first.failed) == ["telegram"] and first.errors["telegram"].retryable
    assert marked == set(first.sent) and len(first.sent) == 4

    second = send_alert(alert(), channels, already_sent=marked.__contains__, mark_sent=marked.add)
    assert second.sent == ["telegram"] and second.failed == {}
    assert second.skipped == [c.name for c in channels if c.name != "telegram"]
    third = send_alert(alert(), channels, already_sent=marked.__contains__, mark_sent=marked.add)
    assert third.sent == [] and len(third.skipped) == 5
    # every destination got the alert exactly once (Telegram: one refused + one delivered)
    assert [r.status for r in rx.requests_to("/bot")] == [500, 200]
    for prefix in ("/slack/", "/hook/", "/signed-hook/", "/2010-04-01/"):
        assert len(rx.requests_to(prefix)) == 1, prefix


def test_a_broken_store_callback_does_not_lose_the_alert(rx: Receivers) -> None:
    def unknown(name: str) -> bool:
        raise ConnectionError("redis down")

    def cannot_mark(name: str) -> None:
        raise ConnectionError("redis down")

    result = send_alert(alert(), [SlackChannel(rx.slack_url(), timeout=2)], already_sent=unknown,
                        mark_sent=cannot_mark)
    assert result.sent == ["slack"]


def test_telegram_rate_limit_keeps_the_retry_hint(rx: Receivers) -> None:
    rx.fail_next("/bot", 1, 429)
    channel = TelegramChannel(rx.telegram_token, "42", base=rx.url, timeout=2)
    with pytest.raises(ChannelError) as caught:
        channel.send(alert())
    assert caught.value.retryable and caught.value.retry_after == 7
    assert rx.telegram_token not in str(caught.value)


# ---------------------------------------------------------------- privacy
def _appears(number: str, text: str) -> bool:
    """Whether the number's last 7 digits occur in ``text``, whatever separators sit between them."""
    digits = re.sub(r"\D", "", number)[-7:]
    return re.search(r"[^0-9A-Za-z*]{0,3}".join(digits), text) is not None


def test_no_clear_number_reaches_any_receiver(rx: Receivers) -> None:
    record = {**RECORD, "agent": {"status": "ended", "name": f"agent dialing {CALLBACK}", "duration": 400,
                                  "outcome": "scammer read out (415) 555-0123 twice"}}
    extra = {"note": "call back 1-888-555-0199 or 415.555.0123", "url": f"https://honeyline.example/?call={SID}"}
    for kind in ("scam_detected", "agent_call_started", "agent_call_ended"):
        result = send_alert(build_alert(kind, SID, record, extra), all_channels(rx))
        assert result.failed == {}, result.failed
    assert len(rx.requests) == 15
    for request in rx.requests:
        views = [request.text, unquote_plus(request.text)]
        if request.header("content-type") == "application/json":
            views.append(json.dumps(request.json(), ensure_ascii=False))
        for view in views:
            for number in (CALLER, CALLBACK):
                assert not _appears(number, view), (request.path, number, view)
    masked = rx.requests_to("/hook/")[0].json()["fields"]
    assert masked["Caller"] == "+1******0123" and masked["Callback"] == "+1******0199"


def test_a_send_without_an_answer_is_not_released_so_it_is_never_sent_twice(rx: Receivers) -> None:
    """Slack got the alert but answered too late: the claim stays, the retry does not resend."""
    channels = [SlackChannel(rx.slack_url(), timeout=0.3)]
    claimed: set[str] = set()
    released: list[str] = []
    rx.delay_next("/slack/", 1.0)
    first = send_alert(alert(), channels, claim=lambda name: name not in claimed and not claimed.add(name),
                       release=released.append)
    assert first.errors["slack"].uncertain and released == [] and claimed == {"slack"}
    second = send_alert(alert(), channels, claim=lambda name: name not in claimed and not claimed.add(name),
                        release=released.append)
    assert second.sent == []
    deadline = time.monotonic() + 5  # the held request is recorded once the receiver answers it
    while not rx.requests_to("/slack/") and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.2)
    assert len(rx.requests_to("/slack/")) == 1  # delivered once, never resent
