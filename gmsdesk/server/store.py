"""The headquarters store: every server SQL statement lives here (SQLAlchemy Core).

Runs on a SQLite file (embedded default) or PostgreSQL (headquarters). Stateless between
requests: several server processes can share one PostgreSQL.

The pull cursor is `changes.seq`. It must be commit-ordered — a puller that has read seq 10
must never later find a seq 9 committed after it looked. Every writing transaction therefore
takes the single `counter` row with a row lock first and hands out numbers from it; the lock
is held until commit, so numbers become visible strictly in order.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from gmsdesk.records import REGISTRY, Problem, Registry, Rule
from gmsdesk.records.catalog import GENDER_ALIASES
from gmsdesk.records.merge import Edit, latest, merge
from gmsdesk.services.prefixes import AmbiguousPrefix, PrefixError, resolve_prefix
from gmsdesk.storage.ids import derived_id
from gmsdesk.sync.hlc import pack

metadata = sa.MetaData()

agencies = sa.Table(
    "agencies", metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("hq", sa.Boolean, nullable=False, default=False),
)
devices = sa.Table(
    "devices", metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("agency_id", sa.String(64), sa.ForeignKey("agencies.id"), nullable=False),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("created_at", sa.BigInteger, nullable=False),
    sa.Column("last_sync_at", sa.BigInteger),
    sa.Column("cursor", sa.BigInteger, nullable=False, default=0),
    sa.Column("revoked", sa.Boolean, nullable=False, default=False),
    # Headquarters made this laptop an administrator's: it may move training progress back
    # and retire forms without a password (told to the laptop at enrolment and every sync).
    sa.Column("admin", sa.Boolean, nullable=False, default=False, server_default=sa.false()),
)
enrollments = sa.Table(
    "enrollments", metadata,
    # A code's salted slow hash (scrypt); a plain SHA-256 for codes made before codes expired.
    sa.Column("code_hash", sa.String(64), primary_key=True),
    sa.Column("agency_id", sa.String(64), sa.ForeignKey("agencies.id"), nullable=False),
    sa.Column("created_at", sa.BigInteger, nullable=False),
    sa.Column("used_by", sa.String(64)),
    # The code's first group, in clear: which row to check the rest against.
    sa.Column("code_id", sa.String(16), index=True),
    sa.Column("salt", sa.String(64)),
    sa.Column("expires_at", sa.BigInteger),
    sa.Column("cancelled", sa.Boolean, nullable=False, default=False,
              server_default=sa.false()),
    # The laptop that used it (its own random id): the same laptop asking again is answered.
    sa.Column("installation", sa.String(64)),
    # The laptop enrolled with this code is an administrator's (`enroll --admin`).
    sa.Column("admin", sa.Boolean, nullable=False, default=False, server_default=sa.false()),
)
counter = sa.Table(
    "counter", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("value", sa.BigInteger, nullable=False),
)
changes = sa.Table(
    "changes", metadata,
    sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("agency_id", sa.String(64), nullable=False),
    sa.Column("tbl", sa.String(40), nullable=False),
    sa.Column("row_id", sa.String(64), nullable=False),
    sa.Column("field", sa.String(40), nullable=False),
    sa.Column("value", sa.Text),
    sa.Column("hlc", sa.BigInteger, nullable=False),
    sa.Column("device_id", sa.String(64), nullable=False),
    sa.Column("user", sa.String(200)),
    # Headquarters' record of a published type: every agency pulls it.
    sa.Column("published", sa.Boolean, nullable=False, default=False,
              server_default=sa.false()),
    sa.Index("changes_agency_seq", "agency_id", "seq"),
    sa.Index("changes_published_seq", "published", "seq"),
)
fields = sa.Table(
    "fields", metadata,
    sa.Column("tbl", sa.String(40), primary_key=True),
    sa.Column("row_id", sa.String(64), primary_key=True),
    sa.Column("field", sa.String(40), primary_key=True),
    sa.Column("agency_id", sa.String(64), nullable=False),
    sa.Column("value", sa.Text),
    sa.Column("hlc", sa.BigInteger, nullable=False),
    sa.Column("device_id", sa.String(64), nullable=False),
    sa.Column("seq", sa.BigInteger, nullable=False),
    sa.Column("user", sa.String(200)),
)
records = sa.Table(
    "records", metadata,
    sa.Column("tbl", sa.String(40), primary_key=True),
    sa.Column("row_id", sa.String(64), primary_key=True),
    sa.Column("agency_id", sa.String(64), nullable=False),
)
# The server's own settings: the key that makes pull cursors opaque.
server_settings = sa.Table(
    "server_settings", metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)
batches = sa.Table(
    "batches", metadata,
    sa.Column("device_id", sa.String(64), primary_key=True),
    sa.Column("batch_id", sa.String(64), primary_key=True),
    sa.Column("result", sa.Text, nullable=False),
)
# What the newest sync bundle imported from each laptop said (gmsdesk.server.bundle): where
# the reply to it starts, and which batches that reply answers.
bundle_state = sa.Table(
    "bundle_state", metadata,
    sa.Column("device_id", sa.String(64), primary_key=True),
    sa.Column("made", sa.BigInteger, nullable=False),  # the bundle's clock on the laptop
    sa.Column("cursor", sa.BigInteger, nullable=False),  # the laptop's pull cursor, as sent
    sa.Column("batches", sa.Text, nullable=False),  # JSON: the batch ids it carried
)


# Columns added after a server database was first made: (table, column, SQL type and default).
_ADDED_COLUMNS = [("changes", "user", "VARCHAR(200)"),
                  ("changes", "published", "BOOLEAN NOT NULL DEFAULT FALSE"),
                  ("fields", "user", "VARCHAR(200)"),
                  ("enrollments", "code_id", "VARCHAR(16)"),
                  ("enrollments", "salt", "VARCHAR(64)"),
                  ("enrollments", "expires_at", "BIGINT"),
                  ("enrollments", "cancelled", "BOOLEAN NOT NULL DEFAULT FALSE"),
                  ("enrollments", "installation", "VARCHAR(64)"),
                  ("enrollments", "admin", "BOOLEAN NOT NULL DEFAULT FALSE"),
                  ("devices", "admin", "BOOLEAN NOT NULL DEFAULT FALSE")]
CODE_DAYS = 14  # an enrolment code expires after this many days unless said otherwise
# scrypt's cost for enrolment codes: about 20 ms a check, so guessing is slow and one
# address may try ten times a minute (see the app).
_SCRYPT = {"n": 1 << 14, "r": 8, "p": 1, "maxmem": 64 << 20, "dklen": 32}
SERVER_DEVICE = "server"  # what the server itself writes (conflicts, agency profiles)
SERVER_USER = "headquarters"
READ_ONLY = "published by headquarters: read-only here"
NOT_YOURS = "belongs to another agency"


def check_changes(items: list[list[Any]], registry: Registry = REGISTRY
                  ) -> tuple[list[list[Any]], list[list[Any]]]:
    """Every pushed value judged against its declaration: (the changes to merge, those
    refused as [table, id, field, reason]). Older spellings of codes are made current.
    Anything after the clock (who made the change) stays with it."""
    good: list[list[Any]] = []
    refused: list[list[Any]] = []
    for tbl, row_id, name, value, hlc, *rest in items:
        record_type = registry.get(tbl)
        if record_type is None:
            refused.append([tbl, row_id, name, "unknown record type"])
            continue
        try:
            good.append([tbl, row_id, name, record_type.check_change(name, value), hlc, *rest])
        except Problem as problem:
            refused.append([tbl, row_id, name, problem.reason])
    return good, refused


def profile_id(agency_id: str) -> str:
    """The id of an agency's profile record: the same on every server and device."""
    return derived_id("agency", agency_id)


def _server_clock() -> int:
    return pack(now_ms(), 0)


class NoSuchDevice(LookupError):
    """No device has this id or an id starting with it; an empty one names no device."""

    def __init__(self, prefix: str) -> None:
        super().__init__(prefix)
        self.prefix = prefix


class AmbiguousDevice(LookupError):
    """Several devices have ids starting with the text given (`matches`, sorted)."""

    def __init__(self, prefix: str, matches: list[str]) -> None:
        super().__init__(prefix)
        self.prefix = prefix
        self.matches = matches


def device_problem(exc: NoSuchDevice | AmbiguousDevice, after: str = "") -> str:
    """What the CLI says when the text typed names no device, or several (`after`: what was
    not done, said after the ambiguity)."""
    if isinstance(exc, AmbiguousDevice):
        return (f"ambiguous: {len(exc.matches)} devices start with {exc.prefix!r}; type more of "
                f"the id.{after}")
    return f"no device {exc.prefix!r}; `gmsdesk-server devices` lists them."


@dataclass(frozen=True)
class Device:
    id: str
    agency_id: str
    hq: bool
    admin: bool = False  # headquarters made it an administrator's laptop


@dataclass
class Page:
    """One page of a pull. Each change is [table, id, field, value, clock, device index,
    agency index, user index]; the indexes point into the lists."""

    changes: list[list[Any]]
    devices: list[str]
    cursor: int
    more: bool
    device_names: list[str]
    agencies: list[str]
    users: list[str]


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


_OPAQUE = 1 << 62  # an enciphered cursor has this bit; a plain position never reaches it
_HALF = 31
_HALF_MASK = (1 << _HALF) - 1


def _feistel(value: int, key: bytes, *, decipher: bool = False) -> int:
    """A keyed permutation of 62-bit numbers (a four-round Feistel network on two 31-bit
    halves, HMAC-SHA-256 as the round function): every position has one cipher and back."""
    left, right = value >> _HALF & _HALF_MASK, value & _HALF_MASK
    rounds = range(3, -1, -1) if decipher else range(4)
    for number in rounds:
        if decipher:
            left, right = right ^ _round(key, number, left), left
        else:
            left, right = right, left ^ _round(key, number, right)
    return left << _HALF | right


def _round(key: bytes, number: int, half: int) -> int:
    digest = hmac.new(key, bytes([number]) + half.to_bytes(4, "big"), hashlib.sha256).digest()
    return int.from_bytes(digest[:4], "big") & _HALF_MASK


def _normal_code(code: str) -> str:
    """A code as typed, with or without dashes and spaces, in any case."""
    return re.sub(r"[^0-9A-Z]", "", code.upper())


def _code_digest(normal: str, salt: bytes) -> str:
    return hashlib.scrypt(normal.encode(), salt=salt, **_SCRYPT).hex()


_WRITES = "gmsdesk_writes"  # execution option: False for a transaction that only reads


def make_engine(url: str) -> Engine:
    """A SQLite path or URL, or a PostgreSQL URL (postgresql://...)."""
    if "://" not in url:
        url = f"sqlite:///{url}"
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    if url.startswith("sqlite"):
        engine = sa.create_engine(url, connect_args={"timeout": 30})

        @sa.event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
            dbapi_conn.execute("PRAGMA journal_mode = WAL")
            dbapi_conn.execute("PRAGMA foreign_keys = ON")

        @sa.event.listens_for(engine, "begin")
        def _sqlite_begin(conn: Connection) -> None:
            # A writer takes the write lock at once (and queues for it, see `Store._begin`),
            # so it never fails half-way; a reader only reads: many at a time, beside the
            # writer (WAL).
            writes = conn.get_execution_options().get(_WRITES, True)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine
    return sa.create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)


def create_schema(engine: Engine) -> None:
    metadata.create_all(engine)
    present = {(t, c["name"]) for t in ("changes", "fields", "enrollments", "devices")
               for c in sa.inspect(engine).get_columns(t)}
    with engine.begin() as conn:
        for table, column, kind in _ADDED_COLUMNS:
            if (table, column) not in present:
                conn.exec_driver_sql(f'ALTER TABLE {table} ADD COLUMN "{column}" {kind}')
        if ("changes", "published") not in present:
            conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS changes_published_seq "
                                 "ON changes (published, seq)")
            # What headquarters made before publishing existed is published now (devices of
            # the new release read everything once more, and receive it).
            hq = sa.select(agencies.c.id).where(agencies.c.hq).scalar_subquery()
            conn.execute(changes.update().where(
                changes.c.tbl.in_(sorted(REGISTRY.published())),
                changes.c.agency_id.in_(hq)).values(published=True))
        if conn.execute(sa.select(counter.c.value).where(counter.c.id == 1)).first() is None:
            conn.execute(counter.insert().values(id=1, value=0))
        # One gender code set (as the devices' migration 6): people's older spellings made
        # current where merges compare them. The change log keeps what was sent; devices read
        # the older spellings as the current ones.
        for old, new in GENDER_ALIASES.items():
            conn.execute(fields.update().where(
                fields.c.tbl == "people", fields.c.field == "gender",
                fields.c.value == json.dumps(old)).values(value=json.dumps(new)))
    Store(engine).publish_profiles()


class Store:
    def __init__(self, engine: Engine, registry: Registry = REGISTRY) -> None:
        self.engine = engine
        self.registry = registry  # the record types this server accepts
        self.is_postgres = engine.dialect.name == "postgresql"
        # On SQLite one transaction writes at a time: the others wait here, without limit,
        # rather than in SQLite's busy loop, which gives up ("database is locked").
        self._secret: bytes | None = None  # the cursors' key, read once (`_cursor_key`)
        self._write_lock: AbstractContextManager[Any] = (
            nullcontext() if self.is_postgres else threading.Lock())

    def _read(self) -> Connection:
        """A connection for reading only: on SQLite it does not take the write lock."""
        return self.engine.connect().execution_options(**{_WRITES: False})

    @contextmanager
    def _begin(self) -> Iterator[Connection]:
        """A writing transaction (one at a time per process on SQLite)."""
        with self._write_lock, self.engine.begin() as conn:
            yield conn

    # -- admin ---------------------------------------------------------------------------------

    def add_agency(self, agency_id: str, name: str, hq: bool = False) -> None:
        """A new agency, and its profile in the support network (published to every agency
        once there is a headquarters to own it; adding headquarters publishes them all)."""
        with self._writing() as (conn, box):
            conn.execute(agencies.insert().values(id=agency_id, name=name, hq=hq))
            self._publish_profiles(conn, box)

    def publish_profiles(self) -> None:
        """Profiles for agencies that have none (a server from before profiles existed)."""
        with self._read() as conn:
            rows = conn.execute(sa.select(agencies.c.id, agencies.c.hq)).all()
            made = set(conn.execute(sa.select(records.c.row_id).where(
                records.c.tbl == "agency_profiles")).scalars())
        lacking = any(profile_id(r.id) not in made for r in rows)
        if lacking and any(r.hq for r in rows):
            with self._writing() as (conn, box):
                self._publish_profiles(conn, box)

    def _publish_profiles(self, conn: Connection, box: list[int]) -> None:
        rows = conn.execute(sa.select(agencies).order_by(agencies.c.id)).all()
        owner = next((r.id for r in rows if r.hq), None)
        if owner is None:
            return
        made = set(conn.execute(sa.select(records.c.row_id).where(
            records.c.tbl == "agency_profiles")).scalars())
        hlc = _server_clock()
        for row in rows:
            row_id = profile_id(row.id)
            if row_id in made:
                continue
            self._put_record(conn, box, owner, "agency_profiles", row_id,
                             {"agency": row.id, "name": row.name, "hq": int(row.hq)}, hlc,
                             published=True)

    def hq_agencies(self, conn: Connection) -> frozenset[str]:
        return frozenset(conn.execute(sa.select(agencies.c.id).where(agencies.c.hq))
                         .scalars())

    def list_agencies(self) -> list[dict[str, Any]]:
        """Every agency with its devices: how many are active and when one last synced."""
        active = sa.func.sum(sa.case((devices.c.revoked.is_(False), 1), else_=0))
        query = (sa.select(agencies.c.id, agencies.c.name, agencies.c.hq,
                           sa.func.coalesce(active, 0).label("devices"),
                           sa.func.max(devices.c.last_sync_at).label("last_sync_at"))
                 .select_from(agencies.outerjoin(devices, devices.c.agency_id == agencies.c.id))
                 .group_by(agencies.c.id, agencies.c.name, agencies.c.hq)
                 .order_by(agencies.c.hq.desc(), agencies.c.id))
        with self._read() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def publish_status(self) -> list[dict[str, Any]]:
        """What each active device has received of what headquarters published: per device,
        the published changes still waiting past its cursor, by record type (empty: it has
        everything). One grouped query per device (devices number hundreds, not millions)."""
        with self._read() as conn:
            rows = conn.execute(
                sa.select(devices.c.id, devices.c.name, devices.c.agency_id, devices.c.cursor,
                          devices.c.last_sync_at)
                .where(devices.c.revoked.is_(False))
                .order_by(devices.c.agency_id, devices.c.name)).all()
            out = []
            for row in rows:
                waiting = conn.execute(
                    sa.select(changes.c.tbl, sa.func.count(sa.distinct(changes.c.row_id)))
                    .where(changes.c.published.is_(True), changes.c.seq > row.cursor,
                           changes.c.device_id != row.id)
                    .group_by(changes.c.tbl).order_by(changes.c.tbl)).all()
                out.append({**row._mapping, "waiting": {t: int(n) for t, n in waiting}})
        return out

    def published_counts(self) -> dict[str, int]:
        """Records headquarters has published, by record type."""
        query = (sa.select(changes.c.tbl, sa.func.count(sa.distinct(changes.c.row_id)))
                 .where(changes.c.published.is_(True)).group_by(changes.c.tbl))
        with self._read() as conn:
            return {t: int(n) for t, n in conn.execute(query)}

    def create_enrollment(self, agency_id: str, days: float = CODE_DAYS, *,
                          admin: bool = False) -> str:
        """A one-time code an officer types into the app to enrol a laptop, valid for `days`.
        Four groups of four: the first names the code's row, the rest is its secret, kept
        only as a salted slow hash. `admin`: the laptop it enrols is an administrator's."""
        code = "-".join(secrets.token_hex(2).upper() for _ in range(4))
        normal = _normal_code(code)
        salt = secrets.token_bytes(16)
        now = now_ms()
        with self._begin() as conn:
            if conn.execute(sa.select(agencies.c.id).where(agencies.c.id == agency_id)).first() \
                    is None:
                raise KeyError(agency_id)
            conn.execute(enrollments.insert().values(
                code_hash=_code_digest(normal, salt), code_id=normal[:4], salt=salt.hex(),
                agency_id=agency_id, created_at=now,
                expires_at=now + int(days * 86_400_000), cancelled=False, admin=admin))
        return code

    def codes(self, agency_id: str | None = None) -> list[dict[str, Any]]:
        """Enrolment codes (of one agency), newest first: the first group of each (the rest
        is secret), its agency, when made and until when, and its state: open, used,
        expired or cancelled."""
        query = sa.select(enrollments.c.code_id, enrollments.c.agency_id,
                          enrollments.c.created_at, enrollments.c.expires_at,
                          enrollments.c.used_by, enrollments.c.cancelled
                          ).order_by(enrollments.c.created_at.desc())
        if agency_id is not None:
            query = query.where(enrollments.c.agency_id == agency_id)
        now = now_ms()
        with self._read() as conn:
            rows = conn.execute(query).all()
        return [{**r._mapping, "code_id": r.code_id or "", "state": (
            "cancelled" if r.cancelled else "used" if r.used_by else
            "expired" if r.expires_at is not None and r.expires_at < now else "open")}
            for r in rows]

    def cancel_codes(self, code_id: str) -> int:
        """Cancel the open codes whose first group is `code_id`; how many."""
        normal = _normal_code(code_id)[:4]
        with self._begin() as conn:
            return int(conn.execute(enrollments.update().where(
                enrollments.c.code_id == normal, enrollments.c.used_by.is_(None),
                enrollments.c.cancelled.is_(False)).values(cancelled=True)).rowcount)

    def _find_code(self, code: str) -> str | None:
        """The row (its code_hash) of the code typed, checked against its slow hash outside
        any transaction; or of a code made before codes were hashed so."""
        normal = _normal_code(code)
        with self._read() as conn:
            rows = conn.execute(sa.select(enrollments.c.code_hash, enrollments.c.salt).where(
                enrollments.c.code_id == normal[:4])).all()
            legacy = conn.execute(sa.select(enrollments.c.code_hash).where(
                enrollments.c.code_hash == token_hash(code.strip().upper()),
                enrollments.c.code_id.is_(None))).scalar()
        for row in rows:
            if row.salt and hmac.compare_digest(
                    row.code_hash, _code_digest(normal, bytes.fromhex(row.salt))):
                return str(row.code_hash)
        return str(legacy) if legacy else None

    def enroll(self, code: str, name: str, installation: str | None = None
               ) -> tuple[str, str, str, str, bool, bool] | None:
        """Use a code once: returns (device id, token, agency id, agency name, headquarters?,
        administrator?) or None (no such code, expired, cancelled, or used by another laptop).
        The laptop
        that used a code (`installation`, its own random id) asking again — its first answer
        was lost — gets its device back with a new token; no second device is made."""
        code_hash = self._find_code(code)
        if code_hash is None:
            return None
        token = secrets.token_urlsafe(32)
        now = now_ms()
        with self._begin() as conn:
            row = conn.execute(
                sa.select(enrollments, agencies.c.name, agencies.c.hq)
                .join(agencies, agencies.c.id == enrollments.c.agency_id)
                .where(enrollments.c.code_hash == code_hash).with_for_update()).first()
            if row is None or row.cancelled or (
                    row.expires_at is not None and row.expires_at < now):
                return None
            if row.used_by is not None:
                if not installation or row.installation != installation:
                    return None
                again = conn.execute(devices.update().where(
                    devices.c.id == row.used_by, devices.c.revoked.is_(False))
                    .values(token_hash=token_hash(token), name=name[:200]))
                if not again.rowcount:
                    return None
                admin = conn.execute(sa.select(devices.c.admin).where(
                    devices.c.id == row.used_by)).scalar()
                return row.used_by, token, row.agency_id, row.name, bool(row.hq), bool(admin)
            device_id = uuid.uuid4().hex
            conn.execute(devices.insert().values(
                id=device_id, agency_id=row.agency_id, name=name[:200],
                token_hash=token_hash(token), created_at=now, cursor=0, revoked=False,
                admin=bool(row.admin)))
            conn.execute(enrollments.update().where(enrollments.c.code_hash == code_hash)
                         .values(used_by=device_id, installation=installation))
        return device_id, token, row.agency_id, row.name, bool(row.hq), bool(row.admin)

    def list_devices(self, agency_id: str | None = None) -> list[dict[str, Any]]:
        """Devices (of one agency, if given), by agency and name."""
        query = sa.select(devices.c.id, devices.c.agency_id, devices.c.name,
                          devices.c.created_at, devices.c.last_sync_at, devices.c.cursor,
                          devices.c.revoked, devices.c.admin
                          ).order_by(devices.c.agency_id, devices.c.name)
        if agency_id is not None:
            query = query.where(devices.c.agency_id == agency_id)
        with self._read() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def find_device(self, prefix: str) -> str:
        """The id of the one device whose id is `prefix` or starts with it (letter case
        aside). NoSuchDevice for none, or an empty prefix; AmbiguousDevice for several."""
        text = prefix.strip().lower()
        if not text:
            raise NoSuchDevice(prefix)
        start = sa.func.lower(sa.func.substr(devices.c.id, 1, len(text)))  # no LIKE wildcards
        with self._read() as conn:
            ids = list(conn.execute(sa.select(devices.c.id).where(start == text)).scalars())
        try:
            return resolve_prefix(prefix, ids)
        except AmbiguousPrefix as exc:
            raise AmbiguousDevice(prefix, exc.matches) from None
        except PrefixError:
            raise NoSuchDevice(prefix) from None

    def revoke(self, device: str) -> str:
        """Revoke the one device `device` names: its id, or enough of its start to be unique.
        Returns its id; NoSuchDevice or AmbiguousDevice (see `find_device`) revoke nothing."""
        device_id = self.find_device(device)
        with self._begin() as conn:
            conn.execute(devices.update().where(devices.c.id == device_id).values(revoked=True))
        return device_id

    def set_admin(self, device: str, admin: bool = True) -> str:
        """Make the one device `device` names an administrator's laptop, or no longer (it
        learns so at its next sync). Returns its id; NoSuchDevice or AmbiguousDevice (see
        `find_device`) change nothing."""
        device_id = self.find_device(device)
        with self._begin() as conn:
            conn.execute(devices.update().where(devices.c.id == device_id)
                         .values(admin=bool(admin)))
        return device_id

    def authenticate(self, token: str) -> Device | None:
        with self._read() as conn:
            row = conn.execute(
                sa.select(devices.c.id, devices.c.agency_id, devices.c.revoked, agencies.c.hq,
                          devices.c.admin)
                .join(agencies, agencies.c.id == devices.c.agency_id)
                .where(devices.c.token_hash == token_hash(token))).first()
        if row is None or row.revoked:
            return None
        return Device(row.id, row.agency_id, bool(row.hq), bool(row.admin))

    # -- opaque cursors ------------------------------------------------------------------------

    def _cursor_key(self, agency_id: str) -> bytes:
        """The key of an agency's cursors: the server's secret (made once, kept in
        `server_settings`) mixed with the agency."""
        if self._secret is None:
            select = sa.select(server_settings.c.value).where(
                server_settings.c.key == "cursor_key")
            with self._read() as conn:
                value = conn.execute(select).scalar()
            if value is None:
                try:
                    with self._begin() as conn:
                        value = conn.execute(select).scalar()
                        if value is None:
                            value = secrets.token_hex(32)
                            conn.execute(server_settings.insert().values(key="cursor_key",
                                                                         value=value))
                except sa.exc.IntegrityError:
                    # Another server over the same database made it at the same moment:
                    # theirs is the key.
                    with self._read() as conn:
                        value = conn.execute(select).scalar()
            self._secret = bytes.fromhex(str(value))
        return hmac.new(self._secret, agency_id.encode(), hashlib.sha256).digest()

    def public_cursor(self, device: Device, seq: int) -> int:
        """The cursor a device is given for position `seq` of the change log: the position
        enciphered with its agency's key, so that the gaps between an agency's cursors do not
        tell it how much other agencies write. 0 stays 0 (nothing read yet)."""
        if seq <= 0:
            return 0
        return _OPAQUE | _feistel(seq, self._cursor_key(device.agency_id))

    def private_cursor(self, device: Device, cursor: int) -> int:
        """The position a cursor from a device stands for. A plain number (below 2**62) is
        the cursor of a release before cursors were opaque, taken as it is."""
        if cursor < _OPAQUE:
            return cursor
        return _feistel(cursor & (_OPAQUE - 1), self._cursor_key(device.agency_id),
                        decipher=True)

    # -- sync ----------------------------------------------------------------------------------

    @contextmanager
    def _writing(self) -> Iterator[tuple[Connection, list[int]]]:
        """A transaction that holds the counter row: numbers handed out commit in order."""
        with self._begin() as conn:
            query = sa.select(counter.c.value).where(counter.c.id == 1)
            if self.is_postgres:
                query = query.with_for_update()
            start = int(conn.execute(query).scalar_one())
            box = [start]
            yield conn, box
            if box[0] != start:
                conn.execute(counter.update().where(counter.c.id == 1).values(value=box[0]))

    def push(self, device: Device, batch_id: str, cursor: int, items: list[list[Any]],
             refused: list[list[Any]] | None = None) -> dict[str, Any]:
        """Apply a batch once. A replay of the same batch id returns the first answer.
        `refused`: changes already judged unstorable ([table, id, field, reason]); they are
        answered, not applied, and the rest of the batch goes through."""
        with self._writing() as (conn, box):
            done = conn.execute(sa.select(batches.c.result).where(
                batches.c.device_id == device.id, batches.c.batch_id == batch_id)).first()
            if done is not None:
                return dict(json.loads(done.result), replayed=True)
            result = self._apply(conn, box, device, cursor, items)
            if refused:
                result["refused"] = [*refused, *result.get("refused", [])]
            conn.execute(batches.insert().values(device_id=device.id, batch_id=batch_id,
                                                 result=json.dumps(result)))
            conn.execute(devices.update().where(devices.c.id == device.id)
                         .values(last_sync_at=now_ms()))
        return result

    def _apply(self, conn: Connection, box: list[int], device: Device, cursor: int,
               items: list[list[Any]]) -> dict[str, Any]:
        """Merge a batch (`records.merge` decides; this reads and writes). Reads what it needs
        in a few queries and writes with executemany: statement-per-field costs minutes at
        10,000 records.

        A record keeps the agency that made it; its changes are logged under that agency, so
        its devices pull them, whoever edited. Headquarters may write any record; an agency
        device only its agency's, and a change to another's is refused, change by change,
        with the rest of the batch applied. Items are [table, id, field, value, clock(,
        user)]."""
        items, owners, refused = self._admit(conn, device, items)
        keys = set(owners)
        hq = self.hq_agencies(conn)
        published = self.registry.published()
        current = self._current_fields(conn, keys)
        grouped: dict[tuple[str, str], dict[str, Edit]] = {}
        users: dict[tuple[str, str, int], str | None] = {}  # who made each edit (one moment)
        ignored = conflicts = 0
        for tbl, row_id, field, value, hlc, *rest in items:
            edits = grouped.setdefault((tbl, row_id), {})
            edit = Edit(value, hlc, device.id)
            users[(tbl, row_id, hlc)] = _user(rest[0] if rest else None)
            if latest(edits, field, edit):
                ignored += field in edits  # an earlier edit of the same field, same batch
                edits[field] = edit
            else:
                ignored += 1
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        log: list[dict[str, Any]] = []
        for (tbl, row_id), incoming in grouped.items():
            owner = owners[(tbl, row_id)]
            shared = tbl in published and owner in hq
            held: dict[str, Edit | None] = {}
            held_users: dict[str, str | None] = {}
            for name in incoming:
                cur = current.get((tbl, row_id, name))
                held[name] = None if cur is None else Edit(
                    json.loads(cur["value"] or "null"), cur["hlc"], cur["device_id"],
                    seen=cur["seq"] <= cursor)
                held_users[name] = cur["user"] if cur is not None else None
            record_type = self.registry.get(tbl)  # None only past check_changes (tests)
            outcome = merge(record_type.rule if record_type else Rule.LWW, held, incoming,
                            conflicts=tbl != "conflicts")
            ignored += len(outcome.ignored)

            def author(name: str, edit: Edit, tbl: str = tbl, row_id: str = row_id,
                       incoming: dict[str, Edit] = incoming,
                       held_users: dict[str, str | None] = held_users) -> str | None:
                if edit is incoming.get(name):
                    return users.get((tbl, row_id, edit.hlc))
                return held_users.get(name)

            for name, winner, loser in outcome.conflicts:
                conflicts += 1
                self._record_conflict(conn, box, owner, tbl, row_id, name,
                                      (winner.value, winner.hlc, winner.device,
                                       author(name, winner)),
                                      (loser.value, loser.hlc, loser.device,
                                       author(name, loser)),
                                      max(winner.hlc, loser.hlc))
            for name, edit in outcome.taken.items():
                box[0] += 1
                encoded = json.dumps(edit.value, ensure_ascii=False)
                user = users.get((tbl, row_id, edit.hlc))
                row = {"agency_id": owner, "value": encoded, "hlc": edit.hlc,
                       "device_id": device.id, "seq": box[0], "user": user}
                if held[name] is None:
                    inserts.append({"tbl": tbl, "row_id": row_id, "field": name, **row})
                else:
                    updates.append({"k_tbl": tbl, "k_row": row_id, "k_field": name, **row})
                log.append({"seq": box[0], "agency_id": owner, "tbl": tbl,
                            "row_id": row_id, "field": name, "value": encoded,
                            "hlc": edit.hlc, "device_id": device.id, "user": user,
                            "published": shared})
        if inserts:
            conn.execute(fields.insert(), inserts)
        if updates:
            conn.execute(
                fields.update().where(fields.c.tbl == sa.bindparam("k_tbl"),
                                      fields.c.row_id == sa.bindparam("k_row"),
                                      fields.c.field == sa.bindparam("k_field")),
                updates)
        if log:
            conn.execute(changes.insert(), log)
        result: dict[str, Any] = {"applied": len(log), "ignored": ignored,
                                  "conflicts": conflicts}
        if refused:
            result["refused"] = refused
        return result

    def _admit(self, conn: Connection, device: Device, items: list[list[Any]]
               ) -> tuple[list[list[Any]], dict[tuple[str, str], str], list[list[Any]]]:
        """Who owns each record a batch touches, and what the device may write: (the changes
        admitted, each admitted record's owner — new ones the device's agency, made here —
        and the refused changes as [table, id, field, reason])."""
        keys = {(i[0], i[1]) for i in items}
        owners = self._owners(conn, keys)
        hq = self.hq_agencies(conn)
        published = self.registry.published()
        blocked: dict[tuple[str, str], str] = {}
        for key, owner in owners.items():
            if owner != device.agency_id and not device.hq:
                blocked[key] = READ_ONLY if owner in hq and key[0] in published else NOT_YOURS
        # Conflicts are made here; a device may only mark one it received resolved.
        blocked.update({k: "no such conflict" for k in keys
                        if k[0] == "conflicts" and k not in owners})
        refused = [[t, r, f, blocked[(t, r)]] for t, r, f, *_ in items if (t, r) in blocked]
        if blocked:
            items = [i for i in items if (i[0], i[1]) not in blocked]
        new_records = [{"tbl": t, "row_id": r, "agency_id": device.agency_id}
                       for t, r in sorted(keys - owners.keys() - blocked.keys())]
        if new_records:
            conn.execute(records.insert(), new_records)
        owners.update({(r["tbl"], r["row_id"]): device.agency_id for r in new_records})
        return items, {k: v for k, v in owners.items() if k not in blocked}, refused

    @staticmethod
    def _chunks(keys: set[tuple[str, str]], size: int = 500) -> Iterator[tuple[str, list[str]]]:
        by_table: dict[str, list[str]] = {}
        for tbl, row_id in keys:
            by_table.setdefault(tbl, []).append(row_id)
        for tbl, ids in by_table.items():
            for i in range(0, len(ids), size):
                yield tbl, ids[i:i + size]

    def _owners(self, conn: Connection, keys: set[tuple[str, str]]) -> dict[tuple[str, str], str]:
        owners: dict[tuple[str, str], str] = {}
        for tbl, ids in self._chunks(keys):
            for row in conn.execute(sa.select(records).where(records.c.tbl == tbl,
                                                             records.c.row_id.in_(ids))):
                owners[(row.tbl, row.row_id)] = row.agency_id
        return owners

    def _current_fields(self, conn: Connection, keys: set[tuple[str, str]]
                        ) -> dict[tuple[str, str, str], dict[str, Any]]:
        found: dict[tuple[str, str, str], dict[str, Any]] = {}
        for tbl, ids in self._chunks(keys):
            for row in conn.execute(sa.select(fields).where(fields.c.tbl == tbl,
                                                            fields.c.row_id.in_(ids))):
                found[(row.tbl, row.row_id, row.field)] = dict(row._mapping)
        return found

    def _put_record(self, conn: Connection, box: list[int], agency_id: str, tbl: str,
                    row_id: str, body: dict[str, Any], hlc: int,
                    published: bool = False) -> None:
        """A record the server makes (a conflict, an agency profile): its owner, its field
        values and their log entries, in three statements."""
        conn.execute(records.insert().values(tbl=tbl, row_id=row_id, agency_id=agency_id))
        values = []
        for name, value in body.items():
            box[0] += 1
            values.append({"tbl": tbl, "row_id": row_id, "field": name, "agency_id": agency_id,
                           "value": json.dumps(value, ensure_ascii=False), "hlc": hlc,
                           "device_id": SERVER_DEVICE, "seq": box[0], "user": SERVER_USER})
        conn.execute(fields.insert(), values)
        conn.execute(changes.insert(), [{**v, "published": published} for v in values])

    def _record_conflict(self, conn: Connection, box: list[int], owner: str, tbl: str,
                         row_id: str, field: str, winner: tuple[Any, int, str, str | None],
                         loser: tuple[Any, int, str, str | None], hlc: int) -> None:
        """A conflict is a record like any other, owned by the agency that owns the record:
        it syncs to that agency's devices and to headquarters. Each side names its device
        and the person who made it."""
        conflict_id = str(uuid.uuid5(uuid.NAMESPACE_URL,
                                     f"gmsdesk:{tbl}/{row_id}/{field}/{winner[1]}/{loser[1]}"))
        exists = conn.execute(sa.select(records.c.row_id).where(
            records.c.tbl == "conflicts", records.c.row_id == conflict_id)).first()
        if exists:
            return
        body = {"tbl": tbl, "record_id": row_id, "field": field,
                "winner_value": winner[0], "winner_hlc": winner[1], "winner_device": winner[2],
                "winner_user": winner[3], "loser_value": loser[0], "loser_hlc": loser[1],
                "loser_device": loser[2], "loser_user": loser[3], "resolved": 0, "deleted": 0}
        self._put_record(conn, box, owner, "conflicts", conflict_id, body, hlc)

    def pull(self, device: Device, cursor: int, max_bytes: int, limit: int = 200_000) -> Page:
        """Changes after `cursor` by other devices to the device's agency's records and to
        what headquarters published (every agency's, for headquarters): as many as fit in
        about `max_bytes` of the answer's JSON, and at most `limit`.

        Reads in one snapshot (REPEATABLE READ on PostgreSQL; a SQLite transaction is one):
        when everything visible was sent, the cursor moves to the highest visible seq — past
        the device's own changes — and since numbers commit in order, nothing below it can
        still appear.

        A headquarters laptop's first pull is millions of changes, so nothing here is done
        change by change that a statement can do for the page: the database cuts the page
        (see `_page`), one `json.loads` reads all its values, and its devices, agencies and
        people are numbered by dictionary as the changes are handed over (numbering them in
        SQL, by `dense_rank`, sorts the whole page three times: ten times slower).
        """
        shared = [] if device.hq else [sa.or_(changes.c.agency_id == device.agency_id,
                                              changes.c.published.is_(True))]
        scope = [changes.c.seq > cursor, *shared]
        options: dict[str, Any] = {_WRITES: False}
        if self.is_postgres:
            options["isolation_level"] = "REPEATABLE READ"
        with self.engine.connect().execution_options(**options) as conn:
            rows, more = _read_page(conn, shared, cursor, device.id, max_bytes, limit)
            last = rows[-1].seq if rows else cursor
            if not more:
                highest = conn.execute(sa.select(sa.func.max(changes.c.seq))
                                       .where(*scope)).scalar()
                last = max(last, int(highest or cursor))
            tbls, ids, names, texts, clocks, device_ids, agency_ids, users = (
                list(column) for column in zip(*[r[:8] for r in rows], strict=True)
            ) if rows else ([], [], [], [], [], [], [], [])
            numbers = {d: n for n, d in enumerate(dict.fromkeys(device_ids))}
            known = {r.id: r.name for r in conn.execute(sa.select(devices.c.id, devices.c.name)
                                                         .where(devices.c.id.in_(numbers)))}
            conn.commit()
        if last != cursor:
            with self._begin() as conn:
                conn.execute(devices.update().where(devices.c.id == device.id)
                             .values(cursor=last, last_sync_at=now_ms()))
        agencies_ = {a: n for n, a in enumerate(dict.fromkeys(agency_ids))}
        people = {u: n for n, u in enumerate(dict.fromkeys(users))}
        values = json.loads(f"[{','.join(texts)}]")
        out = [[tbl, row_id, name, value, hlc, numbers[d], agencies_[a], people[u]]
               for tbl, row_id, name, value, hlc, d, a, u
               in zip(tbls, ids, names, values, clocks, device_ids, agency_ids, users,
                      strict=True)]
        return Page(out, list(numbers), last, more, [known.get(d, "") for d in numbers],
                    list(agencies_), [u or "" for u in people])


def _read_page(conn: Connection, shared: list[Any], cursor: int, device_id: str,
               max_bytes: int, limit: int) -> tuple[list[sa.Row[Any]], bool]:
    """A page's changes (see `_page`) and whether more follow. Read in steps of about as
    many changes as the budget left can hold at 32 bytes each (most are more), so that a
    small page does not read and measure a large one's worth of changes to throw away."""
    rows: list[sa.Row[Any]] = []
    after, budget = cursor, max_bytes
    while True:
        want = min(limit - len(rows), max(64, budget // 32))
        step = list(conn.execute(_page([changes.c.seq > after, *shared], device_id, budget,
                                       want)).all())
        if len(step) <= want:  # the budget or the changes ran out
            rows += step
            return rows, bool(step) and step[-1].next is not None
        rows += step[:want]  # all fit, and the one past `want` says there is more
        if len(rows) >= limit:
            return rows, True
        after, budget = step[want - 1].seq, budget - step[want - 1].upto


def _page(scope: list[Any], device_id: str, max_bytes: int, limit: int) -> sa.Select[Any]:
    """The statement reading one page, in seq order: the first `limit` changes in scope by
    other devices, cut where the answer passes `max_bytes`, each with the size of the answer
    up to it and the seq of the next (None: nothing more ahead). One more change than
    `limit` may come, only to say there is more.

    What a change adds to the answer is measured as it travels (see `protocol.group_info`):
    its value's JSON and a comma, and for the first change of a row (a record at one moment:
    `_apply` logs its fields one after another) the record's id with its clock, device and
    row info, about 16 bytes beside it. A change goes in while the answer before it is under
    `max_bytes`, so a page holds at least one change. One window over the index-ordered
    page: a second (`lag`, to find where rows start) costs SQLite twice the time."""
    prior = changes.alias("prior")
    continues = sa.exists().where(prior.c.seq == changes.c.seq - 1,
                                  prior.c.row_id == changes.c.row_id,
                                  prior.c.hlc == changes.c.hlc)
    value = sa.func.coalesce(changes.c.value, "null")
    ahead = (sa.select(changes.c.seq, changes.c.tbl, changes.c.row_id, changes.c.field,
                       value.label("value"), changes.c.hlc, changes.c.device_id,
                       changes.c.agency_id, changes.c.user,
                       (sa.func.length(value) + 1 + sa.case(
                           (continues, 0), else_=sa.func.length(changes.c.row_id) + 16))
                       .label("size"))
             .where(*scope, changes.c.device_id != device_id)
             .order_by(changes.c.seq).limit(limit + 1).subquery("ahead"))
    upto = sa.func.sum(ahead.c.size).over(order_by=ahead.c.seq, rows=(None, 0))
    after = sa.func.lead(ahead.c.seq).over(order_by=ahead.c.seq, rows=(None, 0))
    sized = sa.select(ahead, upto.label("upto"), after.label("next")).subquery("sized")
    return (sa.select(sized.c.tbl, sized.c.row_id, sized.c.field, sized.c.value, sized.c.hlc,
                      sized.c.device_id, sized.c.agency_id, sized.c.user, sized.c.seq,
                      sized.c.next, sized.c.upto)
            .where(sized.c.upto - sized.c.size < max_bytes)
            .order_by(sized.c.seq))


def _user(value: Any) -> str | None:
    """Who made a change, as a device said it: a name of sensible length, or nobody."""
    return value[:200] if isinstance(value, str) and value else None
