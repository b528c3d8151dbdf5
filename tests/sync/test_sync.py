"""Sync against a real server on 127.0.0.1: merge, conflicts, partitions, idempotency, limits."""

from __future__ import annotations

import gzip
import json
from typing import Any

import pytest
import requests

from gmsdesk.storage.smes import SmeQuery
from gmsdesk.sync import protocol
from gmsdesk.sync.client import NotEnrolled


def test_no_op_sync_is_one_round_trip(enrolled: Any) -> None:
    db, client = enrolled("kh-sr", "laptop1")
    first = client.sync()  # the network's agency profiles, published by headquarters
    assert (first.round_trips, first.sent, first.received) == (1, 0, 3)
    assert {p.agency for p in db.agencies.profiles()} == {"kh-sr", "la-vt", "hq"}
    report = client.sync()
    assert (report.round_trips, report.sent, report.received) == (1, 0, 0)


def test_edits_travel_between_devices_of_one_agency(enrolled: Any) -> None:
    a, client_a = enrolled("kh-sr", "laptop1")
    b, client_b = enrolled("kh-sr", "laptop2")
    sme_id = a.smes.create({"name": "Angkor Silk", "name_local": "សូត្រអង្គរ",
                            "sector": "handicrafts", "employees_total": 12})[0].record_id
    report = client_a.sync()
    assert report.sent > 0 and a.outbox.pending_count() == 0
    client_b.sync()
    got = b.smes.get(sme_id)
    assert (got.name, got.name_local, got.employees_total) == ("Angkor Silk", "សូត្រអង្គរ", 12)
    assert got.agency_id == "kh-sr"
    assert b.outbox.pending_count() == 0  # applying remote changes is not a local edit
    assert [s.id for s in b.smes.search("អង្គ")] == [sme_id]  # search keys built too


def test_different_fields_both_kept_same_field_conflict_reaches_everyone(enrolled: Any) -> None:
    a, client_a = enrolled("kh-sr", "laptop1")
    b, client_b = enrolled("kh-sr", "laptop2")
    c, client_c = enrolled("kh-sr", "laptop3")
    sme_id = a.smes.create({"name": "Bayon Tours", "phone": "012 111 222"})[0].record_id
    client_a.sync()
    client_b.sync()
    a.smes.update(sme_id, {"email": "info@bayon.kh", "employees_total": 5})
    b.smes.update(sme_id, {"website": "bayon.kh", "employees_total": 7})
    client_a.sync()
    client_b.sync()
    client_a.sync()
    client_c.sync()
    results = [db.smes.get(sme_id) for db in (a, b, c)]
    for sme in results:
        assert (sme.email, sme.website) == ("info@bayon.kh", "bayon.kh")
    assert len({sme.employees_total for sme in results}) == 1  # one deterministic winner
    for db in (a, b, c):
        conflicts = db.sync.open_conflicts()
        assert [(x.record_id, x.field) for x in conflicts] == [(sme_id, "employees_total")]
        assert {conflicts[0].winner_value, conflicts[0].loser_value} == {5, 7}
    # A person resolves it on one laptop with a new value; everyone gets it.
    conflict = c.sync.open_conflicts()[0]
    c.sync.resolve_conflict(conflict.id, 6)
    client_c.sync()
    client_a.sync()
    client_b.sync()
    for db in (a, b, c):
        assert db.smes.get(sme_id).employees_total == 6
        assert db.sync.open_conflicts() == []


def test_tombstone_wins_over_older_edit(enrolled: Any) -> None:
    a, client_a = enrolled("kh-sr", "laptop1")
    b, client_b = enrolled("kh-sr", "laptop2")
    sme_id = a.smes.create({"name": "Old Market Crafts"})[0].record_id
    client_a.sync()
    client_b.sync()
    b.smes.update(sme_id, {"phone": "012 333 444"})  # older
    a.smes.delete(sme_id)  # newer
    client_b.sync()
    client_a.sync()
    client_b.sync()
    for db in (a, b):
        assert db.smes.get(sme_id).deleted == 1
        assert db.smes.count() == 0


def test_replayed_batch_is_acknowledged_not_applied_twice(enrolled: Any, server: Any) -> None:
    a, client_a = enrolled("kh-sr", "laptop1")
    a.smes.create({"name": "Phsar Chas Weaving"})
    enrolment = a.sync.enrolment()
    last_seq, items = a.sync.pending_batch(1 << 20)
    payload = {"protocol": 1, "device_time": 0, "cursor": 0,
               "push": {"batch": a.sync.outbox_batch_id(last_seq),
                        "changes": protocol.group([i[:5] for i in items])}}
    headers = {"Authorization": f"Bearer {enrolment.token}", "Content-Encoding": "gzip",
               protocol.PROTOCOL_HEADER: "1"}
    first = requests.post(f"{server.url}/v1/sync", data=protocol.encode(payload)[0],
                          headers=headers, timeout=10).json()
    again = requests.post(f"{server.url}/v1/sync", data=protocol.encode(payload)[0],
                          headers=headers, timeout=10).json()
    assert first["pushed"]["applied"] == len(items)
    assert again["pushed"].get("replayed") is True
    # The client never saw the first answer: its own sync replays the batch, harmlessly.
    client_a.sync()
    b, client_b = enrolled("kh-sr", "laptop2")
    client_b.sync()
    assert b.smes.count() == 1


def test_agencies_are_partitioned_headquarters_sees_all(enrolled: Any) -> None:
    a, client_a = enrolled("kh-sr", "laptop1")
    lao, client_lao = enrolled("la-vt", "laptop-lao")
    hq, client_hq = enrolled("hq", "hq-desk")
    a.smes.create({"name": "Angkor Silk"})
    lao.smes.create({"name": "Lao Textile House"})
    client_a.sync()
    client_lao.sync()
    client_a.sync()
    client_hq.sync()
    assert [s.name for s in a.smes.page()] == ["Angkor Silk"]
    assert [s.name for s in lao.smes.page()] == ["Lao Textile House"]
    assert sorted(s.name for s in hq.smes.page()) == ["Angkor Silk", "Lao Textile House"]


def test_clock_far_ahead_is_corrected_and_edits_still_arrive(enrolled: Any) -> None:
    a, client_a = enrolled("kh-sr", "laptop1")
    b, client_b = enrolled("kh-sr", "laptop2")
    day = 24 * 3600 * 1000
    a.clock.offset_ms = 30 * day  # the laptop thinks it is next month
    sme_id = a.smes.create({"name": "Future Shop"})[0].record_id
    report = client_a.sync()
    assert report.sent > 0 and a.outbox.pending_count() == 0
    assert a.clock.offset_ms < -29 * day + 30 * day  # corrected towards the server's time
    client_b.sync()
    b.smes.update(sme_id, {"name": "Present Shop"})  # a later edit elsewhere must still win
    client_b.sync()
    client_a.sync()
    assert a.smes.get(sme_id).name == "Present Shop"


def post_raw(server: Any, body: bytes, headers: dict[str, str]) -> requests.Response:
    return requests.post(f"{server.url}/v1/sync", data=body, headers=headers, timeout=10)


def test_security_and_limits(enrolled: Any, server: Any) -> None:
    a, client_a = enrolled("kh-sr", "laptop1")
    token = a.sync.enrolment().token
    good = {"protocol": 1, "device_time": 0, "cursor": 0}
    ok = {"Authorization": f"Bearer {token}", protocol.PROTOCOL_HEADER: "1"}
    assert post_raw(server, json.dumps(good).encode(), ok).status_code == 200
    wrong = {**ok, "Authorization": "Bearer nonsense"}
    assert post_raw(server, json.dumps(good).encode(), wrong).status_code == 401
    old = {**ok, protocol.PROTOCOL_HEADER: "0"}
    response = post_raw(server, json.dumps(good).encode(), old)
    assert response.status_code == 426 and "update" in response.json()["message"]
    assert post_raw(server, b"{not json", ok).status_code == 422
    bomb = gzip.compress(b" " * (protocol.MAX_JSON_BYTES + 10))
    assert post_raw(server, bomb, {**ok, "Content-Encoding": "gzip"}).status_code == 413
    huge = b"0" * (protocol.MAX_BODY_BYTES + 1)
    assert post_raw(server, huge, ok).status_code == 413
    bad_table = {**good, "push": {"batch": "b" * 10,
                                  "changes": [["users", ["a"], ["x"], [1], [], [[1]]]]}}
    # A record type this server does not know (a newer release's) is refused change by
    # change, with the reason; nothing of it is stored, and the answer is not an error.
    answer = post_raw(server, json.dumps(bad_table).encode(), ok)
    assert answer.status_code == 200
    assert answer.json()["pushed"]["refused"] == [["users", "x", "a", "unknown record type"]]
    bad_name = {**good, "push": {"batch": "c" * 10,
                                 "changes": [["smes", ["Bad Field"], ["x"], [1], [], [[1]]]]}}
    assert post_raw(server, json.dumps(bad_name).encode(), ok).status_code == 422
    # Revoked: refused, and nothing it sends is stored.
    a.smes.create({"name": "After revoke"})
    assert server.store.revoke(a.sync.enrolment().device_id)
    with pytest.raises(NotEnrolled):
        client_a.sync()
    hq, client_hq = enrolled("hq", "hq-desk")
    client_hq.sync()
    assert hq.smes.count(SmeQuery()) == 0


def test_openapi_document_describes_the_endpoints(server: Any) -> None:
    doc = requests.get(f"{server.url}/openapi.json", timeout=10).json()
    assert {"/v1/sync", "/v1/enroll", "/v1/health"} <= set(doc["paths"])
    body = doc["paths"]["/v1/sync"]["post"]["requestBody"]["content"]["application/json"]
    assert "cursor" in json.dumps(body)
