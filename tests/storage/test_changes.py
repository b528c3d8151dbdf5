"""Every storage write returns one result type: a tuple of `Change`, empty when nothing
changed, so a screen publishes what any write gives back without looking at it first."""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from gmsdesk.forms.xlsform import load_xlsform
from gmsdesk.storage.agencies import AgencyRepository
from gmsdesk.storage.db import Database
from gmsdesk.storage.events import EventRepository
from gmsdesk.storage.presences import PresenceRepository
from gmsdesk.storage.records import Change, RecordWriter
from gmsdesk.storage.smes import SmeRepository
from gmsdesk.storage.surveys import SurveyRepository
from gmsdesk.storage.sync_store import SyncStore
from gmsdesk.storage.training import TrainingRepository
from gmsdesk.sync.hlc import pack, wall_ms
from tests.survey_kit import needs_form

WRITERS = (RecordWriter, SmeRepository, TrainingRepository, SurveyRepository, SyncStore,
           AgencyRepository, PresenceRepository, EventRepository)


def declared_writes() -> dict[str, str]:
    """Public methods whose declared result names Change, with that declaration."""
    found = {}
    for cls in WRITERS:
        for name, method in inspect.getmembers(cls, inspect.isfunction):
            returns = str(inspect.signature(method).return_annotation)
            if not name.startswith("_") and re.search(r"\bChanges?\b", returns):
                found[f"{cls.__name__}.{name}"] = returns
    return found


def test_writes_declare_changes_and_nothing_else() -> None:
    writes = declared_writes()
    assert len(writes) > 30
    assert {name: returns for name, returns in writes.items() if returns != "Changes"} == {}


def test_every_write_returns_a_tuple_of_changes(db: Database, tmp_path: Path) -> None:
    results: dict[str, Any] = {}

    def run(method: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        results[method.__qualname__] = result = method(*args, **kwargs)
        return result

    smes, training, surveys, sync = db.smes, db.training, db.surveys, db.sync
    writer = smes.writer
    sme = run(smes.create, {"name": "Angkor Silk", "country": "KH"})[0].record_id
    run(smes.update, sme, {"phone": "012 345 678"})
    run(smes.delete, sme)
    run(smes.restore, sme)
    run(smes.add_sector, "Coffee roasting")
    run(writer.insert, smes.spec, {"name": "Bayon Tours"})
    two = run(writer.insert_many, smes.spec, [{"name": "Mekong Rice"}, {"name": "Pepper"}])
    assert [c.op for c in two] == ["insert", "insert"]
    run(smes.create_cleaned, [smes.clean({"name": "Old Market Crafts", "country": "KH"})])
    run(writer.update, smes.spec, sme, {"employees_total": 4})
    run(writer.set_deleted, smes.spec, sme, False)  # not deleted: nothing to do

    module = run(training.add_module, "basic", "Selling on Facebook pages")[0].record_id
    run(training.retire_module, module)
    wid = run(training.create_workshop, {"title": "Getting SMEs online", "track": "basic",
                                         "start_date": "2025-03-10",
                                         "end_date": "2025-03-11"})[0].record_id
    run(training.update_workshop, wid, {"end_date": "2025-03-12"})
    run(training.set_attendance_rule, wid, 80)
    pid = run(training.create_person, {"name": "Sok Dara", "sme_id": sme})[0].record_id
    run(training.update_person, pid, {"role": "Owner"})
    run(training.enrol, wid, pid)
    walk_in = run(training.enrol_new, wid, {"name": "Chan Sophea"},
                  new_sme={"name": "Kampot Pepper Farm"})
    day = training.sessions(wid)[0].id
    run(training.mark_attendance, wid, day, pid)
    run(training.set_progress, wid, pid, "B01", "completed")
    run(training.revert_progress, wid, pid, "B01", "in_progress", "admin", "wrong person")
    run(training.set_scores, wid, pid, pre=40)
    run(training.issue_certificates, wid)
    run(training.withdraw, wid, walk_in[1].record_id)
    run(training.delete_person, walk_in[1].record_id)
    service = run(training.add_service, sme, {"type": "website",
                                              "delivered_on": "2025-03-20"})[0].record_id
    run(training.update_service, service, {"fee": 25})
    run(training.delete_service, service)
    run(training.restore_service, service)
    presence = run(db.presences.add, sme, {"kind": "portal"})[0].record_id
    run(db.presences.update, presence, {"status": "displaying"})
    run(db.presences.delete, presence)
    run(db.presences.restore, presence)
    inquiry = run(training.add_inquiry, sme, {"received_on": "2025-04-02",
                                              "channel": "email"})[0].record_id
    run(training.update_inquiry, inquiry, {"outcome": "no_reply"})
    run(training.delete_inquiry, inquiry)
    run(training.restore_inquiry, inquiry)
    run(training.delete_workshop, wid)
    run(training.restore_workshop, wid)
    event = run(db.events.add, {"kind": "road_show", "title": "Road show",
                                "held_on": "2025-03-15", "sme_ids": [sme]})[0].record_id
    run(db.events.update, event, {"audience_female": 40})
    run(db.events.delete, event)
    run(db.events.restore, event)

    form, problems = load_xlsform(needs_form(tmp_path, 1))
    assert form is not None, problems
    ref = run(surveys.import_form, form, "needs_v1.xlsx")[0].record_id
    run(surveys.submit, surveys.create_draft(ref, sme_id=sme), {"employees": 3})
    run(surveys.retire_form, ref)
    other, _ = load_xlsform(needs_form(tmp_path, 2))
    assert other is not None
    run(surveys.delete_form, run(surveys.import_form, other, "needs_v2.xlsx")[0].record_id)

    clock = pack(wall_ms(), 0)
    conflict = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"
    run(sync.apply_remote, [["conflicts", conflict, name, value, clock, 0] for name, value in (
        ("tbl", "smes"), ("record_id", sme), ("field", "phone"),
        ("winner_value", "012 345 678"), ("loser_value", "099 000 111"))], ["hq"], 1)
    run(sync.resolve_conflict, conflict, "099 000 111")
    run(sync.replay_deferred)
    run(db.agencies.save, None, {"agency": "la-vt", "name": "Vientiane TPC"})

    assert set(results) == set(declared_writes())  # every write, each called once
    for name, result in results.items():
        assert isinstance(result, tuple), name
        assert all(isinstance(change, Change) for change in result), name
    # Every write above changed something, and said so, but for three with nothing to do: the
    # record was not deleted, nothing was held back, nobody has finished every module.
    assert {name for name, result in results.items() if not result} == {
        "RecordWriter.set_deleted", "SyncStore.replay_deferred",
        "TrainingRepository.issue_certificates"}
    assert [c.table for c in results["SyncStore.resolve_conflict"]] == ["smes", "conflicts"]
    # Writes that change nothing say so with the same type.
    assert smes.update(sme, {"phone": "099 000 111"}) == ()
    assert training.enrol(wid, pid) == ()
    assert surveys.import_form(form, "needs_v1.xlsx") == ()
