"""Amazon Transcribe for recordings Twilio did not transcribe (optional).

Twilio transcribes only 2–120 s recordings and sometimes not at all. With
``TRANSCRIBE_BUCKET`` set, the ``transcript`` step (:mod:`chalicelib.pipeline.transcript`)
downloads the recording from Twilio (authenticated with the account's credentials),
stores it in that S3 bucket, starts a Transcribe job writing its result to the same
bucket, and re-queues itself with a delay until the job completes — never holding a
Lambda open while Transcribe works. This module is the AWS side only.

The Lambda's role needs s3:PutObject/GetObject on the bucket and
transcribe:StartTranscriptionJob/GetTranscriptionJob.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any

from chalicelib.errors import DependencyError, map_exceptions
from chalicelib.settings import Settings

logger = logging.getLogger(__name__)

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


def _download(settings: Settings, url: str, timeout: float) -> bytes:
    """The recording as WAV, fetched with the account's credentials (Twilio protects media)."""
    import httpx

    from chalicelib.outbound import http_client

    auth = (settings.twilio_account_sid, settings.twilio_auth_token or "") if settings.twilio_account_sid else None
    media_url = url if url.endswith((".wav", ".mp3")) else url + ".wav"
    with map_exceptions({httpx.HTTPError: DependencyError}, "could not download the recording"):
        response = http_client("twilio-media").get(media_url, auth=auth, timeout=timeout, follow_redirects=True)
        response.raise_for_status()
    return response.content


def start_job(settings: Settings, sid: str, recording_url: str, *, timeout: float = DOWNLOAD_TIMEOUT) -> str:
    """Copy the recording to S3 and start the job; a job that already exists counts as started."""
    bucket = settings.transcribe_bucket
    audio = _download(settings, recording_url, timeout)
    key = f"recordings/{sid}.wav"
    client("s3").put_object(Bucket=bucket, Key=key, Body=audio, ContentType="audio/wav")
    name = job_name(sid)
    transcribe = client("transcribe")
    try:
        transcribe.start_transcription_job(
            TranscriptionJobName=name,
            LanguageCode=settings.transcribe_language,
            MediaFormat="wav",
            Media={"MediaFileUri": f"s3://{bucket}/{key}"},
            OutputBucketName=bucket,
            OutputKey=f"transcripts/{sid}.json",
        )
    except transcribe.exceptions.ConflictException:
        logger.info("Transcribe job %s already exists: a retry of a start that went through", name)
    return name


def job_status(name: str) -> tuple[str, str]:
    """``(TranscriptionJobStatus, FailureReason)`` of a job."""
    job = client("transcribe").get_transcription_job(TranscriptionJobName=name)["TranscriptionJob"]
    return str(job["TranscriptionJobStatus"]), str(job.get("FailureReason") or "unknown")


def fetch_transcript(settings: Settings, sid: str) -> str:
    obj = client("s3").get_object(Bucket=settings.transcribe_bucket, Key=f"transcripts/{sid}.json")
    result = json.loads(obj["Body"].read())
    return " ".join(t.get("transcript", "") for t in result.get("results", {}).get("transcripts", []))
