"""The sync client: enrol once, then `sync()` whenever a connection appears.

Each round trip pushes one batch of the outbox and pulls one page of others' changes; the
outbox is acknowledged and the cursor moved only after the answer is applied, so a dropped
connection loses at most the batch in flight — and a batch replayed after a lost answer is
recognised by its id and not applied twice. With nothing to send or receive, a sync is one
round trip.
"""

from __future__ import annotations

import ipaddress
import platform
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, NamedTuple
from urllib.parse import urlsplit

import requests

from gmsdesk.i18n import QT_TRANSLATE_NOOP
from gmsdesk.records.catalog import CONFLICTS
from gmsdesk.storage.db import Database
from gmsdesk.storage.records import Change
from gmsdesk.storage.sync_store import Enrolment
from gmsdesk.sync import protocol
from gmsdesk.sync.credentials import CredentialsError
from gmsdesk.sync.hlc import pack, wall_ms

MIN_BATCH = 16 * 1024
MAX_BATCH = 1024 * 1024
TIMEOUT = (10, 60)  # connect, read (seconds)
RETRIES = 3

PLAIN_HTTP = QT_TRANSLATE_NOOP(
    "Sync", "This address starts with http://, so the connection would not be encrypted: this "
    "computer's key and your data could be read on the way. Use an https:// address. For a "
    "server on your local network, an administrator can allow unencrypted connections to it.")
PLAIN_HTTP_INTERNET = QT_TRANSLATE_NOOP(
    "Sync", "Unencrypted connections are allowed only to a server on your local network, and "
    "this address is on the Internet. Use an https:// address.")
CERTIFICATE = QT_TRANSLATE_NOOP(
    "Sync", "The server's certificate could not be verified. Check the server address and this "
    "computer's date and time; if both are right, tell headquarters. Nothing was sent.")
NOT_HERE = QT_TRANSLATE_NOOP(
    "Sync", "This database is not enrolled on this computer: it was copied from another "
    "computer, or the key that lets it sync is missing. Enrol this computer again with a new "
    "code from headquarters.")


def is_loopback(host: str) -> bool:
    """This computer itself: what goes there never crosses a network."""
    host = host.rstrip(".").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def plain_http(url: str) -> bool:
    """An http:// address of another computer: what is sent there travels unencrypted."""
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname or ""
    except ValueError:  # not an address at all: requests says so when asked to use it
        return False
    return parts.scheme.lower() == "http" and not is_loopback(host)


def transport_problem(url: str, allow_plain_http_lan: bool) -> str:
    """Why this computer will not send its key to `url` ("" when it may), marked for
    translation (context "Sync"): http:// to another computer, unless an administrator allowed
    it for a server on the local network (an address of the Internet never is)."""
    if not plain_http(url):
        return ""
    if not allow_plain_http_lan:
        return PLAIN_HTTP
    try:
        address = ipaddress.ip_address(urlsplit(url.strip()).hostname or "")
    except ValueError:
        return ""  # a name: the administrator said it is on the local network
    return PLAIN_HTTP_INTERNET if address.is_global else ""


def _certificate_failed(exc: BaseException) -> bool:
    """Whether an SSL error is a certificate that could not be verified (not a connection cut
    during the handshake, which is worth another try). requests wraps urllib3's error, which
    wraps the `ssl` module's."""
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        current = todo.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, ssl.SSLCertVerificationError):
            return True
        todo.extend(arg for arg in current.args if isinstance(arg, BaseException))
        for linked in (getattr(current, "reason", None), current.__cause__, current.__context__):
            if isinstance(linked, BaseException):
                todo.append(linked)
    return False


class SyncError(Exception):
    """A sync problem in plain words. `str(exc)` is the translatable message (marked for
    context "Sync"); `detail` holds what must not be translated (an HTTP status)."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class Offline(SyncError):
    pass


class NotEnrolled(SyncError):
    pass


class Refused(SyncError):
    pass


class Insecure(SyncError):
    """The connection cannot be trusted with this computer's key (unencrypted, or a server
    whose certificate could not be verified): nothing was sent."""


@dataclass
class SyncReport:
    sent: int = 0  # edits (one record, one moment), as the outbox counts them
    received: int = 0
    conflicts: int = 0
    round_trips: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0
    refused: int = 0  # changes headquarters would not store (kept for a person to see)
    changes: list[Change] = field(default_factory=list)


ProgressFn = Callable[[int, int], bool]


def _strings(data: dict[str, Any], key: str) -> list[str]:
    value = data.get(key)
    return [v if isinstance(v, str) else "" for v in value] if isinstance(value, list) else []


class Reply(NamedTuple):
    status_code: int
    data: dict[str, Any]  # the JSON answer; {} if an error came without one


def answer(response: requests.Response) -> dict[str, Any]:
    """The server's JSON answer. requests inflates gzip itself; an xz answer (see `protocol`)
    arrives as it travelled. A success that cannot be read was damaged on the way:
    `ContentDecodingError`, as requests says of damaged gzip, so it is asked again."""
    try:
        if response.headers.get("content-encoding", "").lower() == protocol.XZ:
            data = protocol.decode(response.content, encoding=protocol.XZ)
        else:
            data = response.json()
    except ValueError as exc:
        if response.ok:
            raise requests.exceptions.ContentDecodingError(str(exc), response=response) from exc
        return {}
    return data if isinstance(data, dict) else {}


class SyncClient:
    def __init__(self, db: Database, session: requests.Session | None = None) -> None:
        self.db = db
        self.session = session or requests.Session()
        self.batch_bytes = MIN_BATCH

    # -- transport ----------------------------------------------------------------------------

    def _post(self, url: str, payload: dict[str, Any], report: SyncReport,
              token: str | None = None) -> Reply:
        body, encoding = protocol.encode(payload)
        headers = {"Content-Type": "application/json", "Content-Encoding": encoding,
                   "Accept-Encoding": protocol.ACCEPT_ENCODING, protocol.PROTOCOL_HEADER:
                   str(protocol.PROTOCOL_VERSION)}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        delay = 0.5
        for attempt in range(RETRIES):
            try:
                report.round_trips += 1
                report.bytes_sent += len(body)
                response = self.session.post(url, data=body, headers=headers, timeout=TIMEOUT)
                # What crossed the wire: the compressed size, not what requests inflated.
                report.bytes_received += int(response.headers.get("content-length")
                                             or len(response.content))
                return Reply(response.status_code, answer(response))
            except (requests.exceptions.InvalidURL, requests.exceptions.MissingSchema,
                    requests.exceptions.InvalidSchema) as exc:
                raise SyncError(QT_TRANSLATE_NOOP(
                    "Sync", "The server address is not valid. It looks like "
                    "https://hq.example.org.")) from exc
            except requests.RequestException as exc:
                if isinstance(exc, requests.exceptions.SSLError) and _certificate_failed(exc):
                    raise Insecure(CERTIFICATE) from exc  # asking again would change nothing
                # Dropped, timed out, cut off mid-answer. Safe to repeat: a batch carries its
                # id and the server applies it once.
                if attempt == RETRIES - 1:
                    raise Offline(QT_TRANSLATE_NOOP(
                        "Sync", "Headquarters cannot be reached. Your changes are kept and "
                        "will be sent when the connection is back.")) from exc
                time.sleep(delay)
                delay *= 2
        raise AssertionError("unreachable")

    def _check(self, response: Reply) -> dict[str, Any]:
        data = response.data
        if response.status_code == 401:
            raise NotEnrolled(QT_TRANSLATE_NOOP(
                "Sync", "Headquarters does not recognise this computer (not enrolled, or "
                "access was withdrawn). Enrol it again with a new code."))
        if response.status_code == 426:
            raise Refused(QT_TRANSLATE_NOOP(
                "Sync", "This version of GMS Desk is too old to sync. Please update it; your "
                "data is kept until then."))
        if response.status_code == 403:
            raise Refused(QT_TRANSLATE_NOOP("Sync", "Headquarters refused the request."),
                          detail=str(data.get("message", "")))
        if response.status_code >= 400:
            raise SyncError(QT_TRANSLATE_NOOP(
                "Sync", "Headquarters could not process the sync. Try again later."),
                detail=f"HTTP {response.status_code}: {data.get('message', '')}".strip(": "))
        return dict(data)

    # -- enrolment ----------------------------------------------------------------------------

    def enroll(self, server_url: str, code: str, device_name: str | None = None, *,
               allow_plain_http: bool | None = None) -> Enrolment:
        """Enrol with the server at `server_url` using headquarters' one-time `code`.
        `allow_plain_http`: an administrator's choice to allow (or no longer allow) an
        unencrypted connection to a server on the local network, kept for every sync; None
        keeps what was chosen before."""
        url = server_url.strip().rstrip("/")
        if allow_plain_http is not None:
            self.db.sync.allow_plain_http(allow_plain_http)
        problem = transport_problem(url, self.db.sync.plain_http_allowed())
        if problem:  # the code would travel in clear, and the key it is exchanged for
            raise Insecure(problem)
        report = SyncReport()
        response = self._post(f"{url}/v1/enroll",
                              {"code": code, "device_name": device_name or platform.node()
                               or "laptop",
                               # This laptop's own id until enrolled: if the answer is lost,
                               # asking again with the same code gets the same device.
                               "installation": self.db.device_id}, report)
        if response.status_code == 403:
            raise Refused(QT_TRANSLATE_NOOP(
                "Sync", "This enrolment code is not valid or was used already. Ask "
                "headquarters for a new one."))
        data = self._check(response)
        try:
            enrolment = Enrolment(url, data["token"], data["device_id"], data["agency_id"],
                                  data["agency_name"], bool(data.get("hq", False)))
        except KeyError as exc:
            raise SyncError(QT_TRANSLATE_NOOP(
                "Sync", "This address does not answer like a GMS Desk headquarters server. "
                "Check the address.")) from exc
        try:
            self.db.sync.save_enrolment(enrolment)
        except CredentialsError as exc:
            raise SyncError(str(exc)) from exc
        return enrolment

    # -- sync ---------------------------------------------------------------------------------

    def sync(self, progress: ProgressFn | None = None) -> SyncReport:
        enrolment = self.db.sync.enrolment()
        if enrolment is None:
            raise NotEnrolled(QT_TRANSLATE_NOOP(
                "Sync", "Sync is not set up: enrol this computer with headquarters first."))
        problem = transport_problem(enrolment.server_url, self.db.sync.plain_http_allowed())
        if problem:
            raise Insecure(problem)
        token = enrolment.token
        if not token:
            try:  # asked again, to say why when the system's store cannot be read
                token = self.db.sync.token(enrolment.device_id)
            except CredentialsError as exc:
                raise SyncError(str(exc)) from exc
        if not token:
            raise NotEnrolled(NOT_HERE)
        report = SyncReport()
        total = self.db.outbox.pending_count()
        clock_fixes = 0
        while True:
            last_seq, items = self.db.sync.pending_batch(self.batch_bytes)
            payload: dict[str, Any] = {
                "protocol": protocol.PROTOCOL_VERSION, "device_time": wall_ms(),
                "cursor": self.db.sync.cursor,
                "max_bytes": min(max(self.batch_bytes * 4, 256 * 1024), 8 * 1024 * 1024)}
            if items:
                payload["push"] = self._push(last_seq, items)
            started = time.monotonic()
            response = self._post(f"{enrolment.server_url}/v1/sync", payload, report, token)
            if response.status_code == 409 and clock_fixes < 2:
                clock_fixes += 1
                self._fix_clock(response.data)
                continue
            data = self._check(response)
            received = protocol.ungroup(data["changes"], data.get("row_info"))
            if "hq" in data:
                self.db.sync.set_hq(bool(data["hq"]))
            applied = self.db.sync.apply_remote(
                received, data["devices"], data["cursor"], agencies=_strings(data, "agencies"),
                users=_strings(data, "users"), device_names=_strings(data, "device_names"))
            report.changes.extend(applied)
            report.received += len({(i[0], i[1], i[4]) for i in received})
            report.conflicts += sum(1 for c in applied if c.table == CONFLICTS.table
                                    and c.op == "insert")
            if items:
                refused = (data.get("pushed") or {}).get("refused") or []
                self.db.sync.acknowledge(last_seq, items, refused)
                report.refused += len(refused)
                report.sent += len({(i[0], i[1], i[4]) for i in items})  # edits, not fields
            self._tune(time.monotonic() - started)
            done = max(0, total - self.db.outbox.pending_count())
            if progress and not progress(min(done, total), total):
                break
            if not items and not data["more"]:
                break
        self.db.sync.set_last_sync(datetime.now(UTC).isoformat(timespec="seconds"))
        return report

    def _push(self, last_seq: int, items: list[list[Any]]) -> dict[str, Any]:
        """A batch as it travels: the changes in blocks, and who made each (protocol 2)."""
        users: dict[str, int] = {}
        flat = [[*item[:5], -1, users.setdefault(str(item[5] if len(item) > 5 else ""),
                                                 len(users))] for item in items]
        blocks, row_info = protocol.group_info(flat, 1)
        return {"batch": self.db.sync.outbox_batch_id(last_seq), "changes": blocks,
                "users": list(users), "row_info": row_info}

    def _fix_clock(self, answer: dict[str, Any]) -> None:
        """Headquarters says our clock runs ahead: correct it and re-stamp pending edits."""
        offset = int(answer.get("offset_ms", 0))
        self.db.clock.offset_ms = offset
        self.db.set_meta_atomic("clock_offset_ms", str(offset))
        self.db.sync.restamp_future(pack(int(answer.get("server_time", wall_ms())), 0))

    def _tune(self, seconds: float) -> None:
        """Batches grow while round trips are quick, and shrink on a slow link."""
        if seconds < 1.0:
            self.batch_bytes = min(self.batch_bytes * 2, MAX_BATCH)
        elif seconds > 5.0:
            self.batch_bytes = max(self.batch_bytes // 2, MIN_BATCH)
