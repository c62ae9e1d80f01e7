"""The same evidence in romanised Hindi and Urdu: what robocalls to South Asian households say.

Scam calls to Indian and Pakistani families in the US, the UK and Canada switch between
English and Hindi or Urdu in one breath ("aapka passport block kar diya gaya hai,
verification ke liye ek dabaiye"), and so do the honest callers they mimic (consulates,
relatives, temples, banks).  Speech recognition writes those words in Latin letters, spelled
several ways ("dabaiye", "dabayein").  Each entry adds phrases of the same meaning to the
English signal of the same key in ``_signals``, as ``_signals_es`` does for Spanish: "block
kar diya gaya hai" weighs as "has been blocked", "kisi ko mat batana" as "don't tell anyone".

Patterns match the normalised text and describe the behaviour (a key to press, a threat, a
secret, a deposit "chahiye"), never one campaign's words.
"""

from __future__ import annotations

__all__ = ["HINDI_URDU"]

_KEY = r"(?:ek|do|teen|char|chaar|paanch|panch|nau|shunya|\d)"
_PRESS = rf"{_KEY} (?:dabaiye|dabayein|dabaye|dabaen|dabaayen|dabao|dabaiyega|press (?:karein|karen|kare|karo|kijiye))"
_TELL = r"(?:batana|batao|bataiye|bataana|bataye|batayein)"

HINDI_URDU: dict[str, str] = {
    # --- threats and their consequences ---------------------------------------------------
    "legal_threat": (
        r"legal notice (?:jaari|jari)|(?:warrant|notice|fir|case) (?:jaari|jari|darj) (?:kiya|ki|ho)|"
        r"(?:hamari|police ki) custody (?:mein|me)|giraftar|giraftari|irregularit(?:y|ies) (?:mili|payi|paayi)"),
    "suspension_threat": (
        r"(?:block|band|cancel|suspend|freeze) kar (?:diya|dia) (?:gaya|jayega|jaega)|"
        r"(?:block|band|cancel|suspend|freeze) ho (?:jayega|jaega|jayegi|jaegi)"),
    "consequence": r"warna (?:\w+ ){0,4}(?:ho jayega|ho jaega|hoga|cancel|band|block|arrest|giraftar)",
    "urgency": r"jaldi (?:se )?(?:call|karo|karein|kijiye|bhejo)|turant|aaj hi (?:call|settle|bhejo|jama)",
    # --- the ask ----------------------------------------------------------------------------
    "robocall": _PRESS,
    "press_to_act": _PRESS,
    "advance_fee": (
        r"(?:deposit|fee|fees|advance|paise|paisa|payment|jurmana|fine) (?:\w+ ){0,2}(?:chahiye|dena (?:hoga|padega|"
        r"hai)|bharna (?:hai|hoga|padega)|jama (?:karna|karein|karo|kijiye))"),
    "callback_demand": (
        r"(?:isi|is) number (?:pe|par) call (?:karna|karo|karein|kijiye)|call back (?:karo|karein|kijiye|karna)"),
    "secrecy": rf"(?:kisi ko|ghar (?:mein|pe|par) (?:kisi ko )?|family (?:mein|me) (?:kisi ko )?|papa ko|mummy ko|"
               rf"uncle ko|abbu ko|ammi ko) (?:mat|na|nahi) {_TELL}",
    # --- a relative in trouble on a new number ----------------------------------------------
    "family_emergency": (
        r"naye number se (?:call|baat)|(?:mera|meri) (?:phone|mobile) (?:kharab|kho|toot|chori) (?:ho )?gaya|"
        r"pehchana (?:nahi|kya)|(?:phas|phans|fas|fans) gaya (?:hoon|hu|hun|hai)|accident ho gaya"),
    # --- a prize on a private app -----------------------------------------------------------
    "prize": r"(?:lottery|inaam|inam|lucky draw)(?: \w+){0,6} (?:jeeta|jeete|jeeti|laga|lagi|nikla|nikli)",
    "off_platform": r"whatsapp (?:par|pe) (?:sampark|message|call|baat)",
    # --- what honest callers say ------------------------------------------------------------
    "legit_no_ask": r"(?:kabhi|kabhie) (?:bhi )?(?:aapka |aapse )?(?:pin|otp|cvv|password) (?:nahi|nahin) "
                    r"(?:maang|poochh|puchh)",
    "legit_appointment": r"appointment (?:le kar|lekar|leke) (?:aa|aaiye|aayen|aa jayen)",
}
