"""Honeyline's routes. Each one parses the request, calls chalicelib, shapes the response.

Error mapping, request logging and phone-number masking happen once, in
``chalicelib.web.http_middleware``; nothing here talks to Redis, QStash, Twilio
or VAPI directly.
"""

from chalice import Chalice, Response

from chalicelib import health, static
from chalicelib.settings import get_settings
from chalicelib.store import get_store
from chalicelib.web import http_middleware

app = Chalice(app_name="honeyline")
app.register_middleware(http_middleware, "http")


@app.route("/")
def index() -> Response:
    """The dashboard page: static and public; its data needs DASHBOARD_TOKEN."""
    return static.page("index.html")


@app.route("/api/health")
def health_check() -> Response:
    report = health.health_report(get_settings(), get_store())
    return Response(report, status_code=200 if report["status"] == "ok" else 503)
