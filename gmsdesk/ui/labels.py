"""Translated labels for fields, sectors, countries, genders and ICT levels, in one place."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

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
