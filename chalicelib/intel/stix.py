"""The blocklist as a STIX 2.1 bundle (OASIS), built with the ``stix2`` library.

What threat-intelligence platforms (MISP, OpenCTI) import:

* our ``identity`` (Honeyline, a system) as ``created_by_ref`` of everything;
* one ``indicator`` per callback number, pattern ``[phone-number:value = '+1...']`` (the
  phone-number observable OpenCTI uses; STIX 2.1 has no core phone SCO), type
  ``malicious-activity``, valid from its first sighting, with our confidence;
* one ``campaign`` per scam campaign, and a ``relationship`` indicator *indicates* campaign;
* the TLP marking set by ``INTEL_TLP`` on every object. The default is TLP:AMBER: this is
  unreviewed, automatically gathered data, and TLP:CLEAR would invite republishing it.
  ``clear`` maps to the library's TLP:WHITE definition (TLP 1.0's name for the same level),
  which is what most platforms recognise.

Ids are UUIDv5 of the number / campaign id, so a re-export updates the same objects in the
platform instead of duplicating them.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timezone
from typing import Any

from chalicelib.settings import Settings

NAMESPACE = uuid.UUID("6f1c8d52-4c8b-5a57-9d5f-1f0f6c2b9a15")
IDENTITY_CREATED = "2026-01-01T00:00:00Z"


def _id(kind: str, key: str) -> str:
    return f"{kind}--{uuid.uuid5(NAMESPACE, f'honeyline:{kind}:{key}')}"


def _ts(ms: int | str) -> datetime:
    return datetime.fromtimestamp(int(ms) / 1000, tz=timezone.utc)


def _parse_iso(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def marking(level: str) -> Any:
    import stix2

    return {"clear": stix2.TLP_WHITE, "green": stix2.TLP_GREEN, "amber": stix2.TLP_AMBER, "red": stix2.TLP_RED}[level]


def bundle(rows: list[dict[str, Any]], facts: dict[str, dict[str, str]], settings: Settings) -> str:
    """Serialized bundle for the blocklist ``rows`` and the ``facts`` of their campaigns."""
    import stix2

    tlp = marking(settings.intel_tlp)
    common = {"object_marking_refs": [tlp.id]}
    identity = stix2.Identity(id=_id("identity", "honeyline"), name="Honeyline", identity_class="system",
                              description="Open-source scam-call honeypot: numbers taken from scam voicemails and texts",
                              created=IDENTITY_CREATED, modified=IDENTITY_CREATED, **common)
    common["created_by_ref"] = identity.id
    objects: list[Any] = [tlp, identity]
    campaign_ids: dict[str, str] = {}
    for cid, f in sorted(facts.items()):
        first, last = _ts(f.get("first_seen", 0)), _ts(f.get("last_seen", f.get("first_seen", 0)))
        name = f"{f.get('company') or 'Unknown sender'} {(f.get('scam_type') or 'scam').replace('_', ' ')} campaign {cid}"
        detections = int(f.get("calls", 0)) + int(f.get("texts", 0))
        campaign = stix2.Campaign(
            id=_id("campaign", cid), name=name, created=first, modified=max(first, last), first_seen=first,
            last_seen=max(first, last), objective="Defraud call recipients by phone",
            description=f"{detections} scam call(s)/text(s) seen by a Honeyline honeypot; caller IDs withheld (often spoofed).",
            **common)
        campaign_ids[cid] = campaign.id
        objects.append(campaign)
    for row in rows:
        first, last = _parse_iso(row["first_seen"]), _parse_iso(row["last_seen"])
        indicator = stix2.Indicator(
            id=_id("indicator", row["number"]), name=f"Scam callback number {row['number']}",
            description=(f"Callback number given in {row['times_seen']} scam call(s)/text(s)"
                         + (f" impersonating {row['company']}" if row["company"] else "")
                         + (f" ({row['scam_type'].replace('_', ' ')})" if row["scam_type"] else "") + "."),
            pattern=f"[phone-number:value = '{row['number']}']", pattern_type="stix", pattern_version="2.1",
            valid_from=first, created=first, modified=max(first, last), indicator_types=["malicious-activity"],
            confidence=max(0, min(100, int(row["confidence"]))), labels=["scam-callback-number"], **common)
        objects.append(indicator)
        if row["campaign"] in campaign_ids:
            objects.append(stix2.Relationship(
                id=_id("relationship", f"{row['number']}|{row['campaign']}"), relationship_type="indicates",
                source_ref=indicator.id, target_ref=campaign_ids[row["campaign"]],
                created=first, modified=max(first, last), **common))
    # stix2's pretty=True orders properties in quadratic time (~10 ms an object): indent it ourselves.
    return json.dumps(json.loads(stix2.Bundle(objects=objects, allow_custom=False).serialize()), indent=1)
