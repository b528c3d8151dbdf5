"""F1 opens the help: the keyboard shortcuts the window really has (read from its actions and
shortcuts as the help opens, so a key added later is listed too) and a short guide, in the
language chosen (real window offscreen)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from gmsdesk.ui.application import AppContext
from gmsdesk.ui.help import HelpWindow, help_menu

NATIVE = QKeySequence.SequenceFormat.NativeText


def rows(help_window: HelpWindow) -> list[tuple[str, str, str]]:
    table = help_window.table

    def text(row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text() if item is not None else ""

    return [(text(r, 0), text(r, 1), text(r, 2)) for r in range(table.rowCount())]


def shown(window: Any) -> list[HelpWindow]:
    return [h for h in window.findChildren(HelpWindow) if h.isVisible()]


def press_f1(window: Any, qtbot: Any) -> HelpWindow:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.smes.search, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: len(shown(window)) == 1)
    return shown(window)[0]


def test_f1_lists_the_shortcuts_the_window_really_has(window: Any, qtbot: Any) -> None:
    help_window = press_f1(window, qtbot)
    listed = rows(help_window)
    assert ("F1", "Keyboard shortcuts and guide", "Everywhere") in listed
    assert ("Ctrl+1", "Go to SMEs", "Everywhere") in listed
    assert ("Ctrl+Z", "Undo", "Everywhere") in listed
    assert ("Ctrl+N", "New SME", "SMEs") in listed
    assert ("Ctrl+N", "New workshop", "Training") in listed
    assert ("Ctrl+N", "New response…", "Surveys") in listed
    # A shortcut without a text of its own is named by the button that mentions its key.
    assert ("F5", "Start workshop mode", "Training") in listed
    assert ("F5", "Compute again", "Reports") in listed
    # Every key listed is a key of the window, and every key of the window is listed.
    keys = {s.toString(NATIVE) for a in window.findChildren(QAction) for s in a.shortcuts()}
    keys |= {s.key().toString(NATIVE) for s in window.findChildren(QShortcut)}
    assert {k for row in listed for k in row[0].split(", ")} <= keys
    assert {"Ctrl+1", "Ctrl+7", "Ctrl+E", "Ctrl+F", "Ctrl+P", "Del", "Return"} <= {
        row[0] for row in listed}
    # The Everywhere keys first, then the areas in the order of the list on the left.
    areas = [row[2] for row in listed]
    assert areas.index("SMEs") < areas.index("Training") < areas.index("Reports")
    assert max(i for i, a in enumerate(areas) if a == "Everywhere") < areas.index("SMEs")
    assert "sync bundle" in help_window.guide.toPlainText()
    assert help_menu(window).actions()[0] is window.help_action

    # A key added later is listed the next time the help opens: the list never goes stale.
    extra = QAction("Print the directory", window.smes)
    extra.setShortcut(QKeySequence("Ctrl+Shift+P"))
    window.smes.addAction(extra)
    help_window.close()
    assert ("Ctrl+Shift+P", "Print the directory", "SMEs") in rows(press_f1(window, qtbot))


def test_the_help_speaks_the_language_chosen(ctx: AppContext, window: Any, qtbot: Any) -> None:
    lao = ctx.switch_language("lo")
    qtbot.waitUntil(lambda: not lao.smes.model.loading)  # type: ignore[attr-defined]
    lao.help_action.trigger()  # type: ignore[attr-defined]
    [help_window] = shown(lao)
    listed = rows(help_window)
    # The areas as the window names them, in Lao; the keys as they are.
    assert ("Ctrl+N", "ວິສາຫະກິດໃໝ່", "ວິສາຫະກິດ") in listed
    assert any(row[0] == "Ctrl+2" for row in listed)
    ctx.switch_language("en")
