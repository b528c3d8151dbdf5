"""Text folding for search and duplicate detection, across scripts.

Latin text (Vietnamese included) is folded to lower-case ASCII-ish letters: "Công ty Đồng" ->
"cong ty dong". Marks on other scripts (Thai, Khmer, Lao, Burmese vowel signs) are *letters* of
those scripts, not accents, so they are kept.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_SPECIAL = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "ø": "o", "ł": "l", "ß": "ss", "æ": "ae"})
# Legal-form words that say nothing about which business it is.
_LEGAL_WORDS = {
    "co", "ltd", "company", "limited", "llc", "inc", "corp", "corporation", "plc", "jsc",
    "enterprise", "group", "cong", "ty", "tnhh", "cp", "co phan", "dntn", "hop tac xa", "htx",
    "บริษัท", "จำกัด", "มหาชน", "หจก", "ห้างหุ้นส่วน", "ក្រុមហ៊ុន", "ឯកជន", "ບໍລິສັດ", "ຈຳກັດ",
    "ကုမ္ပဏီ", "လီမိတက်", "有限公司", "公司", "有限责任公司",
}
# Those of scripts without spaces between words, removed wherever they stand, longest first.
_SCRIPT_LEGAL_WORDS = sorted((w for w in _LEGAL_WORDS if not w.isascii()), key=len,
                             reverse=True)


# Combining diacritical marks (U+0300-U+036F) are the accents of Latin script. Thai, Khmer,
# Lao and Burmese vowel signs live in their own blocks and are kept.
_DROP_ACCENTS = dict.fromkeys(range(0x0300, 0x0370))


@functools.lru_cache(maxsize=16_384)
def fold(text: str | None) -> str:
    """Lower-case, strip Latin diacritics, collapse white space. Kept for the texts folded
    lately: a record's name is folded for several keys, a province for every SME in it."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text.translate(_SPECIAL))
    folded = unicodedata.normalize("NFC", decomposed.translate(_DROP_ACCENTS)).casefold()
    return " ".join(folded.split())


# Marks the start of every word in the search document, so that a two-character query can be
# searched as a three-character trigram ("\x1fco" = a word starting with "co").
WORD_MARK = "\x1f"


_CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff]")


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def search_document(parts: list[str | None]) -> str:
    """The text the trigram index holds for one record: folded, every word marked at its start,
    and every two-character run inside Chinese text marked too (Chinese has no spaces, and
    two characters are often a whole word: 普洱 in 云南普洱茶业)."""
    words: list[str] = []
    for part in parts:
        for word in fold(part).split():
            words.append(WORD_MARK + word)
            if _CJK.search(word, 1) is None:
                continue  # no Chinese past its first character: nothing more to mark
            for i in range(1, len(word) - 1):
                if _is_cjk(word[i]) and _is_cjk(word[i + 1]):
                    words.append(WORD_MARK + word[i:i + 2])
    return " ".join(words)


class _Spacer(dict[int, str]):
    """For str.translate: punctuation, symbols, separators and controls become spaces; every
    other character stays. Each character's category is looked up once."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        value = " " if unicodedata.category(ch)[0] in "PSZC" else ch
        self[code] = value
        return value


_SPACED = _Spacer()


def name_key(text: str | None) -> str:
    """A key for "same business name": folded, punctuation and legal-form words removed."""
    folded = fold(text).translate(_SPACED)
    for word in _SCRIPT_LEGAL_WORDS:
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
