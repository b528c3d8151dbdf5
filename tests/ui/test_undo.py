"""One undo queue per window, and the generic commands over the record writer: what an undo
or a redo puts back is what storage then holds."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from gmsdesk.storage.errors import NotFound
from gmsdesk.storage.records import Change
from gmsdesk.ui.application import AppContext
from gmsdesk.ui.undo import CreateRecord, DeleteRecords, EditRecord


def activate(qtbot: Any, widget: Any) -> None:
    """Shortcuts only reach the active window, as for a person at the keyboard."""
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def test_one_undo_stack_for_the_whole_window(window: Any, ctx: AppContext, qtbot: Any) -> None:
    db, stack = ctx.db, window.undo_stack
    smes, training = window.smes, window.training
    assert smes.undo_stack is stack and training.undo_stack is stack
    assert training.page.undo_stack is stack and training.page.attendance.undo_stack is stack
    sme = db.smes.create({"name": "Angkor Silk", "country": "KH"})[0].record_id
    wid = db.training.create_workshop({"title": "Selling online", "track": "basic",
                                       "start_date": "2025-03-10",
                                       "end_date": "2025-03-11"})[0].record_id
    ctx.bus.publish_reload("smes")
    qtbot.waitUntil(lambda: not smes.model.loading and smes.model.total == 1)

    # A service added in the per-SME view (a dialog of its own, with its own Ctrl+Z) ...
    smes.select_id(sme)
    smes.open_activity()
    view = smes.activity_dialog
    assert view.undo_stack is stack
    view.add_service()
    form = view.editor
    form.type_combo.setCurrentIndex(form.type_combo.findData("listing"))
    form._save()
    [service] = db.training.services(sme)
    assert view.undo_button.text() == "Undo"
    assert "add service" in view.undo_button.toolTip()  # names the step it takes back
    view.close()
    # ... then the SME deleted from its list, then the workshop from the Training list.
    smes.select_id(sme)
    smes.delete_selected()
    window.show_area(1)
    training.reload()
    training.select_id(wid)
    training.delete_selected()
    assert [stack.text(i) for i in range(stack.count())] == [
        "add service", "delete 1 SME", "delete “Selling online”"]
    assert db.smes.get(sme).deleted and db.training.workshops() == []

    # Ctrl+Z anywhere in the window takes back the last step, whichever area took it.
    activate(qtbot, window)
    qtbot.keyClick(training.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [w.id for w in db.training.workshops()] == [wid] and db.smes.get(sme).deleted
    qtbot.keyClick(training.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not db.smes.get(sme).deleted and [s.id for s in db.training.services(sme)] == [
        service.id]
    window.undo_action.trigger()
    assert db.training.services(sme) == [] and not stack.canUndo()
    # Ctrl+Shift+Z goes forward again.
    qtbot.keyClick(training.table, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [s.id for s in db.training.services(sme)] == [service.id]


def test_delete_edit_and_create_come_back_as_stored(ctx: AppContext, qtbot: Any) -> None:
    db, bus = ctx.db, ctx.bus
    stack = QUndoStack()
    published: list[list[Change]] = []
    bus.changes_applied.connect(published.append)
    sme = db.smes.create({"name": "Angkor Silk", "phone": "012 345 678",
                          "employees_total": 12})[0].record_id

    # An edit: only what differs, and undo writes what it was.
    typed = db.smes.clean({"name": "Angkor Silk", "phone": "099 888 777",
                           "employees_total": "15"})
    edit = EditRecord.of(db, bus, db.smes.spec, sme, typed, "edit")
    assert edit.after == {"phone": "099 888 777", "employees_total": 15}
    assert edit.before == {"phone": "012 345 678", "employees_total": 12}
    stack.push(edit)
    assert (db.smes.get(sme).phone, db.smes.get(sme).employees_total) == ("099 888 777", 15)
    stack.undo()
    assert (db.smes.get(sme).phone, db.smes.get(sme).employees_total) == ("012 345 678", 12)
    assert published[-1] == [Change("smes", sme, "update", ("employees_total", "phone"))]
    stack.redo()
    assert db.smes.get(sme).phone == "099 888 777"

    # A delete: a tombstone; undo brings the record back as it was.
    stack.push(DeleteRecords(db, bus, "smes", [sme], "delete"))
    assert db.smes.get(sme).deleted == 1 and db.smes.search("angkor") == []
    stack.undo()
    kept = db.smes.get(sme)
    assert (kept.deleted, kept.phone, kept.employees_total) == (0, "099 888 777", 15)
    assert published[-1] == [Change("smes", sme, "undelete", ("deleted",))]
    stack.redo()
    assert db.smes.get(sme).deleted == 1
    stack.undo()

    # A create: undo tombstones it, redo brings the same record back.
    values = db.training.validate_service({"sme_id": sme, "type": "website",
                                           "delivered_on": "2025-03-20", "fee": "150"})
    create = CreateRecord(db, bus, "services", values, "add service")
    stack.push(create)
    [service] = db.training.services(sme)
    assert (service.id, service.type, service.fee) == (create.record_id, "website", 150.0)
    stack.undo()
    assert db.training.services(sme) == []
    stack.redo()
    assert db.training.services(sme) == [service]
    # Every step was an edit that syncs, never a rollback.
    assert [e.op for e in db.outbox.for_record("services", service.id)] == [
        "insert", "delete", "undelete"]


def test_an_edit_of_a_list_field_comes_back_whole(ctx: AppContext) -> None:
    db, bus = ctx.db, ctx.bus
    wid = db.training.create_workshop({"title": "Selling online", "track": "basic",
                                       "modules": ["B01", "B02"]})[0].record_id
    stack = QUndoStack()
    stack.push(EditRecord.of(db, bus, "workshops", wid,
                             {"title": "Selling online", "modules": ["B02", "B03"]}, "edit"))
    assert db.training.workshop(wid).modules == ("B02", "B03")
    stack.undo()
    assert db.training.workshop(wid).modules == ("B01", "B02")
    assert db.sync.record("workshops", wid)["modules"] == ["B01", "B02"]


def test_a_step_whose_write_fails_is_not_kept(ctx: AppContext) -> None:
    stack = QUndoStack()
    with pytest.raises(NotFound):
        stack.push(DeleteRecords(ctx.db, ctx.bus, "smes", ["no-such-sme"], "delete"))
    assert stack.count() == 0 and not stack.canUndo()
