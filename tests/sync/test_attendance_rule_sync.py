"""A workshop's attendance rule for certificates travels with the workshop through a real server
(SQLite and PostgreSQL): the trainer's laptop and the office's agree on who gets a certificate,
whatever each one's own default; an older release, which does not know the field, neither
erases it when it edits the workshop nor loses it, and shows it once upgraded."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gmsdesk.records import REGISTRY, RecordType
from gmsdesk.storage.db import Database
from gmsdesk.storage.migrations import MIGRATIONS
from gmsdesk.sync.client import SyncClient
from tests.sync.test_boundary import push_raw
from tests.sync.test_rules import state

WORKSHOPS = REGISTRY["workshops"]
# The release before workshops carried their rule: the same record type without the field.
OLDER = REGISTRY.with_type(RecordType(
    "workshops", WORKSHOPS.rule, WORKSHOPS.title,
    tuple(f for f in WORKSHOPS.fields if f.name != "attendance_percent"), WORKSHOPS.local,
    WORKSHOPS.summary, WORKSHOPS.cross_checks))
OLDER_MIGRATIONS = [m for m in MIGRATIONS if m[0] < 10]


def five_day_workshop(db: Database, rule: int | None) -> tuple[str, dict[str, str]]:
    """A workshop over, of five days, with Dara present on all five and Bopha on three, both
    having completed every module; returns (workshop, {name: participant id})."""
    values: dict[str, Any] = {"title": "Selling online, Siem Reap", "track": "basic",
                              "modules": ["B01"], "start_date": "2025-03-10",
                              "end_date": "2025-03-14", "country": "KH"}
    if rule is not None:
        values["attendance_percent"] = rule
    wid = db.training.create_workshop(values)[0].record_id
    people = {}
    for name, days in (("Sok Dara", 5), ("Keo Bopha", 3)):
        pid = db.training.create_person({"name": name})[0].record_id
        people[name] = db.training.enrol(wid, pid)[0].record_id
        for session in db.training.sessions(wid)[:days]:
            db.training.mark_attendance(wid, session.id, pid)
        db.training.set_progress(wid, pid, "B01", "completed", on="2025-03-14")
    return wid, people


def due(db: Database, wid: str) -> set[str]:
    return {s.participant.name for s in db.training.certificate_standings(wid) if s.eligible}


def test_the_rule_travels_and_both_laptops_agree_on_who_qualifies(server: Any,
                                                                  enrolled: Any) -> None:
    trainer, client_t = enrolled("kh-sr", "trainer")
    office, client_o = enrolled("kh-sr", "office")
    trainer.training.set_attendance_rule(None, 60)  # the trainer's default: three days in five
    office.training.set_attendance_rule(None, 100)  # the office's: every day
    wid, _ = five_day_workshop(trainer, rule=60)  # as the dialog saves a new workshop
    client_t.sync()
    client_o.sync()
    assert state(server, "workshops", wid)["attendance_percent"] == 60
    assert office.training.workshop(wid).attendance_percent == 60
    assert office.training.attendance_rule(wid).own
    assert due(office, wid) == due(trainer, wid) == {"Sok Dara", "Keo Bopha"}
    # The office asks every day of this workshop: the trainer's laptop follows.
    changes = office.training.set_attendance_rule(wid, 100)
    assert [(c.table, c.fields) for c in changes] == [("workshops", ("attendance_percent",))]
    client_o.sync()
    client_t.sync()
    assert trainer.training.attendance_rule(wid).percent == 100
    assert due(office, wid) == due(trainer, wid) == {"Sok Dara"}
    assert trainer.sync.open_conflicts() == [] and office.sync.open_conflicts() == []


def test_a_workshop_without_a_rule_follows_each_laptops_default(server: Any,
                                                                enrolled: Any) -> None:
    """What an older release made: no rule travels, each laptop applies its default."""
    a, client_a = enrolled("kh-sr", "a")
    b, client_b = enrolled("kh-sr", "b")
    b.training.set_attendance_rule(None, 60)
    wid, _ = five_day_workshop(a, rule=None)
    client_a.sync()
    client_b.sync()
    assert "attendance_percent" not in state(server, "workshops", wid)
    assert b.training.workshop(wid).attendance_percent is None
    assert (due(a, wid), due(b, wid)) == ({"Sok Dara"}, {"Sok Dara", "Keo Bopha"})


def test_an_older_release_neither_erases_nor_loses_the_rule(server: Any, enrolled: Any,
                                                            tmp_path: Path) -> None:
    new, client_new = enrolled("kh-sr", "new")
    wid, _ = five_day_workshop(new, rule=60)
    client_new.sync()
    old = Database(tmp_path / "old.sqlite3", user="old", registry=OLDER,
                   migrations=OLDER_MIGRATIONS)
    try:
        client_old = SyncClient(old)
        client_old.enroll(server.url, server.store.create_enrollment("kh-sr"), "old")
        client_old.sync()
        # It stores what it knows of the workshop and keeps the rule aside for later.
        spec = old.sync.specs()["workshops"]
        assert old.training.writer.get_row(spec, wid)["title"] == "Selling online, Siem Reap"
        held = {(h.table, h.record_id, h.field, h.value, h.reason)
                for h in old.sync.deferred()}
        assert held == {("workshops", wid, "attendance_percent", 60, "unknown field")}
        # It edits the workshop as that release did: the fields it knows, nothing else.
        old.training.writer.update(spec, wid, {"title": "Selling online, Siem Reap (2)",
                                               "venue": "Chamber hall"})
        client_old.sync()
        # And a careless older client sends the whole record as it knows it.
        record = {k: v for k, v in old.training.writer.get_row(spec, wid).items()
                  if k in spec.fields and v is not None}
        pushed = push_raw(server, old, [["workshops", wid, k, spec.wire(k, v)]
                                        for k, v in record.items()], "old-whole-record")
        assert not pushed.get("refused")
        assert state(server, "workshops", wid)["attendance_percent"] == 60
        client_new.sync()
        got = new.training.workshop(wid)
        assert (got.title, got.venue, got.attendance_percent) == (
            "Selling online, Siem Reap (2)", "Chamber hall", 60)
        assert due(new, wid) == {"Sok Dara", "Keo Bopha"}
        # Upgraded, the older laptop shows the rule it held, and sends nothing back.
        old.close()
        old = Database(tmp_path / "old.sqlite3", user="old")
        assert old.training.attendance_rule(wid).percent == 60
        assert old.training.attendance_rule(wid).own
        assert old.sync.deferred() == [] and old.outbox.pending_count() == 0
        assert due(old, wid) == {"Sok Dara", "Keo Bopha"}
    finally:
        old.close()


def test_a_rule_set_on_a_laptop_before_the_upgrade_reaches_the_others(
        server: Any, enrolled: Any, tmp_path: Path) -> None:
    """Before, a workshop's own rule was kept in the laptop's `meta` table alone; the upgrade
    makes it the workshop's and sends it."""
    office, client_office = enrolled("kh-sr", "office")
    path = tmp_path / "trainer.sqlite3"
    trainer = Database(path, user="trainer", registry=OLDER, migrations=OLDER_MIGRATIONS)
    try:
        client = SyncClient(trainer)
        client.enroll(server.url, server.store.create_enrollment("kh-sr"), "trainer")
        spec = trainer.sync.specs()["workshops"]
        [made] = trainer.training.writer.insert(spec, {
            "title": "E-marketing", "track": "advanced", "modules": ["A01"],
            "start_date": "2025-04-01", "end_date": "2025-04-03", "status": "planned"})
        wid = made.record_id
        client.sync()
        trainer.set_meta_atomic("training.attendance_percent:" + wid, "100")
        trainer.set_meta_atomic("training.attendance_percent", "70")
        trainer.close()
        trainer = Database(path, user="trainer")
        assert trainer.training.attendance_rule(wid).percent == 100
        assert trainer.training.attendance_rule(None).percent == 70  # the default stays
        assert trainer.meta("training.attendance_percent:" + wid) == ""
        assert SyncClient(trainer).sync().sent == 1
        client_office.sync()
        assert office.training.workshop(wid).attendance_percent == 100
        assert state(server, "workshops", wid)["attendance_percent"] == 100
    finally:
        trainer.close()
