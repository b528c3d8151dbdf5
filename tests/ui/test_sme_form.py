"""The SME form: what an officer sees while registering or editing an SME."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)

from gmsdesk.storage.db import Database
from gmsdesk.storage.smes import ICT_FIELDS, SME_FIELDS
from gmsdesk.ui.smes.form import SmeFormDialog, load_places

BAT_TRANG = "Công ty TNHH Gốm sứ Bát Tràng"


class Questions:
    """Stands in for QMessageBox.question: records what was asked, answers `answer`."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.answer = QMessageBox.StandardButton.Yes

    def __call__(self, parent: Any, title: str, text: str, *args: Any) -> Any:
        self.asked.append(text)
        return self.answer


@pytest.fixture(autouse=True)
def questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    """No real message box: one would block, also when pytest-qt closes a changed form."""
    fake = Questions()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(fake))
    return fake


def open_form(qtbot: Any, db: Database, sme: Any = None) -> SmeFormDialog:
    dialog = SmeFormDialog(db, sme)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # shortcuts and Tab need the active window
        dialog.show()
        dialog.activateWindow()
    return dialog


def line(dialog: SmeFormDialog, name: str) -> QLineEdit:
    widget = dialog.findChild(QLineEdit, f"field_{name}")
    assert widget is not None, name
    return widget


def combo(dialog: SmeFormDialog, name: str) -> QComboBox:
    widget = dialog.findChild(QComboBox, f"field_{name}")
    assert widget is not None, name
    return widget


def choose(dialog: SmeFormDialog, name: str, code: str) -> None:
    box = combo(dialog, name)
    index = box.findData(code)
    assert index >= 0, (name, code)
    box.setCurrentIndex(index)


def error_text(dialog: SmeFormDialog, name: str) -> str | None:
    """The message shown under a field, or None when none is shown."""
    label = dialog.findChild(QLabel, f"error_{name}")
    assert label is not None, name
    return label.text() if label.isVisible() else None


def panel_text(dialog: SmeFormDialog) -> str:
    panel = dialog.duplicates_panel
    assert panel.objectName() == "duplicates_panel"
    return "\n".join(label.text() for label in panel.findChildren(QLabel) if label.isVisible())


def panel_visible(dialog: SmeFormDialog) -> bool:
    return dialog.duplicates_panel.isVisible()


def make_sme(db: Database, **values: Any) -> str:
    return db.smes.create({"name": BAT_TRANG, **values})[0].record_id


# -- new SME -----------------------------------------------------------------------------------


def test_new_sme_is_filled_in_and_saved_without_writing(qtbot: Any, db: Database) -> None:
    dialog = open_form(qtbot, db)
    assert dialog.windowTitle() == "New SME"
    assert dialog.focusWidget() is line(dialog, "name")

    qtbot.keyClicks(line(dialog, "name"), "  Angkor Silk Weavers  ")
    line(dialog, "name_local").setText("ត្បាញសូត្រអង្គរ")  # QTest types Latin-1 only
    qtbot.keyClicks(line(dialog, "registration_no"), "KH-00123")
    choose(dialog, "sector", "handicrafts")
    qtbot.keyClicks(line(dialog, "year_founded"), "2012")
    choose(dialog, "country", "KH")
    province = combo(dialog, "province")
    province.setCurrentIndex(province.findData("Siem Reap"))
    assert "—" in province.currentText()  # shown with its Khmer name, stored in English
    qtbot.keyClicks(combo(dialog, "district").lineEdit(), "Angkor Thom")
    qtbot.keyClicks(line(dialog, "address"), "Road 6")
    qtbot.keyClicks(line(dialog, "contact_name"), "Sok Chea")
    choose(dialog, "contact_gender", "female")
    qtbot.keyClicks(line(dialog, "phone"), "+855 12 345 678")
    qtbot.keyClicks(line(dialog, "email"), "info@angkorsilk.example")
    qtbot.keyClicks(line(dialog, "employees_total"), "25")
    qtbot.keyClicks(line(dialog, "employees_female"), "20")
    dialog.findChild(QCheckBox, "field_uses_mobile").setChecked(True)
    dialog.findChild(QCheckBox, "field_uses_social_media").setChecked(True)
    qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "field_notes"), "Met at the fair")

    dialog.save_button.click()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    values = dialog.values()
    assert set(values) == set(SME_FIELDS)
    assert values == {
        "name": "Angkor Silk Weavers", "name_local": "ត្បាញសូត្រអង្គរ",
        "registration_no": "KH-00123", "sector": "handicrafts", "year_founded": "2012",
        "country": "KH", "province": "Siem Reap", "district": "Angkor Thom",
        "address": "Road 6", "contact_name": "Sok Chea", "contact_gender": "female",
        "phone": "+855 12 345 678", "email": "info@angkorsilk.example", "website": None,
        "employees_total": "25", "employees_female": "20", "notes": "Met at the fair",
        **{name: 0 for name in ICT_FIELDS}, "uses_mobile": 1, "uses_social_media": 1,
    }
    assert db.smes.count() == 0  # the caller writes, so it can offer Undo
    stored = db.smes.get(db.smes.create(values)[0].record_id)
    assert (stored.employees_total, stored.province, stored.ict_level) == (25, "Siem Reap", 2)


def test_ctrl_s_saves(qtbot: Any, db: Database) -> None:
    dialog = open_form(qtbot, db)
    qtbot.keyClicks(line(dialog, "name"), "Mekong Rice")
    qtbot.keyClick(line(dialog, "name"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_ctrl_return_saves_even_from_the_notes(qtbot: Any, db: Database) -> None:
    dialog = open_form(qtbot, db)
    qtbot.keyClicks(line(dialog, "name"), "Mekong Rice")
    notes = dialog.findChild(QPlainTextEdit, "field_notes")
    notes.setFocus()
    qtbot.keyClick(notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values()["notes"] is None


def test_tab_goes_down_the_form(qtbot: Any, db: Database) -> None:
    dialog = open_form(qtbot, db)
    visited = [QApplication.focusWidget()]
    for _ in range(14):
        qtbot.keyClick(visited[-1], Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    names = [w.objectName() if w is not dialog.add_sector_button else "add_sector"
             for w in visited]
    assert names == [
        "field_name", "field_name_local", "field_registration_no", "field_sector", "add_sector",
        "field_year_founded", "field_country", "field_province", "field_district",
        "field_address", "field_employees_total", "field_employees_female",
        "field_contact_name", "field_contact_gender", "field_phone",
    ]  # down the left column (Business, Location, Size), then the right one


@pytest.mark.skipif("KH" not in load_places(), reason="no bundled geography for Cambodia")
def test_provinces_and_districts_come_from_the_chosen_economy(qtbot: Any, db: Database) -> None:
    dialog = open_form(qtbot, db)
    province, district = combo(dialog, "province"), combo(dialog, "district")
    assert province.count() == 0  # no economy yet: free text only

    choose(dialog, "country", "KH")
    assert province.findData("Phnom Penh") >= 0
    province.setEditText("សៀមរាប")  # the Khmer name finds the province too
    province.lineEdit().editingFinished.emit()
    assert dialog.values()["province"] == "Siem Reap"
    assert district.count() > 0 and all(
        district.itemData(i) != "Daun Penh" for i in range(district.count()))

    choose(dialog, "country", "TH")  # a Cambodian province makes no sense in Thailand
    assert dialog.values()["province"] is None

    province.setEditText("New Zone 7")  # not in the list: kept as typed
    choose(dialog, "country", "LA")
    assert dialog.values()["province"] == "New Zone 7"


# -- validation --------------------------------------------------------------------------------


def test_problems_are_shown_next_to_their_fields_and_the_dialog_stays(
        qtbot: Any, db: Database) -> None:
    dialog = open_form(qtbot, db)
    qtbot.keyClicks(line(dialog, "email"), "info(at)example")
    qtbot.keyClicks(line(dialog, "employees_total"), "5")
    qtbot.keyClicks(line(dialog, "employees_female"), "8")
    qtbot.keyClicks(line(dialog, "year_founded"), "about 2010")

    dialog.save_button.click()

    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert error_text(dialog, "name") == "Enter the business name."
    assert error_text(dialog, "email") == "This does not look like an e-mail address."
    assert error_text(dialog, "employees_female") == \
        "Female employees cannot be more than all employees."
    assert error_text(dialog, "year_founded") == "Enter a whole number, for example 12."
    assert error_text(dialog, "phone") is None
    assert dialog.focusWidget() is line(dialog, "name")  # the first field with a problem

    # After a failed Save, messages follow the typing.
    qtbot.keyClicks(line(dialog, "name"), "Lao Coffee")
    assert error_text(dialog, "name") is None
    line(dialog, "employees_female").setText("3")
    assert error_text(dialog, "employees_female") is None
    assert error_text(dialog, "email") is not None
    line(dialog, "email").setText("info@laocoffee.example")
    line(dialog, "year_founded").setText("2010")
    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_no_messages_before_the_first_save(qtbot: Any, db: Database) -> None:
    dialog = open_form(qtbot, db)
    qtbot.keyClicks(line(dialog, "email"), "not-an-address")
    assert error_text(dialog, "email") is None


# -- duplicates --------------------------------------------------------------------------------


def test_same_name_without_case_or_diacritics_is_flagged_while_typing(
        qtbot: Any, db: Database) -> None:
    make_sme(db, province="Ha Noi", phone="024 3874 1234")
    dialog = open_form(qtbot, db)
    assert not panel_visible(dialog)

    qtbot.keyClicks(line(dialog, "name"), "cong ty gom su bat trang")

    qtbot.waitUntil(lambda: panel_visible(dialog) and "same name" in panel_text(dialog))
    text = panel_text(dialog)
    assert BAT_TRANG in text and "Ha Noi" in text and "024 3874 1234" in text

    line(dialog, "name").setText("Something else entirely")
    qtbot.waitUntil(lambda: not panel_visible(dialog))


def test_same_phone_written_differently_is_flagged(qtbot: Any, db: Database) -> None:
    make_sme(db, phone="0912345678")
    dialog = open_form(qtbot, db)
    qtbot.keyClicks(line(dialog, "name"), "Hoa Sen Ceramics")
    qtbot.keyClicks(line(dialog, "phone"), "+84 912 345 678")
    qtbot.waitUntil(lambda: panel_visible(dialog) and "same phone" in panel_text(dialog))
    assert BAT_TRANG in panel_text(dialog)
    assert "same name" not in panel_text(dialog)

    dialog.save_button.click()  # a different business after all: saving is allowed
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_open_this_one_opens_the_existing_sme_instead(
        qtbot: Any, db: Database, questions: Questions) -> None:
    sme_id = make_sme(db)
    dialog = open_form(qtbot, db)
    qtbot.keyClicks(line(dialog, "name"), "Gom su Bat Trang")
    qtbot.waitUntil(lambda: dialog.findChild(QPushButton, f"open_duplicate_{sme_id}") is not None)
    button = dialog.findChild(QPushButton, f"open_duplicate_{sme_id}")
    assert button.text() == "Open this one"

    with qtbot.waitSignal(dialog.open_existing, timeout=1000) as signal:
        button.click()

    assert signal.args == [sme_id]
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()
    assert questions.asked == []  # choosing the existing one is not "losing changes"


# -- editing -----------------------------------------------------------------------------------


FULL = {
    "name": BAT_TRANG, "name_local": "Gốm sứ Bát Tràng", "registration_no": "0101234567",
    "sector": "handicrafts", "year_founded": 1998, "country": "VN", "province": "Ha Noi",
    "district": "Gia Lam", "address": "Bat Trang village", "contact_name": "Nguyễn Thị Lan",
    "contact_gender": "female", "phone": "0912345678", "email": "lan@battrang.example",
    "website": "battrang.example", "employees_total": 40, "employees_female": 22,
    "notes": "Exports to Japan\nWants e-commerce training",
    "uses_fax": 1, "uses_fixed_phone": 1, "uses_mobile": 1, "uses_email": 1, "uses_website": 1,
    "uses_social_media": 0, "uses_emarketplace": 0, "uses_online_payment": 1,
    "uses_eprocurement": 1,
}


def test_editing_shows_every_stored_value(qtbot: Any, db: Database) -> None:
    sme = db.smes.get(make_sme(db, **FULL))
    dialog = open_form(qtbot, db, sme)

    assert dialog.windowTitle() == f"Edit SME — {BAT_TRANG}"
    assert line(dialog, "name").text() == BAT_TRANG
    assert line(dialog, "name_local").text() == "Gốm sứ Bát Tràng"
    assert line(dialog, "employees_total").text() == "40"
    assert combo(dialog, "sector").currentData() == "handicrafts"
    assert combo(dialog, "country").currentText() == "Viet Nam"
    assert combo(dialog, "contact_gender").currentText() == "Female"
    assert combo(dialog, "province").currentText().startswith("Ha Noi")
    assert dialog.findChild(QCheckBox, "field_uses_online_payment").isChecked()
    assert not dialog.findChild(QCheckBox, "field_uses_social_media").isChecked()
    assert dialog.findChild(QPlainTextEdit, "field_notes").toPlainText() == FULL["notes"]
    expected = {k: (str(v) if isinstance(v, int) and k not in ICT_FIELDS else v)
                for k, v in FULL.items()}
    assert dialog.values() == expected
    assert db.smes.clean(dialog.values()) == db.smes.clean(sme.values())
    assert dialog.check_duplicates() == []  # not a duplicate of itself


def test_edit_without_changes_cancels_without_asking(
        qtbot: Any, db: Database, questions: Questions) -> None:
    dialog = open_form(qtbot, db, db.smes.get(make_sme(db, **FULL)))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert questions.asked == []


def test_escape_with_changes_asks_before_discarding(
        qtbot: Any, db: Database, questions: Questions) -> None:
    dialog = open_form(qtbot, db)
    qtbot.keyClicks(line(dialog, "name"), "Half typed")

    questions.answer = QMessageBox.StandardButton.No
    qtbot.keyClick(line(dialog, "name"), Qt.Key.Key_Escape)
    assert questions.asked == ["Discard your changes?"]
    assert dialog.isVisible()

    questions.answer = QMessageBox.StandardButton.Yes
    dialog.cancel_button.click()
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


# -- sectors -----------------------------------------------------------------------------------


def test_add_sector_adds_and_selects_it(
        qtbot: Any, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *args, **kwargs: ("  Rice milling ", True)))
    dialog = open_form(qtbot, db)
    sector = combo(dialog, "sector")
    assert sector.itemText(0) == "—"

    with qtbot.waitSignal(dialog.sector_added, timeout=1000):
        dialog.add_sector_button.click()

    assert sector.currentText() == "Rice milling"
    code = sector.currentData()
    assert code in {s.code for s in db.smes.sectors() if not s.builtin}
    qtbot.keyClicks(line(dialog, "name"), "Champasak Rice Mill")
    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values()["sector"] == code


def test_cancelled_add_sector_changes_nothing(
        qtbot: Any, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *args, **kwargs: ("Rice milling", False)))
    dialog = open_form(qtbot, db)
    dialog.add_sector_button.click()
    assert combo(dialog, "sector").currentIndex() == 0
    assert all(s.builtin for s in db.smes.sectors())


def test_add_sector_that_exists_selects_the_existing_one(
        qtbot: Any, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    db.smes.add_sector("Café")
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *args, **kwargs: ("cafe", True)))
    dialog = open_form(qtbot, db)
    dialog.add_sector_button.click()
    assert combo(dialog, "sector").currentText() == "Café"
    assert [s.label for s in db.smes.sectors() if not s.builtin] == ["Café"]


def test_the_form_names_who_added_and_changed_the_record(qtbot: Any, db: Database) -> None:
    from gmsdesk.sync.hlc import pack, wall_ms

    sme_id = db.smes.create({"name": "Lao Textile House"})[0].record_id
    db.sync.apply_remote([["smes", sme_id, "district", "Chanthabuly",
                           pack(wall_ms() + 60_000, 0), 0, 0, 0]], ["dev-hq"], 3,
                         agencies=["la-vt"], users=["Bounmy"], device_names=["hq-desk"])
    dialog = SmeFormDialog(db, db.smes.get(sme_id))
    qtbot.addWidget(dialog)
    text = dialog.history_label.text()
    assert text.startswith(f"Added by {db.user}, ") and " · last changed by Bounmy, " in text
    assert "agency" not in text  # only a headquarters laptop says whose record it is
    db.set_meta_atomic("agency_hq", "1")
    db.agencies.save(None, {"agency": "la-vt", "name": "Vientiane Trade Promotion Centre"})
    hq_view = SmeFormDialog(db, db.smes.get(sme_id))
    qtbot.addWidget(hq_view)
    assert hq_view.history_label.text().endswith(" · agency: Vientiane Trade Promotion Centre")
    assert not SmeFormDialog(db).history_label.isVisibleTo(hq_view)
