"""The files a form needs beside its workbook: ODK's form attachments.

A form may choose from a CSV, XML or GeoJSON file (`select_one_from_file fruits.csv`), look
things up in one (`pulldata('prices', ...)`, `csv-external`, the `search()` appearance) or
show an image with a label or a choice (`media::image`). ODK keeps these files next to the
form, in a folder named after it (`fruits_survey-media/`); GMS Desk reads them when the form
is imported and keeps them inside the form version (with their size and SHA-256), so a version
carries its files wherever it goes: stored, synced, published by headquarters. A form whose
files are not all there is not imported: the problem names each missing file.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gmsdesk.forms.instances import DATA_SUFFIXES, FileError, document
from gmsdesk.forms.problems import Message, Problem
from gmsdesk.i18n import QT_TRANSLATE_NOOP

__all__ = ["CHOICE_MEDIA", "MAX_ATTACHED_BYTES", "NOT_ATTACHED", "SHOWN_MEDIA", "Finder", "Need",
           "attach", "finder_for", "media_folder", "needed_files"]

# What the files of one form version may take together (their text, or base64 for media):
# they travel inside the version's record, which must stay under 8 MB.
MAX_ATTACHED_BYTES = 6 * 1024 * 1024
# Media a question's label shows or plays (the picture under it; a Play button for audio and
# video, opened in the computer's player); others are warned about and not needed.
SHOWN_MEDIA = ("image", "big-image", "audio", "video")
# Media a choice shows: its picture (a choice's audio or video is warned about).
CHOICE_MEDIA = ("image", "big-image")
_PULLDATA = re.compile(r"pulldata\s*\(\s*['\"]\s*([^'\"]+?)\s*['\"]")
_SEARCH = re.compile(r"search\s*\(\s*['\"]\s*([^'\"]+?)\s*['\"]")
_EXPRESSION_KEYS = ("calculate", "relevant", "constraint", "required", "readonly")
# The problem of a file not found (its `file` arg names it: a screen offers to choose it).
NOT_ATTACHED = QT_TRANSLATE_NOOP(
    "Forms", "the form needs the file '{file}' ({why}), but it is not attached: put it in "
             "{where} and import the form again")

# Reads one attached file by name: its bytes, None when it is not there (OSError when it is
# there but cannot be read).
Finder = Callable[[str], bytes | None]


@dataclass(frozen=True)
class Need:
    """One file the form needs: its name, the element that needs it, and why."""

    filename: str
    element: str
    why: str


def _expressions(node: Mapping[str, Any]) -> Iterator[str]:
    bind = node.get("bind")
    if isinstance(bind, Mapping):
        for key in _EXPRESSION_KEYS:
            if bind.get(key):
                yield str(bind[key])
    for key in ("choice_filter", "default"):
        if node.get(key):
            yield str(node[key])


def _media_files(media: Any, kinds: Sequence[str]) -> Iterator[tuple[str, str]]:
    """(kind, file name) of each file of `kinds` named in a label's media, per language."""
    if not isinstance(media, Mapping):
        return
    for kind in kinds:
        value = media.get(kind)
        values = value.values() if isinstance(value, Mapping) else [value]
        for one in values:
            if one not in (None, "") and str(one).strip():
                yield kind, str(one).strip()


def _choice_pictures(itemset: str, lists: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """The pictures beside the choices of a list of the choices sheet (media::image there):
    (file, choice name)."""
    if not itemset or itemset.lower().endswith(DATA_SUFFIXES):
        return
    for choice in lists.get(itemset) or ():
        if isinstance(choice, Mapping):
            for _kind, filename in _media_files(choice.get("media"), CHOICE_MEDIA):
                yield filename, str(choice.get("name") or "")


def needed_files(definition: Mapping[str, Any]) -> list[Need]:
    """Every file the form needs, once, in the order the form first needs it."""
    found: dict[str, Need] = {}

    def need(filename: str, element: str, why: str) -> None:
        found.setdefault(filename, Need(filename, element, why))

    def walk(nodes: Iterable[Any]) -> None:
        for node in nodes:
            if not isinstance(node, Mapping):
                continue
            name = str(node.get("name") or "")
            kind = str(node.get("type") or "")
            itemset = str(node.get("itemset") or "")
            if kind in ("select one", "select all that apply") and itemset.lower().endswith(
                    DATA_SUFFIXES):
                need(itemset, name, "select_one_from_file" if kind == "select one"
                     else "select_multiple_from_file")
            if kind == "csv-external":
                need(f"{name}.csv", name, "csv-external")
            elif kind == "xml-external":
                need(f"{name}.xml", name, "xml-external")
            for text in _expressions(node):
                for match in _PULLDATA.finditer(text):
                    need(f"{match[1]}.csv", name, "pulldata()")
            control = node.get("control")
            appearance = str(control.get("appearance") or "") if isinstance(
                control, Mapping) else ""
            for match in _SEARCH.finditer(appearance):
                need(f"{match[1]}.csv", name, "search()")
            for media_kind, filename in _media_files(node.get("media"), SHOWN_MEDIA):
                need(filename, name, f"media::{media_kind}")
            if kind in ("select one", "select all that apply"):
                for filename, choice in _choice_pictures(itemset, lists):
                    need(filename, name, f"media::image of the choice '{choice}'")
            walk(node.get("children") or ())

    found_lists = definition.get("choices")
    lists: Mapping[str, Any] = found_lists if isinstance(found_lists, Mapping) else {}
    walk(definition.get("children") or ())
    return list(found.values())


def media_folder(form: Path) -> Path:
    """Where ODK keeps a form's files: `NAME-media` next to `NAME.xlsx` (an export's files
    go the same way, as ODK Central's export puts them in a media folder)."""
    return form.with_name(f"{form.stem}-media")


def finder_for(form: Path | None,
               media: str | os.PathLike[str] | Sequence[Path] | Mapping[str, bytes] | None
               ) -> Finder:
    """How a form's files are found: in `media` (a folder, or names and contents), else in
    the form's `NAME-media` folder, then next to the form; files chosen one by one (a list)
    come first, and the rest from those folders."""
    if isinstance(media, str | os.PathLike):
        media = Path(media)
    if isinstance(media, Mapping):
        given = dict(media)
        return lambda filename: given.get(filename)
    files: dict[str, Path] = {}
    if media is not None and not isinstance(media, Path):
        files = {Path(p).name: Path(p) for p in media}
        media = None
    folders = [media] if media is not None else (
        [media_folder(form), form.parent] if form is not None else [])

    def find(filename: str) -> bytes | None:
        if filename in files:
            return files[filename].read_bytes()
        if Path(filename).name != filename or filename in ("", ".", ".."):
            return None  # a name, never a path out of the folder
        for folder in folders:
            path = folder / filename
            if path.is_file():
                return path.read_bytes()
        return None

    return find


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def attach(definition: Mapping[str, Any], find: Finder, rows: Mapping[str, int],
           where: str | Message) -> tuple[dict[str, dict[str, Any]], list[Problem]]:
    """Read every file the form needs: {name: {"sha256", "size", "text" | "base64"}} for
    the definition, and a problem for each file missing, unreadable or not as ODK reads it.
    `where` says where the files were looked for ("the folder 'x-media' next to the form")."""
    files: dict[str, dict[str, Any]] = {}
    problems: list[Problem] = []
    total = 0
    for item in needed_files(definition):
        row = rows.get(item.element)

        def problem(text: str, row: int | None = row, **args: object) -> None:
            problems.append(Problem.of("survey", row, text, **args))

        try:
            data = find(item.filename)
        except OSError as error:
            problem(QT_TRANSLATE_NOOP("Forms", "the file '{file}' ({why}) could not be read: "
                                               "{error}"),
                    file=item.filename, why=item.why, error=error.strerror or error)
            continue
        if data is None:
            problem(NOT_ATTACHED, file=item.filename, why=item.why, where=where)
            continue
        entry: dict[str, Any] = {"sha256": hashlib.sha256(data).hexdigest(),
                                 "size": len(data)}
        if item.filename.lower().endswith(DATA_SUFFIXES):
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                problem(QT_TRANSLATE_NOOP(
                    "Forms", "'{file}' is not UTF-8 text: save it as \"CSV UTF-8\" (or as "
                             "UTF-8) and import the form again"), file=item.filename)
                continue
            try:
                document(item.filename, text)
            except FileError as error:
                problem("{error}", error=error)
                continue
            entry["text"] = text
            total += len(text.encode("utf-8"))
        else:
            entry["base64"] = base64.b64encode(data).decode("ascii")
            total += len(entry["base64"])
        files[item.filename] = entry
    if total > MAX_ATTACHED_BYTES:
        problems.append(Problem.of(None, None, QT_TRANSLATE_NOOP(
            "Forms", "the files attached to the form take {size}; a form version travels with "
                     "its files, which may take at most {limit} together: make the images "
                     "smaller"), size=_megabytes(total), limit=_megabytes(MAX_ATTACHED_BYTES)))
    return files, problems
