"""Evidence from robocalls and two-party calls: key prompts, offers, deadlines, payment demands.

Short scripted robocalls rarely name a brand or leave a number: they make an *offer* or
claim a *problem* ("lower your interest rate", "your warranty expired", "your package was
delivered twice", "your file is under review"), add a *deadline or consequence* ("final
notice", "closes today", "to avoid disconnection") and end on a *key prompt that reaches a
person* ("press one to speak with a specialist").  Honest automated calls prompt for a key
too, but to confirm, reschedule, refill or hear opening hours (``legit_press``).

In a two-party call the scammer often answers ("thank you for calling support, how can I
help you"); what gives them away is what they then ask for: a remote-access install, gift
cards read out, a one-time code, money moved or bought on their instructions.

These rows become ``Signal`` objects in ``_signals`` (plain tuples here, as in
``_signals_sms``, to keep each module short and free of import cycles).  Every pattern
matches ``_normalize.normalize`` output and describes a behaviour, not a data set's topic.
"""

from __future__ import annotations

__all__ = ["CALENDAR_DAY", "CALL_ONLY", "CALL_ROWS", "CHOSEN_BY_LISTENER", "KEY_PROMPT", "LINK_FOR_CARD", "MONTH", "RANDOM_TEST",
           "WALLET_ADDRESS", "WEEKDAY"]

_KEY = r"(?:one|two|three|four|five|six|seven|eight|nine|zero|\d)"
_PRESS = r"(?:press|hit|push)(?:ing)?"
# A key prompt, whatever it asks ("press one", "hit 9").
KEY_PROMPT = rf"{_PRESS} {_KEY}\b"
# What a travelling crew has "left over" from the job down the road (``sales_offer``, ``payment_demand``).
_CREW_MATERIAL = r"(?:material|materials|shingles|asphalt|tarmac|blacktop)"
# The money held back, read on either side of the charge that frees it (``fee_to_release``).
_RELEASED = (r"before (?:the|your) (?:profits?|funds|money|withdrawal|prize|winnings) (?:is|are|can be) (?:released|"
             r"withdrawn|sent|paid out)")

# Picked for a test, not for a prize: "you've been selected for a dot random drug and alcohol test"
# (read after "selected ").
RANDOM_TEST = (r"for (?:an? )?(?:\w+ ){0,2}(?:drug|alcohol|urine|breath|random|routine)(?: \w+){0,3} "
               r"(?:test|tests|testing|screen|screening)\b")

# A wallet address to pay into, not the one the customer scanned at a machine themselves.
WALLET_ADDRESS = r"wallet address(?! you (?:scanned|used|entered))"
# The sum the fake bank wants moved to the listener's own name ("send the same amount back to yourself"), and
# the Zelle "reversal"'s twin payment ("a matching payment back to yourself"): read by ``move_money``.
_MOVED_SUM = r"(?:it|the money|money|the same amount|that amount|the amount|the funds)"
# A code or PIN the listener set up themselves ("enter the four digit pin you chose when you registered"): a
# notification line confirming their own registration, not a code or a credential asked for.
CHOSEN_BY_LISTENER = r"(?! you (?:chose|set|created|picked|selected))"
# Mobile wallets, as the recogniser spells them ("M-Pesa" is "m pesa", "eZ Cash" is "ez cash").
_WALLETS = (r"(?:m ?pesa|momo|mtn momo|airtel money|mobile money|tigo pesa|e ?wallet|opay|palmpay|gcash|jazzcash|"
            r"easypaisa|ez ?cash|ecocash|orange money|bkash|nagad|moniepoint|capitec pay me)")
_MATCHING_SUM = r"an? (?:matching|equal) (?:payment|amount|transfer)"
_OWN_NAME = r"(?:yourself|your own (?:name|account))"
# The whole card read out ("read me the sixteen digits on the front", "confirm the long number"), and why
# a card's own issuer would ever need it: its screen "only shows the last four", or the listener asks
# "don't you have that?" (no honest desk of the dev sets meets either beside such an ask).
_WHOLE_CARD_ASK = (r"(?:read|give|tell|confirm|verify|need|provide|take|go ahead with|whats|what is|what are)(?: \w+){0,6} "
                   r"(?:(?:sixteen|16)[ -]digits?(?! code| pin| voucher| claim)|(?:full|whole|complete|entire|long) "
                   r"(?:card )?number|card number on the front)")
_ISSUER_HAS_IT = (r"(?:(?:can )?only (?:see|have|got)|i see only|(?:screen|system) (?:only )?shows?(?: me)?(?: only)?) "
                  r"(?:the )?(?:last (?:four|4)|masked)|(?:masked|hidden|starred out) (?:on|in) (?:our|my) (?:screen|"
                  r"system|end)|on (?:our|my) screen (?:it is|its) masked|(?:cannot|can not|cant|dont|do not) see the "
                  r"(?:full|whole|complete) (?:card|number)|(?:(?:dont|wouldnt|shouldnt) you|(?:do|would|should) you not) "
                  r"(?:already )?(?:have|got) (?:that|it|them|my (?:card|number))|(?:(?:cant|cannot) you|(?:can|could) you "
                  r"not) see (?:that|it|them)|(?:arent|are not) you (?:the|from the|calling from the) bank")
_CARD_ACTIONS = r"(?:cancel|decline|block|reverse|dispute|reissue|replace|upgrade|lodge)"
# A renewal or a booking paid by card on a recording's key ("press one to renew now for thirty two pound five by
# card"): a biller's "press 1 to pay by card" settles a bill, but nothing honest renews or books that way.
RENEW_BY_KEY = (r"press (?:one|1|two|2) to (?:renew|book|rebook|reschedule|reactivate|restore)(?: \w+){0,8} by "
                r"(?:card|debit card|credit card)")
# The card's or account's last digits named ("your visa ending 2290", "the account ending in seven seven two zero"):
# the sender has it on file (``legit_account_known``; ``_scorer`` counts it as a relationship too).
_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
CARD_ENDING = (r"(?:card|account|policy|loan|visa|mastercard|amex|chequing|checking|savings)(?: \w+){0,2} ending (?:in )?"
               rf"(?:\d{{4}}|\d \d \d \d|(?:{_DIGIT_WORD} ){{3}}{_DIGIT_WORD})")
# A link sent mid-call for the listener's card: "i'll text you a link, just put your card in there", "i'm
# sending you a text with the link" (a payment demand, and what follows a caller's "i'll" as an ask).
LINK_FOR_CARD = (r"(?:text|send|sms|sending|texting) you (?:a |the )?(?:text (?:with|containing) (?:a |the )?)?link"
                 r"(?: \w+){0,8} (?:put|enter|pop|type) (?:in )?(?:your |the )?card")

# A day on the calendar, in digits or in words as a recogniser writes it: "december 14th", "monday
# december fourteenth", "wednesday the 16th", "the 9th of january" (a biller's date, never "today";
# a bare "the 12th" is any day of any month, and a scammer's too).
MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DAY_WORD = (r"(?:(?:twenty |thirty )?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|"
             r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)")
_DAY = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?|{_DAY_WORD})"
# ... and one said as an ordinal with no month, "the 19th", "the twenty first" (never a bare "the 19")
ORDINAL_DAY = rf"(?:\d{{1,2}}(?:st|nd|rd|th)|{_DAY_WORD})"
CALENDAR_DAY = rf"(?:(?:{WEEKDAY} )?{MONTH} (?:the )?{_DAY}|{WEEKDAY} the {_DAY}|the {_DAY} of {MONTH})\b"

# Rows that describe a spoken call only (key prompts, a desk answering, screen-sharing steps,
# a sales pitch): in an SMS they would fire on chit-chat ("did u download the app?").
CALL_ONLY = frozenset({"revenge_threat", "cash_parcel", "fake_scan", "owed_money", "anonymous_account", "press_to_act",
                       "screening_question", "kin_pays_stranger",
                       "legit_press", "remote_steps",
                       "support_desk", "searched_number", "bail_lawyer", "full_card_ask", "card_check_ask", "legit_sales",
                       "legit_patience", "legit_business", "legit_account_known", "wrong_send", "prophet_seed"})

# (key, family, weight, description, pattern)
CALL_ROWS: tuple[tuple[str, str, float, str, str], ...] = (
    # The listing the caller cannot show but holds for a payment by app: "it's still available ... the deposit on zelle
    # tonight and it's yours", "we've reserved a home for your family ... a reservation fee by venmo" (the honest letting
    # desks of the dev sets say "still available" too, and take a holding deposit "to take it off the market" after a
    # viewing; alone this is no scam).
    ("rental_hold", "other", 0.8, "a rental or listing held for a deposit by app, sight unseen",
     r"(?:house|apartment|unit|duplex|room|bedroom|place|home|rental|condo|flat|townhouse)(?: \w+){0,4} (?:is )?still "
     r"available|(?:reserved|holding) a (?:home|house|unit|place) for your family"),
    # The mobile-money "mistake": a transfer the listener cannot see in the balance, to be sent back by hand, and to
    # another number, without the provider: "the balance takes time to update, that is the safaricom system", "don't
    # call them, they will hold the money", "send it to this other number, my boss line" (an honest sender asks the
    # provider to reverse it, or is paid back from the money that did arrive).
    ("wrong_send", "tactic", 2.0, "a 'mistaken' transfer to send back that the balance does not show",
     r"(?:by mistake|by accident|wrong (?:number|digit)|kimakosa|nimekutumia|wrongly)(?: \w+){0,80} (?:balance "
     r"(?:\w+ ){0,3}(?:takes time|will (?:reflect|show|update|come)(?: later)?|is (?:slow|delayed))|(?:it|the money) will "
     r"(?:reflect|show|come) later|(?:system|network) is (?:slow|bad)|(?:dont|do not|no need to|no no dont) (?:call|go to|"
     r"contact|check with|forward (?:it )?to) (?:safaricom|mtn|airtel|vodacom|tigo|glo|the agent|customer care|them|"
     r"four five six|456)|usicheki|usifanye hivyo|(?:send|return|tuma) (?:it |the money )?(?:back )?(?:to|kwa) (?:this|my|"
     r"hii) (?:other |brothers |husbands |boss |bosss |mothers |sisters |mdosi )?(?:\w+ )?(?:number|line|namba)|"
     r"(?:my|this) (?:line|number) (?:is blocked|has a problem|cannot receive|cant receive|is blocked for)|send (?:it )?"
     r"from what you have)"),
    # The new details of a payment switch sent where they cannot be checked: "i'm emailing you the new wire details",
    # "check your email for the revised banking form", "i'll text you the numbers" (a real change comes by letter or
    # in the portal, with a number to check it on; 28 scam voicemails of the dev sets, 7 honest).
    ("details_by_message", "banking", 0.8, "sends the new bank details by email or text",
     r"(?:i|we|ill|im|well|were)(?: will| am| are)?(?: \w+){0,2} (?:email|emailing|emailed|text|texting|texted|whatsapp)\w*"
     r"(?: \w+){0,4} (?:the )?(?:new|updated|revised) (?:wire|"
     r"ach|bank|banking|account|routing|remittance|lockbox|payment|b s b|bsb|sort code|iban)(?: \w+)? (?:details|info|"
     r"information|numbers?|instructions|form|and account number)|(?:dont|do not) (?:bother )?(?:call|calling|ring|ringing|"
     r"contact) the office|(?:check|see) your email for the (?:new|updated|revised)|(?:ill|i will) text you the (?:numbers|"
     r"account|details)"),
    # The prophet who "saw" the listener and prices the cure: "daddy saw you in the vision ... you must sow a seed of
    # forty five thousand", "the protection must be sealed with a sacrifice, buy the protection oil", "the seed for the
    # mantle" (a church takes gifts at the service or its paybill, and no pastor phones a stranger with a vision).
    ("prophet_seed", "tactic", 2.0, "a prophet's vision of the listener, cured by a seed or oil paid for",
     r"(?:sow|plant) (?:a |the |your |this )?(?:special )?seed (?:of|for)|seed (?:of|for) (?:the )?(?:\w+ ){0,3}(?:\d+|"
     r"thousand|naira|shillings|cedis|rand|kwacha)|(?:protection|anointing|anointed) (?:oil|mantle)|"
     r"prayer mantle|(?:sealed|seal it|seal the \w+) with a (?:sacrifice|seed|offering)|altar (?:can|will|to) speak|"
     r"(?:saw|seen|showed) (?:you|your (?:face|name)) in (?:the |a )?(?:vision|dream)|(?:revealed|showed) (?:me |him )?"
     r"your (?:name|face|number)"),
    # The utility's units sold cheap or the meter "reprogrammed" for a fee: "tokens of five thousand for two thousand
    # five hundred", "we can reprogramme your meter to a special tariff", "all the old meters must be reprogrammed".
    ("token_discount", "utility", 1.5, "prepaid electricity units at a discount, or a meter 'update' for a fee",
     r"(?:tokens?|units)(?: \w+){0,8} (?:half price|at half|for half|at a discount|discount(?:ed)? price)|(?:half price|"
     r"discount(?:ed)?) (?:tokens?|units)|(?:reprogram\w*|recalibrat\w*) (?:all )?(?:your |the |old )?(?:prepaid )?meters?|"
     r"meters? (?:\w+ ){0,3}(?:reprogrammed|migrated)|meter (?:update|reprogramming|migration) (?:fee|code|payment)|"
     r"special tariff|load shedding compensation"),
    # --- the demand of a robocall: a key that reaches a person or settles the matter ------
    ("press_to_act", "tactic", 1.2, "a key prompt to reach an agent or act on the claim",
     # ... or its spoken form, as a voice agent asks it: "would you like me to transfer you to a live counselor? say
     # yes to continue", "would you like me to connect you with a specialist? just say connect", "just say yes after
     # the tone" (not a coach's "if it asks if you know me, just say yes")
     r"say (?:yes|connect|agent|representative|specialist)(?: now)? (?:to|and (?:ill|i will|we will|well)) (?:continue|"
     r"connect|be connected|get connected|speak|talk|proceed|get started|transfer)\b|(?:would you like|do you want|if "
     r"youd like|if you would like|interested)(?: \w+){0,12} just say (?:yes|connect|agent)\b|just say (?:yes|connect) "
     r"after the (?:tone|beep)\b|"
     rf"{_PRESS} {_KEY} (?:now|today|immediately|right away|and (?:we|well|a|an|one of|connect|speak|talk|"
     rf"get connected|have your)|to (?:speak|talk|reach|connect|be "
     r"connected|get|claim|avoid|stop|lower|reduce|cancel|secure|protect|reactivate|unlock|confirm your "
     r"(?:address|identity|information|details|account|bank details|card details)|"
     r"verify|update|renew|reinstate|keep|learn|find out|see|receive|enroll|apply|start|begin (?:your|the|a) (?:claim|"
     r"application|enrollment)|make a payment|give|"
     r"hear (?:your|a) (?:free )?(?:quote|rate|options)|activate|"
     r"donate|contribute|pledge|reserve|qualify|redeem|accept|make (?:a|your) (?:pledge|donation|gift)|"
     r"process|remove|lock|have|check|review|hear more|finish|complete|file|appoint|settle|resolve|make a claim|"
     r"restore|finali[sz]e|unblock|lift|pay(?: now)? and|"
     r"start (?:a|your) claim)|for (?:more|english|"
     r"details|further|information|forgiveness|assistance|(?:a |your )?free (?:consultation|quote|estimate|"
     r"evaluation|review|inspection|assessment)))|for english press|para espanol|"
     rf"{_PRESS} {_KEY}(?: to)?$|{_PRESS} {_KEY} for (?:the )?(?:\w+ )?(?:desk|department|scheduler|dispatcher|estimator)|"
     # the parcel campaign's language menu: "press one english press two chinese"
     rf"{_PRESS} {_KEY} (?:for )?(?:chinese|mandarin|cantonese)|{_PRESS} {_KEY} english {_PRESS}|"
     rf"{_PRESS} {_KEY} (?:to book|to confirm shipping|and (?:confirm|verify|update|enter your (?:card|bank)|"
     rf"read)|to schedule "
     rf"(?:your|a|an) (?:free|complimentary|no cost))|{_PRESS} {_KEY} "
     rf"if (?:you(?:d| would) like|youre interested|you are interested)|{_PRESS} {_KEY} if (?:you are|"
     r"youre) (?:the|a) (?:homeowner|owner|account holder|business owner|decision maker)|"
     rf"{_PRESS} {_KEY} if you own (?:your|the|a) (?:home|house|business)|"
     # a fee or a fine paid by key ("press one to pay the two ninety nine fee"); honest notices' keys pay a bill or a
     # balance (no honest voicemail of the dev sets, 16 scam ones)
     rf"{_PRESS} {_KEY} to pay (?:the |a |your |this )?(?:\w+ ){{0,4}}(?:fee|fees|fine|penalty|citation)\b|"
     rf"{_PRESS} {_KEY} (?:or|before)|stay on the line (?:to|and) (?:speak|talk|be)|"
     # the transfer without a key: "a representative will be with you shortly"
     r"(?:a|an|the next available|one of our) (?:\w+ ){0,2}(?:representative|agent|specialist|advisor) will be (?:right )?"
     r"with you|(?:please )?hold while (?:we|i) (?:connect|transfer) you|(?:ill|i will|let me|well) connect you (?:with|to) "
     r"(?:a|an|our|one of our) (?:licensed |case )?(?:agent|advisor|adviser|manager|specialist|representative)|the next available (?:\w+ )?(?:representative|agent|specialist|advisor) will (?:pick up|help you)|"
     # "press 1, a nurse is standing by"
     rf"{_PRESS} {_KEY} (?:now )?(?:and )?(?:an?|our) (?:\w+ )?(?:nurse|agent|representative|specialist|operator|"
     r"counselor|advisor)s? (?:is|are|will be) (?:standing by|waiting|ready)|"
     r"(?:an? |the )(?:officer|agent|representative|technician|specialist) will (?:take (?:the|your) payment|verify "
     r"your identity|assist you)|hold for the next available (?:agent|representative|operator|specialist)|"
     # the transfer prompt without a key: "stay on the line for a benefits advisor" (a town
     # hall's "stay on the line to listen" or "to join the conversation" asks nothing)
     r"(?:stay|remain) on the (?:line|phone) (?:to (?:claim|get|book|find out|make|see|learn|receive|lower|"
     r"update|verify|"
     r"confirm|"
     r"reduce|qualify|access|enroll|apply|review|redeem|schedule|hear (?:how|more|about your)|start|"
     r"activate|secure|lock)|(?:and|for) (?:a|an|one of our|our|your|the next) (?:\w+ ){0,2}(?:specialist|"
     r"agent|representative|rep|advisor|adviser|counselor|operator|expert|consultant|case worker))|"
     r"(?:stay|remain) on the line$|hold for (?:a|an|the next) (?:live |licensed )?(?:agent|representative|"
     r"operator|specialist|advisor)"),
    # The "hi mum" call: a relative on a new or borrowed phone has the money paid straight to someone else
    # ("this isnt your number ... the mechanic wants paying, ill text you their bsb and account", "im using
    # leratos phone ... pay it straight to the phone shop").  A child who asks for help pays it in themselves.
    ("kin_pays_stranger", "family_emergency", 1.5,
     "a relative on a new or borrowed phone has the money paid to someone else's account",
     r"(?:(?:temporary|temp|new|cheap|borrowed|different) (?:sim|number|phone)|(?:isnt|is not) your (?:usual )?number|"
     r"whose (?:number|phone) is this|(?:using|on) (?:a |an |the )?(?:\w+s |resort |hotel |hospital |work )?(?:old )?phone|my phone "
     r"(?:broke|fell|died|is dead|got (?:taken|stolen|robbed)|was (?:stolen|taken|snatched)|is about to die)|(?:taken|took) (?:the|our|my) phones|"
     r"(?:took|taken|stole|stolen) (?:my|both my) (?:wallet|passport|bag|cards)|my (?:wallet|passport|bag) (?:got|was) "
     r"(?:taken|stolen)|my cards? (?:got|is|was|has been) (?:blocked|declined))(?: \w+){0,120} "
     r"(?:(?:their|the mechanics|the shops|the vets|the garages|the landlords|the clinics|the hospitals|the hotels) "
     r"(?:\w+ )?(?:bsb|account|payid|bank details|sort code|account details|upi)|(?:send|pay|payid|transfer|put) "
     r"(?:it )?(?:straight )?(?:to|into) (?:the |their )?"
     r"(?:mechanic|shop|vet|landlord|garage|recovery|tow|phone shop|school|res|residence)s?\b|"
     # the stranger who collects: "send it in the hotel manager's name", "the constable's upi"
     r"(?:in|to) (?:the )?(?:\w+ )?(?:managers|lawyers|agents|constables|officers|inspectors|doctors) "
     r"(?:name|account|upi|payid|number|zelle)|"
     r"(?:in|to) the (?:\w+ )?(?:manager|lawyer|agent|constable|officer)s? (?:name|account|upi|payid|zelle)|"
     r"(?:send|pay) it through (?:the )?(?:\w+s )?agent\b)"),
    # The lead-generation call's screening question, put by a live-transfer agent or an AI voice before
    # the hand-over: the listener's debts, cover, age, home or car ("do you carry a balance over three
    # thousand", "are you currently on medicare", "do you still own the vehicle", "you can just say yes
    # or no").  Callers who already serve the listener know the answers; pollsters ask opinions.
    ("screening_question", "tactic", 1.2, "a cold pitch's screening question about debts, cover, age, home or car",
     r"(?:do|did) you (?:currently |still )?(?:carry|have|owe) (?:a balance|balances|more than|over) |"
     r"(?:do|did) you (?:currently |still )?have any (?:pain|debt|credit card debt|coverage|life insurance|"
     r"medical bills|back taxes|student loans)\b|"
     r"are you (?:currently |still )?(?:on|enrolled in|covered by) (?:medicare|medicaid|a health plan|part a|"
     r"(?:an? )?(?:employer|health) plan)|"
     r"(?:are|do) you (?:still )?(?:the )?(?:own|owner|homeowner)(?: of)? (?:the|your|this|a) (?:home|house|vehicle|car|"
     r"property)|are you (?:still )?the (?:home ?owner|owner of the (?:home|house|business))\b|"
     r"(?:you can|just) (?:say|answer) (?:with )?yes or no|"
     r"what year is (?:the|your) (?:car|vehicle|truck)|how many miles (?:are|is|do you have) on|"
     r"(?:is|are) your (?:electric|power|energy|electricity) bills? (?:over|more than|above)|"
     r"how much (?:total )?(?:amount )?(?:are you|you are|do you) (?:owing|owe|paying)|"
     r"(?:were|have) you (?:been )?(?:hurt|injured|involved in an? (?:car )?accident|diagnosed with)|"
     r"are you (?:between|over|under) (?:the age of )?(?:fifty|sixty|sixty five|fifty five|50|55|60|65)\b"),
    ("legit_press", "legit", -1.5, "a key prompt to confirm, reschedule or hear information",
     rf"press {_KEY} to (?:confirm(?: (?:or|if|your (?:appointment|visit|delivery|reservation))|$)|"
     r"reschedule|hear (?:your |our )?(?:store|office|pharmacy)|hear (?:a|the) list|repeat|refill|request a refill|"
     # the supplier's resupply of what the listener already uses: "to reorder press 1"
     r"reorder|"
     r"report (?:an|a|the) (?:new )?outage|"
     # a clinic's own desk: "press 1 to be connected to our scheduling team"
     r"be (?:connected|transferred) to (?:our|the) (?:scheduling|appointments?|booking|reception|front desk)|"
     r"order it|take the survey|schedule (?:your|an|a) (?:appointment|visit|pickup|delivery|"
     r"vaccine|vaccination)|participate)|(?<!dont )(?<!do not )(?:made|recogni[sz]e|authori[sz]ed) "
     rf"(?:this|the|that) (?:purchase|charge|transaction) press {_KEY}|"
     rf"press {_KEY} to confirm or (?:press )?{_KEY} to reschedule|to (?:schedule|book|confirm|change|reorder|"
     rf"reschedule) (?:\w+ ){{0,4}}press {_KEY}|to (?:take|participate in|"
     rf"complete) (?:the|our|this|a) (?:short )?(?:survey|poll) press {_KEY}|to report (?:an|a|"
     rf"the) (?:new )?outage press {_KEY}|"
     # a card alert's key to a machine, no person: "we declined a recent transaction, to review it now
     # with our automated system press 1" (a robocall's key reaches the salesman or the "specialist")
     r"to review (?:it|them|the (?:transaction|purchase|charge)s?) (?:now )?(?:with|through|using|in) (?:our|the) "
     rf"automated (?:system|line|service) press {_KEY}|"
     # a yes-or-no check of a purchase, a ride to the polls, a donor's address
     rf"press {_KEY} (?:for|if) yes(?: or)? (?:press )?{_KEY} (?:for|if) no|"
     rf"ride to the polls (?:\w+ ){{0,2}}press {_KEY}|"
     # a school's interpreter or a class's childcare: "to request an interpreter, press 1"
     rf"(?:request|need|reserve) (?:an? )?(?:interpreter|translator|childcare|child care)(?: \w+){{0,5}} press {_KEY}|"
     rf"if you (?:made|authori[sz]ed|recogni[sz]e) (?:a|this|the|that) (?:purchase|charge|"
     rf"transaction)(?: \w+){{0,8}} press {_KEY}|"
     # a card alert that offers both answers: "if this was you press 1, if it wasn't press 2"
     rf"if you recogni[sz]e (?:this|it|them|these)(?: \w+){{0,3}} press {_KEY}|if (?:this|that|"
     rf"it) was you(?: \w+){{0,2}} "
     rf"press {_KEY}|if (?:these|they) (?:were|are) yours(?: \w+){{0,2}} press {_KEY}|"
     rf"press {_KEY} (?:now )?if (?:these|this|"
     r"it|they) (?:were|was|are|is) (?:yours|you)|"
     rf"press {_KEY} to update your (?:mailing )?address|to update your (?:mailing )?address press {_KEY}|"
     # a research poll's consent: "your participation is voluntary, press 1 to start"
     r"(?:participation|taking part|participating) is (?:completely |entirely )?voluntary|"
     # a statistics office's survey: "press one to be connected to an interviewer"
     r"(?:connected|transferred|put through|speak) (?:to|with) (?:an? |one of our )?(?:survey )?interviewers?|"
     rf"(?:poll|survey) (?:\w+ ){{0,12}}press {_KEY} to (?:continue|begin|start)\b|"
     # an airline's schedule change, a campaign's canvass, a call that knows whom it wants:
     # "press 1 to accept the change", "press one if you plan to support sheriff brandt",
     # "if this is not paul whitaker press 9"
     rf"press {_KEY} to accept (?:the|this) (?:new )?(?:change|time|flight|schedule|itinerary|rebooking|seat)\b|"
     rf"press {_KEY} if you (?:plan|intend|are planning) to (?:support|vote)|"
     rf"if (?:this is not|this isnt) (?!you |your |the |a |an )(?:\w+ ){{1,3}}(?:please )?press {_KEY}|"
     rf"press {_KEY} to begin (?:the|this|our) (?:\w+ )?survey|telephone town hall|"
     rf"(?:help|to) (?:you )?schedule (?:it|your|a|an) (?:\w+ ){{0,4}}press {_KEY}|"
     # "to repeat this message press 1", "press 2 if you'd like us to call back another time"
     rf"to (?:repeat|replay|hear) (?:this|the) message(?: again)? press {_KEY}|"
     rf"to speak (?:with|to) (?:customer service|a customer service (?:representative|agent)|our customer service"
     rf"(?: team)?|the office|reception|the pharmacy|a pharmacist)(?: \w+){{0,2}} press {_KEY}|"
     # "to hear which prescription is ready press 1"
     rf"to (?:hear|learn) (?:which|what|the name of the|more about the|about the) (?:prescription|medication|item|"
     rf"order|refill)s? (?:\w+ ){{0,3}}press {_KEY}|"
     rf"to (?:hear|learn) the (?:prescription|medication|refill)s? (?:name|names|details) press {_KEY}|"
     rf"press {_KEY} if you(?:d| would) like us to call (?:you )?back (?:at )?another time|"
     rf"press {_KEY} to be called back (?:at )?(?:another|a later|a better) time|"
     # "to stop receiving these calls press 9", "press 1 to hear the new flight times"
     rf"to stop receiving (?:these |our )?(?:calls|messages) press {_KEY}|"
     rf"press {_KEY} to hear (?:the|your) (?:new |updated )?(?:flight|schedule|times|itinerary)"),
    # --- offers and problems that robocalls are made of ---------------------------------
    ("rate_reduction", "loan_debt", 1.5, "offers to cut a credit-card interest rate",
     # "a courtesy call on your credit card interest rate", "you qualify for zero percent"
     r"(?:courtesy call|calling) (?:on|about|regarding) your (?:credit card )?interest rate|qualify for (?:a )?(?:zero|0) "
     r"percent|"
     r"rates? (?:are|is) (?:about|going) to (?:increase|go up)|"
     # "this is heather with card member services about your credit card interest rate"
     r"(?:card|car) ?member services? (?:\w+ ){0,3}(?:about|regarding) your (?:credit card )?interest rates?|"
     r"rates? (?:may|can|could|will) be (?:reduced|lowered)|rates? (?:reduced|lowered) to (?:zero|0)|lock (?:in )?your "
     r"rate|"
     # "your account has been selected for an interest reduction of up to 60 percent" (not autopay's "a quarter percent
     # interest reduction")
     r"(?:selected|qualified|eligible|approved|qualify) for (?:an? |the )?(?:interest|rate|apr) reduction|"
     r"save (?:you )?(?:hundreds|thousands)(?: of dollars)? (?:in|on) (?:inter|interest)\b|"
     r"(?:lower|reduce|reducing|lowering|cut|drop) (?:\w+ ){0,3}(?:interest )?(?:rates?|a p r|apr)|"
     # "youre paying way too much interest, we can get that down to zero"
     r"(?:get|bring) (?:that|it|them|those|your (?:rate|rates|interest))(?: rate)? down to (?:zero|0|nothing)|"
     r"paying (?:way |far )?too much (?:in )?interest|"
     r"(?:promotional|promo) (?:zero|0) percent|rate adjustment|interest rates? on your (?:credit )?"
     r"cards|interest "
     r"rates? (?:reduction|program|is about to|will)|(?:zero|0) percent (?:(?:promotional |intro |"
     r"introductory )?(?:offer|rate|apr)|interest|promotion|program)|rate (?:reduction|as low as)|"
     r"as low as (?:zero|one|two|0|1|2) (?:point|"
     r"percent)|card ?(?:member|holder) services|(?:promotional|promotion|promo) (?:rate|apr|offer) (?:is|"
     r"will be) lost|"
     r"(?:promotional|promotion|promo) (?:rate|apr|offer)? ?"
     r"(?:will be|will expire|is about to|is going to|expires? (?:today|soon))|(?:visa|mastercard|"
     r"master card) (?:and|or) (?:visa|mastercard|master card|discover)|"
     r"(?:get|bring) (?:them|it|your rates?|your interest) (?:all the way )?down to (?:zero|0)"),
    ("debt_relief", "loan_debt", 1.5, "offers to wipe out or settle debts or loans",
     # a bad credit history swapped for a bought number: "a new cpn, a credit profile number, a clean credit file"
     r"\bcpn\b|credit (?:profile|privacy) number|"
     r"(?:final round of|eligible for (?:\w+ ){0,3})(?:loan )?discharge|"
     # "there's a one-time discharge available to parents over sixty", "the one time forgiveness program"
     r"(?:one time|full|complete|total) (?:\w+ )?(?:discharge|forgiveness|cancell?ation) (?:is |are )?(?:available|program)|"
     # the tax-relief firm's borrowed name for the irs's own programme: "the fresh start settlement"
     r"fresh start (?:settlement|program|programme|initiative|relief)|"
     r"(?:combine|consolidate|roll) (?:everything|all (?:of )?your (?:debts?|bills|payments)) into (?:one|a single)|"
     r"(?:payments?|loans?) (?:may|could|would|will|can) (?:be reduced|go down|drop) to (?:zero|0|nothing)|"
     r"for giveness|"
     r"negative items (?:\w+ ){0,4}removed|(?:score|credit score) (?:\w+ ){0,2}(?:go up|increase|jump) (?:by )?"
     r"(?:a hundred|\d+) points|"
     r"cut what you owe in half|eliminat\w* (?:\w+ ){0,3}debt|pennies on the dollar|debt free in|one (?:low |"
     r"single )?monthly "
     r"payment|fraction of what you owe|(?:cut|cuts) "
     r"(?:it|them|your debts?|that) in half|(?:payments?|loans?) (?:could|would|will|can) (?:go down|drop) "
     r"to (?:zero|0|nothing)|student (?:aid|loan) (?:paperwork|file|processing|department|center)|"
     r"hardship programs?|settle (?:your|the) "
     r"debts?|(?:credit card|unsecured|medical) debts?|(?:debt|loans?) (?:relief|elimination|"
     r"reduction|cancell?ation|consolidation)|(?:forgiven|forgiveness|forgivness|erased|wiped out)|"
     r"consolidat\w*|debt (?:enrollment|program|paperwork)|reduce (?:your )?monthly payments?|forbearance|"
     r"credit (?:repair|restoration)|(?:raise|"
     r"boost|increase|improve) your (?:credit )?score|(?:\d+|hundred) point increase|income driven|(?:lower|"
     r"reduce|cut) "
     r"(?:\w+ ){0,2}balances?|(?:monthly )?payments? (?:are|is) about to "
     r"(?:increase|go up)|elimination program|(?:erase|wipe out|cancel|forgive|discharge) (?:\w+ ){0,3}"
     r"(?:loans?|debts?|balances?)|(?:loans?|debts?) (?:are|is) (?:now )?eligible for (?:cancell?ation|"
     r"forgiveness|discharge)"),
    ("warranty", "auto_warranty", 1.3, "a vehicle warranty or coverage about to lapse",
     # "...ehicle records show your coverage is lapsing, call us back"; a manufacturer's recall with a fee to pay
     # ("the recall fee has to be paid up front"): a recall's repair is free by law, so its "fee" is the lure
     r"(?<!no )recall fee|coverage (?:is )?lapsing|(?:vehicle|car|auto) records (?:show|indicate)|"
     r"extended service(?: agreement| plan| contract)?|extend a service|notice (?:we|that we) (?:mailed|sent) "
     r"(?:you )?about your (?:vehicle|car|auto|truck)|(?:not|have not|havent) (?:yet )?renewed (?:the |your )?coverage "
     r"(?:on|for) your (?:vehicle|car|truck|auto)|"
     r"(?:insurance )?(?:policy|coverage) (?:is |\w+ ){0,3}(?:set to|about to|going to) lapse|"
     r"(?:car|cars|vehicle|vehicles|auto|automobile|factory|manufacturer|extended|manufacturers) "
     r"(?:\w+ )?(?:warranty|coverage|protection|service contract)|service contract|reinstate "
     r"(?:your )?coverage|coverage (?:will |is about to |ends|expires?|has expired|lapse)|"
     r"(?:warranty|coverage) (?:has |is about to |will )?(?:expire[sd]?|lapse[sd]?|ends?)|home "
     r"warranty|warranty protection|garantia (?:\w+ ){0,2}(?:esta por vencer|vence|ha vencido|expira)|"
     r"repairs? (?:after|past) your expiration date"),
    ("benefits_offer", "health_benefits", 1.2, "offers health, Medicare or government benefits",
     # "seniors in florida may now qualify for an over the counter allowance card"
     r"allowance card|"
     r"(?:aca|health|premium|insurance) subsidies|avoid the gap|"
     # the brace campaign's follow-up: "you have back pain and have not yet received your brace"
     r"(?:have not|havent|not) (?:yet )?received your (?:\w+ )?braces?|free (?:\w+ )?braces? (?:is |are )?ready|"
     r"medicare (?:benefits?|card|plan|recipients|department|office)|(?:funded|paid for|sponsored) "
     r"by the government|government (?:funded|sponsored) (?:\w+ )?(?:scheme|program|trial|grant)|"
     r"(?:free )?hearing aids?|disability rating|mobility scooters?|stair ?lifts?|(?:health|federal) benefit (?:of|"
     r"payment of) |health (?:card|plan|"
     r"coverage|benefits|insurance advisor)|(?:dental|vision) (?:and|benefits)|grocery "
     r"(?:allowance|card|benefits?|money)|groceries|(?:back|knee) brace|braces? (?:program|kit)|diabetic|genetic "
     r"(?:test\w*|screening)|test(?:ing)? kit|cheek swab|open enrollment|zero dollar premium|free (?:prescriptions|kit)|"
     r"benefits (?:department|center|centre)|(?:licensed|enrollment) (?:agent|specialist)|"
     r"attention seniors|(?:people|those|everyone|seniors|anyone) on medicare|new (?:medicare )?card "
     r"is ready|new (?:plastic|medicare|health) cards?|affordable care act|obamacare|"
     r"(?:solar|energy) (?:program|savings|rebate|incentive)|lower your (?:electric|energy|utility) "
     r"bills?|tax (?:relief|forgiveness) program"),
    # A sales pitch is no pretext in a conversation (insurance agents and cable companies sell
    # by phone), but pressed out by a robocall it is what illegal telemarketing is made of.
    # The travelling crew's opening: damage on the listener's house that nobody asked it to look at ("we were doing a
    # roof down the street and noticed you got ice dams"); a pretext for the cash it then wants up front.
    ("canvassed_damage", "other", 1.0, "a crew 'working down the street' says it noticed damage on the house",
     r"(?:doing|working on|did|done|finishing|fixing|redoing|working)(?: on)? (?:a |the |some )?(?:roof|job|driveway|"
     r"gutters?|house|work|repairs?)?(?: \w+){0,3} (?:down the street|next door|on your (?:street|road|block)|around the "
     r"corner|in (?:the|your) neighbou?rhood)(?: \w+){0,6} (?:noticed|saw|spotted|see)\b|"
     # ... or passing by: "we were passing your place and noticed a few slates loose"
     r"(?:passing|driving past|drove past|went past|walking past) (?:your|the) (?:place|house|home|property|roof)"
     r"(?: \w+){0,3} (?:noticed|saw|spotted)\b|"
     # ... or its leftovers from that job: "we got leftover asphalt from a job down the road"
     r"(?:leftover|left over|extra) (?:\w+ ){0,2}from (?:a|the|another|our) (?:job|project|site|driveway|roof)"
     r"(?: \w+)? (?:down the (?:road|street)|next door|nearby|around the corner|in (?:the|your) "
     r"(?:area|neighbou?rhood))"),
    ("sales_offer", "offer", 0.8, "pitches insurance, savings or a discount out of the blue",
     # the door-to-door crew's leftover asphalt, and the pitch robocall's "press 2 if you are not interested"
     r"go solar|solar (?:\w+ ){0,3}zero down|no money down|your roof qualifies|"
     rf"(?:leftover|extra) (?:{_CREW_MATERIAL}|paint|concrete|sealant)|(?:{_CREW_MATERIAL}|concrete|sealant) left ?over|"
     # the pharmacy that sells without a prescription: "seventy percent off and no prescription is needed"
     r"no prescription (?:is )?(?:needed|required|necessary)|(?:dont|do not|wont) need a prescription|(?:press|"
     r"dial) (?:\w+ ){0,2}if (?:you are|youre) not interested|"
     r"double your (?:internet )?speed|"
     r"rates? (?:\w+ ){0,2}(?:for|to) drivers (?:over|age|aged|in)|drivers (?:over|age|aged) \w+|"
     r"final expenses|plans? (?:start|starting|begin) (?:at|from) (?:dollar )?\d+|(?:we buy|buying) (?:houses|homes)|"
     r"cash buyer|home equity (?:payout|conversion|program|release)|(?:government|federally|fha|"
     r"hud) (?:insured|backed) "
     r"(?:\w+ ){0,2}(?:home equity|reverse mortgage|program|payout)|pay off your mortgage (?:and|with)|"
     r"allocation of (?:\w+ ){0,2}(?:coins|gold|silver|bars)|approved (?:a |an )?(?:\w+ )?(?:discount|"
     r"rebate|credit) for your (?:household|home)|(?:whole life|final expense|burial|term life|life|"
     r"medicare supplement) (?:insurance|"
     r"coverage|plans?|policy|benefits?|programs?|costs?)|(?:seniors|homeowners|veterans|business "
     r"owners) (?:between|aged|over|age|in your area|in your state)|every dollar (?:is|will be) "
     r"matched|pre ?existing conditions?|(?:no|without) (?:health "
     r"questions|medical exam)|turned down for coverage|guaranteed (?:acceptance|approval|issue)|"
     r"paying too much|overpaying|(?:physical|precious metals?) (?:gold|silver)|(?:gold|silver|precious metals?) "
     r"(?:ira|rollover|coins)|(?:move|roll|convert) (?:\w+ ){0,3}(?:ira|401 ?k|retirement|savings) (?:\w+ ){0,2}into "
     r"(?:physical )?(?:gold|silver|precious metals)|timeshare (?:owners?|exit|resale|relief|cancell?ation)|"
     r"(?:exit|cancel|sell|get out of|regarding|about) (?:\w+ ){0,2}timeshare|(?:buyer|"
     r"offer) (?:\w+ ){0,4}(?:for|in|on) your timeshare|free (?:home )?(?:security )?(?:systems?|cameras?|"
     r"alarms?|pendants?|devices?)|free (?:\w+ ){1,3}(?:security )?(?:systems?|cameras?|alarms?)|"
     r"(?:half|fifty percent|50 percent) (?:off|the price)|(?:lower|"
     r"reduce|cut) your (?:\w+ )?(?:bill|payments?) by|(?:two|three|\d+|only) (?:spots|openings|places|"
     r"slots) left|(?:lower|reduce|cut) your (?:\w+ )?premiums?|how much you (?:can|could) save|(?:homeowners|"
     r"families|seniors|veterans) who qualify|(?:only )?a few (?:spots|openings|places) left|(?:cancel|"
     r"exit|get out of|sell) (?:\w+ )?(?:your )?time ?share|time ?share (?:exit|owners|cancell?ation)|"
     r"hospital indemnity|indemnity plan|(?:a|have a) "
     r"buyer (?:who is )?(?:ready|who wants|for your)|cancel your (?:timeshare )?contract|"
     r"as low as (?:\w+ ){1,3}a (?:day|month)|(?:zero|0|no) "
     r"out of pocket|(?:completely|absolutely|totally|100 percent) free|absolutely no (?:cost|charge)|"
     r"paid (?:for )?by (?:your )?insurance|"
     r"(?:already )?(?:been )?(?:paid for|purchased) (?:for you|by a)|purchased (?:a |an )?(?:\w+ ){0,4}"
     r"for you|"
     r"(?:offer|give|apply) (?:you )?(?:a |the |your )?(?:\w+ )?discount|(?:free|no cost|"
     r"complimentary) (?:\w+ ){0,3}(?:inspections?|estimates?|assessments?|audits?|tests?|screenings?|"
     r"testing|analysis|consultation)"),
    # Claims firms and fake tax offices open with money the listener is owed.
    ("owed_money", "refund", 1.2, "says the listener is owed money: a refund, a claim, compensation",
     # "your policy number ending in 447 has a refund of 812 dollars, to process it we just need your social"
     r"(?:policy|account|claim|plan)(?: \w+){0,6} has a refund of(?: \w+){0,4} to (?:process|release|send|issue) it\b|"
     # the card "rewards desk": "8,450 reward points expiring on the 31st, we can convert them into cash"
     r"(?:reward|bonus|loyalty) points(?: \w+){0,4} (?:lapsing|expiring|expire|lapse)(?: \w+){0,20} (?:convert|cash|credit)|"
     r"tax (?:rebate|refund) (?:of (?:\w+ ){1,4})?(?:is )?(?:pending|waiting|due|owed|available|ready)|"
     r"(?:you are|youre|you were|you may be|you could be|you might be) (?:\w+ )?(?:owed|entitled to)|"
     # the dormant wallet: "a balance of zero point seven bitcoin ready to withdraw"; "you could be due compensation"
     r"(?:balance|funds|bitcoin|crypto|coins)(?: \w+){0,6} (?:ready|available) (?:to|for) (?:withdraw|withdrawal|claim|"
     r"release)\b|(?:you|u) (?:could|may|might) be due (?:\w+ ){0,2}(?:compensation|a (?:refund|payout|payment|"
     r"rebate))|"
     r"(?:may|might|could) owe you|(?:we|they) owe you a (?:credit|refund)|(?:your|ur) pre ?approved (?:amount|funds|"
     r"loan|balance)|(?:your|ur) approved (?:funds|"
     r"amount)|approved funds|unclaimed balance|unclaimed (?:\w+ ){0,2}(?:distribution|dividend|funds|payment|refund) in your "
     r"name|"
     r"(?:check|deposit|funds|payout) (?:\w+ ){0,8}(?:placed |put )on hold|(?:you are|youre) due a (?:tax )?(?:refund|"
     r"rebate)|"
     r"(?:holding|hold|held) your (?:\w+ )?(?:refund|funds|money|check)|release "
     r"your (?:\w+ )?refund|refunds? (?:is |was |has been |s been |been )?(?:on hold|returned|held)|"
     r"set aside (?:in|for) (?:your name|"
     r"you)|class action|estate of (?:a|your) "
     r"(?:late )?relative|(?:money )?owed to (?:you|u)\b|refund on your (?:account|bill)|inheritance|"
     r"unclaimed (?:funds|money|property|refund|check)|(?:insurance|insurer|insurance company) (?:may|might|"
     r"could|will) "
     r"(?:pay|cover)|"
     r"owed (?:a |an )?(?:\w+ )?(?:refund|rebate|compensation|payout|payment)|cash settlement|(?:wasnt|was not) your "
     r"fault|mis ?sold|(?:compensation|pay ?out|refund|rebate|claim) of up to|"
     # the accident-claims robocall: "regarding the accident you had recently"
     r"(?:accident|injury) you (?:had|were in|suffered) (?:recently|lately|in the last)"),
    ("eligibility", "tactic", 1.0, "tells the listener they qualify or were picked",
     # a result no honest lawyer or lender can promise: "we guarantee approval in 30 days"
     r"(?:we )?guarantee(?:d)? (?:your |the |you )?(?:approval|visa|green card|acceptance|a visa|a loan)|"
     # help with a bill the listener already owes (energy or financial assistance) is what honest
     # utilities and hospitals offer; a pitch offers something new
     r"(?:youre (?:now )?(?:eligible|qualified|pre ?approved|approved)|(?:you|u) (?:\w+ )?(?:qualify|"
     r"qualified|are eligible|are now eligible|may be eligible|could be eligible|are pre ?approved|"
     rf"have been (?:pre ?)?(?:approved|selected(?! {RANDOM_TEST})|chosen)|were (?:selected|chosen)|are approved))"
     r"(?! for (?:\w+ )?(?:energy|financial|bill|payment|hardship) assistance)|eligib\w+ (?:to|will|ends|"
     r"expires)|pre ?selected|"
     r"(?:approved|qualify|qualified) for (?:our|the|a|complete|up to|dollar \d+)|same day funding|"
     r"you have been approved|(?:an|your|the) "
     r"approval (?:sitting|ready|waiting)|pending approval|approved pending|youve been (?:pre ?)?(?:approved|"
     rf"selected(?! {RANDOM_TEST})|chosen)|"
     r"(?:list|people|those) (?:\w+ ){0,3}eligible "
     r"for|eligible for (?:our|a|the) free|(?:account|home|business|number|score|file|case) qualifies for|qualify "
     r"(?:now|today)|"
     r"(?:women|men|people|anyone|those|veterans|homeowners|residents|seniors|families) (?:\w+ ){0,8}"
     r"(?:may be|are|could be|might be) (?:now )?(?:eligible|entitled)"),
    ("file_review", "other", 1.2, "an anonymous office reviewing the listener's file",
     r"(?:registration|application|enrollment|records?|file|app) (?:is |are |was )?(?:incomplete|missing|on "
     r"hold)|fee not (?:received|recd|paid)|"
     r"vehicle services? (?:department|division|center)|(?:registration|license|licence|record) "
     r"(?:has been|was|got) flagged|"
     r"(?:processing|verification|enrollment|claims|review|reviewing|approvals?|eligibility|protection|"
     r"final expense|"
     r"shipping|delivery|financial relief|loan|grant|prize notification|benefits?) (?:center|department|"
     r"office|desk|centre)|(?:review|reviewing|reviewed) (?:of )?your (?:file|application|case|"
     r"paperwork)|(?:your|the) file (?:is|has|will|we|shows)|(?:programs?|funds|benefits|grants?|money) "
     r"(?:are |is )?still available|close (?:out )?your (?:file|case)|(?:application|file) "
     r"(?:is |has been )?(?:pending|incomplete|under review)|pending (?:file|case|application)|ready for release|"
     r"(?<!we )(?<!can )(?<!to )(?:file|paperwork) (?:we have )?(?:for you|in front of)|(?:file|account|case) (?:\w+ ){0,2}(?:was|"
     r"has been|got) flagged|name is on the file"),
    ("grant_offer", "prize", 1.5, "offers free money: a grant, a check to deposit",
     r"dollar grant|grants? department|grant (?:to use )?for any purpose|"
     r"(?:approved|qualif\w*|eligible|selected) for (?:a )?(?:free|zero cost|no cost) (?:\w+ )?(?:heat pump|solar|"
     r"insulation|windows|furnace|roof|boiler)|"
     r"employee retention credit|erc (?:refund|credit|team)|(?:government|federal|small business|free) grant|"
     r"grant of|never have to (?:pay|repay)|(?:do not|dont|wont) (?:need to|have to) (?:pay|repay) "
     r"(?:(?:it|this|that|the money|anything) )?back|"
     r"free (?:government )?money|stimulus|(?:sent|send you) a check to deposit|check to deposit|your grant"),
    ("job_offer", "job", 1.5, "an easy job or income offer out of the blue",
     # a hire with no interview: "we reviewed your profile and you're hired"; a wage for liking videos
     r"(?:reviewed|saw|found) your (?:profile|resume|cv)(?: \w+){0,4} (?:youre|you are|youve been|you have been) "
     r"(?:hired|selected)\b|(?:earn|make) (?:\w+ ){1,6}(?:a|per) day (?:just |simply )?(?:by )?(?:liking|rating|reviewing|"
     r"watching|clicking)|"
     # the reshipping mule and the rating task: "receive items, check them and reship them with the labels we send",
     # "help merchants boost their app ratings from your phone"
     r"re ?ship (?:them|it|the (?:items|packages|parcels))|boost (?:their|the|our) (?:app )?(?:ratings|rankings)|"
     r"liking (?:youtube |tiktok |instagram )?(?:videos|posts)|(?:rate|rating) hotels|hotels pay to be rated|"
     r"help merchants (?:increase|boost|improve) (?:\w+ ){0,2}"
     r"(?:sales|ratings|rankings)|"
     # a job or a visa sponsorship that the worker pays for (employers pay for lmia, sponsorship and h1b):
     # "lmia approved job offer for your brother, total fee is 25,000"
     r"(?:lmia|certificate of sponsorship|sponsorship|job offer|h ?1 ?b (?:transfer|visa)|work (?:permit|"
     r"visa))(?: \w+){0,14} "
     # (not the state's own "work permit government fee is paid by the applicant")
     r"(?:(?<!government )(?<!filing )(?<!application )(?:total |processing |placement )?fee (?:is|of)|deposit "
     r"(?:of|chahiye|is)|fees? (?:chahiye|dena))|"
     # the remote job taken to a chat app: "a remote data entry position at 42 dollars an hour, please send me a
     # message on whatsapp to begin" (an honest recruiter's "give me a call" is no such step)
     r"(?:remote|online|part time|home based) (?:\w+ ){0,3}(?:position|job|role)(?: \w+){0,20} (?:on|via|through|at) "
     r"(?:whatsapp|telegram)\b|"
     r"(?:work|working|jobs?) from home (?:\w+ ){0,6}(?:earn\w*|making|pays?|paying|job|position|"
     r"opportunit\w*)|(?:earn|make|pays?|paying) (?:\w+ ){0,6}(?:a|per) (?:day|hour)|"
     r"(?:dollar |pound )?\d+ to (?:dollar |pound )?\d+ "
     r"(?:(?:dollar|pound|euro|rupee)s? )?(?:daily|a day|per day|every day)|"
     # ... in words: "three hundred to five hundred a day"
     r"(?:\w+ )?(?:hundred|thousand) to (?:\w+ )?(?:hundred|thousand) (?:(?:dollar|pound|euro|rupee)s? )?"
     r"(?:daily|a day|per day|every day)|"
     r"only (?:need|needs|required|require) (?:a |your )?(?:phone|smartphone|mobile)|earn "
     r"thousands|no experience|(?:secret|mystery) shopper|(?:liking|rating|reviewing) (?:videos|"
     r"products|posts|hotels|apps|movies|restaurants)|business opportunity|(?:invest|investing) in gold|"
     # the task scam: paid daily for ratings, then a top-up to unlock the next tasks
     r"paid daily|(?:remote|home|part time) (?:\w+ ){0,3}(?:processing|handling) (?:\w+ )?payments|"
     r"tasks a day|boost (?:product|app) (?:data|ratings)|paid in (?:usdt|crypto|bitcoin)|simple tasks|"
     r"no interview (?:needed|required|necessary)|paid instantly|hotel rating|"
     r"(?:hotel|product|app) review(?:er|ers)? (?:assistants?|jobs?|tasks?)|paid same day|"
     r"work from (?:your )?(?:phone|home)(?: \w+){0,4} (?:\d+|thirty|fifteen|twenty) (?:mins?|minutes|hours?|hrs?) "
     r"a day|"
     r"(?:like|rate|review) and (?:rate|review|like) (?:some |the |our )?(?:videos|products|posts|hotels|apps)|"
     r"\d+ to (?:dollar |pound |euro )?\d+ (?:(?:dollar|pound|euro|rupee)s? )?(?:a|per) week|"
     r"salary (?:of )?(?:dollar |pound )?\d+ (?:to )?\d+ (?:per|a) (?:month|week|day)|"
     r"wrap(?:ping)? your car|(?:car|vehicle|auto) wrap|reshipp\w+|reship (?:them|(?:the )?(?:packages|parcels|items))|"
     r"forward (?:them|the packages|the items|"
     r"items) with (?:our )?prepaid labels|package (?:handling|forwarding|inspector)|quality control "
     r"inspector|(?:dollar )?\d+ (?:to )?(?:dollar )?\d+ (?:a |per )?day|unlock (?:the )?(?:premium|vip|next|"
     r"higher) (?:tasks|level|orders)|top "
     r"up (?:your )?(?:account|wallet|balance)|combination order|top up (?:dollar )?\d+"),
    ("parcel_trouble", "delivery", 1.3, "a parcel stuck, returned or delivered wrongly",
     r"delivered twice|(?:out for delivery|tried to deliver|attempted to deliver)(?: \w+){0,3} twice|"
     r"no signature (?:was )?(?:received|recieved|obtained)|(?:is )?still unsigned|"
     r"(?:not|never|nobody|no one) (?:\w+ )?signed for|returned (?:twice|to "
     r"(?:the )?sender)|(?:delivery|shipment) (?:has |have )?failed|(?:missing|incorrect|wrong|"
     r"invalid) (?:address|information|details)|(?:house|street|apartment|unit) number (?:is|was) (?:incomplete|incorrect|"
     r"invalid|missing)|(?:address|information|details) (?:was|is) "
     r"(?:incomplete|incorrect|wrong|missing)|(?:waiting|held) (?:at|in) (?:our|the) warehouse|"
     r"(?:package|parcel|shipment|item|items|goods|delivery|order|consignment|box|card)(?: \w+){0,12} (?:be )?(?:destroyed|"
     r"disposed of)|(?:or|otherwise|else) (?:it|itll|they|theyll|it will|they will)(?: \w+){0,2} (?:be )?(?:destroyed|"
     r"disposed of)|(?:puppy|pet|dog) (?:is )?(?:held|arrived)|(?:could not|"
     r"cannot) clear customs|(?:order|"
     r"package|delivery) (?:\w+ ){0,6}payment (?:issue|problem)|(?:package|parcel|"
     r"shipment|delivery) (?:pending|waiting|on hold)|requires (?:your )?confirmation|(?:held|holding|"
     r"sitting) at (?:our|the) (?:facility|warehouse|depot)|address (?:problem|issue|error)"),
    ("account_alert", "banking", 1.0, "an unprompted alert about access to an account",
     r"log(?:ged)? ?in (?:attempt )?from (?:two different|another|a different|an unknown|two) (?:locations?|"
     r"country|countries|state|device)|"
     # "we noticed a login on your gcash from another device in cebu", "a sign in to your account from a new phone"
     r"(?:log ?in|sign ?in|login attempt) (?:on|to|into) your (?:\w+ ){0,2}from (?:a |an )?(?:another|new|different|"
     r"unknown|unrecogni[sz]ed) (?:device|phone|location|computer|country)|"
     r"suspicious (?:activity|activities) (?:in|on|from|under) your|"
     # "someone added a new payee to your internet banking this morning"
     r"(?:someone|somebody) (?:has )?added a new payee|(?:unauthori[sz]ed|"
     r"unrecogni[sz]ed) (?:login|device|sign in|access)|someone (?:\w+ )?(?:tried|has tried|"
     r"attempted|is trying|logged) (?:to )?(?:access|use|log|login|withdraw|send|into)|"
     r"(?:has|have|was|got|is) (?:been )?(?:hacked|compromised|cloned)|(?:in|on) your state|(?:card|"
     r"account) (?:was |has been )?used (?:in|for) (?:fraud|a fraud)|(?:payment|"
     r"transaction|transfer) (?:was |has been |is )?flagged|(?:home|property) title (?:was |has been )?"
     r"(?:accessed|changed|transferred)|quitclaim deed|title lock|(?:used|"
     r"accessed) (?:\w+ ){0,2}(?:by hackers|from another (?:country|state)|in another (?:country|state))|"
     r"(?:accessed|used|logged into|signed into) from (?:\w+ ){0,2}(?:nigeria|russia|china|ukraine|romania|"
     r"another country|overseas)|(?:icloud|apple id|account|email) (?:was |has been |is )?(?:breached|"
     r"accessed by someone)"),
    ("listing_threat", "other", 1.3, "says a business listing will be removed or marked closed",
     # ... as British, Irish and Pacific firms hear it: "once it lapses anyone can buy it", "your website and email will go
     # offline", "you confirmed the details with my colleague last month so the invoice is now due", "say yes to confirm"
     r"anyone (?:can|could) (?:buy|register|take|grab) it|(?:website|site|email|domain)(?: and (?:the |your )?(?:\w+ )?"
     r"(?:email|website|site))? (?:will|is going to|are going to) (?:go offline|be shut off|stop working|be switched off)|"
     r"(?:confirmed|agreed to|approved) (?:the details|it|your listing|the listing)(?: \w+){0,3} (?:with my colleague|last "
     r"(?:month|year))|say yes to confirm|verbal yes|yes on a recorded line|"
     # the registrar's "someone in china has applied for a domain and trademark using your brand"
     r"(?:someone|a company|an agent|a firm) in china (?:has )?(?:applied|registered|is trying to register|wants to "
     r"register)|(?:applied|apply|register|registering) for (?:a |the )?domains?(?: and (?:a )?trade ?marks?)? using your "
     r"(?:brand|business name|company name|name)|"
     # the small business's web presence sold by fear: "bad reviews showing up on top, we can get those pushed down",
     # "we guarantee first page in 30 days", "your website is not submitted to the major search engines", a domain that
     # "once it lapses can be purchased by anyone, including competitors", "a one-star review about to post"
     r"reviews?(?: \w+){0,12} (?:pushed down|buried|taken off)|(?:guarantee|guaranteed) (?:you )?(?:first|top|page one)"
     r"(?: page| spot| ranking)?|ranking you on page|search engines? submission|submitted to the (?:major )?search engines|"
     r"(?:purchased|bought|registered|taken|grabbed) by (?:anyone|anybody|a competitor|competitors|someone else)|"
     r"(?:one star|1 star|negative|bad) review (?:about to|is about to|is going to|going to|will) (?:post|go live|be posted|"
     r"go up)|(?:global|international|world) "
     r"(?:trademark|patent|business) (?:register|registry|listing|database)|international listing|"
     # "before your listing goes offline on friday", "your business profile has been flagged", "your business is not
     # yet listed ... press one to be added"
     r"(?:listing|profile)(?: \w+){0,4} (?:goes|will go|is going to go|is going) offline|(?:profile|"
     r"listing) (?:has been|was|is) "
     r"flagged|business is not (?:yet )?listed|"
     r"(?:about to be|going to be|will be) marked (?:as )?(?:permanently )?closed|"
     r"customers (?:cant|cannot|can not) find (?:you|your business)|(?:could|will|may) be suppressed|"
     r"one star reviews|reviews? taken down|domain name expiration|"
     r"(?:verification|verify|verifying) (?:on |of )?(?:your |the |all )?business listings?|listings? (?:\w+ ){0,5}"
     r"(?:yours|your listing|your business) (?:is|has been|was) flagged|(?:profile|page|listing) (?:will|is going to) be "
     r"(?:flagged|suspended|removed)|competitor (?:can|could|will) (?:buy|take|grab|"
     r"register)|(?:business|trade) (?:directory|register)(?: \w+){0,6} "
     r"(?:renew|renewal|renews)|stop work order|unannounced inspection|"
     r"not showing up on (?:google|yelp|maps|apple maps)|"
     r"(?:hidden|removed) from (?:local )?(?:search|google|the map|maps)|(?:profile|listing|page)(?: on (?:google|maps|yelp))? "
     r"(?:is|will be|is going to be) (?:suspended|hidden|deactivated)|(?:showing|seeing) you as closed|"
     r"(?:ssl|security) certificate (?:has )?(?:lapsed|expired)|not secure warning|"
     r"(?:one star|1 star|negative|bad|fake) reviews? (?:\w+ ){0,8}(?:unless|until) you pay|(?:remove|delete|take "
     r"down) (?:the |your |those )?(?:bad|negative|one star) reviews|review (?:protection|removal)|before it "
     r"(?:becomes|goes) public|download the complaint|(?:filed|trying) to register (?:\w+ ){0,4}your (?:company s |"
     r"companys |business )?name|lose the rights to|(?:need|just need|get) a yes (?:to confirm|for (?:our|the) "
     r"recording)|business directory|yellow pages|approval from last year|"
     r"domain (?:name )?(?:registration |renewal )?(?:\w+ ){0,6}(?:expires?|expiring|due to expire)|"
     r"domain(?: name)?(?: \w+){0,3} (?:is|are) expiring|(?:lose|losing) your (?:web address|domain)|"
     r"business (?:profile|listing) (?:needs|has) to be (?:updated|verified)|(?:showing|shows|listed|"
     r"marked) as (?:permanently )?closed|shows? you as (?:permanently )?closed|domain (?:will be|is being|"
     r"is going to be) "
     r"suspended|"
     r"trademark (?:registration|renewal|application|filing|compliance)|publication fee|filing deficiency|"
     r"(?:google|business|search|map) listing|first page (?:of google|when)|page (?:two|three|2|3) (?:on|of) "
     r"google|domain (?:name )?(?:\w+ ){0,3}(?:is set to |will |is about to )expire|trademark (?:registry|"
     r"database|publication)|(?:your|the) (?:business )?"
     r"listing on|listing (?:will be|is being|has been) (?:removed|marked|"
     r"suspended|deleted|flagged)|(?:verify|claim|update) your (?:business )?listing|(?:listing|"
     r"directory) (?:renewal|fee|subscription)|marked as "
     r"(?:permanently )?closed"),
    # an inspector's or an office's fine, due now: "a penalty outstanding, we take that over the phone"
    ("penalty_due", "government", 1.0, "claims a fine or penalty is due or a permit is at risk",
     # the registry's filings sold abroad: "your confirmation statement is overdue ... avoid strike-off", "you'll be
     # dissolved if it's not filed", "a 350 dollar compliance fee today", "our inspector will close the premises unless
     # payment", "settling within 48 hours to stop enforcement action" (not "a late filing penalty": accountants say it)
     r"confirmation statement (?:is |was )?(?:overdue|late|past due)|strike ?off|struck off|(?:be|get) "
     r"dissolved|(?:compliance|inspection|licen[cs]e|certification) fee (?:\w+ ){0,3}today|on the spot fine|close (?:the|"
     r"your) (?:premises|business|shop|store|salon|restaurant|cafe) (?:down )?unless|within \d+ hours to (?:stop|avoid|"
     r"prevent) enforcement|"
     # the company's filings sold as the state's: "your llc's annual report hasn't been filed ... administrative
     # dissolution", "annual minutes ... the loss of your corporate protection", "your ein needs to be renewed for 2026",
     # "the b o i filing center ... you're accruing fines", "a second and final notice ... statement of information
     # overdue"
     r"annual report (?:hasnt|has not|was not|wasnt|is not|isnt) (?:been )?filed|administrative(?:ly)? dissol\w+|"
     r"(?:loss|lose|losing) (?:of )?(?:your )?(?:corporate|liability) (?:protection|shield|veil)|annual (?:corporate )?"
     r"minutes|statement of information (?:is |was )?(?:overdue|past due|delinquent|not filed)|(?:ein|tax id|federal "
     r"tax id)(?: \w+){0,3} (?:needs to be|must be|has to be|is due to be) renewed|accruing (?:fines|penalties)|"
     r"(?:beneficial own\w+|b o i|boi) (?:information )?(?:report|filing)(?: \w+){0,6} (?:fines?|penalt\w+|overdue|past "
     r"due|not (?:been )?(?:filed|submitted))|(?:hasnt|has not|havent|have not) (?:submitted|filed) (?:its|your|the) "
     r"(?:beneficial|b o i|boi)|"
     # "if the fee isn't paid by tomorrow we'll have to post a closure notice", "if you settle over the phone today we can
     # reduce the fine by half", "a re-inspection fee outstanding", "mandatory food handler certification ... payable in
     # advance"
     r"(?:post|issue|put up) a closure (?:notice|order)|settle (?:it |this |that )?over the phone|(?:legal|court|civil|criminal) (?:matter|case)(?: \w+){0,10} "
     r"take care of (?:this|it|the matter) (?:today )?(?:by|over the) phone|(?:reduce|cut) the "
     r"(?:fine|penalty|citation) by|re ?inspection fee (?:\w+ ){0,3}(?:outstanding|overdue|unpaid|past due)|(?:mandatory|required) (?:food handler|food safety|"
     r"compliance) (?:certification|training|course)|"
     r"(?:subject to )?fines? (?:of )?up to|(?:the|your) penalty amount|closure list|pending (?:a )?fee payment|"
     r"waive (?:it|the fine|the penalty|"
     r"the fee) if you pay|(?:and|to) avoid (?:a|any) (?:(?:dollar|pound|euro) \d+ )?(?:penalty|fine)|"
     r"non ?compliance (?:fee|fine|penalty)|"
     r"(?:labor law|osha|safety|workplace) (?:compliance )?posters?|poster compliance|"
     r"toll violations?|unpaid (?:tolls?|crossings)|outstanding tolls?|"
     r"(?:suspension|suspended|flagged) (?:\w+ ){0,3}(?:due to|for) unpaid "
     r"(?:citations|tickets)|"
     r"(?:citation|fine|penalty|violation) of (?:\w+ ){1,4}(?:dollars|that has to|you can pay|must be paid)|"
     r"(?:penalty|penalties|fine|fines|administrative fee|violation fee)s? (?:\w+ ){0,3}(?:outstanding|due|owed|"
     r"to avoid|accrues?)|subject to (?:a |an )?(?:\w+ )?(?:fine|penalty|penalties)|(?:daily|per day) "
     r"penalt(?:y|ies)|suspend (?:the|your) (?:permit|license|licence)|out of compliance|fine (?:is )?pending|"
     r"settle (?:it )?(?:today )?(?:at|for) a reduced (?:amount|rate)|(?:can|could|will) (?:be )?shut (?:you )?down|"
     r"(?:licen[cs]e|registration|certificate|permit)(?: \w+){0,2} (?:is |has been )?(?:on hold|suspended) "
     r"pending|(?:permit|inspection|reinspection) fee (?:\w+ ){0,6}(?:before|on file|outstanding)"),
    ("lawsuit_notice", "government", 1.2, "announces a pending lawsuit or summons",
     r"intent to file|pending (?:lawsuit|litigation|legal action|case|legal matter|matter)|(?:summons|subpoena)|"
     r"(?:legal matter|complaint|case|lawsuit|suit|claim|legal action)s? (?:\w+ ){0,2}filed (?:under|against|in) "
     r"your name|"
     r"(?:notice|notification) of (?:a )?(?:pending )?(?:lawsuit|legal action|litigation)"),
    # --- pressure -------------------------------------------------------------------------
    ("deadline", "tactic", 0.8, "a deadline or a last chance",
     # a booking held for hours: "the owner holds it only until tonight"
     r"(?:hold|holds|holding|keep|keeps) (?:it|them|the (?:\w+ )?(?:room|cabin|spot|booking|seat|price|rate|deal|unit|"
     r"slot)) (?:only )?(?:until|till|til) (?:tonight|midnight|noon|the end of (?:the )?day)\b|"
     r"(?:last|final) courtesy call|before we close (?:the|your) file|"
     r"(?:set|about|going|scheduled) to (?:lapse|expire|be cancell?ed|terminate) (?:today|tonight|tomorrow)|"
     r"(?:second|third|2nd|3rd) (?:and final )?(?:notice|attempt)|last (?:call|opportunity)|before (?:it|"
     r"they) expires?|final "
     r"attempt|the deadline (?:on (?:that|this|it) )?is|"
     r"(?:closes|ends|expires?|expiring|end|runs out) (?:today|tonight|soon|at the end)|"
     # (a delivery's estimate is no deadline: "out for delivery, est. by end of day")
     r"(?<!est by )(?<!estimated by )(?<!expected by )(?<!arriving by )end of (?:the )?"
     r"(?:day|business)|act (?:now|today|fast|quickly)|(?<!est )(?<!estimated )(?<!expected )(?<!arriving )"
     r"(?:before|by) (?:the )?(?:deadline|end of)|respond (?:today|now|immediately|before)|within (?:the|an|one) "
     r"hour|in the next "
     r"(?:\w+ ){0,2}(?:minutes|hours)|time sensitive|about to (?:expire|end|close|increase|go up|"
     r"be (?:suspended|closed|cancell?ed|blocked))|will (?:expire|close|lapse) (?:today|soon|"
     r"tonight)|today (?:only|or)|(?:call|press \w+) (?:now|today) before|(?:spots|funds) are "
     r"limited|(?:final|last) (?:courtesy )?(?:call|notice)|"
     r"ignoring this|(?:before|until) it goes to|(?:call|calling|speak with you|hear from you|return "
     r"this call) (?:back )?today|(?:call|calling) (?:us|me) back today|"
     # "if we do not hear from you before 4 pm today, your case will be forwarded"
     r"(?:if|unless) we (?:do not|dont) hear (?:back )?from you (?:by|before) (?:\w+ ){0,3}today"),
    ("consequence", "tactic", 0.8, "spells out what happens if the listener does nothing",
     # "call us back before it's sent to the dmv", "your car is on the tow list"
     # (not a lender's "before it's reported to the credit bureaus": honest collectors say when)
     r"before (?:its|it is|it gets|this is|this gets) (?:sent|referred|reported|forwarded|turned over) to (?:the )?(?:dmv|"
     r"rmv|sheriff)|(?:car|vehicle|truck) is (?:on|in) the tow list|"
     # "pay the permit through us by tomorrow or we cant do your driveway"
     r"(?:by|before) (?:tomorrow|tonight|today|the end of (?:the )?day|noon|five)(?: \w+)? or (?:we|i|they) (?:cant|cannot|"
     r"can not|wont|will not)\b|"
     # "your application number ending in 602 has an error and will be denied unless you call back today"
     r"(?:will|is going to|may) be (?:denied|rejected|voided|cancelled|canceled|closed|forfeited|impounded|seized|"
     r"confiscated) (?:unless|if you dont|if you do not|if we dont|if we do not)|"
     r"(?:cattle|livestock|animals|property|equipment|truck|trailer|boat) (?:will|is going to|are going to) be "
     r"(?:impounded|seized|confiscated)|"
     # a loan sent to collections unless the listener enrolls in the caller's plan
     r"(?:collections?|default)(?: \w+){0,2} unless you (?:enroll|sign up|apply|join)|"
     # the fake platform's margin call: "the system liquidates if it goes under 20k"
     r"(?:system|platform|account|position) (?:will )?(?:liquidates?|be liquidated)|"
     # a company's filing held over it: "penalties are 591 dollars per day", "placed on inactive
     # status", "struck off", "a late filing penalty is now being applied"
     r"(?:penalt(?:y|ies)|fines?) (?:of |are |is )?(?:\w+ ){0,3}(?:per|a|each) day|(?:placed|put) (?:on|into) "
     r"(?:inactive|delinquent|suspended|revoked) status|struck off|late (?:filing )?penalt(?:y|ies) (?:is |are )?"
     r"(?:now )?being (?:applied|charged)|"
     r"(?:sent|referred|turned over) (?:for|to) (?:a |our |the )?collections?\b|(?:employees|staff) (?:wont|will not) "
     r"(?:get paid|be paid)|"
     r"(?:seran|sera) (?:cancelad[oa]s?|devuelto|suspendid[oa]s?|desconectad[oa]s?)|"
     r"(?:well|we will) proceed (?:\w+ ){0,4}without you|"
     r"(?:paycheck|salary|wages|direct deposit|disbursement) (?:will be|is going to be) (?:held|returned|frozen|"
     r"delayed|on hold)|"
     r"to avoid (?:\w+ ){0,2}(?:disconnection|cancell?ation|suspension|arrest|penalt\w*|legal|"
     r"losing|interruption|delays|shut ?off|deportation|prosecution|being)|(?:will|could|may) "
     r"lose (?:your )?(?:coverage|benefits|power|service|account|money|data|access|funds)|"
     r"responsible for all (?:repairs|charges)|(?:will|is going to|going to) be repossessed|(?:will|"
     r"to) be (?:destroyed|deactivated|frozen|"
     r"seized|interrupted|cut)|before we (?:close|proceed|take|file(?! for you| your (?:\w+ )?(?:return|taxes)))|(?:lose|losing) (?:your )?"
     r"(?:coverage|benefits)|(?:stop|prevent) the (?:disconnection|cancell?ation|suspension)|"
     r"(?:if|unless) (?:you )?(?:do not|dont) (?:respond|call|pay|act|confirm|verify)|(?:and|to) "
     r"avoid (?:the )?(?:cancell?ation|disconnection|suspension|arrest)"),
    # --- payment and compliance demands -----------------------------------------------------
    ("payment_demand", "tactic", 1.2, "demands a payment now or a purchase on the caller's word",
     # the travelling crew's leftover material, paid for before the work: "we got leftover shingles, cash discount today
     # only, just need half up front" (an honest trade's deposit is for materials it orders, not ones it has left), or
     # its "cash price" with half up front (a pharmacy's "cash price of 89 today" asks no deposit)
     rf"(?:(?:leftover|extra) (?:{_CREW_MATERIAL}|sealant|concrete)|{_CREW_MATERIAL} left ?over|cash price)"
     r"(?: \w+){0,16} (?:(?:half|fifty percent|50 "
     r"percent|a deposit|the deposit|cash) (?:up ?front|in cash|today|only)|(?:the )?cash (?:before we start|first))\b|"
     # a payment wanted within minutes ("to stop the shutoff a payment must be made by phone right now", "the payment has
     # to be made in the next thirty minutes"): an honest biller's deadline is a date
     r"payment(?: of(?: \w+){1,5})? (?:has to|must|needs to|will need to) be made (?:\w+ ){0,3}(?:(?:within|in) the next "
     r"(?:\w+ ){1,2}(?:minutes|hours?)|right now|immediately|now)\b|"
     # a fee paid through a link the caller texted ("please pay the reinstatement fee through the link we texted"), or a
     # town's permit paid to a private crew ("you gotta pay the two fifty permit through us")
     r"(?:fee|fine|penalty)(?: \w+){0,3} (?:through|via|using|at) the link (?:we|i) (?:texted|sent|text|will text)|"
     # ... or "settle the 8 75 balance through the secure portal we texted"
     r"(?:settle|pay|clear) the (?:\w+ ){0,3}(?:balance|toll|amount|fine) (?:through|via|using|at|on) the (?:\w+ )?(?:link|portal|"
     r"page|site) (?:we|i) (?:texted|sent|text|will text)\b|"
     r"pay (?:the |your |a )?(?:\w+ ){0,3}(?:permit|registration|licen[cs]e fee) through us\b|"
     # ... or "payable today over the phone": "a delivery and installation fee of seventy nine dollars payable today"
     r"(?:fee|deposit|charge)s? (?:of (?:\w+ ){0,3}?\w+ )?(?:is |are )?payable (?:today |now |right now )?over the phone\b|"
     # a fee that "has to be paid up front over the phone": "the recall fee has to be paid up front" (a recall is free,
     # and no office takes its fee before the work on a stranger's word)
     r"(?:fee|deposit|charge)s? (?:of (?:\w+ ){0,3}?\w+ )?(?:has to|have to|must|needs to|need to|will need to) be paid "
     r"(?:up front|upfront|in advance|over the phone)\b|"
     # the fee taken by key on the call: "we can take that now over the phone if you press one"
     # (not a desk's "i can take it now over the phone if you'd like")
     r"(?:we|i) can take (?:that|it|the (?:payment|fee)) (?:now |today |right now )?over the phone if you press|"
     # the money only by a rail that cannot be clawed back: "deposit by wire only", "we only take zelle or cash app"
     r"(?:by|via|through|with) (?:bank )?(?:wire|zelle|venmo|cash app|bitcoin|crypto|gift cards?|western union|moneygram)"
     r"(?: or (?:wire|zelle|venmo|cash app|bitcoin|crypto|gift cards?|western union|moneygram))? only|"
     r"(?:we|i) (?:only|just) (?:take|accept) (?:wire|zelle|venmo|cash app|bitcoin|crypto|gift cards?|western union|"
     r"moneygram)\b|"
     # a booking's deposit by an app tonight: "the owner needs the remaining deposit of eleven hundred by zelle tonight"
     r"deposit(?: \w+){0,6} (?:by|via|through|on) (?:zelle|venmo|cash app|wire)(?: \w+){0,2} (?:tonight|today|right now|"
     r"by (?:tonight|tomorrow|noon|\d+|one|two|three|four|five|six|seven|eight|nine|ten))\b|"
     # ... the night named first: "to confirm you for the blizzard tonight, send the 200 deposit through zelle"
     r"(?:tonight|today)(?: \w+){0,4} (?:send|pay|zelle) (?:the |a |your )?(?:\w+ ){0,2}deposit (?:by|via|through|on) "
     r"(?:zelle|venmo|cash app|wire)\b|"
     # the storm crew's robocall: "deposit today and we come first thing, press one for the scheduler"
     r"deposit (?:today|tonight|now) and (?:we|well|ill|i will|we will|we can) (?:come|be there|start|schedule|put you|"
     r"get you)\b|"
     # the filing "service" paid on the call: "we can do it over the phone today for 79 pounds"
     r"(?:we|i) can (?:do|file|sort|handle|get) (?:it|this|that)(?: in| done)? (?:for you )?over the phone (?:today )?for|"
     # money asked into the caller's or a named person's wallet: "send the two fifty to my airtel money", "you send it by
     # m pesa to the church coordinator", "transfer to my opay" (an institution takes it at a paybill, a till or a portal)
     rf"(?:send|pay|transfer|tuma)\w*(?: \w+){{0,6}} (?:to|on|via|through|by|using|with|kwa) (?:my|our|this|the|his|her) "
     rf"(?!own )(?:\w+ )?{_WALLETS}\b(?! (?:like|as) usual)|"
     # a fee to book a public vaccine: "you are due your winter flu and covid booster ... a fifteen euro booking fee"
     r"(?:vaccin\w*|booster|flu (?:jab|shot|vaccine)|covid)(?: \w+){0,12} (?:booking|admin|processing|reservation) fee|"
     # ... or a renewal paid by card on the recording's key: "press one to renew now for thirty two pound five by card"
     # (a biller's "press 1 to pay by card" settles a bill; nothing honest renews or books by card on a key)
     rf"{RENEW_BY_KEY}\b|"
     # the tipster's price for the tip: "pay rs 4999 and join our paid group", "pay n15,000 to get the booking code"
     r"pay (?:\w+ ){1,3}(?:and join|to join|to get) (?:our |the )?(?:paid |vip |premium )?(?:group|channel|booking code|"
     r"ticket|tips?)\b|"
     # "the payment has to be done today by the phone"
     r"payment (?:has|needs|must) (?:to )?be (?:done|made|paid) today (?:by|over) (?:the )?phone|"
     # a bill "paid through the link i will sms you now"
     r"(?:pay|payment)(?: \w+){0,5} (?:through|via|using|on) the link (?:i|we)(?: will| ll)? (?:sms|text|send|whatsapp)|"
     # "i'll text you a link, just put your card in there" (no desk takes a card through a link sent mid-call)
     rf"{LINK_FOR_CARD}|"
     # a fine settled on the phone with the caller, and only there
     r"(?:must|need to|have to) (?:return|repay|pay back) (?:dollar )?\d+(?: \w+){0,3} (?:today|immediately|now)|"
     r"same ?day payment|press \w+ to (?:settle|pay)(?: \w+){0,4} (?:with|by|using) (?:a |your )?(?:debit|credit) card|"
     # "the only way to stop it is a payment over the phone today"
     r"only way to stop (?:it|this|the \w+) is (?:a |to )?(?:pay|payment|make a payment)|"
     # "we need a payment to correct it today", "you'll need to settle it with a payment today"
     r"(?:need|needs|require|requires) (?:a |the |your )?payment(?: \w+){0,4} (?:today|now|immediately|right away|tonight)|"
     r"settle (?:it|this|that|the (?:balance|matter|account))(?: \w+){0,3} (?:today|now|immediately|tonight)|"
     # a registry's or an agency's fee "paid today by card over the phone", "pay by card now by pressing one"
     r"(?:pay|paid) (?:today |now )?by card (?:now )?(?:over the phone|by pressing)|"
     # the directory renewal sold on a recorded "yes" or on silence: "we just need a yes for our
     # recording", "if we don't hear from you by friday we'll go ahead and bill you"
     r"a yes (?:to confirm )?for (?:our|the) recording|yes from you on the recorded line|"
     r"(?:if|unless) we (?:dont|do not) hear (?:back )?from you "
     r"(?:\w+ ){0,3}(?:well|we will) (?:go ahead and )?(?:bill|charge|renew)|"
     r"pay (?:it |that |the fine |this |the balance )?(?:on|over) the phone with me|(?:we |i )?(?:accept|"
     r"take) payment (?:\w+ )?over the phone only|take care of (?:that|it|this) with me (?:today|now|"
     r"tonight)|(?:our office|we|i) can take (?:it|the payment|that) over the phone (?:today|now|tonight)|"
     r"make (?:a|the) payment (?:now|today|immediately|over the phone|right away|by)|(?:we|i) (?:can )?(?:take|accept) "
     r"(?:that|it|the payment|payment|payments|your payment|care of it|a credit card|"
     r"your card) over the phone|pay (?:now|"
     r"today|immediately|over the phone|the fine|the fee|the amount|it now|the taxes|the "
     r"insurance|the first)|(?:need|have|has) to (?:pay|buy|purchase) (?:a|the|our|some|it|"
     r"with|in)|you (?:need|have) to pay|must (?:first )?pay|(?<!best )buy (?:a |the |our )?(?:new )?"
     r"(?:license|licence|plan|protection|firewall|package)|pre ?pay (?:the|your|for)|we accept (?:credit|visa|zelle|"
     r"gift|cash|bitcoin|google)|payment must be|(?:pay|payment) (?:\w+ ){0,2}(?:with|by|using|"
     r"in) (?:a |an )?(?:gift|prepaid|cash app|bitcoin|crypto|zelle|green dot|money order|"
     r"western union|itunes|steam|google|walmart money|usdt)|(?:invest|deposit|put in|put|start "
     r"with) (?:just |only )?"
     r"(?:\d+|one|two|three|four|five|ten|twenty|fifty|a)(?: \w+)? (?:thousand|hundred|dollars|"
     r"pounds)"),
    # The baited scammer's revenge, when the victim stalls or laughs: no honest caller says it.
    ("revenge_threat", "tactic", 1.5, "threatens the listener's home, computer or safety",
     # sextortion: "ive got a video of you from your webcam ... if not everyone sees it", "i got your pics bro and a
     # list of your followers"
     r"(?:i have|ive got|i got|we have|weve got) (?:a |the )?(?:video|videos|recording|pics|pictures|photos|nudes)(?: \w+){0,2}"
     r" (?:of you|from your (?:webcam|camera))|(?:i have|ive got|i got) your (?:pics|pictures|photos|nudes|video)\b|"
     r"(?:or|if not|otherwise) (?:everyone|everybody|all your (?:contacts|friends|followers)|your (?:family|boss|wife|"
     r"husband|parents|followers|contacts)) (?:sees|will see|gets|get) (?:it|them|everything)\b|"
     # the loan app's shaming: "we will message everybody in your contact list that you are a fraudster"
     r"(?:message|text|call|send|contact|tell|broadcast to) (?:everybody|everyone|all(?: the people)?) (?:in|on) your "
     r"(?:contact list|contacts|phonebook|phone book)|"
     r"send (?:them|the (?:pics|pictures|video|videos|photos)) to your (?:mom|mother|dad|family|friends|"
     r"contacts|boss|coach|school|wife|husband)|"
     # ... "we will send a message to all of your contacts including your boss", "we will message your entire contact list"
     r"(?:we will|well|we are going to|were going to|i will|ill) (?:send (?:a |the )?(?:message|text|sms)s? to|message|"
     r"text|call|blast) (?:all (?:of )?|every one of )?your (?:entire |whole )?(?:contacts|contact list|phonebook|"
     r"phone book)\b|"
     # the loan app's collector: "pay today or we will send your photos to all your contacts"
     r"(?:send|share|forward|post|message|circulate)\w* (?:\w+ ){0,3}(?:photos?|pictures?|pics|images?|selfies?|nudes?) "
     r"(?:\w+ )?to (?:all |every )?(?:of )?(?:your |ur )?(?:contacts|contact list|phone contacts|family and friends|"
     r"relatives|colleagues)|"
     r"(?:(?:i will|ill|we will|i can|i am going to|im going to|im gonna|i will be) send|(?:im|i am|we are|were) "
     r"sending) (?:(?:people|someone|somebody|"
     r"my (?:men|guys|people)) to your (?:house|home|address|door))|(?:i will|ill|we will|i am going to|im going to|"
     r"im gonna) come to your (?:house|home|address|door)|your (?:bank )?account will be (?:zero|empty|emptied)|"
     r"(?:delete|deleting|destroy|erase|wipe|"
     r"crash|block|hack) "
     r"(?:your|the) (?:entire |whole )?(?:computer|files|photos|pictures|documents|hard drive|data|system|pc|laptop)|"
     r"i (?:have|know|got) your (?:ip|i p)(?: address)?|i know where you live|"
     r"(?:i will|ill|i am going to|im going to|im gonna) send the police to your (?:house|home|door|address)|"
     # extortion: "a series of one star reviews unless you pay five hundred dollars in bitcoin"
     r"(?:reviews?|post|posting|expose|leak|publish)(?: \w+){0,8} unless you pay|"
     # the fake kidnapping: "if you hang up now i will hurt her"
     r"if you (?:hang up|call (?:the )?police|tell (?:anyone|anybody))(?: \w+){0,3} (?:i will|ill|we will|well|"
     r"gonna|going to) (?:hurt|kill)"),
    # The fake technician's proof: an ordinary folder listing or event log read out as hackers.
    ("fake_scan", "it_support", 1.5, "shows ordinary system output as proof of hackers",
     r"(?:type|write) (?:the )?(?:t r e e|tree|netstat|n e t s t a t|eventvwr|e v e n t|syskey|s y s k e y|m s t s c|mstsc|dir "
     r"(?:space )?(?:slash )?s)\b|(?:those|these|they) are (?:all )?(?:the )?hackers|(?:those|"
     r"these) are (?:all )?(?:the )?(?:infected|corrupted|hacked|"
     r"virus) files|(?:foreign|unknown|hacker) "
     r"connections|(?:number|amount) of (?:the )?(?:errors|hackers)|"
     # "the tree command is showing all the files being copied to the hacker server"
     r"tree command|(?:files|data|information) (?:are |is )?(?:being )?(?:copied|sent|uploaded|going) to (?:the )?"
     r"hackers?\b"),
    # The courier con: cash or gold packed out of sight for a stranger who knows a code word.
    ("cash_parcel", "tactic", 1.5, "has the victim pack cash or gold for a courier to collect",
     # ... or in a book, from the x-ray: "put the money between the pages, spread it out", "so the x-ray machine doesn't
     # see the money"
     r"(?:put|place|hide|spread|tuck) (?:the )?(?:money|cash|bills|notes) (?:\w+ )?(?:between|inside|in) the pages\b|so the "
     r"x ?ray (?:machine |scanner )?(?:doesnt|does not|wont|will not|cant|cannot) (?:see|detect|find|pick up)\b|"
     # "put it in an envelope inside a magazine, and the courier will be at your door at four"
     r"(?:put|place|hide|wrap|tuck) (?:the |it |the cash |the money )?(?:in an envelope )?(?:inside|between the pages of|"
     r"in) (?:a|the) (?:magazine|newspaper|shoebox)|"
     # ... or the card itself: "a courier will come by this afternoon to pick up your old card" (no bank
     # collects a card; "we'll never send someone to collect your card" is the warning against it)
     r"(?<!never send )(?<!not send )(?<!never send a )(?<!not send a )(?:courier|someone|driver|agent|officer|"
     r"representative|messenger)(?: \w+){0,8} (?:to )?"
     r"(?:collect|pick up|pick) (?:up )?(?:the|your) (?:old |debit |credit |bank |compromised |cloned |damaged )?cards?\b|"
     # in the local words of the call: "a koerier will pick up your old pas today", "a mensajero will come to take
     # the old one ... the card", "an agent in civilian clothes can pass this evening ... your valuables"
     r"(?<!never send )(?<!not send )(?:courier|koerier|mensajero|coursier|kurier|bote|messenger|colleague|a man|"
     r"our agent|an agent)(?: \w+){0,3} (?:will|is going to|can|gonna) (?:come|pass|stop by|call round|come round|"
     r"be there|pick|collect|take)(?: (?!deliver|bring|drop|hand|give)\w+){0,10} (?:old |original |debit |bank )?"
     r"(?:cards?|pas|bankpas|tarjeta|carte|karte|card reader|valuables|jewell?ery|gold)\b|"
     # the "police" taking stock first: "do you keep cash or jewellery at home"
     r"do you (?:keep|have|store) (?:any )?(?:cash|money|gold|jewell?ery|valuables|savings)(?: \w+){0,3} (?:at home|"
     r"in the house|in your house|at your house|at your home)|"
     # "today we send a messenger from our security service to take the old card", "the physical card must be collected"
     r"(?<!never )(?<!not )(?:send|sends|sending) (?:a |an |our )?(?:courier|messenger|coursier|kurier|bote|koerier|"
     r"mensajero|colleague|driver)(?: (?!deliver|bring|with)\w+){0,6} (?:to )?(?:take|collect|pick up|fetch) "
     r"(?:the |your )(?:old |original |debit |bank |visa |compromised )?(?:cards?|card reader|bankpas|pas)\b|"
     r"(?:physical|old|original|compromised) card (?:must|has to|needs to|will) be (?:collected|picked up)\b|"
     r"(?:put|wrap|hide|place|tape|roll|fold) (?:the |your )?(?:money|cash|bills|notes|gold|bars)(?: \w+){0,3} "
     r"(?:inside|in|between|into) (?:a |the |an )?(?:magazine|book|shoe ?box|box|envelope|newspaper|paper|bag)|"
     # "have you packed the cash ... now wrap it in aluminium foil" (so the scanner does not see it)
     r"(?:wrap|put|cover) (?:it|them|the (?:money|cash|box|bills|notes)) in (?:aluminium|aluminum|tin) foil|"
     r"(?:have you )?packed the (?:cash|money)|"
     r"(?:put|wrap|hide|place|tape|roll|fold) (?:it|them)(?: \w+){0,2} (?:inside|in|between|into) "
     r"(?:a |the |an |some )?(?:book|magazines?|newspaper|shoe ?box)|"
     r"wrap (?:it|them) "
     r"(?:\w+ ){0,3}like a (?:present|gift)|(?:courier|driver|agent|officer|he|she) will (?:say|give you|tell you) "
     r"(?:the |a )?(?:code ?word|password)|(?:pick|picks|collect) (?:them|it|the (?:money|cash|gold|bars|package|"
     r"box)) (?:up )?(?:at|from) your (?:front )?(?:door|house|home)|(?:have|got) the (?:cash|money) in the "
     r"envelope|"
     # "keep the cash ready, twelve thousand in hundreds"; "give him the envelope"; the gold "collected by our agent"
     r"(?:keep|have) the (?:cash|money) ready|(?:a|the|our) (?:courier|driver|runner) (?:can|will|is going to) "
     r"(?:come|stop) (?:by|to|over to) your (?:house|home|place|door)(?: \w+){0,2} to (?:pick up|collect|get) "
     r"the (?:cash|money)|(?:give|hand) (?:him|her|the (?:driver|courier|agent|officer|runner)) "
     r"the (?:envelope|shoe ?box|package with the (?:cash|money))|(?:gold|cash|money)(?: \w+){0,6} (?:collected|"
     r"picked up) by (?:our|the) (?:agent|courier|officer|runner)|(?:our|the) (?:agent|courier|officer|runner) will "
     r"(?:come|collect)(?: \w+){0,6} (?:the )?(?:gold|cash|envelope)"),
    # The refund con: the "refund" lands with extra zeros, the victim must send the difference back.
    ("overpaid_refund", "refund", 1.5, "claims to have refunded too much and wants the difference back",
     # "i told you to type one five zero and you typed fifteen thousand", "i said two fifty, you put two five zero
     # zero zero", "it should have been sixty dollars and it shows six thousand", "you have the company's money"
     # ("its the company's money" is read with "that is our money" below)
     r"(?:told|asked) you to (?:type|enter|put)(?: \w+){1,4} and you (?:typed|put|entered|added)|"
     # the buyer's overpayment by text: "i overpaid by mistake ... can u refund 300 to this email", "deposit it and refund
     # the difference to me by wire", "sent you 850 but the item was only 450, send back the 400"
     r"(?:overpaid|sent (?:you |u )?(?:\w+ ){0,3}instead of|wrote (?:\w+ ){1,4}instead of|by mistake)(?: \w+){0,16} (?:refund|"
     r"send back|return|send) (?:me )?(?:the )?(?:difference|extra|rest|\d+)\b|(?:was|is) only (?:dollar |\$)?\d+(?: \w+){0,6} "
     r"send (?:back|me back) (?:the )?(?:dollar )?\d+|"
     # (the listener blamed for it: "you have type the extra zeros"; not "i typed an extra zero" about oneself)
     r"you (?:have )?(?:type|typed|put|entered|added) (?:the |two |three |some )?extra zeros?|"
     r"i said(?: \w+){1,3} you (?:put|typed|entered|added)|should have been(?: \w+){1,3} and it shows|"
     r"(?:you have (?:the )?|its |this is )companys money|"
     r"you (?:have |just |already )?(?:typed|put|added|entered|hit) (?:in )?(?:an? |the |two |three |"
     r"one )?(?:extra|too "
     r"many|additional) zeros?|you (?:have |just )?(?:typed|put|added|entered) (?:in )?(?:two|three|2|3) "
     r"(?:more |extra )?zeros|(?:we|i|the system) (?:have |has |just )?(?:sent|refunded|transferred|"
     r"deposited|credited) "
     r"(?:you )?(?:too much|the wrong amount|extra money)|(?:send|return|give) (?:us |me )?(?:back )?the "
     r"(?:difference|extra (?:money|amount))|(?:thats|that is|this is|its|it is) (?:our|the company|company|the "
     r"companys) money|(?:illegal|a crime|a federal crime) to keep (?:the )?money|money that (?:is not|isnt) yours|"
     r"the refund was (?:only|supposed to be|just)|(?:system|portal) (?:has )?(?:added|put) (?:the |two |three |"
     r"extra )*zeros|(?:system|portal) (?:has )?(?:taken|took) your entry|over ?(?:credited|refunded)"),
    ("gift_card_demand", "tactic", 1.5, "tells the victim to buy cards and read out the codes",
     # ... or a balance cleared with one: "we're giving you one chance to clear the balance with the prepaid card"
     r"(?:clear|settle|cover) (?:the|your|this) (?:\w+ )?(?:balance|bill|amount|fine|fee|debt) (?:with|using|by|on) "
     r"(?:a |the )?(?:prepaid|gift|reload|green dot|vanilla) (?:card|cards|voucher)s?\b|"
     # the way an office says it is paid: "they'll take a green dot card or gift card", "pay it over the phone today with
     # a gift card", "we're taking donations by apple gift card this week" (no utility, agency or charity is paid so;
     # a warning's "nobody will call you to pay with gift cards" is not read)
     r"(?:(?:we|they|theyll|well|were|theyre|we will|they will|we can|they can|we are|they are|we only|they only) "
     r"(?:take|taking|accept|accepting)|donations?|payments?|(?<!never )(?<!not )(?<!to )pay(?: it| the(?: \w+){1,3}?| that)?"
     r"(?: over the phone)?(?: today| now)?) (?:(?:only|payment|donations?|payments?) )?(?:by|with|in|via|through|"
     r"using)? ?(?:an? )?"
     # ... or a store card named: "pay the hundred eighty with a google play card from the hannaford tonight"
     r"(?:(?:\w+ )?gift ?cards?|green ?dot(?: cards?)?|(?:google play|itunes|steam|vanilla|razer gold) cards?)\b|"
     # the boss's errand through an assistant: "mr okafor ... needs ten amazon vouchers for a charity raffle tonight"
     r"(?:needs|wants|asked me to (?:get|buy|pick up)) (?:\w+ ){0,2}(?:amazon|apple|google play|itunes|steam|"
     r"vanilla|visa) (?:vouchers|gift cards|cards)\b|"
     # the pastor's or the boss's errand by text: "grab some google play cards for me"
     r"(?:grab|get|pick up|buy) (?:me )?(?:some|a few|a couple of|\w+) (?:google play|apple|itunes|steam|vanilla|amazon|"
     r"ebay|target|visa gift) (?:gift )?cards? for me\b|"
     # a card bought to unlock what is given: "you need to buy a fifty dollar activation card first at the gas station";
     # a fee paid on the call with a prepaid card: "pay the reinstatement over the phone today with a prepaid card"
     r"(?:buy|get|purchase|pick up) (?:a |an )?(?:\w+ ){0,3}(?:activation|reload|recharge) cards?(?: first)? (?:at|from)\b|"
     r"pay(?: \w+){0,4} over the phone(?: \w+){0,2} (?:with|using|by) (?:a |an )?prepaid (?:card|debit card|visa|mastercard)|"
     # a tax debt paid "by bank transfer or with vouchers from any post office"
     r"(?:vouchers|gift cards|prepaid cards)(?: \w+){0,3} from (?:any|the|a) (?:post office|newsagent|supermarket)|"
     # the cards' photos sent on: "buy apple gift cards for the christmas outreach and text pictures of the cards tonight"
     r"(?:text|send|email|whatsapp) (?:me |us )?(?:the )?(?:pictures?|photos?|pics?) of (?:the )?(?:cards?|gift cards?)\b|"
     # a bill or a fee paid with a prepaid card bought at a store: "payment can be made with a prepaid card from any
     # walgreens", "use a prepaid card from dollar general" (no utility or agency asks for one; a customer's own "can
     # i pay with a prepaid card at authorized locations" is not matched)
     r"(?:use|using|buy|get|pick up|purchase) (?:a |an )?prepaid (?:card|debit card|visa|mastercard|voucher)s?(?: \w+){0,3} "
     r"(?:from|at) |prepaid (?:cards?|vouchers?) (?:available |sold )?(?:from|at) (?:any |a |the )?(?:dollar general|"
     r"walgreens|cvs|walmart|store|caseys|7 eleven|family dollar|gas station|pharmacy|kroger|canada post|post office)\b|"
     # a prepaid voucher's pin: "you buy a 1voucher at the till and send me the pin on the slip"
     r"send me the (?:pin|code|number) on the (?:slip|voucher|receipt)|"
     # the boss on a borrowed phone: "amazon vouchers ... can you buy them on your own card and ill sign off the
     # expense"; the "district manager" testing cards: "an audit on the gift card mall ... the cards behind the till"
     r"(?:vouchers|gift cards)(?: \w+){0,10} (?:buy|get|pick up) them (?:on|with) your (?:own )?(?:card|money)|"
     r"(?:audit|compliance|test|tested|testing)(?: \w+){0,6} (?:gift cards?|gift card mall)(?: \w+){0,12} (?:cards behind "
     r"the (?:till|counter|register)|ring them through)|"
     # "turn it over and send me the picture of the back side", "read me only the claim code", a fee "with gift cards"
     r"pay (?:the |a |an |your )?(?:\w+ )?(?:fee|deposit|fine|bill|balance) (?:with|in|using|by) (?:\w+ )?gift cards?|"
     # cards bought and their codes passed on, however the favour is worded: "pick up five apple gift cards
     # ... scratch the backs and text me photos of the codes", "buy ten takealot vouchers and whatsapp me the
     # codes", "grab three one4all cards from the centra and read me out the numbers"
     r"(?:buy|pick up|grab|get|purchase)(?: \w+){0,4} (?:gift |store |prepaid )?(?:cards|vouchers)(?: \w+){0,14} "
     r"(?:read|send|text|whatsapp|email|message|tell|give|scratch)(?: me| us)?(?: out)?(?: the| those| their| all the|"
     r" (?:photos?|pictures?|pics?) of the)? (?:\w+ )?(?:codes?|numbers|pins?|backs?)\b|"
     r"(?:take|accept) (?:payment|the payment|it) (?:by|with|in|using) (?:\w+ )?gift cards?|"
     # a biller's balance taken "over zelle or a prepaid card"
     r"(?:take|accept) (?:payment|the payment|it) (?:over|by|with|in|using|through|via)(?: \w+){0,3} (?:gift|prepaid) "
     r"cards?|"
     # "it is asking for one more card of one thousand to verify your identity"
     r"(?:one more|another) (?:gift )?card (?:of (?:\w+ ){1,3})?(?:to|for) (?:verify|the verification)|"
     # the cashier's question answered for the victim: "tell her it is a present"
     r"(?:tell|say to) (?:her|him|them|the cashier)(?: that)? (?:it is|its) (?:a )?(?:present|gift)|"
     r"(?:send|text|whatsapp) (?:me )?(?:a |the )?(?:picture|photo|pic|image) of the back(?: side| of (?:the|each|every) "
     r"(?:gift )?card)|(?:send|text|whatsapp|email) (?:me |us )?(?:pictures|photos|pics|images) of the backs|"
     r"read (?:me )?(?:only )?the claim codes?|"
     # "photograph the backs and send them to me", "email the claim codes to my personal address"
     r"(?:photograph|take (?:a )?(?:photo|picture|pic)s? of|snap) the backs?\b|(?:email|send|text|whatsapp|message) "
     r"(?:me )?(?:the )?(?:claim |redemption |voucher |gift card )?codes to (?:me|my)\b|"
     r"(?:reason|why) (?:we|i) need (?:the|these|those) (?:\w+ )?gift cards?|"
     # a "charity" taking its donations in cards
     # "you can donate by bank transfer, we'll text you the account, or by gift card if that's easier"
     r"(?:donate|donation|contribute|give)(?: \w+){0,12} or (?:by|with|in|using) (?:a |an )?gift cards?|"
     r"(?:donat\w+|donation|contribut\w+|help (?:by|with)(?: giving)?)(?: \w+){0,3} (?:a |an )?(?:gift cards?|itunes|"
     r"google play|apple cards?)|(?:give|donate|contribute)(?: \w+){0,4} (?:by|with|using) (?:a |an )?gift cards?|"
     r"send (?:me |us )?(?:a |an |some )?(?:google play|itunes|steam|apple|amazon|ebay|"
     r"vanilla)(?: gift)? cards?|gift cards? (?:that )?you can (?:buy|get|pick up) at (?:any|a|the) |"
     r"call (?:us |me )?back with the (?:card )?(?:number|numbers|code|codes|pin)\b|"
     r"pay (?:the )?(?:irs|taxes|tax|fine|bail|court|police|government|ssa|hmrc)(?: \w+){0,3} (?:in|"
     r"with) (?:\w+ )?gift cards?|"
     r"(?:system|it|we|they|the (?:government|department|court)) (?:only|just) accepts? (?:google play|"
     r"itunes|steam|apple|target|"
     r"walmart|ebay|amazon)|"
     # reading the cards back, one after another
     r"(?:get|pick up) (?:\w+ ){0,3}gift cards? and (?:send|text|read|give|call) (?:me |us )?(?:the|with)|"
     r"call (?:us|me) (?:back )?with the (?:number|numbers|code|codes|pin) (?:on|from) the back|"
     r"(?:the )?(?:next|second|third|fourth|last) card|(?:pictures?|photos?|pics?) of the back of (?:the|"
     r"each|every|all the) cards?|(?:take|send) (?:me )?(?:the |a )?(?:picture|photo|pic) (?:with|of) the silver|"
     r"read (?:me )?both|read (?:it|them|the codes?|"
     r"the numbers?) (?:to me )?one by one|read to me one by one|"
     r"read (?:me )?(?:the )?(?:first|next|second|third|fourth|last|other) (?:one|card|code|number)s?\b|"
     # the victim walked through the shop: "okay madam go to the card stand near the tills", "go to the gift card section"
     r"(?:go|walk|head) (?:over |inside )?to the (?:gift )?cards? (?:stand|rack|display|section|wall|aisle|kiosk)|"
     # "okay, doesn't matter, read me the walmart ones"
     r"read (?:me |out )?(?:the )?(?:\w+ )?ones\b|"
     # the card "already used" so that more must be bought: "the second one, it is showing zero balance"
     r"(?:cards?|ones?|codes?)(?: \w+){0,4} (?:is|are|was|were|showing|shows|says|saying|came up|coming up|has|have)"
     r"(?: \w+){0,2} (?:already (?:been )?(?:used|redeemed)|zero balance|been redeemed)|"
     r"buy (?:\w+ ){0,4}(?:gift|google play|itunes|steam|ebay|apple|vanilla|visa) ?cards?|"
     # the pastor or boss who cannot talk: "im in a meeting cant talk ... pick up some google play cards"
     r"(?:in a meeting|(?:cant|cannot) talk right now)(?: \w+){0,30} (?:gift|google play|itunes|steam|apple) ?cards?|"
     r"(?:need|pay|send|bring) (?:the )?(?:remaining |rest )?(?:\w+ ){0,3}in gift cards|"
     r"(?:read|give|send|tell) (?:me )?(?:the )?(?:numbers|codes?|pins?) (?:on|from|of) (?:the )?"
     r"(?:back|card|cards)|(?:give|read|send) me the (?:codes|card numbers)|(?:scratch|peel) "
     r"(?:the|off|them)(?! (?:ticket|tickets|prize|game|lottery))|numbers on the back of the card|"
     r"load (?:\w+ ){1,3}on (?:it|them|the cards?|each)"),
    ("code_demand", "tactic", 1.5, "asks for a code just sent to the victim's phone",
     # the code beside a detail to confirm: "confirm your online banking username and the code we text you"
     r"(?:confirm|give me|read me|tell me|provide|need)(?: \w+){0,6} and the (?:\w+ )?code (?:we|i|that we|that i)(?: just)? "
     r"(?:text|send|sent|texted|will text|are texting|sending)\b|"
     # the ask announced: "stay on the line, an agent will ask you for the one time passcode we just sent" (not "we will
     # never ask for the code we texted you")
     r"(?:will|to|going to|gonna) ask (?:you )?for (?:the |your )?(?:one time |6 digit |six digit )?(?:passcode|code|pin|"
     r"otp)(?: \w+){0,2} (?:we|i) (?:just )?(?:sent|texted)\b|"
     # ... or the sign-in's number match read out: "when the authenticator shows a number, just read it out and i'll match it"
     r"(?:authenticator|okta|duo|the app|the prompt|your phone) (?:shows|gives|displays) (?:you )?a (?:\w+ )?number"
     r"(?: \w+){0,4} (?:read|tell|say|give)(?: it| me| that)\b|"
     # ... or the caller's own screen wanting it: "got it, it's asking for a code your bank just texted you"
     r"(?:asking|asks|wants) (?:me )?for (?:a|the) (?:\w+ )?code (?:your bank|the bank|they|it|that) (?:just )?(?:texted|"
     r"sent) you\b|"
     # "you'll get a verification code in a minute, just reply with it so we can link your account"
     r"(?:get|receive) a (?:\w+ )?code(?: \w+){0,6} (?:just )?(?:reply|respond|text (?:us |me )?back) with it\b|"
     # the code explained as the bank's own: "it will say do not share, but you can share it with the bank", "the bank
     # will send one code to confirm, please tell me", "approve it and tell me the four digit number"
     r"(?:can|may) share it with (?:the bank|us|me)|(?:bank|system|app) will send (?:you )?(?:one|a|the) (?:\w+ )?code"
     r"(?: \w+){0,10} (?:tell|read|give|say) (?:me|it|us)\b|approve it and (?:tell|read|give) me the (?:\w+ ){0,2}"
     r"(?:number|code|digits)|choose the number (?:i|we) (?:tell|give|say)|"
     # the buyer's qr or collect request, paid by the seller's pin: "scan and enter 14,500 and put your upi pin, amount
     # will come in your account", "scan a qr to confirm receipt ... key in your ibanking login", "i sent you a request on
     # phonepe, just approve it" (money is received without a pin, a scan or an approval)
     r"(?<!never )(?<!not )(?<!dont )(?:put|enter|type|key in|input) (?:in )?(?:your |the )?(?:upi |gcash |g cash |"
     r"paynow |bank |ibanking |internet banking )?(?:pin|mpin|m pin|login|password)(?: \w+){0,6} (?:amount|money|payment|"
     r"it|the \w+) will (?:come|be credited|reflect|be received|be added)|(?<!never )(?<!not )(?<!dont )(?:scan|approve|"
     r"accept)(?: \w+){0,6} to (?:receive|confirm (?:the )?receipt|get (?:the|your) (?:money|payment))|request(?: (?:on|in|"
     r"via|through|from|to) \w+(?: \w+)?)? (?:just|please|kindly|only) (?:approve|accept) it|"
     # the code said aloud: "i am sending one code by sms, please say the code", "one secure tac, please read to me",
     # "read the code, i'm waiting"
     r"(?<!never )(?<!not )(?<!dont )(?<!ever )(?<!to )(?:please |just |kindly )?(?:say|read) (?:out )?(?:the|that|this) "
     r"(?:code|otp|tac|pin)\b(?! (?:to|on) (?:the )?(?:keypad|machine|screen))(?! (?:for|to) (?:him|her|them))|(?:tac|otp|code)(?: (?!dont\b|not\b|never\b)"
     r"\w+){0,2} (?:please |just )?read (?:it )?to me|"
     # the mobile-money prompt: "you will get a prompt, just enter your airtel money pin to cancel the request",
     # "dial star one seven zero, go to my approvals and approve the pending transaction"
     r"(?:enter|put|type|input|key in) (?:in )?your (?:\w+ ){0,2}(?:pin|mpin|m pin)(?: number)? (?:to|so (?:that )?(?:i|we) "
     r"can) (?:cancel|confirm|stop|approve|block|reverse|accept|activate|claim|receive|complete)|my approvals|"
     r"approve the pending (?:transaction|request|payment)|"
     # the sign-in approved for the caller: "you'll get a prompt on your authenticator app, just tap approve"
     r"prompt on your (?:authenticator|microsoft authenticator|okta|duo)(?: app)?(?: \w+){0,6} (?:just )?(?:tap|press|hit|"
     r"click) (?:approve|accept|yes)|"
     # the buyer's "verification": "whats the code i sent u", "text back the code", "send me the 6-digit number that
     # just came to your phone"
     r"(?:whats|what is|send me|text me|tell me) the code (?:i|we) (?:just )?sent (?:you|u|to your phone)|(?:text|send) "
     r"(?:me )?back the code|(?:send|give|text) me the (?:\w+ ){0,2}(?:code|number|digits) (?:that )?(?:just )?(?:came|"
     r"arrived|went) (?:to|through|thru)|"
     # the friend's "mistake": "i sent my whatsapp code to your phone by accident, can you send me the six digits"
     r"(?:sent|send|texted) (?:my|a|the) (?:\w+ ){0,2}code to (?:your|you)(?: phone|"
     r" number)?(?: \w+){0,2} by (?:accident|mistake)|"
     r"give (?:the|your|that) (?:pin|code|otp) to (?:our|the|my) (?:agent|representative|technician|rep|officer)|"
     # "verify the otp you receive now and share with our executive", "a code from the bank that you tell to me"
     r"(?:otp|one time (?:password|pin|passcode|code)|code from (?:the|your) bank) (?:\w+ ){0,6}(?:share|tell|"
     r"give)\w* (?:it )?(?:with|to) (?:our|my) (?:executive|agent|officer|representative|technician|colleague|"
     r"team)|code from (?:the|your) bank (?:\w+ ){0,3}(?:tell|give|read) (?:it )?(?:to )?me|"
     # the code to come, kept for the caller's call back: "you'll get a text with a code in a minute, just have it
     # ready when i call you back"
     r"code(?: \w+){0,8} (?:have|keep) it (?:ready|handy) (?:for|when) (?:me|i call|we call)|"
     # the code to come, then passed to the caller: "you will get one otp from bank, please share it with me"
     # (not "please dont read it to me, just enter it on the keypad")
     r"(?:otp|one time (?:password|pin|passcode|code))(?: (?!dont |do not |never )\w+){0,8} (?:share|tell|give|read|send|"
     r"forward)\w* "
     r"(?:it |that |the same )?(?:with|to) (?:me|us)\b|"
     r"(?:key|type|enter) (?:in )?the otp (?:\w+ ){0,3}(?:on|in|into) (?:the )?link|"
     r"link (?:\w+ ){0,8}(?:key|type|enter) (?:in )?the otp|"
     r"(?:share|tell|give|read|send) (?:me |us )?(?:the|that|this) (?:otp|one time (?:password|pin|passcode|code))|"
     r"the code (?:the system|the app|it|we|they|your bank|the bank) (?:sends|will send|texts|sent|just sent)(?: you)?|"
     r"(?:i|ill|we|well) need (?:the|that|your) (?:otp|one time (?:code|password|pin|passcode))|"
     r"(?:read|tell|give|send) (?:me )?the (?:six|6|four|4) (?:digits|numbers)|"
     r"(?:read|tell|give) (?:me|us) (?:the|that|your) (?!zip |postal |post |area |sort |"
     r"country )(?:\w+ )?code|"
     # (not the code to a door the listener gave the sitter: "the garage code you sent isn't working")
     r"(?<!garage )(?<!door )(?<!gate )(?<!lockbox )(?<!alarm )(?<!wifi )(?<!entry )(?<!building )(?<!key )"
     r"(?<!pool )(?<!locker )code (?:that )?(?:you|we) (?:just )?(?:received|got|sent|texted)|"
     # (not the listener's own portal login: "you'll get a six digit code texted to your mobile, that's just the
     # portal's two step login")
     r"(?:six|6|four|4) digit code(?! (?:that )?i (?:will |ll )?(?:give|gave|read) you)(?!(?: \w+){0,5} (?:thats|that is|its) "
     r"(?:just )?(?:the |your )?(?:\w+ )?(?:two step|2 step|two factor|2 factor))|"
     # (not the title company's "call me ... so i can read them back to you": the caller reads)
     r"(?<!\bi can )(?<!\bi will )(?<!\bill )(?<!\blet me )(?:read|tell) (?:it|them|that|this) (?:back|to me|out)(?! to you)|"
     r"read back (?:the|that|your) (?:\w+ )?code|"
     # "you'll get a text code from mygovid, just read me that"
     r"(?:text|sms|verification|security) code (?:\w+ ){0,6}(?:just )?(?:read|tell|give) (?:me|us) (?:that|it)|"
     r"(?:confirm|read|tell|give) (?:me |us )?the (?:\w+ ){0,2}"
     r"(?:number|code|digits) (?:that )?(?:the bank|we|they|it|you) (?:just )?(?:sent|texted|received|got)|"
     # the code's successor, the approval in the banking app, asked for to undo what it approves: "you just accept
     # it so i can oppose the operation", "to cancel it i just need you to approve the reversal when it pops up" (a
     # real desk cancels a payment without the customer's signature) ...
     r"to (?:cancel|block|stop|reverse|decline|freeze) (?:it|this|that|the \w+)(?: \w+){0,8} (?<!not )(?<!dont )(?:approve|"
     r"accept|swipe|release)\b|"
     # (not the alert's "if you did not authorize this, call ... to cancel")
     r"(?<!not )(?<!dont )(?<!didnt )(?:approve|accept|release|validate|swipe)(?: (?:it|that|this|the (?:request|"
     r"notification|prompt|push)))?(?: \w+){0,6} (?:so (?:that )?(?:i|we|the \w+) (?:can )?|to |and (?:then )?(?:i|we) (?:can )?)(?:cancel|"
     r"block|stop|oppose|reverse|pull back|undo|freeze)|"
     # ... "just open it and sign with your security code so i can block the card", "you just swipe to approve and
     # the money comes back"; or the caller's code scanned with the listener's bank id: "there is a qr code, scan it
     # with your bankid app", "youll just get an approval request from us" (a bank's own app asks the customer)
     r"(?:open|use) (?:it |the app )?and sign (?:it )?with your (?:security )?code so (?:i|we) can|"
     r"(?:approve|sign|swipe)\w*(?: \w+){0,5} and (?:the|your) (?:money|savings|funds|amount) (?:comes|will come|goes|"
     r"will go) back|scan (?:it|this|that|the (?:qr )?code) with (?:your |the )?(?:bankid|mitid|itsme|banking app|"
     r"bank app)|(?:get|receive|see) an? (?:approval|confirmation|signing|signature) request from (?:us|me|our "
     r"(?:side|system))|"
     # ... or the app's own words explained away when the listener reads them out: "it says approve payment ...
     # that is the reversal, the system shows it that way", "it says log in to nordea ... correct ... thats the block"
     r"(?:says|shows|showing|saying|reads) (?:\w+ ){0,6}(?:approve|confirm|authori[sz]e|release|validate|sign|log ?in|"
     r"add|new|transfer|send|pay|freigeben)\w*(?: \w+){0,25} (?:thats|that is|its|it is|this is|yes) (?:just |only |"
     r"simply |actually )?(?:the |a |how |our )?(?:reversal|blocking|block|cancell?ation|refund|counter ?account|secured|"
     r"reverse|system|standard|normal|wording|way)\b"),
    ("move_money", "tactic", 1.5, "tells the victim to move, withdraw or convert money",
     r"(?:withdraw|withdrawing|take out|taking out) (?:\w+ ){0,3}(?:cash|money|savings|dollars|thousand)|(?:move|"
     r"transfer|convert) (?:\w+ ){0,2}(?:money|savings|funds|cash) (?:to|into|in(?! (?:your )?(?:online|"
     r"mobile) banking| the app))|(?:insert|put|"
     r"deposit) (?:the )?cash|new (?:safe |secure )?account (?:we|that we|i) (?:opened|set up)|"
     r"(?:send|return) (?:the )?(?:extra )?money back|return the (?:extra|difference)|"
     # the refund scam's "we refunded twenty thousand by mistake, return nineteen thousand"
     r"(?<!the )(?<!a )(?<!your )(?<!non )(?:return|send back|pay back|give back) (?!fee|policy|label|window|"
     r"date)(?:\w+ ){0,3}(?:thousand|"
     r"hundred)|"
     r"(?:receive|accept) (?:\w+ ){0,2}(?:payments|transfers|funds) (?:in|into) your (?:\w+ )?account|"
     r"send the balance|pay the installer|use the extra|keep (?:dollar )?\d+ for yourself|"
     r"secure your (?:funds|money|savings)|"
     # the courier con: "put your card and the pin on a bit of paper in an envelope"
     # ... "pop the card in an envelope with your pin on a bit of paper"
     r"(?:card|cards) and (?:the |your )?pins? (?:\w+ ){0,6}(?:in|into) (?:an|the|a) envelope|(?:card|cards) (?:in|into) "
     r"(?:an|the|a) envelope (?:\w+ ){0,2}(?:with|and) (?:the |your )?pins?\b|(?:scan|"
     rf"use) the (?:qr )?code (?:i|we)|{WALLET_ADDRESS}|(?:send|transfer|move) {_MOVED_SUM} to (?:{_OWN_NAME}|"
     r"the account|my friends)|"
     # the Zelle "reversal": "to reverse the payment send the same amount back to yourself", "ill walk you
     # through sending a matching payment back to yourself so the original cancels"
     rf"(?:send|sending|transfer|transferring|move|moving) (?:{_MOVED_SUM}|{_MATCHING_SUM}) back to (?:{_OWN_NAME}|"
     rf"the account)|(?:sending|transferring|moving) {_MOVED_SUM} to {_OWN_NAME}|{_MATCHING_SUM} (?:back )?to yourself"),
    ("remote_steps", "it_support", 1.5, "talks the victim through a download or screen share",
     # the fake technician blanks the victim's screen while he works
     r"screen (?:will|is going to|may) (?:go|become|turn) (?:black|blank|dark)|"
     # a cancellation that needs the listener's computer: "the cancellation has to be done from the server side, can
     # you see your computer now" (a desk cancels on its own system)
     r"(?:cancell?ation|refund|cancel it|stop the (?:auto ?debit|renewal)) (?:has to|needs to|must|will have to) be "
     r"(?:done|processed|completed) (?:from|on|through|at) (?:the |your )?(?:server side|computer|system|end)|"
     r"(?:allow|give (?:me|us)) (?:\w+ )?access|(?:click|tap) (?:on )?(?:the )?(?:download|run|"
     r"allow|accept|link|first result)|(?:type|go to) (?:in )?(?:the )?(?:browser|search bar|"
     r"website)|(?:download|install) (?:the |our )?(?:\w+ ){0,2}(?:app|application|software|"
     r"program)|(?:see|share|sees) your screen|(?:mouse|cursor) (?:moving|move)|screen will go "
     r"black|id and (?:the )?password|(?:do not|dont) (?:touch|turn off|shut down|use) (?:\w+ )?"
     r"(?:the |your )?(?:mouse|computer|phone|screen|bank)|(?:in|on) front of (?:your|the) "
     r"(?:computer|laptop)|(?:i will|let me|i can) guide you|(?:need to|have to|must|going to) "
     r"(?:install|download|connect to)|(?:put|keep) your hand on the mouse|(?:nobody|no one) (?:can |should )?"
     r"(?:touch|use) (?:the|that|this|your) (?:computer|laptop|mouse)|screen (?:has |is )?(?:gone|going|went|turned|"
     r"turning) (?:all )?(?:black|gray|grey|blank)|refreshing the connection"),
    ("credential_demand", "tactic", 1.3, "asks for a password, PIN or full card details",
     # the card terminal's "merchant id and the admin password", a dispute "log in at stripe-dispute-centre dot com"
     r"(?:merchant id|merchant number|terminal id) and (?:the |your )?(?:admin )?password|(?:log|sign) in (?:at|on|to) "
     r"(?:\w+ ){1,3}dot (?:com|org|net|co|info)\b(?=.*calllinklookalike)|"
     # the direct deposit "reconfirmed" on a look-alike page: "reconfirm direct deposit information at va benefitsupdate
     # dot org" (the agency's own portal is "your account", named with no hyphenated bait)
     r"(?:re ?confirm|verify|update|validate) (?:your )?direct deposit (?:information|info|details)(?: \w+){0,2} (?:at|on|via)"
     r" (?:\w+ ){1,3}dot (?:com|org|net|us|info)\b(?=.*calllinklookalike)|"
     # the card's PIN for a courier or on paper: "have the card and the pin ready", "write the pincode on a paper"
     r"(?:card|pas|bankpas|tarjeta|carte|karte) and (?:the |your )?(?:pin|pincode|pin code) (?:ready|handy|in "
     r"(?:the|an|a sealed) envelope)|write (?:the |your )?(?:pin|pincode|pin code)(?: \w+){0,2} (?:on|down)|"
     r"(?:confirm|give|tell|read|write|say) (?:me |us )?(?:your |the )?pincode|"
     # "update your bank details through the link we just texted"
     r"(?:update|change|confirm|verify) your (?:bank|banking|direct deposit|payroll) (?:details|information|info) (?:through|"
     r"via|using|at|on) the link (?:we|i) (?:just )?(?:texted|sent|emailed)|"
     # "the remote pin you use on the app", "id just need to log into your internet banking once"
     r"(?:the|your) remote pin\b|(?:need|have) to log ?in(?:to)? (?:to )?your (?:internet|online|mobile) banking|"
     r"(?:(?:ill|i will|well|we will) )?(?:verify|reverify|confirm|give|need|read) (?:me |us )?your (?:(?:fsa|f s a) id|fafsa (?:id|"
     r"password|login)|"
     r"student (?:portal )?(?:login|password)|(?:bank|banking|online banking) (?:login|password|user ?name|"
     r"credentials))|(?:with|give|read|confirm|verify) (?:me |us )?(?:your )?merchant (?:id|number|"
     r"account number)|(?:call|text|email|ring) (?:me |us )?(?:back )?with your (?:(?:online )?(?:banking|bank) (?:login|"
     r"password|username|user ?name)|fsa id|fafsa (?:id|password|login))|"
     r"(?:verify|confirm|give|provide|read) (?:me )?(?:your )?(?:\w+ ){0,3}login and password|"
     r"(?:log ?in|sign in)(?: \w+){0,2} (?:through|via|using|with|at) the link (?:we|i) (?:texted|sent|emailed)|"
     # "i just texted you the link, log in with your work email and password"
     r"(?:texted|sent|emailed) you (?:the|a) link(?: \w+){0,3} (?:log|sign) in with your (?:\w+ ){0,3}(?:password|login|"
     r"credentials)|"
     r"link by (?:sms|text)(?: \w+){0,4} (?:log|sign) in|"
     r"password (?:you use )?(?:for|to|on) (?:your )?(?:online )?bank\w*|"
     r"(?:full|whole|all|entire) (?:sixteen|16) (?:digits|numbers)|"
     r"(?:your )?user ?name and (?:the|your) (?:code|password|pin)|(?:the|your) login and (?:the|your) code|"
     # a wallet's or net banking's keys asked for together: "your net banking user id and the otp", "your gcash
     # number and your mpin"
     r"(?:user ?id|login id|customer id|wallet number|gcash number|paytm number) and (?:the |your )?(?:otp|mpin|pin|"
     r"password|passcode)|(?:share|send|give|tell|read|need|confirm) (?:me |us )?(?:your |the )?(?:\w+ ){0,3}(?:mpin|"
     r"upi pin|atm pin)|"
     r"(?:update|change|verify) your direct deposit (?:\w+ ){0,3}(?:by clicking|through|via|using|with) the link|"
     r"(?:sign|log) in with your (?:work )?(?:login|email and password|credentials)|"
     r"(?:give|tell|read|confirm|provide|need|what is|whats|enter|type|verify|share) (?:me |us )?"
     rf"(?:your|the) (?:\w+ ){{0,2}}(?:password|passcode|pin|online banking username|username){CHOSEN_BY_LISTENER}|"
     r"(?:full|whole|complete|entire) card number|(?:three|3) digit code|(?:card|bank) (?:number|"
     r"name) and|number and (?:the )?(?:pin|expir)|put your pin|open (?:up )?your (?:online )?"
     r"(?:bank|banking)|(?<!a )(?<!new )(?<!the )(?<!suspicious )(?<!attempted )(?<!unusual )(?<!failed )(?<!recent )(?<!an )"
     r"(?:(?:log ?in|login|sign in) (?:to|into)|log into|sign into) your (?:online |internet |net |mobile )?"
     r"(?:bank|banking)|"
     # (a payment that will "still go to your bank" is no login)
     r"go (?:to|into) your (?:online banking|banking|bank (?:app|account|website))|"
     r"go (?:to|into) your (?:online )?(?:bank|banking) (?:and )?(?:check|log|sign|open|see|look)|"
     # "and your online banking username and password", "your banking login so payroll can link it"
     r"your (?:online )?(?:bank|banking) (?:user ?name|login|log in|credentials)(?: and (?:the |your )?(?:password|pin|"
     r"passcode))?"),
    # the whole card read out with what proves it is in hand: "all sixteen and then the expiration, and the three
    # digits on the back" (a desk the customer rang to pay may ask it: ``_scorer._CODE_CHECKS``)
    ("full_card_ask", "tactic", 1.2, "asks for the whole card number with its expiry or security code",
     # "give me the expiry date and the three digits on the back", "the long number on your bank card"
     r"(?:expiry|expiration)(?: date)?(?: \w+){0,3} and (?:the )?(?:three|3) digits|long number on the front and|"
     r"long number on (?:your|the) "
     r"(?:bank |debit |credit )?card|"
     r"(?:long number|whole number|full (?:card )?number|all sixteen|sixteen digits|16 digits|card number|number on "
     r"the front)(?: \w+){0,14} (?:expiry|expiration|security code|three digits|3 digits|cvv|cvc|month and year)|"
     # "have your debit card and pin ready": no desk takes a pin on the phone
     r"(?:have|get|keep) your (?:\w+ ){0,2}card and (?:your |the )?pin (?:ready|handy|with you)"),
    # A bank that stops a charge on the card needs nothing from the card to do it: "I've put a
    # hold on the card ... to attach the replacement, read me the security code" is the thief's
    # second step (a desk the customer rang to buy something asks for the card it is charging).
    ("card_check_ask", "banking", 1.5, "stops a 'suspicious' charge, then asks for the card's security code, "
     "expiry or whole number",
     # ... or the whole number by text: "a penalty is added at midnight, reply with your card number to the text message"
     r"(?:reply|respond|text (?:us |me )?back) with your (?:full )?(?:credit |debit |bank )?card (?:number|details)\b|"
     # ... or a photo of the card itself: "text us a photo of your id and both sides of your bank card"
     r"(?:photo|picture|pic|image|scan|screenshot)s? of (?:\w+ ){0,6}(?:both sides|front and back) of (?:your|the) (?:bank |"
     r"debit |credit )?card\b|"
     # (or reissues or cancels the card: "we're reissuing a batch of cards, read me the sixteen digits and the expiry")
     r"(?:we|i|ive|weve|i have|we have|ill|well|were) (?:\w+ )?(?:stopped|blocked|declined|flagged|paused|frozen|decline|"
     r"block|put a (?:temporary )?hold on|put (?:it |that |this )?on hold|reissuing|replacing|(?:get|have) (?:it|that|this|"
     r"(?:that|this|the|your) (?:\w+ )?(?:card|payment|charge|transaction)) cancel+ed)(?: \w+){0,60} (?:read|give|tell|"
     r"confirm|verify|need)(?: \w+){0,10} (?:security "
     r"code|(?:three|3) (?:digits|numbers)|cvv|cvc|expiry|expiration|end date|(?:three|3) on the back)|"
     # the whole number to "match" a card the caller says it holds, or to cancel, reverse or reissue it: "read me the
     # sixteen digits ... i can only see the last four", "to cancel the right one confirm the long number on the front"
     rf"{_WHOLE_CARD_ASK}(?: \w+){{0,40}} (?:{_ISSUER_HAS_IT})|(?:{_ISSUER_HAS_IT})(?: \w+){{0,40}} {_WHOLE_CARD_ASK}|"
     rf"{_WHOLE_CARD_ASK}(?: \w+){{0,8}} (?:to|so) (?:i can |we can )?(?:{_CARD_ACTIONS}|stop|match|attach|put a hold)|"
     rf"{_CARD_ACTIONS}\w*(?: \w+){{0,16}} {_WHOLE_CARD_ASK}|"
     # the order it says it stops: "to stop the shipment we need to confirm the card number on file"
     r"(?:stop|cancel|block|hold|reverse) (?:the|this|that) (?:shipment|order|delivery|purchase|charge|transaction|payment)"
     r"(?: \w+){0,6} (?:confirm|verify|read|give|need|tell)(?: \w+){0,4} (?:card number|card on file|card details|number on "
     r"(?:the|your) card)"),
    # the grandparent scam's "lawyer": "this is attorney david lane, i represent your grandson tyler" (no honest
    # row of the dev sets has a lawyer ring a grandparent about a grandchild)
    ("bail_lawyer", "family_emergency", 2.0, "a 'lawyer' for a grandchild or child in custody rings the family",
     r"(?:attorney|lawyer|solicitor|public defender)(?: \w+){0,8} (?:represent|represents|representing) your "
     r"(?:grandson|granddaughter|grandchild|son|daughter|nephew|niece)|"
     # the child in trouble hands over to a "lawyer" who will ring about the money
     r"(?:a|the|my|our) (?:lawyer|attorney|solicitor|public defender)(?: \w+){0,3} (?:will|is going to|is gonna|gonna|"
     r"should) (?:call|ring|phone|contact) (?:you|grandma|grandpa|mom|mum|dad)|"
     # the office that holds the grandchild's case: "the public defenders office ... your grandsons hearing is tomorrow"
     # (not a bondsman's reminder to the cosigner: "your nephews hearing got moved to the twentieth")
     r"(?:public defenders?|attorneys?|lawyers?)(?: office)?(?: \w+){0,8} your (?:grandson|granddaughter|grandchild)s? "
     r"(?:hearing|case|bail|bond|court date|arraignment)|"
     # the one call from the cell: "theyre letting me make one call", "they only gave me one phone call"
     r"(?:theyre|they are|they re) (?:only )?letting me (?:make|have) (?:one|1|a) (?:phone )?call|(?:they|he) (?:only )?"
     r"(?:gave|give|let) me (?:one|1) (?:phone )?call\b"),
    # fake desks buy the search ads: "i found this number on google", "i got your number off the search page"
    ("searched_number", "it_support", 1.5, "the caller rang a desk number found through a search engine or an ad",
     r"(?:found|got|saw|took) (?:this|the|your) number (?:on|off|from|through|via|in) (?:google|the search|search|"
     r"online|the internet|a search|an ad|an advert|the ad|bing|yahoo)|"
     # "i searched for the number online", "i just googled the number"
     r"(?:searched|looked|googled) (?:for |up )?(?:the|your|a|this) (?:\w+ )?(?:number|support line|helpline|phone number)"
     r"(?: up)?(?: \w+){0,2} (?:online|on google|on the internet|on bing)|(?:googled|searched (?:online|google) for) "
     r"(?:\w+ ){0,3}(?:support|customer service|helpline|number)|"
     # "i found this number online for lost cards", "the number that came up when i searched for ryanair refund",
     # "i searched for bt support and got this number", "i googled spectrum and called", "i found this number on a help page"
     r"(?:found|got|saw) (?:this|the|your) number (?:online|on (?:a|the) (?:help|support) (?:page|site|forum))|"
     r"(?:number|one) (?:that )?came up when i (?:searched|googled|looked)|i (?:searched|googled) (?:for )?(?:\w+ ){1,4}"
     r"(?:and (?:got|called|rang|found) (?:this|the|your)|this came up)\b|i googled (?:\w+ ){1,3}and (?:called|rang)\b"),
    ("support_desk", "it_support", 0.4, "answers as a support, refund or billing desk",
     r"(?:thank you|thanks) for calling (?:\w+ ){0,3}(?:support|customer service|help ?desk|"
     r"refund|billing|cancell?ation|technical|security|department|prime)|(?:support|help) "
     r"(?:desk|line) (?:this is|speaking|hello)|(?:technical|tech|computer) (?:support|"
     r"department|help)|refund (?:desk|department)|(?:how|what) (?:can|may) i help"),
    ("told_not_to_tell", "tactic", 1.2, "a cover story or a gag order",
     # the listener's own check headed off: "don't call the irs yourself, it resets the case", "please dont contact the
     # utility directly" (not an accountant's "no need to call cra yourself")
     r"(?:dont|do not) (?:call|contact|ring|phone) (?:the |your )?(?:\w+ ){0,2}(?:irs|hmrc|cra|ato|bank|police|agency|"
     r"office|court|branch|company|airline|hotel|utility|them) (?:yourself|directly)\b|"
     # the line held open and everyone else kept off it: "you must remain on the line with the officer and not contact
     # anyone"
     r"(?:remain|stay|keep) on the line(?: \w+){0,5} (?:and )?(?:not|dont|do not|never) (?:contact|call|tell|talk to|"
     r"speak to|text) (?:anyone|anybody)|"
     # the approver or a colleague kept out: "leave leanne out of it, she'll only hold it up", "i don't want priya
     # looped in on this one", "nobody else in finance should see these", "you must not speak to anyone in the
     # office", "let's not involve it", "don't disturb her, she's on leave" (an honest request goes through them)
     r"(?:leave|keep) (?!me |us |my |the (?:dog|cat|kids) )(?:\w+ ){1,2}out of (?:it|this|the loop)\b|"
     r"(?:dont|do not) want (?:\w+ ){1,3}(?:looped in|involved|slowing (?:it|this|things) down|holding (?:it|this) up)|"
     r"(?:nobody|no one) else (?:in|at|from) (?:the )?(?:\w+ ){0,2}(?:should|can|must|needs to|is to) "
     r"(?:see|know|hear)\b|"
     r"(?:dont|do not|must not|mustnt) (?:speak|talk) to anyone (?:in|at) the (?:office|company|firm|team)|"
     r"(?:lets|let us) not (?:involve|bother|loop in|tell)\b|"
     r"(?:dont|do not) (?:disturb|bother) (?:her|him|them)(?: with (?:this|it))? (?:and|hes|shes|theyre|he|she|they)\b|"
     # the listener's own bank turned into a suspect: "do not contact your branch, because the branch may be involved"
     r"(?:branch|bank|staff|tellers?|employees?|someone at (?:the|your) bank)(?: \w+){0,2} (?:may|might|could|is|are) be "
     r"(?:involved|in on it|part of it|compromised)|"
     # the listener's own check headed off: "i'll log into my account and check ... it won't show online, it's with
     # enforcement now", "i'll cancel it in the app ... it won't show in the app yet" (not "unless it doesn't show up")
     r"(?<!unless )(?<!if )(?:it|that|this|the (?:order|debt|balance|charge|case|payment|fine)) (?:wont|will not|doesnt|"
     r"does not|isnt going to|is not going to) (?:show|appear)(?: up)? (?:yet )?(?:online|in (?:the|your) (?:app|account|"
     r"portal|online account)|on (?:the|your) (?:app|account|website|portal))|"
     # ... or the local office that "can't take it": "payment has to go through our express line"
     r"(?:local|branch) office (?:cant|cannot|can not|wont|will not) (?:take|accept|process) (?:it|payments?|that)\b|"
     # ... or signed off afterwards: "i'm the second approver, i'll sign it off retrospectively"
     r"sign (?:it |this )?off retrospectively|"
     # ... or the check itself waved through: "i spoke to their cfo myself, consider this the callback", "put it through
     # and i'll approve it retroactively"; the listener's own check refused: "should i let the finance director know?
     # absolutely not", "should i call your pa? no, don't ring the office"; "best not to forward the link to anyone"
     r"consider this (?:call )?(?:the|your|as the|as your) (?:callback|call back|verification|approval)|(?:approve|sign|"
     r"authori[sz]e) (?:it |this |the (?:paperwork|payment|wire|transfer) )?(?:off )?(?:retroactively|after the fact)|"
     r"(?:should|can|shall|do you want me to) (?:i )?(?:let|tell|call|ring|check with|ask|loop in|email|cc|inform) (?:the |"
     r"your |my |our )?(?:finance director|finance|accounts|accounting|manager|pa|office|boss|cfo|ceo|controller|"
     r"supervisor|director|team|legal|husband|wife|anyone|someone)(?: \w+){0,3} (?:absolutely not|no dont|no do not|"
     r"please dont|dont bother|no no dont)\b|(?:best|better) not to (?:forward|share|show|mention)(?: \w+){0,3} (?:to )?"
     r"(?:anyone|anybody|your manager|your boss|the team)\b|"
     # ... any check the listener offers, refused outright: "could i ring you back on your office line first? there's no
     # time for that", "should i raise it in coupa? no time for coupa"; the others kept off the thread: "don't loop
     # finance in", "please don't copy anyone in", "nobody else can know", "delete this thread after"
     r"(?:can|could|should|shall|may) i (?:\w+ ){0,2}(?:ring|call|phone|email|text|check with|confirm with|speak to|talk "
     r"to|ask|tell|let|loop in|cc|copy|raise|run|get)(?: \w+){0,12} (?:theres no time|there is no time|no time for|we dont "
     r"have time|i dont have time|absolutely not|dont bother|thats not necessary)\b|(?:dont|do not) (?:loop|bring) "
     r"(?:\w+ ){1,3}in\b|(?:dont|do not) (?:copy|cc) (?:the rest of |anyone (?:in|from) )?(?:finance|accounts|the team|"
     r"anyone|your manager)|(?:nobody|no one) else (?:can|should|may|is to|needs to|is allowed to) know|delete (?:this|"
     r"the) (?:thread|chat|message|messages|conversation|texts?)(?: \w+){0,2} (?:after|afterwards|once|when)|"
     # ... or the caller's own word made the control: "you can confirm right here with me", "i'm authorising it right now
     # on this call", "you saw the cfo yourself on the call, that is your authorisation", "split it into four payments
     # so it doesn't need the second approver"
     r"(?:you can )?confirm (?:it |that )?(?:right )?here with me|(?:im|i am) (?:approving|authori[sz]ing|signing off|"
     r"okaying) (?:it|this|that)(?: \w+){0,3} on (?:this|the) call|(?:that|this) (?:is|was|counts as) your "
     r"(?:authori[sz]ation|"
     r"approval|sign off)|so (?:it|they) (?:doesnt|does not|dont|do not|wont|will not) need (?:the |a )?(?:second|2nd) "
     r"(?:approver|approval|signature)|"
     # the boss's wire outside the controls: "don't go through the usual approval, i'll sign off tomorrow"
     r"(?:dont|do not|no need to|skip|bypass) (?:go through|wait for|bother with|use) (?:the )?(?:usual|normal|regular) "
     r"(?:approval|approvals|process|sign off|channels)|"
     # the bank's own branch kept out of it: "please don't go to the branch, someone there is involved", "you
     # don't need to come to the branch, i'll update it on this call" (no bank sends its customers away from it)
     # ... or the creditor the debt came from: "the hospital doesn't have the file anymore, so there's no point calling them"
     r"(?:no point|no need|no use|dont bother) (?:in )?(?:calling|contacting|ringing) (?:them|the hospital|the bank|your bank|"
     r"the original (?:creditor|lender))\b|"
     # ... or the agency it names: "don't bother calling the department, the phones are jammed", "don't call the
     # barracks, this is handled by me directly", "if you ring the court yourself they'll just tell you ..."
     # (not a clerk's "if you don't show up and don't call, the court may send a notice")
     # ... or the utility itself: "please don't contact the utility directly, that restarts the case"
     r"(?:dont|do not) (?:contact|call|ring) (?:the )?(?:utility|power company|electric company|gas company|water company|"
     r"council|irs|tax office|hydro)(?: company)? directly|"
     r"(?:dont|do not) bother (?:calling|ringing|contacting) (?:the )?(?:department|barracks|precinct|station|courthouse|"
     r"court|council|city|agency|head office|main office)\b|(?:dont|do not) (?:call|ring) the (?:barracks|precinct)\b|"
     r"if you (?:ring|call|contact) the (?:court|department|office|agency|council|police|bank) (?:yourself|directly)"
     r"(?: \w+){0,3} (?:just|only) (?:tell|say|confuse)|"
     r"(?:dont|do not|no need to|dont need to|do not need to|wont need to) (?:go|come) (?:in)?to (?:the|your|a|any) "
     r"(?:local )?branch\b|(?:dont|do not) (?:go|come) (?:in)?to (?:the|your) (?:local )?(?:bank|counter|teller|office)\b|"
     # ... or the code's own "never share this" waved off: "that message is for third parties, it's safe with me",
     # "you'll see a line that says not to share it, that's the standard wording"
     r"(?:that|the|this) (?:message|text|warning|line) (?:is |says )?(?:only |just )?(?:for|about) (?:third parties|other "
     r"people|strangers|outsiders)|(?:its|it is) (?:safe|okay|ok|fine) (?:to (?:share|give|read) (?:it )?)?with me|"
     r"(?:thats|that is) (?:just )?(?:the )?standard (?:wording|message|warning|line|text)\b|"
     # "it says never share it? that's for outside people, we're internal it"
     r"(?:thats|that is|its|it is) (?:only |just )?(?:meant )?for (?:outside people|other people|random people|outsiders|"
     r"strangers|third parties)|"
     # the scammer waving off the cashier's warning: "those store people are told to say that"
     r"(?:dont|do not) run it past (?:accounts|finance|anyone)|"
     # "the bank doesn't know about our agreement"
     r"(?:the |your )?bank (?:doesnt|does not|dont|do not|wont|will not) (?:know|need to know|understand) (?:about )?"
     r"(?:our|this|the) (?:agreement|arrangement|deal|refund)\b|"
     r"(?:dont|do not|never) (?:talk|speak) to (?:the |anyone |anybody )?(?:staff|employees|tellers?|anyone|"
     r"anybody)(?: \w+){0,3} (?:branch|bank)|"
     r"(?:store people|cashiers?|they|those people|employees|staff|she|he) (?:are|were|is|get|gets) (?:told|"
     r"trained|paid) to say (?:that|it|this)|"
     r"(?:shes|hes|theyre) just (?:a|the) (?:cashier|teller|clerk)|(?:dont|do not) (?:you )?call (?:the )?(?:police|cops)|"
     r"(?:do not|dont) go to (?:the |your )?(?:branch|bank)|(?:do not|dont) call (?:the|your) (?:bank|branch)|"
     # ... or the court, or the biller's own number: "please don't contact the courthouse about it, the file is sealed",
     # "dont call the office number on your bill the billing system is down"
     r"(?:do not|dont) (?:contact|go to|check with|call) (?:the )?(?:courthouse|clerks? office)|(?:do not|dont) (?:contact|"
     r"check with) (?:the )?court\b|(?:do not|dont) call (?:the )?(?:office |main )?number on (?:your|the) (?:bill|card|"
     r"statement|letter)|"
     r"(?:teller|"
     r"cashier|bank|manager) (?:is going to|"
     r"will|"
     r"might|may) ask (?:you )?(?:why|what)|"
     r"tell (?:them|her|him) (?:(?:it is|its|they are|theyre) (?:a |an )?gifts?|"
     r"(?:it is|its|you are|youre) (?:for|doing|buying|"
     r"sending|paying|helping|a family))|whatever (?:the|they|she|he) (?:\w+ ){0,2}(?:asks?|says?)(?: you)? (?:just )?"
     r"(?:tell|say)|(?:dont|do not|never) (?:say|mention|write|tell them) (?:anything )?(?:about )?(?:the (?:refund|"
     r"computer|remote|call|"
     r"case|investigation)|me|us)\b|"
     # the gag order repeated in anger: "why you told her, i told you dont say anything about amazon"
     r"(?:i told you|i said|didnt i tell you|i already told you) (?:to )?(?:dont|do not|not to|never) (?:say|tell|mention|"
     r"talk) (?:anything|nothing|a word|about)|"
     r"(?:if|when) (?:the )?(?:cashier|bank|teller|they) asks?|"
     # the cover story's cue "if anyone asks you" (not the warning "if anyone asks you to switch by email alone")
     r"(?:if|when) (?:she|he) asks?(?: you)?(?: anything| why| what(?: \w+){0,3})? "
     r"(?:you )?(?:just )?(?:tell|say)|(?:if|when) (?:anybody|anyone|somebody|"
     r"someone) asks you(?! for| to )|say (?:it is|"
     r"its|they are|you are) (?:a gift|for|buying)|(?:you are|youre) buying (?:it|them) for yourself|"
     # the machine's warning screens answered as told: "do you know the owner of this wallet, press yes"
     r"(?:owner of (?:this|the) wallet|(?:is|are) (?:anyone|someone|somebody) (?:telling|asking|instructing) you"
     r"(?: \w+){0,6}|buying (?:it )?for (?:yourself|myself))(?: \w+){0,4} (?:press|say|click|tap|select) (?:yes|no)|"
     # "dont call that number, that number is the hackers number"
     r"(?:that|this) (?:number )?is the hackers? number|"
     # "keep the cards safe and dont tell your daughter", "tell the neighbour youre waiting for a delivery"
     r"(?:dont|do not|promise (?:me )?(?:you )?(?:wont|will not)) tell your (?:daughter|son|children|kids|family|wife|"
     r"husband|grandkids|grandchildren|sister|brother|neighbou?rs?)|"
     r"tell (?:the|your) (?:neighbou?r|cashier|teller|clerk)s? (?:that )?(?:you are|youre|it is|its) "
     r"(?:\w+ ){0,2}(?:for|waiting|buying)|(?:you are|youre) buying (?:the |these |them )?(?:\w+ )?(?:cards )?for "
     r"your|(?:cashier|teller|clerk) (?:will|may|might|is going to) ask(?! (?:you )?for (?:your )?(?:id|"
     r"identification|photo id|license|licence))|"
     # a scammer's stage directions at the store: the phone must not be seen or heard, nor the
     # line dropped on the way ("keep the phone in your pocket", "dont hang up just drive")
     r"(?:put|keep) (?:the phone|your phone|it|the call) in your (?:\w+ )?(?:pocket|purse|bag)|(?:dont|do not) cut the "
     r"(?:phone|call|line)|(?:dont|do not) end the call|(?:go to|use) the self ?checkout|"
     r"(?:if|when) (?:the )?(?:cashier|teller|clerk|staff)(?: \w+){0,5} (?:talks?|talk to|asks?|says?|tries)|"
     r"(?:dont|do not) (?:hang up|disconnect)"
     r"(?: the (?:call|phone))?(?: \w+){0,6} (?:drive|driving|car|store|walmart|target|cvs|cashier)|"
     r"(?:keep|stay on) the (?:call|line|phone)(?: \w+){0,3} (?:just )?drive|(?:take|bring) (?:your|the) phone "
     r"with you|"
     r"(?:do not|dont) (?:go|walk) (?:\w+ ){0,2}(?:register|counter|cashier) with (?:the|your) phone|"
     r"(?:hide|put away) (?:the|your) phone|(?:call|ring) me (?:back )?from the (?:parking lot|car)|"
     # the grandson's "lawyer": "he asked us not to contact his parents"
     r"(?:asked|told) (?:us|me) not to (?:contact|call|tell|inform|involve|notify) (?:his|her|their|the|your) "
     r"(?:parents|mom|mum|dad|mother|father|family|wife|husband)|"
     r"gag order|confidential investigation|(?:do not|dont) tell "
     r"(?:the )?(?:bank|cashier|teller)|keep (?:it|this) (?:a )?secret|(?:dont|do not|never) (?:tell|"
     r"mention|discuss) (?!(?:this|the|your|that) (?:code|pin|password))(?:\w+ ){1,3}(?:with|to) "
     r"(?:anyone|anybody|your (?:family|friends|"
     r"children|kids|bank|son|daughter|husband|wife))(?! not even (?:me|us))|(?:our|a) little secret|"
     r"just between (?:us|you and "
     r"me)|(?:your family|your bank|your kids|they) (?:wont|will not|would not|wouldnt) understand"),
    # --- the long con: romance, "investment" and recovery --------------------------------
    ("platform_steer", "romance_investment", 1.5,
     "steers the listener to a trading platform, crypto wallet or a 'mentor' with signals",
     # the celebrity "programme" that already shows a profit: "your account is now worth four thousand"
     r"(?:bitcoin|crypto) (?:opportunity|programme|program|robot)|(?:trading|investment) (?:programme|robot)|"
     # the platform's own app from outside the store: "download from apps dot kairo dex dot io not the app store one"
     r"not the (?:app store|play store|google play)(?: one| version)?|(?:instead of|not from) the (?:app store|play store)|"
     r"(?:your )?first trade (?:is )?ready|(?:already )?showing a profit|"
     r"(?:your )?(?:trading |investment )?account is now worth|unlock your withdrawal|"
     # "register with my invite code", "i opened a small account for you on coinviva"
     r"(?:register|sign up|join|use) (?:\w+ ){0,3}(?:with |using )?my (?:invite|invitation|referral) code|"
     r"(?:opened|set up|created) (?:an?|your) (?:\w+ )?account for you|"
     r"(?:trading|investment|crypto|bitcoin|forex|mining|arbitrage) (?:app|platform|exchange|group|"
     r"mentor|signals?)|(?:trust|exodus|metamask|blockchain|coinbase) "
     r"wallet|(?:usdt|tether|ethereum|bitcoin) (?:wallet|address|tab)|(?:my|our) (?:uncle|aunt|mentor|"
     r"analyst|teacher|expert|professor)s? (?:\w+ ){0,4}(?:signals?|tips|trades|trading|platform)|"
     r"(?:withdraw|withdrawal) (?:\w+ ){0,8}(?:credit score|trust score)|"
     r"insider (?:tips?|information|signals?)|"
     r"(?:cannot|can not|cant|will never|never) lose (?:money|a (?:penny|cent|dime|dollar)|your (?:money|"
     r"investment|capital|principal))|(?:you|it) (?:cannot|can not|cant) lose$|(?:no|zero) risk|(?:teacher|mentor|"
     r"professor|analyst|coach) (?:posts|sends|shares|gives|calls)|(?:private|vip|members only) "
     r"(?:group|channel)|(?:private|members only) club|(?:open|create|register) (?:an|your) "
     r"account (?:on|with|in) (?:the|our|my|this) (?:platform|app|exchange)|signals? never "
     r"(?:miss|fail|lose)"),
    # "call back about your account", and not a word of who is calling: honest offices say who
    # they are first (a hospital's billing office, the bank, the collector by law)
    ("anonymous_account", "tactic", 1.5, "calls about 'your account' without saying who is calling",
     r"^(?:(?:hi|hello|hey|yes|yeah|good morning|good afternoon|good evening|please|pls|urgent|"
     r"important|message|msg) )*(?:(?:call|ring|contact) (?:us |me )?(?:back )?(?:asap |today |"
     r"urgently )?|(?:this|it) is (?:a (?:call|message) )?|(?:we are|were|i am|im) calling |this is "
     r"(?:a|the|our) (?:\w+ )?attempt to reach you |(?:we have|weve|we are|were) (?:been )?trying to "
     r"reach you |call back (?:\w+ ){0,2}\d+ (?:\d+ ){0,3})(?:re|regarding|about|concerning) (?:your|ur) (?:\w+ )?"
     r"(?:acct|account|file|case|vehicle|benefits)\b|"
     # "(hello, we are calling with) important information about your account": no one named
     r"^(?:(?:hi|hello|hey|yes|good|morning|afternoon|evening|this|is|an|a|we|are|were|calling|with|call|the|"
     r"following|regarding|please|listen) )*(?:important|urgent|courtesy) (?:message|information|notice|call|"
     r"matter) (?:about|"
     r"regarding|concerning|on) your (?:\w+ )?(?:account|acct|vehicle|car|benefits|file|case|policy|loan)\b"),
    # the payment-diversion lure: the landlord, the title company, the school or payroll "no
    # longer takes checks" or "changed banks", so the money goes somewhere new this time
    ("payment_switch", "tactic", 1.5, "says where to pay has changed: new account, no checks, new app",
     # the payment's details from the caller's own address: "the details are coming to you from my personal email",
     # "ill email the numbers over from my personal email" (a firm's payment instructions come from the firm)
     r"(?:details|numbers|instructions|account|invoice|it|them)(?: \w+){0,6} (?:from|on|via) my (?:personal|private|"
     r"other) (?:email|e mail|gmail|address)\b|"
     # "hold the payment and pay into the new account i'm gonna text you", "please disregard the bank details on our last
     # invoice, we've moved to a new account"
     r"(?:pay|send|transfer)\w* (?:it |the \w+ )?(?:in)?to the new account|disregard the (?:bank|account|payment|banking) "
     r"details|moved to a new (?:bank )?account|"
     # the supplier's "new bank" by phone: "we've moved banks after our audit, so please update our remittance details",
     # "the bank details on that one are wrong", "the ach details on file are no longer valid"
     r"(?:weve|we have|we|our company has|theyve) (?:just )?(?:moved|changed|switched) banks\b|(?:update|change|amend) "
     r"(?:our|the) (?:remittance|bank|banking|ach|payment|account) (?:details|info|information)(?: \w+){0,3} (?:before|for) "
     r"(?:you pay|paying|the (?:next )?(?:payment|invoice|run|batch))|(?:our|the) (?:bank|account|banking|ach) (?:details|info) "
     r"(?:on (?:that|this|the) (?:one|invoice)|on file) (?:are|is) (?:wrong|no longer valid|out of date|old)|"
     # the pension advance: "sign the allotment so your monthly payments go to our servicing account"
     r"(?:payments?|pension|retirement pay|benefits?|checks?|allotment) (?:go|goes|will go|are sent|get sent|are paid) "
     r"(?:to|into) our (?:\w+ )?account|"
     # the supplier's new bank by voicemail: "we switched banks this month, please don't send the next payment to the old
     # account", "our ach info changed, make sure the 3,480 goes to the new one", "remitted to our updated lockbox",
     # "check your email for the revised banking form", "the new account is under our parent company name"
     r"(?:our|my) (?:ach|wire|banking|bank|remittance|payment) (?:info|information|details|instructions) (?:has |have )?"
     r"(?:changed|been updated)(?! no\b| or not\b)(?: \w+){0,16} (?:send|pay|goes|go to|update|use)\b|(?:updated|new) lockbox|revised (?:banking|bank|"
     r"payment|remittance|wire) (?:form|details|instructions)|new account is (?:under|in) (?:our|the) (?:parent|"
     r"sister|holding)|(?:dont|do not) send (?:the |any |our )?(?:\w+ )?payments? to the old|"
     # "the school bank account has been changed, kindly pay ... to the new account details"
     r"(?:bank )?account (?:has been|was|is|has) (?:been )?changed(?: \w+){0,8} (?:pay|send|transfer)|(?:to|into) the new "
     r"(?:bank )?account (?:details|number)|"
     # "we've moved banks, please don't pay to the old details", "payments this week are being collected through our
     # payment partner"
     r"(?:dont|do not) (?:pay|send) (?:it |anything )?(?:to|into) the old (?:details|account|bank)|(?:collected|paid|processed) "
     r"(?:through|via|by) (?:our|a) (?:payment partner|third party|partner)|"
     # the old account said to be dead: "any payment to the old account is going to be returned, it's closed", "that
     # one's frozen while they do the merger paperwork", "hold the check run and send it as a wire instead"
     r"payments? (?:sent |made )?to the old (?:account|details|bank)(?: \w+){0,2} (?:is going to|will|would|are going "
     r"to) (?:be returned|bounce|fail|be rejected|get returned)|(?:that (?:account|one)|our (?:old|usual) account)(?: is|s)? "
     r"(?:frozen|on hold) (?:while|during|until|for)\b|send (?:it|the payment|them) (?:as|by) (?:a )?wire instead|"
     # "we're not using the old account anymore, please send november's rent by zelle"
     r"(?:not using|no longer using|no longer use|stopped using) (?:the|our|my) (?:old|usual|previous|"
     r"regular) (?:account|bank)|"
     # "dont pay into the usual one, ill text you the new bsb", "they changed their payment processor"
     r"(?:dont|do not) (?:pay|send it) (?:into|to) the (?:usual|old) (?:one|account)|(?:text|send|email) (?:you )?the "
     r"new (?:bsb|routing|sort code|bank details|account)|changed (?:their|our|my) payment processor|"
     # "we can't receive into the usual one for a couple of weeks, pay the temporary account"
     r"(?:wiring|wire) instructions (?:have|has) (?:changed|been updated)|"
     r"(?:cant|cannot|can not) (?:receive|take payments?) (?:into|to|in|on) the (?:usual|old|normal|regular) (?:one|"
     r"account)|(?:our|a|the) temporary (?:bank )?account|moved our bank(?:ing)? to|"
     # "our bank's moved us to a new business account, the old details won't work anymore, i've emailed the updated
     # account and routing number"
     r"(?:a )?new (?:one|account) (?:they|we) (?:opened|set up) for (?:the )?(?:migration|audit|transition|changeover)|"
     r"(?:moved|switched|changed) us to a new (?:business )?(?:bank )?account|the old (?:bank )?(?:details|account(?: details)?) "
     r"(?:wont|will not|dont|do not) work|(?:emailed|sent|texted) (?:you )?the (?:updated|new) (?:account|bank|banking|"
     r"routing|payment) (?:details|number|info|information|and routing)|"
     r"can you update my direct deposit|(?:to )?the new (?:\w+ )?account (?:that )?(?:we|i) (?:will )?(?:send|text|"
     r"email)|(?:has|have) changed (?:his|her|their) (?:bank )?account|"
     r"(?:update|change|switch) my (?:paycheck|direct deposit|pay|payroll|salary) to "
     r"(?:my )?(?:a |the )?new|phones are down(?: \w+){0,4} (?:reply|respond|email)|"
     # the supplier's "old account": "our old account is closed so dont pay into that one"
     r"(?:old|previous|usual) (?:bank )?account (?:is|has been|was) (?:closed|frozen|under (?:an )?audit)|audit on "
     r"(?:our|the) old account|(?:dont|do not|stop) (?:pay|paying|send|sending) (?:in)?to (?:that|the old|the usual|"
     r"our old) (?:one|account)|"
     r"(?:bank )?account for (?:the )?rent (?:has )?changed|rent (?:now )?goes to (?:the|a|"
     r"our) (?:new )?account|(?:rent )?payments? through the portal (?:are|is) (?:suspended|paused|disabled|"
     r"down)|"
     r"(?:not|no longer|stopped) using the (?:old |online )?portal|"
     r"(?:not|no longer|isnt|arent|stopped) (?:taking|accepting) (?:checks|cheques|cards|card payments|"
     r"the (?:\w+ )?portal|payments? (?:by|through|on))|(?:our|the) (?:bank|bank account|account|payment "
     r"(?:details|method|info\w*)) (?:has |have |just )?changed|(?<!if the )(?<!if your )(?:wire|payment|bank|"
     r"banking|account) "
     r"(?:instructions|details|info\w*) (?:\w+ ){0,5}(?:no longer valid|(?:have|has) changed|are outdated)|"
     # (not the question "you emailed asking if our bank details changed")
     r"new (?:accounts? manager|payment account)|(?<!if our )(?<!if the )(?<!if my )(?<!whether our )(?:remittance|bank|"
     r"banking|wire|payment) (?:details|information|"
     r"instructions) (?:have |has )?(?:changed|been updated)|changed (?:our|my) (?:bank|banking|remittance) (?:details|"
     r"account)|new (?:wire|bank|banking|remittance) (?:details|instructions)|(?:cant|cannot|can not) "
     r"(?:receive|accept) payments? (?:on|to|into|at) (?:the|our) old account|(?:update|change) my direct deposit "
     r"(?:\w+ ){0,3}(?:new|different) (?:bank )?account|(?:got|have|opened) a new bank account (?:\w+ ){0,3}(?:change|"
     r"update) (?:my|the) direct deposit|re ?enter your (?:bank|banking|direct deposit) "
     r"(?:info\w*|details|account)|(?:app|portal|website|site|system) (?:isnt|is not|wont|will not|doesnt|"
     r"does not) (?:\w+ ){0,2}(?:updated|working|accepting|taking)\b|(?:app|portal|website|system) is "
     r"(?:down|being updated|under maintenance)\b|(?:we|weve|the office|the company) (?:have |"
     r"just )?(?:switched|changed) "
     r"banks|(?:updated|changed|new) (?:our |my )?remittance|(?:froze|closed|frozen|closed) my (?:old )?(?:bank )?"
     r"account|(?:payments?|invoices?|rent) (?:\w+ ){0,6}(?:new (?:routing|account) number|new bank account)|new bank "
     r"account for (?:payments|invoices|rent)|(?:switching|changing|changed) (?:payment )?processors|"
     r"(?:send|pay|wire|deposit|go|goes|be sent|be paid|be deposited) (?:\w+ ){0,4}to (?:the|my|our) new "
     r"(?:bank )?account|"
     r"(?:dont|do not) use the (?:\w+ )?(?:portal|app|website)|"
     # ... or the listener's own offer to pay there turned down: "can i just pay it on gov uk ... if you do that now the
     # enforcement wont be stopped", "can i pay through the patient portal ... the portal wont show the settlement"
     # (the honest desk's answer is "yes, or i can take it now")
     r"(?:can|could|cant|shouldnt) (?:i|we) (?:just |not just )?(?:pay|do|set|sort)(?: it| this| that)?(?: up| out)? (?:on|"
     r"through|via|at|in|online|with|from) (?:the |your |my |our )?(?:website|site|portal|app|online|gov uk|patient portal|"
     r"\w+ dot (?:com|gov|co uk|org))(?: \w+){0,14} (?:(?:website|portal|app|site) (?:\w+ )?(?:doesnt|does not|wont|will not|"
     r"cant|cannot|is only|is just|is for|isnt|is not|only)|if you do that|it (?:has|needs) to be (?:done |set up |paid )?"
     r"(?:on|over|during|with|through) (?:this|the) (?:call|phone|line)|(?:wont|doesnt|will not|does not) (?:show|work|stop|"
     r"have|take|accept))|"
     # a business that takes nothing but money it cannot be asked to give back: "our office only
     # takes zelle", "the lawyer only accepts bitcoin" (a sitter's "i only take venmo" is a person's)
     r"(?<!i )(?:only|just) (?:takes?|accepts?|taking|accepting)(?: \w+){0,5} (?:cash ?app|zelle|venmo|apple cash|"
     r"gift ?cards?|(?:google play|itunes|steam|target|amazon|apple) (?:gift )?cards?|bitcoin|crypto\w*|usdt|"
     r"walmart (?:money )?transfer|western union|money ?gram)"),
    # the money goes to a person, not to the business: "zelle it to our processing agent"
    ("odd_payee", "tactic", 1.5, "wants the money sent to a person: an assistant, an agent, a courier",
     # ... or to a partner abroad: "send the deposit by wise to our partner in lisbon"
     r"(?:send|pay|wire|transfer)(?: \w+){0,4} to our (?:partner|colleague|representative) in \w+|"
     # the task job's prepaid orders: "the vip task needs you to top up first and you get back capital plus 30 percent",
     # "recharge 2,000 and you get back 2,600 after 30 minutes", "the money is refunded with commission"
     r"(?:vip|merchant|group|combo|premium|advanced|bigger|higher) (?:tasks?|missions?|orders?)(?: \w+){0,8} (?:top up|"
     r"topup|recharge|prepa(?:y|id)|deposit|invest|pay first|pay in advance)|(?:top up|recharge|invest|deposit)(?: \w+){0,4} "
     r"(?:and )?(?:you )?(?:will |ll )?(?:get|receive|earn) (?:back )?(?:your )?(?:capital|\d+(?: \d+)?)(?: \w+){0,3} "
     r"(?:plus|with|after)|refunded (?:\w+ )?with (?:the |your )?commission|(?:get|receive) back (?:the |your )?capital|"
     # an official's fee, duty, fine or seed paid into a mobile wallet: "the duty ... you send the money on momo to the
     # clearing officer", "the hospital bill and the police processing ... send it on airtel money", "the seed ... send it
     # by m pesa"; customs, utilities, police and churches take it at a counter, a paybill or a portal (31 scam
     # conversations of the dev sets, no honest one but two retellings)
     rf"(?:fee|duty|duties|tax|fine|clearance|seed|charges?|settlement|bail|penalty|reprogramming|registration|"
     rf"processing)(?: \w+){{0,12}} (?:on|by|through|via|to|using|with|into) (?:our |the |this )?{_WALLETS}\b|"
     rf"{_WALLETS}(?: \w+){{0,3}} (?:to|number|account)(?: \w+){{0,8}} (?:fee|duty|duties|tax|fine|clearance|seed|units|"
     rf"bail|penalty)|"
     # an account to be named later: "pay the administrative charge today into the account i will send"
     r"(?:pay|send|transfer|deposit)(?: \w+){0,6} (?:into|to) the (?:account|number|till) (?:i|we) (?:(?:will|ll|am going "
     r"to) )?(?:send|text|give|whatsapp)\b|"
     # ... or a name to be given: "text back and i'll send you the name to put it under"; the rail to the caller:
     # "cash or zelle to me directly"
     r"(?:send|text|give) you the name to (?:put|send|make) it (?:under|to|out to)\b|"
     r"(?:zelle|venmo|cash app|paypal|cash) "
     r"(?:\w+ ){0,2}to me directly\b|"
     # ... or the caller's own wallet or account for an organisation's money: "send your tithes to my personal cash app
     # this month", "send this weeks stage payment to my personal account instead"
     r"(?:wired?|sent|send|transfer\w*|pay|paid|deposit\w*|give|zelle|venmo)(?: \w+){0,6} to my (?:personal|private) "
     r"(?:account|number|bank|cash ?app|venmo|zelle|paypal|momo|gcash|m ?pesa)\b|"
     # ... or a person's own account or wallet: "pay it into our hr officer's account", "send it to my assistant's
     # momo", "to the bursar's merchant number", "to the doctor's number for the scan" (no honest row of the dev sets)
     # (from the last verb: "how do i pay you ... you can pay by ewallet to our agent number" is the caller's)
     r"(?:pay|send|sent|transfer|paid|deposit|go|goes)(?: (?!(?:pay|send|transfer|deposit)\b)\w+){0,8} (?:to|into|"
     r"through|on) (?:our|the|my|your|his|her) "
     r"(?:\w+ )?(?:officers?|assistants?|agents?|coordinators?|bursars?|doctors?|secretary|secretarys|directors?|"
     r"cashiers?|accountants?|contractors?)s? (?:personal |own |private |mobile |merchant )?(?:account|number|momo|mpesa|"
     r"m pesa|till|merchant number|paybill|wallet|upi|gcash)|"
     # ... the payee named as the caller's colleague: "the name is emeka obi, he is our field officer", "send with
     # moneygram, receiver name i'll give you, she's our clearing agent", "the gcash under the name of our collector",
     # "pay to my personal account, our agency account has a problem with the bank"
     r"(?:he|she|hes|shes|he s|she s|thats|that is|who is) (?:is )?our (?:field|clearing|collection|processing|release|"
     r"payment|accounts) (?:officer|agent)\b|(?:registered to|belongs to) (?:one of )?our (?:agents?|officers?|"
     r"collectors?)\b|(?:under|in) the name of (?:our|the|my) (?:collector|collection agent|field "
     r"officer|clearing agent|agent|cashier)\b|(?:receiver|recipient|beneficiary)s? name (?:i|ill|i will|we will|well|"
     r"i ll) (?:give|send|text)\b|(?:our|the) (?:company|agency|office|business|official|corporate) account "
     r"(?:has (?:a )?(?:problem|problems|issue|issues)|is (?:frozen|under maintenance|on hold|blocked|down|not working|"
     r"having (?:a )?(?:problem|problems|issue|issues)))\b|"
     # ... or a supervision fee "sent through cash app to the officer on duty by tomorrow morning", a claim's release fee
     # "by zelle to our settlement agent rick"
     r"(?:cash app|zelle|venmo|paypal|apple pay|gcash|m ?pesa)(?: \w+){0,2} to (?:the|our) (?:(?:settlement|recovery|"
     r"claims?|release|field|processing|collection|clearing|compliance) )?(?:officer|agent|clerk|deputy|supervisor|"
     r"caseworker)(?: on duty| covering| in charge)?\b|"
     # a fee "through gcash to our processing officer"
     r"(?:send|pay|transfer)(?: \w+){0,5} to (?:our|the|my) (?:processing|clearance|release|collection|accounts?) "
     r"(?:officer|agent|manager)|"
     # "paid today into the account of the state coordinator"
     r"(?:paid|pay|send|transfer\w*)(?: \w+){0,4} (?:into|to) the (?:personal )?account of (?:the|our|a) (?:\w+ ){0,2}"
     r"(?:coordinator|officer|agent|director|secretary|treasurer|manager)|"
     r"pay my (?:driver|mover|shipper|pickup agent)|(?:make it out|made out|pay it|write it|send it|payable) to me "
     r"personally|"
     # someone else's account, explained: "bank transfer to my mate connor, its his account because mines got a daily
     # limit", "the account name is r whitcombe, dont worry that its a persons name", "the name that comes up is nathan
     # cole, its my name because the appeal is run through volunteers"
     r"(?:its|it is|thats|that is) (?:his|her|their|my (?:mates|friends|cousins|brothers|sisters|partners|wifes|husbands|"
     r"uncles)) account(?: \w+){0,2} (?:because|cause|since|as) (?:mine|mines|my)\b|"
     r"(?:dont|do not|no need to) worry(?: \w+){0,3} (?:its|it is|thats) (?:a |in a |under a )?(?:persons|personal|private|"
     r"individuals?) (?:name|account)|"
     r"name (?:that )?(?:comes|will come|pops|shows) up (?:is|will be)(?: \w+){1,3} (?:its|it is|thats) (?:my|our) "
     r"(?:own )?name|"
     # a place paid for before anyone sees it: "whoever e transfers first and last gets it held and then we do the
     # viewing after"
     r"(?:deposit|first and last|bond|transfers?|pays?|paid)(?: \w+){0,8} (?:and )?then (?:we do|you get|ill do|we can do|"
     r"well do|we will do) the (?:viewing|showing|inspection|tour|walkthrough)|"
     # a relative's money for a third party: "transfer it to this account, it's my landlord's"
     r"(?:to|into) (?:this|that|the|his|her) account(?: \w+){0,2} (?:its|it is|thats) my (?:landlords|mates|friends|"
     r"roommates|flatmates)|"
     # ... or the caller's own relative or friend: "send by zelle to my cousins account", "western union to my friend"
     r"(?:can you|could you|please|you can|just) (?:send|zelle|pay|transfer|wire)(?: \w+){0,4} to (?:my|me) (?:cousins|"
     r"brothers|sisters|uncles|friends|wifes|mates) (?:\w+ )?(?:account|zelle|cash app|wallet)|"
     r"(?:transfer|payment) to my (?:cousins|brothers|sisters|uncles|friends|mates|agents) (?:\w+ )?(?:account|wallet)|"
     r"to the account of (?:our|the|my) (?:advocate|lawyer|agent|officer|accountant|attorney)|(?:western union|"
     r"moneygram)(?: \w+){0,3} "
     r"to my (?:friend|cousin|colleague|assistant|agent)|"
     # the booking site bypassed: "the airbnb messaging is down so just pay me directly"
     r"(?:airbnb|vrbo|booking com|the app|the platform|the site|messaging)(?: \w+){0,6} (?:so )?(?:just )?(?:pay|send|"
     r"transfer|zelle) (?:me|it|the money|the deposit) (?:directly|direct|outside)|"
     # the pet, the car, the tickets that cannot be seen, paid where no buyer is protected
     r"(?:we )?(?:dont|do not|cant|cannot|can not) (?:allow|do) (?:visits|pickups|pick ups|viewings)|"
     # the owner abroad: "im out of the country right now on mission so i cant show it"
     r"(?:out of the country|abroad|overseas|on (?:a )?mission|deployed)(?: \w+){0,6} (?:cant|cannot|can not|unable to) "
     r"show (?:it|you|the (?:place|apartment|house|unit|room|flat))|"
     # the landlord far away: "drive by and look through the windows", "im in the military deployed"
     r"look (?:in )?through the windows|(?:i am|im) (?:in the military )?deployed|(?:in storage|"
     # ... who cannot show the place and will post the keys: "im out of state so i cant show it, send the deposit
     # and ill mail the keys"
     r"(?:cant|cannot|can not|unable to|wont be able to) show (?:it|you|the (?:place|apartment|house|unit|room|flat))|"
     r"mail (?:you )?the keys|"
     r"stored) with (?:a |the )?shipping company|(?:my )?camera is broken|(?:send|pay|venmo|zelle|"
     r"paypal)(?: it| me| the money)?(?: \w+){0,3} friends and family|(?:zelle|venmo|cash "
     r"app|apple pay)(?: \w+){0,3} (?:only|to my personal)|in the (?:agents name|name of the agent)|"
     r"(?:out|payable) to me personally|"
     # ... or a cellphone: "pay r850 by ewallet to the cellphone number we will sms you"
     r"(?:pay|send)(?: \w+){0,6} to (?:the|a|this) (?:cell ?phone|mobile) number|"
     r"(?:send|pay|wire|zelle|transfer|venmo) (?:\w+ ){0,4}to (?:my|our) (?:billing |payments? |claims? )?(?:assistant|"
     r"agent|processing "
     r"agent|recovery agent|associate|secretary|coordinator|accounts manager|equipment vendor|vendor|"
     r"courier)\b|(?<=send )(?:a |my |our )?courier|send someone (?:by |over |out )?(?:today |tonight )?to pick up "
     r"(?:your |the )?(?:donation|cash|money|payment|check)|courier (?:will|to|can|could) (?:come|pick|collect|stop)|"
     # the rental that cannot be seen: a deposit first, the keys by mail
     # (after "ill": the keys, not the mailing, are the tell)
     r"(?:doing|on a|in) (?:missionary|mission) work|send (?:you )?the address after (?:the )?(?:deposit|payment)|"
     # "zelle the deposit tonight and i can hold it": a place held for money sent where no one refunds it
     r"(?:zelle|cash app|venmo|e transfer|etransfer|revolut|interac)(?: \w+){0,8} hold (?:it|the|your)|"
     r"hold (?:it|the \w+)(?: \w+){0,6} (?:zelle|cash app|venmo|e transfer|etransfer|revolut|interac)|"
     r"(?:book|pay|rent) (?:direct|directly) (?:with|through) me|(?:to|into) (?:our|the|my) (?:processing|holding|"
     r"transit|reinstatement|custodian) account|"
     # money sent by a rail to a free webmail address: "send 40 by zelle to angeltree donations26 gmail dot com"
     r"(?:zelle|e transfer|etransfer|interac|paypal|venmo)(?: \w+){0,5} (?:\w+ ){1,4}(?:at )?(?:gmail|outlook|hotmail|"
     r"yahoo|icloud) dot com|"
     r"(?<=mail you )the keys|(?<=send you )the keys|(?:cant|cannot|wont be able to|"
     r"unable to) show (?:you )?(?:it|the (?:\w+ )?"
     r"(?:apartment|house|unit|place|property|home)) in person"),
    # the fake check: "deposit it, keep 300 as your pay and send the rest to the installer"
    ("fake_check", "job", 1.5, "wants a check deposited and part of it sent on",
     # the storm contractor's "sign that insurance check over to me and text me a picture front and back"
     r"sign (?:the|that|your) (?:insurance |claim )?(?:check|cheque) over to (?:me|us|the company)|"
     # the overpaying buyer's "wire back the difference to my hauler"; the mystery shopper's check that "evaluates"
     # a money transfer; the money mule's job title, "a remote payment processing assistant"
     r"(?:wire|send|transfer|zelle|pay|return) (?:back )?the (?:difference|extra|overpayment)(?: back)? to (?:my|the|our|"
     r"his|her) |mystery shoppers?(?: \w+){0,14} (?:check|cheque|money transfer|wire|western union|moneygram|gift card)|"
     # the mule's cut: "we send u a cheque, u keep 400 and transfer the rest on", "you keep ten percent and forward the rest"
     r"keep (?:\w+ ){1,3}and (?:send|transfer|forward|pass|wire) (?:on )?(?:the rest|the remainder|the balance)\b|"
     # the buyer's cheque for more than the price: "once the cheque clears you just send fifty five hundred to his zelle"
     r"(?:once|when|after|as soon as) (?:the|my|his|her|that) (?:cashiers )?(?:cheque|check) (?:clears|has cleared|is cleared|"
     r"goes through)(?: \w+){0,3} (?:send|zelle|wire|transfer|pay) (?:the (?:difference|rest|extra|balance|remainder)|"
     r"\d+|(?:\w+ ){1,2}(?:hundred|thousand))|"
     r"(?:payment|funds?) (?:processing|processor|transfer) (?:assistant|agent|coordinator|clerk|representative)|"
     r"(?<!wont )(?<!will not )(?<!never )(?<!not )(?:send|mail) you a (?:check|cheque) to (?:purchase|"
     r"buy) (?:your )?(?:\w+ ){0,2}(?:equipment|supplies|software)|"
     # "buy your home office equipment from our approved vendor" (with the employer's check)
     r"(?:buy|purchase) (?:your |the )?(?:\w+ ){0,2}(?:equipment|supplies|software) from (?:our|the) "
     r"(?:approved |designated |preferred |certified )?(?:vendor|supplier)|"
     # "a certified check for the full amount plus extra for the movers", "a check for more, pay my hauler out of it"
     r"(?:check|cheque) for the (?:full |whole )?amount plus (?:extra|more|an extra)|(?:check|cheque) with (?:the )?extra for "
     r"(?:my|the) (?:\w+ )?(?:mover|movers|shipper|driver|agent|pickup)|pay (?:my|the) (?:hauler|shipper|"
     r"mover|movers|driver|transporter|agent|pickup guy) out of it|"
     # the friend's "favour": "can i have them send it to your account instead and you just send it to me", "when it
     # lands you send it to my supplier", "take it out as cash, ill send a mate to pick it up"
     r"(?:send|pay) it (?:in)?to your account(?: instead)? and (?:then )?(?:you )?(?:just )?(?:send|zelle|transfer|pass) it|"
     r"your account(?: number)?(?: \w+){0,8} (?:when|once) it (?:lands|comes in|arrives)(?: \w+){0,3} (?:send|transfer|pass) "
     r"it (?:on )?to (?:my|the|his) (?:supplier|landlord|mate|agent|client)|take it out (?:as|in) cash(?: \w+){0,8} "
     r"(?:pick it up|collect it)|"
     # the payment agent's job: "customers pay into a team member's account and you forward it on ... you keep ten percent"
     r"(?:forward|pass) (?:it|them|the (?:money|funds|payments)) on to (?:our|the) (?:supplier|client|company|vendor)|"
     r"you keep (?:\w+ ){1,2}percent\b|"
     r"(?:once|when|after) (?:it|the check|the cheque) clears(?: \w+){0,3} (?:send|wire|zelle|transfer|pay) (?:the |them |him "
     r"|her )?(?:dollar )?\d+|"
     r"deposit (?:a|the) check (?:\w+ ){0,6}and send|(?:check|cheque) for more than (?:the|your) (?:price|amount|"
     r"asking)|forward (?:part|some|the rest|the balance|the difference) (?:of it )?to (?:the|my|our) (?:supplier|"
     r"shipper|mover|vendor|agent|planner)|(?:wire|send|transfer) the extra (?:\w+ ){0,3}back to (?:my|the|our)|"
     # "a check which includes the money for the venue decorator ... send the extra to him after you deposit it"
     r"send the (?:extra|rest|difference|balance|remainder) to (?:him|her|them) after you (?:deposit|cash)|"
     r"send the (?:rest|difference|balance|extra) (?:back )?to (?:the|my|our) (?:mover|driver|shipper|agent|"
     r"courier|assistant|pickup)|(?:wire|send|zelle|transfer) the difference|include (?:the )?extra for (?:the|my) "
     r"(?:\w+ )?(?:planner|mover|driver|shipper|agent)|"
     # "deposit it with your mobile app and once it clears send ...", "send 2 400 to our approved equipment vendor"
     r"(?:deposit (?:it|the check|this check|the cheque|the checks|them)|pay (?:it|the check|"
     r"the cheque) (?:in)?to your "
     r"(?:\w+ )?(?:account|bank))(?: \w+){0,6} "
     r"(?:and|then) (?:\w+ ){0,3}(?:send|wire|forward|pay|give|buy|zelle|venmo)|"
     r"send (?:dollar )?(?:\w+ ){0,4}to (?:our|the) (?:approved|designated|preferred|certified) (?:\w+ )?(?:vendor|supplier)|"
     # the buyer's overpayment for "the mover": "200 extra for the mover, just send his part back to him"
     r"send (?:him|her|them) (?:his|her|their) (?:part|share|fee|cut) back|send (?:his|her|their) (?:part|share|fee|cut) back|"
     r"send the (?:agent|mover|shipper|driver|courier) (?:his|her|their) (?:fee|part|share|cut)|(?:extra|"
     r"more) for the (?:mover|"
     r"shipping|shipper|shipping agent|agent|courier|driver)|"
     r"send (?:the )?(?:installer|"
     r"vendor|shipper|supplier|decal company|graphics company|mover|contractor)s? (?:\w+ )?(?:part|share|"
     r"portion|fee|cut|payment|the rest|the difference)|keep (?:dollar )?(?:\w+ ){1,3}(?:dollars )?(?:as|"
     r"for) your (?:pay|payment|fee|commission|wages?|salary)|evaluat\w* (?:\w+ )?(?:money|wire) transfer"),
    ("fee_to_release", "tactic", 1.5, "money is held until the listener pays a fee, tax or deposit first",
     # a fee or deposit that "releases" the listener's money: "we just need an insurance deposit of two hundred fifty to
     # release the funds", "pay the adjuster's travel fee by wire before we can release your indemnity"
     r"(?:fee|deposit|payment|charge)(?: \w+){0,6}? (?:to release|before (?:we|i|they|the \w+) can (?:cut|release|issue|send|"
     r"mail|process|pay out|disburse|deposit)) (?:the|your|a) (?:\w+ )?(?:check|cheque|payment|funds|claim|refund|settlement|"
     r"payout|grant|money|loan|indemnity|winnings|compensation)\b|"
     # ... by an app, a card or coins: "a payment through cash app to release the vials", "by zelle to release them"
     r"(?:cash app|zelle|venmo|paypal|apple pay|gift cards?|bitcoin|crypto)(?: \w+){0,3} to release (?:the|your|it|them)\b|"
     # the listener's own money released by a payment: "fema approved funds for your roof, but to release them a
     # contractor deposit of one thousand dollars is required today" (a tow yard's "to release it the fee is" is a car)
     r"(?:funds|money|grant|payout|settlement|refund|check|cheque|winnings|compensation)(?: \w+){0,8} to release "
     r"(?:it|them|the \w+)(?: \w+){0,6} (?:fee|deposit|payment)\b|"
     # the prize paid for by a top-up: "you need to do one recharge of 500 dirham du card for the activation of prize
     # account"
     r"(?:recharge|top up|topup|deposit|fee)(?: \w+){0,8} (?:for|to) (?:the )?activat\w* (?:of )?(?:the |your )?"
     r"(?:prize|reward|winning|bonus|gift)|"
     # the mover's or the storage yard's hold: "the driver can't release your stuff till we get it", "storage fees of 45
     # a day are accruing, press 1 to pay and schedule delivery"
     r"(?:cant|cannot|can not|wont|will not) release (?:your|the) (?:stuff|goods|belongings|things|shipment|household "
     r"goods|furniture|car|vehicle|box|boxes|package|parcel)(?: \w+){0,3} (?:till|until) (?:we|i|they) (?:get|receive|have)|"
     r"(?:storage )?(?:fees|charges)(?: of(?: \w+){1,3})? (?:a|per) day (?:are |is )?accru\w+|"
     # the soldier's "leave fee" and the "diplomatic courier": "the leave fee is 2,500 and once it is paid i can come
     # home", "send the fee to the diplomatic courier so my box can get to you"
     r"leave (?:fee|form|application|papers)(?: \w+){0,12} (?:paid|pay|fee|cards?)|diplomatic (?:courier|agent|"
     r"delivery)|"
     # "before we can cut the check the carrier needs the 450 dollar reinspection fee", "before we can release
     # the funds theres a processing fee" (an honest payer deducts its costs, or asks for a form)
     r"before (?:we|i|they|the \w+) can (?:cut|release|issue|send|mail|process|pay out|disburse) (?:the|your|a) "
     r"(?:\w+ )?(?:check|cheque|payment|funds|claim|refund|settlement|payout)(?: \w+){0,8} (?:fee|deposit)|"
     # ... and said the other way round: "there is a filing fee of 125 dollars before we can send the check"
     r"(?:fee|deposit|charge)(?: of(?: \w+){1,6}?)? before (?:we|i|they|the \w+) can (?:cut|release|issue|send|mail|"
     r"process|pay out|disburse|deposit) (?:the|your|a) (?:\w+ )?(?:check|cheque|payment|funds|claim|refund|settlement|"
     r"payout|grant|money)|"
     # the task job's frozen balance: "your task id 77812 is frozen due to wrong operation, pay rs 18,400 to unfreeze"
     r"(?:task|order)(?: id)?(?: \d+)? (?:is|has been|was) frozen|"
     # the payment app's "business upgrade": "your account is not upgraded to business, send 150 to upgrade"
     # (the "not" is the lure's, so it starts the match: no denial)
     r"(?:(?:is|was|has|have) not (?:been )?|isnt |not yet )?(?:upgrade|upgraded|upgrading) (?:\w+ ){0,3}(?:to )?(?:a )?"
     r"business\b|"
     # "weve recovered it, to release it we need a confirmation payment of ten percent"
     r"\bto (?:release|unlock|withdraw|receive|transfer|get) (?:it|them|the (?:funds|money|amount|balance|recovered \w+)|"
     r"your (?:funds|money|balance|profits?))(?: \w+){0,4} (?:we|you) (?:need|require|must|have to|will need)(?: \w+){0,3} "
     r"(?:a |an |the )?(?:\w+ ){0,2}(?:payment|fee|deposit|tax)\b|"
     # "a small administration fee to have it released"
     r"(?:fee|charge|tax) to (?:have )?(?:it|them|the (?:\w+ )?(?:funds|money|balance|estate|inheritance)) released|"
     # the held funds' "network tax": "we just need you to cover the network tax first"
     r"(?:cover|pay) (?:the )?(?:network|withdrawal|release|gas|blockchain|unlock\w*) (?:tax|fee)e?s? first|"
     # "you have to pay 30% of the balance to restore it, then you can withdraw"
     r"pay \d+(?: percent)? of (?:the|your) balance to (?:restore|unlock|withdraw|release|activate)|"
     # "before we pay out, there's an administration fee", "before we can release the funds there is a processing fee"
     # "before we can release it theres a 15 percent capital gains tax"
     r"before (?:we|they) (?:can )?release (?:it|them|the \w+)(?: \w+){0,3} (?:theres|there is) (?:a |an )?(?:\w+ ){0,4}"
     r"(?:fee|charge|tax)\b|"
     r"before (?:we|they|the bank|the lender) (?:can )?(?:pay out|release|disburse|transfer|"
     r"send)(?: \w+){0,4} (?:theres|there "
     r"is|you need to pay|you pay) (?:an? |the )?(?:\w+ ){0,2}(?:fee|charge|deposit|insurance)|"
     # the platform's price for a withdrawal: "score under 100 cannot withdraw, pay the restoration fee", "a capital
     # gains tax must be settled in advance, it cannot be deducted from the balance", "reactivation deposit"
     r"(?:score|level|reputation)(?: \w+){0,6} (?:cannot|cant|can not) withdraw|restoration fee|"
     r"reactivation (?:deposit|"
     r"fee)|withdrawals? above (?:\w+ ){1,3}require|(?:cannot|cant|can not) be deducted from (?:the|your) (?:balance|"
     r"funds|profits?|recovered)|tax (?:\w+ ){0,6}(?:must|has to) be (?:settled|paid) in advance|"
     # "the withdrawal is stuck because they need the 20 percent tax first"; "a balance of forty one thousand, but
     # theres a withdrawal fee that has to be paid"
     r"withdrawal fee (?:that )?(?:has|needs|must|have) (?:to )?(?:be )?(?:paid|settled|covered|cleared)|"
     r"(?:withdrawal|withdraw|funds|profits?) (?:\w+ ){0,3}(?:stuck|blocked|frozen|on hold|locked)(?: \w+){0,6} (?:tax|fee|"
     r"deposit|margin)|"
     # the buyer's payment "held" until the seller's account is upgraded to business
     r"(?:upgrade|upgraded|upgrading) (?:your |the )?(?:account )?to (?:a )?business|"
     # the load held hostage: "we cant release it until the fuel surcharge is paid"
     # (not the bank's hold on a wire it questions: "we wont release it until we talk to you")
     r"(?:cant|cannot|wont) release (?:it|your \w+|the truck|the load|your belongings) until(?! (?:we|i) (?:talk|speak|"
     r"hear from you|verify)| you (?:call|come in|talk|speak|confirm))|"
     # the advance fee named: "the grant is ready but the processing fee is seven hundred"
     # ... and a claim's or a prize's check held for it: "a deductible payment before your check can be released"
     r"(?:fee|charge|payment|deductible|deposit)(?: \w+){0,8} before (?:the |your )?(?:check|cheque|claim|settlement|"
     r"refund|prize|loan) (?:can|will|could) (?:go through|be released|be processed|be sent|be issued|be paid)|"
     r"(?:tax|fee|charge)(?: \w+){0,8} before (?:the |your )?(?:withdrawal|funds|money|transfer|"
     r"payout) (?:can|will) (?:go through|be released|be processed|be sent)|anti ?terrorism (?:certificate|"
     r"clearance|fee|form)|(?<!wsib )(?<!your )clearance certificate|"
     r"(?:take|accept) (?:a )?card (?:payment )?over the phone to (?:release|restore|reactivate|unlock|ship)|"
     r"(?:cant|cannot|wont|will not) (?:unload|deliver|release|drop off)(?: \w+){0,3} until (?:it is|its|"
     r"the balance is|you have) (?:paid|been paid)|"
     r"(?:compliance|clearance|release|withdrawal|processing|verification) fee first|withdrawal is ready but|"
     r"for the (?:tax|customs|clearance) release|(?:fee|charge|tax)(?: \w+){1,8} send (?:that|it) first|"
     # the loan, grant or parcel freed once a bond, fee or "insurance" is paid: "the underwriters need a
     # guarantor bond before they release it" (a lender takes its fees out of the loan, never first)
     r"(?:bond|(?<!direct )deposit|fee|insurance|payment)(?: \w+){0,6} before (?:they|we|the (?:lender|bank|underwriters?)) "
     r"(?:can )?(?:release|send|deposit|fund|transfer|pay out) (?:it|the (?:loan|funds|money))|"
     # "the underwriter has asked for an insurance bond of two hundred and fifty pounds, just to secure the loan"
     r"(?:insurance|guarantor|security) bond(?: \w+){0,10} (?:to )?secure (?:the|your) loan|"
     r"(?:insurance|bond|fee|deposit) before (?:the )?(?:release|disbursal|disbursement|payout)\b|"
     # the pet held for a new crate: "we need 950 for a new crate, its refundable"
     r"crate(?: \w+){0,6} (?:its|it is) refundable|refundable (?:\w+ ){0,4}crate|"
     # the tax on a "profit" paid from outside: "it must come from your bank, not from the balance"
     r"(?:must|has to) come from outside|not from the balance|"
     # "to receive the amount, pay the registration and gst charges"
     r"(?:to|before you can) (?:receive|claim|collect) (?:the|your) (?:amount|money|prize|winnings|reward|lottery)"
     r"(?: \w+){0,4} (?:pay|deposit|send)|"
     # "to release the withdrawal theres a tax clearance of ten percent"
     r"(?:to|before (?:we|you|i) can) (?:release|unlock) (?:the |your )?(?:withdrawal|funds|profits?|winnings|"
     r"payout|balance)(?: \w+){0,4} (?:tax|fee|clearance|deposit|commission|charge)|"
     r"(?:tax|taxes|commission|unlock fee)(?: \w+){0,6} (?:to|before (?:i|you|we) can) withdraw|"
     r"(?:wont|will not|dont) let me (?:leave|go|board|fly|fly out|come home)(?: \w+){0,4} until (?:i|we) pay|"
     r"(?:they|he|she|police|cops|the \w+) (?:wont|will not) let me (?:leave|go|board|fly)|"
     r"(?:fee|fees|fine|deposit|charge|tax)"
     r"(?: \w+){0,3} paid (?:first )?before (?:they|we|i|he|she) (?:can|will|could) (?:process|release|let|free)|"
     r"(?:cant|cannot|wont|will not) (?:unload|deliver|release|drop off)(?: \w+){0,3} without (?:the |a )?(?:\w+ )?"
     r"(?:charge|fee|payment)|"
     r"(?:post|pay) (?:a )?(?:security |cash )?bond to (?:keep|avoid|clear|protect)|"
     r"before we (?:unload|release|deliver|drop off) (?:your|the) (?:things|stuff|belongings|items|furniture|"
     r"truck|boxes)|"
     r"(?:installation|meter|equipment) deposit (?:\w+ ){0,3}before the (?:crew|technician|installer)|"
     r"(?:insurance|processing|security|small) deposit before (?:the )?release|"
     # the pet that "needs a crate and insurance of 950 before we can release him"
     r"insurance (?:fee |deposit )?(?:of (?:\w+ ){1,4})?before (?:we|they|i) can (?:release|ship|deliver)|"
     r"(?:fully )?refundable (?:on|upon|after) "
     r"(?:delivery|arrival)|"
     r"(?:grant|loan|prize|winnings|funds|refund|inheritance|reimbursement|rebate|settlement|compensation)"
     r"(?: \w+){0,12} (?:processing|insurance|release|filing|"
     r"clearance|activation|transfer|registration) (?:fee|certificate|charge)"
     r"(?! (?:will|is going to) (?:be )?(?:come out of|deducted from|taken (?:out )?(?:of|from)) (?:your|the) refund)|"
     r"unlock (?:charge|fee)|"
     r"(?:pagar|pague) (?:una |la |el )?(?:fianza|multa|tarifa|cuota|cargo|proceso)|cargo pendiente|pago pendiente|"
     r"se requiere un deposito|para liberar (?:el dinero|su paquete|el envio|los fondos)|"
     r"(?:fee|tax|taxes|deposit|commission) (?:\w+ ){0,2}before (?:the|your) (?:cheque|check|prize|funds|"
     r"money|winnings|car|loan|payout|transfer) (?:is|are|can be|will be|gets?) (?:printed|released|sent|"
     r"delivered|paid|issued|processed)|"
     r"(?:withdraw|release|unlock|unfreeze|recover) (?:\w+ ){0,4}(?:you )?(?:must|need to|have to|"
     # (an impound lot's release is paid in citations, towing and storage: a real bill)
     r"will need to) (?:first )?(?:pay|deposit|send|cover)(?! (?:\w+ )?(?:citations?|(?:parking )?tickets?|"
     r"towing|tow|storage|impound))|for a (?:small )?(?:fee|"
     r"commission|deposit)|(?:pay|send|deposit) (?:a |the |an )?(?:\w+ )?(?:fee|deposit|tax|"
     r"commission) (?:first|up ?front|before|in advance)|(?:fee|commission) of (?:\w+ ){1,2}"
     r"percent|(?:fee|tax|deposit|commission) (?:\w+ ){0,4}paid first|then (?:the|your) (?:funds|"
     r"money|profits?|gold|package) (?:are|is|will be|get) released|(?:fee|tax|deposit|"
     r"commission) (?:has|have|needs?|must) (?:to )?be paid (?:first|before|"
     r"in advance)|"
     # a fee before results or records are handed over: "a four pound admin fee before they can be released"
     r"(?:fee|charge)(?: \w+){0,3} before (?:they|it|the (?:results?|records?|documents?|report|letter)) "
     r"(?:can|will) be (?:released|sent|shared)|"
     # a charge beside the release: "a processing fee ... before the money is released", "before the funds
     # can be released there is a federal tax" (a remittance firm's questions before a payout ask no money)
     rf"(?:fee|tax|taxes|charge|insurance|deposit|payment|pay)(?: \w+){{0,14}} {_RELEASED}|"
     rf"{_RELEASED}(?: \w+){{0,14}} (?:fee|tax|taxes|charge|insurance|deposit|pay)|"
     r"(?:account|funds|profits?|money|withdrawal) "
     r"(?:is|are|has been|have been) "
     r"(?:frozen|locked|on hold) until|(?:hold|holding|keeping) (?:my|the|your) (?:package|"
     # (a carrier that will "hold the package for 5 business days" at its depot, or offers "to hold the
     # package at a fedex location", is no hostage-taker)
     r"gold|money|funds|inheritance)(?! for (?:\d+|three|five|seven|ten|fourteen) (?:business |calendar )?days)"
     r"(?<!to hold the package)(?<!or hold the package)"),
    # --- a web address read out (marker word written by _links before normalisation) --------
    ("lookalike_site", "tactic", 1.5, "sends the listener to a look-alike web address (a brand's "
     "name hyphenated around 'pay', 'claims', 'redelivery', 'support')", r"calllinklookalike"),
    ("off_platform", "tactic", 0.8, "moves the conversation to WhatsApp, Telegram or another private app",
     # ... or the booking off the listing site: "if you book direct with me i'll take the fee off"
     r"book (?:direct|directly) with (?:me|us)|"
     r"(?:add|contact|message|msg|text|reach|dm) (?:me |us )?(?:on |via |at |through )?(?:my |"
     r"our )?(?:whatsapp|telegram|wechat|signal|line app)\b|"
     r"(?:on|to|via|through|over|download) (?:whatsapp|whats app|telegram|signal app|wechat|hangouts|kik)|"
     r"(?:whatsapp|telegram|wechat|hangouts) (?:me|us|number|account|group|id|handle)|"
     r"t dot me|(?:add|message|text) me on (?:whatsapp|telegram|signal|wechat|hangouts)|(?:add you to|join) (?:the "
     r"|our |my )?(?:whatsapp|telegram)(?: \w+)? group|"
     # the voice that cannot be rung back to check: "no signal most of the day so just text, don't call"
     r"(?:just|only|please) (?:text|email)(?: me)? (?:dont|do not) call"),
    ("legit_business", "legit", -2.0, "a lawful collector's notice, a business returning a call, answering the "
     "listener's own request or setting up a payment plan",
     # the listener's own payment that bounced: "your rent payment was returned by your bank for non sufficient funds,
     # there's a 35 dollar returned payment fee"
     r"returned (?:by your bank )?for (?:non ?sufficient|insufficient) funds|returned payment fee|\bnsf fee|"
     # a maker's recall of what the listener bought: "we've issued a voluntary recall because of a fall hazard"
     r"(?:issued|announced|issuing) a (?:voluntary |safety |product )?recall\b|"
     # a bill for a service already given on a date: "so we can bill for the ambulance transport on june 14th"
     r"so (?:that )?we can bill (?:for )?(?:the |your )?(?:\w+ ){0,2}(?:transport|visit|procedure|service|treatment|stay|"
     r"appointment|surgery|test|tests) on|"
     # ... or a visit named by its date, and the hospital's own help with the bill: "the account for your march
     # twenty second visit ... we have payment plans and charity care"
     rf"(?:for|about|from) your {CALENDAR_DAY} (?:visit|appointment|stay|procedure|surgery|treatment|admission|"
     r"emergency (?:room )?visit)|charity care|"
     r"(?:the )?(?:account|address|number) you (?:listed|provided|gave us) (?:in|on|with) your|"
     r"(?:the|your|that|a) (?:\w+ ){0,2}(?:payment|transfer|wire) (?:of (?:\w+ ){1,4})?(?:that )?you (?:sent|"
     r"made|initiated|scheduled)|(?:you|that you) contacted us (?:about|regarding|on)|"
     r"so you know (?:its|it is) (?:really )?me|"
     # a radio contest the listener rang into: "you were caller number nine this morning"
     r"you were (?:the )?caller (?:number )?\w+|for payment arrangements|"
     r"(?:the|your|that) (?:\w+ ){0,2}(?:payment|charge|transaction|transfer|wire) (?:that )?you (?:reported|"
     r"disputed)|(?:youre|you are) the co ?signer|"
     r"(?:with|have) your order number|to complete your (?:purchase|order)|"
     # the listener's own errand, answered: the laptop left for repair, the query, the return
     r"(?:laptop|computer|phone|tablet|car|vehicle|truck|device|watch) you (?:dropped off|brought in|left with us|"
     r"left here)|you (?:dropped off|brought in|left) (?:the |your )?(?:laptop|computer|phone|tablet|car|vehicle|truck|"
     r"device|watch)|(?:calling|ringing) (?:you )?back (?:about|regarding|on) your (?:query|enquiry|inquiry|request|"
     r"question)|your (?:tax )?return (?:was|has been) (?:accepted|filed|e ?filed|processed)|(?:vehicle|car|truck) "
     r"(?:was|has been) towed (?:from|at|by|on|during)|it was towed (?:from|at|by|on|during)|"
     # a lawful biller's term for the days before a lapse (no impostor of the dev sets says it)
     r"grace period|"
     # the errand done in person: "come in with your id and we'll fix it" (73 honest rows of the dev sets, no scam)
     r"(?:come|stop|pop|drop) (?:in|by)(?: \w+){0,4} with (?:your |a |an )?(?:photo )?(?:id|identification|drivers "
     r"license)\b|"
     # the customer's own support ticket: "following up on your outage ticket from monday"
     r"(?:following up|follow up|calling (?:you )?back) (?:on|about|regarding) your (?:\w+ ){0,2}(?:ticket|work order|"
     r"service request|repair request)\b|"
     # a change to the account confirmed to its holder: "if you did not request this change, call us" (the
     # impostor's is an "attempt to change" the address, and "if this was not you")
     r"if you (?:did not|didnt) (?:request|make|authori[sz]e) this change|"
     # a new hire's papers checked in person: "youll do the i 9 at orientation", "bring two ids for the i 9"
     r"i 9 (?:\w+ ){0,3}(?:at orientation|on your first day|in person)|bring (?:\w+ ){0,6}for (?:the|your) i 9|"
     # the preparer or the office about the notice the listener passed on ("we did your taxes" alone is
     # also the fake preparer's opener)
     r"you (?:forwarded|sent|emailed|dropped off|"
     r"brought in|passed on) (?:us |me )?(?:that|the|a|your) (?:\w+ ){0,2}(?:notice|letter|bill|form|statement|"
     r"assessment)|(?:notice|letter|statement|assessment) (?:that )?you (?:forwarded|emailed|dropped off|passed on)|"
     r"forbearance (?:ends|ended|will end|is ending|expires)|"
     r"returning (?:a|the) call (?:from you|you (?:made|placed))|"
     # the listener's own arrangement with the utility or the court: "your payment arrangement payment ... was due"
     r"your payment arrangement|your payment plan installment|"
     r"(?:the )?(?:check|deposit|ticket) you (?:deposited|brought in|"
     r"mailed in|mailed|dropped off)|"
     r"(?:check|checks|prize|tickets?|gift card) (?:is |"
     r"are )?(?:waiting )?at (?:the )?(?:\w+ ){0,2}(?:front office|office|front desk|desk|"
     r"counter|customer service)|(?:to )?pick up (?:your|the) (?:\w+ ){0,3}(?:prize|turkey|basket|gift card|"
     r"winnings|tickets?)|"
     # a prize from an event the listener attended, collected in person
     r"pick (?:it|them|your \w+) up (?:\w+ ){0,4}at (?:the|our|any) (?:\w+ ){0,2}(?:desk|counter|store|"
     r"office|branch|station|customer service|lobby)|(?:raffle|drawing|giveaway|contest) (?:at|from) (?:the|"
     r"our) (?:\w+ ){0,3}(?:breakfast|festival|fair|outing|open house|game|event|party|counter|register|booth|expo|"
     r"conference|trade show|stand)|"
     # a prize's paperwork and its pick-up in person: "fill out a w 9", "pick it up at customer service"
     # a raffle the listener entered at an event: "you won the raffle for the weber grill from our customer appreciation day"
     r"(?:raffle|drawing|giveaway|contest)(?: \w+){1,5} (?:at|from) (?:the|our) (?:\w+ ){0,3}(?:day|event|party|fair|festival|"
     r"open house|breakfast|night|sale)|"
     r"w ?9|affidavit of eligibility|official rules|(?:well|we will) mail (?:you )?(?:a |the )(?:short |claim |release |prize )?"
     r"(?:form|affidavit|paperwork)|"
     # a gift to a known account: "use only the church's account that is in the bulletin"
     r"(?:account|details|number) (?:that is |thats |which is |listed |printed |published )?(?:in|"
     r"on) the (?:\w+ )?(?:bulletin|"
     r"newsletter)|(?:pick (?:it|them|\w+) up|grab (?:it|them)) (?:at|in|"
     r"from) (?:customer service|the \w+ office|"
     r"our office|the office|the desk|the front desk|the branch|the store|the counter)|"
     r"in store (?:sweepstakes|drawing|raffle|giveaway|contest)|(?:sign|fill out|complete) (?:a|the|"
     r"some) (?:\w+ )?(?:form|forms|"
     r"paperwork) (?:\w+ ){0,3}(?:at|in) (?:your|the|our) (?:\w+ )?(?:store|branch|office|location)|"
     r"(?:wire|transfer) you (?:started|initiated|requested|set up)|"
     r"you (?:asked|requested|applied) for (?:a |an |the )?(?:replacement|new) (?:sim|card|phone)|"
     r"(?:as per|at) your request|as you requested|"
     # the desk the listener raised a ticket with: "the i t service desk returning your ticket about your citrix login"
     r"returning your (?:\w+ )?ticket\b|"
     r"returning your (?:request|inquiry|query|"
     r"enquiry|message|email) from (?:this morning|yesterday|earlier|today|last \w+|the website|our website|the app|"
     r"the web form|the contact form|your account)|(?:bring|"
     r"show) (?:your )?(?:\w+ ){0,2}(?:id|license|licence|receipt|ticket) (?:to|at) the (?:\w+ ){0,2}(?:desk|"
     r"counter|office|station|store)|"
     # the bank holding the listener's own wire: "... from your checking account, before we release it"
     r"(?:wire|transfer)(?: \w+){0,20} before we (?:release|send|process) (?:it|the wire|the transfer)|"
     # the words the law makes a collector say, in any order a transcript leaves them
     r"attempt to collect a debt|debt collector|(?:this|the) (?:call|message|communication) is (?:about|"
     r"regarding|for the "
     r"purpose of) collecting a debt|(?:we are|were) a (?:debt )?collections? agency|"
     r"free (?:and impartial )?debt advice|(?:any )?information obtained will be used|personal business "
     r"matter|returning your call|following up on (?:case|ticket) (?:number )?\d+|"
     r"following up on your (?:\w+ ){0,2}(?:case|request|visit|application|tour|"
     r"order|claim)|(?:you|that you) called (?:us )?(?:earlier |yesterday |today |this morning |"
     r"last week )?about|(?:since|because) you called (?:us|in)|"
     # "you called our intake line about the eviction papers": the listener rang first
     r"you (?:called|contacted|rang) (?:our|the) (?:\w+ )?(?:line|office|desk|clinic|team) (?:about|regarding|on)|"
     r"(?<!were )you entered (?:our|the|a)|(?:contest|giveaway|raffle|drawing|sweepstakes|promotion) you entered|"
     # a prize collected in person costs nothing and needs no card
     r"(?:you )?filled out an entry|"
     r"(?:(?:im|i was|i am|ive been|the attorney) assigned (?:to )?(?:your |your \w+s )case)|you (?:came|"
     r"were|stopped) in (?:\w+ ){0,2}(?:about|"
     r"yesterday|today|on|last|this)|"
     r"(?:pick (?:it|them|your \w+) up|(?<!dont need to )(?<!no need to )(?<!not need to )(?<!dont )(?<!do not )come (?:by|in|into|to)|stop by) (?:at |to )?(?:the |my |"
     r"our )?(?:\w+ ){0,2}(?:front desk|"
     r"service desk|station|store|office|branch|counter|school|library|shop|barracks|property room|clubhouse|"
     r"customer service)|"
     # the listener's own things found: "we recovered your stolen bike", "found your wallet"
     r"(?:recovered|found) your (?:stolen |lost )?(?:\w+ )?(?:bike|bicycle|car|vehicle|truck|wallet|purse|"
     r"property|phone|bag|keys)|thanks for (?:coming in|stopping by|visiting "
     r"us)|you test drove|as you requested|you (?:requested|booked|"
     r"scheduled|signed up for)|"
     r"(?:set up|setting up|set you up with) (?:a |the )?payment (?:arrangement|plan|extension)|"
     r"(?:set up|setting up|ask about|discuss) (?:a |an |the )?(?:payment )?(?:arrangement|extension)|"
     # a real station or clinic has the listener come to its desk, with no money: "could you bring his inhaler to the
     # front desk", "please bring your new card with the medicare number to your visit on friday"
     r"(?:bring|drop off|drop) (?:his|her|their|your) (?!money|cash|bail|payment|gift)\w+(?: \w+){0,5} (?:to|at) "
     r"(?:the|your) (?:front desk|front counter|custody suite|station|reception|visit|appointment)|"
     # the creditor's own offer of time: "if you have a medical condition or need a payment plan"
     r"if you (?:\w+ ){0,5}?(?:need|want|would like) (?:a |an )?(?:payment )?(?:arrangement|extension|plan)|"
     # "we can set up installments", "we can do a payment plan"
     r"(?:we|i) can (?:set up|arrange|do|offer|work out) (?:an? )?(?:installments?|payment plan|payment arrangements?|"
     r"monthly payments)|"
     r"request (?:a |an )?payment "
     r"(?:plan|arrangement|extension)|(?:bring|drop off) (?:the|your) (?:letter|notice|paperwork|documents|"
     r"forms?) (?:in|by)\b|"
     # a lender's hardship line: "if you're struggling with money, we're here to help"
     r"if (?:youre|you are) (?:struggling|having (?:trouble|difficulty)) (?:with money|to pay|paying|financially)|"
     r"(?:the|your) report you (?:filed|made)|you (?:filed|made) (?:a|the) (?:police )?report|"
     r"(?:we )?(?:got|received|have) your (?:report|dispute|ticket) (?:about|on|regarding|for)|(?:we )?(?:got|"
     r"received|have) your (?:request|inquiry|enquiry) (?:about|regarding) (?:the|your)|(?:we )?(?:got|"
     r"received) your request to|"
     r"you (?:donated|gave) (?:\w+ ){0,2}(?:with|to) us|you co ?signed|your layaway|"
     r"(?:thank you|thanks) for (?:signing up|volunteering|registering|enrolling)|when you pick (?:it |them )?up|"
     r"(?:send|mail|bring|upload|fax) (?:us )?(?:the |your |a )?(?:sr ?22|proof of insurance)|"
     # the collector's lawful offer of a dispute
     r"(?:or|to) dispute (?:it|the (?:debt|balance|charge))|"
     r"your (?:\w+ ){0,2}(?:repair|order|prescription|vehicle|device) is (?:done|ready|complete)|"
     r"(?:is|are) ready for (?:pick ?up|collection)|(?:its|it is|theyre|they are) (?:waiting )?at the (?:front desk|"
     r"office|counter)|like you asked|(?:same|the) (?:one|number) you called|"
     # the listener's own errand: "you asked us to call you back about the wire", "you asked me to check the
     # three pensions" (not "the program you asked me to install", the fake desk's)
     r"(?<!that )you asked (?:us|me) to (?!install|download)|"
     # the creditor's terms offered: "so we can agree a payment plan", "call us to discuss a payment arrangement"
     r"(?:agree|arrange|discuss|talk about|work out) (?:a |an )?(?:payment )?(?:plan|arrangement)\b|"
     # what the listener already bought from the caller: "the warranty you bought with the car"
     r"(?:you )?(?:bought|purchased) (?:it |them )?with the (?:car|truck|vehicle|van|suv)|"
     # a repair shop with the machine on its bench: what it found, it already removed
     r"(?:we|i) (?:removed|cleaned) (?:\w+ ){0,3}(?:virus|viruses|malware|adware|it|them)|(?:your|the) (?:laptop|"
     r"computer|desktop|tablet|machine)s? (?:is |are )?(?:done|ready)|(?:i|we) (?:checked|looked at|opened) (?:the|"
     r"your) (?:machine|computer|laptop|desktop|tablet)|(?:got|have) your (?:laptop|computer|desktop|tablet|machine) "
     r"(?:opened|here|in the shop)|"
     # the people the listener hired or is assigned: "your case manager", "your negotiator"
     r"your (?:case manager|negotiator|caseworker|case worker|case advocate|loan officer|parole officer|"
     r"probation officer|victim advocate)\b|your dedicated account|(?:refunded|returned|credited) (?:back )?to "
     r"(?:the|your) (?:original )?(?:card|payment method|account) (?:you used|on file|ending in)|"
     # a servicer's or collector's count of the days late: it keeps the books, a scammer a script
     r"(?:\d+|ten|fifteen|thirty|forty five|sixty|ninety) days (?:past due|late|overdue)|recertif\w*|"
     r"employment certification|"
     # a prize or a check held for the listener at a desk: nothing to pay, nothing to send
     r"(?:have|hold|keep) (?:the|your) (?:check|cheque|prize|tickets?|gift card) (?:for you )?at (?:the|our) "
     r"(?:\w+ )?(?:office|desk|station|store|branch|lobby)|pick (?:it |them )?up (?:in|at) (?:the |our )?(?:\w+ )?"
     r"(?:lobby|office|front desk|station)|"
     # "the claim you filed", "the plan you asked about": what the listener started
     r"(?:the|your|that|a) (?:\w+ ){0,2}(?:claim|application|request|inquiry|enquiry|form|quote|order|plan|"
     r"appointment|loan|policy|ticket|case) (?:that )?you (?:opened|filed|submitted|made|placed|sent|filled out|"
     r"put in|requested|"
     r"asked (?:about|for)|started|booked|applied for)|you (?:submitted|filed) (?:a|your|the) (?:\w+ )?"
     r"(?:claim|application|request|form)|"
     r"payment (?:arrangement|plan|extension) (?:is|has been) (?:now )?(?:set up|approved|in place)|"
     r"payment (?:arrangements?|plans?|extensions?) (?:are|is) available|payment plan options?|(?:we have|we "
     r"offer|there are) payment (?:arrangements?|plans?)|(?:we )?offer (?:\w+ )?payment (?:agreements?|"
     r"arrangements?)|(?:you have|your) (?:a |next )?(?:court date|hearing|"
     r"court appearance) (?:is )?(?:on|next|this|scheduled)"),
    ("legit_sales", "legit", -1.5, "an ordinary sales pitch: asks for interest, no obligation",
     r"would you be interested|(?:we are|were|this is) not selling anything|not a sales call|if youd like to "
     r"take part|(?:if|are) you (?:are |re )?interested in (?:hearing|learning)|no "
     r"(?:pressure|obligation)|think (?:about it|it over)|(?:send|email) you (?:some )?"
     r"(?:more )?(?:information|details|a quote)|(?:a )?free quote|better business bureau|(?:your "
     r"current|current) (?:insurance|policy|premium|insurer|provider|plan)|hear more about it"),
    # a desk waiting for a policy number says it, and as often a scammer walking the victim to the store
    ("legit_patience", "legit", -0.6, "lets the listener take their time", r"take your time"),
    # A recorded notice that knows which account it is about: "we declined a transaction on your card ending in
    # 8812", "a payment of 64 is past due on your account ending 5521" (634 honest voicemails of the dev sets, 14
    # scam ones: a robocall rings numbers, not accounts). Voided in a long conversation (``_scorer``), where a fake
    # fraud desk reads the last four back as its proof.
    ("legit_account_known", "legit", -0.5, "names the listener's account or card by its last four digits",
     CARD_ENDING),
    # A refund sent back where the money came from, named by the card's last four: "the refund of 99 99 goes back to
    # the visa ending 3302" (106 honest conversations of the dev sets, one scam: the fake refund desk wants the
    # money to move the other way, into a gift card, an account or a "refund" typed in too large).
    ("legit_refund_to_card", "legit", -1.5, "refunds to the card that was charged, named by its last four",
     r"(?:refund|refunded|credit|credited|reverse|reversed|back)(?: \w+){0,8} (?:to|on) (?:the|your) (?:\w+ ){0,2}"
     r"(?:card|visa|mastercard|amex|discover|account) (?:ending|that ends)(?: in)? \d+"),
    ("legit_no_ask", "legit", -1.5, "says the caller will not ask for codes, card or PIN",
     r"(?:i|we) (?:wont|will not) (?:be )?ask(?:ing)? (?:you )?for (?:your )?(?:banking |bank |online |"
     r"full )?(?:login|password|"
     r"pin|card|code|social|ssn|account number|details)|"
     # the sender's own promise in its alert: "bpi will never ask for your otp"
     r"\b\w+ (?:will never|never) ask (?:you )?(?:for|to (?:share|give)) (?:your )?(?:otp|pin|password|one time (?:password|"
     r"pin|code)|cvv|login)\b|"
     r"(?:do not|dont|never) pay anyone (?:who|that)|(?:do not|dont|never) give (?:your )?(?:payment|card|bank|banking|"
     r"personal|any) (?:\w+ ){0,2}(?:information|info|details) to (?:anyone|anybody|someone)|"
     r"(?:do not|dont) (?:send|give) (?:your )?(?:ssn|"
     r"social security number|social) (?:by|over) (?:the )?phone|"
     r"not an? (?:removal|arrest|eviction) order|no (?:fine|fee|payment) (?:is )?(?:payable|due|taken|"
     r"collected|accepted) "
     r"(?:by|over) (?:the )?phone|(?:its|it is|this is) not an? (?:warrant|arrest warrant)|"
     r"(?:nobody|no one) (?:from|at) (?:\w+ ){1,3}(?:will|would) (?:ever )?ask (?:you )?for|(?:do not|"
     r"dont) need to give (?:us )?(?:any|your) (?:numbers|details|information|card)|"
     r"(?:will not|wont|do not|dont|never) (?:\w+ )?(?:ask|call to ask) (?:you )?for (?:your )?(?:full )?"
     r"(?:card|pin|password|code|account|number|social|payment|any (?:personal |financial |banking )*(?:information|"
     r"info|"
     r"details))|(?:will not|wont|never) ask you to (?:move|send|transfer|"
     r"wire) (?:money|funds)|(?:do not|dont) send anything|nothing (?:else )?(?:that )?"
     r"you need to do|(?:we|they) (?:will )?reverse it|"
     # a clerk's or a biller's own rule: "we do not take payments over the phone"
     r"(?:we|they|(?:this|our|the) (?:\w+ )?(?:office|court|clerk|department|agency)) (?:do not|dont|does not|doesnt|"
     r"cannot|cant|will not|"
     r"wont|never) (?:take|accept) (?:any )?(?:payments?|card payments?)(?: of any kind)? (?:over|"
     r"by) (?:the )?phone|(?:not required|"
     r"no need) to pay (?:anything )?(?:over|by) (?:the )?phone|if (?:anyone|someone) asks you to pay (?:\w+ ){0,6}"
     r"(?:it is|its) not us|no (?:purchase|fee|payment)s? (?:or (?:fee|payment|purchase)s? )?(?:is |are )?"
     r"(?:required|necessary|needed)|no fee to (?:receive|claim|collect)|"
     # a biller's warning: "xcel energy will never demand payment by gift card or cryptocurrency"
     r"(?:will never|never|will not|wont|does not|doesnt|do not|dont) (?:demand|ask for|request|require|"
     r"accept|take|call (?:asking|to ask) for) (?:\w+ )?payments? (?:by|with|in|through|using) (?:a )?(?:gift cards?|"
     r"prepaid|crypto|bitcoin|wire|cash app|zelle)|(?:will not|wont|do not|dont|never|will never) (?:ever )?ask you "
     r"to pay (?:anything|a fee|any fees?|money)|nothing (?:that )?you (?:need|have) to pay|nothing to pay|"
     r"(?:do not|dont|never) give your (?:card number|pin|password|code|account number)"),
)
