"""Targets through a real server (SQLite and PostgreSQL stores): headquarters' targets reach
every agency read-only, an agency's own reach headquarters and no other agency, and the same
target typed on two laptops is one record everywhere."""

from __future__ import annotations

import time
from typing import Any

import pytest

from gmsdesk.reports import periods
from gmsdesk.storage.agencies import profile_id
from gmsdesk.storage.db import Database
from gmsdesk.storage.errors import ReadOnlyRecord
from gmsdesk.storage.targets import CellEdit, target_id

YEAR = {"period_start": "2027-01-01", "period_end": "2027-12-31"}


def save(db: Database, scope: str, scope_value: str | None, value: float,
         indicator: str = "people_trained", **more: Any) -> str:
    return db.targets.save({"indicator": indicator, "scope": scope, "scope_value": scope_value,
                            **YEAR, "value": value, **more})[0].record_id


def sync_all(*clients: Any) -> None:
    for client in clients:
        client.sync()


def test_headquarters_targets_reach_every_agency_read_only(enrolled: Any) -> None:
    kh, client_kh = enrolled("kh-sr", "siem-reap-1")
    lao, client_lao = enrolled("la-vt", "vientiane-1")
    hq, client_hq = enrolled("hq", "hq-desk")
    economy = save(hq, "economy", "KH", 400, baseline=120, baseline_on="2026-12-31")
    province = save(hq, "province", "Siem Reap", 150)
    sync_all(client_hq, client_kh, client_lao)
    for db in (kh, lao):
        found = {t.id: t for t in db.targets.targets()}
        assert set(found) == {economy, province}
        assert (found[economy].value, found[economy].baseline) == (400, 120)
        assert not any(t.editable for t in found.values())
        with pytest.raises(ReadOnlyRecord):
            save(db, "province", "Siem Reap", 999)
        with pytest.raises(ReadOnlyRecord):
            db.targets.delete([economy])
    grid = kh.targets.grid(["people_trained"], "province", ["Siem Reap"],
                           periods.year(2027))
    cell = grid.at(0, 0)
    assert cell is not None and (cell.value, cell.editable, cell.agency_id) == (150, False, "hq")
    applied = kh.targets.target_for("people_trained", "province", "Siem Reap", "2027-01-01",
                                    "2027-12-31")
    assert applied is not None and applied.id == province
    # Headquarters changes its mind; every agency follows.
    hq.targets.save_grid([CellEdit("people_trained", "economy", "KH", **YEAR,
                                   values={"value": 450})])
    sync_all(client_hq, client_kh, client_lao)
    assert kh.targets.get(economy).value == lao.targets.get(economy).value == 450
    assert kh.outbox.pending_count() == lao.outbox.pending_count() == 0


def test_an_agencys_own_target_reaches_headquarters_only(enrolled: Any) -> None:
    kh, client_kh = enrolled("kh-sr", "siem-reap-1")
    lao, client_lao = enrolled("la-vt", "vientiane-1")
    hq, client_hq = enrolled("hq", "hq-desk")
    client_hq.sync()
    hq.agencies.save(profile_id("kh-sr"), {"country": "KH",
                                           "provinces": ["Siem Reap", "Oddar Meanchey"]})
    sync_all(client_hq, client_kh)
    assert kh.targets.scope_values("province") == ["Oddar Meanchey", "Siem Reap"]
    own = save(kh, "province", "Oddar Meanchey", 60, notes="Our own stretch target")
    report = client_kh.sync()
    assert report.refused == 0
    sync_all(client_hq, client_lao)
    at_hq = hq.targets.get(own)
    assert (at_hq.value, at_hq.agency_id, at_hq.notes) == (60, "kh-sr", "Our own stretch target")
    assert at_hq.editable  # headquarters may change any agency's record
    assert lao.targets.targets() == []  # an agency's own stay inside it
    # Headquarters corrects it: the agency sees the change, and still owns its target.
    save(hq, "province", "Oddar Meanchey", 70)
    sync_all(client_hq, client_kh)
    mine = kh.targets.get(own)
    assert (mine.value, mine.agency_id, mine.editable) == (70, "kh-sr", True)


def test_the_same_target_typed_on_two_laptops_is_one_record(enrolled: Any) -> None:
    one, client_one = enrolled("kh-sr", "siem-reap-1")
    two, client_two = enrolled("kh-sr", "siem-reap-2")
    hq, client_hq = enrolled("hq", "hq-desk")
    first = save(one, "agency", "kh-sr", 200)
    second = save(two, "agency", "KH-SR", 250)
    assert first == second == target_id("people_trained", "agency", "kh-sr", *YEAR.values())
    sync_all(client_one, client_two, client_one, client_hq)
    kept = {db.targets.targets()[0].value for db in (one, two, hq)}
    assert len(kept) == 1 and kept <= {200, 250}  # one record, one value, everywhere
    for db in (one, two, hq):
        [only] = db.targets.targets()
        assert only.id == first
    # Typed apart at once, the two values are a conflict a person can settle.
    [conflict] = [c for c in hq.sync.open_conflicts() if c.field == "value"]
    assert {conflict.winner_value, conflict.loser_value} == {200, 250}
    # An agency types a province target headquarters then sets too: headquarters' stands,
    # the agency's change is parked for a person to read, and the target is read-only there.
    save(one, "province", "Siem Reap", 90)
    time.sleep(0.01)  # headquarters' is the later edit (clocks tick in milliseconds)
    published = save(hq, "province", "Siem Reap", 150)
    client_hq.sync()
    assert client_one.sync().refused >= 1
    client_one.sync()
    mine = one.targets.get(published)
    assert (mine.value, mine.agency_id, mine.editable) == (150, "hq", False)
    assert [c.table for c in one.sync.refused()] == ["targets"] * len(one.sync.refused())
