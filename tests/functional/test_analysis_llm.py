"""The LLM second opinion against botocore's Stubber (Bedrock) and a loopback OpenAI server."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import boto3
import httpx
import pytest
from botocore.stub import ANY, Stubber

from chalicelib.analysis import analyze, analyze_with_llm

VOICEMAIL = ("hello this is the fraud team at coin base someone tried to withdraw two bitcoin from "
             "your account call us back right away at one eight hundred five five five zero one "
             "four two to stop the transfer")
IN_TEXT = "+18005550142"


def _answer(**overrides: Any) -> str:
    answer = {"is_scam": True, "confidence": 93, "scam_type": "crypto_exchange",
              "impersonated_company": "Coinbase", "callback_type": "phone_number",
              "callback_number": "1-800-555-0142", "callback_key": None,
              "reasoning": "Claims to be Coinbase and demands an urgent callback."}
    answer.update(overrides)
    return json.dumps(answer)


def _converse_response(text: str) -> dict[str, Any]:
    return {
        "output": {"message": {"role": "assistant", "content": [{"text": text}]}},
        "stopReason": "end_turn",
        "usage": {"inputTokens": 120, "outputTokens": 60, "totalTokens": 180},
        "metrics": {"latencyMs": 420},
    }


@pytest.fixture
def bedrock() -> Iterator[tuple[Any, Stubber]]:
    client = boto3.client("bedrock-runtime", region_name="us-east-1",
                          aws_access_key_id="test", aws_secret_access_key="test")
    with Stubber(client) as stubber:
        yield client, stubber
        stubber.assert_no_pending_responses()


EXPECTED_PARAMS = {"modelId": "anthropic.claude-3-haiku", "system": ANY, "messages": ANY,
                   "inferenceConfig": ANY}


def test_bedrock_answer_is_used(bedrock: tuple[Any, Stubber]) -> None:
    client, stubber = bedrock
    stubber.add_response("converse", _converse_response(_answer()), EXPECTED_PARAMS)
    result = analyze_with_llm(VOICEMAIL, "call", backend="bedrock",
                              model="anthropic.claude-3-haiku", timeout=2.0,
                              bedrock_client=client)
    assert result.source == "bedrock"
    assert result.confidence == 93 and result.is_scam
    assert result.scam_type == "crypto_exchange"
    assert result.impersonated_company == "Coinbase"
    assert result.callback_number == IN_TEXT
    assert result.reasoning.startswith("bedrock: Claims to be Coinbase")


def test_llm_can_choose_another_number_that_is_in_the_transcript(
        bedrock: tuple[Any, Stubber]) -> None:
    client, stubber = bedrock
    text = VOICEMAIL + " or our supervisor on 212 555 0100"
    assert analyze(text).callback_number == IN_TEXT
    stubber.add_response("converse", _converse_response(_answer(callback_number="2125550100")),
                         EXPECTED_PARAMS)
    result = analyze_with_llm(text, "call", backend="bedrock", model="anthropic.claude-3-haiku",
                              timeout=2.0, bedrock_client=client)
    assert result.callback_number == "+12125550100"


def test_bedrock_invalid_json_falls_back_to_offline(bedrock: tuple[Any, Stubber]) -> None:
    client, stubber = bedrock
    stubber.add_response("converse", _converse_response("Sure! It is a scam, 90% sure."),
                         EXPECTED_PARAMS)
    result = analyze_with_llm(VOICEMAIL, "call", backend="bedrock",
                              model="anthropic.claude-3-haiku", timeout=2.0,
                              bedrock_client=client)
    assert result == analyze(VOICEMAIL, "call")
    assert result.source == "offline"


def test_bedrock_wrong_types_fall_back_to_offline(bedrock: tuple[Any, Stubber]) -> None:
    client, stubber = bedrock
    stubber.add_response("converse", _converse_response(_answer(confidence="high")),
                         EXPECTED_PARAMS)
    result = analyze_with_llm(VOICEMAIL, "call", backend="bedrock",
                              model="anthropic.claude-3-haiku", timeout=2.0,
                              bedrock_client=client)
    assert result.source == "offline"


def test_bedrock_error_falls_back_to_offline(bedrock: tuple[Any, Stubber]) -> None:
    client, stubber = bedrock
    stubber.add_client_error("converse", service_error_code="ThrottlingException",
                             http_status_code=429)
    result = analyze_with_llm(VOICEMAIL, "call", backend="bedrock",
                              model="anthropic.claude-3-haiku", timeout=2.0,
                              bedrock_client=client)
    assert result == analyze(VOICEMAIL, "call")


def test_llm_number_not_in_transcript_is_ignored(bedrock: tuple[Any, Stubber]) -> None:
    client, stubber = bedrock
    stubber.add_response("converse",
                         _converse_response(_answer(callback_number="+1 (415) 555-0199")),
                         EXPECTED_PARAMS)
    result = analyze_with_llm(VOICEMAIL, "call", backend="bedrock",
                              model="anthropic.claude-3-haiku", timeout=2.0,
                              bedrock_client=client)
    assert result.source == "bedrock"
    assert result.callback_number == IN_TEXT  # the offline number, found in the text
    no_number = "this is coinbase your account is locked call us back"
    stubber.add_response("converse",
                         _converse_response(_answer(callback_number="+1 (415) 555-0199")),
                         EXPECTED_PARAMS)
    invented = analyze_with_llm(no_number, "call", backend="bedrock",
                                model="anthropic.claude-3-haiku", timeout=2.0,
                                bedrock_client=client)
    assert invented.callback_number is None
    assert invented.callback_type == "none"


class _OpenAIHandler(BaseHTTPRequestHandler):
    """Chat completions in OpenAI's wire format; behaviour picked by the model name."""

    requests: list[dict[str, Any]] = []

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        length = int(self.headers.get("Content-Length", "0"))
        body = json.loads(self.rfile.read(length))
        type(self).requests.append({"path": self.path, "auth": self.headers.get("Authorization"),
                                    "body": body})
        model = body["model"]
        if model == "broken":
            self._send(500, {"error": {"message": "upstream exploded"}})
            return
        if model == "slow":
            time.sleep(1.5)
        content = _answer(callback_number="one eight hundred five five five zero one four two")
        self._send(200, {"id": "cmpl-1", "object": "chat.completion", "model": model,
                         "choices": [{"index": 0, "finish_reason": "stop",
                                      "message": {"role": "assistant", "content": content}}]})

    def _send(self, status: int, payload: dict[str, Any]) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        try:
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout test)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        return


@pytest.fixture(scope="module")
def openai_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _OpenAIHandler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()
    server.server_close()


def test_openai_compatible_success(openai_server: str) -> None:
    _OpenAIHandler.requests.clear()
    with httpx.Client() as client:
        result = analyze_with_llm(VOICEMAIL, "call", backend="openai", model="gpt-test",
                                  timeout=2.0, base_url=openai_server, api_key="sk-test",
                                  http_client=client)
    assert result.source == "openai" and result.confidence == 93
    assert result.callback_number == IN_TEXT
    (request,) = _OpenAIHandler.requests
    assert request["path"] == "/v1/chat/completions"
    assert request["auth"] == "Bearer sk-test"
    assert request["body"]["messages"][0]["role"] == "system"
    assert "coin base" in request["body"]["messages"][1]["content"]


def test_openai_compatible_without_a_given_client(openai_server: str) -> None:
    result = analyze_with_llm(VOICEMAIL, "call", backend="openai", model="gpt-test",
                              timeout=2.0, base_url=openai_server)
    assert result.source == "openai"


def test_openai_server_error_falls_back(openai_server: str) -> None:
    result = analyze_with_llm(VOICEMAIL, "call", backend="openai", model="broken", timeout=2.0,
                              base_url=openai_server, api_key="sk-test")
    assert result == analyze(VOICEMAIL, "call")


def test_openai_timeout_falls_back_quickly(openai_server: str) -> None:
    started = time.monotonic()
    result = analyze_with_llm(VOICEMAIL, "call", backend="openai", model="slow", timeout=0.3,
                              base_url=openai_server, api_key="sk-test")
    assert time.monotonic() - started < 1.2
    assert result == analyze(VOICEMAIL, "call")


def test_unknown_backend_falls_back() -> None:
    result = analyze_with_llm(VOICEMAIL, "call", backend="carrier-pigeon", model="x", timeout=1.0)
    assert result == analyze(VOICEMAIL, "call")


# ------------------------------------------------ the configured detector, from settings
def test_settings_choose_the_openai_compatible_backend(openai_server: str) -> None:
    from chalicelib.detection import analyze_text
    from chalicelib.settings import Settings

    _OpenAIHandler.requests.clear()
    settings = Settings.from_env({"SCAM_ANALYZER": "openai", "OPENAI_BASE_URL": openai_server,
                                  "OPENAI_API_KEY": "sk-configured", "OPENAI_MODEL": "gpt-configured",
                                  "LLM_TIMEOUT_SECONDS": "2"})
    result = analyze_text(VOICEMAIL, "call", settings)
    assert result.source == "openai" and result.callback_number == IN_TEXT
    (request,) = _OpenAIHandler.requests
    assert request["auth"] == "Bearer sk-configured" and request["body"]["model"] == "gpt-configured"


def test_settings_choose_bedrock_with_the_configured_model(bedrock: tuple[Any, Stubber]) -> None:
    from chalicelib.detection import analyze_text
    from chalicelib.settings import Settings

    client, stubber = bedrock
    stubber.add_response("converse", _converse_response(_answer()), {**EXPECTED_PARAMS, "modelId": "my-model"})
    settings = Settings.from_env({"SCAM_ANALYZER": "bedrock", "BEDROCK_MODEL_ID": "my-model"})
    assert analyze_text(VOICEMAIL, "call", settings, bedrock_client=client).source == "bedrock"


def test_settings_default_to_offline() -> None:
    from chalicelib.detection import analyze_text
    from chalicelib.settings import Settings

    result = analyze_text(VOICEMAIL, "call", Settings.from_env({}))
    assert result.source == "offline" and result.callback_number == IN_TEXT
