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
        assert edit.era_calendar.year_button is not None
        assert edit.era_calendar.year_button.text() == "2026", lang
        edit.setDisplayFormat("yyyy-MM-dd")  # a format may still be set, as for a QDateEdit
        assert edit.text() == "2026-03-01", lang
        edit = box(qtbot)
        edit.setDisplayFormat("yyyy-MM-dd")
        type_text(edit, "2026")  # the year section comes first; the rest stays
        assert iso(edit) == "2026-06-15", lang


# A day and a month of two digits, and of one digit each that Qt takes as whole at once
# ("4" can be no longer day, "7" no longer month): both are typed as the box shows them.
TYPED_DAYS = (QDate(2026, 12, 5), QDate(2026, 11, 12), QDate(2027, 7, 4), QDate(2026, 3, 1))


def test_every_box_shows_the_date_as_the_lists_do(ctx: AppContext, qtbot: Any) -> None:
    """One rule on the screen: a date box writes the short date a list writes beside it
    ("05/12/2026" in English, "5/12/2569" in Thai, "2026/12/5" in Chinese)."""
    from gmsdesk.ui.labels import format_date

    for lang in ("en", "km", "lo", "my", "th", "vi", "zh_CN"):
        ctx.set_language(lang)
        for day in TYPED_DAYS:
            assert box(qtbot, day).text() == format_date(day, "short"), (lang, day)
    ctx.set_language("en")
    assert box(qtbot, QDate(2026, 12, 5)).text() == "05/12/2026"
    ctx.set_language("th")
    assert box(qtbot, QDate(2026, 12, 5)).text() == "5/12/2569"
    ctx.set_language("zh_CN")
    assert box(qtbot, QDate(2026, 12, 5)).text() == "2026/12/5"


def test_a_date_is_typed_as_it_is_shown(ctx: AppContext, qtbot: Any) -> None:
    """Typed in the language's order and digits, separators included, a date is read whole:
    "12/11/2026" is 12 November, not 12 June with "/11" skipping the month."""
    from gmsdesk.ui.labels import format_date

    ctx.settings.set_native_digits("km", True)
    for lang in ("en", "km", "lo", "my", "th", "vi", "zh_CN"):
        ctx.set_language(lang)
        for day in TYPED_DAYS:
            edit = box(qtbot)
            shown = format_date(day, "short")
            type_text(edit, shown)
            assert (iso(edit), edit.text()) == (day.toString(Qt.DateFormat.ISODate), shown), \
                (lang, shown)
    ctx.set_language("en")
    edit = box(qtbot)
    type_text(edit, "5/12/2026")  # a day of one digit, then "/": as before
    assert iso(edit) == "2026-12-05" and edit.text() == "05/12/2026"


def press(edit: DateEdit, key: Qt.Key) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(edit, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))


def test_arrow_keys_step_the_section_under_the_cursor(ctx: AppContext, qtbot: Any) -> None:
    ctx.set_language("en")
    edit = box(qtbot, QDate(2026, 12, 5))
    edit.setSelectedSection(edit.sectionAt(0))  # the day
    press(edit, Qt.Key.Key_Up)
    assert iso(edit) == "2026-12-06" and edit.text() == "06/12/2026"
    edit.setSelectedSection(edit.sectionAt(1))  # the month
    press(edit, Qt.Key.Key_Down)
    assert iso(edit) == "2026-11-06" and edit.text() == "06/11/2026"

    ctx.set_language("th")
    edit = box(qtbot, QDate(2026, 12, 5))
    edit.setSelectedSection(edit.sectionAt(2))  # the year, in the Buddhist era
    press(edit, Qt.Key.Key_Up)
    assert iso(edit) == "2027-12-05" and edit.text() == "5/12/2570"

    ctx.set_language("zh_CN")
    edit = box(qtbot, QDate(2026, 12, 5))
    edit.setSelectedSection(edit.sectionAt(2))  # the day comes last
    press(edit, Qt.Key.Key_Up)
    assert iso(edit) == "2026-12-06" and edit.text() == "2026/12/6"


def test_burmese_and_khmer_digits_follow_the_digit_rule(ctx: AppContext, qtbot: Any) -> None:
    ctx.set_language("my")
    edit = box(qtbot, QDate(2026, 3, 1))
    assert edit.text() == "၁/၃/၂၀၂၆"  # Myanmar digits, as every Burmese count is
    assert edit.era_calendar.year_button is not None
    assert edit.era_calendar.year_button.text() == "၂၀၂၆"
    edit = box(qtbot)
    type_text(edit, "၁/၃/၂၀၂၄")
    assert iso(edit) == "2024-03-01" and edit.text() == "၁/၃/၂၀၂၄"
    ctx.settings.set_native_digits("my", False)  # 0-9 chosen: the box too
    assert box(qtbot, QDate(2026, 3, 1)).text() == "1/3/2026"

    ctx.set_language("km")
    assert box(qtbot, QDate(2026, 3, 1)).text() == "1/3/2026"  # 0-9 by default
    ctx.settings.set_native_digits("km", True)
    edit = box(qtbot, QDate(2026, 3, 1))
    assert edit.text() == "១/៣/២០២៦"
    edit = box(qtbot)
    type_text(edit, "១២/១១/២០២៤")
    assert iso(edit) == "2024-11-12" and edit.text() == "១២/១១/២០២៤"
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


def test_the_sme_form_shows_the_founding_year_in_the_era_and_numbers_in_the_digits(
        ctx: AppContext, qtbot: Any) -> None:
    """Thai: the founding year in the Buddhist era, typed so too, stored Gregorian; Burmese:
    the year and the employees in Myanmar digits, typed either way."""
    from gmsdesk.ui.smes.form import SmeFormDialog

    sme_id = ctx.db.smes.create({"name": "Chiang Mai Silk", "country": "TH",
                                 "year_founded": 2000, "employees_total": 12})[0].record_id

    def opened() -> SmeFormDialog:
        dialog = SmeFormDialog(ctx.db, ctx.db.smes.get(sme_id))
        qtbot.addWidget(dialog)
        return dialog

    ctx.set_language("th")
    dialog = opened()
    year = dialog.editors["year_founded"]
    assert year.text() == "2543" and dialog.editors["employees_total"].text() == "12"
    year.setText("2545")
    assert dialog.values()["year_founded"] == "2002"

    ctx.set_language("my")
    dialog = opened()
    assert dialog.editors["year_founded"].text() == "၂၀၀၀"
    assert dialog.editors["employees_total"].text() == "၁၂"
    dialog.editors["employees_total"].setText("၁၅")
    assert dialog.values()["employees_total"] == "15"
    ctx.set_language("en")
