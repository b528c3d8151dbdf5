"""Translated labels for fields, sectors, countries, genders and ICT levels, in one place."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from gmsdesk.i18n import QT_TRANSLATE_NOOP
from gmsdesk.paths import RESOURCES
from gmsdesk.storage.smes import ICT_LEVELS

FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("Field", "Business name"),
    "name_local": QT_TRANSLATE_NOOP("Field", "Name in local script"),
    "registration_no": QT_TRANSLATE_NOOP("Field", "Registration number"),
    "sector": QT_TRANSLATE_NOOP("Field", "Sector"),
    "country": QT_TRANSLATE_NOOP("Field", "Economy"),
    "province": QT_TRANSLATE_NOOP("Field", "Province"),
    "district": QT_TRANSLATE_NOOP("Field", "District"),
    "address": QT_TRANSLATE_NOOP("Field", "Address"),
    "phone": QT_TRANSLATE_NOOP("Field", "Phone"),
    "email": QT_TRANSLATE_NOOP("Field", "E-mail"),
    "website": QT_TRANSLATE_NOOP("Field", "Website"),
    "contact_name": QT_TRANSLATE_NOOP("Field", "Owner or contact person"),
    "contact_gender": QT_TRANSLATE_NOOP("Field", "Gender of contact"),
    "employees_total": QT_TRANSLATE_NOOP("Field", "Employees"),
    "employees_female": QT_TRANSLATE_NOOP("Field", "Female employees"),
    "year_founded": QT_TRANSLATE_NOOP("Field", "Year founded"),
    "uses_fax": QT_TRANSLATE_NOOP("Field", "Fax"),
    "uses_fixed_phone": QT_TRANSLATE_NOOP("Field", "Fixed-line phone"),
    "uses_mobile": QT_TRANSLATE_NOOP("Field", "Mobile phone"),
    "uses_email": QT_TRANSLATE_NOOP("Field", "E-mail"),
    "uses_website": QT_TRANSLATE_NOOP("Field", "Own website"),
    "uses_social_media": QT_TRANSLATE_NOOP("Field", "Social media"),
    "uses_emarketplace": QT_TRANSLATE_NOOP("Field", "E-marketplace"),
    "uses_online_payment": QT_TRANSLATE_NOOP("Field", "Online payment"),
    "notes": QT_TRANSLATE_NOOP("Field", "Notes"),
    "ict_level": QT_TRANSLATE_NOOP("Field", "ICT level"),
    "updated_at": QT_TRANSLATE_NOOP("Field", "Last changed"),
    "id": QT_TRANSLATE_NOOP("Field", "Record id"),
    "updated_by": QT_TRANSLATE_NOOP("Field", "Changed by"),
}
COUNTRY_LABELS = {
    "KH": QT_TRANSLATE_NOOP("Country", "Cambodia"),
    "LA": QT_TRANSLATE_NOOP("Country", "Lao PDR"),
    "MM": QT_TRANSLATE_NOOP("Country", "Myanmar"),
    "TH": QT_TRANSLATE_NOOP("Country", "Thailand"),
    "VN": QT_TRANSLATE_NOOP("Country", "Viet Nam"),
    "YN": QT_TRANSLATE_NOOP("Country", "Yunnan (China)"),
}
GENDER_LABELS = {
    "female": QT_TRANSLATE_NOOP("Gender", "Female"),
    "male": QT_TRANSLATE_NOOP("Gender", "Male"),
    "other": QT_TRANSLATE_NOOP("Gender", "Other"),
}


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
