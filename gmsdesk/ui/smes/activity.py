"""One SME's training and e-business services: which of its people completed which modules,
where it is online, the services delivered to it and the inquiries it received (add, edit,
delete — undoable)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gmsdesk.money import format_amount, parse_money
from gmsdesk.records import catalog
from gmsdesk.records.catalog import INQUIRIES, SERVICES
from gmsdesk.storage.db import Database
from gmsdesk.storage.errors import ValidationError
from gmsdesk.storage.presences import Presence
from gmsdesk.storage.records import Change, Changes, RecordWriter
from gmsdesk.storage.training import Inquiry, Service
from gmsdesk.ui.bus import ChangeBus
from gmsdesk.ui.labels import country_name, current_language, format_count, money_text
from gmsdesk.ui.pickers import CountryCombo
from gmsdesk.ui.training.labels import channel_label, codes, label, service_label
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
from gmsdesk.ui.widgets import (
    DateEdit,
    fit_columns_to_width,
    fit_to_screen,
    heading,
    keep_enter_in_fields,
    label_at_first_line,
    record_table,
    short_undo_text,
    show_field_errors,
    show_start,
)

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
                             catalog.PARTICIPANTS, catalog.PEOPLE, catalog.WORKSHOPS,
                             catalog.PRESENCES)}  # shown


def presence_kind_label(code: str | None) -> str:
    """A kind of presence in the UI language; an unknown code (a newer release's) as it is."""
    if not code:
        return ""
    return QCoreApplication.translate("Presence", catalog.PRESENCE_KINDS.get(code, code))


def presence_status_label(code: str | None) -> str:
    if not code:
        return ""
    return QCoreApplication.translate("Presence", catalog.PRESENCE_STATUSES.get(code, code))


def outcome_label(code: str | None) -> str:
    return label("inquiry_outcome", code)


def presence_line(presence: Presence) -> str:
    """A presence in a few words: "Agency portal: Cambodia Trade Portal"."""
    kind = presence_kind_label(presence.kind)
    where = presence.name or presence.url
    return f"{kind}: {where}" if where else kind


def service_line(service: Service) -> str:
    """A service in a few words: "Website set-up, 05/03/2025"."""
    return ", ".join(p for p in (service_label(service.type), short_date(service.delivered_on))
                     if p)


# -- steps on presences -------------------------------------------------------------------


class _PresenceStep(WriteCommand):
    """A step on one presence through its repository, so the SME's ICT flags follow it. Undo
    turns off again the flags the step turned on (none other: an officer's own stay)."""

    def __init__(self, db: Database, bus: ChangeBus, sme_id: str, text: str) -> None:
        super().__init__(db, bus, text)
        self.sme_id = sme_id
        self.flags: tuple[str, ...] = ()

    def _noting_flags(self, changes: Changes) -> Changes:
        self.flags = tuple(sorted({name for c in changes if c.table == catalog.SMES.table
                                   for name in c.fields}))
        return changes

    def _flags_back(self) -> Changes:
        if not self.flags:
            return ()
        return RecordWriter(self.db).update(self.db.smes.spec, self.sme_id,
                                            dict.fromkeys(self.flags, 0))


class AddPresence(_PresenceStep):
    """Add a presence from clean values; undo tombstones it, redo brings the same one back."""

    def __init__(self, db: Database, bus: ChangeBus, sme_id: str, values: dict[str, Any],
                 text: str) -> None:
        super().__init__(db, bus, sme_id, text)
        self.values = dict(values)
        self.record_id: str | None = None

    def forward(self) -> Changes:
        if self.record_id is None:
            changes = self.db.presences.add(self.sme_id, self.values)
            self.record_id = changes[0].record_id
            return self._noting_flags(changes)
        return self._noting_flags(self.db.presences.restore(self.record_id))

    def back(self) -> Changes:
        assert self.record_id is not None
        return self.db.presences.delete(self.record_id) + self._flags_back()


class EditPresence(_PresenceStep):
    """Write `after` into a presence; undo writes back what it held (and its date, when the
    status changed: a new status without a date is dated today)."""

    def __init__(self, db: Database, bus: ChangeBus, presence: Presence,
                 values: dict[str, Any], text: str) -> None:
        super().__init__(db, bus, presence.sme_id, text)
        self.record_id = presence.id
        stored = presence.values()
        self.after = {k: v for k, v in values.items() if k in stored and v != stored[k]}
        names = [*self.after, "status_on"] if "status" in self.after else list(self.after)
        self.before = {k: stored[k] for k in names}

    def forward(self) -> Changes:
        return self._noting_flags(self.db.presences.update(self.record_id, self.after))

    def back(self) -> Changes:
        return self.db.presences.update(self.record_id, self.before) + self._flags_back()


class DeletePresence(_PresenceStep):
    """Tombstone a presence (the SME's flags stay); undo brings it back."""

    def __init__(self, db: Database, bus: ChangeBus, presence: Presence, text: str) -> None:
        super().__init__(db, bus, presence.sme_id, text)
        self.record_id = presence.id

    def forward(self) -> Changes:
        return self.db.presences.delete(self.record_id) + self._flags_back()

    def back(self) -> Changes:
        return self._noting_flags(self.db.presences.restore(self.record_id))


# -- editors --------------------------------------------------------------------------------


class _RecordDialog(QDialog):
    """A small form that checks its values with storage before closing: Ctrl+Enter (or Save)
    saves a valid record only, each problem shows under its field, Enter in a field stays
    there, Esc closes without writing."""

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
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        keep_enter_in_fields(self, self._save)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        # Storage's check: the clean values to write, or ValidationError.
        self.check: Callable[[dict[str, Any]], dict[str, Any]] | None = None
        self.cleaned: dict[str, Any] = {}
        self.editors: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}

    def add_field(self, text: str, widget: QWidget | QHBoxLayout, **editors: QWidget) -> None:
        """A row of the form: `widget` (or a row of widgets) and, under it, a red message for
        each field it edits (`editors`, by field name), hidden until there is a problem."""
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        if isinstance(widget, QHBoxLayout):
            box.addLayout(widget)
        else:
            box.addWidget(widget)
        for name, editor in editors.items():
            error = QLabel()
            error.setObjectName(f"error_{name}")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            box.addWidget(error)
            self.editors[name] = editor
            self.error_labels[name] = error
        self.form.addRow(text, holder)
        first = next(iter(editors.values()), None)
        row_label = self.form.labelForField(holder)
        if first is not None and isinstance(row_label, QLabel):
            row_label.setBuddy(first)
        if isinstance(widget, QPlainTextEdit):
            # A text box takes the room the form has to spare, its label level with its
            # first line (a form leaves it above, at the top of the row).
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            label_at_first_line(row_label, widget)
        # A long staff name, portal or note shows its beginning.
        show_start(*(editor for editor in editors.values() if isinstance(editor, QLineEdit)))

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def _save(self) -> None:
        try:
            values = self.values()
            self.cleaned = self.check(values) if self.check is not None else values
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        self.accept()

    def show_errors(self, errors: dict[str, str]) -> None:
        """Each problem under its field, the first such field focused; a problem with no field
        here (the SME itself) above the buttons."""
        show_field_errors(errors, self.error_labels, self.editors)
        rest = [QCoreApplication.translate("Validation", message)
                for name, message in errors.items() if name not in self.error_labels]
        self.error.setText("\n".join(rest))
        self.error.setVisible(bool(rest))
        wrong = [name for name in self.editors if name in errors]
        if wrong:
            self.editors[wrong[0]].setFocus()


def _date_edit(iso: str | None) -> QDateEdit:
    edit = DateEdit()
    edit.setCalendarPopup(True)
    date = QDate.fromString(iso or "", Qt.DateFormat.ISODate)
    edit.setDate(date if date.isValid() else QDate.currentDate())
    return edit


NO_DATE = QDate(2000, 1, 1)  # what an optional date edit shows as "not known"


def _optional_date_edit(iso: str | None, unknown: str) -> QDateEdit:
    """A date that may be unknown: its earliest value reads `unknown` and means none."""
    edit = _date_edit(iso)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(unknown)
    if iso is None:
        edit.setDate(NO_DATE)
    return edit


def _optional_date(edit: QDateEdit) -> str | None:
    return None if edit.date() == NO_DATE else edit.date().toString(Qt.DateFormat.ISODate)


def _currency_edit(code: str) -> QLineEdit:
    edit = QLineEdit(code)
    edit.setMaxLength(3)
    edit.setMaximumWidth(70)
    return edit


def _amount(text: str, currency: str) -> Any:
    """What was typed as an amount: the number (any separators), or the text itself for
    storage to say what is wrong with it."""
    try:
        return parse_money(text, currency or None)
    except ValueError:
        return text.strip()


def _choose(combo: QComboBox, code: str | None) -> None:
    """Select `code`'s item (the empty one first for none)."""
    combo.setCurrentIndex(max(combo.findData(code), 0) if code else 0)


class ServiceDialog(_RecordDialog):
    def __init__(self, service: Service | None = None, parent: QWidget | None = None,
                 staff: str = "", currency: str = "USD") -> None:
        super().__init__(self.tr("Edit service") if service else self.tr("Service delivered"),
                         parent)
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("service_type")
        for code in codes("service_type"):
            self.type_combo.addItem(service_label(code), code)
        self.date_edit = _date_edit(getattr(service, "delivered_on", None))
        self.staff_edit = QLineEdit(getattr(service, "staff", None) or staff)
        currency = getattr(service, "currency", None) or currency
        self.fee_edit = QLineEdit("" if service is None else format_amount(
            service.fee, currency, current_language()))
        self.fee_edit.setObjectName("service_fee")
        self.fee_edit.setPlaceholderText(self.tr("0 when free of charge"))
        self.currency_edit = _currency_edit(currency)
        self.currency_edit.setObjectName("service_currency")
        self.paid_check = QCheckBox(self.tr("Paid"))
        self.paid_check.setObjectName("service_paid")
        self.paid_check.setToolTip(self.tr("The SME has paid the fee."))
        self.paid_check.setChecked(bool(getattr(service, "paid", False)))
        self.outcome_edit = QPlainTextEdit(getattr(service, "outcome", None) or "")
        self.outcome_edit.setObjectName("service_outcome")
        self.outcome_edit.setTabChangesFocus(True)
        self.outcome_edit.setPlaceholderText(self.tr(
            "e.g. 12 products listed on the provincial portal; 3 inquiries in the first month"))
        self.outcome_edit.setMinimumHeight(60)  # three lines; more when the dialog has room
        if service is not None:
            self.type_combo.setCurrentIndex(max(self.type_combo.findData(service.type), 0))
        fee_row = QHBoxLayout()
        fee_row.addWidget(self.fee_edit, 1)
        fee_row.addWidget(self.currency_edit)
        fee_row.addWidget(self.paid_check)
        self.add_field(self.tr("Service:"), self.type_combo, type=self.type_combo)
        self.add_field(self.tr("Date:"), self.date_edit, delivered_on=self.date_edit)
        self.add_field(self.tr("Staff:"), self.staff_edit, staff=self.staff_edit)
        self.add_field(self.tr("Fee charged:"), fee_row, fee=self.fee_edit,
                       currency=self.currency_edit)
        self.add_field(self.tr("Outcome:"), self.outcome_edit, outcome=self.outcome_edit)
        fit_to_screen(self, 520, 380)

    def values(self) -> dict[str, Any]:
        currency = self.currency_edit.text().strip().upper()
        return {
            "type": self.type_combo.currentData(),
            "delivered_on": self.date_edit.date().toString(Qt.DateFormat.ISODate),
            "staff": self.staff_edit.text().strip() or None,
            "fee": _amount(self.fee_edit.text(), currency),
            "currency": currency or None,
            "paid": int(self.paid_check.isChecked()),
            "outcome": self.outcome_edit.toPlainText().strip() or None,
        }


class InquiryDialog(_RecordDialog):
    """An inquiry: when and how it came (both needed), from where, what brought it (one of the
    SME's services or presences), what became of it."""

    def __init__(self, parent: QWidget | None = None, inquiry: Inquiry | None = None, *,
                 services: list[Service] | tuple[Service, ...] = (),
                 presences: list[Presence] | tuple[Presence, ...] = (),
                 staff: str = "", currency: str = "USD") -> None:
        super().__init__(self.tr("Edit inquiry") if inquiry else self.tr("Inquiry received"),
                         parent)
        self.date_edit = _date_edit(getattr(inquiry, "received_on", None))
        # Any country by its name in the UI language, searched as one types; the record keeps
        # its ISO code.
        self.country_combo = CountryCombo(placeholder=self.tr("Type to search, e.g. Japan"))
        self.country_combo.setObjectName("inquiry_country")
        self.country_combo.set_code(getattr(inquiry, "from_country", None))
        # No channel chosen at first: an inquiry nobody said anything about is not saved.
        self.channel_combo = QComboBox()
        self.channel_combo.setObjectName("inquiry_channel")
        self.channel_combo.addItem(self.tr("Choose…"), None)
        for code in codes("channel"):
            self.channel_combo.addItem(channel_label(code), code)
        _choose(self.channel_combo, getattr(inquiry, "channel", None))
        self.through_combo = QComboBox()
        self.through_combo.setObjectName("inquiry_through")
        self.through_combo.addItem(self.tr("Not known"), None)
        for presence in presences:
            self.through_combo.addItem(presence_line(presence), f"presence_id:{presence.id}")
        for service in services:
            self.through_combo.addItem(
                self.tr("Service: %1").replace("%1", service_line(service)),
                f"service_id:{service.id}")
        if inquiry is not None and (inquiry.presence_id or inquiry.service_id):
            through = f"presence_id:{inquiry.presence_id}" if inquiry.presence_id \
                else f"service_id:{inquiry.service_id}"
            if self.through_combo.findData(through) < 0:  # deleted since: kept unless changed
                self.through_combo.addItem(self.tr("Deleted since"), through)
            _choose(self.through_combo, through)
        self.outcome_combo = QComboBox()
        self.outcome_combo.setObjectName("inquiry_outcome")
        self.outcome_combo.addItem(self.tr("Not known yet"), None)
        for code in codes("inquiry_outcome"):
            self.outcome_combo.addItem(outcome_label(code), code)
        _choose(self.outcome_combo, getattr(inquiry, "outcome", None))
        currency = getattr(inquiry, "currency", None) or currency
        self.order_edit = QLineEdit(format_amount(getattr(inquiry, "order_value", None),
                                                  currency, current_language()))
        self.order_edit.setObjectName("inquiry_order_value")
        self.order_edit.setPlaceholderText(self.tr("When it led to an order"))
        # A value typed before an outcome was chosen is an order's.
        self.order_edit.textEdited.connect(self._order_typed)
        self.currency_edit = _currency_edit(currency)
        self.currency_edit.setObjectName("inquiry_currency")
        self.staff_edit = QLineEdit(getattr(inquiry, "staff", None) or staff)
        self.staff_edit.setObjectName("inquiry_staff")
        self.notes_edit = QLineEdit(getattr(inquiry, "notes", None) or "")
        order_row = QHBoxLayout()
        order_row.addWidget(self.order_edit, 1)
        order_row.addWidget(self.currency_edit)
        self.add_field(self.tr("Received on:"), self.date_edit, received_on=self.date_edit)
        self.add_field(self.tr("Channel:"), self.channel_combo, channel=self.channel_combo)
        self.add_field(self.tr("From country:"), self.country_combo,
                       from_country=self.country_combo)
        self.add_field(self.tr("Through:"), self.through_combo,
                       presence_id=self.through_combo, service_id=self.through_combo)
        self.add_field(self.tr("Outcome:"), self.outcome_combo, outcome=self.outcome_combo)
        self.add_field(self.tr("Order value:"), order_row, order_value=self.order_edit,
                       currency=self.currency_edit)
        self.add_field(self.tr("Staff:"), self.staff_edit, staff=self.staff_edit)
        self.add_field(self.tr("Notes:"), self.notes_edit, notes=self.notes_edit)
        fit_to_screen(self, 520, 400)

    def _order_typed(self, text: str) -> None:
        if text.strip() and self.outcome_combo.currentData() is None:
            _choose(self.outcome_combo, "order")

    def values(self) -> dict[str, Any]:
        currency = self.currency_edit.text().strip().upper()
        kind, _, through = (self.through_combo.currentData() or "").partition(":")
        order_value = _amount(self.order_edit.text(), currency)
        return {
            "received_on": self.date_edit.date().toString(Qt.DateFormat.ISODate),
            "from_country": self.country_combo.code(),
            "channel": self.channel_combo.currentData(),
            "service_id": through if kind == "service_id" else None,
            "presence_id": through if kind == "presence_id" else None,
            "outcome": self.outcome_combo.currentData(),
            "order_value": order_value,
            # A currency goes with an amount; alone it is only the default shown.
            "currency": (currency or None) if order_value not in (None, "") else None,
            "staff": self.staff_edit.text().strip() or None,
            "notes": self.notes_edit.text().strip() or None,
        }


class PresenceDialog(_RecordDialog):
    """Where the SME is online: the kind (chosen, never assumed), the portal or marketplace,
    the address, the status and since when, products displayed, the service that set it up."""

    def __init__(self, parent: QWidget | None = None, presence: Presence | None = None, *,
                 services: list[Service] | tuple[Service, ...] = ()) -> None:
        super().__init__(self.tr("Edit online presence") if presence
                         else self.tr("Online presence"), parent)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("presence_kind")
        self.kind_combo.addItem(self.tr("Choose…"), None)
        for code in catalog.PRESENCE_KINDS:
            self.kind_combo.addItem(presence_kind_label(code), code)
        _choose(self.kind_combo, getattr(presence, "kind", None))
        self.name_edit = QLineEdit(getattr(presence, "name", None) or "")
        self.name_edit.setObjectName("presence_name")
        self.name_edit.setPlaceholderText(self.tr("e.g. the provincial trade portal"))
        self.url_edit = QLineEdit(getattr(presence, "url", None) or "")
        self.url_edit.setObjectName("presence_url")
        self.url_edit.setPlaceholderText("https://")
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("presence_status")
        for code in catalog.PRESENCE_STATUSES:
            self.status_combo.addItem(presence_status_label(code), code)
        _choose(self.status_combo, getattr(presence, "status", None) or "registered")
        self.since_edit = _optional_date_edit(
            getattr(presence, "status_on", None) if presence is not None
            else QDate.currentDate().toString(Qt.DateFormat.ISODate), self.tr("Not known"))
        self.since_edit.setObjectName("presence_since")
        # A new status is reached today unless the officer says otherwise.
        self.status_combo.activated.connect(lambda _i: self.since_edit.setDate(
            QDate.currentDate()))
        self.products_edit = QLineEdit(
            "" if presence is None or presence.products is None else str(presence.products))
        self.products_edit.setObjectName("presence_products")
        self.products_edit.setMaximumWidth(120)
        self.service_combo = QComboBox()
        self.service_combo.setObjectName("presence_service")
        self.service_combo.addItem(self.tr("None"), None)
        for service in services:
            self.service_combo.addItem(service_line(service), service.id)
        _choose(self.service_combo, getattr(presence, "service_id", None))
        self.notes_edit = QLineEdit(getattr(presence, "notes", None) or "")
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_combo, 1)
        status_row.addWidget(QLabel(self.tr("since")))
        status_row.addWidget(self.since_edit)
        self.add_field(self.tr("Kind:"), self.kind_combo, kind=self.kind_combo)
        self.add_field(self.tr("Portal or marketplace:"), self.name_edit, name=self.name_edit)
        self.add_field(self.tr("Address:"), self.url_edit, url=self.url_edit)
        self.add_field(self.tr("Status:"), status_row, status=self.status_combo,
                       status_on=self.since_edit)
        self.add_field(self.tr("Products displayed:"), self.products_edit,
                       products=self.products_edit)
        self.add_field(self.tr("Set up by service:"), self.service_combo,
                       service_id=self.service_combo)
        self.add_field(self.tr("Notes:"), self.notes_edit, notes=self.notes_edit)
        fit_to_screen(self, 520, 360)

    def values(self) -> dict[str, Any]:
        return {
            "kind": self.kind_combo.currentData(),
            "name": self.name_edit.text().strip() or None,
            "url": self.url_edit.text().strip() or None,
            "status": self.status_combo.currentData(),
            "status_on": _optional_date(self.since_edit),
            "products": self.products_edit.text().strip() or None,
            "service_id": self.service_combo.currentData(),
            "notes": self.notes_edit.text().strip() or None,
        }


# -- the view -------------------------------------------------------------------------------


def _table(name: str, model: RecordTableModel, main: int) -> QTableView:
    """A list of the dialog: its columns share its width, column `main` first (see
    `widgets.fit_columns_to_width`); a long text is cut in the middle, whole in its
    tooltip."""
    table = record_table(model, name)
    fit_columns_to_width(table, main)
    return table


class SmeActivityDialog(QDialog):
    """Training, online presences, services and inquiries of one SME. Writes go on the
    window's undo stack (Ctrl+Z here too) and are published."""

    def __init__(self, ctx: Any, sme_id: str, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db: Database = ctx.db
        self.sme_id = sme_id
        self.undo_stack = undo_stack
        self.editor: QDialog | None = None
        sme = self.db.smes.get(sme_id)
        self.currency = self.db.training.default_currency(sme_id)  # of fees and orders
        self._services: list[Service] = []
        self._presences: list[Presence] = []
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
                "%1", format_count(len(r.completed))).replace("%2", format_count(r.total))),
            (self.tr("Modules completed"), lambda r: "; ".join(
                self._module_titles.get(m, m) for m in r.completed)),
            (self.tr("Last step"), lambda r: short_date(r.last_on)),
        ], self)
        # The workshop keeps its title; the list of modules gives way (whole in its tooltip).
        self.training_table = _table("sme_training", self.training_model, 1)
        training_box = QGroupBox(self.tr("People and modules"))
        box = QVBoxLayout(training_box)
        box.addWidget(self.training_summary)
        box.addWidget(self.training_table)

        # Services
        self.services_model = RecordTableModel([
            (self.tr("Date"), lambda s: short_date(s.delivered_on)),
            (self.tr("Service"), lambda s: service_label(s.type)),
            (self.tr("Staff"), lambda s: s.staff),
            (self.tr("Fee"), lambda s: self.tr("Free") if s.fee == 0
             else money_text(s.fee, s.currency)),
            (self.tr("Paid"), lambda s: self.tr("Yes") if s.paid else ""),
            (self.tr("Outcome"), lambda s: s.outcome),
        ], self)
        self.services_table = _table("sme_services", self.services_model, 5)  # the outcome
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

        # Online presences
        self.presences_model = RecordTableModel([
            (self.tr("Kind"), lambda p: presence_kind_label(p.kind)),
            (self.tr("Portal or marketplace"), lambda p: p.name or p.url),
            (self.tr("Status"), lambda p: presence_status_label(p.status)),
            (self.tr("Since"), lambda p: short_date(p.status_on)),
            (self.tr("Products"), lambda p: p.products),
        ], self)
        self.presences_table = _table("sme_presences", self.presences_model, 1)
        self.presences_table.doubleClicked.connect(lambda _: self.edit_presence())
        self.add_presence_button = QPushButton(self.tr("Add presence…"))
        self.add_presence_button.setObjectName("add_presence")
        self.add_presence_button.clicked.connect(self.add_presence)
        self.edit_presence_button = QPushButton(self.tr("Edit…"))
        self.edit_presence_button.setObjectName("edit_presence")
        self.edit_presence_button.clicked.connect(self.edit_presence)
        self.delete_presence_button = QPushButton(self.tr("Delete"))
        self.delete_presence_button.setObjectName("delete_presence")
        self.delete_presence_button.clicked.connect(self.delete_presence)
        presences_box = QGroupBox(self.tr("Online presence"))
        box = QVBoxLayout(presences_box)
        row = QHBoxLayout()
        for button in (self.add_presence_button, self.edit_presence_button,
                       self.delete_presence_button):
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)
        box.addWidget(self.presences_table)

        # Inquiries
        self.inquiries_model = RecordTableModel([
            (self.tr("Received"), lambda i: short_date(i.received_on)),
            (self.tr("From"), lambda i: country_name(i.from_country)),
            (self.tr("Channel"), lambda i: channel_label(i.channel)),
            (self.tr("Through"), self._through),
            (self.tr("Outcome"), lambda i: outcome_label(i.outcome)),
            (self.tr("Order value"), lambda i: money_text(i.order_value, i.currency)),
            (self.tr("Staff"), lambda i: i.staff),
            (self.tr("Notes"), lambda i: i.notes),
        ], self)
        self.inquiries_table = _table("sme_inquiries", self.inquiries_model, 7)  # the notes
        self.inquiries_table.doubleClicked.connect(lambda _: self.edit_inquiry())
        self.add_inquiry_button = QPushButton(self.tr("Add inquiry…"))
        self.add_inquiry_button.setObjectName("add_inquiry")
        self.add_inquiry_button.clicked.connect(self.add_inquiry)
        self.edit_inquiry_button = QPushButton(self.tr("Edit…"))
        self.edit_inquiry_button.setObjectName("edit_inquiry")
        self.edit_inquiry_button.clicked.connect(self.edit_inquiry)
        self.delete_inquiry_button = QPushButton(self.tr("Delete"))
        self.delete_inquiry_button.setObjectName("delete_inquiry")
        self.delete_inquiry_button.clicked.connect(self.delete_inquiry)
        inquiries_box = QGroupBox(self.tr("Inquiries received"))
        box = QVBoxLayout(inquiries_box)
        row = QHBoxLayout()
        for button in (self.add_inquiry_button, self.edit_inquiry_button,
                       self.delete_inquiry_button):
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)
        box.addWidget(self.inquiries_table)

        self.info = QLabel()
        self.info.setObjectName("activity_info")
        # A dialog is a window of its own: it needs its own Ctrl+Z over the window's stack. The
        # button's tooltip names the step it takes back, which may be one taken before this
        # dialog.
        undo, redo = undo_actions(self.undo_stack, self)
        short_undo_text(undo, redo)
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

        # People and presences side by side (short lists), services and inquiries below at
        # full width (more columns).
        grid = QGridLayout()
        grid.addWidget(training_box, 0, 0)
        grid.addWidget(presences_box, 0, 1)
        grid.addWidget(services_box, 1, 0, 1, 2)
        grid.addWidget(inquiries_box, 2, 0, 1, 2)
        for row_number in range(3):
            grid.setRowStretch(row_number, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(grid, 1)
        layout.addLayout(bottom)
        keep_enter_in_fields(self)
        fit_to_screen(self, 1200, 720)  # wide enough for the inquiries' columns
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
        if not people:  # no "0 persons ... 0 modules completed by 0 of them"
            summary = self.tr("Nobody from this SME has been to training yet.")
        elif not completed:
            summary = (self.tr("%n person(s) of this SME known from training.", "", len(people))
                       + " " + self.tr("No module completed yet."))
        else:
            summary = (self.tr("%n person(s) of this SME known from training.", "", len(people))
                       + " " + self.tr("%n module(s) completed", "", completed) + " "
                       + self.tr("by %n of them.", "", len(done_people)))
        self.training_summary.setText(summary)
        self._services = self.db.training.services(self.sme_id)
        self._presences = self.db.presences.of_sme(self.sme_id)
        self.services_model.set_rows(self._services)
        self.presences_model.set_rows(self._presences)
        self.inquiries_model.set_rows(self.db.training.inquiries(self.sme_id))

    def _through(self, inquiry: Inquiry) -> str:
        """What brought an inquiry, in a few words (a deleted one by what it was)."""
        if inquiry.presence_id:
            found = next((p for p in self._presences if p.id == inquiry.presence_id), None)
            return presence_line(found) if found else self.tr("An online presence")
        if inquiry.service_id:
            service = next((s for s in self._services if s.id == inquiry.service_id), None)
            return service_line(service) if service else self.tr("A service")
        return ""

    def _on_changes(self, changes: list[Change]) -> None:
        if any(c.table in WATCHED or c.op == "reload" for c in changes):
            self.reload()

    def _selected(self, table: QTableView, model: RecordTableModel) -> Any:
        rows = table.selectionModel().selectedRows()
        return model.record_at(rows[0].row()) if rows else None

    # -- services -------------------------------------------------------------------------

    def add_service(self) -> None:
        dialog = ServiceDialog(None, self, staff=self.ctx.settings.person_name,
                               currency=self.currency)
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
        dialog = ServiceDialog(service, self, currency=self.currency)
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

    # -- presences ------------------------------------------------------------------------

    def add_presence(self) -> None:
        dialog = PresenceDialog(self, services=self._services)
        dialog.check = lambda values: self.db.presences.validate(
            {**values, "sme_id": self.sme_id})
        dialog.accepted.connect(lambda: self.push(AddPresence(
            self.db, self.ctx.bus, self.sme_id, dialog.cleaned, self.tr("add online presence")),
            self.tr("Online presence added.")))
        self.editor = dialog
        dialog.open()

    def edit_presence(self) -> None:
        presence = self._selected(self.presences_table, self.presences_model)
        if presence is None:
            return
        dialog = PresenceDialog(self, presence, services=self._services)
        dialog.check = lambda values: self.db.presences.validate(
            {**values, "sme_id": self.sme_id})
        dialog.accepted.connect(lambda: self.push(EditPresence(
            self.db, self.ctx.bus, presence, dialog.cleaned, self.tr("edit online presence")),
            self.tr("Online presence saved.")))
        self.editor = dialog
        dialog.open()

    def delete_presence(self) -> None:
        presence = self._selected(self.presences_table, self.presences_model)
        if presence is not None:
            self.push(DeletePresence(self.db, self.ctx.bus, presence,
                                     self.tr("delete online presence")),
                      self.tr("Online presence deleted. Undo with Ctrl+Z."))

    # -- inquiries ------------------------------------------------------------------------

    def _inquiry_dialog(self, inquiry: Inquiry | None) -> InquiryDialog:
        dialog = InquiryDialog(self, inquiry, services=self._services,
                               presences=self._presences, staff=self.ctx.settings.person_name,
                               currency=self.currency)
        dialog.check = lambda values: self.db.training.validate_inquiry(
            {**values, "sme_id": self.sme_id},
            require_channel=inquiry is None or bool(inquiry.channel)
            or values.get("channel") is not None)
        self.editor = dialog
        return dialog

    def add_inquiry(self) -> None:
        dialog = self._inquiry_dialog(None)
        dialog.accepted.connect(lambda: self.push(CreateRecord(
            self.db, self.ctx.bus, INQUIRIES.table, dialog.cleaned, self.tr("add inquiry")),
            self.tr("Inquiry added.")))
        dialog.open()

    def edit_inquiry(self) -> None:
        inquiry = self._selected(self.inquiries_table, self.inquiries_model)
        if inquiry is None:
            return
        dialog = self._inquiry_dialog(inquiry)
        dialog.accepted.connect(lambda: self.push(EditRecord.of(
            self.db, self.ctx.bus, INQUIRIES.table, inquiry.id, dialog.cleaned,
            self.tr("edit inquiry")), self.tr("Inquiry saved.")))
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
        if isinstance(command, EditRecord | EditPresence) and not command.after:
            return
        if push(self.undo_stack, command, self):
            self.info.setText(message)
