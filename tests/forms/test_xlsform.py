"""Importing XLSForms through pyxform: every type, languages, settings, and clear problems."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gmsdesk.forms import Form, FormDefinitionError, Problem, load_xlsform
from gmsdesk.forms.model import shown_questions
from tests.forms import write_xlsform

HEADER = ["type", "name", "label::English (en)", "label::Khmer (km)", "hint::English (en)",
          "required", "relevant", "constraint", "calculation", "default", "appearance",
          "parameters"]
SETTINGS: list[list[str]] = [["form_title", "form_id", "version", "default_language"],
            ["Needs assessment", "needs", "2024.1", "English (en)"]]
CHOICES: list[list[str | None]] = [
    ["list_name", "name", "label::English (en)", "label::Khmer (km)", "country"],
           ["yesno", "yes", "Yes", "បាទ/ចាស", None],
           ["yesno", "no", "No", "ទេ", None],
           ["country", "KH", "Cambodia", "កម្ពុជា", None],
           ["country", "LA", "Lao PDR", None, None],
           ["province", "SR", "Siem Reap", "សៀមរាប", "KH"],
           ["province", "VT", "Vientiane", None, "LA"]]


def row(kind: str, name: str, label: str = "", km: str | None = None, **columns: str) -> list:
    values = {"hint::English (en)": columns.pop("hint", None)}
    values.update(columns)
    return [kind, name, label, km, *(values.get(h) for h in HEADER[4:])]


def load(tmp_path: Path, survey: list, choices: list | None = CHOICES,
         settings: list | None = SETTINGS) -> tuple[Form | None, list[Problem]]:
    return load_xlsform(write_xlsform(tmp_path, [HEADER, *survey], choices, settings))


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


def test_every_supported_type_is_read(tmp_path: Path) -> None:
    form, problems = load(tmp_path, [
        row("text", "business", "Business name", "ឈ្មោះអាជីវកម្ម", hint="as registered"),
        row("integer", "staff", "Staff"),
        row("decimal", "turnover", "Turnover"),
        row("select_one yesno", "online", "Online?"),
        row("select_multiple yesno", "both", "Both"),
        row("date", "founded", "Founded"),
        row("time", "opens", "Opens at"),
        row("note", "intro", "Thank you"),
        row("calculate", "per_staff", calculation="${turnover} div ${staff}"),
        row("acknowledge", "consent", "I agree"),
        row("range", "score", "Score", parameters="start=0 end=10 step=2"),
        row("begin group", "contact", "Contact"),
        row("text", "phone", "Phone"),
        row("end group", ""),
        row("begin repeat", "products", "Products"),
        row("text", "product", "Product"),
        row("end repeat", ""),
    ])
    assert errors(problems) == []
    assert form is not None
    types = {q.name: q.type for q in form.questions}
    assert types == {
        "business": "text", "staff": "integer", "turnover": "decimal", "online": "select_one",
        "both": "select_multiple", "founded": "date", "opens": "time", "intro": "note",
        "per_staff": "calculate", "consent": "acknowledge", "score": "range", "phone": "text",
        "product": "text"}
    assert form.question("score").parameters == {"start": 0, "end": 10, "step": 2}
    assert [c.name for c in form.question("online").choices] == ["yes", "no"]
    assert form.question("phone").group_path == ("contact",)
    assert form.question("product").repeat == "products"
    assert form.group("products").repeat and not form.group("contact").repeat
    assert form.question("business").hint("en") == "as registered"
    assert form.question("per_staff").read_only


def test_settings_and_languages(tmp_path: Path) -> None:
    form, problems = load(tmp_path, [
        row("text", "business", "Business name", "ឈ្មោះអាជីវកម្ម"),
        row("select_one country", "country", "Country", "ប្រទេស"),
    ])
    assert form is not None, problems
    assert (form.form_id, form.version, form.title) == ("needs", "2024.1", "Needs assessment")
    assert form.default_language == "en"
    assert form.languages == ["en", "km"]
    business = form.question("business")
    assert business.label("km") == "ឈ្មោះអាជីវកម្ម"
    assert business.label("en") == "Business name"
    assert business.label("lo") == "Business name"  # no Lao: the default language
    laos = form.question("country").choice("LA")
    assert laos is not None and laos.label("km") == "Lao PDR"  # no Khmer for this choice
    assert form.title_in("km") == "Needs assessment"


def test_label_falls_back_to_any_language_when_default_is_missing(tmp_path: Path) -> None:
    path = write_xlsform(tmp_path, [["type", "name", "label::Khmer (km)", "label::Lao (lo)"],
                                    ["text", "a", "ក", None],
                                    ["text", "b", None, "ຂ"]],
                         settings=[["form_id", "version", "default_language"],
                                   ["f", "1", "Khmer (km)"]])
    form, problems = load_xlsform(path)
    assert form is not None, problems
    assert form.question("b").label("km") == "ຂ"
    assert form.question("a").label("lo") == "ក"
    assert form.question("a").label(None) == "ក"


def test_numeric_version_is_a_string_and_missing_version_is_derived(tmp_path: Path) -> None:
    form, _ = load(tmp_path, [row("text", "a", "A")],
                   settings=[["form_id", "version"], ["f", 2024050101]])
    assert form is not None and form.version == "2024050101"
    first, problems = load(tmp_path, [row("text", "a", "A")], settings=[["form_id"], ["f"]])
    again, _ = load(tmp_path, [row("text", "a", "A")], settings=[["form_id"], ["f"]])
    assert first is not None and again is not None
    assert first.version == again.version and first.version.startswith("auto-")
    warning = [p for p in problems if "no version" in p.message]
    assert warning and warning[0].severity == "warning"
    changed, _ = load(tmp_path, [row("text", "a", "A changed")], settings=[["form_id"], ["f"]])
    assert changed is not None and changed.version != first.version


def test_definition_round_trips_through_json(tmp_path: Path) -> None:
    form, _ = load(tmp_path, [
        row("select_one country", "country", "Country", "ប្រទេស"),
        row("select_one province", "province", "Province"),
        row("integer", "staff", "Staff", relevant="${country} = 'KH'", constraint=". > 0"),
        row("begin repeat", "products", "Products"),
        row("decimal", "price", "Price"),
        row("end repeat", ""),
        row("calculate", "total", calculation="sum(${price})"),
    ])
    assert form is not None
    stored = json.loads(json.dumps(form.definition))
    again = Form.from_definition(stored)
    assert [(q.name, q.type, q.label("km"), q.repeat, q.relevant, q.constraint)
            for q in again.questions] == [
        (q.name, q.type, q.label("km"), q.repeat, q.relevant, q.constraint)
        for q in form.questions]
    assert [c.label("km") for c in again.question("country").choices] == [
        c.label("km") for c in form.question("country").choices]
    assert (again.form_id, again.version, again.languages) == (
        form.form_id, form.version, form.languages)


def test_damaged_definition_is_refused_clearly() -> None:
    with pytest.raises(FormDefinitionError, match="background-audio"):
        Form.from_definition({"type": "survey", "name": "data", "id_string": "x",
                              "children": [{"type": "background-audio", "name": "where"}]})


def test_pyxform_aliases_are_understood(tmp_path: Path) -> None:
    path = write_xlsform(tmp_path, [
        ["type", "name", "label", "required", "relevance"],
        ["begin_group", "g", "G", None, None],
        ["select_one yesno or_other", "pick", "Pick", "TRUE", None],
        ["int", "n", "N", "true()", "${pick} = 'yes'"],
        ["end_group", None, None, None, None],
    ], choices=[["list_name", "name", "label"], ["yesno", "yes", "Yes"], ["yesno", "no", "No"]],
        settings=SETTINGS)
    form, problems = load_xlsform(path)
    assert form is not None, problems
    assert form.question("n").type == "integer" and form.question("n").required
    assert form.question("n").relevant == "${pick} = 'yes'"
    assert [c.name for c in form.question("pick").choices] == ["yes", "no", "other"]
    assert form.question("pick_other").relevant == "selected(../pick, 'other')"
    assert form.languages == []


def test_unsupported_type_is_an_error_on_its_row(tmp_path: Path) -> None:
    form, problems = load(tmp_path, [
        row("text", "a", "A"),
        row("background-audio", "where", "Where"),
        row("osm", "building", "Building"),
    ])
    assert form is None
    found = {(p.sheet, p.row): str(p) for p in errors(problems)}
    assert "background-audio" in found[("survey", 3)] and \
        "not supported" in found[("survey", 3)]
    assert "type 'osm'" in found[("survey", 4)]
    assert str(errors(problems)[0]).startswith("survey row 3: type 'background-audio'")


def test_metadata_and_ignored_columns_are_warnings_on_their_rows(tmp_path: Path) -> None:
    path = write_xlsform(tmp_path, [
        ["type", "name", "label", "media::audio", "guidance_hint", "appearance"],
        ["start", "started", None, None, None, None],
        ["text", "a", "A", "a.mp3", None, None],
        ["text", "b", "B", None, "ask kindly", "signature"],
    ], settings=SETTINGS)
    (tmp_path / "a.mp3").write_bytes(b"ID3")  # label audio is needed now (a Play button)
    form, problems = load_xlsform(path)
    assert form is not None, problems
    warnings = {(p.row, p.message.split(":")[0]) for p in problems if p.severity == "warning"}
    assert not any(p.row == 2 for p in problems)  # start is recorded now, as ODK does
    assert form.question("started").type == "start"
    assert not any(p.row == 3 for p in problems)  # label audio: a Play button, file needed
    assert (4, "column 'guidance_hint' is ignored") in warnings
    assert (4, "appearance 'signature' is ignored on the desktop") in {
        (p.row, p.message) for p in problems}
    assert [q.name for q in form.questions] == ["started", "a", "b"]
    assert [q.name for q in shown_questions(form)] == ["a", "b"]


@pytest.mark.parametrize(("survey", "choices", "sheet", "row_number", "words"), [
    ([row("select_one nolist", "a", "A")], CHOICES, "survey", 2, "choice list 'nolist'"),
    ([row("select_one yesno", "a", "A")], None, "survey", 2, "no choices sheet"),
    ([row("begin group", "g", "G"), row("text", "a", "A")], CHOICES, "survey", 2,
     "Unmatched 'begin_group'"),
    ([row("text", "a", "A", relevant="${a > 1")], CHOICES, "survey", 2, "relevant"),
    ([row("integer", "a", "A", constraint=". >< 3")], CHOICES, "survey", 2,
     "constraint '. >< 3'"),
    ([row("begin group", "g", "G"), row("text", "a", "A"), row("text", "a", "Again"),
      row("end group", "")], CHOICES, "survey", 4,
     "the name 'a' is already used on row 3 in the same group"),
    ([row("txet", "a", "A")], CHOICES, "survey", 2, "did you mean 'text'"),
    ([row("text", "a", "A", relevant="${nobody} = 1")], CHOICES, "survey", 2, "nobody"),
    ([row("calculate", "x", calculation="${y} + 1"), row("calculate", "y",
                                                          calculation="${x} + 1")],
     CHOICES, "survey", None, "circle"),
    ([row("calculate", "x", calculation="pulldata('prices', 'p', 'k', ${y})"),
      row("text", "y", "Y")], CHOICES, "survey", 2, "pulldata"),
    ([row("calculate", "x", calculation="instance('prices')/root/item[1]/price")], CHOICES,
     "survey", 2, "instance('prices') names no file attached"),
    ([row("select_one_from_file fruits.csv", "f", "F")], CHOICES, "survey", 2,
     "the form needs the file 'fruits.csv' (select_one_from_file), but it is not attached"),
])
def test_malformed_forms_give_clear_errors_with_rows(
        tmp_path: Path, survey: list, choices: list | None, sheet: str, row_number: int | None,
        words: str) -> None:
    form, problems = load(tmp_path, survey, choices)
    assert form is None
    matching = [p for p in errors(problems) if words in p.message]
    assert matching, [str(p) for p in problems]
    assert matching[0].sheet == sheet
    if row_number is not None:
        assert matching[0].row == row_number
    else:
        assert matching[0].row in (2, 3)


def test_duplicate_choice_names_point_at_the_choices_row(tmp_path: Path) -> None:
    form, problems = load(tmp_path, [row("select_one yesno", "a", "A")],
                          choices=[["list_name", "name", "label"], ["yesno", "yes", "Yes"],
                                   ["yesno", "yes", "Yes again"]])
    assert form is None
    assert [(p.sheet, p.row) for p in errors(problems)] == [("choices", 3)]


def test_workbook_without_a_survey_sheet(tmp_path: Path) -> None:
    path = write_xlsform(tmp_path, None, choices=CHOICES, settings=SETTINGS)
    form, problems = load_xlsform(path)
    assert form is None
    assert "survey" in errors(problems)[0].message


def test_files_that_are_not_workbooks(tmp_path: Path) -> None:
    missing, problems = load_xlsform(tmp_path / "absent.xlsx")
    assert missing is None and "not found" in problems[0].message
    text = tmp_path / "form.xlsx"
    text.write_text("type,name\ntext,a\n")
    broken, problems = load_xlsform(text)
    assert broken is None and problems[0].severity == "error"
    pdf = tmp_path / "form.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    other, problems = load_xlsform(pdf)
    assert other is None and ".xlsx" in problems[0].message


def test_required_message_in_two_languages(tmp_path: Path) -> None:
    path = write_xlsform(tmp_path, [
        ["type", "name", "label::English (en)", "label::Khmer (km)", "required",
         "required_message::English (en)", "required_message::Khmer (km)"],
        ["text", "owner", "Owner", "ម្ចាស់", "yes", "Who owns it?", "តើអ្នកណាជាម្ចាស់?"],
    ], settings=SETTINGS)
    form, problems = load_xlsform(path)
    assert form is not None, problems
    owner = form.question("owner")
    assert owner.required_message("en") == "Who owns it?"
    assert owner.required_message("km") == "តើអ្នកណាជាម្ចាស់?"
    assert owner.required_message("th") == "Who owns it?"


def test_problem_reads_as_a_sentence() -> None:
    assert str(Problem("survey", 12, "type 'geopoint' is not supported", "error")) == \
        "survey row 12: type 'geopoint' is not supported"
    assert str(Problem("settings", None, "no version", "warning")) == "settings sheet: no version"
    assert str(Problem(None, None, "the file was not found")) == "the file was not found"


def test_the_same_form_under_two_file_names_is_one_definition(tmp_path: Path) -> None:
    rows = [["type", "name", "label"], ["text", "shop", "Shop"]]
    settings = [["form_id", "version"], ["shops", "3"]]
    one, _ = load_xlsform(write_xlsform(tmp_path, rows, settings=settings, name="shops.xlsx"))
    two, _ = load_xlsform(write_xlsform(tmp_path, rows, settings=settings,
                                        name="shops (copy) final.xlsx"))
    assert one is not None and two is not None
    assert one.definition == two.definition


# -- read as pyxform reads a workbook --------------------------------------------------------------

def test_capital_headers_and_doubled_spaces_as_pyxform_reads_them(tmp_path: Path) -> None:
    form, problems = load_xlsform(write_xlsform(tmp_path, [
        ["TYPE", "NAME", "Label::English (en)", "REQUIRED", "Relevant"],
        ["select_multiple  tools", "tools", "Tools  you   use", "TRUE", None],
        ["select_one   yes_no", "online", "Online?", None, "selected(${tools},  'web')"],
        ["begin  group", "more", "More", None, None],
        ["text", "site", "Site", None, None],
        ["end  group", None, None, None, None],
    ], [["LIST_NAME", "NAME", "LABEL"], ["tools", "web", "Website"], ["yes_no", "yes", "Yes"],
        ["yes_no", "no", "No"]],
        [["FORM_ID", "Version", "FORM_TITLE"], ["tools_survey", "7", "Tools"]]))
    assert form is not None, [str(p) for p in problems]
    assert problems == []  # no "no form_id", no "setting 'FORM_ID' is ignored"
    assert (form.form_id, form.version, form.title) == ("tools_survey", "7", "Tools")
    assert form.question("tools").label("en") == "Tools you use"
    assert [c.name for c in form.question("online").choices] == ["yes", "no"]
    assert form.question("site").group_path == ("more",)


def test_doubled_spaces_kept_when_the_settings_say_so(tmp_path: Path) -> None:
    form, problems = load_xlsform(write_xlsform(
        tmp_path, [["type", "name", "label"], ["select_one  yes_no", "a", "A"]],
        [["list_name", "name", "label"], ["yes_no", "yes", "Yes"]],
        [["form_id", "version", "clean_text_values"], ["f", "1", "no"]]))
    assert form is None  # pyxform refuses it too
    assert any(p.row == 2 and "select_one  yes_no" in p.message for p in errors(problems))


def test_pyxform_error_is_kept_with_gms_desks_own(tmp_path: Path) -> None:
    encrypted = [["form_id", "version", "public_key", "omit_instanceID"],
                 ["f", "1", "MIIBIjANBgkq", "yes"]]
    form, problems = load(tmp_path, [
        row("background-audio", "where", "Where"),  # 2: GMS Desk's refusal
    ], settings=encrypted)
    assert form is None
    found = [(p.sheet, p.row, p.message) for p in errors(problems)]
    assert any(f[:2] == ("survey", 2) and "background-audio" in f[2] for f in found)
    # pyxform's, about the whole file, is not dropped because row 2 was refused first
    assert (None, None, "Cannot omit instanceID, it is required for encryption.") in found


def test_a_row_is_not_refused_twice(tmp_path: Path) -> None:
    form, problems = load(tmp_path, [row("text", "a", "A"), row("Text", "b", "B")])
    assert form is None
    # pyxform's "Unknown question type 'Text'." (no row) is about row 3, refused already
    assert [(p.row, p.message) for p in errors(problems)] == [
        (3, "type 'Text' is not an XLSForm question type (did you mean 'text'?)")]


def test_a_pyxform_error_naming_two_rows_is_two_problems(tmp_path: Path) -> None:
    form, problems = load(tmp_path, [row("select_one size", "size", "Size")], choices=[
        ["list_name", "name", "label"], ["size", "micro", "Micro"], ["size", "small", "Small"],
        ["size", "micro", "Micro again"], ["size", "small", "Small again"]])
    assert form is None
    assert [(p.sheet, p.row) for p in errors(problems)] == [("choices", 4), ("choices", 5)]
    assert all(not p.message.startswith("[row") and "[row" not in p.message
               for p in problems)


def test_a_warning_of_several_lines_stays_one_warning(tmp_path: Path) -> None:
    (tmp_path / "yes.png").write_bytes(b"\x89PNG\r\n\x1a\n")  # shown beside the choice
    form, problems = load_xlsform(write_xlsform(tmp_path, [
        ["type", "name", "label::English (en)", "label::Khmer (km)", "hint::English (en)"],
        ["select_one yn", "a", "A", "ក", "a hint"],
    ], [["list_name", "name", "label::English (en)", "label::Khmer (km)", "image::English (en)"],
        ["yn", "y", "Yes", "បាទ", "yes.png"]], SETTINGS))
    assert form is not None
    missing = [p for p in problems if "is missing" in p.message]
    assert len(missing) == 1 and missing[0].severity == "warning"
    assert "survey hint" in missing[0].message and "choices image" in missing[0].message


def test_select_multiple_of_a_repeats_answers_is_named_plainly(tmp_path: Path) -> None:
    # pyxform 4.5 fails with KeyError('${who}') here when the workbook has a choices sheet
    form, problems = load_xlsform(write_xlsform(tmp_path, [
        ["type", "name", "label"],
        ["begin_repeat", "member", "Member"],
        ["text", "who", "Name"],
        ["end_repeat", "", ""],
        ["select_multiple ${who}", "earners", "Who earns money?"],
    ], [["list_name", "name", "label"], ["yn", "yes", "Yes"]], SETTINGS))
    assert form is None
    assert [(p.sheet, p.row, p.message) for p in errors(problems)] == [
        ("survey", 5, "'select_multiple ${who}' (several of the answers given in a repeat) "
                      "cannot be read: pyxform does not read a select_multiple of a repeat's "
                      "answers; use 'select_one ${who}', or a list on the choices sheet")]


def test_a_form_without_questions_is_refused(tmp_path: Path) -> None:
    for survey in ([row("start", "start"), row("calculate", "x", calculation="1")], []):
        form, problems = load(tmp_path, survey)
        assert form is None
        assert "no questions to ask" in errors(problems)[0].message


def test_datetime_hidden_metadata_and_aliases(tmp_path: Path) -> None:
    form, problems = load(tmp_path, [
        row("datetime", "met", "Met at"),
        row("dateTime", "left", "Left at"),
        row("hidden", "src", default="kobo"),
        row("phone number", "tel", "Phone"),
        row("percentage", "share", "Share online"),
        row("trigger", "ok", "Press OK"),
        row("start time", "began"),
        row("imei", "device"),
        row("audit", "audit"),
    ])
    assert form is not None, [str(p) for p in problems]
    kinds = {q.name: q.type for q in form.questions}
    assert kinds == {"met": "datetime", "left": "datetime", "src": "hidden", "tel": "text",
                     "share": "integer", "ok": "acknowledge", "began": "start",
                     "device": "deviceid"}
    # what pyxform's type brings: digits only, with its hint
    assert form.question("tel").constraint == r"regex(., '^\d*$')"
    assert form.question("tel").hint("en") == "Enter numbers only."
    assert form.question("share").constraint == "0 <= . and . <= 100"
    assert [q.name for q in shown_questions(form)] == ["met", "left", "tel", "share", "ok"]
    assert [(p.row, p.severity) for p in problems if "audit" in p.message] == [(10, "warning")]


def test_a_loop_is_expanded_as_pyxform_expands_it(tmp_path: Path) -> None:
    form, problems = load(tmp_path, [
        row("begin loop over yesno", "loop", "Loop"),
        row("integer", "n", "How many %(label)s?"),
        row("integer", "m", "Of which", constraint=". <= ../n"),
        row("end loop", ""),
    ])
    assert form is not None, [str(p) for p in problems]
    assert [(q.name, q.group_path) for q in form.questions] == [
        ("yes_n", ("loop", "yes")), ("yes_m", ("loop", "yes")),
        ("no_n", ("loop", "no")), ("no_m", ("loop", "no"))]
    assert form.question("no_n").label("en") == "How many No?"
    assert form.question("no_m").constraint == ". <= ${no_n}"
    assert Form.from_definition(json.loads(json.dumps(form.definition))).questions[3].name \
        == "no_m"
