"""Awareness events through the real window: recorded with the keyboard in the Training area's
Events tab, checked under their fields, found with the filters, added up at the foot of the
list, taken back with Ctrl+Z, exported in the UI language and read back."""

from __future__ import annotations

import csv
import datetime
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from gmsdesk.storage.db import Database
from gmsdesk.ui.application import AppContext
from gmsdesk.ui.training.events import EventTableModel

TRAINING = 1  # row of the navigation list
NAMES = {"kh-sr": "Siem Reap Chamber of Commerce", "la-vt": "Vientiane Trade Centre"}


@dataclass
class Questions:
    """What the dialogs asked, and the answers queued for them (Yes when none is)."""

    asked: list[str] = field(default_factory=list)
    answers: list[Any] = field(default_factory=list)


@pytest.fixture(autouse=True)
def questions(monkeypatch: pytest.MonkeyPatch) -> Iterator[Questions]:
    """No real message box (it would block), also for a dialog a failed test left open."""
    state = Questions()

    def fake(_parent: Any, _title: str, text: str, *args: Any) -> Any:
        state.asked.append(text)
        return state.answers.pop(0) if state.answers else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(fake))
    yield state
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.done(0)


def activate(qtbot: Any, widget: Any) -> None:
    """Shortcuts only reach the active window, as for a person at the keyboard."""
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def events_tab(window: Any, qtbot: Any) -> Any:
    window.show_area(TRAINING)
    area = window.training
    area.tabs.setCurrentWidget(area.events)
    area.events.reload()  # what a test wrote straight to the database
    activate(qtbot, window)
    return area.events


def texts(model: Any, column: int) -> list[str]:
    return [str(model.index(r, column).data() or "") for r in range(model.rowCount())]


def events(count: int) -> str:
    """How the foot of the list says how many events it shows (plural forms are the English
    translation's)."""
    return QCoreApplication.translate("EventsView", "%n event(s)", "", count)


def add(db: Database, **values: Any) -> str:
    base = {"kind": "road_show", "title": "Road show", "held_on": "2025-03-10",
            "country": "KH", "province": "Siem Reap"}
    return db.events.add({**base, **values})[0].record_id


def three_events(db: Database) -> None:
    add(db, title="Selling crafts online", organiser="Siem Reap Chamber of Commerce",
        held_on="2025-03-10", end_on="2025-03-12", audience_female=64, audience_male=51,
        organisations=17)
    add(db, kind="media_campaign", title="ផ្សព្វផ្សាយតាមវិទ្យុ", held_on="2024-11-01",
        end_on="2024-12-15", province="Phnom Penh", media_reach=120_000)
    add(db, kind="seminar", title="E-commerce for coffee growers", held_on="2025-06-05",
        country="LA", province="Champasak", venue="Pakse hall", audience_female=18,
        audience_male=22, audience_other=1, organisations=6)


def test_an_event_is_recorded_with_the_keyboard_and_enter_saves_only_a_valid_one(
        window: Any, ctx: AppContext, qtbot: Any) -> None:
    db = ctx.db
    silk = db.smes.create({"name": "Angkor Silk Weaving", "name_local": "អង្គរសូត្រ",
                           "province": "Siem Reap"})[0].record_id
    pepper = db.smes.create({"name": "Kampot Pepper Farm"})[0].record_id
    view = events_tab(window, qtbot)
    assert view.empty_label.isVisible() and "Ctrl+N" in view.empty_label.text()
    steps = window.undo_stack.count()

    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible()
    assert window.training.workshop_dialog is None  # Ctrl+N here makes an event
    activate(qtbot, dialog)
    assert dialog.focusWidget() is dialog.kind_combo
    # Enter with nothing chosen: the dialog stays, each problem under its field.
    qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error_labels["kind"].isVisible()
    assert dialog.error_labels["kind"].text() == "Choose the kind of event."
    assert dialog.error_labels["title"].text() == "Enter a title."
    assert dialog.focusWidget() is dialog.kind_combo  # the first field with a problem

    qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Down)
    assert dialog.kind_combo.currentData() == "road_show"
    assert not dialog.error_labels["kind"].isVisible()  # cleared as it is put right
    qtbot.keyClicks(dialog.title_edit, "Road show: selling crafts online")
    start = dialog.start_edit.date()
    dialog.end_edit.setDate(start.addDays(-1))
    qtbot.keyClicks(dialog.country_combo, "Cam")
    assert dialog.country_combo.currentData() == "KH"
    qtbot.keyClicks(dialog.lines["province"], "Siem Reap")
    qtbot.keyClicks(dialog.lines["organiser"], "Provincial chamber")
    qtbot.keyClicks(dialog.lines["audience_female"], "64")
    qtbot.keyClicks(dialog.lines["audience_male"], "1,051")
    qtbot.keyClicks(dialog.lines["audience_other"], "lots")
    assert dialog.total_label.text() == "1,115"  # in all, as typed
    # Two SMEs found by typing and taken with Enter; Enter there does not save.
    dialog.sme_search.setFocus()
    qtbot.keyClicks(dialog.sme_search, "silk")
    qtbot.keyClick(dialog.sme_search, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.sme_search, "pepper")
    qtbot.keyClick(dialog.sme_search, Qt.Key.Key_Return)
    assert dialog.chosen_smes() == [silk, pepper] and dialog.isVisible()
    assert dialog.sme_search.text() == "" and dialog.sme_count.text().startswith("2 SME")
    # One taken by mistake goes with Del.
    dialog.sme_list.setCurrentRow(1)
    dialog.sme_list.setFocus()
    qtbot.keyClick(dialog.sme_list, Qt.Key.Key_Delete)
    assert dialog.chosen_smes() == [silk]

    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and db.events.query() == []
    assert dialog.error_labels["end_on"].text() == "The last day cannot be before the first."
    assert dialog.error_labels["audience_other"].text() == \
        "Enter a whole number, for example 12."
    dialog.end_edit.setDate(start.addDays(2))
    assert dialog.days_label.text().startswith("3 day")
    dialog.lines["audience_other"].clear()
    qtbot.keyClick(dialog.lines["audience_other"], Qt.Key.Key_Return)
    assert not dialog.isVisible()

    [event] = db.events.query()
    assert (event.kind, event.title, event.country, event.province, event.organiser) == (
        "road_show", "Road show: selling crafts online", "KH", "Siem Reap",
        "Provincial chamber")
    assert (event.audience_female, event.audience_male, event.audience_other) == (64, 1051, None)
    assert event.held_on == start.toString(Qt.DateFormat.ISODate)
    assert event.end_on == start.addDays(2).toString(Qt.DateFormat.ISODate)
    assert event.sme_ids == (silk,)
    assert window.undo_stack.count() == steps + 1
    assert texts(view.proxy, view.model.column("title")) == ["Road show: selling crafts online"]
    assert view.selected_id() == event.id
    assert "Angkor Silk Weaving" in view.details.text()
    assert "1,115" in view.totals_label.accessibleName() and not view.empty_label.isVisible()
    assert db.outbox.for_record("events", event.id)  # waiting for sync

    # Ctrl+Z takes it back, Ctrl+Shift+Z brings it again.
    activate(qtbot, window)
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert db.events.query() == [] and view.model.rowCount() == 0
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert [e.id for e in db.events.query()] == [event.id]


def test_esc_never_drops_what_was_typed_without_asking(window: Any, ctx: AppContext,
                                                       qtbot: Any, questions: Questions) -> None:
    view = events_tab(window, qtbot)
    view.new_event()
    dialog = view.dialog
    activate(qtbot, dialog)
    qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Escape)  # nothing typed: closes, no question
    assert not dialog.isVisible() and questions.asked == []

    view.new_event()
    dialog = view.dialog
    activate(qtbot, dialog)
    qtbot.keyClicks(dialog.title_edit, "Launch of the provincial portal")
    questions.answers.append(QMessageBox.StandardButton.No)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    assert questions.asked == ["Discard your changes?"] and dialog.isVisible()
    assert dialog.title_edit.text() == "Launch of the provincial portal"
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)  # Yes this time
    assert not dialog.isVisible() and ctx.db.events.query() == []


def test_an_edit_is_one_step_to_undo(window: Any, ctx: AppContext, qtbot: Any) -> None:
    eid = add(ctx.db, title="Seminar on e-marketplaces", kind="seminar")
    view = events_tab(window, qtbot)
    view.select_id(eid)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # Enter on a line opens it
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible()
    activate(qtbot, dialog)
    assert dialog.title_edit.text() == "Seminar on e-marketplaces"
    assert dialog.kind_combo.currentData() == "seminar"
    dialog.title_edit.clear()
    qtbot.keyClicks(dialog.title_edit, "Seminar on e-marketplaces, Battambang")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    assert ctx.db.events.get(eid).title == "Seminar on e-marketplaces, Battambang"
    activate(qtbot, window)
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ctx.db.events.get(eid).title == "Seminar on e-marketplaces"
    assert texts(view.proxy, view.model.column("title")) == ["Seminar on e-marketplaces"]


def test_filters_narrow_the_list_and_the_totals_follow(window: Any, ctx: AppContext,
                                                       qtbot: Any) -> None:
    three_events(ctx.db)
    view = events_tab(window, qtbot)
    title = view.model.column("title")
    assert texts(view.proxy, title) == ["E-commerce for coffee growers",
                                        "Selling crafts online", "ផ្សព្វផ្សាយតាមវិទ្យុ"]
    assert view.totals_label.accessibleName() == (
        f"{events(3)} · audience 156: 82 women, 73 men, 1 other or not recorded · "
        "23 organisations · media reach 120,000")
    assert texts(view.proxy, view.model.column("audience")) == ["41", "115", "0"]

    view.search.setText("chamber")  # the organiser
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 1)
    assert texts(view.proxy, title) == ["Selling crafts online"]
    assert view.totals_label.accessibleName().startswith(f"{events(1)} · audience 115:")
    view.search.clear()
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 3)

    view.kind_filter.setCurrentIndex(view.kind_filter.findData("media_campaign"))
    assert texts(view.proxy, title) == ["ផ្សព្វផ្សាយតាមវិទ្យុ"]
    assert view.totals_label.accessibleName().endswith("media reach 120,000")
    view.kind_filter.setCurrentIndex(0)
    view.country_filter.setCurrentIndex(view.country_filter.findData("KH"))
    provinces = [view.province_filter.itemText(i) for i in range(view.province_filter.count())]
    assert provinces == ["Any province", "Phnom Penh", "Siem Reap"]
    view.province_filter.setCurrentIndex(view.province_filter.findData("Siem Reap"))
    assert texts(view.proxy, title) == ["Selling crafts online"]
    view.country_filter.setCurrentIndex(0)
    view.province_filter.setCurrentIndex(0)

    periods = [view.period_filter.itemText(i) for i in range(view.period_filter.count())]
    this_year = str(datetime.date.today().year)
    assert periods[:3] == ["Any time", "This quarter", "Last quarter"]
    assert {this_year, "2025", "2024"} <= set(periods) and periods[-1] == "Dates…"
    view.period_filter.setCurrentIndex(view.period_filter.findText("2024"))
    assert texts(view.proxy, title) == ["ផ្សព្វផ្សាយតាមវិទ្យុ"]
    view.period_filter.setCurrentIndex(view.period_filter.findText("Dates…"))
    assert view.from_edit.isVisible() and view.to_edit.isVisible()
    view.from_edit.setDate(datetime.date(2024, 12, 1))
    view.to_edit.setDate(datetime.date(2025, 3, 10))
    # The campaign ran into December; the road show began on the last day of the range.
    assert texts(view.proxy, title) == ["Selling crafts online", "ផ្សព្វផ្សាយតាមវិទ្យុ"]

    # Sorted by a count, as numbers.
    view.period_filter.setCurrentIndex(0)
    view.table.sortByColumn(view.model.column("audience"), Qt.SortOrder.DescendingOrder)
    assert texts(view.proxy, title)[0] == "Selling crafts online"


def test_delete_undo_and_restore_from_the_deleted_list(window: Any, ctx: AppContext,
                                                       qtbot: Any) -> None:
    eid = add(ctx.db, title="Launch of the Lao e-marketplace", kind="launch", country="LA")
    view = events_tab(window, qtbot)
    view.select_id(eid)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert ctx.db.events.query() == [] and "Undo with Ctrl+Z" in view.info.text()
    assert view.totals_label.accessibleName().startswith(f"{events(0)} · audience 0:")
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [e.id for e in ctx.db.events.query()] == [eid]
    view.select_id(eid)
    view.delete_selected()
    view.kind_filter.setCurrentIndex(view.kind_filter.findData("__deleted__"))
    assert view.proxy.rowCount() == 1 and view.restore_action.isVisible()
    assert not view.delete_action.isVisible()
    view.select_id(eid)
    view.restore_selected()
    assert [e.id for e in ctx.db.events.query()] == [eid]


def test_workshops_and_events_share_the_area_and_ctrl_n_follows_the_tab(
        window: Any, qtbot: Any) -> None:
    area = window.training
    window.show_area(TRAINING)
    activate(qtbot, window)
    assert area.tabs.currentIndex() == 0 and area.stack.currentIndex() == 0
    area.table.setFocus()
    qtbot.keyClick(area.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert area.workshop_dialog is not None and area.events.dialog is None
    area.workshop_dialog.done(0)
    view = events_tab(window, qtbot)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert view.dialog is not None and view.dialog.isVisible()
    view.dialog.done(0)
    area.tabs.setCurrentIndex(0)
    assert area.new_action.isEnabled()


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_of_the_filtered_list_reads_back_in_the_ui_language(
        ctx: AppContext, qtbot: Any, tmp_path: Path, suffix: str) -> None:
    three_events(ctx.db)
    ctx.set_language("km")
    window = ctx.open_window()
    view = events_tab(window, qtbot)
    view.country_filter.setCurrentIndex(view.country_filter.findData("KH"))
    out = tmp_path / f"events{suffix}"
    view.export_to(out)
    qtbot.waitUntil(lambda: out.exists() and view.info.text() != "", timeout=10_000)
    if suffix == ".csv":
        with open(out, encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
    else:
        sheet = openpyxl.load_workbook(out).active
        rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    header, *lines = rows
    title, economy = "ចំណងជើង", QCoreApplication.translate("Country", "Cambodia")
    assert title in header and economy != "Cambodia"  # Khmer headers and economies
    records = [dict(zip(header, line, strict=True)) for line in lines]
    assert sorted(r[title] for r in records) == ["Selling crafts online", "ផ្សព្វផ្សាយតាមវិទ្យុ"]
    assert {r[QCoreApplication.translate("Field", "Economy")] for r in records} == {economy}
    kind = QCoreApplication.translate("Field", "Kind")
    assert {r[kind] for r in records} == {
        QCoreApplication.translate("Events", "Road show"),
        QCoreApplication.translate("Events", "Media campaign")}
    women = QCoreApplication.translate("Field", "Women")
    assert sorted(str(r[women] or "") for r in records) == ["", "64"]


def test_a_headquarters_laptop_names_and_filters_agencies(ctx: AppContext, qtbot: Any) -> None:
    db = ctx.db
    for agency, title in (("kh-sr", "Road show, Siem Reap"), ("la-vt", "Launch, Vientiane")):
        db.set_meta_atomic("agency_id", agency)
        add(db, title=title)
    db.set_meta_atomic("agency_id", "hq")
    db.set_meta_atomic("agency_hq", "1")
    for code, name in NAMES.items():
        db.agencies.save(None, {"agency": code, "name": name})
    window = ctx.open_window()
    view = events_tab(window, qtbot)
    column = view.model.column("agency")
    assert view.proxy.headerData(column, Qt.Orientation.Horizontal) == "Agency"
    assert sorted(texts(view.proxy, column)) == sorted(NAMES.values())
    combo = view.agency_filter
    assert combo is not None and combo.isVisible()
    combo.setCurrentIndex(combo.findData("la-vt"))
    assert texts(view.proxy, view.model.column("title")) == ["Launch, Vientiane"]


def test_an_agency_laptop_has_no_agency_column(window: Any, qtbot: Any) -> None:
    view = events_tab(window, qtbot)
    assert view.agency_filter is None and view.model.column("agency") == -1
    headers = [view.proxy.headerData(c, Qt.Orientation.Horizontal)
               for c in range(view.proxy.columnCount())]
    assert headers == ["Kind", "Event", "Dates", "Place", "Women", "Men", "Audience",
                       "Organisations", "Media reach"]


def test_the_table_model_keeps_qt_rules(qtmodeltester: Any, db: Database) -> None:
    three_events(db)
    model = EventTableModel(agency_column=True)
    model.set_rows(db.events.query())
    qtmodeltester.check(model)
