"""The tables indicators are read from, kept in the database file and kept up to date as records
change, as DHIS2 keeps its analytics tables.

A digest (`Source`) is a narrow table `ind_<name>` with one row per thing counted (an SME
online, an enrolment, a service...), its economy, province, sector and agency copied in, made
by one set-based query of the records. Each row belongs to a key (`Source.key`: an SME, a
person, a service...), and the rows of a key are always made together.

The cube `ind_cube` holds each indicator's value parts (`Rule`) by calendar period (year,
quarter and month; for a stock, the month since when it holds) and by the five filter
dimensions (economy, province, agency, sector, sex), so a dashboard reads a few thousand cells
instead of hundreds of thousands of rows. Every part adds up across cells: counts, sums and
money do; a count of distinct SMEs, people or agencies does too, as each of them is in one
cell (its own place, sector, agency and sex).

Triggers on the records' tables note each changed record (and the parent a change moved a
record away from) in `ind_changed`, whoever writes: this laptop's forms, an import, a sync. The
next read brings the tables up to date from those notes: the keys each change touches are
worked out (`Source.affected`), their rows made again, and the cube cells they were and are
in corrected by what they counted before and count now. A digest with most of its keys
touched is made again whole. A digest whose definition changed (a new release, a user-defined
indicator edited) is made again whole (`ind_state` keeps each one's definition).

The digests and the cube live in a file of their own beside the database (`<name>-indicators`,
attached as `ind`): making them takes a write lock on that file only, so that saving a form or
applying a sync page never waits behind a minute of making them. Only the notes and their
triggers are in the database itself. The file is derived data: deleting it costs making the
tables again, nothing else, and a database put back from a backup must come without it
(`discard`).
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from gmsdesk.storage.db import Database

FILTER_DIMENSIONS = ("economy", "province", "agency", "sector", "sex")
# The cube's calendar grains: a month, a quarter, a year (a stock only by month).
GRAINS = {"M": "substr({d}, 1, 7)",
          "Q": "substr({d}, 1, 4) || '-Q' || ((CAST(substr({d}, 6, 2) AS INTEGER) + 2) / 3)",
          "Y": "substr({d}, 1, 4)"}
# The layout of the tables' file (its own tables, not the digests, whose definitions are kept
# in it): a file of another layout is made again.
FILE_VERSION = 2
# Pages of the tables' file a connection keeps in memory (KiB): a dashboard at headquarters
# reads some tens of MiB of the cube.
CACHE_KIB = 65_536
# Made again whole rather than key by key when more than this share of its rows is touched.
REBUILD_SHARE = 0.3
# A cube cell whose parts are all below this is empty (money adds and takes away in floats).
EMPTY = 1e-9
# The records whose changes the triggers note, with the columns naming a parent: when one
# changes (or the record goes), the old parent is noted too, under the name given.
WATCHED: dict[str, tuple[tuple[str, str], ...]] = {
    "smes": (),
    "people": (),
    "participants": (("person_id", "people"),),
    "module_progress": (("person_id", "people"),),
    "workshops": (("agency_id", "agencies"),),
    "events": (("agency_id", "agencies"),),
    "services": (("agency_id", "agencies"),),
    "inquiries": (),
    "presences": (("sme_id", "presences_sme"),),
    "agency_profiles": (),
    "survey_responses": (("supersedes", "survey_responses"),),
}
# An SME's ICT flags date the SME counts by their clocks.
_CLOCKED = ("uses_website", "uses_social_media", "uses_emarketplace", "uses_online_payment",
            "uses_eprocurement")
_ONLY = re.compile(r"\{only:([^}]+)\}")
_WHOLE = re.compile(r"\{whole:([^}]+)\}")
_MAIN_SCHEMA = ("CREATE TABLE IF NOT EXISTS main.ind_changed (tbl TEXT NOT NULL, id TEXT NOT NULL, "
                "PRIMARY KEY (tbl, id)) WITHOUT ROWID")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS ind.ind_lock (n INTEGER NOT NULL, day TEXT NOT NULL);
INSERT INTO ind.ind_lock SELECT 0, date('now', 'localtime')
    WHERE NOT EXISTS (SELECT 1 FROM ind.ind_lock);
CREATE TABLE IF NOT EXISTS ind.ind_state (
    source TEXT PRIMARY KEY, signature TEXT NOT NULL, codes TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS ind.ind_cube (
    code TEXT NOT NULL, grain TEXT NOT NULL, period TEXT NOT NULL, economy TEXT NOT NULL,
    province TEXT NOT NULL, agency TEXT NOT NULL, sector TEXT NOT NULL, sex TEXT NOT NULL,
    currency TEXT NOT NULL, a REAL NOT NULL, b REAL NOT NULL,
    PRIMARY KEY (code, grain, period, economy, province, agency, sector, sex, currency)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS ind.ind_rollup (
    code TEXT NOT NULL, grain TEXT NOT NULL, period TEXT NOT NULL, dim TEXT NOT NULL,
    value TEXT NOT NULL, currency TEXT NOT NULL, a REAL NOT NULL, b REAL NOT NULL,
    PRIMARY KEY (code, grain, period, dim, value, currency)
) WITHOUT ROWID
"""
_CUBE_KEY = "code, grain, period, economy, province, agency, sector, sex, currency"
_ROLLUP_KEY = "code, grain, period, dim, value, currency"


def tables_path(database: Path) -> Path:
    """The indicator tables' file of a database file."""
    return database.with_name(database.name + "-indicators")


def discard(database: Path) -> None:
    """Forget the indicator tables of a database file (before it is replaced, or after)."""
    for end in ("", "-wal", "-shm"):
        Path(f"{tables_path(database)}{end}").unlink(missing_ok=True)


@dataclass(frozen=True)
class Source:
    """A digest: its table's `columns`, filled with `rows` (one row per thing counted), whose
    `{only:EXPR}` marks say where rows are narrowed to the keys made again (EXPR: the key's
    column there). `key`: the column of the key (empty: made again whole when one of `tables`
    changed). `affected`: SQL of the keys the changes noted in temp.ind_touched(tbl, id) touch.
    `after`: digests `rows` reads; `params`: named parameters (":s0"...) of `rows`; `index`:
    columns to index (dates a period picks rows by, keys, what is counted distinct; "a, b"
    for both)."""

    name: str
    columns: str
    rows: str
    key: str = ""
    affected: str = ""
    tables: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    params: tuple[tuple[str, Any], ...] = ()
    index: tuple[str, ...] = ()
    keyed: bool = False  # the table is its primary key (a WITHOUT ROWID table)
    # SQL of records ((table, id)) whose rows change with the date alone, between the day the
    # tables were last brought up to date (:last) and today (:today): noted as changed then.
    dated: str = ""

    def fill(self, narrowed: bool) -> str:
        """`rows`, narrowed to the keys in temp.ind_keys or not (`{whole:SQL}` marks what
        only the whole digest wants)."""
        rows = _ONLY.sub(lambda m: f"AND {m[1]} IN (SELECT k FROM temp.ind_keys)"
                         if narrowed else "", self.rows)
        return _WHOLE.sub(lambda m: "" if narrowed else m[1], rows)


@dataclass(frozen=True)
class Rule:
    """What an indicator counts in its digest (`source`). `measure`: "rows", "distinct" (values
    of column `of`), "sum" (of `of`), "share" (of the rows, those where `of` holds), "mean" (of
    `of`), "money" (sum of `of` by `currency`) or "moved" (read from the ICT ladder's history).
    `where` picks the digest's rows; `day` is the date column that places a row in a period,
    or with `stock` the date since which it holds (counted as of the period's end); `dims`
    names each dimension's column; `record` is the column of the ids a drill-down lists."""

    code: str
    area: str
    title: str
    definition: str
    unit: str
    drill: str
    source: str
    measure: str
    of: str = ""
    where: str = ""
    day: str = "day"
    stock: bool = False
    dims: tuple[tuple[str, str], ...] = ()
    record: str = "rid"
    currency: str = "currency"
    builtin: bool = True
    id: str | None = None
    titles: tuple[tuple[str, str], ...] = ()
    editable: bool = False

    def column(self, dimension: str) -> str | None:
        return dict(self.dims).get(dimension)


def aggregates(rule: Rule, condition: str) -> list[str]:
    """SQL aggregates of the rule's value parts over the rows where `condition` holds (money:
    its amount, by a currency the caller groups by)."""
    when = f"CASE WHEN {condition} THEN"
    if rule.measure == "rows":
        return [f"count({when} 1 END)"]
    if rule.measure == "distinct":
        return [f"count(DISTINCT {when} {rule.of} END)"]
    if rule.measure in ("sum", "money"):
        return [f"total({when} {rule.of} END)"]
    if rule.measure == "share":
        return [f"count(CASE WHEN ({condition}) AND ({rule.of}) THEN 1 END)",
                f"count({when} 1 END)"]
    if rule.measure == "mean":
        return [f"total({when} {rule.of} END)", f"count({when} {rule.of} END)"]
    if rule.measure == "moved":  # over the SMEs that moved (see `moved`), one row each
        return [f"count({when} 1 END)"]
    raise ValueError(rule.measure)


def calendar(start: str | None, end: str | None) -> tuple[str, str] | None:
    """The cube's grain and period for a year, a quarter or a month (None for any other span)."""
    if not start or not end or len(start) != 10 or len(end) != 10 or start[:4] != end[:4]:
        return None
    if start[5:] == "01-01" and end[5:] == "12-31":
        return "Y", start[:4]
    first, last = start[5:7], end[5:7]
    if start[8:] != "01" or not first.isdigit() or not last.isdigit():
        return None
    if end != _month_end(end[:7]):
        return None
    if first == last:
        return "M", start[:7]
    if int(first) % 3 == 1 and int(last) == int(first) + 2:
        return "Q", f"{start[:4]}-Q{(int(first) + 2) // 3}"
    return None


def month_end(end: str | None) -> str | None:
    """The month of a stock's last day if it is a month's last day ('' for no end), else None."""
    if end is None:
        return ""
    return end[:7] if len(end) == 10 and end == _month_end(end[:7]) else None


def _month_end(month: str) -> str:
    try:
        y, m = int(month[:4]), int(month[5:7])
    except ValueError:
        return ""
    if not 1 <= m <= 12:
        return ""
    following = (y + m // 12) * 12 + m % 12  # the next month, counted from year 0
    last = date(following // 12, following % 12 + 1, 1) - timedelta(days=1)
    return last.isoformat()


def cubed(rule: Rule) -> bool:
    return bool(rule.source)


def moved(table: str, where: str) -> str:
    """SQL: the SMEs of a digest of ICT-ladder moves (rid, at, before, level, gone, and the
    SME's place) whose level after their last change among the rows where `where` holds is
    higher than before their first, and not deleted after it; with their place."""
    return (f"SELECT f.rid, f.economy, f.province, f.sector, f.sme_agency, f.day FROM "
            f"(SELECT rid, min(at), before, economy, province, sector, sme_agency, day "
            f"FROM {table} WHERE {where} GROUP BY rid) f JOIN "
            f"(SELECT rid, max(at), level, gone FROM {table} WHERE {where} GROUP BY rid) l "
            f"ON l.rid = f.rid WHERE l.level > f.before AND NOT l.gone")


def _dimension(rule: Rule, name: str) -> str:
    column = rule.column(name)
    return f"coalesce(CAST({column} AS TEXT), '')" if column else "''"


def _contribution(rule: Rule, table: str, units: str, sign: int) -> str:
    """SQL putting into temp.ind_delta what the digest's rows of `units` (a condition, "" for
    all rows) count for the rule, cell by cell, to add (sign 1) or take away (-1)."""
    dims = ", ".join(_dimension(rule, d) for d in FILTER_DIMENSIONS)
    money = rule.measure == "money"
    currency = f"coalesce({rule.currency}, '')" if money else "''"
    parts = aggregates(rule, "1")
    a, b = parts[0], parts[1] if len(parts) > 1 else "0"
    where = " AND ".join(f"({t})" for t in (f"{rule.day} IS NOT NULL", rule.where, units,
                                            f"{rule.of} IS NOT NULL" if money else "") if t)
    grains = ("M",) if rule.stock else tuple(GRAINS)
    if rule.measure == "moved":
        return "INSERT INTO temp.ind_delta SELECT '{}', * FROM ({})".format(
            rule.code, " UNION ALL ".join(_moved_cells(rule, table, units, g, dims, sign)
                                          for g in grains))
    selects = " UNION ALL ".join(
        f"SELECT '{g}' AS g, {GRAINS[g].format(d=rule.day)} AS p, {dims}, {currency}, "
        f"{sign} * {a}, {sign} * {b} FROM {table} WHERE {where} "
        f"GROUP BY p, {', '.join(str(i) for i in range(3, 3 + len(FILTER_DIMENSIONS) + 1))}"
        for g in grains)
    return f"INSERT INTO temp.ind_delta SELECT '{rule.code}', * FROM ({selects})"


# The cube's cells added up over all filter dimensions but these (none: all), for a dashboard
# with no filter, one, or an economy and a province (most): a few cells per period instead of
# thousands. Named by the dimensions joined by ",", valued by theirs joined by ROLLUP_SEP.
ROLLUPS: tuple[tuple[str, ...], ...] = ((), *((d,) for d in FILTER_DIMENSIONS),
                                        ("economy", "province"))
ROLLUP_SEP = "\x1f"
_ADD = " ON CONFLICT({key}) DO UPDATE SET a = a + excluded.a, b = b + excluded.b"


def _rolled(dims: tuple[str, ...]) -> str:
    return " || char(31) || ".join(dims) or "''"


_APPLY = (
    f"INSERT INTO ind.ind_cube({_CUBE_KEY}, a, b) SELECT * FROM temp.ind_delta WHERE true"
    + _ADD.format(key=_CUBE_KEY),
    *(f"INSERT INTO ind.ind_rollup({_ROLLUP_KEY}, a, b) SELECT code, grain, period, "
      f"'{','.join(dims)}', {_rolled(dims)}, currency, total(a), total(b) FROM temp.ind_delta "
      f"WHERE true GROUP BY code, grain, period, {_rolled(dims)}, currency"
      + _ADD.format(key=_ROLLUP_KEY) for dims in ROLLUPS))


def _moved_cells(rule: Rule, table: str, units: str, grain: str, dims: str, sign: int) -> str:
    """SQL: the SMEs that moved up the ICT ladder within each period of `grain` (their first
    and last change in it), by period and cell."""
    rows = (f"(SELECT *, {GRAINS[grain].format(d=rule.day)} AS p FROM {table} "
            f"WHERE {units or 1})")
    return (f"SELECT '{grain}', f.p, {dims}, '', {sign} * count(*), 0 FROM "
            f"(SELECT rid, p, min(at), before, economy, province, sector, sme_agency "
            f"FROM {rows} GROUP BY rid, p) f JOIN "
            f"(SELECT rid, p, max(at), level, gone FROM {rows} GROUP BY rid, p) l "
            f"ON l.rid = f.rid AND l.p = f.p WHERE l.level > f.before AND NOT l.gone "
            f"GROUP BY f.p, {', '.join(str(i) for i in range(3, 3 + len(FILTER_DIMENSIONS)))}")


def _hash(*parts: object) -> str:
    return hashlib.sha1(repr(parts).encode()).hexdigest()[:16]


@lru_cache(maxsize=8)
def _signatures(sources: tuple[Source, ...], rules: tuple[Rule, ...]
                ) -> tuple[tuple[str, str], ...]:
    out: dict[str, str] = {}
    for source in _order({s.name: s for s in sources}):
        own = sorted((r.code, _contribution(r, "t", "", 1)) for r in rules
                     if r.source == source.name and cubed(r))
        out[source.name] = _hash(source, [out[n] for n in source.after], own)
    return tuple(out.items())


def _note(table: str, row: str, when: str = "") -> str:
    """Trigger SQL noting a record as changed. Not INSERT OR IGNORE: a trigger's statements
    take the conflict handling of the statement that fired it (an upsert's is to fail)."""
    return (f"INSERT INTO ind_changed SELECT '{table}', {row} WHERE {row} IS NOT NULL{when} "
            f"AND NOT EXISTS (SELECT 1 FROM ind_changed WHERE tbl = '{table}' AND id = {row});")


@lru_cache(maxsize=1)
def _trigger_sql() -> tuple[str, ...]:
    out: list[str] = []
    for table, parents in WATCHED.items():
        def noted(row: str, changed: bool, table: str = table,
                  parents: tuple[tuple[str, str], ...] = parents) -> str:
            lines = [_note(table, f"{row}.id")]
            for column, parent in parents:
                moved = f" AND OLD.{column} IS NOT NEW.{column}" if changed else ""
                lines.append(_note(parent, f"OLD.{column}", moved))
            return " ".join(lines)

        out.append(f"CREATE TRIGGER main.ind_{{v}}_{table}_insert AFTER INSERT ON {table} "
                   f"BEGIN {_note(table, 'NEW.id')} END")
        out.append(f"CREATE TRIGGER main.ind_{{v}}_{table}_update AFTER UPDATE ON {table} "
                   f"BEGIN {noted('NEW', True)} END")
        out.append(f"CREATE TRIGGER main.ind_{{v}}_{table}_delete AFTER DELETE ON {table} "
                   f"BEGIN {noted('OLD', False)} END")
    flags = ", ".join(f"'{f}'" for f in _CLOCKED)
    for event in ("INSERT", "UPDATE"):
        out.append(f"CREATE TRIGGER main.ind_{{v}}_field_clocks_{event.lower()} AFTER "
                   f"{event} ON field_clocks WHEN NEW.tbl = 'smes' AND NEW.field IN ({flags}) "
                   f"BEGIN {_note('smes', 'NEW.row_id')} END")
    # A change of an SME's ICT flags that lost the merge is in its history, not in the SME.
    for event in ("INSERT", "UPDATE OF hlc, value"):
        out.append(f"CREATE TRIGGER main.ind_{{v}}_ict_history_{event.split()[0].lower()} "
                   f"AFTER {event} ON ict_history WHEN NEW.tbl = 'smes' "
                   f"BEGIN {_note('smes', 'NEW.row_id')} END")
    # Each trigger's name carries the version of them all: the names say what is installed.
    version = _hash(out)[:8]
    return tuple(t.replace("{v}", version) for t in out)


def _trigger_names() -> frozenset[str]:
    return frozenset(t.split()[2].removeprefix("main.") for t in _trigger_sql())


def _order(sources: Mapping[str, Source]) -> list[Source]:
    """The digests, each after those it reads."""
    done: list[Source] = []
    seen: set[str] = set()

    def visit(source: Source) -> None:
        if source.name in seen:
            return
        seen.add(source.name)
        for name in source.after:
            visit(sources[name])
        done.append(source)

    for source in sources.values():
        visit(source)
    return done


class IndicatorTables:
    """Keeping the indicator tables up to date (`update`), on one connection."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._attached = False

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    def attach(self) -> None:
        """Open the tables' file on this connection (made, private, the first time)."""
        if self._attached:
            return
        path = tables_path(self.db.path)
        path.touch(mode=0o600, exist_ok=True)
        self.conn.execute("ATTACH DATABASE ? AS ind", (str(path),))
        version = self.conn.execute("PRAGMA ind.user_version").fetchone()[0]
        if version != FILE_VERSION and self.conn.execute(
                "SELECT 1 FROM ind.sqlite_master LIMIT 1").fetchone():
            # Made by another release: derived data, made again.
            self.conn.execute("DETACH DATABASE ind")
            discard(self.db.path)
            path.touch(mode=0o600, exist_ok=True)
            self.conn.execute("ATTACH DATABASE ? AS ind", (str(path),))
        self.conn.execute("PRAGMA ind.journal_mode = WAL")
        self.conn.execute("PRAGMA ind.synchronous = NORMAL")
        self.conn.execute(f"PRAGMA ind.cache_size = -{CACHE_KIB}")
        for statement in _SCHEMA.split(";"):
            if statement.strip():
                self.conn.execute(statement)
        self.conn.execute(f"PRAGMA ind.user_version = {FILE_VERSION}")
        self._attached = True

    # -- what is wanted ---------------------------------------------------------------------

    @staticmethod
    def signatures(sources: Mapping[str, Source], rules: Sequence[Rule]) -> dict[str, str]:
        """Each digest's definition (with those it reads, and the rules counting in it)."""
        return dict(_signatures(tuple(sources.values()), tuple(rules)))

    def _installed(self) -> frozenset[str]:
        return frozenset(r[0] for r in self.conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'trigger' AND "
            "name LIKE 'ind\\_%' ESCAPE '\\'"))

    def current(self, sources: Mapping[str, Source], rules: Sequence[Rule]) -> bool:
        """The tables hold the records as they are (a read: no write lock taken)."""
        self.attach()
        if self._installed() != _trigger_names():
            return False
        if self.conn.execute("SELECT 1 FROM main.ind_changed LIMIT 1").fetchone():
            return False
        if self.conn.execute("SELECT day != date('now', 'localtime') FROM ind.ind_lock"
                             ).fetchone()[0]:
            return False  # what the date alone changes is not in yet
        state = dict(self.conn.execute("SELECT source, signature FROM ind.ind_state").fetchall())
        return state == self.signatures(sources, rules)

    # -- keeping them up -------------------------------------------------------------------

    def update(self, sources: Mapping[str, Source], rules: Sequence[Rule],
               progress: Callable[[str, int, int], None] | None = None) -> None:
        """Bring the tables up to date: those not made (or made by another definition) whole,
        each in its own transaction (so that what was made stays made if a later one is
        stopped), then the changes noted since, in one."""
        if self.current(sources, rules):
            return
        wanted = self.signatures(sources, rules)
        if self._installed() != _trigger_names():
            # The notes' table and the triggers, in the database itself (briefly locked).
            with _Writing(self.conn, main=True):
                self.conn.execute(_MAIN_SCHEMA)
                for name in self._installed():
                    self.conn.execute(f"DROP TRIGGER main.{name}")
                for statement in _trigger_sql():
                    self.conn.execute(statement)
            # What was written before the triggers were in place is not in the notes.
            with _Writing(self.conn):
                self.conn.execute("DELETE FROM ind.ind_state")
        with _Writing(self.conn):
            state = dict(self.conn.execute(
                "SELECT source, signature FROM ind.ind_state").fetchall())
            for name, codes in self.conn.execute(
                    "SELECT source, codes FROM ind.ind_state").fetchall():
                if wanted.get(name) != state.get(name):
                    self._drop(name, codes.split(",") if codes else [])
        by_name = {s.name: s for s in _order(sources)}
        whole = [s for s in by_name.values() if state.get(s.name) != wanted[s.name]]
        for done, source in enumerate(whole):
            if progress is not None:
                progress(source.name, done, len(whole))
            with _Writing(self.conn):
                self._build(source, self._rules(source, rules), wanted[source.name])
        if progress is not None and whole:
            progress("", len(whole), len(whole))
        with _Writing(self.conn):
            self._apply_changes(list(by_name.values()), rules)
        # The notes worked off go (in the database itself, briefly locked); one written since
        # stays for the next time.
        with _Writing(self.conn, main=True):
            self.conn.execute("DELETE FROM main.ind_changed WHERE (tbl, id) IN "
                              "(SELECT tbl, id FROM temp.ind_touched)")

    @staticmethod
    def _rules(source: Source, rules: Iterable[Rule]) -> list[Rule]:
        return [r for r in rules if r.source == source.name and cubed(r)]

    def _drop(self, name: str, codes: Sequence[str]) -> None:
        self.conn.execute(f"DROP TABLE IF EXISTS ind.ind_{name}")
        self._drop_cells(codes)
        self.conn.execute("DELETE FROM ind.ind_state WHERE source = ?", (name,))

    def _drop_cells(self, codes: Sequence[str]) -> None:
        for table in ("ind_cube", "ind_rollup"):
            self.conn.executemany(f"DELETE FROM ind.{table} WHERE code = ?",
                                  [(c,) for c in codes])

    def _count(self, contributions: Iterable[str]) -> None:
        """Add what the contributions put in temp.ind_delta to the cube and its roll-ups."""
        conn = self.conn
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS ind_delta AS SELECT * FROM ind.ind_cube "
                     "LIMIT 0")
        conn.execute("DELETE FROM temp.ind_delta")
        for sql in contributions:
            conn.execute(sql)
        for sql in _APPLY:
            conn.execute(sql)

    def _build(self, source: Source, rules: Sequence[Rule], signature: str) -> None:
        """Make the digest and its rules' cells whole."""
        conn = self.conn
        old = conn.execute("SELECT codes FROM ind.ind_state WHERE source = ?",
                           (source.name,)).fetchone()
        self._drop(source.name, (old[0].split(",") if old and old[0] else []))
        self._drop_cells([r.code for r in rules])
        table = f"ind_{source.name}"
        conn.execute(f"CREATE TABLE ind.{table} ({source.columns})"
                     + (" WITHOUT ROWID" if source.keyed else ""))
        conn.execute(f"INSERT INTO ind.{table} {source.fill(False)}", dict(source.params))
        for columns in source.index:
            name = "_".join(c.strip() for c in columns.split(","))
            conn.execute(f"CREATE INDEX ind.{table}_{name} ON {table}({columns})")
        self._count(_contribution(rule, f"ind.{table}", "", 1) for rule in rules)
        conn.execute("INSERT OR REPLACE INTO ind.ind_state VALUES (?, ?, ?)",
                     (source.name, signature, ",".join(r.code for r in rules)))

    def _apply_changes(self, sources: Sequence[Source], rules: Sequence[Rule]) -> None:
        conn = self.conn
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS ind_touched (tbl TEXT, id TEXT, "
                     "PRIMARY KEY (tbl, id)) WITHOUT ROWID")
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS ind_keys (k TEXT PRIMARY KEY) "
                     "WITHOUT ROWID")
        conn.execute("DELETE FROM temp.ind_touched")
        conn.execute("INSERT INTO temp.ind_touched SELECT tbl, id FROM main.ind_changed "
                     "WHERE id IS NOT NULL")
        # Records whose rows the date alone changes, since the day they were last brought up
        # to date (not in the notes: kept here only, for the rows of this file).
        last, today = conn.execute("SELECT day, date('now', 'localtime') FROM ind.ind_lock"
                                   ).fetchone()
        if last != today:
            for dated in sorted({s.dated for s in sources if s.dated}):
                conn.execute(f"INSERT OR IGNORE INTO temp.ind_touched {dated}",
                             {"last": last, "today": today})
            conn.execute("UPDATE ind.ind_lock SET day = ?", (today,))
        tables = {r[0] for r in conn.execute("SELECT DISTINCT tbl FROM temp.ind_touched")}
        if not tables:
            return
        signature = dict(conn.execute("SELECT source, signature FROM ind.ind_state").fetchall())
        for source in sources:
            if not tables & set(source.tables):
                continue
            own = self._rules(source, rules)
            table = f"ind_{source.name}"
            if not source.key:
                self._build(source, own, signature[source.name])
                continue
            conn.execute("DELETE FROM temp.ind_keys")
            conn.execute(f"INSERT OR IGNORE INTO temp.ind_keys SELECT k FROM ({source.affected}) "
                         "WHERE k IS NOT NULL")
            keys = conn.execute("SELECT count(*) FROM temp.ind_keys").fetchone()[0]
            if not keys:
                continue
            size = conn.execute(f"SELECT max(rowid) FROM ind.{table}").fetchone()[0] \
                if not source.keyed else None
            if size is not None and keys > REBUILD_SHARE * size:
                self._build(source, own, signature[source.name])
                continue
            self._replace(source, own)

    def _replace(self, source: Source, rules: Sequence[Rule]) -> None:
        """The rows of the keys in temp.ind_keys made again, and the cells they counted in
        corrected: what the things they count (the keys, or for a distinct count the things
        counted) counted before is taken away, what they count now added."""
        conn = self.conn
        table = f"ind.ind_{source.name}"
        conn.execute("DROP TABLE IF EXISTS temp.ind_new")
        conn.execute(f"CREATE TEMP TABLE ind_new AS SELECT * FROM {table} LIMIT 0")
        conn.execute(f"INSERT INTO temp.ind_new {source.fill(True)}", dict(source.params))
        units: list[str] = []
        for i, rule in enumerate(rules):
            if rule.measure != "distinct" or rule.of == source.key:
                units.append(f"{source.key} IN (SELECT k FROM temp.ind_keys)")
                continue
            conn.execute(f"DROP TABLE IF EXISTS temp.ind_units{i}")
            conn.execute(f"CREATE TEMP TABLE ind_units{i} (u TEXT PRIMARY KEY) WITHOUT ROWID")
            conn.execute(
                f"INSERT OR IGNORE INTO temp.ind_units{i} SELECT {rule.of} FROM {table} "
                f"WHERE {source.key} IN (SELECT k FROM temp.ind_keys) AND {rule.of} IS NOT NULL "
                f"UNION SELECT {rule.of} FROM temp.ind_new WHERE {rule.of} IS NOT NULL")
            units.append(f"{rule.of} IN (SELECT u FROM temp.ind_units{i})")
        self._count(_contribution(rule, table, unit, -1)
                    for rule, unit in zip(rules, units, strict=True))
        conn.execute(f"DELETE FROM {table} WHERE {source.key} IN (SELECT k FROM temp.ind_keys)")
        conn.execute(f"INSERT INTO {table} SELECT * FROM temp.ind_new")
        self._count(_contribution(rule, table, unit, 1)
                    for rule, unit in zip(rules, units, strict=True))
        for cells in ("ind_cube", "ind_rollup"):
            conn.executemany(f"DELETE FROM ind.{cells} WHERE code = ? AND abs(a) < {EMPTY} "
                             f"AND abs(b) < {EMPTY}", [(r.code,) for r in rules])
        conn.execute("DROP TABLE temp.ind_new")


class _Writing:
    """A write transaction on the tables' file (or with `main`, on the database itself), its
    lock taken at once, so that no other writer comes between the reads and the writes;
    committed on success, rolled back otherwise. Inside a transaction already: a savepoint."""

    def __init__(self, conn: sqlite3.Connection, main: bool = False) -> None:
        self.conn = conn
        self.main = main
        self.nested = False

    def __enter__(self) -> None:
        self.nested = self.conn.in_transaction
        if self.nested:
            self.conn.execute("SAVEPOINT ind_update")
        elif self.main:
            self.conn.execute("BEGIN IMMEDIATE")
        else:
            # BEGIN IMMEDIATE would lock the database too; a write to the tables' file
            # locks that file alone.
            self.conn.execute("BEGIN")
            self.conn.execute("UPDATE ind.ind_lock SET n = n + 1")

    def __exit__(self, kind: type[BaseException] | None, *exc: object) -> None:
        if self.nested:
            if kind is not None:
                self.conn.execute("ROLLBACK TO ind_update")
            self.conn.execute("RELEASE ind_update")
            return
        if self.conn.in_transaction:
            self.conn.execute("COMMIT" if kind is None else "ROLLBACK")


__all__ = ["FILTER_DIMENSIONS", "ROLLUPS", "ROLLUP_SEP", "IndicatorTables", "Rule", "Source",
           "aggregates", "calendar", "cubed", "discard", "month_end", "moved", "tables_path"]
