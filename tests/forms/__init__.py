"""Tests of the forms engine; `write_xlsform` builds a real .xlsx from rows of cells."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

Rows = Sequence[Sequence[Any]]


def write_xlsform(folder: Path, survey: Rows | None, choices: Rows | None = None,
                  settings: Rows | None = None, *, name: str = "form.xlsx",
                  survey_sheet: str = "survey", extra_sheets: dict[str, Rows] | None = None
                  ) -> Path:
    """Write an XLSForm workbook; the first row of each sheet is its header row."""
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    sheets: list[tuple[str, Rows]] = []
    if survey is not None:
        sheets.append((survey_sheet, survey))
    if choices is not None:
        sheets.append(("choices", choices))
    if settings is not None:
        sheets.append(("settings", settings))
    sheets.extend((extra_sheets or {}).items())
    for i, (title, rows) in enumerate(sheets):
        sheet = first if i == 0 else workbook.create_sheet(title)
        sheet.title = title
        for row in rows:
            sheet.append(list(row))
    path = folder / name
    workbook.save(path)
    return path
