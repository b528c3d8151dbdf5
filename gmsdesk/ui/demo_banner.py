"""The "Demo data" banner: shown at the top of the window while records made by `gmsdesk demo`
are on this computer, with the one action that removes them all."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from gmsdesk.storage.records import Change
from gmsdesk.sync.local_only import demo_count
from gmsdesk.ui import tasks

RELOAD_ABOVE = 200  # more changes than this: screens reload instead of patching rows


def _remove_work(db: Any, progress: Any) -> tuple[Change, ...]:
    from gmsdesk.demo import remove_demo

    result: tuple[Change, ...] = remove_demo(db, progress)
    return result


class DemoBanner(QFrame):
    """Says that demo data is here and never sent; "Remove demo data…" asks, then removes it
    in the background. `removed(count)` after."""

    removed = Signal(int)

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task: tasks.Task | None = None
        self.setObjectName("demo_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#demo_banner { background: #fff4d6; border: 1px solid #d9a520; "
                           "border-radius: 3px; }")
        self.label = QLabel(self)
        self.label.setObjectName("demo_banner_text")
        self.label.setWordWrap(True)
        self.remove_button = QPushButton(self.tr("Remove demo data…"), self)
        self.remove_button.setObjectName("demo_remove")
        self.remove_button.setToolTip(self.tr(
            "Delete every record the demo made; what you entered yourself is kept"))
        self.remove_button.clicked.connect(self.remove)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.remove_button)
        ctx.bus.changes_applied.connect(self._on_changes)
        self.refresh()

    def refresh(self) -> None:
        """Shown while demo records are here (one value read from the database)."""
        count = demo_count(self.ctx.db)
        busy = self.task is not None
        self.label.setText(self.tr(
            "Demo data: %Ln record(s) on this computer were made by the demo, to try GMS Desk "
            "out. They are never sent to headquarters.", "", count))
        self.remove_button.setEnabled(not busy)
        self.setVisible(count > 0 or busy)

    def remove(self) -> bool:
        """Ask, then remove every demo record. False: not asked for, or already running."""
        count = demo_count(self.ctx.db)
        if not count or self.task is not None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Remove demo data"),
            self.tr("Remove the %Ln demo record(s) from this computer? Records you entered "
                    "yourself are kept. Removed demo data cannot be brought back (run the demo "
                    "again for new data).", "", count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.task = tasks.run_task(self.window(), self.tr("Removing demo data…"),
                                   self.ctx.db_path, _remove_work, on_done=self._on_removed,
                                   on_error=self._on_failed, user=self.ctx.user)
        self.refresh()
        return True

    def _on_removed(self, changes: tuple[Change, ...]) -> None:
        self.task = None
        if len(changes) > RELOAD_ABOVE:
            for table in sorted({c.table for c in changes}):
                self.ctx.bus.publish_reload(table)
        else:
            self.ctx.bus.publish(changes)
        self.refresh()
        self.removed.emit(len(changes))

    def _on_failed(self, exc: Exception) -> None:
        from gmsdesk.ui.errors import show_error

        self.task = None
        self.refresh()
        show_error(self, exc)

    def _on_changes(self, _changes: list[Change]) -> None:
        self.refresh()

    def shutdown(self) -> None:
        self.ctx.bus.changes_applied.disconnect(self._on_changes)
