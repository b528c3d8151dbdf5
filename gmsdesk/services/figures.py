"""What the Reports area shows, read in one go from one connection: each indicator's value for
the period and scope chosen, its target, and its trend with the targets of the same periods.
No Qt here: the area's worker thread calls these with its own connection, and tests call them
directly."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from gmsdesk.reports import periods as periods_
from gmsdesk.reports.periods import Period
from gmsdesk.storage.db import Database
from gmsdesk.storage.indicators import Filters, Indicator, Value
from gmsdesk.storage.targets import Target

Stop = Callable[[], bool]
Progress = Callable[[int, int], bool]

# The dimensions a filter narrows, by the name of the `Filters` field that narrows it.
FILTER_DIMENSIONS = ("economy", "province", "agency", "sector", "sex")
# How far back a trend goes, by the kind of period chosen.
TREND_LENGTH = {"year": 5, "quarter": 6, "month": 12, "range": 6}
MET = 100.0  # percent of target at which a target is met
NEAR = 80.0  # ... and from which it is near


class Stopped(Exception):
    """A newer request (or the user's Cancel) made this one pointless."""


@dataclass(frozen=True)
class Scope:
    """What a target is set for: the whole programme, an economy, an agency or a province."""

    kind: str
    value: str


@dataclass(frozen=True)
class Line:
    """One indicator on the dashboard. `applies` is False when a filter chosen narrows a
    dimension the indicator is not counted by (the value would not be what it says)."""

    indicator: Indicator
    value: Value | None
    target: Target | None  # set for the scope shown itself
    wider: Target | None  # else the wider scope's that would apply (told, not measured)
    periods: tuple[Period, ...]
    trend: tuple[Value | None, ...]
    targets: tuple[float | None, ...]
    applies: bool = True

    @property
    def target_value(self) -> float | None:
        return self.target.value if self.target is not None else None


@dataclass(frozen=True)
class Dashboard:
    period: Period
    filters: Filters
    scope: Scope | None
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class Rank:
    """One agency, province or economy of a benchmark."""

    key: str
    value: Value
    target: float | None


def kind_of(period: Period) -> str:
    """"year", "quarter", "month" or "range" (any other span), from a period's dates."""
    label = periods_.parse(f"{period.start}..{period.end}").label  # named by its dates
    if len(label) == 4:
        return "year"
    if "-Q" in label:
        return "quarter"
    return "month" if len(label) == 7 else "range"


def unfiltered(filters: Filters, indicator: Indicator) -> list[str]:
    """The filters chosen that `indicator` cannot honour (it is not counted by them)."""
    dimensions = set(indicator.dimensions)
    return [name for name in FILTER_DIMENSIONS
            if getattr(filters, name, None) and name not in dimensions]


def target_scope(filters: Filters, is_hq: bool, own_agency: str) -> Scope | None:
    """The scope whose target the figures shown are measured against, or None when the
    selection matches no scope a target can be set for (a sector, a sex, or an agency and a
    province at once: a target for the whole would overstate what is asked of the part).

    An agency's laptop holds only its own agency's records, so its whole is its agency, and
    a province there is the agency's work in it (`own_agency` is "" on a laptop not enrolled
    yet, which holds whatever was made on it)."""
    if filters.sector or filters.sex:
        return None
    if filters.province:
        return None if filters.agency else Scope("province", filters.province)
    agency = filters.agency or ("" if is_hq else own_agency)
    if agency:
        return Scope("agency", agency)
    if filters.economy:
        return Scope("economy", filters.economy)
    return Scope("programme", "")


def amount(value: Value | None) -> float | None:
    """The one number of a value: its value, or the amount of its only currency."""
    if value is None:
        return None
    if value.value is not None:
        return float(value.value)
    currencies = value.by_currency or {}
    if len(currencies) == 1:
        return float(next(iter(currencies.values())))
    return None


def percent_of_target(value: Value | None, target: float | None) -> float | None:
    """How far an actual value is towards its target, in percent; None without both (or for
    money in several currencies, which no single target measures)."""
    actual = amount(value)
    if actual is None or target is None or target <= 0:
        return None
    return 100.0 * actual / target


def status(percent: float | None) -> str:
    """"met", "near", "behind", or "none" (no target to measure against)."""
    if percent is None:
        return "none"
    if percent >= MET:
        return "met"
    return "near" if percent >= NEAR else "behind"


def targets_for(db: Database, code: str, scope: Scope | None, period: Period
                ) -> tuple[Target | None, Target | None]:
    """(the target of the scope itself, else None; a wider scope's that applies, else None).
    Only the scope's own target measures its figures: a province is not behind because it
    has not reached the whole economy's target."""
    if scope is None:
        return None, None
    found = db.targets.target_for(code, scope.kind, scope.value or None, period.start,
                                  period.end)
    if found is None:
        return None, None
    if found.scope == scope.kind:
        return found, None
    return None, found


def with_period(filters: Filters, period: Period) -> Filters:
    return replace(filters, start=period.start, end=period.end)


def dashboard(db: Database, filters: Filters, period: Period, scope: Scope | None, *,
              stop: Stop | None = None, progress: Progress | None = None,
              trend_length: int | None = None) -> Dashboard:
    """Every indicator of the catalogue for `period` and `filters`: value, target, trend.
    Raises `Stopped` once `stop` says so (checked between indicators; the engine checks it
    inside its own work too)."""
    stop = stop or (lambda: False)
    filters = with_period(filters, period)
    catalogue = list(db.indicators.catalogue())
    steps = len(catalogue) + 1
    if progress is not None and not progress(0, steps):
        raise Stopped

    def made(_digest: str, done: int, total: int) -> None:
        # The first time, the indicator tables are made whole first (a minute at
        # headquarters): progress through them, then through the indicators.
        if progress is not None and not progress(done, total):
            raise Stopped

    db.indicators.update(made)
    values: Mapping[str, Value] = db.indicators.compute_all(filters, stop=stop)
    if stop():
        raise Stopped
    count = trend_length or TREND_LENGTH[kind_of(period)]
    trend_periods = tuple(periods_.series(period, count))
    lines: list[Line] = []
    for done, indicator in enumerate(catalogue, start=1):
        if stop():
            raise Stopped
        applies = not unfiltered(filters, indicator)
        target, wider = targets_for(db, indicator.code, scope, period)
        trend: tuple[Value | None, ...] = ()
        targets: tuple[float | None, ...] = ()
        if applies:
            trend = tuple(db.indicators.series(indicator.code, filters, list(trend_periods)))
            owned = (targets_for(db, indicator.code, scope, p)[0] for p in trend_periods)
            targets = tuple(t.value if t is not None else None for t in owned)
        lines.append(Line(indicator, values.get(indicator.code) if applies else None, target,
                          wider, trend_periods, trend, targets, applies))
        if progress is not None and not progress(done + 1, steps):
            raise Stopped
    return Dashboard(period, filters, scope, tuple(lines))


def benchmark(db: Database, code: str, filters: Filters, period: Period, dimension: str, *,
              stop: Stop | None = None) -> list[Rank]:
    """The agencies, provinces or economies side by side for one indicator, each with its
    own target, highest value first (those without a value last)."""
    filters = with_period(filters, period)
    ranks: list[Rank] = []
    for keys, value in db.indicators.breakdown(code, filters, dimension):
        if stop is not None and stop():
            raise Stopped
        key = str(keys[0]) if keys and keys[0] is not None else ""
        scope = Scope(dimension, key) if key and dimension in ("economy", "agency",
                                                               "province") else None
        target, _wider = targets_for(db, code, scope, period)
        ranks.append(Rank(key, value, target.value if target is not None else None))
    ranks.sort(key=lambda r: (amount(r.value) is None, -(amount(r.value) or 0.0), r.key))
    return ranks


@dataclass(frozen=True)
class Pivot:
    """A breakdown by one dimension (rows) or two (rows by columns)."""

    dimension: str
    second: str | None
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    cells: Mapping[tuple[str, str], Value]


def _key(value: Any) -> str:
    return "" if value is None else str(value)


def pivot(db: Database, code: str, filters: Filters, period: Period, dimension: str,
          second: str | None = None) -> Pivot:
    """`breakdown` laid out as a table: the first dimension's keys down, the second's across
    (one column, "", for a breakdown by one dimension)."""
    found = db.indicators.breakdown(code, with_period(filters, period), dimension, second)
    rows: list[str] = []
    columns: list[str] = []
    cells: dict[tuple[str, str], Value] = {}
    for keys, value in found:
        row = _key(keys[0]) if keys else ""
        column = _key(keys[1]) if second and len(keys) > 1 else ""
        if row not in rows:
            rows.append(row)
        if column not in columns:
            columns.append(column)
        cells[(row, column)] = value
    return Pivot(dimension, second, tuple(rows), tuple(columns), cells)
