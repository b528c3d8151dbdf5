"""Training dialogs: the workshop editor and the admin's revert of progress (enrolment is in
`enrol`).

Like the SME form, none of them writes: each hands back checked values and the caller performs
the write (undoable where it makes sense). Enter in a field moves on; it never saves or closes
(`widgets.keep_enter_in_fields`, the rule of every dialog); Ctrl+S or Ctrl+Enter saves the
workshop.
"""

from __future__ import annotations

import datetime
from typing import Any

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gmsdesk.storage.db import Database
from gmsdesk.storage.smes import COUNTRIES
from gmsdesk.storage.training import status_by_dates, workshop_status
from gmsdesk.ui.labels import country_label, current_language
from gmsdesk.ui.settings import place_defaults
from gmsdesk.ui.training.attendance_rule import AttendanceRuleEdit
from gmsdesk.ui.training.dialog_kit import ERROR_STYLE
from gmsdesk.ui.training.labels import (
    PROGRESS_STATUSES,
    TRACKS,
    WORKSHOP_STATUSES,
    progress_label,
    track_label,
    workshop_status_label,
)
from gmsdesk.ui.training.workshop_list import field as rec
from gmsdesk.ui.widgets import DateEdit, fit_to_screen, keep_enter_in_fields, show_start

ID_ROLE = Qt.ItemDataRole.UserRole
WORKSHOP_DIALOG_WIDTH = 700  # px: room for the module titles beside the labels


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
        # As tall as its modules, up to 200 pixels (then it scrolls): no empty lines that push
        # the dialog's buttons below a laptop's screen.
        self.modules_list.setSizeAdjustPolicy(
            QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.modules_list.setMaximumHeight(200)
        self.modules_list.setAccessibleName(self.tr("Modules"))
        # A long module title wraps onto a second line rather than scrolling the list sideways.
        self.modules_list.setWordWrap(True)
        self.modules_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.modules_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.modules_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        line = self.modules_list.fontMetrics().height()  # a padlock no taller than the text
        self.modules_list.setIconSize(QSize(line, line))
        self.start_edit = DateEdit()
        self.start_edit.setObjectName("workshop_start")
        self.end_edit = DateEdit()
        self.end_edit.setObjectName("workshop_end")
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
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
        # "Planned" is what follows the dates; a person sets "running" or "done" only to start
        # or close a workshop early (storage's `workshop_status`).
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("workshop_status")
        self.status_combo.addItem("", "planned")  # its text says what the dates make it
        for code in WORKSHOP_STATUSES:
            if code != "planned":
                self.status_combo.addItem(self.tr("%1 (set by hand)").replace(
                    "%1", workshop_status_label(code)), code)
        self.status_note = QLabel()
        self.status_note.setObjectName("workshop_status_note")
        self.status_note.setWordWrap(True)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(70)
        # Who gets a certificate: the workshop's rule, the same on every laptop (it syncs).
        self.rule_edit = AttendanceRuleEdit()
        self.rule_edit.setObjectName("workshop_attendance_rule")
        self.loaded_rule: tuple[int, bool] | None = None  # (percent shown, the workshop's own)

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
        status_box = QVBoxLayout()
        status_box.setSpacing(2)
        status_box.addWidget(self.status_combo)
        status_box.addWidget(self.status_note)
        status_label = QLabel(self.tr("&Status:"))
        status_label.setBuddy(self.status_combo)
        form.addRow(status_label, status_box)
        rule_label = QLabel(self.tr("Attendance for a &certificate:"))
        rule_label.setBuddy(self.rule_edit)
        form.addRow(rule_label, self.rule_edit)
        form.addRow(self.tr("&Notes:"), self.notes_edit)
        # The labels' column as wide as the other labels need: the one long label wraps
        # instead of narrowing every field (in Burmese it took a third of the dialog).
        items = [form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                 for row in range(form.rowCount())]
        labels = [item.widget() for item in items if item is not None]
        widest = max((label.sizeHint().width() for label in labels
                      if label is not None and label is not rule_label), default=0)
        # Only where its words can wrap at that width: Khmer, Lao and Thai run words
        # together, and a label Qt cannot break would be cut ("...ទទួលវិ").
        metrics = rule_label.fontMetrics()
        longest_word = max((metrics.horizontalAdvance(word)
                            for word in rule_label.text().replace("&", "").split()), default=0)
        if rule_label.sizeHint().width() > widest > 0 and longest_word <= widest:
            rule_label.setWordWrap(True)
            rule_label.setFixedWidth(widest)
            rule_label.setMinimumHeight(rule_label.heightForWidth(widest))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        # The fields scroll, the buttons stay: in Burmese, or at a larger text size, the fields
        # are taller than a 1366x768 laptop's screen.
        self.fields = QWidget()
        self.fields.setObjectName("workshop_fields")
        form.setContentsMargins(0, 0, 0, 0)
        self.fields.setLayout(form)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("workshop_scroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidget(self.fields)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.buttons)
        keep_enter_in_fields(self, self._save)  # Ctrl+Enter saves; Enter in a field does not
        QShortcut(QKeySequence.StandardKey.Save, self, self._save)

        self._load()
        self.track_combo.currentIndexChanged.connect(lambda _: self._fill_modules())
        self.start_edit.dateChanged.connect(self._start_changed)
        self.end_edit.dateChanged.connect(lambda _: self._show_days())
        self.status_combo.currentIndexChanged.connect(lambda _: self._show_status())
        self._show_days()
        # As tall as the fields ask, as far as the screen allows (their wrapped notes grow a
        # line or so once laid out at the dialog's width: room for that too).
        margins = layout.contentsMargins()
        fit_to_screen(self, WORKSHOP_DIALOG_WIDTH, max(690, self.fields.sizeHint().height() + 24
                                     + self.buttons.sizeHint().height() + layout.spacing()
                                     + margins.top() + margins.bottom()))
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
            # A status set by hand that the dates have caught up with adds nothing: shown (and
            # saved) as following the dates, so that new dates are followed again.
            start, end = rec(w, "start_date"), rec(w, "end_date")
            set_by_hand = str(rec(w, "status_set") or rec(w, "status") or "planned")
            follows = workshop_status(set_by_hand, start, end) == (
                status_by_dates(start, end) or "planned")
            self.status_combo.setCurrentIndex(
                0 if follows else max(self.status_combo.findData(set_by_hand), 0))
            self.notes_edit.setPlainText(rec(w, "notes") or "")
        else:  # a new one: in the agency's economy and province (chosen at the first start)
            place = place_defaults(self.db.path.parent)
            self.country_combo.setCurrentIndex(
                max(self.country_combo.findData(place.get("country")), 0))
            self.province_edit.setText(place.get("province", ""))
        # A long title or venue shows its start, when Tab brings the focus to it too.
        show_start(self.title_edit, self.venue_edit, self.province_edit, self.trainers_edit,
                   self.partner_edit)
        # A new workshop starts from this laptop's default; one without a rule of its own (an
        # older one) shows the default it follows, and keeps following it unless changed here.
        rule = self.db.training.attendance_rule(str(rec(w, "id") or "") if w else None)
        self.loaded_rule = (rule.percent, rule.own)
        self.rule_edit.set_value(rule.percent)

    def attendance_percent(self) -> int | None:
        """The rule to save: always for a new workshop (it carries the rule it was made with
        to every laptop); for one without a rule of its own, only once changed here; None:
        leave it as it is."""
        value = self.rule_edit.value()
        if self.workshop is None or self.loaded_rule is None:
            return value
        shown, own = self.loaded_rule
        return value if own or value != shown else None

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
        self._show_status()

    def _show_status(self) -> None:
        """The first choice says what the dates make the workshop today; the note says what
        the status will be, and what setting it by hand is for."""
        start = self.start_edit.date().toString(Qt.DateFormat.ISODate)
        end = self.end_edit.date().toString(Qt.DateFormat.ISODate)
        by_dates = status_by_dates(start, end) or "planned"
        self.status_combo.setItemText(0, self.tr("As the dates say (now: %1)").replace(
            "%1", workshop_status_label(by_dates)))
        chosen = str(self.status_combo.currentData() or "planned")
        now = workshop_status(chosen, start, end)
        if chosen == "planned":
            note = self.tr("Follows the dates: planned before the first day, running until the "
                           "last, then done.")
        elif now == by_dates:
            note = self.tr("The dates already make it “%1”: setting it by hand changes "
                           "nothing.").replace("%1", workshop_status_label(now))
        elif now == "running":
            note = self.tr("Running from now on, before its first day: for a workshop started "
                           "early. After its last day it is done.")
        else:
            note = self.tr("Done from now on, before its last day: for a workshop finished or "
                           "called off early.")
        self.status_note.setText(note)

    def values(self) -> dict[str, Any]:
        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        rule = self.attendance_percent()
        return {
            **({"attendance_percent": rule} if rule is not None else {}),
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


# -- revert ---------------------------------------------------------------------------------


class RevertDialog(QDialog):
    """Move a module's progress back: only deliberately, with a reason that is recorded."""

    def __init__(self, person: str, module: str, status: str, by: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_enter_in_fields(self)
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
