"""Honeyline's routes. Each one parses the request, calls chalicelib, shapes the response.

Error mapping, request logging and phone-number masking happen once, in
``chalicelib.web.http_middleware``; nothing here talks to Redis, QStash, Twilio
or VAPI directly.

Cold start: a container imports here what every webhook needs (settings, store, the
Twilio intake, the pipeline); what only some routes use (the page's files, the dashboard,
campaigns and intel, recordings, VAPI's messages, the live push, health) is imported
inside those routes, so a container that answers Twilio never pays for them.
"""

from chalice import Chalice, Rate, Response
from chalice.app import CloudWatchEvent
from chalice.app import WebsocketEvent

from chalicelib import intake, pipeline, security, twilio
from chalicelib.budget import VAPI_BUDGET_SECONDS, WEBHOOK_BUDGET_SECONDS, WORKER_BUDGET_SECONDS
from chalicelib.settings import Settings, get_settings
from chalicelib.store import Store, get_store, on_store_created
from chalicelib.web import http_middleware, json_body, websocket_middleware

# configure_logs=False: Chalice's own logger then propagates to the root handler, which
# writes JSON with every phone number masked (tracebacks included).
app = Chalice(app_name="honeyline", configure_logs=False)
app.experimental_feature_flags.update(["WEBSOCKETS"])
app.register_middleware(http_middleware, "http")
app.register_middleware(websocket_middleware, "websocket")


def _live_push(store: Store, settings: Settings) -> None:
    """Every live event this container publishes is pushed to open tabs (when WebSockets are on)."""
    from chalicelib import push

    push.observe(store, settings)


on_store_created(_live_push)


@app.route("/")
def index() -> Response:
    """The dashboard page: static and public; its data needs DASHBOARD_TOKEN."""
    from chalicelib import static

    return static.page("index.html", get_settings().websocket_url)


@app.route("/static/{name}")
def static_file(name: str) -> Response:
    """The page's CSS and JavaScript."""
    from chalicelib import static

    return static.page(name, get_settings().websocket_url)


@app.route("/api/health")
def health_check() -> Response:
    from chalicelib import health

    report = health.health_report(get_settings(), get_store())
    return Response(report, status_code=200 if report["status"] == "ok" else 503)


@app.route("/api/twilio-webhook", methods=["POST"], content_types=twilio.ACCEPTED_CONTENT_TYPES)
def twilio_webhook() -> Response:
    """Every Twilio callback (?type=voice|status|recording-status|transcription|sms)."""
    request, settings = app.current_request, get_settings()
    params = twilio.parse_form(request.headers.get("content-type"), request.raw_body)
    security.verify_twilio(request, params, settings)
    webhook = twilio.parse_webhook((request.query_params or {}).get("type"), params)
    base = security.public_base(request, settings)
    work = pipeline.for_request(settings, get_store(), budget=WEBHOOK_BUDGET_SECONDS, lambda_context=app.lambda_context)
    twiml = intake.handle_webhook(webhook, settings=settings, store=work.store, sink=work, base=base)
    headers = {"Content-Type": "text/xml; charset=utf-8"}
    if webhook.is_probe:
        headers[twilio.PROBE_HEADER] = "recognised; nothing recorded"
    return Response(twiml, headers=headers)


@app.route("/api/process-transcription", methods=["POST"], content_types=["application/json", "text/plain"])
def process_task() -> dict:
    """QStash deliveries of every task type (and QStash failure callbacks)."""
    request, settings = app.current_request, get_settings()
    security.verify_qstash(request, request.raw_body, settings)
    work = pipeline.for_request(settings, get_store(), budget=WORKER_BUDGET_SECONDS, lambda_context=app.lambda_context)
    return work.deliver(request.raw_body, request.query_params or {})


@app.route("/api/vapi-webhook", methods=["POST"])
def vapi_webhook() -> dict:
    """VAPI server messages about agent calls (status-update, end-of-call-report)."""
    from chalicelib import agents

    request, settings = app.current_request, get_settings()
    security.verify_vapi(request, settings)
    body = json_body(request, limit=agents.MAX_MESSAGE_BYTES)
    work = pipeline.for_request(settings, get_store(), budget=VAPI_BUDGET_SECONDS, lambda_context=app.lambda_context)
    return agents.handle_vapi_message(body, settings, work.store, work)


@app.route("/api/login", methods=["POST"])
def login() -> Response:
    """Exchange the dashboard token for an HttpOnly session cookie (the page never puts it in a URL)."""
    request, settings = app.current_request, get_settings()
    cookie = security.login(request, json_body(request, limit=4096), settings)
    return Response("", status_code=204, headers={"Set-Cookie": cookie, "Cache-Control": "no-store"})


@app.route("/api/logout", methods=["POST"])
def logout() -> Response:
    request, settings = app.current_request, get_settings()
    return Response("", status_code=204, headers={"Set-Cookie": security.logout(request, settings)})


@app.route("/api/dashboard", methods=["GET", "OPTIONS"])
def dashboard_data() -> dict:
    """Stats, recent scams, agent conversations, leaderboard, chart (cached 30 s; ?nocache=true)."""
    from chalicelib import dashboard

    request, settings = app.current_request, get_settings()
    security.verify_dashboard(request, settings)
    nocache = (request.query_params or {}).get("nocache") == "true"
    return dashboard.get_dashboard(settings, get_store(), nocache=nocache)


@app.route("/api/live-updates", methods=["GET", "OPTIONS"])
def live_updates() -> Response:
    """SSE long poll (default; resumes from Last-Event-ID or ?since=) or ?mode=poll&since=<cursor>."""
    from chalicelib import live

    request, settings = app.current_request, get_settings()
    security.verify_dashboard(request, settings)
    query = request.query_params or {}
    if query.get("mode") == "poll":
        return Response(live.poll(settings, get_store(), query.get("since")))
    cursor = request.headers.get("last-event-id") or query.get("since")
    body = live.sse_body(settings, get_store(), cursor)
    return Response(body, headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache", "X-Accel-Buffering": "no"})


@app.route("/api/recordings/{recording_sid}")
def voicemail_recording(recording_sid: str) -> Response:
    """A voicemail's MP3, fetched from Twilio with the account's credentials (send Accept: audio/mpeg)."""
    from chalicelib import recordings

    request, settings = app.current_request, get_settings()
    security.verify_dashboard(request, settings)
    audio = recordings.twilio_recording(settings, recording_sid)
    return Response(audio.body, headers=audio.headers())


@app.route("/api/agent-recordings/{call_id}")
def agent_call_recording(call_id: str) -> Response:
    """An agent call's recording, from the URL in VAPI's end-of-call report."""
    from chalicelib import recordings

    request, settings = app.current_request, get_settings()
    security.verify_dashboard(request, settings)
    audio = recordings.agent_recording(settings, get_store(), call_id)
    return Response(audio.body, headers=audio.headers())


@app.schedule(Rate(1, unit=Rate.MINUTES), name="relay_tasks")
def relay_tasks(event: CloudWatchEvent) -> dict:
    """Every minute: hand on tasks left in the outbox (QStash was down, a Lambda died, a delay came due)."""
    work = pipeline.for_request(get_settings(), get_store(), budget=55.0, lambda_context=event.context)
    return work.relay()


# ------------------------------------------------------------ scam intelligence (issue 15)
@app.route("/api/campaigns", methods=["GET"])
def campaign_list() -> dict:
    """Top scam campaigns of a period (?days=7&limit=10), masked."""
    from chalicelib.intel import api as intel_api

    request, settings = app.current_request, get_settings()
    security.verify_dashboard(request, settings)
    return intel_api.list_campaigns(get_store(), settings, request.query_params or {})


@app.route("/api/campaigns/{campaign_id}", methods=["GET"])
def campaign_detail(campaign_id: str) -> dict:
    """One campaign with its recent calls (?days=30 of timeline)."""
    from chalicelib.intel import api as intel_api

    request, settings = app.current_request, get_settings()
    security.verify_dashboard(request, settings)
    return intel_api.get_campaign(get_store(), settings, campaign_id, request.query_params or {})


@app.route("/api/campaigns/{campaign_id}/report", methods=["GET"])
def campaign_report(campaign_id: str) -> dict:
    """FTC-ready report for a campaign."""
    from chalicelib.intel import api as intel_api

    request, settings = app.current_request, get_settings()
    security.verify_dashboard(request, settings)
    return intel_api.report(get_store(), settings, campaign=campaign_id)


@app.route("/api/intel/reports/{subject}", methods=["GET"])
def call_report(subject: str) -> dict:
    """FTC-ready report for one call or text (and the SMS 7726 text)."""
    from chalicelib.intel import api as intel_api

    request, settings = app.current_request, get_settings()
    security.verify_dashboard(request, settings)
    return intel_api.report(get_store(), settings, call=subject)


@app.route("/api/intel/numbers", methods=["GET"])
def intel_numbers() -> Response:
    """The blocklist: ?format=csv|json|stix&since=&min_confidence= (callback numbers in full)."""
    from chalicelib.intel import api as intel_api

    request, settings = app.current_request, get_settings()
    security.verify_dashboard(request, settings)
    body, headers = intel_api.numbers(get_store(), settings, request.query_params or {})
    return Response(body, headers=headers)


@app.route("/api/intel/false-positives", methods=["GET", "POST", "DELETE"])
def intel_false_positives() -> dict:
    """List, mark (POST {"number", "reason"}) or unmark (DELETE ?number=) an operator false positive."""
    from chalicelib.intel import api as intel_api

    request, settings = app.current_request, get_settings()
    security.verify_dashboard(request, settings)
    body = json_body(request, limit=4096) if request.method == "POST" else None
    return intel_api.false_positive(get_store(), request.method, body, request.query_params or {})


@app.route("/api/live-ticket", methods=["POST"])
def live_ticket() -> dict:
    """A ticket for one WebSocket connect (keeps the dashboard token out of URLs), and where to connect."""
    from chalicelib import push

    request, settings = app.current_request, get_settings()
    security.verify_dashboard(request, settings)
    return push.new_ticket(settings)


@app.on_ws_connect()
def live_connect(event: WebsocketEvent) -> dict:
    """WebSocket ``$connect`` with ``?ticket=``: a wrong or used ticket is refused (401)."""
    from chalicelib import push

    return push.on_connect(event.to_dict(), get_settings(), get_store())


@app.on_ws_message()
def live_message(event: WebsocketEvent) -> dict:
    """WebSocket ``$default``: ``{"resume": "<cursor>"}`` sends what came after it (null: a snapshot)."""
    from chalicelib import push

    return push.on_message(event.to_dict(), get_settings(), get_store())


@app.on_ws_disconnect()
def live_disconnect(event: WebsocketEvent) -> dict:
    from chalicelib import push

    return push.on_disconnect(event.to_dict(), get_store())
