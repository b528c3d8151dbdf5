"""A full disk, a real one: a small tmpfs filled until only a little room is left (see
disk_kit), during an import, a sync and a backup, and under the window.

Each time the person gets the plain "disk is full" words (never a traceback or the crash
dialog), what was committed before stays whole (SQLite's own check, the counts), nothing
half-made is left or listed as a good backup, and once the filler is deleted the same work,
on the same open connection, completes.

The scenarios run in a child process (the mount may live in a namespace only it sees); each
returns what it saw, and the test checks that.
"""

from __future__ import annotations

import csv
import random
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from gmsdesk.storage.errors import DiskFull
from gmsdesk.transfer import CHUNK
from tests.conftest import LiveServer
from tests.crash import disk_kit as kit
from tests.crash.disk_kit import KIB, MIB

WORDS = ("silk", "rice", "pepper", "coffee", "weaving", "pottery", "tour", "hotel", "mill",
         "farm", "market", "craft", "textile", "lotus", "temple", "river", "bamboo", "lacquer",
         "spice", "noodle", "orchard", "ferry")
FULL = DiskFull.message


def _notes(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


def _plain(run: dict[str, Any], where: str) -> None:
    """The command stopped with the plain words, naming `where`, and said nothing else."""
    assert run["code"] == 2, run
    assert run["err"] == f"gmsdesk: {FULL}\n{where}\n", run["err"]


def _smes(db: Any) -> dict[str, list[Any]]:
    """Every SME as sync carries it: id -> its shared fields."""
    rows = db.conn.execute("SELECT id, name, phone, notes, sector, agency_id, deleted FROM smes")
    return {r[0]: list(r[1:]) for r in rows}


# -- an import ---------------------------------------------------------------------------------

IMPORTED = 1200  # rows of the file: three chunks of the import
BEFORE = 200  # SMEs already there


def _import_on_a_full_disk(disks: dict[str, Path], source: str) -> dict[str, Any]:
    from gmsdesk import transfer
    from gmsdesk.services import backups
    from gmsdesk.storage.db import Database, integrity_problems

    disk = disks["disk"]
    data = disk / "data"
    command = ["--data-dir", str(data), "import", "smes", source]
    seen: dict[str, Any] = {}
    db = Database(data / "gmsdesk.sqlite3", user="clerk")  # the window's, open throughout
    with db.atomic():
        for n in range(BEFORE):
            db.smes.create({"name": f"Existing {n}", "notes": "kept as it is"})
    backups.create(db, "manual")
    db.smes.create({"name": "Added after the backup"})  # so the import backs up first

    # Too full for the backup the import makes first: the import does not start.
    seen["backups_before"] = [b.path.name for b in backups.list_backups(db.path)]
    kit.fill(disk, 16 * KIB)
    seen["no_backup"] = kit.cli(command)
    seen["no_backup_smes"] = db.smes.count()
    seen["no_backup_listed"] = [b.path.name for b in backups.list_backups(db.path)]
    seen["no_backup_files"] = kit.files(data / "backups")
    seen["no_backup_problems"] = integrity_problems(db.path, full=True)
    kit.free_space(disk)

    # Room for the backup (made now: nothing changes after it), not for the whole file.
    backups.create(db, "manual")
    kit.fill(disk, 1500 * KIB)
    seen["cut_short"] = kit.cli(command)
    seen["cut_short_smes"] = db.smes.count()
    seen["cut_short_problems"] = integrity_problems(db.path, full=True)
    kit.free_space(disk)

    # The same import again, from the window's connection: it completes.
    table = transfer.read_table(source)
    report = transfer.import_smes(db, table, transfer.guess_mapping(table.headers))
    seen["again"] = [report.added, report.updated, report.unchanged, report.problems]
    seen["smes"] = db.smes.count()
    seen["names"] = db.conn.execute(
        "SELECT count(DISTINCT name) FROM smes WHERE deleted = 0").fetchone()[0]
    seen["problems"] = integrity_problems(db.path, full=True)
    seen["listed"] = {b.path.name: backups.preview(db.path, b.path).smes
                      for b in backups.list_backups(db.path)}
    seen["files"] = kit.files(data / "backups")
    db.close()
    return seen


def test_an_import_on_a_full_disk(tmp_path: Path) -> None:
    rng = random.Random(15)
    source = tmp_path / "smes.csv"
    with open(source, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["Name", "Sector", "Province", "Phone", "Notes"])
        for n in range(IMPORTED):
            writer.writerow([f"Imported {n:04d} {rng.choice(WORDS)}", "tourism", "Siem Reap",
                             f"012 {n:06d}", _notes(rng, 12)])
    seen = kit.run(_import_on_a_full_disk, {"disk": 8 * MIB}, tmp_path, source=str(source))
    database = f"{tmp_path}/disks/disk/data/gmsdesk.sqlite3"
    folder = f"{tmp_path}/disks/disk/data/backups"

    # The backup before the import met the full disk: plain words, nothing imported, no half
    # backup beside the good one, the database as it was.
    _plain(seen["no_backup"], folder)
    assert seen["no_backup_smes"] == BEFORE + 1
    assert seen["no_backup_listed"] == seen["backups_before"]
    assert seen["no_backup_files"] == [*seen["backups_before"], "gmsdesk-backups.json"]
    assert seen["no_backup_problems"] == []

    # The import itself met it: plain words; what was there and the chunks committed before
    # are whole.
    _plain(seen["cut_short"], database)
    assert BEFORE + 1 <= seen["cut_short_smes"] < BEFORE + 1 + IMPORTED
    assert seen["cut_short_problems"] == []

    # Space freed, the same file again: every row once, those committed before unchanged.
    committed = seen["cut_short_smes"] - BEFORE - 1
    assert committed > 0 and committed % CHUNK == 0, "whole chunks, and at least one"
    assert seen["again"] == [IMPORTED - committed, 0, committed, 0]
    assert seen["smes"] == seen["names"] == BEFORE + 1 + IMPORTED
    assert seen["problems"] == []
    # Every backup listed is whole (it opens and holds the SMEs of its moment), none else.
    assert len(seen["listed"]) == 3 and min(seen["listed"].values()) == BEFORE
    assert seen["files"] == sorted([*seen["listed"], "gmsdesk-backups.json"])


# -- a sync --------------------------------------------------------------------------------

FROM_OTHERS = 600  # SMEs another laptop of the agency sends while this one's disk is full


def _sync_on_a_full_disk(disks: dict[str, Path], url: str, codes: list[str],
                         elsewhere: str, room: int) -> dict[str, Any]:
    from gmsdesk.storage.db import Database, integrity_problems
    from gmsdesk.sync.client import SyncClient

    disk = disks["disk"]
    data = disk / "data"
    seen: dict[str, Any] = {}
    laptop = Database(data / "gmsdesk.sqlite3", user="clerk")
    client = SyncClient(laptop)
    client.enroll(url, codes[0], "laptop on a full disk")
    for n in range(10):
        laptop.smes.create({"name": f"Own {n}", "notes": "sent before the disk filled"})
    client.sync()

    other = Database(Path(elsewhere) / "other.sqlite3", user="colleague")
    other_client = SyncClient(other)
    other_client.enroll(url, codes[1], "colleague's laptop")
    rng = random.Random(2)
    with other.atomic():
        for n in range(FROM_OTHERS):
            other.smes.create({"name": f"From a colleague {n}", "phone": f"023 {n:06d}",
                               "notes": _notes(rng, 150)})
    other_client.sync()

    for n in range(5):  # waiting in the outbox when the disk fills
        laptop.smes.create({"name": f"Own later {n}", "notes": "sent with the failed sync"})
    seen["pending"] = laptop.outbox.pending_count()
    seen["cursor_before"] = laptop.sync.cursor
    laptop.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    kit.fill(disk, room)
    try:
        client.sync()
        seen["failed"] = None
    except DiskFull as exc:
        seen["failed"] = str(exc)
    seen["failed_smes"] = _smes(laptop)
    seen["failed_cursor"] = laptop.sync.cursor
    seen["failed_pending"] = laptop.outbox.pending_count()
    seen["failed_problems"] = integrity_problems(laptop.path, full=True)
    seen["command"] = kit.cli(["--data-dir", str(data), "sync"])
    kit.free_space(disk)

    report = client.sync()  # the same connection, once there is room again
    seen["again"] = [report.sent, report.received]
    seen["pending_after"] = laptop.outbox.pending_count()
    seen["problems"] = integrity_problems(laptop.path, full=True)
    other_client.sync()
    seen["laptop"] = _smes(laptop)
    seen["other"] = _smes(other)
    laptop.close()
    other.close()
    return seen


@pytest.mark.parametrize("store", ["sqlite"], indirect=True)
@pytest.mark.parametrize("room", [256, 1000], ids=["first page fails", "a page fits"])
def test_a_sync_on_a_full_disk(server: LiveServer, tmp_path: Path, room: int) -> None:
    codes = [server.store.create_enrollment("kh-sr") for _ in range(2)]
    seen = kit.run(_sync_on_a_full_disk, {"disk": 8 * MIB}, tmp_path, url=server.url,
                   codes=codes, elsewhere=str(tmp_path), room=room * KIB)
    database = f"{tmp_path}/disks/disk/data/gmsdesk.sqlite3"

    assert seen["failed"] == f"{FULL}\n{database}"
    _plain(seen["command"], database)
    assert seen["failed_problems"] == []
    # Nothing half-applied: a page and its cursor are one transaction, so what is there is
    # the colleague's changes in the order headquarters sends them, up to where a page ended
    # (which may be inside an SME: the rest of its fields come with the next page); no value
    # is other than the colleague's. The laptop's own SMEs are all there.
    fresh = seen["other"]
    failed = seen["failed_smes"]
    assert len(failed) < len(fresh), "the disk never filled"
    assert sum(1 for row in failed.values() if row[0].startswith("Own")) == 15
    if room == 256:  # not one page: the cursor where it was, the batch pushed still waiting
        assert len(failed) == 15
        assert seen["failed_cursor"] == seen["cursor_before"]
        assert seen["failed_pending"] == seen["pending"]
    else:
        assert len(failed) > 15, "no page was applied"
    state = {}
    for sme_id, row in failed.items():
        name = fresh[sme_id][0]  # the page may have ended before this SME's name
        if name.startswith("From a colleague"):
            assert all(got in (None, want) for got, want in zip(row, fresh[sme_id], strict=True))
            state[int(name.rsplit(" ", 1)[1])] = "whole" if row == fresh[sme_id] else "part"
    order = "".join({"whole": "w", "part": "p"}[state[n]] for n in sorted(state))
    assert sorted(state) == list(range(len(state))) and order.rstrip("p") == "w" * len(
        order.rstrip("p")) and order.count("p") <= 1, order
    assert (seen["failed_cursor"] != seen["cursor_before"]) == bool(state)
    # The batch pushed on the way was acknowledged with the page that came back, or is still
    # waiting: never lost.
    assert seen["failed_pending"] in (0, seen["pending"])
    # Space freed: the sync completes, its own edits sent once, and laptop == headquarters
    # (the colleague's laptop synced after it holds what headquarters has).
    assert seen["pending"] > 0 and seen["pending_after"] == 0
    assert seen["again"][1] > 0
    assert seen["problems"] == []
    assert seen["laptop"] == fresh and len(fresh) == 15 + FROM_OTHERS
    with sqlite3.connect(tmp_path / "server.sqlite3") as hq:
        smes_at_hq = hq.execute("SELECT count(*) FROM records WHERE tbl = 'smes'").fetchone()[0]
        twice = hq.execute("SELECT count(*) FROM (SELECT 1 FROM changes GROUP BY tbl, row_id, "
                           "field, hlc, device_id HAVING count(*) > 1)").fetchone()[0]
    assert smes_at_hq == 15 + FROM_OTHERS
    assert twice == 0  # a batch pushed again after the failure was not stored twice


# -- a backup ------------------------------------------------------------------------------


def _backups_on_full_disks(disks: dict[str, Path]) -> dict[str, Any]:
    from gmsdesk.services import backups
    from gmsdesk.storage.db import Database, integrity_problems

    disk, stick = disks["disk"], disks["stick"]
    data = disk / "data"
    seen: dict[str, Any] = {}
    db = Database(data / "gmsdesk.sqlite3", user="clerk")
    backups.set_budget(db.path, 1 << 30)  # the rules keep them, not a small disk's budget
    rng = random.Random(3)
    with db.atomic():
        for n in range(600):
            db.smes.create({"name": f"SME {n}", "notes": _notes(rng, 40)})
    backups.create(db, "manual")
    db.smes.create({"name": "One more"})
    backups.create(db, "auto")

    def listed() -> list[str]:
        return [b.path.name for b in backups.list_backups(db.path)]

    # A USB stick with less room than the backup.
    kit.fill(stick, 32 * KIB)
    seen["stick_full"] = kit.cli(["--data-dir", str(data), "backup", "--to", str(stick)])
    seen["stick_full_files"] = kit.files(stick)
    kit.free_space(stick)
    seen["stick"] = kit.cli(["--data-dir", str(data), "backup", "--to", str(stick)])
    seen["stick_files"] = kit.files(stick)
    seen["stick_smes"] = [backups.preview(db.path, stick / name).smes
                          for name in seen["stick_files"]]

    # The backups folder on a full disk: by hand, by the command, before risky work.
    db.smes.create({"name": "Changed since"})
    seen["listed_before"] = listed()
    seen["smes_before"] = db.smes.count()
    kit.fill(disk, 32 * KIB)
    attempts: list[Callable[[], Any]] = [
        lambda: backups.create(db, "auto"),
        lambda: backups.backup_before(db, "bulk-delete"),
        lambda: backups.export(db, stick)]
    seen["failed"] = []
    for attempt in attempts:
        try:
            attempt()
            seen["failed"].append(None)
        except DiskFull as exc:
            seen["failed"].append(str(exc))
    seen["command"] = kit.cli(["--data-dir", str(data), "backup"])
    kit.fill(disk, 0)  # not a page left: not even for the backups' small settings file
    try:
        backups.set_budget(db.path, 2 << 30)
        seen["budget"] = None
    except DiskFull as exc:
        seen["budget"] = str(exc)
    seen["budget_kept"] = backups.budget_setting(db.path)
    seen["listed_full"] = listed()
    seen["files_full"] = kit.files(data / "backups")
    seen["problems_full"] = integrity_problems(db.path, full=True)
    seen["smes_full"] = db.smes.count()
    kit.free_space(disk)

    made = backups.create(db, "auto")
    seen["made"] = made.path.name if made else None
    seen["listed"] = listed()
    seen["listed_smes"] = [backups.preview(db.path, b.path).smes
                           for b in backups.list_backups(db.path)]
    seen["files"] = kit.files(data / "backups")
    db.close()
    return seen


def test_backups_on_a_full_disk_and_a_full_usb_stick(tmp_path: Path) -> None:
    seen = kit.run(_backups_on_full_disks, {"disk": 8 * MIB, "stick": 256 * KIB}, tmp_path)
    folder = f"{tmp_path}/disks/disk/data/backups"
    stick = f"{tmp_path}/disks/stick"

    # The stick: plain words naming it, no partial file left on it; once there is room the
    # copy is made, and it is a whole backup.
    _plain(seen["stick_full"], stick)
    assert seen["stick_full_files"] == []
    assert seen["stick"]["code"] == 0, seen["stick"]
    assert len(seen["stick_files"]) == 1 and seen["stick_files"][0].endswith(".sqlite3.gz")
    assert seen["stick_smes"] == [601]

    # The backups folder: each way of backing up says the disk is full and names the folder;
    # no backup was deleted to make room and no partial one is left or listed; the database
    # is whole and unchanged.
    assert seen["failed"] == [f"{FULL}\n{folder}"] * 3
    _plain(seen["command"], folder)
    assert (seen["budget"], seen["budget_kept"]) == (f"{FULL}\n{folder}", 1 << 30)
    assert seen["listed_full"] == seen["listed_before"]
    assert seen["files_full"] == sorted([*seen["listed_before"], "gmsdesk-backups.json"])
    assert seen["problems_full"] == []
    assert seen["smes_full"] == seen["smes_before"] == 602

    # Space freed: a backup is made and listed beside the earlier ones, each of them whole.
    assert seen["listed"] == [seen["made"], *seen["listed_before"]]
    assert seen["listed_smes"] == [602, 601, 600]
    assert seen["files"] == sorted([*seen["listed"], "gmsdesk-backups.json"])


# -- opening on a full disk, and files written to a full stick ----------------------------------


def _start_and_files_on_full_disks(disks: dict[str, Path], source: str) -> dict[str, Any]:
    from gmsdesk.storage.db import Database

    disk, stick = disks["disk"], disks["stick"]
    data = disk / "data"
    seen: dict[str, Any] = {}
    with Database(data / "gmsdesk.sqlite3", user="clerk") as db, db.atomic():
        for n in range(300):
            db.smes.create({"name": f"SME {n}", "notes": "x" * 300})
    # Closed: the next to open it makes SQLite's files beside it again, and finds no room.
    kit.fill(disk, 0)
    try:
        Database(data / "gmsdesk.sqlite3", user="clerk").close()
        seen["open"] = None
    except DiskFull as exc:
        seen["open"] = str(exc)
    seen["command"] = kit.cli(["--data-dir", str(data), "export", "smes", str(stick / "x.csv")])
    kit.free_space(disk)

    kit.fill(stick, 0)
    seen["export"] = kit.cli(["--data-dir", str(data), "export", "smes", str(stick / "x.csv")])
    seen["errors"] = kit.cli(["--data-dir", str(data), "import", "smes", source,
                              "--errors", str(stick / "problems.csv")])
    seen["stick_full"] = kit.files(stick)
    kit.free_space(stick)
    seen["export_again"] = kit.cli(["--data-dir", str(data), "export", "smes",
                                    str(stick / "x.csv")])
    seen["stick"] = kit.files(stick)
    return seen


def test_opening_on_a_full_disk_and_files_written_to_a_full_stick(tmp_path: Path) -> None:
    source = tmp_path / "bad.csv"
    source.write_text("Name,Email\n" + "".join(f"Shop {n},not an address\n" for n in range(400)),
                      encoding="utf-8")
    seen = kit.run(_start_and_files_on_full_disks, {"disk": 8 * MIB, "stick": 512 * KIB},
                   tmp_path, source=str(source))
    database = f"{tmp_path}/disks/disk/data/gmsdesk.sqlite3"
    # No room for SQLite's shared-memory file: said as the full disk it is, not as a disk
    # error ("check that the drive is connected").
    assert seen["open"] == f"{FULL}\n{database}"
    _plain(seen["command"], database)
    # An export and the rows that failed an import, on a stick with no room: plain words, no
    # traceback, no half file on the stick (the import itself is kept: its summary is said).
    assert seen["export"]["code"] == 2 and seen["export"]["err"].startswith(f"gmsdesk: {FULL}")
    assert seen["errors"]["code"] == 2 and seen["errors"]["err"].startswith(f"gmsdesk: {FULL}")
    assert "400 rows: 0 added, 0 updated, 0 unchanged, 400 with problems" in seen["errors"]["out"]
    assert seen["stick_full"] == []
    assert seen["export_again"]["code"] == 0 and seen["stick"] == ["x.csv"]


# -- the window -------------------------------------------------------------------------------


def _window_on_a_full_disk(disks: dict[str, Path]) -> dict[str, Any]:
    from PySide6.QtCore import QThreadPool

    from gmsdesk.ui import errors
    from gmsdesk.ui.application import AppContext, create_qapplication
    from gmsdesk.ui.backups import AutoBackup, BackupsPanel

    disk = disks["disk"]
    app = create_qapplication([])
    shown: list[list[str]] = []
    crashes: list[str] = []
    # What the person would see, noted instead of shown (this process ends with the scenario).
    setattr(errors.QMessageBox, "warning",  # noqa: B010 - a method patched for this process
            lambda parent, title, text: shown.append([title, text]))
    errors.show_crash = lambda parent, kind, exc, tb: crashes.append(repr(exc))
    errors.install_excepthook()  # as the application does: what no screen caught goes there

    def wait(until: Callable[[], bool]) -> None:
        deadline = time.monotonic() + 30
        while not until():
            if time.monotonic() > deadline:
                raise TimeoutError
            app.processEvents()
            time.sleep(0.005)

    ctx = AppContext(disk / "data", "en")
    window: Any = ctx.open_window()
    wait(lambda: not window.smes.model.loading)
    for n in range(300):
        ctx.db.smes.create({"name": f"SME {n}", "notes": "x" * 200})
    auto = AutoBackup(ctx)
    window.show_area(6)  # Settings, with the backups
    panel = window.findChild(BackupsPanel)
    seen: dict[str, Any] = {}

    kit.fill(disk, 16 * KIB)
    auto.tick()  # the automatic backup, in the background
    wait(lambda: auto.running is None)
    QThreadPool.globalInstance().waitForDone()
    panel.back_up()  # "Back up now"
    QThreadPool.globalInstance().waitForDone()
    wait(lambda: len(shown) == 2)
    kit.fill(disk, 0)
    panel.budget.setCurrentIndex(2)  # the backups' disk budget, kept in a small file
    seen["shown"], seen["crashes"] = list(shown), list(crashes)
    seen["listed"] = panel.model.rowCount()

    kit.free_space(disk)
    made: list[Any] = []
    auto.made.connect(made.append)
    auto.tick()
    wait(lambda: bool(made) and auto.running is None)
    panel.refresh()
    seen["listed_after"] = panel.model.rowCount()
    seen["shown_after"], seen["crashes_after"] = len(shown), list(crashes)
    auto.stop()
    window.close()
    QThreadPool.globalInstance().waitForDone()
    app.processEvents()
    ctx.close()
    return seen


def test_the_window_says_the_disk_is_full_and_does_not_crash(tmp_path: Path) -> None:
    seen = kit.run(_window_on_a_full_disk, {"disk": 8 * MIB}, tmp_path)
    folder = f"{tmp_path}/disks/disk/data/backups"
    assert seen["crashes"] == []
    # The automatic backup, "Back up now" and a new budget for the backups each say it.
    assert seen["shown"] == [["GMS Desk", f"{FULL}\n{folder}"]] * 3
    assert seen["listed"] == 0
    assert (seen["listed_after"], seen["shown_after"], seen["crashes_after"]) == (1, 3, [])
