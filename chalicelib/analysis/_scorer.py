"""Weigh the evidence into one calibrated verdict, and explain it.

The score is a logistic model written by hand: ``bias + sum(signal weights) + interactions``
gives log-odds, which Platt scaling (``CALIBRATION``, fitted on tuning rows only by
``eval --calibrate``) turns into a probability that means what it says.  A scam needs
several independent kinds of evidence to pass the engage threshold (70): a pretext (who
they claim to be and why they call) *and* a demand or pressure tactic (pay in gift cards,
read me the code, install AnyDesk, press one to speak to an agent, call back now).  One
alarming word alone ("urgent", "refund", "virus") stays well below it, which is what keeps
appointment reminders, real fraud alerts and wrong numbers out.

Interactions, and why:

* pretext + demand: the combination is what defines a scam; either alone is common in
  honest calls ("your order shipped"; "can I have your account number");
* pressure (a deadline, a consequence) on top of a pretext or a demand: honest callers rarely
  need the listener to act within the hour;
* a key prompt to reach a person about a problem or an offer: the short scripted robocall
  ("your warranty expired, press one"), where honest automated calls press to confirm; and
  such a prompt in a message with nothing of an honest notice in it, whatever it offers;
* a demand no honest caller makes, whatever the pretext (a code read back, gift-card
  numbers, a remote-access install, money moved on the caller's instructions): in a
  two-party call the scammer often skips the pretext the victim already heard;
* impersonated brand or agency named: raises the prior a little; a government agency more,
  because agencies almost never cold-call;
* a problem or an offer that can only be settled by calling the caller's own number (a
  one-sided voicemail: "a warrant is out for your arrest, call 202 ..."; "your Norton plan
  renewed for 349 dollars, to cancel call 1 844 ..."): in a voicemail the call back *is* the
  demand, since the scammer cannot ask for the card or the code until the victim rings.
  Honest callers leave numbers too, but to book, confirm or chat, not to undo a charge,
  avert an arrest or collect a prize; and real banks and agencies send people to the
  number on the card or the official website (``legit_bank``), which cancels the bonus out;
* two pieces of the long con (returns, a platform or mentor, a fee before money is released,
  a move to WhatsApp, a secret): romance and "investment" callers build trust for weeks
  before they ask for money, so the pitch itself must be enough; a "wrong number" apology
  that turns into such a pitch is its opening, not an alibi;
* a promise not to ask ("we will never ask for your code") removes the mentions inside it,
  unless a strong demand follows anyway, when the promise was the cover;
* a desk the customer rang may check a code (unless they rang about something they were
  sent), and a call that retells or warns about scams carries no evidence at all;
* an SMS with several ways to respond (a link and a number, a short code and a premium
  line): a promotion wants every reader to answer, a friend gives one way back;
* an SMS lure (a fee, a fine, a locked account, a prize, a job, a new number) with a way to
  act on it (a link, a number, a reply, a code or a favour asked back): either alone is
  everyday text, together they are smishing; but a link to the sender's own plain address
  (``_links``: "FedEx: ... fedex.com/track") is where an honest notice sends its reader and
  does not count as the way to act.
"""

from __future__ import annotations

import functools
import math
import re

from ._companies import BRANDS, find_company
from ._numbers import _PRESS as _PRESS_KEY
from ._numbers import (MAX_CHECKS, callback_requested, find_phone_numbers, find_press_key,
                       local_callback_requested, pick_callback_number)
from ._prefilter import GatedPattern, LiteralGate, Regex
from ._result import Analysis
from ._signals import SIGNALS, Signal
from ._signals_calls import CALENDAR_DAY, CARD_ENDING, KEY_PROMPT, LINK_FOR_CARD, RENEW_BY_KEY
from ._signals_sms import SENT_BY_RAIL

__all__ = ["CALIBRATION", "FLAG_THRESHOLD", "analyze_normalized", "probability", "raw_logit",
           "score_text"]

BIAS = {"call": -3.2, "sms": -2.6}
# probability = sigmoid(slope * logit + offset) per channel: Platt scaling fitted on the tuning
# rows only by ``python -m chalicelib eval --calibrate`` (see README, "The scam analyzer").
CALIBRATION: dict[str, tuple[float, float]] = {"call": (1.268, 0.322), "sms": (2.390, 1.245)}
# A verdict of "scam" (flag: dashboard, alerts) at this calibrated confidence; the agent is
# engaged from ENGAGE_THRESHOLD (settings, default 70), which no honest voicemail of the dev
# sets reaches.
FLAG_THRESHOLD = 50
MAX_CONFIDENCE = 99
_DEMANDS = frozenset({"gift_card", "wire_cash", "ask_ssn", "ask_card", "ask_code", "remote_tool",
                      "remote_access", "crypto_demand", "safe_account", "advance_fee",
                      "keyboard_steps", "to_store", "secrecy", "money_plea", "robocall",
                      "press_to_act", "payment_demand", "gift_card_demand", "code_demand",
                      "move_money", "remote_steps", "credential_demand", "told_not_to_tell",
                      "fee_to_release", "fake_check", "payment_switch", "odd_payee",
                      "new_phone_steer", "overpaid_refund", "revenge_threat", "cash_parcel",
                      "fake_scan", "lookalike_site", "card_check_ask", "kin_pays_stranger", "wrong_send",
                      "prophet_seed"})
# Demands no honest caller makes, whatever the pretext: one is enough to raise the alarm.
_STRONG_DEMANDS = frozenset({"remote_tool", "gift_card_demand", "code_demand", "move_money",
                             "safe_account", "crypto_demand", "told_not_to_tell", "fee_to_release",
                             "fake_check", "payment_switch", "overpaid_refund", "revenge_threat",
                             "cash_parcel", "odd_payee", "fake_scan", "card_check_ask", "wrong_send",
                             "prophet_seed"})
# Demands made by text (``_signals_sms``): the code another service just sent (no honest
# sender wants it back), a favour or a payment, a name and address, a deposit to unlock pay.
_SMS_DEMANDS = frozenset({"sms_code_ask", "sms_favour", "sms_details_ask", "task_deposit", "call_coming",
                          "reversal_plea"})
_DEMANDS |= _SMS_DEMANDS
_STRONG_DEMANDS |= {"sms_code_ask"}
STRONG_DEMAND_BONUS = 1.0
_UNSHARED_DEMANDS = _STRONG_DEMANDS - {"move_money", "payment_switch", "odd_payee"}
UNSHARED_DEMAND_BONUS = 0.8
_PRETEXT_FAMILIES = frozenset({"it_support", "refund", "crypto_exchange", "banking", "government",
                               "utility", "prize", "family_emergency", "loan_debt", "delivery",
                               "romance_investment", "auto_warranty", "health_benefits", "job",
                               "other"})
# Offers count as a pretext too ("you qualify", "you have been selected").
_PRETEXT_KEYS = frozenset({"eligibility"})
_PRESSURE = frozenset({"urgency", "deadline", "consequence", "suspension_threat", "legal_threat",
                       "secrecy", "told_not_to_tell", "off_platform"})
_KIND_TO_FAMILY = {"it_support": "it_support", "refund": "refund",
                   "crypto_exchange": "crypto_exchange", "banking": "banking",
                   "government": "government", "prize": "prize", "delivery": "delivery",
                   "utility": "utility"}
# The ways a text offers to act on its lure.  An opt-out ("reply stop to opt out") is how to leave,
# not a way to act: it stays a hook of bulk marketing, not an action.
_SMS_ACTIONS = frozenset({"link", "shortener", "shortcode", "premium_number", "callback_demand",
                          "sms_short_code", "cheap_domain",
                          "sms_call_to_action", "ask_code", "ask_login", "ask_card",
                          "sms_number", "sms_keyword", "lookalike_link", "ip_link", "link_trick",
                          "off_platform"}) | _SMS_DEMANDS
_SMS_HOOKS = frozenset({"prize", "sms_prize_words", "free_offer", "money_offer",
                        "account_locked", "parcel_problem", "sms_adult", "sms_mobile_offer",
                        "unexpected_charge", "suspension_threat", "bank_fraud", "investment",
                        "loan_debt", "family_emergency", "tax_debt", "advance_fee", "marketing",
                        "fine_due", "sms_job", "job_offer", "parcel_trouble",
                        "money_plea", "new_number", "pay_fee", "crypto_lure", "ask_login",
                        "not_you", "storage_full", "sms_clickbait"})
SMS_ACTION_HOOK_BONUS = 1.0
# The hooks of fraud rather than of marketing: only a text with one of these leaves a number
# worth the agent's call.
_SMS_LURES = _SMS_HOOKS - {"marketing", "money_offer", "sms_mobile_offer", "free_offer"}
# A friend texts one way back; a promotion offers several (a link *and* a number, a short
# code *and* a premium line) so that whoever reads it can respond.
_SMS_REPLY_WAYS = frozenset({"link", "shortcode", "premium_number", "sms_number", "sms_short_code",
                             "sms_keyword"})
SMS_TWO_WAYS_BONUS = 0.6
# Pseudo-signals set from the number extractor rather than a phrase pattern.
SMS_NUMBER = Signal("sms_number", "smishing", 0.6, "gives a phone number to call",
                    re.compile(r"(?!)"), "sms")
CALL_NUMBER = Signal("callback_number", "tactic", 0.5, "leaves a callback number",
                     re.compile(r"(?!)"), "call")
# Signals that claim a problem the listener must fix, or dangle an offer to collect.
_PROBLEMS = frozenset({"id_suspended", "unexpected_charge", "refund_process", "crypto_account", "bank_fraud",
                       "safe_account", "legal_threat", "tax_debt", "utility_cutoff", "prize",
                       "advance_fee", "loan_debt", "parcel_problem", "investment", "romance",
                       "money_plea", "device_infected", "support_plan", "suspension_threat",
                       "recovery_offer", "account_locked", "anonymous_account", "family_emergency",
                       "penalty_due"})
# The robocall pretexts: offers and anonymous-office problems, settled "by calling us back".
_OFFERS = frozenset({"sales_offer", "rate_reduction", "debt_relief", "warranty", "benefits_offer",
                     "eligibility", "file_review", "grant_offer", "job_offer", "parcel_trouble",
                     "account_alert", "listing_threat", "lawsuit_notice", "platform_steer",
                     "owed_money"})
# A claim about the listener's account, service or benefit: what a clipped robocall keeps.
_CLAIMS = (_PROBLEMS | _OFFERS | {"unsolicited_alert"}) - {"money_plea", "family_emergency", "romance",
                                                           "prize"}
# The long con (romance, "investment", recovery): trust first, money later, so one call may
# hold no payment demand at all.  Two of these together are its shape: a pitch of returns
# with a platform or a mentor, a sweetheart abroad with a fee to release something, a move to
# WhatsApp, a secret kept from the family.
_LONG_CON = frozenset({"investment", "platform_steer", "romance", "off_platform", "fee_to_release",
                       "secrecy", "recovery_offer", "advance_fee", "job_offer"})
LONG_CON_BONUS = 1.0
# Its usual opening is a "wrong number" that keeps chatting: then the apology is no alibi.
_PITCHES = frozenset({"investment", "platform_steer", "romance", "off_platform"})
# A desk answering the customer's own call ("thanks for calling Dell support, this is Priya",
# "I see the case you opened about Outlook") checks who is calling with a code, or reads one
# out for a session: its identity check, not the account-takeover ask of a caller who rang the
# victim.  Not when the customer rang about something they were sent (a text about a charge, a
# pop-up, a hacked account: the fake desk's lure).  When nothing else of a scam is said either
# (no charge, refund, virus, payment or secret), the remote session, the login check and the
# "support" in the greeting are the help the customer asked for.  Cards, payments and gift cards
# still count, since fake desks are rung too.
_INBOUND_DESK = GatedPattern(re.compile(
    # (the customer may speak first: "customer hi my card is blocked agent good afternoon thank you for
    # calling icici bank", the desk's greeting then sits in the second turn; not "thanks for calling back")
    r"^(?:\w+ ){0,40}?(?:thanks|thank you) for (?:calling|contacting)(?! back)\b|"
    r"^(?:\w+ ){0,6}?(?:(?:thanks|thank you) for (?:calling|contacting|holding)|you (?:have )?"
    r"(?:called|reached) |(?:\w+ ){0,3}(?:support|service desk|help ?desk|customer service|"
    r"customer care|department|line|repairs?|clinic|shop|pharmacy|office|surgery|garage|salon) (?:this is|"
    r"speaking|my name is)|(?:\w+ ){0,2}this is \w+ "
    r"(?:\w+ )?how (?:can|may) i help)", re.ASCII))
_CUSTOMER_RANG = GatedPattern(re.compile(
    r"\b(?:you (?:called|rang|contacted) (?:\w+ ){0,3}(?:support|about|because|regarding)|"
    # the customer speaks first and the desk names itself after: "hi, im calling because my
    # paypal account is locked ... this is arnel with paypal", "you're through to hmrc"
    r"^(?:\w+ ){0,3}(?:im|i am|i was) (?:calling|ringing|trying to call) (?:because|about my|to (?:change|update|add|"
    r"check|ask|report|pay|close|cancel|book|get))|"
    # ... or opens on what they are stuck doing: "hi, i'm trying to create my social security account"
    r"^(?:\w+ ){0,3}(?:im|i am|ive been) trying to (?:create|set up|log ?in(?:to)?|sign in(?:to)?|open|reset|access|get "
    r"into|pay|send|cancel|change|update|activate|register) (?:my|a|an|the|our)\b|(?:youre|you are) "
    r"(?:through to(?! the (?:final|next))|speaking (?:with|to) \w+ (?:at|from|with))|"
    r"i (?:called|rang) (?:you |in )?(?:because|about|yesterday|earlier|this morning|last week|"
    r"before)|"
    r"(?:they|you) gave me a (?:ticket|case|reference) number|(?:the|your) (?:case|ticket|request) "
    r"(?:you|i) (?:opened|submitted|filed|put in|raised|logged)|you requested a call ?back|"
    r"(?:i|you) (?:put in|opened|submitted|logged|raised) (?:a|the) (?:\w+ )?(?:ticket|case)|"
    # the customer who found the number where the company prints it: "i called the number on the
    # back of my debit card", "im calling from the number in the app"
    r"(?:i called|im calling|i am calling|i rang)(?: \w+){0,2} (?:the )?number (?:on|in|from) (?:the back of )?"
    r"(?:my|the|your) (?:\w+ ){0,2}(?:card|bill|statement|app|website))\b",
    re.ASCII))
_SENT_TO_CUSTOMER = re.compile(
    r"\b(?:i|ive|we|weve) (?:just )?(?:got|received|had|have) (?:a|an|this|that|these|some) (?:\w+ )?(?:text|texts|sms|"
    r"voicemail|email|message|call|pop ?up|letter|invoice|notification|alert|warning)\b(?! (?:in|on) (?:my|the) (?:\w+ )?"
    r"(?:account|app|paypal|portal))|\b(?:screen|computer|phone|laptop|"
    r"pop ?up|message|warning|window|email|text) (?:\w+ ){0,6}(?:told|said|says|saying) (?:me )?(?:and )?to call\b|"
    # the number the customer was handed: "if i didnt authorize it to call this number", "it said my netbank
    # was suspended and gave this number", "the invoice i got in the email"
    r"\bto call (?:this|that|the) number\b|\b(?:gave|listed|showed) (?:me )?(?:this|that|a) (?:phone )?number\b"
    r"(?! on (?:the|my|your) (?:receipt|card|box|bill|statement|website))|"
    r"\b(?:invoice|receipt|bill|order|renewal)s? (?:\w+ )?(?:i|we) (?:got|received|had) in the (?:mail|email|post)\b|"
    r"\b(?:number|numbers) (?:on|from|in) (?:the|a|that|this) (?:pop ?up|email|text|message|screen|warning|invoice)\b|"
    r"\b(?:hack(?:er|ers|ed)|virus|viruses|malware)\b", re.ASCII)
# A son talking his father through TeamViewer "so I can see your screen from my house": the
# remote session of family help, spoken to a parent or grandparent by name of kin.
_FAMILY_HELP = re.compile(
    r"\b(?:okay|ok|so|hi|hey|yes|no|alright|listen|thanks|bye|no worries) (?:dad|mom|mum|grandma|grandpa|nana|"
    r"papa|auntie|aunt|uncle|gran|granny|pop|ma(?! am)|mama|momma|pa)\b|\b(?:dad|mom|mum|grandma|grandpa|"
    r"nana|auntie) (?:did|"
    r"can|do|are|just|you|youre|put|go|click|now|look|open)\b", re.ASCII)
_CODE_CHECKS = frozenset({"code_demand", "ask_code", "full_card_ask"})
# ... and checks who is on the line before it opens the record: the number that identifies
# the customer (social security, national insurance, date of birth), asked "for security".
_ID_CHECK = re.compile(r"\b(?:for security|security (?:check|questions?|purposes)|(?:verify|confirm) (?:your identity|"
                       r"who im speaking|that im speaking)|before i (?:go into|access|open|pull up) your (?:record|"
                       r"account|file)|can i (?:take|have|get) (?:your|the) (?:full )?name)\b", re.ASCII)
_ID_ASKS = frozenset({"ask_ssn", "ask_personal"})
# A card's pin asked for with the card: no pharmacy or clinic takes a pin on the phone.
_CARD_PIN = re.compile(r"\bcard and (?:your |the )?pin\b", re.ASCII)
# A poll or a survey: "we are not selling anything" is true of them.
_SURVEY = re.compile(r"\b(?:survey|poll|questionnaire|research (?:study|center|centre))\b", re.ASCII)
# A key that only picks a language ("for mandarin service press 3", "para espanol oprima 2", 如需普通话服务请按3
# as "ru xu putonghua fuwu qing an 3"): a statistics office's survey offers one too (the consulate and
# parcel campaigns carry a claim beside it, sometimes in a language the layers do not read, so only a
# survey's menu is excused).
_LANGUAGE_KEY = re.compile(r"\b(?:(?:for|para|pour) (?:english|spanish|espanol|mandarin|chinese|cantonese|french|francais|"
                           r"vietnamese|korean|tagalog|hindi|punjabi|arabic|russian)(?: service)? (?:press|oprima|marque|pulse|"
                           r"appuyez sur) \w+|(?:press|oprima|marque) \w+ (?:for|para) (?:english|spanish|espanol|mandarin|"
                           r"chinese|cantonese|french|vietnamese|korean)|ru xu (?:putonghua|pu tong hua|guoyu|yueyu|zhongwen)"
                           r"(?: \w+){0,2} qing an \w+)\b", re.ASCII)
_ANY_KEY = re.compile(r"\b(?:press|oprima|marque|pulse|appuyez|qing an|bam so|pindutin)\b", re.ASCII)
# What a fake prize asks to be paid before it is handed over.
_PRIZE_PAYMENTS = frozenset({"gift_card_demand", "advance_fee", "fee_to_release", "payment_demand",
                             "wire_cash", "ask_card", "to_store"})
# A store's own refund in store credit: "the refund went onto a gift card instead of my credit card", "bring the gift
# card into any store so they can deactivate it" (the card the customer holds, not one bought to pay someone).
_STORE_CREDIT = re.compile(r"\b(?:(?:bring|take) (?:the |your |that )?gift card (?:back )?(?:in ?to|to) (?:any|the|a|"
                           r"one of our|our|your nearest) (?:\w+ )?(?:store|branch|location|shop|customer service)|"
                           r"(?:refund|return)(?: \w+){0,4} (?:as|onto|on|to) (?:a )?(?:store credit|gift card))\b",
                           re.ASCII)
# A card alert's question about one purchase, answered with either key ("if you made this purchase
# press 1, if not press 2"): the key is the listener's answer, not the way to a salesman or a
# "representative" that a robocall's single key is.
_YES_NO_KEYS = GatedPattern(re.compile(
    r"\bif (?:you (?:made|recogni[sz]e|authori[sz]ed|did make|placed|sent) (?:\w+ ){0,16}?|yes |so |it was you |"
    r"(?:that|this) was you )press (?:1|one)\b"
    r"(?: \w+){0,6}? (?:if not|if no|if you (?:did not|do not|didnt|dont)|if (?:it|that|this) (?:wasnt|was not)"
    r"(?: you)?|otherwise)\b(?: \w+){0,6}? press "
    r"(?:2|two)\b", re.ASCII))
# ... or a poll's: "press 1 for yes, 2 for no" (a survey that turns into a pitch asks it too).
_YES_NO_ANSWER = GatedPattern(re.compile(
    r"\b(?:press (?:1|one) for yes (?:or )?(?:press )?(?:2|two) for no|"
    r"to confirm (?:it was you|(?:the|this) (?:purchase|transaction|charge)) press (?:1|"
    r"one) to decline press (?:2|two)|press (?:1|one) if you recogni[sz]e(?: \w+){0,10} "
    r"press (?:2|two) if (?:you dont|you do not|not)|"
    # "press 1 if this transaction is done by you, press 2 if it is not done by you"
    r"press (?:1|one) if (?:this|the|that|it)(?: \w+){0,3} (?:was |is )?(?:done|made|"
    r"authori[sz]ed|placed|used) by you(?: \w+){0,3} press (?:2|two)|"
    # "if this was you no action is needed, if not press 2"
    r"if (?:this|that|it) was you(?: \w+){0,2} no action (?:is )?(?:needed|required)"
    r"(?: \w+){0,2} if not press (?:1|one|2|two))\b",
    re.ASCII))
_KEYS_ONLY = frozenset({"robocall", "press_to_act"})  # a recording and its keys: no ask of their own
# The customer's own call, answered by a menu: "welcome to sbi contact centre, please enter your card number".
_IVR_WELCOME = re.compile(r"^(?:\w+ ){0,2}(?:welcome to|thank you for calling|thanks for calling)\b", re.ASCII)
# What puts the listener through to a person: a key, or the lead-generation agent's screening question.
_PROMPTS = frozenset({"press_to_act", "screening_question"})
# A card alert's own question: "did you attempt a purchase of 212 dollars at best buy".
_PURCHASE_QUESTION = re.compile(r"\b(?:did you (?:attempt|make|authori[sz]e|use|place)|was this you|if you "
                                r"recogni[sz]e (?:a|the|this) (?:\w+ ){0,3}(?:purchase|charge|transaction)|"
                                r"(?:was|is) (?:this|that) (?:purchase|charge|transaction) yours|if (?:this|that|it) "
                                r"was you|(?:is|was) (?:done|made|authori[sz]ed) by you)\b",
                                re.ASCII)
# New bank details that will come by email or text: the payment-diversion fraud's second half
# (an honest landlord who changed banks brings the paper, or says to ignore any email).
_REMOTE_DETAILS = re.compile(
    r"\b(?:(?:ill|i will|we will|well|im going to|im gonna|i am going to) (?:email|text|send) (?:you )?(?:the |an? )?"
    r"(?:new |updated )?(?:details|info\w*|routing|account|w ?9|invoice|bank)|"
    r"(?:email|text) (?:is )?coming|(?:sending|send) (?:you )?(?:an? )?updated|"
    r"(?:account|details|info\w*) in the (?:email|text|message) (?:im|i am|we are|were|ill be|i will be) "
    r"send\w*|(?:ill|i will|well|we will) text you the new|(?:call|text|email) me (?:for|"
    r"with) (?:the )?(?:new|updated) "
    r"(?:remittance|bank|banking|account|payment) (?:details|info\w*)|"
    # ... or waiting in a mail already sent: "the new wire details are in the email", "the updated
    # account is on the attached letter", "pay the balance to the new account today"
    r"(?:details|account|info\w*) (?:are |is )?(?:in|on) the (?:email|attached (?:letter|email|invoice|form)|"
    r"attachment)|(?:pay|send|transfer|wire) (?:\w+ ){0,4}to the new account|(?:account|details) (?:ill|i will|well|"
    r"we will) (?:text|email|send) "
    r"(?:you|to you))\b", re.ASCII)
# ... and the same change made safely: the details handed over in person, emails to be ignored.
_IN_PERSON_DETAILS = re.compile(
    r"\b(?:(?:bring|give|hand) (?:you )?(?:the|a) (?:paper|letter|form|details)|"
    r"(?:dont|do not) (?:use|trust) anything (?:you get )?by (?:email|text)|"
    r"ignore (?:any|all) (?:emails?|texts?))\b", re.ASCII)
# The listener paying with a card of their own choosing: "i want to pay my bill, the card on file expired"
# (a desk may then see only the last four of the old one; no issuer is asking for its own card).
_PAYING_BY_CARD = re.compile(
    r"\b(?:i (?:want|wanted|would like|need|id like|was hoping|am calling|m calling|called) to (?:pay|make a payment|"
    r"settle|update (?:my|the) card)|pay my (?:\w+ )?(?:bill|balance|invoice|account|premium|fees?)|card on file (?:has )?"
    r"expired|(?:update|change) the card on file)\b", re.ASCII)
# Evidence that the channel a message names is not the one to use (``score_text``).
_OFF_CHANNEL = frozenset({"lookalike_link", "lookalike_site", "ip_link", "payment_switch"})
# ... and links no shop's own till or app would send a reward through.
_DOUBTFUL_LINKS = _OFF_CHANNEL | {"shortener", "cheap_domain", "link_trick"}
# What makes a relative's plea for money by text a lure: a new or borrowed phone, an emergency,
# a secret.  Without them "can you lend me 40 till friday" is the family's own.
_KIN_IN_TROUBLE = frozenset({"new_number", "family_emergency", "secrecy", "new_phone_steer"})
# A new number announced and nothing more ("it's dre, new number, old one got stolen"): flagged at
# most, never rung: a relative's own news reads the same until money or a link is asked for.
_NEW_NUMBER_ONLY = frozenset({"new_number", "family_emergency"})
# A shop's sale ("black friday, 50% off, today only"): its deadline is the sale's, not a threat.
_SALE = re.compile(r"\b(?:\d+ percent off|sale|black friday|cyber monday|offer ends|deals?|discount)\b", re.ASCII)
# "a balance of 612 dollars that must be used by december 31st or it will be forfeited": a flexible
# spending account's, or points', use-it-or-lose-it date (a lure's prize is "claimed", not "used").
_USE_IT_OR_LOSE_IT = re.compile(r"\b(?:must|has to|needs to|have to) be (?:used|spent) (?:by|before)(?: \w+){1,6} "
                                r"or (?:it|they|the balance|the funds) will be forfeited\b", re.ASCII)
_SENT_BY_RAIL = re.compile(rf"\b{SENT_BY_RAIL}\b", re.ASCII)
# What sent the customer to a desk that was not the company's: an alarm, a charge, a number found
# through a search engine (the fake desks buy the ads), so the desk the customer rang is no proof.
_LURES = frozenset({"unexpected_charge", "account_alert", "bank_fraud", "device_infected", "searched_number"})
_SESSION = frozenset({"remote_tool", "remote_access", "remote_steps", "keyboard_steps", "ask_login",
                      "credential_demand", "tech_claim", "support_desk"})
_SCAM_SAID = _LURES | frozenset({
    "refund_process", "gift_card", "gift_card_demand", "move_money", "told_not_to_tell", "secrecy",
    "legal_threat", "support_plan", "crypto_demand", "payment_demand", "to_store", "wire_cash",
    "suspension_threat", "ask_card", "ask_ssn", "safe_account", "tax_debt", "advance_fee",
    "crypto_account", "fee_to_release", "overpaid_refund", "cash_parcel"})
_SCAM_ASKED = _SCAM_SAID - _LURES  # what a scammer asks for, beside the alarm he raises
_ANSWERED_BY_KEYS = _LURES | {"account_locked", "suspension_threat", "press_to_act"}  # a card alert's keys
# What honest callers promise not to ask for, and the mere mentions that promise contains.
_ASSURANCES = frozenset({"legit_no_ask", "legit_bank", "legit_otp"})
_MENTIONS = frozenset({"ask_code", "ask_login", "ask_card", "ask_ssn", "card_check_ask"})
# The story of a scam call, told afterwards to a relative, a friend or the police ("so this
# guy says he's from the irs ... and he told me to buy gift cards ... it was a scam"): reported
# speech again and again ("he goes", "and i'm like"), and the scam named.  Then every mention
# is inside the story, as with the short scopes above, however far from its "he said": no
# evidence counts.
_REPORTED = re.compile(r"\b(?:(?:he|she|they|the guy|the man|the lady|the woman|somebody|someone|"
                       r"this guy|some guy|a guy|a man|the caller) (?:said|says|told|wanted|"
                       r"asked|called|calls|kept|had)|(?:he|she|they) goes|(?:im|i was) like|"
                       r"they (?:call|say) (?:you|and)|(?:he|she) was asking me)\b",
                       re.ASCII)
_NAMED_SCAM = GatedPattern(re.compile(
    r"\b(?:scam\w*|fraud report|pretending|fake|hung up|one of those calls|"
    r"vishing|phishing|smishing|claim(?:ing|ed) to be|one of those (?:\w+ ){0,3}"
    r"(?:things|calls|ones)|"
    r"told (?:him|her|them) not to|"
    r"the report|your report|(?:take|taking|file|filed|make|made) a report|complainant|"
    # the real desk disowning the call: "that wasn't us, we don't call out for refunds"
    r"(?:that|it) (?:wasnt|was not) us|"
    # the store that would not sell the cards: "we didnt sell them to her"
    r"(?:we|i) (?:stopped|refused) the sale|(?:we|i) (?:didnt|did not|wont|will not|wouldnt|would "
    r"not) sell (?:them|it|her|him|the|any)|(?:we|i) (?:didnt|did not) (?:complete|process|"
    r"ring up|go through with) (?:it|the sale|the purchase|the transaction)|"
    r"(?:these|those) (?:\w+ ){0,3}calls|"
    r"the (?:\w+ ){0,3}trick|(?:a|the) real (?:police|bank|officer)|ever get (?:her|his|their|my|"
    r"your) money back)\b", re.ASCII))
# One of these alone marks the retelling: nobody on a live call says "he said he was from".
_RETOLD = re.compile(r"\b(?:(?:somebody|someone)s? (?:has )?been calling (?:him|her|them)|"
                     r"(?:says|said|saying) (?:theyre|they are|hes|he is|shes|she is) (?:a|an|from|with)|"
                     r"(?:somebody|someone) called (?:me |us |you |her |him |them )?"
                     r"(?:yesterday |today |earlier |just now )?(?:saying|said|"
                     r"pretending|claiming)|(?:saying|claiming) (?:he|she|they) (?:was|were|is|are) "
                     r"(?:her|his|their|my) (?:grandson|granddaughter|son|daughter|nephew|niece)|"
                     r"(?:did you hear|you wont believe) what happened|"
                     # "some man call me and say i win the lottery", "some people called me that they are from the bank"
                     # "one fellow called, he said he's army"
                     r"(?:one|some|a) (?:fellow|chap|guy|man|lady|woman|girl|boy) (?:called|rang)(?: me| us)? (?:he|she) "
                     r"(?:said|says)|"
                     r"(?:some|a|this) (?:man|guy|woman|lady|people|person) (?:call|called|ring|rang) me (?:and (?:say|said|"
                     r"tell|told)|that (?:they|he|she) (?:are|were|is|was)|saying)|"
                     # kin mopping up afterwards: "there was a man from the ato, he said ... ill report it to
                     # scamwatch and to the police"
                     r"there was (?:a|this) (?:man|guy|woman|lady) from (?:the )?(?:\w+ ){1,2}(?:he|she) (?:said|says)|"
                     r"(?:ill|i will|well|we will|we can|lets|did you) report (?:it|this) to (?:scamwatch|action fraud|the ftc|"
                     r"reportfraud|the police|the cyber)|"
                     # the customer's own account to the real desk: "i got a call from somebody saying i qualify"
                     r"(?:i|we) got (?:a|this|some) (?:call|phone call|voicemail) from (?:somebody|someone|a (?:man|guy|"
                     r"lady|woman)|some (?:guy|lady|man|woman))(?: \w+){0,3} (?:saying|claiming|telling me)|"
                     # what happened to a relative or a neighbour: "my aunt lost ..."
                     r"(?:my|our) (?:\w+ )?(?:neighbou?r|aunt|uncle|mom|mother|dad|father|grandma|"
                     r"grandmother|grandpa|grandfather|father in law|mother in law|coworker|cousin) "
                     r"(?:\w+ )?(?:lost|fell for|got (?:scammed|taken|conned)|almost (?:lost|paid|sent|"
                     r"went))|"
                     r"(?:said|says|saying|claimed|claiming) (?:he|she|they) (?:was|were|is|are)"
                     r"(?: calling)? (?:from|with)|did (?:they|he|she) (?:have you|ask you|tell you|"
                     r"want you|get you)|"
                     # a report taken down: "let me read it back for the report ... he had you install"
                     r"read it back for the report|(?:taking|take) your report|(?:a|the|your) report number|"
                     r"(?:following|follow) up on (?:your|the) report|"
                     r"you called (?:in|us) about (?:a|the) (?:scam|fraud)|"
                     r"(?:got|received) an? (?:email|text|message) from you (?:asking|telling|saying)|"
                     # the store that stopped the sale: "we refused the sale", "i noticed you bought"
                     r"told (?:us|me) (?:that )?(?:someone|somebody) from|refused the sale|"
                     r"(?:the )?cashier said (?:you|youre|she|he)|"
                     r"(?:i|we) noticed you (?:bought|"
                     r"were buying|are buying|tried to buy)|"
                     # the victim's own account of the call: "they said my social security number was used"
                     r"(?:they|he|she) (?:said|told me) (?:that )?my (?:social|ssn|computer|account|bank|grandson|"
                     r"granddaughter)|"
                     # the cashier or the manager who stopped the sale, the relative who got a call
                     r"can i ask (?:you )?(?:who|what) (?:they|these|those|the (?:\w+ )?cards) are for|"
                     r"(?:we|i) (?:stopped the sale|didnt sell|did not sell|wont sell|will not sell)|(?:hes|shes|he is|"
                     r"she is|he was|she was) on the phone with (?:somebody|someone|a man|a guy)|"
                     r"(?:was|came) (?:in|here)(?: \w+){0,2} (?:and )?tried to (?:buy|"
                     r"purchase|send|wire)|(?:she|he|they) got a (?:call|text|"
                     r"email) from|(?:the guy|the man|he|she|they) had (?:her|him|them) (?:convinced|"
                     r"believing|thinking)|(?:he|she|they|the man|a man|the caller)(?: \w+){0,4} had "
                     r"you (?:install|download|buy|send|give|read|go|log|move|withdraw))\b", re.ASCII)
# ... or a relative's call told to a friend: "my mom got a call saying her computer had a virus",
# "did you see the thing about the calls where they say they're from amazon".
_KIN_GOT_A_CALL = GatedPattern(re.compile(
    r"\b(?:(?:my|our) (?:\w+ ){0,2}(?:mom|mother|dad|father|grandma|grandmother|grandpa|grandfather|aunt|"
    r"uncle|neighbou?r|coworkers? \w+|nephew|niece|cousin|brother|sister|son|daughter|husband|wife|in law|"
    r"friend) (?:\w+ ){0,4}(?:got|gets|received|had gotten) (?:a|this|one of those|these|an) (?:\w+ )?(?:call|"
    r"calls|text|email|pop ?up)|(?:my|our) (?:\w+ ){0,2}(?:mom|mother|dad|father|grandma|grandpa|aunt|uncle|"
    r"neighbou?r|cousin|brother|sister) got the (?:\w+ ){1,4}one\b|what happened to (?:my|our) (?:\w+ ){0,2}(?:mom|"
    r"mother|dad|father|grandma|grandpa|aunt|uncle|neighbou?r|cousin|brother|sister)|"
    r"did you (?:see|hear) (?:the thing |that thing |"
    r"about )|"
    # "my wife's just had a call saying they're bt", "mom texted me you got a weird call", "can i read you something?
    # i've had a text", "abeg i wan read you one message make you tell me if e real"
    r"(?:my|our) (?:\w+ ){0,2}(?:wifes|husbands|moms|mums|dads|mothers|fathers|grandmas|grandads|sons|daughters|"
    r"wife|husband) (?:just )?(?:had|has had) (?:a|this|one of those|an) (?:\w+ )?(?:call|text)|"
    r"(?:texted|told|messaged) me (?:that )?(?:you|she|he) got a (?:\w+ )?(?:call|text|message)|"
    r"(?:can|could|may|let) (?:i|me) read you (?:something|this|one|a)|i (?:wan|want to|wanna) read you|"
    # "so what did the man say? he said he's a prophet ..."
    # (not "what did the lady say": the scammer's question about the cashier who refused the cards)
    r"what did (?:the|that) (?:man|guy|caller) (?:say|want|tell you))", re.ASCII))
RETELLING_OPENS = 120  # characters: the retelling is what the chat opens with
_CALLED_A_SCAM = re.compile(r"\b(?:thats|that is|its|it is|this is) (?:a |just a |all a )?(?:scam|fake)\b", re.ASCII)
# ... as is a broadcast: a radio show, a podcast or the evening news about scams names every
# tactic and reads its own phone-in number.
_BROADCAST = GatedPattern(re.compile(
    r"\b(?:(?:youre|you are) listening to|role ?play|welcome (?:back )?to (?:the )?"
    r"(?:\w+ ){0,3}(?:show|stream|"
    r"program|podcast|broadcast)|im your host|(?:this is|welcome to) the (?:\w+ ){1,3}"
    r"podcast|tonight on (?:channel|the)|consumer (?:watch|alert|reporter|report)|"
    r"this (?:episode|segment)|our (?:listeners|viewers)|(?:back|here) in the studio|"
    r"on the air|(?:this is|on) channel \w+ (?:news|eyewitness)|in your corner|"
    # ... or a class: "our training today is about vishing"
    r"(?:training|class|session|seminar|webinar|presentation|workshop) (?:today |this "
    r"\w+ )?is (?:about|on)|"
    # ... or a talk at the senior centre: "today we're going to talk about phone scams"
    r"(?:today|tonight) (?:we are|were|im|i am|i want to|we want to|lets) (?:going to |gonna )?"
    r"(?:talk|talking) about|on (?:todays|this weeks|tonights) (?:episode|show|segment|program|"
    r"podcast)|this (?:next )?slide|raise your hands?|public service talk)\b", re.ASCII))
RETOLD_REPORTS = 3
# ... or warns about them, again and again: a scam-awareness talk, a bank's lecture.
_WARNS = re.compile(r"\b(?:(?:dont|do not|never) (?:ever )?(?:call|give|send|buy|pay|share|click|press|"
                    r"wire|trust|answer)|hang up|if (?:you|someone|anyone|somebody) (?:ever )?(?:get|gets|"
                    r"receive|receives|calls|see|sees)|(?:scam|fraud) (?:awareness|prevention) (?:talk|class|"
                    r"seminar|presentation|workshop)|talk(?:ing)? about (?:\w+ )?scams|(?:will|would) "
                    r"never (?:ask|call|request)|will not call you)\b", re.ASCII)
WARNINGS = 3
# ... unless the caller talks the listener past them: the bank app's "could this be a scam" screen read aloud,
# then "ignore that", "that line is also compromised", "that screen is the fraudster's".
_WARNING_DISMISSED = re.compile(r"\b(?:(?:just )?ignore (?:that|it|this|the (?:warning|message|screen))|(?:that|the) "
                                r"(?:line|number) is (?:also )?compromised|(?:that|this) (?:screen|message|warning) is "
                                r"(?:from )?the (?:fraudster|hacker|scammer|criminal)s?)\b", re.ASCII)
RECOUNTED = Signal("legit_recounted", "legit", -1.5, "retells a scam call someone received",
                   re.compile(r"(?!)"), "call")
CALLBACK_DEMAND = next(sig for sig in SIGNALS if sig.key == "callback_demand")
WRONG_NUMBER = next(sig for sig in SIGNALS if sig.key == "legit_wrong_number")
# The stranger's openers that the long con's pitch turns into its first line: a wrong number, "sorry to bother you".
_OPENERS = frozenset({WRONG_NUMBER.key, "legit_apology"})
CALLBACK_PROBLEM_BONUS = 1.0
_CALLBACK_ASKS = frozenset({"callback_demand", "callback_number"})
# A key offered only to leave the list ("if you dont want calls from us press 2", "to be removed from our
# list press nine", "press 9 to opt out"): how a telemarketer who follows the rules ends its pitch.  It
# still reads as a robocall's key (scam robocalls end the same way), but an offer whose only keys are these
# is an offer and a call-back, as honest sellers leave.  So is a key that only plays the message again ("to
# hear this message again press 1", "press 1 to repeat this message"): a pharmacy's or an airline's notice
# ends with it, and a scam's recording offers it only beside the key that reaches its desk.
_REPLAY = r"(?:hear|repeat|replay) (?:this|the|that) message"
_OPT_OUT_KEY = re.compile(
    r"\b(?:(?:if you (?:do not|dont|no longer|would not|wouldnt|would rather not) (?:want|wish|like)(?! to (?:continue|keep|"
    r"renew|cancel))|(?:to|if you(?:d| "
    r"would) like to) (?:opt out|be removed|unsubscribe)|to (?:stop|end) (?:receiving |getting )?(?:these |our |future |"
    rf"further )?(?:calls|messages)|to {_REPLAY}(?: again)?)(?: \w+){{0,6}}? (?:please )?{KEY_PROMPT}|{KEY_PROMPT} "
    r"(?:to|and) (?:opt out|be "
    r"removed|unsubscribe|stop (?:receiving |getting )?(?:these |our |future |further )?(?:calls|messages)|be (?:placed|"
    rf"put|added) on (?:our|the) do not call|{_REPLAY}\b))", re.ASCII)
_KEY_SIGNALS = frozenset({"robocall", "press_to_act"})


def _pretext_said(fired: list[Signal], keys: set[str]) -> bool:
    """Whether the signals themselves carry a pretext (a family's claim, or an offer's "you
    qualify"): ``score_text``'s pretext before the brand it claims, and what an opt-out key's
    recording must lack for its key to count for nothing."""
    return (any(sig.family in _PRETEXT_FAMILIES and sig.weight > 0 for sig in fired)
            or bool(keys & _PRETEXT_KEYS))


def _opt_out_keys_only(norm: str) -> bool:
    """Whether every key prompt of ``norm`` is an opt-out (``_OPT_OUT_KEY``), and there is one."""
    if not ("press" in norm or "hit" in norm or "push" in norm):
        return False
    rest = _OPT_OUT_KEY.sub(" ", norm)
    return rest != norm and _ANY_KEY.search(rest) is None
ADDRESSED = next(sig for sig in SIGNALS if sig.key == "legit_addressed")
# The listener's own ways back: the number on the card, the portal, the employer's desk, and a
# key that confirms or answers yes or no (no robocall of the dev sets that is rung carries one).
_OWN_CHANNELS = frozenset({"legit_bank", "legit_workplace", "legit_press", "legit_own_site"})
# What a caller who already deals with the listener need not ask for over the phone.
_DETAIL_ASKS = frozenset({"ask_ssn", "ask_card", "ask_code", "ask_login", "ask_personal",
                          "credential_demand"})
SOFT_ENGAGE = 90
_CUT_OFFS = frozenset({"utility_cutoff", "suspension_threat"})
_IMMINENT = re.compile(r"\b(?:today|tonight|right now|within (?:the next )?(?:\w+ ){0,2}(?:minutes?|"
                       r"hours?)|in (?:the next )?(?:\w+ ){1,2}(?:minutes|hours?))\b", re.ASCII)
# ... unless the cut-off itself has a date: "scheduled for disconnection on wednesday the 9th" (a
# co-op's notice; "call the office today" is then about the medical certificate, not the cut-off).
_DATED_CUT_OFF = re.compile(rf"\b(?:disconnect\w*|shut ?off|cut ?off|suspen\w+|interrupt\w*)(?: \w+){{0,4}} (?:on|for|"
                            rf"after) (?:{CALENDAR_DAY}|the \d+(?:st|nd|rd|th)\b)", re.ASCII)
# What honest callers with a matter to settle say too: a problem, an offer, a deadline, who
# they are and a number to ring (``_not_to_ring``), and "this is an automated message" when
# no key is offered.
# A threat of court, a parcel held for a fee and a fee up front are more than that.
_SOFT_EVIDENCE = ((_PROBLEMS | _OFFERS | _PRESSURE | _CALLBACK_ASKS | {"authority_ids", "dictation"})
                  - {"legal_threat", "parcel_problem", "advance_fee"})
VOICEMAIL_CHARS = 700  # about two minutes of one-sided speech
# Work the utility plans on its own lines: "a planned outage notice", "power will be turned off
# thursday to perform necessary maintenance" (a website "down for maintenance" is a scam's excuse).
_PLANNED_WORK = re.compile(r"\b(?:(?:planned|scheduled) (?:power |electric |electricity |gas |water |service )?"
                           r"(?:outage|maintenance|interruption|shutdown|work)|(?:to (?:perform|carry out|complete|do)|"
                           r"(?<!down )for) (?:some )?(?:necessary |routine |planned |scheduled |"
                           r"essential )?(?:maintenance|"
                           r"upgrades|line work|pole replacement)|for the (?:riser|boiler|water main|main valve)|"
                           # a fire-season shutoff: "a public safety power shutoff notice, with extreme fire danger"
                           r"public safety power shut ?offs?|(?:extreme )?fire (?:danger|weather|risk) (?:is )?forecast)\b",
                           re.ASCII)
# A relative who pays most of it themselves: "bail's fifteen hundred and i can cover most of it", "i can pay
# half when i get paid".  No fake grandson or his "lawyer" offers to share the cost.
_OWN_SHARE = re.compile(r"\b(?:i can|i could|ill|i will|we can|we could) (?:cover|pay|put up|chip in) (?:most|half|part|"
                        r"some)\b", re.ASCII)
_KIN_ASKS = frozenset({"family_emergency", "money_plea"})
# The card's own ways back named in a text: a card alert that names only a number of its own is no bank's.
_CARD_BACK = re.compile(r"\b(?:back of (?:your|the) card|on your (?:card|statement)|in (?:the|our) app)\b", re.ASCII)
# A card alert that leaves its fraud line's hours ("available 24 hours a day", "between 8 am and 11 pm
# eastern") gives an institution's line, open whenever the listener calls; a fake fraud department wants
# the call now, a key pressed, a code read.
_LINE_HOURS = re.compile(r"\b(?:(?:between|from) (?:\d{1,2}|eight|nine|seven) (?:am|a m) (?:and|to|until) "
                         r"(?:\d{1,2}|five|six|eight|nine|ten|eleven) (?:pm|p m)|(?:available|open) (?:24 hours|24 7|"
                         r"twenty four hours|twenty four seven|round the clock|around the clock)|any ?time day or "
                         r"night|(?:24|twenty four) hours a day)\b",
                         re.ASCII)
# What a card's fraud line says of the card: an alert, a hold, "have your card handy" when you call.
_CARD_ALERT = frozenset({"bank_fraud", "account_alert", "ask_card"})
# A bank that has already stopped the payment it questions: "a zelle payment of 975 to tyler r ... we've paused it for
# 24 hours".  The impostor who says so then asks for more (a code, a move to a "safe" account, a key to press).
_PAYMENT_HELD = GatedPattern(re.compile(
    r"\b(?:weve|we have|we|ive|i have|i) (?:paused|held|stopped|frozen|put a hold on|placed a hold "
    r"on) (?:it|the (?:\w+ )?(?:payment|transfer|transaction|wire))\b", re.ASCII))
_PAYMENT_NAMED = re.compile(r"\b(?:payment|transfer|zelle|wire|transaction)\b", re.ASCII)  # not "a hold on your account"
_HELD_ASKS = frozenset({"gift_card", "press_to_act", "secrecy"})
# A bank's automated fraud alert about a payment out of the account: "frost fraud alert, we noticed a zelle
# payment of 900 dollars to a new recipient; if you did not make this payment press 1 now or call us".  The
# impostor's robocall reads word for word the same until it asks for more (a code, a reversal sent back,
# a gift card), so one that asks nothing more is flagged but never rung: the costliest error is ringing a bank.
_PAYMENT_QUESTIONED = GatedPattern(re.compile(
    r"\b(?:noticed|detected|flagged|see|saw|spotted) an? (?:zelle |wire |pending |large "
    r"|new )?(?:payment|transfer|transaction|withdrawal) of\b", re.ASCII))
# (the alert's own key is its reply way, not an ask of the impostor's)
_QUESTIONED_ASKS = _HELD_ASKS - {"press_to_act"} | {"crypto_lure"}
_HURRIED_ASKS = _STRONG_DEMANDS | {"ask_code", "ask_login", "credential_demand", "press_to_act", "urgency",
                                   "secrecy", "wire_cash", "gift_card"}
PRETEXT_DEMAND_BONUS = 1.0
PRESSURE_BONUS = 0.6
PRESS_PRETEXT_BONUS = 0.8
# A recorded call that asks for a key press to reach a person and says nothing an honest
# notice says (a visit to confirm, the number on your card, "if you have already paid"):
# that is the shape of the illegal telemarketing robocall, whatever it sells this month.
COLD_PROMPT_BONUS = 0.8
# A recorded claim cut to a few words with no way back (``_clipped_claim``).
CLIPPED_CLAIM_WORDS = 30
CLIPPED_CLAIM_BONUS = 2.0
_FIRST_PERSON = re.compile(r"\b(?:i|my|me|im|ive|id|mine)\b", re.ASCII)
_SECOND_PERSON = re.compile(r"\b(?:you|your|youre|youve)\b", re.ASCII)
BRAND_BONUS = 0.4
CLAIM_BONUS = 0.6
CLAIM_NOTE = "claims to be"  # the note a claimed brand leaves, read by ``_not_to_ring``
# Signs that the caller already deals with the listener: a pharmacy, a delivery, a business
# returning a call.  Then a brand that "never cold-calls" is not cold-calling.
_RELATIONSHIP = frozenset({"legit_business", "legit_appointment", "legit_delivery", "legit_due_date",
                           "legit_street_address"})
# Brands and agencies that do not phone people about their accounts, so a caller who
# says "this is Microsoft" / "your Amazon account" / "Social Security" is suspect already.
_NEVER_COLD_CALL = frozenset({"it_support", "refund", "crypto_exchange", "government", "prize"})
AGENCY_BONUS = 0.6


@functools.cache
def _gate() -> LiteralGate:
    """One prefilter over every signal and brand pattern and the scorer's own ``_GATED`` ones
    (built on first use, not at import); signals are gated branch by branch (``LiteralGate``,
    ``split``).  Each gated pattern then reads the gate's findings on the text it last read."""
    gate = LiteralGate([sig.pattern for sig in SIGNALS] + [brand.pattern for brand in BRANDS]
                       + [pattern.compiled for pattern in _GATED], split=_FIRST_GATED)
    for index, pattern in enumerate(_GATED, start=_FIRST_GATED):
        pattern.bind(gate, index)
    return gate


# Honest callers talk about scams to warn against them ("we will never ask you to pay with a
# gift card", "if someone calls and asks for the code just hang up", "they called my mom saying
# they could speed things up for a fee"); the victim of a scam-baiting call refuses ("i dont
# have any gift cards").  A mention of a demand or a threat inside such a scope is not the
# speaker making it.  The scope is the few words before the mention (speech recognition gives
# no punctuation to end it), as in NegEx; a threat's own condition ("if you do not pay...")
# is no denial.  A signal counts when any one of its mentions is outside every scope.
_SCOPED = frozenset({"payment_switch", "odd_payee", "gift_card", "gift_card_demand", "wire_cash",
                     "payment_demand", "code_demand", "credential_demand", "ask_code", "ask_card",
                     "ask_login", "ask_ssn", "ask_personal", "remote_tool", "remote_access",
                     "remote_steps", "crypto_demand", "fee_to_release", "advance_fee", "move_money",
                     "safe_account", "prize", "money_plea", "account_alert", "utility_cutoff",
                     "suspension_threat", "urgency", "consequence", "legal_threat",
                     "platform_steer", "to_store", "unexpected_charge", "parcel_problem",
                     "account_locked"})
SCOPE_CHARS = 80
# A negation right after "if you" is a threat's condition ("if you dont pay..."), no denial.
_NOT_A_CONDITION = r"(?<!if you )(?<!if you do )(?<!if you did )(?<!if u )"
_DENIAL = re.compile(
    r"\b(?:"
    # a denial: "we will never call you and ask", "i dont want to buy", "no one will ask", "police will never
    # arrest you on a video call or ask you to transfer money"
    # a tool taken off: "we cleaned it up and took off that remote access program"
    r"(?:took off|removed|uninstalled|got rid of) (?:that|the|this|those|your)(?= $)|"
    rf"{_NOT_A_CONDITION}(?:never|not|dont|wont|doesnt|didnt|wouldnt|shouldnt|"
    r"cannot|cant|no one|nobody) (?:(?:from|at|in) (?:this|our|the) (?:\w+ )?(?:office|bank|company|"
    r"department|court) )?"
    # (a new subject ends the denial: "so it doesnt get referred ill need you to buy the cards")
    r"(?:(?!(?:i|we|he|she|they|so|but|then|ill|youll|theyll|im|youre) )\w+ ){0,3}"
    r"(?:ask|asks|call|calls|charge|charges|"
    r"request|require|need|needs|accept|accepts|take|takes|demand|contact|text|email|want|send|"
    r"give|share|buy|install|pay|tell|read|use|click|do|arrest|arrests)|(?:dont|do not|never) let (?:anybody|anyone|them|"
    r"strangers)"
    # the same in Spanish: "nunca le vamos a pedir su nip", "ice no cobra por telefono", "no se lo de a nadie", "si
    # alguien se los pide", "aunque diga que es del banco"
    r"|(?:nunca|jamas|no|ni) (?:(?:le|les|te|se|lo|la|los|las|me|nos|va|vamos|van|a|usted|ustedes) ){0,4}(?:pide|pedimos|"
    r"piden|pedira|pediremos|pedir|cobra|cobramos|cobran|cobrar|solicita|solicitamos|solicitan|solicitar|de|des|den|"
    r"comparta|compartas|compartir|dar|acepta|aceptamos|aceptan|aceptar|pague|pagues|pagar|hace|"
    r"hacemos|hacen)|si (?:alguien|alguna persona|le llaman|lo llaman|le piden|te piden|te llaman)|aunque (?:diga|digan)|"
    r"(?:le|me|nos|les) (?:dijeron|dijo) que|diciendo(?:le|me|nos)? que|supuestamente|"
    r"(?:estafadores|delincuentes|ladrones) (?:\w+ )?(?:piden|llaman|dicen|usan|se hacen)"
    # a warning about what scammers do
    r"|(?:scammers?|fraudsters?|crooks|criminals) (?:(?:are|have been) )?(?:will|may|might|can|could|often|sometimes|"
    r"usually|call|calling|ask|asking|pretend|pretending|say|saying|claim|claiming|want|try|trying|threaten\w*|"
    r"text\w*)|pretend\w*|claiming|saying|supposedly|they (?:say|said)|"
    r"say they|said they|if (?:someone|anyone|somebody)|(?:anyone|someone) (?:who|that)|"
    # "anyone asking for a fee to recover it is part of the same thing", "i was told to move it to a safe account"
    r"(?:anyone|anybody|someone|somebody) (?:asking|charging|demanding|wanting|telling you)|"
    r"(?:i|we) (?:was|were) (?:told|asked|instructed) to|"
    # no obligation, right before the mention: "so i dont have to pay now", "you wont need to send anything" (not
    # "a grant that does not have to be repaid ... a processing fee")
    r"(?:dont|do not|doesnt|does not|wont|will not|didnt) (?:even )?(?:have|need) to(?= $)|"
    r"(?<!dont )(?<!do not )(?:beware|be careful|ignore) \w+|(?:we|i|to|want to) warn (?:you|"
    r"everyone|customers|people)|warning (?:about|against)|hang up"
    # a question about what someone else asked, or the story of what a scammer made them do
    r"|(?:has|have|did|does) (?:anyone|someone|somebody|they) (?:\w+ )?(?:ask|tell|call|want)\w*|"
    # (not a messenger's errand: "she asked me to contact you", the fake lawyer's opening)
    r"(?:he|she|they|one of (?:them|those|these)|the (?:man|woman|caller|seller|buyer|guy|lady)) (?:got|told|made|"
    r"asked|wanted) me to"
    r"(?! (?:contact|call|reach|"
    r"let) you)|(?:he|she|they|the man|a man|the caller|someone|somebody)(?: \w+){0,4} had me|(?:he|"
    r"she) said|(?:who|he|she|they|the man|someone|somebody) tried to (?:get|make|have) you|"
    r"(?:someone|somebody)(?: \w+){0,4} (?:wanted|asked for|demanded)|"
    r"i had to"
    # what the listener received or already paid with
    r"|(?:notice|letter|email|bill) (?:that|saying|says)|(?:you|i|we) (?:paid|purchased) "
    r"(?:it |this |that )?(?:with|using|by))\b"
    # a new clause ends the scope: "i dont want to buy gift cards / sir you have to buy them"; a gag order is no denial:
    # "i dont want mum to know / can you send 850 to my friends account"
    r"(?!.*\b(?:if you|or else|otherwise|but|now|so|okay|ok|sir|maam|madam|listen|have to|to know|to find out|"
    r"need to|must|just|only|pero|tiene que|necesito que|senor|senora|mire)\b)")
# ... or right after it: "pay with a prepaid card, we never do that"; "gift cards, that is a
# scam"; and a fee that is handed back ("the delivery fee will go back to your card") rather
# than one that "will be refunded later", which is the advance-fee scammer's own promise.
_DISOWNED = GatedPattern(re.compile(
    r" (?:scams?\b|(?:\w+ ){0,5}?(?:(?:that|thats|this|it|its|those|these) (?:is |are )?(?:a |all |"
    r"always )?(?:scams?|fraud|fake)|(?:we|they|i) (?:will )?(?:never|dont|do not|wont|will not) "
    r"(?:do|ask|accept|take|call) (?:that|this|for|those|it|you)|(?:by mistake|in error)|(?:dont|"
    r"do not) (?:do (?:it|that|this)|fall for)|(?:and )?(?:we|i) (?:have |had |just )?(?:removed|uninstalled|deleted) "
    r"(?:it|them|that|those))|(?:\w+ )?(?:will go back to (?:your|the)|(?:is|was|"
    r"has been) (?:waived|refunded|credited back|paid)))\b"))


# The listener's own words right before it: a question ("do i need to install anything") or
# what they received ("i got a shut off notice").
_LISTENER = re.compile(r"\b(?:(?:do|should|would|could|can|must|shall) (?:i|we)|i (?:got|"
                       r"received|have|had)(?: a| an| the| this| that| your| my)?) (?:\w+ )?$|"
                       # what the listener offered: "thanks for signing up to buy the gift cards"
                       r"\b(?:signing|signed) up to $|\b(?:offered|volunteered|agreed) to $|"
                       # the customer's own visit: "you came in this morning to withdraw seven thousand"
                       r"\byou (?:came|come|stopped|popped|were) (?:in|by|into \w+)(?: \w+){0,3} to $|"
                       # what a repair shop took off the machine: "we removed the malware and a remote
                       # access program"
                       r"\b(?:we|i|weve|ive) (?:have )?(?:removed|uninstalled|deleted) (?:\w+ ){0,5}$|"
                       # the speaker paying the listener: "ill venmo you tonight", "i sent your bill
                       # money on venmo"
                       r"\bi (?:just )?(?:sent|paid|transferred) (?:you |your )?(?:\w+ ){0,4}(?:on |by |through |"
                       r"via )?$|"
                       r"\b(?P<future>ill|i will|im going to|let me|ill just) $|"
                       # a bare negation right before it: "ill never need your password"
                       rf"{_NOT_A_CONDITION}\b(?:never|not|dont|wont|doesnt|didnt|cannot|cant|isnt|"
                       r"arent|wasnt) (?:a |an |any )?$|"
                       r"\b(?:never|not) (?:by|with|through|via|in|as) (?:a |an )?$|"
                       # none of it: "theres no return shipping fee", "without a fee"
                       r"\bno (?:more )?$|\bnothing (?:that )?$|"
                       r"\b(?:(?:theres|there is|there are|therell be|with|and) no|without(?: a| any)?) "
                       r"(?:\w+ )?$")


# What follows "ill" when the speaker asks rather than acts: "ill need the pin you use".
# ... or hands the listener on: "im going to connect you to the cyber police".
# ... or sends a link for the listener's card: "ill text you a link, just put your card in there".
# ... or names the payee to come: "ill send you the name to put it under".
_ASKED_NEXT = re.compile(r"(?:need|want|have to|require|(?:connect|transfer|forward) you|(?:mail|ship|send|fedex|courier|"
                         rf"post) (?:you )?the keys?|(?:send|text|give) you the name to|{LINK_FOR_CARD})\b")


def _denied(norm: str, match: re.Match[str]) -> bool:
    """Whether ``match`` sits in a denial, a warning, reported speech or the listener's words."""
    start, end = match.span()
    listener = _LISTENER.search(norm, max(0, start - 32), start)
    if listener is not None and listener.group("future") and _ASKED_NEXT.match(norm, start):
        listener = None  # "ill need the pin you use": the caller's demand, not the speaker's own act
    return (_DENIAL.search(norm, max(0, start - SCOPE_CHARS), start) is not None
            or listener is not None
            or _DISOWNED.match(norm, end, end + SCOPE_CHARS) is not None)


# A gift card given, not asked for: "you won a fifty dollar visa gift card", "the refund went on
# a target gift card" (a check won is still the prize scam's, so only the card is excused).
_GIVEN = re.compile(r"\b(?:you (?:have )?won|refund went on) (?:a |an |the )?(?:\w+ ){0,3}$", re.ASCII)
# ... or a present: "a target card for lilys sweet sixteen", "the amazon card for her graduation".
# A cover story for the cashier ("if she asks say its for your grandsons birthday") is the
# scam's own stage direction, so a call that has one anywhere excuses no card.
_PRESENT = re.compile(r"\b(?:birthday|bday|graduation|christmas|hanukkah|anniversary|wedding|"
                      r"sweet sixteen|stocking|baby shower|secret santa|retirement|farewell|going away|"
                      r"get well|housewarming|teacher gift)\b", re.ASCII)
_COVER_STORY = re.compile(r"\b(?:say|tell (?:\w+ ){0,2}?(?:them|her|him|they))(?: that)? (?:it is|its|"
                          r"they are|theyre|these are|you are|youre) (?:\w+ ){0,2}for\b", re.ASCII)
PRESENT_CHARS = 90
# ... or cards handed in where a drive collects them: "donate grocery gift cards ... you can drop them at
# the pantry", "please drop it at the parish office" (no fake pastor can take a card in his hand).
_HANDED_IN = re.compile(r"\b(?:drop|bring|leave|put) (?:them|it|the cards?|your cards?|gift cards?)(?: off)? (?:at|to|in|by|"
                        r"into) (?:the|our) (?:\w+ ){0,2}(?:pantry|church|parish|office|desk|school|envelope|box|bin|"
                        r"table|hall|station|centre|center|library|counter|reception)\b", re.ASCII)
_PRESENTS = frozenset({"gift_card", "gift_card_demand"})
# ... but no present has its codes scratched and sent back ("scratch them and text me the numbers")
# or is given over the phone ("this christmas you can give over the phone with a gift card")
_READ_OUT = re.compile(r"\b(?:(?:scratch|peel)(?: \w+){1,3} and (?:(?:text|send|read|give|tell) (?:me|us)|(?:send|text|read) "
                       r"(?:the|them|a (?:picture|photo)))|"
                       r"(?:read|text|send|give) me the (?:codes|numbers|card numbers|pins)|"
                       r"(?:send|text|email) (?:me |us )?(?:a |the )?(?:pictures?|photos?|pics?) of (?:the )?(?:backs?|codes?|"
                       r"cards?|gift cards?)|"
                       r"over the phone (?:with|by|using) (?:a |an )?gift cards?)\b", re.ASCII)
# A list carries its scope on: "has anyone asked you to install anydesk or teamviewer".
_LIST_LINK = re.compile(r" (?:\w+ )?(?:or|and|nor) (?:\w+ )?")


def _a_present(norm: str, match: re.Match[str]) -> bool:
    """Whether the card at ``match`` is a present for an occasion named beside it, or one handed in
    where a drive collects them."""
    start, end = max(0, match.start() - PRESENT_CHARS), match.end() + PRESENT_CHARS
    return ((_PRESENT.search(norm, start, end) is not None or _HANDED_IN.search(norm) is not None)
            and _COVER_STORY.search(norm) is None and _READ_OUT.search(norm) is None)


# A teller's or a relative's screening question: "has anyone asked you to take this money out or to keep it
# secret?" (a scammer's secrecy is said, not asked about; its own negations, "dont tell the cashier", are
# no denial, so these two signals are not ``_SCOPED``).
_SCREENED = frozenset({"told_not_to_tell", "secrecy"})
_SCREENING = re.compile(r"\b(?:has|have|did|does|is) (?:anyone|someone|somebody|anybody) (?:\w+ )?(?:asked|told|"
                        r"instructed|asking|telling|pressuring|pressured)\w* you(?: \w+){0,12} $", re.ASCII)
SCREENING_CHARS = 90


def _occurs(sig: Signal, norm: str, pattern: Regex | None = None) -> bool:
    """Whether ``sig`` occurs in ``norm`` outside every denial (for the signals that have one).

    ``pattern``: the gate's narrowed form of ``sig.pattern`` for this text (same matches).
    """
    pattern = pattern or sig.pattern
    if pattern.search(norm) is None:
        return False  # most candidates: settled by one search, before walking any matches
    if sig.key in _SCREENED:
        return any(_SCREENING.search(norm, max(0, match.start() - SCREENING_CHARS), match.start()) is None
                   for match in pattern.finditer(norm))
    if sig.key not in _SCOPED:
        return True
    denied_until = -1
    for match in pattern.finditer(norm):
        listed = denied_until >= 0 and _LIST_LINK.fullmatch(norm, denied_until, match.start())
        given = ((sig.key == "gift_card"
                  and _GIVEN.search(norm, max(0, match.start() - 32), match.start()) is not None)
                 or (sig.key in _PRESENTS and _a_present(norm, match)))
        if not listed and not given and not _denied(norm, match):
            return True
        denied_until = match.end()
    return False


# The victim's own report to the police or the bank: "i lost 130 thousand to a fake crypto
# exchange", "i think ive been scammed", "i was told to call here to make a report".  Told to
# a "recovery" desk, the same report is the opening of the next scam.
_VICTIM_REPORT = re.compile(r"\b(?:(?:i|we) lost (?:\w+ ){0,6}to (?:a|an|the|some) (?:fake|scam\w*|fraudulent|"
                            r"bogus)|i think (?:ive|i have|i was|i got) (?:been )?(?:scammed|conned|defrauded)|"
                            r"(?:told|asked) to call (?:here|you|this number) to (?:make|file) a report)\b", re.ASCII)
_RECOVERY = re.compile(r"\b(?:recovery (?:team|agent|desk|service|unit|firm|specialist|department)|(?:help (?:you )?|"
                       r"we can |we will |well )recover)", re.ASCII)


def _recounted(norm: str) -> bool:
    """Whether ``norm`` retells or warns about scam calls (``_REPORTED``, ``_WARNS``, a chat
    that opens on a relative's call, ``_KIN_GOT_A_CALL``, kin calling a pop-up "a scam" while
    they talk a relative through it) rather than being one."""
    if _KIN_GOT_A_CALL.search(norm, 0, RETELLING_OPENS):
        return True  # how the chat opens; said in passing mid-call it is a baiter's aside
    named = _NAMED_SCAM.search(norm) is not None  # (it reads every "scam" and "fake" first)
    if named and _CALLED_A_SCAM.search(norm) and _FAMILY_HELP.search(norm):
        return True  # kin talking a relative through the pop-up: "that's a scam, press control alt delete"
    if _BROADCAST.search(norm):  # a broadcast that names the scam or warns once is about it
        return named or _WARNS.search(norm) is not None
    if named and _VICTIM_REPORT.search(norm) and not _RECOVERY.search(norm):
        return True
    return named and (_RETOLD.search(norm) is not None
                      or len(_REPORTED.findall(norm)) >= RETOLD_REPORTS
                      or (len(_WARNS.findall(norm)) >= WARNINGS and _WARNING_DISMISSED.search(norm) is None))


def _fired(norm: str, channel: str, candidates: list[tuple[int, Regex]]
           ) -> list[Signal]:
    """The signals whose pattern occurs in ``norm``, trying only the gate's candidates."""
    fired = []
    for index, pattern in candidates:
        if index >= len(SIGNALS):
            break
        sig = SIGNALS[index]
        if (sig.channel == "any" or sig.channel == channel) and _occurs(sig, norm, pattern):
            fired.append(sig)
    return fired


# The customer who saw the pop-up's number and rang the company instead: "it said to call a number,
# but i didnt call it, i called you".
_LURE_IGNORED = re.compile(r"\b(?:didnt|did not|never) (?:call|ring|dial) (?:it|that|them|that number|the number|"
                           r"their number)(?: \w+){0,2} (?:i )?(?:called|rang) (?:you|the (?:real|actual))\b", re.ASCII)


# The trouble the customer met on their own, with nobody's message to send them: "i'm locked out",
# "my card got declined at the shop", "i was charged twice", "it says delivered".
_OWN_TROUBLE = re.compile(
    r"\b(?:im|i am|ive been|i got|i was|i keep getting|i keep being) (?:locked|logged|shut) out\b|"
    r"\bmy (?:\w+ )?(?:card|payment|transfer) (?:got|was|keeps getting|has been|is being) (?:declined|blocked|rejected|"
    r"frozen)\b|\bi (?:was|got|have been|ive been) (?:charged|billed) (?:twice|double)\b|"
    r"\bit (?:says|said|shows|showed) (?:\w+ ){0,3}(?:delivered|locked|suspended|declined|failed|pending)\b", re.ASCII)


def _lures_told(norm: str) -> frozenset[str]:
    """The alarms of the call that are the customer's own story: a pop-up they ignored to ring
    the real desk, or trouble they met themselves and rang about (but not a desk number found
    through a search, where the fake desks buy their ads)."""
    if _LURE_IGNORED.search(norm):
        return _LURES
    if _OWN_TROUBLE.search(norm) and not _SENT_TO_CUSTOMER.search(norm):
        return _LURES - {"searched_number"}
    return frozenset()


# ... and a customer who rang about an alert from the number they know rang the real desk: "i rang the
# number on the back of my card", "i didnt click the link, i called the number in the app".
_OWN_NUMBER_USED = re.compile(r"\b(?:(?:i|we|ive|weve|i have|we have) (?:called|rang|rung|dialled|dialed|used|phoned|got) "
                              r"(?:\w+ ){0,3}(?:number|"
                              r"line) (?:on|from|in) (?:the back of (?:my|the) card|(?:your|the) (?:official )?(?:website|"
                              r"app))|(?:didnt|did not) (?:click|tap|call|use|press|open) (?:on )?(?:the|that|their|any) "
                              r"(?:link|number))\b", re.ASCII)


def _answered_customer(norm: str, fired: list[Signal]) -> bool:
    """A desk answering a call the customer placed about their own problem (not a lure)."""
    if not (_INBOUND_DESK.match(norm) or _CUSTOMER_RANG.search(norm)):
        return False
    if _OWN_NUMBER_USED.search(norm):
        return True  # the alert the customer rang about is theirs to tell: they reached the real desk
    told = _lures_told(norm)
    # the pop-up the customer ignored is their story (all lures told); otherwise a customer who
    # rang about something they were sent rang the lure's desk
    if told != _LURES and _SENT_TO_CUSTOMER.search(norm):
        return False
    return not any(sig.key in _LURES - told for sig in fired)


# The employer's desk does not text a link to log in at: "im sending you a link by text, log in there".
_LINK_BY_TEXT = re.compile(r"\b(?:link (?:by|via|in a) text|texted you (?:the|a) link)\b", re.ASCII)
# A repair shop confirming the remote session the customer booked: "your remote session for tuesday
# at 2 that you booked with us" (a fake desk's session is its own idea, sprung on the listener).
_BOOKED_SESSION = re.compile(r"\byou (?:booked|scheduled) (?:a|the|your) (?:\w+ ){0,3}(?:remote|support) (?:session|"
                             r"appointment) (?:with us )?(?:for|on) (?:\w+ ){0,3}(?:at|oclock|monday|tuesday|wednesday|"
                             r"thursday|friday|"
                             r"saturday|sunday|tomorrow|the)\b|"
                             r"\b(?:remote|support) (?:session|appointment)(?: \w+){0,6} (?:(?:that |which )?you "
                             r"(?:booked|scheduled|requested|set up) (?:with us|online|on our|for)|(?:like|as) (?:we|you) "
                             r"(?:scheduled|booked|arranged|agreed|discussed|talked about))\b|"
                             # "confirming your remote session tomorrow at ten"
                             r"\bconfirming your (?:remote|support) (?:session|appointment)\b|"
                             # ... or the session named after what was agreed: "like we talked about im gonna connect to
                             # your computer at ten tomorrow to move your photos"
                             r"\b(?:like|as) (?:we|you) (?:talked about|discussed|agreed|arranged|scheduled|booked)(?: \w+){0,6} "
                             r"(?:connect|remote|log in|dial in)\w*|"
                             # ... or the shop the customer brought the machine to: "you dropped the laptop off
                             # tuesday ... i can remote in tonight and finish setting up outlook"
                             r"\byou dropped (?:(?:\w+ ){1,3}off|off (?:a|the|your))\b|"
                             # ... or the shop that already bills the customer: "it's the usual sixty bucks,
                             # i'll put it on the monthly invoice"
                             r"\b(?:put|add|bill) it (?:on|to) (?:the|your) (?:monthly|usual|regular) (?:invoice|bill|tab|"
                             r"account)\b", re.ASCII)


def _excuse_sessions(norm: str, fired: list[Signal]) -> tuple[list[Signal], bool]:
    """The call's signals without the code check and remote session of a help the listener
    asked for, and whether a desk answered the customer's own call (``_INBOUND_DESK``).

    A desk the customer rang may check a code; with nothing else of a scam said, its session
    is the customer's too.  The employer's own desk and kin helping kin run theirs.
    """
    answered = _answered_customer(norm, fired)
    keys = {sig.key for sig in fired}
    if answered:
        # (the pop-up the customer ignored to ring the real desk is the customer's story, not a lure)
        told = _lures_told(norm)
        excused = (_CODE_CHECKS if keys & _SCAM_SAID - told else _CODE_CHECKS | _SESSION) | told
        if _ID_CHECK.search(norm):
            excused |= _ID_ASKS  # "for security, your national insurance number and date of birth"
    elif keys & _SESSION and (("legit_workplace" in keys and not _LINK_BY_TEXT.search(norm))
                              or (not keys & _SCAM_ASKED and (_FAMILY_HELP.search(norm)
                                                              or _BOOKED_SESSION.search(norm)))):
        # (kin may talk about the pop-up or the "virus"; a payment, a code or a threat they do not ask;
        # the session booked with a shop connects with the code its page shows)
        excused = _SESSION | (_CODE_CHECKS if _BOOKED_SESSION.search(norm) else frozenset())
    else:
        return fired, answered
    return [sig for sig in fired if sig.key not in excused], answered


# "If this wasn't you ..." answered through the sender's own channel and nothing else is the
# service's own alert: (the evidence of that channel, the channels it holds on, the reply ways
# that would contradict it, what it clears).
_OWN_CHANNEL_ALERTS: tuple[tuple[str, frozenset[str], frozenset[str], frozenset[str]], ...] = (
    # "you sent 85 dollars to marcus j; if you didn't make this payment, call us": a receipt with
    # no number or link of its own sends the reader to the bank they know
    ("legit_receipt", frozenset({"sms"}), _SMS_REPLY_WAYS | _DOUBTFUL_LINKS,
     frozenset({"not_you", "unexpected_charge", "wire_cash"})),
    # "a withdrawal was requested; if it wasn't you, lock your account at kraken.com": the
    # sender's own plain address and nothing else to reply to
    ("own_link", frozenset({"sms", "call"}), (_SMS_REPLY_WAYS - {"link"}) | _DOUBTFUL_LINKS,
     frozenset({"not_you", "unexpected_charge", "urgency", "crypto_lure"})),
    # sent to the number on the card or the bank's own website, with no number, link or code
    # of the message's own
    ("legit_bank", frozenset({"sms", "call"}), _SMS_REPLY_WAYS,
     frozenset({"not_you", "unexpected_charge", "callback_demand"})),
)


def _text_voided(norm: str, keys: set[str]) -> set[str]:
    """What a text's other words contradict: the sender's own site, a family's everyday ask,
    a shop's sale; and what a doubtful link takes away from an honest-sounding notice."""
    void: set[str] = set()
    if "money_plea" in keys and not keys & _KIN_IN_TROUBLE:
        void |= {"money_plea", "money_offer"}  # "mum can you transfer me 30 for a taxi"
    if keys & _DOUBTFUL_LINKS:
        # "your parcel could not be delivered, reschedule: tinyurl.com/..": no carrier or clinic
        # books its visits through a shortened or look-alike link
        void |= {"legit_delivery", "legit_appointment"}
    elif "own_link" in keys:
        # "pay the import vat at parcelforce.com", "redeem your points at sephora.com": a fee, a
        # price or a reward settled on the sender's own site is the sender's, not a lure's
        void |= {"pay_fee", "advance_fee", "money_offer", "sms_prize_words", "gift_card", "gift_card_demand",
                 "parcel_problem", "unexpected_charge", "fine_due", "penalty_due", "tax_debt"}
    if ("marketing" in keys and keys & {"urgency", "deadline"} and ("own_link" in keys or _SALE.search(norm))
            and not keys & (_DOUBTFUL_LINKS | _SMS_LURES | {"sms_number", "premium_number"})):
        # a shop's sale, or points to redeem on its own site, opted into ("txt stop to opt out")
        void |= {"urgency", "deadline"}
    if "marketing" in keys and not keys & _DOUBTFUL_LINKS:
        # "download the app or visit daraz.pk ... reply stop to opt out": an opted-in shop's own app, not a
        # caller's dictated download
        void.add("keyboard_steps")
    if "reversal_plea" in keys:
        void.add("legit_receipt")  # "i sent you 3000 by mistake, send it back": the receipt is the bait
    if "wire_cash" in keys and "legit_receipt" in keys and _SENT_BY_RAIL.search(norm):
        void.add("wire_cash")  # "you sent $250 with zelle to marie": the reader's own payment, done
    if "call_coming" in keys:
        void.add("legit_bank")  # a bank's own alert sends the reader to the card, it does not ring
    return void


def _uncontradicted(norm: str, channel: str, fired: list[Signal]) -> list[Signal]:
    """The fired signals without those the rest of the message contradicts."""
    keys = {sig.key for sig in fired}
    void = _text_voided(norm, keys) if channel == "sms" else set()
    if "payment_switch" in keys and _IN_PERSON_DETAILS.search(norm):
        void.add("payment_switch")  # a change of bank whose details come by hand, not by email
    if "card_check_ask" in keys and _PAYING_BY_CARD.search(norm):
        void.add("card_check_ask")  # the listener's own payment: the desk takes the card it is charging
    if (channel == "sms" and {"bank_fraud", "sms_number", "legit_bank"} <= keys
            and not _CARD_BACK.search(norm)):
        # "did you attempt a purchase? reply yes or no. if no, call our fraud department at 415 555 0182":
        # a card alert that sends the reader to a number of its own, not the one on the card
        void.add("legit_bank")
    if (keys - void) & _OFF_CHANNEL:
        # "pay at pay-o2-bill.com" reads as "pay at <site> dot com", and "we're not taking the
        # resident portal this month" names the portal to turn away from it: no official channel
        void.add("legit_bank")
    for evidence, channels, other_ways, voided in _OWN_CHANNEL_ALERTS:
        if evidence in keys and "not_you" in keys and channel in channels and not keys & other_ways:
            void |= voided
    if "legit_street_address" in keys and len(norm) > VOICEMAIL_CHARS:
        void.add("legit_street_address")  # in a conversation the victim reads out where to send the courier
    if "legit_account_known" in keys and (len(norm) > VOICEMAIL_CHARS or keys & (_DEMANDS - _KEYS_ONLY)):
        # ... but the fake fraud desk reads the card's last four back as its proof, then asks for something
        void.add("legit_account_known")
    if "utility_cutoff" in keys and not keys & (_DEMANDS - _KEYS_ONLY) and _PLANNED_WORK.search(norm):
        void.add("utility_cutoff")  # the lines are down for the utility's work, not the listener's bill
    if "suspension_threat" in keys and _USE_IT_OR_LOSE_IT.search(norm):
        void.add("suspension_threat")  # a benefit account's balance, the listener's to spend by a date
    if "legit_appointment" in keys and "press_to_act" in keys and keys & {"ask_ssn", "ask_card"}:
        # "your prescription is on hold, to release it press 1 and confirm your medicare number and payment
        # information": a reminder's words, but no pharmacy's recording takes those by key
        void.add("legit_appointment")
    if "legit_appointment" in keys and "payment_demand" in keys and _RENEW_BY_KEY.search(norm):
        void.add("legit_appointment")  # "your prescription certificate has expired, press one to renew now by card"
    if "legit_press" in keys and "prize" in keys:
        void.add("legit_press")  # "completing the survey enters you for a cruise, press one to start"
    if "unsolicited_alert" in keys and "prize" not in keys and _SURVEY.search(norm):
        void.add("unsolicited_alert")  # "randomly selected households" is how a real poll samples
    if "legit_receipt" in keys and keys & _DOUBTFUL_LINKS:
        void.add("legit_receipt")  # "you've earned 5,000 points, redeem at tmo-rewards.co": the link's
    if ("press_to_act" in keys and not keys & _CLAIMS and _SURVEY.search(norm) and _LANGUAGE_KEY.search(norm)
            and len(_ANY_KEY.findall(norm)) == len(_LANGUAGE_KEY.findall(norm))):
        void |= {"press_to_act", "robocall"}  # a survey whose only key picks a language: no act asked for
    if "press" in norm and keys & _ANSWERED_BY_KEYS:
        yes_no = _YES_NO_KEYS.search(norm) is not None
        if yes_no:
            void.add("press_to_act")
        if ((yes_no or _YES_NO_ANSWER.search(norm)) and _PURCHASE_QUESTION.search(norm)
                and not keys & (_DETAIL_ASKS | _DEMANDS) - _KEYS_ONLY):
            # the card alert answered with either key: its "unusual activity" is the question
            void |= _ANSWERED_BY_KEYS
    if ({"prize", "gift_card"} <= keys and keys & {"legit_business", "legit_no_ask"}
            and not keys & (_PRIZE_PAYMENTS | _DETAIL_ASKS)):
        # "you won the 50 dollar gift card, pick it up at customer service with your id", "theres
        # nothing to pay, well mail the card": the card is the prize, not the payment a fake prize asks for
        void.add("gift_card")
    if "gift_card" in keys and not keys & _PRIZE_PAYMENTS and _STORE_CREDIT.search(norm):
        void.add("gift_card")  # the store's refund in store credit, brought back to the counter
    if "press_to_act" in keys and _IVR_WELCOME.match(norm):
        void.add("press_to_act")  # the menu of the line the customer dialled: "welcome to sbi contact centre ... hold"
    if "press_to_act" in keys and _opt_out_keys_only(norm) and (
            keys & _OWN_CHANNELS or not _pretext_said(fired, keys)):
        # "for details visit any branch, to opt out of these calls press 9", "early voting starts monday, to stop
        # these calls press 9": the only key leaves the list of a caller sending the listener to its own branch, or
        # of one with no pretext (a debt-relief robocall's "to be removed press two" still counts)
        void.add("press_to_act")
    if {"robocall", "parcel_problem"} <= keys:
        # "a customs fee is unpaid, press 1 to arrange delivery": the fee's key, not a visit booked
        void |= {"legit_delivery", "legit_press"}
    if keys & {"gift_card_demand", "crypto_demand", "remote_tool"} or (
            "full_card_ask" in keys and _CARD_PIN.search(norm)):
        # "buy a google play card at the pharmacy and read us the numbers": the shop named is
        # where the cards are bought, no appointment the listener booked; and no pharmacy asks
        # for the card's pin ("have your debit card and pin ready")
        void.add("legit_appointment")
    if "prize" in keys:
        void.add("legit_delivery")  # "to arrange delivery (of your winnings), call our prize department"
    if {"legit_workplace", "credential_demand"} <= keys and _LINK_BY_TEXT.search(norm):
        # "it's kevin in payroll, i just texted you the link, log in with your work email and password":
        # the employer's own desk does not text a link for the password
        void.add("legit_workplace")
    if {"robocall", "legit_press"} <= keys and keys & {"advance_fee", "fee_to_release", "pay_fee", "payment_demand"}:
        # "confirm your seat with a processing fee of 85 dollars, press one to confirm", "your booster is due, to book
        # press one, there is a fifteen euro booking fee payable by card today"
        void.add("legit_press")
    if {"robocall", "prize", "legit_press"} <= keys:
        void.add("legit_press")  # "press one to participate ... and receive a free cruise": the bait's key
    if {"robocall", "press_to_act", "sales_offer"} <= keys:
        # "your home is due for its free pest inspection, press 1 to schedule": a pitch's key
        # and a pitch's appointment, not a visit the listener booked
        void |= {"legit_press", "legit_appointment"}
    if {"robocall", "press_to_act", "legit_sales"} <= keys and not _SURVEY.search(norm):
        # "this is not a sales call ... press one for your free quote": a recorded pitch that
        # wants a key pressed is the robocall's own disclaimer, not a salesman taking no for an
        # answer (a poll says it too, and means it)
        void.add("legit_sales")
    return [sig for sig in fired if sig.key not in void] if void else fired


# Honest signs that do not excuse a code read back: a friend's tone ("cheers mate", "legend"), and a
# clinic's or pharmacy's name ("hi it's the pharmacy", "the animal hospital"), which the caller says too.
_NO_EXCUSE_FOR_A_CODE = frozenset({"legit_casual", "legit_appointment"})


def _only_casual(fired: list[Signal]) -> bool:
    """Whether the only honest signs are ``_NO_EXCUSE_FOR_A_CODE``: no friend, courier, clinic
    or desk has cause to ask for a code just sent to the listener's phone."""
    honest = {sig.key for sig in fired if sig.weight < 0}
    return bool(honest) and honest <= _NO_EXCUSE_FOR_A_CODE


def score_text(norm: str, channel: str, has_number: bool = False, requested: bool = False
               ) -> tuple[float, list[Signal], str | None, str | None, list[str]]:
    """Return (logit, fired signals, company, company kind, interaction notes).

    ``has_number``: the text holds a valid phone number.  In an SMS that is a call to
    action of its own ("call 0906..."), so it counts with the links and short codes.
    ``requested``: a call verb comes right before that number ("call my lawyer at ...").
    """
    candidates = _gate().narrowed(norm)
    fired = _fired(norm, channel, candidates)
    if has_number:
        fired.append(SMS_NUMBER if channel == "sms" else CALL_NUMBER)
    requested = requested and has_number and channel == "call"
    if requested and CALLBACK_DEMAND not in fired:
        fired.append(CALLBACK_DEMAND)
    if channel == "call" and _recounted(norm):
        fired = [sig for sig in fired if sig.weight < 0] + [RECOUNTED]
    answered = False
    if channel == "call":
        fired, answered = _excuse_sessions(norm, fired)
    fired = _uncontradicted(norm, channel, fired)
    assurances = [sig for sig in fired if sig.key in _ASSURANCES]
    if assurances:
        # "we will never ask for your password or your code": the words are there, the ask is
        # not.  Imperative demands ("read me the code") are other signals and still count.
        fired = [sig for sig in fired if sig.key not in _MENTIONS]
    company, kind, claimed = find_company(
        norm, [i - len(SIGNALS) for i, _ in candidates if len(SIGNALS) <= i < _FIRST_GATED])
    logit = BIAS.get(channel, BIAS["call"]) + sum(sig.weight for sig in fired)
    notes: list[str] = []
    keys = {sig.key for sig in fired}
    has_pretext = (_pretext_said(fired, keys) or (claimed and not keys & _RELATIONSHIP)
                   or ("payment_switch" in keys and _REMOTE_DETAILS.search(norm) is not None))
    has_demand = bool(keys & _DEMANDS)  # a requested callback has its own bonus below
    honest_said = any(sig.weight < 0 for sig in fired)
    has_pressure = bool(keys & _PRESSURE)
    if has_pretext and has_demand:
        logit += PRETEXT_DEMAND_BONUS
        notes.append("a pretext followed by a demand")
    if has_pressure and (has_pretext or has_demand):
        logit += PRESSURE_BONUS
        notes.append("pressure to act now")
    if keys & _STRONG_DEMANDS:
        logit += STRONG_DEMAND_BONUS
        notes.append("a demand no honest caller makes")
        if assurances:  # the promise was the cover: it vouches for nothing
            logit -= sum(sig.weight for sig in assurances)
            notes.append("promises not to ask, then asks")
        elif channel == "call" and keys & _UNSHARED_DEMANDS and not (
                honest_said and not ("code_demand" in keys and _only_casual(fired))):
            # a code read back, a cover story for the cashier, a fee before the money moves, said
            # with nothing an honest caller says (a teller's "you want to withdraw nine thousand?"
            # and a landlord's new account are asked about by honest staff too)
            logit += UNSHARED_DEMAND_BONUS
            notes.append("and nothing an honest caller says")
    long_con = keys & _LONG_CON
    openers = [sig for sig in fired if sig.key in _OPENERS]
    if openers and keys & _PITCHES:
        logit -= sum(sig.weight for sig in openers)
        long_con.add(WRONG_NUMBER.key)
        notes.append("a 'wrong number' that turns into a pitch")
    if len(long_con) >= 2:
        logit += LONG_CON_BONUS
        notes.append("the long con: returns, a platform, a sweetheart's fee or a secret")
    if keys & _PROMPTS and (has_pretext or keys & _OFFERS):
        logit += PRESS_PRETEXT_BONUS
        notes.append("an automated call about a problem or offer, with a key or a screening question to reach a person")
    if keys & _PROMPTS and not honest_said:
        logit += COLD_PROMPT_BONUS
        notes.append("a recorded prompt or a screening question to reach a person, with nothing of an honest notice")
    if channel == "call" and _clipped_claim(norm, keys, has_number, honest_said):
        logit += CLIPPED_CLAIM_BONUS
        notes.append("a short recorded claim with no way back and nothing of an honest notice")
    # (a relative's "lend me 200 till monday, call me back" is a plea, not a matter to settle)
    unsaid = (channel == "call" and "callback_demand" in keys and "legit_bank" not in keys
              and len(norm) <= VOICEMAIL_CHARS and bool(keys & (_PROBLEMS | _OFFERS) - {"money_plea"}))
    if (requested or unsaid) and (keys & _PROBLEMS or keys & _OFFERS):
        # "please call to claim": the number a voicemail leaves unsaid is its caller ID (not
        # "the number on the back of your card", nor in a long conversation, where "call me
        # back" is how people end a chat)
        logit += CALLBACK_PROBLEM_BONUS
        notes.append("a problem or offer to be settled by calling the caller's number")
    # A link to the sender's own plain address is where an honest notice sends its reader,
    # not a lure's call to action.
    sms_keys = keys - {"link"} if "own_link" in keys else keys
    if (channel == "sms" and sms_keys & _SMS_ACTIONS and sms_keys & _SMS_HOOKS
            and len(sms_keys & (_SMS_ACTIONS | _SMS_HOOKS)) >= 2):
        logit += SMS_ACTION_HOOK_BONUS
        notes.append("a lure followed by a link, number or reply request")
    if channel == "sms" and len(sms_keys & _SMS_REPLY_WAYS) >= 2:
        logit += SMS_TWO_WAYS_BONUS
        notes.append("several ways to respond (link, number, short code)")
    if company is not None and (claimed or channel == "sms"):
        # "returning your call", "as you requested": then it is no cold call, and an agency
        # that never cold-calls is no more suspect than anyone else.  A brand only mentioned
        # on a call ("can you venmo me", "i got a text from amazon") is no one posing as it.
        cold = not keys & _RELATIONSHIP and not answered
        logit += BRAND_BONUS + (AGENCY_BONUS if kind == "government" and cold else 0.0)
        if claimed and kind in _NEVER_COLD_CALL and cold:
            logit += CLAIM_BONUS
            notes.append(f"{CLAIM_NOTE} {company}")
    return logit, fired, company, kind, notes


def _clipped_claim(norm: str, keys: set[str], has_number: bool, honest_said: bool) -> bool:
    """A robocall cut to its claim: a few words about the listener's account, service or
    benefit ("your gas service will be shut off today", "we've been trying to reach you about
    your car's extended warranty"), no number or name to call back, and nothing an honest
    notice says, spoken to "you" by no "I".  A school closing ("schools will be closed
    tomorrow") or a fraud alert alone is the one claim honest recordings make in a few words
    too, so it does not count.  ``keys`` and ``honest_said`` are what ``score_text`` already
    read from the fired signals."""
    claims = keys & _CLAIMS
    if (has_number or not claims or claims <= {"suspension_threat", "bank_fraud"}
            or "callback_demand" in keys  # "call us back" is a way back: the caller's ID
            or honest_said):
        return False
    # the word count stops at the bound: a long call transcript is not split whole
    return (len(norm.split(maxsplit=CLIPPED_CLAIM_WORDS)) <= CLIPPED_CLAIM_WORDS
            # a person speaking of their own computer or bank is no recorded claim
            and not _FIRST_PERSON.search(norm) and _SECOND_PERSON.search(norm) is not None)


def _scam_type(fired: list[Signal], kind: str | None, channel: str, is_scam: bool) -> str:
    """The family with the most evidence; a named brand's usual family counts too."""
    if not is_scam:
        return "none"
    weights: dict[str, float] = {}
    for sig in fired:
        if sig.family in _PRETEXT_FAMILIES:
            weights[sig.family] = weights.get(sig.family, 0.0) + sig.weight
    if kind in _KIND_TO_FAMILY:
        family = _KIND_TO_FAMILY[kind]
        weights[family] = weights.get(family, 0.0) + 1.2
    if not weights:
        return "smishing" if channel == "sms" else "other"
    return max(weights, key=lambda fam: weights[fam])


def _reasoning(fired: list[Signal], notes: list[str], company: str | None,
               callback: str | None, key: str | None, confidence: int) -> str:
    scam = sorted((s for s in fired if s.weight > 0), key=lambda s: -s.weight)
    legit = [s for s in fired if s.weight < 0]
    parts: list[str] = []
    if scam:
        parts.append("Scam signals: " + "; ".join(s.description for s in scam))
    else:
        parts.append("No scam signals found")
    if notes:
        parts.append("Combination: " + "; ".join(notes))
    if legit:
        parts.append("Legitimate signs: " + "; ".join(s.description for s in legit))
    if company and not any(company in note for note in notes):
        parts.append(f"Names {company}")
    if callback:
        parts.append(f"Callback number {callback}")
    elif key:
        parts.append(f"Asks to press {key}")
    parts.append(f"Scam probability {confidence}%")
    return ". ".join(parts) + "."


# The card's or account's last digits named ("your visa ending 2290", "the account ending in seven seven two
# zero"): the caller has it on file.  Hundreds of the honest notices of the dev sets say so, a few dozen
# scam robocalls do, and those that do still ask for what the bank already has.
_CARD_ENDING = GatedPattern(re.compile(
    rf"\b{CARD_ENDING}\b", re.ASCII))
_RENEW_BY_KEY = re.compile(rf"\b{RENEW_BY_KEY}\b", re.ASCII)
# ... or the test the listener's own doctor ordered ("the sample ordered by your oncologist was received").
_DOCTORS_ORDER = GatedPattern(re.compile(
    r"\b(?:ordered|requested|prescribed) by your (?:\w+ )?(?:doctor|physician|oncologist|provider|"
    r"cardiologist|specialist|gp|dentist)\b", re.ASCII))


# A carrier's alert about the listener's own number leaving it ("we received a request to transfer
# your mobile number to another carrier; if you did not make this request, call us"): the port-out
# and SIM-swap notice every carrier sends; the impostor's version asks for the PIN or a code.
_NUMBER_MOVING = GatedPattern(re.compile(
    r"\b(?:(?:transfer|port|move|switch) your (?:mobile |phone |cell |wireless )?number|port ?out|"
    r"sim swap|(?:new|replacement) (?:e ?)?sim)\b(?: \w+){0,30} if (?:you|this) (?:did not|didnt|was not|"
    r"wasnt)\b", re.ASCII))


def _not_to_ring(norm: str, fired: list[Signal], notes: list[str], confidence: int) -> bool:
    """Evidence an honest caller leaves too, so the number is flagged but never rung:

    - an offer and a call-back and nothing else ("the plan you asked about, call me back",
      "the claim you filed, call us"), as honest agents and claims offices leave;
    - a carrier's port-out or SIM-swap notice ("a request to transfer your mobile number ... if you
      did not make this request, call us") that asks for no detail and makes no demand no honest
      carrier makes (the impostor's asks for the PIN or a code);
    - a relative's money trouble that the caller pays most of ("i can cover most of it"), with
      no demand no honest relative makes;
    - a card alert that leaves a fraud line's hours ("available 24 hours a day", "between 8 am and
      11 pm") and asks for nothing hurried (no code, login, transfer or card purchase; a key only
      beside the bank's "we will never ask for your pin"): an institution's line;
    - a bank's hold on a payment it questions ("we've paused it for 24 hours, if you don't recognise it call
      us") that asks for nothing but the call (no code, detail, key or move of money);
    - a card or transfer alert answered yes or no by key ("if you sent it press 1, if not press
      2") that asks for nothing more;
    - a caller who points to an official channel (the number on the card, the online account,
      the portal), is the listener's own employer's desk, or names the listener *and* their
      case ("mr brooks, your negotiator ellen"), with no demand no honest caller makes;
    - a caller who knows the listener (says their name, "calling for ms perez", or speaks of
      their appointment, order or case) and carries only a problem, an offer or a deadline:
      the bail bondsman, the loan servicer and the library know whom they call; a scammer with
      a name on a list must also ask for something no honest caller asks for (gift cards, a
      wire, a code), threaten arrest or court, claim a brand that never calls, or prompt for a
      key;
    - a caller in a relationship (returning a call, the listener's request, a repair ready, a
      service due, a bill due on a calendar date, the street or the card's last digits named) who
      asks for no detail (social security number, card, code, login) and makes no demand no
      honest caller makes: such a caller has the listener's details already;
    - a desk answering the customer's own call (``_answered_customer``, a conversation longer
      than a voicemail) that says nothing of a scam (no charge, refund, gift card, payment or
      threat), or says what honest desks say (a payment plan, the customer's own request) and
      makes no demand no honest caller makes: its number is the one the customer rang;
    - such evidence alone from anyone (a charge, a balance, a deadline, "call us back") below
      ``SOFT_ENGAGE``: a membership renewal and a fake invoice read alike until the caller
      asks for something more, so only a near-certain score is rung.  A cut-off *today* ("your
      service will be disconnected in 30 minutes") is no honest notice's timing, so it counts
      as more than a deadline.
    """
    positive = {sig.key for sig in fired if sig.weight > 0}
    if positive & _OFFERS and not positive - _OFFERS - _CALLBACK_ASKS:
        return True
    if (positive & _OFFERS and not positive - _OFFERS - _CALLBACK_ASKS - _KEY_SIGNALS
            and _opt_out_keys_only(norm)):
        return True  # an offer whose only key leaves the list ("if you dont want calls press 2")
    if _NUMBER_MOVING.search(norm) and not positive & (_STRONG_DEMANDS | _DETAIL_ASKS):
        return True  # the carrier's port-out notice, asking for nothing but a call
    if positive & _KIN_ASKS and not positive & _STRONG_DEMANDS and _OWN_SHARE.search(norm):
        return True  # a relative paying most of it themselves, with no demand no honest relative makes
    assured = _KEYS_ONLY if any(sig.key == "legit_no_ask" for sig in fired) else frozenset()
    if positive & _CARD_ALERT and _LINE_HOURS.search(norm) and not positive & (_HURRIED_ASKS - assured):
        # a bank's fraud line with its hours, asking nothing but a call (or a key to review the
        # transactions, beside "we will never ask for your pin")
        return True
    if (_PAYMENT_HELD.search(norm) and _PAYMENT_NAMED.search(norm)
            and not positive & (_STRONG_DEMANDS | _DETAIL_ASKS | _HELD_ASKS)):
        return True  # the bank's hold on a payment it questions ("we've paused it"), asking nothing but a call
    if (len(norm) <= VOICEMAIL_CHARS and _PAYMENT_QUESTIONED.search(norm)
            and not positive & (_STRONG_DEMANDS | _DETAIL_ASKS | _QUESTIONED_ASKS)):
        return True  # the bank's alert on a payment it questions, asking nothing but a key or a call
    if (_YES_NO_KEYS.search(norm) or _YES_NO_ANSWER.search(norm)) and not positive & _HURRIED_ASKS - _KEYS_ONLY:
        return True  # a card alert's yes-or-no keys ("if you sent it press 1, if not press 2"), asking nothing more
    if (len(norm) > VOICEMAIL_CHARS and not positive & _STRONG_DEMANDS
            and (not positive & _SCAM_SAID or any(sig.key == "legit_business" for sig in fired))
            and _answered_customer(norm, fired)):
        # the desk the customer rang, which asked for nothing a fake desk asks, or set up a payment
        # plan and read out a help agency's number: a number to keep, not the desk's callback
        return True
    named = any(sig is ADDRESSED for sig in fired)
    related = (any(sig.key in _RELATIONSHIP for sig in fired) or _CARD_ENDING.search(norm) is not None
               or _DOCTORS_ORDER.search(norm) is not None)
    if (any(sig.key in _OWN_CHANNELS for sig in fired) or (named and related)) and not (
            positive & _STRONG_DEMANDS):
        return True
    if related and not positive & (_STRONG_DEMANDS | _DETAIL_ASKS):
        return True
    notice = positive - {"robocall"} if "press" not in norm else positive  # a recording with no key to press
    soft = (not notice - _SOFT_EVIDENCE
            and not any(note.startswith(CLAIM_NOTE) for note in notes)
            and not (positive & _CUT_OFFS and _IMMINENT.search(norm) and not _DATED_CUT_OFF.search(norm)))
    return soft and (named or related or FLAG_THRESHOLD <= confidence < SOFT_ENGAGE)


# Money named in a text: "you sent dollar 699 00 to coinexpress", "a payment of pound 745".
_MONEY_NAMED = re.compile(r"\b(?:dollar|pound|euro|usd|gbp|eur|rs|inr|aud|cad)s? \d|\b\d+(?: \d+)? (?:dollars?|pounds?|"
                          r"euros?|usd|gbp|eth|btc|usdt)\b|\b(?:payment|payee|withdrawal|transfer)\b", re.ASCII)


def _sms_number_kept_back(keys: set[str], norm: str) -> bool:
    """Whether a text's number is not to be rung: a promotion's (no lure), or a notice's that sends
    its reader to the sender's own site or official channel, with no doubtful link beside it
    ("toll invoice t 88120447 is due, pay at bayareafastrak dot org or call ..."), or an alert
    whose only alarm is "if this wasn't you, call us" about no money at all (a bank's
    password-change notice reads word for word as the lure: flagged, never rung; "you sent
    $699 to coinexpress, not you? call" is the refund desk's bait and is rung), or a relative's
    new number announced with nothing asked."""
    return (not keys & _SMS_LURES
            or (keys & _SMS_LURES == {"not_you"} and not _MONEY_NAMED.search(norm))
            # "got a new number 415 555 0162, old one got stolen": the number is the news, nothing is asked
            or (keys & _SMS_LURES <= _NEW_NUMBER_ONLY and "new_number" in keys and "sms_call_to_action" not in keys
                and not _MONEY_NAMED.search(norm))
            or (bool(keys & {"legit_bank", "own_link"}) and not keys & _DOUBTFUL_LINKS)
            # the words the law makes a collector write: its number is the collector's, rung by no agent of ours
            or _COLLECTOR_NOTICE.search(norm) is not None)


# "This is a communication from a debt collector", "this is an attempt to collect a debt".
_COLLECTOR_NOTICE = re.compile(r"\b(?:communication from a debt collector|attempt to collect a debt)\b", re.ASCII)


def analyze_normalized(norm: str, channel: str) -> Analysis:
    """The offline verdict for already-normalised text (see ``_normalize.normalize``)."""
    channel = channel if channel in BIAS else "call"
    number, logit, fired, company, kind, notes = _evidence(norm, channel)
    # 0-99: the rules are never certain, and "100%" on a dashboard reads as if they were
    confidence = min(MAX_CONFIDENCE, int(round(100 * probability(logit, channel))))
    if number and (_not_to_ring(norm, fired, notes, confidence) if channel == "call"
                   else _sms_number_kept_back({sig.key for sig in fired}, norm)):
        # A call's number is withheld when honest callers leave the same evidence
        # (``_not_to_ring``); a promotion's number is the shop's booking line: spam perhaps,
        # but the agent must never ring a nail salon for offering twenty percent off.
        number = None
    is_scam = confidence >= FLAG_THRESHOLD
    key = find_press_key(norm)
    callback_type = "phone_number" if number else ("press_key" if key else "none")
    return Analysis(
        is_scam=is_scam,
        confidence=confidence,
        scam_type=_scam_type(fired, kind, channel, is_scam),
        impersonated_company=company,
        callback_type=callback_type,
        callback_number=number,
        callback_key=key,
        reasoning=_reasoning(fired, notes, company, number, key, confidence),
        signals=tuple(sig.key for sig in fired),
    )


def _evidence(norm: str, channel: str
              ) -> tuple[str | None, float, list[Signal], str | None, str | None, list[str]]:
    """(callback number, logit, fired signals, company, its kind, interaction notes)."""
    digits = _has_digits(norm)
    candidates = find_phone_numbers(norm, max_checks=MAX_CHECKS, skip_identifiers=True) if digits else []
    number = pick_callback_number(norm, candidates)
    requested = callback_requested(norm, candidates, number)
    # "call us back at 555 0174": asked for all the same, though the agent cannot dial it
    local = (number is None and digits and channel == "call"
             and local_callback_requested(norm))
    logit, fired, company, kind, notes = score_text(
        norm, channel, number is not None or local, requested or local)
    return number, logit, fired, company, kind, notes


def raw_logit(norm: str, channel: str) -> float:
    """The evidence's log-odds before calibration (what ``eval --calibrate`` fits on)."""
    return _evidence(norm, channel if channel in BIAS else "call")[1]


def probability(logit: float, channel: str) -> float:
    """The calibrated probability that a text with this evidence is a scam (Platt scaling)."""
    slope, offset = CALIBRATION.get(channel, (1.0, 0.0))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, slope * logit + offset))))


# What a number holds: a digit or a number word ("one" first: "phone" and "someone" hold it too,
# so most texts are settled by the first test).
_NUMBER_HINTS = ("one", *"0123456789", "two", "three", "four", "five", "six", "seven", "eight", "nine", "zero",
                 "hundred", "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve")


def _has_digits(norm: str) -> bool:
    """Cheap gate: skip the phone parser for texts with no number at all (substring tests: a
    regex alternation of these tries every one of them at every position)."""
    return any(hint in norm for hint in _NUMBER_HINTS)


# The scorer's own phrase patterns that most texts hold none of the literals of, yet are searched
# in nearly every call ("does it name a scam", "is it a broadcast", "did the customer ring a desk"):
# gated by the signal gate's one pass over the text (``GatedPattern``), which finds their literals
# beside the signals'.  On the dev voicemails that skips about 50 microseconds of searching a text.
_OWN_GATED = (_NAMED_SCAM, _BROADCAST, _INBOUND_DESK, _CUSTOMER_RANG, _KIN_GOT_A_CALL, _YES_NO_ANSWER, _YES_NO_KEYS,
              _NUMBER_MOVING, _DISOWNED, _PAYMENT_HELD, _PAYMENT_QUESTIONED, _CARD_ENDING, _DOCTORS_ORDER)
_GATED = (*_OWN_GATED, _PRESS_KEY)  # and ``find_press_key``'s, read after the scoring
_FIRST_GATED = len(SIGNALS) + len(BRANDS)  # the gate's index of the first of them
