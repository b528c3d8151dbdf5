"""Training dialogs: the workshop editor, enrolment, and the admin's revert of progress.

Like the SME form, none of them writes: each hands back checked values and the caller performs
the write (undoable where it makes sense).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QDate, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gmsdesk.storage.db import Database
from gmsdesk.storage.errors import StorageError
from gmsdesk.storage.smes import COUNTRIES
from gmsdesk.storage.training import GENDERS
from gmsdesk.ui.labels import country_label, current_language
from gmsdesk.ui.training.labels import (
    PROGRESS_STATUSES,
    TRACKS,
    WORKSHOP_STATUSES,
    gender_label,
    progress_label,
    track_label,
    workshop_status_label,
)
from gmsdesk.ui.training.workshop_list import field as rec

ERROR_STYLE = "color: #b3261e;"
SEARCH_DELAY_MS = 150
ID_ROLE = Qt.ItemDataRole.UserRole


def module_title(module: Any) -> str:
    """A module's title as the catalogue gave it (already in the language asked for)."""
    return str(rec(module, "title") or rec(module, "code") or "")


def _qdate(iso: str | None) -> QDate:
    date = QDate.fromString((iso or "")[:10], Qt.DateFormat.ISODate)
    return date if date.isValid() else QDate.currentDate()


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


# -- workshop editor ------------------------------------------------------------------------


class WorkshopDialog(QDialog):
    """New workshop (`workshop` None) or edit. Modules are picked from the track's catalogue."""

    def __init__(self, db: Database, workshop: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.workshop = workshop
        self.setWindowTitle(self.tr("Edit workshop") if workshop else self.tr("New workshop"))
        self.errors: dict[str, QLabel] = {}

        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("workshop_title")
        self.track_combo = QComboBox()
        self.track_combo.setObjectName("workshop_track")
        for code in TRACKS:
            self.track_combo.addItem(track_label(code), code)
        self.modules_list = QListWidget()
        self.modules_list.setObjectName("workshop_modules")
        self.modules_list.setMinimumHeight(170)
        self.modules_list.setAccessibleName(self.tr("Modules"))
        line = self.modules_list.fontMetrics().height()  # a padlock no taller than the text
        self.modules_list.setIconSize(QSize(line, line))
        self.start_edit = QDateEdit()
        self.start_edit.setObjectName("workshop_start")
        self.end_edit = QDateEdit()
        self.end_edit.setObjectName("workshop_end")
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.days_label = QLabel()
        self.venue_edit = QLineEdit()
        self.venue_edit.setObjectName("workshop_venue")
        self.country_combo = QComboBox()
        self.country_combo.setObjectName("workshop_country")
        self.country_combo.addItem("", None)
        for code in COUNTRIES:
            self.country_combo.addItem(country_label(code), code)
        self.province_edit = QLineEdit()
        self.province_edit.setObjectName("workshop_province")
        self.trainers_edit = QLineEdit()
        self.trainers_edit.setObjectName("workshop_trainers")
        self.trainers_edit.setPlaceholderText(self.tr("Names, separated by commas"))
        self.partner_edit = QLineEdit()
        self.partner_edit.setObjectName("workshop_partner")
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("workshop_status")
        for code in WORKSHOP_STATUSES:
            self.status_combo.addItem(workshop_status_label(code), code)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(70)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Title:"), self._with_error("title", self.title_edit))
        form.addRow(self.tr("Trac&k:"), self.track_combo)
        form.addRow(self.tr("&Modules:"), self._with_error("modules", self.modules_list))
        dates = QHBoxLayout()
        dates.addWidget(self.start_edit)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.end_edit)
        dates.addWidget(self.days_label, 1)
        holder = QWidget()
        holder.setLayout(dates)
        dates.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Dates:"), self._with_error("dates", holder))
        form.addRow(self.tr("&Venue:"), self.venue_edit)
        form.addRow(self.tr("&Economy:"), self.country_combo)
        form.addRow(self.tr("&Province:"), self.province_edit)
        form.addRow(self.tr("T&rainers:"), self.trainers_edit)
        form.addRow(self.tr("P&artner organisation:"), self.partner_edit)
        form.addRow(self.tr("&Status:"), self.status_combo)
        form.addRow(self.tr("&Notes:"), self.notes_edit)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for keys in (QKeySequence.StandardKey.Save, QKeySequence("Ctrl+Return")):
            QShortcut(keys, self, self._save)

        self._load()
        self.track_combo.currentIndexChanged.connect(lambda _: self._fill_modules())
        self.start_edit.dateChanged.connect(self._start_changed)
        self.end_edit.dateChanged.connect(lambda _: self._show_days())
        self._show_days()
        self.resize(620, 640)
        self.title_edit.setFocus()

    def _with_error(self, name: str, widget: QWidget) -> QWidget:
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        error = _error_label()
        error.setObjectName(f"error_{name}")
        self.errors[name] = error
        box.addWidget(error)
        return holder

    def _load(self) -> None:
        w = self.workshop
        self.title_edit.setText(str(rec(w, "title") or "") if w else "")
        track = rec(w, "track") if w else "basic"
        self.track_combo.setCurrentIndex(max(self.track_combo.findData(track), 0))
        chosen = list(rec(w, "modules") or []) if w else []
        self._fill_modules(chosen)
        today = QDate.currentDate()
        start = _qdate(rec(w, "start_date")) if w else today
        end = _qdate(rec(w, "end_date")) if w and rec(w, "end_date") else start.addDays(2)
        self.start_edit.setDate(start)
        self.end_edit.setDate(end)
        if w:
            self.venue_edit.setText(rec(w, "venue") or "")
            index = self.country_combo.findData(rec(w, "country"))
            self.country_combo.setCurrentIndex(max(index, 0))
            self.province_edit.setText(rec(w, "province") or "")
            self.trainers_edit.setText(rec(w, "trainers") or "")
            self.partner_edit.setText(rec(w, "partner") or "")
            self.status_combo.setCurrentIndex(max(self.status_combo.findData(rec(w, "status")),
                                                  0))
            self.notes_edit.setPlainText(rec(w, "notes") or "")

    def _fill_modules(self, chosen: list[str] | None = None) -> None:
        """The track's modules still offered, in catalogue order; ticks kept for them. A
        module the workshop already has stays, ticked, even when retired or of the other
        track: retiring a module does not take it from the workshops that have it."""
        if chosen is None:
            chosen = self.chosen_modules()
        track = self.track_combo.currentData()
        self.modules_list.clear()
        catalogue = {str(rec(m, "code")): m for m in self.db.training.modules(current_language())}
        known: set[str] = set()
        for module in self.db.training.modules(current_language(), track=track, offered=True):
            code = str(rec(module, "code"))
            known.add(code)
            item = self._module_item(module)
            item.setCheckState(Qt.CheckState.Checked if code in chosen
                               else Qt.CheckState.Unchecked)
        for code in chosen:  # of the other track, retired, or no longer in the catalogue
            if code not in known:
                item = self._module_item(catalogue.get(code, {"code": code}))
                item.setCheckState(Qt.CheckState.Checked)

    def _module_item(self, module: Any) -> QListWidgetItem:
        """A module's line: its title; marked when retired, and when headquarters published
        it (read-only here), with the reason in its tooltip."""
        from gmsdesk.ui.surveys.rows import lock_icon

        title = module_title(module)
        tips = [str(rec(module, "description") or "")]
        if rec(module, "retired"):
            title = self.tr("%1 (retired)").replace("%1", title)
            tips.append(self.tr("Retired: new workshops are not offered it; workshops that "
                                "have it keep it."))
        item = QListWidgetItem(title, self.modules_list)
        if rec(module, "id") and not rec(module, "editable"):
            item.setIcon(lock_icon())
            tips.append(self.tr("Published by headquarters: it can be read here but not "
                                "changed."))
        item.setToolTip("\n".join(t for t in tips if t))
        item.setData(ID_ROLE, str(rec(module, "code")))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        return item

    def chosen_modules(self) -> list[str]:
        out = []
        for i in range(self.modules_list.count()):
            item = self.modules_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(ID_ROLE)))
        return out

    def set_modules(self, codes: list[str]) -> None:
        for i in range(self.modules_list.count()):
            item = self.modules_list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in codes
                               else Qt.CheckState.Unchecked)

    def _start_changed(self, date: QDate) -> None:
        if self.end_edit.date() < date:
            self.end_edit.setDate(date)
        self._show_days()

    def _show_days(self) -> None:
        days = self.start_edit.date().daysTo(self.end_edit.date()) + 1
        self.days_label.setText(self.tr("%n day(s)", "", days) if days > 0 else "")

    def values(self) -> dict[str, Any]:
        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        return {
            "title": self.title_edit.text().strip(),
            "track": self.track_combo.currentData(),
            "modules": self.chosen_modules(),
            "start_date": self.start_edit.date().toString(Qt.DateFormat.ISODate),
            "end_date": self.end_edit.date().toString(Qt.DateFormat.ISODate),
            "venue": text(self.venue_edit),
            "country": self.country_combo.currentData(),
            "province": text(self.province_edit),
            "trainers": text(self.trainers_edit),
            "partner": text(self.partner_edit),
            "status": self.status_combo.currentData(),
            "notes": self.notes_edit.toPlainText().strip() or None,
        }

    def validate(self) -> dict[str, str]:
        values = self.values()
        errors: dict[str, str] = {}
        if not values["title"]:
            errors["title"] = self.tr("Enter the workshop's title.")
        if not values["modules"]:
            errors["modules"] = self.tr("Tick at least one module.")
        if self.end_edit.date() < self.start_edit.date():
            errors["dates"] = self.tr("The last day cannot be before the first.")
        elif self.start_edit.date().daysTo(self.end_edit.date()) > 60:
            errors["dates"] = self.tr("A workshop can last at most 60 days.")
        for name, label in self.errors.items():
            label.setText(errors.get(name, ""))
            label.setVisible(name in errors)
        return errors

    def _save(self) -> None:
        if not self.validate():
            self.accept()


# -- enrolment ------------------------------------------------------------------------------


@dataclass
class EnrolRequest:
    """What to enrol: an existing person, or a new one (with an existing or a new SME)."""

    person_id: str | None = None
    person: dict[str, Any] = field(default_factory=dict)
    sme_id: str | None = None
    sme: dict[str, Any] | None = None  # values of a new SME from the registry's form

    @property
    def display_name(self) -> str:
        return str(self.person.get("name") or self.person.get("name_latin") or "")


class EnrolDialog(QDialog):
    """Find a person already known (or their SME) and enrol them, or add a new person.

    Stays open after each enrolment so a trainer can take in a queue of arrivals; every
    enrolment is emitted as `enrol_requested` and the caller writes it.
    """

    enrol_requested = Signal(object)  # EnrolRequest

    def __init__(self, db: Database, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.workshop_id = workshop_id
        self.new_sme: dict[str, Any] | None = None
        self.sme_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("Enrol participants"))

        self.search = QLineEdit()
        self.search.setObjectName("enrol_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search people and SMEs: name, phone…"))
        self.people_list = QListWidget()
        self.people_list.setObjectName("enrol_people")
        self.people_list.itemActivated.connect(lambda _: self.enrol_selected_person())
        self.enrol_person_button = QPushButton(self.tr("&Enrol this person"))
        self.enrol_person_button.setObjectName("enrol_person")
        self.enrol_person_button.setAutoDefault(False)
        self.enrol_person_button.clicked.connect(self.enrol_selected_person)
        self.smes_list = QListWidget()
        self.smes_list.setObjectName("enrol_smes")
        self.smes_list.currentItemChanged.connect(lambda *_: self._sme_chosen())

        found = QGroupBox(self.tr("Already known"))
        found_layout = QVBoxLayout(found)
        found_layout.addWidget(QLabel(self.tr("People")))
        found_layout.addWidget(self.people_list, 2)
        found_layout.addWidget(self.enrol_person_button)
        found_layout.addWidget(QLabel(self.tr("SMEs (pick one for a new person)")))
        found_layout.addWidget(self.smes_list, 1)

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("person_name")
        self.latin_edit = QLineEdit()
        self.latin_edit.setObjectName("person_name_latin")
        self.gender_combo = QComboBox()
        self.gender_combo.setObjectName("person_gender")
        self.gender_combo.addItem("", None)
        for code in GENDERS:
            self.gender_combo.addItem(gender_label(code), code)
        self.role_edit = QLineEdit()
        self.role_edit.setObjectName("person_role")
        self.role_edit.setPlaceholderText(self.tr("e.g. owner, marketing staff"))
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("person_phone")
        self.sme_label = QLabel()
        self.sme_label.setObjectName("person_sme")
        self.sme_label.setWordWrap(True)
        self.new_sme_button = QPushButton(self.tr("New S&ME…"))
        self.new_sme_button.setObjectName("new_sme")
        self.new_sme_button.setAutoDefault(False)
        self.new_sme_button.clicked.connect(self.open_new_sme)
        self.no_sme_button = QPushButton(self.tr("No SME"))
        self.no_sme_button.setAutoDefault(False)
        self.no_sme_button.clicked.connect(self._clear_sme)
        self.person_error = _error_label()
        self.person_error.setObjectName("error_person")
        self.add_button = QPushButton(self.tr("&Add and enrol"))
        self.add_button.setObjectName("add_person")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_new_person)

        person = QGroupBox(self.tr("New person"))
        person_form = QFormLayout(person)
        person_form.addRow(self.tr("Name (own script):"), self.name_edit)
        person_form.addRow(self.tr("Name in Latin letters:"), self.latin_edit)
        person_form.addRow(self.tr("Gender:"), self.gender_combo)
        person_form.addRow(self.tr("Role:"), self.role_edit)
        person_form.addRow(self.tr("Phone:"), self.phone_edit)
        sme_box = QVBoxLayout()
        sme_box.addWidget(self.sme_label)
        sme_buttons = QHBoxLayout()
        sme_buttons.addWidget(self.new_sme_button)
        sme_buttons.addWidget(self.no_sme_button)
        sme_buttons.addStretch(1)
        sme_box.addLayout(sme_buttons)
        person_form.addRow(self.tr("SME:"), sme_box)
        person_form.addRow(self.person_error)
        person_form.addRow(self.add_button)

        self.message = QLabel()
        self.message.setObjectName("enrol_message")
        self.message.setWordWrap(True)
        columns = QHBoxLayout()
        columns.addWidget(found, 1)
        columns.addWidget(person, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.search.returnPressed.connect(self._focus_results)
        self._show_sme()
        self.resize(920, 560)
        self.search.setFocus()

    # -- searching ------------------------------------------------------------------------

    def run_search(self) -> None:
        """People and SMEs matching the text (the registry's indexed search)."""
        self._timer.stop()
        text = self.search.text().strip()
        self.people_list.clear()
        self.smes_list.clear()
        if not text:
            return
        enrolled = {p.person_id for p in self.db.training.participants(self.workshop_id)}
        sme_names: dict[str, str] = {}
        for person in self.db.training.search_people(text, limit=30):
            pid = str(rec(person, "id"))
            sme_id = rec(person, "sme_id")
            if sme_id and sme_id not in sme_names:
                try:
                    sme_names[sme_id] = self.db.smes.get(sme_id).name
                except StorageError:
                    sme_names[sme_id] = ""
            parts = [rec(person, "name"), rec(person, "name_latin"),
                     sme_names.get(sme_id or "", ""), rec(person, "phone")]
            label = " · ".join(str(p) for p in parts if p)
            if pid in enrolled:
                label += "  " + self.tr("(already enrolled)")
            item = QListWidgetItem(label, self.people_list)
            item.setData(ID_ROLE, pid)
            if pid in enrolled:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        for sme in self.db.smes.search(text, limit=30):
            parts = [sme.name, sme.name_local if sme.name_local != sme.name else None,
                     sme.province or country_label(sme.country)]
            item = QListWidgetItem(" · ".join(p for p in parts if p), self.smes_list)
            item.setData(ID_ROLE, sme.id)
        if self.people_list.count():
            self.people_list.setCurrentRow(0)

    def _focus_results(self) -> None:
        if self.people_list.count():
            self.people_list.setFocus()
        elif self.smes_list.count():
            self.smes_list.setFocus()
            self.smes_list.setCurrentRow(0)
        else:
            self.name_edit.setFocus()

    def select_sme(self, sme_id: str) -> None:
        for i in range(self.smes_list.count()):
            if self.smes_list.item(i).data(ID_ROLE) == sme_id:
                self.smes_list.setCurrentRow(i)
                return
        sme = self.db.smes.get(sme_id)
        item = QListWidgetItem(sme.name, self.smes_list)
        item.setData(ID_ROLE, sme.id)
        self.smes_list.setCurrentItem(item)

    # -- existing person ------------------------------------------------------------------

    def enrol_selected_person(self) -> None:
        item = self.people_list.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        self.enrol_requested.emit(EnrolRequest(person_id=str(item.data(ID_ROLE)),
                                               person={"name": item.text().split(" · ")[0]}))

    # -- new person and SME ---------------------------------------------------------------

    def _sme_chosen(self) -> None:
        if self.smes_list.currentItem() is not None:
            self.new_sme = None
        self._show_sme()

    def _clear_sme(self) -> None:
        self.new_sme = None
        self.smes_list.setCurrentRow(-1)
        self._show_sme()

    def chosen_sme_id(self) -> str | None:
        item = self.smes_list.currentItem()
        return None if item is None or self.new_sme is not None else str(item.data(ID_ROLE))

    def _show_sme(self) -> None:
        if self.new_sme is not None:
            name = self.new_sme.get("name") or self.new_sme.get("name_local") or ""
            self.sme_label.setText(self.tr("New: %1 (saved with the person)").replace(
                "%1", name))
        elif (item := self.smes_list.currentItem()) is not None:
            self.sme_label.setText(item.text())
        else:
            self.sme_label.setText(self.tr("None — pick one on the left, or add a new SME"))

    def open_new_sme(self) -> None:
        """The registry's own form, with its warning about SMEs probably already registered."""
        from gmsdesk.ui.smes.form import SmeFormDialog

        dialog = SmeFormDialog(self.db, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.new_sme:
            dialog._load(self.new_sme)

        def accepted() -> None:
            self.new_sme = dialog.values()
            self.smes_list.setCurrentRow(-1)
            self._show_sme()

        def open_existing(sme_id: str) -> None:
            self.new_sme = None
            self.select_sme(sme_id)
            self._show_sme()

        dialog.accepted.connect(accepted)
        dialog.open_existing.connect(open_existing)
        self.sme_dialog = dialog
        dialog.open()

    def person_values(self) -> dict[str, Any]:
        return {
            "name": self.name_edit.text().strip() or self.latin_edit.text().strip(),
            "name_latin": self.latin_edit.text().strip() or None,
            "gender": self.gender_combo.currentData(),
            "role": self.role_edit.text().strip() or None,
            "phone": self.phone_edit.text().strip() or None,
        }

    def add_new_person(self) -> None:
        values = self.person_values()
        if not values["name"]:
            self.person_error.setText(self.tr("Enter the person's name."))
            self.person_error.show()
            self.name_edit.setFocus()
            return
        self.person_error.hide()
        self.enrol_requested.emit(EnrolRequest(person=values, sme_id=self.chosen_sme_id(),
                                               sme=self.new_sme))

    def enrolled(self, name: str) -> None:
        """The caller enrolled someone: say so, and get ready for the next person."""
        self.message.setText(self.tr("Enrolled %1.").replace("%1", name))
        for edit in (self.name_edit, self.latin_edit, self.role_edit, self.phone_edit):
            edit.clear()
        self.gender_combo.setCurrentIndex(0)
        self.new_sme = None
        self.search.clear()
        self.people_list.clear()
        self.smes_list.clear()
        self._show_sme()
        self.search.setFocus()

    def failed(self, message: str) -> None:
        self.person_error.setText(message)
        self.person_error.show()


# -- revert ---------------------------------------------------------------------------------


class RevertDialog(QDialog):
    """Move a module's progress back: only deliberately, with a reason that is recorded."""

    def __init__(self, person: str, module: str, status: str, by: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move progress back"))
        order = list(PROGRESS_STATUSES)
        explain = QLabel(self.tr(
            "Progress only moves forward. Moving it back is recorded with your name and the "
            "reason, and headquarters sees it.\n\n%1 — %2: now “%3”.")
            .replace("%1", person).replace("%2", module).replace("%3", progress_label(status)))
        explain.setWordWrap(True)
        self.target = QComboBox()
        self.target.setObjectName("revert_target")
        for code in order[:max(order.index(status), 0)] if status in order else order:
            self.target.addItem(progress_label(code), code)
        self.target.setCurrentIndex(self.target.count() - 1)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("revert_reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(90)
        self.by_edit = QLineEdit(by)
        self.by_edit.setObjectName("revert_by")
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("Move back to:"), self.target)
        form.addRow(self.tr("Reason (required):"), self.reason)
        form.addRow(self.tr("Your name:"), self.by_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Move back"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.reason.setFocus()

    def values(self) -> tuple[str, str, str]:
        """(status to go back to, reason, who)."""
        return (str(self.target.currentData()), self.reason.toPlainText().strip(),
                self.by_edit.text().strip())

    def _ok(self) -> None:
        status, reason, by = self.values()
        if not reason:
            self.error.setText(self.tr("Say why the progress is moved back."))
        elif not by:
            self.error.setText(self.tr("Enter your name."))
        elif not status or status == "None":
            self.error.setText(self.tr("There is nothing earlier to move back to."))
        else:
            self.accept()
            return
        self.error.show()


def today_iso() -> str:
    return datetime.date.today().isoformat()
