"""Several server workers on one PostgreSQL: the pull cursor stays commit-ordered.

SYNC.md: a plain sequence hands numbers out before commit, so a reader can pass a number whose
transaction commits later and miss it forever. Here writer threads, each with its own engine
(as separate worker processes would have), push batches at once while puller threads page
through the changes with their cursors; every puller must end up with every change, in seq
order, with no gap. The same harness, given an allocator that takes numbers from a plain
sequence, does catch pullers skipping changes, so the check can fail.
"""

from __future__ import annotations

import random
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import requests
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from gmsdesk.server.store import Device, Store, changes, counter, create_schema, make_engine
from gmsdesk.storage.db import Database
from gmsdesk.storage.errors import ValidationError
from gmsdesk.sync.client import SyncClient
from tests.sync.faulty import (
    RestartableServer,
    RoundRobinAdapter,
    conflict_rows,
    device_smes,
    server_change_counts,
    server_smes,
)


@pytest.fixture
def pg_url(pg_database: Callable[[], str]) -> str:
    """A fresh, empty PostgreSQL database."""
    return pg_database()


def new_store(url: str, kind: type[Store] = Store) -> Store:
    return kind(make_engine(url))


def setup_agencies(url: str) -> Store:
    store = new_store(url)
    create_schema(store.engine)
    store.add_agency("kh-sr", "Siem Reap Provincial Chamber of Commerce")
    store.add_agency("la-vt", "Vientiane Trade Promotion Centre")
    store.add_agency("hq", "Headquarters", hq=True)
    return store


def enroll_device(store: Store, agency: str, name: str) -> Device:
    result = store.enroll(store.create_enrollment(agency), name)
    assert result is not None
    device = store.authenticate(result[1])
    assert device is not None
    return device


class SlowCommitStore(Store):
    """A worker whose transactions linger between taking their numbers and committing (a busy
    database): the window in which a reader could pass a number not yet visible."""

    def _apply(self, conn: Connection, box: list[int], device: Device, cursor: int,
               items: list[list[Any]]) -> dict[str, Any]:
        result = super()._apply(conn, box, device, cursor, items)
        time.sleep(random.uniform(0, 0.006))
        return result


class PlainSequenceStore(SlowCommitStore):
    """The design SYNC.md warns against: numbers from a PostgreSQL sequence, handed out before
    commit, no lock. Only here to show the harness catches it."""

    @contextmanager
    def _writing(self) -> Iterator[tuple[Connection, list[int]]]:
        with self.engine.begin() as conn:
            start = int(conn.execute(sa.text("SELECT nextval('change_blocks')")).scalar_one())
            yield conn, [start]


@dataclass
class Puller:
    device: Device
    store: Store
    seen: list[tuple[Any, ...]] = field(default_factory=list)  # (tbl, row, field, hlc, device)
    pages: int = 0

    def pull_once(self, cursor: int) -> tuple[int, bool, int]:
        page = self.store.pull(self.device, cursor, max_bytes=1500, limit=40)
        self.seen.extend((c[0], c[1], c[2], c[4], page.devices[c[5]]) for c in page.changes)
        self.pages += 1
        return page.cursor, page.more, len(page.changes)


def run_contention(url: str, kind: type[Store], *, writers: int, batches: int, pullers: int,
                   shared: bool = True) -> tuple[list[list[int]], list[int], int]:
    """Writers push `batches` batches each (with `shared`, also all editing the same few
    records) while pullers page through; returns each puller's seqs in the order received,
    every seq in the log, and the counter."""
    admin = setup_agencies(url)
    common = [str(uuid.uuid4()) for _ in range(3)]  # records every writer edits: contention
    writer_devices = [enroll_device(admin, "kh-sr", f"w{i}") for i in range(writers)]
    puller_devices = [enroll_device(admin, "hq", f"p{i}") for i in range(pullers)]
    done = threading.Event()
    errors: list[BaseException] = []
    results: list[Puller] = []

    def write(device: Device, seed: int) -> None:
        rnd = random.Random(seed)
        store = new_store(url, kind)  # its own engine and pool: another worker process
        try:
            for b in range(batches):
                hlc = (int(time.time() * 1000) << 16) + rnd.randrange(1 << 15)
                items: list[list[Any]] = []
                for _ in range(rnd.randint(1, 3)):
                    row = str(uuid.uuid4())
                    items += [["smes", row, "name", f"SME {b}", hlc],
                              ["smes", row, "phone", f"012 {b:03d}", hlc]]
                if shared:
                    items.append(["smes", rnd.choice(common), "notes", f"{device.id[:4]} {b}",
                                  hlc])
                store.push(device, f"{device.id[:12]}-{b}-{b}", 0, items)
        except BaseException as exc:
            errors.append(exc)
        finally:
            store.engine.dispose()

    def pull(device: Device) -> None:
        puller = Puller(device, new_store(url))
        cursor = 0
        try:
            while True:
                finished = done.is_set()  # read before pulling: then one more pass is enough
                cursor, more, _ = puller.pull_once(cursor)
                if finished and not more:
                    break
        except BaseException as exc:
            errors.append(exc)
        finally:
            puller.store.engine.dispose()
            results.append(puller)

    threads = [threading.Thread(target=pull, args=(d,)) for d in puller_devices]
    workers = [threading.Thread(target=write, args=(d, i)) for i, d in enumerate(writer_devices)]
    for t in threads + workers:
        t.start()
    for t in workers:
        t.join(60)
    done.set()
    for t in threads:
        t.join(60)
    assert not errors, errors
    assert len(results) == pullers
    with admin.engine.connect() as conn:
        log = conn.execute(sa.select(changes.c.seq, changes.c.tbl, changes.c.row_id,
                                     changes.c.field, changes.c.hlc, changes.c.device_id)
                           .order_by(changes.c.seq)).all()
        value = int(conn.execute(sa.select(counter.c.value)).scalar_one())
    admin.engine.dispose()
    seq_of = {tuple(r[1:]): r[0] for r in log}
    assert len(seq_of) == len(log)  # each (record, field, clock, device) logged once
    received = [[seq_of[key] for key in puller.seen] for puller in results]
    return received, [r[0] for r in log], value


def test_concurrent_writers_never_let_a_puller_skip_a_change(pg_url: str) -> None:
    received, log, value = run_contention(pg_url, SlowCommitStore, writers=4, batches=15,
                                          pullers=3)
    assert value == len(log) > 4 * 15 * 3
    assert log == list(range(1, value + 1))  # gap-free
    for seqs in received:
        assert seqs == log  # every change, once, in commit order


def test_the_harness_catches_numbers_handed_out_before_commit(
        pg_database: Callable[[], str]) -> None:
    """With a plain sequence (and the same slow commits) some puller misses changes."""
    for _attempt in range(3):
        url = pg_database()
        engine = make_engine(url)
        with engine.begin() as conn:
            # Past the numbers adding the agencies took (their profiles).
            conn.execute(sa.text("CREATE SEQUENCE change_blocks INCREMENT 1000 START 1000"))
        engine.dispose()
        received, log, _ = run_contention(url, PlainSequenceStore, writers=4, batches=15,
                                          pullers=2, shared=False)
        if any(set(seqs) != set(log) for seqs in received):
            return
    pytest.fail("pullers never missed a change although numbers were not commit-ordered")


def test_one_batch_reaching_several_workers_at_once_is_applied_once(pg_url: str) -> None:
    """A client times out and retries while the first worker is still busy: copies of one
    batch run at the same moment on different workers. One applies it, the rest replay."""
    admin = setup_agencies(pg_url)
    device = enroll_device(admin, "kh-sr", "laptop")
    hlc = int(time.time() * 1000) << 16
    items = [["smes", str(uuid.uuid4()), name, f"value {i}", hlc]
             for i in range(20) for name in ("name", "phone", "notes")]
    start = threading.Barrier(4)
    answers: list[dict[str, Any]] = []
    errors: list[BaseException] = []

    def deliver() -> None:
        store = new_store(pg_url, SlowCommitStore)
        try:
            start.wait(10)
            answers.append(store.push(device, "laptop-1-60", 0, items))
        except BaseException as exc:
            errors.append(exc)
        finally:
            store.engine.dispose()

    threads = [threading.Thread(target=deliver) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not errors, errors
    assert sorted(bool(a.get("replayed")) for a in answers) == [False, True, True, True]
    assert all(a["applied"] == len(items) for a in answers)
    counts = server_change_counts(admin)
    assert sum(counts.values()) == len(items) and max(counts.values()) == 1
    admin.engine.dispose()


# -- two real servers over one PostgreSQL ----------------------------------------------------


def test_two_servers_over_one_postgresql_with_laptops_alternating(
        pg_url: str, tmp_path: Path) -> None:
    setup_agencies(pg_url).engine.dispose()
    stores = [new_store(pg_url) for _ in range(2)]
    servers = [RestartableServer(s) for s in stores]
    sessions: list[requests.Session] = []
    balancers: list[RoundRobinAdapter] = []
    try:
        for i in range(3):
            session = requests.Session()
            balancers.append(RoundRobinAdapter([s.url for s in servers]))
            session.mount("http://", balancers[-1])
            sessions.append(session)
            with Database(tmp_path / f"laptop{i}.sqlite3", user=f"laptop{i}") as db:
                SyncClient(db, session).enroll(servers[i % 2].url,
                                               stores[0].create_enrollment("kh-sr"), f"l{i}")
        errors: list[BaseException] = []
        created: list[str] = []

        def work(index: int) -> None:
            rnd = random.Random(index)
            db = Database(tmp_path / f"laptop{index}.sqlite3", user=f"laptop{index}")
            client = SyncClient(db, sessions[index])
            try:
                for step in range(12):
                    ids = sorted(device_smes(db))
                    if not ids or rnd.random() < 0.4:
                        created.append(db.smes.create({"name": f"SME {index}-{step}"})
                                       [0].record_id)
                    else:
                        with suppress(ValidationError):
                            db.smes.update(rnd.choice(ids), {
                                "employees_total": rnd.randint(0, 50),
                                "notes": f"laptop {index} step {step}"})
                    client.sync()
            except BaseException as exc:
                errors.append(exc)
            finally:
                db.close()

        threads = [threading.Thread(target=work, args=(i,)) for i in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        assert not errors, errors
        dbs = [Database(tmp_path / f"laptop{i}.sqlite3", user=f"laptop{i}") for i in range(3)]
        clients = [SyncClient(db, session) for db, session in zip(dbs, sessions, strict=True)]
        for _ in range(2):
            for client in clients:
                client.sync()
        expected = server_smes(stores[0])
        assert set(expected) == set(created)
        for db in dbs:
            assert db.outbox.pending_count() == 0
            assert device_smes(db) == expected
            assert conflict_rows(db) == conflict_rows(dbs[0])
        for db in dbs:
            db.close()
        assert max(server_change_counts(stores[0]).values()) == 1
        for balancer in balancers:
            assert {s.url.removeprefix("http://") for s in servers} <= set(balancer.sent)
    finally:
        for server in servers:
            server.stop()
        for store in stores:
            store.engine.dispose()

