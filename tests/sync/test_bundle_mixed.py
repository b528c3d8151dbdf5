"""Sync by file and over the network, mixed, with faults on both (a Hypothesis state machine).

The laptops, edits, clock jumps and network faults of `test_convergence`, and a USB stick:
laptops export bundles (some encrypted), headquarters imports them and writes replies, laptops
import replies and each other's bundles — in any order, twice, late, or never (a lost stick),
some cut short or with a byte changed on the way, some meant for another laptop or agency.
Every refusal leaves headquarters and the laptop exactly as they were. However it went, after
every laptop syncs twice over the network all agree as in `test_convergence` (no SME lost or
made twice, no change applied twice at headquarters, every agency's laptops hold what
headquarters holds for it and nothing of another agency's).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import event as hypothesis_event
from hypothesis import strategies as st
from hypothesis.stateful import precondition, rule, run_state_machine_as_test

from gmsdesk.server.bundle import BundleRefused, import_bundle, write_reply
from gmsdesk.server.store import Store, make_engine
from gmsdesk.sync import bundle
from gmsdesk.sync.protocol import MAX_SKEW_MS
from tests.sync.faulty import device_smes, server_batches, server_change_counts
from tests.sync.test_convergence import Convergence, Rig, quick_retries  # noqa: F401

PASSPHRASE = "ស្ទឹងសែន 2025"
ON_THE_WAY = (None, None, None, "flip", "cut", "twice")
SEEN: Counter[str] = Counter()  # what the runs did, printed at the end (pytest -s)


def event(what: str) -> None:
    hypothesis_event(what)
    SEEN[what] += 1


@dataclass(frozen=True)
class OnStick:
    kind: str  # bundle.CHANGES or bundle.REPLY
    laptop: int  # who made it, or whom the reply is for
    data: bytes
    passphrase: str


def blind(db: Any) -> bool:
    """A laptop whose own clock runs ahead (beyond what headquarters tolerates) cannot tell
    another laptop's clock ahead by as much: it would take that laptop's future stamps, which
    headquarters refuses, and keep them (a known limit of laptop-to-laptop bundles: only
    headquarters has a clock to trust). The machine does not hand it other laptops' bundles."""
    return bool(db.clock.offset_ms > MAX_SKEW_MS)


def refusal(action: Callable[[], Any]) -> str:
    """Why `action` was refused ("" when it went through)."""
    try:
        action()
    except (BundleRefused, bundle.BundleError) as exc:
        return str(exc)
    return ""


def damaged(data: bytes, fault: str | None, where: int) -> bytes | None:
    """The file as it arrives: a byte changed, or cut short (None: as it was)."""
    if fault == "flip":
        at = where % len(data)
        return data[:at] + bytes([data[at] ^ (1 + where % 255)]) + data[at + 1:]
    if fault == "cut":
        return data[:where % len(data)]
    return None


class Mixed(Convergence):
    def __init__(self) -> None:
        super().__init__()
        self.stick: list[OnStick] = []

    def server_state(self) -> tuple[Any, ...]:
        return (server_change_counts(self.store), server_batches(self.store))

    def laptop_state(self, who: int) -> tuple[Any, ...]:
        db = self.laptops[who].db
        return (device_smes(db), db.outbox.pending_count(), db.sync.cursor,
                db.meta("bundle_relays"), db.meta("bundle_cuts"))

    @rule(who=st.integers(0, 4), encrypt=st.booleans())
    def export_bundle(self, who: int, encrypt: bool) -> None:
        self.busy = True
        passphrase = PASSPHRASE if encrypt else ""
        data, _ = bundle.export(self.laptops[who].db, passphrase)
        self.stick.append(OnStick(bundle.CHANGES, who, data, passphrase))
        self.busy = False

    @rule(who=st.integers(0, 4), encrypt=st.booleans())
    def headquarters_replies(self, who: int, encrypt: bool) -> None:
        self.busy = True
        passphrase = PASSPHRASE if encrypt else ""
        data, _ = write_reply(self.store, self.laptops[who].db.device_id, passphrase)
        self.stick.append(OnStick(bundle.REPLY, who, data, passphrase))
        self.busy = False

    @precondition(lambda self: any(f.kind == bundle.CHANGES for f in self.stick))
    @rule(data=st.data(), fault=st.sampled_from(ON_THE_WAY), where=st.integers(0, 1 << 20))
    def headquarters_imports(self, data: st.DataObject, fault: str | None, where: int) -> None:
        self.busy = True
        file = data.draw(st.sampled_from([f for f in self.stick if f.kind == bundle.CHANGES]),
                         label="file")
        before = self.server_state()
        broken = damaged(file.data, fault, where)
        if broken is not None:
            with pytest.raises(BundleRefused):
                import_bundle(self.store, broken, file.passphrase)
            assert self.server_state() == before, "a refused bundle changed headquarters"
        else:
            if file.passphrase and data.draw(st.booleans(), label="wrong passphrase"):
                with pytest.raises(BundleRefused, match="passphrase"):
                    import_bundle(self.store, file.data, "not it")
                assert self.server_state() == before
            for _ in range(2 if fault == "twice" else 1):
                refusal = ""
                try:
                    import_bundle(self.store, file.data, file.passphrase)
                    event("headquarters took a bundle")
                except BundleRefused as exc:
                    refusal = str(exc)
                if refusal:  # made while its clock was far ahead: refused, as a sync is
                    event("headquarters refused a bundle: clock ahead")
                    assert "clock is ahead" in refusal, refusal
                    assert self.server_state() == before
        self.busy = False

    @precondition(lambda self: bool(self.stick))
    @rule(data=st.data(), fault=st.sampled_from(ON_THE_WAY), where=st.integers(0, 1 << 20))
    def laptop_imports(self, data: st.DataObject, fault: str | None, where: int) -> None:
        self.busy = True
        file = data.draw(st.sampled_from(self.stick), label="file")
        who = file.laptop if file.kind == bundle.REPLY and data.draw(
            st.booleans(), label="its own laptop") else data.draw(st.integers(0, 4),
                                                                  label="laptop")
        laptop = self.laptops[who]
        source = self.laptops[file.laptop]
        if file.kind == bundle.CHANGES and blind(laptop.db):
            event("a laptop whose clock is ahead is not given another's bundle")
            self.busy = False
            return
        before = self.laptop_state(who)
        broken = damaged(file.data, fault, where)
        refused = broken is not None or (
            who != file.laptop if file.kind == bundle.REPLY else
            who == file.laptop or source.agency != laptop.agency)
        for _ in range(2 if fault == "twice" else 1):
            error: bundle.BundleError | None = None
            try:
                taken = bundle.import_bytes(
                    laptop.db, file.data if broken is None else broken, file.passphrase)
            except bundle.BundleError as exc:
                error = exc
            if error is None:
                assert not refused, "a bundle that should be refused was taken"
                moved = laptop.db.sync.cursor != before[2]
                event(f"a laptop took {taken.kind}" + (
                    "" if taken.kind == bundle.CHANGES else ": cursor moved on" if moved
                    else ": from its cursor, nothing new" if taken.up_to_date
                    else ": made from another cursor, cursor kept"))
                before = self.laptop_state(who)
                continue
            clock = str(error) == bundle.CLOCK_AHEAD  # the other laptop's clock is ahead
            event(f"a laptop refused {file.kind}: {str(error)[:40]}")
            assert refused or clock, f"refused: {error} ({error.detail})"
            assert self.laptop_state(who) == before, "a refused bundle changed a laptop"
        self.busy = False

    @rule(who=st.integers(0, 4), relay=st.integers(0, 4), fault=st.sampled_from(ON_THE_WAY),
          where=st.integers(0, 1 << 20))
    def courier_round(self, who: int, relay: int, fault: str | None, where: int) -> None:
        """A whole round by stick: the laptop's bundle (through another laptop of its agency,
        if `relay` is one) to headquarters, and the reply back; one leg may go wrong."""
        self.busy = True
        laptop, via = self.laptops[who], self.laptops[relay]
        data, _ = bundle.export(laptop.db)
        if relay != who and via.agency == laptop.agency and not blind(via.db):
            said = refusal(lambda: bundle.import_bytes(via.db, data))
            assert said in ("", bundle.CLOCK_AHEAD), said
            if not said:
                data, _ = bundle.export(via.db)
                event("a courier round through another laptop")
        broken = damaged(data, fault, where)
        if broken is not None:
            before = self.server_state()
            with pytest.raises(BundleRefused):
                import_bundle(self.store, broken)
            assert self.server_state() == before
            self.busy = False
            return
        said = refusal(lambda: import_bundle(self.store, data))
        assert said == "" or "clock is ahead" in said, said
        answer, _ = write_reply(self.store, laptop.db.device_id)
        pending = laptop.db.outbox.pending_count()
        taken = bundle.import_bytes(laptop.db, answer)
        event("a courier round" + (": all confirmed" if not laptop.db.outbox.pending_count()
                                   else ": some left to send"))
        assert taken.acknowledged <= pending
        self.busy = False

    @rule(data=st.data())
    def the_stick_is_lost(self, data: st.DataObject) -> None:
        if self.stick:
            self.stick.pop(data.draw(st.integers(0, len(self.stick) - 1), label="lost"))


def run_mixed(rig: Rig, examples: int, steps: int) -> None:
    machine = type("MixedRun", (Mixed,), {"rig": rig})
    SEEN.clear()
    try:
        run_state_machine_as_test(machine, settings=settings(
            max_examples=examples, stateful_step_count=steps, deadline=None, database=None,
            print_blob=True, suppress_health_check=list(HealthCheck)))
    finally:
        rig.live.stop()
    print("\n" + "\n".join(f"{n:5} {what}" for what, n in sorted(SEEN.items())))


def test_bundles_and_network_mixed_converge_on_sqlite(tmp_path: Path,
                                                      quick_retries: None) -> None:  # noqa: F811
    names = iter(range(1_000_000))
    rig = Rig(lambda: Store(make_engine(str(tmp_path / f"hq{next(names)}.sqlite3"))))
    run_mixed(rig, examples=40, steps=40)


def test_bundles_and_network_mixed_converge_on_postgresql(
        pg_database: Callable[[], str], quick_retries: None) -> None:  # noqa: F811
    def new_store() -> Store:
        return Store(make_engine(pg_database()))

    run_mixed(Rig(new_store), examples=6, steps=40)
