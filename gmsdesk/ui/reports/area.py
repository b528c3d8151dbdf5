"""The Reports area: the programme's indicators against their targets, for headquarters and
donors (issue "Indicators against targets"). Filters on top (period and scope); tabs for the
dashboard, the disaggregation of one indicator, benchmarking of agencies or provinces, and the
targets themselves. Every number opens the records behind it.

Everything is computed off the UI thread (see `worker`), the dashboard in one thread and the
tables in another, each with its own connection: changing a filter stops what is being
computed for the old one at once, and the window never waits."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShowEvent, QTextLayout, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gmsdesk.i18n import LANGUAGES
from gmsdesk.reports.periods import Period
from gmsdesk.services import figures
from gmsdesk.services.report_pack import PackRequest, PackWritten
from gmsdesk.storage.db import UNASSIGNED_AGENCY
from gmsdesk.storage.indicators import Filters, Indicator
from gmsdesk.storage.records import Change
from gmsdesk.ui.errors import show_error
from gmsdesk.ui.labels import (
    country_label,
    current_language,
    gender_label,
    province_label,
    sector_label,
)
from gmsdesk.ui.reports.dashboard import DashboardView
from gmsdesk.ui.reports.drill import DrillDialog, DrillRequest
from gmsdesk.ui.reports.filters import ReportFilters
from gmsdesk.ui.reports.labels import (
    KeyNames,
    dimension_label,
    indicator_title,
    key_label,
    period_text,
)
from gmsdesk.ui.reports.tables import BenchmarkView, BreakdownView
from gmsdesk.ui.reports.targets import TargetsEditor
from gmsdesk.ui.reports.worker import Job, ReportThread
from gmsdesk.ui.widgets import add_action, heading

FILTER_DELAY_MS = 150  # filter changes this close together are computed once
BUSY_CURSOR_MS = 300
PROGRESS_MS = 600
TAB_MARGIN = 5  # px above and below a tab's label, past the tallest of its written marks


class RoomyTabBar(QTabBar):
    """Tabs as tall as their labels as written, and a margin: Qt sizes a tab by the interface
    font's line, and a Burmese label, set in its taller fallback font, had the marks above and
    below its letters touching the tab's edge or cut by it."""

    def tabSizeHint(self, index: int) -> QSize:
        size = super().tabSizeHint(index)
        layout = QTextLayout(self.tabText(index).replace("&", ""), self.font())
        layout.beginLayout()
        line = layout.createLine()
        layout.endLayout()
        size.setHeight(max(size.height(), math.ceil(line.height()) + 2 * TAB_MARGIN))
        return size


class ReportsArea(QWidget):
    def __init__(self, ctx: Any, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.undo_stack = undo_stack  # the window's: target edits are undone with the rest
        self.db = ctx.db
        self.hq = bool(self.db.is_hq)
        self.drill_dialog: DrillDialog | None = None
        self.last_dashboard: figures.Dashboard | None = None
        self.catalogue: list[Indicator] = []
        self._dirty = True  # the dashboard is older than the filters or the records
        # The tables (breakdown, benchmark) older than the filters or the records, each
        # computed when its tab is shown; the one whose answer is awaited.
        self._stale_tables: set[QWidget] = set()
        self._table_asked: QWidget | None = None

        self.filter_bar = ReportFilters(self.db, self)
        self.filter_bar.changed.connect(self._filters_changed)

        self.dashboard = DashboardView(self)
        self.dashboard.drill_requested.connect(self.drill_total)
        self.dashboard.breakdown_requested.connect(self.show_breakdown)
        self.breakdown = BreakdownView(self)
        self.breakdown.changed.connect(lambda: self._table_changed(self.breakdown))
        self.breakdown.drill_requested.connect(self.drill_cell)
        self.benchmark = BenchmarkView(self.hq, self)
        self.benchmark.changed.connect(lambda: self._table_changed(self.benchmark))
        self.benchmark.drill_requested.connect(self.drill_cell)
        self._tables_stale()
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("report_tabs")
        self.tabs.setTabBar(RoomyTabBar(self.tabs))  # before the tabs are added
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
        self.tabs.addTab(self.breakdown, self.tr("Breakdown"))
        self.tabs.addTab(self.benchmark, self.tr("Benchmarking"))
        self.targets = TargetsEditor(ctx, undo_stack, self)
        self.tabs.addTab(self.targets, self.tr("Targets"))
        self.tabs.currentChanged.connect(lambda _: self._tab_changed())

        self.progress = QProgressBar(self)
        self.progress.setObjectName("report_progress")
        self.progress.setMaximumWidth(260)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("report_cancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.info = QLabel(self)
        self._figures_said = False  # the status line says something of the figures
        self.info.setObjectName("report_info")
        self.info.setWordWrap(True)
        self.pack_button = QPushButton(self.tr("Report pack…"), self)
        self.pack_button.setObjectName("report_pack")
        self.pack_button.setToolTip(self.tr("These figures for headquarters and donors: a PDF "
                                             "and an XLSX workbook, in the language you choose"))
        self.pack_button.clicked.connect(self.ask_pack)
        self.pack_thread: ReportThread | None = None  # made on first use
        self.pack_dialog: QProgressDialog | None = None
        status_row = QHBoxLayout()
        status_row.addWidget(self.info, 1)
        status_row.addWidget(self.progress)
        status_row.addWidget(self.cancel_button)
        status_row.addWidget(self.pack_button)
        self._show_progress(False)

        self.refresh_action = add_action(self, self.tr("Compute again"),
                                         QKeySequence.StandardKey.Refresh, self.refresh,
                                         "action_refresh_reports")

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Indicators against targets"), self))
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(status_row)

        self.dashboard_thread = ReportThread(ctx.db_path, "reports-dashboard", ctx.db.user, self)
        self.dashboard_thread.progressed.connect(self._on_progress)
        self.dashboard_thread.done.connect(self._on_dashboard)
        self.dashboard_thread.failed.connect(self._on_failed)
        self.table_thread = ReportThread(ctx.db_path, "reports-tables", ctx.db.user, self)
        self.table_thread.done.connect(self._on_table)
        self.table_thread.failed.connect(self._on_failed)

        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(FILTER_DELAY_MS)
        self._delay.timeout.connect(self.refresh)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.timeout.connect(
            lambda: self.tabs.setCursor(Qt.CursorShape.BusyCursor))
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.timeout.connect(lambda: self._show_progress(True))
        ctx.bus.changes_applied.connect(self._on_changes)

    # -- what is asked ------------------------------------------------------------------------

    def current_filters(self) -> Filters:
        """The filters chosen with the period's dates."""
        return figures.with_period(self.filter_bar.filters(), self.filter_bar.period())

    def _own_agency(self) -> str:
        agency = str(self.db.agency_id)
        return "" if agency == UNASSIGNED_AGENCY else agency

    def key_names(self) -> KeyNames:
        sectors = {s.code: s.label for s in self.db.smes.sectors() if not s.builtin}
        return KeyNames(self.filter_bar.agency_names(), sectors)

    @property
    def computing(self) -> bool:
        return self.dashboard_thread.busy or self.table_thread.busy

    # -- computing ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()
        elif self.tabs.currentWidget() in self._stale_tables:
            self._compute_table()

    def _tables_stale(self) -> None:
        """Both tables are to be computed again, each when its tab is shown."""
        self._stale_tables = {self.breakdown, self.benchmark}

    def _filters_changed(self) -> None:
        # What is being computed for the old filters stops now, not after the delay.
        self.dashboard_thread.cancel()
        self.table_thread.cancel()
        self._dirty = True
        self._tables_stale()
        self._delay.start()

    def refresh(self) -> None:
        """Compute the dashboard (and the table on show) for the filters chosen."""
        self._delay.stop()
        self.catalogue = list(self.db.indicators.catalogue())
        self.breakdown.set_catalogue(self.catalogue)
        self.benchmark.set_catalogue(self.catalogue)
        filters = self.filter_bar.filters()
        period = self.filter_bar.period()
        scope = figures.target_scope(filters, self.hq, self._own_agency())

        def work(db: Any, stop: Any, progress: Any) -> figures.Dashboard:
            return figures.dashboard(db, filters, period, scope, stop=stop, progress=progress)

        self._dirty = False
        self._tables_stale()
        self._say("", figures_note=True)
        self.dashboard_thread.submit(work)
        self._busy_timer.start(BUSY_CURSOR_MS)
        self._progress_timer.start(PROGRESS_MS)
        if self.tabs.currentWidget() is not self.dashboard:
            self._compute_table()

    def _tab_changed(self) -> None:
        # The targets have a period and places of their own: the figures' filters are not
        # theirs, and hidden they cannot be mistaken for them.
        self.filter_bar.setVisible(self.tabs.currentWidget() is not self.targets)
        if self.tabs.currentWidget() in self._stale_tables:
            self._compute_table()

    def _table_changed(self, view: QWidget) -> None:
        """Another indicator or dimension chosen in `view`: computed now if it is shown."""
        self._stale_tables.add(view)
        if self.isVisible() and self.tabs.currentWidget() is view:
            self._compute_table()

    def _compute_table(self) -> None:
        """The breakdown or the benchmark, whichever tab is open; the other stays as out of
        date as it was (a table whose answer was still awaited is asked again when shown)."""
        filters = self.filter_bar.filters()
        period = self.filter_bar.period()
        widget = self.tabs.currentWidget()
        if widget is self.breakdown:
            code, first, second = self.breakdown.current()
            if not code or not first:
                self.breakdown.show_pivot(None, self.key_names())
                return
            job = _breakdown_job(code, filters, period, first, second)
            self.breakdown.note.setText(self.tr("Computing…"))
        elif widget is self.benchmark:
            code, by = self.benchmark.current()
            if not code or not by:
                self.benchmark.show_ranks([], self.key_names())
                return
            job = _benchmark_job(code, filters, period, by)
            self.benchmark.note.setText(self.tr("Computing…"))
        else:
            return
        asked = self._table_asked
        if self.table_thread.busy and asked is not None and asked is not widget:
            self._stale_tables.add(asked)  # its answer, still awaited, never comes now
        self._stale_tables.discard(widget)
        self._table_asked = widget
        self.table_thread.submit(job)
        self._busy_timer.start(BUSY_CURSOR_MS)

    def cancel(self) -> None:
        """Stop what is being computed; F5 computes it again."""
        self.dashboard_thread.cancel()
        self.table_thread.cancel()
        self._dirty = True
        self._tables_stale()
        self._done_waiting()
        self._say(self.tr("Stopped. Press F5 to compute again."), figures_note=True)

    def _show_progress(self, shown: bool) -> None:
        self.progress.setVisible(shown)
        self.cancel_button.setVisible(shown)

    def _done_waiting(self) -> None:
        if self.computing:
            return
        self._busy_timer.stop()
        self._progress_timer.stop()
        self.tabs.unsetCursor()
        self._show_progress(False)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, total))

    def _on_dashboard(self, dashboard: figures.Dashboard) -> None:
        self.last_dashboard = dashboard
        self.dashboard.show_dashboard(dashboard)
        self._done_waiting()

    def _on_table(self, result: Any) -> None:
        kind, found = result
        names = self.key_names()
        if kind == "breakdown":
            self.breakdown.show_pivot(found, names)
        else:
            self.benchmark.show_ranks(found, names)
        self._done_waiting()

    def _on_failed(self, exc: Exception) -> None:
        self._done_waiting()
        self._say(self.tr("The figures could not be computed."), figures_note=True)
        show_error(self, exc)

    def _on_changes(self, changes: list[Change]) -> None:
        """Records changed (here or by sync): the figures are computed again, now if the
        area is on screen, else when it is shown."""
        if not changes:
            return
        self._dirty = True
        self._tables_stale()
        if self.isVisible():
            self._delay.start()

    # -- links --------------------------------------------------------------------------------

    def show_breakdown(self, code: str) -> None:
        """The dashboard's "By…": the breakdown tab, on this indicator."""
        self.breakdown.choose(code)
        self.tabs.setCurrentWidget(self.breakdown)

    def _selection_text(self, filters: Filters, extra: list[tuple[str, str]]) -> str:
        """"2026 · Cambodia · Female": the period and every filter, in words."""
        names = self.key_names()
        parts = [period_text(self.filter_bar.period())]
        if filters.economy:
            parts.append(country_label(filters.economy))
        if filters.province:
            parts.append(province_label(filters.province, filters.economy))
        if filters.agency:
            parts.append(key_label("agency", filters.agency, names))
        if filters.sector:
            parts.append(sector_label(filters.sector, dict(names.sectors)))
        if filters.sex:
            parts.append(gender_label(filters.sex))
        chosen = {name for name in figures.FILTER_DIMENSIONS if getattr(filters, name, None)}
        for dimension, key in extra:
            if dimension not in chosen:
                parts.append(f"{dimension_label(dimension)}: "
                             f"{key_label(dimension, key, names)}")
        return " · ".join(parts)

    def _indicator(self, code: str) -> Indicator | None:
        return next((i for i in self.catalogue if i.code == code), None)

    def drill_total(self, code: str) -> DrillDialog:
        """The records behind a dashboard value."""
        filters = self.current_filters()
        return self._open_drill(code, filters, None, [])

    def drill_cell(self, code: str, keys: list[tuple[str, str]]) -> DrillDialog:
        """The records behind a number of the breakdown or the benchmark: those of its
        cell ("" for not recorded)."""
        return self._open_drill(code, self.current_filters(), dict(keys), keys)

    def _open_drill(self, code: str, filters: Filters, key: Any,
                    keys: list[tuple[str, str]]) -> DrillDialog:
        indicator = self._indicator(code)
        title = indicator_title(indicator) if indicator is not None else code
        request = DrillRequest(code, filters, key, title, self._selection_text(filters, keys))
        if self.drill_dialog is not None:
            self.drill_dialog.close()
        dialog = DrillDialog(self.ctx, request, self.key_names().agencies, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _=None: self._forget_drill(dialog))
        self.drill_dialog = dialog
        dialog.open()
        return dialog

    def _forget_drill(self, dialog: DrillDialog) -> None:
        if self.drill_dialog is dialog:
            self.drill_dialog = None

    # -- the report pack ------------------------------------------------------------------------

    def ask_pack(self) -> None:
        """"Report pack…": the pack's language and its PDF (the workbook goes beside it)."""
        codes = list(LANGUAGES)
        here = current_language()
        name, ok = QInputDialog.getItem(
            self, self.tr("Report pack"), self.tr("Language of the pack:"),
            list(LANGUAGES.values()), codes.index(here) if here in codes else 0, False)
        if not ok:
            return
        lang = codes[list(LANGUAGES.values()).index(name)]
        suggested = Path(self.ctx.settings.last_folder) / self.tr(
            "Indicators against targets %1.pdf").replace("%1", self.filter_bar.period().label
                                                         .replace("..", " to "))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report pack"),
                                              str(suggested), self.tr("PDF file (*.pdf)"))
        if not path:
            return
        pdf = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        self.ctx.settings.last_folder = str(pdf.parent)
        self.make_pack(lang, pdf, pdf.with_suffix(".xlsx"))

    def make_pack(self, lang: str, pdf: Path, xlsx: Path) -> None:
        """Write the pack for the period and selection chosen, in the background: a busy
        cursor, then a progress dialog with Cancel."""
        request = PackRequest(self.filter_bar.period(), self.filter_bar.filters(), lang, pdf,
                              xlsx)
        if self.pack_thread is None:
            self.pack_thread = ReportThread(self.ctx.db_path, "reports-pack", self.ctx.db.user,
                                            self)
            self.pack_thread.progressed.connect(self._on_pack_progress)
            self.pack_thread.done.connect(self._on_pack)
            self.pack_thread.failed.connect(self._on_pack_failed)
        dialog = QProgressDialog(self.tr("Making the report pack…"), self.tr("Cancel"), 0, 1000,
                                 self)
        dialog.setObjectName("report_pack_progress")
        dialog.setWindowTitle(self.tr("Report pack"))
        # Not modal: a modal progress dialog runs the event loop inside setValue, where the
        # pack's end (closing this very dialog) could arrive in the middle of the call.
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setMinimumDuration(PROGRESS_MS)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.canceled.connect(self.cancel_pack)
        dialog.setValue(0)
        self.pack_dialog = dialog
        self.pack_button.setEnabled(False)
        self._say(self.tr("Making the report pack…"))
        QTimer.singleShot(BUSY_CURSOR_MS, lambda: self._pack_busy(dialog))
        self.pack_thread.submit(_pack_job(request))

    def _pack_busy(self, dialog: QProgressDialog) -> None:
        if self.pack_dialog is dialog:  # still being made
            self.setCursor(Qt.CursorShape.BusyCursor)

    def cancel_pack(self) -> None:
        if self.pack_thread is not None:
            self.pack_thread.cancel()
        self._pack_finished(self.tr("The report pack was cancelled; no file was left half "
                                    "written."))

    def _pack_finished(self, message: str) -> None:
        if self.pack_dialog is not None:
            dialog, self.pack_dialog = self.pack_dialog, None
            dialog.canceled.disconnect(self.cancel_pack)
            dialog.close()
            dialog.deleteLater()
        self.unsetCursor()
        self.pack_button.setEnabled(True)
        self._say(message)

    def _say(self, message: str, figures_note: bool = False) -> None:
        """The status line. Computing the figures again clears only what the figures said,
        never where a report pack was written."""
        if figures_note and not message and not self._figures_said:
            return
        self._figures_said = figures_note
        self.info.setText(message)

    def _on_pack_progress(self, done: int, total: int) -> None:
        if self.pack_dialog is not None:
            self.pack_dialog.setMaximum(max(total, 1))
            self.pack_dialog.setValue(min(done, total))

    def _on_pack(self, written: PackWritten | None) -> None:
        if written is None:
            self._pack_finished(self.tr("The report pack was cancelled."))
            return
        self._pack_finished(self.tr("Report pack written: %1 and %2.").replace(
            "%1", str(written.pdf)).replace("%2", str(written.xlsx)))

    def _on_pack_failed(self, exc: Exception) -> None:
        self._pack_finished(self.tr("The report pack could not be written."))
        show_error(self, exc)

    def shutdown(self) -> None:
        """Stop listening and stop the threads (the window is closing)."""
        self.ctx.bus.changes_applied.disconnect(self._on_changes)
        self.dashboard.release_charts()
        self.targets.shutdown()
        self.dashboard_thread.shutdown()
        self.table_thread.shutdown()
        if self.pack_thread is not None:
            self.pack_thread.shutdown()


# The tables' jobs (run in the worker's thread, on its connection): plain values in, the
# table's figures out, tagged with the table they are for.

def _breakdown_job(code: str, filters: Filters, period: Period, first: str,
                   second: str | None) -> Job:
    def work(db: Any, _stop: Any, _progress: Any) -> tuple[str, figures.Pivot]:
        return "breakdown", figures.pivot(db, code, filters, period, first, second)

    return work


def _pack_job(request: PackRequest) -> Job:
    def work(db: Any, _stop: Any, progress: Any) -> PackWritten | None:
        from gmsdesk.services.report_pack import make_pack

        return make_pack(db, figures, request, progress)

    return work


def _benchmark_job(code: str, filters: Filters, period: Period, by: str) -> Job:
    def work(db: Any, stop: Any, _progress: Any) -> tuple[str, list[figures.Rank]]:
        return "benchmark", figures.benchmark(db, code, filters, period, by, stop=stop)

    return work
