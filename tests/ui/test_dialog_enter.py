"""No dialog closes or saves on an Enter meant for a field.

Each dialog of the app is opened as a person opens it and filled so that saving would succeed;
then Enter (and the keypad's Enter) is pressed in each of its fields in turn. The dialog must
stay open, unsaved: nothing written, no export or question started. Ctrl+Enter is the
deliberate key that saves.
"""

from __future__ import annotations

from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QWidget,
)

from tests.ui.test_fit_screen import (  # the openers, the data, and the laptop's screen
    DIALOGS,
    Opener,
    Seeded,
    app,  # noqa: F401 - a fixture
    close,
    laptop,  # noqa: F401 - a fixture
    no_blocking_boxes,  # noqa: F401 - a fixture, used by `app`
    open_new_response,
    open_service,
    open_sme_form_new,
    settle,
)

# A dialog whose Enter in a field takes a step on purpose, saying what the step is: it may
# write, but never close.
WRITES_ON_PURPOSE = {"enrol participants": "Enter in the search enrols the person found"}


def fill_to_save(name: str, dialog: Any) -> None:
    """Values with which Save (or Start, or Submit) would succeed, so an Enter that pressed
    it would show."""
    if name == "SME form, new":
        dialog.editors["name"].setText("Mekong Rice Mill Cooperative")
    elif name == "inquiry received":
        dialog.channel_combo.setCurrentIndex(1)
    elif name == "online presence":
        dialog.kind_combo.setCurrentIndex(1)
    elif name == "survey form":
        dialog.show_page(len(dialog.pages) - 1)  # where Enter once pressed Submit
    elif name == "new survey response":
        dialog.sme_search.setText("a")
        dialog.search_smes()


def fields(dialog: QWidget) -> list[QWidget]:
    """What a person types or chooses in: text, numbers, dates, choices, ticks."""
    found = []
    for widget in dialog.findChildren(QWidget):
        if widget.window() is not dialog or not widget.isVisibleTo(dialog) \
                or not widget.isEnabled():
            continue
        if isinstance(widget, QLineEdit):
            if widget.isReadOnly() or isinstance(widget.parentWidget(),
                                                 (QComboBox, QAbstractSpinBox)):
                continue  # a combo's or a spin box's own line: the combo is walked
            found.append(widget)
        elif isinstance(widget, (QComboBox, QAbstractSpinBox)) or (
                isinstance(widget, QAbstractButton) and widget.isCheckable()):
            found.append(widget)
    return found


def label(widget: QWidget) -> str:
    return widget.objectName() or widget.accessibleName() or type(widget).__name__


def enter_everywhere(opener: Opener, window: Any, seeded: Seeded, asked: list[str]
                     ) -> list[str]:
    """Press Enter in each field of the dialog `opener` opens; what went wrong."""
    db = window.ctx.db
    dialog = opener.open(window, seeded)
    fill_to_save(opener.name, dialog)
    settle()
    ended: list[int] = []
    if isinstance(dialog, QDialog):
        dialog.finished.connect(ended.append)
    pending = db.outbox.pending_count()
    questions = len(asked)
    problems = []
    walked = fields(dialog)
    assert walked or opener.name in NO_FIELDS, f"{opener.name}: no field found"
    for field in walked:
        if not field.isVisibleTo(dialog):
            continue  # a step of a wizard left behind
        where = f"{opener.name}: Enter in {label(field)}"
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            modifier = Qt.KeyboardModifier.KeypadModifier if key == Qt.Key.Key_Enter \
                else Qt.KeyboardModifier.NoModifier
            QTest.keyClick(field, key, modifier)
            settle()
            if ended or not shiboken6.isValid(dialog) or not dialog.isVisible():
                return [f"{where} closed the dialog"]  # closed, perhaps deleted
            if len(asked) > questions:
                problems.append(f"{where} started {asked[-1]!r}")
            elif db.outbox.pending_count() != pending and opener.name not in WRITES_ON_PURPOSE:
                problems.append(f"{where} saved")
            if problems:
                close(dialog)
                return problems
    close(dialog)
    return problems


# Dialogs that only show, or ask for a file with a button.
NO_FIELDS = {"SME training and services", "form import problems", "report drill-down",
             "survey response, read only", "certificates preview", "import SMEs, the file"}


@pytest.mark.parametrize("opener", [o for o in DIALOGS if not o.keys_by], ids=lambda o: o.name)
def test_enter_in_a_field_neither_closes_nor_saves(app: tuple[Any, Seeded], opener: Opener,  # noqa: F811
                                                   no_blocking_boxes: list[str]) -> None:  # noqa: F811
    window, seeded = app
    problems = enter_everywhere(opener, window, seeded, no_blocking_boxes)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("opener", [o for o in DIALOGS if o.keys_by], ids=lambda o: o.name)
def test_enter_in_a_training_dialog(app: tuple[Any, Seeded], opener: Opener,  # noqa: F811
                                    no_blocking_boxes: list[str]) -> None:  # noqa: F811
    """The training dialogs belong to another change (which makes enrolment a flow); they are
    walked all the same, and a failure is reported as expected until that change lands."""
    window, seeded = app
    try:
        problems = enter_everywhere(opener, window, seeded, no_blocking_boxes)
    except Exception as exc:
        pytest.xfail(f"{opener.keys_by}: {opener.name} not opened ({exc!r})")
    if problems:
        pytest.xfail(f"{opener.keys_by}: {problems}")


def test_enter_goes_from_the_search_to_the_sme_to_start(app: tuple[Any, Seeded],  # noqa: F811
                                                        qtbot: Any) -> None:
    """New response: Enter in the search goes on to the SMEs found, Enter there to Start,
    and Enter on Start starts."""
    window, seeded = app
    dialog = open_new_response(window, seeded)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.sme_search.setFocus()
    qtbot.keyClicks(dialog.sme_search, "Co")
    dialog.search_smes()
    qtbot.keyClick(dialog.sme_search, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.sme_list and dialog.isVisible()
    qtbot.keyClick(dialog.sme_list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.start_button)
    assert dialog.isVisible()
    chosen = dialog.sme_id()
    qtbot.keyClick(dialog.start_button, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and chosen is not None
    close(dialog)


def test_ctrl_enter_saves(app: tuple[Any, Seeded], qtbot: Any) -> None:  # noqa: F811
    """The deliberate key still saves: the SME form and a service record."""
    window, seeded = app
    db = window.ctx.db
    before = db.smes.count()
    form = open_sme_form_new(window, seeded)
    fill_to_save("SME form, new", form)

    def keys(widget: QWidget) -> None:
        qtbot.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    keys(form.editors["name"])  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: db.smes.count() == before + 1)
    assert not form.isVisible()

    service = open_service(window, seeded)
    services = len(db.training.services(seeded.sme))
    service.activateWindow()
    qtbot.waitUntil(service.isActiveWindow)
    keys(service.staff_edit)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: len(db.training.services(seeded.sme)) == services + 1)
    assert not service.isVisible()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.done(0)
