"""The same evidence in Vietnamese: what robocalls and callers to Vietnamese households say.

Scam calls to Vietnamese families in the US, Australia and Vietnam itself speak Vietnamese,
or switch to it after an English opening ("xin chào, đây là tổng lãnh sự quán, bưu kiện của
quý vị bị giữ lại ở hải quan, bấm phím 1"), and so do the honest callers they mimic
(pharmacies, clinics, consulates, relatives, the shipping shop down the street).  Speech
recognition writes them with or without diacritics.  Each entry adds phrases of the same
meaning to the English signal of the same key in ``_signals``, as ``_signals_es`` and
``_signals_hi`` do: "tài khoản sẽ bị khóa" weighs as "your account will be blocked", "đừng
nói với ai" as "don't tell anyone", "chúng tôi không bao giờ hỏi mã OTP" as "we will never ask
for your code".

Patterns match the normalised text: accents are folded ("khóa" reads "khoa"), but "đ" has no
decomposition and is dropped with the other non-ASCII letters, so "đóng phí" reads "ong phi"
when the transcript has diacritics and "dong phi" when it has none; every word that begins
with "đ" is written ``d?`` here.  "Đô" (dollar) then reads "o", like "ở" (at), so a sum is a
number word followed by it (``_MONEY``).  Patterns describe the behaviour (a key to press, a
threat, a secret, a fee before the parcel is freed, a relative in trouble), never one
campaign's words.

The consulate and tax robocalls of 2020-26 add the passport "bị sử dụng trái phép" (used
illegally) or "mạo danh", a fine "vì khai thuế sai" (for a wrong return) with the file "chuyển
cho cảnh sát" (passed to the police), a parcel held "vì khai báo sai", and the transfer without a
key ("vui lòng giữ máy, nhân viên sẽ kết nối", as "a representative will be with you").  Their
honest twins (a county's or a school's alert "để nghe lại, bấm phím 1", a bank's "bấm số 1 nếu đây
là giao dịch của quý vị", a bill "hạn chót thanh toán là ngày 22") are read as the English
``legit_press`` and ``legit_due_date``.
"""

from __future__ import annotations

__all__ = ["VIETNAMESE"]

_KEY = r"(?:mot|hai|ba|bon|tu|nam|sau|bay|tam|chin|khong|\d)"
# "bấm phím 1", "nhấn số 9", "ấn phím 2", "bấm 1", but not a language menu ("bấm số 2 cho
# tiếng Việt"): honest notices offer one too.  ("nhấn" alone is also "nhận", to receive:
# "nhận hai trăm đô", so it needs its "phím" or "số".)
# "nhấn 1 để thanh toán" is a key all the same when "để" (to) follows it.
_PRESS = (rf"(?<!tieng viet )(?<!tieng anh )(?:(?:(?:bam|nhan|an) (?:phim|nut)(?: so)?|bam(?: so)?|nhan so) {_KEY}|"
          rf"nhan {_KEY}(?= d?e ))"
          r"(?! (?:cho|d?e nghe(?: bang)?|bang) tieng (?:viet|anh))")
_KEY_WORD = r"(?:bam|nhan|an) (?:phim|so|nut)"
# the kin a caller speaks to or of ("mẹ", "bà ngoại", "chú"); "ba" is dad and "bà" grandma
_KIN = (r"(?:ba|me|bo|ma|ba ma|bo me|ong|ba noi|ba ngoai|ong noi|ong ngoai|co|chu|bac|di|cau|duong|thim|mo|"
        r"anh|chi|em|con|chau|chong|vo)")
_ANYONE = rf"(?:ai|ai ca|bat ky ai|nguoi nha|nguoi than|gia d?inh|ngan hang|nhan vien ngan hang|{_KIN})"
# a sum of money: "ba trăm năm chục đô" reads "ba tram nam chuc o"
_MONEY = r"(?:\d+|tram|ngan|nghin|trieu|chuc|muoi|ruoi) (?:d?o la|d?o|dola|usd|dollars?)"
_PAY = r"(?:d?ong|nop|chuyen|gui|thanh toan)"
# the caller's own side, to whom a code or a password is read back
_TO_CALLER = r"(?:d?oc|bao(?! gio)|(?:cho|gui|nhan tin|nhan) (?:lai )?(?:cho )?(?:em|con|toi|chung toi|minh|ben em))"
_YOU = r"(?:quy khach|quy vi|ban|anh|chi|co|chu|bac|ong|ba|anh chi|co chu|em)"

VIETNAMESE: dict[str, str] = {
    # --- threats and their consequences ---------------------------------------------------
    "legal_threat": (
        # an arrest warrant, prosecution, an investigation "in which you are involved"
        r"lenh (?:bat|bat giu|truy na|tam giam)|truy na|(?:se |co the |sap )?bi (?:bat giu|truy to|khoi to|"
        r"tam giam|truc xuat|phat tu|di tu)|(?:truy to|khoi to) (?:hinh su|ve toi)|rua tien|"
        r"(?:lien quan|dinh liu|dinh dang) (?:d?en |toi )?(?:mot )?(?:vu an|d?uong day|rua tien|ma tuy|buon lau)|"
        r"(?:d?ang bi|bi) d?ieu tra|phoi hop d?ieu tra|"
        r"(?:cong an|canh sat|co quan d?ieu tra)(?: \w+){0,3} (?:yeu cau|moi|trieu tap) (?:\w+ )?(?:len|d?en|toi) "
        r"(?:lam viec|tru so|d?on)|"
        # an immigration file "with errors", as the English row reads "a problem with your immigration file"
        r"(?:the xanh|quoc tich|nhap tich|visa|thi thuc|di tru|ho chieu)(?: \w+){0,5} (?<!khong )(?:co |bi )"
        r"(?:sai sot|van d?e|loi|gian lan)|thu hoi (?:the xanh|quoc tich|visa|ho chieu)|"
        # the passport or identity "used illegally", "impersonated": "hộ chiếu của quý khách đã bị sử dụng trái phép"
        r"(?:ho chieu|can cuoc|cccd|cmnd|the xanh|so an sinh(?: xa hoi)?|giay to(?: tuy than)?|danh tinh|"
        r"thong tin ca nhan|ten)(?: cua \w+(?: \w+)?)?(?: d?a| d?ang| vua)? bi (?:ke gian |nguoi khac |ai d?o )?"
        r"(?:su dung|lam dung|dung|lay|mao danh|d?anh cap)(?: \w+){0,2} (?:trai phep|bat hop phap|gian lan|"
        r"d?e (?:rua tien|lua d?ao|mo tai khoan|buon lau|pham toi))|"
        r"(?:ho chieu|can cuoc|cccd|danh tinh|ten) (?:cua \w+(?: \w+)? )?(?:d?a |d?ang )?bi mao danh|"
        # the file "passed to the police" before the fine is paid: "trước khi hồ sơ được chuyển cho cảnh sát"
        r"(?:ho so|vu viec|vu an)(?: \w+){0,4} (?:se |sap )?(?:d?uoc |bi )?chuyen (?:\w+ )?(?:cho|sang|d?en|toi|qua) "
        r"(?:\w+ )?(?:canh sat|cong an|toa an|co quan d?ieu tra|vien kiem sat|fbi|police)"),
    "lawsuit_notice": (
        r"giay trieu tap|trat (?:hau )?toa|(?:bi|d?a bi|se bi) kien(?! hang)|vu kien (?:chong lai|d?oi voi)"),
    "tax_debt": (
        r"no thue|tron thue|(?:chua|khong) (?:d?ong|nop|khai) thue|truy thu thue|thue con no|"
        r"(?:sai sot|gian lan) (?:\w+ ){0,3}(?:thue|khai thue)|"
        # fined "for filing a wrong return": "bị phạt vì khai thuế sai"
        r"khai (?:bao )?thue (?:\w+ )?(?:sai|gian lan|khong d?ung|khong trung thuc)|bi phat (?:\w+ ){0,2}vi (?:\w+ ){0,2}thue"),
    "penalty_due": r"tien phat|nop phat|khoan phat|(?:bi|se bi) phat(?! hien| tan)",
    "suspension_threat": (
        # "sẽ bị khóa", "đã bị phong tỏa", "sắp bị cắt", "bị tạm ngưng"
        r"(?:se|sap|co the) bi (?:khoa|tam khoa|phong toa|d?ong bang|vo hieu hoa|d?inh chi|thu hoi|tam ngung|"
        r"ngung hoat d?ong|cat|huy)|(?:d?a|vua|tam thoi) bi (?:khoa|tam khoa|phong toa|d?ong bang|vo hieu hoa|"
        r"d?inh chi)|(?:phong toa|d?ong bang) (?:tai khoan|tai san|the)"),
    "account_locked": (
        r"(?:tai khoan|the|sim|so d?ien thoai|zalo|facebook)(?: \w+){0,4} (?:bi|d?a bi|se bi|tam thoi bi) "
        r"(?:khoa|tam khoa|phong toa|d?ong bang|vo hieu hoa|d?inh chi|han che)"),
    "consequence": (
        # "nếu không ... thì hàng bị hủy", "không thì ... bị khóa"
        r"(?:neu khong|khong thi|bang khong|neu (?:\w+ ){0,2}khong (?:\w+ ){0,4}thi)(?: \w+){0,8} "
        r"(?:se |thi |co the )?bi (?:khoa|huy|cat|tra lai|tra ve|tich thu|tieu huy|bat|phat|truy to|khoi to|"
        r"d?ong bang|phong toa|ngung)|"
        r"(?:se|co the) bi (?:tich thu|tieu huy|tra lai nguoi gui|tra ve nguoi gui)"),
    "utility_cutoff": (
        # (not a planned outage's "lịch cắt điện")
        r"(?<!lich )cat (?:d?ien|nuoc|ga|gas|d?ong ho|dich vu)|"
        r"(?:d?ien|nuoc|gas|ga|dich vu)(?: \w+){0,3} (?:se |sap )?bi (?:cat|ngung|ngat)|"
        r"ngung cung cap (?:d?ien|nuoc|gas|dich vu)|ngat d?ien|"
        r"(?:cho nguoi|tho|nhan vien|d?oi) (?:\w+ ){0,2}(?:toi|d?en|qua) cat(?! (?:co|cay|toc|canh|tia|mong))"),
    "urgency": (
        r"ngay lap tuc|khan cap|gap rut|cang som cang tot|ngay bay gio|"
        r"(?:goi|goi lai|lien he|lien lac|tra loi|thanh toan|chuyen|gui|can tien|xu ly) gap|"
        r"(?:goi lai|lien he|lien lac|xac nhan|thanh toan|cap nhat|xu ly|d?ong|nop)(?: \w+){0,4} "
        r"(?:trong|ngay) hom nay"),
    "deadline": (
        r"trong vong (?:\d+|mot|hai|ba|bon|nam|sau|muoi|hai muoi bon|bon muoi tam) (?:gio|tieng|phut)|"
        r"trong (?:\d+|mot|hai|ba|bon|nam|sau|muoi|hai muoi bon|bon muoi tam) (?:gio|tieng|phut) (?:nua|toi)|"
        r"truoc (?:\d+ gio|(?:\w+ )?gio (?:chieu|toi)|thu (?:hai|ba|tu|nam|sau|bay)|chu nhat|cuoi ngay)|"
        r"han chot|thong bao (?:lan )?cuoi|nhac nho lan cuoi|co hoi cuoi cung"),
    "unsolicited_alert": (
        r"(?:chung toi|he thong|ngan hang)(?: \w+){0,2} (?:d?a |vua )?(?:phat hien|ghi nhan|nhan d?uoc canh bao)|"
        r"d?a (?:nhieu lan |co gang )?lien lac (?:voi )?(?:quy khach|quy vi|ban|anh|chi) (?:nhieu lan|nhung)"),
    "file_review": (
        # "hồ sơ của quý vị có sai sót / chưa đầy đủ / đang bị treo"
        r"ho so (?:\w+ ){0,4}(?<!khong )(?:co|bi) (?:sai sot|van d?e|loi)|ho so (?:\w+ ){0,3}(?:chua d?ay d?u|"
        r"chua hoan tat|bi thieu|d?ang bi treo|bi treo)|"
        # "hồ sơ của quý vị có liên quan đến một vụ án": the file "linked to" a case
        r"ho so (?:\w+ ){0,4}(?:co )?lien quan (?:d?en|toi)"),
    # --- the ask ----------------------------------------------------------------------------
    "robocall": (
        rf"{_PRESS}|(?:bam|nhan) phim$|(?:tin nhan|cuoc goi|thong bao) tu d?ong|"
        r"d?e (?:gap|noi chuyen voi) (?:\w+ )?(?:nhan vien|tong d?ai vien|tu van vien|chuyen vien|can bo|"
        r"d?ieu tra vien)"),
    "press_to_act": (
        # the key to a person or to settle the claim: "bấm phím 1 để gặp nhân viên", "... để hủy đơn"
        rf"{_PRESS} (?:d?e |va |roi )?(?:gap|noi chuyen|lien he|lien lac|d?uoc (?:tu van|ho tro|giai d?ap|huong dan|"
        r"ket noi|chuyen)|ket noi|tu van|"
        r"huy|ngung|chan|xac nhan thong tin|cap nhat|nhan|d?ang ky|biet them|nghe them|giai quyet|xu ly|thanh toan|"
        rf"mo khoa|kich hoat|khieu nai|bao cao|ngay)|{_PRESS}$|(?:bam|nhan) phim$|"
        # ... or the purpose first: "để gặp nhân viên, bấm phím 9"
        r"d?e (?:gap|noi chuyen voi|d?uoc (?:tu van|ho tro)|huy|nhan|d?ang ky|giai quyet|xu ly|lien he|mo khoa)"
        rf"(?: \w+){{0,5}} (?:xin |vui long |hay )?{_KEY_WORD}|"
        # the live transfer without a key, as "a representative will be with you": "vui lòng giữ máy, nhân viên sẽ kết
        # nối với quý khách", "xin giữ máy để được chuyển đến nhân viên"
        r"giu may(?: \w+){0,2} (?:d?e (?:d?uoc )?(?:chuyen|ket noi|gap|noi chuyen)|(?:nhan vien|tong d?ai vien|"
        r"tu van vien|chuyen vien|can bo|d?ieu tra vien|nguoi phu trach) (?:se |sap )?(?:ket noi|tiep chuyen|"
        r"noi chuyen|lien lac|tra loi|gap|ho tro))"),
    "callback_demand": (
        rf"(?:vui long|xin|hay|lam on|nho|can) (?:\w+ )?goi lai|goi lai (?:cho )?(?:em|chi|anh|toi|chung toi|con|"
        r"so nay|ngay|gap|so)|goi (?:lai )?(?:vao |toi |d?en )?so (?:nay|\d)|"
        r"lien (?:he|lac) (?:lai |ngay )?(?:voi )?(?:chung toi|em|toi|so)"),
    "payment_demand": (
        r"(?:goi lai|lien he)(?: \w+){0,4} d?e thanh toan|thanh toan (?:ngay|gap|trong hom nay|hom nay)|"
        r"(?:phai|can) (?:thanh toan|d?ong tien|nop tien|chuyen tien) (?:ngay|gap|trong hom nay|hom nay|truoc)"),
    "advance_fee": (
        # a fee before anything happens: customs clearance, the file, a deposit, "đóng trước"
        r"phi (?:thong quan|hai quan|luu kho|xu ly|giai ngan|mo khoa|kich hoat|rut tien|lam ho so|ho so|bao lanh|"
        r"van chuyen quoc te|bao hiem hang)|d?at coc|(?:d?ong|nop|chuyen|gui) (?:tien )?coc|"
        rf"{_PAY} (?:\w+ )?truoc(?! d?ay) (?:\w+ ){{0,2}}(?:phi|tien|{_MONEY})|"
        rf"{_PAY} (?:them |truoc |ngay |gap )?(?:tien |cac |khoan |mot khoan )?(?:le )?phi(?! mien)"),
    "fee_to_release": (
        r"(?:rut|nhan|giai ngan|lay) (?:\w+ ){0,3}(?:tien|khoan vay|giai thuong|loi nhuan|von|hang)(?: \w+){0,5} "
        r"(?:phai|can) (?:\w+ ){0,2}(?:d?ong|nop|chuyen) (?:\w+ ){0,3}(?:phi|thue|coc|them)"),
    "wire_cash": (
        r"chuyen (?:khoan|tien) (?:\w+ ){0,4}(?:vao|qua|toi|d?en) (?:so )?tai khoan (?:nay|cua (?:em|toi|chung toi|"
        r"ben em|cong ty))|chuyen khoan (?:\w+ ){0,3}(?:ngay|truoc|gap)|"
        r"(?:gui|chuyen) tien (?:qua|bang) (?:western union|moneygram|ria|remitly|xoom)"),
    "safe_account": (
        # the police scam's "holding account" where the money is "verified"
        r"tai khoan (?:an toan|tam giu|giam sat|chuyen dung|cua co quan (?:cong an|d?ieu tra))|"
        r"chuyen (?:\w+ ){0,4}tien (?:\w+ ){0,6}d?e (?:xac minh|kiem tra|d?oi chieu|chung minh) "
        r"(?:nguon goc|tai san|tien|so tien|dong tien)"),
    "gift_card": r"the qua tang|the cao|mua the (?:google play|apple|itunes|steam|target|walmart)",
    "crypto_demand": r"(?:nap|chuyen) (?:\w+ ){0,3}(?:usdt|bitcoin|tien ao|tien so)|may atm bitcoin",
    "code_demand": (
        # "đọc giúp con mã số vừa gửi qua tin nhắn" (read back to the caller: a shop that sends the
        # customer a tracking number asks nothing)
        rf"{_TO_CALLER}(?: \w+){{0,3}} ma(?: \w+){{0,3}} (?:vua|d?a|moi) (?:\w+ )?(?:gui|nhan|toi)|"
        rf"{_TO_CALLER}(?: \w+){{0,3}} ma otp"),
    "ask_code": (
        r"ma otp|ma xac thuc|ma (?:xac nhan|bao mat|kich hoat) (?:\w+ ){0,3}(?:vua|d?a|moi|se) (?:\w+ ){0,2}gui"),
    "ask_ssn": (
        r"so an sinh xa hoi|(?:d?oc|cho|cung cap|xac nhan|xac minh) (?:\w+ ){0,3}so (?:the )?(?:medicare|medicaid|"
        r"can cuoc|cccd)"),
    "ask_personal": (
        r"(?:xac nhan|xac minh|cung cap) (?:lai )?(?:ho ten|d?ia chi|ngay sinh|thong tin ca nhan)"),
    "credential_demand": (
        rf"{_TO_CALLER}(?: \w+){{0,2}} (?:mat khau|ma pin|so pin)|"
        r"(?:so the|so tai khoan)(?: \w+){0,3} (?:va|voi) (?:ngay het han|ma cvv|ma bao mat|ba so (?:o )?mat sau)"),
    "remote_steps": (
        r"(?:cai|tai) (?:d?at )?(?:ung dung|app|phan mem)(?: \w+){0,6} (?:theo|qua|tu) (?:d?uong )?(?:link|lien ket)"),
    "secrecy": (
        # "mẹ đừng nói với ba", "không được nói với ai", "giữ bí mật", "đừng cúp máy"
        rf"d?ung (?:noi|ke|bao|nhac) (?:gi |chuyen nay |vu nay )?(?:voi|cho) {_ANYONE}|"
        rf"d?ung (?:cho|de) {_ANYONE} biet|"
        rf"khong (?:d?uoc|nen) (?:noi|ke|tiet lo|chia se) (?:\w+ ){{0,3}}(?:voi|cho) {_ANYONE}|giu bi mat|giu kin|"
        r"(?:d?ung|khong d?uoc) (?:cup may|tat may)|"
        # the same gag in code-switched speech: "don't tell ba má"
        r"(?:dont|do not|please dont) tell (?:ba ma|bo me|ong ba|ba noi|ba ngoai|ong noi|ong ngoai)"),
    "told_not_to_tell": (
        r"neu (?:\w+ ){0,3}(?:ngan hang|nhan vien|nguoi ta|ho|ai) hoi (?:\w+ ){0,3}(?:thi )?(?:noi|bao|tra loi) la|"
        r"d?ung (?:bao|goi|trinh bao) (?:cho |voi )?(?:cong an|canh sat|police|ngan hang)"),
    # --- a relative in trouble on a new number -------------------------------------------
    "family_emergency": (
        r"(?:con|chau|em) (?:bi|gap) tai nan|bi tai nan (?:giao thong|xe)|gay tai nan|"
        # a person held, not a parcel ("kiện hàng bị tạm giữ") nor the threat to the listener ("sẽ bị bắt giữ")
        r"bi (?:canh sat|cong an|police|ice) (?:giu|bat|tam giu|cong)|"
        r"(?:con|chau|em)(?: d?a| d?ang| vua| moi)? bi (?:bat|bat giu|tam giu|giam giu|giam|bat vao tu)|"
        # the hospital that wants money first: "bị tai nạn đang ở bệnh viện, cần tiền gấp để mổ"
        r"tai nan(?: \w+){0,8} (?:can|thieu) (?:\w+ )?tien|"
        r"benh vien (?:\w+ ){0,4}(?:can|d?oi|bat) (?:\w+ )?(?:d?ong|tien|coc)|"
        r"(?:o|tai|trong) d?on (?:canh sat|cong an)|"
        r"d?ien thoai (?:cua )?(?:con|chau|em|toi|minh) (?:bi|d?a bi) (?:lay|mat|hu|hong|be|rot|vo|cuop|tich thu|giu)|"
        r"(?:con|chau|em) bi (?:mat|cuop|lay) (?:het )?(?:d?ien thoai|giay to|ho chieu|vi)|"
        r"bi mat (?:het )?(?:giay to|ho chieu)|(?:d?ay la|la) so moi (?:cua )?(?:con|chau|em)|"
        # bail ("tại ngoại"), not a sponsorship ("bảo lãnh định cư") nor the suburbs ("ngoại ô")
        r"tien (?:bao lanh|tai ngoai)(?! (?:\w+ ){0,2}(?:d?inh cu|di dan|sang my))|"
        r"bao lanh (?:\w+ ){0,2}ra (?:tu|khoi)|"
        r"tai ngoai(?! o)"),
    "bail_lawyer": (
        rf"luat su(?: \w+){{0,3}} (?:se |sap )?(?:goi|lien lac|lien he) (?:cho |voi |lai )?{_KIN}|"
        r"luat su (?:cua|d?ai dien cho) (?:con|chau) (?:trai |gai )?(?:cua )?" + _KIN),
    "new_phone_steer": (
        r"so moi(?: \w+){0,8} (?:nhan tin|zalo|text) (?:cho )?(?:con|chau|em|minh|toi)|"
        r"(?:nhan tin|zalo|text) (?:cho )?(?:con|chau|em) (?:vao|qua|o) so (?:nay|moi)|"
        r"d?ung (?:goi|nhan tin) (?:vao |qua )?so cu"),
    "money_plea": (
        rf"(?:gui|chuyen|nap) (?:giup |gap |ngay |dum |gium )?(?:cho )?(?:con|chau|em|toi|minh) (?:\w+ ){{0,4}}"
        r"(?:it |mot it |mot so |chut )?tien|can (?:\w+ )?tien gap|can gap (?:\w+ ){0,2}tien|"
        r"(?:gui|chuyen|d?ong) (?:\w+ ){0,3}tien (?:bao lanh|tai ngoai|vien phi)"),
    # --- parcels held at customs or by the consulate -------------------------------------
    "parcel_trouble": (
        r"(?:buu pham|buu kien|goi hang|kien hang|thung hang|giay to quan trong|tai lieu quan trong|"
        r"van ban quan trong|thu quan trong)(?: \w+){0,3} (?:chua (?:d?uoc )?(?:nhan|lay|giao)|(?:d?ang )?(?:bi )?"
        r"giu lai|bi tra (?:lai|ve)|bi hoan (?:tra|ve)|khong the giao|giao khong thanh cong|bi tam giu)|"
        r"(?:tra|hoan) (?:lai|ve) (?:cho )?nguoi gui|"
        r"d?ia chi (?:\w+ )?(?:khong d?ay d?u|chua d?ay d?u|khong chinh xac|chua chinh xac|bi sai)"),
    "parcel_problem": (
        # held by customs until a fee is paid, or "containing passports and bank cards"
        r"(?:giu|tam giu|giu lai|chan)(?: \w+){0,4} (?:tai|o|boi) hai quan|"
        r"hai quan (?:\w+ ){0,3}(?:giu|tam giu|tich thu|phat hien)|phi (?:thong quan|hai quan|luu kho)|"
        r"thue (?:nhap khau|hai quan)|"
        r"(?:buu kien|buu pham|goi hang|kien hang|thung hang)(?: \w+){0,12} (?:ho chieu|the ngan hang|the tin dung|"
        r"ma tuy|hang cam|trai phep|bat hop phap|tien gia)|"
        r"(?:cap nhat|xac nhan|bo sung) (?:lai )?d?ia chi (?:giao hang|nhan hang)|"
        # held "because of a false declaration": "đã bị giữ lại vì khai báo sai"
        r"(?:giu lai|tam giu|bi giu)(?: \w+){0,3} (?:vi|do) (?:\w+ )?(?:khai bao|to khai) (?:sai|gian lan|khong d?ung|"
        r"khong trung thuc)"),
    # --- the offers: a prize, a grant, a job, a lower rate, "returns" ---------------------
    "prize": (
        r"trung thuong|trung giai|(?:nhan|lanh) (?:\w+ ){0,2}giai thuong|giai thuong (?:tri gia|tien mat)|"
        r"khach hang may man|d?a d?uoc chon (?:\w+ ){0,3}(?:nhan|trung)|qua tang tri gia"),
    "grant_offer": (
        rf"(?:bao d?am|d?am bao) (?:\w+ ){{0,2}}(?:d?uoc|nhan|co) (?:\w+ ){{0,3}}{_MONEY}|"
        r"tien (?:tro cap|ho tro|cuu tro) (?:\w+ ){0,4}(?:fema|chinh phu|thien tai|bao lut)"),
    "eligibility": (
        rf"d?u d?ieu kien|{_YOU} (?:d?a )?d?uoc (?:chon|duyet truoc|phe duyet truoc)"),
    "listing_threat": (
        # "ho so google cua tiem ... chua duoc xac minh va co the bi go khoi ban do" ("đ" drops: "uoc", "o")
        r"ho so google(?: \w+){0,8} (?:chua (?:uoc|duoc) xac minh|bi go khoi)"),
    "benefits_offer": (
        # "chuong trinh medicare dang tang may do duong huyet ... mien phi"
        r"medicare (?:\w+ ){0,3}tang (?:\w+ ){0,8}mien phi|"
        # ("thẻ" reads "the", like "thể" in "có thể cho": the card is named by what it buys)
        r"the (?:mua )?(?:thuc pham|thuc an|tap hoa)|tro cap (?:\w+ ){0,3}(?:thuc pham|hang thang)|"
        r"(?:thuc pham|thuc an|tap hoa) mien phi|the (?:medicare|bao hiem) moi|"
        r"bao hiem suc khoe (?:\w+ ){0,4}mien phi"),
    "rate_reduction": (
        r"(?:giam|ha) lai suat|lai suat (?:\w+ ){0,3}(?:xuong|con) (?:\w+ )?(?:khong|0) phan tram"),
    "debt_relief": (
        r"(?:giam|xoa|cat giam|tat toan|giai quyet|ho tro) (?:\w+ ){0,2}no (?:the|tin dung|vay)|no the tin dung|"
        r"xoa no|giam (?:mot )?nua (?:so )?no"),
    "loan_debt": (
        r"vay (?:\w+ ){0,4}(?:khong can the chap|khong the chap)|ho tro vay|giai ngan (?:nhanh|ngay|trong)|"
        r"vay (?:tien )?(?:nhanh|online|tin chap)"),
    "unexpected_charge": (
        # "nếu không phải chị đặt", "vừa đặt một đơn hàng", "bị trừ tiền"
        rf"neu khong phai (?:\w+ ){{0,2}}(?:d?at|thuc hien|mua|giao dich)|neu {_YOU} khong (?:d?at|thuc hien|mua)|"
        r"vua (?:d?at|mua|thanh toan) (?:mot )?(?:d?on hang|giao dich|mon hang)|"
        r"(?:bi )?tru (?:\w+ ){0,4}tien (?:tu |trong )?tai khoan|gia han tu d?ong|"
        # "nếu không phải quý khách, bấm phím 1" (if it was not you); a card used "ở nước ngoài" (abroad)
        r"neu (?:d?ay |d?o )?khong phai (?:la )?(?:quy khach|quy vi|ban|anh|chi|ong|ba)\b|"
        r"(?:giao dich|su dung|thanh toan|chi tieu|rut tien)(?: \w+){0,2} (?:o|tai) nuoc ngoai"),
    "bank_fraud": (
        r"(?:co|phat hien|mot|nhung|cac|nhieu) giao dich la|giao dich (?:bat thuong|d?ang ngo|kha nghi)|"
        r"hoat d?ong (?:bat thuong|d?ang ngo)|d?ang nhap (?:bat thuong|la|tu thiet bi la)"),
    "job_offer": (
        r"tuyen (?:nguoi|cong tac vien|ctv|nhan vien)(?: \w+){0,4} (?:online|tai nha|ban thoi gian|part time)|"
        r"(?:lam|viec) (?:\w+ ){0,2}online tai nha|lam viec tai nha|"
        r"chi can (?:\w+ ){0,2}(?:like|tha tim|xem|danh gia|binh luan|chia se) (?:\w+ ){0,2}"
        r"(?:video|san pham|bai|clip)|"
        rf"(?:moi|mot) ngay (?:\w+ ){{0,2}}(?:d?uoc|kiem|kiem d?uoc|thu nhap|co) (?:\w+ ){{0,5}}{_MONEY}|"
        r"(?:luong|thu nhap|hoa hong) (?:\w+ ){0,3}(?:moi ngay|theo ngay|hang ngay|mot ngay)|khong can kinh nghiem"),
    "investment": (
        r"san (?:giao dich|d?au tu)|san (?:vang|forex|chung khoan|coin|tien ao|crypto|bitcoin)|"
        # returns counted by the day or boasted of ("khách bên em lãi ba chục phần trăm"); not "lãi suất"
        r"(?:loi nhuan|lai)(?! suat)(?: \w+){1,3} phan tram (?:moi |mot |trong (?:mot )?)?(?:ngay|tuan|thang)|"
        # ("lãi" reads "lai", like "lại", again: "em giảm lại cho anh mười phần trăm" is a shop's discount)
        r"(?:khach|nguoi)(?: \w+){0,3} (?:lai|loi)(?! suat)(?: \w+){1,3} phan tram|"
        r"loi nhuan(?: \w+){1,3} phan tram|loi nhuan (?:d?am bao|cao|on d?inh)|"
        r"d?am bao (?:loi nhuan|co lai|khong lo)|(?:d?au tu|choi) (?:tien ao|coin|bitcoin|crypto|forex|ngoai hoi)"),
    "platform_steer": (
        r"huong dan (?:\w+ ){0,3}(?:mo tai khoan|d?au tu|giao dich|nap tien)|mo tai khoan (?:giao dich|d?au tu|"
        r"tren san)|nap tien (?:vao )?(?:san|tai khoan giao dich)|"
        r"(?:chuyen gia|co van|thay giao|giao vien) (?:\w+ ){0,3}(?:tin hieu|keo)|"
        r"(?:khong the|khong bao gio) bi lo|khong (?:so )?lo von"),
    "off_platform": (
        # "nhắn Zalo cho em", "kết bạn Zalo", "liên hệ qua Telegram"
        r"(?:nhan tin|nhan|ket ban|lien he|lien lac|add|them|goi)(?: \w+){0,3} (?:qua |tren |vao )?(?:zalo|telegram|"
        r"whatsapp|viber)"),
    # --- what honest callers say ------------------------------------------------------------
    "legit_no_ask": (
        r"khong bao gio (?:\w+ ){0,4}(?:hoi|yeu cau|d?oi hoi|xin)(?: \w+){0,4} (?:ma otp|ma xac nhan|ma pin|"
        r"mat khau|so the|so tai khoan|otp|pin|thong tin ca nhan)|"
        r"(?:khong|d?ung|tuyet d?oi khong) (?:\w+ ){0,2}cung cap (?:\w+ ){0,3}(?:ma|mat khau|otp|pin)(?: \w+){0,3} "
        r"cho (?:bat ky ai|ai|nguoi khac)|khong (?:thu|nhan) (?:phi|tien) qua d?ien thoai"),
    "legit_bank": (
        r"goi (?:\w+ ){0,3}so (?:d?ien thoai )?(?:in |ghi )?(?:o|tren) mat sau (?:cua )?the|"
        r"so (?:d?ien thoai|hotline|tong d?ai) (?:in |ghi )?(?:o|tren) mat sau (?:cua )?the"),
    "legit_appointment": (
        rf"(?:lich|cuoc) hen (?:kham|voi bac si|nha khoa|cua {_YOU})|nhac (?:\w+ ){{0,2}}co hen|d?oi (?:lich )?hen|"
        r"thuoc (?:\w+ ){0,4}(?:san sang|co san|d?a xong)|toa thuoc"),
    "legit_press": (
        # "để nghe lại tin nhắn này, bấm phím 1" (to hear it again); a card alert's yes, "bấm số 1 nếu đây là
        # giao dịch của quý vị" (no scammer's single key asks whether the purchase was yours)
        rf"d?e nghe lai (?:\w+ ){{0,4}}{_KEY_WORD}|{_PRESS} d?e nghe lai|"
        rf"{_PRESS} neu (?:d?ay |d?o )?(?:la |d?ung la )?(?:giao dich )?cua (?:quy vi|quy khach|ban|anh|chi|ong|ba)|"
        rf"neu (?:d?ung la )?(?:quy vi|quy khach|ban) (?:d?a )?(?:thuc hien|mua|d?at)(?: \w+){{0,5}} {_KEY_WORD}|"
        rf"{_PRESS} d?e (?:xac nhan|d?oi|huy) (?:lich |cuoc )?hen|"
        rf"d?e (?:xac nhan|d?oi|huy|d?at) (?:lich |cuoc )?hen(?: \w+){{0,3}} {_KEY_WORD}|"
        rf"{_PRESS} d?e (?:lay|mua) (?:them )?thuoc"),
    "legit_delivery": (
        r"giao (?:toi|d?en|tan) nha(?! (?:\w+ ){0,3}(?:sau khi|neu|khi))|d?a (?:d?uoc )?giao (?:thanh cong|toi|d?en)"),
    "legit_due_date": (
        # a bill's own date: "hạn chót thanh toán là ngày 22 tháng 12", "vui lòng thanh toán trước ngày 20"
        r"(?:han chot|d?en han|han) (?:thanh toan |d?ong tien |nop tien )?(?:la |vao )?ngay \d{1,2}\b|"
        r"thanh toan truoc ngay \d{1,2}\b"),
    "legit_no_action": r"khong (?:co )?gi gap|khong gap (?:d?au|lam)|khong can (?:lam gi|goi lai)",
    "legit_casual": (
        rf"co gi (?:thi )?{_KIN} (?:goi|nhan)|khi nao (?:ranh|tien)|thuong {_KIN} (?:nhieu|lam)|hen gap lai"),
}
