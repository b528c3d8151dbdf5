"""The record declarations against the schema, the rules and the wire."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from gmsdesk.records import REGISTRY, Kind, Problem, Rule
from gmsdesk.records.merge import Edit, merge
from gmsdesk.storage.db import Database


def test_every_table_matches_its_declaration_after_all_migrations(db: Database) -> None:
    synced = {r[0] for r in db.conn.execute(
        "SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND EXISTS "
        "(SELECT 1 FROM pragma_table_xinfo(m.name) WHERE name = 'hlc_created')")}
    assert synced == {t.table for t in REGISTRY}, "a synced table without a declaration"
    for record_type in REGISTRY:
        columns = [r[1] for r in db.conn.execute(
            f"SELECT * FROM pragma_table_xinfo('{record_type.table}')")]
        assert sorted(columns) == sorted(record_type.columns()), record_type.table


def test_every_type_merges_by_its_documented_rule() -> None:
    # Spelled out here, not read back from the registry that is under test.
    lww = ("sectors", "smes", "modules", "workshops", "workshop_sessions", "people",
           "participants", "attendance", "services", "inquiries", "forms", "conflicts",
           "agency_profiles", "targets", "presences", "events", "indicators")
    assert REGISTRY.rules() == {**dict.fromkeys(lww, "lww"), "module_progress": "forward",
                                 "survey_responses": "append"}


def test_references_point_at_declared_types_in_dependency_order() -> None:
    seen: set[str] = set()
    for record_type in REGISTRY:
        for ref in record_type.refs():
            assert ref.to in seen | {record_type.table}, (record_type.table, ref.name)
        seen.add(record_type.table)


def test_every_field_has_a_label_and_every_type_a_title() -> None:
    for record_type in REGISTRY:
        assert record_type.title
        if record_type.table == "conflicts":
            continue  # clocks and device ids of a conflict are never shown as fields
        for field in record_type.fields:
            assert field.label, (record_type.table, field.name)
            if field.kind is Kind.CODE and field.code_context:
                assert set(field.code_labels) == set(field.codes)


# The reason is what the Sync area shows next to a held-back or refused change.
@pytest.mark.parametrize(("table", "name", "value", "reason"), [
    ("smes", "name", None, "required"),
    ("smes", "name", 123, "expected text, got int"),
    ("smes", "phone", 12345678, "expected text, got int"),
    ("smes", "employees_total", 2 ** 70, "1180591620717411303424 is outside 0..10000000"),
    ("smes", "employees_total", True, "expected a whole number, got bool"),
    ("smes", "uses_fax", None, "required"),
    ("smes", "deleted", "yes", "expected 0 or 1"),
    ("smes", "name", "x" * 201, "longer than 200 characters"),
    ("smes", "nope", 1, "unknown field"),
    ("sectors", "code", None, "required"),
    ("people", "gender", "robot", "'robot' is not one of female, male, other"),
    ("participants", "pre_score", float("nan"), "not a finite number"),
    ("participants", "pre_score", 101, "101 is outside 0..100"),
    ("services", "delivered_on", "03/11/2026", "not a date (YYYY-MM-DD)"),
    ("workshops", "modules", {"B01": 1}, "expected a JSON list"),
    ("survey_responses", "answers", "text", "expected a JSON object"),
    ("conflicts", "winner_value", 1, "only headquarters writes this field"),
])
def test_a_bad_value_is_refused_with_its_reason(table: str, name: str, value: Any,
                                                reason: str) -> None:
    with pytest.raises(Problem) as problem:
        REGISTRY[table].check_change(name, value)
    assert (problem.value.table, problem.value.name, problem.value.reason) == (table, name, reason)
    assert str(problem.value) == f"{table}.{name}: {reason}"


def test_good_values_pass_and_old_spellings_are_made_current() -> None:
    assert REGISTRY["people"].check_change("gender", "f") == "female"
    assert REGISTRY["smes"].check_change("uses_fax", True) == 1
    assert REGISTRY["smes"].check_change("name", "Angkor Silk") == "Angkor Silk"
    assert REGISTRY["survey_responses"].check_change(
        "started_at", "2026-11-03T14:20:00.000+07:00") == "2026-11-03T14:20:00.000+07:00"
    assert REGISTRY["conflicts"].check_change("resolved", 1) == 1
    assert REGISTRY["conflicts"].check_change("winner_value", [1], from_device=False) == [1]


def test_a_value_synced_in_and_written_back_unchanged_is_no_new_edit(db: Database) -> None:
    """One JSON encoding per column: what sync stored equals what a local write makes."""
    from gmsdesk.sync.hlc import pack, wall_ms

    workshop_id = db.training.create_workshop({"title": "E-business basics", "track": "basic",
                                               "modules": ["B01", "B02"]})[0].record_id
    db.outbox.acknowledge(10 ** 9)
    db.sync.apply_remote([["workshops", workshop_id, "modules", ["B02", "B01"],
                           pack(wall_ms() + 1000, 0), 0]], ["other-device"], 1)
    assert list(db.training.workshop(workshop_id).modules) == ["B02", "B01"]
    spec = db.sync.specs()["workshops"]
    assert db.training.writer.update(spec, workshop_id, {"modules": ["B02", "B01"]}) == ()
    assert db.outbox.pending_count() == 0


def test_one_merge_decides_alike_for_every_rule() -> None:
    old, new = Edit("a", 10, "d1"), Edit("b", 20, "d2")
    assert merge(Rule.LWW, {"x": old}, {"x": new}).taken == {"x": new}
    outcome = merge(Rule.LWW, {"x": new}, {"x": old})
    assert (outcome.taken, outcome.ignored, outcome.conflicts) == ({}, ["x"], [])
    unseen = Edit("a", 10, "d1", seen=False)
    outcome = merge(Rule.LWW, {"x": unseen}, {"x": new})
    assert (outcome.taken, outcome.conflicts) == ({"x": new}, [("x", new, unseen)])
    assert merge(Rule.LWW, {"x": old}, {"x": new}).conflicts == []  # seen: no conflict
    outcome = merge(Rule.APPEND, {"x": old}, {"x": new})
    assert (outcome.taken, outcome.ignored) == ({}, ["x"])
    assert merge(Rule.APPEND, {"x": None}, {"x": new}).taken == {"x": new}
    done, stale = Edit("completed", 10, "d1"), Edit("in_progress", 20, "d2")
    outcome = merge(Rule.FORWARD, {"status": done, "status_on": None},
                    {"status": stale, "status_on": Edit("2026-01-02", 20, "d2")})
    assert outcome.taken == {}  # a stale step does not bring its date along
    revert = {"status": stale, "reverted_by": Edit("admin: typo", 20, "d2")}
    assert merge(Rule.FORWARD, {"status": done, "reverted_by": None}, revert).taken == revert


def test_upgrading_converts_people_gender_to_the_one_code_set(tmp_path: Path) -> None:
    from gmsdesk.storage.migrations import MIGRATIONS

    path = tmp_path / "old.sqlite3"
    old = Database(path, migrations=MIGRATIONS[:5])
    old.conn.execute(
        "INSERT INTO people(id, agency_id, created_at, created_by, updated_at, updated_by, "
        "hlc_created, hlc, name, gender) VALUES ('p1', 'kh', '', '', '', '', 1, 1, 'Dara', 'f')")
    old.close()
    new = Database(path)
    assert new.training.person("p1").gender == "female"
    assert new.outbox.pending_count() == 0
    new.close()
