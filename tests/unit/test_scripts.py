"""Text in Chinese characters, Hangul, Cyrillic and Devanagari reads as the romanised spellings
the language layers are written against (``chalicelib.analysis._scripts``); ASCII and Latin text
normalises exactly as before.  Cases written for this test."""

from __future__ import annotations

import pytest

from chalicelib.analysis import analyze, normalize
from chalicelib.analysis._normalize import fold_accents
from chalicelib.analysis._scripts import romanize


@pytest.mark.parametrize("text, expected", [
    # the consulate's notice, word by word in pinyin; punctuation and unknown characters vanish
    ("您好，这里是中国驻纽约总领事馆，您有一份重要文件尚未领取，详情请按一。",
     "nin hao zhe li shi zhongguo zhu niuyue zong lingshiguan nin you yi fen zhongyao wenjian shangwei lingqu "
     "xiangqing qing an yi"),
    # the longest word first: "海关扣留" is customs + held, "转人工服务" a key to a person
    ("包裹被海关扣留，请按9转人工服务", "baoguo bei haiguan kouliu qing an 9 zhuan rengong fuwu"),
    # traditional characters read as simplified ones
    ("請按一號鍵，詳情請聯繫領事館", "qing an yi hao jian xiangqing qing lianxi lingshiguan"),
    # a number read out in numerals is a number; a single numeral is the key's word
    ("请尽快回电六四七五五五零一零九", "qing jinkuai huidian 6475550109"),
    ("按零", "an ling"),
    # a negation is always read: dropped, "tell no one" would read "tell anyone"
    ("请勿告诉任何人，无需回电", "qing wu gaosu renhe ren wu xu huidian"),
])
def test_chinese_characters_read_as_pinyin_words(text: str, expected: str) -> None:
    assert normalize(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a final consonant carried into the next vowel, nasalised before "n", "ㄴ" + "ㄹ" read "ll"
    ("한국어", "hangugeo"), ("합니다", "hamnida"), ("연락", "yeollak"), ("있어", "isseo"), ("금리", "geumni"),
    # a particle or the copula written apart, as speech recognition hyphenates it
    ("검찰청입니다", "geomchalcheong imnida"), ("1번을 누르세요", "1 beon eul nureuseyo"),
    ("사고가 났어", "sago ga nasseo"), ("아이", "ai"),
])
def test_hangul_is_written_in_the_revised_romanization(text: str, expected: str) -> None:
    assert normalize(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Служба безопасности банка: нажмите один", "sluzhba bezopasnosti banka nazhmite odin"),
    ("Полиция. Ваш счёт заблокирован, код из СМС", "politsiya vash schet zablokirovan kod iz sms"),
    # Ukrainian letters make it Ukrainian: "и" is "y", "г" is "h"; the apostrophe vanishes
    ("Натисніть один, щоб зв'язатися з оператором; гроші", "natysnit odyn shchob zvyazatysya z operatorom hroshi"),
    # Cyrillic letters inside a Latin word imitate Latin ones
    ("Your Аррlе ID is locked", "your apple id is locked"),
])
def test_cyrillic_is_transliterated_as_the_slavic_layer_spells_it(text: str, expected: str) -> None:
    assert normalize(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("आपका खाता बंद कर दिया गया है", "aapka khata band kar diya gaya hai"),
    ("तुरंत, किसी को मत बताना", "turant kisi ko mat batana"),
    ("अधिक जानकारी के लिए १ दबाइए", "adhik jaankari ke liye 1 dabaiye"),
    # the English words of the call stay English
    ("आपका पासपोर्ट और पुलिस केस", "aapka passport aur police case"),
])
def test_devanagari_is_written_in_hinglish_spellings(text: str, expected: str) -> None:
    assert normalize(text) == expected


@pytest.mark.parametrize("text", [
    "plain ascii stays as it was", "Su envío está retenido en aduanas", "Ça coûte 40 € à Zürich",
    "naïve café, jalapeño", "",
])
def test_latin_text_is_untouched(text: str) -> None:
    assert romanize(text) is text
    assert normalize(text) == (normalize(fold_accents(text)) if text else "")


def test_a_chinese_number_read_out_is_the_callback_number() -> None:
    verdict = analyze("您好，这里是中国驻温哥华总领事馆，您的护照涉及一起洗钱案件，请尽快回电六零四五五五零一七三。")
    assert verdict.is_scam and verdict.callback_number == "+16045550173", verdict.reasoning
