"""Amazon Transcribe fallback: botocore Stubber for S3 and Transcribe, a loopback Twilio media server."""

from __future__ import annotations

import base64
import io
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import boto3
import pytest
from botocore.response import StreamingBody
from botocore.stub import ANY, Stubber
from chalice.test import Client

from app import app
from chalicelib import transcription
from chalicelib.calls import CallRegistry
from chalicelib.events import EventBus
from chalicelib.settings import get_settings
from chalicelib.store import get_store
from tests.conftest import QSTASH_KEYS
from tests.support.qstash import delivery_headers, sign_delivery

BASE = "https://honeyline.example/prod"
WORKER = f"{BASE}/api/process-transcription"
AUDIO = b"RIFF\x24\x00\x00\x00WAVEfmt "
SCAM_TRANSCRIPT = ("this is the social security administration your social security number has been suspended "
                   "call us back at 1 800 555 0134 immediately or a warrant will be issued for your arrest")


class MediaServer(ThreadingHTTPServer):
    """Serves a recording the way api.twilio.com does: basic auth, WAV bytes; fails on demand."""

    def __init__(self) -> None:
        outer = self
        self.failures = 0
        self.requests: list[tuple[str, str]] = []

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                outer.requests.append((self.path, self.headers.get("Authorization", "")))
                expected = "Basic " + base64.b64encode(b"AC123:twilio-token").decode()
                if outer.failures:
                    outer.failures -= 1
                    status, body = 500, b"{}"
                elif self.headers.get("Authorization") != expected:
                    status, body = 401, b"{}"
                else:
                    status, body = 200, AUDIO
                self.send_response(status)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        super().__init__(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


@pytest.fixture
def media():
    server = MediaServer()
    yield server
    server.shutdown()


@pytest.fixture
def aws():
    def make(service: str):
        return boto3.client(service, region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="x")

    s3, transcribe = make("s3"), make("transcribe")
    stubs = {"s3": Stubber(s3), "transcribe": Stubber(transcribe)}
    for stub in stubs.values():
        stub.activate()
    transcription.use_clients(s3=s3, transcribe=transcribe)
    yield stubs
    transcription.use_clients()
    for stub in stubs.values():
        stub.assert_no_pending_responses()


@pytest.fixture
def client(make_settings, use_settings, qstash_env):
    use_settings(make_settings("redis", PUBLIC_BASE_URL=BASE, TRANSCRIBE_BUCKET="hl-recordings",
                               TWILIO_ACCOUNT_SID="AC123", TWILIO_AUTH_TOKEN="twilio-token", **qstash_env))
    with Client(app) as test_client:
        yield test_client


def deliver(client, body: str):
    headers = {"Content-Type": "application/json", "Upstash-Message-Id": "msg_1",
               "Upstash-Signature": sign_delivery(body, WORKER, QSTASH_KEYS["QSTASH_CURRENT_SIGNING_KEY"])}
    return client.http.post("/api/process-transcription", headers=headers, body=body)


def deliver_message(client, message):
    return client.http.post("/api/process-transcription", body=message.body,
                            headers=delivery_headers(message, QSTASH_KEYS["QSTASH_CURRENT_SIGNING_KEY"]))


def recording_task(media) -> str:
    return json.dumps({"task": "process_transcription", "payload": {
        "call_sid": "CA1", "variant": "recording", "recording_url": f"{media.url}/Recordings/RE1"}})


def expect_start(aws) -> None:
    aws["s3"].add_response("put_object", {}, {"Bucket": "hl-recordings", "Key": "recordings/CA1.wav", "Body": ANY,
                                              "ContentType": "audio/wav"})
    aws["transcribe"].add_response("start_transcription_job", {"TranscriptionJob": {"TranscriptionJobName": "honeyline-CA1"}}, {
        "TranscriptionJobName": "honeyline-CA1", "LanguageCode": "en-US", "MediaFormat": "wav",
        "Media": {"MediaFileUri": "s3://hl-recordings/recordings/CA1.wav"},
        "OutputBucketName": "hl-recordings", "OutputKey": "transcripts/CA1.json"})


def job_status(aws, status: str, **extra) -> None:
    aws["transcribe"].add_response("get_transcription_job", {"TranscriptionJob": {
        "TranscriptionJobName": "honeyline-CA1", "TranscriptionJobStatus": status, **extra}},
        {"TranscriptionJobName": "honeyline-CA1"})


def test_recording_is_transcribed_by_amazon_transcribe(client, aws, media, qstash) -> None:
    expect_start(aws)
    assert deliver(client, recording_task(media)).status_code == 200
    assert media.requests[0][0] == "/Recordings/RE1.wav"
    [poll] = qstash.messages
    assert poll.delay == "15s" and poll.json()["payload"]["transcribe_job"] == "honeyline-CA1"
    assert CallRegistry(get_store(), get_settings()).get_record("CA1")["transcription_status"] == "transcribing"

    job_status(aws, "IN_PROGRESS")
    assert deliver_message(client, poll).status_code == 200
    second = qstash.messages[1]
    assert second.json()["payload"]["attempt"] == 2 and second.deduplication_id != poll.deduplication_id

    job_status(aws, "COMPLETED")
    result = json.dumps({"results": {"transcripts": [{"transcript": SCAM_TRANSCRIPT}]}}).encode()
    aws["s3"].add_response("get_object", {"Body": StreamingBody(io.BytesIO(result), len(result))},
                           {"Bucket": "hl-recordings", "Key": "transcripts/CA1.json"})
    assert deliver_message(client, second).status_code == 200
    analyze = qstash.messages[2].json()
    assert analyze["task"] == "analyze_scam" and analyze["payload"]["text"] == SCAM_TRANSCRIPT


def test_failed_job_marks_the_call_untranscribed(client, aws, media, qstash) -> None:
    expect_start(aws)
    deliver(client, recording_task(media))
    job_status(aws, "FAILED", FailureReason="unsupported media")
    assert deliver_message(client, qstash.messages[0]).status_code == 200
    events = EventBus(get_store(), get_settings()).read_since(None)[0]
    assert events[-1].type == "call_processed" and "unsupported media" in events[-1].data["reason"]


def test_download_failure_is_retryable_and_releases_the_claim(client, aws, media, qstash) -> None:
    media.failures = 1
    failed = deliver(client, recording_task(media))
    assert failed.status_code == 503 and "download" in json.loads(failed.body)["message"]
    expect_start(aws)
    assert deliver(client, recording_task(media)).status_code == 200  # QStash's retry succeeds
    assert len(qstash.messages) == 1


def test_a_job_that_already_exists_counts_as_started(client, aws, media, qstash) -> None:
    """A retry after a start that went through: Transcribe's ConflictException means "already started"."""
    aws["s3"].add_response("put_object", {}, {"Bucket": "hl-recordings", "Key": "recordings/CA1.wav", "Body": ANY,
                                              "ContentType": "audio/wav"})
    aws["transcribe"].add_client_error("start_transcription_job", service_error_code="ConflictException",
                                       service_message="The requested job name already exists.", http_status_code=400)
    response = deliver(client, recording_task(media))
    assert response.status_code == 200, response.body
    [poll] = qstash.messages
    assert poll.json()["payload"]["transcribe_job"] == "honeyline-CA1"
    # and the Twilio transcript that arrives late still wins, once
    late = json.dumps({"task": "process_transcription", "payload": {"call_sid": "CA1", "variant": "recording",
                                                                   "recording_url": f"{media.url}/Recordings/RE1"}})
    assert json.loads(deliver(client, late).body)["status"] == "duplicate"
