"""Convergence under random edits, faults and wrong clocks (a Hypothesis state machine).

Three laptops of "kh-sr", one of "la-vt" and a headquarters laptop create, edit, delete and
restore SMEs (headquarters any agency's), add sectors (headquarters' are published to every
agency), resolve conflicts, jump their clocks (hours, days, a year ahead; behind too) and sync,
sometimes through a network fault. However it went, after every laptop syncs twice in turn:
each agency's laptops hold exactly what headquarters holds for it, and the headquarters laptop
everything, each record under its owner; every SME created is there once; no laptop sees
another agency's records, only what headquarters published; and every laptop of an agency
shows the same conflicts.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

import gmsdesk.sync.client as client_module
from gmsdesk.server.store import Store, create_schema, make_engine
from gmsdesk.storage.db import Database
from gmsdesk.storage.errors import ValidationError
from gmsdesk.sync.client import SyncClient, SyncError
from tests.sync.faulty import (
    FaultyAdapter,
    NoBackoff,
    RestartableServer,
    StoreSwitch,
    conflict_rows,
    device_smes,
    faulty_session,
    server_change_counts,
    server_conflicts,
    server_smes,
)

MINUTE = 60_000
HOUR = 60 * MINUTE
DAY = 24 * HOUR
CLOCK_JUMPS = (0, -2 * DAY, -3 * HOUR, 90_000, 4 * MINUTE, 3 * HOUR, 2 * DAY, 400 * DAY)
FAULT_CHOICES = (None, None, None, "drop_request", "drop_response", "duplicate", "hold",
                 "truncate", "restart", "crash")
NAMES = ("Angkor Silk", "Bayon Tours", "សូត្រអង្គរ", "Mekong Rice", "Old Market Crafts")
PHONES = ("012 345 678", "099 888 777", "+855 23 456 789", None)
NOTES = ("", "visited", "needs follow-up", "ទស្សនា", "x" * 300)
SECTOR_LABELS = ("Rice milling", "Café", "Cafe", "Silk weaving", "ស្រូវ")
EDITS = {
    "name": st.sampled_from(NAMES),
    "phone": st.sampled_from(PHONES),
    "employees_total": st.one_of(st.none(), st.integers(0, 60)),
    "notes": st.sampled_from(NOTES),
    "email": st.sampled_from((None, "info@angkor.kh", "sales@mekong.la")),
    "province": st.sampled_from((None, "Siem Reap", "Vientiane")),
    "uses_email": st.booleans(),
    "uses_online_payment": st.booleans(),
}
AGENCIES = ("kh-sr", "kh-sr", "kh-sr", "la-vt", "hq")
HQ = 4  # the headquarters laptop



@dataclass
class Laptop:
    name: str
    agency: str
    db: Database
    client: SyncClient
    net: FaultyAdapter


class Rig:
    """One live server for a whole test function; each example gets a fresh store."""

    def __init__(self, new_store: Callable[[], Store]) -> None:
        self.new_store = new_store
        self.switch = StoreSwitch()
        self.live = RestartableServer(self.switch)

    def fresh_store(self) -> Store:
        store = self.new_store()
        create_schema(store.engine)
        store.add_agency("kh-sr", "Siem Reap Provincial Chamber of Commerce")
        store.add_agency("la-vt", "Vientiane Trade Promotion Centre")
        store.add_agency("hq", "Headquarters", hq=True)
        self.switch.current = store
        return store


class Convergence(RuleBasedStateMachine):
    rig: Rig  # set by the test function

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="gmsdesk-conv-"))
        self.store = self.rig.fresh_store()
        self.laptops: list[Laptop] = []
        for i, agency in enumerate(AGENCIES):
            name = f"{agency}-{i}"
            db = Database(self.folder / f"{name}.sqlite3", user=name)
            session, net = faulty_session(self.rig.live.restart)
            client = SyncClient(db, session)
            client.enroll(self.rig.live.url, self.store.create_enrollment(agency), name)
            self.laptops.append(Laptop(name, agency, db, client, net))
        self.created: dict[str, str] = {}  # SME id -> agency
        self.sectors_made: dict[str, set[str]] = {}  # agency -> sector codes it added
        self.busy = False  # a rule is running: if it raised, teardown only cleans up

    # -- rules ---------------------------------------------------------------------------------

    @initialize(kh=st.integers(1, 3), names=st.permutations(NAMES))
    def seed(self, kh: int, names: list[str]) -> None:
        """A few SMEs everyone has, so that edits can meet from the first step."""
        self.busy = True
        for name in names[:kh]:
            self.created[self.laptops[0].db.smes.create({"name": name})[0].record_id] = "kh-sr"
        self.created[self.laptops[3].db.smes.create({"name": names[-1]})[0].record_id] = "la-vt"
        for laptop in (self.laptops[0], *self.laptops):
            laptop.client.sync()
        self.busy = False

    @rule(who=st.integers(0, 4), name=st.sampled_from(NAMES), phone=st.sampled_from(PHONES),
          employees=st.one_of(st.none(), st.integers(0, 60)))
    def create_sme(self, who: int, name: str, phone: str | None, employees: int | None) -> None:
        self.busy = True
        laptop = self.laptops[who]
        sme_id = laptop.db.smes.create({"name": name, "phone": phone,
                                        "employees_total": employees})[0].record_id
        self.created[sme_id] = laptop.agency
        self.busy = False

    @rule(who=st.integers(0, 4), data=st.data())
    def edit_sme(self, who: int, data: st.DataObject) -> None:
        self.busy = True
        laptop = self.laptops[who]
        ids = sorted(device_smes(laptop.db))
        if ids:
            sme_id = data.draw(st.sampled_from(ids), label="sme")
            names = data.draw(st.sets(st.sampled_from(sorted(EDITS)), min_size=1, max_size=3),
                              label="fields")
            values = {n: data.draw(EDITS[n], label=n) for n in sorted(names)}
            sectors = sorted(laptop.db.smes.sector_codes())
            if data.draw(st.booleans(), label="set sector"):
                values["sector"] = data.draw(st.sampled_from(sectors), label="sector")
            # A merge may leave a record the form would not accept as it is.
            with contextlib.suppress(ValidationError):
                laptop.db.smes.update(sme_id, values)
        self.busy = False

    @rule(who=st.integers(0, 4), data=st.data())
    def delete_or_restore(self, who: int, data: st.DataObject) -> None:
        self.busy = True
        laptop = self.laptops[who]
        rows = device_smes(laptop.db)
        if rows:
            sme_id = data.draw(st.sampled_from(sorted(rows)), label="sme")
            if rows[sme_id]["deleted"]:
                laptop.db.smes.restore(sme_id)
            else:
                laptop.db.smes.delete(sme_id)
        self.busy = False

    @rule(who=st.integers(0, 4), label=st.sampled_from(SECTOR_LABELS))
    def add_sector(self, who: int, label: str) -> None:
        self.busy = True
        laptop = self.laptops[who]
        before = laptop.db.smes.sector_codes()
        laptop.db.smes.add_sector(label)
        self.sectors_made.setdefault(laptop.agency, set()).update(
            laptop.db.smes.sector_codes() - before)
        self.busy = False

    @rule(who=st.integers(0, 4), jump=st.sampled_from(CLOCK_JUMPS))
    def jump_clock(self, who: int, jump: int) -> None:
        self.laptops[who].db.clock.offset_ms = jump

    @rule(who=st.integers(0, 4), fault=st.sampled_from(FAULT_CHOICES),
          times=st.sampled_from((1, 1, client_module.RETRIES)))
    def sync(self, who: int, fault: str | None, times: int) -> None:
        self.busy = True
        laptop = self.laptops[who]
        if fault is not None:
            laptop.net.next(fault, times=1 if fault in ("restart", "truncate") else times)
        # Offline, or a damaged request refused: the next sync tries again.
        with contextlib.suppress(SyncError):
            laptop.client.sync()
        laptop.net.clear()
        self.busy = False

    @precondition(lambda self: any(lp.db.sync.open_conflicts() for lp in self.laptops))
    @rule(data=st.data())
    def resolve_conflict(self, data: st.DataObject) -> None:
        self.busy = True
        laptop = data.draw(st.sampled_from([lp for lp in self.laptops
                                            if lp.db.sync.open_conflicts()]), label="laptop")
        conflict = data.draw(st.sampled_from(laptop.db.sync.open_conflicts()), label="conflict")
        value = data.draw(st.sampled_from([conflict.winner_value, conflict.loser_value]),
                          label="keep")
        with contextlib.suppress(ValidationError):
            laptop.db.sync.resolve_conflict(conflict.id, value)
        self.busy = False

    # -- invariants ----------------------------------------------------------------------------

    @invariant()
    def agencies_stay_apart(self) -> None:
        for laptop in self.laptops[:HQ]:
            foreign = {i for i in device_smes(laptop.db) if self.created.get(i) != laptop.agency}
            assert not foreign, f"{laptop.name} holds records it should never see: {foreign}"
            own = {s.code for s in laptop.db.smes.sectors() if not s.builtin}
            allowed = self.sectors_made.get(laptop.agency, set()) | \
                self.sectors_made.get("hq", set())
            # A code one agency made may also be another's (Café, Cafe): a laptop only ever
            # holds codes its own agency or headquarters made.
            assert own <= allowed, f"{laptop.name} holds another agency's sectors"

    # -- the end: everyone syncs twice, then all agree -----------------------------------------

    def teardown(self) -> None:
        try:
            if not self.busy:
                self.settle_and_compare()
        finally:
            for laptop in self.laptops:
                laptop.db.close()
            self.store.engine.dispose()
            shutil.rmtree(self.folder, ignore_errors=True)

    def settle_and_compare(self) -> None:
        for laptop in self.laptops:
            laptop.net.clear()
            laptop.net.flush_held()  # the last stuck packets arrive
        for _ in range(2):
            for laptop in self.laptops:
                laptop.client.sync()
        kh = [lp for lp in self.laptops if lp.agency == "kh-sr"]
        hq = self.laptops[HQ]
        everything = server_smes(self.store, None)
        assert set(everything) == set(self.created), "headquarters lost or invented an SME"
        assert device_smes(hq.db) == everything, "the headquarters laptop differs"
        owners = dict(hq.db.conn.execute("SELECT id, agency_id FROM smes").fetchall())
        assert owners == self.created, "a record lost its owner on the headquarters laptop"
        published = self.sectors_made.get("hq", set())
        for laptop in self.laptops:
            held = {s.code for s in laptop.db.smes.sectors()}
            assert published <= held, f"{laptop.name} lacks what headquarters published"
        for agency, laptops in (("kh-sr", kh), ("la-vt", self.laptops[3:HQ]),
                                ("hq", [hq])):
            expected = everything if agency == "hq" else server_smes(self.store, agency)
            made = set(self.created) if agency == "hq" else \
                {i for i, a in self.created.items() if a == agency}
            assert set(expected) == made, "headquarters lost or invented an SME"
            open_on_server = {k for k, v in server_conflicts(
                self.store, None if agency == "hq" else agency).items()
                              if not v.get("resolved") and not v.get("deleted")}
            for laptop in laptops:
                assert laptop.db.outbox.pending_count() == 0, f"{laptop.name}: unsent edits"
                held = device_smes(laptop.db)
                assert set(held) == made, f"{laptop.name} lacks or has extra SMEs"
                for sme_id, values in expected.items():
                    assert held[sme_id] == values, f"{laptop.name} differs on {sme_id}"
                assert {c[0] for c in conflict_rows(laptop.db)} == open_on_server
        first = kh[0]
        for other in kh[1:]:
            assert conflict_rows(other.db) == conflict_rows(first.db)
            assert other.db.smes.sectors() == first.db.smes.sectors()
        doubled = {k: n for k, n in server_change_counts(self.store).items() if n > 1}
        assert doubled == {}, "a change entered headquarters' log twice"


@pytest.fixture
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """No sleeping between retries, and small batches so syncs take several round trips."""
    monkeypatch.setattr(client_module, "time", NoBackoff())
    monkeypatch.setattr(client_module, "MIN_BATCH", 700)
    monkeypatch.setattr(client_module, "MAX_BATCH", 700)


def run_machine(rig: Rig, examples: int, steps: int) -> None:
    machine = type("ConvergenceRun", (Convergence,), {"rig": rig})
    try:
        run_state_machine_as_test(machine, settings=settings(
            max_examples=examples, stateful_step_count=steps, deadline=None, database=None,
            print_blob=True, suppress_health_check=list(HealthCheck)))
    finally:
        rig.live.stop()


def test_devices_converge_on_sqlite(tmp_path: Path, quick_retries: None) -> None:
    names = iter(range(1_000_000))
    rig = Rig(lambda: Store(make_engine(str(tmp_path / f"hq{next(names)}.sqlite3"))))
    run_machine(rig, examples=25, steps=30)


def test_devices_converge_on_postgresql(pg_database: Callable[[], str],
                                       quick_retries: None) -> None:
    def new_store() -> Store:
        return Store(make_engine(pg_database()))

    run_machine(Rig(new_store), examples=8, steps=30)


# -- what the machine found, pinned down as plain tests ------------------------------------


@pytest.fixture
def laptops(enrolled: Callable[[str, str], tuple[Database, SyncClient]],
            quick_retries: None) -> list[tuple[Database, SyncClient]]:
    return [enrolled("kh-sr", "laptop1"), enrolled("kh-sr", "laptop2")]


def settle(*laptops: tuple[Database, SyncClient]) -> None:
    for _ in range(2):
        for _db, client in laptops:
            client.sync()


def test_clock_correction_keeps_an_edit_after_its_own_earlier_edit(
        laptops: list[tuple[Database, SyncClient]], store: Store) -> None:
    """A laptop a few minutes ahead (tolerated) makes a record; later its clock jumps days
    ahead and the name is changed. After the correction the new name must still be the
    later edit, at headquarters as on the laptop."""
    (a, client_a), (b, client_b) = laptops
    a.clock.offset_ms = 90_000
    sme_id = a.smes.create({"name": "Old Market Crafts"})[0].record_id
    client_a.sync()
    a.clock.offset_ms = 400 * DAY
    a.smes.update(sme_id, {"province": "Siem Reap"})
    a.smes.update(sme_id, {"name": "Bayon Tours"})
    client_a.sync()
    settle((a, client_a), (b, client_b))
    assert server_smes(store)[sme_id]["name"] == "Bayon Tours"
    for db in (a, b):
        assert db.smes.get(sme_id).name == "Bayon Tours"


def test_clock_correction_keeps_an_edit_after_what_the_laptop_had_seen(
        laptops: list[tuple[Database, SyncClient]], store: Store) -> None:
    """Laptop 2 runs 4 minutes ahead (tolerated) and sets a phone number; laptop 1 receives
    it, then with its clock days ahead changes the number. After the correction laptop 1's
    change still comes after the one it had seen, everywhere."""
    (a, client_a), (b, client_b) = laptops
    sme_id = a.smes.create({"name": "Angkor Silk"})[0].record_id
    settle((a, client_a), (b, client_b))
    b.clock.offset_ms = 4 * MINUTE
    b.smes.update(sme_id, {"phone": "099 888 777"})
    client_b.sync()
    client_a.sync()
    assert a.smes.get(sme_id).phone == "099 888 777"
    a.clock.offset_ms = 2 * DAY
    a.smes.update(sme_id, {"phone": "012 345 678"})
    settle((a, client_a), (b, client_b))
    assert server_smes(store)[sme_id]["phone"] == "012 345 678"
    for db in (a, b):
        assert db.smes.get(sme_id).phone == "012 345 678"
    assert a.sync.open_conflicts() == []  # laptop 1 saw laptop 2's number: no conflict


def test_two_offices_adding_the_same_sector_keep_syncing(
        laptops: list[tuple[Database, SyncClient]], store: Store) -> None:
    """Two laptops add "Café" and "Cafe" (one code) before either syncs: both keep syncing,
    and both end up with the same one sector."""
    (a, client_a), (b, client_b) = laptops
    a.smes.add_sector("Café")
    b.smes.add_sector("Cafe")
    sme_id = b.smes.create({"name": "Mekong Coffee", "sector": "x_cafe"})[0].record_id
    settle((a, client_a), (b, client_b))
    assert a.smes.sectors() == b.smes.sectors()
    assert [s.code for s in a.smes.sectors() if not s.builtin] == ["x_cafe"]
    assert a.smes.get(sme_id).sector == "x_cafe"
    a.smes.update(sme_id, {"notes": "sector still valid"})  # the form accepts the record
