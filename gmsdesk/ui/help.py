"""Help (F1): the keyboard shortcuts and a short guide, in the chosen language.

The shortcuts are read from the main window's own actions and shortcuts each time the window
opens, so the list never says a key that does nothing or misses one that was added. A shortcut
without a text of its own is named by the button that mentions its key ("Start workshop mode
(F5)"), or by the standard meaning of its key (Find, Print).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gmsdesk.ui.widgets import fit_to_screen

_NATIVE = QKeySequence.SequenceFormat.NativeText


@dataclass(frozen=True)
class Shortcut:
    keys: str  # as the platform writes them: "Ctrl+N"
    text: str  # what it does
    where: str  # the area it works in; "" for everywhere


def _plain(text: str) -> str:
    """A button's or action's text without its mnemonic and the key it mentions."""
    text = re.sub(r"&(.)", r"\1", text)
    return re.sub(r"\s*\([^()]*\)\s*$", "", text).strip()


def _key_texts(sequences: list[QKeySequence]) -> str:
    """The first key, and the others made with Ctrl ("Ctrl+Y, Ctrl+Shift+Z"): the keys a
    person types, not the Undo key of a multimedia keyboard."""
    texts = [s.toString(_NATIVE) for s in sequences if not s.isEmpty()]
    if not texts:
        return ""
    ctrl = QKeySequence("Ctrl+A").toString(_NATIVE).split("+")[0]
    return ", ".join([texts[0], *(t for t in texts[1:] if t.startswith(ctrl + "+"))])


def _standard_meaning(key: QKeySequence) -> str:
    meanings = {QKeySequence.StandardKey.Find: QCoreApplication.translate("Help", "Find"),
                QKeySequence.StandardKey.Print: QCoreApplication.translate("Help", "Print"),
                QKeySequence.StandardKey.Save: QCoreApplication.translate("Help", "Save"),
                QKeySequence.StandardKey.Refresh: QCoreApplication.translate("Help", "Refresh"),
                QKeySequence.StandardKey.New: QCoreApplication.translate("Help", "New"),
                QKeySequence.StandardKey.Delete: QCoreApplication.translate("Help", "Delete")}
    for standard, text in meanings.items():
        if key in QKeySequence.keyBindings(standard):
            return text
    return ""


def _named_by_button(owner: QWidget, keys: str) -> str:
    """The text of a button under `owner` that mentions `keys` ("Enrol people (Ctrl+E)")."""
    mention = f"({keys})"
    for button in owner.findChildren(QAbstractButton):
        for text in (button.toolTip(), button.text()):
            if mention in text:
                return _plain(text)
    return ""


def _area_of(window: QMainWindow, widget: QObject | None) -> str:
    """The name of the area (as the list on the left says it) `widget` is in; "" outside."""
    stack = getattr(window, "stack", None)
    nav = getattr(window, "nav", None)
    while widget is not None and widget is not window:
        if stack is not None and nav is not None and isinstance(widget, QWidget):
            index = stack.indexOf(widget)
            if index >= 0:
                item = nav.item(index)
                return item.text() if item is not None else ""
        widget = widget.parent()
    return ""


def shortcuts(window: QMainWindow) -> list[Shortcut]:
    """Every keyboard shortcut of `window` now: its actions' (menus and toolbars) and its
    shortcuts', with what each does and where; those of the whole window first, then by area
    as the list on the left orders them."""
    found: list[Shortcut] = []
    for action in window.findChildren(QAction):
        keys = _key_texts(list(action.shortcuts()))
        text = _plain(action.text()) or _plain(action.toolTip())
        if keys and text and not action.isSeparator():
            found.append(Shortcut(keys, text, _area_of(window, action.parent())))
    for shortcut in window.findChildren(QShortcut):
        key = shortcut.key()
        keys = key.toString(_NATIVE)
        if not keys or not shortcut.isEnabled():
            continue
        owner = shortcut.parent()
        text = shortcut.whatsThis() or (
            _named_by_button(owner, keys) if isinstance(owner, QWidget) else "") \
            or _standard_meaning(key)
        if text:
            found.append(Shortcut(keys, _plain(text), _area_of(window, owner)))
    nav = getattr(window, "nav", None)
    order = [""] + ([nav.item(i).text() for i in range(nav.count())] if nav is not None else [])
    unique = list(dict.fromkeys(found))
    return sorted(unique, key=lambda s: order.index(s.where) if s.where in order
                  else len(order))


class HelpWindow(QDialog):
    """The keyboard shortcuts of `window` (read as the help opens) and a short guide."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("help_window")
        self.setWindowTitle(self.tr("GMS Desk help"))
        self.found = shortcuts(window)
        self.table = QTableWidget(len(self.found), 3, self)
        self.table.setObjectName("help_shortcuts")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Keys"), self.tr("What it does"), self.tr("Where")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        everywhere = self.tr("Everywhere")
        for row, item in enumerate(self.found):
            for column, text in enumerate((item.keys, item.text, item.where or everywhere)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        keys_page = QWidget(self)
        keys_layout = QVBoxLayout(keys_page)
        note = QLabel(self.tr("The keys of the area you are in work there; those marked "
                              "Everywhere work in every area."), keys_page)
        note.setWordWrap(True)
        keys_layout.addWidget(note)
        keys_layout.addWidget(self.table, 1)

        self.guide = QTextBrowser(self)
        self.guide.setObjectName("help_guide")
        self.guide.setOpenExternalLinks(False)
        self.guide.setHtml("".join(f"<p>{p}</p>" for p in self.guide_paragraphs()))

        self.tabs = QTabWidget(self)
        self.tabs.addTab(keys_page, self.tr("Keyboard shortcuts"))
        self.tabs.addTab(self.guide, self.tr("Guide"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 900, 640)

    def guide_paragraphs(self) -> list[str]:
        return [
            self.tr("GMS Desk keeps your agency's SMEs, workshops, surveys and reports on this "
                    "computer. Everything works without a connection: what you change waits, "
                    "and is sent to headquarters when you sync."),
            self.tr("<b>SMEs</b>: register a business with New SME; GMS Desk tells you when it "
                    "may be registered already. The services, training, online presence and "
                    "inquiries of an SME are kept with it."),
            self.tr("<b>Training</b>: plan a workshop, enrol its participants, mark attendance "
                    "and progress, and print certificates. <b>Surveys</b>: fill in a form for "
                    "an SME; the answers are summed up for you. <b>Reports</b>: the "
                    "programme's figures for a period, to print or export."),
            self.tr("<b>Sync</b>: enrol this computer once with the code headquarters gave "
                    "you. Changes are then sent and received whenever there is a connection; "
                    "without one, a sync bundle on a USB stick does the same."),
            self.tr("In a form, Ctrl+S saves, Esc closes it without saving, and Tab moves to "
                    "the next field. Ctrl+Z takes back the last change. <b>Settings</b> holds "
                    "the language, the text size, your name and the administrator role."),
        ]


def help_menu(window: QMainWindow) -> QMenu:
    """The window's Help menu (made the first time it is asked for)."""
    menu = window.findChild(QMenu, "help_menu")
    if menu is None:
        menu = window.menuBar().addMenu(QCoreApplication.translate("Help", "&Help"))
        menu.setObjectName("help_menu")
    return menu


def show_help(window: QMainWindow) -> HelpWindow:
    """Open the help (or bring it to the front), its shortcuts read afresh."""
    old = window.findChild(HelpWindow, "help_window")
    if old is not None:
        old.close()
        old.deleteLater()
    dialog = HelpWindow(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def install_help(window: QMainWindow) -> QAction:
    """F1 and Help > Keyboard shortcuts and guide, in `window`."""
    action = QAction(QCoreApplication.translate("Help", "Keyboard shortcuts and guide"), window)
    action.setObjectName("action_help")
    action.setShortcut(QKeySequence("F1"))  # Help on every platform's keyboard
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda: show_help(window))
    help_menu(window).addAction(action)
    return action
