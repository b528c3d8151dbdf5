"""The Services and Inquiries lists across all SMEs: filters, sort, pages and the totals of the
whole filtered list (count, fees or orders by currency, inquiries from abroad).

A list is filtered on its own columns (type, date, staff, agency) and on its SME's (economy,
province, sector, name). No index of the schema serves those together, and reading 200,000
services with their SMEs costs a quarter of a second; so each connection keeps a digest of
every list it reads: one narrow row per service or inquiry with the SME's columns copied in,
in temporary tables of its own. Building one reads the records once (joined to their SMEs by
the SMEs' primary key); every filter, sort and total after that reads only the digest
(~15 ms at 200,000 rows), and a page's records are then read by their primary key. The digest
is built again once the data changed (another connection's commit, or this one's write).

The digest numbers the SMEs in name order (`k`) and is indexed by it and by date: a list by
SME or by date is read in that order, a search for a name that few SMEs have reads only
theirs, and a page by date is looked for among the first rows by date before the whole list
is read and sorted (a common filter fills it there at once). The first rows
of a whole list, newest first (what a list shows when it opens), are read from the records
themselves while there is no digest yet, so that they show before it is built.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, overload

from gmsdesk.text import fold

if TYPE_CHECKING:
    from gmsdesk.storage.db import Database

# Where an inquiry comes from, seen from its SME's economy.
ORIGINS = ("abroad", "domestic", "unknown")
# Inquiries from mainland China are domestic to an SME of Yunnan (economy code YN).
_SAME_ECONOMY = {"YN": ("YN", "CN")}


# -- queries ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActivityQuery:
    """What a list shows: filters on the record and on its SME, and the order. Dates are ISO
    ("2024-05-31"), both ends included. `text` is looked for in the SME's names (either
    script) as the SME list looks: a word of three characters or more anywhere, of two at the
    start of a word, one letter alone at the start of the name; `staff` anywhere in the
    staff's name. Case and accents aside."""

    text: str = ""
    date_from: str | None = None
    date_to: str | None = None
    country: str | None = None
    province: str | None = None
    sector: str | None = None
    agency: str | None = None
    staff: str = ""
    sort: str = "date"
    descending: bool = True  # newest first


@dataclass(frozen=True)
class ServiceQuery(ActivityQuery):
    type: str | None = None
    paid: bool | None = None


@dataclass(frozen=True)
class InquiryQuery(ActivityQuery):
    channel: str | None = None
    outcome: str | None = None
    origin: str | None = None  # one of ORIGINS


# -- rows and totals -------------------------------------------------------------------------


@dataclass(frozen=True)
class ServiceLine:
    """One service of the list, with its SME."""

    id: str
    sme_id: str
    sme_name: str
    sme_name_local: str | None
    country: str | None
    province: str | None
    sector: str | None
    agency_id: str
    type: str
    delivered_on: str | None
    staff: str | None
    fee: float | None
    currency: str | None
    paid: bool
    outcome: str | None
    notes: str | None


@dataclass(frozen=True)
class InquiryLine:
    """One inquiry of the list, with its SME; `origin` is one of ORIGINS."""

    id: str
    sme_id: str
    sme_name: str
    sme_name_local: str | None
    country: str | None
    province: str | None
    sector: str | None
    agency_id: str
    received_on: str | None
    from_country: str | None
    origin: str
    channel: str | None
    outcome: str | None
    order_value: float | None
    currency: str | None
    staff: str | None
    notes: str | None


@dataclass(frozen=True)
class FeeTotal:
    """Fees charged in one currency ("" when none was given): services charged, the sum of
    their fees, and of those paid and not yet paid."""

    currency: str
    services: int
    amount: float
    paid: float
    unpaid: float


@dataclass(frozen=True)
class ServiceTotals:
    count: int
    charged: int  # with a fee above 0
    free: int  # without a fee, or 0
    fees: tuple[FeeTotal, ...]  # by currency


@dataclass(frozen=True)
class OrderTotal:
    """Order values in one currency ("" when none was given)."""

    currency: str
    orders: int
    amount: float


@dataclass(frozen=True)
class InquiryTotals:
    count: int
    abroad: int
    domestic: int
    unknown: int  # where it came from, or the SME's economy, not recorded
    orders: int  # outcome "order"
    values: tuple[OrderTotal, ...]  # order values by currency


# -- what each list reads --------------------------------------------------------------------


@dataclass(frozen=True)
class _Kind:
    """One list: its table, its digest (`digest`, and `smes`, the SMEs it names, numbered in
    name order), how the digest is filled, its sorts and how its records are read."""

    table: str
    day: str  # the record's date column
    digest: str
    smes: str
    columns: str
    fill: str
    sorts: dict[str, str]
    read: str


# Sorts on the SME (`k` numbers the SMEs in name order) and on what both lists have.
_COMMON_SORTS = {
    "sme": "k",
    "country": "country, province",
    "province": "province",
    "sector": "sector",
    "agency": "agency",
    "staff": "staff COLLATE NOCASE",
}

_SERVICES = _Kind(
    table="services",
    day="delivered_on",
    digest="activity_services",
    smes="activity_services_smes",
    columns="r INTEGER PRIMARY KEY, day TEXT, type TEXT, staff TEXT, fee REAL, currency TEXT, "
            "paid INTEGER, agency TEXT, k INTEGER, country TEXT, province TEXT, sector TEXT",
    fill="SELECT s.rowid, s.delivered_on, s.type, s.staff, s.fee, s.currency, s.paid, "
         "s.agency_id, m.k, m.country, m.province, m.sector",
    # Amounts by currency first: dong and dollars are not compared.
    sorts={**_COMMON_SORTS, "date": "day", "type": "type", "fee": "currency, fee",
           "paid": "paid"},
    read="SELECT s.rowid, s.id, s.sme_id, m.name, m.name_local, m.country, m.province, "
         "m.sector, s.agency_id, s.type, s.delivered_on, s.staff, s.fee, s.currency, s.paid, "
         "s.outcome, s.notes FROM services s CROSS JOIN smes m ON m.id = s.sme_id",
)

# 1 from abroad, 0 domestic, NULL unknown: by the SME's economy (see `_SAME_ECONOMY`).
_ORIGIN = (
    "CASE WHEN coalesce(s.from_country, '') = '' OR coalesce(m.country, '') = '' THEN NULL "
    + "".join(f"WHEN m.country = '{economy}' THEN s.from_country NOT IN "
              f"({', '.join(repr(c) for c in same)}) "
              for economy, same in _SAME_ECONOMY.items())
    + "ELSE s.from_country != m.country END")

_INQUIRIES = _Kind(
    table="inquiries",
    day="received_on",
    digest="activity_inquiries",
    smes="activity_inquiries_smes",
    columns="r INTEGER PRIMARY KEY, day TEXT, from_country TEXT, origin INTEGER, channel TEXT, "
            "outcome TEXT, order_value REAL, currency TEXT, staff TEXT, agency TEXT, "
            "k INTEGER, country TEXT, province TEXT, sector TEXT",
    fill=f"SELECT s.rowid, s.received_on, s.from_country, {_ORIGIN}, s.channel, s.outcome, "
         "s.order_value, s.currency, s.staff, s.agency_id, m.k, m.country, m.province, "
         "m.sector",
    sorts={**_COMMON_SORTS, "date": "day", "from_country": "from_country",
           "origin": "origin", "channel": "channel", "outcome": "outcome",
           "order_value": "currency, order_value"},
    read=f"SELECT s.rowid, s.id, s.sme_id, m.name, m.name_local, m.country, m.province, "
         f"m.sector, s.agency_id, s.received_on, s.from_country, {_ORIGIN}, s.channel, "
         "s.outcome, s.order_value, s.currency, s.staff, s.notes "
         "FROM inquiries s CROSS JOIN smes m ON m.id = s.sme_id",
)

SERVICE_SORTS = tuple(_SERVICES.sorts)
INQUIRY_SORTS = tuple(_INQUIRIES.sorts)
_ORIGIN_NAMES = {1: "abroad", 0: "domestic", None: "unknown"}
_ORIGIN_CHECKS = {"abroad": "origin = 1", "domestic": "origin = 0", "unknown": "origin IS NULL"}
_READ_BATCH = 500  # records read at once by their rowids
_EVERYTHING = "1"  # the condition of a list without filters
# A name search that finds up to this many SMEs (or a tenth of the list's) reads just theirs.
_FEW_SMES = 200
# A page by date is first looked for among this many rows by date (see `page`).
_WALK = 8_000
# Pages of the temporary database a connection keeps in memory (KiB): a digest of 200,000
# records takes about 20 MiB, and SQLite's default of 2 MiB would read it back from disk.
TEMP_CACHE_KIB = 65_536


@dataclass
class _Digest:
    """A digest as built: the data version it holds (see `ActivityRepository._version`), and
    the staff names it holds (listed when a staff filter first asks)."""

    version: tuple[int, int]
    rows: int = 0
    smes: int = 0  # SMEs it names
    staff: list[tuple[str, str]] | None = None  # (name, folded)


class ActivityRepository:
    """The Services and Inquiries lists of this laptop's SMEs (not deleted), with the
    records that are not deleted."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._digests: dict[str, _Digest] = {}

    # -- reads --------------------------------------------------------------------------------

    @overload
    def page(self, query: ServiceQuery, offset: int = 0, limit: int = 100
             ) -> list[ServiceLine]: ...

    @overload
    def page(self, query: InquiryQuery, offset: int = 0, limit: int = 100
             ) -> list[InquiryLine]: ...

    def page(self, query: ActivityQuery, offset: int = 0, limit: int = 100
             ) -> list[ServiceLine] | list[InquiryLine]:
        """Rows `offset` to `offset + limit` of the list, in its order."""
        kind = _kind(query)
        with self._reading():
            if offset == 0 and query == type(query)(descending=query.descending) and (
                    not self._current(kind)):
                first = self._first_rows(kind, query.descending, limit)
                if first is not None:
                    return first
            self._ensure(kind)
            where, params, looked_up = self._where(kind, query)
            if query.sort == "date" and not looked_up and offset + limit <= _WALK // 20:
                # The first `_WALK` rows by date, filtered: enough for the page of a common
                # filter, or all there are. (SQLite reads the subquery as a co-routine, which
                # hands its rows on in its order; sorting them again would read all of them.)
                order = "day DESC, r DESC" if query.descending else "day, r"
                rowids = [r[0] for r in self.db.conn.execute(
                    f"SELECT r FROM (SELECT * FROM temp.{kind.digest} ORDER BY {order} "
                    f"LIMIT {_WALK}) WHERE {where} LIMIT ? OFFSET ?",
                    (*params, limit, offset))]
                if len(rowids) == limit or self._digests[kind.table].rows <= _WALK:
                    return self._lines(kind, rowids)
            rowids = [r[0] for r in self.db.conn.execute(
                f"SELECT r FROM temp.{kind.digest} WHERE {where} "
                f"ORDER BY {_order(kind, query, where)} LIMIT ? OFFSET ?",
                (*params, limit, offset))]
            return self._lines(kind, rowids)

    def _first_rows(self, kind: _Kind, descending: bool, limit: int) -> list[Any] | None:
        """The first rows of a whole list by date, read from its table (one pass, no join):
        None when too many of them are of SMEs deleted."""
        direction = "DESC" if descending else ""
        rowids = [r[0] for r in self.db.conn.execute(
            f"SELECT rowid FROM {kind.table} WHERE deleted = 0 ORDER BY {kind.day} "
            f"{direction}, rowid {direction} LIMIT ?", (2 * limit,))]
        lines = self._lines(kind, rowids)
        if len(lines) >= limit or len(rowids) < 2 * limit:
            return lines[:limit]
        return None

    def count(self, query: ActivityQuery) -> int:
        kind = _kind(query)
        with self._reading():
            self._ensure(kind)
            where, params, _ = self._where(kind, query)
            return int(self.db.conn.execute(
                f"SELECT count(*) FROM temp.{kind.digest} WHERE {where}", params).fetchone()[0])

    @overload
    def iterate(self, query: ServiceQuery, batch: int = _READ_BATCH
                ) -> Iterator[ServiceLine]: ...

    @overload
    def iterate(self, query: InquiryQuery, batch: int = _READ_BATCH
                ) -> Iterator[InquiryLine]: ...

    def iterate(self, query: ActivityQuery, batch: int = _READ_BATCH
                ) -> Iterator[ServiceLine] | Iterator[InquiryLine]:
        """Every row of the list, in its order, read a batch at a time (for export)."""
        kind = _kind(query)
        with self._reading():
            self._ensure(kind)
            where, params, _ = self._where(kind, query)
            rowids = [r[0] for r in self.db.conn.execute(
                f"SELECT r FROM temp.{kind.digest} WHERE {where} "
                f"ORDER BY {_order(kind, query, where)}", params)]
        return self._batches(kind, rowids, batch)  # type: ignore[return-value]

    def _batches(self, kind: _Kind, rowids: list[int], batch: int
                 ) -> Iterator[ServiceLine | InquiryLine]:
        for start in range(0, len(rowids), batch):
            yield from self._lines(kind, rowids[start:start + batch])

    @overload
    def totals(self, query: ServiceQuery) -> ServiceTotals: ...

    @overload
    def totals(self, query: InquiryQuery) -> InquiryTotals: ...

    def totals(self, query: ActivityQuery) -> ServiceTotals | InquiryTotals:
        """What the whole filtered list adds up to."""
        kind = _kind(query)
        conn = self.db.conn
        with self._reading():
            self._ensure(kind)
            where, params, _ = self._where(kind, query)
            source = f"temp.{kind.digest} WHERE {where}"
            if kind is _SERVICES:
                count, charged = conn.execute(
                    f"SELECT count(*), total(fee > 0) FROM {source}", params).fetchone()
                fees = conn.execute(
                    "SELECT coalesce(currency, ''), count(*), total(fee), "
                    "total(CASE WHEN paid THEN fee END), total(CASE WHEN paid THEN NULL ELSE "
                    f"fee END) FROM {source} AND fee > 0 GROUP BY 1 ORDER BY 1", params)
                return ServiceTotals(int(count), int(charged), int(count) - int(charged),
                                     tuple(FeeTotal(c, int(n), a, p, u)
                                           for c, n, a, p, u in fees))
            count, abroad, domestic, orders = conn.execute(
                f"SELECT count(*), total(origin = 1), total(origin = 0), "
                f"total(outcome = 'order') FROM {source}", params).fetchone()
            values = conn.execute(
                f"SELECT coalesce(currency, ''), count(*), total(order_value) FROM {source} "
                "AND order_value > 0 GROUP BY 1 ORDER BY 1", params)
            return InquiryTotals(int(count), int(abroad), int(domestic),
                                 int(count) - int(abroad) - int(domestic), int(orders),
                                 tuple(OrderTotal(c, int(n), a) for c, n, a in values))

    # -- the digest ---------------------------------------------------------------------------

    def _version(self) -> tuple[int, int]:
        """Changes since: by another connection, and by this one."""
        other = self.db.data_version()
        return other, self.db.conn.total_changes

    def _reading(self) -> _ReadTransaction:
        return _ReadTransaction(self.db)

    def _current(self, kind: _Kind) -> bool:
        """Whether the list's digest holds the data as they are."""
        digest = self._digests.get(kind.table)
        return digest is not None and digest.version == self._version()

    def _ensure(self, kind: _Kind) -> None:
        """Build the list's digest, unless the one built holds the data as they are."""
        before = self._version()
        digest = self._digests.get(kind.table)
        if digest is not None and digest.version == before:
            return
        conn = self.db.conn
        if not self._digests:
            conn.execute(f"PRAGMA temp.cache_size = -{TEMP_CACHE_KIB}")
        conn.execute(f"DROP TABLE IF EXISTS temp.{kind.digest}")
        conn.execute(f"DROP TABLE IF EXISTS temp.{kind.smes}")
        # The SMEs the list names (not deleted), numbered in name order: `k` sorts by SME.
        conn.execute(f"CREATE TEMP TABLE {kind.smes} (k INTEGER PRIMARY KEY, id TEXT NOT NULL, "
                     "country TEXT, province TEXT, sector TEXT, name_fold TEXT, "
                     "local_fold TEXT)")
        conn.execute(
            f"INSERT INTO temp.{kind.smes} (id, country, province, sector, name_fold, "
            "local_fold) SELECT m.id, m.country, m.province, m.sector, m.name_fold, "
            f"m.local_fold FROM (SELECT DISTINCT sme_id FROM {kind.table}) AS d "
            "CROSS JOIN smes m ON m.id = d.sme_id WHERE m.deleted = 0 "
            "ORDER BY m.name COLLATE NOCASE, m.rowid")
        conn.execute(f"CREATE UNIQUE INDEX temp.{kind.smes}_id ON {kind.smes} (id)")
        conn.execute(f"CREATE TEMP TABLE {kind.digest} ({kind.columns})")
        rows = conn.execute(
            f"INSERT INTO temp.{kind.digest} {kind.fill} FROM {kind.table} s "
            f"CROSS JOIN temp.{kind.smes} m ON m.id = s.sme_id WHERE s.deleted = 0").rowcount
        conn.execute(f"CREATE INDEX temp.{kind.digest}_k ON {kind.digest} (k)")
        conn.execute(f"CREATE INDEX temp.{kind.digest}_day ON {kind.digest} (day)")
        smes = conn.execute(f"SELECT max(k) FROM temp.{kind.smes}").fetchone()[0] or 0
        after = self._version()
        self._digests[kind.table] = _Digest(after, rows, smes)
        # A digest that held the data before this one was built still does: building wrote
        # only temporary tables.
        for other in self._digests.values():
            if other.version == before:
                other.version = after

    def _where(self, kind: _Kind, query: ActivityQuery
               ) -> tuple[str, tuple[Any, ...], bool]:
        """The digest rows a query wants, as SQL on the digest's columns; and whether it
        looks them up by SME in the digest's index (a name that few SMEs have)."""
        clauses: list[str] = [_EVERYTHING]
        params: list[Any] = []
        looked_up = False

        def equal(column: str, value: Any) -> None:
            if value is not None:
                clauses.append(f"{column} = ?")
                params.append(value)

        if query.date_from:
            clauses.append("day >= ?")
            params.append(query.date_from)
        if query.date_to:
            clauses.append("day <= ?")
            params.append(query.date_to)
        equal("country", query.country)
        equal("province", query.province)
        equal("sector", query.sector)
        equal("agency", query.agency)
        if isinstance(query, ServiceQuery):
            equal("type", query.type)
            if query.paid is not None:
                equal("paid", int(query.paid))
        if isinstance(query, InquiryQuery):
            equal("channel", query.channel)
            equal("outcome", query.outcome)
            if query.origin is not None:
                clauses.append(_ORIGIN_CHECKS.get(query.origin, "0"))
        words = fold(query.text).split()
        if words:
            # The SMEs with each word in either of their names: a few are looked up in the
            # digest's index, many are checked on each row it reads.
            checks, values = _name_checks(words)
            found = [r[0] for r in self.db.conn.execute(
                f"SELECT k FROM temp.{kind.smes} WHERE {checks}", values)]
            looked_up = len(found) <= max(_FEW_SMES, self._digests[kind.table].smes // 10)
            clauses.append(f"{'' if looked_up else '+'}k IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(found))
        staff = fold(query.staff)
        if staff:
            names = [name for name, folded in self._staff(kind) if staff in folded]
            clauses.append("staff IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(names))
        return " AND ".join(clauses), tuple(params), looked_up

    def _staff(self, kind: _Kind) -> list[tuple[str, str]]:
        """The staff names of the list's digest, each with its folded form (listed once)."""
        digest = self._digests[kind.table]
        if digest.staff is None:
            digest.staff = [(r[0], fold(r[0])) for r in self.db.conn.execute(
                f"SELECT DISTINCT staff FROM temp.{kind.digest} WHERE staff IS NOT NULL")]
        return digest.staff

    def _lines(self, kind: _Kind, rowids: Sequence[int]) -> list[Any]:
        """The records of the digest rows `rowids`, in that order."""
        if not rowids:
            return []
        rows = self.db.conn.execute(
            f"{kind.read} WHERE s.rowid IN (SELECT value FROM json_each(?)) AND m.deleted = 0",
            (json.dumps(list(rowids)),)).fetchall()
        by_rowid = {row[0]: row for row in rows}
        make = _service_line if kind is _SERVICES else _inquiry_line
        return [make(by_rowid[r]) for r in rowids if r in by_rowid]


class _ReadTransaction:
    """The digest and what is read from it see one state of the data: a read transaction,
    unless the connection is inside one already."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.began = False

    def __enter__(self) -> None:
        if not self.db.conn.in_transaction:
            self.db.conn.execute("BEGIN")
            self.began = True

    def __exit__(self, *exc: object) -> None:
        if self.began and self.db.conn.in_transaction:
            self.db.conn.execute("COMMIT")


def _name_checks(words: Sequence[str]) -> tuple[str, list[str]]:
    """SQL on an SME's folded names for the words searched (see `ActivityQuery`)."""
    if len(words) == 1 and len(words[0]) == 1:
        return "(substr(name_fold, 1, 1) = ? OR substr(local_fold, 1, 1) = ?)", [words[0]] * 2
    checks, values = [], []
    for word in words:
        if len(word) == 2 and not "\u3400" <= word[0] <= "\u9fff":  # Chinese has no spaces
            checks.append("(instr(' ' || name_fold, ?) > 0 OR instr(' ' || local_fold, ?) > 0)")
            values += [" " + word] * 2
        else:
            checks.append("(instr(name_fold, ?) > 0 OR instr(local_fold, ?) > 0)")
            values += [word] * 2
    return " AND ".join(checks), values


def _kind(query: ActivityQuery) -> _Kind:
    if isinstance(query, ServiceQuery):
        return _SERVICES
    if isinstance(query, InquiryQuery):
        return _INQUIRIES
    raise TypeError(f"not a list query: {query!r}")


def _order(kind: _Kind, query: ActivityQuery, where: str) -> str:
    """ORDER BY of a query; ties in the order the records came (the rowid). The digest's
    indexes give the order by SME or date of a whole list; a filtered one is read and sorted
    (walking an index for the few rows of a rare filter would read every row)."""
    direction = " DESC" if query.descending else ""
    keys = kind.sorts.get(query.sort, kind.sorts["date"]).split(", ")
    if where != _EVERYTHING:
        keys = ["+" + key if key in ("k", "day") else key for key in keys]
    return ", ".join(f"{key}{direction}" for key in [*keys, "r"])


def _service_line(row: Sequence[Any]) -> ServiceLine:
    values = list(row[1:])
    values[13] = bool(values[13])  # paid
    return ServiceLine(*values)


def _inquiry_line(row: Sequence[Any]) -> InquiryLine:
    values = list(row[1:])
    values[10] = _ORIGIN_NAMES[values[10]]
    return InquiryLine(*values)


__all__ = [
    "INQUIRY_SORTS", "ORIGINS", "SERVICE_SORTS", "ActivityQuery", "ActivityRepository",
    "FeeTotal", "InquiryLine", "InquiryQuery", "InquiryTotals", "OrderTotal", "ServiceLine",
    "ServiceQuery", "ServiceTotals",
]
