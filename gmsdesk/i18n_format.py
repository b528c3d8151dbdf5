"""How each language writes numbers, digits, dates, times and years: the one rule that the
screens (through `gmsdesk.ui.labels`) and the printed PDFs (through `gmsdesk.reports.strings`)
both follow, so a Burmese count, a Khmer date or a Thai year reads the same on both.

No Qt. The defaults are the Unicode locale data's (CLDR): Burmese is written in Myanmar digits,
Khmer, Lao and Thai in 0-9; Thailand counts years in the Buddhist era (พ.ศ., + 543); Lao and
Vietnamese group thousands with "." and mark decimals with ","; times use the 24-hour clock
(no Latin "AM"/"PM" in a Khmer sentence). Where people differ (Thai era, a script's own digits)
the user's choice, stored with the app's settings, is set here once for the whole process with
`set_preferences`, so a PDF written in a background worker follows it too.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from gmsdesk import text_breaks
from gmsdesk.money import SEPARATORS

__all__ = [
    "NATIVE_DIGITS", "Preferences", "Rule", "era", "fill_count", "format_date",
    "format_datetime", "format_integer", "format_month_year",
    "format_number", "format_percent", "format_time", "format_year", "latin_digits",
    "localize_digits", "normalize_lang", "preferences", "rule",
    "set_preferences", "translated_digits", "year",
]

# The digits a language has of its own (the others have only 0-9).
NATIVE_DIGITS: dict[str, str] = {
    "km": "០១២៣៤៥៦៧៨៩",
    "lo": "໐໑໒໓໔໕໖໗໘໙",
    "my": "၀၁၂၃၄၅၆၇၈၉",
    "th": "๐๑๒๓๔๕๖๗๘๙",
}
# Languages written in their own digits unless the user chooses 0-9 (CLDR's default
# numbering system: "mymr" for Burmese, "latn" for Khmer, Lao and Thai).
NATIVE_BY_DEFAULT = frozenset({"my"})
BUDDHIST_ERA_OFFSET = 543

MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "km": ("មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា",
           "តុលា", "វិច្ឆិកា", "ធ្នូ"),
    "lo": ("ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ", "ກັນຍາ",
           "ຕຸລາ", "ພະຈິກ", "ທັນວາ"),
    "my": ("ဇန်နဝါရီ", "ဖေဖော်ဝါရီ", "မတ်", "ဧပြီ", "မေ", "ဇွန်", "ဇူလိုင်", "ဩဂုတ်",
           "စက်တင်ဘာ", "အောက်တိုဘာ", "နိုဝင်ဘာ", "ဒီဇင်ဘာ"),
    "th": ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
           "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"),
}

_LANGS = ("en", "km", "lo", "my", "th", "vi", "zh_CN")
_ALL_NATIVE = "".join(NATIVE_DIGITS.values())
_TO_LATIN = str.maketrans(_ALL_NATIVE, "0123456789" * len(NATIVE_DIGITS))


def normalize_lang(lang: str | None) -> str:
    """One of the app's languages ("km", "zh_CN" ...) for a code such as "km_KH", "zh-CN" or
    "zh"; English for anything else."""
    code = (lang or "en").replace("-", "_")
    if code.lower().startswith("zh"):
        return "zh_CN"
    code = code.split("_")[0].lower()
    return code if code in _LANGS else "en"


@dataclass(frozen=True)
class Preferences:
    """What a user chose where people differ. `native_digits` maps a language to True (its
    own digits) or False (0-9); a language it does not name keeps the default.
    `buddhist_era`: Thai years in the Buddhist era (the default) or, when False, Gregorian."""

    native_digits: Mapping[str, bool] = field(default_factory=dict)
    buddhist_era: bool = True


_preferences = Preferences()


def set_preferences(value: Preferences) -> None:
    """The user's choices for the whole process (the settings apply them at start-up and when
    they change)."""
    global _preferences
    _preferences = value


def preferences() -> Preferences:
    return _preferences


@dataclass(frozen=True)
class Rule:
    """How one language writes numbers and dates, with the user's choices applied."""

    lang: str
    digits: str  # "0123456789" or the language's own ten digits
    group: str  # thousands separator
    decimal: str  # decimal mark
    buddhist_era: bool

    def localize(self, text: str) -> str:
        """`text` with its 0-9 digits written in this language's digits."""
        if self.digits == "0123456789":
            return text
        return text.translate(str.maketrans("0123456789", self.digits))


def rule(lang: str | None, prefs: Preferences | None = None) -> Rule:
    """The rule of `lang`, with the user's choices (`prefs`, else the process-wide ones)."""
    code = normalize_lang(lang)
    prefs = prefs or _preferences
    native = prefs.native_digits.get(code, code in NATIVE_BY_DEFAULT)
    digits = NATIVE_DIGITS[code] if native and code in NATIVE_DIGITS else "0123456789"
    group, decimal = SEPARATORS.get(code, SEPARATORS["en"])
    return Rule(code, digits, group, decimal, code == "th" and prefs.buddhist_era)


def localize_digits(lang: str | None, text: str) -> str:
    """The 0-9 digits of `text` in the digits `lang` is written in."""
    return rule(lang).localize(text)


def latin_digits(text: str) -> str:
    """Any Khmer, Lao, Myanmar or Thai digits in `text` as 0-9 (for reading what was typed)."""
    return text.translate(_TO_LATIN)


# -- translated text ---------------------------------------------------------------------------

# A run of 0-9 with what may join it into one number ("1/3", "2.5", "-90", "14:30"), or a
# code, a file pattern, a key or an encoding ("UTF-8", "*.mp3", "F5", "Windows-874"): a run
# with an ASCII letter in it is a code and keeps 0-9.
_ASCII_TOKEN = re.compile(r"[0-9A-Za-z_.+\-*/:#]+")
# An ISO date (and time), written in 0-9 to be typed so into a file or a box.
_ISO_MOMENT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2})?)?")


def _latin_letter(ch: str) -> bool:
    return ch.isalpha() and (ch.isascii() or unicodedata.name(ch, "").startswith("LATIN"))


def _nearest_letter(text: str, start: int, step: int) -> str:
    i = start
    while 0 <= i < len(text):
        if text[i].isalpha():
            return text[i]
        i += step
    return ""


def translated_digits(lang: str | None, text: str) -> str:
    """A translation's own numbers ("မိနစ် 30", "အဆင့် 1/3") in the digits `lang` is written in,
    as the numbers the app fills in are. What is to be typed or read as written keeps 0-9:
    placeholders (%1, %L1, %n, {name}), markup and entities, addresses, codes with letters
    ("UTF-8", "*.mp3", "F5"), ISO dates, and numbers among Latin words only (the "1, 0" of
    "yes, no, 1, 0, true")."""
    digits = rule(lang).digits
    if digits == "0123456789" or not text or not any("0" <= ch <= "9" for ch in text):
        return text
    to_native = str.maketrans("0123456789", digits)
    masked = list(text)
    for start, end in text_breaks.protected_spans(text):
        masked[start:end] = " " * (end - start)
    for found in _ISO_MOMENT.finditer(text):
        masked[found.start():found.end()] = " " * (found.end() - found.start())
    plain = "".join(masked)
    out = list(text)
    for found in _ASCII_TOKEN.finditer(plain):
        token = found.group()
        if not any("0" <= ch <= "9" for ch in token) or any(ch.isalpha() for ch in token):
            continue
        before = _nearest_letter(plain, found.start() - 1, -1)
        after = _nearest_letter(plain, found.end(), 1)
        if _latin_letter(before) and _latin_letter(after):
            continue
        out[found.start():found.end()] = token.translate(to_native)
    return "".join(out)


# -- numbers -----------------------------------------------------------------------------------

def _plain(value: float, decimals: int) -> str:
    """`value` with at most `decimals` decimals, rounded half up, trailing zeros dropped,
    "." for the decimal mark and no grouping."""
    exact = Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-decimals),
                                                 rounding=ROUND_HALF_UP)
    text = f"{exact:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _grouped(whole: str, separator: str) -> str:
    sign = "-" if whole.startswith("-") else ""
    digits = whole.lstrip("-")
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)]
    return sign + separator.join(parts)


def format_number(lang: str | None, value: float | int, *, decimals: int = 2,
                  grouping: bool = True, fixed: bool = False) -> str:
    """A number as `lang` writes it: at most `decimals` decimals (all of them when `fixed`),
    thousands grouped unless `grouping` is False (years, codes, identifiers)."""
    if isinstance(value, float) and not math.isfinite(value):
        return "—"
    r = rule(lang)
    text = _plain(value, decimals)
    if fixed and decimals:
        whole, _, fraction = text.partition(".")
        text = f"{whole}.{fraction.ljust(decimals, '0')}"
    whole, _, fraction = text.partition(".")
    if grouping:
        whole = _grouped(whole, r.group)
    return r.localize(whole + (r.decimal + fraction if fraction else ""))


def format_integer(lang: str | None, value: int | float, *, grouping: bool = True) -> str:
    """A count ("1,234", "၁,၂၃၄", "1.234")."""
    return format_number(lang, round(value), decimals=0, grouping=grouping)


_PERCENT_N = re.compile(r"%(L?)n")


def fill_count(lang: str | None, text: str, count: int) -> str:
    """`text` (a translated plural message) with its count written in: "%n" as the count in
    `lang`'s digits, "%Ln" grouped as well ("၁,၂၃၄"). Qt itself writes "%n" in 0-9 and "%Ln"
    in its locale's digits, which need not be the ones the user chose."""
    return _PERCENT_N.sub(
        lambda found: format_integer(lang, count, grouping=bool(found.group(1))), text)


def format_percent(lang: str | None, share: float) -> str:
    """A share of 0 to 100 as a whole percentage: one precision everywhere. A share that is
    not zero never shows as 0 %, nor one short of all as 100 % ("<1%", ">99%")."""
    if share > 0 and share < 0.5:
        return "<" + format_number(lang, 1, decimals=0) + "%"
    if share < 100 and share >= 99.5:
        return ">" + format_number(lang, 99, decimals=0) + "%"
    return format_number(lang, share, decimals=0) + "%"


# -- dates and times ---------------------------------------------------------------------------

def year(lang: str | None, value: int) -> int:
    """A Gregorian year in the era `lang` counts in (Thai: the Buddhist era, unless the user
    chose Gregorian)."""
    return value + BUDDHIST_ERA_OFFSET if rule(lang).buddhist_era else value


def gregorian(lang: str | None, value: int) -> int:
    """A year as `lang` counts it, back in the Gregorian calendar (Thai "2543" is 2000): the
    inverse of `year`, for what a person typed."""
    return value - year(lang, 0)


def era(lang: str | None) -> str:
    """The word that names the era of a Thai year ("พ.ศ." or "ค.ศ."); "" for the others."""
    if normalize_lang(lang) != "th":
        return ""
    return "พ.ศ." if rule(lang).buddhist_era else "ค.ศ."


def format_year(lang: str | None, value: int) -> str:
    """A year as a number, never grouped: "2026", "2569", "၂၀၂၆"."""
    return localize_digits(lang, str(year(lang, value)))


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def as_date(value: str | dt.date | None) -> dt.date | None:
    """A date from an ISO date or timestamp (its date part); None if empty or unreadable."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not value or not _ISO_DATE.match(value.strip()):
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def format_date(lang: str | None, value: str | dt.date | None, style: str = "long") -> str:
    """A date as `lang` writes it. `style` "long" spells the month ("5 March 2026",
    "5 มีนาคม พ.ศ. 2569", "ថ្ងៃទី5 ខែមីនា ឆ្នាំ2026"); "short" is all digits ("05/03/2026",
    "5/3/2569", "2026/3/5"). An unreadable value is returned as given."""
    day = as_date(value)
    if day is None:
        return value if isinstance(value, str) else ""
    code = normalize_lang(lang)
    d, m, y = day.day, day.month, year(code, day.year)
    if style == "short":
        if code == "zh_CN":
            text = f"{y}/{m}/{d}"
        elif code in ("en", "vi"):
            text = f"{d:02d}/{m:02d}/{y}"
        else:
            text = f"{d}/{m}/{y}"
        return localize_digits(code, text)
    if code == "zh_CN":
        text = f"{y}年{m}月{d}日"
    elif code == "vi":
        text = f"ngày {d} tháng {m} năm {y}"
    elif code == "th":
        text = f"{d} {MONTHS['th'][m - 1]} {era(code)} {y}"
    elif code == "km":
        text = f"ថ្ងៃទី{d} ខែ{MONTHS['km'][m - 1]} ឆ្នាំ{y}"
    elif code == "lo":
        text = f"{d} {MONTHS['lo'][m - 1]} {y}"
    elif code == "my":
        text = f"{y} ခုနှစ် {MONTHS['my'][m - 1]}လ {d} ရက်"
    else:
        text = f"{d} {MONTHS['en'][m - 1]} {y}"
    return localize_digits(code, text)


def format_month_year(lang: str | None, month: int, value: int) -> str:
    """"March 2026", "มีนาคม 2569", "2026年3月"."""
    code = normalize_lang(lang)
    y = year(code, value)
    if code == "zh_CN":
        text = f"{y}年{month}月"
    elif code == "vi":
        text = f"tháng {month} năm {y}"
    else:
        names = MONTHS.get(code, MONTHS["en"])
        text = f"{names[month - 1]} {y}"
    return localize_digits(code, text)


def format_time(lang: str | None, value: dt.time | str | None) -> str:
    """A time of day on the 24-hour clock ("14:30", "၁၄:၃၀"): no "AM"/"PM" in any language."""
    if isinstance(value, str):
        try:
            moment = dt.time.fromisoformat(value.strip()[:5])
        except ValueError:
            return value
    elif value is None:
        return ""
    else:
        moment = value
    return localize_digits(lang, f"{moment.hour:02d}:{moment.minute:02d}")


def format_datetime(lang: str | None, value: dt.datetime | str | None) -> str:
    """A moment as its short date and time, in local time when it carries a time zone."""
    if isinstance(value, str):
        try:
            moment = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return value
    elif value is None:
        return ""
    else:
        moment = value
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return f"{format_date(lang, moment.date(), 'short')} {format_time(lang, moment.time())}"
