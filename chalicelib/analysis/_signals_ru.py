"""The same evidence in romanised Russian, Ukrainian and Polish: what callers to Slavic households say.

Scam calls to Russian-, Ukrainian- and Polish-speaking families (in the US, Canada, the UK and at
home) are made in those languages: the bank's "security service" that has seen a "suspicious
operation" and wants the SMS code or the money moved to a "safe account" ("sluzhba bezopasnosti
banka ... perevedite sredstva na bezopasnyy schet"), the grandchild who "had an accident" and
whose "lawyer will call" ("babciu, mialem wypadek ... nie mow nic mamie"), the investigator who
can stop the "criminal case" today, the parcel "held at customs" until a fee is paid, the
robocall's "nazhmite odin" / "natysnit odyn" / "nacisnij jeden".  The honest callers they mimic
speak the same languages (the doctor's office, the credit union, the Saturday school, the
consulate, relatives).  Speech recognition and people typing write them in Latin letters, and
spell them several ways ("nazhmite", "najmite"; "operatsiya", "operaciya"; Polish without its
diacritics: "dzial bezpieczenstwa", "prosze").  Each entry adds phrases of the same meaning to
the English signal of the same key in ``_signals``, as ``_signals_es`` and ``_signals_hi`` do:
"vasha karta zablokirovana" weighs as "your card has been blocked", "nikomu ne govorite" and
"nie mow nikomu" as "don't tell anyone", "podtverdite kod iz SMS" as "read me the code we just
sent", and "my nikogda ne sprashivaem kod" / "nigdy nie prosimy o kod" as "we will never ask for
your code".

Patterns match the normalised text (lowercase, hyphens become spaces, apostrophes vanish:
"ob'yavlenie" reads "obyavlenie") and describe the behaviour (a key to press, a threat, a
secret, a fee before something held is freed, a relative in trouble on a new number), never one
campaign's words.
"""

from __future__ import annotations

__all__ = ["SLAVIC"]

# A key: Russian, Ukrainian and Polish number words ("odin", "odyn", "jeden", "jedynke"), digits,
# optionally named as a digit or a button ("nazhmite tsifru odin", "nacisnij klawisz 1").
_KEY = (r"(?:(?:na )?(?:tsifru|cifru|tsyfru|cyfru|klavishu|knopku|klavishy|knopky|klawisz|przycisk|cyfre|numer|"
        r"nomer) )?"
        r"(?:odin|odnu|odyn|jeden|jedynke|jedynka|dva|dwa|dwojke|tri|try|trzy|trojke|chetyre|chotyry|cztery|czworke|"
        r"pyat|piat|piec|piatke|shest|shist|szesc|szostke|sem|sim|siedem|siodemke|vosem|visim|osiem|osemke|devyat|"
        r"dziewiec|dziewiatke|nol|nul|zero|\d)")
# "nazhmite", "nazhmi", "najmite"; Ukrainian "natysnit", "natysnit'"; Polish "nacisnij", "wcisnij",
# "prosze nacisnac", "wybierz" ...
_PRESS_VERB = (r"(?:nazhmite|nazhmi|nazhmitye|nazhimayte|nazhimaite|nazmite|najmite|nazhat|nazhmete|"
               r"natysnit|natysnyt|natisnit|natysny|natysnut|"
               r"nacisnij|nacisnijcie|nacisnac|nacisnie|wcisnij|wcisnijcie|wcisnac|wybierz|wybierzcie)")
# ... but not a language menu ("dlya russkogo yazyka nazhmite dva", "po polsku nacisnij 2"):
# honest notices have those too.
_PRESS = (rf"(?<!yazyka )(?<!jezyka )(?<!movy )(?<!russki )(?<!russkom )(?<!polsku )(?<!polskim )"
          rf"(?<!ukrainsky )(?<!ukrainski )(?<!ukrainskom )(?<!ukrayinsky )(?<!ukrayinskoyu )"
          rf"{_PRESS_VERB} {_KEY}"
          r"(?! (?:dlya|dla|dlia) (?:russkogo|polskiego|ukrainskogo|ukrayinskoyi|ukrainskoi|angliyskogo|angielskiego)"
          r"|(?:po|na) (?:russki|polsku|ukrainsky|ukrainski|ukrayinsky|angielsku|russkom|ukrainskom))")
# The key where its purpose is already said ("dlya otmeny operatsii nazhmite 1"): no menu to guard.
_PRESS_ANY = rf"{_PRESS_VERB} {_KEY}"
# Confirming, moving or cancelling a visit, and the visit ("podtverdit zapis", "przelozyc wizyte")
_VISIT_ACT = (r"podtver\w*|perenes\w*|perenos\w*|otmen\w*|pidtverd\w*|skasuv\w*|potwierdz\w*|przeloz\w*|"
              r"zmian\w*|odwola\w*|anul\w*")
_VISIT = (r"zapis\w*|priyom\w*|priem\w*|vizit\w*|vizyt\w*|wizyt\w*|termin\w*|rezerv\w*|bron\w*|zapys\w*|"
          r"pryyom\w*")
# What the key is for: a person to talk to, or acting on the claim (cancel, block, pay, receive,
# hear more, confirm one's address or data).
_ACT = (r"(?:svyaz\w*|soedinen\w*|soedinit\w*|pogovorit\w*|razgovor\w*|operator\w*|spetsialist\w*|specialist\w*|"
        r"sotrudnik\w*|konsultant\w*|menedzher\w*|otmen\w*|zablokir\w*|blokir\w*|razblokir\w*|oplat\w*|pogas\w*|"
        r"poluchen\w*|poluchit\w*|uznat\w*|informats\w*|informac\w*|podrobn\w*|vozvrat\w*|zashchit\w*|"
        r"zvyaz\w*|zyednan\w*|pohovoryt\w*|pratsivnyk\w*|skasuv\w*|zablokuv\w*|otrym\w*|diznat\w*|"
        r"polacz\w*|porozmaw\w*|rozmow\w*|doradc\w*|pracownik\w*|specjalist\w*|anul\w*|zablokow\w*|odblokow\w*|"
        r"wstrzym\w*|oplac\w*|odebr\w*|odbior\w*|uzyska\w*|szczegol\w*|"
        # confirming the listener's address, identity or data (not an appointment: ``legit_press``)
        r"(?:podtver\w*|pidtverd\w*|potwierdz\w*|utochn\w*) (?:\w+ )?(?:adres\w*|dann\w*|dan\w*|lichnost\w*|"
        r"osob\w*|tozsamos\w*|rekvizit\w*))")
# "to", "in order to", "for": the purpose clause before or after the key
_FOR = r"(?:chtoby|chtob|shchob|shchoby|dlya|dlia|aby|zeby|dla|w celu|celem)"
# Who the listener is to the caller, and the family the secret is kept from.
_KIN = (r"(?:mame|mamu|mamy|pape|papu|pap|ottsu|otcu|materi|roditelyam|batkam|mami|tatovi|tatu|babushke|babushku|"
        r"dedushke|dedushku|babusi|didusevi|didu|zhene|muzhu|cholovikovi|druzhyni|mamie|tacie|tate|"
        r"rodzicom|babci|dziadkowi|dziadka|zonie|mezowi|nikomu|nikogo|nikomu nichego|nikomu nichoho)")
# "don't tell": Russian "ne govori", "ne rasskazyvay"; Ukrainian "ne kazhy", "ne rozpovidai";
# Polish "nie mow", "nie mowcie", "prosze nie mowic".
_DONT_TELL = (r"(?:ne (?:govori|govorite|rasskazyvay|rasskazyvayte|rasskazyvai|rasskazyvaite|soobshchay|"
              r"soobshchayte|kazhy|kazhit|kazhite|rozpovidai|rozpovidayte|rozpovidaite|povidomlyayte)|"
              r"nie (?:mow|mowcie|mowic|wspominaj|wspominajcie|informuj|dzwon do))")
# The relative in trouble: "ya popal v avariyu", "vash syn sbil cheloveka", "mialem wypadek".
_CHILD = (r"(?:syn|doch|dochka|vnuk|vnuchka|plemyannik|plemyannitsa|onuk|onuka|donka|corka|wnuk|wnuczek|wnuczka|"
          r"bratanek|siostrzeniec)")

# ... what an honest bank tells the listener to keep to themselves
_NOT_CODE = (r"(?! (?:\w+ ){0,2}(?:kod\w*|parol\w*|pin\w*|hasl\w*|haslo|cvv|dann\w*|dan|danych|dani|"
             r"rekvizit\w*|nomer kart\w*|numer\w* kart\w*))")

SLAVIC: dict[str, str] = {
    # --- the bank's "security service" -----------------------------------------------------
    "bank_fraud": (
        # "sluzhba bezopasnosti banka", "otdel bezopasnosti", "sluzhba bezpeky", "dzial bezpieczenstwa",
        # as the English row reads "security department"
        r"(?:sluzhb\w*|otdel\w*|departament\w*) (?:finansovoy |finansovoi )?bezopasnosti|"
        r"(?:sluzhb\w*|viddil\w*|departament\w*) (?:finansovoyi )?bezpeky|"
        r"(?:dzial\w*|zespol\w*|departament\w*|biur\w*) bezpieczenstwa|"
        r"(?:sotrudnik\w*|spetsialist\w*|pratsivnyk\w*|pracownik\w*|specjalist\w*) (?:sluzhby |viddilu |dzialu )?"
        r"(?:bezopasnosti|bezpeky|bezpieczenstwa)|"
        # "podozritelnaya operatsiya", "pidozrila tranzaktsiya", "podejrzana transakcja"
        r"podozritel\w* (?:operats\w*|operac\w*|tranzakts\w*|transakts\w*|tranzakc\w*|perevod\w*|platezh\w*|"
        r"spisan\w*|vkhod\w*|aktivnost\w*|deystvi\w*)|"
        r"pidozril\w* (?:operats\w*|operac\w*|tranzakts\w*|transakts\w*|perekaz\w*|platizh\w*|spysan\w*|vkhid\w*|"
        r"aktyvnist\w*)|"
        r"podejrzan\w* (?:transakcj\w*|operacj\w*|logowan\w*|przelew\w*|platnos\w*|aktywnos\w*|dzialan\w*)|"
        r"nieautoryzowan\w* (?:transakcj\w*|operacj\w*|logowan\w*|przelew\w*|platnos\w*)|"
        r"nesanktsionirovann\w*|nesankcionirovann\w*|"
        # an attempted debit, login or transfer: "popytka spisaniya", "sproba vkhodu", "proba logowania"
        r"popytk\w* (?:spisan\w*|vkhod\w*|perevod\w*|snyat\w*|oformlen\w*)|"
        r"sprob\w* (?:spysan\w*|vkhodu|perekaz\w*|znyat\w*)|"
        r"prob\w* (?:logowania|zalogowania|wyplaty|przelewu|obciazenia)"),
    "account_alert": (
        # "someone is trying to withdraw": "kto to pytaetsya snyat", "namagayutsya znyaty koshty",
        # "ktos probuje sie zalogowac"
        r"(?:kto ?to|kto nibud|neizvestn\w*|moshenniki|tretyi litsa|treti litsa) (?:\w+ )?"
        r"(?:pytaet\w*|pytayut\w*|pytalsya|pytalis) (?:\w+ )?(?:snyat|spisat|perevesti|voyti|voiti|oformit)|"
        r"(?:pytayutsya|pytaetsya) (?:\w+ )?(?:snyat|spisat|perevesti|oformit)|"
        r"(?:namagayutsya|namahayutsya|namagayetsya|namahayetsya|namagalys|namahalys|namagavsya|namahavsya) "
        r"(?:\w+ )?(?:znyaty|spysaty|perekazaty|uviyty|uviity|oformyty)|"
        r"(?:ktos|osoby trzecie|oszusci) (?:\w+ )?(?:probuje|probuja|probowal|probowali|usilowal|usiluje) (?:sie )?"
        r"(?:zalogowac|wyplacic|przelac|zaciagnac|wziac)|"
        # a login from a new device: "vkhod s novogo ustroystva", "logowanie z nowego urzadzenia"
        r"(?:vkhod\w*|vkhid\w*|logowan\w*|zalogowan\w*|dostup\w*|dostep\w*)(?: \w+){0,6} "
        r"(?:s|z|iz|ze) (?:novogo|novoho|nowego|neizvestnogo|nevidomoho|nieznanego|chuzhogo|innego) "
        r"(?:ustroystva|ustroistva|prystroyu|prystroiu|urzadzenia|telefona|telefonu|komputera|kompyutera)|"
        # a loan taken out in the listener's name: "na vas pytayutsya oformit kredit"
        r"(?:oformit|oformyty|oformili|oformleny?|zaciagnac|zaciagniety|wziac) (?:\w+ ){0,2}(?:kredit|kredyt|zaym|"
        r"pozyczk\w*) (?:\w+ )?na (?:vashe imya|vas|vashe imia|vashe imya|pana|pani|panskie dane|vashi dani)"),
    "unsolicited_alert": (
        # "my zafiksirovali podozritelnuyu operatsiyu", "vyyavyly sprobu", "odnotowalismy probe logowania"
        r"(?:zafiksirovali|zafiksirovan\w*|obnaruzhili|obnaruzhen\w*|vyyavili|vyyavlen\w*|zametili|zafiksuvaly|"
        r"zafiksovan\w*|vyyavyly|vyiavyly|vyyavleno|pomityly|odnotowal\w*|wykryl\w*|wykryt\w*|zauwazyl\w*|"
        r"zarejestrowal\w*)(?: \w+){0,4} (?:podozritel|neobychn|nestandartn|popytk|problem|virus|vzlom|"
        r"nesanktsion|nesankcion|pidozril|nezvychn|sprob|podejrzan|nietypow|nieautoryz|prob|zagrozen|ugroz|zahroz|"
        r"wirus|wlaman)\w*"),
    "unexpected_charge": (
        # "esli eto ne vy", "yakshcho tse ne vy", "jesli to nie pan": the "if this wasn't you"
        r"esli (?:eto|to) (?:byli |byl |byla )?ne vy|yakshcho (?:tse|tse buly|tse buv) ne vy|"
        r"(?:jesli|jezeli) (?:to )?nie (?:pan|pani|ty|wy)|"
        r"(?:vy|vi) (?:eto|tse) (?:delali|sdelali|robyly|zrobyly|sovershali|oformlyali)|"
        # ... asked, not offered with its "if so, press 1": "esli vy sovershali etu operatsiyu, nazhmite 1"
        r"(?<!esli )(?<!yakshcho )(?:vy|vi) (?:\w+ )?(?:sovershali|sovershili|delali|zdiysnyuvaly|zdiisnyuvaly|robyly) "
        r"(?:etu|eti|eto|tsyu|tsi|"
        r"danuyu) (?:operats\w*|tranzakts\w*|transakts\w*|platezh\w*|platizh\w*|perevod\w*|perekaz\w*|pokupk\w*)|"
        r"czy (?:pan|pani|ty) (?:\w+ )?(?:wykonal\w*|zlecal\w*|zlecil\w*|robil\w*|autoryzowal\w*) (?:\w+ )?"
        r"(?:te |ta )?(?:transakcj\w*|operacj\w*|przelew\w*|platnos\w*)|"
        # an order, a loan or a debit made on the listener's account: "na vash akkaunt oformlen zakaz"
        r"na (?:vash|vashe|vashu|vashem|vashei|vashoyi|vashomu|pana|pani|panskie|twoje|twoim) (?:\w+ )?"
        r"(?:akkaunt\w*|imya|imia|schet\w*|kart\w*|nomer\w*|konto|kontem|rakhun\w*) (?:\w+ ){0,2}"
        r"(?:oformlen\w*|oformili|oformleno|oformleny|sdelan\w*|razmeshchen\w*|zlozono|zlozone|zrobleno|"
        r"oformleno)|"
        r"(?:s|z|iz) (?:vashey|vashei|vashoyi|vashoi|panskiego|pani|twojego) (?:karty|kartky|scheta|rakhunku|konta)"
        r"(?: \w+){0,2} (?:spisan\w*|spisali|budet spisan\w*|spysan\w*|spysaly|bude spysan\w*|pobran\w*|"
        r"zostanie pobran\w*|sciagniet\w*)|"
        r"(?:otmenit|otmeny|skasuvaty|skasuvannya|anulowac|anulowania|wstrzymac) (?:\w+ )?(?:etu |tsyu |te )?"
        r"(?:operats\w*|operac\w*|tranzakts\w*|transakts\w*|transakcj\w*|platezh\w*|platizh\w*|perevod\w*|"
        r"perekaz\w*|przelew\w*|spisan\w*|zakaz\w*|zamowien\w*|pokupk\w*)"),
    "account_locked": (
        # "vasha karta zablokirovana", "kartku zablokovano", "konto zostalo zablokowane"
        r"(?:kart\w*|schet\w*|akkaunt\w*|rakhun\w*|konto|konta|rachun\w*|profil\w*) (?:\w+ ){0,2}"
        r"(?:byla |byl |bylo |bula |buv |zostalo |zostala |zostal |jest )?"
        r"(?:vremenno |tymchasovo |czasowo )?(?:zablokirovan\w*|zablokovan\w*|zablokowan\w*|zamorozhen\w*|"
        r"zamorozhen\w*|zamrozhen\w*|zamrozon\w*|ogranichen\w*|obmezhen\w*|ograniczon\w*)"),
    "suspension_threat": (
        # "budet zablokirovana", "bude zablokovana", "zostanie zablokowane", "zablokiruyut vashu kartu"
        r"(?:budet|budut|bude|mozhet byt|mozhe buty|zostanie|zostana|moze zostac) (?:\w+ )?"
        r"(?:zablokirovan\w*|zablokovan\w*|zablokowan\w*|zamorozhen\w*|zamrozhen\w*|zamrozon\w*)|"
        # ... or closed, cut off, cancelled, when it is the listener's card, account, number or status
        # (not an office "budet zakryt v ponedelnik", nor the water of a planned repair)
        r"(?:kart\w*|schet|scheta|akkaunt\w*|rakhun\w*|konto|nomer|numer|pasport\w*|paszport\w*|viz\w*|wiz\w*|"
        r"status\w*|posobi\w*|pensi\w*|emerytur\w*|profil\w*|simkart\w*|karty sim|sim karta)(?: \w+){0,3} "
        r"(?:budet|budut|bude|zostanie|zostana|mozhet byt|mozhe buty|moze zostac) (?:\w+ )?(?:otklyuchen\w*|"
        r"vidklyuchen\w*|odlaczon\w*|zakryt\w*|zamkniet\w*|anulirovan\w*|anulowan\w*|annulirovan\w*|"
        r"annulovan\w*|skasovan\w*|otozvan\w*|vidklykan\w*|cofniet\w*|uniewaznion\w*)|"
        r"(?:zablokiruyut|zablokiruem|zablokuyut|zablokuyemo|zablokuja|zablokujemy) (?:vashu |vash |vashe |"
        r"panskie |pani |twoje )?(?:kart\w*|schet\w*|akkaunt\w*|rakhun\w*|konto|nomer\w*|numer\w*)"),
    "utility_cutoff": (
        # the listener's own power or gas cut off: "otklyuchim vam svet", "odetniemy panu prad"
        r"(?:otklyuchim|otklyuchat|otklyuchit|otklyuchayut|vidklyuchymo|vidklyuchat|odlaczymy|odetniemy|odlacza|"
        r"odetna) (?:vam|tobi|wam|panu|pani|ci)(?: \w+)? (?:svet|elektrichestvo|elektroenergiyu|gaz|vodu|svitlo|"
        r"elektryku|prad|wode|ogrzewanie|otoplenie)"),
    # --- the code, the app, the "safe account" ---------------------------------------------
    "ask_code": (
        # "kod iz SMS", "kod podtverzhdeniya", "odnorazovyy kod", "kod z SMS", "kod BLIK"
        r"kod\w* (?:iz|z|s|v|ze) (?:sms\w*|smski|smsky|soobshcheniya|povidomlennya|wiadomosci)|"
        r"kod\w* (?:podtverzhdeniya|podtverzhdenia|pidtverdzhennya|weryfikacyjn\w*|autoryzacyjn\w*|"
        r"potwierdzajac\w*|dostupa|dostupu|dostepu)|"
        r"(?:odnorazov\w*|odnorazov\w*|jednorazow\w*|proverochn\w*|perevirochn\w*|sekretn\w*) kod\w*|kod\w* blik|"
        r"blik kod\w*"),
    "code_demand": (
        # the code read back to the caller: "nazovite kod", "prodiktuyte kod iz SMS", "podtverdite kod
        # kotoryy pridet", "pidtverdyty kod yakyi pryide", "prosze podac kod"
        r"(?:nazovite|nazovi|nazvat|prodiktuyte|prodiktuy|prodiktovat|skazhite|skazhi|skazat|soobshchite|soobshchit|"
        r"podtverdite|podtverdi|podtverdit|zachitayte|prochitayte|prochitat|"
        r"nazvit|nazvaty|prodyktuyte|prodyktuvaty|povidomte|povidomyty|pidtverdit|pidtverdyty|pidtverdzhte|skazhit|"
        r"podaj|podac|podajcie|prosze podac|przeczytaj|przeczytac|przekaz|przekazac|podyktuj|podyktowac|"
        r"potwierdz|potwierdzic) (?:\w+ ){0,3}kod\w*(?! (?:pocztow\w*|pochtov\w*|poshtov\w*|domofon\w*|"
        r"pod\w*ezda|regiona|goroda))|"
        r"kod\w*(?: \w+){0,3} (?:kotor\w*|yakyi|yakyy|yakyj|ktory|jaki) (?:\w+ ){0,2}(?:pridet|pridyot|prishel|"
        r"prishyol|poluchite|poluchili|otpravili|pryide|pryyde|pryishov|nadiyde|nadiyshov|otrymaly|otrymayete|"
        r"przyjdzie|przyszedl|otrzyma\w*|dostal\w*|wyslal\w*|wyslemy)|"
        r"(?:diktuyte|diktuy|dyktuyte|dyktuj|dyktujcie) (?:\w+ ){0,2}(?:kod\w*|tsifry|cifry|tsyfry|cyfry)"),
    "safe_account": (
        # "bezopasnyy schet", "rezervnyy schet", "bezpechnyy rakhunok", "bezpieczne konto", "konto techniczne"
        r"(?:bezopasn\w*|zashchishchenn\w*|zashchishchyonn\w*|rezervn\w*|tekhnicheskiy|tekhnicheskii|"
        r"tekhnicheskom) (?:bankovsk\w* )?schet\w*|"
        r"(?:bezpechn\w*|zakhyshchen\w*|rezervn\w*|tekhnichn\w*) (?:bankivsk\w* )?rakhun\w*|"
        r"(?:bezpieczn\w*|zabezpieczon\w*|chronion\w*|techniczn\w*|ochronn\w*) "
        r"(?:konto|konta|kontem|koncie|rachun\w*|subkont\w*)|"
        r"(?:konto|konta|koncie|rachun\w*) (?:techniczn\w*|zabezpieczajac\w*|ochronn\w*|bezpieczn\w*)"),
    "gift_card": (
        r"(?:podarochn\w*|podarunkov\w*|podarunkow\w*) (?:\w+ )?kart\w*|kart\w* (?:podarunkow\w*|google play|"
        r"itunes|steam|apple)"),
    "crypto_demand": (
        r"(?:bitkoin|bitcoin|kripto|krypto) ?(?:mat\w*|bankomat\w*)|(?:perevesti|perevedite|kupit|kupite|"
        r"perekazaty|kupyty|kup|kupic|wplac|wplacic|przelac|przelej) (?:\w+ ){0,3}(?:v |u |w |na )?(?:bitkoin\w*|"
        r"bitcoin\w*|kriptovalyut\w*|kryptovalyut\w*|kryptowalut\w*|usdt|tether)"),
    "move_money": (
        # the money moved, withdrawn or "secured" on the caller's word: "perevedite vse sredstva",
        # "snimite vse dengi", "zberehty hroshi", "zabezpieczyc srodki"
        r"(?:perevedite|perevesti|perevodite|snimite|snyat|obnalichte|perekazhit|perekazaty|znimit|znyaty|"
        r"przelej|przelac|przelejcie|wyplac|wyplacic|wyplaccie|przenies|przeniesc) (?:\w+ ){0,2}(?:vse |vsi |"
        r"wszystkie |cale )(?:dengi|sredstva|sberezheniya|nakopleniya|nalichnye|hroshi|koshty|zaoshchadzhennya|"
        r"pieniadze|srodki|oszczednosci|gotowke)|"
        r"(?:perevedite|perevesti|perekazhit|perekazaty|przelej|przelac|przenies|przeniesc) (?:\w+ ){0,3}"
        r"(?:dengi|sredstva|sberezheniya|hroshi|koshty|pieniadze|srodki|oszczednosci) (?:\w+ ){0,2}"
        r"(?:na (?:drugoy|drugoi|novyy|novyi|inshyi|novyi|nowe|inne|nowy|inny|tot|etot|tsey|ten) "
        r"(?:\w+ )?(?:schet|rakhunok|konto|rachunek)|kotoryy (?:my|ya) (?:vam )?(?:otkryli|prodiktuyu|nazovu)|"
        r"ktore (?:panu |pani )?(?:podam|podamy|wskazemy|zalozylismy))|"
        # a withdrawal ordered by the caller: "snimite dengi", "prosze wyplacic pieniadze"
        r"(?:snimite|snimi|nuzhno snyat|nado snyat|neobkhodimo snyat|znimit|znimy|treba znyaty|potribno znyaty|"
        r"wyplac|wyplaccie|prosze wyplacic|prosimy wyplacic|nalezy wyplacic|trzeba wyplacic|musi pani wyplacic|"
        r"musi pan wyplacic) (?:\w+ ){0,3}(?:dengi|sredstva|sberezheniya|nalichnye|hroshi|koshty|zaoshchadzhennya|"
        r"pieniadze|srodki|oszczednosci|gotowke)|"
        r"(?:chtoby|chtob|dlya togo chtoby) (?:\w+ )?(?:sokhranit|zashchitit|spasti|uberech) "
        r"(?:vashi |svoi |vse )?(?:dengi|sredstva|sberezheniya|nakopleniya)|"
        r"(?:shchob|shchoby) (?:\w+ )?(?:zberehty|zakhystyty|vberehty|vryatuvaty) (?:vashi |svoyi |vsi )?"
        r"(?:hroshi|koshty|zaoshchadzhennya)|"
        r"(?:zeby|aby|w celu) (?:\w+ )?(?:zabezpieczyc|zabezpieczenia|ochronic|ochrony|uratowac|chronic) "
        r"(?:panskie |pani |twoje |wasze |swoje )?(?:srodki|pieniadze|oszczednosci)"),
    "remote_steps": (
        # the app the caller names or sends: "ustanovite prilozhenie kotoroe ya prodiktuyu", "prosze
        # zainstalowac aplikacje ktora zaraz podam", "skachayte programmu po ssylke"
        r"(?:ustanovite|ustanovit|ustanovi|skachayte|skachaite|skachat|skachay|zagruzite|zagruzit|"
        r"vstanovit|vstanovyty|vstanovy|zavantazhte|zavantazhyty|"
        r"zainstaluj|zainstalowac|zainstalujcie|pobierz|pobrac|pobierzcie|sciagnij|sciagnac) (?:\w+ ){0,2}"
        r"(?:prilozhenie|prilozheniye|programm\w*|zastosun\w*|dodat\w*|prohram\w*|aplikacj\w*|program\w*|"
        r"oprogramowan\w*)(?: \w+){0,4} (?:kotor\w* (?:ya|my) (?:vam )?(?:nazovu|prodiktuyu|skazhu|prishlyu|"
        r"otpravlyu|skinu|podskazhu)|po ssylke|yak\w* (?:ya|my) (?:vam )?(?:nadishlyu|nazvu|prodyktuyu|skynu)|"
        r"za posylannyam|ktor\w* (?:zaraz |teraz |panu |pani |ci )?(?:podam|podyktuje|wysle|przesle|wyslemy|"
        r"przeslemy|podamy|wskaze)|z linku|z linka|(?:dlya|dla|w celu) (?:zashchit\w*|bezopasnost\w*|"
        r"ochrony|zabezpieczenia|zakhyst\w*|bezpeky))|"
        # the screen shared: "vklyuchite demonstratsiyu ekrana", "udostepnij ekran"
        r"(?:demonstrats\w*|demonstrac\w*|translyats\w*) ekrana|(?:udostepnij|udostepnic|udostepnienie) "
        r"(?:\w+ )?ekran\w*|(?:pokazhite|pokazhit) (?:\w+ )?(?:ekran|ekran telefona)"),
    # --- the "technical support" ----------------------------------------------------------
    "device_infected": (
        # "vash kompyuter zarazhen virusom", "telefon vzloman", "komputer zostal zainfekowany"
        r"(?:kompyuter\w*|kompyuter|komputer\w*|telefon\w*|noutbuk\w*|smartfon\w*|laptop\w*|router\w*) (?:\w+ ){0,2}"
        r"(?:zarazhen\w*|vzloman\w*|infitsirovan\w*|zarazhenyi|zarazhenyy|zlaman\w*|infikovan\w*|zainfekowan\w*|"
        r"zhakowan\w*|zawirusowan\w*)|(?:virus\w*|wirus\w*|troyan\w*|trojan\w*) (?:na|v|u|w) (?:vashem|vashomu|"
        r"pana|pani|twoim|vashem) (?:kompyuter\w*|komputer\w*|telefon\w*|noutbuk\w*|urzadzeni\w*|ustroystv\w*|"
        r"prystroyi)"),
    "remote_tool": (
        # the remote-access tool as it is spelled out in Cyrillic and then in Latin letters
        r"eni ?desk\w*|enidesk\w*|ani ?desk\w*|tim ?viver\w*|tim ?vyuer\w*|team ?viver\w*|rast ?desk\w*|"
        r"remout ?desk\w*|remote ?utilit\w*"),
    "tech_claim": (
        r"(?:sluzhb\w*|otdel\w*) (?:tekhnicheskoy |tekhnicheskoi )?podderzhki|tekhpodderzh\w*|"
        r"(?:sluzhb\w*|viddil\w*) (?:tekhnichnoyi )?pidtrymk\w*|(?:wsparci\w*|pomoc\w*|dzial\w*) techniczn\w*"),
    "ask_card": (
        # "prodiktuyte nomer karty i srok deystviya", "nazvit tri tsyfry na zvoroti", "podac numer karty"
        r"(?:nazovite|nazvat|prodiktuyte|prodiktovat|soobshchite|skazhite|nazvit|nazvaty|prodyktuyte|povidomte|"
        r"podaj|podac|prosze podac|przeczytaj|przeczytac|podyktuj|podyktowac) (?:\w+ ){0,3}(?:nomer\w* kart\w*|"
        r"numer\w* kart\w*|dann\w* kart\w*|dani kartky|rekvizit\w*|cvv|cvc|srok deystviya|srok deistviya|"
        r"termin dii|date waznosci|(?:tri|try|trzy) (?:tsifry|tsyfry|cyfry))"),
    "credential_demand": (
        # the PIN or the password read back: "skazhite pin kod", "prosze podac haslo do bankowosci"
        r"(?:nazovite|nazvat|prodiktuyte|prodiktovat|soobshchite|skazhite|nazvit|nazvaty|prodyktuyte|povidomte|"
        r"podaj|podac|prosze podac|przeczytaj|podyktuj|podyktowac) (?:\w+ ){0,2}(?:pin\w*|parol\w*|hasl\w*|haslo|"
        r"login i parol\w*|login i haslo)"),
    "grant_offer": (
        # "vam narakhovano vyplatu vid OON", "vam polozhena kompensatsiya"
        r"(?:vam|tobi|tebe) (?:narakhovan\w*|nachislen\w*|polozhen\w*|polagaetsya|prysvoyen\w*|pryznachen\w*) "
        r"(?:\w+ ){0,2}(?:vyplat\w*|dopomoh\w*|dopomog\w*|kompensats\w*|kompensac\w*|subsidi\w*|posobi\w*|"
        r"materialn\w* dopomoh\w*)|"
        r"(?:vyplat\w*|dopomoh\w*|dopomog\w*|pomoshch\w*|pomoc\w*|swiadczeni\w*) (?:vid|ot|od) (?:oon|chervonoho "
        r"khresta|krasnogo kresta|yevrosoyuzu|unii europejskiej|unicef|czerwonego krzyza)"),
    # --- threats and their consequences ---------------------------------------------------
    "legal_threat": (
        # a criminal case against the listener, or the one their relative's "victim" may bring: "protiv vas
        # vozbuzhdeno ugolovnoe delo", "chtoby ne vozbuzhdali delo", "grozi pani odpowiedzialnosc karna" (not the
        # investigator ringing about the listener's own report: "po ugolovnomu delu o krazhe vashey mashiny")
        r"(?:protiv|na) (?:vas|tebya|vashego|vashu|vashe|vashey) (?:\w+ ){0,3}(?:ugolovn\w*|vozbuzhd\w*|zaveden\w*|"
        r"otkryt\w*)|ugolovn\w* (?:del\w* )?(?:\w+ )?(?:protiv|na) (?:vas|tebya|vashego|vashu|vashe|vashey)|"
        r"(?:kryminaln\w*|provadzhen\w*|sprav\w*) (?:\w+ ){0,2}(?:proty|na|shchodo) (?:vas|tebe|vashoho|vashu|"
        r"vashoyi)|(?:proty|shchodo) (?:vas|tebe) (?:\w+ ){0,3}(?:kryminaln\w*|vidkryt\w*|porushen\w*)|"
        r"(?:karn\w*|postepowani\w*|sprawe|sprawa) (?:\w+ ){0,2}(?:przeciwko|wobec) (?:panu|pani|pana|ciebie|"
        r"tobie|wam|panskiemu|pani)|"
        r"(?:chtoby|chtob|shchob|shchoby|zeby|aby|by) (?:ne|izbezhat|unyknuty|uniknac|nie) (?:\w+ ){0,2}"
        r"(?:ugolovn\w*|vozbuzhd\w*|vozbud\w*|kryminal\w*|sprawy karnej|postepowania karnego)|"
        r"(?:ugolovn\w*|kryminaln\w*|karn\w*) (?:otvetstvennost\w*|vidpovidaln\w*|odpowiedzialnos\w*)|"
        r"(?:odpowiedzialnos\w*) karn\w*|(?:grozit|zagrozhuye|zahrozhuye|grozi) (?:vam |tobi |panu |pani |ci )?"
        r"(?:\w+ )?(?:srok|arest|tyurm\w*|vyaznytsya|vyazn\w*|wiezieni\w*|areszt\w*|ugolovn\w*|kryminaln\w*)|"
        r"(?:budete|mozhete byt|budesh|vas) (?:\w+ )?(?:arestovan\w*|zaderzhan\w*|osuzhden\w*)|"
        r"(?:order|orderu|ordera) na (?:vash )?arest|(?:nakaz|nakazu) (?:aresztowania|zatrzymania)|"
        r"zostanie (?:pan|pani) (?:\w+ )?(?:aresztowan\w*|zatrzyman\w*)|list gonczy|"
        r"(?:otmyvan\w* (?:deneg|sredstv)|vidmyvann\w* koshtiv|pranie (?:brudnych )?pieniedzy|"
        r"pranie pieniedzy|finansirovan\w* terrorizma|finansowani\w* terroryzmu)|"
        # a deportation or a revoked status: "vas deportiruyut", "deportacja"
        r"(?:vas )?deportiruyut|(?:budete|budesh|mozhete byt) deportirovan\w*|deportuyut|zostanie (?:pan|pani) "
        r"deportowan\w*"),
    "lawsuit_notice": (
        r"(?:sudebn\w*|sudovyy|sudovyi) (?:isk|pozov|povestk\w*)|povestk\w* v sud|isk (?:protiv|na) vas|"
        r"pozew (?:przeciwko|sadowy)|wezwanie do sadu|(?:skierowa\w*|skierujemy) (?:sprawe )?do sadu"),
    "consequence": (
        # "inache ... budet zablokirovana", "v protivnom sluchae", "w przeciwnym razie"
        r"(?:inache|v protivnom sluchae|inakshe|v inshomu vypadku|w przeciwnym (?:razie|wypadku)|inaczej)"
        r"(?: \w+){0,6} (?:budet|budut|bude|zostanie|zostana|mozhet|moze|pridetsya|doyde|dojdzie|vozbud\w*|"
        r"zablok\w*|arest\w*|aresztow\w*|otklyuch\w*|odlacz\w*|spisan\w*|skierowan\w*)|"
        r"chtoby (?:ne|izbezhat) (?:\w+ ){0,2}(?:vozbuzhd\w*|vozbud\w*|arest\w*|zaderzhan\w*|blokirovk\w*|"
        r"zablokir\w*|otklyuch\w*|shtraf\w*|sud\w*|ugolovn\w*|posadil\w*|posadit\w*)|"
        r"(?:shchob|shchoby) (?:ne|unyknuty) (?:\w+ ){0,2}(?:vidkry\w*|areshtu\w*|zablok\w*|vidklyuch\w*|"
        r"kryminal\w*|sud\w*)|"
        r"(?:zeby|aby|by) (?:uniknac|nie) (?:\w+ ){0,2}(?:areszt\w*|zatrzyman\w*|zablokow\w*|odlacz\w*|"
        r"sprawy karnej|postepowania|kary|grzywny|sadu)"),
    "urgency": (
        # "srochno", "nemedlenno", "poka ne pozdno", "terminovo", "pilnie", "natychmiast"
        r"(?<!ne )(?<!nie )(?:srochno|srochnyy|srochnyi|srochnoe|nemedlenno|kak mozhno skoree|poka ne pozdno|"
        r"terminovo|termynovo|negaino|nehaino|yakomoga shvydshe|poky ne pizno|"
        r"pilnie|pilna sprawa|natychmiast|niezwlocznie|jak najszybciej|zanim bedzie za pozno)"),
    "deadline": (
        # "vopros nado reshit segodnya", "oferta jest wazna tylko do konca tygodnia", "posledniy shans"
        r"(?:vopros|delo|problem\w*|pytannya|sprav\w*|sprawe) (?:\w+ ){0,2}(?:nado|nuzhno|neobkhodimo|treba|"
        r"potribno|nalezy|trzeba|musimy) (?:\w+ )?(?:reshit|reshat|urehulyuvaty|vyrishyty|zalatwic|rozwiazac)"
        r"(?: \w+)? (?:segodnya|seychas|srochno|nemedlenno|sogodni|zaraz|dzisiaj|dzis|natychmiast)|"
        r"(?:reshit|uladit|vyrishyty|zalatwic|rozwiazac) (?:\w+ )?(?:vopros|delo|problemu|pytannya|sprawe) "
        r"(?:segodnya|sogodni|dzisiaj|dzis|do vechera|do konca dnia|do kontsa dnya)|"
        r"(?:predlozhenie|aktsiya|aktsiia|propozytsiya|oferta|promocja|propozycja) (?:\w+ ){0,2}"
        r"(?:deystvuet|deistvuet|diye|jest wazna|wazna|obowiazuje) (?:tolko |lish |tilky |lyshe |tylko )?"
        r"(?:do|segodnya|sogodni|dzisiaj|dzis)|"
        r"(?:posledn\w*|ostann\w*|ostatni\w*) (?:preduprezhden\w*|napominan\w*|shans\w*|poperedzhen\w*|"
        r"ostrzezeni\w*|szans\w*|wezwani\w*)|"
        r"(?:v techenie|v techeniye|protyahom|w ciagu) (?:\w+ )?(?:chasa|chasov|minut|sutok|hodyny|hodyn|khvylyn|"
        r"dob|godzin\w*|minut)"),
    "callback_demand": (
        # "perezvonite", "peredzvonit", "prosze oddzwonic", "svyazhites s nami"
        r"perezvonite|perezvonit(?: nam| mne| po)|pozvonite (?:nam|mne|po (?:etomu|nomeru|telefonu))|"
        r"svyazhites s nami|peredzvonit\w*|zatelefonuyte (?:nam|meni|za nomerom)|"
        r"(?:prosze|prosimy|prosze pilnie) (?:o )?(?:oddzwonic|kontakt|pilny kontakt|zadzwonic)|oddzwon\b|"
        r"oddzwoncie"),
    # --- the robocall's key ----------------------------------------------------------------
    "robocall": (
        rf"{_PRESS}|"
        r"(?:avtomaticheskoe|avtomaticheskoye|avtomatychne|automatyczn\w*) (?:soobshchenie|povidomlennya|"
        r"wiadomosc|zvonok|dzvinok|polaczenie)|(?:wiadomosc|polaczenie) automatyczn\w*|"
        r"(?:chtoby|dlya|shchob|aby|zeby) (?:\w+ )?(?:svyazat\w*|soedinit\w*|zvyazat\w*|polaczyc|porozmawiac) "
        r"(?:\w+ )?(?:s|z|ze) (?:operator\w*|spetsialist\w*|konsultant\w*|sotrudnik\w*|doradc\w*)"),
    "press_to_act": (
        # the key to a person or to settle the claim, or the last words of the message: "nazhmite odin chtoby
        # otmenit", "natysnit odyn dlya zvyazku z operatorom", "nacisnij 1 aby porozmawiac z konsultantem"
        rf"{_PRESS}(?:(?: \w+){{0,3}} {_ACT}|$)|"
        # ... or the purpose first: "chtoby otmenit operatsiyu nazhmite odin", "dla uzyskania informacji
        # nacisnij 1", "dlya pidtverdzhennya adresy natysnit odyn", "esli eto ne vy, nazhmite odin"
        rf"(?:{_FOR} (?:\w+ ){{0,2}}{_ACT}|esli (?:eto|to) (?:byli |byl |byla )?ne vy|yakshcho tse ne vy|"
        rf"(?:jesli|jezeli) to nie (?:pan|pani|ty|wy))(?: \w+){{0,5}} {_PRESS_ANY}"),
    # --- a relative in trouble -------------------------------------------------------------
    "family_emergency": (
        # "ya popal v avariyu", "potrapyv u DTP", "mialem wypadek", "spowodowalam wypadek"
        r"(?:popal|popala|popali|popav|potrapyv|potrapyla|potrapyly|trapyv) (?:\w+ )?(?:v|u|do) "
        r"(?:avariyu|avariu|avariyi|dtp|bedu|bidu|politsiyu|politsiyi)|"
        r"(?:mialem|mialam|mial|miala|spowodowalem|spowodowalam|spowodowal|spowodowala) (?:\w+ )?wypadek|"
        r"(?:sbil|sbila|zbyv|zbyla|potracilem|potracilam|potracil|potracila) (?:\w+ )?(?:cheloveka|peshekhoda|"
        r"devushku|zhenshchinu|rebenka|lyudynu|pishokhoda|divchynu|zhinku|dytynu|czlowieka|pieszego|kobiete|"
        r"dziewczyne|dziecko)|"
        r"(?:sovershil|sovershila|stal vinovnikom|stala vinovnitsey|skoyiv|skoyila|vchynyv|vchynyla) (?:\w+ )?"
        r"(?:dtp|avari\w*|naezd|nayizd)|"
        # a stranger for the relative: "vash syn zaderzhan", "vasha doch v politsii", "twoj wnuczek jest na policji"
        rf"(?:vash|vasha|tvoy|tvoi|tvoya|vashogo|vashu|tvii|twoj|twoja|pana|pani) {_CHILD} (?:\w+ ){{0,2}}"
        r"(?:zaderzhan\w*|arestovan\w*|v politsii|v bolnitse|v reanimatsii|popal\w*|sovershil\w*|postradal\w*|"
        r"zatryman\w*|zatrymal\w*|areshtovan\w*|u politsiyi|v likarni|zatrzyman\w*|aresztowan\w*|na policji|"
        r"na komisariacie|w szpitalu|mial\w* wypadek|spowodowal\w*)|"
        r"postradal\w* (?:devushka|zhenshchina|chelovek|rebenok|peshekhod)|postrazhdal\w* (?:divchyna|zhinka|lyudyna)|"
        r"(?:ya|menya) (?:v politsii|zaderzhali|arestovali|zabrali v politsiyu)|(?:ya|mene) (?:u politsiyi|zatrymaly)|"
        r"(?:jestem|siedze) (?:na policji|na komisariacie|w areszcie)|zatrzymala mnie policja|"
        # money for the relative's release: "chtoby ego vypustili", "shchob yoho vidpustyly", "zeby go wypuscili"
        r"(?:chtoby|chtob|shchob|shchoby|zeby|aby|by) (?:ego|ee|yoho|yiyi|yii|go|ja|jego|jej|tebya|tebe|ciebie) "
        r"(?:vypustili|otpustili|osvobodili|vidpustyly|vypustyly|zvilnyly|wypuscili|zwolnili|puscili)|"
        # "do everything he says": the "virtual kidnapping" hand-over
        r"(?:sdelay|sdelai|sdelayte|delay|zroby|zrobit|zrob|zrobcie)(?: \w+)? (?:vse|vsyo|vso|wszystko) "
        r"(?:chto|shcho|co) (?:on|ona|oni|vin|vona|vony|pan) (?:skazhet|skazhut|govorit|kazhe|skazhe|powie|kaze)|"
        # a new number or someone else's phone: "eto moy novyy nomer", "telefon razbilsya", "to moj nowy numer"
        r"(?:eto|tse|to) (?:moy|moi|miy|mii|moj) (?:novyy|novyi|novyj|novyy|nowy) (?:nomer|numer)|"
        r"(?:zvonyu|dzvonyu|dzwonie) (?:s|z|ze) (?:chuzhogo|chuzhoho|telefona druga|telefona podrugi|"
        r"telefonu druha|telefonu kolegi|telefonu kolezanki|telefonu znajomego|obcego)|"
        r"(?:u menya|u mene|mam) (?:teper |teraz )?(?:novyy|novyi|novyj|nowy) (?:nomer|numer)|"
        r"(?:moy|moi|miy|mii|moj|staryy|staryi|staryj|stary|staryi) telefon (?:\w+ )?(?:slomalsya|razbilsya|ukrali|zabrali|rozbyvsya|zlamavsya|"
        r"vkraly|zabraly|zepsul sie|rozbil sie|ukradli|zabrali)|"
        r"(?:razbil|razbila|poteryal|poteryala|rozbyv|rozbyla|zahubyv|zahubyla|rozbilem|rozbilam|zgubilem|"
        r"zgubilam) (?:svoy |svoi |miy |swoj )?telefon"),
    "bail_lawyer": (
        # "zaraz zadzwoni pan mecenas", "advokat vam perezvonit"; an investigator or a policeman only as the
        # relative announces him to the family ("s toboy pogovorit sledovatel": an officer says "vam")
        r"(?:advokat|yurist|yuryst|mecenas|adwokat|prawnik)(?: \w+){0,3} (?:pozvonit|perezvonit|svyazhetsya|"
        r"pogovorit|zatelefonuye|podzvonyt|peredzvonyt|pohovoryt|zadzwoni|oddzwoni|skontaktuje sie|porozmawia) "
        r"(?:\w+ )?(?:s toboy|s toboi|s vami|tebe|vam|z toboyu|z vamy|tobi|do ciebie|do pani|do pana|z toba|"
        r"z pania|z panem|do babci|do dziadka|do mamy|do taty|babushke|dedushke|mame|pape)|"
        r"(?:advokat|sledovatel|yurist|slidchyi|slidchyy|yuryst|mecenas|adwokat|prawnik|policjant|prokurator)"
        r"(?: \w+){0,3} (?:pozvonit|perezvonit|pogovorit|zatelefonuye|podzvonyt|pohovoryt|zadzwoni|porozmawia) "
        r"(?:\w+ )?(?:s toboy|s toboi|tebe|z toboyu|tobi|do ciebie|z toba|do babci|do dziadka|babushke|dedushke)|"
        r"(?:pozvonit|pogovorit|zatelefonuye|podzvonyt|pohovoryt|zadzwoni|porozmawia) (?:\w+ )?"
        r"(?:s toboy|s toboi|tebe|z toboyu|tobi|do ciebie|z toba|do babci|do dziadka)? ?(?:pan |pani )?"
        r"(?:advokat|sledovatel|yurist|slidchyi|slidchyy|yuryst|mecenas|adwokat|prawnik|policjant|prokurator)|"
        r"(?:s toboy|s toboi|z toboyu|z toba) (?:seychas |sejchas |zaraz )?(?:pogovorit|pohovoryt|porozmawia) "
        r"(?:\w+ )?(?:advokat|sledovatel|yurist|slidchyi|slidchyy|yuryst|mecenas|adwokat|prawnik|policjant)"),
    "secrecy": (
        # "ne govori nikomu", "nikomu ne govorite", "nie mow nic mamie", "nikomu nie mow"
        # (not the bank's honest "nikomu ne soobshchayte kod": ``legit_no_ask``)
        rf"{_DONT_TELL} (?:nichego |nichoho |nic |ob etom |pro tse |o tym )?{_KIN}{_NOT_CODE}|"
        # ... in either order: "pape ne govori", "mamie nic nie mow"
        rf"(?:{_KIN}) (?:nichego |nichoho |nic |ob etom |pro tse |o tym )?{_DONT_TELL}{_NOT_CODE}|"
        r"(?:nikomu|nikogo|nikomu nichego) (?:ne )?(?:govori|govorite|rasskazyvay|rasskazyvayte|soobshchayte|"
        rf"kazhy|kazhit|rozpovidai|rozpovidayte|nie mow|nie mowcie|nie mowic|nie wspominaj|o tym nie mow){_NOT_CODE}|"
        r"(?:eto|tse|to) (?:strogo )?(?:konfidentsialn\w*|konfidentsiyn\w*|poufn\w*|tayna|taemnytsya|tajemnica)|"
        r"(?:derzhite|sokhranite|zberigayte|zachowaj|zachowajcie|prosze zachowac) (?:\w+ )?"
        r"(?:v tayne|v sekrete|v tayemnytsi|w tajemnicy|konfidentsialnost|poufnosc)|"
        # the line kept open: "ne kladite trubku", "nie rozlaczaj sie"
        r"ne (?:kladite|kladi|veshayte|veshai|preryvayte|kladit) (?:\w+ )?(?:trubku|trubky|slukhavku|zvonok|"
        r"dzvinok)|nie (?:rozlaczaj|rozlaczajcie|rozlaczac|odkladaj|odkladajcie) (?:sie|sluchawki)"),
    "told_not_to_tell": (
        # the cover story for the teller: "esli v banke sprosyat, skazhite ...", "nie mow w banku"
        r"(?:esli|yakshcho|jesli|jezeli|kogda|koly|gdy) (?:\w+ ){0,3}(?:sprosyat|sprosit|zapytayut|zapytaye|"
        r"zapytaja|zapyta|spytaja|spyta)(?: \w+){0,4} (?:skazhite|skazhi|govorite|kazhit|skazhit|powiedz|"
        r"powiedzcie|prosze powiedziec|mow)|"
        r"(?:ne (?:govorite|govori|kazhit|kazhy)|nie (?:mow|mowcie|mowic)) (?:\w+ )?(?:v banke|sotrudnikam|"
        r"kassiru|operatoru|u banku|pratsivnykam|w banku|pracownikom|kasjerce|kasjerowi|w oddziale)|"
        r"(?:ne (?:zvonite|zvoni|obrashchaytes|dzvonit|zvertaytes)|nie (?:dzwon|dzwoncie|zglaszaj|idz)) "
        r"(?:\w+ )?(?:v politsiyu|v bank|v politsiyu|do politsiyi|v politsiiu|na policje|do banku|na policj\w*)"),
    "cash_parcel": (
        # "kurer priedet za dengami", "przekazac pieniadze kurierowi"
        r"(?:kurer|kurier|kuryer|voditel|chelovek|pomoshnik|pomoshchnik|kierowca|czlowiek|osoba) (?:\w+ ){0,3}"
        r"(?:priedet|zaedet|zaberet|pridet|podyedet|pryyide|zabere|pryide|przyjedzie|odbierze|przyjdzie|podjedzie) "
        r"(?:\w+ )?(?:za )?(?:dengami|dengi|nalichnymi|nalichnye|hroshyma|hroshi|hotivkoyu|gotovkoyu|pieniadze|"
        r"pieniedzmi|gotowke|gotowka)|"
        r"(?:peredat|peredayte|peredaite|peredaty|peredaite|przekazac|przekaz|oddac|oddaj) (?:\w+ ){0,2}"
        r"(?:dengi|nalichnye|hroshi|hotivku|pieniadze|gotowke) (?:\w+ )?(?:kureru|kuryeru|kurierowi|voditelyu|"
        r"kierowcy|cheloveku|lyudyni|czlowiekowi|panu)"),
    "money_plea": (
        # bail: "nuzhno vnesti zalog", "trzeba wplacic kaucje", "kaucja wynosi"
        r"(?:vnesti|zaplatit|oplatit|zaplatyty|vnesty|splatyty|wplacic|zaplacic|wplac|zaplac) (?:\w+ )?"
        r"(?:zalog\w*|zastav\w*|kaucj\w*)|kaucj\w* (?:w wysokosci|wynosi)|"
        # "mne srochno nuzhny dengi", "perevedi mne", "potrzebuje pieniedzy", "potribni hroshi"
        r"(?:mne|nam) (?:\w+ )?(?:nuzhny|nuzhna|nuzhno) (?:\w+ )?(?:dengi|deneg)|"
        r"(?:meni|nam) (?:\w+ )?(?:potribni|potribno|treba) (?:\w+ )?(?:hroshi|groshi|koshty)|"
        r"(?:potrzebuje|potrzebujemy|potrzebna mi|potrzebne mi) (?:\w+ )?(?:pieniedzy|pieniadze|kasy|gotowki)|"
        # "mozhesh perevesti mne pyat tysyach", "mozesz mi przelac", as "can you send me 500"
        r"(?:mozhesh|mozhete|mozhesh li|zmozhesh|mozhete li|mozesz|mozecie|moglabys|moglbys|mozhe) (?:\w+ )?"
        r"(?:perevesti|skinut|otpravit|vyslat|odolzhit|zanyat|perekazaty|skynuty|nadislaty|pozyczyc|przelac|wyslac)"
        r" (?:mne|meni|mi|nam)|"
        r"(?:perevedi|perevedite|skin|skinte|otprav|otpravte|vyshli|vyshlite|perekazhy|perekazhit|nadishly|"
        r"przelej|przelejcie|wyslij|wyslijcie) (?:mne|meni|mi|nam) (?:\w+ )?(?:deneg|dengi|hroshi|groshi|"
        r"pieniadze|pieniedzy|kase|\d+)|"
        r"(?:srochno|bystro|terminovo|shvydko|pilnie|szybko) (?:perevedi|perevedite|skin|otprav|vyshli|perekazhy|"
        r"nadishly|przelej|wyslij) (?:mne |meni |mi |nam )?(?:\w+ )?(?:deneg|dengi|hroshi|groshi|pieniadze|pieniedzy|"
        r"kase)"),
    # --- parcels held at customs, documents held at the consulate ----------------------------
    "parcel_problem": (
        # "zaderzhana na tamozhne", "zatrymano na mytnytsi", "zatrzymana w urzedzie celnym"
        r"(?:zaderzhan\w*|zaderzhal\w*|arestovan\w*|izyat\w*|zablokirovan\w*|ostanovlen\w*) "
        r"(?:\w+ )?na tamozhn\w*|tamozhn\w* (?:\w+ )?(?:zaderzhal\w*|izyal\w*|ostanovil\w*)|"
        r"(?:zatryman\w*|zatrymal\w*|zablokovan\w*|vyluchen\w*) (?:\w+ )?na mytnyts\w*|"
        r"mytnyts\w* (?:\w+ )?(?:zatrymal\w*|vyluchyl\w*)|"
        r"(?:zatrzyman\w*|wstrzyman\w*|zablokowan\w*|skonfiskowan\w*) (?:\w+ ){0,2}(?:w urzedzie celnym|"
        r"przez (?:urzad celny|sluzbe celna|celnikow|clo)|na (?:granicy|cle|odprawie))|"
        # the duty or the surcharge unpaid: "tamozhennaya poshlina", "mytnyi zbir", "nieoplacona doplata"
        r"tamozhenn\w* (?:poshlin\w*|sbor\w*|platezh\w*|oplat\w*|nalog\w*)|(?:mytn\w*|mytnyy|mytnyi) "
        r"(?:zbir|zboru|platizh\w*|podatok|myto)|"
        r"(?:nieoplacon\w*|niezaplacon\w*|brakujac\w*|zalegl\w*) (?:\w+ )?(?:doplat\w*|oplat\w*|cla|clo|"
        r"naleznos\w*|podat\w*|przesylk\w*)|(?:oplat\w*|naleznos\w*) celn\w*|"
        r"(?:paczk\w*|przesylk\w*) (?:\w+ ){0,3}(?:czeka|oczekuje) na (?:doplat\w*|oplat\w*|platnos\w*)|"
        r"(?:neoplachenn\w*|neoplachen\w*) (?:\w+ )?(?:poshlin\w*|dostavk\w*|sbor\w*)|"
        # "the parcel cannot be delivered": "posylka ne mozhet byt dostavlena", "paczka nie moze byc doreczona"
        r"(?:posylk\w*|otpravlen\w*|paket\w*|gruz\w*|zakaz\w*|vidpravlen\w*|posylk\w*|pakunok|pakunk\w*|"
        r"paczk\w*|przesylk\w*) (?:\w+ ){0,3}(?:ne mozhet byt dostavlen\w*|ne mozhe buty dostavlen\w*|"
        r"nie moze (?:byc|zostac) (?:doreczon\w*|dostarczon\w*|wydan\w*))|"
        # contraband in the listener's name: "v posylke obnaruzheny pasporta i bankovskie karty"
        r"(?:posylk\w*|otpravlen\w*|paket\w*|vidpravlen\w*|paczk\w*|przesylk\w*)(?: \w+){0,10} "
        r"(?:pasport\w*|bankovsk\w* kart\w*|bankivsk\w* kart\w*|karty bankow\w*|narkotik\w*|narkotyk\w*|"
        r"zapreshchenn\w*|zaboronen\w*|zakazan\w*|nelegaln\w*|nezakonn\w*)"),
    "parcel_trouble": (
        # returned or undeliverable: "vozvrashchena otpravitelyu", "povernuto vidpravnyku",
        # "zwrocona do nadawcy", "adres ukazan neverno", "nieprawidlowy adres"
        r"(?:vernut\w*|vozvrashchen\w*|vozvrashchat\w*|otpravlen\w* obratno|povernut\w*|povernen\w*|zwrocon\w*|"
        r"odeslan\w*) (?:\w+ )?(?:otpravitelyu|vidpravnyku|nadawcy|do nadawcy)|"
        r"(?:ne udalos|ne smogli|ne mozhem|ne vdalosya|ne zmohly|nie udalo sie|nie moglismy|nie mozemy) "
        r"(?:\w+ )?(?:dostavit|dostavyty|doreczyc|dostarczyc)|"
        r"(?:ne mozhet byt|ne mozhe buty|nie moze (?:byc|zostac)) (?:dostavlen\w*|doreczon\w*|dostarczon\w*)|"
        r"(?:adres\w*) (?:\w+ )?(?:ukazan\w* )?(?:nepoln\w*|neveren|neverno|nevern\w*|nepravil\w*|nepovn\w*|"
        r"nevirn\w*|nieprawidlow\w*|niepeln\w*|bledn\w*|niekomplet\w*)|"
        r"(?:nepoln\w*|nevern\w*|nepravil\w*|nepovn\w*|nevirn\w*|nieprawidlow\w*|niepeln\w*|bledn\w*) adres\w*|"
        r"(?:budet|bude|zostanie) (?:\w+ )?(?:utilizirovan\w*|utylizovan\w*|zutylizowan\w*|unichtozhen\w*|"
        r"znyshchen\w*|zniszczon\w*)|"
        # a document waiting at the consulate: "v konsulstve nakhoditsya vazhnyy dokument"
        r"(?:v|u|w) (?:konsulstve|posolstve|konsulstvi|posolstvi|konsulacie|ambasadzie) (?:\w+ ){0,3}"
        r"(?:nakhodit\w*|lezhit|khranit\w*|zhdet|zhdyot|ozhidaet|perebuvaye|znakhodyt\w*|czeka|znajduje sie) "
        r"(?:\w+ ){0,2}(?:dokument\w*|posylk\w*|paket\w*|pism\w*|lyst\w*|przesylk\w*|list)|"
        r"(?:vazhn\w*|vazhlyv\w*|wazn\w*|srochn\w*) (?:dokument\w*|posylk\w*|paket\w*|pism\w*|lyst\w*|przesylk\w*|"
        r"list)(?: \w+){0,4} (?:v|u|w) (?:konsulstve|posolstve|konsulstvi|posolstvi|konsulacie|ambasadzie)"),
    # --- a fee before something is released -------------------------------------------------
    "advance_fee": (
        # "nuzhno tolko oplatit dostavku", "potribno lyshe splatyty komisiyu", "wystarczy oplacic przesylke"
        r"(?:tolko|lish|vsego lish|tilky|lyshe|vsyoho lyshe|tylko|wystarczy|jedynie) (?:\w+ )?"
        r"(?:oplatit|zaplatit|vnesti|perevesti|oplatyty|splatyty|zaplatyty|vnesty|oplacic|zaplacic|uiscic|wplacic)"
        r" (?:\w+ ){0,2}(?:dostavk\w*|poshlin\w*|nalog\w*|komissi\w*|sbor\w*|strakhovk\w*|depozit\w*|zalog\w*|"
        r"komisi\w*|podat\w*|myto|zbir|koszt\w*|przesylk\w*|podat\w*|prowizj\w*|oplat\w*|clo|cla|depozyt\w*|"
        r"ubezpieczeni\w*)|"
        r"(?:nalog|podatok|podatek) (?:na|od) (?:vyigrysh|vygrash|vyhrash|wygran\w*|priz|nagrod\w*)|"
        r"(?:strakhov\w*|garantiyn\w*|obespechitel\w*) (?:vznos|platezh|depozit)"),
    "fee_to_release": (
        # "chtoby poluchit priz nuzhno oplatit", "dlya polucheniya nuzhno tolko oplatit dostavku",
        # "aby odebrac nagrode nalezy wplacic" (what is freed is money or a prize: a parcel's cash on
        # delivery, "dlya polucheniya posylki nuzhno oplatit", is the courier's ordinary charge)
        r"(?:chtoby|chtob|dlya|shchob|shchoby|dlia|aby|zeby|dla|w celu) (?:\w+ )?(?:poluchit\w*|poluchen\w*|"
        r"zabrat|vyvesti|vyvod\w*|snyat|otrymat\w*|otrymann\w*|vyvesty|odebrac|odbioru|otrzymac|otrzymania|"
        r"wyplacic|wyplaty|odblokowac|razblokir\w*|rozblokuv\w*)"
        r"(?: (?:vash\w*|svo\w*|tvo\w*|pana|pani|panski\w*|swoj\w*|twoj\w*))?"
        r"(?: (?:priz\w*|vyigrysh\w*|dengi|deneg|sredstv\w*|kredit\w*|zaym\w*|vyplat\w*|kompensats\w*|pryz\w*|"
        r"vygrash\w*|vyhrash\w*|koshty|hroshi|kredyt\w*|pozyk\w*|nagrod\w*|wygran\w*|pieniadz\w*|pieniedz\w*|"
        r"srodk\w*|srodki|pozyczk\w*|odszkodowani\w*|zwrot\w*|nasledstv\w*|spadk\w*|podarok|podarunok|"
        r"prezent\w*|zysk\w*|pribyl\w*|prybut\w*))?"
        r"(?: (?:vam|tebe|vy|panu|pani|ci|wam|tobi|vy))? (?:nuzhno|nado|neobkhodimo|trebuetsya|sleduet|"
        r"potribno|treba|neobkhidno|nalezy|trzeba|musi (?:pan|pani)|musisz|wystarczy) "
        r"(?:\w+ ){0,2}(?:oplatit|zaplatit|vnesti|perevesti|oplatyty|splatyty|zaplatyty|vnesty|perekazaty|"
        r"oplacic|zaplacic|uiscic|wplacic|przelac)"),
    # --- the offers: a prize, a grant, a job, "returns", debts written off --------------------
    "prize": (
        # "vash nomer vyigral", "vy stali pobeditelem rozygrysha", "wygral pan samochod"
        # (said to the listener, not "ya vyigral v lotereyu", "wygralem")
        r"(?<!ya )(?<!ja )(?<!my )(?<!mi )(?:vyigral|vyigrala|vyigrali|vyygral\w*|vygral\w*|vyhral\w*|vygraly|"
        r"vyhraly|vyhrav|wygral|wygrala|wygrales|wygralas|wygraliscie|wygrali)(?: \w+){0,4} "
        r"(?:priz\w*|avtomobil\w*|mashin\w*|aifon\w*|iphone\w*|dengi|deneg|denezhn\w*|summ\w*|puteshestvi\w*|"
        r"poyezdk\w*|poezdk\w*|vyigrysh\w*|rozygrysh\w*|loter\w*|pryz\w*|nagrod\w*|samochod\w*|telefon\w*|"
        r"pieniadz\w*|pieniedz\w*|loteri\w*|konkurs\w*|losowani\w*)|"
        r"(?:vash|vashe|vasha|tvoy|vash|pana|pani|panski|twoj) (?:nomer|telefon|numer|kart\w*) "
        r"(?:\w+ )?(?:vyigral\w*|vyhrav|vygrav|wygral\w*)|"
        r"(?:vy stali|vy stal\w*|stali vy|vy staly|vy stal[yi]|zostal pan|zostala pani|zostales|zostalas|"
        r"zostaliscie|jestes|jest pan|jest pani) (?:\w+ )?(?:pobeditel\w*|peremozh\w*|zwyciezc\w*|laureat\w*)|"
        r"pobeditel\w* (?:rozygrysh\w*|loterei|aktsii|konkursa)|peremozh\w* (?:rozihrash\w*|loterei|aktsiyi)|"
        r"(?:zwyciezc\w*|laureat\w*) (?:loterii|losowania)|"
        r"(?:vam|tobi|vas) (?:polagaetsya|polozhen|dostalsya|nalezhyt\w*) (?:\w+ )?(?:priz|pryz|podarok|vyigrysh)|"
        r"(?:glavn\w*|holovn\w*|glown\w*) (?:priz|pryz|nagrod\w*)"),
    "investment": (
        # returns by the month or day: "dokhod ot tridtsati protsentov v mesyats", "zysk 20 procent miesiecznie"
        r"(?:dokhod\w*|pribyl\w*|dokhid\w*|prybut\w*|zysk\w*|zarobek|dochod\w*)(?: \w+){0,4} "
        r"(?:protsent\w*|procent\w*|vidsot\w*) (?:v|za|na|w|miesiecznie|dziennie|tygodniowo|ezhednevno|"
        r"ezhemesyachno|shchodnya|shchomisyatsya)(?: (?:mesyats|den|nedelyu|sutki|misyats|tyzhden|dobu|miesiac|"
        r"dzien|tydzien))?|"
        r"(?:garantirovann\w*|harantovan\w*|garantovan\w*|gwarantowan\w*) (?:\w+ )?(?:dokhod\w*|pribyl\w*|"
        r"dokhid\w*|prybut\w*|zysk\w*|zwrot\w*|dochod\w*)|"
        r"(?:investits\w*|investic\w*|inwestycj\w*|investuvan\w*|investirovan\w*|inwestowa\w*|vlozhen\w*|"
        r"vkladen\w*) (?:\w+ ){0,2}(?:v|u|w) (?:kriptovalyut\w*|kryptovalyut\w*|kryptowalut\w*|bitkoin\w*|"
        r"bitcoin\w*|kripto\w*|krypto\w*|aktsii gazproma)|"
        r"(?:torgovl\w*|torhivl\w*|handel|trejding|treyding) (?:\w+ )?(?:kriptovalyut\w*|kryptovalyut\w*|"
        r"kryptowalut\w*|na birzhe|forex|foreks)"),
    "platform_steer": (
        # "nasha investitsionnaya platforma", "lichnyy finansovyy konsultant", "nasza platforma inwestycyjna"
        r"(?:nash\w*|nasz\w*) (?:investitsionn\w*|investytsiyn\w*|inwestycyjn\w*|treydingov\w*|torgov\w*) "
        r"(?:platform\w*|birzh\w*)|(?:nash\w*|nasz\w*) platform\w* (?:inwestycyjn\w*|investitsionn\w*)|"
        r"(?:lichn\w*|osobyst\w*|osobist\w*|prywatn\w*|osobist\w*) (?:finansov\w*|finansow\w*) "
        r"(?:konsultant\w*|analitik\w*|doradc\w*|mentor\w*|kurator\w*)"),
    "off_platform": (
        # "napishu vam v WhatsApp", "napishite nam v Telegram", "napisz na whatsappie"
        r"(?:v|vo|u|na|cherez|przez|po) (?:whatsapp\w*|vatsap\w*|vatsapp\w*|votsap\w*|watsap\w*|telegram\w*|"
        r"telegramm\w*|telegu|telege|viber\w*|vaiber\w*|vayber\w*)|(?:whatsapp\w*|telegram\w*|viber\w*|vatsap\w*) "
        r"(?:mne|nam|meni|mi|do mnie)"),
    "job_offer": (
        # "predlagaem udalyonnuyu rabotu, oplata ezhednevno", "oferujemy prace zdalna, wyplata codziennie",
        # "bez opyta" (working from home is no offer: "ya seychas rabotayu iz doma")
        r"(?:predlagaem|predlagayu|predlozhit\w*|ishchem|nabiraem|priglashaem|proponujemy|oferujemy|szukamy|"
        r"poszukujemy|zapraszamy|poshukuyemo|proponuyemo|zaproshuyemo)(?: \w+){0,4} (?:podrabotk\w*|pidrobit\w*|"
        r"dodatkow\w* (?:prac\w*|zarob\w*)|legk\w* (?:rabot|zarabot)\w*|lehk\w* (?:robot|zarobit)\w*|"
        r"latw\w* (?:prac|zarob)\w*)|"
        # remote work with its pay named ("udalennaya rabota, zarabotok ot ..."): a recruiter's real post does
        # not lead with the money
        r"(?:udalenn\w*|udalyonn\w*|viddalen\w*|dystantsiyn\w*|zdaln\w*|na domu|iz doma|vdoma|z domu) "
        r"(?:\w+ ){0,6}(?:zarabot\w*|zarobit\w*|zarobek|zarobk\w*|zarobisz|dokhod\w*|dokhid\w*|oplata|wyplat\w*|"
        r"ezhednevn\w*|codzienn\w*|shchodenn\w*|dziennie|v den|na den)|"
        r"(?:oplata|vyplat\w*|zarplata|wyplat\w*|oplat\w*|zaplat\w*) (?:\w+ )?(?:ezhednevn\w*|kazhdyy den|"
        r"kazhdyi den|shchodenn\w*|shchodnya|codzienn\w*|dziennie|co dzien|kazdego dnia)|"
        r"(?:ezhednevn\w*|shchodenn\w*|codzienn\w*) (?:oplat\w*|vyplat\w*|wyplat\w*)|"
        r"(?:ot|vid|od) (?:\w+ )?(?:chasa|hodyny|godziny) (?:v den|na den|v sutki|na dobu|dziennie|na dzien|"
        r"w ciagu dnia)|"
        r"(?:zarabot\w*|zarobit\w*|zarobitok|zarobek|zarabiac|zarobisz|zarobic|dokhod) (?:\w+ ){0,3}(?:ot|vid|od) "
        r"(?:\w+ ){0,3}(?:v den|v sutki|za den|na den|dziennie|na dzien|w dzien)|"
        r"bez (?:opyta|dosvidu|doswiadczenia)|(?:stavit|stavyty|dawac) layk\w*|lajkowa\w*"),
    "debt_relief": (
        # "spisat chast dolga", "umorzenie czesci dlugu", "spysannya borhiv", "konsolidacja kredytow"
        r"(?:spisat|spisanie|spisaniya|spisaniye|spisanii|spysaty|spysannya|umorzeni\w*|umorzyc|anulowani\w*) "
        r"(?:\w+ ){0,2}(?:dolg\w*|borh\w*|borg\w*|kredit\w*|kredyt\w*|dlug\w*|zadluzeni\w*|zobowiazan\w*)|"
        r"(?:bankrotstv\w*|bankrutstv\w*) (?:fizicheskikh|fizlits|fiz lits|fizychnykh)|"
        r"(?:konsolidac\w*|konsolidats\w*|restrukturyzac\w*|restrukturizats\w*|oddluzani\w*|redukcj\w* "
        r"zadluzeni\w*) (?:\w+ )?(?:dolg\w*|kredit\w*|kredyt\w*|zadluzeni\w*|dlug\w*)?|"
        r"(?:umenshit|snizit|zmenshyty|obnizyc|zmniejszyc) (?:\w+ ){0,2}(?:dolg\w*|borh\w*|dlug\w*|zadluzeni\w*)"),
    "benefits_offer": (
        # "karta na produkty", "novye benefity", "darmowe aparaty sluchowe"
        r"(?:kart\w*|kartk\w*|karta) na (?:produkty|produkti|eda|edu|pokupki|prodovolstvie|zakupy)|"
        r"produktov\w* kart\w*|(?:nov\w*|dopolnitel\w*|dodatkov\w*) (?:benefit\w*|lgot\w*|pilh\w*)|"
        r"benefit\w* (?:po |ot )?(?:medikeru|medikera|medicare|medikeyd\w*)|"
        r"(?:besplatn\w*|bezkoshtovn\w*|darmow\w*) (?:\w+ )?(?:slukhov\w*|sluhov\w*|sluchow\w*|ochki|okulary|"
        r"strakhovk\w*|strakhuvann\w*|ubezpieczeni\w*|brace|korset\w*|protez\w*)|"
        r"(?:nov\w*) (?:plastikov\w*|plastykov\w*) kart\w*"),
    "ask_ssn": (
        # "podtverdit vash nomer medikera", "prosze podac numer PESEL"
        r"(?:podtverdit|podtverdite|nazovite|nazvat|prodiktuyte|prodiktovat|soobshchite|soobshchit|skazhite|"
        r"pidtverdyty|nazvit|povidomte|podac|podaj|prosze podac|potwierdz|potwierdzic|przeczytac|vvedite) "
        r"(?:\w+ ){0,3}(?:nomer\w*|numer\w*) (?:\w+ )?(?:medikera|medikeyda|medicare|medicaid|medikeer\w*|"
        r"sotsialnogo strakhovaniya|sotsialnoho strakhuvannya|sots strakha|sotsial sekyuriti|social security|"
        r"snils|inn|pesel|ubezpieczenia)|"
        r"(?:numer\w*|nomer) pesel|pesel (?:pana|pani|twoj)"),
    # --- what honest callers say ------------------------------------------------------------
    "legit_no_ask": (
        # "my nikogda ne sprashivaem kod", "nikoly ne prosymo PIN", "nigdy nie prosimy o kod"
        r"nikogda ne (?:zaprashivaem|zaprashivayem|sprashivaem|sprashivayem|prosim|trebuem|zaprashivayut|"
        r"sprashivayut|prosyat|trebuyut|zvonim s pros\w*)(?: \w+){0,5} (?:kod\w*|parol\w*|pin\w*|cvv|dann\w*|"
        r"nomer\w*|sms)|"
        r"nikoly ne (?:zapytuyemo|zapytuiemo|prosymo|vymahayemo|zapytuyut|prosyat|vymahayut)(?: \w+){0,5} "
        r"(?:kod\w*|parol\w*|pin\w*|cvv|dani|danykh|nomer\w*)|"
        r"nigdy nie (?:prosimy|pytamy|wymagamy|prosi|pyta|wymaga|prosza|pytaja|dzwonimy z prosba)(?: \w+){0,5} "
        r"(?:kod\w*|hasl\w*|haslo|pin\w*|cvv|dan\w*|numer\w*|blik)|"
        r"(?:nikomu ne (?:soobshchayte|govorite|nazyvayte|peredavayte|povidomlyayte|kazhit)|"
        r"ne (?:soobshchayte|nazyvayte|povidomlyayte) nikomu|nikomu nie (?:podawaj|podawajcie|przekazuj|"
        r"udostepniaj)|nie (?:podawaj|podawajcie|przekazuj|udostepniaj) nikomu)(?: \w+){0,3} "
        r"(?:kod\w*|parol\w*|pin\w*|hasl\w*|cvv|dann\w*|dan\w*)|"
        r"(?:po telefonu|po telefonu|telefonicheski|telefonicznie) (?:\w+ )?(?:ne (?:prinimaem|berem) oplat\w*|"
        r"nie (?:przyjmujemy|pobieramy) (?:oplat|platnos)\w*)"),
    "legit_bank": (
        # "pozvonite po nomeru na oborote karty", "numer z tylu karty", "sprawdz w aplikacji banku"
        r"(?:nomer\w*|numer\w*|telefon\w*) (?:\w+ ){0,2}(?:na (?:oborote|obratnoy storone|obratnoi storone|"
        r"zvorotniy storoni|zvorotnomu botsi)|z (?:tylu|odwrotu|odwrocie)|na (?:odwrocie|rewersie)) "
        r"(?:vashey |vashei |vashoyi |pana |pani |twojej )?(?:karty|kartky|karty platniczej)|"
        r"(?:proverte|posmotrite|perevirte|podyvitsya|sprawdz|sprawdzic|prosze sprawdzic) (?:\w+ ){0,3}"
        r"(?:v|u|w) (?:nashem |ofitsialnom |mobilnom |ofitsiynomu |mobilnomu |naszej |oficjalnej |mobilnej )?"
        r"(?:prilozhenii|zastosunku|dodatku|aplikacji|bankovskom prilozhenii)|"
        r"(?<!ne )(?<!nie )(?:prikhodite|pridite|zaydite|zaidite|pryhodte|pryidit|zavitayte|przyjdz|prosimy przyjsc|"
        r"zapraszamy) (?:\w+ ){0,3}(?:v|u|do) (?:otdelenie|otdeleniye|filial|viddilennya|oddzialu|placowki|banku)"),
    "legit_appointment": (
        # "napominaem pro priyom v chetverg", "przypominamy o wizycie", "retsept gotov"
        r"(?:napominaem|napominayem|nahaduyemo|nahaduiemo|przypominamy|przypominam) (?:\w+ ){0,3}"
        r"(?:o|pro|ob|o twojej|o panskiej|o pani) (?:\w+ )?(?:priyom\w*|priem\w*|zapis\w*|vizit\w*|pryyom\w*|"
        r"pryiom\w*|vizyt\w*|zapys\w*|wizyt\w*|termin\w*|badani\w*|szczepieni\w*|privivk\w*|shcheplenn\w*)|"
        r"(?:retsept\w*|recept\w*|lekarstv\w*|liky|lik|leki|lekarstwa) (?:\w+ ){0,3}(?:gotov\w*|hotov\w*|gotow\w*)|"
        r"(?:vasha|vash|tvoya|panska|pani) (?:zapis|priyom|priem|wizyta|vizyt) (?:k|na|do|u)"),
    "legit_press": (
        # a key to confirm or move a visit, to repeat the message, or a card alert's "if it was you"
        rf"(?:{_FOR} (?:\w+ ){{0,2}}(?:{_VISIT_ACT}) (?:\w+ ){{0,3}}(?:{_VISIT})|"
        r"(?:chtoby|dlya|shchob|aby|zeby|dla) (?:\w+ )?(?:povtor\w*|proslushat|proslukhaty|odsluchan\w*|odsluchac|"
        r"powtorz\w*)|"
        # a prescription's refill: "dlya zakaza retsepta nazhmite 1", "aby zamowic leki nacisnij 1"
        rf"{_FOR} (?:\w+ ){{0,3}}(?:retsept\w*|lekarstv\w*|recept\w*|lekow|leki|likiv|liky)|"
        r"(?:esli|yakshcho|jesli|jezeli) (?:eto |tse |to )?(?:byli |buly |byl |byla |byles |bylas )?"
        r"(?:vy|vi|pan|pani|ty)(?: (?!ne |nie )\w+){0,1}|"
        r"(?:esli|yakshcho) (?:vy|vi) (?:sovershali|sovershili|delali|robyly|zdiysnyuvaly|zdiisnyuvaly|oformlyali))"
        rf"(?: (?!ne |nie )\w+){{0,4}} {_PRESS_ANY}|"
        rf"{_PRESS_ANY} (?:\w+ )?{_FOR} (?:\w+ ){{0,2}}(?:{_VISIT_ACT}) (?:\w+ ){{0,3}}(?:{_VISIT})"),
    "legit_delivery": (
        # "posylka budet dostavlena zavtra", "paczka zostala dostarczona"
        r"(?:posylk\w*|zakaz\w*|paket\w*|vidpravlen\w*|zamovlen\w*|paczk\w*|przesylk\w*|zamowieni\w*) "
        r"(?:\w+ ){0,2}(?:budet dostavlen\w*|byl\w* dostavlen\w*|dostavlen\w*|bude dostavlen\w*|dostavleno|"
        r"zostanie dostarczon\w*|zostal\w* dostarczon\w*|dostarczon\w*|zostal\w* doreczon\w*)"
        r"(?! (?:\w+ ){0,3}(?:posle|pislya|po) (?:oplat\w*|splat\w*|uiszcz\w*))"),
    "legit_no_action": (
        r"(?:nichego|nichoho|nic) (?:delat |robyty |robic )?(?:ne nuzhno|ne nado|ne potribno|nie trzeba|nie musi)|"
        r"(?:perezvanivat|peredzvonyuvaty|oddzwaniac) ne (?:nuzhno|nado|potribno)|nie trzeba oddzwaniac|"
        r"ne nuzhno perezvanivat|ne potribno peredzvonyuvaty"),
    "legit_casual": (
        r"(?:kak|kogda|koly|yak|jak|kiedy) (?:smozhesh|smozhete|zmozhesh|zmozhete|bedziesz mogl\w*|bedzie pan mogl\w*|"
        r"bedzie pani mogla|znajdziesz chwile)|do (?:vstrechi|zustrichi|zobaczenia)|uvidimsya|pobachymosya|"
        r"tseluyu|tsiluyu|caluje|buziaki|lyublyu tebya|lyublyu tebe|kocham cie"),
}
