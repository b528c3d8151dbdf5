"""A synced record type and the registry that holds them all (no Qt, no SQL)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from gmsdesk.records.fields import Bool, Field, Kind

# Bookkeeping columns every synced table has (see storage migrations' SYNC_COLUMNS).
SYNC_COLUMNS = ("id", "agency_id", "created_at", "created_by", "updated_at", "updated_by",
                "deleted", "hlc_created", "hlc")
DELETED = Bool("deleted")


class Rule(Enum):
    """How a record type merges (SYNC.md)."""

    LWW = "lww"  # field-level last writer wins, with a conflict record when concurrent
    FORWARD = "forward"  # a status that only moves forward unless an admin reverts it
    APPEND = "append"  # written once; corrections are new records that supersede


class Problem(Exception):
    """A value that cannot be stored in a field, with the reason (English, for logs and the
    Sync area)."""

    def __init__(self, table: str, name: str, reason: str) -> None:
        super().__init__(f"{table}.{name}: {reason}")
        self.table = table
        self.name = name
        self.reason = reason


@dataclass(frozen=True)
class RecordType:
    """One synced record type: its table, merge rule and fields, declared once."""

    table: str
    rule: Rule
    title: str  # English, context "Records"
    fields: tuple[Field, ...]
    # Columns kept only on the device (search keys, generated values): never synced.
    local: tuple[str, ...] = ()
    # How one record reads in a line: the field names whose values describe it.
    summary: tuple[str, ...] = ()
    # Rules across fields (female employees <= employees); field rules live on the fields.
    cross_checks: tuple[Callable[[Mapping[str, Any]], dict[str, str]], ...] = ()
    # Headquarters' records of this type reach every agency, read-only there (an agency's
    # own stay inside the agency): forms, modules, sectors, targets, agency profiles.
    published: bool = False
    by_name: Mapping[str, Field] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_name", {f.name: f for f in (*self.fields, DELETED)})

    @property
    def names(self) -> tuple[str, ...]:
        """The synced fields' names, in declaration order (without `deleted`)."""
        return tuple(f.name for f in self.fields)

    @property
    def json_fields(self) -> frozenset[str]:
        return frozenset(f.name for f in self.fields if f.kind is Kind.JSON)

    def field(self, name: str) -> Field:
        return self.by_name[name]

    def refs(self) -> Iterator[Field]:
        return (f for f in self.fields if f.kind is Kind.REF)

    def columns(self) -> tuple[str, ...]:
        """Every column its table has: bookkeeping, synced fields, local columns."""
        return (*SYNC_COLUMNS, *self.names, *self.local)

    def check_change(self, name: str, value: Any, *, from_device: bool = True) -> Any:
        """A field change as it arrives: the value to store (older code spellings made
        current), or `Problem`. `from_device`: pushed by a laptop (not headquarters' own)."""
        spec = self.by_name.get(name)
        if spec is None:
            raise Problem(self.table, name, "unknown field")
        if from_device and spec.server_only:
            raise Problem(self.table, name, "only headquarters writes this field")
        if spec.plainly_valid(value):
            return value
        value = spec.normalize(value)
        reason = spec.check(value)
        if reason is not None:
            raise Problem(self.table, name, reason)
        return value

    def clean(self, values: Mapping[str, Any], names: Iterable[str] | None = None
              ) -> tuple[dict[str, Any], dict[str, str]]:
        """What a person typed, as stored values, and a message per field that is wrong
        (context "Validation"). Only the given fields (or `names`) are read; rules across
        fields run on what came out."""
        out: dict[str, Any] = {}
        errors: dict[str, str] = {}
        for name in (names if names is not None else self.names):
            if name not in values:
                continue
            value, message = self.by_name[name].coerce(values[name])
            out[name] = value
            if message:
                errors[name] = message
        for check in self.cross_checks:
            for name, message in check(out).items():
                errors.setdefault(name, message)
        return out, errors

    def describe(self, row: Mapping[str, Any], fmt: Callable[[Field, Any], str]) -> str:
        """One record in a line, values formatted by the caller (labels, dates, names)."""
        parts = [fmt(self.by_name[name], row.get(name)) for name in self.summary
                 if row.get(name) not in (None, "")]
        return ", ".join(p for p in parts if p)


class Registry:
    """Every synced record type, in dependency order (a type after those it refers to)."""

    def __init__(self, types: Iterable[RecordType]) -> None:
        self.types: tuple[RecordType, ...] = tuple(types)
        self.by_table: dict[str, RecordType] = {t.table: t for t in self.types}
        if len(self.by_table) != len(self.types):
            raise ValueError("two record types share a table")
        seen: set[str] = set()
        for record_type in self.types:
            for ref in record_type.refs():
                if ref.to not in seen and ref.to != record_type.table:
                    raise ValueError(f"{record_type.table}.{ref.name} refers to {ref.to}, "
                                     "which is not declared before it")
            seen.add(record_type.table)

    def __iter__(self) -> Iterator[RecordType]:
        return iter(self.types)

    def __contains__(self, table: object) -> bool:
        return table in self.by_table

    def __getitem__(self, table: str) -> RecordType:
        return self.by_table[table]

    def get(self, table: str) -> RecordType | None:
        return self.by_table.get(table)

    def rules(self) -> dict[str, str]:
        return {t.table: t.rule.value for t in self.types}

    def published(self) -> frozenset[str]:
        """The tables whose headquarters records every agency receives."""
        return frozenset(t.table for t in self.types if t.published)

    def with_type(self, record_type: RecordType) -> Registry:
        """This registry with one more type (last), or one replaced in its place: what a
        newer release knows."""
        if record_type.table in self.by_table:
            return Registry([record_type if t.table == record_type.table else t
                             for t in self.types])
        return Registry([*self.types, record_type])
