"""The ICT ladder's history: kept as changes are written and arrive, the same on every laptop
whatever order changes come in, and answering "online on a date" and "moved up since"."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from gmsdesk.storage.db import Database
from gmsdesk.storage.ict_history import HistoryFilter, day_of, end_of, start_of
from gmsdesk.storage.migrations import MIGRATIONS
from gmsdesk.storage.sync_store import Enrolment
from gmsdesk.sync.hlc import pack, unpack


def at(db: Database, when: str) -> None:
    """Set the laptop's wall clock (UTC) for the edits that follow."""
    ms = int(datetime.fromisoformat(when).replace(tzinfo=UTC).timestamp() * 1000)
    db.clock.now_ms = lambda: ms


def presence(db: Database, sme_id: str, **values: Any) -> str:
    spec = db.sync.specs()["presences"]
    return db.smes.writer.insert(spec, {"sme_id": sme_id, **values})[0].record_id


def set_presence(db: Database, presence_id: str, **values: Any) -> None:
    db.smes.writer.update(db.sync.specs()["presences"], presence_id, values)


def outgoing(db: Database) -> list[list[Any]]:
    """What the laptop would push, each [table, id, field, value, clock, user]; acknowledged."""
    last, items = db.sync.pending_batch(10 ** 9)
    db.sync.acknowledge(last, items)
    return items


def deliver(source: Database, target: Database, items: list[list[Any]]) -> None:
    """Apply changes at `target` as headquarters hands them over, one per page, in the order
    given."""
    for tbl, row_id, name, value, hlc, user in items:
        target.sync.apply_remote([[tbl, row_id, name, value, hlc, 0, 0, 0]],
                                 [source.device_id], target.sync.cursor,
                                 agencies=[source.agency_id], users=[user])


def history(db: Database) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in db.conn.execute(
        "SELECT tbl, row_id, field, hlc, device_id, sme_id, value, day, user FROM ict_history "
        "ORDER BY tbl, row_id, field, hlc")]


@pytest.fixture
def laptops(tmp_path: Path) -> Any:
    a = Database(tmp_path / "a.sqlite3", user="sokha")
    b = Database(tmp_path / "b.sqlite3", user="bounmy")
    yield a, b
    a.close()
    b.close()


def a_year_online(db: Database) -> tuple[str, str]:
    """An SME registered with e-mail in January, a website from March, a portal listing from
    June (displaying products from September), the website closed in November."""
    at(db, "2025-01-10T03:00:00")
    sme = db.smes.create({"name": "Angkor Silk", "uses_email": 1, "province": "Siem Reap",
                          "country": "KH"})[0].record_id
    at(db, "2025-03-01T03:00:00")
    db.smes.update(sme, {"uses_website": 1})
    at(db, "2025-06-01T03:00:00")
    portal = presence(db, sme, kind="portal", name="Cambodia Trade Portal")
    at(db, "2025-09-01T03:00:00")
    set_presence(db, portal, status="displaying")
    at(db, "2025-11-01T03:00:00")
    db.smes.update(sme, {"uses_website": 0})
    return sme, portal


def test_edits_exchanged_out_of_order_give_one_history_and_one_answer(laptops: Any) -> None:
    a, b = laptops
    sme, portal = a_year_online(a)
    at(a, "2025-12-01T03:00:00")
    set_presence(a, portal, status="inactive")
    items = outgoing(a)
    deliver(a, b, items[::-1])  # the latest change first, the SME's registration last
    assert history(b) == history(a)
    assert b.smes.get(sme).uses_website == 0  # and the records agree
    for laptop in (a, b):
        online = laptop.ict_history.online_on
        assert online(date(2025, 1, 9)).count == 0  # not registered yet
        assert online(date(2025, 1, 10)).ids == ()  # e-mail only: not online
        assert online(date(2025, 3, 1)).ids == (sme,)  # its website
        assert online(date(2025, 11, 15)).ids == (sme,)  # no website, but on the portal
        assert online(date(2025, 12, 31)).ids == ()  # the listing lapsed
        assert online(date(2025, 1, 1)).count < online(date(2025, 11, 30)).count
        july = laptop.ict_history.flags_on(sme, date(2025, 7, 1))
        assert (july.known, july.level, july.flags["uses_website"]) == (True, 2, 1)
        assert [(p.name, p.status) for p in july.presences] == [
            ("Cambodia Trade Portal", "registered")]


def test_applying_changes_again_keeps_them_once(laptops: Any) -> None:
    a, b = laptops
    a_year_online(a)
    items = outgoing(a)
    deliver(a, b, items)
    kept = history(b)
    deliver(a, b, items)
    deliver(a, b, items[::-1])
    assert history(b) == kept


def test_a_change_that_loses_the_merge_stays_in_history(laptops: Any) -> None:
    a, b = laptops
    at(a, "2025-01-10T03:00:00")
    at(b, "2025-01-10T03:00:00")  # both laptops' clocks in 2025 (they never go back)
    sme = a.smes.create({"name": "Mekong Rattan"})[0].record_id
    portal = presence(a, sme, kind="emarketplace", name="Thai SME Mall")
    deliver(a, b, outgoing(a))
    at(a, "2025-03-01T03:00:00")
    set_presence(a, portal, status="displaying")  # older, not yet sent
    at(b, "2025-04-01T03:00:00")
    set_presence(b, portal, status="inactive")  # newer, on the other laptop
    deliver(a, b, outgoing(a))
    deliver(b, a, outgoing(b))
    for laptop in (a, b):
        assert laptop.sync.record("presences", portal)["status"] == "inactive"  # merged
        march = laptop.ict_history.flags_on(sme, date(2025, 3, 10))
        assert [p.status for p in march.presences] == ["displaying"]  # the loser, kept
        assert laptop.ict_history.online_on(date(2025, 3, 10)).ids == (sme,)
        assert laptop.ict_history.online_on(date(2025, 4, 10)).ids == ()
        steps = [(e.day, e.old, e.new) for e in laptop.ict_history.timeline(sme)
                 if e.table == "presences"]
        assert steps == [("2025-01-10", None, "registered"),
                         ("2025-03-01", "registered", "displaying"),
                         ("2025-04-01", "displaying", "inactive")]
    assert history(a) == history(b)


def test_moved_up_since_a_baseline(db: Database) -> None:
    def sme(name: str, **flags: int) -> str:
        return db.smes.create({"name": name, **flags})[0].record_id

    at(db, "2024-06-01T03:00:00")
    climbs = sme("Climbs in the year", uses_email=1)
    early = sme("Climbed before it", uses_email=1)
    gone = sme("Climbed, then deleted")
    down = sme("Goes down", uses_website=1)
    at(db, "2024-11-01T03:00:00")
    db.smes.update(early, {"uses_website": 1})
    at(db, "2025-02-01T03:00:00")
    newcomer = sme("Registered in the year, online from the start", uses_website=1)
    starter = sme("Registered in the year, then e-mail")
    at(db, "2025-05-01T03:00:00")
    db.smes.update(climbs, {"uses_emarketplace": 1})
    db.smes.update(starter, {"uses_email": 1})
    db.smes.update(gone, {"uses_website": 1})
    db.smes.update(down, {"uses_website": 0})
    at(db, "2025-06-01T03:00:00")
    db.smes.delete(gone)
    at(db, "2026-02-01T03:00:00")
    later = sme("Registered after the year")
    db.smes.update(later, {"uses_website": 1})
    moves = db.ict_history.moved_up(date(2025, 1, 1), date(2025, 12, 31))
    assert {(m.sme_id, m.before, m.after) for m in moves} == {(climbs, 1, 3), (starter, 0, 1)}
    assert newcomer not in {m.sme_id for m in moves}
    # Before the deletion, the deleted one had moved up too.
    assert {m.sme_id for m in db.ict_history.moved_up(date(2025, 1, 1), date(2025, 5, 31))} \
        == {climbs, starter, gone}


def test_online_counts_by_place(db: Database) -> None:
    at(db, "2025-01-10T03:00:00")
    kh = db.smes.create({"name": "Angkor Silk", "country": "KH", "province": "Siem Reap",
                         "uses_social_media": 1})[0].record_id
    la = db.smes.create({"name": "Vientiane Weaving", "country": "LA",
                         "province": "Vientiane Capital"})[0].record_id
    presence(db, la, kind="eprocurement", status="registered")
    day = date(2025, 1, 31)
    assert db.ict_history.online_on(day).ids == tuple(sorted((kh, la)))
    assert db.ict_history.online_on(day, HistoryFilter(country="LA")).ids == (la,)
    assert db.ict_history.online_on(day, HistoryFilter(province="Siem Reap")).count == 1
    assert db.ict_history.online_on(day, HistoryFilter(agency_id="elsewhere")).count == 0


def test_timeline_lists_changes_with_level_steps(db: Database) -> None:
    at(db, "2025-01-10T03:00:00")
    sme = db.smes.create({"name": "Angkor Silk", "uses_email": 1, "uses_fax": 0})[0].record_id
    at(db, "2025-03-01T03:00:00")
    db.smes.update(sme, {"uses_website": 1, "uses_mobile": 1})
    at(db, "2025-06-01T03:00:00")
    portal = presence(db, sme, kind="portal", name="Cambodia Trade Portal",
                      status="registered")
    at(db, "2025-07-01T03:00:00")
    set_presence(db, portal, kind="emarketplace")
    at(db, "2025-09-01T03:00:00")
    db.smes.update(sme, {"uses_mobile": 0})
    entries = db.ict_history.timeline(sme)
    assert [(e.day, e.field, e.old, e.new) for e in entries] == [
        ("2025-01-10", "created", None, None),
        ("2025-01-10", "uses_email", None, 1),  # fax off at registration says nothing
        ("2025-03-01", "uses_mobile", None, 1),
        ("2025-03-01", "uses_website", None, 1),
        ("2025-06-01", "status", None, "registered"),
        ("2025-07-01", "kind", "portal", "emarketplace"),
        ("2025-09-01", "uses_mobile", 1, 0)]
    assert [(e.previous_level, e.level) for e in entries if e.step] == [(0, 1), (1, 2)]
    assert {e.who for e in entries} == {"tester"}
    assert entries[4].name == "Cambodia Trade Portal"


def test_days_are_utc_dates_of_the_clock() -> None:
    clock = pack(int(datetime(2025, 3, 1, 23, 30, tzinfo=UTC).timestamp() * 1000), 7)
    assert day_of(clock) == "2025-03-01"
    assert start_of(date(2025, 3, 1)) <= clock < end_of(date(2025, 3, 1))
    assert unpack(end_of(date(2025, 3, 1)))[0] == int(
        datetime(2025, 3, 2, tzinfo=UTC).timestamp() * 1000)


def test_enrolment_gives_the_history_the_laptops_new_id(db: Database) -> None:
    sme = db.smes.create({"name": "Angkor Silk", "uses_email": 1})[0].record_id
    db.sync.save_enrolment(Enrolment("http://hq.example", "token", "laptop-7", "kh-sr",
                                     "Siem Reap Provincial Chamber of Commerce"))
    assert {r[4] for r in history(db)} == {"laptop-7"}
    db.smes.update(sme, {"uses_website": 1})
    assert {r[4] for r in history(db)} == {"laptop-7"}


def test_restamped_edits_keep_their_history_in_step(db: Database) -> None:
    at(db, "2025-05-01T03:00:00")  # a laptop whose clock runs a month ahead
    sme = db.smes.create({"name": "Angkor Silk", "uses_website": 1})[0].record_id
    true_now = int(datetime(2025, 4, 1, 3, tzinfo=UTC).timestamp() * 1000)
    at(db, "2025-04-01T03:00:00")
    db.sync.restamp_future(pack(true_now, 0))
    clocks = {r[0] for r in db.conn.execute("SELECT hlc FROM field_clocks UNION "
                                            "SELECT hlc_created FROM smes")}
    assert {r[3] for r in history(db)} <= clocks
    assert db.ict_history.online_on(date(2025, 4, 1)).ids == (sme,)


def test_migration_fills_the_history_from_what_exists(tmp_path: Path) -> None:
    path = tmp_path / "older.sqlite3"
    before = [m for m in MIGRATIONS if m[0] < 9]
    old = Database(path, user="sokha", migrations=before)
    at(old, "2025-01-10T03:00:00")
    sme = old.smes.create({"name": "Angkor Silk", "uses_email": 1, "uses_fax": 0})[0].record_id
    gone = old.smes.create({"name": "Closed Shop", "uses_website": 1})[0].record_id
    portal = presence(old, sme, kind="portal", name="Cambodia Trade Portal")
    at(old, "2025-03-01T03:00:00")
    old.smes.update(sme, {"uses_website": 1})
    set_presence(old, portal, status="displaying")
    old.smes.delete(gone)
    # A record another laptop made, as sync stored it (no creation clock of its own).
    other = "01900000-0000-7000-8000-000000000001"
    made = pack(int(datetime(2025, 2, 1, 3, tzinfo=UTC).timestamp() * 1000), 0)
    old.sync.apply_remote([["smes", other, "name", "Mekong Rattan", made, 0, 0, 0],
                           ["smes", other, "uses_social_media", 1, made, 0, 0, 0]],
                          ["laptop-2"], 0, agencies=["local"], users=["bounmy"])
    old.close()
    db = Database(path, user="sokha")
    try:
        assert db.schema_version() == MIGRATIONS[-1][0]
        online = db.ict_history.online_on
        assert online(date(2025, 1, 31)).ids == tuple(sorted((sme, gone)))  # website, portal
        assert online(date(2025, 2, 1)).ids == tuple(sorted((sme, gone, other)))
        assert online(date(2025, 3, 1)).ids == tuple(sorted((sme, other)))
        assert db.ict_history.flags_on(sme, date(2025, 2, 1)).flags["uses_website"] == 0
        assert db.ict_history.flags_on(sme, date(2025, 3, 1)).level == 2
        assert [(e.day, e.field, e.new) for e in db.ict_history.timeline(sme)] == [
            ("2025-01-10", "created", None), ("2025-01-10", "uses_email", 1),
            ("2025-01-10", "status", "registered"),  # made without one: the default
            ("2025-03-01", "uses_website", 1), ("2025-03-01", "status", "displaying")]
        assert [e.who for e in db.ict_history.timeline(other)] == ["bounmy", "bounmy"]
    finally:
        db.close()
