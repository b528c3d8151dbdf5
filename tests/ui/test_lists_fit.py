"""Lists show what tells their rows apart: headers whole, every column of the SME list on the
screen with its name readable, long text elided in the middle, filters as wide as their
longest choice, counts whole and off the screen's edge, in every language; an SME just added
is selected where it is; the best match comes first; the Undo button keeps its size.

At 1366 px in Khmer and Burmese, the lists of services, inquiries and awareness events keep
their name column readable and every column on the screen; a totals line wraps between its
items; report filters show their choice whole; a long text in a field shows its start."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QTableView, QWidget

from gmsdesk.ui.application import AppContext
from gmsdesk.ui.widgets import (
    FIT_ROWS,
    NAME_COLUMN_CHARS,
    ChoiceCombo,
    ItemsLabel,
    best_first,
    share_width,
)
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


@pytest.mark.parametrize("sme_list", LANGUAGES, indirect=True)
def test_sme_list_shows_whole_headers_filters_and_count(sme_list: Any) -> None:
    area = sme_list
    assert cut_headers(area.table) == []
    # Every column on the screen (no header cut at the edge or out of sight, a long header on
    # two lines), the name readable (20 characters at least: in Burmese ten whole headers
    # leave it no more), the number of employees and the date whole; the others give way.
    table, columns = area.table, area.model.columns
    for column in (columns.index("employees_total"), columns.index("updated_at")):
        assert table.columnWidth(column) >= content_width(table, column), column
    assert table.columnWidth(0) >= min(content_width(table, 0),
                                       table.fontMetrics().averageCharWidth() * 20)
    assert table.horizontalHeader().length() <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
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
    assert right < area.window().width() - 6  # not flush against the screen's edge


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


# -- names keep their room at 1366 px -----------------------------------------------------------


def test_columns_share_the_width_name_first() -> None:
    """All fit: each has what it wants, the name the rest. Too wide: the widest others give way
    first, down to each step in turn, the name keeping its want (and more as the others
    allow); then the name gives way; past that the list scrolls."""
    assert share_width([100, 200, 50], [[60, 60, 50]], 1, 150, 400) == [100, 250, 50]
    # 60 px too many: the 300 px column gives way, not the short one or the name.
    assert share_width([80, 200, 300], [[80, 200, 100]], 1, 150, 520) == [80, 200, 240]
    # The name wants 200 and may have up to 260, as much as the widest other keeps.
    assert share_width([80, 200, 300], [[80, 200, 100]], 1, 150, 560, 260) == [80, 240, 240]
    # A first step that cannot fit is passed over for the next (headers cut, say); there,
    # no other is wider than the level that fits.
    assert share_width([120, 200, 300], [[120, 200, 200], [40, 200, 100]], 1, 150,
                       420) == [110, 200, 110]
    # Nothing fits: the others at their last step, the name down to its least; it scrolls.
    assert share_width([120, 200, 300], [[40, 200, 100]], 1, 150, 250) == [40, 150, 100]


def content_width(table: QTableView, column: int) -> int:
    model = table.model()
    return max((table.sizeHintForIndex(model.index(row, column)).width()
                for row in range(min(model.rowCount(), FIT_ROWS))), default=0)


def assert_name_readable_and_all_shown(table: QTableView, name: int,
                                       whole: list[int]) -> None:
    """The name column at least as wide as its content, up to NAME_COLUMN_CHARS characters;
    columns `whole` (dates, amounts) as wide as theirs; every column on the screen."""
    cap = table.fontMetrics().averageCharWidth() * NAME_COLUMN_CHARS
    assert table.columnWidth(name) >= min(content_width(table, name), cap)
    for column in whole:
        assert table.columnWidth(column) >= content_width(table, column), column
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0


def assert_wraps_between_items(label: ItemsLabel, parent: QWidget) -> None:
    """The totals on as many lines as they need, each item whole on its line, all inside the
    label, the label inside its parent: nothing cut at the right or the bottom."""
    items = label.items()
    assert items and " ".join(item.text() for item in items) == label.text()
    assert label.height() >= label.heightForWidth(label.width())
    assert label.mapTo(parent, QPoint(label.width(), 0)).x() <= parent.width()
    for item in items:
        assert item.x() >= 0 and item.geometry().right() < label.width(), item.text()
        assert item.geometry().bottom() < label.height(), item.text()
        one_line = item.heightForWidth(10_000)
        assert item.height() == one_line or item.sizeHint().width() > label.width()
    if sum(item.sizeHint().width() for item in items) > label.width():
        assert len({item.y() for item in items}) > 1  # wrapped, not cut
    # Narrower, it grows taller rather than wider.
    assert label.heightForWidth(label.width() // 2) > label.heightForWidth(label.width())


@pytest.fixture
def busy_window(ctx: AppContext, qtbot: Any, laptop: QRect,  # noqa: F811
                request: pytest.FixtureRequest) -> Any:
    """The main window of a headquarters laptop (an agency column in every list), maximized
    on the laptop, in the language asked: SMEs with their services, inquiries and awareness
    events."""
    from gmsdesk.demo import generate_activity

    ctx.db.set_meta_atomic("agency_hq", "1")
    seed_smes(ctx)
    generate_activity(ctx.db, seed=14)
    ctx.set_language(request.param)
    window = ctx.open_window()
    qtbot.waitUntil(lambda: not window.smes.model.loading)
    as_maximized_on_laptop(window)
    settle()
    return window


@pytest.mark.parametrize("busy_window", ["km", "my"], indirect=True)
def test_activity_and_event_lists_keep_names_readable(busy_window: Any, qtbot: Any) -> None:
    window = busy_window
    area = window.smes
    for index in (1, 2):  # services, inquiries
        area.tabs.setCurrentIndex(index)
        view = area.tabs.currentWidget().view
        qtbot.waitUntil(lambda view=view: view.model.totals is not None
                        and view.model.rowCount() > 0 and not view.model.loading)
        settle()
        whole = [c for c, column in enumerate(view.model.columns)
                 if column.right or column.key == "date"]
        assert_name_readable_and_all_shown(view.table, view.model.sort_keys.index("sme"), whole)
        assert view.table.textElideMode() == Qt.TextElideMode.ElideMiddle
        assert_wraps_between_items(view.totals_label, view)

    window.show_area(1)
    events = window.training.events
    window.training.tabs.setCurrentWidget(events)
    qtbot.waitUntil(lambda: events.model.rowCount() > 0)
    settle()
    model = events.model
    counts = [model.column(name) for name in model.NUMBERS]
    assert_name_readable_and_all_shown(events.table, model.column("title"),
                                       [*counts, model.column("dates")])


# -- report filters, the dashboard, benchmarking -----------------------------------------------


@pytest.mark.parametrize("busy_window", ["my"], indirect=True)
def test_report_filters_show_their_choice_and_the_dashboard_is_laid_out_once(
        busy_window: Any, qtbot: Any) -> None:
    from gmsdesk.ui.reports.dashboard import DashboardView

    window = busy_window
    window.show_area(4)
    area = window.reports
    qtbot.waitUntil(lambda: area.last_dashboard is not None and not area.computing
                    and not area._delay.isActive(), timeout=30_000)
    bar = area.filter_bar
    combos = [c for c in bar.findChildren(ChoiceCombo) if c.isVisible()]
    assert len(combos) >= 5

    def assert_whole() -> None:
        settle()
        for combo in combos:
            text = QFontMetrics(combo.font()).horizontalAdvance(combo.currentText())
            assert combo.sizeHint().width() >= text, combo.objectName()
            assert combo.width() >= combo.sizeHint().width(), combo.objectName()
        assert bar.width() <= area.width()

    assert_whole()
    # The longest province: the box grows to show it whole, the row has room for it.
    province = bar.province
    longest = max(range(1, province.count()), key=lambda i: len(province.itemText(i)))
    province.setCurrentIndex(longest)
    assert_whole()

    # Figures shown on a page on the screen are laid out before it is painted: no row is
    # squashed into the page's old height.
    page = DashboardView()
    page.resize(1100, 600)
    page.show()
    settle()
    try:
        page.show_dashboard(area.last_dashboard)  # no event handled in between
        rows = list(page.rows.values())
        tops = [row.title.mapTo(page.widget(), QPoint(0, 0)).y() for row in rows]
        assert tops == sorted(tops) and len(set(tops)) == len(tops)
        for row in rows:
            assert row.title.isVisible() and row.title.height() >= row.title.heightForWidth(
                row.title.width())
    finally:
        page.release_charts()  # before Qt deletes the charts (see `TrendChart.release`)
        page.close()

    # Benchmarking, opened after the breakdown: its ranks or a plain word on why there are
    # none, under named columns.
    area.tabs.setCurrentWidget(area.breakdown)
    qtbot.waitUntil(lambda: not area.computing, timeout=20_000)
    benchmark = area.benchmark
    area.tabs.setCurrentWidget(benchmark)
    qtbot.waitUntil(lambda: not area.computing and not benchmark.stale, timeout=20_000)
    settle()
    headers = [benchmark.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(benchmark.model.columnCount())]
    assert all(headers), headers
    if benchmark.model.ranks:
        assert benchmark.table.isVisible() and not benchmark.empty.isVisible()
    else:
        assert benchmark.empty.isVisible() and benchmark.empty.text()


def test_a_choice_too_long_for_its_row_is_cut_with_an_ellipsis(qtbot: Any) -> None:
    combo = ChoiceCombo()
    qtbot.addWidget(combo)
    combo.addItem("All provinces")
    combo.addItem("Nujiang Lisu Autonomous Prefecture")
    short = combo.sizeHint().width()
    combo.setCurrentIndex(1)
    assert combo.sizeHint().width() > short  # as wide as the choice made
    assert combo.minimumSizeHint().width() < combo.sizeHint().width()  # gives way if it must
    combo.resize(combo.sizeHint())
    assert combo.shown_text() == "Nujiang Lisu Autonomous Prefecture"  # whole when it fits
    combo.resize(combo.minimumSizeHint())
    shown = combo.shown_text()
    assert shown.endswith("…") and len(shown) > 1, shown  # cut, its start kept
    assert "Nujiang Lisu Autonomous Prefecture".startswith(shown[:-1]), shown


# -- long text in a field shows its start ------------------------------------------------------


def test_long_text_in_a_field_shows_its_start(ctx: AppContext, qtbot: Any) -> None:
    from gmsdesk.storage.agencies import profile_id
    from gmsdesk.ui.network.dialog import AgencyDialog
    from gmsdesk.ui.smes.form import SmeFormDialog

    db = ctx.db
    db.set_meta_atomic("agency_hq", "1")
    ctx.set_language("my")
    address = "No. 112, 78th Street, between 33rd and 34th Street, Chanayethazan Township"
    sme_id = db.smes.create({"name": "Amarapura Drinking Water Enterprise", "country": "MM",
                             "province": "Mandalay Region", "address": address})[0].record_id
    form = SmeFormDialog(db, db.smes.get(sme_id))
    qtbot.addWidget(form)
    form.show()
    settle()
    address_edit = form.editors["address"]
    assert isinstance(address_edit, QLineEdit) and address_edit.text() == address
    assert address_edit.cursorPosition() == 0
    province = form.editors["province"]
    assert isinstance(province, QComboBox)
    line = province.lineEdit()
    assert line is not None and line.text().startswith("Mandalay Region")
    assert line.cursorPosition() == 0
    form.close()

    name = "Trung tâm Xúc tiến Thương mại và Đầu tư Thành phố Hồ Chí Minh (ITPC)"
    db.agencies.save(None, {"agency": "vn-hcm", "country": "VN", "name": name})
    profile = db.agencies.get(profile_id("vn-hcm"))
    assert profile is not None
    dialog = AgencyDialog(db, profile)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    settle()
    QApplication.processEvents()
    edit = dialog.editors["name"]
    assert isinstance(edit, QLineEdit)
    assert edit.cursorPosition() == 0
    if edit.hasFocus():  # the field the dialog opens on: all of it selected, its start shown
        assert edit.selectedText() in ("", name)
    dialog.close()


CLUSTERED = ["အသေးစားထုတ်လုပ်ရေး", "ဤကွန်ပျူတာ၏ အဖွဲ့အစည်း", "សហគ្រាសធុនតូច និងមធ្យម",
             "ក្រុមហ៊ុន គ្រឿងសង្ហារឹមកណ្ដាល", "เวิร์กช็อปเรื่องการขายออนไลน์", "ກອງປະຊຸມສຳມະນາ"]


@pytest.mark.parametrize("width", [40, 60, 90, 130])
def test_long_text_is_cut_between_syllables_never_inside(qtbot: Any, width: int) -> None:
    """Qt's own elision cuts Burmese and Khmer inside a syllable (a mark then shows alone on a
    dotted circle): the record tables' delegate cuts only between written clusters."""
    import unicodedata

    from PySide6.QtGui import QFont, QFontMetrics

    from gmsdesk.ui.widgets import elide_clusters

    font = QFont()
    font.setFamilies(["Noto Sans Myanmar", "Noto Sans Khmer", "Noto Sans Thai",
                      "Noto Sans Lao"])
    metrics = QFontMetrics(font)
    for text in CLUSTERED:
        cut = elide_clusters(text, metrics, width)
        assert metrics.horizontalAdvance(cut) <= max(width, metrics.horizontalAdvance("…"))
        if "…" not in cut:
            assert cut == text
            continue
        left, right = cut.split("…")
        assert text.startswith(left) and text.endswith(right)
        assert not right or unicodedata.category(right[0])[0] != "M", cut
        assert not right or right[0] not in "\u0e32\u0e33\u0eb2\u0eb3", cut
        assert not left or left[-1] not in "\u1039\u17d2", cut  # no joiner left hanging
        assert not right[1:2] or right[1:2] not in "\u103a\u1039", cut
