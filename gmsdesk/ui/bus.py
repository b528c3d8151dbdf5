"""One signal for "these records changed", so open screens refresh only what changed."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

from gmsdesk.storage.records import Change


class ChangeBus(QObject):
    changes_applied = Signal(object)  # list[Change]; a "*" table name means "reload everything"

    def publish(self, changes: Iterable[Change]) -> None:
        """Tell open screens what writes changed; a write that changed nothing says nothing."""
        real = list(changes)
        if real:
            self.changes_applied.emit(real)

    def publish_reload(self, table: str) -> None:
        self.changes_applied.emit([Change(table, "*", "reload")])
