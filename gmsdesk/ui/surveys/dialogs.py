"""Small dialogs of the Surveys area: starting a new response, and what an XLSForm import found."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from gmsdesk.forms.problems import Problem
    from gmsdesk.storage.db import Database

SME_SEARCH_DELAY_MS = 150
SME_RESULTS = 30


def workshops_of(db: Database) -> list[tuple[str, str]]:
    """(id, label) of the workshops a response can be linked to, newest first."""
    return [(w.id, f"{w.title} ({w.start_date})" if w.start_date else w.title)
            for w in db.training.workshops()]


class NewResponseDialog(QDialog):
    """Choose the form, and optionally the SME (searched in the registry) and the workshop."""

    def __init__(self, db: Any, forms: Sequence[tuple[str, str]], *,
                 form_ref: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("New response"))
        self.setObjectName("new_response")
        self.form_combo = QComboBox(self)
        self.form_combo.setObjectName("choose_form")
        for ref, label in forms:
            self.form_combo.addItem(label, ref)
        if form_ref is not None:
            self.form_combo.setCurrentIndex(max(self.form_combo.findData(form_ref), 0))

        self.sme_search = QLineEdit(self)
        self.sme_search.setObjectName("sme_search")
        self.sme_search.setClearButtonEnabled(True)
        self.sme_search.setPlaceholderText(self.tr("Type a name or phone number to find the SME"))
        self.sme_list = QListWidget(self)
        self.sme_list.setObjectName("sme_results")
        self.sme_list.setMinimumHeight(160)
        self.sme_timer = QTimer(self)
        self.sme_timer.setSingleShot(True)
        self.sme_timer.setInterval(SME_SEARCH_DELAY_MS)
        self.sme_timer.timeout.connect(self.search_smes)
        self.sme_search.textChanged.connect(lambda _t: self.sme_timer.start())

        self.workshop_combo = QComboBox(self)
        self.workshop_combo.setObjectName("choose_workshop")
        self.workshop_combo.addItem(self.tr("No workshop"), None)
        for workshop_id, label in workshops_of(db):
            self.workshop_combo.addItem(label, workshop_id)

        form = QFormLayout()
        form.addRow(self.tr("Form:"), self.form_combo)
        form.addRow(self.tr("SME (optional):"), self.sme_search)
        form.addRow("", self.sme_list)
        form.addRow(self.tr("Workshop (optional):"), self.workshop_combo)
        if self.workshop_combo.count() == 1:
            self.workshop_combo.setEnabled(False)
            self.workshop_combo.setToolTip(self.tr("No workshops recorded yet"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Start"))
        ok.setEnabled(self.form_combo.count() > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(620, 420)
        self.search_smes()

    def search_smes(self) -> None:
        self.sme_timer.stop()
        text = self.sme_search.text().strip()
        current = self.sme_id()
        self.sme_list.clear()
        none = QListWidgetItem(self.tr("— no SME —"))
        none.setData(Qt.ItemDataRole.UserRole, None)
        self.sme_list.addItem(none)
        if text:
            for sme in self.db.smes.search(text, limit=SME_RESULTS):
                parts = [sme.name]
                if sme.name_local and sme.name_local != sme.name:
                    parts.append(sme.name_local)
                place = ", ".join(p for p in (sme.province, sme.country) if p)
                label = " — ".join(parts) + (f"  ({place})" if place else "")
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, sme.id)
                self.sme_list.addItem(item)
        row = 0
        for i in range(self.sme_list.count()):
            if self.sme_list.item(i).data(Qt.ItemDataRole.UserRole) == current and current:
                row = i
        if text and row == 0 and self.sme_list.count() > 1:
            row = 1  # the best match, ready to take
        self.sme_list.setCurrentRow(row)

    def form_ref(self) -> str | None:
        return self.form_combo.currentData()

    def sme_id(self) -> str | None:
        item = self.sme_list.currentItem() if hasattr(self, "sme_list") else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def workshop_id(self) -> str | None:
        return self.workshop_combo.currentData()


class ImportProblemsDialog(QDialog):
    """What importing an XLSForm found: one line per problem, with its sheet and row."""

    def __init__(self, title: str, summary: str, problems: Sequence[Problem],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("import_problems")
        self.summary = QLabel(summary, self)
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(problems), 4, self)
        self.table.setObjectName("problems_table")
        self.table.setHorizontalHeaderLabels([self.tr("Sheet"), self.tr("Row"),
                                              self.tr("Severity"), self.tr("Problem")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for i, problem in enumerate(problems):
            cells = (problem.sheet or "", str(problem.row or ""),
                     self.tr("Error") if problem.severity == "error" else self.tr("Warning"),
                     problem.message)
            for column, text in enumerate(cells):
                self.table.setItem(i, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(problems))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 420 if problems else 160)

