"""Targets and baselines: the value an indicator should reach, for a scope and a period.

A target is one record per indicator, scope ("programme", "economy", "agency", "province"),
what the scope names (an economy code, an agency code, a province) and period. Its id is
derived from those (see `target_id`), so two laptops typing the same target make one record
and sync cannot duplicate it. Headquarters' targets reach every agency read-only; an agency
may add its own for itself and its provinces.

Which target a dashboard view compares against is `TargetRepository.target_for` (the rule is
in its docstring). All target SQL lives here; the XLSX files are read and written here too.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from gmsdesk.i18n import QT_TRANSLATE_NOOP
from gmsdesk.records.catalog import COUNTRIES, MSG_COUNTRY, TARGET_SCOPES, TARGETS
from gmsdesk.storage.agencies import profile_id
from gmsdesk.storage.errors import NotFound, ReadOnlyRecord, StorageError, ValidationError
from gmsdesk.storage.ids import derived_id
from gmsdesk.storage.records import Change, Changes, RecordWriter, TableSpec
from gmsdesk.text import fold

if TYPE_CHECKING:
    from gmsdesk.storage.db import Database

SPEC = TableSpec(TARGETS)
SCOPES = tuple(TARGET_SCOPES)  # programme, economy, agency, province
# From the most specific scope to the widest: the order `target_for` looks in.
PRECEDENCE = ("province", "agency", "economy", "programme")
KEY_FIELDS = ("indicator", "scope", "scope_value", "period_start", "period_end")
DATA_FIELDS = ("value", "baseline", "baseline_on", "notes")

# The columns of an exported file, in order, with the field each holds. A file's headers are
# matched case-insensitively against these and against the field names.
XLSX_COLUMNS: tuple[tuple[str, str], ...] = (
    ("indicator", "indicator"), ("scope", "scope"), ("for", "scope_value"),
    ("from", "period_start"), ("to", "period_end"), ("target", "value"),
    ("baseline", "baseline"), ("baseline date", "baseline_on"), ("notes", "notes"))
SHEET_TITLE = "Targets"

MSG_PERIOD = QT_TRANSLATE_NOOP("Targets", "Enter the first and the last day of the period.")
MSG_PERIOD_ORDER = QT_TRANSLATE_NOOP("Targets", "The period ends before it starts.")
MSG_EMPTY = QT_TRANSLATE_NOOP("Targets", "Enter a target value or a baseline.")
MSG_AGENCY = QT_TRANSLATE_NOOP("Targets", "Enter the agency's code, for example kh-sr.")
MSG_PROVINCE = QT_TRANSLATE_NOOP("Targets", "Enter the province.")
MSG_PROGRAMME = QT_TRANSLATE_NOOP("Targets",
                                  "A target for the whole programme is for no one place: "
                                  "leave “for” empty.")
MSG_HQ_SCOPE = QT_TRANSLATE_NOOP("Targets", "Only headquarters sets targets for the whole "
                                 "programme and for economies.")
MSG_OWN_ONLY = QT_TRANSLATE_NOOP("Targets", "An agency sets targets for itself and for the "
                                 "provinces it serves only.")
MSG_READ_ONLY = QT_TRANSLATE_NOOP("Targets", "Set by headquarters: this target cannot be "
                                  "changed here.")
MSG_UNKNOWN_INDICATOR = QT_TRANSLATE_NOOP("Targets", "There is no indicator with this code.")
MSG_NOT_XLSX = QT_TRANSLATE_NOOP("Targets", "Choose an .xlsx file.")
MSG_NO_HEADERS = QT_TRANSLATE_NOOP(
    "Targets", "The first row must name the columns: indicator, scope, for, from, to, target, "
               "baseline, baseline date, notes.")
MSG_UNREADABLE = QT_TRANSLATE_NOOP("Targets", "This file could not be read as a spreadsheet.")

_COUNTRY_NAMES = {fold(name): code for code, name in COUNTRIES.items()}
_SCOPE_NAMES = {**{fold(label): code for code, label in TARGET_SCOPES.items()},
                "programme": "programme", "program": "programme"}


class PeriodLike(Protocol):
    """A reporting period (a year, a quarter): its first and last day."""

    @property
    def start(self) -> date | str: ...

    @property
    def end(self) -> date | str: ...


class TargetFileError(StorageError):
    """A file that cannot be imported at all. The message is English, context "Targets"."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Target:
    """A target as a screen reads it. `parts`: the targets it is the sum of (a year's value
    from its quarters, see `target_for`); such a target has no id and is not stored."""

    id: str
    indicator: str
    scope: str
    scope_value: str
    period_start: str
    period_end: str
    value: float | None
    baseline: float | None = None
    baseline_on: str | None = None
    notes: str = ""
    agency_id: str = ""
    editable: bool = True  # this laptop may change it (not headquarters' on an agency's)
    deleted: bool = False
    parts: tuple[Target, ...] = ()

    @property
    def days(self) -> int:
        return (_day(self.period_end) - _day(self.period_start)).days + 1


@dataclass(frozen=True)
class TargetGrid:
    """Targets of some indicators (rows) for the values of one scope (columns), one period.
    A cell is the stored target of exactly that indicator, place and period, or None."""

    indicators: tuple[str, ...]
    scope: str
    values: tuple[str, ...]
    period_start: str
    period_end: str
    cells: tuple[tuple[Target | None, ...], ...]

    def at(self, row: int, column: int) -> Target | None:
        return self.cells[row][column]


@dataclass(frozen=True)
class CellEdit:
    """One cell of the grid editor set: some of value, baseline, baseline_on (None clears)."""

    indicator: str
    scope: str
    scope_value: str
    period_start: str
    period_end: str
    values: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RowProblem:
    """What is wrong with one row of an imported file: the row as a person sees it in the
    spreadsheet (the header is row 1), the field, and a message (English, context "Targets",
    else "Validation")."""

    row: int
    field: str
    message: str


@dataclass
class TargetImport:
    """What an import did. Rows with a problem are left out; the others are saved."""

    total: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)

    @property
    def failed_rows(self) -> list[int]:
        return sorted({p.row for p in self.problems})


def scope_key(scope: str, scope_value: str | None) -> str:
    """What a scope value is compared by: economy codes as they are, names folded (case,
    spaces and Latin accents do not make another province or agency)."""
    text = (scope_value or "").strip()
    if scope == "programme":
        return ""
    return text.upper() if scope == "economy" else fold(text)


def target_id(indicator: str, scope: str, scope_value: str | None, start: str,
              end: str) -> str:
    """The id of the target of `indicator` for a scope and period, the same on every laptop."""
    return derived_id("target", indicator.strip(), scope, scope_key(scope, scope_value),
                      start, end)


def _day(value: date | str) -> date:
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else date.fromisoformat(value[:10])


def _iso(value: date | str) -> str:
    return _day(value).isoformat()


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


class TargetRepository:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.writer = RecordWriter(db)

    def specs(self) -> dict[str, TableSpec]:
        return {SPEC.name: SPEC}

    # -- reading --------------------------------------------------------------------------

    def _target(self, row: Mapping[str, Any]) -> Target:
        return Target(
            row["id"], row["indicator"], row["scope"], row["scope_value"] or "",
            row["period_start"] or "", row["period_end"] or "", _float(row["value"]),
            _float(row["baseline"]), row["baseline_on"], row["notes"] or "",
            row["agency_id"], self.db.may_write(row["agency_id"]), bool(row["deleted"]))

    def targets(self, *, indicator: str | None = None, scope: str | None = None,
                scope_value: str | None = None, year: int | None = None,
                deleted: bool = False) -> list[Target]:
        """Targets by indicator, scope (from the widest), place and period; each filter
        narrows. `year`: the targets whose period overlaps that calendar year."""
        sql = "SELECT * FROM targets WHERE deleted = ?"
        params: list[Any] = [int(deleted)]
        if indicator is not None:
            sql += " AND indicator = ?"
            params.append(indicator)
        if scope is not None:
            sql += " AND scope = ?"
            params.append(scope)
        if year is not None:
            sql += " AND period_start <= ? AND period_end >= ?"
            params += [f"{year:04d}-12-31", f"{year:04d}-01-01"]
        found = [self._target(r) for r in self.db.conn.execute(sql, params)]
        if scope_value is not None:
            wanted = fold(scope_value)
            found = [t for t in found if fold(t.scope_value) == wanted]
        order = {s: i for i, s in enumerate(SCOPES)}
        found.sort(key=lambda t: (t.indicator, order.get(t.scope, 9), fold(t.scope_value),
                                  t.period_start, t.period_end))
        return found

    def indicators_in_use(self) -> set[str]:
        """The indicator codes targets are set for (a retired indicator's too)."""
        return {r[0] for r in self.db.conn.execute(
            "SELECT DISTINCT indicator FROM targets WHERE deleted = 0")}

    def get(self, record_id: str) -> Target:
        row = self.db.conn.execute("SELECT * FROM targets WHERE id = ?",
                                   (record_id,)).fetchone()
        if row is None:
            raise NotFound(SPEC.name, record_id)
        return self._target(row)

    def find(self, indicator: str, scope: str, scope_value: str | None, start: date | str,
             end: date | str) -> Target | None:
        """The stored target of exactly this indicator, place and period (not deleted)."""
        try:
            found = self.get(target_id(indicator, scope, scope_value, _iso(start), _iso(end)))
        except NotFound:
            return None
        return None if found.deleted else found

    # -- which target a view compares against ---------------------------------------------

    def target_for(self, indicator: str, scope: str, scope_value: str | None,
                   start: date | str, end: date | str) -> Target | None:
        """The target a dashboard view of `indicator` for a place and period is measured
        against, or None.

        The rule. Scopes are tried from the one asked outwards: a province, then the agency
        serving it, then its economy, then the whole programme (an agency: its economy, then
        the programme; an economy: the programme). The first scope with a target that fits the
        period wins, so the returned target's `scope` says whether it is the place's own or a
        wider one. Within a scope a target fits when its period
          1. equals the one asked;
          2. else contains it (the shortest such period: a quarter before the year);
          3. else the targets lying inside the period asked cover it day by day without gaps
             or overlaps (a year asked, quarterly targets set): their sum, with the baseline
             of the earliest, and `parts` naming them.
        Only targets with a value count. A province's agency is the one whose profile lists
        it (this laptop's own agency first; skipped when several others do); its economy is
        that profile's country, else the economy most of its SMEs are in."""
        first, last = _day(start), _day(end)
        rows = [self._target(r) for r in self.db.conn.execute(
            "SELECT * FROM targets WHERE deleted = 0 AND indicator = ? AND value IS NOT NULL "
            "AND period_start <= ? AND period_end >= ?",
            (indicator, last.isoformat(), first.isoformat()))]
        if not rows:
            return None
        for level, value in self.wider_scopes(scope, scope_value):
            key = scope_key(level, value)
            here = [t for t in rows
                    if t.scope == level and scope_key(level, t.scope_value) == key]
            found = _fitting(here, first, last)
            if found is not None:
                return found
        return None

    def wider_scopes(self, scope: str, scope_value: str | None) -> list[tuple[str, str]]:
        """(scope, value) from the one asked to the whole programme (see `target_for`)."""
        value = (scope_value or "").strip()
        chain: list[tuple[str, str]] = [(scope, value)] if scope != "programme" else []
        country: str | None = None
        if scope == "province":
            agency, country = self._serving(value)
            if agency:
                chain.append(("agency", agency))
            country = country or self._province_country(value)
        elif scope == "agency":
            profile = self.db.agencies.get(profile_id(value))
            country = profile.country if profile is not None else None
        if country:
            chain.append(("economy", country))
        chain.append(("programme", ""))
        return chain

    def _serving(self, province: str) -> tuple[str | None, str | None]:
        """The agency serving a province (this laptop's own first) and its country."""
        key = fold(province)
        serving = [p for p in self.db.agencies.profiles()
                   if not p.hq and key in {fold(x) for x in p.provinces}]
        own = [p for p in serving if p.agency == self.db.agency_id]
        chosen = own[0] if own else (serving[0] if len(serving) == 1 else None)
        if chosen is not None:
            return chosen.agency, chosen.country
        countries = {p.country for p in serving if p.country}
        return None, (countries.pop() if len(countries) == 1 else None)

    def _province_country(self, province: str) -> str | None:
        row = self.db.conn.execute(
            "SELECT country FROM smes WHERE deleted = 0 AND province = ? AND country IS NOT "
            "NULL GROUP BY country ORDER BY count(*) DESC LIMIT 1", (province,)).fetchone()
        return str(row[0]) if row is not None else None

    # -- what this laptop may set ---------------------------------------------------------

    def may_add(self, scope: str, scope_value: str | None) -> str | None:
        """Why this laptop may not add a target for this place (a message, context
        "Targets"), or None. Headquarters, and a laptop not enrolled yet, set any; an
        agency's sets its own agency's and its provinces' (all, if its profile lists none)."""
        if self.db.is_hq or self.db.agency_id == _unassigned():
            return None
        if scope in ("programme", "economy"):
            return MSG_HQ_SCOPE
        if scope == "agency":
            return None if scope_key(scope, scope_value) == fold(self.db.agency_id) \
                else MSG_OWN_ONLY
        provinces = self.own_provinces()
        if provinces and fold(scope_value) not in {fold(p) for p in provinces}:
            return MSG_OWN_ONLY
        return None

    def own_provinces(self) -> list[str]:
        """The provinces this laptop's agency serves, as its profile lists them."""
        profile = self.db.agencies.get(profile_id(self.db.agency_id))
        return list(profile.provinces) if profile is not None else []

    def scope_values(self, scope: str, country: str | None = None) -> list[str]:
        """The columns of a grid for a scope: economy codes; agency codes (an agency's laptop:
        its own); provinces (an agency's laptop: those it serves, else its SMEs'; headquarters:
        every agency's and every SME's, and those that have targets). `country` narrows
        agencies and provinces to one economy."""
        if scope == "programme":
            return [""]
        if scope == "economy":
            return [c for c in COUNTRIES if country in (None, c)]
        hq_view = self.db.is_hq or self.db.agency_id == _unassigned()
        profiles = [p for p in self.db.agencies.profiles() if not p.hq
                    and (hq_view or p.agency == self.db.agency_id)]
        if scope == "agency":
            codes = [p.agency for p in profiles if country in (None, p.country)]
            return codes or ([] if hq_view else [self.db.agency_id])
        found: dict[str, str] = {}
        for profile in profiles:
            if country in (None, profile.country):
                for province in profile.provinces:
                    found.setdefault(fold(province), province)
        if hq_view or not found:
            for province in self.db.smes.provinces(country):
                found.setdefault(fold(province), province)
        if hq_view and country is None:
            for (province,) in self.db.conn.execute(
                    "SELECT DISTINCT scope_value FROM targets WHERE deleted = 0 AND "
                    "scope = 'province' AND scope_value IS NOT NULL"):
                found.setdefault(fold(province), province)
        return sorted(found.values(), key=fold)

    # -- writing --------------------------------------------------------------------------

    def validate(self, values: Mapping[str, Any]) -> dict[str, str]:
        """A message per field that is wrong (English, context "Targets" or "Validation")."""
        return self._clean(values)[1]

    def clean(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """A whole target as stored values, or `ValidationError`."""
        out, errors = self._clean(values)
        if errors:
            raise ValidationError(errors)
        return out

    def _clean(self, values: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
        raw = dict(values)
        scope_text = fold(str(raw.get("scope") or ""))
        raw["scope"] = _SCOPE_NAMES.get(scope_text, raw.get("scope")) if scope_text \
            else "programme"
        out, errors = TARGETS.clean(raw, names=[n for n in TARGETS.names if n in raw])
        out.setdefault("scope", "programme")
        for name in ("indicator", "period_start", "period_end"):
            if out.get(name) is None and name not in errors:
                errors[name] = MSG_PERIOD if name != "indicator" else \
                    TARGETS.field("indicator").message
        scope = out.get("scope")
        value = out.get("scope_value") or ""
        if scope == "programme":
            if value:
                errors.setdefault("scope_value", MSG_PROGRAMME)
            out["scope_value"] = None
        elif scope == "economy":
            code = value.upper() if value.upper() in COUNTRIES else _COUNTRY_NAMES.get(
                fold(value))
            if code is None:
                errors.setdefault("scope_value", MSG_COUNTRY)
            out["scope_value"] = code
        elif scope in ("agency", "province") and not value:
            errors.setdefault("scope_value", MSG_AGENCY if scope == "agency" else MSG_PROVINCE)
        elif scope == "province":
            out["scope_value"] = " ".join(value.split())
        start, end = out.get("period_start"), out.get("period_end")
        if start and end and end < start:
            errors.setdefault("period_end", MSG_PERIOD_ORDER)
        return out, errors

    def _row(self, record_id: str) -> dict[str, Any] | None:
        row = self.db.conn.execute("SELECT * FROM targets WHERE id = ?",
                                   (record_id,)).fetchone()
        return dict(row) if row is not None else None

    def save(self, values: Mapping[str, Any], record_id: str | None = None) -> Changes:
        """Set a target: the one of the same indicator, place and period if there is one
        (its fields not given stay as they are; a deleted one comes back with what is given),
        else a new one. With
        `record_id` of a target whose indicator, place or period changed, that one is deleted.
        `ValidationError` for wrong values or a place this laptop may not set a target for,
        `ReadOnlyRecord` for headquarters' target on an agency's laptop."""
        out = self.clean(values)
        new_id = target_id(out["indicator"], out["scope"], out["scope_value"],
                           out["period_start"], out["period_end"])
        changes: list[Change] = []
        with self.db.atomic():
            if record_id is not None and record_id != new_id:
                changes += self.writer.set_deleted(SPEC, record_id, True)
            changes += self._upsert(new_id, out)
        return tuple(changes)

    def _upsert(self, record_id: str, out: Mapping[str, Any]) -> Changes:
        """Insert, change or bring back the target `record_id` from clean values. A deleted
        target comes back with what is given only (as a new one would)."""
        existing = self._row(record_id)
        data = {k: v for k, v in out.items() if k in DATA_FIELDS}
        if existing is None or existing["deleted"]:
            if all(data.get(k) is None for k in ("value", "baseline")):
                raise ValidationError({"value": MSG_EMPTY})
            data = {k: data.get(k) for k in DATA_FIELDS}
        if existing is None:
            reason = self.may_add(out["scope"], out["scope_value"])
            if reason:
                raise ValidationError({"scope_value" if out["scope"] in ("agency", "province")
                                       else "scope": reason})
            return self.writer.insert(SPEC, {**out, **data}, record_id=record_id)
        changes: Changes = ()
        if existing["deleted"]:
            changes += self.writer.set_deleted(SPEC, record_id, False)
        # The same target may be typed with the place spelt otherwise ("siem reap"): the last
        # spelling is kept, but is no reason to refuse an unchanged target that is read-only.
        keys = {k: out[k] for k in KEY_FIELDS if k in out} \
            if self.db.may_write(existing["agency_id"]) else {}
        return changes + self.writer.update(SPEC, record_id, {**keys, **data})

    def delete(self, record_ids: Iterable[str]) -> Changes:
        return self._set_deleted(record_ids, True)

    def restore(self, record_ids: Iterable[str]) -> Changes:
        return self._set_deleted(record_ids, False)

    def _set_deleted(self, record_ids: Iterable[str], deleted: bool) -> Changes:
        with self.db.atomic():
            return tuple(c for record_id in record_ids
                         for c in self.writer.set_deleted(SPEC, record_id, deleted))

    # -- the grid editor ------------------------------------------------------------------

    def grid(self, indicator_codes: Sequence[str], scope: str, values: Sequence[str],
             period: PeriodLike) -> TargetGrid:
        """The stored targets of `indicator_codes` × `values` (places of `scope`) for exactly
        `period`, in one read."""
        start, end = _iso(period.start), _iso(period.end)
        codes = list(dict.fromkeys(indicator_codes))
        by_key: dict[tuple[str, str], Target] = {}
        if codes:
            marks = ", ".join("?" for _ in codes)
            for row in self.db.conn.execute(
                    f"SELECT * FROM targets WHERE deleted = 0 AND scope = ? AND "
                    f"period_start = ? AND period_end = ? AND indicator IN ({marks})",
                    (scope, start, end, *codes)):
                target = self._target(row)
                by_key[(target.indicator, scope_key(scope, target.scope_value))] = target
        cells = tuple(tuple(by_key.get((code, scope_key(scope, value))) for value in values)
                      for code in indicator_codes)
        return TargetGrid(tuple(indicator_codes), scope, tuple(values), start, end, cells)

    def save_grid(self, edits: Iterable[CellEdit]) -> Changes:
        """Set cells of the grid editor, all in one transaction (one undo step). A cell whose
        value and baseline are both cleared deletes its target; setting it again brings the
        same target back."""
        changes: list[Change] = []
        with self.db.atomic():
            for edit in edits:
                changes += self._save_cell(edit)
        return tuple(changes)

    def _save_cell(self, edit: CellEdit) -> Changes:
        keys = {"indicator": edit.indicator, "scope": edit.scope,
                "scope_value": edit.scope_value or None, "period_start": edit.period_start,
                "period_end": edit.period_end}
        out = self.clean({**keys, **edit.values})
        record_id = target_id(out["indicator"], out["scope"], out["scope_value"],
                              out["period_start"], out["period_end"])
        existing = self._row(record_id)
        live = existing is not None and not existing["deleted"]
        after = {k: out[k] if k in edit.values else (existing or {}).get(k) if live else None
                 for k in ("value", "baseline")}
        if after["value"] is None and after["baseline"] is None:
            if not live:
                return ()  # clearing an empty cell
            return self.writer.set_deleted(SPEC, record_id, True)
        return self._upsert(record_id, out)

    # -- XLSX -----------------------------------------------------------------------------

    def export_xlsx(self, path: str | Path, targets: Iterable[Target] | None = None) -> int:
        """Write targets (all not deleted) to one sheet, columns as `XLSX_COLUMNS`; returns
        how many. Written beside the file and renamed into place, so a failed export never
        leaves half a file where a good one was."""
        import openpyxl
        from openpyxl.cell import WriteOnlyCell

        from gmsdesk.tabular import xlsx_cells

        path = Path(path)
        if path.suffix.lower() != ".xlsx":
            raise TargetFileError(MSG_NOT_XLSX)
        rows = list(self.targets() if targets is None else targets)
        partial = path.with_name(path.name + ".part")
        workbook = openpyxl.Workbook(write_only=True)
        sheet = workbook.create_sheet(SHEET_TITLE)
        sheet.append([header for header, _ in XLSX_COLUMNS])

        def cell(value: Any, is_date: bool = False) -> Any:
            if value in (None, ""):
                return None
            if isinstance(value, str) and not is_date:
                return xlsx_cells(sheet, [value])[0]  # a note is never a formula
            if not is_date:
                return int(value) if isinstance(value, float) and value.is_integer() else value
            out = WriteOnlyCell(sheet, _day(value))
            out.number_format = "yyyy-mm-dd"
            return out

        for t in rows:
            sheet.append([cell(t.indicator), cell(t.scope), cell(t.scope_value),
                          cell(t.period_start, True), cell(t.period_end, True), cell(t.value),
                          cell(t.baseline), cell(t.baseline_on, True), cell(t.notes)])
        try:
            workbook.save(partial)
            partial.replace(path)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        return len(rows)

    def import_xlsx(self, path: str | Path,
                    known_indicators: Collection[str] | None = None) -> TargetImport:
        """Set the targets of a file's first sheet. A row with a problem is reported (row
        number, field, message) and left out; the good rows are saved, all in one transaction.
        A row equal to what is stored changes nothing, so importing an export again changes
        nothing. `known_indicators`: codes a row's indicator must be one of."""
        report = TargetImport()
        known = set(known_indicators) if known_indicators is not None else None
        rows = _read_sheet(Path(path))
        with self.db.atomic():
            for number, values in rows:
                report.total += 1
                self._import_row(report, number, values, known)
        return report

    def _import_row(self, report: TargetImport, number: int, values: dict[str, Any],
                    known: set[str] | None) -> None:
        errors = self.validate(values)
        indicator = str(values.get("indicator") or "").strip()
        if known is not None and indicator and indicator not in known:
            errors.setdefault("indicator", MSG_UNKNOWN_INDICATOR)
        if not errors:
            try:
                with self.db.atomic():  # a savepoint: a refused row leaves nothing behind
                    changes = self.save(values)
            except ValidationError as exc:
                errors = dict(exc.errors)
            except ReadOnlyRecord:
                errors = {"value": MSG_READ_ONLY}
            else:
                report.changes += changes
                ops = {c.op for c in changes}
                if not changes:
                    report.unchanged += 1
                elif "insert" in ops:
                    report.added += 1
                else:
                    report.updated += 1
                return
        report.problems += [RowProblem(number, name, message)
                            for name, message in errors.items()]


def _fitting(targets: list[Target], first: date, last: date) -> Target | None:
    """The target of one scope for a period (steps 1-3 of `target_for`)."""
    start, end = first.isoformat(), last.isoformat()
    containing = [t for t in targets if t.period_start <= start and t.period_end >= end]
    if containing:
        return min(containing, key=lambda t: (t.days, t.period_start != start))
    inside = [t for t in targets if t.period_start >= start and t.period_end <= end]
    parts = _cover(inside, first, last)
    if not parts:
        return None
    head = parts[0]
    return replace(head, id="", period_start=start, period_end=end,
                   value=sum(p.value or 0.0 for p in parts), notes="", editable=False,
                   parts=tuple(parts))


def _cover(targets: list[Target], first: date, last: date) -> list[Target] | None:
    """Targets that follow each other from `first` to `last` without gap or overlap (the
    longest first at each step: quarters before months), or None."""
    by_start: dict[date, list[Target]] = {}
    for t in targets:
        by_start.setdefault(_day(t.period_start), []).append(t)
    for starting in by_start.values():
        starting.sort(key=lambda t: -t.days)

    def walk(day: date, depth: int) -> list[Target] | None:
        if day == last + timedelta(days=1):
            return []
        if depth > 400:  # a day-by-day chain past a year: no sensible target set
            return None
        for t in by_start.get(day, ()):
            rest = walk(_day(t.period_end) + timedelta(days=1), depth + 1)
            if rest is not None:
                return [t, *rest]
        return None

    return walk(first, 0)


def _unassigned() -> str:
    from gmsdesk.storage.db import UNASSIGNED_AGENCY

    return UNASSIGNED_AGENCY


# -- reading a file -----------------------------------------------------------------------------


def _read_sheet(path: Path) -> list[tuple[int, dict[str, Any]]]:
    """(row number, field -> cell) for each non-empty row under the header row."""
    import zipfile

    import openpyxl

    if path.suffix.lower() != ".xlsx":
        raise TargetFileError(MSG_NOT_XLSX)
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (KeyError, ValueError, zipfile.BadZipFile, InvalidFileException) as exc:
        raise TargetFileError(MSG_UNREADABLE) from exc
    try:
        rows = list(_rows(workbook.worksheets[0].iter_rows(values_only=True)))
    finally:
        workbook.close()
    return rows


def _rows(cells: Iterator[tuple[Any, ...]]) -> Iterator[tuple[int, dict[str, Any]]]:
    names = {header: name for header, name in XLSX_COLUMNS} | \
        {name: name for _, name in XLSX_COLUMNS}
    header = next(cells, None)
    columns = {i: names.get(fold(str(h or "")).replace("_", " "),
                            names.get(fold(str(h or "")))) for i, h in enumerate(header or ())}
    if "indicator" not in columns.values():
        raise TargetFileError(MSG_NO_HEADERS)
    for number, row in enumerate(cells, start=2):
        values: dict[str, Any] = {}
        for i, cell in enumerate(row):
            name = columns.get(i)
            if name is None:
                continue
            if isinstance(cell, str):
                cell = cell.strip() or None
            values[name] = cell
        if any(v is not None for v in values.values()):
            for name in ("scope_value", "indicator", "notes"):
                if isinstance(values.get(name), int | float):
                    values[name] = _plain(values[name])
            yield number, values


def _plain(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)
