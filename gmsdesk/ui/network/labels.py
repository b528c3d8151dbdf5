"""How an agency profile's codes read on screen: services, languages, language pairs, fees,
fields.

Profiles store codes ("translation", "km-ja") so that every agency's laptop can search them;
people read them in the UI language: languages by their names from the Unicode locale data
(`gmsdesk.countries`), fees as every list writes money (`labels.money_text`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from gmsdesk import money
from gmsdesk.records.catalog import AGENCY_PROFILES, SERVICE_TYPES
from gmsdesk.storage.agencies import AgencyProfile
from gmsdesk.ui.labels import country_label, current_language, language_name, money_text
from gmsdesk.ui.pickers import PAIR_ARROW, pair_text

__all__ = ["PAIR_ARROW", "fee_editor_text", "fee_stored", "fee_text", "field_label", "joined",
           "language_label", "pair_label", "service_label", "service_pairs", "service_types",
           "shown_text"]

# An amount at the start of a fee, the rest words: "15 per page", "1.500.000 / ngày".
_LEADING_AMOUNT = re.compile(r"\s*(-?\d[\d.,\s\u00a0\u202f]*\d|\d)\s*(.*)", re.DOTALL)


def service_label(code: str) -> str:
    return QCoreApplication.translate("Training", SERVICE_TYPES.get(code, code))


def language_label(code: str) -> str:
    """A language by its name in the UI language ("ja" -> "Japanese"); unknown as stored."""
    return language_name(code)


def pair_label(pair: str) -> str:
    """"km-ja" as "Khmer → Japanese"; anything else as it is."""
    return pair_text(pair)


def _amount_of(text: str, currency: str | None) -> tuple[float, str] | None:
    """(amount, words after it) of a fee that is or begins with an amount; None for a fee in
    words ("free", "on request")."""
    found = _LEADING_AMOUNT.fullmatch(text)
    words = found.group(2).strip() if found is not None else ""
    if found is not None and words and words.upper() != (currency or "").upper():
        # Words after the amount ("per page"); a range or a second number stays as typed.
        if not (words[:1].isalpha() or words[:1] in "/("):
            return None
        try:
            amount = money.parse_money(found.group(1), currency or None)
        except ValueError:
            return None
        return (amount, words) if amount is not None else None
    try:  # the amount alone, perhaps with its currency's code or symbol ("USD 250")
        amount = money.parse_money(text, currency or None)
    except ValueError:
        return None
    return (amount, "") if amount is not None else None


def fee_text(fee: Any, currency: Any) -> str:
    """A service's indicative fee as every list writes money ("15.00 USD per page",
    "1.500.000 VND" in Vietnamese, Burmese digits in Burmese); a fee in words as typed."""
    text = str(fee or "").strip()
    code = str(currency or "").strip().upper()
    found = _amount_of(text, code)
    if found is None:
        return text
    amount, words = found
    shown = money_text(amount, code or None)
    return f"{shown} {words}" if words else shown


def fee_editor_text(fee: Any, currency: Any) -> str:
    """The fee as its editor shows it: the amount in the UI language's separators, any words
    after it as typed."""
    text = str(fee or "").strip()
    code = str(currency or "").strip().upper() or None
    found = _amount_of(text, code)
    if found is None:
        return text
    amount, words = found
    shown = money.format_amount(amount, code, current_language())
    return f"{shown} {words}" if words else shown


def fee_stored(text: str, currency: Any) -> str:
    """What a fee typed in any language's separators is stored as: its amount written plainly
    ("1500000", "15.5"), so every laptop reads it in its own language; words kept as typed."""
    text = text.strip()
    code = str(currency or "").strip().upper() or None
    found = _amount_of(text, code)
    if found is None:
        return text
    amount, words = found
    plain = format(Decimal(str(amount)).normalize(), "f")
    return f"{plain} {words}" if words else plain


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
