"""Headquarters' editor of one agency profile.

Like the SME form it never writes: Save checks the values with `AgencyRepository.validate` and
hands them back through `values()`, so the caller performs the write and can offer Undo.

Enter never closes it: no button is the default, so Enter in a field (or a cell of the services
table) does nothing instead of saving or discarding half-typed work. Ctrl+S or Ctrl+Enter saves.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gmsdesk.i18n import LANGUAGES
from gmsdesk.records.catalog import AGENCY_SERVICES, COUNTRIES
from gmsdesk.storage.agencies import AgencyProfile
from gmsdesk.storage.db import Database
from gmsdesk.ui.labels import country_label
from gmsdesk.ui.network.labels import fee_editor_text, fee_stored, field_label, service_label
from gmsdesk.ui.pickers import LanguagesField, PairsField
from gmsdesk.ui.widgets import (
    fit_to_screen,
    focus_first_error,
    keep_enter_in_fields,
    show_field_errors,
    show_start,
)

ERROR_STYLE = "color: #b3261e;"
# Currencies of the six economies and the one fees are usually quoted in; any other three
# letters may be typed.
CURRENCIES = ("USD", "KHR", "LAK", "MMK", "THB", "VND", "CNY")
DEFAULT_CURRENCY = "USD"
# Lists typed as text: commas of any script the UI speaks, or semicolons, separate items.
_SEPARATORS = re.compile(r"[,;，、；]")
TEXT_FIELDS = ("name", "address", "contact_name", "phone", "email", "website")
SERVICE_COLUMNS = ("type", "fee", "currency", "languages", "remove")


def split_list(text: str) -> list[str]:
    """"Siem Reap, Oddar Meanchey" as ["Siem Reap", "Oddar Meanchey"]; empty items dropped."""
    return [part.strip() for part in _SEPARATORS.split(text) if part.strip()]


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(f"error_{name}")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class ServicesEditor(QTableWidget):
    """One row per service offered: its kind, indicative fee and currency, and for translation
    the language pairs ("km-ja, km-th"). Every cell is its own editor, so Tab walks the row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(SERVICE_COLUMNS), parent)
        self.setObjectName("services_table")
        self.setHorizontalHeaderLabels([
            self.tr("Service"), self.tr("Indicative fee"), self.tr("Currency"),
            self.tr("Language pairs"), ""])
        self.verticalHeader().setVisible(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab goes to the editors in the cells
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.setColumnWidth(0, 250)
        self.setColumnWidth(1, 130)
        self.setColumnWidth(2, 90)
        probe = QComboBox()
        probe.addItem(service_label("listing"))
        self.verticalHeader().setDefaultSectionSize(probe.sizeHint().height() + 6)
        self.extras: list[dict[str, Any]] = []  # keys of each row's service this editor keeps
        self.fees: list[tuple[str, str]] = []  # each row's fee as stored and as first shown

    # -- rows -----------------------------------------------------------------------------

    def add_service(self, service: Mapping[str, Any] | None = None) -> int:
        """A new row at the end, filled from `service`; returns its index."""
        service = dict(service or {})
        row = self.rowCount()
        self.insertRow(row)
        kind = QComboBox()
        kind.setObjectName(f"service_type_{row}")
        for code in AGENCY_SERVICES:
            kind.addItem(service_label(code), code)
        code = service.get("type") or "translation"
        if kind.findData(code) < 0:  # a kind this version does not know: shown, not lost
            kind.addItem(str(code), code)
        kind.setCurrentIndex(kind.findData(code))
        # The amount in the UI language's separators, as every money field shows it; kept as
        # stored unless changed (a profile opened and saved writes nothing).
        stored_fee = str(service.get("fee") or "")
        fee = QLineEdit(fee_editor_text(stored_fee, service.get("currency")))
        fee.setObjectName(f"service_fee_{row}")
        fee.setPlaceholderText(self.tr("e.g. 50 per page"))
        currency = QComboBox()
        currency.setObjectName(f"service_currency_{row}")
        currency.setEditable(True)
        currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        currency.addItems(CURRENCIES)
        currency.setCurrentText(str(service.get("currency") or DEFAULT_CURRENCY))
        pairs = PairsField()
        pairs.setObjectName(f"service_languages_{row}")
        pairs.set_codes(str(p) for p in service.get("languages") or [])
        pairs.setToolTip(self.tr("For translation: each language pair, from one language "
                                 "into another."))
        remove = QToolButton()
        remove.setObjectName(f"service_remove_{row}")
        remove.setText(self.tr("Remove"))
        remove.setToolTip(self.tr("Remove this service"))
        remove.clicked.connect(lambda _=False, w=remove: self._remove_row_of(w))
        for column, widget in enumerate((kind, fee, currency, pairs, remove)):
            self.setCellWidget(row, column, widget)
        self.extras.append({k: v for k, v in service.items()
                            if k not in ("type", "fee", "currency", "languages")})
        self.fees.append((stored_fee, fee.text()))
        return row

    def _remove_row_of(self, button: QWidget) -> None:
        rows = [r for r in range(self.rowCount()) if self.cellWidget(r, 4) is button]
        if not rows:
            return
        self.removeRow(rows[0])
        del self.extras[rows[0]]
        del self.fees[rows[0]]
        if self.rowCount():  # the focus stays in the table, on the row that took its place
            self.widget_at(min(rows[0], self.rowCount() - 1), 0).setFocus()

    def widget_at(self, row: int, column: int) -> QWidget:
        widget = self.cellWidget(row, column)
        assert widget is not None
        return widget

    def focus_order(self) -> list[QWidget]:
        return [self.widget_at(r, c) for r in range(self.rowCount())
                for c in range(len(SERVICE_COLUMNS))]

    def services(self) -> list[dict[str, Any]]:
        """The rows as stored: type always; fee, its currency and language pairs when given;
        any other key a row came with, untouched."""
        out: list[dict[str, Any]] = []
        for row in range(self.rowCount()):
            kind = self.widget_at(row, 0)
            fee = self.widget_at(row, 1)
            currency = self.widget_at(row, 2)
            pairs = self.widget_at(row, 3)
            assert isinstance(kind, QComboBox)
            assert isinstance(fee, QLineEdit)
            assert isinstance(currency, QComboBox)
            assert isinstance(pairs, PairsField)
            service: dict[str, Any] = {**self.extras[row], "type": kind.currentData()}
            if fee.text().strip():
                code = currency.currentText().strip().upper()
                stored, shown = self.fees[row]
                service["fee"] = stored if fee.text() == shown and stored else fee_stored(
                    fee.text(), code)
                if code:
                    service["currency"] = code
            languages = pairs.codes()
            if languages:
                service["languages"] = languages
            out.append(service)
        return out


class AgencyDialog(QDialog):
    """Edit `profile`. Accepted means `values()` passed validation."""

    def __init__(self, db: Database, profile: AgencyProfile,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.profile = profile
        self.editors: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.name_edits: dict[str, QLineEdit] = {}
        self._field_order: list[str] = []
        self._validated_once = False
        self.setWindowTitle(self.tr("Edit agency — %1").replace("%1", profile.name))
        self._build()
        self._load(profile)
        self._initial = self.values()
        self._connect_edits()
        QShortcut(QKeySequence.StandardKey.Save, self, self._save)
        # Enter in a field (or a cell of the services table) neither saves half a profile
        # nor cancels it; Ctrl+Enter saves.
        keep_enter_in_fields(self, self._save)
        self.editors["name"].setFocus(Qt.FocusReason.OtherFocusReason)
        # Wide enough for both columns and the services; on a smaller screen the content
        # scrolls, never the buttons.
        fit_to_screen(self, 980, 700)

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        columns = QHBoxLayout()
        body.addLayout(columns)

        code_row = QWidget()
        code_line = QHBoxLayout(code_row)
        code_line.setContentsMargins(0, 0, 0, 0)
        code = QLabel(self.profile.agency)
        code.setObjectName("agency_code")
        code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        code.setToolTip(self.tr("Headquarters gave this code when it added the agency."))
        self.hq_check = QCheckBox(field_label("hq"))
        code_line.addWidget(code)
        code_line.addStretch(1)
        code_line.addWidget(self._with_error("hq", self.hq_check))

        country = QComboBox()
        country.addItem("", None)
        for economy in COUNTRIES:
            country.addItem(country_label(economy), economy)
        provinces = QLineEdit()
        provinces.setPlaceholderText(self.tr("Names, separated by commas"))
        self.languages = LanguagesField()

        left = QVBoxLayout()
        left.addWidget(self._section(self.tr("Agency"), [
            (field_label("agency"), code_row, None),
            (field_label("name"), QLineEdit(), "name"),
            (field_label("country"), country, "country"),
            (field_label("provinces"), provinces, "provinces"),
            (field_label("address"), QLineEdit(), "address"),
            (field_label("languages"), self.languages, "languages"),
        ]))
        # Notes fill what the left column leaves beside the contact and the other names, so
        # the whole dialog fits a 1366x768 laptop without scrolling.
        notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)
        notes.setMinimumHeight(48)
        notes.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        notes.setAccessibleName(field_label("notes"))
        notes_box = QGroupBox(field_label("notes"))
        QVBoxLayout(notes_box).addWidget(self._with_error("notes", notes))
        left.addWidget(notes_box, 1)
        right = QVBoxLayout()
        right.addWidget(self._section(self.tr("Contact"), [
            (field_label(name), QLineEdit(), name)
            for name in ("contact_name", "phone", "email", "website")]))
        right.addWidget(self._names_section())
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        services_box = QGroupBox(field_label("services"))
        services_layout = QVBoxLayout(services_box)
        self.services = ServicesEditor()
        self.services.setMinimumHeight(150)
        services_layout.addWidget(self._with_error("services", self.services), 1)
        self.add_service_button = QPushButton(self.tr("Add service"))
        self.add_service_button.setObjectName("add_service")
        self.add_service_button.clicked.connect(self.add_service)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_service_button)
        add_row.addStretch(1)
        services_layout.addLayout(add_row)
        body.addWidget(services_box, 1)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidget(content)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

        outer = QVBoxLayout(self)
        outer.addWidget(self.scroll_area, 1)
        outer.addWidget(self.buttons)

    def _section(self, title: str,
                 rows: list[tuple[str, QWidget, str | None]]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for text, widget, name in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            # As tall as its field and top-aligned: stays level with the field when a message
            # shows underneath.
            label.setMinimumHeight(widget.sizeHint().height())
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            widget.setAccessibleName(text)
            form.addRow(label, self._with_error(name, widget) if name else widget)
        return box

    def _names_section(self) -> QGroupBox:
        """The name in each other language the app speaks, two to a line, each labelled in
        its own script (whoever types it reads that script)."""
        box = QGroupBox(field_label("names"))
        grid = QGridLayout(box)
        codes = [code for code in LANGUAGES if code != "en"]
        for index, code in enumerate(codes):
            edit = QLineEdit()
            edit.setObjectName(f"name_{code}")
            edit.setAccessibleName(f"{field_label('names')}: {LANGUAGES[code]}")
            label = QLabel(LANGUAGES[code])
            label.setBuddy(edit)
            row, column = divmod(index, 2)
            grid.addWidget(label, row, column * 2)
            grid.addWidget(edit, row, column * 2 + 1)
            self.name_edits[code] = edit
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.editors["names"] = self.name_edits[codes[0]]
        self._field_order.append("names")
        error = _error_label("names")
        self.error_labels["names"] = error
        grid.addWidget(error, len(codes) // 2 + 1, 0, 1, 4)
        return box

    def _with_error(self, name: str, widget: QWidget) -> QWidget:
        """The field with its (hidden until needed) red message underneath."""
        self.editors[name] = widget
        self._field_order.append(name)
        widget.setObjectName(widget.objectName() or f"field_{name}")
        error = _error_label(name)
        self.error_labels[name] = error
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(error)
        return holder

    def _update_tab_order(self) -> None:
        """Tab follows the columns top to bottom, then the services, row by row."""
        order: list[QWidget] = [self.editors[n] for n in (
            "hq", "name", "country", "provinces", "address", "languages", "notes",
            "contact_name", "phone", "email", "website")]
        order += list(self.name_edits.values())
        order += self.services.focus_order()
        order += [self.add_service_button, self.save_button, self.cancel_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    # -- values ---------------------------------------------------------------------------

    def _line(self, name: str) -> QLineEdit:
        widget = self.editors[name]
        assert isinstance(widget, QLineEdit)
        return widget

    def _load(self, profile: AgencyProfile) -> None:
        for name in TEXT_FIELDS:
            self._line(name).setText(str(getattr(profile, name) or ""))
        self.hq_check.setChecked(profile.hq)
        country = self.editors["country"]
        assert isinstance(country, QComboBox)
        index = country.findData(profile.country) if profile.country else 0
        if index < 0:  # a code this version does not know: show it rather than lose it
            country.addItem(str(profile.country), profile.country)
            index = country.count() - 1
        country.setCurrentIndex(index)
        self._line("provinces").setText(", ".join(profile.provinces))
        self.languages.set_codes(profile.languages)
        for code, edit in self.name_edits.items():
            edit.setText(profile.names.get(code) or profile.names.get(code.split("_")[0])
                         or "")
        for service in profile.services:
            self.services.add_service(service if isinstance(service, dict) else {})
        notes = self.editors["notes"]
        assert isinstance(notes, QPlainTextEdit)
        notes.setPlainText(profile.notes)
        # Long text shows its start, not its end: as filled, and when Tab (or the dialog
        # opening) brings the focus to it, selected.
        show_start(*self.findChildren(QLineEdit))
        self._update_tab_order()

    def _names(self) -> dict[str, str]:
        """The names as edited; names in languages this dialog has no line for are kept."""
        names = dict(self.profile.names)
        for code, edit in self.name_edits.items():
            short = code.split("_")[0]
            key = short if short in names and code not in names else code
            text = edit.text().strip()
            if text:
                names[key] = text
            else:
                names.pop(key, None)
        return names

    def values(self) -> dict[str, Any]:
        """Every field the dialog edits, as `AgencyRepository.clean` takes them: text trimmed,
        lists split at commas, codes in their stored case."""
        country = self.editors["country"]
        notes = self.editors["notes"]
        assert isinstance(country, QComboBox)
        assert isinstance(notes, QPlainTextEdit)
        out: dict[str, Any] = {name: self._line(name).text().strip() for name in TEXT_FIELDS}
        out.update(
            names=self._names(),
            hq=int(self.hq_check.isChecked()),
            country=country.currentData(),
            provinces=split_list(self._line("provinces").text()),
            languages=self.languages.codes(),
            services=self.services.services(),
            notes=notes.toPlainText().strip(),
        )
        return out

    def is_modified(self) -> bool:
        return self.values() != self._initial

    def add_service(self) -> None:
        row = self.services.add_service()
        self._update_tab_order()
        self._connect_row(row)
        self.services.scrollToBottom()
        self.services.widget_at(row, 0).setFocus(Qt.FocusReason.OtherFocusReason)
        self._edited()

    # -- validation -----------------------------------------------------------------------

    def _connect_edits(self) -> None:
        for widget in [*self.editors.values(), *self.name_edits.values()]:
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.textChanged.connect(self._edited)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self._edited)
            elif isinstance(widget, LanguagesField):
                widget.changed.connect(self._edited)
        for row in range(self.services.rowCount()):
            self._connect_row(row)

    def _connect_row(self, row: int) -> None:
        for column in range(4):
            widget = self.services.widget_at(row, column)
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(self._edited)
            elif isinstance(widget, QComboBox):
                widget.currentTextChanged.connect(self._edited)
            elif isinstance(widget, PairsField):
                widget.changed.connect(self._edited)
        remove = self.services.widget_at(row, 4)
        assert isinstance(remove, QToolButton)
        # After the editor removed the row: the tab order and messages follow the new rows.
        remove.clicked.connect(lambda _=False: QTimer.singleShot(0, self._rows_changed))

    def _rows_changed(self) -> None:
        self._update_tab_order()
        self._edited()

    def _edited(self) -> None:
        if self._validated_once:
            self.validate()

    def validate(self) -> dict[str, str]:
        """Show each problem under its field, in the UI language; returns them (English)."""
        errors = self.db.agencies.validate(self.values())
        show_field_errors(errors, self.error_labels, self.editors)
        return errors

    def _save(self) -> None:
        errors = self.validate()
        if errors:
            self._validated_once = True
            first = focus_first_error(errors, self._field_order, self.editors,
                                      self.scroll_area, self.error_labels)
            if first is not None and self.editors[first] is self.services \
                    and self.services.rowCount():
                self.services.widget_at(0, 0).setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.accept()

    def reject(self) -> None:
        if self.is_modified() and QMessageBox.question(
            self, self.tr("Discard changes?"), self.tr("Discard your changes?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        ) != QMessageBox.StandardButton.Yes:
            return
        super().reject()

