"""Date boxes follow the rule the lists and the PDFs follow (`gmsdesk.i18n_format`): in Thai the
year is in the Buddhist era unless the user chose Gregorian, shown and typed ("1/3/2569" is
1 March 2026), in the box and in its calendar; Burmese in Myanmar digits, Khmer in Khmer digits
when chosen; the date saved is the same ISO Gregorian date whatever the box shows. Every date
box of the app is that box (`gmsdesk.ui.widgets.DateEdit`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from gmsdesk import i18n_format
from gmsdesk.ui.application import AppContext
from gmsdesk.ui.widgets import DateEdit, EraCalendar

UI = Path(__file__).resolve().parents[2] / "gmsdesk" / "ui"


@pytest.fixture(autouse=True)
def _defaults() -> Iterator[None]:
    i18n_format.set_preferences(i18n_format.Preferences())
    yield
    i18n_format.set_preferences(i18n_format.Preferences())


def box(qtbot: Any, day: QDate = QDate(2025, 6, 15)) -> DateEdit:
    edit = DateEdit(day)
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    QApplication.processEvents()
    return edit


def type_text(edit: DateEdit, text: str) -> None:
    """Keys as a keyboard sends them, any script's digits included, over the first section
    (what the box selects when it gets the focus)."""
    edit.setSelectedSection(edit.sectionAt(0))
    for ch in text:
        key = ord(ch.upper()) if ch.isascii() else ord(ch)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(edit, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))
    # Leaving the box reads what was typed, and writes it as the language does.
    QApplication.sendEvent(edit, QEvent(QEvent.Type.FocusOut))


def iso(edit: DateEdit) -> str:
    return str(edit.date().toString(Qt.DateFormat.ISODate))


def test_thai_box_shows_and_reads_the_buddhist_era(ctx: AppContext, qtbot: Any) -> None:
    ctx.set_language("th")
    edit = box(qtbot, QDate(2026, 3, 1))
    assert edit.text() == "1/3/2569"
    assert edit.era_calendar.year_button is not None
    assert edit.era_calendar.year_button.text() == "2569"

    edit = box(qtbot)
    assert edit.text() == "15/6/2568"
    type_text(edit, "1/3/2569")
    assert iso(edit) == "2026-03-01"
    assert edit.text() == "1/3/2569"
    # A Gregorian year typed in a Buddhist-era box is not taken as 1483: the year stays.
    edit = box(qtbot)
    type_text(edit, "1/3/2026")
    assert iso(edit) == "2025-03-01" and edit.text() == "1/3/2568"


def test_thai_box_with_gregorian_years_chosen(ctx: AppContext, qtbot: Any) -> None:
    ctx.set_language("th")
    ctx.settings.thai_buddhist_era = False
    edit = box(qtbot, QDate(2026, 3, 1))
    assert edit.text() == "1/3/2026"
    assert edit.era_calendar.year_button is not None
    assert edit.era_calendar.year_button.text() == "2026"
    edit = box(qtbot)
    type_text(edit, "1/3/2026")
    assert iso(edit) == "2026-03-01"


def test_thai_digits_when_chosen_are_shown_and_typed(ctx: AppContext, qtbot: Any) -> None:
    ctx.set_language("th")
    ctx.settings.set_native_digits("th", True)
    edit = box(qtbot, QDate(2026, 3, 1))
    assert edit.text() == "๑/๓/๒๕๖๙"
    edit = box(qtbot)
    type_text(edit, "๑/๓/๒๕๖๙")
    assert iso(edit) == "2026-03-01" and edit.text() == "๑/๓/๒๕๖๙"


def test_other_languages_keep_gregorian_years_and_their_digits(ctx: AppContext,
                                                              qtbot: Any) -> None:
    for lang in ("en", "vi", "zh_CN", "km", "lo"):
        ctx.set_language(lang)
        edit = box(qtbot, QDate(2026, 3, 1))
        edit.setDisplayFormat("yyyy-MM-dd")
        assert edit.text() == "2026-03-01", lang
        assert edit.era_calendar.year_button is not None
        assert edit.era_calendar.year_button.text() == "2026", lang
        edit = box(qtbot)
        type_text(edit, "2026")  # the year section comes first; the rest stays
        assert iso(edit) == "2026-06-15", lang


def test_burmese_and_khmer_digits_follow_the_digit_rule(ctx: AppContext, qtbot: Any) -> None:
    ctx.set_language("my")
    edit = box(qtbot, QDate(2026, 3, 1))
    assert edit.text() == "၂၀၂၆-၀၃-၀၁"  # Myanmar digits, as every Burmese count is
    assert edit.era_calendar.year_button is not None
    assert edit.era_calendar.year_button.text() == "၂၀၂၆"
    edit = box(qtbot)
    type_text(edit, "၂၀၂၄")
    assert iso(edit) == "2024-06-15" and edit.text() == "၂၀၂၄-၀၆-၁၅"
    ctx.settings.set_native_digits("my", False)  # 0-9 chosen: the box too
    assert box(qtbot, QDate(2026, 3, 1)).text() == "2026-03-01"

    ctx.set_language("km")
    assert box(qtbot, QDate(2026, 3, 1)).text() == "2026-03-01"  # 0-9 by default
    ctx.settings.set_native_digits("km", True)
    edit = box(qtbot, QDate(2026, 3, 1))
    assert edit.text() == "២០២៦-០៣-០១"
    edit = box(qtbot)
    type_text(edit, "២០២៤")
    assert iso(edit) == "2024-06-15" and edit.text() == "២០២៤-០៦-១៥"
    edit.era_calendar.grab()  # its days drawn in Khmer digits, which Qt has not


def test_the_calendar_year_is_typed_in_the_era(ctx: AppContext, qtbot: Any) -> None:
    ctx.set_language("th")
    calendar = EraCalendar("th")
    qtbot.addWidget(calendar)
    calendar.setSelectedDate(QDate(2026, 3, 5))
    calendar.show()
    assert calendar.year_button is not None and calendar.year_box is not None
    assert calendar.year_button.text() == "2569"
    calendar.edit_year()
    assert calendar.year_box.isVisible() and calendar.year_box.text() == "2569"
    calendar.year_box.lineEdit().setText("2570")
    calendar.year_box.editingFinished.emit()
    assert (calendar.yearShown(), calendar.monthShown()) == (2027, 3)
    assert calendar.year_button.text() == "2570" and calendar.year_button.isVisible()
    calendar.showNextMonth()
    calendar.setCurrentPage(2030, 1)
    assert calendar.year_button.text() == "2573"


def test_a_thai_date_typed_is_saved_as_the_iso_gregorian_date(
        ctx: AppContext, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from gmsdesk.ui.training.events import EventDialog

    # Closed at the end, it asks whether to discard what was typed: yes, without waiting.
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *_args: QMessageBox.StandardButton.Yes))
    ctx.set_language("th")
    dialog = EventDialog(ctx.db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert isinstance(dialog.start_edit, DateEdit)
    dialog.start_edit.setFocus()
    dialog.start_edit.setDate(QDate(2025, 6, 15))
    type_text(dialog.start_edit, "1/3/2569")
    assert dialog.values()["held_on"] == "2026-03-01"
    dialog.done(0)  # closed without its "Discard your changes?"


def test_every_date_box_of_the_app_is_a_date_edit() -> None:
    """No screen builds Qt's own date box or calendar, which know no Buddhist era nor the
    user's digits."""
    own = re.compile(r"\b(QDateEdit|QDateTimeEdit|QCalendarWidget)\(")
    found = [f"{path.relative_to(UI)}:{number}"
             for path in sorted(UI.rglob("*.py")) if path.name != "widgets.py"
             for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1)
             if own.search(line) or re.search(r"class \w+\((QDateEdit|QDateTimeEdit)\)", line)]
    assert not found, found
