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
        "1 change was refused by headquarters: kept here, not sent again.")
    lines = [area.held_list.item(i).text() for i in range(area.held_list.count())]
    assert lines == [  # newest first, held back before refused
        "SME: Angkor Silk — Fax (received): required",
        "SME: Angkor Silk — Employees (received): 1180591620717411303424 is outside 0..10000000",
        "SME: Angkor Silk — Phone “12345678” (refused): expected text, got int"]
    assert area.held_list.isVisibleTo(area)
    assert db.smes.get(sme_id).district == "Puok"  # the rest of the page was applied


def test_refused_changes_can_be_copied_and_discarded(window: Any, ctx: Any, qtbot: Any,
                                                     monkeypatch: Any) -> None:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QMessageBox

    _enrol(ctx)
    db = ctx.db
    sme_id = db.smes.create({"name": "Angkor Silk"})[0].record_id
    now = pack(wall_ms(), 0)
    db.sync.acknowledge(0, [["smes", sme_id, "name", "Stolen", now],
                            ["smes", sme_id, "phone", "012 345 678", now]],
                        [["smes", sme_id, "name", "belongs to another agency"],
                         ["smes", sme_id, "phone", "published by headquarters: read-only here"]])
    window.show_area(SYNC_AREA)
    area = window.sync
    area.refresh()
    assert area.held_value.text() == \
        "2 changes were refused by headquarters: kept here, not sent again."
    lines = [area.held_list.item(i).text() for i in range(area.held_list.count())]
    assert lines == [
        "SME: Angkor Silk — Phone “012 345 678” (refused): Headquarters published this "
        "record; it cannot be changed here.",
        "SME: Angkor Silk — Business name “Stolen” (refused): This record belongs to "
        "another agency."]
    assert area.copy_held() == "\n".join(lines)
    assert QGuiApplication.clipboard().text() == "\n".join(lines)
    # Cancelled: nothing goes. Then the selected one only.
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert area.discard_refused() == 0 and len(db.sync.refused()) == 2
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    area.held_list.item(1).setSelected(True)
    assert area.discard_refused() == 1
    assert [r.field for r in db.sync.refused()] == ["phone"]
    assert area.held_list.count() == 1


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


def test_a_conflict_names_the_people_and_computers(ctx: Any) -> None:
    db = ctx.db
    sme_id = db.smes.create({"name": "Lao Textile House"})[0].record_id
    at = pack(wall_ms(), 0)
    conflict = {"tbl": "smes", "record_id": sme_id, "field": "phone",
                "winner_value": "021 555 666", "winner_hlc": at, "winner_device": "dev-hq",
                "winner_user": "Bounmy", "loser_value": "021 333 444", "loser_hlc": at - 1,
                "loser_device": db.device_id, "loser_user": "Sokha"}
    db.sync.apply_remote([["conflicts", "c-1", k, v, at, 0] for k, v in conflict.items()],
                         ["server"], 9, device_names=["headquarters server"])
    db.sync.apply_remote([], ["dev-hq"], 9, device_names=["hq-desk"])
    [open_one] = db.sync.open_conflicts()
    row = ValueFormatter(db).row(open_one)
    assert row.winner_from.startswith("Bounmy (hq-desk), ")
    assert row.loser_from.startswith("Sokha (this computer), ")
