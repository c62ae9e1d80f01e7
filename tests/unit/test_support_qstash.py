"""The loopback QStash and delivery signing (tests/support/qstash.py) against the real SDK."""

from __future__ import annotations

import base64
import json
import time
from typing import Iterator

import pytest
from qstash import QStash, Receiver
from qstash.errors import QStashError, RateLimitExceededError, SignatureError
from qstash.message import BatchResponse, PublishResponse

from tests.support.qstash import (
    FakeQStash,
    RecordedMessage,
    body_claim,
    delivery_headers,
    failure_callback_body,
    sign_delivery,
)

CURRENT = "sig_current_0123456789abcdefghijklmn"  # >= 32 bytes: no PyJWT InsecureKeyLengthWarning
NEXT = "sig_next_0123456789abcdefghijklmnopqr"
OTHER = "sig_other_0123456789abcdefghijklmnopq"
WORKER = "https://abc.execute-api.us-east-1.amazonaws.com/prod/api/process-transcription"
FAILED = "https://abc.execute-api.us-east-1.amazonaws.com/prod/api/task-failed"
BODY = '{"type": "process_transcription", "call_sid": "CA123"}'


@pytest.fixture(scope="module")
def server() -> Iterator[FakeQStash]:
    with FakeQStash() as srv:
        yield srv


@pytest.fixture
def fake(server: FakeQStash) -> FakeQStash:
    server.reset()
    return server


@pytest.fixture
def client(fake: FakeQStash) -> Iterator[QStash]:
    sdk = QStash(fake.token, base_url=fake.url)
    yield sdk
    sdk.http._client.close()  # the SDK has no close(); avoid ResourceWarnings


@pytest.fixture
def receiver() -> Receiver:
    return Receiver(current_signing_key=CURRENT, next_signing_key=NEXT)


# --- the fake server, driven by the real SDK ---------------------------------------------------

def test_publish_json_records_destination_body_and_options(fake: FakeQStash, client: QStash) -> None:
    res = client.message.publish_json(
        url=WORKER + "?stage=1", body={"type": "process_transcription", "n": 1}, retries=2,
        delay=10, deduplication_id="task-1", failure_callback=FAILED, timeout=20,
        headers={"X-Task-Kind": "transcription"},
    )
    assert isinstance(res, PublishResponse) and res.deduplicated is False
    assert res.message_id.startswith("msg_")
    assert fake.requests == 1 and len(fake.messages) == 1
    msg = fake.messages[0]
    assert msg.message_id == res.message_id
    assert msg.destination == WORKER + "?stage=1"  # the query string survives the /v2/publish/ path
    assert json.loads(msg.body) == {"type": "process_transcription", "n": 1}
    assert (msg.retries, msg.delay, msg.deduplication_id) == (2, "10s", "task-1")
    assert (msg.failure_callback, msg.timeout, msg.batch, msg.batch_id) == (FAILED, "20s", False, None)
    assert msg.headers["Content-Type"] == "application/json"
    assert msg.headers["Upstash-Retries"] == "2" and msg.headers["Upstash-Delay"] == "10s"
    assert msg.headers["Upstash-Deduplication-Id"] == "task-1"
    assert msg.headers["Upstash-Failure-Callback"] == FAILED
    assert msg.headers["Upstash-Forward-X-Task-Kind"] == "transcription"  # case preserved
    assert msg.forward_headers == {"X-Task-Kind": "transcription"}
    assert "Authorization" not in msg.headers and msg.header("upstash-timeout") == "20s"


def test_publish_without_options_leaves_fields_empty(fake: FakeQStash, client: QStash) -> None:
    client.message.publish_json(url=WORKER, body=["a"], delay="2m")
    msg = fake.messages[0]
    assert (msg.retries, msg.deduplication_id, msg.failure_callback, msg.delay) == (None, None, None, "2m")
    assert msg.body == '["a"]'


def test_batch_json_is_one_request_with_two_messages(fake: FakeQStash, client: QStash) -> None:
    res = client.message.batch_json([
        {"url": WORKER, "body": {"i": 1}, "retries": 1},
        {"url": WORKER + "?x=2", "body": {"i": 2}, "deduplication_id": "b-2", "failure_callback": FAILED},
    ])
    assert fake.requests == 1
    assert len(res) == 2 and all(isinstance(r, BatchResponse) for r in res)
    assert [m.message_id for m in fake.messages] == [r.message_id for r in res]
    first, second = fake.messages
    assert first.batch and second.batch and first.batch_id == second.batch_id is not None
    assert (first.destination, json.loads(first.body), first.retries) == (WORKER, {"i": 1}, 1)
    assert (second.destination, second.deduplication_id, second.failure_callback) == (
        WORKER + "?x=2", "b-2", FAILED)
    assert first.headers["Content-Type"] == "application/json"


def test_deduplication_returns_same_id_and_records_nothing_new(fake: FakeQStash, client: QStash) -> None:
    one = client.message.publish_json(url=WORKER, body={"a": 1}, deduplication_id="same")
    two = client.message.publish_json(url=WORKER, body={"a": 2}, deduplication_id="same")
    assert two.message_id == one.message_id
    assert (one.deduplicated, two.deduplicated) == (False, True)
    assert fake.deduplicated == 1 and len(fake.messages) == 1 and fake.requests == 2
    batch = client.message.batch_json([{"url": WORKER, "body": {}, "deduplication_id": "same"},
                                       {"url": WORKER, "body": {}, "deduplication_id": "new"}])
    assert batch[0].message_id == one.message_id and batch[0].deduplicated is True
    assert batch[1].deduplicated is False and fake.deduplicated == 2 and len(fake.messages) == 2


def test_wrong_token_raises_qstash_error_401(fake: FakeQStash) -> None:
    sdk = QStash("not-the-token", base_url=fake.url)
    try:
        with pytest.raises(QStashError, match="status: 401") as info:
            sdk.message.publish_json(url=WORKER, body={})
        assert type(info.value) is QStashError
        assert '"error"' in str(info.value)  # a JSON error body, quoted in the message
    finally:
        sdk.http._client.close()
    assert fake.messages == [] and fake.requests == 1


def test_fail_next_simulates_qstash_down_without_sdk_retry(fake: FakeQStash, client: QStash) -> None:
    fake.fail_next(1, status=503)
    with pytest.raises(QStashError, match="status: 503"):
        client.message.publish_json(url=WORKER, body={})
    assert fake.requests == 1  # an HTTP error status is never retried by the SDK
    client.message.publish_json(url=WORKER, body={})
    assert len(fake.messages) == 1 and fake.requests == 2


def test_fail_next_429_is_a_rate_limit_error(fake: FakeQStash, client: QStash) -> None:
    fake.fail_next(1, status=429)
    with pytest.raises(RateLimitExceededError):
        client.message.batch_json([{"url": WORKER, "body": {}}])
    assert fake.messages == []


def test_enqueue_json_records_queue(fake: FakeQStash, client: QStash) -> None:
    client.message.enqueue_json(queue="tasks", url=WORKER, body={"q": 1})
    assert fake.messages[0].queue == "tasks" and fake.messages[0].destination == WORKER


def test_reset_forgets_messages_counters_and_dedup(fake: FakeQStash, client: QStash) -> None:
    first = client.message.publish_json(url=WORKER, body={}, deduplication_id="r")
    fake.fail_next(3)
    fake.reset()
    assert (fake.messages, fake.requests, fake.deduplicated) == ([], 0, 0)
    again = client.message.publish_json(url=WORKER, body={}, deduplication_id="r")
    assert again.deduplicated is False and again.message_id != first.message_id


# --- sign_delivery against the real qstash.Receiver -------------------------------------------

def test_signature_verifies_with_current_key(receiver: Receiver) -> None:
    receiver.verify(signature=sign_delivery(BODY, WORKER, CURRENT), body=BODY, url=WORKER)


def test_signature_verifies_with_next_key_during_rotation(receiver: Receiver) -> None:
    receiver.verify(signature=sign_delivery(BODY, WORKER, NEXT), body=BODY, url=WORKER)


def test_claims_match_qstash(receiver: Receiver) -> None:
    import jwt

    now = int(time.time())
    token = sign_delivery(BODY, WORKER, CURRENT, now=now)
    assert jwt.get_unverified_header(token) == {"alg": "HS256", "typ": "JWT"}
    claims = jwt.decode(token, CURRENT, algorithms=["HS256"])
    assert claims["iss"] == "Upstash" and claims["sub"] == WORKER
    assert (claims["nbf"], claims["iat"], claims["exp"]) == (now, now, now + 300)
    assert claims["jti"].startswith("jwt_")
    assert claims["body"] == body_claim(BODY) and claims["body"].endswith("=")  # padded, 44 chars
    assert len(claims["body"]) == 44
    # the SDK strips "=" on both sides, so an unpadded claim verifies as well
    receiver.verify(signature=sign_delivery(BODY, WORKER, CURRENT, body_hash=body_claim(BODY).rstrip("=")),
                    body=BODY, url=WORKER)


@pytest.mark.parametrize("case, token_kwargs, verify_kwargs, reason", [
    ("wrong key", {"key": OTHER}, {}, "Signature verification failed"),
    ("expired", {"now_offset": -400}, {}, "Signature has expired"),
    ("tampered body", {}, {"body": BODY.replace("CA123", "CA999")}, "Invalid body hash"),
    ("wrong url", {}, {"url": WORKER + "x"}, "Invalid subject"),
    ("forged subject", {"subject": "https://evil.example/"}, {}, "Invalid subject"),
    ("forged body hash", {"body_hash": body_claim("{}")}, {}, "Invalid body hash"),
    ("wrong issuer", {"issuer": "Someone"}, {}, "Invalid issuer"),
    ("not yet valid", {"now_offset": 120}, {}, "not yet valid"),
    ("missing sub", {"omit": ("sub",)}, {}, 'missing the "sub" claim'),
    ("missing exp", {"omit": ("exp",)}, {}, 'missing the "exp" claim'),
    ("missing nbf", {"omit": ("nbf",)}, {}, 'missing the "nbf" claim'),
])
def test_bad_signatures_raise_signature_error(receiver: Receiver, case: str, token_kwargs: dict,
                                              verify_kwargs: dict, reason: str) -> None:
    kwargs = dict(token_kwargs)
    key = kwargs.pop("key", CURRENT)
    if "now_offset" in kwargs:  # relative to when the test runs, not to when it was collected
        kwargs["now"] = int(time.time()) + kwargs.pop("now_offset")
    token = sign_delivery(BODY, WORKER, key, **kwargs)
    verify = {"signature": token, "body": BODY, "url": WORKER, **verify_kwargs}
    with pytest.raises(SignatureError) as info:
        receiver.verify(**verify)
    # After the current key fails, the Receiver retries with the next key and reports THAT error,
    # so the message is always the next key's "Signature verification failed" ...
    assert "Signature verification failed" in str(info.value), case
    # ... the real reason shows when both keys are the same.
    with pytest.raises(SignatureError, match=reason):
        Receiver(CURRENT, CURRENT).verify(**verify)


def test_missing_body_claim_raises_key_error(receiver: Receiver) -> None:
    token = sign_delivery(BODY, WORKER, CURRENT, omit=("body",))
    with pytest.raises(KeyError, match="body"):
        receiver.verify(signature=token, body=BODY, url=WORKER)


def test_missing_iat_and_jti_are_accepted(receiver: Receiver) -> None:
    receiver.verify(signature=sign_delivery(BODY, WORKER, CURRENT, omit=("iat", "jti")), body=BODY, url=WORKER)


def test_bytes_body_raises_attribute_error(receiver: Receiver) -> None:
    with pytest.raises(AttributeError):
        receiver.verify(signature=sign_delivery(BODY, WORKER, CURRENT), body=BODY.encode(), url=WORKER)  # type: ignore[arg-type]


def test_url_none_skips_the_subject_check(receiver: Receiver) -> None:
    receiver.verify(signature=sign_delivery(BODY, "https://elsewhere.example/", CURRENT), body=BODY, url=None)


def test_clock_tolerance_is_ignored(receiver: Receiver) -> None:
    token = sign_delivery(BODY, WORKER, CURRENT, now=int(time.time()) - 305)  # expired 5 s ago
    with pytest.raises(SignatureError):
        receiver.verify(signature=token, body=BODY, url=WORKER, clock_tolerance=60)


# --- delivery headers and failure callback body ------------------------------------------------

def test_delivery_headers_verify_and_forward(fake: FakeQStash, client: QStash, receiver: Receiver) -> None:
    client.message.publish_json(url=WORKER, body={"type": "x"}, headers={"X-Trace": "t-1"})
    msg = fake.messages[0]
    headers = delivery_headers(msg, CURRENT, retried=2)
    assert headers["Upstash-Message-Id"] == msg.message_id
    assert headers["Upstash-Retried"] == "2"
    assert headers["Content-Type"] == "application/json"
    assert headers["X-Trace"] == "t-1" and not any(k.startswith("Upstash-Forward-") for k in headers)
    assert headers["User-Agent"] == "Upstash-QStash"
    receiver.verify(signature=headers["Upstash-Signature"], body=msg.body, url=WORKER)
    other = delivery_headers(msg, NEXT, url=WORKER + "?proxy=1")
    assert other["Upstash-Retried"] == "0"
    with pytest.raises(SignatureError):
        receiver.verify(signature=other["Upstash-Signature"], body=msg.body, url=WORKER)
    receiver.verify(signature=other["Upstash-Signature"], body=msg.body, url=WORKER + "?proxy=1")


def test_failure_callback_body_fields(receiver: Receiver) -> None:
    msg = RecordedMessage(destination=WORKER, body=BODY, message_id="msg_abc", retries=3,
                          failure_callback=FAILED, created_at=1_700_000_000_000,
                          headers={"Content-Type": "application/json", "Upstash-Forward-X-A": "1",
                                   "Upstash-Failure-Callback": FAILED})
    raw = failure_callback_body(msg, status=502, response_body="bad gateway")
    data = json.loads(raw)
    assert data["status"] == 502 and base64.b64decode(data["body"]) == b"bad gateway"
    assert (data["retried"], data["maxRetries"]) == (3, 3)
    assert data["sourceMessageId"] == "msg_abc" and data["url"] == WORKER and data["method"] == "POST"
    assert base64.b64decode(data["sourceBody"]).decode() == BODY
    assert data["sourceHeader"] == {"Content-Type": ["application/json"], "X-A": ["1"]}
    assert data["dlqId"] and data["createdAt"] == "1700000000000"
    assert set(data) >= {"header", "notBefore", "callerIP"}
    # the callback is a signed delivery to the failure-callback URL
    receiver.verify(signature=sign_delivery(raw, FAILED, CURRENT), body=raw, url=FAILED)
