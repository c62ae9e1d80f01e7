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

__all__ = ["CALL_ONLY", "CALL_ROWS"]

_KEY = r"(?:one|two|three|four|five|six|seven|eight|nine|zero|\d)"
_PRESS = r"(?:press|hit|push)(?:ing)?"

# Rows that describe a spoken call only (key prompts, a desk answering, screen-sharing steps,
# a sales pitch): in an SMS they would fire on chit-chat ("did u download the app?").
CALL_ONLY = frozenset({"revenge_threat", "owed_money", "anonymous_account", "press_to_act", "legit_press",
                       "remote_steps",
                       "support_desk", "legit_sales", "legit_business"})

# (key, family, weight, description, pattern)
CALL_ROWS: tuple[tuple[str, str, float, str, str], ...] = (
    # --- the demand of a robocall: a key that reaches a person or settles the matter ------
    ("press_to_act", "tactic", 1.2, "a key prompt to reach an agent or act on the claim",
     rf"{_PRESS} {_KEY} (?:now|today|immediately|right away|and (?:we|well|a|an|one of|connect|speak|talk|"
     rf"get connected|have your)|to (?:speak|talk|reach|connect|be "
     r"connected|get|claim|avoid|stop|lower|reduce|cancel|secure|protect|reactivate|unlock|confirm your "
     r"(?:address|identity|information|details|account|bank details|card details)|"
     r"verify|renew|reinstate|keep|learn|find out|see|receive|enroll|apply|start|make a payment|give|"
     r"donate|contribute|pledge|reserve|qualify|redeem|accept|make (?:a|your) (?:pledge|donation|gift)|"
     r"process|remove|lock|have|check|review|hear more|finish|complete)|for (?:more|english|"
     r"details|further|information|forgiveness|assistance|(?:a |your )?free (?:consultation|quote|estimate|"
     r"evaluation|review|inspection|assessment)))|for english press|para espanol|"
     rf"oprima|{_PRESS} {_KEY}$|{_PRESS} {_KEY} (?:to book|to confirm shipping|and (?:confirm|verify|update|"
     rf"read)|to schedule "
     rf"(?:your|a|an) (?:free|complimentary|no cost))|{_PRESS} {_KEY} "
     rf"if (?:you(?:d| would) like|youre interested|you are interested)|{_PRESS} {_KEY} if (?:you are|"
     r"youre) (?:the|a) (?:homeowner|owner|account holder|business owner|decision maker)|"
     rf"{_PRESS} {_KEY} (?:or|before)|stay on the line (?:to|and) (?:speak|talk|be)|"
     # the transfer without a key: "a representative will be with you shortly"
     r"(?:a|an|the next available|one of our) (?:\w+ ){0,2}(?:representative|agent|specialist|advisor) will be with "
     r"you|"
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
    ("legit_press", "legit", -1.5, "a key prompt to confirm, reschedule or hear information",
     rf"press {_KEY} to (?:confirm (?:or|if|your (?:appointment|visit|delivery|reservation)|$)|"
     r"reschedule|hear (?:your |our )?(?:store|office|pharmacy)|hear (?:a|the) list|repeat|refill|request a refill|"
     r"report (?:an|a|the) outage|"
     r"order it|take the survey|schedule (?:your|an|a) (?:appointment|visit|pickup|delivery|"
     r"vaccine|vaccination)|participate)|(?:made|recogni[sz]e|authori[sz]ed) "
     rf"(?:this|the|that) (?:purchase|charge|transaction) press {_KEY}|"
     rf"press {_KEY} to confirm or (?:press )?{_KEY} to reschedule|to (?:schedule|book|confirm|change|"
     rf"reschedule) (?:\w+ ){{0,4}}press {_KEY}|to (?:take|participate in|"
     rf"complete) (?:the|our|this|a) (?:short )?(?:survey|poll) press {_KEY}|to report (?:an|a|"
     rf"the) outage press {_KEY}|"
     # a yes-or-no check of a purchase, a ride to the polls, a donor's address
     rf"press {_KEY} (?:for|if) yes(?: or)? (?:press )?{_KEY} (?:for|if) no|"
     rf"ride to the polls (?:\w+ ){{0,2}}press {_KEY}|"
     rf"if you (?:made|authori[sz]ed|recogni[sz]e) (?:a|this|the|that) (?:purchase|charge|"
     rf"transaction)(?: \w+){{0,8}} press {_KEY}|"
     # a card alert that offers both answers: "if this was you press 1, if it wasn't press 2"
     rf"if you recogni[sz]e (?:this|it|them|these)(?: \w+){{0,3}} press {_KEY}|if (?:this|that|"
     rf"it) was you(?: \w+){{0,2}} "
     rf"press {_KEY}|if (?:these|they) (?:were|are) yours(?: \w+){{0,2}} press {_KEY}|"
     rf"press {_KEY} (?:now )?if (?:these|this|"
     r"it|they) (?:were|was|are|is) (?:yours|you)|"
     rf"press {_KEY} to update your (?:mailing )?address|to update your (?:mailing )?address press {_KEY}"),
    # --- offers and problems that robocalls are made of ---------------------------------
    ("rate_reduction", "loan_debt", 1.5, "offers to cut a credit-card interest rate",
     r"rates? (?:are|is) (?:about|going) to (?:increase|go up)|"
     r"rates? (?:may|can|could|will) be (?:reduced|lowered)|rates? (?:reduced|lowered) to (?:zero|0)|"
     r"save (?:you )?(?:hundreds|thousands)(?: of dollars)? (?:in|on) (?:inter|interest)\b|"
     r"(?:lower|reduce|reducing|lowering|cut|drop) (?:\w+ ){0,3}(?:interest )?(?:rates?|a p r|apr)|"
     r"(?:promotional|promo) (?:zero|0) percent|rate adjustment|interest rates? on your (?:credit )?"
     r"cards|interest "
     r"rates? (?:reduction|program|is about to|will)|(?:zero|0) percent (?:interest|promotion|"
     r"apr|rate|program)|rate (?:reduction|as low as)|as low as (?:zero|one|two|0|1|2) (?:point|"
     r"percent)|card ?(?:member|holder) services|(?:promotional|promotion|promo) (?:rate|apr|offer) (?:is|"
     r"will be) lost|"
     r"(?:promotional|promotion|promo) (?:rate|apr|offer)? ?"
     r"(?:will be|will expire|is about to|is going to|expires? (?:today|soon))|(?:visa|mastercard|"
     r"master card) (?:and|or) (?:visa|mastercard|master card|discover)|"
     r"(?:get|bring) (?:them|it|your rates?|your interest) (?:all the way )?down to (?:zero|0)"),
    ("debt_relief", "loan_debt", 1.5, "offers to wipe out or settle debts or loans",
     r"(?:final round of|eligible for (?:\w+ ){0,3})(?:loan )?discharge|"
     r"(?:payments?|loans?) (?:may|could|would|will|can) (?:be reduced|go down|drop) to (?:zero|0|nothing)|"
     r"for giveness|"
     r"eliminat\w* (?:\w+ ){0,3}debt|pennies on the dollar|debt free in|one (?:low |single )?monthly "
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
     r"extended service(?: agreement| plan| contract)?|extend a service|"
     r"(?:insurance )?(?:policy|coverage) (?:is |\w+ ){0,3}(?:set to|about to|going to) lapse|"
     r"(?:car|cars|vehicle|vehicles|auto|automobile|factory|manufacturer|extended|manufacturers) "
     r"(?:\w+ )?(?:warranty|coverage|protection|service contract)|service contract|reinstate "
     r"(?:your )?coverage|coverage (?:will |is about to |ends|expires?|has expired|lapse)|"
     r"(?:warranty|coverage) (?:has |is about to |will )?(?:expire[sd]?|lapse[sd]?|ends?)|home "
     r"warranty|warranty protection"),
    ("benefits_offer", "health_benefits", 1.2, "offers health, Medicare or government benefits",
     r"(?:aca|health|premium|insurance) subsidies|"
     r"medicare (?:benefits?|card|plan|recipients|department|office)|(?:funded|paid for|sponsored) "
     r"by the government|government (?:funded|sponsored) (?:\w+ )?(?:scheme|program|trial|grant)|"
     r"(?:free )?hearing aids?|disability rating|mobility scooters?|stair ?lifts?|health (?:card|plan|"
     r"coverage|benefits|insurance advisor)|(?:dental|vision) (?:and|benefits)|grocery "
     r"(?:allowance|card|benefits?|money)|groceries|(?:back|knee) brace|braces? (?:program|kit)|diabetic|genetic "
     r"test\w*|test(?:ing)? kit|open enrollment|zero dollar premium|free (?:prescriptions|kit)|"
     r"benefits (?:department|center|centre)|(?:licensed|enrollment) (?:agent|specialist)|"
     r"attention seniors|(?:people|those|everyone|seniors|anyone) on medicare|new (?:medicare )?card "
     r"is ready|new (?:plastic|medicare|health) cards?|affordable care act|obamacare|"
     r"(?:solar|energy) (?:program|savings|rebate|incentive)|lower your (?:electric|energy|utility) "
     r"bills?|tax (?:relief|forgiveness) program"),
    # A sales pitch is no pretext in a conversation (insurance agents and cable companies sell
    # by phone), but pressed out by a robocall it is what illegal telemarketing is made of.
    ("sales_offer", "offer", 0.8, "pitches insurance, savings or a discount out of the blue",
     # the door-to-door crew's leftover asphalt, and the pitch robocall's "press 2 if you are not interested"
     r"(?:leftover|extra) (?:material|materials|shingles|asphalt|paint|concrete|sealant)|(?:press|"
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
     r"tax (?:rebate|refund) (?:of (?:\w+ ){1,4})?(?:is )?(?:pending|waiting|due|owed|available|ready)|"
     r"(?:you are|youre|you were|you may be|you could be|you might be) (?:\w+ )?(?:owed|entitled to)|"
     r"(?:may|might|could) owe you|(?:your|ur) approved (?:funds|amount)|approved funds|unclaimed balance|"
     r"(?:check|deposit|funds|payout) (?:\w+ ){0,8}(?:placed |put )on hold|(?:you are|youre) due a refund|"
     r"(?:holding|hold|held) your (?:\w+ )?(?:refund|funds|money|check)|release "
     r"your (?:\w+ )?refund|refund (?:is |was )?(?:on hold|returned|held)|set aside (?:in|for) (?:your name|"
     r"you)|class action|estate of (?:a|your) "
     r"(?:late )?relative|(?:money )?owed to (?:you|u)\b|refund on your (?:account|bill)|inheritance|"
     r"unclaimed (?:funds|money|property|refund|check)|(?:insurance|insurer|insurance company) (?:may|might|"
     r"could|will) "
     r"(?:pay|cover)|"
     r"owed (?:a |an )?(?:\w+ )?(?:refund|rebate|compensation|payout|payment)|cash settlement|(?:wasnt|was not) your "
     r"fault|mis ?sold|(?:compensation|pay ?out|refund|rebate|claim) of up to"),
    ("eligibility", "tactic", 1.0, "tells the listener they qualify or were picked",
     # help with a bill the listener already owes (energy or financial assistance) is what honest
     # utilities and hospitals offer; a pitch offers something new
     r"(?:youre (?:now )?(?:eligible|qualified|pre ?approved|approved)|(?:you|u) (?:\w+ )?(?:qualify|"
     r"qualified|are eligible|are now eligible|may be eligible|could be eligible|are pre ?approved|"
     r"have been (?:pre ?)?(?:approved|selected|chosen)|were (?:selected|chosen)|are approved))"
     r"(?! for (?:\w+ )?(?:energy|financial|bill|payment|hardship) assistance)|eligib\w+ (?:to|will|ends|"
     r"expires)|pre ?selected|"
     r"(?:approved|qualify|qualified) for (?:our|the|a|complete|up to|dollar \d+)|same day funding|"
     r"you have been approved|(?:an|your|the) "
     r"approval (?:sitting|ready|waiting)|pending approval|approved pending|youve been (?:pre ?)?(?:approved|"
     r"selected|chosen)|(?:list|people|those) (?:\w+ ){0,3}eligible "
     r"for|eligible for (?:our|a|the) free|(?:account|home|business|number|score) qualifies for|qualify "
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
     r"(?:file|paperwork) (?:we have )?(?:for you|in front of)|(?:file|account|case) (?:\w+ ){0,2}(?:was|"
     r"has been|got) flagged|name is on the file"),
    ("grant_offer", "prize", 1.5, "offers free money: a grant, a check to deposit",
     r"dollar grant|grants? department|grant (?:to use )?for any purpose|"
     r"employee retention credit|erc (?:refund|credit|team)|(?:government|federal|small business|free) grant|"
     r"grant of|never have to (?:pay|repay)|"
     r"free (?:government )?money|stimulus|(?:sent|send you) a check to deposit|check to deposit|your grant"),
    ("job_offer", "job", 1.5, "an easy job or income offer out of the blue",
     r"(?:work|working|jobs?) from home (?:\w+ ){0,6}(?:earn\w*|making|pays?|paying|job|position|"
     r"opportunit\w*)|(?:earn|make|pays?|paying) (?:\w+ ){0,6}(?:a|per) (?:day|hour)|"
     r"(?:dollar |pound )?\d+ to (?:dollar |pound )?\d+ "
     r"(?:(?:dollar|pound|euro|rupee)s? )?(?:daily|a day|per day|every day)|"
     r"only (?:need|needs|required|require) (?:a |your )?(?:phone|smartphone|mobile)|earn "
     r"thousands|no experience|(?:secret|mystery) shopper|(?:liking|rating|reviewing) (?:videos|"
     r"products|posts|hotels|apps|movies|restaurants)|business opportunity|(?:invest|investing) in gold|"
     # the task scam: paid daily for ratings, then a top-up to unlock the next tasks
     r"paid daily|(?:remote|home|part time) (?:\w+ ){0,3}(?:processing|handling) (?:\w+ )?payments|"
     r"tasks a day|boost (?:product|app) (?:data|ratings)|paid in (?:usdt|crypto|bitcoin)|"
     r"wrap(?:ping)? your car|(?:car|vehicle|auto) wrap|reship\w*|forward (?:them|the packages|the items|"
     r"items) with (?:our )?prepaid labels|package (?:handling|forwarding|inspector)|quality control "
     r"inspector|(?:dollar )?\d+ (?:to )?(?:dollar )?\d+ (?:a |per )?day|unlock (?:the )?(?:premium|vip|next|"
     r"higher) (?:tasks|level|orders)|top "
     r"up (?:your )?(?:account|wallet|balance)"),
    ("parcel_trouble", "delivery", 1.3, "a parcel stuck, returned or delivered wrongly",
     r"delivered twice|(?:not|never|nobody|no one) (?:\w+ )?signed for|returned (?:twice|to "
     r"(?:the )?sender)|(?:delivery|shipment) (?:has |have )?failed|(?:missing|incorrect|wrong|"
     r"invalid) (?:address|information|details)|(?:address|information|details) (?:was|is) "
     r"(?:incomplete|incorrect|wrong|missing)|(?:waiting|held) (?:at|in) (?:our|the) warehouse|"
     r"(?:be )?(?:destroyed|disposed of)|(?:puppy|pet|dog) (?:is )?(?:held|arrived)|(?:could not|"
     r"cannot) clear customs|(?:order|"
     r"package|delivery) (?:\w+ ){0,6}payment (?:issue|problem)|(?:package|parcel|"
     r"shipment|delivery) (?:pending|waiting|on hold)|requires (?:your )?confirmation|(?:held|holding|"
     r"sitting) at (?:our|the) (?:facility|warehouse|depot)|address (?:problem|issue|error)"),
    ("account_alert", "banking", 1.0, "an unprompted alert about access to an account",
     r"log(?:ged)? ?in (?:attempt )?from (?:two different|another|a different|an unknown|two) (?:locations?|"
     r"country|countries|state|device)|"
     r"suspicious (?:activity|activities) (?:in|on|from|under) your|(?:unauthori[sz]ed|"
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
     r"(?:about to be|going to be|will be) marked (?:as )?(?:permanently )?closed|"
     r"domain (?:name )?(?:registration |renewal )?(?:\w+ ){0,6}(?:expires?|expiring|due to expire)|"
     r"domain(?: name)?(?: \w+){0,3} (?:is|are) expiring|(?:lose|losing) your (?:web address|domain)|"
     r"business (?:profile|listing) (?:needs|has) to be (?:updated|verified)|(?:showing|shows|listed|"
     r"marked) as (?:permanently )?closed|"
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
     r"(?:subject to )?fines? of up to|"
     r"non ?compliance (?:fee|fine|penalty)|"
     r"(?:labor law|osha|safety|workplace) (?:compliance )?posters?|poster compliance|"
     r"toll violations?|unpaid (?:tolls?|crossings)|"
     r"(?:citation|fine|penalty|violation) of (?:\w+ ){1,4}(?:dollars|that has to|you can pay|must be paid)|"
     r"(?:penalty|penalties|fine|fines|administrative fee|violation fee)s? (?:\w+ ){0,3}(?:outstanding|due|owed|"
     r"to avoid|accrues?)|subject to (?:a |an )?(?:\w+ )?(?:fine|penalty|penalties)|(?:daily|per day) "
     r"penalt(?:y|ies)|suspend (?:the|your) (?:permit|license|licence)|out of compliance"),
    ("lawsuit_notice", "government", 1.2, "announces a pending lawsuit or summons",
     r"intent to file|pending (?:lawsuit|litigation|legal action|case|legal matter|matter)|(?:summons|subpoena)|"
     r"(?:legal matter|complaint|case|lawsuit|suit|claim|legal action)s? (?:\w+ ){0,2}filed (?:under|against|in) "
     r"your name|"
     r"(?:notice|notification) of (?:a )?(?:pending )?(?:lawsuit|legal action|litigation)"),
    # --- pressure -------------------------------------------------------------------------
    ("deadline", "tactic", 0.8, "a deadline or a last chance",
     r"(?:last|final) courtesy call|before we close (?:the|your) file|"
     r"(?:set|about|going|scheduled) to (?:lapse|expire|be cancell?ed|terminate) (?:today|tonight|tomorrow)|"
     r"(?:second|third|2nd|3rd) (?:and final )?(?:notice|attempt)|last (?:call|opportunity)|before (?:it|"
     r"they) expires?|final "
     r"attempt|the deadline (?:on (?:that|this|it) )?is|"
     r"(?:closes|ends|expires?|expiring|end|runs out) (?:today|tonight|soon|at the end)|end of (?:the )?"
     r"(?:day|business)|act (?:now|today|fast|quickly)|(?:before|by) (?:the )?(?:deadline|end "
     r"of)|respond (?:today|now|immediately|before)|within (?:the|an|one) hour|in the next "
     r"(?:\w+ ){0,2}(?:minutes|hours)|time sensitive|about to (?:expire|end|close|increase|go up|"
     r"be (?:suspended|closed|cancell?ed|blocked))|will (?:expire|close|lapse) (?:today|soon|"
     r"tonight)|today (?:only|or)|(?:call|press \w+) (?:now|today) before|(?:spots|funds) are "
     r"limited|(?:final|last) (?:courtesy )?(?:call|notice)|"
     r"ignoring this|(?:before|until) it goes to|(?:call|calling|speak with you|hear from you|return "
     r"this call) (?:back )?today|(?:call|calling) (?:us|me) back today"),
    ("consequence", "tactic", 0.8, "spells out what happens if the listener does nothing",
     r"(?:sent|referred|turned over) (?:for|to) (?:a |our |the )?collections?\b|"
     r"to avoid (?:\w+ ){0,2}(?:disconnection|cancell?ation|suspension|arrest|penalt\w*|legal|"
     r"losing|interruption|delays|shut ?off|deportation|prosecution|being)|(?:will|could|may) "
     r"lose (?:your )?(?:coverage|benefits|power|service|account|money|data|access|funds)|"
     r"responsible for all (?:repairs|charges)|(?:will|to) be (?:destroyed|deactivated|frozen|"
     r"seized|interrupted|cut)|before we (?:close|proceed|take|file)|(?:lose|losing) (?:your )?"
     r"(?:coverage|benefits)|(?:stop|prevent) the (?:disconnection|cancell?ation|suspension)|"
     r"(?:if|unless) (?:you )?(?:do not|dont) (?:respond|call|pay|act|confirm|verify)|(?:and|to) "
     r"avoid (?:the )?(?:cancell?ation|disconnection|suspension|arrest)"),
    # --- payment and compliance demands -----------------------------------------------------
    ("payment_demand", "tactic", 1.2, "demands a payment now or a purchase on the caller's word",
     # a fine settled on the phone with the caller, and only there
     r"(?:must|need to|have to) (?:return|repay|pay back) (?:dollar )?\d+(?: \w+){0,3} (?:today|immediately|now)|"
     r"same ?day payment|"
     r"pay (?:it |that |the fine |this |the balance )?(?:on|over) the phone with me|(?:we |i )?(?:accept|"
     r"take) payment (?:\w+ )?over the phone only|take care of (?:that|it|this) with me (?:today|now|"
     r"tonight)|(?:our office|we|i) can take (?:it|the payment|that) over the phone (?:today|now|tonight)|"
     r"make (?:a|the) payment (?:now|today|immediately|over the phone|right away|by)|(?:we|i) (?:can )?(?:take|accept) "
     r"(?:that|it|the payment|payment|payments|your payment|care of it|a credit card|"
     r"your card) over the phone|pay (?:now|"
     r"today|immediately|over the phone|the fine|the fee|the amount|it now|the taxes|the "
     r"insurance|the first)|(?:need|have|has) to (?:pay|buy|purchase) (?:a|the|our|some|it|"
     r"with|in)|you (?:need|have) to pay|must (?:first )?pay|buy (?:a |the |our )?(?:new )?"
     r"(?:license|licence|plan|protection|firewall|package)|pre ?pay (?:the|your|for)|we accept (?:credit|visa|zelle|"
     r"gift|cash|bitcoin|google)|payment must be|(?:pay|payment) (?:\w+ ){0,2}(?:with|by|using|"
     r"in) (?:a |an )?(?:gift|prepaid|cash app|bitcoin|crypto|zelle|green dot|money order|"
     r"western union|itunes|steam|google|walmart money|usdt)|(?:invest|deposit|put in|put|start "
     r"with) (?:just |only )?"
     r"(?:\d+|one|two|three|four|five|ten|twenty|fifty|a)(?: \w+)? (?:thousand|hundred|dollars|"
     r"pounds)"),
    # The baited scammer's revenge, when the victim stalls or laughs: no honest caller says it.
    ("revenge_threat", "tactic", 1.5, "threatens the listener's home, computer or safety",
     r"send (?:them|the (?:pics|pictures|video|videos|photos)) to your (?:mom|mother|dad|family|friends|"
     r"contacts|boss|coach|school|wife|husband)|"
     r"(?:i will|ill|we will|i can|i am going to|im going to|im gonna|i will be) (?:send (?:people|someone|somebody|"
     r"my (?:men|guys|people))|come) to your (?:house|home|address|door)|(?:delete|destroy|erase|wipe|crash|"
     r"block|hack) "
     r"(?:your|the) (?:entire |whole )?(?:computer|files|photos|pictures|documents|hard drive|data|system|pc|laptop)|"
     r"i (?:have|know|got) your (?:ip|i p)(?: address)?"),
    # The refund con: the "refund" lands with extra zeros, the victim must send the difference back.
    ("overpaid_refund", "refund", 1.5, "claims to have refunded too much and wants the difference back",
     r"you (?:have |just |already )?(?:typed|put|added|entered|hit) (?:in )?(?:an? |the |two |three |"
     r"one )?(?:extra|too "
     r"many|additional) zeros?|(?:we|i|the system) (?:have |has |just )?(?:sent|refunded|transferred|"
     r"deposited|credited) "
     r"(?:you )?(?:too much|the wrong amount|extra money)|(?:send|return|give) (?:us |me )?(?:back )?the "
     r"(?:difference|extra (?:money|amount))"),
    ("gift_card_demand", "tactic", 1.5, "tells the victim to buy cards and read out the codes",
     r"(?:reason|why) (?:we|i) need (?:the|these|those) (?:\w+ )?gift cards?|"
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
     r"each|every|all the) cards?|read (?:me )?both|read (?:it|them|the codes?|"
     r"the numbers?) (?:to me )?one by one|read to me one by one|"
     r"read (?:me )?(?:the )?(?:first|next|second|third|fourth|last|other) (?:one|card|code|number)s?\b|"
     r"buy (?:\w+ ){0,4}(?:gift|google play|itunes|steam|ebay|apple|vanilla|visa) ?cards?|"
     r"(?:need|pay|send|bring) (?:the )?(?:remaining |rest )?(?:\w+ ){0,3}in gift cards|"
     r"(?:read|give|send|tell) (?:me )?(?:the )?(?:numbers|codes?|pins?) (?:on|from|of) (?:the )?"
     r"(?:back|card|cards)|(?:give|read|send) me the (?:codes|card numbers)|(?:scratch|peel) "
     r"(?:the|off)(?! (?:ticket|tickets|prize|game|lottery))|numbers on the back of the card|"
     r"load (?:\w+ ){1,3}on (?:it|them|the cards?|each)"),
    ("code_demand", "tactic", 1.5, "asks for a code just sent to the victim's phone",
     r"give (?:the|your|that) (?:pin|code|otp) to (?:our|the|my) (?:agent|representative|technician|rep|officer)|"
     r"(?:share|tell|give|read|send) (?:me |us )?(?:the|that|this) (?:otp|one time (?:password|pin|passcode|code))|"
     r"the code (?:the system|the app|it|we|they) (?:sends|will send|texts|sent|just sent) you|"
     r"(?:read|tell|give) (?:me|us) (?:the|that|your) (?!zip |postal |post |area |sort |"
     r"country )(?:\w+ )?code|code (?:that )?(?:you|we) "
     r"(?:just )?(?:received|got|sent|texted)|(?:six|6|four|4) digit code|"
     r"(?:read|tell) (?:it|them|that|this) (?:back|to me|out)|(?:confirm|read|tell|give) (?:me |us )?the (?:\w+ ){0,2}"
     r"(?:number|code|digits) (?:that )?(?:the bank|we|they|it|you) (?:just )?(?:sent|texted|received|got)"),
    ("move_money", "tactic", 1.5, "tells the victim to move, withdraw or convert money",
     r"(?:withdraw|take out) (?:\w+ ){0,3}(?:cash|money|savings|dollars|thousand)|(?:move|"
     r"transfer|convert) (?:\w+ ){0,2}(?:money|savings|funds|cash) (?:to|into|in(?! (?:your )?(?:online|"
     r"mobile) banking| the app))|(?:insert|put|"
     r"deposit) (?:the )?cash|new (?:safe |secure )?account (?:we|that we|i) (?:opened|set up)|"
     r"(?:send|return) (?:the )?(?:extra )?money back|return the (?:extra|difference)|"
     # the refund scam's "we refunded twenty thousand by mistake, return nineteen thousand"
     r"(?<!the )(?<!a )(?<!your )(?<!non )(?:return|send back|pay back|give back) (?!fee|policy|label|window|"
     r"date)(?:\w+ ){0,3}(?:thousand|"
     r"hundred)|"
     r"(?:receive|accept) (?:\w+ ){0,2}(?:payments|transfers|funds) (?:in|into) your (?:\w+ )?account|"
     r"send the balance|pay the installer|use the extra|keep (?:dollar )?\d+ for yourself|(?:scan|"
     r"use) the (?:qr )?code (?:i|we)|wallet address|(?:send|transfer|move) (?:it|the "
     r"money|money|the same amount|that amount|the amount|the funds) to (?:yourself|your own (?:name|"
     r"account)|the account|my friends)"),
    ("remote_steps", "it_support", 1.5, "talks the victim through a download or screen share",
     # the fake technician blanks the victim's screen while he works
     r"screen (?:will|is going to|may) (?:go|become|turn) (?:black|blank|dark)|"
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
     r"(?:verify|confirm|give|need|read) (?:me |us )?your (?:fsa id|fafsa (?:id|password|login)|"
     r"student (?:portal )?(?:login|password)|(?:bank|banking|online banking) (?:login|password|user ?name|"
     r"credentials))|(?:with|give|read|confirm|verify) (?:me |us )?(?:your )?merchant (?:id|number|"
     r"account number)|"
     r"(?:verify|confirm|give|provide|read) (?:me )?(?:your )?(?:\w+ ){0,3}login and password|"
     r"(?:your )?user ?name and (?:the|your) (?:code|password|pin)|"
     r"(?:give|tell|read|confirm|provide|need|what is|whats|enter|type|verify|share) (?:me |us )?"
     r"(?:your|the) (?:\w+ ){0,2}(?:password|passcode|pin|online banking username|username)|"
     r"(?:full|whole|complete|entire) card number|(?:three|3) digit code|(?:card|bank) (?:number|"
     r"name) and|number and (?:the )?(?:pin|expir)|put your pin|open (?:up )?your (?:online )?"
     r"(?:bank|banking)|(?:log ?in|login|sign in|go) (?:to|"
     r"into) your (?:online )?(?:bank|banking)"),
    ("support_desk", "it_support", 0.4, "answers as a support, refund or billing desk",
     r"(?:thank you|thanks) for calling (?:\w+ ){0,3}(?:support|customer service|help ?desk|"
     r"refund|billing|cancell?ation|technical|security|department|prime)|(?:support|help) "
     r"(?:desk|line) (?:this is|speaking|hello)|(?:technical|tech|computer) (?:support|"
     r"department|help)|refund (?:desk|department)|(?:how|what) (?:can|may) i help"),
    ("told_not_to_tell", "tactic", 1.2, "a cover story or a gag order",
     # the scammer waving off the cashier's warning: "those store people are told to say that"
     r"(?:dont|do not|never) (?:talk|speak) to (?:the |anyone |anybody )?(?:staff|employees|tellers?|anyone|"
     r"anybody)(?: \w+){0,3} (?:branch|bank)|"
     r"(?:store people|cashiers?|they|those people|employees|staff|she|he) (?:are|were|is|get|gets) (?:told|"
     r"trained|paid) to say (?:that|it|this)|"
     r"(?:shes|hes|theyre) just (?:a|the) (?:cashier|teller|clerk)|(?:dont|do not) (?:you )?call the police|"
     r"(?:do not|dont) go to (?:the |your )?(?:branch|bank)|(?:teller|cashier|bank|manager) (?:is going to|"
     r"will|"
     r"might|may) ask (?:you )?(?:why|what)|tell (?:them|her|him) (?:it is|its|you are|youre) (?:for|doing|buying)|"
     r"(?:if|when) (?:the )?(?:cashier|bank|teller|they) asks?|(?:if|when) (?:anybody|anyone|somebody|"
     r"someone) asks you(?! for| to (?:pay|send|buy|give|wire|deposit|cash|install))|say (?:it is|"
     r"its|they are|you are) (?:a gift|for|buying)|(?:you are|youre) buying (?:it|them) for yourself|"
     # a scammer's stage directions at the store: the phone must not be seen or heard
     r"(?:do not|dont) (?:go|walk) (?:\w+ ){0,2}(?:register|counter|cashier) with (?:the|your) phone|"
     r"(?:hide|put away) (?:the|your) phone|(?:call|ring) me (?:back )?from the (?:parking lot|car)|"
     r"gag order|confidential investigation|(?:do not|dont) tell "
     r"(?:the )?(?:bank|cashier|teller)|keep (?:it|this) (?:a )?secret|(?:dont|do not|never) (?:tell|"
     r"mention|discuss) (?!(?:this|the|your|that) (?:code|pin|password))(?:\w+ ){1,3}(?:with|to) "
     r"(?:anyone|anybody|your (?:family|friends|"
     r"children|kids|bank|son|daughter|husband|wife))|(?:our|a) little secret|just between (?:us|you and "
     r"me)|(?:your family|your bank|your kids|they) (?:wont|will not|would not|wouldnt) understand"),
    # --- the long con: romance, "investment" and recovery --------------------------------
    ("platform_steer", "romance_investment", 1.5,
     "steers the listener to a trading platform, crypto wallet or a 'mentor' with signals",
     r"(?:trading|investment|crypto|bitcoin|forex|mining|arbitrage) (?:app|platform|exchange|group|"
     r"mentor|signals?)|(?:trust|exodus|metamask|blockchain|coinbase) "
     r"wallet|(?:usdt|tether|ethereum|bitcoin) (?:wallet|address|tab)|(?:my|our) (?:uncle|aunt|mentor|"
     r"analyst|teacher|expert|professor)s? (?:\w+ ){0,4}(?:signals?|tips|trades|trading|platform)|"
     r"(?:withdraw|withdrawal) (?:\w+ ){0,8}(?:credit score|trust score)|"
     r"insider (?:tips?|information|signals?)|"
     r"(?:cannot|can not|cant|will never|never) lose (?:money|a (?:penny|cent|dime|dollar)|your (?:money|"
     r"investment|capital|principal))|(?:you|it) (?:cannot|can not|cant) lose$|(?:no|zero) risk|(?:teacher|mentor|"
     r"professor|analyst|coach) (?:posts|sends|shares|gives|calls)|(?:private|vip|members only) "
     r"(?:group|channel|club)|(?:open|create|register) (?:an|your) "
     r"account (?:on|with|in) (?:the|our|my|this) (?:platform|app|exchange)|signals? never "
     r"(?:miss|fail|lose)"),
    # "call back about your account", and not a word of who is calling: honest offices say who
    # they are first (a hospital's billing office, the bank, the collector by law)
    ("anonymous_account", "tactic", 1.5, "calls about 'your account' without saying who is calling",
     r"^(?:(?:hi|hello|hey|yes|yeah|good morning|good afternoon|good evening|please|pls|urgent|"
     r"important|message|msg) )*(?:(?:call|ring|contact) (?:us |me )?(?:back )?(?:asap |today |"
     r"urgently )?|(?:this|it) is (?:a (?:call|message) )?|(?:we are|were|i am|im) calling |this is "
     r"(?:a|the|our) (?:\w+ )?attempt to reach you |(?:we have|weve|we are|were) (?:been )?trying to "
     r"reach you )(?:re|regarding|about|concerning) (?:your|ur) (?:\w+ )?(?:acct|account|file|case|vehicle|benefits)\b|"
     # "(hello, we are calling with) important information about your account": no one named
     r"^(?:(?:hi|hello|hey|yes|good|morning|afternoon|evening|this|is|an|a|we|are|were|calling|with|call|the|"
     r"following|regarding|please|listen) )*(?:important|urgent|courtesy) (?:message|information|notice|call|"
     r"matter) (?:about|"
     r"regarding|concerning|on) your (?:\w+ )?(?:account|acct|vehicle|car|benefits|file|case|policy|loan)\b"),
    # the payment-diversion lure: the landlord, the title company, the school or payroll "no
    # longer takes checks" or "changed banks", so the money goes somewhere new this time
    ("payment_switch", "tactic", 1.5, "says where to pay has changed: new account, no checks, new app",
     r"(?:bank )?account for (?:the )?rent (?:has )?changed|rent (?:now )?goes to (?:the|a|"
     r"our) (?:new )?account|(?:rent )?payments? through the portal (?:are|is) (?:suspended|paused|disabled|"
     r"down)|"
     r"(?:not|no longer|isnt|arent|stopped) (?:taking|accepting) (?:checks|cheques|cards|card payments|"
     r"the (?:\w+ )?portal|payments? (?:by|through|on))|(?:our|the) (?:bank|bank account|account|payment "
     r"(?:details|method|info\w*)) (?:has |have |just )?changed|(?:wire|payment|bank|banking|account) "
     r"(?:instructions|details|info\w*) (?:\w+ ){0,5}(?:no longer valid|(?:have|has) changed|are outdated)|"
     r"new (?:accounts? manager|payment account)|re ?enter your (?:bank|banking|direct deposit) "
     r"(?:info\w*|details|account)|(?:app|portal|website|site|system) (?:isnt|is not|wont|will not|doesnt|"
     r"does not) (?:\w+ ){0,2}(?:updated|working|accepting|taking)\b|(?:app|portal|website|system) is "
     r"(?:down|being updated|under maintenance)\b|(?:we|weve|the office|the company) (?:have |"
     r"just )?(?:switched|changed) "
     r"banks|(?:updated|changed|new) (?:our |my )?remittance|(?:froze|closed|frozen|closed) my (?:old )?(?:bank )?"
     r"account|(?:payments?|invoices?|rent) (?:\w+ ){0,6}(?:new (?:routing|account) number|new bank account)|new bank "
     r"account for (?:payments|invoices|rent)|(?:switching|changing|changed) (?:payment )?processors|"
     r"(?:send|pay|wire|deposit|go|goes|be sent|be paid|be deposited) (?:\w+ ){0,4}to (?:the|my|our) new "
     r"(?:bank )?account|"
     r"(?:dont|do not) use the (?:\w+ )?(?:portal|app|website)"),
    # the money goes to a person, not to the business: "zelle it to our processing agent"
    ("odd_payee", "tactic", 1.5, "wants the money sent to a person: an assistant, an agent, a courier",
     r"(?:send|pay|wire|zelle|transfer|venmo) (?:\w+ ){0,4}to (?:my|our) (?:assistant|agent|processing "
     r"agent|recovery agent|associate|secretary|coordinator|accounts manager|equipment vendor|vendor|"
     r"courier)\b|(?<=send )(?:a |my |our )?courier|send someone (?:by |over |out )?(?:today |tonight )?to pick up "
     r"(?:your |the )?(?:donation|cash|money|payment|check)|courier (?:will|to|can|could) (?:come|pick|collect|stop)|"
     # the rental that cannot be seen: a deposit first, the keys by mail
     # (after "ill": the keys, not the mailing, are the tell)
     r"(?:doing|on a|in) (?:missionary|mission) work|send (?:you )?the address after (?:the )?(?:deposit|payment)|"
     r"(?:book|pay|rent) (?:direct|directly) (?:with|through) me|(?:to|into) (?:our|the|my) (?:processing|holding|"
     r"transit) account|"
     r"(?<=mail you )the keys|(?<=send you )the keys|(?:cant|cannot|wont be able to|"
     r"unable to) show (?:you )?(?:it|the (?:\w+ )?"
     r"(?:apartment|house|unit|place|property|home)) in person"),
    # the fake check: "deposit it, keep 300 as your pay and send the rest to the installer"
    ("fake_check", "job", 1.5, "wants a check deposited and part of it sent on",
     r"(?<!wont )(?<!will not )(?<!never )(?<!not )(?:send|mail) you a check to (?:purchase|"
     r"buy) (?:your )?(?:equipment|supplies|software)|"
     r"deposit (?:a|the) check (?:\w+ ){0,6}and send|(?:check|cheque) for more than (?:the|your) (?:price|amount|"
     r"asking)|send the (?:rest|difference|balance|extra) (?:back )?to (?:the|my|our) (?:mover|driver|shipper|agent|"
     r"courier|assistant|pickup)|"
     r"deposit (?:it|the check|this check|the cheque|the checks|them)(?: in(?:to)? your (?:bank|account))? "
     r"(?:and|then) (?:\w+ ){0,2}(?:send|wire|forward|pay|give|buy|zelle|venmo)|send (?:the )?(?:installer|"
     r"vendor|shipper|supplier|decal company|graphics company|mover|contractor)s? (?:\w+ )?(?:part|share|"
     r"portion|fee|cut|payment|the rest|the difference)|keep (?:dollar )?(?:\w+ ){1,3}(?:dollars )?(?:as|"
     r"for) your (?:pay|payment|fee|commission|wages?|salary)|evaluat\w* (?:\w+ )?(?:money|wire) transfer"),
    ("fee_to_release", "tactic", 1.5, "money is held until the listener pays a fee, tax or deposit first",
     # the advance fee named: "the grant is ready but the processing fee is seven hundred"
     r"(?:tax|fee|charge)(?: \w+){0,8} before (?:the |your )?(?:withdrawal|funds|money|transfer|"
     r"payout) (?:can|will) (?:go through|be released|be processed|be sent)|anti ?terrorism (?:certificate|"
     r"clearance|fee|form)|clearance certificate|"
     r"(?:take|accept) (?:a )?card (?:payment )?over the phone to (?:release|restore|reactivate|unlock|ship)|"
     r"(?:tax|taxes|commission|unlock fee)(?: \w+){0,6} (?:to|before (?:i|you|we) can) withdraw|"
     r"(?:wont|will not|dont) let me (?:leave|go|board|fly|fly out|come home)(?: \w+){0,4} until (?:i|we) pay|"
     r"(?:cant|cannot|wont|will not) (?:unload|deliver|release|drop off)(?: \w+){0,3} without (?:the |a )?(?:\w+ )?"
     r"(?:charge|fee|payment)|"
     r"(?:post|pay) (?:a )?(?:security |cash )?bond to (?:keep|avoid|clear|protect)|"
     r"before we (?:unload|release|deliver|drop off) (?:your|the) (?:things|stuff|belongings|items|furniture|"
     r"truck|boxes)|"
     r"(?:grant|loan|prize|winnings|funds|refund|inheritance)(?: \w+){0,12} (?:processing|insurance|release|"
     r"clearance|activation|transfer|registration) (?:fee|certificate|charge)|"
     r"unlock (?:charge|fee)|"
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
     r"in advance)|before (?:the|your) (?:profits?|funds|money|withdrawal|prize|winnings) (?:is|are|"
     r"can be) (?:released|withdrawn|sent|paid out)|(?:account|funds|profits?|money|withdrawal) "
     r"(?:is|are|has been|have been) "
     r"(?:frozen|locked|on hold) until|(?:hold|holding|keeping) (?:my|the|your) (?:package|"
     # (a carrier that will "hold the package for 5 business days" at its depot is no hostage-taker)
     r"gold|money|funds|inheritance)(?! for (?:\d+|three|five|seven|ten|fourteen) (?:business |calendar )?days)"),
    ("off_platform", "tactic", 0.8, "moves the conversation to WhatsApp, Telegram or another private app",
     r"(?:add|contact|message|msg|text|reach|dm) (?:me |us )?(?:on |via |at |through )?(?:my |"
     r"our )?(?:whatsapp|telegram|wechat|signal|line app)\b|"
     r"(?:on|to|via|through|over|download) (?:whatsapp|telegram|signal app|wechat|hangouts|kik)|"
     r"(?:whatsapp|telegram|wechat|hangouts) (?:me|us|number|account|group|id|handle)|"
     r"t dot me|(?:add|message|text) me on (?:whatsapp|telegram|signal|wechat|hangouts)|(?:add you to|join) (?:the "
     r"|our |my )?(?:whatsapp|telegram)(?: \w+)? group"),
    ("legit_business", "legit", -2.0, "a lawful collector's notice, a business returning a call, answering the "
     "listener's own request or setting up a payment plan",
     r"(?:the )?(?:account|address|number) you (?:listed|provided|gave us) (?:in|on|with) your|"
     r"(?:the|your|that|a) (?:\w+ ){0,2}(?:payment|transfer|wire) (?:of (?:\w+ ){1,4})?(?:that )?you (?:sent|"
     r"made|initiated|scheduled)|(?:you|that you) contacted us (?:about|regarding|on)|"
     r"so you know (?:its|it is) (?:really )?me|"
     r"(?:the|your|that) (?:\w+ ){0,2}(?:payment|charge|transaction|transfer|wire) (?:that )?you (?:reported|"
     r"disputed)|(?:youre|you are) the co ?signer|"
     r"(?:with|have) your order number|to complete your (?:purchase|order)|"
     r"returning (?:a|the) call from you|(?:the )?(?:check|deposit|ticket) you (?:deposited|brought in|"
     r"mailed in|mailed|dropped off)|"
     r"(?:check|checks|prize|tickets?|gift card) (?:is |"
     r"are )?(?:waiting )?at (?:the )?(?:\w+ ){0,2}(?:front office|office|front desk|desk|"
     r"counter|customer service)|(?:to )?pick up (?:your|the) (?:\w+ ){0,3}(?:prize|turkey|basket|gift card|"
     r"winnings|tickets?)|"
     # a prize from an event the listener attended, collected in person
     r"pick (?:it|them|your \w+) up (?:\w+ ){0,4}at (?:the|our|any) (?:\w+ ){0,2}(?:desk|counter|store|"
     r"office|branch|station|customer service|lobby)|(?:raffle|drawing|giveaway|contest) (?:at|from) (?:the|"
     r"our) (?:\w+ ){0,3}(?:breakfast|festival|fair|outing|open house|game|event|party|counter|register)|"
     # a prize's paperwork and its pick-up in person: "fill out a w 9", "pick it up at customer service"
     r"w ?9|affidavit of eligibility|official rules|pick (?:it|them|\w+) up (?:at|in|"
     r"from) (?:customer service|the \w+ office|"
     r"our office|the office|the desk|the front desk|the branch|the store|the counter)|"
     r"in store (?:sweepstakes|drawing|raffle|giveaway|contest)|(?:sign|fill out|complete) (?:a|the|"
     r"some) (?:\w+ )?(?:form|forms|"
     r"paperwork) (?:\w+ ){0,3}(?:at|in) (?:your|the|our) (?:\w+ )?(?:store|branch|office|location)|"
     r"(?:wire|transfer) you (?:started|initiated|requested|set up)|returning your (?:request|inquiry|"
     r"enquiry|message|email) from (?:this morning|yesterday|earlier|today|last \w+)|(?:bring|"
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
     r"(?<!were )you entered (?:our|the|a)|(?:contest|giveaway|raffle|drawing|sweepstakes|promotion) you entered|"
     # a prize collected in person costs nothing and needs no card
     r"(?:you )?filled out an entry|"
     r"(?:(?:im|i was|i am|ive been|the attorney) assigned (?:to )?(?:your |your \w+s )case)|you (?:came|"
     r"were|stopped) in (?:\w+ ){0,2}(?:about|"
     r"yesterday|today|on|last|this)|"
     r"(?:pick (?:it|them|your \w+) up|come (?:by|in|into|to)|stop by) (?:at |to )?(?:the |my |"
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
     r"(?:pressure|obligation)|take your time|think (?:about it|it over)|(?:send|email) you (?:some )?"
     r"(?:more )?(?:information|details|a quote)|(?:a )?free quote|better business bureau|(?:your "
     r"current|current) (?:insurance|policy|premium|insurer|provider|plan)|hear more about it"),
    ("legit_no_ask", "legit", -1.5, "says the caller will not ask for codes, card or PIN",
     r"(?:i|we) (?:wont|will not) (?:be )?ask(?:ing)? (?:you )?for (?:your )?(?:banking |bank |online |"
     r"full )?(?:login|password|"
     r"pin|card|code|social|ssn|account number|details)|"
     r"(?:do not|dont|never) pay anyone (?:who|that)|(?:do not|dont) (?:send|give) (?:your )?(?:ssn|"
     r"social security number|social) (?:by|over) (?:the )?phone|"
     r"not an? (?:removal|arrest|eviction) order|no (?:fine|fee|payment) (?:is )?(?:payable|due|taken|"
     r"collected|accepted) "
     r"(?:by|over) (?:the )?phone|(?:its|it is|this is) not an? (?:warrant|arrest warrant)|"
     r"(?:nobody|no one) (?:from|at) (?:\w+ ){1,3}(?:will|would) (?:ever )?ask (?:you )?for|(?:do not|"
     r"dont) need to give (?:us )?(?:any|your) (?:numbers|details|information|card)|"
     r"(?:will not|wont|do not|dont|never) (?:\w+ )?(?:ask|call to ask) (?:you )?for (?:your )?(?:full )?"
     r"(?:card|pin|password|code|account|number|social|any (?:personal |financial |banking )*(?:information|info|"
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
