"""Repeats inside repeats and the same name in two groups, as XLSForm allows them: answered,
stored and reopened, summarised (each repeat a table of all its instances) and exported as ODK
Central does (a sheet per repeat, each row linked to its instance by PARENT_KEY and KEY)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from gmsdesk.forms import FormState, load_xlsform
from gmsdesk.forms.export import export_responses
from gmsdesk.forms.model import Form
from gmsdesk.forms.summary import repeat_rows, summarize
from gmsdesk.storage.db import Database

SURVEY = [
    ["type", "name", "label", "calculation", "relevant", "repeat_count"],
    ["begin repeat", "household", "Household", "", "", ""],
    ["text", "hh_name", "Household", "", "", ""],
    ["select_one yes_no", "has_kids", "Children?", "", "", ""],
    ["begin repeat", "member", "Member", "", "", ""],
    ["integer", "age", "Age", "", "", ""],
    ["calculate", "pos", "", "position(..)", "", ""],
    ["end repeat", "", "", "", "", ""],
    ["begin repeat", "child", "Child", "", "${has_kids} = 'yes'", "2"],
    ["text", "name", "Name", "", "", ""],
    ["end repeat", "", "", "", "", ""],
    ["calculate", "ages", "", "sum(${age})", "", ""],
    ["end repeat", "", "", "", "", ""],
    ["calculate", "all_ages", "", "sum(${age})", "", ""],
    ["calculate", "second_first", "", "indexed-repeat(${age}, ${household}, 2, ${member}, 1)",
     "", ""],
    ["begin group", "mother", "Mother", "", "", ""],
    ["text", "name", "Name", "", "", ""],
    ["end group", "", "", "", "", ""],
]
CHOICES = [["list_name", "name", "label"], ["yes_no", "yes", "Yes"], ["yes_no", "no", "No"]]


@pytest.fixture
def form(tmp_path: Path) -> Form:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "survey"
    for row in SURVEY:
        sheet.append(row)
    choices = book.create_sheet("choices")
    for row in CHOICES:
        choices.append(row)
    settings = book.create_sheet("settings")
    settings.append(["form_id", "version"])
    settings.append(["households", "1"])
    book.save(tmp_path / "households.xlsx")
    found, problems = load_xlsform(tmp_path / "households.xlsx")
    assert found is not None, [str(p) for p in problems]
    return found


def fill(form: Form) -> FormState:
    state = FormState(form)
    first, second = state.add_repeat("household"), state.add_repeat("household")
    assert (first, second) == (0, 1)
    state.set("hh_name", "Chan", 0)
    state.set("hh_name", "Keo", 1)
    assert state.add_repeat("member", 0) == (0, 0)
    assert state.add_repeat("member", 0) == (0, 1)
    assert state.add_repeat("member", 1) == (1, 0)
    for index, age in (((0, 0), 40), ((0, 1), 12), ((1, 0), 70)):
        state.set("age", age, index)
    return state


def test_instances_inside_instances(form: Form) -> None:
    state = fill(form)
    # a name two groups use is known by its path
    assert [q.name for q in form.questions if q.xml_name == "name"] == [
        "household/child/name", "mother/name"]
    assert state.repeat_count("member", 0) == 2 and state.repeat_count("member", 1) == 1
    assert (state.get("ages", 0), state.get("ages", 1), state.get("all_ages")) == (52, 70, 122)
    assert state.get("pos", (0, 1)) == 2 and state.get("second_first") == 70
    # A repeat with a fixed count inside a repeat: two instances in each household, shown
    # only where the household has children.
    assert state.repeat_count("child", 0) == 2
    assert not state.relevant("child", 0) and not state.relevant("household/child/name",
                                                                 (0, 1))
    state.set("has_kids", "yes", 0)
    assert state.relevant("child", 0) and not state.relevant("child", 1)
    state.set("household/child/name", "Dara", (0, 1))
    with pytest.raises(ValueError, match="give the instance index"):
        state.get("age", 0)
    with pytest.raises(IndexError):
        state.add_repeat("member", 5)
    state.remove_repeat("member", (0, 0))
    assert (state.get("ages", 0), state.get("all_ages"), state.get("pos", (0, 0))) == (
        12, 82, 1)
    state.set("mother/name", "Srey")
    answers = state.answers()
    assert answers["household"][0]["member"] == [{"age": 12, "pos": 1}]
    assert answers["household"][0]["child"] == [{}, {"household/child/name": "Dara"}]
    assert "child" not in answers["household"][1]  # not relevant there: left out
    assert answers["mother/name"] == "Srey"
    again = FormState(form, answers)
    assert again.answers() == answers
    assert again.get("all_ages") == 82


def test_nested_tables_summarised_and_exported(form: Form, db: Database,
                                               tmp_path: Path) -> None:
    db.surveys.import_form(form, "households.xlsx")
    ref = db.surveys.form_ref("households", "1")
    state = fill(form)
    state.set("has_kids", "yes", 0)
    state.set("household/child/name", "Dara", (0, 0))
    draft = db.surveys.create_draft(ref)
    response_id = db.surveys.submit_response(draft, state.answers()).response_id
    answers = db.surveys.response(response_id).answers
    # households, members, children (of the household with children)
    assert {k: len(v) for k, v in repeat_rows(answers).items()} == {
        "household": 2, "member": 3, "child": 2}

    forms = db.surveys.forms_by_version("households")
    stored = db.surveys.summary("households")
    assert stored == summarize(forms, [("1", answers)])
    ages = {q.name: q for q in stored.questions}["age"]
    assert ages.repeat == "member" and ages.item.answered == 3

    out = tmp_path / "households.csv"
    result = export_responses(db, "households", out)
    assert result.repeat_rows == {"household": 2, "member": 3, "child": 2}
    with open(out.with_name("households-member.csv"), encoding="utf-8-sig") as handle:
        members = list(csv.DictReader(handle))
    assert [(m["age"], m["PARENT_KEY"], m["KEY"]) for m in members] == [
        ("40", f"{response_id}/household[1]", f"{response_id}/household[1]/member[1]"),
        ("12", f"{response_id}/household[1]", f"{response_id}/household[1]/member[2]"),
        ("70", f"{response_id}/household[2]", f"{response_id}/household[2]/member[1]"),
    ]
    with open(out, encoding="utf-8-sig") as handle:
        header = next(csv.reader(handle))
    assert "mother-name" in header  # the group path and the name as the form writes it
    with open(out.with_name("households-child.csv"), encoding="utf-8-sig") as handle:
        assert next(csv.reader(handle))[0] == "name"


def test_relative_paths_reach_the_right_one_of_two_names(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "survey"
    for row in [["type", "name", "label", "calculation"],
                ["begin group", "mother", "Mother", ""],
                ["integer", "age", "Age", ""],
                ["end group", "", "", ""],
                ["begin group", "father", "Father", ""],
                ["integer", "age", "Age", ""],
                ["calculate", "gap", "", "../age - /data/mother/age"],
                ["calculate", "both", "", "sum(../../mother/age | ../age)"],
                ["end group", "", "", ""]]:
        sheet.append(row)
    settings = book.create_sheet("settings")
    settings.append(["form_id", "version", "name"])
    settings.append(["parents", "1", "data"])
    book.save(tmp_path / "parents.xlsx")
    found, problems = load_xlsform(tmp_path / "parents.xlsx")
    assert found is not None, [str(p) for p in problems]
    state = FormState(found)
    state.set("mother/age", 34)
    state.set("father/age", 38)
    assert (state.get("gap"), state.get("both")) == (4, 72)
    assert found.question("father/age").xml_name == "age"
    assert found.locate("gap", ("..", "..", "mother", "age"), False) == "mother/age"


def test_repeat_rows_flatten_in_order() -> None:
    answers: dict[str, Any] = {"h": [{"m": [{"a": 1}, {"a": 2}]}, {"m": [{"a": 3}]}],
                               "x": 1}
    assert repeat_rows(answers) == {"h": answers["h"], "m": [{"a": 1}, {"a": 2}, {"a": 3}]}


def test_labelled_export_has_the_nested_rows_too(form: Form, db: Database,
                                                 tmp_path: Path) -> None:
    from gmsdesk.services.surveys import export_labelled

    db.surveys.import_form(form, "households.xlsx")
    ref = db.surveys.form_ref("households", "1")
    state = fill(form)
    state.set("has_kids", "yes", 0)
    draft = db.surveys.create_draft(ref)
    db.surveys.submit_response(draft, state.answers())
    raw = export_responses(db, "households", tmp_path / "raw.csv")
    labelled = export_labelled(db, "households", tmp_path / "labelled.csv", lang=None)
    assert labelled.repeat_rows == raw.repeat_rows == {"household": 2, "member": 3, "child": 2}
