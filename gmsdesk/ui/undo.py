"""Undo for a whole window: one QUndoStack per main window (one queue, as Anki keeps), and a
few generic commands over the record writer that every area pushes to it.

Undo is itself an edit that syncs, never a rollback of history. Commands hold the database
and the change bus, never a widget, so a step outlives the dialog it was made in. Each step
publishes what it changed on the bus, which is how open screens show an undo.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from gmsdesk.storage.db import Database
from gmsdesk.storage.errors import StorageError
from gmsdesk.storage.records import Changes, RecordWriter, TableSpec
from gmsdesk.ui.bus import ChangeBus
from gmsdesk.ui.errors import show_error
from gmsdesk.ui.widgets import short_undo_text


def _spec(db: Database, table: str | TableSpec) -> TableSpec:
    return table if isinstance(table, TableSpec) else db.sync.specs()[table]


class WriteCommand(QUndoCommand):
    """One undoable step: `forward` and `back` are writes returning what they changed. A step
    whose write fails is dropped from the stack and the error reaches the caller."""

    def __init__(self, db: Database, bus: ChangeBus, text: str) -> None:
        super().__init__(text)
        self.db = db
        self.bus = bus

    def forward(self) -> Changes:
        raise NotImplementedError

    def back(self) -> Changes:
        raise NotImplementedError

    def redo(self) -> None:
        self._run(self.forward)

    def undo(self) -> None:
        self._run(self.back)

    def _run(self, write: Callable[[], Changes]) -> None:
        try:
            with self.db.atomic():
                changes = write()
        except BaseException:
            self.setObsolete(True)  # the stack deletes it instead of keeping a step not taken
            raise
        self.bus.publish(changes)


class RecordCommand(WriteCommand):
    """A step on records of one synced table, written through the record writer."""

    def __init__(self, db: Database, bus: ChangeBus, table: str | TableSpec, text: str) -> None:
        super().__init__(db, bus, text)
        self.spec = _spec(db, table)
        self.writer = RecordWriter(db)


class CreateRecord(RecordCommand):
    """Add a record from clean values (the repository's `clean`/`validate_*` first). Undo
    tombstones it, redo brings the same record back."""

    def __init__(self, db: Database, bus: ChangeBus, table: str | TableSpec,
                 values: Mapping[str, Any], text: str) -> None:
        super().__init__(db, bus, table, text)
        self.values = dict(values)
        self.record_id: str | None = None

    def forward(self) -> Changes:
        if self.record_id is None:
            changes = self.writer.insert(self.spec, self.values)
            self.record_id = changes[0].record_id
            return changes
        return self.writer.set_deleted(self.spec, self.record_id, False)

    def back(self) -> Changes:
        assert self.record_id is not None
        return self.writer.set_deleted(self.spec, self.record_id, True)


class EditRecord(RecordCommand):
    """Write `after` into some fields of one record; undo writes `before` back."""

    def __init__(self, db: Database, bus: ChangeBus, table: str | TableSpec, record_id: str,
                 before: Mapping[str, Any], after: Mapping[str, Any], text: str) -> None:
        super().__init__(db, bus, table, text)
        self.record_id = record_id
        self.before = dict(before)
        self.after = dict(after)

    @classmethod
    def of(cls, db: Database, bus: ChangeBus, table: str | TableSpec, record_id: str,
           values: Mapping[str, Any], text: str) -> EditRecord:
        """The edit that makes clean `values` true of the stored record: only the fields that
        differ, and what they hold now. Empty (`after` is {}) when nothing would change."""
        spec = _spec(db, table)
        stored = db.sync.record(spec.name, record_id) or {}
        after = {k: v for k, v in values.items()
                 if k in spec.fields and spec.column(k, v) != spec.column(k, stored.get(k))}
        return cls(db, bus, spec, record_id, {k: stored.get(k) for k in after}, after, text)

    def forward(self) -> Changes:
        return self.writer.update(self.spec, self.record_id, self.after)

    def back(self) -> Changes:
        return self.writer.update(self.spec, self.record_id, self.before)


class DeleteRecords(RecordCommand):
    """Tombstone records, all in one transaction; undo brings them back."""

    deleted = True

    def __init__(self, db: Database, bus: ChangeBus, table: str | TableSpec,
                 record_ids: Iterable[str], text: str) -> None:
        super().__init__(db, bus, table, text)
        self.record_ids = tuple(record_ids)

    def _set(self, deleted: bool) -> Changes:
        return tuple(change for record_id in self.record_ids
                     for change in self.writer.set_deleted(self.spec, record_id, deleted))

    def forward(self) -> Changes:
        return self._set(self.deleted)

    def back(self) -> Changes:
        return self._set(not self.deleted)


class RestoreRecords(DeleteRecords):
    """Bring back deleted records (from a "deleted" list); undo deletes them again."""

    deleted = False


def push(stack: QUndoStack, command: QUndoCommand, parent: QWidget | None) -> bool:
    """Do `command` and keep it for undo. A storage error (a refused value, a full disk) is
    shown over `parent` and nothing is kept; False then."""
    try:
        stack.push(command)
    except StorageError as exc:
        show_error(parent, exc)
        return False
    return True


def undo_actions(stack: QUndoStack, parent: QWidget, *,
                 shortcuts: bool = True) -> tuple[QAction, QAction]:
    """Undo and Redo actions over `stack`, named after the step they take (their buttons say
    just "Undo" and "Redo", the step is in the tooltip: `short_undo_text`). With `shortcuts`
    they answer Ctrl+Z and Ctrl+Shift+Z anywhere in `parent`'s window (the main window, or a
    dialog of its own); without, they are for a toolbar of a window that has them already."""
    undo = stack.createUndoAction(parent, QCoreApplication.translate("Undo", "Undo"))
    undo.setObjectName("action_undo")
    redo = stack.createRedoAction(parent, QCoreApplication.translate("Undo", "Redo"))
    redo.setObjectName("action_redo")
    # A toolbar's buttons say just "Undo" and "Redo"; the step's name is in their tooltip.
    short_undo_text(undo, redo)
    if shortcuts:
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo.setShortcuts(QKeySequence.StandardKey.Redo)
        parent.addAction(undo)
        parent.addAction(redo)
    return undo, redo
