"""SQLite errors a person can act on leave storage named, in plain words; bugs stay bugs.

Every error here is one SQLite really raises: a full database (its page limit reached), a lock
held by another connection, a write refused, a damaged page, garbage bytes, a write the operating
system refused.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from gmsdesk.storage.db import Database
from gmsdesk.storage.errors import (
    Corrupt,
    DatabaseBusy,
    DatabaseProblem,
    DiskError,
    DiskFull,
    ReadOnly,
    classify,
)
from tests.full_disk import cap_growth, fill_with_smes, free_space

needs_proc = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(),
                                reason="finds SQLite's open files through /proc")


def _raised(action: Callable[[], object]) -> sqlite3.Error:
    """The SQLite error `action` raises (the test fails if it raises none)."""
    with pytest.raises(sqlite3.Error) as caught:
        action()
    return caught.value


def _fill(conn: sqlite3.Connection, pages: int = 4) -> None:
    """Let the database grow by only a few more pages, then write until it is full."""
    count = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {count + pages}")
    while True:
        conn.execute("INSERT INTO t VALUES (?)", ("x" * 1000,))


def _damage(path: Path, table: str) -> None:
    """Overwrite the first page of `table` with garbage, as a failing disk might."""
    with closing(sqlite3.connect(path)) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                            (table,)).fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    assert not Path(f"{path}-wal").exists()  # everything is in the main file
    with path.open("r+b") as file:
        file.seek((root - 1) * size)
        file.write(b"\xa5" * size)


@contextmanager
def _unwritable(path: Path) -> Iterator[None]:
    """While inside, the operating system refuses SQLite's writes to `path` (which SQLite has
    open) as a failing disk would: its descriptor is swapped for a read-only one, then back."""
    target = str(path.resolve())
    fds = [int(fd) for fd in os.listdir("/proc/self/fd")
           if os.path.realpath(f"/proc/self/fd/{fd}") == target]
    assert len(fds) == 1, fds
    saved = os.dup(fds[0])
    read_only = os.open(path, os.O_RDONLY)
    os.dup2(read_only, fds[0])
    try:
        yield
    finally:
        os.dup2(saved, fds[0])
        os.close(saved)
        os.close(read_only)


# -- classify: one real error per kind ------------------------------------------------------


def _full(folder: Path) -> sqlite3.Error:
    conn = sqlite3.connect(folder / "full.db", isolation_level=None)
    conn.execute("CREATE TABLE t (x TEXT)")
    with closing(conn):
        return _raised(lambda: _fill(conn))


def _busy(folder: Path) -> sqlite3.Error:
    path = folder / "busy.db"
    with closing(sqlite3.connect(path, isolation_level=None)) as holder, \
            closing(sqlite3.connect(path, isolation_level=None, timeout=0.05)) as waiter:
        holder.execute("BEGIN EXCLUSIVE")
        return _raised(lambda: waiter.execute("BEGIN EXCLUSIVE"))


def _locked(folder: Path) -> sqlite3.Error:
    # One connection dropping a table it is still reading from.
    with closing(sqlite3.connect(folder / "locked.db", isolation_level=None)) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.executemany("INSERT INTO t VALUES (?)", [(1,), (2,)])
        reading = conn.execute("SELECT x FROM t")
        reading.fetchone()
        return _raised(lambda: conn.execute("DROP TABLE t"))


def _read_only(folder: Path) -> sqlite3.Error:
    with closing(sqlite3.connect(folder / "ro.db", isolation_level=None)) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.execute("PRAGMA query_only = ON")
        return _raised(lambda: conn.execute("INSERT INTO t VALUES (1)"))


def _damaged(folder: Path) -> sqlite3.Error:
    path = folder / "damaged.db"
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("CREATE TABLE t (x TEXT)")
        conn.executemany("INSERT INTO t VALUES (?)", [("x" * 100,)] * 200)
    _damage(path, "t")
    with closing(sqlite3.connect(path)) as conn:
        return _raised(lambda: conn.execute("SELECT count(*) FROM t").fetchone())


def _not_a_database(folder: Path) -> sqlite3.Error:
    path = folder / "notes.db"
    path.write_bytes(b"Shopping list: rice, fish sauce, limes\n" * 200)
    with closing(sqlite3.connect(path)) as conn:
        return _raised(lambda: conn.execute("SELECT * FROM sqlite_master").fetchall())


def _io_error(folder: Path) -> sqlite3.Error:
    path = folder / "io.db"
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE t (x)")
        with _unwritable(Path(f"{path}-wal")):
            return _raised(lambda: conn.execute("INSERT INTO t VALUES (1)"))


@pytest.mark.parametrize(("make", "kind"), [
    (_full, DiskFull),
    (_busy, DatabaseBusy),
    (_locked, DatabaseBusy),
    (_read_only, ReadOnly),
    (_damaged, Corrupt),
    (_not_a_database, Corrupt),
    pytest.param(_io_error, DiskError, marks=needs_proc),
])
def test_classify_names_each_kind(make: Callable[[Path], sqlite3.Error],
                                  kind: type[DatabaseProblem], tmp_path: Path) -> None:
    exc = make(tmp_path)
    problem = classify(exc, tmp_path / "gmsdesk.sqlite3")
    assert type(problem) is kind
    assert str(problem) == f"{kind.message}\n{tmp_path / 'gmsdesk.sqlite3'}"


def test_classify_goes_by_the_primary_code(tmp_path: Path) -> None:
    # A failed write is reported with an extended code (SQLITE_IOERR_WRITE, 778).
    exc = _io_error(tmp_path) if Path("/proc/self/fd").is_dir() else None
    if exc is None:
        pytest.skip("finds SQLite's open files through /proc")
    assert exc.sqlite_errorcode == sqlite3.SQLITE_IOERR_WRITE
    problem = classify(exc)
    assert type(problem) is DiskError and str(problem) == DiskError.message


def test_classify_leaves_bugs_alone(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "bugs.db", isolation_level=None)
    conn.execute("CREATE TABLE t (x UNIQUE)")
    conn.execute("INSERT INTO t VALUES (1)")
    duplicate = _raised(lambda: conn.execute("INSERT INTO t VALUES (1)"))
    typo = _raised(lambda: conn.execute("SELEC 1"))
    conn.close()
    closed = _raised(lambda: conn.execute("SELECT 1"))  # raised by Python, with no code
    assert [classify(e) for e in (duplicate, typo, closed)] == [None, None, None]


# -- the storage boundary -------------------------------------------------------------------


def test_disk_full_keeps_what_was_saved_and_the_database_usable(db: Database) -> None:
    saved, full = fill_with_smes(db, "Mekong Weavers", "Hand-woven silk scarves. " * 20)
    assert str(full) == f"{DiskFull.message}\n{db.path}"
    assert not db.in_transaction and not db.conn.in_transaction
    assert sorted(s.name for s in db.smes.search("Mekong Weavers", limit=20_000)) == sorted(saved)
    assert db.outbox.pending_count() == len(saved)
    free_space(db)
    db.smes.create({"name": "After the clean-up"})
    assert db.smes.count() == len(saved) + 1


def test_disk_full_inside_a_savepoint_is_named_too(db: Database) -> None:
    db.smes.create({"name": "Saved first"})
    cap_growth(db)
    with pytest.raises(DiskFull) as caught, db.atomic():  # noqa: PT012 - fills the disk until it is full
        for n in range(10_000):
            with db.atomic():  # each savepoint rolls back its part, then the transaction
                db.smes.create({"name": f"Batch {n}", "notes": "x" * 500})
    assert str(caught.value) == f"{DiskFull.message}\n{db.path}"
    assert not db.in_transaction and not db.conn.in_transaction
    assert [s.name for s in db.smes.search("", limit=10)] == ["Saved first"]
    assert db.outbox.pending_count() == 1
    free_space(db)
    db.smes.create({"name": "Saved after"})
    assert db.smes.count() == 2


def test_busy_database_is_named_and_can_be_retried(db: Database) -> None:
    db.conn.execute("PRAGMA busy_timeout = 50")
    with closing(sqlite3.connect(db.path, isolation_level=None)) as other:
        other.execute("BEGIN EXCLUSIVE")  # another program writing
        with pytest.raises(DatabaseBusy) as caught:
            db.smes.create({"name": "Angkor Silk"})
        assert not db.in_transaction
        other.execute("ROLLBACK")
    assert str(caught.value) == f"{DatabaseBusy.message}\n{db.path}"
    assert db.smes.count() == 0 and db.outbox.pending_count() == 0
    db.smes.create({"name": "Angkor Silk"})  # trying again works
    assert db.smes.count() == 1


def test_refused_write_is_read_only(db: Database) -> None:
    db.conn.execute("PRAGMA query_only = ON")
    with pytest.raises(ReadOnly) as caught:
        db.smes.create({"name": "Angkor Silk"})
    assert str(caught.value) == f"{ReadOnly.message}\n{db.path}"
    assert not db.in_transaction
    db.conn.execute("PRAGMA query_only = OFF")
    db.smes.create({"name": "Angkor Silk"})
    assert db.smes.count() == 1


def _open_as_someone_else(path: Path) -> str:
    """Open `path` in a child process of a user who may not write to its folder (root may write
    anywhere, so under root the child becomes nobody); what it raised, as "Kind\\nmessage"."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        outcome = "opened"
        try:
            os.close(read)
            if os.geteuid() == 0:
                os.setgroups([])
                os.setgid(65534)
                os.setuid(65534)
            Database(path, user="tester").close()
        except BaseException as exc:
            outcome = f"{type(exc).__name__}\n{exc}"
        finally:
            os.write(write, outcome.encode())
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        outcome = pipe.read().decode()
    os.waitpid(pid, 0)
    return outcome


@pytest.mark.skipif(not hasattr(os, "fork"), reason="opens the file from a child process")
@pytest.mark.parametrize("existing", [False, True], ids=["first-open", "existing"])
def test_read_only_folder_is_named_when_opening(existing: bool) -> None:
    # A new file cannot be made there (SQLITE_CANTOPEN); an existing one cannot get its
    # write-ahead log (SQLITE_READONLY_DIRECTORY).
    folder = Path(tempfile.mkdtemp(prefix="gmsdesk-"))  # not under pytest's root-only folder
    path = folder / "gmsdesk.sqlite3"
    try:
        if existing:
            Database(path).close()
        folder.chmod(0o555)
        outcome = _open_as_someone_else(path)
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)
    assert outcome == f"ReadOnly\n{ReadOnly.message}\n{path}"


def test_file_that_is_not_a_database_is_corrupt_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "gmsdesk.sqlite3"
    path.write_bytes(os.urandom(8192))
    before = path.read_bytes()
    with pytest.raises(Corrupt) as caught:
        Database(path)
    assert str(caught.value) == f"{Corrupt.message}\n{path}"
    assert isinstance(caught.value.__cause__, sqlite3.DatabaseError)
    assert path.read_bytes() == before


def test_damaged_database_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "gmsdesk.sqlite3"
    with Database(path) as db:
        for n in range(50):
            db.smes.create({"name": f"Luang Prabang Coffee {n}", "notes": "x" * 300})
    _damage(path, "smes")
    with Database(path) as db, pytest.raises(Corrupt) as caught:
        db.smes.create({"name": "One more"})
    assert str(caught.value) == f"{Corrupt.message}\n{path}"


@needs_proc
def test_disk_error_at_commit_keeps_the_connection_usable(db: Database) -> None:
    db.smes.create({"name": "Saved before"})
    with _unwritable(Path(f"{db.path}-wal")), pytest.raises(DiskError) as caught:
        db.smes.create({"name": "Lost to the disk"})
    assert str(caught.value) == f"{DiskError.message}\n{db.path}"
    assert isinstance(caught.value.__cause__, sqlite3.OperationalError)
    assert not db.in_transaction and not db.conn.in_transaction
    db.smes.create({"name": "Saved after"})
    db.close()
    with Database(db.path) as again:
        assert again.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert sorted(s.name for s in again.smes.search("Saved", limit=10)) == [
            "Saved after", "Saved before"]


def test_failed_commit_rolls_back_and_leaves_the_connection_usable(db: Database) -> None:
    # A reference checked only at COMMIT: the COMMIT fails and SQLite keeps the transaction open.
    db.conn.execute("CREATE TEMP TABLE parent (id INTEGER PRIMARY KEY)")
    db.conn.execute("CREATE TEMP TABLE child (parent_id INTEGER REFERENCES parent(id) "
                    "DEFERRABLE INITIALLY DEFERRED)")
    # A bug: raised as it was. The COMMIT on leaving the block is what fails.
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"), db.atomic():  # noqa: PT012
        db.smes.create({"name": "Written with a broken reference"})
        db.conn.execute("INSERT INTO temp.child VALUES (1)")
    assert not db.in_transaction and not db.conn.in_transaction
    assert db.smes.count() == 0 and db.outbox.pending_count() == 0
    db.smes.create({"name": "Next"})
    assert db.smes.count() == 1


def test_rollback_shows_the_real_error(db: Database) -> None:
    # OR ROLLBACK makes SQLite end the whole transaction itself, as a full disk or a failing
    # one may: rolling back again must not hide why ("no transaction is active").
    db.smes.create({"name": "Kept"})
    # The inner statement ends the outer transaction too: both blocks are the scenario.
    with (pytest.raises(sqlite3.IntegrityError, match="UNIQUE constraint failed") as caught,  # noqa: PT012
          db.atomic()):
        db.smes.create({"name": "Rolled back"})
        with db.atomic():
            db.conn.execute("INSERT OR ROLLBACK INTO meta(key, value) "
                                "VALUES ('device_id', 'again')")
    assert not getattr(caught.value, "__notes__", None)
    assert not db.in_transaction and not db.conn.in_transaction
    assert [s.name for s in db.smes.search("", limit=10)] == ["Kept"]
    db.smes.create({"name": "Next"})
    assert db.smes.count() == 2
