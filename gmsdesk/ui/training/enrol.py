"""Enrolment as a flow: a trainer takes in a queue of arrivals without leaving the dialog.

Type a few letters of someone already known, Enter enrols the highlighted person and the search
stays, its text selected for the next name; someone new is typed on the right and Enter in any
of their fields adds and enrols them in place. People of the workshop's own economy come first;
those already enrolled say so. Before a new person is added, people already known by the same
name or phone are shown, as the SME form shows SMEs probably registered already. No Enter ever
closes the dialog: only Close or Esc does, and Esc asks before typed details are dropped.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gmsdesk.storage.db import Database
from gmsdesk.storage.errors import StorageError
from gmsdesk.storage.training import GENDERS, PersonMatch
from gmsdesk.ui.labels import country_label, province_label
from gmsdesk.ui.training.dialog_kit import ERROR_STYLE, FieldDialog, fit_to_screen, list_item
from gmsdesk.ui.training.labels import gender_label
from gmsdesk.ui.training.workshop_list import field as rec
from gmsdesk.ui.widgets import duplicate_rows

SEARCH_DELAY_MS = 150
DUPLICATE_DELAY_MS = 250
DUPLICATE_LIMIT = 4
ID_ROLE = Qt.ItemDataRole.UserRole
ENROLLED_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
_PANEL_STYLE = """
#person_duplicates { background: #fff4c4; border: 1px solid #d9b44a; border-radius: 4px; }
#person_duplicates QLabel { color: #3b2f00; background: transparent; }
"""
_RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class HintList(QListWidget):
    """A list that says, centred in its empty space, what to do to fill it (before anything
    is typed, a blank list looked broken) or that nothing was found."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = ""

    def set_hint(self, text: str) -> None:
        self.hint = text
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.count() or not self.hint:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().placeholderText().color())
        painter.drawText(self.viewport().rect().adjusted(12, 12, -12, -12),
                         int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.hint)


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


class EnrolDialog(FieldDialog):
    """Find a person already known (or their SME) and enrol them, or add a new person.

    Stays open after each enrolment so a trainer can take in a queue of arrivals; every
    enrolment is emitted as `enrol_requested` and the caller writes it, then calls `enrolled`
    (or `failed`).
    """

    enrol_requested = Signal(object)  # EnrolRequest

    def __init__(self, db: Database, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.workshop_id = workshop_id
        self.economy: str | None = db.training.workshop(workshop_id).country
        self.new_sme: dict[str, Any] | None = None
        self.sme_dialog: QDialog | None = None
        self.duplicates: list[PersonMatch] = []  # what the yellow panel lists
        self._warned: tuple[str, ...] = ()  # the duplicates shown when Add was last refused
        self.enrolled_names: list[str] = []  # this session's, in order
        self.setWindowTitle(self.tr("Enrol participants"))

        self.search = QLineEdit()
        self.search.setObjectName("enrol_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search people and SMEs: name, phone…"))
        self.search.setAccessibleName(self.tr("Search people and SMEs"))
        self.search.installEventFilter(self)
        self.people_list = HintList()
        self.people_list.setObjectName("enrol_people")
        self.people_list.setAccessibleName(self.tr("People"))
        self.people_list.setWordWrap(True)  # two lines a person; long names wrap, not cut
        self.people_list.itemActivated.connect(lambda _: self.enrol_selected_person())
        self.people_list.installEventFilter(self)
        self.enrol_person_button = QPushButton(self.tr("&Enrol this person"))
        self.enrol_person_button.setObjectName("enrol_person")
        self.enrol_person_button.setAutoDefault(False)
        self.enrol_person_button.clicked.connect(self.enrol_selected_person)
        self.smes_list = HintList()
        self.smes_list.setObjectName("enrol_smes")
        self.smes_list.setAccessibleName(self.tr("SMEs"))
        self.smes_list.currentItemChanged.connect(lambda *_: self._sme_chosen())

        found = QGroupBox(self.tr("Already known"))
        found_layout = QVBoxLayout(found)
        people_label = QLabel(self.tr("&People"))
        people_label.setBuddy(self.people_list)
        found_layout.addWidget(people_label)
        found_layout.addWidget(self.people_list, 2)
        found_layout.addWidget(self.enrol_person_button)
        smes_label = QLabel(self.tr("SMEs (pick one for a new person)"))
        smes_label.setBuddy(self.smes_list)
        found_layout.addWidget(smes_label)
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
        self.person_edits = (self.name_edit, self.latin_edit, self.role_edit, self.phone_edit)
        for edit in self.person_edits:
            edit.installEventFilter(self)
        self.gender_combo.installEventFilter(self)
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
        self.person_error = QLabel()
        self.person_error.setObjectName("error_person")
        self.person_error.setStyleSheet(ERROR_STYLE)
        self.person_error.setWordWrap(True)
        self.person_error.hide()
        self.add_button = QPushButton(self.tr("&Add and enrol"))
        self.add_button.setObjectName("add_person")
        self.add_button.setToolTip(self.tr("Add this person and enrol them (Enter in any of "
                                           "their fields)"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_new_person)

        person = QGroupBox(self.tr("New person"))
        person_form = QFormLayout(person)
        for label, widget in ((self.tr("&Name (own script):"), self.name_edit),
                              (self.tr("Name in &Latin letters:"), self.latin_edit),
                              (self.tr("&Gender:"), self.gender_combo),
                              (self.tr("&Role:"), self.role_edit),
                              (self.tr("P&hone:"), self.phone_edit)):
            person_form.addRow(label, widget)
        sme_box = QVBoxLayout()
        sme_box.addWidget(self.sme_label)
        sme_buttons = QHBoxLayout()
        sme_buttons.addWidget(self.new_sme_button)
        sme_buttons.addWidget(self.no_sme_button)
        sme_buttons.addStretch(1)
        sme_box.addLayout(sme_buttons)
        person_form.addRow(self.tr("SME:"), sme_box)
        person_form.addRow(self._duplicates_panel())
        person_form.addRow(self.person_error)
        person_form.addRow(self.add_button)

        self.message = QLabel()
        self.message.setObjectName("enrol_message")
        self.message.setWordWrap(True)
        columns = QHBoxLayout()
        columns.addWidget(found, 1)
        columns.addWidget(person, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = close.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.setDefault(False)
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
        self._duplicate_timer = QTimer(self)
        self._duplicate_timer.setSingleShot(True)
        self._duplicate_timer.setInterval(DUPLICATE_DELAY_MS)
        self._duplicate_timer.timeout.connect(self.check_duplicates)
        for edit in (self.name_edit, self.latin_edit, self.phone_edit):
            edit.textChanged.connect(self._duplicate_timer.start)
        self._show_sme()
        self._show_hints("")
        fit_to_screen(self, 940, 600)
        self.search.setFocus()

    def _duplicates_panel(self) -> QFrame:
        """The yellow panel of people probably already known; rows built once, refilled."""
        self.duplicates_panel = QFrame(self)
        self.duplicates_panel.setObjectName("person_duplicates")
        self.duplicates_panel.setStyleSheet(_PANEL_STYLE)
        box = QVBoxLayout(self.duplicates_panel)
        box.setContentsMargins(8, 6, 8, 6)
        title = QLabel(self.tr("This person may already be known. Enrol them instead of adding "
                               "them again, or add them if it is someone else:"),
                       self.duplicates_panel)
        title.setWordWrap(True)
        box.addWidget(title)
        self._duplicate_rows = duplicate_rows(self.duplicates_panel, box, DUPLICATE_LIMIT,
                                              self.tr("Enrol this one"), self._enrol_duplicate)
        self.duplicates_panel.hide()
        return self.duplicates_panel

    # -- keys: Enter acts on the field it was pressed in, and never closes ---------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if watched is self.search and plain and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self._move_highlight(-1 if key == Qt.Key.Key_Up else 1)
                return True
            if key in _RETURN_KEYS and plain:
                if watched is self.search:
                    self._search_entered()
                    return True
                if watched is self.people_list:
                    self.enrol_selected_person()
                    return True
                if watched in self.person_edits or watched is self.gender_combo:
                    self.add_new_person()
                    return True
        return super().eventFilter(watched, event)

    def _move_highlight(self, step: int) -> None:
        """↑/↓ from the search: the previous or next person who can still be enrolled."""
        count = self.people_list.count()
        row = self.people_list.currentRow()
        target = row + step if row >= 0 else (0 if step > 0 else count - 1)
        while 0 <= target < count:
            if not self.people_list.item(target).data(ENROLLED_ROLE):
                self.people_list.setCurrentRow(target)
                return
            target += step

    def _search_entered(self) -> None:
        """Enter in the search: enrol the highlighted person and stay ready for the next
        name; with nobody found, start a new person with what was typed."""
        if self._timer.isActive():
            self.run_search()
        text = self.search.text().strip()
        if not text:
            return
        if self.people_list.currentItem() is not None:
            self.enrol_selected_person()
            return
        self.message.setText(self.tr("Nobody known matches “%1”. Add them as a new person: "
                                     "their details, then Enter.").replace("%1", text))
        target = self.latin_edit if text.isascii() else self.name_edit
        if not target.text().strip():
            target.setText(text)
        target.setFocus()

    # -- searching ------------------------------------------------------------------------

    def run_search(self) -> None:
        """People and SMEs matching the text (the registry's indexed search): those of the
        workshop's economy first; people already in the workshop marked so."""
        self._timer.stop()
        text = self.search.text().strip()
        current = self.people_list.currentItem()
        keep = current.data(ID_ROLE) if current is not None else None
        self.people_list.clear()
        self.smes_list.blockSignals(True)
        chosen_sme = self.chosen_sme_id()
        self.smes_list.clear()
        self.smes_list.blockSignals(False)
        self._show_hints(text)
        if not text:
            self._show_sme()
            return
        enrolled = {p.person_id for p in self.db.training.participants(self.workshop_id)}
        sme_names: dict[str, str] = {}
        first_open = -1
        for person in self.db.training.search_people(text, limit=30, economy=self.economy):
            pid = str(rec(person, "id"))
            sme_id = rec(person, "sme_id")
            if sme_id and sme_id not in sme_names:
                try:
                    sme_names[sme_id] = self.db.smes.get(sme_id).name
                except StorageError:
                    sme_names[sme_id] = ""
            # Two lines: who (and whether already in), then their SME and phone.
            names = [rec(person, "name"), rec(person, "name_latin")]
            label = " · ".join(dict.fromkeys(str(p) for p in names if p))
            if pid in enrolled:
                label = "✔ " + label + "  " + self.tr("(already enrolled)")
            details = [sme_names.get(sme_id or "", ""), rec(person, "phone")]
            if any(details):
                label += "\n" + " · ".join(str(p) for p in details if p)
            item = list_item(self.people_list, label)
            item.setData(ID_ROLE, pid)
            item.setData(NAME_ROLE, str(rec(person, "name") or rec(person, "name_latin") or ""))
            item.setData(ENROLLED_ROLE, pid in enrolled)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, label)
            if pid in enrolled:
                item.setForeground(self.palette().placeholderText())
            elif first_open < 0:
                first_open = self.people_list.count() - 1
        smes = self.db.smes.search(text, limit=30)
        smes.sort(key=lambda s: s.country != self.economy)  # the workshop's economy first
        for sme in smes:
            parts = [sme.name, sme.name_local if sme.name_local != sme.name else None,
                     province_label(sme.province, sme.country) or country_label(sme.country)]
            item = QListWidgetItem(" · ".join(p for p in parts if p), self.smes_list)
            item.setData(ID_ROLE, sme.id)
        if chosen_sme:
            self.select_sme(chosen_sme)
        rows = [self.people_list.item(i).data(ID_ROLE) for i in range(self.people_list.count())]
        if keep in rows:
            self.people_list.setCurrentRow(rows.index(keep))
        elif self.people_list.count():
            self.people_list.setCurrentRow(max(first_open, 0))
        self._show_sme()

    def _show_hints(self, text: str) -> None:
        """What the empty lists say: how to search, before anything is typed; that nothing
        was found, after."""
        if text:
            self.people_list.set_hint(self.tr("Nobody found. Enter starts a new person with "
                                              "this name."))
            self.smes_list.set_hint(self.tr("No SME found."))
        else:
            self.people_list.set_hint(self.tr("Type a name or phone number above to search; "
                                              "Enter enrols the highlighted person."))
            self.smes_list.set_hint(self.tr("Type above to find an SME for a new person."))

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
        if item is None:
            return
        name = str(item.data(NAME_ROLE))
        if item.data(ENROLLED_ROLE):
            self.message.setText(self.tr("%1 is already enrolled in this workshop.")
                                 .replace("%1", name))
            self._ready_for_next()
            return
        self.enrol_requested.emit(EnrolRequest(person_id=str(item.data(ID_ROLE)),
                                               person={"name": name}))

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
        elif self.economy and dialog._combo_code("country") != self.economy:
            dialog._load({"country": self.economy})  # the workshop's, not the agency's

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

    def has_typed_person(self) -> bool:
        return any(edit.text().strip() for edit in self.person_edits) or \
            self.new_sme is not None

    def add_new_person(self) -> None:
        """Add and enrol the person typed on the right. People already known by the same name
        or phone are shown first: a second Enter (or Add) adds them all the same."""
        values = self.person_values()
        if not values["name"]:
            self.person_error.setText(self.tr("Enter the person's name."))
            self.person_error.show()
            self.name_edit.setFocus()
            return
        self.person_error.hide()
        matches = self.check_duplicates()
        shown = tuple(m.person.id for m in matches)
        if matches and shown != self._warned:
            self._warned = shown
            self.message.setText(self.tr("Look at the yellow box first: enrol the person "
                                         "already known, or press Enter again to add a new "
                                         "one."))
            return
        self.enrol_requested.emit(EnrolRequest(person=values, sme_id=self.chosen_sme_id(),
                                               sme=self.new_sme))

    # -- duplicates -----------------------------------------------------------------------

    def check_duplicates(self) -> list[PersonMatch]:
        """Look for people already known by the typed name or phone; list them in the yellow
        panel."""
        self._duplicate_timer.stop()
        values = self.person_values()
        matches = self.db.training.likely_duplicate_people(
            {**values, "name": self.name_edit.text()}, workshop_id=self.workshop_id,
            limit=DUPLICATE_LIMIT) if any(values.get(k) for k in ("name", "phone")) else []
        self.duplicates = matches
        for index, (row, label, button) in enumerate(self._duplicate_rows):
            if index < len(matches):
                match = matches[index]
                label.setText(self._duplicate_text(match))
                button.setVisible(not match.enrolled)
                button.setObjectName(f"enrol_duplicate_{match.person.id}")
                row.show()
            else:
                button.setObjectName("")
                row.hide()
        self.duplicates_panel.setVisible(bool(matches))
        return matches

    def _duplicate_text(self, match: PersonMatch) -> str:
        person = match.person
        name = html.escape(person.name)
        if person.name_latin and person.name_latin != person.name:
            name += f" ({html.escape(person.name_latin)})"
        details = [html.escape(p) for p in (match.sme_name, person.phone) if p]
        reasons = self.tr(", ").join(
            {"name": self.tr("same name"), "phone": self.tr("same phone")}[r]
            for r in match.reasons)
        text = f"<b>{name}</b>"
        if details:
            text += " · " + " · ".join(details)
        text += f" — <i>{html.escape(reasons)}</i>"
        if match.enrolled:
            text += " " + html.escape(self.tr("(already enrolled)"))
        return text

    def _enrol_duplicate(self, index: int) -> None:
        """The trainer chose the person already known: enrol them; nothing typed is kept."""
        if index >= len(self.duplicates):
            return
        match = self.duplicates[index]
        self._clear_person()
        self.enrol_requested.emit(EnrolRequest(person_id=match.person.id,
                                               person={"name": match.person.name}))

    # -- after each enrolment -------------------------------------------------------------

    def _clear_person(self) -> None:
        for edit in self.person_edits:
            edit.clear()
        self.gender_combo.setCurrentIndex(0)
        self.new_sme = None
        self._warned = ()
        self.check_duplicates()
        self.person_error.hide()

    def _ready_for_next(self) -> None:
        """The search keeps its text, selected: the next name typed replaces it."""
        self.search.setFocus()
        self.search.selectAll()

    def enrolled(self, name: str) -> None:
        """The caller enrolled someone: say so, and get ready for the next person."""
        self.enrolled_names.append(name)
        count = len(self.db.training.participants(self.workshop_id))
        self.message.setText(self.tr("Enrolled %1.").replace("%1", name) + " " + self.tr(
            "%n participant(s) in this workshop.", "", count))
        self._clear_person()
        self.smes_list.setCurrentRow(-1)
        self.run_search()  # the person just enrolled now shows as such
        self._show_sme()
        self._ready_for_next()

    def failed(self, message: str) -> None:
        self.person_error.setText(message)
        self.person_error.show()

    # -- closing --------------------------------------------------------------------------

    def reject(self) -> None:
        """Close (or Esc): details typed for a new person are not dropped without asking."""
        if self.has_typed_person() and QMessageBox.question(
                self, self.tr("Discard the new person?"),
                self.tr("You started typing a new person who is not enrolled yet. Close and "
                        "discard what you typed?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Discard:
            return
        super().reject()

    def done(self, result: int) -> None:
        self._timer.stop()
        self._duplicate_timer.stop()
        super().done(result)
