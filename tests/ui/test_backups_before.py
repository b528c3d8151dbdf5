"""Risky work in the window is preceded by a backup: deleting several SMEs at once from the list,
and retiring a form version. A small database is backed up right away; a large one in the
background, with progress and Cancel, the work done only once the backup is made (real widgets
offscreen, real SQLite files)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QProgressDialog, QPushButton

from gmsdesk.services import backups
from gmsdesk.services.forms import shipped_forms_pending
from gmsdesk.storage.db import Database
from gmsdesk.storage.smes import SmeQuery
from gmsdesk.ui import backups as ui_backups
from gmsdesk.ui import tasks
from gmsdesk.ui.application import AppContext
from tests.survey_kit import import_needs
from tests.ui.test_hq_lists import select, surveys_area

TIMEOUT = 10_000


def add_smes(ctx: AppContext, qtbot: Any, names: list[str]) -> list[str]:
    changes = [c for n in names for c in ctx.db.smes.create({"name": n})]
    ctx.bus.publish(changes)
    area = ctx.window.smes  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not area.model.loading and not area._search_timer.isActive()
                    and area.model.total == ctx.db.smes.count())
    return [c.record_id for c in changes]


def live(ctx: AppContext) -> int:
    return int(ctx.db.smes.count(SmeQuery(deleted=False)))


def reasons(ctx: AppContext) -> list[str]:
    return [b.reason for b in backups.list_backups(ctx.db.path)]


def test_deleting_several_smes_is_preceded_by_a_backup(
        window: Any, ctx: AppContext, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    area = window.smes
    first = add_smes(ctx, qtbot, ["Angkor Silk", "Mekong Rice Mill", "Bat Trang Ceramics",
                                  "Bayon Tours"])
    area.select_id(first[0])
    assert area.delete_selected() is None  # one SME: undoable, not backed up
    qtbot.waitUntil(lambda: live(ctx) == 3)
    assert reasons(ctx) == []

    qtbot.waitUntil(lambda: area.model.total == 3)
    area.table.selectAll()
    assert area.delete_selected() is None  # a small database: backed up right here
    assert live(ctx) == 0 and reasons(ctx) == ["bulk-delete"]
    [made] = backups.list_backups(ctx.db.path)
    assert backups.preview(ctx.db.path, made.path).smes == 3  # the SMEs as they were
    assert window.undo_stack.undoText() == "delete 3 SMEs"

    # A large database: the backup is made in the background, the SMEs deleted after it.
    monkeypatch.setattr(ui_backups, "INLINE_BACKUP_BYTES", 0)
    add_smes(ctx, qtbot, ["Phnom Penh Crafts", "Luang Prabang Weavers"])
    area.table.selectAll()
    task = area.delete_selected()
    assert task is not None and not area.delete_action.isEnabled()
    assert live(ctx) == 2  # not before the backup is made
    qtbot.waitUntil(lambda: live(ctx) == 0, timeout=TIMEOUT)
    assert reasons(ctx) == ["bulk-delete", "bulk-delete"]
    qtbot.waitUntil(lambda: area.model.total == 0)

    # Cancel while the backup is made: nothing deleted, no backup left.
    add_smes(ctx, qtbot, ["Vientiane Coffee", "Siem Reap Pepper"])
    gate = threading.Event()
    report = tasks.Task._progress

    def held(task: Any, done: int, total: int) -> bool:
        gate.wait(TIMEOUT / 1000)
        return report(task, done, total)

    monkeypatch.setattr(tasks.Task, "_progress", held)
    area.table.selectAll()
    assert area.delete_selected() is not None
    [dialog] = [d for d in area.findChildren(QProgressDialog) if not d.wasCanceled()]
    assert dialog.labelText() == "Making a backup first…"
    [cancel] = dialog.findChildren(QPushButton)
    cancel.click()
    gate.set()
    qtbot.waitUntil(lambda: area.backup_task is None, timeout=TIMEOUT)
    assert area.info.text() == "Nothing was deleted: the backup made first was stopped."
    assert live(ctx) == 2 and len(reasons(ctx)) == 2
    assert area.delete_action.isEnabled()


def test_retiring_a_form_version_is_preceded_by_a_backup(
        window: Any, ctx: AppContext, qtbot: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    ref = import_needs(ctx.db, tmp_path)
    area = surveys_area(window, qtbot)
    # The forms GMS Desk ships are installed in the background when the area first opens:
    # a write that would call for a backup of its own.
    qtbot.waitUntil(lambda: not shipped_forms_pending(ctx.db), timeout=TIMEOUT)
    ctx.settings.is_admin = True  # retiring a version is an administrator's work
    select(area, "needs")
    assert area.toggle_retired()  # right here: the database is small
    assert ctx.db.surveys.versions("needs")[0].retired
    assert reasons(ctx) == ["form-retire"]
    qtbot.waitUntil(lambda: select(area, "needs").retired)  # the list shows it
    area.toggle_retired()  # brought back: not risky, no backup
    assert not ctx.db.surveys.versions("needs")[0].retired and len(reasons(ctx)) == 1

    monkeypatch.setattr(ui_backups, "INLINE_BACKUP_BYTES", 0)
    qtbot.waitUntil(lambda: not select(area, "needs").retired)
    assert area.toggle_retired() == ()  # in the background; retired once the backup is made
    assert area.retire_task is not None
    assert not ctx.db.surveys.versions("needs")[0].retired
    qtbot.waitUntil(lambda: ctx.db.surveys.versions("needs")[0].retired, timeout=TIMEOUT)
    assert reasons(ctx) == ["form-retire", "form-retire"] and area.retire_task is None
    assert "retired" in area.info.text()
    made = backups.list_backups(ctx.db.path)[0]
    work = tmp_path / "unpacked.sqlite3"
    backups.unpack(made.path, work)
    copy = Database(work, user="check")
    try:
        assert not copy.sync.record("forms", ref)["retired"]  # the version as it was
    finally:
        copy.close()
