"""SMS-only evidence: links and their shape, short codes, premium numbers, bulk marketing,
and the kinds of smishing a call never carries.

These rows become ``Signal`` objects with ``channel="sms"`` in ``_signals`` (kept here, as
plain tuples, so each module stays short and there is no import cycle).  A call transcript
never fires them: "www" or "reply stop" in a voicemail means nothing, in an SMS it is the
call to action.  Patterns match ``_normalize.normalize_for(text, "sms")`` output: the
normalised words, followed by marker words for the shape of the text's links (``_links``:
a look-alike or disguised address, a bare IP, or the sender's own plain address).

What smishing shares and honest texts do not: a call to action (a link, a number, a reply,
a code to send back, a chat to move to WhatsApp) *with* a pretext (a parcel fee, a toll or
DMV fine, a locked account, a prize, a job paid daily, a child on a new phone), on an
address that borrows a name it does not own.  What honest texts say: a code delivered with
nothing asked, a receipt for something already done, the sender's own plain address, the
carriers' required footer.
"""

from __future__ import annotations

__all__ = ["SENT_BY_RAIL", "SMS_ROWS"]

# A payment the reader made, reported done ("you sent $250 via interac e-transfer to marie"); the
# lure's is "pending" or "attempted", to be disowned.  The rail named is the payment's, not an ask.
SENT_BY_RAIL = (r"you sent (?:dollar |pound |euro )?\d+(?: \d+){0,2} (?:with|via|by|using|through) (?:zelle|interac|"
                r"e transfer|venmo|paypal|cash app)|(?:zelle|interac) (?:\w+ )?you sent (?:dollar |"
                r"pound |euro )?\d+|your (?:zelle|interac|e transfer|venmo|paypal|cash app) "
                r"(?:payment|transfer)(?: of (?:dollar |pound |euro )?\d+(?: \d+){0,2})?(?: to(?: \w+){1,4})? "
                r"(?:is|was|has been) (?:scheduled|sent|completed|processed)")

# (key, family, weight, description, pattern)
SMS_ROWS: tuple[tuple[str, str, float, str, str], ...] = (
    ("link", "smishing", 1.2, "contains a web link", r"https?|www|\w+ dot (?:com|net|org|co|"
     r"uk|us|ca|au|nz|ie|in|sg|za|ph|info|biz|xyz|top|ly|io|me|cc|tk|ml|ga|cf|gq|online|site|club|shop|live|link|app|"
     r"vip|gd|gl|ws|mobi|tv|ru|cn|de|fr|nl|eu|pw|icu|cyou|buzz|sbs|click|help|support|pro|world|today|"
     r"rest|lat|win|bid|loan|cam|work|"
     # Latin America and Iberia: "meli-envios.ar/r", "tag-recarga.mx"
     r"ar|mx|cl|br|es|pt|pe|uy|ec|bo|py|ve|gt|cr|pa|sv|hn)"),
    ("shortener", "smishing", 1.0, "hides the link behind a URL shortener",
     r"(?:bit|tinyurl|goo|ow|cutt|rb|shorturl|rebrand|tiny|is|v|t|s|lnkd|qrco|bl) dot (?:ly|com|gl|co|"
     r"gd|cc|gy|at|de|ink)|bit dot do"),
    ("shortcode", "smishing", 2.8, "asks to text a keyword to a short code",
     # an opt-out ("text stop to 80555") is how lawful senders end every message: no ask
     # ("reply stop all to 89203", "reply stop ends to ...": the opt-out's own keywords; "to opt out sms noloan to
     # 56161"), nor is a bank's card block ("not you? sms block 2291 to 90000 00123", as Indian banks' debit alerts end)
     r"(?<!opt out )(?:txt|text|send|reply|sms)\w* (?:(?!stop |block )[a-z0-9]+ ){0,12}(?<!stop )(?<!end )(?<!quit )"
     r"(?<!cancel )(?<!unsubscribe )(?:to|2) (?:no )?\d{4,6}"),
    ("premium_number", "smishing", 2.8, "gives a premium-rate or marketing phone number",
     r"09\d{8,9}|08[47]\d{7,9}|09\d{3} \d{3} \d{4}|08[47]\d{2} \d{3} \d{3,4}|0845|0870|0871|0906|0905"),
    ("money_offer", "smishing", 1.0, "names a cash sum, a per-minute rate or free minutes",
     # a sum in pounds is UCI's prize or price; dollar and euro sums only when offered (every
     # bill, receipt and bank alert names one).  The branches that start with digits are one
     # branch: this pattern has no required literal, so it runs on every text.
     # (a shift "9a 3p" is a time, not 3p a minute)
     r"(?<!\da )\d+(?: pounds?|p (?:per|a)| ?ppm|p| (?:free|extra) (?:texts?|minutes?|mins|txts)| cash)|"
     # (a sum the listener paid or gave is no sum offered: "did you make a purchase of pound 249",
     # "thank you for donating pound 5")
     r"(?<!balance is )(?<!balance of )(?<!purchase of )(?<!donating )(?<!donation of )"
     r"(?<!charge of )(?<!spent )(?<!paid )pound \d+(?! off)|"
     r"(?:win|won|claim|prize of|worth|reward of|bonus of|cash of|receive|get|up to) "
     r"(?:a |an |over )?(?:dollar|euro) \d+|per (?:min|msg|week|wk|txt|text|reply)|cash (?:prize|award|"
     r"balance|bonus|reward)"),
    ("free_offer", "smishing", 1.0, "offers something free",
     r"free (?:entry|msg|message|ringtone|tone|camera|phone|gift|trial|mobile|text|texts|"
     r"call|calls|minutes|mins|nokia|video|sim|upgrade|delivery|voucher|sample|\d+)|"
     r"freemsg|freephone|free2day|for free|complimentary"),
    ("marketing", "smishing", 1.2, "reads like bulk marketing (opt-out, T&Cs, subscriptions)",
     r"unsubscribe|opt ?out|(?:reply|text|txt|send) (?:stop|end|unsub|out|quit)|stop 2 (?:end|stop|"
     r"quit|cancel|unsub)|"
     r"std (?:ntwk|network|net|txt|text|msg|sms|rate)|(?:ntwk|network) (?:chg|chgs|charges?)|"
     r"msgs? (?:cost|cst|charged)|(?:charged|costs?) (?:at )?\d+p|stop to (?:end|opt|"
     r"unsubscribe|cancel|quit|stop)|t and c|t cs|tcs|terms (?:and conditions )?apply|po ?box|"
     # every branch spelled with a literal of 3+ characters, so the prefilter can skip it
     r"box ?\d+|18 ?only|16 ?only|18 \+|16 \+|18\+|16\+|over 18s|customer (?:service|care|"
     r"services|loyalty)|cust ?care|subscription|subscriber|ringtones?|polyphonic|poly|"
     r"wallpaper|valid (?:\d+|for|until)(?!(?: \d+)? (?:mins?|minutes?|hrs?|hours?)\b)|"
     r"(?:offer|deal) (?:ends|expires|valid)|mobile (?:number|no) (?:has been|"
     r"was)|network customer|valued customer|helpline"),
    ("sms_prize_words", "smishing", 1.0, "uses prize-draw vocabulary",
     r"account statement (?:for|shows)|"
     # (not the reader's own unemployment or insurance claim: "have your claim info ready")
     r"prize|winner|won|wins?|award|awarded|claim(?! (?:info|information|number|status|id|form|details))|guaranteed|"
     # (not a shop's "2 for 5 on selected mince pies", "50 off selected trainers")
     r"(?<!on )(?<!off )selected|lucky|bonus|jackpot|"
     r"draw|reward|voucher|vouchers|entitled|"
     # (not a new hire's or a family's "congrats on your new role")
     r"(?:congrats|congratulations)(?! on (?:your )?(?:new )?(?:role|job|position|promotion|graduation|baby|wedding|"
     r"engagement|retirement))"),
    ("sms_call_to_action", "smishing", 1.0, "pushes to call, text or reply right now",
     # a local number to ring, read in the message (a number too short for the extractor)
     r"(?:call|ring|phone|dial|cl) (?:us |now |free |our (?:\w+ ){0,2})?(?:on |at )?(?:\d ?)?\d{3} \d{4}\b|"
     # ("reply y to confirm" is the booking's own answer)
     r"(?:reply|rply) (?:yes|y|1) (?:to (?!confirm|cancel|opt|stop|keep)|and\b|now\b)|"
     # ... in German and Dutch job texts: "antworte mit ja und ich schicke dir", "stuur een appje naar 06 ..."
     r"(?:antworte|antworten sie|antwoord) (?:mit|met) (?:ja|yes) (?:und|en)\b|stuur (?:me )?(?:een )?(?:appje|"
     r"berichtje|bericht|whatsapp) naar|"
     r"(?:call|ring|dial|text|txt|reply|rply|send) (?:now|today|back (?:now|with)|free|"
     r"with (?:the word|yes|win))|(?:from|on) (?:a |your )?land ?line|live operator|"
     r"(?:call|ring|text|txt|reply) (?:\w+ ){0,3}(?:asap|immediately|now)|(?:reply|text|txt|send)"
     r"(?: back)? (?:with )?(?:your |ur )?(?:name|age|gender|star sign|club|team|the word|"
     r"yes for|no to)|(?:you have|there is) (?:\d+|a|one) (?:new )?(?:voicemail|voice "
     r"message|message|messages) (?:waiting|awaiting|call|please)|(?:message|messages|"
     r"voicemail|prize|award) (?:awaiting|waiting) (?:your )?(?:collection|for you)|"
     r"missed call alert|(?:reply|text|whatsapp|message) (?:\w+ ){0,3}to apply|(?:reply|text|txt) "
     r"(?:1|one|y|yes) (?:to|for) (?:learn more|more info|details|join|start)|correct or "
     r"incorrect|answer (?:\d+|five|three|these|our|the) (?:simple |easy )?(?:questions?|quiz)|"
     r"(?:send|reply|txt|text) (?:a b or c|a or b)|(?:reply|text|txt|send)(?:ing)? \w+ (?:to "
     r"(?:join|start|begin|order|subscribe|play|enter|claim|receive|get|download)|and (?:take|"
     r"answer|win|get))"),
    ("sms_adult", "smishing", 1.5, "dating or adult chat-line bait",
     r"dating (?:service|network|site)|horny|(?:hot|sexy) (?:pic|pics|babes|chat|singles|girls|"
     r"video|videos)|fancies you|secret admirer|someone (?:you know )?(?:has )?(?:contacted|"
     r"likes|fancies)|(?:chat|date) line|singles in your area|dogging|explicit|porn|filthy|"
     # the dating lure's link: "see who likes you", "my private page", "verify so i know youre real"
     r"see who likes you|someone (?:nearby|near you) (?:sent|liked|viewed)|sent you \d+ (?:hearts|likes|winks)|"
     r"(?:my )?private (?:page|pics|photos|profile)|so (?:i|we) know (?:youre|ur|you are) (?:real|legit)|"
     # a stranger's flirt that asks a reply to a five-digit number: friends text from phones
     r"(?:txt|text|reply|msg)(?: me)?(?: back| bk| bak)? (?:on|to|2) [0-9]{5}\b|"
     r"(?:xxx|sexy|hot|naughty|rude) (?:pics?|pix|videos?|vids?|stories|time|girls|chat|"
     r"bitch|singles)|(?:sex|adult) (?:chat|line|content|parties)|"
     r"get chatting|(?:chat|talk) (?:to|with) (?:\w+ )?(?:girls|guys|singles|locals|ladies)|"
     r"psychic|tarot|horoscopes?|(?:txt|text|send|reply) (?:girl|boy|bloke|guy|babe|date|chat|"
     r"hot|xxx|sexy)"),
    ("sms_short_code", "smishing", 1.5, "names a five-digit short code (premium texts)",
     # a US address ends in a state and a five-digit ZIP code ("DENVER, CO 80203")
     r"(?<![0-9] )(?<!stop to )(?<!stop on )(?<!(?:al|ak|az|ar|ca|co|ct|de|fl|ga|hi|id|il|in|ia|ks|ky|la|me|"
     r"md|ma|mi|mn|ms|mo|mt) )"
     r"(?<!(?:ne|nv|nh|nj|nm|ny|nc|nd|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy|dc) )"
     # ... and a reference is no short code: "outage in your area ref 14521", "parking at location 82114"
     # ... nor the one-time code itself: "your code is 90417"
     r"(?<!ref )(?<!reference )(?<!order )(?<!case )(?<!ticket )(?<!location )(?<!booking )(?<!invoice )(?<!code is )"
     r"(?<!code )(?<!otp is )(?<!otp )(?<!pin is )"
     # ... nor a place or an account: "1 rx ready at store 04411", "flight 10233", "member 44120"
     r"(?<!store )(?<!branch )(?<!unit )(?<!suite )(?<!room )(?<!account )(?<!member )(?<!flight )"
     r"[0-9]{5}(?! [0-9])"),
    ("cheap_domain", "smishing", 1.2, "links to a throwaway or look-alike domain",
     r"\w+ (?:\w+ )?dot (?:top|xyz|info|click|online|site|live|shop|vip|icu|cc|tk|ml|ga|cf|gq|"
     r"buzz|cyou|sbs|rest|cfd|bond|life|support|help|services)|(?:usps|ups|fedex|dhl|paypal|"
     r"amazon|apple|chase|wells|ezpass|e zpass|toll|dmv|irs|netflix|bank|post) \w+ dot (?:com|net|"
     r"org|us|co)"),
    ("fine_due", "smishing", 1.5, "a toll, parking or DMV fine to pay by link",
     # "m50 toll reminder, outstanding amount on your vehicle" (not the registration's own renewal)
     r"(?:unpaid|outstanding|overdue) (?:amount|sum|charge)s? (?:on|for|against) your (?:vehicle|car|plate|licen[cs]e plate)"
     r"\b(?! registration)|"
     r"(?:unpaid|outstanding|overdue) (?:\w+ )?(?:toll|tolls|parking|fine|fines|ticket|invoice|"
     r"balance|citation|penalty)|toll (?:balance|charges?|violation|notice|fee|bill|invoice|due)|"
     r"(?:ez ?pass|e zpass|fastrak|sunpass|dmv|motor vehicles) (?:\w+ ){0,6}(?:fine|penalt\w+|"
     r"suspen\w+|unpaid|fee|due)|late fee of|traffic (?:ticket|violation|fine|citation)|"
     r"(?:parking|speeding|camera) (?:ticket|fine|penalty|charge|violation)|penalty charge|"
     r"(?:registration|licen[cs]e|driving privileges) (?:will be |has been |may be |is )?"
     r"(?:suspended|revoked)|vehicle tax"),
    ("sms_job", "smishing", 1.2, "a job offer by text: daily pay, part time, reply to apply",
     r"part ?time (?:job|work|position|remote)|(?:daily|per day|a day) (?:salary|pay|income|wage)|"
     r"(?:earn|salary of|pay of) (?:dollar |pound )?\d+ (?:\d+ )?(?:a|per) (?:day|hour)|hiring now|"
     r"(?:earn|salary|pay) (?:of )?(?:dollar |pound |rs |inr )?\d+(?: \d+)? (?:to )?(?:dollar |rs )?(?:\d+ )?"
     r"(?:inr |rs |usd )?(?:daily|(?:a |per )?day)|(?:contact|message|text|add) (?:us |me |hr )?(?:on |via )?"
     r"(?:whatsapp|telegram)|"
     r"recruit\w* (?:remote|online|part)|whatsapp (?:me|us)|(?:earn|salary|make|pay) (?:up to )?"
     r"(?:dollar |pound )?\d+ (?:\d+ )?(?:usd |dollars? )?(?:daily|weekly|a week|per week|per day|"
     r"a day|per like|per task|an hour|per hour)|paid daily|(?:work|job) from home|remote "
     r"(?:job|position|role|work|product|assistant)|online (?:tasks?|assistants?|jobs?)|"
     # a wage by the day, in money: "dollar 300 dollar 800 daily", "min dollar 200 daily"
     r"(?:dollar|pound|rs|inr|sgd|rm|aed|usd|php) \d+(?: \d+)?(?: (?:to )?(?:dollar |pound |rs |inr |sgd |rm |aed |usd |"
     r"php )?\d+(?: \d+)?)? (?:daily|a day|per day)\b|"
     # ... and in euros, as Dutch, German and French texts write it: "euro 80 euro 400 per dag", "300 500 euro pro tag"
     r"(?:euro \d+(?: (?:to |bis |tot )?(?:euro )?\d+)?|\d+(?: \d+)? euro) (?:pro tag|per dag|par jour|am tag|daily|per "
     r"day|a day)\b|"
     r"(?:shortlisted|selected) for (?:a |the )?(?:\w+ )?(?:job|position|role)|no experience "
     r"(?:needed|required)|keine erfahrung (?:notig|erforderlich)|geen ervaring (?:nodig|vereist)|mystery shopper"),
    # --- the shape of the links (marker words written by _links before normalisation) ----
    ("lookalike_link", "smishing", 2.0, "links to a look-alike address (a name it does not "
     "own, or a disguised domain)", r"smslinklookalike|smslinkdisguised"),
    ("ip_link", "smishing", 3.0, "links to a bare IP address", r"smslinkip"),
    ("own_link", "legit", -1.5, "links only to the sender's own plain web address",
     r"smslinkown"),
    # Phones disable links from unknown senders until the reader replies: only a sender who
    # must not be known needs the reader to work around that.
    ("link_trick", "smishing", 2.5, "asks to reply so that a blocked link opens, or to paste it",
     r"(?:reply|respond) (?:with )?(?:y|yes|1) (?:and|then) (?:re ?open|reopen|open|exit)|"
     r"(?:copy|paste) (?:it |the link |this link )?(?:in|into) (?:your )?(?:browser|safari|"
     r"chrome)|(?:activate|enable) the link|receive the link|"
     # ... or sent once the reader answers: "respond y to receive your secure payment link", "reply 1 for the link"
     r"(?:reply|respond|text back)(?: with)? (?:y|yes|1|one)(?: \w+){0,5} link|"
     # ... or is sent only once the reader answers: "there's a small amount outstanding, i can send the link if you reply"
     r"(?:send|text) (?:you )?the (?:payment )?link (?:if|once|when|as soon as) (?:you )?(?:reply|respond|answer|"
     r"text back)"),
    # A full mailbox is an email provider's lure by text; said on a call, it is the caller's phone.
    ("storage_full", "smishing", 1.5, "says a mailbox or storage is full and must be upgraded",
     r"(?:storage|mailbox|inbox) (?:is )?(?:full|almost full)|stop receiving (?:messages|emails|mail)"),
    # Miracle cures and "before it's taken down": the bait of link spam that sells nothing honest.
    ("sms_clickbait", "smishing", 1.2, "a miracle cure or a secret before it is taken down",
     r"(?:doctors|experts|scientists) (?:are )?(?:stunned|baffled|shocked|hate)|melts? (?:away )?"
     r"(?:belly )?fat|lose \d+ ?(?:kg|lbs|pounds)|(?:one|1) (?:weird )?(?:trick|cup|spoon)|"
     r"before (?:its|it is|they) (?:taken down|removed|deleted|banned|take it down)"),
    # --- "hi mum": a stranger who claims to be family, from a new phone, wants a favour ----
    ("new_number", "family_emergency", 0.6, "writes from a new or borrowed phone",
     r"(?:new|temporary|temp|different|friends) (?:number|phone|mobile|no)|changed (?:my )?(?:phone )?(?:number|"
     r"phone|mobile)\b|(?:lost|broke|"
     r"broken|dropped|smashed|cracked) (?:my )?phone|phone (?:is |got |was )?(?:broken|died|"
     r"dead|smashed|stolen|lost|broke)|(?:mine|my phone) got stolen|using a friends|"
     # "hi its me, using this num for now"
     r"(?:using|on|texting (?:you )?from) this (?:num|number|phone|mobile) (?:for now|temporarily|till|until)|"
     # a child phoning home says "mom its me" every day; a text needs no such introduction
     r"(?:mom|mum|dad|mama|mummy|mommy) (?:its|it is) me"),
    ("sms_favour", "tactic", 1.2, "asks a favour or a payment by text, or to move the chat",
     r"(?:do|doing) me a (?:big |huge |quick |small )?favou?r|"
     r"(?:need|needs|ask) (?:you )?(?:a |for a )?(?:small |quick |little |big |massive |huge )?(?:favou?r|help with "
     r"(?:a |an |the )?"
     r"(?:payment|bill|invoice|transfer))|(?:help|can you help) (?:me )?(?:with )?(?:a |an |"
     r"the |this )?(?:payment|bill|invoice|transfer)|(?:help (?:me )?(?:with )?|can you )"
     r"pay(?:ing)? (?:a|an|the|my|this) (?:bill|invoice|rent)|text me (?:back )?on (?:this|"
     r"my new|the new) number|"
     r"(?:message|text|add|contact) (?:me|us|our \w+) (?:on|via) (?:whatsapp|telegram)|"
     # a group to join: "join our telegram naija wealth hub now, slots are limited"
     r"join (?:our|my|the) (?:telegram|whatsapp) (?:group|channel|community|(?:\w+ ){1,3}(?:hub|club|group|team|channel))|"
     r"(?:if )?interested (?:\w+ )?(?:reply|text|whatsapp|message me|contact|add me)|"
     # the child who cannot pay from the new phone: "my banking app wont work on this phone"
     r"(?:banking|bank) app (?:wont|will not|doesnt|does not|isnt|is not) (?:work|let me|working)|"
     r"(?:banking|bank) app is (?:locked|blocked|frozen)|my (?:bank )?card (?:isnt|is not|wont|doesnt|has been|s been|"
     r"got) (?:working|work|blocked|frozen|declined)|my (?:bank )?cards (?:locked|blocked|frozen)|"
     # "i need to pay someone urgently", "i need to pay my rent today"
     r"(?:need|have) to pay (?:my |the |a |someone |somebody )?(?:\w+ )?(?:today|urgently|asap|right now|tonight)|"
     r"(?:can|could) (?:you|u) (?:please |pls )?help(?: me)?(?: out)?|(?:can|could) (?:you|u) (?:please |pls "
     r"|plz )?(?:send|transfer|lend|pay) (?:me |us )?(?:\d+|some|the money|money|cash)|"
     r"(?:can|could) (?:you|u) (?:please |pls )?cover (?:it|this|that|the rent|my rent|the bill)|"
     # "could you book it on yours and i transfer you back", "i have a payment i need to make"
     r"(?:book|pay for|buy) (?:it|the (?:ticket|flight|room)) (?:on|with) (?:yours|your card)|(?:i have|ive got) a "
     r"(?:payment|bill) (?:i need|i have|that needs) to (?:make|pay)"),
    ("sms_details_ask", "tactic", 1.0, "asks to text back a name, address or bank details",
     # "reply with your id number and m pesa pin", "reply with full names, id no, date of birth"
     r"(?:reply|respond) with (?:your )?(?:full names?|id (?:number|no)|national id)\b|"
     r"(?:reply|respond|text|send|sms)(?: back)?(?: \w+){0,4} (?:with|your) (?:\w+ )?"
     r"(?:full )?(?:name|address|house no|postcode|zip code|date of birth|dob|bank details|"
     r"card details|account details|pin|password|details)"),
    ("not_you", "refund", 0.8, "a charge or order to disown by calling or clicking",
     r"(?:didnt|did not|never) (?:order|place|make|authori[sz]e|request|recogni[sz]e)"
     r"(?: (?:this|it|that))?|not you|wasnt you|was not you|not authori[sz]ed by you"),
    # The fake fraud alert that announces its own caller: the "representative" who rings next is
    # the scammer (a bank's own alert sends the reader to the number on the card).
    ("call_coming", "tactic", 1.5, "announces that a bank's representative will call shortly",
     r"(?:representative|specialist|agent|fraud specialist|team member|our team|advisor)(?: \w+){0,2} will (?:call|"
     r"contact|reach out to) (?:you|u) (?:shortly|soon|now|in a few|within (?!(?:\w+ )?(?:business |working )?days))|"
     # ... or rings once the reader replies: "if unauthorized, reply cancel and a member of our security team will
     # contact you" (a bank's own alert sends the reader to the number on the card)
     # "reply 1 to cancel and our support team will contact you"
     r"(?:reply|respond|text) \w+(?: \w+){0,3} (?:and|so) (?:a|an|one of our|our) (?:member of (?:our|the) )?(?:\w+ )?"
     r"(?:security|fraud|support|protection) (?:team|specialist|agent|department|officer)(?: member)? (?:will|can) "
     r"(?:call|contact|reach)"),
    # --- the code another service just sent: asked for by text, or merely delivered -----
    ("sms_code_ask", "tactic", 2.0, "asks for a code sent to the phone, by text",
     # "did u get a 6 digit number? can u send it me", "send me the code venmo texts you"
     # "send me the google code so i know you're real"
     r"(?:send|give|tell) me the (?:\w+ )?code so (?:i|we) (?:know|can see|can tell|can check)|"
     r"did (?:u|you) (?:get|receive) (?:a|the|an) (?:\w+ )?(?:digit )?(?:number|code)(?: \w+){0,3} (?:send|forward|text|give) "
     r"(?:it|me)|(?:send|give|tell) me (?:your email and )?the code (?:venmo|paypal|zelle|cash app|whatsapp|google|facebook|"
     r"apple)|"
     # "can you screenshot me the code that comes to your phone"
     r"(?:screenshot|send|forward|tell|give) (?:me|us) (?:the|that) (?:\w+ )?code (?:that )?(?:comes|came|you get|you got|"
     r"you receive|arrives|you ll get|youll get|you will get|youre about to get|you are about to get)|"
     # "read the verification code to our officer when they call you"
     r"read (?:the|your|this) (?:\w+ )?code to (?:our|the|my) (?:officer|agent|representative|staff|colleague|team)|"
     r"reply with the (?:one time |verification |security )?(?:passcode|code|otp)|"
     r"(?:code|passcode|otp) (?:\w+ ){0,12}(?:send|forward|text|share|give) (?:it|them|the "
     r"numbers) (?:to me|back|here|over|with (?:me|the agent|us))|(?:pass|screenshot) (?:it|them|"
     r"the code) (?:back )?(?:to me|"
     r"and send)|(?<!dont )(?<!not )(?<!never )(?:send|"
     r"forward|text back|share|reply with) (?:me |us )?(?:the |that |this )?(?:\w+ )?"
     r"(?:digit )?(?:code|passcode|otp) (?:you|we|to)|"
     # the code "forwarded" to a parent in the class chat, a buyer "making sure youre real", a stranger whose
     # code "came to you by mistake"
     r"code(?: \w+){0,10} (?:can you |could you |just |pls |please )?(?:forward it|send it over|tell me what it "
     r"says|read it to me)|(?:got|received|have) my (?:\w+ )?code by mistake"),
    ("legit_otp", "legit", -1.5, "delivers a one-time code (asks for nothing)",
     r"(?:one ?time|temporary) password is|(?:do not|dont|never) share (?:it|this|them)(?: with anyone)?|"
     r"(?:is|as) your (?:\w+ ){0,3}(?:code|passcode|pin|otp)|(?:passcode|otp) (?:to|for) (?:\w+ ){0,5}is \d{4,8}|"
     # (not an invitation's or a referral's code: "register with my invite code kt88")
     r"(?<!invite )(?<!invitation )(?<!referral )(?:code|passcode|otp)(?: is)? "
     r"(?:[a-z] )?[a-z0-9]*\d[a-z0-9]*|use (?:code )?\d{4,8}|(?:never|dont|do not) share "
     r"(?:it |this |your |the |any )?(?:otp|code|pin|password)"),
    # --- what honest notices say ----------------------------------------------------------
    ("legit_receipt", "legit", -2.0, "reports a payment, deposit or delivery already done",
     # a debit already made, as Indian banks report it: "rs 1 250 00 debited from a c xx2291 on 03 12 26"
     r"(?:rs|inr|rupees?) \d+(?: \d+){0,3} (?:has been |was |is )?debited from (?:your )?(?:a c|ac|acct|account|card)\b|"
     # ... or confirms a change the reader asked for: "you've asked to add a new payee"
     r"you(?:ve| have)? (?:just )?(?:asked|requested|chosen|opted) to (?:add|set up|change|make|update)|"
     rf"{SENT_BY_RAIL}|"
     r"you received (?:dollar |pound |euro )?\d+|(?:paid|sent) you (?:dollar |pound |euro )?"
     r"\d+|(?:deposit|payment|refund|transfer|top ?up)(?: of (?:dollar |pound |euro )?\d+(?: \d+){0,2})? "
     r"(?:has |was |is )?(?:posted|received|complete|completed|successful|arrived)|(?:has|have) (?:shipped|been "
     r"delivered)|(?:item|package|parcel|order|shipment) (?:was|has been) (?:delivered|dropped "
     r"off)|thank you for your (?:payment|order)|(?:purchase|order) (?:of (?:\w+ ){1,4})?is "
     r"complete|"
     # a shop's loyalty reward, spent in its own till or app ("you've earned a $10 reward, redeem at
     # checkout"); a points lure sends its reader to a link instead
     r"(?:youve|you have) earned (?:a |an )?(?:free|dollar \d+|pound \d+|\d+ (?:points|stars))|"
     r"(?:load|activate|use) (?:your )?(?:offers?|points|rewards?) in (?:the|our) (?:\w+ )?app|"
     r"(?:power|service|electricity|gas) (?:has been|is) restored|"
     r"open (?:the|our) (?:\w+ )?app to (?:redeem|claim|use|see)|(?:reward|offer|coupon|points?) is (?:ready|"
     r"waiting|available) in (?:the|our|your) (?:\w+ )?app|enter in store (?:or online)?|"
     r"(?:vouchers|coupons|rewards|points) are ready to use|"
     r"(?:frozen|locked|blocked|cancell?ed) (?:\w+ ){0,3}as you (?:requested|asked)|prescription (?:\w+ ){0,3}is ready "
     r"for (?:pickup|collection)|\d+ points? reward is waiting|"
     r"(?:with|using) your (?:\w+ )?app reward|"
     r"(?:use|redeem|claim|spend) (?:it |them |this )?(?:at checkout|in store|(?:on|with) your next "
     r"(?:purchase|order|visit)|in (?:the|our) (?:\w+ )?app)"),
    ("legit_sms_footer", "legit", -1.0, "carries the carriers' required footer for honest "
     "bulk texts", r"msg (?:and )?data rates may apply|message and data rates"),
    # --- fees, crypto and task scams ------------------------------------------------------
    ("pay_fee", "smishing", 1.0, "asks for a small fee, fine or toll by text",
     r"(?:fee|charge|duty|postage|shipping|toll|fine|penalty)s? (?:of |is |due |now )?"
     r"(?:dollar |pound |euro |eur |usd |gbp )\d+|(?:pay|settle) (?:the |a |only |just )?"
     r"(?:dollar |pound |euro )\d+"),
    ("crypto_lure", "smishing", 1.0, "crypto rewards, wallets or task commissions",
     r"usdt|btc|crypto (?:wallet|reward|airdrop)|connect (?:your )?wallet|airdrop|(?:mining|"
     r"staking) (?:reward|pool|income)|(?:trading|vip) signals|(?:combo|next|daily) tasks?|"
     r"tasks? (?:account|commission)|commission|"
     # the stock-tip group that opens the investment con: "members who followed made 18 percent in two days"
     r"(?:members|people|everyone|those) who (?:followed|joined|copied)(?: \w+){0,4} (?:made|earned|gained|got)|"
     r"(?:stock|share|trading|investment|crypto) (?:sharing |picks? |signals? )?(?:group|club|masterclass|class)"),
    # The reversal con: a stranger "sent it by mistake" (often after a fake receipt) and wants it sent
    # back by hand; a real mistaken transfer is reversed by the bank or the wallet, not by the reader.
    ("reversal_plea", "tactic", 2.5, "a stranger's 'mistaken' transfer to send back by hand",
     r"(?:sent|send|transferred) (?:you |to your (?:number|account|wallet) )?(?:\w+ ){0,4}(?:by mistake|by accident|wrongly|to the "
     r"wrong (?:number|account)|instead of (?:dollar |pound |euro )?\d+)(?: \w+){0,14} (?:send|return|refund|reverse|"
     r"transfer) (?:it|them|the money|the "
     r"amount)? ?back|"
     # "i just sent you 2350 ... i typed one digit wrong, kindly send it back"; "nimekutumia 1000 by mistake ... nirudishie"
     r"typed (?:one|a|the last) digit wrong(?: \w+){0,8} (?:send|return|refund|reverse) (?:it )?back|by mistake(?: \w+){0,10} "
     r"(?:nirudishie|nirudishe|rudisha|nitumie)\b|"
     # ... in Swahili and Taglish: "nimekutumia pesa kimakosa ... nirudishie", "nagkamali po ako ng send ... ibalik"
     r"kimakosa(?: \w+){0,10} (?:nirudishie|rudisha|nitumie)|nagkamali (?:\w+ ){0,3}(?:send|padala)(?: \w+){0,20} "
     r"ibalik|"
     # "i mistakenly transferred n20 000 to your account ... kindly help me return it", "napadala ko sa inyo by
     # mistake, pakibalik", "galti se aapke number pe bhej diye ... wapas kar dijiye"
     r"(?:mistakenly|accidentally|erroneously) (?:sent|transferred)(?: \w+){0,12} (?:return it|send it back|reverse it|"
     r"refund it)|by mistake(?: \w+){0,8} pakibalik|galti se(?: \w+){0,10} (?:wapas|vapas)|"
     # money that needs the reader's pin to arrive: "funds pending, dial ... and enter your pin to accept"
     r"enter your (?:pin|mpin|m pin) to (?:accept|receive|claim|collect|release)"),
    ("task_deposit", "tactic", 1.5, "wants a deposit before earnings can be unlocked or "
     "withdrawn",
     # the task scam's "lucky order": a negative balance that a top-up "releases"
     r"lucky (?:order|combo)|once you (?:recharge|top up)(?: \w+){0,6} (?:released|unlocked|withdraw\w*)|"
     # a stablecoin top-up: "recharge 50 usdt to your work account" (an exchange's receipt says "deposited")
     r"(?:recharge|top up|topup)(?: \w+){0,2} (?:usdt|usdc)\b|"
     # "dont worry about the negative balance, thats a premium product", "new members minimum top up is 100 usdt"
     r"negative balance(?: \w+){0,12} (?:premium|lucky|combo|profit|commission)|(?:premium|lucky|combo)(?: \w+){0,12} "
     r"negative balance|(?:minimum|min) (?:top up|recharge|deposit)(?: \w+){0,3} (?:\d+ )?usdt|"
     r"(?:recharge|top up|deposit|pay) (?:\w+ ){0,4}(?:to (?:unlock|withdraw|continue (?:the |your |"
     r"with )?(?:next )?(?:tasks?|orders?|work|withdrawal)|release|"
     r"activate)|before (?:you can )?withdraw)|(?:unlock|release) (?:the |your )?(?:next )?"
     r"(?:combo )?(?:task|withdrawal|commission|profits?|earnings|funds)|"
     # the platform's price for the profits: "withdrawals require a credit score of 100, restore it with a deposit",
     # "babe just pay the tax, i paid 14k when i took out my first profit"
     r"withdrawals? (?:require|requires|need|needs)(?: \w+){0,6} (?:deposit|tax|fee|score|credit score)|"
     r"restore (?:your|the) credit score|pay the tax(?: \w+){0,12} (?:profit|profits|withdraw\w*)|"
     r"(?:add|deposit|put in) (?:\w+ ){0,2}more (?:and )?(?:you can )?(?:join|unlock|reach|upgrade to) the vip"),
    ("sms_mobile_offer", "smishing", 1.0, "a handset, tariff or content offer",
     # the ringtone club's weekly list: "new tones this week", "to order follow the instructions"
     r"(?:new|weekly|latest|top|polyphonic|cool)(?: \w+)? tones?|tones? (?:are|r) (?:ready|here)|"
     r"to order (?:follow|reply|txt|text|send)|mobile club|"
     r"ringtones?|tones|polys?|wap|java games|camera phone|video ?phone|line rental|"
     r"latest (?:nokia|motorola|mobile|colour|camera)|camcorder|bluetooth|anytime (?:any )?"
     r"(?:network )?mins|(?:double|free|extra) (?:mins|minutes|txts|texts)|mobile update|"
     r"upd8|(?:un ?redeemed|bonus|loyalty) points|identifier code|account statement for|mobile "
     r"(?:club|content|music|service|games?)|premium (?:\w+ )?(?:games?|content|rate|service|"
     r"tones?)|credits? (?:have|has) been (?:topped|added)|renewal pin|(?:games?|tones?|"
     r"wallpapers?|animations?|videos?) (?:for|to|on) (?:your|ur) (?:mobile|phone)"),
    ("sms_keyword", "smishing", 1.2, "asks to text back a keyword in capitals (subscribes or bills)",
     r"smskeyword \w+"),
)
