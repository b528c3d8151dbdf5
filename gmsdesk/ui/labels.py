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
import platform
import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from gmsdesk import countries, i18n_format, money
from gmsdesk.i18n import QT_TRANSLATE_NOOP
from gmsdesk.paths import RESOURCES
from gmsdesk.records import catalog
from gmsdesk.storage.db import UNASSIGNED_AGENCY, is_system_account
from gmsdesk.storage.smes import ICT_LEVELS
from gmsdesk.sync.local_only import DEMO_USER

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


def country_name(code: str | None) -> str:
    """Any country (an inquiry's "from country", ISO 3166) by its name in the UI language
    ("JP" -> "Japan", "ជប៉ុន"). "YN", the programme's Yunnan, is named as the economy; a code
    the list does not hold (typed before it, or from a newer release) shows as stored."""
    if not code:
        return ""
    if not countries.is_country(code) and code in COUNTRY_LABELS:
        return country_label(code)
    return countries.name(code, current_language())


def language_name(code: str | None) -> str:
    """A language by its name in the UI language ("ja" -> "Japanese", "ភាសាជប៉ុន"); an unknown
    code as stored."""
    return countries.language_name(code, current_language())


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


def money_text(amount: float | int | None, currency: str | None) -> str:
    """An amount with its currency code as a list shows it ("၂,၄၉၅,၀၀၀ MMK"): the language's
    separators and minor unit (`gmsdesk.money`, as an editor shows and reads the amount) in
    the digits of the number rule; "" for none."""
    return local_digits(money.format_money(amount, currency, current_language()))


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


FORM_VERSION = QT_TRANSLATE_NOOP("Labels", "%1 (no. %2)")
_FORM_STAMP = re.compile(r"(\d{4})(\d{2})(\d{2})(\d{2})")


def form_version_label(version: str | int | None, lang: str | None = None) -> str:
    """A form's version as people read it. XLSForms stamp their version yyyymmddnn, ODK's
    convention (the day the form was changed and that day's revision): "2026120501" reads
    "05/12/2026 (no. 1)", "5/12/2569 (no. 1)" in Thai. Any other version is written as it
    is, in the language's digits; "" for none."""
    text = str(version or "").strip()
    if not text:
        return ""
    lang = lang or current_language()
    found = _FORM_STAMP.fullmatch(text)
    if found is not None:
        y, m, d, number = (int(part) for part in found.groups())
        try:
            day = dt.date(y, m, d)
        except ValueError:
            day = None
        if day is not None and 1900 <= y <= 2999:
            return (QCoreApplication.translate("Labels", FORM_VERSION)
                    .replace("%1", i18n_format.format_date(lang, day, "short"))
                    .replace("%2", i18n_format.format_integer(lang, number)))
    return i18n_format.localize_digits(lang, text)


# Units of a size: 1024 of each make the next, as the file managers of all three systems count
# (Windows writes "KB" for them too); Latin letters only in the English source.
SIZE_UNITS = (QT_TRANSLATE_NOOP("Labels", "%1 bytes"), QT_TRANSLATE_NOOP("Labels", "%1 KB"),
              QT_TRANSLATE_NOOP("Labels", "%1 MB"), QT_TRANSLATE_NOOP("Labels", "%1 GB"),
              QT_TRANSLATE_NOOP("Labels", "%1 TB"))


def format_size(lang: str | None, size: int | float) -> str:
    """A size of a file or a backup in the language's digits and words for its unit:
    "696.9 KB", "၆၉၆.၉ KB" or whatever the translation writes; whole bytes below 1 KB."""
    value, unit = float(max(size, 0)), 0
    while value >= 1024 and unit < len(SIZE_UNITS) - 1:
        value /= 1024
        unit += 1
    number = i18n_format.format_number(lang or current_language(), value,
                                       decimals=0 if unit == 0 else 1)
    return QCoreApplication.translate("Labels", SIZE_UNITS[unit]).replace("%1", number)


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


# -- agencies, people and places by name, never by code ---------------------------------------

# Who headquarters' server writes as (`gmsdesk.server.store.SERVER_USER`, `SERVER_DEVICE`): the
# agency profiles it makes, the conflicts it records.
HQ_USER = "headquarters"
HQ_DEVICE = "server"
DEMO_USER_LABEL = QT_TRANSLATE_NOOP("Labels", "demo data")
UNNAMED_USER_LABEL = QT_TRANSLATE_NOOP("Labels", "someone (no name given)")


def headquarters_label() -> str:
    """"Headquarters" in the UI language: who made what headquarters' server wrote."""
    return QCoreApplication.translate("Field", "Headquarters")


def own_agency_label() -> str:
    """What a screen calls the agency of this laptop until it has a name: what was made before
    enrolment (agency code `UNASSIGNED_AGENCY`, "local"), which enrolment gives the agency."""
    return QCoreApplication.translate("NewResponseDialog", "This laptop's agency")


def agency_names(db: Any, lang: str | None = None) -> dict[str, str]:
    """Agency code -> the name a list, a filter or a form shows: each agency's name in the UI
    language (its profile's, as headquarters published it); "This laptop's agency" for what
    this laptop made before enrolment, and for its own agency until headquarters' profile of
    it arrives. Another agency without a profile yet keeps its code (`agency_label`)."""
    names = dict(db.agencies.names(lang or current_language()))
    own = own_agency_label()
    names.setdefault(UNASSIGNED_AGENCY, own)
    # A headquarters laptop's own records are headquarters', said so.
    names.setdefault(str(db.agency_id), headquarters_label() if db.is_hq else own)
    return names


def agency_label(code: str | None, names: Mapping[str, str] | None = None) -> str:
    """An agency by name (`names` from `agency_names`), never "local"."""
    if not code:
        return ""
    if names and names.get(code):
        return names[code]
    return own_agency_label() if code == UNASSIGNED_AGENCY else code


def user_label(user: str | None) -> str:
    """Who made a record or a change, as stored ("Sokha"): the demo and headquarters' server,
    which write under names of their own ("[demo]", "headquarters"), in words."""
    if not user:
        return ""
    if user == DEMO_USER:
        return QCoreApplication.translate("Labels", DEMO_USER_LABEL)
    if user == HQ_USER:
        return headquarters_label()
    if is_system_account(user) or user == _computer_name():
        # Written before the person's name was asked for: a login ("root") or, failing a
        # person's name, this computer's (see storage.db.default_user).
        return QCoreApplication.translate("Labels", UNNAMED_USER_LABEL)
    return user


@cache
def _computer_name() -> str:
    return platform.node().split(".")[0].strip()


@cache
def _province_table() -> dict[str, dict[str, tuple[str, str]]]:
    """Economy code -> {province as stored (its English name): (language, its own name)}, from
    the geography the SME form offers (resources/seed/geography.json)."""
    path = RESOURCES / "seed" / "geography.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    table: dict[str, dict[str, tuple[str, str]]] = {}
    for code, country in (data.items() if isinstance(data, dict) else ()):
        if not isinstance(country, dict):
            continue
        lang = i18n_format.normalize_lang(str(country.get("locale") or ""))
        table[code] = {
            str(p["name_en"]): (lang, str(p["name_local"]))
            for p in country.get("provinces") or () if isinstance(p, dict)
            and p.get("name_en") and p.get("name_local")}
    return table


def province_label(name: str | None, country: str | None = None) -> str:
    """A province as stored (its English name, "Nghe An") in the UI language: in its own
    economy's language when that is the UI's ("Nghệ An" in Vietnamese, "สุพรรณบุรี" in Thai),
    else as stored. `country`: its economy, when known (else any economy's province of that
    name). A province the list does not hold is shown as typed."""
    if not name:
        return ""
    table = _province_table()
    places = [table[country]] if country in table else table.values()
    lang = current_language()
    for provinces in places:
        found = provinces.get(name)
        if found is not None:
            return found[1] if found[0] == lang else name
    return name
