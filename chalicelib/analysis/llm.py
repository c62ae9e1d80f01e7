"""Optional LLM second opinion: Amazon Bedrock Converse or any OpenAI-compatible endpoint.

Off by default: the offline analyzer decides unless the deployment turns this on
(``SCAM_ANALYZER=bedrock`` or ``openai``, read by settings).  The LLM is never trusted
blindly:

* its answer must be one JSON object with the expected fields and types, or it is ignored;
* any failure (timeout, HTTP error, throttling, bad JSON) returns the offline verdict, so a
  webhook never waits on or breaks because of a model;
* a callback number is used only if that same number occurs in the transcript (compared as
  E.164 after extracting numbers from the text), because a model can invent digits and the
  agent would then call an innocent stranger.

boto3 and httpx are imported inside the functions that need them (cold-start cost).
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import replace
from typing import Any

from chalicelib.errors import LLMAnswerError

from . import analyze
from ._normalize import normalize
from ._numbers import find_phone_numbers
from ._result import Analysis

__all__ = ["analyze_with_llm", "parse_llm_answer", "LLMAnswerError", "SYSTEM_PROMPT",
           "SCAM_TYPES"]

log = logging.getLogger(__name__)

SCAM_TYPES = ("crypto_exchange", "it_support", "banking", "refund", "government", "utility",
              "prize", "family_emergency", "loan_debt", "delivery", "romance_investment",
              "smishing", "other", "none")
MAX_TEXT_CHARS = 12_000

SYSTEM_PROMPT = (
    "You classify phone-call voicemail transcripts and SMS messages for a scam honeypot. "
    "Transcripts are speech-recognition output: lowercase, no punctuation, speakers mixed. "
    "Answer with ONE JSON object and nothing else, with exactly these keys: "
    '"is_scam" (true/false), "confidence" (integer 0-100, probability that it is a scam), '
    '"scam_type" (one of: ' + ", ".join(SCAM_TYPES) + '), '
    '"impersonated_company" (string or null), '
    '"callback_type" ("phone_number", "press_key" or "none"), '
    '"callback_number" (the number the caller asks to be called back on, exactly as it '
    'appears in the text, or null; never guess digits), '
    '"callback_key" (the key to press, or null), '
    '"reasoning" (one or two sentences naming the evidence).'
)


_FENCE = re.compile(r"^```(?:json)?\s*(\{.*\})\s*```$", re.DOTALL)


def parse_llm_answer(content: str) -> dict[str, Any]:
    """Parse and validate the model's answer; raise LLMAnswerError on anything unexpected.

    One Markdown code fence around the object is tolerated (models add it even when told
    not to); anything else around the object is rejected.
    """
    content = (content or "").strip()
    fenced = _FENCE.match(content)
    if fenced:
        content = fenced.group(1)
    try:
        data = json.loads(content)
    except json.JSONDecodeError as exc:
        raise LLMAnswerError(f"answer is not JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise LLMAnswerError("answer is not a JSON object")
    if not isinstance(data.get("is_scam"), bool):
        raise LLMAnswerError("is_scam must be true or false")
    confidence = data.get("confidence")
    if isinstance(confidence, bool) or not isinstance(confidence, (int, float)):
        raise LLMAnswerError("confidence must be a number")
    if not 0 <= confidence <= 100:
        raise LLMAnswerError("confidence must be within 0-100")
    for key in ("impersonated_company", "callback_number", "callback_key"):
        if data.get(key) is not None and not isinstance(data[key], (str, int)):
            raise LLMAnswerError(f"{key} must be a string or null")
    if not isinstance(data.get("reasoning", ""), str):
        raise LLMAnswerError("reasoning must be a string")
    scam_type = data.get("scam_type")
    if scam_type is not None and not isinstance(scam_type, str):
        raise LLMAnswerError("scam_type must be a string")
    return data


def _user_prompt(text: str, channel: str) -> str:
    kind = "SMS message" if channel == "sms" else "call transcript"
    return f"Classify this {kind}:\n\n{text[:MAX_TEXT_CHARS]}"


def bedrock_config(timeout: float) -> Any:
    """botocore settings for Bedrock: one attempt in all, so ``timeout`` is the LLM's whole budget.

    ``retries={"max_attempts": 1}`` would still allow a retry (legacy mode counts retries);
    ``total_max_attempts`` counts the first attempt too.
    """
    from botocore.config import Config

    return Config(connect_timeout=timeout, read_timeout=timeout, retries={"total_max_attempts": 1, "mode": "standard"})


def _ask_bedrock(text: str, channel: str, *, model: str, timeout: float,
                 client: Any = None) -> str:
    if client is None:
        import boto3  # lazy: ~340 ms to import, and only this path needs it

        client = boto3.client("bedrock-runtime", config=bedrock_config(timeout))
    response = client.converse(
        modelId=model,
        system=[{"text": SYSTEM_PROMPT}],
        messages=[{"role": "user", "content": [{"text": _user_prompt(text, channel)}]}],
        inferenceConfig={"maxTokens": 500, "temperature": 0.0},
    )
    blocks = response["output"]["message"]["content"]
    return "".join(block.get("text", "") for block in blocks)


def _ask_openai(text: str, channel: str, *, model: str, timeout: float, base_url: str | None,
                api_key: str | None, client: Any = None) -> str:
    import httpx  # lazy, like boto3

    if not base_url:
        raise LLMAnswerError("an OpenAI-compatible backend needs a base URL")
    headers = {"Content-Type": "application/json"}
    if api_key:
        headers["Authorization"] = f"Bearer {api_key}"
    body = {
        "model": model,
        "temperature": 0,
        "max_tokens": 500,
        "messages": [{"role": "system", "content": SYSTEM_PROMPT},
                     {"role": "user", "content": _user_prompt(text, channel)}],
    }
    url = base_url.rstrip("/") + "/chat/completions"
    if client is None:
        with httpx.Client(timeout=timeout) as own:
            response = own.post(url, json=body, headers=headers)
    else:
        response = client.post(url, json=body, headers=headers, timeout=timeout)
    response.raise_for_status()
    return response.json()["choices"][0]["message"]["content"]


def _grounded_number(value: Any, text: str) -> str | None:
    """The LLM's callback number in E.164, only if the same number is in the transcript."""
    if value is None:
        return None
    in_text = {cand.e164 for cand in find_phone_numbers(normalize(text))}
    claimed = find_phone_numbers(normalize(str(value)))
    for cand in claimed:
        if cand.e164 in in_text:
            return cand.e164
    return None


def _merge(offline: Analysis, answer: dict[str, Any], text: str, source: str) -> Analysis:
    confidence = int(round(float(answer["confidence"])))
    is_scam = bool(answer["is_scam"])
    scam_type = answer.get("scam_type") if answer.get("scam_type") in SCAM_TYPES else "other"
    if not is_scam:
        scam_type = "none"
    elif scam_type == "none":
        scam_type = offline.scam_type if offline.scam_type != "none" else "other"
    number = _grounded_number(answer.get("callback_number"), text) or offline.callback_number
    key = answer.get("callback_key")
    key = str(key).strip() if key is not None and re.fullmatch(r"\s*[0-9*#]\s*", str(key)) \
        else offline.callback_key
    callback_type = "phone_number" if number else ("press_key" if key else "none")
    company = answer.get("impersonated_company")
    company = str(company).strip() or None if company is not None else None
    reasoning = str(answer.get("reasoning") or "").strip()
    return replace(
        offline,
        is_scam=is_scam,
        confidence=max(0, min(100, confidence)),
        scam_type=scam_type,
        impersonated_company=company or offline.impersonated_company,
        callback_type=callback_type,
        callback_number=number,
        callback_key=key,
        reasoning=f"{source}: {reasoning} | offline: {offline.reasoning}",
        source=source,
    )


def analyze_with_llm(text: str, channel: str = "call", *, backend: str, model: str,
                     timeout: float, base_url: str | None = None, api_key: str | None = None,
                     bedrock_client: Any = None, http_client: Any = None) -> Analysis:
    """Offline verdict, then the LLM's opinion on top; the offline verdict on any failure.

    ``backend`` is ``"bedrock"`` (Converse API via boto3; ``bedrock_client`` may be given,
    e.g. stubbed) or ``"openai"`` (``POST {base_url}/chat/completions`` via httpx;
    ``http_client`` may be given).  ``timeout`` bounds the whole model call in seconds.
    """
    offline = analyze(text, channel)
    try:
        if backend == "bedrock":
            content = _ask_bedrock(text, channel, model=model, timeout=timeout,
                                   client=bedrock_client)
        elif backend == "openai":
            content = _ask_openai(text, channel, model=model, timeout=timeout,
                                  base_url=base_url, api_key=api_key, client=http_client)
        else:
            raise LLMAnswerError(f"unknown LLM backend {backend!r}")
        return _merge(offline, parse_llm_answer(content), text, backend)
    except Exception as exc:  # noqa: BLE001 - any failure means: keep the offline verdict
        log.warning("LLM second opinion failed (%s: %s); using the offline verdict",
                    type(exc).__name__, exc)
        return offline
