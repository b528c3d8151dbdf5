"""Photos and files by USB stick: a laptop that only syncs by bundle delivers its files to
headquarters (kept as a network upload keeps them, in a folder or in PostgreSQL), headquarters'
reply tells it so and it stops carrying them; a file changed on the way is refused alone; an
office laptop keeps and carries on another laptop's files; an encrypted bundle hides them; the
file's size cap holds; and an older release refuses such a bundle whole, or (an older
headquarters' reply) makes the laptop leave its files out (a real server on 127.0.0.1)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from gmsdesk.server.bundle import BundleRefused, import_bundle, write_reply
from gmsdesk.storage.attachments import Attachment, attachments_of
from gmsdesk.storage.db import Database
from gmsdesk.sync import attachments as attachment_sync
from gmsdesk.sync import bundle
from gmsdesk.sync.client import SyncClient
from tests.survey_kit import answer
from tests.sync import test_attachments as kit
from tests.sync.faulty import server_smes
from tests.sync.test_attachments import blob, import_catalogue, photo, server_bytes

Enrolled = Callable[[str, str], tuple[Database, SyncClient]]
enrolled = kit.enrolled  # each laptop with a data folder (and attachments) of its own
SQLITE = pytest.mark.parametrize("store", ["sqlite"], indirect=True)


def attach(db: Database, tmp_path: Path, product: str, *files: Path) -> list[Attachment]:
    """A response naming these files (the first as its photo, the second as its price list)."""
    ref = import_catalogue(db, tmp_path)
    added = [attachments_of(db).add_file(f) for f in files]
    answers = {"product": product}
    for name, one in zip(("photo", "price_list"), added, strict=False):
        answers[name] = one.name
    answer(db, ref, answers)
    return added


def layout(data: bytes) -> int:
    return data[len(bundle.MAGIC)]


def test_a_usb_only_laptop_delivers_its_files_and_stops_carrying_them(
        enrolled: Enrolled, server: Any, tmp_path: Path) -> None:
    field, _ = enrolled("kh-sr", "field")
    office, office_client = enrolled("kh-sr", "office")
    pot, prices = attach(field, tmp_path, "Clay pot", photo(tmp_path, "pot.jpg"),
                         blob(tmp_path, "prices.pdf", 300_000))
    data, summary = bundle.export(field)
    assert layout(data) == 2 and summary.files == 2
    assert summary.file_bytes == pot.size + prices.size

    result = import_bundle(server.store, data)  # where the server keeps them (no service given)
    [laptop] = result.laptops
    assert (laptop.files, laptop.files_new, laptop.files_refused) == (2, 2, [])
    assert server_bytes(server, prices.hash) == (tmp_path / "prices.pdf").read_bytes()
    assert server_bytes(server, pot.hash) == (tmp_path / "pot.jpg").read_bytes()
    assert attachments_of(field).waiting()[0] == 2  # nothing counts before the reply

    taken = bundle.import_bytes(field, write_reply(server.store, field.device_id)[0])
    assert taken.files_delivered == 2 and field.outbox.pending_count() == 0
    assert attachments_of(field).to_send() == [] and attachments_of(field).waiting()[0] == 0
    again, summary = bundle.export(field)
    assert layout(again) == bundle.PLAIN and summary.files == 0
    # A colleague syncing over the network sees the photo's thumbnail and opens the file.
    pulled = office_client.sync().attachments
    assert pulled is not None and pulled.thumbnails == 1
    fetched = attachment_sync.fetch_attachment(office, prices.name)
    assert fetched.read_bytes() == (tmp_path / "prices.pdf").read_bytes()
    # The field laptop's next network sync has nothing to send.
    report = SyncClient(field).sync().attachments
    assert report is not None and report.bytes_sent == 0 and report.waiting == 0


@SQLITE
def test_a_file_changed_on_the_way_is_refused_alone_and_sent_again(
        enrolled: Enrolled, server: Any, tmp_path: Path) -> None:
    field, _ = enrolled("kh-sr", "field")
    pot, prices = attach(field, tmp_path, "Clay pot", photo(tmp_path, "pot.jpg"),
                         blob(tmp_path, "prices.pdf", 200_000))
    data, _ = bundle.export(field)
    [last, _size] = bundle.read_envelope(data).open()["blobs"][-1]
    changed = bytearray(data)
    changed[-100] ^= 0x01  # inside the last file
    with pytest.raises(BundleRefused):
        import_bundle(server.store, bytes(changed[:-3]))  # cut short: refused whole
    result = import_bundle(server.store, bytes(changed))
    [laptop] = result.laptops
    assert laptop.files == 1 and [ref for ref, _ in laptop.files_refused] == [last]
    assert (laptop.batches, laptop.replayed, laptop.refused) == (1, 0, [])  # records went in
    taken = bundle.import_bytes(field, write_reply(server.store, field.device_id)[0])
    assert taken.files_delivered == 1 and taken.acknowledged == laptop.edits > 0
    assert [a.hash for a in attachments_of(field).to_send()] == [last]
    data, summary = bundle.export(field)  # the next bundle carries what did not arrive
    assert summary.files == 1
    assert import_bundle(server.store, data).laptops[0].files == 1
    for one, name in ((pot, "pot.jpg"), (prices, "prices.pdf")):
        assert server_bytes(server, one.hash) == (tmp_path / name).read_bytes()
    assert bundle.import_bytes(field, write_reply(server.store, field.device_id)[0]
                               ).files_delivered == 1
    assert attachments_of(field).to_send() == []


@SQLITE
def test_an_office_laptop_keeps_and_carries_on_another_laptops_files(
        enrolled: Enrolled, server: Any, tmp_path: Path) -> None:
    trainer, trainer_client = enrolled("kh-sr", "trainer")
    office, _ = enrolled("kh-sr", "office")
    [pot] = attach(trainer, tmp_path, "Clay pot", photo(tmp_path, "pot.jpg"))
    bundle.import_bytes(office, write_reply(server.store, office.device_id)[0])  # its keys
    import_catalogue(office, tmp_path)
    sibling, _ = bundle.export(trainer)
    before = attachments_of(office).files_on_disk()
    stops = 0
    while True:  # stopped anywhere, the import keeps nothing
        def progress(done: int, total: int, _stop: int = stops,
                     _calls: list[int] = [0]) -> bool:  # noqa: B006 - one list per stop
            _calls[0] += 1
            return _calls[0] <= _stop

        try:
            taken = bundle.import_bytes(office, sibling, progress=progress)
        except bundle.Cancelled:
            assert attachments_of(office).files_on_disk() == before
            assert office.meta("bundle_relays") == ""
            stops += 1
            continue
        break
    assert (taken.checked, taken.carried, taken.files, taken.files_refused) == (True, 1, 1, 0)
    kept = attachments_of(office).path(pot.name)  # the office can open it
    assert kept is not None and kept.read_bytes() == (tmp_path / "pot.jpg").read_bytes()
    assert attachments_of(office).to_send() == []  # not the office's own to send

    onward, summary = bundle.export(office)
    assert (summary.carried, summary.files) == (1, 1)
    result = import_bundle(server.store, onward)
    assert [(one.device, one.files) for one in result.laptops] == \
        [(office.device_id, 0), (trainer.device_id, 1)]
    assert server_bytes(server, pot.hash) == (tmp_path / "pot.jpg").read_bytes()
    # Headquarters' reply to the office: the trainer's batch and file arrived, nothing is
    # carried any more.
    bundle.import_bytes(office, write_reply(server.store, office.device_id)[0])
    assert office.meta("bundle_relays") == ""
    # The trainer, over the network: headquarters has its file for its agency, nothing sent.
    report = trainer_client.sync().attachments
    assert report is not None and report.sent == 1 and report.bytes_sent == 0


@SQLITE
def test_an_encrypted_bundle_hides_its_files(enrolled: Enrolled, server: Any,
                                             tmp_path: Path) -> None:
    field, _ = enrolled("kh-sr", "field")
    [prices] = attach(field, tmp_path, "Catalogue", blob(tmp_path, "prices.pdf", 100_000))
    content = (tmp_path / "prices.pdf").read_bytes()
    data, summary = bundle.export(field, passphrase="ស្ទឹងសែន 2025")
    assert summary.files == 1 and summary.encrypted
    assert content[5000:5064] not in data
    with pytest.raises(BundleRefused, match="encrypted"):
        import_bundle(server.store, data)
    assert import_bundle(server.store, data, "ស្ទឹងសែន 2025").laptops[0].files == 1
    assert server_bytes(server, prices.hash) == content


@SQLITE
def test_a_bundle_carries_no_more_files_than_its_cap_allows(
        enrolled: Enrolled, server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
        ) -> None:
    field, _ = enrolled("kh-sr", "field")
    attach(field, tmp_path, "Catalogue", blob(tmp_path, "a.pdf", 600_000, seed=3),
           blob(tmp_path, "b.pdf", 600_000, seed=4))
    monkeypatch.setattr(bundle, "MAX_FILE_BYTES", 2_000_000)
    data, summary = bundle.export(field)
    assert summary.files == 1 and len(data) < 2_000_000
    import_bundle(server.store, data)
    bundle.import_bytes(field, write_reply(server.store, field.device_id)[0])
    data, summary = bundle.export(field)  # the rest goes in the next one
    assert summary.files == 1
    import_bundle(server.store, data)
    bundle.import_bytes(field, write_reply(server.store, field.device_id)[0])
    assert attachments_of(field).to_send() == []


@SQLITE
def test_older_releases_refuse_a_bundle_with_files_whole_and_lose_nothing(
        enrolled: Enrolled, server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
        ) -> None:
    field, _ = enrolled("kh-sr", "field")
    attach(field, tmp_path, "Catalogue", blob(tmp_path, "prices.pdf", 50_000))
    data, _ = bundle.export(field)
    with monkeypatch.context() as old:  # a release that reads layout 1 only
        old.setattr(bundle, "VERSION", 1)
        with pytest.raises(BundleRefused, match="newer version of GMS Desk"):
            import_bundle(server.store, data)
        assert server_smes(server.store) == {}

    # An older headquarters' reply answers for no files: the next bundle leaves them out,
    # so the records still go; a newer headquarters' reply brings them back.
    import_bundle(server.store, data)
    envelope = bundle.read_envelope(write_reply(server.store, field.device_id)[0])
    payload = envelope.open()
    del payload["attachments"]
    enrolment = field.sync.enrolment()
    assert enrolment is not None
    token = enrolment.token
    bundle.import_bytes(field, bundle.seal(payload, bundle.token_key(token)))
    assert attachments_of(field).waiting()[0] == 1
    plain, summary = bundle.export(field)
    assert layout(plain) == bundle.PLAIN and summary.files == 0
    bundle.import_bytes(field, write_reply(server.store, field.device_id)[0])
    assert attachments_of(field).to_send() == []  # held since the first bundle
