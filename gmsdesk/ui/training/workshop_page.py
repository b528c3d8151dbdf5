"""One workshop: details, participants, workshop mode (attendance), progress & scores,
certificates; the day's sign-in sheet is an action of its own (Ctrl+P). Every write goes
through `db.training` and is published on the change bus."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gmsdesk.records import catalog
from gmsdesk.services import training as training_service
from gmsdesk.storage.errors import StorageError
from gmsdesk.storage.records import Change, Changes
from gmsdesk.ui.errors import show_error
from gmsdesk.ui.labels import country_label, current_language, format_count
from gmsdesk.ui.tasks import Task, run_task
from gmsdesk.ui.training.attendance import AttendanceView
from gmsdesk.ui.training.certificates import CertificatesView
from gmsdesk.ui.training.dialogs import RevertDialog, module_title
from gmsdesk.ui.training.enrol import EnrolDialog, EnrolRequest
from gmsdesk.ui.training.labels import (
    gender_label,
    progress_label,
    track_label,
    workshop_status_label,
)
from gmsdesk.ui.training.progress import Cell, ProgressView, cells_from, next_status, rows_from
from gmsdesk.ui.training.sheet import AttendanceSheetDialog
from gmsdesk.ui.training.tables import SORT_ROLE, RecordTableModel, keep_columns_fitted
from gmsdesk.ui.training.workshop_list import date_range
from gmsdesk.ui.training.workshop_list import field as rec
from gmsdesk.ui.widgets import record_table

SHEET_KEYS = QKeySequence("Ctrl+P")

TABLES = {t.table for t in (catalog.WORKSHOPS, catalog.SESSIONS, catalog.PEOPLE,
                            catalog.PARTICIPANTS, catalog.ATTENDANCE, catalog.PROGRESS,
                            catalog.MODULES, catalog.SMES)}


class WorkshopPage(QWidget):
    """Tabs over one workshop; `set_workshop` switches which."""

    DETAILS, PARTICIPANTS, ATTENDANCE, PROGRESS, CERTIFICATES = range(5)

    def __init__(self, ctx: Any, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.workshop_id: str | None = None
        self.workshop: Any = None
        self.undo_stack = undo_stack  # the window's
        self.enrol_dialog: EnrolDialog | None = None
        self.revert_dialog: RevertDialog | None = None
        self.sheet_dialog: AttendanceSheetDialog | None = None
        self.last_task: Task | None = None
        self.last_saved: Path | None = None
        self.participants: list[Any] = []
        self.sessions: list[Any] = []

        self.title = QLabel(self)
        self.title.setObjectName("workshop_heading")
        self.title.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("workshop_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._details_tab(), self.tr("&Details"))
        self.tabs.addTab(self._participants_tab(), self.tr("&Participants"))
        self.attendance = AttendanceView(self.db, ctx.bus, self.undo_stack, self)
        self.attendance.sheet_requested.connect(self.open_sheet_dialog)
        self.tabs.addTab(self.attendance, self.tr("&Workshop mode (attendance)"))
        self.progress = ProgressView(self)
        self.progress.advance = self.advance_progress
        self.progress.revert = self.open_revert
        self.progress.model.write_score = self.write_score
        self.tabs.addTab(self.progress, self.tr("Pro&gress && scores"))
        self.certificates = CertificatesView(ctx, self)
        self.certificates.published.connect(self.publish)
        self.tabs.addTab(self.certificates, self.tr("&Certificates"))
        self.tabs.currentChanged.connect(self._tab_changed)

        # What the sign-in sheet (an action of every tab) says it saved, and where.
        self.message = QLabel(self)
        self.message.setObjectName("workshop_message")
        self.message.setWordWrap(True)
        self.message.hide()  # a line under the tabs only while it says something
        self.open_folder_button = QPushButton(self.tr("Open folder"), self)
        self.open_folder_button.setObjectName("open_folder")
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_folder_button.hide()
        message_row = QHBoxLayout()
        message_row.addWidget(self.message, 1)
        message_row.addWidget(self.open_folder_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(message_row)

        QShortcut(QKeySequence("F5"), self, self.open_workshop_mode,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(SHEET_KEYS, self, self.open_sheet_dialog,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def publish(self, changes: Changes) -> None:
        self.ctx.bus.publish(changes)

    # -- tabs -----------------------------------------------------------------------------

    def _details_tab(self) -> QWidget:
        tab = QWidget()
        self.details_form = QFormLayout()
        self.details: dict[str, QLabel] = {}
        rows = (("dates", self.tr("Dates:")), ("track", self.tr("Track:")),
                ("modules", self.tr("Modules:")), ("venue", self.tr("Venue:")),
                ("trainers", self.tr("Trainers:")), ("partner", self.tr("Partner:")),
                ("status", self.tr("Status:")), ("counts", self.tr("Participants:")),
                ("notes", self.tr("Notes:")))
        for name, label in rows:
            value = QLabel()
            value.setObjectName(f"detail_{name}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.details[name] = value
            self.details_form.addRow(label, value)
        self.edit_button = QPushButton(self.tr("Edit workshop…"))
        self.edit_button.setObjectName("edit_workshop")
        self.mode_button = QPushButton(self.tr("Start workshop mode (F5)"))
        self.mode_button.setObjectName("start_workshop_mode")
        self.mode_button.clicked.connect(self.open_workshop_mode)
        self.sheet_button = QPushButton(self.tr("Sign-in &sheet… (%1)").replace(
            "%1", SHEET_KEYS.toString(QKeySequence.SequenceFormat.NativeText)))
        self.sheet_button.setObjectName("print_sheet")
        self.sheet_button.setToolTip(self.tr("Print a day's sign-in sheet for people to sign"))
        self.sheet_button.clicked.connect(self.open_sheet_dialog)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.mode_button)
        buttons.addWidget(self.sheet_button)
        buttons.addStretch(1)
        # The details scroll, the buttons under them do not: in Burmese, or with many modules,
        # the details are taller than a 1366x768 laptop leaves the area, and the area must not
        # make the main window taller than the screen.
        details = QWidget()
        details.setObjectName("workshop_details")
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addLayout(self.details_form)
        details_layout.addStretch(1)
        self.details_scroll = QScrollArea()
        self.details_scroll.setObjectName("workshop_details_scroll")
        self.details_scroll.setWidgetResizable(True)
        self.details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.details_scroll.setWidget(details)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.details_scroll, 1)
        layout.addLayout(buttons)
        return tab

    def _participants_tab(self) -> QWidget:
        tab = QWidget()
        self.participants_model = RecordTableModel([
            (self.tr("Name"), lambda p: rec(p, "name")),
            (self.tr("Latin letters"), lambda p: rec(p, "name_latin")),
            (self.tr("Gender"), lambda p: gender_label(rec(p, "gender"))),
            (self.tr("Role"), lambda p: rec(p, "role")),
            (self.tr("Phone"), lambda p: rec(p, "phone")),
            (self.tr("SME"), lambda p: rec(p, "sme_name")),
            (self.tr("Certificate"), lambda p: rec(p, "certificate_no")),
        ], self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.participants_model)
        proxy.setSortRole(SORT_ROLE)
        self.participants_proxy = proxy
        self.participants_table = record_table(proxy, "participants_table", sortable=True,
                                               single=False)
        self.participants_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        keep_columns_fitted(self.participants_table, 5)  # the SME takes what is left
        self.enrol_button = QPushButton(self.tr("&Enrol…"))
        self.enrol_button.setObjectName("enrol")
        self.enrol_button.setToolTip(self.tr("Enrol people (Ctrl+E)"))
        self.enrol_button.clicked.connect(self.open_enrol)
        QShortcut(QKeySequence("Ctrl+E"), self, self.open_enrol,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.withdraw_button = QPushButton(self.tr("Remove from workshop"))
        self.withdraw_button.setObjectName("withdraw")
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.participants_info = QLabel()
        self.participants_info.setObjectName("participants_info")
        buttons = QHBoxLayout()
        buttons.addWidget(self.enrol_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        buttons.addWidget(self.participants_info)
        layout = QVBoxLayout(tab)
        layout.addLayout(buttons)
        layout.addWidget(self.participants_table, 1)
        return tab

    # -- loading --------------------------------------------------------------------------

    def set_workshop(self, workshop_id: str | None) -> None:
        self.workshop_id = workshop_id
        self.reload()

    def reload(self) -> None:
        if not self.workshop_id:
            return
        self.workshop = self.db.training.workshop(self.workshop_id)
        self.participants = list(self.db.training.participants(self.workshop_id))
        self.sessions = list(self.db.training.sessions(self.workshop_id))
        self._show_details()
        self.participants_model.set_rows(self.participants)
        self.participants_info.setText(self.tr("%n participant(s)", "", len(self.participants)))
        self.attendance.set_workshop(self.workshop_id, self.sessions)
        self._load_progress()
        self.certificates.set_workshop(self.workshop)

    def _module_titles(self) -> list[tuple[str, str]]:
        catalogue = {m.code: m for m in self.db.training.modules(current_language())}
        return [(c, module_title(catalogue[c]) if c in catalogue else c)
                for c in rec(self.workshop, "modules") or []]

    def _show_details(self) -> None:
        w = self.workshop
        import html

        self.title.setText("<h2>{}</h2>".format(html.escape(rec(w, "title") or "")))
        sessions = len(self.sessions)
        self.details["dates"].setText(date_range(rec(w, "start_date"), rec(w, "end_date"))
                                      + "  " + self.tr("(%n day(s))", "", sessions))
        self.details["track"].setText(track_label(rec(w, "track")))
        self.details["modules"].setText("\n".join(
            f"{format_count(i)}. {title}"
            for i, (_, title) in enumerate(self._module_titles(), start=1)))
        self.details["venue"].setText(", ".join(p for p in (
            rec(w, "venue"), rec(w, "province"), country_label(rec(w, "country"))) if p))
        self.details["trainers"].setText(rec(w, "trainers") or "")
        self.details["partner"].setText(rec(w, "partner") or "")
        self.details["status"].setText(workshop_status_label(rec(w, "status")))
        self.details["notes"].setText(rec(w, "notes") or "")
        female = sum(1 for p in self.participants if rec(p, "gender") == "female")
        self.details["counts"].setText(
            self.tr("%n enrolled", "", len(self.participants)) + " · "
            + self.tr("%n women", "", female))

    def _load_progress(self) -> None:
        records = self.db.training.progress(self.workshop_id)
        self.progress.load(rows_from(self.participants), self._module_titles(),
                           cells_from(list(records.values())))

    def apply_changes(self, changes: list[Change]) -> None:
        """Refresh what another screen, an undo or a sync changed."""
        if not self.workshop_id:
            return
        relevant = [c for c in changes if c.table in TABLES or c.op == "reload"]
        if not relevant:
            return
        if all(c.table == catalog.ATTENDANCE.table for c in relevant):
            self.attendance.apply_changes(relevant)
            # Who qualifies for a certificate changes with each mark: read again when shown.
            if self.tabs.currentIndex() == self.CERTIFICATES:
                self.certificates.reload()
            else:
                self._certificates_stale = True
            return
        if any(c.table == catalog.WORKSHOPS.table and c.record_id == self.workshop_id
               and c.op == "delete" for c in relevant):
            return
        self.reload()

    _certificates_stale = False

    def _tab_changed(self, index: int) -> None:
        if index == self.ATTENDANCE:
            self.attendance.focus_search()
        elif index == self.CERTIFICATES and self._certificates_stale:
            self._certificates_stale = False
            self.certificates.reload()

    def open_workshop_mode(self) -> None:
        self.tabs.setCurrentIndex(self.ATTENDANCE)
        self.attendance.focus_search()

    # -- participants ---------------------------------------------------------------------

    def open_enrol(self) -> None:
        if not self.workshop_id:
            return
        dialog = EnrolDialog(self.db, self.workshop_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.enrol_requested.connect(lambda request: self.enrol(request, dialog))
        self.enrol_dialog = dialog
        dialog.open()

    def enrol(self, request: EnrolRequest, dialog: EnrolDialog | None = None) -> str | None:
        """Create what is new (SME, person), then enrol; all in one transaction."""
        assert self.workshop_id
        try:
            if request.person_id is not None:
                person_id: str | None = request.person_id
                changes = self.db.training.enrol(self.workshop_id, request.person_id)
            else:
                changes = self.db.training.enrol_new(self.workshop_id, request.person,
                                                     sme_id=request.sme_id, new_sme=request.sme)
                person_id = next((c.record_id for c in changes
                                  if c.table == catalog.PEOPLE.table), None)
        except StorageError as exc:
            if dialog is not None:
                from gmsdesk.ui.errors import user_message

                dialog.failed(user_message(exc) or str(exc))
            else:
                show_error(self, exc)
            return None
        self.publish(changes)
        if dialog is not None:
            dialog.enrolled(request.display_name)
        return person_id

    def selected_participants(self) -> list[Any]:
        rows = self.participants_table.selectionModel().selectedRows()
        return [self.participants_model.record_at(self.participants_proxy.mapToSource(r).row())
                for r in rows]

    def withdraw_selected(self) -> None:
        chosen = self.selected_participants()
        if not chosen or not self.workshop_id:
            return
        if QMessageBox.question(
                self, self.tr("Remove from workshop"),
                self.tr("Remove %n participant(s) from this workshop? Their attendance and "
                        "progress are kept and come back if they are enrolled again.", "",
                        len(chosen))) != QMessageBox.StandardButton.Yes:
            return
        changes: list[Change] = []
        with self.db.atomic():
            for p in chosen:
                changes.extend(self.db.training.withdraw(self.workshop_id,
                                                         str(rec(p, "person_id"))))
        self.publish(tuple(changes))

    # -- progress -------------------------------------------------------------------------

    def advance_progress(self, cells: list[tuple[str, str]], target: str | None) -> None:
        """Move each cell one step forward (or to `target`); never backwards."""
        assert self.workshop_id
        today = datetime.date.today().isoformat()
        changes: list[Change] = []
        moved = 0
        try:
            with self.db.atomic():
                for person_id, module in cells:
                    current = self.progress.model.cells.get((person_id, module), Cell())
                    status = target or next_status(current.status)
                    order = ["not_started", "in_progress", "completed"]
                    if status is None or order.index(status) <= order.index(current.status):
                        continue
                    changes.extend(self.db.training.set_progress(
                        self.workshop_id, person_id, module, status, today))
                    moved += 1
        except StorageError as exc:
            show_error(self, exc)
            return
        self.progress.message.setText(
            self.tr("%n cell(s) moved forward.", "", moved) if moved else
            self.tr("Nothing to move forward: the selected cells are already completed."))
        self.publish(tuple(changes))

    def open_revert(self, person_id: str, module: str) -> None:
        if not self.ctx.settings.is_admin:
            self.progress.message.setText(self.tr(
                "Only an administrator can move progress back: “Administrator…” in Settings "
                "asks for the administrator password."))
            return
        cell = self.progress.model.cells.get((person_id, module), Cell())
        if cell.status == "not_started":
            self.progress.message.setText(self.tr("This module has not been started."))
            return
        row = next((r for r in self.progress.model.rows if r.person_id == person_id), None)
        titles = dict(self.progress.model.modules)
        dialog = RevertDialog(row.name if row else person_id, titles.get(module, module),
                              cell.status, self.ctx.settings.person_name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.revert(person_id, module, *dialog.values()))
        self.revert_dialog = dialog
        dialog.open()

    def revert(self, person_id: str, module: str, status: str, reason: str, by: str) -> None:
        assert self.workshop_id
        try:
            changes = self.db.training.revert_progress(self.workshop_id, person_id, module,
                                                       status, admin=by, reason=reason)
        except StorageError as exc:
            show_error(self, exc)
            return
        self.progress.message.setText(self.tr("Moved back to “%1”; the reason is recorded.")
                                      .replace("%1", progress_label(status)))
        self.publish(changes)

    def write_score(self, person_id: str, which: str, value: float | None) -> None:
        assert self.workshop_id
        try:
            changes = self.db.training.set_scores(self.workshop_id, person_id,
                                                  **{which.replace("_score", ""): value})
        except StorageError as exc:
            show_error(self, exc)
            return
        self.publish(changes)

    # -- certificates (the tab's own view) and the sign-in sheet --------------------------

    def save_certificates(self, path: Path, *, offer_folder: bool = False) -> Task:
        """Give the certificate numbers due and write the PDF (what the preview's "Issue and
        save PDF…" does once a file is chosen)."""
        return self.certificates.save(path, offer_folder=offer_folder)

    def open_sheet_dialog(self) -> AttendanceSheetDialog | None:
        """Which day, language, phone numbers or not; then where to save the PDF."""
        if not self.workshop_id:
            return None
        current = self.attendance.day_combo.currentIndex()
        day = self.sessions[current].day if 0 <= current < len(self.sessions) else None
        # The people, so that the dialog warns of names no font of the PDF can print.
        dialog = AttendanceSheetDialog(self.sessions, self.ctx.language, day, self,
                                       people=training_service.sheet_people(
                                           self.db, self.workshop_id))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.choose_sheet_file(*dialog.values()))
        self.sheet_dialog = dialog
        dialog.open()
        return dialog

    def choose_sheet_file(self, day: str, lang: str, phones: bool) -> None:
        if not day:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save sign-in sheet"),
            str(Path(self.ctx.settings.last_folder) / self.tr("Sign-in sheet %1.pdf").replace(
                "%1", day)), self.tr("PDF file (*.pdf)"))
        if path:
            self.ctx.settings.last_folder = str(Path(path).parent)
            self.save_attendance_sheet(day, Path(path), lang=lang, phones=phones,
                                       offer_folder=True)

    def save_attendance_sheet(self, day: str, path: Path, *, lang: str | None = None,
                              phones: bool = False, offer_folder: bool = False) -> Task:
        """Write the day's sign-in sheet in the background; phone numbers only if asked."""
        assert self.workshop_id
        workshop_id, language = self.workshop_id, lang or self.ctx.language or "en"
        self._say(self.tr("Writing the sign-in sheet…"))
        self.open_folder_button.hide()

        def done(pages: int | None) -> None:
            if pages is None:
                self._say(self.tr("Cancelled; no file was written."))
                return
            self.last_saved = path
            self._say(self.tr("Saved the sign-in sheet (%n page(s)) to %1.",
                              "", pages).replace("%1", str(path)))
            self.open_folder_button.setVisible(offer_folder)

        self.last_task = run_task(
            self, self.tr("Writing the sign-in sheet"), self.ctx.db_path,
            lambda db, progress: training_service.write_attendance_sheet(
                db, workshop_id, day, path, language, progress, phones=phones),
            on_done=done, user=self.ctx.user)
        return self.last_task

    def _say(self, text: str) -> None:
        """The line under the tabs: shown while it says something, else no room taken."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def open_folder(self) -> None:
        if self.last_saved is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_saved.parent)))

    def select_participant(self, person_id: str) -> None:
        for row in range(self.participants_proxy.rowCount()):
            source = self.participants_proxy.mapToSource(self.participants_proxy.index(row, 0))
            record = self.participants_model.record_at(source.row())
            if str(rec(record, "person_id")) == person_id:
                self.participants_table.selectionModel().setCurrentIndex(
                    self.participants_proxy.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                return
