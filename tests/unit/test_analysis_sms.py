"""SMS evidence: the shape of links, and the smishing kinds honest texts do not share.

Each class is checked both ways: a smishing text that needs it is flagged, and the honest
text it could be confused with (the same brand, a link, a code, a new number) is not.  The
texts here are written for these tests, not taken from the dev sets or public collections.
"""

from __future__ import annotations

import io
import pathlib

import pytest

from chalicelib.analysis import analyze, cap_text
from chalicelib.analysis._links import link_marks
from chalicelib.analysis._normalize import normalize_for
from chalicelib.analysis._numbers import find_phone_numbers
from chalicelib.analysis.commands import calibrate, channel_of, evaluate


@pytest.mark.parametrize("text, marks", [
    # a brand's name inside someone else's address
    ("USPS: parcel on hold, confirm at usps-parcel-desk.com", ["smslinklookalike"]),
    ("Netflix: payment declined. Update: netflixx.net/acct", ["smslinklookalike"]),
    # hyphenated around a bait word, no brand at all
    ("Your card is blocked: card-unblock-now.com", ["smslinklookalike"]),
    # a host that pretends to end at .com / .gov
    ("PayPal: verify at paypal.com-account-review.net today", ["smslinkdisguised"]),
    ("Pay your fine at dmv.gov.fines-online.us", ["smslinkdisguised"]),
    ("Open http://203.0.113.9/pkg to reschedule", ["smslinkip"]),
    # the sender's own plain address, however many links
    ("FedEx: your parcel arrives today. fedex.com/track or fedex.com/help", ["smslinkown"]),
    ("Royal Mail: card left. Rebook at royalmail.com/redeliver", ["smslinkown"]),
    # a country-code domain after a real name is a link; a brand's regional address is its own
    ("Steam: appeal the ban at steamcommunity-appeal.ru", ["smslinklookalike"]),
    ("E-ZPass: your statement is ready at e-zpassny.com", []),
    # a brand's own plain suffix is its own address ("Cebu Pacific ... cebupacificair.com")
    ("Cebu Pacific: Check-in is now open. Check in at cebupacificair.com or the app.", ["smslinkown"]),
    # a city's own address ("the city of Denver ... denvergov.org")
    ("The ticket is $45 to the city of Denver, pay it on denvergov.org", ["smslinkown"]),
    # ... or its name after "go" or "the" (the 406th batch's airline and rail texts), but not hyphenated
    ("IndiGo: web check-in is open. Check in at goindigo.in", ["smslinkown"]),
    ("Trainline: your train is cancelled. Details at thetrainline.com", ["smslinkown"]),
    ("Trainline: refund due, claim at thetrainline-refunds.com", ["smslinklookalike"]),
    # ... or its name and a plain brand word (the 536th batch's bank and streaming texts), but not hyphenated
    ("Lloyds: a new device was added. If this wasn't you, call the number at lloydsbank.com", ["smslinkown"]),
    ("Disney+: your plan renews on 12/20. Manage at disneyplus.com/account", ["smslinkown"]),
    ("Lloyds: your account is on hold, verify at lloydsbank-verify.com", ["smslinklookalike"]),
    # any government's own zone, however it spells "government" (the 657th batch's NZ texts), not one borrowed
    ("NZTA: your toll trip is unpaid, pay at nzta.govt.nz/tolling within 5 days", ["smslinkown"]),
    ("BESCOM: your bill is due on 20-12. Pay at bescom.karnataka.gov.in", ["smslinkown"]),
    ("HMRC: search GOV.UK for Self Assessment", ["smslinkown"]),
    ("NZTA: pay your toll at nzta.govt.nz-tolls.com", ["smslinkdisguised"]),
    ("HMRC: claim your refund at hmrc.gov.uk.refund-claim.co", ["smslinkdisguised"]),
    ("NZTA: pay your toll at nzta-govt-nz.com", ["smslinklookalike"]),
    # a hyphenated host built around a transfer (the 678th batch's ticket link)
    ("accept on the link tktmaster-transfer.ca/accept/4b7e", ["smslinklookalike"]),
    # a www address run into the next words has one label left once "www" is dropped (UCI's spam)
    ("draw txt MUSIC to 87066 TnCs www.Ldew.com1win150ppmx3age16", []),
    # not links at all
    ("see you at 5 p.m. ok", []),
    ("i.e. the usual", []),
    ("got home.See you tomorrow", []),
    ("we paid 3.50 each", []),
])
def test_link_shapes(text: str, marks: list[str]) -> None:
    assert link_marks(text) == marks


def test_link_markers_reach_the_rules_only_for_sms() -> None:
    text = "USPS: confirm at usps-parcel-desk.com"
    assert normalize_for(text, "sms").endswith("smslinklookalike")
    assert "smslink" not in normalize_for(text, "call")


SMISHING = {
    "lookalike_parcel": "Evri: we could not deliver your parcel. Rebook here: evri-rebook-desk.com",
    "disguised_bank": "Halifax: a new payee was added. Not you? Cancel at halifax.co.uk-payee.info",
    "ip_link": "Your tax rebate is ready: http://198.51.100.23/rebate",
    # the 412th batch's appeal whose only threat is the deletion (caught before by a "case" number read as a
    # short code)
    "deleted_account": ("Your Instagram account has been reported for copyright infringement. Submit an appeal "
                        "within 48 hours or it will be permanently deleted: meta-appeals-center.com/case/40219"),
    # the 430th batch's long con by text: a sweetheart's secret, the profit that "already shows" before the next
    # deposit, a stock-tip group
    "sister_secret": ("You are the only person I can talk to honestly. Promise you won't tell your sister about us "
                      "yet, she won't understand"),
    "vip_deposit": ("See, your account already shows 2,140 profit in 3 days! Next window is Thursday, if you add 5000 "
                    "more you can join the VIP tier"),
    "stock_group": "Hey its Sandra from the investment group, members who followed made 18% in two days. Want in?",
    # the 412th batch's parcel notice whose only lure is the bare address: no carrier links to one
    "ip_link_parcel": ("AusPost: We attempted delivery of your parcel today but the label was unreadable. "
                       "Update details here 203.0.113.44/au/track"),
    # written for this test: a points lure sends its reader to a look-alike, not the till
    "points_lure": "T-Mobile: you've earned 8,500 reward points! Redeem now at tmobile-rewards-claim.com",
    # written for this test: a loan that answers "yes", a card "restricted" with a number to ring
    "loan_reply_yes": "Need cash fast? Bad credit OK. Get up to £1500 today. Reply YES and an advisor will call",
    "restricted_card": "Bank of America: your card ending 4412 has been temporarily restricted. Call us at "
                       "1-877-555-0152 to verify",
    "renewal_callback": "Norton: Your annual plan of $389.99 will renew today. To cancel call +1 808 555 0112",
    "foreign_tld": "Your Steam account was reported for suspicious trading. To avoid a ban, verify here: "
                   "steamcommunity-trade.ru/verify",
    "toll": "SunPass: you have an unpaid toll of $5.25. Pay today to avoid a $40 penalty: "
            "sunpass-balance.com",
    "dmv": "MVD notice: traffic citation unpaid, your license will be suspended Friday. Pay: "
           "mvd-citation.online",
    "hi_mum": "Hi mum, this is my new number, my phone got smashed. Can you help me with a payment "
              "today? I'll send you the details",
    "hi_dad_textspeak": "dad its me on a new number, phone got nicked. can u transfer 150 to my mate "
                        "for me",
    "job": "Hello, we found your CV. Remote job, 1 hour a day, earn $300 per day. If interested "
           "reply YES",
    "task": "Your task account is frozen. Recharge 80 USDT to unlock the next combo task and "
            "withdraw your commission",
    "code_theft": "Hi, I sent my login code to your number by mistake, could you forward it to me "
                  "please?",
    "link_trick": "Parcel held. Reply Y and reopen this message to activate the link",
    "release_fee": "Your profits of 2,100 USDT are ready. Pay the 10% unlock fee to release your "
                   "funds today",
    "details": "You have won a 500 pound voucher! Reply with your full name and address to claim",
    "disown": "Your order of a PS5 ($499) is confirmed. Didn't order? Call 1-888-555-0177",
    # written for this test: the 448th-468th batches' texts (a code for the "officer", the task scam's lucky
    # order, a friend's boast, a prize in Spanish, the platform's app from outside the store, a bank's "irregular
    # activity" with a number to ring)
    "code_to_officer": "Westpac: To stop the pending transfer please read the verification code to our officer when "
                       "they call you in the next 5 mins.",
    "lucky_order": "Hi Mark, system shows your balance is -$512.40 because you got the lucky order. Once you recharge, "
                   "the full $3,260 will be released.",
    "prize_in_spanish": "Felicidades! Fue seleccionado para recibir $500 de Walmart por las fiestas. Reclame su regalo "
                        "aqui: wmt-regalos.com",
    "off_store_app": "Hi it's Ethan. The platform app is updated, download from apps.kairo-dex.io not the app store "
                     "one, that's outdated. Send me a screenshot when you're in",
    "irregular_activity": "Capital One: Irregular activity on your account. A fraud specialist is waiting to speak "
                          "with you, call 1-888-555-0143.",
    # ... and the 476th batch's reversal con, in English, Swahili and Taglish, and money that needs a PIN to arrive
    "reversal_english": "Hi, I sent you 3000 by mistake on GCash, it was for my son's tuition, can you please send it "
                        "back? Thank you",
    "reversal_swahili": "Nimekutumia pesa kimakosa Ksh 2,300 tafadhali nirudishie kwa hii namba",
    "reversal_taglish": "Hi po, nagkamali po ako ng send ng P3,000 sa GCash nyo, para sana sa tuition ng anak ko, "
                        "pwede nyo po ibalik? Salamat po",
    "pin_to_accept": "MoMo: You've received R1,250.00 from Thandi. Funds pending. Dial *120*55*901# and enter your PIN "
                     "to accept.",
    # ... and the 484th batch's: the passcode "replied with", an overpayment "instead of", returns "turned into"
    "reply_with_passcode": "Chase Fraud Dept: To stop the pending transfer of $1,240.00 reply with the one-time passcode "
                           "sent to this device.",
    "overpaid_instead_of": "omg I sent you $1500 instead of $150 for the couch!! can you please send back $1350 to the "
                           "same email, my rent is due tomorrow",
    "turned_into": "My uncle works at a trading firm and showed me this AI arbitrage bot. I turned $2k into $9k in 3 "
                   "weeks. Want me to send you the link?",
}


@pytest.mark.parametrize("name", sorted(SMISHING))
def test_modern_smishing_is_flagged(name: str) -> None:
    result = analyze(SMISHING[name], "sms")
    assert result.is_scam, result.reasoning


HONEST = {
    "own_link_delivery": "FedEx: your parcel will arrive tomorrow by 8pm. Track at fedex.com/track",
    "own_link_bill": "PG&E: your bill of $98.20 is ready. View at pge.com. Reply STOP to end texts.",
    "otp": "843301 is your Coinbase verification code. Don't share it.",
    "otp_letters": "Your sign-in code is K7P2Q.",
    "receipt": "Cash App: You received $35 from Dana L.",
    "balance": "Chase: your balance is below $50.00. Reply STOP to end alerts.",
    "new_number": "Hey it's Jamie, new phone so new number. Save it!",
    "kid_asks": "hi mum can u pick me up at 6, phone on 5%",
    "kid_asks_money": "mum can u send me 10 for the bus pls",
    "debit_alert": "Axis Bank: Rs 1,200 debited from a/c XX9911. Not you? Call 1800 555 0102. Never "
                   "share OTP.",
    "footer": "Gap: 40% off sweaters today. Shop gap.com. Msg & data rates may apply. Reply STOP "
              "to opt out",
    "recruiter": "Hi, it's Alex from Northside Staffing about the forklift role. Free for a call "
                 "tomorrow at 10?",
    "friend_rent": "ugh I still have to pay the rent and it's only Tuesday",
    # written for this test: a shop's loyalty reward and a lost bet
    "store_reward": "Ulta: you've earned a $10 reward! Redeem at checkout by 12/31. Txt STOP to opt out",
    "lost_bet": "ha u won the bet fair and square, i owe u a pint",
    "booking_confirm": "Your haircut with Jess is booked for Sat 10am. Reply Y to confirm, N to cancel.",
    "app_reward": "Nando's: your free chicken reward is waiting in the app. Txt STOP to unsubscribe",
    "prescription_ready": "Your CVS prescription is ready for pickup at 1120 Main St. Questions? Call 555-0124. "
                          "Reply STOP to opt out.",
    "new_device_in_app": "Monzo: You've logged in on a new device. If this wasn't you, message us in the app.",
    # written for this test: the 460th and 468th batches' own-address alerts, a tracking number, a scheduled payment
    "exchange_own_site": "Kraken: A withdrawal of 0.0500 BTC was requested. If you did not make this request, lock "
                         "your account at kraken.com right away.",
    "tracking_number": "USPS Tracking 9400 1118 9922 3347 5501 82: Out for Delivery, expected by 8:00pm. Reply STOP "
                       "to cancel alerts.",
    "scheduled_zelle": "Wells Fargo: Your Zelle payment of $1,200.00 to Green Oak Properties is scheduled for 12/01. "
                       "Review it in the Wells Fargo app.",
    # ... and the 476th batch's: a carrier's address that adds "express" to its name, a toll top-up on the
    # operator's own site
    "carrier_suffix": "LBC: Your shipment 1720 9841 5530 is ready for pick-up at LBC Cubao. Please bring a valid ID. "
                      "Track at lbcexpress.com",
    "toll_own_site": "eFlow: Your tag account balance is low (4.20 EUR). Top up at eflow.ie to avoid unpaid tolls.",
    # ... and the 484th batch's bank receipts with nothing to reply to but the bank itself
    "passcode_for_payee": "Scotiabank: Your one-time passcode to add a new payee is 733190. If you didn't request it, "
                          "call us.",
    "zelle_receipt": "BofA: Zelle: You sent $85.00 to MARCUS J for pizza. If you didn't make this payment, call us. "
                     "Don't share your codes with anyone.",
}


@pytest.mark.parametrize("name", sorted(HONEST))
def test_honest_texts_with_links_brands_and_codes_stay_below(name: str) -> None:
    result = analyze(HONEST[name], "sms")
    assert not result.is_scam, result.reasoning


def test_a_delivered_code_vouches_for_nothing_when_the_text_asks_for_it_back() -> None:
    honest = analyze("Your Amazon code is 552019. Don't share it.", "sms")
    scam = analyze("Your Amazon code is 552019. Reply with the code you got to stop the order",
                   "sms")
    assert "legit_otp" in honest.signals and not honest.is_scam
    assert scam.is_scam, scam.reasoning


def test_the_same_words_on_a_look_alike_address_or_the_own_address() -> None:
    own = analyze("UPS: update your delivery preferences at ups.com/mychoice", "sms")
    fake = analyze("UPS: update your delivery preferences at ups-mychoice-update.com", "sms")
    assert "own_link" in own.signals and "lookalike_link" in fake.signals
    assert fake.confidence > own.confidence + 30


def test_link_reading_does_not_touch_calls() -> None:
    transcript = "this is ups please update your delivery at ups dash mychoice dot com"
    assert analyze(transcript, "call") == analyze(transcript + " ", "call")
    assert not {"lookalike_link", "own_link", "ip_link"} & set(analyze(transcript, "call").signals)


def test_sms_dev_files_are_read_as_texts_and_uci_is_split(tmp_path: pathlib.Path) -> None:
    (tmp_path / "sms").mkdir()
    (tmp_path / "sms" / "uci-sms-spam-collection.tsv").write_text(
        "label\ttext\nspam\tWIN a FREE prize! Txt CLAIM to 81010 now, T&C apply\n"
        "ham\tsee you at 6\nham\tok thanks\n", encoding="utf-8")
    dev = tmp_path / "dev"
    dev.mkdir()
    (dev / "scam_sms.txt").write_text("## lookalike\nUSPS: pay the fee at usps-fee-desk.com\n",
                                      encoding="utf-8")
    (dev / "legit_sms.txt").write_text("## otp\n123456 is your code\n", encoding="utf-8")
    assert channel_of(dev / "scam_sms.txt") == "sms"
    assert channel_of(dev / "scam_voicemails.txt") == "call"
    out = io.StringIO()
    results = evaluate(tmp_path, out, dev=dev)
    uci = "sms/uci-sms-spam-collection.tsv"
    assert results[f"{uci}[tune]"]["is_scam"]["n"] == 2  # rows 0 and 2
    assert results[f"{uci}[holdout]"]["is_scam"]["n"] == 1
    scam = [v for k, v in results.items() if k.startswith("dev/scam_sms")]
    assert scam and all(v["channel"] == "sms" for v in scam)
    assert sum(v["is_scam"]["tp"] for v in scam) == 1  # read as an SMS: the link counts
    # calibration fits SMS on UCI's even rows only; the dev texts are measured, not fitted
    fitted = io.StringIO()
    calibrate(tmp_path, fitted, dev=dev)
    assert "sms: 2 tuning rows" in fitted.getvalue()
    assert "call:" not in fitted.getvalue()


def test_a_link_dump_is_read_up_to_the_cap() -> None:
    dump = "Pay at usps-fee-desk.com/x or http://203.0.113.9/p " * 1200  # ~60 KB
    assert analyze(dump, "sms") == analyze(cap_text(dump), "sms")
    assert analyze(dump, "sms").is_scam


def test_a_full_mailbox_lure_is_smishing_but_a_free_delivery_offer_is_no_fee() -> None:
    """A mailbox "full" is a lure by text; a "$0 delivery fee" and an eye exam are everyday."""
    lure = analyze("Dear user, your mailbox is full and you will stop receiving emails. Upgrade "
                   "free here: mail-upgrade-now.xyz/login", "sms")
    assert lure.is_scam, lure.reasoning
    for honest in ("Pizza Town: $0 delivery fee this weekend on orders over $15 in the app.",
                   "Reminder from Lakeside Optometry: your annual eye exam is due. Call us on "
                   "555-0121 to book."):
        verdict = analyze(honest, "sms")
        assert not verdict.is_scam, (honest, verdict.reasoning)
    # on a call the listener's own phone says it: no lure
    assert "storage_full" not in analyze("my iphone says my storage is full", "call").signals


def test_a_promotion_is_never_engaged_and_an_opt_out_is_no_ask() -> None:
    """Spam perhaps, but the agent must never ring a salon's booking line, and "text STOP to
    80555" is how lawful senders end every message, not a keyword sold to a short code."""
    promo = analyze("Hi from Lily's Salon! 25% off blow-dries this week. Book on 0113 555 0142. "
                    "Reply STOP to unsubscribe", "sms")
    assert promo.callback_number is None and not promo.should_engage(0), promo.reasoning
    prize = analyze("URGENT! You have won a 1 week FREE holiday. To claim call 0113 555 0142 "
                    "now. T&Cs apply", "sms")
    assert prize.is_scam and prize.callback_number, prize.reasoning
    opt_out = analyze("Bean House: 2-for-1 lattes until Sunday. Txt STOP to 60555 to end msgs",
                      "sms")
    assert "shortcode" not in opt_out.signals and "sms_short_code" not in opt_out.signals
    subscribe = analyze("Txt GOAL to 60555 for this week's free ringtone! 150p/msg", "sms")
    assert "shortcode" in subscribe.signals and subscribe.is_scam, subscribe.reasoning
    recharge = analyze("Your prepaid plan of Rs 299 ends in 2 days. Recharge now to continue "
                       "enjoying unlimited calls.", "sms")
    assert "task_deposit" not in recharge.signals, recharge.reasoning
    task = analyze("Your account shows 3 pending tasks. Top up 50 USDT to continue the tasks "
                   "and withdraw your commission.", "sms")
    assert "task_deposit" in task.signals, task.reasoning


def test_a_sender_signing_with_its_whole_hyphenated_name_links_to_its_own_address() -> None:
    """"E-ZPass NY: ... e-zpassny.com" is the sender's own address; "ezpass-tollpay.com" is not."""
    own = analyze("E-ZPass NY: A $25.00 replenishment was charged to your card ending 0194. "
                  "Details at e-zpassny.com", "sms")
    assert not own.is_scam, own.reasoning
    fake = analyze("E-ZPass NY: unpaid toll of $6.99, pay now at ezpass-tollpay.com to avoid a "
                   "fine", "sms")
    assert fake.is_scam, fake.reasoning


def test_a_banks_yes_no_check_that_promises_never_to_ask_is_honest() -> None:
    verdict = analyze("Barclays: Did you just try to pay £249.99 to CURRYS ONLINE? Reply Y if it was "
                      "you or N if not. We'll never ask you to move money or share a passcode.", "sms")
    assert "legit_bank" in verdict.signals and not verdict.is_scam, verdict.reasoning


def test_a_look_alike_address_is_no_official_channel_and_a_top_up_is_a_receipt() -> None:
    """Written for this test: "update your card at pay-o2-bill.com" reads as "pay at <site> dot
    com", the words of an honest bill; the look-alike voids them.  A carrier's top-up
    confirmation reports money already paid."""
    fake = analyze("Your payment was unsuccessful, update your card at pay-o2-bill.com to avoid "
                   "losing service", "sms")
    assert "legit_bank" not in fake.signals and fake.is_scam, fake.reasoning
    receipt = analyze("O2: Ur top-up of £20 was successful. U also get 300 free texts this month.",
                      "sms")
    assert "legit_receipt" in receipt.signals and not receipt.is_scam, receipt.reasoning


def test_a_favour_asked_from_a_friends_phone_is_the_hi_mum_ask() -> None:
    verdict = analyze("Hey dad it's me, on a friend's phone. can you do me a big favour? just text back",
                      "sms")
    assert "sms_favour" in verdict.signals and verdict.is_scam, verdict.reasoning


@pytest.mark.parametrize("text", [
    # written for this test: a code that says not to share it, alerts that send you to your own card
    "Acme: Your one-time password is 402917. Do not share it. If you did not request this code, ignore this.",
    "Northbank: You sent $60.00 to J Lee. If this wasn't you, call us at the number on the back of your card.",
    "Northbank: A new device was added to your online banking. If this wasn't you, call us using the "
    "number on our website, not a number sent to you.",
    # ... or to its own app (the 671st batch's e-wallets), and a sender's own promise never to ask
    "PayLite: You've paid P420.00 to City Water. Didn't make this payment? Report it in the app under Help.",
    "QuickWallet: Your account was signed in on a new device on 15/12 9:14PM. If this wasn't you, lock your account "
    "in the app now.",
    "Eastbank: Your online banking password was changed on 15 Dec 2026 8:02PM. If you did not do this, call Eastbank "
    "Contact Center. Eastbank will never ask for your OTP.",
    # a specialist who calls within days about what the reader asked for (the 692nd)
    "Northbank: Your mortgage pre-approval is ready. Your mortgage specialist will call you within 2 business days. "
    "Reply STOP to opt out.",
])
def test_codes_and_alerts_that_point_to_the_readers_own_channel_are_honest(text: str) -> None:
    assert not analyze(text, "sms").is_scam


def test_a_collectors_text_is_never_rung() -> None:
    """The words the law makes a collector write: its number is the collector's (the 692nd batch's would-call)."""
    verdict = analyze("This is Eastline Recovery. Please call us at 1-877-555-0166 about a personal business matter. This "
                      "is a communication from a debt collector. Reply STOP to opt out", "sms")
    assert not verdict.should_engage(0), verdict.reasoning


def test_a_date_written_before_a_time_is_no_phone_number() -> None:
    """"On 15/12/26 10:41" read as ten digits, a UK number the agent would have rung (the 671st batch)."""
    verdict = analyze("Eastbank: A new device was registered for your app on 15/12/26 10:41. If this was not you, call "
                      "the hotline listed on our website.", "sms")
    assert verdict.callback_number is None


def test_the_same_alert_with_its_own_number_stays_a_lure() -> None:
    verdict = analyze("Northbank: You sent $980.00 to M Tran. If this wasn't you, call 1-888-555-0171 now "
                      "to cancel", "sms")
    assert verdict.is_scam, verdict.reasoning


@pytest.mark.parametrize("text, is_scam", [
    # written for this test, from the 226th to the 256th batches' misses and false alarms:
    # a child's everyday ask, and the same ask from a "new number"
    ("Mum can you send me £25 for the bus pass? I'll pay you back Friday", False),
    ("Dad could you transfer me $30 for lunch, left my card at home. sort you out tonight", False),
    ("Mum it's me, new number, my old phone broke. Can you send £25 for the bus pass? I'll pay you back",
     True),
    ("Hello mam its me, new phone, bank app wont let me in til tomorrow. could u send £600 for rent and ill "
     "pay u back friday", True),
    ("Hiya Nanna it's Jess, new number. Could you do a transfer for me? Mine won't go through till tomorrow",
     True),
    # a visit rebooked through a shortened link; a shop's sale, reward, price or draw
    ("Courier: we missed you today. Pick a new delivery slot (fee applies): bit.ly/3xYzSlot", True),
    ("Northside Pharmacy: Cyber Monday! 40% off vitamins, today only in store. Txt STOP to 80160 to opt out",
     False),
    ("Bakehouse: the winter pie is back! Grab one with your app reward this week. Reply STOP to opt out", False),
    ("Shopco: Your $5 off $30 reward is ready in the app. Reply STOP to opt out.", False),
    ("Burrito Bar: Your free side reward expires in 3 days. Open the app to redeem. Txt STOP to end", False),
    ("Beautyco: You've got 500 points. Redeem for a reward at beautyco.com. Reply STOP to end.", False),
    ("Pizzaco: two large pizzas for £22.99 with code TWO. Order at pizzaco.co.uk. Text STOP to 81212", False),
    ("Shopco: Win a £500 gift card when you join Perks today. T&Cs apply. shopco.co.uk/perks. STOP to 66777",
     False),
    # alerts answered in the app or by either number, an estimate, an opt-out, a fee on the own site
    ("Cardco: Suspicious charge of $980.00 at ELECTRO STORE. Reply 1 if you made it, 2 if not.", False),
    ("Bankly: You just sent £250.00 to Sam Reed. If this wasn't you, freeze your card in the app.", False),
    ("Carrier: Your package is out for delivery, est. by end of day. Track at carrier.com. Reply STOP to end.",
     False),
    ("Rideco: your code is 4410. Never share this code. Reply STOP ALL to 89203 to unsubscribe.", False),
    ("Parcelco: To release your parcel please pay the £6.10 import VAT at parcelco.com. Held for 21 days.", False),
    ("Gridco: Power has been restored in your area. If you are still without power, reply OUT or call "
     "1-800-555-0136.", False),
    ("Tollco: Your November statement is ready. Amount $38.42 will be charged to your card on file on Dec 5. "
     "Questions? 1-888-555-0146", False),
    # a renewal to cancel by phone, a deposit to release a profit, reviews paid the same day
    ("Your streaming membership will renew at $139.00 today. To cancel, call 877 555 0118", True),
    ("Your USDT profit of $9,800 is ready for withdrawal. To release it please pay the 10% verification deposit.",
     True),
    ("we need hotel review assistants, simple work, salary paid same day. message my colleague: t.me/hr_jen88",
     True),
    # written for this test: the 280th batch's country-code links, a fine named by its amount, and the
    # brand's own address by country
    ("Highway 9 tolls: your invoice is overdue. Avoid plate denial, pay the outstanding $12.10 at hwy9-billing.ca",
     True),
    ("Plates office: your sticker renewal failed. Pay again to avoid a $95 fine: plates-renew-now.com.au", True),
    ("Your Acme premium of Rs 4,200 for policy 55xxx1 is due on 3-Jan. Pay via acmeindia.in. Ignore if paid.",
     False),
    # written for this test: the 298th to 322nd batches' fake fraud alerts that announce their caller
    ("Bankco Fraud: Did you attempt a Zelle payment of $640.00 to MARK D? Reply YES or NO. If NO, a specialist "
     "will call you shortly.", True),
    # ... and the 334th batch's honest carrier asking its duty on its own site, and a bank confirming a change
    ("Carrierco Express: shipment 4927716650 has import duty of £18.40 due. Pay at carrierco.co.uk/pay or by calling "
     "0844 555 0197. Your parcel is held until paid.", False),
    ("Bankly: you've asked to add a new payee, PLUMB EXPRESS. If this wasn't you, call us straight away on "
     "0800 555 0132.", False),
    # ... and the 334th batch's children on a new phone and a code sent "by mistake"
    ("hey ma new phone old one broke. got a bill to pay today and my banking app wont work on this phone yet, can u "
     "help me out?", True),
    ("Hey sorry I sent a 6 digit code to your phone by mistake, can you pass it back to me pls? its urgent", True),
    # written for this test: the 352nd to 370th batches' honest bank and shop texts
    ("Bankly: Your balance is £2,310.45 as at 06:00. Reply STOP to end balance alerts.", False),
    ("Bankly: Your card has been frozen as you asked in the app. You can unfreeze it anytime in the app.", False),
    ("Bankly: you've added a new payee, J Smith. If this wasn't you, contact us through the app's Help section.",
     False),
    ("Bankco: a new payee was set up on your account today. If this wasn't you, call us using the number on your card.",
     False),
    ("Petshop: your VIP club vouchers are ready to use on your next visit, see the app. STOP to opt out", False),
    ("TollCo: your statement is ready. Log in at bayareatollco.org to view it. Do not reply.", False),
    # ... and the 352nd to 376th batches' children on a new phone and a relief look-alike
    ("Hi Dad, got a new phone, this is my number now. Are you busy? I need to pay someone urgently, my banking app "
     "is locked", True),
    ("Loans office: your loan is approved for discharge. Finish the form to stop payments: loanaid-relief.org", True),
    # ... and the 525th batch's sums the reader paid or gave, and a code valid for minutes (session 11)
    ("Barclays: Did you make a purchase of £86.40 at CURRYS on your card ending 5520? Reply Y or N. If N we'll call.",
     False),
    ("Shelter: thank u for donating £3 to help families this winter. Reply STOP to opt out of future texts", False),
    ("Your Mastercard ID Check code is 551902 for a payment of £42.10 at ASOS. Valid for 10 mins. Never share it.",
     False),
    # ... and the 536th batch's pharmacy store number, and a child on a new phone whose card is locked
    ("CVS: your prescription is ready at store #10233. Pick up by 12/14. Reply STOP to opt out.", False),
    # ... and its card alerts: the merchant in capitals is where the card was used, not a link; the same
    # alert that gives a fraud line of its own instead of the number on the card is the lure
    ("US Bank Fraud Alert: did you use card ending 3318 for $418.20 at TARGET.COM on 12/01? Reply YES or NO. To opt "
     "out reply STOP.", False),
    ("US Bank Fraud Alert: did you use card ending 3318 for $418.20 at Target in Edina? Reply YES or NO. If NO call our "
     "fraud team at 612-555-0174.", True),
    ("hi dad its me on a new phone, my cards locked and the bill is due at 5, can u cover it? pay u back monday",
     True),
])
def test_the_later_batches_texts_read_as_what_they_are(text: str, is_scam: bool) -> None:
    verdict = analyze(text, "sms")
    assert verdict.is_scam is is_scam, verdict.reasoning


def test_a_tracking_numbers_tail_is_no_phone_number() -> None:
    verdict = analyze("Carrier: Your item 9400 1118 9922 3344 5566 77 was delivered at 2:14 pm. Reply STOP "
                      "to cancel.", "sms")
    assert verdict.callback_number is None and "sms_number" not in verdict.signals, verdict.reasoning


@pytest.mark.parametrize("text", [
    # written for this test: the 256th batch's dating lures
    "hey I matched you on the app but it keeps crashing, can u text me here? verify on datecheck.co first so I "
    "know ur real",
    "hi handsome saw your pic, r u single? i can send more pics at my private page lnk.me/amyy",
])
def test_a_dating_lures_link_is_read(text: str) -> None:
    verdict = analyze(text, "sms")
    assert "sms_adult" in verdict.signals and verdict.is_scam, verdict.reasoning


def test_a_reference_number_is_no_short_code() -> None:
    """The 424th batch's outage and parking texts: five digits after "ref" or "location" name a
    case or a car park, not a premium short code to text."""
    outage = analyze("ESB Networks: Power outage in your area (Ref 14521). Estimated restoration 17:30.", "sms")
    parking = analyze("RingGo: Your parking at location 82114 expires in 10 mins. Extend in the RingGo app.", "sms")
    assert "sms_short_code" not in outage.signals and not outage.is_scam, outage.reasoning
    assert "sms_short_code" not in parking.signals, parking.reasoning
    assert "sms_short_code" in analyze("FREEMSG: txt WIN to 85069 to claim ur prize", "sms").signals


def test_the_platforms_price_for_the_profits_is_a_deposit_to_unlock() -> None:
    """The 430th batch's withdrawal "credit score" and "just pay the tax": the deposit the task and
    investment cons ask before the profits move (one sign of the con, not the whole verdict)."""
    for text in ("Hello from Coinvexa support. Your credit score is 80 and withdrawals require 100. To restore your "
                 "credit score please make a deposit of 3,000.",
                 "babe just pay the tax its normal, I paid 14k when I took out my first profit"):
        assert "task_deposit" in analyze(text, "sms").signals, text


def test_points_or_a_sale_on_the_senders_own_site_are_not_a_lures_deadline() -> None:
    """The 436th batch's Sephora points and the dev sets' shops' "today only": a deadline on the
    sender's own plain address with the carriers' opt-out; the same words on a look-alike link lure."""
    own = analyze("Kohl's: your $10 Kohl's Cash expires tonight! Shop kohls.com. Reply STOP to end", "sms")
    assert not own.is_scam and "deadline" not in own.signals, own.reasoning
    lure = analyze("Kohl's: your $10 Kohl's Cash expires tonight! Claim at kohls-cash-rewards.top. Reply STOP to end",
                   "sms")
    assert lure.is_scam, lure.reasoning


def test_a_delivery_scheduled_for_a_weekday_and_date_is_a_routine_notice() -> None:
    text = ("FedEx: Your package is scheduled for delivery Wed 12/3 by end of day. Manage at fedex.com. "
            "Reply STOP to opt out")
    verdict = analyze(text, "sms")
    assert "legit_delivery" in verdict.signals and not verdict.is_scam, verdict.reasoning


def test_a_payment_the_reader_sent_is_a_receipt_and_a_pending_one_a_lure() -> None:
    """The 442nd batch's BofA alert: "you sent $1,250 with Zelle to ..." is done and the reader's own;
    the lure's Zelle payment is "pending", to be disowned by calling."""
    sent = analyze("BofA: You sent $400.00 with Zelle to MARIA LOPEZ. If you didn't make this transfer, call "
                   "800-555-0181.", "sms")
    assert "wire_cash" not in sent.signals and not sent.should_engage(0), sent.reasoning
    pending = analyze("BofA: A Zelle payment of $400.00 to MARIA LOPEZ is pending. If you didn't make this transfer, "
                      "call 800-555-0181.", "sms")
    assert pending.should_engage(70), pending.reasoning


@pytest.mark.parametrize("text, signal", [
    # written for this test: the 442nd batch's long cons
    ("hi its mia from the swim club parents group, setting up the new chat, you'll get a code in a sec can you "
     "forward it so i can add you", "sms_code_ask"),
    ("Hello! I'm assistant to Dr. Allen Price. He shares free stock picks in our group, yesterday's pick rose 38%. "
     "Join: chat.whatsapp.com/Zq81kLm", "investment"),
    ("Your Coinvera balance: $9,210.44. Withdrawal requires a one-time anti money laundering deposit of $921. Contact "
     "online service.", "task_deposit"),
])
def test_the_class_chats_code_the_stock_tip_group_and_the_withdrawal_deposit(text: str, signal: str) -> None:
    verdict = analyze(text, "sms")
    assert signal in verdict.signals and verdict.is_scam, verdict.reasoning


@pytest.mark.parametrize("text", [
    # written for this test: a club asking to forward an invite (no code), the 448th batch's honest texts
    "hi its mia from swim club, the party is saturday at 2, can you forward the invite to jess?",
    "Target: Congrats on your new role! Your first shift is Sat 12/5, 9a-3p. Questions? Call the store at "
    "614-555-0133.",
    "SunPass: Your card ending 4410 was charged $20.00 to replenish your balance. Account details at sunpass.com",
])
def test_an_invite_a_new_hires_shift_and_a_toll_top_up_on_the_senders_site_are_honest(text: str) -> None:
    verdict = analyze(text, "sms")
    assert not verdict.is_scam, verdict.reasoning


def test_a_toll_invoice_paid_on_the_agencys_own_site_is_not_rung() -> None:
    """The 448th batch's FasTrak invoice: a fine to pay, but at the sender's own address; the same
    fine on a look-alike link is the smishing's, and its number is rung."""
    honest = analyze("FasTrak: Toll invoice T-88120447 for $7.50 is due 12/22/2026. Pay at fastrak.org or call "
                     "877-555-0129. Reply STOP to opt out.", "sms")
    assert not honest.should_engage(0), honest.reasoning
    lure = analyze("FasTrak: Unpaid toll of $7.50 is due today. Pay at fastrak-tolls-pay.com or call 877-555-0129 to "
                   "avoid a $50 fee.", "sms")
    assert lure.should_engage(70), lure.reasoning


def test_money_sent_by_a_rail_to_a_free_webmail_address_is_an_odd_payee() -> None:
    """The 448th batch's flood appeal: a charity's donations by e-Transfer to an outlook.com address;
    a customer spelling their own account email is no payee."""
    appeal = analyze("Flood families need you this Christmas. e-Transfer to relief.floodfamilies@outlook.com, "
                     "password: help", "sms")
    assert "odd_payee" in appeal.signals and appeal.is_scam, appeal.reasoning
    own = analyze("agent can i have the email on your account customer its sam dot patel at gmail dot com agent thanks "
                  "i see the order")
    assert "odd_payee" not in own.signals, own.reasoning


@pytest.mark.parametrize("text, signal", [
    # written for this test: the 492nd, 506th and 512th batches' long cons in other words
    ("honestly i put 300 in on monday and its sitting at 2,100 now, the platform is tradevaultx.io use my code JEN5",
     "investment"),
    ("love the event ends sunday, put in 4k now and you'll have 10k by friday, i already did mine", "investment"),
    ("babe dont forget to top up the margin tonight, the system liquidates under 15k and we lose it all",
     "consequence"),
    ("sweetie my withdrawal is stuck until they get the 15% tax, can you send 3,000 to the support wallet? i'll "
     "return you double", "fee_to_release"),
    ("its Amy again :) my cousins exchange account needs a second verifier, can you send me the code that comes to "
     "your phone?", "sms_code_ask"),
    ("I opened a small account for you on CoinNova and put $200 of mine in. Register with my invite code KT88 and "
     "we trade together tonight", "platform_steer"),
    # session 11, the 526th batch's first contacts: the code "sent here", the task's negative balance and USDT
    # minimum, the relative with inside signals, the "child" whose mic does not work
    ("hiya the app logged me out and the code went to your number instead, can u send it here quick", "sms_code_ask"),
    ("dont stress about the negative balance hun, its a lucky combo, means double commission once you top up",
     "task_deposit"),
    ("Team notice: new members minimum recharge is 150 USDT before the first set", "task_deposit"),
    ("my auntie gets insider info on btc contracts, when she sends her signal we buy together", "investment"),
    ("mum its me on a new number, the mic isnt working so text only, are you about?", "new_phone_steer"),
    # ... and the 542nd batch's asks: treatment held for a deposit, a flight booked "on yours", a score that blocks
    # withdrawals, a tax that "cannot be deducted from the balance", a "reactivation deposit", an advocate's account
    ("babe my mum is in hospital and they wont start the surgery without a deposit, can you help", "money_plea"),
    ("darling we have never met but next week we will! my card keeps failing on the airline site, could you book it "
     "on yours and i pay you back when i land", "sms_favour"),
    ("Notice: reputation score below 100 cannot withdraw. Pay the restoration fee to continue", "fee_to_release"),
    ("Your balance is $40,120. Tax of $4,012 must be settled in advance and cannot be deducted from the balance",
     "fee_to_release"),
    ("Kindly deposit the processing charge to the account of our advocate before the disbursal", "odd_payee"),
])
def test_the_492nd_to_518th_batches_long_cons_fire_and_flag(text: str, signal: str) -> None:
    """A boast in numbers, a promise in numbers, a margin call, a withdrawal held for a tax, a code
    'that comes to your phone', an account opened 'for you': each fires and the text is flagged."""
    verdict = analyze(text, "sms")
    assert signal in verdict.signals and verdict.is_scam, verdict.reasoning


def test_an_alert_whose_only_alarm_is_not_you_is_flagged_but_never_rung() -> None:
    """The 518th batch's password-change notice (rung before): "if you did not make this change, call
    us" is the bank's own text and the callback lure's, word for word; with money named, the refund
    desk's bait ("you sent $699 to coinexpress, not you? call") is still rung."""
    notice = analyze("Citi: Your password was changed on 12/04 at 9:15 PM. If you did not make this change, call "
                     "us at 1-888-555-0147.", "sms")
    assert "ask_login" not in notice.signals and not notice.should_engage(0), notice.reasoning
    bait = analyze("PayPal: You sent $649.99 USD to CoinHarbor LLC. Not you? Call PayPal support 1-888-555-0152 "
                   "to cancel.", "sms")
    assert bait.callback_number == "+18885550152" and bait.should_engage(70), bait.reasoning


@pytest.mark.parametrize("text, signal", [
    # the 587th batch's long cons that have moved on to asking
    ("still selling the ps5? my cousin will collect, ill pay through venmo, just send me your email and the code venmo "
     "texts you to confirm youre the seller", "sms_code_ask"),
    ("the system says your reputation score dropped because the tasks timed out, you have to pay 30% of the balance to "
     "restore it then you can withdraw", "fee_to_release"),
    # the 612th batch's mistaken transfers
    ("hey bro i accidentally sent you r1,200 instead of my landlord. can u please send it back to this number?",
     "reversal_plea"),
    ("sir maine galti se aapke number pe 3,000 bhej diye phonepe se, please wapas kar dijiye", "reversal_plea"),
    # the 599th batch's short asks
    ("hi marketplace buyer here, send me the google code so i know youre real", "sms_code_ask"),
    ("mom this is my temporary number. can u pay a bill for me, its $1,480, ill send the info", "money_plea"),
    # the 678th batch's buyers, pets and tickets (kinds below half before)
    ("hey u selling the bike? whats the code i sent u, its for my verification", "code_demand"),
    ("buyer here re the couch, send me the 6 digit number that just came to your phone so i know youre real",
     "code_demand"),
    ("i overpaid for the wheels by mistake, sent 720 instead of 420, can u refund 300 to this email today",
     "overpaid_refund"),
    ("sent u the ticket transfer, u gotta enter a card to confirm ur the owner tix-transfer-accept.co/x1",
     "ask_card"),
    # the 692nd and 705th batches' tipsters and m-pesa reversals
    ("hello sir vip betting desk todays match report ready 100% sure profit pay rs 4999 and join our paid group",
     "payment_demand"),
    ("a reversal request of ksh 7850 has been lodged on your account to stop it reply with your id number and pin",
     "sms_details_ask"),
    ("hi i just sent you ksh 2350 for the uniform but i typed one digit wrong kindly send it back", "reversal_plea"),
    # the 664th batch's payee alert that rings once the reader replies
    ("Eastbank: a new payee was added to your account. If unauthorised, reply STOP and a member of our fraud team will "
     "contact you.", "call_coming"),
    # the 759th batch's relative who "changed number" and needs a transfer first
    ("Hi Aunty, its Mei Lin, I changed my number. Can you help me transfer $600 first? My PayNow limit is reached, I "
     "pay you back tomorrow", "new_number"),
])
def test_an_ask_of_the_587th_and_599th_batches_is_read(text: str, signal: str) -> None:
    verdict = analyze(text, "sms")
    assert signal in verdict.signals and verdict.is_scam, verdict.reasoning


@pytest.mark.parametrize("text, signal", [
    # the 678th batch's overpaid check, pets by courier and tickets paid first: the reading fires (the dev rows
    # that carry more, a deadline or a deposit to hold, are flagged)
    ("ill mail a cashiers check for 1200, 800 for the table and 400 for my movers, once it clears send the 400 to them "
     "by zelle", "fake_check"),
    ("yes max is still available, rehoming fee 500 includes delivery by our pet courier, deposit today to hold him",
     "advance_fee"),
    ("the pup landed but the crate isnt temperature controlled, you need to rent one for 600, refunded on delivery",
     "advance_fee"),
    ("still need the two tickets for saturday? revolut me and ill send them to your account straight after",
     "advance_fee"),
    # the 733rd batch's payment-app "business upgrade" (the "not" is the lure's own word)
    ("Zelle: a $320 payment to you is pending as your profile isnt upgraded to business yet. Pay $100 to upgrade",
     "fee_to_release"),
    # the 739th batch's job abroad, task job and number draw (kinds below half before)
    ("you are selected for the warehouse job in dubai, pay the medical and visa charges of aed 700 to confirm",
     "advance_fee"),
    ("your task id 5521 is frozen, pay to complete it and withdraw", "fee_to_release"),
    ("great work today, next is a combination task so top up your account first", "advance_fee"),
    ("Dialog: your number won LKR 300,000 in our year end lucky draw, reply CLAIM", "prize"),
    # the 759th batch's wage by the day in money, with no "earn" before it
    ("Simple online work, like videos and get paid $4 each, min $180 daily. Can I send details?", "sms_job"),
])
def test_a_sellers_or_buyers_step_of_the_678th_batch_is_read(text: str, signal: str) -> None:
    assert signal in analyze(text, "sms").signals


def test_a_kids_own_bill_asked_from_the_usual_phone_stays_the_familys_own() -> None:
    verdict = analyze("mum can you pay my rent for me its 1280 ill sort it back to you friday", "sms")
    assert "money_plea" not in verdict.signals or not verdict.should_engage(0), verdict.reasoning


# Spanish and Portuguese texts (Spain, Portugal, Brazil, Mexico, Latin America), written for these tests: the
# layers of ``_signals_es`` and ``_signals_pt`` read a text's lure and its ask as they read a call's.
SPANISH_PORTUGUESE_SMISHING = [
    # "hola mama" / "oi mae": a relative on a new phone, then the ask
    "Hola mamá, se me cayó el móvil al váter y este es mi número nuevo. Escríbeme por aquí, necesito pedirte un favor",
    "Olá avó, é o Duarte. Este é o meu número novo, o outro avariou. Podes fazer-me um MB WAY de 150€? Depois explico",
    "Mami, me robaron el celular, te escribo de uno prestado. ¿Me haces una transferencia de 2.000? Ahorita te paso la "
    "CLABE",
    # the code another service just sent, asked back
    "Perdona, te acabo de enviar un código de 6 dígitos sin querer, ¿me lo reenvías? Es de mi cuenta de WhatsApp",
    "Olá! Vai chegar-lhe um código por SMS da nossa loja, pode enviar-mo para confirmar a encomenda?",
    # the "mistaken" Bizum or Pix to send back, the payment that needs the reader's pin
    "Hola, te he transferido 250€ por Bizum por error, eran para mi hermano. ¿Me los puedes devolver a este número?",
    "Boa tarde, fiz uma transferência errada de R$ 700 pra você. Consegue devolver pra esta chave? Obrigado",
    "MB WAY: tem um pagamento de 180€ por receber. Para receber, introduza o seu PIN na aplicação.",
    # the bank's "security department" that will ring, a renewal to disown by calling
    "CaixaBank: hemos registrado un cargo de 1.020,00 EUR en su tarjeta. Si no ha sido usted, en unos minutos le "
    "llamará un agente de seguridad.",
    "Bradesco: compra de R$ 3.150,00 aprovada no seu cartão. Não reconhece? Responda NÃO e um especialista entrará em "
    "contato.",
    "Su suscripción de antivirus se ha renovado automáticamente por 349,99€. Si no autorizó este cargo, llame al "
    "900 123 456",
    # a job paid daily, a trading robot
    "Trabajo online desde casa, 1-2 horas al día, pago diario de 50 a 200 euros. ¿Te interesa? Responde SI",
    "Vaga home office! Ganhe de R$ 100 a R$ 400 por dia avaliando produtos. Interesse? Me chama no WhatsApp",
    "Ganhe 4% ao dia com o nosso robô de trading. Saque na hora via Pix, fale com o consultor.",
    # the 685th batch's: the bank's alert that promises a call or a reply to reach "security", the card at hand
    "Banorte: su tarjeta ha sido bloqueada. Un asesor se comunicará con usted en unos minutos, tenga su tarjeta a la "
    "mano",
    "BBVA: intento de compra no autorizado de 640,00 EUR. Responda NO para hablar con un agente de seguridad.",
    "Santander: Pix de R$ 2.780,00 agendado. Não reconhece? Responda 2 para falar com o gerente.",
    # ... the link sent only once the reader answers, the code sent "by mistake", the Pix sent "by mistake"
    "Shopee: seu pedido precisa de confirmação de endereço. Responda SIM para receber o link de atualização.",
    "Oi, mandei um código pra você sem querer, pode me passar? é da minha conta do WhatsApp",
    "Oi, fiz um Pix de R$ 350 pra você por engano, consegue devolver?",
    # ... a relative on a new or borrowed phone who asks for a transfer, a task job with no experience asked
    "Tía, soy Pablo, ya tengo móvil nuevo 📱 ¿puedes hacerme un Bizum de 250? no me deja la app y hoy tengo que pagar "
    "el alquiler",
    "Pai, to com o celular de um amigo, o meu quebrou. Preciso de um Pix urgente, depois te explico",
    "Vaga online: curta vídeos e ganhe R$ 30 por tarefa, sem experiência. Chame no WhatsApp",
    # the 766th batch's: the code for the "security manager" who will ring, the card asked for a "refund"
    "BBVA: Hemos retenido un pago de 1.450 EUR. Un agente de seguridad le llamara ahora, facilitele el codigo que "
    "reciba para cancelarlo.",
    "Endesa: Le devolvemos 54,20 EUR por un cobro duplicado. Indique su tarjeta para el reembolso en "
    "endesa-devoluciones.es",
    # ... and the stock group's free signals with its chat link
    "Estimada inversora, el club de inversion de la profesora Lucia Ferrer comparte senales gratis cada semana. Unase: "
    "chat.whatsapp.com/Qw7Lm2Xz9pB",
]

# ... and their honest twins: a code with nothing asked, a card alert that sends the reader to the bank's own app, a
# payment received, a friend's Bizum, a relative's new number that asks for nothing, an apology for a wrong number.
SPANISH_PORTUGUESE_HONEST_TEXTS = [
    "Tu código de Bizum es 771902. No lo compartas con nadie.",
    "Seu código de verificação é 448120. Não compartilhe com ninguém.",
    "Hola mamá, cambié de compañía y este es mi número nuevo. Guárdalo 😘 el domingo como en casa",
    "Santander: compra de 42,10 EUR en LIDL con tu tarjeta *1180. Si no la reconoces, apágala desde la app.",
    "Itaú: Se não reconhece a compra de R$ 59,90 em FARMACIA, bloqueie o cartão pelo app.",
    "Recebeu 35,00€ de Marta Silva por MB WAY. Mensagem: jantar de sexta",
    "Te he mandado la solicitud de Bizum de la lotería, 20€, acéptala cuando puedas",
    "Lau, te hice el bizum dos veces sin querer, me devuelves uno cuando puedas? 😅",
    "CTT: a sua encomenda chega hoje entre as 14h e as 18h. Acompanhe em ctt.pt",
    "Perdona, me equivoqué de número, era para mi hermano. ¡Buen día!",
    # the 685th batch's twins: a new number for work, a friend's Bizum asked back, an import charge paid in the
    # post's own app
    "Hola mamá, tengo número nuevo por el trabajo, guárdalo. El sábado voy a comer 😘",
    "Hola, ¿me puedes pasar 20 por Bizum de la cena de ayer? Gracias guapa",
    "Correios: sua encomenda internacional aguarda o pagamento do imposto. Acesse o app Correios para pagar ou "
    "recusar.",
]


# French texts (France, Belgium, Quebec), written for these tests: the layer of ``_signals_fr`` reads a text's lure
# and its ask as it reads a call's.
FRENCH_SMISHING = [
    # the bank's alert that promises a call, or sends the reader to a number of its own
    "Société Générale: un virement de 2 400 € est en cours. Si vous n'êtes pas à l'origine de cette opération, un "
    "conseiller va vous appeler dans quelques minutes.",
    "Amazon: votre commande de 899 € est en cours. Si ce n'est pas vous, appelez immédiatement le 01 84 88 12 34",
    # the code another service just sent, asked back
    "Salut, tu vas recevoir un code par SMS, c'était pour moi, tu peux me le transférer stp ?",
    "Bonjour, c'est le livreur Chronopost, un code va vous arriver par SMS, merci de me le communiquer pour la "
    "livraison",
    # the "mistaken" transfer, the relative on a friend's phone, the daily-paid task job, the small fee
    "Bonjour, je vous ai envoyé 150 € par erreur via Lydia, pouvez-vous me les renvoyer svp ?",
    "Coucou maman, je t'écris avec le tel d'une copine, le mien est en panne. Tu peux me faire un virement de 450 € ? "
    "je t'explique après",
    "Mission à domicile: testez des applications, rémunération de 80 à 150 € par jour. Écrivez-nous sur Telegram",
    "Relais Colis : votre colis est en attente, un supplément de 1,25 € est à régler. Répondez OUI pour recevoir le "
    "lien de paiement.",
]

# ... and their honest twins: a code with nothing asked, a relative's new number that asks for nothing, a friend's
# transfer asked from the usual phone or paid twice, a broken phone with no ask, a bill paid in the customer's area.
FRENCH_HONEST_TEXTS = [
    "Votre code de vérification est 483921. Ne le communiquez à personne.",
    "Maman c'est Léo, nouveau numéro, j'ai changé d'opérateur. Bisous",
    "Salut, tu peux me faire un virement de 20 € pour le cadeau de Julie ? Merci !",
    "Je t'ai fait le Lydia deux fois par erreur, tu peux m'en rembourser un ?",
    "Mon tel est HS, je t'appelle ce soir avec le fixe. Bisous",
    "Hydro-Québec : votre facture de 123,45 $ est due le 15 décembre. Payez en ligne dans votre Espace client.",
]


@pytest.mark.parametrize("text", SPANISH_PORTUGUESE_SMISHING + FRENCH_SMISHING)
def test_spanish_portuguese_and_french_smishing_is_flagged(text: str) -> None:
    result = analyze(text, "sms")
    assert result.is_scam, result.reasoning


@pytest.mark.parametrize("text", SPANISH_PORTUGUESE_HONEST_TEXTS + FRENCH_HONEST_TEXTS)
def test_spanish_portuguese_and_french_honest_texts_stay_below(text: str) -> None:
    result = analyze(text, "sms")
    assert not result.is_scam, result.reasoning


@pytest.mark.parametrize("text", [
    # the 742nd batch's kind: a return counted by the day or week, its "%" dropped by the normaliser
    "Gold club Dubai: daily 3% profit on AED 2,000, withdraw anytime. Join t.me/goldclubdxb",
    "Our signal group gives 5% weekly returns guaranteed, message the admin on WhatsApp +44 7700 900418",
])
def test_a_return_counted_by_the_day_or_week_is_an_investment_pitch(text: str) -> None:
    verdict = analyze(text, "sms")
    assert "investment" in verdict.signals and verdict.is_scam, verdict.reasoning


@pytest.mark.parametrize("text", [
    # a shop's opted-in promotion whose only way to act is the shop itself (the 742nd batch's kind, flagged before:
    # the opt-out counted as the lure's way to answer, and "download the app" as a caller's dictated download)
    "Bookworm Club: Last chance! Your £5 off voucher expires tonight. Use it in store or online. Reply STOP to opt out",
    "Greenfield Garden Centre: Download the app for 10% off your next visit. Reply STOP to opt out",
])
def test_an_opted_in_promotion_that_sends_the_reader_to_the_shop_is_no_lure(text: str) -> None:
    verdict = analyze(text, "sms")
    assert not verdict.is_scam, verdict.reasoning


def test_a_mistaken_transfer_sent_by_accident_is_a_reversal_plea() -> None:
    """The 749th batch's "I sent you $300 on Zelle by accident ... can you please send it back?" (missed before)."""
    verdict = analyze("Hi so sorry, I sent you $250 on Venmo by accident, it was for my sister. Could you please send "
                      "it back? Thanks", "sms")
    assert "reversal_plea" in verdict.signals and verdict.is_scam, verdict.reasoning


@pytest.mark.parametrize("text", [
    # the 795th batch's USPS tracking texts (wave 112): a 22-digit tracking number read as a phone number to text
    "USPS 9400 1118 9922 3174 4455 12: Delivered, In/At Mailbox at 2:41 pm on December 11, 2026 in HOUSTON, TX "
    "77036. Reply STOP to cancel",
    "USPS 9205 5900 0412 8836 1170 42: Out for Delivery, Expected Delivery by 8:00pm. Reply STOP to cancel",
])
def test_a_tracking_number_longer_than_any_phone_number_is_no_number_to_call(text: str) -> None:
    verdict = analyze(text, "sms")
    assert "sms_number" not in verdict.signals and not verdict.is_scam, verdict.reasoning
    # masking still hides the digits that could be read as a number (privacy takes the wider reading)
    assert find_phone_numbers(normalize_for(text, "sms"))


@pytest.mark.parametrize("text", [
    # the 801st batch's long-con texts (wave 114): the trading story and the relative's or mentor's tips
    "You are very gentleman. My uncle works at a big bank and every month tells family one trading opportunity. This "
    "month is ETH contract, if you want I can show you how",
    "hey long time no talk, ive been doing really well with gold futures, my mentors signals are crazy",
])
def test_the_long_cons_trading_story_is_an_investment_pitch(text: str) -> None:
    verdict = analyze(text, "sms")
    assert "investment" in verdict.signals, verdict.reasoning


def test_a_multiple_promised_by_the_day_and_a_group_to_join_is_the_investment_lure() -> None:
    """The 808th batch's text (wave 115): "invest N100k and get N350k in 7 days ... join our Telegram"."""
    verdict = analyze("INVEST N100k & get N350k in 7 days! Join our Telegram @naija_wealth_hub now, slots are "
                      "limited!", "sms")
    assert {"investment", "sms_favour"} <= set(verdict.signals) and verdict.is_scam, verdict.reasoning


def test_an_offices_own_claim_is_no_prize_word() -> None:
    """The 822nd batch's unemployment office (wave 117) would have been rung: "have your claim info ready" is the
    reader's own claim, not a prize to claim."""
    verdict = analyze("NYSDOL: Your phone interview with the Unemployment Insurance Division is scheduled for 12/22 "
                      "at 1:00 PM. We will call from 888-555-0109. Have your claim info ready.", "sms")
    assert "sms_prize_words" not in verdict.signals and not verdict.should_engage(70), verdict.reasoning


@pytest.mark.parametrize("text", [
    # the 832nd batch's job lures from Germany and the Netherlands (wave 119): a day's pay in euros, no experience,
    # and a reply or a chat asked for, as the English lures ask it
    "Hallo! Wir suchen Mitarbeiter fürs Homeoffice, 250-450 € pro Tag, keine Erfahrung nötig. Antworte mit JA und "
    "ich schicke dir alles.",
    "Hoi! Parttime online werk vanuit huis, €90-€350 per dag met je telefoon. Stuur een appje naar 06 1555 0149.",
])
def test_a_job_lure_in_german_or_dutch_is_flagged(text: str) -> None:
    verdict = analyze(text, "sms")
    assert verdict.is_scam and {"sms_job", "sms_call_to_action"} <= set(verdict.signals), verdict.reasoning


@pytest.mark.parametrize("text, signal", [
    # the 839th batch's texts from Latin America and Iberia (wave 120)
    ("Tu paquete de Mercado Libre no pudo entregarse. Reprogramá la entrega y confirmá tu tarjeta para el cargo de "
     "$1.200 en meli-envios.ar/r", "ask_login"),
    ("Chilexpress: tu encomienda presenta diferencia de peso. Paga 2.190 CLP para continuar el despacho en "
     "chilexpress-cl.delivery/pago", "pay_fee"),
    ("Aviso de seguridad: mañana un asesor pasará a recoger su tarjeta con el chip dañado. No la corte, déjela en un "
     "sobre junto con su clave.", "code_demand"),
    ("Hola! Te he enviado una solicitud de Bizum de 150€ por error, ¿puedes aceptarla para que se anule?",
     "reversal_plea"),
    ("Movistar: su línea será dada de baja por falta de verificación de identidad. Responda SI y siga el enlace que "
     "recibirá.", "link_trick"),
    ("Claro Perú: Tu chip será bloqueado hoy por no registrar tu DNI. Envía foto del DNI por ambos lados al Telegram "
     "@claro_validaciones", "ask_personal"),
    ("Empresa Amazon busca personal para evaluar productos. Sin experiencia, pago diario. Responda 1 si le interesa.",
     "sms_call_to_action"),
    ("Nubank: Compra aprovada R$ 2.459,90 Magazine Luiza. Não reconhece? Responda NAO e aguarde a ligação da nossa "
     "central de segurança.", "sms_call_to_action"),
    ("Olá, sou o comprador do seu anúncio no OLX. Já enviei o pagamento por MB Way, só tem de confirmar no link para "
     "receber: mbway-recebimentos.pt/c/88214", "ask_login"),
    ("Ma? Guardá este número, el otro lo perdí. Tengo que pagar algo hoy y no me anda el home banking", "sms_favour"),
])
def test_the_wave_120_latin_american_and_iberian_texts(text: str, signal: str) -> None:
    verdict = analyze(text, "sms")
    assert signal in verdict.signals and verdict.is_scam, verdict.reasoning


@pytest.mark.parametrize("text", [
    # the senders' own addresses under the Spanish, Portuguese and Latin American country codes, an accented name
    # and a shortened one (wave 120)
    "El Corte Inglés: Ya están aquí las ofertas de Navidad para titulares de la tarjeta. Descubre más en "
    "elcorteingles.es. Baja: responde NO.",
    "Seguridad Social: Su Tarjeta Sanitaria Europea ha sido emitida y la recibira en su domicilio en 7-10 dias. Mas "
    "informacion en seg-social.es",
    "Hydro-Québec : panne dans votre secteur. Rétablissement estimé vers 18 h. Suivez l'évolution sur "
    "hydroquebec.com/pannes",
])
def test_a_senders_own_address_abroad_is_no_look_alike(text: str) -> None:
    verdict = analyze(text, "sms")
    assert "lookalike_link" not in verdict.signals and not verdict.is_scam, verdict.reasoning


@pytest.mark.parametrize("text, signal", [
    # the 845th batch's French texts (wave 121)
    ("Rappel Assurance Maladie: derniere relance avant desactivation de votre carte Vitale. Repondez OUI puis rouvrez "
     "le lien pour le valider. http://amelie-compte.fr", "link_trick"),
    ("impots.gouv : après recalcul de votre impôt 2025, vous bénéficiez d'un remboursement de 312,48€. Réclamez-le "
     "avant le 20/12 : impots-remboursement-gouv.fr", "lookalike_link"),
    ("Bonjour, ici le service recouvrement énergie. Dernier avis avant coupure de votre compteur, rappelez le "
     "514-555-0139 aujourd'hui.", "utility_cutoff"),
    ("Félicitations 🎉 vous avez terminé les 3 tâches test, 68€ crédités. Pour débloquer le retrait, passez au niveau "
     "VIP (recharge 250€).", "task_deposit"),
    ("Salut maman, enregistre ce numéro c mon nouveau. Tu es dispo ? J'ai un petit souci", "new_number"),
])
def test_the_wave_121_french_texts(text: str, signal: str) -> None:
    assert signal in analyze(text, "sms").signals, analyze(text, "sms").reasoning


def test_the_wave_122_texts() -> None:
    """The 851st batch (wave 122): "gov" in a hyphenated address that no government owns, an ID uploaded to a page."""
    verdict = analyze("eSafety: Under the new social media age law your account must be verified. Upload your driver "
                      "licence at agecheck-au-gov.com within 48 hours or your account will be suspended.", "sms")
    assert {"lookalike_link", "ask_login"} <= set(verdict.signals) and verdict.is_scam, verdict.reasoning


@pytest.mark.parametrize("text, signal", [
    # the 857th batch (wave 123): Portuguese and Tagalog texts read by what they ask
    ("sua encomenda tem taxa de armazenagem em atraso, evite custos adicionais de 12 euros, pague ja", "parcel_problem"),
    ("recebi o pix mas veio 500 a mais, me devolve a diferença na outra chave que te mandei", "reversal_plea"),
    ("Quero comprar o sofá, pago por MB WAY, só precisa ir a um multibanco para confirmar o pagamento", "reversal_plea"),
    ("Seu levantamento de 1.200 USDT foi bloqueado, para liberar pague a taxa de 8% antes", "fee_to_release"),
    ("Parabéns! Para sacar sua comissão de R$ 300 é preciso fazer uma recarga de R$ 150", "fee_to_release"),
    ("Union Bank: your online banking needs re-activation today. Reply 1 para makatanggap ng link.", "link_trick"),
    ("Good day po, nagkamali ako ng transfer ng 2,000 sa Maya nyo, pakibalik po sa 0918 555 0110", "reversal_plea"),
    ("Correios: taxa pendente na sua encomenda, regularize: bit.do/correios-br", "shortener"),
])
def test_the_wave_123_portuguese_and_tagalog_texts(text: str, signal: str) -> None:
    assert signal in analyze(text, "sms").signals, analyze(text, "sms").reasoning


@pytest.mark.parametrize("text, signal", [
    # honest counterparts: a friend's double Pix returned to the same key, the bank's own "reply YES if this was you"
    ("te mandei 50 a mais no pix sem querer kkk devolve quando puder", "reversal_plea"),
    ("BPI: May bagong login sa account mo. Reply YES kung ikaw ito, NO kung hindi.", "link_trick"),
    ("Fui ao multibanco levantar dinheiro, já te pago o jantar", "reversal_plea"),
])
def test_the_wave_123_honest_texts_are_not_read(text: str, signal: str) -> None:
    assert signal not in analyze(text, "sms").signals, analyze(text, "sms").reasoning


@pytest.mark.parametrize("text, signal", [
    # the 863rd batch (wave 124): the link sent only once the reader answers, a code "you'll get by text", the reply
    # that summons the "support team"
    ("Turnpike tolls office: a small balance is outstanding on your plate. I can text you the link once you reply",
     "link_trick"),
    ("hi it's the courier at your door, the buzzer isn't working, send me the code you'll get by text", "sms_code_ask"),
    ("Apple Pay: $649.00 at Apple Store pending. Not you? Reply 2 to block it and our support team will contact you",
     "call_coming"),
])
def test_the_wave_124_texts(text: str, signal: str) -> None:
    assert signal in analyze(text, "sms").signals, analyze(text, "sms").reasoning


@pytest.mark.parametrize("text", [
    # honest counterparts: a garage's MOT and a vet's booster reminder, a salary that "has arrived"
    "Your MOT at Hillside Motors is due on 12/02. Book online or call us on 020 7946 0311 to arrange a time.",
    "Oakwood Vets: Max is due his annual booster. Book online or call 020 7946 0452.",
    "Halifax: Your salary payment of £1,942.10 has arrived. Balance £2,310.55.",
])
def test_the_wave_124_honest_reminders_and_receipts_are_not_flagged(text: str) -> None:
    verdict = analyze(text, "sms")
    assert not verdict.is_scam, verdict.reasoning


def test_an_indian_banks_debit_alert_is_never_rung() -> None:
    """The 869th batch (wave 125): an honest debit alert ending as Indian banks' do, "Not you? Call 1800-000-0123 or
    SMS BLOCK 2291 to 90000 00123", was flagged and would have been rung: a card-block keyword and a debit already
    made are the bank's own words. A keyword to a number still reads as a short code otherwise."""
    alert = analyze("Rs 3,480.00 debited from A/c XX5120 on 02-12-26 to VPA chai.point@okhdfc. Not you? Call "
                    "1800-000-0199 or SMS BLOCK 5120 to 90000 00199. -Godavari Bank", "sms")
    assert not alert.is_scam and not alert.should_engage(), alert.reasoning
    assert {"legit_receipt"} <= set(alert.signals) and "shortcode" not in alert.signals, alert.reasoning
    assert "shortcode" in analyze("You have won a trip! text WIN to 87121 to claim now", "sms").signals


@pytest.mark.parametrize("text, signal", [
    # the 875th batch (wave 126): a gag order is no denial of the ask after it, a mule's cut of a mystery shopper's
    # cheque, a mentor's multiple, a toll "outstanding on your vehicle", a child "using this num for now", an
    # e-transfer or euros asked for
    ("Hi Nan it's me, I'm in a bit of trouble and don't want mum to know. Can you send £850 to my friend's account?",
     "odd_payee"),
    ("my company is looking for mystery shoppers, we send u a cheque, u keep £400 and transfer the rest on",
     "fake_check"),
    ("My mentor helped me turn £500 into £11,000 in 3 weeks. Happy to share how", "investment"),
    ("M50 toll reminder. Outstanding amount on your vehicle. Reply YES to receive the secure payment link.",
     "fine_due"),
    ("hi it's me. using this num for now. can u do an e-transfer for me? 1200 to my landlord", "new_number"),
    ("hi it's me. using this num for now. can u do an e-transfer for me? 1200 to my landlord", "money_plea"),
    ("Mum it's me, lost my phone, can u transfer €480 for the rent today", "money_plea"),
])
def test_the_wave_126_texts(text: str, signal: str) -> None:
    assert signal in analyze(text, "sms").signals, analyze(text, "sms").reasoning


@pytest.mark.parametrize("text, signal", [
    # honest counterparts: a shop's "on selected" lines, a council's registration reminder, a real denial
    ("Tesco: Clubcard Prices this week, 2 for £5 on selected mince pies. Text STOP to 60231 to opt out.",
     "sms_prize_words"),
    ("Council: the outstanding amount on your vehicle registration renewal is due, renew at our website", "fine_due"),
    ("we don't want you to send money to anyone who texts, call the number on your card", "money_plea"),
])
def test_the_wave_126_honest_texts_are_not_read(text: str, signal: str) -> None:
    assert signal not in analyze(text, "sms").signals, analyze(text, "sms").reasoning


@pytest.mark.parametrize("text, signal", [
    # the 885th batch (wave 128): a link sent only once the reader answers, a task job's stablecoin top-up
    ("[USPS] Delivery attempt failed 12/03. Schedule redelivery within 48hrs or package is disposed. Reply 1 for the "
     "link.", "link_trick"),
    ("Texas DPS: 1 unpaid traffic violation on file. Respond Y to receive your secure payment link.", "link_trick"),
    ("Congrats! To unlock today's task set, recharge 50 USDT to your work account.", "task_deposit"),
])
def test_the_wave_128_texts(text: str, signal: str) -> None:
    assert signal in analyze(text, "sms").signals, analyze(text, "sms").reasoning


@pytest.mark.parametrize("text, signal", [
    # honest counterparts: an exchange's receipt, a reply that confirms an appointment
    ("Kraken: You deposited 50 USDT to your spot wallet. If this wasn't you, lock your account in the app.",
     "task_deposit"),
    ("Dr. Patel's office: reply Y to confirm your visit on Tue 3pm or call us. Directions at the link in your "
     "portal.", "link_trick"),
])
def test_the_wave_128_honest_texts_are_not_read(text: str, signal: str) -> None:
    assert signal not in analyze(text, "sms").signals, analyze(text, "sms").reasoning
