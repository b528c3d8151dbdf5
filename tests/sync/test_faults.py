"""Sync through real network faults (tests/sync/faulty.py), on SQLite and PostgreSQL servers.

After each fault and the syncs that follow it, nothing is lost and nothing is doubled: every
SME edited on a device is on headquarters and on the other devices exactly once with the
right field values, every outbox is empty, no change entered the server's log twice, and no
conflict was invented. A drop loses at most the batch in flight.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import gmsdesk.sync.client as client_module
from gmsdesk.server.store import Store
from gmsdesk.storage.db import Database
from gmsdesk.sync.client import Offline, SyncClient, SyncError
from tests.sync.faulty import (
    FaultyAdapter,
    NoBackoff,
    RestartableServer,
    conflict_rows,
    device_smes,
    faulty_session,
    server_batches,
    server_change_counts,
    server_conflicts,
    server_smes,
)

ONE_ROW = 1  # a batch budget of 1 byte: every batch carries exactly one outbox entry


@dataclass
class Device:
    db: Database
    client: SyncClient
    net: FaultyAdapter
    path: Path
    live: RestartableServer

    def sync(self) -> Any:
        return self.client.sync()

    def restart_app(self) -> None:
        """Close the app and open it again: new database connection, new client, new
        connection pool (batch size starts small again)."""
        self.db.close()
        self.db = Database(self.path, user=self.path.stem)
        session, self.net = faulty_session(self.live.restart)
        self.client = SyncClient(self.db, session)

    def pending(self) -> int:
        return self.db.outbox.pending_count()

    def first_pending_seq(self) -> int:
        pending = self.db.outbox.pending(limit=1)
        return pending[0].seq if pending else 0


@contextmanager
def server_errors() -> Iterator[list[str]]:
    """Errors the server logs meanwhile (uvicorn's loggers do not reach pytest's caplog)."""
    found: list[str] = []

    class Catch(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.levelno >= logging.ERROR:
                found.append(record.getMessage())

    handler = Catch()
    logger = logging.getLogger("uvicorn.error")
    logger.addHandler(handler)
    try:
        yield found
    finally:
        logger.removeHandler(handler)


@pytest.fixture(autouse=True)
def no_server_errors() -> Iterator[None]:
    """Whatever the network does, headquarters logs no error (no 500, no traceback)."""
    with server_errors() as errors:
        yield
    assert errors == []


@pytest.fixture
def live(store: Store) -> Iterator[RestartableServer]:
    server = RestartableServer(store)
    yield server
    server.stop()


@pytest.fixture
def backoff(monkeypatch: pytest.MonkeyPatch) -> NoBackoff:
    """Retries do not sleep (the delays asked for are recorded)."""
    fake = NoBackoff()
    monkeypatch.setattr(client_module, "time", fake)
    return fake


@pytest.fixture
def device(live: RestartableServer, tmp_path: Path, backoff: NoBackoff,
           monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., Device]]:
    made: list[Device] = []

    def make(agency: str, name: str, batch_bytes: int | None = None) -> Device:
        if batch_bytes is not None:  # fixed-size batches: no growing or shrinking
            monkeypatch.setattr(client_module, "MIN_BATCH", batch_bytes)
            monkeypatch.setattr(client_module, "MAX_BATCH", batch_bytes)
        path = tmp_path / f"{name}.sqlite3"
        db = Database(path, user=name)
        session, net = faulty_session(live.restart)
        client = SyncClient(db, session)
        client.enroll(live.url, live.store.create_enrollment(agency), name)
        made.append(Device(db, client, net, path, live))
        return made[-1]

    yield make
    for dev in made:
        dev.db.close()


def create(dev: Device, model: dict[str, dict[str, Any]], **values: Any) -> str:
    sme_id = dev.db.smes.create(values)[0].record_id
    sme = dev.db.smes.get(sme_id)
    model[sme_id] = {**sme.values(), "deleted": 0}
    return sme_id


def edit(dev: Device, model: dict[str, dict[str, Any]], sme_id: str, **values: Any) -> None:
    dev.db.smes.update(sme_id, values)
    model[sme_id].update(values)


def assert_everywhere(model: dict[str, dict[str, Any]], devices: list[Device],
                      store: Store) -> None:
    """Every device and headquarters hold exactly the model: each SME once, right values;
    outboxes empty; no change logged twice; no conflict invented."""
    assert server_smes(store) == model
    for dev in devices:
        assert dev.pending() == 0, f"{dev.path.stem} still has unsent changes"
        assert device_smes(dev.db) == model, f"{dev.path.stem} differs"
        assert conflict_rows(dev.db) == set(), f"{dev.path.stem} shows an invented conflict"
    doubled = {k: n for k, n in server_change_counts(store).items() if n > 1}
    assert doubled == {}, "a change was applied twice"
    assert server_conflicts(store) == {}


def three_batches(dev: Device, model: dict[str, dict[str, Any]]) -> list[str]:
    return [create(dev, model, name=f"Batch SME {i}", phone=f"012 555 00{i}",
                   employees_total=10 + i) for i in range(1, 4)]


# -- (a) drop before the server sees the request ---------------------------------------------


def test_request_dropped_before_sending_loses_only_the_batch_in_flight(
        device: Callable[..., Device], live: RestartableServer, backoff: NoBackoff) -> None:
    a = device("kh-sr", "laptop1", batch_bytes=ONE_ROW)
    b = device("kh-sr", "laptop2")
    model: dict[str, dict[str, Any]] = {}
    ids = three_batches(a, model)
    a.net.at(2, "drop_request", times=client_module.RETRIES)  # every try of batch 2 is lost
    with pytest.raises(Offline):
        a.sync()
    assert [d.status for d in a.net.log] == [200, None, None, None]
    assert backoff.slept == [0.5, 1.0]  # it did retry, with growing pauses
    # Batch 1 was acknowledged and stays so; batches 2 and 3 wait in the outbox.
    assert a.pending() == 2
    first = a.net.log[0].batch
    assert first and a.first_pending_seq() == int(first.rsplit("-", 1)[1]) + 1
    assert set(server_smes(live.store)) == {ids[0]}
    b.sync()
    assert set(device_smes(b.db)) == {ids[0]}
    report = a.sync()
    assert report.sent > 0 and [d.status for d in a.net.log[4:]] == [200, 200, 200]
    b.sync()
    assert_everywhere(model, [a, b], live.store)


# -- (b) drop the answer after the server committed ------------------------------------------


@pytest.mark.parametrize("lost", [2, 3])
def test_answer_lost_after_commit_is_replayed_not_applied_twice(
        device: Callable[..., Device], live: RestartableServer, lost: int) -> None:
    a = device("kh-sr", "laptop1", batch_bytes=ONE_ROW)
    b = device("kh-sr", "laptop2")
    model: dict[str, dict[str, Any]] = {}
    ids = three_batches(a, model)
    a.net.at(lost, "drop_response", times=client_module.RETRIES)
    with pytest.raises(Offline):
        a.sync()
    # Headquarters has everything up to the lost answer; the laptop has acknowledged only the
    # batches whose answers it read, and keeps the rest.
    assert set(server_smes(live.store)) == set(ids[:lost])
    assert a.pending() == 3 - (lost - 1)
    replays = [d.pushed for d in a.net.log if d.index > lost]
    assert replays and all(p and p.get("replayed") for p in replays)
    # Meanwhile another laptop picks the record up and edits it.
    b.sync()
    edit(b, model, ids[lost - 1], phone="099 888 777")
    b.sync()
    # The app is closed and opened again, then syncs: the lost batch is recognised.
    a.restart_app()
    a.sync()
    assert a.net.log[0].pushed and a.net.log[0].pushed.get("replayed") is True
    b.sync()
    assert_everywhere(model, [a, b], live.store)


def test_lost_answer_then_more_edits_does_not_reapply_the_old_batch(
        device: Callable[..., Device], live: RestartableServer) -> None:
    """The whole outbox went in one batch whose answer was lost; more edits are made before
    the next sync. The batch is sent again as it was (and recognised), not merged with the
    new edits into a new batch that headquarters would apply a second time."""
    a = device("kh-sr", "laptop1")
    b = device("kh-sr", "laptop2")
    model: dict[str, dict[str, Any]] = {}
    ids = three_batches(a, model)
    a.net.next("drop_response", times=client_module.RETRIES)
    with pytest.raises(Offline):
        a.sync()
    assert set(server_smes(live.store)) == set(ids)
    b.sync()
    edit(b, model, ids[0], phone="099 888 777")  # after seeing laptop1's value
    b.sync()
    edit(a, model, ids[1], notes="visited again")
    later = create(a, model, name="Made while offline")
    a.restart_app()
    a.sync()
    b.sync()
    assert model[ids[0]]["phone"] == "099 888 777" and later in server_smes(live.store)
    assert_everywhere(model, [a, b], live.store)


# -- (c) duplicate -----------------------------------------------------------------------------


def test_duplicated_requests_apply_each_batch_once(
        device: Callable[..., Device], live: RestartableServer) -> None:
    a = device("kh-sr", "laptop1", batch_bytes=ONE_ROW)
    b = device("kh-sr", "laptop2", batch_bytes=ONE_ROW)
    model: dict[str, dict[str, Any]] = {}
    ids = three_batches(a, model)
    a.net.at(1, "duplicate", times=10)
    a.sync()
    pushes = [d for d in a.net.log if d.batch]
    assert len(pushes) == 6  # three batches, each delivered twice
    for first, second in zip(pushes[::2], pushes[1::2], strict=True):
        assert first.batch == second.batch
        assert first.pushed and not first.pushed.get("replayed")
        assert second.pushed and second.pushed.get("replayed") is True
    b.net.at(1, "duplicate", times=10)
    b.sync()
    edit(b, model, ids[2], employees_total=99, notes="counted")
    b.sync()
    a.sync()
    assert server_batches(live.store) == 4
    assert_everywhere(model, [a, b], live.store)


# -- (d) reorder -------------------------------------------------------------------------------


def test_old_batch_arriving_after_newer_ones_changes_nothing(
        device: Callable[..., Device], live: RestartableServer) -> None:
    a = device("kh-sr", "laptop1", batch_bytes=ONE_ROW)
    b = device("kh-sr", "laptop2")
    model: dict[str, dict[str, Any]] = {}
    ids = three_batches(a, model)
    a.net.auto_release = False
    a.net.at(1, "hold")  # batch 1's first copy is stuck in the network; the retry gets through
    a.sync()
    assert a.net.holding == 1 and a.pending() == 0
    b.sync()
    edit(b, model, ids[0], name="Batch SME 1 (renamed)", employees_total=1)
    b.sync()
    a.net.flush_held()  # ... and arrives now, after batches 2 and 3 and after b's edit
    late = a.net.log[-1]
    assert late.late and late.batch == a.net.log[0].batch
    assert late.status == 200 and late.pushed and late.pushed.get("replayed") is True
    a.sync()
    b.sync()
    assert_everywhere(model, [a, b], live.store)


def test_stale_batch_held_through_an_outage_arrives_after_the_newer_one(
        device: Callable[..., Device], live: RestartableServer) -> None:
    """Every try of a batch is stuck in the network (the laptop gives up); later edits join
    the outbox; the laptop syncs again; another laptop edits; then the stuck copies arrive."""
    a = device("kh-sr", "laptop1")
    b = device("kh-sr", "laptop2")
    model: dict[str, dict[str, Any]] = {}
    ids = three_batches(a, model)
    a.net.auto_release = False
    a.net.next("hold", times=client_module.RETRIES)
    with pytest.raises(Offline):
        a.sync()
    assert server_smes(live.store) == {} and a.pending() == 3
    create(a, model, name="Made during the outage")
    held = a.net  # the old connection pool still has the stuck requests
    a.restart_app()
    a.sync()
    b.sync()
    edit(b, model, ids[0], phone="099 111 222")
    b.sync()
    held.flush_held()
    assert [d.status for d in held.log if d.late] == [200] * client_module.RETRIES
    a.sync()
    b.sync()
    assert_everywhere(model, [a, b], live.store)


# -- (e) truncated body ------------------------------------------------------------------------


@pytest.mark.parametrize("cut", ["truncate", "truncate_tail"])
def test_truncated_body_is_refused_and_nothing_stored(
        device: Callable[..., Device], live: RestartableServer, cut: str) -> None:
    a = device("kh-sr", "laptop1")
    b = device("kh-sr", "laptop2")
    model: dict[str, dict[str, Any]] = {}
    three_batches(a, model)
    a.net.next(cut)
    with pytest.raises(SyncError):
        a.sync()
    assert 400 <= (a.net.log[0].status or 0) < 500
    assert server_change_counts(live.store) == {} and server_batches(live.store) == 0
    assert a.pending() == 3
    a.sync()
    b.sync()
    assert_everywhere(model, [a, b], live.store)


def test_connection_cut_in_the_middle_of_the_body_stores_nothing(
        device: Callable[..., Device], live: RestartableServer) -> None:
    """The socket closes halfway through a body announced with its full length; the client
    retries on a new connection."""
    a = device("kh-sr", "laptop1")
    model: dict[str, dict[str, Any]] = {}
    three_batches(a, model)
    a.net.next("cut_connection", times=client_module.RETRIES)
    with server_errors() as errors, pytest.raises(Offline):
        a.sync()
    assert server_change_counts(live.store) == {} and server_batches(live.store) == 0
    # A dropped upload is the everyday life of a provincial link, not a server bug: no
    # tracebacks in headquarters' error log.
    assert errors == []
    a.sync()  # the server is still there, and takes the whole batch once
    assert_everywhere(model, [a], live.store)


# -- (f) server restart ----------------------------------------------------------------------


def test_server_restarts_between_round_trips(
        device: Callable[..., Device], live: RestartableServer) -> None:
    a = device("kh-sr", "laptop1", batch_bytes=ONE_ROW)
    b = device("kh-sr", "laptop2", batch_bytes=ONE_ROW)
    model: dict[str, dict[str, Any]] = {}
    ids = three_batches(a, model)
    a.net.at(1, "restart").at(2, "restart")
    report = a.sync()  # one sync, three round trips, two different server processes
    assert live.restarts == 2 and report.sent > 0 and a.pending() == 0
    b.sync()
    edit(b, model, ids[1], notes="after restart")
    edit(b, model, ids[2], employees_total=3)
    b.net.next("crash")  # headquarters dies after committing, before answering
    crashed = b.net.count + 1
    b.sync()
    assert live.restarts == 3
    [retry] = [d for d in b.net.log if d.index == crashed + 1]
    assert retry.pushed and retry.pushed.get("replayed") is True
    a.sync()
    assert_everywhere(model, [a, b], live.store)
