"""The Services and Inquiries tabs of the SMEs area, in the real window: filters, sort, the
totals at the foot, the SME opened from a row, exports read back, a headquarters laptop's
agency column and filter, labels in the chosen language."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt

from gmsdesk.storage.db import Database
from gmsdesk.ui.application import AppContext

SIEM_REAP = "Siem Reap Provincial Chamber of Commerce"


def seed(db: Database) -> dict[str, str]:
    """Three SMEs with services and inquiries; name -> id."""
    smes = {}
    for values in ({"name": "Angkor Silk", "country": "KH", "province": "Siem Reap",
                    "sector": "handicrafts"},
                   {"name": "Bayon Tours", "country": "KH", "province": "Siem Reap",
                    "sector": "tourism"},
                   {"name": "Pu'er Tea House", "name_local": "普洱茶庄", "country": "YN",
                    "province": "Pu'er", "sector": "agri_food"}):
        smes[values["name"]] = db.smes.create(values)[0].record_id
    silk, tours, tea = smes.values()
    training = db.training
    training.add_service(silk, {"type": "website", "delivered_on": "2024-01-10",
                                "staff": "Sokha Chan", "fee": 150, "currency": "USD",
                                "paid": True})
    training.add_service(silk, {"type": "translation", "delivered_on": "2024-02-05",
                                "staff": "Dara Keo", "fee": 50, "currency": "USD"})
    training.add_service(tours, {"type": "advice", "delivered_on": "2024-03-01",
                                 "staff": "Sokha Chan", "fee": 0, "currency": "USD"})
    training.add_service(tea, {"type": "listing", "delivered_on": "2024-04-01",
                               "staff": "Li Wei", "fee": 2000, "currency": "CNY",
                               "paid": True})
    training.add_inquiry(silk, {"received_on": "2024-02-01", "channel": "email",
                                "from_country": "JP", "outcome": "order",
                                "order_value": 900, "currency": "USD"})
    training.add_inquiry(silk, {"received_on": "2024-02-02", "channel": "phone",
                                "from_country": "KH"})
    training.add_inquiry(tea, {"received_on": "2024-03-03", "channel": "emarketplace",
                               "from_country": "CN"})
    training.add_inquiry(tea, {"received_on": "2024-03-04", "channel": "email"})
    return smes


def show_tab(qtbot: Any, window: Any, index: int) -> Any:
    area = window.smes
    area.tabs.setCurrentIndex(index)
    view = (area.services_tab if index == 1 else area.inquiries_tab).view
    wait(qtbot, view)
    return view


def wait(qtbot: Any, view: Any) -> None:
    qtbot.waitUntil(lambda: not view._search_timer.isActive() and not view.model.loading
                    and view.model.totals is not None)


def shown(view: Any, key: str) -> list[str]:
    model = view.model
    column = model.sort_keys.index(key)
    return [model.index(row, column).data() for row in range(model.rowCount())]


@pytest.fixture
def seeded(ctx: AppContext) -> dict[str, str]:
    return seed(ctx.db)


def test_the_sme_list_keeps_its_tab_and_the_others_read_nothing_until_shown(
        window: Any, seeded: dict[str, str]) -> None:
    area = window.smes
    assert [area.tabs.tabText(i) for i in range(area.tabs.count())] == [
        "SMEs", "Services", "Inquiries"]
    assert area.tabs.currentWidget() is area.sme_page
    assert area.services_tab._view is None and area.inquiries_tab._view is None


def test_services_filter_sort_and_total(window: Any, qtbot: Any,
                                        seeded: dict[str, str]) -> None:
    view = show_tab(qtbot, window, 1)
    assert shown(view, "sme") == ["Pu'er Tea House", "Bayon Tours", "Angkor Silk",
                                  "Angkor Silk"]  # newest first
    assert shown(view, "type")[0] == "Catalogue or e-marketplace listing"
    assert shown(view, "fee") == ["2,000.00 CNY", "Free", "50.00 USD", "150.00 USD"]
    assert shown(view, "paid") == ["Paid", "", "Not paid", "Paid"]
    totals = view.totals_label.text()
    assert totals.startswith("4 service")
    assert "3 with a fee, 1 free" in totals
    assert "200.00 USD (paid 150.00, not paid 50.00)" in totals
    assert "2,000.00 CNY (paid 2,000.00, not paid 0.00)" in totals

    view.country_filter.setCurrentIndex(view.country_filter.findData("KH"))
    wait(qtbot, view)
    assert view.model.total == 3
    assert "CNY" not in view.totals_label.text()
    view.code_combos["type"].setCurrentIndex(view.code_combos["type"].findData("translation"))
    wait(qtbot, view)
    assert shown(view, "sme") == ["Angkor Silk"]
    view.code_combos["type"].setCurrentIndex(0)
    view.staff_filter.setText("SOKHA")
    view.apply_filters()
    wait(qtbot, view)
    assert shown(view, "date") == ["01/03/2024", "10/01/2024"]  # en_GB short dates
    view.date_from.setDate(QDate(2024, 2, 1))
    wait(qtbot, view)
    assert shown(view, "sme") == ["Bayon Tours"]
    view.clear_filters()
    wait(qtbot, view)
    assert view.model.total == 4
    view.search.setText("silk")
    view.apply_filters()
    wait(qtbot, view)
    assert shown(view, "sme") == ["Angkor Silk", "Angkor Silk"]
    view.search.setText("")
    view.apply_filters()
    wait(qtbot, view)
    view.table.sortByColumn(view.model.sort_keys.index("sme"), Qt.SortOrder.AscendingOrder)
    wait(qtbot, view)
    assert shown(view, "sme") == ["Angkor Silk", "Angkor Silk", "Bayon Tours",
                                  "Pu'er Tea House"]


def test_inquiries_from_abroad_and_at_home(window: Any, qtbot: Any,
                                           seeded: dict[str, str]) -> None:
    view = show_tab(qtbot, window, 2)
    # Pu'er is in Yunnan: an inquiry from China is domestic.
    assert shown(view, "from_country") == ["", "China · Domestic", "Cambodia · Domestic",
                                           "Japan · Abroad"]
    assert shown(view, "order_value") == ["", "", "", "900.00 USD"]
    totals = view.totals_label.text()
    assert totals.startswith("4 inquir")
    assert "1 from abroad, 2 domestic, 1 not known" in totals
    assert totals.endswith(": 900.00 USD")
    origin = view.code_combos["origin"]
    origin.setCurrentIndex(origin.findData("domestic"))
    wait(qtbot, view)
    assert shown(view, "sme") == ["Pu'er Tea House", "Angkor Silk"]
    channel = view.code_combos["channel"]
    channel.setCurrentIndex(channel.findData("phone"))
    wait(qtbot, view)
    assert view.model.total == 1


def test_enter_or_a_double_click_opens_the_sme(window: Any, qtbot: Any,
                                               seeded: dict[str, str]) -> None:
    view = show_tab(qtbot, window, 1)
    assert not view.open_action.isEnabled()
    view.table.setFocus()
    view.table.selectRow(0)
    assert view.open_action.isEnabled()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    dialog = window.smes.form_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.editors["name"].text() == "Pu'er Tea House"
    dialog.reject()
    rect = view.table.visualRect(view.model.index(2, 1))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.smes.form_dialog is not dialog)
    again = window.smes.form_dialog
    assert again.isVisible() and again.editors["name"].text() == "Angkor Silk"
    again.reject()


def test_a_change_elsewhere_shows_in_the_list(window: Any, ctx: AppContext, qtbot: Any,
                                              seeded: dict[str, str]) -> None:
    view = show_tab(qtbot, window, 1)
    changes = ctx.db.training.add_service(seeded["Bayon Tours"], {
        "type": "content", "delivered_on": "2024-05-01", "fee": 10, "currency": "USD"})
    ctx.bus.publish(changes)
    qtbot.waitUntil(lambda: view.model.total == 5 and not view.model.loading)
    wait(qtbot, view)
    assert shown(view, "type")[0] == "Content creation"
    assert "210.00 USD" in view.totals_label.text()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_the_filtered_list_with_labels(window: Any, qtbot: Any, tmp_path: Path,
                                              seeded: dict[str, str], suffix: str) -> None:
    view = show_tab(qtbot, window, 1)
    view.country_filter.setCurrentIndex(view.country_filter.findData("KH"))
    wait(qtbot, view)
    out = tmp_path / f"services{suffix}"
    task = view.export_to(out)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    if suffix == ".csv":
        with open(out, encoding="utf-8-sig", newline="") as handle:
            rows: list[list[Any]] = list(csv.reader(handle))
    else:
        workbook = openpyxl.load_workbook(out, read_only=True)
        rows = [["" if v is None else v for v in row]
                for row in workbook.worksheets[0].iter_rows(values_only=True)]
        workbook.close()
    header, body = rows[0], rows[1:]
    assert header[:7] == ["Delivered on", "SME", "Name in local script", "Economy",
                          "Province", "Sector", "Service"]
    assert [r[0] for r in body] == ["2024-03-01", "2024-02-05", "2024-01-10"]
    row = dict(zip(header, body[2], strict=True))
    assert (row["SME"], row["Economy"], row["Sector"], row["Service"], row["Paid"],
            row["Currency"]) == ("Angkor Silk", "Cambodia", "Handicrafts", "Website set-up",
                                 "Paid", "USD")
    assert float(row["Fee"]) == 150
    assert "Exported 3 service" in view.info.text()
    assert not list(tmp_path.glob("*.part"))


def test_headquarters_sees_and_filters_the_agency(ctx: AppContext, qtbot: Any) -> None:
    db = ctx.db
    seed(db)
    db.set_meta_atomic("agency_hq", "1")
    db.agencies.save(None, {"agency": "kh-sr", "name": SIEM_REAP})
    with db.atomic():
        db.conn.execute("UPDATE inquiries SET agency_id = 'kh-sr' WHERE channel = 'email'")
        db.conn.execute("UPDATE inquiries SET agency_id = 'cn-km' WHERE channel != 'email'")
    window: Any = ctx.open_window()
    qtbot.waitUntil(lambda: not window.smes.model.loading)
    view = show_tab(qtbot, window, 2)
    assert view.model.header(view.model.sort_keys.index("agency")) == "Agency"
    assert set(shown(view, "agency")) == {"cn-km", SIEM_REAP}
    combo = view.agency_filter
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All agencies", "cn-km", SIEM_REAP]
    combo.setCurrentIndex(combo.findData("kh-sr"))
    wait(qtbot, view)
    assert view.model.total == 2 and set(shown(view, "agency")) == {SIEM_REAP}


def test_labels_in_the_chosen_language(ctx: AppContext, qtbot: Any) -> None:
    seed(ctx.db)
    ctx.set_language("km")
    window: Any = ctx.open_window()
    qtbot.waitUntil(lambda: not window.smes.model.loading)
    view = show_tab(qtbot, window, 1)
    header = view.model.header(view.model.sort_keys.index("country"))
    assert header and header != "Economy"  # Khmer
    assert "Cambodia" not in shown(view, "country")
    assert shown(view, "type")[0] != "Catalogue or e-marketplace listing"
