"""The per-SME view: modules its people completed, services delivered (undoable), inquiries."""

from __future__ import annotations

import datetime
from typing import Any

from PySide6.QtCore import Qt

from gmsdesk.ui.application import AppContext


def activate(qtbot: Any, widget: Any) -> None:
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def test_sme_activity_view(window: Any, ctx: AppContext, qtbot: Any) -> None:
    db = ctx.db
    sme = db.smes.create({"name": "Mekong Handicrafts", "name_local": "หัตถกรรมแม่โขง",
                          "country": "TH"})[0].record_id
    today = datetime.date.today().isoformat()
    workshop = db.training.create_workshop({"title": "Selling online", "track": "basic",
                                            "start_date": today, "end_date": today})[0].record_id
    modules = db.training.workshop(workshop).modules
    made = db.training.enrol_new(workshop, {"name": "สมชาย ใจดี", "name_latin": "Somchai Jaidee"},
                                 sme_id=sme)
    person = next(c.record_id for c in made if c.table == "people")
    db.training.set_progress(workshop, person, modules[0], "completed", today)
    db.training.set_progress(workshop, person, modules[1], "in_progress", today)
    ctx.bus.publish_reload("smes")
    qtbot.waitUntil(lambda: not window.smes.model.loading and window.smes.model.total == 1)

    # Opened from the SME list with its shortcut.
    area = window.smes
    activate(qtbot, window)
    area.select_id(sme)
    area.table.setFocus()
    qtbot.keyClick(area.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    view = area.activity_dialog
    assert view is not None and view.isVisible()
    [line] = view.training_model.rows
    assert line.person_name == "สมชาย ใจดี" and line.completed == [modules[0]]
    assert view.training_model.data(view.training_model.index(0, 2)) == \
        f"1 of {len(modules)}"
    title = db.training.module_title(modules[0])
    assert view.training_model.data(view.training_model.index(0, 3)) == title
    assert "1 module" in view.training_summary.text()

    # A service: a bad fee is refused in the form, then saved; deleted; undone.
    activate(qtbot, view)
    qtbot.mouseClick(view.add_service_button, Qt.MouseButton.LeftButton)
    form = view.editor
    form.type_combo.setCurrentIndex(form.type_combo.findData("listing"))
    form.fee_edit.setText("-5")
    form._save()
    assert form.isVisible() and form.error_labels["fee"].isVisible()
    form.fee_edit.setText("150")
    form.outcome_edit.setPlainText("12 products listed on the provincial portal")
    form._save()
    assert not form.isVisible()
    services = db.training.services(sme)
    # In baht unless told otherwise: the SME is in Thailand.
    assert [(s.type, s.fee, s.currency) for s in services] == [("listing", 150.0, "THB")]
    assert view.services_model.rowCount() == 1
    view.services_table.selectRow(0)
    qtbot.mouseClick(view.delete_service_button, Qt.MouseButton.LeftButton)
    assert db.training.services(sme) == [] and view.services_model.rowCount() == 0
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [s.id for s in db.training.services(sme)] == [services[0].id]
    assert view.services_model.rowCount() == 1

    # An inquiry from Japan by e-mail; a bad country code is refused.
    qtbot.mouseClick(view.add_inquiry_button, Qt.MouseButton.LeftButton)
    form = view.editor
    form.country_combo.setEditText("ZZ")
    form._save()
    assert form.isVisible() and form.error_labels["from_country"].isVisible()
    assert form.error_labels["channel"].isVisible()  # how it came is never assumed
    form.country_combo.setEditText("jp")  # its code typed counts as the country
    form.channel_combo.setCurrentIndex(form.channel_combo.findData("email"))
    form._save()
    assert [(i.from_country, i.channel) for i in db.training.inquiries(sme)] == [("JP", "email")]
    view.inquiries_table.selectRow(0)
    qtbot.mouseClick(view.delete_inquiry_button, Qt.MouseButton.LeftButton)
    assert db.training.inquiries(sme) == []


def test_an_sme_nobody_trained_says_so_in_words(ctx: AppContext, qtbot: Any) -> None:
    """No "0 persons of this SME known from training. 0 modules completed by 0 of them"."""
    from PySide6.QtGui import QUndoStack

    from gmsdesk.ui.smes.activity import SmeActivityDialog

    sme = ctx.db.smes.create({"name": "Quiet Weavers", "country": "LA"})[0].record_id
    view = SmeActivityDialog(ctx, sme, QUndoStack())
    qtbot.addWidget(view)
    view.reload()
    assert view.training_summary.text() == "Nobody from this SME has been to training yet."
