"""ICT-history benchmark: what keeping the ladder's history costs a first pull.

    python bench/history.py [--smes 10000] [--rounds 3]

One laptop registers `--smes` SMEs (demo data) with an online presence each (a third with a
second one, half of them displaying products), turns a tenth of the SMEs' flags on or off
afterwards, and pushes everything to a real server on 127.0.0.1 (SQLite store). Then fresh
laptops pull it all, alternately with the history kept and with it switched off
(`ict_history.ENABLED`), `--rounds` times each. Printed per mode: the median time of the whole
first sync and of applying its pages (`SyncStore.apply_remote`), the history rows kept, and the
ratios on/off. The CPU time of applying is that of the laptop's thread alone (the server
answers in another thread of this process), the steadier figure on a busy machine.
Target: ratio <= 1.2.
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import uvicorn  # noqa: E402

from gmsdesk.demo import generate_smes  # noqa: E402
from gmsdesk.server.app import create_app  # noqa: E402
from gmsdesk.server.store import Store, create_schema, make_engine  # noqa: E402
from gmsdesk.storage import ict_history  # noqa: E402
from gmsdesk.storage.db import Database  # noqa: E402
from gmsdesk.storage.smes import ICT_FIELDS  # noqa: E402
from gmsdesk.storage.sync_store import SyncStore  # noqa: E402
from gmsdesk.sync.client import SyncClient  # noqa: E402

KINDS = ("website", "portal", "emarketplace", "social_media", "eprocurement")
PORTALS = ("Cambodia Trade Portal", "Lao Trade Portal", "Thai SME Mall", "Viet Trade Link")
AGENCY = "bench-history"


def start_server(store: Store) -> tuple[uvicorn.Server, str]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(store), log_level="warning",
                                           lifespan="off"))
    threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True).start()
    while not server.started:
        time.sleep(0.01)
    return server, f"http://127.0.0.1:{port}"


def make_source(db: Database, n: int) -> int:
    """`n` SMEs with their presences, then a tenth of them changed: how many records."""
    rnd = random.Random(n)
    db.smes.create_many(generate_smes(n, seed=n))
    ids = [r[0] for r in db.conn.execute("SELECT id FROM smes ORDER BY id")]
    spec = db.sync.specs()["presences"]
    writer = db.smes.writer
    made = 0
    with db.atomic():
        for sme_id in ids:
            for _ in range(1 + (rnd.random() < 1 / 3)):
                kind = rnd.choice(KINDS)
                writer.insert(spec, {
                    "sme_id": sme_id, "kind": kind,
                    "name": rnd.choice(PORTALS) if kind in ("portal", "emarketplace") else None,
                    "status": "displaying" if rnd.random() < 0.5 else "registered"})
                made += 1
    with db.atomic():
        for sme_id in rnd.sample(ids, n // 10):
            name = rnd.choice(ICT_FIELDS)
            current = db.conn.execute(f"SELECT {name} FROM smes WHERE id = ?",
                                      (sme_id,)).fetchone()[0]
            db.smes.update(sme_id, {name: 0 if current else 1})
    return n + made


def first_pull(work: Path, url: str, store: Store, name: str, keep: bool) -> dict[str, float]:
    ict_history.ENABLED = keep
    applying = [0.0, 0.0]  # wall, CPU of this thread (the server answers in another)
    original = SyncStore.apply_remote

    def timed(self: SyncStore, *args: Any, **kwargs: Any) -> Any:
        t0, c0 = time.perf_counter(), time.thread_time()
        try:
            return original(self, *args, **kwargs)
        finally:
            applying[0] += time.perf_counter() - t0
            applying[1] += time.thread_time() - c0

    SyncStore.apply_remote = timed  # type: ignore[method-assign]
    try:
        db = Database(work / f"{name}.sqlite3", user=name)
        client = SyncClient(db)
        client.enroll(url, store.create_enrollment(AGENCY), name)
        t0 = time.perf_counter()
        client.sync()
        total = time.perf_counter() - t0
        rows = db.ict_history.count() if keep else 0
        db.close()
    finally:
        SyncStore.apply_remote = original  # type: ignore[method-assign]
        ict_history.ENABLED = True
    return {"total": total, "apply": applying[0], "cpu": applying[1], "rows": rows}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--smes", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="gmsdesk-history-") as folder:
        work = Path(folder)
        engine = make_engine(str(work / "server.sqlite3"))
        create_schema(engine)
        store = Store(engine)
        store.add_agency(AGENCY, "Bench agency")
        server, url = start_server(store)
        source = Database(work / "source.sqlite3", user="source")
        client = SyncClient(source)
        client.enroll(url, store.create_enrollment(AGENCY), "source")
        t0 = time.perf_counter()
        records = make_source(source, args.smes)
        made = time.perf_counter() - t0
        client.sync()
        print(f"{args.smes:,} SMEs and {records - args.smes:,} presences made in {made:.1f} s "
              f"(history on), pushed; {source.ict_history.count():,} history rows on the "
              "laptop that made them")
        source.close()
        results: dict[bool, list[dict[str, float]]] = {True: [], False: []}
        for round_ in range(args.rounds):
            for keep in ((True, False) if round_ % 2 == 0 else (False, True)):
                name = f"{'on' if keep else 'off'}{round_}"
                results[keep].append(first_pull(work, url, store, name, keep))
        medians = {keep: {k: statistics.median(r[k] for r in runs) for k in runs[0]}
                   for keep, runs in results.items()}
        for keep in (False, True):
            m = medians[keep]
            print(f"history {'on ' if keep else 'off'} | first sync {m['total']:6.2f} s | "
                  f"applying pages {m['apply']:6.2f} s ({m['cpu']:6.2f} s CPU) | "
                  f"history rows {int(m['rows']):,}")
        on, off = medians[True], medians[False]
        print(f"ratio on/off: first sync {on['total'] / off['total']:.2f}x, applying pages "
              f"{on['apply'] / off['apply']:.2f}x ({on['cpu'] / off['cpu']:.2f}x CPU) "
              f"(target <= 1.2x; medians of {args.rounds})")
        server.should_exit = True
        engine.dispose()


if __name__ == "__main__":
    main()
