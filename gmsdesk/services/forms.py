"""XLSForm import, and the forms GMS Desk ships, installed once per database on first use."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from gmsdesk.paths import RESOURCES
from gmsdesk.storage.records import Changes

if TYPE_CHECKING:
    from gmsdesk.forms.model import Form
    from gmsdesk.forms.problems import Problem
    from gmsdesk.storage.db import Database
    from gmsdesk.storage.surveys import FormVersionClash

log = logging.getLogger(__name__)

SHIPPED_FORMS = RESOURCES / "forms"
SHIPPED_META = "surveys.shipped_forms"


@dataclass(frozen=True)
class ImportResult:
    """What importing one XLSForm file did."""

    path: Path
    problems: tuple[Problem, ...]
    form: Form | None = None  # None: the spreadsheet cannot be used as a form
    changes: Changes = ()  # empty with a form: that version was already here, unchanged
    clash: FormVersionClash | None = None  # that version is here with other questions

    @property
    def errors(self) -> int:
        return sum(p.severity == "error" for p in self.problems)

    @property
    def warnings(self) -> int:
        return len(self.problems) - self.errors

    @property
    def missing(self) -> tuple[str, ...]:
        """The attached files the form needs that were not found (see forms.form_files):
        a screen can offer to choose them."""
        from gmsdesk.forms.form_files import NOT_ATTACHED

        return tuple(dict.fromkeys(dict(p.args)["file"] for p in self.problems
                                   if p.is_error and p.text == NOT_ATTACHED))


def import_xlsform(db: Database, path: Path,
                   media: Path | Sequence[Path] | None = None) -> ImportResult:
    """Read one XLSForm and store it as a form, or a new version of one, with the files it
    needs: from `media` (a folder, or the files), else from the folder ODK keeps them in
    (`NAME-media` next to `NAME.xlsx`), then from the form's own folder."""
    from gmsdesk.forms.xlsform import load_xlsform
    from gmsdesk.storage.surveys import FormVersionClash

    form, problems = load_xlsform(path, media)
    if form is None:
        return ImportResult(path, tuple(problems))
    try:
        changes = db.surveys.import_form(form, path.name)
    except FormVersionClash as exc:
        return ImportResult(path, tuple(problems), form, clash=exc)
    return ImportResult(path, tuple(problems), form, changes)


def retire_version(db: Database, form_ref: str, retired: bool = True,
                   progress: Callable[[int, int], bool] | None = None) -> Changes:
    """Retire a form version (or bring it back): what the window and the command line call.
    Retiring is risky work, so a backup is made first (`backups.backup_before`, skipped when
    nothing changed since the newest one); `progress` is told how it goes, and when it says
    stop (`backups.Cancelled`) nothing is retired. A version this laptop may not change is
    refused (`ReadOnlyRecord`) before any backup is made."""
    from gmsdesk.services.backups import backup_before
    from gmsdesk.storage.surveys import FORM_SPEC

    if retired:
        # NotFound or ReadOnlyRecord before a backup is made for nothing.
        db.surveys.writer.writable_row(FORM_SPEC, form_ref)
        backup_before(db, "form-retire", progress)
    return db.surveys.retire_form(form_ref, retired)


def _offered(db: Database) -> set[str]:
    """Names of the shipped form files this database was already offered."""
    try:
        names = json.loads(db.meta(SHIPPED_META) or "[]")
    except ValueError:
        return set()
    return {str(n) for n in names} if isinstance(names, list) else set()


def shipped_forms_pending(db: Database, folder: Path | None = None) -> list[Path]:
    """Shipped forms this database has not been offered yet (an update may ship new ones)."""
    done = _offered(db)
    return [p for p in sorted((folder or SHIPPED_FORMS).glob("*.xlsx")) if p.name not in done]


def install_shipped_forms(db: Database, folder: Path | None = None) -> Changes:
    """Import the forms GMS Desk ships, each once per database: one an officer deleted later
    is not brought back."""
    pending = shipped_forms_pending(db, folder)
    if not pending:
        return ()
    done = _offered(db)
    changes: Changes = ()
    for path in pending:
        try:
            result = import_xlsform(db, path)
        except Exception:  # one broken shipped file must not keep the others out
            log.exception("shipped form %s not imported", path)
            continue
        changes += result.changes
        for problem in result.problems:
            log.info("shipped form %s: %s", path.name, problem)
        done.add(path.name)
    db.set_meta_atomic(SHIPPED_META, json.dumps(sorted(done)))
    return changes
