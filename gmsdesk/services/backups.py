"""Backups of the database, and putting one back (Anki's model).

A backup is a consistent copy made with SQLite's online backup API while GMS Desk runs (never a
copy of the files of a live WAL database), checked with `PRAGMA quick_check`, compressed with
gzip, and kept in a `backups` folder beside the database, this user's alone (folder 0700, files
0600). They are made every 30 minutes while something changed, at start after GMS Desk was not
closed properly, and before risky work (`backup_before`). The last 48 are kept, and the newest
of each of the last 14 days, 8 weeks and 12 months, within a disk budget.

A backup carries the photos and files answers name that exist only here (the originals
attached on this laptop, and smaller copies of photos still being sent), each once, so a
backup put back, or taken to a new laptop, loses none of them; files fetched from
headquarters are left out (they can be fetched again). Such a backup is a `.tar.gz` (format
2, see FORMAT); one of a database that names no such file stays the database alone, gzipped
(`.sqlite3.gz`, format 1, as every backup was before), and both are restored.

A copy taken off the laptop ("Back up to…", `gmsdesk backup --to`) can be encrypted with a
passphrase: AES-256-GCM in chunks (each authenticated, the last one marked, so a cut or changed
file is refused), the key derived with scrypt.

Putting a backup back (`restore`) first backs up the database it replaces, then keeps what the
laptop's sync depends on from it: its identity and enrolment, its clock (which never goes back,
so new edits are never older than ones headquarters already has), and what headquarters has
acknowledged (taken out of the restored outbox, never sent twice). The changes others made
after the backup come again from headquarters (the restored cursor is the backup's); this
laptop's own, which headquarters never sends back to it, are taken over from the database
being replaced. The indicator tables beside the database are derived from it: they are
discarded and made again. The files a backup carries go back into the attachments folder,
each checked against its SHA-256 as it is written (one that is damaged is reported, the others
restored); a file already there is not written again.
"""

from __future__ import annotations

import contextlib
import errno
import gzip
import hashlib
import json
import logging
import os
import re
import secrets
import shutil
import struct
import sys
import tarfile
import threading
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path, PurePosixPath
from typing import IO, Any

from gmsdesk.i18n import QT_TRANSLATE_NOOP
from gmsdesk.storage import attachments, indicator_tables
from gmsdesk.storage.db import (
    Database,
    copy_database,
    integrity_problems,
    own_edits_after,
    utc_now,
)
from gmsdesk.storage.errors import Corrupt, DatabaseProblem, DiskFull, StorageError

log = logging.getLogger(__name__)

Progress = Callable[[int, int], bool]  # (done, total) -> False to stop

FOLDER = "backups"
INTERVAL_MINUTES = 30
KEEP_LAST, KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 48, 14, 8, 12
DEFAULT_BUDGET = 2 * 1024 ** 3  # bytes, unless 10 % of the disk's free space is less
FREE_SHARE = 0.10
COMPRESSION = 1  # gzip level: 1 makes a 600 MB database a ~5x smaller file in seconds
# Pages copied per step of the backup API (64 MiB): a write by another connection between two
# steps starts the copy again, so steps are large; progress is told after each.
PAGES_PER_STEP = 16_384
CHECK_AT_START = 256 * 1024 ** 2  # bytes: a database up to this size is checked at every start
SUFFIX = ".sqlite3.gz"  # format 1: the database alone, gzip-compressed
FILES_SUFFIX = ".tar.gz"  # format 2: the database and attachment files (see `_pack`)
ENCRYPTED_SUFFIX = ".enc"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<at>\d{8}T\d{9}Z)-(?P<reason>[a-z][a-z-]*)"
                   r"(?:\.sqlite3|\.tar)\.gz$")
# Format 2 is a tar archive (ustar), gzip-compressed, whose members come in this order: the
# manifest (JSON: {"format": 2, ...}, see `_pack`), the database, its SHA-256 (hex), then one
# member per attachment file, "attachments/<sha256><ext>", each once. A format 1 backup is
# told by its content (a database where the manifest would be), whatever its name.
FORMAT = 2
MANIFEST = "gmsdesk-backup.json"
DATABASE_MEMBER = "database.sqlite3"
DATABASE_HASH_MEMBER = "database.sqlite3.sha256"
FILES_MEMBER = "attachments/"
_BLOCK = 512  # tar's
_STAMP = "%Y%m%dT%H%M%S"
_SQLITE_MAGIC = b"SQLite format 3\x00"
_GZIP_MAGIC = b"\x1f\x8b"
# Meta keys a backup copy is stamped with (see `preview`).
TAKEN_AT, REASON = "backup_taken_at", "backup_reason"
# What a restored database keeps of the one it replaces: who this laptop is to headquarters
# and how it talks to it, each with its value when the replaced one has none. The clocks are
# kept too, as the larger of both (see `_keep`).
KEPT_META = {"device_id": "", "sync_enrolment": "", "agency_id": "local", "agency_hq": "0",
             "allow_plain_http_lan": "0", "clock_offset_ms": "0", "sync_batch_end": "0",
             "sync_last": "", "sync_last_result": ""}

# Why a backup was made: the code in its file name, and how the list says it.
REASONS = {
    "auto": QT_TRANSLATE_NOOP("Backups", "Every 30 minutes"),
    "start": QT_TRANSLATE_NOOP("Backups", "At start, after GMS Desk was not closed properly"),
    "manual": QT_TRANSLATE_NOOP("Backups", "Backed up by hand"),
    "migration": QT_TRANSLATE_NOOP("Backups", "Before the database was upgraded"),
    "import": QT_TRANSLATE_NOOP("Backups", "Before an import"),
    "restore": QT_TRANSLATE_NOOP("Backups", "Before a backup was restored"),
    "bulk-delete": QT_TRANSLATE_NOOP("Backups", "Before many records were deleted"),
    "form-retire": QT_TRANSLATE_NOOP("Backups", "Before a form version was retired"),
}


# -- errors a person can act on (context "Errors", shown by gmsdesk.ui.errors) ------------------

class BackupProblem(StorageError):
    message = ""

    def __init__(self, detail: str = "") -> None:
        super().__init__(self.message)
        self.detail = detail


class CopyDamaged(BackupProblem):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The copy of the database did not pass its check, so it was not kept: the "
        "database itself may be damaged. Restore the newest good backup (Settings, Backups), "
        "or ask your support contact for help.")


class NotABackup(BackupProblem):
    message = QT_TRANSLATE_NOOP(
        "Errors", "This file is not a GMS Desk backup, or it is damaged. Choose another "
        "backup.")


class PassphraseNeeded(BackupProblem):
    message = QT_TRANSLATE_NOOP("Errors", "This backup is encrypted. Enter its passphrase.")


class WrongPassphrase(BackupProblem):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The passphrase is not the one this backup was encrypted with. Check it "
        "(capital letters count) and try again.")


class Tampered(BackupProblem):
    message = QT_TRANSLATE_NOOP(
        "Errors", "This backup file was changed or cut short after it was made, so it cannot "
        "be trusted and was not used. Use another copy of it.")


class Cancelled(Exception):
    """The person stopped the work; whatever it had begun is cleaned up."""


# -- what a backup is --------------------------------------------------------------------------

@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # UTC
    reason: str  # a key of REASONS (or another code, shown as it is)
    size: int  # bytes on disk

    @property
    def label(self) -> str:
        """Why it was made, in English, marked for translation (context "Backups")."""
        return REASONS.get(self.reason, self.reason)


@dataclass(frozen=True)
class Preview:
    """What a backup holds, before it is put back."""

    taken_at: datetime | None
    reason: str
    smes: int
    workshops: int
    responses: int
    agency_id: str
    schema: int
    files: int = 0  # attachment files it carries
    file_bytes: int = 0
    format: int = 1  # 1: the database alone (as before attachments were backed up)


@dataclass(frozen=True)
class Unpacked:
    """What `unpack` found in a backup besides its database, and did with its files."""

    format: int  # see FORMAT
    files: int = 0  # attachment files the backup says it carries
    file_bytes: int = 0
    written: int = 0  # put back into the attachments folder
    present: int = 0  # there already: not written again
    damaged: tuple[str, ...] = ()  # files whose content is not the one they are named by
    missing: int = 0  # said to be carried but not read (the backup is damaged past them)
    unreadable: bool = False  # the backup is damaged after its database (not encrypted)


@dataclass(frozen=True)
class RestoreResult:
    before: BackupInfo | None  # the backup of what was replaced (None: there was none to make)
    damaged: Path | None  # where a damaged database was put aside, instead
    taken_over: int  # this laptop's own changes kept from the replaced database
    acknowledged: int  # outbox entries dropped: headquarters has them already
    files: Unpacked = Unpacked(1)  # the attachment files put back
    files_not_held: int = 0  # attachments the restored database names that are not here


@dataclass(frozen=True)
class StartupCheck:
    crashed: bool  # GMS Desk did not close properly last time
    problems: list[str] = field(default_factory=list)  # the database's, [] when sound
    newest: BackupInfo | None = None  # the backup to offer when it is not


# -- where backups live, and what the person chose -----------------------------------------------

def backups_dir(db_path: Path) -> Path:
    """The `backups` folder beside the database: made when first needed, this user's alone."""
    folder = Path(db_path).parent / FOLDER
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    _private(folder, 0o700)
    return folder


def _private(path: Path, mode: int) -> None:
    if os.name != "posix":
        return
    try:
        path.chmod(mode)
    except OSError:  # a file system without POSIX rights (a USB stick): nothing to take away
        log.info("could not restrict the rights of %s", path)


def _state_path(db_path: Path) -> Path:
    return backups_dir(db_path) / f"{Path(db_path).stem}-backups.json"


def _state(db_path: Path) -> dict[str, Any]:
    try:
        held = json.loads(_state_path(db_path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        log.warning("the backup settings of %s cannot be read", db_path, exc_info=True)
        return {}
    return held if isinstance(held, dict) else {}


def _save_state(db_path: Path, **values: Any) -> None:
    path = _state_path(db_path)
    held = {**_state(db_path), **values}
    partial = path.with_name(path.name + ".new")
    try:
        partial.write_text(json.dumps(held), encoding="utf-8")
        _private(partial, 0o600)
        os.replace(partial, path)
    except OSError as exc:  # a full disk: the settings as they were, no half file beside
        partial.unlink(missing_ok=True)
        raise _named(exc, path.parent) from exc


def budget_setting(db_path: Path) -> int | None:
    """The disk budget the person chose, in bytes; None: the default (`budget`)."""
    value = _state(db_path).get("budget_bytes")
    return int(value) if isinstance(value, int) and value > 0 else None


def set_budget(db_path: Path, size: int | None) -> None:
    _save_state(db_path, budget_bytes=int(size) if size else None)


def budget(db_path: Path) -> int:
    """The room backups may take, in bytes: the person's choice, else 2 GiB or 10 % of the
    disk's free space (counting what backups take now), whichever is less."""
    chosen = budget_setting(db_path)
    if chosen is not None:
        return chosen
    folder = backups_dir(db_path)
    free = shutil.disk_usage(folder).free + sum(b.size for b in list_backups(db_path))
    return min(DEFAULT_BUDGET, int(free * FREE_SHARE))


# -- what changed since the last backup --------------------------------------------------------

def change_mark(db: Database) -> list[Any]:
    """A fingerprint of what a backup would hold: the clock moves with every edit made here or
    received, the cursor with every page received; drafts, which sync never sees, count too."""
    drafts = db.surveys.drafts() if db.schema_version() >= 4 else []  # 4: survey tables
    answers = zlib.crc32(json.dumps([(d.id, d.page, d.answers) for d in drafts],
                                    sort_keys=True, default=str).encode())
    return [db.meta("hlc", "0"), db.meta("sync_cursor", "0"), db.schema_version(),
            len(drafts), answers]


def changed_since_backup(db: Database) -> bool:
    """Something changed since the last backup (or there is none, or it is a backup of the
    database alone, made before files were backed up, while the database names files)."""
    if _state(db.path).get("mark") != change_mark(db):
        return True
    found = list_backups(db.path)
    return not found or (found[0].path.name.endswith(SUFFIX)
                         and attachments.has_files_to_back_up(db))


# -- making backups ------------------------------------------------------------------------------

_quiet = threading.local()


@contextlib.contextmanager
def suppressed() -> Iterator[None]:
    """No `backup_before` on this thread while inside (a backup being put back is opened, and
    perhaps migrated, as a working copy: nothing to back up)."""
    before = getattr(_quiet, "on", False)
    _quiet.on = True
    try:
        yield
    finally:
        _quiet.on = before


def backup_before(db_or_path: Database | Path, reason: str,
                  progress: Progress | None = None) -> BackupInfo | None:
    """A backup before risky work (`reason`: "import", "bulk-delete", "form-retire",
    "migration", "restore"...): what callers of such work call first. None when there is
    nothing to back up (no database yet) or nothing changed since the newest backup (then
    that one holds this state). A backup that cannot be made raises (`DiskFull`,
    `CopyDamaged`...): the work should not go ahead without it; nor when `progress` said
    stop (Cancelled, nothing left behind)."""
    if getattr(_quiet, "on", False):
        return None
    if isinstance(db_or_path, Database):
        db = db_or_path
        if not db.in_transaction and not changed_since_backup(db):
            return list_backups(db.path)[0]
        made = create(db, reason, progress=progress)
        if made is None:
            raise Cancelled
        return made
    path = Path(db_or_path)
    if not path.exists() or path.stat().st_size == 0:
        return None
    return create(path, reason)


def create(db_or_path: Database | Path, reason: str, *, progress: Progress | None = None,
           now: datetime | None = None) -> BackupInfo | None:
    """A new backup in the backups folder, checked, then the old ones trimmed (`prune`).
    None when `progress` said stop; nothing is left behind then."""
    db = db_or_path if isinstance(db_or_path, Database) else None
    path = db_or_path.path if isinstance(db_or_path, Database) else Path(db_or_path)
    folder = backups_dir(path)
    taken = (now or datetime.now(UTC)).astimezone(UTC)
    mark = change_mark(db) if db is not None else None
    token = _work_token()
    copy = folder / f".partial-{token}.sqlite3"
    packed = folder / f".partial-{token}.gz"
    files_folder = attachments.folder_beside(path)
    # Progress weighs the parts by the bytes each handles (files: an estimate, from the live
    # database; what is carried is what the checked copy names).
    weight = max(_size_of(path), 1)
    estimate = sum(f.size for f in attachments.files_to_back_up(db, files_folder)) \
        if db is not None else 0
    steps = _Steps(progress, (6 * weight, weight, 3 * weight + estimate))
    try:
        try:
            copy_database(path, copy, meta={TAKEN_AT: _iso(taken), REASON: reason},
                          progress=steps.part(0), pages=PAGES_PER_STEP)
            _private(copy, 0o600)
            steps.done(0)
            problems = integrity_problems(copy)
            if problems:
                log.error("backup copy of %s failed its check: %s", path, problems)
                raise CopyDamaged("; ".join(problems))
            steps.done(1)
            files = attachments.files_to_back_up(copy, files_folder)
            target = _unused_name(folder, path.stem, taken, reason,
                                  FILES_SUFFIX if files else SUFFIX)
            if files:
                _pack(copy, files, packed, {"taken_at": _iso(taken), "reason": reason},
                      steps.part(2))
            else:
                _compress(copy, packed, steps.part(2))
            os.replace(packed, target)
        except OSError as exc:
            raise _named(exc, folder) from exc
        except DatabaseProblem as exc:
            if exc.path != os.fspath(copy):
                raise
            # Not the copy's hidden file (deleted below): the folder a person can look into.
            raise type(exc)(folder) from exc
    except Cancelled:
        return None
    finally:
        for leftover in (copy, packed, Path(f"{copy}-journal")):
            leftover.unlink(missing_ok=True)
    if mark is not None:
        try:
            _save_state(path, mark=mark)
        except (StorageError, OSError):  # the backup is made; the next one is made sooner
            log.warning("could not note what the backup %s holds", target.name, exc_info=True)
    info = _info(target)
    assert info is not None
    log.info("backup made: %s (%s bytes)", target.name, info.size)
    prune(path)
    if db is not None and reason in ROUTINE:
        _remove_orphans(db)
    return info


# After these backups (not before risky work, never before a restore, whose backup may name
# files the database here no longer does) the attachment files nothing names are cleaned up:
# the backup just made carries them once more.
ROUTINE = ("auto", "start", "manual")


def _remove_orphans(db: Database) -> None:
    try:
        attachments.remove_orphans_now_and_then(db)
    except Exception:  # the backup is made; the files are tried again next time
        log.warning("could not clean up the attachment files nothing names", exc_info=True)


def _size_of(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _named(exc: OSError, folder: Path) -> Exception:
    """A full disk as the error a person can act on; any other OSError as it is."""
    if exc.errno == errno.ENOSPC:
        return DiskFull(folder)
    return exc


def _unused_name(folder: Path, stem: str, taken: datetime, reason: str,
                 suffix: str = SUFFIX) -> Path:
    code = re.sub(r"[^a-z-]+", "-", reason.lower()).strip("-") or "manual"
    moment = taken
    while True:
        stamp = moment.strftime(_STAMP) + f"{moment.microsecond // 1000:03d}Z"
        name = f"{stem}-{stamp}-{code}"
        if not any((folder / f"{name}{end}").exists() for end in (SUFFIX, FILES_SUFFIX)):
            return folder / f"{name}{suffix}"
        moment += timedelta(milliseconds=1)


class _Steps:
    """One progress (done of 1000) over the parts of a piece of work, weighted."""

    def __init__(self, progress: Progress | None, weights: tuple[int, ...]) -> None:
        self.progress = progress
        total = sum(weights)
        self.starts = [sum(weights[:i]) * 1000 // total for i in range(len(weights))]
        self.sizes = [w * 1000 // total for w in weights]

    def report(self, done: int) -> None:
        if self.progress is not None and not self.progress(min(done, 1000), 1000):
            raise Cancelled

    def part(self, index: int) -> Callable[[int, int], None]:
        def step(done: int, total: int) -> None:
            share = done * self.sizes[index] // total if total else 0
            self.report(self.starts[index] + share)

        return step

    def done(self, index: int) -> None:
        self.report(self.starts[index] + self.sizes[index])


_CHUNK = 1 << 20


def _compress(source: Path, target: Path, step: Callable[[int, int], None]) -> None:
    total = source.stat().st_size
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with open(source, "rb") as src, os.fdopen(fd, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=COMPRESSION,
                           mtime=0) as out:
            done = 0
            while chunk := src.read(_CHUNK):
                out.write(chunk)
                done += len(chunk)
                step(done, total)
        raw.flush()
        os.fsync(raw.fileno())


def _tar_header(name: str, size: int, mtime: int = 0) -> bytes:
    info = tarfile.TarInfo(name)
    info.size, info.mode, info.mtime = size, 0o600, mtime
    return info.tobuf(tarfile.USTAR_FORMAT, "utf-8", "strict")


def _pack(copy: Path, files: list[attachments.HeldFile], target: Path, about: dict[str, str],
          step: Callable[[int, int], None]) -> None:
    """A format 2 backup (see FORMAT) of the database `copy` and `files`, gzip-compressed:
    written as a stream, one chunk at a time, the database's SHA-256 taken on the way."""
    db_size = copy.stat().st_size
    file_bytes = sum(f.size for f in files)
    total = max(db_size + file_bytes, 1)
    manifest = json.dumps({"format": FORMAT, "made_by": "GMS Desk", **about,
                           "database": DATABASE_MEMBER, "database_bytes": db_size,
                           "files": len(files), "file_bytes": file_bytes},
                          sort_keys=True).encode("utf-8")
    taken = _parse_iso(about.get("taken_at", ""))
    mtime = int(taken.timestamp()) if taken else 0  # what an archive tool shows for each
    done = 0

    def counted(chunk: bytes) -> None:
        nonlocal done
        done += len(chunk)
        step(done, total)

    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as raw:
        out = _Gzipped(raw, COMPRESSION)

        def member(name: str, size: int, chunks: Iterable[bytes]) -> None:
            out.write(_tar_header(name, size, mtime))
            for chunk in chunks:
                out.write(chunk)
                counted(chunk)
            out.write(bytes(-size % _BLOCK))

        member(MANIFEST, len(manifest), (manifest,))
        digest = hashlib.sha256()
        with open(copy, "rb") as src:
            member(DATABASE_MEMBER, db_size, _exactly(src, db_size, digest, copy))
        seal = digest.hexdigest().encode("ascii")
        member(DATABASE_HASH_MEMBER, len(seal), (seal,))
        # Photos are compressed already: the files are stored in a gzip member of their own
        # that does not try to compress them (8 times faster than level 1, hardly larger).
        out.next_member(0)
        for held in files:
            try:
                src = open(held.path, "rb")  # noqa: SIM115 - closed below
            except FileNotFoundError:  # removed since it was listed: nothing to carry
                log.warning("the attachment file %s is gone; not backed up", held.path)
                continue
            with src:
                size = os.fstat(src.fileno()).st_size
                digest = hashlib.sha256()
                member(f"{FILES_MEMBER}{held.file_hash}{held.ext}", size,
                       _exactly(src, size, digest, held.path))
            if digest.hexdigest() != held.file_hash:
                log.warning("the attachment file %s is damaged on this computer: backed up "
                            "as it is (a restore reports it)", held.path)
        out.write(bytes(2 * _BLOCK))  # the end of the archive
        out.close()
        raw.flush()
        os.fsync(raw.fileno())


class _Gzipped:
    """Gzip members written one after another, each compressed at its own level: a gzip file
    may hold several, which every tool (and `_inflated`) reads as one stream."""

    def __init__(self, raw: IO[bytes], level: int) -> None:
        self.raw = raw
        self.deflate = zlib.compressobj(level, zlib.DEFLATED, 31)  # 31: with gzip's frame

    def write(self, data: bytes) -> None:
        self.raw.write(self.deflate.compress(data))

    def next_member(self, level: int) -> None:
        self.close()
        self.deflate = zlib.compressobj(level, zlib.DEFLATED, 31)

    def close(self) -> None:
        self.raw.write(self.deflate.flush())


def _exactly(src: IO[bytes], size: int, digest: Any, path: Path) -> Iterator[bytes]:
    """`size` bytes of `src` in chunks, hashed into `digest`: a file cut short meanwhile is
    made up with zeros (its member stays where the archive says; its hash tells)."""
    left = size
    while left:
        chunk = src.read(min(_CHUNK, left))
        if not chunk:
            log.warning("%s got shorter while it was backed up", path)
            chunk = bytes(min(_CHUNK, left))
        digest.update(chunk)
        left -= len(chunk)
        yield chunk


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _parse_iso(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)
    except ValueError:
        return None


def _info(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        taken = datetime.strptime(match["at"][:15], _STAMP).replace(
            microsecond=int(match["at"][15:18]) * 1000, tzinfo=UTC)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path, taken, match["reason"], size)


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of this database, newest first."""
    stem = Path(db_path).stem
    found = []
    for path in backups_dir(db_path).iterdir():
        match = _NAME.match(path.name)
        info = _info(path) if match is not None and match["stem"] == stem else None
        if info is not None:
            found.append(info)
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def newest(db_path: Path) -> BackupInfo | None:
    found = list_backups(db_path)
    return found[0] if found else None


# -- keeping some ----------------------------------------------------------------------------------

def to_keep(backups: list[BackupInfo], room: int) -> list[BackupInfo]:
    """Of `backups` (newest first), those the retention rules keep: the last 48, and the newest
    of each of the last 14 days, 8 weeks and 12 months (local time), as long as they fit in
    `room` bytes; the newest one is always kept."""
    keep: dict[Path, BackupInfo] = {b.path: b for b in backups[:KEEP_LAST]}
    for count, bucket in ((KEEP_DAILY, lambda t: t.date()),
                          (KEEP_WEEKLY, lambda t: t.isocalendar()[:2]),
                          (KEEP_MONTHLY, lambda t: (t.year, t.month))):
        seen: set[object] = set()
        for backup in backups:
            key = bucket(backup.taken_at.astimezone())
            if key not in seen and len(seen) < count:
                seen.add(key)
                keep[backup.path] = backup
    kept = sorted(keep.values(), key=lambda b: b.taken_at, reverse=True)
    while len(kept) > 1 and sum(b.size for b in kept) > room:
        kept.pop()  # the oldest goes first
    return kept


def prune(db_path: Path) -> list[Path]:
    """Delete the backups the retention rules and the disk budget do not keep; returns them.
    The rules count backups, not time: a laptop left off for months keeps its last ones.
    Leftovers of work that was cut short (a power cut in the middle of a backup) go too."""
    backups = list_backups(db_path)
    kept = {b.path for b in to_keep(backups, budget(db_path))}
    gone = [b.path for b in backups if b.path not in kept]
    for path in gone:
        path.unlink(missing_ok=True)
        log.info("backup removed by the retention rules: %s", path.name)
    day_ago = datetime.now().timestamp() - 24 * 3600
    for leftover in (*backups_dir(db_path).glob(".partial-*"),
                     *backups_dir(db_path).glob(".work-*")):
        with contextlib.suppress(OSError):
            if not _owner_alive(leftover.name) or leftover.stat().st_mtime < day_ago:
                leftover.unlink()
    return gone


def _work_token() -> str:
    """The name part of a file made while backing up or restoring: the process's id, so that
    what a killed process left (a whole copy of the database) goes at the next `prune`."""
    return f"{os.getpid()}-{secrets.token_hex(6)}"


def _owner_alive(name: str) -> bool:
    """Whether the process that made a working file `name` (see `_work_token`) may still be
    at work: True unless it is known to have ended."""
    found = re.match(r"\.(?:partial|work)-(\d+)-", name)
    if found is None or sys.platform == "win32":  # os.kill(pid, 0) would end it on Windows
        return True
    try:
        os.kill(int(found.group(1)), 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


# -- copies off the laptop, encrypted or not ---------------------------------------------------

def export(db: Database, folder: Path, *, passphrase: str = "",
           progress: Progress | None = None) -> Path | None:
    """A fresh backup (or the newest, when nothing changed since), copied into `folder` (a USB
    stick), encrypted when a passphrase is given. Returns the file written; None if stopped."""
    steps = _Steps(progress, (70, 30))
    backup = None if changed_since_backup(db) else newest(db.path)
    if backup is None:
        backup = create(db, "manual", progress=_scaled(steps, 0))
        if backup is None:
            return None
    folder = Path(folder)
    name = backup.path.name + (ENCRYPTED_SUFFIX if passphrase else "")
    target = folder / name
    partial = folder / f".{name}.partial"
    try:
        try:
            if passphrase:
                encrypt_file(backup.path, partial, passphrase, steps.part(1))
            else:
                _copy_file(backup.path, partial, steps.part(1))
            os.replace(partial, target)
        except OSError as exc:
            raise _named(exc, folder) from exc
    except Cancelled:
        return None
    finally:
        partial.unlink(missing_ok=True)
    return target


def _scaled(steps: _Steps, index: int) -> Progress:
    part = steps.part(index)

    def report(done: int, total: int) -> bool:
        try:
            part(done, total)
        except Cancelled:
            return False
        return True

    return report


def _copy_file(source: Path, target: Path, step: Callable[[int, int], None]) -> None:
    total = source.stat().st_size
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with open(source, "rb") as src, os.fdopen(fd, "wb") as out:
        done = 0
        while chunk := src.read(_CHUNK):
            out.write(chunk)
            done += len(chunk)
            step(done, total)
        out.flush()
        os.fsync(out.fileno())


# The encrypted file: MAGIC, scrypt's log2(n), r, p, a 16-byte salt, a 7-byte nonce prefix;
# then a block that only proves the key (an empty text's tag), then the data in chunks of
# 1 MiB, each sealed with AES-256-GCM under the nonce prefix + chunk number + "last" flag and
# the header as associated data: a wrong passphrase fails the proof, a changed, reordered or
# cut chunk fails its own seal.
MAGIC = b"GMSDESK-BACKUP-AESGCM\x00\x01"
_SCRYPT = (17, 8, 1)  # n = 2**17 (128 MiB of memory), as OWASP advises for scrypt
_HEADER = struct.Struct(">BII16s7s")
_TAG = 16


def _key(passphrase: str, salt: bytes, log_n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=1 << log_n, r=r, p=p).derive(
        passphrase.encode("utf-8"))


def _nonce(prefix: bytes, counter: int, flag: int) -> bytes:
    return prefix + counter.to_bytes(4, "big") + bytes([flag])


def encrypt_file(source: Path, target: Path, passphrase: str,
                 step: Callable[[int, int], None] | None = None) -> None:
    """`source` sealed with a key derived from `passphrase` (see MAGIC above)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not passphrase:
        raise PassphraseNeeded
    log_n, r, p = _SCRYPT
    salt, prefix = secrets.token_bytes(16), secrets.token_bytes(7)
    header = MAGIC + _HEADER.pack(log_n, r, p, salt, prefix)
    seal = AESGCM(_key(passphrase, salt, log_n, r, p))
    total = source.stat().st_size
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with open(source, "rb") as src, os.fdopen(fd, "wb") as out:
        out.write(header)
        out.write(seal.encrypt(_nonce(prefix, 0, 2), b"", header))
        counter, done = 1, 0
        chunk = src.read(_CHUNK)
        while True:
            ahead = src.read(_CHUNK)
            out.write(seal.encrypt(_nonce(prefix, counter, 0 if ahead else 1), chunk, header))
            done += len(chunk)
            if step is not None:
                step(done, total)
            if not ahead:
                break
            chunk, counter = ahead, counter + 1
        out.flush()
        os.fsync(out.fileno())


def _decrypted(src: IO[bytes], passphrase: str) -> Iterator[bytes]:
    """The chunks of an encrypted backup (`src` read past nothing yet), each checked."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header = src.read(len(MAGIC) + _HEADER.size)
    if len(header) < len(MAGIC) + _HEADER.size or not header.startswith(MAGIC):
        raise NotABackup
    log_n, r, p, salt, prefix = _HEADER.unpack(header[len(MAGIC):])
    if not (10 <= log_n <= 22 and 1 <= r <= 32 and 1 <= p <= 16):
        raise Tampered("scrypt parameters out of range")
    if not passphrase:
        raise PassphraseNeeded
    seal = AESGCM(_key(passphrase, salt, log_n, r, p))
    try:
        seal.decrypt(_nonce(prefix, 0, 2), src.read(_TAG), header)
    except InvalidTag:
        raise WrongPassphrase from None
    counter = 1
    sealed = src.read(_CHUNK + _TAG)
    while True:
        ahead = src.read(_CHUNK + _TAG)
        try:
            yield seal.decrypt(_nonce(prefix, counter, 0 if ahead else 1), sealed, header)
        except InvalidTag:
            raise Tampered(f"chunk {counter}") from None
        if not ahead:
            return
        sealed, counter = ahead, counter + 1


def kind_of(path: Path) -> str:
    """"encrypted", "gzip", "sqlite" or "" (none of them), from the file's first bytes."""
    with open(path, "rb") as src:
        start = src.read(len(MAGIC))
    if start.startswith(MAGIC):
        return "encrypted"
    if start.startswith(_GZIP_MAGIC):
        return "gzip"
    if start.startswith(_SQLITE_MAGIC):
        return "sqlite"
    return ""


def _inflated(src: IO[bytes], kind: str, passphrase: str,
              step: Callable[[int, int], None] | None) -> Iterator[bytes]:
    """What a backup file holds, decrypted and decompressed, in chunks (Tampered for an
    encrypted one, else NotABackup, when it is damaged or cut short)."""
    total = max(os.fstat(src.fileno()).st_size, 1)
    chunks: Iterator[bytes] = (_decrypted(src, passphrase) if kind == "encrypted"
                               else iter(lambda: src.read(_CHUNK), b""))
    bad = Tampered if kind == "encrypted" else NotABackup
    inflate = zlib.decompressobj(wbits=31)  # a gzip stream: one member, or several
    pending = b""  # the start of what follows a member, too short to tell what it is
    ignored = False  # bytes after the last member that are none (read through, as before)
    try:
        for chunk in chunks:
            if pending:
                chunk, pending = pending + chunk, b""
            while chunk and not ignored:
                if inflate.eof:  # a member ended: another follows, or bytes to ignore
                    if len(chunk) < len(_GZIP_MAGIC):
                        pending = chunk
                        break
                    if not chunk.startswith(_GZIP_MAGIC):
                        ignored = True
                        break
                    inflate = zlib.decompressobj(wbits=31)
                piece = inflate.decompress(chunk, _CHUNK * 4)
                chunk = inflate.unused_data if inflate.eof else inflate.unconsumed_tail
                if piece:
                    yield piece
            if step is not None:
                step(src.tell(), total)
        rest = inflate.flush()
    except zlib.error as exc:
        raise bad(str(exc)) from exc
    if rest:
        yield rest
    if not inflate.eof:
        raise bad("cut short")


class _Stream:
    """Reads a stream of chunks by size: a tar archive's blocks and members."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self.chunks = chunks
        self.buffer = b""
        self.at = 0  # what of `buffer` was read (sliced from, never copied whole)

    def _next(self, size: int) -> bytes:
        """Up to `size` bytes of the chunk at hand (the next one when it is read); b"" at
        the end of the stream."""
        if self.at >= len(self.buffer):
            self.buffer, self.at = next(self.chunks, b""), 0
        piece = self.buffer[self.at:self.at + size]
        self.at += len(piece)
        return piece

    def read(self, size: int) -> bytes:
        """`size` bytes, fewer only where the stream ends."""
        parts = []
        left = size
        while left and (piece := self._next(left)):
            parts.append(piece)
            left -= len(piece)
        return b"".join(parts)

    def pieces(self, size: int) -> Iterator[bytes]:
        """Exactly `size` bytes, in pieces as they come; NotABackup when the stream ends
        first. The padding of the tar member is skipped after the last."""
        left = size
        while left:
            piece = self._next(min(left, _CHUNK))
            if not piece:
                raise NotABackup("cut short")
            left -= len(piece)
            yield piece
        if len(self.read(-size % _BLOCK)) != -size % _BLOCK:
            raise NotABackup("cut short")

    def rest(self) -> Iterator[bytes]:
        if self.at < len(self.buffer):
            yield self.buffer[self.at:]
        self.buffer, self.at = b"", 0
        yield from self.chunks


def _member(stream: _Stream) -> tarfile.TarInfo | None:
    """The header of the next member, None at the end of the archive."""
    block = stream.read(_BLOCK)
    if len(block) < _BLOCK or block == bytes(_BLOCK):
        return None
    try:
        return tarfile.TarInfo.frombuf(block, "utf-8", "strict")
    except (tarfile.HeaderError, UnicodeDecodeError) as exc:
        raise NotABackup(f"damaged archive: {exc}") from exc


def _write_all(chunks: Iterable[bytes], target: Path, digest: Any = None) -> None:
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        for chunk in chunks:
            if digest is not None:
                digest.update(chunk)
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())


def unpack(source: Path, target: Path, passphrase: str = "",
           step: Callable[[int, int], None] | None = None, *, files: Path | None = None,
           database_only: bool = False) -> Unpacked:
    """The database a backup file holds, written to `target` (a new file): decrypted and
    decompressed as needed. The attachment files it carries go into the folder `files`
    (see `attachments.restore_file`), or are only read through (checked, counted) when it is
    None; `database_only`: they are not read at all (a preview). NotABackup,
    PassphraseNeeded, WrongPassphrase or Tampered when the database cannot be had; a
    backup not encrypted that is damaged after its database gives what it can (`Unpacked`)."""
    kind = kind_of(source)
    if kind == "sqlite":  # a database file as it is (a copy made by hand): read consistently
        copy_database(source, target)
        return Unpacked(1)
    if not kind:
        raise NotABackup
    with open(source, "rb") as src:
        stream = _Stream(_inflated(src, kind, passphrase, step))
        start = stream.read(_BLOCK)
        if start.startswith(_SQLITE_MAGIC):  # format 1: the database alone
            _write_all(_prefixed(start, stream.rest()), target)
            return Unpacked(1)
        manifest = _manifest(start, stream)
        header = _member(stream)
        if header is None or header.name != DATABASE_MEMBER:
            raise NotABackup("no database in the archive")
        digest = hashlib.sha256()
        _write_all(stream.pieces(header.size), target, digest)
        seal = _member(stream)
        if seal is None or seal.name != DATABASE_HASH_MEMBER or \
                b"".join(stream.pieces(seal.size)).decode("ascii", "replace") \
                != digest.hexdigest():
            raise (Tampered if kind == "encrypted" else NotABackup)("the database is damaged")
        said = _count(manifest.get("files")), _count(manifest.get("file_bytes"))
        if database_only:
            return Unpacked(FORMAT, *said)
        return _unpack_files(stream, files, said)


def _prefixed(first: bytes, rest: Iterable[bytes]) -> Iterator[bytes]:
    yield first
    yield from rest


def _count(value: Any) -> int:
    return value if isinstance(value, int) and value >= 0 else 0


def _manifest(start: bytes, stream: _Stream) -> dict[str, Any]:
    """The manifest a format 2 backup starts with (NotABackup when it starts otherwise)."""
    if len(start) < _BLOCK:
        raise NotABackup("neither a database nor an archive")
    try:
        header = tarfile.TarInfo.frombuf(start, "utf-8", "strict")
    except (tarfile.HeaderError, UnicodeDecodeError) as exc:
        raise NotABackup("neither a database nor an archive") from exc
    if header.name != MANIFEST or header.size > 1 << 20:
        raise NotABackup("an archive that is not a GMS Desk backup")
    try:
        manifest = json.loads(b"".join(stream.pieces(header.size)))
    except ValueError as exc:
        raise NotABackup("its manifest cannot be read") from exc
    if not isinstance(manifest, dict) or not isinstance(manifest.get("format"), int):
        raise NotABackup("its manifest cannot be read")
    if manifest["format"] > FORMAT:
        raise NotABackup(f"made by a newer GMS Desk (format {manifest['format']})")
    return manifest


def _unpack_files(stream: _Stream, files: Path | None, said: tuple[int, int]) -> Unpacked:
    """The attachment members of a format 2 backup, after its database: each put back
    (`files`) or read through. Damage past the database (a backup not encrypted) ends the
    reading, what was read kept; Tampered (an encrypted one) is raised."""
    written = present = seen = 0
    damaged: list[str] = []
    unreadable = False
    try:
        while (header := _member(stream)) is not None:
            name = PurePosixPath(header.name).name
            hash_ = attachments.hash_in(name) if header.name.startswith(FILES_MEMBER) \
                else None
            pieces = stream.pieces(header.size)
            if hash_ is None:  # a member this version does not know: passed over
                for _piece in pieces:
                    pass
                continue
            if files is None:  # only checked: counted as "present"
                check = hashlib.sha256()
                for piece in pieces:
                    check.update(piece)
                outcome = "present" if check.hexdigest() == hash_ else "damaged"
            else:
                outcome = attachments.restore_file(files, hash_, pieces)
            seen += 1  # read whole (a file cut short is among the missing)
            if outcome == "damaged":
                log.warning("the backup carries a damaged file: %s", name)
                damaged.append(name)
            written += outcome == "written"
            present += outcome == "present"
    except NotABackup as exc:
        log.warning("the backup is damaged after %d of its files: %s", seen, exc.detail)
        unreadable = True
    return Unpacked(FORMAT, said[0], said[1], written, present, tuple(damaged),
                    max(said[0] - seen, 0), unreadable)


# -- looking into a backup, and putting one back -----------------------------------------------

@contextlib.contextmanager
def _working_copy(db_path: Path, source: Path, passphrase: str,
                  step: Callable[[int, int], None] | None = None, *, files: bool = False
                  ) -> Iterator[tuple[Path, Unpacked]]:
    """The database `source` holds, unpacked and checked into a working file beside the
    backups (removed afterwards, with anything SQLite made beside it); `files`: the files it
    carries put back into the attachments folder (else not read)."""
    work = backups_dir(db_path) / f".work-{_work_token()}.sqlite3"
    folder = attachments.folder_beside(db_path)
    try:
        try:
            unpacked = unpack(Path(source), work, passphrase, step,
                              files=folder if files else None, database_only=not files)
        except OSError as exc:
            raise _named(exc, work.parent) from exc
        problems = integrity_problems(work)
        if problems:
            raise NotABackup("; ".join(problems))
        yield work, unpacked
    finally:
        for end in ("", "-wal", "-shm", "-journal"):
            Path(f"{work}{end}").unlink(missing_ok=True)
        indicator_tables.discard(work)


def _counts(db: Database) -> tuple[int, int, int]:
    smes = db.smes.count()
    workshops = len(db.training.workshops())
    responses = sum(form.responses for form in db.surveys.forms())
    return smes, workshops, responses


def preview(db_path: Path, source: Path, passphrase: str = "",
            progress: Progress | None = None) -> Preview:
    """What the backup `source` holds: its date and how many SMEs, workshops and survey
    responses, and the attachment files it carries (as its manifest says: they are read, and
    checked, when it is restored) (NotABackup, PassphraseNeeded, WrongPassphrase, Tampered,
    SchemaTooNew)."""
    steps = _Steps(progress, (80, 20))
    with _working_copy(db_path, source, passphrase, steps.part(0)) as (work, unpacked), \
            suppressed():
        db = Database(work, user="backup")
        try:
            smes, workshops, responses = _counts(db)
            taken = _parse_iso(db.meta(TAKEN_AT))
            if taken is None:
                info = _info(Path(source))
                taken = info.taken_at if info else None
            return Preview(taken, db.meta(REASON), smes, workshops, responses, db.agency_id,
                           db.schema_version(), unpacked.files, unpacked.file_bytes,
                           unpacked.format)
        finally:
            db.close()


def restore(db_path: Path, source: Path, passphrase: str = "", *,
            current: Database | None = None, progress: Progress | None = None
            ) -> RestoreResult | None:
    """Put the backup `source` back as the database at `db_path`. The database there is
    backed up first (or, when it is damaged, kept aside as it is); what sync needs is kept from
    it (see the module's note). `current`: a connection to it that this process holds open
    (the window's, a CLI command's); without one, nobody may have it open (at start). None
    when `progress` said stop before anything was replaced (the attachment files already put
    back stay: they replace nothing, and nothing names them)."""
    db_path = Path(db_path)
    steps = _Steps(progress, (30, 35, 15, 20))
    before: BackupInfo | None = None
    damaged: Path | None = None
    try:
        with _working_copy(db_path, source, passphrase, steps.part(0), files=True) \
                as (work, unpacked):
            steps.done(0)
            if db_path.exists():
                try:
                    before = create(current or db_path, "restore", progress=_scaled(steps, 1))
                    if before is None:
                        return None
                except (CopyDamaged, Corrupt) as exc:  # damaged: kept aside as it is
                    log.warning("the database to replace could not be backed up: %s", exc)
                    damaged = _put_aside(db_path, move=current is None)
            steps.done(1)
            taken_over, acknowledged, not_held = _carry_over(
                work, db_path, None if damaged else current, damaged, source)
            steps.done(2)
            problems = integrity_problems(work)
            if problems:
                raise NotABackup("; ".join(problems))
            # The indicator tables beside the database are the replaced one's: they go before
            # it does (and again after), so that a restore cut short once the database is in
            # place (a crash, a power cut) never leaves them beside it, showing old figures.
            discard_derived(db_path)
            # Open connections (`current`) see the restored pages through SQLite; a file moved
            # under them would not be theirs, and closing them would delete its -wal.
            _install(work, db_path, step=steps.part(3), replace=current is None and (
                damaged is not None or not db_path.exists()))
    except Cancelled:
        return None
    discard_derived(db_path)
    log.info("restored %s over %s (%d attachment files put back, %d there already, %d "
             "damaged)", Path(source).name, db_path, unpacked.written, unpacked.present,
             len(unpacked.damaged))
    return RestoreResult(before, damaged, taken_over, acknowledged, unpacked, not_held)


def discard_derived(db_path: Path) -> None:
    """Forget the indicator tables beside the database (made again from it when next read)."""
    try:
        indicator_tables.discard(Path(db_path))
    except OSError:  # open elsewhere (Windows): the next start makes them again
        log.warning("could not remove the indicator tables of %s", db_path, exc_info=True)


def _put_aside(db_path: Path, *, move: bool) -> Path:
    """A damaged database (and its -wal) kept in the backups folder as it is, for whoever
    tries to rescue it: moved there when nobody has it open, else copied byte for byte (the
    backup API cannot read it; nothing writes to it meanwhile)."""
    stamp = datetime.now(UTC).strftime(_STAMP) + "Z"
    aside = backups_dir(db_path) / f"damaged-{db_path.stem}-{stamp}.sqlite3"
    for end in ("", "-wal", "-shm"):
        part = Path(f"{db_path}{end}")
        if not part.exists():
            continue
        if move:
            os.replace(part, Path(f"{aside}{end}"))
        elif end != "-shm":
            shutil.copyfile(part, Path(f"{aside}{end}"))
        _private(Path(f"{aside}{end}"), 0o600)
    return aside


def _carry_over(work: Path, db_path: Path, current: Database | None, damaged: Path | None,
                source: Path) -> tuple[int, int, int]:
    """What the restored database keeps from the one it replaces (see the module's note).
    Returns (own changes taken over, outbox entries dropped as acknowledged, attachments it
    names that are not here)."""
    opened: Database | None = None
    if current is None and damaged is None and db_path.exists():
        try:
            with suppressed():
                opened = current = Database(db_path)
        except StorageError:
            log.warning("the database to replace cannot be read: nothing is kept from it",
                        exc_info=True)
    try:
        with suppressed():
            restored = Database(work, user="restore")  # migrated, should it be older
        try:
            kept = _keep(restored, current, source)
            # Files it says are here that are not (a backup made before files were backed
            # up, taken to another laptop; a damaged one): fetched from headquarters when
            # opened, rather than taken for here.
            not_held = attachments.forget_missing(restored, attachments.folder_beside(db_path))
            return (*kept, not_held)
        finally:
            restored.close()
    finally:
        if opened is not None:
            opened.close()


def _keep(restored: Database, current: Database | None, source: Path) -> tuple[int, int]:
    taken_over = acknowledged = 0
    with restored.atomic():
        if current is not None:
            current.reload_identity()
            before_device = restored.meta("device_id")
            before_agency = restored.meta("agency_id")
            enrolled_then = bool(restored.meta("sync_enrolment"))
            since = int(restored.meta("hlc", "0"))
            for key, default in KEPT_META.items():
                restored.set_meta(key, current.meta(key) or default)
            for key in ("hlc", "hlc_accepted"):
                restored.set_meta(key, str(max(int(restored.meta(key, "0") or 0),
                                               int(current.meta(key, "0") or 0))))
            if not enrolled_then or before_device != current.device_id or \
                    before_agency != current.agency_id:
                restored.set_meta("sync_cursor", "0")  # another identity: pull it all again
            # Headquarters has acknowledged everything older than the oldest change still
            # waiting here: those must not be sent again.
            waiting = current.outbox.pending(limit=1)
            acknowledged = restored.outbox.acknowledge(waiting[0].seq - 1 if waiting else 1 << 62)
            restored.device_id = current.device_id
            taken_over = _take_over(restored, own_edits_after(current, since))
        restored.set_meta("restored_from", f"{Path(source).name} at {utc_now()}")
    return taken_over, acknowledged


def _take_over(restored: Database, edits: list[tuple[str, str, str, object, int, str, str]]
               ) -> int:
    """This laptop's own changes headquarters has, applied as sync applies what it receives
    (merged by their clocks, never put in the outbox)."""
    if not edits:
        return 0
    agencies = sorted({e[5] for e in edits})
    users = sorted({e[6] for e in edits})
    wire = [[tbl, row_id, name, value, hlc, 0, agencies.index(agency), users.index(user)]
            for tbl, row_id, name, value, hlc, agency, user in edits]
    restored.sync.apply_remote(wire, [restored.device_id], int(restored.meta("sync_cursor", "0")),
                               agencies=agencies, users=users)
    return len({(e[0], e[1], e[4]) for e in edits})


def _install(work: Path, db_path: Path, *, replace: bool,
             step: Callable[[int, int], None]) -> None:
    """The working copy becomes the database. Over a sound one, through SQLite (its other
    connections see the change as a commit); a missing or damaged one (put aside), by
    moving the file into its place."""
    if replace:
        for end in ("-wal", "-shm"):
            Path(f"{db_path}{end}").unlink(missing_ok=True)
        os.replace(work, db_path)
        _private(db_path, 0o600)
        return
    copy_database(work, db_path, progress=step)


# -- a session: was GMS Desk closed properly last time? ----------------------------------------

def _marker(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".running")


def _alive(pid: int) -> bool:
    if pid <= 0 or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def session_start(db_path: Path) -> bool:
    """Note that GMS Desk is running on this database; True when the last run on it did not
    end properly (a crash, a power cut), so a backup is due and the database is checked."""
    marker = _marker(db_path)
    crashed = False
    try:
        pid = int(marker.read_text(encoding="utf-8").strip() or 0)
        crashed = not _alive(pid)
    except FileNotFoundError:
        pass
    except (OSError, ValueError):
        crashed = True
    with contextlib.suppress(OSError):
        marker.write_text(str(os.getpid()), encoding="utf-8")
    return crashed


def session_end(db_path: Path) -> None:
    """GMS Desk closed properly."""
    marker = _marker(db_path)
    try:
        if marker.read_text(encoding="utf-8").strip() == str(os.getpid()):
            marker.unlink()
    except OSError:
        pass


def startup_check(db_path: Path, crashed: bool) -> StartupCheck:
    """Before the database is opened for writing: after a run that did not end properly, or
    when the file is small enough to take well under a second, the whole file is checked
    (`quick_check`: 0.6 s for 600 MB); otherwise only that it starts as a database (each
    backup checks its copy every 30 minutes). When it is not sound, the newest backup is
    offered (each one passed the same check when made)."""
    db_path = Path(db_path)
    if not db_path.exists():
        return StartupCheck(crashed)
    thorough = crashed or db_path.stat().st_size <= CHECK_AT_START
    problems = integrity_problems(db_path) if thorough else _readable(db_path)
    return StartupCheck(crashed, problems, newest(db_path) if problems else None)


def _readable(db_path: Path) -> list[str]:
    try:
        with open(db_path, "rb") as src:
            start = src.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        return [str(exc)]
    if start and start != _SQLITE_MAGIC:
        return ["the file does not start as a SQLite database"]
    return []
