"""Awareness events travel like every record type, through a real server on SQLite and on
PostgreSQL: made on one laptop, they arrive whole on the agency's other laptops and at
headquarters (with their SMEs), never at another agency; edits and deletions follow."""

from __future__ import annotations

from typing import Any

from gmsdesk.storage.events import EventFilter, EventTotals
from tests.sync.test_rules import state

SHOW = {"kind": "road_show", "title": "ដំណើរផ្សព្វផ្សាយ ពាណិជ្ជកម្មអេឡិចត្រូនិច",
        "held_on": "2025-03-10", "end_on": "2025-03-12", "country": "KH",
        "province": "Siem Reap", "venue": "Angkor hall", "organiser": "Provincial chamber",
        "audience_female": 64, "audience_male": 51, "audience_other": 3, "organisations": 17,
        "media_reach": 120_000, "notes": "Radio spot on FM 99.5"}


def test_an_event_made_on_one_laptop_arrives_whole_on_the_others(server: Any,
                                                                   enrolled: Any) -> None:
    a, client_a = enrolled("kh-sr", "siem-reap-1")
    b, client_b = enrolled("kh-sr", "siem-reap-2")
    hq, client_hq = enrolled("hq", "hq-desk")
    lao, client_lao = enrolled("la-vt", "vientiane-1")
    silk = a.smes.create({"name": "Angkor Silk", "name_local": "អង្គរសូត្រ"})[0].record_id
    pepper = a.smes.create({"name": "Kampot Pepper"})[0].record_id
    eid = a.events.add({**SHOW, "sme_ids": [silk, pepper]})[0].record_id
    for client in (client_a, client_b, client_hq, client_lao):
        client.sync()

    made = a.events.get(eid)
    for db in (b, hq):
        arrived = db.events.get(eid)
        assert arrived.values() == made.values()
        assert arrived.agency_id == "kh-sr"
        assert [s.name for s in db.events.linked_smes(eid)] == ["Angkor Silk", "Kampot Pepper"]
        assert db.events.totals() == EventTotals(1, 64, 51, 3, 17, 120_000)
    assert state(server, "events", eid)["sme_ids"] == [silk, pepper]
    assert lao.events.query() == []  # nothing leaks to another agency
    assert [e.id for e in hq.events.query(EventFilter(agency="kh-sr"))] == [eid]

    # The other laptop corrects the count; headquarters deletes a duplicate made there.
    b.events.update(eid, {"audience_female": 66, "sme_ids": [pepper]})
    client_b.sync()
    client_a.sync()
    assert (a.events.get(eid).audience_female, a.events.get(eid).sme_ids) == (66, (pepper,))
    client_hq.sync()
    hq.events.delete(eid)
    client_hq.sync()
    client_a.sync()
    assert a.events.query() == [] and a.events.get(eid).deleted
    assert a.sync.open_conflicts() == [] and a.outbox.pending_count() == 0
