"""Problems in the user's language, weekday and month names in the UI's, and jr:itext().

Every problem an import gives carries its message marked for translation (context "Forms"),
its own words and pyxform's alike; a count is a real plural (%n); format-date() writes the
names in the language the response's state is given; jr:itext() reads the form's texts.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from gmsdesk.forms import Problem, load_xlsform
from gmsdesk.forms.engine import FormState
from gmsdesk.forms.expressions import ExpressionError, evaluate
from gmsdesk.forms.problems import Message
from gmsdesk.forms.xlsform import pyxform_message
from tests.forms import write_xlsform

DATA = Path(__file__).resolve().parents[1] / "data" / "forms"
HEADER = ["type", "name", "label::English (en)", "label::Khmer (km)", "hint::English (en)",
          "hint::Khmer (km)", "calculation"]
SETTINGS = [["form_title", "form_id", "version", "default_language"],
            ["Texts", "texts", "1", "English (en)"]]
CHOICES = [["list_name", "name", "label::English (en)", "label::Khmer (km)"],
           ["yesno", "yes", "Yes", "បាទ/ចាស"],
           ["yesno", "no", "No", "ទេ"]]


def bracketed(text: str) -> str:
    """A stand-in translation that shows which part was translated."""
    return "<" + text + ">"


def load(tmp_path: Path, *survey: list[str | None]) -> tuple[object, list[Problem]]:
    return load_xlsform(write_xlsform(tmp_path, [HEADER, *survey], CHOICES, SETTINGS))


@pytest.mark.parametrize("path", sorted(DATA.glob("**/*.xlsx")), ids=lambda p: p.stem)
def test_every_problem_of_the_corpus_can_be_translated(path: Path) -> None:
    _, problems = load_xlsform(path)
    for problem in problems:
        assert problem.text, f"{path.name}: not marked for translation: {problem}"
        assert problem.translated(lambda text: text) == problem.message


def test_an_expression_error_is_translated_inside_its_problem(tmp_path: Path) -> None:
    _, problems = load(tmp_path, ["integer", "age", "Age", None, None, None, None],
                       ["calculate", "double", None, None, None, None, "${age} *"])
    problem = next(p for p in problems if p.is_error)
    assert problem.message == "calculation '${age} *': the expression ends too early"
    assert problem.text == "{column} '{source}': {error}"
    assert problem.translated(bracketed) == \
        "<calculation '${age} *': <the expression ends too early>>"


def test_argument_counts_are_plurals() -> None:
    with pytest.raises(ExpressionError) as raised:
        evaluate("substr('abc')")
    message = raised.value.marked
    assert str(raised.value) == "substr() takes 2 to 3 argument(s), not 1"
    assert message.count == 3 and "%n" in message.text
    problem = Problem.of("survey", 4, "{error}", error=raised.value)
    assert problem.nested[0][1].count == 3
    # the screen's plural translation gets the count; without one %n is written in
    plural = problem.translated(bracketed, lambda text, n: text.replace(
        "%n argument(s)", f"{n} arguments"))
    assert plural == "<substr() takes 2 to 3 arguments, not 1>"
    assert problem.translated(bracketed) == "<<substr() takes 2 to 3 argument(s), not 1>>"


def test_a_translation_that_does_not_fit_keeps_the_english() -> None:
    problem = Problem.of("survey", 2, "type '{type}' is not supported", type="rank x")
    assert problem.translated(lambda text: "{other}") == problem.message
    assert Message.of("no {placeholder} here").english == "no {placeholder} here"


def test_common_pyxform_messages_are_worded_for_translation(tmp_path: Path) -> None:
    cases = {
        "Unknown question type 'Text'.": ("type '{type}' is not an XLSForm question type",
                                          {"type": "Text"}),
        "List name not in choices sheet: colours": (
            "the choice list '{list}' is not on the choices sheet", {"list": "colours"}),
        "Unmatched 'begin_group'. No matching 'end_group' was found for the name 'hh'.": (
            "'begin {type}' {name} has no 'end {type}' after it",
            {"type": "group", "name": "hh"}),
    }
    for pyxform, (text, args) in cases.items():
        message = pyxform_message(pyxform)
        assert message.text == text and dict(message.args) == args, pyxform
    other = pyxform_message("Something pyxform never said before.")
    assert other.text.startswith("pyxform, the XLSForm reader ODK uses, says:")
    assert dict(other.args) == {"message": "Something pyxform never said before."}


def test_pyxform_problems_keep_pyxform_english(tmp_path: Path) -> None:
    _, problems = load(tmp_path, ["begin group", "hh", "Household", None, None, None, None],
                       ["text", "name", "Name", None, None, None, None])
    problem = next(p for p in problems if "Unmatched" in p.message)
    assert problem.message.startswith("Unmatched 'begin_group'.")  # pyxform's own words
    assert problem.translated(lambda text: text) == problem.message
    assert problem.translated(bracketed) == "<'begin group' hh has no 'end group' after it>"


def test_format_date_names_follow_the_state_language(tmp_path: Path) -> None:
    form, problems = load(tmp_path, ["date", "day", "Day", None, None, None, None],
                          ["calculate", "shown", None, None, None, None,
                           "format-date(${day}, '%a %e %b')"])
    assert form is not None, problems
    for lang, expected in ((None, "Sat 9 Mar"), ("km", "សៅរ៍ 9 មីនា"), ("zh_CN", "周六 9 3月"),
                           ("vi", "Th 7 9 thg 3"), ("th", "ส. 9 มีนาคม")):
        state = FormState(form, {"day": "2024-03-09"}, names_language=lang,
                          today=dt.date(2024, 3, 9))
        assert state.value("shown", None) == expected, lang


def test_jr_itext_reads_the_form_texts_in_its_language(tmp_path: Path) -> None:
    form, problems = load(
        tmp_path,
        ["select_one yesno", "agree", "Agree?", "យល់ព្រម?", "Pick one", "ជ្រើសរើស", None],
        ["calculate", "label", None, None, None, None, "jr:itext('/texts/agree:label')"],
        ["calculate", "hint", None, None, None, None, "jr:itext('/texts/agree:hint')"],
        ["calculate", "no", None, None, None, None, "jr:itext('yesno-1')"])
    assert form is not None, problems
    english = FormState(form, {}, lang="en")
    assert [english.value(n, None) for n in ("label", "hint", "no")] == \
        ["Agree?", "Pick one", "No"]
    khmer = FormState(form, {}, lang="km")
    assert [khmer.value(n, None) for n in ("label", "hint", "no")] == \
        ["យល់ព្រម?", "ជ្រើសរើស", "ទេ"]


@pytest.mark.parametrize("source", ["jr:itext('/texts/nowhere:label')", "jr:itext('yesno-7')",
                                    "jr:itext(${agree})"])
def test_jr_itext_of_an_unknown_id_says_what_to_write(tmp_path: Path, source: str) -> None:
    form, problems = load(
        tmp_path, ["select_one yesno", "agree", "Agree?", None, None, None, None],
        ["calculate", "label", None, None, None, None, source])
    assert form is None
    message = next(p for p in problems if p.is_error).message
    assert "jr:choice-name(${q}, '${q}')" in message, message
