"""What headquarters publishes is read-only on an agency's laptop; headquarters retires form
versions and modules: they are no longer offered for new responses and workshops, and what
already uses them keeps them."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from gmsdesk.forms.export import AGENCY_COLUMNS, export_responses
from gmsdesk.forms.xlsform import load_xlsform
from gmsdesk.storage.db import Database
from gmsdesk.storage.errors import NotFound, ReadOnlyRecord, ValidationError
from gmsdesk.storage.surveys import FormVersionClash
from tests.survey_kit import NEEDS_CHOICES_V1, NEEDS_V1, answer, import_needs, write_xlsform

ANSWERS = {"tools": ["fax"], "obstacle": "cost", "employees": 4}


def agency_laptop(db: Database) -> Database:
    db.set_meta_atomic("agency_id", "kh-sr")
    return db


def hq_laptop(db: Database) -> Database:
    db.set_meta_atomic("agency_id", "hq")
    db.set_meta_atomic("agency_hq", "1")
    return db


def published(db: Database, table: str, record_id: str) -> None:
    """Make a record headquarters' own, as sync stores what headquarters published."""
    with db.atomic():
        db.conn.execute(f"UPDATE {table} SET agency_id = 'hq' WHERE id = ?", (record_id,))


def outbox_size(db: Database) -> int:
    return int(db.conn.execute("SELECT count(*) FROM outbox").fetchone()[0])


# -- locked on an agency's laptop ---------------------------------------------------------------


def test_a_published_form_version_refuses_every_change(db: Database, tmp_path: Path) -> None:
    agency_laptop(db)
    ref = import_needs(db, tmp_path, 1)
    published(db, "forms", ref)
    before = outbox_size(db)

    [row] = db.surveys.forms()
    assert (row.agency_id, row.editable) == ("hq", False)
    assert [v.editable for v in db.surveys.versions("needs")] == [False]
    with pytest.raises(ReadOnlyRecord):
        db.surveys.retire_form(ref)
    with pytest.raises(ReadOnlyRecord):
        db.surveys.delete_form(ref)
    # Re-importing the same version with other questions: refused, saying headquarters
    # published it.
    other, _ = load_xlsform(write_xlsform(tmp_path / "edited.xlsx", NEEDS_V1[:3],
                                          NEEDS_CHOICES_V1, version="1"))
    assert other is not None
    with pytest.raises(FormVersionClash) as clash:
        db.surveys.import_form(other, "edited.xlsx")
    assert clash.value.published and "Headquarters published" in str(clash.value)
    # The same file again changes nothing; the form is still filled in as before.
    assert import_needs(db, tmp_path, 1) == ref
    assert outbox_size(db) == before
    answer(db, ref, ANSWERS)
    assert db.surveys.count_responses("needs") == 1


def test_an_agencys_own_form_can_be_retired_and_deleted(db: Database, tmp_path: Path) -> None:
    agency_laptop(db)
    ref = import_needs(db, tmp_path, 1)
    assert db.surveys.forms()[0].editable
    [change] = db.surveys.retire_form(ref)
    assert (change.table, change.fields) == ("forms", ("retired",))
    assert db.surveys.retire_form(ref) == ()  # already retired
    db.surveys.retire_form(ref, retired=False)
    [deleted] = db.surveys.delete_form(ref)
    assert deleted.op == "delete"


def test_a_published_module_refuses_edits(db: Database) -> None:
    agency_laptop(db)
    own = db.training.add_module("basic", "Selling on Facebook pages")[0].record_id
    hq = db.training.add_module("basic", "Cross-border payments")[0].record_id
    published(db, "modules", hq)
    by_id = {m.id: m for m in db.training.modules() if m.id}
    assert by_id[own].editable and not by_id[hq].editable
    assert not any(m.editable for m in db.training.modules() if m.builtin)
    with pytest.raises(ReadOnlyRecord):
        db.training.retire_module(hq)
    with pytest.raises(ReadOnlyRecord):
        db.training.retire_module(by_id[hq].code)
    assert db.training.retire_module(own)[0].fields == ("retired",)
    with pytest.raises(NotFound):  # built-in modules ship with GMS Desk: not records
        db.training.retire_module("B01")


# -- retired form versions ---------------------------------------------------------------------


def test_adding_a_sector_headquarters_published_reuses_it(db: Database) -> None:
    """An officer types a sector headquarters already published: the laptop reuses it and
    writes nothing; a change that changes nothing is no write, even to a read-only record."""
    agency_laptop(db)
    [change] = db.smes.add_sector("Rice milling")
    published(db, "sectors", change.record_id)
    before = outbox_size(db)
    assert db.smes.add_sector("  rice MILLING ") == ()
    assert db.smes.writer.update(db.smes.sector_spec, change.record_id,
                                     {"label": "Rice milling"}) == ()
    assert outbox_size(db) == before
    with pytest.raises(ReadOnlyRecord):
        db.smes.writer.update(db.smes.sector_spec, change.record_id, {"label": "Rice mills"})
    with pytest.raises(ReadOnlyRecord):
        db.smes.writer.set_deleted(db.smes.sector_spec, change.record_id, True)


def test_hq_retires_a_version_its_responses_stay(db: Database, tmp_path: Path) -> None:
    hq_laptop(db)
    v1 = import_needs(db, tmp_path, 1)
    kept = answer(db, v1, ANSWERS)
    draft = db.surveys.create_draft(v1)  # begun before the version was retired
    v2 = import_needs(db, tmp_path, 2)

    db.surveys.retire_form(v2)
    # The form is offered on version 1 now, the latest not retired.
    [row] = db.surveys.forms(offered=True)
    assert (row.ref, row.version, row.retired) == (v1, "1", False)
    assert db.surveys.form_ref("needs") == v1
    assert [(v.version, v.retired) for v in db.surveys.versions("needs")] == [
        ("1", False), ("2", True)]
    with pytest.raises(ValidationError):
        db.surveys.create_draft(v2)

    db.surveys.retire_form(v1)
    assert db.surveys.forms(offered=True) == []
    [row] = db.surveys.forms()  # still listed, as retired
    assert (row.version, row.retired, row.responses, row.drafts) == ("2", True, 1, 1)
    with pytest.raises(ValidationError):
        db.surveys.create_draft(v1)

    # Its responses stay, can be read, corrected and exported; the draft can be finished.
    assert [r.id for r in db.surveys.responses("needs")] == [kept]
    correction = db.surveys.correct(kept)
    db.surveys.submit(correction, {**ANSWERS, "employees": 5})
    db.surveys.submit(draft, ANSWERS)
    assert db.surveys.count_responses("needs") == 2
    out = tmp_path / "needs.csv"
    assert export_responses(db, "needs", out, version="1").responses == 2

    db.surveys.retire_form(v2, retired=False)
    assert [f.version for f in db.surveys.forms(offered=True)] == ["2"]


def test_the_export_names_the_agency_on_a_headquarters_laptop(db: Database,
                                                              tmp_path: Path) -> None:
    db.set_meta_atomic("agency_id", "kh-sr")
    ref = import_needs(db, tmp_path, 1)
    mine = answer(db, ref, ANSWERS)
    out = tmp_path / "agency.csv"
    export_responses(db, "needs", out)
    with open(out, encoding="utf-8-sig", newline="") as handle:
        assert not set(AGENCY_COLUMNS) & set(next(csv.reader(handle)))

    hq_laptop(db)
    db.agencies.save(None, {"agency": "kh-sr", "name": "Siem Reap Chamber of Commerce"})
    theirs = answer(db, ref, ANSWERS)  # headquarters' own, no profile: named by its code
    export_responses(db, "needs", out)
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["KEY"], r["agency_id"], r["agency_name"]) for r in rows] == [
        (mine, "kh-sr", "Siem Reap Chamber of Commerce"), (theirs, "hq", "hq")]


# -- retired modules ---------------------------------------------------------------------------


def test_a_retired_module_is_not_offered_but_workshops_keep_it(db: Database) -> None:
    hq_laptop(db)
    code = db.conn.execute("SELECT code FROM modules WHERE id = ?", (
        db.training.add_module("basic", "Selling on Facebook pages")[0].record_id,)
    ).fetchone()[0]
    before = db.training.create_workshop({"title": "Before", "start_date": "2025-03-10"})
    workshop = before[0].record_id
    assert code in db.training.workshop(workshop).modules  # the track's modules by default

    db.training.retire_module(code)
    assert code not in [m.code for m in db.training.modules(offered=True)]
    [module] = [m for m in db.training.modules() if m.code == code]
    assert module.retired and module.title == "Selling on Facebook pages"
    assert db.training.module_title(code) == "Selling on Facebook pages"
    # A new workshop does not get it, by default or when asked for.
    after = db.training.create_workshop({"title": "After", "start_date": "2025-04-10"})
    assert code not in db.training.workshop(after[0].record_id).modules
    with pytest.raises(ValidationError) as refused:
        db.training.create_workshop({"title": "Asked", "modules": ["B01", code]})
    assert set(refused.value.errors) == {"modules"}
    # The workshop that had it keeps it, through other edits too.
    db.training.update_workshop(workshop, {"venue": "Chamber hall"})
    assert code in db.training.workshop(workshop).modules
    with pytest.raises(ValidationError):  # but it cannot be given to another one
        db.training.update_workshop(after[0].record_id, {"modules": ["B01", code]})

    db.training.retire_module(code, retired=False)
    assert code in [m.code for m in db.training.modules(offered=True)]
