"""Lists show what tells their rows apart: headers whole, columns as wide as their content,
long text elided in the middle, filters as wide as their longest choice, counts whole, in
every language; an SME just added is selected where it is; the best match comes first; the
Undo button keeps its size."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QComboBox, QTableView

from gmsdesk.ui.application import AppContext
from gmsdesk.ui.widgets import FIT_ROWS, MAX_COLUMN_CHARS, best_first
from tests.ui.test_fit_screen import LAPTOP, as_maximized_on_laptop, laptop, settle  # noqa: F401

LANGUAGES = ["en", "km", "lo", "my", "th", "vi", "zh_CN"]


def seed_smes(ctx: AppContext, count: int = 120) -> None:
    from gmsdesk.demo import generate_smes

    ctx.db.smes.create_many(generate_smes(count, seed=14))


@pytest.fixture
def sme_list(ctx: AppContext, qtbot: Any, laptop: QRect, request: pytest.FixtureRequest  # noqa: F811
             ) -> Any:
    """The SME list of the main window, maximized on the laptop, in the language asked."""
    seed_smes(ctx)
    ctx.set_language(getattr(request, "param", "en"))
    window = ctx.open_window()
    qtbot.waitUntil(lambda: not window.smes.model.loading)
    as_maximized_on_laptop(window)
    settle()
    return window.smes


def cut_headers(table: QTableView) -> list[str]:
    """Headers narrower than their text (and sort mark): "Employees" read "Emplo…"."""
    header = table.horizontalHeader()
    model = table.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
            if not header.isSectionHidden(c)
            and header.sectionSize(c) < header.sectionSizeHint(c)]


def squeezed_columns(table: QTableView) -> list[str]:
    """Columns narrower than the first rows' content, unless that is longer than a column
    may be."""
    header = table.horizontalHeader()
    model = table.model()
    widest = table.fontMetrics().averageCharWidth() * MAX_COLUMN_CHARS
    rows = range(min(model.rowCount(), FIT_ROWS))
    return [model.headerData(c, Qt.Orientation.Horizontal)
            for c in range(model.columnCount() - 1)
            if header.sectionSize(c) < min(max(
                table.sizeHintForIndex(model.index(r, c)).width() for r in rows), widest)]


@pytest.mark.parametrize("sme_list", LANGUAGES, indirect=True)
def test_sme_list_shows_whole_headers_filters_and_count(sme_list: Any) -> None:
    area = sme_list
    assert cut_headers(area.table) == []
    assert squeezed_columns(area.table) == []
    assert area.table.textElideMode() == Qt.TextElideMode.ElideMiddle
    for combo in area.findChildren(QComboBox):
        if not combo.isVisible():
            continue
        metrics = QFontMetrics(combo.font())
        longest = max(metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
        # The text's room inside the box: the box less its arrow and frame.
        assert combo.width() >= combo.sizeHint().width(), combo.objectName()
        assert combo.sizeHint().width() >= longest, combo.objectName()
    count = area.count_label
    assert count.text() and count.width() >= count.sizeHint().width()
    right = count.mapTo(area.window(), count.rect().topRight()).x()
    assert right < area.window().width()


@pytest.mark.parametrize("sme_list", ["vi"], indirect=True)
def test_services_and_inquiries_lists_show_whole_headers(sme_list: Any, qtbot: Any) -> None:
    area = sme_list
    for index in (1, 2):
        area.tabs.setCurrentIndex(index)
        view = area.tabs.currentWidget().findChild(QTableView)
        qtbot.waitUntil(lambda view=view: view is not None and view.isVisible())
        settle()
        assert cut_headers(view) == []
        for combo in area.tabs.currentWidget().findChildren(QComboBox):
            if combo.isVisible():
                assert combo.width() >= combo.sizeHint().width(), combo.objectName()


def test_a_new_sme_is_selected_and_shown_far_down_the_list(sme_list: Any, ctx: AppContext,
                                                           qtbot: Any) -> None:
    area = sme_list
    seed_smes(ctx, 400)  # more than a page: the new one is past the rows first read
    ctx.bus.publish_reload("smes")
    qtbot.waitUntil(lambda: not area.model.loading)
    assert area.model.total > 300
    area._save_form(None, {"name": "Zinc Roofing Workshop of Hội An", "country": "VN"})
    qtbot.waitUntil(lambda: bool(area.selected_ids()), timeout=10_000)
    [chosen] = area.selected_ids()
    assert ctx.db.smes.get(chosen).name == "Zinc Roofing Workshop of Hội An"
    row = area.model.row_of(chosen)
    shown = area.table.visualRect(area.model.index(row, 0))
    assert area.table.viewport().rect().contains(shown)


def test_a_new_sme_the_search_leaves_out_is_searched_for(sme_list: Any, ctx: AppContext,
                                                         qtbot: Any) -> None:
    area = sme_list
    area.search.setText("Angkor")
    area.apply_filters()
    qtbot.waitUntil(lambda: not area.model.loading)
    area._save_form(None, {"name": "Mekong Delta Rice Cooperative", "country": "VN"})
    qtbot.waitUntil(lambda: bool(area.selected_ids()), timeout=10_000)
    [chosen] = area.selected_ids()
    assert ctx.db.smes.get(chosen).name == "Mekong Delta Rice Cooperative"
    assert area.search.text() == "Mekong Delta Rice Cooperative"


def test_the_undo_button_stays_short_whatever_the_name(sme_list: Any, qtbot: Any) -> None:
    area = sme_list
    before = area.toolbar.widgetForAction(area.undo_action).width()
    name = "Công ty TNHH Thương mại và Dịch vụ Xuất nhập khẩu Gốm sứ Bát Tràng Hà Nội"
    area._save_form(None, {"name": name, "country": "VN"})
    settle()
    button = area.toolbar.widgetForAction(area.undo_action)
    assert button.text() == "Undo"
    assert name in button.toolTip()
    assert button.width() == before


def test_best_match_first() -> None:
    """Exact name, then a name that begins with it, then a word that does, then the rest;
    accents, case and spacing do not count."""
    names = ["Saigon Silk Weavers", "Silk Road Trading", "Angkor Silk", "Silky Tea House",
             "SILK", "Hội An silk lanterns", "Phnom Penh Crafts (sells silk)"]
    ranked = best_first("silk", names, lambda n: [n])
    assert ranked == ["SILK", "Silk Road Trading", "Silky Tea House", "Saigon Silk Weavers",
                      "Angkor Silk", "Hội An silk lanterns", "Phnom Penh Crafts (sells silk)"]
    assert best_first("hoi an", ["Hội An silk lanterns", "Lantern shop of Hội An"],
                      lambda n: [n])[0] == "Hội An silk lanterns"
    # A local name counts as much as the English one.
    smes = [("Golden Dragon Co.", "金龙公司"), ("Dragon Tea", None), ("金龙", "Golden Dragon")]
    assert best_first("金龙", smes, lambda s: s)[0] == ("金龙", "Golden Dragon")


def test_new_response_offers_the_best_match_first(ctx: AppContext, qtbot: Any) -> None:
    from gmsdesk.ui.surveys.dialogs import NewResponseDialog

    db = ctx.db
    for name in ("Angkor Silk Farm", "Battambang Silk Weavers", "Khmer Silk Centre", "Silk"):
        db.smes.create({"name": name, "country": "KH"})
    dialog = NewResponseDialog(db, [("ref", "Needs assessment (version 1)")])
    qtbot.addWidget(dialog)
    dialog.sme_search.setText("silk")
    dialog.search_smes()
    listed = [dialog.sme_list.item(i).text() for i in range(1, dialog.sme_list.count())]
    assert listed[0].startswith("Silk  (") and dialog.sme_list.currentRow() == 1
    assert db.smes.get(dialog.sme_id()).name == "Silk"  # ready to take with Start
