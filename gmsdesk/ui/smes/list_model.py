"""The SME list: a lazy table model fed by a loader thread with its own database connection
(see `gmsdesk.ui.paged`): every query (search keystroke, filter, sort) is answered off the UI
thread, a page at a time, and sorted by SQL. On a headquarters laptop, which holds every
agency's SMEs, an Agency column follows the name."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QDateTime,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from gmsdesk.records.catalog import SECTORS, SMES
from gmsdesk.storage.db import Database
from gmsdesk.storage.records import Change
from gmsdesk.storage.smes import Sme, SmeQuery
from gmsdesk.text_breaks import syllable_starts
from gmsdesk.ui.labels import (
    agency_label,
    country_label,
    field_label,
    format_count,
    format_datetime,
    ict_level_label,
    province_label,
    sector_label,
)
from gmsdesk.ui.paged import LoaderThread, PagedTableModel, PageLoader

SortRole = Qt.ItemDataRole.UserRole + 1
SmeRole = Qt.ItemDataRole.UserRole + 2
# Read once: the view asks `data` for a dozen roles of every cell it paints, and each
# spelled-out enum member is a lookup through Python's enum machinery.
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ANSWERED = frozenset({_DISPLAY, _ALIGN, _TOOLTIP, SortRole, SmeRole})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
COLUMNS = ("name", "name_local", "sector", "country", "province", "district", "phone",
           "employees_total", "ict_level", "updated_at")
HQ_COLUMNS = ("name", "agency", *COLUMNS[1:])  # a headquarters list: the agency after the name


TWO_LINE_HEADER_CHARS = 8  # a header this long goes on two lines, where it has a break
SYLLABLE_BREAK_CHARS = 11  # a Burmese header this long may break between syllables too
SYLLABLE_PENALTY = 4  # characters of unevenness a break at a space or slash is preferred by


def two_lines(text: str) -> str:
    """A long header on two lines, broken at the space or after the slash nearest its middle
    ("Name in local script" as "Name in / local script"): ten or eleven columns share a
    laptop's list, each header whole; in Vietnamese, Burmese or Khmer they did not fit on one
    line. A header without such a break, or a short one, as it is."""
    if len(text) < TWO_LINE_HEADER_CHARS:
        return text
    # Where a line may end: after a space (dropped) or a slash; in a long Burmese header,
    # between syllables too (where the programme wraps Burmese lines everywhere).
    ends = {i: i for i in syllable_starts(text)} if len(text) >= SYLLABLE_BREAK_CHARS else {}
    ends.update({i: i + 1 for i, ch in enumerate(text) if ch == " " and 0 < i < len(text) - 1})
    ends.update({i + 1: i + 1 for i, ch in enumerate(text) if ch == "/" and i < len(text) - 1})
    if not ends:
        return text

    def unevenness(i: int) -> tuple[int, int]:
        """How uneven the halves are (a break between syllables, which may be inside a
        word, counts as SYLLABLE_PENALTY more); of two as even, the later break (a Burmese
        word's first syllables are rarely a word of their own)."""
        penalty = SYLLABLE_PENALTY if ends[i] == i and text[i - 1] != "/" else 0
        return abs(len(text) - i - ends[i]) + penalty, -i

    at = min(ends, key=unevenness)
    return text[:at] + "\n" + text[ends[at]:]


class SmeLoader(PageLoader):
    """Reads pages of SMEs in the loader thread, and their total in its count worker's (see
    `gmsdesk.ui.paged.CountWorker`)."""

    def read_page(self, db: Database, query: SmeQuery, offset: int, limit: int) -> list[Sme]:
        return db.smes.page(query, offset, limit)

    def read_count(self, db: Database, query: SmeQuery) -> int:
        return db.smes.count(query)

    def read_count_bounded(self, db: Database, query: SmeQuery, at_most: int) -> int | None:
        return db.smes.count(query, at_most=at_most)


class SmeTableModel(PagedTableModel[Sme]):
    def __init__(self, db: Database, parent: QObject | None = None, *,
                 agencies: Mapping[str, str] | None = None) -> None:
        """`agencies` (agency code -> name), on a headquarters laptop: an Agency column."""
        columns = COLUMNS if agencies is None else HQ_COLUMNS
        # The country column sorts by province: storage has no order by country alone.
        super().__init__(LoaderThread(SmeLoader(db.path), "sme-loader"), SmeQuery(),
                         ["province" if c == "country" else c for c in columns],
                         own_loader=True, parent=parent)
        self.columns = columns
        self.db = db
        self.agencies = dict(agencies or {})
        self._custom_sectors: dict[str, str] = {}

    # -- queries ------------------------------------------------------------------------------

    def set_query(self, query: SmeQuery) -> None:
        """Start answering a new query; the rows arrive by signal."""
        self._custom_sectors = {s.code: s.label for s in self.db.smes.sectors() if not s.builtin}
        super().set_query(query)

    # -- changes ------------------------------------------------------------------------------

    def apply_changes(self, changes: list[Change]) -> None:
        """Edits of loaded rows refresh in place; additions and deletions re-run the query."""
        relevant = [c for c in changes if c.table in (SMES.table, SECTORS.table)]
        if not relevant:
            return
        if any(c.op != "update" or c.table != SMES.table for c in relevant):
            self.set_query(self.query)
            return
        by_id = {row.id: i for i, row in enumerate(self._rows)}
        for change in relevant:
            i = by_id.get(change.record_id)
            if i is None:
                continue
            self._rows[i] = self.db.smes.get(change.record_id)
            self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.columns) - 1))

    def set_agency_names(self, names: Mapping[str, str]) -> None:
        """New names of the agencies (a profile changed): the rows shown say them."""
        self.agencies = dict(names)
        if self._rows and "agency" in self.columns:
            column = self.columns.index("agency")
            self.dataChanged.emit(self.index(0, column),
                                  self.index(len(self._rows) - 1, column),
                                  [Qt.ItemDataRole.DisplayRole])

    # -- Qt model API -------------------------------------------------------------------------

    def sme_at(self, row: int) -> Sme | None:
        return self.row_at(row)

    def header(self, section: int) -> str:
        column = self.columns[section]
        return two_lines(self.tr("Agency") if column == "agency" else field_label(column))

    def agency_name(self, code: str) -> str:
        """An agency's name, or its code when headquarters has not published its profile."""
        return agency_label(code, self.agencies)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = _DISPLAY) -> Any:
        if role not in _ANSWERED:
            return None  # fonts, colours, decorations...: the view's own
        row = index.row()
        if not 0 <= row < len(self._rows) or not index.isValid():
            return None
        sme = self._rows[row]
        column = self.columns[index.column()]
        if role == _DISPLAY:
            return self._display(sme, column)
        if role == SmeRole:
            return sme
        if role == SortRole:
            return sme.agency_id if column == "agency" else getattr(sme, column)
        if role == _ALIGN and column == "employees_total":
            return _RIGHT
        if role == _TOOLTIP and column == "ict_level":
            from gmsdesk.storage.smes import ICT_FIELDS

            return ", ".join(field_label(f) for f in ICT_FIELDS if getattr(sme, f))
        return None

    def _display(self, sme: Sme, column: str) -> str:
        if column == "agency":
            return self.agency_name(sme.agency_id)
        value = getattr(sme, column)
        if column == "sector":
            return sector_label(value, self._custom_sectors)
        if column == "country":
            return country_label(value)
        if column == "province":
            return province_label(value, sme.country)
        if column == "ict_level":
            return ict_level_label(value)
        if column == "employees_total":
            return format_count(value) if value is not None else ""
        if column == "updated_at":
            return format_datetime(QDateTime.fromString(value, Qt.DateFormat.ISODateWithMs))
        return "" if value is None else str(value)
