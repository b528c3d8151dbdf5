"""Tables written for people to open in a spreadsheet: CSV (UTF-8 with a byte order mark, so
Excel reads Khmer and Thai) and XLSX. Every writer of such files goes through here, so every
cell is made safe the same way:

- a text a spreadsheet would run as a formula (OWASP "CSV injection": a cell starting with
  =, +, -, @, tab or carriage return) is not one: in XLSX it is typed as text; in CSV, which
  has no types, it is prefixed with an apostrophe. A phone number (+855 12 345 678) or a
  negative amount is left alone: only + or - followed by something else than digits,
  spaces and ()./, is a formula to fear;
- control characters (which XML, hence XLSX, cannot hold) are removed.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from gmsdesk.i18n import QT_TRANSLATE_NOOP
from gmsdesk.records.fields import CONTROL

_ALWAYS = ("=", "@", "\t", "\r")
_HARMLESS_SIGNED = re.compile(r"[+-][\d\s().,/+-]*")


def _formula_like(text: str) -> bool:
    if text.startswith(_ALWAYS):
        return True
    return text.startswith(("+", "-")) and _HARMLESS_SIGNED.fullmatch(text) is None


def csv_cell(value: Any) -> Any:
    """A value as a CSV cell: text made safe, anything else as it is."""
    if not isinstance(value, str):
        return value
    text = CONTROL.sub("", value)
    return "'" + text if _formula_like(text) else text


def csv_cells(values: Iterable[Any]) -> list[Any]:
    return [csv_cell(v) for v in values]


def csv_writer(handle: IO[str]) -> Any:
    """A csv.writer whose rows are made safe."""
    return _SafeCsv(handle)


class _SafeCsv:
    def __init__(self, handle: IO[str]) -> None:
        self._writer = csv.writer(handle)

    def writerow(self, values: Iterable[Any]) -> None:
        self._writer.writerow(csv_cells(values))

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


def xlsx_cells(sheet: Any, values: Iterable[Any]) -> list[Any]:
    """A row for a write-only openpyxl sheet: text without control characters, and typed as
    text where openpyxl would otherwise make it a formula."""
    from openpyxl.cell import WriteOnlyCell

    out: list[Any] = []
    for value in values:
        if isinstance(value, str):
            value = CONTROL.sub("", value)
            if _formula_like(value):
                cell = WriteOnlyCell(sheet, value=value)
                cell.data_type = "s"
                out.append(cell)
                continue
        out.append(value)
    return out


def open_csv(path: str | Path) -> IO[str]:
    """A CSV file to write, as spreadsheets read it best."""
    return open(path, "w", newline="", encoding="utf-8-sig")


def write_table(path: str | Path, header: Sequence[str], rows: Iterable[Sequence[Any]],
                sheet_name: str = "Sheet1", kind: str | None = None) -> None:
    """One table to `path`, CSV or XLSX: `kind` ".csv" or ".xlsx", else by the suffix."""
    path = Path(path)
    if (kind or path.suffix).lower() == ".xlsx":
        import openpyxl

        workbook = openpyxl.Workbook(write_only=True)
        sheet = workbook.create_sheet(sheet_name[:31] or "Sheet1")
        sheet.append(xlsx_cells(sheet, header))
        for row in rows:
            sheet.append(xlsx_cells(sheet, row))
        workbook.save(path)
        return
    with open_csv(path) as handle:
        writer = csv_writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


class ExportFileError(ValueError):
    """A file name an export cannot write (its message is for the user, context "Export")."""


class _Cancelled(Exception):
    pass


EXPORT_EVERY = 500  # rows written between two reports of progress


def export_table(path: str | Path, headers: Sequence[str], rows: Iterable[Sequence[Any]],
                 total: int = 0, progress: Callable[[int, int], bool] | None = None,
                 sheet_name: str = "Sheet1") -> int:
    """Write a header and rows to CSV or XLSX, by the file's suffix; returns the rows
    written, or -1 when `progress(done, total)` said stop (then no file is written). The file
    is written beside the target and renamed into place, so a cancelled or failed export
    never leaves half a file where a good one was."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ExportFileError(QT_TRANSLATE_NOOP("Export", "Choose a .csv or .xlsx file."))
    partial = path.with_name(path.name + ".part")
    written = 0

    def counted() -> Iterator[Sequence[Any]]:
        nonlocal written
        for row in rows:
            yield row
            written += 1
            if progress and written % EXPORT_EVERY == 0 and not progress(written, total):
                raise _Cancelled

    try:
        write_table(partial, headers, counted(), sheet_name, kind=suffix)
        partial.replace(path)
    except _Cancelled:
        partial.unlink(missing_ok=True)
        return -1
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if progress:
        progress(written, total)
    return written


__all__ = ["EXPORT_EVERY", "ExportFileError", "csv_cell", "csv_cells", "csv_writer",
           "export_table", "open_csv", "write_table", "xlsx_cells"]
