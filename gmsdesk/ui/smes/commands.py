"""Undoable SME actions. Undo is itself an edit (it syncs), never a rollback of history."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from gmsdesk.storage.db import Database
from gmsdesk.storage.records import Change

Publish = Callable[[list[Change | None]], None]


class _SmeCommand(QUndoCommand):
    def __init__(self, db: Database, publish: Publish, text: str) -> None:
        super().__init__(text)
        self.db = db
        self.publish = publish


class CreateSme(_SmeCommand):
    def __init__(self, db: Database, publish: Publish, values: dict[str, Any], text: str) -> None:
        super().__init__(db, publish, text)
        self.values = values
        self.sme_id: str | None = None

    def redo(self) -> None:
        if self.sme_id is None:
            change = self.db.smes.create(self.values)
            self.sme_id = change.record_id
        else:
            change = self.db.smes.restore(self.sme_id)
        self.publish([change])

    def undo(self) -> None:
        assert self.sme_id is not None
        self.publish([self.db.smes.delete(self.sme_id)])


class EditSme(_SmeCommand):
    def __init__(self, db: Database, publish: Publish, sme_id: str, values: dict[str, Any],
                 text: str) -> None:
        super().__init__(db, publish, text)
        self.sme_id = sme_id
        before = db.smes.get(sme_id).values()
        self.after = {k: v for k, v in db.smes.clean(values).items() if before.get(k) != v}
        self.before = {k: before.get(k) for k in self.after}

    @property
    def changes_anything(self) -> bool:
        return bool(self.after)

    def redo(self) -> None:
        self.publish([self.db.smes.update(self.sme_id, self.after)])

    def undo(self) -> None:
        self.publish([self.db.smes.update(self.sme_id, self.before)])


class DeleteSmes(_SmeCommand):
    def __init__(self, db: Database, publish: Publish, sme_ids: list[str], text: str) -> None:
        super().__init__(db, publish, text)
        self.sme_ids = sme_ids

    def redo(self) -> None:
        with self.db.atomic():
            changes = [self.db.smes.delete(i) for i in self.sme_ids]
        self.publish(changes)

    def undo(self) -> None:
        with self.db.atomic():
            changes = [self.db.smes.restore(i) for i in self.sme_ids]
        self.publish(changes)


class RestoreSmes(DeleteSmes):
    """Bring back SMEs from the deleted list; undo deletes them again."""

    def redo(self) -> None:
        super().undo()

    def undo(self) -> None:
        super().redo()
