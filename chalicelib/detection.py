"""The configured scam detector: the offline analyzer, or it plus an LLM second opinion.

``SCAM_ANALYZER=offline`` (default) never leaves the process. ``bedrock`` and
``openai`` ask a model through :mod:`chalicelib.analysis.llm`, which falls back to
the offline verdict on any failure. The Bedrock client is created once per
container, on first use (boto3 costs ~340 ms of cold start).
"""

from __future__ import annotations

import threading
from typing import Any

from chalicelib.analysis import Analysis, analyze
from chalicelib.settings import Settings

_lock = threading.Lock()
_bedrock: Any = None


def _bedrock_client(timeout: float) -> Any:
    global _bedrock
    with _lock:
        if _bedrock is None:
            import boto3

            from chalicelib.analysis.llm import bedrock_config

            _bedrock = boto3.client("bedrock-runtime", config=bedrock_config(timeout))
    return _bedrock


def analyze_text(text: str, channel: str, settings: Settings, *, bedrock_client: Any = None, http_client: Any = None) -> Analysis:
    """Analyze ``text`` with the detector the settings choose."""
    if settings.scam_analyzer == "offline":
        return analyze(text, channel)
    from chalicelib.analysis.llm import analyze_with_llm

    if settings.scam_analyzer == "bedrock":
        return analyze_with_llm(
            text, channel, backend="bedrock", model=settings.bedrock_model_id, timeout=settings.llm_timeout_seconds,
            bedrock_client=bedrock_client or _bedrock_client(settings.llm_timeout_seconds),
        )
    return analyze_with_llm(
        text, channel, backend="openai", model=settings.openai_model, timeout=settings.llm_timeout_seconds,
        base_url=settings.openai_base_url, api_key=settings.openai_api_key, http_client=http_client,
    )
