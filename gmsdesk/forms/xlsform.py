"""Import an XLSForm (.xlsx/.xls) through pyxform, the library ODK itself uses.

The workbook is read, converted to pyxform's JSON and on to an XForm exactly as ODK's tools
do, so a form ODK rejects is rejected here too, with pyxform's own message and row. On top of
that, every row is checked for what GMS Desk cannot honour: an unsupported type is an error on
its row, an ignored column a warning on its row; nothing is dropped silently.
"""

from __future__ import annotations

import dataclasses
import difflib
import hashlib
import json
import logging
import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from pyxform import aliases
from pyxform.builder import create_survey_element_from_dict
from pyxform.constants import LIST_NAME_S
from pyxform.errors import PyXFormError
from pyxform.parsing.sheet_headers import process_header, to_snake_case
from pyxform.question import MultipleChoiceQuestion
from pyxform.question_type_dictionary import QUESTION_TYPE_DICT
from pyxform.xls2json import (
    RE_BEGIN_CONTROL,
    RE_END_CONTROL,
    RE_OSM,
    RE_SELECT,
    dealias_types,
    workbook_to_json,
)
from pyxform.xls2json_backends import DefinitionData, get_xlsform

from gmsdesk.forms.entities import SAVE_TO, check_workbook
from gmsdesk.forms.form_files import (
    CHOICE_MEDIA,
    SHOWN_MEDIA,
    Finder,
    attach,
    finder_for,
    media_folder,
)
from gmsdesk.forms.model import (
    IGNORED_METADATA,
    METADATA_TYPES,
    QUESTION_TYPES,
    TYPE_ALIASES,
    Form,
    build_form,
    language_code,
    shown_questions,
    split_search,
)
from gmsdesk.forms.problems import Message, Problem
from gmsdesk.forms.sheets import (
    choices_rows,
    external_choices_rows,
    settings_column,
    settings_row,
    survey_sheet,
)
from gmsdesk.i18n import QT_TRANSLATE_NOOP

__all__ = ["DEFINITION_FORMAT", "Problem", "load_xlsform", "load_xlsform_bytes",
           "pyxform_message"]

log = logging.getLogger(__name__)

DEFINITION_FORMAT = 1
SUPPORTED_SUFFIXES = (".xlsx", ".xlsm", ".xls")

# Columns GMS Desk honours (as pyxform groups them); anything else gets a warning.
_TOP_COLUMNS = {"type", "name", "label", "hint", "bind", "control", "default", "choice_filter",
                "parameters", "__row"}
_BIND_COLUMNS = {"required": "required", "jr:requiredMsg": "required_message",
                 "relevant": "relevant", "constraint": "constraint",
                 "jr:constraintMsg": "constraint_message", "readonly": "read_only",
                 "calculate": "calculation", SAVE_TO: "save_to"}
_CONTROL_COLUMNS = {"appearance", "jr:count"}
_COLUMN_REASONS = {
    "guidance_hint": QT_TRANSLATE_NOOP("Forms", "guidance hints are not shown by GMS Desk"),
    "trigger": QT_TRANSLATE_NOOP(
        "Forms", "trigger (recalculate when another question changes) is not supported"),
    "instance": QT_TRANSLATE_NOOP("Forms", "instance attributes are not supported"),
}
_NOT_USED = QT_TRANSLATE_NOOP("Forms", "GMS Desk does not use it")
_COLUMN_IGNORED = QT_TRANSLATE_NOOP("Forms", "column '{column}' is ignored: {reason}")
# Appearances the desktop renderer honours; others are warned about and ignored.
APPEARANCES = {"minimal", "multiline", "field-list", "horizontal", "horizontal-compact",
               "compact", "likert", "columns", "columns-pack", "columns-2", "columns-3",
               "columns-4", "columns-5", "no-calendar", "month-year", "year", "quick",
               "autocomplete", "numbers", "thousands-sep", "table-list", "label",
               "list-nolabel", "list", "vertical", "no-ticks", "distress", "rating",
               "picker"}
# Settings GMS Desk uses, under pyxform's names (FORM_ID, form_id and set_form_id are
# id_string; form_title is title).
_SETTINGS = {"title", "id_string", "version", "default_language", "allow_choice_duplicates",
             "clean_text_values", "name"}
# Settings columns that give the title in a language: form_title::Khmer (km).
_TITLE_COLUMNS = {"form_title", "title"}
_ROW_IN_MESSAGE = re.compile(r"^\s*\[row\s*:\s*(\d+)\]\s*")
# Where a pyxform message that names several rows starts the next one.
_NEXT_ROW = re.compile(r"\s*(?=\[row\s*:\s*\d+\])")
_SHEET_IN_MESSAGE = re.compile(r"On the '(\w+)' sheet")
_KNOWN_SUFFIX_TYPES = set(QUESTION_TYPE_DICT) | set(METADATA_TYPES)
# Rows that attach a file as a secondary instance, for instance() and pulldata().
_INSTANCE_TYPES = {"csv-external", "xml-external"}
_FROM_FILE = re.compile(r"^select_(one|multiple)_from_file\b|^select (one|multiple) from file\b")
# pyxform's common messages (pyxform 4.x, its row already taken off), worded by GMS Desk for
# translation; the problem keeps pyxform's English. Any other message is shown behind
# _PYXFORM_SAYS.
_PYXFORM_SAYS = QT_TRANSLATE_NOOP("Forms", "pyxform, the XLSForm reader ODK uses, says: "
                                           "{message}")
_PYXFORM: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p, re.S), t) for p, t in (
    (r"Unknown question type '(?P<type>[^']*)'\.?",
     QT_TRANSLATE_NOOP("Forms", "type '{type}' is not an XLSForm question type")),
    (r"List name not in choices sheet: (?P<list>.+)",
     QT_TRANSLATE_NOOP("Forms", "the choice list '{list}' is not on the choices sheet")),
    (r"On the '(?P<sheet>\w+)' sheet, the '(?P<column>[^']+)' value is invalid\. Names must "
     r"begin with a letter or underscore\..*",
     QT_TRANSLATE_NOOP("Forms", "the {column} on the {sheet} sheet is not a valid name: a name "
                                "begins with a letter or an underscore, followed by letters, "
                                "digits, underscores, hyphens or periods")),
    (r"On the 'choices' sheet, the 'name' value is invalid\. Choice names must be unique.*",
     QT_TRANSLATE_NOOP("Forms", "a choice list names the same choice twice: give each choice "
                                "of a list its own name, or set allow_choice_duplicates to yes "
                                "on the settings sheet")),
    (r"On the 'choices' sheet, the 'name' value is invalid\. Choices must have a name\..*",
     QT_TRANSLATE_NOOP("Forms", "the choice has no name: fill in its name column")),
    (r"On the '(?P<sheet>\w+)' sheet, the '(?P<column>[^']+)' value is invalid\. Reference "
     r"variables must contain a name from the 'survey' sheet\. Could not find the name "
     r"'(?P<name>[^']*)'\.",
     QT_TRANSLATE_NOOP("Forms", "the {column} refers to '{name}', which is not a name on the "
                                "survey sheet")),
    (r"On the '(?P<sheet>\w+)' sheet, the '(?P<column>[^']+)' value is invalid\. Reference "
     r"variables names must be unique anywhere in the 'survey'\. The name '(?P<name>[^']*)' "
     r"appears more than once\.",
     QT_TRANSLATE_NOOP("Forms", "the {column} refers to '{name}', a name used more than once on "
                                "the survey sheet: a name referred to must be used only once")),
    (r"Unmatched 'begin_(?P<type>\w+)'\. No matching 'end_\w+' was found for the name "
     r"'(?P<name>[^']*)'\.",
     QT_TRANSLATE_NOOP("Forms", "'begin {type}' {name} has no 'end {type}' after it")),
    (r"Unmatched 'end_(?P<type>\w+)'\. No matching 'begin_\w+' was found for the name "
     r"'(?P<name>[^']*)'\.",
     QT_TRANSLATE_NOOP("Forms", "'end {type}' {name} has no 'begin {type}' before it")),
    (r"Question or group with no name\.?",
     QT_TRANSLATE_NOOP("Forms", "the question or group has no name: fill in its name column")),
    (r"You must have a sheet named 'survey'\.\s*",
     QT_TRANSLATE_NOOP("Forms", "the workbook has no sheet named 'survey'")),
    (r"Duplicate column header: (?P<column>.+)",
     QT_TRANSLATE_NOOP("Forms", "the column '{column}' is in the header row twice")),
    (r"Cannot omit instanceID, it is required for encryption\.",
     QT_TRANSLATE_NOOP("Forms", "omit_instanceID cannot be used with encryption (public_key): "
                                "encrypted forms need the instanceID")),
    (r"Language '(?P<language>[^']*)' is missing the (?P<sheet>\w+) columns? "
     r"(?P<columns>.+?)\.?",
     QT_TRANSLATE_NOOP("Forms", "the language '{language}' has no text in these {sheet} "
                                "columns: {columns}")),
    (r"The following language declarations do not contain valid machine-readable codes: "
     r"(?P<languages>.+?)\. Learn more: (?P<link>\S+)",
     QT_TRANSLATE_NOOP("Forms", "these languages have no valid language code: {languages}; "
                                "write them as 'Khmer (km)'. Learn more: {link}")),
    (r"Use the max-pixels parameter to speed up submission sending and save storage space\. "
     r"Learn more: (?P<link>\S+)",
     QT_TRANSLATE_NOOP("Forms", "add the parameter max-pixels (for example max-pixels=1024) to "
                                "make photos smaller. Learn more: {link}")),
    (r"The survey element named '(?P<name>[^']*)' has no label or hint\.",
     QT_TRANSLATE_NOOP("Forms", "'{name}' has neither a label nor a hint")),
))


def load_xlsform(path: str | os.PathLike[str],
                 media: str | os.PathLike[str] | Sequence[Path] | None = None
                 ) -> tuple[Form | None, list[Problem]]:
    """Read through pyxform (xls2json). Never raises for bad input: Form is None when any
    problem is an error. Unsupported types/columns give a per-row problem, never a silent drop.

    The files the form needs (CSV for choices, images in labels: see forms.form_files) are
    read from `media` (a folder, or the files themselves), else from the folder ODK keeps
    them in (`NAME-media` next to `NAME.xlsx`), then from the form's own folder.
    """
    file = Path(path)
    if not file.is_file():
        return None, [Problem.of(None, None, QT_TRANSLATE_NOOP(
            "Forms", "the file '{file}' was not found"), file=file.name)]
    if file.suffix.lower() not in SUPPORTED_SUFFIXES:
        return None, [Problem.of(None, None, QT_TRANSLATE_NOOP(
            "Forms", "'{file}' is not an Excel workbook: save the XLSForm as .xlsx and import "
                     "it again"), file=file.name)]
    try:
        data = file.read_bytes()
    except OSError as error:
        return None, [Problem.of(None, None, QT_TRANSLATE_NOOP(
            "Forms", "the file '{file}' could not be read: {error}"),
            file=file.name, error=error.strerror or error)]
    where: Message
    if isinstance(media, str | os.PathLike):
        where = Message.of(QT_TRANSLATE_NOOP("Forms", "the folder '{folder}'"),
                           folder=Path(media).name)
    else:  # nothing given, or files chosen one by one (the others are looked for there)
        where = Message.of(QT_TRANSLATE_NOOP("Forms", "the folder '{folder}' next to the form"),
                           folder=media_folder(file).name)
    return _guarded(data, file.stem, finder_for(file, media), where)


def load_xlsform_bytes(data: bytes, name: str = "form",
                       media: Mapping[str, bytes] | None = None
                       ) -> tuple[Form | None, list[Problem]]:
    """The same as load_xlsform for a workbook already in memory (`name` stands for its file,
    `media` holds the files it needs by name)."""
    return _guarded(data, name, finder_for(None, media or {}),
                    Message(QT_TRANSLATE_NOOP("Forms", "the files given with the form")))


def _guarded(data: bytes, name: str, find: Finder, where: str | Message
             ) -> tuple[Form | None, list[Problem]]:
    try:
        return _load(data, name, find, where)
    except Exception as error:  # a pyxform bug on odd input must not take the app down
        log.exception("XLSForm import failed")
        return None, [Problem.of(None, None, QT_TRANSLATE_NOOP(
            "Forms", "the form could not be read: {error}"), error=error)]


def _repeat_select_multiple(workbook: DefinitionData, error: KeyError) -> Problem | None:
    """pyxform (4.5) fails with KeyError('${name}') on `select_multiple ${name}` when the
    workbook has a choices sheet: say what it is, on the row that wrote it."""
    key = str(error.args[0]) if error.args else ""
    if not re.fullmatch(r"\$\{\s*[^\W\d][\w.\-]*\s*\}", key):
        return None
    row: int | None = None
    for data in survey_sheet(workbook).data:
        written = str(data.get("type") or "")
        if key in written and re.match(r"\s*select(_|\s+)(multiple|all that apply)\b",
                                       written):
            row = int(data["__row"])
            break
    return Problem.of("survey" if row is not None else None, row, QT_TRANSLATE_NOOP(
        "Forms", "'select_multiple {name}' (several of the answers given in a repeat) cannot "
                 "be read: pyxform does not read a select_multiple of a repeat's answers; use "
                 "'select_one {name}', or a list on the choices sheet"), name=key)


def _load(data: bytes, name: str, find: Finder,  # noqa: C901 - one step per stage
          where: str | Message) -> tuple[Form | None, list[Problem]]:
    from io import BytesIO

    try:
        workbook = get_xlsform(BytesIO(data))
    except PyXFormError as error:
        return None, [Problem.of(None, None, QT_TRANSLATE_NOOP(
            "Forms", "the file could not be read as an XLSForm workbook (.xlsx or .xls): "
                     "{error}"), error=_strip_row(str(error))[1])]
    # The root element is named after the settings' `name`, else (pyxform) the file: with
    # form_id given, use it, so the same form saved under two file names is one definition.
    form_id = str(settings_row(workbook).get("id_string") or "").strip()
    workbook.fallback_form_name = _form_name(form_id or name)
    problems: list[Problem] = []
    rows: dict[str, int] = {}
    dropped: set[int] = set()
    try:
        if workbook.survey is not None:
            rows = _check_survey(workbook, problems)
            _check_choices(workbook, problems)
            _check_settings(workbook, problems)
            dropped = check_workbook(workbook, problems)
    except PyXFormError as error:
        problems.extend(_pyxform_problems(str(error), "error"))
    raw_errors = [p for p in problems if p.is_error]

    warnings: list[str] = []
    definition: dict[str, Any] | None = None
    try:
        definition = workbook_to_json(workbook_dict=_copy(workbook, dropped), warnings=warnings,
                                      fallback_form_name=workbook.fallback_form_name)
        survey = create_survey_element_from_dict(definition)
        survey.to_xml(validate=False, warnings=warnings)
    except PyXFormError as error:
        # pyxform's own words are kept whatever GMS Desk found first (one problem per row it
        # names): they may be about another row, or the whole file. Only a row GMS Desk has
        # already refused is not refused twice (its message says more: "did you mean").
        refused = {(p.sheet, p.row) for p in raw_errors if p.row is not None}
        for found in _pyxform_problems(str(error), "error"):
            found = _placed(found, raw_errors)
            if (found.sheet, found.row) not in refused:
                problems.append(found)
        definition = None
    except KeyError as error:
        named = _repeat_select_multiple(workbook, error)
        if named is None:
            raise
        problems.append(named)
        definition = None
    for warning in warnings:  # a warning of several lines is one warning
        if str(warning).strip():
            problems.append(_pyxform_problem(str(warning), "warning"))
    if definition is None or raw_errors:
        return None, _unique(problems)

    definition = json.loads(json.dumps(definition))  # plain JSON from here on
    # The files it needs and the external_choices it reads travel inside the definition.
    files, missing = attach(definition, find, rows, where)
    problems.extend(missing)
    if any(p.is_error for p in missing):
        return None, _unique(problems)
    extra: dict[str, Any] = {}
    if files:
        extra["files"] = files
    external = _external_choices(workbook, definition)
    if external:
        extra["external_choices"] = external
    _settle_settings(definition, workbook, problems, extra)
    form, built = build_form(definition, rows)
    problems.extend(built)
    if form is not None and not shown_questions(form):
        problems.append(Problem.of("survey", None, QT_TRANSLATE_NOOP(
            "Forms", "the form has no questions to ask: add rows with a question type (text, "
                     "integer, select_one ...) to the survey sheet")))
    if any(p.is_error for p in problems):
        return None, _unique(problems)
    return form, _unique(problems)


def _form_name(stem: str) -> str:
    cleaned = re.sub(r"[^\w.\-]", "_", stem).strip("_") or "form"
    return cleaned if re.match(r"[A-Za-z_]", cleaned) else "form_" + cleaned


def _copy(workbook: DefinitionData, drop_save_to: set[int] | None = None) -> DefinitionData:
    """pyxform edits some sheets in place; keep our reading of the workbook intact.
    `drop_save_to`: survey rows whose save_to is already refused (pyxform would refuse
    another row for it)."""
    copied = json.loads(json.dumps({
        k: getattr(workbook, k) for k in DefinitionData.__slots__}))
    # Translated titles are GMS Desk's (see `_titles`): pyxform would make the title a
    # mapping that no XForm can hold.
    for sheet in ("settings", "settings_header"):
        for row in copied.get(sheet) or []:
            for key in [k for k in row if _title_language(k)]:
                del row[key]
    if drop_save_to and copied.get("survey"):
        headers = list((copied.get("survey_header") or [{}])[0])
        double = any("::" in h for h in headers)
        columns = {h for h in headers if process_header(
            header=h, use_double_colon=double, header_aliases=aliases.survey_header,
            header_columns=set(MultipleChoiceQuestion.get_slot_names()))[1]
            == ("bind", SAVE_TO)}
        for number in drop_save_to:  # pyxform numbers the rows from 2
            if 0 <= number - 2 < len(copied["survey"]):
                for column in columns:
                    copied["survey"][number - 2].pop(column, None)
    return DefinitionData(**copied)


def _strip_row(message: str) -> tuple[int | None, str]:
    match = _ROW_IN_MESSAGE.match(message)
    if not match:
        return None, message.strip()
    return int(match[1]), message[match.end():].strip()


def _pyxform_problem(message: str, severity: str) -> Problem:
    """pyxform's message as a problem: its English words kept as `message`, worded for
    translation by GMS Desk when it is one of pyxform's common messages (_PYXFORM), else
    behind a translated lead-in that says pyxform wrote it."""
    row, text = _strip_row(message)
    sheet_match = _SHEET_IN_MESSAGE.search(text)
    sheet = sheet_match[1] if sheet_match else ("survey" if row is not None else None)
    return Problem.worded(sheet, row, pyxform_message(text), severity, english=text)


def pyxform_message(text: str) -> Message:
    """A message of pyxform's, marked for translation (see _PYXFORM)."""
    for pattern, wording in _PYXFORM:
        found = pattern.fullmatch(text.strip())
        if found:
            return Message.of(wording, **found.groupdict())
    return Message.of(_PYXFORM_SAYS, message=text)


def _placed(problem: Problem, found: list[Problem]) -> Problem:
    """pyxform's problem on the row GMS Desk found for the same thing, when pyxform gives no
    row ("Unknown question type 'Text'." is row 5's 'Text')."""
    if problem.row is not None:
        return problem
    quoted = {f"'{q}'" for q in re.findall(r"'([^']+)'", problem.message)}
    rows = {(p.sheet, p.row) for p in found
            if p.row is not None and any(q in p.message for q in quoted)}
    if len(rows) != 1:
        return problem
    sheet, row = rows.pop()
    return dataclasses.replace(problem, sheet=sheet, row=row)


def _pyxform_problems(message: str, severity: str) -> list[Problem]:
    """pyxform's message as problems: one per row when it names several ("[row : 3] ...
    [row : 5] ..."), else the whole message as one."""
    parts = [p for p in _NEXT_ROW.split(message.strip()) if p.strip()]
    if len(parts) > 1 and all(_ROW_IN_MESSAGE.match(p) for p in parts):
        return [_pyxform_problem(p, severity) for p in parts]
    return [_pyxform_problem(message, severity)]


def _unique(problems: list[Problem]) -> list[Problem]:
    seen: set[tuple[Any, ...]] = set()
    out: list[Problem] = []
    for problem in problems:
        key = (problem.sheet, problem.row, problem.message, problem.severity)
        if key not in seen:
            seen.add(key)
            out.append(problem)
    out.sort(key=lambda p: (p.severity != "error", p.sheet or "", p.row or 0))
    return out


# -- row checks ---------------------------------------------------------------------------------


def _choice_lists(workbook: DefinitionData) -> set[str] | None:
    if not workbook.choices:
        return None
    names: set[str] = set()
    for row in choices_rows(workbook):
        if row.get(LIST_NAME_S) not in (None, ""):
            names.add(str(row[LIST_NAME_S]).strip())
    return names


def _check_survey(workbook: DefinitionData, problems: list[Problem]) -> dict[str, int]:  # noqa: C901 - one check per survey column, in order
    sheet = survey_sheet(workbook)
    rows: dict[str, int] = {}
    lists = _choice_lists(workbook)

    def error(row: int, text: str, /, **args: object) -> None:
        problems.append(Problem.of("survey", row, text, "error", **args))

    def warn(row: int, text: str, /, **args: object) -> None:
        problems.append(Problem.of("survey", row, text, "warning", **args))

    def needs_list(row: int, what: str | Message, list_name: str) -> None:
        if lists is None:
            error(row, QT_TRANSLATE_NOOP(
                "Forms", "{what} needs the choice list '{list}', but the workbook has no "
                         "choices sheet"), what=what, list=list_name)
        elif list_name not in lists:
            error(row, QT_TRANSLATE_NOOP(
                "Forms", "the choice list '{list}' is not on the choices sheet{suggestion}"),
                list=list_name, suggestion=_suggest(list_name, lists))

    groups: list[str] = []  # the groups the row is in (names may repeat across groups)
    seen: dict[str, int] = {}  # "group/name" -> row
    for data in sheet.data:
        row = int(data["__row"])
        # What the person wrote names the type in messages ("image", not pyxform's "photo").
        written = str(data.get("type") or "").strip()
        kind = str(dealias_types([{"type": written}])[0]["type"])
        name = str(data.get("name") or "").strip()
        if not kind:
            continue
        if RE_END_CONTROL.search(kind):
            if groups:
                groups.pop()
            continue
        begin = RE_BEGIN_CONTROL.search(kind)
        if begin:
            if begin["type"] == "loop" and begin["list_name"]:
                needs_list(row, f"'{written}'", begin["list_name"])
        else:
            select = RE_SELECT.search(kind)
            if select:
                command = select["select_command"]
                list_name = select["list_name"]
                if command in aliases.select_from_file or command == "select_one_external":
                    pass  # an attached file, or the external_choices sheet: read at import
                elif str(list_name or "").strip().startswith("${"):
                    pass  # the answers in a repeat (pyxform checks the name)
                elif command == "rank":
                    error(row, QT_TRANSLATE_NOOP(
                        "Forms", "type '{type}' is not supported by GMS Desk; use "
                                 "select_multiple instead"), type=written)
                else:
                    needs_list(row, Message.of(QT_TRANSLATE_NOOP("Forms", "type '{type}'"),
                                               type=written), list_name)
            elif kind in _KNOWN_SUFFIX_TYPES or RE_OSM.search(kind):
                if (kind not in METADATA_TYPES and kind not in TYPE_ALIASES
                        and kind not in IGNORED_METADATA and kind not in _INSTANCE_TYPES):
                    error(row, QT_TRANSLATE_NOOP(
                        "Forms", "type '{type}' is not supported by GMS Desk; supported types: "
                                 "{types}, metadata (start, end, today, deviceid, username), "
                                 "groups, repeats and loops. Remove the row or change its type"),
                        type=written, types=", ".join(QUESTION_TYPES))
            else:
                hint = _suggest(written, [*QUESTION_TYPES, "begin group", "end group",
                                          "begin repeat", "end repeat"])
                error(row, QT_TRANSLATE_NOOP(
                    "Forms", "type '{type}' is not an XLSForm question type{suggestion}"),
                    type=written, suggestion=hint)
        if name:
            path = "/".join((*groups, name))
            if path in seen:
                error(row, QT_TRANSLATE_NOOP(
                    "Forms", "the name '{name}' is already used on row {row} in the same "
                             "group; a name may be used again only in another group"),
                    name=name, row=seen[path])
            else:
                seen[path] = row
                rows.setdefault(name, row)
                rows[path] = row  # a name used in two groups is known by its path
        if begin:
            groups.append(name)
        _check_columns(data, written, row, warn)
    return rows


def _suggest(word: str, choices: Sequence[str] | set[str]) -> str | Message:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return Message.of(QT_TRANSLATE_NOOP("Forms", " (did you mean '{name}'?)"),
                      name=close[0]) if close else ""


def _check_columns(data: Mapping[str, Any], kind: str, row: int,
                   warn: Any) -> None:
    for key, value in data.items():
        if key in _TOP_COLUMNS or value in (None, "", {}):
            continue
        reason = Message(_COLUMN_REASONS.get(key, _NOT_USED))
        names = [m for m in value if m not in SHOWN_MEDIA] \
            if key == "media" and isinstance(value, Mapping) else [key]
        for column in names:
            warn(row, _COLUMN_IGNORED, column=column, reason=reason)
    for key, value in (data.get("bind") or {}).items():
        if key not in _BIND_COLUMNS and value not in (None, ""):
            warn(row, _COLUMN_IGNORED, column=f"bind::{key}", reason=Message(_NOT_USED))
    control = data.get("control") or {}
    for key, value in control.items():
        if key not in _CONTROL_COLUMNS and value not in (None, ""):
            warn(row, _COLUMN_IGNORED, column=f"body::{key}", reason=Message(_NOT_USED))
    appearance = split_search(str(control.get("appearance") or ""))[0]  # search() is read
    for word in appearance.split():
        if word not in APPEARANCES and not word.startswith("columns"):
            warn(row, QT_TRANSLATE_NOOP("Forms", "appearance '{appearance}' is ignored on the "
                                                 "desktop"), appearance=word)
    if data.get("parameters") and kind != "range" and not (
            TYPE_ALIASES.get(kind) == "image"  # a photo's max-pixels is honoured
            and re.fullmatch(r"\s*max-pixels\s*=\s*\d+\s*", str(data["parameters"]))) and not (
            _FROM_FILE.search(kind)  # select_one_from_file's value= and label=
            and re.fullmatch(r"\s*((value|label|randomize|seed)\s*=\s*[^\s,]+[\s,]*)+",
                             str(data["parameters"]))) and not (
            RE_SELECT.search(kind)  # any select's randomize= and seed=
            and re.fullmatch(r"\s*((randomize|seed)\s*=\s*[^\s,]+[\s,]*)+",
                             str(data["parameters"]))):
        warn(row, QT_TRANSLATE_NOOP("Forms", "parameters '{parameters}' are ignored for type "
                                             "'{type}'"), parameters=data["parameters"], type=kind)


def _check_choices(workbook: DefinitionData, problems: list[Problem]) -> None:
    for index, row in enumerate(workbook.choices or [], start=2):
        for key, value in row.items():
            parts = [part.strip() for part in str(key).split("::")]
            base = to_snake_case(parts[0])
            if value in (None, ""):
                continue
            kind = parts[1].lower() if base == "media" and len(parts) > 1 else base
            if kind in CHOICE_MEDIA:
                continue  # shown beside the choice's label (the file travels with the form)
            if base in ("image", "big-image", "audio", "video", "media"):
                problems.append(Problem.of("choices", index, _COLUMN_IGNORED, "warning",
                                           column=key, reason=Message(QT_TRANSLATE_NOOP(
                                               "Forms", "media is not shown by GMS Desk"))))


def _title_language(key: str) -> str | None:
    """The language of a translated title column ("form_title::Khmer (km)" -> "km")."""
    base, sep, lang = str(key).partition("::")
    if sep and settings_column(base)[0] in _TITLE_COLUMNS and lang.strip():
        return language_code(lang.strip())
    return None


def _titles(workbook: DefinitionData) -> dict[str, str]:
    """The form's title in each language the settings sheet gives it in."""
    settings = (workbook.settings or [{}])[0] if workbook.settings else {}
    titles: dict[str, str] = {}
    for key, value in settings.items():
        code = _title_language(key)
        if code and value not in (None, "") and str(value).strip():
            titles.setdefault(code, str(value).strip())
    return titles


def _check_settings(workbook: DefinitionData, problems: list[Problem]) -> None:
    headers = list((workbook.settings_header or [{}])[0])
    double = any("::" in str(h) for h in headers)
    for index, row in enumerate(workbook.settings or [], start=2):
        for key, value in row.items():
            if (settings_column(key, double)[0] not in _SETTINGS and value not in (None, "")
                    and not _title_language(key)):
                problems.append(Problem.of("settings", index, QT_TRANSLATE_NOOP(
                    "Forms", "setting '{setting}' is ignored: GMS Desk does not use it"),
                    "warning", setting=key))


def _settle_settings(definition: dict[str, Any], workbook: DefinitionData,
                     problems: list[Problem], extra: Mapping[str, Any] | None = None) -> None:
    """The form's id and version, and GMS Desk's note in `_gmsdesk` (with `extra`: the
    attached files, the external choices)."""
    if str(settings_row(workbook).get("id_string") or "").strip() == "":
        problems.append(Problem.of("settings", None, QT_TRANSLATE_NOOP(
            "Forms", "no form_id: using '{id}' (from the file name); set form_id so re-imports "
                     "of a renamed file are recognised as the same form"), "warning",
            id=definition["id_string"]))
    titles = _titles(workbook)
    if not str(definition.get("version") or "").strip():
        # the translated titles and the attached files count as content too (without any,
        # the digest is unchanged)
        content: Any = [definition, titles] if titles else definition
        if extra:
            content = [content, dict(extra)]
        digest = hashlib.sha256(json.dumps(content, sort_keys=True,
                                           ensure_ascii=False).encode()).hexdigest()[:10]
        definition["version"] = f"auto-{digest}"
        problems.append(Problem.of("settings", None, QT_TRANSLATE_NOOP(
            "Forms", "no version: using '{version}' (from the form's content); set version so "
                     "responses can be matched to the form they were collected with"),
            "warning", version=definition["version"]))
    else:
        definition["version"] = str(definition["version"])
    definition["_gmsdesk"] = {"format": DEFINITION_FORMAT, **(extra or {})}
    if titles:  # read back by Form.title_in
        definition["_gmsdesk"]["titles"] = titles


def _external_choices(workbook: DefinitionData, definition: Mapping[str, Any]
                      ) -> dict[str, list[dict[str, Any]]]:
    """The lists of the external_choices sheet the form's select_one_external questions
    use, as pyxform reads a choices sheet (ODK would get them from an itemsets.csv)."""
    used: set[str] = set()

    def walk(nodes: Any) -> None:
        for node in nodes or ():
            if isinstance(node, Mapping):
                if node.get("type") == "select one external" and node.get("itemset"):
                    used.add(str(node["itemset"]))
                walk(node.get("children"))

    walk(definition.get("children"))
    if not used:
        return {}
    lists: dict[str, list[dict[str, Any]]] = {}
    for row in external_choices_rows(workbook):
        list_name = str(row.get(LIST_NAME_S) or "").strip()
        if list_name in used and row.get("name") not in (None, ""):
            lists.setdefault(list_name, []).append(
                {str(k): (v if isinstance(v, Mapping) else str(v)) for k, v in row.items()
                 if k not in (LIST_NAME_S, "__row") and v not in (None, "")})
    return lists
