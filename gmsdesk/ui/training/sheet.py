"""The sign-in sheet of one workshop day: its own action (Ctrl+P on a workshop's page), not a
corner of the Certificates tab. Phone numbers stay off the sheet that goes round the room unless
the trainer asks for them."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from gmsdesk.i18n import LANGUAGES
from gmsdesk.reports.text import missing_characters
from gmsdesk.ui.labels import format_count
from gmsdesk.ui.training.dialog_kit import FieldDialog, fit_to_screen
from gmsdesk.ui.training.workshop_list import field as rec
from gmsdesk.ui.training.workshop_list import short_date


def unprintable_names(people: Iterable[Any]) -> list[tuple[str, list[str]]]:
    """(name, characters) of each person whose name, Latin name or SME has a character no
    bundled font has: what the PDF would print as an empty box. Slow the first time (it reads
    the fonts): call it in a worker."""
    found = []
    for person in people:
        chars = missing_characters(person.name or "", person.name_latin or "",
                                   person.sme_name or "")
        if chars:
            found.append((person.name or "", chars))
    return found


def confirm_unprintable(parent: QWidget, found: Sequence[tuple[str, Sequence[str]]]) -> bool:
    """Before a PDF with names some character of which cannot be printed: say which characters
    and whose names, and go on only if the person chooses to."""
    if not found:
        return True

    chars = " ".join(dict.fromkeys(ch for _, cs in found for ch in cs))
    names = ", ".join(name for name, _ in found)
    title = QCoreApplication.translate("PrintNames", "Characters that cannot be printed")
    text = QCoreApplication.translate(
        "PrintNames", "No font of the PDF has these characters, so they would print as empty "
        "boxes: %1\n\nThey are in the names of: %2").replace("%1", chars).replace("%2", names)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                      QMessageBox.StandardButton.NoButton, parent)
    go = box.addButton(QCoreApplication.translate("PrintNames", "Continue"),
                       QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QCoreApplication.translate("PrintNames", "Cancel"),
                           QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is go


class AttendanceSheetDialog(FieldDialog):
    """Which day, which language, with or without phone numbers; "Save PDF…" then asks where.
    Accepted means `values()` says what to print."""

    def __init__(self, sessions: Sequence[Any], language: str, day: str | None = None,
                 parent: QWidget | None = None, *, people: Sequence[Any] = ()) -> None:
        super().__init__(parent)
        self.people = list(people)  # as `training_service.sheet_people` gives them
        self.setWindowTitle(self.tr("Sign-in sheet"))
        self.day_combo = QComboBox(self)
        self.day_combo.setObjectName("sheet_day")
        for number, session in enumerate(sessions, start=1):
            self.day_combo.addItem(self.tr("Day %1 — %2").replace(
                "%1", format_count(number)).replace(
                "%2", short_date(rec(session, "day"))), rec(session, "day"))
        today = datetime.date.today().isoformat()
        index = self.day_combo.findData(day or today)
        self.day_combo.setCurrentIndex(max(index, 0))
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("sheet_language")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(language), 0))
        self.phones_box = QCheckBox(self.tr("Print &phone numbers"), self)
        self.phones_box.setObjectName("sheet_phones")
        note = QLabel(self.tr("The sheet goes round the room for everyone to sign: phone "
                              "numbers are left off unless you need them on paper."), self)
        note.setWordWrap(True)
        self.empty = QLabel(self.tr("This workshop has no days yet: give it dates first."), self)
        self.empty.setWordWrap(True)
        self.empty.setVisible(not sessions)

        form = QFormLayout()
        form.addRow(self.tr("&Day:"), self.day_combo)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow("", self.phones_box)
        form.addRow("", note)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("&Save PDF…"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("sheet_save")
        self.save_button.setEnabled(bool(sessions))
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        fit_to_screen(self, 520, 260)
        self.day_combo.setFocus()

    def accept(self) -> None:
        """Save only once the person knows which names would print with empty boxes."""
        if self.people and not confirm_unprintable(self, unprintable_names(self.people)):
            return
        super().accept()

    def values(self) -> tuple[str, str, bool]:
        """(the day, ISO; the language code; whether phone numbers are printed)."""
        return (str(self.day_combo.currentData() or ""),
                str(self.language_combo.currentData() or "en"), self.phones_box.isChecked())
