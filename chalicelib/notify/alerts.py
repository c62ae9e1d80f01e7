"""Alerts: what an operator is told, built once from a call record and already masked."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import Any, Mapping
from urllib.parse import urlsplit

from chalicelib.redaction import redact_text

logger = logging.getLogger(__name__)

ALERT_KINDS = ("scam_detected", "agent_call_started", "agent_call_ended")
_TITLE_MAX = 150  # Slack header block limit; short enough for an SMS too
_VALUE_MAX = 500  # one field value; keeps Slack (2000) and Telegram (4096) well inside limits


# ------------------------------------------------------------------------- alert
def _clean(value: Any, limit: int) -> str:
    """A value as alert text: stringified, single-spaced, cut to ``limit``, phone numbers masked."""
    text = " ".join(str(value).split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return str(redact_text(text) or "")


@dataclass(frozen=True)
class Alert:
    """What an operator is told. Every string is redacted on construction, whoever builds it."""

    kind: str
    subject: str
    title: str
    fields: dict[str, str] = field(default_factory=dict)
    url: str | None = None
    created_at: float = field(default_factory=time.time)

    def __post_init__(self) -> None:
        if self.kind not in ALERT_KINDS:
            raise ValueError(f"unknown alert kind {self.kind!r}; expected one of {', '.join(ALERT_KINDS)}")
        fields = {}
        for label, value in (self.fields or {}).items():
            if value is None or str(value).strip() == "":
                continue
            fields[_clean(label, 40)] = _clean(value, _VALUE_MAX)
        url = self.url.strip() if self.url else None
        if url and (redact_text(url) != url or urlsplit(url).scheme not in ("http", "https")):
            # A link the redactor would alter is either a leak or would arrive broken: drop it.
            logger.warning("alert %s for %s: dropping a dashboard link that is not a plain http(s) URL",
                           self.kind, self.subject)
            url = None
        object.__setattr__(self, "subject", _clean(self.subject, 64))
        object.__setattr__(self, "title", _clean(self.title, _TITLE_MAX))
        object.__setattr__(self, "fields", fields)
        object.__setattr__(self, "url", url)

    def lines(self) -> list[str]:
        """``Label: value`` lines, in field order."""
        return [f"{label}: {value}" for label, value in self.fields.items()]

    def text(self) -> str:
        """Plain text: title, fields, link."""
        parts = [self.title, *self.lines()]
        if self.url:
            parts.append(self.url)
        return str(redact_text("\n".join(parts)))


_SCAM_TYPES = {"it_support": "IT support", "crypto_exchange": "crypto exchange", "irs": "IRS"}


def _scam_type(value: Any) -> str | None:
    if not value or value == "none":
        return None
    return _SCAM_TYPES.get(str(value), str(value).replace("_", " "))


def format_duration(seconds: Any) -> str | None:
    """``372`` → ``6m 12s``; ``None`` for anything that is not a non-negative number."""
    try:
        total = int(round(float(seconds)))
    except (TypeError, ValueError):
        return None
    if total < 0:
        return None
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}h {minutes:02d}m"
    return f"{minutes}m {secs:02d}s" if minutes else f"{secs}s"


def _callback(analysis: Mapping[str, Any]) -> str | None:
    callback = analysis.get("callback") or {}
    if not isinstance(callback, Mapping):
        return None
    kind = callback.get("type")
    if kind == "phone_number" and callback.get("number"):
        return str(callback["number"])
    if kind == "press_key" and callback.get("key") is not None:
        return f"press {callback['key']}"
    return None


def _first(mapping: Mapping[str, Any], *names: str) -> Any:
    for name in names:
        value = mapping.get(name)
        if value not in (None, ""):
            return value
    return None


def build_alert(kind: str, subject: str, record: Mapping[str, Any] | None, extra: Mapping[str, Any] | None = None) -> Alert:
    """The alert for ``kind`` about call/message ``subject``, from its (public) call record.

    Reads ``channel``, ``from`` (masked), ``analysis`` {is_scam, confidence, scam_type,
    impersonated_company, callback {type, number (masked), key}, reasoning} and ``agent``
    {status, persona|name, duration, outcome|ended_reason|endedReason, success}. Private
    (``_``-prefixed) fields are ignored. ``extra`` adds or overrides fields; its ``url`` is
    the dashboard link, ``duration`` is seconds and ``outcome`` free text.
    """
    public = {k: v for k, v in (record or {}).items() if not str(k).startswith("_")}
    extra = dict(extra or {})
    url = extra.pop("url", None)
    analysis = public.get("analysis") if isinstance(public.get("analysis"), Mapping) else {}
    agent = public.get("agent") if isinstance(public.get("agent"), Mapping) else {}

    channel = public.get("channel") or ("sms" if str(subject).startswith(("SM", "MM")) else "call")
    what = "SMS" if channel == "sms" else "call"
    company = analysis.get("impersonated_company") or agent.get("company")
    company = None if company in (None, "", "none", "unknown") else str(company)
    confidence = analysis.get("confidence")
    seconds = extra.pop("duration") if "duration" in extra else _first(
        agent, "duration", "duration_seconds", "durationSeconds")
    duration = format_duration(seconds)
    outcome = extra.pop("outcome", None) or _first(agent, "outcome", "ended_reason", "endedReason")
    if agent.get("success") is not None and not outcome:
        outcome = "success" if agent["success"] else "ended early"

    fields: dict[str, Any] = {
        "Channel": what,
        "Company": company,
        "Scam type": _scam_type(analysis.get("scam_type")),
        "Confidence": f"{confidence}%" if isinstance(confidence, (int, float)) else None,
        "Caller": public.get("from"),
        "Callback": _callback(analysis),
    }
    if kind == "scam_detected":
        fields["Reasoning"] = _clean(analysis.get("reasoning") or "", 280) or None
    else:
        fields["Agent"] = _first(agent, "persona", "name", "assistant")
        fields["Agent status"] = agent.get("status")
        fields["Duration"] = duration
        fields["Outcome"] = outcome
    for key, value in extra.items():
        label = key if key[:1].isupper() else key.replace("_", " ").capitalize()
        fields[label] = value

    if kind == "scam_detected":
        title = f"Scam {what} detected" + (f": {company} impersonator" if company else "")
        if isinstance(confidence, (int, float)):
            title += f" ({confidence}%)"
    elif kind == "agent_call_started":
        title = f"Agent is calling back the {company} scammer" if company else "Agent call started"
    elif kind == "agent_call_ended":
        title = "Agent call ended" + (f" after {duration}" if duration else "") + (f": {outcome}" if outcome else "")
    else:
        raise ValueError(f"unknown alert kind {kind!r}; expected one of {', '.join(ALERT_KINDS)}")
    return Alert(kind=kind, subject=str(subject), title=title,
                 fields={k: str(v) for k, v in fields.items() if v not in (None, "")}, url=url)
