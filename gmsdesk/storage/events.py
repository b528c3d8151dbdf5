"""Awareness-raising events: road shows, media campaigns, launches, consultations, seminars.

All event SQL lives here. Each field is checked as `catalog.EVENTS` declares it; here only what
refers elsewhere (the SMEs an event reached must be in the registry). An agency holds tens or
hundreds of events, headquarters a few thousand: a list is read in one query and the typed words
are matched in memory, folded as every list of the app folds them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gmsdesk.i18n import QT_TRANSLATE_NOOP
from gmsdesk.records import catalog
from gmsdesk.storage.errors import NotFound, ValidationError
from gmsdesk.storage.records import Changes, RecordWriter, TableSpec
from gmsdesk.text import fold

if TYPE_CHECKING:
    from gmsdesk.storage.db import Database

SPEC = TableSpec(catalog.EVENTS)
TABLE = SPEC.name
KINDS = tuple(catalog.EVENT_KINDS)
AUDIENCE = ("audience_female", "audience_male", "audience_other")
REQUIRED = ("kind", "title", "held_on")

_MSG = {
    "smes": QT_TRANSLATE_NOOP("Validation", "Choose SMEs from the registry."),
}
# Export columns that are no field of their own (context "Field").
AUDIENCE_LABEL = QT_TRANSLATE_NOOP("Field", "Audience in all")
AGENCY_LABEL = QT_TRANSLATE_NOOP("Field", "Agency")
AGENCY_NAME_LABEL = QT_TRANSLATE_NOOP("Field", "Agency name")
SHEET = "events"


# -- rows handed to screens and exports (plain immutable values) -------------------------------


@dataclass(frozen=True)
class Event:
    id: str
    agency_id: str
    kind: str
    title: str
    held_on: str
    end_on: str | None
    country: str | None
    province: str | None
    venue: str | None
    organiser: str | None
    audience_female: int | None
    audience_male: int | None
    audience_other: int | None
    organisations: int | None
    media_reach: int | None
    sme_ids: tuple[str, ...]
    notes: str | None
    deleted: bool
    created_at: str
    updated_at: str

    @property
    def audience(self) -> int:
        """Everyone counted, whatever their sex (an unrecorded count is none)."""
        return sum(getattr(self, name) or 0 for name in AUDIENCE)

    def values(self) -> dict[str, Any]:
        """The editable fields, as `add`/`update` take them."""
        return {name: list(self.sme_ids) if name == "sme_ids" else getattr(self, name)
                for name in SPEC.fields}


@dataclass(frozen=True)
class EventFilter:
    """What a list shows. `start`/`end` (ISO dates): events with a day in that range; `agency`:
    one agency's events (a headquarters laptop holds every agency's); `text`: words found in
    the title, organiser or venue."""

    kind: str | None = None
    start: str | None = None
    end: str | None = None
    country: str | None = None
    province: str | None = None
    agency: str | None = None
    text: str = ""
    deleted: bool = False


@dataclass(frozen=True)
class EventTotals:
    """What a list of events adds up to: the indicators count these."""

    events: int = 0
    female: int = 0
    male: int = 0
    other: int = 0
    organisations: int = 0
    media_reach: int = 0

    @property
    def audience(self) -> int:
        return self.female + self.male + self.other

    @classmethod
    def of(cls, events: Iterable[Event]) -> EventTotals:
        rows = list(events)
        return cls(len(rows), sum(e.audience_female or 0 for e in rows),
                   sum(e.audience_male or 0 for e in rows),
                   sum(e.audience_other or 0 for e in rows),
                   sum(e.organisations or 0 for e in rows),
                   sum(e.media_reach or 0 for e in rows))


@dataclass(frozen=True)
class LinkedSme:
    """An SME an event reached, as a list names it. `known`: it is in this laptop's registry
    (an id that is not stays listed, by its id, rather than vanish)."""

    id: str
    name: str
    name_local: str | None
    province: str | None
    known: bool = True


# -- helpers ---------------------------------------------------------------------------------


def _ids(raw: Any) -> list[str] | None:
    """SME ids as a list, each once and in order: from a list, or the stored JSON text.
    None for anything that is no list of ids."""
    if raw is None or raw == "":
        return []
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except ValueError:
            return None
    if not isinstance(raw, list | tuple) or not all(isinstance(i, str) for i in raw):
        return None
    return list(dict.fromkeys(i.strip() for i in raw if i.strip()))


def _event(row: Mapping[str, Any]) -> Event:
    return Event(row["id"], row["agency_id"], row["kind"], row["title"], row["held_on"],
                 row["end_on"], row["country"], row["province"], row["venue"],
                 row["organiser"], row["audience_female"], row["audience_male"],
                 row["audience_other"], row["organisations"], row["media_reach"],
                 tuple(_ids(row["sme_ids"]) or ()), row["notes"], bool(row["deleted"]),
                 row["created_at"], row["updated_at"])


def _matches(event: Event, words: Sequence[str]) -> bool:
    hay = fold(" ".join(p for p in (event.title, event.organiser, event.venue) if p))
    return all(word in hay for word in words)


class EventRepository:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.writer = RecordWriter(db)

    def specs(self) -> dict[str, TableSpec]:
        return {TABLE: SPEC}

    # -- checking ---------------------------------------------------------------------------

    def _clean(self, values: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
        """Every field given, as stored, and a message per field that is wrong; the SMEs must
        be in the registry."""
        names = tuple(n for n in SPEC.fields if n in values)
        out, errors = catalog.EVENTS.clean(values, names=names)
        if "sme_ids" in values:
            ids = _ids(values["sme_ids"])
            if ids is None or not self._smes_exist(ids):
                errors["sme_ids"] = _MSG["smes"]
            out["sme_ids"] = ids if ids is not None else values["sme_ids"]
        return out, errors

    def _smes_exist(self, ids: Sequence[str]) -> bool:
        if not ids:
            return True
        found = self.db.conn.execute(
            "SELECT count(*) FROM smes WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(ids),)).fetchone()[0]
        return int(found) == len(ids)

    def validate(self, values: Mapping[str, Any]) -> dict[str, str]:
        """A message per field that is wrong (English, context "Validation"), for a form to
        show under its fields: a whole event (kind, title and date are required)."""
        return self._clean({**dict.fromkeys(REQUIRED), **values})[1]

    def clean(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """A whole event as stored values (what an undoable write takes), or
        `ValidationError`. An event that names no SME says so (an empty list)."""
        out, errors = self._clean({**dict.fromkeys(REQUIRED), "sme_ids": [], **values})
        if errors:
            raise ValidationError(errors)
        return out

    # -- writing ----------------------------------------------------------------------------

    def add(self, values: Mapping[str, Any]) -> Changes:
        """A new event; the change names it first."""
        return self.writer.insert(SPEC, self.clean(values))

    def update(self, event_id: str, changes: Mapping[str, Any]) -> Changes:
        """Change some fields; checked together with those kept (the last day against the
        first). Only what differs is written; nothing when nothing does."""
        with self.db.atomic():
            current = self.get(event_id).values()
            cleaned = self.clean({**current, **changes})
            return self.writer.update(SPEC, event_id,
                                      {k: cleaned[k] for k in changes if k in cleaned})

    def delete(self, event_id: str) -> Changes:
        return self.writer.set_deleted(SPEC, event_id, True)

    def restore(self, event_id: str) -> Changes:
        return self.writer.set_deleted(SPEC, event_id, False)

    # -- reading ----------------------------------------------------------------------------

    def get(self, event_id: str) -> Event:
        row = self.db.conn.execute(f"SELECT * FROM {TABLE} WHERE id = ?",
                                   (event_id,)).fetchone()
        if row is None:
            raise NotFound(TABLE, event_id)
        return _event(row)

    def query(self, filters: EventFilter = EventFilter()) -> list[Event]:
        """The events a filter keeps, newest first."""
        clauses = ["deleted = ?"]
        params: list[Any] = [int(filters.deleted)]
        if filters.kind:
            clauses.append("kind = ?")
            params.append(filters.kind)
        if filters.end:  # it started by the end of the range ...
            clauses.append("held_on <= ?")
            params.append(filters.end)
        if filters.start:  # ... and had not ended before its start
            clauses.append("coalesce(nullif(end_on, ''), held_on) >= ?")
            params.append(filters.start)
        if filters.country:
            clauses.append("country = ?")
            params.append(filters.country)
        if filters.agency:
            clauses.append("agency_id = ?")
            params.append(filters.agency)
        rows = self.db.conn.execute(
            f"SELECT * FROM {TABLE} WHERE {' AND '.join(clauses)} "
            "ORDER BY held_on DESC, created_at DESC", params).fetchall()
        found = [_event(r) for r in rows]
        province = fold(filters.province)
        if province:
            found = [e for e in found if fold(e.province) == province]
        words = fold(filters.text).split()
        if words:
            found = [e for e in found if _matches(e, words)]
        return found

    def totals(self, filters: EventFilter = EventFilter()) -> EventTotals:
        """What the events a filter keeps add up to."""
        return EventTotals.of(self.query(filters))

    def provinces(self, country: str | None = None) -> list[str]:
        """The provinces events were held in (of one economy), in order: a filter's
        choices."""
        sql = (f"SELECT DISTINCT province FROM {TABLE} WHERE deleted = 0 "
               "AND coalesce(province, '') != ''")
        params: tuple[Any, ...] = ()
        if country:
            sql += " AND country = ?"
            params = (country,)
        found = {fold(r[0]): r[0] for r in self.db.conn.execute(sql, params)}
        return sorted(found.values(), key=fold)

    def sme_names(self, sme_ids: Iterable[str]) -> dict[str, str]:
        """The name of each SME found (its local name when it has no other)."""
        ids = list(dict.fromkeys(sme_ids))
        if not ids:
            return {}
        rows = self.db.conn.execute(
            "SELECT id, name, name_local FROM smes WHERE id IN "
            "(SELECT value FROM json_each(?))", (json.dumps(ids),)).fetchall()
        return {r[0]: r[1] or r[2] or "" for r in rows}

    def linked_smes(self, event_id: str) -> list[LinkedSme]:
        """The SMEs an event reached, in the order they were added."""
        ids = self.get(event_id).sme_ids
        if not ids:
            return []
        rows = {r[0]: r for r in self.db.conn.execute(
            "SELECT id, name, name_local, province FROM smes WHERE id IN "
            "(SELECT value FROM json_each(?))", (json.dumps(list(ids)),))}
        return [LinkedSme(i, rows[i][1] or rows[i][2] or "", rows[i][2], rows[i][3])
                if i in rows else LinkedSme(i, i, None, None, known=False) for i in ids]


# -- export --------------------------------------------------------------------------------

# (context, column, English label of its header), in the order a file has them.
_COLUMNS: tuple[tuple[str, str, str], ...] = (
    *(("Field", n, catalog.EVENTS.field(n).label) for n in (
        "kind", "title", "held_on", "end_on", "country", "province", "venue", "organiser",
        "audience_female", "audience_male", "audience_other")),
    ("Field", "audience", AUDIENCE_LABEL),
    *(("Field", n, catalog.EVENTS.field(n).label) for n in (
        "organisations", "media_reach", "sme_ids", "notes")),
)
_HQ_COLUMNS = (("Field", "agency_id", AGENCY_LABEL), ("Field", "agency_name", AGENCY_NAME_LABEL))
Translate = Callable[[str, str], str]  # (context, English) -> the text in a language


def export_strings() -> list[tuple[str, str]]:
    """Every (context, English text) an export writes: a screen translates them first."""
    found = [(context, label) for context, _, label in (*_COLUMNS, *_HQ_COLUMNS)]
    for name in ("kind", "country"):
        spec = catalog.EVENTS.field(name)
        found += [(spec.code_context, label) for label in spec.code_labels.values()]
    return found


def export_events(db: Database, path: str | Path, filters: EventFilter = EventFilter(), *,
                  translate: Translate | None = None,
                  agency_names: Mapping[str, str] | None = None) -> int:
    """Write the events a filter keeps to CSV or XLSX (by the file's suffix), headers, kinds
    and economies in the language `translate` gives (English without); returns how many.
    `agency_names`, given on a headquarters laptop, adds each event's agency code and name.
    Dates stay ISO and numbers numbers, for spreadsheets. The file is written beside the target
    and renamed into place: a failed export never leaves half a file."""
    from gmsdesk.forms.export import ExportError
    from gmsdesk.tabular import export_table

    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ExportError(QT_TRANSLATE_NOOP("Surveys",
                                            "Choose a file name ending in .csv or .xlsx."))
    say: Translate = translate or (lambda _context, text: text)
    columns = (*_COLUMNS, *(_HQ_COLUMNS if agency_names is not None else ()))
    header = [say(context, label) for context, _, label in columns]
    events = db.events.query(filters)
    names = db.events.sme_names(i for e in events for i in e.sme_ids)
    codes = {n: catalog.EVENTS.field(n) for n in ("kind", "country")}

    def cell(event: Event, name: str) -> Any:
        if name in codes:
            code = getattr(event, name)
            label = codes[name].code_labels.get(code or "")
            return say(codes[name].code_context, label) if label else code
        if name == "audience":
            return event.audience
        if name == "sme_ids":
            return "; ".join(names.get(i, i) for i in event.sme_ids) or None
        if name == "agency_name":
            return (agency_names or {}).get(event.agency_id) or event.agency_id
        return getattr(event, name)

    rows = ([cell(event, name) for _, name, _ in columns] for event in events)
    return export_table(target, header, rows, len(events), sheet_name=SHEET)


__all__ = ["KINDS", "Event", "EventFilter", "EventRepository", "EventTotals", "LinkedSme",
           "export_events", "export_strings"]
