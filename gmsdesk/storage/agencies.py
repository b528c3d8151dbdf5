"""Agency profiles: the support network, as headquarters publishes it to every agency.

The server makes a profile when an agency is added (its id is `derived_id("agency", code)`);
headquarters completes it on a headquarters laptop, and every laptop reads it. Lists on a
headquarters laptop name each record's agency from here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from gmsdesk.i18n import QT_TRANSLATE_NOOP
from gmsdesk.records.catalog import AGENCY_PROFILES, CURRENCY
from gmsdesk.storage.errors import ValidationError
from gmsdesk.storage.ids import derived_id
from gmsdesk.storage.records import Changes, RecordWriter, TableSpec
from gmsdesk.text import fold

if TYPE_CHECKING:
    from gmsdesk.storage.db import Database

SPEC = TableSpec(AGENCY_PROFILES)

# A language as the programme writes it ("km", "ja", "zh_CN"), and a pair for translation from
# one language into another ("km-ja"). The declaration only checks that these are JSON lists;
# a referral finds an agency by these codes, so a typo would hide the agency.
LANGUAGE_CODE = r"[a-z]{2,3}(?:_[A-Z]{2})?"
_LANGUAGE = re.compile(LANGUAGE_CODE)
_PAIR = re.compile(f"{LANGUAGE_CODE}-{LANGUAGE_CODE}")
_CURRENCY = re.compile(CURRENCY)
MSG_LANGUAGES = QT_TRANSLATE_NOOP(
    "Validation", "Write languages as codes separated by commas, for example km, en, ja.")
MSG_PAIRS = QT_TRANSLATE_NOOP(
    "Validation", "Write each language pair as two codes joined by a dash, for example km-ja.")
MSG_CURRENCY = QT_TRANSLATE_NOOP(
    "Validation", "Write each currency as three capital letters, for example USD.")


@dataclass(frozen=True)
class AgencyProfile:
    id: str
    agency: str  # the code headquarters gave the agency ("kh-sr")
    name: str
    names: dict[str, str] = field(default_factory=dict)  # by language code
    hq: bool = False
    country: str | None = None
    provinces: list[str] = field(default_factory=list)
    address: str = ""
    contact_name: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    languages: list[str] = field(default_factory=list)
    # [{"type": "translation", "fee": "50", "currency": "USD", "languages": ["km-ja"]}]
    services: list[dict[str, Any]] = field(default_factory=list)
    notes: str = ""
    editable: bool = False  # this laptop may change it (headquarters, or made here)

    def display_name(self, lang: str = "en") -> str:
        """The name in `lang` when headquarters gave one, else the name."""
        code = lang.split("_")[0].split("-")[0]
        return self.names.get(lang) or self.names.get(code) or self.name or self.agency


def profile_id(agency: str) -> str:
    return derived_id("agency", agency)


def _json(raw: str | None, empty: Any) -> Any:
    try:
        value = json.loads(raw) if raw else empty
    except ValueError:
        return empty
    return value if isinstance(value, type(empty)) else empty


class AgencyRepository:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.writer = RecordWriter(db)

    def specs(self) -> dict[str, TableSpec]:
        return {SPEC.name: SPEC}

    def _profile(self, row: Any) -> AgencyProfile:
        return AgencyProfile(
            row["id"], row["agency"], row["name"], _json(row["names"], {}), bool(row["hq"]),
            row["country"], _json(row["provinces"], []), row["address"] or "",
            row["contact_name"] or "", row["phone"] or "", row["email"] or "",
            row["website"] or "", _json(row["languages"], []), _json(row["services"], []),
            row["notes"] or "", self.db.may_write(row["agency_id"]))

    def profiles(self, search: str = "",
                 shown: Callable[[AgencyProfile], str] | None = None) -> list[AgencyProfile]:
        """Every agency of the network, by name; `search` matches any word of the name, names
        in other languages, provinces, languages, services and their language pairs. `shown`
        gives the text a screen shows of a profile (service and language names in the UI
        language), so what a person reads there finds the agency too."""
        rows = self.db.conn.execute(
            "SELECT * FROM agency_profiles WHERE deleted = 0 ORDER BY hq DESC, name").fetchall()
        found = [self._profile(r) for r in rows]
        words = fold(search).split()
        if not words:
            return found
        out = []
        for profile in found:
            haystack = _haystack(profile)
            if shown is not None:
                haystack += " " + fold(shown(profile))
            if all(w in haystack for w in words):
                out.append(profile)
        return out

    def get(self, record_id: str) -> AgencyProfile | None:
        row = self.db.conn.execute("SELECT * FROM agency_profiles WHERE id = ?",
                                   (record_id,)).fetchone()
        return self._profile(row) if row is not None else None

    def names(self, lang: str = "en") -> dict[str, str]:
        """Agency code -> its name in `lang` (for Agency columns and filters). Agencies with
        no profile yet are named by their code by the caller."""
        return {p.agency: p.display_name(lang) for p in self.profiles()}

    def codes_in_use(self, table: str) -> list[str]:
        """The agencies that own records of `table` on this laptop (a filter's choices)."""
        if table not in self.db.registry:
            raise ValueError(table)
        return [r[0] for r in self.db.conn.execute(
            f"SELECT DISTINCT agency_id FROM {table} ORDER BY agency_id")]

    def validate(self, values: Mapping[str, Any]) -> dict[str, str]:
        """A message per field that is wrong (English, context "Validation"); only the fields
        given are checked."""
        return self._clean(values)[1]

    def clean(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """The given fields as stored values (what an undoable edit writes), or
        `ValidationError`."""
        out, errors = self._clean(values)
        if errors:
            raise ValidationError(errors)
        return out

    def _clean(self, values: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
        names = tuple(n for n in AGENCY_PROFILES.names if n in values)
        out, errors = AGENCY_PROFILES.clean(values, names=names)
        for name, message in _code_problems(out).items():
            errors.setdefault(name, message)
        return out, errors

    def save(self, record_id: str | None, values: dict[str, Any]) -> Changes:
        """Create (no id) or change a profile; `ValidationError` for values that are wrong,
        `ReadOnlyRecord` on a laptop that may not change it."""
        out = self.clean(values)
        if record_id is None:
            agency = str(out.get("agency") or "")
            return self.writer.insert(SPEC, out, record_id=profile_id(agency) if agency
                                      else None)
        return self.writer.update(SPEC, record_id, out)


def _code_problems(values: Mapping[str, Any]) -> dict[str, str]:
    """Languages, language pairs and currencies that are not written as codes."""
    errors: dict[str, str] = {}
    languages = values.get("languages")
    if isinstance(languages, list) and not all(
            isinstance(code, str) and _LANGUAGE.fullmatch(code) for code in languages):
        errors["languages"] = MSG_LANGUAGES
    services = values.get("services")
    for service in services if isinstance(services, list) else ():
        if not isinstance(service, dict):
            continue  # the declaration's own check names this one
        pairs = service.get("languages") or []
        if not isinstance(pairs, list) or not all(
                isinstance(pair, str) and _PAIR.fullmatch(pair) for pair in pairs):
            errors.setdefault("services", MSG_PAIRS)
        currency = service.get("currency")
        if currency not in (None, "") and not (isinstance(currency, str)
                                               and _CURRENCY.fullmatch(currency)):
            errors.setdefault("services", MSG_CURRENCY)
    return errors


def _haystack(profile: AgencyProfile) -> str:
    parts: list[str] = [profile.name, profile.agency, *profile.names.values(),
                        *profile.provinces, *profile.languages, profile.country or "",
                        profile.contact_name, profile.address]
    for service in profile.services:
        parts.append(str(service.get("type", "")))
        parts.extend(str(x) for x in service.get("languages") or [])
    return fold(" ".join(parts))
