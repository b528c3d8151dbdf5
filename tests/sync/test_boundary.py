"""The sync boundary holds against bad values, and against releases of other ages.

A careless or broken device used to stop its whole agency: headquarters stored what it sent,
and every other device then failed on each pull with its cursor stuck. Now headquarters judges
every pushed value against its declaration and refuses the bad change alone, and a device keeps
aside what it cannot store (from an older server, or a newer release) and moves on.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import requests

from gmsdesk.records import REGISTRY, RecordType, Rule
from gmsdesk.records.fields import Bool, Ref, Text
from gmsdesk.storage.db import Database
from gmsdesk.storage.migrations import MIGRATIONS, SYNC_COLUMNS
from gmsdesk.storage.smes import SmeQuery
from gmsdesk.sync import protocol
from gmsdesk.sync.client import SyncClient
from gmsdesk.sync.hlc import pack, wall_ms
from tests.conftest import LiveServer


def push_raw(server: Any, db: Database, changes: list[list[Any]], batch: str) -> dict[str, Any]:
    """Send field changes as a careless client would, past every local check."""
    token = db.sync.enrolment().token
    now = pack(wall_ms(), 0)
    flat = [[tbl, row_id, name, value, now + i] for i, (tbl, row_id, name, value)
            in enumerate(changes)]
    body = {"protocol": protocol.PROTOCOL_VERSION, "device_time": wall_ms(), "cursor": 0,
            "push": {"batch": batch, "changes": protocol.group(flat)}}
    response = requests.post(f"{server.url}/v1/sync", data=json.dumps(body).encode(),
                             headers={"Authorization": f"Bearer {token}",
                                      protocol.PROTOCOL_HEADER: "1"}, timeout=30)
    assert response.status_code == 200, response.text
    return dict(response.json()["pushed"])


# (table, field, value, the reason headquarters gives: what the careless device's Sync area shows)
BAD_VALUES = [
    ("smes", "name", None, "required"),
    ("smes", "name", 123, "expected text, got int"),
    ("smes", "phone", 12345678, "expected text, got int"),
    ("smes", "employees_total", 2 ** 70, "1180591620717411303424 is outside 0..10000000"),
    ("smes", "uses_fax", None, "required"),
    ("sectors", "code", None, "required"),
    ("smes", "no_such_field", "x", "unknown field"),
    ("smes", "name", "x" * 1_000_000, "longer than 200 characters"),
    ("smes", "deleted", "yes", "expected 0 or 1"),
    ("people", "gender", "robot", "'robot' is not one of female, male, other"),
    ("workshops", "modules", "B01", "expected a JSON list"),
    ("survey_responses", "answers", [1, 2], "expected a JSON object"),
]


def test_bad_values_are_refused_one_by_one_and_everyone_keeps_converging(
        enrolled: Any, server: Any) -> None:
    a, client_a = enrolled("kh-sr", "careless")
    b, client_b = enrolled("kh-sr", "office")
    hq, client_hq = enrolled("hq", "hq-desk")
    good = a.smes.create({"name": "Angkor Silk", "employees_total": 12})[0].record_id
    client_a.sync()
    client_b.sync()
    client_hq.sync()
    sector_id = "0192ab3c-0000-7000-8000-000000000001"
    changes = [[tbl, sector_id if tbl == "sectors" else good, name, value]
               for tbl, name, value, _reason in BAD_VALUES]
    forged = "0192ab3c-0000-7000-8000-00000000c0f1"
    changes += [["conflicts", forged, "tbl", "smes"], ["conflicts", forged, "resolved", 1]]
    changes.append(["smes", good, "province", "Siem Reap"])  # one good change among them
    pushed = push_raw(server, a, changes, "bad-values-1")
    assert sorted(map(tuple, pushed["refused"])) == sorted([
        *((tbl, sector_id if tbl == "sectors" else good, name, reason)
          for tbl, name, _value, reason in BAD_VALUES),
        ("conflicts", forged, "tbl", "only headquarters writes this field"),
        ("conflicts", forged, "resolved", "no such conflict")])
    assert (pushed["applied"], pushed["conflicts"]) == (1, 0)
    # Every other device of the agency, and headquarters, still syncs, and converges.
    later = a.smes.create({"name": "Bayon Tours"})[0].record_id
    client_a.sync()
    for db, client in ((b, client_b), (hq, client_hq)):
        client.sync()
        assert db.smes.get(good).province == "Siem Reap"
        assert db.smes.get(good).name == "Angkor Silk"
        assert db.smes.get(later).name == "Bayon Tours"
        assert db.sync.open_conflicts() == []
        assert db.outbox.pending_count() == 0
    assert not any(s.deleted for s in b.smes.page(SmeQuery()))


def test_a_device_holds_back_what_it_cannot_store_and_moves_on(
        enrolled: Any, server: Any) -> None:
    """An older headquarters stored bad values (it did not check them): the device keeps them
    aside with the reason, applies the rest of the page, moves its cursor and shows them."""
    a, client_a = enrolled("kh-sr", "laptop1")
    b, client_b = enrolled("kh-sr", "laptop2")
    client_b.sync()  # the network's profiles first
    sme_id = a.smes.create({"name": "Mekong Crafts"})[0].record_id
    client_a.sync()
    device = server.store.authenticate(a.sync.enrolment().token)
    now = pack(wall_ms(), 0)
    unchecked = [["smes", sme_id, "name", None, now], ["smes", sme_id, "employees_total",
                                                         2 ** 70, now],
                 ["smes", sme_id, "uses_fax", None, now], ["smes", sme_id, "phone", 12345678, now],
                 ["smes", sme_id, "district", "Puok", now],
                 ["people", "p-1", "gender", "f", now], ["people", "p-1", "name", "Sokha", now],
                 ["future_things", "t-1", "what", "a newer type", now]]
    server.store.push(device, "older-server-1", 0, unchecked)  # as an unchecking server did
    report = client_b.sync()
    assert (report.received, report.refused) == (4, 0)  # the four it could store
    assert [(c.table, c.record_id) for c in report.changes] == [("smes", sme_id), ("people", "p-1")]
    got = b.smes.get(sme_id)
    assert (got.name, got.district, got.uses_fax, got.employees_total) == \
        ("Mekong Crafts", "Puok", 0, None)
    assert b.training.person("p-1").gender == "female"  # an older spelling, made current
    held = {(h.table, h.record_id, h.field, h.value, h.reason) for h in b.sync.deferred()}
    assert held == {
        ("smes", sme_id, "name", None, "required"),
        ("smes", sme_id, "employees_total", 2 ** 70,
         "1180591620717411303424 is outside 0..10000000"),
        ("smes", sme_id, "uses_fax", None, "required"),
        ("smes", sme_id, "phone", 12345678, "expected text, got int"),
        ("future_things", "t-1", "what", "a newer type", "unknown record type")}
    # Later good records still arrive: the cursor was not stuck.
    later = a.smes.create({"name": "Later Shop"})[0].record_id
    client_a.sync()
    client_b.sync()
    assert b.smes.get(later).name == "Later Shop"


# -- two releases against one server -----------------------------------------------------------

SHOWROOMS = RecordType(
    "showrooms", Rule.LWW, "Virtual showroom",
    (Ref("sme_id", "smes", required=True), Text("kind", required=True), Text("url", max=500)))
NEWER = REGISTRY.with_type(RecordType(
    "smes", Rule.LWW, REGISTRY["smes"].title,
    (*REGISTRY["smes"].fields, Bool("uses_chatbot")), REGISTRY["smes"].local,
    REGISTRY["smes"].summary, REGISTRY["smes"].cross_checks)).with_type(SHOWROOMS)


def _newer_schema(db: Any) -> None:
    db.executescript(f"""
        ALTER TABLE smes ADD COLUMN uses_chatbot INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE showrooms ({SYNC_COLUMNS}, sme_id TEXT NOT NULL DEFAULT '',
                                kind TEXT NOT NULL DEFAULT '', url TEXT);
        """)


NEWER_MIGRATIONS = [*MIGRATIONS, (MIGRATIONS[-1][0] + 1, "test: a newer release",
                                  _newer_schema)]


def test_edits_of_a_newer_release_survive_an_older_one_and_appear_after_its_upgrade(
        store: Any, tmp_path: Path) -> None:
    store.registry = NEWER  # headquarters already runs the newer release
    live = LiveServer(store)
    try:
        new = Database(tmp_path / "new.sqlite3", user="new", registry=NEWER,
                       migrations=NEWER_MIGRATIONS)
        old = Database(tmp_path / "old.sqlite3", user="old")
        new_client, old_client = SyncClient(new), SyncClient(old)
        new_client.enroll(live.url, store.create_enrollment("kh-sr"), "new")
        old_client.enroll(live.url, store.create_enrollment("kh-sr"), "old")
        specs = new.sync.specs()
        sme_id = new.smes.create({"name": "Siem Reap Rattan", "phone": "012 345 678"})[0].record_id
        new.smes.writer.update(specs["smes"], sme_id, {"uses_chatbot": 1})
        [showroom] = new.smes.writer.insert(specs["showrooms"], {
            "sme_id": sme_id, "kind": "3d_tour", "url": "https://showroom.example/rattan"})
        old_client.sync()  # the network's profiles first
        new_client.sync()
        # The older release stores what it knows, keeps the rest, and edits the record.
        report = old_client.sync()
        assert [(c.table, c.record_id) for c in report.changes] == [("smes", sme_id)]
        assert old.smes.get(sme_id).name == "Siem Reap Rattan"
        held = {(h.table, h.record_id, h.field, h.value, h.reason) for h in old.sync.deferred()}
        assert held == {
            ("smes", sme_id, "uses_chatbot", 1, "unknown field"),
            ("showrooms", showroom.record_id, "sme_id", sme_id, "unknown record type"),
            ("showrooms", showroom.record_id, "kind", "3d_tour", "unknown record type"),
            ("showrooms", showroom.record_id, "url", "https://showroom.example/rattan",
             "unknown record type")}
        old.smes.update(sme_id, {"phone": "099 888 777", "employees_total": 4})
        old_client.sync()
        new_client.sync()
        row = new.smes.writer.get_row(specs["smes"], sme_id)
        assert (row["phone"], row["employees_total"], row["uses_chatbot"]) == \
            ("099 888 777", 4, 1)
        # Nothing the older one sent went back over the newer release's values.
        assert new.sync.deferred() == []
        # The older laptop upgrades: what it held back appears, without another sync.
        old.close()
        old = Database(tmp_path / "old.sqlite3", user="old", registry=NEWER,
                       migrations=NEWER_MIGRATIONS)
        upgraded = old.smes.writer.get_row(old.sync.specs()["smes"], sme_id)
        assert (upgraded["uses_chatbot"], upgraded["phone"]) == (1, "099 888 777")
        got = old.smes.writer.get_row(old.sync.specs()["showrooms"], showroom.record_id)
        assert (got["kind"], got["url"], got["sme_id"]) == \
            ("3d_tour", "https://showroom.example/rattan", sme_id)
        assert old.sync.deferred() == []
        assert old.outbox.pending_count() == 0  # applied, not re-sent as its own edits
        after = SyncClient(old).sync()
        assert (after.sent, after.received, after.conflicts, after.refused) == (0, 0, 0, 0)
        new.close()
        old.close()
    finally:
        live.stop()


@pytest.mark.parametrize("value", ["f", "m", "x"])
def test_an_older_release_gender_spelling_is_accepted_and_made_current(
        enrolled: Any, server: Any, value: str) -> None:
    a, _ = enrolled("kh-sr", "older")
    b, client_b = enrolled("kh-sr", "newer")
    pushed = push_raw(server, a, [["people", "person-1", "name", "Dara"],
                                  ["people", "person-1", "gender", value]], f"gender-{value}")
    assert pushed["applied"] == 2 and not pushed.get("refused")
    client_b.sync()
    assert b.training.person("person-1").gender == {"f": "female", "m": "male",
                                                    "x": "other"}[value]
