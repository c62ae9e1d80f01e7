"""``configure_number`` against a Twilio REST look-alike on 127.0.0.1, through the real twilio client."""

from __future__ import annotations

import io
import re
import socket
import subprocess
import sys
from typing import Any, Iterator

import pytest

from chalicelib.redaction import mask_phone, redact_text
from chalicelib.errors import NumberNotFound, TwilioApiError, TwilioUnavailable
from chalicelib.twilio_numbers import (
    Change,
    configure_number,
    make_client,
    webhook_urls,
)
from tests.support.twilio_api import API_VERSION, FakeTwilioApi

NUMBER = "+18089255327"
OTHER_NUMBER = "+14155238886"
FORWARD_TO = "415-555-0199"  # a clear number inside an old twimlet URL: must never be printed
BASE = "https://honeyline.example/prod"
OLD_VOICE_URL = f"https://twimlets.com/forward?PhoneNumber={FORWARD_TO}"


@pytest.fixture
def api() -> Iterator[FakeTwilioApi]:
    with FakeTwilioApi() as server:
        server.add_number(OTHER_NUMBER, voice_url="https://other.example/voice")
        yield server


@pytest.fixture
def number(api: FakeTwilioApi) -> dict[str, Any]:
    """The honeypot number as a fresh account has it: a twimlet on voice, nothing else."""
    return api.add_number(NUMBER, voice_url=OLD_VOICE_URL, voice_method="GET")


@pytest.fixture
def client(api: FakeTwilioApi) -> Any:
    return make_client(api.account_sid, api.auth_token, api_base=api.url)


def run(client: Any, *, dry_run: bool, number: str = NUMBER, base: str = BASE) -> tuple[list[Change], str]:
    out = io.StringIO()
    changes = configure_number(client, number, base, dry_run=dry_run, out=out)
    return changes, out.getvalue()


def test_webhook_urls_strip_trailing_slash_and_keep_stage() -> None:
    assert webhook_urls("https://h.example/prod/") == {
        "voice_url": "https://h.example/prod/api/twilio-webhook?type=voice",
        "voice_method": "POST",
        "sms_url": "https://h.example/prod/api/twilio-webhook?type=sms",
        "sms_method": "POST",
        "status_callback": "https://h.example/prod/api/twilio-webhook?type=status",
        "status_callback_method": "POST",
    }


def test_dry_run_prints_the_plan_and_sends_no_post(api: FakeTwilioApi, number: dict[str, Any], client: Any) -> None:
    changes, text = run(client, dry_run=True)

    wanted = webhook_urls(BASE)
    assert [c.field for c in changes] == ["voice_url", "voice_method", "sms_url", "status_callback"]
    assert changes[0] == Change("voice_url", OLD_VOICE_URL, wanted["voice_url"])
    assert changes[2] == Change("sms_url", None, wanted["sms_url"])  # Twilio's "" means unset
    lines = text.splitlines()
    assert lines[0] == f"Twilio number {mask_phone(NUMBER)} ({number['sid']})"
    assert lines[2] == "voice_method: GET -> POST"
    assert lines[3] == f"sms_url: (none) -> {wanted['sms_url']}"
    assert lines[4] == "sms_method: unchanged (POST)"
    assert lines[-1] == "dry run: 4 change(s) not applied"
    assert api.posts() == []
    assert api.numbers[number["sid"]]["voice_url"] == OLD_VOICE_URL
    # the lookup went to the loopback server, path and query as Twilio's API defines them
    (lookup,) = api.requests
    assert (lookup.method, lookup.path) == ("GET", f"/{API_VERSION}/Accounts/{api.account_sid}/IncomingPhoneNumbers.json")
    assert lookup.query == {"PhoneNumber": NUMBER, "PageSize": "2"}
    assert lookup.authorized


def test_real_run_posts_only_the_changed_fields_once(api: FakeTwilioApi, number: dict[str, Any], client: Any) -> None:
    changes, text = run(client, dry_run=False)

    wanted = webhook_urls(BASE)
    (post,) = api.posts()
    assert post.path == f"/{API_VERSION}/Accounts/{api.account_sid}/IncomingPhoneNumbers/{number['sid']}.json"
    assert post.form == {
        "VoiceUrl": wanted["voice_url"],
        "VoiceMethod": "POST",
        "SmsUrl": wanted["sms_url"],
        "StatusCallback": wanted["status_callback"],
    }
    stored = api.numbers[number["sid"]]
    assert {k: stored[k] for k in wanted} == wanted
    assert len(changes) == 4 and text.splitlines()[-1] == "applied 4 change(s)"
    other = next(n for n in api.numbers.values() if n["phone_number"] == OTHER_NUMBER)
    assert other["voice_url"] == "https://other.example/voice"  # only the exact number is touched


def test_second_run_has_nothing_to_change(api: FakeTwilioApi, number: dict[str, Any], client: Any) -> None:
    run(client, dry_run=False)
    api.requests.clear()

    changes, text = run(client, dry_run=False)

    assert changes == []
    assert text.splitlines()[-1] == "nothing to change"
    assert all(": unchanged (" in line for line in text.splitlines()[1:-1])
    assert [r.method for r in api.requests] == ["GET"]


def test_unknown_number_is_a_clear_error(api: FakeTwilioApi, number: dict[str, Any], client: Any) -> None:
    with pytest.raises(NumberNotFound) as caught:
        run(client, dry_run=False, number="+14155550123")

    message = caught.value.message
    assert mask_phone("+14155550123") in message and "+14155550123" not in message
    assert api.account_sid in message and "TWILIO_ACCOUNT_SID" in message
    assert api.posts() == []


def test_wrong_credentials_raise_twilio_api_error(api: FakeTwilioApi, number: dict[str, Any]) -> None:
    client = make_client(api.account_sid, "not-the-token", api_base=api.url)

    with pytest.raises(TwilioApiError) as caught:
        run(client, dry_run=False)

    error = caught.value
    assert (error.status, error.twilio_code) == (401, 20003)
    assert "Authenticate" in error.message and "TWILIO_AUTH_TOKEN" in error.message
    assert NUMBER not in error.message
    assert [r.authorized for r in api.requests] == [False]
    assert api.numbers[number["sid"]]["voice_url"] == OLD_VOICE_URL


def test_unreachable_api_is_a_retryable_error() -> None:
    with socket.socket() as sock:  # a port that was free a moment ago: nobody listens there
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client = make_client("AC" + "0" * 32, "token", api_base=f"http://127.0.0.1:{port}")

    with pytest.raises(TwilioUnavailable):
        run(client, dry_run=True)


def test_output_never_shows_a_clear_phone_number(api: FakeTwilioApi, number: dict[str, Any], client: Any) -> None:
    _, planned = run(client, dry_run=True)
    _, applied = run(client, dry_run=False)

    text = (planned + applied).replace(number["sid"], "PN<sid>")  # hex sids may hold digit runs
    assert NUMBER not in text and NUMBER[1:] not in text and FORWARD_TO not in text
    assert mask_phone(NUMBER) in text
    assert redact_text(text) == text  # nothing phone-like left to mask
    assert not re.search(r"\d{7,}", text)


def test_warns_when_an_application_overrides_the_voice_url(api: FakeTwilioApi, client: Any) -> None:
    api.add_number(NUMBER, voice_application_sid="AP" + "a" * 32)

    _, text = run(client, dry_run=True)

    assert f"warning: voice_application_sid is set (AP{'a' * 32}): Twilio ignores voice_url while it is" in text


@pytest.mark.parametrize("bad", ["8089255327", "+1 808 925 5327", "+1808925532", "tel:+18089255327", ""])
def test_invalid_number_is_a_value_error(api: FakeTwilioApi, client: Any, bad: str) -> None:
    with pytest.raises(ValueError, match="E.164"):
        run(client, dry_run=True, number=bad)
    assert api.requests == []


@pytest.mark.parametrize("bad", ["ftp://h.example", "honeyline.example/prod", "https://", "https://h.example/?x=1", ""])
def test_invalid_base_url_is_a_value_error(api: FakeTwilioApi, client: Any, bad: str) -> None:
    with pytest.raises(ValueError, match="--base-url"):
        run(client, dry_run=True, base=bad)
    assert api.requests == []


def test_importing_the_module_does_not_load_twilio_rest() -> None:
    code = "import sys, chalicelib.twilio_numbers; print('twilio.rest' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30, check=True)
    assert result.stdout.strip() == "False"


def test_a_partial_match_from_twilios_filter_is_not_the_number(api: FakeTwilioApi, client: Any) -> None:
    api.add_number(NUMBER + "0")  # Twilio's PhoneNumber filter matches partial numbers

    with pytest.raises(NumberNotFound):
        run(client, dry_run=True)


def _cli(api: FakeTwilioApi, *extra: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    import os

    env = {"PATH": os.environ["PATH"], "TWILIO_ACCOUNT_SID": api.account_sid, "TWILIO_AUTH_TOKEN": api.auth_token,
           **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "chalicelib", "configure-twilio", "--api-base", api.url, *extra],
        capture_output=True, text=True, env=env, timeout=60,
    )


def test_command_line_dry_run_then_apply(api: FakeTwilioApi, number: dict[str, Any]) -> None:
    dry = _cli(api, "--number", NUMBER, "--base-url", BASE, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "dry run: 4 change(s) not applied" in dry.stdout and api.posts() == []
    applied = _cli(api, "--number", NUMBER, "--base-url", BASE)
    assert applied.returncode == 0, applied.stderr
    assert "applied 4 change(s)" in applied.stdout and len(api.posts()) == 1
    for text in (dry.stdout, dry.stderr, applied.stdout, applied.stderr):
        assert NUMBER not in text and FORWARD_TO not in text


def test_command_line_takes_number_and_base_from_settings(api: FakeTwilioApi, number: dict[str, Any]) -> None:
    result = _cli(api, "--dry-run", env_extra={"TWILIO_PHONE_NUMBER": NUMBER, "PUBLIC_BASE_URL": BASE})
    assert result.returncode == 0 and "not applied" in result.stdout


def test_command_line_reports_errors_without_a_traceback(api: FakeTwilioApi, number: dict[str, Any]) -> None:
    unknown = _cli(api, "--number", "+18005550100", "--base-url", BASE)
    assert unknown.returncode == 1 and unknown.stderr.startswith("error:") and "Traceback" not in unknown.stderr
    missing = _cli(api, "--base-url", BASE)
    assert missing.returncode == 2 and "--number" in missing.stderr


def test_dry_run_without_credentials_prints_what_it_would_set() -> None:
    import os
    import subprocess
    import sys

    env = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp")}
    result = subprocess.run(
        [sys.executable, "-m", "chalicelib", "configure-twilio", "--number", "+14155550100",
         "--base-url", "https://abc.execute-api.us-east-1.amazonaws.com/prod/", "--dry-run"],
        capture_output=True, text=True, env=env, timeout=60, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN not set" in lines[0] and "+14155550100" not in result.stdout
    assert "voice_url: would be set to https://abc.execute-api.us-east-1.amazonaws.com/prod/api/twilio-webhook?type=voice" in lines
    assert "status_callback_method: would be set to POST" in lines
    assert lines[-1] == "dry run: 6 field(s) shown, nothing sent"
    without = subprocess.run(
        [sys.executable, "-m", "chalicelib", "configure-twilio", "--number", "+14155550100",
         "--base-url", "https://h.example/prod"], capture_output=True, text=True, env=env, timeout=60)
    assert without.returncode == 1 and "TWILIO_ACCOUNT_SID" in without.stderr  # a real run still needs them
