"""The same evidence in Haitian Creole, Jamaican patois and Nigerian / West African Pidgin.

Scam calls to Caribbean and West African families in Miami, New York, Toronto and London speak
the family's own language, or switch to it after an English opening ("bonjou, m ap rele w de
biwo imigrasyon, gen yon pwoblèm ak dosye TPS ou"; "customs a hold di barrel fi duty";
"aunty na me o, my phone spoil, police hold me"), and so do the honest callers they mimic (the
pharmacy, the school's family liaison, the consulate, the barrel shipper, a cousin who just
landed).  Speech recognition writes Kreyòl with or without its accents, and patois and Pidgin
in several spellings ("yuh", "yu"; "pon", "pan"; "dis", "this").  Each entry adds phrases of
the same meaning to the English signal of the same key in ``_signals``, as ``_signals_es`` and
``_signals_hi`` do: "yo ka anile estati w" weighs as "they can cancel your status", "pa di
pesonn" and "no tell anybody" as "don't tell anyone", "mi phone bruk" and "my phone spoil" as
"my phone broke", "nou p ap janm mande w kòd ou" as "we will never ask for your code".

Patterns match the normalised text: accents are folded ("frè" reads "fre", "pakèt" "paket",
"dwàn" "dwan") and apostrophes vanish ("m'ap" reads "map", beside the spaced "m ap").  Kreyòl's
short pronouns stay words of their own ("w", "m", "l": "arete w", "ban m"), and "frè" is both a
fee and a brother, so a fee is "frè" with the words of paying or of customs beside it.  Patterns
describe the behaviour (a key to press, a threat, a secret, a fee before a parcel or a barrel is
freed, a relative in trouble on a borrowed phone), never one campaign's words.
"""

from __future__ import annotations

__all__ = ["CREOLE_PIDGIN"]

# --- Kreyòl --------------------------------------------------------------------------------
_KEY = r"(?:en|youn|yonn|de|twa|kat|senk|sis|set|uit|nef|zewo|\d)"
# "peze 1", "peze sou 1", "peze bouton 1", "tape 2", but not a language menu ("pou kreyòl peze
# 2", "peze 2 pou kreyòl"): honest notices offer one too.
_PRESS = (r"(?<!kreyol )(?<!ayisyen )(?<!angle )(?<!anglais )(?<!franse )"
          rf"(?:peze|pese|tape|klike)(?: sou)?(?: (?:bouton|nimewo|touch|chif))? {_KEY}"
          r"(?! (?:pou|an) (?:kreyol|angle|anglais|franse|panyol|lang))")
_PRESS_WORD = r"(?:peze|pese|tape)"
_YOU = r"(?:ou|w)"
# the kin a caller speaks to or of ("manman", "tonton", "kouzen w")
_KIN = (r"(?:manman|papa|granmoun|grann|granpapa|granmanman|gran manman|tonton|tant|matant|kouzen|kouzin|fre|"
        r"neve|nyes|pitit|pitit gason|pitit fi|ti moun|madanm|mari|fanmi)")
# a phone, which breaks, falls in water, is lost or stolen
_K_PHONE = r"(?:telefon|telefonn|fon|selile|selil|potab)"
# a parcel, a box, a barrel
_K_PARCEL = r"(?:pake|paket|koli|kolis|bwat|barik|barel|dwoum|kes|kontene|anvwa)"
# customs: "ladwàn", "dwàn", the French "douane" and the English word
_CUSTOMS = r"(?:la ?dwann?|dwann?|la ?douane|douane|kostom|customs)"
# a fee ("frè"), with the words that make it one rather than a brother
_FEE = (r"(?:fre (?:yo|a|la|ladwann?|dwann?|dedwann?|de dwann?|dosye|pwosesis|livrezon|ekspedisyon|anrejistreman|"
        r"aplikasyon|tretman|depo|verifikasyon|aktivasyon|tranzaksyon|transfe|sekirite|asirans|liberasyon|"
        r"dedouanman)|fre(?= (?:\w+ )?(?:jodi a|kounye a|touswit|anvan))|depo|taks|dwa (?:ladwann?|dwann?))")
# pay or send ("peye", "regle", "voye")
_PAY = r"(?:peye|regle|voye|bay|depoze)"

# --- Jamaican patois and West African Pidgin ---------------------------------------------------
# "you" in patois and Pidgin ("yuh", "unu", "una") and "I / me" ("mi")
_YUH = r"(?:yuh|yu|unu|una|you|u)"
# a phone or a line that broke, fell in water, got stolen or "spoil"
# ("my line drop" is a dropped call, "my phone lost signal" a bad line: neither is here)
_BROKE = r"(?:drop inna|drop in|dropped in|bruk|broke|brok|mash up|mash|tief|teef|tiefed|spoil|spoilt|fall inna|fell in)"
# a relative the caller hides it from ("mummy", "yuh madda", "my papa")
_HOME = (r"(?:mummy|mommy|mama|mamma|daddy|papa|puppa|granny|grandma|grandpa|(?:yuh|yu|mi|my|your) (?:madda|mada|"
         r"puppa|pupa|mother|father|mama|papa|husband|wife|people|family|pickney|pikin)|di family|the family|"
         r"aunty|auntie|uncle)")

# the imperative "no tell anybody", not the past "you no tell me" ("you didn't tell me")
_NO_SUBJECT = "".join(rf"(?<!{subject} )" for subject in
                      "i you u yuh yu mi we wi una unu dem dey they e he she im".split())

CREOLE_PIDGIN: dict[str, str] = {
    # --- threats and their consequences ---------------------------------------------------
    "legal_threat": (
        # Kreyòl: an arrest warrant, "y ap vin arete w", a deportation, a status cancelled
        # ("voye yon manda pou ou" is a money order)
        r"manda (?:d ?)?arestasyon|manda (?:\w+ )?kont (?:ou|w|non (?:ou|w))\b|"
        r"(?:ap|pral|pra|va|ka|gen pou|pou) (?:vin |voye moun )?arete (?:ou|w)\b|mete (?:ou|w) nan prizon|"
        r"(?:arestasyon|depotasyon) (?:ou|w)\b|depote (?:ou|w)\b|"
        rf"(?:anile|annile|revoke|bloke|kanpe|sispann) (?:\w+ ){{0,2}}(?:estati|stati|tps|papye|green "
        rf"card|gren kat|grin kat|rezidans|pemi travay|work permit|viza) {_YOU}\b|"
        rf"(?:estati|stati|tps|papye|green card|gren kat|rezidans|pemi travay|work permit|viza) {_YOU}(?: \w+){{0,3}} "
        r"(?:ap|pral|pra|va|ka|gen pou) (?:\w+ )?(?:anile|annile|revoke|bloke|sispann|anule)|"
        # an immigration file "with a problem", as the English row reads "a problem with your immigration file"
        r"(?:pwoblem|ere|eras) (?:ak|nan|sou) (?:dosye|papye|aplikasyon) (?:\w+ )?(?:tps|imigrasyon|estati|"
        r"rezidans|green card|viza)|"
        r"(?:pwoblem|ere) (?:ak|nan|sou) (?:dosye|papye|aplikasyon) (?:tps|imigrasyon) (?:ou|w)|"
        # patois and Pidgin: "dem a go lock yuh up", "police go come arrest you", "efcc dey look for you"
        # ("dem go carry you go airport" is a lift: "they" only arrest or lock up)
        rf"(?:police|polis|efcc|dss|immigration|ice) (?:a go|ago|a come fi|a come|gwine|wi|go|fit|wan|dey come|don come|"
        rf"go come) (?:come )?(?:arrest|lock up|lock|ketch|catch|pick up|detain|deport|carry) {_YUH}\b|"
        rf"(?:dem|dey|they) (?:a go|ago|a come fi|gwine|go|fit|wan|go come) (?:come )?(?:arrest|lock up|lock|detain|"
        rf"deport) {_YUH}\b|(?:efcc|dss|police|immigration) (?:dey|don dey|a) (?:look for|find|search for|hunt) {_YUH}\b|"
        rf"warrant (?:out )?(?:fi|pon|fa) {_YUH}\b"),
    "suspension_threat": (
        # "kont ou bloke", "transfè ou a bloke": as "has been blocked"
        rf"(?:bloke|jele|sispann|fenmen|femen|dezaktive|dekonekte) kont {_YOU}\b|"
        rf"(?:kont|kat|transfe|tranzaksyon|lajan|nimewo sosyal|benefis) {_YOU}(?: a| la)? (?:te |deja )?(?:bloke|jele|"
        r"sispann|dezaktive)|"
        rf"kont {_YOU}(?: \w+){{0,3}} (?:ap|pral|pra|va|ka|gen pou) (?:\w+ )?(?:bloke|jele|sispann|fenmen|femen|"
        r"dezaktive)|"
        rf"(?:{_YUH}|your|ur) (?:account|card|number|sim|line|bvn|nin) (?:\w+ ){{0,2}}(?:a go|ago|gwine|go|don|wi) (?:get )?"
        r"(?:block|blocked|close|lock|freeze|suspend|deactivate|cut off)|"
        rf"(?:dem|dey|they|we) (?:go|a go|ago|gwine|don) (?:block|close|freeze|suspend|deactivate|lock) "
        rf"(?:{_YUH}|your|ur) (?:account|card|line|sim|bvn|nin|number)"),
    "consequence": (
        # "sinon y ap koupe", "osinon lapolis ap vin arete w"
        r"(?:o ?sinon|sinon) (?:\w+ ){0,4}(?:ap|pral|pra|ka|va|gen pou) (?:\w+ )?(?:koupe|anile|annile|bloke|arete|"
        r"sezi|vann|detwi|retounen|sispann)(?! (?:\w+ )?randevou)|"
        # "si ou pa rele nou jodi a yo ka anile ...", "... ap koupe jodi a si balans lan pa peye"
        r"si (?:ou|w|nou|li) pa (?:\w+ ){1,6}(?:yo |nou |n |li |l |y )?(?:ka|ap|pral|pra|va|gen pou) (?:\w+ ){0,2}"
        r"(?:anile|annile|koupe|bloke|arete|sezi|retounen|detwi|vann|fenmen|femen|sispann|pedi|voye (?:l|li|yo) "
        r"tounen)(?! (?:\w+ )?randevou)|"
        r"(?:ap|pral|ka|va) (?:\w+ )?(?:koupe|anile|bloke|sezi|vann|detwi|retounen) (?:\w+ ){0,6}si (?:\w+ ){0,3}pa "
        r"(?:peye|rele|regle|konfime)|"
        rf"pou {_YOU} pa (?:pedi) (?:\w+ )?(?:{_K_PARCEL}|lajan|kont|estati|papye|kouran|sevis|benefis)|"
        # patois and Pidgin: "if it nuh pay by Friday dem a go auction it"
        r"if (?:it|yuh|yu|unu|una|you|u|di \w+) (?:nuh|no) (?:pay|clear|collect|call|come|send)(?: \w+){0,6} "
        r"(?:dem|dey|they|wi|we|it|e|police) (?:a go|ago|gwine|wi|go) (?:get )?(?:auction|sell|dump|destroy|"
        r"send|sen|cut|lock|block|arrest|carry|seize|return)|"
        r"(?:a go|ago|gwine) (?:auction|dump|destroy) (?:it|dem|di barrel|yuh barrel|di package)"),
    "utility_cutoff": (
        # the listener's own current cut ("kouran nan kay ou a ap koupe"), not a planned outage for the area
        rf"(?:kouran|limye|dlo|gaz|elektrisite|sevis)(?: (?:nan|lan|sou))?(?: (?:kay|lakay|kont|adres))? {_YOU}"
        r"(?: a| an| la| yo)? (?:ap|pral|pra|va|ka|gen pou) (?:\w+ )?(?:koupe|dekonekte)"
        r"(?! (?:\w+ ){0,4}(?:pou|akoz|poutet) (?:travay|antretyen|reparasyon))|"
        rf"koupe (?:kouran|limye|dlo|gaz|elektrisite|sevis) (?:(?:nan |lan )?(?:kay|lakay) )?{_YOU}\b|"
        r"(?:ekip|teknisyen|kamyon|moun) (?:\w+ ){0,4}(?:vin|pral|ap vin|deja an wout pou) koupe"),
    "urgency": (
        r"touswit|imedyatman|kounye a menm|jodi a menm|san pedi tan|fe vit|prese prese|"
        r"plas (?:yo )?(?:limite|ap fini)|"
        # patois and Pidgin: "sharp sharp", "quick quick", "a now now"
        r"sharp sharp|quick quick|fast fast|quick time"),
    "deadline": (
        r"plas (?:yo )?(?:limite|ap fini)|denye (?:avi|chans|apel)|(?:rele|peye|regle|konfime|voye) (?:\w+ ){0,4}"
        r"(?:anvan|avan) (?:fen jounen an|aswe a)|"
        r"(?:si (?:ou|w|nou) pa (?:\w+ ){1,3}|pa pita pase |rele (?:nou|m|mwen) (?:tounen |retounen )?)jodi a"),
    "file_review": (
        rf"(?:pwoblem|ere) (?:ak|nan|sou) (?:dosye|papye|aplikasyon|kont) {_YOU}\b|dosye {_YOU} (?:\w+ ){{0,2}}"
        r"(?:gen (?:yon )?(?:pwoblem|ere)|enkonple|bloke)"),
    # --- the ask ----------------------------------------------------------------------------
    "robocall": (
        rf"{_PRESS}|pou (?:w |ou )?pale ak (?:yon )?(?:ajan|ofisye|reprezantan|operate|konseye)"),
    "press_to_act": (
        # "peze 1 pou pale ak yon ajan", "... pou w konnen si ou kalifye", "... pou resevwa l"
        rf"{_PRESS} (?:kounye a |touswit )?(?:pou (?:w |ou )?(?:ka )?(?:pale|kontakte|jwenn|konnen|resevwa|reklame|"
        r"anile|kanpe|peye|regle|aktive|reaktive|debloke|verifye|mete ajou|kalifye|enskri|aplike|evite|rete|pa pedi|"
        r"libere)|kounye a|touswit|imedyatman)|"
        rf"{_PRESS}$|"
        # the purpose first: "pou pale ak yon ajan, peze 1"
        r"pou (?:w |ou )?(?:pale ak|resevwa|reklame|debloke|anile|evite|konnen si)(?: \w+){0,5} "
        rf"{_PRESS_WORD}(?: sou)? {_KEY}"),
    "advance_fee": (
        # "regle frè yo", "peye frè ladwàn", "voye depo a"
        rf"{_PAY} (?:tout )?(?:\w+ )?{_FEE}|fre (?:ladwann?|dwann?|dedwann?)|"
        # "peye yon frè", "regle frè a" (but "peye frè m" pays a brother)
        r"(?:peye|regle) (?:yon |tout )?fre\b(?! (?:m|mwen|li|l|ou|w)\b)|"
        rf"{_FEE} (?:\w+ ){{0,2}}(?:pou|anvan) (?:nou |yo |n )?(?:ka )?(?:libere|lage|delivre|voye|pwosese|livre)|"
        # patois and Pidgin: "pay di duty", "di fee a forty two tousand", "the clearance charge"
        r"pay (?:di|de|dem|dat) (?:duty|fee|customs|tax|clearance)|di (?:duty|fee|clearance fee|customs fee) (?:a|is|"
        r"come to) (?:\w+ )?(?:tousand|thousand|hundred|\d+)|(?:clearance|release|activation|logistics) charges?\b"),
    "fee_to_release": (
        # "pou w pa pèdi pakèt la fòk ou regle frè yo", "pou w resevwa lajan an fò w peye ..."
        rf"(?:{_K_PARCEL}|lajan|pri|machin|chek|transfe)(?: \w+){{0,8}} (?:fok|fo|fo k|fok ou|ou dwe|w dwe|"
        rf"ou gen pou|w gen pou|fo w|fow) (?:ou |w )?(?:\w+ )?{_PAY}(?: \w+){{0,2}} {_FEE}|"
        rf"{_FEE} (?:\w+ ){{0,4}}(?:anvan|avan) (?:nou |yo |n )?(?:ka )?(?:libere|lage|delivre|livre|voye) "
        rf"(?:\w+ )?(?:{_K_PARCEL}|lajan|pri)|"
        # patois and Pidgin: "customs a hold it fi duty", "hold di barrel till yuh pay"
        # Pidgin and patois: "pay small charge before we release am", "pay di fee fi collect di barrel"
        r"(?:pay|send|drop|sen) (?:\w+ ){0,3}(?:before|make|to|fi) (?:we |dem |you |yuh |una )?(?:fit |go |can |cyan )?"
        r"(?:release|collect|receive|deliver|clear|get) (?:am|di barrel|yuh barrel|di package|yuh package|di money|"
        r"di prize)\b|"
        r"(?:hold|hol|holding|keep|kip|lock up) (?:it|di barrel|yuh barrel|di package|yuh package|di ting|di box|am) "
        r"fi (?:\w+ ){0,2}(?:duty|fee|tax|clearance)|"
        r"(?:hold|hol|holding|kip|lock up) (?:di barrel|yuh barrel|di package|yuh package|di ting|di box|am) "
        r"(?:for|till|until) (?:\w+ ){0,2}(?:duty|fee|tax|clearance|pay)"),
    "payment_demand": (
        rf"(?:fok|fo|fo k|fo w|fow) (?:ou |w )?{_PAY} (?:\w+ ){{0,4}}(?:jodi a|kounye a|touswit|imedyatman|aswe a)|"
        r"prepare (?:\w+ )?(?:lajan|kob)"),
    "wire_cash": (
        r"(?:voye|peye) (?:\w+ ){0,4}(?:pa|sou|nan|atrave|ak|pa mwayen) (?:zelle|zel|cash app|cashapp|venmo|"
        r"western union|moneygram|money gram|ria|sendwave|remitly|unitransfer|cam transfer|moncash)|"
        # (the English row has "through western union" and "via remitly")
        r"(?:send|sen) (?:\w+ ){0,3}(?:tru|pon) (?:western union|moneygram|money gram|jn money|remitly|lemfi|sendwave|"
        r"world ?remit|opay|palmpay|moncash)|(?:through|via|by) (?:jn money|lemfi|opay|palmpay|moncash)"),
    "callback_demand": (
        r"rele (?:nou|m|mwen) (?:tounen|retounen|nan nimewo|nan \d|sou nimewo|o nimewo)|rele (?:nan )?nimewo sa a|"
        r"(?:call|ring) (?:mi|me) (?:back )?(?:pon|fi|pan) (?:dis|this|di) (?:number|numba)|"
        r"call (?:mi|me) back for (?:this|dis) number"),
    "tax_debt": (
        rf"{_YOU} dwe (?:\w+ ){{0,3}}(?:taks|enpo|irs)|(?:taks|enpo) {_YOU} (?:yo )?pa (?:peye|ranpli|deklare)"),
    "bank_fraud": (
        r"tranzaksyon (?:\w+ )?(?:sispek|dout|etranj|ou pa rekonet)|aktivite (?:sispek|dout|etranj)"),
    "ask_ssn": (
        rf"(?:ban m|ba m|bay|konfime|verifye|li|di m) (?:\w+ ){{0,3}}(?:nimewo )?(?:sosyal|sekirite sosyal) {_YOU}\b"),
    "ask_card": (
        rf"(?:ban m|ba m|bay|konfime|verifye|li|di m) (?:\w+ ){{0,3}}nimewo kat (?:kredi |debi |labank )?{_YOU}\b"),
    "ask_code": (
        # "li kòd nou fenk voye ba ou a", patois and Pidgin "di code weh dem send yuh", "the otp wey enter your phone"
        rf"kod (?:\w+ ){{0,3}}(?:nou|yo|bank lan) (?:sot |fenk |te |fin )?voye (?:ba|ban|bay) {_YOU}|"
        r"(?:code|otp|pin|kod) (?:wey|weh|we dem|weh dem) (?:\w+ ){0,2}(?:send|sen|sent|enter|come|drop|reach)"),
    "gift_card_demand": (
        r"achte (?:\w+ ){0,3}kat (?:kado|google play|apple|itunes|steam|target|walmart)"),
    "secrecy": (
        # Kreyòl: "pa di pesonn", "pa di manman", "kenbe sa ant nou", "pa rakwoche"
        rf"pa (?:di|pale|rakonte|montre|fe konnen) (?:sa |anyen |bagay sa a |ka sa a )?(?:ak |bay |a |pou )?"
        rf"(?:pesonn|okenn moun|moun lakay|{_KIN}|{_KIN} (?:ou|w|mwen|m)|bank lan|labank)\b|"
        r"kenbe sa (?:ant|pou|sou) (?:nou|ou|w)|sa (?:dwe |se )?(?:rete )?(?:ant|pou) (?:nou|nou de) selman|"
        r"pa (?:rakwoche|fenmen telefon|femen telefon|koupe apel)|"
        # patois and Pidgin: "nuh tell nobody", "no tell anybody", "make you no tell daddy"
        # (the English "don't tell" is the English row's; "i don tell mummy" is Pidgin for "I have told mummy",
        # and "you no tell daddy" for "you didn't tell daddy")
        rf"{_NO_SUBJECT}(?:nuh|noh|doh|no|no go|make (?:you|u) no|abeg no|please no) (?:tell|tel|seh nutten to|"
        rf"mention am to|mention it to) (?:nobody|nobaddy|nobady|anybody|anyone|anybaddy|{_HOME})\b|"
        r"(?:mek|make) (?:nobody|nobaddy) (?:know|find out|hear)|(?:keep|kip) (?:it|dis|am) between (?:we|wi|una)"),
    "told_not_to_tell": (
        # "pa rele lapolis", "nuh call di police", "no call police"
        r"pa (?:rele|aveti|avize|di|kontakte|mele) (?:la ?polis|polis)|"
        rf"{_NO_SUBJECT}(?:nuh|noh|doh|no) (?:call|tell|involve) (?:di |the )?(?:police|polis|efcc)"),
    "revenge_threat": (
        # the fake kidnapping: "si ou vle wè l vivan", "if yuh want see him alive", "if you wan see am alive"
        r"si (?:ou|w) vle (?:we|jwenn|revwa) (?:l|li|yo|\w+) (?:\w+ )?(?:vivan|anvi)|"
        r"if (?:yuh|yu|you|u) (?:want|wan|waan) (?:to )?see (?:him|her|dem|am|them) (?:\w+ )?(?:alive|live)"),
    # --- a relative in trouble on a new number ----------------------------------------------
    "family_emergency": (
        # Kreyòl: "telefòn mwen kase", "lapolis arete m", "m nan prizon", "m fè aksidan"
        rf"{_K_PHONE} (?:mwen|m)(?: an| a)? (?:\w+ )?(?:kase|pedi|tonbe|gate|vole|pran dlo|mouye)|"
        rf"(?:mwen|m) (?:ap rele (?:ou |w )?|ap sevi ak |sou )(?:\w+ )?{_K_PHONE} (?:yon )?(?:zanmi|lot moun|moun)|"
        # ("yo pran m" is also "they hired me")
        r"(?:la ?polis|polis) (?:\w+ )?(?:arete|kenbe|pran|fenmen|femen) (?:mwen|m)\b|yo arete (?:mwen|m)\b|"
        r"arete (?:mwen|m) (?:\w+ )?(?:pou|nan|lapolis)|(?:mwen|m) (?:nan|kay|lan) prizon|"
        r"(?:mwen|m) (?:fe|te fe|sot fe|fenk fe) (?:yon )?(?:gwo )?aksidan|"
        r"(?:mwen|m) (?:nan|jwenn ak|gen) (?:yon )?(?:gwo |ti )?(?:pwoblem|traka)|(?:mwen|m) nan ka\b|"
        rf"nou gen (?:\w+ ){{0,2}}{_KIN} (?:ou|w)(?: \w+)? (?:avek|ave|ak) nou|"
        # patois: "mi phone drop inna water", "a new number dis", "mi inna likkle problem"
        rf"(?:mi|my|me) (?:other |odda |odder )?(?:phone|fone|cell|cellphone) (?:don |done |did |get |a )?"
        rf"{_BROKE}\b|"
        r"dis (?:a|is) (?:mi )?new number|a mi new number|new number dis\b|"
        r"mi (?:inna|ina|in|deh inna|deh a|deh pon) (?:a |some )?(?:likkle |little |small |big |serious )?(?:trouble|"
        r"problem|jail|lockup|lock up|police station|cell)\b|"
        # Pidgin: "i get small wahala", "i dey for police station"
        r"(?:i|mi) (?:get|dey for|dey inside|enter|dey face) (?:small |big |serious |one |some )(?:wahala|trouble|"
        r"palava|gbege|problem)|(?:i|mi) (?:get|dey for|enter|dey inside) (?:wahala|palava|gbege)|"
        r"(?:i|mi) dey (?:for |inside )?(?:police station|cell|jail|prison)|"
        # Pidgin: "i dey use another person phone", "police hold me"
        r"(?:i|mi) (?:dey|a|am) (?:use|using|call from|call you from|call yuh from) (?:\w+ ){0,2}(?:person|persin|pesin|"
        r"friend|fren|padi|guy|somebody|smaddy|another|anoda|anodda)(?: s)? (?:phone|fone|line|cell)|"
        r"(?:police|polis|soldier|soldiers|army|immigration) (?:don |dey |come |did |deh )?(?:hold|hol|carry|arrest|catch|ketch|"
        r"lock up|lock|pick|grab|tek|detain) (?:me|mi)\b"),
    "new_phone_steer": (
        r"(?:text|message|whatsapp|chat) (?:mi|me) (?:back )?(?:pon|for|pan) (?:dis|this|di) (?:number|numba|one)|"
        r"(?:ekri|tekste|voye mesaj ban) (?:m|mwen) (?:\w+ )?(?:sou|nan) (?:nouvo )?nimewo (?:sa a|sa|la)|"
        r"(?:se|sa se|sa a se) (?:nouvo|nouvel) nimewo (?:mwen|m)"),
    "money_plea": (
        # Kreyòl: "voye yon ti kòb ban m", "m bezwen lajan", "ede m ak yon ti lajan"
        r"voye (?:\w+ ){0,2}(?:lajan|kob) (?:\w+ ){0,2}(?:ban m|ba m|ban mwen|bay mwen|pou mwen|pou m)\b|"
        r"(?:mwen|m) bezwen (?:\w+ ){0,2}(?:lajan|kob)|ede (?:m|mwen) ak (?:\w+ ){0,2}(?:lajan|kob)|"
        r"prete (?:m|mwen) (?:\w+ ){0,2}(?:lajan|kob)|"
        # patois: "mi need yuh send someting fi mi", "send it fi mi tru western union"
        r"mi (?:need|want|beg) (?:yuh|yu|unu) (?:fi )?(?:send|sen|len|lend|trow|wire|transfer)|"
        r"i (?:wan|want) make (?:you|u) (?:send|transfer|lend)|"
        r"(?:send|sen) (?:\w+ ){0,2}(?:fi (?:mi|me)|for mi)\b|"
        # Pidgin: "abeg send me small money", "help me with small cash"
        r"abeg (?:\w+ ){0,3}(?:send|transfer|lend|borrow|credit|recharge)(?: me| mi)? (?:\w+ ){0,2}(?:money|moni|"
        r"cash|something|sometin|someting|anything|naira|dollars?|pounds?|\d+|recharge card|airtime)|"
        r"(?:send|transfer) (?:me |mi )?small (?:money|moni|cash|something|sometin)|"
        r"help (?:me|mi) (?:with|wit) small (?:money|moni|cash|something)"),
    # --- parcels and barrels held at customs ------------------------------------------------
    "parcel_problem": (
        rf"{_K_PARCEL}(?: \w+){{0,6}} (?:bloke|kenbe|sezi|rete|arete|kole|pran) (?:\w+ ){{0,3}}(?:nan |a |pa |lan )?"
        rf"{_CUSTOMS}|(?:bloke|kenbe|sezi) (?:\w+ ){{0,3}}(?:nan|a|pa|lan) {_CUSTOMS}|"
        rf"{_K_PARCEL} (?:ou|w) (?:\w+ )?(?:bloke|sezi)|"
        rf"{_K_PARCEL}(?: \w+){{0,10}} (?:paspo|kat bank|kat kredi|dwog|lajan kach|bagay ilegal)|"
        # patois and Pidgin: "customs a hold it fi duty", "your consignment is held at the port"
        r"(?:customs|wharf|di wharf|port|airport) (?:\w+ ){0,2}(?:a|did|deh|dey|don) (?:hold|hol|holding|seize|"
        r"lock up|keep|kip|tek|block|detain)(?: \w+){0,2} (?:fi|for|till|until) (?:\w+ )?(?:duty|fee|fees|tax|"
        r"clearance)|"
        r"barrel (?:\w+ ){0,6}(?:hold|held|stuck|seize|seized|lock up|locked up|detained|block|blocked) (?:\w+ ){0,3}"
        r"(?:customs|wharf|port|duty)|"
        r"(?:consignment|goods|parcel|package|box|barrel) (?:\w+ ){0,3}(?:don|dey|deh|a) (?:hold|hol|stuck|block|seize) "
        r"(?:for|for di|for the|at|at the|at di) (?:customs|port|airport|wharf)"),
    "parcel_trouble": (
        rf"{_K_PARCEL} (?:\w+ ){{0,3}}(?:pa ka|pa t ka|pat ka|pa te ka) (?:livre|rive|delivre)|"
        rf"adres {_YOU} (?:\w+ )?(?:pa konple|enkonple|pa bon|pa korek)"),
    # --- the offers: a prize, a gift card, benefits, easy returns ----------------------------
    "prize": (
        # ("ou genyen" is also "you have": "ou genyen yon randevou demen a 2")
        r"(?:ou|w|nou) (?:te |fenk |sot |fin )?(?:genyen|ranpote|gagne) (?:\w+ ){0,3}(?:pri|lotri|lotto|bolet|"
        r"kat kado|gwo lo|kwazye|jakpot|jackpot)\b|"
        r"(?:ou|w) (?:te |fenk |sot )(?:genyen|ranpote|gagne) (?:\w+ ){0,3}(?:machin|vwayaj|milyon|(?:\d+|mil|san) "
        r"dola)|felisitasyon (?:\w+ ){0,8}(?:chwazi|genyen|pri|kat kado|lotri|seleksyone)|"
        # "your phone number was chosen": "nimewo telefòn ou te chwazi"
        rf"nimewo (?:\w+ ){{0,2}}{_YOU} (?:te |fenk )?(?:chwazi|seleksyone|tire)|"
        # patois and Pidgin: "yuh win", "you don win", "yuh name draw"
        rf"(?:(?:yuh|yu|unu|una) (?:jus |just |did |don |deh )?|(?:you|u) don )win (?:\w+ ){{0,3}}(?:prize|lotto|lottery|"
        r"car|jackpot|promo|cash|money|million|tousand|thousand|naira|dollars?|\d+)|"
        r"(?:yuh|yu) (?:name|number|numba) (?:\w+ )?(?:draw|drawn|pick|picked|select|selected|come up) (?:\w+ )?"
        r"(?:fi|for|inna|in) (?:\w+ ){0,2}(?:prize|draw|promo|lotto|giveaway)"),
    "eligibility": (
        rf"si {_YOU} kalifye|{_YOU} (?:ka )?kalifye pou|{_YOU} elijib|{_YOU} (?:te )?seleksyone pou"),
    "gift_card": r"kat kado|kat (?:itunes|google play|apple|steam|walmart|target)",
    "benefits_offer": (
        r"kat (?:maket|manje|episri|pou (?:achte )?manje)|(?:plis|ogmante|ogmantasyon|ekstra) lajan (?:sou|nan) "
        r"(?:chek|kat) (?:sosyal|social security|sekirite sosyal|medicare)|"
        r"(?:nouvo|gwo) benefis (?:\w+ ){0,4}(?:medicare|medicaid)|asirans (?:sante )?gratis|"
        r"plan (?:sante|medicare) (?:\w+ )?(?:zewo|0) dola"),
    "investment": (
        # "lajan w ap double", patois "inna two week yuh get back two tousand", Pidgin "your money go double"
        rf"lajan {_YOU} (?:ap|pral|va) (?:double|doub|triple|miltipliye)|(?:double|doub) lajan {_YOU}|"
        r"(?:benefis|pwofi|retou) garanti|garanti (?:\w+ ){0,2}(?:benefis|pwofi|retou)|"
        r"(?:put in|invest|put dung|put down|sen in) (?:\w+ ){0,4}(?:an |and )?(?:inna|ina|in|after|widin|within) "
        r"(?:\w+ ){0,2}(?:week|weeks|wk|day|days|month|months|munt) (?:\w+ ){0,2}(?:get back|get|tek out|collect|"
        r"draw|mek|make|see) (?:back )?(?:\w+ ){0,3}(?:tousand|thousand|double|triple|hundred)|"
        r"(?:double|triple) (?:yuh|yu|unu|una) (?:money|moni|cash)|"
        rf"(?:{_YUH}|your|una) (?:money|moni|cash) (?:go|a go|ago|wi|will) (?:double|triple)|"
        rf"(?:{_YUH}) (?:go|a go|ago|wi) (?:collect|get|receive|draw) (?:\w+ )?(?:double|triple)"),
    # --- what honest callers say ------------------------------------------------------------
    "legit_no_ask": (
        r"(?:nou|bank lan|labank|yo) (?:pap|p ap|pa p|pa ap|pa|pa janm|p ap janm|pap janm|pa ap janm|pa jamn) "
        r"(?:janm |jamn |jame )?(?:\w+ )?mande (?:ou |w )?(?:\w+ ){0,2}(?:pin|kod|modpas|mo de pas|password|"
        r"nimewo kat|otp)|pa (?:janm )?bay (?:pesonn|okenn moun) (?:\w+ ){0,2}(?:kod|pin|modpas|otp)|"
        rf"(?:wi (?:will )?(?:nevah|never|neva)|(?:wi|we) (?:no go|no dey|no)) (?:ever )?ask (?:{_YUH} )?(?:fi|for) "
        r"(?:yuh |your |una )?(?:pin|password|otp|code|bvn)|"
        r"(?:nuh|no|never|neva) (?:give|share|tell|send) (?:nobody|anybody|anyone) (?:yuh |your )?(?:otp|pin|"
        r"password|code|bvn)"),
    "legit_bank": (
        rf"nimewo (?:\w+ ){{0,2}}(?:deye|do) kat {_YOU}|(?:deye|do) kat {_YOU} (?:\w+ )?(?:la|a)? ?nimewo"),
    "legit_appointment": (
        r"randevou (?:\w+ ){0,3}(?:konfime|pou (?:lendi|madi|mekredi|jedi|vandredi|samdi|dimanch|demen))|"
        r"(?:raple|rapel) (?:\w+ ){0,2}randevou|randevou (?:ak|kay|lakay) (?:dokte|dantis|klinik|enfimye)|"
        r"(?:medikaman|renmed|preskripsyon|grenn) (?:\w+ ){0,4}(?:pare|disponib)"),
    "legit_press": (
        rf"{_PRESS} pou (?:konfime|chanje|anile|repwograme) (?:\w+ )?randevou|"
        rf"{_PRESS} pou (?:repran|renouvle|komande|relanse) (?:\w+ )?(?:medikaman|preskripsyon|renmed)|"
        rf"pou (?:konfime|chanje|anile) (?:\w+ )?randevou (?:\w+ ){{0,2}}{_PRESS_WORD}|"
        rf"pou (?:kreyol|angle|franse|panyol)(?: \w+)? {_PRESS_WORD}(?: sou)? {_KEY}|"
        # a bank's yes-or-no check of a purchase: "si se ou ki te fè acha a, peze 1"
        r"si (?:se )?(?:ou|w) (?:ki )?(?:te )?fe (?:acha|tranzaksyon|peman) (?:sa a|sa|a|la)(?: \w+){0,3} "
        rf"{_PRESS_WORD}"),
    "legit_no_action": (
        r"pa gen (?:anyen )?(?:ki )?(?:prese|ijan|ijans)|anyen pa prese|(?:ou|w) pa bezwen fe anyen|"
        r"pa gen anyen (?:ki )?(?:grav|mal)|pa enkyete (?:w|ou) (?:\w+ )?(?:li byen|tout bagay anfom|anyen pa mal)|"
        r"(?:nutten|nuttn) (?:nuh|no) (?:wrong|serious)|no need fi (?:fret|worry)"),
    "legit_casual": (
        rf"rele (?:m|mwen) le {_YOU} (?:leve|lib|gen tan|fini|rive|we sa)|m rive (?:\w+ )?byen|"
        r"(?:bo|bise|anpil lanmou) pou (?:tout )?(?:moun|timoun|fanmi)|"
        rf"link (?:mi|me) when {_YUH} (?:free|ready|get a chance|ready)|mi reach (?:\w+ )?(?:safe|good|aright)|"
        r"walk good|bless up|i don reach (?:\w+ )?(?:safe|well)|greet (?:mummy|daddy|mama|papa|everybody|your people)"),
}
