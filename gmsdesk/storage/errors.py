"""Named storage exceptions: what a caller can catch and show to a person."""

from __future__ import annotations


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
