"""Backups and USB sync bundles, measured.

    python bench/backups.py [--smes 100000] [--changed 1000 10000] [--keep DIR]

A laptop database of `--smes` SMEs (the demo's generator, `SmeRepository.create_many`; with
`--keep` it is made once and kept in DIR, and each run works on a copy of it):

- its size, and `PRAGMA quick_check`'s time over it (what is checked at start and after each
  backup);
- a backup as the app makes one (`backups.create`: the online backup API, quick_check of the
  copy, gzip level 1): time and size; a copy off the laptop as "Back up to…" writes it, plain
  and encrypted (`backups.export`: AES-256-GCM, key by scrypt): time and size;
- putting that backup back (`backups.restore`, with the database open as the window holds it:
  the current state backed up first, the sync state carried over): time;
- a backup of a database about the size under which the window backs up right away before
  risky work (`gmsdesk.ui.smes.area.INLINE_BACKUP_BYTES`), to show that it takes no time a
  person would notice.

Then USB sync bundles (`gmsdesk.sync.bundle`) for `--changed` new SMEs, on laptops enrolled
with a real server on 127.0.0.1 (SQLite store): the laptop's export and headquarters' reply to
another laptop of the agency, in bytes against the sync floor of SYNC.md measured as
bench/sync.py measures it (`floor_bytes`: O the bytes of a sync with nothing to do, 24 bytes of
id and clock per record, and `xz -9e` of the same field values as compact JSON). The issue's
target: within 1.1 times the floor. The same changes pushed over the network are shown beside.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gmsdesk.demo import generate_smes  # noqa: E402
from gmsdesk.server.bundle import import_bundle, write_reply  # noqa: E402
from gmsdesk.server.store import Store, create_schema, make_engine  # noqa: E402
from gmsdesk.services import backups  # noqa: E402
from gmsdesk.storage.db import Database, integrity_problems  # noqa: E402
from gmsdesk.sync import bundle  # noqa: E402
from gmsdesk.sync.client import SyncClient  # noqa: E402

PASSPHRASE = "mekong river 2025"


def _bench_sync() -> Any:
    """bench/sync.py, for its server and its floor (one way of measuring both)."""
    spec = importlib.util.spec_from_file_location("bench_sync", ROOT / "bench" / "sync.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


def mb(size: int) -> str:
    return f"{size / 1024 ** 2:8.1f} MB"


def on_disk(path: Path) -> int:
    return sum(Path(f"{path}{end}").stat().st_size for end in ("", "-wal")
               if Path(f"{path}{end}").exists())


def build(path: Path, count: int) -> float:
    """A laptop database of `count` demo SMEs; returns the seconds it took."""
    started = time.perf_counter()
    db = Database(path, user="bench")
    try:
        rows = generate_smes(count, seed=count)
        made = db.smes.create_many(rows, chunk=5000)
        assert made == count, made
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    return time.perf_counter() - started


def database(work: Path, count: int, keep: Path | None) -> Path:
    """The database to measure: a copy of the kept one when there is one (made and kept
    first, with --keep), else one made in `work`."""
    path = work / f"laptop-{count}.sqlite3"
    if keep is None:
        print(f"making {count:,} SMEs ... {build(path, count):.1f} s")
        return path
    keep.mkdir(parents=True, exist_ok=True)
    kept = keep / f"laptop-{count}.sqlite3"
    if not kept.exists():
        partial = keep / f".laptop-{count}.partial.sqlite3"
        print(f"making {count:,} SMEs (kept in {keep}) ... {build(partial, count):.1f} s")
        partial.replace(kept)
    shutil.copyfile(kept, path)
    return path


def timed(work: Any) -> tuple[Any, float]:
    started = time.perf_counter()
    result = work()
    return result, time.perf_counter() - started


def measure_backups(path: Path, out: Path) -> None:
    size = on_disk(path)
    problems, check = timed(lambda: integrity_problems(path))
    assert problems == [], problems
    db = Database(path, user="bench")
    try:
        smes = db.smes.count()
        print(f"\ndatabase: {smes:,} SMEs, {mb(size)}; quick_check {check:6.2f} s")
        made, took = timed(lambda: backups.create(db, "manual"))
        assert made is not None
        print(f"backup (online copy, quick_check of the copy, gzip -1):   {took:6.2f} s, "
              f"{mb(made.size)} ({made.size / size:.0%} of the database)")
        out.mkdir(exist_ok=True)
        plain, took_plain = timed(lambda: backups.export(db, out))
        assert plain is not None
        print(f"Back up to… plain (the newest backup copied):            {took_plain:6.2f} s, "
              f"{mb(plain.stat().st_size)}")
        db.smes.create({"name": "One more, so a new backup is made"})
        sealed, took_sealed = timed(lambda: backups.export(db, out, passphrase=PASSPHRASE))
        assert sealed is not None
        print(f"Back up to… encrypted (a new backup, then AES-GCM/scrypt): {took_sealed:6.2f} s, "
              f"{mb(sealed.stat().st_size)}")
        db.smes.create({"name": "After the backup"})
        result, took_restore = timed(lambda: backups.restore(path, made.path, current=db))
        assert result is not None
        assert result.before is not None
        print(f"restore (current state backed up first, then put back):  {took_restore:6.2f} s "
              f"(its own backup first: {result.before.size / 1024 ** 2:.1f} MB)")
        assert db.smes.count() == smes
    finally:
        db.close()


def measure_inline(work: Path, limit: int) -> None:
    """A backup of a database of about `limit` bytes, as the window makes one right away."""
    count = 25
    while True:
        path = work / f"small-{count}.sqlite3"
        build(path, count)
        db = Database(path, user="bench")
        if db.size_bytes() >= limit * 0.9 or count >= 64_000:
            break
        db.close()
        count = count * 5 // 4
    try:
        backups.create(db, "manual")  # the backups folder made, and a first copy in it
        db.smes.create({"name": "A change since"})
        made, took = timed(lambda: backups.backup_before(db, "bulk-delete"))
        assert made is not None
        print(f"backup before risky work, {count:,} SMEs ({mb(db.size_bytes()).strip()}; "
              f"the window does it right away up to {limit / 1024 ** 2:.0f} MB): {took:5.3f} s")
    finally:
        db.close()


def measure_bundles(work: Path, sizes: list[int]) -> None:
    sync_bench = _bench_sync()
    store = Store(make_engine(str(work / "hq.sqlite3")))
    create_schema(store.engine)
    server, url = sync_bench.start_server(store)
    print("\nUSB bundles against the sync floor (B_min = O + N x 24 B + xz -9e of the values)")
    try:
        for n in sizes:
            laptops = []
            # The laptop that pushes the same SMEs over the network is in an agency of its
            # own: it pulls nothing of the others'.
            for name, agency in (("field", f"bundle-{n}"), ("office", f"bundle-{n}"),
                                 ("network", f"network-{n}")):
                if name != "office":
                    store.add_agency(agency, f"Bench agency {agency}")
                db = Database(work / f"{name}-{n}.sqlite3", user="bench")
                client = SyncClient(db)
                client.enroll(url, store.create_enrollment(agency), name)
                laptops.append((db, client))
            (field, field_client), (office, office_client), (net, net_client) = laptops
            noop = field_client.sync()
            overhead = noop.bytes_sent + noop.bytes_received
            office_client.sync()
            net_client.sync()
            rows = list(generate_smes(n, seed=n))
            field.smes.create_many(rows)
            net.smes.create_many(rows)
            floor = sync_bench.floor_bytes(rows, overhead)
            (data, summary), t_export = timed(lambda: bundle.export(field))  # noqa: B023
            sealed, _ = bundle.export(field, PASSPHRASE)
            _, t_hq = timed(lambda: import_bundle(store, data))  # noqa: B023
            (answer, _), t_reply = timed(lambda: write_reply(store, office.device_id))  # noqa: B023
            taken, t_take = timed(lambda: bundle.import_bytes(office, answer))  # noqa: B023
            assert summary.sent == n, summary
            assert taken.received >= n, taken.received  # and what else headquarters had
            pushed = net_client.sync()
            wire = pushed.bytes_sent + pushed.bytes_received
            print(f"{n:>7,} SMEs: floor {floor:>10,} B | export {len(data):>10,} B "
                  f"({len(data) / floor:.2f}x; encrypted {len(sealed):,} B) | reply "
                  f"{len(answer):>10,} B ({len(answer) / floor:.2f}x) | network push "
                  f"{wire:>10,} B ({wire / floor:.2f}x)")
            print(f"{'':13}times: export {t_export:.2f} s, headquarters import {t_hq:.2f} s, "
                  f"reply {t_reply:.2f} s, laptop import {t_take:.2f} s")
            for db, _client in laptops:
                db.close()
    finally:
        server.should_exit = True
        store.engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--smes", type=int, default=100_000)
    parser.add_argument("--changed", type=int, nargs="+", default=[1000, 10_000])
    parser.add_argument("--keep", type=Path, default=None,
                        help="make the big database once and keep it in this folder")
    args = parser.parse_args()
    from gmsdesk.ui.smes.area import INLINE_BACKUP_BYTES

    with tempfile.TemporaryDirectory(prefix="gmsdesk-bench-backups-") as folder:
        work = Path(folder)
        measure_backups(database(work, args.smes, args.keep), work / "stick")
        measure_inline(work, INLINE_BACKUP_BYTES)
        measure_bundles(work, args.changed)


if __name__ == "__main__":
    main()
