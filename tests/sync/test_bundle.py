"""Sync by file: a laptop's bundle applied at headquarters as its syncs would be, headquarters'
reply imported on the laptop, and bundles mixed with syncs over the network (a real server on
127.0.0.1, a SQLite file and a real PostgreSQL behind it)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

import gmsdesk.sync.client as client_module
from gmsdesk.server.bundle import BundleRefused, import_bundle, write_reply
from gmsdesk.server.store import Store
from gmsdesk.server.store import batches as batch_table
from gmsdesk.storage.db import Database
from gmsdesk.sync import bundle
from gmsdesk.sync.client import SyncClient
from tests.sync.faulty import device_smes, server_change_counts, server_smes

Device = tuple[Database, SyncClient]
Enrolled = Callable[[str, str], Device]


def reply(store: Store, db: Database, passphrase: str = "") -> bytes:
    return write_reply(store, db.device_id, passphrase)[0]


def sme(db: Database, name: str, **values: Any) -> str:
    return db.smes.create({"name": name, **values})[0].record_id


def no_doubles(store: Store) -> None:
    doubled = {k: n for k, n in server_change_counts(store).items() if n > 1}
    assert doubled == {}, "a change entered headquarters' log twice"


def server_batch_ids(store: Store) -> set[tuple[str, str]]:
    with store.engine.connect() as conn:
        return {(r.device_id, r.batch_id) for r in conn.execute(
            sa.select(batch_table.c.device_id, batch_table.c.batch_id))}


def test_a_bundle_reaches_headquarters_and_its_reply_brings_the_rest_back(
        enrolled: Enrolled, server: Any) -> None:
    """The courier's round: the laptop's changes arrive as a sync would bring them; the reply
    confirms them (the outbox empties) and brings a colleague's changes and headquarters'."""
    a, _ = enrolled("kh-sr", "field")
    b, b_client = enrolled("kh-sr", "office")
    hq, hq_client = enrolled("hq", "hq")
    store = server.store
    colleague = sme(b, "Bayon Tours")
    b_client.sync()
    made = [sme(a, "Angkor Silk", phone="012 345 678"), sme(a, "Mekong Rice")]
    a.smes.update(made[0], {"employees_total": 12})
    hq.smes.add_sector("Silk weaving")
    hq_client.sync()

    data, summary = bundle.export(a)
    assert (summary.sent, summary.batches, summary.encrypted) == (3, 1, False)
    result = import_bundle(store, data)
    assert [(one.device, one.batches, one.replayed) for one in result.laptops] == \
        [(a.device_id, 1, 0)]
    assert set(made) <= set(server_smes(store))
    assert server_smes(store)[made[0]]["employees_total"] == 12
    assert a.outbox.pending_count() == 3  # nothing is confirmed before the reply comes back

    taken = bundle.import_bytes(a, reply(store, a))
    assert taken.kind == bundle.REPLY and taken.up_to_date
    assert taken.acknowledged == 3 and taken.refused == 0
    assert a.outbox.pending_count() == 0
    assert colleague in device_smes(a)
    assert "x_silk_weaving" in {s.code for s in a.smes.sectors()}  # headquarters published it
    assert set(device_smes(a)) == set(server_smes(store, "kh-sr"))
    # Over the network afterwards: nothing is sent twice, nothing is missing.
    report = SyncClient(a).sync()
    assert (report.sent, report.round_trips) == (0, 1)
    b_client.sync()
    assert device_smes(b) == device_smes(a)
    no_doubles(store)


def test_importing_twice_or_an_old_bundle_after_a_newer_one_changes_nothing(
        enrolled: Enrolled, server: Any) -> None:
    a, _ = enrolled("kh-sr", "field")
    b, b_client = enrolled("kh-sr", "office")
    store = server.store
    first_id = sme(a, "Angkor Silk")
    old, _ = bundle.export(a)
    a.smes.update(first_id, {"name": "Angkor Silk Farm"})
    second_id = sme(a, "Mekong Rice")
    new, _ = bundle.export(a)

    import_bundle(store, new)
    after_new = (server_smes(store), server_change_counts(store))
    again = import_bundle(store, new)
    stale = import_bundle(store, old)
    assert (server_smes(store), server_change_counts(store)) == after_new
    # The newer bundle carries the older one's batch as it was cut, and one of its own.
    assert again.laptops[0].replayed == again.laptops[0].batches == 2
    assert stale.laptops[0].replayed == stale.laptops[0].batches == 1
    assert server_smes(store)[first_id]["name"] == "Angkor Silk Farm"

    # Replies too: a newer one, then an old one and the newer one again.
    sme(b, "Bayon Tours")
    b_client.sync()
    old_reply = reply(store, a)
    b.smes.update(next(iter(device_smes(b))), {"phone": "099 888 777"})
    b_client.sync()
    new_reply = reply(store, a)
    bundle.import_bytes(a, new_reply)
    held = (device_smes(a), a.sync.cursor, a.outbox.pending_count())
    assert held[2] == 0 and second_id in held[0]
    for data in (old_reply, new_reply):
        taken = bundle.import_bytes(a, data)
        assert (device_smes(a), a.sync.cursor, a.outbox.pending_count()) == held
        assert taken.acknowledged == 0
    no_doubles(store)


def test_a_bundle_altered_cut_short_or_from_a_stranger_is_refused_and_nothing_applied(
        enrolled: Enrolled, server: Any, tmp_path: Path) -> None:
    a, a_client = enrolled("kh-sr", "field")
    store = server.store
    sme(a, "Angkor Silk")
    data, _ = bundle.export(a)
    before = (server_smes(store), server_batch_ids(store))
    positions = sorted({0, 3, 4, 5, 7, 20, len(data) // 2, len(data) - 69, len(data) - 40,
                        len(data) - 5, len(data) - 1})
    for at in positions:
        for delta in (1, 0x80):
            altered = bytearray(data)
            altered[at] ^= delta
            with pytest.raises(BundleRefused):
                import_bundle(store, bytes(altered))
    for length in (0, 4, 10, 100, len(data) // 2, len(data) - 4, len(data) - 1):
        with pytest.raises(BundleRefused):
            import_bundle(store, data[:length])
    with pytest.raises(BundleRefused, match="not a GMS Desk sync bundle"):
        import_bundle(store, b"PK\x03\x04" + data)
    assert (server_smes(store), server_batch_ids(store)) == before

    # A forged one, consistent to the last byte but not signed with the laptop's key.
    envelope = bundle.read_envelope(data)
    payload = envelope.open()
    payload["batches"][0]["changes"][0][5][0][0] = "Forged name"
    forged = bundle.seal(payload, bundle.token_key("not the laptop's key"))
    with pytest.raises(BundleRefused, match="changed after it was made"):
        import_bundle(store, forged)

    # A reply altered, or meant for another laptop, is refused on the laptop too.
    answer = reply(store, a)
    cut = bytearray(answer)
    cut[len(answer) // 2] ^= 1
    for damaged in (bytes(cut), answer[:-1]):
        with pytest.raises(bundle.BundleError):
            bundle.import_bytes(a, damaged)
    other, _ = enrolled("kh-sr", "office")
    with pytest.raises(bundle.BundleError, match="for another computer"):
        bundle.import_bytes(other, answer)
    with pytest.raises(bundle.BundleError, match="made on this computer"):
        bundle.import_bytes(a, data)
    with pytest.raises(BundleRefused, match="reply to a laptop"):
        import_bundle(store, answer)
    assert a.outbox.pending_count() == 1

    # Revoked: refused, with the reason. Unknown here (another headquarters): refused.
    store.revoke(a.device_id)
    with pytest.raises(BundleRefused, match="revoked"):
        import_bundle(store, data)
    with pytest.raises(BundleRefused, match="revoked"):
        write_reply(store, a.device_id)
    from gmsdesk.server.store import create_schema, make_engine

    elsewhere = Store(make_engine(str(tmp_path / "other-hq.sqlite3")))
    create_schema(elsewhere.engine)
    with pytest.raises(BundleRefused, match="no device"):
        import_bundle(elsewhere, data)
    elsewhere.engine.dispose()
    assert (server_smes(store), server_batch_ids(store)) == before
    del a_client


def test_an_encrypted_bundle_needs_its_passphrase(enrolled: Enrolled, server: Any) -> None:
    a, _ = enrolled("kh-sr", "field")
    store = server.store
    sme(a, "Angkor Silk Secret Recipes")
    data, summary = bundle.export(a, passphrase="mekong river 2025")
    assert summary.encrypted and bundle.read_envelope(data).encrypted
    plain, _ = bundle.export(a)
    assert b"Angkor" not in data
    assert len(data) < len(plain) + 200
    with pytest.raises(BundleRefused, match="encrypted"):
        import_bundle(store, data)
    with pytest.raises(BundleRefused, match="passphrase is not"):
        import_bundle(store, data, "mekong river 2024")
    assert server_smes(store) == {}
    import_bundle(store, data, "mekong river 2025")
    assert len(server_smes(store)) == 1

    answer = reply(store, a, passphrase="ទន្លេមេគង្គ")
    with pytest.raises(bundle.NeedsPassphrase):
        bundle.import_bytes(a, answer)
    with pytest.raises(bundle.WrongPassphrase):
        bundle.import_bytes(a, answer, "wrong")
    assert a.outbox.pending_count() == 1
    assert bundle.import_bytes(a, answer, "ទន្លេមេគង្គ").acknowledged == 1
    assert a.outbox.pending_count() == 0


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches of a few records, so a bundle carries several."""
    monkeypatch.setattr(client_module, "MIN_BATCH", 700)
    monkeypatch.setattr(client_module, "MAX_BATCH", 700)


def test_the_network_sends_a_bundles_batches_as_they_were_cut(
        enrolled: Enrolled, server: Any, small_batches: None) -> None:
    """Whichever way a batch reaches headquarters first is applied; the other is a replay —
    in either order, and with edits made in between."""
    a, a_client = enrolled("kh-sr", "field")
    store = server.store
    for i in range(12):
        sme(a, f"Enterprise {i}", phone=f"012 000 {i:03}")
    data, summary = bundle.export(a)
    assert summary.batches >= 3
    # The network first: it sends exactly those batches (one acknowledged at a time).
    report = a_client.sync()
    assert report.sent == 12
    ids = {b for d, b in server_batch_ids(store) if d == a.device_id}
    result = import_bundle(store, data)  # arrives later by courier: every batch a replay
    assert result.laptops[0].replayed == result.laptops[0].batches == summary.batches
    assert {b for d, b in server_batch_ids(store) if d == a.device_id} == ids
    assert len(ids) == summary.batches

    # The courier first, then new edits, then the network.
    for i in range(12, 20):
        sme(a, f"Enterprise {i}")
    data, summary = bundle.export(a)
    import_bundle(store, data)
    extra = sme(a, "Late Enterprise")
    report = a_client.sync()
    assert a.outbox.pending_count() == 0
    batches = {b for d, b in server_batch_ids(store) if d == a.device_id}
    assert len(batches) == len(ids) + summary.batches + 1  # the late edit went on its own
    assert extra in server_smes(store) and len(server_smes(store)) == 21
    # The reply, late: it confirms what the network confirmed already, and changes nothing.
    held = (device_smes(a), a.sync.cursor)
    taken = bundle.import_bytes(a, reply(store, a))
    assert taken.acknowledged == 0 and (device_smes(a), a.sync.cursor) == held
    no_doubles(store)


def test_a_trainers_bundle_reaches_the_office_and_goes_on_to_headquarters(
        enrolled: Enrolled, server: Any) -> None:
    """Laptop to laptop: the office laptop takes the trainer's export as headquarters would
    relay it, carries it on inside its own, and headquarters applies it under the trainer's
    laptop, checked with the trainer's key."""
    trainer, trainer_client = enrolled("kh-sr", "trainer")
    office, office_client = enrolled("kh-sr", "office")
    lao, _ = enrolled("la-vt", "vientiane")
    store = server.store
    shared = sme(office, "Old Market Crafts")
    office_client.sync()
    trainer_client.sync()
    made = [sme(trainer, "Workshop Participant 1"), sme(trainer, "Workshop Participant 2")]
    trainer.smes.update(shared, {"phone": "099 888 777"})
    from_trainer, _ = bundle.export(trainer)

    with pytest.raises(bundle.BundleError, match="another agency"):
        bundle.import_bytes(lao, from_trainer)
    taken = bundle.import_bytes(office, from_trainer)
    assert (taken.kind, taken.source, taken.received, taken.carried) == \
        (bundle.CHANGES, trainer.device_id, 3, 1)
    assert set(made) <= set(device_smes(office))
    assert device_smes(office)[shared]["phone"] == "099 888 777"
    assert office.outbox.pending_count() == 0  # not the office's own edits: never re-sent
    again = bundle.import_bytes(office, from_trainer)  # twice: nothing new, carried once
    assert again.carried == 0
    # A newer export of the trainer's holds the older one's batch: it replaces it, and the
    # older one, brought again after it, changes nothing.
    trainer.smes.update(made[0], {"phone": "012 111 222"})
    newer, _ = bundle.export(trainer)
    assert bundle.import_bytes(office, newer).carried == 1
    held = device_smes(office)
    assert bundle.import_bytes(office, from_trainer).carried == 0
    assert device_smes(office) == held and held[made[0]]["phone"] == "012 111 222"

    own = sme(office, "Office Enterprise")
    onward, summary = bundle.export(office)
    assert summary.carried == 1
    result = import_bundle(store, onward)
    assert [one.device for one in result.laptops] == [office.device_id, trainer.device_id]
    assert result.skipped == []
    on_server = server_smes(store)
    assert {own, *made} <= set(on_server) and on_server[shared]["phone"] == "099 888 777"
    with store.engine.connect() as conn:
        from gmsdesk.server.store import changes

        authors = {r.row_id: r.device_id for r in conn.execute(
            sa.select(changes.c.row_id, changes.c.device_id).where(changes.c.row_id.in_(made)))}
    assert set(authors.values()) == {trainer.device_id}

    # The office's reply confirms the carried bundle: it is carried no more.
    taken = bundle.import_bytes(office, reply(store, office))
    assert taken.delivered == 1 and bundle.export(office)[1].carried == 0
    # The trainer syncs over the network later: its batches are replays, nothing doubles.
    before = server_batch_ids(store)
    report = trainer_client.sync()
    assert (report.sent, trainer.outbox.pending_count()) == (4, 0)
    assert server_batch_ids(store) == before
    assert device_smes(trainer) == device_smes(office)
    no_doubles(store)


def test_a_carried_bundle_that_was_tampered_with_is_not_applied(
        enrolled: Enrolled, server: Any) -> None:
    trainer, _ = enrolled("kh-sr", "trainer")
    office, _ = enrolled("kh-sr", "office")
    store = server.store
    sme(trainer, "Honest Name")
    data, _ = bundle.export(trainer)
    # Someone rewrites the trainer's bundle on the stick (they cannot sign it as the trainer).
    payload = bundle.read_envelope(data).open()
    payload["batches"][0]["changes"][0][5][0][0] = "Forged Name"
    envelope = bundle.read_envelope(data)
    forged = bundle.seal(payload, bundle.token_key("a key of their own"))
    # An office laptop that has had no reply from headquarters yet has no key to check it
    # with (test_bundle_relay: one that has refuses it): headquarters can.
    assert bundle.read_envelope(forged).payload_mac != envelope.payload_mac
    bundle.import_bytes(office, forged)
    own = sme(office, "Office Enterprise")
    result = import_bundle(store, bundle.export(office)[0])
    assert [one.device for one in result.laptops] == [office.device_id]
    assert len(result.skipped) == 1 and result.skipped[0][0] == trainer.device_id
    assert "changed after it was made" in result.skipped[0][1]
    assert set(server_smes(store)) == {own}


def test_a_bundle_from_a_laptop_whose_clock_is_ahead_is_refused_until_it_is_corrected(
        enrolled: Enrolled, server: Any) -> None:
    a, a_client = enrolled("kh-sr", "field")
    store = server.store
    a.clock.offset_ms = 3 * 3600 * 1000
    sme(a, "From The Future")
    data, _ = bundle.export(a)
    with pytest.raises(BundleRefused, match="clock is ahead"):
        import_bundle(store, data)
    assert server_smes(store) == {}
    # A sync over the network corrects the clock; the bundle made then is taken.
    a_client.sync()
    assert len(server_smes(store)) == 1
    assert bundle.import_bytes(a, reply(store, a)).acknowledged == 0


def test_demo_data_never_leaves_in_a_bundle(enrolled: Enrolled, server: Any) -> None:
    from gmsdesk import demo

    a, a_client = enrolled("kh-sr", "field")
    store = server.store
    real = sme(a, "Real Enterprise")
    with demo.marked(a):
        demo.add_demo_smes(a, 3, seed=1)
    data, summary = bundle.export(a)
    assert summary.sent == 1
    import_bundle(store, data)
    assert set(server_smes(store)) == {real}
    taken = bundle.import_bytes(a, reply(store, a))
    assert taken.acknowledged == 1
    a_client.sync()
    assert set(server_smes(store)) == {real}
    assert a.outbox.pending_count() == 0


def test_a_refused_change_comes_back_in_the_reply_and_is_kept_for_a_person(
        enrolled: Enrolled, server: Any) -> None:
    a, _ = enrolled("kh-sr", "field")
    lao, lao_client = enrolled("la-vt", "vientiane")
    store = server.store
    theirs = sme(lao, "Vientiane Weavers")
    lao_client.sync()
    # A laptop that somehow has the record's id writes it, beside its own work (as in
    # test_headquarters).
    a.conn.execute("INSERT INTO outbox(tbl, row_id, op, fields, hlc, device_id, user, at) "
                   "VALUES ('smes', ?, 'update', ?, ?, ?, 'x', '')",
                   (theirs, json.dumps({"name": "Renamed here"}), a.clock.now(), a.device_id))
    own = sme(a, "Angkor Silk")
    data, _ = bundle.export(a)
    result = import_bundle(store, data)
    assert [r[3] for r in result.laptops[0].refused] == ["belongs to another agency"]
    taken = bundle.import_bytes(a, reply(store, a))
    assert (taken.refused, a.outbox.pending_count()) == (1, 0)
    [parked] = a.sync.refused()
    assert (parked.record_id, parked.value, parked.reason) == \
        (theirs, "Renamed here", "belongs to another agency")
    assert server_smes(store, "la-vt")[theirs]["name"] == "Vientiane Weavers"
    assert own in server_smes(store)
