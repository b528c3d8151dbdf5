"""Backups and restore on real SQLite files: consistent online copies, checks, retention and the
disk budget, encryption, the pre-migration backup, crash detection, a damaged database."""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from gmsdesk import cli
from gmsdesk.services import backups
from gmsdesk.services.backups import BackupInfo
from gmsdesk.storage import indicator_tables
from gmsdesk.storage.db import Database, integrity_problems
from gmsdesk.storage.migrations import MIGRATIONS


def smes(db: Database, count: int, prefix: str = "SME") -> list[str]:
    return [db.smes.create({"name": f"{prefix} {i}"})[0].record_id for i in range(count)]


def user_version(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def test_a_backup_is_a_checked_private_copy_beside_the_database(db: Database) -> None:
    smes(db, 30)
    info = backups.create(db, "manual")
    assert info is not None
    folder = db.path.parent / "backups"
    assert info.path.parent == folder and info.path.name.endswith(".sqlite3.gz")
    assert info.size == info.path.stat().st_size > 0
    assert abs((datetime.now(UTC) - info.taken_at).total_seconds()) < 60
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert [f.name for f in folder.iterdir() if f.name.startswith(".")] == []  # no leftovers
    seen = backups.preview(db.path, info.path)
    assert (seen.smes, seen.reason) == (30, "manual")
    assert seen.taken_at == info.taken_at
    assert backups.list_backups(db.path) == [info]


def test_a_copy_made_while_another_connection_writes_is_consistent(
        db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """The backup API copies pages in steps; a write by another connection in between makes
    it start again, so the copy is one committed state, never a mix."""
    monkeypatch.setattr(backups, "PAGES_PER_STEP", 4)
    smes(db, 200)
    writer = Database(db.path, user="other")
    wrote = threading.Event()

    def progress(done: int, total: int) -> bool:
        if done < 500 and not wrote.is_set():
            wrote.set()
            smes(writer, 50, "Late")  # commits in the middle of the copy
        return True

    try:
        info = backups.create(db, "manual", progress=progress)
    finally:
        writer.close()
    assert info is not None and wrote.is_set()
    seen = backups.preview(db.path, info.path)
    assert seen.smes in (200, 250)


def test_the_indicator_tables_are_never_backed_up_and_are_discarded_on_restore(
        db: Database) -> None:
    smes(db, 5)
    tables = indicator_tables.tables_path(db.path)
    tables.write_bytes(b"derived")
    info = backups.create(db, "manual")
    assert info is not None
    assert all("indicators" not in p.name for p in (db.path.parent / "backups").iterdir())
    backups.restore(db.path, info.path, current=db)
    assert not tables.exists()


def test_backup_before_is_skipped_when_nothing_changed(db: Database, data_dir: Path) -> None:
    assert backups.backup_before(data_dir / "none.sqlite3", "import") is None  # no database
    smes(db, 3)
    first = backups.backup_before(db, "import")
    assert first is not None and first.reason == "import"
    assert backups.backup_before(db, "bulk-delete") == first  # the same state: no new copy
    smes(db, 1)
    second = backups.backup_before(db, "bulk-delete")
    assert second is not None and second != first
    assert [b.reason for b in backups.list_backups(db.path)] == ["bulk-delete", "import"]
    assert backups.changed_since_backup(db) is False
    db.surveys  # noqa: B018 - a draft (never synced) counts as a change too
    assert backups.change_mark(db) == backups.change_mark(db)


def test_a_migration_is_preceded_by_a_backup_of_the_old_schema(data_dir: Path) -> None:
    path = data_dir / "old.sqlite3"
    old = Database(path, user="t", migrations=MIGRATIONS[:7])
    smes(old, 4)
    old.close()
    assert backups.list_backups(path) == []
    Database(path, user="t").close()  # the upgrade
    made = backups.list_backups(path)
    assert [b.reason for b in made] == ["migration"]
    work = data_dir / "unpacked.sqlite3"
    backups.unpack(made[0].path, work)
    assert user_version(work) == 7 and integrity_problems(work) == []
    Database(path, user="t").close()  # nothing to migrate: no second backup
    assert len(backups.list_backups(path)) == 1


def test_a_fresh_database_is_not_backed_up_when_it_is_made(data_dir: Path) -> None:
    Database(data_dir / "new.sqlite3", user="t").close()
    assert backups.list_backups(data_dir / "new.sqlite3") == []


def _fake(folder: Path, at: datetime, size: int = 10, stem: str = "gmsdesk") -> BackupInfo:
    stamp = at.strftime("%Y%m%dT%H%M%S") + "000Z"
    path = folder / f"{stem}-{stamp}-auto.sqlite3.gz"
    path.write_bytes(b"x" * size)
    return BackupInfo(path, at, "auto", size)


def test_retention_keeps_48_recent_14_daily_8_weekly_12_monthly(tmp_path: Path) -> None:
    now = datetime(2026, 6, 30, 12, 0, tzinfo=UTC)
    # Every 30 minutes for the last 20 days, then one a day for two years before.
    times = [now - timedelta(minutes=30 * i) for i in range(20 * 48)]
    times += [now - timedelta(days=20 + i) for i in range(730)]
    made = [BackupInfo(tmp_path / f"b{i}", t, "auto", 1) for i, t in enumerate(times)]
    kept = backups.to_keep(made, room=10 ** 9)
    assert kept[:48] == made[:48]  # the last 48
    local = [b.taken_at.astimezone() for b in kept]
    assert len({t.date() for t in local}) >= 14
    assert len({(t.year, t.month) for t in local}) == 12  # no more than 12 months back
    oldest = min(local)
    assert now.astimezone() - oldest < timedelta(days=366)
    weeks = sorted({t.isocalendar()[:2] for t in local}, reverse=True)
    assert len(weeks) >= 8
    # Nothing else: 48 + a few days, weeks and months.
    assert len(kept) <= 48 + 14 + 8 + 12


def test_the_disk_budget_drops_the_oldest_but_keeps_the_newest(tmp_path: Path) -> None:
    now = datetime(2026, 6, 30, 12, 0, tzinfo=UTC)
    made = [BackupInfo(tmp_path / f"b{i}", now - timedelta(minutes=30 * i), "auto", 100)
            for i in range(10)]
    assert backups.to_keep(made, room=350) == made[:3]
    assert backups.to_keep(made, room=10) == made[:1]  # larger than the budget: still kept


def test_prune_deletes_files_past_the_budget(db: Database) -> None:
    folder = backups.backups_dir(db.path)
    now = datetime.now(UTC)
    made = [_fake(folder, now - timedelta(minutes=30 * i), size=1000) for i in range(6)]
    _fake(folder, now, stem="other")  # another database's: not counted, not touched
    backups.set_budget(db.path, 2500)
    assert backups.budget(db.path) == 2500
    gone = backups.prune(db.path)
    assert sorted(gone) == sorted(b.path for b in made[2:])
    assert [b.path for b in backups.list_backups(db.path)] == [b.path for b in made[:2]]
    assert len(list(folder.glob("other-*"))) == 1
    backups.set_budget(db.path, None)
    assert 0 < backups.budget(db.path) <= backups.DEFAULT_BUDGET


def test_what_a_killed_backup_left_goes_at_the_next_prune(db: Database) -> None:
    """A backup or restore killed half-way leaves a whole copy of the database: gone as soon
    as its process is known to have ended, kept while it may still be at work."""
    import subprocess
    import sys

    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)
    folder = backups.backups_dir(db.path)
    folder.mkdir(parents=True, exist_ok=True)
    dead = [folder / f".partial-{ended.stdout.strip()}-0a1b2c.sqlite3",
            folder / f".work-{ended.stdout.strip()}-0a1b2c.sqlite3"]
    alive = folder / f".partial-{os.getpid()}-0a1b2c.sqlite3"
    older = folder / ".partial-0a1b2c3d4e5f.sqlite3"  # named before process ids: by its age
    for path in (*dead, alive, older):
        path.write_bytes(b"x" * 100)
    backups.prune(db.path)
    assert not any(path.exists() for path in dead)
    assert alive.exists() and older.exists()


def test_encrypted_copy_refuses_a_wrong_passphrase_and_a_changed_byte(db: Database,
                                                                      tmp_path: Path) -> None:
    smes(db, 20, "Angkor Silk")
    usb = tmp_path / "usb"
    usb.mkdir()
    written = backups.export(db, usb, passphrase="mekong river 2026")
    assert written is not None and written.name.endswith(".sqlite3.gz.enc")
    assert backups.kind_of(written) == "encrypted"
    with pytest.raises(backups.PassphraseNeeded):
        backups.preview(db.path, written)
    with pytest.raises(backups.WrongPassphrase):
        backups.preview(db.path, written, "mekong river 2025")
    assert backups.preview(db.path, written, "mekong river 2026").smes == 20
    data = bytearray(written.read_bytes())
    changed = usb / "changed.enc"
    data[len(data) // 2] ^= 0x01
    changed.write_bytes(bytes(data))
    with pytest.raises(backups.Tampered):
        backups.preview(db.path, changed, "mekong river 2026")
    cut = usb / "cut.enc"
    cut.write_bytes(written.read_bytes()[:-100])
    with pytest.raises(backups.Tampered):
        backups.restore(db.path, cut, "mekong river 2026", current=db)
    assert db.smes.count() == 20  # nothing was replaced
    # The plain messages a person sees.
    assert "passphrase" in str(backups.WrongPassphrase()).lower()
    assert "changed" in str(backups.Tampered())


def test_a_plain_copy_to_a_folder_and_a_file_that_is_no_backup(db: Database,
                                                               tmp_path: Path) -> None:
    smes(db, 2)
    written = backups.export(db, tmp_path)
    assert written is not None and backups.kind_of(written) == "gzip"
    assert backups.preview(db.path, written).smes == 2
    junk = tmp_path / "notes.txt"
    junk.write_text("not a backup")
    with pytest.raises(backups.NotABackup):
        backups.preview(db.path, junk)
    truncated = tmp_path / "short.sqlite3.gz"
    truncated.write_bytes(written.read_bytes()[:200])
    with pytest.raises(backups.NotABackup):
        backups.restore(db.path, truncated, current=db)
    assert db.smes.count() == 2


def test_restore_puts_the_backup_back_after_backing_up_the_current_state(
        db: Database) -> None:
    smes(db, 10)
    info = backups.create(db, "manual")
    assert info is not None
    smes(db, 5, "Later")
    result = backups.restore(db.path, info.path, current=db)
    assert result is not None and result.before is not None
    assert result.before.reason == "restore"
    assert db.smes.count() == 10  # the connection the app holds sees the restored data
    assert backups.preview(db.path, result.before.path).smes == 15  # and the way back
    assert integrity_problems(db.path, full=True) == []


def test_a_crash_is_noticed_at_the_next_start(db: Database) -> None:
    assert backups.session_start(db.path) is False
    backups.session_end(db.path)
    assert backups.session_start(db.path) is False
    # The process ends without session_end (a crash): its marker names a process now gone.
    marker = db.path.with_name(db.path.name + ".running")
    marker.write_text("999999999")
    assert backups.session_start(db.path) is True
    backups.session_end(db.path)
    assert not marker.exists()


def damage(path: Path) -> None:
    """Overwrite pages in the middle of a database file, as a failing disk would."""
    size = path.stat().st_size
    with open(path, "r+b") as out:
        for at in range(4096 * 2, size - 4096, 4096 * 3):
            out.seek(at + 100)
            out.write(os.urandom(600))


def test_a_damaged_database_is_found_at_start_and_the_newest_backup_restored(
        data_dir: Path) -> None:
    path = data_dir / "gmsdesk.sqlite3"
    db = Database(path, user="t")
    smes(db, 300)
    good = backups.create(db, "auto")
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    assert good is not None
    damage(path)
    check = backups.startup_check(path, crashed=True)
    assert check.problems and check.newest == good
    result = backups.restore(path, good.path)
    assert result is not None and result.before is None and result.damaged is not None
    assert result.damaged.exists() and result.damaged.parent.name == "backups"
    assert backups.startup_check(path, crashed=True).problems == []
    with Database(path, user="t") as again:
        assert again.smes.count() == 300


def test_a_damaged_database_held_open_is_restored_under_its_connection(
        data_dir: Path) -> None:
    """The window (or a command) holds the damaged database open: it is copied aside, not
    moved, and the restored pages reach the open connection through SQLite."""
    path = data_dir / "gmsdesk.sqlite3"
    db = Database(path, user="t")
    smes(db, 300)
    good = backups.create(db, "auto")
    assert good is not None
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damage(path)
    try:
        result = backups.restore(path, good.path, current=db)
        assert result is not None and result.damaged is not None and result.before is None
        assert result.damaged.exists() and path.exists()
        assert db.smes.count() == 300
        assert integrity_problems(path, full=True) == []
    finally:
        db.close()


def test_cli_backup_backups_restore(data_dir: Path, capsys: pytest.CaptureFixture[str],
                                    tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Database(data_dir / "gmsdesk.sqlite3", user="t") as db:
        smes(db, 7)
    args = ["--data-dir", str(data_dir)]
    assert cli.main([*args, "backup"]) == 0
    assert "checked" in capsys.readouterr().out
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setenv("GMSDESK_BACKUP_PASSPHRASE", "a long passphrase")
    assert cli.main([*args, "backup", "--to", str(usb), "--encrypt"]) == 0
    copy = next(usb.iterdir())
    assert copy.name.endswith(".enc")
    assert cli.main([*args, "backups"]) == 0
    listing = capsys.readouterr().out
    assert "Backed up by hand" in listing
    with Database(data_dir / "gmsdesk.sqlite3", user="t") as db:
        smes(db, 3, "After")
    assert cli.main([*args, "restore", str(copy), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "7 SMEs" in out and "Restored" in out
    with Database(data_dir / "gmsdesk.sqlite3", user="t") as db:
        assert db.smes.count() == 7
    monkeypatch.setenv("GMSDESK_BACKUP_PASSPHRASE", "wrong")
    assert cli.main([*args, "restore", str(copy), "--yes"]) == 2
    assert "passphrase" in capsys.readouterr().err
