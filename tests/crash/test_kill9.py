"""kill -9 at random moments of the operations that write a lot at once: an SME import, a
sync, a backup, a restore, a sync bundle's export on a laptop, its import at headquarters, and
headquarters' reply imported on the laptop.

Each runs in a child process (see `kit.hammer`) as a person runs it (the `gmsdesk` and
`gmsdesk-server` commands), killed with SIGKILL at uniform random moments of an
uninterrupted run, `kit.KILLS` times. After each kill: every database passes
`PRAGMA integrity_check` (the laptop's, and headquarters' for a sync or a bundle import),
nothing committed before is lost or changed but as the operation changes it; then the
operation run again completes and leaves exactly what a run nobody interrupted leaves: the
same records, nothing twice (for a sync: laptop and headquarters agree, the outbox is empty,
no change entered headquarters' log twice). A killed backup never leaves a file listed as a
backup that cannot be restored; a killed restore leaves the old database or the new one,
never a mix, and GMS Desk opens it, its indicator tables the database's own. Each operation
is also killed once right after a few named steps that random moments rarely hit (a
restore's install, a sync's answer received but not applied...).

Headquarters is a real server (uvicorn) in a process of its own on 127.0.0.1; syncs go in
batches and pages of a few records, as on a slow link, so that kills fall between them.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import sqlite3
from collections import Counter
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import pytest

import gmsdesk.sync.client as client_module
from gmsdesk import cli
from gmsdesk.paths import DB_FILENAME
from gmsdesk.server import bundle as server_bundle
from gmsdesk.server import cli as server_cli
from gmsdesk.server.store import Store, create_schema, make_engine
from gmsdesk.services import backups
from gmsdesk.storage import indicator_tables
from gmsdesk.storage.db import Database
from gmsdesk.storage.indicators import Filters
from gmsdesk.storage.smes import ICT_FIELDS, SME_FIELDS
from gmsdesk.storage.sync_store import SyncStore
from gmsdesk.sync import bundle as files
from gmsdesk.sync.client import SyncClient
from tests.crash.kit import (
    KILLS,
    TALLIES,
    Headquarters,
    Operation,
    Query,
    assert_sound,
    fields_between,
    hammer,
    reading,
    rows,
)

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="kills forked children")

AGENCY = "kh-sr"
BATCH = 4500  # bytes of JSON in a pushed batch: some 15 SMEs
PAGE = 9000  # bytes of JSON a pulled page may hold: some 25 SMEs
# The world: SMEs the laptop synced, SMEs another laptop sent it, SMEs waiting on it, edits
# (by each laptop) and deletions (by it) waiting.
SENT, FROM_PEER, WAITING, EDITS, DELETIONS = 30, 60, 60, 10, 3
TAKEN_OVER = "063 963 000"  # a phone number the laptop gave 5 SMEs after its backup
KNOWN, ROWS = 300, 1500  # SMEs before an import, rows of the file imported
BACKED_UP = 1000  # SMEs in a database backed up
# An SME's synced fields, and those a record sent without them has as 0 (not None).
SME_COLUMNS = (*SME_FIELDS, "deleted")
ZERO_DEFAULT = {*ICT_FIELDS, "deleted"}


@pytest.fixture(scope="module", autouse=True)
def summary(request: pytest.FixtureRequest) -> Iterator[None]:
    """The kills of every operation, said at the end (also without -s)."""
    yield
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if reporter is not None and capture is not None and TALLIES:
        with capture.global_and_fixture_disabled():
            reporter.write_line("")
            for tally in TALLIES:
                reporter.write_line(f"kill -9 {tally.line()}")
    TALLIES.clear()


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("kill9")


@pytest.fixture(scope="module")
def small_pages() -> Iterator[None]:
    """Pushed batches and pulled pages of a few records, as on a slow link (the children
    are forked, so they sync so too; bundles are cut in batches as small)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(client_module, "MIN_BATCH", BATCH)
        patch.setattr(client_module, "MAX_BATCH", BATCH)
        post = SyncClient._post

        def small(self: SyncClient, url: str, payload: dict[str, Any], *args: Any,
                  **kwargs: Any) -> Any:
            if "max_bytes" in payload:
                payload = {**payload, "max_bytes": PAGE}
            return post(self, url, payload, *args, **kwargs)

        patch.setattr(SyncClient, "_post", small)
        yield


@pytest.fixture(scope="module")
def hq() -> Iterator[Headquarters]:
    server = Headquarters()
    yield server
    server.close()


# -- records and what holds them ---------------------------------------------------------------

def sme_values(prefix: str, count: int) -> list[dict[str, Any]]:
    return [{"name": f"{prefix} Enterprise {i}", "phone": f"012 {i // 1000:03} {i % 1000:03}",
             "registration_no": f"{prefix[:3].upper()}-{i:06}", "country": "KH",
             "province": "Siem Reap", "sector": "tourism", "employees_total": i % 40,
             "uses_website": i % 2, "notes": f"{prefix} notes {i}"}
            for i in range(count)]


def add_smes(db: Database, values: list[dict[str, Any]]) -> list[str]:
    made = db.smes.create_cleaned([db.smes.clean(v) for v in values])
    return [change.record_id for change in made]


def smes_of(query: Query) -> dict[str, dict[str, Any]]:
    """Every SME of a laptop (deleted ones too) with its synced fields, as `device_smes`
    reads them, straight from the file."""
    return {row[0]: dict(zip(SME_COLUMNS, row[1:], strict=True))
            for row in query(f"SELECT id, {', '.join(SME_COLUMNS)} FROM smes")}


def laptop_state(folder: Path) -> dict[str, Any]:
    """What a laptop holds that an operation may change, comparable between runs: its SMEs
    and sectors, the clock of every field of every record, the outbox, the pull cursor, the
    conflicts and what sync keeps aside."""
    with reading(folder / DB_FILENAME) as query:
        return {"smes": smes_of(query),
                "sectors": query("SELECT code, label, deleted FROM sectors ORDER BY code"),
                "clocks": query("SELECT * FROM field_clocks ORDER BY tbl, row_id, field"),
                "outbox": query("SELECT tbl, row_id, op, fields, hlc FROM outbox ORDER BY seq"),
                "cursor": query("SELECT value FROM meta WHERE key = 'sync_cursor'"),
                "conflicts": query("SELECT tbl, record_id, field, winner_value, winner_hlc, "
                                   "loser_value, loser_hlc, resolved FROM conflicts "
                                   "ORDER BY tbl, record_id, field"),
                "aside": query("SELECT (SELECT count(*) FROM sync_refused), "
                               "(SELECT count(*) FROM sync_deferred)")}


def server_state(database: Path) -> dict[str, Any]:
    """What headquarters holds: every field of every record with its clock, how often each
    change entered its log, the batches it answered and what each laptop's last bundle
    said; and the agency's SMEs as a laptop shows them (as `server_smes` reads them)."""
    with reading(database) as query:
        fields = query("SELECT tbl, row_id, field, agency_id, value, hlc, device_id "
                       "FROM fields")
        log = query("SELECT tbl, row_id, field, hlc, device_id, count(*) FROM changes "
                    "WHERE device_id != 'server' GROUP BY tbl, row_id, field, hlc, device_id")
        answered = set(query("SELECT device_id, batch_id FROM batches"))
        said = query("SELECT * FROM bundle_state ORDER BY device_id")
    smes: dict[str, dict[str, Any]] = {}
    for tbl, row_id, name, agency, value, *_ in fields:
        if tbl == "smes" and agency == AGENCY:
            smes.setdefault(row_id, {})[name] = json.loads(value or "null")
    return {"fields": sorted(fields), "log": Counter({tuple(r[:5]): r[5] for r in log}),
            "batches": answered, "bundles": said,
            "smes": {row_id: {name: values.get(name, 0 if name in ZERO_DEFAULT else None)
                              for name in SME_COLUMNS}
                     for row_id, values in smes.items()}}


def server_bundle_command(database: Path, action: str, file: Path, device: str = "") -> None:
    """`gmsdesk-server --database DATABASE bundle ACTION ...` as its `main` runs it, with its
    connections closed afterwards: one left open in this process would, when collected,
    take the -wal of the next copy made at the same path for its own and delete it."""
    store = server_cli.open_store(str(database))
    try:
        assert server_bundle.run_command(store, action, str(file), device) == 0
    finally:
        store.engine.dispose()


def nothing_twice(server: dict[str, Any]) -> None:
    doubled = {change: n for change, n in server["log"].items() if n > 1}
    assert not doubled, f"{len(doubled)} changes entered headquarters' log twice"


_RESTORABLE: set[tuple[str, int, int]] = set()  # files found to be backups (name, size, time)


def restorable(folder: Path, *paths: Path, smes: int | None = None) -> None:
    """Each file opens as a backup of the database in `folder` (`preview` reads it as a
    restore does: unpacked, checked, opened), with `smes` SMEs if said. A file checked
    before, unchanged since, is not read again."""
    for path in paths:
        stat = path.stat()
        seen_before = (str(path), stat.st_size, stat.st_mtime_ns)
        if seen_before in _RESTORABLE:
            continue
        try:
            seen = backups.preview(folder / DB_FILENAME, path)
        except backups.BackupProblem as exc:
            raise AssertionError(f"{path.name} looks like a backup but is not one: "
                                 f"{exc.detail}") from exc
        assert smes is None or seen.smes == smes, f"{path.name}: {seen.smes} SMEs, not {smes}"
        _RESTORABLE.add(seen_before)


def backups_restorable(folder: Path, smes: int | None = None) -> None:
    """Every file listed as a backup of the database in `folder` restores."""
    restorable(folder, *(b.path for b in backups.list_backups(folder / DB_FILENAME)),
               smes=smes)


def figures_current(folder: Path) -> None:
    """The indicator tables beside the database say what its records say: the figures read
    from them are those read from tables made again."""
    database = folder / DB_FILENAME
    with Database(database) as db:
        kept = db.indicators.compute_all(Filters())
    indicator_tables.discard(database)
    with Database(database) as db:
        made = db.indicators.compute_all(Filters())
    assert kept == made, "the indicator tables beside the database are another database's"


# -- the world: headquarters and a laptop with changes waiting --------------------------------

@pytest.fixture(scope="module")
def world(scratch: Path, hq: Headquarters, small_pages: None) -> Path:
    """Headquarters (server.sqlite3) and an enrolled laptop (laptop/) of agency kh-sr. The
    laptop synced SENT SMEs and 5 edits made after its one backup (in its backups
    folder); it has changes waiting (WAITING new SMEs, EDITS edits, DELETIONS deletions), and
    headquarters has for it FROM_PEER SMEs of another laptop of the agency, that laptop's
    notes on EDITS of its own and 3 sectors headquarters published. Its indicator tables are
    made."""
    root, others = scratch / "world", scratch / "others"
    server = root / "server.sqlite3"
    root.mkdir()
    engine = make_engine(str(server))
    create_schema(engine)
    store = Store(engine)
    store.add_agency(AGENCY, "Siem Reap Provincial Chamber of Commerce")
    store.add_agency("hq", "Headquarters", hq=True)
    codes = {"laptop": store.create_enrollment(AGENCY), "peer": store.create_enrollment(AGENCY),
             "hq": store.create_enrollment("hq")}
    engine.dispose()
    with hq.serving(server):
        folders = {"laptop": root / "laptop", "peer": others / "peer", "hq": others / "hq"}
        dbs = {name: Database(folder / DB_FILENAME, user=name)
               for name, folder in folders.items()}
        try:
            syncs = {name: SyncClient(db) for name, db in dbs.items()}
            for name, client in syncs.items():
                client.enroll(hq.url, codes[name], name)
            for label in ("Silk weaving", "Rice milling", "Eco-lodges"):
                dbs["hq"].smes.add_sector(label)
            syncs["hq"].sync()
            laptop, peer = dbs["laptop"], dbs["peer"]
            own = add_smes(laptop, sme_values("Angkor", SENT))
            laptop.indicators.compute_all(Filters())  # the dashboard was open
            backups.create(laptop, "manual")
            for sme_id in own[-5:]:  # synced after the backup: a restore keeps them
                laptop.smes.update(sme_id, {"phone": TAKEN_OVER})
            syncs["laptop"].sync()
            syncs["peer"].sync()
            add_smes(peer, sme_values("Mekong", FROM_PEER))
            for sme_id in own[:EDITS]:
                peer.smes.update(sme_id, {"notes": "Visited by the office"})
            syncs["peer"].sync()
            add_smes(laptop, sme_values("Bayon", WAITING))
            for sme_id in own[EDITS:2 * EDITS]:
                laptop.smes.update(sme_id, {"employees_total": 99})
            for sme_id in own[2 * EDITS:2 * EDITS + DELETIONS]:
                laptop.smes.delete(sme_id)
            laptop.indicators.compute_all(Filters())
        finally:
            for db in dbs.values():
                db.close()
    rows(server, "PRAGMA wal_checkpoint(TRUNCATE)")  # one file: headquarters was killed
    return root


def copied(source: Path, target: Path, *parts: str) -> Path:
    """A template of `parts` of `source` (all of it when none are named)."""
    for part in parts or (".",):
        shutil.copytree(source / part, target / part, dirs_exist_ok=True)
    (target / "usb").mkdir(exist_ok=True)
    return target


# -- import ----------------------------------------------------------------------------------------

class Import(Operation):
    """`gmsdesk import smes FILE` (ROWS rows: new SMEs, new values for known ones, the same
    business twice, bad rows), killed: a backup first, then the rows committed in chunks."""

    name = "import"

    def __init__(self, known: set[str]) -> None:
        self.known = known

    def run(self, work: Path) -> None:
        rc = cli.main(["--data-dir", str(work / "data"), "import", "smes",
                       str(work / "smes.csv")])
        assert rc == 3  # done, with the bad rows reported

    def result(self, work: Path) -> Any:
        with reading(work / "data" / DB_FILENAME) as query:
            smes = smes_of(query)
            waiting = query("SELECT count(*) FROM outbox")
        return {"known": {k: v for k, v in smes.items() if k in self.known},
                "new": Counter(tuple(v.values()) for k, v in smes.items()
                               if k not in self.known),
                "outbox": waiting}

    def check_killed(self, work: Path) -> None:
        assert_sound(work / "data" / DB_FILENAME)
        now = self.result(work)
        fields_between(now["known"], self.before["known"], self.expected["known"], "known SMEs")
        twice = now["new"] - self.expected["new"]
        assert not twice, f"{sum(twice.values())} SMEs imported twice, or made up"
        backups_restorable(work / "data")


@pytest.fixture(scope="module")
def import_file(scratch: Path) -> tuple[Path, set[str]]:
    """A database of KNOWN SMEs and a file of ROWS rows for it."""
    root = scratch / "import-template"
    known = sme_values("Preah", KNOWN)
    with Database(root / "data" / DB_FILENAME, user="officer") as db:
        ids = set(add_smes(db, known))
    header = ["Company name", "Registration no", "Phone", "Sector", "Country", "Province",
              "Employees", "Notes"]
    lines = []
    for i, values in enumerate(sme_values("Tonle", ROWS - KNOWN // 4 - 2 * ROWS // 100)):
        # Most have no registration number (known again by name and phone), some no phone
        # either (by name and province).
        regno = values["registration_no"] if i % 3 == 1 else ""
        phone = values["phone"] if i % 6 else ""
        lines.append([values["name"], regno, phone, "Tourism", "Cambodia", "Siem Reap",
                      str(values["employees_total"]), values["notes"]])
        if i % 100 == 50:  # the same business again, further down
            lines.append(lines[-40])
        if i % 100 == 70:  # and again with other values: reported, not written over
            lines.append([*lines[-30][:6], "77", "Another count"])
        if i % 100 == 99:  # not a number
            lines.append([f"Tonle Stall {i}", "", "", "", "Cambodia", "Siem Reap", "many", ""])
    for i, values in enumerate(known[::4]):  # new values for SMEs we have
        lines.insert(i * 7, [values["name"], values["registration_no"], values["phone"],
                             "Tourism", "Cambodia", "Siem Reap", str(100 + i), ""])
    with open(root / "smes.csv", "w", newline="", encoding="utf-8") as out:
        csv.writer(out).writerows([header, *lines])
    return root, ids


def test_import_killed_at_random_moments(import_file: tuple[Path, set[str]],
                                         scratch: Path) -> None:
    template, known = import_file
    # Right after the backup made before the import.
    tally = hammer(Import(known), template, scratch / "import", points=[(backups, "create", 1)])
    assert tally.kills >= KILLS


# -- backup ----------------------------------------------------------------------------------------

class Backup(Operation):
    """`gmsdesk backup --to usb`: a backup beside the database, copied to a USB stick."""

    name = "backup"

    def run(self, work: Path) -> None:
        assert cli.main(["--data-dir", str(work / "data"), "backup", "--to",
                         str(work / "usb")]) == 0

    def result(self, work: Path) -> Any:
        with reading(work / "data" / DB_FILENAME) as query:
            return smes_of(query)

    def check_killed(self, work: Path) -> None:
        assert_sound(work / "data" / DB_FILENAME)
        assert self.result(work) == self.before
        backups_restorable(work / "data", smes=BACKED_UP)
        restorable(work / "data", *self.copies(work), smes=BACKED_UP)

    @staticmethod
    def copies(work: Path) -> list[Path]:
        """The copies on the USB stick (one is written beside its name, then renamed)."""
        return [p for p in (work / "usb").iterdir() if not p.name.startswith(".")]

    def check_done(self, work: Path, result: Any) -> None:
        assert backups.list_backups(work / "data" / DB_FILENAME) and self.copies(work)


@pytest.fixture(scope="module")
def backed_up(scratch: Path) -> Path:
    root = scratch / "backup-template"
    with Database(root / "data" / DB_FILENAME, user="officer") as db:
        add_smes(db, sme_values("Kampot", BACKED_UP))
    (root / "usb").mkdir()
    return root


def test_backup_killed_at_random_moments(backed_up: Path, scratch: Path) -> None:
    # Right after the copy was compressed, before it has its name.
    tally = hammer(Backup(), backed_up, scratch / "backup", points=[(backups, "_compress", 1)])
    assert tally.kills >= KILLS


# -- restore ---------------------------------------------------------------------------------------

class Restore(Operation):
    """`gmsdesk restore BACKUP --yes` on the laptop of the world, killed: the backup made
    before its first sync goes back, with what it synced since kept."""

    name = "restore"

    def __init__(self, backup: str) -> None:
        self.backup = backup

    def run(self, work: Path) -> None:
        laptop = work / "laptop"
        assert cli.main(["--data-dir", str(laptop), "restore",
                         str(laptop / "backups" / self.backup), "--yes"]) == 0

    def result(self, work: Path) -> Any:
        return laptop_state(work / "laptop")

    def check_killed(self, work: Path) -> None:
        laptop = work / "laptop"
        assert_sound(laptop / DB_FILENAME)
        assert backups.startup_check(laptop / DB_FILENAME, crashed=True).problems == []
        state = self.result(work)
        assert state in (self.before, self.expected), "neither the database replaced nor " \
                                                      "the one restored"
        backups_restorable(laptop)
        figures_current(laptop)

    def check_done(self, work: Path, result: Any) -> None:
        assert len(result["smes"]) == SENT, "not the backup's SMEs"
        kept = [v for v in result["smes"].values() if v["phone"] == TAKEN_OVER]
        assert len(kept) == 5, "the edits headquarters has were not kept"


def test_restore_killed_at_random_moments(world: Path, scratch: Path) -> None:
    template = copied(world, scratch / "restore-template", "laptop")
    made = backups.list_backups(template / "laptop" / DB_FILENAME)
    assert len(made) == 1
    # Right after the database was put in place: its indicator tables must be its own.
    tally = hammer(Restore(made[0].path.name), template, scratch / "restore",
                   points=[(backups, "_install", 1)])
    assert tally.kills >= KILLS


# -- sync ------------------------------------------------------------------------------------------

class Sync(Operation):
    """`gmsdesk sync` on the laptop of the world, killed; headquarters keeps running."""

    name = "sync"

    def __init__(self, hq: Headquarters) -> None:
        self.hq = hq

    def live(self, work: Path) -> AbstractContextManager[object]:
        return self.hq.serving(work / "server.sqlite3")

    def reset(self, template: Path, work: Path) -> None:
        """The laptop's files copied; headquarters' store put back through SQLite (its
        -wal with it), which the server running on it sees as one more commit."""
        shutil.rmtree(work / "laptop", ignore_errors=True)
        shutil.copytree(template / "laptop", work / "laptop")
        source = sqlite3.connect(str(template / "server.sqlite3"))
        target = sqlite3.connect(str(work / "server.sqlite3"), timeout=30)
        try:
            source.backup(target)
        finally:
            target.close()
            source.close()

    def run(self, work: Path) -> None:
        assert cli.main(["--data-dir", str(work / "laptop"), "sync"]) == 0

    def result(self, work: Path) -> Any:
        return laptop_state(work / "laptop"), server_state(work / "server.sqlite3")

    def check_killed(self, work: Path) -> None:
        assert_sound(work / "laptop" / DB_FILENAME, work / "server.sqlite3")
        (laptop_before, server_before), (laptop_after, server_after) = self.before, self.expected
        laptop, server = self.result(work)
        fields_between(laptop["smes"], laptop_before["smes"], laptop_after["smes"], "laptop")
        fields_between(server["smes"], server_before["smes"], server_after["smes"],
                       "headquarters")
        nothing_twice(server)
        # What left the outbox is at headquarters, as the laptop has it.
        waiting = {(e[0], e[1]) for e in laptop["outbox"]}
        for tbl, row_id, *_ in laptop_before["outbox"]:
            if tbl == "smes" and (tbl, row_id) not in waiting:
                assert server["smes"].get(row_id) == laptop["smes"][row_id], \
                    f"SME {row_id} left the outbox but headquarters does not have it"

    def check_done(self, work: Path, result: Any) -> None:
        laptop, server = result
        assert laptop["outbox"] == []
        nothing_twice(server)
        assert laptop["smes"] == server["smes"], "the laptop and headquarters disagree"


def test_sync_killed_at_random_moments(world: Path, hq: Headquarters, scratch: Path) -> None:
    template = copied(world, scratch / "sync-template")
    # Right after headquarters answered a push (applied there, not here); after a page was
    # applied, before its batch left the outbox; after the first batch left it.
    tally = hammer(Sync(hq), template, scratch / "sync",
                   points=[(SyncClient, "_post", 2), (SyncStore, "apply_remote", 2),
                           (SyncStore, "acknowledge", 1)])
    assert tally.kills >= KILLS


# -- sync bundles ----------------------------------------------------------------------------------

BUNDLE, REPLY = "usb/field.gmsbundle", "usb/reply.gmsbundle"


def bundle_batches(path: Path) -> list[Any] | None:
    """The batches a bundle file carries (None: there is no file)."""
    if not path.exists():
        return None
    payload = files.read_envelope(files.read_file(path)).open()
    return [json.dumps(batch, sort_keys=True) for batch in payload["batches"]]


class BundleExport(Operation):
    """`gmsdesk bundle export FILE` on the laptop of the world, killed."""

    name = "bundle export (laptop)"

    def run(self, work: Path) -> None:
        assert cli.main(["--data-dir", str(work / "laptop"), "bundle", "export",
                         str(work / BUNDLE)]) == 0

    def result(self, work: Path) -> Any:
        cuts = rows(work / "laptop" / DB_FILENAME,
                    "SELECT value FROM meta WHERE key = 'bundle_cuts'")
        return laptop_state(work / "laptop"), cuts, bundle_batches(work / BUNDLE)

    def check_killed(self, work: Path) -> None:
        assert_sound(work / "laptop" / DB_FILENAME)
        laptop, cuts, batches = self.result(work)
        assert laptop == self.before[0], "an export changed the laptop's records"
        assert cuts in (self.before[1], self.expected[1])
        assert batches in (None, self.expected[2]), "a bundle file that is not whole"

    def check_done(self, work: Path, result: Any) -> None:
        assert result[2] is not None and len(result[2]) >= 3  # batches for kills to fall between


def test_bundle_export_killed_at_random_moments(world: Path, scratch: Path) -> None:
    template = copied(world, scratch / "export-template", "laptop")
    # Right after the batches were cut (and remembered), before the file is written.
    tally = hammer(BundleExport(), template, scratch / "export", points=[(files, "seal", 1)])
    assert tally.kills >= KILLS


@pytest.fixture(scope="module")
def exported(world: Path, scratch: Path) -> Path:
    """The world with the laptop's bundle exported, at BUNDLE."""
    root = copied(world, scratch / "exported")
    BundleExport().run(root)
    return root


class HeadquartersImport(Operation):
    """`gmsdesk-server bundle import FILE` at headquarters, killed: the batches are applied
    one by one, as syncs would apply them."""

    name = "bundle import (headquarters)"

    def run(self, work: Path) -> None:
        server_bundle_command(work / "server.sqlite3", "import", work / BUNDLE)

    def result(self, work: Path) -> Any:
        return server_state(work / "server.sqlite3")

    def check_killed(self, work: Path) -> None:
        assert_sound(work / "server.sqlite3")
        server = self.result(work)
        fields_between(server["smes"], self.before["smes"], self.expected["smes"],
                       "headquarters")
        nothing_twice(server)
        assert server["batches"] <= self.expected["batches"]

    def check_done(self, work: Path, result: Any) -> None:
        nothing_twice(result)
        assert len(result["batches"]) >= len(self.before["batches"]) + 3


def test_bundle_import_at_headquarters_killed_at_random_moments(exported: Path,
                                                                scratch: Path) -> None:
    # Right after the second batch was applied; after all were, before the bundle is noted.
    tally = hammer(HeadquartersImport(), exported, scratch / "hq-import",
                   points=[(server_bundle, "push_batch", 2), (server_bundle, "_apply", 1)])
    assert tally.kills >= KILLS


class LaptopImport(Operation):
    """`gmsdesk bundle import REPLY` on the laptop, killed: headquarters' reply applied in
    one transaction."""

    name = "bundle import (laptop)"
    at_headquarters: dict[str, dict[str, Any]] | None = None

    def run(self, work: Path) -> None:
        assert cli.main(["--data-dir", str(work / "laptop"), "bundle", "import",
                         str(work / REPLY)]) == 0

    def result(self, work: Path) -> Any:
        return laptop_state(work / "laptop")

    def check_killed(self, work: Path) -> None:
        assert_sound(work / "laptop" / DB_FILENAME)
        assert self.result(work) in (self.before, self.expected), "half a reply applied"

    def check_done(self, work: Path, result: Any) -> None:
        assert result["outbox"] == []
        if self.at_headquarters is None:  # which the import does not change
            self.at_headquarters = server_state(work / "server.sqlite3")["smes"]
        assert result["smes"] == self.at_headquarters, "the laptop and headquarters disagree"


def test_bundle_import_on_the_laptop_killed_at_random_moments(exported: Path,
                                                              scratch: Path) -> None:
    template = copied(exported, scratch / "replied")
    HeadquartersImport().run(template)
    with Database(template / "laptop" / DB_FILENAME) as db:
        device = db.device_id
    server_bundle_command(template / "server.sqlite3", "reply", template / REPLY, device)
    tally = hammer(LaptopImport(), template, scratch / "laptop-import")
    assert tally.kills >= KILLS
