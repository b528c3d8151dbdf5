"""Sync benchmark: bytes on the wire, round trips and time, against the bandwidth floor.

    python bench/sync.py [--sizes 1 100 10000] [--devices 200]

For 1, 100 and 10,000 changed SMEs: one laptop pushes them, another pulls them, over a real
server on 127.0.0.1 (SQLite store). Bytes are HTTP bodies both ways (gzip as sent). The floor
(SYNC.md) is B_min(N) = O + N * (m + c): O = the bytes of a sync with nothing to do, m = 24
bytes of id + clock per record, c = the information in the changed content, measured as
`xz -9` of the same field values as compact JSON. Targets: ratio <= 1.5 at 100+ records, one
round trip when nothing changed, 10,000 pushed and pulled in under 30 s.

Then 200 laptops (default) sync at once against a real PostgreSQL (pgserver): errors and the
p95 time per sync.
"""

from __future__ import annotations

import argparse
import json
import lzma
import socket
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import uvicorn  # noqa: E402

from gmsdesk.demo import generate_smes  # noqa: E402
from gmsdesk.server.app import create_app  # noqa: E402
from gmsdesk.server.store import Store, create_schema, make_engine  # noqa: E402
from gmsdesk.storage.db import Database  # noqa: E402
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


def many_devices(count: int, work: Path, workers: int = 2) -> None:
    """`count` laptops in provincial offices of 10 sync at once against a real PostgreSQL
    served by `gmsdesk-server serve --workers N` in its own processes."""
    import subprocess

    import pgserver

    pg = pgserver.get_server(tempfile.mkdtemp(prefix="gmsdesk-bench-pg-"), cleanup_mode="stop")
    server = None
    try:
        url_db = pg.get_uri()
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
              f"against PostgreSQL, server with {workers} worker processes; each pushes 5 new "
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
        pg.cleanup()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="*", default=[1, 100, 10_000])
    parser.add_argument("--devices", type=int, default=200)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="gmsdesk-bench-sync-"))
    store = Store(make_engine(str(work / "server.sqlite3")))
    create_schema(store.engine)
    store.add_agency("kh-sr", "Siem Reap Provincial Chamber of Commerce")
    server, url = start_server(store)
    for n in args.sizes:
        one_size(n, work, url, store)
    server.should_exit = True
    if args.devices:
        many_devices(args.devices, work)


if __name__ == "__main__":
    main()
