"""The dialog that registers a new SME or edits one.

It never writes an SME itself: on Save it checks the values with `SmeRepository.validate` and
hands them back through `values()`, so the caller performs the write and can offer Undo. While
the officer types, it warns about SMEs that are probably the same business.
"""

from __future__ import annotations

import html
import itertools
import json
import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gmsdesk import i18n_format
from gmsdesk.paths import RESOURCES
from gmsdesk.storage.db import Database
from gmsdesk.storage.smes import (
    COUNTRIES,
    GENDERS,
    ICT_FIELDS,
    SME_FIELDS,
    DuplicateMatch,
    Sme,
)
from gmsdesk.text import fold
from gmsdesk.ui.errors import show_error
from gmsdesk.ui.labels import (
    agency_label,
    agency_names,
    country_label,
    current_language,
    field_label,
    gender_label,
    province_label,
    sector_label,
    user_label,
)
from gmsdesk.ui.settings import place_defaults
from gmsdesk.ui.widgets import (
    duplicate_rows,
    fit_to_screen,
    focus_first_error,
    keep_enter_in_fields,
    show_field_errors,
    show_start,
)

if TYPE_CHECKING:  # loaded with the first SME opened for editing
    from gmsdesk.ui.smes.timeline import IctTimeline

log = logging.getLogger(__name__)

# Numbers typed in the language's digits (read back as 0-9); the founding year in its era too
# (Thai: the Buddhist era, unless the user chose Gregorian), stored Gregorian.
NUMBER_FIELDS = ("year_founded", "employees_total", "employees_female")

DUPLICATE_DELAY_MS = 250
DUPLICATE_FIELDS = ("name", "name_local", "phone", "registration_no")
DUPLICATE_LIMIT = 5
# The ICT history keeps this much at least, the form scrolling for it: its level strip this
# tall (px), and this many of its rows under the list's header.
HISTORY_STRIP_HEIGHT = 56
HISTORY_ROWS = 3
_ERROR_STYLE = "color: #b3261e;"
_PANEL_STYLE = """
#duplicates_panel { background: #fff4c4; border: 1px solid #d9b44a; border-radius: 4px; }
#duplicates_panel QLabel { color: #3b2f00; background: transparent; }
"""


# -- geography ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    """A province or district: the English name is what is stored, the local one helps find it."""

    name: str
    local: str | None = None
    children: tuple[Place, ...] = field(default=())

    @property
    def display(self) -> str:
        if self.local and self.local != self.name:
            return f"{self.name} — {self.local}"
        return self.name


def _get(obj: Any, *keys: str) -> Any:
    """A key of a mapping or an attribute of a record, whichever the loader gave."""
    for key in keys:
        if isinstance(obj, Mapping):
            if key in obj:
                return obj[key]
        elif hasattr(obj, key):
            return getattr(obj, key)
    return None


def _places(items: Any) -> tuple[Place, ...]:
    out: list[Place] = []
    for item in items or ():
        name = _get(item, "name_en", "name")
        local = _get(item, "name_local")
        if name:
            out.append(Place(str(name), str(local) if local else None,
                             _places(_get(item, "districts"))))
    return tuple(out)


def normalise_geography(data: Any) -> dict[str, tuple[Place, ...]]:
    """Country code -> provinces with their districts, from resources/seed/geography.json
    ({"KH": {"provinces": [{"name_en", "name_local", "districts": [...]}]}, ...})."""
    if not isinstance(data, Mapping):
        data = {_get(country, "code"): country for country in data or ()}
    return {code: _places(_get(country, "provinces"))
            for code, country in data.items() if code in COUNTRIES}


@cache
def load_places() -> dict[str, tuple[Place, ...]]:
    """The bundled geography, or nothing (then province and district are free text)."""
    try:
        from gmsdesk.demo import load_geography  # written alongside the seed file
    except ModuleNotFoundError as exc:
        if exc.name != "gmsdesk.demo":
            raise
        path = RESOURCES / "seed" / "geography.json"
        if not path.exists():
            return {}
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            log.exception("could not read %s; province and district stay free text", path)
            return {}
    else:
        try:
            data = load_geography()
        except (OSError, ValueError):
            log.exception("could not load the geography; province and district stay free text")
            return {}
    return normalise_geography(data)


# -- the dialog -----------------------------------------------------------------------------


def readable_history(timeline: IctTimeline) -> None:
    """The ICT history (`timeline.IctTimeline`) never squashed below what can be read: its
    level strip HISTORY_STRIP_HEIGHT tall, its list HISTORY_ROWS rows under the header. The
    form's fields scroll for it on a small screen; the dialog's buttons never do."""
    timeline.strip.setMinimumHeight(HISTORY_STRIP_HEIGHT)
    rows = timeline.list
    row = rows.sizeHintForRow(0) if rows.topLevelItemCount() else 0
    row = max(row, rows.fontMetrics().height() + 6)
    header = rows.header().sizeHint().height()
    rows.setMinimumHeight(header + HISTORY_ROWS * row + 2 * rows.frameWidth())


class SmeFormDialog(QDialog):
    """New SME (`sme` is None) or edit of `sme`. Accepted means `values()` passed validation."""

    open_existing = Signal(str)  # id of a likely duplicate the officer chose to open instead
    sector_added = Signal(object)  # the Changes from "Add sector…", for the change bus

    def __init__(self, db: Database, sme: Sme | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.sme = sme
        self._places = load_places()
        self._validated_once = False
        self.editors: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.duplicates: list[DuplicateMatch] = []  # what the yellow panel lists
        self._offered: dict[str, tuple[Place, ...]] = {"province": (), "district": ()}
        self._field_order: list[str] = []  # visual order: Tab and "first field with a problem"
        self._row_labels: list[QLabel] = []

        self.setWindowTitle(self.tr("Edit SME — %1").replace("%1", sme.name) if sme
                            else self.tr("New SME"))
        self._build()
        # A new SME starts in the agency's economy and province (chosen at the first start).
        self._load(sme.values() if sme else place_defaults(db.path.parent))
        self._initial = self._raw_values()

        self._duplicate_timer = QTimer(self)
        self._duplicate_timer.setSingleShot(True)
        self._duplicate_timer.setInterval(DUPLICATE_DELAY_MS)
        self._duplicate_timer.timeout.connect(self.check_duplicates)
        for name in DUPLICATE_FIELDS:
            self._line(name).textChanged.connect(self._duplicate_timer.start)
        self._connect_edits()

        QShortcut(QKeySequence.StandardKey.Save, self, self._save)
        keep_enter_in_fields(self, self._save)  # Ctrl+Enter saves; Enter in a field does not
        self.editors["name"].setFocus(Qt.FocusReason.OtherFocusReason)
        # Wide enough for both columns; the fields scroll on a smaller screen, never the buttons.
        fit_to_screen(self, 960, 720)

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)

        self.duplicates_panel = QFrame(self)
        self.duplicates_panel.setObjectName("duplicates_panel")
        self.duplicates_panel.setStyleSheet(_PANEL_STYLE)
        self._duplicates_layout = QVBoxLayout(self.duplicates_panel)
        self._duplicates_layout.setContentsMargins(10, 8, 10, 8)
        # Built once and refilled on every keystroke: creating and deleting widgets that often
        # is what crashed PySide now and then.
        title = QLabel(self.tr("This business may already be registered. Open it instead of "
                               "adding it again, or save if it is a different one:"),
                       self.duplicates_panel)
        title.setWordWrap(True)
        self._duplicates_layout.addWidget(title)
        self._duplicate_rows = duplicate_rows(self.duplicates_panel, self._duplicates_layout,
                                              DUPLICATE_LIMIT, self.tr("Open this one"),
                                              self._open_duplicate)
        self.duplicates_panel.hide()
        outer.addWidget(self.duplicates_panel)

        content = QWidget()
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        # Two balanced columns, so the whole form fits a 1366x768 laptop without scrolling.
        left.addWidget(self._section(self.tr("Business"), [
            ("name", self._line_edit()),
            ("name_local", self._line_edit()),
            ("registration_no", self._line_edit()),
            ("sector", self._sector_editor()),
            ("year_founded", self._line_edit(numeric=True)),
        ]))
        left.addWidget(self._section(self.tr("Location"), [
            ("country", self._code_combo(COUNTRIES, country_label)),
            ("province", self._place_combo()),
            ("district", self._place_combo()),
            ("address", self._line_edit()),
        ]))
        left.addWidget(self._section(self.tr("Size"), [
            ("employees_total", self._line_edit(numeric=True)),
            ("employees_female", self._line_edit(numeric=True)),
        ]))
        if self.sme is not None:  # what changed on the ICT ladder, and when, in what is left
            from gmsdesk.ui.smes.timeline import IctTimeline

            timeline = IctTimeline(self.db, self.sme.id, self)
            readable_history(timeline)
            left.addWidget(timeline, 1)
            self.timeline: QGroupBox | None = timeline
        else:
            self.timeline = None
            left.addStretch(1)
        self._align_labels()
        right.addWidget(self._section(self.tr("Contact"), [
            ("contact_name", self._line_edit()),
            ("contact_gender", self._code_combo(GENDERS, gender_label)),
            ("phone", self._line_edit()),
            ("email", self._line_edit()),
            ("website", self._line_edit()),
        ]))
        self._align_labels()
        right.addWidget(self._ict_section())

        notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)
        notes.setMinimumHeight(60)
        # Fill what the column leaves, but never be the reason the form has to scroll.
        notes.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        notes.setAccessibleName(field_label("notes"))
        notes_box = QGroupBox(self.tr("Notes"))
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.addWidget(self._with_error("notes", notes))
        right.addWidget(notes_box, 1)

        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(columns)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidget(content)
        outer.addWidget(self.scroll_area, 1)

        # Who made the record and who changed it last (names come with sync), and on a
        # headquarters laptop whose record it is.
        self.history_label = QLabel(self.history_text(), self)
        self.history_label.setObjectName("sme_history")
        self.history_label.setWordWrap(True)
        self.history_label.setStyleSheet("color: palette(mid);")
        self.history_label.setVisible(bool(self.history_label.text()))
        outer.addWidget(self.history_label)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

        order = [w for name in self._field_order for w in self._focus_widgets(name)]
        order += [self.save_button, self.cancel_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def history_text(self) -> str:
        """"Added by Sokha, 03/11/2026 14:20 · Last changed by Bounmy, 05/11/2026 09:02"."""
        from gmsdesk.ui.sync_service import format_sync_time

        sme = self.sme
        if sme is None:
            return ""
        parts = [self.tr("Added by %1, %2").replace("%1", user_label(sme.created_by)).replace(
            "%2", format_sync_time(sme.created_at))]
        if sme.updated_at != sme.created_at:
            parts.append(self.tr("last changed by %1, %2").replace(
                "%1", user_label(sme.updated_by)).replace(
                "%2", format_sync_time(sme.updated_at)))
        if self.db.is_hq:
            parts.append(self.tr("agency: %1").replace(
                "%1", agency_label(sme.agency_id, agency_names(self.db))))
        return " · ".join(parts)

    def _focus_widgets(self, name: str) -> list[QWidget]:
        if name == "sector":
            return [self.editors[name], self.add_sector_button]
        return [self.editors[name]]

    def _section(self, title: str, rows: list[tuple[str, QWidget]]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for name, widget in rows:
            editor = widget.findChild(QComboBox) if name == "sector" else widget
            assert editor is not None
            label = QLabel(field_label(name))
            label.setBuddy(editor)
            # As tall as its field and top-aligned: stays level with the field when a message
            # shows underneath.
            label.setMinimumHeight(editor.sizeHint().height())
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            self._row_labels.append(label)
            editor.setAccessibleName(field_label(name))
            form.addRow(label, self._with_error(name, widget, editor))
        return box

    def _align_labels(self) -> None:
        """One label width for the sections of a column, so their fields line up."""
        width = max(label.sizeHint().width() for label in self._row_labels)
        for label in self._row_labels:
            label.setMinimumWidth(width)
        self._row_labels.clear()

    def _with_error(self, name: str, widget: QWidget, editor: QWidget | None = None) -> QWidget:
        """The field with its (hidden until needed) red message underneath."""
        self.editors[name] = editor or widget
        self._field_order.append(name)
        (editor or widget).setObjectName(f"field_{name}")
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(_ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        self.error_labels[name] = error
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(error)
        return holder

    def _line_edit(self, *, numeric: bool = False) -> QLineEdit:
        edit = QLineEdit()
        if numeric:
            edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
            edit.setMaximumWidth(140)
        return edit

    def _code_combo(self, codes: Iterable[str], label: Callable[[str], str]) -> QComboBox:
        combo = QComboBox()
        combo.addItem("", None)
        for code in codes:
            combo.addItem(label(code), code)
        return combo

    def _place_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(combo.model(), combo)  # find a place by its local name too
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        combo.setCompleter(completer)
        return combo

    def _sector_editor(self) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.sector_combo = combo
        self._fill_sectors()
        self.add_sector_button = QPushButton(self.tr("Add sector…"))
        self.add_sector_button.setAutoDefault(False)
        self.add_sector_button.clicked.connect(self.add_sector)
        row.addWidget(combo, 1)
        row.addWidget(self.add_sector_button)
        return holder

    def _ict_section(self) -> QGroupBox:
        box = QGroupBox(self.tr("ICT and e-business use"))
        grid = QGridLayout(box)
        for i, name in enumerate(ICT_FIELDS):
            check = QCheckBox(field_label(name))
            grid.addWidget(self._with_error(name, check), i // 2, i % 2)
        return box

    # -- sectors --------------------------------------------------------------------------

    def _fill_sectors(self, select: str | None = None) -> None:
        combo = self.sector_combo
        current = select if select is not None else combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("—", None)
        sectors = self.db.smes.sectors()
        own = {s.code: s.label for s in sectors if not s.builtin}
        for sector in sectors:
            combo.addItem(sector_label(sector.code, own), sector.code)
        if current and combo.findData(current) < 0:
            combo.addItem(current, current)  # e.g. an own sector since removed: keep it visible
        combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
        combo.blockSignals(False)

    def add_sector(self) -> None:
        """Ask for a label, add it as this agency's own sector, and select it."""
        label, ok = QInputDialog.getText(self, self.tr("Add sector"),
                                         self.tr("Name of the new sector:"))
        label = label.strip()
        if not ok or not label:
            return
        before = {s.code for s in self.db.smes.sectors()}
        try:
            changes = self.db.smes.add_sector(label)
        except Exception as exc:  # shown to the officer (or as a bug), never swallowed
            show_error(self, exc)
            return
        # add_sector gives back the row id, not the code: find the sector it made or revived
        # (the repository reuses one whose label folds to the same code, e.g. "Café"/"Cafe").
        after = self.db.smes.sectors()
        new = [s.code for s in after if s.code not in before]
        same = [s.code for s in after if not s.builtin and fold(s.label) == fold(label)]
        code = (new or same or [self.sector_combo.currentData()])[0]
        self._fill_sectors(select=code)
        self.sector_added.emit(changes)
        self.sector_combo.setFocus()

    # -- places ---------------------------------------------------------------------------

    def _province_places(self) -> tuple[Place, ...]:
        return self._places.get(self._combo_code("country") or "", ())

    def _district_places(self) -> tuple[Place, ...]:
        province = self._place_value("province")
        for place in self._offered["province"]:
            if place.name == province:
                return place.children
        return ()

    def _offer_places(self, name: str, places: tuple[Place, ...]) -> None:
        """Offer `places` ("English — local", storing English). What was typed stays unless it
        was one of the places offered before and is not among the new ones."""
        current = self._place_value(name)
        keep = current if current in {p.name for p in places} or current not in {
            p.name for p in self._offered[name]} else ""
        self._offered[name] = places
        self._set_places(name, keep)

    def _set_places(self, name: str, value: str | None) -> None:
        combo = self._combo(name)
        combo.blockSignals(True)
        combo.clear()
        for place in self._offered[name]:
            combo.addItem(place.display, place.name)
        index = combo.findData(value) if value else -1
        combo.setCurrentIndex(index)
        if index < 0:
            combo.setEditText(value or "")
        combo.blockSignals(False)
        show_start(combo)  # "Mandalay Region — …", not "ndalay Region — မန္တလေး…"

    def _place_value(self, name: str) -> str:
        """The English name of the place typed or picked (by its list text, English or local
        name, ignoring case), else the free text as typed."""
        text = self._combo(name).currentText().strip()
        wanted = text.casefold()
        for place in self._offered[name]:
            if wanted in {place.display.casefold(), place.name.casefold(),
                          (place.local or "").casefold()}:
                return place.name
        return text

    def _on_country_changed(self) -> None:
        self._offer_places("province", self._province_places())
        self._on_province_changed()

    def _on_province_changed(self) -> None:
        self._offer_places("district", self._district_places())

    # -- values ---------------------------------------------------------------------------

    def _line(self, name: str) -> QLineEdit:
        widget = self.editors[name]
        assert isinstance(widget, QLineEdit)
        return widget

    def _combo(self, name: str) -> QComboBox:
        widget = self.editors[name]
        assert isinstance(widget, QComboBox)
        return widget

    def _combo_code(self, name: str) -> str | None:
        data = self._combo(name).currentData()
        return str(data) if data else None

    def _load(self, values: Mapping[str, Any]) -> None:
        for name in SME_FIELDS:
            value = values.get(name)
            widget = self.editors[name]
            if isinstance(widget, QLineEdit):
                widget.setText(self._shown_number(name, value) if name in NUMBER_FIELDS
                               else "" if value is None else str(value))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value or "")
        self._fill_sectors(select=values.get("sector"))
        for name in ("country", "contact_gender"):
            combo = self._combo(name)
            code = values.get(name)
            index = combo.findData(code) if code else 0
            if index < 0:  # a code this version does not know: show it rather than lose it
                combo.addItem(str(code), code)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
        self._offered["province"] = self._province_places()
        self._set_places("province", values.get("province"))
        self._offered["district"] = self._district_places()
        self._set_places("district", values.get("district"))
        # A long name or address shows its beginning, not its end.
        show_start(*(w for w in self.editors.values() if isinstance(w, QLineEdit)))

    def _raw_values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in SME_FIELDS:
            widget = self.editors[name]
            if name in ("province", "district"):
                value: Any = self._place_value(name)
            elif isinstance(widget, QComboBox):
                value = widget.currentData()
            elif isinstance(widget, QLineEdit):
                value = widget.text().strip()
                if name in NUMBER_FIELDS:
                    value = self._typed_number(name, value)
            elif isinstance(widget, QCheckBox):
                value = int(widget.isChecked())
            else:
                assert isinstance(widget, QPlainTextEdit)
                value = widget.toPlainText().strip()
            out[name] = value if value not in ("", None) else (0 if name in ICT_FIELDS else None)
        return out

    @staticmethod
    def _shown_number(name: str, value: Any) -> str:
        """A stored number as the language writes it: its digits, a year in its era."""
        if value in (None, ""):
            return ""
        lang = current_language()
        text = str(value)
        if name == "year_founded" and text.isdigit():
            return i18n_format.format_year(lang, int(text))
        return i18n_format.localize_digits(lang, text)

    @staticmethod
    def _typed_number(name: str, text: str) -> str:
        """What was typed, back in 0-9 and, for the year, Gregorian (a Thai "2543" is 2000);
        anything else is left for the repository to refuse in words."""
        typed = i18n_format.latin_digits(text)
        if name == "year_founded" and typed.isdigit():
            return str(i18n_format.gregorian(current_language(), int(typed)))
        return typed

    def values(self) -> dict[str, Any]:
        """Every SME field as `SmeRepository.create`/`update` take it: text trimmed (None when
        empty), codes for sector/country/gender, English province and district names, numbers as
        typed (the repository parses them), ICT uses as 0/1."""
        return self._raw_values()

    def is_modified(self) -> bool:
        return self._raw_values() != self._initial

    # -- validation -----------------------------------------------------------------------

    def _connect_edits(self) -> None:
        for widget in self.editors.values():
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(self._edited)
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(self._edited)
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(self._edited)
            elif isinstance(widget, QComboBox):
                if widget.isEditable():
                    widget.editTextChanged.connect(self._edited)
                widget.currentIndexChanged.connect(self._edited)
        self._combo("country").currentIndexChanged.connect(self._on_country_changed)
        self._combo("province").currentIndexChanged.connect(self._on_province_changed)
        province_text = self._combo("province").lineEdit()
        assert province_text is not None  # the combo is editable
        province_text.editingFinished.connect(self._on_province_changed)

    def _edited(self) -> None:
        if self._validated_once:
            self.validate()

    def validate(self) -> dict[str, str]:
        """Show each problem under its field; returns them (English, by field)."""
        errors = self.db.smes.validate(self._raw_values())
        show_field_errors(errors, self.error_labels, self.editors)
        return errors

    def _save(self) -> None:
        errors = self.validate()
        if errors:
            self._validated_once = True
            focus_first_error(errors, self._field_order, self.editors, self.scroll_area,
                              self.error_labels)
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

    def done(self, result: int) -> None:
        self._duplicate_timer.stop()  # no look-up after the dialog is closed
        super().done(result)

    # -- duplicates -----------------------------------------------------------------------

    def check_duplicates(self) -> list[DuplicateMatch]:
        """Look for SMEs that are probably this one and list them in the yellow panel."""
        self._duplicate_timer.stop()
        values = {name: self._line(name).text() for name in DUPLICATE_FIELDS}
        matches = self.db.smes.likely_duplicates(
            values, exclude_id=self.sme.id if self.sme else None, limit=DUPLICATE_LIMIT)
        self._show_duplicates(matches)
        return matches

    def _reason_text(self, reason: str) -> str:
        return {
            "name": self.tr("same name"),
            "similar_name": self.tr("similar name"),
            "phone": self.tr("same phone"),
            "registration_no": self.tr("same registration number"),
        }.get(reason, reason)

    def _show_duplicates(self, matches: list[DuplicateMatch]) -> None:
        self.duplicates = matches[:DUPLICATE_LIMIT]
        for index, (row, label, button) in enumerate(self._duplicate_rows):
            if index < len(self.duplicates):
                match = self.duplicates[index]
                label.setText(self._duplicate_text(match))
                button.setObjectName(f"open_duplicate_{match.sme.id}")
                row.show()
            else:
                button.setObjectName("")
                row.hide()
        self.duplicates_panel.setVisible(bool(self.duplicates))

    def _duplicate_text(self, match: DuplicateMatch) -> str:
        sme = match.sme
        name = html.escape(sme.name)
        if sme.name_local and sme.name_local != sme.name:
            name += f" ({html.escape(sme.name_local)})"
        where = province_label(sme.province, sme.country) or country_label(sme.country)
        details = [html.escape(p) for p in (where, sme.phone) if p]
        reasons = self.tr(", ").join(self._reason_text(r) for r in match.reasons)
        text = f"<b>{name}</b>"
        if details:
            text += " · " + " · ".join(details)
        return text + f" — <i>{html.escape(reasons)}</i>"

    def _open_duplicate(self, index: int) -> None:
        if index < len(self.duplicates):
            self._open_existing(self.duplicates[index].sme.id)

    def _open_existing(self, sme_id: str) -> None:
        """The officer chose the existing record: nothing typed here is wanted any more."""
        self.open_existing.emit(sme_id)
        super().reject()
