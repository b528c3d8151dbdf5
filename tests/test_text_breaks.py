"""Burmese syllables (where a line may break) and a translation's own numbers in the language's
digits: never inside a syllable, a stack, markup or a placeholder; codes, file patterns and ISO
dates keep 0-9."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

import pytest

from gmsdesk import i18n_format
from gmsdesk.text_breaks import ZWSP, strip_breaks, syllable_breaks, syllable_starts


@pytest.fixture(autouse=True)
def _defaults() -> Iterator[None]:
    i18n_format.set_preferences(i18n_format.Preferences())
    yield
    i18n_format.set_preferences(i18n_format.Preferences())


def shown(text: str) -> str:
    return syllable_breaks(text).replace(ZWSP, "|")


@pytest.mark.parametrize(("text", "syllables"), [
    ("စကားဝှက်", "စ|ကား|ဝှက်"),  # the asat's consonant stays with "ဝှ"
    ("မင်္ဂလာပါ", "မင်္ဂ|လာ|ပါ"),  # kinzi and the stacked consonant: one piece
    ("ဗုဒ္ဓ", "ဗုဒ္ဓ"),
    ("ကျွန်ုပ်တို့သည်", "ကျွန်ုပ်|တို့|သည်"),
    ("ကျွန့်ကော်", "ကျွန့်|ကော်"),  # dot below before the asat (Unicode's order)
    ("၎င်းသည်", "၎င်း|သည်"),
    ("ဥပမာ", "ဥ|ပ|မာ"),  # an independent vowel starts a syllable
    ("၁၂၃၄ ခု", "၁၂၃၄ ခု"),  # never inside a number
    ("ပါ။နောက်", "ပါ။|နောက်"),  # never before the section mark, after it
])
def test_syllables(text: str, syllables: str) -> None:
    assert shown(text) == syllables
    assert syllable_breaks(syllable_breaks(text)) == syllable_breaks(text)  # idempotent
    assert strip_breaks(syllable_breaks(text)) == text


def test_never_before_a_mark_and_other_scripts_untouched() -> None:
    text = "ဤဒေတာ ချိန်ကိုက်ဖိုင်ကို GMS Desk ဗားရှင်းဟောင်းဖြင့် ပြုလုပ်ထားပါသည်။"
    for start in syllable_starts(text):
        assert unicodedata.category(text[start])[0] != "M"
        assert text[start:start + 1] not in "\u103a\u1039"
        assert text[start - 1] != "\u1039"
    for other in ("Every 30 minutes", "ថ្ងៃទី5 ខែមីនា", "มกราคม", "中文（简体）", ""):
        assert syllable_breaks(other) == other
        assert syllable_starts(other) == []


def test_markup_and_placeholders_stay_whole() -> None:
    text = '<a href="https://ဥပမာ.example/ဖိုင်">ဖိုင်</a>&nbsp;%1ကို%L2ခု%nဖွင့် {name}&ဖိုင်များ'
    broken = syllable_breaks(text)
    assert '<a href="https://ဥပမာ.example/ဖိုင်">' in broken
    for kept in ("&nbsp;", "%1", "%L2", "%n", "{name}", "&ဖ"):
        assert kept in broken
    assert "ဖိုင်|များ" in broken.replace(ZWSP, "|")


def test_a_translations_numbers_in_burmese_digits() -> None:
    digits = i18n_format.translated_digits
    assert digits("my", "မိနစ် 30 တိုင်း") == "မိနစ် ၃၀ တိုင်း"
    assert digits("my", "အဆင့် 1/3: ဖိုင်ရွေးရန်") == "အဆင့် ၁/၃: ဖိုင်ရွေးရန်"
    assert digits("my", "လတ္တီကျုသည် -90 နှင့် 90 ကြား") == "လတ္တီကျုသည် -၉၀ နှင့် ၉၀ ကြား"
    assert digits("my", "ရွေးပါ- 2 MB ထက်") == "ရွေးပါ- ၂ MB ထက်"
    # Placeholders, codes, patterns, keys, addresses, markup and ISO dates as written.
    for kept in ("Qt %1၊ PySide6 %2၊ Python %3", "ယူနီကုဒ် (UTF-8)", "ထိုင်း (Windows-874)",
                 "အသံဖိုင်များ (*.m4a *.mp3 *.3gp)", "F5 ကို နှိပ်ပါ", "ဥပမာ 2024-03-15။",
                 "စာကြောင်း %1 သည် %L12 %n", "https://gms.example/v2 ကို", "<h2>ခု</h2>&#160;",
                 "{0} ခု", "&1 ဖိုင်", "yes, no, 1, 0, true သို့မဟုတ် false"):
        assert digits("my", kept) == kept, kept
    # English, and Burmese once the user chose 0-9, keep their digits; Thai when chosen.
    assert digits("en", "Every 30 minutes") == "Every 30 minutes"
    i18n_format.set_preferences(i18n_format.Preferences(native_digits={"my": False,
                                                                       "th": True}))
    assert digits("my", "မိနစ် 30 တိုင်း") == "မိနစ် 30 တိုင်း"
    assert digits("th", "ทุก 30 นาที") == "ทุก ๓๐ นาที"
    assert digits("km", "រៀងរាល់ 30 នាទី") == "រៀងរាល់ 30 នាទី"  # Khmer's default: 0-9
