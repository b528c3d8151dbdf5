"""Translated labels for fields, sectors, countries, genders and ICT levels, and numbers, dates
and times in the UI language, in one place.

Numbers and dates follow `gmsdesk.i18n_format`, the rule the printed PDFs follow too (Burmese
in Myanmar digits, Thai years in the Buddhist era unless the user chose otherwise, a 24-hour
clock). Screens call these rather than `QLocale().toString`, whose digits, era and "AM"/"PM"
are Qt's and not always the PDFs'.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from gmsdesk import i18n_format
from gmsdesk.i18n import QT_TRANSLATE_NOOP
from gmsdesk.paths import RESOURCES
from gmsdesk.records import catalog
from gmsdesk.storage.smes import ICT_LEVELS

# SME fields as their declaration labels them, and the SME list's own columns.
FIELD_LABELS = {
    **{f.name: f.label for f in catalog.SMES.fields},
    "ict_level": QT_TRANSLATE_NOOP("Field", "ICT level"),
    "updated_at": QT_TRANSLATE_NOOP("Field", "Last changed"),
    "id": QT_TRANSLATE_NOOP("Field", "Record id"),
    "updated_by": QT_TRANSLATE_NOOP("Field", "Changed by"),
}
COUNTRY_LABELS = catalog.COUNTRIES
GENDER_LABELS = catalog.GENDERS


def field_label(name: str) -> str:
    return QCoreApplication.translate("Field", FIELD_LABELS.get(name, name))


def country_label(code: str | None) -> str:
    if not code:
        return ""
    return QCoreApplication.translate("Country", COUNTRY_LABELS.get(code, code))


def gender_label(code: str | None) -> str:
    if not code:
        return ""
    return QCoreApplication.translate("Gender", GENDER_LABELS.get(code, code))


def ict_level_label(level: int | None) -> str:
    if level is None or not 0 <= level < len(ICT_LEVELS):
        return ""
    return QCoreApplication.translate("IctLevel", ICT_LEVELS[level])


def current_language() -> str:
    """The UI language code as used in resources: en, km, lo, my, th, vi, zh_CN."""
    name = QLocale().name()  # e.g. "km_KH", "zh_CN"
    return "zh_CN" if name.startswith("zh") else name.split("_")[0]


# -- numbers, dates and times in the UI language ---------------------------------------------

def format_count(value: int | float, grouping: bool = True) -> str:
    """A count: "1,234", "၁,၂၃၄", "1.234"."""
    return i18n_format.format_integer(current_language(), value, grouping=grouping)


def format_number(value: int | float, decimals: int = 2, grouping: bool = True) -> str:
    """A number with at most `decimals` decimals; `grouping` False for years and codes."""
    return i18n_format.format_number(current_language(), value, decimals=decimals,
                                     grouping=grouping)


def format_percent(share: float) -> str:
    """A share of 0 to 100 as a whole percentage ("12%", "<1%")."""
    return i18n_format.format_percent(current_language(), share)


def format_share(count: int, total: int) -> str:
    """"12 (34%)": a count and its share of `total`."""
    if total <= 0:
        return format_count(count)
    return f"{format_count(count)} ({format_percent(100.0 * count / total)})"


def local_digits(text: str) -> str:
    """`text` with 0-9 in the digits of the UI language (for numbers already in a text)."""
    return i18n_format.localize_digits(current_language(), text)


def _as_date(value: QDate | dt.date | str | None) -> dt.date | str | None:
    if isinstance(value, QDate):
        return dt.date(value.year(), value.month(), value.day()) if value.isValid() else None
    return value


def format_date(value: QDate | dt.date | str | None, style: str = "short") -> str:
    """A date: "short" all digits ("05/03/2026", "5/3/2569"), "long" with the month's name."""
    return i18n_format.format_date(current_language(), _as_date(value), style)


def format_time(value: QTime | dt.time | str | None) -> str:
    """A time of day on the 24-hour clock, in the UI language's digits."""
    if isinstance(value, QTime):
        value = dt.time(value.hour(), value.minute()) if value.isValid() else None
    return i18n_format.format_time(current_language(), value)


def format_datetime(value: QDateTime | dt.datetime | str | None) -> str:
    """A moment as short date and time, in local time."""
    if isinstance(value, QDateTime):
        if not value.isValid():
            return ""
        local = value.toLocalTime()
        d, t = local.date(), local.time()
        value = dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
    return i18n_format.format_datetime(current_language(), value)


@cache
def _sector_table() -> dict[str, dict[str, Any]]:
    path = RESOURCES / "seed" / "sectors.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    items = data["sectors"] if isinstance(data, dict) else data
    return {item["code"]: item for item in items}


def sector_label(code: str | None, custom: dict[str, str] | None = None) -> str:
    """A built-in sector in the UI language (from resources/seed/sectors.json), else its label."""
    if not code:
        return ""
    entry = _sector_table().get(code)
    if entry:
        lang = current_language()
        labels = entry.get("labels", entry)
        return str(labels.get(lang) or labels.get("en") or code)
    if custom and code in custom:
        return custom[code]
    return code
