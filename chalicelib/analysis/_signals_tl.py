"""The same evidence in romanised Tagalog and Taglish: what robocalls to Filipino households say.

Scam calls to families in the Philippines and to Filipinos abroad switch between Tagalog and
English in one breath ("ang inyong kuryente ay puputulin ngayong hapon, pindutin ang 1"; "may
overdue po kayo, ma-settle nyo through GCash sa collector namin"), and so do the honest callers
they mimic (the power company's advisory, the pharmacy, the courier, the bank, a relative).
Speech recognition writes those words in Latin letters and spells the particles several ways
("nyo", "niyo", "ninyo"; hyphens and apostrophes vanish, so "na-hold" reads "na hold").  Each
entry adds phrases of the same meaning to the English signal of the same key in ``_signals``, as
``_signals_es`` and ``_signals_hi`` do: "puputulin ang kuryente" weighs as "your power will be
cut off", "huwag sabihin kahit kanino" as "don't tell anyone", "bagong number ko ito" as "this is
my new number", and "hindi po namin hihingin ang inyong PIN" as "we will never ask for your PIN".

Patterns match the normalised text and describe the behaviour (a key to press, a threat, a
secret, a fee before something held is freed, a relative in trouble on a new number), never
one campaign's words.

The consulate and benefit robocalls of 2020-26 add the passport "na-flag sa immigration" or
"ginamit sa ilegal na transaksyon", a "pending na kaso" and a summons from the consulate, a
benefit that stops ("hindi na kayo makakatanggap ng benepisyo"), a refund or an important document
"hindi pa nakukuha" (OWWA, Pag-IBIG, SSS), the card to have ready for the next call, "huwag pong
ibaba ang telepono", and the transfer without a key ("manatili po sa linya at ikokonekta namin kayo
sa aming agent", as "a representative will be with you").
"""

from __future__ import annotations

__all__ = ["TAGALOG"]

# Fillers Tagalog puts between any two words: politeness ("po", "ho"), "lang", "na", "muna".
_P = r"(?:(?:po|ho|lang|lamang|na|pa|muna|nga|naman|pong) ){0,3}"
# "you" / "your" in its spellings ("inyong", "nyong", "niyo", "mo") and the listener's things.
_YOU = r"(?:nyo|niyo|ninyo|mo|kayo|ka)"
_KEY = (r"(?:(?:numero |number )?(?:isa|dalawa|tatlo|apat|lima|anim|pito|walo|siyam|syam|sero|zero|uno|dos|"
        r"tres|kuwatro|kwatro|singko|sais|siyete|syete|otso|nuwebe|one|two|three|four|five|six|seven|eight|nine|"
        r"\d))")
# A key to press ("pindutin ang 1", "pumindot ng numero uno", "i-press ang 2"), but not a language
# menu ("para sa Tagalog, pindutin ang 2"): honest notices have those too.
_PRESS_VERB = r"(?:pindutin|pindotin|pindutan|pumindot|pindot|pipindutin|ipindot|i pindot|i press|ipress|mag press)"
_PF = r"(?:(?:po|ho|lang|lamang|na|muna|nyo|niyo|ninyo|mo|pong|nyong|niyong|ninyong|mong|agad) ){0,4}"
_PRESS = (rf"(?<!tagalog )(?<!filipino )(?<!english )(?<!ingles )"
          rf"(?:{_PRESS_VERB} {_PF}(?:(?:ang|ng|yung|sa) )?|press {_PF}(?:ang|ng|yung) ){_KEY}"
          r"(?! (?:po )?(?:para sa|for) (?:tagalog|filipino|english|ingles|wikang))")
# What the key is for: to reach a person or act on the claim ("para makausap ang aming agent").
_ACT = (r"(?:makausap|kausapin|makipag usap|makipagusap|makipag ugnayan|maiwasan|iwasan|mapigilan|pigilan|ihinto|"
        r"matigil|mabayaran|magbayad|makabayad|bayaran|ma settle|i settle|ma claim|i claim|maclaim|iclaim|makuha|kunin|"
        r"ma release|mai release|mailabas|ma block|i block|ma cancel|i cancel|ma activate|i activate|ma verify|"
        r"i verify|ma update|i update|ma reactivate|ma unlock|i unlock|ma avail|mag avail|mag apply|mag enroll|"
        r"ma enroll|mag register|ma register|matanggap|ma receive|mag renew|i renew|ma renew|makapag renew|"
        r"ma connect|makonekta|ikonekta|maikonekta|ma confirm (?:ang )?(?:inyong |iyong )?"
        r"(?:address|identity|impormasyon|information|detalye|details|account)|i confirm (?:ang )?(?:inyong |iyong )?"
        r"(?:address|identity|impormasyon|information|detalye|details|account))")
# A relative in the listener's family ("ang kapatid nyo", "apo mo").
_KIN = r"(?:anak|apo|kapatid|pamangkin|asawa|mister|misis|pinsan|inaanak)"
# The verbs of "will be blocked / suspended / closed" in the future tense ("mababa-block").
_WILL_BLOCK = (r"(?:ma ?ba ?block|ma ?bo ?block|masususpindi|masususpende|ma ?su ?suspindi|ma ?bla ?block|ma ?blo ?block|i ?ba ?block|i ?blo ?block|ma ?de ?deactivate|"
               r"i ?de ?deactivate|ma ?fe ?freeze|i ?fe ?freeze|ma ?fri ?freeze|ma ?su ?suspend|i ?su ?suspend|isasara|"
               r"masasara|isasarado|ma ?ka ?cancel|i ?ka ?cancel|kakanselahin|makakansela|mawawala|mabubura|buburahin)")
# Not a planned outage for the whole area ("puputulin ang kuryente sa inyong lugar para sa maintenance").
_NOT_AREA = (r"(?! (?:\w+ ){0,3}(?:sa (?:inyong |ating |buong |iyong )?(?:lugar|area|barangay|kalye|street|"
             r"subdivision|bayan|probinsya)|maintenance|pagkukumpuni|pag aayos))")
# Held, stopped or seized ("naka-hold", "hinarang", "kinumpiska").
_HELD = (r"(?:naka ?hold|na ?hold|hinold|naipit|na ipit|naharang|hinarang|kinumpiska|nakumpiska|na confiscate|"
         r"na seize|na stuck)")

TAGALOG: dict[str, str] = {
    # --- threats and their consequences ---------------------------------------------------
    "utility_cutoff": (
        # "ang inyong kuryente ay puputulin ngayong hapon", "mapuputulan kayo ng tubig"
        r"(?:kuryente|koryente|ilaw|tubig|serbisyo|linya|koneksyon|koneksiyon|internet|supply|metro)"
        r"(?: \w+){0,4} (?:ay )?(?:puputulin|puputulan|putulin|mapuputol|mapuputulan|ipuputol|puputol|ididiskonekta|"
        rf"madidiskonekta|i di disconnect|ma di disconnect|madi disconnect){_NOT_AREA}|"
        r"(?:puputulin|putulin|ipuputol|mapuputol) (?:na )?(?:po )?(?:ang |yung )?(?:inyong |iyong )?"
        rf"(?:kuryente|koryente|ilaw|tubig|serbisyo|linya|koneksyon|internet|supply){_NOT_AREA}|"
        r"(?:puputulan|mapuputulan|putulan) (?:na )?(?:po )?(?:kayo|ka|ang bahay)(?: po)? ng (?:kuryente|ilaw|tubig|"
        r"serbisyo|internet)|"
        # "naka-schedule na po for disconnection", "pwede pa po natin ma-hold yung cut off"
        r"naka ?schedule (?:na )?(?:po )?(?:for |para sa |ang )?(?:disconnection|putol|pagputol|cut ?off)|"
        # "may putol na po kayo bukas", "for disconnection na po ang account ninyo"
        r"(?:putol|pagputol|for disconnection|for cut ?off) (?:na )?(?:po )?(?:kayo|ka|ang (?:inyong |iyong )?"
        r"(?:account|kuryente|koryente|linya|serbisyo|tubig|ilaw)|sa (?:inyong |iyong )?(?:bahay|address|account))|"
        r"(?:ma hold|i hold|pigilan|mapigilan|ihinto|itigil|maiwasan|iwasan|ma stop|i stop|ma cancel) "
        r"(?:pa )?(?:po )?(?:natin |namin |ang |yung |ng )?(?:ang |yung )?(?:cut ?off|disconnection|putol|pagputol|"
        r"pagpuputol)|"
        r"(?:technician|tekniko|crew|lineman|tauhan)(?: \w+){0,3} (?:papunta na|on the way na|nasa daan na|padating na)"
        r"(?: \w+){0,4} (?:putulin|puputulin|magputol|i disconnect|tanggalin)|"
        r"(?:tatanggalin|kukunin|babaklasin|aalisin) (?:na )?(?:po )?(?:namin )?(?:ang |yung )?(?:inyong |iyong )?"
        r"(?:metro|meter|kuntador)"),
    "legal_threat": (
        # "may warrant of arrest na laban sa inyo", "kakasuhan po kayo", "huhulihin kayo ng NBI"
        r"warrant (?:of arrest )?(?:na )?(?:po )?(?:laban sa|para sa|sa pangalan)|"
        r"(?:huhulihin|hulihin|aarestuhin|arestuhin|dadamputin|damputin|ikukulong|ipapakulong|ipakukulong|"
        r"kakasuhan|kasuhan|sasampahan (?:ng )?kaso|idedemanda|ipapaaresto|ipaaresto) (?:na )?(?:po )?(?:kayo|ka|"
        r"namin kayo|namin ka|kita)|"
        r"(?:makukulong|maaaresto|mahuhuli|madadampot) (?:po )?(?:kayo|ka)|"
        r"(?:kaso|kasong|reklamo|demanda)(?: \w+){0,3} (?:laban sa inyo|laban sa iyo|laban sa (?:inyong|iyong) "
        r"pangalan|sa pangalan (?:nyo|niyo|ninyo|mo))|"
        # the case sent on to the police, the NBI, a court; the summons sent to the barangay
        r"(?:ipapasa|ipapadala|ire refer|i refer|ifo forward|i forward|iaakyat) (?:na )?(?:po )?(?:namin )?"
        r"(?:(?:ang|yung) (?:kaso|file|reklamo) (?:\w+ )?)?sa (?:nbi|pnp|pulis|police|korte|piskal|fiscal|cidg|"
        r"cybercrime)|"
        r"(?:nbi|pnp|pulis|police|cidg|awtoridad|sheriff)(?: \w+){0,3} (?:pupunta|darating|pupuntahan|dadalaw|susundo)"
        r"(?: \w+){0,2} (?:sa )?(?:inyong|iyong|bahay|barangay|opisina|trabaho)|"
        r"(?:subpoena|warrant|summons|demand letter)(?: \w+){0,5} (?:sa )?(?:inyong |iyong )?barangay|"
        r"ma ?clear (?:po )?(?:ang |yung )?(?:inyong |iyong )?pangalan|"
        # "para hindi kayo makasuhan", "may nakitang droga"
        r"(?:para|upang) (?:po )?(?:hindi|di) (?:na )?(?:po )?(?:kayo|ka) (?:ma )?(?:kasuhan|makasuhan|hulihin|mahuli|"
        r"arestuhin|maaresto|ikulong|makulong|madamay)|"
        r"(?:may|nakitang|nakita ang|nakitaan ng) (?:na )?(?:droga|shabu|ipinagbabawal na gamot)|"
        # the passport or number "flagged" or "used in something illegal": "ang inyong pasaporte ay na-flag sa
        # immigration", "ginamit sa illegal na transaksyon"; a case "pending" with immigration or the NBI
        r"(?:pasaporte|passport|pangalan|visa|social security(?: number)?|ssn|numero|id)(?: \w+){0,3} (?:ay )?(?:po )?"
        r"(?:na ?flag|naka ?flag|na ?blacklist|naka ?blacklist)|"
        r"ginamit (?:po )?(?:sa|para sa) (?:\w+ ){0,2}(?:illegal|ilegal|krimen|droga|scam|panloloko|pandaraya|"
        r"money laundering|smuggling)|"
        r"(?:social security|ssn|sss)(?: number| numero)? (?:ay )?(?:na ?suspend|nasuspinde|sinuspinde|na ?block|"
        r"na ?freeze)|"
        r"(?:may|mayroon) (?:po )?(?:kayong |kang )?(?:pending na |nakabinbing |nakasampang )?kaso (?:po )?(?:kayo |ka )?"
        r"sa (?:immigration|nbi|pnp|pulis|dfa|bir|customs)|"
        # the lending app's "ipapahiya namin kayo sa lahat ng contacts ninyo"
        r"(?:ipapahiya|ipagkakalat|ikakalat|ipopost|i po post|isesend|ise send|ipapadala)(?: \w+){0,4} (?:sa )?"
        r"(?:lahat ng )?(?:mga )?(?:contacts?|kontak|kamag anak|kaibigan|employer|amo|katrabaho) "
        r"(?:nyo|niyo|ninyo|mo)"),
    "lawsuit_notice": (
        r"(?:kaso|kasong|demanda|reklamo)(?: \w+){0,2} (?:na )?(?:isinampa|naisampa|nai file|na file|finile|filed)"
        r"(?: \w+){0,2} (?:laban|sa pangalan)|nakabinbing kaso|"
        # summoned by the consulate, the NBI or a court: "pinapatawag po kayo ng Philippine Consulate"
        r"(?:pinapatawag|pinatatawag|ipinapatawag|ipinatatawag|pinatawag|ipinatawag) (?:po )?(?:kayo |ka )?(?:po )?"
        r"(?:ng|sa) (?:\w+ )?(?:konsulado|consulate|embahada|embassy|nbi|korte|immigration|pulis|pnp|dfa)"),
    "suspension_threat": (
        # "ang inyong account ay mababa-block ngayong araw", "isasara po ang inyong wallet"
        rf"(?:account|card|sim|numero|number|wallet|gcash|maya|pasaporte|passport|visa|lisensya|lisensiya|license|"
        rf"benepisyo|benefits?|pension|pensyon|linya)(?: \w+){{0,4}} (?:ay )?{_WILL_BLOCK}|"
        rf"{_WILL_BLOCK} (?:na )?(?:po )?(?:ang |yung )?(?:inyong |iyong |nyong |niyong )?(?:account|card|sim|"
        r"numero|number|wallet|pasaporte|passport|visa|lisensya|license|benepisyo|pension|pensyon)|"
        # the pension or benefit held or stopped: "ang inyong pension ay naka-hold", "ititigil ang benepisyo"
        r"(?:pension|pensyon|benepisyo|benefits?|ayuda)(?: \w+){0,3} (?:ay )?(?:po )?(?:naka ?hold|na ?hold|na ?suspend|"
        r"itinigil|ititigil|ihihinto|puputulin)|"
        # "hindi na kayo makakatanggap ng benepisyo" (your benefits will stop)
        r"(?:hindi|di) na (?:po )?(?:kayo|ka) (?:po )?(?:makakatanggap|makakakuha|makaka claim|makakapag claim) (?:po )?"
        r"(?:ng|nang) (?:inyong |iyong )?(?:benepisyo|benefits?|pension|pensyon|ayuda|remittance)"),
    "consequence": (
        # "kung hindi kayo magbabayad ngayon", "para maiwasan ang pagputol", "mawawalan kayo ng kuryente"
        rf"(?:kung|kapag|pag) (?:hindi|di) {_P}(?:{_YOU} )?{_P}(?:magbabayad|magbayad|babayaran|mabayaran|mababayaran|"
        r"tatawag|tumawag|sasagot|sumagot|mag respond|kikilos|kumilos|i settle|ma settle|masettle|ma confirm|"
        r"mag confirm|ma verify|nabayaran|naayos|na settle|ma update)|"
        r"(?:para|upang) (?:po )?(?:hindi|di) (?:po )?(?:kayo |ka )?(?:maputulan|makasuhan|mahuli|maaresto|makulong|"
        r"ma block|mablock|ma suspend|ma cancel|madamay|mapenalty|mamultahan)|"
        r"(?:para|upang) (?:po )?(?:maiwasan|iwasan|mapigilan) (?:po )?(?:ang |yung |natin ang )?(?:disconnection|"
        r"pagputol|putol|cut ?off|kaso|pagkaaresto|aresto|multa|penalty|suspension|pag block|pagkansela|cancellation|"
        r"pagsasara|legal action)|"
        r"mawawalan (?:po )?(?:kayo|ka) (?:na )?(?:po )?ng (?:kuryente|ilaw|tubig|serbisyo|benepisyo|benefits|"
        r"pension|pensyon|account|pera|access|coverage|linya)"),
    "urgency": (
        # "tumawag agad", "magbayad ngayon din", "sa lalong madaling panahon"
        r"(?:tumawag|tawagan|tawag|magbayad|bayaran|i settle|ma settle|kumilos|mag reply|sumagot|ipadala|magpadala|"
        r"i send|mag send|i confirm|ma confirm|mag renew|i renew|i update|mag update)(?: \w+){0,3} "
        r"(?:agad|kaagad|agaran|ngayon din|ngayon mismo)|"
        r"sa lalong madaling panahon|ngayon din mismo|apurahan|madalian po"),
    "deadline": (
        # "hanggang ngayong araw na lang", "bago matapos ang araw", "huling paalala"
        r"hanggang (?:ngayong|mamayang) (?:araw|gabi|hapon|umaga|tanghali)(?: na)? (?:lang|lamang)|"
        r"ngayong araw (?:na )?(?:lang|lamang)|bago (?:mag |ang )?(?:matapos ang araw|end of (?:the )?day|hatinggabi)|"
        r"(?:huling|huli na pong|huli nang) (?:abiso|paalala|pagkakataon|tawag|babala|notice|araw)|"
        r"limitado (?:na )?(?:po )?(?:lang )?(?:ang )?(?:slot|slots|oras|panahon|bilang)"),
    "unsolicited_alert": (
        # "may na-detect po kaming unauthorized na transaction"
        r"na ?detect (?:po )?(?:kami|kaming|namin|ang (?:aming |ming )?system)|"
        r"(?:nakita|napansin) (?:po )?(?:kami|kaming|namin)(?: \w+){0,2} (?:problema|kahina hinala|"
        r"kahinahinala|kakaiba|unauthorized|suspicious|hindi awtorisado)"),
    "unexpected_charge": (
        # "kung hindi po kayo ang gumawa, pindutin ang 1" (if it was not you), a card used "sa ibang bansa" (abroad)
        r"kung (?:hindi|di) (?:po )?(?:kayo|ikaw) (?:po )?ang (?:gumawa|nagbayad|bumili|nag order|nag withdraw|nag \w+)|"
        r"(?:ginamit|nagamit) (?:po )?(?:ang |yung )?(?:inyong |iyong )?(?:credit |debit |atm )?card(?: \w+){0,4} "
        r"(?:sa ibang bansa|sa abroad|overseas|abroad)"),
    "bank_fraud": (
        r"(?:kahina hinalang|kahinahinalang|kakaibang|hindi awtorisadong|unauthorized na|unauthorized|suspicious na) "
        r"(?:na )?(?:transaksyon|transaksiyon|transaction|login|pag login|activity|aktibidad|withdrawal|pag withdraw|"
        r"paglabas ng pera|bawas|kaltas)"),
    "account_locked": (
        r"(?:account|wallet|card|gcash|maya) (?:\w+ ){0,3}(?:ay )?(?:pansamantalang )?(?:na lock|naka lock|nalock|"
        r"na block|naka block|nablock|na freeze|naka freeze|na suspend|naka suspend|na restrict|naka restrict|"
        r"na limit|na deactivate|nadeactivate|naka hold)|"
        rf"(?:i click|iclick|i klik|iklik|mag click|i tap|itap|i open|iopen|buksan) {_PF}(?:ang |yung |sa )?"
        r"(?:link|website)"),
    "account_alert": (
        r"na ?hack (?:po )?(?:ang |yung )?(?:inyong |iyong )?(?:account|gcash|maya|card|email|facebook|computer)|"
        r"(?:account|gcash|maya|card|email|facebook)(?: \w+){0,3} (?:ay )?(?:na ?hack|na ?compromise|nakompromiso)"),
    "penalty_due": (
        r"(?:multa|penalty|penalidad|penalties)(?: \w+){0,3} (?:na )?(?:kailangang |dapat |kailangan nyong |"
        r"kailangan ninyong )?(?:bayaran|babayaran|mabayaran)|"
        r"(?:bayaran|babayaran|magbayad ng|mabayaran) (?:po )?(?:nyo |niyo |ninyo |mo )?(?:po )?(?:ang |yung |ng )?"
        r"(?:multa|penalty|penalidad)"),
    "tax_debt": (
        r"(?:utang|kulang|hindi nabayarang|hindi bayad na|atraso|unpaid) (?:po )?(?:kayo |kayong |ka |kang )?"
        r"(?:na |sa |ng )?(?:buwis|tax)|"
        r"(?:hindi|di) (?:pa )?(?:po )?(?:kayo |ka )?(?:nababayarang|nabayarang|nagbabayad ng) (?:buwis|tax)|"
        r"(?:buwis|tax) (?:na )?(?:hindi (?:pa )?(?:nababayaran|nabayaran)|na utang)"),
    # --- the ask ----------------------------------------------------------------------------
    "robocall": (
        rf"{_PRESS}|ito (?:po )?ay (?:isang )?(?:automated|recorded|pre recorded|prerecorded|awtomatikong) "
        r"(?:na )?(?:mensahe|tawag|message|call)|"
        r"(?:para|upang) (?:po )?(?:makausap|makipag usap sa|kausapin) (?:ang |ng |sa )?(?:aming |ming )?"
        r"(?:agent|ahente|representative|kinatawan|operator|officer|opisyal|customer service)"),
    "press_to_act": (
        rf"{_PRESS} {_P}(?:para |upang )?(?:sa )?{_P}(?:{_ACT}|ngayon|agad|kaagad)|"
        rf"(?:para|upang) {_P}{_ACT}(?: \w+){{0,5}} {_PRESS_VERB}|"
        # the live transfer without a key, as "a representative will be with you": "manatili po sa linya at
        # ikokonekta namin kayo sa aming agent", "may opisyal na kakausap po sa inyo"
        # (not a town hall's "manatili sa linya para makinig": to listen)
        r"(?:manatili|maghintay|mag antay|mag hold) (?:po |lang |lamang |muna )*sa linya(?:$| (?:po )?(?:at|para|upang) "
        r"(?:\w+ ){0,4}(?:makausap|kausapin|ikokonekta|ikukonekta|iko connect|ililipat|agent|ahente|representative|"
        r"kinatawan|opisyal|officer|operator))|"
        r"(?:ikokonekta|ikukonekta|iko connect|ico connect|i co connect|ililipat|itatransfer|i ta transfer|i transfer) "
        r"(?:po )?(?:namin |ko )?(?:po )?(?:kayo |ka )?(?:po )?sa (?:aming |ming |isang |ating )?(?:agent|ahente|"
        r"representative|kinatawan|operator|officer|opisyal|imbestigador)|"
        r"may (?:isang )?(?:(?:agent|ahente|opisyal|officer|kinatawan) (?:na |po na )?)?(?:kakausap|makikipag usap) "
        r"(?:po )?sa (?:inyo|iyo)"),
    "advance_fee": (
        # a fee before something is released: "may babayaran po para makalabas siya",
        # "bayaran muna ang processing fee bago i-release ang loan"
        r"(?:babayaran|bayaran|bayad|magbayad|i settle|ma settle)"
        r"(?: \w+){0,4} (?:para|bago) (?:po )?(?:ma |mai |i |maka )?(?:release|mailabas|ilabas|makalabas|claim|"
        r"makasakay|makaalis|clear|pakawalan|mapalaya|withdraw|disburse|unlock|makuha (?:ang |yung )?(?:inyong |"
        r"iyong )?(?:premyo|pera|padala|package|box|napanalunan|loan|refund|kita|commission|komisyon))|"
        r"(?:bago|para) (?:po )?(?:ma |mai |i )?(?:release|mailabas|ilabas|ipadala|disburse|withdraw|makuha|claim|"
        r"matanggap)(?: \w+){0,5} (?:fee|tax|buwis|deposit|deposito|singil)|"
        r"(?:bayaran|magbayad|i settle|ma settle|ipadala|magdeposito|mag deposit) (?:nyo |niyo |ninyo |mo )?"
        r"(?:po )?muna (?:ang |yung |ng )?(?:\w+ ){0,2}(?:fee|tax|buwis|deposit|deposito|singil|charge)|"
        # "kailangan magbayad ng reservation fee", "kailangan po ninyong magdeposito ng 5 000"
        rf"kailangan {_P}(?:(?:nyo|niyo|ninyo|mo|nyong|niyong|ninyong|mong) )?{_P}(?:ng |na |munang |nang )?"
        r"(?:magbayad|magdeposito|"
        r"mag deposit|magpadala|mag send|magbigay) (?:po )?(?:muna )?(?:ng|nang) (?:\w+ ){0,3}(?:deposit|deposito|"
        r"processing|release|reservation|placement|notarial|insurance|membership|verification|activation|"
        r"withdrawal|clearance|handling|training|advance|pang ?reserve)"),
    # the link that opens only once the reader answers: "reply yes para makatanggap ng link", "reply 1 para sa link"
    "link_trick": (
        r"(?:reply|mag reply|i reply|sagutin|sumagot|i text)(?: ng)? (?:yes|oo|1|y)(?: po)? (?:para|para sa|para "
        r"makatanggap ng|para matanggap ang|para makuha ang|para ma receive ang) (?:ang |yung )?link"),
    # the "wrong send" to return: "nagkamali po ako ng send ng 3 500 sa gcash nyo ... pakibalik na lang po sa 0917"
    "reversal_plea": (
        r"(?:nagkamali|nagkamaling|mali) (?:po )?(?:ako |kami )?(?:po )?(?:ng |sa |nang )?(?:send|sent|padala|pag send|"
        r"transfer|pag transfer)(?: \w+){0,14} (?:pakibalik|ibalik|paki return|pakisauli|isauli|i return)\b"),
    "fee_to_release": (
        # the task app's "mag-top up muna para ma-withdraw ang commission", in either order
        r"(?:para|bago) (?:po )?(?:ma |mai |makapag |maka )?(?:withdraw|release|unlock|makuha|claim) (?:\w+ ){0,4}"
        r"(?:commission|komisyon|kita|kinita|earnings|profit|balance|sahod|sweldo|panalo)(?: \w+){0,5} "
        r"(?:mag ?top ?up|top ?up|mag ?recharge|mag ?deposit|magdeposito)|"
        r"(?:mag ?top ?up|mag ?recharge|mag ?deposit|magdeposito)(?: \w+){0,6} (?:para|bago) (?:po )?(?:ma |mai )?"
        r"(?:unlock|ma unlock|mabuksan|ma complete|makumpleto|matapos) (?:ang |yung )?(?:susunod na |next )?"
        r"(?:task|tasks|level|order|misyon)|"
        r"(?:mag ?top ?up|top ?up|mag ?recharge|mag ?deposit|magdeposito|magdagdag)(?: \w+){0,6} (?:para|bago) "
        r"(?:po )?(?:ma |mai )?(?:withdraw|makuha|release|mailabas|unlock|claim|makapag withdraw)(?: \w+){0,3} "
        r"(?:ang |yung )?(?:commission|komisyon|kita|sahod|sweldo|pera|balance|earnings|profit|kinita|panalo)|"
        r"(?:hindi|di) (?:pa )?(?:po )?(?:ma withdraw|mawithdraw|makukuha|mare release|mailalabas|makakapag withdraw)"
        r"(?: \w+){0,4} (?:hangga t|hanggat|hangga|habang|kung|until|unless)(?: \w+){0,4} (?:hindi|di|mag ?top ?up|"
        r"magbayad|mabayaran|bayaran)"),
    "payment_demand": (
        # "kailangan nyo pong magbayad ngayon", "bayaran nyo na today"
        r"(?:magbayad|bayaran|mabayaran|i settle|ma settle|mag settle) (?:na )?(?:po )?(?:nyo |niyo |ninyo |mo )?"
        r"(?:na )?(?:po )?(?:ngayon|today|agad|kaagad|ngayong araw|ngayong gabi|within the day)"),
    "odd_payee": (
        # money sent to a person: "through GCash sa collector namin", "sa personal na GCash ko"
        r"(?:gcash|g cash|maya|paymaya|palawan|cebuana|coins ph)(?: \w+){0,4} (?:sa|ng|kay|to) (?:aming |ming |our )?"
        r"(?:collector|kolektor|ahente|tauhan)|"
        # ... to "our field account" or "under the collection officer", its number and name sent by text: "sa GCash na
        # lang po ng field account namin, ite-text ko po ang number at pangalan"
        r"(?:gcash|g cash|maya|paymaya)(?: \w+){0,6} (?:sa|ng|under|kay) (?:po )?(?:yan |iyan )?(?:ng )?(?:\w+ )?"
        r"(?:field account|field agent|field officer|collection officer|personal na account|personal account)|"
        r"under (?:po )?(?:yan |iyan |ito |yun )?(?:ng|sa|kay) (?:\w+ )?(?:collection officer|collector|kolektor|"
        r"field agent|field officer)|"
        r"(?:gcash|g cash|maya|paymaya)(?: \w+){0,10} (?:i ?te ?text|itetext|i se send|ise send|isesend) (?:ko|namin) "
        r"(?:po )?(?:sa inyo |sa iyo )?(?:ang |yung )?(?:number|numero|account|qr)(?: \w+){0,2} (?:at|and) "
        r"(?:pangalan|name)|"
        r"(?:ipadala|i send|isend|ibayad|bayaran|i gcash|igcash|mag gcash|magbayad|i transfer) (?:po )?(?:nyo |niyo |"
        r"ninyo |mo )?(?:po )?(?:na )?(?:lang )?(?:sa|kay) (?:aming |ming )?(?:collector|kolektor|tauhan)"),
    "wire_cash": (
        r"(?:through|thru|via|sa pamamagitan ng|gamit ang) (?:gcash|g cash|maya|paymaya|pay maya|palawan(?: express)?|"
        r"cebuana(?: lhuillier)?|m ?lhuillier)"),
    "ask_code": (
        r"(?<!ibigay ang )(?<!ibigay yung )(?<!ibahagi ang )(?<!i share ang )(?<!ishare ang )(?<!sabihin ang )"
        r"(?:code|otp|verification code|pin)(?: po)? (?:na )?(?:natanggap|na receive|nareceive|dumating|pinadala|"
        r"ipinadala|sinend|na send|tinext|pumasok|matatanggap) (?:po )?(?:nyo|niyo|ninyo|mo|sa inyo|sa iyo|sa "
        r"(?:inyong|iyong) (?:phone|cellphone|selpon|number|numero))"),
    "ask_card": (
        # the card made ready for the next call: "paki-ready na lang po yung card ninyo", "ihanda ang inyong card"
        r"(?:paki ?ready|pakiready|paki ?handa|ihanda|i ready|iready) (?:na )?(?:lang )?(?:po )?(?:ang |yung )?"
        r"(?:inyong |iyong )?(?:credit |debit |atm )?card\b(?! (?:number|no) (?:na )?(?:nasa|sa likod))"),
    "code_demand": (
        # "pakibasa po yung code na na-receive nyo", "ibigay nyo lang po ang OTP"
        r"(?<!huwag )(?<!hwag )(?<!wag )(?<!hindi )(?<!never )(?<!huwag po )(?<!wag po )(?<!huwag nyo )"
        r"(?<!wag nyo )(?<!huwag niyo )(?<!huwag mo )(?<!wag mo )(?<!huwag pong )(?<!huwag mong )(?<!wag mong )"
        r"(?<!huwag ninyong )(?<!huwag nyo pong )(?<!wag nyo pong )"
        r"(?:paki ?basa|pakibigay|paki bigay|pakisabi|paki sabi|paki send|pakisend|paki forward|basahin|ibigay|"
        r"sabihin|i send|isend|i forward|i reply|ireply|i text|itext)(?: (?:po|lang|nyo|niyo|ninyo|mo|na|sa akin|"
        r"sa amin)){0,4} (?:ang |yung |ng )?(?:otp|mpin|code|6 digit|six digit|anim na numero|verification code)"
        r"(?! (?:kahit|sa kahit|kanino))"),
    "secrecy": (
        # "huwag sabihin kahit kanino", "sa atin lang muna ito", "huwag ibaba ang tawag"
        rf"(?:huwag|wag|hwag|hindi dapat|bawal) (?:(?:{_YOU}|kayong|kang|nang|po|pong|ho|lang|na|muna|nyong|niyong|"
        r"ninyong|mong) )*(?:sabihin|ipaalam|ikwento|ikuwento|banggitin|sasabihin|sabihan|ipagsabi|ipagsasabi|magsabi|"
        r"magsumbong)(?: (?!otp|pin|mpin|password|code|cvv)\w+){0,3} "
        r"(?:kahit kanino|kanino man|kaninuman|kahit sino|sa iba|sa kahit sino|kay (?:mama|papa|nanay|tatay|mommy|"
        r"daddy|ate|kuya|lola|lolo)|sa (?:bangko|pamilya|asawa|anak|mga anak|kapamilya|pulis|teller|kahera|"
        r"magulang|mama|papa|nanay|tatay))(?! (?:\w+ ){0,2}(?:ang |yung )?(?:inyong |iyong |nyong )?(?:otp|pin|mpin|"
        r"password|code|cvv))|"
        r"(?:sa )?atin (?:lang|lamang) (?:po )?(?:muna )?(?:ito|to|itong|ang usapang)|"
        r"(?:huwag|wag) (?:po |pong |nyong |niyong |ninyong |mong )?(?:nyo |niyo |ninyo |mo |kayong |kang )?(?:po )?"
        r"(?:ibaba|ibababa|i hang up|patayin|putulin|"
        r"i end|i drop) (?:ang |yung )?(?:tawag|telepono|phone|linya|call)|"
        r"(?:ilihim|isikreto|itago) (?:po )?(?:nyo |niyo |ninyo |mo )?(?:muna )?(?:ito|to|ang usapang)"),
    "told_not_to_tell": (
        r"(?:huwag|wag) (?:po )?(?:kayong |kang |nyo |mo )?(?:tumawag|magsumbong|pumunta|lumapit) sa (?:pulis|"
        r"police|bangko|bank|branch|nbi|barangay)|"
        r"kung (?:tanungin|tinanong|magtanong) (?:po )?(?:kayo |ka )?(?:ng |ang )?(?:mga )?(?:teller|bangko|cashier|"
        r"kahera|staff|guard)(?: \w+){0,3} (?:sabihin|isagot|sagutin)"),
    # --- a relative in trouble on a new number ----------------------------------------------
    "family_emergency": (
        # "bagong number ko ito", "nawala phone ko", "naaksidente ako", "nakakulong si kuya"
        r"bagong (?:number|numero|sim) ko (?:po )?(?:ito|to|eto|na ito|na to)|"
        r"(?:ito|to|eto) (?:po )?(?:ang |yung )?bagong (?:number|numero) ko|"
        r"(?:nawala|nasira|nanakaw|nahulog|nabasag|na snatch|nasnatch|naiwan|nakuha) (?:po )?(?:ang |yung )?"
        r"(?:phone|cellphone|cp|selpon|telepono|fone) ko|"
        r"(?:phone|cellphone|cp|selpon) ko (?:ay )?(?:nawala|nasira|nanakaw|na snatch|nasnatch)|"
        r"(?:naaksidente|na aksidente|naaksidenti|nabangga|nadisgrasya) (?:po )?(?:ako|kami|si|siya|sya|ang|yung)|"
        r"(?:nakakulong|na kulong|nakulong|na detain|detained|nasa presinto|nasa kulungan|nasa kustodiya|inaresto|"
        r"naaresto|dinampot|hawak ng pulis) (?:po )?(?:ako|kami|si|siya|sya|ngayon)|"
        r"(?:hinuli|nahuli) (?:po )?(?:ako|kami|si \w+|siya|sya) (?:ng|sa) (?:pulis|police|pnp|nbi|immigration|"
        r"airport|customs)|"
        rf"{_KIN} (?:{_YOU} )?(?:po )?(?:na \w+ )?(?:ay )?(?:po )?(?:naaksidente|nakakulong|na hold|"
        r"inaresto|naaresto|dinampot|nasa presinto|na detain|nasa kustodiya|nasangkot|nadisgrasya)|"
        r"(?:lola|lolo|tita|tito|ninang|ninong|tiya|tiyo|auntie) (?:ako (?:po )?(?:ito|to|eto)|(?:ito|to|eto) (?:po )?"
        r"(?:ang )?(?:apo|pamangkin|inaanak) (?:nyo|niyo|ninyo|mo))|"
        # "hawak namin ang anak ninyo", "dinukot namin si ...": the child held until money is sent
        rf"(?:kinidnap|na kidnap|nakidnap|dinukot) (?:po )?(?:namin )?(?:ang |si )?(?:\w+ )?(?:{_KIN} (?:nyo|niyo|"
        r"ninyo|mo)|ako|kami)|"
        rf"hawak (?:na )?(?:po )?(?:namin|ko|nila) (?:ngayon )?(?:ang |si )?(?:\w+ )?{_KIN} (?:nyo|niyo|ninyo|mo)|"
        r"(?:pang ?piyansa|pampiyansa|pang ?pyansa|(?:magbayad|bayaran|bayad) (?:ng |sa |ang )?(?:piyansa|pyansa))"),
    "new_phone_steer": (
        r"(?:text|i text|itext|message|i message|imessage|chat) (?:mo|nyo|niyo|ninyo) (?:po )?(?:na lang |lang )?"
        r"(?:ako|kami) (?:po )?(?:dito|sa (?:number|numero) na (?:ito|to)|sa bagong (?:number|numero))|"
        r"(?:huwag|wag) (?:mo |nyo |niyo )?(?:na )?(?:tawagan|i text|itext|gamitin) (?:ang |yung )?(?:luma|lumang) "
        r"(?:number|numero)"),
    "money_plea": (
        # "kailangan ko ng pera pang hospital", "padalhan mo ako ng pera"
        r"kailangan (?:ko|namin|niya|nya) (?:po )?(?:talaga )?(?:ng|nang) (?:pera|pang ?hospital|pang ?ospital|"
        r"pambayad|pang ?bayad|pang ?piyansa|piyansa|pyansa|pang ?abogado|pang ?multa|tulong pinansyal)|"
        r"(?:padalhan|padala) (?:mo|nyo|niyo|ninyo) (?:po )?(?:ako|kami) (?:po )?(?:ng )?(?:pera|\d+)|"
        r"pahiram (?:po )?(?:muna )?(?:ng |nang )?(?:pera|\d+)|"
        # phone credit asked for: "pa-load naman ako ng 300", "pasaload"
        r"(?:pa ?load|paloadan|pasaload|pa sa load) (?:naman |po |mo |nyo |nga |muna )*(?:ako|kami|ko|ng \d+|\d+)|"
        r"(?:magpadala|ipadala|padalhan) (?:na )?(?:po )?(?:kayo|ka|mo|nyo|niyo|ninyo) (?:po )?(?:agad |na )?"
        r"(?:ng |nang )?"
        r"(?:pera|\d+)"),
    # --- a parcel held, a prize, a job, an investment -----------------------------------------
    "parcel_problem": (
        # "yung balikbayan box nyo po ay hindi pa naire release sa customs", "na flag ng customs", "storage fee ng
        # balikbayan box ninyo"
        r"balikbayan box(?: \w+){0,12} (?:customs|storage fee|clearance fee)|(?:storage|clearance) fee ng balikbayan box|"
        # "ang inyong balikbayan box ay naka-hold sa customs", "ang padala ninyo ay naka hold"
        rf"(?:package|parcel|padala|kahon|balikbayan box|box|shipment|bagahe|remittance|remitans|order)"
        rf"(?: \w+){{0,4}} (?:ay )?{_HELD}|"
        rf"{_HELD} (?:po )?(?:sa|ng|dito sa) (?:customs|bureau of customs|boc|aduana|adwana|warehouse|bodega)|"
        r"(?:package|parcel|padala|order|kahon|box)(?: \w+){0,4} (?:ay )?(?:hindi|di) (?:po )?(?:ma ?deliver|"
        r"maideliver|mai deliver|maihatid|maipadala)|"
        r"(?:package|parcel|padala|kahon|box)(?: \w+){0,12} (?:illegal na|ipinagbabawal na|bawal na) (?:gamit|laman|"
        r"bagay|droga|gamot|items)|"
        # passports and ATM cards found inside: "may nakitang mga pasaporte at ATM cards sa loob ng package"
        r"(?:package|parcel|padala|kahon|box|bagahe)(?: \w+){0,10} (?:nakitang|nakita ang|may|naglalaman ng) (?:mga )?"
        r"(?:\w+ )?(?:pasaporte|passports?) (?:at|and) (?:mga )?(?:atm|bank|credit|debit) cards?|"
        r"(?:nakitang|nakita ang|naglalaman ng) (?:mga )?(?:\w+ )?(?:pasaporte|passports?) (?:at|and) (?:mga )?"
        r"(?:atm|bank|credit|debit) cards?(?: \w+){0,6} (?:package|parcel|padala|kahon|box|bagahe)|"
        # "may problema po sa release ng box ninyo sa customs"
        r"(?:problema|issue|aberya)(?: \w+){0,3} (?:release|pag release|paglabas|clearance)(?: \w+){0,4} (?:sa )?"
        r"(?:customs|bureau of customs|boc|adwana|aduana)"),
    "parcel_trouble": (
        r"(?:kulang|mali|hindi kumpleto|kulang kulang) (?:po )?(?:ang |yung |sa )?(?:inyong |iyong )?"
        r"(?:address|tirahan|detalye ng address)|"
        # an important document "not yet collected" (the consulate's pretext): "may mahalagang dokumento po kayong
        # hindi pa nakukuha"
        r"(?:mahalagang|importanteng) (?:dokumento|sulat|papeles|liham)(?: \w+){0,4} (?:hindi pa (?:po )?(?:nakukuha|"
        r"nakuha|na ?claim|kinukuha)|naghihintay)"),
    "prize": (
        # "nanalo po kayo ng 50 000", "napili po ang number ninyo sa aming raffle"
        r"nanalo (?:po )?(?:kayo|ka)|(?:kayo|ikaw) (?:po )?(?:ay )?(?:ang )?(?:masuwerteng )?(?:nanalo|winner)|"
        r"napili (?:po )?(?:ang )?(?:inyong |iyong )?(?:number|numero|pangalan|entry)|"
        r"(?:number|numero|pangalan|entry) (?:nyo|niyo|ninyo|mo) (?:po )?(?:ay )?(?:ang )?(?:napili|nanalo|nabunot)|"
        r"(?:i claim|iclaim|ma claim|maclaim|makuha|kunin) (?:po )?(?:nyo |niyo |ninyo |mo )?(?:po )?(?:ang |yung )?"
        r"(?:inyong |iyong )?(?:premyo|papremyo|napanalunan|panalo)|para sa claiming"),
    "owed_money": (
        # "may natitira po kayong refund na hindi pa na-claim" (a refund or benefit waiting to be claimed)
        r"(?:natitira|naiwan|hindi pa nakukuhang|hindi pa nakuhang|unclaimed na) (?:po )?(?:kayong |kang )?(?:na )?"
        r"(?:refund|benepisyo|pera|claim|dividend|bonus|ayuda|cash ?back)|"
        r"(?:refund|benepisyo|dividend|ayuda)(?: \w+){0,8} (?:na )?hindi (?:pa )?(?:po )?(?:na ?claim|nakukuha|nakuha|"
        r"nai release)"),
    "windfall": (
        r"(?:nanalo|napanalunan|premyo|jackpot|panalo)(?: \w+){0,6} (?:milyon|million) (?:na )?(?:piso|pesos|"
        r"dolyar|dollars)"),
    "eligibility": (
        r"(?:kayo|ikaw) (?:po )?(?:ay )?(?:qualified|kwalipikado|kuwalipikado|eligible|pre ?approved)|"
        r"(?:qualified|kwalipikado|kuwalipikado|eligible|pre ?approved) (?:na )?(?:po )?(?:kayo|ka)\b|"
        r"napili (?:po )?(?:kayo|ka) (?:para|sa)"),
    "benefits_offer": (
        r"(?:medicare|medicaid|philhealth|sss|gsis)(?: \w+){0,3} (?:may )?(?:bagong|libreng) (?:benepisyo|benefit|"
        r"benefits|card)|para sa (?:mga )?(?:may medicare|senior citizens?|seniors|nakatatanda)(?: \w+){0,3} "
        r"(?:bagong|libreng|may)"),
    "job_offer": (
        # "part time job po, liking videos lang, 200 to 1 500 pesos a day", "kikita kayo ng 2 000 kada araw"
        r"p?\d+(?: \d{3})* (?:(?:to|hanggang|up to) p?|p)\d+(?: \d{3})* (?:pesos? |piso |php )?(?:a day|per day|"
        r"kada araw|"
        r"bawat araw|araw araw|isang araw|daily|sa isang araw|per araw)|"
        r"(?:kikita|kumita) (?:po )?(?:kayo |ka )?(?:ng |nang )?(?:\w+ ){0,4}(?:kada|bawat|sa isang|per|a) "
        r"(?:araw|day)|"
        r"(?:part ?time|online|home ?based|sideline|raket|extra income)(?: (?:na|po|lang))* (?:job|trabaho|work)"
        r"(?: \w+){0,6} (?:sa bahay|from home|gamit (?:lang )?(?:ang )?(?:cellphone|cp|phone|selpon)|liking|"
        r"mag ?like|pag ?like|rate|review)|"
        r"(?:mag ?like|pag ?like|pagla like|pag li like|mag ?follow|pag ?follow|mag ?subscribe|mag ?rate|pag ?rate|"
        r"mag ?review)(?: (?:lang|po|ng|sa|mga|ang))* (?:video|videos|posts?|products?|produkto|hotel|hotels|apps?|"
        r"channels?|youtube|tiktok|accounts?)|"
        r"(?:commission|komisyon)(?: \w+){0,3} (?:kada|bawat|per) (?:task|like|video|order)|"
        r"cellphone lang (?:po )?(?:ang )?(?:kailangan|need)"),
    "investment": (
        # "guaranteed po yung returns", "mag-start sa 5 000 lang", "doble ang pera nyo"
        r"(?:guaranteed|garantisado|sigurado|siguradong) (?:po )?(?:ang |yung )?(?:returns?|kita|tubo|interest|"
        r"profit|income(?! supplement))|"
        rf"(?:mag ?start|magsimula|mag ?invest|mag umpisa) {_P}(?:kayo |ka )?{_P}(?:sa|ng|with) (?:p ?)?\d+(?: \d{3})*"
        r"(?: (?:pesos?|piso|php|dollars?))? (?:lang|lamang)|"
        r"(?:tubo|kita|returns?|interest) (?:na |ng )?(?:\d+|sampung|dalawampung|tatlumpung) (?:percent|porsyento|"
        r"porsiyento)(?: \w+){0,2} (?:kada|bawat|every|a|per) (?:araw|linggo|buwan|day|week|month)|"
        r"(?:doble|dodoble|madodoble|triple) (?:po )?(?:agad )?(?:ang |yung )?(?:pera|puhunan|investment|kita)|"
        r"\d+ (?:percent|porsyento|porsiyento) (?:na )?(?:tubo |kita |interest )?(?:kada|bawat) (?:araw|linggo)"),
    "platform_steer": (
        # "walang risk", "hindi kayo malulugi": the pitch that cannot lose
        r"walang (?:risk|talo|lugi) (?:po )?(?:dito|dyan|diyan|sa (?:platform|app|investment))|walang risk|"
        r"(?:hindi|di) (?:po )?(?:kayo |ka )?(?:malulugi|matatalo) (?:po )?(?:dito|sa)"),
    "off_platform": (
        r"(?:add|i add|iadd|message|i message|imessage|chat|i chat|ichat|contact|kontakin|i pm|ipm|pm) "
        r"(?:nyo |niyo |ninyo |mo )?(?:po )?(?:lang )?(?:po )?(?:kami |ako )?(?:po )?(?:sa|on|via|thru|through) "
        r"(?:telegram|whatsapp|whats app|wechat|signal)|"
        r"(?:sa|thru|via) (?:telegram|whatsapp|whats app|wechat)"),
    "callback_demand": (
        # "tawagan nyo po kami", "tawag lang po kayo ulit sa number na to", "tumawag agad"
        rf"(?:tawagan|tawagin) {_P}(?:nyo|niyo|ninyo|mo) {_P}(?:kami|ako)|"
        rf"(?:tumawag|tawag) {_P}(?:kayo |ka )?{_P}(?:ulit|agad|kaagad|muli|pabalik|sa numerong|sa (?:number|numero) "
        r"na (?:ito|to))|"
        r"(?:i )?call back (?:nyo|niyo|ninyo|mo) (?:po )?(?:kami|ako)"),
    # --- what honest callers say ------------------------------------------------------------
    "legit_no_ask": (
        # "hindi po namin hihingin ang inyong PIN", "hindi kami hihingi ng MPIN o OTP"
        r"(?:hindi|di|never|hinding hindi) (?:po |ho )?(?:kailanman )?(?:(?:namin|kami) )?(?:po |ho )?(?:kailanman )?"
        r"(?:hihingin|hihingi|hinihingi|humihingi|hingin|itatanong|tatanungin|hihingan|magtatanong)(?: \w+){0,4} "
        r"(?:otp|pin|mpin|password|cvv|code|account number|card number|personal (?:na )?(?:impormasyon|information))|"
        r"(?:huwag|wag|hindi dapat) (?:po |ho )?(?:nyo |niyo |ninyo |mo )?(?:ibigay|ibahagi|i share|ishare|sabihin|"
        r"ipaalam)(?: \w+){0,4} (?:otp|pin|mpin|password|cvv|code)|"
        # "huwag magbayad sa mga indibidwal o collector": pay only at the counter
        r"(?:huwag|wag) (?:po |pong )?(?:kayong |kang )?(?:magbayad|magpadala|ibigay ang bayad)(?: \w+){0,3} (?:sa )?"
        r"(?:mga )?(?:indibidwal|individual|collector|kolektor|ahente|personal na account)|"
        r"(?:hindi|di) (?:po )?(?:kami )?(?:tumatanggap|nangongolekta|naniningil) (?:ng )?(?:bayad|payment)"
        r"(?: \w+){0,2} (?:sa|over the|by) (?:telepono|phone|tawag)"),
    "legit_bank": (
        r"(?:hotline|numero|number)(?: \w+){0,3} (?:sa likod|nasa likod|sa likuran|nakasulat sa likod|nakalagay sa "
        r"likod) (?:ng|ang) (?:inyong |iyong )?(?:card|atm|kard)|"
        r"(?:pumunta|dumaan|magpunta|bumisita) (?:po )?(?:kayo |ka )?(?:mismo )?sa (?:pinakamalapit na )?"
        r"(?:branch|sangay) (?:namin|ng)|"
        r"(?:sa|mga) (?:mga )?(?:authorized|accredited) (?:payment |bayad )?(?:centers?|centres?|partners?|outlets?)"),
    "legit_press": (
        # a key to hear the message again, confirm or move an appointment, or say "yes, it was me"
        rf"(?:para|upang) (?:po )?(?:ulitin|marinig (?:ulit|muli)|pakinggan (?:ulit|muli)|(?:i |ma )?(?:confirm|"
        r"kumpirmahin)(?: po)? (?:ang|ng) (?:inyong |iyong )?(?:appointment|schedule|iskedyul|booking|reservation|"
        rf"delivery)|(?:i |ma |mag |ipa )?(?:reschedule|resched))(?: \w+){{0,4}} {_PRESS_VERB}|"
        rf"{_PRESS_VERB} (?:\w+ ){{1,4}}(?:para|upang) (?:po )?(?:ulitin|marinig (?:ulit|muli)|"
        r"pakinggan (?:ulit|muli))|"
        rf"kung (?:kayo|ikaw) (?:po )?(?:ang|yung) (?:gumawa|nagsagawa|bumili|nag \w+)(?: \w+){{0,8}} "
        rf"(?:{_PRESS_VERB}|press)"),
    "legit_appointment": (
        r"(?:reseta|resita) (?:nyo|niyo|ninyo|mo|ni)|(?:gamot|reseta|resita) (?:\w+ ){0,3}(?:ay )?(?:ready|handa) na|"
        r"(?:ready|handa) na (?:po )?(?:ang |yung )?(?:gamot|reseta|resita|prescription)|"
        r"paalala (?:po )?(?:sa|para sa|ng) (?:inyong |iyong )?(?:appointment|check ?up|konsulta|pagpapatingin|"
        r"schedule)|"
        # a bill's own due date: "magbayad bago ang due date"
        r"(?:bago|hanggang|sa o bago) (?:ang |mag |sa )?(?:due date|takdang petsa|petsa ng (?:pagbabayad|due))"),
    "legit_delivery": (
        r"(?:package|parcel|padala|box|kahon|order|bagahe|luggage)(?: \w+){0,4} (?:ay )?(?:dumating na|naideliver na|"
        r"na deliver na|nai deliver na|out for delivery na)|"
        # a courier who found nobody home and will come back: "babalik po kami bukas"
        r"walang tao (?:po )?(?:sa bahay |sa inyo |kanina )?(?:para |na )?(?:tumanggap|pumirma|mag receive|magreceive)|"
        r"(?:ide deliver|i deliver|ihahatid|babalikan) (?:po )?"
        r"(?:namin |ko )?(?:ulit|muli)|babalik (?:po )?(?:kami|ako) (?:ulit )?(?:bukas|mamaya)"),
    "legit_no_action": (
        r"walang (?:dapat|kailangang) (?:ipag alala|ikabahala|ipangamba|gawin)|"
        r"wala (?:po )?(?:kayong|kang) (?:kailangang|dapat) (?:gawin|bayaran)|"
        r"hindi (?:po )?(?:ito )?(?:urgent|emergency|apurahan|minamadali)"),
    "legit_casual": (
        r"kitakits|kita kits|ingat (?:ka|kayo|po kayo|lagi|palagi)|(?:kung|pag|kapag) may (?:tanong|katanungan|"
        r"questions?)"),
}
