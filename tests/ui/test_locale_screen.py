"""The screens follow the same rule as the PDFs: the summary window in Khmer, Burmese and Thai
shows "(not answered)" translated, counts and statistics in the language's digits, years not
grouped, dates in the Thai era; the settings hold the text size, the digits and the Thai era;
the keyboard focus is outlined."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QRect
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QStyle,
    QStyleFactory,
    QStyleOptionButton,
)

from gmsdesk import i18n_format
from gmsdesk.forms.xlsform import load_xlsform
from gmsdesk.ui import labels
from gmsdesk.ui.application import AppContext
from gmsdesk.ui.fonts import FocusStyle, apply_display
from tests.forms.test_locale_summary import ANSWERS, write_form
from tests.survey_kit import answer


@pytest.fixture(autouse=True)
def _defaults() -> Iterator[None]:
    i18n_format.set_preferences(i18n_format.Preferences())
    yield
    i18n_format.set_preferences(i18n_format.Preferences())


@pytest.fixture
def restore_look(qapp: Any) -> Iterator[None]:
    """The app-wide font and style as they were (other tests measure layouts)."""
    font, style = QApplication.font(), qapp.style().name()
    yield
    QApplication.setStyle(style)
    QApplication.setFont(font)


def open_summary(ctx: AppContext, tmp_path: Path, qtbot: Any, lang: str) -> Any:
    from gmsdesk.ui.surveys.summary_view import SummaryWindow

    form, problems = load_xlsform(write_form(tmp_path / "needs.xlsx"))
    assert form is not None, [str(p) for p in problems]
    ctx.db.surveys.import_form(form, "needs.xlsx")
    ref = ctx.db.surveys.form_ref("ebiz_needs", "1")
    for values in ANSWERS:
        answer(ctx.db, ref, values)
    ctx.set_language(lang)
    window = SummaryWindow(ctx, "ebiz_needs")
    window.show()
    window.refresh()
    qtbot.waitUntil(lambda: window.summary is not None, timeout=10_000)
    return window


def chart(window: Any, name: str) -> Any:
    from gmsdesk.ui.surveys.summary_view import BarChart

    found = window.blocks[name].findChild(BarChart)
    assert found is not None, name
    return found


def stat(window: Any, name: str, key: str) -> str:
    label = window.blocks[name].findChild(QLabel, f"stat_{key}")
    assert label is not None, (name, key)
    return str(label.text())


def test_khmer_summary_has_no_english_row_and_the_title_in_khmer(
        ctx: AppContext, tmp_path: Path, qtbot: Any) -> None:
    window = open_summary(ctx, tmp_path, qtbot, "km")
    assert window.title.text() == "តម្រូវការអាជីវកម្មអេឡិចត្រូនិក"
    rows = chart(window, "tools").rows
    assert rows[-1] == ("(មិនទាន់ឆ្លើយ)", 0)
    assert chart(window, "consent").rows[0] == ("យល់ព្រម", 2)  # "OK"
    assert chart(window, "size_class").rows[0] == ("សហគ្រាសខ្នាតតូចបំផុត", 1)
    assert window.blocks["size_class"].findChild(QLabel).text() == "Size class"
    # the year's statistics are years; the fee a year is grouped; one precision for shares
    assert stat(window, "year_started", "mean") == "2014"
    assert stat(window, "fee_year", "max") == "1,500,000"
    assert [chart(window, "tools").value_text(i) for i in range(4)] == [
        "1 (33%)", "2 (67%)", "2 (67%)", "0 (0%)"]
    window.close()


def test_burmese_summary_uses_myanmar_digits_throughout(
        ctx: AppContext, tmp_path: Path, qtbot: Any) -> None:
    window = open_summary(ctx, tmp_path, qtbot, "my")
    assert "၃" in window.total_label.text() and "3" not in window.total_label.text()
    assert stat(window, "year_started", "mean") == "၂၀၁၄"
    assert stat(window, "online_tools", "mean") == "၁.၃၃"
    texts = [chart(window, "tools").value_text(i) for i in range(4)]
    assert texts[1] == "၂ (၆၇%)"
    assert not any(ch in "".join(texts) for ch in "0123456789")
    answered = [lbl.text() for lbl in window.blocks["tools"].findChildren(QLabel)]
    assert any("၃" in text for text in answered)
    window.close()


def test_thai_dates_on_screen_follow_the_era_setting(
        ctx: AppContext, tmp_path: Path, qtbot: Any) -> None:
    window = open_summary(ctx, tmp_path, qtbot, "th")
    window.from_check.setChecked(True)
    window.from_date.setDate(QDate(2026, 3, 5))
    assert "5/3/2569" in window.describe_filters()  # as the Thai PDF prints its dates
    ctx.settings.thai_buddhist_era = False
    assert "5/3/2026" in window.describe_filters()
    assert labels.format_date(QDate(2026, 3, 5), "long") == "5 มีนาคม ค.ศ. 2026"
    ctx.settings.thai_buddhist_era = True
    window.close()


def test_labels_format_times_without_am_pm(ctx: AppContext) -> None:
    from PySide6.QtCore import QTime

    ctx.set_language("km")
    assert labels.format_time(QTime(14, 30)) == "14:30"
    assert labels.format_count(1234) == "1,234"
    ctx.set_language("lo")
    assert labels.format_number(1234.5) == "1.234,5"
    ctx.set_language("en")


def test_settings_area_text_size_digits_and_thai_era(
        ctx: AppContext, qtbot: Any, restore_look: None) -> None:
    from gmsdesk.ui.settings_area import SettingsArea

    ctx.set_language("km")
    area = SettingsArea(ctx)
    qtbot.addWidget(area)
    base = QApplication.font().pointSizeF()
    area.text_size.setCurrentIndex(area.text_size.findData(150))
    assert ctx.settings.text_size == 150
    assert QApplication.font().pointSizeF() > base * 1.3
    assert isinstance(QApplication.style(), FocusStyle)
    # Khmer digits, chosen here, are the rule for screen and paper from now on
    area.digits.setCurrentIndex(area.digits.findData(True))
    assert ctx.settings.native_digits("km") is True
    assert labels.format_count(25) == "២៥"
    area.thai_era.setCurrentIndex(area.thai_era.findData(False))
    assert ctx.settings.thai_buddhist_era is False
    assert i18n_format.format_year("th", 2026) == "2026"
    ctx.settings.set_native_digits("km", False)
    ctx.settings.thai_buddhist_era = True


def test_automatic_text_size_is_larger_for_khmer_lao_and_burmese(
        qapp: Any, restore_look: None) -> None:
    english = apply_display(qapp, "en", 0)
    assert apply_display(qapp, "km", 0) > english
    assert apply_display(qapp, "my", 0) > english
    assert apply_display(qapp, "vi", 0) == english
    assert apply_display(qapp, "km", 100) == english


def test_the_keyboard_focus_is_outlined(qapp: Any) -> None:
    """A focused button drawn by FocusStyle has a ring of the highlight colour; by the plain
    style, at most a faint one."""
    button = QPushButton("OK")
    button.resize(120, 36)

    def highlight_pixels(style: QStyle) -> int:
        option = QStyleOptionButton()
        option.initFrom(button)
        option.rect = QRect(0, 0, 120, 36)
        option.text = "OK"
        option.state |= QStyle.StateFlag.State_HasFocus
        image = QImage(120, 36, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        style.drawControl(QStyle.ControlElement.CE_PushButton, option, painter, button)
        painter.end()
        colour = option.palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
        return sum(1 for y in range(36) for x in range(120)
                   if QColor(image.pixel(x, y)) == colour)

    # A plain style of its own (the application's may be wrapped already: an earlier test
    # opened the window, which installs the focus style).
    plain = QStyleFactory.create("Fusion")
    # a 2 px ring all round the 120 x 36 button: about 2 * (2 * 120 + 2 * 32) pixels
    assert highlight_pixels(FocusStyle(plain.name())) >= 500
    assert highlight_pixels(plain) < 50
