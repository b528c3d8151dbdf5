"""XLSForm import and the shipped forms, installed once per database (window and CLI alike)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from gmsdesk.services import forms
from gmsdesk.storage.db import Database
from tests.survey_kit import NEEDS_CHOICES_V1, NEEDS_V1, needs_form, write_xlsform


def test_import_tells_what_happened(db: Database, tmp_path: Path) -> None:
    first = forms.import_xlsform(db, needs_form(tmp_path, 1))
    assert first.form is not None and first.clash is None
    assert [(c.table, c.record_id, c.op) for c in first.changes] == [
        ("forms", db.surveys.form_ref("needs", "1"), "insert")]
    assert (first.form.form_id, first.form.version, first.problems) == ("needs", "1", ())
    again = forms.import_xlsform(db, needs_form(tmp_path, 1))
    assert again.form is not None and again.changes == () and again.clash is None
    edited = forms.import_xlsform(
        db, write_xlsform(tmp_path / "edited.xlsx", NEEDS_V1[:4], NEEDS_CHOICES_V1))
    assert edited.clash is not None and edited.changes == ()
    assert edited.clash.errors == {"version": (
        "Version 1 of form needs is already here with different questions. Change the version "
        "in the form's settings sheet and import it again.")}
    bad = forms.import_xlsform(db, write_xlsform(
        tmp_path / "bad.xlsx", [*NEEDS_V1[:3], ("select_one nowhere", "size", "Size", "", "")],
        NEEDS_CHOICES_V1))
    assert bad.form is None and bad.changes == ()
    assert [(p.severity, str(p)) for p in bad.problems] == [
        ("error", "survey row 5: the choice list 'nowhere' is not on the choices sheet")]
    missing = forms.import_xlsform(db, tmp_path / "nope.xlsx")
    assert missing.form is None
    assert [(p.severity, str(p)) for p in missing.problems] == [
        ("error", "the file 'nope.xlsx' was not found")]
    assert [f.form_id for f in db.surveys.forms()] == ["needs"]


def test_shipped_forms_installed_once_and_a_broken_one_keeps_none_out(
        db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "shipped"
    folder.mkdir()
    for shipped in sorted(forms.SHIPPED_FORMS.glob("*.xlsx")):
        shutil.copy(shipped, folder)
    (folder / "aaa_broken.xlsx").write_bytes(b"not a workbook")
    assert [p.name for p in forms.shipped_forms_pending(db, folder)] == [
        "aaa_broken.xlsx", "ebusiness_needs_assessment.xlsx", "workshop_evaluation.xlsx"]
    changes = forms.install_shipped_forms(db, folder)
    assert {(c.table, c.record_id) for c in changes} == {
        ("forms", db.surveys.form_ref("ebusiness_needs_assessment")),
        ("forms", db.surveys.form_ref("workshop_evaluation"))}
    assert [f.form_id for f in db.surveys.forms()] == ["ebusiness_needs_assessment",
                                                      "workshop_evaluation"]
    assert forms.shipped_forms_pending(db, folder) == []
    assert json.loads(db.meta(forms.SHIPPED_META)) == sorted(p.name for p in folder.iterdir())
    # Deleted by the office: not brought back; a form a later update ships: installed.
    db.surveys.delete_form(db.surveys.form_ref("workshop_evaluation"))
    write_xlsform(folder / "new.xlsx", NEEDS_V1, NEEDS_CHOICES_V1)
    assert [p.name for p in forms.shipped_forms_pending(db, folder)] == ["new.xlsx"]
    assert {(c.table, c.record_id) for c in forms.install_shipped_forms(db, folder)} == {
        ("forms", db.surveys.form_ref("needs"))}
    assert forms.install_shipped_forms(db, folder) == ()
    assert {f.form_id for f in db.surveys.forms()} == {"ebusiness_needs_assessment", "needs"}
