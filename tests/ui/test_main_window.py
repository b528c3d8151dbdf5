"""Drive the real window: create, search, edit, delete, undo, switch language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from gmsdesk.storage.smes import SmeQuery
from gmsdesk.ui.application import AppContext


def wait_loaded(qtbot: Any, window: Any) -> None:
    qtbot.waitUntil(lambda: not window.smes.model.loading and
                    not window.smes._search_timer.isActive())


def activate(qtbot: Any, widget: Any) -> None:
    """Shortcuts only reach the active window, as for a person at the keyboard."""
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def fill(dialog: Any, **values: str) -> None:
    for name, text in values.items():
        editor = dialog.editors[name]
        assert isinstance(editor, QLineEdit)
        editor.setText(text)


def test_window_has_one_area_each_and_an_honest_status_bar(window: Any) -> None:
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels == ["SMEs", "Training", "Surveys", "Network", "Reports", "Sync", "Settings"]
    assert window.pending_label.text() == "0 changes waiting for sync"
    assert window.sync_label.text() == "Sync not set up"


def test_create_search_edit_delete_undo(window: Any, ctx: AppContext, qtbot: Any) -> None:
    area = window.smes
    activate(qtbot, window)
    # Create with the keyboard: Ctrl+N, type, Ctrl+S.
    qtbot.keyClick(area.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = area.form_dialog
    assert dialog is not None and dialog.isVisible()
    activate(qtbot, dialog)
    qtbot.keyClicks(dialog.editors["name"], "Cong ty")  # QTest types ASCII only
    fill(dialog, name="Công ty TNHH Gốm sứ Bát Tràng", name_local="陶瓷厂",
         phone="+84 912 345 678", employees_total="25")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    wait_loaded(qtbot, window)
    assert area.model.total == 1
    assert window.pending_label.text() == "1 change waiting for sync"
    sme_id = area.model.sme_at(0).id
    for other in ("Angkor Silk", "Mekong Rice Mill"):
        ctx.db.smes.create({"name": other})
    ctx.bus.publish_reload("smes")
    wait_loaded(qtbot, window)
    assert area.model.total == 3

    # Search as you type, ignoring case and Vietnamese diacritics.
    qtbot.keyClicks(area.search, "cong ty")
    wait_loaded(qtbot, window)
    assert area.model.total == 1 and area.model.sme_at(0).id == sme_id
    assert area.count_label.text() == "1 SME"

    # Edit: Enter on the selected row opens the form, prefilled.
    activate(qtbot, window)
    qtbot.keyClick(area.search, Qt.Key.Key_Return)  # moves to the first row
    qtbot.keyClick(area.table, Qt.Key.Key_Return)
    dialog = area.form_dialog
    activate(qtbot, dialog)
    assert dialog.editors["name"].text() == "Công ty TNHH Gốm sứ Bát Tràng"
    fill(dialog, phone="0912 000 111")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: area.model.sme_at(0).phone == "0912 000 111")
    activate(qtbot, window)
    assert ctx.db.smes.get(sme_id).phone == "0912 000 111"

    # Undo the edit with Ctrl+Z.
    qtbot.keyClick(area.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: area.model.sme_at(0).phone == "+84 912 345 678")

    # Delete goes to a tombstone; the info bar offers Undo; Ctrl+Z brings it back.
    area.select_id(area.model.sme_at(0).id)
    qtbot.keyClick(area.table, Qt.Key.Key_Delete)
    wait_loaded(qtbot, window)
    assert area.model.total == 0
    assert area.info.isVisible() and "Ctrl+Z" in area.info.text()
    assert ctx.db.smes.count(SmeQuery(deleted=True)) == 1
    area.info_undo.click()
    wait_loaded(qtbot, window)
    assert area.model.total == 1 and ctx.db.smes.get(sme_id).deleted == 0

    # Deleted SMEs can be found and restored later too.
    area.select_id(area.model.sme_at(0).id)
    area.delete_selected()
    area.search.clear()
    area.show_deleted.setChecked(True)
    wait_loaded(qtbot, window)
    assert [area.model.sme_at(i).id for i in range(area.model.rowCount())] == [sme_id]
    area.select_id(area.model.sme_at(0).id)
    assert area.restore_action.isEnabled()
    area.restore_action.trigger()
    area.show_deleted.setChecked(False)
    wait_loaded(qtbot, window)
    assert area.model.total == 3
    # Every one of those edits is queued for sync.
    ops = [e.op for e in ctx.db.outbox.for_record("smes", sme_id)]
    assert ops == ["insert", "update", "update", "delete", "undelete", "delete", "undelete"]


def test_filters_and_sort(window: Any, ctx: AppContext, qtbot: Any) -> None:
    ctx.db.smes.create_many([
        {"name": "Angkor Silk", "sector": "handicrafts", "country": "KH",
         "province": "Siem Reap", "employees_total": 40, "uses_website": True},
        {"name": "Bayon Tours", "sector": "tourism", "country": "KH", "province": "Siem Reap",
         "employees_total": 5},
        {"name": "Lanna Weaving", "sector": "handicrafts", "country": "TH",
         "province": "Chiang Mai", "employees_total": 12},
    ])
    ctx.bus.publish_reload("smes")
    area = window.smes
    wait_loaded(qtbot, window)
    area.sector_filter.setCurrentIndex(area.sector_filter.findData("handicrafts"))
    wait_loaded(qtbot, window)
    assert area.model.total == 2
    area.country_filter.setCurrentIndex(area.country_filter.findData("KH"))
    wait_loaded(qtbot, window)
    assert area.model.total == 1
    assert [area.province_filter.itemData(i) for i in range(area.province_filter.count())] == [
        None, "Siem Reap"]
    area.sector_filter.setCurrentIndex(0)
    area.country_filter.setCurrentIndex(0)
    area.ict_filter.setCurrentIndex(area.ict_filter.findData(2))
    wait_loaded(qtbot, window)
    assert area.model.total == 1
    area.ict_filter.setCurrentIndex(0)
    column = 7  # employees
    area.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    wait_loaded(qtbot, window)
    assert [area.model.sme_at(i).employees_total for i in range(3)] == [40, 12, 5]


def test_lazy_loading_fetches_more_pages_as_you_scroll(window: Any, ctx: AppContext,
                                                       qtbot: Any) -> None:
    ctx.db.smes.create_many({"name": f"Shop {i:04d}"} for i in range(650))
    ctx.bus.publish_reload("smes")
    area = window.smes
    wait_loaded(qtbot, window)
    assert area.model.total == 650 and area.model.rowCount() == 200
    while area.model.canFetchMore():
        area.model.fetchMore()
        qtbot.waitUntil(lambda: not area.model.loading)
    assert area.model.rowCount() == 650
    assert area.model.sme_at(649).name == "Shop 0649"


def test_export_the_filtered_list(window: Any, ctx: AppContext, qtbot: Any,
                                  tmp_path: Path) -> None:
    from gmsdesk import transfer

    ctx.db.smes.create_many([{"name": "Angkor Silk"}, {"name": "Mekong Rice"}])
    ctx.bus.publish_reload("smes")
    area = window.smes
    area.search.setText("silk")
    area.apply_filters()
    wait_loaded(qtbot, window)
    out = tmp_path / "silk.xlsx"
    task = area.export_to(out)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    table = transfer.read_table(out)
    assert [r[1] for r in table.rows] == ["Angkor Silk"]
    assert "Exported 1 SME" in area.info.text()


def test_switch_language_applies_without_restart(window: Any, ctx: AppContext,
                                                 qtbot: Any) -> None:
    ctx.db.smes.create({"name": "Angkor Silk", "employees_total": 1200, "sector": "tourism"})
    settings = window.areas[-1][1]
    settings.language.setCurrentIndex(settings.language.findData("my"))
    settings.apply_language.click()
    new = ctx.window
    assert new is not window and new.isVisible() and not window.isVisible()
    qtbot.waitUntil(lambda: not new.smes.model.loading and new.smes.model.rowCount() == 1)
    assert ctx.settings.language == "my"
    assert new.nav.item(0).text() != "SMEs"  # translated
    assert new.smes.new_action.text() != "New SME"
    assert new.smes.model.index(0, 7).data() == "၁,၂၀၀"  # Burmese digits
    assert new.smes.model.index(0, 2).data() == "ခရီးသွားလုပ်ငန်း"  # sector from the seed data
    assert new.pending_label.text() != "1 change waiting for sync"
