"""Services and Inquiries lists benchmark: a headquarters laptop's database with 200,000
services and 200,000 inquiries across demo SMEs; first page, every change of filter and every
keystroke of the SME-name and staff searches, and the totals of the whole filtered list.

    python bench/activity.py [--smes 40000] [--rows 200000] [--agencies 12] [--keep]

Builds (or reuses, with --keep) a database under bench/out/: SMEs from the demo generator,
spread over agencies as a headquarters laptop receives them; services and inquiries by plain
inserts (demo values, not validated one by one). Then, for each list:
  1. in a fresh process, from the click on the tab of the real window (offscreen) to its first
     rows shown, and to its totals shown;
  2. on a fresh connection as the list's loader opens it: the first page (a screenful, read
     from the table; then the rest of the page, for which the list's digest is built), the
     first rows again after another connection wrote a record;
  3. per change of filter (type, channel, outcome, origin, dates, economy, province, sector,
     agency, sort, a page far down) and per keystroke of typical SME-name and staff searches:
     the first screenful; and the totals of each of those lists.
Targets: first page < 1 s, per filter change p95 < 50 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "out"

AGENCIES = [
    ("kh-pp", "Phnom Penh Chamber of Commerce"), ("kh-sr", "Siem Reap Provincial Chamber"),
    ("la-vt", "Vientiane Trade Promotion Centre"), ("la-lp", "Luang Prabang SME Service Centre"),
    ("th-cm", "Chiang Mai SME Promotion Office"), ("th-ub", "Ubon Ratchathani Business Centre"),
    ("vn-hn", "Hanoi SME Support Centre"), ("vn-ct", "Can Tho Enterprise Centre"),
    ("mm-yg", "Yangon SME Development Centre"), ("mm-md", "Mandalay Business Centre"),
    ("cn-km", "Kunming SME Service Centre"), ("cn-gx", "Guangxi SME Service Centre"),
]
STAFF = ["Sokha Chan", "Dara Keo", "Vanna Lim", "Bounmy Phommasack", "Khamla Vongsa",
         "Somchai Srisuk", "Nattaya Boonmee", "Nguyễn Thị Lan", "Trần Văn Minh", "Aung Kyaw",
         "Thandar Win", "Li Wei", "Zhang Min", "Pich Sophea", "Lê Thị Hoa", "Kyaw Zin"]
# Where inquiries come from: buyers at home and abroad (None: not recorded).
FROM = ["JP", "CN", "US", "DE", "FR", "KR", "SG", "AU", "GB", "TH", "VN", "KH", "LA", "MM",
        "MY", "IN", "YN", None, None]
BLOCK = 1000
TYPED = ["silk", "cong ty", "Angkor", "ผ้าไหม", "សូត្រ", "云南", "mandalay"]
STAFF_TYPED = ["sokha", "nguyen", "kyaw"]


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def spread(values: list[float]) -> str:
    if not values:
        return "none"
    return (f"median {statistics.median(values):.1f} ms, p95 {p95(values):.1f} ms, "
            f"max {max(values):.1f} ms (n={len(values)})")


def build(path: Path, smes: int, rows: int, agency_count: int) -> float:
    """The database: `smes` demo SMEs in blocks of agencies, `rows` services and `rows`
    inquiries of them, an empty outbox (all received by sync)."""
    from gmsdesk.demo import generate_smes
    from gmsdesk.records.catalog import (
        CHANNELS,
        DEFAULT_CURRENCIES,
        INQUIRY_OUTCOMES,
        SERVICE_TYPES,
    )
    from gmsdesk.storage.db import Database
    from gmsdesk.storage.ids import uuid7

    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    start = time.perf_counter()
    db = Database(path, user="bench")
    codes = AGENCIES[:agency_count]
    for code, name in codes:
        db.agencies.save(None, {"agency": code, "name": name})
    rng = random.Random(7)
    weights = [1 / (k + 1) for k in range(len(codes))]

    def spread_over_agencies(made: Iterator[dict[str, object]]) -> Iterator[dict[str, object]]:
        # create_many commits every BLOCK rows and asks for the next row afterwards:
        # switching the laptop's agency here gives the next block its owner.
        for i, values in enumerate(made):
            if i % BLOCK == 0 and codes:
                db.set_meta_atomic("agency_id", rng.choices(codes, weights)[0][0])
            yield values

    db.smes.create_many(spread_over_agencies(generate_smes(smes, seed=1)), chunk=BLOCK)
    print(f"  {smes:,} SMEs in {time.perf_counter() - start:.0f} s", flush=True)
    owners = db.conn.execute("SELECT id, agency_id, country FROM smes").fetchall()
    # Some SMEs are served often, most a few times.
    pick = [owners[min(int(rng.paretovariate(1.1)) - 1, len(owners) - 1)
                   if rng.random() < 0.3 else rng.randrange(len(owners))]
            for _ in range(2 * rows)]
    first_day = date(2016, 1, 1)
    sync = ("id, agency_id, created_at, created_by, updated_at, updated_by, deleted, "
            "hlc_created, hlc")

    def stamp(day: date, agency: str) -> tuple[Any, ...]:
        at_ms = int(time.mktime(day.timetuple()) * 1000) + rng.randrange(86_400_000)
        at = f"{day.isoformat()}T10:00:00.000Z"
        hlc = at_ms << 16
        return (uuid7(at_ms), agency, at, "bench", at, "bench",
                1 if rng.random() < 0.01 else 0, hlc, hlc)

    types, channels, outcomes = list(SERVICE_TYPES), list(CHANNELS), list(INQUIRY_OUTCOMES)
    scales = {"VND": 25_000, "LAK": 20_000, "MMK": 2_000, "KHR": 4_000, "THB": 35, "CNY": 7}

    def services() -> Iterator[tuple[Any, ...]]:
        for sme_id, agency, country in pick[:rows]:
            day = first_day + timedelta(days=rng.randrange(3650))
            free = rng.random() < 0.35
            currency = DEFAULT_CURRENCIES.get(country or "", "USD")
            if rng.random() < 0.2:
                currency = "USD"
            fee = 0.0 if free else float(rng.choice([20, 50, 80, 120, 150, 300])
                                         * scales.get(currency, 1))
            yield (*stamp(day, agency), sme_id, rng.choice(types), day.isoformat(),
                   rng.choice(STAFF), fee if rng.random() < 0.95 else None, currency,
                   0 if free else int(rng.random() < 0.7))

    def inquiries() -> Iterator[tuple[Any, ...]]:
        for sme_id, agency, country in pick[rows:]:
            day = first_day + timedelta(days=rng.randrange(3650))
            outcome = rng.choice([*outcomes, None])
            currency = ("USD" if rng.random() < 0.6
                        else DEFAULT_CURRENCIES.get(country or "", "USD"))
            value = float(rng.choice([100, 250, 900, 4000])) if outcome == "order" else None
            yield (*stamp(day, agency), sme_id, day.isoformat(), rng.choice(FROM),
                   rng.choice(channels), outcome, value, currency if value else None,
                   rng.choice(STAFF))

    with db.atomic():
        db.conn.executemany(
            f"INSERT INTO services ({sync}, sme_id, type, delivered_on, staff, fee, currency, "
            "paid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", services())
        db.conn.executemany(
            f"INSERT INTO inquiries ({sync}, sme_id, received_on, from_country, channel, "
            "outcome, order_value, currency, staff) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", inquiries())
    if codes:
        db.set_meta_atomic("agency_id", "hq")
        db.set_meta_atomic("agency_hq", "1")
    db.conn.execute("DELETE FROM outbox")  # received by sync: nothing waits to be sent
    db.optimize()
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return time.perf_counter() - start


def _wait(until: Callable[[], bool]) -> None:
    """Let the event loop run until `until()`, sleeping between events."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    while not until():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)


def child_window(path: str, tab: int) -> None:
    """Runs in a fresh process: the window open on the SME list, then the click on the tab of
    a list: when its first rows show, and its totals."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from gmsdesk.ui.application import AppContext, create_qapplication

    create_qapplication([])
    ctx = AppContext(Path(path).parent, "en")
    window: Any = ctx.open_window()
    window.resize(1366, 768)
    _wait(lambda: not window.smes.model.loading)
    start = time.perf_counter()
    window.smes.tabs.setCurrentIndex(tab)
    view = (window.smes.services_tab if tab == 1 else window.smes.inquiries_tab).view
    _wait(lambda: view.model.rowCount() > 0)
    rows = time.perf_counter()
    _wait(lambda: view.model.totals is not None)
    totals = time.perf_counter()
    print(json.dumps({"rows_s": rows - start, "totals_s": totals - start,
                      "label": view.totals_label.text()}))
    window.close()
    ctx.close()


def queries(kind: str, path: Path) -> list[tuple[str, Any]]:
    """What a person changes one after the other, each with its label."""
    import sqlite3

    from gmsdesk.records.catalog import CHANNELS, COUNTRIES, INQUIRY_OUTCOMES, SERVICE_TYPES
    from gmsdesk.storage.activity import InquiryQuery, ServiceQuery

    make: Any = ServiceQuery if kind == "services" else InquiryQuery
    with sqlite3.connect(path) as conn:
        provinces = [r[0] for r in conn.execute(
            "SELECT province, count(*) FROM smes GROUP BY 1 ORDER BY 2 DESC")]
        agencies = [r[0] for r in conn.execute(
            f"SELECT agency_id, count(*) FROM {kind} GROUP BY 1 ORDER BY 2 DESC")]
        sectors = [r[0] for r in conn.execute("SELECT DISTINCT sector FROM smes")]
    out: list[tuple[str, Any]] = [("no filter", make())]
    if kind == "services":
        out += [(f"type {t}", make(type=t)) for t in SERVICE_TYPES]
        out += [("paid", make(paid=True)), ("not paid", make(paid=False))]
    else:
        out += [(f"channel {c}", make(channel=c)) for c in CHANNELS]
        out += [(f"outcome {o}", make(outcome=o)) for o in INQUIRY_OUTCOMES]
        out += [(f"origin {o}", make(origin=o)) for o in ("abroad", "domestic", "unknown")]
    out += [(f"economy {c}", make(country=c)) for c in COUNTRIES]
    out += [(f"province {p}", make(province=p))
            for p in (provinces[:3] + provinces[len(provinces) // 2:][:2] + provinces[-2:])]
    out += [(f"sector {s}", make(sector=s)) for s in sectors]
    out += [(f"agency {a}", make(agency=a)) for a in agencies[:2] + agencies[-2:]]
    out += [("dates 2020", make(date_from="2020-01-01", date_to="2020-12-31")),
            ("dates March 2024", make(date_from="2024-03-01", date_to="2024-03-31")),
            ("from 2025", make(date_from="2025-01-01")),
            ("economy TH, sector, 2023", make(country="TH", sector="handicrafts",
                                              date_from="2023-01-01", date_to="2023-12-31"))]
    sorts = (("date", "sme", "country", "province", "sector", "agency", "type", "staff", "fee",
              "paid") if kind == "services" else
             ("date", "sme", "country", "province", "sector", "agency", "from_country",
              "origin", "channel", "outcome", "order_value", "staff"))
    out += [(f"sort {s} {'desc' if d else 'asc'}", make(sort=s, descending=d))
            for s in sorts for d in (False, True)]
    out += [(f"name {text[:i]!r}", make(text=text[:i]))
            for text in TYPED for i in range(1, len(text) + 1)]
    out += [(f"staff {text[:i]!r}", make(staff=text[:i]))
            for text in STAFF_TYPED for i in range(1, len(text) + 1)]
    return out


def storage(path: Path, kind: str) -> dict[str, Any]:
    """The list's readings as its loader makes them, on a fresh connection."""
    from gmsdesk.storage.activity import InquiryQuery, ServiceQuery
    from gmsdesk.storage.db import Database
    from gmsdesk.ui.paged import FIRST_ROWS, PAGE

    make: Any = ServiceQuery if kind == "services" else InquiryQuery
    db = Database(path, user="bench")
    db.conn.execute("PRAGMA cache_size = -65536")  # as the list loader's connection
    t0 = time.perf_counter()
    first = db.activity.page(make(), 0, FIRST_ROWS)
    t1 = time.perf_counter()
    db.activity.page(make(), FIRST_ROWS, PAGE - FIRST_ROWS)
    t2 = time.perf_counter()
    db.activity.totals(make())
    t3 = time.perf_counter()
    result: dict[str, Any] = {"first_ms": (t1 - t0) * 1000, "rest_ms": (t2 - t1) * 1000,
                              "first_totals_ms": (t3 - t2) * 1000, "rows": len(first)}
    pages: list[float] = []
    totals: list[float] = []
    slowest: list[tuple[float, str]] = []
    for label, query in queries(kind, path):
        t = time.perf_counter()
        db.activity.page(query, 0, FIRST_ROWS)
        pages.append((time.perf_counter() - t) * 1000)
        slowest.append((pages[-1], label))
        t = time.perf_counter()
        db.activity.totals(query)
        totals.append((time.perf_counter() - t) * 1000)
    t = time.perf_counter()
    db.activity.page(make(sort="sme"), 20_000, PAGE)
    result["far_page_ms"] = (time.perf_counter() - t) * 1000
    # Another connection writes (a sync, an officer's edit): the next reading builds again.
    other = Database(path, user="bench")
    with other.atomic():
        other.conn.execute(f"UPDATE {kind} SET hlc = hlc + 1 WHERE rowid = 1")
    other.close()
    t = time.perf_counter()
    db.activity.page(make(), 0, FIRST_ROWS)
    result["after_write_ms"] = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    db.activity.page(make(), FIRST_ROWS, PAGE - FIRST_ROWS)
    result["after_write_rest_ms"] = (time.perf_counter() - t) * 1000
    db.close()
    result.update(pages=pages, totals=totals, slowest=sorted(slowest)[-3:])
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--smes", type=int, default=40_000)
    parser.add_argument("--rows", type=int, default=200_000,
                        help="services, and as many inquiries")
    parser.add_argument("--agencies", type=int, default=12)
    parser.add_argument("--keep", action="store_true", help="reuse an existing database")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--tab", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_window(args.child, args.tab)
        return
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"activity-{args.rows}-{args.smes}" / "gmsdesk.sqlite3"
    path.parent.mkdir(exist_ok=True)
    if not (args.keep and path.exists()):
        seconds = build(path, args.smes, args.rows, args.agencies)
        print(f"built {args.smes:,} SMEs, {args.rows:,} services and {args.rows:,} inquiries "
              f"in {seconds:.0f} s, file {path.stat().st_size / 2**20:.0f} MB")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} processors")
    for tab, kind in ((1, "services"), (2, "inquiries")):
        print(f"-- {kind}")
        out = subprocess.run([sys.executable, __file__, "--child", str(path), "--tab", str(tab)],
                             capture_output=True, text=True, check=True,
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        shown = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"window, fresh process, tab clicked: first rows shown in "
              f"{shown['rows_s'] * 1000:.0f} ms, totals in {shown['totals_s'] * 1000:.0f} ms "
              "— target < 1 s")
        print(f"  {shown['label'][:150]}")
        result = storage(path, kind)
        print(f"first page, fresh connection: first {result['rows']} rows (from the table) "
              f"{result['first_ms']:.0f} ms, the rest of the page (digest built) "
              f"{result['rest_ms']:.0f} ms, totals {result['first_totals_ms']:.0f} ms")
        print(f"after another connection wrote: first rows (from the table again) "
              f"{result['after_write_ms']:.0f} ms, the rest of the page (digest built again) "
              f"{result['after_write_rest_ms']:.0f} ms")
        print(f"per change of filter or keystroke, first {result['rows']} rows: "
              f"{spread(result['pages'])} — target p95 < 50 ms")
        print("  slowest: " + ", ".join(f"{label} {ms:.1f} ms"
                                        for ms, label in result["slowest"]))
        print(f"totals of each of those lists: {spread(result['totals'])}")
        print(f"a page 20,000 rows down (by SME): {result['far_page_ms']:.1f} ms")


if __name__ == "__main__":
    main()
