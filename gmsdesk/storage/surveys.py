"""Survey forms (XLSForm versions), responses (append-only) and local drafts. All survey SQL.

A form version is a record; its id is derived from the agency, form_id and version, so the same
file imported on two laptops of one office is one record, and two offices importing the form
headquarters sent them do not claim the same record (the server refuses a record another agency
owns). Responses are written once, at submit; a correction is a new response that `supersedes`
the old one, and queries show current responses (not superseded) by default. Drafts are local
rows outside the write path: they never sync.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import compress
from typing import TYPE_CHECKING, Any

from gmsdesk.i18n import QT_TRANSLATE_NOOP
from gmsdesk.storage.errors import NotFound, ValidationError
from gmsdesk.storage.ids import derived_id, uuid7
from gmsdesk.storage.records import Change, RecordWriter, TableSpec

if TYPE_CHECKING:
    from gmsdesk.forms.model import Form
    from gmsdesk.forms.summary import Summary
    from gmsdesk.storage.db import Database

# `source_name` (the file a form was imported from) is kept locally, outside the synced fields:
# two laptops importing the same form from differently named files would otherwise make a
# pointless conflict for someone to resolve.
FORM_SPEC = TableSpec("forms", ("form_id", "version", "title", "default_language",
                                "definition"),
                      json_fields=frozenset({"definition"}))
RESPONSE_SPEC = TableSpec("survey_responses", ("form_ref", "form_id", "form_version", "answers",
                                               "sme_id", "workshop_id", "language",
                                               "started_at", "submitted_at", "supersedes"),
                          json_fields=frozenset({"answers"}))

_MSG = {
    "clash": QT_TRANSLATE_NOOP(
        "Surveys", "Version {version} of form {form_id} is already here with different "
        "questions. Change the version in the form's settings sheet and import it again."),
    "answers": QT_TRANSLATE_NOOP("Surveys", "The answers are not a set of named values."),
    "has_responses": QT_TRANSLATE_NOOP(
        "Surveys", "This form version has responses or drafts, so it cannot be deleted."),
    "date": QT_TRANSLATE_NOOP("Surveys", "Enter a date as YYYY-MM-DD, for example 2024-03-15."),
    "superseded": QT_TRANSLATE_NOOP(
        "Surveys", "This response was already corrected. Correct the newest one instead."),
}


class FormVersionClash(ValidationError):
    """The same form_id and version is already stored with a different definition."""

    def __init__(self, form_id: str, version: str) -> None:
        super().__init__({"version": _MSG["clash"].format(version=version, form_id=form_id)})
        self.form_id = form_id
        self.version = version


@dataclass(frozen=True)
class FormRow:
    """One form version in a list; `versions`, `responses`, `drafts` count the whole form in
    `forms()` and this version alone in `versions()`."""

    ref: str
    form_id: str
    version: str
    title: str
    default_language: str | None
    source_name: str | None
    imported_at: str
    versions: int
    responses: int
    drafts: int


@dataclass(frozen=True)
class Draft:
    """A response being filled in on this laptop; `created_at` is when it was started."""

    id: str
    form_ref: str
    form_id: str
    form_version: str
    form_title: str
    answers: dict[str, Any]
    sme_id: str | None
    sme_name: str | None
    workshop_id: str | None
    language: str | None
    supersedes: str | None
    page: int
    created_at: str
    created_by: str
    updated_at: str


@dataclass(frozen=True)
class Response:
    """A submitted response as stored; `superseded` is True once a correction replaced it."""

    id: str
    form_ref: str
    form_id: str
    form_version: str
    answers: dict[str, Any]
    sme_id: str | None
    sme_name: str | None
    workshop_id: str | None
    language: str | None
    started_at: str | None
    submitted_at: str | None
    supersedes: str | None
    created_by: str
    agency_id: str
    superseded: bool


@dataclass(frozen=True)
class ResponseFilter:
    """Which responses a list, count, summary or export covers."""

    version: str | None = None
    province: str | None = None
    sector: str | None = None
    country: str | None = None
    sme_id: str | None = None
    workshop_id: str | None = None
    date_from: date | str | None = None  # submitted on or after (local date of submission)
    date_to: date | str | None = None  # submitted on or before
    include_superseded: bool = False


class _Unset:
    pass


UNSET: Any = _Unset()


def local_now() -> str:
    """Local time with its UTC offset: the date part is the day where the survey was done."""
    return datetime.now().astimezone().isoformat(timespec="milliseconds")


def version_key(version: str) -> tuple[tuple[int, int | str], ...]:
    """Orders versions naturally ("9" < "10", "2024010101" < "2024020101")."""
    return tuple((0, int(part)) if part.isdigit() else (1, part)
                 for part in re.findall(r"\d+|\D+", version))


_PLAIN_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _canonical(definition: Any) -> str:
    return json.dumps(definition, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _same_form(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Same questions, whatever the file was called (pyxform names the root after the file
    when the settings sheet gives no name)."""
    return _canonical({**a, "name": None}) == _canonical({**b, "name": None})


def _loads(raw: str | None) -> dict[str, Any]:
    if not raw:
        return {}
    try:
        value = json.loads(raw)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _json_path(name: str) -> str:
    """A JSON path to one key of an object; quoted unless a plain word (names may hold dots,
    and SQLite reads a plain path a little faster, which counts 30 times per response)."""
    if _PLAIN_NAME.match(name):
        return "$." + name
    return '$."' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _as_date(value: date | str) -> date:
    """A date filter as a date; ValidationError for text that is not YYYY-MM-DD."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError as exc:
        raise ValidationError({"date": _MSG["date"]}) from exc


# A response is current when nothing supersedes it; two corrections of one response made on
# two laptops at once both look current, so of those only the last submitted counts.
_CURRENT = (
    "NOT EXISTS (SELECT 1 FROM survey_responses n WHERE n.supersedes = r.id AND n.deleted = 0) "
    "AND (r.supersedes IS NULL OR NOT EXISTS (SELECT 1 FROM survey_responses o "
    "WHERE o.supersedes = r.supersedes AND o.deleted = 0 AND o.id != r.id "
    "AND (coalesce(o.submitted_at, ''), o.id) > (coalesce(r.submitted_at, ''), r.id)))"
)
_SUPERSEDED = (
    "(EXISTS (SELECT 1 FROM survey_responses n WHERE n.supersedes = r.id AND n.deleted = 0) "
    "OR (r.supersedes IS NOT NULL AND EXISTS (SELECT 1 FROM survey_responses o "
    "WHERE o.supersedes = r.supersedes AND o.deleted = 0 AND o.id != r.id "
    "AND (coalesce(o.submitted_at, ''), o.id) > (coalesce(r.submitted_at, ''), r.id))))"
)
_RESPONSE_COLUMNS = (
    "r.id, r.form_ref, r.form_id, r.form_version, r.answers, r.sme_id, s.name, r.workshop_id, "
    "r.language, r.started_at, r.submitted_at, r.supersedes, r.created_by, r.agency_id"
)
_DRAFT_SELECT = (
    "SELECT d.id, d.form_ref, coalesce(f.form_id, ''), coalesce(f.version, ''), "
    "coalesce(f.title, ''), d.answers, d.sme_id, s.name, d.workshop_id, d.language, "
    "d.supersedes, d.page, d.created_at, d.created_by, d.updated_at FROM survey_drafts d "
    "LEFT JOIN forms f ON f.id = d.form_ref LEFT JOIN smes s ON s.id = d.sme_id"
)


@dataclass
class _ColumnTable:
    """Answers of a form's responses (or of one repeat's instances) read as columns: the row
    id of each row's response, its form version, one list per field."""

    rowids: list[int]
    versions: list[str]
    columns: dict[str, list[Any]]
    max_rowid: int
    signature: tuple[Any, ...]
    parents: set[int]


_COLUMN_CACHE: dict[tuple[str, str, str | None, tuple[tuple[str, bool], ...]],
                    _ColumnTable] = {}
_CACHE_LOCK = threading.Lock()
_CACHE_SIZE = 6
_WIDE = 40  # questions beyond which answers are parsed in Python, not looked up in SQLite


def _tolerant(read: Callable[[str], list[Any]]) -> list[Any]:
    """Run a query over the answers JSON; if some stored answers are not valid JSON (damaged
    by hand or by an old bug), run it again reading those as no answers, instead of failing."""
    try:
        return read("r.answers")
    except sqlite3.OperationalError as error:
        if "JSON" not in str(error):
            raise
        return read("(CASE WHEN json_valid(r.answers) THEN r.answers ELSE '{}' END)")


def _response(row: Sequence[Any]) -> Response:
    return Response(id=row[0], form_ref=row[1], form_id=row[2], form_version=row[3],
                    answers=_loads(row[4]), sme_id=row[5], sme_name=row[6], workshop_id=row[7],
                    language=row[8], started_at=row[9], submitted_at=row[10],
                    supersedes=row[11], created_by=row[12], agency_id=row[13],
                    superseded=bool(row[14]))


def _draft(row: Sequence[Any]) -> Draft:
    return Draft(row[0], row[1], row[2], row[3], row[4], _loads(row[5]), *row[6:])


class SurveyRepository:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.writer = RecordWriter(db)
        self._forms: dict[str, tuple[int, Form]] = {}

    def specs(self) -> dict[str, TableSpec]:
        return {FORM_SPEC.name: FORM_SPEC, RESPONSE_SPEC.name: RESPONSE_SPEC}

    # -- forms --------------------------------------------------------------------------------

    def import_form(self, form: Form, source_name: str) -> Change | None:
        """Store a form version. None when that version is already here with the same
        definition; FormVersionClash when it is here with a different one."""
        definition = json.loads(_canonical(form.definition))
        with self.db.atomic():
            rows = self.db.conn.execute(
                "SELECT id, definition, deleted FROM forms WHERE form_id = ? AND version = ?",
                (form.form_id, form.version)).fetchall()
            for row in rows:
                if row["deleted"]:
                    continue
                if not _same_form(_loads(row["definition"]), definition):
                    raise FormVersionClash(form.form_id, form.version)
                return None
            ref = derived_id("form", self.db.agency_id, form.form_id, form.version)
            values = {"form_id": form.form_id, "version": form.version, "title": form.title,
                      "default_language": form.default_language, "definition": definition}
            if any(row["id"] == ref for row in rows):  # deleted earlier: bring it back
                self.writer.update(FORM_SPEC, ref, values)
                change = self.writer.set_deleted(FORM_SPEC, ref, False)
                assert change is not None
            else:
                change = self.writer.insert(FORM_SPEC, values, record_id=ref)
            self.db.conn.execute("UPDATE forms SET source_name = ? WHERE id = ?",
                                 (source_name, ref))
        return change

    def _form_rows(self, form_id: str | None = None) -> list[dict[str, Any]]:
        sql = ("SELECT id, form_id, version, title, default_language, source_name, created_at "
               "FROM forms WHERE deleted = 0")
        params: tuple[Any, ...] = ()
        if form_id is not None:
            sql += " AND form_id = ?"
            params = (form_id,)
        rows = [dict(r) for r in self.db.conn.execute(sql + " ORDER BY id", params)]
        # One row per (form_id, version): a version imported before enrolment, or by two
        # offices (seen at headquarters), is kept as two records with one definition.
        unique: dict[tuple[str, str], dict[str, Any]] = {}
        for row in rows:
            unique.setdefault((row["form_id"], row["version"]), row)
        return sorted(unique.values(),
                      key=lambda r: (r["form_id"], version_key(r["version"]), r["created_at"]))

    def _counts(self, form_id: str | None = None
                ) -> tuple[dict[tuple[str, str], int], dict[tuple[str, str], int]]:
        where: str = ""
        params: tuple[Any, ...] = ()
        if form_id is not None:
            where, params = " AND r.form_id = ?", (form_id,)
        responses = {(r[0], r[1]): r[2] for r in self.db.conn.execute(
            "SELECT r.form_id, r.form_version, count(*) FROM survey_responses r "
            f"WHERE r.deleted = 0 AND {_CURRENT}{where} GROUP BY r.form_id, r.form_version",
            params)}
        drafts = {(r[0], r[1]): r[2] for r in self.db.conn.execute(
            "SELECT f.form_id, f.version, count(*) FROM survey_drafts d JOIN forms f "
            "ON f.id = d.form_ref GROUP BY f.form_id, f.version")}
        return responses, drafts

    def forms(self) -> list[FormRow]:
        """The latest version of every form, with counts over all its versions."""
        rows = self._form_rows()
        responses, drafts = self._counts()
        by_form: dict[str, list[dict[str, Any]]] = {}
        for row in rows:
            by_form.setdefault(row["form_id"], []).append(row)
        out = []
        for form_id, versions in by_form.items():
            latest = versions[-1]
            out.append(FormRow(
                latest["id"], form_id, latest["version"], latest["title"],
                latest["default_language"], latest["source_name"], latest["created_at"],
                len(versions),
                sum(n for (f, _), n in responses.items() if f == form_id),
                sum(n for (f, _), n in drafts.items() if f == form_id)))
        return sorted(out, key=lambda f: (f.title.casefold(), f.form_id))

    def versions(self, form_id: str) -> list[FormRow]:
        """Every version of a form, oldest first, each with its own counts."""
        rows = self._form_rows(form_id)
        responses, drafts = self._counts(form_id)
        return [FormRow(r["id"], r["form_id"], r["version"], r["title"], r["default_language"],
                        r["source_name"], r["created_at"], len(rows),
                        responses.get((form_id, r["version"]), 0),
                        drafts.get((form_id, r["version"]), 0)) for r in rows]

    def form_ref(self, form_id: str, version: str | None = None) -> str:
        """The record of a version (the latest when `version` is None)."""
        rows = self._form_rows(form_id)
        if version is not None:
            rows = [r for r in rows if r["version"] == version]
        if not rows:
            raise NotFound("forms", f"{form_id} {version or ''}".strip())
        return str(rows[-1]["id"])

    def form(self, form_ref: str) -> Form:
        """The form of one version record, rebuilt from its stored definition (cached)."""
        from gmsdesk.forms.model import Form

        row = self.db.conn.execute("SELECT hlc FROM forms WHERE id = ?", (form_ref,)).fetchone()
        if row is None:
            raise NotFound("forms", form_ref)
        cached = self._forms.get(form_ref)
        if cached is not None and cached[0] == row[0]:
            return cached[1]
        raw = self.db.conn.execute("SELECT definition FROM forms WHERE id = ?",
                                   (form_ref,)).fetchone()[0]
        form = Form.from_definition(_loads(raw))
        self._forms[form_ref] = (row[0], form)
        return form

    def forms_by_version(self, form_id: str) -> dict[str, Form]:
        """Every stored version of a form, oldest first: version -> Form."""
        return {r["version"]: self.form(r["id"]) for r in self._form_rows(form_id)}

    def delete_form(self, form_ref: str) -> Change:
        """Remove a version nobody has answered (no responses, no drafts); else refused."""
        with self.db.atomic():
            row = self.writer.get_row(FORM_SPEC, form_ref)
            used = self.db.conn.execute(
                "SELECT EXISTS (SELECT 1 FROM survey_responses WHERE form_id = ? "
                "AND form_version = ? AND deleted = 0) OR EXISTS (SELECT 1 FROM survey_drafts "
                "WHERE form_ref = ?)", (row["form_id"], row["version"], form_ref)).fetchone()[0]
            if used:
                raise ValidationError({"form": _MSG["has_responses"]})
            change = self.writer.set_deleted(FORM_SPEC, form_ref, True)
        return change or Change(FORM_SPEC.name, form_ref, "delete", ("deleted",))

    # -- drafts (local only) ------------------------------------------------------------------

    def create_draft(self, form_ref: str, *, sme_id: str | None = None,
                     workshop_id: str | None = None, language: str | None = None,
                     supersedes: str | None = None,
                     answers: Mapping[str, Any] | None = None) -> str:
        """Start filling in a form version; returns the draft id."""
        if self.db.conn.execute("SELECT 1 FROM forms WHERE id = ?", (form_ref,)).fetchone() \
                is None:
            raise NotFound("forms", form_ref)
        draft_id = uuid7()
        now = local_now()
        with self.db.atomic():
            self.db.conn.execute(
                "INSERT INTO survey_drafts(id, form_ref, answers, sme_id, workshop_id, language, "
                "supersedes, page, created_at, created_by, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)",
                (draft_id, form_ref, self._answers_json(answers or {}), sme_id, workshop_id,
                 language, supersedes, now, self.db.user, now))
        return draft_id

    def save_draft(self, draft_id: str, answers: Mapping[str, Any],
                   page: int | None = None) -> None:
        """Keep the answers so far (called on every answer: one small UPDATE). `page`: the
        page shown, to reopen there; None keeps the one stored."""
        cursor = self.db.conn.execute(
            "UPDATE survey_drafts SET answers = ?, page = coalesce(?, page), updated_at = ? "
            "WHERE id = ?", (self._answers_json(answers), page, local_now(), draft_id))
        if cursor.rowcount == 0:
            raise NotFound("survey_drafts", draft_id)

    def update_draft(self, draft_id: str, *, sme_id: str | None = UNSET,
                     workshop_id: str | None = UNSET, language: str | None = UNSET) -> None:
        """Change what a draft is linked to, or the language it is being filled in."""
        sets = {k: v for k, v in (("sme_id", sme_id), ("workshop_id", workshop_id),
                                  ("language", language)) if v is not UNSET}
        if not sets:
            return
        assignments = ", ".join(f"{k} = ?" for k in sets)
        cursor = self.db.conn.execute(
            f"UPDATE survey_drafts SET {assignments}, updated_at = ? WHERE id = ?",
            (*sets.values(), local_now(), draft_id))
        if cursor.rowcount == 0:
            raise NotFound("survey_drafts", draft_id)

    def draft(self, draft_id: str) -> Draft:
        row = self.db.conn.execute(_DRAFT_SELECT + " WHERE d.id = ?", (draft_id,)).fetchone()
        if row is None:
            raise NotFound("survey_drafts", draft_id)
        return _draft(row)

    def drafts(self, form_id: str | None = None) -> list[Draft]:
        """Drafts on this laptop, most recently touched first."""
        sql = _DRAFT_SELECT
        params: tuple[Any, ...] = ()
        if form_id is not None:
            sql, params = sql + " WHERE f.form_id = ?", (form_id,)
        return [_draft(r) for r in self.db.conn.execute(sql + " ORDER BY d.updated_at DESC",
                                                        params)]

    def delete_draft(self, draft_id: str) -> None:
        self.db.conn.execute("DELETE FROM survey_drafts WHERE id = ?", (draft_id,))

    @staticmethod
    def _answers_json(answers: Any) -> str:
        if not isinstance(answers, Mapping):
            raise ValidationError({"answers": _MSG["answers"]})
        try:
            return json.dumps(dict(answers), ensure_ascii=False, separators=(",", ":"),
                              allow_nan=False)  # NaN is not JSON: SQLite would refuse it
        except (TypeError, ValueError) as exc:
            raise ValidationError({"answers": _MSG["answers"]}) from exc

    # -- responses ----------------------------------------------------------------------------

    def submit(self, draft_id: str, answers: Mapping[str, Any]) -> Change:
        """Turn a draft into a response (answers already validated by the engine): the
        response is written with the draft's form version and links, and the draft goes, in
        one transaction."""
        self._answers_json(answers)
        with self.db.atomic():
            draft = self.draft(draft_id)
            if not draft.form_id:
                raise NotFound("forms", draft.form_ref)
            change = self.writer.insert(RESPONSE_SPEC, {
                "form_ref": draft.form_ref, "form_id": draft.form_id,
                "form_version": draft.form_version, "answers": json.loads(
                    self._answers_json(answers)),
                "sme_id": draft.sme_id, "workshop_id": draft.workshop_id,
                "language": draft.language, "started_at": draft.created_at,
                "submitted_at": local_now(), "supersedes": draft.supersedes,
            })
            self.db.conn.execute("DELETE FROM survey_drafts WHERE id = ?", (draft_id,))
        return change

    def correct(self, response_id: str) -> str:
        """A draft pre-filled with a response's answers, on the same form version; submitting
        it makes a new response that supersedes this one. An open correction is reused."""
        response = self.response(response_id)
        if response.superseded:
            raise ValidationError({"response": _MSG["superseded"]})
        existing = self.db.conn.execute(
            "SELECT id FROM survey_drafts WHERE supersedes = ? ORDER BY created_at LIMIT 1",
            (response_id,)).fetchone()
        if existing:
            return str(existing[0])
        return self.create_draft(response.form_ref, sme_id=response.sme_id,
                                 workshop_id=response.workshop_id, language=response.language,
                                 supersedes=response_id, answers=response.answers)

    def _where(self, form_id: str, filters: ResponseFilter) -> tuple[str, list[Any], bool]:
        """Conditions for the responses a filter covers; True when they need the SME."""
        clauses = ["r.form_id = ?", "r.deleted = 0"]
        params: list[Any] = [form_id]
        needs_sme = False
        if filters.version is not None:
            clauses.append("r.form_version = ?")
            params.append(filters.version)
        for column in ("province", "sector", "country"):
            value = getattr(filters, column)
            if value:
                clauses.append(f"s.{column} = ?")
                params.append(value)
                needs_sme = True
        for column in ("sme_id", "workshop_id"):
            value = getattr(filters, column)
            if value:
                clauses.append(f"r.{column} = ?")
                params.append(value)
        if filters.date_from:
            clauses.append("r.submitted_at >= ?")
            params.append(_as_date(filters.date_from).isoformat())
        if filters.date_to:  # the whole day: before the next one starts
            clauses.append("r.submitted_at < ?")
            params.append((_as_date(filters.date_to) + timedelta(days=1)).isoformat())
        if not filters.include_superseded:
            clauses.append(_CURRENT)
        return " AND ".join(clauses), params, needs_sme

    def responses(self, form_id: str, *, version: str | None = None,
                  province: str | None = None, sector: str | None = None,
                  country: str | None = None, sme_id: str | None = None,
                  workshop_id: str | None = None, date_from: date | str | None = None,
                  date_to: date | str | None = None,
                  include_superseded: bool = False) -> Iterator[Response]:
        """Responses of a form in the order submitted; province, sector and country are the
        linked SME's, dates the local day of submission."""
        filters = ResponseFilter(version, province, sector, country, sme_id, workshop_id,
                                 date_from, date_to, include_superseded)
        return self.query(form_id, filters)

    def query(self, form_id: str, filters: ResponseFilter = ResponseFilter()
              ) -> Iterator[Response]:
        """`responses` with its filters in one object (what the UI keeps)."""
        where, params, _ = self._where(form_id, filters)
        superseded = "0" if not filters.include_superseded else _SUPERSEDED
        cursor = self.db.conn.execute(
            f"SELECT {_RESPONSE_COLUMNS}, {superseded} FROM survey_responses r "
            f"LEFT JOIN smes s ON s.id = r.sme_id WHERE {where} "
            "ORDER BY r.submitted_at, r.rowid", params)
        for row in cursor:
            yield _response(row)

    def response(self, response_id: str) -> Response:
        row = self.db.conn.execute(
            f"SELECT {_RESPONSE_COLUMNS}, {_SUPERSEDED} FROM survey_responses r "
            "LEFT JOIN smes s ON s.id = r.sme_id WHERE r.id = ?", (response_id,)).fetchone()
        if row is None:
            raise NotFound("survey_responses", response_id)
        return _response(row)

    def count_responses(self, form_id: str, filters: ResponseFilter = ResponseFilter(),
                        **kwargs: Any) -> int:
        """How many responses `responses(form_id, **kwargs)` would give."""
        if kwargs:
            filters = ResponseFilter(**{**filters.__dict__, **kwargs})
        where, params, needs_sme = self._where(form_id, filters)
        join = " LEFT JOIN smes s ON s.id = r.sme_id" if needs_sme else ""
        return int(self.db.conn.execute(
            f"SELECT count(*) FROM survey_responses r{join} WHERE {where}", params).fetchone()[0])

    def answers(self, form_id: str, filters: ResponseFilter = ResponseFilter()
                ) -> Iterator[tuple[str, dict[str, Any]]]:
        """(form version, answers) of each response, in the order submitted."""
        where, params, needs_sme = self._where(form_id, filters)
        join = " LEFT JOIN smes s ON s.id = r.sme_id" if needs_sme else ""
        for version, raw in self.db.conn.execute(
                f"SELECT r.form_version, r.answers FROM survey_responses r{join} WHERE {where} "
                "ORDER BY r.submitted_at, r.rowid", params):
            yield version, _loads(raw)

    def answer_columns(self, form_id: str, filters: ResponseFilter,
                       tables: Mapping[str | None, Sequence[tuple[str, bool]]]
                       ) -> dict[str | None, tuple[list[str], dict[str, list[Any]]]]:
        """Some answers of every response the filters cover as columns: for each table (None:
        the responses; a repeat's name: every instance of that repeat), its fields as
        (question name, True to get only whether it was answered: 1, else 0 or None); a list
        comes as its JSON text. Returns per table the form version of each row and the
        columns.

        Answers are read inside SQLite (its JSON parser is C) and kept in a per-process cache:
        responses never change once written, so a later summary (another filter, the PDF)
        reads only responses added since, and picks its rows by id. The lists returned may
        be the cache's own: read them, never change them."""
        with _CACHE_LOCK:
            signature: tuple[Any, ...] | None = None
            high = self.db.conn.execute(
                "SELECT max(rowid) FROM survey_responses WHERE form_id = ?",
                (form_id,)).fetchone()[0] or 0
            read: dict[str | None, _ColumnTable] = {}
            for repeat, fields in tables.items():
                key = (str(self.db.path), form_id, repeat, tuple(fields))
                table = _COLUMN_CACHE.pop(key, None)
                if table is not None:
                    if signature is None or table.max_rowid != high:
                        signature = self._signature(form_id, table.max_rowid)
                    if signature != table.signature:
                        table = None  # a row read before has changed: read all again
                if table is None:
                    table = _ColumnTable([], [], {name: [] for name, _ in fields}, 0, (), set())
                if high > table.max_rowid:
                    self._read_columns(table, form_id, fields, repeat, high)
                    table.max_rowid = high
                    table.signature = self._signature(form_id, high)
                _COLUMN_CACHE[key] = read[repeat] = table  # most recently used last
            while len(_COLUMN_CACHE) > _CACHE_SIZE:
                _COLUMN_CACHE.pop(next(iter(_COLUMN_CACHE)))
            wanted = self._wanted(form_id, filters)
            out: dict[str | None, tuple[list[str], dict[str, list[Any]]]] = {}
            for repeat, table in read.items():
                if wanted is None or table.parents <= wanted:  # every row read is wanted
                    # The cached lists themselves: never extended in place (see _read_columns).
                    out[repeat] = (table.versions, dict(table.columns))
                else:
                    keep = [rowid in wanted for rowid in table.rowids]
                    out[repeat] = (list(compress(table.versions, keep)),
                                   {k: list(compress(v, keep)) for k, v in table.columns.items()})
            return out

    def _wanted(self, form_id: str, filters: ResponseFilter) -> set[int] | None:
        """Row ids of the responses the filters cover; None when that is every one (no
        filter, and no response of the form superseded)."""
        if filters == ResponseFilter() and not self.db.conn.execute(
                "SELECT EXISTS (SELECT 1 FROM survey_responses n JOIN survey_responses o "
                "ON o.id = n.supersedes WHERE n.supersedes IS NOT NULL AND n.deleted = 0 "
                "AND o.form_id = ?)", (form_id,)).fetchone()[0]:
            return None
        where, params, needs_sme = self._where(form_id, filters)
        join = " LEFT JOIN smes s ON s.id = r.sme_id" if needs_sme else ""
        return {row[0] for row in self.db.conn.execute(
            f"SELECT r.rowid FROM survey_responses r{join} WHERE {where}", params)}

    def _signature(self, form_id: str, max_rowid: int) -> tuple[Any, ...]:
        return tuple(self.db.conn.execute(
            "SELECT count(*), total(length(answers)), total(deleted), total(length(form_version)) "
            "FROM survey_responses WHERE form_id = ? AND rowid <= ?",
            (form_id, max_rowid)).fetchone())

    def _read_columns(self, table: _ColumnTable, form_id: str,
                      fields: Sequence[tuple[str, bool]], repeat: str | None,
                      high: int) -> None:
        if len(fields) > _WIDE:
            self._read_wide(table, form_id, fields, repeat, high)
            return
        start_rows = len(table.rowids)
        for start in range(0, max(len(fields), 1), 400):  # SQLite's column and host limits
            chunk = fields[start:start + 400]

            def read(answers: str, chunk: Sequence[tuple[str, bool]] = chunk) -> list[Any]:
                source, join, head = answers, "", []
                where = "r.form_id = ? AND r.deleted = 0 AND r.rowid > ? AND r.rowid <= ?"
                if repeat is not None:
                    join = f" JOIN json_each({answers}, ?) j"
                    head.append(_json_path(repeat))
                    where += " AND j.type = 'object'"
                    source = "j.value"
                expressions = [f"length(json_extract({source}, ?)) > 0" if flag
                               else f"json_extract({source}, ?)" for _, flag in chunk]
                return self.db.conn.execute(
                    f"SELECT {', '.join(['r.rowid', 'r.form_version', *expressions])} "
                    f"FROM survey_responses r{join} WHERE {where}",
                    [*(_json_path(name) for name, _ in chunk), *head, form_id,
                     table.max_rowid, high]).fetchall()

            rows = _tolerant(read)
            if not rows:
                return
            flipped = list(zip(*rows, strict=True))
            # New lists, not extended ones: a summary in another thread may be reading these.
            if start == 0:
                table.rowids = table.rowids + list(flipped[0])
                table.versions = table.versions + list(flipped[1])
                table.parents = table.parents | set(flipped[0])
            elif len(flipped[0]) != len(table.rowids) - start_rows:  # rows up to `high` only
                raise RuntimeError("the responses changed while being read")
            for (name, _), column in zip(chunk, flipped[2:], strict=True):
                table.columns[name] = table.columns[name] + list(column)

    def _read_wide(self, table: _ColumnTable, form_id: str,
                   fields: Sequence[tuple[str, bool]], repeat: str | None, high: int) -> None:
        """`_read_columns` for a form with many questions: SQLite finds each key by walking
        the object, so 300 lookups per response cost more than parsing it once in Python."""
        rowids: list[int] = []
        versions: list[str] = []
        columns: dict[str, list[Any]] = {name: [] for name, _ in fields}
        appenders = [(name, flag, columns[name].append) for name, flag in fields]
        dumps = json.dumps
        cursor = self.db.conn.execute(
            "SELECT rowid, form_version, answers FROM survey_responses WHERE form_id = ? "
            "AND deleted = 0 AND rowid > ? AND rowid <= ?", (form_id, table.max_rowid, high))
        for rowid, version, raw in cursor:
            answers = _loads(raw)
            rows: list[Any] = [answers]
            if repeat is not None:
                instances = answers.get(repeat)
                rows = [i for i in instances if isinstance(i, dict)] \
                    if isinstance(instances, list) else []
            for values in rows:
                rowids.append(rowid)
                versions.append(version)
                get = values.get
                for name, flag, append in appenders:
                    value = get(name)
                    if flag:
                        append(1 if value is not None and value != "" else None)
                    elif value.__class__ is list or value.__class__ is dict:
                        append(dumps(value, ensure_ascii=False))
                    else:
                        append(value)
        table.rowids = table.rowids + rowids
        table.versions = table.versions + versions
        table.parents = table.parents | set(rowids)
        for name, column in columns.items():
            table.columns[name] = table.columns[name] + column

    def latest_answers(self, form_id: str, filters: ResponseFilter, name: str,
                       repeat: str | None = None, limit: int = 50) -> list[str]:
        """The most recent non-empty answers to one question, the latest first."""
        where, params, needs_sme = self._where(form_id, filters)

        def read(answers: str) -> list[Any]:
            join = " LEFT JOIN smes s ON s.id = r.sme_id" if needs_sme else ""
            source, order, head, only = answers, "", [], where
            if repeat is not None:
                join += f" JOIN json_each({answers}, ?) j"
                head.append(_json_path(repeat))
                only += " AND j.type = 'object'"
                source, order = "j.value", ", j.key DESC"
            # Walks the (form_id, submitted_at) index from the end and stops at `limit`.
            return self.db.conn.execute(
                f"SELECT json_extract({source}, ?) FROM survey_responses r{join} "
                f"WHERE {only} AND length(json_extract({source}, ?)) > 0 "
                f"ORDER BY r.submitted_at DESC, r.rowid DESC{order} LIMIT ?",
                [_json_path(name), *head, *params, _json_path(name), limit]).fetchall()

        rows = _tolerant(read)
        return [str(r[0]) for r in rows]

    # -- summary ------------------------------------------------------------------------------

    def summary(self, form_id: str, *, version: str | None = None, lang: str | None = None,
                province: str | None = None, sector: str | None = None,
                country: str | None = None, sme_id: str | None = None,
                workshop_id: str | None = None, date_from: date | str | None = None,
                date_to: date | str | None = None, not_answered: str | None = None) -> Summary:
        """Counts and per-question distributions of a form's current responses (one version,
        or all of them with questions matched by name), labels in `lang`."""
        from gmsdesk.forms import summary as summaries

        forms = self.forms_by_version(form_id)
        if not forms:
            raise NotFound("forms", form_id)
        if version is not None:
            if version not in forms:
                raise NotFound("forms", f"{form_id} {version}")
            forms = {version: forms[version]}
        filters = ResponseFilter(version, province, sector, country, sme_id, workshop_id,
                                 date_from, date_to)
        wanted = summaries.fields(list(forms.values()))
        by_table: dict[str | None, list[tuple[str, bool]]] = {None: []}
        for f in wanted:
            by_table.setdefault(f.repeat, []).append((f.name, f.extract == "flag"))
        tables = {repeat: summaries.Columns(*columns) for repeat, columns in
                  self.answer_columns(form_id, filters, by_table).items()}
        top = tables.pop(None)
        latest = {f.name: self.latest_answers(form_id, filters, f.name, f.repeat)
                  for f in wanted if f.kind == "text" and
                  tables.get(f.repeat, top).values.get(f.name, []).count(1)}
        return summaries.from_columns(
            forms, top, {k: v for k, v in tables.items() if k is not None}, latest, lang=lang,
            not_answered=not_answered or summaries.NOT_ANSWERED)
