"""The intelligence routes' request handling: query parameters in, one answer out.

Each function takes what a route has (store, settings, query or body) and returns what it
sends back, so ``app.py`` stays a table of contents. Bad parameters are 400s that name the
parameter; unknown ids are 404s.
"""

from __future__ import annotations

from typing import Any, Mapping

from chalicelib.errors import NotFound, RequestError
from chalicelib.intel import blocklist, false_positives, reports, views
from chalicelib.settings import Settings
from chalicelib.store import Store


def list_campaigns(store: Store, settings: Settings, query: Mapping[str, str]) -> dict[str, Any]:
    """``?days=7&limit=10``: the top campaigns of the last ``days`` days."""
    days = views.int_param(query.get("days"), "days", 7, 1, settings.campaign_retention_days)
    limit = views.int_param(query.get("limit"), "limit", 10, 1, views.MAX_LIMIT)
    return views.top_campaigns(store, settings, days=days, limit=limit)


def get_campaign(store: Store, settings: Settings, cid: str, query: Mapping[str, str]) -> dict[str, Any]:
    days = views.int_param(query.get("days"), "days", 30, 1, settings.campaign_retention_days)
    found = views.campaign_detail(store, settings, cid, days=days)
    if found is None:
        raise NotFound(f"no campaign {cid[:64]!r} (it may have expired)")
    return found


def numbers(store: Store, settings: Settings, query: Mapping[str, str]) -> tuple[str, dict[str, str]]:
    """``?format=csv|json|stix&since=&min_confidence=``: the body and its headers."""
    fmt = (query.get("format") or "json").lower()
    since = blocklist.parse_since(query.get("since"))
    confidence = views.int_param(query.get("min_confidence"), "min_confidence", 0, 0, 100)
    body = blocklist.export(store, settings, fmt, since_ms=since, min_confidence=confidence,
                            stix_limit=blocklist.STIX_API_LIMIT)
    extension = "stix.json" if fmt == "stix" else fmt
    return body, {"Content-Type": blocklist.CONTENT_TYPES[fmt], "Cache-Control": "no-store",
                  "Content-Disposition": f'attachment; filename="honeyline-scam-numbers.{extension}"'}


def report(store: Store, settings: Settings, *, campaign: str | None = None, call: str | None = None) -> dict[str, Any]:
    """The FTC-ready report of a campaign or of one call/text."""
    found = reports.campaign_report(store, settings, campaign) if campaign else reports.call_report(store, settings, call or "")
    if found is None:
        raise NotFound(f"no {'campaign' if campaign else 'call'} {str(campaign or call)[:64]!r} to report")
    return found


def false_positive(store: Store, method: str, body: Any, query: Mapping[str, str]) -> dict[str, Any]:
    """GET lists (masked), POST ``{"number", "reason"}`` marks, DELETE ``?number=`` unmarks."""
    if method == "GET":
        return {"falsePositives": false_positives.listing(store)}
    if method == "POST":
        if not isinstance(body, dict):
            raise RequestError('expected a JSON body {"number": "+E164", "reason": "..."}')
        return false_positives.mark(store, false_positives.parse_number(body.get("number")), str(body.get("reason") or ""))
    return false_positives.unmark(store, false_positives.parse_number(query.get("number")))
