"""How the Reports area words and formats what it shows: indicator titles, areas, dimensions
and their values, periods, values in their unit (money one figure per currency), and a
target's status in colour, symbol and word (never colour alone)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate

from gmsdesk import i18n_format
from gmsdesk.i18n import QT_TRANSLATE_NOOP
from gmsdesk.money import format_money
from gmsdesk.records.catalog import (
    CHANNELS,
    EVENT_KINDS,
    INDICATOR_AREAS,
    SERVICE_TYPES,
    TRACKS,
)
from gmsdesk.reports.periods import Period
from gmsdesk.services.figures import amount, kind_of
from gmsdesk.storage.indicators import Indicator, Value
from gmsdesk.ui.labels import (
    country_label,
    current_language,
    format_count,
    format_date,
    format_number,
    gender_label,
    local_digits,
    province_label,
    sector_label,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("Reports", text)


DIMENSIONS = {
    "economy": QT_TRANSLATE_NOOP("Reports", "Economy"),
    "province": QT_TRANSLATE_NOOP("Reports", "Province"),
    "agency": QT_TRANSLATE_NOOP("Reports", "Agency"),
    "sector": QT_TRANSLATE_NOOP("Reports", "Sector"),
    "sex": QT_TRANSLATE_NOOP("Reports", "Sex"),
    "track": QT_TRANSLATE_NOOP("Reports", "Track"),
    "type": QT_TRANSLATE_NOOP("Reports", "Type of service"),
    "channel": QT_TRANSLATE_NOOP("Reports", "Channel"),
    "kind": QT_TRANSLATE_NOOP("Reports", "Kind of event"),
}
# The values of the dimensions that are codes: (their names, the names' context).
CODE_SETS: dict[str, tuple[Mapping[str, str], str]] = {
    "track": (TRACKS, "Training"),
    "type": (SERVICE_TYPES, "Training"),
    "channel": (CHANNELS, "Training"),
    "kind": (EVENT_KINDS, "Events"),
}


def area_label(area: str) -> str:
    return tr(INDICATOR_AREAS.get(area, area))


def indicator_title(indicator: Indicator) -> str:
    """A built-in indicator's title in the UI language; one added as data as it was given."""
    if indicator.builtin:
        return QCoreApplication.translate("Indicators", indicator.title)
    return indicator.title


def indicator_definition(indicator: Indicator) -> str:
    if indicator.builtin and indicator.definition:
        return QCoreApplication.translate("Indicators", indicator.definition)
    return indicator.definition or ""


def dimension_label(name: str) -> str:
    text = DIMENSIONS.get(name)
    return tr(text) if text else name.replace("_", " ").capitalize()


@dataclass(frozen=True)
class KeyNames:
    """What the values of a dimension are called: agencies and custom sectors by name."""

    agencies: Mapping[str, str]
    sectors: Mapping[str, str]


def key_label(dimension: str, key: str, names: KeyNames) -> str:
    if not key:
        return QCoreApplication.translate("Reports", "Not recorded")
    if dimension == "economy":
        return country_label(key)
    if dimension == "sex":
        return gender_label(key)
    if dimension == "sector":
        return sector_label(key, dict(names.sectors))
    if dimension == "agency":
        return names.agencies.get(key) or key
    if dimension == "province":  # stored by its English name; shown in the UI language
        return province_label(key)
    names_of, context = CODE_SETS.get(dimension, ({}, ""))
    if key in names_of:
        return QCoreApplication.translate(context, names_of[key])
    return key


# -- periods -------------------------------------------------------------------------------


def _date(iso: str) -> QDate:
    return QDate.fromString(iso, "yyyy-MM-dd")


def period_text(period: Period) -> str:
    """A period as people say it: "2026", "Q1 2026", "Mar 2026", or a range of dates."""
    kind = kind_of(period)
    start = _date(period.start)
    lang = current_language()
    # Years in the era of the UI language (Thai: the Buddhist era unless the user chose
    # Gregorian), in its digits: the rule of `gmsdesk.i18n_format`.
    year = i18n_format.format_year(lang, start.year())
    if kind == "year":
        return year
    if kind == "quarter":
        text = QCoreApplication.translate("Reports", "Q%1 %2")
        return text.replace("%1", format_count((start.month() - 1) // 3 + 1)).replace(
            "%2", year)
    if kind == "month":
        return i18n_format.format_month_year(lang, start.month(), start.year())
    return f"{format_date(start, 'short')} – {format_date(_date(period.end), 'short')}"


# -- values --------------------------------------------------------------------------------


def percent_text(number: float, decimals: int) -> str:
    """"32.5 %", as the UI language writes a percentage."""
    return QCoreApplication.translate("Reports", "%1 %").replace(
        "%1", format_number(number, decimals))


def number_text(number: float | None, unit: str) -> str:
    if number is None:
        return "—"
    if unit == "percent":
        return percent_text(number, 1)
    if unit == "money":
        return format_number(number, 0)
    if unit != "score" and float(number).is_integer():
        return format_count(number)
    return format_number(number, 1)


def value_lines(value: Value | None, unit: str) -> list[str]:
    """A value as text, one line per currency for money ("1,250.00 USD", "3,000,000 KHR")."""
    if value is None:
        return ["—"]
    if unit == "money" and value.by_currency:
        lang = current_language()
        return [local_digits(format_money(total, currency, lang))
                for currency, total in sorted(value.by_currency.items())]
    return [number_text(amount(value), unit)]


def value_text(value: Value | None, unit: str) -> str:
    return "\n".join(value_lines(value, unit))


def ratio_text(value: Value | None) -> str:
    """For a percent: of how many ("12 of 40"), so nobody mistakes 50 % of 2 for much."""
    if value is None or value.numerator is None or value.denominator is None:
        return ""
    text = QCoreApplication.translate("Reports", "%1 of %2")
    return text.replace("%1", format_count(value.numerator)).replace(
        "%2", format_count(value.denominator))


# -- status against target ---------------------------------------------------------------------

# Colours a reader with red-green colour blindness still tells apart by lightness, and each
# with its own symbol and word.
STATUS_COLOURS = {"met": "#1b6e2d", "near": "#8a5300", "behind": "#b3261e", "none": "#5f6368"}
STATUS_BACKGROUNDS = {"met": "#e3f3e6", "near": "#fff1d6", "behind": "#fde7e5",
                      "none": "#f1f3f4"}
STATUS_SYMBOLS = {"met": "✔", "near": "◐", "behind": "✘", "none": "–"}
STATUS_WORDS = {
    "met": QT_TRANSLATE_NOOP("Reports", "Target met"),
    "near": QT_TRANSLATE_NOOP("Reports", "Near target"),
    "behind": QT_TRANSLATE_NOOP("Reports", "Behind target"),
    "none": QT_TRANSLATE_NOOP("Reports", "No target"),
}


def status_text(state: str, percent: float | None) -> str:
    """"✔ 104 % · Target met": symbol, share of the target, word."""
    word = tr(STATUS_WORDS[state])
    if percent is None:
        return f"{STATUS_SYMBOLS[state]} {word}"
    share = percent_text(percent, 0)
    return f"{STATUS_SYMBOLS[state]} {share} · {word}"
