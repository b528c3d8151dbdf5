"""The local SQLite database: opening, migrating, transactions, clock and identity.

One `Database` per thread (SQLite connections are not shared); the UI thread has one and each
background worker opens its own on the same file. WAL lets readers and one writer overlap.
"""

from __future__ import annotations

import getpass
import logging
import os
import platform
import sqlite3
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils

from gmsdesk.records import REGISTRY, Registry
from gmsdesk.storage.errors import SchemaTooNew, named_errors
from gmsdesk.storage.migrations import MIGRATIONS, Migration
from gmsdesk.sync.hlc import HybridClock

if TYPE_CHECKING:
    from gmsdesk.storage.activity import ActivityRepository
    from gmsdesk.storage.agencies import AgencyRepository
    from gmsdesk.storage.events import EventRepository
    from gmsdesk.storage.ict_history import IctHistory
    from gmsdesk.storage.indicators import IndicatorRepository
    from gmsdesk.storage.outbox import Outbox
    from gmsdesk.storage.presences import PresenceRepository
    from gmsdesk.storage.smes import SmeRepository
    from gmsdesk.storage.surveys import SurveyRepository
    from gmsdesk.storage.sync_store import SyncStore
    from gmsdesk.storage.targets import TargetRepository
    from gmsdesk.storage.training import TrainingRepository

log = logging.getLogger(__name__)

SCHEMA_VERSION = MIGRATIONS[-1][0]
UNASSIGNED_AGENCY = "local"  # records made before the device is enrolled with an agency


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _keep_private(path: Path) -> None:
    """The data folder and the database's files are this user's alone on POSIX (0700 and
    0600): they hold other people's details. Only rights of group and others are taken away,
    only on what this user owns; a folder or file that is not there is left to be made."""
    if os.name != "posix":
        return
    try:
        status = path.stat()
        if status.st_uid == os.getuid() and status.st_mode & 0o077:
            path.chmod(status.st_mode & 0o700)
    except FileNotFoundError:
        pass
    except OSError:  # a file system without POSIX rights (a USB stick): nothing to take away
        log.warning("could not restrict the rights of %s", path, exc_info=True)


# Logins that name a machine's role, not a person: never shown or suggested as someone's name.
SYSTEM_ACCOUNTS = frozenset({
    "root", "admin", "administrator", "user", "users", "guest", "owner", "default",
    "ubuntu", "debian", "pi", "vagrant", "docker", "ec2-user", "centos", "fedora", "kali",
    "nobody", "system", "localuser",
})


def is_system_account(name: str | None) -> bool:
    """True for a login such as "root", "Administrator" or "ubuntu": no person's name."""
    return (name or "").strip().casefold() in SYSTEM_ACCOUNTS


def _login() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers)
        return os.environ.get("USER") or os.environ.get("USERNAME") or ""


def os_full_name() -> str:
    """The full name the system keeps for this account (the first field of its GECOS entry on
    Linux and macOS, "Sokha Chea"), when it has one that is not a login such as "root"; else
    "". What a first start suggests as the person's name, before they type theirs."""
    try:
        import pwd  # not on Windows, where the account's login is all there is

        gecos = pwd.getpwuid(os.getuid()).pw_gecos
    except (ImportError, KeyError, OSError, AttributeError):
        return ""
    name = gecos.split(",")[0].strip()
    return "" if not name or is_system_account(name) else name


def default_user() -> str:
    """Who changes are recorded as until the person typed their name (the first start asks):
    the account's full name, else its login, unless that is a system account such as "root",
    then the computer's name, so a change always records *someone* a colleague can place."""
    name = os_full_name()
    if name:
        return name
    login = _login().strip()
    if login and not is_system_account(login):
        return login
    computer = platform.node().split(".")[0].strip()
    return computer or login or "unknown"


class Database:
    """A GMS Desk database file. Opening it creates or migrates the schema."""

    def __init__(self, path: str | os.PathLike[str], *, user: str | None = None,
                 registry: Registry = REGISTRY,
                 migrations: Sequence[Migration] | None = None) -> None:
        """`registry` and `migrations`: the record types and schema this release knows (tests
        of mixed versions open a file as an older or newer release would)."""
        self.path = Path(path)
        self.registry = registry
        self.migrations = list(MIGRATIONS if migrations is None else migrations)
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        _keep_private(self.path.parent)
        self.user = user or default_user()
        self._depth = 0
        self.clock = HybridClock()
        # A file that is not a database, a read-only folder, a busy or full disk: named errors
        # that carry the path, so a person knows which file to look at.
        with named_errors(self.path):
            self.conn = sqlite3.connect(str(self.path), isolation_level=None, timeout=10)
        # Before anything is written: SQLite makes the -wal and -shm files with the rights
        # of the database file.
        for made in (self.path, *(Path(f"{self.path}{end}") for end in ("-wal", "-shm"))):
            _keep_private(made)
        try:
            with named_errors(self.path):
                self.conn.row_factory = sqlite3.Row
                self.conn.execute("PRAGMA foreign_keys = ON")
                self.conn.execute("PRAGMA busy_timeout = 10000")
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
                self.sql = sqlite_utils.Database(self.conn)
                self._migrate()
                self.clock.last = int(self.meta("hlc", "0"))
                self.clock.offset_ms = int(self.meta("clock_offset_ms", "0"))
                self.device_id = self._ensure_meta("device_id", uuid.uuid4().hex)
                # Changes an older release held back, now perhaps known (after an upgrade).
                if self._has_deferred():
                    self.sync.replay_deferred()
        except BaseException:
            self.conn.close()
            raise

    # -- schema -------------------------------------------------------------------------------

    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _has_deferred(self) -> bool:
        return self.schema_version() >= 6 and self.conn.execute(
            "SELECT 1 FROM sync_deferred LIMIT 1").fetchone() is not None

    def _migrate(self) -> None:
        current = self.schema_version()
        known = self.migrations[-1][0]
        if current > known:
            raise SchemaTooNew(current, known)
        if current and current < known:
            # A copy to go back to, should a migration (or the release after it) hurt the data.
            from gmsdesk.services.backups import backup_before

            backup_before(self.path, "migration")
        for version, name, migrate in self.migrations:
            if version <= current:
                continue
            with self.atomic():
                migrate(self.sql)
                self.conn.execute(
                    "INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)",
                    (version, name, utc_now()),
                )
                self.conn.execute(f"PRAGMA user_version = {int(version)}")

    # -- transactions -------------------------------------------------------------------------

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """A transaction (or a savepoint inside one). Writes take the lock up front.

        On any error what it wrote is rolled back and the real error leaves: a SQLite error a
        person can act on as its named `StorageError` (see `classify`), anything else as it is.
        A failed COMMIT rolls back too, so the connection stays usable."""
        outermost = self._depth == 0
        savepoint = f"sp{self._depth}"
        with named_errors(self.path):
            self.conn.execute("BEGIN IMMEDIATE" if outermost else f"SAVEPOINT {savepoint}")
            self._depth += 1
            try:
                yield
            except BaseException as exc:
                self._depth -= 1
                self._roll_back(outermost, savepoint, exc)
                raise
            self._depth -= 1
            try:
                self.conn.execute("COMMIT" if outermost else f"RELEASE {savepoint}")
            except sqlite3.Error as exc:
                self._roll_back(outermost, savepoint, exc)
                raise

    def _roll_back(self, outermost: bool, savepoint: str, exc: BaseException) -> None:
        """Undo what a failed block wrote. On some errors (disk full, I/O error) SQLite has
        already rolled the whole transaction back, and a ROLLBACK would fail and hide the real
        error, so SQLite is asked first. If rolling back fails all the same, that is noted on
        `exc`, which stays the error the caller sees."""
        try:
            if self.conn.in_transaction:
                if outermost:
                    self.conn.execute("ROLLBACK")
                else:
                    self.conn.execute(f"ROLLBACK TO {savepoint}")
                    self.conn.execute(f"RELEASE {savepoint}")
        except sqlite3.Error as failed:
            exc.add_note(f"Rolling back failed too: {failed!r}")
        if outermost:
            self._reload_clock()

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    def size_bytes(self) -> int:
        """The database's size as a copy of it would be (its pages, wherever they are kept
        now: the file or its -wal): what a backup takes time in proportion to."""
        pages = int(self.conn.execute("PRAGMA page_count").fetchone()[0])
        return pages * int(self.conn.execute("PRAGMA page_size").fetchone()[0])

    # -- clock and identity -------------------------------------------------------------------

    def tick(self) -> int:
        """The next hybrid-clock timestamp; call inside `atomic()` so it is persisted with the edit.

        Re-reads the stored clock first: another connection (a background worker) may have moved
        it since this one last looked.
        """
        return self.ticks(1)[0]

    def ticks(self, count: int) -> list[int]:
        """`count` successive hybrid-clock timestamps (one per record of a batch), stored
        once; call inside `atomic()`."""
        assert self._depth > 0, "tick() outside a transaction would not be persisted"
        stored = int(self.meta("hlc", "0"))
        if stored > self.clock.last:
            self.clock.last = stored
        values = [self.clock.now() for _ in range(count)]
        self.set_meta("hlc", str(values[-1]))
        return values

    def _reload_clock(self) -> None:
        with suppress(sqlite3.Error):
            self.clock.last = max(self.clock.last, int(self.meta("hlc", "0")))

    def reload_identity(self) -> None:
        """Re-read what another connection (the sync worker) may have changed and this one
        keeps in memory: the device id given at enrolment, the clock correction headquarters
        told us, and the clock itself (pending edits may have been re-stamped)."""
        self.device_id = self.meta("device_id", self.device_id)
        offset = int(self.meta("clock_offset_ms", "0"))
        if offset != self.clock.offset_ms:
            self.clock.offset_ms = offset
            self.clock.last = int(self.meta("hlc", "0"))

    @property
    def agency_id(self) -> str:
        return self.meta("agency_id", UNASSIGNED_AGENCY)

    @property
    def is_hq(self) -> bool:
        """This laptop belongs to headquarters: it sees every agency and may edit any record."""
        return self.meta("agency_hq") == "1"

    def may_write(self, agency_id: str) -> bool:
        """Whether this laptop may change a record of `agency_id`: its own agency's, what it
        made before enrolment, and on a headquarters laptop every record."""
        return agency_id in (self.agency_id, UNASSIGNED_AGENCY) or self.is_hq

    def meta(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def set_meta_atomic(self, key: str, value: str) -> None:
        with self.atomic():
            self.set_meta(key, value)

    def delete_meta(self, key: str) -> None:
        self.conn.execute("DELETE FROM meta WHERE key = ?", (key,))

    def has_table(self, name: str) -> bool:
        """Whether the schema has the table `name` (a file opened with an older release's
        migrations may not)."""
        return table_exists(self.conn, name)

    def _ensure_meta(self, key: str, value: str) -> str:
        with self.atomic():
            existing = self.meta(key)
            if existing:
                return existing
            self.set_meta(key, value)
            return value

    # -- repositories -------------------------------------------------------------------------

    @cached_property
    def smes(self) -> SmeRepository:
        from gmsdesk.storage.smes import SmeRepository

        return SmeRepository(self)

    @cached_property
    def presences(self) -> PresenceRepository:
        from gmsdesk.storage.presences import PresenceRepository

        return PresenceRepository(self)

    @cached_property
    def training(self) -> TrainingRepository:
        from gmsdesk.storage.training import TrainingRepository

        return TrainingRepository(self)

    @cached_property
    def events(self) -> EventRepository:
        from gmsdesk.storage.events import EventRepository

        return EventRepository(self)

    @cached_property
    def surveys(self) -> SurveyRepository:
        from gmsdesk.storage.surveys import SurveyRepository

        return SurveyRepository(self)

    @cached_property
    def indicators(self) -> IndicatorRepository:
        from gmsdesk.storage.indicators import IndicatorRepository

        return IndicatorRepository(self)

    @cached_property
    def agencies(self) -> AgencyRepository:
        from gmsdesk.storage.agencies import AgencyRepository

        return AgencyRepository(self)

    @cached_property
    def targets(self) -> TargetRepository:
        from gmsdesk.storage.targets import TargetRepository

        return TargetRepository(self)

    @cached_property
    def activity(self) -> ActivityRepository:
        from gmsdesk.storage.activity import ActivityRepository

        return ActivityRepository(self)

    @cached_property
    def sync(self) -> SyncStore:
        from gmsdesk.storage.sync_store import SyncStore

        return SyncStore(self)

    @cached_property
    def outbox(self) -> Outbox:
        from gmsdesk.storage.outbox import Outbox

        return Outbox(self)

    @cached_property
    def ict_history(self) -> IctHistory:
        from gmsdesk.storage.ict_history import IctHistory

        return IctHistory(self)

    def optimize(self) -> None:
        """Refresh the query planner's statistics (after bulk writes): with them SQLite starts a
        search from the few matching rows instead of walking a whole index. Bounded to ~0.1 s."""
        if not self.in_transaction:
            self.conn.execute("PRAGMA analysis_limit = 1000")
            self.conn.execute("ANALYZE")

    def set_cache_kib(self, kib: int) -> None:
        """The page cache of this connection, in KiB (a list's reader wants more than the
        default to walk an index of millions of rows)."""
        self.conn.execute(f"PRAGMA cache_size = -{int(kib)}")

    def data_version(self) -> int:
        """A number that changes when another connection commits: what was read from this
        one is still current while it stays the same."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    @contextmanager
    def stoppable(self, stop: Callable[[], bool], steps: int = 100_000) -> Iterator[None]:
        """While inside, SQLite stops a statement of this connection (raising "interrupted",
        an OperationalError) once `stop()` says so; it asks every `steps` steps (100,000 is
        about a millisecond: more often would take Python's lock from the UI thread)."""
        self.conn.set_progress_handler(lambda: 1 if stop() else 0, steps)
        try:
            yield
        finally:
            self.conn.set_progress_handler(None, 0)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# -- copies and checks of whole files (gmsdesk.services.backups) --------------------------------

def read_only(path: Path) -> sqlite3.Connection:
    """A connection that reads `path` and never makes it (a missing file is an error)."""
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=10)


def table_exists(conn: sqlite3.Connection, name: str) -> bool:
    """Whether the schema `conn` reads has the table `name` (a file made by an older release's
    migrations may not)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                        (name,)).fetchone() is not None


def holds_work(path: Path) -> bool:
    """Whether the database at `path` holds anything a person made: a record of a synced type,
    or an enrolment. Read without opening it for writing (no migration, no file made); a
    missing or unreadable file raises sqlite3.Error."""
    conn = read_only(path)
    try:
        if conn.execute("SELECT 1 FROM meta WHERE key = 'sync_enrolment'").fetchone():
            return True
        tables = {row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        return any(conn.execute(f'SELECT 1 FROM "{t.table}" LIMIT 1').fetchone()
                   for t in REGISTRY if t.table in tables)
    finally:
        conn.close()


def copy_database(source: Path, target: Path, *, meta: dict[str, str] | None = None,
                  progress: Callable[[int, int], None] | None = None,
                  pages: int = 16_384) -> None:
    """Copy a database with SQLite's online backup API: a consistent snapshot even while
    other connections write, which a copy of the files of a WAL database is not.

    A new `target` becomes a file of its own (rollback journal, no -wal beside it), with
    `meta` written into it. An existing one (the live database, when a backup is put back)
    is overwritten in one write transaction, which its other connections see as a commit.
    `progress(pages done, pages in all)` may raise to stop the copy."""
    fresh = not target.exists()
    with named_errors(source):
        src = read_only(source)
    try:
        with named_errors(target):
            dst = sqlite3.connect(str(target), isolation_level=None, timeout=10)
        try:
            def step(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            with named_errors(target):
                src.backup(dst, pages=pages, progress=step)
                if fresh:
                    dst.execute("PRAGMA journal_mode = DELETE")
                    if meta:
                        dst.executemany("INSERT INTO meta(key, value) VALUES (?, ?) "
                                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                                        sorted(meta.items()))
                else:
                    dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            dst.close()
    finally:
        src.close()


def integrity_problems(path: Path, *, full: bool = False) -> list[str]:
    """What SQLite's own check finds wrong with a database file, [] when it is sound: `PRAGMA
    quick_check` (every page and row, in time linear in the file) or, `full`, also that each
    index matches its table (`integrity_check`). A file that cannot be read as a database is
    one problem."""
    try:
        conn = read_only(path)
        try:
            check = "integrity_check" if full else "quick_check"
            found = [str(r[0]) for r in conn.execute(f"PRAGMA {check}(20)")]
            if found == ["ok"] and conn.execute(
                    "SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone() is None:
                found = ["not a GMS Desk database (it has no meta table)"]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if found == ["ok"] else found


def own_edits_after(db: Database, after: int) -> list[tuple[str, str, str, object, int, str,
                                                             str]]:
    """This laptop's edits stamped after `after` that headquarters has (they have left the
    outbox), as sync would carry them: (table, id, field, value, clock, agency, user).

    Headquarters never sends a laptop its own changes back, so a database put back from a
    backup takes these over from the one it replaces (see gmsdesk.services.backups)."""
    # A write still waiting: every field it stamped (those it sent and those it left at their
    # defaults) is this laptop's alone.
    pending = {(r[0], r[1], r[2]) for r in db.conn.execute(
        "SELECT tbl, row_id, hlc FROM outbox WHERE hlc > ?", (after,))}
    out: list[tuple[str, str, str, object, int, str, str]] = []
    for spec in db.sync.specs().values():
        record = spec.record
        names = [n for n in (*record.names, "deleted") if n != "agency_id"]
        clocks: dict[tuple[str, str], tuple[int, str]] = {
            (r[0], r[1]): (r[2], r[3]) for r in db.conn.execute(
                "SELECT row_id, field, hlc, device_id FROM field_clocks WHERE tbl = ? AND "
                f"row_id IN (SELECT id FROM {spec.name} WHERE hlc > ?)", (spec.name, after))}
        for row in db.conn.execute(f"SELECT * FROM {spec.name} WHERE hlc > ?", (after,)):
            made_here = (int(row["hlc_created"]), db.device_id) if row["hlc_created"] else None
            for name in names:
                clock = clocks.get((row["id"], name), made_here)
                if clock is None or clock[1] != db.device_id or clock[0] <= after or \
                        (spec.name, row["id"], clock[0]) in pending:
                    continue
                value = record.by_name[name].from_column(row[name])
                out.append((spec.name, row["id"], name, value, clock[0], row["agency_id"],
                            row["updated_by"]))
    return out
