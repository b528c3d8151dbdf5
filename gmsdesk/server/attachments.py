"""Attachments at headquarters: photos and files that responses name, received in resumable
pieces apart from the record sync, kept once per content, fetched by devices when needed.

A response names a file by the SHA-256 of the file as it was attached on the laptop (its
"reference"); what the laptop sends may be a smaller copy of a photo, so the content has a
SHA-256 of its own. References belong to the agency whose device sent them (an agency's
devices see its references, headquarters' see every one); contents are kept once whoever sent
them: a photo two agencies attached is stored once, and sent once.

    POST /v1/attachments/status      what the server has of some files (one round trip)
    PUT  /v1/attachments/{ref}?offset=N   one piece, at the offset the server has reached
    POST /v1/attachments/thumbnails  small JPEGs of photos, many per answer
    GET  /v1/attachments/{ref}       the file (Range: bytes=N- resumes)

A piece carries its own SHA-256 (X-Chunk-SHA256): a damaged piece is refused and sent again,
nothing else. What arrived of a piece cut off by a dropped link is kept, so it is not sent
again. The whole content is checked against its SHA-256 when the last piece arrives (a
mismatch drops it: it is sent again from the start).

A device gets a file only through a reference of its agency, and a reference is linked to a
content only once one of the agency's devices showed it holds the bytes: it sent them (over
the network, or in a sync bundle), or answered a challenge. Naming a SHA-256 the server holds
is not enough (anyone who learnt it could link another agency's photo to a response and fetch
it): when the agency has no link to that content yet, the status answer carries a random
`challenge` and the device answers with SHA-256(challenge || the file's bytes) (`proof`, in
a second status request); a device of a release before challenges sends the file instead.
Within an agency a content already linked is linked again without proof. What arrived of a
file is kept per agency, so nobody goes on from where another agency's device stopped.
The bytes themselves sit behind `BlobStore`: a folder on disk, or a table in the server's
database; an object store can take their place.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import io
import os
import re
import secrets
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from enum import Enum
from pathlib import Path
from typing import Any, Protocol, cast

import sqlalchemy as sa
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from pydantic import BaseModel, Field, ValidationError
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from gmsdesk.server.store import Device, Store, now_ms

__all__ = ["BlobStore", "DatabaseBlobStore", "DiskBlobStore", "Refused", "ServerAttachments",
           "blob_store_for", "register", "service_for"]

DEFAULT_MAX_BYTES = 50 * 1024 * 1024  # one file; $GMSDESK_MAX_ATTACHMENT_MB says otherwise
MAX_PIECE_BYTES = 8 * 1024 * 1024
THUMBNAIL_PIXELS = 256
THUMBNAILS_PER_ANSWER = 256 * 1024  # bytes of thumbnails in one answer
_HASH = re.compile(r"[0-9a-f]{64}")
_EXT = re.compile(r"(\.[a-z0-9]{1,10})?")
_MIME = re.compile(r"[\w.+-]{1,60}/[\w.+-]{1,60}")
_READ = 1024 * 1024

metadata = sa.MetaData()
# A content, by its SHA-256: complete once every byte arrived and matched.
attachment_files = sa.Table(
    "attachment_files", metadata,
    sa.Column("sha256", sa.String(64), primary_key=True),
    sa.Column("size", sa.BigInteger, nullable=False),
    sa.Column("mime", sa.String(121), nullable=False),
    sa.Column("complete", sa.Boolean, nullable=False, default=False),
    sa.Column("thumbnail", sa.Boolean, nullable=False, default=False),
    sa.Column("created_at", sa.BigInteger, nullable=False),
)
# What an agency's responses name, and the content it stands for.
attachment_refs = sa.Table(
    "attachment_refs", metadata,
    sa.Column("agency_id", sa.String(64), primary_key=True),
    sa.Column("ref", sa.String(64), primary_key=True),
    sa.Column("sha256", sa.String(64), nullable=False, index=True),
    sa.Column("ext", sa.String(11), nullable=False, default=""),
    sa.Column("device_id", sa.String(64), nullable=False),
    sa.Column("created_at", sa.BigInteger, nullable=False),
)
# A device asked to show it holds a content the server has (one challenge at a time each).
attachment_challenges = sa.Table(
    "attachment_challenges", metadata,
    sa.Column("device_id", sa.String(64), primary_key=True),
    sa.Column("sha256", sa.String(64), primary_key=True),
    sa.Column("nonce", sa.String(64), nullable=False),
    sa.Column("created_at", sa.BigInteger, nullable=False),
)
CHALLENGE_MS = 60 * 60 * 1000  # how long a challenge may be answered
# The bytes, when the server's database keeps them (`DatabaseBlobStore`).
attachment_blobs = sa.Table(
    "attachment_blobs", metadata,
    sa.Column("key", sa.String(80), primary_key=True),
    sa.Column("position", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("data", sa.LargeBinary, nullable=False),
)


# -- where the bytes are kept --------------------------------------------------------------------


class BlobStore(Protocol):
    """Bytes under keys ("partial/<sha256>", "blob/<sha256>", "thumb/<sha256>"). `conn` is
    the transaction the attachments' bookkeeping is written in: a store inside the same
    database writes in it, any other ignores it."""

    def length(self, key: str, conn: Connection | None = None) -> int:
        """Bytes held under `key` (0: none)."""

    def write(self, key: str, offset: int, data: bytes, conn: Connection | None = None) -> None:
        """Keep the first `offset` bytes, then `data` after them."""

    def read(self, key: str, start: int = 0, conn: Connection | None = None
             ) -> Iterator[bytes]:
        """The bytes from `start` on, in pieces."""

    def rename(self, key: str, new: str, conn: Connection | None = None) -> None:
        """Move the bytes to `new` (replacing what was there)."""

    def delete(self, key: str, conn: Connection | None = None) -> None:
        ...


class DiskBlobStore:
    """Files in a folder: <root>/blob/ab/<sha256>, <root>/partial/<sha256>, <root>/thumb/…"""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)

    def path(self, key: str) -> Path:
        kind, _, name = key.partition("/")
        if kind not in ("blob", "partial", "thumb") or not _HASH.fullmatch(name):
            raise ValueError(f"not a blob key: {key!r}")
        return self.root / kind / (name if kind == "partial" else f"{name[:2]}/{name}")

    def length(self, key: str, conn: Connection | None = None) -> int:
        try:
            return self.path(key).stat().st_size
        except FileNotFoundError:
            return 0

    def write(self, key: str, offset: int, data: bytes, conn: Connection | None = None) -> None:
        target = self.path(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "r+b" if target.exists() else "w+b") as handle:
            handle.truncate(offset)
            handle.seek(offset)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())

    def read(self, key: str, start: int = 0, conn: Connection | None = None
             ) -> Iterator[bytes]:
        with open(self.path(key), "rb") as handle:
            handle.seek(start)
            while block := handle.read(_READ):
                yield block

    def rename(self, key: str, new: str, conn: Connection | None = None) -> None:
        target = self.path(new)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(self.path(key), target)

    def delete(self, key: str, conn: Connection | None = None) -> None:
        self.path(key).unlink(missing_ok=True)


class DatabaseBlobStore:
    """Bytes in the server's own database (PostgreSQL or SQLite), one row per piece as it
    arrived: nothing but the database to back up."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @contextmanager
    def _conn(self, conn: Connection | None) -> Iterator[Connection]:
        if conn is not None:
            yield conn
            return
        with self.engine.begin() as own:
            yield own

    def length(self, key: str, conn: Connection | None = None) -> int:
        with self._conn(conn) as c:
            found = c.execute(sa.select(sa.func.coalesce(sa.func.sum(
                sa.func.length(attachment_blobs.c.data)), 0)).where(
                attachment_blobs.c.key == key)).scalar_one()
        return int(found)

    def write(self, key: str, offset: int, data: bytes, conn: Connection | None = None) -> None:
        with self._conn(conn) as c:
            c.execute(attachment_blobs.delete().where(attachment_blobs.c.key == key,
                                                      attachment_blobs.c.position >= offset))
            c.execute(attachment_blobs.insert().values(key=key, position=offset, data=data))

    def read(self, key: str, start: int = 0, conn: Connection | None = None
             ) -> Iterator[bytes]:
        position = -1
        while True:
            with self._conn(conn) as c:
                rows = c.execute(
                    sa.select(attachment_blobs.c.position, attachment_blobs.c.data)
                    .where(attachment_blobs.c.key == key,
                           attachment_blobs.c.position > position)
                    .order_by(attachment_blobs.c.position).limit(4)).all()
            if not rows:
                return
            for row in rows:
                data = bytes(row.data)
                position = int(row.position)
                end = position + len(data)
                if end > start:
                    yield data[max(0, start - position):]

    def rename(self, key: str, new: str, conn: Connection | None = None) -> None:
        with self._conn(conn) as c:
            c.execute(attachment_blobs.delete().where(attachment_blobs.c.key == new))
            c.execute(attachment_blobs.update().where(attachment_blobs.c.key == key)
                      .values(key=new))

    def delete(self, key: str, conn: Connection | None = None) -> None:
        with self._conn(conn) as c:
            c.execute(attachment_blobs.delete().where(attachment_blobs.c.key == key))


def blob_store_for(store: Store, setting: str | None = None) -> BlobStore:
    """Where to keep attachments: `setting` "database" (the server's database), a folder, or
    nothing: the database on PostgreSQL, a folder beside the SQLite file otherwise."""
    setting = (setting or "").strip()
    if setting == "database" or (not setting and store.is_postgres):
        return DatabaseBlobStore(store.engine)
    if setting:
        return DiskBlobStore(setting)
    database = store.engine.url.database or ""
    if database and database != ":memory:":
        return DiskBlobStore(f"{database}.attachments")
    import tempfile

    return DiskBlobStore(tempfile.mkdtemp(prefix="gmsdesk-attachments-"))


# -- the bookkeeping -------------------------------------------------------------------------


class Refused(Exception):
    """An upload the server will not take as it is: HTTP status, code, message."""

    def __init__(self, status: int, code: str, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.extra = extra


class ServerAttachments:
    """What headquarters holds of attachments, and the rules for adding to it."""

    def __init__(self, store: Store, blobs: BlobStore, max_bytes: int = DEFAULT_MAX_BYTES
                 ) -> None:
        self.store = store
        self.blobs = blobs
        self.max_bytes = max_bytes
        # Made at the first request, not with the app: a test rig (and a restarted server)
        # may choose its store after the routes are registered.
        self._lock: AbstractContextManager[Any] | None = None
        self._making = threading.Lock()

    def _ready(self) -> AbstractContextManager[Any]:
        """The tables made (once), and the lock one piece of a file is written under
        (SQLite: one writer at a time anyway)."""
        with self._making:
            if self._lock is None:
                metadata.create_all(self.store.engine)
                self._lock = nullcontext() if self.store.is_postgres else threading.Lock()
            return self._lock

    @contextmanager
    def _begin(self) -> Iterator[Connection]:
        with self._ready(), self.store.engine.begin() as conn:
            yield conn

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        self._ready()
        with self.store._read() as conn:
            yield conn

    def _ref(self, conn: Connection, device: Device, ref: str) -> Any:
        """The content a reference of this device's agency stands for (headquarters: of any
        agency), complete, or None."""
        query = (sa.select(attachment_refs.c.sha256, attachment_refs.c.ext,
                           attachment_files.c.size, attachment_files.c.mime,
                           attachment_files.c.thumbnail)
                 .join(attachment_files, attachment_files.c.sha256 == attachment_refs.c.sha256)
                 .where(attachment_refs.c.ref == ref, attachment_files.c.complete))
        if not device.hq:
            query = query.where(attachment_refs.c.agency_id == device.agency_id)
        return conn.execute(query.limit(1)).first()

    def _link(self, conn: Connection, device: Device, ref: str, sha256: str, ext: str) -> None:
        exists = conn.execute(sa.select(attachment_refs.c.ref).where(
            attachment_refs.c.agency_id == device.agency_id,
            attachment_refs.c.ref == ref)).first()
        if exists is None:
            conn.execute(attachment_refs.insert().values(
                agency_id=device.agency_id, ref=ref, sha256=sha256, ext=ext,
                device_id=device.id, created_at=now_ms()))

    def _linked(self, conn: Connection, device: Device, sha256: str) -> bool:
        """Whether the device's agency has a reference to this content already: one of its
        devices showed it holds the bytes, so another may link to it without proof."""
        return conn.execute(sa.select(attachment_refs.c.ref).where(
            attachment_refs.c.agency_id == device.agency_id,
            attachment_refs.c.sha256 == sha256).limit(1)).first() is not None

    @staticmethod
    def _partial(device: Device, sha256: str) -> str:
        """Where what arrived of a content from this device's agency is gathered: apart from
        other agencies', so that none goes on from where another's device stopped."""
        return "partial/" + hashlib.sha256(f"{device.agency_id}/{sha256}".encode()).hexdigest()

    def _challenge(self, conn: Connection, device: Device, sha256: str) -> str:
        """A new random challenge for this device and content (the one before is void)."""
        nonce = secrets.token_hex(32)
        conn.execute(attachment_challenges.delete().where(
            attachment_challenges.c.device_id == device.id,
            attachment_challenges.c.sha256 == sha256))
        conn.execute(attachment_challenges.insert().values(
            device_id=device.id, sha256=sha256, nonce=nonce, created_at=now_ms()))
        return nonce

    def _proven(self, conn: Connection, device: Device, sha256: str, proof: str) -> bool:
        """Whether `proof` is SHA-256(challenge || content) for the challenge this device was
        given for this content (used once, whatever the answer)."""
        row = conn.execute(sa.select(attachment_challenges.c.nonce,
                                     attachment_challenges.c.created_at).where(
            attachment_challenges.c.device_id == device.id,
            attachment_challenges.c.sha256 == sha256)).first()
        if row is None:
            return False
        conn.execute(attachment_challenges.delete().where(
            attachment_challenges.c.device_id == device.id,
            attachment_challenges.c.sha256 == sha256))
        if int(row.created_at) < now_ms() - CHALLENGE_MS:
            return False
        digest = hashlib.sha256(bytes.fromhex(row.nonce))
        for block in self.blobs.read(f"blob/{sha256}", 0, conn):
            digest.update(block)
        return hmac.compare_digest(digest.hexdigest(), proof.lower())

    def status(self, device: Device, items: list[StatusItem]) -> list[dict[str, Any]]:
        """For each file a device would send: complete (nothing to send), or the offset to
        go on from. A content the server already holds complete is linked, not sent, once
        the device's agency holds it (a reference to it) or the device answered its challenge
        (`proof`); until then the answer carries a `challenge`."""
        out: list[dict[str, Any]] = []
        for item in items:
            if item.size > self.max_bytes:
                out.append({"ref": item.ref, "complete": False, "offset": 0,
                            "refused": "too_large"})
                continue
            answer: dict[str, Any] = {"ref": item.ref, "complete": True, "offset": item.size}
            with self._begin() as conn:
                if self._ref(conn, device, item.ref) is not None:
                    out.append(answer)
                    continue
                held = conn.execute(sa.select(attachment_files.c.complete).where(
                    attachment_files.c.sha256 == item.sha256)).first()
                if held is not None and held.complete:
                    if self._linked(conn, device, item.sha256) or (
                            item.proof and self._proven(conn, device, item.sha256, item.proof)):
                        self._link(conn, device, item.ref, item.sha256, item.ext)
                        out.append(answer)
                        continue
                    answer["challenge"] = self._challenge(conn, device, item.sha256)
                answer.update(complete=False,
                              offset=self.blobs.length(self._partial(device, item.sha256), conn))
            out.append(answer)
        return out

    def put(self, device: Device, ref: str, offset: int, data: bytes, *, sha256: str,
            size: int, mime: str, ext: str, piece_sha256: str | None) -> dict[str, Any]:
        """One piece at `offset`; the answer says where the server is now, and whether the
        file is complete. Refused: a damaged piece, a wrong offset, a file too large, or a
        whole that does not match its SHA-256 (then it starts again). `piece_sha256` None:
        the start of a piece cut off by a dropped link, kept as it arrived. A content the
        server holds but the agency has no link to is received all the same: its bytes are
        the proof, and are let go once checked."""
        if size > self.max_bytes:
            raise Refused(413, "too_large", f"A file may have at most {self.max_bytes} bytes.")
        if piece_sha256 is not None and hashlib.sha256(data).hexdigest() != piece_sha256:
            raise Refused(422, "damaged_piece", "This piece arrived damaged; send it again.")
        if offset + len(data) > size:
            raise Refused(422, "past_the_end", "This piece goes past the end of the file.")
        partial = self._partial(device, sha256)
        with self._begin() as conn:
            held = self._lock_file(conn, sha256, size, mime)
            if held.complete and self._linked(conn, device, sha256):
                self._link(conn, device, ref, sha256, ext)
                return {"offset": size, "complete": True}
            have = self.blobs.length(partial, conn)
            if offset != have:
                raise Refused(409, "offset", "The server has a different part of this file.",
                              offset=have)
            self.blobs.write(partial, offset, data, conn)
            reached = offset + len(data)
            if reached < size:
                return {"offset": reached, "complete": False}
            digest = hashlib.sha256()
            for block in self.blobs.read(partial, 0, conn):
                digest.update(block)
            if digest.hexdigest() != sha256:
                self.blobs.delete(partial, conn)
                raise Refused(422, "damaged_file", "The file arrived damaged; it is sent again "
                              "from the start.", offset=0)
            made = self._complete(conn, device, partial, held.complete, ref, sha256, size, ext)
        if made and mime.startswith("image/"):
            self._make_thumbnail(sha256)
        return {"offset": size, "complete": True}

    def _complete(self, conn: Connection, device: Device, partial: str, held: bool, ref: str,
                  sha256: str, size: int, ext: str) -> bool:
        """A content checked whole at `partial`: kept (or let go when the server `held` it
        already) and linked for the device's agency. True when it is new here."""
        if held:
            self.blobs.delete(partial, conn)
        else:
            self.blobs.rename(partial, f"blob/{sha256}", conn)
            conn.execute(attachment_files.update().where(attachment_files.c.sha256 == sha256)
                         .values(complete=True, size=size))
        self._link(conn, device, ref, sha256, ext)
        return not held

    def receive(self, device: Device, ref: str, data: bytes, *, sha256: str, mime: str,
                ext: str) -> bool:
        """A whole file that came in a sync bundle, kept as the same file sent over the network
        would be (in pieces of at most MAX_PIECE_BYTES) and linked for the device's agency:
        its bytes are checked here, so they are its proof. True when the content is new here.
        Refused: too large, or not the bytes its SHA-256 names."""
        size = len(data)
        if size > self.max_bytes:
            raise Refused(413, "too_large", f"A file may have at most {self.max_bytes} bytes.")
        if hashlib.sha256(data).hexdigest() != sha256:
            raise Refused(422, "damaged_file", "The file is not the one its SHA-256 names.")
        partial = "partial/" + hashlib.sha256(f"bundle/{device.id}/{sha256}".encode()
                                              ).hexdigest()
        with self._begin() as conn:
            held = self._lock_file(conn, sha256, size, mime)
            if not held.complete:
                for at in range(0, max(size, 1), MAX_PIECE_BYTES):
                    self.blobs.write(partial, at, data[at:at + MAX_PIECE_BYTES], conn)
            made = self._complete(conn, device, partial, held.complete, ref, sha256, size, ext)
        if made and mime.startswith("image/"):
            self._make_thumbnail(sha256)
        return made

    def holds(self, device: Device, refs: list[str]) -> set[str]:
        """Which of these references the device may fetch now (complete, of its agency)."""
        with self._reading() as conn:
            return {ref for ref in refs if self._ref(conn, device, ref) is not None}

    def _lock_file(self, conn: Connection, sha256: str, size: int, mime: str) -> Any:
        """The content's row, made if new, locked until the transaction ends (PostgreSQL: two
        devices sending the same file take turns)."""
        query = sa.select(attachment_files.c.complete, attachment_files.c.size).where(
            attachment_files.c.sha256 == sha256)
        row = conn.execute(query).first()
        if row is None:
            insert = (postgresql.insert if self.store.is_postgres else sqlite.insert)(
                attachment_files)
            conn.execute(insert.values(sha256=sha256, size=size, mime=mime, complete=False,
                                       thumbnail=False, created_at=now_ms())
                         .on_conflict_do_nothing())
        if self.store.is_postgres:
            query = query.with_for_update()
        return conn.execute(query).one()

    def _make_thumbnail(self, sha256: str) -> None:
        """A small JPEG of a photo, for devices that show it without fetching the whole."""
        from PIL import Image, ImageOps

        try:
            data = b"".join(self.blobs.read(f"blob/{sha256}"))
            with Image.open(io.BytesIO(data)) as opened:
                image = ImageOps.exif_transpose(opened)
                image.thumbnail((THUMBNAIL_PIXELS, THUMBNAIL_PIXELS))
                out = io.BytesIO()
                image.convert("RGB").save(out, "JPEG", quality=75, optimize=True)
        except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
            return  # not a photo Pillow reads: devices show its name instead
        thumbnail = out.getvalue()
        with self._begin() as conn:
            self.blobs.write(f"thumb/{sha256}", 0, thumbnail, conn)
            conn.execute(attachment_files.update().where(attachment_files.c.sha256 == sha256)
                         .values(thumbnail=True))

    def thumbnails(self, device: Device, refs: list[str]) -> dict[str, Any]:
        """Thumbnails (base64 JPEG; "" for a file that is no photo) with each file's size,
        type and extension, up to THUMBNAILS_PER_ANSWER bytes; `missing`: files the server
        does not have (yet), or not for this device; `more`: ask again for the rest."""
        items: dict[str, Any] = {}
        missing: list[str] = []
        used = 0
        more = False
        for ref in refs:
            if used >= THUMBNAILS_PER_ANSWER:
                more = True
                break
            with self._reading() as conn:
                found = self._ref(conn, device, ref)
            if found is None:
                missing.append(ref)
                continue
            thumbnail = ""
            if found.thumbnail:
                data = b"".join(self.blobs.read(f"thumb/{found.sha256}"))
                thumbnail = base64.b64encode(data).decode("ascii")
                used += len(thumbnail)
            items[ref] = {"size": int(found.size), "mime": found.mime, "ext": found.ext,
                          "thumbnail": thumbnail}
        return {"items": items, "missing": missing, "more": more}

    def file(self, device: Device, ref: str) -> Any:
        """(sha256, size, mime, ext) of a complete file this device may fetch, or None."""
        with self._reading() as conn:
            return self._ref(conn, device, ref)


# -- the HTTP side ---------------------------------------------------------------------------


class StatusItem(BaseModel):
    ref: str = Field(pattern=_HASH.pattern)
    sha256: str = Field(pattern=_HASH.pattern)
    size: int = Field(ge=0)
    mime: str = Field(default="application/octet-stream", pattern=_MIME.pattern)
    ext: str = Field(default="", pattern=_EXT.pattern)
    # SHA-256(challenge || the bytes), answering the challenge of an earlier status answer
    proof: str | None = Field(default=None, pattern=_HASH.pattern)


def service_for(store: Store, blobs: BlobStore | None = None) -> ServerAttachments:
    """What headquarters holds of attachments, as the server keeps it: the bytes in `blobs`,
    else where $GMSDESK_ATTACHMENTS says ("database" or a folder), else the default of
    `blob_store_for`; $GMSDESK_MAX_ATTACHMENT_MB caps one file. The server's routes and
    `gmsdesk-server bundle import` use the same."""
    if blobs is None:  # chosen at the first use: the store may be selected after start
        setting = os.environ.get("GMSDESK_ATTACHMENTS")
        blobs = cast(BlobStore, _Deferred(lambda: blob_store_for(store, setting)))
    try:
        max_bytes = int(float(os.environ.get("GMSDESK_MAX_ATTACHMENT_MB", "0")) * 1024 * 1024)
    except ValueError:
        max_bytes = 0
    return ServerAttachments(store, blobs, max_bytes or DEFAULT_MAX_BYTES)


class StatusRequest(BaseModel):
    items: list[StatusItem] = Field(max_length=500)


class ThumbnailsRequest(BaseModel):
    refs: list[str] = Field(max_length=500)


def _error(status: int, code: str, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": code, "message": message, **extra}, status_code=status)


async def _body(request: Request, limit: int, body: bytearray | None = None
                ) -> bytes | Response:
    """The request's body, at most `limit` bytes; a dropped upload is a 400 (nobody reads
    it), not an error worth a traceback (`body`, when given, keeps what arrived)."""
    body = bytearray() if body is None else body
    try:
        async for piece in request.stream():
            body += piece
            if len(body) > limit:
                return _error(413, "too_large", "The request is too large.")
    except ClientDisconnect:
        return _error(400, "disconnected", "The connection closed before the request was "
                      "complete.")
    return bytes(body)


def _json(body: bytes, model: type[BaseModel]) -> BaseModel | Response:
    try:
        return model.model_validate_json(body)
    except (ValidationError, ValueError) as exc:
        return _error(422, "malformed", f"The request could not be read: {exc}"[:500])


def register(app: FastAPI, store: Store, device_for: Callable[[Request], Device | None],
             check_version: Callable[[Request], Response | None],
             blobs: BlobStore | None = None) -> ServerAttachments:
    """Add the attachment routes to `app`, authenticated like the sync route. The bytes go to
    `blobs`, else where $GMSDESK_ATTACHMENTS says ("database" or a folder), else the default
    of `blob_store_for`; $GMSDESK_MAX_ATTACHMENT_MB caps one file."""
    service = service_for(store, blobs)
    app.state.attachments = service
    routes = _Routes(service, device_for, check_version)
    tags: list[str | Enum] = ["attachments"]
    app.post("/v1/attachments/status", tags=tags, responses=_ANSWERS)(routes.status)
    app.put("/v1/attachments/{ref}", tags=tags, responses=_ANSWERS)(routes.put)
    app.post("/v1/attachments/thumbnails", tags=tags, responses=_ANSWERS)(routes.thumbnails)
    app.get("/v1/attachments/{ref}", tags=tags, responses=_ANSWERS)(routes.fetch)
    return service


class _Deferred:
    """A blob store made the first time it is used."""

    def __init__(self, make: Callable[[], BlobStore]) -> None:
        self._make = make
        self._real: BlobStore | None = None
        self._lock = threading.Lock()

    def __getattr__(self, name: str) -> Any:
        with self._lock:
            if self._real is None:
                self._real = self._make()
        return getattr(self._real, name)


_ANSWERS: dict[int | str, dict[str, Any]] = {
    status: {"description": text} for status, text in (
        (400, "The connection closed before the request was complete."),
        (401, "The device is not enrolled, or was revoked."),
        (404, "No such file for this device."),
        (409, "The server holds a different part of the file: go on from `offset`."),
        (413, "The file or the request is too large."),
        (416, "The range starts past the end of the file."),
        (422, "A damaged piece or file, or a request that could not be read."),
        (426, "The app is too old for this server."))}


class _Routes:
    """The attachment routes, authenticated like the sync route."""

    def __init__(self, service: ServerAttachments,
                 device_for: Callable[[Request], Device | None],
                 check_version: Callable[[Request], Response | None]) -> None:
        self.service = service
        self.device_for = device_for
        self.check_version = check_version

    async def who(self, request: Request) -> Device | Response:
        if (old := self.check_version(request)) is not None:
            return old
        device = await run_in_threadpool(self.device_for, request)
        if device is None:
            return _error(401, "unauthorized", "This computer is not enrolled, or was revoked.")
        return device

    async def status(self, request: Request) -> Response:
        """What the server has of some files: complete, or the offset to go on from."""
        service = self.service
        device = await self.who(request)
        if isinstance(device, Response):
            return device
        body = await _body(request, 512 * 1024)
        if isinstance(body, Response):
            return body
        parsed = _json(body, StatusRequest)
        if isinstance(parsed, Response):
            return parsed
        assert isinstance(parsed, StatusRequest)
        items = await run_in_threadpool(service.status, device, parsed.items)
        return JSONResponse({"items": items, "max_bytes": service.max_bytes})

    async def put(self, ref: str, offset: int, request: Request) -> Response:
        """One piece of a file, at the offset the server has reached."""
        service = self.service
        device = await self.who(request)
        if isinstance(device, Response):
            return device
        headers = request.headers
        sha256 = headers.get("x-content-sha256", "")
        piece = headers.get("x-chunk-sha256", "")
        mime = headers.get("x-media-type", "application/octet-stream")
        ext = headers.get("x-file-ext", "")
        try:
            size = int(headers.get("x-content-size", "-1"))
        except ValueError:
            size = -1
        if not (_HASH.fullmatch(ref) and _HASH.fullmatch(sha256) and _HASH.fullmatch(piece)
                and _MIME.fullmatch(mime) and _EXT.fullmatch(ext)) or size < 0 or offset < 0:
            return _error(422, "malformed", "The piece's headers could not be read.")
        if size > service.max_bytes:
            return _error(413, "too_large", f"A file may have at most {service.max_bytes} "
                          "bytes.", max_bytes=service.max_bytes)
        received = bytearray()
        body = await _body(request, MAX_PIECE_BYTES, received)
        if isinstance(body, Response):
            if body.status_code == 400 and received:
                # The link dropped mid-piece: what arrived is kept (its piece's SHA-256 cannot
                # be checked, the whole file's is at the end), so it is not sent again.
                with contextlib.suppress(Refused):
                    await run_in_threadpool(
                        lambda: service.put(device, ref, offset, bytes(received),
                                            sha256=sha256, size=size, mime=mime, ext=ext,
                                            piece_sha256=None))
            return body
        try:
            answer = await run_in_threadpool(
                lambda: service.put(device, ref, offset, body, sha256=sha256, size=size,
                                    mime=mime, ext=ext, piece_sha256=piece))
        except Refused as refused:
            return _error(refused.status, refused.code, str(refused), **refused.extra)
        return JSONResponse(answer)

    async def thumbnails(self, request: Request) -> Response:
        """Thumbnails of photos, many to an answer."""
        service = self.service
        device = await self.who(request)
        if isinstance(device, Response):
            return device
        body = await _body(request, 64 * 1024)
        if isinstance(body, Response):
            return body
        parsed = _json(body, ThumbnailsRequest)
        if isinstance(parsed, Response):
            return parsed
        assert isinstance(parsed, ThumbnailsRequest)
        refs = [r for r in parsed.refs if _HASH.fullmatch(r)]
        return JSONResponse(await run_in_threadpool(service.thumbnails, device, refs))

    async def fetch(self, ref: str, request: Request) -> Response:
        """A whole file, or its end from `Range: bytes=N-`."""
        service = self.service
        device = await self.who(request)
        if isinstance(device, Response):
            return device
        found = await run_in_threadpool(service.file, device, ref) \
            if _HASH.fullmatch(ref) else None
        if found is None:
            return _error(404, "not_found", "The server has no such file for this computer.")
        start = 0
        wanted = re.fullmatch(r"bytes=(\d+)-", request.headers.get("range", "").strip())
        if wanted:
            start = int(wanted[1])
            if start >= found.size > 0:
                return _error(416, "range", "The file is shorter than that.")
        headers = {"X-Content-SHA256": found.sha256, "X-File-Ext": found.ext,
                   "Content-Length": str(found.size - start), "Accept-Ranges": "bytes"}
        if wanted:
            headers["Content-Range"] = f"bytes {start}-{found.size - 1}/{found.size}"
        return StreamingResponse(service.blobs.read(f"blob/{found.sha256}", start),
                                 status_code=206 if wanted else 200, media_type=found.mime,
                                 headers=headers)
