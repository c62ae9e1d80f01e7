"""The Chalice app end to end through chalice.test.Client: health, page, error mapping."""

from __future__ import annotations

import json

from app import app


def test_health_reports_backends_without_secrets(client, make_settings, use_settings, backend) -> None:
    use_settings(make_settings(backend, QSTASH_TOKEN="qstash-secret-token", DASHBOARD_TOKEN="dash-secret"))
    response = client.http.get("/api/health")
    body = json.loads(response.body)
    assert response.status_code == 200, body
    assert body["status"] == "ok" and body["store"] == backend and body["queue"] == "qstash"
    assert body["analyzer"] == "offline" and body["checks"]["store"]["ok"] is True
    raw = response.body.decode()
    assert "qstash-secret-token" not in raw and "dash-secret" not in raw and "test-token" not in raw
    assert response.headers["X-Request-Id"]


def test_health_is_degraded_not_an_error_when_redis_is_down(client, make_settings, use_settings, redis_server) -> None:
    use_settings(make_settings("redis", STORE_TIMEOUT_SECONDS="0.5"))
    redis_server.stop()
    try:
        response = client.http.get("/api/health")
    finally:
        redis_server.start()
    body = json.loads(response.body)
    assert response.status_code == 503
    assert body["status"] == "degraded" and body["checks"]["store"]["ok"] is False
    assert "unreachable" in body["checks"]["store"]["error"]


def test_production_without_signing_keys_is_degraded(client, make_settings, use_settings) -> None:
    use_settings(make_settings("embedded", APP_ENV="production", QSTASH_TOKEN="q"))
    body = json.loads(client.http.get("/api/health").body)
    assert body["status"] == "degraded" and "QSTASH_CURRENT_SIGNING_KEY" in body["checks"]["queue"]["error"]


def test_bad_configuration_is_a_clear_error_naming_the_variable(client, monkeypatch) -> None:
    monkeypatch.setenv("ENGAGE_THRESHOLD", "lots")
    response = client.http.get("/api/health")
    body = json.loads(response.body)
    assert response.status_code == 500
    assert body["error"] == "configuration_error" and "ENGAGE_THRESHOLD" in body["message"]


def test_the_page_is_public_and_static(client) -> None:
    response = client.http.get("/")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/html")
    assert b"Honeyline" in response.body


def test_unknown_route_is_a_4xx(client) -> None:
    assert client.http.get("/api/nope").status_code in (403, 404)


def test_raw_api_gateway_event_reaches_the_route(make_settings, use_settings) -> None:
    """The Lambda entry point itself, with an API-Gateway-shaped event (stage in the path)."""
    use_settings(make_settings("embedded"))
    with open("tests/events/apigw_health.json") as f:
        event = json.load(f)
    response = app(event, None)
    assert response["statusCode"] == 200
    assert json.loads(response["body"])["store"] == "embedded"


def test_every_request_is_logged_once_with_status_and_timing(client, make_settings, use_settings, caplog) -> None:
    use_settings(make_settings("embedded"))
    with caplog.at_level("INFO"):
        client.http.get("/api/health")
    lines = [r for r in caplog.records if r.name == "chalicelib.web"]
    assert len(lines) == 1
    assert lines[0].fields["status"] == 200 and lines[0].fields["path"] == "/api/health" and lines[0].fields["ms"] >= 0
