"""The Sync area: enrol this computer once; then see how sync stands, sync now, and resolve
conflicts. The work itself is the `SyncService`'s, off the UI thread."""

from __future__ import annotations

import platform
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gmsdesk.i18n import QT_TRANSLATE_NOOP
from gmsdesk.storage.records import Change
from gmsdesk.storage.sync_store import Enrolment, HeldChange
from gmsdesk.sync.client import (
    SyncReport,
    address_problem,
    last_result,
    plain_http,
    server_address,
    transport_problem,
)
from gmsdesk.sync.connection import ConnectionCheck
from gmsdesk.sync.local_only import demo_mark, queued_demo
from gmsdesk.ui.conflicts import ConflictsView, ValueFormatter
from gmsdesk.ui.labels import format_count
from gmsdesk.ui.sync_service import (
    ERROR,
    OFFLINE,
    SYNCING,
    SyncService,
    format_sync_time,
    parse_sync_time,
    progress_numbers,
    sync_message,
)
from gmsdesk.ui.widgets import heading as make_heading

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"
MESSAGE_WIDTH = 440  # px: the narrowest a message under the enrolment form wraps at
WARNING_STYLE = "color: #8a5a00;"
# Why headquarters refuses a change, as the server says it (English), in words for a person.
REFUSALS = {
    "belongs to another agency": QT_TRANSLATE_NOOP(
        "Sync", "This record belongs to another agency."),
    "published by headquarters: read-only here": QT_TRANSLATE_NOOP(
        "Sync", "Headquarters published this record; it cannot be changed here."),
    "unknown record type": QT_TRANSLATE_NOOP(
        "Sync", "Headquarters does not know this kind of record yet (it runs an older "
        "version)."),
    "unknown field": QT_TRANSLATE_NOOP(
        "Sync", "Headquarters does not know this field yet (it runs an older version)."),
    "no such conflict": QT_TRANSLATE_NOOP("Sync", "Headquarters has no such conflict."),
}
REFUSED_ID = Qt.ItemDataRole.UserRole + 1  # a refused change's row, to discard it


def refusal_text(reason: str) -> str:
    """A refusal's reason in the person's language; others (a value's check) as they came."""
    known = REFUSALS.get(reason)
    return QCoreApplication.translate("Sync", known) if known else reason


def _selectable(label: QLabel) -> QLabel:
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _connection_label(parent: QWidget, name: str) -> QLabel:
    """Where "Test connection" says what happened (hidden until it has)."""
    label = _selectable(QLabel(parent))
    label.setObjectName(name)
    _wrap_wide(label)
    label.hide()
    return label


def _wrap_wide(label: QLabel) -> None:
    """A message that wraps at a readable width: a form row gives a wrapping label only its
    narrow size hint (a few words a line)."""
    label.setMinimumWidth(MESSAGE_WIDTH)
    label.setMaximumWidth(640)


class SyncArea(QWidget):
    def __init__(self, ctx: Any, service: SyncService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = service
        self._reenrolling = False
        self._held_mark: tuple[int, int, int, int] | None = None  # what the list shows

        self.pages = QStackedWidget(self)
        self.enrol_page = self._build_enrol_page()
        self.overview_page = self._build_overview_page()
        self.conflicts = ConflictsView(ctx, self)
        self.conflicts.back.connect(self.show_overview)
        self.conflicts.resolved.connect(lambda _changes: self.service.sync_now())
        self._testing_label = self.enrol_connection  # where the running test's answer goes
        self._demo_key: tuple[int, str] = (0, "")  # see _queued_demo
        self._demo_queued = 0
        for page in (self.enrol_page, self.overview_page, self.conflicts):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        service.state_changed.connect(lambda *_: self.refresh())
        service.progress.connect(self._show_progress)
        service.finished.connect(lambda _report: self.refresh())
        service.enrolled.connect(self._on_enrolled)
        service.enrol_failed.connect(self._on_enrol_failed)
        service.connection_tested.connect(self._on_connection_tested)
        ctx.bus.changes_applied.connect(self._on_changes)
        self.refresh()

    # -- building -----------------------------------------------------------------------------

    def _build_enrol_page(self) -> QWidget:
        page = QWidget(self)
        heading = make_heading(self.tr("Sync with headquarters"), page)
        intro = QLabel(self.tr(
            "Everything you enter is kept on this computer, and every change waits here until "
            "it is sent. To send your changes to headquarters and receive your colleagues' "
            "work, enrol this computer once with the code headquarters gave you."), page)
        intro.setWordWrap(True)

        self.server_edit = QLineEdit(page)
        self.server_edit.setObjectName("enrol_server")
        self.server_edit.setPlaceholderText("https://hq.example.org")
        self.code_edit = QLineEdit(page)
        self.code_edit.setObjectName("enrol_code")
        self.code_edit.setPlaceholderText(self.tr("The code from headquarters"))
        self.name_edit = QLineEdit(platform.node(), page)
        self.name_edit.setObjectName("enrol_name")
        self.name_edit.setToolTip(self.tr("How headquarters will know this computer"))
        for edit in (self.server_edit, self.code_edit, self.name_edit):
            edit.setMinimumWidth(320)
            edit.textChanged.connect(lambda _: self._update_enrol_button())
            edit.returnPressed.connect(self.enrol)

        self.enrol_button = QPushButton(self.tr("Enrol this computer"), page)
        self.enrol_button.setObjectName("enrol_button")
        self.enrol_button.setDefault(True)
        self.enrol_button.clicked.connect(self.enrol)
        self.enrol_cancel = QPushButton(self.tr("Cancel"), page)
        self.enrol_cancel.setObjectName("enrol_cancel")
        self.enrol_cancel.clicked.connect(self.show_overview)
        # Tries the address alone (no code is sent): whether headquarters can be reached.
        self.enrol_test = QPushButton(self.tr("Test connection"), page)
        self.enrol_test.setObjectName("enrol_test_connection")
        self.enrol_test.setToolTip(self.tr(
            "Try the server address and say what happened; nothing is sent"))
        self.enrol_test.clicked.connect(self.test_typed_connection)
        buttons = QHBoxLayout()
        buttons.addWidget(self.enrol_button)
        buttons.addWidget(self.enrol_test)
        buttons.addWidget(self.enrol_cancel)
        buttons.addStretch(1)

        self.enrol_message = QLabel(page)
        self.enrol_message.setObjectName("enrol_message")
        self.enrol_message.setWordWrap(True)
        _wrap_wide(self.enrol_message)
        self.enrol_connection = _connection_label(page, "enrol_connection_message")
        # What a test or an attempt found is said of that address, not of one typed since.
        self.server_edit.textChanged.connect(lambda _: self._clear_enrol_messages())
        self.enrol_waiting = QLabel(page)
        self.enrol_waiting.setObjectName("enrol_waiting")
        self.enrol_waiting.setWordWrap(True)

        # Offered only for an http:// address of another computer: an administrator's choice
        # for a server on the local network, said plainly.
        self.plain_http_check = QCheckBox(self.tr(
            "Allow an unencrypted connection to this server on the local network"), page)
        self.plain_http_check.setObjectName("enrol_allow_plain_http")
        self.plain_http_note = QLabel(self.tr(
            "The connection is not encrypted: anyone on the network can read what is sent, "
            "this computer's key included. Allow it only for a server of your office's own "
            "network."), page)
        self.plain_http_note.setObjectName("enrol_plain_http_note")
        self.plain_http_note.setWordWrap(True)
        self.plain_http_note.setMaximumWidth(640)
        self.plain_http_note.setStyleSheet(WARNING_STYLE)
        self.plain_http_check.hide()
        self.plain_http_note.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Server address"), self.server_edit)
        form.addRow(self.tr("Enrolment code"), self.code_edit)
        form.addRow(self.tr("Name of this computer"), self.name_edit)
        form.addRow("", self.plain_http_check)
        form.addRow("", self.plain_http_note)
        form.addRow("", buttons)
        form.addRow("", self.enrol_connection)
        form.addRow("", self.enrol_message)

        layout = QVBoxLayout(page)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.enrol_waiting)
        layout.addStretch(1)
        return page

    def _build_overview_page(self) -> QWidget:
        page = QWidget(self)
        heading = make_heading(self.tr("Sync with headquarters"), page)

        self.state_value = QLabel(page)
        self.state_value.setObjectName("sync_area_state")
        self.state_value.setWordWrap(True)
        self.agency_value = _selectable(QLabel(page))
        self.agency_value.setObjectName("sync_agency")
        self.server_value = _selectable(QLabel(page))
        self.server_value.setObjectName("sync_server")
        self.plain_http_warning = QLabel(self.tr(
            "Connection not encrypted (allowed for this local server)"), page)
        self.plain_http_warning.setObjectName("sync_plain_http")
        self.plain_http_warning.setWordWrap(True)
        self.plain_http_warning.setStyleSheet(WARNING_STYLE)
        self.device_value = _selectable(QLabel(page))
        self.device_value.setObjectName("sync_device")
        self.last_sync_value = QLabel(page)
        self.last_sync_value.setObjectName("sync_last")
        self.waiting_value = QLabel(page)
        self.waiting_value.setObjectName("sync_waiting")
        self.result_value = QLabel(page)
        self.result_value.setObjectName("sync_result")
        self.result_value.setWordWrap(True)

        self.sync_button = QPushButton(self.tr("Sync now"), page)
        self.sync_button.setObjectName("sync_now")
        self.sync_button.clicked.connect(self.sync_now)
        self.progress_bar = QProgressBar(page)
        self.progress_bar.setObjectName("sync_progress")
        self.progress_bar.setMaximumWidth(320)
        policy = self.progress_bar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.progress_bar.setSizePolicy(policy)
        self.progress_bar.hide()
        self.test_button = QPushButton(self.tr("Test connection"), page)
        self.test_button.setObjectName("sync_test_connection")
        self.test_button.setToolTip(self.tr(
            "Try the server address and say what happened; nothing is sent"))
        self.test_button.clicked.connect(self.test_enrolled_connection)
        self.connection_value = _connection_label(page, "sync_connection_message")
        sync_row = QHBoxLayout()
        sync_row.addWidget(self.sync_button)
        sync_row.addWidget(self.test_button)
        sync_row.addWidget(self._build_bundle_button(page))
        sync_row.addWidget(self.progress_bar, 1)
        sync_row.addStretch(1)

        self.error_value = QLabel(page)
        self.error_value.setObjectName("sync_error")
        self.error_value.setWordWrap(True)
        self.error_value.setStyleSheet(ERROR_STYLE)
        self.error_value.setMaximumWidth(720)
        self.reenrol_button = QPushButton(self.tr("Enrol again…"), page)
        self.reenrol_button.setObjectName("sync_reenrol")
        self.reenrol_button.clicked.connect(self.show_enrol_again)

        self.conflicts_button = QPushButton(page)
        self.conflicts_button.setObjectName("sync_conflicts")
        self.conflicts_button.setSizePolicy(QSizePolicy.Policy.Maximum,
                                            QSizePolicy.Policy.Fixed)
        self.conflicts_button.clicked.connect(self.show_conflicts)
        self.no_conflicts = QLabel(self.tr("No conflicts to resolve."), page)
        self.no_conflicts.setObjectName("sync_no_conflicts")

        form = self.overview_form = QFormLayout()
        form.addRow(self.tr("Status"), self.state_value)
        form.addRow(self.tr("Agency"), self.agency_value)
        form.addRow(self.tr("Server"), self.server_value)
        form.addRow("", self.plain_http_warning)
        form.addRow(self.tr("This computer's id"), self.device_value)
        form.addRow(self.tr("Last sync"), self.last_sync_value)
        form.addRow(self.tr("Waiting to be sent"), self.waiting_value)
        form.addRow(self.tr("Last result"), self.result_value)
        conflicts_row = QHBoxLayout()
        conflicts_row.addWidget(self.conflicts_button)
        conflicts_row.addWidget(self.no_conflicts)
        conflicts_row.addStretch(1)
        form.addRow(self.tr("Conflicts"), conflicts_row)
        # Changes sync could not store here, or headquarters would not store: kept, and said.
        self.held_value = QLabel(page)
        self.held_value.setObjectName("sync_held")
        self.held_value.setWordWrap(True)
        self.held_list = QListWidget(page)
        self.held_list.setObjectName("sync_held_list")
        self.held_list.setMaximumHeight(140)
        self.held_list.setWordWrap(True)
        self.held_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.held_list.itemSelectionChanged.connect(self._update_held_buttons)
        form.addRow(self.tr("Not stored"), self.held_value)
        form.addRow("", self.held_list)
        # Refused changes are this laptop's own work: a person copies what they need (to
        # send it to the owning agency, or type it again) and then lets it go.
        self.copy_held_button = QPushButton(self.tr("Copy"), page)
        self.copy_held_button.setObjectName("sync_copy_held")
        self.copy_held_button.setToolTip(self.tr("Copy the selected lines (or all) as text"))
        self.copy_held_button.clicked.connect(self.copy_held)
        self.discard_button = QPushButton(self.tr("Discard refused…"), page)
        self.discard_button.setObjectName("sync_discard_refused")
        self.discard_button.setToolTip(self.tr(
            "Forget the selected refused changes (all, if none is selected)"))
        self.discard_button.clicked.connect(self.discard_refused)
        held_buttons = QHBoxLayout()
        held_buttons.addWidget(self.copy_held_button)
        held_buttons.addWidget(self.discard_button)
        held_buttons.addStretch(1)
        self.held_buttons = QWidget(page)
        self.held_buttons.setLayout(held_buttons)
        held_buttons.setContentsMargins(0, 0, 0, 0)
        form.addRow("", self.held_buttons)

        layout = QVBoxLayout(page)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addLayout(sync_row)
        layout.addWidget(self.bundle_value)
        layout.addWidget(self.connection_value)
        layout.addWidget(self.error_value)
        layout.addWidget(self.reenrol_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    # -- showing ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the page that fits, with what the database and the service say now."""
        enrolment = self.ctx.db.sync.enrolment()
        if enrolment is None or self._reenrolling:
            if self.pages.currentWidget() is not self.enrol_page:
                self.pages.setCurrentWidget(self.enrol_page)
            self._refresh_enrol_page(enrolment)
            return
        if self.pages.currentWidget() is self.enrol_page:
            self.pages.setCurrentWidget(self.overview_page)
        self._refresh_overview(enrolment)

    def _refresh_enrol_page(self, enrolment: Enrolment | None) -> None:
        busy = self.service.enrolling
        self.enrol_cancel.setVisible(enrolment is not None)
        for edit in (self.server_edit, self.code_edit, self.name_edit):
            edit.setEnabled(not busy)
        count = self.ctx.db.outbox.pending_count()
        demo = self._queued_demo(count)
        mine = count - demo
        parts = [self.tr("%n change(s) on this computer will be sent after enrolment.", "",
                         mine)] if mine else []
        if demo:
            parts.append(self.tr("Demo data waiting too: %Ln change(s), dropped, never sent.",
                                 "", demo))
        self.enrol_waiting.setText(" ".join(parts))
        self._update_enrol_button()

    def _queued_demo(self, pending: int) -> int:
        """How many of the `pending` changes are demo data (the next sync drops them, never
        sent: see `local_only`). Read again only while shown, and when the queue or the demo
        records changed: it reads the whole queue."""
        db = self.ctx.db
        if not pending or not demo_mark(db):
            return 0
        key = (pending, demo_mark(db))
        if key != self._demo_key and self.isVisible():
            self._demo_key, self._demo_queued = key, queued_demo(db)
        return min(self._demo_queued, pending)

    def _update_enrol_button(self) -> None:
        self.enrol_button.setEnabled(not self.service.enrolling
                                     and bool(self.server_edit.text().strip())
                                     and bool(self.code_edit.text().strip()))
        self.enrol_test.setEnabled(self.service.probe is None
                                   and bool(self.server_edit.text().strip()))
        offered = plain_http(self._typed_url())
        if offered and self.plain_http_check.isHidden():
            self.plain_http_check.setChecked(self.ctx.db.sync.plain_http_allowed())
        self.plain_http_check.setVisible(offered)
        self.plain_http_note.setVisible(offered)
        self.plain_http_check.setEnabled(not self.service.enrolling)

    def _typed_url(self) -> str:
        """The server address as enrolment will use it (https:// when none is said)."""
        return server_address(self.server_edit.text())

    def _refresh_overview(self, enrolment: Enrolment) -> None:
        service = self.service
        self.state_value.setText(service.text)
        agency = enrolment.agency_name or enrolment.agency_id
        if self.ctx.db.is_hq:
            agency = self.tr("%1 — headquarters: holds every agency's records").replace(
                "%1", agency)
        self.agency_value.setText(agency)
        self.server_value.setText(enrolment.server_url)
        # Unencrypted only where an administrator allowed it, and then said (where it is not
        # allowed, the sync itself says why it refuses).
        url = enrolment.server_url
        self.plain_http_warning.setVisible(plain_http(url) and not transport_problem(
            url, self.ctx.db.sync.plain_http_allowed()))
        self.device_value.setText(enrolment.device_id)
        when = self.ctx.db.sync.last_sync()
        moment = parse_sync_time(when) if when else None
        if moment is None:
            self.last_sync_value.setText(self.tr("Never"))
        elif moment.date() == QDate.currentDate():
            self.last_sync_value.setText(self.tr("Today at %1").replace(
                "%1", format_sync_time(when)))
        else:
            self.last_sync_value.setText(format_sync_time(when))
        count = self.ctx.db.outbox.pending_count()
        waiting = self.tr("%n change(s)", "", count)
        demo = self._queued_demo(count)
        if demo:  # the same count as everywhere, and what becomes of part of it
            waiting += " " + self.tr("(%Ln of demo data: dropped at the next sync, never sent)",
                                     "", demo)
        self.waiting_value.setText(waiting)
        # What the last sync did, of the same sync whose time is shown above (kept across
        # restarts); no row at all before the first.
        report = last_result(self.ctx.db) if moment is not None else None
        self.result_value.setText(self.report_text(report) if report is not None else "")
        self.overview_form.setRowVisible(self.result_value, report is not None)
        syncing = service.state == SYNCING
        self.sync_button.setEnabled(not service.busy)
        self.test_button.setEnabled(service.probe is None)
        self.sync_button.setText(self.tr("Syncing…") if syncing else self.tr("Sync now"))
        if not syncing:
            self.progress_bar.hide()
        problem = service.error_message if service.state in (ERROR, OFFLINE) else ""
        self.error_value.setText(problem)
        self.error_value.setVisible(bool(problem))
        self.reenrol_button.setVisible(service.needs_enrolment)
        open_count = len(self.ctx.db.sync.open_conflicts())
        self.conflicts_button.setText(self.tr("Resolve %n conflict(s)…", "", open_count))
        self.conflicts_button.setVisible(open_count > 0)
        self.no_conflicts.setVisible(open_count == 0)
        self._refresh_held()

    def _refresh_held(self) -> None:
        """Received values this release keeps aside, and our changes headquarters refused:
        read again only when they changed (this runs after every edit)."""
        mark = self.ctx.db.sync.held_mark()
        if mark == self._held_mark:
            return
        self._held_mark = mark
        held_count, _, refused_count, _ = mark
        held = self.ctx.db.sync.deferred() if held_count else []
        refused = self.ctx.db.sync.refused() if refused_count else []
        parts = []
        if held_count:
            parts.append(self.tr("%n changes received could not be stored on this computer: "
                                 "kept here, to be applied after an update of GMS Desk.", "",
                                 held_count))
        if refused_count:
            parts.append(self.tr("%n changes were refused by headquarters: kept here, not sent "
                                 "again.", "", refused_count))
        self.held_value.setText(" ".join(parts) or self.tr("Nothing"))
        self.held_list.clear()
        formatter = ValueFormatter(self.ctx.db)
        lines: list[tuple[HeldChange, str, bool]] = [
            *((h, self.tr("received"), False) for h in held),
            *((r, self.tr("refused"), True) for r in refused)]
        for change, why, was_refused in lines[:200]:
            record = formatter.describe(change.table, change.record_id) or \
                f"{change.table} {change.record_id[:8]}"
            field = formatter.field_label(change.table, change.field)
            if was_refused:
                value = formatter.value(change.table, change.field, change.value)
                text = self.tr("%1 — %2 “%3” (refused): %4").replace("%1", record).replace(
                    "%2", field).replace("%3", value).replace("%4", refusal_text(change.reason))
            else:
                text = f"{record} — {field} ({why}): {change.reason}"
            item = QListWidgetItem(text)
            if was_refused:
                item.setData(REFUSED_ID, change.id)
            self.held_list.addItem(item)
        self.held_list.setVisible(bool(held_count or refused_count))
        self.held_buttons.setVisible(bool(held_count or refused_count))
        self._update_held_buttons()

    def _update_held_buttons(self) -> None:
        chosen = self.held_list.selectedItems() or [
            self.held_list.item(i) for i in range(self.held_list.count())]
        self.discard_button.setEnabled(any(i.data(REFUSED_ID) for i in chosen))

    def copy_held(self) -> str:
        """The selected lines (all, if none is selected) to the clipboard, one per line."""
        chosen = self.held_list.selectedItems() or [
            self.held_list.item(i) for i in range(self.held_list.count())]
        text = "\n".join(i.text() for i in chosen)
        QGuiApplication.clipboard().setText(text)
        return text

    def discard_refused(self) -> int:
        """Forget the selected refused changes (all, if none is selected), once asked."""
        chosen = self.held_list.selectedItems() or [
            self.held_list.item(i) for i in range(self.held_list.count())]
        ids = [int(i.data(REFUSED_ID)) for i in chosen if i.data(REFUSED_ID)]
        if not ids:
            return 0
        answer = QMessageBox.question(
            self, self.tr("Discard refused changes"),
            self.tr("Forget %n refused change(s)? What was typed stays on this computer only; "
                    "copy it first if someone needs it.", "", len(ids)),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Discard:
            return 0
        gone = self.ctx.db.sync.discard_refused(ids)
        self._refresh_held()
        return gone

    def report_text(self, report: SyncReport) -> str:
        """"Sent 12, received 40, 1 conflict" — what the last sync did, in plain words."""
        conflicts = report.conflicts  # lupdate sees `%n` only in self.tr(), given a plain name
        text = (self.tr("Sent %1, received %2, %n conflict(s)", "", conflicts) if conflicts
                else self.tr("Sent %1, received %2"))
        text = text.replace("%1", format_count(report.sent)).replace(
            "%2", format_count(report.received))
        kept = report.set_aside
        if kept:
            text += ", " + self.tr("%Ln change(s) of demo data kept here", "", kept)
        files = report.attachments  # photos and files go after the records, piece by piece
        if files is not None:
            if files.sent:
                text += ", " + self.tr("%Ln photo(s) and file(s) sent", "", files.sent)
            if files.waiting:
                text += ", " + self.tr("%Ln still to send", "", files.waiting)
            if files.problem:
                text += ". " + QCoreApplication.translate("Sync", files.problem)
        return text

    def _show_progress(self, done: int, total: int) -> None:
        """The numbers the status says (see SyncService), as a bar."""
        self.progress_bar.show()
        self.progress_bar.setRange(0, max(total, 0))
        self.progress_bar.setValue(max(0, min(done, total)) if total else 0)
        sent, of = progress_numbers(done, total)
        self.progress_bar.setFormat(self.tr("%1 of %2").replace("%1", sent).replace("%2", of))

    def show_overview(self) -> None:
        self._reenrolling = False
        self.pages.setCurrentWidget(self.overview_page)
        self.refresh()

    def show_conflicts(self) -> None:
        self.conflicts.reload()
        self.pages.setCurrentWidget(self.conflicts)

    def show_enrol_again(self) -> None:
        enrolment = self.ctx.db.sync.enrolment()
        self._reenrolling = True
        if enrolment is not None:
            self.server_edit.setText(enrolment.server_url)
        self.code_edit.clear()
        self.enrol_message.clear()
        self.refresh()

    # -- actions ------------------------------------------------------------------------------

    def enrol(self) -> None:
        if not self.enrol_button.isEnabled():
            return
        self.enrol_connection.hide()  # one message at a time: what enrolling finds
        url = self._typed_url()
        problem = address_problem(url) or transport_problem(url,
                                                            self.plain_http_check.isChecked())
        if problem:  # said before anything is sent (the client refuses it all the same)
            self.enrol_message.setStyleSheet(ERROR_STYLE)
            self.enrol_message.setText(QCoreApplication.translate("Sync", problem))
            return
        if plain_http(url) and not self.ctx.db.sync.plain_http_allowed():
            self.ctx.db.sync.allow_plain_http(True)  # the box was ticked, for this server
        self.enrol_message.setStyleSheet("")
        self.enrol_message.setText(self.tr("Enrolling this computer with headquarters…"))
        if self.service.enroll(self.server_edit.text(), self.code_edit.text(),
                               self.name_edit.text()):
            self.refresh()

    def sync_now(self) -> None:
        self.service.sync_now()
        self.refresh()

    def _clear_enrol_messages(self) -> None:
        if not self.service.enrolling:  # what an enrolment under way finds is still to come
            self.enrol_connection.hide()
            self.enrol_message.clear()

    def test_typed_connection(self) -> None:
        """Try the address typed in the enrolment form (an unencrypted one only if the box
        allowing it is ticked)."""
        self._clear_enrol_messages()
        allowed = self.plain_http_check.isVisible() and self.plain_http_check.isChecked()
        self._test(self.enrol_connection, self._typed_url(), allowed)

    def test_enrolled_connection(self) -> None:
        enrolment = self.ctx.db.sync.enrolment()
        if enrolment is not None:
            self._test(self.connection_value, enrolment.server_url,
                       self.ctx.db.sync.plain_http_allowed())

    def _test(self, label: QLabel, url: str, allow_plain_http: bool) -> None:
        self._testing_label = label
        label.setStyleSheet("")
        label.setText(self.tr("Trying %1…").replace("%1", url))
        label.show()
        self.service.test_connection(url, allow_plain_http)
        self.refresh()

    def _on_connection_tested(self, check: ConnectionCheck | None, text: str) -> None:
        label = self._testing_label
        label.setStyleSheet(OK_STYLE if check is not None and check.ok else ERROR_STYLE)
        label.setText(text)
        label.show()
        self.refresh()

    def _on_enrolled(self, enrolment: Enrolment) -> None:
        self._reenrolling = False
        self.code_edit.clear()
        self.enrol_message.clear()
        self.pages.setCurrentWidget(self.overview_page)
        self.refresh()

    def _on_enrol_failed(self, message: str) -> None:
        self.enrol_message.setStyleSheet(ERROR_STYLE)
        self.enrol_message.setText(message)
        self.refresh()
        self.code_edit.setFocus()

    def _on_changes(self, changes: list[Change]) -> None:
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Settings may have allowed (or no longer allow) an unencrypted connection."""
        super().showEvent(event)
        self.refresh()

    def shutdown(self) -> None:
        self.ctx.bus.changes_applied.disconnect(self._on_changes)
        self.conflicts.shutdown()

    # -- sync by file (gmsdesk.sync.bundle) -----------------------------------------------------

    def _build_bundle_button(self, page: QWidget) -> QPushButton:
        """"Sync by file…": a bundle for headquarters on a USB stick, and its reply back."""
        from PySide6.QtWidgets import QMenu

        button = self.bundle_button = QPushButton(self.tr("Sync by file…"), page)
        button.setObjectName("sync_by_file")
        button.setToolTip(self.tr(
            "No connection? Take your changes to headquarters on a USB stick, and bring its "
            "reply back"))
        menu = QMenu(button)
        menu.addAction(self.tr("Export bundle…"), lambda: self.export_bundle())
        menu.addAction(self.tr("Import bundle…"), lambda: self.import_bundle())
        button.setMenu(menu)
        self.bundle_value = _selectable(QLabel(page))  # what the last export or import did
        self.bundle_value.setObjectName("sync_bundle_message")
        self.bundle_value.setMaximumWidth(720)
        self.bundle_value.hide()
        return button

    def export_bundle(self, path: str = "", passphrase: str | None = None) -> Any:
        """Write the bundle (in the background); asks where, and for an optional
        passphrase, unless given. Returns the task, or None when the person cancelled."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog, QInputDialog

        from gmsdesk.sync import bundle

        if not path:
            name = f"gmsdesk-{self.ctx.db.device_id[:8]}-{QDate.currentDate().toString('yyyyMMdd')}"
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export sync bundle"), name + bundle.SUFFIX,
                self.tr("Sync bundles (*%1)").replace("%1", bundle.SUFFIX))
            if not path:
                return None
        if passphrase is None:
            passphrase, ok = QInputDialog.getText(
                self, self.tr("Export sync bundle"), self.tr(
                    "A passphrase to encrypt the bundle with (leave it empty not to encrypt; "
                    "whoever imports it will need it):"), QLineEdit.EchoMode.Password)
            if not ok:
                return None
        target, secret = Path(path), passphrase

        def work(db: Any, progress: Any) -> Any:
            try:
                return bundle.export_to(db, target, secret, progress)
            except bundle.BundleError as exc:  # a person can act on it: said, not a crash
                return exc

        def done(result: Any) -> None:
            if isinstance(result, bundle.Cancelled):  # stopped: the file was not left behind
                self._say_bundle(self.tr("Export stopped: no bundle was written."), "")
                return
            if isinstance(result, bundle.BundleError):
                self._say_bundle(sync_message(result), ERROR_STYLE)
                return
            sent = result.sent  # lupdate sees `%n` only given a plain name
            text = self.tr(
                "Wrote %1: %n change(s). Take it to headquarters, then import the reply it "
                "gives you here.", "", sent).replace("%1", target.name)
            files = result.files
            if files:
                text += " " + self.tr("It carries %n photo(s) and file(s) too.", "", files)
            self._say_bundle(text, OK_STYLE)

        return self._run_bundle(self.tr("Writing the sync bundle…"), work, done)

    def import_bundle(self, path: str = "", passphrase: str = "") -> Any:
        """Take headquarters' reply, or another computer's bundle of this agency (in the
        background); asks for the file, and for the passphrase if it is encrypted."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog, QInputDialog

        from gmsdesk.sync import bundle

        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import sync bundle"), "",
                self.tr("Sync bundles (*%1)").replace("%1", bundle.SUFFIX))
            if not path:
                return None
        source = Path(path)

        def work(db: Any, progress: Any) -> Any:
            try:
                return bundle.import_file(db, source, passphrase, progress)
            except bundle.BundleError as exc:
                return exc

        def done(result: Any) -> None:
            if isinstance(result, bundle.Cancelled):  # stopped: rolled back, whole
                self._say_bundle(self.tr(
                    "Import stopped: nothing was imported. Import the bundle again when you "
                    "are ready."), "")
                return
            if isinstance(result, (bundle.NeedsPassphrase, bundle.WrongPassphrase)):
                if isinstance(result, bundle.WrongPassphrase):
                    self._say_bundle(sync_message(result), ERROR_STYLE)
                given, ok = QInputDialog.getText(
                    self, self.tr("Import sync bundle"),
                    self.tr("The passphrase this bundle was made with:"),
                    QLineEdit.EchoMode.Password)
                if ok and given:
                    self.import_bundle(path, given)
                return
            if isinstance(result, bundle.BundleError):
                self._say_bundle(sync_message(result), ERROR_STYLE)
                return
            self._publish_bundle(result.changes)
            text = self._imported_text(result)
            self._say_bundle(text, OK_STYLE)
            self.refresh()

        return self._run_bundle(self.tr("Reading the sync bundle…"), work, done)

    def _imported_text(self, result: Any) -> str:
        """What an imported bundle brought, in words (`bundle.ImportSummary`)."""
        from gmsdesk.sync import bundle

        received = result.received  # lupdate sees `%n` only given a plain name
        if result.kind == bundle.REPLY:
            confirmed = result.acknowledged
            text = self.tr("Imported headquarters' reply: %n change(s) received.", "",
                           received) + " " + self.tr(
                "Headquarters confirmed %n change(s) of yours.", "", confirmed)
            delivered = result.files_delivered
            if delivered:
                text += " " + self.tr("Headquarters has %n of your photos and files now.",
                                      "", delivered)
        else:
            text = self.tr("Imported another computer's bundle: %n change(s). They go on "
                           "to headquarters with your next bundle.", "", received)
            files = result.files
            if files:
                text += " " + self.tr("It carried %n photo(s) and file(s), kept here and "
                                      "carried on.", "", files)
            refused = result.files_refused
            if refused:
                text += " " + self.tr(
                    "%n file(s) in it did not match what the bundle lists (damaged or changed) "
                    "and stayed out.", "", refused)
            if not result.checked:  # no keys from headquarters yet (see bundle's note)
                text += " " + self.tr(
                    "This computer could not check which computer made it (it has not "
                    "synced with headquarters, or imported its reply, yet); headquarters "
                    "checks it when the bundle reaches it.")
        return text

    def _run_bundle(self, title: str, work: Any, done: Any) -> Any:
        from gmsdesk.ui import tasks
        from gmsdesk.ui.errors import show_error

        def finish(result: Any) -> None:
            self.bundle_button.setEnabled(True)
            done(result)

        def failed(exc: BaseException) -> None:  # a bug: the crash dialog, with details
            self.bundle_button.setEnabled(True)
            show_error(self, exc)

        self.bundle_button.setEnabled(False)
        # A progress dialog with Cancel after a moment: a large bundle takes a while to pack
        # or apply, and stopping it leaves nothing half done (see gmsdesk.sync.bundle).
        return tasks.run_task(self, title, self.ctx.db_path, work, on_done=finish,
                              on_error=failed, user=self.ctx.user)

    def _say_bundle(self, text: str, style: str) -> None:
        self.bundle_value.setStyleSheet(style)
        self.bundle_value.setText(text)
        self.bundle_value.show()

    def _publish_bundle(self, changes: list[Change]) -> None:
        """Open screens show what a reply brought, as after a sync (a large one reloads)."""
        if len(changes) > 200:
            for table in sorted({c.table for c in changes}):
                self.ctx.bus.publish_reload(table)
        elif changes:
            self.ctx.bus.publish(changes)
