"""Small widgets every area uses alike, and the rules every window keeps: it fits the screen
(`fit_to_screen`), Enter in a dialog's field never saves or closes it (`keep_enter_in_fields`),
list columns follow their content (`fit_columns`), a date box writes its date as the language
does (`DateEdit`)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
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
    QFontMetrics,
    QGuiApplication,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShortcut,
    QValidator,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QStylePainter,
    QTableView,
    QTextEdit,
    QToolButton,
    QToolTip,
    QWidget,
)

from gmsdesk import i18n_format, text_breaks
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
# Each language's all-digit date (`i18n_format.format_date(..., "short")`, what the lists and
# the PDFs write) as a Qt display format: a date box shows its date as the rest of the screen
# does ("05/12/2026" in English and Vietnamese, "2026/12/5" in Chinese, "5/12/2026" in the
# others). Years are always written whole: a two-digit Buddhist-era year would be ambiguous.
SHORT_DATE_FORMATS = {"en": "dd/MM/yyyy", "vi": "dd/MM/yyyy", "zh_CN": "yyyy/M/d",
                      "km": "d/M/yyyy", "lo": "d/M/yyyy", "my": "d/M/yyyy",
                      "th": THAI_DATE_FORMAT}
_FORMAT_TOKEN = re.compile(r"'[^']*'?|d+|M+|y+|h+|H+|m+|s+|z+|.", re.DOTALL)
_DIGIT_RUN = re.compile(r"[0-9]+")


def short_date_format(lang: str | None) -> str:
    """The Qt display format of `lang`'s all-digit date, the one every date box shows."""
    return SHORT_DATE_FORMATS.get(i18n_format.normalize_lang(lang), SHORT_DATE_FORMATS["en"])


def _numeric_sections(display_format: str) -> tuple[str, ...]:
    """The sections of a Qt date format that are written in digits, in order ("d/M/yyyy":
    d, M, yyyy); a day or month spelled out ("ddd", "MMMM") and quoted text are not."""
    return tuple(token for token in _FORMAT_TOKEN.findall(display_format)
                 if token[0] in "yhHmsz" or (token[0] in "dM" and len(token) <= 2))


def _separators(display_format: str) -> tuple[str, ...]:
    """The text written before each section of a Qt date format ("d/M/yyyy": "", "/", "/")."""
    found: list[str] = []
    text = ""
    for token in _FORMAT_TOKEN.findall(display_format):
        if token[0] in "dMyhHmsz":
            found.append(text)
            text = ""
        else:
            text += token.strip("'") if token.startswith("'") else token
    return tuple(found)


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
        return i18n_format.gregorian(self.lang, int(typed))

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        typed = i18n_format.latin_digits(text).strip()
        if not typed:
            return QValidator.State.Intermediate, text, pos
        if not typed.isdigit():
            return QValidator.State.Invalid, text, pos
        inside = self.minimum() <= self.valueFromText(text) <= self.maximum()
        return (QValidator.State.Acceptable if inside else QValidator.State.Intermediate,
                text, pos)


# -- numbers typed in the language's digits ----------------------------------------------------

_SPACES = " \u00a0\u202f"


def _box_lang(box: QWidget) -> str:
    """The language a number box writes in: its locale's, which the app sets for its language
    (a box made in a Burmese window writes Burmese numbers)."""
    return i18n_format.normalize_lang(box.locale().name())


def _typed_number(text: str, prefix: str, suffix: str, lang: str) -> str:
    """What was typed in a number box as a plain number ("-1234.5"): without its prefix,
    suffix, spaces and thousands separators, in 0-9 with "." for the decimal mark, whichever
    digits were typed (Latin or the language's own)."""
    if prefix and text.startswith(prefix):
        text = text[len(prefix):]
    if suffix and text.endswith(suffix):
        text = text[:-len(suffix)]
    rule = i18n_format.rule(lang)
    text = i18n_format.latin_digits(text).strip(_SPACES)
    for space in _SPACES:
        text = text.replace(space, "")
    if rule.group not in _SPACES:
        text = text.replace(rule.group, "")
    return text.replace(rule.decimal, ".")


def _number_state(typed: str, low: float, high: float, decimals: int
                  ) -> tuple[QValidator.State, float | None]:
    """Whether a typed plain number may stay in a box of `low` to `high` with at most `decimals`
    decimals, and its value when it is one."""
    if typed in ("", "-", "+", ".", "-.", "+."):
        return QValidator.State.Intermediate, None
    match = re.fullmatch(r"[-+]?([0-9]*)(?:\.([0-9]*))?", typed)
    if match is None or len(match.group(2) or "") > decimals:
        return QValidator.State.Invalid, None
    value = float(typed)
    inside = low <= value <= high
    return (QValidator.State.Acceptable if inside else QValidator.State.Intermediate), value


class NumberBox(QSpinBox):
    """A spin box of whole numbers written by the app's number rule (`i18n_format`): Myanmar
    digits in Burmese unless the user chose 0-9, Khmer, Lao or Thai digits when chosen. Qt's
    own spin box writes its locale's digits whatever the Digits setting says (always Myanmar
    digits in Burmese, never Thai digits in Thai). Both the language's digits and 0-9 may be
    typed; `value()` is a number as ever."""

    def textFromValue(self, value: int) -> str:
        return i18n_format.format_integer(_box_lang(self), value,
                                          grouping=self.isGroupSeparatorShown())

    def valueFromText(self, text: str) -> int:
        typed = _typed_number(text, self.prefix(), self.suffix(), _box_lang(self))
        _state, value = _number_state(typed, self.minimum(), self.maximum(), 0)
        return self.value() if value is None else round(value)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        typed = _typed_number(text, self.prefix(), self.suffix(), _box_lang(self))
        state, _value = _number_state(typed, self.minimum(), self.maximum(), 0)
        return state, text, pos


class DecimalBox(QDoubleSpinBox):
    """A spin box of decimal numbers written by the app's number rule, as `NumberBox` is (its
    decimal mark and thousands separator too: "12,5" in Lao and Vietnamese)."""

    def textFromValue(self, value: float) -> str:
        return i18n_format.format_number(_box_lang(self), value, decimals=self.decimals(),
                                         grouping=self.isGroupSeparatorShown(), fixed=True)

    def valueFromText(self, text: str) -> float:
        typed = _typed_number(text, self.prefix(), self.suffix(), _box_lang(self))
        _state, value = _number_state(typed, self.minimum(), self.maximum(), self.decimals())
        return self.value() if value is None else value

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        typed = _typed_number(text, self.prefix(), self.suffix(), _box_lang(self))
        state, _value = _number_state(typed, self.minimum(), self.maximum(), self.decimals())
        return state, text, pos


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
    month and year stay where Qt's sections expect them. The display format is the language's
    all-digit date (`short_date_format`: day first but in Chinese, as the lists write dates);
    one may be set as for a QDateEdit, but a Thai box keeps THAI_DATE_FORMAT. A date is typed
    as it is shown: the separator typed after a section Qt has already left (the day "12" is
    whole) is not taken for a step over the next one. Its calendar pop-up is an
    `EraCalendar`. The era is the one in force when the text was last written (when the box is
    shown, or its date set)."""

    lang = "en"
    _sections: tuple[str, ...] = ()  # until the format is set (Qt writes a text before)
    _separators: tuple[str, ...] = ()  # the text before each section of the format
    _advanced_to = -1  # the section Qt moved on to when the last digit typed made one whole

    def __init__(self, date: QDate | QWidget | None = None,
                 parent: QWidget | None = None) -> None:
        if isinstance(date, QWidget):  # DateEdit(parent), as QDateEdit(parent)
            date, parent = None, date
        super().__init__(parent)
        self.lang = i18n_format.normalize_lang(self.locale().name())
        self.setCalendarPopup(True)
        self.era_calendar = EraCalendar(self.lang)
        self.setCalendarWidget(self.era_calendar)
        self.setDisplayFormat(short_date_format(self.lang))
        if date is not None:
            self.setDate(date)

    def setDisplayFormat(self, display_format: str) -> None:
        """`display_format`, but THAI_DATE_FORMAT in Thai."""
        wanted = THAI_DATE_FORMAT if self.lang == "th" else display_format
        self._sections = _numeric_sections(wanted)
        super().setDisplayFormat(wanted)
        self._sections = _numeric_sections(self.displayFormat())  # Qt may have refused it
        self._separators = _separators(self.displayFormat())

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
        # Qt also moves on when a section is whole ("12" or "4" of a day): the "/" a person
        # types next belongs between the two sections, where the cursor already is; Qt would
        # take it for a step over the next section ("12/11/2026" read as 12 June).
        section = self.currentSectionIndex()
        advanced, self._advanced_to = self._advanced_to, -1
        if (advanced == section and 0 < section < len(self._separators) and len(latin) == 1
                and not latin.isalnum() and latin in self._separators[section]):
            event.accept()
            return
        super().keyPressEvent(event)
        if len(latin) == 1 and latin.isdigit() and self.currentSectionIndex() == section + 1:
            self._advanced_to = section + 1


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


# Characters after which the next letter joins the same written cluster: the Myanmar virama
# (stacked consonants) and the Khmer coeng (subscript consonants); and the Thai and Lao vowels
# written before the consonant they follow in speech.
_JOINS_NEXT = frozenset("\u1039\u17d2") | frozenset(chr(c) for c in range(0x0E40, 0x0E45)) | \
    frozenset(chr(c) for c in range(0x0EC0, 0x0EC5))
# Myanmar asat and virama: a letter they follow closes the syllable before it ("ပ်" of "လုပ်").
_CLOSES_BEFORE = frozenset("\u103a\u1039")
# Thai and Lao vowels written after their consonant, letters by Unicode's reckoning.
_FOLLOWS = frozenset("\u0e30\u0e32\u0e33\u0e45\u0eb0\u0eb2\u0eb3")


def _cluster_starts(text: str) -> list[int]:
    """Where `text` may be cut without leaving a mark alone (drawn on a dotted circle) or a
    syllable split: before a letter that no mark, joiner or syllable-closing sign ties to what
    is around it."""
    starts = []
    for i in range(1, len(text)):
        ch = text[i]
        if unicodedata.category(ch)[0] == "M" or ch in _FOLLOWS or ch in "\u200c\u200d":
            continue
        if text[i - 1] in _JOINS_NEXT or text[i + 1:i + 2] in _CLOSES_BEFORE:
            continue
        starts.append(i)
    return starts


def elide_clusters(text: str, metrics: QFontMetrics, width: int,
                   mode: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle) -> str:
    """`text` cut with "…" to fit `width` pixels, as Qt's elidedText does, but only between
    written clusters and syllables (Qt cuts Burmese and Khmer inside them: a mark shows alone
    on a dotted circle)."""
    if metrics.horizontalAdvance(text) <= width or mode == Qt.TextElideMode.ElideNone:
        return text
    cuts = [0, *_cluster_starts(text), len(text)]

    def fits(left: int, right: int) -> bool:
        return metrics.horizontalAdvance(text[:left] + "…" + text[right:]) <= width

    left, right = 0, len(cuts) - 1  # indexes into cuts: text[:cuts[left]] … text[cuts[right]:]
    grow_left = mode != Qt.TextElideMode.ElideLeft
    grow_right = mode in (Qt.TextElideMode.ElideMiddle, Qt.TextElideMode.ElideLeft)
    while True:
        moved = False
        if grow_left and left + 1 < right and fits(cuts[left + 1], cuts[right]):
            left += 1
            moved = True
        if grow_right and left < right - 1 and fits(cuts[left], cuts[right - 1]):
            right -= 1
            moved = True
        if not moved:
            break
    return text[:cuts[left]] + "…" + text[cuts[right]:]


_MARKUP = re.compile(r"</?[A-Za-z!]|&[#A-Za-z][A-Za-z0-9]*;")


def wrap_syllables(text: str, metrics: QFontMetrics, width: int) -> str:
    """Plain `text` with line breaks where lines of `width` pixels end, put between Burmese
    syllables and at spaces, so that Qt, which would break Burmese inside a syllable ("ဝှ" /
    "က်"), has nothing left to wrap. Text without Burmese, and rich text, as given."""
    starts = text_breaks.syllable_starts(text)
    if not starts or width <= 0 or _MARKUP.search(text):
        return text
    cuts = sorted({*starts, *(i + 1 for i, ch in enumerate(text) if ch == " ")})
    lines: list[str] = []
    for paragraph_start, paragraph in _paragraphs(text):
        end = paragraph_start + len(paragraph)
        line = ""
        last = paragraph_start
        for cut in [c for c in cuts if paragraph_start < c < end] + [end]:
            piece = text[last:cut]
            last = cut
            if line and metrics.horizontalAdvance((line + piece).rstrip(" ")) > width:
                lines.append(line.rstrip(" "))
                line = piece.lstrip(" ")
            else:
                line += piece
        lines.append(line.rstrip(" "))
    return "\n".join(lines)


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """The lines of `text` with where each starts."""
    found: list[tuple[int, str]] = []
    at = 0
    for paragraph in text.split("\n"):
        found.append((at, paragraph))
        at += len(paragraph) + 1
    return found


def wrap_burmese_labels(root: QWidget) -> int:
    """The word-wrapped plain labels of `root` that hold Burmese, broken between syllables
    to the width they have now (`wrap_syllables`): Qt would break them inside a syllable.
    For a dialog as it first shows (the app's `DialogSizer`); a label given new text later
    wraps the Qt way. How many were changed."""
    changed = 0
    for label in root.findChildren(QLabel):
        if (not label.wordWrap() or not label.isVisible()
                or label.textFormat() == Qt.TextFormat.RichText
                or label.objectName().startswith("qt_msgbox")):
            continue
        text = label.text()
        if not text_breaks.syllable_starts(text):
            continue
        wrapped = wrap_syllables(text, label.fontMetrics(), label.contentsRect().width())
        if wrapped != text:
            label.setText(wrapped)
            changed += 1
    return changed


# Qt's widest message text before it wraps (its "soft limit": half the screen, at most 500 px),
# less what the box takes beside the text (its icon, margins and spacing), as Qt lays it out.
MESSAGE_SOFT_LIMIT = 500
MESSAGE_CHROME = 100


def wrap_message_box(box: QMessageBox) -> bool:
    """Wrap a message box's Burmese text between syllables (`wrap_syllables`) to the width Qt
    gives message text: the lines fit, so Qt breaks none of them. Set through the box, which
    sizes itself again. Whether anything changed. The app's `DialogSizer` calls it for every
    message box as it comes to the front, the app's own and those of Qt's static functions
    (QMessageBox.warning ...), whatever the text: a translation or a Burmese name in it."""
    screen = box.screen() or QGuiApplication.primaryScreen()
    soft = min(screen.availableGeometry().width() // 2, MESSAGE_SOFT_LIMIT) \
        if screen is not None else MESSAGE_SOFT_LIMIT
    changed = False
    for name, setter in (("qt_msgbox_label", box.setText),
                         ("qt_msgbox_informativelabel", box.setInformativeText)):
        label = box.findChild(QLabel, name)
        if label is None or label.textFormat() == Qt.TextFormat.RichText:
            continue
        wrapped = wrap_syllables(label.text(), label.fontMetrics(), soft - MESSAGE_CHROME)
        if wrapped != label.text():
            setter(wrapped)
            changed = True
    return changed


class ClusterElideDelegate(QStyledItemDelegate):
    """The item delegate of record tables: long text cut by `elide_clusters`, never inside a
    Burmese or Khmer syllable."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Any) -> None:
        super().initStyleOption(option, index)
        if not option.text or option.textElideMode == Qt.TextElideMode.ElideNone:
            return
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        width = rect.width() - 2 * margin
        if width > 0 and option.fontMetrics.horizontalAdvance(option.text) > width:
            option.text = elide_clusters(option.text, option.fontMetrics, width,
                                         option.textElideMode)


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
    table.setItemDelegate(ClusterElideDelegate(table))
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    _ColumnFitter(table).watch(model)
    return table


# When a table's columns share too little width (`fit_columns_to_width`): text this short is
# never cut ("Yunnan (China)"), longer text keeps CUT_COLUMN_CHARS at least, a header
# TINY_HEADER_CHARS; the name column keeps NAME_COLUMN_CHARS while the others give way, and
# SHORT_COLUMN_CHARS * 3/2 before the list scrolls.
SHORT_COLUMN_CHARS = 14
CUT_COLUMN_CHARS = 10
TINY_HEADER_CHARS = 4
NAME_COLUMN_CHARS = 30


def share_width(wants: Sequence[int], floors: Sequence[Sequence[int]], main: int,
                main_least: int, room: int, main_most: int = 0) -> list[int]:
    """Widths of columns sharing `room` px. When all fit with what they `wants`, they have it,
    column `main` taking what is left over. Else the widest give way first (none is wider
    than a level, the highest that fits): the others down to each step of `floors` in turn
    (e.g. their whole header, then less), `main` never below what it wants (and up to
    `main_most` as the level allows); only then does `main` give way, down to `main_least`
    (what is wider than `room` scrolls)."""
    widths = list(wants)
    if not 0 <= main < len(widths):
        return widths
    spare = room - sum(widths)
    if spare >= 0:
        widths[main] += spare
        return widths
    most = max(main_most, wants[main])
    for floor in floors:
        least = [min(want, low) for want, low in zip(wants, floor, strict=True)]

        def at(level: int, least: list[int] = least) -> list[int]:
            shares = [max(low, min(want, level)) for want, low in zip(wants, least, strict=True)]
            shares[main] = max(wants[main], min(most, level))
            return shares

        if sum(at(0)) > room:
            continue
        low, high = 0, max(*wants, most)
        while low < high:  # the highest level that fits, bisected
            level = (low + high + 1) // 2
            low, high = (level, high) if sum(at(level)) <= room else (low, level - 1)
        widths = at(low)
        widths[main] += room - sum(widths)
        return widths
    for column in range(len(widths)):
        if column != main:
            widths[column] = min(wants[column], floors[-1][column]) if floors else wants[column]
    widths[main] = max(min(wants[main], main_least), room - sum(widths) + widths[main])
    return widths


class _WidthSharer(QObject):
    """Keeps a table's columns sharing its width (see `fit_columns_to_width`): again when its
    rows change or it is resized, until the user drags a column's edge."""

    def __init__(self, table: QTableView, main: int, most: int,
                 least: Mapping[int, int], whole: Iterable[int]) -> None:
        super().__init__(table)
        self.table = table
        self.main = main
        self.most = most
        self.least = dict(least)
        self.whole = frozenset(whole)
        self.contents: dict[int, int] = {}  # widest cell of each column so far (px)
        self.users = False  # the user sized a column: the widths are theirs
        self._dragging = False
        self._fitting = False
        self._room = -1
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        header = table.horizontalHeader()
        header.sectionResized.connect(self._resized)
        # Events are told apart by the object they come to, kept here: while the table is
        # being deleted its parts still send events, and it must not be asked for them.
        self._viewport = table.viewport()
        self._header_viewport = header.viewport()
        self._header_viewport.installEventFilter(self)
        self._viewport.installEventFilter(self)
        self._measured = 0  # the first rows measured since the rows were last replaced
        model = table.model()
        for signal in (model.modelReset, model.layoutChanged, model.headerDataChanged,
                       model.columnsInserted):
            signal.connect(self._replaced)
        model.rowsInserted.connect(self._later)

    def _replaced(self, *_args: Any) -> None:
        self._measured = 0
        self._later()

    def _later(self, *_args: Any) -> None:
        if not self.users:
            self._timer.start()

    def _resized(self, _column: int, _old: int, _new: int) -> None:
        if self._dragging and not self._fitting:
            self.users = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._viewport:
            if kind == QEvent.Type.Resize and isinstance(event, QResizeEvent) \
                    and event.size().width() != self._room:
                self._later()
        elif watched is not self._header_viewport:
            pass
        elif kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            self._dragging = True  # a column's edge dragged, or double-clicked to fit it
        elif kind == QEvent.Type.MouseButtonRelease:
            self._dragging = False
        elif kind == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            # A header that gave way says itself whole in its tooltip.
            header = self.table.horizontalHeader()
            column = header.logicalIndexAt(event.pos())
            model = self.table.model()
            if column >= 0 and model is not None \
                    and header.sectionSize(column) < header.sectionSizeHint(column):
                text = model.headerData(column, Qt.Orientation.Horizontal)
                if text:
                    QToolTip.showText(event.globalPos(), str(text), header)
                    return True
        return False

    def measure(self) -> None:
        """The widest of the first FIT_ROWS rows of each column, grown, never shrunk (a list
        filtered down keeps its widths). Rows added past them (a long list read on as it is
        scrolled) are not measured again."""
        table, model = self.table, self.table.model()
        rows = min(model.rowCount(), FIT_ROWS)
        if rows <= self._measured and self.contents:
            return
        self._measured = rows
        for column in range(model.columnCount()):
            widest = max((table.sizeHintForIndex(model.index(row, column)).width()
                          for row in range(rows)), default=0) + int(table.showGrid())
            self.contents[column] = max(self.contents.get(column, 0), widest)

    def fit(self) -> None:
        table, model = self.table, self.table.model()
        if self.users or model is None:
            return
        self.measure()
        header = table.horizontalHeader()
        columns = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
        if self.main not in columns:
            return
        char = table.fontMetrics().averageCharWidth()
        most = self.most or char * MAX_COLUMN_CHARS
        short, tiny = char * SHORT_COLUMN_CHARS, char * TINY_HEADER_CHARS
        heads = [header.sectionSizeHint(c) for c in columns]
        contents = [self.contents.get(c, 0) for c in columns]
        # What a column never goes below: Qt's least, the caller's, and for a column kept
        # whole (an amount, a date) its content.
        least = [max(header.minimumSectionSize(), self.least.get(c, 0),
                     self.contents.get(c, 0) if c in self.whole else 0) for c in columns]
        wants = [max(h, min(w, most), m) for h, w, m in zip(heads, contents, least, strict=True)]

        def step(head: int, cut: int) -> list[int]:
            """Each column at least `head` px of its header and, of a longer content than
            SHORT_COLUMN_CHARS, `cut` px (a shorter one whole)."""
            return [max(min(h, head), w if w <= short else min(w, cut), m)
                    for h, w, m in zip(heads, contents, least, strict=True)]

        # The steps the others give way by: long text (a province) cut in the middle, headers
        # whole; then headers cut (whole in their tooltip); then long text cut further.
        steps = [step(max(heads), short), step(tiny, short),
                 step(tiny, char * CUT_COLUMN_CHARS)]
        # The name keeps NAME_COLUMN_CHARS of its content while the others give way (and
        # has the width they leave when they need less); only then does it give way itself.
        main = columns.index(self.main)
        main_most = wants[main]
        wants[main] = max(heads[main], least[main],
                          min(contents[main], char * NAME_COLUMN_CHARS))
        main_least = max(heads[main], least[main], min(wants[main], short * 3 // 2))
        self._room = table.viewport().width()
        widths = share_width(wants, steps, main, main_least, self._room, main_most)
        self._fitting = True
        try:
            for column, width in zip(columns, widths, strict=True):
                if header.sectionSize(column) != width:
                    table.setColumnWidth(column, width)
        finally:
            self._fitting = False


def fit_columns_to_width(table: QTableView, main: int, *, most: int = 0,
                         least: Mapping[int, int] | None = None,
                         whole: Iterable[int] = ()) -> None:
    """The columns of `table` share its width, column `main` (a name, a title) first: when all
    fit, each is as wide as its header and its first FIT_ROWS rows (at most `most` px, else
    MAX_COLUMN_CHARS characters) and `main` takes the rest. When they do not, `main` keeps its
    content's width (up to NAME_COLUMN_CHARS) and the others give way, the widest first:
    their long text is cut in the middle (where names that begin alike differ), then their
    headers are cut (whole in their tooltip); short text (SHORT_COLUMN_CHARS) and the columns
    `whole` (amounts, dates) are never cut. Only then does `main` give way, and the list
    scroll sideways. `least`: widths (px) some columns keep at least. Again when the rows
    change or the table is resized, until the user sizes a column. Replaces a
    `record_table`'s own fitting."""
    for fitter in table.findChildren(_ColumnFitter):
        fitter.fitted = FIT_ROWS  # done: the sharing below fits this table from now on
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    table.setWordWrap(False)
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    sharer = _WidthSharer(table, main, most, least or {}, whole)
    sharer.fit()


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


class ChoiceCombo(QComboBox):
    """A combo box as wide as its current choice, its list as wide as its longest: a filter
    reading "All provinces" takes that much room, however long a province in its list, so a
    row of filters fits. When the row has less room it gives way, its choice cut with "…"
    (whole in a tooltip), never cut off short."""

    LEAST_CHARS = 6  # what it keeps when giving way

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(self.LEAST_CHARS)
        self.currentIndexChanged.connect(lambda _index: self.updateGeometry())

    def event(self, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent)
                and self.width() < self.sizeHint().width()):  # the choice is cut: whole here
            tip = self.toolTip()
            QToolTip.showText(event.globalPos(),
                              f"{self.currentText()}\n{tip}" if tip else self.currentText(), self)
            return True
        return super().event(event)

    def _width_for(self, text_width: int) -> int:
        """The box's width around `text_width` px of text (its frame and arrow added)."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        inner = QSize(text_width, self.fontMetrics().height())
        return self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, inner,
                                             self).width()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        hint.setWidth(self._width_for(self.fontMetrics().horizontalAdvance(self.currentText())))
        return hint

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        hint.setWidth(min(hint.width(), self.sizeHint().width()))
        return hint

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self._shown_text(option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def _shown_text(self, option: QStyleOptionComboBox) -> str:
        """The choice as the box writes it: cut with "…" to its field, between clusters (never
        inside a Burmese or Khmer syllable)."""
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        return elide_clusters(option.currentText, self.fontMetrics(), field.width(),
                              Qt.TextElideMode.ElideRight)

    def shown_text(self) -> str:
        """What the box shows of its current choice at its present width."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        return self._shown_text(option)

    def showPopup(self) -> None:
        metrics = self.view().fontMetrics()
        longest = max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())),
                      default=0)
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.view().setMinimumWidth(longest + scroll_bar + 4 * metrics.averageCharWidth())
        super().showPopup()


class _StartOnFocus(QObject):
    """Tab into a line edit selects its text with the cursor, and the view, at its end: the
    text stays selected (typing replaces it), the cursor goes to its start."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit):
            QTimer.singleShot(0, watched, lambda edit=watched: _select_from_start(edit))
        return False


def _select_from_start(edit: QLineEdit) -> None:
    text = edit.text()
    if text and edit.selectedText() == text and edit.cursorPosition() == len(text):
        edit.setSelection(len(text), -len(text))


def show_start(*edits: QLineEdit | QComboBox) -> None:
    """Line edits (and editable combo boxes) filled with a long text show its beginning, as
    a person reads it, not its end: Qt leaves the cursor, and the view, after the last
    letter ("ndalay Region — …"), and there again when Tab (or a dialog opening) selects
    the text of the field it brings the focus to. One being typed in is left as it is."""
    for edit in edits:
        line = edit.lineEdit() if isinstance(edit, QComboBox) else edit
        if line is None:
            continue
        if not line.property("start_shown"):
            line.setProperty("start_shown", True)
            line.installEventFilter(_StartOnFocus(line))
        if not line.hasFocus():
            line.setCursorPosition(0)
        else:
            _select_from_start(line)


def label_at_first_line(label: QWidget | None, editor: QWidget) -> None:
    """The label of a multi-line field (a form's "Outcome:") at the field's top, level with its
    first line of text, as a label of a one-line field is: a form would centre it on the field,
    or leave it above the text."""
    if not isinstance(label, QLabel):
        return
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    top = 0
    if isinstance(editor, (QPlainTextEdit, QTextEdit)):
        top = editor.frameWidth() + round(editor.document().documentMargin())
    margins = label.contentsMargins()
    label.setContentsMargins(margins.left(), top, margins.right(), margins.bottom())


# -- a line of items that wraps between them --------------------------------------------------


class _FlowLayout(QLayout):
    """Its widgets left to right, on as many lines as its width needs (Qt's flow layout
    example); a widget wider than a line has the line, at its height for that width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size.grownBy(margins)

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the widgets in `rect` (or only measure); the height they take."""
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        x, y, line = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            width = min(item.sizeHint().width(), max(area.width(), 1))
            if x > area.x() and x + width > area.x() + area.width():
                x, y, line = area.x(), y + line + self.spacing() // 2, 0
            height = item.heightForWidth(width) if item.hasHeightForWidth() \
                else item.sizeHint().height()
            if move:
                item.setGeometry(QRect(x, y, width, height))
            x += width + self.spacing()
            line = max(line, height)
        return y + line - rect.y() + margins.bottom()


class _Item(QLabel):
    """One item of an `ItemsLabel`: as wide as its text on one line; it wraps only when that
    is wider than the whole line."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        margins = self.contentsMargins()
        text = self.fontMetrics().boundingRect(QRect(0, 0, 100_000, 1000), 0, self.text())
        hint.setWidth(text.width() + margins.left() + margins.right() + 2 * self.margin() + 2)
        return hint

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())


class ItemsLabel(QWidget):
    """A text of items ("138 services · 89 with a fee, 49 free · Fees: 10,150.00 CNY (paid
    8,100.00, …); 1,950,000 LAK (…)") on as many lines as the width needs, its lines broken
    between items only, after a " · " or a "; ": a label breaks Burmese between any two
    syllables, inside a number too ("2,49|5,000 MMK"), and a Khmer line without a space not
    at all (cut at the right). An item longer than a whole line wraps inside itself. Each
    item can be selected and copied; `text()` is the whole."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._items: list[_Item] = []
        self._flow = _FlowLayout(self)
        self._flow.setContentsMargins(0, 0, 0, 0)
        self._flow.setSpacing(self.fontMetrics().horizontalAdvance(" "))

    def text(self) -> str:
        return self._text

    def items(self) -> list[QLabel]:
        """The items' labels shown, in order."""
        return [item for item in self._items if not item.isHidden()]

    def setText(self, text: str) -> None:
        if text == self._text:
            return
        self._text = text
        parts = [part for part in re.split(r"(?<=·) |(?<=;) ", text) if part] if text else []
        while len(self._items) < len(parts):
            item = _Item(self)
            item.setWordWrap(True)
            item.setTextFormat(Qt.TextFormat.PlainText)
            item.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._flow.addWidget(item)
            self._items.append(item)
        for index, item in enumerate(self._items):
            item.setText(parts[index] if index < len(parts) else "")
            item.setVisible(index < len(parts))
        self.setAccessibleName(text)
        self._flow.invalidate()
        self.updateGeometry()


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
