"""The first start of a fresh data folder: the wizard speaks the language chosen at once (English
and Lao), keeps the name and the agency's economy and province (new SMEs, workshops and events
start with them), is shown once and only on a fresh folder, and its demo data lives in a folder
of its own that never syncs and that "Leave demo data" deletes (real widgets offscreen, real
SQLite files, a real server on 127.0.0.1)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWizard

from gmsdesk import demo
from gmsdesk.server.store import Store, create_schema, make_engine
from gmsdesk.storage.db import Database
from gmsdesk.sync import local_only
from gmsdesk.sync.client import NotEnrolled, Refused, SyncClient
from gmsdesk.sync.local_only import demo_count
from gmsdesk.ui import first_run, widgets
from gmsdesk.ui.application import AppContext
from gmsdesk.ui.settings import DEMO_FOLDER, Settings, check_admin_password
from gmsdesk.ui.smes.form import SmeFormDialog
from gmsdesk.ui.training.dialogs import WorkshopDialog
from gmsdesk.ui.training.events import EventDialog
from tests.conftest import LiveServer

LAPTOP = QRect(0, 0, 1366, 768 - 40)  # a 1366x768 screen less its task bar
TITLE_BAR = 20
LAO = list(first_run.LANGUAGES).index("lo")
ENGLISH = 0


@pytest.fixture
def small_demo(monkeypatch: pytest.MonkeyPatch) -> None:
    """Demo data of 60 SMEs rather than 1000: the same code, a quicker test."""
    monkeypatch.setattr(demo, "DEMO_SMES", 60)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    engine = make_engine(str(tmp_path / "server.sqlite3"))
    create_schema(engine)
    store = Store(engine)
    store.add_agency("la-vt", "Vientiane Trade Promotion Centre")
    live = LiveServer(store)
    yield live
    live.stop()
    engine.dispose()


def wizard_on(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> first_run.FirstRunWizard:
    monkeypatch.setattr(widgets, "available_geometry", lambda _widget=None: QRect(LAPTOP))
    wizard = first_run.FirstRunWizard(ctx)
    wizard.show()
    return wizard


def test_the_wizard_speaks_the_language_chosen_at_once(
        ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    wizard = wizard_on(ctx, monkeypatch)
    page = wizard.language_page
    names = [page.languages.item(i).text() for i in range(page.languages.count())]
    assert names == ["English", "ខ្មែរ", "ລາວ", "မြန်မာ", "ไทย", "Tiếng Việt", "中文（简体）"]
    assert page.label.text() == "Language"
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "&Next"
    you = wizard.you_page
    assert [label.text() for label in you.labels] == [
        "Your name (saved with every change)", "Economy", "Province"]
    assert you.place.economy.itemText(you.place.economy.findData("LA")) == "Lao PDR"

    page.languages.setCurrentRow(LAO)  # the wizard speaks Lao from now on, and GMS Desk after
    assert ctx.language == "lo" and ctx.settings.language == "lo"
    assert page.label.text() == "ພາສາ"
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "ຕໍ່ໄປ(&N)"
    assert wizard.buttonText(QWizard.WizardButton.BackButton) == "ກັບຄືນ(&B)"
    assert [label.text() for label in you.labels] == [
        "ຊື່ຂອງທ່ານ (ບັນທຶກໄປກັບທຸກການປ່ຽນແປງ)", "ປະເທດ/ພາກພື້ນ", "ແຂວງ"]
    assert you.place.economy.itemText(you.place.economy.findData("LA")) == "ສປປ ລາວ"
    # Each language keeps its own name whatever the wizard speaks.
    assert page.languages.item(ENGLISH).text() == "English"
    # It fits a 1366x768 laptop, a title bar above it, in Lao as in English.
    outer = wizard.geometry().adjusted(0, -TITLE_BAR, 0, 0)
    assert LAPTOP.contains(outer), outer

    page.languages.setCurrentRow(ENGLISH)
    assert ctx.language == "en" and page.label.text() == "Language"
    wizard.reject()
    assert ctx.settings.first_run_done  # cancelled: not asked again
    assert ctx.settings.language == "en"


def test_what_is_chosen_is_kept_and_new_forms_start_with_it(
        ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    wizard = wizard_on(ctx, monkeypatch)
    you = wizard.you_page
    you.name.setText("  Bounmy Phommachanh ")
    you.place.economy.setCurrentIndex(you.place.economy.findData("LA"))
    you.place.province.setEditText("ນະຄອນຫຼວງວຽງຈັນ")  # typed by its Lao name
    admin = wizard.admin_page
    admin.with_password.setChecked(True)
    admin.password.setText("mekong")
    admin.again.setText("mekonx")
    assert not admin.validatePage() and "not the same" in admin.error.text()
    admin.again.setText("mekong")
    assert admin.validatePage()
    wizard.accept()

    settings = ctx.settings
    assert settings.user_name == "Bounmy Phommachanh" and ctx.user == "Bounmy Phommachanh"
    assert (settings.agency_economy, settings.agency_province) == ("LA", "Vientiane Capital")
    assert settings.first_run_done and not settings.demo_active
    assert check_admin_password(ctx.db, "mekong") and not settings.is_admin

    sme = SmeFormDialog(ctx.db)
    assert sme._combo_code("country") == "LA"
    assert sme._place_value("province") == "Vientiane Capital"
    assert not sme.is_modified()  # closing it asks nothing
    sme.reject()
    workshop = WorkshopDialog(ctx.db)
    assert workshop.country_combo.currentData() == "LA"
    assert workshop.province_edit.text() == "Vientiane Capital"
    workshop.reject()
    event = EventDialog(ctx.db)
    assert event.country_combo.currentData() == "LA"
    assert event.lines["province"].text() == "Vientiane Capital"
    event.reject()
    # A record of its own keeps its own place.
    record = ctx.db.smes.create({"name": "Angkor Silk", "country": "KH",
                                 "province": "Siem Reap"})[0].record_id
    edit = SmeFormDialog(ctx.db, ctx.db.smes.get(record))
    assert (edit._combo_code("country"), edit._place_value("province")) == ("KH", "Siem Reap")
    edit.reject()


def test_the_wizard_is_shown_once_and_only_on_a_fresh_folder(
        qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []

    def answer(wizard: first_run.FirstRunWizard) -> int:
        shown.append(str(wizard.ctx.data_dir))
        wizard.you_page.name.setText("Sokha")
        wizard.accept()
        return 1

    monkeypatch.setattr(first_run.FirstRunWizard, "exec", answer)
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    assert first_run.folder_to_open(fresh) == fresh
    assert shown == [str(fresh)] and Settings(fresh).user_name == "Sokha"
    assert first_run.folder_to_open(fresh) == fresh
    assert shown == [str(fresh)]  # once

    used = tmp_path / "used"  # a folder in use before this release: a database with data
    db = Database(used / "gmsdesk.sqlite3", user="tester")
    db.smes.create({"name": "Mekong Rice Mill"})
    db.close()
    assert first_run.folder_to_open(used) == used
    assert shown == [str(fresh)] and Settings(used).first_run_done


def test_demo_data_is_a_folder_of_its_own_that_never_syncs(
        qapp: Any, qtbot: Any, tmp_path: Path, server: LiveServer, small_demo: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "data"

    def try_demo(wizard: first_run.FirstRunWizard) -> int:
        wizard.language_page.languages.setCurrentRow(LAO)
        wizard.admin_page.with_password.setChecked(True)
        wizard.admin_page.password.setText("mekong")
        wizard.admin_page.again.setText("mekong")
        wizard.demo_page.demo.setChecked(True)
        wizard.accept()
        return 1

    monkeypatch.setattr(first_run.FirstRunWizard, "exec", try_demo)
    demo_folder = first_run.folder_to_open(folder)
    assert demo_folder == folder / DEMO_FOLDER and Settings(folder).demo_active

    ctx = AppContext(demo_folder)
    try:
        assert ctx.language == "lo"  # the data folder's settings: one language, one name
        assert local_only.is_demo_folder(ctx.db) and demo_count(ctx.db) > 60
        assert ctx.db.smes.count() >= 60 and ctx.db.outbox.pending_count() == 0
        assert ctx.settings.unlock_admin("mekong")  # the same administrator password
        real = Database(folder / "gmsdesk.sqlite3", user="check")
        assert real.smes.count() == 0 and demo_count(real) == 0  # nothing mixes
        real.close()
        # Never enrolled, so nothing in it is ever sent; what is typed to try included.
        ctx.db.smes.create({"name": "Typed while trying"})
        client = SyncClient(ctx.db)
        with pytest.raises(Refused, match="demo data folder"):
            client.enroll(server.url, server.store.create_enrollment("la-vt"), "demo laptop")
        with pytest.raises(NotEnrolled, match="demo data folder"):
            client.sync()
        assert server.store.list_devices() == []

        window: Any = ctx.open_window()
        banner = window.demo_banner
        assert isinstance(banner, first_run.DemoFolderBanner) and banner.isVisible()
        assert not banner.remove_button.isVisible()
        assert window.findChild(QWizard) is None
        monkeypatch.setattr(QMessageBox, "question",
                            staticmethod(lambda *_args: QMessageBox.StandardButton.Yes))
        leave = window.findChild(QAction, "action_leave_demo")
        assert leave is not None
        leave.trigger()
        assert not window.isVisible() and ctx.reopen == folder
    finally:
        ctx.set_language("en")
        ctx.close()
    assert first_run.after_close(ctx) == folder
    assert not demo_folder.exists() and not Settings(folder).demo_active
    assert first_run.folder_to_open(folder) == folder  # the own data folder from now on
