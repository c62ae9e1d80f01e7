"""Script fingerprints and the campaign decision, without Redis."""

from __future__ import annotations

import random

from chalicelib import campaigns, fingerprint
from tests.support.scam_campaigns import CAMPAIGNS, render

SCRIPT = ("hello this is john from the microsoft windows technical department we have detected that your computer "
          "is infected with a dangerous virus your windows license will be suspended and your ip address blocked "
          "within twenty four hours please call our certified technicians immediately at 1-888-555-0142")


def test_changed_number_and_name_leave_the_fingerprint_alone() -> None:
    other = SCRIPT.replace("john", "kevin").replace("1-888-555-0142", "eight six six five five five zero one one eight")
    assert fingerprint.signature(SCRIPT) == fingerprint.signature(other)


def test_asr_noise_keeps_a_script_recognisable() -> None:
    noisy = SCRIPT.upper().replace("microsoft", "micro soft").replace(" dangerous", "").replace("immediately ", "")
    assert fingerprint.similarity(fingerprint.signature(SCRIPT), fingerprint.signature(noisy)) >= 0.6


def test_reworded_calls_of_one_campaign_resemble_each_other_more_than_other_campaigns() -> None:
    rng = random.Random(5)
    sigs = {c.label: [fingerprint.signature(render(c, rng).text) for _ in range(6)] for c in CAMPAIGNS}
    for label, own in sigs.items():
        best_own = [max(fingerprint.similarity(s, t) for t in own if t is not s) for s in own]
        best_other = [max(fingerprint.similarity(s, t) for other, ts in sigs.items() if other != label for t in ts)
                      for s in own]
        assert max(best_other) < campaigns.WEAK_SIMILARITY < campaigns.SCRIPT_SIMILARITY, label
        assert sum(b >= campaigns.SCRIPT_SIMILARITY for b in best_own) >= 4, label


def test_short_texts_have_no_fingerprint_and_signatures_round_trip() -> None:
    assert fingerprint.signature("call me back at 415 555 0100") is None
    sig = fingerprint.signature(SCRIPT)
    assert sig is not None and len(sig) == fingerprint.HASHES
    assert fingerprint.decode(fingerprint.encode(sig)) == sig
    assert fingerprint.decode("not base64!") is None and fingerprint.decode("AAAA") is None
    assert len(fingerprint.bands(sig)) == fingerprint.BANDS and len(set(fingerprint.bands(sig))) == fingerprint.BANDS


def _state(cid: str, first: int, last: int, sig=None) -> campaigns.CampaignState:
    return campaigns.CampaignState(cid, {"first_seen": str(first), "last_seen": str(last)}, [sig] if sig else [], [])


def test_links_decide_membership() -> None:
    sig = fingerprint.signature(SCRIPT)
    unrelated = fingerprint.signature(render(CAMPAIGNS[2], random.Random(1)).text)
    s = campaigns.Sighting("CA1", "call", 10_000_000, 90, "it_support", "Microsoft", None, None, sig, "")
    camps = {"old": _state("old", 1, 9_000_000, unrelated), "same": _state("same", 5, 9_500_000, sig),
             "far": _state("far", 2, 1, unrelated), "num": _state("num", 3, 3, unrelated)}
    links = {"old": {"company"}, "same": {"script"}, "far": {"company"}, "num": {"number"}}
    # number: always; script: when similar; company+type: only recent AND somewhat similar
    assert campaigns.accepted_links(s, links, camps, window_ms=3_600_000) == ["num", "same"]


def test_campaigns_keep_three_kinds_of_intelligence_and_few_websites() -> None:
    found = campaigns.gathered_intelligence(
        "download any desk then buy google play cards or pay with bitcoin, go to refunddesk dot net, "
        "fixit dot com, helpdesk dot org or pcrepair dot net")
    assert set(found) == {"payment_methods", "remote_access_tools", "websites"}
    assert found["remote_access_tools"] == ["AnyDesk"] and "Bitcoin" in found["payment_methods"]
    assert len(found["websites"]) == campaigns.SITES_PER_DETECTION
    assert campaigns.gathered_intelligence("see you at the dentist on friday") == {
        "payment_methods": [], "remote_access_tools": [], "websites": []}
    assert campaigns.bounded_intelligence(None) == {"payment_methods": [], "remote_access_tools": [], "websites": []}
