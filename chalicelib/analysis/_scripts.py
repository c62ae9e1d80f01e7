"""Text in non-Latin scripts, written in the Latin letters the language layers read.

A robocall to a Chinese, Korean, Russian or Indian household is often transcribed, typed or
texted in its own script ("您的包裹被海关扣留，请按一", "1번을 누르세요", "нажмите один",
"1 दबाएँ").  Normalisation keeps only ASCII letters and digits, so such a text used to read as
an empty message, however plain its threat.  The language layers (``_signals_zh_ko``,
``_signals_ru``, ``_signals_hi``) read these languages as speech recognition writes them in
Latin letters; this module writes each script in those same spellings before the non-ASCII
characters are dropped, so one rule reads the call whichever way it was written:

* **Chinese characters**: a curated vocabulary of the words such calls and their honest twins
  use (the consulate, customs, the police and the procuratorate, a passport or an account
  frozen, the key to press, "don't tell anyone"; the pharmacy, the clinic, the school), each
  written as the pinyin word the layer reads (tone marks dropped, one word joined:
  "领事馆" -> "lingshiguan").  Longest match first; characters outside the vocabulary are
  dropped as before.  Traditional characters are folded to simplified first, numerals become
  pinyin ("请按一" -> "qing an yi"), and a run of three or more numerals is a number read out
  digit by digit ("六四七五五五零一零九" -> "6475550109").
* **Korean Hangul**: every syllable is decomposed arithmetically (Unicode's composition
  formula) and written in the Revised Romanization, a word at a time with the sound changes
  that system writes (a final consonant carried into a following vowel: "한국어" -> "hangugeo";
  nasalisation: "합니다" -> "hamnida"; "ㄴ" + "ㄹ": "연락" -> "yeollak").  A case particle or the
  copula at a word's end is written as a word of its own ("검찰청입니다" -> "geomchalcheong
  imnida"), as speech recognition hyphenates it.
* **Cyrillic**: letter by letter, in the spellings ``_signals_ru`` reads ("служба безопасности"
  -> "sluzhba bezopasnosti", "полиция" -> "politsiya"); a text with a Ukrainian letter
  (і, ї, є, ґ) is read with the Ukrainian values ("и" -> "y", "г" -> "h").  A word mixing
  Latin and Cyrillic letters is a disguise ("Аррlе"), and its Cyrillic letters are read as the
  Latin ones they imitate.
* **Devanagari**: letter by letter with an approximate deletion of the inherent vowel (Hindi
  "aapka", not "aapaka"), in the Hinglish spellings ``_signals_hi`` reads ("आपका खाता बंद" ->
  "aapka khata band"); the English words Hindi speakers use (passport, police, customs) are
  written as English words.

Only text that holds a character of these scripts is touched, and only those characters: ASCII
and Latin text normalises exactly as before.  Each script costs one cheap test and, when
present, one ``str.translate`` or one regex pass.
"""

from __future__ import annotations

import re
import unicodedata

from ._prefilter import LazyPattern

__all__ = ["romanize"]

# One test for all four scripts: Cyrillic, Devanagari, CJK ideographs, Hangul syllables.  Patterns
# compile on the first text that is not ASCII (a wide character class takes milliseconds to build).
_ANY_SCRIPT = LazyPattern("[\u0400-\u04ff\u0900-\u097f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]")
_HAN = LazyPattern("[\u3400-\u4dbf\u4e00-\u9fff]")
_HANGUL = LazyPattern("[\uac00-\ud7a3]")
_CYRILLIC = LazyPattern("[\u0400-\u04ff]")
_DEVANAGARI = LazyPattern("[\u0900-\u097f]")


# =====================================================================================================
# Chinese characters
# =====================================================================================================

# Traditional characters of the vocabulary below, folded to their simplified form first (Taiwanese
# and Hong Kong callers write "領事館", "請按", "海關").
_TRADITIONAL = str.maketrans(dict(pair for pair in (
    "領领 館馆 護护 請请 關关 轉转 務务 詳详 聯联 繫系 號号 鍵键 話话 電电 帳账 賬账 凍冻 國国 駐驻 總总 問问 題题 簽签 證证 違违 檢检 辦办 處处 罰罚 銀银 碼码 驗验 訴诉 "
    "別别 讓让 師师 險险 醫医 藥药 約约 預预 診诊 學学 遞递 郵邮 們们 來来 這这 裡里 裏里 將将 會会 過过 個个 還还 給给 說说 聽听 發发 現现 報报 機机 撥拨 錢钱 為为 從从 "
    "時时 間间 須须 專专 員员 儘尽 盡尽 續续 際际 與与 費费 貸贷 絡络 單单 區区 認认 點点 開开 閉闭 謝谢 療疗 債债 額额 應应 繳缴 稅税 偵侦 達达 歸归 資资 訊讯 訂订 購购 "
    "買买 賣卖 車车 禍祸 壞坏 丟丢 異异 嚴严 緊紧 確确 詐诈 騙骗 統统 邊边 廣广 東东 語语 選选 擇择 貨货 內内 親亲 媽妈 爺爷 顧顾 幫帮 衛卫 僅仅 戶户 獎奖 贈赠 補补 貼贴 "
    "權权 負负 責责 傳传 編编 則则 響响 誤误 馬马 銷销 廢废 鎖锁 準准 備备 絕绝 對对 擔担 門门 減减 難难 幣币 騰腾 網网 頁页 連连 結结 優优 "
    "見见 經经 無无 沒没 盜盗 損损 賠赔 緝缉 註注 匯汇 係系 萬万 塊块 順顺 豐丰 計计 劃划 復复 圖图 書书 課课 長长 粵粤 薦荐 羣群 讚赞 傭佣 賺赚 獲获 穩稳 職职 紐纽 溫温 "
    "華华 倫伦 舊旧 爾尔 頓顿 納纳 監监 兒儿 遠远 釋释 詢询 諮咨 瞭了 後后 暫暂 兩两 檔档 錯错 於于 調调 麼么"
).split()))

# The vocabulary: the words of the consulate, customs, police and bank robocalls, of the relative in
# trouble, and of the honest callers they mimic, as the pinyin words ``_signals_zh_ko`` reads.
_HAN_WORDS: dict[str, str] = {
    # --- who calls, and to whom --------------------------------------------------------------------
    "您好": "nin hao", "你好": "ni hao", "喂": "wei", "这里是": "zhe li shi", "这里": "zhe li", "这是": "zhe shi",
    "我是": "wo shi", "我们是": "women shi", "我们": "women", "您": "nin", "你": "ni", "我": "wo", "他": "ta",
    "她": "ta", "的": "de", "了": "le", "是": "shi", "有": "you", "没有": "mei you", "在": "zai", "现在": "xianzai", "和": "he",
    "给": "gei", "被": "bei", "已经": "yijing", "已": "yi", "请": "qing", "请您": "qing nin", "这": "zhe", "把": "ba",
    "先": "xian", "再": "zai", "就": "jiu", "也": "ye", "都": "dou", "还": "hai", "或": "huo",
    "这个": "zhe ge", "那": "na", "个": "ge", "一个": "yi ge", "一份": "yi fen", "一件": "yi jian", "名下": "mingxia",
    "先生": "xiansheng", "女士": "nvshi", "太太": "taitai", "客户": "kehu", "用户": "yonghu", "本人": "benren",
    "中国": "zhongguo", "驻": "zhu", "纽约": "niuyue", "洛杉矶": "luoshanji", "旧金山": "jiujinshan",
    "多伦多": "duolunduo", "温哥华": "wengehua", "悉尼": "xini", "伦敦": "lundun", "芝加哥": "zhijiage",
    "休斯顿": "xiusidun", "墨尔本": "moerben", "北京": "beijing", "上海": "shanghai", "深圳": "shenzhen",
    "广州": "guangzhou", "香港": "xianggang",
    # the consulate, the embassy, the police, the procuratorate, Interpol, the courier
    "总领事馆": "zong lingshiguan", "领事馆": "lingshiguan", "领馆": "lingguan", "大使馆": "dashiguan",
    "使馆": "shiguan", "领事": "lingshi", "公安局": "gonganju", "公安部": "gonganbu", "公安厅": "gongan ting",
    "公安": "gongan", "派出所": "paichusuo", "警察局": "jingchaju", "警察": "jingcha", "警官": "jingguan",
    "警号": "jinghao", "检察院": "jianchayuan", "检察官": "jianchaguan", "法院": "fayuan", "法官": "faguan",
    "国际刑警": "guoji xingjing", "刑警": "xingjing", "警方": "jingfang", "侦查员": "zhenchayuan",
    "海关": "haiguan", "海关总署": "haiguan zongshu", "移民局": "yiminju", "税务局": "shuiwuju", "快递": "kuaidi", "快递公司": "kuaidi gongsi",
    "快递员": "kuaidiyuan", "顺丰": "shunfeng", "速运": "suyun", "邮局": "youju", "公司": "gongsi",
    "银行": "yinhang", "客服": "kefu", "工作人员": "gongzuo renyuan", "人工服务": "rengong fuwu",
    "人工": "rengong", "服务": "fuwu", "专员": "zhuanyuan", "官员": "guanyuan", "律师": "lushi",
    # --- the pretext: a document, a passport, a parcel, a case --------------------------------------
    "重要": "zhongyao", "文件": "wenjian", "通知": "tongzhi", "领取": "lingqu", "尚未": "shangwei", "未": "wei",
    "需要": "xuyao", "需": "xu", "必须": "bixu", "问题": "wenti", "有问题": "you wenti", "出现": "chuxian",
    "异常": "yichang", "相关": "xiangguan", "有关": "youguan", "手续": "shouxu", "办理": "banli", "处理": "chuli",
    "过期": "guoqi", "即将": "jijiang", "逾期": "yuqi", "影响": "yingxiang", "出入境": "churujing",
    "最后": "zuihou", "一次": "yi ci", "两次": "liang ci", "护照": "huzhao", "签证": "qianzheng",
    "绿卡": "lvka", "身份证": "shenfenzheng", "身份": "shenfen", "信息": "xinxi", "个人信息": "geren xinxi",
    "资料": "ziliao", "档案": "dangan", "医保卡": "yibaoka", "包裹": "baoguo", "邮件": "youjian",
    "快件": "kuaijian", "货物": "huowu", "行李": "xingli", "国际": "guoji", "寄往": "ji wang", "寄": "ji",
    "扣留": "kouliu", "扣押": "kouya", "查扣": "chakou", "扣下": "kouxia", "暂扣": "zankou", "退回": "tuihui",
    "派送": "paisong", "送达": "songda", "签收": "qianshou", "地址": "dizhi", "错误": "cuowu",
    "不全": "buquan", "因": "yin", "因为": "yinwei", "由于": "youyu", "含有": "hanyou", "里面有": "li mian you",
    "发现": "faxian", "违禁物品": "weijin wupin", "违禁品": "weijinpin", "违法": "weifa", "非法": "feifa",
    "假护照": "jia huzhao", "银行卡": "yinhangka", "信用卡": "xinyongka", "毒品": "dupin", "走私": "zousi",
    "盗刷": "daoshua", "被盗刷": "bei daoshua", "丢失": "diushi", "遗失": "yishi", "损坏": "sunhuai",
    "理赔": "lipei", "赔偿": "peichang", "双倍": "shuangbei", "退款": "tuikuan",
    "涉嫌": "shexian", "涉及": "sheji", "涉案": "shean", "案件": "anjian", "刑事": "xingshi",
    "刑事案件": "xingshi anjian", "洗钱": "xiqian", "诈骗": "zhapian", "犯罪": "fanzui", "案": "an",
    "盗用": "daoyong", "冒用": "maoyong", "通缉令": "tongjiling", "逮捕令": "daibuling", "通缉": "tongji",
    "逮捕": "daibu", "拘留": "juliu", "刑事拘留": "xingshi juliu", "调查": "diaocha", "配合": "peihe",
    "侦查": "zhencha", "法律责任": "falv zeren", "刑事责任": "xingshi zeren", "承担": "chengdan",
    "传票": "chuanpiao", "案件编号": "anjian bianhao", "编号": "bianhao",
    # --- the threat: frozen, cancelled, today ---------------------------------------------------------
    "将": "jiang", "将会": "jiang hui", "会": "hui", "将被": "jiang bei", "冻结": "dongjie", "暂停": "zanting",
    "作废": "zuofei", "注销": "zhuxiao", "取消": "quxiao", "封锁": "fengsuo", "停用": "tingyong", "停机": "tingji",
    "账户": "zhanghu", "帐户": "zhanghu", "账号": "zhanghao", "手机号": "shoujihao", "手机": "shouji",
    "电话卡": "dianhuaka", "如果": "ruguo", "否则": "fouze", "立即": "liji",
    "马上": "mashang", "尽快": "jinkuai", "今天": "jintian", "小时": "xiaoshi", "之内": "zhinei", "以内": "yinei",
    "内": "nei", "为止": "weizhi", "紧急": "jinji", "严重": "yanzhong", "后果": "houguo",
    # negations are always read, or "请勿告诉任何人" (tell no one) would read "tell anyone"
    "不": "bu", "没": "mei", "无": "wu", "非": "fei", "勿": "wu", "请勿": "qing wu", "切勿": "qie wu", "莫": "mo",
    "无需": "wu xu", "不需要": "bu xuyao", "不用": "bu yong", "不必": "bu bi", "无法": "wufa",
    # --- the key: "qing an yi (hao jian)", "zhuan rengong fuwu" ---------------------------------------
    "请按": "qing an", "按": "an", "号键": "hao jian", "键": "jian", "转": "zhuan", "联系": "lianxi",
    "详情": "xiangqing", "详细": "xiangxi", "了解": "liaojie", "查询": "chaxun", "咨询": "zixun",
    "中文": "zhongwen", "普通话": "putonghua", "国语": "guoyu", "粤语": "yueyu", "广东话": "guangdonghua",
    "英文": "yingwen", "英语": "yingyu", "如需": "ru xu", "重听": "chongting", "重播": "chongbo",
    "再听一次": "zai ting yi ci", "再听一遍": "zai ting yi bian",
    # numerals (a run of three or more is read as digits: ``_NUMERAL_RUN``)
    "一": "yi", "二": "er", "两": "liang", "三": "san", "四": "si", "五": "wu", "六": "liu", "七": "qi", "八": "ba",
    "九": "jiu", "零": "ling", "〇": "ling", "十": "shi", "幺": "yao", "号": "hao", "二十四": "er shi si",
    # --- the ask: call back, pay, move the money, keep it secret --------------------------------------
    "回电": "huidian", "回电话": "hui dianhua", "回个电话": "hui ge dianhua", "电话": "dianhua",
    "号码": "haoma", "新号码": "xin haoma", "打电话": "da dianhua", "拨打": "boda", "致电": "zhidian",
    "保证金": "baozhengjin", "手续费": "shouxufei", "关税": "guanshui", "税费": "shuifei", "罚款": "fakuan",
    "清关费": "qingguanfei", "解冻费": "jiedongfei", "才能": "caineng", "放行": "fangxing", "缴纳": "jiaona",
    "支付": "zhifu", "付款": "fukuan", "转账": "zhuanzhang", "汇款": "huikuan", "转钱": "zhuan qian",
    "打钱": "da qian", "汇钱": "hui qian", "给我": "gei wo", "钱": "qian", "安全账户": "anquan zhanghu",
    "监管账户": "jianguan zhanghu", "资金": "zijin", "清查": "qingcha", "核查": "hecha", "验证码": "yanzhengma",
    "短信": "duanxin", "密码": "mima", "告诉": "gaosu", "不要": "bu yao", "别": "bie", "不能": "bu neng",
    "千万": "qianwan", "别人": "bieren", "任何人": "renhe ren", "家人": "jiaren", "家里人": "jialiren",
    "亲人": "qinren", "朋友": "pengyou", "爸爸": "baba", "妈妈": "mama", "老公": "laogong", "老婆": "laopo",
    "儿子": "erzi", "女儿": "nver", "保密": "baomi", "机密": "jimi", "保密案件": "baomi anjian",
    "屏幕共享": "pingmu gongxiang", "共享屏幕": "gongxiang pingmu", "远程控制": "yuancheng kongzhi",
    # --- a relative in trouble ----------------------------------------------------------------------
    "奶奶": "nainai", "爷爷": "yeye", "外婆": "waipo", "姥姥": "laolao", "出事了": "chu shi le", "爸妈": "ba ma",
    "父母": "fumu", "出车祸": "chu chehuo", "出车祸了": "chu chehuo le",
    "出事": "chu shi", "撞了人": "zhuang le ren", "车祸": "chehuo", "被抓了": "bei zhua le", "坏了": "huai le",
    "丢了": "diu le", "新的": "xin de", "这是我的新号码": "zhe shi wo de xin haoma", "保释金": "baoshijin",
    "看守所": "kanshousuo",
    # --- the offers -----------------------------------------------------------------------------------
    "中奖": "zhongjiang", "中了": "zhong le", "奖金": "jiangjin", "大奖": "dajiang", "获得": "huode",
    "恭喜": "gongxi", "一等奖": "yi deng jiang", "奖品": "jiangpin", "交": "jiao", "所得税": "suodeshui",
    "个人所得税": "geren suodeshui", "公证费": "gongzhengfei", "提现": "tixian", "添加": "tianjia", "投资": "touzi",
    "收益": "shouyi", "稳赚不赔": "wen zhuan bu pei", "兼职": "jianzhi",
    "免费": "mianfei", "补助": "buzhu", "补贴": "butie", "贷款": "daikuan", "低息": "dixi", "微信": "weixin",
    "加我": "jia wo", "股票": "gupiao", "老师": "laoshi", "推荐": "tuijian", "群": "qun", "刷单": "shuadan",
    "点赞": "dianzan", "佣金": "yongjin", "赚钱": "zhuanqian",
    # --- what honest callers say --------------------------------------------------------------------
    "药房": "yaofang", "药店": "yaodian", "药": "yao", "处方": "chufang", "处方药": "chufang yao",
    "准备好": "zhunbei hao", "好了": "hao le", "配好": "pei hao", "取药": "qu yao", "来取": "lai qu",
    "预约": "yuyue", "诊所": "zhensuo", "医院": "yiyuan", "医生": "yisheng", "牙医": "yayi", "看病": "kanbing",
    "学校": "xuexiao", "老师们": "laoshimen", "家长": "jiazhang", "学生": "xuesheng", "提醒": "tixing",
    "明天": "mingtian", "时间": "shijian", "确认": "queren", "改期": "gaiqi", "绝不会": "jue bu hui",
    "不会": "bu hui", "从不": "cong bu", "绝对不会": "juedui bu hui", "要求": "yaoqiu", "索取": "suoqu",
    "卡号": "kahao", "背面": "beimian", "卡背面": "ka beimian", "不用担心": "bu yong danxin", "担心": "danxin",
    "没什么事": "mei shenme shi", "不着急": "bu zhaoji", "已送达": "yi songda", "门口": "menkou",
    "谢谢": "xiexie", "再见": "zaijian", "停课": "tingke", "图书馆": "tushuguan", "归还": "guihuan",
    "计划": "jihua", "停电": "tingdian", "检修": "jianxiu", "恢复": "huifu", "预计": "yuji", "办好": "banhao",
}
_NUMERALS = str.maketrans("零〇一二三四五六七八九幺", "001234567891")


# Longest first, so "总领事馆" is read before "领事" and "请按" before "按"; a run of numerals first of all.
_HAN_WORD = LazyPattern("([零〇一二三四五六七八九幺]{3,})|(" + "|".join(sorted(_HAN_WORDS, key=len, reverse=True)) + ")")


def _han_word(match: re.Match[str]) -> str:
    digits = match.group(1)
    return f" {digits.translate(_NUMERALS)} " if digits else f" {_HAN_WORDS[match.group(2)]} "


def _chinese(text: str) -> str:
    return _HAN_WORD.sub(_han_word, text.translate(_TRADITIONAL))


# =====================================================================================================
# Korean Hangul
# =====================================================================================================

# Revised Romanization of the jamo, in Unicode's order: 19 initials, 21 vowels, 28 finals (0: none)
_INITIAL = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h")
_VOWEL = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
          "yu", "eu", "ui", "i")
# a final before a consonant or at the word's end ...
_FINAL = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t",
          "ng", "t", "t", "k", "t", "p", "t")
# ... and carried into a following vowel ("한국어" hangugeo, "있어" isseo, "않으면" aneumyeon)
_CARRIED = ("", "g", "kk", "gs", "n", "nj", "n", "d", "r", "lg", "lm", "lb", "ls", "lt", "lp", "r", "m", "b", "bs",
            "s", "ss", "ng", "j", "ch", "k", "t", "p", "")
_NASAL = {"k": "ng", "t": "n", "p": "m"}  # before "ㄴ" or "ㅁ": "합니다" hamnida, "국민" gungmin
# A case particle or the copula at a word's end, written apart as speech recognition hyphenates it:
# (particle, may follow a final consonant, may follow a vowel)
_PARTICLES = (("입니다", True, True), ("이에요", True, False), ("예요", False, True), ("에게서", True, True),
              ("에게도", True, True), ("에게는", True, True), ("에게", True, True), ("한테서", True, True),
              ("한테는", True, True), ("한테도", True, True), ("한테", True, True), ("께서는", True, True), ("께서", True, True),
              ("에서는", True, True), ("에서", True, True), ("으로는", True, False), ("으로", True, False),
              ("로는", False, True), ("로", False, True), ("까지", True, True), ("부터", True, True),
              ("은", True, False), ("는", False, True), ("이", True, False), ("가", False, True),
              ("을", True, False), ("를", False, True), ("에", True, True), ("의", True, True), ("도", True, True),
              ("와", False, True), ("과", True, False))
_HANGUL_WORD = LazyPattern("[\uac00-\ud7a3]+")


def _hangul_syllables(word: str) -> str:
    jamo = []
    for char in word:
        code = ord(char) - 0xAC00
        jamo.append((code // 588, code % 588 // 28, code % 28))
    out = []
    for i, (initial, vowel, final) in enumerate(jamo):
        if i and jamo[i - 1][2]:  # the previous final decides this initial
            previous = jamo[i - 1][2]
            if initial == 11:  # "ㅇ": the final was carried over, already written
                onset = ""
            elif initial == 5:  # "ㄹ" after "ㄴ" or "ㄹ" is "l"; after another final it is "n"
                onset = "l" if previous in (4, 8, 9, 10, 11, 12, 13, 14, 15) else "n"
            elif initial == 2 and previous in (8, 15):  # "ㄴ" after "ㄹ" is "l": "설날" seollal
                onset = "l"
            else:
                onset = _INITIAL[initial]
        else:
            onset = _INITIAL[initial]
        coda = ""
        if final:
            following = jamo[i + 1][0] if i + 1 < len(jamo) else None
            if following == 11:
                coda = _CARRIED[final]
            else:
                coda = _FINAL[final]
                if following == 5 and coda == "n":  # "연락" yeollak
                    coda = "l"
                elif following in (2, 6, 5):  # before "ㄴ", "ㅁ" (and "ㄹ", read "n"): nasal
                    coda = _NASAL.get(coda, coda)
        out.append(onset + _VOWEL[vowel] + coda)
    return "".join(out)


def _has_final(char: str) -> bool:
    return (ord(char) - 0xAC00) % 28 != 0


def _hangul_word(match: re.Match[str]) -> str:
    word = match.group(0)
    for particle, after_final, after_vowel in _PARTICLES:
        if len(word) > len(particle) and word.endswith(particle):
            stem = word[:-len(particle)]
            if after_final if _has_final(stem[-1]) else after_vowel:
                return f" {_hangul_syllables(stem)} {_hangul_syllables(particle)} "
            break
    return f" {_hangul_syllables(word)} "


def _korean(text: str) -> str:
    return _HANGUL_WORD.sub(_hangul_word, text)


# =====================================================================================================
# Cyrillic
# =====================================================================================================

# ("ё" as "e": most writers leave its dots off, and the layer reads "schet", "udalenn")
_RUSSIAN = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
            "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
            "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
            "ь": "", "э": "e", "ю": "yu", "я": "ya"}
# Ukrainian: "и" is "y", "і" is "i", "г" is "h" ("hroshi"), "ґ" is "g", "є" "ye", "ї" "yi"
_UKRAINIAN = {**_RUSSIAN, "и": "y", "і": "i", "ї": "yi", "є": "ye", "г": "h", "ґ": "g"}
_RUSSIAN_TABLE = str.maketrans({**_RUSSIAN, "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u"})
_UKRAINIAN_TABLE = str.maketrans(_UKRAINIAN)
_UKRAINIAN_LETTER = LazyPattern("[іїєґ]")
# The Cyrillic letters that imitate Latin ones (lowercased: "В" reads "b", "Н" "h")
_LOOKALIKE_TABLE = str.maketrans(dict(zip("авеёкмнорстухіјѕԁԛԝь", "abeekmhopctyxijsdqwb")))
_MIXED_WORD = LazyPattern(r"\w*(?:[a-z][\u0400-\u04ff]|[\u0400-\u04ff][a-z])\w*")
# an apostrophe inside a word vanishes, as in Latin letters (Ukrainian "зв'язок" zvyazok, "об'єкт")
_CYRILLIC_APOSTROPHE = LazyPattern("(?<=[\u0400-\u04ff])['\u2019\u02bc`](?=[\u0400-\u04ff])")


def _cyrillic(text: str) -> str:
    if "'" in text or "\u2019" in text or "\u02bc" in text or "`" in text:
        text = _CYRILLIC_APOSTROPHE.sub("", text)
    if _MIXED_WORD.search(text):
        text = _MIXED_WORD.sub(lambda match: match.group(0).translate(_LOOKALIKE_TABLE), text)
    return text.translate(_UKRAINIAN_TABLE if _UKRAINIAN_LETTER.search(text) else _RUSSIAN_TABLE)


# =====================================================================================================
# Devanagari
# =====================================================================================================

_CONSONANT = {"क": "k", "ख": "kh", "ग": "g", "घ": "gh", "ङ": "n", "च": "ch", "छ": "chh", "ज": "j", "झ": "jh",
              "ञ": "n", "ट": "t", "ठ": "th", "ड": "d", "ढ": "dh", "ण": "n", "त": "t", "थ": "th", "द": "d",
              "ध": "dh", "न": "n", "प": "p", "फ": "ph", "ब": "b", "भ": "bh", "म": "m", "य": "y", "र": "r",
              "ल": "l", "व": "v", "श": "sh", "ष": "sh", "स": "s", "ह": "h", "ळ": "l"}
# with a nukta (a word is read in NFC, where "ज़" is always "ज" and the nukta sign)
_NUKTA = {"क": "k", "ख": "kh", "ग": "g", "ज": "z", "ड": "r", "ढ": "rh", "फ": "f", "य": "y"}
_VOWEL_SIGN = {"ा": "a", "ि": "i", "ी": "i", "ु": "u", "ू": "u", "ृ": "ri", "े": "e", "ै": "ai", "ो": "o",
               "ौ": "au", "ॉ": "o", "ॅ": "e", "ॆ": "e", "ॊ": "o"}
_INDEPENDENT = {"अ": "a", "आ": "aa", "इ": "i", "ई": "i", "उ": "u", "ऊ": "u", "ऋ": "ri", "ए": "e", "ऐ": "ai",
                "ओ": "o", "औ": "au", "ऑ": "o", "ऍ": "e"}
_DIGITS = dict(zip("०१२३४५६७८९", "0123456789"))
_VIRAMA, _NUKTA_SIGN, _ANUSVARA, _CHANDRABINDU, _VISARGA = "्", "़", "ं", "ँ", "ः"
_LABIAL = ("p", "ph", "b", "bh", "m")
# English words as Hindi speakers say and write them: a scam's key words
_LOANWORDS = {"पुलिस": "police", "पासपोर्ट": "passport", "वीज़ा": "visa", "वीजा": "visa", "बैंक": "bank",
              "अकाउंट": "account", "एकाउंट": "account", "कार्ड": "card", "ब्लॉक": "block", "कैंसल": "cancel",
              "सस्पेंड": "suspend", "ओटीपी": "otp", "पिन": "pin", "पासवर्ड": "password", "कस्टम": "customs",
              "कस्टम्स": "customs", "पार्सल": "parcel", "कूरियर": "courier", "कोरियर": "courier", "केस": "case",
              "एफआईआर": "fir", "सीबीआई": "cbi", "वारंट": "warrant", "अरेस्ट": "arrest", "डिजिटल": "digital",
              "कोर्ट": "court", "ऑफिसर": "officer", "इंस्पेक्टर": "inspector", "नोटिस": "notice", "लीगल": "legal",
              "कॉल": "call", "फोन": "phone", "फ़ोन": "phone", "मोबाइल": "mobile", "नंबर": "number", "सिम": "sim",
              "प्रेस": "press", "लिंक": "link", "अपडेट": "update", "वेरिफिकेशन": "verification", "केवाईसी": "kyc",
              "आधार": "aadhaar", "पैन": "pan", "लॉटरी": "lottery", "इनाम": "inaam", "व्हाट्सएप": "whatsapp",
              "रिफंड": "refund", "कस्टमर": "customer", "केयर": "care", "एम्बेसी": "embassy", "ड्रग्स": "drugs",
              "मनी": "money", "लॉन्ड्रिंग": "laundering", "फ्रीज": "freeze", "फ्रीज़": "freeze", "डिपॉजिट": "deposit",
              "फीस": "fees", "जुर्माना": "jurmana", "एक्सीडेंट": "accident", "अपॉइंटमेंट": "appointment",
              "फार्मेसी": "pharmacy", "कस्टडी": "custody", "स्टेशन": "station", "थाने": "thane",
              "डॉक्टर": "doctor", "स्कूल": "school", "क्लिनिक": "clinic",
              # Hindi and Urdu words in the spelling the layer reads
              "गिरफ्तार": "giraftar", "गिरफ़्तार": "giraftar", "गिरफ्तारी": "giraftari", "गिरफ़्तारी": "giraftari",
              "में": "mein", "हैं": "hain", "मैं": "main", "नहीं": "nahin", "यह": "yeh", "वह": "woh",
              "वरना": "warna", "एक": "ek", "दो": "do", "तीन": "teen", "चार": "char", "पांच": "paanch",
              "पाँच": "paanch", "छह": "chhah", "सात": "saat", "आठ": "aath", "नौ": "nau", "शून्य": "shunya"}
_DEVANAGARI_WORD = LazyPattern("[\u0900-\u097f]+")


class _Unit:
    """One written syllable: its consonants (a cluster after a virama), its vowel (``None``: the
    inherent "a"; "": none, after a virama) and a nasal or visarga sign."""

    __slots__ = ("consonants", "count", "vowel", "sign")

    def __init__(self, consonants: str, vowel: str | None, count: int = 1) -> None:
        self.consonants, self.vowel, self.count, self.sign = consonants, vowel, count, ""


def _units(word: str) -> list[_Unit]:
    units: list[_Unit] = []
    i = 0
    while i < len(word):
        char = word[i]
        last = units[-1] if units else None
        if char in _CONSONANT:
            sound = _CONSONANT[char]
            if i + 1 < len(word) and word[i + 1] == _NUKTA_SIGN:
                sound = _NUKTA.get(char, sound)
                i += 1
            if last is not None and last.vowel == "" and last.consonants:  # after a virama: a cluster
                last.consonants += "w" if sound == "v" else sound  # "vishwas", "dwara"
                last.vowel, last.count = None, last.count + 1
            else:
                units.append(_Unit(sound, None))
        elif last is not None and char == _VIRAMA:
            last.vowel = ""
        elif last is not None and char in _VOWEL_SIGN:
            last.vowel = _VOWEL_SIGN[char]
        elif char in _INDEPENDENT:
            vowel = _INDEPENDENT[char]
            if char == "ए" and last is not None and last.vowel != "":  # "लिए" liye, "दबाइए" dabaiye
                vowel = "ye"
            units.append(_Unit("", vowel, 0))
        elif last is not None and char in (_ANUSVARA, _CHANDRABINDU, _VISARGA):
            last.sign = "h" if char == _VISARGA else "n"
        elif char in _DIGITS:
            units.append(_Unit(_DIGITS[char], "", 0))
        i += 1
    return units


def _devanagari_word(match: re.Match[str]) -> str:
    word = unicodedata.normalize("NFC", match.group(0))
    if word in _LOANWORDS:
        return f" {_LOANWORDS[word]} "
    units = _units(word)
    # The inherent vowel is not said at a word's end ("band", "turant"), nor after a vowel and
    # before a single consonant with its own vowel ("aapka", "samajhna"): read right to left.
    for i in range(len(units) - 1, 0, -1):
        unit = units[i]
        if unit.vowel is not None or not unit.count:
            continue
        if i == len(units) - 1:
            unit.vowel = ""
        elif (not unit.sign and units[i - 1].vowel != "" and units[i - 1].count + len(units[i - 1].vowel or "a")
              and units[i + 1].count == 1 and units[i + 1].vowel != ""):
            unit.vowel = ""
    out = []
    for i, unit in enumerate(units):
        vowel = "a" if unit.vowel is None else unit.vowel
        # a long "aa" where Hinglish writes it: in a closed syllable ("baat", "naam", "jaankari") or
        # before a nasal ("maang", "paanch"); open, it is written "a" ("khata", "batana")
        if vowel == "a" and unit.vowel == "a" and (unit.sign == "n" or (
                i + 1 < len(units) and units[i + 1].count and units[i + 1].vowel == "")):
            vowel = "aa"
        sign = unit.sign
        if sign == "n" and i + 1 < len(units) and units[i + 1].consonants.startswith(_LABIAL):
            sign = "m"  # "sampark"
        out.append(unit.consonants + vowel + sign)
    return f" {''.join(out)} "


def _hindi(text: str) -> str:
    return _DEVANAGARI_WORD.sub(_devanagari_word, text)


# =====================================================================================================

def romanize(text: str) -> str:
    """``text`` with its Chinese, Korean, Cyrillic and Devanagari words written in Latin letters;
    any other text is returned unchanged (the same object)."""
    if not _ANY_SCRIPT.search(text):
        return text
    if _HAN.search(text):
        text = _chinese(text)
    if _HANGUL.search(text):
        text = _korean(text)
    if _CYRILLIC.search(text):
        text = _cyrillic(text)
    if _DEVANAGARI.search(text):
        text = _hindi(text)
    return text
