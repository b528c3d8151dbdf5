"""Training storage: catalogue, workshops and their days, people and enrolment, attendance,
forward-only progress and its revert, certificates, per-SME view, services and inquiries."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest

from gmsdesk.paths import RESOURCES
from gmsdesk.services.prefixes import NoMatch
from gmsdesk.services.training import find_workshop
from gmsdesk.storage.db import Database
from gmsdesk.storage.errors import NotFound, ValidationError
from gmsdesk.storage.ids import derived_id
from gmsdesk.storage.training import (
    ProgressBackwards,
    certificate_number,
    filter_roster,
)

LANGS = ("en", "km", "lo", "my", "th", "vi", "zh_CN")


def workshop(db: Database, **values: Any) -> str:
    base = {"title": "Getting SMEs online", "track": "basic", "start_date": "2025-03-10",
            "end_date": "2025-03-12", "venue": "Chamber hall", "country": "KH",
            "province": "Siem Reap"}
    return db.training.create_workshop({**base, **values})[0].record_id


def person(db: Database, name: str = "សុខ សុភា", **values: Any) -> str:
    return db.training.create_person({"name": name, **values})[0].record_id


def test_catalogue_seeded_in_seven_languages_and_agency_modules_follow(db: Database) -> None:
    seed = json.loads((RESOURCES / "seed" / "modules.json").read_text(encoding="utf-8"))
    assert sum(m["track"] == "basic" for m in seed) >= 6
    assert sum(m["track"] == "advanced" for m in seed) >= 5
    for module in seed:
        assert set(module["title"]) == set(LANGS) and set(module["description"]) == set(LANGS)
        assert all(v.strip() for v in module["title"].values())
        # Not English left in place of a translation.
        others = [module["title"][lang] for lang in LANGS if lang not in ("en", "vi")]
        assert module["title"]["en"] not in others
    km = db.training.modules("km")
    assert km[0].code == "B01" and km[0].title.startswith("គោលគំនិត")
    assert db.training.module_title("A02", "zh_CN") == "电子商务与在线支付"
    assert db.training.module_title("A02", "fr") == "E-commerce and online payment"

    [change] = db.training.add_module("basic", "Selling on Facebook pages", "For shops.")
    codes = [m.code for m in db.training.modules()]
    mine = next(m for m in db.training.modules() if not m.builtin)
    assert mine.title == "Selling on Facebook pages" and change.record_id
    # After the built-in basic modules, before the advanced ones.
    assert codes.index(mine.code) == codes.index("B07") + 1
    assert db.training.module_title(mine.code, "th") == "Selling on Facebook pages"
    with pytest.raises(ValidationError) as err:
        db.training.add_module("expert", " ")
    assert set(err.value.errors) == {"title", "track"}


def test_workshop_validation_lists_every_problem(db: Database) -> None:
    with pytest.raises(ValidationError) as err:
        db.training.create_workshop({"title": " ", "track": "medium", "status": "over",
                                     "start_date": "2025-03-12", "end_date": "2025-03-10",
                                     "modules": ["B01", "Z99"]})
    assert set(err.value.errors) == {"title", "track", "status", "end_date", "modules"}
    with pytest.raises(ValidationError) as err:
        db.training.create_workshop({"title": "T", "start_date": "12/03/2025"})
    assert set(err.value.errors) == {"start_date"}
    with pytest.raises(ValidationError) as err:  # 2205 typed for 2025
        db.training.create_workshop({"title": "T", "start_date": "2025-03-10",
                                     "end_date": "2205-03-10"})
    assert "60 days" in err.value.errors["end_date"]
    assert db.training.workshops() == []


def test_sessions_follow_the_dates_but_attended_days_stay(db: Database) -> None:
    wid = workshop(db)
    days = [s.day for s in db.training.sessions(wid)]
    assert days == ["2025-03-10", "2025-03-11", "2025-03-12"]
    assert db.training.sessions(wid)[0].id == derived_id("session", wid, "2025-03-10")
    assert db.training.workshop(wid).modules[:2] == ("B01", "B02")  # the track's modules

    pid = person(db)
    db.training.enrol(wid, pid)
    last = db.training.sessions(wid)[-1]
    db.training.mark_attendance(wid, last.id, pid)
    changes = db.training.update_workshop(wid, {"start_date": "2025-03-08",
                                                "end_date": "2025-03-09"})
    assert changes[0].table == "workshops"
    sessions = db.training.sessions(wid)
    # The 10th and 11th nobody attended: gone. The 12th had attendance: kept, flagged.
    assert [(s.day, s.outside) for s in sessions] == [
        ("2025-03-08", False), ("2025-03-09", False), ("2025-03-12", True)]
    assert sessions[-1].present == 1
    # Back to the first dates: the tombstoned days return with the same ids.
    db.training.update_workshop(wid, {"start_date": "2025-03-10", "end_date": "2025-03-12"})
    assert [s.day for s in db.training.sessions(wid)] == ["2025-03-10", "2025-03-11",
                                                          "2025-03-12"]
    assert db.training.update_workshop(wid, {"title": "Getting SMEs online"}) == ()


def test_enrol_is_idempotent_and_withdrawn_come_back(db: Database) -> None:
    wid = workshop(db)
    pid = person(db)
    [first] = db.training.enrol(wid, pid)
    assert first.record_id == derived_id("participant", wid, pid)
    assert db.training.enrol(wid, pid) == ()
    db.training.withdraw(wid, pid)
    assert db.training.participants(wid) == []
    [again] = db.training.enrol(wid, pid)
    assert again.op == "undelete"
    assert [p.person_id for p in db.training.participants(wid)] == [pid]
    with pytest.raises(NotFound):
        db.training.enrol(wid, "nobody")


def test_person_validation(db: Database) -> None:
    with pytest.raises(ValidationError) as err:
        db.training.create_person({"name": "", "gender": "q", "phone": "call me",
                                   "email": "no", "sme_id": "missing"})
    assert set(err.value.errors) == {"name", "gender", "phone", "email", "sme_id"}
    pid = db.training.create_person({"name_latin": "Sok Dara", "gender": "female"})[0].record_id
    got = db.training.person(pid)
    assert (got.name, got.gender) == ("Sok Dara", "female")
    db.training.update_person(pid, {"name": "សុខ ដារា", "phone": "012 345 678"})
    got = db.training.person(pid)
    assert (got.name, got.name_latin, got.phone) == ("សុខ ដារា", "Sok Dara", "012 345 678")
    assert [p.id for p in db.training.search_people("ដារា")] == [pid]
    assert [p.id for p in db.training.search_people("12345678")] == [pid]


def test_enrol_new_creates_sme_person_and_enrolment_in_one_go(db: Database) -> None:
    wid = workshop(db)
    existing = db.smes.create({"name": "Angkor Silk", "phone": "012 111 222"})[0].record_id
    dups = db.smes.likely_duplicates({"name": "Angkor Silk Co., Ltd."})
    assert [d.sme.id for d in dups] == [existing]  # what the form warns about

    changes = db.training.enrol_new(wid, {"name": "ចាន់ ស្រីមុំ", "name_latin": "Chan Sreymom",
                                          "gender": "f", "role": "Owner"},
                                    new_sme={"name": "Kampot Pepper Farm",
                                             "country": "KH"})
    assert [c.table for c in changes] == ["smes", "people", "participants"]
    [row] = db.training.participants(wid)
    assert (row.name, row.sme_name, row.role) == ("ចាន់ ស្រីមុំ", "Kampot Pepper Farm", "Owner")
    assert db.training.people_of_sme(changes[0].record_id)[0].name_latin == "Chan Sreymom"

    # A bad new SME: nothing is kept, and its problems are named as SME fields.
    before = db.smes.count()
    with pytest.raises(ValidationError) as err:
        db.training.enrol_new(wid, {"name": "Dara"}, new_sme={"name": "", "email": "x"})
    assert set(err.value.errors) == {"sme.name", "sme.email"}
    with pytest.raises(ValidationError):
        db.training.enrol_new(wid, {"name": ""}, new_sme={"name": "Good SME"})
    assert db.smes.count() == before and len(db.training.participants(wid)) == 1
    # Linking to an SME of the registry.
    db.training.enrol_new(wid, {"name": "Heng Vannak"}, sme_id=existing)
    assert {p.sme_name for p in db.training.participants(wid)} == {"Kampot Pepper Farm",
                                                                   "Angkor Silk"}


def test_attendance_marks_once_and_roster_filters(db: Database) -> None:
    wid = workshop(db)
    sme = db.smes.create({"name": "Mekong Crafts", "name_local": "សិប្បកម្មមេគង្គ"})[0].record_id
    a = person(db, "សុខ សុភា", name_latin="Sok Sophea", sme_id=sme, phone="012 777 888")
    b = person(db, "Nguyễn Thị Lan", name_latin="Nguyen Thi Lan")
    for pid in (a, b):
        db.training.enrol(wid, pid)
    day = db.training.sessions(wid)[0].id
    [change] = db.training.mark_attendance(wid, day, a)
    assert change.record_id == derived_id("attendance", wid, day, a)
    assert db.training.mark_attendance(wid, day, a) == ()  # already present
    assert db.training.mark_attendance(wid, day, b, present=False) == ()  # already absent
    roster = db.training.roster(wid, day)
    assert [(r.name_latin, r.present) for r in roster] == [("Nguyen Thi Lan", False),
                                                          ("Sok Sophea", True)]
    assert [r.person_id for r in filter_roster(roster, "sophea")] == [a]
    assert [r.person_id for r in filter_roster(roster, "សុភា")] == [a]
    assert [r.person_id for r in filter_roster(roster, "mekong 777")] == [a]
    assert [r.person_id for r in filter_roster(roster, "lan")] == [b]
    assert [r.person_id for r in filter_roster(roster, "NGUYỄN")] == [b]
    assert len(filter_roster(roster, "  ")) == 2
    assert db.training.mark_attendance(wid, day, a, present=False) != ()
    assert not db.training.roster(wid, day)[1].present
    outsider = person(db, "Not enrolled")
    with pytest.raises(ValidationError):
        db.training.mark_attendance(wid, day, outsider)
    with pytest.raises(ValidationError):
        db.training.mark_attendance(wid, "no-such-day", a)


def test_progress_moves_forward_only_unless_an_admin_reverts(db: Database) -> None:
    wid = workshop(db, modules=["B01", "B02"])
    pid = person(db)
    db.training.enrol(wid, pid)
    assert db.training.set_progress(wid, pid, "B01", "not_started") == ()
    db.training.set_progress(wid, pid, "B01", "in_progress", on="2025-03-10")
    db.training.set_progress(wid, pid, "B01", "completed", on=date(2025, 3, 11))
    got = db.training.progress(wid)[(pid, "B01")]
    assert (got.status, got.status_on, got.reverted_by) == ("completed", "2025-03-11", None)
    with pytest.raises(ProgressBackwards):
        db.training.set_progress(wid, pid, "B01", "in_progress")
    assert db.training.set_progress(wid, pid, "B01", "completed") == ()
    with pytest.raises(ValidationError):
        db.training.set_progress(wid, pid, "A01", "completed")  # not in this workshop
    with pytest.raises(ValidationError) as err:
        db.training.revert_progress(wid, pid, "B01", "in_progress", "", " ")
    assert set(err.value.errors) == {"admin", "reason"}
    with pytest.raises(ValidationError):
        db.training.revert_progress(wid, pid, "B01", "completed", "admin", "why")

    [change] = db.training.revert_progress(wid, pid, "B01", "in_progress", "Dara (admin)",
                                           "marked for the wrong person")
    assert set(change.fields) >= {"status", "reverted_by"}
    got = db.training.progress(wid)[(pid, "B01")]
    assert got.status == "in_progress"
    assert got.reverted_by and got.reverted_by.startswith("Dara (admin): marked for the wrong")
    # The revert and its reason are in the same outbox entry: they travel together.
    entry = db.conn.execute("SELECT fields FROM outbox WHERE row_id = ? ORDER BY seq DESC",
                            (change.record_id,)).fetchone()[0]
    assert {"status", "reverted_by"} <= set(json.loads(entry))


def test_completion_certificates_and_per_sme_view(db: Database) -> None:
    wid = workshop(db, modules=["B01", "B02"])
    sme = db.smes.create({"name": "Bayon Tours"})[0].record_id
    done = person(db, "Sok Dara", sme_id=sme)
    half = person(db, "Keo Bopha", sme_id=sme)
    for pid in (done, half):
        db.training.enrol(wid, pid)
        db.training.set_progress(wid, pid, "B01", "completed")
    db.training.set_progress(wid, done, "B02", "completed")
    db.training.set_progress(wid, half, "B02", "in_progress")
    db.training.set_scores(wid, done, pre="45", post=82.5)
    with pytest.raises(ValidationError) as err:
        db.training.set_scores(wid, done, pre=101, post="abc")
    assert set(err.value.errors) == {"pre_score", "post_score"}
    db.training.set_scores(wid, done, post=None)  # clears post, keeps pre

    rows = {p.name: p for p in db.training.participants(wid)}
    assert (rows["Sok Dara"].completed, rows["Keo Bopha"].completed) == (True, False)
    assert (rows["Sok Dara"].pre_score, rows["Sok Dara"].post_score) == (45, None)
    assert rows["Keo Bopha"].modules_completed == 1
    [listed] = db.training.workshops()
    assert (listed.participants, listed.completed) == (2, 1)

    # Both were there every day (a certificate asks for 80 % of the days unless changed).
    for session in db.training.sessions(wid):
        for pid in (done, half):
            db.training.mark_attendance(wid, session.id, pid)
    changes = db.training.issue_certificates(wid, on="2025-03-12")
    assert len(changes) == 1
    number = certificate_number(derived_id("participant", wid, done), "2025")
    assert number.startswith("GMS-2025-")
    people = [p for p in db.training.participants(wid) if p.certificate_no]
    assert [(p.name, p.sme_name, p.certificate_no, p.certificate_issued_on)
            for p in people] == [("Sok Dara", "Bayon Tours", number, "2025-03-12")]
    # The second finishes later: gets a number; the first keeps hers.
    db.training.set_progress(wid, half, "B02", "completed")
    assert len(db.training.issue_certificates(wid, on="2025-04-01")) == 1
    issued = {p.name: (p.certificate_no, p.certificate_issued_on)
              for p in db.training.participants(wid)}
    assert issued["Sok Dara"] == (number, "2025-03-12")
    assert issued["Keo Bopha"][1] == "2025-04-01"
    assert db.training.issue_certificates(wid) == ()

    assert [db.training.module_title(code, "th") for code in ("B01", "B02")] == [
        "แนวคิดและประโยชน์ของธุรกิจอิเล็กทรอนิกส์", "เริ่มต้นใช้งานอินเทอร์เน็ต"]

    view = db.training.sme_training(sme)
    assert {(r.person_name, r.module, r.status) for r in view} == {
        ("Sok Dara", "B01", "completed"), ("Sok Dara", "B02", "completed"),
        ("Keo Bopha", "B01", "completed"), ("Keo Bopha", "B02", "completed")}


def test_workshop_list_filters_and_find_by_prefix(db: Database) -> None:
    old = workshop(db, title="Basic e-business, Siem Reap", status="done",
                   start_date="2024-05-01", end_date="2024-05-03")
    soon = date.today() + timedelta(days=30)
    new = workshop(db, title="E-marketing for exporters", track="advanced",
                   start_date=soon.isoformat(), end_date=(soon + timedelta(days=1)).isoformat())
    assert [w.id for w in db.training.workshops()] == [new, old]
    assert [w.id for w in db.training.workshops(status="done")] == [old]
    assert [w.id for w in db.training.workshops(status="planned")] == [new]
    assert [w.id for w in db.training.workshops(text="BASIC siem")] == [old]
    assert find_workshop(db, new[:30].upper()).id == new
    with pytest.raises(NoMatch):
        find_workshop(db, "ffff")
    db.training.delete_workshop(old)
    assert [w.id for w in db.training.workshops()] == [new]
    assert [w.id for w in db.training.workshops(deleted=True)] == [old]
    db.training.restore_workshop(old)
    assert len(db.training.workshops()) == 2


def test_services_and_inquiries(db: Database) -> None:
    sme = db.smes.create({"name": "Luang Prabang Weavers"})[0].record_id
    with pytest.raises(ValidationError) as err:
        db.training.add_service(sme, {"type": "magic", "delivered_on": "yesterday",
                                      "fee": -5, "currency": "dollars"})
    assert set(err.value.errors) == {"type", "delivered_on", "fee", "currency"}
    with pytest.raises(ValidationError) as err:
        db.training.add_service("nobody", {"type": "website", "delivered_on": "2025-01-05"})
    assert set(err.value.errors) == {"sme_id"}
    sid = db.training.add_service(sme, {"type": "translation", "delivered_on": "2025-01-05",
                                        "staff": "Khamla", "fee": "1,200", "currency": "lak",
                                        "outcome": "Catalogue in English"})[0].record_id
    [got] = db.training.services(sme)
    assert (got.type, got.fee, got.currency) == ("translation", 1200, "LAK")
    db.training.update_service(sid, {"fee": 0})
    assert db.training.services()[0].fee == 0
    db.training.delete_service(sid)
    assert db.training.services(sme) == []

    with pytest.raises(ValidationError) as err:
        db.training.add_inquiry(sme, {"received_on": "", "from_country": "ZZ",
                                      "channel": "pigeon"})
    assert set(err.value.errors) == {"received_on", "from_country", "channel"}
    db.training.add_inquiry(sme, {"received_on": "2025-02-01", "from_country": "jp",
                                  "channel": "emarketplace", "notes": "Silk scarves, 200 pcs"})
    iid = db.training.add_inquiry(sme, {"received_on": "2025-02-03", "from_country": "YN",
                                        "channel": "email"})[0].record_id
    assert [(i.received_on, i.from_country) for i in db.training.inquiries(sme)] == [
        ("2025-02-03", "YN"), ("2025-02-01", "JP")]
    db.training.delete_inquiry(iid)
    assert len(db.training.inquiries()) == 1


def test_demo_workshop_people_in_their_own_script(db: Database) -> None:
    from gmsdesk.demo import generate_workshop

    wid = generate_workshop(db, participants=30, days=3, seed=4,
                            start=date.today() - timedelta(days=10))
    workshop = db.training.workshop(wid)
    assert workshop.status == "done" and len(db.training.sessions(wid)) == 3
    people = db.training.participants(wid)
    assert len(people) == 30 and all(p.sme_name for p in people)
    if workshop.country not in ("VN",):  # Vietnamese write in Latin letters
        assert all(not p.name.isascii() and p.name_latin and p.name_latin.isascii()
                   for p in people)
    assert {p.gender for p in people} == {"female", "male"}
    assert 0 < sum(p.completed for p in people) < 30
    # Certificates went to those who completed every module and were there often enough.
    standings = db.training.certificate_standings(wid)
    assert all(bool(s.participant.certificate_no) == s.eligible for s in standings)
    assert any(s.completed and not s.attended for s in standings)  # missed a day: none
    assert all(p.post_score is not None and p.pre_score is not None for p in people)
    assert sum(s.present for s in db.training.sessions(wid)) > 60
    assert db.training.workshops()[0].completed == sum(p.completed for p in people)


def test_roster_search_puts_word_starts_first() -> None:
    """Typing "so" lists Sokha (a word starts so) before Pisoth (so inside a word)."""
    from gmsdesk.storage.training import RosterRow

    rows = [RosterRow("p1", "ពិសុទ្ធ", "Pisoth", None, False, "ពិសុទ្ធ pisoth"),
            RosterRow("p2", "សុខា", "Sokha", None, False, "សុខា sokha"),
            RosterRow("p3", "ដារា", "Dara", None, False, "ដារា dara")]
    assert [r.person_id for r in filter_roster(rows, "so")] == ["p2", "p1"]
    assert [r.person_id for r in filter_roster(rows, "SO ph")] == []
