"""One SME's training and e-business services: which of its people completed which modules,
the services delivered to it (add, edit, delete — undoable) and the inquiries it received."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gmsdesk.records import catalog
from gmsdesk.records.catalog import INQUIRIES, SERVICES
from gmsdesk.storage.db import Database
from gmsdesk.storage.errors import ValidationError
from gmsdesk.storage.records import Change
from gmsdesk.ui.errors import user_message
from gmsdesk.ui.labels import current_language
from gmsdesk.ui.training.labels import channel_label, codes, service_label
from gmsdesk.ui.training.tables import RecordTableModel
from gmsdesk.ui.training.workshop_list import short_date
from gmsdesk.ui.undo import (
    CreateRecord,
    DeleteRecords,
    EditRecord,
    WriteCommand,
    push,
    undo_actions,
)
from gmsdesk.ui.widgets import heading, record_table

ERROR_STYLE = "color: #b3261e;"


@dataclass
class PersonInWorkshop:
    """One line of the training table: a person of the SME in one workshop."""

    person_id: str
    person_name: str
    workshop_title: str
    completed: list[str]
    total: int
    last_on: str | None


WATCHED = {t.table for t in (catalog.SERVICES, catalog.INQUIRIES, catalog.PROGRESS,
                             catalog.PARTICIPANTS, catalog.PEOPLE, catalog.WORKSHOPS)}  # shown


# -- editors --------------------------------------------------------------------------------


class _RecordDialog(QDialog):
    """A small form that checks its values with storage before closing."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("record_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        # Storage's check: the clean values to write, or ValidationError.
        self.check: Callable[[dict[str, Any]], dict[str, Any]] | None = None
        self.cleaned: dict[str, Any] = {}

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def _save(self) -> None:
        try:
            values = self.values()
            self.cleaned = self.check(values) if self.check is not None else values
        except ValidationError as exc:
            self.error.setText(user_message(exc) or str(exc))
            self.error.show()
            return
        self.accept()


def _date_edit(iso: str | None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    date = QDate.fromString(iso or "", Qt.DateFormat.ISODate)
    edit.setDate(date if date.isValid() else QDate.currentDate())
    return edit


class ServiceDialog(_RecordDialog):
    def __init__(self, service: Any = None, parent: QWidget | None = None,
                 staff: str = "") -> None:
        super().__init__(self.tr("Edit service") if service else self.tr("Service delivered"),
                         parent)
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("service_type")
        for code in codes("service_type"):
            self.type_combo.addItem(service_label(code), code)
        self.date_edit = _date_edit(getattr(service, "delivered_on", None))
        self.staff_edit = QLineEdit(getattr(service, "staff", None) or staff)
        self.fee_edit = QLineEdit("" if getattr(service, "fee", None) is None
                                  else f"{service.fee:g}")
        self.fee_edit.setObjectName("service_fee")
        self.fee_edit.setPlaceholderText(self.tr("0 when free of charge"))
        self.currency_edit = QLineEdit(getattr(service, "currency", None) or "USD")
        self.currency_edit.setMaxLength(3)
        self.currency_edit.setMaximumWidth(70)
        self.outcome_edit = QPlainTextEdit(getattr(service, "outcome", None) or "")
        self.outcome_edit.setObjectName("service_outcome")
        self.outcome_edit.setTabChangesFocus(True)
        self.outcome_edit.setPlaceholderText(self.tr(
            "e.g. 12 products listed on the provincial portal; 3 inquiries in the first month"))
        self.outcome_edit.setMaximumHeight(90)
        if service is not None:
            self.type_combo.setCurrentIndex(max(self.type_combo.findData(service.type), 0))
        fee_row = QHBoxLayout()
        fee_row.addWidget(self.fee_edit, 1)
        fee_row.addWidget(self.currency_edit)
        self.form.addRow(self.tr("Service:"), self.type_combo)
        self.form.addRow(self.tr("Date:"), self.date_edit)
        self.form.addRow(self.tr("Staff:"), self.staff_edit)
        self.form.addRow(self.tr("Fee charged:"), fee_row)
        self.form.addRow(self.tr("Outcome:"), self.outcome_edit)
        self.resize(520, 360)

    def values(self) -> dict[str, Any]:
        return {
            "type": self.type_combo.currentData(),
            "delivered_on": self.date_edit.date().toString(Qt.DateFormat.ISODate),
            "staff": self.staff_edit.text().strip() or None,
            "fee": self.fee_edit.text().strip() or None,
            "currency": self.currency_edit.text().strip().upper() or None,
            "outcome": self.outcome_edit.toPlainText().strip() or None,
        }


class InquiryDialog(_RecordDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Inquiry received"), parent)
        self.date_edit = _date_edit(None)
        self.country_edit = QLineEdit()
        self.country_edit.setObjectName("inquiry_country")
        self.country_edit.setMaxLength(2)
        self.country_edit.setMaximumWidth(70)
        self.country_edit.setPlaceholderText("JP")
        self.channel_combo = QComboBox()
        self.channel_combo.setObjectName("inquiry_channel")
        for code in codes("channel"):
            self.channel_combo.addItem(channel_label(code), code)
        self.notes_edit = QLineEdit()
        self.form.addRow(self.tr("Received on:"), self.date_edit)
        self.form.addRow(self.tr("From country (two letters):"), self.country_edit)
        self.form.addRow(self.tr("Channel:"), self.channel_combo)
        self.form.addRow(self.tr("Notes:"), self.notes_edit)

    def values(self) -> dict[str, Any]:
        return {
            "received_on": self.date_edit.date().toString(Qt.DateFormat.ISODate),
            "from_country": self.country_edit.text().strip().upper() or None,
            "channel": self.channel_combo.currentData(),
            "notes": self.notes_edit.text().strip() or None,
        }


# -- the view -------------------------------------------------------------------------------


def _table(name: str, model: RecordTableModel) -> QTableView:
    table = record_table(model, name)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class SmeActivityDialog(QDialog):
    """Training and services of one SME. Writes go on the window's undo stack (Ctrl+Z here
    too) and are published."""

    def __init__(self, ctx: Any, sme_id: str, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db: Database = ctx.db
        self.sme_id = sme_id
        self.undo_stack = undo_stack
        self.editor: QDialog | None = None
        sme = self.db.smes.get(sme_id)
        self.setWindowTitle(self.tr("Training and services — %1").replace("%1", sme.name))
        title = heading(sme.name + (
            f" — {sme.name_local}" if sme.name_local and sme.name_local != sme.name else ""))
        title.setWordWrap(True)

        # People and modules
        self.training_summary = QLabel()
        self.training_summary.setObjectName("training_summary")
        self.training_summary.setWordWrap(True)
        self.training_model = RecordTableModel([
            (self.tr("Person"), lambda r: r.person_name),
            (self.tr("Workshop"), lambda r: r.workshop_title),
            (self.tr("Completed"), lambda r: self.tr("%1 of %2").replace(
                "%1", str(len(r.completed))).replace("%2", str(r.total))),
            (self.tr("Modules completed"), lambda r: "; ".join(
                self._module_titles.get(m, m) for m in r.completed)),
            (self.tr("Last step"), lambda r: short_date(r.last_on)),
        ], self)
        self.training_table = _table("sme_training", self.training_model)
        header = self.training_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.training_table.setWordWrap(True)
        training_box = QGroupBox(self.tr("People and modules"))
        box = QVBoxLayout(training_box)
        box.addWidget(self.training_summary)
        box.addWidget(self.training_table)

        # Services
        self.services_model = RecordTableModel([
            (self.tr("Date"), lambda s: short_date(s.delivered_on)),
            (self.tr("Service"), lambda s: service_label(s.type)),
            (self.tr("Staff"), lambda s: s.staff),
            (self.tr("Fee"), lambda s: "" if s.fee is None else
             f"{s.fee:,.2f} {s.currency or ''}".strip()),
            (self.tr("Outcome"), lambda s: s.outcome),
        ], self)
        self.services_table = _table("sme_services", self.services_model)
        self.services_table.doubleClicked.connect(lambda _: self.edit_service())
        self.add_service_button = QPushButton(self.tr("Add service…"))
        self.add_service_button.setObjectName("add_service")
        self.add_service_button.clicked.connect(self.add_service)
        self.edit_service_button = QPushButton(self.tr("Edit…"))
        self.edit_service_button.setObjectName("edit_service")
        self.edit_service_button.clicked.connect(self.edit_service)
        self.delete_service_button = QPushButton(self.tr("Delete"))
        self.delete_service_button.setObjectName("delete_service")
        self.delete_service_button.clicked.connect(self.delete_service)
        services_box = QGroupBox(self.tr("E-business services delivered"))
        box = QVBoxLayout(services_box)
        row = QHBoxLayout()
        for button in (self.add_service_button, self.edit_service_button,
                       self.delete_service_button):
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)
        box.addWidget(self.services_table)

        # Inquiries
        self.inquiries_model = RecordTableModel([
            (self.tr("Received"), lambda i: short_date(i.received_on)),
            (self.tr("From"), lambda i: i.from_country),
            (self.tr("Channel"), lambda i: channel_label(i.channel)),
            (self.tr("Notes"), lambda i: i.notes),
        ], self)
        self.inquiries_table = _table("sme_inquiries", self.inquiries_model)
        self.add_inquiry_button = QPushButton(self.tr("Add inquiry…"))
        self.add_inquiry_button.setObjectName("add_inquiry")
        self.add_inquiry_button.clicked.connect(self.add_inquiry)
        self.delete_inquiry_button = QPushButton(self.tr("Delete"))
        self.delete_inquiry_button.setObjectName("delete_inquiry")
        self.delete_inquiry_button.clicked.connect(self.delete_inquiry)
        inquiries_box = QGroupBox(self.tr("Inquiries received through its online presence"))
        box = QVBoxLayout(inquiries_box)
        row = QHBoxLayout()
        row.addWidget(self.add_inquiry_button)
        row.addWidget(self.delete_inquiry_button)
        row.addStretch(1)
        box.addLayout(row)
        box.addWidget(self.inquiries_table)

        self.info = QLabel()
        self.info.setObjectName("activity_info")
        # A dialog is a window of its own: it needs its own Ctrl+Z over the window's stack. The
        # button names the step it takes back, which may be one taken before this dialog.
        undo, _redo = undo_actions(self.undo_stack, self)
        self.undo_button = QToolButton()
        self.undo_button.setObjectName("activity_undo")
        self.undo_button.setDefaultAction(undo)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.info, 1)
        bottom.addWidget(self.undo_button)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(training_box, 3)
        layout.addWidget(services_box, 3)
        layout.addWidget(inquiries_box, 2)
        layout.addLayout(bottom)
        self.resize(980, 720)
        ctx.bus.changes_applied.connect(self._on_changes)
        self.finished.connect(lambda _: ctx.bus.changes_applied.disconnect(self._on_changes))
        self.reload()

    # -- data -----------------------------------------------------------------------------

    def reload(self) -> None:
        self._module_titles = {m.code: m.title
                               for m in self.db.training.modules(current_language())}
        rows = self.db.training.sme_training(self.sme_id)
        grouped: dict[tuple[str, str], PersonInWorkshop] = {}
        for r in rows:  # one line per person and workshop: which modules they completed
            line = grouped.setdefault((r.person_id, r.workshop_id), PersonInWorkshop(
                r.person_id, r.person_name, r.workshop_title, [], 0, None))
            line.total += 1
            if r.status == "completed":
                line.completed.append(r.module)
            if r.status_on and (line.last_on or "") < r.status_on:
                line.last_on = r.status_on
        self.training_model.set_rows(list(grouped.values()))
        people = {r.person_id for r in rows}
        people |= {p.id for p in self.db.training.people_of_sme(self.sme_id)}
        completed = sum(1 for r in rows if r.status == "completed")
        done_people = {r.person_id for r in rows if r.status == "completed"}
        self.training_summary.setText(
            self.tr("%n person(s) of this SME known from training.", "", len(people)) + " "
            + self.tr("%n module(s) completed", "", completed) + " "
            + self.tr("by %n of them.", "", len(done_people)))
        self.services_model.set_rows(self.db.training.services(self.sme_id))
        self.inquiries_model.set_rows(self.db.training.inquiries(self.sme_id))

    def _on_changes(self, changes: list[Change]) -> None:
        if any(c.table in WATCHED or c.op == "reload" for c in changes):
            self.reload()

    def _selected(self, table: QTableView, model: RecordTableModel) -> Any:
        rows = table.selectionModel().selectedRows()
        return model.record_at(rows[0].row()) if rows else None

    # -- services -------------------------------------------------------------------------

    def add_service(self) -> None:
        dialog = ServiceDialog(None, self, staff=self.ctx.user)
        dialog.check = lambda values: self.db.training.validate_service(
            {**values, "sme_id": self.sme_id})
        dialog.accepted.connect(lambda: self.push(CreateRecord(
            self.db, self.ctx.bus, SERVICES.table, dialog.cleaned, self.tr("add service")),
            self.tr("Service added.")))
        self.editor = dialog
        dialog.open()

    def edit_service(self) -> None:
        service = self._selected(self.services_table, self.services_model)
        if service is None:
            return
        dialog = ServiceDialog(service, self)
        dialog.check = lambda values: self.db.training.validate_service(
            {**values, "sme_id": self.sme_id})
        dialog.accepted.connect(lambda: self.push(EditRecord.of(
            self.db, self.ctx.bus, SERVICES.table, service.id, dialog.cleaned,
            self.tr("edit service")), self.tr("Service saved.")))
        self.editor = dialog
        dialog.open()

    def delete_service(self) -> None:
        service = self._selected(self.services_table, self.services_model)
        if service is not None:
            self.push(DeleteRecords(self.db, self.ctx.bus, SERVICES.table, [service.id],
                                    self.tr("delete service")),
                      self.tr("Service deleted. Undo with Ctrl+Z."))

    # -- inquiries ------------------------------------------------------------------------

    def add_inquiry(self) -> None:
        dialog = InquiryDialog(self)
        dialog.check = lambda values: self.db.training.validate_inquiry(
            {**values, "sme_id": self.sme_id})
        dialog.accepted.connect(lambda: self.push(CreateRecord(
            self.db, self.ctx.bus, INQUIRIES.table, dialog.cleaned, self.tr("add inquiry")),
            self.tr("Inquiry added.")))
        self.editor = dialog
        dialog.open()

    def delete_inquiry(self) -> None:
        inquiry = self._selected(self.inquiries_table, self.inquiries_model)
        if inquiry is not None:
            self.push(DeleteRecords(self.db, self.ctx.bus, INQUIRIES.table, [inquiry.id],
                                    self.tr("delete inquiry")),
                      self.tr("Inquiry deleted. Undo with Ctrl+Z."))

    def push(self, command: WriteCommand, message: str) -> None:
        """Take a step (on the window's stack) and say so; an edit that changes nothing is
        not a step."""
        if isinstance(command, EditRecord) and not command.after:
            return
        if push(self.undo_stack, command, self):
            self.info.setText(message)
