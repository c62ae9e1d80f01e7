"""Denials, warnings and reported speech: a demand the speaker disowns is not one they make.

Honest callers describe scams to warn against them, and a baited victim refuses; both put
the scammer's words ("gift card", "read me the code", "for a fee") in the speaker's mouth.
The analyzer discounts a mention inside such a scope (``_scorer._denied``).  The other side
matters as much: a threat's own condition ("if you do not pay..."), a scammer's "this is not
a scam" before the demand, or a recovery desk talking about "the fake exchange" must still
count, and one undenied mention is enough.
"""

from __future__ import annotations

import pytest

from chalicelib.analysis import analyze


@pytest.mark.parametrize("text, signal", [
    ("we will never call you and ask you to pay with a prepaid card or gift card", "gift_card"),
    ("if someone calls and asks for the code we sent just hang up", "code_demand"),
    ("people call saying they are from us and that your power will be cut off today",
     "utility_cutoff"),
    ("they called my mom saying they could speed up the payment for a fee", "fee_to_release"),
    ("unless you pay right away with a prepaid card we never do that", "gift_card"),
    ("i will not ask you for your full card number or your pin", "credential_demand"),
    ("scammers will ask you to install anydesk so they can see your screen", "remote_tool"),
    ("the full refund of 1249 plus the 89 delivery fee will go back to the credit card",
     "advance_fee"),
    # a bare negation right before the words
    ("you type it in yourself ill never need your password or your passcode", "credential_demand"),
    # the listener's own notice
    ("hi i got a disconnection notice in the mail and wanted to set up a payment", "utility_cutoff"),
    # a list carries the scope on past its 80 characters
    ("has anyone asked you to install any software on your computer like anydesk or teamviewer or "
     "ultraviewer", "remote_tool"),
    # the same denial in Spanish: an office that never asks, a warning of what the caller "says"
    ("el seguro social nunca le va a pedir pagos tarjetas de regalo ni transferencias", "gift_card"),
    ("ice no cobra por telefono y nunca con tarjetas de regalo", "gift_card"),
])
def test_a_disowned_mention_does_not_count(text: str, signal: str) -> None:
    assert signal not in analyze(text).signals


@pytest.mark.parametrize("text, signal", [
    # a threat's condition is no denial
    ("if you do not pay with gift cards today the police will come to arrest you", "gift_card"),
    ("if you dont buy the google play cards now your account will be closed", "gift_card_demand"),
    # the scammer denies being one, then demands
    ("no no this is not a scam okay now go and buy the gift cards at walmart", "gift_card_demand"),
    # a recovery desk talks about the fake exchange and the scammers, then charges
    ("we traced the funds you lost to the fake exchange we can recover them for a fee of fifteen "
     "percent paid up front", "fee_to_release"),
    ("the scammers took your money but we can get it back for a small fee", "fee_to_release"),
    # "it will be refunded later" is the advance-fee scammer's own promise, not a fee handed back
    ("you only pay a small processing fee of 25 dollars and it will be refunded with your prize",
     "advance_fee"),
    # the caller's "we have" is no listener's notice
    ("we have a disconnection order scheduled for your address today call us within the hour",
     "utility_cutoff"),
    # a warning scope ends: "dont ignore this" is no warning
    ("dont ignore this message a warrant is out for your arrest", "legal_threat"),
    # a refusal by the victim, then the demand again: one undenied mention is enough
    ("i dont want to buy gift cards sir you have to buy the gift cards or you go to jail",
     "gift_card_demand"),
])
def test_a_demand_still_counts_outside_a_denial(text: str, signal: str) -> None:
    assert signal in analyze(text).signals


def test_an_honest_utility_call_that_warns_about_scams_stays_below_the_flag() -> None:
    text = ("thank you for calling city power how can i help you hi i need a payment arrangement "
            "sure i can set that up your service stays on also a reminder people call saying they "
            "are from city power and demand payment by gift card or cash app that is a scam we "
            "will never ask you to pay that way if you get a call like that hang up and call the "
            "number on your bill")
    verdict = analyze(text)
    assert not verdict.is_scam, verdict.reasoning
    assert "gift_card" not in verdict.signals and "wire_cash" not in verdict.signals

