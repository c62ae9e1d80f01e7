"""Scam campaigns: the calls and texts that one operation sends, linked across time.

A detection joins a campaign when it shares one of these with it:

* **the callback number** (E.164), or the number + key of a press-key line;
* **the script**: a near-duplicate transcript (:mod:`chalicelib.fingerprint`: MinHash of
  word pairs, with numbers, names and filler removed), estimated similarity ≥ ``SCRIPT_SIMILARITY``
  with one of the campaign's recent members;
* **the impersonated company and scam type within a window** (``CAMPAIGN_WINDOW_HOURS``),
  backed by a weaker script similarity (``WEAK_SIMILARITY``): two gangs both claiming to be
  Amazon are not one campaign unless they also sound alike.

A detection that links several campaigns merges them into the oldest; the others become
aliases (``hl:camp:alias``) so ids handed out earlier still resolve. Caller IDs never link
anything (they are spoofed, often from innocent people's numbers): they are only counted
(a HyperLogLog of their hashes) and a few are kept masked for display.

Exactly once: :func:`detection_commands` reads (two round trips) and decides; its writes
are committed atomically with the pipeline's analysis step (one claim, one script), and
they set ``hl:camp:of:<subject>`` (the call's campaign), so that any later run for the same
call writes nothing. A crash before the commit leaves nothing half-done. :func:`record_detection` does
the same on its own claim, for tests and backfills.

Memory is bounded: every key expires ``CAMPAIGN_RETENTION_DAYS`` (90) after its last write;
per campaign at most ``CALLS_CAP`` calls, ``NUMBERS_CAP`` callback numbers, ``SIGS_CAP``
signatures, ``MASKED_CAP`` masked caller IDs and ``SITES_CAP`` websites are kept (the counters
stay exact); the LSH index lives in one hash per month, dropped with its month. The blocklist's
per-number records are in :mod:`chalicelib.intel`'s keys, written here in the same step.

Key map (``<tag>`` is :func:`chalicelib.safety.number_key`, never a clear number)::

    hl:camp:<id>            hash   id, first_seen, last_seen, calls, texts, company, scam_type,
                                   transcript, confidence, agent_*, outcome:<reason>, intel:<kind>:<value>
    hl:camp:<id>:calls      zset   subject → ms          hl:camp:<id>:numbers  zset  number → ms
    hl:camp:<id>:callers    HLL    caller-ID hashes      hl:camp:<id>:masked   list  masked caller IDs
    hl:camp:<id>:sigs       list   script signatures     hl:camp:<id>:sites    zset  website → ms
    hl:camp:idx:<YYYYMM>    hash   b<band>:<hash> | n:<tag> | k:<tag>:<key> | c:<company>|<type> → id
    hl:camp:alias           hash   merged id → surviving id
    hl:camps                zset   id → last seen ms      hl:camps:day:<YYYYMMDD>  zset  id → detections
    hl:camp:of:<subject>    string the subject's campaign, and the mark that it was recorded (exactly once)
    hl:intel:num:<tag>      hash   one callback number    hl:intel:numbers  zset  number → last seen ms
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass, field
from typing import Any, Iterable

from chalicelib import fingerprint
from chalicelib.calls import CallRegistry, record_key
from chalicelib.redaction import mask_phone, redact_text
from chalicelib.safety import number_key
from chalicelib.settings import Settings
from chalicelib.store import Command, Store

SCRIPT_SIMILARITY = 0.12
WEAK_SIMILARITY = 0.08
CALLS_CAP = 500
NUMBERS_CAP = 50
SIGS_CAP = 16
MASKED_CAP = 10
SITES_CAP = 20
NUMBERS_INDEX_CAP = 20_000
ALIAS_HOPS = 4
TRANSCRIPT_CHARS = 1500

ALIAS_KEY = "hl:camp:alias"
INDEX_KEY = "hl:camps"
NUMBERS_KEY = "hl:intel:numbers"
SUFFIXES = ("calls", "numbers", "callers", "masked", "sigs", "sites")
COUNTERS = ("calls", "texts", "agent_calls", "agent_seconds", "agent_successes")


# --------------------------------------------------------------------- keys
def camp_key(cid: str, suffix: str = "") -> str:
    return f"hl:camp:{cid}:{suffix}" if suffix else f"hl:camp:{cid}"


def day_key(ms: float) -> str:
    return "hl:camps:day:" + time.strftime("%Y%m%d", time.gmtime(ms / 1000))


def bucket_key(ms: float) -> str:
    return "hl:camp:idx:" + time.strftime("%Y%m", time.gmtime(ms / 1000))


def number_record_key(number: str) -> str:
    return f"hl:intel:num:{number_key(number)}"


def of_key(subject: str) -> str:
    return f"hl:camp:of:{subject}"


def retention_seconds(settings: Settings) -> int:
    return settings.campaign_retention_days * 86_400


def _buckets(now_ms: float, settings: Settings) -> list[str]:
    """The monthly index hashes that can still hold links younger than the retention."""
    keys, ms, oldest = [], now_ms, now_ms - retention_seconds(settings) * 1000
    while True:
        key = bucket_key(ms)
        if key not in keys:
            keys.append(key)
        if ms <= oldest:
            return keys
        ms = max(oldest, ms - 28 * 86_400_000)


# ------------------------------------------------------------ intelligence
SITES_PER_DETECTION = 3
INTEL_KINDS = ("payment_methods", "remote_access_tools", "websites")


def gathered_intelligence(text: str) -> dict[str, list[str]]:
    """Payment methods, remote-access tools and websites a scam text names.

    The conversation analysis's extractor (issue 12); numbers and names it also finds are
    not kept here (the agent's persona makes some up; names are not intelligence to share).
    """
    from chalicelib.analysis.conversation import extract_intelligence

    return bounded_intelligence(extract_intelligence(text or ""))


def bounded_intelligence(found: Any) -> dict[str, list[str]]:
    """The kinds a campaign keeps, websites capped per detection (memory stays bounded)."""
    found = found if isinstance(found, dict) else {}
    kept = {kind: [str(v)[:80] for v in found.get(kind) or [] if v] for kind in INTEL_KINDS}
    kept["websites"] = kept["websites"][:SITES_PER_DETECTION]
    return kept


def _intel_counters(intel: dict[str, list[str]]) -> list[str]:
    """Counter fields (``intel:<kind>:<value>``) for the bounded vocabularies; websites go to a zset."""
    return [f"intel:{kind}:{value}" for kind in ("payment_methods", "remote_access_tools") for value in intel.get(kind, [])]


# ------------------------------------------------------------------ deciding
@dataclass
class Sighting:
    """One scam detection, as the campaign step sees it."""

    subject: str
    channel: str
    ms: int
    confidence: int
    scam_type: str
    company: str | None
    number: str | None
    key: str | None
    sig: tuple[int, ...] | None
    transcript: str
    intel: dict[str, list[str]] = field(default_factory=dict)
    caller: str | None = None

    def index_fields(self) -> dict[str, str]:
        """The links this detection offers, as index field names."""
        fields = {}
        if self.sig:
            fields.update({f"b{band}": "script" for band in fingerprint.bands(self.sig)})
        if self.number:
            fields[f"n:{number_key(self.number)}"] = "number"
            if self.key:
                fields[f"k:{number_key(self.number)}:{self.key}"] = "number"
        if self.company and self.scam_type not in ("none", ""):
            fields[f"c:{self.company.lower()}|{self.scam_type}"] = "company"
        return fields


@dataclass
class CampaignState:
    """What the decision needs to know about an existing campaign."""

    cid: str
    fields: dict[str, str]
    sigs: list[tuple[int, ...]]
    masked: list[str]

    @property
    def first_seen(self) -> int:
        return int(self.fields.get("first_seen") or 0)

    @property
    def last_seen(self) -> int:
        return int(self.fields.get("last_seen") or 0)

    def best_similarity(self, sig: tuple[int, ...] | None) -> float:
        return max((fingerprint.similarity(sig, s) for s in self.sigs), default=0.0) if sig else 0.0


def accepted_links(sighting: Sighting, links: dict[str, set[str]], camps: dict[str, CampaignState],
                   window_ms: int) -> list[str]:
    """The campaigns this detection belongs to, oldest first (pure: tested without Redis)."""
    accepted = []
    for cid, reasons in links.items():
        camp = camps.get(cid)
        if camp is None:
            continue
        similar = camp.best_similarity(sighting.sig)
        recent = abs(sighting.ms - camp.last_seen) <= window_ms
        if ("number" in reasons or similar >= SCRIPT_SIMILARITY
                or ("company" in reasons and recent and similar >= WEAK_SIMILARITY)):
            accepted.append(cid)
    return sorted(accepted, key=lambda c: (camps[c].first_seen, c))


def new_campaign_id(subject: str) -> str:
    """Deterministic, so a re-run of the same detection names the same campaign."""
    return "cmp_" + hashlib.sha256(subject.encode()).hexdigest()[:12]


# -------------------------------------------------------------------- reading
def _hash(flat: list[Any] | None) -> dict[str, str]:
    flat = flat or []
    return {str(k): str(v) for k, v in zip(flat[::2], flat[1::2])}


def resolve(store: Store, ids: Iterable[str]) -> dict[str, str]:
    """Map campaign ids (merged ones included) to the ids that survive; one round trip per hop."""
    mapping = {cid: cid for cid in ids if cid}
    pending = sorted(set(mapping.values()))
    for _ in range(ALIAS_HOPS):
        if not pending:
            break
        targets = dict(zip(pending, store.execute("hmget", ALIAS_KEY, *pending) or []))
        moved = {cid: t for cid, t in targets.items() if t}
        if not moved:
            break
        mapping = {k: moved.get(v, v) for k, v in mapping.items()}
        pending = sorted(set(moved.values()))
    return mapping


def _load_states(store: Store, ids: list[str]) -> dict[str, CampaignState]:
    if not ids:
        return {}
    commands: list[Command] = []
    for cid in ids:
        commands += [("hgetall", camp_key(cid)), ("lrange", camp_key(cid, "sigs"), 0, -1),
                     ("lrange", camp_key(cid, "masked"), 0, -1)]
    replies = store.pipeline(commands)
    states = {}
    for i, cid in enumerate(ids):
        fields, sigs, masked = _hash(replies[3 * i]), replies[3 * i + 1] or [], replies[3 * i + 2] or []
        if fields:
            decoded = [s for s in (fingerprint.decode(x) for x in sigs) if s]
            states[cid] = CampaignState(cid, fields, decoded, [str(m) for m in masked])
    return states


# -------------------------------------------------------------------- writing
def _merge_commands(target: CampaignState, others: list[CampaignState], settings: Settings) -> list[Command]:
    """Fold ``others`` into ``target``: exact counters, capped lists, aliases, and the old keys gone."""
    ttl = retention_seconds(settings)
    commands: list[Command] = []
    for other in others:
        for name, value in other.fields.items():
            if name in COUNTERS or name.startswith(("outcome:", "intel:")):
                commands.append(("hincrby", camp_key(target.cid), name, int(value)))
        for suffix in ("calls", "numbers", "sites"):
            key = camp_key(target.cid, suffix)
            commands.append(("zunionstore", key, 2, key, camp_key(other.cid, suffix), "aggregate", "max"))
        commands += [("pfmerge", camp_key(target.cid, "callers"), camp_key(target.cid, "callers"), camp_key(other.cid, "callers")),
                     ("hset", ALIAS_KEY, other.cid, target.cid), ("expire", ALIAS_KEY, ttl),
                     ("zrem", INDEX_KEY, other.cid),
                     ("del", camp_key(other.cid), *(camp_key(other.cid, s) for s in SUFFIXES))]
    everyone = [target, *others]
    first = min(c.first_seen for c in everyone if c.first_seen) if any(c.first_seen for c in everyone) else 0
    commands += [("hset", camp_key(target.cid), "first_seen", first,
                  "last_seen", max(c.last_seen for c in everyone),
                  "confidence", max(int(c.fields.get("confidence") or 0) for c in everyone))]
    for name in ("company", "scam_type", "transcript"):
        for other in others:
            if other.fields.get(name):
                commands.append(("hsetnx", camp_key(target.cid), name, other.fields[name]))
    sigs = [fingerprint.encode(s) for c in everyone for s in c.sigs][:SIGS_CAP]
    masked = list(dict.fromkeys(m for c in everyone for m in c.masked))[:MASKED_CAP]
    for suffix, values in (("sigs", sigs), ("masked", masked)):
        commands.append(("del", camp_key(target.cid, suffix)))
        if values:
            commands.append(("rpush", camp_key(target.cid, suffix), *values))
    # ZUNIONSTORE, PFMERGE and DEL + RPUSH leave their destination without a TTL.
    commands += [("expire", k, ttl) for k in (camp_key(target.cid), *(camp_key(target.cid, s) for s in SUFFIXES))]
    return commands


def _detection_commands(cid: str, s: Sighting, existing: CampaignState | None, number_record: dict[str, str],
                        settings: Settings) -> list[Command]:
    """Everything one detection adds: the campaign, its index links, the blocklist entry, the day count."""
    ttl = retention_seconds(settings)
    key = camp_key(cid)
    confidence = max(s.confidence, int((existing.fields.get("confidence") if existing else 0) or 0))
    first_values = {"id": cid, "first_seen": s.ms, "company": s.company, "scam_type": s.scam_type,
                    "transcript": s.transcript[:TRANSCRIPT_CHARS]}
    known = existing.fields if existing else {}
    commands: list[Command] = [
        ("hset", key, "last_seen", max(s.ms, existing.last_seen if existing else 0), "confidence", confidence),
        ("hincrby", key, "texts" if s.channel == "sms" else "calls", 1),
        ("zadd", camp_key(cid, "calls"), s.ms, s.subject), ("zremrangebyrank", camp_key(cid, "calls"), 0, -CALLS_CAP - 1),
    ]
    # Values a campaign keeps from its first detection that had them: HSETNX, since another
    # detection may have set them between this read and the commit.
    commands += [("hsetnx", key, name, value) for name, value in first_values.items() if value and name not in known]
    touched = [key, camp_key(cid, "calls")]
    commands += [("hincrby", key, name, 1) for name in _intel_counters(s.intel)]
    if s.intel.get("websites"):
        commands += [("zadd", camp_key(cid, "sites"), *[x for site in s.intel["websites"] for x in (s.ms, site)]),
                     ("zremrangebyrank", camp_key(cid, "sites"), 0, -SITES_CAP - 1)]
        touched.append(camp_key(cid, "sites"))
    if s.number:
        commands += [("zadd", camp_key(cid, "numbers"), s.ms, s.number),
                     ("zremrangebyrank", camp_key(cid, "numbers"), 0, -NUMBERS_CAP - 1)]
        commands += _number_commands(cid, s, number_record, settings)
        touched.append(camp_key(cid, "numbers"))
    if s.caller:
        masked = mask_phone(s.caller) or "unknown"
        commands += [("pfadd", camp_key(cid, "callers"), number_key(s.caller)),
                     ("lrem", camp_key(cid, "masked"), 0, masked), ("lpush", camp_key(cid, "masked"), masked),
                     ("ltrim", camp_key(cid, "masked"), 0, MASKED_CAP - 1)]
        touched += [camp_key(cid, "callers"), camp_key(cid, "masked")]
    if s.sig:
        commands += [("lpush", camp_key(cid, "sigs"), fingerprint.encode(s.sig)),
                     ("ltrim", camp_key(cid, "sigs"), 0, SIGS_CAP - 1)]
        touched.append(camp_key(cid, "sigs"))
    commands += [("expire", k, ttl) for k in touched]  # every key lives RETENTION after its last write
    bucket = bucket_key(s.ms)
    flat = [x for name in s.index_fields() for x in (name, cid)]
    if flat:
        commands += [("hset", bucket, *flat), ("expire", bucket, ttl + 31 * 86_400)]
    commands += [
        ("zadd", INDEX_KEY, s.ms, cid), ("zremrangebyscore", INDEX_KEY, "-inf", s.ms - ttl * 1000),
        ("expire", INDEX_KEY, ttl),
        ("zincrby", day_key(s.ms), 1, cid), ("expire", day_key(s.ms), ttl),
        ("set", of_key(s.subject), cid, "ex", ttl),
    ]
    return commands


def _number_commands(cid: str, s: Sighting, record: dict[str, str], settings: Settings) -> list[Command]:
    """The blocklist entry of a callback number (in full: it is the scammers' advertised line)."""
    assert s.number
    ttl = retention_seconds(settings)
    key = number_record_key(s.number)
    fields: list[Any] = ["number", s.number, "last_seen", max(s.ms, int(record.get("last_seen") or 0)),
                         "campaign", cid, "confidence", max(s.confidence, int(record.get("confidence") or 0))]
    if s.company:
        fields += ["company", s.company]
    if s.scam_type:
        fields += ["scam_type", s.scam_type]
    if s.key:
        fields += ["key", s.key]
    return [
        ("hsetnx", key, "first_seen", s.ms), ("hset", key, *fields), ("hincrby", key, "times_seen", 1),
        ("expire", key, ttl),
        ("zadd", NUMBERS_KEY, s.ms, s.number), ("zremrangebyscore", NUMBERS_KEY, "-inf", s.ms - ttl * 1000),
        ("zremrangebyrank", NUMBERS_KEY, 0, -NUMBERS_INDEX_CAP - 1), ("expire", NUMBERS_KEY, ttl),
    ]


# ------------------------------------------------------------------- the step
def sighting_from(subject: str, channel: str, text: str, analysis: Any, *, ms: int | None = None) -> Sighting:
    """What a campaign needs from a detection (``analysis`` is an :class:`~chalicelib.analysis.Analysis`)."""
    number = analysis.callback_number if analysis.callback_type in ("phone_number", "press_key") else None
    return Sighting(
        subject=subject, channel=channel, ms=int(time.time() * 1000) if ms is None else ms,
        confidence=int(analysis.confidence), scam_type=analysis.scam_type or "", company=analysis.impersonated_company,
        number=number, key=analysis.callback_key if number else None, sig=fingerprint.signature(text),
        transcript=redact_text(text) or "", intel=gathered_intelligence(text),
    )


def detection_commands(store: Store, settings: Settings, subject: str, channel: str, text: str, analysis: Any,
                       *, ms: int | None = None) -> tuple[list[Command], dict[str, Any]]:
    """Read the links (two round trips), decide, and return the writes that add this detection.

    The writes belong in one atomic step with the claim of the work that found the scam
    (the pipeline's analysis step commits them with its own writes), so they apply exactly
    once. They also set ``hl:camp:of:<subject>``: a later run for the same subject reads
    it and returns no writes. Returns ``(commands, {"campaign", "merged", "links"})``.
    """
    s = sighting_from(subject, channel, text, analysis, ms=ms)
    links_offered = s.index_fields()
    fields = list(links_offered)
    buckets = _buckets(s.ms, settings) if fields else []
    commands: list[Command] = [("exists", of_key(subject)), ("hget", record_key(subject), "_from")]
    commands += [("hmget", bucket, *fields) for bucket in buckets]
    if s.number:
        commands.append(("hgetall", number_record_key(s.number)))
    replies = store.pipeline(commands)
    if replies[0]:
        return [], {"campaign": None, "duplicate": True}
    caller = json.loads(replies[1]) if replies[1] else None
    s.caller = caller if isinstance(caller, str) else None
    number_record = _hash(replies[-1]) if s.number else {}
    raw_links: dict[str, set[str]] = {}
    for reply in replies[2:2 + len(buckets)]:
        for name, cid in zip(fields, reply or []):
            if cid:
                raw_links.setdefault(str(cid), set()).add(links_offered[name])
    mapping = resolve(store, raw_links)
    links: dict[str, set[str]] = {}
    for raw, reasons in raw_links.items():
        links.setdefault(mapping[raw], set()).update(reasons)
    states = _load_states(store, sorted(links))
    accepted = accepted_links(s, links, states, settings.campaign_window_hours * 3_600_000)
    cid = accepted[0] if accepted else new_campaign_id(subject)
    writes: list[Command] = []
    if len(accepted) > 1:
        writes += _merge_commands(states[cid], [states[c] for c in accepted[1:]], settings)
    writes += _detection_commands(cid, s, states.get(cid), number_record, settings)
    writes += CallRegistry(store, settings).update_record_commands(subject, {"campaign": cid})
    return writes, {"campaign": cid, "merged": accepted[1:], "links": sorted({r for c in accepted for r in links[c]})}


def record_detection(store: Store, settings: Settings, subject: str, channel: str, text: str, analysis: Any,
                     *, ms: int | None = None) -> dict[str, Any]:
    """:func:`detection_commands`, applied on their own in one atomic claim-and-write (tests, backfills).

    The claim is a key of its own: ``claim_then`` stores its outcome in the claim key, which
    must not be ``hl:camp:of:<subject>``.

    Returns ``{"campaign": id, "merged": [...], "links": [...]}``, or ``{"campaign": None,
    "duplicate": True}`` when this subject was already recorded.
    """
    writes, outcome = detection_commands(store, settings, subject, channel, text, analysis, ms=ms)
    if not writes or store.claim_then(f"hl:camp:claim:{subject}", retention_seconds(settings), writes) is None:
        return {"campaign": None, "duplicate": True}
    return outcome


def agent_report_commands(store: Store, settings: Settings, subject: str, *, seconds: float, success: bool,
                          ended_reason: str, intelligence: Any) -> list[Command]:
    """The agent's call on a campaign's number: minutes, outcome and intelligence, for the report's claim.

    ``intelligence`` is what the conversation analysis heard from the callee (the scammer) in
    their own words; numbers in it are not taken (a blocklist entry needs a voicemail or text).
    """
    cid = store.execute("get", of_key(subject))
    if not cid:
        return []
    cid = resolve(store, [cid])[cid]
    key = camp_key(cid)
    intel = bounded_intelligence(intelligence)
    commands: list[Command] = [
        ("hincrby", key, "agent_calls", 1), ("hincrby", key, "agent_seconds", round(seconds)),
        ("hincrby", key, "agent_successes", int(success)),
        ("hincrby", key, f"outcome:{(ended_reason or 'unknown')[:60]}", 1),
        *[("hincrby", key, name, 1) for name in _intel_counters(intel)],
        *[("zadd", camp_key(cid, "sites"), int(time.time() * 1000), site) for site in intel["websites"]],
    ]
    return commands + [("expire", key, retention_seconds(settings))]
