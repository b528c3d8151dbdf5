"""Small dialogs of the Surveys area: starting a new response, and what an XLSForm import found."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gmsdesk.forms.problems import CONTEXT as PROBLEMS_CONTEXT
from gmsdesk.storage.db import UNASSIGNED_AGENCY
from gmsdesk.ui.labels import country_label, format_count, format_date, province_label
from gmsdesk.ui.widgets import best_first, fit_to_screen, keep_enter_in_fields

if TYPE_CHECKING:
    from gmsdesk.forms.problems import Problem
    from gmsdesk.storage.db import Database

SME_SEARCH_DELAY_MS = 150
SME_RESULTS = 30


def workshops_of(db: Database) -> list[tuple[str, str]]:
    """(id, label) of the workshops a response can be linked to, newest first."""
    return [(w.id, f"{w.title} ({format_date(w.start_date, 'short')})" if w.start_date
             else w.title)
            for w in db.training.workshops()]


def agencies_of(db: Database, lang: str) -> list[tuple[str, str]]:
    """(code, name) of the support agencies a response can describe: this laptop's own
    first, then the others by name (their code when they have no profile yet)."""
    names = db.agencies.names(lang)
    own = db.agency_id
    others = sorted((code for code in names if code != own),
                    key=lambda code: (names[code].casefold(), code))
    own_name = names.get(own) or (QCoreApplication.translate(
        "NewResponseDialog", "This laptop's agency") if own == UNASSIGNED_AGENCY else own)
    return [(own, own_name), *((code, names[code] or code) for code in others)]


class NewResponseDialog(QDialog):
    """Choose the form and what the response is about: an SME (searched in the registry), a
    workshop or a support agency; a workshop can be linked whatever the response is about."""

    ABOUT = ("sme", "workshop", "agency")

    def __init__(self, db: Any, forms: Sequence[tuple[str, str]], *,
                 form_ref: str | None = None, parent: QWidget | None = None,
                 lang: str = "en") -> None:
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

        about = QWidget(self)
        about_layout = QHBoxLayout(about)
        about_layout.setContentsMargins(0, 0, 0, 0)
        self.about_group = QButtonGroup(self)
        self.about_buttons: dict[str, QRadioButton] = {}
        for key, text in zip(self.ABOUT, (self.tr("An SME"), self.tr("A workshop"),
                                          self.tr("An agency")), strict=True):
            button = QRadioButton(text, about)
            button.setObjectName(f"about_{key}")
            self.about_group.addButton(button)
            self.about_buttons[key] = button
            about_layout.addWidget(button)
        about_layout.addStretch(1)
        self.about_buttons["sme"].setChecked(True)
        self.agency_combo = QComboBox(self)
        self.agency_combo.setObjectName("choose_agency")
        self.agency_combo.setAccessibleName(self.tr("Agency"))
        for code, name in agencies_of(db, lang):
            self.agency_combo.addItem(name, code)

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
        form.addRow(self.tr("About:"), about)
        form.addRow(self.tr("SME (optional):"), self.sme_search)
        form.addRow("", self.sme_list)
        form.addRow(self.tr("Agency:"), self.agency_combo)
        form.addRow(self.tr("Workshop (optional):"), self.workshop_combo)
        if self.workshop_combo.count() == 1:
            self.workshop_combo.setEnabled(False)
            self.workshop_combo.setToolTip(self.tr("No workshops recorded yet"))
        self.about_group.buttonToggled.connect(lambda *_: self._about_changed())
        self._about_changed()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.start_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setText(self.tr("Start"))
        self.start_button.setToolTip(self.tr("Start (Ctrl+Enter)"))
        self.start_button.setEnabled(self.form_combo.count() > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        # Enter in the search goes on to the SMEs found; Enter there, to Start; Enter on Start
        # starts. Ctrl+Enter starts from anywhere. (Start gets the focus once the key is
        # handled: had it the focus already, the same Enter would press it.)
        self.sme_list.itemActivated.connect(
            lambda _item: QTimer.singleShot(0, self.start_button, self.start_button.setFocus))
        keep_enter_in_fields(self, self.start)
        fit_to_screen(self, 620, 420)
        self.search_smes()

    def start(self) -> None:
        if self.start_button.isEnabled():
            self.accept()

    def search_smes(self) -> None:
        self.sme_timer.stop()
        text = self.sme_search.text().strip()
        current = self._listed_sme()
        self.sme_list.clear()
        none = QListWidgetItem(self.tr("— no SME —"))
        none.setData(Qt.ItemDataRole.UserRole, None)
        self.sme_list.addItem(none)
        if not text:  # the list is not empty for nothing: it waits for a name
            hint = QListWidgetItem(self.tr("Type a name or phone number above to find the SME."))
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            self.sme_list.addItem(hint)
        if text:
            found = self.db.smes.search(text, limit=SME_RESULTS)
            for sme in best_first(text, found, lambda s: (s.name, s.name_local)):
                parts = [sme.name]
                if sme.name_local and sme.name_local != sme.name:
                    parts.append(sme.name_local)
                place = ", ".join(p for p in (province_label(sme.province, sme.country),
                                              country_label(sme.country)) if p)
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

    def about(self) -> str:
        """What the response is about: "sme", "workshop" or "agency"."""
        return next(key for key, button in self.about_buttons.items() if button.isChecked())

    def set_about(self, key: str) -> None:
        self.about_buttons[key].setChecked(True)

    def _about_changed(self) -> None:
        """Only the link the response is about can be chosen (a workshop always can)."""
        about = self.about()
        for widget in (self.sme_search, self.sme_list):
            widget.setEnabled(about == "sme")
        self.agency_combo.setEnabled(about == "agency")
        if about == "workshop" and self.workshop_combo.isEnabled() \
                and self.workshop_combo.currentData() is None and self.workshop_combo.count() > 1:
            self.workshop_combo.setCurrentIndex(1)  # the latest workshop, ready to take

    def form_ref(self) -> str | None:
        return self.form_combo.currentData()

    def sme_id(self) -> str | None:
        """The SME chosen (when the response is about an SME)."""
        return self._listed_sme() if self.about() == "sme" else None

    def _listed_sme(self) -> str | None:
        item = self.sme_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def about_agency(self) -> str | None:
        """The code of the agency the response describes (when it is about an agency)."""
        return self.agency_combo.currentData() if self.about() == "agency" else None

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
            cells = (problem.sheet or "",
                     format_count(problem.row, grouping=False) if problem.row else "",
                     self.tr("Error") if problem.severity == "error" else self.tr("Warning"),
                     problem.translated(
                         lambda text: QCoreApplication.translate(PROBLEMS_CONTEXT, text),
                         lambda text, n: QCoreApplication.translate(PROBLEMS_CONTEXT, text,
                                                                    "", n)))
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
        fit_to_screen(self, 820, 420 if problems else 160)  # no field: Enter closes it

