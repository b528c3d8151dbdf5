"""Demo data is never queued for sync: `gmsdesk demo` marks what it makes, the sync client
sets demo changes aside (the demo's own, later edits and deletions), one action removes it all,
and `demo --workshops` uses the SMEs there instead of adding the same ones again. Against a real
headquarters on 127.0.0.1."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from gmsdesk import demo
from gmsdesk.cli import main
from gmsdesk.storage.db import Database
from gmsdesk.sync.client import SyncClient, last_result
from gmsdesk.sync.local_only import DEMO_USER, demo_count, demo_records
from tests.conftest import LiveServer
from tests.sync.test_connection import hq  # noqa: F401 - a fixture

Laptop = tuple[Database, SyncClient]


@pytest.fixture
def laptops(hq: LiveServer, tmp_path: Path) -> Iterator[Callable[[str], Laptop]]:  # noqa: F811
    made: list[Database] = []

    def enrol(name: str) -> Laptop:
        db = Database(tmp_path / f"{name}.sqlite3", user=name)
        made.append(db)
        client = SyncClient(db)
        client.enroll(hq.url, hq.store.create_enrollment("kh-sr"), name)
        return db, client

    yield enrol
    for db in made:
        db.close()


def run(*argv: str) -> str:
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(list(argv)) == 0
    return out.getvalue()


def names(db: Database) -> list[str]:
    return sorted(s.name for s in db.smes.page(limit=1000))


def test_the_demo_command_marks_what_it_makes_and_queues_nothing(tmp_path: Path) -> None:
    said = run("--data-dir", str(tmp_path), "demo", "--smes", "60", "--workshops", "1",
               "--participants", "6")
    assert "Added 60 demo SMEs" in said and "never sent to headquarters" in said
    with Database(tmp_path / "gmsdesk.sqlite3") as db:
        assert db.outbox.pending_count() == 0  # nothing waits to be sent
        records = demo_records(db)
        assert len(records.live["smes"]) == 60 and len(records.live["people"]) == 6
        assert records.live["services"] and records.live["workshops"]
        assert demo_count(db) == records.count
        assert {s.created_by for s in db.smes.page(limit=100)} == {DEMO_USER}
        assert f"{demo_count(db)} demo records on this computer" in said


def test_demo_workshops_use_the_smes_there_and_add_none(tmp_path: Path) -> None:
    data = str(tmp_path)
    run("--data-dir", data, "demo", "--smes", "200", "--no-activity")
    said = run("--data-dir", data, "demo", "--workshops", "3", "--participants", "6",
               "--no-activity")
    assert "Using the 200 SMEs already in" in said and "Added 3 demo workshops" in said
    with Database(tmp_path / "gmsdesk.sqlite3") as db:
        assert db.smes.count() == 200
        smes = {s.id for s in db.smes.page(limit=1000)}
        people = [db.training.person(i) for i in demo_records(db).live["people"]]
        assert len(people) == 18 and {p.sme_id for p in people} <= smes
        titles = [w.title for w in db.training.workshops()]
    # Another run makes other workshops, and asked for SMEs, other SMEs: never the same again.
    run("--data-dir", data, "demo", "--workshops", "3", "--participants", "6", "--smes", "200",
        "--no-activity")
    with Database(tmp_path / "gmsdesk.sqlite3") as db:
        smes_now = db.smes.page(limit=1000)
        assert len(smes_now) == 400
        numbers = [s.registration_no for s in smes_now if s.registration_no]
        assert len(numbers) == len(set(numbers))
        workshops = db.training.workshops()
        assert len(workshops) == 6
        assert len({(w.title, w.start_date) for w in workshops}) == 6
        assert set(titles) <= {w.title for w in workshops}


def test_demo_data_never_reaches_headquarters(laptops: Callable[[str], Laptop]) -> None:
    first, client = laptops("laptop1")
    second, other = laptops("laptop2")
    first.smes.create({"name": "Angkor Silk"})  # a person's record, queued first
    with demo.marked(first):
        assert demo.add_demo_smes(first, 30, seed=5) == 30
    demo_sme = demo_records(first).live["smes"][0]
    first.smes.update(demo_sme, {"phone": "012 345 678"})  # a person edits a demo record
    # The demo's own changes are dropped at once, even behind the person's record; the
    # person's edit of a demo record waits, to be set aside by the sync.
    assert first.outbox.pending_count() == 2

    report = client.sync()
    assert report.sent == 1 and report.set_aside == 1 and report.refused == 0
    assert first.outbox.pending_count() == 0
    assert last_result(first) is not None and last_result(first).set_aside == 1  # type: ignore[union-attr]
    other.sync()
    assert names(second) == ["Angkor Silk"]

    # Removed at once: through the record writer, as deletions, set aside as well.
    changes = demo.remove_demo(first)
    assert len(changes) == 30 and {c.op for c in changes} == {"delete"}
    assert names(first) == ["Angkor Silk"] and demo_count(first) == 0
    assert first.outbox.pending_count() == 0
    report = client.sync()
    assert report.sent == 0
    first.smes.create({"name": "Bayon Tours"})
    assert client.sync().sent == 1
    other.sync()
    assert names(second) == ["Angkor Silk", "Bayon Tours"]


def test_demo_changes_queued_before_enrolment_are_set_aside_at_once(db: Database) -> None:
    with demo.marked(db):
        demo.add_demo_smes(db, 25)
    assert db.outbox.pending_count() == 0 and demo_count(db) == 25
    db.smes.create({"name": "Angkor Silk"})
    assert db.outbox.pending_count() == 1  # only what a person entered waits


def test_demo_activity_changes_no_sme_a_person_entered(db: Database) -> None:
    mine = db.smes.create({"name": "Angkor Silk", "country": "KH", "province": "Siem Reap",
                           "sector": "handicrafts"})[0].record_id
    before = db.smes.get(mine)
    with demo.marked(db):
        demo.add_demo_smes(db, 150, seed=2)
        counts = demo.generate_activity(db, seed=2, demo_only=True)
    assert counts["services"] > 0
    assert db.smes.get(mine) == before
    assert not db.presences.of_sme(mine)
    queued = db.outbox.pending(limit=-1)
    assert [(e.table, e.record_id) for e in queued if e.user != DEMO_USER] == [("smes", mine)]


def test_an_interrupted_demo_is_marked_all_the_same(db: Database) -> None:
    def interrupted(_done: int, _total: int | None = None) -> bool:
        raise KeyboardInterrupt  # Ctrl+C, once the first chunk is written

    with pytest.raises(KeyboardInterrupt), demo.marked(db):
        demo.add_demo_smes(db, 40, progress=interrupted)
    assert db.smes.count() == 40
    assert demo_count(db) == 40 and db.outbox.pending_count() == 0
    assert db.user == "tester"  # the person writes as themselves again


def test_the_demo_command_removes_what_it_made(tmp_path: Path) -> None:
    data = str(tmp_path)
    run("--data-dir", data, "demo", "--smes", "40", "--no-activity")
    with Database(tmp_path / "gmsdesk.sqlite3", user="officer") as db:
        db.smes.create({"name": "Angkor Silk"})
    said = run("--data-dir", data, "demo", "--remove")
    assert "Removed 40 demo records" in said
    # The deletions are dropped at once, even behind the person's SME: only theirs waits.
    assert "wait behind" not in said
    with Database(tmp_path / "gmsdesk.sqlite3") as db:
        assert names(db) == ["Angkor Silk"] and demo_count(db) == 0
        assert db.outbox.pending_count() == 1
    # A new demo after removal is new data, not the removed again.
    run("--data-dir", data, "demo", "--no-activity")
    with Database(tmp_path / "gmsdesk.sqlite3") as db:
        assert db.smes.count() == 1  # a person's SME is there: the demo uses it
