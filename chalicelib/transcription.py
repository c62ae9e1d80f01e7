"""Amazon Transcribe for recordings Twilio did not transcribe (optional).

Twilio transcribes only 2–120 s recordings and sometimes not at all. With
``TRANSCRIBE_BUCKET`` set, the worker downloads the recording from Twilio
(authenticated with the account's credentials), stores it in that S3 bucket,
starts a Transcribe job writing its result to the same bucket, and re-queues
itself with a delay until the job completes — never holding a Lambda open while
Transcribe works. Without the bucket, the call is marked untranscribed.

The Lambda's role needs s3:PutObject/GetObject on the bucket and
transcribe:StartTranscriptionJob/GetTranscriptionJob.
"""

from __future__ import annotations

import json
import logging
import re
from typing import TYPE_CHECKING, Any

from chalicelib.errors import DependencyError
from chalicelib.tasks import new_task

if TYPE_CHECKING:  # pragma: no cover
    from chalicelib.worker import Context

logger = logging.getLogger(__name__)

POLL_SECONDS = 15
MAX_POLLS = 40  # ten minutes of polling, far more than a 120 s voicemail needs
DOWNLOAD_TIMEOUT = 20.0

_clients: dict[str, Any] = {}


def client(service: str) -> Any:
    """A cached boto3 client (imported here only: ~340 ms of cold start)."""
    if service not in _clients:
        import boto3

        _clients[service] = boto3.client(service)
    return _clients[service]


def use_clients(**clients: Any) -> None:
    """Install given clients (e.g. stubbed in tests) in place of created ones."""
    _clients.clear()
    _clients.update(clients)


def job_name(sid: str) -> str:
    return "honeyline-" + re.sub(r"[^0-9A-Za-z._-]", "-", sid)


def _download(ctx: "Context", url: str) -> bytes:
    """The recording as WAV, fetched with the account's credentials (Twilio protects media)."""
    import httpx

    settings = ctx.settings
    auth = (settings.twilio_account_sid, settings.twilio_auth_token) if settings.twilio_account_sid else None
    media_url = url if url.endswith((".wav", ".mp3")) else url + ".wav"
    try:
        response = httpx.get(media_url, auth=auth, timeout=DOWNLOAD_TIMEOUT, follow_redirects=True)
        response.raise_for_status()
    except httpx.HTTPError as exc:
        raise DependencyError(f"could not download the recording: {exc}") from exc
    return response.content


def start(ctx: "Context", sid: str, recording_url: str) -> dict[str, Any]:
    bucket = ctx.settings.transcribe_bucket
    audio = _download(ctx, recording_url)
    key = f"recordings/{sid}.wav"
    client("s3").put_object(Bucket=bucket, Key=key, Body=audio, ContentType="audio/wav")
    name = job_name(sid)
    client("transcribe").start_transcription_job(
        TranscriptionJobName=name,
        LanguageCode=ctx.settings.transcribe_language,
        MediaFormat="wav",
        Media={"MediaFileUri": f"s3://{bucket}/{key}"},
        OutputBucketName=bucket,
        OutputKey=f"transcripts/{sid}.json",
    )
    ctx.registry.update_record(sid, {"transcription_status": "transcribing"})
    _poll_later(ctx, sid, name, 1)
    return {"transcribe_job": name}


def _poll_later(ctx: "Context", sid: str, name: str, attempt: int) -> None:
    ctx.queue.enqueue(new_task(
        "process_transcription",
        {"call_sid": sid, "transcribe_job": name, "attempt": attempt, "variant": f"transcribe{attempt}"},
        delay_seconds=POLL_SECONDS,
    ))


def poll(ctx: "Context", sid: str) -> dict[str, Any]:
    from chalicelib.worker import continue_with_transcript, mark_untranscribed

    payload = ctx.task.payload
    name, attempt = str(payload["transcribe_job"]), int(payload.get("attempt") or 1)
    job = client("transcribe").get_transcription_job(TranscriptionJobName=name)["TranscriptionJob"]
    status = job["TranscriptionJobStatus"]
    if status == "COMPLETED":
        obj = client("s3").get_object(Bucket=ctx.settings.transcribe_bucket, Key=f"transcripts/{sid}.json")
        result = json.loads(obj["Body"].read())
        text = " ".join(t.get("transcript", "") for t in result.get("results", {}).get("transcripts", []))
        return continue_with_transcript(ctx, sid, text)
    if status == "FAILED":
        return mark_untranscribed(ctx, sid, f"Amazon Transcribe failed: {job.get('FailureReason', 'unknown')}")
    if attempt >= MAX_POLLS:
        return mark_untranscribed(ctx, sid, "Amazon Transcribe did not finish in time")
    _poll_later(ctx, sid, name, attempt + 1)
    return {"transcribe_job": name, "status_detail": status.lower()}
