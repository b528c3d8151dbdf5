"""Text folding for search and duplicate detection, across scripts.

Latin text (Vietnamese included) is folded to lower-case ASCII-ish letters: "Công ty Đồng" ->
"cong ty dong". Marks on other scripts (Thai, Khmer, Lao, Burmese vowel signs) are *letters* of
those scripts, not accents, so they are kept: only marks that follow a Latin letter are dropped.
"""

from __future__ import annotations

import re
import unicodedata

_SPECIAL = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "ø": "o", "ł": "l", "ß": "ss", "æ": "ae"})
_SPACES = re.compile(r"\s+")
# Legal-form words that say nothing about which business it is.
_LEGAL_WORDS = {
    "co", "ltd", "company", "limited", "llc", "inc", "corp", "corporation", "plc", "jsc",
    "enterprise", "group", "cong", "ty", "tnhh", "cp", "co phan", "dntn", "hop tac xa", "htx",
    "บริษัท", "จำกัด", "มหาชน", "หจก", "ห้างหุ้นส่วน", "ក្រុមហ៊ុន", "ឯកជន", "ບໍລິສັດ", "ຈຳກັດ",
    "ကုမ္ပဏီ", "လီမိတက်", "有限公司", "公司", "有限责任公司",
}


def _is_latin(ch: str) -> bool:
    return ch.isascii() or "\u00c0" <= ch <= "\u024f" or "\u1e00" <= ch <= "\u1eff"


def fold(text: str | None) -> str:
    """Lower-case, strip Latin diacritics, collapse white space."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text.translate(_SPECIAL))
    out: list[str] = []
    prev_latin = False
    for ch in decomposed:
        if unicodedata.category(ch) == "Mn":
            if prev_latin:
                continue
            out.append(ch)
            continue
        prev_latin = _is_latin(ch)
        out.append(ch)
    folded = unicodedata.normalize("NFC", "".join(out)).casefold()
    return _SPACES.sub(" ", folded).strip()


def name_key(text: str | None) -> str:
    """A key for "same business name": folded, punctuation and legal-form words removed."""
    folded = "".join(" " if unicodedata.category(ch)[0] in "PSZC" else ch for ch in fold(text))
    for word in sorted(_LEGAL_WORDS, key=len, reverse=True):
        if not word.isascii():
            folded = folded.replace(word, " ")
    words = [w for w in folded.split() if w not in _LEGAL_WORDS]
    # "cong ty" / "co phan" are two-word forms; drop the pairs too.
    joined = " ".join(words)
    for phrase in ("cong ty", "co phan", "hop tac xa"):
        joined = joined.replace(phrase, " ")
    return "".join(joined.split())


def phone_key(text: str | None) -> str:
    """The last eight digits of a phone number, which survive +855 / 0 / spaces / dashes.

    Digits of any script count (Burmese ၀၉..., Thai ๐๘..., Khmer ០១...).
    """
    digits = "".join(str(unicodedata.digit(ch)) for ch in (text or "") if ch.isdigit())
    return digits[-8:] if len(digits) >= 6 else ""


def regno_key(text: str | None) -> str:
    """Registration numbers compared on their letters and digits only, upper-case."""
    return "".join(ch for ch in fold(text) if ch.isalnum()).upper()
