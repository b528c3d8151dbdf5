"""Named storage exceptions: what a caller can catch and show to a person.

SQLite errors a person can act on (disk full, busy, read-only, damaged, unreadable disk) are
named here from their result code, in one place (`classify`); any other SQLite error is a bug and
stays as it is.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import ClassVar

from gmsdesk.i18n import QT_TRANSLATE_NOOP


class StorageError(Exception):
    """Base class for problems a user can do something about."""


class SchemaTooNew(StorageError):
    """The database was written by a newer GMS Desk; opening it would risk damaging it."""

    def __init__(self, found: int, known: int) -> None:
        super().__init__(
            f"This database was made by a newer version of GMS Desk (schema {found}; this version "
            f"knows up to {known}). Please update GMS Desk. Nothing in the database was changed."
        )
        self.found = found
        self.known = known


class NotFound(StorageError):
    def __init__(self, table: str, record_id: str) -> None:
        super().__init__(f"No {table} record with id {record_id}")
        self.table = table
        self.record_id = record_id


class ValidationError(StorageError):
    """One message per field, in English; the UI translates them (see gmsdesk.i18n)."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


class ReadOnlyRecord(StorageError):
    """A record headquarters published (or another agency owns): this laptop reads it and
    cannot change it. `message` is marked for translation (context "Errors")."""

    message = QT_TRANSLATE_NOOP("Errors", "Headquarters published this record for every "
                                "agency: it can be read here but not changed.")

    def __init__(self, table: str, record_id: str) -> None:
        super().__init__(self.message)
        self.table = table
        self.record_id = record_id


class DatabaseProblem(StorageError):
    """A SQLite error a person can act on. `message` is fixed English marked for translation
    (context "Errors"): what happened and what to do next; `path` names the database file."""

    message: ClassVar[str]

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = os.fspath(path) if path is not None else None
        super().__init__(self.message + (f"\n{self.path}" if self.path else ""))


class DiskFull(DatabaseProblem):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The disk is full. Free some space, then try again; what you saved before is "
        "safe.")


class DatabaseBusy(DatabaseProblem):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The database is busy: another program, perhaps a second copy of GMS Desk, is "
        "writing to it. Wait a moment, then try again; what you saved before is safe.")


class ReadOnly(DatabaseProblem):
    """Also a database file SQLite cannot open or make (SQLITE_CANTOPEN): GMS Desk makes its
    folder first, so that is a folder or file this user may not write to."""

    message = QT_TRANSLATE_NOOP(
        "Errors", "GMS Desk may not write to its database file or to the folder it is in. Allow "
        "writing there (or ask whoever looks after this computer), then try again; what you "
        "saved before is safe.")


class Corrupt(DatabaseProblem):
    message = QT_TRANSLATE_NOOP(
        "Errors", "This file is damaged or is not a GMS Desk database. Do not delete it: "
        "restore the database from a backup, or ask your support contact for help.")


class DiskError(DatabaseProblem):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The database file could not be read or written (a disk or network error). "
        "Check that the disk or USB drive is still connected, then try again.")


_NAMED: dict[int, type[DatabaseProblem]] = {
    sqlite3.SQLITE_FULL: DiskFull,
    sqlite3.SQLITE_BUSY: DatabaseBusy,
    sqlite3.SQLITE_LOCKED: DatabaseBusy,
    sqlite3.SQLITE_READONLY: ReadOnly,
    sqlite3.SQLITE_CANTOPEN: ReadOnly,
    sqlite3.SQLITE_CORRUPT: Corrupt,
    sqlite3.SQLITE_NOTADB: Corrupt,
    sqlite3.SQLITE_IOERR: DiskError,
}
# Free bytes below which an I/O error is taken for a full disk (see `classify`).
FULL_BELOW = 1 << 20


def _out_of_room(path: str | os.PathLike[str] | None) -> bool:
    """Whether the disk that holds the file `path` has next to no room left."""
    if path is None:
        return False
    try:
        return shutil.disk_usage(os.path.dirname(os.path.abspath(path))).free < FULL_BELOW
    except OSError:
        return False


def classify(exc: sqlite3.Error,
             path: str | os.PathLike[str] | None = None) -> DatabaseProblem | None:
    """The named error for a SQLite error a person can act on, None for a bug.

    By the primary result code (the low byte: SQLITE_READONLY_DIRECTORY is a SQLITE_READONLY).
    Errors the sqlite3 module raises itself (a closed connection) carry no code: bugs.
    SQLite says SQLITE_FULL of a write the disk had no room for, but only "I/O error" when it
    cannot make the shared-memory file beside a database it opens: on a disk with next to
    nothing free, an I/O error is said as the disk being full."""
    code: int | None = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return None
    kind = _NAMED.get(code & 0xFF)
    if kind is DiskError and _out_of_room(path):
        kind = DiskFull
    return kind(path) if kind is not None else None


@contextmanager
def named_errors(path: str | os.PathLike[str] | None = None) -> Iterator[None]:
    """Raise a SQLite error a person can act on as its named error; let any other through."""
    try:
        yield
    except sqlite3.Error as exc:
        problem = classify(exc, path)
        if problem is None:
            raise
        raise problem from exc
