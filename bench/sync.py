"""Sync benchmark: bytes on the wire, round trips and time, against the bandwidth floor.

    python bench/sync.py [--sizes 1 100 10000] [--devices 200]

For 1, 100 and 10,000 changed SMEs: one laptop pushes them, another pulls them, over a real
server on 127.0.0.1 (SQLite store). Bytes are HTTP bodies both ways (gzip as sent). The floor
(SYNC.md) is B_min(N) = O + N * (m + c): O = the bytes of a sync with nothing to do, m = 24
bytes of id + clock per record, c = the information in the changed content, measured as
`xz -9` of the same field values as compact JSON. Targets: ratio <= 1.5 at 100+ records, one
round trip when nothing changed, 10,000 pushed and pulled in under 30 s.

Then 200 laptops (default) sync at once against a real PostgreSQL (pgserver), and 50 against
the server's SQLite default (one process; readers beside the writer, writers in turn): errors
and the p95 time per sync.

    python bench/sync.py --hq [--scale 1.0]

Headquarters scale instead: a real PostgreSQL (pgserver) holding 20 agencies with 200,000
SMEs, 2,000 workshops (with their people, days, attendance and progress, as
`gmsdesk.demo.generate_workshop` makes them) and 50,000 survey responses in all (times
`--scale`), served on 127.0.0.1. A headquarters laptop makes its first full pull, then an
incremental sync after three agencies changed about 1% of their SMEs and people. Printed: bytes
on the wire against the floor, round trips, wall time, the laptop's time applying pages, the
server's time in `Store.pull`, grouping and compressing, and the laptop's peak RSS (it runs in a
process of its own, so the figure is the laptop's alone).

Each agency's records are made on a laptop database of its own by the demo generators, then
written into the server's `records`, `fields` and `changes` as `Store._apply` writes one batch
(the latest edit per field, checked against its declaration, logged under the agency with the
agency's laptop as device): pushing a million records one batch at a time would measure the
push, not the pull. The three agencies' later edits are pushed for real.

The floor for headquarters counts who owns and who made each record as content: every record
is measured as its field values plus its agency's code and the name of the person who made its
latest change (`{"agency": ..., "user": ..., field: value, ...}`, records grouped by table), so
a wire format that drops attribution cannot look cheap. Device ids are not counted: here each
agency has one laptop, so the agency names it. m stays 24 bytes per record (id + one clock),
though a record edited at several moments (progress, scores) really carries one clock per
moment.
"""

from __future__ import annotations

import argparse
import json
import lzma
import multiprocessing
import queue
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import sqlalchemy as sa  # noqa: E402
import uvicorn  # noqa: E402

from gmsdesk.demo import generate_smes, generate_workshop  # noqa: E402
from gmsdesk.records import Problem  # noqa: E402
from gmsdesk.server.app import create_app  # noqa: E402
from gmsdesk.server.store import (  # noqa: E402
    Store,
    counter,
    create_schema,
    fields,
    make_engine,
)
from gmsdesk.storage.db import Database  # noqa: E402
from gmsdesk.storage.sync_store import Enrolment  # noqa: E402
from gmsdesk.sync import protocol  # noqa: E402
from gmsdesk.sync.client import SyncClient  # noqa: E402


def start_server(store: Store) -> tuple[uvicorn.Server, str]:
    # uvicorn serves on the socket bound here: no moment where the port is free to be taken.
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(store), log_level="warning",
                                           lifespan="off"))
    threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True).start()
    while not server.started:
        time.sleep(0.01)
    return server, f"http://127.0.0.1:{port}"


def floor_bytes(rows: list[dict[str, Any]], overhead: int) -> int:
    content = json.dumps([{k: v for k, v in r.items() if v is not None} for r in rows],
                         ensure_ascii=False, separators=(",", ":")).encode()
    c = len(lzma.compress(content, preset=9 | lzma.PRESET_EXTREME))
    return overhead + 24 * len(rows) + c


def one_size(n: int, work: Path, url: str, store: Store) -> None:
    agency = f"bench-{n}"  # each size in its own agency: nobody else's records to pull
    store.add_agency(agency, f"Bench agency {n}")
    code_a, code_b = store.create_enrollment(agency), store.create_enrollment(agency)
    a = Database(work / f"a{n}.sqlite3", user="bench")
    b = Database(work / f"b{n}.sqlite3", user="bench")
    client_a, client_b = SyncClient(a), SyncClient(b)
    client_a.enroll(url, code_a, "a")
    client_b.enroll(url, code_b, "b")
    noop = client_a.sync()
    overhead = noop.bytes_sent + noop.bytes_received
    client_b.sync()
    rows = list(generate_smes(n, seed=n))
    a.smes.create_many(rows)
    t0 = time.perf_counter()
    push = client_a.sync()
    t1 = time.perf_counter()
    pull = client_b.sync()
    t2 = time.perf_counter()
    floor = floor_bytes(rows, overhead)
    push_bytes = push.bytes_sent + push.bytes_received
    pull_bytes = pull.bytes_sent + pull.bytes_received
    print(f"{n:>6} SMEs | push {push_bytes:>10,} B in {push.round_trips:>3} round trips, "
          f"{t1 - t0:6.2f} s, ratio {push_bytes / floor:4.2f} | pull {pull_bytes:>10,} B in "
          f"{pull.round_trips:>3} round trips, {t2 - t1:6.2f} s, ratio {pull_bytes / floor:4.2f}"
          f" | B_min {floor:,} B (O {overhead} B)")
    assert b.smes.count() == n
    a.close()
    b.close()


def many_devices(count: int, work: Path, workers: int = 2, sqlite: bool = False) -> None:
    """`count` laptops in provincial offices of 10 sync at once against a real PostgreSQL
    served by `gmsdesk-server serve --workers N` in its own processes — or, with `sqlite`,
    against the server's SQLite default in one process."""
    import subprocess

    import pgserver

    pg = None if sqlite else pgserver.get_server(
        tempfile.mkdtemp(prefix="gmsdesk-bench-pg-"), cleanup_mode="stop")
    server = None
    work = work / ("sqlite" if sqlite else "postgresql")
    work.mkdir(exist_ok=True)
    workers = 1 if sqlite else workers
    try:
        url_db = str(work / "server.sqlite3") if pg is None else pg.get_uri()
        store = Store(make_engine(url_db))
        create_schema(store.engine)
        offices = max(1, count // 10)
        for office in range(offices):
            store.add_agency(f"office{office}", f"Provincial office {office}")
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        sock.close()
        server = subprocess.Popen(
            [sys.executable, "-m", "gmsdesk.server.cli", "--database", url_db, "serve",
             "--port", str(port), "--workers", str(workers)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{port}"
        import requests

        deadline = time.monotonic() + 30
        while True:
            try:
                requests.get(f"{url}/v1/health", timeout=1)
                break
            except requests.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        devices = []
        for i in range(count):
            db = Database(work / f"dev{i}.sqlite3", user=f"officer{i}")
            client = SyncClient(db)
            client.enroll(url, store.create_enrollment(f"office{i % offices}"), f"laptop{i}")
            db.smes.create_many(generate_smes(5, seed=1000 + i))
            db.close()
            devices.append(work / f"dev{i}.sqlite3")
        times: list[float] = []
        errors: list[str] = []

        def run(path: Path) -> None:
            db = Database(path)
            try:
                t0 = time.perf_counter()
                SyncClient(db).sync()
                times.append(time.perf_counter() - t0)
            except Exception as exc:  # counted and printed, the run goes on
                errors.append(repr(exc))
            finally:
                db.close()

        t0 = time.perf_counter()
        with ThreadPoolExecutor(max_workers=count) as pool:
            list(pool.map(run, devices))
        wall = time.perf_counter() - t0
        ordered = sorted(times)
        p95 = ordered[int(0.95 * (len(ordered) - 1))] if ordered else float("nan")
        print(f"{count} laptops ({offices} offices of {count // offices}) syncing at once "
              f"against {'SQLite' if sqlite else 'PostgreSQL'}, server with {workers} worker "
              f"process{'es' if workers > 1 else ''}; each pushes 5 new "
              f"SMEs: {len(errors)} errors, wall {wall:.1f} s, per sync median "
              f"{statistics.median(times):.2f} s, p95 {p95:.2f} s (clients share this "
              "process's one core-bound Python)")
        for error in errors[:5]:
            print("  error:", error)
        store.engine.dispose()
    finally:
        if server is not None:
            server.terminate()
            server.wait(10)
        if pg is not None:
            pg.cleanup()


# -- headquarters scale (--hq) --------------------------------------------------------------------

HQ_AGENCIES = 20
HQ_SMES, HQ_WORKSHOPS, HQ_RESPONSES = 200_000, 2_000, 50_000
HQ_OFFICERS = 3  # people entering data in each agency
HQ_CHANGING = 3  # agencies that edit about 1% of their records before the incremental sync
XZ = 9 | lzma.PRESET_EXTREME
LogRow = tuple[str, str, str, str, int, str]  # table, id, field, value (JSON), clock, user


@dataclass(frozen=True)
class AgencyJob:
    """What one worker process makes: an agency's laptop database, enrolled as its device."""

    path: str
    agency: str
    name: str
    seed: int
    smes: int
    workshops: int
    responses: int
    url: str
    token: str
    device_id: str


def _officer(agency: str, number: int) -> str:
    return f"{agency} officer {number % HQ_OFFICERS + 1}"


def _answers(rnd: random.Random, questions: list[Any], i: int) -> dict[str, Any]:
    """Answers to the 28-question needs form (bench/forms.py), every text and decimal its own."""
    out: dict[str, Any] = {}
    for q in questions:
        if rnd.random() < 0.1:
            continue
        if q.type == "integer":
            out[q.name] = rnd.randint(0, 200)
        elif q.type == "decimal":
            out[q.name] = round(rnd.random() * 10_000, 2)
        elif q.type == "select_one":
            out[q.name] = rnd.choice(q.choices).name
        elif q.type == "select_multiple":
            out[q.name] = rnd.sample([c.name for c in q.choices], rnd.randint(1, 3))
        elif q.type == "date":
            out[q.name] = f"{rnd.randint(1990, 2023)}-{rnd.randint(1, 12):02d}-" \
                          f"{rnd.randint(1, 28):02d}"
        else:
            out[q.name] = f"answer {q.name} {i}"
    out["products"] = [{"product_name": f"product {i}-{k}", "price": round(rnd.random() * 100, 2),
                        "channel": rnd.choice(["shop", "online", "agent"]),
                        "units": rnd.randint(1, 500)} for k in range(rnd.randint(0, 4))]
    return out


def make_agency(job: AgencyJob) -> tuple[list[LogRow], bytes]:
    """In a worker process: one agency's records made by the demo generators on its laptop
    (after a first sync brought what headquarters published, the survey form among them).
    Returns its outbox as `Store._apply` logs one batch — the latest edit of each field,
    checked against its declaration — and its records as the floor measures them (JSON)."""
    from gmsdesk.storage.surveys import RESPONSE_SPEC

    db = Database(job.path, user=_officer(job.agency, 0))
    db.sync.save_enrolment(Enrolment(job.url, job.token, job.device_id, job.agency, job.name))
    SyncClient(db).sync()

    def next_officer(done: int) -> bool:
        db.user = _officer(job.agency, done // 1000)
        return True

    db.smes.create_many(generate_smes(job.smes, seed=job.seed), progress=next_officer)
    for i in range(job.workshops):
        db.user = _officer(job.agency, i)
        generate_workshop(db, seed=job.seed * 100_000 + i)
    ref = db.surveys.form_ref("bench_28")
    questions = [q for q in db.surveys.form(ref).questions if q.is_input and q.repeat is None]
    smes = [r[0] for r in db.conn.execute("SELECT id FROM smes ORDER BY id")]
    rnd = random.Random(job.seed)
    for start in range(0, job.responses, 500):
        db.user = _officer(job.agency, start // 500)
        with db.atomic():
            for i in range(start, min(start + 500, job.responses)):
                when = f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}T{8 + i % 10:02d}:00:00.000+07:00"
                # As `submit` writes one (its answers' local summary cells aside: they never
                # leave the laptop).
                db.surveys.writer.insert(RESPONSE_SPEC, {
                    "form_ref": ref, "form_id": "bench_28", "form_version": "1",
                    "answers": _answers(rnd, questions, i), "sme_id": rnd.choice(smes),
                    "language": "en", "started_at": when, "submitted_at": when})
    latest: dict[tuple[str, str], dict[str, tuple[Any, int, str]]] = {}
    for tbl, row_id, fields_json, hlc, user in db.conn.execute(
            "SELECT tbl, row_id, fields, hlc, user FROM outbox ORDER BY seq"):
        record = latest.setdefault((tbl, row_id), {})
        for name, value in json.loads(fields_json).items():
            if name != "agency_id":  # as pending_batch: the server takes it from the token
                record[name] = (value, hlc, user)
    db.close()
    log: list[LogRow] = []
    content: dict[str, list[dict[str, Any]]] = {}
    for (tbl, row_id), edits in latest.items():
        record_type = db.registry[tbl]
        newest = max(edits.values(), key=lambda e: e[1])
        measured: dict[str, Any] = {"agency": job.agency, "user": newest[2]}
        for name, (value, hlc, user) in edits.items():
            try:
                value = record_type.check_change(name, value)
            except Problem:
                continue
            log.append((tbl, row_id, name, json.dumps(value, ensure_ascii=False), hlc, user))
            if value is not None:
                measured[name] = value
        content.setdefault(tbl, []).append(measured)
    return log, json.dumps(list(content.items()), ensure_ascii=False,
                           separators=(",", ":")).encode()


class Floor:
    """`xz -9e` of content fed in pieces, in a thread of its own (lzma lets go of the
    interpreter while it works): one stream, so what repeats across agencies counts once."""

    def __init__(self) -> None:
        self.size = 0
        self._pieces: queue.Queue[bytes | None] = queue.Queue(maxsize=4)
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        compressor = lzma.LZMACompressor(preset=XZ)
        while (piece := self._pieces.get()) is not None:
            self.size += len(compressor.compress(piece))
        self.size += len(compressor.flush())

    def add(self, piece: bytes) -> None:
        self._pieces.put(piece)

    def result(self) -> int:
        self._pieces.put(None)
        self._thread.join()
        return self.size


def load_agency(store: Store, agency: str, device_id: str, log: list[LogRow], seq: int) -> int:
    """Write an agency's records into the server as `Store._apply` would (records, current
    fields, the pull log, numbered from `seq` + 1), by COPY: a million rows in seconds, where
    executemany takes minutes. Returns the last seq used."""
    names = 'tbl, row_id, field, agency_id, value, hlc, device_id, seq, "user"'
    with store.engine.begin() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        with raw.cursor() as cursor:
            with cursor.copy("COPY records (tbl, row_id, agency_id) FROM STDIN") as copy:
                for tbl, row_id in dict.fromkeys((tbl, row_id) for tbl, row_id, *_ in log):
                    copy.write_row((tbl, row_id, agency))
            for table, extra in (("fields", ""), ("changes", ", published")):
                with cursor.copy(f"COPY {table} ({names}{extra}) FROM STDIN") as copy:
                    for i, (tbl, row_id, name, value, hlc, user) in enumerate(log, seq + 1):
                        copy.write_row((tbl, row_id, name, agency, value, hlc, device_id, i,
                                        user, *((False,) if extra else ())))
    return seq + len(log)


def _peak_rss_mb() -> float:
    """This process's peak resident memory. VmHWM, not ru_maxrss: Linux carries ru_maxrss
    over exec, so a child started by this (large) bench process would report the parent's."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def hq_client(work: Path, url: str, code: str) -> None:
    """The headquarters laptop, in a process of its own: enrol, pull everything, a sync with
    nothing to do; then (when told on stdin) the incremental sync and another empty one. One
    JSON line of figures per sync on stdout."""
    db = Database(work / "hq-laptop.sqlite3", user="hq director")
    client = SyncClient(db)
    client.enroll(url, code, "HQ laptop")
    spent = {"apply": 0.0, "ungroup": 0.0}

    def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - start
        return run

    db.sync.apply_remote = timed("apply", db.sync.apply_remote)  # type: ignore[method-assign]
    protocol.ungroup = timed("ungroup", protocol.ungroup)  # type: ignore[assignment]
    for phase in ("full", "empty", "incremental", "empty"):
        if phase == "incremental":
            sys.stdin.readline()
        spent.update(apply=0.0, ungroup=0.0)
        start = time.perf_counter()
        report = client.sync()
        wall = time.perf_counter() - start
        tables = {t: db.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("smes", "workshops", "people", "attendance", "module_progress",
                            "survey_responses")}
        print(json.dumps({"phase": phase, "bytes": report.bytes_sent + report.bytes_received,
                          "round_trips": report.round_trips, "wall": wall, **spent,
                          "received": report.received, "tables": tables,
                          "held": db.conn.execute("SELECT count(*) FROM sync_deferred")
                          .fetchone()[0],
                          "rss_mb": _peak_rss_mb()}),
              flush=True)
    db.close()


def change_some(job: AgencyJob, seq: int) -> tuple[int, bytes]:
    """About 1% of an agency's SMEs and people edited on its laptop and pushed for real.
    Returns how many records changed and their changes as the floor measures them."""
    db = Database(job.path, user=_officer(job.agency, 1))
    with db.atomic():  # what the bench wrote into the server counts as sent and pulled
        db.conn.execute("DELETE FROM outbox")
        db.set_meta("sync_batch_end", "0")
        db.set_meta("sync_cursor", str(seq))
    rnd = random.Random(job.seed + 1)
    smes = [r[0] for r in db.conn.execute("SELECT id FROM smes ORDER BY id")]
    for sme_id in rnd.sample(smes, max(1, len(smes) // 100)):
        women = db.smes.get(sme_id).employees_female or 0  # never fewer staff than women
        db.smes.update(sme_id, {"notes": f"Visited again; wants a website ({rnd.randint(1, 99)})",
                                "employees_total": women + rnd.randint(50, 500)})
    people = [r[0] for r in db.conn.execute("SELECT id FROM people ORDER BY id")]
    for person_id in rnd.sample(people, len(people) // 100):
        db.training.update_person(person_id, {"role": rnd.choice(["Owner", "Manager",
                                                                  "Marketing officer"])})
    _, items = db.sync.pending_batch(1 << 40)
    content: dict[tuple[str, str], dict[str, Any]] = {}
    for tbl, row_id, name, value, _hlc, user in items:
        record = content.setdefault((tbl, row_id), {"agency": job.agency, "user": user})
        record[name] = value
    report = SyncClient(db).sync()
    assert report.refused == 0, report
    assert report.sent == len(content), report
    db.close()
    return len(content), json.dumps(list(content.values()), ensure_ascii=False,
                                    separators=(",", ":")).encode()


def _server_timers() -> tuple[dict[str, float], Callable[[Store], None]]:
    """Time spent by the server in `Store.pull`, grouping and compressing (its answers)."""
    spent = {"pull": 0.0, "group": 0.0, "encode": 0.0}

    def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - start
        return run

    protocol.group_info = timed("group", protocol.group_info)  # type: ignore[assignment]
    protocol.encode = timed("encode", protocol.encode)  # type: ignore[assignment]

    def attach(store: Store) -> None:
        store.pull = timed("pull", store.pull)  # type: ignore[method-assign]
    return spent, attach


def headquarters(scale: float, work: Path) -> None:
    import pgserver

    from bench.forms import build_repeat_form
    from gmsdesk.forms import load_xlsform

    t_start = time.perf_counter()
    pg = pgserver.get_server(str(work / "pg"), cleanup_mode="stop")
    server = None
    try:
        store = Store(make_engine(pg.get_uri()))
        create_schema(store.engine)
        spent, attach = _server_timers()
        attach(store)
        server, url = start_server(store)
        store.add_agency("hq", "Headquarters", hq=True)
        agencies = [f"a{i + 1:02d}" for i in range(HQ_AGENCIES)]
        for agency in agencies:
            store.add_agency(agency, f"Provincial agency {agency}")
        # Headquarters publishes the survey form every agency answers.
        admin = Database(work / "hq-admin.sqlite3", user="hq survey team")
        SyncClient(admin).enroll(url, store.create_enrollment("hq"), "HQ survey desk")
        form, _ = load_xlsform(build_repeat_form(work / "needs.xlsx", 1))
        assert form is not None
        admin.surveys.import_form(form, "needs.xlsx")
        SyncClient(admin).sync()
        admin.close()

        def share(total: int, i: int) -> int:
            n = round(total * scale)
            return n // HQ_AGENCIES + (i < n % HQ_AGENCIES)

        jobs = []
        for i, agency in enumerate(agencies):
            code = store.create_enrollment(agency)
            enrolled = store.enroll(code, f"{agency} laptop")
            assert enrolled is not None
            jobs.append(AgencyJob(str(work / f"{agency}.sqlite3"), agency,
                                  f"Provincial agency {agency}", 1000 + i,
                                  share(HQ_SMES, i), share(HQ_WORKSHOPS, i),
                                  share(HQ_RESPONSES, i), url, enrolled[1], enrolled[0]))
        floor = Floor()
        with store.engine.connect() as conn:  # what headquarters published, measured first
            published: dict[tuple[str, str], dict[str, Any]] = {}
            for row in conn.execute(sa.select(fields).order_by(fields.c.seq)):
                record = published.setdefault((row.tbl, row.row_id), {
                    "agency": row.agency_id, "user": row.user})
                record[row.field] = json.loads(row.value or "null")
            seq = int(conn.execute(sa.select(counter.c.value)).scalar_one())
        floor.add(b"[" + json.dumps(list(published.values()), ensure_ascii=False,
                                    separators=(",", ":")).encode())
        count = len(published)
        generated = time.perf_counter()
        with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
            for job, (log, content) in zip(jobs, pool.map(make_agency, jobs), strict=True):
                seq = load_agency(store, job.agency, job.device_id, log, seq)
                count += len({(r[0], r[1]) for r in log})
                floor.add(b"," + content)
                print(f"  {job.agency}: {len(log):,} field changes loaded "
                      f"({time.perf_counter() - generated:.0f} s)", flush=True)
        floor.add(b"]")
        with store.engine.begin() as conn:
            conn.execute(counter.update().where(counter.c.id == 1).values(value=seq))
            conn.exec_driver_sql("ANALYZE")
        c_full = floor.result()
        print(f"server holds {count:,} records, {seq:,} field changes "
              f"(made and loaded in {time.perf_counter() - t_start:.0f} s)", flush=True)

        child = subprocess.Popen(
            [sys.executable, __file__, "--hq-client", str(work), url,
             store.create_enrollment("hq")],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert child.stdin is not None
        assert child.stdout is not None

        def laptop() -> dict[str, Any]:
            assert child.stdout is not None
            figures: dict[str, Any] = json.loads(child.stdout.readline())
            figures.update({f"server_{k}": v for k, v in spent.items()})
            spent.update(pull=0.0, group=0.0, encode=0.0)
            return figures

        full, empty = laptop(), laptop()
        overhead = empty["bytes"]
        changed = 0
        pieces = []
        for job in jobs[:HQ_CHANGING]:
            n, content = change_some(job, seq)
            changed += n
            pieces.append(content[1:-1])
        spent.update(pull=0.0, group=0.0, encode=0.0)  # the agencies' own syncs
        child.stdin.write("go\n")
        child.stdin.flush()
        incremental, _ = laptop(), laptop()
        child.wait(60)
        c_incremental = len(lzma.compress(b"[" + b",".join(pieces) + b"]", preset=XZ))
        print(f"headquarters at scale {scale}: {HQ_AGENCIES} agencies, "
              f"{full['tables']['smes']:,} SMEs, {full['tables']['workshops']:,} workshops "
              f"({full['tables']['people']:,} people, {full['tables']['attendance']:,} "
              f"attendance, {full['tables']['module_progress']:,} progress), "
              f"{full['tables']['survey_responses']:,} survey responses; PostgreSQL")
        for label, figures, records_, c in (("first full pull", full, count, c_full),
                                             ("incremental", incremental, changed,
                                              c_incremental)):
            b_min = overhead + 24 * records_ + c
            print(f"  {label}: {records_:,} records, {figures['bytes']:,} B in "
                  f"{figures['round_trips']} round trips, ratio {figures['bytes'] / b_min:.3f} "
                  f"(B_min {b_min:,} B: O {overhead} + 24 x N + c {c:,}); wall "
                  f"{figures['wall']:.1f} s on loopback; laptop applying "
                  f"{figures['apply']:.1f} s, ungroup {figures['ungroup']:.1f} s; server "
                  f"pull {figures['server_pull']:.1f} s, grouping "
                  f"{figures['server_group']:.1f} s, gzip {figures['server_encode']:.1f} s; "
                  f"laptop peak RSS {figures['rss_mb']:.0f} MB; held back {figures['held']}")
        print(f"  a sync with nothing to do: {overhead} B, {empty['round_trips']} round trip; "
              f"whole run {time.perf_counter() - t_start:.0f} s")
        store.engine.dispose()
    finally:
        if server is not None:
            server.should_exit = True
        pg.cleanup()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="*", default=[1, 100, 10_000])
    parser.add_argument("--devices", type=int, default=200)
    parser.add_argument("--sqlite-devices", type=int, default=50,
                        help="laptops syncing at once against the SQLite default")
    parser.add_argument("--hq", action="store_true",
                        help="headquarters scale: a first full pull and an incremental sync")
    parser.add_argument("--scale", type=float, default=1.0,
                        help="with --hq: share of 200,000 SMEs, 2,000 workshops, 50,000 "
                        "responses")
    parser.add_argument("--hq-client", nargs=3, metavar=("WORK", "URL", "CODE"),
                        help=argparse.SUPPRESS)  # the headquarters laptop's own process
    args = parser.parse_args()
    if args.hq_client:
        hq_client(Path(args.hq_client[0]), args.hq_client[1], args.hq_client[2])
        return
    work = Path(tempfile.mkdtemp(prefix="gmsdesk-bench-sync-"))
    if args.hq:
        headquarters(args.scale, work)
        return
    store = Store(make_engine(str(work / "server.sqlite3")))
    create_schema(store.engine)
    store.add_agency("kh-sr", "Siem Reap Provincial Chamber of Commerce")
    server, url = start_server(store)
    for n in args.sizes:
        one_size(n, work, url, store)
    server.should_exit = True
    if args.devices:
        many_devices(args.devices, work)
    if args.sqlite_devices:
        many_devices(args.sqlite_devices, work, sqlite=True)


if __name__ == "__main__":
    main()
