"""Surveys that update the SME record: the entities of an XLSForm, read for the one list GMS
Desk keeps.

An XLSForm names on its `entities` sheet the list a response writes to and, in a question's
`save_to` column, the property that question's answer fills (ODK's entities). GMS Desk keeps one
list, `smes`: a response linked to an SME updates that SME with the answers of the questions
that save to it, as an ordinary edit of the SME (synced, undone like any other). A form never
creates an SME and never looks one up: the SME the response was started for is the one updated
(`entity_id` is not read, `create_if` is ignored); `update_if` is honoured.

pyxform reads the workbook, header variants included (`save to`, `Save_To`,
`bind::entities:saveto`, `List Name`, `dataset`, `smes#field`, a capitalised sheet name). Its
definition, which the database stores, holds the mapping: an `entities:saveto` bind on each
question and an `entity` node in the bodyless `meta` group, so the mapping travels with the
form version and is kept nowhere else. What GMS Desk cannot honour is refused on its sheet row
at import (`check_workbook`); at submit, `sme_answers` converts each answer strictly to its
field's type.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from pyxform import aliases
from pyxform import constants as pyxform_constants
from pyxform.errors import PyXFormError
from pyxform.parsing.sheet_headers import dealias_and_group_headers
from pyxform.question import Option
from pyxform.xls2json import RE_BEGIN_CONTROL, RE_END_CONTROL, RE_SELECT, dealias_types

from gmsdesk.forms.expressions import Expression, to_string
from gmsdesk.forms.problems import Problem
from gmsdesk.i18n import QT_TRANSLATE_NOOP
from gmsdesk.records.catalog import SMES
from gmsdesk.records.fields import Field, Kind

if TYPE_CHECKING:
    from pyxform.xls2json_backends import DefinitionData

    from gmsdesk.forms.model import Form, Question

__all__ = ["SAVE_TO", "SME_LIST", "WRITABLE", "AnswerMismatch", "SmeAnswers", "SmeEntity",
           "check_workbook", "compile_update_if", "entity_of", "save_to_of", "sme_answers",
           "to_field"]

SME_LIST = "smes"  # the one entity list a form may update
SAVE_TO = pyxform_constants.ENTITIES_SAVETO_NS  # "entities:saveto", a question's bind
ENTITIES_SHEET = "entities"

# SME fields a form may write: the synced ones (not the id, the owner, the tombstone, the
# bookkeeping or the columns kept on this laptop only, such as ict_level).
WRITABLE: Mapping[str, Field] = {f.name: f for f in SMES.fields if not f.server_only}
# Question types that can fill each kind of field (a calculation is judged at submit).
ACCEPTS: Mapping[Kind, tuple[str, ...]] = {
    Kind.TEXT: ("text", "select_one", "integer", "decimal", "range", "date", "calculate"),
    Kind.INTEGER: ("integer", "range", "select_one", "calculate"),
    Kind.DECIMAL: ("integer", "decimal", "range", "select_one", "calculate"),
    Kind.MONEY: ("integer", "decimal", "range", "select_one", "calculate"),
    Kind.BOOL: ("select_one", "acknowledge", "calculate"),
    Kind.CODE: ("select_one", "calculate"),
    Kind.DATE: ("date", "calculate"),
}
_TRUE = frozenset({"yes", "true", "1", "ok"})
_FALSE = frozenset({"no", "false", "0"})
_BOOL_CHOICES = frozenset({"yes", "no", "1", "0", "true", "false"})
_INTEGER = re.compile(r"[-+]?\d+")
_DECIMAL = re.compile(r"[-+]?(\d+(\.\d*)?|\.\d+)")

_MSG = {
    "list": QT_TRANSLATE_NOOP(
        "Forms", "The list '{dataset}' cannot be updated by GMS Desk: a form can update only "
        "the SME record. Write smes as the list_name."),
    "list_hint": QT_TRANSLATE_NOOP(
        "Forms", "The list '{dataset}' cannot be updated by GMS Desk: a form can update only "
        "the SME record (did you mean '{suggestion}'?)."),
    "unknown": QT_TRANSLATE_NOOP(
        "Forms", "save_to '{field}': the SME record has no such field. Write the name of an "
        "SME field, for example employees_total or website."),
    "unknown_hint": QT_TRANSLATE_NOOP(
        "Forms", "save_to '{field}': the SME record has no such field (did you mean "
        "'{suggestion}'?)."),
    "kept": QT_TRANSLATE_NOOP(
        "Forms", "save_to '{field}': GMS Desk keeps this field of the SME record itself; a "
        "form may not write it. Remove the save_to."),
    "type": QT_TRANSLATE_NOOP(
        "Forms", "save_to '{field}': a {type} question cannot fill this SME field; a question "
        "of type {types} can. Change the question's type or its save_to."),
    "choices_bool": QT_TRANSLATE_NOOP(
        "Forms", "save_to '{field}': this SME field is a yes/no flag, so the choices of list "
        "'{list}' must be named yes, no, 1, 0, true or false; these are not: {choices}."),
    "choices_number": QT_TRANSLATE_NOOP(
        "Forms", "save_to '{field}': this SME field holds a number, so the choices of list "
        "'{list}' must be named with numbers; these are not: {choices}."),
    "choices_code": QT_TRANSLATE_NOOP(
        "Forms", "save_to '{field}': the choices of list '{list}' must be named with the codes "
        "of this SME field ({codes}); these are not: {choices}."),
    "twice": QT_TRANSLATE_NOOP(
        "Forms", "save_to '{field}': the question on row {other} already writes this SME "
        "field; only one question may."),
    "repeat": QT_TRANSLATE_NOOP(
        "Forms", "save_to '{field}': a question inside a repeat cannot update the SME record "
        "(a repeat has many answers, the SME one value). Move the question out of the repeat "
        "or remove its save_to."),
    "entity_id": QT_TRANSLATE_NOOP(
        "Forms", "entity_id is not read: a response updates the SME it is linked to when it "
        "is started."),
    "create_if": QT_TRANSLATE_NOOP(
        "Forms", "create_if is ignored: GMS Desk does not create SMEs from a form; only the "
        "SME a response is linked to is updated."),
    "update_if": QT_TRANSLATE_NOOP("Forms", "update_if '{source}': {error}"),
}


# -- the form's entity, from pyxform's definition ----------------------------------------------


@dataclass(eq=False)
class SmeEntity:
    """What a form updates of the linked SME: each question that fills a field, and when."""

    row: int | None  # the row of the entities sheet
    update_if: str | None = None
    saves: dict[str, str] = field(default_factory=dict)  # question name -> SME field
    update_if_expr: Expression | None = field(default=None, repr=False)


def save_to_of(bind: Mapping[str, Any] | None) -> str | None:
    """The SME field a question's bind saves to (pyxform has taken off any `smes#`)."""
    value = str((bind or {}).get(SAVE_TO) or "").strip()
    if value.count("#") == 1:
        dataset, value = value.split("#")
        if dataset.strip() != SME_LIST:
            return None
    return value.strip() or None


def _entity_nodes(node: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    """The `entity` nodes of the bodyless `meta` groups, wherever pyxform put them."""
    for child in node.get("children") or ():
        if not isinstance(child, Mapping):
            continue
        if child.get("type") == "entity":
            yield child
        elif child.get("children"):
            yield from _entity_nodes(child)


def entity_of(definition: Mapping[str, Any], questions: Sequence[Question]
              ) -> SmeEntity | None:
    """The SME update a stored definition declares, or None. Lenient: a stored form is
    rebuilt even if its mapping no longer fits (a field since removed is simply not written);
    `check_workbook` refused at import what does not fit."""
    for node in _entity_nodes(definition):
        attributes = {str(c.get("name")): c for c in node.get("children") or ()
                      if isinstance(c, Mapping)}
        dataset = attributes.get("dataset", {}).get("value")
        if dataset != SME_LIST:
            continue
        update = attributes.get("update", {}).get("bind") or {}
        row = node.get("__row_number")
        entity = SmeEntity(row if isinstance(row, int) else None,
                           str(update.get("calculate") or "").strip() or None)
        taken: set[str] = set()
        for question in questions:
            name = question.save_to
            if name and name in WRITABLE and question.repeat is None and name not in taken:
                taken.add(name)
                entity.saves[question.name] = name
        return entity
    return None


def compile_update_if(entity: SmeEntity, form: Form) -> Problem | None:
    """Compile the entity's update_if once, with the form's other expressions; the problem
    (on the entities sheet's row) when it cannot be."""
    if not entity.update_if:
        return None
    from gmsdesk.forms.expressions import ExpressionError, compile_expression

    try:
        entity.update_if_expr = compile_expression(entity.update_if, form, repeat=None,
                                                   current=None)
    except ExpressionError as error:
        return Problem.of(ENTITIES_SHEET, entity.row, _MSG["update_if"],
                          source=entity.update_if, error=error)
    return None


# -- at submit ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SmeAnswers:
    """The answers a response gives the SME it is linked to."""

    values: dict[str, Any]  # SME field -> the value it is to hold
    unread: tuple[str, ...] = ()  # SME fields whose answer does not fit the field's type
    skipped: bool = False  # the form's update_if said not to update


class AnswerMismatch(ValueError):
    """An answer that is not plainly of the type of the SME field it saves to."""


def to_field(spec: Field, value: Any) -> Any:  # noqa: C901 - one flat branch per field kind
    """An answer as the SME field stores it; AnswerMismatch when it is not plainly that
    (strict: "12 people" is no number, "maybe" no yes/no)."""
    kind = spec.kind
    if value is None or isinstance(value, list | dict | tuple):
        raise AnswerMismatch(value)
    if kind is Kind.BOOL:
        if isinstance(value, bool):
            return int(value)
        text = to_string(value).strip().casefold()
        if text in _TRUE:
            return 1
        if text in _FALSE:
            return 0
    elif isinstance(value, bool):
        raise AnswerMismatch(value)
    elif kind is Kind.INTEGER:
        if isinstance(value, int):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, str) and _INTEGER.fullmatch(value.strip()):
            return int(value)
    elif kind in (Kind.DECIMAL, Kind.MONEY):
        if isinstance(value, str) and _DECIMAL.fullmatch(value.strip()):
            value = float(value)
        if isinstance(value, int | float) and math.isfinite(value):
            return float(value)
    elif kind is Kind.TEXT:
        if isinstance(value, str):
            return value
        if isinstance(value, int | float) and math.isfinite(value):
            return to_string(value)
    elif kind is Kind.CODE:
        if isinstance(value, str):
            text = spec.aliases.get(value, spec.aliases.get(value.casefold(), value))
            for candidate in (text, text.casefold()):
                if candidate in spec.code_set:
                    return candidate
    elif kind is Kind.DATE and isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10]).isoformat()
        except ValueError:
            pass
    raise AnswerMismatch(value)


def sme_answers(form: Form, answers: Mapping[str, Any]) -> SmeAnswers:
    """What a submitted response writes into its SME: the answered questions that save to a
    field, each converted to the field's type; nothing when the form's update_if is false."""
    entity = form.entities
    if entity is None or not entity.saves:
        return SmeAnswers({})
    if entity.update_if_expr is not None:
        from gmsdesk.forms.engine import FormState

        if not entity.update_if_expr.truth(FormState(form, answers), None):
            return SmeAnswers({}, skipped=True)
    values: dict[str, Any] = {}
    unread: list[str] = []
    for question, name in entity.saves.items():
        value = answers.get(question)
        if value is None or value == "" or value == []:
            continue  # not answered (or not relevant): the SME keeps what it has
        try:
            values[name] = to_field(WRITABLE[name], value)
        except AnswerMismatch:
            unread.append(name)
    return SmeAnswers(values, tuple(unread))


# -- at import: what GMS Desk cannot honour, on its row -----------------------------------------


@dataclass(frozen=True)
class _Row:
    """A survey row with a save_to, as the check needs it."""

    row: int
    kind: str  # our question type ("integer", "select_one", ...), else pyxform's
    list_name: str | None
    target: str  # the save_to as written, without `smes#`
    dataset: str | None  # the list it names (None: the sheet's only list)
    in_repeat: bool


def _suggest(word: str, names: Sequence[str]) -> str | None:
    close = difflib.get_close_matches(word, list(names), n=1, cutoff=0.6)
    if not close:
        close = [n for n in names if n.casefold() == word.casefold()]
    return close[0] if close else None


def _entity_rows(workbook: DefinitionData) -> list[tuple[int, dict[str, Any]]]:
    """The entities sheet's rows as pyxform reads them, numbered as pyxform numbers them."""
    if not workbook.entities:
        return []
    sheet = dealias_and_group_headers(
        sheet_name=ENTITIES_SHEET, sheet_data=workbook.entities,
        sheet_header=workbook.entities_header or [], header_aliases=aliases.entities_header,
        header_columns={c.value for c in pyxform_constants.EntityColumns.value_list()})
    return list(enumerate((dict(r) for r in sheet.data), start=2))


def _choice_names(workbook: DefinitionData) -> dict[str, list[str]]:
    if not workbook.choices:
        return {}
    sheet = dealias_and_group_headers(
        sheet_name="choices", sheet_data=workbook.choices,
        sheet_header=workbook.choices_header or [], header_aliases=aliases.list_header,
        header_columns=set(Option.get_slot_names()))
    lists: dict[str, list[str]] = {}
    for row in sheet.data:
        name = str(row.get("name") if row.get("name") is not None else "").strip()
        list_name = str(row.get(pyxform_constants.LIST_NAME_S) or "").strip()
        if list_name and name:
            lists.setdefault(list_name, []).append(name)
    return lists


def _survey_rows(workbook: DefinitionData, only: int | None) -> list[_Row]:
    """The survey rows with a save_to (not on a group or repeat row: pyxform refuses that);
    `only`: the number of lists on the entities sheet."""
    from gmsdesk.forms.model import TYPE_ALIASES
    from gmsdesk.forms.sheets import survey_sheet

    sheet = survey_sheet(workbook)  # "select_one  yes_no" read as pyxform reads it
    found: list[_Row] = []
    stack: list[str] = []
    for data in dealias_types([dict(r) for r in sheet.data]):
        kind = str(data.get("type") or "").strip()
        begin = RE_BEGIN_CONTROL.search(kind)
        if begin:
            stack.append(aliases.control.get(begin["type"], begin["type"]))
            continue
        if RE_END_CONTROL.search(kind):
            if stack:
                stack.pop()
            continue
        raw = str((data.get("bind") or {}).get(SAVE_TO) or "").strip()
        if not raw or raw.count("#") > 1:  # more than one '#': pyxform says what is wrong
            continue
        dataset: str | None = None
        target = raw
        if "#" in raw:
            dataset, target = (part.strip() for part in raw.split("#"))
        elif only != 1:
            continue  # several lists and no prefix: pyxform says which to name
        list_name: str | None = None
        select = RE_SELECT.search(kind)
        if select:
            list_name = select["list_name"]
            kind = str(aliases.select.get(select["select_command"], ""))
        kind = TYPE_ALIASES.get(kind, kind)
        in_repeat = any(c in (pyxform_constants.REPEAT, pyxform_constants.LOOP)
                        for c in stack)
        found.append(_Row(int(data["__row"]), kind, list_name, target, dataset, in_repeat))
    return found


def check_workbook(workbook: DefinitionData, problems: list[Problem]) -> set[int]:
    """Refuse on its row what GMS Desk cannot honour of a workbook's entities (warn of what it
    ignores); returns the survey rows whose save_to pyxform should not see: one inside a
    repeat, refused here, would make pyxform refuse another row instead."""
    try:
        entities = _entity_rows(workbook)
        rows = _survey_rows(workbook, len(entities))
        choices = _choice_names(workbook)
    except PyXFormError:
        return set()  # a sheet pyxform cannot read: its own message says why
    lists = {str(e.get("dataset") or "").strip() for _, e in entities} - {""}
    for number, entity in entities:
        dataset = str(entity.get("dataset") or "").strip()
        if not dataset:
            continue  # pyxform asks for the name
        if dataset != SME_LIST:
            suggestion = _suggest(dataset, [SME_LIST, "sme"])
            if suggestion:
                problems.append(Problem.of(ENTITIES_SHEET, number, _MSG["list_hint"],
                                           dataset=dataset, suggestion=SME_LIST))
            else:
                problems.append(Problem.of(ENTITIES_SHEET, number, _MSG["list"],
                                           dataset=dataset))
            continue
        for column in ("entity_id", "create_if"):
            if str(entity.get(column) or "").strip():
                problems.append(Problem.of(ENTITIES_SHEET, number, _MSG[column], "warning"))
    dropped: set[int] = set()
    writers: dict[str, int] = {}
    for row in rows:
        named = row.dataset if row.dataset is not None else next(iter(lists), None)
        if named != SME_LIST or SME_LIST not in lists:
            continue  # another list is refused on its own row; an unknown one by pyxform
        if row.in_repeat:
            problems.append(Problem.of("survey", row.row, _MSG["repeat"], field=row.target))
            dropped.add(row.row)
            continue
        problem = _field_problem(row, choices)
        if problem is None and row.target in writers:
            problem = Problem.of("survey", row.row, _MSG["twice"], field=row.target,
                                 other=writers[row.target])
            dropped.add(row.row)  # pyxform would say the same in other words
        writers.setdefault(row.target, row.row)
        if problem is not None:
            problems.append(problem)
    return dropped


def _field_problem(row: _Row, choices: Mapping[str, list[str]]) -> Problem | None:
    """Why a question cannot fill the SME field it names, or None."""
    name = row.target
    spec = WRITABLE.get(name)
    if spec is None:
        if name in SMES.columns() or name == "deleted":
            return Problem.of("survey", row.row, _MSG["kept"], field=name)
        suggestion = _suggest(name, list(WRITABLE))
        if suggestion:
            return Problem.of("survey", row.row, _MSG["unknown_hint"], field=name,
                              suggestion=suggestion)
        return Problem.of("survey", row.row, _MSG["unknown"], field=name)
    accepted = ACCEPTS.get(spec.kind, ())
    if row.kind not in accepted:
        return Problem.of("survey", row.row, _MSG["type"], field=name, type=row.kind,
                          types=", ".join(accepted) or "-")
    if row.kind != "select_one" or row.list_name is None or row.list_name not in choices:
        return None
    names = choices[row.list_name]
    if spec.kind is Kind.BOOL:
        bad = [c for c in names if c.casefold() not in _BOOL_CHOICES]
        message = "choices_bool"
    elif spec.kind is Kind.INTEGER:
        bad = [c for c in names if not _INTEGER.fullmatch(c)]
        message = "choices_number"
    elif spec.kind in (Kind.DECIMAL, Kind.MONEY):
        bad = [c for c in names if not _DECIMAL.fullmatch(c)]
        message = "choices_number"
    elif spec.kind is Kind.CODE:
        known = {*spec.codes, *spec.aliases}
        bad = [c for c in names if c not in known and c.casefold() not in known]
        message = "choices_code"
    else:
        return None
    if not bad:
        return None
    return Problem.of("survey", row.row, _MSG[message], field=name, list=row.list_name,
                      choices=", ".join(bad), codes=", ".join(spec.codes))
