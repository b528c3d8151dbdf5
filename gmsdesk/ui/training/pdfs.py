"""Certificates and attendance sheets as background work (for run_task): read with the task's
own database, then `gmsdesk.reports.training` draws the PDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from gmsdesk.storage.db import Database

Progress = Callable[[int, int], bool]


def save_certificates(db: Database, progress: Progress, workshop_id: str, path: Path,
                      lang: str) -> int | None:
    """Pages written (one per certificate issued), or None when cancelled (no file written)."""
    from gmsdesk.reports.training import Cancelled, write_certificates

    info = db.training.workshop_info(workshop_id, lang)
    people = db.training.certificate_people(workshop_id)
    try:
        return write_certificates(path, info, people, lang, progress)
    except Cancelled:
        return None


def save_attendance_sheet(db: Database, progress: Progress, workshop_id: str, day: str,
                          path: Path, lang: str) -> int | None:
    """Pages of the sign-in sheet of `day` for everyone enrolled, or None when cancelled."""
    from gmsdesk.reports.training import write_attendance_sheet

    info = db.training.workshop_info(workshop_id, lang)
    people = db.training.sheet_people(workshop_id)
    if not progress(0, 1):
        return None
    pages = write_attendance_sheet(path, info, day, people, lang)
    progress(1, 1)
    return pages
