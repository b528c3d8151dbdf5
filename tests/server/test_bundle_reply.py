"""Headquarters' reply bundle: what a pull would answer, in as many pages as it takes, for the
laptop's agency only (and what headquarters published), from where the laptop stands."""

from __future__ import annotations

from typing import Any

from gmsdesk.server.bundle import import_bundle, write_reply
from gmsdesk.sync import bundle
from tests.sync.faulty import device_smes, server_smes


def test_a_reply_in_many_pages_leaves_the_laptop_where_a_sync_would(
        enrolled: Any, server: Any) -> None:
    field, field_client = enrolled("kh-sr", "field")
    office, office_client = enrolled("kh-sr", "office")
    office.smes.create_many([{"name": f"Enterprise {i}", "phone": f"012 345 {i:03}"}
                             for i in range(300)])
    office_client.sync()
    data, replied = write_reply(server.store, field.device_id, page_bytes=4096)
    assert replied.pages > 5 and replied.changes > 300  # and the agencies' profiles
    envelope = bundle.read_envelope(data)
    assert (envelope.kind, envelope.device) == (bundle.REPLY, field.device_id)
    taken = bundle.import_bytes(field, data)
    assert taken.received == replied.changes and taken.up_to_date
    assert device_smes(field) == device_smes(office)
    report = field_client.sync()  # nothing left for the network to bring
    assert (report.received, report.round_trips) == (0, 1)


def test_a_reply_holds_the_laptops_agency_and_what_headquarters_published(
        enrolled: Any, server: Any) -> None:
    kh, kh_client = enrolled("kh-sr", "siem-reap")
    lao, _ = enrolled("la-vt", "vientiane")
    hq, hq_client = enrolled("hq", "hq-desk")
    kh.smes.create({"name": "Angkor Silk"})
    kh_client.sync()
    hq.smes.add_sector("Rice milling")
    hq_client.sync()
    taken = bundle.import_bytes(lao, write_reply(server.store, lao.device_id)[0])
    assert taken.received > 0
    assert device_smes(lao) == {}  # another agency's SME never travels to it
    assert "x_rice_milling" in {s.code for s in lao.smes.sectors()}
    # Headquarters' own laptop receives every agency's records.
    bundle.import_bytes(hq, write_reply(server.store, hq.device_id)[0])
    assert set(device_smes(hq)) == set(server_smes(server.store, None))


def test_a_reply_starts_where_the_laptops_newest_bundle_stood(
        enrolled: Any, server: Any) -> None:
    """From the cursor its newest bundle carried (an old bundle imported later does not move
    it back); for a laptop that never sent one, from the last page sent over the network."""
    field, field_client = enrolled("kh-sr", "field")
    office, office_client = enrolled("kh-sr", "office")
    office.smes.create({"name": "Bayon Tours"})
    office_client.sync()
    field_client.sync()  # over the network: has Bayon Tours
    before = write_reply(server.store, field.device_id)[1]
    assert before.changes == 0  # the network's last page: nothing new since
    old, _ = bundle.export(field)
    office.smes.create({"name": "Mekong Rice"})
    office_client.sync()
    bundle.import_bytes(field, write_reply(server.store, field.device_id)[0])
    newer, _ = bundle.export(field)
    import_bundle(server.store, newer)
    import_bundle(server.store, old)  # late: changes nothing
    assert write_reply(server.store, field.device_id)[1].changes == 0
