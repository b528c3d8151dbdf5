"""More of "everything fits" on a 1366x768 laptop: the SME form's ICT history readable inside
its scroll area, the dashboard's rows ending in a readable Breakdown and a help icon off the
scroll bar, report tabs as tall as their Burmese labels, the conflicts' buttons on the screen,
the enrolment's lists saying what to do, the certificate preview saying how to see the pages,
the workshop dialog's modules wrapped, and dialogs as wide as their titles (Qt's own file
dialog a good size)."""

from __future__ import annotations

import math
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QTreeView,
    QWidget,
)

from gmsdesk.ui.application import AppContext, title_width
from tests.ui.test_fit_screen import (  # noqa: F401
    LAPTOP,
    as_maximized_on_laptop,
    laptop,
    off_screen,
    settle,
)
from tests.ui.test_sync_ui import enrol, sync_window


def line_height(text: str, widget: QWidget) -> int:
    layout = QTextLayout(text, widget.font())
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    return math.ceil(line.height())


def sme_with_history(ctx: AppContext) -> str:
    db = ctx.db
    sme_id = db.smes.create({"name": "Amarapura Drinking Water Enterprise", "country": "MM",
                             "uses_website": 1})[0].record_id
    db.smes.update(sme_id, {"uses_social_media": 1})
    db.smes.update(sme_id, {"uses_emarketplace": 1})
    db.smes.update(sme_id, {"uses_online_payment": 1})
    return sme_id


@pytest.mark.parametrize("lang", ["en", "my"])
def test_the_ict_history_keeps_a_readable_strip_and_three_rows(
        ctx: AppContext, qtbot: Any, laptop: QRect, lang: str) -> None:  # noqa: F811
    from gmsdesk.ui.smes.form import HISTORY_ROWS, HISTORY_STRIP_HEIGHT, SmeFormDialog

    sme_id = sme_with_history(ctx)
    ctx.set_language(lang)
    dialog = SmeFormDialog(ctx.db, ctx.db.smes.get(sme_id))
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    timeline = dialog.timeline
    assert timeline is not None and timeline.list.topLevelItemCount() >= HISTORY_ROWS
    assert timeline.strip.height() >= HISTORY_STRIP_HEIGHT
    rows = timeline.list
    header = rows.header().height()
    shown = rows.viewport().height()
    assert shown >= HISTORY_ROWS * rows.sizeHintForRow(0), (header, shown)
    # It lies inside the scroll area's content (the form scrolls for it), and the dialog's
    # buttons stay on the screen.
    assert dialog.scroll_area.widget().isAncestorOf(timeline)
    assert off_screen(dialog) == []


@pytest.mark.parametrize("lang", ["lo", "km", "my", "th", "vi"])
def test_every_sme_list_header_has_its_text(ctx: AppContext, qtbot: Any, lang: str) -> None:
    ctx.db.set_meta_atomic("agency_hq", "1")  # the longest list: an agency column too
    ctx.set_language(lang)
    window = ctx.open_window()
    qtbot.waitUntil(lambda: not window.smes.model.loading)
    model = window.smes.model
    texts = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert all(text and text.strip() for text in texts), texts
    assert all(text.count("\n") <= 1 for text in texts), texts


@pytest.fixture
def burmese_reports(ctx: AppContext, qtbot: Any, laptop: QRect) -> Any:  # noqa: F811
    from gmsdesk.demo import generate_smes, generate_workshop

    ctx.db.smes.create_many(generate_smes(20, seed=3))
    generate_workshop(ctx.db, participants=4, seed=3)
    ctx.set_language("my")
    window = ctx.open_window()
    qtbot.waitUntil(lambda: not window.smes.model.loading)
    as_maximized_on_laptop(window)
    window.show_area(4)
    area = window.reports
    qtbot.waitUntil(lambda: area.last_dashboard is not None and not area.computing,
                    timeout=20_000)
    settle()
    return area


def test_dashboard_rows_end_in_breakdown_and_a_help_icon_off_the_scroll_bar(
        burmese_reports: Any) -> None:
    from gmsdesk.ui.reports.dashboard import RIGHT_MARGIN

    dashboard = burmese_reports.dashboard
    content = dashboard.widget()
    assert dashboard.rows
    for row in dashboard.rows.values():
        help_button, breakdown = row.help, row.breakdown
        assert help_button.text() == "" or not help_button.icon().isNull()
        assert not help_button.icon().isNull()
        assert not breakdown.text().endswith(("…", "...")), breakdown.text()
        assert breakdown.width() >= breakdown.sizeHint().width()
        # At the row's end: the breakdown, then the help, after the chart.
        chart_right = row.chart_holder.mapTo(content, QPoint(row.chart_holder.width(), 0)).x()
        breakdown_left = breakdown.mapTo(content, QPoint(0, 0)).x()
        help_left = help_button.mapTo(content, QPoint(0, 0)).x()
        assert chart_right <= breakdown_left < help_left
        right = help_button.mapTo(content, QPoint(help_button.width(), 0)).x()
        assert content.width() - right >= RIGHT_MARGIN
        assert right <= dashboard.viewport().width()


def test_report_tabs_are_taller_than_their_burmese_labels(burmese_reports: Any) -> None:
    from gmsdesk.ui.reports.area import TAB_MARGIN

    bar = burmese_reports.tabs.tabBar()
    assert bar.count() >= 2  # a check over no tabs would pass
    for index in range(bar.count()):
        text = bar.tabText(index)
        assert bar.tabRect(index).height() >= line_height(text, bar) + 2 * TAB_MARGIN, text


def test_conflicts_keep_their_rows_and_buttons_on_the_screen(
        window: Any, ctx: AppContext, server: Any, enrolled: Any, qtbot: Any,
        laptop: QRect) -> None:  # noqa: F811
    from gmsdesk.ui.conflicts import CONFLICT_ROWS

    enrol(qtbot, window, server)
    other, client = enrolled("kh-sr", "laptop2")
    sme_id = ctx.db.smes.create({"name": "Công ty TNHH Gốm sứ Minh Long Bình Dương",
                                 "phone": "0274 3668 899", "employees_total": 45,
                                 "address": "Số 327, Đường số 9, Khu công nghiệp Sóng Thần"
                                            ", Phường Dĩ An, Thành phố Dĩ An"})[0].record_id
    sync_window(qtbot, window)
    client.sync()
    ctx.db.smes.update(sme_id, {"employees_total": 52, "phone": "0274 3668 900",
                                "address": "Số 12, Đường Lê Lợi, Phường Bến Thành, Quận 1"})
    other.smes.update(sme_id, {"employees_total": 48, "phone": "0909 123 456",
                               "address": "Lô C, Khu công nghiệp Việt Nam – Singapore"})
    client.sync()
    sync_window(qtbot, window)
    burmese = ctx.switch_language("my")
    qtbot.waitUntil(lambda: not burmese.smes.model.loading)  # type: ignore[attr-defined]
    as_maximized_on_laptop(burmese)  # type: ignore[arg-type]
    area = burmese.sync  # type: ignore[attr-defined]
    burmese.show_area(5)  # type: ignore[attr-defined]
    area.show_conflicts()
    view = area.conflicts
    assert len(view.model.rows) == 3
    settle()
    assert off_screen(burmese) == []  # type: ignore[arg-type]
    table = view.table
    for row in range(min(CONFLICT_ROWS, view.proxy.rowCount())):
        top = table.rowViewportPosition(row)
        assert top >= 0 and top + table.rowHeight(row) <= table.viewport().height(), row
    # Each button of the choice can be brought into view in the scroll area, whole.
    for button in (view.winner.keep, view.loser.keep, view.use_new):
        view.scroll_area.ensureWidgetVisible(button)
        settle()
        place = QRect(button.mapTo(view.scroll_area.viewport(), QPoint(0, 0)), button.size())
        assert view.scroll_area.viewport().rect().contains(place), button.objectName()


def test_the_enrolment_lists_say_what_to_do(ctx: AppContext, qtbot: Any,
                                            laptop: QRect) -> None:  # noqa: F811
    from gmsdesk.demo import generate_workshop
    from gmsdesk.ui.training.enrol import EnrolDialog

    workshop = generate_workshop(ctx.db, participants=3, seed=5)
    dialog = EnrolDialog(ctx.db, workshop)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    assert dialog.people_list.count() == 0 and "Enter enrols" in dialog.people_list.hint
    assert dialog.smes_list.count() == 0 and dialog.smes_list.hint
    before = dialog.people_list.viewport().grab().toImage()
    dialog.people_list.set_hint("")
    blank = dialog.people_list.viewport().grab().toImage()
    assert before != blank  # the hint is drawn
    dialog.search.setText("zzzz nobody by this name")
    dialog.run_search()
    assert dialog.people_list.count() == 0 and dialog.people_list.hint.startswith("Nobody")


@pytest.mark.usefixtures("laptop")
def test_the_preview_without_pages_says_how_to_see_them(ctx: AppContext, qtbot: Any,
                                                       tmp_path: Any) -> None:
    from gmsdesk.reports.training import CertificatePerson
    from gmsdesk.ui.training.certificates import CertificatePreviewDialog, Preview

    people = [CertificatePerson("ហេង សុផល", "Heng Sophal", None, "GMS-2026-0001", ""),
              CertificatePerson("គីម ស្រីមុំ", "Kim Sreymom", None, "GMS-2026-0002", "")]
    preview = Preview(tmp_path, tmp_path / "certificates.pdf", None, people,
                      frozenset({"GMS-2026-0001"}))
    dialog = CertificatePreviewDialog(preview, "2026-03-12")
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    assert dialog.no_renderer.isVisible() and not dialog.page_view.isVisible()
    assert "PDF viewer" in dialog.no_renderer.text() and "save the PDF" in \
        dialog.no_renderer.text()
    assert dialog.no_renderer.height() > dialog.height() // 3  # it takes the page's room
    assert dialog.people_list.currentRow() == 0
    assert off_screen(dialog) == []


@pytest.mark.parametrize("lang", ["en", "my"])
def test_the_workshop_dialog_wraps_its_modules_and_its_long_label(
        ctx: AppContext, qtbot: Any, laptop: QRect, lang: str) -> None:  # noqa: F811
    from gmsdesk.ui.training.dialogs import WorkshopDialog

    ctx.set_language(lang)
    dialog = WorkshopDialog(ctx.db)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    modules = dialog.modules_list
    assert modules.count() > 0
    assert modules.horizontalScrollBar().maximum() == 0
    assert not modules.horizontalScrollBar().isVisible()
    assert dialog.title_edit.width() >= 400  # the fields have room beside the labels
    assert off_screen(dialog) == []


def test_a_small_prompt_is_as_wide_as_its_title(ctx: AppContext, qtbot: Any,
                                                laptop: QRect) -> None:  # noqa: F811
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.resize(1000, 600)
    parent.show()
    prompt = QInputDialog(parent)
    prompt.setWindowTitle("Choose the language of the survey export for headquarters")
    prompt.setComboBoxItems(["English", "ភាសាខ្មែរ"])
    assert prompt.sizeHint().width() < title_width(prompt.windowTitle())
    prompt.show()
    qtbot.waitUntil(lambda: prompt.width() >= title_width(prompt.windowTitle()))
    assert LAPTOP.contains(prompt.geometry())
    # A title wider than the screen: the prompt as wide as the screen allows, no wider.
    long_one = QInputDialog(parent)
    long_one.setWindowTitle("A very long title " * 20)
    long_one.show()
    qtbot.waitUntil(lambda: long_one.width() > 1000)
    assert long_one.width() <= LAPTOP.width()


@pytest.mark.usefixtures("ctx", "laptop")
def test_qt_file_dialog_opens_large_with_a_wide_name_column(tmp_path: Any) -> None:
    seen: list[tuple[int, int, int, int]] = []

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QFileDialog) and widget.isVisible():
                view = widget.findChild(QTreeView, "treeView")
                assert view is not None
                seen.append((widget.width(), widget.height(),
                             view.header().sectionSize(0), view.header().sectionSize(1)))
                widget.reject()
                return
        QTimer.singleShot(50, look)

    QTimer.singleShot(50, look)
    QFileDialog.getSaveFileName(None, "Save the report pack", str(tmp_path / "pack.pdf"), "",
                                "", QFileDialog.Option.DontUseNativeDialog)
    [(width, height, name, size)] = seen
    assert width >= min(900, LAPTOP.width()) and height >= min(560, LAPTOP.height() - 40)
    assert width >= int(LAPTOP.width() * 0.7) - 10
    assert name >= 300 and name > size
