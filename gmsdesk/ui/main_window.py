"""The main window: one widget per area, a status bar. It assembles; the areas do the work."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QFontMetrics, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gmsdesk.storage.records import Change
from gmsdesk.ui import first_run
from gmsdesk.ui.about import install_about
from gmsdesk.ui.help import install_help
from gmsdesk.ui.network.area import NetworkArea
from gmsdesk.ui.reports.area import ReportsArea
from gmsdesk.ui.settings_area import SettingsArea
from gmsdesk.ui.smes.area import SmeArea
from gmsdesk.ui.surveys.area import SurveysArea
from gmsdesk.ui.sync_area import SyncArea
from gmsdesk.ui.sync_service import SyncService
from gmsdesk.ui.training.area import TrainingArea
from gmsdesk.ui.undo import undo_actions
from gmsdesk.ui.widgets import fit_to_screen

SYNC_LABEL_WIDTH = 460  # px; a longer sync message is elided, whole in the tooltip


def scrolled(area: QWidget, name: str) -> QScrollArea:
    """`area` in a frameless scroll area: an area taller than a 1366x768 laptop leaves it (Sync,
    in Burmese) scrolls instead of making the whole window taller than the screen."""
    scroll = QScrollArea()
    scroll.setObjectName(name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(area)
    return scroll


class MainWindow(QMainWindow):
    def __init__(self, ctx: Any) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("GMS Desk"))

        # One undo queue for the whole window: Ctrl+Z takes back the last step, whichever area
        # (or dialog of it) took it.
        self.undo_stack = QUndoStack(self)
        self.undo_action, self.redo_action = undo_actions(self.undo_stack, self)
        self.sync_service = SyncService(ctx, self)
        self.smes = SmeArea(ctx, self.undo_stack, self)
        self.training = TrainingArea(ctx, self.undo_stack, self)
        self.surveys = SurveysArea(ctx, self)
        self.network = NetworkArea(ctx, self.undo_stack, self)
        self.reports = ReportsArea(ctx, self.undo_stack, self)
        self.sync = SyncArea(ctx, self.sync_service, self)
        self.areas = [
            (self.tr("SMEs"), self.smes),
            (self.tr("Training"), self.training),
            (self.tr("Surveys"), self.surveys),
            (self.tr("Network"), self.network),
            (self.tr("Reports"), self.reports),
            (self.tr("Sync"), scrolled(self.sync, "sync_scroll")),
            (self.tr("Settings"), SettingsArea(ctx, self)),
        ]
        self.nav = QListWidget(self)
        self.nav.setObjectName("nav")
        self.nav.setSpacing(3)
        self.nav.setMinimumWidth(150)
        self.stack = QStackedWidget(self)
        for i, (label, widget) in enumerate(self.areas):
            self.nav.addItem(label)
            self.stack.addWidget(widget)
            shortcut = QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self)
            shortcut.setWhatsThis(self.tr("Go to %1").replace("%1", label))  # as Help lists it
            shortcut.activated.connect(lambda i=i: self.nav.setCurrentRow(i))
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        splitter.setSizes([170, 1100])
        # Above every area, while demo data is on this computer (in the demo data folder, the
        # way back to one's own data).
        self.demo_banner = first_run.demo_banner(ctx, self)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.demo_banner)
        column.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self.pending_label = QLabel(self)
        self.pending_label.setObjectName("pending_changes")
        self.sync_label = QLabel(self.tr("Sync not set up"), self)
        self.sync_label.setObjectName("sync_state")
        self.statusBar().addPermanentWidget(self.pending_label)
        self.statusBar().addPermanentWidget(self.sync_label)
        ctx.bus.changes_applied.connect(self._on_changes)
        self.sync_service.state_changed.connect(self._show_sync_state)
        self.sync_service.finished.connect(lambda _report: self.update_pending())
        self.update_pending()
        self.sync_service.start()
        first_run.install_demo_menu(self)  # in the demo data folder: Demo > Leave demo data
        self.help_action = install_help(self)  # F1, Help > Keyboard shortcuts and guide
        self.about_action = install_about(self, ctx)  # Help > About: version, data folder
        self.smes.search.setFocus()
        self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """Maximized on the screen it opens on (a 1366x768 laptop has no room to spare); when
        un-maximized, 1280x760 or what the screen leaves of it, centred."""
        fit_to_screen(self, 1280, 760, maximize=True)

    def show_area(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def update_pending(self) -> None:
        count = self.ctx.db.outbox.pending_count()
        self.pending_label.setText(self.tr("%n change(s) waiting for sync", "", count))

    def _on_changes(self, _changes: list[Change]) -> None:
        self.update_pending()

    def _show_sync_state(self, _state: str, text: str) -> None:
        metrics = QFontMetrics(self.sync_label.font())
        self.sync_label.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                                   SYNC_LABEL_WIDTH))
        self.sync_label.setToolTip(text)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.settings.window_geometry = self.saveGeometry()
        self.ctx.bus.changes_applied.disconnect(self._on_changes)
        self.smes.shutdown()
        self.training.shutdown()
        self.surveys.shutdown()
        self.reports.shutdown()
        self.sync.shutdown()
        self.sync_service.shutdown()
        self.demo_banner.shutdown()
        super().closeEvent(event)
