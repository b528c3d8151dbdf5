"""The lists and the Reports dashboard follow the rule the PDFs follow (`gmsdesk.i18n_format`):
in Burmese every count and date is in Myanmar digits, never 0-9 beside them; in Thai the
years are in the Buddhist era unless the user chose Gregorian."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

import pytest

from gmsdesk import i18n_format
from gmsdesk.ui.application import AppContext
from tests.ui.test_reports_area import fill, open_reports

ASCII_DIGIT = re.compile(r"[0-9]")
MYANMAR_DIGIT = re.compile("[၀-၉]")


@pytest.fixture(autouse=True)
def _defaults() -> Iterator[None]:
    i18n_format.set_preferences(i18n_format.Preferences())
    yield
    i18n_format.set_preferences(i18n_format.Preferences())


@pytest.fixture
def filled(ctx: AppContext) -> AppContext:
    fill(ctx.db)
    return ctx


def column_texts(model: Any, column: int) -> list[str]:
    """The displayed texts of a column, every row loaded."""
    return [str(model.index(r, column).data() or "") for r in range(model.rowCount())]


def open_window(ctx: AppContext, qtbot: Any, lang: str) -> Any:
    ctx.set_language(lang)
    window: Any = ctx.open_window()
    qtbot.waitUntil(lambda: not window.smes.model.loading, timeout=30_000)
    return window


def test_burmese_sme_list_counts_and_dates_in_myanmar_digits(filled: AppContext,
                                                            qtbot: Any) -> None:
    window = open_window(filled, qtbot, "my")
    model = window.smes.model
    assert model.rowCount() > 0
    for column in ("employees_total", "updated_at"):
        texts = [t for t in column_texts(model, model.columns.index(column)) if t]
        assert texts, column
        assert not [t for t in texts if ASCII_DIGIT.search(t)], column
        assert all(MYANMAR_DIGIT.search(t) for t in texts), column
    count = window.smes.count_label.text()
    assert MYANMAR_DIGIT.search(count) and not ASCII_DIGIT.search(count), count


def test_burmese_workshop_list_dates_and_participants_in_myanmar_digits(
        filled: AppContext, qtbot: Any) -> None:
    window = open_window(filled, qtbot, "my")
    area = window.training
    area.reload()
    model = area.model
    assert model.rowCount() > 0
    shown = [str(model.index(r, c).data() or "") for r in range(model.rowCount())
             for c, name in enumerate(model.COLUMNS) if name in ("dates", "participants")]
    assert [t for t in shown if t], shown
    assert not [t for t in shown if ASCII_DIGIT.search(t)], shown
    assert any(MYANMAR_DIGIT.search(t) for t in shown)


def test_burmese_reports_dashboard_in_myanmar_digits(filled: AppContext, qtbot: Any) -> None:
    filled.set_language("my")
    _window, area = open_reports(filled, qtbot)
    summary = area.dashboard.summary.text()
    # "၂၀၂၆ · ✔ …: ၀ · …": the year and the counts of each status
    assert not ASCII_DIGIT.search(summary), summary
    assert i18n_format.localize_digits("my", str(dt.date.today().year)) in summary
    values = [area.dashboard.value_text(code) for code in area.dashboard.rows]
    assert any(MYANMAR_DIGIT.search(v) for v in values)
    assert not [v for v in values if ASCII_DIGIT.search(v)], values
    year = area.filter_bar.year
    assert year.text() == i18n_format.localize_digits("my", str(year.value()))


def test_thai_reports_show_buddhist_era_years_unless_gregorian_is_chosen(
        filled: AppContext, qtbot: Any) -> None:
    filled.set_language("th")
    _window, area = open_reports(filled, qtbot)
    this_year = dt.date.today().year
    assert area.dashboard.summary.text().startswith(str(this_year + 543))
    year = area.filter_bar.year
    assert year.text() == str(this_year + 543)
    assert year.value() == this_year  # what the reports compute on stays Gregorian
    # A year typed in the Buddhist era is read back as its Gregorian year.
    assert year.valueFromText(str(this_year + 542)) == this_year - 1

    i18n_format.set_preferences(i18n_format.Preferences(buddhist_era=False))
    from gmsdesk.ui.reports.labels import period_text

    assert period_text(area.filter_bar.period()) == str(this_year)


def test_thai_workshop_dates_in_the_buddhist_era(filled: AppContext, qtbot: Any) -> None:
    window = open_window(filled, qtbot, "th")
    area = window.training
    area.reload()
    model = area.model
    column = model.COLUMNS.index("dates")
    dates = [str(model.index(r, column).data() or "") for r in range(model.rowCount())]
    years = {int(y) for d in dates for y in re.findall(r"\d{4}", d)}
    assert years and all(y > 2400 for y in years), dates
