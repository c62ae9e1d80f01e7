"""Callback extraction (digits, spoken words, mixed, country codes, press-key) and brands."""

from __future__ import annotations

import pytest

from chalicelib.analysis import analyze, normalize
from chalicelib.analysis._companies import find_company
from chalicelib.analysis._numbers import digits_of, find_phone_numbers, pick_callback_number

SCAM_PREFIX = ("this is the social security administration your social security number is "
               "suspended and a warrant is issued for your arrest ")


@pytest.mark.parametrize("spoken, expected", [
    ("call us back at 1-800-412-5567", "+18004125567"),
    ("call us back at (800) 412 5567", "+18004125567"),
    ("call us back at 800.412.5567", "+18004125567"),
    ("call us back at 8004125567", "+18004125567"),
    ("call us back at +1 800 412 5567", "+18004125567"),
    ("call us back at one eight hundred four one two five five six seven", "+18004125567"),
    ("call us back at eight hundred four one two five five six seven", "+18004125567"),
    ("call us back at one eight zero zero four one two five five six seven", "+18004125567"),
    ("call us back at triple eight four one two double five six seven", "+18884125567"),
    ("call us back at two oh two five five five oh one eight six", "+12025550186"),
    ("call us back at 1 800 four one two 55 sixty seven", "+18004125567"),
    ("call us back at eight seven seven two oh two one five oh oh", "+18772021500"),
    ("call us back on plus four four two oh seven nine four six oh nine five eight",
     "+442079460958"),
    ("call us back on +44 20 7946 0958", "+442079460958"),
    ("call us back on 020 7946 0958", "+442079460958"),
])
def test_callback_number_forms(spoken: str, expected: str) -> None:
    result = analyze(SCAM_PREFIX + spoken)
    assert result.callback_type == "phone_number"
    assert result.callback_number == expected


@pytest.mark.parametrize("text", [
    "my badge number is 321512 and your case id is 4471",
    "the amount is 579 dollars and 99 cents",
    "i will talk to you for a minute or two",
    "call us back at 555 0123",  # seven digits: no area code, not a dialable E.164 number
    "reference one two three four five six seven eight nine",
])
def test_no_number_is_invented(text: str) -> None:
    result = analyze(SCAM_PREFIX + text)
    assert result.callback_number is None


def test_every_extracted_digit_is_in_the_text() -> None:
    text = "please call one eight hundred five five five zero one nine nine right away"
    spoken_digits = "18005550199"
    (found,) = find_phone_numbers(normalize(text))
    assert digits_of(found.e164) == spoken_digits
    assert found.spoken


def test_the_number_the_caller_asks_for_wins_over_the_victims_own() -> None:
    text = ("what is your phone number my number is 212 555 0100 okay now write down our "
            "number and call us back at 917 555 0123 that is 917 555 0123")
    assert analyze(SCAM_PREFIX + text).callback_number == "+19175550123"


@pytest.mark.parametrize("text, key", [
    ("press one to speak to an agent", "1"),
    ("press 9 to be removed from our list", "9"),
    ("to talk to an officer press the number two now", "2"),
    ("press zero for the operator", "0"),
])
def test_press_key_callback(text: str, key: str) -> None:
    result = analyze(SCAM_PREFIX + text)
    assert result.callback_type == "press_key"
    assert result.callback_key == key
    assert result.callback_number is None


def test_press_windows_key_is_not_a_callback_key() -> None:
    result = analyze("now press the windows key and the letter r like romeo")
    assert result.callback_key is None


def test_phone_number_wins_over_press_key_but_both_are_kept() -> None:
    result = analyze(SCAM_PREFIX + "press one now or call 202 555 0186")
    assert result.callback_type == "phone_number"
    assert result.callback_number == "+12025550186"
    assert result.callback_key == "1"


@pytest.mark.parametrize("text, company", [
    ("hi this is your crack and account security team a withdrawal of bitcoin", "Kraken"),
    ("this is the pay pal fraud department", "PayPal"),
    ("calling from micro soft technical support", "Microsoft"),
    ("thank you for calling coin base support", "Coinbase"),
    ("this is geek squad calling about your renewal", "Geek Squad"),
    ("your norton subscription", "Norton"),
    ("your amazon prime membership", "Amazon"),
    ("your apple i cloud account", "Apple"),
    ("binance security here", "Binance"),
    ("this is the i r s calling", "IRS"),
    ("from the social security administration", "Social Security Administration"),
    ("this is hmrc about your tax", "HMRC"),
])
def test_company_matching_tolerates_asr_errors(text: str, company: str) -> None:
    assert find_company(normalize(text))[0] == company


def test_crack_and_without_crypto_context_is_not_kraken() -> None:
    assert find_company(normalize("we had to crack and peel the eggs"))[0] is None


def test_claimed_brand_beats_tools_and_spelled_letters() -> None:
    text = ("thank you for calling norton open google chrome and type t as in tango a as in apple "
            "then open microsoft edge")
    assert find_company(normalize(text))[0] == "Norton"


def test_digits_named_as_a_shipment_or_an_order_are_no_number_to_ring() -> None:
    norm = normalize("DHL: Shipment 1234567890 has import charges of £12.56. Pay at dhl.co.uk")
    assert pick_callback_number(norm, find_phone_numbers(norm)) is None
    norm = normalize("Your parcel is held, call 0161 555 0177 to pay the duty")
    assert pick_callback_number(norm, find_phone_numbers(norm)) is not None


def test_accents_are_folded_so_spanish_words_stay_whole() -> None:
    assert normalize("Su envío está retenido en aduanas, £40") == "su envio esta retenido en aduanas pound 40"
    assert normalize("plain ascii stays as it was") == "plain ascii stays as it was"


def test_years_read_out_are_not_a_number_to_ring() -> None:
    """The 446th batch's repair call: "backups from twenty nineteen twenty twenty twenty twenty one"."""
    norm = normalize("these are duplicate backups from twenty nineteen twenty twenty twenty twenty one thats forty "
                     "gigs")
    assert find_phone_numbers(norm) == []
    spoken = normalize("call us back at two oh one nine two oh two oh two oh")
    assert [c.e164 for c in find_phone_numbers(spoken)] == ["+12019202020"]


def test_a_gift_cards_sixteen_digits_read_to_a_desk_are_no_callback() -> None:
    norm = normalize("can you read me the card number on the back just the card number the sixteen digits not the "
                     "access number under the scratch strip okay 0 4 1 2 7 7 8 1 0 9 4 5 3 3 6 2 thank you")
    assert pick_callback_number(norm, find_phone_numbers(norm)) is None


def test_a_card_number_the_desk_asked_for_stays_the_customers_however_long_the_answer() -> None:
    """The 746th batch's Medicare desk (rung, once, before): the card's digits come nineteen words after the
    desk's "can you give me the medicare card number", past "ive got a photo of the card on my phone"."""
    norm = normalize("no worries can you give me the medicare card number if youve got it anywhere ive got a photo "
                     "of the card on my phone yeah its four one two three four five six seven eight one")
    assert find_phone_numbers(norm) and pick_callback_number(norm, find_phone_numbers(norm)) is None
    asked = normalize("this is the medicare office returning your call about a replacement please ring us back on four "
                      "one two three four five six seven eight one")
    assert pick_callback_number(asked, find_phone_numbers(asked)) == "+14123456781"


@pytest.mark.parametrize("text", [
    # the 775th batch's three honest desks (each rung before): a date of birth and the social's last four, a
    # waybill read out digit by digit, and a fee card's reference the desk asked to hear
    "to verify can i have your full name date of birth and the last four of your social naomi sutter, 2/8/1990, "
    "4412. thank you",
    "can you confirm thats legit sure whats the waybill number its 47 0 8 2 2 1 9 4 5 0 okay i see it",
    "have you got the reference on the card its a fee to pay card reference starting 3k lovely read it all out for "
    "me 3k 44 8816 2207 thank you thats from the us",
])
def test_a_date_or_an_identifier_read_out_is_no_number_to_ring(text: str) -> None:
    norm = normalize(text)
    assert pick_callback_number(norm, find_phone_numbers(norm)) is None


def test_a_callback_number_asked_for_is_still_one() -> None:
    """Only identifiers are kept back: the victim's "whats the phone number" is answered with one to ring."""
    norm = normalize("okay so whats the phone number i should call 612 555 0148 if it drops")
    assert pick_callback_number(norm, find_phone_numbers(norm)) == "+16125550148"
    dated = normalize("your appointment is on 2/8/2027 call 281 555 0147 to change it")
    assert pick_callback_number(dated, find_phone_numbers(dated)) == "+12815550147"
