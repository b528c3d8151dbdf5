"""Attachments over a bad link: photos and files go to headquarters after the records, in
pieces that survive a dropped connection, and come back lazily.

Sending: the files submitted responses name (gmsdesk.storage.attachments) are offered to the
server in one round trip (`/v1/attachments/status`): what it already holds, from this laptop
or any other, is not sent again (what it holds from another agency only once this laptop
answered its challenge, showing it holds the same bytes: one more round trip, not the file);
for the rest it says how far it got. Each file then goes in
pieces from that offset, each piece with its own SHA-256. A dropped connection costs the piece
in flight: the server is asked where it is and the file goes on from there. Pieces grow while
they cross in under two seconds and shrink when they take long or fail, so a drop loses a few
seconds of sending, whatever the link. A photo may be sent as a smaller copy (the original
stays on the laptop).

Receiving: for responses synced from other laptops, thumbnails of their photos are fetched
at once, many per round trip; a whole file only when someone opens it (`fetch`), resumed with
a Range request after a drop and checked against its SHA-256 before it is kept.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests

from gmsdesk import __version__
from gmsdesk.i18n import QT_TRANSLATE_NOOP
from gmsdesk.storage.attachments import Attachment, Attachments, attachments_of, hash_in
from gmsdesk.storage.db import Database
from gmsdesk.sync import protocol

__all__ = ["AttachmentReport", "AttachmentSync", "fetch_attachment"]

MIN_PIECE = 8 * 1024
FIRST_PIECE = 64 * 1024
MAX_PIECE = 2 * 1024 * 1024
FAST_S = 2.0  # a piece that crossed quicker than this: the next one is twice as big
SLOW_S = 6.0  # slower than this: half as big
TIMEOUT = (10, 60)
STALLED = 8  # attempts in a row that got nothing through: the link is down, stop for now
STATUS_BATCH = 200

UNREACHABLE = QT_TRANSLATE_NOOP(
    "Sync", "Photos and files could not all be sent: the connection keeps dropping. They are "
    "kept and sending goes on from where it stopped at the next sync.")
REFUSED_SIZE = QT_TRANSLATE_NOOP(
    "Sync", "Headquarters does not accept a file this large; it stays on this laptop.")
NOT_FETCHED = QT_TRANSLATE_NOOP(
    "Sync", "The file could not be fetched from headquarters. Try again when the connection "
    "is better.")
NOT_ON_SERVER = QT_TRANSLATE_NOOP(
    "Sync", "Headquarters does not have this file (yet): the laptop that attached it has not "
    "sent it.")


@dataclass
class AttachmentReport:
    """What a round of attachment sync did."""

    sent: int = 0  # files headquarters has now (sent, or already held there)
    bytes_sent: int = 0  # bytes of pieces sent, those sent again included
    bytes_resent: int = 0  # bytes of pieces that did not get through and went again
    round_trips: int = 0
    waiting: int = 0  # files still to send
    waiting_bytes: int = 0
    thumbnails: int = 0  # thumbnails received
    problem: str = ""  # why sending stopped early (marked for translation, context "Sync")


class _Dropped(Exception):
    """The connection failed; ask where the server is and go on."""


class AttachmentSync:
    """One round of attachment sync for one database, over `session` (the sync client's)."""

    def __init__(self, db: Database, server_url: str, token: str,
                 session: requests.Session | None = None, *,
                 stop: Callable[[], bool] | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.db = db
        self.store: Attachments = attachments_of(db)
        self.url = server_url.rstrip("/")
        self.token = token
        self.session = session or requests.Session()
        self.stop = stop or (lambda: False)
        self.sleep = sleep
        self.piece = FIRST_PIECE
        self.report = AttachmentReport()
        self._counted = 0  # bytes of pieces sent for the file being sent
        self._reached = 0  # where the server is in it

    # -- transport ------------------------------------------------------------------------

    def headers(self, **extra: str) -> dict[str, str]:
        from gmsdesk.sync.client import APP_VERSION_HEADER

        return {"Authorization": f"Bearer {self.token}",
                protocol.PROTOCOL_HEADER: str(protocol.PROTOCOL_VERSION),
                APP_VERSION_HEADER: __version__, **extra}

    def _request(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        self.report.round_trips += 1
        try:
            return self.session.request(method, f"{self.url}{path}", timeout=TIMEOUT,
                                        **kwargs)
        except requests.RequestException as exc:
            from gmsdesk.sync.client import BAD_ADDRESS, BadAddress

            if isinstance(exc, (requests.exceptions.InvalidURL,
                                requests.exceptions.MissingSchema)):
                raise BadAddress(BAD_ADDRESS) from exc
            raise _Dropped(str(exc)) from exc

    def _json(self, response: requests.Response) -> dict[str, Any]:
        """The answer's JSON; a refusal every request gets (not enrolled, too old) raised as
        the sync client raises it."""
        from gmsdesk.sync.client import Reply, SyncClient

        try:
            data = response.json()
        except ValueError:
            data = {}
        data = data if isinstance(data, dict) else {}
        if response.status_code in (401, 403, 426):
            SyncClient(self.db, self.session)._check(Reply(response.status_code, data))
        return data

    def _post(self, path: str, payload: dict[str, Any]) -> dict[str, Any]:
        """A small JSON request, asked again after a drop."""
        def once() -> dict[str, Any]:
            return self._json(self._request("POST", path, json=payload,
                                            headers=self.headers()))

        answer: dict[str, Any] = self._retrying(once)
        return answer

    def _retrying(self, work: Callable[[], Any]) -> Any:
        """`work()` until a connection holds, waiting longer each time; Offline-like stop
        (`_Stalled`) after STALLED drops in a row."""
        delay = 0.5
        for attempt in range(STALLED):
            try:
                return work()
            except _Dropped:
                if attempt == STALLED - 1 or self.stop():
                    raise _Stalled from None
                self.sleep(delay)
                delay = min(delay * 2, 8.0)
        raise _Stalled

    # -- a round ----------------------------------------------------------------------------

    def run(self) -> AttachmentReport:
        """Send what is waiting, then fetch thumbnails of others' photos. Never raises for a
        bad link: `problem` says why it stopped (what is left goes next time)."""
        self.store.scan_responses()
        try:
            self.send_all()
            if not self.stop():
                self.fetch_thumbnails()
        except _Stalled:
            self.report.problem = UNREACHABLE
        self.report.waiting, self.report.waiting_bytes = self.store.waiting()
        return self.report

    def send_all(self) -> None:
        pending = self.store.to_send()
        for start in range(0, len(pending), STATUS_BATCH):
            if self.stop():
                return
            batch = pending[start:start + STATUS_BATCH]
            copies = {a.hash: self.store.upload_copy(a) for a in batch}
            items = [{"ref": a.hash, "sha256": copies[a.hash][1], "size": copies[a.hash][2],
                      "mime": a.mime, "ext": a.ext} for a in batch]
            answer = self._post("/v1/attachments/status", {"items": items})
            states = {i.get("ref"): i for i in answer.get("items") or [] if isinstance(i, dict)}
            for attachment in batch:
                if self.stop():
                    return
                state = states.get(attachment.hash) or {}
                if state.get("complete"):
                    self.store.mark_uploaded(attachment.hash)
                    self.report.sent += 1
                    continue
                if state.get("refused") == "too_large":
                    self.report.problem = REFUSED_SIZE
                    continue
                path, sha256, size = copies[attachment.hash]
                if isinstance(state.get("challenge"), str):
                    state = self._prove(attachment, path, sha256, size, state["challenge"])
                    if state.get("complete"):
                        self.store.mark_uploaded(attachment.hash)
                        self.report.sent += 1
                        continue
                if self._send(attachment, path, sha256, size, int(state.get("offset") or 0)):
                    self.store.mark_uploaded(attachment.hash)
                    self.report.sent += 1

    def _prove(self, attachment: Attachment, path: Path, sha256: str, size: int,
               challenge: str) -> dict[str, Any]:
        """Headquarters holds this content but not for this agency: show that this laptop
        holds the bytes too (SHA-256 of the challenge, then the file) instead of sending
        them. The answer: complete, or where to send the file from (a challenge that could
        not be answered: the file is sent, which proves it as well)."""
        try:
            digest = hashlib.sha256(bytes.fromhex(challenge))
            with open(path, "rb") as handle:
                while block := handle.read(1024 * 1024):
                    digest.update(block)
        except (ValueError, OSError):
            return {}
        return self._where(attachment, sha256, size, proof=digest.hexdigest())

    def _where(self, attachment: Attachment, sha256: str, size: int,
               proof: str | None = None) -> dict[str, Any]:
        """What the server has of one file now (`proof`: the answer to its challenge)."""
        item: dict[str, Any] = {"ref": attachment.hash, "sha256": sha256, "size": size,
                                "mime": attachment.mime, "ext": attachment.ext}
        if proof is not None:
            item["proof"] = proof
        answer = self._post("/v1/attachments/status", {"items": [item]})
        found = (answer.get("items") or [{}])[0]
        return found if isinstance(found, dict) else {}

    def _send(self, attachment: Attachment, path: Path, sha256: str, size: int,
              offset: int) -> bool:
        """Send one file from `offset`; True once the server has all of it. What was sent
        beyond what the server kept (lost in flight, refused as damaged) is counted as sent
        again."""
        start = offset
        self._counted = 0
        self._reached = offset
        try:
            with open(path, "rb") as handle:
                return self._pieces(attachment, handle, sha256, size, offset)
        finally:
            self.report.bytes_resent += max(0, self._counted - max(0, self._reached - start))

    def _pieces(self, attachment: Attachment, handle: Any, sha256: str, size: int,
                offset: int) -> bool:
        """Send pieces from `offset`; True once the server has all of it, False when stopped
        or the file is refused (`_reached`: where the server is)."""
        drops = 0
        while offset < size or size == 0:
            if self.stop():
                return False
            handle.seek(offset)
            data = handle.read(self.piece)
            started = time.monotonic()
            headers = self.headers(**{
                "Content-Type": "application/octet-stream", "X-Content-SHA256": sha256,
                "X-Content-Size": str(size), "X-Media-Type": attachment.mime,
                "X-File-Ext": attachment.ext,
                "X-Chunk-SHA256": hashlib.sha256(data).hexdigest()})
            self._counted += len(data)
            self.report.bytes_sent += len(data)
            try:
                response = self._request("PUT", f"/v1/attachments/{attachment.hash}",
                                         params={"offset": offset}, data=data,
                                         headers=headers)
            except _Dropped:
                # Asked where the server is: what arrived of the piece was kept there.
                self.piece = max(MIN_PIECE, self.piece // 2)
                drops += 1
                if drops >= STALLED:
                    raise _Stalled from None
                self.sleep(min(0.25 * drops, 4.0))
                state = self._where(attachment, sha256, size)
                if state.get("complete"):
                    self._reached = size
                    return True
                moved = int(state.get("offset") or 0)
                if moved > offset:
                    drops = 0  # the link is slow, not down
                offset = self._reached = moved
                continue
            answer = self._json(response)
            if response.status_code == 409:  # the server is elsewhere: go on from there
                offset = self._reached = int(answer.get("offset") or 0)
                continue
            if response.status_code == 422 and answer.get("error") in (
                    "damaged_piece", "damaged_file"):
                if answer.get("error") == "damaged_file":
                    offset = self._reached = 0
                continue
            if response.status_code == 413:
                self.report.problem = REFUSED_SIZE
                return False
            if response.status_code >= 400:
                raise _Stalled
            drops = 0
            offset = self._reached = int(answer.get("offset", offset + len(data)))
            self.store.set_sent(attachment.hash, offset)
            self._tune(time.monotonic() - started)
            if answer.get("complete"):
                return True
            if size == 0:
                return False
        return False

    def _tune(self, seconds: float) -> None:
        if seconds < FAST_S:
            self.piece = min(self.piece * 2, MAX_PIECE)
        elif seconds > SLOW_S:
            self.piece = max(self.piece // 2, MIN_PIECE)

    def fetch_thumbnails(self) -> None:
        """Thumbnails (and sizes and types) of files others' responses name."""
        asked: set[str] = set()
        while not self.stop():
            wanted = [h for h in self.store.wanting_thumbnails() if h not in asked]
            if not wanted:
                return
            asked.update(wanted)
            while wanted:
                answer = self._post("/v1/attachments/thumbnails", {"refs": wanted})
                items = answer.get("items") or {}
                for ref, item in items.items() if isinstance(items, dict) else ():
                    if not isinstance(item, dict) or hash_in(ref) != ref:
                        continue
                    try:
                        thumbnail = base64.b64decode(item.get("thumbnail") or "",
                                                     validate=True)
                    except (binascii.Error, ValueError):
                        continue
                    ext = str(item.get("ext") or "")
                    self.store.store_remote(ref, thumbnail=thumbnail,
                                            size=_int(item.get("size")),
                                            mime=str(item.get("mime") or "") or None,
                                            ext=ext if ext.startswith(".") else None)
                    self.report.thumbnails += bool(thumbnail)
                done = set(items) | set(answer.get("missing") or ())
                wanted = [h for h in wanted if h not in done] if answer.get("more") else []

    # -- one whole file, on demand ----------------------------------------------------------

    def fetch(self, value: str, progress: Callable[[int, int], bool] | None = None) -> Path:
        """The file an answer names, fetched from headquarters if it is not here (resumed
        after a drop, checked against its SHA-256). SyncError-like `FetchError` when it
        cannot be had."""
        held = self.store.path(value)
        if held is not None:
            return held
        hash_ = hash_in(value)
        if hash_ is None:
            raise FetchError(NOT_ON_SERVER)
        partial = self.store.partial_path(hash_)
        partial.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        drops = 0
        while True:
            have = partial.stat().st_size if partial.exists() else 0
            headers = self.headers(**({"Range": f"bytes={have}-"} if have else {}))
            try:
                response = self._request("GET", f"/v1/attachments/{hash_}", headers=headers,
                                         stream=True)
                if response.status_code == 404:
                    raise FetchError(NOT_ON_SERVER)
                if response.status_code == 416:  # what is here is not a start of the file
                    partial.unlink(missing_ok=True)
                    continue
                if response.status_code >= 400:
                    self._json(response)
                    raise FetchError(NOT_FETCHED)
                expected = response.headers.get("X-Content-SHA256", "")
                total = int(response.headers.get("Content-Length") or 0) + (
                    have if response.status_code == 206 else 0)
                if response.status_code == 200:
                    have = 0
                with open(partial, "r+b" if partial.exists() else "wb") as out:
                    out.truncate(have)
                    out.seek(have)
                    for block in response.iter_content(64 * 1024):
                        out.write(block)
                        have += len(block)
                        if progress is not None and not progress(have, total):
                            raise FetchError(NOT_FETCHED)
            except (_Dropped, requests.RequestException):
                drops += 1
                if drops >= STALLED:
                    raise FetchError(NOT_FETCHED) from None
                self.sleep(min(0.25 * drops, 4.0))
                continue
            digest = hashlib.sha256()
            with open(partial, "rb") as handle:
                while block := handle.read(1024 * 1024):
                    digest.update(block)
            if digest.hexdigest() != expected:
                partial.unlink(missing_ok=True)  # damaged on the way: fetched again
                drops += 1
                if drops >= STALLED:
                    raise FetchError(NOT_FETCHED)
                continue
            return self.store.store_fetched(hash_, partial)


class _Stalled(Exception):
    """The link let nothing through STALLED times in a row."""


class FetchError(Exception):
    """A file could not be had; `str(exc)` is marked for translation (context "Sync")."""


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def sync_attachments(db: Database, server_url: str, token: str,
                     session: requests.Session | None = None,
                     stop: Callable[[], bool] | None = None) -> AttachmentReport:
    """One round: what `SyncClient.sync` runs after the records. A database of a release
    before attachments (migration 11; the sync tests open such ones) has none to send."""
    if not db.has_table("attachments"):
        return AttachmentReport()
    return AttachmentSync(db, server_url, token, session, stop=stop).run()


def fetch_attachment(db: Database, value: str,
                     progress: Callable[[int, int], bool] | None = None) -> Path:
    """The file an answer names, from this laptop or, if enrolled, from headquarters."""
    store = attachments_of(db)
    held = store.path(value)
    if held is not None:
        return held
    enrolment = db.sync.enrolment()
    if enrolment is None:
        raise FetchError(NOT_FETCHED)
    token = enrolment.token or db.sync.token(enrolment.device_id)
    if not token:
        raise FetchError(NOT_FETCHED)
    return AttachmentSync(db, enrolment.server_url, token).fetch(value, progress)
