"""Certificates of completion and attendance sheets: storage's rows adapted into what the PDF
reports take, and the PDFs written; the agency's logo they print, checked and kept. The window
(in the background) and `gmsdesk certificates` call the same functions."""

from __future__ import annotations

import io
import logging
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from gmsdesk.i18n import QT_TRANSLATE_NOOP
from gmsdesk.services.prefixes import NoMatch, resolve_prefix
from gmsdesk.storage.errors import ValidationError
from gmsdesk.storage.records import Changes
from gmsdesk.storage.training import certificate_number

if TYPE_CHECKING:
    from gmsdesk.reports.training import CertificatePerson, SheetPerson, WorkshopInfo
    from gmsdesk.storage.db import Database
    from gmsdesk.storage.training import Workshop

Progress = Callable[[int, int], bool]  # (done, total) -> go on?
log = logging.getLogger(__name__)

__all__ = ["LOGO_FILE", "LOGO_MAX_BYTES", "CertificatesWritten", "LogoProblem",
           "NoCertificates", "agency_logo", "certificate_people", "find_workshop",
           "remove_agency_logo", "render_pages", "set_agency_logo", "sheet_people",
           "workshop_info", "write_attendance_sheet", "write_certificates"]

_MSG = {
    "none": QT_TRANSLATE_NOOP("Validation", "Nobody in this workshop has a certificate yet: "
                              "a certificate goes to each participant who completed every "
                              "module and was present on enough of its days."),
    "logo_unreadable": QT_TRANSLATE_NOOP("Validation", "The logo file could not be read. "
                                         "Check that it is still there and that you may "
                                         "open it, then choose it again."),
    "logo_too_large": QT_TRANSLATE_NOOP("Validation", "The logo file is larger than 2 MB. "
                                        "Choose a smaller image: a logo needs a few hundred "
                                        "pixels across, no more."),
    "logo_not_image": QT_TRANSLATE_NOOP("Validation", "This file is not a PNG or JPEG image "
                                        "(or it is damaged). Choose a logo saved as PNG or "
                                        "JPEG."),
}

# The issuing agency's logo, printed at the top of its certificates: a copy in the data
# folder, beside the database (the laptop's own, as the agency name it prints with is the
# laptop's enrolment's), so that the file chosen may be moved or deleted afterwards.
LOGO_FILE = "agency-logo.png"
LOGO_MAX_BYTES = 2 * 1024 * 1024  # of the file chosen
LOGO_MAX_SIDE = 1200  # pixels kept of its longer side: sharp at the printed size, small to keep
_LOGO_FORMATS = frozenset({"PNG", "JPEG"})


class LogoProblem(ValidationError):
    """A file chosen as the logo that cannot be one: unreadable, too large, not an image."""

    def __init__(self, reason: str) -> None:
        super().__init__({"logo": _MSG[f"logo_{reason}"]})
        self.reason = reason


def agency_logo(data_dir: Path) -> Path | None:
    """The logo certificates print, kept in `data_dir`; None when none was chosen."""
    path = data_dir / LOGO_FILE
    return path if path.is_file() else None


def set_agency_logo(data_dir: Path, source: Path) -> Path:
    """Check `source` (a PNG or JPEG of at most 2 MB, whole) and keep a copy as the logo:
    turned upright as the camera meant, its longer side at most LOGO_MAX_SIDE pixels, saved as
    PNG (written beside, then renamed: a failure leaves the logo there was). LogoProblem for a
    file that cannot be one; an OSError where the data folder cannot be written."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with source.open("rb") as file:
            data = file.read(LOGO_MAX_BYTES + 1)
    except OSError as exc:
        raise LogoProblem("unreadable") from exc
    if len(data) > LOGO_MAX_BYTES:
        raise LogoProblem("too_large")
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format not in _LOGO_FORMATS:
                raise LogoProblem("not_image")
            image.load()  # a cut or damaged file fails here, not when certificates print
            logo = ImageOps.exif_transpose(image)
            if logo.mode not in ("RGB", "RGBA", "L", "LA"):
                logo = logo.convert("RGBA" if "transparency" in logo.info else "RGB")
            logo.thumbnail((LOGO_MAX_SIDE, LOGO_MAX_SIDE))
            out = io.BytesIO()
            logo.save(out, "PNG", optimize=True)
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError,
            SyntaxError) as exc:  # what Pillow raises for a file it cannot decode
        raise LogoProblem("not_image") from exc
    target = data_dir / LOGO_FILE
    partial = data_dir / (LOGO_FILE + ".part")
    try:
        partial.write_bytes(out.getvalue())
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def remove_agency_logo(data_dir: Path) -> bool:
    """Certificates without a logo from now on; False when there was none."""
    path = data_dir / LOGO_FILE
    if not path.exists():
        return False
    path.unlink()
    return True


class NoCertificates(ValidationError):
    """Nobody in the workshop holds (or, for a preview, is due) a certificate: nothing to
    print."""

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


def certificate_people(db: Database, workshop_id: str, *, due: bool = False,
                       on: str | None = None) -> list[CertificatePerson]:
    """Participants holding a certificate number, as the certificate PDF takes them; with
    `due`, also those the next issue will number (met every rule, no number yet), with the
    number and date they will get (`on`, as `issue_certificates` takes it): a preview."""
    from gmsdesk.reports.training import CertificatePerson

    people: list[CertificatePerson] = []
    day = db.training.certificate_day(workshop_id, on) if due else ""
    workshop = db.training.workshop(workshop_id) if due else None
    for standing in db.training.certificate_standings(workshop_id):
        p = standing.participant
        if p.certificate_no:
            people.append(CertificatePerson(p.name, p.name_latin, p.sme_name, p.certificate_no,
                                            p.certificate_issued_on or ""))
        elif due and standing.due:
            year = ((workshop.start_date if workshop else None) or day)[:4]
            people.append(CertificatePerson(p.name, p.name_latin, p.sme_name,
                                            certificate_number(p.id, year), day))
    return people


def sheet_people(db: Database, workshop_id: str) -> list[SheetPerson]:
    """Everyone enrolled, as the printed attendance sheet takes them."""
    from gmsdesk.reports.training import SheetPerson

    return [SheetPerson(p.name, p.name_latin, p.sme_name, p.role, p.phone)
            for p in db.training.participants(workshop_id)]


def agency_name(db: Database, workshop: Workshop | None, lang: str = "en") -> str | None:
    """The issuing agency's name in `lang`: the profile headquarters published for the agency
    that runs the workshop (`workshop` None: this computer's agency), else the name this
    computer was enrolled with; None when neither is known (a computer not enrolled yet)."""
    from gmsdesk.storage.agencies import profile_id

    agency = workshop.agency_id if workshop is not None else db.agency_id
    if agency:
        profile = db.agencies.get(profile_id(agency))
        if profile is not None and (profile.name or profile.names):
            return profile.display_name(lang)
    enrolment = db.sync.enrolment()
    return enrolment.agency_name if enrolment and enrolment.agency_name else None


def workshop_info(db: Database, workshop_id: str, lang: str = "en") -> WorkshopInfo:
    """The workshop as the PDF reports take it, module titles in `lang`, with the agency's
    logo kept beside the database (`set_agency_logo`), if any."""
    from gmsdesk.reports.training import WorkshopInfo
    from gmsdesk.storage.db import UNASSIGNED_AGENCY

    workshop = db.training.workshop(workshop_id)
    titles = {m.code: m.title for m in db.training.modules(lang)}  # one read for all modules
    # The logo is this laptop's agency's: not printed above another agency's name (a
    # headquarters laptop printing an agency's workshop).
    own = workshop.agency_id in ("", db.agency_id, UNASSIGNED_AGENCY)
    logo = agency_logo(db.path.parent) if own else None
    return WorkshopInfo(
        title=workshop.title, track=workshop.track, start_date=workshop.start_date,
        end_date=workshop.end_date, venue=workshop.venue, province=workshop.province,
        country=workshop.country, partner=workshop.partner, trainers=workshop.trainers,
        agency=agency_name(db, workshop, lang),
        modules=[titles.get(code, code) for code in workshop.modules],
        logo=str(logo) if logo is not None else None)


def write_certificates(db: Database, workshop_id: str, path: Path, lang: str,
                       progress: Progress | None = None, *, issue: bool = False,
                       on: str | None = None, early: bool = False,
                       preview: bool = False) -> CertificatesWritten | None:
    """One certificate page per participant holding a number, in `lang`.

    With `issue`, first number everyone who met every rule and has none yet, dated `on`
    (`issue_certificates`; `early`: the trainer confirmed a workshop that is not over). With
    `preview`, nothing is written to the database: the people due are printed with the numbers
    they will get. None when `progress` cancelled (no file written; numbers given stay given);
    NoCertificates when nobody holds one."""
    from gmsdesk.reports.output import Cancelled
    from gmsdesk.reports.training import write_certificates as write

    issued = (db.training.issue_certificates(workshop_id, on, early=early)
              if issue and not preview else ())
    people = certificate_people(db, workshop_id, due=preview, on=on)
    if not people:
        raise NoCertificates(workshop_id)
    info = workshop_info(db, workshop_id, lang)
    try:
        pages = write(path, info, people, lang, progress)
    except Cancelled:
        return None
    return CertificatesWritten(pages, issued)


def write_attendance_sheet(db: Database, workshop_id: str, day: str, path: Path, lang: str,
                           progress: Progress | None = None, *,
                           phones: bool = False) -> int | None:
    """The sign-in sheet of `day` for everyone enrolled; pages written, or None when
    `progress` cancelled before it started (no file written). Phone numbers only with
    `phones`: the sheet goes round the room."""
    from gmsdesk.reports.training import write_attendance_sheet as write

    info = workshop_info(db, workshop_id, lang)
    people = sheet_people(db, workshop_id)
    if progress is not None and not progress(0, 1):
        return None
    pages = write(path, info, day, people, lang, phones=phones)
    if progress is not None:
        progress(1, 1)  # the file is written: too late to cancel
    return pages


def render_pages(pdf: Path, out_dir: Path, dpi: int = 60,
                 last: int | None = None) -> list[Path] | None:
    """Pages of `pdf` as PNG images in `out_dir` (the first `last` of them), for a preview on
    screen; None when this computer has no renderer (poppler's `pdftoppm`), so that the caller
    opens the PDF in the system's viewer instead."""
    program = shutil.which("pdftoppm")
    if program is None:
        return None
    out_dir.mkdir(parents=True, exist_ok=True)
    args = [program, "-r", str(dpi), "-png"]
    if last is not None:
        args += ["-l", str(last)]
    try:
        subprocess.run([*args, str(pdf), str(out_dir / "page")], check=True, timeout=120,
                       capture_output=True)
    except (OSError, subprocess.SubprocessError):
        log.warning("pdftoppm could not render %s for a preview", pdf, exc_info=True)
        return None  # the system's viewer shows the file instead
    return sorted(out_dir.glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
