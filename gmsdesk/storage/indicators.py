"""The indicators headquarters measures the programme by, computed from the records on this
laptop: for a period and a selection (economy, province, agency, sector, sex), split by one or
two dimensions, over a series of periods for trends, and drilled down to the records counted.

Built-in indicators are declared as data (`BUILTIN`): which digest they read, what they count
there (rows, distinct things, a sum, a share, a mean, money by currency), which date places a
row in a period, and which column each dimension is. An indicator of what happened (services
delivered) counts it in the period; one of a state (SMEs online) counts it as of the period's
end. User-defined indicators (table `indicators`) are data too: responses with an answer to a
survey question, or SMEs with given values.

Every indicator reads a digest: a narrow table made from the records by one set-based query,
with the SME's (or person's) economy, province, sector and agency copied in, kept in the
indicator tables' file and kept up to date as records change (gmsdesk.storage.indicator_tables,
which also keeps the cube a dashboard of years, quarters and months reads). The indicators of
one digest are computed together in one pass, and a pass's result is kept until the data
change.

A filter on a dimension an indicator does not have is not applied to it (see
`Indicator.dimensions`). User-visible texts are marked for translation in context
"Indicators"; the record declaration's own validation messages stay in context "Validation".
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import groupby, pairwise
from operator import itemgetter
from typing import TYPE_CHECKING, Any, Protocol

from gmsdesk.i18n import QT_TRANSLATE_NOOP
from gmsdesk.records import catalog
from gmsdesk.records.fields import Kind
from gmsdesk.storage.errors import NotFound, ValidationError
from gmsdesk.storage.ict_history import LEVEL_OF, day_of, level_of
from gmsdesk.storage.indicator_tables import (
    EMPTY,
    FILTER_DIMENSIONS,
    ROLLUP_SEP,
    ROLLUPS,
    IndicatorTables,
    aggregates,
    calendar,
    cubed,
    month_end,
    moved,
)
from gmsdesk.storage.indicator_tables import Rule as _Rule
from gmsdesk.storage.indicator_tables import Source as _Source
from gmsdesk.storage.records import Changes, RecordWriter, TableSpec

if TYPE_CHECKING:
    from gmsdesk.storage.db import Database

SPEC = TableSpec(catalog.INDICATORS)
UNITS = ("count", "percent", "money", "score")
DIMENSIONS = ("economy", "province", "agency", "sector", "sex", "track", "type", "channel",
              "kind")
DRILL_KINDS = ("smes", "people", "workshops", "services", "inquiries", "presences", "events",
               "responses", "agencies")
# The workshop evaluation form shipped with GMS Desk and its five 1-5 ratings (r_<criterion>).
EVALUATION_FORM = "workshop_evaluation"
CRITERIA = ("relevance", "efficiency", "effectiveness", "impact", "sustainability")
# An amount of money below this is nothing (cells add and take away floats).
MONEY_EMPTY = 1e-6
_RESULTS_KEPT = 512


# -- what the API hands out ------------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    """The period (ISO dates, both included; None: open) and the selection. Each filter applies
    to the indicators that have its dimension (see `Indicator.dimensions`)."""

    start: str | None = None
    end: str | None = None
    economy: str | None = None
    province: str | None = None
    agency: str | None = None
    sector: str | None = None
    sex: str | None = None


@dataclass(frozen=True)
class Indicator:
    """One indicator. `title` and `definition` are English source texts (context "Indicators")
    for built-in ones, as entered for user-defined ones (those also have `id`, their record,
    `titles`, the title in other languages, and `editable`: this laptop may change them)."""

    code: str
    area: str  # one of catalog.INDICATOR_AREAS
    title: str
    definition: str
    unit: str  # one of UNITS
    dimensions: tuple[str, ...]  # what it can be split and filtered by
    drill: str  # what its drill-down lists, one of DRILL_KINDS
    builtin: bool = True
    id: str | None = None
    titles: tuple[tuple[str, str], ...] = ()
    editable: bool = False


@dataclass(frozen=True)
class Value:
    """An indicator's value. Shares and means carry what they divide; money carries its amount
    by currency (`value` is the amount when there is one currency, else None)."""

    value: float | None
    numerator: float | None = None
    denominator: float | None = None
    by_currency: Mapping[str, float] | None = None


@dataclass(frozen=True)
class Drill:
    """The records behind a value: `kind` (one of DRILL_KINDS), column names, and rows whose
    first column is the record's id (for agencies: the agency's code)."""

    kind: str
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]


class PeriodLike(Protocol):
    """A period of `gmsdesk.reports.periods` (or anything with its first and last day)."""

    @property
    def start(self) -> str: ...

    @property
    def end(self) -> str: ...


# -- digests -----------------------------------------------------------------------------------
# (kept in the database file and kept up to date: see gmsdesk.storage.indicator_tables)


def _clock_day(clock: str) -> str:
    """SQL: the day number (days since 1970-01-01, UTC) of a hybrid clock's time."""
    return f"(({clock}) >> 16) / 86400000"


def _iso(day_number: str) -> str:
    return f"date({day_number} * 86400, 'unixepoch')"


def _touched(*tables: str) -> str:
    """SQL: the ids of the records of `tables` noted as changed."""
    return ("SELECT id FROM temp.ind_touched WHERE tbl IN ("
            + ", ".join(f"'{t}'" for t in tables) + ")")


_CREATED = "coalesce(nullif(s.hlc_created, 0), s.hlc)"
# ICT level 2 or 3 (the `ict_level` column), spelled with the flags so that an index holding
# them serves the read.
_ONLINE_FLAGS = ("uses_website", "uses_social_media", "uses_emarketplace", "uses_online_payment")
_ONLINE = "(" + " OR ".join(f"s.{flag}" for flag in _ONLINE_FLAGS) + ")"
# The SME counts: what each flag says, and the flags it is set by.
_SME_STATES = (("online", _ONLINE, _ONLINE_FLAGS),
               ("emarket", "s.uses_emarketplace", ("uses_emarketplace",)),
               ("eproc", "s.uses_eprocurement", ("uses_eprocurement",)))


def _flag_since(flag: str) -> str:
    """SQL: the day number an SME's flag (on now) was last set: its own clock if it was changed
    after the SME was registered, else the registration's."""
    return _clock_day(f"coalesce((SELECT c.hlc FROM field_clocks c WHERE c.tbl = 'smes' AND "
                      f"c.row_id = s.id AND c.field = '{flag}'), {_CREATED})")


def _since(flags: Sequence[str]) -> str:
    """SQL: since when (a day number) one of `flags` has been on, for an SME with one on now.
    For an SME not changed since it was registered (most), the registration's day."""
    if len(flags) == 1:
        earliest = _flag_since(flags[0])
    else:
        earliest = "min(" + ", ".join(f"CASE WHEN s.{f} THEN {_flag_since(f)} ELSE 1e9 END"
                                      for f in flags) + ")"
    return f"CASE WHEN s.hlc = s.hlc_created THEN {_clock_day(_CREATED)} ELSE {earliest} END"


_SME_PLACE = ("s.country AS economy, s.province AS province, s.sector AS sector, "
              "s.agency_id AS agency")
_SMES_TOUCHED = "SELECT id AS k FROM temp.ind_touched WHERE tbl = 'smes'"

# SMEs online, on e-marketplaces, registered for e-procurement: since when each is.
_SME_ICT = _Source(
    "sme_ict",
    "rid TEXT, economy TEXT, province TEXT, sector TEXT, agency TEXT, online TEXT, "
    "emarket TEXT, eproc TEXT",
    rows=f"""SELECT s.id, {_SME_PLACE},
                    {", ".join(f"CASE WHEN {on} THEN {_iso(_since(flags))} END"
                               for _name, on, flags in _SME_STATES)}
             FROM smes s WHERE s.deleted = 0 AND ({_ONLINE} OR s.uses_eprocurement)
             {{only:s.id}}""",
    key="rid", affected=_SMES_TOUCHED, tables=("smes",), index=("rid",))

# Whose changes touch a person's rows: the person, their SME, their enrolments (and the
# workshops they are enrolled in) and their completed modules.
_PERSONS_TOUCHED = f"""
    SELECT id AS k FROM temp.ind_touched WHERE tbl = 'people'
    UNION SELECT pe.id FROM people pe WHERE pe.sme_id IN ({_touched('smes')})
    UNION SELECT p.person_id FROM participants p WHERE p.id IN ({_touched('participants')})
        OR p.workshop_id IN ({_touched('workshops')})
    UNION SELECT m.person_id FROM module_progress m WHERE m.id IN ({_touched('module_progress')})
    """
_PERSON_TABLES = ("people", "smes", "participants", "workshops", "module_progress")

# Where a person is: their SME's economy, province and sector; for people with no SME (agency
# staff, trainers), the economy and province of the first workshop they took part in. One
# place per person, so splits by place add up.
_PEOPLE = _Source(
    "people",
    "pid TEXT PRIMARY KEY, sex TEXT, agency TEXT, sme TEXT, sme_agency TEXT, economy TEXT, "
    "province TEXT, sector TEXT",
    rows="""SELECT x.id, x.gender, x.agency_id, x.sme, x.sme_agency,
                   CASE WHEN x.sme IS NULL THEN w.country ELSE x.country END,
                   CASE WHEN x.sme IS NULL THEN w.province ELSE x.province END, x.sector
            FROM (SELECT pe.id, pe.gender, pe.agency_id, s.id AS sme, s.agency_id AS sme_agency,
                         s.country, s.province, s.sector,
                         CASE WHEN s.id IS NULL THEN (
                             SELECT p.workshop_id FROM participants p CROSS JOIN workshops w2
                                 ON w2.id = p.workshop_id AND w2.deleted = 0
                             WHERE p.person_id = pe.id AND p.deleted = 0
                             ORDER BY w2.start_date, w2.id LIMIT 1) END AS first_workshop
                  FROM people pe LEFT JOIN smes s ON s.id = pe.sme_id AND s.deleted = 0
                  WHERE pe.deleted = 0 {only:pe.id}) x
            LEFT JOIN workshops w ON w.id = x.first_workshop ORDER BY x.id""",
    key="pid", affected=_PERSONS_TOUCHED, tables=_PERSON_TABLES, keyed=True)

_PERSON_COLUMNS = "pp.sex, pp.agency, pp.sme, pp.sme_agency, pp.economy, pp.province, pp.sector"
_PERSON_TYPES = ("sex TEXT, agency TEXT, sme TEXT, sme_agency TEXT, economy TEXT, "
                 "province TEXT, sector TEXT")
# Held: running or done, by hand or by its dates (from its first day on, as
# `training.workshop_status` says), so whether a workshop is held changes with the date alone:
# see `_Source.dated`.
_HELD = ("(w.status IN ('running', 'done') OR coalesce(w.status, 'planned') = 'planned' "
         "AND w.start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' "
         "AND w.start_date <= date('now', 'localtime'))")
# The workshops whose first day came since the tables were last brought up to date.
_STARTED = ("SELECT 'workshops', id FROM workshops WHERE deleted = 0 AND start_date > :last "
            "AND start_date <= :today")
_MODULES = "CASE WHEN json_valid(w.modules) THEN w.modules ELSE '[]' END"

# Enrolments: the workshop's first day, track and status, the days modules were completed on,
# whether every module of the workshop was (and when the last of them), and the test scores'
# gain. The completed steps are read once, in enrolment order (an index of them in this order
# needs no sort): per enrolment, {module: day}, the days, how many and the last day.
_DONE = """SELECT mp.workshop_id AS wid, mp.person_id AS pid,
                  json_group_object(mp.module, mp.status_on) AS done,
                  json_group_array(DISTINCT mp.status_on) AS days,
                  count(*) AS modules, max(mp.status_on) AS last
           FROM module_progress mp WHERE mp.status = 'completed' AND mp.deleted = 0
           {only:mp.person_id}
           GROUP BY mp.workshop_id, mp.person_id"""
_DONE_SOURCE = _Source(
    "done", "wid TEXT, pid TEXT, done TEXT, days TEXT, modules INTEGER, last TEXT, "
    "PRIMARY KEY (wid, pid)", rows=_DONE, keyed=True,
    key="pid", affected=_PERSONS_TOUCHED, tables=_PERSON_TABLES, index=("pid",))
_MODULE = """'$."' || j.value || '"'"""
_LISTED = f"json_array_length({_MODULES})"
# When the enrolment was complete ('' if on no known day), NULL if it is not. Completed
# exactly the workshop's modules (the usual case): the last day of any.
_COMPLETED = f"""CASE WHEN d.done IS NULL OR {_LISTED} = 0 OR d.modules < {_LISTED} THEN NULL
     WHEN EXISTS (SELECT 1 FROM json_each({_MODULES}) j
                  WHERE json_type(d.done, {_MODULE}) IS NULL) THEN NULL
     WHEN d.modules = {_LISTED} THEN coalesce(d.last, '')
     ELSE coalesce((SELECT max(json_extract(d.done, {_MODULE}))
                    FROM json_each({_MODULES}) j), '') END"""
_PARTICIPANTS = _Source(
    "participants",
    "rid TEXT, pid TEXT, day TEXT, track TEXT, held INTEGER, complete INTEGER, "
    f"completed_on TEXT, gain REAL, days TEXT, {_PERSON_TYPES}",
    rows=f"""WITH enrolled AS MATERIALIZED (
                 SELECT p.id, p.person_id, w.start_date, w.track, {_HELD} AS held,
                        {_COMPLETED} AS completed, p.post_score - p.pre_score AS gain,
                        d.days, {_PERSON_COLUMNS}
                 FROM participants p
                 CROSS JOIN workshops w ON w.id = p.workshop_id AND w.deleted = 0
                 CROSS JOIN ind.ind_people pp ON pp.pid = p.person_id
                 LEFT JOIN ind.ind_done d ON d.wid = p.workshop_id AND d.pid = p.person_id
                 WHERE p.deleted = 0 {{only:p.person_id}})
             SELECT id, person_id, start_date, track, held, completed IS NOT NULL,
                    nullif(completed, ''), gain, days, sex, agency, sme, sme_agency, economy,
                    province, sector FROM enrolled""",
    key="pid", affected=_PERSONS_TOUCHED, tables=_PERSON_TABLES, dated=_STARTED,
    after=("people", "done"), index=("day", "completed_on", "pid"))

# Days on which a person completed a module (of a workshop they are enrolled in; a person
# enrolled twice may have a day twice, which counts of distinct people ignore).
_TRAINED = _Source(
    "trained",
    f"pid TEXT, day TEXT, {_PERSON_TYPES}",
    rows=f"""SELECT p.pid, j.value, {_PERSON_COLUMNS.replace('pp.', 'p.')}
             FROM ind.ind_participants p, json_each(p.days) j WHERE j.value IS NOT NULL
             {{only:p.pid}}""",
    key="pid", affected=_PERSONS_TOUCHED, tables=_PERSON_TABLES,
    after=("participants",), index=("day", "pid", "sme", "economy, day"))

_WORKSHOPS = _Source(
    "workshops",
    "rid TEXT, day TEXT, economy TEXT, province TEXT, agency TEXT, track TEXT, held INTEGER",
    rows=f"""SELECT w.id, w.start_date, w.country, w.province, w.agency_id, w.track, {_HELD}
             FROM workshops w WHERE w.deleted = 0 {{only:w.id}}""",
    key="rid", affected="SELECT id AS k FROM temp.ind_touched WHERE tbl = 'workshops'",
    tables=("workshops",), dated=_STARTED, index=("rid",))

_EVENTS_TOUCHED = "SELECT id AS k FROM temp.ind_touched WHERE tbl = 'events'"
_EVENTS = _Source(
    "events",
    "rid TEXT, day TEXT, economy TEXT, province TEXT, agency TEXT, kind TEXT",
    rows="""SELECT e.id, e.held_on, e.country, e.province, e.agency_id, e.kind
            FROM events e WHERE e.deleted = 0 {only:e.id}""",
    key="rid", affected=_EVENTS_TOUCHED, tables=("events",), index=("rid",))

# An event's audience, one row per sex recorded.
_AUDIENCE = _Source(
    "audience",
    "rid TEXT, day TEXT, economy TEXT, province TEXT, agency TEXT, kind TEXT, sex TEXT, "
    "n INTEGER",
    rows=" UNION ALL ".join(
        f"""SELECT e.id, e.held_on, e.country, e.province, e.agency_id, e.kind, '{sex}',
                   e.audience_{sex} FROM events e WHERE e.deleted = 0 AND e.audience_{sex} > 0
                   {{only:e.id}}"""
        for sex in catalog.GENDERS),
    key="rid", affected=_EVENTS_TOUCHED, tables=("events",), index=("rid",))

_SME_COLUMNS = ("m.id AS sme, m.agency_id AS sme_agency, m.country AS economy, "
                "m.province AS province, m.sector AS sector")
_SME_TYPES = "sme TEXT, sme_agency TEXT, economy TEXT, province TEXT, sector TEXT"


def _of_smes(table: str, touched: str) -> str:
    """SQL: the records of `table` noted as changed, and those of the SMEs noted."""
    return (f"SELECT id AS k FROM temp.ind_touched WHERE tbl = '{touched}' "
            f"UNION SELECT x.id FROM {table} x WHERE x.sme_id IN ({_touched('smes')})")


# Services of SMEs in the registry (as the Services list counts them).
_SERVICES = _Source(
    "services",
    f"rid TEXT, day TEXT, type TEXT, fee REAL, currency TEXT, paid INTEGER, agency TEXT, "
    f"{_SME_TYPES}",
    rows=f"""SELECT v.id, v.delivered_on, v.type, v.fee, coalesce(v.currency, ''), v.paid,
                    v.agency_id, {_SME_COLUMNS}
             FROM services v CROSS JOIN smes m ON m.id = v.sme_id AND m.deleted = 0
             WHERE v.deleted = 0 {{only:v.id}}""",
    key="rid", affected=_of_smes("services", "services"), tables=("services", "smes"),
    index=("day", "rid", "sme", "economy, day"))

# Inquiries from mainland China are domestic to an SME of Yunnan (economy code YN).
_SAME_ECONOMY = {"YN": ("YN", "CN")}
_ORIGIN = (
    "CASE WHEN coalesce(i.from_country, '') = '' OR coalesce(m.country, '') = '' THEN NULL "
    + "".join(f"WHEN m.country = '{economy}' THEN i.from_country NOT IN "
              f"({', '.join(repr(c) for c in same)}) "
              for economy, same in _SAME_ECONOMY.items())
    + "ELSE i.from_country != m.country END")

_INQUIRIES = _Source(
    "inquiries",
    f"rid TEXT, day TEXT, channel TEXT, origin INTEGER, outcome TEXT, order_value REAL, "
    f"currency TEXT, agency TEXT, {_SME_TYPES}",
    rows=f"""SELECT i.id, i.received_on, i.channel, {_ORIGIN}, i.outcome, i.order_value,
                    coalesce(i.currency, ''), i.agency_id, {_SME_COLUMNS}
             FROM inquiries i CROSS JOIN smes m ON m.id = i.sme_id AND m.deleted = 0
             WHERE i.deleted = 0 {{only:i.id}}""",
    key="rid", affected=_of_smes("inquiries", "inquiries"), tables=("inquiries", "smes"),
    index=("day", "rid"))

_LIVE = "('registered', 'displaying')"
_PRESENCE_DAY = ("coalesce(p.status_on, "
                 + _iso(_clock_day("coalesce(nullif(p.hlc_created, 0), p.hlc)")) + ")")

# SMEs on an agency portal: since when registered (or displaying), and since when displaying.
_PORTAL = _Source(
    "portal",
    f"rid TEXT, registered TEXT, displaying TEXT, {_SME_TYPES}",
    rows=f"""SELECT m.id, min({_PRESENCE_DAY}),
                    min(CASE WHEN p.status = 'displaying' THEN {_PRESENCE_DAY} END),
                    {_SME_COLUMNS}
             FROM presences p CROSS JOIN smes m ON m.id = p.sme_id AND m.deleted = 0
             WHERE p.deleted = 0 AND p.kind = 'portal' AND p.status IN {_LIVE}
             {{only:m.id}}
             GROUP BY m.id""",
    key="rid",
    affected=f"""SELECT id AS k FROM temp.ind_touched WHERE tbl IN ('smes', 'presences_sme')
                 UNION SELECT p.sme_id FROM presences p WHERE p.id IN
                 ({_touched('presences')})""",
    tables=("smes", "presences", "presences_sme"), index=("rid",))

# The agencies of the network (not headquarters), since their profile was made.
_AGENCIES = _Source(
    "agencies",
    "rid TEXT, day TEXT, economy TEXT, agency TEXT, offers INTEGER",
    rows=f"""SELECT p.agency, {_iso(_clock_day('coalesce(nullif(p.hlc_created, 0), p.hlc)'))},
                    p.country, p.agency,
                    json_valid(p.services) AND json_array_length(p.services) > 0
             FROM agency_profiles p WHERE p.deleted = 0 AND NOT p.hq AND p.agency != ''""",
    tables=("agency_profiles",))

# Days on which an agency recorded a service, a workshop held or an awareness event; its
# economy as its profile says.
_AGENCY_DAYS = _Source(
    "agency_days",
    "rid TEXT, day TEXT, economy TEXT, agency TEXT",
    rows=f"""SELECT x.agency, x.day, (SELECT p.country FROM agency_profiles p
                                       WHERE p.agency = x.agency AND p.deleted = 0
                                       ORDER BY p.hq LIMIT 1), x.agency
             FROM (SELECT agency, day FROM ind.ind_services WHERE 1 {{only:agency}}
                   UNION SELECT w.agency_id, w.start_date FROM workshops w
                         WHERE w.deleted = 0 AND {_HELD} {{only:w.agency_id}}
                   UNION SELECT e.agency_id, e.held_on FROM events e WHERE e.deleted = 0
                         {{only:e.agency_id}}) x""",
    key="agency",
    affected=f"""SELECT id AS k FROM temp.ind_touched WHERE tbl = 'agencies'
                 UNION SELECT agency_id FROM services WHERE id IN ({_touched('services')})
                     OR sme_id IN ({_touched('smes')})
                 UNION SELECT agency_id FROM workshops WHERE id IN ({_touched('workshops')})
                 UNION SELECT agency_id FROM events WHERE id IN ({_touched('events')})
                 UNION SELECT agency FROM agency_profiles
                     WHERE id IN ({_touched('agency_profiles')})""",
    tables=("services", "smes", "workshops", "events", "agencies", "agency_profiles"),
    dated=_STARTED, after=("services",), index=("day", "agency"))

# A response counts until a correction replaces it; two corrections of one response made on
# two laptops at once both look current, so of those only the last submitted counts.
_CURRENT = (
    "NOT EXISTS (SELECT 1 FROM survey_responses n WHERE n.supersedes = r.id AND n.deleted = 0) "
    "AND (r.supersedes IS NULL OR NOT EXISTS (SELECT 1 FROM survey_responses o "
    "WHERE o.supersedes = r.supersedes AND o.deleted = 0 AND o.id != r.id "
    "AND (coalesce(o.submitted_at, ''), o.id) > (coalesce(r.submitted_at, ''), r.id)))")
# A response is placed by its SME, else by its workshop.
_RESPONSE_PLACE = (
    "CASE WHEN m.id IS NULL THEN w.country ELSE m.country END, "
    "CASE WHEN m.id IS NULL THEN w.province ELSE m.province END, m.sector, r.agency_id")
_RESPONSE_FROM = (
    "FROM survey_responses r LEFT JOIN smes m ON m.id = r.sme_id AND m.deleted = 0 "
    "LEFT JOIN workshops w ON w.id = r.workshop_id AND w.deleted = 0")
# Whose changes touch a response's row: the response, the corrections of it and the one it
# corrects (and that one's other corrections), its SME and its workshop.
_RESPONSES_TOUCHED = f"""
    SELECT id AS k FROM temp.ind_touched WHERE tbl = 'survey_responses'
    UNION SELECT r.id FROM survey_responses r WHERE r.supersedes IN
        ({_touched('survey_responses')})
    UNION SELECT r.supersedes FROM survey_responses r WHERE r.id IN
        ({_touched('survey_responses')})
    UNION SELECT o.id FROM survey_responses o WHERE o.supersedes IN (
        SELECT r.supersedes FROM survey_responses r WHERE r.id IN
        ({_touched('survey_responses')}))
    UNION SELECT r.id FROM survey_responses r WHERE r.sme_id IN ({_touched('smes')})
        OR r.workshop_id IN ({_touched('workshops')})"""
_RESPONSE_TABLES = ("survey_responses", "smes", "workshops")


def _rating(name: str) -> str:
    value = f"CAST(json_extract(r.answers, '$.r_{name}') AS REAL)"
    return f"CASE WHEN {value} BETWEEN 1 AND 5 THEN {value} END"


_EVALUATIONS = _Source(
    "evaluations",
    "rid TEXT, day TEXT, economy TEXT, province TEXT, sector TEXT, agency TEXT, track TEXT, "
    "sex TEXT, " + ", ".join(f"{c} REAL" for c in CRITERIA),
    rows=f"""SELECT r.id, substr(r.submitted_at, 1, 10), {_RESPONSE_PLACE}, w.track,
                    json_extract(r.answers, '$.sex'), {', '.join(_rating(c) for c in CRITERIA)}
             {_RESPONSE_FROM}
             WHERE r.form_id = '{EVALUATION_FORM}' AND r.deleted = 0 AND {_CURRENT}
             {{only:r.id}}""",
    key="rid", affected=_RESPONSES_TOUCHED, tables=_RESPONSE_TABLES, index=("day", "rid"))

class _Moves:
    """SQLite aggregate over an SME's ICT-ladder history rows (clock, field, value), in any
    order: its changes of level or tombstone after it was registered, as JSON
    [[clock, day, level before, level after, deleted after], ...]."""

    def __init__(self) -> None:
        self.rows: list[tuple[int, str, Any]] = []

    def step(self, hlc: int, field: str, value: Any) -> None:
        self.rows.append((hlc, field, value))

    def finalize(self) -> str:
        made = min((h for h, f, _v in self.rows if f == "created"), default=None)
        if made is None:
            return "[]"
        state: dict[str, Any] = {}
        events: list[list[Any]] = []
        for hlc, group in groupby(sorted(self.rows, key=itemgetter(0)), key=itemgetter(0)):
            before, gone_before = level_of(state), state.get("deleted") == 1
            state.update((f, v) for _h, f, v in group if f != "created")
            level, gone = level_of(state), state.get("deleted") == 1
            if hlc > made and (level != before or gone != gone_before):
                events.append([hlc, day_of(hlc), before, level, int(gone)])
        return json.dumps(events)


# Changes of an SME's place on the ICT ladder (traditional, e-mail, web presence, e-business)
# or tombstone after it was registered, from its history: the SMEs that moved up in a period
# are those whose level after their last change in it is higher than before their first.
_LEVELS = ", ".join(f"'{f}'" for f in (*LEVEL_OF, "deleted", "created"))
_MOVES = _Source(
    "moves",
    "rid TEXT, at INTEGER, day TEXT, before INTEGER, level INTEGER, gone INTEGER, "
    "economy TEXT, province TEXT, sector TEXT, sme_agency TEXT",
    rows=f"""SELECT m.rid, {", ".join(f"json_extract(e.value, '$[{i}]')" for i in range(5))},
                    s.country, s.province, s.sector, s.agency_id
             FROM (SELECT h.row_id AS rid, gms_ict_moves(h.hlc, h.field, h.value) AS events
                   FROM ict_history h WHERE h.tbl = 'smes' AND h.field IN ({_LEVELS})
                   {{only:h.row_id}}
                   {{whole:AND h.row_id IN (SELECT row_id FROM ict_history WHERE tbl = 'smes'
                       AND field IN ({_LEVELS}) GROUP BY row_id HAVING count(DISTINCT hlc) > 1)}}
                   GROUP BY h.row_id) m
             CROSS JOIN json_each(m.events) e CROSS JOIN smes s ON s.id = m.rid""",
    key="rid", affected=_SMES_TOUCHED, tables=("smes",), index=("day", "rid", "at"))

SOURCES: dict[str, _Source] = {s.name: s for s in (
    _MOVES, _SME_ICT, _PEOPLE, _DONE_SOURCE, _TRAINED, _PARTICIPANTS, _WORKSHOPS, _EVENTS,
    _AUDIENCE, _SERVICES, _INQUIRIES, _PORTAL, _AGENCIES, _AGENCY_DAYS, _EVALUATIONS)}


# -- the built-in indicators, declared ---------------------------------------------------------


def _indicator(rule: _Rule) -> Indicator:
    return Indicator(rule.code, rule.area, rule.title, rule.definition, rule.unit,
                     tuple(d for d, _ in rule.dims), rule.drill, rule.builtin, rule.id,
                     rule.titles, rule.editable)


def _dims(*names: str, **columns: str) -> tuple[tuple[str, str], ...]:
    """Dimensions whose digest column has their name, then others with their column."""
    return tuple((name, name) for name in names) + tuple(columns.items())


_PLACE = ("economy", "province")
# People are split by what they are; SMEs too (an SME's agency: the one that registered it).
_PERSON = _dims(*_PLACE, "sector", "agency", "sex")
_SME = _dims(*_PLACE, "sector", agency="sme_agency")
# Records (services, inquiries, responses): by their SME's place and their own agency.
_RECORD = _dims(*_PLACE, "sector", "agency")
_TITLES = (
    QT_TRANSLATE_NOOP("Indicators", "Evaluation: relevance"),
    QT_TRANSLATE_NOOP("Indicators", "Evaluation: efficiency"),
    QT_TRANSLATE_NOOP("Indicators", "Evaluation: effectiveness"),
    QT_TRANSLATE_NOOP("Indicators", "Evaluation: impact"),
    QT_TRANSLATE_NOOP("Indicators", "Evaluation: sustainability"),
)

BUILTIN: tuple[_Rule, ...] = (
    # -- awareness-raising and training
    _Rule("workshops_held", "training",
          QT_TRANSLATE_NOOP("Indicators", "Workshops held"),
          QT_TRANSLATE_NOOP("Indicators", "Training workshops marked running or done, counted "
                            "in the period of their first day, where they took place."),
          "count", "workshops", "workshops", "rows", where="held",
          dims=_dims(*_PLACE, "agency", "track")),
    _Rule("people_trained", "training",
          QT_TRANSLATE_NOOP("Indicators", "People trained"),
          QT_TRANSLATE_NOOP("Indicators", "People who completed at least one training module "
                            "in the period, each counted once. A person is placed where their "
                            "SME is; a person with no SME, where the first workshop they took "
                            "part in was held."),
          "count", "people", "trained", "distinct", of="pid", dims=_PERSON, record="pid"),
    _Rule("people_completed_track", "training",
          QT_TRANSLATE_NOOP("Indicators", "People who completed their track"),
          QT_TRANSLATE_NOOP("Indicators", "People who completed every module of a workshop's "
                            "track, counted in the period they completed the last one, each "
                            "person once."),
          "count", "people", "participants", "distinct", of="pid", where="complete",
          day="completed_on", dims=_PERSON, record="pid"),
    _Rule("smes_trained", "training",
          QT_TRANSLATE_NOOP("Indicators", "SMEs with a person trained"),
          QT_TRANSLATE_NOOP("Indicators", "SMEs with at least one person who completed a "
                            "training module in the period."),
          "count", "smes", "trained", "distinct", of="sme", where="sme IS NOT NULL", dims=_SME,
          record="sme"),
    _Rule("completion_rate", "training",
          QT_TRANSLATE_NOOP("Indicators", "Completion rate"),
          QT_TRANSLATE_NOOP("Indicators", "Of the people enrolled in the workshops held that "
                            "started in the period, the share who completed every module of "
                            "their workshop."),
          "percent", "people", "participants", "share", of="complete", where="held",
          dims=(*_PERSON, ("track", "track")), record="pid"),
    _Rule("score_gain", "training",
          QT_TRANSLATE_NOOP("Indicators", "Average score gain"),
          QT_TRANSLATE_NOOP("Indicators", "Post-test score minus pre-test score (points out of "
                            "100), averaged over the participants with both scores in the "
                            "workshops held that started in the period."),
          "score", "people", "participants", "mean", of="gain",
          where="held AND gain IS NOT NULL", dims=(*_PERSON, ("track", "track")),
          record="pid"),
    _Rule("events_held", "training",
          QT_TRANSLATE_NOOP("Indicators", "Awareness events held"),
          QT_TRANSLATE_NOOP("Indicators", "Road shows, media campaigns, launches, consultations "
                            "and seminars held in the period (by their first day)."),
          "count", "events", "events", "rows", dims=_dims(*_PLACE, "agency", "kind")),
    _Rule("people_reached", "training",
          QT_TRANSLATE_NOOP("Indicators", "People reached by events"),
          QT_TRANSLATE_NOOP("Indicators", "The audiences of the awareness events held in the "
                            "period, added up, by sex as recorded."),
          "count", "events", "audience", "sum", of="n",
          dims=_dims(*_PLACE, "agency", "kind", "sex")),
    # -- the e-business support network
    _Rule("agencies_offering", "network",
          QT_TRANSLATE_NOOP("Indicators", "Agencies offering e-business services"),
          QT_TRANSLATE_NOOP("Indicators", "Agencies of the network whose profile lists at least "
                            "one e-business service, as of the end of the period."),
          "count", "agencies", "agencies", "rows", where="offers", stock=True,
          dims=_dims("economy", "agency")),
    _Rule("agencies_active", "network",
          QT_TRANSLATE_NOOP("Indicators", "Agencies active"),
          QT_TRANSLATE_NOOP("Indicators", "Agencies that recorded a service delivered, a "
                            "workshop held or an awareness event in the period."),
          "count", "agencies", "agency_days", "distinct", of="agency",
          dims=_dims("economy", "agency"), record="agency"),
    _Rule("services_delivered", "network",
          QT_TRANSLATE_NOOP("Indicators", "Services delivered"),
          QT_TRANSLATE_NOOP("Indicators", "E-business services delivered to SMEs in the "
                            "period."),
          "count", "services", "services", "rows", dims=(*_RECORD, ("type", "type"))),
    _Rule("smes_served", "network",
          QT_TRANSLATE_NOOP("Indicators", "SMEs served"),
          QT_TRANSLATE_NOOP("Indicators", "SMEs that received at least one e-business service "
                            "in the period."),
          "count", "smes", "services", "distinct", of="sme", dims=_SME, record="sme"),
    _Rule("fees_collected", "network",
          QT_TRANSLATE_NOOP("Indicators", "Fees collected"),
          QT_TRANSLATE_NOOP("Indicators", "Fees paid for the services delivered in the period, "
                            "by currency."),
          "money", "services", "services", "money", of="fee", where="paid AND fee > 0",
          dims=(*_RECORD, ("type", "type"))),
    _Rule("services_paid_share", "network",
          QT_TRANSLATE_NOOP("Indicators", "Share of services paid"),
          QT_TRANSLATE_NOOP("Indicators", "Of the services delivered in the period, the share "
                            "with a fee that was paid (cost recovery)."),
          "percent", "services", "services", "share", of="paid AND fee > 0",
          dims=(*_RECORD, ("type", "type"))),
    # -- e-marketplaces and e-procurement
    _Rule("smes_online", "marketplaces",
          QT_TRANSLATE_NOOP("Indicators", "SMEs online"),
          QT_TRANSLATE_NOOP("Indicators", "SMEs with a website, a social media page, an "
                            "e-marketplace listing or online payment (ICT level 2 or 3) as of "
                            "the end of the period: since the earliest of these they have now "
                            "was set."),
          "count", "smes", "sme_ict", "rows", day="online", stock=True, dims=_RECORD),
    _Rule("smes_emarketplace", "marketplaces",
          QT_TRANSLATE_NOOP("Indicators", "SMEs on e-marketplaces"),
          QT_TRANSLATE_NOOP("Indicators", "SMEs selling on an e-marketplace or an agency portal, "
                            "as of the end of the period."),
          "count", "smes", "sme_ict", "rows", day="emarket", stock=True, dims=_RECORD),
    _Rule("smes_eprocurement", "marketplaces",
          QT_TRANSLATE_NOOP("Indicators", "SMEs registered for e-procurement"),
          QT_TRANSLATE_NOOP("Indicators", "SMEs registered for e-procurement, as of the end of "
                            "the period."),
          "count", "smes", "sme_ict", "rows", day="eproc", stock=True, dims=_RECORD),
    _Rule("smes_portal_registered", "marketplaces",
          QT_TRANSLATE_NOOP("Indicators", "SMEs registered on a portal"),
          QT_TRANSLATE_NOOP("Indicators", "SMEs registered on an agency portal (or displaying "
                            "products there), as of the end of the period."),
          "count", "smes", "portal", "rows", day="registered", stock=True, dims=_SME),
    _Rule("smes_portal_displaying", "marketplaces",
          QT_TRANSLATE_NOOP("Indicators", "SMEs displaying products on a portal"),
          QT_TRANSLATE_NOOP("Indicators", "SMEs displaying products on an agency portal, as of "
                            "the end of the period."),
          "count", "smes", "portal", "rows", day="displaying", stock=True, dims=_SME),
    _Rule("inquiries_received", "marketplaces",
          QT_TRANSLATE_NOOP("Indicators", "Inquiries received"),
          QT_TRANSLATE_NOOP("Indicators", "Inquiries SMEs received in the period."),
          "count", "inquiries", "inquiries", "rows", dims=(*_RECORD, ("channel", "channel"))),
    _Rule("inquiries_abroad", "marketplaces",
          QT_TRANSLATE_NOOP("Indicators", "Inquiries from abroad"),
          QT_TRANSLATE_NOOP("Indicators", "Inquiries received in the period from another "
                            "country than the SME's (for an SME of Yunnan, China is not "
                            "abroad)."),
          "count", "inquiries", "inquiries", "rows", where="origin = 1",
          dims=(*_RECORD, ("channel", "channel"))),
    _Rule("inquiries_domestic", "marketplaces",
          QT_TRANSLATE_NOOP("Indicators", "Domestic inquiries"),
          QT_TRANSLATE_NOOP("Indicators", "Inquiries received in the period from the SME's own "
                            "country."),
          "count", "inquiries", "inquiries", "rows", where="origin = 0",
          dims=(*_RECORD, ("channel", "channel"))),
    _Rule("orders_reported", "marketplaces",
          QT_TRANSLATE_NOOP("Indicators", "Orders reported"),
          QT_TRANSLATE_NOOP("Indicators", "Inquiries received in the period that became an "
                            "order."),
          "count", "inquiries", "inquiries", "rows", where="outcome = 'order'",
          dims=(*_RECORD, ("channel", "channel"))),
    _Rule("order_value", "marketplaces",
          QT_TRANSLATE_NOOP("Indicators", "Value of orders reported"),
          QT_TRANSLATE_NOOP("Indicators", "The value of the orders from inquiries received in "
                            "the period, by currency."),
          "money", "inquiries", "inquiries", "money", of="order_value",
          where="outcome = 'order' AND order_value > 0",
          dims=(*_RECORD, ("channel", "channel"))),
    _Rule("smes_moved_up", "marketplaces",
          QT_TRANSLATE_NOOP("Indicators", "SMEs that moved up the ICT ladder"),
          QT_TRANSLATE_NOOP("Indicators", "SMEs whose ICT level (traditional, e-mail, web "
                            "presence, e-business) at the end of the period was higher than at "
                            "its start, or than when they were registered if that was later "
                            "(without a start: than when they were registered)."),
          "count", "smes", "moves", "moved", dims=_SME),
    # -- from surveys: the five evaluation criteria of the workshop evaluation form
    *(_Rule(f"evaluation_{criterion}", "surveys", title,
            QT_TRANSLATE_NOOP("Indicators", "The average rating (1 to 5) participants gave the "
                              "workshop for this criterion in the workshop evaluation form, "
                              "in the responses submitted in the period."),
            "score", "responses", "evaluations", "mean", of=criterion,
            where=f"{criterion} IS NOT NULL",
            dims=(*_RECORD, ("sex", "sex"), ("track", "track")))
      for criterion, title in zip(CRITERIA, _TITLES, strict=True)),
)
BUILTIN_CODES = frozenset(r.code for r in BUILTIN)


# -- user-defined indicators -------------------------------------------------------------------

COUNTS = ("survey_responses", "smes")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]*")
_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]*")
# SME fields a user-defined indicator may pick SMEs by (not names, contacts or notes).
SME_FIELDS = frozenset(
    [f.name for f in catalog.SMES.fields
     if f.kind in (Kind.CODE, Kind.BOOL, Kind.INTEGER) or f.name in ("sector", "province",
                                                                      "district")]
    + ["ict_level"])
MSG_COUNT = QT_TRANSLATE_NOOP("Indicators",
                              "Choose what the indicator counts: survey responses or SMEs.")
MSG_FORM = QT_TRANSLATE_NOOP("Indicators", "Enter the id of the survey form.")
MSG_QUESTION = QT_TRANSLATE_NOOP("Indicators", "Enter the question's name as the form has it, "
                                 "for example r_relevance.")
MSG_ANSWER = QT_TRANSLATE_NOOP("Indicators", "Enter one answer as the form stores it, for "
                               "example yes.")
MSG_WHERE = QT_TRANSLATE_NOOP("Indicators", "Pick the SMEs by one or more of their fields, for "
                              "example sector = tourism.")
MSG_CODE = QT_TRANSLATE_NOOP("Indicators",
                             "Use letters, digits, dots, dashes and underscores for the code.")
MSG_CODE_TAKEN = QT_TRANSLATE_NOOP("Indicators", "Another indicator has this code.")


def _definition_problems(definition: Any) -> dict[str, str]:
    """What is wrong with what a user-defined indicator counts (context "Indicators")."""
    if not isinstance(definition, Mapping) or definition.get("count") not in COUNTS:
        return {"definition": MSG_COUNT}
    if definition["count"] == "survey_responses":
        form = definition.get("form_id")
        if not isinstance(form, str) or not form.strip():
            return {"definition": MSG_FORM}
        question, answer = definition.get("question"), definition.get("answer")
        if question is not None and not (isinstance(question, str)
                                         and _NAME.fullmatch(question)):
            return {"definition": MSG_QUESTION}
        if answer is not None and question is None:
            return {"definition": MSG_QUESTION}
        if isinstance(answer, (list, dict)):
            return {"definition": MSG_ANSWER}
        return {}
    where = definition.get("where")
    if (not isinstance(where, Mapping) or not where or not set(where) <= SME_FIELDS
            or any(isinstance(v, (list, dict)) for v in where.values())):
        return {"definition": MSG_WHERE}
    return {}


def _answer_text(answer: Any) -> str:
    """An answer as a stored answer reads as text ("4", "yes")."""
    if isinstance(answer, bool):
        return "1" if answer else "0"
    if isinstance(answer, float) and answer.is_integer():
        return str(int(answer))
    return str(answer)


def _custom_source(code: str, definition: Mapping[str, Any]) -> _Source:
    digest = "u_" + hashlib.sha1(json.dumps([code, definition], sort_keys=True).encode()
                                 ).hexdigest()[:12]
    if definition["count"] == "survey_responses":
        params: dict[str, Any] = {"s0": definition["form_id"]}
        hit = "1"
        question, answer = definition.get("question"), definition.get("answer")
        if question is not None:
            params["s1"] = f'$."{question}"'
            if answer is None:  # answered at all
                hit = "coalesce(json_extract(r.answers, :s1), '') != ''"
            else:  # the answer, or one of the answers chosen
                hit = ("EXISTS (SELECT 1 FROM json_each(r.answers, :s1) a "
                       "WHERE CAST(a.value AS TEXT) = :s2)")
                params["s2"] = _answer_text(answer)
        return _Source(
            digest, "rid TEXT, day TEXT, economy TEXT, province TEXT, sector TEXT, agency TEXT",
            rows=f"""SELECT r.id, substr(r.submitted_at, 1, 10), {_RESPONSE_PLACE}
                     {_RESPONSE_FROM}
                     WHERE r.form_id = :s0 AND r.deleted = 0 AND {hit} AND {_CURRENT}
                     {{only:r.id}}""",
            key="rid", affected=_RESPONSES_TOUCHED, tables=_RESPONSE_TABLES,
            params=tuple(params.items()), index=("day", "rid"))
    where = definition["where"]
    names = sorted(where)
    values = [int(v) if isinstance(v, bool) else v for v in (where[n] for n in names)]
    return _Source(
        digest, "rid TEXT, economy TEXT, province TEXT, sector TEXT, agency TEXT, day TEXT",
        rows=f"""SELECT s.id, {_SME_PLACE}, {_iso(_clock_day(_CREATED))}
                 FROM smes s WHERE s.deleted = 0"""
             + "".join(f" AND s.{name} IS :s{i}" for i, name in enumerate(names))
             + " {only:s.id}",
        key="rid", affected=_SMES_TOUCHED, tables=("smes",),
        params=tuple((f"s{i}", v) for i, v in enumerate(values)), index=("rid",))


def _custom_rule(row: Mapping[str, Any], editable: bool) -> tuple[_Rule, _Source] | None:
    """A user-defined indicator as a rule on its own digest; None if what it counts cannot be
    read (a newer release's kind of definition)."""
    try:
        definition = json.loads(row["definition"] or "{}")
        titles = json.loads(row["titles"] or "{}")
    except ValueError:
        return None
    if _definition_problems(definition):
        return None
    source = _custom_source(row["code"], definition)
    responses = definition["count"] == "survey_responses"
    rule = _Rule(
        row["code"], row["area"] or "surveys", row["title"], row["description"] or "", "count",
        "responses" if responses else "smes", source.name, "rows", stock=not responses,
        dims=_RECORD, builtin=False, id=row["id"], editable=editable,
        titles=tuple(sorted((str(k), str(v)) for k, v in titles.items()))
        if isinstance(titles, dict) else ())
    return rule, source


# -- drill-downs: the records, as a list shows them --------------------------------------------

_DRILLS: dict[str, tuple[tuple[str, ...], str]] = {
    "smes": (("id", "name", "economy", "province", "sector", "agency"),
             "SELECT s.id, s.name, s.country, s.province, s.sector, s.agency_id FROM smes s "
             "WHERE s.id IN (SELECT value FROM json_each(?))"),
    "people": (("id", "name", "sex", "sme", "agency"),
               "SELECT p.id, p.name, p.gender, s.name, p.agency_id FROM people p "
               "LEFT JOIN smes s ON s.id = p.sme_id "
               "WHERE p.id IN (SELECT value FROM json_each(?))"),
    "workshops": (("id", "title", "track", "start_date", "end_date", "status", "economy",
                   "province", "agency"),
                  "SELECT w.id, w.title, w.track, w.start_date, w.end_date, w.status, "
                  "w.country, w.province, w.agency_id FROM workshops w "
                  "WHERE w.id IN (SELECT value FROM json_each(?))"),
    "services": (("id", "delivered_on", "type", "sme", "fee", "currency", "paid", "agency"),
                 "SELECT v.id, v.delivered_on, v.type, s.name, v.fee, v.currency, v.paid, "
                 "v.agency_id FROM services v LEFT JOIN smes s ON s.id = v.sme_id "
                 "WHERE v.id IN (SELECT value FROM json_each(?))"),
    "inquiries": (("id", "received_on", "sme", "from_country", "channel", "outcome",
                   "order_value", "currency", "agency"),
                  "SELECT i.id, i.received_on, s.name, i.from_country, i.channel, i.outcome, "
                  "i.order_value, i.currency, i.agency_id FROM inquiries i "
                  "LEFT JOIN smes s ON s.id = i.sme_id "
                  "WHERE i.id IN (SELECT value FROM json_each(?))"),
    "presences": (("id", "kind", "name", "status", "status_on", "sme", "agency"),
                  "SELECT p.id, p.kind, p.name, p.status, p.status_on, s.name, p.agency_id "
                  "FROM presences p LEFT JOIN smes s ON s.id = p.sme_id "
                  "WHERE p.id IN (SELECT value FROM json_each(?))"),
    "events": (("id", "held_on", "kind", "title", "economy", "province", "audience", "agency"),
               "SELECT e.id, e.held_on, e.kind, e.title, e.country, e.province, "
               "coalesce(e.audience_female, 0) + coalesce(e.audience_male, 0) "
               "+ coalesce(e.audience_other, 0), e.agency_id FROM events e "
               "WHERE e.id IN (SELECT value FROM json_each(?))"),
    "responses": (("id", "submitted_at", "form_id", "sme", "workshop", "agency"),
                  "SELECT r.id, r.submitted_at, r.form_id, s.name, w.title, r.agency_id "
                  "FROM survey_responses r LEFT JOIN smes s ON s.id = r.sme_id "
                  "LEFT JOIN workshops w ON w.id = r.workshop_id "
                  "WHERE r.id IN (SELECT value FROM json_each(?))"),
    "agencies": (("id", "name", "economy"),
                 "SELECT a.value, p.name, p.country FROM json_each(?) a "
                 "LEFT JOIN agency_profiles p ON p.id = (SELECT q.id FROM agency_profiles q "
                 "WHERE q.agency = a.value AND q.deleted = 0 LIMIT 1)"),
}


# -- building SQL ------------------------------------------------------------------------------


class _Params:
    """The named parameters of one statement, each value once."""

    def __init__(self) -> None:
        self.values: dict[str, Any] = {}
        self._names: dict[tuple[type, Any], str] = {}

    def __call__(self, value: Any) -> str:
        key = (type(value), value)
        name = self._names.get(key)
        if name is None:
            name = self._names[key] = f"p{len(self._names)}"
            self.values[name] = value
        return f":{name}"


def _selection(rule: _Rule, filters: Filters, key: Mapping[str, str] | None,
               params: _Params) -> list[str]:
    """Conditions on a digest for the filters the rule has a dimension for, and a cell's key."""
    terms: list[str] = []
    for name in FILTER_DIMENSIONS:
        value = getattr(filters, name)
        column = rule.column(name)
        if value and column:
            terms.append(f"{column} = {params(value)}")
    for name, value in (key or {}).items():
        column = rule.column(name)
        if column is None:
            raise ValueError(f"{rule.code} has no dimension {name!r}")
        terms.append(f"coalesce({column}, '') = {params(value or '')}")
    return terms


def _period(rule: _Rule, start: str | None, end: str | None, params: _Params) -> list[str]:
    """Conditions placing a digest row in a period (for a stock: as of its end)."""
    column = rule.day
    if rule.stock:
        return [f"{column} <= {params(end)}"] if end else [f"{column} IS NOT NULL"]
    return ([f"{column} >= {params(start)}"] if start else []) + (
        [f"{column} <= {params(end)}"] if end else [])


def _all(terms: Iterable[str]) -> str:
    found = [f"({t})" for t in terms if t]
    return " AND ".join(found) or "1"


def _value(rule: _Rule, numbers: Sequence[Any]) -> Value:
    if rule.measure == "share":
        part, whole = float(numbers[0] or 0), float(numbers[1] or 0)
        return Value(100.0 * part / whole if whole else None, part, whole)
    if rule.measure == "mean":
        amount, count = float(numbers[0] or 0), float(numbers[1] or 0)
        return Value(amount / count if count else None, amount, count)
    return Value(float(numbers[0] or 0))


def _money(amounts: Mapping[str, float]) -> Value:
    by_currency = {c: float(a) for c, a in sorted(amounts.items())}
    if not by_currency:
        return Value(0.0, by_currency={})
    return Value(next(iter(by_currency.values())) if len(by_currency) == 1 else None,
                 by_currency=by_currency)


def _blank(rule: _Rule) -> Value:
    """The value of a rule over no rows."""
    return _money({}) if rule.measure == "money" else _value(rule, (None, None))


def _from_cells(rule: _Rule, cells: Iterable[tuple[str, float, float]]) -> Value:
    """A rule's value from the cube's cells (currency, a, b), added up."""
    if rule.measure == "money":
        amounts: dict[str, float] = {}
        for currency, a, _b in cells:
            amounts[currency] = amounts.get(currency, 0.0) + a
        return _money({c: a for c, a in amounts.items() if abs(a) >= MONEY_EMPTY})
    a = sum(c[1] for c in cells)
    b = sum(c[2] for c in cells)
    return _value(rule, (a, b))


def _add(values: Sequence[Value], rule: _Rule) -> Value:
    """The values of disjoint parts, added up (a stock's buckets)."""
    if rule.measure == "money":
        amounts: dict[str, float] = {}
        for value in values:
            for currency, amount in (value.by_currency or {}).items():
                amounts[currency] = amounts.get(currency, 0.0) + amount
        return _money(amounts)
    return Value(sum(v.value or 0.0 for v in values))


def _pass_key(rule: _Rule) -> tuple[str, str, bool]:
    return rule.source, rule.day, rule.stock


def _groups(rules: Sequence[_Rule]) -> list[list[_Rule]]:
    """Rules computed in one pass: those of one digest, date and kind."""
    groups: dict[tuple[str, str, bool], list[_Rule]] = {}
    for rule in rules:
        groups.setdefault(_pass_key(rule), []).append(rule)
    return list(groups.values())


def _in(filters: Filters, period: PeriodLike) -> Filters:
    return Filters(period.start, period.end, filters.economy, filters.province, filters.agency,
                   filters.sector, filters.sex)


# -- the repository ----------------------------------------------------------------------------


class IndicatorRepository:
    """`db.indicators`: the catalogue of indicators, their values, splits, trends and
    drill-downs, and the user-defined ones."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.writer = RecordWriter(db)
        self.tables = IndicatorTables(db)
        db.conn.create_aggregate("gms_ict_moves", 3, _Moves)  # type: ignore[arg-type]
        self._version: tuple[int, int] | None = None
        self._results: dict[tuple[Any, ...], Any] = {}
        self._custom: dict[str, _Source] = {}

    def specs(self) -> dict[str, TableSpec]:
        return {SPEC.name: SPEC}

    # -- the catalogue ------------------------------------------------------------------------

    def catalogue(self) -> list[Indicator]:
        """The built-in indicators, then the user-defined ones not retired (by title)."""
        return [_indicator(r) for r in (*BUILTIN, *self._custom_rules())]

    def _custom_rules(self, retired: bool = False) -> list[_Rule]:
        rows = self.db.conn.execute(
            "SELECT id, code, title, titles, area, description, definition, agency_id "
            "FROM indicators WHERE deleted = 0" + ("" if retired else " AND NOT retired")
            + " ORDER BY title COLLATE NOCASE, code").fetchall()
        rules: list[_Rule] = []
        seen = set(BUILTIN_CODES)
        for row in rows:
            made = _custom_rule(row, self.db.may_write(row["agency_id"]))
            if made is not None and made[0].code not in seen:
                seen.add(made[0].code)
                rules.append(made[0])
                self._custom[made[1].name] = made[1]
        return rules

    def _rule(self, code: str) -> _Rule:
        for rule in BUILTIN:
            if rule.code == code:
                return rule
        for rule in self._custom_rules(retired=True):
            if rule.code == code:
                return rule
        raise NotFound("indicators", code)

    def _source(self, name: str) -> _Source:
        return SOURCES.get(name) or self._custom[name]

    # -- values -------------------------------------------------------------------------------

    def compute(self, code: str, filters: Filters) -> Value:
        """The indicator's value for the filters' period and selection."""
        with self._reading():
            rule = self._rule(code)
            return self._values(self._siblings(rule), filters)[code]

    def compute_all(self, filters: Filters, stop: Callable[[], bool] | None = None
                    ) -> dict[str, Value]:
        """Every indicator of the catalogue; once `stop` says so, those computed by then."""
        with self._reading():
            return self._values([*BUILTIN, *self._custom_rules()], filters, stop)

    def series(self, code: str, filters: Filters, periods: Sequence[PeriodLike]) -> list[Value]:
        """The indicator's value in each of `periods` (the filters' own period is not used)."""
        with self._reading():
            rule = self._rule(code)
            if not periods:
                return []
            ordered = sorted(periods, key=lambda p: p.start)
            if any(a.end >= b.start for a, b in pairwise(ordered)):
                return [self._values(self._siblings(rule), _in(filters, p))[code]
                        for p in periods]
            found = self._pass(self._siblings(rule), filters,
                               tuple((p.start, p.end) for p in ordered))
            by_period = dict(zip([(p.start, p.end) for p in ordered], found[code], strict=True))
            return [by_period[(p.start, p.end)] for p in periods]

    def _values(self, rules: Sequence[_Rule], filters: Filters,
                stop: Callable[[], bool] | None = None) -> dict[str, Value]:
        out: dict[str, Value] = {}
        for group in _groups(rules):
            if stop is not None and stop():
                break
            found = self._pass(group, filters, ((filters.start, filters.end),))
            for rule in group:
                out[rule.code] = found[rule.code][0]
        return {r.code: out[r.code] for r in rules if r.code in out}

    def _siblings(self, rule: _Rule) -> list[_Rule]:
        """The rules computed in one pass with `rule` (and kept for when they are asked)."""
        if not rule.builtin:
            return [rule]
        return [r for r in BUILTIN if _pass_key(r) == _pass_key(rule)]

    def _pass(self, rules: Sequence[_Rule], filters: Filters,
              spans: tuple[tuple[str | None, str | None], ...]) -> dict[str, list[Value]]:
        """The rules' values in each period (`spans`: in order, not overlapping): one read of
        their digest per period (for a stock, one for them all); each period's values are kept
        until the data change."""
        # Only the filters these rules have a dimension for tell one read from another.
        selection = Filters(**{name: getattr(filters, name) for name in FILTER_DIMENSIONS
                               if any(r.column(name) for r in rules)})
        key = ("pass", tuple(r.code for r in rules), selection)
        known: dict[tuple[str | None, str | None], dict[str, Value]] = \
            self._results.get(key) or {}
        missing = [span for span in spans if span not in known]
        if missing:
            source = self._source(rules[0].source)
            cells = self._cube(rules, selection, missing)
            if cells is not None:
                known.update(cells)
            elif rules[0].stock:
                # A bucket holds what began in its period (or before the first); a period's
                # stock adds up the buckets up to its own.
                params = _Params()
                buckets = "CASE " + " ".join(
                    f"WHEN {_all(_period(rules[0], None, end, params))} THEN {i}"
                    for i, (_start, end) in enumerate(missing)) + " END"
                found = self._read(rules, source, selection, (None, missing[-1][1]), params,
                                   buckets)
                for i, span in enumerate(missing):
                    parts = [found[b] for b in range(i + 1) if b in found]
                    known[span] = {r.code: _add([p[r.code] for p in parts], r) for r in rules}
            else:
                for span in missing:
                    known[span] = self._read(rules, source, selection, span, _Params()).get(
                        0, {})
            self._remember(key, known)
        return {r.code: [known[span].get(r.code) or _blank(r) for span in spans] for r in rules}

    def _read(self, rules: Sequence[_Rule], source: _Source, selection: Filters,
              span: tuple[str | None, str | None], params: _Params, buckets: str = ""
              ) -> dict[int, dict[str, Value]]:
        """One read of a digest: the rules' values in a period, by bucket (`buckets`: SQL of
        a bucket number per row; without, all in bucket 0)."""
        # The conditions every rule shares go in WHERE, each rule's own in its aggregates.
        own = [_selection(r, selection, None, params) for r in rules]
        shared = set.intersection(*(set(o) for o in own))
        where = _all([*_period(rules[0], span[0], span[1], params), *sorted(shared)])
        bucket, group = (buckets, f" GROUP BY {buckets}") if buckets else ("0", "")
        table = f"ind.ind_{source.name}"
        found: dict[int, dict[str, Value]] = {}
        if rules[0].measure == "moved":  # alone in its digest
            for row in self.db.conn.execute(
                    f"SELECT {bucket}, count(*) FROM ({moved(table, where)}){group}",
                    params.values):
                found.setdefault(row[0], {})[rules[0].code] = Value(float(row[1]))
            return found
        plain = [(r, [t for t in o if t not in shared]) for r, o in zip(rules, own, strict=True)
                 if r.measure != "money"]
        if plain:
            columns = [aggregates(r, _all([r.where, *o])) for r, o in plain]
            for row in self.db.conn.execute(
                    f"SELECT {bucket}, {', '.join(c for cs in columns for c in cs)} "
                    f"FROM {table} WHERE {where}{group}", params.values):
                if row[0] is None:
                    continue
                at = 1
                for (r, _o), cs in zip(plain, columns, strict=True):
                    found.setdefault(row[0], {})[r.code] = _value(r, row[at:at + len(cs)])
                    at += len(cs)
        for r, o in zip(rules, own, strict=True):
            if r.measure != "money":
                continue
            amounts: dict[int, dict[str, float]] = {}
            for b, currency, amount in self.db.conn.execute(
                    f"SELECT {bucket} AS b, {r.currency}, total({r.of}) FROM {table} "
                    f"WHERE {where} AND {_all([r.where, *o])} AND {r.of} IS NOT NULL "
                    f"GROUP BY b, {r.currency}", params.values):
                if b is not None:
                    amounts.setdefault(b, {})[currency or ""] = float(amount)
            for b, money in amounts.items():
                found.setdefault(b, {})[r.code] = _money(money)
        return found

    # -- splits -------------------------------------------------------------------------------

    def breakdown(self, code: str, filters: Filters, dimension: str, second: str | None = None
                  ) -> list[tuple[tuple[str, ...], Value]]:
        """The value for each value of `dimension` (and of `second`), "" for not recorded, in
        key order. The parts add up to the whole: counts of SMEs, people and agencies are split
        by what each is (one place, one sex), other counts by the record's."""
        with self._reading():
            rule = self._rule(code)
            names = [dimension] + ([second] if second else [])
            columns = [rule.column(n) for n in names]
            if None in columns:
                raise ValueError(f"{code} cannot be split by {names}")
            chosen = [c for c in columns if c]
            cache = ("split", code, filters, tuple(names))
            if cache in self._results:
                return list(self._results[cache])
            found = self._cube_split(rule, filters, names)
            if found is None:
                found = self._split(rule, filters, chosen)
            self._remember(cache, found)
            return list(found)

    def _split(self, rule: _Rule, filters: Filters, columns: Sequence[str]
               ) -> list[tuple[tuple[str, ...], Value]]:
        source = self._source(rule.source)
        params = _Params()
        where = _all([*_period(rule, filters.start, filters.end, params), rule.where,
                      *_selection(rule, filters, None, params)])
        keys = ", ".join(f"coalesce({c}, '')" for c in columns)
        width = len(columns)
        table = f"ind.ind_{source.name}"
        if rule.measure == "money":
            amounts: dict[tuple[str, ...], dict[str, float]] = {}
            for row in self.db.conn.execute(
                    f"SELECT {keys}, {rule.currency}, total({rule.of}) FROM {table} "
                    f"WHERE {where} AND {rule.of} IS NOT NULL GROUP BY {keys}, {rule.currency}",
                    params.values):
                amounts.setdefault(tuple(str(k) for k in row[:width]), {})[row[width] or ""] = \
                    float(row[-1])
            return [(k, _money(a)) for k, a in sorted(amounts.items())]
        if rule.measure == "moved":
            table, where = f"({moved(table, where)})", "1"
        rows = self.db.conn.execute(
            f"SELECT {keys}, {', '.join(aggregates(rule, '1'))} FROM {table} "
            f"WHERE {where} GROUP BY {keys} ORDER BY {keys}", params.values).fetchall()
        return [(tuple(str(k) for k in row[:width]), _value(rule, row[width:])) for row in rows]

    # -- drill-down ---------------------------------------------------------------------------

    def drill(self, code: str, filters: Filters, key: Mapping[str, str] | None = None,
              limit: int | None = None) -> Drill:
        """The records behind the value (for a share, those it is a share of; for a mean, those
        averaged; for a sum, those adding to it), narrowed to a breakdown's cell by `key`
        (dimension -> value, "" for not recorded). The most recent first, except SMEs counted
        as of a date (in no particular order)."""
        with self._reading():
            rule = self._rule(code)
            columns, read = _DRILLS[rule.drill]
            ids = self._drill_ids(rule, filters, key, limit)
            rows = self.db.conn.execute(read, (json.dumps(ids),)).fetchall()
            by_id = {row[0]: tuple(row) for row in rows}
            return Drill(rule.drill, columns, [by_id[i] for i in ids if i in by_id])

    def _drill_ids(self, rule: _Rule, filters: Filters, key: Mapping[str, str] | None,
                   limit: int | None) -> list[str]:
        source = self._source(rule.source)
        params = _Params()
        counted = {"distinct": f"{rule.of} IS NOT NULL", "mean": f"{rule.of} IS NOT NULL",
                   "sum": f"coalesce({rule.of}, 0) != 0"}.get(rule.measure, "")
        where = _all([*_period(rule, filters.start, filters.end, params), rule.where, counted,
                      *_selection(rule, filters, key, params)])
        bound = "" if limit is None else f" LIMIT {int(limit)}"
        table = f"ind.ind_{source.name}"
        if rule.measure == "moved":
            table, where = f"({moved(table, where)})", "1"
        if rule.stock and rule.record == source.key:
            # One row per thing held (an SME online...): no need to gather, nor to sort a
            # million of them.
            return [r[0] for r in self.db.conn.execute(
                f"SELECT {rule.record} FROM {table} WHERE {where}{bound}", params.values)]
        return [r[0] for r in self.db.conn.execute(
            f"SELECT {rule.record} FROM {table} WHERE {where} "
            f"GROUP BY {rule.record} ORDER BY max({rule.day}) DESC, {rule.record}{bound}",
            params.values)]

    # -- the cube ---------------------------------------------------------------------------

    def _cells(self, rule: _Rule, selection: Filters, params: _Params) -> tuple[str, str]:
        """Where the rule's cells for the filters it has a dimension for are, and the
        condition picking them: a roll-up when there is one for those filters (none, one, or
        an economy and a province), else the cube."""
        chosen = [(name, value) for name in FILTER_DIMENSIONS
                  if (value := getattr(selection, name)) and rule.column(name)]
        terms = [f"code = {params(rule.code)}"]
        if tuple(n for n, _v in chosen) in ROLLUPS:
            terms += [f"dim = {params(','.join(n for n, _v in chosen))}",
                      f"value = {params(ROLLUP_SEP.join(str(v) for _n, v in chosen))}"]
            return "ind.ind_rollup", " AND ".join(terms)
        terms += [f"{name} = {params(value)}" for name, value in chosen]
        return "ind.ind_cube", " AND ".join(terms)

    def _cube(self, rules: Sequence[_Rule], selection: Filters,
              spans: Sequence[tuple[str | None, str | None]]
              ) -> dict[tuple[str | None, str | None], dict[str, Value]] | None:
        """The rules' values in each period from the cube (spans in order, not overlapping),
        or None if a period is not one the cube holds: for what happened in a period, a year,
        a quarter or a month; for a stock, a period ending on a month's last day."""
        if not all(cubed(r) for r in rules):
            return None
        out: dict[tuple[str | None, str | None], dict[str, Value]] = {s: {} for s in spans}
        if rules[0].stock:
            months = [month_end(end) for _start, end in spans]
            if any(m is None for m in months):
                return None
            # A bucket holds what began in its period (or before the first); a period's stock
            # adds up the buckets up to its own. No end: everything.
            ends = [m or "9999-99" for m in months]
            for rule in rules:
                params = _Params()
                bucket = "CASE " + " ".join(f"WHEN period <= {params(m)} THEN {i}"
                                            for i, m in enumerate(ends)) + " END"
                found: dict[int, list[tuple[str, float, float]]] = {}
                cells, where = self._cells(rule, selection, params)
                for b, currency, a, whole in self.db.conn.execute(
                        f"SELECT {bucket} AS b, currency, total(a), total(b) FROM {cells} "
                        f"WHERE {where} AND grain = 'M' AND period <= {params(ends[-1])} "
                        f"GROUP BY 1, 2", params.values):
                    found.setdefault(b, []).append((currency, a, whole))
                for i, span in enumerate(spans):
                    parts = [p for b in range(i + 1) for p in found.get(b, [])]
                    out[span][rule.code] = _from_cells(rule, parts)
            return out
        periods = [calendar(start, end) for start, end in spans]
        by_period = {p: span for p, span in zip(periods, spans, strict=True) if p is not None}
        if len(by_period) != len(spans):
            return None
        grains = sorted({g for g, _p in by_period})
        for rule in rules:
            rows: dict[tuple[str, str], list[tuple[str, float, float]]] = {}
            for grain in grains:  # one read per grain, each a range of the cube's key
                params = _Params()
                cells, where = self._cells(rule, selection, params)
                chosen = ", ".join(params(p) for g, p in by_period if g == grain)
                for period, currency, a, whole in self.db.conn.execute(
                        f"SELECT period, currency, total(a), total(b) FROM {cells} "
                        f"WHERE {where} AND grain = {params(grain)} AND period IN ({chosen}) "
                        f"GROUP BY 1, 2", params.values):
                    rows.setdefault((grain, period), []).append((currency, a, whole))
            for cell, span in by_period.items():
                out[span][rule.code] = _from_cells(rule, rows.get(cell, []))
        return out

    def _cube_split(self, rule: _Rule, filters: Filters, names: Sequence[str]
                    ) -> list[tuple[tuple[str, ...], Value]] | None:
        """A split by filter dimensions from the cube, or None if the cube cannot give it."""
        if not cubed(rule) or not all(n in FILTER_DIMENSIONS for n in names):
            return None
        params = _Params()
        if rule.stock:
            month = month_end(filters.end)
            if month is None:
                return None
            when = f"grain = 'M' AND period <= {params(month or '9999-99')}"
        else:
            period = calendar(filters.start, filters.end)
            if period is None:
                return None
            when = f"grain = {params(period[0])} AND period = {params(period[1])}"
        keys = ", ".join(names)
        parts: dict[tuple[str, ...], list[tuple[str, float, float]]] = {}
        terms = [f"code = {params(rule.code)}", *(
            f"{name} = {params(value)}" for name in FILTER_DIMENSIONS
            if (value := getattr(filters, name)) and rule.column(name))]
        for row in self.db.conn.execute(
                f"SELECT {keys}, currency, total(a), total(b) FROM ind.ind_cube "
                f"WHERE {' AND '.join(terms)} AND {when} "
                f"GROUP BY {keys}, currency ORDER BY {keys}", params.values):
            width = len(names)
            if abs(row[width + 1]) >= EMPTY or abs(row[width + 2]) >= EMPTY:
                parts.setdefault(tuple(str(k) for k in row[:width]), []).append(
                    tuple(row[width:]))
        return [(k, _from_cells(rule, v)) for k, v in sorted(parts.items())]

    # -- keeping the tables up ----------------------------------------------------------------

    def _maintained(self) -> tuple[dict[str, _Source], list[_Rule]]:
        """The digests and rules kept up: the built-in ones and every user-defined one."""
        custom = self._custom_rules(retired=True)
        sources = {**SOURCES, **{r.source: self._custom[r.source] for r in custom}}
        return sources, [*BUILTIN, *custom]

    def update(self, progress: Callable[[str, int, int], None] | None = None) -> None:
        """Bring the indicator tables up to date with the records (they are made whole the
        first time, which takes about a minute on a headquarters laptop; after that only the
        records changed since are read again). Reading an indicator does this first.
        `progress(digest, done, total)` is told before each digest made whole."""
        sources, rules = self._maintained()
        self.tables.update(sources, rules, progress)

    def _reading(self) -> _ReadTransaction:
        return _ReadTransaction(self)

    def _data_version(self) -> tuple[int, int]:
        """Changes since: by another connection, and by this one."""
        other = self.db.data_version()
        return other, self.db.conn.total_changes

    def _check(self) -> None:
        """Forget results once the data changed."""
        version = self._data_version()
        if version != self._version:
            self._version = version
            self._results.clear()

    def _remember(self, key: tuple[Any, ...], value: Any) -> None:
        if len(self._results) >= _RESULTS_KEPT:
            self._results.pop(next(iter(self._results)))
        self._results[key] = value

    # -- user-defined indicators --------------------------------------------------------------

    def validate_custom(self, values: Mapping[str, Any]) -> dict[str, str]:
        """A message per field that is wrong ("Validation" context for what the record
        declaration checks, "Indicators" for the code and what it counts)."""
        record_id = values.get("id")
        return self._clean({k: v for k, v in values.items() if k != "id"},
                           str(record_id) if record_id else None)[1]

    def _clean(self, values: Mapping[str, Any], record_id: str | None
               ) -> tuple[dict[str, Any], dict[str, str]]:
        names = tuple(n for n in catalog.INDICATORS.names if n in values or record_id is None)
        given = {**({"code": None, "title": None} if record_id is None else {}), **values}
        out, errors = catalog.INDICATORS.clean(given, names=names)
        if "definition" in out and "definition" not in errors:
            definition = out["definition"]
            if isinstance(definition, str):
                try:
                    definition = json.loads(definition)
                except ValueError:
                    definition = None
            errors.update(_definition_problems(definition))
        code = out.get("code")
        if isinstance(code, str) and code and "code" not in errors:
            if not _CODE.fullmatch(code):
                errors["code"] = MSG_CODE
            elif code in BUILTIN_CODES or self.db.conn.execute(
                    "SELECT 1 FROM indicators WHERE code = ? AND deleted = 0 AND id IS NOT ?",
                    (code, record_id)).fetchone():
                errors["code"] = MSG_CODE_TAKEN
        return out, errors

    def save_custom(self, values: Mapping[str, Any]) -> Changes:
        """Make a user-defined indicator, or change one (`values["id"]`): code, title, titles,
        area, description, definition and retired, as catalog.INDICATORS declares them. What it
        counts: {"count": "survey_responses", "form_id": ..., "question": ..., "answer": ...}
        (question and answer optional) or {"count": "smes", "where": {field: value}}.
        `ValidationError` for wrong values, `ReadOnlyRecord` on a laptop that may not change it."""
        record_id = str(values["id"]) if values.get("id") else None
        out, errors = self._clean({k: v for k, v in values.items() if k != "id"}, record_id)
        if errors:
            raise ValidationError(errors)
        if record_id is None:
            return self.writer.insert(SPEC, out)
        return self.writer.update(SPEC, record_id, out)

    def delete_custom(self, record_id: str) -> Changes:
        return self.writer.set_deleted(SPEC, record_id, True)


class _ReadTransaction:
    """What is read sees one state of the data, with the indicator tables up to date with it:
    they are brought up to date, then a read transaction begins (unless the connection is
    inside one already); if another connection wrote in between, once more."""

    def __init__(self, repository: IndicatorRepository) -> None:
        self.repository = repository
        self.began = False

    def __enter__(self) -> None:
        repository = self.repository
        conn = repository.db.conn
        for attempt in range(3):
            repository.update()
            if conn.in_transaction:
                break
            conn.execute("BEGIN")
            self.began = True
            if attempt == 2 or repository.tables.current(*repository._maintained()):
                break
            conn.execute("COMMIT")
            self.began = False
        repository._check()

    def __exit__(self, *exc: object) -> None:
        conn = self.repository.db.conn
        if self.began and conn.in_transaction:
            conn.execute("COMMIT")


__all__ = ["BUILTIN", "CRITERIA", "DIMENSIONS", "DRILL_KINDS", "UNITS", "Drill", "Filters",
           "Indicator", "IndicatorRepository", "Value"]
