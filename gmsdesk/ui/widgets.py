"""Small widgets every area uses alike, and the rules every window keeps: it fits the screen
(`fit_to_screen`), Enter in a dialog's field never saves or closes it (`keep_enter_in_fields`),
list columns follow their content (`fit_columns`), a date box writes its date as the language
does (`DateEdit`)."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QMargins,
    QObject,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QShortcut,
    QValidator,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QToolButton,
    QWidget,
)

from gmsdesk import i18n_format
from gmsdesk.text import fold

T = TypeVar("T")

# -- windows fit the screen -------------------------------------------------------------------

# What a window manager puts around a window: a title bar and thin borders. Until a window is
# shown nobody can say, so this much is kept free (more than the 20 px title bar of the laptops
# the programme uses); once shown, its real frame counts when it is larger.
FRAME_ALLOWANCE = QMargins(4, 30, 4, 4)


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The part of the screen windows may use, the task bar left out: of the screen `widget`
    is on, else of the primary screen. The one place windows learn the screen's size (tests
    put a 1366x768 laptop's here)."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def frame_margins(window: QWidget) -> QMargins:
    """The window manager's frame around `window`: as drawn, once shown; never less than
    FRAME_ALLOWANCE."""
    inner, outer = window.geometry(), window.frameGeometry()
    drawn = (inner.left() - outer.left(), inner.top() - outer.top(),
             outer.right() - inner.right(), outer.bottom() - inner.bottom())
    allowance = (FRAME_ALLOWANCE.left(), FRAME_ALLOWANCE.top(), FRAME_ALLOWANCE.right(),
                 FRAME_ALLOWANCE.bottom())
    return QMargins(*(max(a, b) for a, b in zip(drawn, allowance, strict=True)))


def fit_to_screen(window: QWidget, width: int = 0, height: int = 0, *,
                  maximize: bool = False) -> None:
    """Give `window` its size and place before it is shown: `width` x `height` (its size hint
    where 0), never larger than the screen less the task bar and the window's frame, centred
    over its parent window (else the screen) and wholly on the screen; with `maximize`, it
    opens maximized. Every window and dialog opens through this, so its buttons stay on a
    1366x768 laptop's screen: what does not fit is scrolled, never the buttons."""
    parent = window.parentWidget()
    owner = parent.window() if parent is not None else None
    area = available_geometry(owner or window)
    margins = frame_margins(window)
    room = area.marginsRemoved(margins).size()
    hint = window.sizeHint()
    size = QSize(width or hint.width(), height or hint.height()).boundedTo(room)
    # Never below what its layout needs: Qt would enlarge it when shown (off the screen then,
    # which is what the test of every window catches).
    size = size.expandedTo(window.minimumSizeHint())
    outer = QRect(QPoint(0, 0), size.grownBy(margins))
    outer.moveCenter(owner.frameGeometry().center() if owner is not None and owner.isVisible()
                     else area.center())
    outer.moveTo(max(area.left(), min(outer.left(), area.right() + 1 - outer.width())),
                 max(area.top(), min(outer.top(), area.bottom() + 1 - outer.height())))
    # The inside is placed, not the frame: the room for a title bar is kept whatever frame
    # the window manager draws.
    window.setGeometry(outer.marginsRemoved(margins))
    if maximize:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def fits_screen(window: QWidget) -> bool:
    """Whether `window` and its frame lie wholly on the screen (maximized counts)."""
    if window.isMaximized() or window.isFullScreen():
        return True
    outer = window.geometry().marginsAdded(frame_margins(window))
    return available_geometry(window).contains(outer)


# -- Enter in a field -------------------------------------------------------------------------


class _EnterInFields(QObject):
    """Enter a dialog's field did not want reaches the dialog, which would press its default
    button (save, or close): here it moves on to the next field, as Tab does, and presses only
    a button that has the focus."""

    def __init__(self, dialog: QWidget) -> None:
        super().__init__(dialog)
        self.dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.dialog:
            return False
        if event.type() == QEvent.Type.Show:
            # A button box, and then the dialog, make a button the default when it is shown
            # without one: none is, so no button looks as if Enter pressed it.
            for button in self.dialog.findChildren(QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
            return False
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                             | Qt.KeyboardModifier.AltModifier)):
            focus = self.dialog.focusWidget()
            if isinstance(focus, (QPushButton, QToolButton)):
                if focus.isEnabled():
                    focus.click()
            else:
                self.dialog.focusNextChild()
            event.accept()
            return True
        return False


def keep_enter_in_fields(dialog: QWidget, action: Callable[[], Any] | None = None) -> None:
    """Enter in a field of `dialog` never saves it nor closes it: a person ends a name with
    Enter and means neither. It moves on to the next field, as Tab does; Enter on a button
    presses that button; Ctrl+Enter runs `action` (the dialog's Save, Start…), when given."""
    dialog.installEventFilter(_EnterInFields(dialog))
    if action is not None:
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), dialog, action)


# -- dates as the language writes them ----------------------------------------------------------

ISO_DATE_FORMAT = "yyyy-MM-dd"
# A Thai date box writes the day, the month and the whole year, as Thai dates are printed
# ("1/3/2569"): a Buddhist-era year first, in the ISO order, would read as a Gregorian date.
THAI_DATE_FORMAT = "d/M/yyyy"
_FORMAT_TOKEN = re.compile(r"'[^']*'?|d+|M+|y+|h+|H+|m+|s+|z+|.", re.DOTALL)
_DIGIT_RUN = re.compile(r"[0-9]+")


def _numeric_sections(display_format: str) -> tuple[str, ...]:
    """The sections of a Qt date format that are written in digits, in order ("d/M/yyyy":
    d, M, yyyy); a day or month spelled out ("ddd", "MMMM") and quoted text are not."""
    return tuple(token for token in _FORMAT_TOKEN.findall(display_format)
                 if token[0] in "yhHmsz" or (token[0] in "dM" and len(token) <= 2))


def _qt_digits(zero: str) -> str:
    """The ten digits Qt writes numbers in, given its locale's zero."""
    if not zero or zero == "0":
        return "0123456789"
    return "".join(chr(ord(zero[0]) + i) for i in range(10))


class YearBox(QSpinBox):
    """A Gregorian year shown and typed as `lang` counts and writes years (Thai: the Buddhist
    era unless the user chose Gregorian; Burmese: Myanmar digits); `value()` stays
    Gregorian."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang

    def textFromValue(self, value: int) -> str:
        return i18n_format.format_year(self.lang, value)

    def valueFromText(self, text: str) -> int:
        typed = i18n_format.latin_digits(text).strip()
        if not typed.isdigit():
            return self.value()
        return int(typed) - i18n_format.year(self.lang, 0)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        typed = i18n_format.latin_digits(text).strip()
        if not typed:
            return QValidator.State.Intermediate, text, pos
        if not typed.isdigit():
            return QValidator.State.Invalid, text, pos
        inside = self.minimum() <= self.valueFromText(text) <= self.maximum()
        return (QValidator.State.Acceptable if inside else QValidator.State.Intermediate,
                text, pos)


class EraCalendar(QCalendarWidget):
    """The calendar a `DateEdit` drops down, by the same rule: the year above the days in the
    language's era and digits (typed in them too), the days in its digits."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        # No week numbers, as in the calendar Qt drops down itself.
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.year_button = self.findChild(QToolButton, "qt_calendar_yearbutton")
        self.year_box: YearBox | None = None
        self._view = self.findChild(QTableView, "qt_calendar_calendarview")
        button = self.year_button
        if button is not None:
            # Qt's own editor of the year is a spin box of Gregorian years: this one takes its
            # place, over the button, which keeps its room meanwhile.
            self.year_box = YearBox(lang, button.parentWidget())
            self.year_box.setObjectName("calendar_year")
            self.year_box.hide()
            self.year_box.editingFinished.connect(self._year_typed)
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            button.setSizePolicy(policy)
            button.clicked.disconnect()
            button.clicked.connect(self.edit_year)
        self.currentPageChanged.connect(lambda _year, _month: self._name_year())
        self._name_year()

    def _name_year(self) -> None:
        if self.year_button is not None:
            self.year_button.setText(i18n_format.format_year(self.lang, self.yearShown()))

    def event(self, event: QEvent) -> bool:
        done = super().event(event)
        if event.type() == QEvent.Type.LocaleChange:  # Qt names the year anew, in its way
            self._name_year()
        return done

    def edit_year(self) -> None:
        """Type the year shown, in the language's era (the year button's click)."""
        button, box = self.year_button, self.year_box
        if button is None or box is None:
            return
        box.setRange(self.minimumDate().year(), self.maximumDate().year())
        box.setValue(self.yearShown())
        box.setGeometry(button.x(), button.y(), max(box.sizeHint().width(), button.width()),
                        button.height())
        button.hide()
        box.show()
        box.raise_()
        box.selectAll()
        box.setFocus(Qt.FocusReason.MouseFocusReason)

    def _year_typed(self) -> None:
        button, box = self.year_button, self.year_box
        if button is None or box is None or not box.isVisible():
            return
        box.hide()
        button.show()
        self.setCurrentPage(box.value(), self.monthShown())
        self._name_year()
        if self._view is not None:
            self._view.setFocus()

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate) -> None:
        digits = i18n_format.rule(self.lang).digits
        if self._view is None or digits == _qt_digits(self.locale().zeroDigit()):
            super().paintCell(painter, rect, date)
            return
        # Qt writes the day in its locale's digits, not always the user's (Burmese in 0-9,
        # Khmer in Khmer digits): the cell is drawn here as Qt draws it, in the user's.
        index = self._view.indexAt(rect.center())
        palette = self._view.palette()
        painter.save()
        if date == self.selectedDate():
            group = (QPalette.ColorGroup.Active if self._view.hasFocus()
                     else QPalette.ColorGroup.Inactive)
            painter.fillRect(rect, palette.brush(group, QPalette.ColorRole.Highlight))
            pen = palette.color(group, QPalette.ColorRole.HighlightedText)
        else:
            background = index.data(Qt.ItemDataRole.BackgroundRole)
            if isinstance(background, (QColor, QBrush)):
                painter.fillRect(rect, background)
            foreground = index.data(Qt.ItemDataRole.ForegroundRole)
            pen = (foreground if isinstance(foreground, QColor)
                   else palette.color(QPalette.ColorRole.Text))
        if not index.flags() & Qt.ItemFlag.ItemIsEnabled:  # outside the dates allowed
            pen = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        font = index.data(Qt.ItemDataRole.FontRole)
        if isinstance(font, QFont):
            painter.setFont(font)
        painter.setPen(pen)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter,
                         i18n_format.localize_digits(self.lang, str(date.day())))
        painter.restore()


class DateEdit(QDateEdit):
    """A date box that writes its date as the UI language writes dates (`gmsdesk.i18n_format`,
    the rule the lists and the PDFs follow): a Thai year in the Buddhist era unless the user
    chose Gregorian ("1/3/2569"), Burmese in Myanmar digits, any language in its own digits
    when the user chose them; a year typed is read in that era, digits in either script.
    `date()` stays Gregorian, so what is saved does not change.

    Qt has no Buddhist calendar: the text is translated on its way out of Qt's formatting and
    on its way into Qt's parsing, digit for digit (a year keeps its four digits), so the day,
    month and year stay where Qt's sections expect them. A display format is set as for a
    QDateEdit (ISO_DATE_FORMAT by default); a Thai box keeps THAI_DATE_FORMAT. Its calendar
    pop-up is an `EraCalendar`. The era is the one in force when the text was last written
    (when the box is shown, or its date set)."""

    lang = "en"
    _sections: tuple[str, ...] = ()  # until the format is set (Qt writes a text before)

    def __init__(self, date: QDate | QWidget | None = None,
                 parent: QWidget | None = None) -> None:
        if isinstance(date, QWidget):  # DateEdit(parent), as QDateEdit(parent)
            date, parent = None, date
        super().__init__(parent)
        self.lang = i18n_format.normalize_lang(self.locale().name())
        self.setCalendarPopup(True)
        self.era_calendar = EraCalendar(self.lang)
        self.setCalendarWidget(self.era_calendar)
        self.setDisplayFormat(ISO_DATE_FORMAT)
        if date is not None:
            self.setDate(date)

    def setDisplayFormat(self, display_format: str) -> None:
        """`display_format`, but THAI_DATE_FORMAT in Thai."""
        wanted = THAI_DATE_FORMAT if self.lang == "th" else display_format
        self._sections = _numeric_sections(wanted)
        super().setDisplayFormat(wanted)
        self._sections = _numeric_sections(self.displayFormat())  # Qt may have refused it

    def _year_run(self, text: str) -> re.Match[str] | None:
        """The digits of the year in `text` (0-9, in the display format), when it has as many
        numbers as the format and a four-digit year section."""
        runs = list(_DIGIT_RUN.finditer(text))
        if len(runs) != len(self._sections):
            return None
        for run, section in zip(runs, self._sections, strict=True):
            if section.startswith("y"):
                return run if len(section) == 4 else None
        return None

    def _outward(self, text: str) -> str:
        """Qt's text of a date as the language writes it: the year in its era, its digits."""
        latin = i18n_format.latin_digits(text)
        offset = i18n_format.year(self.lang, 0)
        run = self._year_run(latin) if offset else None
        if run is not None and len(run.group()) == 4:
            year = f"{int(run.group()) + offset:04d}"
            latin = latin[:run.start()] + year + latin[run.end():]
        return i18n_format.localize_digits(self.lang, latin)

    def _inward(self, text: str) -> tuple[str, bool]:
        """A text as typed, as Qt reads it: 0-9 and a Gregorian year. False when it cannot be
        a whole date yet: its year has fewer than four digits, or is before the era began."""
        latin = i18n_format.latin_digits(text)
        offset = i18n_format.year(self.lang, 0)
        run = self._year_run(latin) if offset else None
        if run is None:
            return latin, True
        year = int(run.group()) - offset
        if len(run.group()) != 4 or year < 1000:
            return latin, False
        return latin[:run.start()] + str(year) + latin[run.end():], True

    def textFromDateTime(self, dt: QDateTime) -> str:
        return self._outward(super().textFromDateTime(dt))

    def dateTimeFromText(self, text: str) -> QDateTime:
        return super().dateTimeFromText(self._inward(text)[0])

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if self.specialValueText() and text == self.specialValueText():
            return super().validate(text, pos)
        inner, whole = self._inward(text)
        state, fixed, pos = super().validate(inner, pos)
        if not whole:
            if state == QValidator.State.Acceptable:
                state = QValidator.State.Intermediate
            return state, text, pos
        # What was typed stays as typed, unless Qt corrected it.
        return state, text if fixed == inner else self._outward(fixed), pos

    def fixup(self, text: str) -> str:
        inner, whole = self._inward(text)
        if not whole:
            return text
        fixed = super().fixup(inner)
        return text if fixed == inner else self._outward(fixed)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Qt moves on to the next section when what is typed cannot grow into a bigger number,
        # and it reads only its locale's digits: a Thai or Khmer digit is typed as its 0-9
        # (the whole text is written in the language's digits again once read).
        typed = event.text()
        latin = i18n_format.latin_digits(typed)
        if len(typed) == 1 and latin != typed:
            event = QKeyEvent(event.type(), Qt.Key.Key_0 + int(latin), event.modifiers(), latin,
                              event.isAutoRepeat(), event.count())
        super().keyPressEvent(event)


# -- lists --------------------------------------------------------------------------------------

MAX_COLUMN_CHARS = 40  # a column fitted to its content is never wider than this many characters
FIT_ROWS = 100  # the rows a column is fitted to: a screenful on any screen, and then some


def fit_columns(table: QTableView, *, widest: int = 0, grow_only: bool = False) -> None:
    """Each column as wide as its header and its first FIT_ROWS rows, up to `widest` px
    (MAX_COLUMN_CHARS characters when 0); what is longer is elided in the middle, where names
    that begin alike still differ. A stretched last column keeps filling the width. With
    `grow_only`, no column is made narrower."""
    header = table.horizontalHeader()
    model = table.model()
    if model is None:
        return
    widest = widest or table.fontMetrics().averageCharWidth() * MAX_COLUMN_CHARS
    last = model.columnCount() - 1
    rows = min(model.rowCount(), FIT_ROWS)
    for column in range(model.columnCount()):
        if header.isSectionHidden(column) or header.sectionResizeMode(column) in (
                QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Fixed):
            continue
        if column == last and header.stretchLastSection():
            continue
        content = max((table.sizeHintForIndex(model.index(row, column)).width()
                       for row in range(rows)), default=0)
        width = max(header.sectionSizeHint(column), min(content + table.showGrid(), widest))
        if not grow_only or width > header.sectionSize(column):
            table.setColumnWidth(column, width)


class _ColumnFitter(QObject):
    """Fits a table's columns to its headers at once, and to its first FIT_ROWS rows as they
    arrive (a lazy list's first rows come in two reads); after that the widths are the
    user's."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.fitted = 0  # the rows the widths were fitted to
        self._fitting = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)

    @property
    def done(self) -> bool:
        return self.fitted >= FIT_ROWS

    def watch(self, model: QAbstractItemModel) -> None:
        for signal in (model.modelReset, model.rowsInserted, model.layoutChanged,
                       model.headerDataChanged):
            signal.connect(self._later)
        self.table.horizontalHeader().sectionResized.connect(self._resized)
        self._later()

    def _later(self, *_args: Any) -> None:
        if not self.done:
            self._timer.start()

    def _resized(self, column: int, _old: int, _new: int) -> None:
        header = self.table.horizontalHeader()
        model = self.table.model()
        stretched = header.stretchLastSection() and model is not None \
            and column == model.columnCount() - 1
        if not self._fitting and not stretched \
                and header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive:
            self.fitted = FIT_ROWS  # the user's widths from now on

    def fit(self) -> None:
        model = self.table.model()
        if self.done or model is None:
            return
        # The first rows set the widths; rows that follow them may only widen a column.
        self._fitting = True
        try:
            fit_columns(self.table, grow_only=self.fitted > 0)
        finally:
            self._fitting = False
        self.fitted = max(self.fitted, min(model.rowCount(), FIT_ROWS))


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    """An area's title. Pass text already translated: lupdate cannot see `tr()` calls inside
    f-strings, so callers translate first and this builds the markup."""
    label = QLabel(f"<h2>{html.escape(text)}</h2>", parent)
    label.setObjectName("heading")
    return label


def record_table(model: QAbstractItemModel, name: str, parent: QWidget | None = None, *,
                 sortable: bool = False, single: bool = True) -> QTableView:
    """A read-only list of records: whole rows selected (one, unless `single` is False),
    alternating rows, no row numbers, the last column filling the width. The columns fit
    their headers and first rows (see `fit_columns`), then the user can resize them; long
    text is elided in the middle. Callers may change a column's resize mode after."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSortingEnabled(sortable)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    _ColumnFitter(table).watch(model)
    return table


def best_first(text: str, items: Iterable[T], names: Callable[[T], Iterable[str | None]]
               ) -> list[T]:
    """Search results, the best match first: a name that is what was typed, then one that
    begins with it, then one with a word that begins with it, then the rest, each kind in the
    order given. `names(item)`: the names to compare (e.g. the name and the local name);
    case, accents and spacing do not count."""
    wanted = fold(text)

    def rank(item: T) -> int:
        best = 3
        for name in names(item):
            folded = fold(name)
            if not folded or not wanted:
                continue
            if folded == wanted:
                return 0
            if folded.startswith(wanted):
                best = min(best, 1)
            elif f" {wanted}" in f" {folded}":
                best = min(best, 2)
        return best

    return sorted(items, key=rank)  # a stable sort: the given order within a kind


def fit_combo(combo: QComboBox) -> QComboBox:
    """A combo box as wide as its longest item, whenever its items change (a filter whose
    choices are cut reads "All provin")."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setMinimumContentsLength(0)
    return combo


def add_action(widget: QWidget, text: str,
               shortcut: str | QKeySequence | QKeySequence.StandardKey | None,
               slot: Callable[[], Any], name: str) -> QAction:
    """An action of an area (for its toolbar): the shortcut works wherever the focus is inside
    the area, and the tooltip names the keys."""
    action = QAction(text, widget)
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        keys = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text} ({keys})")
    action.triggered.connect(lambda _checked=False: slot())
    widget.addAction(action)
    return action


def short_undo_text(undo: QAction, redo: QAction) -> None:
    """Buttons of Undo and Redo actions say just "Undo" and "Redo", however long the name of
    the step they take ("Undo add Công ty TNHH Gốm sứ Bát Tràng…" would push the toolbar
    about); the whole name is in their tooltip."""
    undo.setIconText(QCoreApplication.translate("Undo", "Undo"))
    redo.setIconText(QCoreApplication.translate("Undo", "Redo"))


def show_field_errors(errors: Mapping[str, str], labels: Mapping[str, QLabel],
                      editors: Mapping[str, QWidget]) -> None:
    """Each problem (English, context "Validation") under its field in the UI language; a
    screen reader hears it with the field."""
    for name, label in labels.items():
        message = errors.get(name)
        label.setText(QCoreApplication.translate("Validation", message) if message else "")
        label.setVisible(bool(message))
        editors[name].setAccessibleDescription(label.text())


def focus_first_error(errors: Mapping[str, str], order: Iterable[str],
                      editors: Mapping[str, QWidget], scroll: QScrollArea | None = None,
                      labels: Mapping[str, QLabel] | None = None) -> str | None:
    """After a refused save: the first field in `order` with a problem gets the focus,
    scrolled into view with its message. Returns its name (None: no field of `order`)."""
    first = next((name for name in order if name in errors), None)
    if first is not None:
        editors[first].setFocus(Qt.FocusReason.OtherFocusReason)
        if scroll is not None:
            scroll.ensureWidgetVisible(editors[first])
            if labels is not None:
                scroll.ensureWidgetVisible(labels[first])
    return first


def fill_agency_filter(combo: QComboBox, names: Mapping[str, str], codes: Iterable[str]) -> None:
    """An agency filter's choices after its first ("All agencies"): the agencies `codes` by
    name (their code when they have no profile yet); the one chosen stays chosen, quietly."""
    chosen = combo.currentData()
    ordered = sorted(set(codes), key=lambda code: (names.get(code, code).casefold(), code))
    combo.blockSignals(True)
    try:
        while combo.count() > 1:
            combo.removeItem(1)
        for code in ordered:
            combo.addItem(names.get(code) or code, code)
        combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)
    finally:
        combo.blockSignals(False)


def duplicate_rows(panel: QWidget, layout: Any, count: int, button_text: str,
                   on_click: Callable[[int], None]) -> list[tuple[QWidget, QLabel, QPushButton]]:
    """`count` hidden rows for a "may already be known" panel (a form's yellow box): each a
    rich-text label and a button calling `on_click(its index)`, added to `layout`."""
    rows: list[tuple[QWidget, QLabel, QPushButton]] = []
    for index in range(count):
        row = QWidget(panel)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        label = QLabel(row)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        button = QPushButton(button_text, row)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _=False, i=index: on_click(i))
        line.addWidget(label, 1)
        line.addWidget(button)
        row.hide()
        layout.addWidget(row)
        rows.append((row, label, button))
    return rows
