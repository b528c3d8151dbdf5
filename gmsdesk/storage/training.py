"""Training workshops, participants, attendance, module progress; services and inquiries.

All training SQL lives here. Ids of sessions, participants, attendance and progress are derived
from what they are about (see `ids.derived_id`), so two laptops recording the same thing make one
record; progress only moves forward unless an admin reverts it (sync rule "forward").
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from types import EllipsisType
from typing import TYPE_CHECKING, Any

from gmsdesk.i18n import QT_TRANSLATE_NOOP
from gmsdesk.paths import RESOURCES
from gmsdesk.records import catalog
from gmsdesk.records.merge import PROGRESS_ORDER
from gmsdesk.storage.errors import NotFound, ValidationError
from gmsdesk.storage.ids import derived_id, uuid7
from gmsdesk.storage.records import Changes, RecordWriter, TableSpec
from gmsdesk.text import fold, phone_key

if TYPE_CHECKING:
    from gmsdesk.storage.db import Database


def _person_derive(row: Mapping[str, Any]) -> dict[str, Any]:
    """Local search keys of a person: folded names and phone (digits of any script)."""
    phone = row.get("phone") or ""
    digits = "".join(ch for ch in phone if ch.isdigit())
    parts = [row.get("name"), row.get("name_latin"), phone, digits, phone_key(phone)]
    return {"search_text": fold(" ".join(str(p) for p in parts if p)),
            "phone_key": phone_key(phone)}


MODULE_SPEC = TableSpec(catalog.MODULES)
WORKSHOP_SPEC = TableSpec(catalog.WORKSHOPS)
SESSION_SPEC = TableSpec(catalog.SESSIONS)
PERSON_SPEC = TableSpec(catalog.PEOPLE, derive=_person_derive)
PARTICIPANT_SPEC = TableSpec(catalog.PARTICIPANTS)
ATTENDANCE_SPEC = TableSpec(catalog.ATTENDANCE)
PROGRESS_SPEC = TableSpec(catalog.PROGRESS)
SERVICE_SPEC = TableSpec(catalog.SERVICES)
INQUIRY_SPEC = TableSpec(catalog.INQUIRIES)

SPECS = (MODULE_SPEC, WORKSHOP_SPEC, SESSION_SPEC, PERSON_SPEC, PARTICIPANT_SPEC,
         ATTENDANCE_SPEC, PROGRESS_SPEC, SERVICE_SPEC, INQUIRY_SPEC)

# -- codes and their labels (the UI translates labels in context "Training") -----------------

TRACKS = tuple(catalog.TRACKS)
WORKSHOP_STATUSES = tuple(catalog.WORKSHOP_STATUSES)
PROGRESS_STATUSES = tuple(catalog.PROGRESS_STATUSES)
GENDERS = tuple(catalog.GENDERS)
SERVICE_TYPES = tuple(catalog.SERVICE_TYPES)
CHANNELS = tuple(catalog.CHANNELS)
INQUIRY_OUTCOMES = tuple(catalog.INQUIRY_OUTCOMES)

LABELS: dict[str, dict[str, str]] = {
    "track": catalog.TRACKS,
    "workshop_status": catalog.WORKSHOP_STATUSES,
    "progress": catalog.PROGRESS_STATUSES,
    "service_type": catalog.SERVICE_TYPES,
    "channel": catalog.CHANNELS,
    "inquiry_outcome": catalog.INQUIRY_OUTCOMES,
}

# ISO 3166-1 alpha-2 (officially assigned), for where an inquiry came from.
ISO_COUNTRIES = frozenset(catalog.ISO_COUNTRIES)

MAX_DAYS = 60  # a longer workshop is a typing mistake (2205 for 2025), not 66,000 sessions

_MSG = {
    "date": QT_TRANSLATE_NOOP("Validation", "Enter a date as YYYY-MM-DD, for example 2025-03-14."),
    "end_before_start": QT_TRANSLATE_NOOP("Validation",
                                          "The last day cannot be before the first day."),
    "start_missing": QT_TRANSLATE_NOOP("Validation", "Enter the first day too."),
    "too_many_days": QT_TRANSLATE_NOOP("Validation", "A workshop can last at most 60 days."),
    "modules": QT_TRANSLATE_NOOP("Validation", "Choose modules from the catalogue."),
    "sme": QT_TRANSLATE_NOOP("Validation", "Choose an SME from the registry."),
    "score": QT_TRANSLATE_NOOP("Validation", "Enter a score from 0 to 100."),
    "progress": QT_TRANSLATE_NOOP("Validation",
                                  "Choose not started, in progress or completed."),
    "backwards": QT_TRANSLATE_NOOP("Validation", "Progress only moves forward; an "
                                                 "administrator can revert it, with a reason."),
    "not_backwards": QT_TRANSLATE_NOOP("Validation", "A revert must go back to an earlier step."),
    "reason": QT_TRANSLATE_NOOP("Validation", "Give a reason for the revert."),
    "admin": QT_TRANSLATE_NOOP("Validation", "Say who reverts it."),
    "module": QT_TRANSLATE_NOOP("Validation", "This module is not part of the workshop."),
    "not_enrolled": QT_TRANSLATE_NOOP("Validation", "This person is not enrolled in the "
                                                    "workshop."),
    "session": QT_TRANSLATE_NOOP("Validation", "This day is not part of the workshop."),
    "workshop": QT_TRANSLATE_NOOP("Validation", "Choose a workshop."),
    "retired_module": QT_TRANSLATE_NOOP("Validation", "A retired module cannot be added to a "
                                                      "workshop: choose another one."),
    "service_of_sme": QT_TRANSLATE_NOOP("Validation", "Choose a service delivered to this SME."),
    "presence_of_sme": QT_TRANSLATE_NOOP("Validation",
                                         "Choose one of this SME's online presences."),
    "order_value": QT_TRANSLATE_NOOP("Validation", "An order value goes with the outcome "
                                                   "“Order”: choose that outcome or clear the "
                                                   "value."),
    "not_over": QT_TRANSLATE_NOOP("Validation", "This workshop is not over yet: certificates "
                                                "are issued after its last day."),
    "before_last_day": QT_TRANSLATE_NOOP("Validation", "A certificate cannot be dated before "
                                                       "the workshop's last day."),
    "attendance_rule": QT_TRANSLATE_NOOP("Validation", "Enter a share of the days from 0 to "
                                                       "100 %."),
}


class ProgressBackwards(ValidationError):
    """A progress step back without an administrator's revert."""


class WorkshopNotOver(ValidationError):
    """Certificates asked for a workshop that is planned or running, without the trainer's
    confirmation (`issue_certificates(..., early=True)`)."""

    def __init__(self, workshop_id: str, status: str) -> None:
        super().__init__({"certificates": _MSG["not_over"]})
        self.workshop_id = workshop_id
        self.status = status


# -- a workshop's status: its dates, unless a person set it further along --------------------

_STATUS_ORDER = {"planned": 0, "running": 1, "done": 2}


def status_by_dates(start: str | None, end: str | None,
                    today: date | str | None = None) -> str | None:
    """What the dates say on `today`: planned before the first day, running from the first day
    to the last, done after it; None for a workshop without dates (or with a date that is not
    one)."""
    try:
        first = _day(start)
        last = _day(end) or first
        now = _day(today) or date.today().isoformat()
    except ValueError:
        return None
    if not first or not last:
        return None
    if now < first:
        return "planned"
    return "running" if now <= last else "done"


def workshop_status(status_set: str | None, start: str | None, end: str | None,
                    today: date | str | None = None) -> str:
    """A workshop's status on `today` (default: today).

    It follows the dates — a workshop that starts today is running, one past its last day is
    done — unless a person set it further along by hand: "running" starts one early, "done"
    closes one early (finished ahead of its dates, or called off). "Planned", what a new
    workshop gets, means "as the dates say". Without dates, the status as set; a status from a
    newer version is kept as it is."""
    status = status_set or "planned"
    by_dates = status_by_dates(start, end, today)
    if by_dates is None or status not in _STATUS_ORDER:
        return status
    return max(status, by_dates, key=_STATUS_ORDER.__getitem__)


# -- the attendance a certificate asks for ---------------------------------------------------

DEFAULT_ATTENDANCE_PERCENT = 80
# The agency's default on this laptop, in the `meta` table: for new workshops, and for those
# without a rule of their own (made before workshops carried one, or by an older release).
_RULE_META = "training.attendance_percent"


@dataclass(frozen=True)
class AttendanceRule:
    """Who may get a certificate, by attendance: present on at least `percent` % of the
    workshop's days (100: every day; 0: attendance is not asked). `own`: the workshop carries
    a rule of its own (its synced `attendance_percent`), rather than this laptop's default."""

    percent: int = DEFAULT_ATTENDANCE_PERCENT
    own: bool = False

    def days_needed(self, days: int) -> int:
        """Days present needed out of `days` (rounded up: 80 % of 3 days is 3)."""
        return -(-days * self.percent // 100)

    def met(self, days_present: int, days: int) -> bool:
        return days_present >= self.days_needed(days)


def _percent(value: Any) -> int:
    """A share of days, 0-100, from a number or its text; ValidationError for anything else."""
    try:
        number = _number(str(value).strip().rstrip("%") if isinstance(value, str) else value)
    except (TypeError, ValueError):
        number = None
    if number is None or not 0 <= number <= 100 or number != int(number):
        raise ValidationError({"attendance_rule": _MSG["attendance_rule"]})
    return int(number)


# -- rows handed to screens and reports (plain immutable values) -----------------------------


@dataclass(frozen=True)
class Module:
    code: str
    track: str
    title: str
    description: str
    builtin: bool
    position: int = 0
    # Headquarters retired it: no new workshop gets it, those that have it keep it.
    retired: bool = False
    # This laptop may change (retire) it: not a built-in one, nor one headquarters published
    # to this agency.
    editable: bool = False
    id: str | None = None  # the record (None for a built-in module)


@dataclass(frozen=True)
class Workshop:
    id: str
    title: str
    track: str
    modules: tuple[str, ...]
    start_date: str | None
    end_date: str | None
    venue: str | None
    country: str | None
    province: str | None
    trainers: str | None
    partner: str | None
    status: str  # today's, as `workshop_status` says: what screens and reports show
    notes: str | None
    deleted: bool
    created_at: str
    updated_at: str
    status_set: str = "planned"  # as stored: "planned" follows the dates (`workshop_status`)
    agency_id: str = ""  # the agency that runs it
    # Its own attendance rule for a certificate, in % of the days; None: the laptop's default
    # (`TrainingRepository.attendance_rule` says which applies).
    attendance_percent: int | None = None

    def values(self) -> dict[str, Any]:
        """The editable fields, as `create_workshop`/`update_workshop` take them (the status as
        set, not as the dates make it today)."""
        special = {"modules": list(self.modules), "status": self.status_set}
        return {name: special[name] if name in special else getattr(self, name)
                for name in WORKSHOP_SPEC.fields}


@dataclass(frozen=True)
class WorkshopRow:
    id: str
    title: str
    track: str
    start_date: str | None
    end_date: str | None
    status: str  # today's (`workshop_status`)
    venue: str | None
    province: str | None
    participants: int
    completed: int
    deleted: bool
    agency_id: str = ""  # the agency that runs it (a headquarters list shows it)
    status_set: str = "planned"  # as stored
    country: str | None = None
    trainers: str | None = None
    partner: str | None = None


@dataclass(frozen=True)
class Session:
    id: str
    workshop_id: str
    day: str
    number: int  # 1 for the first day kept
    label: str | None
    present: int  # people marked present
    outside: bool  # outside the workshop's dates, kept because people attended it


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    name_latin: str | None
    gender: str | None
    role: str | None
    phone: str | None
    email: str | None
    sme_id: str | None
    deleted: bool

    def values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in PERSON_SPEC.fields}


@dataclass(frozen=True)
class Participant:
    id: str
    workshop_id: str
    person_id: str
    name: str
    name_latin: str | None
    gender: str | None
    role: str | None
    phone: str | None
    sme_id: str | None
    sme_name: str | None
    pre_score: float | None
    post_score: float | None
    days_present: int
    modules_completed: int
    completed: bool  # every module of the workshop completed
    certificate_no: str | None
    certificate_issued_on: str | None


@dataclass(frozen=True)
class CertificateStanding:
    """Where one participant stands for a certificate: every module completed, and present on
    enough of the workshop's days (`AttendanceRule`)."""

    participant: Participant
    days: int  # the workshop's days
    days_needed: int
    modules: int  # the workshop's modules

    @property
    def attended(self) -> bool:
        return self.participant.days_present >= self.days_needed

    @property
    def completed(self) -> bool:
        return self.participant.completed

    @property
    def issued(self) -> bool:
        return bool(self.participant.certificate_no)

    @property
    def eligible(self) -> bool:
        """Met both rules (whether or not a number was given yet)."""
        return self.attended and self.completed

    @property
    def due(self) -> bool:
        """Met both rules and holds no number yet: the next issue numbers them."""
        return self.eligible and not self.issued


@dataclass(frozen=True)
class PersonMatch:
    """Someone already known who is probably the person being typed, and why."""

    person: Person
    sme_name: str | None
    reasons: tuple[str, ...]  # "name", "phone"
    enrolled: bool  # already in the workshop asked about


@dataclass(frozen=True)
class RosterRow:
    """One line of the attendance screen. `key` is folded text (names in both scripts, SME
    name, phone digits): a typed filter matches when each folded word is in it."""

    person_id: str
    name: str
    name_latin: str | None
    sme_name: str | None
    present: bool
    key: str

    def matches(self, words: Sequence[str]) -> bool:
        return roster_rank(self.key, words) is not None


def roster_rank(key: str, words: Sequence[str]) -> int | None:
    """How a roster key answers folded typed words: None, no match; 0, every word starts a
    word of the key (typing "so" finds Sokha); 1, found inside words (Pisoth)."""
    if not all(word in key for word in words):
        return None
    spaced = " " + key
    return 0 if all(" " + word in spaced for word in words) else 1


def filter_roster(rows: Sequence[RosterRow], text: str) -> list[RosterRow]:
    """The rows a typed search keeps: word starts first, each group in roster order."""
    words = fold(text).split()
    if not words:
        return list(rows)
    ranked = [(rank, row) for row in rows if (rank := roster_rank(row.key, words)) is not None]
    return [row for rank, row in ranked if rank == 0] + [row for rank, row in ranked if rank]


@dataclass(frozen=True)
class Progress:
    workshop_id: str
    person_id: str
    module: str
    status: str
    status_on: str | None
    reverted_by: str | None


@dataclass(frozen=True)
class SmeTrainingRow:
    """Per-SME view: one of its people, one workshop, one module of it."""

    person_id: str
    person_name: str
    workshop_id: str
    workshop_title: str
    start_date: str | None
    module: str
    status: str
    status_on: str | None


@dataclass(frozen=True)
class Service:
    id: str
    sme_id: str
    type: str
    delivered_on: str | None
    staff: str | None
    fee: float | None
    currency: str | None
    outcome: str | None
    workshop_id: str | None
    notes: str | None
    paid: bool = False


@dataclass(frozen=True)
class Inquiry:
    id: str
    sme_id: str
    received_on: str | None
    from_country: str | None
    channel: str | None
    notes: str | None
    # What brought it (a service delivered, or one of the SME's presences) and what came of it.
    service_id: str | None = None
    presence_id: str | None = None
    outcome: str | None = None
    order_value: float | None = None
    currency: str | None = None
    staff: str | None = None


# -- helpers ---------------------------------------------------------------------------------


@cache
def _catalogue() -> tuple[dict[str, Any], ...]:
    """The built-in modules, as in resources/seed/modules.json (read once)."""
    with open(RESOURCES / "seed" / "modules.json", encoding="utf-8") as handle:
        return tuple(json.load(handle))


def _lang(lang: str) -> str:
    lang = lang.replace("-", "_")
    return "zh_CN" if lang.lower().startswith("zh") else lang.split("_")[0]


def _text(value: Any) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


def _day(value: Any) -> str | None:
    """An ISO date from a date or text; None for empty; ValueError for anything else."""
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    return date.fromisoformat(text[:10] if len(text) > 10 and text[10] == "T" else text
                              ).isoformat()


def _number(value: Any) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueError("not a number")
    number = float(str(value).strip().replace(",", "")) if isinstance(value, str) else float(value)
    if number != number or number in (float("inf"), float("-inf")):
        raise ValueError("not a number")
    return number


def _today() -> str:
    return date.today().isoformat()


def _days(start: str | None, end: str | None) -> list[str]:
    if not start:
        return []
    first = date.fromisoformat(start)
    last = date.fromisoformat(end) if end else first
    return [(first + timedelta(days=i)).isoformat() for i in range((last - first).days + 1)]


def _modules_list(raw: Any) -> list[str]:
    if isinstance(raw, str):
        try:
            raw = json.loads(raw or "[]")
        except ValueError:
            return []
    return [str(m) for m in raw] if isinstance(raw, (list, tuple)) else []


def _person(row: Any) -> Person:
    return Person(row[0], row[1] or "", row[2], row[3], row[4], row[5], row[6], row[7],
                  bool(row[8]))


def certificate_number(participant_id: str, year: str) -> str:
    """A certificate number made from the participant record, so every laptop gives the same."""
    digest = derived_id("certificate", participant_id).replace("-", "").upper()
    return f"GMS-{year}-{digest[:4]}-{digest[4:8]}"


_COMPLETED_SQL = """
    (SELECT count(DISTINCT mp.module) FROM module_progress mp
     WHERE mp.workshop_id = p.workshop_id AND mp.person_id = p.person_id AND mp.deleted = 0
       AND mp.status = 'completed'
       AND mp.module IN (SELECT value FROM json_each(
           CASE WHEN json_valid(w.modules) THEN w.modules ELSE '[]' END)))
"""
_MODULE_COUNT_SQL = ("json_array_length(CASE WHEN json_valid(w.modules) THEN w.modules "
                     "ELSE '[]' END)")


class TrainingRepository:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.writer = RecordWriter(db)

    def specs(self) -> dict[str, TableSpec]:
        return {spec.name: spec for spec in SPECS}

    # -- catalogue ------------------------------------------------------------------------------

    def modules(self, lang: str = "en", track: str | None = None, *,
                offered: bool = False) -> list[Module]:
        """The built-in modules, then the agency's own and those headquarters published, per
        track (basic first) and position. Retired modules are there too (workshops that have
        one still name it), unless `offered`: what a new workshop may be given."""
        code = _lang(lang)
        found = [Module(m["code"], m["track"], m["title"].get(code) or m["title"]["en"],
                        m["description"].get(code) or m["description"]["en"], True,
                        int(m["position"])) for m in _catalogue()]
        rows = self.db.conn.execute(
            "SELECT code, track, title, description, position, retired, agency_id, id "
            "FROM modules WHERE deleted = 0 AND code != '' ORDER BY position, created_at"
        ).fetchall()
        found += [Module(r[0], r[1], r[2], r[3] or "", False, int(r[4] or 0) + 1000,
                         bool(r[5]), self.db.may_write(r[6]), r[7]) for r in rows]
        order = {t: i for i, t in enumerate(TRACKS)}
        found.sort(key=lambda m: (order.get(m.track, 9), not m.builtin, m.position))
        return [m for m in found if (track is None or m.track == track)
                and not (offered and m.retired)]

    def module_codes(self) -> set[str]:
        return {m.code for m in self.modules()}

    def module_title(self, code: str, lang: str = "en") -> str:
        """A module's title in `lang` (English when it has none); the code for unknown ones."""
        for module in self.modules(lang):
            if module.code == code:
                return module.title
        return code

    def retire_module(self, code_or_id: str, retired: bool = True) -> Changes:
        """Retire a module (or bring it back): new workshops are no longer offered it, and
        workshops that have it keep it. An ordinary synced edit of its `retired` field, so
        `ReadOnlyRecord` on a laptop that may not change it (headquarters published it).
        Built-in modules ship with GMS Desk and are not records: NotFound, as for a code
        nobody knows."""
        row = self.db.conn.execute(
            "SELECT id FROM modules WHERE (id = ? OR code = ?) AND deleted = 0 "
            "ORDER BY id = ? DESC, created_at LIMIT 1",
            (code_or_id, code_or_id, code_or_id)).fetchone()
        if row is None:
            raise NotFound("modules", code_or_id)
        return self.writer.update(MODULE_SPEC, row[0], {"retired": int(retired)})

    def add_module(self, track: str, title: str, description: str = "") -> Changes:
        """An agency's own module, after the built-in ones of its track."""
        out, errors = catalog.MODULES.clean(
            {"title": title, "track": track, "description": description},
            names=("title", "track", "description"))
        if errors:
            raise ValidationError(errors)
        track = out["track"]
        with self.db.atomic():
            last = self.db.conn.execute("SELECT max(position) FROM modules WHERE track = ?",
                                        (track,)).fetchone()[0]
            record_id = uuid7()
            # The code names the module in workshops and progress on every laptop.
            code = "X-" + record_id.replace("-", "")[-8:].upper()
            return self.writer.insert(MODULE_SPEC, {
                "code": code, "track": track, "title": out["title"],
                "description": out["description"], "position": int(last or 0) + 1,
            }, record_id)

    # -- workshops ------------------------------------------------------------------------------

    def _clean_workshop(self, values: Mapping[str, Any],
                        kept: Sequence[str] = ()) -> dict[str, Any]:
        """Each field as declared (catalog.WORKSHOPS); here the defaults, the days' order and
        span, and modules that must be in the catalogue and not retired, unless the workshop
        already had them (`kept`): retiring a module does not take it from a workshop."""
        fields = [n for n in catalog.WORKSHOPS.names if n != "modules"]
        out, errors = catalog.WORKSHOPS.clean(
            {**{n: None for n in ("title", "start_date", "end_date")}, **values,
             "track": _text(values.get("track")) or "basic",
             "status": _text(values.get("status")) or "planned"}, names=fields)
        start, end = out.get("start_date"), out.get("end_date")
        if start and not end and "end_date" not in errors:
            out["end_date"] = end = start
        if end and not start and "start_date" not in errors:
            errors["start_date"] = _MSG["start_missing"]
        if start and end and not errors.keys() & {"start_date", "end_date"}:
            span = (date.fromisoformat(end) - date.fromisoformat(start)).days
            if span < 0:
                errors["end_date"] = _MSG["end_before_start"]
            elif span >= MAX_DAYS:
                errors["end_date"] = _MSG["too_many_days"]
        raw_modules = values.get("modules")
        if raw_modules is None:
            out["modules"] = [m.code for m in self.modules(track=out["track"], offered=True)]
        else:
            modules = list(dict.fromkeys(_modules_list(raw_modules)))
            catalogue = self.modules()
            retired = {m.code for m in catalogue if m.retired} - set(kept)
            if not set(modules) <= {m.code for m in catalogue}:
                errors["modules"] = _MSG["modules"]
            elif retired & set(modules):
                errors["modules"] = _MSG["retired_module"]
            out["modules"] = modules
        if errors:
            raise ValidationError(errors)
        return out

    def create_workshop(self, values: Mapping[str, Any]) -> Changes:
        """A new workshop (modules default to its track's), with one session per day; the
        workshop comes first, then its sessions."""
        cleaned = self._clean_workshop(values)
        with self.db.atomic():
            made = self.writer.insert(WORKSHOP_SPEC, cleaned)
            return made + self._sync_sessions(made[0].record_id, cleaned["start_date"],
                                              cleaned["end_date"])

    def update_workshop(self, workshop_id: str, changes: Mapping[str, Any]) -> Changes:
        """Change some fields. New dates add the missing days; a day no longer in range goes
        unless someone attended it: then it stays, marked `outside` in `sessions`."""
        with self.db.atomic():
            current = self.workshop(workshop_id).values()
            cleaned = self._clean_workshop({**current, **changes}, kept=current["modules"])
            diff = {k: v for k, v in cleaned.items() if k in changes and v != current.get(k)}
            done: Changes = ()
            if diff:
                done += self.writer.update(WORKSHOP_SPEC, workshop_id, diff)
            if diff.keys() & {"start_date", "end_date"}:
                done += self._sync_sessions(workshop_id, cleaned["start_date"],
                                            cleaned["end_date"])
        return done

    def _sync_sessions(self, workshop_id: str, start: str | None,
                       end: str | None) -> Changes:
        wanted = _days(start, end)
        existing = {r[0]: (r[1], bool(r[2])) for r in self.db.conn.execute(
            "SELECT id, day, deleted FROM workshop_sessions WHERE workshop_id = ?",
            (workshop_id,))}
        done: Changes = ()
        for day in wanted:
            session_id = derived_id("session", workshop_id, day)
            if session_id not in existing:
                done += self.writer.insert(
                    SESSION_SPEC, {"workshop_id": workshop_id, "day": day}, session_id)
            elif existing[session_id][1]:
                done += self.writer.set_deleted(SESSION_SPEC, session_id, False)
        keep = set(wanted)
        for session_id, (day, deleted) in existing.items():
            if deleted or day in keep:
                continue
            attended = self.db.conn.execute(
                "SELECT 1 FROM attendance WHERE session_id = ? AND present = 1 AND deleted = 0 "
                "LIMIT 1", (session_id,)).fetchone()
            if not attended:
                done += self.writer.set_deleted(SESSION_SPEC, session_id, True)
        return done

    def delete_workshop(self, workshop_id: str) -> Changes:
        return self.writer.set_deleted(WORKSHOP_SPEC, workshop_id, True)

    def restore_workshop(self, workshop_id: str) -> Changes:
        return self.writer.set_deleted(WORKSHOP_SPEC, workshop_id, False)

    def workshop(self, workshop_id: str) -> Workshop:
        row = self.db.conn.execute("SELECT * FROM workshops WHERE id = ?",
                                   (workshop_id,)).fetchone()
        if row is None:
            raise NotFound("workshops", workshop_id)
        return Workshop(
            row["id"], row["title"], row["track"], tuple(_modules_list(row["modules"])),
            row["start_date"], row["end_date"], row["venue"], row["country"], row["province"],
            row["trainers"], row["partner"],
            workshop_status(row["status"], row["start_date"], row["end_date"]), row["notes"],
            bool(row["deleted"]), row["created_at"], row["updated_at"], row["status"],
            row["agency_id"] or "", row["attendance_percent"])

    def workshops(self, status: str | None = None, text: str | None = None,
                  deleted: bool = False, agency: str | None = None) -> list[WorkshopRow]:
        """Workshops with participant and completed counts, newest first; `status`: only those
        whose status is that today (`workshop_status`); `agency`: only that agency's (a
        headquarters laptop holds every agency's)."""
        clauses: list[str] = ["w.deleted = ?"]
        params: list[Any] = [int(deleted)]
        today = date.today().isoformat()
        if agency:
            clauses.append("w.agency_id = ?")
            params.append(agency)
        rows = self.db.conn.execute(
            f"""SELECT w.id, w.title, w.track, w.start_date, w.end_date, w.status, w.venue,
                       w.province, w.deleted, w.partner, w.trainers, w.agency_id, w.country,
                       (SELECT count(*) FROM participants p
                        WHERE p.workshop_id = w.id AND p.deleted = 0) AS participants,
                       (SELECT count(*) FROM participants p
                        WHERE p.workshop_id = w.id AND p.deleted = 0
                          AND {_MODULE_COUNT_SQL} > 0
                          AND {_COMPLETED_SQL} = {_MODULE_COUNT_SQL}) AS completed
                FROM workshops w WHERE {' AND '.join(clauses)}
                ORDER BY coalesce(w.start_date, substr(w.created_at, 1, 10)) DESC,
                         w.created_at DESC""", params).fetchall()
        words = fold(text).split() if text else []
        found = []
        for r in rows:
            if words:
                hay = fold(" ".join(str(r[k]) for k in ("title", "venue", "province",
                                                        "partner", "trainers") if r[k]))
                if not all(w in hay for w in words):
                    continue
            now = workshop_status(r["status"], r["start_date"], r["end_date"], today)
            if status and now != status:
                continue
            found.append(WorkshopRow(r["id"], r["title"], r["track"], r["start_date"],
                                     r["end_date"], now, r["venue"], r["province"],
                                     r["participants"], r["completed"], bool(r["deleted"]),
                                     r["agency_id"], r["status"], r["country"], r["trainers"],
                                     r["partner"]))
        return found

    def sessions(self, workshop_id: str) -> list[Session]:
        """The workshop's days, in order, with how many were present."""
        workshop = self.workshop(workshop_id)
        in_range = set(_days(workshop.start_date, workshop.end_date))
        rows = self.db.conn.execute(
            "SELECT s.id, s.day, s.label, (SELECT count(*) FROM attendance a "
            "WHERE a.session_id = s.id AND a.present = 1 AND a.deleted = 0) "
            "FROM workshop_sessions s WHERE s.workshop_id = ? AND s.deleted = 0 ORDER BY s.day",
            (workshop_id,)).fetchall()
        return [Session(r[0], workshop_id, r[1], i, r[2] or None, r[3], r[1] not in in_range)
                for i, r in enumerate(rows, 1)]

    # -- people and enrolment -------------------------------------------------------------------

    def _clean_person(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """Each field as declared (catalog.PEOPLE); here only the name a Latin name stands in
        for and the SME, which must be in the registry."""
        values = dict(values)
        if not _text(values.get("name")):
            values["name"] = values.get("name_latin")  # a Latin name alone is a name too
        out, errors = catalog.PEOPLE.clean(values)
        if out.get("sme_id") and not self._sme_exists(out["sme_id"]):
            errors["sme_id"] = _MSG["sme"]
        if errors:
            raise ValidationError(errors)
        return out

    def _sme_exists(self, sme_id: str) -> bool:
        return self.db.conn.execute("SELECT 1 FROM smes WHERE id = ?",
                                    (sme_id,)).fetchone() is not None

    def create_person(self, values: Mapping[str, Any]) -> Changes:
        return self.writer.insert(PERSON_SPEC, self._clean_person(values))

    def update_person(self, person_id: str, changes: Mapping[str, Any]) -> Changes:
        with self.db.atomic():
            current = self.person(person_id).values()
            cleaned = self._clean_person({**current, **changes})
            return self.writer.update(PERSON_SPEC, person_id,
                                      {k: cleaned[k] for k in changes if k in cleaned})

    def delete_person(self, person_id: str) -> Changes:
        return self.writer.set_deleted(PERSON_SPEC, person_id, True)

    def person(self, person_id: str) -> Person:
        row = self.db.conn.execute(
            "SELECT id, name, name_latin, gender, role, phone, email, sme_id, deleted "
            "FROM people WHERE id = ?", (person_id,)).fetchone()
        if row is None:
            raise NotFound("people", person_id)
        return _person(row)

    def people_of_sme(self, sme_id: str) -> list[Person]:
        rows = self.db.conn.execute(
            "SELECT id, name, name_latin, gender, role, phone, email, sme_id, deleted "
            "FROM people WHERE sme_id = ? AND deleted = 0 ORDER BY name", (sme_id,)).fetchall()
        return [_person(r) for r in rows]

    def search_people(self, text: str, limit: int = 50, *,
                      economy: str | None = None) -> list[Person]:
        """People whose name (either script) or phone contains every typed word; with
        `economy`, those whose SME is in that economy first (a workshop's own)."""
        words = fold(text).split()
        if not words:
            return []
        where = " AND ".join("instr(pe.search_text, ?) > 0" for _ in words)
        rows = self.db.conn.execute(
            "SELECT pe.id, pe.name, pe.name_latin, pe.gender, pe.role, pe.phone, pe.email, "
            "pe.sme_id, pe.deleted FROM people pe LEFT JOIN smes s ON s.id = pe.sme_id "
            f"WHERE pe.deleted = 0 AND {where} "
            "ORDER BY coalesce(s.country = ?, 0) DESC, pe.name LIMIT ?",
            (*words, economy or "", limit)).fetchall()
        return [_person(r) for r in rows]

    def likely_duplicate_people(self, values: Mapping[str, Any], *,
                                workshop_id: str | None = None,
                                limit: int = 5) -> list[PersonMatch]:
        """People already known who are probably the one being typed: the same name (in either
        script, either field) or the same phone; both reasons first. `workshop_id` tells which
        are already enrolled in it. Cheap enough for every pause in typing."""
        names = {fold(values.get(k)) for k in ("name", "name_latin")} - {""}
        phone = phone_key(values.get("phone"))
        found: dict[str, tuple[Any, set[str]]] = {}
        select = ("SELECT pe.id, pe.name, pe.name_latin, pe.gender, pe.role, pe.phone, "
                  "pe.email, pe.sme_id, pe.deleted, s.name FROM people pe "
                  "LEFT JOIN smes s ON s.id = pe.sme_id WHERE pe.deleted = 0 AND ")
        for name in names:
            for row in self.db.conn.execute(select + "instr(pe.search_text, ?) > 0 LIMIT 200",
                                            (name,)):
                if names & {fold(row[1]), fold(row[2])} - {""}:
                    found.setdefault(row[0], (row, set()))[1].add("name")
        if phone:
            for row in self.db.conn.execute(select + "pe.phone_key = ? LIMIT 50", (phone,)):
                found.setdefault(row[0], (row, set()))[1].add("phone")
        enrolled: set[str] = set()
        if workshop_id and found:
            marks = ",".join("?" * len(found))
            enrolled = {r[0] for r in self.db.conn.execute(
                f"SELECT person_id FROM participants WHERE workshop_id = ? AND deleted = 0 "
                f"AND person_id IN ({marks})", (workshop_id, *found))}
        order = sorted(found.values(), key=lambda f: (-len(f[1]), "phone" not in f[1],
                                                      fold(f[0][1])))
        return [PersonMatch(_person(row), row[9], tuple(r for r in ("name", "phone")
                                                        if r in reasons), row[0] in enrolled)
                for row, reasons in order[:limit]]

    def enrol(self, workshop_id: str, person_id: str) -> Changes:
        """Enrol a person; nothing changes when already enrolled. A withdrawn enrolment comes
        back."""
        with self.db.atomic():
            self.workshop(workshop_id)
            self.person(person_id)
            record_id = derived_id("participant", workshop_id, person_id)
            row = self.db.conn.execute("SELECT deleted FROM participants WHERE id = ?",
                                       (record_id,)).fetchone()
            if row is None:
                return self.writer.insert(
                    PARTICIPANT_SPEC, {"workshop_id": workshop_id, "person_id": person_id},
                    record_id)
            return self.writer.set_deleted(PARTICIPANT_SPEC, record_id, False)

    def withdraw(self, workshop_id: str, person_id: str) -> Changes:
        """Take a person off the workshop; attendance and progress are kept."""
        record_id = derived_id("participant", workshop_id, person_id)
        return self.writer.set_deleted(PARTICIPANT_SPEC, record_id, True)

    def enrol_new(self, workshop_id: str, person_values: Mapping[str, Any],
                  sme_id: str | None = None,
                  new_sme: Mapping[str, Any] | None = None) -> Changes:
        """A walk-in: the SME (when new), the person and the enrolment, all or nothing.
        Problems with the new SME come back as fields named "sme.<field>"."""
        done: Changes = ()
        with self.db.atomic():
            self.workshop(workshop_id)
            if new_sme is not None:
                try:
                    sme_made = self.db.smes.create(new_sme)
                except ValidationError as exc:
                    raise ValidationError({f"sme.{k}": v for k, v in exc.errors.items()}
                                          ) from exc
                done += sme_made
                sme_id = sme_made[0].record_id
            person = self.create_person({**person_values, "sme_id": sme_id})
            done += person
            done += self.enrol(workshop_id, person[0].record_id)
        return done

    def participants(self, workshop_id: str) -> list[Participant]:
        """Everyone enrolled, with SME, scores, days present and modules completed."""
        workshop = self.workshop(workshop_id)
        module_count = len(workshop.modules)
        rows = self.db.conn.execute(
            f"""SELECT p.id, p.person_id, pe.name, pe.name_latin, pe.gender, pe.role, pe.phone,
                       pe.sme_id, s.name, p.pre_score, p.post_score,
                       (SELECT count(*) FROM attendance a JOIN workshop_sessions ws
                          ON ws.id = a.session_id AND ws.deleted = 0
                        WHERE a.workshop_id = p.workshop_id AND a.person_id = p.person_id
                          AND a.present = 1 AND a.deleted = 0),
                       {_COMPLETED_SQL}, p.certificate_no, p.certificate_issued_on
                FROM participants p JOIN workshops w ON w.id = p.workshop_id
                LEFT JOIN people pe ON pe.id = p.person_id
                LEFT JOIN smes s ON s.id = pe.sme_id
                WHERE p.workshop_id = ? AND p.deleted = 0
                ORDER BY coalesce(pe.name_latin, pe.name) COLLATE NOCASE, p.id""",
            (workshop_id,)).fetchall()
        return [Participant(r[0], workshop_id, r[1], r[2] or "", r[3], r[4], r[5], r[6], r[7],
                            r[8], r[9], r[10], r[11], r[12],
                            module_count > 0 and r[12] >= module_count, r[13], r[14])
                for r in rows]

    # -- attendance -----------------------------------------------------------------------------

    def mark_attendance(self, workshop_id: str, session_id: str, person_id: str,
                        present: bool = True) -> Changes:
        """Present or absent on one day; nothing when it was already so. `marked_at` is the date
        of the mark, not its time: two trainers marking the same person agree, and headquarters
        sees the same fact twice instead of a conflict for someone to resolve."""
        record_id = derived_id("attendance", workshop_id, session_id, person_id)
        with self.db.atomic():
            row = self.db.conn.execute(
                "SELECT present, deleted FROM attendance WHERE id = ?", (record_id,)).fetchone()
            if row is not None and not row[1]:
                if bool(row[0]) == present:
                    return ()
                return self.writer.update(ATTENDANCE_SPEC, record_id,
                                          {"present": int(present), "marked_at": _today()})
            session = self.db.conn.execute(
                "SELECT 1 FROM workshop_sessions WHERE id = ? AND workshop_id = ? "
                "AND deleted = 0", (session_id, workshop_id)).fetchone()
            if session is None:
                raise ValidationError({"session_id": _MSG["session"]})
            self._require_enrolled(workshop_id, person_id)
            if row is not None:  # a tombstoned mark (none are made here, but sync may)
                return self.writer.set_deleted(ATTENDANCE_SPEC, record_id, False) + \
                    self.writer.update(ATTENDANCE_SPEC, record_id,
                                       {"present": int(present), "marked_at": _today()})
            if not present:
                return ()  # absent is what no record already says
            return self.writer.insert(ATTENDANCE_SPEC, {
                "workshop_id": workshop_id, "session_id": session_id, "person_id": person_id,
                "present": 1, "marked_at": _today()}, record_id)

    def _require_enrolled(self, workshop_id: str, person_id: str) -> None:
        enrolled = self.db.conn.execute(
            "SELECT 1 FROM participants WHERE id = ? AND deleted = 0",
            (derived_id("participant", workshop_id, person_id),)).fetchone()
        if enrolled is None:
            raise ValidationError({"person_id": _MSG["not_enrolled"]})

    def roster(self, workshop_id: str, session_id: str) -> list[RosterRow]:
        """The attendance screen of one day: everyone enrolled, with a search key each."""
        present = {r[0] for r in self.db.conn.execute(
            "SELECT person_id FROM attendance WHERE session_id = ? AND present = 1 "
            "AND deleted = 0", (session_id,))}
        rows = self.db.conn.execute(
            """SELECT p.person_id, pe.name, pe.name_latin, s.name, s.name_local,
                      coalesce(pe.search_text, '') || ' ' || coalesce(s.name_fold, '') || ' '
                      || coalesce(s.local_fold, '')
               FROM participants p LEFT JOIN people pe ON pe.id = p.person_id
               LEFT JOIN smes s ON s.id = pe.sme_id
               WHERE p.workshop_id = ? AND p.deleted = 0
               ORDER BY coalesce(pe.name_latin, pe.name) COLLATE NOCASE, p.person_id""",
            (workshop_id,)).fetchall()
        return [RosterRow(r[0], r[1] or "", r[2], r[3] or r[4], r[0] in present, r[5])
                for r in rows]

    # -- progress -------------------------------------------------------------------------------

    def _progress_row(self, record_id: str) -> Any:
        return self.db.conn.execute(
            "SELECT status, status_on, reverted_by FROM module_progress WHERE id = ?",
            (record_id,)).fetchone()

    def _check_progress_target(self, workshop_id: str, person_id: str, module: str,
                               status: str) -> None:
        if status not in PROGRESS_STATUSES:
            raise ValidationError({"status": _MSG["progress"]})
        if module not in self.workshop(workshop_id).modules:
            raise ValidationError({"module": _MSG["module"]})
        self._require_enrolled(workshop_id, person_id)

    def set_progress(self, workshop_id: str, person_id: str, module: str, status: str,
                     on: date | str | None = None) -> Changes:
        """Move a participant's module forward (`on`: the day reached, default today).
        A step back raises ProgressBackwards; an administrator uses `revert_progress`."""
        try:
            day = _day(on) or date.today().isoformat()
        except ValueError as exc:
            raise ValidationError({"status_on": _MSG["date"]}) from exc
        record_id = derived_id("progress", workshop_id, person_id, module)
        with self.db.atomic():
            self._check_progress_target(workshop_id, person_id, module, status)
            row = self._progress_row(record_id)
            if row is None:
                if status == "not_started":
                    return ()
                return self.writer.insert(PROGRESS_SPEC, {
                    "workshop_id": workshop_id, "person_id": person_id, "module": module,
                    "status": status, "status_on": day}, record_id)
            old, new = PROGRESS_ORDER.get(row[0], -1), PROGRESS_ORDER[status]
            if new < old:
                raise ProgressBackwards({"status": _MSG["backwards"]})
            if new == old and (on is None or row[1] == day):
                return ()
            return self.writer.update(PROGRESS_SPEC, record_id,
                                      {"status": status, "status_on": day})

    def revert_progress(self, workshop_id: str, person_id: str, module: str, status: str,
                        admin: str, reason: str) -> Changes:
        """An administrator's step back. `reverted_by` (who, why, when) travels in the same
        write, which is what lets headquarters and other laptops accept it."""
        from gmsdesk.storage.db import utc_now

        errors = {}
        if not (admin or "").strip():
            errors["admin"] = _MSG["admin"]
        if not (reason or "").strip():
            errors["reason"] = _MSG["reason"]
        if errors:
            raise ValidationError(errors)
        record_id = derived_id("progress", workshop_id, person_id, module)
        with self.db.atomic():
            self._check_progress_target(workshop_id, person_id, module, status)
            row = self._progress_row(record_id)
            if row is None or PROGRESS_ORDER[status] >= PROGRESS_ORDER.get(row[0], -1):
                raise ValidationError({"status": _MSG["not_backwards"]})
            note = f"{admin.strip()}: {reason.strip()} ({utc_now()})"
            return self.writer.update(PROGRESS_SPEC, record_id, {  # the status differs
                "status": status, "reverted_by": note,
                "status_on": None if status == "not_started" else date.today().isoformat()})

    def progress(self, workshop_id: str) -> dict[tuple[str, str], Progress]:
        """Every recorded step of a workshop, by (person id, module code)."""
        rows = self.db.conn.execute(
            "SELECT person_id, module, status, status_on, reverted_by FROM module_progress "
            "WHERE workshop_id = ? AND deleted = 0", (workshop_id,)).fetchall()
        return {(r[0], r[1]): Progress(workshop_id, r[0], r[1], r[2], r[3], r[4]) for r in rows}

    def set_scores(self, workshop_id: str, person_id: str,
                   pre: float | str | EllipsisType | None = ...,
                   post: float | str | EllipsisType | None = ...) -> Changes:
        """Pre- and post-test scores, 0-100; a score left out is kept, None clears it."""
        values: dict[str, float | None] = {}
        errors: dict[str, str] = {}
        for name, raw in (("pre_score", pre), ("post_score", post)):
            if raw is ...:
                continue
            try:
                number = _number(raw)
            except (TypeError, ValueError):
                errors[name] = _MSG["score"]
                continue
            if number is not None and not 0 <= number <= 100:
                errors[name] = _MSG["score"]
            values[name] = number
        if errors:
            raise ValidationError(errors)
        with self.db.atomic():
            self._require_enrolled(workshop_id, person_id)
            if not values:
                return ()
            return self.writer.update(PARTICIPANT_SPEC,
                                      derived_id("participant", workshop_id, person_id), values)

    def sme_training(self, sme_id: str) -> list[SmeTrainingRow]:
        """Per-SME view: for each of its people, each workshop they are in, each module of it
        with its status (not started when nothing was recorded)."""
        rows = self.db.conn.execute(
            """SELECT pe.id, pe.name, w.id, w.title, w.start_date, w.modules
               FROM people pe JOIN participants p ON p.person_id = pe.id AND p.deleted = 0
               JOIN workshops w ON w.id = p.workshop_id AND w.deleted = 0
               WHERE pe.sme_id = ? AND pe.deleted = 0
               ORDER BY pe.name, w.start_date, w.id""", (sme_id,)).fetchall()
        steps = {(r[0], r[1], r[2]): (r[3], r[4]) for r in self.db.conn.execute(
            """SELECT mp.workshop_id, mp.person_id, mp.module, mp.status, mp.status_on
               FROM module_progress mp JOIN people pe ON pe.id = mp.person_id
               WHERE pe.sme_id = ? AND mp.deleted = 0""", (sme_id,))}
        found: list[SmeTrainingRow] = []
        for person_id, name, workshop_id, title, start, modules in rows:
            for module in _modules_list(modules):
                status, status_on = steps.get((workshop_id, person_id, module),
                                              ("not_started", None))
                found.append(SmeTrainingRow(person_id, name, workshop_id, title, start, module,
                                            status, status_on))
        return found

    # -- certificates ---------------------------------------------------------------------------

    def attendance_rule(self, workshop_id: str | None = None) -> AttendanceRule:
        """The attendance a certificate asks for: the workshop's own rule (its synced
        `attendance_percent`, the same on every laptop), else this laptop's default for the
        agency (80 % of the days unless changed); `workshop_id` None: that default."""
        if workshop_id:
            row = self.db.conn.execute("SELECT attendance_percent FROM workshops WHERE id = ?",
                                       (workshop_id,)).fetchone()
            own = row[0] if row is not None else None
            if isinstance(own, int) and not isinstance(own, bool):
                return AttendanceRule(max(0, min(own, 100)), own=True)
        default = self.db.meta(_RULE_META)
        return AttendanceRule(min(int(default), 100) if default.isdigit()
                              else DEFAULT_ATTENDANCE_PERCENT)

    def set_attendance_rule(self, workshop_id: str | None,
                            percent: int | str | None) -> Changes:
        """Set a workshop's rule, an edit of the workshop that syncs with it (`percent` None:
        it follows each laptop's default again); `workshop_id` None: this laptop's default,
        for new workshops and those without a rule (not synced: nothing is returned).
        ValidationError outside 0-100."""
        value = None if percent is None else _percent(percent)
        if workshop_id:
            return self.update_workshop(workshop_id, {"attendance_percent": value})
        with self.db.atomic():
            if value is None:
                self.db.delete_meta(_RULE_META)
            else:
                self.db.set_meta(_RULE_META, str(value))
        return ()

    def certificate_standings(self, workshop_id: str) -> list[CertificateStanding]:
        """Every participant with what the certificate asks of them (modules, attendance) and
        whether they met it, in the participants' order."""
        rule = self.attendance_rule(workshop_id)
        workshop = self.workshop(workshop_id)
        days = len(self.sessions(workshop_id))
        needed = rule.days_needed(days)
        return [CertificateStanding(p, days, needed, len(workshop.modules))
                for p in self.participants(workshop_id)]

    def certificate_day(self, workshop_id: str, on: date | str | None = None) -> str:
        """The date certificates of the workshop carry: `on`, or today; never before the
        workshop's last day (then that day). ValidationError for an `on` that is not a date."""
        try:
            day = _day(on) or date.today().isoformat()
        except ValueError as exc:
            raise ValidationError({"certificate_issued_on": _MSG["date"]}) from exc
        last = self.workshop(workshop_id).end_date
        return max(day, last) if last and on is None else day

    def issue_certificates(self, workshop_id: str, on: date | str | None = None, *,
                           early: bool = False) -> Changes:
        """A certificate number and date for everyone who completed every module and met the
        attendance rule (`attendance_rule`) and has none yet; numbers given before are kept.

        Dated `on`, by default today, or the workshop's last day while that is still to come; an
        `on` before the last day is refused. A workshop that is not done yet (`workshop_status`)
        raises WorkshopNotOver, unless `early`: the trainer confirmed."""
        done: Changes = ()
        with self.db.atomic():
            workshop = self.workshop(workshop_id)
            day = self.certificate_day(workshop_id, on)
            if workshop.end_date and day < workshop.end_date:
                raise ValidationError({"certificate_issued_on": _MSG["before_last_day"]})
            if workshop.status != "done" and not early:
                raise WorkshopNotOver(workshop_id, workshop.status)
            year = (workshop.start_date or day)[:4]
            for standing in self.certificate_standings(workshop_id):
                if standing.due:
                    person = standing.participant
                    done += self.writer.update(PARTICIPANT_SPEC, person.id, {
                        "certificate_no": certificate_number(person.id, year),
                        "certificate_issued_on": day})
        return done

    # -- services and inquiries -----------------------------------------------------------------

    def default_currency(self, sme_id: str | None) -> str:
        """The currency of a fee or an order given without one: the SME's economy's (USD when
        the economy is not known)."""
        row = self.db.conn.execute("SELECT country FROM smes WHERE id = ?",
                                   (sme_id or "",)).fetchone()
        return catalog.DEFAULT_CURRENCIES.get(row[0] if row else "", "USD") or "USD"

    def validate_service(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """Clean values of a service, or ValidationError with a message per field (forms call
        it before they close). Each field as declared; here what refers elsewhere, and the
        currency of a fee given without one (the SME's economy's)."""
        values = {**values, "currency": str(values.get("currency") or "").upper() or None}
        out, errors = catalog.SERVICES.clean({"type": None, "delivered_on": None, **values})
        if not out.get("sme_id") or not self._sme_exists(out["sme_id"]):
            errors["sme_id"] = _MSG["sme"]
        if out.get("workshop_id") and self.db.conn.execute(
                "SELECT 1 FROM workshops WHERE id = ?", (out["workshop_id"],)).fetchone() is None:
            errors["workshop_id"] = _MSG["workshop"]
        if out.get("fee") is not None and not out.get("currency") and "currency" not in errors:
            out["currency"] = self.default_currency(out.get("sme_id"))
        if errors:
            raise ValidationError(errors)
        return out

    def add_service(self, sme_id: str, values: Mapping[str, Any]) -> Changes:
        """An e-business service delivered to an SME (type, date, staff, fee, outcome)."""
        return self.writer.insert(SERVICE_SPEC, self.validate_service({**values, "sme_id": sme_id}))

    def update_service(self, service_id: str, changes: Mapping[str, Any]) -> Changes:
        with self.db.atomic():
            current = self.writer.get_row(SERVICE_SPEC, service_id)
            cleaned = self.validate_service({**{k: current[k] for k in SERVICE_SPEC.fields},
                                           **changes})
            # The currency too: a fee given without one is in the SME's economy's.
            return self.writer.update(SERVICE_SPEC, service_id,
                                      {k: cleaned[k] for k in (*changes, "currency")
                                       if k in cleaned})

    def delete_service(self, service_id: str) -> Changes:
        return self.writer.set_deleted(SERVICE_SPEC, service_id, True)

    def restore_service(self, service_id: str) -> Changes:
        return self.writer.set_deleted(SERVICE_SPEC, service_id, False)

    def services(self, sme_id: str | None = None) -> list[Service]:
        """Services delivered, newest first; of one SME or all."""
        sql = ("SELECT id, sme_id, type, delivered_on, staff, fee, currency, outcome, "
               "workshop_id, notes, paid FROM services WHERE deleted = 0")
        params: tuple[Any, ...] = ()
        if sme_id:
            sql += " AND sme_id = ?"
            params = (sme_id,)
        rows = self.db.conn.execute(sql + " ORDER BY delivered_on DESC, created_at DESC",
                                    params).fetchall()
        return [Service(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9],
                        bool(r[10])) for r in rows]

    def validate_inquiry(self, values: Mapping[str, Any], *,
                         require_channel: bool = True) -> dict[str, Any]:
        """Clean values of an inquiry, or ValidationError with a message per field. An inquiry
        says at least when and how it came (`require_channel` is False only to edit one that an
        older release saved without a channel); what brought it is a service or a presence of
        the same SME; an order value goes with the outcome "order" and, given without a
        currency, is in the SME's economy's."""
        values = {**values,
                  "from_country": str(values.get("from_country") or "").upper() or None,
                  "currency": str(values.get("currency") or "").upper() or None}
        out, errors = catalog.INQUIRIES.clean({"received_on": None, **values})
        sme_id = out.get("sme_id")
        if not sme_id or not self._sme_exists(sme_id):
            errors["sme_id"] = _MSG["sme"]
        if require_channel and not out.get("channel") and "channel" not in errors:
            errors["channel"] = catalog.INQUIRIES.field("channel").message
        for name, table, message in (("service_id", "services", "service_of_sme"),
                                     ("presence_id", "presences", "presence_of_sme")):
            if out.get(name) and self.db.conn.execute(
                    f"SELECT 1 FROM {table} WHERE id = ? AND sme_id = ?",
                    (out[name], sme_id or "")).fetchone() is None:
                errors[name] = _MSG[message]
        if out.get("order_value") is not None and "order_value" not in errors:
            if out.get("outcome") != "order":
                errors["order_value"] = _MSG["order_value"]
            elif not out.get("currency") and "currency" not in errors:
                out["currency"] = self.default_currency(sme_id)
        if errors:
            raise ValidationError(errors)
        return out

    def add_inquiry(self, sme_id: str, values: Mapping[str, Any]) -> Changes:
        """An inquiry the SME received (date and channel at least; where from, what brought
        it, what became of it)."""
        return self.writer.insert(INQUIRY_SPEC, self.validate_inquiry({**values, "sme_id": sme_id}))

    def update_inquiry(self, inquiry_id: str, changes: Mapping[str, Any]) -> Changes:
        """Change some fields (an outcome as the talks go on); the rules of `validate_inquiry`
        hold of the whole record after the change."""
        with self.db.atomic():
            current = self.writer.get_row(INQUIRY_SPEC, inquiry_id)
            cleaned = self.validate_inquiry(
                {**{k: current[k] for k in INQUIRY_SPEC.fields}, **changes},
                require_channel=bool(current["channel"]) or "channel" in changes)
            # The currency too: an order value given without one is in the SME's economy's.
            return self.writer.update(INQUIRY_SPEC, inquiry_id,
                                      {k: cleaned[k] for k in (*changes, "currency")
                                       if k in cleaned})

    def delete_inquiry(self, inquiry_id: str) -> Changes:
        return self.writer.set_deleted(INQUIRY_SPEC, inquiry_id, True)

    def restore_inquiry(self, inquiry_id: str) -> Changes:
        return self.writer.set_deleted(INQUIRY_SPEC, inquiry_id, False)

    def inquiries(self, sme_id: str | None = None) -> list[Inquiry]:
        """Inquiries received, newest first; of one SME or all."""
        sql = ("SELECT id, sme_id, received_on, from_country, channel, notes, service_id, "
               "presence_id, outcome, order_value, currency, staff FROM inquiries "
               "WHERE deleted = 0")
        params: tuple[Any, ...] = ()
        if sme_id:
            sql += " AND sme_id = ?"
            params = (sme_id,)
        rows = self.db.conn.execute(sql + " ORDER BY received_on DESC, created_at DESC",
                                    params).fetchall()
        return [Inquiry(*r) for r in rows]


__all__ = [
    "CHANNELS", "DEFAULT_ATTENDANCE_PERCENT", "GENDERS", "INQUIRY_OUTCOMES", "LABELS",
    "PROGRESS_STATUSES", "SERVICE_TYPES", "TRACKS", "WORKSHOP_STATUSES", "AttendanceRule",
    "CertificateStanding", "Inquiry", "Module", "Participant", "Person", "PersonMatch",
    "Progress", "ProgressBackwards", "RosterRow", "Service", "Session", "SmeTrainingRow",
    "TrainingRepository", "Workshop", "WorkshopNotOver", "WorkshopRow", "certificate_number",
    "filter_roster", "roster_rank", "status_by_dates", "workshop_status",
]
