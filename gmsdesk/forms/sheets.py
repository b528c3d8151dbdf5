"""The sheets of an XLSForm workbook read exactly as pyxform reads them.

pyxform matches a header by its snake_case spelling (`LIST_NAME`, `Form ID`, `FORM_ID`), turns
aliases into its own names (`form_id` -> `id_string`), keeps the language after `::` as written
(`Label::English (en)`), and, unless the settings say `clean_text_values: no`, collapses runs of
spaces in every cell of the survey sheet (`select_multiple  happy_sad`). GMS Desk's own checks
read the workbook through these helpers, so they see what pyxform sees and no more.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pyxform import aliases
from pyxform.errors import PyXFormError
from pyxform.parsing.sheet_headers import (
    DealiasAndGroupHeadersResult,
    dealias_and_group_headers,
    process_header,
)
from pyxform.question import MultipleChoiceQuestion, Option
from pyxform.survey import Survey
from pyxform.xls2json_backends import DefinitionData

__all__ = ["choices_rows", "clean_text", "default_language", "external_choices_rows",
           "settings_column", "settings_row", "survey_sheet"]

_SETTINGS_COLUMNS = frozenset(Survey.get_slot_names())
_SURVEY_COLUMNS = frozenset(MultipleChoiceQuestion.get_slot_names())
_OPTION_COLUMNS = frozenset(Option.get_slot_names())
DEFAULT_LANGUAGE = "default"  # pyxform's key for texts without a language


def settings_column(header: str, double_colon: bool = False) -> tuple[str, ...]:
    """A settings header as pyxform splits and names it: "FORM_ID" -> ("id_string",),
    "form_title::Khmer (km)" -> ("title", "Khmer (km)")."""
    tokens = process_header(header=str(header), use_double_colon=double_colon,
                            header_aliases=aliases.settings_header,
                            header_columns=_SETTINGS_COLUMNS)[1]
    return tuple(str(t) for t in tokens)


def settings_row(workbook: DefinitionData) -> dict[str, Any]:
    """The first settings row under pyxform's names (`id_string`, `title`, `version`...);
    {} without a settings sheet, or when pyxform cannot read its headers (it says why)."""
    if not workbook.settings:
        return {}
    try:
        sheet = dealias_and_group_headers(
            sheet_name="settings", sheet_data=workbook.settings[:1],
            sheet_header=workbook.settings_header or [], header_aliases=aliases.settings_header,
            header_columns=set(_SETTINGS_COLUMNS))
    except PyXFormError:
        return {}
    return dict(sheet.data[0]) if sheet.data else {}


def _text(value: Any) -> str:
    return str(value).strip() if value is not None else ""


def clean_text(workbook: DefinitionData) -> bool:
    """Whether pyxform collapses runs of spaces in the survey sheet (the default)."""
    value = settings_row(workbook).get("clean_text_values", "yes")
    found: bool = aliases.yes_no.get(_text(value), True)
    return found


def default_language(workbook: DefinitionData) -> str:
    return _text(settings_row(workbook).get("default_language")) or DEFAULT_LANGUAGE


def survey_sheet(workbook: DefinitionData) -> DealiasAndGroupHeadersResult:
    """The survey rows as pyxform reads them, each with its spreadsheet row in `__row`;
    raises PyXFormError for headers pyxform refuses."""
    return dealias_and_group_headers(
        sheet_name="survey", sheet_data=workbook.survey or [],
        sheet_header=workbook.survey_header or [], header_aliases=aliases.survey_header,
        header_columns=set(_SURVEY_COLUMNS), headers_required={"type"},
        default_language=default_language(workbook), strip_whitespace=clean_text(workbook),
        add_row_number=True)


def external_choices_rows(workbook: DefinitionData) -> Sequence[dict[str, Any]]:
    """The external_choices rows (select_one_external's lists), read as the choices sheet
    is; () without that sheet, or when pyxform cannot read its headers (it says why)."""
    if not workbook.external_choices:
        return ()
    try:
        sheet = dealias_and_group_headers(
            sheet_name="external_choices", sheet_data=workbook.external_choices,
            sheet_header=workbook.external_choices_header or [],
            header_aliases=aliases.list_header, header_columns=set(_OPTION_COLUMNS),
            default_language=default_language(workbook), add_row_number=True)
    except PyXFormError:
        return ()
    return tuple(dict(row) for row in sheet.data)


def choices_rows(workbook: DefinitionData) -> Sequence[dict[str, Any]]:
    """The choices rows as pyxform reads them (`LIST_NAME` -> "list name", pyxform's key;
    `value` -> `name`), each with its spreadsheet row in `__row`; raises PyXFormError for
    headers it refuses."""
    if not workbook.choices:
        return ()
    sheet = dealias_and_group_headers(
        sheet_name="choices", sheet_data=workbook.choices,
        sheet_header=workbook.choices_header or [], header_aliases=aliases.list_header,
        header_columns=set(_OPTION_COLUMNS), default_language=default_language(workbook),
        add_row_number=True)
    return tuple(dict(row) for row in sheet.data)
