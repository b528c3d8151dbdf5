"""Responses to CSV or XLSX, laid out like ODK Central's export.

One row per response and one column per question in form order, headed by its group path
("group-question"); a select_multiple gives its space-separated column plus one 0/1 column per
choice ("question/choice"); metadata columns first. Each repeat gets its own sheet (XLSX) or
file beside the first (`OUT-repeat.csv`), one row per instance, linked by PARENT_KEY. CSV is
UTF-8 with a BOM so Excel shows Khmer, Lao, Burmese and Thai. No Qt, no SQL: `export_responses`
asks storage for the forms and responses. Files are written beside their targets and renamed
into place only when all are complete, so a failure never leaves a partial export. A photo
or file question's column holds the file's name, and the files this laptop holds are copied
into `OUT-media/` beside the export, as ODK Central's export puts them in a media folder.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

# media_folder: where the files an export's answers name go, OUT-media beside OUT.xlsx
from gmsdesk.forms.form_files import media_folder
from gmsdesk.forms.model import MEDIA_TYPES
from gmsdesk.forms.summary import union_questions
from gmsdesk.i18n import QT_TRANSLATE_NOOP
from gmsdesk.tabular import csv_writer, xlsx_cells

if TYPE_CHECKING:
    from gmsdesk.forms.model import Form, Question
    from gmsdesk.storage.db import Database
    from gmsdesk.storage.surveys import Response, ResponseFilter

# `about_agency`: the support agency a response describes (a needs assessment of agencies).
META_COLUMNS = ("KEY", "form_version", "started_at", "submitted_at", "sme_id", "sme_name",
                "workshop_id", "about_agency", "language", "supersedes", "created_by")
# On a headquarters laptop, after the metadata: who owns each response (see `write_responses`).
AGENCY_COLUMNS = ("agency_id", "agency_name")
REPEAT_KEYS = ("PARENT_KEY", "KEY")
NO_COLUMN_TYPES = frozenset({"note"})
_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")
# Characters XML 1.0 (so XLSX) cannot hold; openpyxl refuses a cell containing one.

ProgressFn = Callable[[int, int], bool]


class ExportError(Exception):
    """A problem the user can fix (wrong file type); the message is plain English."""


class Cancelled(Exception):
    """The progress callback asked to stop; nothing was written."""


_MSG = {
    "suffix": QT_TRANSLATE_NOOP("Surveys", "Choose a file name ending in .csv or .xlsx."),
}


@dataclass(frozen=True)
class Column:
    """One exported column: a question's value, or one choice of a select_multiple (0/1)."""

    header: str
    name: str
    choice: str | None = None


@dataclass(frozen=True)
class Layout:
    """The columns of the main table and of each repeat's table."""

    main: list[Column]
    repeats: dict[str, list[Column]]


@dataclass(frozen=True)
class ExportResult:
    responses: int
    files: list[Path]  # the main file first; repeat files (CSV) after it
    repeat_rows: dict[str, int]
    # Photos and files the responses name, copied into a folder beside the export
    # ("OUT-media", as ODK Central's export zip has a media folder): the folder (None: no
    # answer names a file), how many were copied, and how many are not on this laptop (a
    # file of another laptop's response never opened here).
    media: Path | None = None
    media_files: int = 0
    media_missing: int = 0


def _header(question: Question) -> str:
    path = tuple(question.group_path)
    repeat = question.repeat.rsplit("/", 1)[-1] if question.repeat else None
    if repeat and repeat in path:  # inside a repeat: relative to the innermost one
        path = path[len(path) - 1 - path[::-1].index(repeat) + 1:]
    return "-".join((*path, question.xml_name or question.name))


def _repeats_around(question: Question) -> list[str]:
    """The repeats a question is in, outermost first."""
    found: list[str] = []
    group = question.parent
    while group is not None:
        if group.repeat:
            found.append(group.name)
        group = group.parent
    return found[::-1]


def layout(forms: Sequence[Form]) -> Layout:
    """Columns for responses of these versions (oldest first): their union, matched by name,
    in the newest version's order."""
    main: list[Column] = []
    repeats: dict[str, list[Column]] = {}
    for question in union_questions(forms):
        for around in _repeats_around(question):  # a repeat holding only a repeat has rows too
            repeats.setdefault(around, [])
        if question.type in NO_COLUMN_TYPES:
            continue
        target = repeats.setdefault(question.repeat, []) if question.repeat else main
        header = _header(question)
        target.append(Column(header, question.name))
        if question.type == "select_multiple":
            names: list[str] = []
            for form in reversed(forms):  # newest first, then choices only older ones had
                for other in form.questions:
                    if other.name == question.name:
                        names += [c.name for c in other.choices if c.name not in names]
            target.extend(Column(f"{header}/{name}", question.name, name) for name in names)
    return Layout(main, repeats)


def _cell(value: Any, choice: str | None) -> Any:
    if choice is not None:
        if value is None or value == "":
            return None
        chosen = value if isinstance(value, list) else str(value).split()
        return 1 if choice in chosen else 0
    if value is None:
        return None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float, str)):
        return value
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return " ".join(str(v) for v in value)
    return json.dumps(value, ensure_ascii=False)


def _meta(response: Response) -> list[Any]:
    return [response.id, response.form_version, response.started_at, response.submitted_at,
            response.sme_id, response.sme_name, response.workshop_id, response.about_agency,
            response.language, response.supersedes, response.created_by]


def _rows(plan: Layout, responses: Iterable[Response],
          agencies: Mapping[str, str] | None = None,
          cell: Callable[[Any, Any], Any] | None = None
          ) -> Iterator[tuple[list[Any], dict[str, list[list[Any]]]]]:
    """Each response as its main row and its repeat rows; `cell(column, value)` writes an
    answer (by default as ODK does: codes; the labelled export gives labels)."""
    def raw(column: Any, value: Any) -> Any:
        return _cell(value, column.choice)

    write = cell or raw
    for response in responses:
        answers = response.answers
        row = _meta(response)
        if agencies is not None:
            row += [response.agency_id, agencies.get(response.agency_id, response.agency_id)]
        row += [write(c, answers.get(c.name)) for c in plan.main]
        nested: dict[str, list[list[Any]]] = {repeat: [] for repeat in plan.repeats}
        for repeat, values, parent, key in instances(plan, answers, response.id):
            nested[repeat].append([write(c, values.get(c.name))
                                   for c in plan.repeats[repeat]] + [parent, key])
        yield row, nested


def instances(plan: Layout, values: Mapping[str, Any], key: str
              ) -> Iterator[tuple[str, Mapping[str, Any], str, str]]:
    """Every repeat instance inside `values` (a response whose KEY is `key`, or an instance):
    (its repeat, its answers, PARENT_KEY, KEY), a repeat inside a repeat linked to its own
    instance as ODK Central writes it: uuid/household[1]/member[2]."""
    for repeat, found in values.items():
        if repeat not in plan.repeats or not isinstance(found, list):
            continue
        for index, instance in enumerate(found, start=1):
            answers = instance if isinstance(instance, Mapping) else {}
            own = f"{key}/{repeat.rsplit('/', 1)[-1]}[{index}]"
            yield repeat, answers, key, own
            yield from instances(plan, answers, own)


def repeat_path(path: Path, repeat: str) -> Path:
    """Where a repeat's rows go beside a CSV export: OUT-repeat.csv."""
    return path.with_name(f"{path.stem}-{repeat}{path.suffix}")


def write_responses(path: str | os.PathLike[str], forms: Sequence[Form],
                    responses: Iterable[Response], *, sheet_name: str = "responses",
                    total: int = 0, progress: ProgressFn | None = None,
                    agencies: Mapping[str, str] | None = None) -> ExportResult:
    """Write responses of the given versions (oldest first) to `path` (.csv or .xlsx).
    `progress(done, total)` returning False cancels (Cancelled, nothing written).

    `agencies` (agency code -> name), given on a headquarters laptop, adds the columns
    AGENCY_COLUMNS after the metadata: there responses of every agency are exported together.
    An agency's own export leaves them out: every response in it is that agency's, and the
    files it already feeds to its spreadsheets keep their layout."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ExportError(_MSG["suffix"])
    plan = layout(forms)
    main_header = list(META_COLUMNS) + (list(AGENCY_COLUMNS) if agencies is not None else []) \
        + [c.header for c in plan.main]
    repeat_headers = {r: [c.header for c in cols] + list(REPEAT_KEYS)
                      for r, cols in plan.repeats.items()}
    return write_rows(target, plan, _rows(plan, responses, agencies), main_header,
                      repeat_headers, sheet_name=sheet_name, total=total, progress=progress)


def write_rows(target: Path, plan: Layout,
               rows: Iterable[tuple[list[Any], dict[str, list[list[Any]]]]],
               main_header: list[str], repeat_headers: dict[str, list[str]], *,
               sheet_name: str = "responses", total: int = 0,
               progress: ProgressFn | None = None) -> ExportResult:
    """Write an export's rows (a response's row, and its repeats' rows by repeat) to `target`
    (.csv, with a file beside it per repeat, or .xlsx, with a sheet per repeat): to partial
    files first, put in place only once all is written; nothing is left on failure, and
    `progress(done, total)` returning False cancels (Cancelled)."""
    suffix = target.suffix.lower()
    targets = [target] + ([repeat_path(target, r) for r in plan.repeats]
                          if suffix == ".csv" else [])
    partials = [t.with_name(t.name + ".part") for t in targets]
    counts = dict.fromkeys(plan.repeats, 0)
    done = 0

    def stream() -> Iterator[tuple[list[Any], dict[str, list[list[Any]]]]]:
        nonlocal done
        for item in rows:
            yield item
            done += 1
            for repeat, repeated in item[1].items():
                counts[repeat] += len(repeated)
            if progress and done % 500 == 0 and not progress(done, total):
                raise Cancelled

    try:
        if suffix == ".csv":
            _write_csv(partials, main_header, repeat_headers, stream())
        else:
            _write_xlsx(partials[0], sheet_name, main_header, repeat_headers, stream())
        for partial, final in zip(partials, targets, strict=True):
            partial.replace(final)
    except BaseException:
        for partial in partials:
            partial.unlink(missing_ok=True)
        raise
    if progress:
        progress(done, total)
    return ExportResult(done, targets, counts)


def _write_csv(partials: list[Path], header: list[str], repeat_headers: dict[str, list[str]],
               rows: Iterator[tuple[list[Any], dict[str, list[list[Any]]]]]) -> None:
    with contextlib.ExitStack() as stack:
        handles = [stack.enter_context(open(p, "w", newline="", encoding="utf-8-sig"))
                   for p in partials]
        main = csv_writer(handles[0])
        main.writerow(header)
        nested = {}
        for handle, (repeat, names) in zip(handles[1:], repeat_headers.items(), strict=True):
            nested[repeat] = csv_writer(handle)
            nested[repeat].writerow(names)
        for row, repeat_rows in rows:
            main.writerow(row)
            for repeat, instances in repeat_rows.items():
                nested[repeat].writerows(instances)


def _sheet_title(name: str, taken: set[str]) -> str:
    base = _SHEET_BAD.sub("_", name).strip("'") or "sheet"
    title = base[:31]
    number = 2
    while title.casefold() in taken:
        title = f"{base[:27]}~{number}"
        number += 1
    taken.add(title.casefold())
    return title


def _write_xlsx(partial: Path, sheet_name: str, header: list[str],
                repeat_headers: dict[str, list[str]],
                rows: Iterator[tuple[list[Any], dict[str, list[list[Any]]]]]) -> None:
    import openpyxl

    workbook = openpyxl.Workbook(write_only=True)
    taken: set[str] = set()
    main = workbook.create_sheet(_sheet_title(sheet_name, taken))
    sheets = {r: workbook.create_sheet(_sheet_title(r, taken)) for r in repeat_headers}

    cells = xlsx_cells
    main.append(cells(main, header))
    for repeat, names in repeat_headers.items():
        sheets[repeat].append(cells(sheets[repeat], names))
    for row, repeat_rows in rows:
        main.append(cells(main, row))
        for repeat, instances in repeat_rows.items():
            for instance in instances:
                sheets[repeat].append(cells(sheets[repeat], instance))
    workbook.save(partial)


def export_responses(db: Database, form_id: str, path: str | os.PathLike[str], *,
                     version: str | None = None, all_versions: bool = False,
                     filters: ResponseFilter | None = None,
                     progress: ProgressFn | None = None) -> ExportResult:
    """Export a form's current responses: one version (the latest unless `version`), or
    with `all_versions` every version, its columns the union of theirs. On a headquarters
    laptop each response's agency is exported too (see `write_responses`)."""
    from dataclasses import replace

    from gmsdesk.storage.errors import NotFound
    from gmsdesk.storage.surveys import ResponseFilter

    forms = db.surveys.forms_by_version(form_id)
    if not forms:
        raise NotFound("forms", form_id)
    chosen = list(forms)
    if not all_versions:
        wanted = version if version is not None else chosen[-1]
        if wanted not in forms:
            raise NotFound("forms", f"{form_id} {wanted}")
        chosen = [wanted]
    query = filters or ResponseFilter()
    query = replace(query, version=None if all_versions else chosen[0])
    total = db.surveys.count_responses(form_id, query)
    # Agency names in English, the language exports are read in across the network.
    agencies = db.agencies.names("en") if db.is_hq else None
    versions = [forms[v] for v in chosen]
    media = {q.name for form in versions for q in form.questions if q.type in MEDIA_TYPES}
    named: set[str] = set()

    def noting(responses: Iterable[Response]) -> Iterator[Response]:
        for response in responses:
            if media:
                _files_named(response.answers, media, named)
            yield response

    result = write_responses(path, versions, noting(db.surveys.query(form_id, query)),
                             sheet_name=form_id, total=total, progress=progress,
                             agencies=agencies)
    if not named:
        return result
    folder, copied, missing = copy_media(db, Path(path), named)
    return replace(result, media=folder, media_files=copied, media_missing=missing)


def _files_named(answers: Mapping[str, Any], media: set[str], out: set[str]) -> None:
    """The file names media questions hold in a response, repeats (and theirs) included."""
    for name, value in answers.items():
        if isinstance(value, list):
            for row in value:
                if isinstance(row, Mapping):
                    _files_named(row, media, out)
        elif name in media and isinstance(value, str) and value.strip():
            out.add(value.strip())


def copy_media(db: Database, path: Path, names: Iterable[str]) -> tuple[Path, int, int]:
    """Copy the files named that this laptop holds into the export's media folder (each
    copied whole to a partial name first, then put in place); returns the folder, how many
    are there and how many are not on this laptop."""
    from gmsdesk.storage.attachments import attachments_of

    store = attachments_of(db)
    folder = media_folder(path)
    copied = missing = 0
    for name in sorted(names):
        source = store.path(name)
        if source is None or "/" in name or "\\" in name or name.startswith("."):
            missing += 1
            continue
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / name
        if not (target.exists() and target.stat().st_size == source.stat().st_size):
            partial = target.with_name(target.name + ".part")
            try:
                shutil.copyfile(source, partial)
                partial.replace(target)
            except BaseException:
                partial.unlink(missing_ok=True)
                raise
        copied += 1
    return folder, copied, missing
