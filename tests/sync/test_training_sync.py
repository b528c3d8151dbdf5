"""Training records sync between laptops through a real server (SQLite and PostgreSQL):
attendance is one record however many laptops mark it, progress only moves forward unless an
admin reverts it, and every training record type arrives intact."""

from __future__ import annotations

from typing import Any

from gmsdesk.storage.db import Database
from gmsdesk.storage.ids import derived_id
from tests.sync.test_rules import state


def setup_workshop(db: Database) -> tuple[str, str, str]:
    """A two-day workshop with one participant; returns (workshop, first day, person)."""
    t = db.training
    wid = t.create_workshop({"title": "Getting SMEs online", "track": "basic",
                             "modules": ["B01", "B02"], "start_date": "2025-03-10",
                             "end_date": "2025-03-11", "country": "KH"})[0].record_id
    sme = db.smes.create({"name": "Angkor Silk", "name_local": "សូត្រអង្គរ"})[0].record_id
    pid = t.create_person({"name": "សុខ ដារា", "name_latin": "Sok Dara", "gender": "f",
                           "sme_id": sme})[0].record_id
    t.enrol(wid, pid)
    return wid, t.sessions(wid)[0].id, pid


def test_two_laptops_mark_the_same_person_present_one_record(server: Any,
                                                             enrolled: Any) -> None:
    a, client_a = enrolled("kh-sr", "trainer1")
    b, client_b = enrolled("kh-sr", "trainer2")
    wid, day, pid = setup_workshop(a)
    client_a.sync()
    client_b.sync()
    assert [r.person_id for r in b.training.roster(wid, day)] == [pid]
    # Both trainers mark her present, neither having heard from the other.
    assert a.training.mark_attendance(wid, day, pid) != ()
    assert b.training.mark_attendance(wid, day, pid) != ()
    for client in (client_a, client_b, client_a):
        client.sync()
    record = derived_id("attendance", wid, day, pid)
    for db in (a, b):
        rows = db.conn.execute("SELECT id, present FROM attendance").fetchall()
        assert [tuple(r) for r in rows] == [(record, 1)]
        assert db.training.roster(wid, day)[0].present
        assert db.training.participants(wid)[0].days_present == 1
        assert db.sync.open_conflicts() == []  # the same fact twice is no conflict
    assert state(server, "attendance", record)["present"] == 1


def test_completed_wins_over_a_later_stale_in_progress(server: Any, enrolled: Any) -> None:
    a, client_a = enrolled("kh-sr", "trainer1")
    b, client_b = enrolled("kh-sr", "trainer2")
    wid, _, pid = setup_workshop(a)
    client_a.sync()
    client_b.sync()
    a.training.set_progress(wid, pid, "B01", "completed", on="2025-03-11")
    client_a.sync()
    # B had not heard, and later records "in progress".
    b.training.set_progress(wid, pid, "B01", "in_progress", on="2025-03-12")
    client_b.sync()
    client_a.sync()
    record = derived_id("progress", wid, pid, "B01")
    assert state(server, "module_progress", record)["status"] == "completed"
    # The stale step's date does not come along with it: completed on the day it was.
    assert state(server, "module_progress", record)["status_on"] == "2025-03-11"
    for db in (a, b):
        progress = db.training.progress(wid)[(pid, "B01")]
        assert (progress.status, progress.status_on) == ("completed", "2025-03-11")
        assert db.sync.open_conflicts() == []
    # B can move it no further back by itself.
    assert b.training.participants(wid)[0].modules_completed == 1


def test_an_admin_revert_travels_and_is_kept(server: Any, enrolled: Any) -> None:
    a, client_a = enrolled("kh-sr", "trainer1")
    b, client_b = enrolled("kh-sr", "admin")
    wid, _, pid = setup_workshop(a)
    a.training.set_progress(wid, pid, "B01", "completed")
    client_a.sync()
    client_b.sync()
    assert b.training.progress(wid)[(pid, "B01")].status == "completed"
    b.training.revert_progress(wid, pid, "B01", "in_progress", "Dara (admin)",
                               "ticked for the wrong person")
    client_b.sync()
    client_a.sync()
    client_b.sync()
    record = derived_id("progress", wid, pid, "B01")
    for db in (a, b):
        got = db.training.progress(wid)[(pid, "B01")]
        assert got.status == "in_progress"
        assert got.reverted_by and "ticked for the wrong person" in got.reverted_by
    assert state(server, "module_progress", record)["status"] == "in_progress"
    # Moving forward again afterwards is an ordinary step.
    a.training.set_progress(wid, pid, "B01", "completed")
    client_a.sync()
    client_b.sync()
    assert b.training.progress(wid)[(pid, "B01")].status == "completed"


def test_every_training_record_arrives_intact(server: Any, enrolled: Any) -> None:
    a, client_a = enrolled("kh-sr", "officer1")
    b, client_b = enrolled("kh-sr", "officer2")
    t = a.training
    own = t.add_module("basic", "ការលក់តាម Facebook", "Selling through Facebook pages")[0].record_id
    own_code = a.conn.execute("SELECT code FROM modules WHERE id = ?", (own,)).fetchone()[0]
    wid = t.create_workshop({"title": "សិក្ខាសាលាអាជីវកម្មអេឡិចត្រូនិក", "track": "basic",
                             "modules": ["B01", own_code], "start_date": "2025-03-10",
                             "end_date": "2025-03-12", "venue": "Chamber hall",
                             "country": "KH", "province": "Siem Reap",
                             "trainers": "Sok Dara", "partner": "UN ESCAP",
                             "status": "done", "notes": "Projector needed"})[0].record_id
    changes = t.enrol_new(wid, {"name": "ចាន់ ស្រីមុំ", "name_latin": "Chan Sreymom",
                                "gender": "f", "role": "Owner", "phone": "012 777 888",
                                "email": "sreymom@example.com"},
                          new_sme={"name": "Kampot Pepper Farm", "country": "KH"})
    sme, pid = changes[0].record_id, changes[1].record_id
    days = t.sessions(wid)
    for session in days[:2]:
        t.mark_attendance(wid, session.id, pid)
    t.set_progress(wid, pid, "B01", "completed", on="2025-03-10")
    t.set_progress(wid, pid, own_code, "completed", on="2025-03-12")
    t.set_scores(wid, pid, pre=40, post=85.5)
    t.set_attendance_rule(wid, 60)  # present on 2 of the 3 days is enough here
    t.issue_certificates(wid, on="2025-03-12")
    service = t.add_service(sme, {"type": "listing", "delivered_on": "2025-03-20",
                                  "staff": "Sok Dara", "fee": 25, "currency": "USD",
                                  "outcome": "12 products on the portal",
                                  "workshop_id": wid})[0].record_id
    [inquiry] = t.add_inquiry(sme, {"received_on": "2025-04-02", "from_country": "JP",
                                  "channel": "emarketplace", "notes": "200 kg of pepper"})
    client_a.sync()
    client_b.sync()

    u = b.training
    assert u.workshop(wid).values() == t.workshop(wid).values()
    assert u.sessions(wid) == t.sessions(wid)
    assert u.person(pid) == t.person(pid)
    assert u.participants(wid) == t.participants(wid)
    [row] = u.participants(wid)
    assert (row.sme_name, row.days_present, row.completed, row.post_score) == (
        "Kampot Pepper Farm", 2, True, 85.5)
    assert row.certificate_no and row.certificate_issued_on == "2025-03-12"
    assert u.progress(wid) == t.progress(wid)
    assert u.modules("km") == t.modules("km")
    assert u.module_title(own_code, "th") == "ការលក់តាម Facebook"
    assert u.services(sme) == t.services(sme) and u.services()[0].id == service
    assert u.inquiries(sme) == t.inquiries(sme) and u.inquiries()[0].id == inquiry.record_id
    assert u.sme_training(sme) == t.sme_training(sme)
    assert u.workshops() == t.workshops()
    # Local search keys are built for records that came by sync.
    from gmsdesk.storage.training import filter_roster

    roster = u.roster(wid, days[0].id)
    assert [r.person_id for r in filter_roster(roster, "kampot 777")] == [pid]
    assert b.outbox.pending_count() == 0
    assert b.sync.open_conflicts() == []
