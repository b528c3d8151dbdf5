"""The Reports area on a real database filled with demo records: the dashboard shows what the
indicator engine computes for the same filters, filters recompute (stopping what was being
computed), every number opens its records, which export to files read back; breakdown and
benchmark tables; the area in the main window; and its layout at 1366x768 in Khmer and Thai."""

from __future__ import annotations

import csv
import threading
import time
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gmsdesk import demo
from gmsdesk.services import figures
from gmsdesk.storage.indicators import Filters, Indicator
from gmsdesk.ui.application import AppContext
from gmsdesk.ui.reports.area import ReportsArea
from gmsdesk.ui.reports.drill import SHOWN
from gmsdesk.ui.reports.labels import value_text


def fill(db: Any) -> None:
    """SMEs, workshops with their people, and the services, presences, inquiries and events
    of the SMEs (as the demo makes them)."""
    db.smes.create_many(demo.generate_smes(160, seed=5))
    for seed in range(3):
        demo.generate_workshop(db, participants=14, days=2, seed=seed)
    demo.generate_activity(db, seed=2)


@pytest.fixture
def filled(ctx: AppContext) -> AppContext:
    fill(ctx.db)
    return ctx


def open_reports(ctx: AppContext, qtbot: Any) -> tuple[Any, ReportsArea]:
    window: Any = ctx.open_window()
    qtbot.waitUntil(lambda: not window.smes.model.loading)
    window.show_area(4)
    area: ReportsArea = window.reports
    wait_computed(qtbot, area)
    return window, area


def wait_computed(qtbot: Any, area: ReportsArea) -> None:
    qtbot.waitUntil(lambda: area.last_dashboard is not None and not area.computing
                    and not area._delay.isActive(), timeout=30_000)


def catalogue(ctx: AppContext) -> list[Indicator]:
    return list(ctx.db.indicators.catalogue())


def shown_values(area: ReportsArea) -> dict[str, str]:
    return {code: area.dashboard.value_text(code) for code in area.dashboard.rows}


def expected_values(ctx: AppContext, filters: Filters) -> dict[str, str]:
    out = {}
    for indicator in catalogue(ctx):
        if figures.unfiltered(filters, indicator):
            out[indicator.code] = "—"
        else:
            out[indicator.code] = value_text(ctx.db.indicators.compute(indicator.code, filters),
                                             indicator.unit)
    return out


def counted(ctx: AppContext, filters: Filters, unit: str = "count") -> Indicator:
    """An indicator of `unit` with records behind it for `filters`."""
    for indicator in catalogue(ctx):
        value = ctx.db.indicators.compute(indicator.code, filters)
        if indicator.unit == unit and figures.amount(value):
            return indicator
    raise AssertionError(f"no {unit} indicator has a value")


# -- the dashboard ------------------------------------------------------------------------------


def test_reports_is_the_fifth_area_of_the_window(window: Any) -> None:
    assert window.nav.item(4).text() == "Reports"
    assert window.stack.widget(4) is window.reports
    window.show_area(4)
    assert window.stack.currentWidget() is window.reports
    assert window.reports.tabs.tabText(0) == "Dashboard"


def test_dashboard_shows_what_the_engine_computes(filled: AppContext, qtbot: Any) -> None:
    ctx = filled
    _window, area = open_reports(ctx, qtbot)
    filters = area.current_filters()
    shown = shown_values(area)
    assert shown == expected_values(ctx, filters)
    assert any(text not in ("0", "—") for text in shown.values())
    # Grouped in the areas, each indicator's definition on hover and behind "?".
    areas = {i.area for i in catalogue(ctx)}
    assert {"training", "network", "marketplaces"} <= areas
    for name in areas:
        assert area.dashboard.findChild(object, f"report_area_{name}") is not None
    first = catalogue(ctx)[0]
    assert first.definition and first.definition in area.dashboard.rows[first.code].title.toolTip()


def test_target_status_is_told_in_colour_symbol_and_words(filled: AppContext, qtbot: Any) -> None:
    ctx = filled
    _window, area = open_reports(ctx, qtbot)
    period = area.filter_bar.period()
    indicator = counted(ctx, area.current_filters())
    actual = figures.amount(ctx.db.indicators.compute(indicator.code, area.current_filters()))
    assert actual
    ctx.db.targets.save({"indicator": indicator.code, "scope": "programme",
                         "period_start": period.start, "period_end": period.end,
                         "value": actual * 2})
    ctx.bus.publish_reload("targets")
    qtbot.waitUntil(lambda: area.dashboard.rows[indicator.code].target.text() != "—",
                    timeout=30_000)
    wait_computed(qtbot, area)
    row = area.dashboard.rows[indicator.code]
    assert row.status.property("status") == "behind"
    assert row.status.text() == "✘ 50 % · Behind target"
    assert "Target met" not in row.status.text()
    assert "✘ Behind target: 1" in area.dashboard.summary.text()
    # The trend chart draws the target of this period as its last point.
    assert row.chart.targets[-1] == actual * 2


def test_a_filter_change_stops_the_old_computation_and_shows_the_new(
        filled: AppContext, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = filled
    _window, area = open_reports(ctx, qtbot)
    before = shown_values(area)
    economy = next(c for c in ("KH", "VN", "TH", "LA", "MM", "YN")
                   if ctx.db.smes.provinces(c))

    # A slow computation: it waits until it is told to stop (or 10 s), as a long one would.
    started = threading.Event()
    stopped: list[bool] = []
    real = figures.dashboard

    def slow(db: Any, filters: Filters, period: Any, scope: Any, **kw: Any) -> Any:
        if not stopped:
            started.set()
            deadline = time.monotonic() + 10
            while not kw["stop"]() and time.monotonic() < deadline:
                time.sleep(0.01)
            stopped.append(kw["stop"]())
            raise figures.Stopped
        return real(db, filters, period, scope, **kw)

    monkeypatch.setattr(figures, "dashboard", slow)
    year = int(area.filter_bar.period().start[:4])
    area.filter_bar.set_period("year", year - 1)
    qtbot.waitUntil(started.is_set, timeout=5000)
    assert area.computing
    # The window is not held up while it computes.
    t0 = time.monotonic()
    QApplication.processEvents()
    assert time.monotonic() - t0 < 0.5
    area.filter_bar.set_period("year", year)
    area.filter_bar.economy.setCurrentIndex(area.filter_bar.economy.findData(economy))
    qtbot.waitUntil(lambda: bool(stopped), timeout=5000)
    assert stopped == [True]
    wait_computed(qtbot, area)
    filters = area.current_filters()
    assert filters.economy == economy
    assert area.last_dashboard is not None and area.last_dashboard.filters == filters
    after = shown_values(area)
    assert after == expected_values(ctx, filters)
    assert after != before


def test_sex_counts_where_the_indicator_has_it(filled: AppContext, qtbot: Any) -> None:
    ctx = filled
    _window, area = open_reports(ctx, qtbot)
    area.filter_bar.sex.setCurrentIndex(area.filter_bar.sex.findData("female"))
    qtbot.waitUntil(lambda: area.last_dashboard is not None
                    and area.last_dashboard.filters.sex == "female", timeout=30_000)
    wait_computed(qtbot, area)
    filters = area.current_filters()
    assert shown_values(area) == expected_values(ctx, filters)
    by_sex = next(i for i in catalogue(ctx) if "sex" in i.dimensions)
    without = next(i for i in catalogue(ctx) if "sex" not in i.dimensions)
    women = ctx.db.indicators.compute(by_sex.code, filters)
    assert area.dashboard.value_text(by_sex.code) == value_text(women, by_sex.unit)
    row = area.dashboard.rows[without.code]
    assert row.value.text() == "—" and not row.value.isEnabled()
    assert row.status.text() == "Not counted by Sex"


def test_cancel_stops_and_f5_computes_again(filled: AppContext, qtbot: Any,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = filled
    _window, area = open_reports(ctx, qtbot)
    real = figures.dashboard
    waiting = threading.Event()

    def slow(db: Any, *args: Any, **kw: Any) -> Any:
        waiting.set()
        while not kw["stop"]():
            time.sleep(0.01)
        raise figures.Stopped

    monkeypatch.setattr(figures, "dashboard", slow)
    area.refresh()
    qtbot.waitUntil(waiting.is_set)
    qtbot.waitUntil(area.cancel_button.isVisible, timeout=3000)  # after 0.6 s
    area.cancel_button.click()
    assert not area.computing and not area.cancel_button.isVisible()
    assert "F5" in area.info.text()
    monkeypatch.setattr(figures, "dashboard", real)
    area.refresh_action.trigger()
    wait_computed(qtbot, area)
    assert shown_values(area) == expected_values(ctx, area.current_filters())


# -- drill-down, breakdown, benchmark -----------------------------------------------------------


def test_a_value_opens_its_records_which_export(filled: AppContext, qtbot: Any,
                                               tmp_path: Path) -> None:
    ctx = filled
    _window, area = open_reports(ctx, qtbot)
    filters = area.current_filters()
    indicator = counted(ctx, filters)
    qtbot.mouseClick(area.dashboard.rows[indicator.code].value, Qt.MouseButton.LeftButton)
    dialog = area.drill_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    behind = ctx.db.indicators.drill(indicator.code, filters)
    assert 0 < dialog.model.rowCount() == min(len(behind.rows), SHOWN)
    assert dialog.export_button.isEnabled()

    for name in ("records.xlsx", "records.csv"):
        path = tmp_path / name
        dialog.info.setText("")
        dialog.export_to(path)
        qtbot.waitUntil(lambda: "Exported" in dialog.info.text(), timeout=20_000)
        if name.endswith(".xlsx"):
            book = openpyxl.load_workbook(path, read_only=True)
            rows = list(book.active.iter_rows(values_only=True))
            book.close()
        else:
            with open(path, encoding="utf-8-sig", newline="") as handle:
                rows = [tuple(r) for r in csv.reader(handle)]
        assert len(rows) == len(behind.rows) + 1  # a header, then every record
        ids = {str(r[0]) for r in rows[1:]}
        assert ids == {str(r[0]) for r in behind.rows}
    dialog.close()


def test_breakdown_by_sex_and_province_opens_the_records_of_a_cell(filled: AppContext,
                                                                   qtbot: Any) -> None:
    ctx = filled
    _window, area = open_reports(ctx, qtbot)
    filters = area.current_filters()
    indicator = next(i for i in catalogue(ctx) if "sex" in i.dimensions
                     and "province" in i.dimensions
                     and figures.amount(ctx.db.indicators.compute(i.code, filters)))
    # One click from the dashboard.
    qtbot.mouseClick(area.dashboard.rows[indicator.code].breakdown, Qt.MouseButton.LeftButton)
    view = area.breakdown
    assert area.tabs.currentWidget() is view
    assert view.indicator.currentData() == indicator.code
    view.first.setCurrentIndex(view.first.findData("sex"))
    view.second.setCurrentIndex(view.second.findData("province"))
    qtbot.waitUntil(lambda: view.model.pivot is not None and view.model.pivot.second ==
                    "province" and not area.computing, timeout=20_000)
    expected = ctx.db.indicators.breakdown(indicator.code, filters, "sex", "province")
    pivot = view.model.pivot
    assert {(str(k[0] or ""), str(k[1] or "")): v for k, v in expected} == dict(pivot.cells)
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == "Sex"
    # Double-click a number: its records, narrowed to that sex and province.
    row = next(r for r, key in enumerate(pivot.rows) if key)
    column = next(c for c, key in enumerate(pivot.columns, start=1)
                  if pivot.cells.get((pivot.rows[row], key)) and key)
    view.table.activated.emit(view.model.index(row, column))
    dialog = area.drill_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    key = {"sex": pivot.rows[row], "province": pivot.columns[column - 1]}
    assert dialog.request.filters == filters and dialog.request.key == key
    behind = ctx.db.indicators.drill(indicator.code, filters, key=key)
    assert 0 < dialog.model.rowCount() == len(behind.rows)
    assert dialog.model.rowCount() < len(ctx.db.indicators.drill(indicator.code, filters).rows)
    dialog.close()


def test_benchmark_ranks_provinces_with_their_targets(filled: AppContext, qtbot: Any) -> None:
    ctx = filled
    _window, area = open_reports(ctx, qtbot)
    filters = area.current_filters()
    period = area.filter_bar.period()
    indicator = next(i for i in catalogue(ctx) if "province" in i.dimensions
                     and i.unit == "count"
                     and figures.amount(ctx.db.indicators.compute(i.code, filters)))
    found = ctx.db.indicators.breakdown(indicator.code, filters, "province")
    top = max((k[0] for k, v in found if k[0]), key=lambda p: figures.amount(
        dict((k[0], v) for k, v in found)[p]) or 0)
    ctx.db.targets.save({"indicator": indicator.code, "scope": "province", "scope_value": top,
                         "period_start": period.start, "period_end": period.end,
                         "value": 1})
    view = area.benchmark
    area.tabs.setCurrentWidget(view)
    view.choose(indicator.code)
    view.by.setCurrentIndex(view.by.findData("province"))
    qtbot.waitUntil(lambda: view.model.dimension == "province" and not area.computing
                    and bool(view.model.ranks), timeout=20_000)
    values = [figures.amount(r.value) or 0 for r in view.model.ranks]
    assert values == sorted(values, reverse=True)
    assert len(view.model.ranks) == len(found)
    first = view.model.ranks[0]
    assert first.key == top and first.target == 1
    assert view.proxy.index(0, 3).data() == "1"
    assert "Target met" in view.proxy.index(0, 4).data()


# -- how it looks ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["km", "th"])
def test_fits_a_small_laptop_screen_in_khmer_and_thai(filled: AppContext, qtbot: Any,
                                                      language: str) -> None:
    ctx = filled
    ctx.set_language(language)
    window, area = open_reports(ctx, qtbot)
    window.resize(1366, 768)
    QApplication.processEvents()
    assert not area.dashboard.horizontalScrollBar().isVisible()
    assert area.filter_bar.width() <= area.width()
    for row in area.dashboard.rows.values():
        assert row.title.width() >= 150  # titles wrap, never squeezed away
