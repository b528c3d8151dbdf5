"""Photos and files through a real server (SQLite with files on disk, PostgreSQL with the bytes
in the database): kept once, sent once, resumed over a link that keeps dropping, refused when
too large or damaged, sent smaller than the original (which stays), and pulled lazily."""

from __future__ import annotations

import hashlib
import io
import random
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from PIL import Image

from gmsdesk.server.attachments import ServerAttachments
from gmsdesk.storage.attachments import FileTooLarge, attachments_of
from gmsdesk.storage.db import Database
from gmsdesk.sync import attachments as attachment_sync
from gmsdesk.sync import protocol
from gmsdesk.sync.client import SyncClient
from tests import survey_kit
from tests.survey_kit import answer
from tests.sync.link import Link

CATALOGUE = [
    ("text", "product", "Product", "ផលិតផល", "yes"),
    ("image", "photo", "Photo of the product", "រូបថតផលិតផល", ""),
    ("image", "label_photo", "Photo of the label", "រូបថតស្លាក", ""),
    ("file", "price_list", "Price list", "តារាងតម្លៃ", ""),
]
Device = tuple[Database, SyncClient]


@pytest.fixture
def enrolled(server: Any, tmp_path: Path) -> Iterator[Callable[[str, str], Device]]:
    """As the shared fixture, but each laptop with a data folder of its own: its attachments
    sit beside its database."""
    made: list[Database] = []

    def make(agency: str, name: str) -> Device:
        db = Database(tmp_path / name / "gmsdesk.sqlite3", user=name)
        made.append(db)
        client = SyncClient(db)
        client.enroll(server.url, server.store.create_enrollment(agency), name)
        return db, client

    yield make
    for db in made:
        db.close()


def import_catalogue(db: Database, tmp_path: Path) -> str:
    return survey_kit.import_catalogue(db, tmp_path, CATALOGUE)


def photo(folder: Path, name: str, size: tuple[int, int] = (640, 480), seed: int = 1) -> Path:
    """A photo of noise (JPEG compresses it badly: a big file for its size)."""
    rng = random.Random(seed)
    image = Image.frombytes("RGB", size, rng.randbytes(size[0] * size[1] * 3))
    path = folder / name
    image.save(path, "JPEG", quality=92)
    return path


def blob(folder: Path, name: str, size: int, seed: int = 2) -> Path:
    path = folder / name
    path.write_bytes(random.Random(seed).randbytes(size))
    return path


def served(server: Any) -> ServerAttachments:
    service: ServerAttachments = server.server.config.app.state.attachments
    return service


def server_bytes(server: Any, sha256: str) -> bytes:
    return b"".join(served(server).blobs.read(f"blob/{sha256}"))


def test_one_photo_used_twice_is_kept_once_and_sent_once(enrolled: Any, server: Any,
                                                        tmp_path: Path) -> None:
    a, client_a = enrolled("kh-sr", "laptop1")
    b, client_b = enrolled("kh-sr", "laptop2")
    ref = import_catalogue(a, tmp_path)
    scarf = photo(tmp_path, "scarf.jpg")
    store = attachments_of(a)
    first = store.add_file(scarf)
    again = store.add_file(scarf)  # the same photo chosen again, for another question
    assert first.name == again.name and first.name.endswith(".jpg")
    assert store.files_on_disk() == 1 and store.count() == 1
    answer(a, ref, {"product": "Silk scarf", "photo": first.name, "label_photo": again.name})
    answer(a, ref, {"product": "Silk scarf, blue", "photo": first.name})
    report = client_a.sync().attachments
    assert report is not None and report.problem == ""
    assert report.sent == 1 and report.waiting == 0
    assert report.bytes_sent == first.size and report.bytes_resent == 0
    assert server_bytes(server, first.hash) == scarf.read_bytes()
    assert client_a.sync().attachments.bytes_sent == 0  # nothing left to send

    # Another laptop that took the very same photo: the server has it, nothing is sent.
    ref_b = import_catalogue(b, tmp_path)
    same = attachments_of(b).add_file(scarf)
    answer(b, ref_b, {"product": "Scarf", "photo": same.name})
    report_b = client_b.sync().attachments
    assert report_b is not None and report_b.sent == 1 and report_b.bytes_sent == 0


def test_a_file_gets_through_a_link_that_drops_every_64_kb(enrolled: Any, server: Any,
                                                          tmp_path: Path) -> None:
    a, _client = enrolled("kh-sr", "laptop1")
    ref = import_catalogue(a, tmp_path)
    prices = attachments_of(a).add_file(blob(tmp_path, "prices.pdf", 1_500_000))
    answer(a, ref, {"product": "Catalogue", "price_list": prices.name})
    # 2 MB/s: bytes arrive a few kB at a time, as on any real line (over bare 127.0.0.1 a
    # whole piece and the cut land at once, and the server never sees the piece's start).
    link = Link(server.port, rate=2_000_000, drop_every_bytes=64 * 1024)
    try:
        sync = attachment_sync.AttachmentSync(a, link.url, a.sync.enrolment().token,
                                              sleep=lambda s: time.sleep(min(s, 0.05)))
        report = sync.run()
    finally:
        link.stop()
    assert report.problem == "" and report.sent == 1
    assert link.counts.drops >= 20  # the link cut the upload over and over
    assert server_bytes(server, prices.hash) == (tmp_path / "prices.pdf").read_bytes()
    # What reached the server before each cut was kept: what crossed the link is the file
    # once, and the requests' headers (the pieces lost at a cut never left the laptop).
    assert prices.size < link.counts.up < prices.size * 1.1
    assert report.bytes_sent - report.bytes_resent == prices.size
    assert attachments_of(a).to_send() == []


def test_an_empty_file_stopped_before_it_is_sent_waits_for_the_next_sync(
        enrolled: Any, server: Any, tmp_path: Path) -> None:
    a, _client = enrolled("kh-sr", "laptop1")
    ref = import_catalogue(a, tmp_path)
    empty = attachments_of(a).add_file(blob(tmp_path, "empty.pdf", 0))
    answer(a, ref, {"product": "Nothing yet", "price_list": empty.name})
    asked = 0

    def stop() -> bool:  # told to stop just before its (only) piece goes
        nonlocal asked
        asked += 1
        return asked >= 3

    token = a.sync.enrolment().token
    report = attachment_sync.AttachmentSync(a, server.url, token, stop=stop).run()
    assert asked >= 3 and report.sent == 0
    assert [w.hash for w in attachments_of(a).to_send()] == [empty.hash]
    report = attachment_sync.AttachmentSync(a, server.url, token).run()
    assert report.problem == "" and report.sent == 1 and report.waiting == 0
    assert server_bytes(server, empty.hash) == b""


def test_too_large_a_file_is_refused_in_plain_words(enrolled: Any, server: Any,
                                                    tmp_path: Path) -> None:
    a, client_a = enrolled("kh-sr", "laptop1")
    store = attachments_of(a)
    store.set_max_bytes(2 * 1024 * 1024)
    with pytest.raises(FileTooLarge) as refused:
        store.add_file(blob(tmp_path, "video.mp4", 3 * 1024 * 1024 + 300_000))
    assert str(refused.value) == ("This file is 3.3 MB; files up to 2 MB can be attached. "
                                  "Choose a smaller file (a photo taken at a lower "
                                  "resolution, a shorter recording).")
    assert store.count() == 0 and store.files_on_disk() == 0

    # Headquarters' own cap: the file stays on the laptop, the sync says why.
    ref = import_catalogue(a, tmp_path)
    prices = store.add_file(blob(tmp_path, "prices.pdf", 200_000))
    answer(a, ref, {"product": "Catalogue", "price_list": prices.name})
    served(server).max_bytes = 100_000
    report = client_a.sync().attachments
    assert report is not None and report.problem == attachment_sync.REFUSED_SIZE
    assert report.waiting == 1 and store.path(prices.name) is not None


def test_a_photo_is_sent_smaller_and_the_original_kept(enrolled: Any, server: Any,
                                                       tmp_path: Path) -> None:
    a, client_a = enrolled("kh-sr", "laptop1")
    ref = import_catalogue(a, tmp_path)
    store = attachments_of(a)
    store.set_sync_pixels(800)
    original = photo(tmp_path, "vase.jpg", (1600, 1200))
    attached = store.add_file(original)
    answer(a, ref, {"product": "Vase", "photo": attached.name})
    report = client_a.sync().attachments
    assert report is not None and report.sent == 1
    assert report.bytes_sent < attached.size / 2
    kept = store.path(attached.name)
    assert kept is not None and kept.read_bytes() == original.read_bytes()
    with Image.open(kept) as image:
        assert image.size == (1600, 1200)
    sent = store.get(attached.name)
    assert sent is not None and sent.upload_hash and sent.upload_hash != attached.hash
    with Image.open(io.BytesIO(server_bytes(server, sent.upload_hash))) as image:
        assert image.size == (800, 600)
    assert store.files_on_disk() == 1  # the smaller copy made for sending is let go


def test_other_laptops_get_thumbnails_first_and_files_on_demand(enrolled: Any, server: Any,
                                                               tmp_path: Path) -> None:
    a, client_a = enrolled("kh-sr", "laptop1")
    b, client_b = enrolled("kh-sr", "laptop2")
    elsewhere, _client_c = enrolled("la-vt", "laptop3")
    ref = import_catalogue(a, tmp_path)
    store_a = attachments_of(a)
    pot = store_a.add_file(photo(tmp_path, "pot.jpg"))
    prices = store_a.add_file(blob(tmp_path, "prices.pdf", 300_000))
    answer(a, ref, {"product": "Clay pot", "photo": pot.name, "price_list": prices.name})
    client_a.sync()
    report = client_b.sync().attachments
    assert report is not None and report.thumbnails == 1
    store_b = attachments_of(b)
    assert store_b.files_on_disk() == 0  # nothing whole is fetched by itself
    thumbnail = store_b.thumbnail(pot.name)
    assert thumbnail is not None
    with Image.open(io.BytesIO(thumbnail)) as image:
        assert max(image.size) == 256
    remote = store_b.get(prices.name)
    assert remote is not None and not remote.held and remote.size == 300_000
    assert remote.mime == "application/pdf" and not remote.has_thumbnail

    fetched = attachment_sync.fetch_attachment(b, prices.name)
    assert fetched.read_bytes() == (tmp_path / "prices.pdf").read_bytes()
    assert store_b.path(prices.name) == fetched and store_b.files_on_disk() == 1
    # Another agency's laptop cannot fetch it (it never sees the response either).
    with pytest.raises(attachment_sync.FetchError):
        attachment_sync.AttachmentSync(elsewhere, server.url,
                                       elsewhere.sync.enrolment().token).fetch(prices.name)


def test_a_fetch_resumes_after_a_drop(enrolled: Any, server: Any, tmp_path: Path) -> None:
    a, client_a = enrolled("kh-sr", "laptop1")
    b, _client_b = enrolled("kh-sr", "laptop2")
    ref = import_catalogue(a, tmp_path)
    prices = attachments_of(a).add_file(blob(tmp_path, "prices.pdf", 400_000))
    answer(a, ref, {"product": "Catalogue", "price_list": prices.name})
    client_a.sync()
    partial = attachments_of(b).partial_path(prices.hash)
    partial.parent.mkdir(parents=True, exist_ok=True)
    partial.write_bytes((tmp_path / "prices.pdf").read_bytes()[:150_000])  # cut off before
    sync = attachment_sync.AttachmentSync(b, server.url, b.sync.enrolment().token)
    fetched = sync.fetch(prices.name)
    assert fetched.read_bytes() == (tmp_path / "prices.pdf").read_bytes()
    assert not partial.exists()


def _put(server: Any, token: str, ref: str, offset: int, data: bytes, *, sha256: str,
         size: int, piece: str | None = None) -> requests.Response:
    return requests.put(
        f"{server.url}/v1/attachments/{ref}", params={"offset": offset}, data=data,
        timeout=10, headers={
            "Authorization": f"Bearer {token}",
            protocol.PROTOCOL_HEADER: str(protocol.PROTOCOL_VERSION),
            "X-Content-SHA256": sha256, "X-Content-Size": str(size),
            "X-Media-Type": "application/pdf", "X-File-Ext": ".pdf",
            "X-Chunk-SHA256": piece or hashlib.sha256(data).hexdigest()})


def test_the_server_refuses_a_damaged_piece_and_a_damaged_file(enrolled: Any, server: Any
                                                               ) -> None:
    a, _client = enrolled("kh-sr", "laptop1")
    token = a.sync.enrolment().token
    data = random.Random(5).randbytes(100_000)
    sha256 = hashlib.sha256(data).hexdigest()
    first = _put(server, token, sha256, 0, data[:50_000], sha256=sha256, size=len(data))
    assert first.status_code == 200 and first.json() == {"offset": 50_000, "complete": False}
    damaged = bytearray(data[50_000:])
    damaged[10] ^= 0xFF  # one bit flipped on the way; the piece's hash is the sender's
    refused = _put(server, token, sha256, 50_000, bytes(damaged), sha256=sha256,
                   size=len(data), piece=hashlib.sha256(data[50_000:]).hexdigest())
    assert refused.status_code == 422 and refused.json()["error"] == "damaged_piece"
    wrong_place = _put(server, token, sha256, 60_000, data[60_000:], sha256=sha256,
                       size=len(data))
    assert wrong_place.status_code == 409 and wrong_place.json()["offset"] == 50_000
    done = _put(server, token, sha256, 50_000, data[50_000:], sha256=sha256, size=len(data))
    assert done.json() == {"offset": 100_000, "complete": True}
    assert server_bytes(server, sha256) == data

    # A whole that does not match its SHA-256 (a sender's bug) is dropped, not kept.
    other = random.Random(6).randbytes(30_000)
    claimed = hashlib.sha256(b"something else").hexdigest()
    bad = _put(server, token, claimed, 0, other, sha256=claimed, size=len(other))
    assert bad.status_code == 422 and bad.json()["error"] == "damaged_file"
    assert served(server).blobs.length(f"partial/{claimed}") == 0
    assert served(server).blobs.length(f"blob/{claimed}") == 0
    # Nobody else's token gets in.
    stranger = _put(server, "not-a-token", sha256, 0, data, sha256=sha256, size=len(data))
    assert stranger.status_code == 401
