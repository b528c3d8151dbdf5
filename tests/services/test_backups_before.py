"""Retiring a form version is preceded by a backup (`forms.retire_version`, which the window
and the command line call), as the other risky work is: real SQLite files, a real XLSForm."""

from __future__ import annotations

from pathlib import Path

import pytest

from gmsdesk.services import backups
from gmsdesk.services.forms import retire_version
from gmsdesk.storage.db import Database
from gmsdesk.storage.errors import ReadOnlyRecord
from tests.survey_kit import import_needs


def retired_in(backup: backups.BackupInfo, work: Path, form_ref: str) -> bool:
    """Whether the version is retired in what the backup holds."""
    backups.unpack(backup.path, work)
    copy = Database(work, user="check")
    try:
        return bool(copy.sync.record("forms", form_ref)["retired"])
    finally:
        copy.close()


def test_a_version_is_backed_up_before_it_is_retired(
        db: Database, tmp_path: Path) -> None:
    ref = import_needs(db, tmp_path)
    assert backups.list_backups(db.path) == []
    changes = retire_version(db, ref)
    assert [c.record_id for c in changes] == [ref]
    [made] = backups.list_backups(db.path)
    assert made.reason == "form-retire"
    assert not retired_in(made, tmp_path / "a.sqlite3", ref)  # the state before
    assert db.surveys.versions("needs")[0].retired

    # Bringing it back is not risky: no backup. Retiring again after it, a new one is made.
    retire_version(db, ref, retired=False)
    assert backups.list_backups(db.path) == [made]
    retire_version(db, ref)
    newest = backups.list_backups(db.path)[0]
    assert newest != made and not retired_in(newest, tmp_path / "b.sqlite3", ref)
    # Nothing changed since the newest backup: none is made (that one holds this state).
    retire_version(db, ref, retired=False)
    backups.create(db, "manual")
    before = backups.list_backups(db.path)
    retire_version(db, ref)
    assert backups.list_backups(db.path) == before


def test_a_stopped_backup_retires_nothing_and_a_locked_version_makes_none(
        db: Database, tmp_path: Path) -> None:
    ref = import_needs(db, tmp_path)
    with pytest.raises(backups.Cancelled):
        retire_version(db, ref, progress=lambda done, total: done < 100)
    assert not db.surveys.versions("needs")[0].retired
    assert backups.list_backups(db.path) == []
    assert not [p for p in (db.path.parent / "backups").iterdir() if p.name.startswith(".")]

    with db.atomic():  # a version headquarters published: read-only on this laptop
        db.conn.execute("UPDATE forms SET agency_id = 'hq' WHERE id = ?", (ref,))
    with pytest.raises(ReadOnlyRecord):
        retire_version(db, ref)
    assert backups.list_backups(db.path) == []
