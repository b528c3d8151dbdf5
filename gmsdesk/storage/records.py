"""The one write path for records that sync.

Every insert, edit, delete and undelete of a synced table goes through `RecordWriter`, which in
the same transaction stamps the row, records per-field clocks and appends the field-level change
to the outbox. Nothing else in the code base writes those tables, so no edit can escape sync.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from gmsdesk.records import Kind, RecordType, encode_json
from gmsdesk.storage.errors import NotFound, ReadOnlyRecord
from gmsdesk.storage.ids import uuid7

if TYPE_CHECKING:
    from gmsdesk.storage.db import Database


@dataclass(frozen=True)
class Change:
    """What one write changed: the UI refreshes only what a change names."""

    table: str
    record_id: str
    op: str  # insert | update | delete | undelete
    fields: tuple[str, ...] = ()


Changes = tuple[Change, ...]
"""What every storage write returns: what it changed, in order; empty when nothing did. A
write that creates a record names it first (`changes[0].record_id`)."""


@dataclass(frozen=True)
class TableSpec:
    """A synced table as storage writes it: its declaration (`gmsdesk.records`) and how to
    compute its local-only derived columns."""

    record: RecordType
    derive: Callable[[Mapping[str, Any]], dict[str, Any]] | None = field(default=None)

    @property
    def name(self) -> str:
        return self.record.table

    @cached_property
    def fields(self) -> tuple[str, ...]:
        return self.record.names

    @cached_property
    def converted(self) -> frozenset[str]:
        """The fields whose column and wire values may differ from what a caller passed
        (flags, sent as stored; JSON); every other field is stored and sent as it is."""
        return frozenset(f.name for f in self.record.fields if f.kind in (Kind.BOOL, Kind.JSON))

    def column(self, name: str, value: Any) -> Any:
        """A field's value as stored in its column (JSON as its one canonical text)."""
        spec = self.record.by_name.get(name)
        return spec.to_column(value) if spec is not None else value

    def wire(self, name: str, value: Any) -> Any:
        """A field's value as it travels, from what a caller passed: JSON passed as its
        stored text is decoded, a flag is 0/1; anything else travels as it is."""
        spec = self.record.by_name.get(name)
        if spec is None or value is None:
            return value
        if spec.kind is Kind.JSON and isinstance(value, str) and spec.shape != "any":
            return spec.from_column(value)
        return spec.to_column(value) if spec.kind is Kind.BOOL else value


def _dumps(values: Mapping[str, Any]) -> str:
    return encode_json(values)


_OUTBOX_INSERT = ("INSERT INTO outbox(tbl, row_id, op, fields, hlc, device_id, user, at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
# A multi-row INSERT (see `RecordWriter._insert_rows`): at most this many rows and bound values
# (SQLite's default limit; a build may allow fewer).
_MAX_ROWS = 512
_MAX_PARAMS = 32_766


class RecordWriter:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._nullable: dict[str, frozenset[str]] = {}

    def _outbox(self, spec: TableSpec, record_id: str, op: str, values: Mapping[str, Any],
                hlc: int, at: str) -> None:
        self.db.conn.execute(
            _OUTBOX_INSERT,
            (spec.name, record_id, op, _dumps(values), hlc, self.db.device_id, self.db.user, at),
        )

    def _stamp_fields(self, spec: TableSpec, record_id: str, names: list[str], hlc: int) -> None:
        self.db.conn.executemany(
            "INSERT INTO field_clocks(tbl, row_id, field, hlc, device_id) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(tbl, row_id, field) DO UPDATE SET hlc = excluded.hlc, "
            "device_id = excluded.device_id",
            [(spec.name, record_id, name, hlc, self.db.device_id) for name in names],
        )

    def get_row(self, spec: TableSpec, record_id: str) -> dict[str, Any]:
        row = self.db.conn.execute(
            f"SELECT * FROM {spec.name} WHERE id = ?", (record_id,)
        ).fetchone()
        if row is None:
            raise NotFound(spec.name, record_id)
        return dict(row)

    def writable_row(self, spec: TableSpec, record_id: str) -> dict[str, Any]:
        """The row, if this laptop may change it (`ReadOnlyRecord` if not: headquarters
        published it, or it is another agency's)."""
        row = self.get_row(spec, record_id)
        self._may_write(spec, record_id, row)
        return row

    def _may_write(self, spec: TableSpec, record_id: str, row: Mapping[str, Any]) -> None:
        if not self.db.may_write(row["agency_id"]):
            raise ReadOnlyRecord(spec.name, record_id)

    def insert(self, spec: TableSpec, values: Mapping[str, Any],
               record_id: str | None = None) -> Changes:
        """A new record; `record_id` for a derived id (see ids.derived_id), else a UUIDv7."""
        return self.insert_many(spec, [values], [record_id])

    def insert_many(self, spec: TableSpec, many: Sequence[Mapping[str, Any]],
                    record_ids: Sequence[str | None] | None = None) -> Changes:
        """New records of one type, in one transaction and a few statements (an import adds
        thousands): each with its own clock, outbox entry and history, as `insert` makes one.
        `record_ids`: derived ids where given (see ids.derived_id), else UUIDv7s."""
        from gmsdesk.storage.db import utc_now

        if not many:
            return ()
        ids = [i or uuid7() for i in (record_ids or [None] * len(many))]
        changes: list[Change] = []
        names, converted, json_names = spec.fields, spec.converted, spec.record.json_fields
        nullable = self._nullable_columns(spec.name)
        with self.db.atomic():
            clocks = self.db.ticks(len(many))
            now = utc_now()
            agency, user, device = self.db.agency_id, self.db.user, self.db.device_id
            by_columns: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
            outbox: list[tuple[Any, ...]] = []
            written: list[tuple[str, dict[str, Any], int]] = []
            sorted_names: dict[tuple[str, ...], tuple[str, ...]] = {}
            for values, record_id, hlc in zip(many, ids, clocks, strict=True):
                data = {name: v for name in names if (v := values.get(name)) is not None}
                stored = dict(data)
                sent = dict(data)
                for k in converted.intersection(data):
                    stored[k] = spec.column(k, data[k])
                    sent[k] = spec.wire(k, data[k]) if k in json_names else stored[k]
                # A field left out is NULL where that is what leaving it out stores: rows that
                # leave out different ones still share one statement.
                row: dict[str, Any] = {name: stored.get(name) for name in names
                                       if name in stored or name in nullable}
                row.update(
                    id=record_id, agency_id=agency, created_at=now, created_by=user,
                    updated_at=now, updated_by=user, deleted=0, hlc_created=hlc, hlc=hlc,
                )
                if spec.derive:
                    row.update(spec.derive(row))
                by_columns.setdefault(tuple(row), []).append(tuple(row.values()))
                sent["agency_id"] = agency
                outbox.append((spec.name, record_id, "insert", _dumps(sent), hlc, device, user,
                               now))
                written.append((record_id, stored, hlc))
                given = tuple(data)  # in declaration order: rows with one set share one key
                if given not in sorted_names:
                    sorted_names[given] = tuple(sorted(given))
                changes.append(Change(spec.name, record_id, "insert", sorted_names[given]))
            for columns, rows in by_columns.items():
                self._insert_rows(spec.name, columns, rows)
            self.db.conn.executemany(_OUTBOX_INSERT, outbox)
            for record_id, stored, hlc in written:  # the history reads the records made
                self.db.ict_history.note_local(spec.name, record_id, stored, hlc, created=True)
        return tuple(changes)

    def _nullable_columns(self, table: str) -> frozenset[str]:
        """The columns of `table` that a NULL fills as leaving them out does (nullable, no
        default)."""
        found = self._nullable.get(table)
        if found is None:
            info = self.db.conn.execute(f"PRAGMA table_info({table})").fetchall()
            # cid, name, type, notnull, dflt_value, pk
            found = frozenset(r[1] for r in info if not r[3] and r[4] is None and not r[5])
            self._nullable[table] = found
        return found

    def _insert_rows(self, table: str, columns: tuple[str, ...],
                     rows: Sequence[tuple[Any, ...]]) -> None:
        """Rows of the same columns, many to a statement. Not one statement per row: at each
        statement on a table with a full-text index (a savepoint) the index writes out the rows
        it holds, and a segment per row, merged later, makes the index cost three times as
        much. Statements of 2**k rows, so that few are prepared and kept."""
        limit = min(self.db.conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER), _MAX_PARAMS)
        size = _MAX_ROWS
        while size > 1 and size * len(columns) > limit:
            size //= 2
        one = "(" + ", ".join("?" * len(columns)) + ")"
        head = f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
        start = 0
        while start < len(rows):
            while size > len(rows) - start:
                size //= 2
            self.db.conn.execute(head + ", ".join([one] * size),
                                 [value for row in rows[start:start + size] for value in row])
            start += size

    def update(self, spec: TableSpec, record_id: str, changes: Mapping[str, Any]) -> Changes:
        """Write only the fields whose value differs; nothing when none does."""
        from gmsdesk.storage.db import utc_now

        with self.db.atomic():
            current = self.get_row(spec, record_id)
            diff = {k: v for k, v in changes.items()
                    if k in spec.fields and current.get(k) != spec.column(k, v)}
            if not diff:  # changing nothing is no write, even of a record read-only here
                return ()
            self._may_write(spec, record_id, current)
            hlc = self.db.tick()
            now = utc_now()
            sets: dict[str, Any] = {k: spec.column(k, v) for k, v in diff.items()}
            sets.update(updated_at=now, updated_by=self.db.user, hlc=hlc)
            if spec.derive:
                sets.update(spec.derive({**current, **sets}))
            assignments = ", ".join(f"{k} = ?" for k in sets)
            self.db.conn.execute(
                f"UPDATE {spec.name} SET {assignments} WHERE id = ?", (*sets.values(), record_id)
            )
            self._stamp_fields(spec, record_id, sorted(diff), hlc)
            self._outbox(spec, record_id, "update",
                         {k: spec.wire(k, v) for k, v in diff.items()}, hlc, now)
            self.db.ict_history.note_local(spec.name, record_id, {k: sets[k] for k in diff},
                                           hlc)
        return (Change(spec.name, record_id, "update", tuple(sorted(diff))),)

    def set_deleted(self, spec: TableSpec, record_id: str, deleted: bool) -> Changes:
        """Tombstone (or bring back) a record; the tombstone has its own clock like any field."""
        from gmsdesk.storage.db import utc_now

        with self.db.atomic():
            current = self.get_row(spec, record_id)
            if bool(current["deleted"]) == deleted:
                return ()
            self._may_write(spec, record_id, current)
            hlc = self.db.tick()
            now = utc_now()
            self.db.conn.execute(
                f"UPDATE {spec.name} SET deleted = ?, updated_at = ?, updated_by = ?, hlc = ? "
                "WHERE id = ?",
                (int(deleted), now, self.db.user, hlc, record_id),
            )
            self._stamp_fields(spec, record_id, ["deleted"], hlc)
            op = "delete" if deleted else "undelete"
            self._outbox(spec, record_id, op, {"deleted": int(deleted)}, hlc, now)
            self.db.ict_history.note_local(spec.name, record_id, {"deleted": int(deleted)}, hlc)
        return (Change(spec.name, record_id, op, ("deleted",)),)

    def field_clock(self, spec: TableSpec, record_id: str, name: str) -> int:
        """The clock of one field: its own stamp if edited since creation, else the creation's."""
        row = self.db.conn.execute(
            "SELECT coalesce((SELECT hlc FROM field_clocks WHERE tbl = ? AND row_id = ? "
            f"AND field = ?), hlc_created) FROM {spec.name} WHERE id = ?",
            (spec.name, record_id, name, record_id),
        ).fetchone()
        if row is None:
            raise NotFound(spec.name, record_id)
        return int(row[0])
