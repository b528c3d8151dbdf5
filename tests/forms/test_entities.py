"""Surveys that update the SME record: the entities sheet and save_to column as people write
them, what is refused (on its row, in words that translate), and what a submit does to the
linked SME: one ordinary, synced edit, or nothing, and why."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from gmsdesk.forms import Form, Problem, load_xlsform
from gmsdesk.forms.engine import FormState
from gmsdesk.forms.entities import AnswerMismatch, SmeAnswers, sme_answers, to_field
from gmsdesk.records.catalog import SMES
from gmsdesk.storage.db import Database
from tests.forms import write_xlsform

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "resources" / "forms" / "ebusiness_needs_assessment.xlsx"

CHOICES: list[list[str]] = [
    ["list_name", "name", "label"],
    ["yes_no", "yes", "Yes"], ["yes_no", "no", "No"],
    ["size", "5", "Five"], ["size", "20", "Twenty"],
    ["economy", "KH", "Cambodia"], ["economy", "LA", "Lao PDR"],
]
SETTINGS = [["form_id", "version", "form_title"], ["sme_check", "1", "SME check"]]
SAVES = {"staff": "employees_total", "women": "employees_female", "has_fax": "uses_fax",
         "site": "website", "economy": "country"}


def sme_form(tmp_path: Path, *, save_to: str = "save_to", sheet: str = "entities",
             list_header: str = "list_name", prefix: str = "",
             entity: list[Any] | None = None, extra: list[list[Any]] | None = None,
             name: str = "form.xlsx") -> Path:
    """A small form whose answers update the linked SME, headed as the caller says."""
    survey = [
        ["type", "name", "label", save_to],
        ["text", "biz", "Business name", None],
        ["integer", "staff", "Employees", prefix + "employees_total"],
        ["integer", "women", "Of whom women", prefix + "employees_female"],
        ["select_one yes_no", "has_fax", "Do you use a fax?", prefix + "uses_fax"],
        ["text", "site", "Website", prefix + "website"],
        ["select_one economy", "economy", "Economy", prefix + "country"],
        ["text", "comment", "Comment", None],
        *(extra or []),
    ]
    entities = entity or [[list_header, "label"], ["smes", "${biz}"]]
    return write_xlsform(tmp_path, survey, CHOICES, SETTINGS, name=name,
                         extra_sheets={sheet: entities})


def load(path: Path) -> tuple[Form | None, list[Problem]]:
    return load_xlsform(path)


def where(problems: list[Problem], severity: str = "error") -> set[tuple[str | None, int | None]]:
    return {(p.sheet, p.row) for p in problems if p.severity == severity}


# -- reading: the header habits of people who write XLSForms -------------------------------------

HABITS = [
    pytest.param("save_to", "entities", "list_name", "", id="as-the-docs-write-it"),
    pytest.param("save to", "entities", "list name", "", id="spaces"),
    pytest.param("Save_To", "Entities", "List Name", "", id="capitals"),
    pytest.param("SAVE_TO", "ENTITIES", "dataset", "", id="shouting-and-dataset"),
    pytest.param("bind::entities:saveto", "entities", "list_name", "", id="the-bind-column"),
    pytest.param("save_to", "Entities", "List Name", "smes#", id="list-prefixed-property"),
]


@pytest.mark.parametrize(("save_to", "sheet", "list_header", "prefix"), HABITS)
def test_header_habits_all_read_the_same_mapping(tmp_path: Path, save_to: str, sheet: str,
                                                 list_header: str, prefix: str) -> None:
    form, problems = load(sme_form(tmp_path, save_to=save_to, sheet=sheet,
                                   list_header=list_header, prefix=prefix))
    assert form is not None, [str(p) for p in problems]
    assert problems == [] or all(p.sheet == "settings" for p in problems)
    assert form.entities is not None and form.entities.row == 2
    assert form.entities.saves == SAVES
    assert form.question("staff").save_to == "employees_total"
    assert form.question("comment").save_to is None


def test_the_mapping_lives_in_the_stored_definition(db: Database, tmp_path: Path) -> None:
    """One copy, in the form version's definition: it syncs with the version."""
    form, _ = load(sme_form(tmp_path))
    assert form is not None
    db.surveys.import_form(form, "form.xlsx")
    ref = db.surveys.form_ref("sme_check")
    stored = json.loads(db.conn.execute("SELECT definition FROM forms WHERE id = ?",
                                        (ref,)).fetchone()[0])
    staff = next(c for c in stored["children"] if c.get("name") == "staff")
    assert staff["bind"]["entities:saveto"] == "employees_total"
    db.surveys._forms.clear()
    rebuilt = db.surveys.form(ref)
    assert rebuilt.entities is not None and rebuilt.entities.saves == SAVES


# -- refusals, each on its row -------------------------------------------------------------------


def test_what_cannot_fill_the_sme_record_is_refused_on_its_row(tmp_path: Path) -> None:
    path = write_xlsform(tmp_path, [
        ["type", "name", "label", "save_to"],
        ["text", "biz", "Business name", None],  # 2
        ["text", "staff", "Employees", "employees_total"],  # 3: text into a number
        ["select_multiple yes_no", "tools", "Tools", "uses_fax"],  # 4: many into a yes/no
        ["integer", "emp", "Employees", "employes_total"],  # 5: a typing slip
        ["integer", "level", "ICT level", "ict_level"],  # 6: kept on this laptop
        ["text", "owner", "Owner", "agency_id"],  # 7: bookkeeping
        ["select_one yes_no", "women", "Women", "employees_female"],  # 8: yes/no, a number
        ["select_one size", "mail", "E-mail", "uses_email"],  # 9: 5/20, a flag
        ["select_one yes_no", "economy", "Economy", "country"],  # 10: not its codes
        ["integer", "founded", "Founded", "year_founded"],  # 11: fine
        ["integer", "started", "Started", "year_founded"],  # 12: the field again
        ["begin repeat", "branches", "Branches", None],  # 13
        ["text", "branch_site", "Branch website", "website"],  # 14: inside a repeat
        ["end repeat", None, None, None],
    ], CHOICES, SETTINGS, extra_sheets={"entities": [["list_name", "label"],
                                                     ["smes", "${biz}"]]})
    form, problems = load(path)
    assert form is None
    assert where(problems) == {("survey", row) for row in (3, 4, 5, 6, 7, 8, 9, 10, 12, 14)}
    by_row = {p.row: p for p in problems if p.is_error}
    assert "a text question cannot fill" in by_row[3].message
    assert "select_multiple" in by_row[4].message
    assert "did you mean 'employees_total'" in by_row[5].message
    assert "keeps this field" in by_row[6].message and "keeps this field" in by_row[7].message
    assert "named with numbers" in by_row[8].message and "yes, no" in by_row[8].message
    assert "yes, no, 1, 0, true or false" in by_row[9].message and "5, 20" in by_row[9].message
    assert "KH, LA" in by_row[10].message
    assert "row 11 already writes" in by_row[12].message
    assert "inside a repeat" in by_row[14].message
    # pyxform's own complaints about the same rows are not repeated elsewhere
    assert not any("already assigned" in p.message or "container scope" in p.message
                   for p in problems)


def test_a_list_other_than_smes_is_refused_on_the_entities_row(tmp_path: Path) -> None:
    form, problems = load(sme_form(tmp_path, entity=[["list_name", "label"],
                                                     ["businesses", "${biz}"]]))
    assert form is None
    assert where(problems) == {("entities", 2)}
    [problem] = [p for p in problems if p.is_error]
    assert "'businesses'" in problem.message and "smes" in problem.message

    form, problems = load(sme_form(tmp_path, entity=[["list_name", "label"], ["SMEs", "${biz}"]],
                                   name="capitals.xlsx"))
    assert form is None
    assert any("did you mean 'smes'" in p.message for p in problems if p.row == 2)


def test_entity_id_and_create_if_are_warned_about_and_update_if_is_kept(
        tmp_path: Path) -> None:
    form, problems = load(sme_form(tmp_path, entity=[
        ["list_name", "label", "create_if"], ["smes", "${biz}", "${staff} > 0"]]))
    assert form is not None
    assert where(problems, "warning") == {("entities", 2)}
    assert "create_if is ignored" in problems[0].message
    assert form.entities is not None and form.entities.saves == SAVES

    form, problems = load(sme_form(tmp_path, name="update.xlsx", entity=[
        ["list_name", "entity_id", "update_if"], ["smes", "${biz}", "${staff} >= 10"]]))
    assert form is not None and form.entities is not None
    assert [p.message.split(":")[0] for p in problems] == ["entity_id is not read"]
    assert form.entities.update_if == "${staff} >= 10"
    answers = {"biz": "Kampot Pepper", "staff": 4, "has_fax": "yes"}
    assert sme_answers(form, answers) == SmeAnswers({}, skipped=True)
    assert sme_answers(form, {**answers, "staff": 12}).values == {"employees_total": 12,
                                                                  "uses_fax": 1}


def test_problems_carry_their_text_to_translate(tmp_path: Path) -> None:
    _, problems = load(sme_form(tmp_path, extra=[["integer", "emp", "Emp", "employes_total"]]))
    [problem] = [p for p in problems if p.is_error]
    assert problem.text.startswith("save_to '{field}'")
    assert dict(problem.args)["suggestion"] == "employees_total"
    french = problem.translated(lambda text: text.replace(
        "the SME record has no such field", "la fiche PME n'a pas ce champ"))
    assert french.startswith("save_to 'employes_total': la fiche PME n'a pas ce champ")
    # a translation that names a value it was not given falls back to English
    assert problem.translated(lambda text: "{nope}") == problem.message
    assert Problem("survey", 3, "pyxform says so").translated(str.upper) == "pyxform says so"


# -- converting answers, strictly ----------------------------------------------------------------


def test_answers_convert_strictly_to_the_field_type() -> None:
    staff, flag, country = (SMES.field(n) for n in ("employees_total", "uses_fax", "country"))
    assert [to_field(staff, v) for v in (12, 12.0, "12", " 7 ")] == [12, 12, 12, 7]
    for bad in ("12 people", 12.5, True, "", ["12"]):
        with pytest.raises(AnswerMismatch):
            to_field(staff, bad)
    assert [to_field(flag, v) for v in ("yes", "No", "TRUE", "false", 1, 0, "OK")] == \
        [1, 0, 1, 0, 1, 0, 1]
    with pytest.raises(AnswerMismatch):
        to_field(flag, "maybe")
    assert to_field(country, "KH") == "KH"
    with pytest.raises(AnswerMismatch):
        to_field(country, "Cambodia")
    assert to_field(SMES.field("website"), "www.pepper.kh") == "www.pepper.kh"


def test_only_answered_questions_are_taken(tmp_path: Path) -> None:
    form, _ = load(sme_form(tmp_path))
    assert form is not None
    found = sme_answers(form, {"biz": "Kampot Pepper", "staff": 6, "site": "",
                               "has_fax": "maybe"})
    assert found == SmeAnswers({"employees_total": 6}, ("uses_fax",))


# -- submitting: the linked SME, updated once ---------------------------------------------------


def import_sme_form(db: Database, tmp_path: Path, **kwargs: Any) -> str:
    form, problems = load(sme_form(tmp_path, **kwargs))
    assert form is not None, [str(p) for p in problems]
    db.surveys.import_form(form, "form.xlsx")
    return db.surveys.form_ref(form.form_id, form.version)


def sme_updates(db: Database, sme_id: str) -> list[dict[str, Any]]:
    return [e.fields for e in db.outbox.for_record("smes", sme_id) if e.op == "update"]


ANSWERS = {"biz": "Kampot Pepper Co.", "staff": 12, "women": 7, "has_fax": "no",
           "site": "www.kampotpepper.com.kh", "economy": "KH", "comment": "Wants a catalogue"}


def test_a_submit_updates_the_linked_sme_with_one_synced_edit(db: Database,
                                                             tmp_path: Path) -> None:
    ref = import_sme_form(db, tmp_path)
    sme = db.smes.create({"name": "Kampot Pepper Co.", "employees_total": 3,
                          "uses_fax": 1})[0].record_id
    draft = db.surveys.create_draft(ref, sme_id=sme)
    result = db.surveys.submit_response(draft, ANSWERS)

    first, second = result.changes
    assert (first.table, first.op) == ("survey_responses", "insert")
    assert (second.table, second.record_id, second.op) == ("smes", sme, "update")
    update = result.sme_update
    assert update is not None and update.sme_id == sme
    assert set(update.written) == {"employees_total", "employees_female", "uses_fax",
                                   "website", "country"}
    assert update.unread == () and not update.read_only
    assert update.before["employees_total"] == 3 and update.before["uses_fax"] == 1
    stored = db.smes.get(sme)
    assert (stored.employees_total, stored.employees_female, stored.uses_fax, stored.website,
            stored.country) == (12, 7, 0, "www.kampotpepper.com.kh", "KH")
    assert sme_updates(db, sme) == [{"country": "KH", "employees_female": 7,
                                     "employees_total": 12, "uses_fax": 0,
                                     "website": "www.kampotpepper.com.kh"}]
    assert db.surveys.response(result.response_id).answers == ANSWERS

    # The same answers again: the SME already holds them, nothing more goes out.
    again = db.surveys.submit_response(db.surveys.create_draft(ref, sme_id=sme), ANSWERS)
    assert len(again.changes) == 1 and again.sme_update is not None
    assert again.sme_update.written == () and set(again.sme_update.kept) == set(SAVES.values())
    assert len(sme_updates(db, sme)) == 1


def test_answers_the_sme_refuses_are_listed_and_the_rest_written(db: Database,
                                                                tmp_path: Path) -> None:
    ref = import_sme_form(db, tmp_path)
    sme = db.smes.create({"name": "Bokor Tea"})[0].record_id
    draft = db.surveys.create_draft(ref, sme_id=sme)
    # more women than employees, and a website that is no address
    result = db.surveys.submit_response(draft, {**ANSWERS, "women": 40, "site": "none yet"})
    update = result.sme_update
    assert update is not None
    assert set(update.unread) == {"employees_female", "website"}
    assert set(update.written) == {"employees_total", "country"}
    assert update.kept == ("uses_fax",)  # "no": the SME had no fax already
    stored = db.smes.get(sme)
    assert (stored.employees_total, stored.employees_female, stored.website) == (12, None, None)
    assert len(db.surveys.responses_page("sme_check")) == 1


def test_another_agencys_sme_is_not_changed_and_the_response_is_kept(
        db: Database, tmp_path: Path) -> None:
    db.set_meta_atomic("agency_id", "kh-sr")
    ref = import_sme_form(db, tmp_path)
    sme = db.smes.create({"name": "Kep Crab Market", "employees_total": 2})[0].record_id
    with db.atomic():  # as sync stores an SME of another agency
        db.conn.execute("UPDATE smes SET agency_id = 'kh-kp' WHERE id = ?", (sme,))
    before = len(db.outbox.pending())
    result = db.surveys.submit_response(db.surveys.create_draft(ref, sme_id=sme), ANSWERS)
    assert result.sme_update is not None and result.sme_update.read_only
    assert [c.table for c in result.changes] == ["survey_responses"]
    assert db.smes.get(sme).employees_total == 2
    assert db.surveys.response(result.response_id).sme_id == sme
    assert [e.table for e in db.outbox.pending()[before:]] == ["survey_responses"]


def test_no_linked_sme_updates_nothing(db: Database, tmp_path: Path) -> None:
    ref = import_sme_form(db, tmp_path)
    sme = db.smes.create({"name": "Untouched", "employees_total": 1})[0].record_id
    result = db.surveys.submit_response(db.surveys.create_draft(ref), ANSWERS)
    assert result.sme_update is not None and result.sme_update.sme_id is None
    assert [c.table for c in result.changes] == ["survey_responses"]
    assert db.smes.get(sme).employees_total == 1 and sme_updates(db, sme) == []
    # submit() keeps answering what changed
    assert [c.table for c in db.surveys.submit(db.surveys.create_draft(ref), ANSWERS)] == [
        "survey_responses"]


def test_a_form_without_save_to_says_nothing_of_smes(db: Database, tmp_path: Path) -> None:
    from tests.survey_kit import import_needs

    ref = import_needs(db, tmp_path)
    sme = db.smes.create({"name": "Plain"})[0].record_id
    result = db.surveys.submit_response(db.surveys.create_draft(ref, sme_id=sme),
                                        {"tools": ["fax"], "employees": 3})
    assert result.sme_update is None and len(result.changes) == 1


def test_a_correction_applies_its_answers_again(db: Database, tmp_path: Path) -> None:
    ref = import_sme_form(db, tmp_path)
    sme = db.smes.create({"name": "Kampot Pepper Co."})[0].record_id
    first = db.surveys.submit_response(db.surveys.create_draft(ref, sme_id=sme), ANSWERS)
    db.smes.update(sme, {"employees_total": 99})  # someone edits the SME meanwhile
    draft = db.surveys.correct(first.response_id)
    fixed = {**ANSWERS, "staff": 14}
    second = db.surveys.submit_response(draft, fixed)
    assert db.surveys.response(second.response_id).supersedes == first.response_id
    assert second.sme_update is not None and second.sme_update.written == ("employees_total",)
    assert db.smes.get(sme).employees_total == 14
    assert [u.get("employees_total") for u in sme_updates(db, sme)] == [12, 99, 14]


def test_update_if_is_honoured_at_submit(db: Database, tmp_path: Path) -> None:
    ref = import_sme_form(db, tmp_path, entity=[["list_name", "entity_id", "update_if"],
                                                ["smes", "${biz}", "${staff} >= 10"]])
    sme = db.smes.create({"name": "Small shop", "employees_total": 2})[0].record_id
    small = db.surveys.submit_response(db.surveys.create_draft(ref, sme_id=sme),
                                       {**ANSWERS, "staff": 4, "women": 1})
    assert small.sme_update is not None and small.sme_update.skipped
    assert db.smes.get(sme).employees_total == 2
    big = db.surveys.submit_response(db.surveys.create_draft(ref, sme_id=sme), ANSWERS)
    assert big.sme_update is not None and "employees_total" in big.sme_update.written
    assert db.smes.get(sme).employees_total == 12


# -- the shipped needs assessment ----------------------------------------------------------------


def test_the_shipped_needs_assessment_updates_the_sme(db: Database) -> None:
    form, problems = load(SHIPPED)
    assert form is not None and problems == []
    assert form.version == "2026120501"
    assert form.entities is not None
    assert form.entities.saves == {
        "year_started": "year_founded", "emp_total": "employees_total",
        "emp_female": "employees_female", "ict_fax": "uses_fax",
        "ict_fixed_phone": "uses_fixed_phone", "ict_mobile": "uses_mobile",
        "ict_email": "uses_email", "ict_website": "uses_website",
        "ict_social_media": "uses_social_media", "ict_emarketplace": "uses_emarketplace",
        "website_url": "website"}
    db.surveys.import_form(form, SHIPPED.name)
    ref = db.surveys.form_ref(form.form_id, form.version)
    sme = db.smes.create({"name": "Bopha Silk", "uses_fax": 0, "uses_social_media": 1,
                          "uses_fixed_phone": 1})[0].record_id
    state = FormState(form, {
        "biz_name": "Bopha Silk", "respondent_role": "owner", "economy": "KH",
        "province": "Siem Reap", "sector": "handicrafts", "year_started": 2009,
        "emp_total": 14, "emp_female": 11, "markets": ["local"],
        "tools": ["fax", "mobile", "email", "website"], "uses_internet": "yes",
        "website_url": "www.bophasilk.com.kh"})
    answers = state.answers()
    assert (answers["ict_fax"], answers["ict_social_media"]) == ("yes", "no")
    result = db.surveys.submit_response(db.surveys.create_draft(ref, sme_id=sme), answers)
    stored = db.smes.get(sme)
    assert (stored.year_founded, stored.employees_total, stored.employees_female,
            stored.website) == (2009, 14, 11, "www.bophasilk.com.kh")
    assert (stored.uses_fax, stored.uses_fixed_phone, stored.uses_mobile, stored.uses_email,
            stored.uses_website, stored.uses_social_media, stored.uses_emarketplace) == (
        1, 0, 1, 1, 1, 0, 0)
    assert result.sme_update is not None and result.sme_update.unread == ()
    assert len(sme_updates(db, sme)) == 1
