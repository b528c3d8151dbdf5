"""The sync client: enrol once, then `sync()` whenever a connection appears.

Each round trip pushes one batch of the outbox and pulls one page of others' changes; the
outbox is acknowledged and the cursor moved only after the answer is applied, so a dropped
connection loses at most the batch in flight — and a batch replayed after a lost answer is
recognised by its id and not applied twice. With nothing to send or receive, a sync is one
round trip. Changes of demo data are set aside, never sent (see `local_only`).
"""

from __future__ import annotations

import ipaddress
import json
import platform
import re
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import urlsplit

import requests

from gmsdesk import __version__
from gmsdesk.i18n import QT_TRANSLATE_NOOP
from gmsdesk.records.catalog import CONFLICTS
from gmsdesk.storage.db import Database
from gmsdesk.storage.records import Change
from gmsdesk.storage.sync_store import Enrolment
from gmsdesk.sync import local_only, protocol
from gmsdesk.sync.credentials import CredentialsError
from gmsdesk.sync.hlc import pack, wall_ms

if TYPE_CHECKING:
    from gmsdesk.sync.attachments import AttachmentReport

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
BAD_ADDRESS = QT_TRANSLATE_NOOP(
    "Sync", "The server address is not valid. It looks like https://hq.example.org.")
# Enrolled: what is kept will be sent later. Not enrolled: nothing will be, so nothing is promised.
UNREACHABLE = QT_TRANSLATE_NOOP(
    "Sync", "Headquarters cannot be reached. Your changes are kept and will be sent when the "
    "connection is back.")
ENROL_UNREACHABLE = QT_TRANSLATE_NOOP(
    "Sync", "No GMS Desk headquarters answered at this address. Check the address (for "
    "example https://hq.example.org) and try again.")
NOT_GMS = QT_TRANSLATE_NOOP(
    "Sync", "This address does not answer like a GMS Desk headquarters server. Check the "
    "address.")
ENROL_FAILED = QT_TRANSLATE_NOOP(
    "Sync", "Headquarters could not process the enrolment. Try again later; if it keeps "
    "failing, tell headquarters.")
TOO_MANY = QT_TRANSLATE_NOOP(
    "Sync", "Too many enrolment attempts from this network. Wait a minute, then try again.")
# Headquarters' "please update" (HTTP 426): %1 the version it names, %2 this laptop's.
UPDATE_TO = QT_TRANSLATE_NOOP(
    "Sync", "This version of GMS Desk is too old to sync with headquarters. Please install GMS "
    "Desk %1 or newer; this laptop has %2. Your data is kept until then.")
UPDATE = QT_TRANSLATE_NOOP(
    "Sync", "This version of GMS Desk is too old to sync. Please update it; your "
    "data is kept until then.")
# Sent with every request (`protocol.APP_VERSION_HEADER`); a version in headquarters' answer is
# one of these characters.
APP_VERSION_HEADER = protocol.APP_VERSION_HEADER
_VERSION = re.compile(r"\d[0-9A-Za-z.+-]{0,39}")
DEMO_FOLDER = QT_TRANSLATE_NOOP(
    "Sync", "This is the demo data folder: nothing in it is ever sent to headquarters. Leave "
    "demo data (in the Demo menu), then enrol this computer with your own data.")
# A server name: letters (of any script, as IDNA spells them), digits, '-' and '_', by dots.
_LABEL = re.compile(r"^[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?$")


def server_address(text: str) -> str:
    """A typed server address as it is used: no spaces around, https:// when no scheme is
    said, no trailing slash."""
    url = text.strip()
    if url and "://" not in url:
        url = "https://" + url
    return url.rstrip("/")


def address_problem(url: str) -> str:
    """BAD_ADDRESS when `url` cannot be a server's address (said before anything is sent),
    else ""."""
    if not url or any(c.isspace() for c in url):
        return BAD_ADDRESS
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError:
        return BAD_ADDRESS
    if parts.scheme.lower() not in ("http", "https") or not host or parts.username \
            or parts.password or parts.query or parts.fragment or host in ("http", "https") \
            or parts.path.startswith("//"):
        return BAD_ADDRESS
    try:
        ipaddress.ip_address(host)
        return ""
    except ValueError:
        pass
    try:
        ascii_host = host.rstrip(".").encode("idna").decode("ascii")
    except UnicodeError:
        return BAD_ADDRESS
    labels = ascii_host.split(".")
    if not all(_LABEL.match(label) for label in labels) or all(
            label.isdigit() for label in labels):  # 192.168.1.300 is no address
        return BAD_ADDRESS
    return ""


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


def caused_by(exc: BaseException, kinds: tuple[type[BaseException], ...]) -> bool:
    """Whether `exc` is, or wraps, an error of `kinds`. requests wraps urllib3's errors, which
    wrap the `ssl` and `socket` modules' (in args, `reason` or the cause)."""
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        current = todo.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, kinds):
            return True
        todo.extend(arg for arg in current.args if isinstance(arg, BaseException))
        for linked in (getattr(current, "reason", None), current.__cause__, current.__context__):
            if isinstance(linked, BaseException):
                todo.append(linked)
    return False


def certificate_failed(exc: BaseException) -> bool:
    """Whether an SSL error is a certificate that could not be verified (not a connection cut
    during the handshake, which is worth another try)."""
    return caused_by(exc, (ssl.SSLCertVerificationError,))


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


class UpdateRequired(Refused):
    """Headquarters refuses this version of GMS Desk (HTTP 426). `required` is the version it
    says to install ("" when the server does not say: releases before 0.1.0), `installed`
    this laptop's. `str(exc)` is the English sentence with both versions filled in (the CLI's
    and the log's); `translated(translate)` the same in the user's language, `translate` being
    the UI's lookup of a "Sync" message."""

    def __init__(self, required: str, installed: str) -> None:
        super().__init__(UPDATE_TO if required else UPDATE)
        self.required = required
        self.installed = installed

    def translated(self, translate: Callable[[str], str]) -> str:
        return translate(str(self.args[0])).replace("%1", self.required).replace(
            "%2", self.installed)

    def __str__(self) -> str:
        return self.translated(lambda text: text)


class BadAddress(SyncError):
    """The server address cannot be one (nothing was sent)."""


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
    set_aside: int = 0  # changes of demo data: dropped here, never sent
    changes: list[Change] = field(default_factory=list)
    attachments: AttachmentReport | None = None  # the photos and files sent after the records


_LAST_RESULT = "sync_last_result"  # what the last sync did, beside `SyncStore.last_sync`'s time
_RESULT_FIELDS = ("sent", "received", "conflicts", "refused", "set_aside")


def last_result(db: Database) -> SyncReport | None:
    """What the last completed sync did (kept across restarts), or None when none is known:
    a screen says the time and the counts of one and the same sync."""
    raw = db.meta(_LAST_RESULT)
    if not raw or not db.sync.last_sync():
        return None
    try:
        held = json.loads(raw)
        counts = [int(held.get(k, 0)) for k in _RESULT_FIELDS]
    except (ValueError, TypeError, AttributeError):
        return None
    report = SyncReport()
    for name, count in zip(_RESULT_FIELDS, counts, strict=True):
        setattr(report, name, count)
    return report


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


def push_body(batch: str, items: list[list[Any]]) -> dict[str, Any]:
    """A batch as it travels (over the network or in a sync bundle): the changes in blocks,
    and who made each (protocol 2). Items are [table, id, field, value, clock, user]."""
    users: dict[str, int] = {}
    flat = [[*item[:5], -1, users.setdefault(str(item[5] if len(item) > 5 else ""),
                                             len(users))] for item in items]
    blocks, row_info = protocol.group_info(flat, 1)
    return {"batch": batch, "changes": blocks, "users": list(users), "row_info": row_info}


class SyncClient:
    def __init__(self, db: Database, session: requests.Session | None = None) -> None:
        self.db = db
        self.session = session or requests.Session()
        self.batch_bytes = MIN_BATCH

    # -- transport ----------------------------------------------------------------------------

    def _post(self, url: str, payload: dict[str, Any], report: SyncReport,
              token: str | None = None, unreachable: str = UNREACHABLE) -> Reply:
        """One request, tried again after a dropped connection; `unreachable` is what to say
        when every try failed."""
        body, encoding = protocol.encode(payload)
        headers = {"Content-Type": "application/json", "Content-Encoding": encoding,
                   "Accept-Encoding": protocol.ACCEPT_ENCODING, protocol.PROTOCOL_HEADER:
                   str(protocol.PROTOCOL_VERSION), APP_VERSION_HEADER: __version__}
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
                raise BadAddress(BAD_ADDRESS) from exc
            except requests.RequestException as exc:
                if isinstance(exc, requests.exceptions.SSLError) and certificate_failed(exc):
                    raise Insecure(CERTIFICATE) from exc  # asking again would change nothing
                # Dropped, timed out, cut off mid-answer. Safe to repeat: a batch carries its
                # id and the server applies it once.
                if attempt == RETRIES - 1:
                    raise Offline(unreachable) from exc
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
            required = data.get("required_version")
            if not isinstance(required, str) or not _VERSION.fullmatch(required):
                required = ""  # a server before 0.1.0 does not say, or says nonsense
            raise UpdateRequired(required, __version__)
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
        keeps what was chosen before.

        Not enrolled yet, nothing will be sent later by itself: a failure says what to check,
        and promises nothing."""
        if local_only.is_demo_folder(self.db):  # made-up records, and what was typed to try
            raise Refused(DEMO_FOLDER)
        url = server_address(server_url)
        if address_problem(url):
            raise BadAddress(BAD_ADDRESS)
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
                               "installation": self.db.device_id}, report,
                              unreachable=ENROL_UNREACHABLE)
        if response.status_code == 403:
            raise Refused(QT_TRANSLATE_NOOP(
                "Sync", "This enrolment code is not valid or was used already. Ask "
                "headquarters for a new one."))
        if response.status_code in (404, 405):  # no such page: another kind of server
            raise SyncError(NOT_GMS, detail=f"HTTP {response.status_code}")
        if response.status_code == 429:
            raise Refused(TOO_MANY)
        if response.status_code >= 400 and response.status_code not in (401, 426):
            raise SyncError(ENROL_FAILED, detail=f"HTTP {response.status_code}: "
                            f"{response.data.get('message', '')}".strip(": "))
        data = self._check(response)
        try:
            enrolment = Enrolment(url, data["token"], data["device_id"], data["agency_id"],
                                  data["agency_name"], bool(data.get("hq", False)))
        except KeyError as exc:
            raise SyncError(NOT_GMS) from exc
        try:
            self.db.sync.save_enrolment(enrolment)
        except CredentialsError as exc:
            raise SyncError(str(exc)) from exc
        self.db.sync.set_admin(bool(data.get("admin", False)))
        return enrolment

    # -- sync ---------------------------------------------------------------------------------

    def sync(self, progress: ProgressFn | None = None) -> SyncReport:
        enrolment = self.db.sync.enrolment()
        if enrolment is None:  # the demo data folder never is
            raise NotEnrolled(DEMO_FOLDER if local_only.is_demo_folder(self.db) else
                              QT_TRANSLATE_NOOP("Sync", "Sync is not set up: enrol this "
                                                "computer with headquarters first."))
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
        demo = local_only.demo_records(self.db).all()  # usually none
        from gmsdesk.sync import bundle

        # Once a sync, the agency's keys this laptop holds: headquarters sends them if they
        # differ (see `bundle.learn_keys`).
        ask_keys = {"keys_held": bundle.keys_held(self.db)}
        while True:
            # Cut where a sync bundle cut it, if one carried it (see `bundle.next_batch`).
            last_seq, batch = bundle.next_batch(self.db, self.batch_bytes)
            items = self._without_demo(batch, demo, report)
            if batch and not items:  # demo data only: dropped here, nothing to send
                self.db.sync.acknowledge(last_seq, [], [])
                done = max(0, total - self.db.outbox.pending_count())
                if progress and not progress(min(done, total), total):
                    break
                continue
            payload: dict[str, Any] = {
                "protocol": protocol.PROTOCOL_VERSION, "device_time": wall_ms(),
                "cursor": self.db.sync.cursor,
                "max_bytes": min(max(self.batch_bytes * 4, 256 * 1024), 8 * 1024 * 1024),
                **ask_keys}
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
            self.db.sync.set_admin(bool(data.get("admin", False)))
            # Kept as a reply's are: one store, the newest winning (none sent: nothing changes).
            bundle.learn_keys(self.db, data.get("keys"), data.get("server_time"))
            ask_keys = {}
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
        with self.db.atomic():
            self.db.sync.set_last_sync(datetime.now(UTC).isoformat(timespec="seconds"))
            self.db.set_meta(_LAST_RESULT, json.dumps(
                {k: getattr(report, k) for k in _RESULT_FIELDS}))
        # Photos and files go after the records, apart, in resumable pieces.
        from gmsdesk.sync.attachments import sync_attachments

        done = max(0, total - self.db.outbox.pending_count())
        report.attachments = sync_attachments(
            self.db, enrolment.server_url, token, self.session,
            stop=lambda: progress is not None and not progress(min(done, total), total))
        return report

    def _without_demo(self, batch: list[list[Any]], demo: set[tuple[str, str]],
                      report: SyncReport) -> list[list[Any]]:
        """The batch's changes for headquarters. Demo data never leaves this computer: its
        changes are left out, and dropped when the batch is acknowledged."""
        items = [i for i in batch if not local_only.is_demo(i, demo)]
        if len(items) < len(batch):
            aside = [i for i in batch if local_only.is_demo(i, demo)]
            report.set_aside += len({(i[0], i[1], i[4]) for i in aside})
            local_only.note_set_aside(self.db, aside)
            demo.update((str(i[0]), str(i[1])) for i in aside)
        return items

    def _push(self, last_seq: int, items: list[list[Any]]) -> dict[str, Any]:
        """A batch as it travels, under the id a sync bundle gave it if one carried it."""
        from gmsdesk.sync import bundle

        return push_body(bundle.batch_id(self.db, last_seq), items)

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
