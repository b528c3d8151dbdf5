"""The Sync area says what sync could not store, and conflicts read in words for any type."""

from __future__ import annotations

from typing import Any

from gmsdesk.sync.hlc import pack, wall_ms
from gmsdesk.ui.conflicts import ValueFormatter
from tests.ui.test_sync_ui import SYNC_AREA


def _enrol(ctx: Any) -> None:
    from gmsdesk.storage.sync_store import Enrolment

    ctx.db.sync.save_enrolment(Enrolment("http://127.0.0.1:9", "t", "dev-here", "kh-sr",
                                         "Siem Reap Provincial Chamber of Commerce"))


def test_values_held_back_and_refused_are_shown_in_the_sync_area(window: Any, ctx: Any,
                                                                  qtbot: Any) -> None:
    _enrol(ctx)
    db = ctx.db
    sme_id = db.smes.create({"name": "Angkor Silk"})[0].record_id
    now = pack(wall_ms(), 0)
    db.sync.apply_remote([["smes", sme_id, "employees_total", 2 ** 70, now, 0],
                          ["smes", sme_id, "uses_fax", None, now, 0],
                          ["smes", sme_id, "district", "Puok", now, 0]], ["other"], 5)
    db.sync.acknowledge(0, [["smes", sme_id, "phone", 12345678, now]],
                        [["smes", sme_id, "phone", "expected text, got int"]])
    window.show_area(SYNC_AREA)
    area = window.sync
    area.refresh()
    # Two held back (a plural) and one refused (a singular), in the English plural forms.
    assert area.held_value.text() == (
        "2 changes received could not be stored on this computer: kept here, to be applied "
        "after an update of GMS Desk. "
        "1 change was refused by headquarters and not sent again.")
    lines = [area.held_list.item(i).text() for i in range(area.held_list.count())]
    assert lines == [  # newest first, held back before refused
        "SME: Angkor Silk — Fax (received): required",
        "SME: Angkor Silk — Employees (received): 1180591620717411303424 is outside 0..10000000",
        "SME: Angkor Silk — Phone (refused): expected text, got int"]
    assert area.held_list.isVisibleTo(area)
    assert db.smes.get(sme_id).district == "Puok"  # the rest of the page was applied


def test_a_conflict_on_a_service_reads_in_words(ctx: Any) -> None:
    db = ctx.db
    sme_id = db.smes.create({"name": "Angkor Silk", "province": "Siem Reap"})[0].record_id
    service_id = db.training.add_service(sme_id, {
        "type": "website", "delivered_on": "2026-11-03", "fee": 150,
        "currency": "USD"})[0].record_id
    formatter = ValueFormatter(db)
    assert formatter.describe("services", service_id) == \
        "E-business service: Website set-up, 03/11/2026, Angkor Silk, Siem Reap"
    assert formatter.field_label("services", "type") == "Service"
    assert formatter.value("services", "type", "translation") == "Translation"
    assert formatter.value("people", "gender", "female") == "Female"
    assert formatter.value("attendance", "present", 1) == "Yes"
    assert formatter.value("services", "sme_id", sme_id) == "Angkor Silk, Siem Reap"
