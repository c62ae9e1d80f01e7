"""The offline analyzer on speech-recognition-shaped input: every scam family, every look-alike.

Texts are written the way real input arrives (lowercase, no punctuation, both speakers
mixed, voicemails one-sided) and are not taken from the evaluation files.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from chalicelib import analysis as analysis_package
from chalicelib.analysis import Analysis, analyze

SCAM_CALLS = {
    "it_support": (
        "hello this is mark from microsoft windows technical department we have detected that "
        "your computer is infected with a virus and hackers are getting your information please "
        "go to your computer and download anydesk so our technician can fix it call us back at "
        "one eight hundred five five five zero one nine nine"),
    "refund": (
        "this is a message from amazon your account has been charged 1499 dollars for an iphone "
        "fourteen pro if you did not authorize this purchase press one to speak with our "
        "cancellation department immediately"),
    "crypto_exchange": (
        "hi this is the security team at crack and we noticed an unauthorized withdrawal of "
        "bitcoin from your crack and account to secure your wallet call us immediately at "
        "8 7 7 5 5 5 0 1 4 2 and do not share your recovery phrase with anyone but our agent"),
    "banking": (
        "this is the fraud department of bank of america we detected suspicious activity on "
        "your debit card to protect your money we need to move your funds to a safe account "
        "please call us back at 888 555 0147 and have your card number ready"),
    "government": (
        "this call is from the social security administration your social security number has "
        "been suspended due to suspicious activity a warrant will be issued for your arrest "
        "if you do not call back immediately at 202 555 0186"),
    "irs": (
        "this is officer james from the internal revenue service you owe back taxes and there "
        "is a lawsuit filed against you to avoid arrest pay the amount today with google play "
        "gift cards call 1 800 555 0123"),
    "uk_police": (
        "this is the national crime agency your national insurance number has been used in "
        "criminal activity and a warrant is out for your arrest press one to speak to an "
        "officer now"),
    "utility": (
        "this is duke energy your power will be disconnected in thirty minutes because of a past "
        "due balance to avoid the shut off pay now with a prepaid card call 1 866 555 0110"),
    "prize": (
        "congratulations you have been selected as the winner of two point five million dollars "
        "and a mercedes from publishers clearing house to claim your prize you need to pay a "
        "small processing fee call our claims office at 876 555 0199"),
    "family_emergency": (
        "grandma its me your grandson i got arrested after a car accident and i need money for "
        "bail please dont tell mom the lawyer says you can send it with a gift card"),
    "loan_debt": (
        "congratulations you are pre approved for a loan of 25000 dollars to release the funds "
        "you must first pay a one time insurance fee with a prepaid card call us back today"),
    "delivery": (
        "this is fedex your package could not be delivered because of an incomplete address "
        "you must pay a redelivery fee of 2 dollars to update your delivery details press one "
        "now"),
    "romance_investment": (
        "my love i found an investment platform with guaranteed returns you can double your "
        "money in a week just buy bitcoin and send it to the wallet address i give you"),
    "auto_warranty_robocall": (
        "were calling about your cars extended warranty this is your final courtesy call before "
        "we close the file press one to speak to a specialist"),
    "geek_squad_renewal": (
        "hi this is the geek squad billing department your annual protection plan has been "
        "auto renewed and 399 dollars will be debited from your account today to cancel and "
        "get a refund call 1 eight zero zero five five five zero one three four"),
    "norton_midconversation": (
        "thank you for calling support how can i help you yes i got an email about norton your "
        "norton subscription has expired and your account will be auto charged 299 for the "
        "renewal to process the refund please open google chrome and download ultraviewer"),
}


@pytest.mark.parametrize("name", sorted(SCAM_CALLS))
def test_each_scam_family_is_flagged_with_engage_confidence(name: str) -> None:
    result = analyze(SCAM_CALLS[name])
    assert result.is_scam, result.reasoning
    assert result.confidence >= 70, result.reasoning
    assert result.reasoning.startswith("Scam signals:")


@pytest.mark.parametrize("name, expected", [
    ("it_support", "it_support"), ("refund", "refund"), ("crypto_exchange", "crypto_exchange"),
    ("banking", "banking"), ("government", "government"), ("irs", "government"),
    ("utility", "utility"), ("prize", "prize"), ("family_emergency", "family_emergency"),
    ("loan_debt", "loan_debt"), ("delivery", "delivery"),
    ("romance_investment", "romance_investment"),
])
def test_scam_type_names_the_family(name: str, expected: str) -> None:
    assert analyze(SCAM_CALLS[name]).scam_type == expected


@pytest.mark.parametrize("name, company", [
    ("it_support", "Microsoft"), ("refund", "Amazon"), ("crypto_exchange", "Kraken"),
    ("banking", "Bank of America"), ("government", "Social Security Administration"),
    ("irs", "IRS"), ("uk_police", "National Crime Agency"), ("prize", "Publishers Clearing House"),
    ("delivery", "FedEx"), ("geek_squad_renewal", "Geek Squad"), ("norton_midconversation", "Norton"),
])
def test_impersonated_company(name: str, company: str) -> None:
    assert analyze(SCAM_CALLS[name]).impersonated_company == company


def test_coarse_category_keeps_the_originals_four_types() -> None:
    assert analyze(SCAM_CALLS["crypto_exchange"]).category == "crypto_exchange"
    assert analyze(SCAM_CALLS["refund"]).category == "it_support"
    assert analyze(SCAM_CALLS["banking"]).category == "banking"
    assert analyze(SCAM_CALLS["prize"]).category == "other"


LEGIT_CALLS = {
    "appointment": (
        "hi this is sarah from doctor patels office calling to remind you of your appointment "
        "tomorrow at two thirty please call us back at 555 867 5309 if you need to reschedule"),
    "real_bank_alert": (
        "this is an automated fraud alert from chase we noticed an unusual purchase on your card "
        "if you do not recognize it please call the number on the back of your card we will "
        "never ask for your pin or online banking password"),
    "delivery": (
        "hi its dave from the furniture store your order is out for delivery and should be "
        "there between two and four ill leave it at your front door if nobody is home"),
    "doctor_results": (
        "hello this is the clinic your lab results are in and everything looks normal the "
        "doctor would like to see you for a follow up visit next month give us a call"),
    "friend": (
        "hey its jess just calling to see if youre still up for dinner on friday call me back "
        "when you get a chance love you bye"),
    "family": (
        "hi mom its me i landed safely the flight was fine ill call you tonight when i get to "
        "the hotel"),
    "wrong_number": (
        "hi is this the pizza place oh sorry i think i have the wrong number sorry to bother you"),
    "pharmacy": (
        "this is walgreens pharmacy your prescription is ready for pickup press one to hear "
        "your store hours"),
    "school": (
        "good afternoon this is the attendance office at lincoln high school your son was marked "
        "absent today please call the office if this is an error"),
}


@pytest.mark.parametrize("name", sorted(LEGIT_CALLS))
def test_legitimate_look_alikes_are_not_flagged(name: str) -> None:
    result = analyze(LEGIT_CALLS[name])
    assert not result.is_scam, result.reasoning
    assert result.confidence < 50
    assert result.scam_type == "none"
    assert not result.should_engage()


SCAM_SMS = {
    "parcel": "USPS: your package is on hold due to an incomplete address. Update here "
              "https://usps-redelivery.top/track within 24 hours or it will be returned",
    "account_lock": "Your PayPal account has been limited due to unusual sign in activity. "
                    "Verify your identity now at http://bit.ly/3xPaYp to restore access",
    "otp_request": "Hi this is the Chase fraud team, we sent you a verification code, reply "
                   "with the code to stop the suspicious transaction",
    "prize": "Congratulations! You have won a $1000 Walmart gift card. Claim your prize at "
             "www.walmart-rewards.xyz before it expires today",
    "uk_premium": "URGENT! You have won a 1 week FREE membership in our £100,000 Prize Jackpot! "
                  "Txt the word: CLAIM to No: 81010 T&C www.dbuk.net",
    "marketing": "FreeMsg: get 500 free texts and double mins on your mobile. Reply YES to "
                 "87077 now. Reply STOP to opt out",
    "toll": "E-ZPass: You have an unpaid toll of $4.15. Pay now at https://ezpass-pay.info to "
            "avoid a late fee of $50",
    "family": "Hi mum I lost my phone, this is my new number. Can you send me 300 for rent, I "
              "need it today",
    "dmv_fine": "DMV notice: your driving privileges will be suspended on 12/02 due to an unpaid "
                "fine. Pay at dmv-ca.gov-pay.top",
    "lookalike_domain": "Amazon: your account is locked. Verify at amazon-verify.com/login",
    "job_offer": "Hi, we are hiring! Part time remote job, daily pay 300-800 dollars. Reply or "
                 "WhatsApp me to apply",
}


@pytest.mark.parametrize("name", sorted(SCAM_SMS))
def test_smishing_and_spam_sms_are_flagged(name: str) -> None:
    result = analyze(SCAM_SMS[name], "sms")
    assert result.is_scam, result.reasoning


LEGIT_SMS = {
    "otp": "Your verification code is 482913. Do not share this code with anyone. We will "
           "never call you to ask for it.",
    "appointment": "Reminder: your appointment with Dr. Lee is tomorrow at 3:00 PM. Reply C to "
                   "confirm or call 555-867-5309 to reschedule.",
    "bank_alert": "Chase: Did you make a purchase of $45.12 at TARGET? Reply YES or NO.",
    "delivery": "Your Amazon package was delivered and left at your front door.",
    "friend": "are we still on for lunch tomorrow? call me when you're free",
    "family": "I'm at the shops, do you want me to pick anything up for dinner?",
}


@pytest.mark.parametrize("name", sorted(LEGIT_SMS))
def test_legitimate_sms_are_not_flagged(name: str) -> None:
    result = analyze(LEGIT_SMS[name], "sms")
    assert not result.is_scam, result.reasoning


def test_speaker_labels_do_not_change_the_verdict() -> None:
    labelled = ("Suspect: This is Microsoft technical support. Your computer has a virus. "
                "Innocent: Oh no. Suspect: Please install TeamViewer so I can access your "
                "computer.")
    bare = ("this is microsoft technical support your computer has a virus oh no please install "
            "teamviewer so i can access your computer")
    assert analyze(labelled).confidence == analyze(bare).confidence


def test_analysis_is_frozen_and_serialises_to_the_design_line() -> None:
    result = analyze(SCAM_CALLS["government"])
    with pytest.raises(AttributeError):
        result.is_scam = False  # type: ignore[misc]
    line = result.to_dict(id="rec-1")
    assert list(line) == ["id", "is_scam", "confidence", "scam_type", "impersonated_company",
                          "callback", "reasoning"]
    assert line["id"] == "rec-1"
    assert line["callback"] == {"type": "phone_number", "number": "+12025550186", "key": None}
    assert isinstance(line["confidence"], int) and 0 <= line["confidence"] <= 100


def test_should_engage_needs_a_confident_scam_with_a_phone_number() -> None:
    with_number = analyze(SCAM_CALLS["government"])
    press_key_only = analyze(SCAM_CALLS["uk_police"])
    assert with_number.should_engage()
    assert not with_number.should_engage(threshold=101)
    assert press_key_only.is_scam and not press_key_only.should_engage()
    assert press_key_only.callback_type == "press_key" and press_key_only.callback_key == "1"


def test_empty_and_unknown_channel_inputs_are_safe() -> None:
    empty = analyze("")
    assert isinstance(empty, Analysis)
    assert not empty.is_scam and empty.callback_type == "none"
    assert analyze("hello", channel="fax").scam_type == "none"


def test_one_alarming_word_alone_does_not_flag() -> None:
    for text in ("its urgent call me", "i got a refund from the store today",
                 "my computer has a virus again lol", "did you see the police outside"):
        assert not analyze(text).is_scam, text


def test_no_verdict_claims_certainty() -> None:
    """The rules are evidence, not proof: the most blatant scam reads 99%, never 100%."""
    blatant = ("this is the irs there is a warrant for your arrest buy google play gift cards "
               "and read me the numbers on the back do not tell anyone call 202 555 0147 now")
    assert analyze(blatant).confidence == 99


def test_each_language_table_names_a_signal_once() -> None:
    """A second entry for the same signal in one language's table silently replaces the first
    (a dict literal keeps the last), so the first's phrases would stop firing."""
    repeated = {}
    for path in sorted(Path(analysis_package.__file__).parent.glob("_signals_*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Dict):
                keys = [key.value for key in node.keys if isinstance(key, ast.Constant)]
                twice = sorted({key for key in keys if keys.count(key) > 1})
                if twice:
                    repeated[path.name] = twice
    assert repeated == {}
