"""How an agency profile's codes read on screen: services, languages, language pairs, fields.

Profiles store codes ("translation", "km-ja") so that every agency's laptop can search them;
people read them in the UI language.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication

from gmsdesk.i18n import QT_TRANSLATE_NOOP
from gmsdesk.records.catalog import AGENCY_PROFILES, SERVICE_TYPES
from gmsdesk.storage.agencies import AgencyProfile
from gmsdesk.ui.labels import country_label

# The languages SMEs of the region ask agencies for, named in the UI language. A code not
# listed here shows as the code itself.
LANGUAGE_NAMES: dict[str, str] = {
    "en": QT_TRANSLATE_NOOP("Network", "English"),
    "km": QT_TRANSLATE_NOOP("Network", "Khmer"),
    "lo": QT_TRANSLATE_NOOP("Network", "Lao"),
    "my": QT_TRANSLATE_NOOP("Network", "Burmese"),
    "th": QT_TRANSLATE_NOOP("Network", "Thai"),
    "vi": QT_TRANSLATE_NOOP("Network", "Vietnamese"),
    "zh": QT_TRANSLATE_NOOP("Network", "Chinese"),
    "zh_CN": QT_TRANSLATE_NOOP("Network", "Chinese"),
    "ja": QT_TRANSLATE_NOOP("Network", "Japanese"),
    "ko": QT_TRANSLATE_NOOP("Network", "Korean"),
    "ms": QT_TRANSLATE_NOOP("Network", "Malay"),
    "id": QT_TRANSLATE_NOOP("Network", "Indonesian"),
    "fr": QT_TRANSLATE_NOOP("Network", "French"),
    "de": QT_TRANSLATE_NOOP("Network", "German"),
    "ru": QT_TRANSLATE_NOOP("Network", "Russian"),
    "es": QT_TRANSLATE_NOOP("Network", "Spanish"),
    "hi": QT_TRANSLATE_NOOP("Network", "Hindi"),
    "ar": QT_TRANSLATE_NOOP("Network", "Arabic"),
}
PAIR_ARROW = " → "  # U+2192: the bundled symbols font draws it in every UI language


def service_label(code: str) -> str:
    return QCoreApplication.translate("Training", SERVICE_TYPES.get(code, code))


def language_label(code: str) -> str:
    name = LANGUAGE_NAMES.get(code)
    return QCoreApplication.translate("Network", name) if name else code


def pair_label(pair: str) -> str:
    """"km-ja" as "Khmer → Japanese"; anything else as it is."""
    source, dash, target = pair.partition("-")
    if not dash:
        return pair
    return language_label(source) + PAIR_ARROW + language_label(target)


def field_label(name: str) -> str:
    """An agency profile field as its declaration labels it."""
    spec = AGENCY_PROFILES.by_name.get(name)
    return QCoreApplication.translate("Field", spec.label) if spec is not None else name


def joined(parts: Iterable[str]) -> str:
    return QCoreApplication.translate("Network", ", ").join(p for p in parts if p)


def service_types(profile: AgencyProfile) -> list[str]:
    """The kinds of service offered, each once, in the order the agency lists them."""
    seen: list[str] = []
    for service in profile.services:
        code = str(service.get("type") or "")
        if code and code not in seen:
            seen.append(code)
    return seen


def service_pairs(service: dict[str, Any]) -> list[str]:
    pairs = service.get("languages")
    return [str(p) for p in pairs] if isinstance(pairs, list) else []


def shown_text(profile: AgencyProfile) -> str:
    """Everything the screen writes of a profile in the UI language, for the search: a person
    who reads "Japanese" there finds the agency by typing it."""
    parts = [country_label(profile.country)]
    parts += [service_label(code) for code in service_types(profile)]
    parts += [language_label(code) for code in profile.languages]
    for service in profile.services:
        for pair in service_pairs(service):
            source, _, target = pair.partition("-")
            parts += [language_label(source), language_label(target)]
    return " ".join(parts)
