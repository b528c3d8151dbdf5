"""Training rules a trainer expects: a workshop's status follows its dates unless set further by
hand; a certificate asks for every module and enough days present, and is never dated before the
last day nor given before the end without the trainer's say-so; people already known are found
(the workshop's economy first) and a person typed twice is noticed."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from gmsdesk.storage.db import Database
from gmsdesk.storage.errors import ValidationError
from gmsdesk.storage.migrations import MIGRATIONS
from gmsdesk.storage.training import (
    AttendanceRule,
    WorkshopNotOver,
    status_by_dates,
    workshop_status,
)

TODAY = date.today()


def day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


def workshop(db: Database, first: int, last: int, **values: Any) -> str:
    base = {"title": "Getting SMEs online", "track": "basic", "modules": ["B01", "B02"],
            "start_date": day(first), "end_date": day(last), "country": "KH"}
    return db.training.create_workshop({**base, **values})[0].record_id


@pytest.mark.parametrize(("status_set", "first", "last", "now"), [
    ("planned", 1, 3, "planned"),   # starts tomorrow
    ("planned", 0, 2, "running"),   # starts today: not "Planned"
    ("planned", -2, 0, "running"),  # its last day
    ("planned", -3, -1, "done"),    # past its last day
    ("running", 1, 3, "running"),   # started early, by hand
    ("running", -3, -1, "done"),    # a hand-set "running" does not outlive the dates
    ("done", 0, 2, "done"),         # closed early (or called off), by hand
    ("done", 1, 3, "done"),
])
def test_status_follows_the_dates_unless_set_further_by_hand(
        status_set: str, first: int, last: int, now: str) -> None:
    assert workshop_status(status_set, day(first), day(last)) == now
    assert workshop_status(status_set, day(first), day(last), today=TODAY) == now


def test_status_without_dates_or_of_a_newer_version_is_as_set() -> None:
    assert workshop_status("running", None, None) == "running"
    assert workshop_status(None, None, None) == "planned"
    assert workshop_status("postponed", day(-3), day(-1)) == "postponed"
    assert status_by_dates("not a date", None) is None
    assert status_by_dates(day(0), None) == "running"  # one day: first and last
    assert workshop_status("planned", "2025-03-10", "2025-03-12", today="2025-03-12") == \
        "running"
    assert workshop_status("planned", "2025-03-10", "2025-03-12",
                           today=date(2025, 3, 13)) == "done"


def test_lists_and_the_record_show_todays_status_and_keep_what_was_set(db: Database) -> None:
    starts_today = workshop(db, 0, 2)
    over = workshop(db, -10, -8, title="Selling online")
    coming = workshop(db, 5, 7, title="E-marketing")
    closed_early = workshop(db, -1, 1, title="Called off", status="done")
    got = db.training.workshop(starts_today)
    assert (got.status, got.status_set) == ("running", "planned")
    assert got.values()["status"] == "planned"  # an edit keeps following the dates
    assert {w.id: w.status for w in db.training.workshops()} == {
        starts_today: "running", over: "done", coming: "planned", closed_early: "done"}
    assert {w.id for w in db.training.workshops(status="done")} == {over, closed_early}
    assert [w.id for w in db.training.workshops(status="planned")] == [coming]
    # Moving the dates moves the status; nothing was written to say so.
    db.training.update_workshop(coming, {"start_date": day(-1), "end_date": day(1)})
    assert db.training.workshop(coming).status == "running"
    assert db.training.workshop(coming).status_set == "planned"


def test_attendance_rule_default_and_per_workshop(db: Database) -> None:
    wid = workshop(db, -5, -3)
    rule = db.training.attendance_rule(wid)
    assert (rule.percent, rule.own) == (80, False)
    assert [rule.days_needed(d) for d in (0, 1, 3, 4, 5, 10)] == [0, 1, 3, 4, 4, 8]
    assert AttendanceRule(100).days_needed(3) == 3 and AttendanceRule(0).days_needed(3) == 0
    assert db.training.set_attendance_rule(None, 100) == ()  # this laptop's: not synced
    assert db.training.attendance_rule(wid).percent == 100
    # A workshop's own rule is an edit of the workshop, synced with it.
    [change] = db.training.set_attendance_rule(wid, "50 %")
    assert (change.table, change.record_id, change.fields) == (
        "workshops", wid, ("attendance_percent",))
    assert db.training.attendance_rule(wid) == AttendanceRule(50, own=True)
    assert db.training.workshop(wid).values()["attendance_percent"] == 50
    assert db.training.attendance_rule(workshop(db, 1, 2)).percent == 100
    made = workshop(db, 1, 2, attendance_percent=60)  # as the dialog makes one
    assert db.training.attendance_rule(made) == AttendanceRule(60, own=True)
    db.training.set_attendance_rule(wid, None)
    assert db.training.attendance_rule(wid) == AttendanceRule(100)
    db.training.set_attendance_rule(None, None)
    assert db.training.attendance_rule(wid) == AttendanceRule(80)
    bad_values: list[Any] = [101, -1, "most", 33.5]
    for bad in bad_values:
        with pytest.raises(ValidationError) as err:
            db.training.set_attendance_rule(wid, bad)
        assert set(err.value.errors) == {"attendance_rule"}
        with pytest.raises(ValidationError) as err:
            db.training.update_workshop(wid, {"attendance_percent": bad})
        assert set(err.value.errors) == {"attendance_percent"}
    assert db.training.workshop(wid).attendance_percent is None


def test_an_existing_database_gets_the_column_and_keeps_each_rule(data_dir: Path) -> None:
    """A database of the release before: workshops without a rule of their own follow the
    default; a rule that release kept in this laptop's `meta` becomes the workshop's own, and
    is queued to sync as this laptop's edit."""
    path = data_dir / "older.sqlite3"
    old = Database(path, user="sokha", migrations=[m for m in MIGRATIONS if m[0] < 10])
    assert "attendance_percent" not in {c.name for c in old.sql.table("workshops").columns}
    workshops: dict[str, str] = {}
    spec = old.sync.specs()["workshops"]  # written as that release wrote workshops
    for title in ("Own rule", "Default", "Gone"):
        [made] = old.training.writer.insert(spec, {
            "title": title, "track": "basic", "modules": ["B01"], "start_date": day(-5),
            "end_date": day(-1), "status": "planned"})
        workshops[title] = made.record_id
    old.outbox.acknowledge(10 ** 12)
    with old.atomic():
        old.set_meta("training.attendance_percent", "90")
        old.set_meta("training.attendance_percent:" + workshops["Own rule"], "60")
        old.set_meta("training.attendance_percent:no-such-workshop", "50")
    clock = int(old.meta("hlc"))
    old.close()

    db = Database(path, user="sokha")
    try:
        assert db.schema_version() == MIGRATIONS[-1][0]
        own, default = workshops["Own rule"], workshops["Default"]
        assert db.training.attendance_rule(own) == AttendanceRule(60, own=True)
        assert db.training.attendance_rule(default) == AttendanceRule(90)  # the default
        assert db.training.workshop(default).attendance_percent is None
        assert db.training.attendance_rule(None).percent == 90
        assert [k for k, in db.conn.execute("SELECT key FROM meta WHERE key LIKE "
                                            "'training.attendance_percent%'")] == [
            "training.attendance_percent"]
        [entry] = db.outbox.pending()
        assert (entry.table, entry.record_id, entry.op, entry.fields, entry.user) == (
            "workshops", own, "update", {"attendance_percent": 60}, "sokha")
        assert entry.hlc > clock and int(db.meta("hlc")) >= entry.hlc
        spec = db.sync.specs()["workshops"]
        assert db.training.writer.field_clock(spec, own, "attendance_percent") == entry.hlc
        # The next edit comes after it.
        db.training.set_attendance_rule(own, 70)
        assert db.training.writer.field_clock(spec, own, "attendance_percent") > entry.hlc
    finally:
        db.close()


def test_eligibility_follows_the_workshops_rule_not_the_laptops(db: Database) -> None:
    wid = workshop(db, -6, -2, attendance_percent=60)  # five days, over
    pid = db.training.create_person({"name": "Keo Bopha"})[0].record_id
    db.training.enrol(wid, pid)
    _attend(db, wid, pid, 3)
    _complete(db, wid, pid)
    db.training.set_attendance_rule(None, 100)  # this laptop asks every day of the others
    [standing] = db.training.certificate_standings(wid)
    assert (standing.days_needed, standing.eligible) == (3, True)
    assert len(db.training.issue_certificates(wid)) == 1


def _attend(db: Database, wid: str, pid: str, days: int) -> None:
    for session in db.training.sessions(wid)[:days]:
        db.training.mark_attendance(wid, session.id, pid)


def _complete(db: Database, wid: str, pid: str) -> None:
    for module in ("B01", "B02"):
        db.training.set_progress(wid, pid, module, "completed")


def test_certificates_need_every_module_and_enough_days(db: Database) -> None:
    wid = workshop(db, -6, -2)  # five days, over
    people = {name: db.training.create_person({"name": name})[0].record_id
              for name in ("every day", "four days", "three days", "modules missing")}
    for name, pid in people.items():
        db.training.enrol(wid, pid)
        _attend(db, wid, pid, {"every day": 5, "four days": 4, "three days": 3,
                               "modules missing": 5}[name])
        if name != "modules missing":
            _complete(db, wid, pid)
    standings = {s.participant.name: s for s in db.training.certificate_standings(wid)}
    assert {n: (s.attended, s.completed, s.days, s.days_needed)
            for n, s in standings.items()} == {
        "every day": (True, True, 5, 4), "four days": (True, True, 5, 4),
        "three days": (False, True, 5, 4), "modules missing": (True, False, 5, 4)}
    assert len(db.training.issue_certificates(wid)) == 2
    numbered = {p.name for p in db.training.participants(wid) if p.certificate_no}
    assert numbered == {"every day", "four days"}
    # Every day asked: nobody loses a number given; nobody new qualifies.
    db.training.set_attendance_rule(wid, 100)
    assert db.training.issue_certificates(wid) == ()
    assert {p.name for p in db.training.participants(wid) if p.certificate_no} == numbered
    # Three days in five is enough for this workshop: the third gets hers.
    db.training.set_attendance_rule(wid, 60)
    [change] = db.training.issue_certificates(wid)
    third = next(p for p in db.training.participants(wid) if p.name == "three days")
    assert change.record_id == third.id and third.certificate_no


def test_certificates_never_before_the_end_unless_confirmed_never_dated_before_it(
        db: Database) -> None:
    running = workshop(db, -1, 1)
    pid = db.training.create_person({"name": "Sok Dara"})[0].record_id
    db.training.enrol(running, pid)
    db.training.set_attendance_rule(running, 0)
    _complete(db, running, pid)
    with pytest.raises(WorkshopNotOver) as err:
        db.training.issue_certificates(running)
    assert err.value.status == "running" and "not over" in err.value.errors["certificates"]
    with pytest.raises(ValidationError) as early:
        db.training.issue_certificates(running, on=day(0), early=True)
    assert "before the workshop's last day" in early.value.errors["certificate_issued_on"]
    assert db.training.certificate_day(running) == day(1)  # the last day, still to come
    [change] = db.training.issue_certificates(running, early=True)
    [person] = db.training.participants(running)
    assert (person.certificate_issued_on, change.record_id) == (day(1), person.id)

    planned = workshop(db, 3, 4)
    db.training.enrol(planned, pid)
    with pytest.raises(WorkshopNotOver):
        db.training.issue_certificates(planned)
    over = workshop(db, -9, -8)
    assert db.training.certificate_day(over) == day(0)  # today, after the last day
    assert db.training.certificate_day(over, "2020-01-01") == "2020-01-01"
    with pytest.raises(ValidationError):
        db.training.issue_certificates(over, on="2020-01-01")
    with pytest.raises(ValidationError):
        db.training.issue_certificates(over, on="13/01/2025")


def test_people_of_the_workshops_economy_come_first(db: Database) -> None:
    lao = db.smes.create({"name": "Luang Prabang Weavers", "country": "LA"})[0].record_id
    khmer = db.smes.create({"name": "Angkor Silk", "country": "KH"})[0].record_id
    far = db.training.create_person({"name": "Aaron Dara", "sme_id": lao})[0].record_id
    near = db.training.create_person({"name": "Zita Dara", "sme_id": khmer})[0].record_id
    none = db.training.create_person({"name": "Bopha Dara"})[0].record_id
    assert [p.id for p in db.training.search_people("dara")] == [far, none, near]
    assert [p.id for p in db.training.search_people("dara", economy="KH")] == [
        near, far, none]


def test_a_person_typed_again_is_noticed_by_name_or_phone(db: Database) -> None:
    wid = workshop(db, 1, 2)
    sme = db.smes.create({"name": "Mekong Crafts"})[0].record_id
    sophea = db.training.create_person({"name": "សុខ សុភា", "name_latin": "Sok Sophea",
                                        "phone": "+855 12 777 888", "sme_id": sme}
                                       )[0].record_id
    namesake = db.training.create_person({"name": "Sok Sophea"})[0].record_id
    db.training.create_person({"name": "Sok Sopheap", "phone": "099 000 111"})
    db.training.enrol(wid, namesake)

    found = db.training.likely_duplicate_people(
        {"name": "SOK SOPHEA", "phone": "012 777 888"}, workshop_id=wid)
    assert [(m.person.id, m.reasons, m.enrolled) for m in found] == [
        (sophea, ("name", "phone"), False), (namesake, ("name",), True)]
    assert found[0].sme_name == "Mekong Crafts"
    by_script = db.training.likely_duplicate_people({"name": "សុខ  សុភា"})
    assert [m.person.id for m in by_script] == [sophea]
    by_phone = db.training.likely_duplicate_people({"name": "Someone else",
                                                    "phone": "0127 77888"})
    assert [(m.person.id, m.reasons) for m in by_phone] == [(sophea, ("phone",))]
    assert db.training.likely_duplicate_people({"name": "Sok"}) == []  # a part is not a name
    assert db.training.likely_duplicate_people({}) == []
