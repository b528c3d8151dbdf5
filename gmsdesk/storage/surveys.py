"""Survey forms (XLSForm versions), responses (append-only) and local drafts. All survey SQL.

A form version is a record; its id is derived from the agency, form_id and version, so the same
file imported on two laptops of one office is one record, and two offices importing the form
headquarters sent them do not claim the same record (the server refuses a record another agency
owns). Responses are written once, at submit; a correction is a new response that `supersedes`
the old one, and queries show current responses (not superseded) by default. Drafts are local
rows outside the write path: they never sync.

Summaries count answers encoded once per response when it is written (see migration 5 and
`_store_cells`): 50,000 responses of a 300-question form summarise in about a second, with no
JSON parsed but that of the latest few text answers shown as samples.
"""

from __future__ import annotations

import json
import re
import sqlite3
import sys
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import compress, groupby
from typing import TYPE_CHECKING, Any, cast

from gmsdesk.i18n import QT_TRANSLATE_NOOP
from gmsdesk.records import catalog
from gmsdesk.storage.errors import NotFound, ReadOnlyRecord, ValidationError
from gmsdesk.storage.ids import derived_id, uuid7
from gmsdesk.storage.records import Changes, RecordWriter, TableSpec

if TYPE_CHECKING:
    from gmsdesk.forms.model import Form
    from gmsdesk.forms.summary import Summary
    from gmsdesk.storage.db import Database

# `source_name` (the file a form was imported from) is kept locally, outside the synced fields:
# two laptops importing the same form from differently named files would otherwise make a
# pointless conflict for someone to resolve.
FORM_SPEC = TableSpec(catalog.FORMS)
RESPONSE_SPEC = TableSpec(catalog.RESPONSES)

_MSG = {
    "clash": QT_TRANSLATE_NOOP(
        "Surveys", "Version {version} of form {form_id} is already here with different "
        "questions. Change the version in the form's settings sheet and import it again."),
    "files_clash": QT_TRANSLATE_NOOP(
        "Surveys", "Version {version} of form {form_id} is already here with other attached "
        "files ({files}). Change the version in the form's settings sheet and import it "
        "again."),
    "answers": QT_TRANSLATE_NOOP("Surveys", "The answers are not a set of named values."),
    "has_responses": QT_TRANSLATE_NOOP(
        "Surveys", "This form version has responses or drafts, so it cannot be deleted."),
    "date": QT_TRANSLATE_NOOP("Surveys", "Enter a date as YYYY-MM-DD, for example 2024-03-15."),
    "superseded": QT_TRANSLATE_NOOP(
        "Surveys", "This response was already corrected. Correct the newest one instead."),
    "published_clash": QT_TRANSLATE_NOOP(
        "Surveys", "Headquarters published version {version} of form {form_id} with different "
        "questions; it can be read here but not changed. Change the version in the form's "
        "settings sheet and import it again."),
    "retired": QT_TRANSLATE_NOOP(
        "Surveys", "This form version is retired: it takes no new responses. Its responses "
        "and drafts are kept."),
}


class FormVersionClash(ValidationError):
    """The same form_id and version is already stored with a different definition."""

    def __init__(self, form_id: str, version: str, published: bool = False,
                 files: Sequence[str] = ()) -> None:
        """`published`: the version here is one headquarters published, which this laptop
        may not change. `files`: the attached files that differ, when nothing else does."""
        key = "published_clash" if published else ("files_clash" if files else "clash")
        super().__init__({"version": _MSG[key].format(version=version, form_id=form_id,
                                                      files=", ".join(files))})
        self.form_id = form_id
        self.version = version
        self.published = published
        self.files = tuple(files)


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
    # Retired: takes no new responses (in `forms()`, every version of the form is retired).
    retired: bool = False
    agency_id: str = ""  # the agency that owns the record
    # This laptop may change it (retire, delete); False for what headquarters published.
    editable: bool = True


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
    about_agency: str | None = None  # the agency the response describes


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
    about_agency: str | None = None  # the agency the response describes (not its owner)


@dataclass(frozen=True)
class SmeUpdate:
    """What submitting a response did to the SME it is linked to, for a form whose questions
    save to the SME record (see gmsdesk.forms.entities)."""

    sme_id: str | None  # None: the response is linked to no SME, so none was updated
    written: tuple[str, ...] = ()  # the fields the response changed
    kept: tuple[str, ...] = ()  # the fields answered that already held the answer
    unread: tuple[str, ...] = ()  # answers not written: wrong type, or refused by the SME
    before: dict[str, Any] = field(default_factory=dict)  # the changed fields' old values
    read_only: bool = False  # another agency's SME: read here, not changed
    skipped: bool = False  # the form's update_if said not to update the SME
    missing: bool = False  # the SME is not on this laptop


@dataclass(frozen=True)
class Submitted:
    """A submitted response: what changed (the response first, then the SME edit) and what
    it did to the SME (None when the form updates no SME)."""

    changes: Changes
    sme_update: SmeUpdate | None = None

    @property
    def response_id(self) -> str:
        return self.changes[0].record_id


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
    agency: str | None = None  # the agency that owns the responses (headquarters' lists)


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


def _canonical(definition: Any) -> str:
    return json.dumps(definition, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _same_form(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Same questions, whatever the file was called (pyxform names the root after the file
    when the settings sheet gives no name)."""
    return _canonical({**a, "name": None}) == _canonical({**b, "name": None})


def _files_of(definition: Mapping[str, Any]) -> dict[str, Any]:
    note = definition.get("_gmsdesk")
    files = note.get("files") if isinstance(note, Mapping) else None
    return {str(k): v.get("sha256") if isinstance(v, Mapping) else v
            for k, v in files.items()} if isinstance(files, Mapping) else {}


def _other_files(a: Mapping[str, Any], b: Mapping[str, Any]) -> list[str]:
    """The attached files two definitions hold differently, when nothing else differs
    ([] when the questions differ too)."""
    files_a, files_b = _files_of(a), _files_of(b)

    def without(definition: Mapping[str, Any]) -> dict[str, Any]:
        note = definition.get("_gmsdesk")
        kept = {k: v for k, v in note.items() if k != "files"} if isinstance(
            note, Mapping) else note
        return {**definition, "_gmsdesk": kept}

    if not _same_form(without(a), without(b)):
        return []
    return sorted(name for name in {*files_a, *files_b} if files_a.get(name) != files_b.get(name))


def _loads(raw: str | None) -> dict[str, Any]:
    if not raw:
        return {}
    try:
        value = json.loads(raw)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


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
_SUPERSEDED = f"NOT ({_CURRENT})"
_RESPONSE_COLUMNS = (
    "r.id, r.form_ref, r.form_id, r.form_version, r.answers, r.sme_id, s.name, r.workshop_id, "
    "r.language, r.started_at, r.submitted_at, r.supersedes, r.created_by, r.agency_id, "
    "r.about_agency"
)
# Drafts never sync and their table has no column for the agency a response describes: a
# draft's agency waits in `meta`, under this prefix and the draft's id, until it is submitted.
_DRAFT_AGENCY = "survey_draft_about_agency:"
# The response submitted last on this laptop with a form, under this prefix and the form id
# (local: another laptop's responses are not what this one saved last).
_LAST_SAVED = "surveys.last_saved:"
_DRAFT_SELECT = (
    "SELECT d.id, d.form_ref, coalesce(f.form_id, ''), coalesce(f.version, ''), "
    "coalesce(f.title, ''), d.answers, d.sme_id, s.name, d.workshop_id, d.language, "
    "d.supersedes, d.page, d.created_at, d.created_by, d.updated_at, m.value "
    "FROM survey_drafts d LEFT JOIN forms f ON f.id = d.form_ref "
    "LEFT JOIN smes s ON s.id = d.sme_id "
    f"LEFT JOIN meta m ON m.key = '{_DRAFT_AGENCY}' || d.id"
)


# -- answers encoded for summaries -------------------------------------------------------------
# A response's answers become one row of codes, one byte per question slot, and one row of
# float64 for the questions answered with a number (see migration 5). A code tells what kind of
# answer it is: 0 not there, 1 null, 2 empty text, 3 an integer and 4 a decimal (in the numbers
# row), 5 a text answer to a text question (not kept: only "answered" is counted; the samples
# are read from the answers); other codes name a distinct answer of that question, and 255
# means "255 or more: see the row of 4-byte codes". A summary reads one question's codes as a
# bytes slice and counts in C, never parsing the answers' JSON.
_ABSENT, _NULL, _EMPTY, _INT, _FLOAT, _TEXT = range(6)
_FIRST_CODE = 6
_WIDE = 255
_UNANSWERED = bytes.maketrans(bytes(range(256)), b"\x00\x00\x00" + b"\x01" * 253)
_NUMBERS = bytes.maketrans(bytes(range(256)), b"\x00\x00\x00\x01\x01" + b"\x00" * 251)
_INTS = bytes.maketrans(bytes(range(256)), b"\x00\x00\x00\x01" + b"\x00" * 252)
_FLOATS = bytes.maketrans(bytes(range(256)), b"\x00" * 4 + b"\x01" + b"\x00" * 251)
_TEXTS = bytes.maketrans(bytes(range(256)), b"\x00" * 5 + b"\x01" + b"\x00" * 250)
_ESCAPED = bytes.maketrans(bytes(range(256)), b"\x00" * 255 + b"\x01")
_EXACT = 2 ** 53  # integers a float64 holds exactly
_Encoded = tuple[bytes, bytes | None, bytes | None]  # codes, 4-byte codes, numbers


def _next_code(code: int) -> int:
    code += 1
    return code + 1 if code == _WIDE else code


def _cell(value: Any) -> Any:
    """An answer as the summary reads it: a list (select_multiple) or object as JSON text."""
    if value.__class__ is list or value.__class__ is dict:
        return json.dumps(value, ensure_ascii=False)
    return value


def _is_repeat(value: Any) -> bool:
    return value.__class__ is list and any(isinstance(item, dict) for item in value)


def _little(values: array[Any]) -> bytes:
    if sys.byteorder != "little":
        values = array(values.typecode, values)
        values.byteswap()
    return values.tobytes()


def _native(typecode: str, data: bytes) -> array[Any]:
    values = array(typecode, data)
    if sys.byteorder != "little":
        values.byteswap()
    return values


def _rows(data: bytes, count: int) -> list[bytes]:
    """`count` rows of equal width stored one after another."""
    if count == 1:
        return [data]
    size = len(data) // count
    return [data[i:i + size] for i in range(0, size * count, size)]


def _matrix(blocks: Sequence[tuple[bytes | None, int]], item: int) -> tuple[bytes, int]:
    """Blocks of rows (a response's, or its instances of a repeat: blob, how many rows) as
    one matrix of equal rows; returns it and its width in items. Rows written before a
    question had its slot are shorter, and padded; a missing blob is rows of zeros."""
    width = max((len(b) // n for b, n in blocks if b), default=0) // item
    full = width * item
    if all(b and len(b) == full * n for b, n in blocks):  # the usual case: nothing to pad
        return b"".join([cast(bytes, b) for b, _ in blocks]), width
    parts: list[bytes] = []
    for blob, count in blocks:
        if blob and len(blob) == full * count:
            parts.append(blob)
        elif not blob:
            parts.append(bytes(full * count))
        else:
            parts += [row.ljust(full, b"\0") for row in _rows(blob, count)]
    return b"".join(parts), width


@dataclass
class _Encoder:
    """What one connection knows of a form's table: slots (question -> slot, for codes and
    for numbers) and the slots and codes of answers seen."""

    slots: dict[str, int]
    numeric: dict[str, int]
    hits: dict[Any, tuple[int, int]]  # (name, answer) -> (slot, code)
    full: set[str] = field(default_factory=set)  # questions whose numbers get no more codes


class _Matrix:
    """Rows of codes (or numbers) from blocks of rows (a response's, or its instances of a
    repeat: blob, how many rows), kept as runs of rows of one width: a row written before a
    question had its slot is shorter, and reads as zeros there."""

    def __init__(self, blocks: Sequence[tuple[bytes | None, int]] | Sequence[bytes | None],
                 item: int) -> None:
        """`blocks`: (blob, rows) pairs, or blobs of one row each."""
        self.item = item
        runs: list[tuple[int, list[tuple[bytes, int]]]] = []  # width, (blob, rows)
        if blocks and not isinstance(blocks[0], tuple):  # one row each: grouped in C
            for size, same in groupby([b or b"" for b in cast(Sequence[bytes], blocks)], len):
                rows = list(same)
                runs.append((size // item, [(b"".join(rows), len(rows))]))
        else:
            for blob, count in cast(Sequence[tuple[bytes | None, int]], blocks):
                width = len(blob) // count // item if blob else 0
                if not runs or runs[-1][0] != width:
                    runs.append((width, []))
                runs[-1][1].append((blob or b"", count))
        if len(runs) > _RUNS:  # widths mixed row by row: pad every row to the widest
            widest = max(w for w, _ in runs)
            padded: list[tuple[bytes, int]] = []
            for w, blobs in runs:
                for blob, count in blobs:
                    if w == widest:
                        padded.append((blob, count))
                    else:
                        padded += [(row.ljust(widest * item, b"\0"), 1) for row in
                                   (_rows(blob, count) if w else [b""] * count)]
            runs = [(widest, padded)]
        self.runs = [(w, b"".join([b for b, _ in blobs]), sum(n for _, n in blobs))
                     for w, blobs in runs]
        self.rows = sum(n for _, _, n in self.runs)
        self._arrays: list[array[Any]] | None = None

    @property
    def width(self) -> int:
        return max((w for w, _, _ in self.runs), default=0)

    def plane(self, slot: int) -> bytes:
        """The first byte of each row's item in `slot` (zero where a row has no such slot)."""
        step = self.item
        return b"".join([data[step * slot::step * w] if slot < w else bytes(n)
                         for w, data, n in self.runs])

    def column(self, slot: int) -> array[Any]:
        """Each row's item in `slot` as numbers (0 where a row has no such slot)."""
        typecode = {1: "B", 4: "I", 8: "d"}[self.item]
        if self._arrays is None:
            self._arrays = [_native(typecode, data) for _, data, _ in self.runs]
        out = array(typecode)
        for (w, _, n), values in zip(self.runs, self._arrays, strict=True):
            out += values[slot::w] if slot < w else array(typecode, bytes(self.item * n))
        return out


@dataclass
class _Table:
    """The encoded rows of one table of a summary (the responses, or a repeat's instances),
    in blocks of rows: one per response."""

    codes: _Matrix
    wide_blocks: list[tuple[bytes | None, int]]
    numbers: _Matrix
    versions: Counter[str]
    owners: list[int]  # the response rowid of each block
    starts: list[int] | None  # the first row of each block (None: one row each)
    slots: dict[str, int]
    numeric: dict[str, int]

    _wide: _Matrix | None = None

    @property
    def rows(self) -> int:
        return self.codes.rows

    def wide(self, slot: int) -> array[int]:
        """Each row's 4-byte code in `slot` (0 in rows that have none 255 or more)."""
        if self._wide is None:
            self._wide = _Matrix(self.wide_blocks, 4)
        return self._wide.column(slot)

    def origin(self, row: int) -> tuple[int, int]:
        """The response rowid and the instance index of a row."""
        if self.starts is None:
            return self.owners[row], 0
        block = bisect_right(self.starts, row) - 1
        return self.owners[block], row - self.starts[block]


def _pick(answers: Mapping[int, Mapping[str, Any]], origins: Iterable[tuple[int, int]],
          name: str, repeat: str | None) -> list[Any]:
    """The answer to `name` in each row (response rowid, instance index) of the answers."""
    out = []
    for rowid, index in origins:
        values: Any = answers.get(rowid, {})
        if repeat is not None:
            instances = _repeat_tables(values).get(repeat, [])
            values = instances[index] if index < len(instances) else {}
        out.append(values.get(name))
    return out


def _repeat_tables(answers: Mapping[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Each repeat's instances in a response, by name; a repeat inside a repeat has all of
    its instances in one table, those of the first outer instance first."""
    tables: dict[str, list[dict[str, Any]]] = {}

    def walk(row: Mapping[str, Any]) -> None:
        for name, value in row.items():
            if value.__class__ is list and _is_repeat(value):
                rows = [item for item in value if isinstance(item, dict)]
                tables.setdefault(name, []).extend(rows)
                for item in rows:
                    walk(item)

    walk(answers)
    return tables


class _Stale(Exception):
    """Stored codes that name no answer: the encoded answers of the form are rebuilt."""


_SAMPLE_ROWS = 50  # latest answers of a text question that samples are picked from
_RUNS = 64  # runs of rows of one width a matrix keeps apart (more: every row padded)


def _response(row: Sequence[Any]) -> Response:
    return Response(id=row[0], form_ref=row[1], form_id=row[2], form_version=row[3],
                    answers=_loads(row[4]), sme_id=row[5], sme_name=row[6], workshop_id=row[7],
                    language=row[8], started_at=row[9], submitted_at=row[10],
                    supersedes=row[11], created_by=row[12], agency_id=row[13],
                    about_agency=row[14], superseded=bool(row[15]))


def _draft(row: Sequence[Any]) -> Draft:
    return Draft(row[0], row[1], row[2], row[3], row[4], _loads(row[5]), *row[6:])


@dataclass(frozen=True)
class ResponseLine:
    """One response as a list shows it. The answers stay the stored JSON text: a screen parses
    them (`answers()`) only for the lines someone looks at."""

    id: str
    form_ref: str
    form_version: str
    sme_id: str | None
    sme_name: str | None
    language: str | None
    submitted_at: str | None
    supersedes: str | None
    created_by: str
    superseded: bool
    answers_json: str | None
    agency_id: str = ""
    about_agency: str | None = None  # the agency the response describes

    def answers(self) -> dict[str, Any]:
        return _loads(self.answers_json)


# How `responses_page` can order a list; ties go by time submitted, then by rowid.
RESPONSE_SORTS = ("submitted", "version", "sme", "language", "by", "status")
# A headquarters list has an agency column too (`responses_page` sorts by it as well).
AGENCY_SORT = "agency"
_LINE_ORDER = {
    "submitted": "",
    "version": "r.form_version",
    "sme": "coalesce(s.name, '') COLLATE NOCASE",
    "language": "coalesce(r.language, '')",
    "by": "r.created_by",
    "status": "(2 * ({superseded}) + (r.supersedes IS NOT NULL))",
    AGENCY_SORT: "r.agency_id",
}
_LINE_COLUMNS = ("r.id, r.form_ref, r.form_version, r.sme_id, s.name, r.language, "
                 "r.submitted_at, r.supersedes, r.created_by")


class SurveyRepository:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.writer = RecordWriter(db)
        self._forms: dict[str, tuple[int, Form]] = {}
        # Slots and codes this connection has seen (see `_store_cells`), and the marks that
        # tell whether a transaction numbering new ones was rolled back.
        self._encoders: dict[tuple[str, str], _Encoder] = {}
        self._next: dict[tuple[str, str], int] = {}
        self._texts: dict[str, dict[str, frozenset[str]]] = {}
        self._made = 0
        self._marked = False
        self._epoch = "0"

    def specs(self) -> dict[str, TableSpec]:
        return {FORM_SPEC.name: FORM_SPEC, RESPONSE_SPEC.name: RESPONSE_SPEC}

    # -- forms --------------------------------------------------------------------------------

    def import_form(self, form: Form, source_name: str) -> Changes:
        """Store a form version. Nothing changes when that version is already here with the
        same definition; FormVersionClash when it is here with a different one."""
        definition = json.loads(_canonical(form.definition))
        with self.db.atomic():
            rows = self.db.conn.execute(
                "SELECT id, definition, deleted, agency_id FROM forms WHERE form_id = ? "
                "AND version = ?", (form.form_id, form.version)).fetchall()
            for row in rows:
                if row["deleted"]:
                    continue
                stored = _loads(row["definition"])
                if not _same_form(stored, definition):
                    raise FormVersionClash(form.form_id, form.version,
                                           published=not self.db.may_write(row["agency_id"]),
                                           files=_other_files(stored, definition))
                return ()
            ref = derived_id("form", self.db.agency_id, form.form_id, form.version)
            values = {"form_id": form.form_id, "version": form.version, "title": form.title,
                      "default_language": form.default_language, "definition": definition}
            if any(row["id"] == ref for row in rows):  # deleted earlier: bring it back
                changes = self.writer.update(FORM_SPEC, ref, values) + \
                    self.writer.set_deleted(FORM_SPEC, ref, False)
            else:
                changes = self.writer.insert(FORM_SPEC, values, record_id=ref)
            self.db.conn.execute("UPDATE forms SET source_name = ? WHERE id = ?",
                                 (source_name, ref))
        return changes

    def _form_rows(self, form_id: str | None = None) -> list[dict[str, Any]]:
        sql = ("SELECT id, form_id, version, title, default_language, source_name, created_at, "
               "retired, agency_id FROM forms WHERE deleted = 0")
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

    def _form_row(self, row: Mapping[str, Any], versions: int, responses: int,
                  drafts: int) -> FormRow:
        return FormRow(row["id"], row["form_id"], row["version"], row["title"],
                       row["default_language"], row["source_name"], row["created_at"],
                       versions, responses, drafts, bool(row["retired"]), row["agency_id"],
                       self.db.may_write(row["agency_id"]))

    @staticmethod
    def _current(versions: Sequence[dict[str, Any]]) -> dict[str, Any]:
        """The version new responses use: the latest not retired (the latest when every
        version is retired)."""
        return next((r for r in reversed(versions) if not r["retired"]), versions[-1])

    def forms(self, *, offered: bool = False) -> list[FormRow]:
        """Every form as its current version (the latest not retired, else the latest), with
        counts over all its versions. `offered`: only forms that take new responses (some
        version not retired)."""
        rows = self._form_rows()
        responses, drafts = self._counts()
        by_form: dict[str, list[dict[str, Any]]] = {}
        for row in rows:
            by_form.setdefault(row["form_id"], []).append(row)
        out = []
        for form_id, versions in by_form.items():
            current = self._current(versions)
            if offered and current["retired"]:
                continue
            out.append(self._form_row(
                current, len(versions),
                sum(n for (f, _), n in responses.items() if f == form_id),
                sum(n for (f, _), n in drafts.items() if f == form_id)))
        return sorted(out, key=lambda f: (f.title.casefold(), f.form_id))

    def versions(self, form_id: str) -> list[FormRow]:
        """Every version of a form, oldest first, each with its own counts."""
        rows = self._form_rows(form_id)
        responses, drafts = self._counts(form_id)
        return [self._form_row(r, len(rows), responses.get((form_id, r["version"]), 0),
                               drafts.get((form_id, r["version"]), 0)) for r in rows]

    def form_ref(self, form_id: str, version: str | None = None) -> str:
        """The record of a version (when `version` is None, the one new responses use: the
        latest not retired, else the latest)."""
        rows = self._form_rows(form_id)
        if version is not None:
            rows = [r for r in rows if r["version"] == version]
        if not rows:
            raise NotFound("forms", f"{form_id} {version or ''}".strip())
        return str(self._current(rows)["id"])

    def last_saved(self, form_id: str) -> dict[str, Any]:
        """The answers of the response submitted last on this laptop with this form (any
        version): what ${last-saved#name} reads, as ODK reads the instance saved last; {}
        when there is none here (or it was deleted)."""
        response_id = self.db.meta(_LAST_SAVED + form_id)
        if not response_id:
            return {}
        row = self.db.conn.execute("SELECT answers FROM survey_responses WHERE id = ? AND "
                                   "deleted = 0", (response_id,)).fetchone()
        return _loads(row[0]) if row else {}

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

    def retire_form(self, form_ref: str, retired: bool = True) -> Changes:
        """Retire a form version (or bring it back): it is no longer offered for new
        responses, while its responses, drafts and corrections stay. An ordinary synced edit
        of its `retired` field: `ReadOnlyRecord` on a laptop that may not change it."""
        return self.writer.update(FORM_SPEC, form_ref, {"retired": int(retired)})

    def delete_form(self, form_ref: str) -> Changes:
        """Remove a version nobody has answered (no responses, no drafts); else refused, as
        on a laptop that may not change it (`ReadOnlyRecord`)."""
        with self.db.atomic():
            row = self.writer.writable_row(FORM_SPEC, form_ref)
            used = self.db.conn.execute(
                "SELECT EXISTS (SELECT 1 FROM survey_responses WHERE form_id = ? "
                "AND form_version = ? AND deleted = 0) OR EXISTS (SELECT 1 FROM survey_drafts "
                "WHERE form_ref = ?)", (row["form_id"], row["version"], form_ref)).fetchone()[0]
            if used:
                raise ValidationError({"form": _MSG["has_responses"]})
            return self.writer.set_deleted(FORM_SPEC, form_ref, True)

    # -- drafts (local only) ------------------------------------------------------------------

    def create_draft(self, form_ref: str, *, sme_id: str | None = None,
                     workshop_id: str | None = None, language: str | None = None,
                     supersedes: str | None = None,
                     answers: Mapping[str, Any] | None = None,
                     about_agency: str | None = None) -> str:
        """Start filling in a form version; returns the draft id. A retired version takes
        no new response (ValidationError), but a correction of one of its responses (a draft
        that `supersedes` one) is made on it: the record stays right. `about_agency`: the
        support agency the response describes (its code)."""
        row = self.db.conn.execute("SELECT retired FROM forms WHERE id = ?",
                                   (form_ref,)).fetchone()
        if row is None:
            raise NotFound("forms", form_ref)
        if row[0] and supersedes is None:
            raise ValidationError({"form": _MSG["retired"]})
        draft_id = uuid7()
        now = local_now()
        with self.db.atomic():
            self.db.conn.execute(
                "INSERT INTO survey_drafts(id, form_ref, answers, sme_id, workshop_id, language, "
                "supersedes, page, created_at, created_by, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)",
                (draft_id, form_ref, self._answers_json(answers or {}), sme_id, workshop_id,
                 language, supersedes, now, self.db.user, now))
            if about_agency:
                self.db.set_meta(_DRAFT_AGENCY + draft_id, about_agency)
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
                     workshop_id: str | None = UNSET, language: str | None = UNSET,
                     about_agency: str | None = UNSET) -> None:
        """Change what a draft is linked to, or the language it is being filled in."""
        sets = {k: v for k, v in (("sme_id", sme_id), ("workshop_id", workshop_id),
                                  ("language", language)) if v is not UNSET}
        if not sets and about_agency is UNSET:
            return
        assignments = "".join(f"{k} = ?, " for k in sets)
        with self.db.atomic():
            cursor = self.db.conn.execute(
                f"UPDATE survey_drafts SET {assignments}updated_at = ? WHERE id = ?",
                (*sets.values(), local_now(), draft_id))
            if cursor.rowcount == 0:
                raise NotFound("survey_drafts", draft_id)
            if about_agency is not UNSET:
                self._forget_agency(draft_id)
                if about_agency:
                    self.db.set_meta(_DRAFT_AGENCY + draft_id, about_agency)

    def _forget_agency(self, draft_id: str) -> None:
        self.db.delete_meta(_DRAFT_AGENCY + draft_id)

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
        with self.db.atomic():
            self.db.conn.execute("DELETE FROM survey_drafts WHERE id = ?", (draft_id,))
            self._forget_agency(draft_id)

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

    def submit(self, draft_id: str, answers: Mapping[str, Any]) -> Changes:
        """`submit_response`, for what changed alone."""
        return self.submit_response(draft_id, answers).changes

    def submit_response(self, draft_id: str, answers: Mapping[str, Any]) -> Submitted:
        """Turn a draft into a response (answers already validated by the engine): the
        response is written with the draft's form version and links, the draft goes and, when
        the form saves answers to the SME record, the linked SME is updated with them, as an
        ordinary edit (`db.smes.update`), all in one transaction. A correction does the same
        with its answers. The response is kept whatever becomes of the SME edit (another
        agency's SME, answers its checks refuse: see `SmeUpdate`)."""
        stored = json.loads(self._answers_json(answers))
        with self.db.atomic():
            draft = self.draft(draft_id)
            if not draft.form_id:
                raise NotFound("forms", draft.form_ref)
            changes = self.writer.insert(RESPONSE_SPEC, {
                "form_ref": draft.form_ref, "form_id": draft.form_id,
                "form_version": draft.form_version, "answers": stored,
                "sme_id": draft.sme_id, "workshop_id": draft.workshop_id,
                "language": draft.language, "started_at": draft.created_at,
                "submitted_at": local_now(), "supersedes": draft.supersedes,
                "about_agency": draft.about_agency,
            })
            self.index_response(changes[0].record_id, stored)
            # what ${last-saved#...} reads the next time this form is filled in here
            self.db.set_meta(_LAST_SAVED + draft.form_id, changes[0].record_id)
            self.db.conn.execute("DELETE FROM survey_drafts WHERE id = ?", (draft_id,))
            self._forget_agency(draft_id)
            update, sme_changes = self._update_sme(draft.form_ref, draft.sme_id, stored)
        return Submitted(changes + sme_changes, update)

    def _update_sme(self, form_ref: str, sme_id: str | None, answers: Mapping[str, Any]
                    ) -> tuple[SmeUpdate | None, Changes]:
        """Write a response's answers into its SME, inside the caller's transaction: the
        fields the SME's own checks refuse are left out (`unread`), the others written."""
        from gmsdesk.forms.entities import sme_answers

        form = self.form(form_ref)
        if form.entities is None or not form.entities.saves:
            return None, ()
        if sme_id is None:
            return SmeUpdate(None), ()
        found = sme_answers(form, answers)
        if found.skipped:
            return SmeUpdate(sme_id, skipped=True), ()
        try:
            sme = self.db.smes.get(sme_id)
        except NotFound:
            return SmeUpdate(sme_id, unread=found.unread, missing=True), ()
        if not self.db.may_write(sme.agency_id):
            return SmeUpdate(sme_id, unread=found.unread, read_only=True), ()
        current = sme.values()
        values = dict(found.values)
        unread = list(found.unread)
        changes: Changes = ()
        while values:
            try:
                changes = self.db.smes.update(sme_id, values)
                break
            except ReadOnlyRecord:
                return SmeUpdate(sme_id, unread=tuple(unread), read_only=True), ()
            except ValidationError as exc:
                # Only what the answers bring is refused; a field that was already wrong
                # refuses them all.
                refused = [name for name in values if name in exc.errors] or list(values)
                unread += refused
                for name in refused:
                    del values[name]
        written = tuple(name for change in changes for name in change.fields)
        return SmeUpdate(sme_id, written=written,
                         kept=tuple(name for name in values if name not in written),
                         unread=tuple(unread),
                         before={name: current.get(name) for name in written}), changes

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
                                 supersedes=response_id, answers=response.answers,
                                 about_agency=response.about_agency)

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
        if filters.agency:
            clauses.append("r.agency_id = ?")
            params.append(filters.agency)
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

    def responses_page(self, form_id: str, filters: ResponseFilter = ResponseFilter(),
                       offset: int = 0, limit: int = 200, *, sort: str = "submitted",
                       descending: bool = True) -> list[ResponseLine]:
        """One page of the responses a filter covers, as a list shows them: the latest
        submitted first unless `sort` (one of RESPONSE_SORTS) or `descending` say otherwise.
        By time submitted a page walks the (form_id, submitted_at) index: the first page costs
        the same at 100,000 responses as at 100; other orders sort every response covered."""
        if sort not in _LINE_ORDER:
            raise ValueError(f"unknown sort {sort!r}")
        where, params, needs_sme = self._where(form_id, filters)
        superseded = _SUPERSEDED if filters.include_superseded else "0"
        way = " DESC" if descending else ""
        keys = [_LINE_ORDER[sort].format(superseded=superseded), "r.submitted_at", "r.rowid"]
        order = ", ".join(key + way for key in keys if key)
        join = " LEFT JOIN smes s ON s.id = r.sme_id" if needs_sme or sort == "sme" else ""
        # The rows are put in order by rowid alone, then read: sorting whole rows would carry
        # every response's answers through the sort.
        rowids = [row[0] for row in self.db.conn.execute(
            f"SELECT r.rowid FROM survey_responses r{join} WHERE {where} ORDER BY {order} "
            "LIMIT ? OFFSET ?", (*params, limit, offset))]
        found: dict[int, Sequence[Any]] = {}
        for start in range(0, len(rowids), 500):
            chunk = rowids[start:start + 500]
            found.update((row[0], row) for row in self.db.conn.execute(
                f"SELECT r.rowid, {_LINE_COLUMNS}, {superseded}, r.answers, r.agency_id, "
                "r.about_agency FROM "
                "survey_responses r LEFT JOIN smes s ON s.id = r.sme_id WHERE r.rowid IN "
                f"({', '.join('?' * len(chunk))})", chunk))
        return [ResponseLine(id=r[1], form_ref=r[2], form_version=r[3], sme_id=r[4],
                             sme_name=r[5], language=r[6], submitted_at=r[7], supersedes=r[8],
                             created_by=r[9], superseded=bool(r[10]), answers_json=r[11],
                             agency_id=r[12], about_agency=r[13])
                for r in map(found.__getitem__, rowids)]

    def sme_names(self, sme_ids: Iterable[str]) -> dict[str, str | None]:
        """The names of some SMEs as response lists show them (a deleted SME's too)."""
        wanted = sorted(set(sme_ids))
        names: dict[str, str | None] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            names.update((str(row[0]), row[1]) for row in self.db.conn.execute(
                f"SELECT id, name FROM smes WHERE id IN ({', '.join('?' * len(chunk))})",
                chunk))
        return names

    # -- answers encoded for summaries (see migration 5) ---------------------------------------

    def index_response(self, response_id: str, answers: Mapping[str, Any] | None = None
                       ) -> None:
        """Encode one stored response's answers for summaries: called when a response is
        submitted or arrives by sync (a summary encodes whatever was missed, later).
        `answers`: the ones just stored, already parsed (else they are read)."""
        with self.db.atomic():
            row = self.db.conn.execute(
                "SELECT rowid, id, form_id, form_ref, "
                f"{'NULL' if answers is not None else 'answers'} FROM survey_responses "
                "WHERE id = ?", (response_id,)).fetchone()
            if row is not None:
                self._store_cells([(*tuple(row)[:4], answers if answers is not None
                                    else row[4])])

    def _store_cells(self, rows: Iterable[tuple[int, str, str, str, Any]]
                     ) -> dict[int, _Encoded]:
        """Encode responses given as (rowid, id, form_id, form_ref, answers as JSON text or
        a dict) and keep their codes, inside the caller's transaction; returns each one's
        top rows."""
        assert self.db.in_transaction, "codes are numbered under the write lock"
        self._check_marks()
        tops: dict[int, _Encoded] = {}
        cells: list[tuple[int, str, bytes, bytes | None, bytes | None]] = []
        repeats: list[tuple[int, str, int, bytes, bytes | None, bytes | None]] = []
        for rowid, response_id, form_id, form_ref, answers in rows:
            parsed = answers if isinstance(answers, dict) else _loads(answers)
            texts = self._text_questions(form_ref)
            top = tops[rowid] = self._encoded_row(form_id, "", parsed, texts.get("", ()))
            cells.append((rowid, response_id, *top))
            for name, value in _repeat_tables(parsed).items():
                if value:
                    encoded = [self._encoded_row(form_id, name, item, texts.get(name, ()))
                               for item in value]
                    wide = any(w for _, w, _ in encoded)
                    repeats.append((rowid, name, len(encoded),
                                    _matrix([(c, 1) for c, _, _ in encoded], 1)[0],
                                    _matrix([(w or bytes(4 * len(c)), 1)
                                             for c, w, _ in encoded], 4)[0] if wide else None,
                                    _matrix([(n, 1) for _, _, n in encoded], 8)[0] or None))
        conn = self.db.conn
        conn.executemany("INSERT OR REPLACE INTO survey_cells(response, response_id, codes, "
                         "wide, numbers) VALUES (?, ?, ?, ?, ?)", cells)
        conn.executemany("DELETE FROM survey_repeat_cells WHERE response = ?",
                         [(c[0],) for c in cells])
        conn.executemany("INSERT INTO survey_repeat_cells(response, tbl, instances, codes, "
                         "wide, numbers) VALUES (?, ?, ?, ?, ?, ?)", repeats)
        return tops

    def _text_questions(self, form_ref: str) -> dict[str, frozenset[str]]:
        """Per table, the names of the questions a summary counts as text in this version
        (their text answers need no code); nothing when the version is not here (yet)."""
        known = self._texts.get(form_ref)
        if known is None:
            from gmsdesk.forms.summary import kind_of

            found: dict[str, set[str]] = {}
            try:
                for question in self.form(form_ref).questions:
                    if kind_of(question) == "text":
                        found.setdefault(question.repeat or "", set()).add(question.name)
            except (NotFound, ValueError, KeyError, TypeError):
                found = {}  # no such version, or a definition this version cannot read
            known = self._texts[form_ref] = {k: frozenset(v) for k, v in found.items()}
        return known

    def _encoder(self, form_id: str, tbl: str) -> _Encoder:
        encoder = self._encoders.get((form_id, tbl))
        if encoder is None:
            slots, numeric = self._slot_maps(form_id, tbl)
            encoder = self._encoders[(form_id, tbl)] = _Encoder(slots, numeric, {})
        return encoder

    def _encoded_row(self, form_id: str, tbl: str, values: Mapping[str, Any],
                     texts: Container[str]) -> _Encoded:
        """One response (or repeat instance) as its rows of codes (1 byte, and 4 bytes when
        needed) and of numbers."""
        encoder = self._encoder(form_id, tbl)
        hits, slots, full = encoder.hits, encoder.slots, encoder.full
        codes = array("I", bytes(4 * len(slots)))
        size = len(codes)
        numbers: array[float] | None = None
        for name, value in values.items():
            kind = value.__class__
            if kind is str:
                key: Any = None if value and name in texts else (name, value)
            elif kind is list:
                if _is_repeat(value):
                    continue  # a repeat's instances are rows of their own table
                key = (name, tuple, *value)
            else:
                key = (name, kind, value)
            try:
                hit = hits.get(key)
            except TypeError:  # an object, or a list holding lists
                hit = key = None
            if hit is None and name in slots:  # the two answers never cached, made here
                if key is None and kind is str:
                    hit = (slots[name], _TEXT)
                elif (kind is float and name in full) or (kind is int and name in full and \
                        -_EXACT < value < _EXACT):
                    hit = (slots[name], _FLOAT if kind is float else _INT)
            slot, code = hit or self._slot_code(encoder, form_id, tbl, name, value, key)
            if slot >= size:
                codes.extend(bytes(4 * (slot + 1 - size)))
                size = len(codes)
            codes[slot] = code
            if _INT <= code <= _FLOAT:
                at = encoder.numeric.get(name)
                if at is None:
                    at = encoder.numeric[name] = self._new_slot(form_id, tbl, name, 1)
                if numbers is None:
                    numbers = array("d", bytes(8 * len(encoder.numeric)))
                elif at >= len(numbers):
                    numbers.extend(bytes(8 * (at + 1 - len(numbers))))
                numbers[at] = value
        every = codes.tolist()
        if max(every, default=0) < _WIDE:
            return bytes(every), None, _little(numbers) if numbers is not None else None
        return (bytes([c if c < _WIDE else _WIDE for c in every]), _little(codes),
                _little(numbers) if numbers is not None else None)

    def _slot_code(self, encoder: _Encoder, form_id: str, tbl: str, name: str, value: Any,
                   key: Any) -> tuple[int, int]:
        """The slot and code of an answer not in the encoder's cache (cached when they can
        be: not a text answer, nor a number kept as it is)."""
        slot = encoder.slots.get(name)
        if slot is None:
            slot = encoder.slots[name] = self._new_slot(form_id, tbl, name, 0)
        kind = value.__class__
        if value is None:
            code = _NULL
        elif kind is str and not value:
            code = _EMPTY
        elif kind is str and key is None:
            return slot, _TEXT  # a text question's answer: only "answered" counts
        elif (kind is int and -_EXACT < value < _EXACT) or kind is float:
            # A question's first 250 or so distinct numbers get codes (counted in C); any
            # further ones are kept as they are (many distinct numbers: no codes to grow).
            if not self._room(form_id, name):
                encoder.full.add(name)
                return slot, _INT if kind is int else _FLOAT
            code = self._code(form_id, name, value)
        else:
            code = self._code(form_id, name, value)
        if key is not None:
            encoder.hits[key] = (slot, code)
        return slot, code

    def _new_slot(self, form_id: str, tbl: str, name: str, numeric: int) -> int:
        conn = self.db.conn
        found = conn.execute("SELECT slot FROM survey_slots WHERE form_id = ? AND tbl = ? "
                             "AND numeric = ? AND name = ?",
                             (form_id, tbl, numeric, name)).fetchone()
        if found is not None:  # added by another connection since this one looked
            return int(found[0])
        self._will_make()
        slot = int(conn.execute("SELECT coalesce(max(slot) + 1, 0) FROM survey_slots "
                                "WHERE form_id = ? AND tbl = ? AND numeric = ?",
                                (form_id, tbl, numeric)).fetchone()[0])
        conn.execute("INSERT INTO survey_slots(form_id, tbl, numeric, slot, name) "
                     "VALUES (?, ?, ?, ?, ?)", (form_id, tbl, numeric, slot, name))
        return slot

    def _code(self, form_id: str, name: str, value: Any) -> int:
        """The code of an answer not in this connection's cache, numbered now if new. The
        next number is remembered; a clash with another connection's number or answer shows
        as a unique key refused, and is looked up."""
        conn = self.db.conn
        text = json.dumps(_cell(value), ensure_ascii=False)
        self._will_make()
        while True:
            code = self._next_free(form_id, name)
            try:
                conn.execute("INSERT INTO survey_codes(form_id, name, code, value) "
                             "VALUES (?, ?, ?, ?)", (form_id, name, code, text))
            except sqlite3.IntegrityError:
                found = conn.execute("SELECT code FROM survey_codes WHERE form_id = ? AND "
                                     "name = ? AND value = ?", (form_id, name, text)).fetchone()
                if found is None:  # the number was taken by another connection
                    self._next.pop((form_id, name), None)
                    continue
                code = int(found[0])
            else:
                self._next[(form_id, name)] = _next_code(code)
            return code

    def _room(self, form_id: str, name: str) -> bool:
        """Whether a question's codes still fit in one byte (see `_encoded_row`)."""
        return self._next_free(form_id, name) < _WIDE

    def _next_free(self, form_id: str, name: str) -> int:
        """The next code a question's new answer gets (remembered; see `_code`)."""
        code = self._next.get((form_id, name))
        if code is None:
            last = self.db.conn.execute("SELECT max(code) FROM survey_codes WHERE form_id = ? "
                                        "AND name = ?", (form_id, name)).fetchone()[0]
            code = self._next[(form_id, name)] = _next_code(
                last if last is not None else _FIRST_CODE - 1)
        return code

    def _will_make(self) -> None:
        """Before numbering a new slot or code: a mark in a temp table, in the same
        transaction, so a rollback (which takes the number away) is noticed next time."""
        if self._marked:
            return
        self._made += 1
        self.db.conn.execute("CREATE TEMP TABLE IF NOT EXISTS survey_marks (n INTEGER)")
        self.db.conn.execute("INSERT INTO temp.survey_marks VALUES (?)", (self._made,))
        self._marked = True

    def _check_marks(self) -> None:
        """Forget the cached slots and codes when a transaction that numbered some was rolled
        back (another connection may give those numbers to other answers), or when some
        connection renumbered a form's answers (`_rebuild`)."""
        self._marked = False
        epoch = self.db.meta("survey_codes_epoch", "0")
        if epoch != self._epoch:
            self._forget()
            self._epoch = epoch
        if not self._made:
            return
        try:
            seen = self.db.conn.execute("SELECT max(n) FROM temp.survey_marks").fetchone()[0]
        except sqlite3.OperationalError:  # the table itself was rolled back
            seen = None
        if (seen or 0) != self._made:
            self._forget()
            self._made = seen or 0

    def _forget(self) -> None:
        self._encoders.clear()
        self._next.clear()

    def _cells(self, form_id: str, filters: ResponseFilter) -> tuple[_Table, list[str]]:
        """The encoded rows of the responses the filters cover, in the order submitted, and
        each one's form version; responses not encoded yet are encoded now."""
        where, params, needs_sme = self._where(form_id, filters)
        join = " LEFT JOIN smes s ON s.id = r.sme_id" if needs_sme else ""
        rows = self.db.conn.execute(
            f"SELECT r.rowid, r.form_version, x.codes, x.wide, x.numbers FROM survey_responses "
            f"r{join} LEFT JOIN survey_cells x ON x.response = r.rowid AND x.response_id = "
            f"r.id WHERE {where} ORDER BY r.submitted_at, r.rowid", params).fetchall()
        missing = [row[0] for row in rows if row[2] is None]
        filled = self._fill(missing) if missing else {}
        if filled:
            rows = [(r[0], r[1], *filled[r[0]]) if r[2] is None else r for r in rows]
        versions = [row[1] for row in rows]
        return _Table(_Matrix([row[2] for row in rows], 1), [(row[3], 1) for row in rows],
                      _Matrix([row[4] for row in rows], 8), Counter(versions),
                      [row[0] for row in rows], None,
                      *self._slot_maps(form_id, "")), versions

    def _repeat_cells(self, form_id: str, top: _Table, versions: list[str],
                      repeat: str) -> _Table:
        """The encoded instances of one repeat in the responses of `top`, in their order."""
        position = {rowid: i for i, rowid in enumerate(top.owners)}
        found = sorted(
            (position[row[0]], *row[1:]) for row in self.db.conn.execute(
                "SELECT x.response, x.instances, x.codes, x.wide, x.numbers "
                "FROM survey_responses r JOIN survey_repeat_cells x ON x.response = r.rowid "
                "AND x.tbl = ? WHERE r.form_id = ? AND r.deleted = 0", (repeat, form_id))
            if row[0] in position)
        counted: Counter[str] = Counter()
        starts, at = [], 0
        for i, count, *_ in found:
            counted[versions[i]] += count
            starts.append(at)
            at += count
        return _Table(_Matrix([(row[2], row[1]) for row in found], 1),
                      [(row[3], row[1]) for row in found],
                      _Matrix([(row[4], row[1]) for row in found], 8),
                      counted, [top.owners[row[0]] for row in found], starts,
                      *self._slot_maps(form_id, repeat))

    def _slot_maps(self, form_id: str, tbl: str) -> tuple[dict[str, int], dict[str, int]]:
        """Question name -> slot, for codes and for numbers."""
        slots: tuple[dict[str, int], dict[str, int]] = ({}, {})
        for numeric, name, slot in self.db.conn.execute(
                "SELECT numeric, name, slot FROM survey_slots WHERE form_id = ? AND tbl = ?",
                (form_id, tbl)):
            slots[numeric][name] = slot
        return slots

    def _fill(self, rowids: Sequence[int]) -> dict[int, _Encoded]:
        """Encode responses that have no codes yet (written before migration 5, by a path
        that does not encode, or whose answers changed since)."""
        tops: dict[int, _Encoded] = {}
        with self.db.atomic():
            for start in range(0, len(rowids), 500):
                chunk = rowids[start:start + 500]
                rows = self.db.conn.execute(
                    "SELECT rowid, id, form_id, form_ref, answers FROM survey_responses "
                    f"WHERE rowid IN ({', '.join('?' * len(chunk))})", chunk).fetchall()
                tops.update(self._store_cells([tuple(row) for row in rows]))
        return tops

    def _dictionaries(self, form_id: str, names: Iterable[str]) -> dict[str, dict[int, str]]:
        """The codes of the answers to these questions: name -> code -> answer as JSON."""
        out: dict[str, dict[int, str]] = {}
        wanted = sorted(set(names))
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            for name, code, value in self.db.conn.execute(
                    "SELECT name, code, value FROM survey_codes WHERE form_id = ? AND name IN "
                    f"({', '.join('?' * len(chunk))})", (form_id, *chunk)):
                out.setdefault(name, {})[code] = value
        return out

    def _values(self, form_id: str, name: str, repeat: str | None, table: _Table,
                kind: str, dictionaries: Mapping[str, dict[int, str]]
                ) -> tuple[list[tuple[Any, int]], list[float]]:
        """The answers to `name` in the table's rows: how often each distinct one occurs, as
        (answer as the summary reads it, rows), None for no answer; for a number question,
        the numbers kept without a code come apart, one per row."""
        slot = table.slots.get(name)
        if slot is None or slot >= table.codes.width:
            return ([(None, table.rows)] if table.rows else []), []
        plane = table.codes.plane(slot)
        dictionary = dictionaries.get(name, {})
        counts: Counter[int] | None = None
        if sum(1 for code in dictionary if code < _WIDE) < 32:  # a pass in C for each code
            tally = [plane.count(code) for code in range(_FIRST_CODE)]
            escaped = plane.count(_WIDE)
        else:  # one pass for all
            counts = Counter(plane)
            tally = [counts.pop(code, 0) for code in range(_FIRST_CODE)]
            escaped = counts.pop(_WIDE, 0)
        pairs: list[tuple[Any, int]] = [(None, tally[_ABSENT] + tally[_NULL]),
                                        ("", tally[_EMPTY])]
        numbers: list[float] = []
        if tally[_INT] or tally[_FLOAT]:
            at = table.numeric.get(name)
            column = table.numbers.column(at) if at is not None else array("d")
            if kind == "number":  # as floats: the figures are the same
                numbers = list(compress(column, plane.translate(_NUMBERS)))
            else:  # an integer read as an integer: the choice "3", not "3.0"
                pairs += Counter(compress(column, plane.translate(_FLOATS))).items()
                pairs += Counter(map(int, compress(column, plane.translate(_INTS)))).items()
        if tally[_TEXT]:  # text answers, to a question that is not a text question here
            pairs += Counter(self._texts_at(table, plane, name, repeat)).items()
        rest = table.rows - sum(tally)
        if not rest:
            return pairs, numbers
        if counts is None:
            counts = Counter({code: plane.count(code) for code in dictionary if code < _WIDE})
        if escaped:  # codes of 255 or more: from the rows of 4-byte codes
            counts.update(compress(table.wide(slot), plane.translate(_ESCAPED)))
        if sum(counts.values()) != rest or not counts.keys() <= dictionary.keys():
            raise _Stale(form_id)
        found = [(code, n) for code, n in counts.items() if n]
        # One JSON array for every answer found: parsed in C at once, not value by value.
        values = json.loads("[" + ",".join([dictionary[code] for code, _ in found]) + "]")
        pairs += zip(values, (n for _, n in found), strict=True)
        return pairs, numbers

    def _texts_at(self, table: _Table, plane: bytes, name: str,
                  repeat: str | None) -> list[str]:
        """The text answers kept out of the codes, from the answers themselves (a question
        whose type changed between versions)."""
        marks = plane.translate(_TEXTS)
        rows = [i for i, flag in enumerate(marks) if flag]
        origins = [table.origin(i) for i in rows]
        answers = self._answers_of(rowid for rowid, _ in origins)
        return [v for v in _pick(answers, origins, name, repeat) if isinstance(v, str)]

    def _answers_of(self, rowids: Iterable[int]) -> dict[int, dict[str, Any]]:
        """The answers of some responses, by rowid, parsed."""
        ordered = sorted(set(rowids))
        answers: dict[int, dict[str, Any]] = {}
        for start in range(0, len(ordered), 500):
            chunk = ordered[start:start + 500]
            answers.update((rowid, _loads(raw)) for rowid, raw in self.db.conn.execute(
                "SELECT rowid, answers FROM survey_responses WHERE rowid IN "
                f"({', '.join('?' * len(chunk))})", chunk))
        return answers

    def _latest_texts(self, table: _Table, repeat: str | None,
                      names: Iterable[tuple[str, int]]) -> dict[str, list[str]]:
        """The latest answers (up to 50) of text questions (name, slot), the latest first;
        the answers of the responses they are in read once for every question."""
        picks: dict[str, list[tuple[int, int]]] = {}
        for name, slot in names:
            flags = table.codes.plane(slot).translate(_UNANSWERED)
            end, found = len(flags), list[tuple[int, int]]()
            while len(found) < _SAMPLE_ROWS:
                end = flags.rfind(1, 0, end)
                if end < 0:
                    break
                found.append(table.origin(end))
            picks[name] = found
        answers = self._answers_of({rowid for found in picks.values() for rowid, _ in found})
        return {name: [str(v) for v in _pick(answers, found, name, repeat)
                       if v is not None and v != ""] for name, found in picks.items()}

    def _rebuild(self, form_id: str) -> None:
        """Forget every code of a form (found inconsistent); the next summary encodes again."""
        with self.db.atomic():
            for table in ("survey_cells", "survey_repeat_cells"):
                self.db.conn.execute(
                    f"DELETE FROM {table} WHERE response IN (SELECT rowid FROM "
                    "survey_responses WHERE form_id = ?)", (form_id,))
            self.db.conn.execute("DELETE FROM survey_codes WHERE form_id = ?", (form_id,))
            self.db.conn.execute("DELETE FROM survey_slots WHERE form_id = ?", (form_id,))
            # Every connection forgets what it cached (see `_check_marks`).
            self.db.set_meta("survey_codes_epoch", uuid7())
            self._forget()

    # -- summary ------------------------------------------------------------------------------

    def summary(self, form_id: str, *, version: str | None = None, lang: str | None = None,
                province: str | None = None, sector: str | None = None,
                country: str | None = None, sme_id: str | None = None,
                workshop_id: str | None = None, date_from: date | str | None = None,
                date_to: date | str | None = None, not_answered: str | None = None) -> Summary:
        """Counts and per-question distributions of a form's current responses (one version,
        or all of them with questions matched by name), labels in `lang`.

        Counted from the answers encoded once per response (see migration 5): no JSON is
        parsed but that of the few latest answers text questions show."""
        forms = self.forms_by_version(form_id)
        if not forms:
            raise NotFound("forms", form_id)
        if version is not None:
            if version not in forms:
                raise NotFound("forms", f"{form_id} {version}")
            forms = {version: forms[version]}
        filters = ResponseFilter(version, province, sector, country, sme_id, workshop_id,
                                 date_from, date_to)
        try:
            return self._summary(form_id, forms, filters, lang, not_answered)
        except _Stale:
            self._rebuild(form_id)
            return self._summary(form_id, forms, filters, lang, not_answered)

    def _summary(self, form_id: str, forms: dict[str, Form], filters: ResponseFilter,
                 lang: str | None, not_answered: str | None) -> Summary:
        from gmsdesk.forms import summary as summaries

        wanted = summaries.fields(list(forms.values()))
        questions = {q.name: q for q in summaries.union_questions(list(forms.values()))}
        top, versions = self._cells(form_id, filters)  # encodes what is missing
        tables: dict[str | None, _Table] = {None: top}
        for f in wanted:
            if f.repeat is not None and f.repeat not in tables:
                tables[f.repeat] = self._repeat_cells(form_id, top, versions, f.repeat)
        figures: dict[str, summaries.Figures] = {}
        texts: dict[str | None, list[tuple[str, int]]] = {}
        dictionaries = self._dictionaries(form_id, (f.name for f in wanted if f.kind != "text"))
        for f in wanted:
            table = tables[f.repeat]
            if f.kind == "text":
                slot = table.slots.get(f.name)
                answered = 0
                if slot is not None and slot < table.codes.width and table.rows:
                    plane = table.codes.plane(slot)
                    answered = table.rows - sum(map(plane.count, (_ABSENT, _NULL, _EMPTY)))
                if answered and slot is not None:
                    texts.setdefault(f.repeat, []).append((f.name, slot))
                figures[f.name] = summaries.figures_of_counts([(1, answered)], f.kind,
                                                              questions[f.name])
            else:
                pairs, numbers = self._values(form_id, f.name, f.repeat, table, f.kind,
                                              dictionaries)
                figures[f.name] = summaries.figures_of_counts(pairs, f.kind, questions[f.name],
                                                              numbers)
        latest: dict[str, list[str]] = {}
        for repeat, names in texts.items():
            latest.update(self._latest_texts(tables[repeat], repeat, names))
        return summaries.assemble(
            forms, {name: table.versions for name, table in tables.items()}, figures, latest,
            lang=lang, not_answered=not_answered or summaries.NOT_ANSWERED)
