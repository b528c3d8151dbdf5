"""The form renderer: one page at a time, skip logic live, messages next to the question, the
draft saved on every answer (so a closed laptop loses nothing), Submit at the end.

The engine (`gmsdesk.forms.engine.FormState`) decides values, relevance, choices and errors; this
dialog only shows them. Each answer goes through `FormState.set`, which names the keys that
changed, and only those widgets are updated. A page's widgets are built the first time it is
shown, so a 300-question form opens at once.
"""

from __future__ import annotations

import datetime
import logging
import zlib
from collections.abc import Callable, Iterable
from typing import Any

import shiboken6
from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gmsdesk.forms.expressions import set_date_names_language
from gmsdesk.storage.records import Changes
from gmsdesk.ui.errors import show_error
from gmsdesk.ui.labels import current_language, format_count, format_time
from gmsdesk.ui.surveys.questions import (
    ERROR_STYLE,
    HINT_STYLE,
    QuestionWidget,
    make_widget,
    shows_widget,
)
from gmsdesk.ui.surveys.texts import fill, language_name, message_text
from gmsdesk.ui.widgets import fit_to_screen, keep_enter_in_fields

log = logging.getLogger(__name__)

# (question or group name, its instance: None outside repeats, the position in a repeat, or
# the positions from the outermost repeat in for a repeat inside a repeat), as the engine's
Key = tuple[str, Any]

SAVE_DELAY_MS = 300
CONTENT_MAX_WIDTH = 900
_GROUP_STYLE = ("QFrame#group_frame { border: 1px solid #d0d4da; border-radius: 6px; "
                "background: palette(base); }")
_INSTANCE_STYLE = ("QFrame#repeat_instance { border: 1px solid #b9c3cf; border-radius: 6px; "
                   "background: #f6f8fb; }")


# -- reading the engine's pages (kept in one place, the engine owns their shape) ---------------


def is_question(item: Any) -> bool:
    return hasattr(item, "type") and not hasattr(item, "children")


def page_items(page: Any) -> list[Any]:
    """The top-level items of a page: questions and groups, in document order."""
    return list(page.items)


def page_group(page: Any) -> Any:
    """The group a page shows (a top-level group or repeat), or None for loose questions."""
    return page.group


def walk_questions(items: Iterable[Any]) -> Iterable[Any]:
    for item in items:
        if is_question(item):
            yield item
        else:
            yield from walk_questions(getattr(item, "children", ()))


def _descendants(group: Any) -> Iterable[Any]:
    for child in getattr(group, "children", ()):
        yield child
        yield from _descendants(child)


def same_answer(stored: Any, shown: Any) -> bool:
    """Whether the widget already shows the stored answer (the engine trims text, so "Angkor "
    being typed is not put back as "Angkor", which would eat the space)."""
    if isinstance(stored, str) and isinstance(shown, str):
        return stored.strip() == shown.strip()
    if stored in (None, "", []) and shown in (None, "", []):
        return True
    return bool(stored == shown)


def label_of(thing: Any, lang: str | None) -> str:
    try:
        return str(thing.label(lang) or "")
    except Exception:  # a group without a label
        return ""


# -- repeats ----------------------------------------------------------------------------------


def _positions(index: Any) -> tuple[int, ...]:
    """An instance index as positions, outermost repeat first (None: none)."""
    if index is None:
        return ()
    if isinstance(index, int):
        return (index,)
    return tuple(index)


def _index_of(positions: tuple[int, ...]) -> Any:
    """The engine's index of positions: None, the position, or the positions."""
    if not positions:
        return None
    return positions[0] if len(positions) == 1 else positions


def _suffix(index: Any) -> str:
    """An index in an object name: "2", or "0_1" inside a repeat inside a repeat."""
    return "_".join(str(p) for p in _positions(index))


class RepeatBlock(QWidget):
    """A repeat group: one framed block per instance, with Add and Remove buttons. Inside an
    instance of another repeat (`parent_index`), the instances of this repeat in it."""

    def __init__(self, renderer: FormRenderer, group: Any, parent: QWidget,
                 parent_index: Any = None) -> None:
        super().__init__(parent)
        self.renderer = renderer
        self.group = group
        self.parent_index = parent_index
        outer = _suffix(parent_index)
        self.setObjectName(f"repeat_{group.name}" + (f"_{outer}" if outer else ""))
        self.instances_layout = QVBoxLayout()
        self.instances_layout.setContentsMargins(0, 0, 0, 0)
        self.instances_layout.setSpacing(10)
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.empty = QLabel(self)
        self.empty.setStyleSheet(HINT_STYLE)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName(f"add_{group.name}" + (f"_{outer}" if outer else ""))
        self.add_button.clicked.connect(self.add_instance)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(self.instances_layout)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        self.page_title_shown = False  # the page already shows the repeat's label
        # repeat_count as an expression: the engine makes and removes the instances
        counted = getattr(renderer.state, "counted", None)
        self.counted = bool(counted(group.name)) if callable(counted) else False
        self.frames: list[QFrame] = []
        self.frame_titles: list[QLabel] = []
        self.remove_buttons: list[QPushButton] = []
        self.rebuild()

    def retranslate(self) -> None:
        lang = self.renderer.lang
        self.title.setText(label_of(self.group, lang))
        self.title.setVisible(bool(self.title.text()) and not self.page_title_shown)
        self.add_button.setText(self.tr("Add another"))
        self.empty.setText(self.tr("None yet. Press “Add another” to add one."))
        name = label_of(self.group, lang) or self.group.name
        for i, label in enumerate(self.frame_titles):
            label.setText(fill(self.tr("%1 — no. %2"), name, format_count(i + 1)))
        for button in self.remove_buttons:
            button.setText(self.tr("Remove"))

    def rebuild(self) -> None:
        """Drop the instance frames and build them again (after Remove: indexes shift)."""
        self.renderer.forget_repeat(self)
        for frame in self.frames:
            frame.hide()
            frame.setParent(None)
            frame.deleteLater()
        self.frames.clear()
        self.frame_titles.clear()
        self.remove_buttons.clear()
        around = _positions(self.parent_index)
        for position in range(self.renderer.state.repeat_count(self.group.name,
                                                                self.parent_index)):
            self._build_instance(_index_of((*around, position)))
        self.empty.setVisible(not self.frames and not self.counted)
        self.add_button.setEnabled(not self.renderer.read_only and not self.counted)
        self.add_button.setVisible(not self.renderer.read_only and not self.counted)
        self.retranslate()

    def follow_count(self) -> bool:
        """For a repeat whose number of instances follows an answer: show as many instances
        as the engine has now (new ones at the end, removed ones from the end). Returns
        whether anything changed."""
        if not self.counted:
            return False
        count = self.renderer.state.repeat_count(self.group.name, self.parent_index)
        if count == len(self.frames):
            return False
        if count < len(self.frames):
            self.rebuild()  # the widgets of the removed instances go with them
            return True
        around = _positions(self.parent_index)
        for position in range(len(self.frames), count):
            self._build_instance(_index_of((*around, position)))
        self.retranslate()
        self.fix_tab_order()
        return True

    def _build_instance(self, index: Any) -> None:
        frame = QFrame(self)
        frame.setObjectName("repeat_instance")
        frame.setStyleSheet(_INSTANCE_STYLE)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(12, 8, 12, 8)
        head = QHBoxLayout()
        title = QLabel(frame)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        remove = QPushButton(frame)
        remove.setObjectName(f"remove_{self.group.name}_{_suffix(index)}")
        remove.setVisible(not self.renderer.read_only and not self.counted)
        remove.clicked.connect(lambda _=False, i=index: self.remove_instance(i))
        head.addWidget(title, 1)
        head.addWidget(remove)
        layout.addLayout(head)
        for child in self.group.children:
            self.renderer.add_item(child, layout, frame, index)
        self.instances_layout.addWidget(frame)
        if self.isVisible():
            frame.show()  # at once, not on the next turn of the event loop
        self.frames.append(frame)
        self.frame_titles.append(title)
        self.remove_buttons.append(remove)

    def fix_tab_order(self) -> None:
        """Tab reaches a new instance before "Add another": Qt chains widgets in creation
        order, which would put an instance added later after the button."""
        if not self.frames:
            return
        focusable = [w for w in self.frames[-1].findChildren(QWidget)
                     if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        if focusable:
            QWidget.setTabOrder(focusable[-1], self.add_button)

    def add_instance(self) -> None:
        index = self.renderer.state.add_repeat(self.group.name, self.parent_index)
        self._build_instance(index)
        self.empty.setVisible(False)
        self.retranslate()
        self.fix_tab_order()
        self.renderer.answers_changed(None, set())
        target = self.renderer.first_widget_in(self.frames[-1])
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            self.renderer.ensure_visible(target)

    def remove_instance(self, index: Any) -> None:
        name = label_of(self.group, self.renderer.lang) or self.group.name
        answer = QMessageBox.question(
            self, self.tr("Remove"),
            fill(self.tr("Remove %1 — no. %2 and its answers?"), name,
                 format_count(_positions(index)[-1] + 1)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.renderer.state.remove_repeat(self.group.name, index)
        self.rebuild()
        self.renderer.answers_changed(None, set())


# -- the dialog -------------------------------------------------------------------------------


class FormRenderer(QDialog):
    """Fill in (or, read-only, look at) one response of one form version.

    `db` is used for `surveys.save_draft` and `surveys.submit_response` (none in read-only
    mode).
    """

    submitted = Signal(object)  # the Changes of the new response (and of the SME it updated)
    draft_kept = Signal(str)  # the draft id, when closed before submitting

    def __init__(self, db: Any, form: Any, answers: dict[str, Any] | None = None, *,
                 draft_id: str | None = None, page: int = 0, language: str | None = None,
                 ui_language: str | None = None, read_only: bool = False,
                 subtitle: str = "", publish: Callable[[Changes], None] | None = None,
                 today: datetime.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from gmsdesk.forms.engine import FormState

        self.db = db
        self.form = form
        self.draft_id = draft_id
        self.read_only = read_only or draft_id is None
        self.publish = publish
        self.lang = self._initial_language(language, ui_language)
        # format-date()'s month names in the UI's language, as ODK Collect writes the device's
        set_date_names_language(ui_language or current_language())
        # No answers yet: None lets the engine apply the form's defaults and fixed repeats.
        # randomize=true choices keep their order each time this draft is opened.
        seed = zlib.crc32(draft_id.encode("utf-8")) + 1 if draft_id else None
        self.state = FormState(form, answers or None, lang=self.lang, today=today,
                               meta=self._metadata(db),
                               last_saved=self._last_saved(db, form, read_only), seed=seed)
        self.pages = list(self.state.pages())
        self.current = -1
        self.widgets: dict[Key, QuestionWidget] = {}
        self.groups: dict[Key, QWidget] = {}  # nested group frames, for their relevance
        # (repeat, the instance of the repeat around it or None): its block of instances
        self.repeats: dict[Key, RepeatBlock] = {}
        self.images: dict[Key, QLabel] = {}  # the images shown with labels (media::image)
        self.page_of: dict[str, int] = {}
        self.page_widgets: dict[int, QScrollArea] = {}
        self.page_titles: dict[int, QLabel] = {}
        self._dirty = False
        self._finished = False
        self.last_saved: QDateTime | None = None
        self.result: Any = None  # once submitted: what it did (storage's `Submitted`)
        for i, pg in enumerate(self.pages):
            for question in walk_questions(page_items(pg)):
                self.page_of.setdefault(question.name, i)
            group = page_group(pg)
            if group is not None:
                self.page_of.setdefault(group.name, i)
            for item in page_items(pg):  # the groups and repeats inside, for their frames
                for inner in [item, *_descendants(item)]:
                    if not is_question(inner):
                        self.page_of.setdefault(inner.name, i)

        self.setObjectName("form_renderer")
        self._build(subtitle)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_draft)
        for keys, slot in (("Ctrl+Return", self.next_page), ("Ctrl+Enter", self.next_page),
                           ("PgDown", self.next_page), ("PgUp", self.previous_page)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
        start = min(max(page, 0), max(len(self.pages) - 1, 0))
        if self.pages and not self.page_relevant(start):
            start = self._neighbour(start, +1, allow_same=True)
        self.show_page(start if start >= 0 else 0)
        self._retranslate_chrome()
        # Enter in an answer stays there (on the last page it would submit); Ctrl+Enter goes
        # on. 960x760 where the screen has room; the questions scroll, never the buttons.
        keep_enter_in_fields(self)
        fit_to_screen(self, 960, 760)

    @staticmethod
    def _last_saved(db: Any, form: Any, read_only: bool) -> dict[str, Any]:
        """The answers ${last-saved#name} reads: those of the response submitted last on
        this laptop with this form (nothing for a response only looked at)."""
        surveys = getattr(db, "surveys", None)
        if read_only or surveys is None or not hasattr(surveys, "last_saved"):
            return {}
        try:
            return dict(surveys.last_saved(str(getattr(form, "form_id", ""))))
        except Exception:  # a convenience: the form works without it
            log.exception("last saved response of %s not read", getattr(form, "form_id", ""))
            return {}

    @staticmethod
    def _metadata(db: Any) -> dict[str, str]:
        """What a form's deviceid and username metadata record on this laptop."""
        meta: dict[str, str] = {}
        device = getattr(db, "device_id", None)
        if device:
            meta["deviceid"] = f"gmsdesk:{device}"
        user = getattr(db, "user", None)
        if user:
            meta["username"] = str(user)
        return meta

    # -- language -------------------------------------------------------------------------

    def _initial_language(self, language: str | None, ui_language: str | None) -> str | None:
        languages = list(getattr(self.form, "languages", []) or [])
        for choice in (language, ui_language):
            if choice and choice in languages:
                return choice
        default = getattr(self.form, "default_language", None)
        if default:
            return str(default)
        return languages[0] if languages else None

    def set_language(self, code: str | None) -> None:
        if code == self.lang:
            return
        self.lang = code
        self.state.lang = code
        for key, widget in self.widgets.items():
            widget.set_language(code)
            self._refresh_choices(key, widget)
            if key in self.images or widget.question.media:
                self._show_image(key, widget)  # an image may be drawn for each language
            if widget.message_shown:
                self.refresh_message(widget)
        for block in self.repeats.values():
            block.retranslate()
        for key, frame in self.groups.items():
            title = frame.findChild(QLabel, "group_title")
            if title is not None:
                title.setText(self._group_label(self.form.group(key[0]), key[1]))
        for i, title in self.page_titles.items():
            title.setText(self.page_title(i))
        self._retranslate_chrome()
        if self.draft_id is not None and not self.read_only:
            try:
                self.db.surveys.update_draft(self.draft_id, language=code)
            except Exception:  # the language is a convenience; the answers matter
                log.exception("language of draft %s not kept", self.draft_id)
        index = self.language_combo.findData(code)
        if index >= 0 and index != self.language_combo.currentIndex():
            self.language_combo.setCurrentIndex(index)

    # -- building ----------------------------------------------------------------------------

    def _build(self, subtitle: str) -> None:
        self.title = QLabel(self)
        self.title.setObjectName("form_title")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(subtitle, self)
        self.subtitle.setObjectName("form_subtitle")
        self.subtitle.setStyleSheet(HINT_STYLE)
        self.subtitle.setWordWrap(True)
        self.subtitle.setVisible(bool(subtitle))
        self.language_label = QLabel(self)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("form_language")
        for code in list(getattr(self.form, "languages", []) or []):
            self.language_combo.addItem(language_name(code), code)
        if self.language_combo.count() == 0:
            self.language_combo.addItem(language_name(self.lang), self.lang)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(self.lang), 0))
        self.language_combo.currentIndexChanged.connect(
            lambda _i: self.set_language(self.language_combo.currentData()))
        self.language_label.setBuddy(self.language_combo)
        self.language_combo.setVisible(self.language_combo.count() > 1)
        self.language_label.setVisible(self.language_combo.count() > 1)

        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        head.addWidget(self.language_label, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.language_combo, 0, Qt.AlignmentFlag.AlignTop)

        self.page_label = QLabel(self)
        self.page_label.setObjectName("page_indicator")
        self.page_label.setStyleSheet(HINT_STYLE)
        self.stack = QStackedWidget(self)
        self.page_problem = QLabel(self)
        self.page_problem.setObjectName("page_problem")
        self.page_problem.setWordWrap(True)
        self.page_problem.setStyleSheet(ERROR_STYLE)
        self.page_problem.setVisible(False)

        self.status = QLabel(self)
        self.status.setObjectName("renderer_status")
        self.status.setStyleSheet(HINT_STYLE)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("close_form")
        self.close_button.clicked.connect(self.close)
        self.close_button.setAutoDefault(False)
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("back")
        self.back_button.clicked.connect(self.previous_page)
        self.back_button.setAutoDefault(False)
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("next")
        self.next_button.clicked.connect(self.next_page)
        self.next_button.setAutoDefault(False)
        self.submit_button = QPushButton(self)
        self.submit_button.setObjectName("submit")
        self.submit_button.clicked.connect(self.submit)
        self.submit_button.setAutoDefault(False)
        self.submit_button.setVisible(not self.read_only)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.close_button)
        buttons.addSpacing(16)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.submit_button)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.page_label)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.page_problem)
        layout.addLayout(buttons)

    def _retranslate_chrome(self) -> None:
        title = self._form_title()
        self.setWindowTitle(title)
        self.title.setText(title)
        self.language_label.setText(self.tr("Form language:"))
        self.close_button.setText(self.tr("Close") if self.read_only
                                  else self.tr("Close (keep draft)"))
        self.close_button.setToolTip("" if self.read_only else self.tr(
            "Everything entered so far is kept as a draft; resume it from the Drafts list."))
        self.back_button.setText(self.tr("← Back"))
        self.back_button.setToolTip(self.tr("Previous page (Page Up)"))
        self.next_button.setText(self.tr("Next →"))
        self.next_button.setToolTip(self.tr("Next page (Page Down or Ctrl+Enter)"))
        self.submit_button.setText(self.tr("Submit"))
        self.submit_button.setToolTip(self.tr("Check every answer and mark the response "
                                              "complete"))
        self._update_navigation()

    def _form_title(self) -> str:
        try:
            return str(self.form.title_in(self.lang) or self.form.title)
        except Exception:
            return str(getattr(self.form, "title", "") or "")

    def page_title(self, index: int) -> str:
        group = page_group(self.pages[index])
        return label_of(group, self.lang) if group is not None else ""

    def _build_page(self, index: int) -> QScrollArea:
        scroll = QScrollArea(self.stack)
        scroll.setObjectName(f"page_{index}")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget(scroll)
        content.setObjectName("page_content")
        content.setMaximumWidth(CONTENT_MAX_WIDTH)
        outer = QWidget(scroll)
        outer_layout = QHBoxLayout(outer)
        outer_layout.setContentsMargins(4, 4, 4, 4)
        outer_layout.addWidget(content, 1)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(8, 4, 16, 8)
        layout.setSpacing(6)
        title = QLabel(content)
        title.setObjectName("page_title")
        title.setWordWrap(True)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        title.setFont(font)
        title.setText(self.page_title(index))
        title.setVisible(bool(title.text()))
        self.page_titles[index] = title
        layout.addWidget(title)
        page = self.pages[index]
        group = page_group(page)
        items = page_items(page)
        if group is not None and getattr(group, "repeat", False) and group not in items:
            items = [group]  # a repeat page: its instances, with Add and Remove
        for item in items:
            self.add_item(item, layout, content, None)
        layout.addStretch(1)
        scroll.setWidget(outer)
        self.stack.addWidget(scroll)
        self.page_widgets[index] = scroll
        return scroll

    def add_item(self, item: Any, layout: QVBoxLayout, parent: QWidget,
                 index: Any) -> None:
        """A question, a group (a frame with its title) or a repeat, in `layout`; `index`:
        the repeat instance it is in (None outside repeats)."""
        if is_question(item):
            if not shows_widget(item):
                return
            key: Key = (item.name, index)
            widget = make_widget(item, key, self.lang, parent, texts=self._texts_of(key))
            attachment = getattr(self.form, "attachment", None)
            if callable(attachment) and any(getattr(c, "media", None)
                                            for c in getattr(item, "choices", None) or ()):
                widget.set_attachments(attachment)  # pictures beside the choices
            self._refresh_choices(key, widget)
            widget.set_value(self.state.get(item.name, index))
            if self.read_only or self._read_only(key):
                widget.make_read_only()
            self._show_image(key, widget)
            if getattr(item, "media", None):  # a recording or a video to play with the label
                widget.set_label_media(attachment if callable(attachment) else None)
            widget.setVisible(self._relevant(key))
            widget.edited.connect(lambda value, w=widget: self.on_edited(w, value))
            widget.committed.connect(lambda w=widget: self.on_committed(w))
            layout.addWidget(widget)
            self.widgets[key] = widget
            return
        if getattr(item, "repeat", False):
            block = RepeatBlock(self, item, parent, index)
            block.page_title_shown = index is None and any(
                page_group(p) is item for p in self.pages)
            block.retranslate()
            self.repeats[(item.name, index)] = block
            layout.addWidget(block)
            block.setVisible(self._relevant((item.name, index)))
            return
        frame = QFrame(parent)
        frame.setObjectName("group_frame")
        frame.setProperty("group_key", (item.name, index))
        frame.setStyleSheet(_GROUP_STYLE)
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(12, 8, 12, 8)
        title = QLabel(self._group_label(item, index), frame)
        title.setObjectName("group_title")
        title.setWordWrap(True)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        title.setVisible(bool(title.text()))
        inner.addWidget(title)
        for child in item.children:
            self.add_item(child, inner, frame, index)
        layout.addWidget(frame)
        self.groups[(item.name, index)] = frame
        frame.setVisible(self._relevant((item.name, index)))

    def _texts_of(self, key: Key) -> Callable[[], tuple[str, str]]:
        def texts() -> tuple[str, str]:
            return self.state.label(key[0], key[1]), self.state.hint(key[0], key[1])

        return texts

    def forget_repeat(self, block: RepeatBlock) -> None:
        """Before a repeat's instances are rebuilt: their widgets (and the blocks of the
        repeats inside them) are going away."""
        names = {n.name for n in _descendants(block.group)}
        around = _positions(block.parent_index)

        def inside(key: Key) -> bool:
            where = _positions(key[1])
            return key[0] in names and len(where) > len(around) and \
                where[:len(around)] == around

        for found in (self.widgets, self.groups, self.repeats, self.images):
            for key in [k for k in found if inside(k)]:
                del found[key]

    def _show_image(self, key: Key, widget: QuestionWidget) -> None:
        """The image a question shows with its label (media::image), under the label and
        hint, at most as wide as the page; it follows the form's language."""
        question = widget.question
        try:
            name = question.image(self.lang)
        except Exception:  # a question without media
            name = None
        label = self.images.get(key)
        if not name:
            if label is not None:
                label.setVisible(False)
            return
        attachment = getattr(self.form, "attachment", None)
        data = attachment(name) if callable(attachment) else None
        pixmap = QPixmap()
        if not data or not pixmap.loadFromData(data):
            log.warning("image %s of %s not shown", name, key[0])
            return
        if label is None:
            label = QLabel(widget)
            label.setObjectName(f"image_{key[0]}" + (f"_{_suffix(key[1])}"
                                                     if key[1] is not None else ""))
            layout = getattr(widget, "layout_", None)
            if isinstance(layout, QVBoxLayout):
                layout.insertWidget(min(2, layout.count()), label)  # after label and hint
            self.images[key] = label
        widest = CONTENT_MAX_WIDTH - 60
        if pixmap.width() > widest:
            pixmap = pixmap.scaledToWidth(widest, Qt.TransformationMode.SmoothTransformation)
        label.setPixmap(pixmap)
        label.setToolTip(name)
        label.setVisible(True)

    def first_widget_in(self, container: QWidget) -> QWidget | None:
        for widget in container.findChildren(QuestionWidget):
            if widget.isVisibleTo(container):
                target = widget.first_focusable()
                if target is not None:
                    return target
        return None

    def ensure_visible(self, widget: QWidget) -> None:
        scroll = self.page_widgets.get(self.current)
        if scroll is not None:
            QTimer.singleShot(0, lambda: scroll.ensureWidgetVisible(widget, 20, 40))

    # -- state -> widgets --------------------------------------------------------------------

    def _relevant(self, key: Key) -> bool:
        try:
            return bool(self.state.relevant(key[0], key[1]))
        except (KeyError, IndexError):
            return True

    def _read_only(self, key: Key) -> bool:
        try:
            return bool(self.state.read_only(key[0], key[1]))
        except (KeyError, IndexError):
            return False

    def _group_label(self, group: Any, index: int | None) -> str:
        try:
            return str(self.state.label(group.name, index) or "")
        except (KeyError, IndexError):
            return label_of(group, self.lang)

    def refresh_built(self) -> None:
        """Bring every built widget up to date (after a repeat instance came or went)."""
        for key, widget in self.widgets.items():
            self._update_widget(key, widget)
        for key, frame in self.groups.items():
            frame.setVisible(self._relevant(key))
        for key, block in self.repeats.items():
            block.setVisible(self._relevant(key))

    def _update_widget(self, key: Key, widget: QuestionWidget) -> None:
        widget.setVisible(self._relevant(key))
        value = self.state.get(key[0], key[1])
        if not same_answer(value, widget.value()) and widget.local_error() is None:
            widget.set_value(value)
        self._refresh_choices(key, widget)
        widget.refresh_texts()
        if widget.message_shown:
            self.refresh_message(widget)

    def _refresh_choices(self, key: Key, widget: QuestionWidget) -> None:
        if widget.question.type in ("select_one", "select_multiple"):
            widget.set_choices(self.state.choices(key[0], key[1]))

    def on_edited(self, widget: QuestionWidget, value: Any) -> None:
        if self.read_only:
            return
        name, index = widget.key
        try:
            changed = set(self.state.set(name, value, index))
        except Exception as exc:  # the engine refused a value: say so next to the question
            log.warning("answer to %s refused: %s", name, exc)
            widget.show_message(message_text(None, self.lang))
            return
        changed.discard(widget.key)
        self.answers_changed(widget, changed)
        if widget.message_shown:
            self.refresh_message(widget)

    def answers_changed(self, edited: QuestionWidget | None, keys: set[Key]) -> None:
        """Update only what `set` named, plus group frames on this page, and save soon."""
        followed = False
        named = {name for name, _ in keys}  # the engine names a repeat whose count changed
        for key, block in list(self.repeats.items()):  # repeat_count expressions
            if block.counted and key[0] in named and self.repeats.get(key) is block \
                    and shiboken6.isValid(block):
                followed = block.follow_count() or followed
        if edited is None or followed:  # a repeat instance came or went
            self.refresh_built()
        for key in keys:
            widget = self.widgets.get(key)
            if widget is not None:
                self._update_widget(key, widget)
            elif key in self.groups:
                self.groups[key].setVisible(self._relevant(key))
            else:  # a repeat's instance: its block shows when any instance is relevant
                for (name, around), block in self.repeats.items():
                    if name == key[0]:
                        block.setVisible(self._relevant((name, around)))
        if edited is not None and edited.key in self.widgets:
            value = self.state.get(*edited.key)
            if not same_answer(value, edited.value()) and edited.local_error() is None:
                edited.set_value(value)  # the engine changed it (cleared a filtered choice)
        # Group relevance: the engine may name only the questions inside; frames are few.
        for key, frame in self.groups.items():
            if self.page_of.get(key[0], self.current) == self.current:
                frame.setVisible(self._relevant(key))
        self._dirty = True
        if self.draft_id is not None and not self.read_only:
            self._save_timer.start()
        self._update_navigation()

    def on_committed(self, widget: QuestionWidget) -> None:
        if not shiboken6.isValid(self) or not shiboken6.isValid(widget):
            return  # focus leaves the editors while the dialog is being destroyed
        if not self.read_only:
            self.refresh_message(widget)

    def widget_error(self, widget: QuestionWidget) -> str | None:
        if not self._relevant(widget.key):  # a skipped question never blocks
            return None
        local = widget.local_error()
        if local:
            return local
        message = self.state.error(widget.key[0], widget.key[1])
        return message_text(message, self.lang) if message is not None else None

    def refresh_message(self, widget: QuestionWidget) -> None:
        widget.show_message(self.widget_error(widget))
        if self.page_problem.isVisible() and not self._page_errors(self.current):
            self.page_problem.setVisible(False)

    # -- pages -------------------------------------------------------------------------------

    def page_relevant(self, index: int) -> bool:
        try:
            return bool(self.state.page_relevant(self.pages[index]))
        except (KeyError, IndexError):
            return True

    def _neighbour(self, index: int, step: int, allow_same: bool = False) -> int:
        i = index if allow_same else index + step
        while 0 <= i < len(self.pages):
            if self.page_relevant(i):
                return i
            i += step
        return -1

    def show_page(self, index: int) -> None:
        if not self.pages:
            self.page_label.setText(self.tr("This form has no questions."))
            self._update_navigation()
            return
        scroll = self.page_widgets.get(index) or self._build_page(index)
        if index != self.current:
            # Values may have changed on other pages (calculations): bring this page up to date.
            for key, widget in self.widgets.items():
                if self.page_of.get(key[0]) == index:
                    self._update_widget(key, widget)
        self.current = index
        self.stack.setCurrentWidget(scroll)
        self.page_problem.setVisible(False)
        self._update_navigation()
        target = self.first_widget_in(scroll)
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)
        scroll.verticalScrollBar().setValue(0)
        if self._dirty and self.draft_id is not None and not self.read_only:
            self._save_timer.start()  # the page is saved with the draft

    def _update_navigation(self) -> None:
        total = len(self.pages)
        if self.current < 0 or not total:
            self.back_button.setEnabled(False)
            self.next_button.setEnabled(False)
            return
        self.page_label.setText(fill(self.tr("Page %1 of %2"), format_count(self.current + 1),
                                     format_count(total)))
        has_next = self._neighbour(self.current, +1) >= 0
        self.back_button.setEnabled(self._neighbour(self.current, -1) >= 0)
        self.next_button.setEnabled(has_next)
        self.next_button.setVisible(has_next or self.read_only)
        self.submit_button.setVisible(not self.read_only and not has_next)

    def _page_errors(self, index: int) -> list[QuestionWidget]:
        out = []
        for key, widget in self.widgets.items():
            if self.page_of.get(key[0]) == index and self.widget_error(widget):
                out.append(widget)
        return out

    def check_page(self, index: int) -> bool:
        """Show every message on the page; True when nothing blocks leaving it."""
        bad: list[QuestionWidget] = []
        for key, widget in self.widgets.items():
            if self.page_of.get(key[0]) != index:
                continue
            text = self.widget_error(widget)
            widget.show_message(text)
            if text:
                bad.append(widget)
        if not bad:
            self.page_problem.setVisible(False)
            return True
        self.page_problem.setText(self.tr(
            "Some answers on this page need attention (marked in red)."))
        self.page_problem.setVisible(True)
        target = bad[0].first_focusable()
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ensure_visible(bad[0])
        return False

    def next_page(self) -> None:
        if self.current < 0:
            return
        nxt = self._neighbour(self.current, +1)
        if nxt < 0:
            if not self.read_only and self.submit_button.isVisible():
                self.submit()
            return
        if not self.read_only and not self.check_page(self.current):
            return
        self.show_page(nxt)

    def previous_page(self) -> None:
        prev = self._neighbour(self.current, -1)
        if prev >= 0:
            self.show_page(prev)

    # -- drafts and submit --------------------------------------------------------------------

    def save_draft(self) -> bool:
        """Write the answers and the page to the draft now; True when saved."""
        self._save_timer.stop()
        if self.draft_id is None or self.read_only or self._finished:
            return False
        try:
            self.state.stamp_end()  # the `end` metadata: when the response was last saved
            self.db.surveys.save_draft(self.draft_id, self.state.answers(), max(self.current, 0))
        except Exception as exc:
            log.exception("draft %s not saved", self.draft_id)
            self.status.setText(self.tr("The draft could not be saved!"))
            show_error(self, exc)
            return False
        self._dirty = False
        self.last_saved = QDateTime.currentDateTime()
        self.status.setText(fill(self.tr("Draft saved at %1."),
                                 format_time(self.last_saved.time())))
        return True

    def submit(self) -> None:
        if self.read_only or self.draft_id is None or self._finished:
            return
        if not self.check_page(self.current):
            return
        problems = dict(self.state.errors())
        local = [w for w in self.widgets.values() if w.local_error() and self._relevant(w.key)]
        if problems or local:
            first_key = next(iter(problems), None) if problems else local[0].key
            page = self.page_of.get(first_key[0], self.current) if first_key else self.current
            self.show_page(page)
            self.check_page(page)
            waiting = len(problems) + len(local)
            self.status.setText(self.tr("%n answer(s) still need attention.", "", waiting))
            return
        self.state.stamp_end()
        answers = self.state.answers()
        try:
            self.db.surveys.save_draft(self.draft_id, answers, max(self.current, 0))
            self.result = self.db.surveys.submit_response(self.draft_id, answers)
            changes = self.result.changes
        except Exception as exc:
            log.exception("submit of draft %s failed", self.draft_id)
            self.status.setText(self.tr("Not submitted; the draft is kept."))
            show_error(self, exc)
            return
        self._finished = True
        self._save_timer.stop()
        if self.publish is not None:
            self.publish(changes)
        self.submitted.emit(changes)
        self.accept()

    def reject(self) -> None:
        """Esc and Close keep the draft."""
        self._leave()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._leave()
        super().closeEvent(event)

    def _leave(self) -> None:
        if self._finished:
            return
        if self.draft_id is not None and not self.read_only:
            self.save_draft()
            self._finished = True
            self.draft_kept.emit(self.draft_id)
        self._finished = True
