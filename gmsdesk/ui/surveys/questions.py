"""One widget per XLSForm question type, each showing its label, hint, editor and message.

A widget never talks to the engine: it emits `edited(value)` with a value in the engine's terms
(str, int, float, list of choice names, "YYYY-MM-DD", "HH:MM", "YYYY-MM-DDTHH:MM:SS.sss+HH:MM",
"OK", a file's name for a photo or file, "lat lon alt acc" for a location and such points
joined by ";" for a trace or shape, or None for unanswered) and `committed()` when the person
leaves the field, and it is told
`set_value`, `set_choices`, `set_language` and `show_message`. Widgets are built once and then
only updated: creating and
deleting widgets on every keystroke is what crashed PySide before.
"""

from __future__ import annotations

import datetime
import html
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QDate,
    QEvent,
    QIODevice,
    QObject,
    QPointF,
    QRegularExpression,
    Qt,
    QTime,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QIcon,
    QImage,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
    QRegularExpressionValidator,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QStyle,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from gmsdesk.forms.model import HIDDEN_TYPES
from gmsdesk.ui import labels
from gmsdesk.ui.surveys.texts import fill, local_type_message
from gmsdesk.ui.widgets import DateEdit, DecimalBox, NumberBox

ERROR_COLOR = "#b3261e"
HINT_STYLE = "color: #5f6368;"
ERROR_STYLE = f"color: {ERROR_COLOR}; font-weight: 600;"
UNANSWERED_STYLE = "color: #8a8a8a;"
READ_ONLY_STYLE = "background: #eceff3; color: #202124;"  # shown, not for typing
COMBO_THRESHOLD = 10  # more choices than this: a combo box instead of radio buttons
NUMBER_WIDTH = 220
TITLE_SCALE = 1.1  # question labels a little larger: Khmer, Lao and Burmese stay legible
CHOICE_IMAGE_HEIGHT = 48  # the picture beside a choice (media::image on the choices sheet)
CHOICE_IMAGE_MAX_WIDTH = 4 * CHOICE_IMAGE_HEIGHT

Key = tuple[str, int | None]
# Reads a file attached to the form by name (Form.attachment): its bytes, None if absent.
Attachments = Callable[[str], bytes | None]


def key_suffix(key: Key) -> str:
    """Object-name suffix for a question key: "income" or "income_2" inside a repeat."""
    name, index = key
    return name if index is None else f"{name}_{index}"


def format_number(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    return str(value)


def choice_label(choice: Any, lang: str | None) -> str:
    try:
        text = choice.label(lang)
    except Exception:  # a choice without labels: its name is what the form author wrote
        text = ""
    return str(text or getattr(choice, "name", ""))


class _ChoiceImages:
    """The pictures beside the choices of one select, read from the form's attached files
    once each; a choice whose file is missing or unreadable shows its label alone."""

    def __init__(self) -> None:
        self.find: Attachments | None = None
        self._pixmaps: dict[str, QPixmap | None] = {}

    def pixmap(self, choice: Any, lang: str | None) -> QPixmap | None:
        if self.find is None:
            return None
        try:
            name = choice.image(lang)
        except Exception:  # a choice without media (the answers given in a repeat)
            name = None
        if not name:
            return None
        if name not in self._pixmaps:
            self._pixmaps[name] = self._read(str(name))
        return self._pixmaps[name]

    def _read(self, name: str) -> QPixmap | None:
        assert self.find is not None
        try:
            data = self.find(name)
        except Exception:  # an attachment that cannot be read is not worth a crash
            data = None
        pixmap = QPixmap()
        if not data or not pixmap.loadFromData(data) or pixmap.isNull():
            return None
        pixmap = pixmap.scaledToHeight(CHOICE_IMAGE_HEIGHT,
                                       Qt.TransformationMode.SmoothTransformation)
        if pixmap.width() > CHOICE_IMAGE_MAX_WIDTH:  # a banner: kept within a thumbnail
            pixmap = pixmap.scaledToWidth(CHOICE_IMAGE_MAX_WIDTH,
                                          Qt.TransformationMode.SmoothTransformation)
        return pixmap

    def decorate(self, button: QAbstractButton, choice: Any, lang: str | None) -> None:
        """Put the choice's picture (for `lang`) beside its label, or take it away."""
        pixmap = self.pixmap(choice, lang)
        if pixmap is None:
            if not button.icon().isNull():
                button.setIcon(QIcon())
            return
        button.setIcon(QIcon(pixmap))
        button.setIconSize(pixmap.size())


def range_parameters(question: Any) -> tuple[float, float, float]:
    """start, end, step of a range question (XLSForm's `parameters` column), defaults 0..10/1."""
    params = getattr(question, "parameters", None) or {}
    if not isinstance(params, dict):
        params = {}

    def number(name: str, default: float) -> float:
        for source in (params.get(name), getattr(question, name, None)):
            try:
                if source is not None and source != "":
                    return float(source)
            except (TypeError, ValueError):
                continue
        return default

    start, end, step = number("start", 0), number("end", 10), number("step", 1)
    if step <= 0:
        step = 1
    if end < start:
        start, end = end, start
    return start, end, step


def appearance_of(question: Any) -> str:
    return str(getattr(question, "appearance", None) or "").lower()


class QuestionWidget(QFrame):
    """Label (with * when required), hint, the editor of subclasses, the message under it."""

    edited = Signal(object)
    committed = Signal()

    def __init__(self, question: Any, key: Key, lang: str | None,
                 parent: QWidget | None = None,
                 texts: Callable[[], tuple[str, str]] | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.key = key
        self.lang = lang
        self.texts = texts  # label and hint as shown now (${answers} filled in by the engine)
        self.label_media: LabelMedia | None = None
        self._loading = False
        self.message_shown = False
        self.setObjectName(f"question_{key_suffix(key)}")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 6, 0, 6)
        self.layout_.setSpacing(4)
        self.title = QLabel(self)
        self.title.setObjectName(f"label_{key_suffix(key)}")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
        self.title.setFont(font)
        self.hint = QLabel(self)
        self.hint.setObjectName(f"hint_{key_suffix(key)}")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.message = QLabel(self)
        self.message.setObjectName(f"error_{key_suffix(key)}")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setVisible(False)
        self.layout_.addWidget(self.title)
        self.layout_.addWidget(self.hint)
        self.editor: QWidget | None = self.build_editor()
        if self.editor is not None:
            self.editor.setObjectName(f"editor_{key_suffix(key)}")
            if getattr(question, "read_only", False):
                self.make_read_only()
        self.layout_.addWidget(self.message)
        self.set_language(lang)

    # -- for subclasses ---------------------------------------------------------------------

    def build_editor(self) -> QWidget | None:
        return None

    def make_read_only(self) -> None:
        if self.editor is not None:
            self.editor.setEnabled(False)

    def show_value(self, value: Any) -> None:
        """Put `value` into the editor (signals from it are ignored meanwhile)."""

    def value(self) -> Any:
        return None

    def local_error(self) -> str | None:
        """A problem the engine never sees (an unfinished number such as "-")."""
        return None

    def retranslate_editor(self) -> None:
        """Choice labels and the like, after the language changed."""

    def _emit(self, value: Any) -> None:
        if not self._loading:
            self.edited.emit(value)

    # -- what the renderer calls ------------------------------------------------------------

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            self.show_value(value)
        finally:
            self._loading = False

    def set_language(self, lang: str | None) -> None:
        self.lang = lang
        self.refresh_texts()
        self.retranslate_editor()
        if self.label_media is not None:  # a recording may be made for each language
            self.label_media.show_files(self.question, lang)

    def refresh_texts(self) -> None:
        """Label and hint again: the language changed, or an answer the label shows."""
        if self.texts is not None:
            label, hint = self.texts()
        else:
            label, hint = self.question.label(self.lang), self.question.hint(self.lang)
        label = str(label or "") or self.question.name
        text = html.escape(label).replace("\n", "<br>")
        if getattr(self.question, "required", False) and self.question.type != "note":
            text += f' <span style="color:{ERROR_COLOR}">*</span>'
        if text != self.title.text():
            self.title.setText(text)
        hint = str(hint or "")
        if hint != self.hint.text():
            self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    def set_choices(self, choices: Sequence[Any]) -> None:
        """Only select questions have choices; a choice filter narrows them live."""

    def set_attachments(self, find: Attachments | None) -> None:
        """The form's attached files (the pictures beside a select's choices)."""

    def set_label_media(self, find: Attachments | None) -> None:
        """The form's attached files, for the recording and the video its label plays
        (media::audio, media::video): a Play button under the label for each."""
        if self.label_media is None:
            if not any(label_media_file(self.question, kind, self.lang)
                       for kind in LABEL_MEDIA_KINDS):
                return
            self.label_media = LabelMedia(self)
            self.layout_.insertWidget(1, self.label_media)  # under the label
        self.label_media.finder = find
        self.label_media.show_files(self.question, self.lang)

    def show_message(self, text: str | None) -> None:
        self.message_shown = bool(text)
        self.message.setText(text or "")
        self.message.setVisible(bool(text))

    def focus_target(self) -> QWidget | None:
        return self.editor

    def first_focusable(self) -> QWidget | None:
        target = self.focus_target()
        return target if target is not None and target.isEnabled() else None


class NoteWidget(QuestionWidget):
    """A note: just words (and the value of a calculation if the label shows it)."""

    def set_language(self, lang: str | None) -> None:
        super().set_language(lang)
        font = self.title.font()
        font.setBold(False)
        self.title.setFont(font)


class CalculateWidget(QuestionWidget):
    """A calculation with a label: its value, read-only."""

    def build_editor(self) -> QWidget:
        self.line = QLineEdit(self)
        self.line.setReadOnly(True)
        self.line.setStyleSheet(READ_ONLY_STYLE)
        self.line.setMaximumWidth(420)
        self.line.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.layout_.addWidget(self.line)
        return self.line

    def make_read_only(self) -> None:
        pass  # always read-only, and legible (a disabled box would grey the value out)

    def show_value(self, value: Any) -> None:
        self.line.setText(format_number(value) if not isinstance(value, str) else value)

    def value(self) -> Any:
        return None


class _CommitOnFocusOut(QObject):
    """Emits `committed` of a question when its editor loses focus."""

    def __init__(self, owner: QuestionWidget) -> None:
        super().__init__(owner)
        self.owner = owner

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.owner.committed.emit()
        return False


class TextWidget(QuestionWidget):
    def build_editor(self) -> QWidget:
        self.multiline = "multiline" in appearance_of(self.question)
        if self.multiline:
            self.text_edit = QPlainTextEdit(self)
            self.text_edit.setTabChangesFocus(True)
            self.text_edit.setMaximumWidth(640)
            self.text_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
            self.text_edit.textChanged.connect(lambda: self._emit(self.value()))
            self.text_edit.installEventFilter(_CommitOnFocusOut(self))
            self.layout_.addWidget(self.text_edit)
            return self.text_edit
        self.line = QLineEdit(self)
        self.line.setMaximumWidth(640)
        self.line.textChanged.connect(lambda _text: self._emit(self.value()))
        self.line.editingFinished.connect(self.committed.emit)
        self.layout_.addWidget(self.line)
        return self.line

    def make_read_only(self) -> None:
        editor = self.text_edit if self.multiline else self.line
        editor.setReadOnly(True)
        editor.setStyleSheet(READ_ONLY_STYLE)

    def show_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if self.multiline:
            if self.text_edit.toPlainText() != text:
                self.text_edit.setPlainText(text)
        elif self.line.text() != text:
            self.line.setText(text)

    def value(self) -> Any:
        text = self.text_edit.toPlainText() if self.multiline else self.line.text()
        return text if text.strip() else None


class NumberWidget(QuestionWidget):
    """integer/decimal: a line edit (an empty answer stays visibly empty, unlike a spin box)."""

    def build_editor(self) -> QWidget:
        self.decimal = self.question.type == "decimal"
        pattern = r"-?\d*([.,]\d*)?" if self.decimal else r"-?\d*"
        self.line = QLineEdit(self)
        self.line.setValidator(QRegularExpressionValidator(QRegularExpression(pattern),
                                                           self.line))
        self.line.setMaximumWidth(NUMBER_WIDTH)
        self.line.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.line.textChanged.connect(lambda _text: self._emit(self.value()))
        self.line.editingFinished.connect(self.committed.emit)
        self.layout_.addWidget(self.line)
        return self.line

    def make_read_only(self) -> None:
        self.line.setReadOnly(True)
        self.line.setStyleSheet(READ_ONLY_STYLE)

    def show_value(self, value: Any) -> None:
        if value == self.value() and value is not None:
            return  # keep what was typed ("2.50" stays "2.50")
        text = format_number(value)
        if self.line.text() != text:
            self.line.setText(text)

    def _parse(self) -> tuple[Any, bool]:
        text = self.line.text().strip().replace(",", ".")
        if not text:
            return None, True
        try:
            return (float(text) if self.decimal else int(text)), True
        except ValueError:
            return None, False

    def value(self) -> Any:
        return self._parse()[0]

    def local_error(self) -> str | None:
        if self._parse()[1]:
            return None
        return local_type_message("decimal" if self.decimal else "integer", self.lang)


class _ChoiceGrid(QWidget):
    """Buttons in one to three columns, filled down each column."""

    def __init__(self, parent: QWidget, columns: int) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(12, 0, 0, 0)
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(2)
        self.columns = columns

    def place(self, buttons: Sequence[QAbstractButton]) -> None:
        """Lay the buttons out in this order (again, when the choices came in another
        order or new ones came: randomize=true, the answers in a repeat)."""
        for button in buttons:
            self.grid.removeWidget(button)
        rows = max(1, -(-len(buttons) // self.columns))
        for i, button in enumerate(buttons):
            self.grid.addWidget(button, i % rows, i // rows)
        self.grid.setColumnStretch(self.columns, 1)


def _columns_for(count: int, appearance: str) -> int:
    if "horizontal" in appearance or "columns" in appearance:
        return min(4, max(1, count))
    if count > 12:
        return 3
    return 2 if count > 6 else 1


class SelectOneWidget(QuestionWidget):
    """Radio buttons; a combo box when there are many choices or the form asks for `minimal`."""

    def build_editor(self) -> QWidget:
        choices = list(self.question.choices)
        appearance = appearance_of(self.question)
        self.choice_images = _ChoiceImages()
        self.use_combo = (len(choices) > COMBO_THRESHOLD or "minimal" in appearance
                          or "autocomplete" in appearance or "search" in appearance)
        self._current: str | None = None
        self._choices = choices
        self._shown_names = [c.name for c in choices]
        if self.use_combo:
            self.combo = QComboBox(self)
            self.combo.setMinimumContentsLength(24)
            self.combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            self.combo.setMaximumWidth(520)
            self.combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.combo.currentIndexChanged.connect(self._combo_changed)
            self.layout_.addWidget(self.combo)
            return self.combo
        self.group = QButtonGroup(self)
        self.grid = _ChoiceGrid(self, _columns_for(len(choices), appearance))
        self.radios: dict[str, QRadioButton] = {}
        for choice in choices:
            self._add_radio(choice)
        self.grid.place(list(self.radios.values()))
        self.layout_.addWidget(self.grid)
        return self.grid

    def _add_radio(self, choice: Any) -> QRadioButton:
        radio = QRadioButton(self.grid)
        radio.setObjectName(f"choice_{key_suffix(self.key)}_{choice.name}")
        self.group.addButton(radio, len(self.radios))
        self.radios[choice.name] = radio
        radio.toggled.connect(lambda on, name=choice.name: self._toggled(on, name))
        return radio

    def focus_target(self) -> QWidget | None:
        if self.use_combo:
            return self.combo
        checked = self.group.checkedButton()
        if checked is not None and checked.isVisible():
            return checked
        for name in self._shown_names:
            return self.radios[name]
        return None

    def _toggled(self, on: bool, name: str) -> None:
        if on:
            self._chosen(name)

    def _chosen(self, name: str) -> None:
        self._current = name
        self._emit(name)
        if not self._loading:
            self.committed.emit()

    def _combo_changed(self, _index: int) -> None:
        name = self.combo.currentData()
        self._current = name
        self._emit(name)
        if not self._loading:
            self.committed.emit()

    def retranslate_editor(self) -> None:
        if self.use_combo:
            self._fill_combo()
            return
        for choice in self._choices:
            radio = self.radios[choice.name]
            radio.setText(choice_label(choice, self.lang))
            self.choice_images.decorate(radio, choice, self.lang)

    def set_attachments(self, find: Attachments | None) -> None:
        self.choice_images.find = find
        self.retranslate_editor()

    def _fill_combo(self) -> None:
        was = self._loading
        self._loading = True
        self.combo.clear()
        self.combo.addItem(self.tr("— not answered —"), None)
        by_name = {c.name: c for c in self._choices}
        for name in self._shown_names:
            choice = by_name.get(name)
            if choice is not None:
                pixmap = self.choice_images.pixmap(choice, self.lang)
                if pixmap is None:
                    self.combo.addItem(choice_label(choice, self.lang), name)
                else:  # the list grows to the pictures' height
                    self.combo.addItem(QIcon(pixmap), choice_label(choice, self.lang), name)
                    self.combo.setIconSize(self.combo.iconSize().expandedTo(pixmap.size()))
        index = self.combo.findData(self._current) if self._current is not None else 0
        self.combo.setCurrentIndex(max(index, 0))
        self._loading = was

    def set_choices(self, choices: Sequence[Any]) -> None:
        names = [c.name for c in choices]
        known = {c.name for c in self._choices}
        added = False
        for choice in choices:  # new ones: the answers given in a repeat
            if choice.name not in known:
                self._choices.append(choice)
                if not self.use_combo:
                    radio = self._add_radio(choice)
                    radio.setText(choice_label(choice, self.lang))
                    self.choice_images.decorate(radio, choice, self.lang)
                    added = True
        if names == self._shown_names and not added:
            return
        self._shown_names = names
        if self.use_combo:
            self._fill_combo()
            return
        shown = set(names)
        order = names + [name for name in self.radios if name not in shown]
        if list(self.radios) != order:  # shuffled (randomize=true), or new choices
            self.radios = {name: self.radios[name] for name in order}
            self.grid.place(list(self.radios.values()))
        for name, radio in self.radios.items():
            radio.setVisible(name in shown)

    def show_value(self, value: Any) -> None:
        self._current = value if isinstance(value, str) else None
        if self.use_combo:
            index = self.combo.findData(self._current) if self._current is not None else 0
            self.combo.setCurrentIndex(max(index, 0))
            return
        radio = self.radios.get(self._current) if self._current else None
        if radio is not None:
            radio.setChecked(True)
        else:
            checked = self.group.checkedButton()
            if checked is not None:  # no answer: a radio group cannot uncheck by itself
                self.group.setExclusive(False)
                checked.setChecked(False)
                self.group.setExclusive(True)

    def value(self) -> Any:
        return self._current

    def make_read_only(self) -> None:
        if self.use_combo:
            self.combo.setEnabled(False)
        else:
            for radio in self.radios.values():
                radio.setEnabled(False)


class SelectMultipleWidget(QuestionWidget):
    def build_editor(self) -> QWidget:
        choices = list(self.question.choices)
        self._choices = choices
        self.choice_images = _ChoiceImages()
        self.grid = _ChoiceGrid(self, _columns_for(len(choices), appearance_of(self.question)))
        self.boxes: dict[str, QCheckBox] = {}
        for choice in choices:
            self._add_box(choice)
        self.grid.place(list(self.boxes.values()))
        self.layout_.addWidget(self.grid)
        self._order = [c.name for c in choices]
        return self.grid

    def focus_target(self) -> QWidget | None:
        for box in self.boxes.values():
            if not box.isHidden():
                return box
        return None

    def retranslate_editor(self) -> None:
        for choice in self._choices:
            box = self.boxes[choice.name]
            box.setText(choice_label(choice, self.lang))
            self.choice_images.decorate(box, choice, self.lang)

    def set_attachments(self, find: Attachments | None) -> None:
        self.choice_images.find = find
        self.retranslate_editor()

    def _add_box(self, choice: Any) -> QCheckBox:
        box = QCheckBox(self.grid)
        box.setObjectName(f"choice_{key_suffix(self.key)}_{choice.name}")
        box.toggled.connect(lambda _on: self._emit(self.value()))
        self.boxes[choice.name] = box
        return box

    def set_choices(self, choices: Sequence[Any]) -> None:
        names = [c.name for c in choices]
        for choice in choices:  # new ones: the answers given in a repeat
            if choice.name not in self.boxes:
                self._choices.append(choice)
                box = self._add_box(choice)
                box.setText(choice_label(choice, self.lang))
                self.choice_images.decorate(box, choice, self.lang)
        shown = set(names)
        order = names + [name for name in self.boxes if name not in shown]
        if list(self.boxes) != order:  # shuffled (randomize=true), or new choices
            self.boxes = {name: self.boxes[name] for name in order}
            self._order = order
            self.grid.place(list(self.boxes.values()))
        for name, box in self.boxes.items():
            box.setVisible(name in shown)

    def show_value(self, value: Any) -> None:
        chosen = set(value or ())
        for name, box in self.boxes.items():
            if box.isChecked() != (name in chosen):
                box.setChecked(name in chosen)

    def value(self) -> Any:
        chosen = [name for name in self._order if self.boxes[name].isChecked()]
        return chosen or None

    def make_read_only(self) -> None:
        for box in self.boxes.values():
            box.setEnabled(False)


class AcknowledgeWidget(QuestionWidget):
    def build_editor(self) -> QWidget:
        self.box = QCheckBox(self)
        self.box.toggled.connect(self._toggled)
        self.layout_.addWidget(self.box)
        return self.box

    def _toggled(self, _on: bool) -> None:
        self._emit(self.value())
        if not self._loading:
            self.committed.emit()

    def retranslate_editor(self) -> None:
        self.box.setText(self.tr("OK"))

    def show_value(self, value: Any) -> None:
        self.box.setChecked(value == "OK")

    def value(self) -> Any:
        return "OK" if self.box.isChecked() else None


class _OptionalValueWidget(QuestionWidget):
    """An editor that always holds some value (date, time, slider) plus an explicit
    "Not answered" check box: an untouched date is not today's date."""

    def build_editor(self) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.inner = self.build_inner(row)
        self.unanswered = QCheckBox(row)
        self.unanswered.setObjectName(f"unanswered_{key_suffix(self.key)}")
        self.unanswered.setChecked(True)
        self.unanswered.toggled.connect(self._unanswered_toggled)
        layout.addWidget(self.inner)
        layout.addSpacing(12)
        layout.addWidget(self.unanswered)
        layout.addStretch(1)
        self.layout_.addWidget(row)
        self._set_dim(True)
        return row

    def build_inner(self, parent: QWidget) -> QWidget:
        raise NotImplementedError

    def inner_value(self) -> Any:
        raise NotImplementedError

    def show_inner(self, value: Any) -> None:
        raise NotImplementedError

    def focus_target(self) -> QWidget | None:
        return self.inner

    def retranslate_editor(self) -> None:
        self.unanswered.setText(self.tr("Not answered"))

    def _set_dim(self, dim: bool) -> None:
        self.inner.setStyleSheet(UNANSWERED_STYLE if dim else "")

    def _inner_edited(self) -> None:
        if self._loading:
            return
        if self.unanswered.isChecked():
            self._loading = True
            self.unanswered.setChecked(False)
            self._loading = False
            self._set_dim(False)
        self._emit(self.inner_value())

    def _unanswered_toggled(self, on: bool) -> None:
        self._set_dim(on)
        if not self._loading:
            self._emit(self.value())
            self.committed.emit()

    def show_value(self, value: Any) -> None:
        self.unanswered.setChecked(value is None)
        self._set_dim(value is None)
        if value is not None:
            self.show_inner(value)

    def value(self) -> Any:
        return None if self.unanswered.isChecked() else self.inner_value()

    def make_read_only(self) -> None:
        self.inner.setEnabled(False)
        self.unanswered.setEnabled(False)


class DateWidget(_OptionalValueWidget):
    def build_inner(self, parent: QWidget) -> QWidget:
        self.date_edit = DateEdit(QDate.currentDate(), parent)  # the language's short date
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDateRange(QDate(1900, 1, 1), QDate(2100, 12, 31))
        self.date_edit.dateChanged.connect(lambda _d: self._inner_edited())
        self.date_edit.editingFinished.connect(self.committed.emit)
        return self.date_edit

    def inner_value(self) -> Any:
        return self.date_edit.date().toString("yyyy-MM-dd")

    def show_inner(self, value: Any) -> None:
        try:
            day = datetime.date.fromisoformat(str(value)[:10])
        except ValueError:
            return
        self.date_edit.setDate(QDate(day.year, day.month, day.day))


class TimeWidget(_OptionalValueWidget):
    def build_inner(self, parent: QWidget) -> QWidget:
        now = QTime.currentTime()
        self.time_edit = QTimeEdit(QTime(now.hour(), now.minute()), parent)
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.timeChanged.connect(lambda _t: self._inner_edited())
        self.time_edit.editingFinished.connect(self.committed.emit)
        return self.time_edit

    def inner_value(self) -> Any:
        return self.time_edit.time().toString("HH:mm")

    def show_inner(self, value: Any) -> None:
        time = QTime.fromString(str(value)[:5], "HH:mm")
        if time.isValid():
            self.time_edit.setTime(time)


class DateTimeWidget(_OptionalValueWidget):
    """datetime: a date box and a time box, in this laptop's time; the answer carries its
    offset from UTC, as ODK writes it ("2024-05-20T14:30:00.000+07:00")."""

    def build_inner(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.date_edit = DateEdit(QDate.currentDate(), box)  # the language's short date
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDateRange(QDate(1900, 1, 1), QDate(2100, 12, 31))
        now = QTime.currentTime()
        self.time_edit = QTimeEdit(QTime(now.hour(), now.minute()), box)
        self.time_edit.setDisplayFormat("HH:mm")
        for edit in (self.date_edit, self.time_edit):
            edit.editingFinished.connect(self.committed.emit)
            layout.addWidget(edit)
        self.date_edit.dateChanged.connect(lambda _d: self._inner_edited())
        self.time_edit.timeChanged.connect(lambda _t: self._inner_edited())
        return box

    def focus_target(self) -> QWidget | None:
        return self.date_edit

    def inner_value(self) -> Any:
        day, time = self.date_edit.date(), self.time_edit.time()
        moment = datetime.datetime(day.year(), day.month(), day.day(), time.hour(),
                                   time.minute())
        return moment.astimezone().isoformat(timespec="milliseconds")

    def show_inner(self, value: Any) -> None:
        try:
            moment = datetime.datetime.fromisoformat(str(value).strip().replace(" ", "T"))
        except ValueError:
            return
        if moment.tzinfo is not None:
            moment = moment.astimezone().replace(tzinfo=None)  # in this laptop's time
        self.date_edit.setDate(QDate(moment.year, moment.month, moment.day))
        self.time_edit.setTime(QTime(moment.hour, moment.minute))


class RangeWidget(_OptionalValueWidget):
    """A slider between the form's start and end, with the chosen value beside it; a spin
    box with the `picker` appearance (ODK Collect's number picker)."""

    picker: QSpinBox | QDoubleSpinBox | None = None

    def build_inner(self, parent: QWidget) -> QWidget:
        self.start, self.end, self.step = range_parameters(self.question)
        self.integral = all(float(v).is_integer() for v in (self.start, self.end, self.step))
        if "picker" in appearance_of(self.question).split():
            return self._build_picker(parent)
        box = QWidget(parent)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.slider = QSlider(Qt.Orientation.Horizontal, box)
        self.slider.setRange(0, max(1, round((self.end - self.start) / self.step)))
        self.slider.setSingleStep(1)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setMinimumWidth(260)
        self.value_label = QLabel(box)
        self.value_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("000000"))
        font = self.value_label.font()
        font.setBold(True)
        self.value_label.setFont(font)
        self.slider.valueChanged.connect(self._moved)
        self.slider.sliderReleased.connect(self.committed.emit)
        low = QLabel(labels.local_digits(format_number(self._number(self.start))), box)
        high = QLabel(labels.local_digits(format_number(self._number(self.end))), box)
        layout.addWidget(low)
        layout.addWidget(self.slider, 1)
        layout.addWidget(high)
        layout.addSpacing(8)
        layout.addWidget(self.value_label)
        self._show_label()
        return box

    def _build_picker(self, parent: QWidget) -> QWidget:
        picker: QSpinBox | QDoubleSpinBox
        if self.integral:
            picker = NumberBox(parent)  # the language's digits, as the Digits setting says
            picker.setRange(round(self.start), round(self.end))
            picker.setSingleStep(round(self.step))
        else:
            picker = DecimalBox(parent)
            decimals = len(format_number(self.step).partition(".")[2])
            picker.setDecimals(max(1, decimals))
            picker.setRange(self.start, self.end)
            picker.setSingleStep(self.step)
        picker.setMinimumWidth(120)
        picker.valueChanged.connect(lambda _v: self._inner_edited())
        picker.editingFinished.connect(self.committed.emit)
        self.picker = picker
        return picker

    def focus_target(self) -> QWidget | None:
        return self.picker if self.picker is not None else self.slider

    def _moved(self, _position: int) -> None:
        self._show_label()
        self._inner_edited()

    def _number(self, value: float) -> int | float:
        return round(value) if self.integral else value

    def inner_value(self) -> Any:
        if self.picker is not None:
            return self._number(self.picker.value())
        return self._number(self.start + self.slider.value() * self.step)

    def _show_label(self) -> None:
        self.value_label.setText(labels.local_digits(format_number(self.inner_value())))

    def show_inner(self, value: Any) -> None:
        try:
            number = float(value)
            position = round((number - self.start) / self.step)
        except (TypeError, ValueError):
            return
        if self.picker is not None:
            if isinstance(self.picker, QSpinBox):
                self.picker.setValue(round(number))
            else:
                self.picker.setValue(number)
            return
        self.slider.setValue(position)
        self._show_label()

    def show_value(self, value: Any) -> None:
        super().show_value(value)
        if self.picker is None:
            self.value_label.setText(
                "—" if value is None else labels.local_digits(format_number(value)))


# -- photos, recordings and files ------------------------------------------------------------


def attachment_store(widget: QWidget) -> Any:
    """The attachments of the database the dialog holding `widget` works on (its `db`), or
    None when there is none (a preview of a form)."""
    node: QObject | None = widget
    while node is not None:
        db = getattr(node, "db", None)
        if db is not None and hasattr(db, "conn") and hasattr(db, "path"):
            from gmsdesk.storage.attachments import attachments_of

            return attachments_of(db)
        node = node.parent()
    return None


def _camera_available() -> bool:
    """Whether Qt Multimedia is installed and this computer has a camera (PySide6-Essentials
    has no Qt Multimedia: then photos come from files only)."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        return False
    try:
        return bool(QMediaDevices.videoInputs())
    except RuntimeError:
        return False


THUMBNAIL_SIZE = 160  # px: the photo shown beside its buttons
LABEL_MEDIA_KINDS = ("audio", "video")
PLAYED_FOLDER = "gmsdesk-form-media"  # in the temporary folder: a form's files, to be played


def label_media_file(question: Any, kind: str, lang: str | None) -> str | None:
    """The file a label's media::audio or media::video column names for `lang`, if any."""
    media = getattr(question, "media", None)
    value = media.get(kind) if isinstance(media, dict) else None
    if not value:
        return None
    if isinstance(value, str):
        return value.strip() or None
    langs = getattr(question, "langs", None)
    try:
        picked = langs.pick(value, lang) if langs is not None else next(iter(value.values()))
    except Exception:  # media in a shape this release does not know: nothing to play
        return None
    return str(picked or "").strip() or None


def open_form_file(name: str, data: bytes) -> bool:
    """Open a file attached to a form (kept inside the form) with this computer's program for
    it: it is written to the temporary folder first, under its own name so the program knows
    its kind. False when no program took it."""
    import hashlib
    import tempfile
    from pathlib import Path

    folder = Path(tempfile.gettempdir()) / PLAYED_FOLDER / hashlib.sha256(data).hexdigest()[:16]
    target = folder / (Path(name.replace("\\", "/")).name or "file")
    if not target.is_file() or target.stat().st_size != len(data):
        folder.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))))


class LabelMedia(QWidget):
    """Play buttons for the recording and the video of a label: each opens in this computer's
    own player (Qt Multimedia is not part of the Qt GMS Desk ships with)."""

    def __init__(self, owner: QuestionWidget) -> None:
        super().__init__(owner)
        self.owner = owner
        self.finder: Attachments | None = None
        self.setObjectName(f"label_media_{key_suffix(owner.key)}")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        self.files: dict[str, str | None] = {}
        for kind in LABEL_MEDIA_KINDS:
            button = QPushButton(self)
            button.setObjectName(f"play_{kind}_{key_suffix(owner.key)}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, k=kind: self.play(k))
            row.addWidget(button)
            self.buttons[kind] = button
        self.note = QLabel(self)
        self.note.setStyleSheet(HINT_STYLE)
        self.note.setWordWrap(True)
        row.addWidget(self.note, 1)

    def show_files(self, question: Any, lang: str | None) -> None:
        self.note.clear()
        for kind, button in self.buttons.items():
            name = label_media_file(question, kind, lang)
            self.files[kind] = name
            button.setVisible(name is not None)
            button.setText(self.tr("Play the recording") if kind == "audio"
                           else self.tr("Play the video"))
            button.setIcon(button.style().standardIcon(
                QStyle.StandardPixmap.SP_MediaPlay))  # the same everywhere: no font needed
            if name is None:
                continue
            attached = self._read(name) is not None
            button.setEnabled(attached)
            button.setToolTip(name if attached else fill(
                self.tr("%1 did not come with the form, so it cannot be played."), name))
        self.setVisible(any(self.files.values()))

    def _read(self, name: str) -> bytes | None:
        if self.finder is None:
            return None
        try:
            return self.finder(name)
        except Exception:  # an attachment that cannot be read is not worth a crash
            return None

    def play(self, kind: str) -> bool:
        """Open the label's recording (or video) in this computer's player."""
        name = self.files.get(kind)
        data = self._read(name) if name else None
        if name is None or data is None:
            return False
        try:
            opened = open_form_file(name, data)
        except OSError as exc:
            self.note.setText(fill(self.tr("%1 could not be made ready to play: %2"), name,
                                   exc.strerror or str(exc)))
            return False
        self.note.setText("" if opened else fill(
            self.tr("No program on this computer plays %1."), name))
        return opened


class MediaWidget(QuestionWidget):
    """image, audio, video, file: the file is kept beside the database under its SHA-256,
    the answer is its name (as ODK stores a media answer). A photo shows as a thumbnail;
    Open shows any file with this computer's own program, fetched from headquarters first
    when it came with a response from another laptop."""

    def build_editor(self) -> QWidget:
        self.current: str | None = None
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.preview = QLabel(box)
        self.preview.setObjectName(f"preview_{key_suffix(self.key)}")
        self.preview.setFixedSize(THUMBNAIL_SIZE, THUMBNAIL_SIZE * 3 // 4)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid #d0d4da; background: #f6f8fb;")
        self.preview.setVisible(self.question.type == "image")
        buttons = QVBoxLayout()
        self.choose_button = QPushButton(box)
        self.choose_button.setObjectName(f"choose_{key_suffix(self.key)}")
        self.choose_button.clicked.connect(self.choose)
        self.camera_button = QPushButton(box)
        self.camera_button.setObjectName(f"camera_{key_suffix(self.key)}")
        self.camera_button.clicked.connect(self.take_photo)
        self.camera_button.setVisible(self.question.type == "image" and _camera_available())
        self.open_button = QPushButton(box)
        self.open_button.setObjectName(f"open_{key_suffix(self.key)}")
        self.open_button.clicked.connect(self.open_file)
        self.remove_button = QPushButton(box)
        self.remove_button.setObjectName(f"remove_{key_suffix(self.key)}")
        self.remove_button.clicked.connect(self.remove)
        for button in (self.choose_button, self.camera_button, self.open_button,
                       self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.info = QLabel(box)
        self.info.setObjectName(f"file_{key_suffix(self.key)}")
        self.info.setWordWrap(True)
        self.info.setStyleSheet(HINT_STYLE)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text = QVBoxLayout()
        text.addWidget(self.info)
        text.addStretch(1)
        row.addWidget(self.preview)
        row.addLayout(buttons)
        row.addLayout(text, 1)
        self.layout_.addWidget(box)
        self._read_only = False
        return box

    def focus_target(self) -> QWidget | None:
        return self.choose_button

    def make_read_only(self) -> None:
        self._read_only = True
        for button in (self.choose_button, self.camera_button, self.remove_button):
            button.setVisible(False)

    def retranslate_editor(self) -> None:
        kind = self.question.type
        self.choose_button.setText(self.tr("Choose a photo…") if kind == "image"
                                   else self.tr("Choose a file…"))
        self.camera_button.setText(self.tr("Take a photo…"))
        # A recording or a video plays in this computer's own player (Qt Multimedia is not
        # part of the Qt GMS Desk ships with).
        self.open_button.setText(self.tr("Play") if kind in ("audio", "video")
                                 else self.tr("Open"))
        self.remove_button.setText(self.tr("Remove"))
        self._show_current()

    def value(self) -> Any:
        return self.current

    def show_value(self, value: Any) -> None:
        self.current = value if isinstance(value, str) and value else None
        self._show_current()

    def _show_current(self) -> None:
        value = self.current
        self.open_button.setEnabled(value is not None)
        self.remove_button.setEnabled(value is not None and not self._read_only)
        self.preview.clear()
        if value is None:
            self.info.setText(self.tr("No file yet."))
            if self.question.type == "image":
                self.preview.setText(self.tr("No photo"))
            return
        store = attachment_store(self)
        found = store.get(value) if store is not None else None
        thumbnail = store.thumbnail(value) if store is not None else None
        if thumbnail and self.question.type == "image":
            pixmap = QPixmap()
            if pixmap.loadFromData(thumbnail):
                self.preview.setPixmap(pixmap.scaled(
                    self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation))
        lines = [found.source_name or value if found is not None else value]
        if found is not None and found.size:
            lines.append(labels.format_size(None, found.size))  # in the language's digits
        if found is None or not found.held:
            lines.append(self.tr("Not on this laptop: it is fetched from headquarters when "
                                 "you open it."))
        self.info.setText("\n".join(lines))

    def _filters(self) -> str:
        kind = self.question.type
        if kind == "image":
            return self.tr("Photos (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)")
        if kind == "audio":
            return self.tr("Recordings (*.m4a *.mp3 *.wav *.ogg *.opus *.amr *.aac *.3gp)")
        if kind == "video":
            return self.tr("Videos (*.mp4 *.mov *.avi *.mkv *.webm *.3gp)")
        return self.tr("All files (*)")

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.choose_button.text(), "",
                                              self._filters())
        if path:
            self.attach_path(path)

    def _max_pixels(self) -> int | None:
        params = getattr(self.question, "parameters", None) or {}
        pixels = params.get("max-pixels") if isinstance(params, dict) else None
        return int(pixels) if isinstance(pixels, int) and pixels > 0 else None

    def attach_path(self, path: str) -> bool:
        """Keep the file at `path` and answer with it; a file too large or unreadable is said
        under the question and the answer stays as it was."""
        return self._attach(lambda store: store.add_file(path, max_pixels=self._max_pixels()))

    def attach_bytes(self, data: bytes, name: str) -> bool:
        return self._attach(lambda store: store.add_bytes(data, name,
                                                          max_pixels=self._max_pixels()))

    def _attach(self, add: Callable[[Any], Any]) -> bool:
        from gmsdesk.storage.attachments import FileTooLarge

        store = attachment_store(self)
        if store is None:
            self.show_message(self.tr("Files can be attached only to a response being "
                                      "filled in."))
            return False
        try:
            attachment = add(store)
        except FileTooLarge as exc:
            # Its only numbers are the two sizes, written in 0-9 by the storage.
            self.show_message(labels.local_digits(exc.translated(
                lambda text: QCoreApplication.translate("Attachments", text))))
            return False
        except OSError as exc:
            self.show_message(fill(self.tr("The file could not be read: %1"),
                                   exc.strerror or str(exc)))
            return False
        self.show_message(None)
        self.current = attachment.name
        self._show_current()
        self._emit(self.current)
        if not self._loading:
            self.committed.emit()
        return True

    def remove(self) -> None:
        self.current = None
        self._show_current()
        self._emit(None)
        self.committed.emit()

    def take_photo(self) -> None:
        dialog = CameraDialog(self)
        if dialog.exec() and dialog.photo is not None:
            self.attach_bytes(dialog.photo, "photo.jpg")

    def open_file(self) -> None:
        """Show the file with this computer's program for it, fetching it first if needed."""
        value = self.current
        store = attachment_store(self)
        if value is None or store is None:
            return
        held = store.path(value)
        if held is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(held)))
            return
        from gmsdesk.sync.attachments import FetchError, fetch_attachment
        from gmsdesk.ui.tasks import run_task

        def work(db: Any, progress: Callable[[int, int], bool]) -> Any:
            return fetch_attachment(db, value, progress)

        def done(path: Any) -> None:
            self._show_current()
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        def failed(exc: Exception) -> None:
            if isinstance(exc, FetchError):
                self.show_message(QCoreApplication.translate("Sync", str(exc)))
            else:
                from gmsdesk.ui.errors import show_error

                show_error(self, exc)

        run_task(self, self.tr("Fetching the file"), store.db.path, work, on_done=done,
                 on_error=failed, user=store.db.user)


class CameraDialog(QDialog):
    """The laptop's camera through Qt Multimedia: a live view and Take; `photo` holds the
    JPEG taken (None: none). Only offered where Qt Multimedia and a camera are present."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtMultimedia import (
            QCamera,
            QImageCapture,
            QMediaCaptureSession,
            QMediaDevices,
        )
        from PySide6.QtMultimediaWidgets import QVideoWidget

        self.photo: bytes | None = None
        self.setWindowTitle(self.tr("Take a photo"))
        layout = QVBoxLayout(self)
        self.view = QVideoWidget(self)
        self.view.setMinimumSize(480, 360)
        self.camera = QCamera(QMediaDevices.defaultVideoInput(), self)
        self.capture = QImageCapture(self)
        self.session = QMediaCaptureSession(self)
        self.session.setCamera(self.camera)
        self.session.setImageCapture(self.capture)
        self.session.setVideoOutput(self.view)
        self.capture.imageCaptured.connect(self._taken)
        self.status = QLabel(self)
        take = QPushButton(self.tr("Take"), self)
        take.clicked.connect(lambda: self.capture.capture())
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(take)
        buttons.addWidget(cancel)
        layout.addWidget(self.view)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.camera.errorOccurred.connect(
            lambda _error, text: self.status.setText(str(text)))
        self.camera.start()

    def _taken(self, _id: int, image: QImage) -> None:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, b"JPEG", 92)
        self.photo = bytes(buffer.data().data())
        self.camera.stop()
        self.accept()


# -- barcodes --------------------------------------------------------------------------------


def read_barcode(path: str) -> str | None:
    """The text of the first barcode or QR code in a photo (zxing-cpp, when installed), or
    None when none is found or the library is missing."""
    try:
        import zxingcpp
        from PIL import Image, ImageOps
    except ImportError:
        return None
    try:
        with Image.open(path) as opened:
            image = ImageOps.exif_transpose(opened).convert("L")
            found = zxingcpp.read_barcodes(image)
    except (OSError, ValueError, SyntaxError, RuntimeError):
        return None
    for barcode in found:
        text = str(getattr(barcode, "text", "") or "")
        if text:
            return text
    return None


def barcode_reader_available() -> bool:
    try:
        import zxingcpp  # noqa: F401
    except ImportError:
        return False
    return True


class BarcodeWidget(TextWidget):
    """A barcode typed (a scanner that types, or by hand), or read from a photo of it when
    zxing-cpp is installed."""

    def build_editor(self) -> QWidget:
        line = super().build_editor()
        self.scan_button = QPushButton(self)
        self.scan_button.setObjectName(f"scan_{key_suffix(self.key)}")
        self.scan_button.clicked.connect(self.choose_photo)
        self.scan_button.setVisible(barcode_reader_available())
        self.layout_.addWidget(self.scan_button, 0, Qt.AlignmentFlag.AlignLeft)
        return line

    def make_read_only(self) -> None:
        super().make_read_only()
        self.scan_button.setVisible(False)

    def retranslate_editor(self) -> None:
        self.scan_button.setText(self.tr("Read from a photo of the barcode…"))

    def choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.scan_button.text(), "",
            self.tr("Photos (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)"))
        if path:
            self.read_photo(path)

    def read_photo(self, path: str) -> bool:
        """Answer with the barcode in the photo at `path`; say so when there is none."""
        text = read_barcode(path)
        if text is None:
            self.show_message(self.tr("No barcode could be read in this photo. Type the "
                                      "number under the bars instead."))
            return False
        self.show_message(None)
        self.line.setText(text)
        self.committed.emit()
        return True


# -- locations -------------------------------------------------------------------------------

_NUMBER = r"[-+]?\d{0,3}([.,]\d*)?"


def _number_text(text: str) -> float | None:
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        return None


def point_text(lat: float, lon: float, alt: float = 0.0, acc: float = 0.0) -> str:
    """A geopoint as ODK stores it: "lat lon alt acc"."""
    return " ".join(format_number(v) for v in (lat, lon, alt, acc))


def _map_button(owner: GeopointWidget | GeoTraceWidget, parent: QWidget) -> QPushButton:
    """The button that opens a location question's map (shown read-only too: to look)."""
    button = QPushButton(parent)
    button.setObjectName(f"map_{key_suffix(owner.key)}")
    button.setAutoDefault(False)
    button.clicked.connect(owner.open_map)
    return button


def _retranslate_map_button(button: QPushButton) -> None:
    button.setText(QCoreApplication.translate("MapDialog", "Map…"))
    button.setToolTip(QCoreApplication.translate(
        "MapDialog", "Pick the place on a map kept on this laptop (no internet needed)"))


def _map_title(widget: QuestionWidget) -> str:
    """The question's label as plain text, for the map's window title."""
    try:
        label = widget.texts()[0] if widget.texts is not None else \
            widget.question.label(widget.lang)
    except Exception:  # a question without a label: its name
        label = ""
    return " ".join(str(label or widget.question.name).split())


class GeopointWidget(QuestionWidget):
    """A location typed as latitude and longitude (decimal degrees), with altitude and
    accuracy in metres when known; stored as ODK stores it, "lat lon alt acc". Pasting
    "11.5564, 104.9282" into the latitude fills both; Map… picks the place on a map."""

    _map_read_only = False
    map_dialog: Any = None

    def build_editor(self) -> QWidget:
        box = QWidget(self)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.heads: list[QLabel] = []
        self.edits: list[QLineEdit] = []
        for column, name in enumerate(("latitude", "longitude", "altitude", "accuracy")):
            head = QLabel(box)
            head.setStyleSheet(HINT_STYLE)
            edit = QLineEdit(box)
            edit.setObjectName(f"{name}_{key_suffix(self.key)}")
            edit.setMaximumWidth(150)
            if column >= 2:
                edit.setValidator(QRegularExpressionValidator(
                    QRegularExpression(r"[-+]?\d{0,5}([.,]\d*)?"), edit))
            edit.textChanged.connect(lambda _t: self._emit(self.value()))
            edit.editingFinished.connect(self.committed.emit)
            grid.addWidget(head, 0, column)
            grid.addWidget(edit, 1, column)
            self.heads.append(head)
            self.edits.append(edit)
        self.edits[0].textChanged.connect(self._split_pasted)
        self.map_button = _map_button(self, box)
        grid.addWidget(self.map_button, 1, 4)
        grid.setColumnStretch(5, 1)
        self.layout_.addWidget(box)
        return box

    def open_map(self) -> None:
        """The point on the map of this laptop's tiles; OK there fills the fields."""
        from gmsdesk.ui.surveys.map import open_map

        self.map_dialog = open_map(self, "geopoint", self.value() or self._typed_point(),
                                   self._from_map, read_only=self._map_read_only,
                                   title=_map_title(self))

    def _typed_point(self) -> str:
        lat, lon, _alt, _acc = self._numbers()
        return "" if lat is None or lon is None else point_text(lat, lon)

    def _from_map(self, text: str | None) -> None:
        parts = str(text or "").split()
        self._loading = True  # one answer for the four fields, not four
        try:
            for index, edit in enumerate(self.edits):
                edit.setText(parts[index] if index < len(parts) else "")
        finally:
            self._loading = False
        self._emit(self.value())
        self.committed.emit()

    def _split_pasted(self, text: str) -> None:
        parts = [p for p in text.replace(";", " ").replace(",", " ").split() if p]
        if len(parts) >= 2 and all(_number_text(p) is not None for p in parts[:4]):
            for edit, part in zip(self.edits, parts[:4], strict=False):
                edit.setText(part)

    def focus_target(self) -> QWidget | None:
        return self.edits[0]

    def make_read_only(self) -> None:
        self._map_read_only = True
        for edit in self.edits:
            edit.setReadOnly(True)
            edit.setStyleSheet(READ_ONLY_STYLE)

    def retranslate_editor(self) -> None:
        for head, text in zip(self.heads, (self.tr("Latitude"), self.tr("Longitude"),
                                           self.tr("Altitude (m)"), self.tr("Accuracy (m)")),
                              strict=True):
            head.setText(text)
        _retranslate_map_button(self.map_button)
        self.edits[0].setPlaceholderText("11.5564")
        self.edits[1].setPlaceholderText("104.9282")

    def _numbers(self) -> list[float | None]:
        return [_number_text(edit.text()) for edit in self.edits]

    def value(self) -> Any:
        lat, lon, alt, acc = self._numbers()
        if lat is None or lon is None or self.local_error():
            return None
        return point_text(lat, lon, alt or 0.0, acc or 0.0)

    def show_value(self, value: Any) -> None:
        parts = str(value).split() if value else []
        if value is not None and value == self.value():
            return  # keep what was typed
        for index, edit in enumerate(self.edits):
            text = parts[index] if index < len(parts) else ""
            if edit.text() != text:
                edit.setText(text)

    def local_error(self) -> str | None:
        texts = [edit.text().strip() for edit in self.edits]
        numbers = self._numbers()
        if not any(texts):
            return None
        if any(t and n is None for t, n in zip(texts, numbers, strict=True)):
            return self.tr("Write the numbers as decimals, for example 11.5564.")
        lat, lon, _alt, acc = numbers
        if lat is None or lon is None:
            return self.tr("Give both the latitude and the longitude.")
        if not -90 <= lat <= 90 or not -180 <= lon <= 180:
            return self.tr("The latitude is between -90 and 90 and the longitude between "
                           "-180 and 180.")
        if acc is not None and acc < 0:
            return self.tr("The accuracy is a distance in metres: 0 or more.")
        return None


class GeoTraceWidget(QuestionWidget):
    """geotrace and geoshape: points typed one per line ("lat lon [alt acc]"), or pasted as
    ODK writes them ("lat lon alt acc;lat lon alt acc"), drawn beside; stored as ODK stores
    them, a geoshape closed (its first point again at the end). Map… draws them on a map."""

    _map_read_only = False
    map_dialog: Any = None

    def build_editor(self) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.text_edit = QPlainTextEdit(box)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMaximumWidth(420)
        self.text_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 6 + 12)
        self.text_edit.textChanged.connect(self._edited)
        self.text_edit.installEventFilter(_CommitOnFocusOut(self))
        self.sketch = _Sketch(self.question.type == "geoshape", box)
        self.sketch.setObjectName(f"sketch_{key_suffix(self.key)}")
        self.measure = QLabel(box)
        self.measure.setStyleSheet(HINT_STYLE)
        self.map_button = _map_button(self, box)
        typed = QVBoxLayout()
        typed.addWidget(self.text_edit)
        typed.addWidget(self.map_button, 0, Qt.AlignmentFlag.AlignLeft)
        typed.addStretch(1)
        side = QVBoxLayout()
        side.addWidget(self.sketch)
        side.addWidget(self.measure)
        side.addStretch(1)
        row.addLayout(typed)
        row.addLayout(side)
        row.addStretch(1)
        self.layout_.addWidget(box)
        return box

    def make_read_only(self) -> None:
        self._map_read_only = True
        self.text_edit.setReadOnly(True)
        self.text_edit.setStyleSheet(READ_ONLY_STYLE)

    def retranslate_editor(self) -> None:
        self.text_edit.setPlaceholderText(self.tr("One point a line: latitude longitude, "
                                                  "for example 11.5564 104.9282"))
        _retranslate_map_button(self.map_button)
        self._show_measure()

    def open_map(self) -> None:
        """The line or shape on the map of this laptop's tiles; OK there writes its points."""
        from gmsdesk.ui.surveys.map import open_map

        points, _bad = self._points()
        shown = self.value() or ";".join(point_text(*p) for p in points)
        self.map_dialog = open_map(self, str(self.question.type), shown, self._from_map,
                                   read_only=self._map_read_only, title=_map_title(self))

    def _from_map(self, text: str | None) -> None:
        lines = "\n".join(p.strip() for p in str(text or "").split(";") if p.strip())
        if self.question.type == "geoshape":  # the shape closes by itself when stored
            rows = lines.splitlines()
            if len(rows) >= 4 and rows[0] == rows[-1]:
                lines = "\n".join(rows[:-1])
        self.text_edit.setPlainText(lines)  # answers through textChanged
        self.committed.emit()

    def _edited(self) -> None:
        self._show_measure()
        self._emit(self.value())

    def _points(self) -> tuple[list[list[float]], int | None]:
        """The points typed, and the number of the first line that is no point (or None)."""
        text = self.text_edit.toPlainText().replace(";", "\n")
        points: list[list[float]] = []
        for number, line in enumerate(text.splitlines(), 1):
            parts = line.replace(",", " ").split()
            if not parts:
                continue
            values = [_number_text(p) for p in parts]
            if not 2 <= len(values) <= 4 or any(v is None for v in values):
                return points, number
            lat, lon = float(values[0] or 0), float(values[1] or 0)
            if not -90 <= lat <= 90 or not -180 <= lon <= 180:
                return points, number
            points.append([float(v or 0) for v in values] + [0.0] * (4 - len(values)))
        return points, None

    def _closed(self, points: list[list[float]]) -> list[list[float]]:
        if self.question.type == "geoshape" and len(points) >= 3 and \
                points[0][:2] != points[-1][:2]:
            return [*points, points[0]]
        return points

    def value(self) -> Any:
        points, bad = self._points()
        if bad is not None or not points or self.local_error():
            return None
        return ";".join(point_text(*p) for p in self._closed(points))

    def show_value(self, value: Any) -> None:
        if value is not None and value == self.value():
            return
        text = "\n".join(p.strip() for p in str(value or "").split(";") if p.strip())
        if self.text_edit.toPlainText() != text:
            self.text_edit.setPlainText(text)

    def local_error(self) -> str | None:
        points, bad = self._points()
        if bad is not None:
            return fill(self.tr("Line %1 is not a point: write the latitude and the "
                                "longitude, for example 11.5564 104.9282."),
                        labels.format_count(bad, grouping=False))
        if not points:
            return None
        if self.question.type == "geoshape":
            corners = {tuple(p[:2]) for p in points}
            if len(corners) < 3:
                return self.tr("A shape needs at least three points.")
        elif len(points) < 2:
            return self.tr("A line needs at least two points.")
        return None

    def _show_measure(self) -> None:
        from gmsdesk.forms import geo

        points, bad = self._points()
        closed = self._closed(points)
        self.sketch.set_points([(p[0], p[1]) for p in closed])
        if bad is not None or not points:
            self.measure.setText("")
            return
        value = ";".join(point_text(*p) for p in closed)
        if self.question.type == "geoshape":
            area = geo.area([value])
            self.measure.setText(fill(self.tr("%1 points · %2 m²"),
                                      labels.format_count(len(points)),
                                      labels.format_count(round(area))))
        else:
            length = geo.distance([value])
            self.measure.setText(fill(self.tr("%1 points · %2 m long"),
                                      labels.format_count(len(points)),
                                      labels.format_count(round(length))) if length == length
                                 else "")


class _Sketch(QWidget):
    """The points of a trace or shape drawn to scale (no map: where they are is not shown,
    only their shape), north up."""

    def __init__(self, closed: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.closed = closed
        self.points: list[tuple[float, float]] = []
        self.setFixedSize(160, 120)

    def set_points(self, points: list[tuple[float, float]]) -> None:
        self.points = points
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        import math

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#f6f8fb"))
        painter.setPen(QColor("#d0d4da"))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        if len(self.points) < 2:
            painter.end()
            return
        lats = [p[0] for p in self.points]
        lons = [p[1] for p in self.points]
        shrink = math.cos(math.radians(sum(lats) / len(lats)))  # a degree of longitude
        width = max((max(lons) - min(lons)) * shrink, 1e-9)
        height = max(max(lats) - min(lats), 1e-9)
        margin = 10
        scale = min((self.width() - 2 * margin) / width, (self.height() - 2 * margin) / height)
        path = QPolygonF([QPointF(margin + (lon - min(lons)) * shrink * scale,
                                  self.height() - margin - (lat - min(lats)) * scale)
                          for lat, lon in self.points])
        pen = QPen(QColor("#2f6fb0"))
        pen.setWidth(2)
        painter.setPen(pen)
        if self.closed:
            painter.setBrush(QColor(47, 111, 176, 50))
            painter.drawPolygon(path)
        else:
            painter.drawPolyline(path)
        painter.end()


WIDGETS: dict[str, type[QuestionWidget]] = {
    "text": TextWidget,
    "integer": NumberWidget,
    "decimal": NumberWidget,
    "select_one": SelectOneWidget,
    "select_multiple": SelectMultipleWidget,
    "date": DateWidget,
    "time": TimeWidget,
    "datetime": DateTimeWidget,
    "note": NoteWidget,
    "acknowledge": AcknowledgeWidget,
    "range": RangeWidget,
    "calculate": CalculateWidget,
    "image": MediaWidget,
    "audio": MediaWidget,
    "video": MediaWidget,
    "file": MediaWidget,
    "barcode": BarcodeWidget,
    "geopoint": GeopointWidget,
    "geotrace": GeoTraceWidget,
    "geoshape": GeoTraceWidget,
}


def shows_widget(question: Any) -> bool:
    """Calculations without a label, hidden values and metadata (start, deviceid...) stay
    hidden; every other question is shown."""
    if question.type in HIDDEN_TYPES:
        return False
    if question.type == "calculate":
        try:
            return bool(question.label(None))
        except Exception:
            return False
    return True


def make_widget(question: Any, key: Key, lang: str | None, parent: QWidget | None = None,
                texts: Callable[[], tuple[str, str]] | None = None) -> QuestionWidget:
    cls = WIDGETS.get(str(question.type), TextWidget)
    return cls(question, key, lang, parent, texts)
