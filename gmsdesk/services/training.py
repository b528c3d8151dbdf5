"""Certificates of completion and attendance sheets: storage's rows adapted into what the PDF
reports take, and the PDFs written. The window (in the background) and `gmsdesk certificates`
call the same functions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from gmsdesk.i18n import QT_TRANSLATE_NOOP
from gmsdesk.services.prefixes import NoMatch, resolve_prefix
from gmsdesk.storage.errors import ValidationError
from gmsdesk.storage.records import Changes

if TYPE_CHECKING:
    from gmsdesk.reports.training import CertificatePerson, SheetPerson, WorkshopInfo
    from gmsdesk.storage.db import Database
    from gmsdesk.storage.training import Workshop

Progress = Callable[[int, int], bool]  # (done, total) -> go on?

__all__ = ["CertificatesWritten", "NoCertificates", "certificate_people", "find_workshop",
           "sheet_people", "workshop_info", "write_attendance_sheet", "write_certificates"]

_MSG = {
    "none": QT_TRANSLATE_NOOP("Validation", "No certificate has been issued for this workshop "
                              "yet: only participants who completed every module get one."),
}


class NoCertificates(ValidationError):
    """Nobody in the workshop holds a certificate number: there is nothing to print."""

    def __init__(self, workshop_id: str) -> None:
        super().__init__({"certificates": _MSG["none"]})
        self.workshop_id = workshop_id


@dataclass(frozen=True)
class CertificatesWritten:
    pages: int  # one per certificate
    issued: Changes  # certificate numbers given by this run (with `issue=True`)


def find_workshop(db: Database, prefix: str) -> Workshop:
    """The workshop whose id is `prefix` or starts with it, as `gmsdesk workshops list` shows
    ids; a deleted one only when no workshop in use matches. PrefixError when not exactly one
    does."""
    try:
        found = resolve_prefix(prefix, (w.id for w in db.training.workshops()))
    except NoMatch:
        found = resolve_prefix(prefix, (w.id for w in db.training.workshops(deleted=True)))
    return db.training.workshop(found)


def certificate_people(db: Database, workshop_id: str) -> list[CertificatePerson]:
    """Participants holding a certificate number, as the certificate PDF takes them."""
    from gmsdesk.reports.training import CertificatePerson

    return [CertificatePerson(p.name, p.name_latin, p.sme_name, p.certificate_no,
                              p.certificate_issued_on or "")
            for p in db.training.participants(workshop_id) if p.certificate_no]


def sheet_people(db: Database, workshop_id: str) -> list[SheetPerson]:
    """Everyone enrolled, as the printed attendance sheet takes them."""
    from gmsdesk.reports.training import SheetPerson

    return [SheetPerson(p.name, p.name_latin, p.sme_name, p.role, p.phone)
            for p in db.training.participants(workshop_id)]


def workshop_info(db: Database, workshop_id: str, lang: str = "en") -> WorkshopInfo:
    """The workshop as the PDF reports take it, module titles in `lang`."""
    from gmsdesk.reports.training import WorkshopInfo

    workshop = db.training.workshop(workshop_id)
    enrolment = db.sync.enrolment()
    titles = {m.code: m.title for m in db.training.modules(lang)}  # one read for all modules
    return WorkshopInfo(
        title=workshop.title, track=workshop.track, start_date=workshop.start_date,
        end_date=workshop.end_date, venue=workshop.venue, province=workshop.province,
        country=workshop.country, partner=workshop.partner, trainers=workshop.trainers,
        agency=enrolment.agency_name if enrolment else None,
        modules=[titles.get(code, code) for code in workshop.modules])


def write_certificates(db: Database, workshop_id: str, path: Path, lang: str,
                       progress: Progress | None = None, *,
                       issue: bool = False) -> CertificatesWritten | None:
    """One certificate page per participant holding a number, in `lang`; with `issue`, first
    number everyone who completed the workshop and has none yet. None when `progress`
    cancelled (no file written); NoCertificates when nobody holds one."""
    from gmsdesk.reports.output import Cancelled
    from gmsdesk.reports.training import write_certificates as write

    issued = db.training.issue_certificates(workshop_id) if issue else ()
    people = certificate_people(db, workshop_id)
    if not people:
        raise NoCertificates(workshop_id)
    info = workshop_info(db, workshop_id, lang)
    try:
        pages = write(path, info, people, lang, progress)
    except Cancelled:
        return None
    return CertificatesWritten(pages, issued)


def write_attendance_sheet(db: Database, workshop_id: str, day: str, path: Path, lang: str,
                           progress: Progress | None = None) -> int | None:
    """The sign-in sheet of `day` for everyone enrolled; pages written, or None when
    `progress` cancelled before it started (no file written)."""
    from gmsdesk.reports.training import write_attendance_sheet as write

    info = workshop_info(db, workshop_id, lang)
    people = sheet_people(db, workshop_id)
    if progress is not None and not progress(0, 1):
        return None
    pages = write(path, info, day, people, lang)
    if progress is not None:
        progress(1, 1)  # the file is written: too late to cancel
    return pages
