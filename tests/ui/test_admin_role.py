"""The administrator role is not a box anyone can tick: a password set on this computer (kept as
a salted scrypt hash in the database, never in the settings file) opens it for one session, or
headquarters grants it with the laptop's enrolment (`gmsdesk-server enroll --admin`, `admin`),
told again at every sync and in every reply bundle; an older server grants none. It is what
allows retiring survey forms (real widgets offscreen, real SQLite files, a real server on
127.0.0.1)."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from gmsdesk.server import app as server_app
from gmsdesk.server.bundle import write_reply
from gmsdesk.server.cli import main as server_cli
from gmsdesk.server.store import Store, create_schema, make_engine
from gmsdesk.services.forms import shipped_forms_pending
from gmsdesk.storage.db import Database
from gmsdesk.sync import bundle
from gmsdesk.sync.client import SyncClient
from gmsdesk.ui.application import AppContext
from gmsdesk.ui.first_run import AdminPasswordDialog, AdminUnlockDialog
from gmsdesk.ui.settings import Settings, check_admin_password, set_admin_password
from gmsdesk.ui.settings_area import SettingsArea
from tests.conftest import LiveServer
from tests.survey_kit import import_needs
from tests.ui.test_hq_lists import select, surveys_area

TIMEOUT = 10_000


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """Headquarters on a SQLite file (the command line opens the same file)."""
    engine = make_engine(str(tmp_path / "server.sqlite3"))
    create_schema(engine)
    store = Store(engine)
    store.add_agency("kh-sr", "Siem Reap Provincial Chamber of Commerce")
    yield store
    engine.dispose()


@pytest.fixture
def server(store: Store) -> Iterator[LiveServer]:
    live = LiveServer(store)
    yield live
    live.stop()


def settings_area(window: Any) -> SettingsArea:
    [area] = window.findChildren(SettingsArea)
    return area


def test_the_password_is_a_salted_scrypt_hash_in_the_database(
        ctx: AppContext, data_dir: Path) -> None:
    db = ctx.db
    assert not ctx.settings.is_admin and not check_admin_password(db, "")
    assert set_admin_password(db, "Tiếng Mekong")
    held = json.loads(db.meta("admin_password"))
    assert set(held) == {"hash", "salt", "n", "r", "p"} and "Mekong" not in db.meta(
        "admin_password")
    assert check_admin_password(db, "Tiếng Mekong")
    assert check_admin_password(db, unicodedata.normalize("NFD", "Tiếng Mekong"))  # typed so
    assert not check_admin_password(db, "tiếng mekong")
    # Changing it needs the one set; the same password again has another salt.
    assert not set_admin_password(db, "another one", "wrong")
    assert set_admin_password(db, "Tiếng Mekong", "Tiếng Mekong")
    assert json.loads(db.meta("admin_password"))["salt"] != held["salt"]

    # The old checkbox's setting grants nothing, and deleting the settings file neither.
    ini = data_dir / "settings.ini"
    old = QSettings(str(ini), QSettings.Format.IniFormat)
    old.setValue("user/admin", True)
    old.sync()
    settings = Settings(data_dir)
    settings.database = db
    assert not settings.is_admin and "user/admin" not in ini.read_text(encoding="utf-8")
    ini.unlink()
    settings = Settings(data_dir)
    settings.database = db
    assert not settings.is_admin
    assert not settings.unlock_admin("wrong") and not settings.is_admin
    assert settings.unlock_admin("Tiếng Mekong") and settings.is_admin
    fresh = Settings(data_dir)  # the next start: administrator mode ended with the app
    fresh.database = db
    assert not fresh.is_admin


def test_settings_asks_the_password_for_this_session(
        ctx: AppContext, window: Any, qtbot: Any) -> None:
    panel = settings_area(window).admin
    assert not panel.toggle.isEnabled() and "No administrator password" in panel.state.text()
    assert panel.password.text() == "Set administrator password…"
    panel.change_password()
    dialog = panel.dialog
    assert isinstance(dialog, AdminPasswordDialog) and not dialog.old.isVisibleTo(dialog)
    dialog.new.setText("abc")
    dialog.again.setText("abc")
    assert not dialog.save() and "at least 6 characters" in dialog.error.text()
    dialog.new.setText("mekong river")
    dialog.again.setText("mekong river")
    assert dialog.save()
    assert panel.toggle.isEnabled() and panel.toggle.text() == "Administrator…"
    assert panel.password.text() == "Change administrator password…"

    panel.toggle_admin()
    unlock = panel.dialog
    assert isinstance(unlock, AdminUnlockDialog)
    unlock.password.setText("mekong")
    assert not unlock.unlock() and unlock.error.isVisibleTo(unlock)
    assert not ctx.settings.is_admin
    unlock.password.setText("mekong river")
    assert unlock.unlock()
    assert ctx.settings.is_admin and panel.toggle.text() == "End administrator mode"
    assert "until GMS Desk closes" in panel.state.text()
    panel.toggle_admin()  # ended by hand
    assert not ctx.settings.is_admin and panel.toggle.text() == "Administrator…"

    panel.change_password()  # the current one is asked for
    change = panel.dialog
    assert isinstance(change, AdminPasswordDialog) and change.old.isVisibleTo(change)
    change.old.setText("wrong")
    change.new.setText("new password")
    change.again.setText("new password")
    assert not change.save() and "not right" in change.error.text()
    change.old.setText("mekong river")
    assert change.save() and check_admin_password(ctx.db, "new password")


def test_retiring_a_form_version_needs_an_administrator(
        ctx: AppContext, window: Any, qtbot: Any, tmp_path: Path) -> None:
    import_needs(ctx.db, tmp_path)
    area = surveys_area(window, qtbot)
    qtbot.waitUntil(lambda: not shipped_forms_pending(ctx.db), timeout=TIMEOUT)
    select(area, "needs")
    assert area.toggle_retired() == ()
    assert not ctx.db.surveys.versions("needs")[0].retired
    assert "Only an administrator" in area.info.text()
    set_admin_password(ctx.db, "mekong river")
    assert ctx.settings.unlock_admin("mekong river")
    assert area.toggle_retired()
    assert ctx.db.surveys.versions("needs")[0].retired
    qtbot.waitUntil(lambda: select(area, "needs").retired)
    ctx.settings.is_admin = False  # bringing it back is an administrator's too
    assert area.toggle_retired() == () and ctx.db.surveys.versions("needs")[0].retired


def enrol(server: LiveServer, path: Path, code: str, name: str) -> tuple[Database, SyncClient]:
    db = Database(path / f"{name}.sqlite3", user=name)
    client = SyncClient(db)
    client.enroll(server.url, code, name)
    return db, client


def test_headquarters_grants_the_role_with_the_enrolment(
        qapp: Any, server: LiveServer, store: Store, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    database = str(tmp_path / "server.sqlite3")
    assert server_cli(["--database", database, "enroll", "--agency", "kh-sr", "--admin"]) == 0
    lead, lead_client = enrol(server, tmp_path, capsys.readouterr().out.strip(), "lead")
    field, field_client = enrol(server, tmp_path, store.create_enrollment("kh-sr"), "field")
    assert lead.sync.admin_granted() and not field.sync.admin_granted()
    settings = Settings(tmp_path)
    settings.database = lead
    assert settings.is_admin  # no password on this laptop, none needed
    assert server_cli(["--database", database, "devices"]) == 0
    states = {line.split("\t")[0]: line.split("\t")[-1]
              for line in capsys.readouterr().out.splitlines()}
    assert states == {lead.device_id: "active (administrator)", field.device_id: "active"}

    # Headquarters takes it back, and gives it to another laptop: said at the next sync.
    assert server_cli(["--database", database, "admin", lead.device_id[:8], "--off"]) == 0
    assert server_cli(["--database", database, "admin", field.device_id]) == 0
    assert server_cli(["--database", database, "admin", "nothing"]) == 2
    assert "no device 'nothing'" in capsys.readouterr().err
    lead_client.sync()
    field_client.sync()
    assert not lead.sync.admin_granted() and not settings.is_admin
    assert field.sync.admin_granted()
    # A laptop that syncs by file learns it from headquarters' reply bundle.
    store.set_admin(lead.device_id, True)
    bundle.import_bytes(lead, write_reply(store, lead.device_id)[0])
    assert lead.sync.admin_granted()

    # An older server says nothing of the role: it grants none.
    class OldEnrollResponse(server_app.EnrollResponse):
        def model_dump(self, **kwargs: Any) -> dict[str, Any]:
            return {k: v for k, v in super().model_dump(**kwargs).items() if k != "admin"}

    replied = server_app._reply
    monkeypatch.setattr(server_app, "EnrollResponse", OldEnrollResponse)
    monkeypatch.setattr(server_app, "_reply", lambda accept, payload: replied(
        accept, {k: v for k, v in payload.items() if k != "admin"}))
    lead_client.sync()
    assert not lead.sync.admin_granted()
    old, _ = enrol(server, tmp_path, store.create_enrollment("kh-sr", admin=True), "old")
    assert not old.sync.admin_granted()
    for db in (lead, field, old):
        db.close()
