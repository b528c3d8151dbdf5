"""Field kinds of a synced record type: what a value may be, on the wire and in a form.

Each field says once what it holds (text, number, date, code, reference, flag, JSON), its limits
and its label. Two checks read that: `check` is strict and judges a value as it travels (the
server refuses a bad change with the reason, a device keeps a value it cannot store aside);
`coerce` is lenient and reads what a person typed or a file held ("12", "yes", a Thai year),
answering with the message a form shows next to the field. No Qt, no SQL.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import Any

from gmsdesk.i18n import QT_TRANSLATE_NOOP

INT_LIMIT = (1 << 63) - 1  # SQLite's INTEGER; beyond it a value cannot even be stored
DEFAULT_TEXT = 200
# Characters no text field holds: C0 controls but tab and line breaks, and DEL. A NUL in one
# SME once made every XLSX export of the agency fail. Typed and imported text loses them;
# sync refuses a value that has them.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
YES_WORDS = frozenset({"1", "yes", "y", "true", "x", "✓", "có", "ใช่"})

# Messages a form shows next to a field (context "Validation", translated by the UI).
MESSAGES = {
    "required": QT_TRANSLATE_NOOP("Validation", "This cannot be empty."),
    "too_long": QT_TRANSLATE_NOOP("Validation", "This is too long."),
    "number": QT_TRANSLATE_NOOP("Validation", "Enter a whole number, for example 12."),
    "decimal": QT_TRANSLATE_NOOP("Validation", "Enter a number, for example 12.5."),
    "negative": QT_TRANSLATE_NOOP("Validation", "The number cannot be negative."),
    "range": QT_TRANSLATE_NOOP("Validation", "This number is out of range."),
    "date": QT_TRANSLATE_NOOP("Validation", "Enter a date as YYYY-MM-DD, for example 2025-03-14."),
    "code": QT_TRANSLATE_NOOP("Validation", "Choose a value from the list."),
    "pattern": QT_TRANSLATE_NOOP("Validation", "This is not in the expected form."),
}


class Kind(Enum):
    TEXT = "text"
    INTEGER = "integer"
    DECIMAL = "decimal"
    MONEY = "money"
    DATE = "date"
    DATETIME = "datetime"
    CODE = "code"
    REF = "ref"
    BOOL = "bool"
    JSON = "json"


@dataclass(frozen=True)
class Field:
    """One synced field. Build it with the helpers below (`Text`, `Code`, ...)."""

    name: str
    kind: Kind
    label: str = ""  # English, context "Field"; translated by the UI
    required: bool = False
    max_length: int | None = None  # text: characters; JSON: bytes once encoded
    minimum: float | None = None
    maximum: float | None = None
    codes: tuple[str, ...] = ()
    code_labels: Mapping[str, str] = field(default_factory=dict)
    code_context: str = ""  # the translation context of code_labels
    aliases: Mapping[str, str] = field(default_factory=dict)  # older or typed spellings
    to: str = ""  # Ref: the record type referred to
    shape: str = "any"  # JSON: "object", "list" or "any"
    pattern: str = ""  # Text: a regular expression the whole value matches
    message: str = ""  # Text: the message when the pattern does not match
    server_only: bool = False  # written by headquarters alone (a device may not push it)
    default: Any = None  # column value of a record made by sync before this field arrives
    code_set: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "code_set", frozenset(self.codes))

    # -- on the wire ----------------------------------------------------------------------------

    def plainly_valid(self, value: Any) -> bool:
        """True for the everyday good value of the common kinds (text within its length,
        a known code, a 0/1 flag, a whole number in range), decided in a comparison or two:
        sync judges every field of every change. False means "ask `check`", not "bad"."""
        kind = self.kind
        if kind is Kind.TEXT:
            return (type(value) is str and len(value) <= (self.max_length or DEFAULT_TEXT)
                    and not self.required and CONTROL.search(value) is None)
        if kind is Kind.CODE:
            return type(value) is str and value in self.code_set
        if kind is Kind.BOOL:
            return type(value) is int and (value == 0 or value == 1)
        return False

    def normalize(self, value: Any) -> Any:
        """An older spelling of a code made current (what an older release may still send)."""
        if self.kind is Kind.CODE and isinstance(value, str):
            return self.aliases.get(value, value)
        if self.kind is Kind.BOOL and isinstance(value, bool):
            return int(value)
        return value

    def check(self, value: Any) -> str | None:  # noqa: C901 - one flat branch per field kind
        """Why a value (already `normalize`d) may not be stored in this field; None if it may.
        Strict: a number is a number, not text that looks like one."""
        if value is None:
            return "required" if self.required or self.kind is Kind.BOOL else None
        kind = self.kind
        if kind in (Kind.TEXT, Kind.REF, Kind.CODE, Kind.DATE, Kind.DATETIME):
            if not isinstance(value, str):
                return f"expected text, got {type(value).__name__}"
            if self.required and not value.strip():
                return "required"
            if kind is Kind.TEXT:
                if len(value) > (self.max_length or DEFAULT_TEXT):
                    return f"longer than {self.max_length or DEFAULT_TEXT} characters"
                if CONTROL.search(value):
                    return "holds a control character"
            elif kind is Kind.REF:
                if len(value) > 64:
                    return "not a record id"
            elif kind is Kind.CODE:
                if value not in self.code_set:
                    return f"{value[:40]!r} is not one of {', '.join(self.codes)}"
            elif kind is Kind.DATE:
                if value and not _is_date(value):
                    return "not a date (YYYY-MM-DD)"
            elif value and not _is_datetime(value):
                return "not a date and time"
            return None
        if kind is Kind.BOOL:
            return None if value in (0, 1) and not isinstance(value, float) else "expected 0 or 1"
        if kind is Kind.INTEGER:
            if isinstance(value, bool) or not isinstance(value, int):
                return f"expected a whole number, got {type(value).__name__}"
            return self._range(value)
        if kind in (Kind.DECIMAL, Kind.MONEY):
            if isinstance(value, bool) or not isinstance(value, int | float):
                return f"expected a number, got {type(value).__name__}"
            if isinstance(value, float) and not math.isfinite(value):
                return "not a finite number"
            if isinstance(value, int) and abs(value) > INT_LIMIT:
                return "number too large"
            return self._range(value)
        # JSON
        if self.shape == "object" and not isinstance(value, dict):
            return "expected a JSON object"
        if self.shape == "list" and not isinstance(value, list):
            return "expected a JSON list"
        try:  # strict JSON: NaN and Infinity cannot travel
            size = len(json.dumps(value, ensure_ascii=False, allow_nan=False).encode("utf-8"))
        except (TypeError, ValueError):
            return "not JSON (or a number JSON cannot hold)"
        if self.max_length and size > self.max_length:
            return f"larger than {self.max_length} bytes"
        return None

    def _range(self, value: float) -> str | None:
        low = self.minimum if self.minimum is not None else -INT_LIMIT
        high = self.maximum if self.maximum is not None else INT_LIMIT
        if not low <= value <= high:
            return f"{value} is outside {_plain(low)}..{_plain(high)}"
        return None

    # -- in the column --------------------------------------------------------------------------

    def to_column(self, value: Any) -> Any:
        """A value as its column stores it: JSON as one canonical text, flags as 0/1."""
        if value is None:
            return None
        if self.kind is Kind.JSON:
            if self.shape != "any" and isinstance(value, str):
                return value  # already the stored text
            return encode_json(value)
        if self.kind is Kind.BOOL:
            return 1 if value else 0
        return value

    def from_column(self, value: Any) -> Any:
        """A stored value as it travels (JSON text decoded)."""
        if self.kind is Kind.JSON and isinstance(value, str):
            try:
                return json.loads(value)
            except ValueError:
                return value
        return value

    # -- from a person or a file ----------------------------------------------------------------

    def coerce(self, raw: Any) -> tuple[Any, str | None]:  # noqa: C901 - one flat branch per field kind
        """What a person typed, as the stored value, or the message (context "Validation")."""
        kind = self.kind
        if kind is Kind.BOOL:
            if isinstance(raw, str):
                return (1 if raw.strip().casefold() in YES_WORDS else 0), None
            return (1 if raw else 0), None
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None, ((self.message or MESSAGES["required"]) if self.required else None)
        if kind is Kind.INTEGER:
            try:
                number = int(str(raw).strip().replace(",", "").removesuffix(".0"))
            except ValueError:
                return None, MESSAGES["number"]
            if number < 0 and (self.minimum or 0) >= 0:
                return number, MESSAGES["negative"]
            return number, ((self.message or MESSAGES["range"]) if self._range(number)
                            else None)
        if kind in (Kind.DECIMAL, Kind.MONEY):
            try:
                if isinstance(raw, bool):
                    raise ValueError
                amount = float(str(raw).strip().replace(",", "")) if isinstance(raw, str) \
                    else float(raw)
                if not math.isfinite(amount):
                    raise ValueError
            except (TypeError, ValueError):
                return None, self.message or MESSAGES["decimal"]
            return amount, ((self.message or MESSAGES["range"]) if self._range(amount)
                            else None)
        if kind is Kind.DATE:
            if isinstance(raw, datetime):
                return raw.date().isoformat(), None
            if isinstance(raw, date):
                return raw.isoformat(), None
            text = str(raw).strip()
            text = text[:10] if len(text) > 10 and text[10] == "T" else text
            try:
                return date.fromisoformat(text).isoformat(), None
            except ValueError:
                return None, MESSAGES["date"]
        if kind is Kind.JSON:
            return raw, None
        text = CONTROL.sub("", str(raw)).strip()
        if kind is Kind.CODE:
            text = self.aliases.get(text, self.aliases.get(text.casefold(), text))
            if text not in self.codes and text.casefold() in self.codes:
                text = text.casefold()
            return text, (None if text in self.codes else self.message or MESSAGES["code"])
        if kind is Kind.TEXT:
            if len(text) > (self.max_length or DEFAULT_TEXT):
                return text, MESSAGES["too_long"]
            if self.pattern and not re.fullmatch(self.pattern, text):
                return text, self.message or MESSAGES["pattern"]
        return text, None


def _plain(number: float) -> str:
    """A limit as a person reads it: 10000000, not 1e+07."""
    return str(int(number)) if float(number).is_integer() else str(number)


def encode_json(value: Any) -> str:
    """The one JSON text of a value, in columns, the outbox and comparisons."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _is_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


def _is_datetime(text: str) -> bool:
    try:
        datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return _is_date(text)
    return True


# -- the helpers declarations use ---------------------------------------------------------------


def Text(name: str, label: str = "", *, required: bool = False,
         max: int = DEFAULT_TEXT, pattern: str = "", message: str = "",
         default: Any = None, server_only: bool = False) -> Field:
    return Field(name, Kind.TEXT, label, required=required, max_length=max, pattern=pattern,
                 message=message, default=default if default is not None or not required
                 else "", server_only=server_only)


def Integer(name: str, label: str = "", *, min: float | None = None,
            max: float | None = None, required: bool = False, server_only: bool = False,
            message: str = "") -> Field:
    return Field(name, Kind.INTEGER, label, required=required, minimum=min, maximum=max,
                 server_only=server_only, message=message)


def Decimal(name: str, label: str = "", *, min: float | None = None,
            max: float | None = None) -> Field:
    return Field(name, Kind.DECIMAL, label, minimum=min, maximum=max)


def Money(name: str, label: str = "", *, min: float | None = 0,
          message: str = "") -> Field:
    return Field(name, Kind.MONEY, label, minimum=min, message=message)


def Date(name: str, label: str = "", *, required: bool = False,
         message: str = "") -> Field:
    """`message`: what to say when a required date is missing."""
    return Field(name, Kind.DATE, label, required=required, message=message)


def DateTime(name: str, label: str = "") -> Field:
    return Field(name, Kind.DATETIME, label)


def Code(name: str, codes: Mapping[str, str] | tuple[str, ...], label: str = "", *,
         context: str = "", required: bool = False, aliases: Mapping[str, str] | None = None,
         default: Any = None, message: str = "") -> Field:
    """A value from a fixed set; `codes` maps each code to its label (in `context`)."""
    labels = dict(codes) if isinstance(codes, Mapping) else {}
    return Field(name, Kind.CODE, label, required=required, codes=tuple(codes),
                 code_labels=labels, code_context=context, aliases=dict(aliases or {}),
                 default=default, message=message)


def Ref(name: str, to: str, label: str = "", *, required: bool = False) -> Field:
    return Field(name, Kind.REF, label, required=required, to=to,
                 default="" if required else None)


def Bool(name: str, label: str = "", *, server_only: bool = False) -> Field:
    return Field(name, Kind.BOOL, label, default=0, server_only=server_only)


def Json(name: str, label: str = "", *, shape: str = "any",
         max_bytes: int = 1 << 20, default: Any = None, server_only: bool = False) -> Field:
    return Field(name, Kind.JSON, label, shape=shape, max_length=max_bytes, default=default,
                 server_only=server_only)
