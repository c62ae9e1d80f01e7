"""SMS-only evidence: links, short codes, premium numbers and bulk-marketing vocabulary.

These rows become ``Signal`` objects with ``channel="sms"`` in ``_signals`` (kept here, as
plain tuples, so each module stays short and there is no import cycle).  A call transcript
never fires them: "www" or "reply stop" in a voicemail means nothing, in an SMS it is the
call to action.  Patterns match ``_normalize.normalize`` output like every other signal.
"""

from __future__ import annotations

__all__ = ["SMS_ROWS"]

# (key, family, weight, description, pattern)
SMS_ROWS: tuple[tuple[str, str, float, str, str], ...] = (
    ("link", "smishing", 1.2, "contains a web link", r"https?|www|\w+ dot (?:com|net|org|co|"
     r"uk|us|info|biz|xyz|top|ly|io|me|cc|tk|ml|ga|cf|gq|online|site|club|shop|live|link|app|"
     r"vip|gd|gl|ws|mobi|tv)"),
    ("shortener", "smishing", 1.0, "hides the link behind a URL shortener",
     r"(?:bit|tinyurl|goo|ow|cutt|rb|shorturl|rebrand|tiny|is|t|s) dot (?:ly|com|gl|co|gd|cc)"),
    ("shortcode", "smishing", 2.8, "asks to text a keyword to a short code",
     r"(?:txt|text|send|reply|sms)\w* (?:[a-z0-9]+ ){0,12}to (?:no )?\d{4,6}"),
    ("premium_number", "smishing", 2.8, "gives a premium-rate or marketing phone number",
     r"09\d{8,9}|08[47]\d{7,9}|0800 ?\d{3,7}|0808 ?\d{3,7}|0845|0870|0871|0906|0905"),
    ("money_offer", "smishing", 1.0, "names a cash sum, a per-minute rate or free minutes",
     r"pound \d+|\d+ pounds?|dollar \d+|euro \d+|\d+p (?:per|a)|\d+ ?ppm|\d+p|per (?:min|msg|"
     r"week|wk|txt)|\d+ (?:free|extra) (?:texts?|minutes?|mins|txts)|cash (?:prize|award|"
     r"balance|bonus|reward)|\d+ cash"),
    ("free_offer", "smishing", 1.0, "offers something free",
     r"free (?:entry|msg|message|ringtone|tone|camera|phone|gift|trial|mobile|text|texts|"
     r"call|calls|minutes|mins|nokia|video|sim|upgrade|delivery|voucher|sample|\d+)|"
     r"freemsg|freephone|free2day|for free"),
    ("marketing", "smishing", 1.2, "reads like bulk marketing (opt-out, T&Cs, subscriptions)",
     r"unsubscribe|opt ?out|(?:reply|text|txt|send) (?:stop|end|unsub|out|quit)|"
     r"std (?:ntwk|network|net|txt|text|msg|sms|rate)|(?:ntwk|network) (?:chg|chgs|charges?)|"
     r"msgs? (?:cost|cst|charged)|(?:charged|costs?) (?:at )?\d+p|stop to (?:end|opt|unsubscribe|cancel|"
     r"quit|stop)|t and c|t cs|tcs|terms (?:and conditions )?apply|po ?box|box ?\d+|"
     r"(?:18|16) ?(?:\+|only)|over 18s|customer (?:service|care|services|loyalty)|cust ?care|"
     r"subscription|subscriber|ringtones?|polyphonic|poly|wallpaper|valid (?:\d+|for|until)|"
     r"(?:offer|deal) (?:ends|expires|valid)|mobile (?:number|no) (?:has been|"
     r"was)|network customer|valued customer|helpline"),
    ("sms_prize_words", "smishing", 1.0, "uses prize-draw vocabulary",
     r"prize|winner|won|wins?|award|awarded|claim|guaranteed|selected|lucky|bonus|jackpot|"
     r"draw|reward|voucher|vouchers|entitled|congrats|congratulations"),
    ("sms_call_to_action", "smishing", 1.0, "pushes to call, text or reply right now",
     r"(?:call|ring|dial|text|txt|reply|rply|send) (?:now|today|back (?:now|with)|free|"
     r"with (?:the word|yes|win))|(?:from|on) (?:a |your )?land ?line|live operator|"
     r"(?:call|ring|text|txt|reply) (?:\w+ ){0,3}(?:asap|immediately|now)|(?:reply|text|txt|send)"
     r"(?: back)? (?:with )?(?:your |ur )?(?:name|age|gender|star sign|club|team|the word|"
     r"yes for|no to)|(?:you have|there is) (?:\d+|a|one) (?:new )?(?:voicemail|voice "
     r"message|message|messages) (?:waiting|awaiting|call|please)|(?:message|messages|"
     r"voicemail|prize|award) (?:awaiting|waiting) (?:your )?(?:collection|for you)|"
     r"missed call alert|(?:reply|text|whatsapp|message) (?:\w+ ){0,3}to apply|correct or "
     r"incorrect|answer (?:\d+|five|three|these|our|the) (?:simple |easy )?(?:questions?|quiz)|"
     r"(?:send|reply|txt|text) (?:a b or c|a or b)|(?:reply|text|txt|send)(?:ing)? \w+ (?:to "
     r"(?:join|start|begin|order|subscribe|play|enter|claim|receive|get|download)|and (?:take|"
     r"answer|win|get))"),
    ("sms_adult", "smishing", 1.5, "dating or adult chat-line bait",
     r"dating (?:service|network|site)|horny|(?:hot|sexy) (?:pic|pics|babes|chat|singles|girls|"
     r"video|videos)|fancies you|secret admirer|someone (?:you know )?(?:has )?(?:contacted|"
     r"likes|fancies)|(?:chat|date) line|singles in your area|dogging|explicit|porn|filthy|"
     r"(?:xxx|sexy|hot|naughty|rude) (?:pics?|pix|videos?|vids?|stories|time|girls|chat|"
     r"bitch|singles)|(?:sex|adult) (?:chat|line|content|parties)|"
     r"get chatting|(?:chat|talk) (?:to|with) (?:\w+ )?(?:girls|guys|singles|locals|ladies)|"
     r"psychic|tarot|horoscopes?|(?:txt|text|send|reply) (?:girl|boy|bloke|guy|babe|date|chat|"
     r"hot|xxx|sexy)"),
    ("sms_short_code", "smishing", 1.5, "names a five-digit short code (premium texts)",
     r"(?<![0-9] )[0-9]{5}(?! [0-9])"),
    ("cheap_domain", "smishing", 1.2, "links to a throwaway or look-alike domain",
     r"\w+ (?:\w+ )?dot (?:top|xyz|info|click|online|site|live|shop|vip|icu|cc|tk|ml|ga|cf|gq|"
     r"buzz|cyou|sbs|rest|cfd|bond|life|support|help|services)|(?:usps|ups|fedex|dhl|paypal|"
     r"amazon|apple|chase|wells|ezpass|e zpass|toll|dmv|irs|netflix|bank|post) \w+ dot (?:com|net|"
     r"org|us|co)"),
    ("fine_due", "smishing", 1.5, "a toll, parking or DMV fine to pay by link",
     r"(?:unpaid|outstanding|overdue) (?:toll|tolls|parking|fine|fines|ticket|invoice|balance)|"
     r"toll (?:balance|charges?|violation|notice|fee)|(?:ez ?pass|e zpass|fastrak|sunpass|dmv|"
     r"motor vehicles) (?:\w+ ){0,6}(?:fine|penalt\w+|suspen\w+|unpaid|fee|due)|late fee of"),
    ("sms_job", "smishing", 1.2, "a job offer by text: daily pay, part time, reply to apply",
     r"part ?time (?:job|work|position|remote)|(?:daily|per day|a day) (?:salary|pay|income|wage)|"
     r"(?:earn|salary of|pay of) (?:dollar |pound )?\d+ (?:\d+ )?(?:a|per) (?:day|hour)|hiring now|"
     r"recruit\w* (?:remote|online|part)|whatsapp (?:me|us)"),
    ("sms_mobile_offer", "smishing", 1.0, "a handset, tariff or content offer",
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
