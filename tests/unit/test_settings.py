"""Settings: parsing, validation messages that name the variable, aliases, SSM."""

from __future__ import annotations

import logging

import boto3
import pytest
from botocore.stub import Stubber

from chalicelib.errors import MissingSecretError, SettingsError
from chalicelib.settings import Settings, get_settings, override_settings


def test_defaults_are_the_embedded_local_setup() -> None:
    settings = Settings.from_env({})
    assert settings.app_env == "development" and not settings.is_production
    assert settings.store_backend == "embedded" and settings.queue_backend == "inline"
    assert settings.scam_analyzer == "offline" and settings.engage_threshold == 70
    assert (settings.events_max_len, settings.events_ttl_seconds) == (100, 300)
    assert (settings.active_call_ttl_seconds, settings.call_retention_days) == (3600, 30)
    assert settings.live_window_seconds == 9.0 and settings.store_timeout_seconds <= 3


def test_backend_selection() -> None:
    assert Settings.from_env({"REDIS_URL": "redis://localhost:6379/0"}).store_backend == "redis"
    upstash = {"UPSTASH_REDIS_REST_URL": "https://x.upstash.io", "UPSTASH_REDIS_REST_TOKEN": "t"}
    assert Settings.from_env({**upstash, "REDIS_URL": "redis://h"}).store_backend == "upstash"
    assert Settings.from_env({"QSTASH_TOKEN": "q"}).queue_backend == "qstash"


def test_seed_alias_for_upstash_url() -> None:
    settings = Settings.from_env({"UPSTASH_REDIS_URL": "https://x.upstash.io/", "UPSTASH_REDIS_REST_TOKEN": "t"})
    assert settings.upstash_redis_rest_url == "https://x.upstash.io" and settings.store_backend == "upstash"


@pytest.mark.parametrize(
    ("env", "variable"),
    [
        ({"APP_ENV": "staging"}, "APP_ENV"),
        ({"PUBLIC_BASE_URL": "example.com"}, "PUBLIC_BASE_URL"),
        ({"REDIS_URL": "http://nope"}, "REDIS_URL"),
        ({"UPSTASH_REDIS_REST_URL": "https://x.upstash.io"}, "UPSTASH_REDIS_REST_TOKEN"),
        ({"ENGAGE_THRESHOLD": "150"}, "ENGAGE_THRESHOLD"),
        ({"ENGAGE_THRESHOLD": "high"}, "ENGAGE_THRESHOLD"),
        ({"LIVE_UPDATES_WINDOW_SECONDS": "30"}, "LIVE_UPDATES_WINDOW_SECONDS"),
        ({"STORE_TIMEOUT_SECONDS": "0"}, "STORE_TIMEOUT_SECONDS"),
        ({"SCAM_ANALYZER": "magic"}, "SCAM_ANALYZER"),
        ({"WEBHOOK_URLS": "https://a.example, ftp://b"}, "WEBHOOK_URLS"),
        ({"WEBHOOK_URLS": "https://a.example"}, "WEBHOOK_SECRET"),
    ],
)
def test_invalid_values_name_the_variable(env: dict[str, str], variable: str) -> None:
    with pytest.raises(SettingsError) as caught:
        Settings.from_env(env)
    assert caught.value.variable == variable and variable in str(caught.value)


def test_values_are_trimmed_and_lists_split() -> None:
    settings = Settings.from_env(
        {"WEBHOOK_URLS": " https://a.example/h , https://b.example ", "WEBHOOK_SECRET": "s", "APP_ENV": " Production "}
    )
    assert settings.webhook_urls == ("https://a.example/h", "https://b.example") and settings.is_production


def test_secrets_are_not_in_repr() -> None:
    settings = Settings.from_env({"TWILIO_AUTH_TOKEN": "super-secret-token", "DASHBOARD_TOKEN": "dash-secret"})
    assert "super-secret-token" not in repr(settings) and "dash-secret" not in repr(settings)


def test_require_refuses_and_logs_a_missing_secret(caplog: pytest.LogCaptureFixture) -> None:
    settings = Settings.from_env({"APP_ENV": "production"})
    with caplog.at_level(logging.ERROR), pytest.raises(MissingSecretError) as caught:
        settings.require("dashboard_token")
    assert caught.value.status_code == 503 and "DASHBOARD_TOKEN" in caught.value.message
    assert "DASHBOARD_TOKEN is not configured" in caplog.text
    assert Settings.from_env({"DASHBOARD_TOKEN": "x"}).require("dashboard_token") == "x"


def test_get_settings_is_built_once_and_overridable() -> None:
    first = get_settings()
    assert get_settings() is first
    custom = Settings.from_env({"APP_ENV": "production"})
    override_settings(custom)
    assert get_settings() is custom


def _ssm_stub(parameters: list[dict[str, str]], prefix: str = "/honeyline/prod"):
    client = boto3.client("ssm", region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="x")
    stubber = Stubber(client)
    stubber.add_response(
        "get_parameters_by_path",
        {"Parameters": [{"Name": p["Name"], "Value": p["Value"], "Type": "SecureString"} for p in parameters]},
        {"Path": prefix, "Recursive": True, "WithDecryption": True},
    )
    stubber.activate()
    return client, stubber


def test_secrets_load_from_ssm_once() -> None:
    client, stubber = _ssm_stub(
        [
            {"Name": "/honeyline/prod/TWILIO_AUTH_TOKEN", "Value": "from-ssm"},
            {"Name": "/honeyline/prod/DASHBOARD_TOKEN", "Value": "dash-from-ssm"},
            {"Name": "/honeyline/prod/APP_ENV", "Value": "development"},  # not a secret: ignored
        ]
    )
    calls = []

    def factory():
        calls.append(1)
        return client

    settings = Settings.from_env(
        {"SSM_PARAMETER_PREFIX": "/honeyline/prod/", "APP_ENV": "production", "DASHBOARD_TOKEN": "env-wins"},
        ssm_client_factory=factory,
    )
    stubber.assert_no_pending_responses()
    assert len(calls) == 1
    assert settings.twilio_auth_token == "from-ssm"
    assert settings.dashboard_token == "env-wins"  # the environment overrides SSM
    assert settings.is_production


def test_ssm_failure_is_a_settings_error() -> None:
    client = boto3.client("ssm", region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="x")
    stubber = Stubber(client)
    stubber.add_client_error("get_parameters_by_path", service_error_code="AccessDeniedException", http_status_code=400)
    stubber.activate()
    with pytest.raises(SettingsError) as caught:
        Settings.from_env({"SSM_PARAMETER_PREFIX": "honeyline/prod"}, ssm_client_factory=lambda: client)
    assert caught.value.variable == "SSM_PARAMETER_PREFIX" and "AccessDenied" in caught.value.message
