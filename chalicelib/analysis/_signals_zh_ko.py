"""The same evidence in romanised Chinese and Korean: what robocalls to Chinese- and Korean-speaking households say.

Scam robocalls to Chinese families abroad speak Mandarin or Cantonese ("zhe li shi zhongguo
lingshiguan, nin you yi fen zhongyao wenjian, qing an yi"), those to Korean families speak
Korean ("geomchalcheong imnida, myeongui-ro daepo tongjang-i gaeseol doeeotsseumnida, il-beon-eul
nureuseyo"), and so do the honest callers they mimic (pharmacies, clinics, banks' own card
alerts, consulates, relatives).  Speech recognition writes those words in Latin letters: pinyin
with its tone marks folded away, spelled joined or syllable by syllable ("gong'an ju" reads
"gongan ju", "kou liu" and "kouliu"), Cantonese in ad hoc spellings ("cheng gam yat"), Korean in
Revised Romanization with hyphens that become spaces ("il beon eul nureuseyo").  Each entry adds
phrases of the same meaning to the English signal of the same key in ``_signals``, as
``_signals_es`` and ``_signals_hi`` do: "baoguo bei haiguan kouliu" weighs as "your parcel is held
by customs", "bu yao gaosu bieren" as "don't tell anyone", "gyejwa dongyeol" as "your account will
be frozen".

Patterns match the normalised text and describe the behaviour (a key to press, a warrant, a
parcel held at customs, an account frozen, a relative in trouble whose lawyer will ring, a
secret, a fee before money is freed), never one campaign's words.  ``_j`` lets a romanised word
be spelled whole or syllable by syllable.

The robocalls of 2020-26 to households in the US, Canada, the UK and Australia add their own
shapes, read here as their English twins: the consulate's important document "shangwei lingqu"
(not yet collected) or the passport "cunzai wenti", "used in a crime" ("yeogwon-i beomjoe-e
iyong-doen"), the case "handed to the police" ("yi jiao gong an ji guan", Korean "geomchal-lo
icheop"), the listener "listed as a suspect"; a parcel with "passports and bank cards" inside, Korean
customs duty unpaid and the parcel "pyegi" (disposed of); a card used "hoi ngoi" (abroad) that "m hai
nei bun jan" (was not you), Korean "bujeong sayong" and "georae jeongji"; an ID "mao yong" to open an
account; the live transfer without a key ("wei nin zhuanjie ban an jingguan", "damdangja-ga
yeongyeol-doemnida"), "qing wu gua ji", "kkeunji malgo", "qing wu xiang renhe ren toulu".  Written in
Chinese characters these calls lose every word outside ``_scripts``' vocabulary ("请勿向任何人透露"
reads "qing wu renhe ren", "也不要跟家人讲" reads "ye bu yao jiaren"), so those phrases are read
with their verbs gone too.  Their honest twins say something of their own: a key "to reschedule"
("gaiqi qing an 2"), a card alert's "if you made it, press 1" ("bonin-i sayonghasin gyeongu"), a
library's overdue notice.
"""

from __future__ import annotations

import re

__all__ = ["CHINESE_KOREAN"]


def _j(words: str) -> str:
    """A romanised word written syllable by syllable ("gong an ju") that speech recognition
    also writes joined ("gonganju", "gongan ju"): the spaces become optional."""
    return re.sub(r" ", " ?", words)


# --- keys: Mandarin "qing an yi (hao jian)", Cantonese "cheng gam yat", Korean "il beon eul nureuseyo"
_ZH_KEY = r"(?:yi|er|san|si|wu|liu|qi|ba|jiu|ling|yao|\d)"
_YUE_KEY = r"(?:yat|jat|yi|ji|saam|sam|sei|ng|luk|chat|baat|gau|gow|ling|\d)"
_KO_KEY = r"(?:il|i|sam|sa|o|yuk|chil|pal|gu|gong|yeong|\d)"
# ("qing nin mashang an yi", "qing liji an 1": a word between; "an 1 zhuan(jie)": the key to a transfer;
# Cantonese "ceng on jat" and "cheng jik gam yat hou gin" in Jyutping-like spellings too)
_ZH_PRESS = (rf"(?:(?:qing|qin|ching) ?an {_ZH_KEY}(?: ?hao)?(?: ?jian)?|an {_ZH_KEY} ?hao ?jian|"
             rf"(?:qing|qin|ching)(?: nin| ni)?(?: li ?ji| ma ?shang| jin ?kuai| zai)? an {_ZH_KEY}(?: ?hao)?(?: ?jian)?|"
             rf"an {_ZH_KEY}(?= zhuan)|"
             rf"(?:cheng|ching|tsing|ceng|tseng)(?: jik| zik)? (?:gam|gum|kam|on|ngon) {_YUE_KEY}(?: ?hou| ?ho)?(?: ?gin)?)")
_KO_PRESS = rf"{_KO_KEY} ?(?:beon|bun|bon) ?(?:eul |ul )?(?:nu ?reu|nu ?leu|nu ?ru|nu ?reo|nul ?leo)\w*"
# what the key reaches: a person, a "service desk", the details of the matter
_ZH_AGENT = (r"(?:zhuan|zhuan ?jie|lian ?xi|yu|he|gen) (?:\w+ )?(?:ren ?gong|ke ?fu|fu ?wu ?ren ?yuan|gong ?zuo ?ren ?yuan|"
             r"jing ?guan|guan ?yuan|zhuan ?yuan|diao ?cha ?yuan|diao ?cha|ban ?an)|ren ?gong fu ?wu|cha ?xun|"
             r"liao ?jie (?:\w+ )?xiang ?qing|"
             # the key straight to "a specialist", "the investigator", or to "cooperate with the investigation"
             r"zhuan ?yuan|diao ?cha ?yuan|pei ?he (?:\w+ )?(?:diao ?cha|zhen ?cha)")
_ZH_BEFORE = (r"(?:xiang ?qing|xiang ?xi|liao ?jie|zi ?xun|cha ?xun|ren ?gong|ke ?fu|zhong ?wen|pu ?tong ?hua|guo ?yu|"
              r"guang ?dong ?hua|yue ?yu|ban ?li|chu ?li)")
_KO_AGENT = r"(?:sang ?dam ?won|sang ?dam ?sa|sang ?dam|yeon ?gyeol|jik ?won|ji ?gwon|dam ?dang ?ja)"
# a recording cut right after its lead-in: "sangdam-eul wonhasimyeon" (if you'd like to speak to a counselor)
_KO_CUT = (r"(?:sang ?dam ?(?:eul |ul )?won ?ha ?si ?myeon|sang ?dam ?won ?(?:eu ?ro )?yeon ?gyeol ?(?:eun|eul|"
           r"ha ?si ?ryeo ?myeon)?)$")
# a parcel, a courier's item, luggage
_PARCEL = _j(r"(?:bao guo|kuai di|you jian|huo wu|xing li|baau gwo|bau gwo|taek bae|so po|u pyeon mul|u pyeon|mul pum)")
# don't tell: Mandarin "bu yao / bie / qian wan bie gao su", Korean "malhaji ma(seyo)"
_ZH_DONT = r"(?:bu ?yao|bie|bu ?neng|qian ?wan (?:bie|bu ?yao)|qing ?wu|qie ?wu)"
_KO_DONT_TELL = r"(?:mal ?ha ?ji|mar ?ha ?ji|yae ?gi ?ha ?ji|al ?li ?ji) ?(?:ma|mal ?go|ma ?se ?yo|ma ?sip ?si ?o)\b"
_KIN = _j(r"(?:bie ren|ren he ren|jia ren|jia li ren|qin ren|peng you|ba ba|ma ma|ba ma|fu mu|lao gong|lao po|er zi|"
          r"nv er|nu er|yin hang|jing cha)")
# gift cards: "gouwuka", "Google ka", Korean "gugeul peullei kadeu", "sangpumgwon"
_GIFT_CARD = _j(r"(?:li pin ka|gou wu ka|cong zhi ka|apple ka|google ka|google play ka|sang pum gwon|gi peu teu ka deu|"
                r"gu geul ka deu|gu geul peul lei ka deu|gu geul peul le i ka deu|gu geul peul lei|ai tun seu ka deu|"
                r"a ma jon ka deu|seu ti m ka deu)")
_KO_KIN = _j(r"(?:a mu|nu gu|eom ma|ap pa|eo meo ni|a beo ji|ga jok|eun haeng|nam pyeon|a nae|ha ra beo ji|hal meo ni)")

CHINESE_KOREAN: dict[str, str] = {
    # --- the police, the procuratorate and the consulate: a case, a warrant, a passport held ----------
    "legal_threat": (
        # the embassy or consulate joined as one word ("lingshiguan", "dashiguan"), as the English row
        # reads it spelled apart; in Cantonese "ling si gun", "daai si gun"
        _j(r"(?:da shi guan|ling shi guan|zong ling guan|ling guan|ling si gun|daai si gun|dai si gun)") + "|"
        # the ID card, passport or account "involved in a case", money laundering, a warrant, wanted
        + _j(r"(?:shen fen zheng|hu zhao|yin hang ka|zhang hu|ni|nin)") + r"(?: \w+){0,3} "
        + _j(r"(?:she an|she xian)") + "|" + _j(r"she ji") + r" (?:\w+ ){0,3}" + _j(r"an jian") + "|" + _j(r"xi qian")
        + r" (?:\w+ )?" + _j(r"(?:an|an jian|fan zui)") + "|"
        + _j(r"(?:dai bu ling|tong ji ling|ju liu|xing shi ju liu|xing shi ze ren|"
              r"fa chu dai bu|bei tong ji|li an zhen cha|li an diao cha|fei fa ji zi)") + "|"
        + _j(r"pei he") + r" (?:\w+ )?" + _j(r"(?:diao cha|zhen cha)") + "|"
        # the case "handed to the police" ("yi jiao gei gong an ji guan", "zhuan jiao jing fang"), the listener
        # "listed as a suspect" ("bei lie wei xian yi ren")
        + _j(r"(?:yi jiao|zhuan jiao|jiao gei|yi song)") + r"(?: gei)? (?:\w+ ){0,2}"
        + _j(r"(?:gong an ju|gong an ji guan|gong an|jing fang|jian cha yuan|fa yuan)") + "|"
        + _j(r"(?:lie wei|bei lie wei|lie ru|cheng wei)") + r" (?:\w+ ){0,2}" + _j(r"(?:xian yi ren|xian yi fan)") + "|"
        # the identity "used fraudulently" (an ID, a medical card, personal data), "bear criminal liability"
        + _j(r"(?:shen fen zheng|shen fen xin xi|ge ren xin xi|hu zhao|yi bao ka|yi liao ka|yi liao bao xian ka|zi liao|"
             r"jian kang ka|bao xian ka|ka hao|she an hao|she an hao ma|she hui an quan hao|she hui an quan hao ma)")
        + r"(?: \w+){0,3} (?:bei )?(?:\w+ )?" + _j(r"(?:dao yong|mao yong|ren mao yong|dao shua|fei fa shi yong)") + "|"
        # the social security number "suspended" ("nin de she an hao ma bei zan ting"), as in English
        + _j(r"(?:she an hao ma|she an hao|she hui an quan hao ma|she hui an quan ka)") + r"(?: \w+){0,2} (?:bei |yi bei |jiang bei )?"
        + _j(r"(?:zan ting|dong jie|zhu xiao|ting yong|feng suo)") + "|"
        # ... Medicare, Medicaid, a card number "bei (ren) mao yong", "bei fei fa" (used illegally)
        + r"(?:medicare|medicaid|" + _j(r"(?:yi bao ka|jian kang ka|ka hao|hu zhao|shen fen zheng)") + r")(?: \w+){0,2} bei "
        + r"(?:ren )?" + _j(r"(?:mao yong|dao yong|fei fa)") + "|"
        + _j(r"cheng dan") + r" (?:\w+ )?" + _j(r"(?:fa lv ze ren|fa lu ze ren|xing shi ze ren|xiang guan ze ren)") + "|"
        # the green card or visa file "has a problem" (a file with errors, as in English)
        + _j(r"(?:lu ka|qian zheng|yi min|shen fen)") + r"(?: \w+){0,3} " + _j(r"(?:zi liao|wen jian|dang an)")
        + r" (?:\w+ )?" + _j(r"you wen ti") + "|"
        # Korean: the prosecutor's office or police agency, a burner account opened in your name, a crime
        # you are "involved in", a warrant
        + _j(r"(?:geom chal cheong|geom chal chung|gum chal chung|geom chal|gyeong chal cheong|geum yung gam dok won|"
           r"geum yung gam do gwon)")
        + "|" + _j(r"(?:dae po tong jang|tae po tong jang)") + "|"
        # (one word with what it names: "seouljungangjigeom", "geumyungbeomjoe")
        + r"\w*(?:ji ?geom|ji ?bang ?geom ?chal ?cheong)|"
        + _j(r"(?:geum yung |sa gi )?beom joe") + r"(?: ?e)? (?:\w+ )?"
        + _j(r"(?:yeon ru|yeol lu|yeon lu|yeon rui|yeon ru ga|yeon ru doe|sa yong|i yong|do yong|ak yong)") + r"\w*|"
        # the case "sent on to the prosecution": "geomchal-lo icheop", "gyeongchal-e tongbo"
        + _j(r"(?:geom chal|gyeong chal|su sa gi gwan)") + r"(?: ?lo| ?ro| ?e| ?eu ?ro| ?cheong ?eu ?ro)? (?:\w+ )?"
        + _j(r"(?:i cheop|i gwan|go bal|su sa ui roe|tong bo)") + r"\w*|"
        # the passport "has a problem" or is "used in a crime": "yeogwon-e munje-ga balsaeng"
        + _j(r"(?:yeo gwon|bi ja|yeong ju gwon|sin bun jeung)") + r"(?: ?e| ?ui| ?e ?seo| ?i| ?ga)? (?:\w+ )?"
        + _j(r"mun je") + r"(?: ?ga)? (?:\w+ )?" + _j(r"(?:bal saeng|bal gyeon|hwa gin)") + r"\w*|" + _j(r"myeong ui") + r"(?: ?ro| ?ga)? ?(?:\w+ )?" + _j(r"(?:do yong|do yong doe)") + r"\w*|"
        + _j(r"(?:che po yeong jang|gu sok yeong jang|gu so gyeong jang|yeong jang (?:i )?bal bu|gu sok su sa|"
             r"che po doe)") + r"\w*"),
    "authority_ids": (
        # "wo shi Chen jingguan", a case number; the procuratorate and China's public security bureau,
        # which ring no one abroad; Korean "suhaksa", "susagwan", "sageon beonho"
        _j(r"(?:jian cha yuan|jian cha guan|jian cha ting|gong an ju|gong an bu|gong an ting|gong an ji guan)") + "|"
        r"wo shi (?:\w+ ){1,6}" + _j(r"(?:jing guan|jing cha|jian cha guan|fa guan|zhen cha yuan)") + "|"
        + _j(r"(?:an jian bian hao|an hao|jing hao|jing guan bian hao)") + "|"
        # "ban an jing guan", "ban an min jing": the officer "handling your case"
        + _j(r"ban an") + r" " + _j(r"(?:min jing|jing guan|ren yuan|jing cha)") + "|"
        + _j(r"(?:su hak sa|su sa gwan|su sa (?:ti|tim)|geom sa|sa geon beon ho)")),
    "suspension_threat": (
        # "your passport will be frozen", "the account has been suspended", Korean "gyejwa dongyeol"
        # "jiang zai liang xiaoshi hou tingji"; "hui" only in the passive ("hui bang nin zanting", a pause
        # done for the listener, is no threat), and "quxiao" (cancel) only in the passive too
        _j(r"(?:jiang|ji jiang|jiang zai|jiang yao)") + r"(?: \w+){0,5}? (?:bei )?"
        + _j(r"(?:dong jie|zan ting|zuo fei|zhu xiao|feng suo|ting yong|feng cun|ting ji)") + "|"
        + _j(r"(?:jiang|hui|ji jiang|jiang hui|ke neng hui|jiang yao)") + r"(?: \w+){0,3}? bei "
        + _j(r"(?:dong jie|zan ting|zuo fei|zhu xiao|feng suo|ting yong|feng cun|ting ji|qu xiao)") + "|"
        + _j(r"(?:hu zhao|qian zheng|zhang hu|zhang hao|yin hang ka|xin yong ka|ti kuan ka|lu ka|shou ji hao|shou ji ka|"
             r"dian hua ka|yi bao ka)")
        + r"(?: \w+){0,3} (?:bei )?"
        + _j(r"(?:dong jie|zan ting|zuo fei|qu xiao|zhu xiao|feng suo|ting yong)") + "|"
        # Cantonese "nei ge wu hau yi ging dung git jo" (your account has been frozen)
        + r"(?:wu ?hau|kaat|seon ?jung ?kaat|ngan ?hong ?kaat)(?: \w+){0,3} (?:dung ?git|zaam ?ting|ting ?yung)|"
        + _j(r"(?:gye jwa|kye jwa|tong jang)") + r"(?: ?ga| ?neun)? (?:\w+ )?"
        + _j(r"(?:dong yeol|dong gyeol|ji geup jeong ji|geo rae jeong ji)")
        + r"\w*|" + _j(r"(?:yeo gwon|hyu dae pon|beon ho|ka deu|geo rae|hyo ryeok)") + r"(?: ?i| ?ga)? (?:\w+ ){0,2}"
        + _j(r"(?:jeong ji|jeong ji doe|jeong ji dwae|mu hyo|cha dan|sang sil)") + r"\w*"),
    "consequence": (
        # "if you do not handle it today", "if you do not call back"; Korean "if you do not answer"
        _j(r"ru guo") + r" (?:\w+ ){0,2}(?:bu|mei ?you) " + _j(r"(?:chu li|hui dian|hui dian hua|hui fu|lian xi|"
                                                                 r"pei he|ban li)") + "|"
        + _j(r"(?:yeol lak|eung dae|hwa gin)") + r" ?ha ?ji an ?h?(?:eu ?si ?myeon|eu ?myeon|eu ?syeot)|"
        # "otherwise", "once overdue" it "will" affect your visa, freeze the account
        + _j(r"(?:fou ze|yu qi)") + r" (?:\w+ ){0,2}(?:jiang|hui|jiang hui) (?:\w+ )?"
        + _j(r"(?:ying xiang|bei|dong jie|zuo fei|zhu xiao|qu xiao|cheng dan|ju liu|dai bu|tong ji)") + "|"
        # Korean: the parcel "will be disposed of" ("pyegi cheoridoel su itseumnida")
        + _j(r"pye gi") + r" ?(?:" + _j(r"cheo ri") + r" ?)?(?:doel|doem|doep|dwel|ha ?ge|hal ?ye ?jeong)\w*"),
    "callback_demand": (
        # "qing nin jinkuai hui dianhua", "gei wo hui ge dianhua"; Korean "jeonhwa juseyo", "yeollak butakdeurimnida"
        # (not "gongzuo renyuan hui gei nin hui dianhua": the caller will ring back)
        r"(?:qing|ma ?fan|ji ?de)(?: ni| nin)?(?: jin ?kuai| ma ?shang| li ?ji)? hui ?(?:ge )?dian(?: ?hua)?\b|"
        + _j(r"(?:gei wo|gei wo men)") + r" hui (?:ge )?" + _j(r"dian hua") + "|"
        + _j(r"(?:jeon hwa|yeol lak|hoe sin)") + r" (?:jom )?" + _j(r"(?:ju se yo|ju sip si o|bu tak|ba lam ni da|"
                                                                        r"ba ram ni da)") + r"\w*"),
    "urgency": (
        _j(r"(?:jin kuai|li ji|ma shang chu li|jik hak)") + "|"
        + _j(r"(?:ji geum ba ro|geup hi|dang jang|jeuk si)") + "|"
        # "mashang peihe diaocha" (cooperate at once), Korean "ppareun hwagin baramnida" (check it quickly)
        + _j(r"ma shang") + r" " + _j(r"(?:pei he|lian xi|hui dian|zhuan zhang|ban li)") + "|"
        + _j(r"ppa reun") + r" (?:" + _j(r"(?:si il nae e|si il nae)") + r" )?" + _j(r"(?:hwa gin|yeol lak|cheo ri|hoe sin)")),
    "deadline": (
        _j(r"(?:jin tian|24 xiao shi|er shi si xiao shi|xiao shi) (?:zhi nei|nei|yi nei|wei zhi)") + "|"
        + _j(r"o neul (?:jung eu ro|an e|kka ji)")),
    # --- the key: "qing an yi", "cheng gam yat", "il beon eul nureuseyo" ---------------------------------
    "robocall": (
        rf"{_ZH_PRESS}|{_KO_PRESS}|an (?:yi|jiu)$|" + _j(r"han gu geo") + rf"(?: ?neun)? {_KO_KEY} ?beon"),
    "press_to_act": (
        rf"{_ZH_BEFORE}(?: \w+){{0,3}} {_ZH_PRESS}|(?:{_ZH_PRESS})(?: \w+){{0,2}} (?:{_ZH_AGENT})|(?:{_ZH_PRESS})$|"
        rf"{_KO_AGENT}(?: \w+){{0,3}} {_KO_PRESS}|{_KO_AGENT}(?: \w+){{0,3}} {_KO_KEY} ?beon(?: \w+)?$|"
        rf"{_KO_PRESS}(?: \w+){{0,2}} {_KO_AGENT}|"
        rf"{_KO_PRESS}$|{_KO_CUT}|qing an$|"
        # the live transfer without a key, as "a representative will be with you": "wo xianzai wei nin zhuanjie
        # ban an jingguan", "gongzuo renyuan jiang wei nin fuwu"; Korean "damdangja-ga yeongyeol-doeoni"
        + r"(?:(?:wei |bang |gei )?(?:nin |ni )?" + _j(r"zhuan(?: jie)?") + r") (?:gei )?(?:\w+ ){0,2}"
        + _j(r"(?:gong an ju|gong an|jing guan|jian cha yuan|jian cha guan|jing fang|fa guan)") + "|"
        + _j(r"(?:gong zuo ren yuan|ren gong|ke fu|zhuan yuan|jing guan)") + r"(?: \w+){0,2} (?:wei )?(?:nin|ni) "
        + _j(r"fu wu") + "|"
        + _j(r"(?:sang dam won|dam dang ja|su sa gwan|geom sa)") + r"(?: ?i| ?ga| ?gwa| ?kke| ?wa)? (?:\w+ )?"
        + _j(r"yeon gyeol") + r" ?(?:doe|dwae|hae|ha ?sim|ha ?sip|ha ?ge)\w*" + "|"
        # Korean "bonin hwagin-eul wihae 1-beon" (press 1 to verify it is you)
        + _j(r"bon in hwa gin") + rf"(?: ?eul)? (?:\w+ )?{_KO_KEY} ?beon"),
    # --- a parcel held at customs or returned -------------------------------------------------------------
    "parcel_problem": (
        # "nin de baoguo bei haiguan kouliu", Cantonese "baau gwo bei kau lau"
        rf"{_PARCEL}(?: \w+){{0,8}} (?:bei )?(?:{_j('hai guan')} )?"
        + _j(r"(?:kou liu|kou ya|cha kou|kou xia|zan kou|kau lau|kau lou)") + "|"
        + _j(r"hai guan") + r" (?:\w+ )?" + _j(r"(?:kou liu|kou ya|cha kou)") + "|"
        # the contents that make it a crime: passports, bank cards, drugs in your name
        rf"{_PARCEL}(?: \w+){{0,10}} " + _j(r"(?:fa xian|han you|nei you|li mian you|cang you|jia dai)")
        + r"(?: \w+){0,4} " + _j(r"(?:hu zhao|yin hang ka|xin yong ka|du pin|wei jin pin|wei jin wu pin|jia zheng jian|"
                                   r"ma yao)") + "|"
        # a parcel "suspected of" smuggling or of contraband
        rf"{_PARCEL}(?: \w+){{0,6}} " + _j(r"(?:she xian|she ji)") + r" (?:\w+ )?"
        + _j(r"(?:zou si|wei jin wu pin|wei jin pin|du pin|xi qian|fei fa)") + "|"
        # passports and bank cards found inside, however the words between drop out ("nei you shi yi huzhao he
        # san yinhangka", "baoguo ... shi er bu de huzhao he yinhangka"), forged ones ("wei zao de hu zhao")
        + r"(?:" + _PARCEL + "|" + _j(r"(?:nei you|li mian you|han you|fa xian|cha chu)") + r")(?: \w+){0,12} "
        + _j(r"hu zhao he") + r" (?:\w+ ){0,2}" + _j(r"(?:yin hang ka|xin yong ka)") + "|"
        rf"{_PARCEL}(?: \w+){{0,10}} " + _j(r"wei zao") + r" (?:de )?" + _j(r"(?:hu zhao|zheng jian|shen fen zheng)") + "|"
        # Cantonese: "m hap faat" (illegal) goods in the parcel
        rf"{_PARCEL}(?: \w+){{0,6}} (?:m|mm|ng) hap (?:faat|fat)|"
        # Korean: forged papers or drugs found in the parcel ("sopo ... wijo sinbunjeung-i balgyeon")
        rf"{_PARCEL}(?: \w+){{0,10}} " + _j(r"(?:wi jo|ga jja|ma yak|bul beop|geum ji mul pum)") + r"\w*|"
        # Korean: held at customs
        + _j(r"(?:se gwan|tong gwan)") + r"(?: ?e ?seo)? (?:\w+ )?" + _j(r"(?:bo ryu|ap su|geom yeok boryu)") + r"\w*"),
    "parcel_trouble": (
        rf"{_PARCEL}(?: \w+){{0,4}} (?:bei |ga |i )?" + _j(r"(?:tui hui|ban song|ban son|bo ryu|ju shou)") + r"\w*|"
        # an important document "not yet collected" (the consulate's pretext): "zhongyao wenjian shangwei lingqu";
        # Korean mail "upyeonmul-i ajik suryeong-doeji anatseumnida"
        + _j(r"zhong yao wen jian") + r"(?: \w+){0,2} (?:" + _j(r"(?:shang wei|hai mei you|mei you|wei)") + r" )"
        + _j(r"ling qu") + "|"
        rf"{_PARCEL}(?: \w+){{0,6}} " + _j(r"(?:su ryeong doe ji an|mi su ryeong|su ryeong ha ji an)") + r"\w*|"
        + _j(r"(?:wu fa song da|wu fa pai song|wu fa tou di|di zhi bu quan|di zhi you wu|di zhi cuo wu|"
              r"ju so bul myeong|ju so o ryu|ju so ga bul wan jeon|ju so ga bur wan jeon)")),
    # the lost parcel "compensated double": the refund scam's opening
    "owed_money": (
        rf"{_PARCEL}(?: \w+){{0,4}} " + _j(r"(?:diu shi|yi shi|sun huai|diu le)") + r"(?: \w+){0,8} "
        + _j(r"(?:li pei|pei chang|shuang bei pei|tui kuan)")),
    # --- the ask: a fee first, a "safe account", money moved for an audit --------------------------------
    "gift_card_demand": (
        # vouchers bought and their numbers read out: "gouwuka de kahao he mima", "sangpumgwon pin beonho"
        _GIFT_CARD + r"(?: \w+){0,4} " + _j(r"(?:ka hao|mi ma|pin beon ho)") + r"\w*|"
        # ... or the numbers on the back photographed and texted: "dwinmyeon beonho sajin jjigeo munja-ro"
        + _GIFT_CARD + r"(?: \w+){0,8} (?:" + _j(r"(?:dwin myeon|dwit myeon|bei mian)") + r" )?"
        + _j(r"(?:beon ho|ka hao|mi ma)") + r"(?: \w+){0,3} " + _j(r"(?:sa jin|mun ja|pai zhao|zhao pian|fa gei)")
        + r"\w*"),
    "code_demand": (
        # "ba yanzhengma gaosu wo", Korean "injeung beonho allyeo juseyo"
        _j(r"(?:yan zheng ma|duan xin ma)") + r" (?:\w+ ){0,3}(?:" + _j(r"(?:gao su|nian gei|fa gei|bao gei)")
        + r") (?:wo|wo men)\b|" + _j(r"in jeung beon ho") + r"(?: ?reul| ?jom)? (?:\w+ )?"
        + _j(r"(?:al lyeo|bul leo|mal hae|bo nae)") + r" ?(?:ju ?se ?yo|jwo|ju ?sip ?si ?o)"),
    "ask_ssn": (
        # the Medicare, social security or health card number "confirmed" on the call: "qing an yi he rengong kefu
        # queren nin de Medicare kahao"
        _j(r"(?:que ren|he dui|ti gong|gao su|bao gei)") + r"(?: \w+){0,3} (?:medicare|medicaid|"
        + _j(r"(?:yi bao|she an|she bao|she hui an quan)") + r")(?: ?ka)? " + _j(r"(?:hao ma|ka hao)")),
    "remote_access": (
        _j(r"(?:ping mu gong xiang|gong xiang ping mu|yuan cheng kong zhi|won gyeok je eo|won gyeok jeong geom|"
           r"hwa myeon gong yu)")),
    "cash_parcel": (
        # cash withdrawn and handed to "our staff", "the officer", a driver
        _j(r"(?:qu chu|ti qu|qu) xian jin") + r"(?: \w+){0,6} " + _j(r"(?:jiao gei|jiao dao|na gei)") + r" (?:\w+ )?"
        + _j(r"(?:gong zuo ren yuan|jing guan|tong shi|kuai di yuan|si ji)") + "|"
        + _j(r"hyeon geum") + r"(?: ?eu ?ro| ?eul)? (?:\w+ ){0,3}" + _j(r"(?:in chul|chul geum)") + r"\w*(?: \w+){0,6} "
        + _j(r"(?:jik won|ji gwon|su sa gwan|gi sa|geum gam won)") + r"\w*(?: \w+)? " + _j(r"(?:jeon dal|geon ne|mat gyeo)")
        + r"\w*"),
    "investment": (
        _j(r"(?:bao zheng shou yi|wen zhuan bu pei|wen zuan bu pei|bao ben bao xi|ri shou yi|go su ik bo jang|"
           r"won geum bo jang|su ik bo jang|su ik ryul bo jang|su ing nyul bo jang)")),
    "crypto_demand": (
        _j(r"(?:chong zhi|zhuan ru|mai)") + r" (?:\w+ )?" + _j(r"(?:usdt|xu ni bi|bi te bi|jia mi huo bi)")),
    "tax_debt": (
        _j(r"(?:tao shui|lou shui)") + "|" + _j(r"shui wu ju") + r"(?: \w+){0,6} " + _j(r"(?:qian shui|bu jiao|wei jiao|"
                                                                                          r"qian fei)") + "|"
        # Korean taxes or customs duty unpaid: "gwanse minap-euro"
        + _j(r"(?:se geum|gwa se|guk se|gwan se)") + r"(?: ?i| ?ga| ?eul)? (?:\w+ ){0,2}" + _j(r"(?:che nap|mi nap)") + r"\w*"),
    "lawsuit_notice": (
        _j(r"(?:fa yuan chuan piao|chuan piao|chul du yo gu seo|so hwan jang)")),
    "fee_to_release": (
        _j(r"(?:guan shui|shui fei|qing guan fei|shou xu fei|bao zheng jin|jie dong fei)") + r"(?: \w+){0,6} "
        + _j(r"(?:cai neng|cai ke yi|zhi hou|hou cai) (?:fang xing|fa fang|ti xian|jie dong|qu chu|pai song|"
             r"song da|fang kuan)")),
    "advance_fee": (
        # the Korean loan's deposit, guarantee or fee paid first: "bojeunggeum-eul meonjeo ipgeum"
        _j(r"(?:bo jeung geum|seon ip geum|seon ib geum|su su ryo|in ji dae|jeon san bi yong)")
        + r"(?: ?eul| ?reul)? (?:\w+ ){0,3}" + _j(r"(?:meon jeo|ip geum|bo nae|nae ya|nae syeo)") + r"\w*|"
        + _j(r"(?:fang kuan|dai kuan)") + r"(?: \w+){0,4} " + _j(r"(?:xian|yao xian|xu yao xian)") + r" (?:\w+ )?"
        + _j(r"(?:jiao|fu|zhuan)") + r" (?:\w+ )?" + _j(r"(?:bao zheng jin|shou xu fei|gong ben fei|jie dong fei)") + "|"
        # a prize or a refund whose fee or tax is paid first: "lingqu jiangjin xuyao xian jiaona shouxufei"
        + _j(r"(?:ling qu|ti qu|ti xian|fa fang|huo de)") + r"(?: \w+){0,6} (?:xu ?yao |xu |bi ?xu |qing )?(?:xian )?"
        + _j(r"(?:jiao na|jiao|zhi fu|fu|zhuan)") + r" (?:\w+ )?"
        + _j(r"(?:shou xu fei|shui fei|bao zheng jin|ge ren suo de shui|suo de shui|gong zheng fei|jie dong fei)")),
    "safe_account": (
        _j(r"(?:an quan zhang hu|an quan zhang hao|jian guan zhang hu|an jeon gye jwa|an jeon kye jwa|"
           r"guk ga an jeon gye jwa)") + "|"
        + _j(r"(?:qing cha|he cha|jian guan)") + r" (?:\w+ )?(?:de )?" + _j(r"zi jin") + "|"
        + _j(r"zi jin") + r" " + _j(r"(?:qing cha|he cha|jian guan)") + "|"
        + _j(r"ja geum") + r" (?:\w+ )?" + _j(r"(?:chu jeok|geom su|bo ho)")),
    # --- the secret: "bu yao gaosu bieren", "amuegedo malhaji maseyo" ------------------------------------
    "secrecy": (
        # "bu yao gaosu bieren", "bie gaosu ba" (don't tell dad), "bu yao gen yinhang shuo"
        rf"{_ZH_DONT} (?:gao ?su|tong ?zhi) (?:(?:\w+ ){{0,2}}{_KIN}|ba|ma)\b|"
        rf"{_ZH_DONT} (?:gen|dui|he) {_KIN} (?:shuo|jiang|ti)\b|{_ZH_DONT} rang {_KIN} zhi ?dao|"
        # "qing wu xiang renhe ren toulu", "bu yao gen jiaren jiang" with the words between gone (as Chinese
        # characters are read, "qing wu renhe ren", "ye bu yao jiaren"), but not the bank's own warning
        # ("qing wu xiang renhe ren toulu nin de mima": a password or code is never to be told)
        rf"{_ZH_DONT} (?:(?:xiang|dui|gen|he|rang) )?(?:{_j('ren he ren')}|{_j('bie ren')}|{_j('jia ren')}|"
        rf"{_j('jia li ren')}|{_j('qin ren')})(?: (?:tou ?lu|xie ?lu|shuo|jiang|ti ?qi|zhi ?dao)\b|(?= ye\b|$))"
        r"(?! (?:\w+ ){0,3}(?:mi ?ma|yan ?zheng ?ma|ka ?hao|zhang ?hao))|"
        rf"{_ZH_DONT} (?:\w+ ){{0,2}}(?:tou ?lu|xie ?lu|wai ?chuan)\b"
        r"(?! (?:\w+ ){0,3}(?:mi ?ma|yan ?zheng ?ma|ka ?hao|zhang ?hao|ge ?ren ?xin ?xi))|"
        # "don't hang up": "qing wu gua ji", "bu yao gua dian hua" (as characters, "qing bu yao dianhua")
        rf"{_ZH_DONT} (?:gua (?:ji|duan|diao|dian ?hua)|gua ?ji|gua ?dian ?hua)|"
        rf"qing (?:bu ?yao|wu) dian ?hua(?= ye\b|$)|" + _j(r"bao chi") + r" (?:" + _j(r"(?:tong hua|zai xian)") + r")|"
        # Cantonese "m hou sau sin" (don't hang up)
        r"(?:m|mm|ng) ?(?:hou|ho) (?:sau|sao) ?(?:sin|seen)|"
        # Korean "kkeunji malgo gidaryeo jusipsio" (don't hang up and wait)
        + _j(r"kkeun ji") + r" ?(?:mal ?go|ma ?si ?go|ma ?se ?yo|ma ?sip ?si ?o|ma)\b|"
        + _j(r"ji mi an jian") + "|" + _j(r"(?:bao mi an jian|zhe shi (?:yi ge )?ji mi|bi xu bao mi|"
                                                            r"qing bao mi|yao bao mi)") + "|"
        + rf"{_KO_KIN}(?: ?e ?ge(?: ?do)?| ?han ?te(?: ?do)?| ?e ?ge ?neun| ?han ?te ?neun)? (?:\w+ )?{_KO_DONT_TELL}|"
        + rf"{_KO_KIN}(?: ?e ?ge(?: ?do)?| ?han ?te(?: ?do)?) (?:\w+ )?mal ?ha ?myeon an ?(?:dwae|doe)\w*|"
        + _j(r"(?:bi mil ro|bi mil lo|bi mil yu ji|bi mi ryu ji|bi mil eul ji kyeo)") + r"\w*|"
        # Cantonese "m hou wa bei yan ji" (don't let anyone know)
        r"(?:m|mm|um|ng) ?(?:hou|ho) (?:wa|waa|gong|kong) (?:bei|bay|pei) (?:\w+ ){0,3}(?:ji|jee|zi)"),
    "told_not_to_tell": (
        # "if the bank asks, just say ..." (the cover story for the teller)
        _j(r"(?:ru guo|yao shi)") + r" " + _j(r"yin hang") + r" (?:\w+ ){0,3}" + _j(r"wen") + r" (?:\w+ ){0,4}"
        + _j(r"(?:jiu shuo|ni jiu shuo)") + "|"
        + _j(r"eun haeng") + r"(?: ?e ?seo)? (?:\w+ ){0,3}" + _j(r"(?:mu reo bo myeon|mul eo bo myeon|mu reu myeon)")),
    # --- a relative in trouble, a lawyer who will ring, a new number --------------------------------------
    "family_emergency": (
        # "wo chu shi le" (I'm in trouble), caught by the police, a car accident; Cantonese "ngo bei yan
        # jook jor", "ngo chut jor si"; Korean "sago ga nasseo", "gyeongchalseo-e isseo"
        r"wo " + _j(r"(?:chu shi le|chu le (?:dian |yi dian )?shi|zhuang le ren|chu che huo le|bei zhua le)") + "|"
        r"wo (?:zai|bei) " + _j(r"(?:jing cha ju|pai chu suo|kan shou suo|gong an ju)") + "|"
        r"ngo (?:bei|pei) (?:yan|jing chaat|ging chaat|ging chat) (?:jook|juk|zuk|jup|chuk)|ngo chut (?:jor |zo )?si|"
        + _j(r"sa go") + r"(?: ?ga| ?reul)? " + _j(r"(?:na sseo|nat sseo|nas seo|nas seo yo|nat seo|cheo sseo|"
                                                 r"nae sseo)") + r"\w*|"
        + _j(r"(?:gyeong chal seo|gyeong chal)") + r"(?: ?e)? (?:\w+ )?" + _j(r"(?:it sseo|is seo|jap hyeo|jab hyeo|"
                                                                             r"kkeul lyeo)") + r"\w*|"
        + _j(r"(?:jap hyeo sseo|jab hyeo sseo|jab hyeoss eo)") + "|"
        # "grandma, it's me"
        + _j(r"(?:nai nai|ye ye|lao lao|wai po|ah ma|a ma|a po)") + r" (?:shi wo|hai ngo)|"
        + _j(r"(?:hal meo ni|hal mo ni|ha ra beo ji|hal a beo ji)") + r" na ?(?:ya|ye ?yo)|"
        # a new number: "zhe shi wo de xin haoma", "wo de shouji huai le"
        r"zhe shi wo (?:de )?xin (?:de )?" + _j(r"(?:hao ma|shou ji hao|dian hua)") + r"|wo (?:de )?"
        + _j(r"shou ji") + r" (?:\w+ )?(?:" + _j(r"(?:huai|diu|bei tou|po)") + r") le|"
        + _j(r"(?:hyu dae pon|haen deu pon|pon)") + r"(?: ?i)? " + _j(r"(?:go jang|bun sil|kkae jyeo|ggae jyeo|ir eo beo ryeo)")
        + r"\w*"),
    "new_phone_steer": (
        # "text me at this number": "yong zhe ge xin haoma lianxi wo", Korean "i beonho-ro munja jwo"
        _j(r"(?:zhe ge|xin)") + r" " + _j(r"hao ma") + r" (?:\w+ )?" + _j(r"(?:lian xi wo|fa xin xi gei wo|jia wo|"
                                                                            r"gei wo fa)") + "|"
        + _j(r"i beon ho") + r" ?ro (?:\w+ )?" + _j(r"(?:mun ja|ka tok|yeol lak)") + r"\w*"),
    "bail_lawyer": (
        # "deng hui you ge lushi gei ni da dianhua", Korean "byeonhosa-nim-i jeonhwa hasil geoya"
        r"(?:you ?ge|yi ?ge|wo de|wo men de) " + _j(r"lu shi") + r" (?:\w+ ){0,4}(?:gei ni|gei nin|lian ?xi ni|lian ?xi nin|zhao ni) (?:\w+ )?"
        + _j(r"(?:da dian hua|da ge dian hua|dian hua|lian xi)") + "|"
        + _j(r"(?:lut si|leut si)") + r" (?:\w+ ){0,3}(?:da|dar|daa) (?:\w+ )?(?:bei|pei) (?:nei|lei)|"
        + _j(r"byeon ho sa") + r"(?: ?nim)?(?: ?i| ?ga| ?kke ?seo)? (?:\w+ ){0,2}" + _j(r"(?:jeon hwa|yeol lak)")
        + r" ?(?:ha ?sil|hal|gal|deu ?ril|ju ?sil|ol) ?(?:geo|ge|kkeo)\w*"),
    "money_plea": (
        _j(r"(?:gei wo|bang wo|gan jin|kuai dian)") + r" (?:\w+ )?" + _j(r"(?:zhuan|hui|da|jie)") + r" (?:\w+ )?"
        + _j(r"(?:qian|kuan)") + r"\b|" + _j(r"(?:zhuan|hui|jie|da)") + r" (?:\w+ )?" + _j(r"(?:qian|kuan)")
        + r" gei wo\b|" + _j(r"(?:bao shi jin|bao shi fei|bao shi de qian)") + "|"
        + _j(r"(?:don|don jom)") + r" " + _j(r"(?:bo nae jwo|bo nae ju se yo|bo nae jul|bu na jwo|bo neo jwo)") + "|"
        + _j(r"(?:hap ui geum|hab ui geum|bo seok geum|bo sok geum)")),
    # --- the offers: a cheap government loan, free benefits, a prize, stock tips on WeChat ------------------
    "loan_debt": (
        _j(r"(?:jeo geum ri|jeo gum ri|jeo geum ni)") + r"|" + _j(r"(?:jeong bu|na ra)") + r" ?"
        + _j(r"(?:ji won|bo jeung)") + r" ?" + _j(r"(?:dae chul|tae chul|ja geum)") + "|"
        + _j(r"(?:dae hwan dae chul|tong hap dae chul)") + "|"
        + _j(r"(?:di xi dai kuan|mian di ya dai kuan|wu di ya dai kuan|di li dai kuan)")),
    "eligibility": (
        _j(r"(?:seung in dae sang|sung in dae sang|dae sang ja ro seon jeong|ji won dae sang)") + r"\w*|"
        + _j(r"(?:nin|ni)") + r" (?:\w+ ){0,2}" + _j(r"(?:fu he|man zu)") + r" (?:\w+ ){0,3}"
        + _j(r"(?:tiao jian|zi ge)") + r"|" + _j(r"(?:nin|ni) ke yi shen qing mian fei")),
    "benefits_offer": (
        _j(r"(?:mian fei de|mian fei)") + r" (?:\w+ )?" + _j(r"(?:bao jian ka|yi liao ka|shi pin bu tie|shi pin ka|"
                                                                 r"bu zhu|bu tie)") + r"|" + _j(r"shi pin bu tie")),
    "prize": (
        _j(r"(?:zhong le|zhong jiang)") + r" (?:\w+ ){0,3}" + _j(r"(?:jiang|da jiang|jiang jin|yi deng jiang)") + "|"
        + _j(r"zhong jiang (?:tong zhi|ming dan)") + "|" + _j(r"huo de") + r" (?:\w+ ){0,3}"
        + _j(r"(?:jiang jin|jiang pin|da jiang)") + "|" + _j(r"dang cheom") + r" ?(?:doe|dwae)\w*"),
    "bank_fraud": (
        # Korean "kadeu-ga haeoe-eseo bujeong sayong-doen geot-euro uisim-doeeo": a card used fraudulently
        _j(r"(?:bu jeong sa yong|i sang geo rae|ui sim geo rae)") + r"\w*"),
    "unexpected_charge": (
        # "ru fei ben ren caozuo" (if it was not you), Korean "bonin-i anisimyeon", an overseas payment
        _j(r"(?:ru|ru guo|yao shi) (?:fei|bu shi)") + r" (?:nin |ni )?" + _j(r"ben ren") + "|"
        + _j(r"bon in") + r"(?: ?i)? (?:\w+ )?" + _j(r"(?:a ni si myeon|a ni ra myeon|a nil gyeong u)") + "|"
        + _j(r"hae oe gyeol je") + "|"
        # Cantonese "jyu gwo m hai nei bun jan" (if it was not you), "m hai nei gei ge" (not yours), an overseas
        # spend ("hoi ngoi siu fai", Mandarin "hai wai xiao fei")
        + r"(?:m|mm|ng) (?:hai|hei) (?:nei|lei|ni) (?:bun ?jan|boon ?yan|gei ge|ge)\b|"
        + _j(r"(?:hoi ngoi siu fai|hoi oi siu fai|hai wai xiao fei|jing wai xiao fei)")),
    "utility_cutoff": (
        # a cut-off for arrears ("qianfei ... tingdian"); Korean "danjeon" is a cut-off, "jeongjeon" an outage
        r"danjeon|dansu|" + _j(r"dan jeon") + r" (?:doel|ye ?jeong|jo ?chi)\w*|"
        + _j(r"(?:qian fei|wei jiao|mei jiao)") + r"(?: \w+){0,8} " + _j(r"(?:ting dian|duan dian|ting shui|ting qi|"
                                                                          r"duan shui|duan qi)")),
    "off_platform": (
        r"(?:jia|tian ?jia) (?:wo|ge|yi ?xia) (?:de )?" + _j(r"(?:wei xin|wechat|line)") + "|"
        + _j(r"(?:wei xin|wechat)") + r" ?(?:qun|hao)|"
        + _j(r"(?:ka kao tok|ka kao talk|kakaotalk)") + r"(?: ?eu ?ro| ?ro)? (?:\w+ )?(?:chin ?gu )?" + _j(r"chu ga")),
    "platform_steer": (
        _j(r"(?:lao shi|dao shi|fen xi shi|zhu li)") + r"(?: \w+){0,4} " + _j(r"(?:tui jian|dai)") + r" (?:\w+ )?"
        + _j(r"(?:gu piao|niu gu|bi)") + "|" + _j(r"(?:gu piao|mei gu|gang gu|a gu)") + r" (?:\w+ )?"
        + _j(r"(?:jiao liu qun|qun)") + "|"
        + _j(r"(?:ju sik ri ding bang|ju sik ri ding|ju sing ni ding|ri ding bang|ju sik jong mok chu cheon)")),
    "job_offer": (
        _j(r"(?:dian zan|shua dan)") + r" (?:\w+ ){0,2}" + _j(r"(?:zhuan qian|ren wu|fan li|yong jin)") + "|"
        + _j(r"(?:ri jie|ri xin|mei tian) (?:\w+ ){0,2}(?:ke yi )?") + _j(r"(?:zhuan|shou ru)") + r" (?:\w+ )?"
        + _j(r"(?:bai|qian)") + r"\w*|" + _j(r"(?:jae taek bu eop|jae taek al ba|jae tae gal ba)")),
    # --- what honest callers say ------------------------------------------------------------------------
    "legit_no_ask": (
        # "we will never ask for your password or code by phone", Korean "jeoldae yoguhaji anseumnida"
        _j(r"(?:jue bu hui|bu hui|cong bu|jue dui bu hui)") + r" (?:\w+ ){0,5}" + _j(r"(?:yao qiu|suo qu|suo yao|wen)")
        + r" (?:\w+ ){0,3}" + _j(r"(?:mi ma|yan zheng ma|xin yong ka hao|ka hao|zhuan zhang)") + "|"
        + _j(r"(?:bi mil beon ho|in jeung beon ho|ka deu beon ho|gye jwa beon ho|gae in jeong bo)") + r"(?: ?reul)? (?:\w+ ){0,2}"
        + _j(r"(?:yo gu ha ji|mut ji|yo cheong ha ji|yo gu deu ri ji)") + r" ?an\w*"),
    "legit_bank": (
        # "the number on the back of your card"
        _j(r"ka") + r" (?:\w+ )?" + _j(r"(?:bei mian|bei hou|fan mian)") + r" (?:\w+ ){0,3}" + _j(r"(?:dian hua|hao ma)")
        + "|" + _j(r"ka deu") + r" (?:\w+ )?" + _j(r"(?:dwit myeon|dwin myeon|dwi)") + r"(?: ?ui| ?e)? (?:\w+ ){0,2}"
        + _j(r"(?:jeon hwa|beon ho)")),
    "legit_appointment": (
        # an appointment, a pharmacy, a clinic, a prescription ready; Korean "yakguk", "yeyak", "yak junbi"
        _j(r"(?:yu yue|zhen suo|chu fang|yi sheng de ban gong shi)") + r"|yaofang|yao fang (?:tong ?zhi|ti ?xing|de)|"
        r"(?:ni|nin) de yao (?:\w+ )?(?:hao le|zhun ?bei hao|pei hao)|"
        + _j(r"(?:yak guk|yak gook|byeong won ye yak|jil lyo ye yak|ye yak hwa gin|ye yak si gan|ye yak il|"
             r"ye ya gil)") + "|"
        + _j(r"yak") + r"(?: ?i)? " + _j(r"jun bi") + r" ?(?:dwae|doe)\w*|"
        # a library's overdue notice ("tushuguan ... yuqi ... guihuan"), as the English row reads one
        + _j(r"(?:tu shu guan|do seo gwan)")),
    "legit_press": (
        # a key to hear it again, to confirm the appointment, or to answer "was it you"
        _j(r"(?:chong ting|chong bo|zai ting yi ci|zai ting yi bian)") + rf"(?: \w+){{0,2}} {_ZH_PRESS}|"
        + _j(r"yu yue") + rf"(?: \w+){{0,3}} {_ZH_PRESS}|"
        # an appointment's own keys: "gaiqi qing an 2" (to reschedule), "queren qing an 1, quxiao qing an 2"
        + _j(r"(?:gai qi|gai yue|geng gai yu yue)") + rf" {_ZH_PRESS}|"
        # a telephone town hall ("dianhua huiyi", "dianhua shizhengting"), whose key asks a question
        + _j(r"dian hua (?:hui yi|shi zheng ting)") + "|" + _j(r"que ren") + rf" {_ZH_PRESS}(?: \w+){{0,3}} "
        + _j(r"(?:gai qi|qu xiao|gai yue)") + r"|"
        + _j(r"(?:ru guo|yao shi)") + r" (?:shi )?(?:nin |ni )?"
        + _j(r"ben ren") + rf"(?: \w+){{0,3}} {_ZH_PRESS}|"
        + _j(r"(?:da si deu reu si ryeo myeon|da si deut go|ye yak|sa yong nae yeok|geo rae nae yeok)")
        + rf"(?: \w+){{0,7}} {_KO_PRESS}|"
        + _j(r"bon in") + r"(?: ?i)? (?:\w+ ){0,2}" + _j(r"(?:ma jeu si myeon|ma jeu myeon|ma jeu si da myeon)") + "|"
        # ... "bonin-i sayonghasin gyeongu 1-beon" (if you made it, press 1): the alert's yes, no scammer's
        # single key; Cantonese "jyu gwo hai nei bun jan ceng gam jat"
        + _j(r"bon in") + r"(?: ?i)? " + _j(r"(?:sa yong ha sin|sa yong ha syeot|gyeol je ha sin|geo rae ha sin|ju mun ha sin)")
        + r" ?" + _j(r"gyeong u") + "|"
        + r"(?:jyu ?gwo|yu ?gwo) hai (?:nei|lei) (?:bun ?jan|ge)(?: \w+){0,3} " + _ZH_PRESS + "|"
        # a Chinese bank's yes/no: "ru guo shi nin ben ren jiao yi qing an 1, bu shi qing an 2"
        + r"bu shi (?:qing ?an|cheng gam|ceng gam) (?:er|2|yi|ji)\b(?: \w+){0,3}$"),
    "legit_no_action": (
        # an outage's restoration time, "nothing urgent", "don't worry"
        _j(r"(?:yu ji hui fu|hui fu gong dian|bok gu ye jeong|bok gu si gan)") + "|"
        + _j(r"(?:bu ji de|bu zhao ji|bu shi hen ji|mei shen me shi|bu yong dan xin|bu yong zhao ji)") + "|"
        + _j(r"(?:geup han geo an i|geup ha ji an|geok jeong ha ji ma)") + r"\w*"),
    "legit_delivery": (
        rf"{_PARCEL}(?: \w+){{0,3}} " + _j(r"(?:yi jing song da|yi song da|fang zai men kou|fang zai men qian|"
                                              r"mun ap e dwo|mun ap e du|bae song wan ryo|bae dal wan ryo|bae song wal lyo|"
                                              r"bae dal wal lyo)")),
}
