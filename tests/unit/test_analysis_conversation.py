"""Conversation mode: the verdict on a two-party call and the intelligence it revealed."""

from __future__ import annotations

import pytest

from chalicelib.analysis import analyze
from chalicelib.analysis._links import spoken_link_marks
from chalicelib.analysis.conversation import (extract_intelligence, intelligence_summary,
                                              judge_conversation, public_view, split_turns)

VAPI_MESSAGES = [
    {"role": "system", "message": "You are Doris, a confused retiree. Never give real data."},
    {"role": "bot", "message": "Hello? Who is this?"},
    {"role": "user", "message": "Hello maam this is Kevin from Microsoft technical support, your "
                                "computer is infected and hackers are in your bank account."},
    {"role": "bot", "message": "Oh dear, I have a gift card from my grandson, is that bad?"},
    {"role": "user", "message": "Do not worry. Go to any desk dot com and download AnyDesk, then "
                                "give me the nine digit code. After that you will buy Google Play "
                                "cards of 500 dollars and read me the numbers on the back. If we get "
                                "cut off call me back at 1 888 555 0142."},
]


def test_the_callee_is_judged_on_their_own_words() -> None:
    callee, agent = split_turns(messages=VAPI_MESSAGES)
    assert len(callee) == 2 and len(agent) == 2  # the system prompt is neither
    judgement = judge_conversation(messages=VAPI_MESSAGES)
    assert judgement["is_scam"] and judgement["confidence"] >= 90
    assert judgement["speakers"] == "labelled"
    assert judgement["verdict"].startswith("the callee behaved as a scammer: posed as Microsoft")
    assert "asked for remote access" in judgement["verdict"]
    assert "asked for gift cards" in judgement["behaviours"]


def test_intelligence_lists_what_the_scammer_gave_away() -> None:
    intel = judge_conversation(messages=VAPI_MESSAGES)["intelligence"]
    assert intel["remote_access_tools"] == ["AnyDesk"]
    assert intel["payment_methods"] == ["Google Play gift card"]
    assert intel["websites"] == ["anydesk.com"]
    assert intel["phone_numbers"] == ["+18885550142"]
    assert intel["names"] == ["Kevin"]
    assert intel["amounts"] == ["500 dollars"]
    assert intel["companies"] == ["Microsoft"]


def test_a_labelled_vapi_transcript_string_is_split_by_speaker() -> None:
    transcript = ("AI: Hello? User: This is the IRS, there is a warrant for your arrest, pay the fine "
                  "today with Bitcoin at the Bitcoin ATM. AI: Oh my, I only have gift cards.")
    callee, agent = split_turns(transcript)
    assert callee == ["This is the IRS, there is a warrant for your arrest, pay the fine today with "
                      "Bitcoin at the Bitcoin ATM."]
    judgement = judge_conversation(transcript)
    assert judgement["is_scam"] and "threatened arrest or legal action" in judgement["behaviours"]
    assert judgement["intelligence"]["payment_methods"] == ["Bitcoin ATM"]  # not the persona's gift cards


def test_the_personas_own_lines_do_not_make_an_honest_callee_a_scammer() -> None:
    transcript = ("AI: Hi, I got a message, should I buy gift cards and install AnyDesk? "
                  "User: No, this is the pharmacy, your prescription is ready for pickup. "
                  "AI: Can I pay with Bitcoin? User: We take cash or card at the counter, bye.")
    judgement = judge_conversation(transcript)
    assert not judgement["is_scam"]
    assert judgement["verdict"] == "the callee did not behave as a scammer"
    assert judgement["intelligence"]["remote_access_tools"] == []


def test_an_unlabelled_mixed_transcript_is_judged_whole() -> None:
    text = ("thank you for calling amazon support how can i help you i got a text about an order "
            "okay to cancel it i need you to download ultra viewer and then buy two steam cards")
    judgement = judge_conversation(text)
    assert judgement["speakers"] == "mixed" and judgement["is_scam"]
    assert judgement["intelligence"]["remote_access_tools"] == ["UltraViewer"]
    assert judgement["intelligence"]["payment_methods"] == ["Steam gift card"]


def test_public_view_masks_numbers_and_summary_reads_well() -> None:
    judgement = judge_conversation(messages=VAPI_MESSAGES)
    public = public_view(judgement)
    assert public["intelligence"]["phone_numbers"] == ["+1******0142"]
    assert judgement["intelligence"]["phone_numbers"] == ["+18885550142"]  # the original is untouched
    assert "+18885550142" not in public["reasoning"]
    summary = intelligence_summary(public["intelligence"])
    assert summary == ("paid with: Google Play gift card; remote access: AnyDesk; websites: anydesk.com; "
                       "numbers: +1******0142; names: Kevin; amounts: 500 dollars")


def test_empty_and_odd_inputs_are_safe() -> None:
    assert judge_conversation()["is_scam"] is False
    assert judge_conversation(messages=[None, {"role": "user"}, {"role": "user", "message": 5}])["is_scam"] is False
    assert judge_conversation("User: hello", messages=42)["speakers"] == "labelled"  # not a list: ignored
    assert extract_intelligence("i am worried and im sorry i am not sure")["names"] == []
    assert extract_intelligence("this is officer james brown badge 4512 ask for mr smith")["names"] == [
        "Mr Smith", "Officer James Brown"]
    assert extract_intelligence("")["payment_methods"] == []
    long_call = "User: hello " * 10_000 + "User: buy gift cards and read me the codes"
    assert judge_conversation(long_call)["confidence"] <= 100  # capped, still answers


def test_a_hyphenated_address_is_kept_whole_typed_or_spoken() -> None:
    """The blocklist wants "support-fix.com", not the real "fix.com" it would name otherwise."""
    intel = extract_intelligence("go to support-fix.com now, or www.help-desk.net, or w w w dot "
                                 "fast dash fix dot com; it costs twenty-one dollars")
    assert intel["websites"] == ["support-fix.com", "www.help-desk.net", "www.fast-fix.com"]


@pytest.mark.parametrize("text, marked", [
    ("I'll text you the link, fedex-redelivery-us dot com, put your card in there", True),
    ("Go to the site help-refund-desk.com and enter the code I give you", True),
    ("It says refund hyphen secure dot net, there's a form", True),
    # a brand's own hyphenated name, and an address read out only to disown it
    ("You can pay online at duke-energy.com or call the number on your bill", False),
    ("The sender is service at paypal-support-center dot info. That's not PayPal.", False),
    # letters dictated one by one are no hyphenated name
    ("Type h-e-l-p-q-u-i-c-k dot net and click the green button", False),
])
def test_a_lookalike_address_read_out_in_a_call_is_marked(text: str, marked: bool) -> None:
    assert spoken_link_marks(text) == (["calllinklookalike"] if marked else [])


@pytest.mark.parametrize("text", [
    # written for this test: the 462nd and 467th batches' desks the customer rang, who speaks first or is
    # greeted "you're through to": the desk checks who is calling before it opens the record
    "Customer: Hi, I'm calling because I forgot my PayPal password. Agent: I'm sorry about that, this is Arnel with "
    "PayPal customer service. Can I have your name? Customer: Lisa Park. Agent: For security I'll send a code to the "
    "phone on the account, can you read it to me? Customer: 4 8 1 2 0 9. Agent: Thanks, I've unlocked it.",
    "Adviser: Good afternoon, you're through to HMRC, my name's Helen. Can I take your name? Caller: Dennis Clarke. "
    "Adviser: Before I go into your record, can I take your National Insurance number and date of birth? Caller: "
    "Yes. Adviser: Thanks. I can see the tax code was wrong, we'll refund it through your payroll.",
])
def test_a_desk_the_customer_rang_checks_who_is_calling(text: str) -> None:
    verdict = analyze(text)
    assert not verdict.is_scam, verdict.reasoning


def test_a_victims_report_to_the_police_is_no_scam_and_its_detectives_number_is_never_rung() -> None:
    """The 466th batch's report line: the loss told in the first person, the scam named."""
    verdict = analyze("Riverside Police non-emergency, this is Officer Delgado. Hi, I was told to call here to make a "
                      "report about a fraud. Okay, what happened? I lost about a hundred and thirty thousand dollars to "
                      "a fake crypto exchange. Did you send by wire or by crypto? Both. Wires to a company in Texas and "
                      "crypto from Coinbase. A detective may follow up, they'll call from 951-555-0142.")
    assert not verdict.is_scam and not verdict.should_engage(0), verdict.reasoning


def test_the_same_report_told_to_a_recovery_desk_opens_the_next_scam() -> None:
    verdict = analyze("Agent: Thank you for contacting the fund recovery team, I'm Lisa. Client: Hi, I lost about "
                      "twenty thousand to a fake exchange last year. Agent: We can recover it, our service fee is "
                      "five hundred dollars in USDT before we start the trace.")
    assert verdict.is_scam, verdict.reasoning


def test_a_bank_that_stops_a_charge_and_says_it_never_asks_for_the_code_makes_no_ask() -> None:
    """The honest twin of ``card_check_ask``: the warning names the code, nobody asks for it."""
    verdict = analyze("agent: we flagged a charge of 842 dollars at an electronics store on your card ending in "
                      "6612, did you authorize it? customer: no. agent: ive declined it and blocked the card, a new "
                      "one will be mailed. we will never ask you to confirm your pin or security code over the phone")
    assert "card_check_ask" not in verdict.signals and not verdict.is_scam, verdict.reasoning


def test_a_brands_name_around_a_fee_on_the_callers_page_is_the_scam() -> None:
    """A redelivery charge paid on the caller's page: no other word gives it away."""
    assert analyze("agent: hi this is the FedEx redelivery center, we tried to deliver a package with "
                   "signature required and nobody was home customer: oh I was at work agent: no problem, "
                   "there's a 2.99 redelivery charge because it's the second attempt. I can text you the link "
                   "customer: text me the link agent: sent, it's fedex-redelivery-us dot com, put the card in "
                   "there and the date you want").is_scam


def test_a_desk_the_customer_rang_may_check_a_code_it_sends_itself() -> None:
    """Written for this test: a code the desk sends to the phone on file is its identity check
    when the customer rang in with their own problem, but not when they rang about an alert
    they were sent (the fake desk's lure), and never when the desk rang them."""
    honest = analyze("thanks for calling northwind internet this is omar how can i help my router "
                     "keeps dropping the wifi every evening okay first im going to send a six digit "
                     "code to the phone on the account can you read it back to me sure its four one "
                     "seven two two nine thanks youre verified lets restart the router together")
    assert "code_demand" not in honest.signals and not honest.is_scam, honest.reasoning
    lured = analyze("thanks for calling account security this is omar how can i help i got a text "
                    "about a purchase i did not make okay im going to send a six digit code to your "
                    "phone read it back to me so i can cancel it")
    assert lured.is_scam, lured.reasoning
    outbound = analyze("hello this is omar from northwind internet security im going to send a six "
                       "digit code to the phone on the account please read it back to me")
    assert "code_demand" in outbound.signals, outbound.reasoning


def test_a_scammers_stage_directions_at_the_store_are_a_cover_story() -> None:
    verdict = analyze("okay you are at the store now go to the rack and take the vanilla ones load "
                      "five hundred on each and do not go to the register with the phone in your "
                      "hand call me back from the parking lot")
    assert verdict.is_scam and "told_not_to_tell" in verdict.signals, verdict.reasoning


def test_the_story_of_a_scam_call_told_afterwards_is_not_the_scam() -> None:
    """Written for this test: a niece retelling her uncle's call names every tactic, in
    reported speech and calling it a scam; the same tactics said live are the scam."""
    story = analyze("hey uncle ray mom said you got one of those calls last night yeah a man said "
                    "he was from the irs and there was a warrant and he told me to go buy gift cards "
                    "at the pharmacy and read him the numbers he said dont tell anybody i hung up "
                    "good it was a scam they never call like that")
    assert "legit_recounted" in story.signals and not story.is_scam, story.reasoning
    live = analyze("this is officer grant with the irs there is a warrant for your arrest go buy "
                   "gift cards at the pharmacy and read me the numbers and dont tell anybody")
    assert live.is_scam and "legit_recounted" not in live.signals, live.reasoning


def test_a_desk_the_customer_rang_about_their_own_problem_may_run_a_remote_session() -> None:
    """Written for this test: the customer opened a case about their own printer and the desk
    runs the remote session they asked for; the same session after a pop-up, or with a
    "support plan" to pay, is the fake desk."""
    honest = analyze("thanks for calling northwind support this is dana how can i help hi i opened a "
                     "case on your website my printer wont connect to the wifi since i changed the "
                     "router okay i see the case you opened let me connect to your computer with a "
                     "remote session click the link i just emailed and allow access okay its open")
    assert not honest.is_scam, honest.reasoning
    assert not {"remote_access", "remote_steps"} & set(honest.signals), honest.signals
    lured = analyze("thanks for calling northwind support this is dana how can i help hi a pop up "
                    "on my screen told me to call this number okay let me connect to your computer "
                    "with a remote session click the link and allow access")
    assert lured.is_scam and "remote_access" in lured.signals, lured.reasoning
    billed = analyze("thanks for calling northwind support this is dana how can i help hi i opened "
                     "a case my printer wont connect okay let me connect to your computer click the "
                     "link and allow access i see a problem you need our lifetime support plan its two "
                     "hundred ninety nine dollars")
    assert billed.is_scam and "remote_steps" in billed.signals, billed.reasoning


def test_a_retelling_with_he_goes_and_im_like_is_no_live_scam() -> None:
    """Written for this test: "he goes ... and i'm like": a friend retelling the call."""
    story = analyze("so this guy calls me right and he goes youre from the tax office there is a "
                    "warrant and im like okay and he goes buy gift cards at target and im like the "
                    "tax office takes target cards now it was so obviously a scam")
    assert "legit_recounted" in story.signals and not story.is_scam, story.reasoning


def test_a_fee_or_card_said_to_be_absent_is_no_demand() -> None:
    """Written for this test: "there's no return shipping fee" is the opposite of a fee."""
    verdict = analyze("thanks for contacting the store my name is felix the blender came broken okay "
                      "ive started the return take it to any drop off point theres no return shipping "
                      "fee and the refund goes back to your original payment")
    assert "advance_fee" not in verdict.signals and not verdict.is_scam, verdict.reasoning
    fee = analyze("okay sir to release the refund there is a return shipping fee of forty dollars "
                  "pay it with a gift card")
    assert fee.is_scam, fee.reasoning


def test_a_son_setting_up_a_remote_session_for_his_father_is_family_help() -> None:
    """Written for this test: kin helping kin by TeamViewer; a stranger's dictation is not."""
    family = analyze("okay dad so go to the website i texted you teamviewer dot com click download "
                     "and open it then read me the id so i can see your screen from my house")
    assert not family.is_scam, family.reasoning
    stranger = analyze("okay sir go to the website teamviewer dot com click download and open it then "
                       "read me the id so i can see your screen your computer is hacked")
    assert stranger.is_scam, stranger.reasoning
    mother = analyze("hey ma its jen you wanted help with the zoom for church so open the browser go to "
                     "teamviewer dot com click download and read me the id so i can do it from my house")
    assert not mother.is_scam, mother.reasoning


def test_a_repair_shop_the_customer_rang_may_remote_in_as_it_did_before() -> None:
    """Written for this test: the customer rings their own shop; a desk that rang them is not that."""
    shop = ("hello daves computer repair this is dave hi dave its joan you fixed my desktop last year my "
            "email says the password is wrong okay i can remote in like last time open the program and "
            "tell me the number it shows okay its four one two")
    assert not analyze(shop).is_scam, analyze(shop).reasoning
    rang = shop.replace("hello daves computer repair this is dave hi dave its joan you fixed my desktop "
                        "last year", "hello maam this is dave from windows support we detected hackers")
    assert analyze(rang).is_scam, analyze(rang).reasoning


@pytest.mark.parametrize("text", [
    # written for this test: the 194th batch's honest look-alikes (all flagged before)
    "maam im the store manager can i ask who these cards are for the apple support man on the phone okay apple "
    "will never ask you to pay in gift cards thats a scam we see it every week we stopped the sale",
    "so yeah i got the usps text too and my sister clicked it then she got a call from her bank fraud "
    "department saying there were charges and they needed the code she hung up and called the number on her "
    "card and the real bank said thats not us",
    "okay mom im on teamviewer the one i put on there at christmas dont click anything im running the virus "
    "scan see it says no threats that pop up with the siren was just a webpage",
    "yeah my uncle got the publishers clearing house one they said he won a mercedes and he just had to pay a "
    "processing fee first and he asked me if he should get a cashiers check and i said they never call",
    # the 524th-batch review (session 11): the customer's own account of a call, told to the real desk
    "Agent: First Union Bank, this is Dana, can I get your name? Customer: Joe Park. I'm calling the number on my card "
    "because I got a call from some guy saying he was your fraud department and I had to withdraw cash and hand it to "
    "a courier. Agent: I'm glad you called us. Let me verify you first, can you confirm your date of birth and the last "
    "four of your Social? Customer: June fourth, sixty two, last four one one eight two. Agent: Thank you. Did you give "
    "them anything? Customer: I read them my card number and the code on the back, then they hung up when I said I'd "
    "go to my branch. Agent: Okay, I'll cancel that card and send a new one.",
])
def test_a_cashier_a_friend_or_a_son_talking_about_the_scam_is_no_scam(text: str) -> None:
    assert not analyze(text).is_scam, analyze(text).reasoning


def test_a_banks_warning_screen_read_aloud_and_talked_past_is_no_retelling() -> None:
    """The banking app's "could this be a scam" screen read out by the victim, then dismissed by
    the caller ("ignore that", "that line is also compromised"), is the safe-account scam at work."""
    verdict = analyze(
        "we need to move your savings to a protected account in your name the app says could this be a scam your bank "
        "will never ask you to move money to a safe account do not share your code just ignore that madam the "
        "fraudster put that screen there it also says call the number on the back of your card do not call that "
        "number that line is also compromised now press continue and never share this with the branch")
    assert verdict.is_scam and "safe_account" in verdict.signals, verdict.reasoning


def test_a_police_report_read_back_is_a_retelling_not_the_scam() -> None:
    verdict = analyze("okay sir let me read it back for the report monday you got a pop up saying your computer "
                      "was locked with a number 877 555 0188 you called it and a man said he was microsoft and "
                      "had you install anydesk then he moved money between your accounts")
    assert not verdict.should_engage(0), verdict.reasoning


@pytest.mark.parametrize("text, signal", [
    # written for this test: a desk explaining the seller's "friends and family" steer, and an
    # employer warning about the fake equipment check, name the scam's words without making them
    ("agent youre speaking with sam at paypal customer the seller told me to send another 50 as friends and "
     "family to unlock the tickets agent please dont thats a common scam payments sent as friends and family "
     "arent covered", "odd_payee"),
    ("we would like to offer you the role your laptop ships from our it department you never pay for "
     "equipment and if anyone asks you to deposit a check for equipment it isnt us", "told_not_to_tell"),
    # the honest twins of this session's readings: a desk the customer rang, verifying through the app and
    # releasing the customer's own payment, and one that agrees to the customer's own way to pay
    ("thanks for calling this is sam i see the payment of four thousand to your builder is held please log into your "
     "app and youll see a prompt to confirm its genuine then itll release", "code_demand"),
    ("customer i can do 61 can i pay on the website agent yes you can pay online in the app or at a payment location "
     "and the shut off is cancelled once its posted", "payment_switch"),
])
def test_an_honest_call_that_names_the_scams_words_makes_no_demand(text: str, signal: str) -> None:
    verdict = analyze(text)
    assert signal not in verdict.signals and not verdict.is_scam, verdict.reasoning


@pytest.mark.parametrize("text", [
    "okay read the first one the first one its uh six zero six one nine nine four two okay read the "
    "next one eight eight one zero",
    "so today there is a special signal window from eight to nine the contract will return thirty "
    "percent in one hour just open the app and put the amount exactly when i tell you okay babe",
    "okay we will send the team on saturday what color mercedes do you want now the tax department "
    "needs the processing fee before the cheque is printed its one percent",
])
def test_a_card_readout_a_signal_window_and_a_fee_before_the_prize_are_evidence(text: str) -> None:
    """Written for this test: mid-call scam-baiting segments with few of the usual words."""
    verdict = analyze(text)
    assert any(key in verdict.signals for key in ("gift_card_demand", "investment",
                                                   "fee_to_release")), verdict.reasoning


def test_money_sent_to_an_agent_because_the_app_is_down_is_the_scam() -> None:
    """Written for this test: the policy "lapses tonight", the app "isn't updated", so the
    premium goes by Venmo to a processing agent; the official channel named is refused."""
    verdict = analyze("caller good morning this is alicia from policy services your auto policy lapses "
                      "tonight you can pay the premium of 186 dollars through venmo to our processing "
                      "agent recipient cant i just pay through the app caller the app isnt updated yet "
                      "so venmo is fastest")
    assert {"odd_payee", "payment_switch"} <= set(verdict.signals), verdict.signals
    assert "legit_bank" not in verdict.signals and verdict.is_scam, verdict.reasoning


def test_a_relative_borrowing_money_is_no_sweetheart() -> None:
    verdict = analyze("brother hey sis its danny my car broke down the alternator is 500 dollars could "
                      "you lend me the money ill pay you back as soon as i get paid sister of course")
    assert "romance" not in verdict.signals, verdict.reasoning


def test_a_radio_show_about_scams_is_no_scam_call() -> None:
    """Written for this test: a scam-awareness segment names every tactic and reads a number."""
    verdict = analyze("welcome back to the show were talking about scams targeting seniors the big one "
                      "is the grandparent scam someone calls and says grandma im in jail dont tell mom "
                      "then they tell you to move your money to a safe account your bank will never ask "
                      "you to move money if in doubt hang up well take your calls at 1 800 555 0133")
    assert "legit_recounted" in verdict.signals and not verdict.should_engage(0), verdict.reasoning


@pytest.mark.parametrize("text", [
    # written for this test: a grandchild buying a birthday present on the phone with grandma
    "okay grandma im at the store they have the target card and the amazon card which one for lilys "
    "sweet sixteen the target one honey a hundred dollars and put it in the card from both of us",
    "mom did aunt sue text you about the gift card for the twins birthday yeah everybody chips in "
    "twenty five ill buy one card and you venmo me your part",
    # written for this test: a club collecting for a colleague's retirement
    "hi its beth from the book club were collecting for carols retirement gift a gift card to the garden "
    "centre twenty dollars each bring it tuesday or venmo me",
])
def test_a_gift_card_bought_as_a_present_is_no_demand(text: str) -> None:
    verdict = analyze(text)
    assert "gift_card" not in verdict.signals and not verdict.is_scam, verdict.reasoning


def test_a_present_named_in_the_cashiers_cover_story_excuses_no_card() -> None:
    """Written for this test: the scammer's line for the cashier names a birthday too."""
    verdict = analyze("take four of the apple cards five hundred each to the counter and if the lady "
                      "asks tell her its for your grandsons birthday then scratch the back and read "
                      "me the numbers")
    assert {"gift_card", "told_not_to_tell"} <= set(verdict.signals) and verdict.is_scam, \
        verdict.reasoning


def test_a_broadcast_about_scams_is_no_scam_call() -> None:
    """Written for this test: a podcast names the tactics and reads its own number."""
    verdict = analyze("youre listening to money matters im your host and today were talking about "
                      "refund scams they ask you to install remote software then send the difference "
                      "in gift cards or at a bitcoin atm if youve been hit call us at 1 800 555 0140")
    assert "legit_recounted" in verdict.signals and not verdict.should_engage(0), verdict.reasoning


def test_the_customers_own_number_read_to_the_desk_is_not_the_callback() -> None:
    verdict = analyze("best buy this is kim how can i help hi we got charged for a renewal okay whats "
                      "the phone number on your account 7 0 3 5 5 5 0 1 9 1 alright i dont see any "
                      "renewal so that email wasnt us if it asks you to call a number to cancel its a scam")
    assert verdict.callback_number is None, verdict.reasoning


@pytest.mark.parametrize("text", [
    # written for this test: a workplace class and the evening news, neither says "scam" twice
    "okay so our training today is about vishing people will call saying theyre it and want your mfa "
    "code or to install remote software our help desk will never ask for your password if someone "
    "does hang up and call the help desk at 555 0142",
    "this is channel nine news in your corner tonight a caller claiming to be a deputy told a woman to "
    "pay a bond at a bitcoin atm the sheriff will never call asking for payment if you get a call like "
    "that hang up and call the non emergency line at 417 555 0122",
])
def test_a_class_or_a_newscast_about_phone_fraud_is_no_scam_call(text: str) -> None:
    verdict = analyze(text)
    assert "legit_recounted" in verdict.signals and not verdict.should_engage(0), verdict.reasoning


def test_a_carrier_answering_the_customers_call_may_check_a_code() -> None:
    """Written for this test: the desk greets, the customer rang about porting their number."""
    verdict = analyze("agent northwind wireless this is brandon how can i help customer hi im switching "
                      "carriers and need a port out pin agent sure ill text a code to your number read "
                      "me the code customer 5 1 9 9 0 2 agent thanks youre verified")
    assert "code_demand" not in verdict.signals and not verdict.is_scam, verdict.reasoning


def test_money_sent_to_the_listener_and_a_payment_app_refused_are_no_demands() -> None:
    """Written for this test: a father who already paid, a plumber who takes no Cash App."""
    father = analyze("hi honey its dad i sent your phone bill money on venmo call me after class")
    assert "wire_cash" not in father.signals, father.reasoning
    plumber = analyze("i took the payment on the visa you gave me the installer takes card or check no "
                      "cash app and hell text you from the same number you called")
    assert "wire_cash" not in plumber.signals and not plumber.is_scam, plumber.reasoning


@pytest.mark.parametrize("text, signal", [
    # written for this test: what scam-baiting recordings hold in the middle of the call
    ("okay you have the cards now flip the card and read me both the pin and the number okay the next "
     "card sir right away my manager is waiting", "gift_card_demand"),
    ("take a picture of the back of each card and send it to me on whatsapp right now", "gift_card_demand"),
    ("listen to me i know where you live i have pictures of your house you will buy the bitcoin i "
     "send you no police", "legal_threat"),
    ("mom help me who is this listen lady i have your daughter here if you call the police you will "
     "never see her again go to the bank and take out the money", "family_emergency"),
    # written for this test: the 182nd and 183rd batches' misses
    ("hello im back from the store i got the apple cards like you said okay good now scratch the back and "
     "read me the claim code slowly", "gift_card"),
    ("no maam for refunds the system works in reverse so you click send not request and put fifteen "
     "hundred", "refund_process"),
    ("hi this is the fraud prevention line at your credit union we noticed unusual sign ins on your online "
     "banking from a new device just read me the last four of the card and the expiry", "ask_card"),
    ("yes the studio is available but im doing missionary work abroad so you can drive by and look from "
     "the outside send the deposit on zelle and ill mail you the keys", "odd_payee"),
    # written for this test: the 188th and 189th batches' misses
    ("okay maam keep the phone in your pocket dont hang up just drive to the store and buy the cards",
     "told_not_to_tell"),
    ("i have a video of you from that website if you go to police i send it to your family pay 1500 in "
     "bitcoin today", "legal_threat"),
    # written for this test: one demand no honest caller makes, and nothing an honest caller says
    ("okay maam you see the message on your phone now read me the code that came quickly before it expires",
     "code_demand"),
    # session 11, the 528th batch's slices: the listener blamed for extra zeros, the tree command, the card's back
    # sent as a photo, only the claim code read, the penalty amount
    ("see sir you have typed the extra zeros so now fifteen thousand is showing in your savings",
     "overpaid_refund"),
    ("now type the tree and press enter you see these are infected files copying everywhere", "fake_scan"),
    ("okay turn the first card over and send me the picture of the back side on whatsapp", "gift_card_demand"),
    ("now read me only the claim code not the serial number", "gift_card_demand"),
    ("this is officer grant the penalty amount is nineteen hundred and you must clear it within the hour",
     "penalty_due"),
    # ... and the 535th batch's code callers: a login "from another device", the code's own warning waved off
    ("hi this is the wallet security team we saw a login on your account from a new device in lagos was that you",
     "account_alert"),
    ("read me the six digits please, the text says never share it but that message is for third parties",
     "told_not_to_tell"),
    # ... and the 540th batch's UK and Australian slices: the cashier answered for the victim, one more card "to
    # verify", payment taken in gift cards, an insurance bond to secure the loan, "i was connected to your computer"
    ("okay at the till she asks what it is for tell her its a present for your niece", "gift_card_demand"),
    ("the system needs one more card of five hundred to verify your identity then both come back", "gift_card_demand"),
    ("the duty is eighty six dollars we can take payment by gift card google play or steam", "gift_card_demand"),
    ("the underwriter asked for an insurance bond of three hundred pounds just to secure the loan", "fee_to_release"),
    ("this is microsoft sir i was connected to your computer and you switched it off now your computer is locked",
     "remote_access"),
    ("im sending the code now read it to me when it comes youll see a line about not sharing it thats just the "
     "standard wording", "told_not_to_tell"),
    # written for this test: the 218th batch's misses
    ("for the setup there is a one time activation fee now go to rust desk dot com and download it",
     "remote_tool"),
    ("yes maam this is the renewal department we will refund you but do not call the bank they will freeze "
     "everything now open your banking", "told_not_to_tell"),
])
def test_the_middle_of_a_scam_baiting_call_is_a_scam(text: str, signal: str) -> None:
    verdict = analyze(text)
    assert verdict.is_scam and signal in verdict.signals, verdict.reasoning


@pytest.mark.parametrize("text, signal", [
    # written for this test: asks the 182nd and 183rd batches made, read even where the rest of the
    # call is too thin to flag (the sweetheart on the rig, the payroll desk asking for bank details)
    ("the company wont let me leave the rig until i pay the customs on my equipment baby can you send it "
     "i will pay you back when i land", "fee_to_release"),
    ("this is payroll we could not verify your direct deposit please call back at 555 0144 with your "
     "employee id and banking information", "ask_card"),
    ("the driver cant unload your furniture without the delivery charge of 89 dollars", "fee_to_release"),
    # written for this test: the 224th and 225th batches' asks
    ("ok now what is the number on the back of the card the silver part you scratched read it to me",
     "gift_card"),
    ("we just need your bank name routing number and the password you use for online banking to set up "
     "payroll", "credential_demand"),
    ("the background check is 90 dollars but its refunded on your first paycheck", "advance_fee"),
    ("no showings until next month but if you zelle the deposit tonight i can hold it for you", "odd_payee"),
    ("open the link i am sending and key in the otp you receive so the payout is credited", "code_demand"),
    # ... and the 237th batch's outbound impostors
    ("good news your claim is approved we pay by direct deposit ill need your bank login to verify the account",
     "credential_demand"),
    ("there is customs duty unpaid i will text you the link just put your card in and the code your bank sends",
     "code_demand"),
    # ... and the 243rd batch's: a demand after "ill" is still the caller's
    ("this is the security department about your debit card ill need the pin you currently use", "credential_demand"),
    # ... and the 474th batch's lender: a "guarantor bond" before the loan is released
    ("the underwriters had a look and because of the defaults on your file they need a guarantor bond before they "
     "release it its refundable once youve made six repayments", "fee_to_release"),
    # ... and the 459th batch's card desk: the charge stopped, then the card's own security code asked for
    ("we stopped a charge of 612 dollars at an electronics store, ive put a temporary hold on the card, to attach "
     "the replacement i just need to match the card in your hand, could you read me the security code", "card_check_ask"),
    # session 11, the 530th batch's short calls: a card reissued or cancelled, then its digits and expiry asked for; a
    # new job's banking login; an offer letter held for a fee; a cousin's payment to a mate's account; and a demand
    # after "ill" even when an earlier "doesnt" started a denial ("so it doesnt get referred ill need you to buy...")
    ("were replacing the cards after a merchant breach nothing you did can you read me the sixteen digits on the "
     "front and the expiry", "card_check_ask"),
    ("ill get that payment cancelled for you so we cancel the right card read me the long number and the end date",
     "card_check_ask"),
    ("for payroll ill need your routing number and your online banking username and password to verify it",
     "credential_demand"),
    ("congratulations your offer letter is ready there is a small document verification fee before we email it",
     "advance_fee"),
    ("aunty please send it to my mates opay account ill text you the number", "odd_payee"),
    ("this is the tax office you owe 900 we can settle it now so it doesnt get referred ill need you to buy apple "
     "cards and read me the numbers", "gift_card_demand"),
])
def test_the_asks_of_thin_scam_calls_are_read(text: str, signal: str) -> None:
    assert signal in analyze(text).signals, analyze(text).reasoning


@pytest.mark.parametrize("text", [
    # written for this test: friends retelling a relative's call, as telephone corpora hold them
    "b my mom got a call saying her computer had a virus a uh huh b and they had her download something "
    "so they could fix it and then they said they refunded her too much and she had to send it back in "
    "gift cards a oh no",
    "a did you see the thing about the phone calls where they say theyre from amazon b no a they say "
    "theres an order for an iphone and press one to talk to somebody and then they want gift cards",
])
def test_a_chat_that_opens_on_a_relatives_scam_call_is_a_retelling(text: str) -> None:
    assert not analyze(text).is_scam


def test_a_baiters_aside_about_a_relative_leaves_the_scam_a_scam() -> None:
    verdict = analyze("sir go to walmart and send 499 by western union to marcus brown and call me back "
                      "with the mtcn number okay but you know my brother in law got a call like this "
                      "last year sir many people are suspicious but this is a real prize just send it")
    assert verdict.is_scam, verdict.reasoning


def test_the_number_on_the_back_asked_for_is_no_official_channel() -> None:
    asked = analyze("ok now what is the number on the back of the card the silver part you scratched read "
                    "it to me one by one")
    told = analyze("if you did not make this purchase call the number on the back of your card")
    assert "legit_bank" not in asked.signals and "legit_bank" in told.signals, asked.reasoning


@pytest.mark.parametrize("text", [
    # written for this test: the 230th and 231st batches' honest calls about a scam, and a won auction
    "this is detective ruiz with the county fraud unit following up on your report from monday you said a man "
    "came to the door and took an envelope with your bank card and the pin we have had two more this week",
    "okay so you called us on the number on your membership card good someone called you yesterday saying "
    "they were from us and wanted to refund you that wasnt us we dont call out for refunds",
    "you know what happened to my uncle last week they called him said his grandson was in jail and a lawyer "
    "told him to put cash in a box for a courier he almost did it",
    "hi its dana from the auto auction you won the bid on the truck payment is due in three days through your "
    "member center by wire or card then you can schedule pickup",
    # ... and the 254th batch's store manager stopping a gift card sale
    "hi sir im the store manager the cashier said youre trying to buy two thousand in apple cards is everything "
    "okay its for a refund the bank told me to buy them to read them the codes thats a scam no bank asks for "
    "gift cards",
    # ... and the 308th batch's podcast that plays a fake technician's "tree" trick
    "on todays show we play a clip from a scam baiter the fake technician says now type tree see all the hackers and "
    "of course tree just lists your folders",
    # ... and the 326th batch's nephew walking his uncle past a fake pop-up
    "hey uncle joe point the camera at the screen okay it says your amazon account is compromised call amazon "
    "support 1 888 555 0139 right thats a scam amazon doesnt do pop ups press control alt delete",
    # ... and the 283rd batch's school raffle prize collected at the office
    "hi its the pta you won the hamper in the raffle you can grab it from the front office this week if youve got "
    "questions text me at 555 0163",
    # ... and the 272nd batch's manager calling the emergency contact after refusing the sale
    "hi its the duty manager at the pharmacy on main street your dad is listed as his emergency contact he wanted "
    "two thousand in apple cards because a man from his bank told him to we didnt sell them hes fine call us at "
    "the store 555 0142",
])
def test_a_report_followed_up_a_desk_disowning_a_call_or_a_won_auction_is_no_scam(text: str) -> None:
    verdict = analyze(text)
    assert not verdict.is_scam, verdict.reasoning


@pytest.mark.parametrize("text, signal", [
    # written for this test: the 230th batch's mid-call demands
    ("look you see the savings it shows 9000 you were supposed to get 90 you added two zeros now you must "
     "help me", "overpaid_refund"),
    ("if you hang up now i will hurt her you hear her crying go to the bank and take out what you have",
     "revenge_threat"),
    ("this is the fraud unit again your account is under investigation the officer is on his way put your "
     "card and the pin written on paper in an envelope and give it to him", "move_money"),
    ("this machine has a limit so go to the next one okay drive dont cut the phone put me on speaker",
     "told_not_to_tell"),
    ("see the documents folder i am deleting your files one by one now pictures also", "revenge_threat"),
    # the 742nd batch's loan-app collector, on the phone
    ("you took the loan from the app and didnt pay so today we will send your photos to all your contacts",
     "revenge_threat"),
    # ... and the 272nd batch's: the cashier's cover story, the courier's parcel, the revenge
    ("how much is in the savings okay whatever the teller asks you just say it is for your sons wedding and do "
     "not mention me", "told_not_to_tell"),
    ("the officer will say the code word red apple then you give him the shoe box with the cash wrapped like a "
     "present", "cash_parcel"),
    ("roll the money inside a newspaper and tape it nobody must see what is in it", "cash_parcel"),
    ("you wasted my whole evening i am sending people to your house tonight do you understand",
     "revenge_threat"),
    # ... and the 284th batch's: the refund theatre's lines, the kiosk's limit, the courier's payee
    ("look at the savings now that is our money sir the refund was only forty nine dollars", "overpaid_refund"),
    ("the portal has taken your entry as five thousand so we need it returned by walmart to walmart",
     "overpaid_refund"),
    ("it stopped at the limit okay no problem we go to the next machine at the gas station same qr code",
     "crypto_demand"),
    ("just feed the twenty dollar bills one at a time face up", "crypto_demand"),
    ("for the release fee you send the cash app payment to my assistant not to the company", "odd_payee"),
    # ... and the 302nd batch's
    ("when you go in keep it in your jacket pocket and dont end the call if the cashier tries to talk you just pay",
     "told_not_to_tell"),
    ("so you have the cash in the envelope good the driver comes at six", "cash_parcel"),
    # ... and the 308th and 314th batches'
    ("now in the black box type tree t r e e and press enter see all these lines those are the hackers", "fake_scan"),
    ("sir you see the list of red errors in eventvwr that is the number of hackers in your computer", "fake_scan"),
    ("it is the company money madam and it is illegal to keep money that is not yours", "overpaid_refund"),
    ("in the store take four of the white cards and go to the self checkout not the counter", "told_not_to_tell"),
    ("open chrome and type a n y d e s k and click the first one", "remote_tool"),
    # ... and the 321st batch's marketplace and roofer
    ("i paid for the table but your account has to be upgraded to business before you can receive it so send 300",
     "fee_to_release"),
    ("were doing a roof down the street and saw hail damage on yours we need a fifteen hundred deposit today by "
     "zelle and make it out to me personally", "odd_payee"),
    # ... and the 344th batch's
    ("count it for me on the phone good now put it inside a book or a magazine and seal the envelope", "cash_parcel"),
    ("it took four hundreds and beeped thats fine feed the rest slowly one at a time", "crypto_demand"),
    ("on the form write purchase of property and dont write anything about us or the call", "told_not_to_tell"),
    # ... and the 356th to 374th batches'
    ("the bail bondsman sends his runner in an hour so keep the cash ready eleven thousand in hundreds",
     "cash_parcel"),
    ("the gold will be collected by our agent tomorrow and kept in the federal vault for your safety", "cash_parcel"),
    ("i told you to type two hundred and you typed twenty thousand now look at the savings", "overpaid_refund"),
    ("good you have the cards now keep them safe and dont tell your daughter about it this is a legal matter",
     "told_not_to_tell"),
    ("remember you are buying the cards for your grandkids if the cashier will ask just say four", "told_not_to_tell"),
    ("you are wasting my time i know where you live and i will lock your computer for ever", "revenge_threat"),
    ("see the tree command is showing all your files being copied to the hacker server right now", "fake_scan"),
    ("no sir the cards are active once you paid now take the picture with the silver part scratched",
     "gift_card_demand"),
    ("fine you do not want to pay so tomorrow the sheriff comes with the papers your house is seized", "legal_threat"),
    ("im working in alaska so no showing but drive by and look through the windows and send the deposit by zelle",
     "odd_payee"),
    ("my love they hold me at the customs in lagos and want 3800 for the tax release please send by moneygram",
     "fee_to_release"),
    ("the supplier raised the price i need another 3000 today for the slab can you send by zelle to my cousins account",
     "odd_payee"),
    ("we can reverse it but there is a reversal fee of 50 dollars and you have to send that first to our tag",
     "fee_to_release"),
    # ... and the 392nd and 393rd batches'
    ("no no i said two fifty you put two five zero zero zero look at your savings now", "overpaid_refund"),
    ("it says locked call this number no dont call that number that number is the hackers number use the app",
     "told_not_to_tell"),
    ("the profit is ready but the tax must come from outside from your bank not from the balance then you withdraw",
     "fee_to_release"),
    ("this is the bank security unit there is a login from a new device we must secure it i will send you a link by "
     "sms please log in there so the system can remove the other device", "credential_demand"),
    # ... and the 410th batch's cash wrapped against the scanner and a crypto machine's warnings answered as told
    ("sir have you packed the cash i have it on the table very good now wrap it in aluminium foil and put it in a box",
     "cash_parcel"),
    ("press continue its asking me do i know the owner of this wallet press yes its asking am i buying for myself "
     "press yes", "told_not_to_tell"),
])
def test_the_middle_of_a_scam_baiting_call_is_read(text: str, signal: str) -> None:
    verdict = analyze(text)
    assert signal in verdict.signals and verdict.is_scam, verdict.reasoning


def test_a_code_the_technician_gives_is_no_code_asked_for() -> None:
    given = analyze("ill send you the link to our remote tool on our page youll type the six digit code i give you")
    asked = analyze("read me the six digit code we just sent to your phone")
    assert "code_demand" not in given.signals and "code_demand" in asked.signals, given.reasoning


def test_a_customers_own_transfer_to_a_relative_is_no_odd_payee() -> None:
    """Written for this test: the 387th batch's kitchen fitter wants the money in his cousin's
    account; a bank's customer sending money to her brother says the same words of herself."""
    asked = analyze("the granite went up i need another 3000 today can you send by zelle to my cousins account")
    own = analyze("this is the branch returning your call yes i want to send money to my brothers account abroad "
                  "for my fathers surgery come in with your id and the swift code")
    assert "odd_payee" in asked.signals and "odd_payee" not in own.signals, own.reasoning


@pytest.mark.parametrize("text", [
    "ok go to the rack with the cards take four of the apple the cashier lady is asking what theyre for tell her "
    "theyre gifts for your grandchildren",
    "thats perfect exactly two thousand then and if she asks tell her its a gift for your son",
])
def test_a_cover_story_for_the_cashier_is_the_scammers_stage_direction(text: str) -> None:
    verdict = analyze(text)
    assert "told_not_to_tell" in verdict.signals and verdict.is_scam, verdict.reasoning


def test_a_tow_driver_who_may_ask_for_money_is_no_cover_story() -> None:
    verdict = analyze("your tow truck is on the way dont pay the driver anything its covered if he asks for anything "
                      "call us back at the number on your card")
    assert "told_not_to_tell" not in verdict.signals and not verdict.is_scam, verdict.reasoning


def test_take_your_time_is_a_weak_sign_the_scammer_says_too() -> None:
    """Scammers walking a victim to the store say "take your time" as often as a desk waiting
    for a policy number does: it is a weaker honest sign than a sales pitch's "no obligation"."""
    scam = analyze("yes maam no problem just take your time now you see the card on the back there is a silver "
                   "strip scratch it slowly and read me the numbers")
    honest = analyze("no problem take your time and find the policy number its on the top of your renewal letter "
                     "then i can update the address for you")
    assert scam.is_scam and "legit_patience" in scam.signals, scam.reasoning
    assert not honest.is_scam and "legit_patience" in honest.signals, honest.reasoning


def test_a_customer_who_rang_the_number_on_the_card_may_have_a_code_checked() -> None:
    """The 405th batch's Chase call: the customer found the number where the bank prints it."""
    text = ("customer hi i called the number on the back of my debit card theres a zelle payment of six hundred "
            "dollars to someone i dont recognize agent im sorry lets take a look thank you for calling my name is "
            "ana im going to send a one time code to your phone to verify your identity customer its 551 902 agent "
            "thank you youre verified i will file a fraud claim and issue a new card")
    assert not analyze(text).is_scam, analyze(text).reasoning


def test_a_landlord_who_cannot_show_the_place_and_will_mail_the_keys_is_far_away() -> None:
    """The 413th batch's kind, in a call: a landlord away who cannot show the flat and posts the keys."""
    verdict = analyze("hi yes about the apartment im out of state for work so i cant show it but if you send the "
                      "deposit by zelle today ill mail you the keys and the lease")
    assert "odd_payee" in verdict.signals and verdict.is_scam, verdict.reasoning


def test_a_desk_number_found_through_a_search_engine_is_the_fake_desks_lure() -> None:
    """The 417th batch's airline desks: fake support lines buy the search ads; the same call to the
    number on the booking is the airline's own desk."""
    call = ("good afternoon flight amendments youre through to daniel hi yeah i got your number off the search page i "
            "booked gatwick to malaga and need to move it a week okay theres a change fee of one hundred and eighty "
            "pounds and i can take the card now whats the long number on the front")
    verdict = analyze(call)
    assert "searched_number" in verdict.signals and verdict.is_scam, verdict.reasoning
    own = analyze(call.replace("i got your number off the search page", "i rang the number on my booking email"))
    assert "searched_number" not in own.signals, own.reasoning


def test_a_desk_found_through_a_search_engine_is_no_desk_the_customer_can_trust() -> None:
    """The 309th batch's Apple desk: a customer who rang a number found on Google did ring the desk,
    but the number is the fake desk's lure, so its code check is not excused as the bank's own."""
    call = ("thank you for calling apple support this is steven how can i help hi my icloud keeps saying its locked "
            "i found your number on google okay no problem i will send a code to your phone please read it to me "
            "its 4 4 1 9 0 2 thank you now i can see your account")
    verdict = analyze(call)
    assert "code_demand" in verdict.signals and verdict.is_scam, verdict.reasoning
    own = analyze(call.replace("i found your number on google", "i called the number on the back of my card"))
    assert not own.is_scam, own.reasoning


def test_the_whole_card_asked_on_a_call_the_bank_placed_is_a_scammers_ask() -> None:
    """The 423rd batch's "card services" calls: the whole number with its expiry and the three
    digits, asked by a caller who rang the customer; the desk the customer rang to pay may ask it."""
    call = ("caller hi mrs albright this is kevin with card services we saw a charge of 642 dollars at a target this "
            "morning receiver no thats not me caller okay i have put a hold on it so i can cancel the card i just need "
            "to make sure were looking at the right card could you read me the number on the front all sixteen and "
            "then the expiration and the three digits on the back")
    verdict = analyze(call)
    assert "full_card_ask" in verdict.signals and verdict.is_scam, verdict.reasoning
    paying = analyze("thank you for calling city water this is dana how can i help yes i want to pay my bill okay the "
                     "balance is 86 dollars go ahead with the card number and then the expiration and the three digits "
                     "on the back thank you the payment went through")
    assert "full_card_ask" not in paying.signals, paying.reasoning


def test_a_customer_who_ignored_the_pop_up_and_rang_the_real_desk_was_answered_by_it() -> None:
    """The 441st batch's Geek Squad member: the pop-up's "virus" is the customer's story, told to
    the desk they rang instead of the pop-up's number."""
    ignored = ("agent thank you for calling dell support this is ravi how can i help customer hi my computer showed a "
               "pop up saying i had a virus and to call a number but i didnt call it i called you instead agent smart "
               "move those are fake i can start a remote session to clean the browser if you like customer yes please "
               "agent ill send a link to your email from dell")
    assert not analyze(ignored).is_scam, analyze(ignored).reasoning
    rang = ("agent thank you for calling dell support this is ravi how can i help customer hi my computer showed a "
            "pop up saying i had a virus and to call a number agent okay i can start a remote session to clean it "
            "customer yes please agent ill send a link to your email")
    assert analyze(rang).is_scam, analyze(rang).reasoning


@pytest.mark.parametrize("text", [
    # written for this test: the 517th batch's short calls whose only sign is one odd request
    "hi is this dana? its leo from the mastercard security desk for your td card, a payment of 980 dollars to westjet "
    "is waiting for approval. thats not mine. no problem ill reverse it, just give me the expiry date and the three "
    "digits on the back so i match the card",
    "hey its dev. sorry random one, i was adding you to the footy group on whatsapp and it sent a code to your "
    "phone instead of mine, could you read it to me? oh sure, 4 4 1 9 0 2. legend cheers mate",
    "good morning this is from the power board, your bill is not updated so the connection is scheduled for "
    "disconnection tonight. please pay 10 rupees through the link i will sms you now to update the record",
    "maam your balikbayan box is held at the port, the clearance fee is 3,000 pesos, send it through gcash to our "
    "processing officer and we deliver tomorrow",
])
def test_one_odd_request_in_a_short_plain_call_is_read(text: str) -> None:
    """The card's expiry and three digits to "reverse" a charge, a messaging app's code read back
    to a cheerful "friend", a bill paid through a texted link, a fee sent to a "processing officer"."""
    assert analyze(text).is_scam, analyze(text).reasoning


@pytest.mark.parametrize("text", [
    # written for this test: the customer speaks first, the desk greets in the second turn (the 618th batch)
    "customer hi i just got a new phone and i need my number moved over to it rep thanks for calling verizon this is "
    "kim for security im sending a one time code to the number on the account can you read it to me customer its "
    "4 8 2 9 1 7 rep thanks youre verified now read me the imei of the new phone",
    # a customer who had a text about a payment and rang the number on the card, not the text's (the 627th)
    "customer hello ive had a text saying ive set up a new payee and i havent so i rang the number on the back of my "
    "card agent youre through to the fraud team at barclays my name is tom ill send a code to your phone to check "
    "its you can you read it back customer its 5 5 1 9 0 2 agent thanks ive cancelled that payee for you",
])
def test_a_desk_the_customer_rang_checks_a_code_without_being_a_scam(text: str) -> None:
    """The desk the customer rang from a number they know checks who is calling with a code."""
    verdict = analyze(text)
    assert not verdict.is_scam, verdict.reasoning


def test_a_desk_rung_from_a_number_in_an_invoice_is_the_lures_desk() -> None:
    """"If I didn't authorize it, call this number": the desk behind that number is the invoice's own."""
    verdict = analyze("customer hi im calling about this invoice it says norton 360 renewed for 489 dollars and if i "
                      "didnt authorize it to call this number agent thank you for calling norton refunds this is "
                      "james to process the refund please go to anydesk dot com and read me the nine digit code")
    assert verdict.is_scam, verdict.reasoning


def test_the_menu_of_the_line_the_customer_dialled_is_no_transfer_prompt() -> None:
    """"Welcome to ... please hold while we connect you" is the bank's own menu, rung by the customer."""
    verdict = analyze("ivr welcome to northfield bank contact centre to speak to an agent press 1 now agent good "
                      "afternoon this is divya am i speaking with mr pillai customer yes my card stopped working after "
                      "three wrong pins agent it will work again after twenty four hours or you can set a new pin in "
                      "the app")
    assert "press_to_act" not in verdict.signals
    assert not verdict.is_scam, verdict.reasoning


def test_a_free_application_asked_about_by_the_customer_is_no_fee_demand() -> None:
    """"It's free ... do I pay any fee? No": the customer's question is no fee the desk asks for."""
    verdict = analyze("rep thank you for calling nelnet this is jamal member hi i heard about the new income driven "
                      "plan and want to see if i qualify rep you can apply for income driven repayment at studentaid "
                      "dot gov its free and your payment is based on your income member do i pay any fee rep no "
                      "theres never a fee to apply")
    assert "advance_fee" not in verdict.signals
    assert not verdict.is_scam, verdict.reasoning


@pytest.mark.parametrize("text", [
    # the phone lost or borrowed, the money to a stranger's account (the 642nd batch's family asks)
    "caller mum its me im on a temporary sim my phone died at work receiver whose number is this caller its a work "
    "one listen my rent has to be in by five today or they give my room away and my banking app wont open could "
    "you pay it for me its their collections account ill text you the details please dont tell dad",
    "speaker 1 sir im rohit i share the flat with your son speaker 2 what happened speaker 1 the police have taken the "
    "phones of everyone here they say if we settle tonight no case will be filed otherwise he will be arrested you "
    "can send fifty thousand to the constables upi i will share it please sir quickly",
    "a its dan im on the hotel phone somebody stole my wallet and my passport b oh no a the manager says i have to pay "
    "for the extra nights can you send it in the hotel managers name by western union",
])
def test_a_relative_without_their_phone_who_has_the_money_paid_to_a_stranger_is_read(text: str) -> None:
    verdict = analyze(text)
    assert "kin_pays_stranger" in verdict.signals
    assert verdict.is_scam, verdict.reasoning


def test_a_child_on_a_borrowed_phone_paid_into_their_own_account_is_no_scam() -> None:
    """The honest twin: the phone is borrowed, but the money goes to the child's own usual account."""
    verdict = analyze("caller mum its ellie im on hannahs phone mine cracked receiver whats happened caller my council "
                      "tax goes out tomorrow and im short could you move a hundred and fifty into my account the usual "
                      "one receiver the monzo one caller yes same as always ill pay you back friday")
    assert "kin_pays_stranger" not in verdict.signals
    assert not verdict.is_scam, verdict.reasoning


def test_kin_sorting_out_a_relative_who_was_scammed_retell_the_call() -> None:
    """"There was a man from the tax office, he said ... I'll report it to the police": the call is the story."""
    verdict = analyze("mum did you buy gift cards last week there are charges on the joint card oh love there was a man "
                      "from the tax office he said i owed money and i would be arrested and i had to pay with apple gift "
                      "cards oh mum thats not how they work its not your fault keep the receipts ill call apple and "
                      "then ill report it to scamwatch and the police")
    assert not verdict.is_scam, verdict.reasoning


def test_the_digit_of_a_speaker_label_starts_no_phone_number() -> None:
    """"Speaker 3 two four eight seven ...": the label's 3 glued to the TeamViewer id read a number to ring."""
    verdict = analyze("speaker 1 grandpa go to teamviewer dot com and read me the id and the password speaker 3 two "
                      "four eight seven nine one three three zero speaker 1 ok im in now ill remove that pop up thing")
    assert verdict.callback_number is None, verdict.callback_number


@pytest.mark.parametrize("text, signal", [
    # the 663rd batch's desks rung from a search, and the refund "approved" in the banking app
    ("customer hi i found this number online for lost cards agent youre through to card services", "searched_number"),
    ("hi i rang the number that came up when i searched for my airline refund", "searched_number"),
    ("i searched for broadband support and got this number my hub has an orange light", "searched_number"),
    ("agent the bank will send a notification in the app please tap approve on the refund", "refund_process"),
    ("agent you will get a pop up it will say approve a payment but thats the reversal going through",
     "refund_process"),
    ("agent go to telstra-linetest dot net and click allow so i can run a line test", "lookalike_site"),
    # the 670th batch's sweethearts, platforms and jobs
    ("love the clinic wont discharge me until the bill is settled and my card got swallowed", "romance"),
    ("the embassy needs to see two thousand in my account its only to show them the money comes back to you",
     "romance"),
    ("my mentor gets the ipo through an institutional account its almost guaranteed listing gains", "investment"),
    ("you sponsor a cycle of poultry and get thirty five percent in six months there is no market risk",
     "investment"),
    ("were hiring remote reviewers to rate hotels for booking platforms it pays three hundred a day", "job_offer"),
    ("hr here to link your salary account i need your account number and the remote pin you use on the app",
     "credential_demand"),
    ("love id just need to log into your internet banking once to add the deposit", "credential_demand"),
    ("customers pay into your normal account and you forward it on to our supplier you keep ten percent",
     "fake_check"),
    ("recruiter please send a photo of the front and back of your drivers licence to my whatsapp", "ask_personal"),
    # the 684th batch's impostor relatives, friends and bosses
    ("speaker 2 its richard on a borrowed phone i need ten amazon vouchers for the client can you buy them on your own "
     "card and ill sign off the expense monday", "gift_card_demand"),
    ("its the district manager we have a compliance audit on the gift card mall today grab five of the cards behind "
     "the till and ring them through", "gift_card_demand"),
    ("the lawyers need the deposit in their trust account today im the second approver ill sign it off retrospectively",
     "told_not_to_tell"),
    ("move the float into the suspense account ill text the number its a new one they opened for the migration",
     "payment_switch"),
    ("sister my phone was stolen at the airport im on the hotel phone please send it through the hotels agent here",
     "kin_pays_stranger"),
    ("my cash app got locked can i have them send it to your account instead and you just send it to me",
     "fake_check"),
    ("a client is paying me but my account is frozen can i give them your account number and when it lands you send it "
     "to my supplier", "fake_check"),
    ("its an investment club online and it pays thirty percent a month you get returns every friday", "investment"),
    ("they give you an account manager who does the trades you just put in two fifty to start", "investment"),
    ("have you got your debit card there read me the long number on the front and the date it runs out", "full_card_ask"),
    # the 710th batch's gift cards that "came up already used", so that more must be bought
    ("sir the card you read me is showing zero balance the cashier must have used it you have to get two more",
     "gift_card_demand"),
    ("caller dont worry about the target one just read me the apple ones first", "gift_card_demand"),
    # the 720th batch's European calls in English with the local words kept
    ("a koerier from the bank will come at four to pick up the old bankpas", "cash_parcel"),
    ("madam for your protection do you keep any cash or gold at home", "cash_parcel"),
    ("the mensajero needs it so please have the card and the pin ready when he rings", "credential_demand"),
    ("until the investigation is closed we park your savings on a trustee account of the bank", "safe_account"),
    # the 717th batch's shop run and the "protected" account at another bank
    ("okay sir now walk over to the gift card rack near the tills and tell me what you see", "gift_card_demand"),
    ("to keep it safe we will move it to a protected monzo account that we open for you", "safe_account"),
    # the 737th batch's fees that stand between the listener and the money
    ("its the rewards team you won a 500 pound voucher and to release it we just need your card for the admin charge",
     "advance_fee"),
    ("congratulations to release the funds we just need you to settle the compliance tax first", "advance_fee"),
    ("the withdrawal is approved but before we can release it theres a ten percent capital gains tax to settle",
     "fee_to_release"),
])
def test_a_reading_of_the_663rd_batches_on_fires(text: str, signal: str) -> None:
    assert signal in analyze(text).signals


def test_a_customer_who_has_rung_the_number_on_the_card_reached_the_real_desk() -> None:
    """"I've rung the number on the back of my card" (the 725th batch's honest fraud line, flagged before): the
    desk's one-time code then checks the customer who rang, as "i called the number on the back of my card" did."""
    verdict = analyze("hi ive had a text about a payment so ive rung the number on the back of my card thanks for "
                      "calling youre through to the fraud team for security ill send a one time passcode to the "
                      "mobile we hold can you read it back to me please its 4 1 9 2 0 6 thanks youre verified")
    assert not verdict.is_scam, verdict.reasoning


def test_a_customer_who_opens_on_what_they_are_stuck_doing_rang_the_desk() -> None:
    """"Hi, I'm trying to set up my account and it keeps sending me a code" (the 729th batch's honest twin,
    flagged before): the customer speaks first about their own problem, so the desk they rang may check a code."""
    verdict = analyze("customer hi im trying to open my tax account online and it keeps sending me a code agent okay "
                      "are you signing in on the website customer yes it texted me a six digit code do you need it "
                      "agent no please dont read it to me type it in the box yourself customer okay it worked thanks")
    assert not verdict.is_scam, verdict.reasoning


def test_proof_of_social_security_income_asks_for_no_number() -> None:
    """A landlord's "proof of your social security income" (the 718th batch's honest twin, flagged before)
    names the benefit, as "your social security check" does, not the number."""
    verdict = analyze("hi its the leasing office at cedar court about your application we just need proof of your "
                      "social security income the letter you can download from ssa dot gov is fine")
    assert "ask_ssn" not in verdict.signals and not verdict.is_scam, verdict.reasoning


def test_a_customer_telling_the_bank_about_a_lottery_caller_retells_the_scam() -> None:
    """"My daughter says I got scammed, some man call me and say I win the lottery": the 693rd batch's caller
    reports the call to her bank's desk (flagged before)."""
    verdict = analyze("thank you for calling northbank my name is marcus how can i help well i think i did something "
                      "stupid my daughter says i got scammed some man call me and say i win the lottery and i send him "
                      "nine hundred dollar on zelle last night and this morning he call back for more")
    assert not verdict.is_scam, verdict.reasoning


_BANK_DESK = "hello this is the security team at your bank "


@pytest.mark.parametrize("text, signal", [
    # the approval asked for to undo what it approves (the 747th and 746th batches' bank desks)
    (_BANK_DESK + "were cancelling it now you will get a notification in your banking app you just accept it so i "
     "can oppose the payment", "code_demand"),
    (_BANK_DESK + "ill decline it in a second the app will ask you to approve and then we can block the card for "
     "good", "code_demand"),
    # ... the app's own words read out, and explained away
    (_BANK_DESK + "okay so it says approve payment of two thousand euros to a new recipient yes that is the reversal "
     "the system shows it that way just press it", "code_demand"),
    (_BANK_DESK + "it says log in to your online banking on a new device correct sign that one thats the block",
     "code_demand"),
    # the 744th batch's desks that take the payment on the call and turn the customer's own channel down
    ("its oliver from the tax office debt management the first instalment is 600 today by bank transfer while im on "
     "the line cant i just pay it on gov uk sir if you do that now the enforcement wont be stopped", "payment_switch"),
    ("this is patient financial services we have a settlement of 940 today if you pay on this call can i just pay it "
     "through the patient portal the portal wont show the settlement its a collections offer", "payment_switch"),
    # the 752nd batch's terse calls: the approval asked for to cancel, the listener's own check headed off
    ("we flagged an e transfer of 2000 this morning to cancel it i just need you to approve the reversal when it pops "
     "up in your app", "code_demand"),
    ("your sin is linked to a fraud investigation ill log into my account and check it wont show online its with "
     "enforcement now", "told_not_to_tell"),
])
def test_an_ask_of_the_744th_to_752nd_batches_is_read(text: str, signal: str) -> None:
    verdict = analyze(text)
    assert signal in verdict.signals, verdict.reasoning


def test_a_session_named_after_what_was_agreed_is_the_customers_own() -> None:
    """The 750th batch's repair shop (rung, before, on its own number): "like we talked about i'm gonna connect to
    your computer at ten tomorrow"."""
    verdict = analyze("hey its nate from hilltop computers like we talked about im gonna connect to your computer at "
                      "ten tomorrow to move your files to the new one youll see a pop up just click allow 307 555 0186 "
                      "if you need to move it")
    assert not verdict.should_engage(70) and not verdict.is_scam, verdict.reasoning


@pytest.mark.parametrize("text", [
    # the issuer's "screen only shows the last four" (the 441st to 691st batches' card desks)
    "hi its dev from card services theres a pending charge of 520 at an online store was that you no okay "
    "can you read me the sixteen digits on the front i can only see the last four at my end",
    # the listener's own objection, and the caller's answer
    "this is the fraud line for your visa we saw two charges in texas ill need you to confirm the full card number "
    "dont you already have that yes sir but the system needs the customer to confirm it",
    # the whole number "to cancel the right one", with no expiry or code asked yet
    "your debit card was used at a website called zenbuy for 349 so im going to cancel it and send a new card to "
    "cancel the right one can you confirm the long number on the front for me",
    "we have put a hold on that one but you have two cards so could you give me the sixteen digits so i can block "
    "the correct card",
])
def test_the_issuer_asking_for_the_whole_number_of_its_own_card_is_the_thiefs_ask(text: str) -> None:
    """A card's issuer holds its number: asking the listener to read it out "to match", "to cancel the right one",
    or because "my screen only shows the last four" is the fake fraud desk's step (wave 112)."""
    verdict = analyze(text, "conversation")
    assert "card_check_ask" in verdict.signals and verdict.is_scam, verdict.reasoning


@pytest.mark.parametrize("text", [
    # the desk the customer rang to pay, with the card not on file
    "thank you for calling northside gas this is lee how can i help i want to pay my bill the card on file expired "
    "okay i can only see the last four of the old one so go ahead with the sixteen digits of the new card and the "
    "expiry the payment of 84 went through",
    # the activation line the customer dialled: keyed in, not read to a person
    "welcome to card activation please enter your sixteen digit card number followed by the pound key thank you your "
    "card is now active",
    # a real fraud team that asks for nothing of the card
    "hi this is the fraud team at your credit union we declined a charge of 310 at a gas station in ohio was that "
    "you no okay we have blocked the card and a new one is in the mail we will never ask for your full card number",
])
def test_a_desk_taking_a_new_card_or_an_issuer_that_asks_nothing_is_no_card_check(text: str) -> None:
    verdict = analyze(text, "conversation")
    assert "card_check_ask" not in verdict.signals and not verdict.should_engage(70), verdict.reasoning


@pytest.mark.parametrize("text", [
    "thank you for calling netflix this is aaron i see two charges on the twelfth so ill refund the second one it goes "
    "back to the visa ending 4410 in three to five business days",
    "best buy customer care this is marcus i see the return was scanned at the store so the refund of 279 99 was "
    "issued back to your mastercard ending in 1140 yesterday",
])
def test_a_refund_back_to_the_card_named_by_its_last_four_is_an_honest_desks(text: str) -> None:
    """The 789th batch's refund desks the customer rang (wave 112): the money goes back where it came from."""
    verdict = analyze(text, "conversation")
    assert "legit_refund_to_card" in verdict.signals and not verdict.is_scam, verdict.reasoning


@pytest.mark.parametrize("text", [
    # the 792nd batch's fees paid to a person's own account or wallet (wave 112)
    "before the aptitude test you are to pay fifteen thousand naira for the manual into our hr officers account after "
    "that we send you the venue",
    "the scan is urgent so you need to send twelve thousand five hundred to the doctors number please mama be quick",
    # (from the last verb: the listener's "how do i pay you" is not the scope of the caller's answer)
    "how do i pay you you can pay by ewallet to our agent number and i will sms you the reference",
])
def test_a_fee_sent_to_a_persons_own_account_is_an_odd_payee(text: str) -> None:
    verdict = analyze(text, "conversation")
    assert "odd_payee" in verdict.signals, verdict.reasoning


def test_a_son_who_says_police_never_arrest_on_a_video_call_is_warning_not_demanding() -> None:
    """The 785th batch's family (wave 112): "police will never arrest you on a video call or ask you to transfer
    money" denies the transfer as it denies the arrest."""
    verdict = analyze("papa give me the phone there is nothing like that police will never arrest you on a video call "
                      "or ask you to transfer money to an rbi account lets call nineteen thirty and report it",
                      "conversation")
    assert "move_money" not in verdict.signals, verdict.reasoning


@pytest.mark.parametrize("text, signal", [
    # the 813th batch's African calls (wave 116): a "mistaken" transfer the balance does not show, a prophet's seed,
    # cheap electricity units, an official's fee into a wallet
    ("i sent you three thousand by mistake please return it the balance will show later dont call safaricom they will "
     "hold it for days just send it to this other number", "wrong_send"),
    ("the man of god saw your face in the vision there is a curse on your business you must sow a seed of twenty "
     "thousand naira before sunday", "prophet_seed"),
    ("we are vendors we sell tokens at half price send your meter number and pay to my till", "token_discount"),
    ("the parcel has a duty of nine thousand shillings you send the duty by m pesa to the officer and i release it",
     "odd_payee"),
    # the 814th batch's South and South-East Asian calls (wave 116): a pin to receive, the code said aloud, the task
    # job's top-up, the official's account for verification, the loan's fee before release
    ("i am sending one qr code you scan and put your upi pin and the amount will come in your account",
     "code_demand"),
    ("madam i have sent you one request on gpay please approve it then the refund is done", "code_demand"),
    ("sir i am sending a tac to your phone please say the code so i can block the device", "code_demand"),
    ("the first tasks are free then the vip task needs a top up of 500 and you get back capital plus 30 percent",
     "odd_payee"),
    ("your savings must be transferred to a government account for verification until the investigation is done",
     "safe_account"),
    ("your loan is approved but you send the security deposit of 2,000 first it will be returned with the loan",
     "advance_fee"),
    # the 820th batch's Spanish calls (wave 117): the code dictated, the virtual kidnapper, the extortionist's
    # "piso", a number that "resulto ganador", the card collected at the door
    ("le vamos a mandar un mensaje con ocho digitos me los dicta y queda reactivada su cuenta", "code_demand"),
    ("escucheme bien senora la levantamos saliendo de la escuela si usted cuelga se la regresamos en pedazos",
     "family_emergency"),
    ("mire a mi me pagaron para darte piso pero si cooperas no te pasa nada", "legal_threat"),
    ("le hablamos de la promocion navidena su numero resulto ganador de una moto", "prize"),
    ("vamos a mandar un mensajero a su domicilio a recoger el plastico para destruirlo", "cash_parcel"),
    # the 821st and 823rd batches (wave 117): the prize's activation top-up, the national id asked for, the code
    # "you can share with the bank", a protected account "opened in your name"
    ("you are the winner you need to do one recharge of 500 dirham for the activation of prize account",
     "fee_to_release"),
    ("congratulations you won the loyalty bonus we just need to confirm your emirates id number", "ask_ssn"),
    ("an otp will come it says do not share but you can share it with the bank", "code_demand"),
    ("we have opened a protected account in your name and ill talk you through moving the balance", "safe_account"),
    # the 824th batch's Spanish calls from Peru, Chile, Argentina, Spain and the Caribbean (wave 118): the code or the
    # coordinates read back, the "cuenta de resguardo", a relative held "por nosotros", the extortionist's "cupo", the
    # mistaken transfer whose app "demora en actualizar"
    ("usted va a recibir un codigo de seguridad apenas le llegue solo me dicta el codigo y yo anulo la transferencia",
     "code_demand"),
    ("para anular el cargo el sistema me pide las coordenadas b3 e7 y j1 de su tarjeta", "code_demand"),
    ("usted tiene que pasar su saldo a una cuenta de resguardo a nombre del banco mientras le generamos un usuario",
     "safe_account"),
    ("senora su hijo se encuentra retenido por nosotros no va a colgar ni va a hablar con nadie", "family_emergency"),
    ("desde el lunes cada unidad paga quince soles diarios de cupo si no paga el carro no sale", "legal_threat"),
    ("le acabo de yapear doscientos soles por equivocacion lo que pasa es que yape demora en actualizar me lo devuelve",
     "wrong_send"),
])
def test_a_scams_ask_of_the_813th_to_825th_batches_is_read(text: str, signal: str) -> None:
    verdict = analyze(text, "conversation")
    assert signal in verdict.signals, verdict.reasoning


@pytest.mark.parametrize("text, signal", [
    # the 827th batch's Spanish calls from Mexico, Central America, Colombia and Venezuela (wave 119): the asks said
    # the way a conversation says them, with no one country's wording
    ("le va a llegar un codigo de seis digitos por mensaje y usted me lo repite para que quede registrado", "code_demand"),
    ("abra su aplicacion y digame el numero que aparece en el token para desvincular el dispositivo", "code_demand"),
    ("vaya a la tienda compre las recargas y me dicta los pin de atras", "code_demand"),
    ("para que quede con el mismo nip necesito que me confirme su nip actual de cuatro digitos", "code_demand"),
    ("solo me va a ir diciendo los numeros que le aparecen en la aplicacion del token", "code_demand"),
    ("vamos a pasar el saldo a una cuenta segura que el banco le asigna mientras se le repone la tarjeta", "safe_account"),
    ("lo que hacemos es mover ese dinero por ach a otra cuenta del mismo banco a nombre de la superintendencia",
     "safe_account"),
    ("se detecto un acceso a su banca en linea desde un dispositivo en tijuana", "bank_fraud"),
    ("nosotros le mandamos un numero de nequi y usted consigna hoy antes de las seis", "payment_demand"),
    ("el tramite usted lo pague en oxxo con una referencia que yo le doy ahorita", "payment_demand"),
    ("para liberarlo tiene que pagar la comision de apertura y el seguro de deuda", "fee_to_release"),
    ("necesitamos que pague la primera cuota por adelantado como garantia", "fee_to_release"),
    ("si no paga el lunes le quemamos una unidad con todo y motorista", "legal_threat"),
    ("tu papa tiene que aportar tres mil al mes y a su familia no le pasa nada", "legal_threat"),
    ("no vaya a llamar al gaula porque nos damos cuenta y eso le sale peor", "secrecy"),
])
def test_a_spanish_conversations_ask_is_read_however_it_is_worded(text: str, signal: str) -> None:
    verdict = analyze(text, "conversation")
    assert signal in verdict.signals, verdict.reasoning


@pytest.mark.parametrize("text", [
    # a relative's own transfer, told in the past, is no demand
    "mija ya te mande los 200 por zelle para lo de tus libros avisame si te llegaron",
    # the customer rang the bank: the code is read back to the desk they called
    "estoy llamando al numero de la tarjeta agente le voy a enviar un codigo a su celular registrado como usted es el "
    "que nos llamo me lo puede dictar para verificar que es el titular",
    # the real desk finds nothing wrong
    "ya valide su identidad y no veo ningun movimiento extrano en su cuenta hizo muy bien en colgar",
    # a relative reads the number out for the listener, to the office the listener is talking to
    "necesito el numero de seguro social de su esposo fallecido es que no lo veo bien mi nieta se lo dicta",
])
def test_a_spanish_honest_call_or_text_keeps_its_asks_unread(text: str) -> None:
    verdict = analyze(text, "sms" if "zelle" in text else "conversation")
    assert not {"payment_demand", "code_demand", "bank_fraud"} & set(verdict.signals), verdict.reasoning


@pytest.mark.parametrize("text", [
    # the 816th batch's bystanders (wave 116): a scam retold to the real desk or a neighbour is no scam
    "hello youre through to the broadband desk hi yeah its mr collins my wifes just had a call saying our internet is "
    "going to be cut off in 24 hours because the router has been hacked and she needed to download an app to fix it "
    "ok thanks for calling us we dont ring like that",
    "sue its pat next door can i read you something ive had a text royal mail your parcel has been held due to an "
    "unpaid fee of 1 pound 45 please pay at royalmail-redelivery-fee.com within 24 hours or it will be returned dont "
    "press it ill forward it to 7726",
    # the 825th batch's retelling (wave 118): "so what did the man say?" opens on a call already over
    "b so what did the man say a he said hes a prophet and i must sow a seed of 35,000 on momo to his assistant before "
    "midnight b and you sent a no i called you b dont send anything block that number",
    # ... and a relative's or a desk's warning about the code is no ask for it
    "there you go all set now dont ever read that code out to anyone not even me okay",
])
def test_a_scam_retold_or_warned_against_is_not_a_scam(text: str) -> None:
    verdict = analyze(text, "conversation")
    assert not verdict.is_scam, verdict.reasoning


def test_a_landlord_who_offers_a_viewing_before_the_money_is_no_rental_scam() -> None:
    """A letting call of the dev sets (wave 117): "still available", then a viewing and first and last month by
    e-transfer once the lease is signed; the absent landlord's scam never offers the viewing."""
    verdict = analyze("hi is this kevin im calling about the basement apartment yes its still available do you want to "
                      "see it yes please i can show it tomorrow at five if you like it well do a credit check and sign the "
                      "lease ill need first and last months rent by e transfer once you sign", "conversation")
    assert "rental_hold" in verdict.signals and not verdict.is_scam, verdict.reasoning


def test_a_tellers_screening_question_is_no_gag_order() -> None:
    """The 838th batch's branch manager (wave 120) was rung: "has anyone asked you to take out this money or to keep
    it secret?" asks about a scammer's secrecy; "you came in this morning to withdraw" is the customer's own visit."""
    verdict = analyze("A: Hi, is this Helen? It's Maria at the Oakfield branch, you came in this morning to withdraw "
                      "seven thousand in cash. B: Yes, for some building work. A: That's fine, I'm just double-checking. "
                      "Has anyone asked you to take out this money or to keep it secret? B: No, it's for my builder. "
                      "A: Just remember, the bank and the police will never ask you to withdraw money or hand it to a "
                      "courier. B: Of course. A: If you ever want to talk it through, call us on 020 7946 0671.")
    assert not verdict.is_scam and not {"told_not_to_tell", "move_money", "legal_threat"} & set(verdict.signals), \
        verdict.reasoning
    # the scammer's own gag order still counts
    verdict = analyze("okay you are at the bank now listen do not tell the teller anything keep it secret this is a "
                      "federal case and take out the money in cash")
    assert "told_not_to_tell" in verdict.signals or "secrecy" in verdict.signals, verdict.reasoning


@pytest.mark.parametrize("text, signal", [
    # a warning about the recovery scam and a report of what the scammer said (wave 120, 837th batch)
    ("priya: thats what the bank lady said. anyone asking for a fee to recover it is part of the same thing",
     "fee_to_release"),
    ("I was told to move it to a safe account because my account had been hacked, who told you that?",
     "safe_account"),
])
def test_the_wave_120_warnings_are_no_demand(text: str, signal: str) -> None:
    assert signal not in analyze(text).signals, analyze(text).reasoning


@pytest.mark.parametrize("text, signal", [
    # the 838th batch's marketplace cons (wave 120): someone else's account explained, the cheque that pays more than
    # the price, the deposit before the viewing
    ("how do i pay? bank transfer to my mate connor, it's his account because mine's got a daily limit", "odd_payee"),
    ("the account name is r whitcombe, don't worry that it's a person's name, it's our settlement officer",
     "odd_payee"),
    ("I'm sending you a cashier's cheque for fifteen thousand four hundred, once the cheque clears you just send fifty "
     "five hundred to his zelle", "fake_check"),
    ("whoever e-transfers first and last, thirty-eight hundred, gets it held and then we do the viewing after",
     "odd_payee"),
])
def test_the_wave_120_marketplace_readings(text: str, signal: str) -> None:
    assert signal in analyze(text).signals, analyze(text).reasoning


@pytest.mark.parametrize("text", [
    # the 844th batch's sextortion calls (wave 121): the pictures held and everyone who will see them
    "I've got a video of you, Daniel, from your webcam. Two thousand dollars in Bitcoin by tonight and it gets deleted. "
    "If not, everyone sees it.",
    "cause I got your pics bro, and I got a list of your followers, your school, your parents. send 500 in Apple gift "
    "cards or Steam and it's deleted",
])
def test_sextortion_is_a_threat(text: str) -> None:
    verdict = analyze(text)
    assert "revenge_threat" in verdict.signals and verdict.is_scam, verdict.reasoning


def test_a_customer_who_need_not_pay_is_asked_for_nothing() -> None:
    """The 844th batch's tax desk (wave 121): the customer's own "so I don't have to pay now?" is no payment demanded
    (while "a grant that does not have to be repaid ... a processing fee" still asks for the fee)."""
    verdict = analyze("Customer: so I don't have to pay now? Agent: not while the objection's open, no")
    assert "payment_demand" not in verdict.signals, verdict.reasoning
    verdict = analyze("Your student qualifies for a nine thousand dollar federal education grant that does not have to "
                      "be repaid. To reserve the grant, a one-time processing fee of $249 is required.")
    assert "advance_fee" in verdict.signals, verdict.reasoning


@pytest.mark.parametrize("text", [
    # the supplier's or the landlord's "new bank" by phone (wave 122, 850th batch)
    "Just a heads-up, we've moved banks after our audit, so please update our remittance details before you pay "
    "invoice 7718.",
    "just to say the bank details on that one are wrong, our email got hacked so please ignore that thread",
])
def test_a_new_bank_by_phone_is_a_payment_switch(text: str) -> None:
    assert "payment_switch" in analyze(text).signals, analyze(text).reasoning
    # ... not the customer's own "I think my bank details on file are wrong"
    assert "payment_switch" not in analyze("hi, I think my bank details on file are wrong, can you check").signals


@pytest.mark.parametrize("text, signal", [
    # the 849th batch's Hinglish calls (wave 122): the light cut tonight, the app to install, the "mistaken" transfer
    # to send back, the QR scanned with the PIN to "receive" a cashback
    ("hello main bijli office se bol raha hoon aaj raat saadhe nau baje aapki light kaat di jayegi", "utility_cutoff"),
    ("isko theek karne ke liye aap ek app download kijiye jo humara naya app hai", "remote_access"),
    ("bhai sahab aapko galti se das hazaar rupaye chale gaye mere phone se please wapas kar dijiye", "wrong_send"),
    ("main aapko whatsapp pe ek qr code bhej raha hoon usko apne gpay se scan kijiye amount dikhega aur pin daaliye "
     "cashback turant account mein", "code_demand"),
])
def test_the_wave_122_hinglish_readings(text: str, signal: str) -> None:
    assert signal in analyze(text).signals, analyze(text).reasoning


@pytest.mark.parametrize("text", [
    # honest counterparts: a delivery's door OTP (real couriers in India ask for it), a broker's "you enter the PIN
    # yourself in your own app"
    "hello madam amazon delivery se bol raha hoon aapka parcel hai, aapka parcel box check kar lo, otp bata dijiye",
    "aapko sirf apne upi app mein khud pin daalna hai, hum kabhi pin nahi maangte",
])
def test_an_honest_door_otp_or_own_app_pin_is_no_code_demand(text: str) -> None:
    assert "code_demand" not in analyze(text).signals, analyze(text).reasoning


def test_a_bosss_voucher_errand_is_a_card_demand() -> None:
    """The 850th batch's CEO's "assistant" (wave 122): "he needs ten Amazon vouchers for a charity raffle tonight";
    a friend's retelling ("he asked for apple vouchers in the end") is not read."""
    verdict = analyze("Hi, this is Ana from the CEO's office. Mr. Okafor asked me to message you. He needs ten Amazon "
                      "vouchers for a charity raffle tonight, I'll reimburse you tomorrow")
    assert "gift_card_demand" in verdict.signals, verdict.reasoning
    assert "gift_card_demand" not in analyze("the scammer kept her on the phone and he asked for apple vouchers in "
                                             "the end she said no").signals


@pytest.mark.parametrize("text, signal", [
    # the 855th batch (wave 123): the loan app's collector who will message "all of your contacts", the payee named
    # as the caller's colleague or paid into a personal account "because our agency account has a problem", the
    # mentor's "just buy usdt"
    ("pay the seven thousand by three today or we will send a message to all of your contacts that you ran away with "
     "the loan", "revenge_threat"),
    ("you transfer it to this account, the name is Grace Adeyemi, she is our field officer, then send the screenshot",
     "odd_payee"),
    ("go to the store and send with Western Union, the receiver name I will text you, it's our release desk",
     "odd_payee"),
    ("for now pay the processing to my own GCash, our agency account is under maintenance this week", "odd_payee"),
    ("the app account needs ten thousand, so buy some usdt on the exchange and send it to the deposit address",
     "crypto_demand"),
])
def test_the_wave_123_readings(text: str, signal: str) -> None:
    assert signal in analyze(text).signals, analyze(text).reasoning


@pytest.mark.parametrize("text, signal", [
    # honest counterparts: a victim's retelling, a real lender's hardship call, a landlord's own account
    ("they threatened to message my contacts but I reported the app", "revenge_threat"),
    ("the payment goes to the account on your statement, in the name of the bank, never to a person", "odd_payee"),
    ("i paid him back with my own card because the company card was declined at the hotel", "odd_payee"),
])
def test_the_wave_123_honest_words_are_not_read(text: str, signal: str) -> None:
    assert signal not in analyze(text).signals, analyze(text).reasoning


@pytest.mark.parametrize("text, signal", [
    # the 856th batch's business compromise calls (wave 123): the check waved through or refused, the old account
    # said to be dead
    ("I know the policy, I spoke to their controller myself this morning, consider this the callback and release it",
     "told_not_to_tell"),
    ("put it through as a manual wire today and I'll approve it retroactively when I'm back", "told_not_to_tell"),
    ("should I let the finance director know? absolutely not, this stays between us until the deal closes",
     "told_not_to_tell"),
    ("it's confidential payroll data, so best not to forward the link to anyone", "told_not_to_tell"),
    ("any payment to the old account is going to be returned, it's closed, so update us today", "payment_switch"),
    ("can you hold the check run and send it as a wire instead, it's faster for us", "payment_switch"),
])
def test_the_wave_123_business_compromise_readings(text: str, signal: str) -> None:
    assert signal in analyze(text).signals, analyze(text).reasoning


@pytest.mark.parametrize("text, signal", [
    # honest twins: the controller who asks for the callback, the vendor whose old account stays open
    ("should I let the finance director know? yes please, and do the callback to the number on file", "told_not_to_tell"),
    ("we will call you back on the number in our vendor file before anything changes", "told_not_to_tell"),
    ("our old account stays open until March, so either one works while the change goes through your form",
     "payment_switch"),
])
def test_the_wave_123_honest_business_calls_are_not_read(text: str, signal: str) -> None:
    assert signal not in analyze(text).signals, analyze(text).reasoning


@pytest.mark.parametrize("text, signal", [
    # the 862nd batch (wave 124): the agency kept out of it, the code's warning waved off as "standard text"
    ("me and my colleague will be there in twenty minutes, and don't bother calling the department, the phones are "
     "jammed", "told_not_to_tell"),
    ("I'll text you where to send it, and don't call the barracks, this is handled by me directly", "told_not_to_tell"),
    ("if you ring the court yourself they'll just tell you it's with enforcement, so pay today", "told_not_to_tell"),
    ("it says don't share this code with anyone. that's standard text, it doesn't apply to the utility",
     "told_not_to_tell"),
    # the 861st batch's refund desks: cash hidden from the x-ray, the bank kept out of "our agreement", a notepad to chat
    ("take a cookbook and put the money between the pages, so the x-ray machine doesn't see it", "cash_parcel"),
    ("ma'am the bank doesn't know about our agreement, so don't tell them what it's for", "told_not_to_tell"),
    ("i'm putting the notepad here so we can type to each other, don't close that", "remote_access"),
])
def test_the_wave_124_readings(text: str, signal: str) -> None:
    assert signal in analyze(text).signals, analyze(text).reasoning


def test_a_clerks_dont_call_is_no_gag() -> None:
    """A first try read "don't call the court" anywhere, and flagged an honest jury clerk: "if you don't show up at
    all and don't call the court may send you a notice"."""
    text = ("you're fine for the postponement, the only thing is if you don't show up at all and don't call the court "
            "may send you a notice to come in and explain, but you called so you're fine")
    assert "told_not_to_tell" not in analyze(text).signals, analyze(text).reasoning


@pytest.mark.parametrize("text", [
    # the 868th batch (wave 125): the family kept out of a relative's or a partner's emergency
    "it's a release deposit and he's embarrassed, his father can't know yet",
    "and keep it secret from your brother, he never liked me",
    "and don't say nothing on the group chat, his missus will go mental",
    "please don't post on Facebook, Papa doesn't want people to know",
    "just please don't mention it at work, I'll pay you back Friday",
    "there's a suppression order so don't go ringing the family, it'll hurt his case",
])
def test_the_wave_125_family_gag_orders(text: str) -> None:
    assert "secrecy" in analyze(text).signals, analyze(text).reasoning


@pytest.mark.parametrize("text", [
    # honest counterparts: family news shared, a surprise, a colleague's ordinary request
    "we told his father already, he knows and he's driving up tonight",
    "you can post it on Facebook now, the baby's here and everyone knows",
    "I mentioned it at work and my boss said take Friday off",
])
def test_the_wave_125_family_news_is_no_gag_order(text: str) -> None:
    assert "secrecy" not in analyze(text).signals, analyze(text).reasoning


@pytest.mark.parametrize("text, signal", [
    # the 873rd and 874th batches (wave 126): the authenticator's number read out, a code "your bank just texted you"
    # wanted by the caller's screen, internet banking opened for the caller, a PayID "registered to one of our agents"
    ("when the authenticator shows a number, just read it out and i'll match it", "code_demand"),
    ("got it, it's asking for a code your bank just texted you", "code_demand"),
    ("while it updates, log into your internet banking so i can check the connection is secure", "credential_demand"),
    ("i'll give you the payid, it's registered to one of our agents, daniel cho", "odd_payee"),
])
def test_the_wave_126_readings(text: str, signal: str) -> None:
    assert signal in analyze(text).signals, analyze(text).reasoning


@pytest.mark.parametrize("text, signal", [
    # honest counterparts: the bank's alert of a login, a desk's advice to change the password
    ("we've seen a suspicious login to your internet banking from perth, was that you", "credential_demand"),
    ("i'm signing your account out on all devices, please change your password and turn on two step verification",
     "ask_login"),
])
def test_the_wave_126_honest_words_are_not_read(text: str, signal: str) -> None:
    assert signal not in analyze(text).signals, analyze(text).reasoning


@pytest.mark.parametrize("text", [
    # the 873rd batch's honest calls: a store's refund in store credit, a son's Quick Assist session for his mum
    "Customer: Hi, I returned a coffee machine to your store and the refund went onto a gift card instead of my "
    "credit card. Agent: I can reverse the gift card and put the refund back on the card. Bring the gift card into "
    "any store with your photo ID, give them this case number, 88-5120, and they'll refund it to your card.",
    "Mum: Darren, sorry to ring you at work, the laptop won't print. Darren: No worries, Mum. I'll connect in and "
    "have a look. Open the Quick Assist thing I set up for you, it's on your desktop. Mum: It says enter a code. "
    "Darren: It's 6JD 41K. Mum: It's asking if I want to let you take control. Darren: Take control, that's fine, "
    "it's me. Mum: You're a star. Darren: Love you.",
])
def test_the_wave_126_honest_calls_are_not_flagged(text: str) -> None:
    verdict = analyze(text)
    assert not verdict.is_scam, verdict.reasoning


@pytest.mark.parametrize("text", [
    # the 878th batch (wave 127): the listener's check refused outright, the others kept off the thread, the caller's
    # word made the control, the code's warning waved off as "for outside people", the gag order repeated in anger
    "could i ring you back on your office line first? i'm walking into a panel, there's no time for that",
    "should i raise it in coupa so it gets approved? no time for coupa, do it from the ops account",
    "need you to push the singapore deposit today, don't loop finance in, they'll sit on it for a week",
    "keep this between the two of us, don't copy the rest of finance, send me the remittance on whatsapp",
    "you can confirm right here with me, denise retired last month",
    "it's fine, i'm authorising it right now on this call",
    "split it into four payments under ten grand each so it doesn't need the second approver",
    "it says never share it. that's for outside people, we're internal it",
    "why you told her, i told you don't say anything about amazon",
])
def test_the_wave_127_business_compromise_readings(text: str) -> None:
    assert "told_not_to_tell" in analyze(text).signals, analyze(text).reasoning


@pytest.mark.parametrize("text, signal", [
    # the 889th batch (wave 129): the approver or a colleague kept out, the payment's details from the caller's own
    # address, the money to the caller's own account
    ("the deposit's gotta go today, sixty-one grand. leave leanne out of it, she'll only hold it up",
     "told_not_to_tell"),
    ("i need a wire to their escrow agent before four and i don't want priya looped in on this one yet",
     "told_not_to_tell"),
    ("the deal is under nda so nobody else in finance should see these until monday", "told_not_to_tell"),
    ("you must not speak to anyone in the office, not even mr kinsella by phone", "told_not_to_tell"),
    ("the deadline's tomorrow, so let's not involve it", "told_not_to_tell"),
    ("cfo madam is on leave, shall i take approval from her? no no, don't disturb her she is travelling",
     "told_not_to_tell"),
    ("the details are coming to you from my personal email, just release it on your login", "payment_switch"),
    ("the business account is frozen so send this week's stage payment to my personal account instead", "odd_payee"),
])
def test_the_wave_129_business_compromise_readings(text: str, signal: str) -> None:
    assert signal in analyze(text).signals, analyze(text).reasoning


@pytest.mark.parametrize("text, signal", [
    # honest words beside them: a joke, a colleague who is busy, a bank's warning, a customer's second phone
    ("oi leave the dog out of it", "told_not_to_tell"),
    ("leave me out of it, i only do the rota", "told_not_to_tell"),
    ("if anyone asks you to pay to my personal account, it isn't me; we only take payment to the firm's account",
     "odd_payee"),
    ("sure hang on, the code is on my other phone", "payment_switch"),
])
def test_the_wave_129_readings_leave_honest_words_alone(text: str, signal: str) -> None:
    assert signal not in analyze(text).signals, analyze(text).reasoning


@pytest.mark.parametrize("text", [
    # the 878th batch's honest twins: the check offered and welcomed, a warning about requests, nothing urgent, the
    # firm's details that never change
    "Caller: Please don't take my word on the phone. Call our main line, the number on your contract, and ask for our "
    "controller. Receiver: Perfect, that's our process anyway. Caller: And until you've verified, keep paying the "
    "current account, nothing's urgent. If anyone asks you to switch by email alone, treat it as fraud.",
    "Caller: Your completion statement shows 212,600 due from you. Receiver: And the bank details? Caller: They're in "
    "the client care letter and they won't change. Please don't rely on any email with different details. Receiver: "
    "I was going to send a small test first. Caller: Good idea. Send a pound, ring our switchboard on 020 7946 0372 "
    "from our website to confirm we've got it, then send the balance by Wednesday.",
])
def test_the_wave_127_honest_twins_are_not_flagged(text: str) -> None:
    verdict = analyze(text)
    assert not verdict.is_scam, verdict.reasoning
