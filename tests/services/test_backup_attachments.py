"""Backups carry the photos and files attached on this laptop (real SQLite files, real files on
disk): each once, put back on a new laptop checked against their SHA-256, a damaged one
reported and the others restored, files already there left alone; backups of before (the
database alone) still restored; a backup cut short or killed never listed; and the files
nothing names any more removed once they are a day old, never one a draft names."""

from __future__ import annotations

import gzip
import hashlib
import io
import os
import random
import signal
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest

from gmsdesk.services import backups
from gmsdesk.storage import attachments
from gmsdesk.storage.attachments import Attachment, attachments_of
from gmsdesk.storage.db import Database, copy_database
from tests import survey_kit
from tests.survey_kit import answer

DAY = 24 * 3600
CATALOGUE = [("text", "product", "Product", "ផលិតផល", "yes"),
             ("file", "price_list", "Price list", "តារាងតម្លៃ", ""),
             ("file", "label", "Label", "ស្លាក", "")]


def import_catalogue(db: Database, tmp_path: Path) -> str:
    return survey_kit.import_catalogue(db, tmp_path, CATALOGUE)


def attach(db: Database, name: str, size: int, seed: int) -> Attachment:
    """A file of random bytes (no photo: no thumbnail to make), attached here."""
    return attachments_of(db).add_bytes(random.Random(seed).randbytes(size), name)


def fetched(db: Database, tmp_path: Path, seed: int) -> str:
    """A file of another laptop's response, fetched from headquarters: held, 'remote'."""
    data = random.Random(seed).randbytes(3000)
    import hashlib

    hash_ = hashlib.sha256(data).hexdigest()
    with db.atomic():
        db.conn.execute("INSERT INTO attachments(hash, origin, created_at) "
                        "VALUES (?, 'remote', '2026-01-01T00:00:00Z')", (hash_,))
    gathered = tmp_path / f"fetched-{seed}"
    gathered.write_bytes(data)
    attachments_of(db).store_fetched(hash_, gathered)
    return hash_


def held(db_path: Path) -> dict[str, bytes]:
    folder = attachments.folder_beside(db_path)
    return {p.name: p.read_bytes() for p in folder.glob("??/*")} if folder.is_dir() else {}


def file_hash_of(db: Database, hash_: str) -> str | None:
    row = db.conn.execute("SELECT file_hash FROM attachments WHERE hash = ?",
                          (hash_,)).fetchone()
    return None if row is None else row[0]


def members(path: Path) -> list[str]:
    with tarfile.open(path, "r:gz") as archive:
        return archive.getnames()


@pytest.fixture
def surveyed(db: Database, tmp_path: Path) -> tuple[Database, Attachment, Attachment, str]:
    """A laptop with two files attached here (one named twice), a response and a draft
    naming them, and a file fetched from headquarters."""
    ref = import_catalogue(db, tmp_path)
    prices = attach(db, "prices.pdf", 200_000, 1)
    label = attach(db, "label.pdf", 50_000, 2)
    assert attach(db, "prices again.pdf", 200_000, 1).hash == prices.hash  # kept once
    answer(db, ref, {"product": "Silk scarf", "price_list": prices.name,
                     "label": prices.name})
    draft = db.surveys.create_draft(ref)
    db.surveys.save_draft(draft, {"product": "Rice", "label": label.name}, page=1)
    remote = fetched(db, tmp_path, 3)
    answer(db, ref, {"product": "Another laptop's", "price_list": remote})  # as synced
    return db, prices, label, remote


def test_a_backup_carries_the_files_attached_here_each_once_and_a_new_laptop_gets_them(
        surveyed: tuple[Database, Attachment, Attachment, str], tmp_path: Path) -> None:
    db, prices, label, remote = surveyed
    info = backups.create(db, "manual")
    assert info is not None and info.path.name.endswith("-manual.tar.gz")
    assert backups.list_backups(db.path) == [info]
    # The budget counts what is on the disk: the files are in the backup's own size.
    assert info.size == info.path.stat().st_size > 0
    names = members(info.path)
    assert names[:3] == [backups.MANIFEST, backups.DATABASE_MEMBER,
                         backups.DATABASE_HASH_MEMBER]
    assert sorted(names[3:]) == sorted([f"attachments/{prices.hash}.pdf",
                                        f"attachments/{label.hash}.pdf"])  # not the fetched
    seen = backups.preview(db.path, info.path)
    assert (seen.format, seen.files, seen.file_bytes) == (2, 2, 250_000)
    assert (seen.responses, seen.reason, seen.taken_at) == (2, "manual", info.taken_at)

    # A new laptop: the database and the files attached on the old one.
    laptop = tmp_path / "new laptop" / "gmsdesk.sqlite3"
    laptop.parent.mkdir()
    result = backups.restore(laptop, info.path)
    assert result is not None and result.before is None
    assert (result.files.written, result.files.present, result.files.damaged) == (2, 0, ())
    here = held(db.path)
    assert held(laptop) == {h: here[h] for h in (prices.hash, label.hash)}
    with Database(laptop, user="t") as restored:
        store = attachments_of(restored)
        path = store.path(prices.name)
        assert path is not None and path.read_bytes() == random.Random(1).randbytes(200_000)
        assert store.get(label.name) is not None and store.get(label.name).held  # type: ignore[union-attr]
        # The fetched file was not carried: it is fetched again when someone opens it.
        assert file_hash_of(restored, remote) is None and result.files_not_held == 1
        assert [d.answers.get("label") for d in restored.surveys.drafts()] == [label.name]

    # Again over it: the files there are not written again.
    kept = {p: p.stat().st_mtime_ns for p in attachments.folder_beside(laptop).glob("??/*")}
    time.sleep(0.01)
    again = backups.restore(laptop, info.path)
    assert again is not None and (again.files.written, again.files.present) == (0, 2)
    assert {p: p.stat().st_mtime_ns for p in kept} == kept


def test_an_encrypted_copy_carries_the_files_too(
        surveyed: tuple[Database, Attachment, Attachment, str], tmp_path: Path) -> None:
    db, prices, label, _remote = surveyed
    usb = tmp_path / "usb"
    usb.mkdir()
    written = backups.export(db, usb, passphrase="mekong river 2026")
    assert written is not None and written.name.endswith(".tar.gz.enc")
    assert [p.name for p in usb.iterdir()] == [written.name]  # no partial file beside
    seen = backups.preview(db.path, written, "mekong river 2026")
    assert (seen.format, seen.files) == (2, 2)
    laptop = tmp_path / "new" / "gmsdesk.sqlite3"
    laptop.parent.mkdir()
    result = backups.restore(laptop, written, "mekong river 2026")
    assert result is not None and result.files.written == 2
    assert set(held(laptop)) == {prices.hash, label.hash}
    # A changed byte anywhere is refused as before, the database here left as it was.
    data = bytearray(written.read_bytes())
    data[-300] ^= 0x01  # in the files, past the database
    changed = usb / "changed.enc"
    changed.write_bytes(bytes(data))
    other = tmp_path / "other" / "gmsdesk.sqlite3"
    other.parent.mkdir()
    with pytest.raises(backups.Tampered):
        backups.restore(other, changed, "mekong river 2026")
    assert not other.exists()


def test_a_damaged_file_is_reported_and_the_others_restored(
        surveyed: tuple[Database, Attachment, Attachment, str], tmp_path: Path) -> None:
    db, prices, label, _remote = surveyed
    info = backups.create(db, "manual")
    assert info is not None
    # One byte of the label's file changed inside the archive (the gzip made again, as a
    # copy that went bad on a stick and was re-packed would be).
    plain = bytearray(gzip.decompress(info.path.read_bytes()))
    with tarfile.open(fileobj=io.BytesIO(bytes(plain))) as archive:
        member = archive.getmember(f"attachments/{label.hash}.pdf")
    plain[member.offset_data + 10] ^= 0xFF
    damaged = tmp_path / "damaged.tar.gz"
    damaged.write_bytes(gzip.compress(bytes(plain)))
    laptop = tmp_path / "new" / "gmsdesk.sqlite3"
    laptop.parent.mkdir()
    result = backups.restore(laptop, damaged)
    assert result is not None
    assert result.files.damaged == (f"{label.hash}.pdf",) and result.files.written == 1
    assert set(held(laptop)) == {prices.hash}
    assert not list(attachments.folder_beside(laptop).glob(".incoming-*"))
    with Database(laptop, user="t") as restored:
        assert file_hash_of(restored, label.hash) is None  # not here: fetched if needed
        assert file_hash_of(restored, prices.hash) == prices.hash
        # What is not here cannot be sent, so it is not shown as waiting to be sent.
        assert {a.hash for a in attachments.attachments_of(restored).to_send()} <= {
            prices.hash}
        assert attachments.attachments_of(restored).waiting()[0] == len(
            attachments.attachments_of(restored).to_send())

    # Cut short after its database: the database and the files before the cut are restored,
    # the rest counted as missing. The files are stored uncompressed, so cutting 30,000 bytes
    # (less than the smaller file, 50,000) cuts into the last one.
    whole = info.path.read_bytes()
    cut = tmp_path / "cut.tar.gz"
    cut.write_bytes(whole[:len(whole) - 30_000])
    elsewhere = tmp_path / "elsewhere" / "gmsdesk.sqlite3"
    elsewhere.parent.mkdir()
    result = backups.restore(elsewhere, cut)
    assert result is not None and result.files.unreadable
    assert (result.files.written, result.files.missing) == (1, 1)
    put_back = held(elsewhere)  # whole, under its own SHA-256
    assert len(put_back) == result.files.written
    assert all(hashlib.sha256(data).hexdigest() == name for name, data in put_back.items())
    assert not list(attachments.folder_beside(elsewhere).glob(".incoming-*"))  # nor a part
    with Database(elsewhere, user="t") as restored:
        assert restored.surveys.drafts()  # the database is whole


def test_a_backup_made_before_files_were_backed_up_still_restores(
        surveyed: tuple[Database, Attachment, Attachment, str], tmp_path: Path) -> None:
    """The database alone, gzipped, as every backup was: restored, and the attachments it
    names that are not on this laptop are noted as not here (fetched when opened)."""
    db, prices, label, _remote = surveyed
    copy = tmp_path / "copy.sqlite3"
    copy_database(db.path, copy, meta={backups.TAKEN_AT: "2025-12-05T15:07:15.472Z",
                                       backups.REASON: "import"})
    old = backups.backups_dir(db.path) / "gmsdesk-20251205T150715472Z-import.sqlite3.gz"
    old.write_bytes(gzip.compress(copy.read_bytes(), 1))
    assert backups.list_backups(db.path)[0].path == old
    # The newest backup is of the database alone while it names files here: a backup is
    # due (the next one, and "Back up to…", carry them), though nothing else changed.
    made = backups.create(db, "manual")
    assert made is not None and not backups.changed_since_backup(db)
    made.path.unlink()
    assert backups.changed_since_backup(db)
    seen = backups.preview(db.path, old)
    assert (seen.format, seen.files, seen.reason) == (1, 0, "import")
    # On this laptop the files are there: all stays as it was.
    result = backups.restore(db.path, old, current=db)
    assert result is not None and result.files_not_held == 0
    assert attachments_of(db).path(prices.name) is not None
    # On a new one they are not.
    laptop = tmp_path / "new" / "gmsdesk.sqlite3"
    laptop.parent.mkdir()
    result = backups.restore(laptop, old)
    assert result is not None and result.files.format == 1
    assert result.files_not_held == 3 and held(laptop) == {}
    with Database(laptop, user="t") as restored:
        assert attachments_of(restored).get(label.name).held is False  # type: ignore[union-attr]


def test_a_database_naming_no_file_is_backed_up_as_before(db: Database) -> None:
    db.smes.create({"name": "Angkor Silk"})
    info = backups.create(db, "manual")
    assert info is not None and info.path.name.endswith(".sqlite3.gz")
    assert gzip.decompress(info.path.read_bytes()).startswith(b"SQLite format 3\x00")


def test_a_backup_stopped_or_killed_while_packing_files_is_never_listed(
        surveyed: tuple[Database, Attachment, Attachment, str], tmp_path: Path) -> None:
    db, *_rest = surveyed
    told: list[int] = []

    def stop_in_the_files(done: int, total: int) -> bool:
        told.append(done)
        return done < 950  # the last part: the files being packed

    assert backups.create(db, "manual", progress=stop_in_the_files) is None
    assert told == sorted(told) and max(told) >= 950
    folder = backups.backups_dir(db.path)
    assert backups.list_backups(db.path) == []
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []

    # Killed (kill -9) in the middle of packing: what it left is no backup, and goes.
    script = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from gmsdesk.services import backups\n"
        "def die(done, total):\n"
        "    if done > 950:\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "    return True\n"
        "backups.create(Path(sys.argv[1]), 'manual', progress=die)\n")
    db.close()
    if sys.platform == "win32":
        return
    ended = subprocess.run([sys.executable, "-c", script, str(db.path)], timeout=60,
                           check=False)
    assert ended.returncode == -signal.SIGKILL
    left = [p for p in folder.iterdir() if p.name.startswith(".partial-")]
    assert left and backups.list_backups(db.path) == []
    backups.prune(db.path)
    assert not any(p.exists() for p in left)


def test_files_nothing_names_go_once_a_day_old_never_a_drafts(
        surveyed: tuple[Database, Attachment, Attachment, str], tmp_path: Path) -> None:
    db, prices, label, remote = surveyed
    replaced = attach(db, "old label.pdf", 10_000, 4)  # a file taken again: nothing names it
    fresh = attach(db, "just now.pdf", 10_000, 5)  # not saved into its draft yet
    store = attachments_of(db)
    folder = store.folder
    stray = folder / ".incoming-abc"  # a write cut short
    stray.write_bytes(b"x")
    old = time.time() - 2 * DAY
    for path in (*folder.glob("??/*"), stray):
        if path.name != fresh.hash:
            os.utime(path, (old, old))
    removed = attachments.remove_orphans(db)
    assert removed == [replaced.hash]
    assert not store.file_path(replaced.hash).exists() and store.get(replaced.name) is None
    assert not stray.exists()
    for kept in (prices.hash, label.hash, fresh.hash, remote):  # a response's, a draft's,
        assert store.file_path(kept).exists()  # too new, another laptop's response's
    # Attached again, an old file is young again.
    again = attach(db, "just now again.pdf", 10_000, 5)
    assert again.hash == fresh.hash and attachments.remove_orphans(db, now=time.time()) == []

    # After a routine backup the clean-up runs (at most twice a day), and the backup made
    # just before still carries the file it removes.
    os.utime(store.file_path(fresh.hash), (old, old))
    info = backups.create(db, "manual")
    assert info is not None and f"attachments/{fresh.hash}.pdf" in members(info.path)
    assert not store.file_path(fresh.hash).exists()
    late = attach(db, "late.pdf", 1000, 6)
    os.utime(store.file_path(late.hash), (old, old))
    db.smes.create({"name": "A change"})
    assert backups.create(db, "auto") is not None
    assert store.file_path(late.hash).exists()  # cleaned up less often than backups
