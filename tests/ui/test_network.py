"""The Network area: find an agency to refer an SME to, read its profile, and (on a
headquarters laptop only) edit it through the window's undo stack."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QLineEdit

from gmsdesk.storage.agencies import profile_id
from gmsdesk.storage.errors import ReadOnlyRecord, ValidationError
from gmsdesk.ui.application import AppContext
from gmsdesk.ui.network.area import NetworkArea
from gmsdesk.ui.network.dialog import AgencyDialog

NETWORK_AREA = 3

SIEM_REAP = {
    "agency": "kh-sr", "name": "Siem Reap Chamber of Commerce",
    "names": {"km": "សភាពាណិជ្ជកម្មខេត្តសៀមរាប"}, "country": "KH",
    "provinces": ["Siem Reap", "Oddar Meanchey"], "contact_name": "Sok Dara",
    "phone": "+855 63 963 123", "email": "info@srcc.org.kh", "website": "www.srcc.org.kh",
    "languages": ["km", "en", "ja"],
    "services": [{"type": "translation", "fee": "15", "currency": "USD",
                  "languages": ["km-ja", "km-en"]},
                 {"type": "website", "fee": "250", "currency": "USD"}],
}
VIENTIANE = {
    "agency": "la-vt", "name": "Vientiane Trade Promotion Centre",
    "names": {"lo": "ສູນສົ່ງເສີມການຄ້າ"}, "country": "LA", "provinces": ["Vientiane Capital"],
    "languages": ["lo", "th"],
    "services": [{"type": "translation", "fee": "80,000", "currency": "LAK",
                  "languages": ["lo-th"]}],
}
YANGON = {
    "agency": "mm-ygn", "name": "Yangon SME Development Centre",
    "names": {"my": "ရန်ကုန် လုပ်ငန်းဖွံ့ဖြိုးရေးဌာန"}, "country": "MM",
    "provinces": ["Yangon Region"], "services": [{"type": "listing"}, {"type": "training"}],
}
CHIANG_RAI = {
    "agency": "th-cr", "name": "Chiang Rai Digital Business Centre",
    "names": {"th": "ศูนย์ธุรกิจดิจิทัลเชียงราย"}, "country": "TH", "provinces": ["Chiang Rai"],
    "services": [{"type": "payment", "fee": "2,000", "currency": "THB"},
                 {"type": "translation", "languages": ["th-zh", "th-en"]}],
}


def add_profiles(db: Any, *, published: bool) -> None:
    """The four agencies, made on a Siem Reap laptop; `published` hands them to headquarters
    as the server does, so this laptop may only read them."""
    db.set_meta_atomic("agency_id", "kh-sr")
    for values in (SIEM_REAP, VIENTIANE, YANGON, CHIANG_RAI):
        db.agencies.save(None, values)
    if published:
        with db.atomic():
            db.conn.execute("UPDATE agency_profiles SET agency_id = 'hq'")


def make_area(ctx: AppContext, qtbot: Any, stack: QUndoStack | None = None) -> NetworkArea:
    area = NetworkArea(ctx, stack or QUndoStack(), None)
    qtbot.addWidget(area)
    area.resize(1180, 700)
    area.show()
    return area


def shown_names(area: NetworkArea) -> list[str]:
    return [area.model.index(r, 0).data() for r in range(area.model.rowCount())]


def select(area: NetworkArea, agency: str) -> None:
    area.select_id(profile_id(agency))
    assert area.profile is not None and area.profile.agency == agency


def open_dialog(area: NetworkArea, qtbot: Any) -> AgencyDialog:
    qtbot.mouseClick(area.edit_button, Qt.MouseButton.LeftButton)
    dialog = area.agency_dialog
    assert isinstance(dialog, AgencyDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def cell(dialog: AgencyDialog, row: int, column: int) -> Any:
    return dialog.services.widget_at(row, column)


# -- finding ----------------------------------------------------------------------------------


def test_search_finds_the_agency_for_a_language_pair(ctx: AppContext, qtbot: Any) -> None:
    add_profiles(ctx.db, published=True)
    area = make_area(ctx, qtbot)
    assert len(shown_names(area)) == 4
    assert "4" in area.count_label.text()

    area.search.setText("ja")  # Japanese: only Siem Reap translates km-ja
    assert shown_names(area) == ["Siem Reap Chamber of Commerce"]
    assert area.count_label.text() == "1 of 4 agencies"
    assert area.profile is not None and area.profile.agency == "kh-sr"  # shown at once

    area.search.setText("Japanese")  # what the detail pane writes finds it too
    assert shown_names(area) == ["Siem Reap Chamber of Commerce"]
    area.search.setText("th")  # a language pair's either side: into Thai, from Thai
    assert set(shown_names(area)) == {"Vientiane Trade Promotion Centre",
                                      "Chiang Rai Digital Business Centre"}
    area.search.setText("ສູນສົ່ງເສີມ")  # the Lao name
    assert shown_names(area) == ["Vientiane Trade Promotion Centre"]
    area.search.setText("Yangon listing")  # every word, any field
    assert shown_names(area) == ["Yangon SME Development Centre"]
    area.search.setText("ko")
    assert shown_names(area) == []
    assert area.profile is None and "No agency matches" in area.detail.text()
    assert not area.edit_button.isVisible() and not area.lock_label.isVisible()


def test_keyboard_search_then_arrow_keys(ctx: AppContext, qtbot: Any) -> None:
    add_profiles(ctx.db, published=True)
    area = make_area(ctx, qtbot)
    area.search.setFocus()
    qtbot.keyClicks(area.search, "translation")
    assert len(shown_names(area)) == 3
    qtbot.keyClick(area.search, Qt.Key.Key_Return)
    assert area.focusWidget() is area.table and area.table.currentIndex().row() == 0
    first = area.profile
    qtbot.keyClick(area.table, Qt.Key.Key_Down)
    assert area.profile is not None and area.profile != first
    assert area.title.text() == f"<h2>{area.profile.name}</h2>"


def test_detail_shows_services_fees_and_how_to_reach_the_agency(ctx: AppContext,
                                                                 qtbot: Any) -> None:
    add_profiles(ctx.db, published=True)
    area = make_area(ctx, qtbot)
    select(area, "kh-sr")
    text = area.detail.text()
    for expected in ("Translation", "15.00 USD", "Khmer → Japanese", "Khmer → English",
                     "Website set-up", "250.00 USD", "Sok Dara", "+855 63 963 123",
                     "mailto:info@srcc.org.kh", "https://www.srcc.org.kh",
                     "Khmer, English, Japanese", "Siem Reap, Oddar Meanchey"):
        assert expected in text, expected
    assert "សភាពាណិជ្ជកម្មខេត្តសៀមរាប" in area.subtitle.text()  # known by its Khmer name too
    assert "Cambodia" in area.subtitle.text()
    select(area, "th-cr")
    assert "2,000.00 THB" in area.detail.text() and "Thai → Chinese" in area.detail.text()
    row = area.model.row_of(profile_id("th-cr"))
    assert area.model.index(row, 3).data() == "Online payment set-up, Translation"


def test_names_follow_the_ui_language(ctx: AppContext, qtbot: Any) -> None:
    add_profiles(ctx.db, published=True)
    ctx.set_language("km")
    try:
        area = make_area(ctx, qtbot)
        assert "សភាពាណិជ្ជកម្មខេត្តសៀមរាប" in shown_names(area)
        assert "Vientiane Trade Promotion Centre" in shown_names(area)  # no Khmer name: English
    finally:
        ctx.set_language("en")


# -- who may change a profile -----------------------------------------------------------------


def test_published_profile_is_read_only_on_an_agency_laptop(ctx: AppContext,
                                                            qtbot: Any) -> None:
    db = ctx.db
    add_profiles(db, published=True)
    area = make_area(ctx, qtbot)
    select(area, "kh-sr")  # even its own agency's profile: headquarters keeps it
    assert area.lock_label.isVisible()
    assert area.lock_label.text() == "Published by headquarters"
    assert not area.edit_button.isVisible()
    assert not area.edit_action.isEnabled()
    area.edit_selected()
    qtbot.keyClick(area.table, Qt.Key.Key_Return)
    assert area.agency_dialog is None
    with pytest.raises(ReadOnlyRecord):
        db.agencies.save(profile_id("kh-sr"), {"phone": "+855 12 345 678"})
    assert db.agencies.get(profile_id("kh-sr")).phone == "+855 63 963 123"


def test_headquarters_edits_through_the_dialog_and_undo_reverts(ctx: AppContext,
                                                                qtbot: Any) -> None:
    db = ctx.db
    add_profiles(db, published=True)
    db.set_meta_atomic("agency_hq", "1")
    stack = QUndoStack()
    area = make_area(ctx, qtbot, stack)
    select(area, "kh-sr")
    assert area.edit_button.isVisible() and not area.lock_label.isVisible()

    dialog = open_dialog(area, qtbot)
    assert dialog.editors["name"].text() == "Siem Reap Chamber of Commerce"
    assert dialog.name_edits["km"].text() == "សភាពាណិជ្ជកម្មខេត្តសៀមរាប"
    assert cell(dialog, 0, 3).codes() == ["km-ja", "km-en"]
    assert cell(dialog, 0, 3).line.text() == "Khmer → Japanese, Khmer → English"
    assert dialog.languages.line.text() == "Khmer, English, Japanese"
    # Wrong values stay in the dialog, each message under its field.
    dialog.editors["email"].setText("info at srcc")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.error_labels["email"].isVisible()
    assert dialog.error_labels["email"].text() == "This does not look like an e-mail address."
    assert not dialog.error_labels["name"].isVisible()
    # Put right, with a new service and a Thai name.
    dialog.editors["email"].setText("info@srcc.org.kh")
    assert not dialog.error_labels["email"].isVisible()  # checked again as one types
    cell(dialog, 0, 3).set_codes(["km-ja", "km-th"])  # the pairs' chooser: see test_raw_codes_names
    cell(dialog, 0, 1).setText("18")
    dialog.add_service_button.click()
    kind = cell(dialog, 2, 0)
    assert isinstance(kind, QComboBox)
    kind.setCurrentIndex(kind.findData("advice"))
    dialog.name_edits["th"].setText("หอการค้าเสียมราฐ")
    dialog.languages.set_codes(["km", "en", "ja", "th"])
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())

    saved = db.agencies.get(profile_id("kh-sr"))
    assert saved.services == [
        {"type": "translation", "fee": "18", "currency": "USD", "languages": ["km-ja", "km-th"]},
        {"type": "website", "fee": "250", "currency": "USD"},
        {"type": "advice"}]
    assert saved.names == {"km": "សភាពាណិជ្ជកម្មខេត្តសៀមរាប", "th": "หอการค้าเสียมราฐ"}
    assert saved.languages == ["km", "en", "ja", "th"]
    assert saved.email == "info@srcc.org.kh"
    assert "18.00 USD" in area.detail.text() and "Khmer → Thai" in area.detail.text()
    assert area.info.text() == "Saved “Siem Reap Chamber of Commerce”."
    assert stack.count() == 1

    stack.undo()
    back = db.agencies.get(profile_id("kh-sr"))
    assert back.services == SIEM_REAP["services"]
    assert back.names == SIEM_REAP["names"] and back.languages == SIEM_REAP["languages"]
    assert "15.00 USD" in area.detail.text() and "Khmer → Thai" not in area.detail.text()
    stack.redo()
    assert db.agencies.get(profile_id("kh-sr")).services[0]["fee"] == "18"


def test_an_unchanged_dialog_saves_nothing(ctx: AppContext, qtbot: Any) -> None:
    """Opening and saving writes no edit: the dialog gives back the profile as stored, so the
    undo stack and the outbox stay as they were."""
    db = ctx.db
    add_profiles(db, published=True)
    db.set_meta_atomic("agency_hq", "1")
    stack = QUndoStack()
    area = make_area(ctx, qtbot, stack)
    pending = db.outbox.pending_count()
    for agency in ("kh-sr", "la-vt", "mm-ygn", "th-cr"):
        select(area, agency)
        dialog = open_dialog(area, qtbot)
        assert not dialog.is_modified()
        dialog.save_button.click()
        qtbot.waitUntil(lambda d=dialog: not d.isVisible())
    assert stack.count() == 0
    assert db.outbox.pending_count() == pending


def test_enter_in_a_dialog_field_does_not_close_it(ctx: AppContext, qtbot: Any) -> None:
    db = ctx.db
    add_profiles(db, published=True)
    db.set_meta_atomic("agency_hq", "1")
    area = make_area(ctx, qtbot)
    select(area, "la-vt")
    dialog = open_dialog(area, qtbot)
    name = dialog.editors["name"]
    assert isinstance(name, QLineEdit)
    name.selectAll()
    qtbot.keyClicks(name, "Vientiane TPC")
    for widget in (name, dialog.editors["phone"], dialog.name_edits["km"], cell(dialog, 0, 1),
                   cell(dialog, 0, 2)):
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Return)
        qtbot.keyClick(widget, Qt.Key.Key_Enter)
        assert dialog.isVisible(), widget.objectName()
    # Enter moved on to the language pairs' button and, pressed again, opened their chooser.
    chooser = cell(dialog, 0, 3).dialog
    if chooser is not None:
        chooser.reject()
    assert not any(b.isDefault() for b in (dialog.save_button, dialog.cancel_button,
                                          dialog.add_service_button))
    assert name.text() == "Vientiane TPC"
    assert db.agencies.get(profile_id("la-vt")).name == "Vientiane Trade Promotion Centre"
    # Saving is a deliberate key. Shortcuts reach the active window only, as for a person.
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert db.agencies.get(profile_id("la-vt")).name == "Vientiane TPC"


# -- keeping up with sync ---------------------------------------------------------------------


def test_profiles_arriving_from_sync_refresh_the_list(ctx: AppContext, qtbot: Any) -> None:
    db = ctx.db
    add_profiles(db, published=True)
    area = make_area(ctx, qtbot)
    select(area, "la-vt")
    # What the sync client does: write, then tell open screens what changed.
    with db.atomic():
        db.conn.execute("UPDATE agency_profiles SET phone = '+856 21 999 999' WHERE agency = ?",
                        ("la-vt",))
    changes = db.agencies.save(None, {"agency": "vn-lc", "name": "Lao Cai Business Hub",
                                      "country": "VN"})
    ctx.bus.publish(changes)
    assert "Lao Cai Business Hub" in shown_names(area)
    assert area.profile is not None and area.profile.agency == "la-vt"  # still shown
    assert "+856 21 999 999" in area.detail.text()
    ctx.bus.publish_reload("*")
    assert len(shown_names(area)) == 5


def test_codes_are_checked_before_they_are_stored(ctx: AppContext) -> None:
    db = ctx.db
    with pytest.raises(ValidationError) as refused:
        db.agencies.save(None, {"agency": "kh-pp", "name": "Phnom Penh", "languages": ["Khmer"],
                                "services": [{"type": "translation", "fee": "5",
                                              "currency": "dollars", "languages": ["km>ja"]}]})
    assert set(refused.value.errors) == {"languages", "services"}


def test_network_is_an_area_of_the_window(window: Any, ctx: AppContext, qtbot: Any) -> None:
    add_profiles(ctx.db, published=True)
    assert window.areas[NETWORK_AREA] == ("Network", window.network)
    window.show_area(NETWORK_AREA)
    assert window.stack.currentWidget() is window.network
    ctx.bus.publish_reload("agency_profiles")  # what a sync that brought profiles says
    assert len(shown_names(window.network)) == 4
