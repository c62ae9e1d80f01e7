"""One-sided voicemails, the honeypot's most important real input.

A scammer who reaches the honeypot's voicemail leaves a short one-sided message: a greeting,
who they claim to be, a problem (a charge, a warrant, a suspended account, a prize), pressure,
and a number to call back.  The agent calls back when the verdict is a scam with confidence
>= 70 and a callback number was extracted, so the two costly errors are a real scam voicemail
below 70 and a legitimate voicemail (doctor, pharmacy, school, a real bank alert, a friend)
at or above it.

Texts are written the way speech recognition delivers them (lowercase, no punctuation,
numbers as digits or as words, brand names sometimes misheard) from what these scams and
these honest messages actually say; they were written before the analyzer was tuned on them
and are not taken from the evaluation files.  Numbers use fictional ranges (555-01xx in the
US, Ofcom drama ranges in the UK) wherever the format allows.
"""

from __future__ import annotations

import pytest

from chalicelib.analysis import analyze
from chalicelib.analysis._normalize import spell_out

ENGAGE = 70

# name -> (voicemail, the E.164 number the agent must call back)
SCAM_VOICEMAILS: dict[str, tuple[str, str]] = {
    # --- government, police, customs ---------------------------------------------------
    "irs_warrant_short": (
        "this is the irs there is a warrant for your arrest call 202 555 0147 now",
        "+12025550147"),
    "irs_lawsuit_robocall": (
        "this message is from the internal revenue service the reason of this call is to inform "
        "you that the irs is filing a lawsuit against you to get more information about this "
        "case file please call immediately on our department number two oh two five five five "
        "zero one six four i repeat two oh two five five five zero one six four thank you",
        "+12025550164"),
    "ssa_suspended_24h": (
        "hello this call is from the department of social security administration the purpose "
        "of this call is to inform you that we have received a suspicious activity on your "
        "social security number and it is about to be suspended within 24 hours so if you want "
        "to know more about this case kindly call back on our toll free number eight eight "
        "eight five five five zero one six two thank you",
        "+18885550162"),
    "ssa_officer_extension": (
        "um yes this is officer daniel miller with the social security administration legal "
        "department your ssn has been flagged for fraudulent activity in the state of texas and "
        "legal action will be taken against you if we dont hear back from you call me at "
        "1 866 555 0133 extension 4 thank you",
        "+18665550133"),
    "ssa_inspector_general_oh": (
        "this is agent williams from the social security administration office of the "
        "inspector general there are criminal charges pending against your social security "
        "number please return my call at two oh two five five five oh one six four before we "
        "proceed with your arrest",
        "+12025550164"),
    "sheriff_jury_duty": (
        "this is sergeant mike reynolds from the county sheriffs office we have a bench warrant "
        "for your arrest for failure to appear for jury duty you can avoid being taken into "
        "custody by paying the fine today call me back directly at 469-555-0178",
        "+14695550178"),
    "customs_seized_package": (
        "this is an important message from us customs and border protection a package under "
        "your name was seized at the border containing illegal items and your case has been "
        "forwarded to our legal department to speak with an officer call 1 800 555 0139 "
        "otherwise a warrant will be issued against you",
        "+18005550139"),
    "uk_national_crime_agency": (
        "hello this is the national crime agency we are calling because your national insurance "
        "number has been suspended due to fraudulent activity if you do not call us back on "
        "plus four four two zero seven nine four six zero three two one a warrant will be "
        "issued for your arrest",
        "+442079460321"),
    "uk_hmrc_tax_fraud": (
        "this is an automated call from hm revenue and customs we have issued a case against "
        "your name for tax fraud to speak to an officer before you are arrested call zero two "
        "zero seven nine four six zero five five one",
        "+442079460551"),
    "medicare_card_expired": (
        "hi this is jennifer with the medicare benefits department your medicare card has "
        "expired and your benefits will be cancelled unless you verify your medicare number "
        "today please call us back toll free at 1 877 555 0112 to get your new card",
        "+18775550112"),
    # --- utilities -------------------------------------------------------------------------
    "utility_power_30_minutes": (
        "this is the disconnection department of pacific gas and electric your account is past "
        "due and your power will be shut off within the next 30 minutes to avoid disconnection "
        "make a payment immediately by calling 1 8 8 8 5 5 5 0 1 7 4",
        "+18885550174"),
    "utility_water_technician": (
        "hi this message is for the homeowner this is city water billing our records show an "
        "unpaid balance on your water account and a technician has been scheduled to shut off "
        "your service at four pm today call us at eight five five five five five zero one four "
        "four before then to make a payment",
        "+18555550144"),
    # --- orders, renewals, refunds ---------------------------------------------------------
    "amazon_iphone_order": (
        "hello this is amazon customer service were calling about an order of an apple iphone "
        "15 pro max for 1299 dollars placed on your amazon account if you did not place this "
        "order please call our fraud department at 1-888-555-0102 to cancel and get a refund",
        "+18885550102"),
    "amazon_prime_renewal": (
        "this call is from amazon prime your annual membership will be auto renewed for three "
        "hundred ninety nine dollars today to cancel the renewal or to speak with a "
        "representative please call eight four four five five five zero one two nine",
        "+18445550129"),
    "apple_icloud_locked": (
        "this is an urgent message from apple support your icloud account has been compromised "
        "and your apple id will be locked within 24 hours please do not use your iphone or any "
        "apple device until you call apple support at one eight six six five five five zero one "
        "one seven",
        "+18665550117"),
    "norton_renewal": (
        "hi this is a courtesy call from norton lifelock your norton 360 subscription has been "
        "renewed and 349 dollars 99 cents will be charged to your bank account within 24 hours "
        "if you want to cancel the subscription and claim a refund call our billing team at "
        "1-844-555-0165",
        "+18445550165"),
    "geek_squad_misheard": (
        "hey this is geek squat calling about your annual tech protection plan which was "
        "automatically renewed for 499 dollars this charge will appear on your statement in the "
        "next 48 hours if you wish to cancel please call us back at eight hundred five five "
        "five zero one zero eight",
        "+18005550108"),
    "paypal_bitcoin_charge": (
        "hello this is pay pal security we detected an unauthorized transaction of 799 dollars "
        "on your account for a bitcoin purchase if you didnt make this payment call us at "
        "1 888 555 0156 immediately otherwise the amount will be debited from your linked bank "
        "account",
        "+18885550156"),
    "refund_department_overpayment": (
        "hi this is the refund department we tried to reach you about your computer maintenance "
        "service the company is going out of business and you are eligible for a refund of 399 "
        "dollars please call 1 8 5 5 5 5 5 0 1 0 3 to process your refund",
        "+18555550103"),
    # --- tech support ----------------------------------------------------------------------
    "microsoft_license_expired": (
        "this is an important message from microsoft windows your computer license has expired "
        "and your ip address has been compromised hackers are using your computer please do "
        "not use your computer and call microsoft technical support immediately at "
        "1 8 4 4 5 5 5 0 1 2 0",
        "+18445550120"),
    "windows_uk_error_messages": (
        "hello we are calling from the windows technical department we have detected that your "
        "computer is sending error messages and has been infected by a virus please call us "
        "back on zero one six one four nine six zero nine three two so we can fix it",
        "+441614960932"),
    # --- crypto ----------------------------------------------------------------------------
    "coinbase_blocked_withdrawal": (
        "this is the coinbase security team we have blocked a withdrawal of 0.5 bitcoin from "
        "your account to an unrecognized wallet if you did not request this withdrawal call our "
        "support line immediately at 1 888 555 0172",
        "+18885550172"),
    "kraken_misheard_lagos": (
        "hi this is crack and support calling about your crypto account there was a login from "
        "a new device in lagos nigeria and a withdrawal of 2000 dollars in usdt is pending to "
        "stop the transfer please call us back urgently at eight five five five five five oh one "
        "three eight",
        "+18555550138"),
    "binance_suspension": (
        "hello this is a message from by nance customer care your account will be suspended due "
        "to suspicious withdrawal activity call us within one hour on 1 877 555 0193 to verify "
        "your identity and keep your funds safe",
        "+18775550193"),
    # --- banks and cards calling from their own number ---------------------------------------
    "wells_fargo_hold": (
        "this is the fraud prevention department at wells fargo we have placed a temporary hold "
        "on your debit card due to suspicious activity involving a transaction of 950 dollars "
        "at a walmart in florida please call us back immediately at 1 888 555 0184 to verify "
        "the transaction and avoid your account being closed",
        "+18885550184"),
    "chase_card_frozen": (
        "hi this is chase card services we have detected suspicious charges on your chase visa "
        "and your card has been frozen for your protection to unfreeze it call our fraud team "
        "directly at eight six six five five five zero one five one",
        "+18665550151"),
    "barclays_uk_payee": (
        "hello this is barclays fraud team we have noticed two payments from your account to an "
        "unknown payee totalling 1200 pounds if you did not authorise these please call us back "
        "urgently on zero two zero seven nine four six zero one two three",
        "+442079460123"),
    "card_services_interest_rate": (
        "hi this is rachel from card services calling about your credit card account there is "
        "no problem with your account but this is your final notice to lower your interest rate "
        "press one now or call 1 888 555 0195 before your eligibility expires",
        "+18885550195"),
    # --- warranties, loans, debts ----------------------------------------------------------
    "car_warranty_final_notice": (
        "hello we have been trying to reach you concerning your cars extended warranty you "
        "should have received something in the mail about your cars extended warranty since we "
        "have not gotten a response we are giving you a final courtesy call before we close out "
        "your file please call us at 1 833 555 0126",
        "+18335550126"),
    "student_loan_forgiveness": (
        "hi this is the student loan forgiveness program calling with important information "
        "about your federal student loans based on recent changes you may qualify to have your "
        "balance forgiven but the enrollment deadline is this friday please call us back at "
        "1 877 555 0114 to see if you are eligible",
        "+18775550114"),
    "student_loan_flagged": (
        "this is an important message regarding your student loans your account has been "
        "flagged for the new forgiveness program you could have your entire balance erased but "
        "you must respond before the deadline call now triple eight five five five zero one nine "
        "eight",
        "+18885550198"),
    "debt_served_at_work": (
        "this message is for john smith this is the legal department of national recovery "
        "services we are calling regarding an outstanding debt in your name a complaint is "
        "being filed against you and you may be served at your home or your place of "
        "employment to resolve this before it goes to court call 1 866 555 0157 and reference "
        "case number 4 4 7 1 2",
        "+18665550157"),
    "debt_wage_garnishment": (
        "this is a final notice from the collections department your account is seriously past "
        "due and we will begin garnishing your wages and report you to the credit bureaus if we "
        "dont receive payment today call back at 800 555 0181",
        "+18005550181"),
    # --- prizes ----------------------------------------------------------------------------
    "pch_grand_prize_jamaica": (
        "congratulations this is publishers clearing house calling you have been selected as "
        "our grand prize winner of 2.5 million dollars and a brand new car to claim your prize "
        "call our prize department at 876 555 0137",
        "+18765550137"),
    "lottery_processing_fee": (
        "hello this is the mega millions lottery commission your phone number was selected in "
        "our international draw and you won 850000 dollars to release your winnings a small "
        "processing fee is required please call agent david johnson at plus one eight seven six "
        "five five five zero one four two",
        "+18765550142"),
    "walmart_gift_card_sweepstakes": (
        "hi this is the walmart rewards department you have won a 1000 dollar walmart gift card "
        "as part of our customer appreciation sweepstakes call one eight zero zero five five "
        "five zero one six nine within 24 hours to claim it or it will go to the next winner",
        "+18005550169"),
    # --- family emergency, parcels, romance, investment ---------------------------------------
    "grandson_lawyer": (
        "hi grandma its me your grandson tyler i got into a little accident and im in trouble "
        "with the police please dont tell mom and dad i need you to call my lawyer mr brown at "
        "4 1 5 5 5 5 0 1 2 3 right away he will explain everything",
        "+14155550123"),
    "mum_new_number_uk": (
        "mum its me i dropped my phone in the bath this is my new number i really need your "
        "help with a bill that has to be paid today can you call me back on 07911 123456 as "
        "soon as you get this",
        "+447911123456"),
    "dhl_customs_fee_uk": (
        "this is dhl express your parcel is being held at customs because the customs duty of "
        "2 pounds 99 has not been paid if the fee is not paid within 48 hours the parcel will "
        "be returned to the sender call us on 0 1 6 1 4 9 6 0 7 7 7 to pay",
        "+441614960777"),
    "usps_incomplete_address": (
        "hello this is the united states postal service your package could not be delivered "
        "due to an incomplete address please call 1 8 0 0 5 5 5 0 1 7 7 to confirm your address "
        "and pay the redelivery fee or the package will be returned",
        "+18005550177"),
    "romance_oil_rig": (
        "hi honey its james i miss you so much i am still on the oil rig and they froze my bank "
        "account i need 3000 dollars for the customs fee to get my gold released please call me "
        "on plus four four seven four five eight one two three seven eight nine my love",
        "+447458123789"),
    "investment_guaranteed_returns": (
        "hello this is michael from goldline capital i am calling you about an exclusive crypto "
        "investment opportunity with guaranteed returns of 30 percent per month spots are "
        "limited and the offer closes tonight call me directly on 1 646 555 0149 to secure your "
        "place",
        "+16465550149"),
}

LEGIT_VOICEMAILS: dict[str, str] = {
    "chase_real_alert_back_of_card": (
        "hi this is chase fraud prevention calling about unusual activity on your chase debit "
        "card ending in 4 4 1 2 if you recognize the purchase no action is needed otherwise "
        "please call the number on the back of your card we will never ask you for your pin or "
        "your online banking password"),
    "capital_one_use_the_app": (
        "hello this is a message from capital one we noticed a transaction that looked unusual "
        "please review it in the capital one mobile app or sign in at capital one dot com you "
        "can also call the number on the back of your card thank you"),
    "credit_union_press_1_alert": (
        "this is an automated fraud alert from navy federal credit union regarding a purchase of "
        "84 dollars and 12 cents at target on your debit card press 1 if you made this purchase "
        "press 2 if you did not"),
    "pharmacy_refill_ready": (
        "hi this is cvs pharmacy calling for robert your prescription is ready for pickup at the "
        "main street location if you have any questions please call us at 5 1 2 5 5 5 0 1 4 8 "
        "thank you"),
    "pharmacy_refill_automated": (
        "this is walgreens with an important message about your prescription your refill "
        "request has been sent to your doctor for approval we will notify you when it is ready "
        "for pickup to speak with a pharmacist press 0 or call 8 4 7 5 5 5 0 1 9 2"),
    "dentist_reminder": (
        "hi this message is for emily this is lisa from bright smile dental just a reminder that "
        "you have a cleaning scheduled for tuesday at 10 am please call us back at 617 555 0134 "
        "to confirm or if you need to reschedule thanks"),
    "doctor_results": (
        "hi this is nurse amanda from doctor greens office your lab results came back and the "
        "doctor would like to go over them with you its nothing urgent please call the office "
        "at 919 555 0143 at your convenience"),
    "school_nurse_fever": (
        "hi this is mrs johnson the nurse at lincoln elementary your son jake came to my office "
        "with a fever of 101 he is resting now but he needs to be picked up please call the "
        "school at 7 0 3 5 5 5 0 1 2 6 as soon as you can thank you"),
    "school_closure": (
        "this is a message from springfield public schools due to the winter storm all schools "
        "will be closed tomorrow tuesday please stay safe and check our website for updates"),
    "plumber_quote": (
        "hey this is dave from daves plumbing following up on the leak under your kitchen sink i "
        "put together a quote it comes to about 450 dollars for parts and labor give me a call "
        "back at 512 555 0171 when you get a chance and we can get you on the schedule"),
    "roofer_estimate": (
        "hi this is mike from summit roofing we met last week about your roof i have your "
        "estimate ready call me at 720 555 0163 whenever works for you"),
    "recruiter": (
        "hi sarah my name is kevin im a recruiter with talent bridge i came across your profile "
        "on linkedin and i have a senior accountant role with a client in austin that i think "
        "would be a great fit give me a call at 737 555 0119 or reply to my email thanks"),
    "hr_interview": (
        "hi this is jessica from the hr department at acme logistics we received your "
        "application for the warehouse supervisor position and would like to schedule an "
        "interview please call me back at 832 555 0158 thank you"),
    "friend_new_number": (
        "hey its mike i got a new phone so this is my new number save it and call me back at "
        "312 555 0162 when you get a chance we are still on for saturday right"),
    "mom_call_back": (
        "hi sweetie its mom just calling to see how you are doing dad says hi call me back when "
        "you get a chance love you"),
    "amazon_driver_at_gate": (
        "hi this is the amazon driver im outside your building with your package the gate code "
        "isnt working can you call me back at 408 555 0187 or i will leave it with the front "
        "desk"),
    "fedex_missed_signature": (
        "hi this is fedex we attempted to deliver a package that requires a signature we left a "
        "door tag with instructions you can schedule a redelivery online at fedex dot com or "
        "call us at 1 800 463 3339"),
    "utility_planned_maintenance": (
        "this is an automated message from duke energy we will be performing planned "
        "maintenance in your area on thursday between 9 am and 1 pm and your power may be "
        "briefly interrupted no action is needed for questions call 1 800 555 0188"),
    "car_service_ready": (
        "hi this is tom from the service department at toyota of plano your vehicle is ready for "
        "pickup the total comes to 289 dollars we are open until 7 tonight call us at "
        "972 555 0116 if you have any questions"),
    "vet_vaccine_reminder": (
        "hi this is the animal hospital calling to let you know that bella is due for her rabies "
        "vaccine please give us a call at 303 555 0128 to schedule"),
    "insurance_agent_quote": (
        "hi this is karen from state farm returning your call about the quote for your home "
        "insurance i have a couple of options for you give me a call back at 614 555 0139 "
        "thanks"),
    "tax_preparer_refund": (
        "hi this is linda from h and r block your tax return has been accepted by the irs and "
        "your refund should arrive within 21 days call me at 847 555 0136 if you have any "
        "questions"),
    "bank_branch_callback": (
        "hello this is maria from the wells fargo branch on elm street returning your call about "
        "opening a savings account for your daughter please call me back at 704 555 0121 or "
        "stop by the branch anytime"),
    "hospital_billing": (
        "hello this is the billing office at st marys hospital calling about a balance on your "
        "account from your visit in january please call us at 1 866 555 0147 monday through "
        "friday to discuss payment options"),
    "landlord_maintenance": (
        "hey its greg your landlord just a heads up the maintenance guy will be coming by "
        "tomorrow around 10 to fix the dishwasher call or text me at 215 555 0175 if that "
        "doesnt work"),
    "political_survey": (
        "hi this is a short survey from the citizens research group about issues facing our "
        "community in the upcoming election it will take about two minutes press 1 to "
        "participate or call us back at 1 800 555 0197 to be removed from our list"),
}


# A second round, written after the first tuning pass and scored before any further change,
# to check that the rules generalise beyond the texts above.  The changes it prompted were
# general ones ("if this wasnt you", withdrawal requests, filing charges, bounced checks,
# fund-recovery offers, "nothing to worry about").
SCAM_VOICEMAILS_ROUND_2: dict[str, tuple[str, str]] = {
    "ssa_robocall_press": (
        "this is a call from the social security department to inform you that we have found some "
        "fraudulent activities under your name so before we move ahead and file a case against "
        "you please call us back at 1 888 555 0111 or press one to talk to an officer",
        "+18885550111"),
    "irs_final_notice": (
        "final notice from the i r s this is regarding a tax fraud case registered under your "
        "name ignoring this would be an intentional attempt to avoid your initial appearance "
        "before a magistrate judge call us right now at eight four four five five five oh one "
        "three three",
        "+18445550133"),
    "dea_car_found": (
        "hi this is agent collins with the drug enforcement administration a car rented under "
        "your name was found near the border with drugs and blood stains you need to call me back "
        "today at 956 555 0123 or a warrant will be issued",
        "+19565550123"),
    "amazon_suspicious_purchase_spoken": (
        "hello this is from amazon dot com we are calling to let you know that a suspicious "
        "purchase of a macbook pro for one thousand four hundred ninety nine dollars was made on "
        "your account if you authorize this purchase no need to do anything if not please call us "
        "at one eight seven seven five five five zero one four six",
        "+18775550146"),
    "apple_pay_uk": (
        "hi this is apple pay we have detected your apple pay has been used to purchase 600 "
        "pounds worth of items at harrods london if this wasnt you please call us on zero two "
        "zero seven nine four six zero seven seven seven to cancel the payment",
        "+442079460777"),
    "bank_card_cloned": (
        "hello this is the security department of your bank your card has been cloned and used in "
        "another state we need to issue you a new card today call us back right away at 214 555 "
        "0199 and have your card ready",
        "+12145550199"),
    "hsbc_uk": (
        "this is hsbc fraud prevention your account has been accessed from an unrecognised device "
        "and a payment of 2 thousand pounds is pending to stop this payment call us urgently on "
        "zero one six one four nine six zero one one one",
        "+441614960111"),
    "microsoft_ip": (
        "this is to inform you that your windows computer has been hacked your ip address is "
        "being used by hackers from china to stop this please contact microsoft support at 1 800 "
        "555 0155 do not turn off your computer",
        "+18005550155"),
    "mcafee_renewal": (
        "hi this is regarding your mcafee antivirus subscription your plan has been renewed for "
        "299 dollars and the amount will be deducted from your account within 24 hours if you "
        "wish to cancel call our helpline at 8 0 0 5 5 5 0 1 6 6",
        "+18005550166"),
    "xfinity_discount_cutoff": (
        "hello this is xfinity billing your service is scheduled for disconnection today due to a "
        "missed payment to keep your service on please call us back at 1 888 555 0131",
        "+18885550131"),
    "coinbase_spoken_fast": (
        "coinbase alert a withdrawal request of 4500 dollars in ethereum was submitted from your "
        "account if this was not you call us now on 1 877 555 0175",
        "+18775550175"),
    "auto_warranty_2": (
        "this is the vehicle service department calling about your auto warranty our records show "
        "it has expired or is about to expire this is your last chance to renew your coverage "
        "call 1 8 8 8 5 5 5 0 1 4 0",
        "+18885550140"),
    "grandpa_bail_lawyer": (
        "grandpa its me your granddaughter im in jail they said i need 5000 dollars for bail "
        "please call the public defender officer lopez at 305 555 0166 and please dont tell my "
        "parents",
        "+13055550166"),
    "prize_car_shipping": (
        "congratulations you are the lucky winner of a brand new mercedes benz and 5 million "
        "dollars from the clearing house sweepstakes to arrange delivery of your prize call our "
        "claims office at plus one eight seven six five five five zero one nine zero",
        "+18765550190"),
    "debt_arrest_checks": (
        "this is a time sensitive message for the account holder you wrote a check that bounced "
        "and our office has been authorized to file charges against you to settle this matter "
        "call 1 866 555 0188 immediately",
        "+18665550188"),
    "crypto_recovery": (
        "hi this is the crypto recovery team we have located the bitcoin you lost in your "
        "previous investment and we can get your money back call me on 646 555 0177 to start the "
        "recovery",
        "+16465550177"),
    "royal_mail_uk": (
        "this is royal mail your parcel could not be delivered because there is an outstanding "
        "postage fee of 1 pound 45 call zero one one three four nine six zero zero zero zero to "
        "rearrange delivery",
        "+441134960000"),
    "green_card_immigration": (
        "this is an urgent call from the department of homeland security immigration services "
        "there is an issue with your visa and you may be deported call our office immediately at "
        "202 555 0133",
        "+12025550133"),
    "jury_duty_missed": (
        "this is deputy harris from the sheriffs department you missed your jury duty summons and "
        "there is a warrant out for you call me back at seven one three five five five zero one "
        "four eight to take care of the fine before we come to your house",
        "+17135550148"),
    "energy_rebate": (
        "hi this is your electric company we are calling because you have been overcharged on "
        "your bill and you are eligible for a rebate of 200 dollars call 888 555 0128 to claim "
        "your refund",
        "+18885550128"),
}

LEGIT_VOICEMAILS_ROUND_2: dict[str, str] = {
    "bank_new_card_mail": (
        "hi this is jessica from first national bank just letting you know your replacement debit "
        "card was mailed today you should receive it in 5 to 7 business days if you have "
        "questions call the number on the back of your card"),
    "gym": (
        "hey this is tyler from planet fitness just wanted to follow up on your tour last week we "
        "have a special on memberships this month give me a call at 512 555 0188 if youre "
        "interested"),
    "dr_office_cancel": (
        "hi this is the front desk at family medicine dr kim had to cancel her clinic on friday "
        "so we need to move your appointment please call us at 919 555 0133 to reschedule"),
    "irs_real_letter": (
        "hi its brian your accountant i got the letter from the irs you forwarded it looks like "
        "they just need a copy of your w2 nothing to worry about call me at 214 555 0176 when you "
        "get a chance"),
    "school_attendance": (
        "this is an automated message from riverside high school your student was marked absent "
        "from period 3 today if you have questions please call the attendance office at 555 0142 "
        "thank you"),
    "babysitter": (
        "hi its emma the babysitter i cant make it tonight im so sorry i have a fever call me "
        "back at 617 555 0190"),
    "auto_shop_recall": (
        "hi this is the service department at honda of boston your vehicle has an open safety "
        "recall on the airbag the repair is free please call 617 555 0122 to book a time"),
    "electrician": (
        "hi this is carlos the electrician i can come by thursday morning to look at the panel "
        "the estimate is 180 dollars call or text me at 469 555 0184"),
    "bank_fraud_text_reply": (
        "hello this is citi fraud prevention we sent you a text about a recent purchase please "
        "reply to that text or sign in to the citi mobile app to review it thank you"),
    "old_friend": (
        "hey long time no talk this is jenny from college i got your number from sarah give me a "
        "call at 503 555 0134 would love to catch up"),
    "property_manager_rent": (
        "hi this is the leasing office at oak park apartments just a reminder that rent is due on "
        "the first you can pay through the resident portal call us at 720 555 0101 with any "
        "questions"),
    "insurance_claim": (
        "hi this is mark the adjuster from geico about your claim for the accident last week i "
        "need a couple of photos of the damage please call me at 800 555 0152 extension 3 thanks"),
    "verizon_real_ready": (
        "hi this is verizon your new phone has arrived at the store and is ready for pickup bring "
        "a photo id"),
    "usps_real_hold": (
        "this is the post office on main street we are holding a certified letter for you please "
        "bring your notice and id to pick it up"),
    "daughter_call": (
        "hi dad its me my phone is almost dead so call me back on lisas phone at 408 555 0115 "
        "nothing urgent i just wanted to ask about sunday"),
    "ups_nobody_home": (
        "hi this is ups your package could not be delivered today because no one was available "
        "to sign please call 1 800 555 0122 to arrange redelivery"),
    "hospital_outstanding_balance": (
        "hi this is the billing office at riverside medical center you have an outstanding "
        "balance of 120 dollars from your visit in march please call us at 303 555 0123 to set "
        "up a payment plan"),
}

# Known weaknesses, kept visible (strict xfail).  "energy_rebate" (a refund lure with a
# callback but no brand or threat) used to be one; the pretext + callback-demand rule now
# engages it.
KNOWN_MISSES: set[str] = set()


ALL_SCAMS = {**SCAM_VOICEMAILS, **SCAM_VOICEMAILS_ROUND_2}
ALL_LEGIT = {**LEGIT_VOICEMAILS, **LEGIT_VOICEMAILS_ROUND_2}


@pytest.mark.parametrize("name", [
    pytest.param(name, marks=pytest.mark.xfail(strict=True, reason="known weakness"))
    if name in KNOWN_MISSES else name for name in sorted(ALL_SCAMS)])
def test_scam_voicemail_engages_with_the_callback_number(name: str) -> None:
    text, number = ALL_SCAMS[name]
    result = analyze(text)
    assert result.is_scam, result.reasoning
    assert result.confidence >= ENGAGE, result.reasoning
    assert result.callback_number == number, result.reasoning
    assert result.should_engage()


@pytest.mark.parametrize("name", sorted(ALL_LEGIT))
def test_legitimate_voicemail_is_not_engaged(name: str) -> None:
    result = analyze(ALL_LEGIT[name])
    assert result.confidence < ENGAGE, result.reasoning
    assert not result.should_engage()


@pytest.mark.parametrize("name", sorted(ALL_LEGIT))
def test_legitimate_voicemail_is_not_called_a_scam(name: str) -> None:
    result = analyze(ALL_LEGIT[name])
    assert not result.is_scam, result.reasoning


def test_reasoning_explains_a_scam_voicemail() -> None:
    result = analyze(SCAM_VOICEMAILS["irs_warrant_short"][0])
    assert result.reasoning.startswith("Scam signals:")
    assert "arrest" in result.reasoning
    assert "+12025550147" in result.reasoning


def test_every_scam_voicemail_is_at_least_a_scam_verdict() -> None:
    """Even the known misses are flagged as scams; they only fall short of engaging."""
    for name, (text, _) in ALL_SCAMS.items():
        assert analyze(text).is_scam, name


def test_a_number_without_a_problem_is_no_reason_to_call_back() -> None:
    result = analyze("hi its dan call me back at 512 555 0171")
    assert result.callback_number == "+15125550171"
    assert not result.is_scam


# Families the third blind batch showed missing (worded afresh here, not copied from it): tax
# offices and claims firms abroad, parcels detained for what they contain, sextortion, early
# pension release; and the honest calls beside them that must stay quiet.
@pytest.mark.parametrize("text", [
    "this is the australian taxation office your tax file number has been suspended press one to "
    "speak to an officer",
    "you may be entitled to up to five thousand pounds in compensation for mis sold car finance "
    "press one to start your claim",
    "your parcel has been detained by customs because it contains counterfeit goods press one to "
    "speak with an agent",
    "we have a video of you and we will send it to all your contacts unless you pay in bitcoin today",
    "did you know you can access your super early and we invest it for you call us back on 202 555 0143",
])
def test_scam_families_seen_abroad_are_flagged(text: str) -> None:
    verdict = analyze(text)
    assert verdict.is_scam and verdict.confidence >= 70, verdict.reasoning


@pytest.mark.parametrize("text", [
    # written for this test: the 456th and 463rd batches' campaigns (a language menu, split words, a kidnapping)
    "this is a holiday delivery notice your package was out for delivery twice and no signature was received it will "
    "be returned to the warehouse press one english press two chinese",
    "this is the home war ranty department the mort gauge records show your plan was never activated press 1 to "
    "activate",
    "we got your daughter you hear me you dont call nobody you dont call police you call this number back right now",
    # ... and the 444th-470th batches': a residence file "refused", a line "under disconnection process", a charge
    # approved by hanging up, a lottery won in Hindi, a kidnapping in Spanish
    "this is customer service your mobile number linked to your id is under disconnection process call us back at "
    "646 555 0158 immediately",
    "paypal a payment of four ninety nine ninety nine to coinbase is pending on your account to cancel press one to "
    "approve hang up",
    "namaste lottery ki taraf se aapka number pachees lakh jeeta hai claim karne ke liye whatsapp par sampark karein",
    "escucheme bien senora tenemos a su hija aqui con nosotros no llame a la policia usted va a mandar dos mil dolares",
    # ... and the 479th batch's: a meter "pulled this evening", a prompt cut after "press won to", a friend's
    # platform "doubling deposits", gift cards for a nephew on a number "not my regular one"
    "this message is for the card holder your eligibility for the reduced rate expires at midnight press won to",
    "hey its mike we met at the networking thing just wanted to follow up on that bitcoin platform my guys are doubling "
    "deposits this month lemme know if you want in",
    "yo uncle ray its me im in a bit of trouble can you grab a couple apple gift cards ill explain later call me on this "
    "number not my regular one",
])
def test_short_campaigns_with_misheard_words_and_language_menus_are_flagged(text: str) -> None:
    assert analyze(text).is_scam, analyze(text).reasoning


@pytest.mark.parametrize("text, channel, signal", [
    # the 478th batch's toner pirate: an order "approved by someone at your front desk"
    ("this is the accounts department at first choice safety calling about the first aid cabinet service that was "
     "approved by someone at your front desk the invoice for four hundred twelve dollars is overdue", "call",
     "unexpected_charge"),
    # written for this test: evidence read even where the rest is too thin to flag (the 444th and 448th batches)
    ("this is immigration calling about your permanent residence file if we dont hear back from you today your "
     "application will be refused and you may be asked to leave the country", "call", "legal_threat"),
    ("Hey it's Lisa from the other day, just closed a trade, +$6,400 in 3 days on the gold contract. I can show you "
     "if you want, only needs a small start", "sms", "investment"),
])
def test_thin_claims_are_still_read(text: str, channel: str, signal: str) -> None:
    assert signal in analyze(text, channel).signals


def test_a_meter_pulled_this_evening_is_a_cut_off_threat() -> None:
    """The 479th batch's impostor: the meter "is going to be pulled this evening"."""
    assert "utility_cutoff" in analyze("this message is for the account holder i am calling from the billing office "
                                       "your last payment was returned from the bank and the meter is going to be "
                                       "pulled this evening").signals


def test_a_gas_crew_asking_for_the_confirmation_of_a_payment_made_is_not_rung() -> None:
    """The 481st batch's field crew wants proof of a payment already made, not a payment."""
    verdict = analyze("this is jerome with peoples gas im at your property with a disconnect order for nonpayment if "
                      "youve paid recently call us right now at 1 866 555 0106 with your confirmation number and i can "
                      "cancel the order")
    assert "legit_no_action" in verdict.signals and not verdict.should_engage(ENGAGE), verdict.reasoning


@pytest.mark.parametrize("text", [
    "hi this is ben from the australian taxation office returning your call about your payment plan "
    "please call us on the number on your notice",
    "this is detective ross returning your call about the report you filed please call me back at "
    "202 555 0142",
    "hi its dr patel from the hearing clinic your new hearing aids are ready for collection call us "
    "on 202 555 0190",
])
def test_agencies_and_clinics_returning_a_call_stay_quiet(text: str) -> None:
    verdict = analyze(text)
    assert not verdict.is_scam and not verdict.should_engage(70), verdict.reasoning


def test_a_prize_from_a_contest_the_listener_entered_is_no_scam() -> None:
    """The radio station's winner and the sweepstakes scammer both say "you won"."""
    honest = analyze("hey this is mike from kiss 99 point 5 you entered our turkey giveaway and you "
                     "won a fifty dollar grocery gift card come by the station with your id")
    assert not honest.is_scam, honest.reasoning
    scam = analyze("congratulations you have been selected as the winner of our sweepstakes to claim "
                   "your prize pay the processing fee with a gift card call 202 555 0147")
    assert scam.is_scam and scam.should_engage(70), scam.reasoning


def test_the_listeners_own_number_is_never_the_callback_number() -> None:
    """An inbound desk reads the customer's number back: that is no number for the agent."""
    verdict = analyze("hi thanks for calling the phone company can i get your mobile number please "
                      "its 773 555 0139 thank you and for verification can you give me your account pin")
    assert verdict.callback_number is None and not verdict.should_engage(70), verdict.reasoning


def test_honest_lookalikes_of_the_sixth_batch_kinds_stay_quiet() -> None:
    """Worded afresh: a lawful collector, a friend paying back, a bank's yes/no check."""
    for text in ("this is a communication from a debt collector please return my call at 312 555 0157",
                 "hey its sam i still owe you forty bucks ill venmo you tonight call me back",
                 "this is first bank about a purchase of 212 dollars if you made this purchase press 1 "
                 "if you did not make this purchase press 2"):
        verdict = analyze(text)
        assert not verdict.is_scam and not verdict.should_engage(70), (text, verdict.reasoning)


# Written for these tests: scam voicemails with no key to press that must still be flagged.
SCAM_VOICEMAILS_FLAGGED = [
    "this message is for timeshare owners you can now legally exit your timeshare and stop paying "
    "fees call our team at 407 555 0181",
    "you could be debt free in as little as two years with one low monthly payment call 469 555 0148",
    "any donation you make today for our veterans can be picked up by a courier or paid by gift card "
    "call 866 555 0138",
    # a judgement served, a directory listing "renewal", a crew coming today
    "good morning this is the county courthouse process department a judgement has been filed against "
    "you and papers are being served to your home and place of work call us now at 844 555 0112",
    "hi this is business directory services your annual listing renewal of 495 is overdue and has been "
    "passed to our recovery team call 0161 555 0129 to settle",
    "hi this is megan from hydro billing your payment came back and the crew is scheduled for this "
    "afternoon to disconnect we take payment over the phone call 877 555 0150",
    # an inspector's fine by phone, a supplier's new bank by email
    "this is the county health department your last inspection failed and there is a penalty outstanding "
    "we take that over the phone call back before friday or we suspend the permit",
    "hi its the accounts team at the produce supplier we changed banks so send this weeks payment to the "
    "new account ill email you the details today",
]


@pytest.mark.parametrize("text", SCAM_VOICEMAILS_FLAGGED)
def test_scam_voicemails_without_a_key_prompt_are_flagged(text: str) -> None:
    verdict = analyze(text)
    assert verdict.is_scam, verdict.reasoning


def test_press_one_to_schedule_an_appointment_is_still_honest() -> None:
    verdict = analyze("this is lakeside family dental your cleaning is due press one to schedule your "
                      "appointment or press two to speak with our front desk")
    assert not verdict.is_scam, verdict.reasoning


@pytest.mark.parametrize("text", [
    # a recorded prompt to reach a person, and nothing an honest notice says
    "good afternoon this is an important call for homeowners in your county please press one now "
    "to speak with a representative",
    "hello we have some news about your monthly plan press one to be connected",
    # written for this test: robocalls cut down to their claim, no way back
    "your gas service will be shut off today",
    "we have been trying to reach you concerning your cars extended warranty",
    "this is google business services your listing will be marked as permanently closed",
])
def test_a_bare_recorded_prompt_or_a_clipped_claim_is_flagged_but_never_rung(text: str) -> None:
    verdict = analyze(text)
    assert verdict.is_scam and not verdict.should_engage(0), verdict.reasoning


@pytest.mark.parametrize("text", [
    "this is pine valley electric with an update on the outage on your street we expect power to be "
    "restored by six p m press one to hear this message again",
    "this is a reminder from the town water office your bill of forty one dollars is due on the "
    "twentieth if youve already paid thank you to pay by phone press one",
    "this is the county college research center with a short poll about local parks to take the "
    "survey press one",
    # written for this test: a card alert answered with either key, a collector's lawful notice, a
    # booked visit on its way, an outage being mended
    "this is the card fraud center did you make a purchase of 300 dollars at an electronics store if you "
    "made this purchase press 1 if not press 2",
    "this is a message for mr reid we are a debt collection agency and this call is about collecting a "
    "debt please call us on 0333 555 0186",
    "hi this is the heating company your technician is on the way and should arrive in about fifteen minutes",
    "we are aware of a service interruption in your area affecting internet and tv we are working to "
    "restore service as soon as possible",
    # written for this test: a prize handed over in person is the gift card, not a payment in one
    "hi this is tina from the grocery on elm street you won our weekly raffle the fifty dollar gift card "
    "is at customer service just bring your id any time this week",
    # written for this test: the honest calls the 221st and 222nd batches flagged
    "hi its the city council about the streetlight you reported a crew will be out next week call me on "
    "020 7946 0155 with any questions",
    "this is the gas company calling to let you know your payment is past due please pay by the due date "
    "to avoid interruption press one to make a payment",
    "this is the university research center conducting a survey on health your participation is voluntary "
    "press 1 to begin",
    "hi its anna from the credit union about your car loan application we just need your last two pay stubs "
    "call me back at 020 7946 0188",
    # ... and the 228th batch's: a warning's replay key, a poll that offers to call back later
    "this is the county emergency office a boil water notice is in effect be ready to act immediately to "
    "repeat this message press 1",
    "hi this is a national opinion poll about the economy it takes five minutes press 1 to begin or press 2 "
    "if youd like us to call back another time",
    # ... and the 233rd and 235th batches': an advocate returning an inquiry by name, a SIM swap asked for
    "this is a message from the taxpayer advocate service for daniel brooks returning your inquiry please call "
    "us at 877 555 0106 and reference the case number from the letter",
    "hello its your mobile network you asked for a replacement sim and its now active if this wasnt you call us "
    "from another phone on 0333 555 0121 or visit a store",
    # ... and the 240th batch's: an approved discount that asks for nothing
    "this is the power company your discount application was approved no payment or action is needed para "
    "espanol oprima dos",
    # ... and the 246th batch's: a device alert answered by either key, a replay, an opt-out key
    "this is your bank a new device was added to your online banking if this was you no action is needed if "
    "not press 2 and we will transfer you to our fraud team",
    "hi this is the airline your upcoming trip has a schedule change press 1 to hear the new flight times or "
    "press 2 to speak with an agent",
    "this is the registrar of voters early voting begins saturday this is an informational message only to "
    "stop receiving these calls press 9",
    # ... and the 263rd and 265th batches': a pharmacy's name, a jury summons, a SIM swap "as per your request"
    "this is an automated call from london drugs your prescription needs a new authorization from your doctor "
    "please call the pharmacy at 604 555 0115",
    "this is the ministry of justice reminding you that youre due to attend jury service on monday please bring "
    "your summons letter and photo id",
    "this is your mobile network as per your request your sim has been replaced your old sim will be "
    "deactivated if you did not request this call 1800 555 0199 from another phone",
    # ... and the 301st batch's court that warns against the callers it sounds like
    "this is an automated reminder from the county court you are summoned for jury service on monday check your "
    "reporting status or call 555 0155 failure to appear may result in a fine do not give payment information to "
    "anyone who calls you about jury service",
    # ... and the 325th batch's pharmacy that says which prescription only to the key
    "this is the pharmacy we have a prescription ready for a family member to hear which prescription press one or "
    "call us at 847 555 0120",
    # ... and the 335th to 337th batches': a query answered, a late fee noted, the listener's own return,
    # a tow, a forbearance ending, a laptop left for repair with the remote tool removed
    "hello this is the tax office were calling back about your query on your tax code please ring us on 0300 555 0174 "
    "and have your national insurance number to hand",
    "this is city utilities your water bill is past due and a late fee has been applied to speak with customer "
    "service press 1 or call 480 555 0112",
    "hi steve its jenny from the tax shop your return was accepted but the irs sent you a letter to verify your "
    "identity thats a real letter go to the irs site or call me at 702 555 0147",
    "this message is for the owner of a gray sedan this is metro towing your vehicle was towed from the mall lot at "
    "the request of the property owner the release fee is 195 call 555 0163",
    "hi this is your loan servicer calling for luis your forbearance ends october 1st and your first payment of 212 "
    "dollars is due then you can apply for income driven repayment call 888 555 0133",
    "hello this is uptown computer repair about the laptop you dropped off tuesday we found malware and anydesk that "
    "someone had installed and we removed it call 555 0129 to pick it up",
    "this is the gas company due to a leak repair your gas supply will be shut off tomorrow between 9 and 3 our "
    "technicians will never ask for payment at the door to confirm your slot press 1",
    # the 403rd batch's card alert that names the purchase in thirteen words before its keys
    "this is an automated call from your bank fraud prevention about your debit card ending in 4417 if you recognize "
    "a purchase of 612 dollars 08 at best buy in mankato on tuesday press 1 if you dont recognize it press 2",
    # the 456th-464th batches' honest keys: a card alert's "if it wasn't you", a town hall, a confirmation at the end
    "this is a courtesy call from your credit union we declined a charge on your visa card at a gas station if that "
    "was you press one if it wasnt you press two and well close the card",
    "this is congressman dave hollis inviting you to a telephone town hall tonight at 7 to stay on the line and join "
    "press 1",
    "hello this is northside primary care reminding you of your annual wellness visit on june 12th at 10 am please "
    "bring your insurance card press 1 to confirm",
    # the 522nd batch's kinds: a card alert answered "if this was you", or "press 1 if it was done by you"; a planned
    # outage; a shut-off notice that offers a payment plan; a pound's release fee with its daily storage
    "this is an automated message from westpac we declined a purchase on your debit card ending four four one at an "
    "online store for two hundred dollars if this was you press one and we will approve it if it wasnt press two",
    "dear customer this is icici bank about a transaction of rupees 12,000 on your card ending 8 8 0 2 press 1 if "
    "this transaction was made by you press 2 if it was not made by you and we will block the card",
    # ... a building that shuts the water off "for the riser"
    "hey its tony the super we have to shut off the water friday morning for the riser should be back on by noon call me "
    "at 212 555 0149",
    "this is duquesne light with a planned outage notice power will be turned off on saturday from 7 am to 1 pm to "
    "perform maintenance on the lines in your neighborhood questions call 412 555 0133",
    "this is the town of cary water billing office your service is scheduled for shut off on tuesday for a past due "
    "balance of 96 dollars if you need a payment arrangement please call 919 555 0162 before monday",
    "this is metro towing your silver camry was removed from the fire lane on elm street the release fee is 190 "
    "dollars plus 30 a day storage bring your registration and id call 555 0144",
])
def test_honest_notices_with_a_key_prompt_or_a_scams_words_stay_quiet(text: str) -> None:
    verdict = analyze(text)
    assert not verdict.is_scam, verdict.reasoning


def test_a_seven_digit_local_number_counts_as_a_callback_but_is_never_dialled() -> None:
    """"call 555 0148" asks for a call just as a full number does; without an area code the
    agent has nothing to ring, so the verdict flags and never engages."""
    text = ("this is the county sheriffs office a warrant has been issued for your arrest call "
            "deputy ross at 555 0148 to resolve this today")
    verdict = analyze(text)
    assert verdict.is_scam and "callback_demand" in verdict.signals, verdict.reasoning
    assert verdict.callback_number is None and not verdict.should_engage(0)
    honest = analyze("hi its dana from the dental office just confirming your cleaning on "
                     "tuesday call us at 555 0148 if you need to change it")
    assert not honest.is_scam, honest.reasoning


def test_a_message_for_someone_by_name_knows_whom_it_calls_a_robocall_speaks_to_a_crowd() -> None:
    named = analyze("hi this message is for dennis this is the service department your part came in "
                    "call us at 425 555 0163")
    crowd = analyze("this message is for homeowners in your area your part came in call us at "
                    "425 555 0163")
    assert "legit_addressed" in named.signals and "legit_addressed" not in crowd.signals
    assert named.confidence < crowd.confidence


def test_an_offer_and_a_call_back_alone_is_never_rung() -> None:
    """Written for this test: an offer with only "call me back" (a plan, a claim, a payout) is
    what honest agents and claims offices leave too: it may be flagged, its number is not rung.
    With a fee or a threat it is a scam to engage."""
    lone = analyze("hi this is the claims processing center you are owed a refund from a class "
                   "action settlement call us back at 312 555 0148")
    assert lone.callback_number is None and not lone.should_engage(0), lone.reasoning
    assert "+13125550148" not in lone.reasoning
    with_fee = analyze("hi this is the claims processing center you are owed a refund from a class "
                       "action settlement there is a processing fee to release it buy a gift card "
                       "and call us back at 312 555 0148")
    assert with_fee.should_engage(ENGAGE) and with_fee.callback_number == "+13125550148"


@pytest.mark.parametrize("text", [
    "this is an attendance call from maple high school your student was marked absent today if the "
    "absence is excused press one or call the attendance office at 908 555 0127",
    "this is riverside power with an update on the power outage in your area crews are working to "
    "restore service the estimated restoration time is seven p m to report an outage press one",
    "hi its joe with the medicare plan you asked about at the library seminar i have the comparison "
    "ready call me back at 813 555 0116",
    "hi this is the state treasurers office about the claim you filed online for unclaimed property "
    "please call us back at 614 555 0133",
    "hi this is marcus from the blood bank you donated with us in august and youre eligible again "
    "schedule at 1 800 555 0123",
])
def test_honest_notices_and_answers_to_the_listeners_own_request_stay_below_engage(text: str) -> None:
    """Written for this test: a school's attendance line, an outage update, and callers who
    answer what the listener started (a plan asked about, a claim filed, a donation made)."""
    verdict = analyze(text)
    assert verdict.confidence < ENGAGE and not verdict.should_engage(0), verdict.reasoning


def test_a_voicemail_that_ends_on_its_number_asks_for_it_to_be_rung() -> None:
    """Written for this test: "... pre-qualified, I just need five minutes. 866-555-0158." leaves
    the number to be called though no call verb precedes it."""
    verdict = analyze("hey its tony at capital direct your file came across my desk youre pre "
                      "qualified i just need five minutes with you 866 555 0158 thanks")
    assert "callback_demand" in verdict.signals and verdict.is_scam, verdict.reasoning
    own = analyze("hey its tony your number is 866 555 0158")
    assert "callback_demand" not in own.signals, own.reasoning


def test_a_call_about_your_account_that_never_says_who_calls_is_a_problem() -> None:
    verdict = analyze("please call back regarding your account 888 555 0186")
    assert "anonymous_account" in verdict.signals and verdict.is_scam, verdict.reasoning
    named = analyze("this is the billing office at saint lukes hospital calling regarding your "
                    "account please call 888 555 0186")
    assert "anonymous_account" not in named.signals and not named.is_scam, named.reasoning


def test_a_check_to_deposit_and_pass_on_is_the_fake_check_job() -> None:
    verdict = analyze("hi this is derek with drive ads you signed up for the car wrap program the "
                      "check is going out tomorrow just deposit it and send the installer his part "
                      "call me at 469 555 0117")
    assert "fake_check" in verdict.signals and verdict.should_engage(ENGAGE), verdict.reasoning


# Honest callers whose words are the scammers' (written for these tests from the kinds the
# twenty-first to thirty-seventh blind batches found): each may be flagged, none is rung.
HONEST_NEVER_RUNG = [
    # the sheriff, the loan officer, the school, the movers, the card issuer
    "hi this is deputy harris with the county sheriffs civil process unit i have court papers to "
    "serve on you this isnt a warrant and youre not in trouble call me at 512 555 0156 to set a time",
    "hi this is omar at the credit union following up on your personal loan application were missing "
    "a pay stub you can upload it in the app no need to call unless you have questions 757 555 0136",
    "this is the district nutrition office your students meal account has a negative balance of "
    "eighteen dollars please add funds online questions call 559 555 0114",
    "this is the move coordinator please fill out the inventory form in your portal before the survey "
    "the deposit to hold your date is due friday call me at 469 555 0107",
    "this is american express we placed a hold on your card after a suspicious charge call us at "
    "1 800 555 0150 the same number printed on the back of your card",
    # callers who know the listener, with only a matter to settle
    "hello this is the layaway desk at the store on main calling for ms perez your final payment of "
    "eighty nine dollars is due by the fifteenth or the items go back to the floor call 972 555 0129",
    "hello this is the county library our records show items on your card are now overdue if items are "
    "more than thirty days overdue your card will be blocked questions call 417 555 0128",
    "hi this is ron from a1 bail bonds you co signed the bond for your son he missed his court date "
    "please call me at 951 555 0140",
    "hey its barb from the church the raffle was drawn last night and you won the fifty fifty we will "
    "have the check at the church office call me at 614 555 0177",
    # the twenty-ninth batch's kinds: an employer's desks, a court, a lottery, gift cards given
    "hi paul its mike from the it help desk here at parkview your account is locked from too many "
    "login attempts call me back at 614 555 0174 so i can remote into your workstation and reset it",
    "hey team this is carolyn from hr letting everyone know your holiday rewards are in your employee "
    "portal a hundred dollar amazon gift card questions call me 614 555 0163",
    "this is the municipal court with a reminder for devon price you have a court date on tuesday at "
    "nine in courtroom 4b for questions call the clerks office at 614 555 0133",
    "this is the state lottery claim center calling for roberta regarding your claim for a scratch off "
    "prize your claim form is missing a signature call 512 555 0188",
    "hi its jamie from guest services the refund went on a target gift card which we forgot to give "
    "you its at the service desk call us at 614 555 0106",
    "hi tasha its irene from the billing office your balance is about to go to our collection agency "
    "call me at 303 555 0155 and we can set up a plan",
    # the thirty-sixth and thirty-seventh batches' kinds
    "this is the power company with a courtesy reminder your balance of 143 dollars is past due "
    "please make a payment by the due date pay online or call 1 800 555 0172",
    "hi this is the hospital business office your account was sent to collections by mistake we "
    "recalled it if you need a statement call patient accounts at 419 555 0127",
    "hey its jamal from the parents association thanks for signing up to buy the teacher gift cards "
    "we need your 20 bucks by friday call me at 630 555 0191",
    "this is the dmv your license will be suspended on december 20 because we did not receive proof "
    "of insurance please send the sr22 or call us at 916 555 0144",
    "hi this is ethan from support following up on case 102449 the recovery waiting period ends "
    "thursday you can reach me at 800 555 0179",
    # written for this test: the dealer, the bank's claims desk, the biller's own site, the
    # impound lot, the shop with the laptop, the clerk who takes no payments by phone
    "this is the service department at maple ford your truck is due for its 60 000 mile service and "
    "the factory warranty is expiring soon to schedule call us at 614 555 0127",
    "hi its dana from the fraud team at first county bank we got your report about the zelle payment "
    "to that seller and opened a claim we cant promise the money back call us at 888 555 0172",
    "this is metro power your service is scheduled for disconnection on the 12th please pay the past "
    "due amount of 180 dollars at metropower dot com or call 1 800 555 0161",
    "this is the county impound lot your sedan was towed for unpaid parking tickets to release it you "
    "need to pay the citations at the courthouse first then bring the receipt 512 555 0110",
    "hi its the repair desk at the computer store your laptop is ready for pickup we removed the virus "
    "like you asked nothing owed call the store at 480 555 0119",
    "this message is for sam ortiz this is the municipal court clerk you missed your court date and a "
    "bench warrant may be issued we do not take payments over the phone call 513 555 0146",
    "hi this is the revenue agency calling for ms roy we received your request to change your banking "
    "info and need to confirm one thing please call us back at 1 800 555 0196 before friday",
    "this is the city police with a community alert we are searching for a missing man last seen near "
    "the park if you see him call 911 or our tip line at 555 0188",
    "hi this is attorney dana cole from the public defenders office i was assigned your case there is a "
    "bench warrant from the missed hearing we can get it recalled if you come to my office call 555 0170",
    "this is an automated message from the electronics store your price match request was approved and "
    "a refund of 40 dollars was credited to your card ending in 2208 questions call 1 888 555 0121",
    # written for this test: a shop that removed a remote tool, the police with found property, a
    # raffle prize at the office, a yes-or-no check of a purchase, a jury office's website
    "this is the repair desk your laptop is ready for pickup we removed the malware and a remote access "
    "program someone had installed call the store at 480 555 0142",
    "hi this is officer diaz we recovered your stolen bike its at the property room you can pick it up "
    "with proof of ownership call 555 0165",
    "hi its the parish office your ticket was drawn you won the 500 dollar grocery gift card come by the "
    "parish office to pick it up call 555 0181",
    "this is an automated message from the bank fraud team if you made a purchase of 86 dollars at a gas "
    "station press 1 if you did not press 2 or call 1 800 555 0123",
    "this is the jury services office you did not respond to your summons please complete the "
    "questionnaire online at the court website or call 555 0150",
    # written for this test: honest callers the new readings must leave alone
    "this is the clerks office of the county court calling for jason lee you missed your arraignment "
    "the judge continued your case to december 8 if you do not appear a bench warrant may issue this "
    "office does not take payments by phone call 513 555 0155",
    "hey its jorge at the branch you came in tuesday about that check it was counterfeit so dont send "
    "anything back to the buyer call me at 214 555 0133",
    "this is the card issuer about unusual activity please review the purchases in the app under "
    "alerts or call us back at 1 800 555 0142",
    # written for this test: honest billers and desks with a cut-off, a remote tool or a key
    "this is a message from valley power your account ending in 4410 is past due to avoid disconnection "
    "payment must be received by the 9th you can pay online in the valley power app or at an "
    "authorized payment location or call 1 866 555 0131",
    "this is a final notice from metro gas service at 22 elm street is scheduled for disconnection on "
    "or after monday please pay the past due balance or call 1 800 555 0175 to set up an arrangement "
    "metro gas will never demand payment by gift card",
    "hi its sam from the it company your clinic uses the office manager asked us to set up the new "
    "printer so open the anydesk we installed and read me the code when i call at ten if you want to "
    "check with your office manager first please do my cell is 480 555 0183",
    # written for this test: honest alerts and offices of the hundredth batch's kinds
    "this is summit bank with a courtesy alert a purchase of 212 dollars was made on your card ending "
    "4471 if this was you press 1 if it wasnt press 2 and we will block the card do not give your card "
    "number to anyone who calls you",
    "this is a revenue officer with the irs following up on the letter i left at your door you can verify "
    "me by calling the irs at the number on irs dot gov my direct line is 517 555 0185",
    "this is your medicare plan your premium payment was returned by your bank please call us at 888 555 "
    "0156 or log in to your member account to update your payment method",
    "hi this is your plans care manager the claim was denied so i arranged a new supplier and there is "
    "nothing you need to pay they will call you to confirm your address call me at 877 555 0152",
    # written for this test: honest callers of the hundred-and-twelfth batch's kinds
    "hi mr lee its dana from the fraud team the wire you started at the branch is ready we just need to "
    "confirm a couple of details call me at 513 555 0138 and nobody from the bank will ever ask you for a "
    "one time code",
    "this is the support desk returning your request from this morning about the blue screen on your "
    "laptop id like to schedule a remote session call 800 555 0131 with the case number",
    "hello this is the hardware store you won the 500 dollar gift card in our sweepstakes please bring "
    "your drivers license to the pro desk you do not need to give any numbers over the phone 770 555 0181",
    "this is the pet clinic your wellness plan payment was declined please update your payment method "
    "through the clinic app or call 714 555 0106 or the plan will be canceled in 30 days",
    # written for this test: honest offices of the hundred-and-twenty-second and -third batches
    "this is the county justice court there is a warrant for failure to appear on your citation you "
    "can clear it by coming to the court window with id we do not take payments over the phone call "
    "602 555 0148",
    "this is the marshals service returning a call from you about the letter you received we have no "
    "record of that case do not pay anything call our office back at 503 555 0104",
    "this is the credit union a check you deposited on the 20th was returned unpaid and your account was "
    "debited call us at 800 555 0188",
    "this is the state lottery office the ticket you mailed in was not signed please dont send your social "
    "security number by phone we are mailing the form back questions call 515 555 0133",
    # written for this test: honest notices of the 125th to 131st batches' kinds
    "this is an automated message from the school district due to a power outage lincoln elementary will "
    "be closed tomorrow students should not report questions 555 0165",
    "hi this is the bank calling for maria about a wire transfer request you submitted online for 6000 "
    "dollars please call us back at 800 555 0172 before 4 pm or the wire will be cancelled",
    "this is the grocery store customer service you were selected as a winner in our in store sweepstakes "
    "for a 200 dollar gift card please sign a form at your store call me at 555 0123",
    "this is the bank were calling about a wire transfer request of 9000 dollars from your checking account "
    "before we release it we need to confirm it with you please call 800 555 0153 right away",
    "this is an automated reminder from the county jury office you are scheduled to report for jury service "
    "on monday please call 312 555 0147 to confirm failure to appear may result in a new summons there is "
    "no fine payable by phone",
    "this is the parcel carrier with an automated message your package could not be delivered because the "
    "address was incomplete please call 800 555 0120 with your tracking number to update the address",
    "this is an automated message from your student loan servicer your first payment is due on the 28th log "
    "into your account at servicer dot com to set up auto debit and get a rate reduction or call us at 888 "
    "555 0141",
    # written for this test: the banks, the accountant and the cable company of the 137th and 138th
    "this is the bank your checking account is overdrawn by 287 dollars to avoid another overdraft fee please "
    "make a deposit by tomorrow you can transfer funds in online banking or call us at 800 555 0108",
    "this is the credit union your certificate of deposit will mature on the thirtieth and automatically "
    "renew if youd like to withdraw the funds or move them call us at 800 555 0187",
    "hi this is bill your accountant the department of revenue sent you a notice of intent to levy you have "
    "thirty days to pay or ask for a hearing we can request a payment plan bring the letter in call me at "
    "717 555 0102",
    "this is the cable company equipment recovery the modem from your old account was never returned there "
    "is a non return fee of one hundred ninety dollars drop it at any store and the fee comes off or call us "
    "back at 800 555 0166",
    "this is the bank your account is over its overdraft limit please pay in by the 21st to avoid your card "
    "being suspended if youre struggling with money please call our financial support team on 0800 555 0117",
    # written for this test: the 143rd batch's health card renewed at an office, a sheriff's talk
    "hi this is the provincial health insurance office your health card expires at the end of the month you "
    "need to renew it in person at a service centre location with your proof of residency if you have "
    "questions call 416 555 0123",
    "this is a public service talk from the sheriffs office one of the scams were seeing is the jury duty "
    "scam someone calls says theyre a deputy and you can pay a bond with gift cards we do not call people to "
    "collect fines if you get a call like that call our office at 877 555 0171",
    # written for this test: the 180th and 181st batches' honest look-alikes, all flagged before
    "this is the fraud prevention department at your bank calling about unusual activity on your debit card "
    "did you attempt a purchase of 90 dollars at target press 1 for yes 2 for no",
    "this is an automated call from honda about a safety recall on your vehicle please contact your local "
    "honda dealer or call the number on your recall letter press 1 to be connected to your dealer",
    "this is your loan servicer your forbearance ends this month and your payment of 150 dollars is due on "
    "the 1st log into studentaid dot gov or call 1 800 555 0142 to set up autopay",
    "this is the electric company with a courtesy reminder that your bill of 80 dollars is due on the 20th "
    "if you have already paid thank you to pay now by phone press 1",
    "hi its the repair shop your laptop is ready we removed the remote access program you did not install "
    "and cleaned off a virus so change your passwords it is 60 pounds",
    "you entered our holiday sweepstakes and you are a potential winner of a gift card we will email an "
    "affidavit of eligibility for you to sign questions call 1 888 555 0177",
    # written for this test: the 185th and 187th batches' honest look-alikes (three were rung before)
    "this is the bail bonds office calling you as the indemnitor jasons next court date is monday at 8 30 and "
    "your payment of 250 is due the 5th at our office or on our website 619 555 0158",
    "this is the city auto impound your car was towed from a no parking zone release fees are 487 dollars "
    "bring id registration and payment to our lot call 415 555 0188 for hours",
    "this is the school office the lunch account is at negative 12 dollars you can add money through the "
    "school app or send cash in an envelope with his name on it call 512 555 0116",
    "the special levy for the roof was approved at the meeting the invoice is in your strata portal any "
    "questions call me on 02 555 0185",
    "we had an email this morning supposedly from us with new bank details that is not from us our details "
    "have not changed call me at the office 555 0121",
    # written for this test: the 199th batch's honest look-alikes (the first was rung before)
    "calling from service canada your old age security application is approved and the first payment goes out "
    "on the 20th by direct deposit if the banking information on your application has changed please update "
    "it through my service canada account not over the phone questions 1 800 555 0119",
    "fraud prevention calling about a visa transaction of 1150 dollars at an online retailer to confirm it was "
    "you press 1 to decline press 2 or call us back at 1 800 555 0172 the same number listed on our website",
    "this is the canada revenue agency about the review of your child benefit we sent a letter asking for "
    "proof of residency the deadline is december 15th you can upload it through my account on canada dot ca",
    # written for this test: the 204th and 205th batches' honest look-alikes (the last was rung before)
    "this is the power company with a reminder that your payment of one hundred forty seven dollars is due on "
    "the 15th to pay by phone press one",
    "hi its the morning show you were caller number nine and you won two concert tickets call the station back "
    "at 212 555 0107 before five to confirm your details or we pick another winner",
    # written for this test: a card alert whose keys answer it (216th batch)
    "this is your card issuer your card ending in 0917 has been temporarily locked because of a transaction we "
    "could not verify press 1 if you recognize a 312 dollar purchase at walmart press 2 if you dont",
    # written for this test: the 211th batch's tow yard (rung before)
    "its the towing company we have your blue subaru it was towed from the grocery lot release fee is 285 "
    "dollars plus storage bring your registration and license to 1400 industrial way you can call 503 555 0142",
    # written for this test: the 347th batch's mail-order pharmacy (rung before)
    "courtesy call from the mail order pharmacy your medication order is on hold we need to confirm your shipping "
    "address and payment please call 1 800 555 0123 and have your member id ready",
    # ... and the 356th batch's store that stopped a sale (rung before)
    "hi its dana from the hardware store your dad was in here this morning and tried to buy 600 in gift cards he was "
    "on the phone with someone who said it was for a refund and we didnt complete the sale call us at 612 555 0123",
    # ... the 372nd batch's school and college prompts, and the 373rd batch's preparer (all rung before)
    "this is a reminder from northside middle school parent teacher conferences are next tuesday interpreters will be "
    "available to request an interpreter press 1 or call the front office at 408 555 0111",
    "reminder from the community college placement tests are this saturday there is no fee if you need childcare "
    "during the test press 1 to reserve a spot or call 718 555 0112",
    "hi this is jo with the tax office your refund was accepted by the irs the refund transfer fee will come out of "
    "your refund as you agreed check the status online or call us at 757 555 0113 with any questions",
    # ... and the 384th batch's utility reminder with its date (rung before)
    "hello this is the power company your account is past due to avoid interruption of service please pay the past "
    "due amount of 96 dollars by november 22nd press 1 to make a payment or call 800 555 0114",
    # ... and the 401st batch's pharmacy whose "prescriptions" were plural (rung before)
    "this is an automated message from the drugstore one or more of your prescriptions could not be filled because "
    "your insurance needs an authorization we contacted your doctor to hear more press 1 or call 614 555 0148",
    # ... and the 403rd batch's card alert with a key to a machine, a co-op's dated cut-off, a shop's booked
    # remote session (all rung before)
    "this is your bank calling about your credit card to help protect your account we declined a recent transaction "
    "to review it now with our automated system press 1 or call us at 1 800 555 0127",
    "valley electric cooperative calling for member number 20 7715 your account is past due and is scheduled for "
    "disconnection on wednesday the 9th to pay call our automated line at 580 555 0135 if a member of your household "
    "has a medical condition please call the office today",
    "hey its dave from the pc repair shop just confirming your remote session for tuesday at 2 that you booked with us "
    "ill have you download the remote support app from our website and walk you through it call 507 555 0170",
    # ... and the 175th batch's plan returning the listener's call about her coverage
    "hi susan this is debbie with your medicare plan returning the call you made about your prescription coverage "
    "call me back at 1 800 555 0186",
    # ... and the 409th batch's card alert whose fraud team is "available 24 hours a day" (rung before)
    "hello this is bank of america calling about your visa debit card we tried to reach you about recent transactions "
    "in mexico city please call us at 1 800 555 0158 and have your card available our fraud team is available 24 hours "
    "a day",
    # ... and the 415th batch's payment held for review that can be confirmed in online banking, and a grocer's
    # sweepstakes whose gift card is the prize with "nothing to pay" (both rung before)
    "calling from the fraud team at pnc about the zelle payment of twelve hundred dollars you sent this morning to a "
    "new recipient we are holding it for review you can confirm it in online banking under zelle activity or call us "
    "back at 412 555 0119 and please have your account number handy",
    "hi this is maria with h e b customer relations calling for ruben you were drawn as a winner in our holiday gift "
    "card sweepstakes a 500 dollar gift card theres nothing to pay well mail the card with an affidavit to sign "
    "i just need to confirm your mailing address call me at 210 555 0178",
    # ... and the 421st batch's repair shop: "you dropped off the laptop yesterday" (rung before)
    "hi margaret its colin from westside pc repair you dropped off the laptop yesterday we got the virus cleaned up "
    "the total is one hundred and twenty nine dollars i can also set up remote access if you want give me a call at "
    "541 555 0134",
    # ... and the 427th batch's utility reminding of the listener's own payment arrangement (rung before)
    "saskpower calling this is a reminder that your payment arrangement payment of one hundred and ten dollars was "
    "due on the fifteenth if the payment is not made by the twenty ninth your service may be disconnected you can pay "
    "through your bank to talk to us press 1 now or call 306 555 0115",
    # ... and the 465th batch's legal aid lawyer the listener rang first, and a utility paid at its own office
    "hi this message is for dwayne porter my name is rachel ng im a staff attorney with legal aid you called our "
    "intake line about the eviction papers your hearing is next wednesday my direct number is 919 555 0177 please "
    "call me today or tomorrow",
    "hi this is city utilities calling about your water account your payment of 112 dollars was returned by your bank "
    "so the account is past due and scheduled for shutoff on the twenty eighth youll need to pay with cash or "
    "certified funds at the utility office or call 918 555 0106",
    # ... and the 473rd batch's boarding kennel paid at drop-off, a revenue agency's own portal, a repair shop's
    # session booked before (each rung before)
    "hey there its the front desk at paws and claws boarding we have bella and max down for the 23rd through the 2nd "
    "theres a fifty dollar deposit to hold the holiday dates you can pay it over the phone or when you drop off 580 "
    "555 0190 thanks",
    "hi this message is for lorraine beck this is the canada revenue agency we need supporting documents for the "
    "medical expenses you claimed a letter has also been posted to your my account please call us back at 1 800 555 "
    "0167 and have your social insurance number ready or upload the documents in my account",
    "hi marjorie its ben from main street computer repair im all set for the remote session at two tomorrow like we "
    "scheduled go to our website mainstreetpc dot com slash help and click connect it will give you a six digit code "
    "read that to me when i call its sixty bucks pay when were done 563 555 0196",
    # ... and the 481st batch's card line open round the clock, a city utility paid at its office, a gas crew that
    # asks for the confirmation of a payment already made, a repair session booked for a day and hour
    "this is a message from desert sun credit union card services we attempted to reach you about possible fraud on "
    "your visa debit card please call us at 602 555 0183 twenty four hours a day seven days a week please have your "
    "card available when you call",
    "hello this message is from city of mesa utilities for account number 4 0 7 7 1 2 your water service is scheduled "
    "for disconnection on tuesday for nonpayment payments can be made at the city utilities office online or by "
    "calling customer service at 480 555 0192",
    "hi mrs henderson its tom from bayside computer help you booked a remote session with us for thursday at ten ill "
    "ring you first then youll go to our website baysidepchelp dot com and type in the six digit code i read out the "
    "session is sixty dollars pay the invoice after were done if you need to change the time call 727 555 0163",
    # written for this test: the 494th and 495th batches' court, employer and money-transfer counter
    "this is the lawton municipal court about citation number 26 dash 4410 your court date is the ninth you can pay "
    "the fine before then at the clerks window if you miss court a warrant can issue call us at 580 555 0147",
    "hi its dana from ridgeline drilling safety youve been selected for a random drug test please report to the "
    "clinic on main street within two hours bring your id call me right now at 432 555 0171",
    "this is the moneygram counter at the walmart on king street the transfer from your sister is still here but the "
    "name on your id didnt match please call the store at 905 555 0126",
    # written for this test: the 504th batch's suppliers, software billing, trades and a painter's warning
    "hi this is tom at river farm supply your order needs its deposit of nine hundred by friday or we release the "
    "stock you can pay by card over the phone with me at 541 555 0133 or on your account at riverfarm dot com",
    "hello this is amy with microsoft 365 billing your trial ends in two days and there is no payment method if none "
    "is added your users will lose access you can add it in the admin center under billing or call me at 425 555 0119",
    "hi its dispatch at city rooter our tech is on his way to your shop for your emergency call eta thirty minutes if "
    "you need to cancel call us back at 212 555 0150 in the next ten minutes",
    "hi its joe from bright painting you emailed asking if our bank details changed no they havent dont pay anything "
    "to a new account call me at 615 555 0148 and ill read you the account number",
    # written for this test: the 508th and 510th batches' pharmacy, money-transfer company, utility, store and shop
    "this is optum rx about your home delivery order we need to confirm your shipping address before we can send "
    "your medication press 1 to continue or call us at 800 555 0144",
    "hello this is moneygram calling about your transfer to kingston it is on hold for a routine verification please "
    "call 1 800 555 0165 and have your reference number ready",
    "hi this is the city of tempe utility billing a shut off notice went out for the thirtieth we can set up a payment "
    "extension over the phone just call us at 480 555 0181 before five today",
    "hi this is walmart customer service calling for ana one of the gift cards you bought on friday did not activate "
    "please bring the card and your receipt to customer service and we will activate it the store number is 952 555 "
    "0188",
    "hi mr cole its nina from harbor pc repair you booked a remote session for three oclock today to move your files "
    "ill email a link that downloads teamviewer then read me the id and i connect if three doesnt suit call the shop "
    "at 231 555 0172",
    # written for this test: the 515th batch's revenue agency and ambulance billing
    "this message is for maria lopez, im an agent with the canada revenue agency about your 2024 return, there is a "
    "letter in your cra my account, please call me back at 1 800 555 0178 and have your notice of assessment handy",
    "this message is for john ward this is metro ambulance billing we need your medicare number and secondary "
    "insurance so we can bill for the ambulance transport on march 3rd please call us at 612 555 0149",
    # the 522nd batch's card alert with a key, a blocked card and its fraud line "24 hours a day"
    "hi this is td bank's automated fraud service calling for alan moss we noticed a transaction on your visa ending "
    "in 2291 that is unusual for you to review it now press 1 if now isnt a good time call us at 416 555 0192 24 "
    "hours a day your card is on hold until we hear from you",
    # the 529th batch's sitter with the door code the listener gave her, and a station that wants the family at its desk
    "hey its maya from happy tails the gate code you sent me isnt opening it is it 4417 or 4471 bella is fine call "
    "me on 503 555 0163",
    "good morning this is sergeant okafor at central police station your daughter was arrested last night shes fine "
    "and being interviewed this afternoon she asked if you could bring her glasses to the front desk call 614 555 0137",
    # ... and its brother who pays most of a nephew's bail himself
    "deb its your sister dont panic jordan got arrested last night hes fine bail is two thousand and i can pay most "
    "of it the bondsman on main needs it by ten call me 505 555 0148 dont tell dad yet",
    # the 533rd batch's computer shop that already bills the office monthly
    "hi dana its raj from bytefix the backup licence on your office pc ran out go to anydesk dot com and text me the "
    "code and ill renew it its the usual forty ill add it to the monthly invoice call 317 555 0142",
    # ... and its clinic that wants the new medicare card brought to the visit (or its number read over the phone)
    "hi its maria from dr patel's office the medicare card on file is the old one with your social security number "
    "please bring your new card to your appointment on tuesday or call us at 559 555 0121 and read us the number",
    # the 539th batch's agencies that offer their own ways beside their number
    "hello this is the motor vehicle division for alan park your insurer told us your policy on the 2019 rav4 ended "
    "if we dont get proof of coverage by january 5th your registration will be suspended you can upload proof on "
    "the mvd website or call us at 505 555 0166",
    "hi its dana at the county health and human services your snap recertification is due by the 31st or your "
    "benefits will stop you can renew online or in person call me at 336 555 0181",
]


@pytest.mark.parametrize("text", HONEST_NEVER_RUNG)
def test_honest_callers_with_the_scams_words_are_never_rung(text: str) -> None:
    verdict = analyze(text)
    assert not verdict.should_engage(0), verdict.reasoning


def test_a_change_of_where_to_pay_is_the_payment_diversion_lure() -> None:
    """Written for this test: "our bank changed", "not taking checks or the portal this month"."""
    verdict = analyze("hi this is sharon from the leasing office we had a system change and were not "
                      "taking checks or the resident portal this month please send your rent by zelle "
                      "to our new accounts manager call me at 503 555 0138")
    assert "payment_switch" in verdict.signals and "legit_bank" not in verdict.signals
    assert verdict.is_scam, verdict.reasoning
    asked = analyze("hi this is the fraud team at your bank did you get a second email saying the "
                    "wire instructions have changed please do not send anything and call us back on "
                    "the number on the back of your card")
    assert "payment_switch" not in asked.signals, asked.reasoning


def test_re_enter_is_a_prefix_not_a_subject_line() -> None:
    verdict = analyze("hi this is payroll we moved providers so please re-enter your bank info on "
                      "the link i texted or you will not get paid friday call 615 555 0189")
    assert "payment_switch" in verdict.signals, verdict.reasoning


def test_a_named_listener_threatened_with_court_is_still_rung() -> None:
    verdict = analyze("this message is for john smith this is the legal department a complaint is "
                      "being filed against you and you may be served at work call 866 555 0157")
    assert verdict.is_scam and verdict.callback_number == "+18665550157", verdict.reasoning


def test_a_prefix_split_off_by_speech_recognition_is_joined() -> None:
    verdict = analyze("this is the final dis connect notice from your electric company your power will "
                      "be dis connected in the next 30 minutes please call 1 800 555 0119")
    assert "utility_cutoff" in verdict.signals and verdict.is_scam, verdict.reasoning


def test_a_word_heard_as_two_is_read_as_one() -> None:
    """Speech recognition writes "account" as "a count" and "FedEx" as "fed ex" (329th batch)."""
    assert spell_out("your a count is pass due") == "your account is past due"
    assert spell_out("fed ex notice your par sell is in route") == "fedex notice your parcel is en route"
    assert spell_out("a countable change") == "a countable change"
    # ... "warranty" as "war and tea" and "credit card" cut to "edit card" (348th batch)
    assert spell_out("your extended war and tea on your edit cards") == "your extended warranty on your credit cards"


def test_evidence_honest_callers_leave_too_is_rung_only_when_near_certain() -> None:
    """Written for this test: a membership renewal and a fake invoice read alike; below
    ``SOFT_ENGAGE`` such a message keeps its flag but not its number.  A cut-off *today* is
    more than a deadline and is rung."""
    from chalicelib.analysis._scorer import SOFT_ENGAGE
    renewal = analyze("hi this is sarah from the heating company your comfort club membership renews "
                      "on the 30th for 179 dollars if you want to renew or cancel call us at 541 555 0110")
    assert renewal.confidence < SOFT_ENGAGE and not renewal.should_engage(0), renewal.reasoning
    today = analyze("hello this is the electric company billing your service is scheduled for "
                    "disconnection today due to a missed payment please call us back at 1 888 555 0131")
    assert today.should_engage(ENGAGE) and today.callback_number == "+18885550131"


def test_a_scam_named_as_such_is_no_demand() -> None:
    verdict = analyze("hello this message is for mister chen i am the victim services coordinator you "
                      "reported the gift card scam last week the detective froze some of the cards call "
                      "me back at 415 555 0178")
    assert "gift_card" not in verdict.signals and not verdict.should_engage(0), verdict.reasoning

def test_a_buyers_overpaid_check_with_the_rest_to_the_mover_is_the_fake_check() -> None:
    verdict = analyze("hi this is about the item youre selling im out of town so my mover will pick it "
                      "up ill send a cashiers check for more than the price just send the rest to the "
                      "mover call me at 918 555 0106")
    assert "fake_check" in verdict.signals and verdict.is_scam, verdict.reasoning


@pytest.mark.parametrize("text", [
    # written for this test: robocall campaigns' own words
    "hello this is the state troopers benevolent fund last year you helped our families press one "
    "to pledge fifty dollars today",
    "this is a message for timeshare owners tired of maintenance fees new laws let you exit your "
    "timeshare legally press one for a free consultation",
    "this is not a sales call seniors between fifty and eighty five can now cover final expenses "
    "with a state regulated plan press one for your free quote",
    "we are going to suspend your social security number and freeze your bank account press one and "
    "connect with the officer",
])
def test_a_robocall_campaign_with_a_key_to_press_is_flagged(text: str) -> None:
    verdict = analyze(text)
    assert verdict.is_scam and "press_to_act" in verdict.signals, verdict.reasoning


def test_the_fake_lawyers_errand_and_courier_are_the_grandparent_scam() -> None:
    """Written for this test: "she asked me to contact you" is the messenger's opening, not a story."""
    verdict = analyze("this is attorney mark ellis i represent your grandson he was in an accident and "
                      "is being held the bond must be paid today in cash i will send a courier "
                      "call me at 813 555 0177")
    assert {"family_emergency", "money_plea", "odd_payee"} <= set(verdict.signals)
    assert verdict.is_scam, verdict.reasoning


def test_a_landlord_who_switched_banks_and_a_rental_shown_by_mail_are_lures() -> None:
    """Written for this test; the tenant who changed their own bank is not the lure."""
    switched = analyze("hi this is the property office we switched banks so send this months rent to "
                       "the new account by zelle today ill text you the details dont use the portal")
    assert "payment_switch" in switched.signals and switched.is_scam, switched.reasoning
    unseen = analyze("hi its greg the owner of the apartment you asked about im out of state so i cant "
                     "show it in person send the deposit by zelle and ill mail you the keys")
    assert {"odd_payee", "wire_cash"} <= set(unseen.signals), unseen.reasoning
    tenant = analyze("oh no i changed banks last month thats why the payment bounced can i pay with "
                     "the new card")
    assert "payment_switch" not in tenant.signals, tenant.reasoning


def test_a_message_cut_off_while_reading_its_number_still_asks_for_a_call() -> None:
    verdict = analyze("eferred to the legal department call 1 8 7 7 5 5 5 0 1")
    assert "callback_demand" in verdict.signals, verdict.reasoning


@pytest.mark.parametrize("text", [
    # written for this test: the civic and donor prompts that honest robocalls carry
    "hi this is a volunteer with the county party reminding you to vote tuesday if you need a ride to "
    "the polls press one",
    "hi this is the childrens hospital thanking you for your recent gift if youd like to update your "
    "mailing address press 1",
])
def test_a_ride_to_the_polls_or_a_donors_address_is_an_honest_key_prompt(text: str) -> None:
    verdict = analyze(text)
    assert "legit_press" in verdict.signals and not verdict.is_scam, verdict.reasoning


def test_a_landlord_who_brings_the_new_bank_details_in_person_is_not_rung() -> None:
    """Written for this test: the honest twin of the payment-diversion voicemail."""
    verdict = analyze("hi its paul your landlord the bank changed our account so from january please send "
                      "rent to the new account ill bring the paper with the details when i fix the sink "
                      "saturday dont use anything you get by email call me 412 555 0178")
    assert not verdict.should_engage(0), verdict.reasoning


@pytest.mark.parametrize("text", [
    # written for this test: the transfer prompt of a robocall that has no key to press
    "seniors on a fixed income can now get a knee brace at no cost stay on the line for a benefits advisor",
    "you have been pre approved for a personal loan regardless of your credit please hold for a live agent",
    "your credit card balances qualify for our new hardship programs stay on the line and a specialist "
    "will review your options",
    "congratulations you won a three night stay in cancun stay on the line to claim it",
])
def test_a_transfer_prompt_without_a_key_is_the_robocalls_demand(text: str) -> None:
    verdict = analyze(text)
    assert verdict.is_scam and "press_to_act" in verdict.signals, verdict.reasoning


def test_a_town_hall_that_asks_to_stay_on_the_line_to_listen_asks_nothing() -> None:
    verdict = analyze("this is senator ruiz inviting you to a telephone town hall tonight stay on the "
                      "line to listen or press star three to ask a question")
    assert not verdict.is_scam and "press_to_act" not in verdict.signals, verdict.reasoning


def test_a_robocall_greeting_a_neighbour_knows_no_one() -> None:
    verdict = analyze("hey neighbor its mike from bright sun solar we are in your area this week doing "
                      "free solar assessments and we only have two spots left call 1 866 555 0128")
    assert "legit_addressed" not in verdict.signals and verdict.is_scam, verdict.reasoning


def test_a_grandchild_with_a_strange_voice_who_needs_bail_is_the_grandparent_scam() -> None:
    verdict = analyze("grandma its me your favorite grandson i had an accident and thats why my voice "
                      "sounds different i need help with bail please dont call my parents")
    assert verdict.is_scam and "family_emergency" in verdict.signals, verdict.reasoning


@pytest.mark.parametrize("text", [
    # the honest sides: a recruiter's warning, a tenant who changed banks, a parcel's duty paid
    "the company will never ask you to pay for equipment and wont send you a check to buy supplies",
    "hi dad the rent check bounced because i switched banks can you call me tonight",
    "your parcel cleared customs and the import duty of 32 euros was paid it arrives tomorrow",
])
def test_the_same_words_in_a_warning_or_about_oneself_are_no_lure(text: str) -> None:
    assert not analyze(text).is_scam


def test_an_app_the_listener_entered_a_contest_on_is_no_dating_app() -> None:
    verdict = analyze("hi this is kpwr radio you were caller nine and won two tickets you entered on the "
                      "app we just need you to pick them up at the station")
    assert "romance" not in verdict.signals, verdict.reasoning


def test_a_lead_sellers_request_for_information_is_no_relationship() -> None:
    verdict = analyze("hi this is national debt solutions we got your request for information and you "
                      "have been approved for the hardship program call 1 844 555 0171")
    assert verdict.is_scam and "legit_business" not in verdict.signals, verdict.reasoning


def test_a_raffle_prize_from_the_listeners_own_event_picked_up_in_person_is_not_rung() -> None:
    verdict = analyze("hi its amy from the rotary club you won the fifty fifty raffle at the pancake "
                      "breakfast please pick it up friday at the club office call 555 0179")
    assert "legit_business" in verdict.signals and not verdict.should_engage(0), verdict.reasoning


@pytest.mark.parametrize("text, signal", [
    # written for this test: the families the ninety-eighth and ninety-ninth batches missed
    ("you qualify for new aca subsidies this year a representative will be with you shortly",
     "press_to_act"),
    ("this is inspector lee with the county health office your kitchen has a citation of six hundred "
     "dollars you can pay it on the phone with me today so we dont have to close you down", "payment_demand"),
    ("hi its the owner of the house you asked about im overseas and cant show it so send the deposit "
     "today and i will mail you the keys", "advance_fee"),
    ("your landlord asked me to tell you rent now goes to the new account in the email i am sending",
     "payment_switch"),
    ("hi this is the leasing office your application is approved but we need the holding deposit today "
     "whoever sends it first gets it we take cash app", "urgency"),
    # written for this test: the hundred-and-fourth to -sixth batches' families
    ("your tax return for last year is under review and there are discrepancies call us back at 855 555 "
     "0139", "tax_debt"),
    ("bank of america we placed a hold on your account because of suspicious activity please hold and a "
     "representative will verify your identity", "press_to_act"),
    ("hi its your credit union we moved online banking over and your access pauses tomorrow i just need "
     "your username and the code the system sends you call me at 555 0137", "credential_demand"),
    ("your water account shows an adjustment the fastest way to settle is a green dot card from any cvs "
     "then call us back with the number on the back 555 0186", "gift_card_demand"),
    ("this is the port authority toll violation on your truck twenty unpaid crossings pay today or your "
     "registration is suspended call 555 0190", "penalty_due"),
    # written for this test: pitches dressed as a visit or a notice
    ("this is a courtesy call your home is due for its free termite inspection press one now to schedule "
     "before the slots fill up", "press_to_act"),
    ("this message is for the business owner your workplace has not ordered the required labor law posters "
     "press one to order before the inspection", "penalty_due"),
    ("hi dad its me ive got a new number my phone got stolen can you whatsapp me on this one i need to pay "
     "something today its urgent", "family_emergency"),
    # written for this test: the "hi mum" opener asks for nothing but a text to the new number
    ("mom its me i broke my phone this is my new number text me on here when you get this",
     "new_phone_steer"),
    # written for this test: the families the 125th to 136th batches missed, mid-call slices too
    ("ok it says forty thousand in the box sir you have typed the extra zeros now you must send back the "
     "difference or i will lose my job", "overpaid_refund"),
    ("the lady at the store said it is a scam maam those store people are told to say that just buy the "
     "cards and read me the numbers", "told_not_to_tell"),
    ("no not the walmart card maam the system only accepts google play cards go back and get two more",
     "gift_card_demand"),
    ("click allow and then my screen will go black dont panic that is for your security while i process "
     "the refund", "remote_steps"),
    ("your computer is locked now you have to pay the unlock fee of two hundred dollars to get the password",
     "fee_to_release"),
    ("the grant is ready but the processing fee is seven hundred you will pay with apple cards",
     "fee_to_release"),
    ("this is the chinese consulate a parcel in your name with fake passports and bank cards was seized "
     "press one", "parcel_problem"),
    ("hi this is a quick survey about the election and at the end you will receive a free cruise press "
     "one to participate", "prize"),
    ("thank you for taking our opinion survey press 1 for yes or 2 for no at the end of the survey you will "
     "receive a 100 dollar gift card", "prize"),
    ("congratulations you have been selected please stay on the line to claim your reward", "prize"),
    ("why are you laughing i know where you live i will send people to your house you will see",
     "revenge_threat"),
    ("hi this is t mobile we are upgrading your sim you will get a text with a pin please give the pin to "
     "our agent when he calls or your service will stop at midnight", "code_demand"),
    ("this is your moving company the price went up we need another 1200 on zelle before we unload your "
     "things call 555 0147 right now", "fee_to_release"),
    # written for this test: "important information about your account" from no one named (a
    # utility that names itself first, "this is the gas company with an important message about
    # your account", is not this)
    ("hello we are calling with important information about your account there is a pending action that "
     "requires your verification please call us back at 1 855 555 0198", "anonymous_account"),
    ("this is a courtesy call regarding your account we have been unable to reach you please call 877 555 "
     "0159", "anonymous_account"),
    # written for this test: the 169th to 171st batches' families
    ("your visa status has some issues and your case will be forwarded to ice if you dont respond call 1 202 "
     "555 0158", "legal_threat"),
    ("the withdrawal is pending there is a capital gains tax of twenty percent you have to pay before the "
     "withdrawal can go through", "fee_to_release"),
    ("publishers clearing house you are our second place winner of 2 5 million dollars to arrange delivery "
     "call our prize department at 876 555 0122", "prize"),
    # written for this test: the 169th to 176th batches' families the 179th to 184th showed again
    ("this is special agent ward with dea diversion your registration was used in a case out of state and "
     "is pending suspension call me back directly", "legal_threat"),
    ("hello we have remote typing work 250 to 400 dollar per day you only need your phone message me on "
     "whatsapp", "job_offer"),
    ("card holders this is your final chance to get your rate reduced to zero percent call now",
     "rate_reduction"),
    ("your parcel from abroad is hold in customs you need to pay duty fee call 1 888 555 0123",
     "parcel_problem"),
    # written for this test: what the 185th batch's business owners hear
    ("hi this is the listings team your restaurant page is going to be hidden from search by tonight call me "
     "back at 888 555 0142", "listing_threat"),
    ("your ssl certificate lapsed this morning and customers get a not secure warning call us to reinstall it "
     "at 888 555 0133", "listing_threat"),
    ("you will get a one star review on yelp every day unless you pay us five hundred call back",
     "listing_threat"),
    ("this is the osha compliance office a fine is pending on your job site settle it today at a reduced "
     "amount call 866 555 0197", "penalty_due"),
    ("hi its sarah from the front desk i got a new bank account so can you change my direct deposit before "
     "friday ill text you the new details", "payment_switch"),
    # written for this test: Spanish robocalls of the 192nd batch (accents as a transcript keeps them)
    ("hola le llamamos de su banco detectamos una transferencia sospechosa su cuenta ha sido congelada para "
     "desbloquearla oprima uno", "account_locked"),
    ("hola le habla la policía federal su nombre aparece en una investigación de lavado de dinero oprima uno",
     "legal_threat"),
    ("le habla el centro de detención su familiar fue detenido y necesita pagar una fianza hoy oprima 1 para "
     "hablar con un oficial", "fee_to_release"),
    # written for this test: the 197th batch's misses
    ("this is the county court clerks office regarding a missed court appearance a judgment may be entered "
     "against you please return our call at 888 555 0144", "legal_threat"),
    ("hello this is the gas company your account is overdue a technician will be at the property this "
     "afternoon to shut off the supply call back at 555 0190", "utility_cutoff"),
    ("hi its the loyalty department we owe you a credit of two hundred dollars for overcharges call me back at "
     "1 877 555 0119 so i can verify the account", "owed_money"),
    # written for this test: the 209th and 215th batches' misses
    ("this is the ministry of justice about an unpaid court fine issued against your name enforcement agents "
     "have been assigned call us today on 0300 555 0172", "legal_threat"),
    ("grandma its me i was in a car accident and they are holding me please dont call mom ill have my lawyer "
     "call you i need help with bail", "secrecy"),
    # written for this test: the 216th batch's misses
    ("hola este es un aviso de su compañía de luz su servicio será desconectado hoy por falta de pago oprima uno",
     "consequence"),
    ("several directories show you as permanently closed call 888 555 0163 to correct your listing",
     "listing_threat"),
    ("a lien may be filed against your property to stop collection action call the relief hotline at 1 888 555 "
     "0126", "legal_threat"),
    # written for this test: the 203rd batch's misses
    ("this is the water company your direct debit failed three times and your supply is scheduled to be "
     "restricted press one to update your payment details", "utility_cutoff"),
    ("hi im calling from the credit bureau department we can get the negative items on your report removed "
     "and your score can go up a hundred points call me back", "debt_relief"),
    ("your annual antivirus subscription has renewed for 399 dollars if youd like to cancel and get a refund "
     "call us back at 1 800 555 0155", "unexpected_charge"),
    # written for this test: the families the 221st to 223rd batches missed
    ("this is the national fraud bureau your pps number has been used fraudulently call us back today "
     "to secure your funds", "move_money"),
    ("this is the customs office a package under your name has been seized press 9 to speak to the officer",
     "parcel_problem"),
    ("your parcel to dubai was returned with illegal items inside i am connecting you to the cyber crime "
     "police now", "legal_threat"),
    ("dear customer your kyc has expired and your sim will be blocked today call customer care", "account_locked"),
    ("the grant is approved for 8000 dollars and you dont have to pay it back press one", "grant_offer"),
    ("ni hao zhe li shi zhong guo ling shi guan qing an yi", "legal_threat"),
    ("su garantia del vehiculo esta por vencer oprima uno", "warranty"),
    ("your reward points expire tonight please share the otp you receive with our executive when he calls",
     "code_demand"),
    ("hi its dan from the revenue office theres an amount owing and if its not settled today it gets handed "
     "to the sheriff call me back", "legal_threat"),
    # ... and the 227th and 228th batches'
    ("this is the records department we are trying to serve you with court papers at your workplace have "
     "your lawyer contact us", "legal_threat"),
    ("hola esta es una encuesta corta al final recibira un crucero gratis oprima uno", "prize"),
    # ... and the 233rd and 234th batches'
    ("im calling on behalf of your grandson hes been detained and needs bail he asked me to keep this private "
     "call back at 877 555 0161", "family_emergency"),
    ("your account with the water authority is overdue service interruption begins at 5 pm otherwise press nine",
     "utility_cutoff"),
    ("this is the listings team customers cant find your business on maps press 1 to update it", "listing_threat"),
    ("we can combine everything into one affordable payment press 1 this offer expires at the end of the day",
     "debt_relief"),
    ("a payment of 549 dollars to best buy was approved on your account if you dont recognize this transaction "
     "press 1", "press_to_act"),
    ("your payroll details must be re verified today press 1 now or your salary may be put on hold",
     "suspension_threat"),
    # ... and the 239th to 241st batches'
    ("the balance is overdue and the crew is already dispatched so press won to keep your power on",
     "utility_cutoff"),
    ("the embassy has a pending charge on your document for your security do not discuss with anyone press 1",
     "secrecy"),
    ("la embajada le informa que si no paga hoy su pasaporte sera anulado oprima uno", "legal_threat"),
    ("this is the tax office your itin was used to file a return and there is a balance call us back today",
     "legal_threat"),
    ("your annual protection plan renews today for 399 dollars to cancel and get a refund call 888 555 0129",
     "unexpected_charge"),
    ("your package was returned to our warehouse press 1 to reschedule the delivery before it is destroyed",
     "parcel_problem"),
    ("im going to send a code to your number to make sure youre legit just read me the six digits",
     "code_demand"),
    # ... and the 245th and 246th batches'
    ("this is the gas company collections weve got a truck in your area today take care of the balance before "
     "he gets to you call me back", "utility_cutoff"),
    ("treasury department we have an enforcement action pending on your name call us back at 202 555 0158",
     "legal_threat"),
    ("its the post office your parcel has an outstanding charge of one pound ninety nine press one to pay now",
     "parcel_problem"),
    ("cloud notice your storage plan payment failed and your backup will stop press one to update your billing",
     "suspension_threat"),
    # ... and the 251st to 253rd batches'
    ("urgent message from your gas supplier due to non payment your supply will be stopped this afternoon call "
     "us back immediately", "utility_cutoff"),
    ("merchant listing services your review page has reported errors and could be suppressed press 1",
     "listing_threat"),
    ("you were identified as eligible for a one time settlement call our enrolled agents at 877 555 0162",
     "tax_debt"),
    ("your truck is loaded but we cant release it until the storage hold of 650 is paid send it by zelle today",
     "fee_to_release"),
    # ... and the 257th batch's business cons
    ("hey its dave from the yard our account is frozen for an audit so dont pay into the usual one ill text you "
     "the new bsb we need the deposit today", "payment_switch"),
    ("a team is ready to post forty one star reviews on your google and yelp pages you can stop that for four "
     "hundred dollars sent to my bitcoin wallet by tomorrow", "listing_threat"),
    # ... and the 263rd and 264th batches'
    ("the customs office a parcel addressed to you has been held because of unpaid import duty press 1 to pay",
     "parcel_problem"),
    ("im with the process servers office we have legal documents to deliver to your home and work call 313 555 "
     "0124", "legal_threat"),
    ("quick survey of three questions and for your time youll receive a two night bahamas cruise press one",
     "prize"),
    # ... and the 269th batch's
    ("this is the turnpike authority there are outstanding tolls on your plate and the file goes to collections "
     "tomorrow call us back today", "penalty_due"),
    ("notice from the motor vehicle office your license is flagged for suspension for unpaid tickets press 1",
     "penalty_due"),
    ("its me your nephew i crashed the scooter and the hotel wont let me leave please call me back", "fee_to_release"),
    ("my darling my contract on the ship is done but the captain needs the release fee paid before they can let me "
     "go home", "fee_to_release"),
    # ... and the 281st and 283rd batches'
    ("we are raising money for the flood families you can help by giving an apple card or paying by phone call us "
     "back", "gift_card_demand"),
    ("grandpa its me i got arrested on the trip please i need you to not tell dad a lawyer will call you",
     "secrecy"),
    ("mum my phone broke so this is a friends can you transfer 600 to this account its my landlords i will pay you "
     "back", "odd_payee"),
    # ... and the 293rd and 295th batches'
    ("its hmrc about your late filing penalty weve escalated it to enforcement ring me back before five today on "
     "020 7946 0199", "legal_threat"),
    ("this is david from capital crypto our new program is returning four percent daily and two places are left "
     "call me back", "investment"),
    # ... and the 299th batch's student loan calls
    ("a notice about your federal student loans your balance may qualify for complete forgiveness but the papers are "
     "due friday call us at 866 555 0177", "loan_debt"),
    ("this is the loan servicing office your repayment plan is being reassigned and the payment may double call back "
     "today to lock your rate", "rate_reduction"),
    # ... and the 305th batch's business cons
    ("its nick from the print supplier our old account is closed so dont pay into that one ill email the new details "
     "today", "payment_switch"),
    ("hey its jo from the office im locked out of my email can you change my paycheck to my new card account before "
     "friday ill send the details to your cell no need for the form", "payment_switch"),
    ("i paid by cheque but wrote it for too much please wire the extra back to my planner today", "fake_check"),
    ("message for the owner we will keep posting one star reviews on your page unless you pay three hundred in "
     "bitcoin", "revenge_threat"),
    ("the review team here your business profile will be flagged and suspended for fake reviews ring back today",
     "listing_threat"),
    ("hello doctor the state board your licence is suspended and your npi number was used in a fraud case call "
     "back today", "legal_threat"),
    ("county health department your cafe is on the closure list pending a fee payment return this call today",
     "penalty_due"),
    # ... and the 317th and 323rd batches'
    ("post office your parcel is being held at the depot due to an unpaid duty of three dollars press 1",
     "parcel_problem"),
    ("dad its me lost my phone this is a mates i need to pay the deposit on the flat today please dont call my old "
     "number", "new_phone_steer"),
    # ... and the 329th to 337th batches'
    ("this is the electric office your connection will be disconnected tonight at nine because last months bill was "
     "not paid call our officer immediately", "utility_cutoff"),
    ("hi this is the power company your a count shows two missed payments and a technician is in route call back "
     "before 3 pm", "utility_cutoff"),
    ("message for the patient your medical balance was referred for final action to avoid it being reported "
     "tomorrow press 1 to settle now with a debit card", "payment_demand"),
    ("hi its hr we are moving payroll before friday call me back with your online banking login so i can link it",
     "credential_demand"),
    ("this is the school accounts office the school bank account has changed please pay the fees to the new account we "
     "will send by text today", "payment_switch"),
    # written for this test: the 347th to 361st batches' kinds
    ("hi its the trading desk your balance is now twelve thousand to release the withdrawal there is a tax clearance "
     "of eight percent message me back", "fee_to_release"),
    ("this is sergeant cole about your grandson he was arrested last night and he asked us not to contact his parents "
     "please call me back", "told_not_to_tell"),
    ("you got the remote job we will send you a cheque to buy your home office equipment from our approved vendor "
     "call me back today", "fake_check"),
    ("mum its me my phones dead so im on this one i need rent paid today can you send it dont ring the old number",
     "new_phone_steer"),
    ("this is the vehicle licensing office your road tax failed to renew and your car will be clamped unless you pay "
     "today press 1", "legal_threat"),
    ("hospital billing your account is past due and will be reported to credit bureaus today press 1 to settle",
     "legal_threat"),
    ("pet transport here your puppy is at the cargo office and needs a crate and insurance of 800 before we can "
     "release him send it by zelle today", "fee_to_release"),
    ("hello its pastor james i need you to pick up four apple gift cards for the children this christmas scratch "
     "them and text me the numbers", "gift_card_demand"),
    ("this is the tenants office the landlord has changed his account because of a bank issue so pay the rent to the "
     "new westpac account i will send you today", "payment_switch"),
    ("hi its the veterans fund last year you pledged to help and we are following up you can give by gift card or over "
     "the phone call us back today", "gift_card_demand"),
    ("hi this is the cancer relief drive collecting for families this christmas you can give over the phone with a "
     "gift card or a credit card call me back", "gift_card_demand"),
    ("hello from the investment desk as seen on the news you registered for the bitcoin programme with a small deposit "
     "your account is now worth four thousand press 1 to withdraw", "platform_steer"),
    # ... and the 397th batch's pastor and pet transport
    ("hi its pastor mark im in a meeting right now cant talk i need a favour for a member in hospital can you pick up "
     "some google play gift cards for me text me back", "gift_card_demand"),
    ("pet air transport your puppy is at the airport but needs a new crate for 950 dollars its refundable please send "
     "by cash app today", "fee_to_release"),
    # ... and the 401st and 402nd batches' benefit robocalls: "press one to update" your record, a plan's
    # "prescription coverage" (no pharmacy's notice)
    ("your social security benefits are on hold because your information is out of date press one to update your "
     "records", "press_to_act"),
    ("attention medicare members your plan is changing and you could lose your prescription coverage unless you "
     "verify your medicare number with us press one", "press_to_act"),
    # ... a grandson's "attorney" who asks that it "stay between us", a nephew's e-transfer from a friend's phone
    ("hi mrs alvarez this is attorney michael rowan i represent your grandson he is being held bail has been set at "
     "eight thousand and he asked that this stay between us call me back", "secrecy"),
    ("hey uncle its me i lost my phone this is a friends number im stuck at the airport and my card got declined can "
     "you send me something by e transfer ill pay you back monday", "wire_cash"),
    # ... and the 408th batch's transfers without a menu: "press 1, a nurse is standing by", "stay on the line,
    # the next available agent will pick up"
    ("this is the dna program for seniors if you have medicare a cheek swab kit is available at zero cost press 1 a "
     "nurse is standing by", "press_to_act"),
    ("this is the best buy order desk about the laptop just put on your card going out overnight to another address "
     "please stay on the line the next available agent will pick up and help you stop it", "press_to_act"),
    # ... and the 413th batch's pay in words and an immigration file "with an issue"
    ("hi im emily from the recruiting team we reviewed your resume you are a great fit for a remote role three hundred "
     "to five hundred a day only sixty minutes of work please reply to us on whatsapp", "job_offer"),
    ("hi this is a message from immigration refugees and citizenship canada theres an issue with your documents and "
     "your status could be affected call us back today", "legal_threat"),
    # ... and the 407th batch's tax refunds held for bank details and a number that "has won"
    ("hi this is sean from revenue youre due a tax rebate of six hundred and forty euro but we need to confirm your "
     "bank details before friday or it goes back so ring me back on this number", "owed_money"),
    ("hi its sarah calling from mygov about your tax refund of eight hundred dollars the refunds been held because "
     "your bank details dont match please call back so we can update them and get it paid today", "owed_money"),
    ("congratulations your number has won twenty five lakh in the kbc lucky draw please contact our manager on "
     "whatsapp for the processing", "prize"),
    # ... and the 413th and 419th batches' "lawyer" for a grandchild in custody, cut before the bail
    ("hello this message is for mr and mrs thompson this is attorney david lane i represent your grandson tyler he was "
     "in a car accident early this morning and hes being held i need to speak with you today about his release",
     "bail_lawyer"),
    # ... and the 421st batch's fee before test results, a premium paid to the insurer's "billing agent" by zelle and
    # a funeral cover paid to a cellphone
    ("hi this is the nhs calling about your recent blood test results theres a four pound ninety nine admin fee before "
     "they can be released to your gp please complete it today", "fee_to_release"),
    # session 11, the 521st and 527th batches' campaigns: a parcel held pending duty, a listing "flagged" in a final
    # verification, the brace "not yet received"
    ("this is parcelforce customs your parcel from amazon is currently held at stansted pending payment of duty press "
     "one", "parcel_problem"),
    ("hi this is the maps verification team we are doing verification on business listings in your area please call "
     "us back at 888 555 0147", "listing_threat"),
    ("this is the medicare supply desk you told us about knee pain and have not received your brace yet call 555 0102",
     "benefits_offer"),
    # ... the 531st and 532nd batches' lapsed coverage, a withdrawal fee, a charge taken from the account
    ("dealer notice our records show you have not renewed coverage on your truck press one now", "warranty"),
    # ... and the 538th batch's fragments: card member services "about your interest rate", a listing "removed from
    # local search", "the disconnection of your services in the next hour"
    ("...with card member services regarding your interest rate please return our call today", "rate_reduction"),
    # ... and the 537th batch's: the "kidnapper", an order "under your account", a document prep fee, the reshipper
    ("listen we have your son dont hang up dont call the police if you want to see him again do exactly what i say",
     "family_emergency"),
    ("amazon security here about a macbook ordered on your account and shipped to ohio call us back to stop it",
     "unexpected_charge"),
    ("we can lower your federal loan payment today theres just a document preparation fee of 299 call me back",
     "advance_fee"),
    ("were hiring quality inspectors from home you receive the packages check them and reship them with our labels",
     "job_offer"),
    # ... and its listings: the owner abroad who "cant show it" and couriers the keys, rivals "interested", a fee in cards
    ("its about the condo on main im overseas for work so i cant show it but send the deposit by e transfer and ill "
     "courier the keys", "odd_payee"),
    ("the studio is still free but ive got four other people interested so if you can zelle the holding deposit "
     "today its yours", "urgency"),
    ("so many applicants so we ask everyone to pay the application fee with apple gift cards call me back",
     "gift_card_demand"),
    ("...last attempt to confirm your business details before they are removed from local search", "listing_threat"),
    ("...scheduled the disconnection of your power within the next two hours call billing now", "utility_cutoff"),
    ("hey its the exchange desk your account shows a balance of twelve thousand but a withdrawal fee has to be paid "
     "first call me back", "fee_to_release"),
    ("a payment of 249 dollars for your norton renewal has been taken from your account to cancel press one",
     "unexpected_charge"),
    ("hi this is brian with progressive your auto policy is set to cancel tonight at midnight to keep it active send "
     "the 186 by zelle to our billing agent and call me at 214 555 0176 once its done", "odd_payee"),
    ("this is the funeral cover office your policy has lapsed because of a missed debit order to reinstate it today "
     "you must pay r850 by ewallet to the cellphone number we will sms you", "odd_payee"),
    # a business that takes nothing but money it cannot claw back (session 11, from the 522nd-batch review)
    ("hi this is the animal hospital your cat needs surgery tonight the deposit is six hundred and we can only take "
     "it by zelle or cash app since our card reader is down call us back", "payment_switch"),
    ("this is eastside towing your car is at our yard the release fee is 240 plus storage and we only accept payment "
     "by cash app over the phone call 555 0181 before five", "payment_switch"),
])
def test_families_of_the_later_batches_are_flagged(text: str, signal: str) -> None:
    """Robocalls, impostors and landlords of the 98th to 253rd batches' kinds, each with the
    signal that now reads it."""
    verdict = analyze(text)
    assert verdict.is_scam and signal in verdict.signals, verdict.reasoning


@pytest.mark.parametrize("text", [
    # the same length and shape, honest or personal: a closing, a person's own trouble, a callback
    "all district schools will be closed tomorrow due to the ice storm stay safe",
    "ugh my computer has a virus again can you look at it this weekend",
    "hi this is the clinic your claim was approved please call us back",
])
def test_short_honest_or_personal_messages_are_no_clipped_claim(text: str) -> None:
    assert "a short recorded claim" not in analyze(text).reasoning


# written for this test: a support desk the customer rang, the same call with a fake desk's ask
DESK_CALL = (
    "thank you for calling the printer company technical support my name is marcus may i have your name "
    "please its gloria okay gloria and the model of your printer its the ecotank twenty eight oh three okay "
    "what seems to be the issue it prints with lines across the page and the black is faded that sounds "
    "like the print head is clogged have you run a nozzle check yes twice okay lets try a power cleaning "
    "from the maintenance menu it takes about five minutes so go ahead and start it okay its running while "
    "we wait your printer is still under the one year warranty so if this does not fix it we will send you "
    "a replacement at no cost okay that is good to hear it finished and the test page looks perfect now "
    "great im going to give you a case number its e p five five two one if it comes back call us at 800 "
    "555 0177 and give that number thank you")


def test_a_desk_the_customer_rang_is_never_rung_unless_it_asks_what_fake_desks_ask() -> None:
    assert not analyze(DESK_CALL).should_engage(0)
    fake = DESK_CALL.replace("okay that is good to hear", "but the warranty needs a renewal fee of two "
                             "hundred dollars in google play gift cards read me the numbers on the back")
    assert analyze(fake).should_engage(ENGAGE), analyze(fake).reasoning


def test_questions_before_a_payout_are_no_fee_to_release() -> None:
    """The 409th batch's remittance firm (rung before): questions, not a charge, before the money
    is paid out; a charge beside the same words is still the advance-fee scam's."""
    text = ("this is western union calling for maria gonzalez about a money transfer with a tracking number ending in "
            "4471 as part of a routine review we need to ask you a few questions about the receiver before the money "
            "can be paid out please call us at 1 800 555 0186 and have your id ready")
    verdict = analyze(text)
    assert "fee_to_release" not in verdict.signals and not verdict.should_engage(ENGAGE), verdict.reasoning
    fee = text.replace("we need to ask you a few questions about the receiver", "a processing fee of 95 dollars is due")
    assert "fee_to_release" in analyze(fee).signals, analyze(fee).reasoning


# written for this test: robocalls to Spanish-speaking households and the honest notices they mimic
SPANISH_SCAMS = [
    ("hola le llamamos de la compania de luz su servicio sera cortado esta tarde por un saldo pendiente para "
     "evitar el corte llame ahora al ocho cuatro cuatro cinco cinco cinco cero uno seis dos", "utility_cutoff"),
    ("hola este mensaje es para familias sin seguro medico hay un nuevo plan de salud sin importar su estatus "
     "migratorio presione uno para inscribirse hoy mismo", "eligibility"),
    ("su paquete esta retenido en la aduana falta pagar el impuesto de importacion oprima uno para pagar y "
     "liberar su paquete", "fee_to_release"),
    ("aviso del servicio de impuestos internos usted debe impuestos atrasados del ano pasado si no paga hoy su "
     "caso pasa a inmigracion marque uno", "tax_debt"),
    ("abuelita soy yo tuve un accidente y estoy en la carcel por favor no le digas a mi papa un abogado te va a "
     "llamar", "family_emergency"),
    ("hola le llama el programa de alivio de deudas usted califica para eliminar hasta la mitad de sus deudas de "
     "tarjetas llamenos hoy", "debt_relief"),
    ("hola estamos contratando para trabajar desde casa ganas hasta trescientos dolares diarios escribeme por "
     "whatsapp", "job_offer"),
    # the 444th batch's campaigns in Spanish: a crew on its way, a lower card rate
    ("le habla el departamento de desconexiones su cuenta tiene dos pagos atrasados y la cuadrilla ya va en camino "
     "para detener el corte llamenos de inmediato al 626 555 0131", "utility_cutoff"),
    ("buenas tardes su tarjeta salio seleccionada para el programa de reduccion de interes presione 1 y un asesor le "
     "explica", "rate_reduction"),
]
SPANISH_HONEST = [
    "hola este es un mensaje de alerta de fraude de su banco queremos verificar un cargo en su tarjeta si usted lo "
    "hizo oprima uno si no lo reconoce oprima dos nunca le pediremos su pin",
    "This is the county library. Our branches will close early on Friday for the holiday. Para espanol oprima dos.",
    "hola le llamamos de la farmacia su receta esta lista para recoger para hablar con un farmaceutico oprima el "
    "cero gracias",
    "hola le llamamos de fedex su paquete sera entregado manana entre las diez y las dos se requiere firma",
    # the 444th batch's honest automated calls: a key to refill, to accept a change, to renew a loan
    "Hola, le llama la farmacia CVS con un recordatorio de resurtido. Para pedir el resurtido ahora, oprima 1. Para "
    "hablar con alguien de la farmacia, oprima 0.",
    "Biblioteca del condado. Tiene articulos vencidos en su cuenta. Para renovarlos ahora, oprima 1. Para escuchar la "
    "lista de articulos, oprima 2.",
]


# written for this test: robocalls to South Asian households, half in romanised Hindi or Urdu, and the
# honest callers they mimic (the 470th batch's kinds)
HINDI_URDU_SCAMS = [
    ("assalam alaikum yeh high commission se call hai aapka card ka record block kar diya gaya hai verification ke "
     "liye ek dabayein warna card cancel ho jayega", "suspension_threat"),
    ("uncle ji main police station se inspector bol raha hoon aapka bhatija hamari custody mein hai case aaj hi settle "
     "ho sakta hai family mein kisi ko mat batana call back karo", "secrecy"),
    ("important message from the embassy aapke passport mein kuch irregularities mili hain aur aapke naam pe legal "
     "notice jaari kiya gaya hai adhik jaankari ke liye ek dabaiye", "legal_threat"),
]
HINDI_URDU_HONEST = [
    "assalam alaikum this is the passport section of the consulate in houston aapki application mein ek photo dobara "
    "chahiye white background wali please appointment le kar aa jayen office timing nine to one number hai 713 555 "
    "0118",
    "namaste beta main mandir se bol rahi hoon diwali ki puja ke liye aapka naam list mein daal diya hai prasad "
    "sunday ko le jana",
]


# written for this test: robocalls to Chinese- and Korean-speaking households in romanised Mandarin (pinyin),
# Cantonese and Korean, and the honest callers they mimic (the 493rd batch's kinds)
CHINESE_KOREAN_SCAMS = [
    ("ni hao, zheli shi zhongguo zhu luoshanji zong lingshiguan, nin de qianzheng ziliao you wenti, ruguo jintian bu "
     "chuli jiang bei zuofei, qing an er hao jian zhuan gongzuo renyuan", "suspension_threat"),
    ("wei, zhe li shi shunfeng kuaidi, nin ji wang shenzhen de youjian bei haiguan chakou, li mian cang you jia huzhao, "
     "ru xu chaxun qing an yi", "parcel_problem"),
    ("nin hao wo shi beijing gongan ju de liu jingguan, nin de yinhang ka sheji yi qi xiqian anjian, qing peihe diaocha, "
     "zhe jian shi bu neng gaosu jiaren", "secrecy"),
    ("annyeonghaseyo gyeongchalcheong jineung beomjoe susadae imnida gogaeknim myeongui-ga doyong doeeo daepo "
     "tongjang-i mandeureojyeosseumnida sangdamwon yeongyeol-eun gu-beon-eul nureuseyo", "legal_threat"),
    ("eomma na-ya, pon-i gojang naseo chingu pon-euro jeonhwa hae, sago-ga nasseo, byeonhosa-ga jeonhwa hal geoya, "
     "appa-hante malhaji ma", "family_emergency"),
    ("yeoboseyo, seoul jungang eunhaeng imnida, jeongbu jiwon jeogeumri daechul seungin daesang-isimnida, gijon daechul "
     "sanghwan-eul wihae bojeunggeum-eul meonjeo ipgeum hasyeoya hamnida", "advance_fee"),
    ("nei hou, ni dou hai jung gwok ling si gun, nei yau yat fan jung yiu man gin mei lo, cheng gam gau hou",
     "legal_threat"),
    ("nainai, shi wo, wo chu le dian shi, zhuang le ren, xianzai zai paichusuo, you ge lushi hui gei ni da dianhua, "
     "qianwan bie gaosu baba", "bail_lawyer"),
]
CHINESE_KOREAN_HONEST = [
    "ni hao Chen taitai, zheli shi huaren yaofang, nin de chufang yao yijing zhunbei hao le, qing lai qu, ruguo you "
    "wenti qing hui dianhua 718 555 0199",
    "annyeonghaseyo Woori eunhaeng imnida. gogaeknim kadeu sayong naeyeok hwagin-eul wihae yeollak deuryeosseumnida. "
    "bonin sayong-i majeusimyeon il-beon, aniramyeon i-beon-eul nureuseyo. jeohui-neun jeolttae bimilbeonho-reul "
    "yoguhaji anseumnida.",
    "Xiao Wei, wo shi nainai, ni baba jintian qu yiyuan kan yisheng le, mei shenme shi, bu yong dan xin, you kong gei "
    "wo hui ge dianhua",
    "annyeonghaseyo, seoul daehak byeongwon imnida, Park Ji-min nim naeil ohu du-si jillyo yeyak hwagin jeonhwa "
    "deuryeosseumnida. yeyak hwagin-eun il-beon, byeongyeong-eun i-beon-eul nureuseyo.",
    "Zhang xiansheng, zheli shi zhongguo zhu niuyue zong lingshiguan huzhao chu, nin de huzhao yijing banhao, qing zai "
    "gongzuo ri shangwu jiu dian dao shiyi dian dai huizhi lai ling qu.",
]


# written for this test: robocalls and callers to Filipino households in Tagalog or Taglish, and the
# honest callers they mimic (the 487th batch's kinds)
TAGALOG_SCAMS = [
    ("magandang umaga po paalala mula sa electric company ang inyong serbisyo ng kuryente ay puputulin mamayang "
     "hapon dahil sa hindi nabayarang bill pindutin ang isa para makausap ang aming kinatawan", "utility_cutoff"),
    ("maam ito po si officer santos may warrant of arrest na po laban sa inyo kung hindi po kayo sasagot ngayon din "
     "huhulihin po kayo mamaya huwag nyo pong sasabihin kahit kanino", "secrecy"),
    ("hello po mula sa courier ang inyong package mula sa America ay na-hold sa customs kailangan po magbayad ng "
     "clearance fee na 3,500 para ma-release pindutin ang 1", "parcel_problem"),
    ("lola ako po ito si migs naaksidente po ako at nakakulong ako ngayon kailangan ko ng pera pang piyansa huwag "
     "nyo pong sabihin kay mama", "family_emergency"),
    ("tito si jun to bagong number ko ito nasira yung phone ko text mo na lang ako dito may problema lang ako",
     "new_phone_steer"),
    ("hi po part time job po sa bahay lang kikita kayo ng 1,000 hanggang 5,000 kada araw mag-like lang ng videos sa "
     "tiktok, add nyo po kami sa telegram", "job_offer"),
    ("congratulations po nanalo po kayo ng 100,000 pesos sa aming raffle para makuha ang premyo kailangan nyo pong "
     "bayaran muna ang processing fee na 2,000", "prize"),
    ("good afternoon po this is from the bank may napansin po kaming kahina-hinalang transaksyon sa inyong account "
     "pindutin ang 1 para makausap ang aming agent", "press_to_act"),
    ("ang inyong SIM card ay ide-deactivate ngayong araw dahil hindi pa registered i-press nyo po ang 1 para "
     "ma-update", "suspension_threat"),
]
TAGALOG_HONEST = [
    "magandang araw po mula sa bangko may transaksyon po sa inyong card kung kayo po ang gumawa nito pindutin ang 1 "
    "hindi po namin hihingin ang inyong PIN o OTP",
    "Advisory po: puputulin pansamantala ang kuryente sa inyong lugar sa Sabado mula 8 am hanggang 5 pm dahil sa "
    "maintenance. Salamat po sa pang-unawa.",
    "Paalala po: ang inyong bill na 2,345 pesos ay due sa Oct 15. Para maiwasan ang disconnection, magbayad bago ang "
    "due date sa app o sa mga authorized payment centers.",
    "Para sa Tagalog, pindutin ang 2. Magandang araw po, ito ay paalala mula sa pharmacy na handa na ang inyong "
    "reseta.",
    "Kuya, nawala yung phone ko kahapon, ito muna number ko habang wala pa. Okay lang ako, wala kang kailangang "
    "gawin, sabihan mo lang si mama. Ingat!",
    "Paalala mula sa bangko: huwag ibigay ang inyong OTP kahit kanino, kahit sa nagpapakilalang taga-bangko. Hindi "
    "kami hihingi ng inyong PIN.",
]


# written for this test: Vietnamese robocalls and callers as speech recognition writes them, with
# diacritics (an "đ" is dropped by normalisation) and without
VIETNAMESE_SCAMS = [
    ("xin chao quy khach day la buu dien buu kien cua quy khach dang bi giu lai tai hai quan vi co chua ho chieu va "
     "the ngan hang xin bam phim 1 de gap nhan vien", "parcel_problem"),
    ("Đây là công an quận 1, quý vị có liên quan đến một đường dây rửa tiền, lệnh bắt sẽ được ban hành trong vòng 24 "
     "giờ, bấm phím 9 để gặp điều tra viên.", "legal_threat"),
    ("Ông ơi, cháu đây, cháu bị tai nạn xe, đang ở đồn cảnh sát, ông gửi giúp cháu ít tiền bảo lãnh, đừng nói với ba "
     "mẹ cháu nha", "secrecy"),
    ("chuc mung quy khach da trung thuong mot chiec xe hoi, de nhan giai thuong quy khach can dong phi truoc ba tram "
     "do, goi lai ngay so nay", "prize"),
    ("Thông báo từ ngân hàng, tài khoản của quý khách đã bị tạm khóa do giao dịch bất thường, bấm số 1 để được hỗ trợ "
     "mở khóa.", "account_locked"),
    ("chào anh, bên em tuyển cộng tác viên làm online tại nhà, mỗi ngày kiếm được hai trăm đô, không cần kinh nghiệm, "
     "anh kết bạn Zalo với em nha", "job_offer"),
    ("Chào chú, con bên ngân hàng đây, chú đọc giúp con mã OTP vừa gửi về điện thoại để con hủy giao dịch lạ nha",
     "code_demand"),
    ("anh oi em la chuyen vien san dau tu tien ao, loi nhuan nam phan tram moi ngay, em huong dan anh mo tai khoan "
     "giao dich nha", "investment"),
]
VIETNAMESE_HONEST = [
    "Chào bác, đây là nhà thuốc Walgreens, thuốc tiểu đường của bác đã sẵn sàng, bác ghé lấy trong tuần này nha, có gì "
    "bác gọi 713 555 0142.",
    "Xin chào, đây là ngân hàng, chúng tôi không bao giờ hỏi mã OTP hay mật khẩu của quý khách qua điện thoại, nếu có "
    "thắc mắc xin gọi số ở mặt sau thẻ.",
    "Mẹ ơi con nè, con tới sân bay rồi, mẹ khỏi ra đón, tối nay con về ăn cơm, thương mẹ nhiều.",
    "nha khoa smile nhac anh co hen lam rang sang thu nam luc 10 gio, bam phim 1 de xac nhan lich hen, bam phim 2 de "
    "doi hen",
    "This is CVS pharmacy, your prescription is ready for pickup. Để nghe bằng tiếng Việt, bấm số 2.",
]

# written for this test: robocalls and callers to Haitian, Jamaican and Nigerian / West African households in
# Haitian Creole (with or without its accents), Jamaican patois and Pidgin, and the honest callers they mimic
CREOLE_PIDGIN_SCAMS = [
    ("Bonjou, isit la se sèvis imigrasyon. Gen yon erè nan dosye TPS ou, si ou pa rele nou anvan fen jounen an yo "
     "ka anile estati w. Peze 1 pou pale ak yon ofisye.", "legal_threat"),
    ("alo se lapolis k ap rele w gen yon manda arestasyon kont ou si ou pa rele nou touswit y ap vin arete w pa di "
     "pesonn anyen", "secrecy"),
    ("Bonjou, kolis ou a bloke nan ladwann Miami. Fòk ou peye frè dedwanman an jodi a anvan nou ka livre l. Peze 2 "
     "pou regle l kounye a.", "parcel_problem"),
    ("Tonton se mwen, telefòn mwen tonbe nan dlo, m ap rele w sou telefòn yon zanmi. Lapolis arete m, tanpri voye "
     "yon ti kòb ban m, pa di manman.", "family_emergency"),
    ("grandma a mi dis, mi phone bruk so mi a use mi fren phone, police hold mi last night, mi need yuh send "
     "someting fi mi fast, nuh tell nobody", "secrecy"),
    ("yuh jus win a brand new car inna di anniversary promo, fi collect it yuh haffi pay di processing fee first, "
     "call mi back pon dis number", "prize"),
    ("daddy na me o, my phone spoil, police don carry me go station, abeg send me small money for bail sharp sharp, "
     "no tell mummy", "family_emergency"),
    ("this na the customs office for apapa port, your consignment don hold for customs, you go pay small clearance "
     "charge before we release am, call us back today", "fee_to_release"),
]
CREOLE_PIDGIN_HONEST = [
    "Bonjou, se famasi Walgreens la. Medikaman ou a pare, ou ka vin pran l lè w vle. Si w gen kesyon rele nou.",
    "Bonjou, se bank ou a. Nou p ap janm mande w kòd ou oswa PIN ou nan telefòn. Si w gen kesyon, rele nimewo ki "
    "dèyè kat ou a.",
    "Bonjou, pou kreyòl peze 2. Sa se yon mesaj sèvis kouran an: kouran an ap koupe nan zòn nan samdi maten pou "
    "travay antretyen.",
    "Bonjou, se klinik la k ap raple w randevou ou ak doktè a demen a dizè. Peze 1 pou konfime randevou a.",
    "yow a mi cuz, mi reach yard safe, link mi when yuh free, bless up",
    "auntie na me kemi, i don reach london safe, no wahala, greet everybody for me, call me when you free",
]

# written for this test: calls to Russian-, Ukrainian- and Polish-speaking households as speech recognition
# and people typing write them in Latin letters (Polish without its diacritics), and the honest callers they mimic
SLAVIC_SCAMS = [
    ("dobryy den eto sluzhba bezopasnosti sberbanka na vashe imya pytayutsya oformit kredit chtoby otmenit zayavku "
     "prodiktuyte kod iz sms", "code_demand"),
    ("alo eto tsentralnyy bank vashi sredstva pod ugrozoy vam nuzhno perevesti vse dengi na bezopasnyy schet kotoryy "
     "my vam otkryli nikomu ne govorite ob etom", "safe_account"),
    ("babushka eto ya tvoy vnuk ya sbil cheloveka mne nuzhny dengi chtoby ne posadili ne govori mame seychas tebe "
     "pozvonit advokat", "secrecy"),
    ("vasha kartka bude zablokovana protyahom hodyny natysnit odyn shchob zvyazatysya z operatorom",
     "suspension_threat"),
    ("mamo tse ya ya potrapyv u dtp mene zatrymaly ne kazhy tatovi zaraz tobi podzvonyt advokat", "family_emergency"),
    ("pana paczka zostala zatrzymana przez urzad celny prosze uiscic oplate celna nacisnij 1", "parcel_problem"),
    ("dzien dobry tu dzial bezpieczenstwa twojego banku prosze przelac wszystkie srodki na bezpieczne konto techniczne",
     "safe_account"),
    ("gratulujemy wygral pan samochod w naszej loterii aby odebrac nagrode nalezy wplacic podatek", "fee_to_release"),
    ("dzien dobry tu policja pani wnuczek spowodowal wypadek zeby uniknac aresztu trzeba wplacic kaucje kurier "
     "przyjedzie po pieniadze", "cash_parcel"),
    ("zdravstvuyte vam zvonyat iz politsii protiv vas vozbuzhdeno ugolovnoe delo perezvonite srochno", "legal_threat"),
]
SLAVIC_HONEST = [
    "zdravstvuyte eto vash bank napominaem my nikogda ne sprashivaem kod iz sms i parol nikomu ne soobshchayte kod esli "
    "est voprosy zvonite po nomeru na oborote karty",
    "zdravstvuyte eto klinika napominaem o zapisi k vrachu zavtra v desyat chtoby podtverdit zapis nazhmite odin chtoby "
    "perenesti nazhmite dva",
    "babciu to ja ola dzwonie bo jutro przyjade na obiad zadzwon jak bedziesz mogla buziaki",
    "dzien dobry tu pana bank nigdy nie prosimy o kod blik ani haslo w razie pytan prosze zadzwonic na numer z tylu karty",
    "zdravstvuyte eto vash bank my zafiksirovali operatsiyu na sto dollarov v magazine esli eto byli vy nazhmite odin "
    "esli net nazhmite dva",
    "dobryi den tse nova poshta vashe vidpravlennya bude dostavleno zavtra z desyatoyi do dvanadtsyatoyi",
]
# written for this test: calls to Brazilian and Portuguese households as speech recognition writes them
# (no accents), and the honest callers they mimic
PORTUGUESE_SCAMS = [
    ("alo aqui e da companhia de energia a sua luz sera cortada hoje por falta de pagamento para evitar o "
     "desligamento pressione um", "utility_cutoff"),
    ("correios informa o seu pacote foi taxado e esta retido aguardando o pagamento da taxa de importacao para "
     "liberar digite 1", "parcel_problem"),
    ("vovo sou eu o seu neto fui preso por causa de um acidente preciso do dinheiro da fianca nao conta pra ninguem "
     "o meu advogado vai te ligar", "secrecy"),
    ("aqui e da central de seguranca do seu banco identificamos uma compra suspeita no seu cartao para cancelar "
     "confirme o codigo que enviamos por sms", "code_demand"),
    ("bom dia aqui fala das financas tem uma divida de imposto em atraso se nao regularizar hoje os seus bens serao "
     "penhorados prima a tecla 1", "legal_threat"),
    ("parabens a senhora foi sorteada e ganhou um carro zero para resgatar o premio basta pagar a taxa de liberacao",
     "fee_to_release"),
    ("ola mae este e o meu novo numero o outro caiu na agua preciso pagar uma conta urgente consegues transferir",
     "money_plea"),
    ("mensagem do consulado o seu passaporte vai ser bloqueado por uma pendencia no seu cpf aperte um para falar com "
     "o setor juridico", "suspension_threat"),
    ("ola sou o gerente do seu banco a sua conta foi invadida precisamos transferir o seu dinheiro para uma conta "
     "segura", "safe_account"),
]
PORTUGUESE_HONEST = [
    "ola aqui e da farmacia a sua receita esta pronta para retirada qualquer duvida ligue 508 555 0100",
    "lembrete da sua consulta com a doutora silva amanha as dez para confirmar aperte um para remarcar aperte dois "
    "para portugues pressione nove",
    "aqui e do seu banco lembramos que nunca pedimos sua senha ou codigo por telefone se tiver duvidas ligue para o "
    "numero no verso do seu cartao",
    "alerta do banco detectamos uma compra de trezentos dolares no seu cartao se foi voce aperte um se nao foi voce "
    "aperte dois",
    "oi filho nao conta pro seu pai mas estou organizando uma festa surpresa pra ele no sabado",
    "oi filha to preso no transito chego atrasada pro jantar beijo",
]
# written for this test: calls to Quebec, Canadian and European French households as speech recognition
# writes them (accents folded), and the honest callers they mimic
FRENCH_SCAMS = [
    ("Bonjour, ici votre fournisseur d'électricité. Votre courant sera coupé d'ici ce soir en raison d'une facture "
     "impayée. Pour éviter la coupure, pesez 1 maintenant.", "utility_cutoff"),
    ("Avis important : un colis à votre nom est retenu par la douane. Des frais de dédouanement de 3,49 $ sont "
     "impayés. Appuyez sur la touche 1 pour régler.", "parcel_problem"),
    ("Ici le sergent Lavoie de la GRC. Un mandat d'arrêt a été émis à votre nom pour fraude fiscale. Rappelez-nous "
     "immédiatement, sinon des agents se présenteront à votre domicile.", "legal_threat"),
    ("Grand-papa, c'est moi, j'ai eu un accident avec l'auto de mon ami, la police m'a arrêté. Mon avocat va "
     "t'appeler, mais dis rien à maman s'il te plaît.", "secrecy"),
    ("Bonjour, ici le service de prévention de la fraude de votre banque. Pour bloquer la transaction, lisez-moi le "
     "code que vous venez de recevoir par texto.", "code_demand"),
    ("Votre numéro d'assurance sociale a été suspendu pour activités suspectes. Pour parler à un agent, appuyez sur "
     "le 1.", "suspension_threat"),
    ("Félicitations, votre numéro a été tiré au sort! Pour recevoir votre prix, il suffit de payer les frais de "
     "livraison par virement Interac.", "advance_fee"),
    ("Maman, c'est mon nouveau numéro, j'ai échappé mon cellulaire dans le lac. J'ai besoin que tu m'envoies 800 "
     "dollars aujourd'hui, j'ai une facture à payer.", "money_plea"),
    ("Par mesure de sécurité, un coursier passera chez vous cet après-midi pour récupérer votre carte et votre "
     "ancienne carte de débit.", "cash_parcel"),
]
FRENCH_HONEST = [
    "Bonjour, ici la pharmacie du quartier, votre ordonnance est prête, vous pouvez passer la chercher après 14 h.",
    "Rappel de votre rendez-vous chez le dentiste jeudi à 9 h 30. Pour confirmer, appuyez sur le 1. Pour reporter "
    "votre rendez-vous, appuyez sur le 2.",
    "Ici votre caisse. Nous ne vous demanderons jamais votre NIP ni votre mot de passe. Pour toute question, "
    "composez le numéro inscrit au dos de votre carte.",
    "Message de votre distributeur d'électricité : une interruption planifiée aura lieu dans votre rue mardi entre "
    "8 h et 11 h pour des travaux. Aucune action n'est requise de votre part.",
    "Une transaction de 212 dollars a été faite avec votre carte. Si vous reconnaissez cette transaction, appuyez "
    "sur le 1, sinon appuyez sur le 2. Pour le service en anglais, appuyez sur le 9.",
    "Salut grand-maman, c'est moi! Je voulais juste te souhaiter bonne fête, ne dis rien à papa, c'est une surprise "
    "pour samedi.",
]
# written for this test: the same calls in their own scripts (Chinese characters, Hangul, Cyrillic,
# Devanagari), which ``_scripts`` writes in the romanised spellings the layers read
NON_LATIN_SCRIPT_SCAMS = [
    ("喂您好，这里是中国驻芝加哥总领事馆，您名下的护照涉嫌一起刑事案件，将被注销，中文服务请按一号键。", "press_to_act"),
    ("您好，这里是顺丰速运，您寄往深圳的快件被海关查扣，里面含有多本护照和银行卡，如需了解详情请按九。", "parcel_problem"),
    ("我是上海市公安局刑警，您的银行卡涉嫌洗钱，请配合调查，千万不要告诉家人，否则将承担法律责任。", "secrecy"),
    ("您好，這裡是中國駐溫哥華總領事館，您的簽證資料有問題，逾期將被註銷，詳情請按九。", "legal_threat"),
    ("서울중앙지검 수사관입니다. 고객님 명의로 대포통장이 개설되어 범죄에 연루되셨습니다. 상담원 연결은 일번을 누르세요.",
     "legal_threat"),
    ("엄마 나야. 폰이 고장 나서 친구 폰으로 연락해. 아빠한테는 말하지 마.", "secrecy"),
    ("Здравствуйте, вас беспокоит служба безопасности банка. По вашей карте подозрительная операция, назовите код из "
     "СМС.", "code_demand"),
    ("Ваша картка буде заблокована. Натисніть один, щоб зв'язатися з працівником банку.", "suspension_threat"),
    ("नमस्ते, यह कस्टम्स विभाग से कॉल है। आपके नाम का पार्सल पकड़ा गया है, वरना आपके नाम पर केस दर्ज हो जाएगा, अभी 1 "
     "दबाएँ।", "press_to_act"),
    ("मैं पुलिस थाने से बोल रहा हूँ, आपका बेटा हमारी कस्टडी में है, घर में किसी को मत बताना, जल्दी से कॉल करो।", "secrecy"),
]
NON_LATIN_SCRIPT_HONEST = [
    "陈太太您好，这里是华埠药房，您的处方药已经配好了，方便的时候请来取。",
    "您好，这是明天下午两点牙科诊所预约的提醒，确认预约请按1，改期请按2。",
    "안녕하세요 국민은행입니다. 저희는 전화로 절대 비밀번호를 요구하지 않습니다.",
    "Здравствуйте, это поликлиника, напоминаем о приёме у врача в четверг. Чтобы подтвердить запись, нажмите один.",
    "नमस्ते बेटा, मैं मंदिर से बोल रही हूँ, दिवाली की पूजा के लिए आपका नाम लिस्ट में डाल दिया है।",
]
# written for this test: robocalls and voicemails to Chinese, Korean, Vietnamese and Filipino households in the US,
# Canada, the UK and Australia (2020-26), some in their own scripts and some romanised as speech recognition writes
# them: the consulate's "document" or "your passport was used in a crime", a parcel at customs with passports and
# bank cards "handed to the police", a card frozen or used abroad, an ID "used to open an account", a tax fine, a
# benefit or refund to claim, "stay on the line", "don't hang up", "don't tell anyone"
ASIAN_LANGUAGE_SCAMS = [
    ("您好，这里是中国驻多伦多总领事馆证件中心。您的护照涉嫌一宗跨国洗钱案件，已被公安机关立案调查，请勿挂机，稍后转接办案警官。",
     "legal_threat"),
    ("nin hao, zhe li shi guoji kuaidi, nin ji wang shanghai de baoguo zai haiguan cha chu ba ben "
     "huzhao he shi zhang yinhangka, an zi yi jing yi jiao gei gong an ji guan, wo xian zai wei nin "
     "zhuan jie ban an jing guan",
     "parcel_problem"),
    ("nei hou, ni dou hai waai fung ngan hong seon jung kaat jung sam, nei ge kaat hai hoi ngoi jau "
     "jat bat siu fai, jyu gwo m hai nei bun jan, cheng jik gam yat",
     "unexpected_charge"),
    ("您好，您的个人信息被人盗用开设了多个银行账户，涉嫌非法集资。请不要挂电话，也不要跟家人讲。",
     "secrecy"),
    ("zhe jian shi qing wu xiang ren he ren tou lu, ye bu yao gua duan dian hua, ban an jing guan ma "
     "shang yu nin lian xi",
     "secrecy"),
    ("주밴쿠버 총영사관입니다. 귀하의 여권이 국제 범죄에 이용된 것으로 확인되어 검찰로 이첩될 예정입니다. 담당 수사관과 연결되오니 전화를 끊지 마시고 기다려 주십시오.",
     "legal_threat"),
    ("gogaengnim mulpum-i gwanse minap-euro oneul pyegi cheori doel yejeong-imnida. ppareun hwagin "
     "baramnida.",
     "tax_debt"),
    ("신한카드입니다. 고객님 카드가 해외에서 부정 사용되어 거래가 정지되었습니다. 본인 확인을 위해 1번을 눌러 주세요.",
     "bank_fraud"),
    ("hyeondae kadeu imnida. gogaengnim kadeu-ga haeoe-eseo bujeong sayong doeeo georae-ga ilsi "
     "jeongji doeeotseumnida. jamsi hu damdangja-ga yeongyeol doemnida, jeonhwa-reul kkeunji maseyo.",
     "bank_fraud"),
    ("Xin chào, đây là Tổng Lãnh sự quán Việt Nam tại San Francisco. Hộ chiếu của quý vị đã bị người "
     "khác sử dụng trái phép để mở tài khoản ngân hàng. Vui lòng giữ máy, cán bộ sẽ kết nối với quý "
     "vị ngay.",
     "legal_threat"),
    ("So Thue Vu Uc thong bao quy vi bi phat vi khai thue sai, neu khong dong phat trong hom nay ho "
     "so se duoc chuyen cho canh sat lien bang",
     "tax_debt"),
    ("Bưu kiện của quý khách gửi từ Việt Nam đã bị giữ lại vì khai báo sai, bên trong có nhiều thẻ "
     "ngân hàng. Bấm phím 9 để được hướng dẫn.",
     "parcel_problem"),
    ("Magandang araw po, ito ang Philippine Embassy sa Washington. Ang inyong pasaporte ay naka-flag "
     "dahil ginamit sa ilegal na transaksyon. Huwag pong ibaba ang telepono, may opisyal na kakausap "
     "sa inyo.",
     "legal_threat"),
    ("Pag-IBIG Fund po ito, may natitira po kayong cash back na hindi pa na-claim. Manatili lang po "
     "sa linya at ikokonekta namin kayo sa aming agent.",
     "owed_money"),
    ("OWWA advisory po: ang inyong membership ay hindi na aktibo at hindi na kayo makakatanggap ng "
     "benepisyo. Manatili po sa linya para makausap ang aming representative.",
     "suspension_threat"),
    ("Ito po ay mula sa SSS. Ang inyong SSS number ay na-suspend dahil ginamit sa panloloko. "
     "Pindutin po ang 9 para sa karagdagang impormasyon.",
     "legal_threat"),
    ("Magandang araw po mula sa Konsulado ng Pilipinas. May mahalagang dokumento po kayong hindi pa "
     "nakukuha at may opisyal na kakausap po sa inyo, huwag pong ibaba ang telepono.",
     "secrecy"),
]
# ... and the honest callers they mimic: a consulate's appointment and its keys, a bank's yes/no card alert, a
# pharmacy, a courier's real redelivery, a school's and a county's "to hear it again", a utility's due date, police
# and a tax office returning the listener's own call, an election office
ASIAN_LANGUAGE_HONEST = [
    "您好，这里是中国驻旧金山总领事馆。您预约的护照领取时间是下周三上午十点，请携带回执和身份证件。确认请按1，改期请按2。",
    "nei hou, ni dou hai hang seng ngan hong, nei ge seon jung kaat jau jat bat sam baak man ge siu fai, jyu gwo hai nei "
    "bun jan ceng gam jat, m hai ceng gam ji",
    "안녕하세요, 한인 약국입니다. 처방약이 준비되었습니다. 다시 들으시려면 1번을 눌러주세요.",
    "우체국 택배입니다. 오늘 배달하려 했으나 부재중이셔서 내일 다시 방문하겠습니다. 문의는 1588-1300으로 연락 주세요.",
    "Đây là Học khu Westminster. Ngày mai các trường sẽ nghỉ vì thời tiết. Để nghe lại tin nhắn này, bấm phím 1.",
    "Xin chào, đây là công ty điện SoCal Edison. Hóa đơn tháng này của quý khách là 120 đô, hạn chót thanh toán là ngày "
    "15. Bấm 1 để thanh toán.",
    "Magandang araw po, mula sa Philippine Consulate General sa Los Angeles. Paalala po na ang inyong appointment para "
    "sa passport renewal ay sa Huwebes, alas diyes ng umaga. Dalhin po ang lumang pasaporte.",
    "Hello po, si PO2 Reyes ito mula sa presinto, binabalikan ko lang po ang tawag ninyo tungkol sa nawalang cellphone. "
    "Pwede po kayong dumaan bukas para sa kopya ng report.",
    "王先生您好，我是会计师事务所的小李，您的报税资料已经收到，今年可以退税八百多块，有问题请回电话。",
    "킹 카운티 비상관리국입니다. 오늘 밤 폭우 경보가 발령되었습니다. 저지대 주민은 대피를 준비하십시오. 다시 들으시려면 "
    "1번을 누르세요.",
    "Đây là Chase, có giao dịch 250 đô tại Costco bằng thẻ của quý khách. Bấm số 1 nếu đây là giao dịch của quý khách, "
    "bấm số 2 nếu không phải.",
    "您好，我是市议员候选人陈美华的竞选办公室，提醒您十一月五日投票，如需投票站信息请回电 415-555-0102。谢谢。",
]
OTHER_LANGUAGE_SCAMS = (SPANISH_SCAMS + HINDI_URDU_SCAMS + CHINESE_KOREAN_SCAMS + TAGALOG_SCAMS
                        + VIETNAMESE_SCAMS + CREOLE_PIDGIN_SCAMS + SLAVIC_SCAMS + PORTUGUESE_SCAMS + FRENCH_SCAMS
                        + NON_LATIN_SCRIPT_SCAMS + ASIAN_LANGUAGE_SCAMS)
OTHER_LANGUAGE_HONEST = (SPANISH_HONEST + HINDI_URDU_HONEST + CHINESE_KOREAN_HONEST + TAGALOG_HONEST
                         + VIETNAMESE_HONEST + CREOLE_PIDGIN_HONEST + SLAVIC_HONEST + PORTUGUESE_HONEST
                         + FRENCH_HONEST + NON_LATIN_SCRIPT_HONEST + ASIAN_LANGUAGE_HONEST)


@pytest.mark.parametrize("text, signal", OTHER_LANGUAGE_SCAMS)
def test_a_robocall_in_another_language_is_read_as_its_english_twin(text: str, signal: str) -> None:
    """The 192nd to 470th batches' robocalls in Spanish (a cut-off, an offer "whatever your
    status", a parcel freed by a fee, a tax debt, a grandchild in jail, debts wiped out, work from
    home), in romanised Hindi or Urdu (a card blocked, a nephew in custody, a legal notice) and in
    romanised Mandarin, Cantonese or Korean (a consulate's visa "zuofei", a parcel "bei haiguan
    chakou", a police case "bu neng gaosu jiaren", a burner account, a grandchild's lawyer), in
    Tagalog or Taglish (a cut-off "puputulin", a warrant, a parcel held at customs) and in
    Vietnamese (a parcel at customs, a warrant, a grandchild's secret, a frozen account), and in
    Haitian Creole, Jamaican patois or Pidgin (a TPS status "anile", a parcel "bloke nan ladwann", a
    barrel or a consignment held for duty, a relative whose "phone bruk" or "spoil" held by the
    police, "pa di pesonn", "yuh jus win") and in romanised Russian, Ukrainian or Polish (the bank's
    "security service" wanting the SMS code or the money on a "safe account", a grandchild's accident
    and its "lawyer", a parcel held by customs, a criminal case), in romanised Portuguese (a cut-off
    "por falta de pagamento", a parcel "retido" until a fee, a grandson "preso" and "nao conta pra
    ninguem", the bank's "central de seguranca" wanting the code, a debt that "segue para penhora", a
    passport "vai ser bloqueado", a "conta segura"), in romanised French (a cut-off "en raison d'une facture
    impayee", a parcel "retenu par la douane" until a fee, a "mandat d'arret", a grandchild "arrete" and
    "dis rien a maman", the bank's fraud team wanting the code, a social insurance number "suspendu", a prize
    freed by a fee, a new number and "j'ai besoin que tu m'envoies", a courier for the card), and the same
    calls written in Chinese characters, Hangul, Cyrillic or Devanagari, read with the English signals'
    meanings; and Chinese, Korean, Vietnamese and Tagalog robocalls (a consulate's crime, a parcel with
    passports handed to the police, a card frozen abroad, a tax fine, a benefit to claim, "don't hang up")."""
    verdict = analyze(text)
    assert signal in verdict.signals and verdict.is_scam, verdict.reasoning


def test_a_callback_number_read_in_spanish_is_the_number_to_ring() -> None:
    verdict = analyze(SPANISH_SCAMS[0][0])
    assert verdict.callback_number == "+18445550162" and verdict.should_engage(ENGAGE), verdict.reasoning


@pytest.mark.parametrize("text", OTHER_LANGUAGE_HONEST)
def test_honest_notices_in_other_languages_and_their_language_menus_stay_honest(text: str) -> None:
    """A bank's yes/no alert, a "para espanol oprima dos" menu, a pharmacy and a carrier; a
    consulate asking for a photo, a temple's puja list; a Mandarin pharmacy, a Korean bank's card
    alert and clinic reminder with their keys, a grandmother's call, a passport ready to collect; a
    Portuguese pharmacy, a clinic's keys and "para portugues pressione nove", a bank that "nunca pede
    sua senha" and its yes/no alert, a surprise party kept from dad, a daughter "preso no transito"; a
    French pharmacy, a dentist's "rappel de votre rendez-vous" and its keys, a bank that "ne vous demandera
    jamais votre NIP", a planned outage, a card alert with "pour le service en anglais", a birthday surprise
    kept from dad; and a pharmacy, a dentist's reminder, a bank's "we never ask", a clinic and a temple in their own
    scripts, and Chinese, Korean, Vietnamese and Tagalog notices with keys to confirm, answer yes or no or hear
    it again."""
    verdict = analyze(text)
    assert not verdict.is_scam, verdict.reasoning


# written for this test: the 433rd batch's honest December calls that would have been rung
def test_a_carriers_offer_to_hold_the_package_at_a_location_is_no_hostage() -> None:
    option = analyze("this is ups we tried to deliver your package today a signature is needed to pick another day or "
                     "to hold the package at a ups access point location visit ups.com or call 1 800 555 0112")
    assert "fee_to_release" not in option.signals and not option.should_engage(0), option.reasoning
    held = analyze("this is the parcel depot we are holding your package at our depot until the redelivery fee of 3 "
                   "dollars is paid call 1 800 555 0112")
    assert "fee_to_release" in held.signals, held.reasoning


def test_a_transfer_alert_answered_yes_or_no_by_key_is_never_rung() -> None:
    """A bank's hold on an e-transfer: "if you sent it press 1 ... if you dont recognize it press 2"."""
    text = ("this is an automated call from td bank about an e-transfer of 600 dollars if you sent this transfer press "
            "1 and it will be released if you dont recognize it press 2 or call us at 1 800 555 0133")
    verdict = analyze(text)
    assert "press_to_act" not in verdict.signals and not verdict.should_engage(0), verdict.reasoning


def test_a_card_hold_with_a_line_open_day_or_night_is_not_rung_unless_it_asks_more() -> None:
    text = ("this is capital one fraud prevention we placed a hold on your card because of a charge at an electronics "
            "store please call us back at 1 800 555 0131 and have your card handy we are here any time day or night")
    assert not analyze(text).should_engage(0), analyze(text).reasoning
    code = text.replace("have your card handy", "read me the code we texted you")
    assert analyze(code).should_engage(ENGAGE), analyze(code).reasoning


def test_a_notice_the_listener_forwarded_and_a_car_towed_in_a_storm_are_their_own_business() -> None:
    forwarded = analyze("hi its dana at kim and associates about the letter you forwarded us from the irs they say you "
                        "owe nine hundred with interest please call me at 312 555 0148 before the deadline")
    towed = analyze("this is the city impound lot your car was towed during the street cleaning on tuesday the release "
                    "fee is 180 dollars call 312 555 0121")
    for verdict in (forwarded, towed):
        assert "legit_business" in verdict.signals and not verdict.should_engage(0), verdict.reasoning


def test_a_new_hires_papers_brought_in_person_are_not_a_number_asked() -> None:
    text = ("hi this is marco with the hiring team at the northgate distribution center congratulations youve been "
            "selected for a forklift position youll do the i 9 at orientation so bring your id and your social "
            "security card orientation is monday at 6 am questions call 502 555 0144")
    verdict = analyze(text)
    assert "ask_ssn" not in verdict.signals and not verdict.should_engage(0), verdict.reasoning
    texted = analyze("hi this is marco with the hiring team congratulations youve been selected for a remote data "
                     "entry position text me a photo of your license and your social security number for the i 9 "
                     "tonight call 502 555 0144")
    assert "ask_ssn" in texted.signals and texted.should_engage(ENGAGE), texted.reasoning


def test_a_premium_taken_from_the_social_security_check_asks_for_no_number() -> None:
    """The 439th batch's drug plan: the benefit check is where a premium can be paid from; the number
    asked for is still an ask."""
    text = ("hello this message is for ruth adler this is the prescription drug plan calling about your premium we "
            "have not received the payment for october you can pay by phone at 1 866 555 0108 or ask us about having "
            "the premium taken out of your social security check")
    verdict = analyze(text)
    assert "ask_ssn" not in verdict.signals and not verdict.should_engage(0), verdict.reasoning
    asked = text.replace("taken out of your social security check",
                         "paid once you confirm your social security number")
    assert "ask_ssn" in analyze(asked).signals, analyze(asked).reasoning


def test_a_tow_yard_that_says_it_was_towed_is_the_listeners_own_business() -> None:
    verdict = analyze("this is ace towing we have your 2015 camry it was towed from the mall lot at the request of the "
                      "property manager the release fee is 185 dollars bring your registration 352 555 0181")
    assert "legit_business" in verdict.signals and not verdict.should_engage(0), verdict.reasoning


@pytest.mark.parametrize("text", [
    # the 439th batch's bank: a change confirmed to the account holder
    "this is first national bank we received a request to change the phone number on your online banking if you did "
    "not request this change please call us right away at 1 888 555 0102",
    # its insurer: the lawful biller's grace period before a lapse
    "hello this is the life insurance service center your premium of 84 dollars was not received your policy is in its "
    "grace period until the 30th to keep it active call us at 1 800 555 0193 to update your payment method",
    # the 433rd batch's benefits administrator: a balance to use by a date
    "this is your benefits administrator you have a health savings balance of 300 dollars that must be used by "
    "december 31st or it will be forfeited call 1 866 555 0191 for help",
])
def test_an_account_holders_own_notices_are_never_rung(text: str) -> None:
    verdict = analyze(text)
    assert not verdict.should_engage(0), verdict.reasoning


def test_a_prize_forfeited_unless_claimed_is_still_a_threat() -> None:
    verdict = analyze("your cash prize of 5000 dollars will be forfeited unless you claim it today by calling "
                      "1 866 555 0191")
    assert "suspension_threat" in verdict.signals and verdict.should_engage(ENGAGE), verdict.reasoning


@pytest.mark.parametrize("text, signal", [
    # written for this test: the 431st and 437th batches' job lures and process-server calls
    ("hi this is sam from a staffing agency i saw your cv online we have a part time role paying 400 to 900 pounds a "
     "week message me on whatsapp at plus 44 7700 900123", "job_offer"),
    ("hello im from the hr team we have a flexible job where you only like and rate some hotels from your phone reply "
     "on whatsapp for details", "job_offer"),
    ("this is officer grant with the mediation department about case number 4417 if you dont return this call we will "
     "have no choice but to forward it to the county", "legal_threat"),
    ("this message is to verify your home and work address for the service of the paperwork", "legal_threat"),
    # written for this test: the 449th batch's Australian and New Zealand box
    ("this is your internet provider your broadband will be disconnected tonight due to an outstanding payment press "
     "one to pay by card now", "utility_cutoff"),
    ("kia ora this is the bank security team someone added a new payee to your internet banking this morning please "
     "ring us back urgently", "account_alert"),
    ("hello this is a quick survey about your energy use at the end you go into the draw for a free holiday press 1 to "
     "begin", "prize"),
    # written for this test: the 450th and 451st batches' customs boxes and registry fees
    ("cargo notice your box for manila is held for inspection with unpaid storage fees press one to settle now to "
     "avoid auction", "parcel_problem"),
    ("this is the business register your registration will be cancelled on friday the renewal fee is 198 dollars you "
     "can pay by card now by pressing one", "payment_demand"),
    # written for this test: the 494th and 495th batches' kinds in other words
    ("congratulations this is the sweepstakes office you won three million dollars and a new truck to receive your "
     "prize you need to", "windfall"),
    ("this is the tax office we have filed a case against you for unpaid tax call back immediately", "legal_threat"),
    ("your visa file has errors if this is not settled your case will be forwarded to the rcmp", "legal_threat"),
    ("hi from the power company a payment bounced the crew is going to cut the power before six a prepaid card is the "
     "only way to stop it call me back", "utility_cutoff"),
    ("hi mommy its me im in trouble i crashed the car and im at the police station the lawyer will call you",
     "bail_lawyer"),
    # written for this test: the 494th, 497th and 503rd-504th batches' kinds in other words
    ("congrats youre hired for the warehouse role you just need to buy the scanner kit through our approved vendor "
     "and it is reimbursed on your first check call me back", "advance_fee"),
    ("our records show unclaimed mineral royalties in your late fathers name to release the funds to you a processing "
     "fee is due in advance call 432 555 0166", "advance_fee"),
    ("hi its sam from harbor seafood accounts we cant receive into the usual account this month so please pay the "
     "temporary account on the new invoice call me on 0491 570 166", "payment_switch"),
    ("this is the business records office your llc will be placed on inactive status unless the filing is made today "
     "press one now to file", "consequence"),
    ("this is the pharmacy your prescription wont be released until the copay is paid today have your debit card and "
     "pin ready and call 833 555 0171", "full_card_ask"),
    # written for this test: the 503rd and 508th batches' filing robocall and immigration "consultant"
    ("this is the corporate filings office your company failed to file its annual report penalties are 200 dollars "
     "per day press one to file now", "press_to_act"),
    ("hi its the office of an immigration consultant new family visas two thousand dollars we guarantee approval in "
     "sixty days call me back spots are going fast", "eligibility"),
])
def test_a_blind_batchs_reading_fires_and_flags(text: str, signal: str) -> None:
    """The 431st to 508th batches' readings in other words: job lures paid in pounds, process
    servers, Australian and New Zealand pretexts, customs boxes and registry fees paid by key; a win
    of millions, a case "filed against you", a file sent to a federal police force, the power cut
    before the evening, a child's "lawyer" about to ring; a recruit's kit bought from the
    employer's vendor, a finder's fee before release, a supplier who cannot take payments into the
    usual account, a company put on inactive status, a card's pin asked for, a filing robocall's
    key, an immigration "consultant" who guarantees approval: each fires and the message is flagged."""
    verdict = analyze(text)
    assert signal in verdict.signals and verdict.is_scam, verdict.reasoning


def test_a_crew_already_on_its_way_is_a_same_day_cut_off() -> None:
    """The 443rd and 445th batches' utilities: "the crew is already scheduled for your address"."""
    for text in ("this is the power company the last payment bounced and the crew is already scheduled for your "
                 "address this afternoon call me back at 786 555 0139 to cancel the work order",
                 "le habla la compania de luz el tecnico pasa hoy y si no paga se queda sin luz llame al 909 555 0114"):
        verdict = analyze(text)
        assert "utility_cutoff" in verdict.signals and verdict.is_scam, verdict.reasoning


def test_a_raffle_won_at_a_trade_show_booth_is_the_listeners_own_business() -> None:
    """The 451st batch's expo raffle (rung before): a business card drawn at a booth, nothing to pay."""
    verdict = analyze("hi this is erin from the food expo congratulations your business card was drawn in the raffle "
                      "at the acme booth and you won a mixer theres nothing to pay please call me at 312 555 0181 to "
                      "confirm your shipping address")
    assert "legit_business" in verdict.signals and not verdict.should_engage(0), verdict.reasoning


def test_a_payroll_change_sent_by_text_that_must_not_be_rung_to_check_is_the_diversion_lure() -> None:
    """The 494th batch's payroll diversion: new bank details by text, "just text, don't call"."""
    verdict = analyze("hey maria its dan from the night crew i switched banks can you update my direct deposit im gonna "
                      "text you the new routing and account numbers im on the road all day so just text dont call")
    assert {"payment_switch", "off_platform"} <= set(verdict.signals) and verdict.is_scam, verdict.reasoning


@pytest.mark.parametrize("text", [
    # the 543rd batch's utility robocall (rung before): a calendar due date, a key to pay
    "hello this is city light calling about your account ending in 2231 your balance of $212.40 is past due to avoid "
    "an interruption of service please pay by january 9th to pay now press 1 or call 1 800 555 0177 if you have "
    "already paid thank you",
    "this is granite mutual your premium payment of $96 was due on october 3rd and has not been received if payment "
    "is not received by october 24th your policy will lapse please call 1 877 555 0162",
])
def test_a_bill_due_on_a_calendar_date_is_a_billers_notice_never_rung(text: str) -> None:
    """A biller writes the due date on the calendar; a fake one wants it today or in thirty minutes."""
    verdict = analyze(text)
    assert "legit_due_date" in verdict.signals and not verdict.should_engage(70), verdict.reasoning


def test_a_cut_off_in_thirty_minutes_has_no_due_date_and_is_still_rung() -> None:
    verdict = analyze("this is the electric company your account is past due and your power will be disconnected in "
                      "30 minutes to pay now press 1 or call 1 800 555 0177")
    assert "legit_due_date" not in verdict.signals and verdict.should_engage(70), verdict.reasoning


@pytest.mark.parametrize("text", [
    # the 545th batch's public defender and probation officer (rung before)
    "hi its dana park from the public defenders office im on your case theres a bench warrant from the hearing you "
    "missed but we can get it recalled please call me at 402 555 0136 so we can get you in front of the judge",
    "mr reyes this is officer hale with county probation the judge issued a warrant after the missed check ins i "
    "cant lift the warrant over the phone talk to your attorney and call me at 402 555 0148",
])
def test_a_warrant_settled_before_a_judge_is_not_rung(text: str) -> None:
    """The listener's own lawyer or officer sends them to court; the fake deputy wants a bond paid by phone."""
    verdict = analyze(text)
    assert "legit_bank" in verdict.signals and not verdict.should_engage(70), verdict.reasoning


def test_a_fake_deputy_who_offers_court_or_a_bond_today_is_still_a_scam() -> None:
    verdict = analyze("this is sergeant cole with the sheriffs office you missed jury duty and a bench warrant was "
                      "issued you can turn yourself in and be held until the hearing or post the bond today with "
                      "green dot cards call me at 402 555 0111")
    assert verdict.should_engage(70), verdict.reasoning


@pytest.mark.parametrize("text, signal", [
    # the 543rd and 550th batches' misses
    ("grandpa its me im ok but i got arrested after a wreck please dont tell papa a lawyer is going to call you",
     "secrecy"),
    ("this is tom from the electric company maam the truck has been dispatched to your home for the disconnect call "
     "me back within thirty minutes", "utility_cutoff"),
])
def test_a_plain_demand_of_the_543rd_and_550th_batches_fires_and_flags(text: str, signal: str) -> None:
    verdict = analyze(text)
    assert signal in verdict.signals and verdict.is_scam, verdict.reasoning


@pytest.mark.parametrize("text", [
    "this is the consulate there is a problem with your passport application one form was flagged and we need a "
    "payment to fix it today or the application will be cancelled",
    "this is the revenue department your audit shows unreported cash income youll need to settle it with a payment "
    "today to avoid penalties",
])
def test_a_payment_needed_or_a_matter_settled_today_is_a_payment_demand(text: str) -> None:
    """No honest row of the dev sets says either; fake consulates, tax offices and utilities do."""
    assert "payment_demand" in analyze(text).signals


def test_a_roadside_truck_on_its_way_is_no_utility_cut_off() -> None:
    verdict = analyze("hi this is roadside assistance calling back about your service request the truck is on its way "
                      "about 40 minutes the drivers name is sam")
    assert "utility_cutoff" not in verdict.signals and not verdict.is_scam, verdict.reasoning


def test_gift_cards_for_christmas_scratched_and_sent_are_no_present() -> None:
    """The 550th batch's pastor: cards "for christmas" whose backs are scratched and sent are asked for."""
    verdict = analyze("on behalf of the pastor he needs six apple cards at a hundred each for the shut ins for "
                      "christmas get them today and scratch off the back and send the pictures")
    assert "gift_card_demand" in verdict.signals and verdict.is_scam, verdict.reasoning


def test_a_card_alert_whose_line_is_also_on_the_back_of_the_card_is_not_rung() -> None:
    """The 551st batch's card alert (rung before): its number "is also on the back of your card"."""
    verdict = analyze("hello this is the fraud prevention department at discover calling for dana about your card "
                      "ending in 3310 we placed a temporary hold after unusual activity to review it press 1 or call us "
                      "at 1 800 555 0149 which is also on the back of your card")
    assert "legit_bank" in verdict.signals and not verdict.should_engage(70), verdict.reasoning


def test_gift_cards_handed_in_at_a_drive_are_no_demand_but_their_backs_sent_are() -> None:
    handed = analyze("the parish office is collecting walmart gift cards for the giving tree please drop them at the "
                     "office by sunday")
    sent = analyze("its father mike im in meetings all day could you pick up four google play gift cards for the "
                   "giving tree then send me pictures of the backs ill pay you back sunday")
    assert not {"gift_card", "gift_card_demand"} & set(handed.signals), handed.reasoning
    assert "gift_card" in sent.signals and sent.is_scam, sent.reasoning


@pytest.mark.parametrize("text", [
    "this is the fraud team a new payee was added this morning please dont go into the branch a member of staff may "
    "be involved call me back on 0207 555 0139",
    "a madam your kyc is pending you dont need to come to the branch i will update it on this call kindly read me "
    "the code you receive",
])
def test_a_caller_who_keeps_the_listener_out_of_the_branch_is_a_gag_order(text: str) -> None:
    verdict = analyze(text)
    assert "told_not_to_tell" in verdict.signals and verdict.is_scam, verdict.reasoning


def test_a_new_number_text_that_asks_nothing_is_never_rung() -> None:
    verdict = analyze("its your cousin dre got a new number 415 555 0162 old one got stolen at the game tell grandma",
                      "sms")
    assert not verdict.should_engage(0), verdict.reasoning


def test_a_courier_sent_for_the_card_is_the_courier_con_and_the_warning_against_it_is_not() -> None:
    """The 562nd and 566th batches' card collections; the honest desk's "we'll never send someone"."""
    con = analyze("this is northfield savings were upgrading your debit card chip ill have a courier come by this "
                  "afternoon to pick up your old card just put it in an envelope")
    warning = analyze("no need to send the old one back just destroy it well never send someone to collect your card")
    assert "cash_parcel" in con.signals and con.is_scam, con.reasoning
    assert "cash_parcel" not in warning.signals, warning.reasoning


def test_a_cheque_paid_into_your_account_then_sent_to_a_supplier_is_a_fake_cheque() -> None:
    verdict = analyze("we send you a cheque for 2 450 to cover the kit you pay it into your account through your "
                      "banking app and then you pay our approved supplier for the equipment")
    assert "fake_check" in verdict.signals, verdict.reasoning


def test_a_holding_deposit_taken_after_the_viewing_is_not_rung() -> None:
    """The 569th batch's landlord (rung before): the deposit is taken after the place is seen."""
    verdict = analyze("hi its dana i own the duplex you answered the ad for the room the holding deposit is four "
                      "hundred and i take it after youve seen the place so bring your id my cell is 541 555 0150")
    assert "legit_bank" in verdict.signals and not verdict.should_engage(70), verdict.reasoning


def test_a_link_the_caller_will_text_for_the_card_is_the_callers_demand() -> None:
    """"ill text you a link, just put your card in" is asked of the listener, not the caller's own act."""
    verdict = analyze("a dhl here the duty is 28 dollars it has to be prepaid or it goes back tonight ill text you a "
                      "link just put your card on there b okay")
    assert "payment_demand" in verdict.signals, verdict.reasoning


def test_a_crew_already_dispatched_and_the_only_way_to_stop_it_is_a_utility_scam() -> None:
    """The 585th batch's business hydro call: "a crew has already been dispatched ... the only way to stop it is a
    payment over the phone today"."""
    verdict = analyze("this is the power company emergency disconnect line a crew has already been dispatched to your "
                      "location the only way to stop it is a payment over the phone today call 604 555 0141")
    assert {"utility_cutoff", "payment_demand"} <= set(verdict.signals) and verdict.is_scam, verdict.reasoning


@pytest.mark.parametrize("text, signal", [
    ("hi this is mark at the hardware store calling for betty you won the raffle for the grill from our customer "
     "appreciation day come pick it up whenever suits you", "legit_business"),
])
def test_a_raffle_entered_at_an_event_is_the_listeners_own_business(text: str, signal: str) -> None:
    verdict = analyze(text)
    assert signal in verdict.signals and not verdict.is_scam, verdict.reasoning


@pytest.mark.parametrize("text, signal", [
    ("this is the county animal shelter a dog matching your microchip was brought in by a neighbour this morning",
     "family_emergency"),
    ("this is service canada about your old age security and guaranteed income supplement please file your taxes",
     "investment"),
])
def test_a_shelters_dog_and_a_pension_supplement_are_no_scam_words(text: str, signal: str) -> None:
    assert signal not in analyze(text).signals


def test_a_hosts_lockbox_code_sent_in_the_app_is_no_fee() -> None:
    verdict = analyze("hi its megan your host the lockbox code will come through the app the day before check in")
    assert "advance_fee" not in verdict.signals and not verdict.is_scam, verdict.reasoning


def test_a_portal_login_code_explained_is_not_asked_for() -> None:
    """The 597th batch's dermatology office (rung before): the code is the portal's own two-step login."""
    verdict = analyze("hello this is eastgate dermatology your results are posted to your portal when you log in youll "
                      "get a six digit code texted to your mobile thats just the portals two step login call us at "
                      "720 555 0166")
    assert "code_demand" not in verdict.signals and not verdict.should_engage(70), verdict.reasoning


@pytest.mark.parametrize("text, signal", [
    # the 597th batch's payroll and school account changes (a kind below half)
    ("Hi, it's Dana in payroll. We're moving to a new payroll system and your direct deposit didn't carry over, so "
     "you won't get paid Friday unless you fix it today. I just texted you the link, log in with your work email and "
     "password and re-enter your bank details.", "credential_demand"),
    ("this is the accounts office of the school the school bank account has been changed kindly pay the term fee to "
     "the new account details", "payment_switch"),
])
def test_a_payroll_link_and_a_changed_school_account_are_read(text: str, signal: str) -> None:
    verdict = analyze(text)
    assert signal in verdict.signals and verdict.is_scam, verdict.reasoning


def test_a_surveys_language_menu_is_no_key_to_act() -> None:
    """The 611th batch's statistics office (rung before): its only key picks Mandarin."""
    verdict = analyze("hello this is statistics canada about the labour force survey for your household 如需普通话服务"
                      "请按3 an interviewer will call back this week or reach us at 604 555 0158")
    assert "press_to_act" not in verdict.signals and not verdict.should_engage(70), verdict.reasoning


# Readings added after the 543rd and later blind batches were scored (each case written for the test,
# not copied from a row, and checked to fail on the analyzer before its reading): the signal fires.
BATCH_543_ON_READINGS = [
    ("a hi this is printer support you called us earlier b yes i searched for the number online a ok please type "
     "anydesk dot com and read me the code", "searched_number"),
    ("youll get a check for 2 850 in the mail deposit it with your mobile app and once it clears send 2 400 to our "
     "approved equipment vendor by zelle", "fake_check"),
    ("hey its marcus from church man i made four grand off of five hundred on that bitcoin platform hit me back ill "
     "put you on", "investment"),
    ("theres a one time discharge for parents but the enrollment window is closing please call back with your fsa id "
     "ready", "credential_demand"),
    # the 550th batch's crypto, gifting-circle and student-loan pitches (kinds below half before)
    ("good evening im calling from harbor trade capital you registered for our ai trading program and your account "
     "manager is ready to activate your first deposit", "investment"),
    ("sister its val we started a blessing circle you put in five hundred and when you move up to the center you "
     "receive four thousand", "investment"),
    ("theres a one time discharge available for parent plus loans but enrollment closes friday", "debt_relief"),
    ("due to recent changes your loans could be transferred to collections unless you enroll in the hardship plan",
     "consequence"),
    # the 544th, 555th and 560th batches' robocalls
    ("border services agency a removal order has been prepared in your name and if we do not hear from you today",
     "legal_threat"),
    ("local search verification we need to confirm your hours before your listing goes offline on friday",
     "listing_threat"),
    ("apple icloud here your family plan lapsed and your photos will be deleted in 24 hours unless you renew",
     "suspension_threat"),
    ("marcus from billing at the gas company your last payment didnt go through and the truck is scheduled to come "
     "out by three", "utility_cutoff"),
    # the 563rd and 572nd batches' robocalls and calls
    ("a refund of 399 dollars is waiting to be released please hold and the next available refund agent will take "
     "your call", "robocall"),
    ("this call is from the document processing division your file has been pushed through for service at your home "
     "or place of employment", "legal_threat"),
    ("dad its me im ok but im at a hospital in mexico they say i have to pay before theyll let me leave",
     "family_emergency"),
    ("your icloud has been breached please do not use your iphone until you speak with us",
     "tech_claim"),
    # the 562nd, 564th, 569th and 572nd batches' kinds that were below half
    ("granda its me im in a bit of trouble with the car and the guards have me here i need money for a solicitor",
     "family_emergency"),
    ("hi its jenny from number 12 im stuck at the airport and my cards been declined could you send me two hundred",
     "family_emergency"),
    ("im calling for your grandson hes in the hospital and he doesnt want his parents to know", "secrecy"),
    ("hello this is westgate property management were not using the old account anymore please send the rent by zelle",
     "payment_switch"),
    ("its mark stuck in meetings pay the new vendor invoice today dont go through the usual approval ill sign off "
     "tomorrow", "told_not_to_tell"),
    ("hey its ashley from book club i sent my whatsapp code to your phone by accident can you send me the six digits",
     "code_demand"),
    ("this is the processing division well be at your residence between the hours of two and four",
     "legal_threat"),
    ("sipho this is lerato from ubuntu finance youve been approved before we pay out theres an administration fee of "
     "r1 200", "fee_to_release"),
    ("uncle its jayden my wallet got nicked in bali and the hotel wont let me check out without paying the bill",
     "family_emergency"),
    ("hes stable but the hospital refused to start the surgery until the deposit is paid", "family_emergency"),
    ("im working in galway so viewings are sunday only and im asking people to send a viewing deposit of 200 euro",
     "advance_fee"),
    # the 577th, 578th and 579th batches' kinds below half
    ("ups fulfillment center a redelivery charge of three ninety nine im sending you a text with the link just put "
     "the card there", "payment_demand"),
    ("dr morgans office about the puppy you reserved the crate is extra six fifty we need it today or she cant fly out",
     "advance_fee"),
    ("hey i found your dog from the flyer hes with me i just need gas money send it on cash app and ill bring him",
     "advance_fee"),
    ("we have a document that requires your signature regarding a formal complaint your case number is 7741",
     "legal_threat"),
    ("this is karen ill be at your place of business today between two and five unless you call the filing office",
     "legal_threat"),
    ("hello this is mrs dale calling please have your attorney contact us by friday",
     "legal_threat"),
    # the 578th batch's calm asks
    ("sir this is rahul from the credit card division you have 4 800 reward points lapsing on the 31st we can convert "
     "them directly as cash credit", "owed_money"),
    ("you can book through the site but they take fifteen percent so if you book direct with me ill take that off",
     "off_platform"),
    ("many people are asking so the first person who sends the deposit by e transfer gets it", "advance_fee"),
    # the 589th and 594th batches' kinds below half
    ("natalie from premier roofing about your invoice weve moved banks so please dont pay to the old details ill text "
     "you the new ones", "payment_switch"),
    ("because of an audit payments this week are being collected through our payment partner ill text you the link",
     "payment_switch"),
    ("the apartment is still available just send the application fee through cash app and ill give you the code to "
     "the lockbox", "advance_fee"),
    ("this is the cargo office your balikbayan box is on hold at customs kasi may additional charges press one",
     "parcel_problem"),
    # the 602nd and 603rd batches' kinds below half
    ("capital collections group about a payday loan in your name a civil suit will be filed at your county courthouse "
     "unless you call today", "legal_threat"),
    ("im offshore so my mover will pick it up im sending 650 through zelle thats 200 extra for the mover just send "
     "his part back to him", "fake_check"),
    ("hiya its your cousin im stuck in lanzarote my bag was robbed can you send me two hundred euro on revolut",
     "family_emergency"),
    ("im working in dubai so i cant do a viewing but if you pay the deposit and first month ill post you the keys",
     "advance_fee"),
    # the 608th, 609th and 611th batches' kinds below half
    ("Atencion dueno de negocio: su listado de Google no ha sido verificado y su negocio podria aparecer como cerrado "
     "permanentemente. Oprima 1.", "listing_threat"),
    ("xin chao chu tiem ho so google cua tiem chua duoc xac minh va co the bi go khoi ban do bam so 1",
     "listing_threat"),
    ("hello po yung balikbayan box nyo po ay hindi pa naire release sa customs kailangan po magbayad ng clearance fee",
     "parcel_problem"),
    ("le habla el programa de beneficios de medicare un medico aprobo una faja para la espalda sin costo para usted",
     "benefits_offer"),
    ("investigator ramirez with the processing department regarding a pending filing under your name and social",
     "legal_threat"),
    ("this is the senior safety program someone who cares about you has already covered the cost of a medical alert "
     "pendant press 1", "prize"),
    ("your home security provider the upgrade is free but we need to verify your account with a card", "ask_card"),
    # the 614th to 652nd batches (each written for the test, not copied from tests/data)
    # a cut-off at an hour of today, however it is worded (the 620th and 622nd batches)
    ("this is your electric company final notice service shut off at 4 pm today unless the balance is paid press 1",
     "utility_cutoff"),
    ("final notice your gas service will be interrupted this afternoon to keep it on press one now", "utility_cutoff"),
    ("hi its mark in billing about your past due balance the order has already gone out to the crew call me back",
     "utility_cutoff"),
    ("this is the disconnection team a crew is already scheduled in your area this evening call us back right away",
     "utility_cutoff"),
    # a parcel with a fee on it (the 614th)
    ("this is fedex there is a shipment for you with an unpaid duty of 3 dollars press 1 to pay or it goes back",
     "parcel_problem"),
    # cards bought and their codes passed on, however the favour is worded (the 618th)
    ("hey its your manager can you grab four apple gift cards on your way in and text me the codes", "gift_card_demand"),
    ("its pastor dan could you buy five store vouchers for the shelter and whatsapp me the codes tonight",
     "gift_card_demand"),
    # a wallet's or net banking's keys asked together, and the otp passed to the caller (the 610th and 618th)
    ("this is hr onboarding for payroll please share your net banking user id and the otp you receive",
     "credential_demand"),
    ("for the salary account send me your paytm number and your mpin so finance can verify it", "credential_demand"),
    ("you will receive an otp from your bank in a moment kindly share it with me to release the salary",
     "code_demand"),
    ("sorry i typed your number instead of mine can you send me the 6 digits you just got", "code_demand"),
    ("we are sending you a code to confirm the cancellation of your order please reply with it", "ask_code"),
    # the lead-generation call's screening question (the 633rd)
    ("hi this is kayla with the senior benefits line quick question are you currently on medicare part a and b",
     "screening_question"),
    ("hey there this is a virtual assistant are you behind on any credit card payments you can just say yes or no",
     "screening_question"),
    ("hi this is dan with auto care services do you still own the vehicle registered at this address",
     "screening_question"),
    # the 632nd, 636th and 638th batches' kinds that fell below half
    ("hi its greg we spoke last year about the oil program we are guaranteeing ten percent monthly on a working "
     "interest call me", "investment"),
    ("your funds from 2022 are sitting in your trading account we can release them once you cover the network fee "
     "first", "fee_to_release"),
    ("this is the scholarship board your child is shortlisted the processing fee should be paid today into the "
     "account of the regional coordinator", "odd_payee"),
    ("we are collecting for the flood relief appeal you can donate by bank transfer which we will text you or by "
     "gift card if that is easier", "gift_card_demand"),
    ("hi im rachel from a staffing agency you match a remote data entry job at 40 dollars an hour please message me "
     "on whatsapp to begin", "job_offer"),
    ("yeah about the hay bales im up in kansas so i cant have you come look but send half up front on cash app",
     "absent_owner"),
    ("the studio is 400 a week lots of interest so i need 500 as a deposit via payid to lock in an inspection slot",
     "advance_fee"),
    ("before showing the flat i need a credit report from you get it at this site its 29 dollars", "advance_fee"),
    ("hey this is about the welder job to get on the schedule you need to pay for your safety orientation and badge "
     "up front", "advance_fee"),
    ("deposit still not received if i dont see the 900 by tonight i will have to give the room to the next family",
     "advance_fee"),
    # the 639th to 644th batches
    ("hi its the security office at your credit union we are moving members savings to a protected account after a "
     "breach call me back today", "safe_account"),
    ("im at the airport in lagos and they took my passport i need 600 dollars for the officer please send it on "
     "worldremit", "family_emergency"),
    ("this is mark from chase security someone tried to add a device youll get a text with a code in a minute just "
     "have it ready for me when i call you back", "code_demand"),
    ("dhl your parcel from poland is on hold due to unpaid import charges press 1", "parcel_problem"),
    ("hi its ups customs brokerage a parcel addressed to you is being held at the port for a duty of 90 dollars",
     "parcel_problem"),
    ("your bill is two months late and the power goes off at four today dont go to the office its closed i can take "
     "the payment on the phone", "told_not_to_tell"),
    ("a hey dad its sam b sam this isnt your number a i cracked my phone this is a cheap one til the insurance comes "
     "the mechanic wants paying before i can take the car ill text you their bsb and account", "kin_pays_stranger"),
    ("its jonathan quick favour could you order ten amazon vouchers for the team and email the claim codes to my "
     "personal address", "gift_card_demand"),
    ("this is the gas company a payment came back returned the balance has to be cleared today i can take it over "
     "zelle or a prepaid card", "gift_card_demand"),
    ("message for the homeowner theres a deposit on the new meter before the tech comes out thursday", "advance_fee"),
    ("your bill is late two months and the cut is today at four call me back", "utility_cutoff"),
    ("the meter is overdue for replacement and they will have to shut it off at the pole call back", "utility_cutoff"),
    ("the state is offering free furnaces to seniors this winter we just need to schedule the inspection and collect "
     "a small filing fee", "advance_fee"),
    ("there is an unclaimed balance in the estate and a small administration fee to have it released",
     "fee_to_release"),
    ("i am calling concerning the estate of a late client of our chambers who shares your surname", "prize"),
    # the 653rd to 659th batches (wave 93)
    ("this is billing at the electric co op the crew is scheduled to cut service this afternoon call us back",
     "utility_cutoff"),
    ("hey its the power company im parked by your meter with the work order to pull it call me back",
     "utility_cutoff"),
    ("this is the carrier compliance office your dot number is flagged for deactivation call us today",
     "suspension_threat"),
    ("message for the owner operator your truck will be placed out of service at the next weigh station",
     "suspension_threat"),
    ("a complaint is being prepared against your name and social in the county court consider yourself notified",
     "legal_threat"),
    ("this is the tax office a notice has been raised with the local police over the amount you owe call me back",
     "legal_threat"),
    ("if you do not pay today the next call will be from the police", "legal_threat"),
    ("we have a driving job for you just cover the background and drug screen fee through cash app",
     "advance_fee"),
    ("this is the base legal office your son is being held and a fee has to be paid before he can leave",
     "advance_fee"),
    ("our records show a wallet in your name with a balance of one bitcoin ready to withdraw", "owed_money"),
    ("if you had a car accident in the last three years you could be due compensation press 5", "owed_money"),
    ("if you had a car accident you may be owed money press five to make a claim", "press_to_act"),
    ("were giving away free alarm systems to a few homes in your street press 1 if you own your home",
     "press_to_act"),
    ("completing the survey enters you for a cruise for two press one to start", "prize"),
    ("were giving away three night getaways to folks who answer our questions", "prize"),
    ("the clinic wont have the file anymore so theres no point calling them just pay me today", "told_not_to_tell"),
    ("the card courier is coming at four pop the card in an envelope with your pin written on paper", "move_money"),
    # the 660th to 666th batches (wave 94)
    ("we have a plumber nearby we collect the call out fee in advance through zelle then he heads over",
     "advance_fee"),
    ("i can start the gutters monday i just need the deposit today venmo it to my number and ill bring the contract",
     "advance_fee"),
    ("i found your cat she was hit by a car near the school and the emergency vet is asking for money before they "
     "start treatment i had to leave my card at home and they say the deposit is four hundred and they want it now "
     "so can you send two hundred to me on venmo", "advance_fee"),
    ("your furniture is on the truck but the weight came in high so nine hundred is due before we can release the "
     "truck", "advance_fee"),
    ("i want to book your bakery for my daughters party i will mail a check that includes the money for the "
     "decorator so kindly send the extra to him after you deposit it", "fake_check"),
    ("its dana from accounts at brightline builders our bank moved us to a new business account so the old details "
     "wont work i emailed you the updated account and routing number", "payment_switch"),
    ("this is merchant support your payouts are on hold call us and have your online banking login ready",
     "ask_login"),
    ("this is the wellness lab your doctor approved a free hereditary cancer screening just a cheek swab covered by "
     "medicare", "benefits_offer"),
    ("thanks for entering our spring giveaway and you were picked for a spa day", "prize"),
    ("we finished a job round the corner and have some tarmac left over we can do your drive today for cash",
     "sales_offer"),
    ("your weight loss injections are back in stock at half price and no prescription is needed", "sales_offer"),
    # the 660th batch's and wave 96's
    ("this is the benefits line to claim the payment please verify your member number and bank details",
     "ask_card"),
    ("hello this is calling from tax department regarding your return there is a discrepancy of three thousand "
     "dollars", "tax_debt"),
    ("move your savings into silver with us no fees guaranteed fifteen percent this year", "investment"),
    ("hi its the hiring team we saw your resume and youre hired for the warehouse job we just need you to pay for "
     "the drug test", "advance_fee"),
    ("im abroad so my secretary will mail a cashiers check for the full amount plus extra for the movers",
     "fake_check"),
    ("ill take the whole trailer of firewood ill send a check for more and you can pay my driver out of it",
     "fake_check"),
    ("a new federal benefit of 1 800 dollars per family has been approved press 1 to claim", "benefits_offer"),
    ("its the lending desk your pre approved amount expires on friday give me a call", "owed_money"),
    ("we looked at your profile and youre hired you earn 500 a day just rating hotels from home", "job_offer"),
    # the 674th and 676th batches' kinds below half
    ("tenemos trabajo en el campo con casa para apartar su lugar tiene que pagar doscientos dolares esta semana",
     "advance_fee"),
    ("trabajo desde casa le mandamos un cheque para el material y usted nos devuelve lo que sobre", "fake_check"),
    ("i have your daughter here she is fine for now bring five thousand in cash no cops", "secrecy"),
    ("were hiring owner operators you just buy your tablet and onboarding package up front and we pay you back",
     "advance_fee"),
    # the 681st batch's misses
    ("gas collections your service is scheduled to be shut off tonight payment has to go through our express line the "
     "local office cant take it", "told_not_to_tell"),
    ("this message is for members there is an unclaimed holiday distribution in your name of about eighteen hundred "
     "dollars", "owed_money"),
    ("we just need to confirm your member number and your banking to release it call me back", "ask_card"),
    ("youve been approved for four hundred toward heating we just need to confirm your bank card for the deposit",
     "ask_card"),
    ("your parcel could not be delivered because the house number is incomplete press 1 to speak to an agent",
     "parcel_trouble"),
    ("this is your tech care renewal the amount of two hundred ninety nine dollars will be debited from your account "
     "today", "unexpected_charge"),
    ("i saw your ad for the trailer im sending a cashiers check with extra for my mover to pick it up", "fake_check"),
    # the kinds the 683rd-701st batches left below half
    ("hermano soy el pastor podrias comprar tres tarjetas de google play y mandarme foto de los codigos",
     "gift_card_demand"),
    ("this is the service desk you will get a prompt on your authenticator app in a minute just tap approve",
     "code_demand"),
    ("hi its payroll please update your bank details through the link we just texted before three", "credential_demand"),
    ("this is your medicine delivery service your parcel is held for unpaid postage press one and enter your card "
     "details", "press_to_act"),
    ("were weight loss pens direct theyre in stock and you dont need a prescription", "sales_offer"),
    ("hi its the owner of the flat im in dubai right now so i can courier you the keys once you send the bond",
     "absent_owner"),
    ("about the unit on beach road i cant do an inspection this week but ill hold it if you pay the bond tonight",
     "absent_owner"),
    ("the puppy is vaccinated and shes ready to fly to brisbane once the crate deposit is paid", "absent_owner"),
    ("this is the water department there is a pending shut off for tomorrow morning and the payment has to be done "
     "today by the phone", "utility_cutoff"),
    ("the payment has to be done today by the phone so call us back", "payment_demand"),
    ("we need to put a security tool on your computer call us back and well fix it", "remote_access"),
    # the 707th batch's "processing center" notice and the 709th's bank that hands its code to the next caller
    ("this is to notify you that a claim has been filed against you in the county and if we do not hear from you "
     "today a hearing will be set", "legal_threat"),
    ("hi its the security team at your credit union your app is locked we will text you a code and when our agent "
     "rings you in ten minutes just read that code to the agent", "ask_code"),
    # the 714th batch's card-rate, student-loan, investment, job-fee and claim-fee robocalls (missed before)
    ("with the balance you carry we can get that down to zero for you", "rate_reduction"),
    ("you are paying far too much interest on those cards call us back today", "rate_reduction"),
    ("we still need to reverify your f s a id before the forgiveness can go through", "credential_demand"),
    ("its a land fund with guaranteed nine percent returns and the minimum is five thousand", "investment"),
    ("were hiring drivers this week you only need to pay for the uniform and badge", "advance_fee"),
    ("a small processing payment is needed before your settlement can be released", "fee_to_release"),
    # the 727th batch's clipped robocalls (under 25 words; missed before)
    ("our vehicle records show the coverage on your truck is lapsing call us back", "warranty"),
    ("this is a courtesy call regarding your interest rate which expires this week press one", "rate_reduction"),
    ("card holders in good standing can qualify for 0 percent on the full balance", "rate_reduction"),
    ("seniors in your area can now get an over the counter allowance card at no cost", "benefits_offer"),
    ("theres a pending complaint with the county office against you before we proceed", "legal_threat"),
    # the 732nd batch's cut-off that only today's money stops
    ("this is the meter department your service will be interrupted in the morning unless the deposit is received "
     "today", "utility_cutoff"),
    # the 756th batch's fragments, cut by the recorder at both ends: an identity number "suspended"
    ("cial security number was suspended for suspicious acti", "id_suspended"),
    ("your number has been blocked due to fraudulent acti", "id_suspended"),
    # the 757th batch's courier for the card, and the recovered money released for a fee
    ("we have stopped it today we send a messenger from our security service to take the old card", "cash_parcel"),
    ("we have recovered it to release it we need a confirmation payment of ten percent", "fee_to_release"),
    # the 774th batch's wave: the Zelle "reversal" sent back to the listener's own name (rung only through it now
    # that a bank's alert asking nothing more is not), and the bank app's approval asked for on the call (the 771st)
    ("to reverse the payment we need you to send the same amount back to yourself through zelle", "move_money"),
    ("call me back and ill walk you through sending a matching payment back to yourself so the original cancels",
     "move_money"),
    ("you will get a bankid request on your phone just open it and sign with your security code so i can block the "
     "card", "code_demand"),
    ("youll get a mitid request in the app in a moment you just swipe to approve and the money comes back",
     "code_demand"),
    ("there is a qr code on the page scan it with your bankid app and we can close the foreign sessions",
     "code_demand"),
    ("if you open the mitid app now i can renew it while we talk youll just get an approval request from us",
     "code_demand"),
    # the 773rd batch's "digital arrest" keeping the listener from kin
    ("for your safety also you must not contact your roommates or your parents", "secrecy"),
    ("this is a sealed case sir you cannot tell your family", "secrecy"),
    # the 774th batch's storm adjuster (missed before)
    ("before we can cut the check the carrier needs the 450 dollar reinspection fee you can zelle it", "fee_to_release"),
    # the 778th batch's mobile money: the wallet's PIN or its approvals menu asked for on the call, an account to be
    # named later, a prepaid voucher's PIN, and the loan app's shaming of the borrower to every contact
    ("you will get a prompt on your phone now just enter your airtel money pin to cancel the request", "code_demand"),
    ("dial star one seven zero go to my wallet my approvals and approve the pending transaction", "code_demand"),
    ("to stop the enforcement you will pay the administrative charge today into the account i will send",
     "odd_payee"),
    ("you buy a 1voucher at the till and send me the pin on the slip", "gift_card_demand"),
    ("if you dont pay in two hours we will message everybody in your contact list that you are a thief",
     "revenge_threat"),
]


@pytest.mark.parametrize("text, signal", BATCH_543_ON_READINGS)
def test_a_reading_of_the_543rd_batches_on_fires(text: str, signal: str) -> None:
    assert signal in analyze(text).signals


# Honest messages the rules of the day would have rung (written for the test after the batch's
# row), each read by a general reading: flagged at most, never called.
BATCH_543_ON_NOT_RUNG = [
    # the 545th and 549th batches' repair shops (rung before)
    "hi mrs olsen this is priya from geek squad about the remote support session you booked for 3 pm tomorrow ill "
    "call you then and walk you through downloading the remote access tool from our site 1 800 555 0143",
    "hey tom its luis from the pc shop you dropped the desktop off monday the virus was a fake pop up ive cleaned it "
    "if you want i can remote in tonight and set up your email call me 541 555 0127",
    # the 557th batch's honest would-calls
    "hi this is dana with the eastside food pantry this year were asking folks to donate grocery gift cards kroger or "
    "aldi twenty five dollars is plenty you can drop them at the pantry weekday mornings questions 513 555 0139",
    "this is carla from lakeview community management your account shows an unpaid assessment of 480 dollars if its "
    "not paid within thirty days it goes to the associations attorney and a lien may be recorded we can set up "
    "installments 702 555 0181",
    "hi its joe at main street auto we got the car on the lift and the rear caliper is seized so its more like six "
    "hundred i need your ok call me back 915 555 0166",
    "this is an automated message from metro power your account is past due to avoid disconnection on or after "
    "january 9th please make a payment to pay now press 1 or call 704 555 0163",
    # the 564th and 565th batches' honest would-calls
    "hi its sam from eastbrook energy weve written about the 390 pounds owing and if we cant agree a plan we may "
    "have to apply to the court for a warrant to fit a prepayment meter give us a ring on 0208 555 0190",
    "hi ken its leah from northern tech you booked the ten oclock remote session for the front desk pc when youre "
    "ready open our screenconnect page and enter the six digit code ill give you my line is 612 555 0171",
    "hey paul its nikki from brightline local you asked us to get your google listing verified google is mailing a "
    "postcard with a five digit code text me a photo of it when it lands 918 555 0161",
    # the 576th and 577th batches' honest would-calls
    "hi this is jess from navy federal calling for sergeant alvarez we saw a sign in to your online banking from a new "
    "computer and locked digital access as a precaution give us a call at 1 888 555 0127",
    "hi this is raj from bluestone property management about your deposit the refund comes to nine sixty we just need "
    "you to set up direct deposit in the tenant portal before we can send it call me back at 612 555 0107",
    "hey its matt from burke law office about your speeding ticket the prosecutor offered to amend it if you pay the "
    "fine two fifty plus court costs i need your okay by tuesday give me a call at 856 555 0112",
    # the 582nd batch's honest would-calls
    "hello brother samuel it is deacon ofori for the funeral we are collecting on sunday in an envelope if you want to "
    "send by cash app use only the churchs account that is in the bulletin you can call me on 301 555 0163",
    "hello this message is for patricia ng from safeway you were selected as a winner in our holiday game for a gift "
    "card well mail a short form to your address sign it and send it back within fourteen days call 1 877 555 0135",
    # the 590th and 594th batches' honest would-calls
    "this is an automated message from the department of human services your medical assistance renewal is due by "
    "december 31st if we do not receive it your coverage may end to renew by phone press 1 now or call 1 866 555 0150",
    "hi mr feldman this is eric from tech nerds confirming your remote session tomorrow at ten ill email you a link to "
    "download our remote support app and youll read me the session code if you need to reschedule call 612 555 0164",
    # the 614th to 652nd batches
    # a cut-off date read out in words (the 616th)
    "this is consolidated power with an automated reminder your account is past due and service is scheduled for "
    "disconnection on or after tuesday january twelfth to pay press one or call 1 800 555 0134",
    # the listener's street named (the 621st)
    "this is city water billing a disconnection notice has been issued for service at 14 maple court please call "
    "1 800 555 0177 to avoid disconnection",
    "this is northern gas with a message for alan price at four two one six cedar hill road a disconnection notice "
    "has been issued please call 1 800 555 0162 to avoid disconnection",
    # where the number is printed and the caller's own site to apply on (the 621st)
    "hi this is dana in patient billing at mercy general calling for tom ellis there is a remaining balance of 980 "
    "dollars after insurance you may qualify for financial assistance you can apply on our website call me back at "
    "303 555 0144 your account number is on the statement",
    # a bank's recording that names the listener and offers no key (the 626th)
    "hello this is an automated message from northfield bank fraud prevention for maria lopez weve noticed unusual "
    "activity on your visa card ending in 4471 and some transactions may be declined until we speak with you please "
    "call us at 1 800 555 0172",
    # the payment that failed on a mistyped account number (the 638th)
    "hi this is sharon with the county treasurers office about your property tax the payment of 1 418 dollars was "
    "returned by your bank it looks like a digit in the account number was off the balance and a 25 dollar fee are "
    "due by the thirtieth to avoid the penalty our number is 541 555 0158",
    # the compliance desk's money laundering rules and a bank's hold on a wire it questions (the 645th)
    "its tom at greaves and co we just need three months of bank statements before we can exchange and the gift "
    "form signed by your dad with his id sorry its the anti money laundering rules ring me on 0113 555 0187 ta",
    "hi this is danielle from the fraud department at members first credit union we held a wire request on your "
    "account today because it didnt match your usual activity please call us at 717 555 0174 or come into any "
    "branch with id we wont release it until we talk to you",
    # the card's last digits named, a key to review and a line open round the clock (the 648th)
    "this is northfield bank with a fraud alert for your visa ending 5521 press 1 to review two recent transactions "
    "now or call us at 1 800 555 0129 twenty four hours a day",
    # a shut-off date with no preposition and three ways to pay (the 652nd)
    "hello this is the city of riverton utilities billing office your water account has an unpaid balance and "
    "service is scheduled for shut off friday january 15th payments can be made online by phone or at city hall "
    "questions call 559 555 0133",
    # a holding deposit taken after the listener's own step (the 631st)
    "hi this is priya from oakwood lettings about the viewing on elm road tomorrow at six the holding deposit is one "
    "weeks rent and we only take it once youve signed the application any questions 0161 555 0133",
    # an impound lot's notice: proof of insurance is a document, the car's disposal no parcel's (the 659th)
    "this is the county impound yard for the registered owner of a white pickup towed tuesday bring id and proof of "
    "insurance fees are payable at the window vehicles left after 30 days may be disposed of call 303 555 0191",
    # the holder's house number without a street word, and the ways to pay that include city hall (the 655th)
    "city utilities billing for the account holder at 2210 west shaw this is a final notice your water balance is "
    "past due and service will be shut off this friday payments can be made online by phone at 559 555 0142 or at "
    "the city hall cashier",
    # a supplier's resupply by key, and a hospital's bill for a dated visit with its own help (the 662nd)
    "this is lincare calling for james ortiz about your oxygen supplies youre now eligible for replacement supplies "
    "covered by your insurance to reorder press 1 to speak with a representative press 2 or call 1 800 555 0128",
    "hi this is pat at mercy regional billing this is our last courtesy call before the account for your october "
    "ninth visit is sent to our collection agency the balance is 245 dollars if paying is hard right now we have "
    "interest free plans and charity care our number is 608 555 0190",
    # a title company that reads the wire instructions back itself, and a card alert with a key to review, a line
    # open round the clock and the bank's promise never to ask for the pin (the 673rd and 669th)
    "hi its dana at keystone title for the parks your closing is friday and the wire instructions are in the secure "
    "portal before you send anything call me at the number on your closing disclosure 303 555 0148 so i can read "
    "them back to you",
    "hi its northbank calling about your visa we saw transactions wed like to confirm and your card has been "
    "temporarily blocked to review them now press 1 or call us at 1 866 555 0139 24 hours a day northbank will "
    "never ask for your pin",
    # a bank's line open within business hours, a water bill paid at any bank, a seized brake caliper, a coach's
    # registration fees and a school's consent form (the 680th and 676th)
    "this is an automated message from northbank for sam okafor about unusual activity on your visa please call us "
    "at 1 800 555 0166 between 8 am and 10 pm eastern have your card handy",
    "this is riverton water billing about an overdue amount of 212 dollars a shut off notice was delivered and "
    "service will be interrupted on the 20th unless its paid you can pay at any bank or call 905 555 0117",
    "hey its tony at the brake shop the rear calipers seized so its about five hundred with labour give me a call "
    "512 555 0139 we close at 6",
    "hi its coach amy with the river city u10s registration fees are due friday through the club app if hes not "
    "paid the league wont put him on the roster text me 248 555 0133 see you at practice",
    "hello this is mrs lee from maple elementary we still need maias health card number on the consent form and "
    "the trip deposit by march first call the office at 613 555 0144",
    # a district's password reminder through the staff portal, a benefits office's dated change, a maker's recall
    # (the 690th and 694th)
    "this is an automated message from the lakeview school district technology department staff passwords expire "
    "on friday march 6th please change your password through the staff portal to avoid being locked out for help "
    "call the tech desk at 208 555 0166",
    "this is the dependent eligibility verification center for the county employee benefits program you should have "
    "a letter asking for documents the deadline is may first and dependents without documents will be removed from "
    "coverage effective june first questions call 360 555 0172",
    "this is consumer relations at brightbaby products for the owner of a sleepwell crib weve issued a voluntary "
    "recall because of a fall hazard please stop using it youre entitled to a full refund call us at 888 555 0163",
    # a rent payment that bounced, with the manager's returned payment fee (the 697th)
    "good morning this is dana with oakridge property management your december rent payment of 1 250 dollars was "
    "returned by your bank for non sufficient funds theres a 35 dollar returned payment fee and we need the balance "
    "in certified funds or a money order by the 20th to avoid a notice being posted please call 480 555 0133",
    # a broker waiting on the shipper's papers (the 703rd)
    "hello dhl express your shipment is held at customs awaiting a commercial invoice please email it or call 0345 "
    "555 0147",
    # an employer's or a clinic's desk returning the listener's ticket with a remote session (the 723rd), and a
    # carrier's port-out notice asking for nothing but a call (the 731st; both rung before)
    "hi this is the service desk at lakeview medical returning your ticket about your login we can do a remote "
    "session at three please call back 626 555 0139",
    "this is the fraud prevention team at ridgeline wireless we received a request to transfer your mobile number to "
    "another carrier if you did not make this request call us right away at 1 877 555 0133",
    # courts and defenders reminding of a hearing on a calendar day, warrant and all (the 709th; rung before)
    "hi its marcus from the public defenders office your sentencing hearing is still set for the 22nd at nine "
    "if you miss it the judge will issue a bench warrant so call me back at 313 555 0162",
    "le llamamos del juzgado del condado de harris tiene una audiencia el 14 de enero a las nueve si no se presenta "
    "se puede emitir una orden de arresto para preguntas llame al 713 555 0190",
    # the 761st batch's five, all rung before: a public utility's cut-off days ahead, a preparer's booking line and its
    # "before we file for you", a support ticket followed up, a credit union's hold on a transfer it questions
    "hi this is cascade county p u d your account is two months behind 540 dollars and disconnection is scheduled for "
    "the 21st but we do have winter assistance press 1 to talk to a representative or call 425 555 0158",
    "this is liberty tax in kona were booking appointments for tax season bring your w 2s and last years return "
    "press 1 to book or call 808 555 0156",
    "north star tax service calling the dividend counts as income so we still need the 1099 before we file for you "
    "call 907 555 0187",
    "this is summit fiber tech support following up on your outage ticket the modem swap is done if the internet "
    "drops again press 1 for a technician or call 1 866 555 0176",
    "harbor credit union calling about a zelle payment of 640 dollars to someone named kyle m if you dont recognize "
    "it call us right away at 360 555 0123 weve paused it for 24 hours",
    # the 762nd and 768th batches' (both rung before): a statistics office's survey that connects to an interviewer,
    # and a branch that asks the listener to come in with ID
    "this is a reminder from the national statistics office your household has not completed the monthly labour "
    "survey please call us at 1 877 555 0137 or press one to be connected to an interviewer",
    "hi this is dana from the lakeside bank branch on route 9 your check for 3 100 dollars was put on hold because the "
    "endorsement was missing come in with id and well fix it or call 973 555 0168",
    # the 774th batch's two (both rung before): a revenue office's identity quiz on its own .gov site, and a bank's
    # automated alert on a payment it questions that asks for nothing but a key or a call
    "louisiana department of revenue, we received your 2025 return and need to verify your identity before we can "
    "process the refund. please complete the quiz at revenue.louisiana.gov within 30 days or call 225 555 0149",
    "Frost fraud alert. We noticed a Zelle payment of $900 to a new recipient. If you did not make this payment, "
    "press 1 now or call us at 1 800 555 0173 right away.",
    # the 781st batch's (rung before): a tax office asking for a return to be filed, not for money
    "this is the c d t f a california department of tax and fee administration your sellers permit return for the "
    "third quarter is overdue please file by the end of the month to avoid a penalty questions call 916 555 0129",
]


@pytest.mark.parametrize("text", BATCH_543_ON_NOT_RUNG)
def test_an_honest_would_call_of_the_543rd_batches_on_is_not_rung(text: str) -> None:
    verdict = analyze(text)
    assert not verdict.should_engage(70), verdict.reasoning


# Honest voicemails of the 614th batches on that must not even be flagged.
BATCH_614_ON_HONEST = [
    # an auction won is no prize (the 631st)
    "hello its ian you won the ebay auction for the bike collection only bring the code from the app 0121 555 0111",
    # the crew's window is planned work, not a cut-off sprung on the listener
    "this is the town water department a main break on your street means water will be interrupted tonight from "
    "11 pm to 4 am while crews repair it no action is needed",
    # a schedule change, a campaign's canvass and a poll answered by a key (the 654th), and a call that names whom
    # it wants (the 653rd)
    "this is a message from delta for the passenger on confirmation h7kq2 your flight time has changed press 1 to "
    "accept the change or press 2 to speak with an agent",
    "this is a message from the committee to elect judy marsh press one if you plan to support judy press two if "
    "you are undecided press three if youd like a yard sign",
    "this is a short automated poll from lakeside research about issues in the county it takes three minutes press "
    "1 to continue or press 2 and we will not call again",
    "this is capital one calling for maria chen about recent activity on your account to continue please enter your "
    "billing zip code if this is not maria chen press 9",
    # a library's renewal line asks for the library card (the 514th)
    "this is the oak park public library you have a book overdue to renew by phone press 1 and have your library "
    "card ready",
    # a one-time code read out by the sender's own voice line (the 715th; flagged as asking for it before)
    "your microsoft verification code is 5 5 1 0 2 8 once again your code is 5 5 1 0 2 8",
]


@pytest.mark.parametrize("text", BATCH_614_ON_HONEST)
def test_an_honest_voicemail_of_the_614th_batches_on_is_not_flagged(text: str) -> None:
    verdict = analyze(text)
    assert not verdict.is_scam, verdict.reasoning


def test_the_listeners_not_your_usual_number_is_no_wrong_number() -> None:
    """"This isn't your usual number" is the listener noticing the impostor's new phone, not a misdial."""
    verdict = analyze("hi rachel its greg yes this isnt your usual number im on my personal phone can you pick up "
                      "five apple gift cards on your lunch scratch the backs and text me photos of the codes")
    assert "legit_wrong_number" not in verdict.signals
    assert verdict.is_scam, verdict.reasoning


def test_a_power_company_account_is_no_employers_desk() -> None:
    """"your power company account" is the utility's, not the listener's work account."""
    verdict = analyze("final notice from your power company account past due service shut off at 2 pm today press 1 "
                      "now to make a payment")
    assert "legit_workplace" not in verdict.signals
    assert verdict.is_scam, verdict.reasoning


@pytest.mark.parametrize("text", [
    # written for this test: a pitch and its screening question, no key and no number (the 633rd batch)
    "hi this is amber with the home energy program are you the homeowner at this address great we are offering no "
    "cost solar panels to qualifying homeowners in your area this month",
    "hello sir i am calling from the financial relief department regarding your unsecured debts kindly tell me how "
    "much total amount you are owing on all your cards",
])
def test_a_cold_pitch_with_a_screening_question_is_flagged(text: str) -> None:
    """The live-transfer agent's qualifying question is the robocall's key prompt in another form."""
    verdict = analyze(text)
    assert verdict.is_scam, verdict.reasoning


def test_a_recording_that_takes_a_medicare_number_by_key_is_no_pharmacy_reminder() -> None:
    """"Your prescription is on hold, press 1 and confirm your Medicare number": no pharmacy's recording takes it."""
    verdict = analyze("this is an automated message from your pharmacy your prescription order is on hold because of a "
                      "billing problem to release it press 1 and confirm your medicare number and payment details")
    assert "legit_appointment" not in verdict.signals
    assert verdict.is_scam, verdict.reasoning


@pytest.mark.parametrize("text, signal, scam", [
    # the 745th batch's Spanish robocalls: the number "suspended", the account "with suspicious activity", the
    # phone "hacked" (the English rows' ask_ssn, bank_fraud and device_infected; a bank's own alert says the
    # second too, so it alone flags nothing)
    ("su numero de seguro social ha sido suspendido por actividad sospechosa oprima uno", "ask_ssn", True),
    ("le llamamos de su banco detectamos actividad sospechosa en su cuenta", "bank_fraud", False),
    ("soporte tecnico de apple su iphone ha sido hackeado desde otro pais oprima uno", "device_infected", True),
    # ... and its immigration calls: the fee named before the place it holds, the papers "sin papeles", the payment
    # "hoy mismo", the officer on the way (in English)
    ("tenemos buenas noticias salio un permiso de trabajo solo necesita un deposito de quinientos dolares para "
     "apartar su lugar llameme al 915 555 0133", "advance_fee", True),
    ("salio un nuevo permiso de trabajo para personas sin papeles llame hoy", "eligibility", False),
    ("su renovacion fue rechazada para no perder su permiso de trabajo debe hacer el pago hoy mismo por telefono "
     "llame al 210 555 0104", "payment_demand", True),
    ("this is the immigration office your name appeared in a federal database an officer will be sent to your "
     "address press one", "legal_threat", True),
    # the 755th batch's: the code to be shared with the caller alone, hackers "using your internet", a friend's
    # winnings and the small stake with a move to WhatsApp, "we have him here" (a family member held)
    ("le hablo del area de aclaraciones le voy a mandar un codigo no lo comparta con nadie nada mas conmigo para "
     "cancelar el cargo", "code_demand", True),
    ("detectamos que hackers estan usando su internet para robar su informacion no apague la computadora",
     "device_infected", False),
    ("hola amiga mis ganancias con bitcoin fueron de 2 mil dolares y tu puedes empezar con solo 300 mandame whatsapp",
     "off_platform", True),
    ("le hablo por su primo lo tenemos aqui si no deposita hoy no respondemos no llame a la policia",
     "family_emergency", True),
])
def test_spanish_robocalls_read_as_the_english_ones(text: str, signal: str, scam: bool) -> None:
    verdict = analyze(text)
    assert signal in verdict.signals and verdict.is_scam is scam, verdict.reasoning


@pytest.mark.parametrize("text, signal", [
    # the 784th batch's utility (wave 112): a bill paid with a prepaid card bought at a store
    ("this is your electric company your account is past due and service will be disconnected today you can use a "
     "prepaid card from any walgreens or cvs call us back at 402 555 0188", "gift_card_demand"),
    ("county clerk of courts regarding your missed jury summons the fine must be paid with prepaid cards from a "
     "pharmacy call 605 555 0107", "gift_card_demand"),
    # the 784th and 790th batches' farm and job calls (wave 112)
    ("hi im calling from the farm service disaster program your name is on the list for the drought assistance there "
     "is a filing fee of one hundred twenty five dollars before we can send the check please call back at 308 555 0146",
     "fee_to_release"),
    ("hi this is jim im a cattle buyer saw your heifers listed online ill send a cashiers check for more than the total "
     "you just wire back the difference to my hauler call me back", "fake_check"),
    ("hello we are looking for mystery shoppers in your area youll receive a check to evaluate local stores and money "
     "transfer services please call us back", "fake_check"),
    ("this is susan from the staffing agency wed like to offer you a remote position as a payment processing "
     "assistant please call back", "fake_check"),
    # the 800th batch's "processing center" (wave 114): the listener "named" in a claim, and the process server's
    # check of where to serve the papers
    ("good afternoon this call is for mr ruiz you have been named in a claim that was filed with our office do not "
     "ignore this message", "legal_threat"),
    ("this is casey from the document processing division calling to verify your address and place of employment for "
     "a case pending under your name please return my call at 305 555 0162", "legal_threat"),
    # the 806th and 807th batches (wave 115): the cards' photos for a church "outreach", the tithes to a member's
    # personal wallet, a renewal paid by card on the recording's key
    ("praise the lord saints this is the bishops assistant the bishop is asking each church to buy apple gift cards "
     "for the christmas outreach and text pictures of the cards tonight", "gift_card_demand"),
    ("this is brother lewis from the finance committee the church account got frozen so members can send their tithes "
     "to my personal cash app this month", "odd_payee"),
    ("hi this is the surgery your prescription prepayment certificate has expired press one to renew now for thirty two "
     "pound five by card", "payment_demand"),
])
def test_a_scams_ask_of_the_783rd_to_809th_batches_is_read(text: str, signal: str) -> None:
    verdict = analyze(text)
    assert signal in verdict.signals and verdict.is_scam, verdict.reasoning


def test_a_visit_the_listener_booked_is_confirmed_without_being_flagged() -> None:
    """The 783rd batch's recorded confirmation (wave 112): an install the listener booked, with a key to press."""
    verdict = analyze("this is the geek squad at best buy confirming your in home tv install on saturday between 10 "
                      "and 2 press one")
    assert "legit_appointment" in verdict.signals and not verdict.is_scam, verdict.reasoning


@pytest.mark.parametrize("text", [
    # the 799th batch's terse automated notices (wave 114): an outage update, and notices that name the account
    "duke energy outage update crews are working in your area and estimate power restored by 9 pm to report a new "
    "outage press 1",
    "This is Citi. A payment of $64 is past due on your account ending 5521. To make a payment press 1. To speak to a "
    "representative press 0.",
])
def test_a_notice_that_knows_the_account_or_reports_an_outage_is_not_flagged(text: str) -> None:
    verdict = analyze(text)
    assert not verdict.is_scam, verdict.reasoning


def test_the_last_four_read_back_by_a_caller_who_then_asks_for_something_is_no_honest_sign() -> None:
    """The fake fraud desk knows (or guesses) the last four as its proof, then asks for the code."""
    verdict = analyze("this is the chase fraud department your debit card ending in 4482 was used at a walmart in "
                      "miami to cancel it read me the code we just texted you")
    assert "legit_account_known" not in verdict.signals and verdict.is_scam, verdict.reasoning


def test_a_strangers_number_passed_on_for_the_police_is_not_rung() -> None:
    """The 802nd batch's tenant (wave 114): "somebody called me saying they were your son ... the number was 415 555
    0139 if you want it for the police" reports a caller; it leaves no number for the listener to ring."""
    verdict = analyze("hi mr brody its alicia in 3c sorry i know you dont like texts so im calling somebody called me "
                      "this afternoon saying they were your son and that you were in the hospital and the rent needed "
                      "to go to his cash app this month because your bank account was frozen so i didnt send anything "
                      "i just wanted to make sure youre okay and that you know somebodys calling your tenants the "
                      "number was 415 555 0139 if you want it for the police ill drop the rent in your box on the first")
    assert verdict.callback_number is None and not verdict.should_engage(70), verdict


@pytest.mark.parametrize("text", [
    # the 804th batch's honest notices (wave 115): a cut-off dated on the calendar, a test the listener's own
    # doctor ordered; flagged perhaps, never rung
    "this is the city of mesa utilities your water service is scheduled for disconnection on the 12th for an unpaid "
    "balance of 96 dollars call 480 555 0181 with questions",
    "this is the lab calling for james owens the genetic screening sample ordered by your oncologist was received "
    "press 1 to hear when results are expected or call 800 555 0148",
])
def test_a_dated_cut_off_or_a_test_the_doctor_ordered_is_never_rung(text: str) -> None:
    verdict = analyze(text)
    assert verdict.callback_number is None and not verdict.should_engage(70), verdict


@pytest.mark.parametrize("text, signal", [
    # the 810th batch's small-business boxes (wave 116): the web presence sold by fear, the company's filings sold as
    # the state's, the accessibility shakedown, the inspector's closure notice, the meter swap paid before the crew
    ("hey this is for the owner we see you got bad reviews showing up on top of your google we can get those pushed "
     "down same day give me a call back", "listing_threat"),
    ("your web address expires on the ninth and once it lapses it can be bought by a competitor call us to renew",
     "listing_threat"),
    ("this is the state filing compliance office your llcs annual report hasnt been filed and the company faces "
     "administrative dissolution call back to file today", "penalty_due"),
    ("this message is for the owner regarding an accessibility complaint against your store please call our office "
     "before we serve you", "legal_threat"),
    ("this is the county health office if the violation is not settled by tomorrow we will have to post a closure "
     "notice on your door call 559 555 0122", "penalty_due"),
    ("this is the power company we have a crew coming to swap your meter and the past due balance must be cleared "
     "before the crew gets there otherwise they will disconnect", "utility_cutoff"),
    # the 811th batch's recorded campaigns (wave 116): a key to restore or finalise, the social's digits by key
    ("wells fargo security your online access has been restricted press one to restore access", "press_to_act"),
    ("the department of education approved your loan discharge press one to finalize it", "press_to_act"),
    ("your license appointment will be cancelled unless you press one to confirm the last four of your social",
     "ask_ssn"),
    # the 817th batch's military families (wave 117): the mover's and the storage yard's hold, the soldier's leave
    # fee, the bail cash in a magazine, a repossession "tomorrow", a pension's payments to "our" account, a rental
    # held by an app payment
    ("this is the moving coordinator there is a fuel surcharge of 900 and the driver cant release your household goods "
     "until we get it", "fee_to_release"),
    ("your household goods are at our storage facility storage fees of 40 dollars a day are accruing press 1 to pay and "
     "schedule delivery", "fee_to_release"),
    ("hi my love its me from the base the leave fee is 2000 and once it is paid my commander lets me come home",
     "fee_to_release"),
    ("it has to be cash the bondsman wont take a check put it in an envelope inside a magazine", "cash_parcel"),
    ("this is the auto loan department your truck is scheduled for repossession tomorrow unless a payment is made by "
     "phone", "legal_threat"),
    ("your lump sum is approved you just sign the allotment so your monthly payments go to our servicing account",
     "payment_switch"),
    ("to hold the house until your report date we need a 400 reservation fee by venmo", "advance_fee"),
    ("yeah hi about the three bedroom by the base its still available there are other military families interested so "
     "i need the application fee and the deposit on zelle tonight and its yours", "rental_hold"),
    # the 818th batch's campaigns (wave 117): the line cut tonight, the clamp
    ("your landline will stop working tonight unless you press one to upgrade to digital voice", "utility_cutoff"),
    ("this is the dvla your vehicle tax is unpaid and your vehicle will be clamped press 1 to pay now", "legal_threat"),
    # the 826th batch's small businesses in the UK, Ireland, Canada, Australia and New Zealand (wave 118)
    ("hi its martin from registry services about your dot co dot uk name once it lapses anyone can buy it call us to "
     "renew", "listing_threat"),
    ("we sent the invoice to your accounts email and if we dont receive payment your website and email will go offline",
     "listing_threat"),
    ("you confirmed the details with my colleague last month so the invoice for your listing is now due",
     "listing_threat"),
    ("this is the companies house compliance team your confirmation statement is overdue call today to avoid strike off",
     "penalty_due"),
    ("this is the city bylaw office your licence is overdue and our inspector will close the premises unless payment "
     "is received", "penalty_due"),
    ("this is revenue about unpaid vat a sheriff will be instructed unless we hear from you today", "legal_threat"),
    ("hi its the coffee roasters our account is under audit so please pay into the new account im texting you",
     "payment_switch"),
    ("hi its tom from the wholesaler im texting you the new b s b and account number dont bother calling the office",
     "details_by_message"),
    ("your terminal needs a security update our technician needs your merchant id and the admin password",
     "credential_demand"),
    ("your business has a tax debt you can pay by bank transfer or with vouchers from any post office",
     "gift_card_demand"),
    ("you need to verify your id by the end of the month we can do it over the phone today for 79 pounds",
     "payment_demand"),
    ("this is the intellectual property service someone in china has applied for a domain and trademark using your "
     "brand please call back urgently", "listing_threat"),
])
def test_a_scams_ask_of_the_810th_to_826th_batches_is_read(text: str, signal: str) -> None:
    verdict = analyze(text)
    assert signal in verdict.signals, verdict.reasoning


@pytest.mark.parametrize("text, signal", [
    # the 828th batch's grandparent calls (wave 119): the custody and its price, told by the "grandchild" or the
    # "bondsman", and the gag order about an aunt
    ("im not hurt but im in a mess theyre holding me till somebody posts bail", "family_emergency"),
    ("im at the police station they said i can go home if somebody pays the fine today", "family_emergency"),
    ("the bail is set and if you want him out tonight you got to do it through the bondsman cash only",
     "family_emergency"),
    ("hey grandpa i got pulled over and there was stuff in the car that wasnt mine i need help", "family_emergency"),
    ("please dont say nothing to aunt shelly she would be so mad", "secrecy"),
])
def test_a_grandchild_in_custody_is_read_by_its_story(text: str, signal: str) -> None:
    verdict = analyze(text)
    assert signal in verdict.signals, verdict.reasoning


@pytest.mark.parametrize("text", [
    # the 812th batch's automated notices (wave 116): the agency's own site offered beside its number
    "this is the turnpike authority your toll account has a low balance and an expired card please update the card at "
    "paturnpike dot com or call 1 800 555 0172 to avoid violation notices",
    "this is the tollway about an unpaid toll on your plate pay by the 19th before fines are added you can also pay at "
    "getipass dot com or call 1 800 555 0166",
])
def test_a_notice_that_offers_its_own_site_beside_its_number_is_never_rung(text: str) -> None:
    verdict = analyze(text)
    assert "legit_own_site" in verdict.signals and not verdict.should_engage(70), verdict.reasoning


def test_a_look_alike_site_beside_the_number_is_no_own_site() -> None:
    """The scam's page is named around the bait ("tollway-payment-center dot com"), so it points to no official channel."""
    verdict = analyze("this is the tollway you owe 11 dollars in unpaid tolls a 50 dollar fee is added tonight pay at "
                      "tollway-payment-center.com or call 1 800 555 0166")
    assert "legit_own_site" not in verdict.signals and verdict.is_scam, verdict.reasoning


def test_a_premium_taken_from_social_security_is_no_ask_for_the_number() -> None:
    """The 812th batch's Medicare plan (wave 116) was rung: "if your premium is deducted from your social security,
    disregard this" named the benefit, and ask_ssn read it as the number asked for."""
    verdict = analyze("Aetna Medicare calling for Eugene Hart. Our records show your December premium of $39 has not "
                      "been received. To avoid a lapse in coverage, please pay by check, on your Aetna member website, "
                      "or by calling 1-833-555-0117. If your premium is deducted from your Social Security, please "
                      "disregard this message.")
    assert "ask_ssn" not in verdict.signals and not verdict.should_engage(70), verdict.reasoning


def test_an_outage_line_that_offers_help_by_key_or_number_is_never_rung() -> None:
    """The 818th batch's distribution network (wave 117) was rung: a restoration under way and a priority register
    are an outage line's words, whatever key or number it offers."""
    verdict = analyze("this is the power network the power is off in your area and our engineers are working to "
                      "restore it by 6 pm if you are on our priority services register and need help press 1 or call "
                      "0800 555 0131")
    assert "legit_no_action" in verdict.signals and not verdict.should_engage(70), verdict.reasoning


def test_a_pin_the_listener_chose_is_no_code_asked_for() -> None:
    """The 819th batch's victim notification line (wave 117): "enter the four digit pin you chose when you
    registered" confirms the listener's own registration."""
    verdict = analyze("this is the victim notification network the offender you registered for has been released to "
                      "confirm you received this message enter the four digit pin you chose when you registered")
    assert not {"ask_code", "credential_demand"} & set(verdict.signals), verdict.reasoning


def test_an_accountants_late_filing_penalty_is_no_filing_scam() -> None:
    """An accountant's reminder of the dev sets (wave 118): "HMRC have issued a late filing penalty ... I think we can
    appeal" is a real penalty named by the listener's own accountant (the penalty_due reading leaves it out)."""
    verdict = analyze("hi emma its rob from carter accountancy hmrc have issued a late filing penalty on the partnership "
                      "return a hundred quid but i think we can appeal call me on 0113 555 0142")
    assert "penalty_due" not in verdict.signals and not verdict.should_engage(70), verdict.reasoning


def test_an_offer_whose_only_key_leaves_the_list_is_never_rung() -> None:
    """The 834th batch's roofer (wave 120) was rung: "if you don't want calls from us, press 2" is how a telemarketer
    who follows the rules ends its pitch, so the offer and its number are an honest seller's (flagged, never rung)."""
    verdict = analyze("Hi, this is Amanda with Rocky Mountain Roofing. We're in your neighborhood doing free hail damage "
                      "inspections this week. If you'd like one, call 303-555-0115. If you don't want calls from us, "
                      "press 2.")
    assert not verdict.should_engage(70), verdict.reasoning
    # ... while a key that reaches a person still counts, opt-out or not
    verdict = analyze("your car warranty has expired press 1 to speak to an agent about reinstating it or press 2 to be "
                      "removed call 303 555 0115")
    assert verdict.is_scam and "press_to_act" in verdict.signals, verdict.reasoning


@pytest.mark.parametrize("text, signal", [
    # the 834th batch (wave 120): a utility that takes only Zelle or a Bitcoin kiosk, a gag order that makes the
    # listener's own branch the suspect, the public defender of a grandchild's
    # hearing, the one call from the cell, the rental given away at the deadline, the military id beside the social
    ("Your account is past due and service will be shut off this afternoon. We are not able to take a check, only "
     "Zelle or Bitcoin at the kiosk.", "crypto_demand"),
    ("This is an alert from Chase. A specialist will call you shortly. Do not hang up and do not contact your branch, "
     "because the branch may be involved.", "told_not_to_tell"),
    ("this is the public defender's office in bozeman your grandson's hearing is tomorrow morning and we need the bond "
     "paid tonight with vanilla gift cards", "bail_lawyer"),
    ("Grandpa, I'm in trouble with the police in Denver. They're letting me make one call.", "bail_lawyer"),
    ("the owner needs the remaining deposit of eleven hundred by zelle tonight or the condo goes to the next family on "
     "the waitlist", "urgency"),
    ("tricare for life member services please confirm your dod id and social to avoid a lapse in coverage", "ask_ssn"),
    ("your fema application number ending in six zero two has an error and will be denied unless you call back today",
     "consequence"),
    ("a sex offender registry complaint filed against your address call back to clear your name", "legal_threat"),
    # ... and the payments: a rail that cannot be clawed back, a card bought to unlock a gift, a fee paid on the call
    # with a prepaid card, the booking site bypassed, a deposit by app tonight
    ("pay the twenty percent deposit and we'll get you to the front of the line. Deposit by wire only.",
     "payment_demand"),
    ("we're giving out prepaid cards to families near the fire but you need to buy a fifty dollar activation card "
     "first at the gas station", "gift_card_demand"),
    ("the brand registration lapsed you can pay the reinstatement over the phone today with a prepaid card",
     "gift_card_demand"),
    ("the cabin is still available but the airbnb messaging is down so just pay me directly and I'll send the lock "
     "code", "odd_payee"),
    ("the owner needs the remaining deposit of eleven hundred by zelle tonight", "payment_demand"),
])
def test_the_wave_120_robocall_readings(text: str, signal: str) -> None:
    assert signal in analyze(text).signals, analyze(text).reasoning


@pytest.mark.parametrize("text, signal", [
    # honest counterparts of the readings above: a bail bondsman's reminder to the cosigner, a police warning that
    # denies, a cashier's question about the machine
    ("hey its Ray at Ace Bail Bonds your nephew's hearing got moved to the twentieth he needs to be there or the bond is "
     "forfeited", "bail_lawyer"),
    ("just remember the bank and the police will never ask you to withdraw money or hand it to a courier",
     "legal_threat"),
    ("this is xfinity your account has a past due balance of 96 dollars to avoid interruption of service pay by "
     "december 22 press 1 to pay now", "press_to_act"),
])
def test_the_wave_120_readings_leave_honest_words_alone(text: str, signal: str) -> None:
    assert signal not in analyze(text).signals, analyze(text).reasoning


@pytest.mark.parametrize("text, signal", [
    # wave 121: the 842nd batch's Spanish voicemails to US Hispanic households (a bond paid with gift cards, a bitcoin
    # machine, the lawyer kept away, the bank account asked "for the refund", the app that
    # shares the screen, the transfer "held"), the 840th's fee paid by key
    ("la fianza es de dos mil quinientos y se puede pagar hoy con tarjetas de regalo", "gift_card_demand"),
    ("la fianza se puede pagar hoy en un cajero de bitcoin", "crypto_demand"),
    ("de parte de ice, su caso ya está marcado, no llame a su abogado, espere la llamada del oficial", "secrecy"),
    ("usted tiene un reembolso por cobro doble, para depositárselo nada más confírmeme su número de cuenta del banco y "
     "el número de ruta", "ask_card"),
    ("para liberarla descargue la aplicación que le mandamos y permita el acceso a la pantalla", "remote_access"),
    ("la transferencia a honduras quedó detenida por verificación", "parcel_trouble"),
    ("usps redelivery, missing unit number, press one to pay the two ninety nine fee", "press_to_act"),
    ("hello this is a courtesy call from the uscis appointment center please say your full alien number and date of "
     "birth after the tone", "ask_personal"),
    # ... and the 840th's tolls, registries and storm crews, the 842nd's "USCIS" in Spanish
    ("unpaid invoices will be referred to penndot for registration suspension tonight, reply to the text we sent",
     "suspension_threat"),
    ("your tag is flagged at the mario cuomo bridge, call us back before it's sent to the dmv", "consequence"),
    ("there is a fee of four ninety five to mail the new tag, we can take that now over the phone if you press one",
     "payment_demand"),
    ("your license will be suspended on the first, please pay the reinstatement fee through the link we texted",
     "payment_demand"),
    ("the town is making everybody pre register plowers now, you gotta pay the two fifty permit through us by tomorrow "
     "or we can't do your driveway", "payment_demand"),
    ("there's eleven hundred dollars in your name from an old deposit, to claim it there's a finder's fee we need up "
     "front", "advance_fee"),
    ("to confirm you for the blizzard tonight, send the $200 deposit through Zelle and we'll text the crew",
     "payment_demand"),
    ("the load is dangerous, deposit today and we come first thing, press one for the scheduler", "press_to_act"),
    ("su caso será negado, comuníquese con el oficial asignado y tenga listo su número a, su seguro social y un pago de "
     "corrección", "ask_ssn"),
])
def test_the_wave_121_readings(text: str, signal: str) -> None:
    assert signal in analyze(text).signals, analyze(text).reasoning


def test_a_spanish_pharmacy_refill_menu_is_an_honest_key() -> None:
    """The 842nd batch's CVS refill line in Spanish (wave 121) was flagged: "para resurtir ahora presione uno" is the
    pharmacy's own menu, as "to refill press 1" is in English."""
    verdict = analyze("mensaje automatizado de cvs, es hora de resurtir su medicamento, para resurtir ahora presione uno, "
                      "para hablar con la farmacia presione dos, para recibir este mensaje en inglés presione nueve")
    assert "legit_press" in verdict.signals and not verdict.is_scam, verdict.reasoning


@pytest.mark.parametrize("text, signal", [
    # wave 122: a conversational robocall's spoken key reads as the keypad's (the 847th batch), the storm crew's
    # insurance check signed over, the pastor's cards "for me", a resale's transfer tax "up front" (the 846th)
    ("Government-approved life insurance with guaranteed acceptance is now available in your area. Say yes to speak "
     "with a benefits advisor", "press_to_act"),
    ("the adjuster already signed off so all you got to do is sign that insurance check over to me and text me a "
     "picture front and back", "fake_check"),
    ("hey it's pastor new number grab some google play cards for me", "gift_card_demand"),
    ("we got a corporate buyer wants to purchase your unit at full price just need the transfer tax paid up front",
     "advance_fee"),
])
def test_the_wave_122_readings(text: str, signal: str) -> None:
    assert signal in analyze(text).signals, analyze(text).reasoning


def test_a_clinics_scheduling_key_is_never_rung() -> None:
    """The 848th batch's dental reminder (wave 122) would have been rung: "press 1 to be connected to our scheduling
    team" is the clinic's own desk, whatever the benefits it mentions."""
    verdict = analyze("Reminder from Clearwater Dental Group. You may have unused dental benefits that expire December "
                      "31st, since many plans reset in January. If you'd like to book before year end call us at "
                      "727-555-0158 or press 1 to be connected to our scheduling team.")
    assert "legit_press" in verdict.signals and not verdict.should_engage(70), verdict.reasoning


@pytest.mark.parametrize("text, signal", [
    # wave 123 (the 852nd to 854th batches): how an "office" says it is paid (a gift card, a green dot card, bitcoin),
    # a recall or closing fee "up front", an inspector's fee "refunded when your grant is approved"
    ("this is the county treasurer about the lien on your parcel, we can take a green dot card to clear it today",
     "gift_card_demand"),
    ("your registration is flagged, you can pay the reinstatement over the phone now with a target gift card",
     "gift_card_demand"),
    ("they will take a vanilla gift card for the reinstatement fee, just call back", "gift_card_demand"),
    ("the surgeon will not operate until the balance is settled, we accept payment only by wire or bitcoin",
     "crypto_demand"),
    ("the recall fee of eighty nine dollars must be paid up front before the technician comes out", "advance_fee"),
    ("our inspector charges a fee of one fifty, it is refunded once your grant is approved", "advance_fee"),
])
def test_the_wave_123_readings(text: str, signal: str) -> None:
    assert signal in analyze(text).signals, analyze(text).reasoning


@pytest.mark.parametrize("text, signal", [
    # honest counterparts: a warning about gift cards, a lender's appraisal fee at closing, a store's own cards
    ("this is the clerk's office, nobody from here is ever going to call you to pay with gift cards", "gift_card_demand"),
    ("we do not take gift cards or bitcoin for court fines, pay online or at the window", "gift_card_demand"),
    ("the appraisal fee is credited back to you at closing, no action needed", "advance_fee"),
    ("your order is ready, remember your store gift card balance is twelve dollars", "gift_card_demand"),
])
def test_the_wave_123_readings_leave_honest_words_alone(text: str, signal: str) -> None:
    assert signal not in analyze(text).signals, analyze(text).reasoning


def test_a_recall_with_a_fee_and_a_pharmacy_savings_program_are_read_as_what_they_ask() -> None:
    """The 852nd and 854th batches (wave 123): a manufacturer's recall whose "fee has to be paid up front over the phone"
    (a recall's repair is free by law), and a "pharmacy benefits" caller who wants a code read back (no refill, no
    prescription: the word "pharmacy" alone no longer reads as a pharmacy's reminder)."""
    recall = analyze("there is a manufacturer recall on your water heater, a tech is in your area today, but the recall "
                     "fee has to be paid up front over the phone")
    assert {"warranty", "payment_demand"} <= set(recall.signals) and recall.is_scam, recall.reasoning
    code = analyze("pharmacy benefits calling, your mail order login is locked, I'm texting you a code, just read it "
                   "back to me when it arrives")
    assert "legit_appointment" not in code.signals and code.is_scam, code.reasoning
    honest_recall = analyze("this is Lakeside Ford service, there is a safety recall on your truck, the repair is free "
                            "and there is no recall fee, call us to book a time")
    assert "warranty" not in honest_recall.signals, honest_recall.reasoning
    refill = analyze("this is the pharmacy at Maple Street, your prescription refill is ready for pickup")
    assert "legit_appointment" in refill.signals and not refill.is_scam, refill.reasoning


@pytest.mark.parametrize("text, signal", [
    # the 858th batch (wave 124): a fee "payable today over the phone", a bail through a "bitcoin a t m" as speech
    # recognition spells it, the shipper's fee "wired first", a photo of the card
    ("you were approved for a free air conditioner, there's just a delivery fee of sixty dollars payable today over "
     "the phone", "payment_demand"),
    ("the judge set the bond, it must be paid through a bitcoin a t m before tomorrow", "crypto_demand"),
    ("the puppies are ready, my shipper will bring them, just need the transport fee wired first", "advance_fee"),
    ("to release your royalty send us a photo of your license and both sides of your debit card", "card_check_ask"),
    # the 860th batch's look-alikes of honest schools, movers, HOAs and daycares: money to an account or a name "I
    # text you", "cash or zelle to me directly", an assessment "collected in bitcoin", a code to "reply with"
    ("the nurse needs the copay before they see him, send three hundred on venmo to the account i text you",
     "odd_payee"),
    ("the grant is held until the deposit is sent, text back and i'll send you the name to put it under", "odd_payee"),
    ("your load is overweight, we can't unload till it's paid, cash or zelle to me directly", "odd_payee"),
    ("the payment system is down so we're collecting the assessment in bitcoin this month", "crypto_demand"),
    ("you'll get a verification code in a minute, just reply with it so we can link your account", "code_demand"),
])
def test_the_wave_124_readings(text: str, signal: str) -> None:
    assert signal in analyze(text).signals, analyze(text).reasoning


@pytest.mark.parametrize("text, signal", [
    # honest counterparts: a utility's own payment line, a seller's shipping paid on delivery, the bank's "never"
    ("to pay your balance call us, or pay online, there is no fee for paying by phone", "payment_demand"),
    ("the shipping fee is paid on delivery to the driver, no money up front", "advance_fee"),
    ("we will never ask you for a photo of your card, report any text that does", "card_check_ask"),
])
def test_the_wave_124_readings_leave_honest_words_alone(text: str, signal: str) -> None:
    assert signal not in analyze(text).signals, analyze(text).reasoning


@pytest.mark.parametrize("text, signal", [
    # wave 125 (the 864th and 866th batches' kinds left behind): a card number asked by text, a toll "settled through
    # the portal we texted", a supervision fee by Cash App "to the officer on duty", a refund "to process it"
    ("the bridge violation is nine dollars and a penalty is added tonight, reply with your card number to the text",
     "card_check_ask"),
    ("please settle the six dollar balance through the secure portal we texted to avoid the late penalty",
     "payment_demand"),
    ("your fee of two hundred dollars has to be sent through Cash App to the officer on duty by tomorrow", "odd_payee"),
    ("your policy ending in 212 has a refund of five hundred dollars, to process it we need your social security "
     "number", "owed_money"),
])
def test_the_wave_125_readings(text: str, signal: str) -> None:
    assert signal in analyze(text).signals, analyze(text).reasoning


@pytest.mark.parametrize("text, signal", [
    # honest counterparts: a toll agency's own site, a bank's "never by text", a refund mailed without an ask
    ("you can pay the balance at our website or by phone, we never send payment links by text", "payment_demand"),
    ("we will never ask you to reply with your card number", "card_check_ask"),
    ("your account has a refund of twelve dollars which will be mailed to you, no action is needed", "owed_money"),
])
def test_the_wave_125_readings_leave_honest_words_alone(text: str, signal: str) -> None:
    assert signal not in analyze(text).signals, analyze(text).reasoning


@pytest.mark.parametrize("text, signal", [
    # wave 126 (the 870th to 872nd batches): a travelling crew's cash up front and its opening, money released by a
    # deposit, a store card named for a debt, a claim's fee by Zelle "to our settlement agent", a subscription "taken
    # from your account today", an order stopped by the card number, a courier for "the compromised cards", a code an
    # agent "will ask you for", the full balance sent on, a cancellation done "from the server side", a bought CPN
    ("we have a crew free tomorrow but we need half up front cash to hold the spot", "advance_fee"),
    ("we were doing a roof down the street and noticed you got ice dams and missing shingles", "canvassed_damage"),
    ("fema approved funds for your roof, but to release them a contractor deposit of one thousand dollars is required",
     "fee_to_release"),
    ("we got no payment on file so pay the hundred eighty with a google play card tonight or it goes to collections",
     "gift_card_demand"),
    ("your payout is held until the release fee is paid, you can send that by zelle to our settlement agent rick",
     "odd_payee"),
    ("your antivirus subscription of 249 pounds 99 will be taken from your account today, to cancel please call",
     "unexpected_charge"),
    ("to stop the shipment we need to confirm the card number on file, please call us back", "card_check_ask"),
    ("the messenger will be at your place around four to pick up the compromised cards, have them in an envelope",
     "cash_parcel"),
    ("please stay on the line, an agent will ask you for the one time passcode we just sent", "code_demand"),
    ("go ahead and send the e transfer for the full balance to the email i gave you", "safe_account"),
    ("i will cancel it for you but the cancellation has to be done from the server side, can you see your computer",
     "remote_steps"),
    ("we're offering a new cpn, a credit profile number, that gives you a clean credit file", "debt_relief"),
    ("your account has been selected for an interest reduction of up to sixty percent, stay on the line",
     "rate_reduction"),
])
def test_the_wave_126_readings(text: str, signal: str) -> None:
    assert signal in analyze(text).signals, analyze(text).reasoning


@pytest.mark.parametrize("text, signal", [
    # honest counterparts: a delivery driver from Best Buy, a contractor's invoiced deposit, a tow yard's release fee,
    # a hospital's bill, autopay's rate discount, the bank's "never", a store's card on file, a desk that cancels itself
    ("i'm outside with the best buy package that needs a signature", "payment_demand"),
    ("we need a deposit before we start, you can pay by card over the phone or by check", "advance_fee"),
    ("your car was towed last night, to release it the fee is one hundred ninety five dollars", "fee_to_release"),
    ("the full charge of one thousand nine hundred forty dollars has been billed to you, call with your insurance",
     "unexpected_charge"),
    ("if you enroll in autopay you get a quarter percent interest reduction", "rate_reduction"),
    ("we will never ask for the code we texted you", "code_demand"),
    ("we will never send a courier to pick up your card", "cash_parcel"),
    ("i've cancelled the renewal on our system, you'll see the refund in five days", "remote_steps"),
])
def test_the_wave_126_readings_leave_honest_words_alone(text: str, signal: str) -> None:
    assert signal not in analyze(text).signals, analyze(text).reasoning


def test_a_credit_union_loan_offer_whose_only_key_opts_out_is_not_flagged() -> None:
    # the 871st batch's honest row: a credit union's own robocall about its loan, "visit any branch", "press 9" to leave
    verdict = analyze("Hello, this is Renee from Harmony Credit Union. We're letting members know about our new debt "
                      "consolidation loan with rates starting at 8.9 percent. For details, visit any branch. To opt "
                      "out of these calls, press 9.")
    assert not verdict.is_scam, verdict.reasoning


@pytest.mark.parametrize("text, signal", [
    # wave 127 (the 876th, 877th and 879th batches): the Medicare number asked off the card, a payment by an app "to
    # release the vials", a title company's "fee up front to run the search", the utility kept out
    ("it's about your medicare refund, i just need the eleven character number off your card to release it",
     "ask_ssn"),
    ("the doctor approved you, we just need a payment through cash app to release the vials", "fee_to_release"),
    ("we got a cash buyer lined up but the title company needs a five hundred dollar fee up front to run the search",
     "advance_fee"),
    ("we need a deposit sent by venmo to hold the slot, please don't contact the utility directly", "told_not_to_tell"),
])
def test_the_wave_127_readings(text: str, signal: str) -> None:
    assert signal in analyze(text).signals, analyze(text).reasoning


@pytest.mark.parametrize("text, signal", [
    # honest counterparts: a plan's own number on the card, a tow yard's release, a utility's scam warning
    ("questions about your plan? call the number on the back of your member id card", "ask_ssn"),
    ("this is a community alert, scammers are calling customers threatening to cut power unless they pay with gift "
     "cards, we will never demand payment over the phone", "gift_card_demand"),
])
def test_the_wave_127_readings_leave_honest_words_alone(text: str, signal: str) -> None:
    assert signal not in analyze(text).signals, analyze(text).reasoning


@pytest.mark.parametrize("text, signal", [
    # wave 128 (the 880th to 884th batches): a payment wanted within minutes, a code beside a detail to confirm, a fee
    # or deposit that releases the listener's money, a bond paid in crypto, the court or the bill's number kept out
    ("to stop the shutoff a payment of three hundred twelve dollars must be made by phone right now", "payment_demand"),
    ("to keep your lights on the payment has to be made in the next thirty minutes", "payment_demand"),
    ("to redirect it we need you to confirm your online banking username and the code we text you", "code_demand"),
    ("your credit was a little low so we just need an insurance deposit of two hundred fifty to release the funds",
     "fee_to_release"),
    ("you need to pay the adjusters travel fee by wire before we can release your indemnity", "fee_to_release"),
    ("the judge is allowing you to clear this by paying the bond in crypto before midnight", "crypto_demand"),
    ("please don't contact the courthouse about it, the file is sealed", "told_not_to_tell"),
    ("dont call the office number on your bill the billing system is down, call the direct line", "told_not_to_tell"),
])
def test_the_wave_128_readings(text: str, signal: str) -> None:
    assert signal in analyze(text).signals, analyze(text).reasoning


@pytest.mark.parametrize("text, signal", [
    # wave 129 (the 886th batch): a fine "settled today by bitcoin", a son's mate's account, a roofer passing by, the
    # crew's leftover tarmac paid in cash before it starts
    ("there's a fine of $1,150. it can be settled today by bitcoin or with gift cards to avoid a court appearance",
     "crypto_demand"),
    ("dad it's jack phone's broken using me mate's, can you send it to me mate's account i'll pay you back friday",
     "odd_payee"),
    ("hi there it's the roofing lads we were passing your place and noticed a few slates loose", "canvassed_damage"),
    ("we've got leftover tarmac from a job down the road so half price, we'll need the cash before we start",
     "payment_demand"),
    # ... and the floor's kind left below half (vm886_rogue_trader_home_improvement, 3 of 7): the crew's "cash price"
    # with half up front, its leftover tarmac a door-to-door offer
    ("we can do it today cash price but we'll need half up front before we start call us back", "payment_demand"),
    ("we've got leftover tarmac from a job down the road so half price if you say yes today", "sales_offer"),
])
def test_the_wave_129_readings(text: str, signal: str) -> None:
    assert signal in analyze(text).signals, analyze(text).reasoning


@pytest.mark.parametrize("text, signal", [
    # wave 130 (the 892nd to 895th batches): Canada's social insurance number asked, a balance cleared with a prepaid
    # card, the line held open and everyone kept off it, cash withdrawn "to catch them", a code read back to "the
    # animal hospital" (a clinic's name excuses no code)
    ("you are eligible but we need your sin and date of birth to release the funds today", "ask_ssn"),
    ("we're giving you one chance to clear the balance with the prepaid card before we cut the heat",
     "gift_card_demand"),
    ("you must remain on the line with the officer and not contact anyone", "told_not_to_tell"),
    ("a teller at your branch is stealing from customers, we need your help withdrawing cash so we can catch them",
     "move_money"),
])
def test_the_wave_130_readings(text: str, signal: str) -> None:
    assert signal in analyze(text).signals, analyze(text).reasoning


@pytest.mark.parametrize("text, signal", [
    # the floor's four kinds below half after wave 130's data: a number "compromised in a crime", the sheriff at the
    # door, the listener's own check headed off, a crew's leftovers from the job down the road paid cash only, a
    # partner abroad, a booking held only until tonight
    ("i said it's about your insurance number it's been compromised in a crime press", "legal_threat"),
    ("this is your last chance before the sheriff comes to your door", "legal_threat"),
    ("he said pay it at the machine and send me a photo of the receipt, don't call the irs yourself, it resets the "
     "case", "told_not_to_tell"),
    ("we got leftover asphalt from a job down the road, half price but only today, cash only", "canvassed_damage"),
    ("we got leftover asphalt from a job down the road, half price but only today, cash only", "payment_demand"),
    ("if you send the deposit by wise to our partner in lisbon, the invoice follows after", "odd_payee"),
    ("a cancellation on the river cruise at 60 percent off, the owner holds it only until tonight", "deadline"),
])
def test_the_wave_130_floor_readings(text: str, signal: str) -> None:
    assert signal in analyze(text).signals, analyze(text).reasoning


@pytest.mark.parametrize("text, signal", [
    # an accountant who takes the call off the client's hands, a police appointment at home
    ("it's a genuine irs notice about a mismatch, we'll respond for you, no need to call them yourself",
     "told_not_to_tell"),
    ("an officer will come to your house on tuesday to return the bicycle we recovered", "legal_threat"),
])
def test_the_wave_130_floor_readings_leave_honest_words_alone(text: str, signal: str) -> None:
    assert signal not in analyze(text).signals, analyze(text).reasoning


def test_a_clinics_name_does_not_excuse_a_code_read_back() -> None:
    verdict = analyze("Hi, it's the animal hospital, the anesthetic deposit for your dog's surgery didn't capture. I'm "
                      "sending a link, just put your card in and then tell me the six digit code that comes to your "
                      "phone so we can start before three.")
    assert verdict.is_scam and "legit_appointment" in verdict.signals, verdict.reasoning


@pytest.mark.parametrize("text, signal", [
    # honest counterparts: a sin that was used (no ask), a bank's warning about withdrawals
    ("your sin was used to open an account in another province, please call the number on our website", "ask_ssn"),
    ("nobody from the bank will ever ask you to take out cash for an investigation", "move_money"),
])
def test_the_wave_130_readings_leave_honest_words_alone(text: str, signal: str) -> None:
    assert signal not in analyze(text).signals, analyze(text).reasoning


def test_a_pharmacys_cash_price_is_no_demand() -> None:
    text = "we've faxed it over to dr wong's office, you can wait for the approval or pay the cash price of $89 today"
    assert "payment_demand" not in analyze(text).signals, analyze(text).reasoning


def test_a_customer_telling_of_a_bitcoin_demand_is_no_demand() -> None:
    text = "someone called saying my power would be disconnected in an hour unless i paid three hundred dollars by bitcoin"
    assert "crypto_demand" not in analyze(text).signals, analyze(text).reasoning


@pytest.mark.parametrize("text, signal", [
    # the floor's three kinds of the 880th and 881st batches: a fee to file a claim for money owed, a travelling crew's
    # leftover material paid half up front, a voice agent's spoken key
    ("you may be owed money call us to file your claim with a two hundred dollar retainer", "advance_fee"),
    ("we got leftover shingles cash discount today only just need half up front and we start tomorrow",
     "payment_demand"),
    ("it looks like your vehicle is due for its coverage renewal, would you like me to connect you with a specialist? "
     "just say connect", "press_to_act"),
])
def test_the_wave_128_floor_readings(text: str, signal: str) -> None:
    assert signal in analyze(text).signals, analyze(text).reasoning


@pytest.mark.parametrize("text, signal", [
    # a plumber's deposit for the unit he orders, a coach telling a friend what to answer, a crowd is no name
    ("its gonna be about fourteen hundred installed i need half up front for the unit, call me", "payment_demand"),
    ("if it asks if you know me just say yes", "press_to_act"),
    ("this is a message for ranchers who lost cattle in the blizzard, the indemnity fund is releasing payments",
     "legit_addressed"),
    ("hello hi this is emily, a virtual assistant calling about the home energy savings program", "legit_addressed"),
])
def test_the_wave_128_floor_readings_leave_honest_words_alone(text: str, signal: str) -> None:
    assert signal not in analyze(text).signals, analyze(text).reasoning


@pytest.mark.parametrize("text, signal", [
    # honest counterparts: a bill's due date, an insurer's warning, a jury office's reminder, a bank's own code talk
    ("the final payment has to be made at closing in the next few weeks, your lender will send the figures",
     "payment_demand"),
    ("if anyone calls asking for a fee to release your claim payment, that is not us, we never charge to pay a claim",
     "fee_to_release"),
    ("if you don't show up at all and don't call the court may send you a notice", "told_not_to_tell"),
    ("we will never ask you to pay a fine in bitcoin or gift cards, hang up and call the number on your summons",
     "crypto_demand"),
])
def test_the_wave_128_readings_leave_honest_words_alone(text: str, signal: str) -> None:
    assert signal not in analyze(text).signals, analyze(text).reasoning


@pytest.mark.parametrize("text", [
    # the 877th batch's honest row that would have been rung: a carrier's own offer, "to stop these calls press 9"
    "Hello, this is Halcyon Mobile. Your contract ends next month and you can switch to a SIM only plan or upgrade. "
    "To see your options log into the app or call us on 020 7946 0215. To stop these calls press 9.",
    # ... and election robocalls whose only key opts out
    "Hi, this is a recorded message from the campaign to re-elect Councilmember Dana Ortiz, paid for by Friends of "
    "Dana Ortiz. Early voting starts Monday at the library. To stop these calls, press 9.",
])
def test_a_recording_whose_only_key_opts_out_is_not_engaged(text: str) -> None:
    verdict = analyze(text)
    assert not verdict.should_engage() and "press_to_act" not in verdict.signals, verdict.reasoning


@pytest.mark.parametrize("text", [
    # a key that only plays the message again asks nothing: a board of elections' reminder, a health plan's notice
    "Good evening, this is a reminder from the Westfield County Board of Elections. Tuesday is Election Day and polls "
    "are open from 6 AM to 8 PM. To hear this message in Spanish, press 1.",
    "This is an automated message from your health plan. A prior authorization on file for you expires in fourteen "
    "days. If your procedure has been rescheduled, ask your provider's office to request an extension. To hear this "
    "message again, press 1.",
])
def test_a_recording_whose_only_key_replays_it_has_no_key_prompt(text: str) -> None:
    verdict = analyze(text)
    assert "press_to_act" not in verdict.signals and not verdict.should_engage(), verdict.reasoning


def test_a_replay_key_beside_the_desks_key_still_counts() -> None:
    verdict = analyze("an order of an iphone for 999 dollars was placed on your amazon account, press 1 to speak with "
                      "an amazon representative, press 2 to hear this message again")
    assert "press_to_act" in verdict.signals and verdict.is_scam, verdict.reasoning


def test_an_opt_out_that_cancels_a_renewal_is_still_a_key_prompt() -> None:
    # "if you no longer wish to continue the service, press 1 to cancel and receive your refund" is the renewal scam's
    # key, not a way off the list
    verdict = analyze("the antivirus renewal will be processed automatically today. If you no longer wish to continue "
                      "the service, please press 1 to cancel and receive your refund.")
    assert "press_to_act" in verdict.signals and verdict.is_scam, verdict.reasoning


@pytest.mark.parametrize("text", [
    # the 877th batch's honest notices: a fire-season shutoff, a provider's unreturned-equipment fee, a health plan's
    # number "on the back of your member id card"
    "G'day, it's Southern Cross Energy with a public safety power shutoff notice. With extreme fire danger forecast "
    "for Saturday we may switch off power to your area from 6am. If anyone in your home relies on life support "
    "equipment, please call us on 0491 570 112 today so we can check in with you.",
    "This is Northstar Cable. Our records show you cancelled service but the modem and TV box haven't been returned. "
    "To avoid an unreturned equipment fee of $150, please drop them at any Northstar store or UPS location with the "
    "prepaid label we emailed you. Call 555-0171 with questions.",
    "Hello, this is Evergreen Health Plan, your Medicare Advantage plan, reminding you that you're due for your annual "
    "wellness visit. It's covered at no cost to you. Call your primary care doctor to schedule, or call us at the "
    "number on the back of your member ID card.",
])
def test_the_wave_127_honest_notices_are_not_flagged(text: str) -> None:
    verdict = analyze(text)
    assert not verdict.is_scam, verdict.reasoning
