"""Premium-text spam and the long con: flagged as scams, engaged only where it is safe.

Texts and transcripts here were written for these tests (not taken from any data set).
Premium SMS adverts are spam a honeypot must flag, but their numbers are premium-rate
lines or short codes: the safety rules (not a timed or patched stub: the real
``safety.check_number``) refuse to let the agent ring them.  Long-con calls (investment,
romance, "recovery") often hold no payment demand yet; two pieces of their evidence
together are enough.  Each group has honest look-alikes that must stay below the flag.
"""

from __future__ import annotations

import pytest

from chalicelib import safety
from chalicelib.analysis import analyze
from chalicelib.analysis._normalize import KEYWORD_MARK, normalize_for
from chalicelib.settings import Settings

PREMIUM_SPAM = {
    "premium_prize": "Congratulations! Your mobile number has been picked for a £750 cash bonus. To "
                     "claim call 09058094597 from a landline before midnight. 150ppm, PO Box 1234",
    "horoscope_keyword": "Ur weekly horoscope & love match is ready! Txt STAR ARIES to 87121 now. "
                         "£1.50/msg, std ntwk chg. Reply END to unsubscribe",
    "chat_line": "Bored tonight? Hundreds of local singles want to chat. Text CHAT to 69888 & get "
                 "chatting! 18+ only, 25p per msg",
    "ringtone_club": "New ringtones every week for your mobile! Reply TONES to 85023 to join the club, "
                     "£3/wk. Help? call 08712400602",
    "quiz": "Quiz time! Which planet is the red planet? Send A or B to 83370. Win a £200 voucher! "
            "Correct or incorrect, cost 50p",
    "content_keyword": "Your free game is waiting. Reply PLAY to get it on your phone, then save and "
                       "activate. Terms apply",
}

HONEST_SMS = {
    "pharmacy_opt_out": "Walgreens: your prescription is ready for pickup. Reply STOP to opt out, HELP "
                        "for help.",
    "bank_yes_no": "Chase: Did you make a purchase of $45.12 at TARGET? Reply YES or NO.",
    "code": "Your verification code is 482913. Do not share this code with anyone.",
    "dad_whatsapp": "Landed safe. Call me on WhatsApp when you're up, the hotel wifi is slow.",
    "shouting_friend": "TEXT ME BACK WHEN YOU GET THIS",
    "appointment": "Reminder: dental cleaning Tue 3pm. Reply C to confirm or R to reschedule.",
}

LONG_CON = {
    # a stranger's pitch with no payment demand yet: returns plus a platform or a mentor
    "mentor_signals": "my aunt is an analyst she posts the signals in a private group every evening "
                      "you follow exactly and you double your savings in two months",
    "wrong_number_pitch": "oh sorry i think i have the wrong number but you sound lovely i do gold "
                          "trading with my mentor last week i made thirty percent you cannot lose",
    "recovery_fee": "we traced the funds you lost to the fake exchange we can recover them for a fee "
                    "of fifteen percent paid up front",
    "sweetheart_abroad": "i am an engineer working offshore my love and customs are holding my gold "
                         "i need you to pay the clearance fee then the package is released",
    "move_to_telegram": "the trading platform support is only on telegram add me on telegram and i "
                        "will show you how to open an account on the platform",
}

HONEST_CALLS = {
    "advisor_review": "hi this is the financial advisor from your bank your annual review is due "
                      "please call us back at 617 555 0134 to pick a time no rush",
    "exchange_support": "you reached the exchange support team i will never ask for your password or "
                        "your two factor code how can i help today",
    "identity_check": "thank you for calling the bank for security can you confirm your date of birth "
                      "and the last four digits of your social security number thank you",
    "friend_crypto": "hey its mike did you see bitcoin dropped again i only put in a hundred dollars "
                     "last year so i am not worried talk soon",
    "family_whatsapp": "hi mum the flight landed everything is fine i will call you on whatsapp "
                       "tomorrow love you",
}


@pytest.fixture
def uk_settings() -> Settings:
    """The UCI texts are British: allow GB so only the number *type* can refuse a call."""
    return Settings.from_env({"AGENT_ALLOWED_COUNTRIES": "GB,US"})


@pytest.mark.parametrize("name", sorted(PREMIUM_SPAM))
def test_premium_sms_spam_is_flagged_but_never_rung(name: str, uk_settings: Settings) -> None:
    text = PREMIUM_SPAM[name]
    result = analyze(text, "sms")
    assert result.is_scam, result.reasoning
    if result.should_engage():  # only with a number, and then safety must refuse it
        with pytest.raises(safety.Refusal) as refused:
            safety.check_number(result.callback_number, text, uk_settings)
        assert refused.value.rule in ("premium", "short_code"), refused.value.rule
    else:
        assert result.callback_number is None, result


@pytest.mark.parametrize("name", sorted(HONEST_SMS))
def test_honest_texts_with_keywords_or_apps_are_not_flagged(name: str) -> None:
    result = analyze(HONEST_SMS[name], "sms")
    assert not result.is_scam, result.reasoning


def test_keyword_marker_needs_a_capitalised_keyword_after_an_ordinary_verb() -> None:
    assert KEYWORD_MARK in normalize_for("Reply POST, then save", "sms")
    assert KEYWORD_MARK in normalize_for("text back the keyword PICS1 to get the next", "sms")
    for honest in ("Reply YES or NO", "TEXT ME BACK", "Reply STOP to opt out", "text me later"):
        assert KEYWORD_MARK not in normalize_for(honest, "sms"), honest
    # calls are spoken: no capitals to read, no marker
    assert KEYWORD_MARK not in normalize_for("Reply POST, then save", "call")


@pytest.mark.parametrize("name", sorted(LONG_CON))
def test_long_con_without_a_payment_demand_is_flagged(name: str) -> None:
    result = analyze(LONG_CON[name], "call")
    assert result.is_scam, result.reasoning


def test_a_wrong_number_apology_is_no_alibi_for_a_pitch() -> None:
    result = analyze(LONG_CON["wrong_number_pitch"], "call")
    assert "legit_wrong_number" in result.signals
    assert "turns into a pitch" in result.reasoning


def test_sorry_to_bother_you_is_politeness_not_a_mix_up() -> None:
    """The impostor desk apologises for the intrusion as often as a relative does: it weighs less than a wrong
    number owned, and a stranger's pitch after it is still the long con's opener."""
    desk = analyze("hi this is kevin from the visa fraud prevention unit sorry to bother you at this hour we blocked "
                   "a charge of 900 dollars to keep the card active i need to confirm the full card number and the "
                   "expiry and the three digits on the back", "call")
    assert "legit_apology" in desk.signals and "legit_wrong_number" not in desk.signals
    assert desk.is_scam, desk.reasoning
    pitch = analyze("Sorry to bother you, is this Mr Tan? My cousin said you could help me with the gold trading "
                    "account. He made 30% last month", "sms")
    assert pitch.is_scam and "turns into a pitch" in pitch.reasoning, pitch.reasoning


@pytest.mark.parametrize("name", sorted(HONEST_CALLS))
def test_honest_calls_about_money_and_apps_are_not_flagged(name: str) -> None:
    result = analyze(HONEST_CALLS[name], "call")
    assert not result.is_scam, result.reasoning


def test_an_assurance_is_not_an_ask_but_a_demand_after_it_still_is() -> None:
    assurance = analyze(HONEST_CALLS["exchange_support"], "call")
    assert "ask_code" not in assurance.signals and "ask_login" not in assurance.signals
    demand = analyze("this is the exchange support team we will never ask for your password now "
                     "read me the code we just sent to your phone so i can secure the account", "call")
    assert "code_demand" in demand.signals and demand.is_scam, demand.reasoning


def test_the_last_four_of_a_social_is_an_identity_check_the_whole_number_is_an_ask() -> None:
    assert "ask_ssn" not in analyze(HONEST_CALLS["identity_check"], "call").signals
    assert "ask_ssn" in analyze("i need your social security number to verify you", "call").signals
