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
# ("dabayen", "dabaiye": Devanagari "दबाएँ", "दबाइए" as ``_scripts`` writes them)
_PRESS = (rf"{_KEY} (?:dabaiye|dabayein|dabayen|dabaye|dabaen|dabaayen|dabao|dabaiyega|"
          r"press (?:karein|karen|kare|karo|kijiye))")
_TELL = r"(?:batana|batao|bataiye|bataana|bataye|batayein)"

HINDI_URDU: dict[str, str] = {
    # --- threats and their consequences ---------------------------------------------------
    "legal_threat": (
        r"legal notice (?:jaari|jari)|(?:warrant|notice|fir|case) (?:jaari|jari|darj) (?:kiya|ki|ho)|"
        r"(?:hamari|police ki) custody (?:mein|me)|giraftar|giraftari|irregularit(?:y|ies) (?:mili|payi|paayi)|"
        # "aapke passport mein samasya pai gai hai" (a problem found in your passport), as the English row reads
        # "a problem with your visa documents"
        r"(?:passport|visa|aadhaar|pan card|documents?) (?:\w+ ){0,2}(?:mein|me) (?:\w+ ){0,2}"
        r"(?:samasya|gadbadi|dikkat|problem|irregularit(?:y|ies)) (?:pai|payi|paayi|mili|aayi|aai) (?:gai|gayi|hai|hain)"),
    "suspension_threat": (
        r"(?:block|band|cancel|suspend|freeze|radd) kar (?:diya|dia) (?:gaya|jayega|jaega)|"
        r"(?:block|band|cancel|suspend|freeze|radd) ho (?:jayega|jaega|jayegi|jaegi)|"
        # ... and "may be" cancelled ("aapka visa radd ho sakta hai"; not a shop that "band ho sakti hai")
        r"(?:block|cancel|suspend|freeze|radd) ho (?:sakta|sakti) hai"),
    "consequence": r"warna (?:\w+ ){0,4}(?:ho jayega|ho jaega|hoga|cancel|band|block|arrest|giraftar)",
    "urgency": r"jaldi (?:se )?(?:call|karo|karein|kijiye|bhejo)|turant|aaj hi (?:call|settle|bhejo|jama)",
    # --- the ask ----------------------------------------------------------------------------
    "robocall": _PRESS,
    "press_to_act": _PRESS,
    "advance_fee": (
        r"(?:deposit|fee|fees|advance|paise|paisa|payment|jurmana|fine) (?:\w+ ){0,2}(?:chahiye|dena (?:hoga|padega|"
        r"hai)|bharna (?:hai|hoga|padega)|jama (?:karna|karein|karo|kijiye))|"
        # the prize's or the refund's fee: "inaam paane ke liye fees jama karni hogi" (not a school's "fees jama
        # karni hai")
        r"(?:inaam|inam|lottery|prize|refund|loan|paise|paisa|rakam)(?: \w+){0,4} (?:lene|paane|pane|nikalne) ke liye "
        r"(?:\w+ ){0,2}(?:fee|fees|tax|charge|deposit|jurmana|shulk) (?:\w+ )?(?:jama|bharni|bharna|deni|dena) "
        r"(?:karni |karna )?(?:hogi|hoga|padegi|padega|hai)"),
    "callback_demand": (
        r"(?:isi|is) number (?:pe|par) call (?:karna|karo|karein|kijiye)|call back (?:karo|karein|kijiye|karna)|"
        r"(?:turant|jaldi|abhi) (?:hamein |humein |hume )?call (?:karein|karen|kare|karo|kijiye)"),
    "secrecy": rf"(?:kisi ko|ghar (?:mein|pe|par) (?:kisi ko )?|family (?:mein|me) (?:kisi ko )?|papa ko|mummy ko|"
               rf"uncle ko|abbu ko|ammi ko) (?:mat|na|nahi) {_TELL}",
    # the PIN or the password asked on the call ("apna upi pin bata dijiye"; not a delivery's door otp, which real
    # couriers in India ask for), a QR scanned with the PIN to "receive" money ("qr code scan kijiye ... pin daaliye,
    # cashback turant account mein"), an app to install ("aap ek app download kijiye", to "update" a bill or a meter)
    "code_demand": (
        r"(?:pin|password|cvv)(?: \w+){0,6} (?:bata dijiye|bata do|batao|bataiye|bol dijiye|bolo|share kijiye|share "
        r"karo|share kar dijiye|de dijiye|bhej dijiye)|(?:scan|qr code)(?: \w+){0,12} (?:pin|upi pin) (?:daaliye|daliye|"
        r"dalo|daal dijiye|enter kijiye|enter karo)\b"),
    "remote_access": (
        r"(?:ek |yeh |ye |is )?(?:app|application|apk) (?:download|install) (?:kijiye|karo|kariye|karein|karna (?:hoga|"
        r"hai|padega)|kar lijiye|kar dijiye)"),
    # the light cut tonight: "aaj raat saadhe nau baje aapki light kaat di jayegi"
    "utility_cutoff": (
        r"(?:light|bijli|connection|meter|line)(?: \w+){0,4} (?:kaat|kat|kaati|kati) (?:di|diya|de|dee) (?:jayegi|jayega|"
        r"jaegi|jaega|jaayegi|jaayega|jaati|jata)|(?:light|bijli|connection) (?:kaat|kat) (?:denge|denge aaj)"),
    # the "mistaken" transfer to send back: "galti se das hazaar rupaye chale gaye ... wapas kar dijiye"
    "wrong_send": (
        r"galti se(?: \w+){0,6} (?:chale gaye|chala gaya|bhej diye|bhej diya|aa gaye|aa gaya|transfer ho gaye)(?: \w+){0,12} "
        r"(?:wapas|vapas|waapas) (?:kar dijiye|kar do|karo|bhej dijiye|bhej do|kijiye)"),
    # --- a relative in trouble on a new number ----------------------------------------------
    "family_emergency": (
        r"naye number se (?:call|baat)|(?:mera|meri) (?:phone|mobile) (?:kharab|kharaab|kho|toot|chori) (?:ho )?gaya|"
        # "yeh mera naya number hai", as "this is my new number"
        r"(?:yeh|ye|yah) (?:mera |meri )?naya number (?:hai|he)|"
        r"pehchana (?:nahi|kya)|(?:phas|phans|fas|fans) gaya (?:hoon|hu|hun|hai)|accident ho gaya"),
    # --- a prize on a private app -----------------------------------------------------------
    "prize": r"(?:lottery|inaam|inam|lucky draw)(?: \w+){0,6} (?:jeeta|jeete|jeeti|laga|lagi|nikla|nikli)",
    "off_platform": r"whatsapp (?:par|pe) (?:sampark|message|call|baat)",
    # --- what honest callers say ------------------------------------------------------------
    "legit_no_ask": r"(?:kabhi|kabhie) (?:bhi )?(?:aapka |aapse )?(?:pin|otp|cvv|password)(?: (?:ya|aur) "
                    r"(?:pin|otp|cvv|password))? (?:nahi|nahin) (?:maang|poochh|puchh)",
    "legit_appointment": r"appointment (?:le kar|lekar|leke) (?:aa|aaiye|aayen|aa jayen)",
}
