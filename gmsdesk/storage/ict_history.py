"""The ICT ladder's history: every change of an SME's ICT flags and tombstone and of an online
presence's kind, status and tombstone, dated, on every device.

Derived here from the synced values and their clocks, never synced itself and never typed
twice. A change is kept as it is written on this laptop (`RecordWriter`) or arrives from
headquarters (`SyncStore.apply_remote`), at the clock it was made with, whether or not it won the
merge (an older value is still a fact of its own time). So laptops that have seen the same
changes hold the same history, whatever order the changes came in, and applying a change twice
keeps it once. A record's earliest known clock is kept as its 'created' row. (What another
laptop can know is what headquarters relays: of a field edited twice in one pushed batch, the
later edit, and only edits that won the merge there.)

Days are the UTC dates of the clocks' times: every laptop dates a change alike, wherever its
clock's time zone is (an edit made before 7:00 in Phnom Penh is dated the day before).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cached_property, lru_cache
from itertools import groupby
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from gmsdesk.records.catalog import PRESENCES
from gmsdesk.storage.smes import ICT_FIELDS
from gmsdesk.sync.hlc import pack

if TYPE_CHECKING:
    from gmsdesk.storage.db import Database

ENABLED = True
"""Off only to measure what keeping the history costs (bench/history.py)."""

# The fields whose changes are kept, by table.
TRACKED: dict[str, frozenset[str]] = {
    "smes": frozenset((*ICT_FIELDS, "deleted")),
    "presences": frozenset(("kind", "status", "deleted")),
}
# What each flag puts an SME at on the ladder; its level is the highest (as the `ict_level`
# column of `smes` computes it: 0 traditional, 1 e-mail, 2 web presence, 3 e-business).
LEVEL_OF: dict[str, int] = {"uses_email": 1, "uses_website": 2, "uses_social_media": 2,
                            "uses_emarketplace": 3, "uses_online_payment": 3}
# An SME is online with one of these flags, or with a presence in one of these statuses.
WEB_FLAGS = ("uses_website", "uses_social_media", "uses_emarketplace", "uses_eprocurement")
ONLINE_STATUSES = ("registered", "displaying")
DEFAULT_STATUS = str(PRESENCES.by_name["status"].default)

# Rows are [table, id, field, clock, device, SME (None: a presence's, as the record holds it
# now), value, user]; the day is the clock's.
_INSERT = (
    "INSERT INTO ict_history(tbl, row_id, field, hlc, device_id, sme_id, value, day, user) "
    "VALUES (?1, ?2, ?3, ?4, ?5, coalesce(?6, (SELECT sme_id FROM presences WHERE id = ?2), ''), "
    "?7, date((?4 >> 16) / 1000, 'unixepoch'), ?8) "
    # Equal clocks on two laptops: the larger device id, as the merge decides.
    "ON CONFLICT(tbl, row_id, field, hlc) DO UPDATE SET value = excluded.value, "
    "device_id = excluded.device_id, user = excluded.user "
    "WHERE excluded.device_id > ict_history.device_id")
# A record's earliest clock, unless one as early is there already ([table, id, clock, device,
# SME, user]); later ones an earlier arrival left are deleted first.
_MARK = (
    "INSERT INTO ict_history(tbl, row_id, field, hlc, device_id, sme_id, value, day, user) "
    "SELECT ?1, ?2, 'created', ?3, ?4, coalesce(?5, (SELECT sme_id FROM presences "
    "WHERE id = ?2), ''), NULL, date((?3 >> 16) / 1000, 'unixepoch'), ?6 WHERE NOT EXISTS "
    "(SELECT 1 FROM ict_history WHERE tbl = ?1 AND row_id = ?2 AND field = 'created' "
    "AND hlc <= ?3)")
_KEY = itemgetter(0, 1, 2, 3)
_RECORD = itemgetter(0, 1)  # of an incoming change: table, id
_CLOCK = itemgetter(4, 5)  # clock, device
_EPOCH = date(1970, 1, 1)
_MS_PER_DAY = 86_400_000


@lru_cache(maxsize=4096)
def _day_text(number: int) -> str:
    return (_EPOCH + timedelta(days=number)).isoformat()


def day_of(hlc: int) -> str:
    """The UTC date of a clock's time, as stored in `day`."""
    return _day_text((hlc >> 16) // _MS_PER_DAY)


def _quoted(names: Iterable[str]) -> str:
    return ", ".join(f"'{name}'" for name in names)


def _level_case(column: str = "field") -> str:
    """SQL: what a flag named by `column` that is on puts an SME at (0 for others)."""
    whens = " ".join(f"WHEN '{name}' THEN {level}" for name, level in LEVEL_OF.items())
    return f"CASE {column} {whens} ELSE 0 END"


def level_of(flags: Mapping[str, Any]) -> int:
    """An SME's ICT level from its flags."""
    return max((level for name, level in LEVEL_OF.items() if flags.get(name)), default=0)


def start_of(day: date) -> int:
    """The first clock of a (UTC) day."""
    moment = datetime.combine(day, time(), UTC)
    return pack(int(moment.timestamp()) * 1000, 0)


def end_of(day: date) -> int:
    """The first clock after a (UTC) day."""
    return start_of(day + timedelta(days=1))


@dataclass(frozen=True)
class HistoryFilter:
    """Which SMEs a count covers, by what they are now (their agency and place)."""

    agency_id: str | None = None
    country: str | None = None
    province: str | None = None
    sector: str | None = None

    def sql(self, alias: str = "s") -> tuple[str, dict[str, Any]]:
        """The conditions on the SME (as `alias`), with their named parameters."""
        terms = {name: value for name, value in (
            ("agency_id", self.agency_id), ("country", self.country),
            ("province", self.province), ("sector", self.sector)) if value is not None}
        return ("".join(f" AND {alias}.{name} = :f_{name}" for name in terms),
                {f"f_{name}": value for name, value in terms.items()})


@dataclass(frozen=True)
class PresenceState:
    id: str
    kind: str
    name: str | None
    status: str


@dataclass(frozen=True)
class IctState:
    """An SME as of the end of a day: whether it was registered yet, its flags and level, and
    its presences that existed then."""

    sme_id: str
    day: date
    known: bool  # registered by then
    deleted: bool
    flags: Mapping[str, int]
    level: int
    presences: tuple[PresenceState, ...] = ()

    @property
    def online(self) -> bool:
        return self.known and not self.deleted and (
            any(self.flags.get(name) for name in WEB_FLAGS)
            or any(p.status in ONLINE_STATUSES for p in self.presences))


@dataclass(frozen=True)
class OnlineCount:
    day: date
    count: int
    ids: tuple[str, ...]


@dataclass(frozen=True)
class Move:
    """An SME that went up the ladder in a period: its level at the start (or when it was
    registered, if later) and at the end."""

    sme_id: str
    before: int
    after: int


@dataclass(frozen=True)
class TimelineEntry:
    """One change in an SME's ICT history, for display. `field` is a flag, 'kind', 'status',
    'deleted' or 'created'; `old` is None for a value the record was made with. `level` is the
    SME's level after the change, `previous_level` before it."""

    day: str
    hlc: int
    table: str
    record_id: str
    field: str
    old: Any
    new: Any
    who: str
    level: int
    previous_level: int
    kind: str | None = None  # a presence's kind and name (as they are now)
    name: str | None = None

    @property
    def step(self) -> bool:
        return self.level != self.previous_level


class IctHistory:
    """`db.ict_history`: keeping the history as changes are written and applied, and reading it."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @cached_property
    def available(self) -> bool:
        """The schema has the history (a file opened as an older release would has not)."""
        return self.db.has_table("ict_history")

    @property
    def enabled(self) -> bool:
        return ENABLED and self.available

    # -- keeping it ---------------------------------------------------------------------------

    def note_local(self, table: str, record_id: str, values: Mapping[str, Any], hlc: int, *,
                   created: bool = False) -> None:
        """A write on this laptop (inside its transaction): `values` are the columns it wrote,
        `created` when it made the record."""
        tracked = TRACKED.get(table)
        if tracked is None or not self.enabled:
            return
        device, user = self.db.device_id, self.db.user
        sme = record_id if table == "smes" else None
        rows = [(table, record_id, name, hlc, device, sme, value, user)
                for name, value in values.items() if name in tracked]
        if created:
            rows.append((table, record_id, "created", hlc, device, sme, None, user))
        if rows:
            self.db.conn.executemany(_INSERT, rows)
        if table == "presences" and "sme_id" in values and not created:
            self._follow_presences([(record_id,)])

    def note_remote(self, changes: Sequence[tuple[Any, ...]]) -> None:
        """Changes of tracked tables that arrived (`sync_store.Incoming`s: table, id, field,
        value as checked, clock, device, agency, user), after they were merged and stored:
        every change of a tracked field, won or lost, and each record's earliest clock as its
        'created' row (replacing a later one an earlier arrival left)."""
        if not changes or not self.enabled:
            return
        # A page holds a record's changes one after another: one step per run, not per change.
        first: dict[tuple[str, str], tuple[Any, ...]] = {}
        for key, run in groupby(changes, key=_RECORD):
            earliest = min(run, key=_CLOCK)
            seen = first.get(key)
            if seen is None or _CLOCK(earliest) < _CLOCK(seen):
                first[key] = earliest
        # Flags travel as 0/1 (or true/false, which SQLite stores as 1/0).
        rows = sorted(((c[0], c[1], c[2], c[4], c[5], c[1] if c[0] == "smes" else None, c[3],
                        c[7]) for c in changes if c[2] in TRACKED[c[0]]), key=_KEY)
        marks = sorted((c[0], c[1], c[4], c[5], c[1] if c[0] == "smes" else None, c[7])
                       for c in first.values())
        conn = self.db.conn
        if rows:
            conn.executemany(_INSERT, rows)  # in key order: the indexes grow at a few places
        conn.executemany("DELETE FROM ict_history WHERE tbl = ? AND row_id = ? AND "
                         "field = 'created' AND hlc > ?", [m[:3] for m in marks])
        conn.executemany(_MARK, marks)
        moved = [(c[1],) for c in changes if c[2] == "sme_id" and c[0] == "presences"]
        if moved:
            self._follow_presences(moved)

    def _follow_presences(self, ids: list[tuple[str]]) -> None:
        """A presence moved to another SME: its history goes with it."""
        self.db.conn.executemany(
            "UPDATE ict_history SET sme_id = p.sme_id FROM presences p WHERE p.id = ?1 AND "
            "ict_history.tbl = 'presences' AND ict_history.row_id = ?1 AND "
            "ict_history.sme_id != p.sme_id", ids)

    def restamped(self, moves: Sequence[tuple[int, str, str, int]]) -> None:
        """Pending edits re-stamped after headquarters corrected this laptop's clock ([new
        clock, table, id, old clock]): their history moves to the clock the others will see."""
        if not moves or not self.enabled:
            return
        self.db.conn.executemany(
            "UPDATE OR REPLACE ict_history SET hlc = ?1, day = ?6 "
            "WHERE tbl = ?2 AND row_id = ?3 AND hlc = ?4 AND device_id = ?5",
            [(*move, self.db.device_id, day_of(move[0])) for move in moves
             if move[1] in TRACKED])

    def renamed_device(self, old: str, new: str) -> None:
        """Enrolment gave this laptop its id: its own changes carry it here too."""
        if self.available:
            self.db.conn.execute("UPDATE ict_history SET device_id = ? WHERE device_id = ?",
                                 (new, old))

    # -- reading it ---------------------------------------------------------------------------

    def flags_on(self, sme_id: str, day: date) -> IctState:
        """The SME's flags, level and presences as of the end of `day`."""
        rows = self.db.conn.execute(
            "SELECT tbl, row_id, field, value FROM (SELECT tbl, row_id, field, value, "
            "row_number() OVER (PARTITION BY tbl, row_id, field ORDER BY hlc DESC, "
            "device_id DESC) AS n FROM ict_history WHERE sme_id = ? AND hlc < ?) WHERE n = 1",
            (sme_id, end_of(day))).fetchall()
        records: dict[tuple[str, str], dict[str, Any]] = {}
        for tbl, row_id, name, value in rows:
            records.setdefault((tbl, row_id), {})[name] = value
        own = records.pop(("smes", sme_id), {})
        flags = {name: int(own.get(name) or 0) for name in ICT_FIELDS}
        presences: list[PresenceState] = []
        current = {r[0]: (r[1], r[2]) for r in self.db.conn.execute(
            "SELECT id, kind, name FROM presences WHERE sme_id = ?", (sme_id,))}
        for (tbl, row_id), values in sorted(records.items()):
            if tbl == "presences" and "created" in values and values.get("deleted") != 1:
                kind, name = current.get(row_id, ("", None))
                presences.append(PresenceState(row_id, str(values.get("kind") or kind), name,
                                               str(values.get("status") or DEFAULT_STATUS)))
        return IctState(sme_id, day, "created" in own, own.get("deleted") == 1, flags,
                        level_of(flags), tuple(presences))

    def online_on(self, day: date, filters: HistoryFilter | None = None) -> OnlineCount:
        """SMEs with a web presence at the end of `day`: a website, social media,
        e-marketplace or e-procurement flag on, or a presence registered or displaying
        products; registered by then and not deleted."""
        where, params = (filters or HistoryFilter()).sql()
        web = _quoted(WEB_FLAGS)
        # A field's value at a moment is its row with the latest clock before it: the last of
        # its partition (no two rows of a field share a clock).
        rows = self.db.conn.execute(
            f"""
            WITH latest AS (
                SELECT tbl, row_id, sme_id, field, value FROM (
                    SELECT tbl, row_id, sme_id, field, value, lead(hlc) OVER (
                        PARTITION BY tbl, row_id, field ORDER BY hlc) IS NULL AS last
                    FROM ict_history
                    WHERE field IN ('created', 'deleted', 'status', {web}) AND day <= :day)
                WHERE last),
            records AS (
                SELECT tbl, max(sme_id) AS sme_id,
                       max(field = 'created') AND NOT max(field = 'deleted' AND value = 1)
                           AS alive,
                       max(field IN ({web}) AND value = 1) AS web,
                       coalesce(max(CASE WHEN field = 'status' THEN value END), :status)
                           AS status
                FROM latest GROUP BY tbl, row_id),
            smes_online AS (
                SELECT sme_id, max(tbl = 'smes' AND alive) AS alive,
                       max(tbl = 'smes' AND web OR tbl = 'presences' AND alive
                           AND status IN ({_quoted(ONLINE_STATUSES)})) AS online
                FROM records GROUP BY sme_id)
            SELECT o.sme_id FROM smes_online o JOIN smes s ON s.id = o.sme_id
            WHERE o.alive AND o.online {where} ORDER BY o.sme_id
            """, {"day": day.isoformat(), "status": DEFAULT_STATUS, **params}).fetchall()
        ids = tuple(r[0] for r in rows)
        return OnlineCount(day, len(ids), ids)

    def moved_up(self, since: date, until: date,
                 filters: HistoryFilter | None = None) -> list[Move]:
        """SMEs whose ICT level at the end of `until` is higher than at the start of `since`
        (or than when they were registered, if that was later), not deleted at the end."""
        where, params = (filters or HistoryFilter()).sql()
        # Per SME, its baseline moment `b`: the start of the period, or just after its
        # registration if later. A field's value at the baseline is its last row before `b`
        # (the next is at `b` or later, or there is none); at the end, its last row.
        rows = self.db.conn.execute(
            f"""
            WITH made AS (
                SELECT row_id AS sme_id, max(:start, min(hlc) + 1) AS b FROM ict_history
                WHERE tbl = 'smes' AND field = 'created' GROUP BY row_id
                HAVING min(hlc) < :end),
            facts AS (
                SELECT h.row_id AS sme_id, h.field, h.value, m.b, h.hlc,
                       lead(h.hlc) OVER (PARTITION BY h.row_id, h.field ORDER BY h.hlc)
                           AS next
                FROM ict_history h JOIN made m ON m.sme_id = h.row_id
                WHERE h.tbl = 'smes' AND h.hlc < :end
                AND h.field IN ({_quoted((*LEVEL_OF, "deleted"))})),
            levels AS (
                SELECT sme_id,
                       max(CASE WHEN hlc < b AND (next IS NULL OR next >= b) AND value = 1
                           THEN {_level_case()} ELSE 0 END) AS before,
                       max(CASE WHEN next IS NULL AND value = 1 THEN {_level_case()} ELSE 0 END)
                           AS after,
                       max(next IS NULL AND field = 'deleted' AND value = 1) AS gone
                FROM facts GROUP BY sme_id)
            SELECT l.sme_id, l.before, l.after FROM levels l JOIN smes s ON s.id = l.sme_id
            WHERE l.after > l.before AND NOT l.gone {where} ORDER BY l.sme_id
            """, {"start": start_of(since), "end": end_of(until), **params}).fetchall()
        return [Move(r[0], r[1], r[2]) for r in rows]

    def timeline(self, sme_id: str) -> list[TimelineEntry]:
        """The SME's ICT history in clock order, for display: each change of a flag, of its
        presences' kind and status, and of either's tombstone, with the value before it and
        the SME's level after it. Values a record was made with that say nothing (a flag off,
        not deleted, a presence's kind) are left out."""
        rows = self.db.conn.execute(
            "SELECT h.tbl, h.row_id, h.field, h.hlc, h.day, h.user, h.value, lag(h.value) "
            "OVER (PARTITION BY h.tbl, h.row_id, h.field ORDER BY h.hlc, h.device_id), "
            "p.kind, p.name FROM ict_history h LEFT JOIN presences p "
            "ON h.tbl = 'presences' AND p.id = h.row_id WHERE h.sme_id = ? "
            "ORDER BY h.hlc, h.device_id, h.tbl, h.row_id, h.field", (sme_id,)).fetchall()
        with_status = {(r[1], r[3]) for r in rows if r[0] == "presences" and r[2] == "status"}
        # Presences made without a status sent: they were at the declared default.
        defaulted = {r[1] for r in rows if r[0] == "presences" and r[2] == "created"
                     and (r[1], r[3]) not in with_status}
        flags: dict[str, Any] = {}
        level = 0
        out: list[TimelineEntry] = []
        for tbl, row_id, name, hlc, day, user, value, old, kind, title in rows:
            previous = level
            if tbl == "smes" and name in LEVEL_OF:
                flags[name] = value
                level = level_of(flags)
            if name == "created":
                if tbl == "presences":
                    if row_id not in defaulted:
                        continue  # the status it was made with says it
                    name, value = "status", DEFAULT_STATUS
            else:
                if old is None and name == "status" and row_id in defaulted:
                    old = DEFAULT_STATUS
                if value == old or (old is None and (name == "kind" or (
                        name != "status" and not value))):
                    continue  # no change, or a value it was made with that says nothing
            out.append(TimelineEntry(day, hlc, tbl, row_id, name, old, value, user or "",
                                     level, previous, kind, title))
        return out

    def count(self) -> int:
        """How many changes the history holds."""
        return int(self.db.conn.execute("SELECT count(*) FROM ict_history").fetchone()[0])
