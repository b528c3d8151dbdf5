"""Photos and files that answers name, kept beside the database and named by their content.

A file attached to an answer is copied to `<data>/attachments/<sha256[:2]>/<sha256>`, so one
photo attached twice is kept once; the answer is its file name as ODK stores a media answer,
"<sha256><ext>" ("5f0c…4d.jpg"), which is how a response refers to it. The table
`attachments` (migration 11) says what each file is (size, type, a small thumbnail of a photo),
whether this laptop holds it (a file named by a response synced from another laptop is fetched
only when someone opens it), and what headquarters has of it. It never syncs: files travel
apart from the records, in resumable pieces (gmsdesk.sync.attachments).

Before a photo is sent it may be made smaller (`sync_pixels`); the original stays here. A file
larger than `max_bytes` is refused when it is attached, with a plain message.

Backups carry the files only this laptop has (`files_to_back_up`; gmsdesk.services.backups),
and put them back checked (`restore_file`). A file no response and no draft names any more (a
draft abandoned, a photo taken again) is removed once it is a day old (`remove_orphans`, after
a routine backup).
"""

from __future__ import annotations

import hashlib
import io
import logging
import mimetypes
import os
import re
import shutil
import tempfile
import time
import weakref
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gmsdesk.i18n import QT_TRANSLATE_NOOP
from gmsdesk.storage.errors import StorageError

if TYPE_CHECKING:
    from gmsdesk.storage.db import Database

__all__ = ["Attachment", "Attachments", "FileTooLarge", "HeldFile", "attachments_of",
           "files_to_back_up", "folder_beside", "forget_missing", "hash_in", "name_of",
           "remove_orphans", "restore_file", "stored_path"]

log = logging.getLogger(__name__)

FOLDER = "attachments"
THUMBNAIL_PIXELS = 256  # the longer side of a thumbnail
DEFAULT_MAX_BYTES = 25 * 1024 * 1024
DEFAULT_SYNC_PIXELS = 2048  # a photo's longer side when sent (0: sent as it is)
_MAX_BYTES_KEY = "attachments_max_bytes"
_SYNC_PIXELS_KEY = "attachments_sync_pixels"
_SCANNED_KEY = "attachments_scanned_rowid"
_NAME = re.compile(r"([0-9a-f]{64})(\.[a-z0-9]{1,10})?")
# An attachment's name inside an answer's JSON text (answers are scanned as text: a response
# from a form version not here yet still names its files).
_NAME_IN_JSON = re.compile(r'"([0-9a-f]{64})(?:\.[a-z0-9]{1,10})?"')
_EXT = re.compile(r"\.[A-Za-z0-9]{1,10}")
_IMAGE_FORMATS = {"JPEG": (".jpg", "image/jpeg"), "PNG": (".png", "image/png"),
                  "WEBP": (".webp", "image/webp"), "GIF": (".gif", "image/gif"),
                  "BMP": (".bmp", "image/bmp"), "TIFF": (".tif", "image/tiff")}
_READ = 1024 * 1024

TOO_LARGE = QT_TRANSLATE_NOOP(
    "Attachments", "This file is %1 MB; files up to %2 MB can be attached. Choose a smaller "
    "file (a photo taken at a lower resolution, a shorter recording).")


class FileTooLarge(StorageError):
    """A file over the size cap. `str(exc)` is the English sentence; `translated(tr)` the same
    in the user's language, `tr` looking up a message of context "Attachments"."""

    def __init__(self, size: int, limit: int) -> None:
        self.size = size
        self.limit = limit
        super().__init__(self.translated(lambda text: text))

    def translated(self, translate: Callable[[str], str]) -> str:
        return translate(TOO_LARGE).replace("%1", _megabytes(self.size)).replace(
            "%2", _megabytes(self.limit))


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".removesuffix(".0")


def name_of(hash_: str, ext: str = "") -> str:
    """The file name an answer holds: "<sha256><ext>"."""
    return f"{hash_}{ext}"


def hash_in(value: Any) -> str | None:
    """The SHA-256 an answer's file name carries ("5f0c….jpg" -> "5f0c…"), else None."""
    if not isinstance(value, str):
        return None
    match = _NAME.fullmatch(value.strip())
    return match[1] if match else None


@dataclass(frozen=True)
class Attachment:
    """One file an answer names, as this laptop knows it."""

    hash: str
    ext: str
    size: int
    mime: str
    source_name: str | None
    held: bool  # the file is on this laptop
    has_thumbnail: bool
    origin: str  # "local" | "remote"
    needed: bool
    uploaded: bool
    sent: int
    upload_hash: str | None
    upload_size: int | None

    @property
    def name(self) -> str:
        """What an answer holds."""
        return name_of(self.hash, self.ext)

    @property
    def is_image(self) -> bool:
        return self.mime.startswith("image/")


_COLUMNS = ("hash, ext, size, mime, source_name, file_hash IS NOT NULL, "
            "thumbnail IS NOT NULL AND length(thumbnail) > 0, origin, needed, uploaded, sent, "
            "upload_hash, upload_size")


def _attachment(row: Any) -> Attachment:
    return Attachment(row[0], row[1], int(row[2]), row[3], row[4], bool(row[5]), bool(row[6]),
                      row[7], bool(row[8]), bool(row[9]), int(row[10]), row[11],
                      None if row[12] is None else int(row[12]))


def _now() -> str:
    from gmsdesk.storage.db import utc_now

    return utc_now()


def _hash_file(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as handle:
        while block := handle.read(_READ):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size


def _open_image(data: bytes | Path) -> Any:
    """A Pillow image of `data`, turned upright, or None when it is not an image Pillow
    reads (or a decompression bomb)."""
    from PIL import Image, ImageOps

    try:
        image = Image.open(io.BytesIO(data) if isinstance(data, bytes) else data)
        image.load()
        return ImageOps.exif_transpose(image)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return None


def image_format(data: bytes | Path) -> str | None:
    """Pillow's name of the image format ("JPEG"), or None when it is no image."""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data) if isinstance(data, bytes) else data) as image:
            return str(image.format) if image.format else None
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return None


def thumbnail_of(data: bytes | Path, pixels: int = THUMBNAIL_PIXELS) -> bytes | None:
    """A small JPEG of a photo (None when it is no image)."""
    image = _open_image(data)
    if image is None:
        return None
    image.thumbnail((pixels, pixels))
    out = io.BytesIO()
    image.convert("RGB").save(out, "JPEG", quality=75, optimize=True)
    return out.getvalue()


def downscaled(data: bytes | Path, pixels: int) -> tuple[bytes, str] | None:
    """A photo made no larger than `pixels` on its longer side, turned upright, in its own
    format (JPEG at quality 85; a format Pillow cannot write as JPEG) and its extension; None
    when it is no image or already small enough."""
    fmt = image_format(data)
    if fmt is None or pixels <= 0:
        return None
    image = _open_image(data)
    if image is None or max(image.size) <= pixels:
        return None
    image.thumbnail((pixels, pixels))
    out = io.BytesIO()
    if fmt == "PNG":
        image.save(out, "PNG", optimize=True)
        return out.getvalue(), ".png"
    image.convert("RGB").save(out, "JPEG", quality=85, optimize=True)
    return out.getvalue(), ".jpg"


def _type_of(source_name: str | None, data: bytes | Path) -> tuple[str, str]:
    """The extension and media type of a file: by its name, else by its content."""
    ext = ""
    if source_name:
        suffix = Path(source_name).suffix
        if _EXT.fullmatch(suffix):
            ext = suffix.lower()
    fmt = image_format(data)
    if fmt in _IMAGE_FORMATS:
        found_ext, mime = _IMAGE_FORMATS[fmt]
        return ext or found_ext, mime
    guessed = mimetypes.guess_type(f"x{ext}")[0] if ext else None
    return ext, guessed or "application/octet-stream"


class Attachments:
    """The attachments of one database (its folder and its table)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.folder = folder_beside(db.path)

    # -- settings ----------------------------------------------------------------------------

    @property
    def max_bytes(self) -> int:
        """The largest file that may be attached."""
        try:
            return int(self.db.meta(_MAX_BYTES_KEY, str(DEFAULT_MAX_BYTES)))
        except ValueError:
            return DEFAULT_MAX_BYTES

    def set_max_bytes(self, size: int) -> None:
        self.db.set_meta_atomic(_MAX_BYTES_KEY, str(max(1, int(size))))

    @property
    def sync_pixels(self) -> int:
        """A photo's longer side when it is sent (0: sent as attached)."""
        try:
            return int(self.db.meta(_SYNC_PIXELS_KEY, str(DEFAULT_SYNC_PIXELS)))
        except ValueError:
            return DEFAULT_SYNC_PIXELS

    def set_sync_pixels(self, pixels: int) -> None:
        self.db.set_meta_atomic(_SYNC_PIXELS_KEY, str(max(0, int(pixels))))

    # -- files -------------------------------------------------------------------------------

    def file_path(self, file_hash: str) -> Path:
        return stored_path(self.folder, file_hash)

    def partial_path(self, key: str) -> Path:
        """Where a file being fetched is gathered, piece by piece."""
        return self.folder / "partial" / key

    def _keep_file(self, source: Path | None, data: bytes | None) -> tuple[str, int]:
        """Copy a file (or bytes) into the folder under its SHA-256; an identical file already
        there is kept as it is. Returns (hash, size)."""
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=".incoming-")
        try:
            with os.fdopen(handle, "wb") as out:
                chunks: Iterable[bytes]
                if data is not None:
                    chunks = (data,)
                else:
                    assert source is not None
                    chunks = _read_chunks(source)
                for block in chunks:
                    digest.update(block)
                    size += len(block)
                    out.write(block)
                out.flush()
                os.fsync(out.fileno())
            hash_ = digest.hexdigest()
            target = self.file_path(hash_)
            if target.exists() and target.stat().st_size == size:
                os.unlink(temporary)
                # Attached again: its age starts again, so that the clean-up of files nothing
                # names (`remove_orphans`) never takes it before the answer naming it is saved.
                with _quiet():
                    os.utime(target)
            else:
                target.parent.mkdir(mode=0o700, exist_ok=True)
                os.replace(temporary, target)
            return hash_, size
        except BaseException:
            with _quiet():
                os.unlink(temporary)
            raise

    def add_file(self, path: str | os.PathLike[str], *,
                 max_pixels: int | None = None) -> Attachment:
        """Attach a file (a photo made no larger than `max_pixels`, as ODK's max-pixels asks).
        FileTooLarge over the cap; OSError when it cannot be read."""
        source = Path(path)
        size = source.stat().st_size
        if size > self.max_bytes and not (max_pixels and image_format(source)):
            raise FileTooLarge(size, self.max_bytes)
        if max_pixels:
            smaller = downscaled(source, max_pixels)
            if smaller is not None:
                data, ext = smaller
                return self.add_bytes(data, Path(source.stem + ext).name)
        if size > self.max_bytes:
            raise FileTooLarge(size, self.max_bytes)
        ext, mime = _type_of(source.name, source)
        hash_, size = self._keep_file(source, None)
        return self._record(hash_, ext, size, mime, source.name,
                            thumbnail_of(source) if mime.startswith("image/") else None)

    def add_bytes(self, data: bytes, source_name: str | None = None, *,
                  max_pixels: int | None = None) -> Attachment:
        """Attach bytes (a photo from the camera, a file from elsewhere)."""
        if max_pixels:
            smaller = downscaled(data, max_pixels)
            if smaller is not None:
                data, ext = smaller
                source_name = Path(source_name or "photo").stem + ext
        if len(data) > self.max_bytes:
            raise FileTooLarge(len(data), self.max_bytes)
        ext, mime = _type_of(source_name, data)
        hash_, size = self._keep_file(None, data)
        return self._record(hash_, ext, size, mime, source_name,
                            thumbnail_of(data) if mime.startswith("image/") else None)

    def _record(self, hash_: str, ext: str, size: int, mime: str, source_name: str | None,
                thumbnail: bytes | None) -> Attachment:
        with self.db.atomic():
            self.db.conn.execute(
                "INSERT INTO attachments(hash, ext, size, mime, source_name, file_hash, "
                "thumbnail, origin, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'local', ?) "
                "ON CONFLICT(hash) DO UPDATE SET file_hash = excluded.file_hash, "
                "size = excluded.size, thumbnail = coalesce(attachments.thumbnail, "
                "excluded.thumbnail), source_name = coalesce(attachments.source_name, "
                "excluded.source_name)",
                (hash_, ext, size, mime, source_name, hash_, thumbnail, _now()))
        found = self.get(hash_)
        assert found is not None
        return found

    # -- reading -----------------------------------------------------------------------------

    def get(self, value: str) -> Attachment | None:
        """The attachment an answer (or a hash) names, or None when this laptop never heard
        of it."""
        hash_ = hash_in(value)
        if hash_ is None:
            return None
        row = self.db.conn.execute(f"SELECT {_COLUMNS} FROM attachments WHERE hash = ?",
                                   (hash_,)).fetchone()
        return _attachment(row) if row else None

    def path(self, value: str) -> Path | None:
        """The file an answer names, when this laptop holds it."""
        hash_ = hash_in(value)
        if hash_ is None:
            return None
        row = self.db.conn.execute("SELECT file_hash FROM attachments WHERE hash = ?",
                                   (hash_,)).fetchone()
        if not row or not row[0]:
            return None
        found = self.file_path(row[0])
        return found if found.is_file() else None

    def thumbnail(self, value: str) -> bytes | None:
        """The small JPEG of a photo an answer names (None: none here, or not a photo)."""
        hash_ = hash_in(value)
        if hash_ is None:
            return None
        row = self.db.conn.execute("SELECT thumbnail FROM attachments WHERE hash = ?",
                                   (hash_,)).fetchone()
        return bytes(row[0]) if row and row[0] else None

    def count(self) -> int:
        return int(self.db.conn.execute("SELECT count(*) FROM attachments").fetchone()[0])

    def files_on_disk(self) -> int:
        """How many files the folder holds (copies being sent included)."""
        if not self.folder.is_dir():
            return 0
        return sum(1 for p in self.folder.glob("??/*") if p.is_file())

    # -- for sync ----------------------------------------------------------------------------

    def scan_responses(self) -> int:
        """Note the files named by responses stored since the last scan: this laptop's are to
        be sent, others' to be shown (their thumbnails fetched). Returns how many files were
        new to this laptop."""
        last = int(self.db.meta(_SCANNED_KEY, "0") or 0)
        rows = self.db.conn.execute(
            "SELECT rowid, answers FROM survey_responses WHERE rowid > ? AND deleted = 0 "
            "ORDER BY rowid", (last,)).fetchall()
        if not rows:
            return 0
        named: set[str] = set()
        for _rowid, answers in rows:
            named.update(_NAME_IN_JSON.findall(answers or ""))
        new = 0
        with self.db.atomic():
            for hash_ in sorted(named):
                known = self.db.conn.execute("SELECT file_hash FROM attachments WHERE hash = ?",
                                             (hash_,)).fetchone()
                if known is None:
                    self.db.conn.execute(
                        "INSERT INTO attachments(hash, origin, created_at) "
                        "VALUES (?, 'remote', ?)", (hash_, _now()))
                    new += 1
                elif known[0] == hash_:  # the original is here: headquarters needs it
                    self.db.conn.execute("UPDATE attachments SET needed = 1 WHERE hash = ?",
                                         (hash_,))
            self.db.set_meta(_SCANNED_KEY, str(rows[-1][0]))
        return new

    def to_send(self) -> list[Attachment]:
        """Files submitted responses name that headquarters does not have yet."""
        rows = self.db.conn.execute(
            f"SELECT {_COLUMNS} FROM attachments WHERE needed = 1 AND uploaded = 0 "
            "AND file_hash = hash ORDER BY created_at, hash").fetchall()
        return [_attachment(r) for r in rows]

    def waiting(self) -> tuple[int, int]:
        """(files, bytes) still to be sent: those `to_send` sends. A file this laptop no
        longer holds (left out of, or damaged in, a restored backup) cannot be sent and is not
        counted as waiting."""
        row = self.db.conn.execute(
            "SELECT count(*), coalesce(sum(coalesce(upload_size, size) - sent), 0) "
            "FROM attachments WHERE needed = 1 AND uploaded = 0 AND file_hash = hash"
        ).fetchone()
        return int(row[0]), int(row[1])

    def upload_copy(self, attachment: Attachment) -> tuple[Path, str, int]:
        """The file to send for an attachment: the original, or a photo made no larger than
        `sync_pixels` (made once and kept until it is sent, so a resumed upload sends the
        same bytes). Returns (path, its SHA-256, its size)."""
        original = self.file_path(attachment.hash)
        if attachment.upload_hash:
            kept = self.file_path(attachment.upload_hash)
            if kept.is_file():
                return kept, attachment.upload_hash, kept.stat().st_size
        upload_hash, size, path = attachment.hash, attachment.size, original
        if attachment.is_image and self.sync_pixels:
            smaller = downscaled(original, self.sync_pixels)
            if smaller is not None and len(smaller[0]) < attachment.size:
                upload_hash, size = self._keep_file(None, smaller[0])
                path = self.file_path(upload_hash)
        with self.db.atomic():
            self.db.conn.execute("UPDATE attachments SET upload_hash = ?, upload_size = ? "
                                 "WHERE hash = ?", (upload_hash, size, attachment.hash))
        return path, upload_hash, size

    def set_sent(self, hash_: str, offset: int) -> None:
        with self.db.atomic():
            self.db.conn.execute("UPDATE attachments SET sent = ? WHERE hash = ?",
                                 (offset, hash_))

    def mark_uploaded(self, hash_: str) -> None:
        """Headquarters has the file: the smaller copy made for sending is let go."""
        row = self.db.conn.execute("SELECT upload_hash, upload_size, size FROM attachments "
                                   "WHERE hash = ?", (hash_,)).fetchone()
        with self.db.atomic():
            self.db.conn.execute(
                "UPDATE attachments SET uploaded = 1, sent = coalesce(upload_size, size) "
                "WHERE hash = ?", (hash_,))
        if row and row[0] and row[0] != hash_:
            still = self.db.conn.execute("SELECT 1 FROM attachments WHERE file_hash = ?",
                                         (row[0],)).fetchone()
            if still is None:
                self.file_path(row[0]).unlink(missing_ok=True)

    def wanting_thumbnails(self, limit: int = 200) -> list[str]:
        """Files of others' responses not here whose thumbnail was never asked for."""
        rows = self.db.conn.execute(
            "SELECT hash FROM attachments WHERE origin = 'remote' AND file_hash IS NULL "
            "AND thumbnail IS NULL ORDER BY created_at, hash LIMIT ?", (limit,)).fetchall()
        return [r[0] for r in rows]

    def store_remote(self, hash_: str, *, thumbnail: bytes | None, size: int | None = None,
                     mime: str | None = None, ext: str | None = None) -> None:
        """What headquarters said of a file: its thumbnail (b"": it has none, a file that is
        no photo), size and type."""
        with self.db.atomic():
            self.db.conn.execute(
                "UPDATE attachments SET thumbnail = ?, size = coalesce(?, size), "
                "mime = coalesce(?, mime), ext = CASE WHEN ext = '' THEN coalesce(?, ext) "
                "ELSE ext END WHERE hash = ?",
                (thumbnail if thumbnail is not None else b"", size, mime, ext, hash_))

    def store_fetched(self, hash_: str, source: Path) -> Path:
        """A file fetched from headquarters (gathered at `source`, already checked): kept
        under its own SHA-256 and noted as held."""
        file_hash, size = _hash_file(source)
        target = self.file_path(file_hash)
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.replace(source, target)
        thumbnail = None
        row = self.db.conn.execute("SELECT thumbnail, mime FROM attachments WHERE hash = ?",
                                   (hash_,)).fetchone()
        if row is not None and not row[0] and str(row[1]).startswith("image/"):
            thumbnail = thumbnail_of(target)
        with self.db.atomic():
            self.db.conn.execute(
                "UPDATE attachments SET file_hash = ?, thumbnail = coalesce(?, thumbnail), "
                "size = CASE WHEN size = 0 THEN ? ELSE size END WHERE hash = ?",
                (file_hash, thumbnail, size, hash_))
        return target


class _quiet:
    """Ignore OSError (a temporary file already gone)."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: object, exc: object, trace: object) -> bool:
        return isinstance(exc, OSError)


def _read_chunks(path: Path) -> Iterator[bytes]:
    with open(path, "rb") as handle:
        while block := handle.read(_READ):
            yield block


_BY_DB: weakref.WeakKeyDictionary[Database, Attachments] = weakref.WeakKeyDictionary()


def attachments_of(db: Database) -> Attachments:
    """The attachments of `db` (one object per database connection)."""
    found = _BY_DB.get(db)
    if found is None:
        found = _BY_DB[db] = Attachments(db)
    return found


def folder_beside(db_path: Path) -> Path:
    """The attachments folder of the database at `db_path`."""
    return Path(db_path).parent / FOLDER


def stored_path(folder: Path, file_hash: str) -> Path:
    """Where the attachments folder `folder` keeps the file of SHA-256 `file_hash`."""
    return folder / file_hash[:2] / file_hash


# -- backups -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class HeldFile:
    """A file a backup carries: the SHA-256 it is kept under, and where it is."""

    file_hash: str
    ext: str  # the extension it is named with inside the backup, for whoever opens it
    path: Path
    size: int


# What a backup carries: the originals attached on this laptop that it holds (whether or not
# headquarters has them: headquarters may hold only a smaller copy of a photo), and the smaller
# copies of photos still being sent (a resumed upload sends the same bytes). Not the files
# fetched from headquarters ('remote'): they can be fetched again, the same bytes, checked.
_TO_BACK_UP = (
    "SELECT file_hash, ext FROM attachments WHERE origin = 'local' AND file_hash IS NOT NULL "
    "UNION ALL SELECT upload_hash, ext FROM attachments WHERE origin = 'local' "
    "AND uploaded = 0 AND upload_hash IS NOT NULL AND upload_hash != hash")


def has_files_to_back_up(db: Database) -> bool:
    """Whether a backup of `db` would carry a file (see `files_to_back_up`): the first one
    found on the disk ends the search."""
    if not db.has_table("attachments"):
        return False
    folder = folder_beside(db.path)
    return any(isinstance(file_hash, str) and _NAME.fullmatch(file_hash)
               and stored_path(folder, file_hash).is_file()
               for file_hash, _ext in db.conn.execute(_TO_BACK_UP))


def files_to_back_up(database: Path | Database, folder: Path) -> list[HeldFile]:
    """The files a backup of `database` (a file: the checked copy a backup is made of; or a
    connection, for an estimate) carries from `folder`, each once (ordered by hash), those
    missing from the folder left out."""
    from gmsdesk.storage.db import read_only, table_exists

    conn = database.conn if not isinstance(database, Path) else read_only(database)
    try:
        if not table_exists(conn, "attachments"):
            return []
        rows = conn.execute(_TO_BACK_UP).fetchall()
    finally:
        if isinstance(database, Path):
            conn.close()
    found: dict[str, HeldFile] = {}
    for file_hash, ext in rows:
        if not isinstance(file_hash, str) or not _NAME.fullmatch(file_hash) \
                or file_hash in found:
            continue
        path = stored_path(folder, file_hash)
        try:
            size = path.stat().st_size
        except OSError:
            continue
        found[file_hash] = HeldFile(file_hash, ext if _EXT.fullmatch(ext or "") else "", path,
                                    size)
    return [found[h] for h in sorted(found)]


def restore_file(folder: Path, file_hash: str, chunks: Iterable[bytes]) -> str:
    """Put a file a backup carries back into the attachments `folder`, checked against its
    SHA-256 while it is written (under a temporary name, renamed when whole). A file already
    there is not written again (`chunks` are read through all the same). Returns "written",
    "present" or "damaged" (its content is not the one it is named by; nothing kept)."""
    target = stored_path(folder, file_hash)
    if target.is_file():
        for _chunk in chunks:
            pass
        return "present"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".incoming-")
    try:
        digest = hashlib.sha256()
        with os.fdopen(handle, "wb") as out:
            for chunk in chunks:
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != file_hash:
            os.unlink(temporary)
            return "damaged"
        target.parent.mkdir(mode=0o700, exist_ok=True)
        os.replace(temporary, target)
        return "written"
    except BaseException:
        with _quiet():
            os.unlink(temporary)
        raise


def forget_missing(db: Database, folder: Path) -> int:
    """After a restore: rows that say a file is held here when `folder` does not have it (not
    in the backup, or damaged in it) say it is not, so that it is fetched from headquarters
    when someone opens it rather than taken for here. Returns how many."""
    if not db.has_table("attachments"):
        return 0
    rows = db.conn.execute("SELECT hash, file_hash FROM attachments "
                           "WHERE file_hash IS NOT NULL").fetchall()
    gone = [hash_ for hash_, file_hash in rows
            if not _NAME.fullmatch(file_hash) or not stored_path(folder, file_hash).is_file()]
    if gone:
        with db.atomic():
            db.conn.executemany("UPDATE attachments SET file_hash = NULL WHERE hash = ?",
                                [(h,) for h in gone])
    return len(gone)


# -- files nothing names -------------------------------------------------------------------------

ORPHAN_GRACE_SECONDS = 24 * 3600  # a file younger than this is never removed as an orphan
_CLEANED_KEY = "attachments_cleaned_at"


def _named_hashes(db: Database) -> set[str]:
    """The SHA-256 of every file an answer names: of responses (deleted ones too: a deletion
    can be undone) and of drafts (never synced, and the only place a draft's photos are
    named); with the files kept for them (a copy fetched, a smaller copy being sent)."""
    named: set[str] = set()
    for table in ("survey_responses", "survey_drafts"):
        if db.has_table(table):
            for (answers,) in db.conn.execute(f"SELECT answers FROM {table}"):
                named.update(_NAME_IN_JSON.findall(answers or ""))
    kept = set(named)
    if db.has_table("attachments"):
        for hash_, file_hash, upload_hash, uploaded in db.conn.execute(
                "SELECT hash, file_hash, upload_hash, uploaded FROM attachments"):
            if hash_ in named:
                kept.update(h for h in (file_hash, None if uploaded else upload_hash) if h)
    return kept


def remove_orphans(db: Database, *, grace_seconds: int = ORPHAN_GRACE_SECONDS,
                   now: float | None = None) -> list[str]:
    """Remove the files of the attachments folder that no response and no draft names (a
    draft abandoned, a photo taken again), once they are older than `grace_seconds` (a photo
    just taken may not be saved into its draft yet), with their rows; and what a write cut
    short left. Returns the SHA-256 of the files removed. Safe at any moment; best after a
    backup (which carries them once more)."""
    folder = folder_beside(db.path)
    if not folder.is_dir():
        return []
    moment = time.time() if now is None else now
    named = _named_hashes(db)
    old: list[Path] = []
    for path in folder.glob("??/*"):
        if not _NAME.fullmatch(path.name) or path.name in named \
                or path.parent.name != path.name[:2]:
            continue
        with _quiet():
            if moment - path.stat().st_mtime >= grace_seconds:
                old.append(path)
    if old:
        named = _named_hashes(db)  # again: an answer saved since the first look keeps its file
    removed: list[str] = []
    for path in old:
        if path.name in named:
            continue
        try:
            path.unlink()
        except OSError:
            log.info("could not remove the attachment file %s", path, exc_info=True)
            continue
        removed.append(path.name)
    for leftover in folder.glob(".incoming-*"):
        with _quiet():
            if moment - leftover.stat().st_mtime >= grace_seconds:
                leftover.unlink()
    if removed and db.has_table("attachments"):
        with db.atomic():
            db.conn.executemany("DELETE FROM attachments WHERE file_hash = ? OR hash = ?",
                                [(h, h) for h in removed])
            db.conn.executemany("UPDATE attachments SET upload_hash = NULL, upload_size = NULL, "
                                "sent = 0 WHERE upload_hash = ?", [(h,) for h in removed])
    if removed:
        log.info("removed %d attachment file(s) nothing names", len(removed))
    return removed


def remove_orphans_now_and_then(db: Database, *, every_seconds: int = 12 * 3600) -> list[str]:
    """`remove_orphans`, at most once in `every_seconds` (it reads every answer)."""
    try:
        last = float(db.meta(_CLEANED_KEY, "0") or 0)
    except ValueError:
        last = 0.0
    moment = time.time()
    if 0 <= moment - last < every_seconds:
        return []
    removed = remove_orphans(db, now=moment)
    db.set_meta_atomic(_CLEANED_KEY, str(int(moment)))
    return removed


def copy_attachment(attachments: Attachments, value: str, folder: Path) -> Path | None:
    """Copy the file an answer names into `folder` under the answer's own name (for an
    export); None when this laptop does not hold it."""
    source = attachments.path(value)
    if source is None:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / value.strip()
    if not target.exists():
        shutil.copyfile(source, target)
    return target
