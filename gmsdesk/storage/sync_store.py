"""The client side of sync, in SQL: reading the outbox as wire changes, applying what the
server sends (never re-captured as local edits), the cursor, enrolment details, conflicts."""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any, NamedTuple

from gmsdesk.records import Problem, encode_json
from gmsdesk.records.catalog import CONFLICTS
from gmsdesk.records.merge import Edit, latest, merge
from gmsdesk.storage.errors import StorageError
from gmsdesk.storage.ict_history import TRACKED
from gmsdesk.storage.records import Change, Changes, TableSpec
from gmsdesk.sync.credentials import CredentialsError, TokenStore, system_store
from gmsdesk.sync.hlc import COUNTER_MAX, pack, unpack
from gmsdesk.sync.protocol import MAX_SKEW_MS, index_of

if TYPE_CHECKING:
    from gmsdesk.storage.db import Database

CONFLICT_SPEC = TableSpec(CONFLICTS)
# What a value that cannot be stored raises when written: kept aside, never a stalled sync.
UNSTORABLE = (sqlite3.IntegrityError, sqlite3.InterfaceError, sqlite3.DataError, OverflowError)

log = logging.getLogger(__name__)


class Incoming(NamedTuple):
    """One field change from headquarters: made on `device` by `user` (None: not said, an
    older server) to a record `agency` owns (None: not said — taken as this laptop's)."""

    tbl: str
    row_id: str
    field: str
    value: Any
    hlc: int
    device: str
    agency: str | None = None
    user: str | None = None
    received_at: str | None = None  # when it first arrived, for a change held back


class _Fresh(NamedTuple):
    """A record new to this laptop, ready to insert (see `SyncStore._fresh`)."""

    spec: TableSpec
    row_id: str
    incoming: dict[str, Edit]  # all taken: the record is new here
    values: dict[str, Any]  # the row's columns


@dataclass(frozen=True)
class HeldChange:
    """A change sync could not apply here (received and held back, or sent and refused)."""

    table: str
    record_id: str
    field: str
    value: Any
    reason: str
    at: str
    id: int = 0  # its row, to discard it


@dataclass(frozen=True)
class Conflict:
    id: str
    tbl: str
    record_id: str
    field: str
    winner_value: Any
    winner_device: str
    winner_hlc: int
    loser_value: Any
    loser_device: str
    loser_hlc: int
    resolved: int
    winner_user: str = ""
    loser_user: str = ""


@dataclass(frozen=True)
class Enrolment:
    server_url: str
    token: str  # kept outside the database (see `credentials`); "" when this computer has none
    device_id: str  # the id headquarters gave this computer
    agency_id: str
    agency_name: str
    hq: bool = False  # the agency is headquarters (sees and may edit every agency's records)


class SyncStore:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._move_clear_token()

    def specs(self) -> dict[str, TableSpec]:
        """Every table that syncs, by name, as this database's record declarations say (a
        repository's own spec adds how its local columns are derived). Built once."""
        return self._specs

    @cached_property
    def _specs(self) -> dict[str, TableSpec]:
        own = {"smes": self.db.smes.spec, "sectors": self.db.smes.sector_spec,
               "conflicts": CONFLICT_SPEC, **self.db.training.specs(),
               **self.db.surveys.specs()}
        specs: dict[str, TableSpec] = {}
        for record_type in self.db.registry:
            known = own.get(record_type.table)
            specs[record_type.table] = TableSpec(record_type, known.derive if known else None)
        return specs

    # -- enrolment and cursor -----------------------------------------------------------------

    @cached_property
    def tokens(self) -> TokenStore:
        """Where this computer's key is kept: never in the database (see `credentials`)."""
        return TokenStore(self.db.path, system_store())

    def _move_clear_token(self) -> None:
        """Releases before this one kept the key in the database, where a copy of the file
        carries it away: move it to this computer's credential store (once, at the first
        start). Should that fail it stays, and is still used, until a later start."""
        raw = self.db.meta("sync_enrolment")
        if '"token"' not in raw:
            return
        held = json.loads(raw)
        token = held.pop("token", "")
        conn = self.db.conn
        try:
            if token:
                self.tokens.save(str(held["device_id"]), str(token))
            # Old bytes are overwritten, not just freed, and the log of earlier writes is
            # emptied: no copy of the key is left in the file.
            secure = conn.execute("PRAGMA secure_delete").fetchone()[0]
            conn.execute("PRAGMA secure_delete = ON")
            try:
                with self.db.atomic():
                    self.db.set_meta("sync_enrolment", json.dumps(held))
            finally:
                conn.execute(f"PRAGMA secure_delete = {int(secure)}")
            if not self.db.in_transaction:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except (CredentialsError, StorageError):
            log.warning("the sync key could not be moved out of the database yet",
                        exc_info=True)

    def token(self, device_id: str) -> str:
        """This computer's key for `device_id`, "" when it has none (the database was copied
        here). CredentialsError: the system's credential store could not be read."""
        return self.tokens.load(device_id)

    def enrolment(self) -> Enrolment | None:
        """The enrolment, with its key as this computer holds it ("" when it has none)."""
        raw = self.db.meta("sync_enrolment")
        if not raw:
            return None
        held = json.loads(raw)
        clear = held.pop("token", "")  # not moved out yet (a read-only database)
        try:
            token = self.tokens.load(str(held["device_id"]))
        except CredentialsError:
            log.warning("the sync key could not be read", exc_info=True)
            token = ""
        return Enrolment(**held, token=token or clear)

    def save_enrolment(self, enrolment: Enrolment) -> None:
        """Remember the server, and give records made before enrolment to the agency. The key
        is kept first, outside the database (CredentialsError when it cannot be)."""
        before = json.loads(self.db.meta("sync_enrolment") or "{}").get("device_id")
        self.tokens.save(enrolment.device_id, enrolment.token)
        with self.db.atomic():
            public = {k: v for k, v in enrolment.__dict__.items() if k != "token"}
            self.db.set_meta("sync_enrolment", json.dumps(public))
            self.db.set_meta("agency_id", enrolment.agency_id)
            self.db.set_meta("agency_hq", "1" if enrolment.hq else "0")
            self.db.set_meta("sync_cursor", "0")
            # From now on this computer is known by the id headquarters gave it, also in the
            # clocks that break ties between equal timestamps.
            old = self.db.device_id
            for table in ("field_clocks", "outbox"):
                self.db.conn.execute(f"UPDATE {table} SET device_id = ? WHERE device_id = ?",
                                     (enrolment.device_id, old))
            self.db.ict_history.renamed_device(old, enrolment.device_id)
            self.db.set_meta("device_id", enrolment.device_id)
            self.db.device_id = enrolment.device_id
            for name in self.specs():
                self.db.conn.execute(f"UPDATE {name} SET agency_id = ? WHERE agency_id = 'local'",
                                     (enrolment.agency_id,))
        if before and before != enrolment.device_id:  # enrolled again: another device now
            self.tokens.forget(str(before))

    def plain_http_allowed(self) -> bool:
        """An administrator allowed unencrypted (http://) connections to a server on the local
        network."""
        return self.db.meta("allow_plain_http_lan") == "1"

    def allow_plain_http(self, allowed: bool) -> None:
        with self.db.atomic():
            self.db.set_meta("allow_plain_http_lan", "1" if allowed else "0")

    def set_hq(self, hq: bool) -> None:
        """What headquarters said this laptop's agency is (an enrolment made by an older
        release did not say)."""
        if hq != self.db.is_hq:
            raw = self.db.meta("sync_enrolment")
            with self.db.atomic():
                self.db.set_meta("agency_hq", "1" if hq else "0")
                if raw:
                    self.db.set_meta("sync_enrolment", json.dumps({**json.loads(raw),
                                                                   "hq": hq}))

    def admin_granted(self) -> bool:
        """Headquarters made this laptop an administrator's (at enrolment, or since: every
        sync says it again). This computer's alone, never sent."""
        return self.db.meta("hq_admin") == "1"

    def set_admin(self, admin: bool) -> None:
        """What headquarters said of this laptop's administrator role; a server that does not
        say (an older one) grants none."""
        if admin != self.admin_granted():
            self.db.set_meta_atomic("hq_admin", "1" if admin else "0")

    def device_names(self) -> dict[str, str]:
        """The computers changes came from, by id: the names they were enrolled with."""
        return dict(self.db.conn.execute("SELECT id, name FROM sync_devices").fetchall())

    @property
    def cursor(self) -> int:
        return int(self.db.meta("sync_cursor", "0"))

    def last_sync(self) -> str:
        return self.db.meta("sync_last")

    def set_last_sync(self, when: str) -> None:
        with self.db.atomic():
            self.db.set_meta("sync_last", when)

    # -- outbox as wire changes ---------------------------------------------------------------

    def pending_batch(self, max_bytes: int) -> tuple[int, list[list[Any]]]:
        """Outbox entries as field changes, oldest first, up to about `max_bytes` of JSON.
        Returns the last outbox seq included (0: nothing) and the changes, each [table, id,
        field, value, clock, user].

        A batch once cut is sent again exactly as it was until it is acknowledged: its answer
        may have been lost after headquarters applied it. Re-cut with later edits (or to
        another size) it would get a new id, and headquarters would apply its old values a
        second time, after others had changed them, inventing conflicts."""
        items: list[list[Any]] = []
        size = 0
        last_seq = 0
        pinned = int(self.db.meta("sync_batch_end", "0"))  # last seq of the batch in flight
        cursor = self.db.conn.execute(
            "SELECT seq, tbl, row_id, fields, hlc, user FROM outbox ORDER BY seq")
        for seq, tbl, row_id, fields_json, hlc, user in cursor:
            if not items and seq > pinned:
                pinned = 0  # the batch in flight was acknowledged: cut a new one
            if pinned:
                if seq > pinned:
                    break
            elif items and size + len(fields_json) > max_bytes:
                break
            for name, value in json.loads(fields_json).items():
                if name != "agency_id":  # the server takes the agency from the token
                    items.append([tbl, row_id, name, value, hlc, user])
            size += len(fields_json) + len(row_id) + 30
            last_seq = seq
        cursor.close()
        if last_seq and last_seq != pinned:
            with self.db.atomic():
                self.db.set_meta("sync_batch_end", str(last_seq))
        return last_seq, items

    def outbox_batch_id(self, last_seq: int) -> str:
        first = self.db.conn.execute("SELECT min(seq) FROM outbox").fetchone()[0] or 0
        return f"{self.db.device_id[:16]}-{first}-{last_seq}"

    def restamp_future(self, limit_hlc: int) -> int:
        """After headquarters said our clock is ahead (`limit_hlc`: its time): pending edits
        stamped beyond what it accepts (its time + MAX_SKEW_MS) are re-stamped from the
        corrected clock, in order.

        The clock goes back no further than the newest stamp that must stay before them:
        stamps headquarters accepted from here or sent here, and pending ones it will accept.
        Were a re-stamped edit to order before an edit it followed, headquarters would keep
        the older value while this device shows the newer one, for good."""
        cap = pack(unpack(limit_hlc)[0] + MAX_SKEW_MS, COUNTER_MAX)
        with self.db.atomic():
            rows = self.db.conn.execute(
                "SELECT seq, tbl, row_id, op, fields, hlc FROM outbox WHERE hlc > ? "
                "ORDER BY seq", (cap,)).fetchall()
            kept = self.db.conn.execute("SELECT max(hlc) FROM outbox WHERE hlc <= ?",
                                        (cap,)).fetchone()[0] or 0
            floor = max(limit_hlc, kept, int(self.db.meta("hlc_accepted", "0")))
            stored = int(self.db.meta("hlc", "0"))
            if stored > floor:
                self.db.set_meta("hlc", str(floor))
                self.db.clock.last = floor
            moved: list[tuple[int, str, str, int]] = []
            for seq, tbl, row_id, op, fields_json, old in rows:
                hlc = self.db.tick()
                moved.append((hlc, tbl, row_id, old))
                self.db.conn.execute("UPDATE outbox SET hlc = ? WHERE seq = ?", (hlc, seq))
                # Only clocks this very edit set: not a later edit's, nor one received since.
                self.db.conn.executemany(
                    "UPDATE field_clocks SET hlc = ? WHERE tbl = ? AND row_id = ? AND "
                    "field = ? AND hlc = ? AND device_id = ?",
                    [(hlc, tbl, row_id, name, old, self.db.device_id)
                     for name in json.loads(fields_json)])
                if op == "insert":
                    self.db.conn.execute(f"UPDATE {tbl} SET hlc_created = ? WHERE id = ? AND "
                                         "hlc_created = ?", (hlc, row_id, old))
            self.db.ict_history.restamped(moved)
        return len(rows)

    def acknowledge(self, last_seq: int, items: Iterable[list[Any]],
                    refused: Iterable[list[Any]] = ()) -> None:
        """Headquarters has the batch up to `last_seq`: drop it from the outbox, and remember
        its newest stamp as one headquarters accepted (see `restamp_future`). Changes it
        refused ([table, id, field, reason]) are kept, with the value sent, for a person to
        see; they are not sent again."""
        from gmsdesk.storage.db import utc_now

        items = list(items)
        refused = list(refused)
        rows: list[tuple[Any, ...]] = []
        if refused:  # the values sent, for the few refused (not a map of every change)
            named = [(*map(str, entry), "", "", "", "")[:4] for entry in refused]
            wanted = {tuple(n[:3]) for n in named}
            sent = {(i[0], i[1], i[2]): (i[3], i[4]) for i in items
                    if (i[0], i[1], i[2]) in wanted}
            for tbl, row_id, name, reason in named:
                value, hlc = sent.get((tbl, row_id, name), (None, 0))
                rows.append((tbl, row_id, name, _encode_any(value), hlc, reason[:500], utc_now()))
        with self.db.atomic():
            self.db.outbox.acknowledge(last_seq)
            self._accepted(max((item[4] for item in items), default=0))
            if rows:
                self.db.conn.executemany(
                    "INSERT INTO sync_refused(tbl, row_id, field, value, hlc, reason, "
                    "refused_at) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)

    def _accepted(self, hlc: int) -> None:
        if hlc > int(self.db.meta("hlc_accepted", "0")):
            self.db.set_meta("hlc_accepted", str(hlc))

    # -- applying remote changes --------------------------------------------------------------

    def apply_remote(self, changes: Iterable[list[Any]], devices: list[str],
                     new_cursor: int, *, agencies: list[str] | None = None,
                     users: list[str] | None = None,
                     device_names: list[str] | None = None) -> Changes:
        """Merge changes from headquarters and move the cursor, in one transaction.

        Each change is [table, id, field, value, clock, device index(, agency index, user
        index)], indexes into `devices`, `agencies` and `users` (protocol 2; an older server
        sends neither, and records are then taken as this laptop's agency's).

        `records.merge` decides per field (the same rule headquarters uses), so a local edit
        not yet pushed is kept when it is newer. Nothing here enters the outbox. A change this
        release cannot store (a type or field it does not know, a value its declaration
        refuses) is kept in `sync_deferred` instead of stopping the page: the cursor moves on
        past nothing that was not stored somewhere, and an upgrade applies what it now knows.
        """
        agencies = agencies or []
        users = users or []
        named = []
        for tbl, row_id, field, value, hlc, device_index, *info in changes:
            device = index_of(devices, device_index) or "?"
            agency = index_of(agencies, info[0]) if info else None
            user = index_of(users, info[1]) if len(info) > 1 else None
            named.append(Incoming(tbl, row_id, field, value, hlc, device,
                                  agency if isinstance(agency, str) and agency else None,
                                  user if isinstance(user, str) and user else None))
        with self.db.atomic():
            if device_names:
                self.db.conn.executemany(
                    "INSERT INTO sync_devices(id, name) VALUES (?, ?) ON CONFLICT(id) DO "
                    "UPDATE SET name = excluded.name",
                    [(d, str(n)[:200]) for d, n in zip(devices, device_names, strict=False)
                     if isinstance(d, str) and n])
            applied = self._merge(named)
            self.db.set_meta("sync_cursor", str(new_cursor))
        return applied

    def _merge(self, changes: list[Incoming]) -> Changes:
        specs = self.specs()
        grouped: dict[tuple[str, str], dict[str, Edit]] = {}
        owners: dict[tuple[str, str], str] = {}
        authors: dict[tuple[str, str, int], str] = {}
        held: list[tuple[Incoming, str]] = []
        highest = 0
        # Changes of the records whose ICT history is kept, won or lost (see ict_history).
        noted: list[Incoming] | None = [] if self.db.ict_history.enabled else None
        for change in changes:
            tbl, row_id, field, value, hlc, device = change[:6]
            highest = max(highest, hlc)
            spec = specs.get(tbl)
            if spec is None:
                held.append((change, "unknown record type"))
                continue
            try:
                value = spec.record.check_change(field, value, from_device=False)
            except Problem as problem:
                held.append((change, problem.reason))
                continue
            if change.agency:
                owners[(tbl, row_id)] = change.agency
            if change.user:
                authors[(tbl, row_id, hlc)] = change.user
            if noted is not None and tbl in TRACKED:
                noted.append(change if value is change.value else change._replace(value=value))
            edits = grouped.setdefault((tbl, row_id), {})
            edit = Edit(value, hlc, device)
            if field not in edits or latest(edits, field, edit):
                edits[field] = edit
        applied: list[Change] = []
        if highest:
            self.db.clock.observe(highest)
            self.db.set_meta("hlc", str(max(self.db.clock.last, int(self.db.meta("hlc", "0")))))
            self._accepted(highest)
        self._store(specs, grouped, owners, authors, held, applied)
        if noted:
            self.db.ict_history.note_remote(noted)
        if held:
            from gmsdesk.storage.db import utc_now

            now = utc_now()
            self.db.conn.executemany(
                "INSERT INTO sync_deferred(tbl, row_id, field, value, hlc, device_id, reason, "
                "received_at, agency_id, user) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(c.tbl, c.row_id, c.field, _encode_any(c.value), c.hlc, c.device, why,
                  c.received_at or now, c.agency, c.user) for c, why in held])
        return tuple(applied)

    def _store(self, specs: Mapping[str, TableSpec],
               grouped: dict[tuple[str, str], dict[str, Edit]],
               owners: Mapping[tuple[str, str], str], authors: Mapping[tuple[str, str, int], str],
               held: list[tuple[Incoming, str]], applied: list[Change]) -> None:
        """Each record's incoming edits written, in the order they came: a run of records new
        here at once (`_insert_fresh`), any other one in a savepoint of its own, so that one
        that cannot be stored is held back and the rest go in."""
        fresh = self._fresh(specs, grouped)
        run: list[_Fresh] = []  # new records of one table, with the same columns, in order

        def apply_one(tbl: str, row_id: str, incoming: dict[str, Edit]) -> None:
            newest = max(incoming.values(), key=lambda e: e.hlc)
            author = authors.get((tbl, row_id, newest.hlc))
            try:
                with self.db.atomic():  # a savepoint: one record that cannot be stored
                    applied.extend(self._apply_record(specs[tbl], row_id, incoming,
                                                      owners.get((tbl, row_id)), author))
            except UNSTORABLE as exc:
                held.extend((Incoming(tbl, row_id, name, e.value, e.hlc, e.device,
                                      owners.get((tbl, row_id)),
                                      authors.get((tbl, row_id, e.hlc))), str(exc)[:200])
                            for name, e in incoming.items())

        def flush() -> None:
            if run and not self._insert_fresh(run, applied):
                for one in run:  # one of them cannot be stored: each on its own, as ever
                    apply_one(one.spec.name, one.row_id, one.incoming)
            run.clear()

        for (tbl, row_id), incoming in grouped.items():
            one = self._fresh_row(specs[tbl], row_id, incoming, owners.get((tbl, row_id)),
                                  authors) if (tbl, row_id) in fresh else None
            if one is None:
                flush()
                apply_one(tbl, row_id, incoming)
                continue
            if run and (run[0].spec is not one.spec or run[0].values.keys() != one.values.keys()):
                flush()
            run.append(one)
        flush()

    def deferred(self) -> list[HeldChange]:
        """Changes received that this release holds back, newest first (the Sync area)."""
        rows = self.db.conn.execute(
            "SELECT tbl, row_id, field, value, reason, received_at, id FROM sync_deferred "
            "ORDER BY id DESC LIMIT 500").fetchall()
        return [HeldChange(r[0], r[1], r[2], _from_json(r[3]), r[4], r[5], r[6]) for r in rows]

    def replay_deferred(self) -> Changes:
        """Apply held-back changes this release can now store (after an upgrade); those it
        still cannot stay held. Runs once per set of record declarations."""
        mark = self._registry_mark()
        if self.db.meta("sync_deferred_mark") == mark:
            return ()
        with self.db.atomic():
            rows = self.db.conn.execute(
                "SELECT tbl, row_id, field, value, hlc, device_id, agency_id, user, "
                "received_at FROM sync_deferred ORDER BY id").fetchall()
            self.db.conn.execute("DELETE FROM sync_deferred")
            applied = self._merge([Incoming(r[0], r[1], r[2], _from_json(r[3]), r[4], r[5],
                                            r[6], r[7], r[8]) for r in rows]) if rows else ()
            self.db.set_meta("sync_deferred_mark", mark)
        return applied

    def _registry_mark(self) -> str:
        names = ";".join(f"{t.table}:{','.join(t.names)}" for t in self.db.registry)
        return hashlib.sha256(names.encode()).hexdigest()[:16]

    def held_mark(self) -> tuple[int, int, int, int]:
        """How many changes are held back and refused, with the newest of each: whether the
        lists changed, without reading them."""
        row = self.db.conn.execute(
            "SELECT (SELECT count(*) FROM sync_deferred), (SELECT max(id) FROM sync_deferred), "
            "(SELECT count(*) FROM sync_refused), (SELECT max(id) FROM sync_refused)").fetchone()
        return (row[0], row[1] or 0, row[2], row[3] or 0)

    def refused(self) -> list[HeldChange]:
        """Our changes headquarters refused, newest first (the Sync area)."""
        rows = self.db.conn.execute(
            "SELECT tbl, row_id, field, value, reason, refused_at, id FROM sync_refused "
            "ORDER BY id DESC LIMIT 500").fetchall()
        return [HeldChange(r[0], r[1], r[2], _from_json(r[3]), r[4], r[5], r[6]) for r in rows]

    def discard_refused(self, ids: Iterable[int]) -> int:
        """Forget refused changes a person has read (or copied): how many went. The record
        keeps the value typed here; headquarters and the other laptops never had it."""
        wanted = [(int(i),) for i in ids]
        with self.db.atomic():
            before = self.db.conn.total_changes
            self.db.conn.executemany("DELETE FROM sync_refused WHERE id = ?", wanted)
            return self.db.conn.total_changes - before

    def _apply_record(self, spec: TableSpec, row_id: str, incoming: Mapping[str, Edit],
                      owner: str | None = None, author: str | None = None) -> Changes:
        """One record's incoming edits merged into its row. `owner`: the agency that owns
        it (kept on every laptop, whoever edited); `author`: who made the newest edit."""
        row = self.db.conn.execute(f"SELECT * FROM {spec.name} WHERE id = ?",
                                   (row_id,)).fetchone()
        clocks = {r[0]: (r[1], r[2]) for r in self.db.conn.execute(
            "SELECT field, hlc, device_id FROM field_clocks WHERE tbl = ? AND row_id = ?",
            (spec.name, row_id))}
        held: dict[str, Edit | None] = {}
        for name in incoming:
            current = row[name] if row is not None else None
            if name in clocks:
                held[name] = Edit(current, *clocks[name])
            elif row is not None and row["hlc_created"]:  # made here: stamped at creation
                held[name] = Edit(current, row["hlc_created"], self.db.device_id)
            else:
                held[name] = None  # never had it (a record sync made, before this field)
        outcome = merge(spec.record.rule, held, incoming, conflicts=False)
        winners = {name: spec.column(name, edit.value) for name, edit in outcome.taken.items()}
        if row is not None and owner and row["agency_id"] != owner:
            # Learnt from a newer server: whose record this is (older releases stored what
            # they received as their own agency's).
            self.db.conn.execute(f"UPDATE {spec.name} SET agency_id = ? WHERE id = ?",
                                 (owner, row_id))
            if not winners:
                return (Change(spec.name, row_id, "update", ()),)
        if not winners:
            return ()
        if spec.name == "sectors" and winners.get("code") and \
                self._loses_code_clash(row_id, str(winners["code"])):
            return ()
        newest = max(edit.hlc for edit in incoming.values())
        remote_user = author or "sync"
        if row is None:
            values = self._new_row(spec, row_id, winners, newest, owner, remote_user)
            columns = ", ".join(values)
            self.db.conn.execute(
                f"INSERT INTO {spec.name} ({columns}) VALUES ({', '.join('?' for _ in values)})",
                tuple(values.values()))
            op = "insert"
        else:
            sets = dict(winners)
            sets.update(updated_at=_iso(max(newest, row["hlc"])), updated_by=remote_user,
                        hlc=max(newest, row["hlc"]))
            if spec.derive:
                sets.update(spec.derive({**dict(row), **winners}))
            self.db.conn.execute(
                f"UPDATE {spec.name} SET {', '.join(f'{k} = ?' for k in sets)} WHERE id = ?",
                (*sets.values(), row_id))
            op = "update"
        self.db.conn.executemany(
            "INSERT INTO field_clocks(tbl, row_id, field, hlc, device_id) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(tbl, row_id, field) DO UPDATE SET hlc = excluded.hlc, "
            "device_id = excluded.device_id",
            [(spec.name, row_id, name, outcome.taken[name].hlc, outcome.taken[name].device)
             for name in winners])
        if spec.name == "survey_responses" and (
                op == "insert" or winners.keys() & {"answers", "form_id", "form_ref"}):
            # Answers encoded for summaries: local rows, never in the outbox.
            answers = outcome.taken["answers"].value if "answers" in winners else None
            self.db.surveys.index_response(row_id, answers if isinstance(answers, dict)
                                           else None)
        return (Change(spec.name, row_id, op, tuple(sorted(winners))),)

    def _new_row(self, spec: TableSpec, row_id: str, winners: Mapping[str, Any], newest: int,
                 owner: str | None, user: str) -> dict[str, Any]:
        """The row of a record sync makes here: what arrived, over the declared defaults."""
        # Fields not arrived yet start at their declared defaults ('' for required text).
        values: dict[str, Any] = {f.name: f.to_column(f.default) for f in spec.record.fields
                                  if f.default is not None}
        values.update(winners)
        at = _iso(newest)
        values.update(id=row_id, agency_id=owner or self.db.agency_id, created_at=at,
                      created_by=user, updated_at=at, updated_by=user, hlc_created=0, hlc=newest)
        values.setdefault("deleted", 0)
        if spec.derive:
            values.update(spec.derive(values))
        return values

    def _fresh(self, specs: Mapping[str, TableSpec],
               grouped: Mapping[tuple[str, str], Mapping[str, Edit]]) -> set[tuple[str, str]]:
        """The records of a page this laptop has never had: no row and no field clock. All
        they bring is taken (the merge against nothing), so they can be written many at a
        time (see `_insert_fresh`) instead of one savepoint and five statements each, which
        is most of a first pull. Sectors stay one by one: a new one may clash by code."""
        wanted: dict[str, list[str]] = {}
        for tbl, row_id in grouped:
            if tbl != "sectors":
                wanted.setdefault(tbl, []).append(row_id)
        fresh: set[tuple[str, str]] = set()
        for tbl, ids in wanted.items():
            known: set[str] = set()
            for at in range(0, len(ids), 500):
                chunk = ids[at:at + 500]
                marks = ", ".join("?" for _ in chunk)
                known.update(r[0] for r in self.db.conn.execute(
                    f"SELECT id FROM {specs[tbl].name} WHERE id IN ({marks})", chunk))
                known.update(r[0] for r in self.db.conn.execute(
                    f"SELECT DISTINCT row_id FROM field_clocks WHERE tbl = ? AND row_id IN "
                    f"({marks})", (tbl, *chunk)))
            fresh.update((tbl, row_id) for row_id in ids if row_id not in known)
        return fresh

    def _fresh_row(self, spec: TableSpec, row_id: str, incoming: dict[str, Edit],
                   owner: str | None, authors: Mapping[tuple[str, str, int], str]
                   ) -> _Fresh | None:
        """A new record's row, as `_apply_record` would insert it. Merged against nothing,
        every incoming edit is taken, whatever the rule (`records.merge`). None when a value
        cannot even be made a column: `_apply_record` then holds the record back, as ever."""
        newest = max(incoming.values(), key=lambda e: e.hlc)
        try:
            winners = {name: spec.column(name, edit.value) for name, edit in incoming.items()}
            values = self._new_row(spec, row_id, winners, newest.hlc, owner,
                                   authors.get((spec.name, row_id, newest.hlc)) or "sync")
        except UNSTORABLE:
            return None
        return _Fresh(spec, row_id, incoming, values)

    def _insert_fresh(self, run: list[_Fresh], applied: list[Change]) -> bool:
        """New records of one table with the same columns, written at once in one savepoint
        (rows, field clocks, survey answers encoded), exactly as `_apply_record` writes each.
        False, with nothing written, when one of them cannot be stored: the caller then
        applies them one by one, and only that one is held back."""
        spec = run[0].spec
        columns = list(run[0].values)
        try:
            with self.db.atomic():
                self.db.conn.executemany(
                    f"INSERT INTO {spec.name} ({', '.join(columns)}) "
                    f"VALUES ({', '.join('?' for _ in columns)})",
                    [tuple(one.values[c] for c in columns) for one in run])
                # In key order: the index grows at a few places, not at random ones.
                clocks = sorted((spec.name, one.row_id, name, edit.hlc, edit.device)
                                for one in run for name, edit in one.incoming.items())
                self.db.conn.executemany(
                    "INSERT INTO field_clocks(tbl, row_id, field, hlc, device_id) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT(tbl, row_id, field) DO UPDATE SET "
                    "hlc = excluded.hlc, device_id = excluded.device_id", clocks)
                if spec.name == "survey_responses":
                    for one in run:
                        answers = (one.incoming["answers"].value if "answers" in one.incoming
                                   else None)
                        self.db.surveys.index_response(
                            one.row_id, answers if isinstance(answers, dict) else None)
        except UNSTORABLE:
            return False
        # One tuple of names per set of fields, shared: a first pull's report keeps a Change
        # for each of the million records it made.
        shapes: dict[tuple[str, ...], tuple[str, ...]] = {}
        for one in run:
            names = tuple(sorted(one.incoming))
            applied.append(Change(spec.name, one.row_id, "insert", shapes.setdefault(names, names)))
        return True

    def _loses_code_clash(self, row_id: str, code: str) -> bool:
        """Two offices added the same sector: two records, one code. Headquarters keeps both,
        but a device holds one sector per code (unique index), so every device keeps the same
        one, the smallest id (the first made), and leaves the other out. True when `row_id`
        is the one left out; when it is the one kept, the other goes."""
        other = self.db.conn.execute("SELECT id FROM sectors WHERE code = ? AND id != ?",
                                     (code, row_id)).fetchone()
        if other is None:
            return False
        loser: str = max(other[0], row_id)
        self.db.conn.execute("DELETE FROM sectors WHERE id = ?", (loser,))
        self.db.conn.execute("DELETE FROM field_clocks WHERE tbl = 'sectors' AND row_id = ?",
                             (loser,))
        return loser == row_id

    # -- conflicts ----------------------------------------------------------------------------

    def record(self, table: str, record_id: str) -> dict[str, Any] | None:
        """One synced record's stored values (a conflict names it), or None."""
        spec = self.specs().get(table)
        if spec is None:
            return None
        row = self.db.conn.execute(f"SELECT * FROM {spec.name} WHERE id = ?",
                                   (record_id,)).fetchone()
        if row is None:
            return None
        return {name: spec.record.by_name[name].from_column(row[name])
                if name in spec.record.by_name else row[name]
                for name in row.keys()}  # noqa: SIM118 - a sqlite3.Row iterates values

    def open_conflicts(self) -> list[Conflict]:
        rows = self.db.conn.execute(
            "SELECT id, tbl, record_id, field, winner_value, winner_device, winner_hlc, "
            "loser_value, loser_device, loser_hlc, resolved, winner_user, loser_user "
            "FROM conflicts WHERE resolved = 0 AND deleted = 0 ORDER BY winner_hlc").fetchall()
        return [Conflict(r[0], r[1], r[2], r[3], _from_json(r[4]), r[5] or "", r[6] or 0,
                         _from_json(r[7]), r[8] or "", r[9] or 0, r[10], r[11] or "",
                         r[12] or "") for r in rows]

    def resolve_conflict(self, conflict_id: str, value: Any) -> Changes:
        """Keep one value (or a new one): an ordinary edit of the field, plus the conflict
        marked resolved — both sync to every device."""
        writer = self.db.smes.writer
        with self.db.atomic():
            row = writer.get_row(CONFLICT_SPEC, conflict_id)
            done: Changes = ()
            spec = self.specs().get(row["tbl"])
            if spec is not None and row["field"] in spec.fields:
                if spec.name == "smes":
                    done += self.db.smes.update(row["record_id"], {row["field"]: value})
                else:
                    done += writer.update(spec, row["record_id"], {row["field"]: value})
            done += writer.update(CONFLICT_SPEC, conflict_id, {"resolved": 1})
        return done


def _iso(hlc: int) -> str:
    from datetime import UTC, datetime

    ms = unpack(hlc)[0] if hlc else 0
    moment = datetime.fromtimestamp(ms / 1000, UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _encode_any(value: Any) -> str:
    """A held value as JSON text, whatever arrived (even what JSON itself refuses)."""
    try:
        return encode_json(value)
    except (TypeError, ValueError):
        return json.dumps(repr(value))


def _from_json(raw: str | None) -> Any:
    if raw is None:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return raw



