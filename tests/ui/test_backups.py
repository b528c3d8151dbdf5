"""Settings > Backups with real widgets (offscreen): the list, Back up now, Back up to…,
Restore… with its preview, the backup every 30 minutes, and the check at start."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from gmsdesk.services import backups
from gmsdesk.services.backups import Preview, StartupCheck
from gmsdesk.storage.db import Database
from gmsdesk.ui.application import AppContext
from gmsdesk.ui.backups import AutoBackup, BackupModel, BackupsPanel, StartChoice, check_at_start

T = TypeVar("T")
SHOTS = Path(os.environ.get("GMSDESK_SHOTS", "/tmp/backup-helper"))


def answering(answer: T, into: list[Any]) -> Callable[[Any], T]:
    """A stand-in for a question to the person: notes what was shown, answers `answer`."""
    def ask(shown: Any) -> T:
        into.append(shown)
        return answer

    return ask


def panel_of(window: Any) -> BackupsPanel:
    panel = window.findChild(BackupsPanel)
    assert panel is not None
    return panel


def test_back_up_now_lists_the_backup_with_its_time_size_and_check(
        window: Any, ctx: AppContext, qtbot: Any, qtmodeltester: Any) -> None:
    for name in ("Angkor Silk", "Mekong Rice Mill", "Bat Trang Ceramics"):
        ctx.db.smes.create({"name": name})
    window.show_area(6)  # Settings
    panel = panel_of(window)
    assert panel.isVisible() and panel.model.rowCount() == 0
    assert not panel.restore_button.isEnabled()  # nothing chosen to restore
    panel.back_up_now.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    qtmodeltester.check(panel.model)
    cells = [panel.model.index(0, c).data() for c in range(4)]
    assert cells[1] == "Backed up by hand" and cells[3] == "Passed"
    assert cells[2] and cells[0]  # its size and when
    assert "1 backup" in panel.summary.text()
    panel.table.selectRow(0)
    assert panel.restore_button.isEnabled()
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.resize(1280, 760)
    assert window.stack.currentWidget().grab().save(str(SHOTS / "settings-backups.png"))
    assert panel.grab().save(str(SHOTS / "backups-panel.png"))


def test_restore_shows_what_the_backup_holds_and_reopens_on_it(
        window: Any, ctx: AppContext, qtbot: Any) -> None:
    for i in range(4):
        ctx.db.smes.create({"name": f"Before {i}"})
    info = backups.create(ctx.db, "manual")
    assert info is not None
    ctx.db.smes.create({"name": "After the backup"})
    panel = panel_of(window)
    panel.refresh()
    seen: list[Preview] = []
    restored: list[Any] = []
    panel.restored.connect(restored.append)
    old_window, old_db = ctx.window, ctx.db
    panel.restore_file(info.path, confirm=answering(True, seen))
    qtbot.waitUntil(lambda: bool(restored), timeout=15_000)
    assert (seen[0].smes, seen[0].taken_at) == (4, info.taken_at)
    assert ctx.db is not old_db and ctx.window is not old_window
    assert ctx.db.smes.count() == 4
    assert restored[0].before is not None  # the state replaced was backed up first
    assert {b.reason for b in backups.list_backups(ctx.db_path)} == {"manual", "restore"}


def test_restore_declined_changes_nothing(window: Any, ctx: AppContext, qtbot: Any) -> None:
    ctx.db.smes.create({"name": "Kept"})
    info = backups.create(ctx.db, "manual")
    assert info is not None
    ctx.db.smes.create({"name": "Also kept"})
    panel = panel_of(window)
    asked: list[Preview] = []
    task = panel.restore_file(info.path, confirm=answering(False, asked))
    assert task is not None
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert ctx.db.smes.count() == 2 and ctx.window is window


def test_back_up_to_a_folder_encrypted(window: Any, ctx: AppContext, qtbot: Any,
                                       tmp_path: Path) -> None:
    ctx.db.smes.create({"name": "Angkor Silk"})
    usb = tmp_path / "usb"
    usb.mkdir()
    panel = panel_of(window)
    panel.back_up_to_folder(usb, "a passphrase of mine")
    qtbot.waitUntil(lambda: bool(panel.status.text()), timeout=15_000)
    written = next(usb.iterdir())
    assert written.name.endswith(".enc")
    assert panel.status.text() == f"The backup was written, encrypted, to {written}."
    assert backups.preview(ctx.db_path, written, "a passphrase of mine").smes == 1


def test_auto_backup_runs_only_when_something_changed(ctx: AppContext, qtbot: Any) -> None:
    auto = AutoBackup(ctx)
    made: list[Any] = []
    auto.made.connect(made.append)
    try:
        assert auto.timer.interval() == 30 * 60_000 and auto.timer.isActive()
        ctx.db.smes.create({"name": "Angkor Silk"})
        assert auto.tick() is not None
        qtbot.waitUntil(lambda: bool(made) and auto.running is None, timeout=10_000)
        assert made[0].reason == "auto"
        assert auto.tick() is None  # nothing changed since
        ctx.db.smes.create({"name": "Mekong Rice Mill"})
        assert auto.tick() is not None
        qtbot.waitUntil(lambda: len(made) == 2 and auto.running is None, timeout=10_000)
    finally:
        auto.stop()


def test_after_a_crash_a_backup_is_made_at_start(ctx: AppContext, qtbot: Any) -> None:
    ctx.db.smes.create({"name": "Angkor Silk"})
    auto = AutoBackup(ctx, crashed=True)
    made: list[Any] = []
    auto.made.connect(made.append)
    try:
        qtbot.waitUntil(lambda: bool(made), timeout=10_000)
        assert made[0].reason == "start"
    finally:
        auto.stop()


def test_a_damaged_database_is_not_opened_and_the_newest_backup_is_offered(
        qapp: Any, data_dir: Path) -> None:
    from tests.services.test_backups import damage

    path = data_dir / "gmsdesk.sqlite3"
    db = Database(path, user="t")
    for i in range(300):
        db.smes.create({"name": f"SME {i}"})
    good = backups.create(db, "auto")
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    damage(path)
    backups.session_start(path)  # a run that never ended: the whole file is checked
    offered: list[StartupCheck] = []
    assert check_at_start(path, choose=answering(StartChoice(), offered)) is None
    assert good is not None and offered[0].newest == good and offered[0].problems
    backups.session_start(path)
    assert check_at_start(path, choose=answering(StartChoice(good.path), [])) is True
    with Database(path, user="t") as again:
        assert again.smes.count() == 300
    backups.session_end(path)
    assert check_at_start(path, choose=lambda c: StartChoice()) is False  # sound: no question


def test_model_headers() -> None:
    model = BackupModel("en")
    assert [model.headerData(i, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal)
            for i in range(4)] == ["Made", "Why", "Size", "Check"]
