"""The donor report pack (issue "Indicators against targets"): for a period and a selection,
what the dashboard shows — every indicator's value, its target, how far it is towards it, its
trend with the targets of the same periods — and the disaggregations donors ask for, gathered
on one connection and written as a PDF and an XLSX workbook in the chosen language. The window
(in the background, with progress and Cancel) and `gmsdesk report` call `make_pack`.

The dashboard's arithmetic (the scope a selection's targets are for, percent of target, status,
splits) is `gmsdesk.services.figures`, the same module the Reports area draws from; callers
hand it in (`Figures`), so a test can count what the pack asks of it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from gmsdesk.records.catalog import (
    CHANNELS,
    COUNTRIES,
    EVENT_KINDS,
    GENDERS,
    SERVICE_TYPES,
    TRACKS,
)
from gmsdesk.storage.db import UNASSIGNED_AGENCY
from gmsdesk.storage.indicators import CRITERIA, Filters, Indicator, Value
from gmsdesk.storage.targets import Target, scope_key

if TYPE_CHECKING:
    from gmsdesk.reports.pack import PackData, PackLine, PackTable, TargetRow
    from gmsdesk.reports.periods import Period
    from gmsdesk.storage.db import Database

Progress = Callable[[int, int], bool]  # (done, total) -> go on?
Stop = Callable[[], bool]

__all__ = ["DISAGGREGATIONS", "Figures", "PackRequest", "PackWritten", "gather", "make_pack"]

# The disaggregations of the pack: an indicator by one dimension, or by two (rows by columns).
# A dimension the selection narrows to one value is left out; the inquiries by origin and the
# evaluation criteria by sex are added to these.
DISAGGREGATIONS: tuple[tuple[str, str, str | None], ...] = (
    ("people_trained", "province", "sex"),
    ("people_completed_track", "economy", "sex"),
    ("workshops_held", "province", "track"),
    ("people_reached", "kind", "sex"),
    ("services_delivered", "type", "economy"),
    ("inquiries_received", "channel", None),
)
ORIGINS = ("inquiries_abroad", "inquiries_domestic", "inquiries_received")
_ORDER: dict[str, Sequence[str]] = {"sex": tuple(GENDERS), "track": tuple(TRACKS),
                                    "type": tuple(SERVICE_TYPES), "channel": tuple(CHANNELS),
                                    "kind": tuple(EVENT_KINDS), "economy": tuple(COUNTRIES)}
_WEIGHTS = (("figures", 60), ("tables", 15), ("pdf", 20), ("xlsx", 5))


# -- the dashboard's module, as the pack uses it --------------------------------------------------


class ScopeLike(Protocol):
    @property
    def kind(self) -> str: ...

    @property
    def value(self) -> str: ...


class LineLike(Protocol):
    @property
    def indicator(self) -> Indicator: ...

    @property
    def value(self) -> Value | None: ...

    @property
    def target(self) -> Target | None: ...

    @property
    def wider(self) -> Target | None: ...

    @property
    def periods(self) -> Sequence[Period]: ...

    @property
    def trend(self) -> Sequence[Value | None]: ...

    @property
    def targets(self) -> Sequence[float | None]: ...

    @property
    def applies(self) -> bool: ...


class DashboardLike(Protocol):
    @property
    def filters(self) -> Filters: ...

    @property
    def lines(self) -> Sequence[LineLike]: ...


class PivotLike(Protocol):
    @property
    def rows(self) -> Sequence[str]: ...

    @property
    def columns(self) -> Sequence[str]: ...

    @property
    def cells(self) -> Mapping[tuple[str, str], Value]: ...


class Figures(Protocol):
    """What the pack takes from the dashboard's figures module (passed as the module)."""

    def target_scope(self, filters: Filters, is_hq: bool, own_agency: str) -> Any: ...

    def dashboard(self, db: Database, filters: Filters, period: Period, scope: Any, *,
                  stop: Stop | None = ..., progress: Progress | None = ...,
                  trend_length: int | None = ...) -> DashboardLike: ...

    def pivot(self, db: Database, code: str, filters: Filters, period: Period, dimension: str,
              second: str | None = ...) -> PivotLike: ...

    def percent_of_target(self, value: Value | None, target: float | None) -> float | None: ...

    def status(self, percent: float | None) -> str: ...

    def amount(self, value: Value | None) -> float | None: ...

    def unfiltered(self, filters: Filters, indicator: Indicator) -> list[str]: ...


# -- requests and results ------------------------------------------------------------------------


@dataclass(frozen=True)
class PackRequest:
    """A period, a selection (economy, province, agency, sector, sex; its dates are not used),
    the language of the pack, and the files to write (at least one)."""

    period: Period
    filters: Filters = field(default_factory=Filters)
    lang: str = "en"
    pdf: Path | None = None
    xlsx: Path | None = None


@dataclass(frozen=True)
class PackWritten:
    pack: PackData
    pdf: Path | None
    pages: int
    xlsx: Path | None
    sheets: int


class _Steps:
    """One progress count (out of 1000) over the pack's phases; Cancelled once the caller's
    callback answers False."""

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress
        self.starts: dict[str, int] = {}
        self.weights = dict(_WEIGHTS)
        at = 0
        for name, weight in _WEIGHTS:
            self.starts[name] = at
            at += weight * 10

    def phase(self, name: str) -> Progress:
        def report(done: int, total: int) -> bool:
            from gmsdesk.reports.output import Cancelled

            share = min(1.0, done / total) if total > 0 else 0.0
            at = self.starts[name] + int(self.weights[name] * 10 * share)
            if self.progress is not None and self.progress(at, 1000) is False:
                raise Cancelled()
            return True

        return report


# -- gathering -----------------------------------------------------------------------------------


def _order(dimension: str, keys: Sequence[str]) -> tuple[str, ...]:
    """Keys in the order people expect: codes as declared, names alphabetically, "not
    recorded" last."""
    known = list(_ORDER.get(dimension, ()))
    return tuple(sorted(set(keys), key=lambda k: (k == "", known.index(k) if k in known
                                                  else len(known), k.casefold())))


def _line(figures: Figures, line: LineLike, filters: Filters) -> PackLine:
    from gmsdesk.reports.pack import PackLine, TrendPoint

    target = line.target.value if line.target is not None else None
    percent = figures.percent_of_target(line.value, target) if line.applies else None
    trend = tuple(TrendPoint(p, figures.amount(v), goal)
                  for p, v, goal in zip(line.periods, line.trend, line.targets, strict=False))
    return PackLine(
        line.indicator, line.value if line.applies else None, target,
        line.wider.value if line.wider is not None else None,
        line.target.baseline if line.target is not None else None, percent,
        figures.status(percent) if line.applies else "none",
        tuple(figures.unfiltered(filters, line.indicator)), trend)


def _narrowed(filters: Filters, dimension: str | None) -> bool:
    return bool(dimension and getattr(filters, dimension, None))


def _table(db: Database, figures: Figures, lines: Mapping[str, PackLine], period: Period,
           filters: Filters, code: str, first: str, second: str | None) -> PackTable | None:
    """One indicator split by `first` (and `second`), with the engine's totals; None when the
    catalogue lacks it or the selection leaves nothing to split."""
    from gmsdesk.reports.pack import PackTable

    line = lines.get(code)
    if line is None or not line.applies:
        return None
    if _narrowed(filters, second):
        second = None
    if _narrowed(filters, first):
        first, second = (second, None) if second else ("", None)
    dimensions = line.indicator.dimensions
    if not first or first not in dimensions or (second and second not in dimensions):
        return None
    split = figures.pivot(db, code, filters, period, first, second)
    rows = _order(first, split.rows)
    cells = dict(split.cells)
    if not second:
        return PackTable(code, line.indicator.unit, first, None, rows, (), cells,
                         total=line.value)
    columns = _order(second, split.columns)
    if line.indicator.unit == "count":  # no record in a cell is none counted there
        cells = {(r, c): cells.get((r, c), Value(0.0)) for r in rows for c in columns}
    row_totals = {k[0]: v for k, v in figures.pivot(db, code, filters, period, first)
                  .cells.items()}
    column_totals = {k[0]: v for k, v in figures.pivot(db, code, filters, period, second)
                     .cells.items()}
    return PackTable(code, line.indicator.unit, first, second, rows, columns, cells, row_totals,
                     column_totals, line.value)


def _origins(db: Database, figures: Figures, lines: Mapping[str, PackLine], period: Period,
             filters: Filters) -> PackTable | None:
    """Inquiries from abroad, domestic and all, by economy (by province within one)."""
    from gmsdesk.reports.pack import PackTable

    place = "province" if filters.economy or filters.province else "economy"
    found = [lines[c] for c in ORIGINS if c in lines and lines[c].applies
             and place in lines[c].indicator.dimensions]
    if len(found) != len(ORIGINS):
        return None
    cells: dict[tuple[str, str], Value] = {}
    for code in ORIGINS:
        for (row, _), value in figures.pivot(db, code, filters, period, place).cells.items():
            cells[(row, code)] = value
    rows = _order(place, [r for r, _ in cells])
    cells = {(r, c): cells.get((r, c), Value(0.0)) for r in rows for c in ORIGINS}
    return PackTable("inquiries_received", "count", place, "indicator", rows, ORIGINS, cells,
                     column_totals={c: lines[c].value or Value(0.0) for c in ORIGINS},
                     title_key="inquiries_origin")


def _evaluation(db: Database, figures: Figures, lines: Mapping[str, PackLine], period: Period,
                filters: Filters) -> PackTable | None:
    """The five criteria's mean ratings by sex (all responses in the last column); None when
    nobody answered or one sex is chosen."""
    from gmsdesk.reports.pack import PackTable

    codes = [c for c in (f"evaluation_{x}" for x in CRITERIA)
             if c in lines and lines[c].applies and "sex" in lines[c].indicator.dimensions]
    answered = [c for c in codes if (lines[c].value or Value(None)).denominator]
    if not answered or _narrowed(filters, "sex"):
        return None
    cells: dict[tuple[str, str], Value] = {}
    for code in codes:
        for (key, _), value in figures.pivot(db, code, filters, period, "sex").cells.items():
            cells[(code, key)] = value
    columns = _order("sex", [k for _, k in cells])
    return PackTable("", "score", "indicator", "sex", tuple(codes), columns, cells,
                     row_totals={c: lines[c].value or Value(None) for c in codes},
                     title_key="evaluation_by_sex")


def _target_rows(db: Database, scope: ScopeLike | None, period: Period,
                 dashboard: DashboardLike) -> list[TargetRow]:
    """The targets of the selection's scope and the wider ones, for periods overlapping the
    pack's; marked when an indicator of the pack is measured against it (or its sum)."""
    from gmsdesk.reports.pack import TargetRow

    if scope is None:
        return []
    chain = {(kind, scope_key(kind, value))
             for kind, value in db.targets.wider_scopes(scope.kind, scope.value or None)}
    used: set[str] = set()
    for line in dashboard.lines:
        if line.target is not None:
            used.add(line.target.id)
            used.update(p.id for p in line.target.parts)
    return [TargetRow(x, x.id in used) for x in db.targets.targets()
            if x.period_start <= period.end and x.period_end >= period.start
            and (x.scope, scope_key(x.scope, x.scope_value)) in chain]


def gather(db: Database, figures: Figures, period: Period, filters: Filters, lang: str,
           progress: Progress | None = None) -> PackData:
    """Everything the pack prints, as the dashboard computes it for the same period and
    selection. `progress` answering False raises Cancelled."""
    import datetime as dt

    from gmsdesk.reports.pack import PackData
    from gmsdesk.reports.strings import t

    steps = _Steps(progress)
    filters = replace(filters, start=None, end=None)
    own = str(db.agency_id)
    scope = figures.target_scope(filters, bool(db.is_hq), "" if own == UNASSIGNED_AGENCY
                                 else own)
    dashboard = figures.dashboard(db, filters, period, scope, progress=steps.phase("figures"))
    dated = dashboard.filters
    lines = {x.indicator.code: _line(figures, x, dated) for x in dashboard.lines}
    tables: list[PackTable] = []
    tick = steps.phase("tables")
    count = len(DISAGGREGATIONS) + 2
    for done, (code, first, second) in enumerate(DISAGGREGATIONS):
        tick(done, count)
        found = _table(db, figures, lines, period, dated, code, first, second)
        if found is not None:
            tables.append(found)
    tick(count - 2, count)
    origins = _origins(db, figures, lines, period, dated)
    if origins is not None:
        tables.insert(min(len(tables), 5), origins)
    tick(count - 1, count)
    evaluation = _evaluation(db, figures, lines, period, dated)
    tick(count, count)
    agencies = db.agencies.names(lang)
    if own == UNASSIGNED_AGENCY:
        prepared_by = ""
    else:
        prepared_by = agencies.get(own) or (t(lang, "headquarters") if db.is_hq else own)
    return PackData(
        period, filters, (scope.kind, scope.value) if scope is not None else None,
        tuple(lines.values()), tuple(tables), evaluation,
        tuple(_target_rows(db, scope, period, dashboard)), agencies, prepared_by,
        dt.date.today(), tuple(f"evaluation_{c}" for c in CRITERIA))


def make_pack(db: Database, figures: Figures, request: PackRequest,
              progress: Progress | None = None) -> PackWritten | None:
    """Gather the pack and write the files asked for. None when `progress` cancelled: no
    file is left half written (one finished before the cancel is kept)."""
    from gmsdesk.reports.output import Cancelled
    from gmsdesk.reports.pack import write_pdf, write_xlsx
    from gmsdesk.reports.strings import lang_or_default

    if request.pdf is None and request.xlsx is None:
        raise ValueError("a report pack needs a PDF or an XLSX file to write")
    lang = lang_or_default(request.lang)
    steps = _Steps(progress)
    try:
        pack = gather(db, figures, request.period, request.filters, lang, progress)
        pages = sheets = 0
        if request.pdf is not None:
            pages = write_pdf(request.pdf, pack, lang, steps.phase("pdf"))
        if request.xlsx is not None:
            sheets = write_xlsx(request.xlsx, pack, lang, steps.phase("xlsx"))
    except Cancelled:
        return None
    if progress is not None:
        progress(1000, 1000)
    return PackWritten(pack, request.pdf, pages, request.xlsx, sheets)
