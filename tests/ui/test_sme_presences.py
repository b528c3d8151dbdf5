"""The SME dialog's online presences, paid fees and what became of inquiries, with real
widgets: keyboard first, problems under their fields, every step undoable."""

from __future__ import annotations

import datetime
from typing import Any

from PySide6.QtCore import QDate, Qt

from gmsdesk.ui.application import AppContext


def save(qtbot: Any, field: Any) -> None:
    """Ctrl+Enter in a field of a record dialog, as a person saves (Enter alone moves on)."""
    dialog = field.window()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def undo(qtbot: Any, widget: Any) -> None:
    """Ctrl+Z in a window, back in front once a dialog closed."""
    widget.window().activateWindow()
    qtbot.waitUntil(widget.window().isActiveWindow)
    qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def activate(qtbot: Any, widget: Any) -> None:
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def open_view(window: Any, ctx: AppContext, qtbot: Any, sme: str) -> Any:
    ctx.bus.publish_reload("smes")
    qtbot.waitUntil(lambda: not window.smes.model.loading and window.smes.model.total >= 1)
    window.smes.select_id(sme)
    window.smes.open_activity()
    view = window.smes.activity_dialog
    activate(qtbot, view)
    return view


def choose(combo: Any, code: str | None) -> None:
    combo.setCurrentIndex(combo.findData(code))


def test_presences_are_added_edited_and_deleted_from_the_keyboard(
        window: Any, ctx: AppContext, qtbot: Any) -> None:
    db = ctx.db
    sme = db.smes.create({"name": "Hội An Lanterns", "country": "VN"})[0].record_id
    view = open_view(window, ctx, qtbot, sme)
    today = datetime.date.today().isoformat()

    # Saving (Ctrl+Enter) an empty form saves nothing: the kind is never assumed.
    qtbot.mouseClick(view.add_presence_button, Qt.MouseButton.LeftButton)
    form = view.editor
    qtbot.waitUntil(form.isVisible)
    save(qtbot, form.name_edit)
    assert form.isVisible() and form.error_labels["kind"].isVisible()
    assert form.error_labels["kind"].text() == "Choose where the SME is online."
    assert form.focusWidget() is form.kind_combo  # the field to fix
    assert db.presences.of_sme(sme) == []
    choose(form.kind_combo, "portal")
    form.name_edit.setText("Viet Nam Trade Portal")
    form.products_edit.setText("many")
    save(qtbot, form.name_edit)
    assert form.isVisible() and form.error_labels["products"].isVisible()
    assert not form.error_labels["kind"].isVisible()
    form.products_edit.setText("8")
    save(qtbot, form.products_edit)
    assert not form.isVisible()
    [presence] = db.presences.of_sme(sme)
    assert (presence.kind, presence.name, presence.status, presence.status_on,
            presence.products) == ("portal", "Viet Nam Trade Portal", "registered", today, 8)
    assert db.smes.get(sme).uses_emarketplace == 1  # the flag follows, in the same step
    model = view.presences_model
    assert [model.data(model.index(0, c)) for c in range(model.columnCount())] == [
        "Agency portal", "Viet Nam Trade Portal", "Registered",
        view.presences_model.columns[3][1](presence), "8"]
    assert view.info.text() == "Online presence added."

    # Esc leaves an edit without writing it.
    view.presences_table.selectRow(0)
    qtbot.mouseClick(view.edit_presence_button, Qt.MouseButton.LeftButton)
    form = view.editor
    qtbot.waitUntil(form.isVisible)
    form.name_edit.setText("Something else")
    qtbot.keyClick(form.name_edit, Qt.Key.Key_Escape)
    assert not form.isVisible()
    assert db.presences.get(presence.id).name == "Viet Nam Trade Portal"

    # Products go on display: the status chosen by keyboard, dated the day it is chosen.
    ctx.bus.publish(db.presences.update(presence.id, {"status_on": "2025-01-10"}))
    view.presences_table.selectRow(0)
    qtbot.mouseClick(view.edit_presence_button, Qt.MouseButton.LeftButton)
    form = view.editor
    qtbot.waitUntil(form.isVisible)
    assert form.since_edit.date() == QDate(2025, 1, 10)
    form.status_combo.setFocus()
    qtbot.keyClick(form.status_combo, Qt.Key.Key_Down)
    assert form.status_combo.currentData() == "displaying"
    assert form.since_edit.date() == QDate.currentDate()
    form.products_edit.setText("24")
    save(qtbot, form.products_edit)
    assert not form.isVisible()
    got = db.presences.get(presence.id)
    assert (got.status, got.status_on, got.products) == ("displaying", today, 24)
    assert model.data(model.index(0, 2)) == "Displaying products"

    # Ctrl+Z takes the edit back, date and all; then a delete, and its undo.
    undo(qtbot, view)
    got = db.presences.get(presence.id)
    assert (got.status, got.status_on, got.products) == ("registered", "2025-01-10", 8)
    view.presences_table.selectRow(0)
    qtbot.mouseClick(view.delete_presence_button, Qt.MouseButton.LeftButton)
    assert db.presences.of_sme(sme) == [] and model.rowCount() == 0
    assert db.smes.get(sme).uses_emarketplace == 1  # a flag is never cleared for the officer
    undo(qtbot, view)
    assert [p.id for p in db.presences.of_sme(sme)] == [presence.id] and model.rowCount() == 1

    # Undoing the add takes back the flag it set.
    assert view.undo_button.text() == "Undo"
    assert "add online presence" in view.undo_button.toolTip()
    undo(qtbot, view)
    assert db.presences.of_sme(sme) == [] and db.smes.get(sme).uses_emarketplace == 0


def test_paid_fees_and_what_became_of_an_inquiry(window: Any, ctx: AppContext,
                                                 qtbot: Any) -> None:
    db = ctx.db
    ctx.set_user_name("Nguyễn Thị Lan")  # as the first start asked: the staff field's name
    sme = db.smes.create({"name": "Hội An Lanterns", "country": "VN"})[0].record_id
    presence = db.presences.add(sme, {"kind": "emarketplace", "name": "Lantern shop"}
                                )[0].record_id
    view = open_view(window, ctx, qtbot, sme)

    # A paid fee, typed as a Vietnamese officer writes it, in dong unless told otherwise.
    qtbot.mouseClick(view.add_service_button, Qt.MouseButton.LeftButton)
    form = view.editor
    qtbot.waitUntil(form.isVisible)
    assert form.currency_edit.text() == "VND"
    choose(form.type_combo, "translation")
    form.fee_edit.setText("1.500.000")
    form.paid_check.setChecked(True)
    save(qtbot, form.fee_edit)
    assert not form.isVisible()
    [service] = db.training.services(sme)
    assert (service.fee, service.currency, service.paid) == (1_500_000, "VND", True)
    model = view.services_model
    assert model.data(model.index(0, 3)) == "1,500,000 VND"
    assert model.data(model.index(0, 4)) == "Yes"
    # Editing it shows the amount as typed, without decimals a dong does not have.
    view.services_table.selectRow(0)
    qtbot.mouseClick(view.edit_service_button, Qt.MouseButton.LeftButton)
    form = view.editor
    assert form.fee_edit.text() == "1,500,000" and form.paid_check.isChecked()
    form.reject()

    # An inquiry through the marketplace listing; an order value needs the outcome "Order".
    qtbot.mouseClick(view.add_inquiry_button, Qt.MouseButton.LeftButton)
    form = view.editor
    qtbot.waitUntil(form.isVisible)
    choose(form.channel_combo, "emarketplace")
    form.country_combo.set_code("JP")
    choose(form.through_combo, f"presence_id:{presence}")
    choose(form.outcome_combo, "in_discussion")
    form.order_edit.setText("30.000.000")
    save(qtbot, form.order_edit)
    assert form.isVisible() and form.error_labels["order_value"].isVisible()
    assert "Order" in form.error_labels["order_value"].text()
    assert db.training.inquiries(sme) == []
    choose(form.outcome_combo, "order")
    save(qtbot, form.order_edit)
    assert not form.isVisible()
    [inquiry] = db.training.inquiries(sme)
    assert (inquiry.channel, inquiry.from_country, inquiry.presence_id, inquiry.outcome,
            inquiry.order_value, inquiry.currency, inquiry.staff) == (
        "emarketplace", "JP", presence, "order", 30_000_000, "VND", ctx.user)
    model = view.inquiries_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    row = dict(zip(headers, (model.data(model.index(0, c)) for c in range(len(headers))),
                   strict=True))
    assert (row["Through"], row["Outcome"], row["Order value"]) == (
        "E-marketplace: Lantern shop", "Order", "30,000,000 VND")

    # Typing an order value before choosing an outcome chooses "Order".
    qtbot.mouseClick(view.add_inquiry_button, Qt.MouseButton.LeftButton)
    form = view.editor
    qtbot.waitUntil(form.isVisible)
    qtbot.keyClicks(form.order_edit, "5000")
    assert form.outcome_combo.currentData() == "order"
    form.reject()

    # The order falls through: the edit is refused while the value is left, then saved;
    # Ctrl+Z brings the order back.
    view.inquiries_table.selectRow(0)
    qtbot.mouseClick(view.edit_inquiry_button, Qt.MouseButton.LeftButton)
    form = view.editor
    qtbot.waitUntil(form.isVisible)
    assert form.through_combo.currentData() == f"presence_id:{presence}"
    assert form.order_edit.text() == "30,000,000"
    choose(form.outcome_combo, "lost")
    form._save()
    assert form.isVisible() and form.error_labels["order_value"].isVisible()
    form.order_edit.clear()
    form._save()
    assert not form.isVisible()
    [inquiry] = db.training.inquiries(sme)
    assert (inquiry.outcome, inquiry.order_value, inquiry.currency) == ("lost", None, None)
    undo(qtbot, view)
    [inquiry] = db.training.inquiries(sme)
    assert (inquiry.outcome, inquiry.order_value, inquiry.currency) == (
        "order", 30_000_000, "VND")
