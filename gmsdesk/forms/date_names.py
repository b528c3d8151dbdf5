"""Weekday and month names for format-date() (%a, %b) in GMS Desk's languages.

ODK Collect writes them in the device's language (its Java locale's short names); GMS Desk
writes them in the UI's. The month names come from i18n_format where it has them (the
report dates use the same words), else from here; English is ODK's own ("Mon", "Jan").
"""

from __future__ import annotations

from gmsdesk.i18n_format import MONTHS, normalize_lang

__all__ = ["month_name", "weekday_name"]

# Monday first, as datetime.weekday() counts (CLDR's abbreviated "format" names).
_WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "km": ("ច័ន្ទ", "អង្គារ", "ពុធ", "ព្រហស្បតិ៍", "សុក្រ", "សៅរ៍", "អាទិត្យ"),
    "lo": ("ຈັນ", "ອັງຄານ", "ພຸດ", "ພະຫັດ", "ສຸກ", "ເສົາ", "ອາທິດ"),
    "my": ("တနင်္လာ", "အင်္ဂါ", "ဗုဒ္ဓဟူး", "ကြာသပတေး", "သောကြာ", "စနေ", "တနင်္ဂနွေ"),
    "th": ("จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."),
    "vi": ("Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7", "CN"),
    "zh_CN": ("周一", "周二", "周三", "周四", "周五", "周六", "周日"),
}
# ODK's English month names, and those i18n_format has none for.
_MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "vi": tuple(f"thg {m}" for m in range(1, 13)),
    "zh_CN": tuple(f"{m}月" for m in range(1, 13)),
}


def weekday_name(weekday: int, lang: str | None) -> str:
    """%a: the name of `weekday` (0 is Monday) in `lang` ("km", "th_TH"...; English for a
    language GMS Desk has no names in)."""
    return _WEEKDAYS.get(normalize_lang(lang), _WEEKDAYS["en"])[weekday]


def month_name(month: int, lang: str | None) -> str:
    """%b: the name of `month` (1 is January) in `lang`."""
    code = normalize_lang(lang)
    names = _MONTHS.get(code) if code == "en" else (MONTHS.get(code) or _MONTHS.get(code))
    return (names or _MONTHS["en"])[month - 1]
