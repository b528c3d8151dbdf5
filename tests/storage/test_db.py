"""Opening, migrating and protecting the database file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from gmsdesk.storage.db import SCHEMA_VERSION, Database
from gmsdesk.storage.errors import SchemaTooNew


def test_first_open_creates_schema_wal_and_foreign_keys(tmp_path: Path) -> None:
    db = Database(tmp_path / "new.sqlite3")
    assert db.schema_version() == SCHEMA_VERSION
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    applied = [tuple(r) for r in db.conn.execute("SELECT version, name FROM schema_migrations")]
    assert [v for v, _ in applied] == list(range(1, SCHEMA_VERSION + 1))
    assert len(db.device_id) == 32
    db.close()


def test_reopen_keeps_device_id_and_clock(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    db = Database(path)
    device = db.device_id
    db.smes.create({"name": "Angkor Silk"})
    last = db.clock.last
    db.close()
    again = Database(path)
    assert again.device_id == device
    assert again.clock.last == last
    with again.atomic():
        assert again.tick() > last
    again.close()


def test_newer_schema_is_refused_and_file_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    Database(path).close()
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    raw.commit()
    raw.close()
    before = path.read_bytes()
    with pytest.raises(SchemaTooNew, match="newer version of GMS Desk"):
        Database(path)
    assert path.read_bytes() == before


def test_failed_migration_rolls_back_completely(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from gmsdesk.storage import db as dbmod

    def broken(sql: object) -> None:
        sql.executescript("CREATE TABLE half_done (x INTEGER)")  # type: ignore[attr-defined]
        raise RuntimeError("boom")

    path = tmp_path / "db.sqlite3"
    Database(path).close()
    monkeypatch.setattr(dbmod, "MIGRATIONS", [*dbmod.MIGRATIONS,
                                             (SCHEMA_VERSION + 1, "x", broken)])
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(RuntimeError):
        Database(path)
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert not raw.execute("SELECT name FROM sqlite_master WHERE name='half_done'").fetchall()


def test_failed_write_leaves_no_trace(db: Database) -> None:
    with pytest.raises(RuntimeError), db.atomic():  # noqa: PT012 - the block is the scenario: the failure must happen mid-way
        db.smes.create({"name": "Half written"})
        raise RuntimeError("power cut")
    assert db.smes.count() == 0
    assert db.outbox.pending_count() == 0
