"""The `gmsdesk` command: opens the window, or works headless for admins and scripts."""

from __future__ import annotations

import argparse
import datetime
import errno
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gmsdesk import __version__, build
from gmsdesk.paths import database_path
from gmsdesk.storage.db import Database
from gmsdesk.storage.errors import DiskFull, StorageError
from gmsdesk.storage.smes import SmeQuery
from gmsdesk.sync.client import SyncError

if TYPE_CHECKING:
    from collections.abc import Callable

    from gmsdesk.forms.export import ExportResult
    from gmsdesk.storage.training import Workshop


class _VersionAction(argparse.Action):
    """`--version`: the version and the build, looked up only when asked (it may run git)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_: Any) -> None:
        print(f"GMS Desk {__version__} (build {build()})")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gmsdesk",
        description="GMS Desk: SME registry, training and surveys, offline first. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action=_VersionAction,
                        help="show the version and build, and exit")
    parser.add_argument("--data-dir", help="folder for the database (default: the user data "
                        "folder, or $GMSDESK_DATA_DIR)")
    parser.add_argument("--lang", help="interface language for this run (en, km, lo, my, th, "
                        "vi, zh_CN)")
    sub = parser.add_subparsers(dest="command")

    demo = sub.add_parser(
        "demo", help="fill the database with realistic synthetic SMEs, marked as demo data: "
        "never sent to headquarters, shown with a banner, removed with --remove")
    demo.add_argument("--smes", type=int, default=None,
                      help="how many demo SMEs to add (default: 1000 when the database has no "
                      "SMEs, else none: workshops and activity use the SMEs there); a later "
                      "run with the same seed adds new ones, never the same again")
    demo.add_argument("--seed", type=int, default=0)
    demo.add_argument("--workshops", type=int, default=0,
                      help="also this many training workshops with participants (default 0)")
    demo.add_argument("--remove", action="store_true",
                      help="remove all demo data from this computer (records you entered are "
                      "kept)")
    demo.add_argument("--participants", type=int, default=30,
                      help="participants per workshop (default 30)")
    demo.add_argument("--no-activity", dest="activity", action="store_false",
                      help="SMEs only: no e-business services with fees, online presences, "
                      "inquiries and awareness events for them")

    imp = sub.add_parser("import", help="import records from a file")
    imp_sub = imp.add_subparsers(dest="what", required=True)
    imp_smes = imp_sub.add_parser("smes", help="SMEs from a .csv or .xlsx file")
    imp_smes.add_argument("file", type=Path)
    imp_smes.add_argument("--errors", type=Path,
                          help="write the rows that failed, with reasons, to this CSV")

    exp = sub.add_parser("export", help="export records to a file")
    exp_sub = exp.add_subparsers(dest="what", required=True)
    exp_smes = exp_sub.add_parser("smes", help="SMEs to a .csv or .xlsx file")
    exp_smes.add_argument("file", type=Path)
    exp_smes.add_argument("--search", default="", help="only SMEs matching this text")
    exp_smes.add_argument("--sector")
    exp_smes.add_argument("--country")
    exp_smes.add_argument("--province")
    enroll = sub.add_parser("enroll", help="enrol this computer with headquarters")
    enroll.add_argument("server_url", help="e.g. https://hq.example.org")
    enroll.add_argument("code", help="the one-time enrolment code from headquarters")
    enroll.add_argument("--name", help="a name for this computer (default: its host name)")
    enroll.add_argument("--allow-plain-http", action="store_true", default=None,
                        help="allow an unencrypted http:// connection to a server on the local "
                        "network (kept for every sync): anyone on that network can read the "
                        "traffic, this computer's key included")

    sub.add_parser("sync", help="send waiting changes to headquarters and fetch others'")
    _add_survey_commands(sub)
    _add_training_commands(sub)
    _add_report_command(sub)
    _add_backup_commands(sub)
    _add_bundle_commands(sub)
    return parser


def _add_survey_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    forms = sub.add_parser("forms", help="survey forms (XLSForm)")
    forms_sub = forms.add_subparsers(dest="what", required=True)
    forms_import = forms_sub.add_parser(
        "import", help="add a form, or a new version of one, from an XLSForm .xlsx file")
    forms_import.add_argument("file", type=Path)
    forms_import.add_argument(
        "--media", type=Path, metavar="DIR",
        help="the folder holding the files the form needs (CSV for choices, images in "
             "labels); default: FILE's NAME-media folder, then FILE's own folder")
    forms_sub.add_parser("list", help="forms with their versions, responses and drafts")

    responses = sub.add_parser("responses", help="survey responses")
    responses_sub = responses.add_subparsers(dest="what", required=True)
    export = responses_sub.add_parser(
        "export", help="a form's responses to .csv or .xlsx, one column per question")
    export.add_argument("form_id")
    export.add_argument("file", type=Path)
    which = export.add_mutually_exclusive_group()
    which.add_argument("--version", help="this version only (default: the latest)")
    which.add_argument("--all-versions", action="store_true",
                       help="every version, with the columns of all of them")
    export.add_argument("--labels", metavar="LANG",
                        help="for people to read rather than ODK-style names and codes: each "
                        "column headed by its question's text and each answer by its label, "
                        "in LANG (en, km, lo, my, th, vi, zh_CN or another language the form "
                        "has; else the form's default language)")

    summary = responses_sub.add_parser(
        "summary", help="a form's summary as a PDF: counts per choice, number statistics, "
        "latest text answers (as the Summary window shows it)")
    summary.add_argument("form_id")
    summary.add_argument("file", type=Path, help="the PDF to write")
    summary.add_argument("--version", help="this version only (default: every version, "
                         "questions matched by name)")
    summary.add_argument("--province", help="only responses of SMEs in this province")
    summary.add_argument("--sector", help="only responses of SMEs of this sector (its code)")
    summary.add_argument("--from", dest="date_from", type=_iso_date, metavar="YYYY-MM-DD",
                         help="only responses submitted on or after this day")
    summary.add_argument("--to", dest="date_to", type=_iso_date, metavar="YYYY-MM-DD",
                         help="only responses submitted on or before this day")


def _iso_date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a date: {text!r} (write it as YYYY-MM-DD)") from None


def cmd_enroll(db: Database, args: argparse.Namespace) -> int:
    from gmsdesk.sync.client import SyncClient

    enrolment = SyncClient(db).enroll(args.server_url, args.code, args.name,
                                      allow_plain_http=args.allow_plain_http)
    print(f"Enrolled with {enrolment.agency_name} ({enrolment.agency_id}) at "
          f"{enrolment.server_url}; this computer is {enrolment.device_id}.")
    return 0


def cmd_sync(db: Database, args: argparse.Namespace) -> int:
    from gmsdesk.sync.client import SyncClient

    report = SyncClient(db).sync(progress=_progress("Changes sent"))
    trips = "round trip" if report.round_trips == 1 else "round trips"
    print(f"\nSent {_plural(report.sent, 'change')}, received {report.received}, "
          f"{_plural(report.conflicts, 'new conflict')}, in {report.round_trips} {trips} "
          f"({report.bytes_sent:,} bytes up, {report.bytes_received:,} down).")
    for conflict in db.sync.open_conflicts():
        print(f"  conflict: {conflict.tbl} {conflict.record_id} field {conflict.field}: "
              f"kept {conflict.winner_value!r}, other value {conflict.loser_value!r}")
    return 0


def _progress(label: str):  # type: ignore[no-untyped-def]
    def report(done: int, total: int | None = None) -> bool:
        if sys.stderr.isatty():
            suffix = f"/{total}" if total else ""
            print(f"\r{label}: {done}{suffix}", end="", file=sys.stderr, flush=True)
        return True

    return report


def cmd_demo(db: Database, args: argparse.Namespace) -> int:
    from gmsdesk import demo
    from gmsdesk.sync.local_only import demo_count, queued_demo

    def say_queued() -> None:
        queued = queued_demo(db)
        if queued:
            print(f"{queued} demo changes wait behind changes of your own; the next sync drops "
                  "them without sending them")

    if args.remove:
        changes = demo.remove_demo(db, progress=_progress("Demo records"))
        print(f"\nRemoved {len(changes)} demo records from {db.path}; what you entered is kept")
        say_queued()
        return 0
    with demo.marked(db):
        created = demo.add_demo_smes(db, args.smes, seed=args.seed, progress=_progress("SMEs"))
        if created or args.smes is not None:
            print(f"\nAdded {created} demo SMEs to {db.path}")
        else:
            print(f"Using the {db.smes.count()} SMEs already in {db.path}")
        if args.workshops > 0:
            made = demo.add_demo_workshops(db, args.workshops, args.participants, seed=args.seed,
                                           progress=_progress("Workshops"))
            print(f"\nAdded {len(made)} demo workshops with {max(0, args.participants)} "
                  "participants each")
        if args.activity:
            counts = demo.generate_activity(db, seed=args.seed, demo_only=True)
            print(f"Added {counts['services']} services, {counts['presences']} online "
                  f"presences, {counts['inquiries']} inquiries and {counts['events']} awareness "
                  "events")
    print(f"{demo_count(db)} demo records on this computer: never sent to headquarters; "
          "`gmsdesk demo --remove` removes them")
    say_queued()
    return 0


def cmd_import_smes(db: Database, args: argparse.Namespace) -> int:
    from gmsdesk import transfer

    table = transfer.read_table(args.file)
    mapping = transfer.guess_mapping(table.headers)
    unmapped = [h for i, h in enumerate(table.headers) if i not in mapping and h]
    if unmapped:
        print("Columns not imported (no matching field): " + ", ".join(unmapped))
    report = transfer.import_smes(db, table, mapping, progress=_progress("Rows"))
    print(f"\n{_plural(report.total, 'row')}: {report.added} added, {report.updated} updated, "
          f"{report.unchanged} unchanged, {len(report.failed)} with problems")
    for result in report.failed[:50]:
        problems = "; ".join(f"{k}: {v}" for k, v in result.errors.items())
        print(f"  row {result.row_number}: {problems}")
    if len(report.failed) > 50:
        print(f"  ... and {len(report.failed) - 50} more")
    if args.errors and report.failed:
        transfer.write_error_report(report, args.errors)
        print(f"Problems written to {args.errors}")
    return 0 if not report.failed else 3


def cmd_export_smes(db: Database, args: argparse.Namespace) -> int:
    from gmsdesk import transfer

    query = SmeQuery(text=args.search, sector=args.sector, country=args.country,
                     province=args.province)
    count = transfer.export_smes(db, args.file, query, progress=_progress("SMEs"))
    print(f"\nExported {count} SMEs to {args.file}")
    return 0


def install_shipped_forms(db: Database) -> None:
    """The forms GMS Desk ships, installed on first use as the window does."""
    from gmsdesk.services.forms import install_shipped_forms as install

    changes = install(db)
    if changes:
        refs = {c.record_id for c in changes}
        names = ", ".join(f.form_id for f in db.surveys.forms() if f.ref in refs)
        print(f"Installed the forms that come with GMS Desk: {names}", file=sys.stderr)


def cmd_forms_import(db: Database, args: argparse.Namespace) -> int:
    from gmsdesk.forms.model import shown_questions
    from gmsdesk.services.forms import import_xlsform

    media = getattr(args, "media", None)
    if media is not None and not media.is_dir():
        print(f"{media}: not a folder. Give the folder that holds the form's files with "
              "--media.", file=sys.stderr)
        return 2
    result = import_xlsform(db, args.file, media)
    for problem in result.problems:
        print(f"  {problem}")
    errors, warnings = result.errors, result.warnings
    form = result.form
    if form is None:
        print(f"{args.file.name}: not imported ({_plural(errors, 'error')}, "
              f"{_plural(warnings, 'warning')}). Fix the rows above and import it again.")
        return 1
    if result.clash is not None:
        print(f"{args.file.name}: not imported. {result.clash.errors['version']}")
        return 1
    if not result.changes:
        print(f"{form.form_id} version {form.version} ({form.title}) is already here, "
              f"unchanged ({_plural(warnings, 'warning')}).")
    else:
        count = len(db.surveys.versions(form.form_id))
        asked = len(shown_questions(form))  # not the metadata and hidden values it keeps
        files = f", {_plural(len(form.files), 'attached file')}" if form.files else ""
        print(f"Imported {form.form_id} version {form.version}: {form.title} "
              f"({_plural(asked, 'question')}{files}, {_plural(warnings, 'warning')}; "
              f"{_plural(count, 'version')} of this form).")
    return 0


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def cmd_forms_list(db: Database, args: argparse.Namespace) -> int:
    rows = db.surveys.forms()
    if not rows:
        print("No forms yet. Add one with: gmsdesk forms import FILE.xlsx")
        return 0
    table = [("FORM_ID", "VERSION", "TITLE", "VERSIONS", "RESPONSES", "DRAFTS")] + [
        (r.form_id, r.version, r.title, str(r.versions), str(r.responses), str(r.drafts))
        for r in rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    for row in table:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
              .rstrip())
    return 0


def cmd_responses_export(db: Database, args: argparse.Namespace) -> int:
    from gmsdesk.forms.export import ExportError, export_responses

    versions = db.surveys.versions(args.form_id)  # exporting changes none of their counts
    if not versions:
        print(f"gmsdesk: there is no form '{args.form_id}' here; `gmsdesk forms list` shows "
              "the forms", file=sys.stderr)
        return 2
    labelled = ""
    try:
        if args.labels is not None:
            result, labelled = _export_labelled(db, args)
        else:
            result = export_responses(db, args.form_id, args.file, version=args.version,
                                      all_versions=args.all_versions,
                                      progress=_progress("Responses"))
    except ExportError as exc:
        print(f"gmsdesk: {exc}", file=sys.stderr)
        return 2
    version = args.version or versions[-1].version
    which = "all versions" if args.all_versions else f"version {version}"
    exported = _plural(result.responses, "response")
    print(f"\nExported {exported} of {args.form_id} ({which}){labelled} to "
          + ", ".join(str(f) for f in result.files))
    others = 0 if args.all_versions else sum(v.responses for v in versions
                                             if v.version != version)
    if others:
        were = "was" if others == 1 else "were"
        print(f"{_plural(others, 'response')} of other versions {were} left out; add "
              "--all-versions to export them too.")
    return 0


def _export_labelled(db: Database, args: argparse.Namespace) -> tuple[ExportResult, str]:
    """`responses export --labels LANG`: the export the Surveys area's "Export with labels"
    writes, labelled in LANG (the form's default language when it has not that one, said on
    stderr); the headers of each response's details (submitted, by whom…) in LANG when GMS
    Desk speaks it, else in --lang. Returns the result and the words the report adds."""
    from gmsdesk.i18n import LANGUAGES
    from gmsdesk.services.surveys import export_labelled, labels_language

    lang = str(args.labels).strip()
    forms = db.surveys.forms_by_version(args.form_id)
    # The version whose languages count (the one exported, else the latest), when it is here.
    form = (forms.get(args.version) if args.version and not args.all_versions
            else forms[next(reversed(forms))] if forms else None)
    used = labels_language(form, lang) if form is not None else lang
    if form is not None and used != lang:
        has = ", ".join(form.languages or []) or "no other"
        print(f"gmsdesk: {args.form_id} has no labels in {lang!r} (it has {has}); its "
              f"default language is used" + (f" ({used})." if used else "."), file=sys.stderr)
    result = export_labelled(db, args.form_id, args.file, lang=lang or None,
                             version=args.version, all_versions=args.all_versions,
                             progress=_progress("Responses"),
                             translate=_survey_words(lang if lang in LANGUAGES
                                                     else args.lang or "en"))
    return result, f" with labels in {used}" if used else " with labels"


def _survey_words(lang: str) -> Callable[[str], str] | None:
    """GMS Desk's own words (context "Surveys") in `lang`, from its translation file; None
    for English, or a language it has no file for."""
    if lang == "en":
        return None
    from PySide6.QtCore import QTranslator

    from gmsdesk.paths import TRANSLATIONS

    translator = QTranslator()
    if not translator.load(f"gmsdesk_{lang}", str(TRANSLATIONS)):
        return None
    return lambda text: translator.translate("Surveys", text) or text


def cmd_responses_summary(db: Database, args: argparse.Namespace) -> int:
    from gmsdesk.i18n import LANGUAGES
    from gmsdesk.services.surveys import labels_language, write_summary_pdf
    from gmsdesk.storage.errors import NotFound

    lang = args.lang or "en"
    if lang not in LANGUAGES:
        print(f"gmsdesk: unknown language {lang!r}; use one of {', '.join(LANGUAGES)}.",
              file=sys.stderr)
        return 1
    versions = db.surveys.versions(args.form_id)
    if not versions:
        print(f"gmsdesk: there is no form '{args.form_id}' here; `gmsdesk forms list` shows "
              "the forms", file=sys.stderr)
        return 2
    if args.version is not None and args.version not in {v.version for v in versions}:
        print(f"gmsdesk: {args.form_id} has no version {args.version!r}; it has "
              + ", ".join(v.version for v in versions), file=sys.stderr)
        return 2
    form = db.surveys.form(versions[-1].ref)
    try:
        summary = db.surveys.summary(
            args.form_id, version=args.version, lang=labels_language(form, lang),
            province=args.province, sector=args.sector, date_from=args.date_from,
            date_to=args.date_to)
    except NotFound as exc:
        print(f"gmsdesk: {exc}", file=sys.stderr)
        return 2
    parts = [f"Version {args.version}" if args.version else "All versions"]
    parts += [p for p in (args.province, args.sector) if p]
    if args.date_from or args.date_to:
        parts.append(f"submitted {args.date_from or '…'} to {args.date_to or '…'}")
    try:
        pages = write_summary_pdf(args.file, summary, " · ".join(parts), lang)
    except OSError as exc:
        print(f"gmsdesk: could not write {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"Wrote the summary of {_plural(summary.total, 'response')} to {args.file} "
          f"({_plural(pages, 'page')}).")
    return 0


def _add_training_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    workshops = sub.add_parser("workshops", help="training workshops")
    workshops_sub = workshops.add_subparsers(dest="what", required=True)
    listing = workshops_sub.add_parser("list", help="workshops, newest first, with "
                                       "participants and how many completed")
    listing.add_argument("--status", choices=("planned", "running", "done"))

    certs = sub.add_parser("certificates", help="certificates of completion of a workshop, "
                           "one PDF page per person who completed it")
    certs.add_argument("workshop_id", help="the workshop's id, or enough of its start to be "
                       "unique (as `gmsdesk workshops list` shows it)")
    certs.add_argument("file", type=Path, help="the PDF to write")
    # Its own name: the global --lang default would otherwise overwrite it, or it that.
    certs.add_argument("--lang", dest="cert_lang", metavar="CODE",
                       help="language of the certificates (en, km, lo, my, th, vi, zh_CN; "
                       "default: the global --lang, else en)")
    certs.add_argument("--date", dest="cert_date", metavar="YYYY-MM-DD",
                       help="the date on new certificates (default: today, or the workshop's "
                       "last day if later; never before it)")
    certs.add_argument("--before-end", action="store_true",
                       help="issue for a workshop that is not over yet (planned or running)")


def _width(text: str) -> int:
    """Columns a text takes in a terminal: combining marks none, wide (CJK) letters two."""
    import unicodedata

    return sum(0 if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf")
               else 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _short_ids(ids: Sequence[str], least: int = 8) -> dict[str, str]:
    """The shortest start of each id (at least `least` characters) that no other id shares."""
    short: dict[str, str] = {}
    for one in ids:
        size = least
        while size < len(one) and any(o != one and o.startswith(one[:size]) for o in ids):
            size += 1
        short[one] = one[:size]
    return short


def cmd_workshops_list(db: Database, args: argparse.Namespace) -> int:
    rows = db.training.workshops(status=args.status)
    if not rows:
        which = f"{args.status} " if args.status else ""
        print(f"No {which}workshops.")
        return 0
    short = _short_ids([r.id for r in db.training.workshops(deleted=False)])
    table = [("ID", "DATES", "STATUS", "TITLE", "PARTICIPANTS", "COMPLETED")]
    for r in rows:
        dates = r.start_date or "-"
        if r.end_date and r.end_date != r.start_date:
            dates += f" to {r.end_date}"
        table.append((short.get(r.id, r.id), dates, r.status, r.title, str(r.participants),
                      str(r.completed)))
    widths = [max(_width(row[i]) for row in table) for i in range(len(table[0]))]
    numeric = {4, 5}
    for row in table:
        cells = [(" " * (w - _width(c)) + c) if i in numeric else c + " " * (w - _width(c))
                 for i, (c, w) in enumerate(zip(row, widths, strict=True))]
        print("  ".join(cells).rstrip())
    return 0


def _find_workshop(db: Database, prefix: str) -> Workshop | None:
    """The one workshop `prefix` names, or None after saying on stderr why not."""
    from gmsdesk.services.prefixes import AmbiguousPrefix, EmptyPrefix, PrefixError
    from gmsdesk.services.training import find_workshop

    try:
        return find_workshop(db, prefix)
    except EmptyPrefix:
        print("gmsdesk: give the workshop's id, or enough of its start to be unique; "
              "`gmsdesk workshops list` shows them.", file=sys.stderr)
    except AmbiguousPrefix as exc:
        print(f"gmsdesk: ambiguous: {len(exc.matches)} workshops start with {prefix!r}; "
              "type more of the id:", file=sys.stderr)
        for one in exc.matches:
            workshop = db.training.workshop(one)
            gone = " (deleted)" if workshop.deleted else ""
            print(f"  {one}  {workshop.start_date or '-'}  {workshop.title}{gone}",
                  file=sys.stderr)
    except PrefixError:
        print(f"gmsdesk: no workshop with id {prefix!r}; `gmsdesk workshops list` shows them.",
              file=sys.stderr)
    return None


def cmd_certificates(db: Database, args: argparse.Namespace) -> int:
    from gmsdesk.i18n import LANGUAGES
    from gmsdesk.services.training import NoCertificates, write_certificates
    from gmsdesk.storage.errors import ValidationError
    from gmsdesk.storage.training import WorkshopNotOver

    lang = args.cert_lang or args.lang or "en"
    if lang not in LANGUAGES:
        print(f"gmsdesk: unknown language {lang!r}; use one of {', '.join(LANGUAGES)}.",
              file=sys.stderr)
        return 1
    workshop = _find_workshop(db, args.workshop_id)
    if workshop is None:
        return 2
    try:
        written = write_certificates(db, workshop.id, args.file, lang,
                                     _progress("Certificates"), issue=True,
                                     on=args.cert_date, early=args.before_end)
    except NoCertificates:
        print(f"gmsdesk: nobody has completed every module of {workshop.title!r} and been "
              "present on enough of its days yet; no certificates written.", file=sys.stderr)
        return 1
    except WorkshopNotOver:
        print(f"gmsdesk: {workshop.title!r} is not over yet (it is {workshop.status}); "
              "certificates are issued after its last day. To issue them now anyway, add "
              "--before-end.", file=sys.stderr)
        return 1
    except ValidationError as exc:  # a date before the workshop's last day
        print(f"gmsdesk: {'; '.join(str(m) for m in exc.errors.values())}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"\ngmsdesk: could not write {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    if written is None:  # the progress above never cancels; kept for completeness
        print("\ngmsdesk: cancelled; no file was written.", file=sys.stderr)
        return 130
    issued = len(written.issued)
    new = f" ({issued} newly numbered)" if issued else ""
    print(f"\nWrote {written.pages} certificates{new} for {workshop.title} to {args.file}")
    return 0


def _add_report_command(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from gmsdesk.records.catalog import COUNTRIES, GENDERS
    from gmsdesk.reports.periods import Period, parse

    def period(text: str) -> Period:
        try:
            return parse(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"not a period: {text!r} (write 2026, 2026-Q3, 2026-07 or "
                "2026-01-01..2026-06-30)") from None

    report = sub.add_parser("report", help="the report pack of indicators against targets for "
                            "headquarters and donors, as a PDF and an XLSX workbook, with the "
                            "numbers the Reports dashboard shows for the same selection")
    report.add_argument("--period", required=True, type=period, metavar="PERIOD",
                        help="2026, 2026-Q3, 2026-07 or 2026-01-01..2026-06-30")
    report.add_argument("--economy", type=str.upper, choices=list(COUNTRIES),
                        help="only this economy")
    report.add_argument("--agency", metavar="CODE", help="only this agency (its code, e.g. kh-sr)")
    report.add_argument("--province", help="only this province")
    report.add_argument("--sector", metavar="CODE", help="only SMEs of this sector")
    report.add_argument("--sex", choices=list(GENDERS), help="only people of this sex")
    # Its own name: the global --lang default would otherwise overwrite it, or it that.
    report.add_argument("--lang", dest="pack_lang", metavar="CODE",
                        help="language of the pack (en, km, lo, my, th, vi, zh_CN; default: "
                        "the global --lang, else en)")
    report.add_argument("--pdf", type=Path, help="the PDF to write")
    report.add_argument("--xlsx", type=Path, help="the XLSX workbook to write")


def cmd_report(db: Database, args: argparse.Namespace) -> int:
    from gmsdesk.i18n import LANGUAGES
    from gmsdesk.reports.pack import scope_text
    from gmsdesk.services import figures  # the dashboard's own arithmetic; imports no Qt
    from gmsdesk.services.report_pack import PackRequest, make_pack
    from gmsdesk.storage.indicators import Filters

    lang = args.pack_lang or args.lang or "en"
    if lang not in LANGUAGES:
        print(f"gmsdesk: unknown language {lang!r}; use one of {', '.join(LANGUAGES)}.",
              file=sys.stderr)
        return 1
    if args.pdf is None and args.xlsx is None:
        print("gmsdesk: say where to write the pack: --pdf FILE, --xlsx FILE or both.",
              file=sys.stderr)
        return 1
    filters = Filters(economy=args.economy, province=args.province, agency=args.agency,
                      sector=args.sector, sex=args.sex)
    request = PackRequest(args.period, filters, lang, args.pdf, args.xlsx)
    try:
        written = make_pack(db, figures, request, _progress("Report pack"))
    except OSError as exc:
        print(f"\ngmsdesk: could not write {exc.filename or 'the pack'}: "
              f"{exc.strerror or exc}", file=sys.stderr)
        return 1
    if written is None:  # the progress above never cancels; kept for completeness
        print("\ngmsdesk: cancelled; no file was written.", file=sys.stderr)
        return 130
    print(f"\nWrote the report pack for {args.period} ({scope_text('en', written.pack)}) "
          f"in {lang}:")
    if written.pdf is not None:
        print(f"  {written.pdf} ({_plural(written.pages, 'page')})")
    if written.xlsx is not None:
        print(f"  {written.xlsx} ({_plural(written.sheets, 'sheet')})")
    return 0


def _add_backup_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    backup = sub.add_parser("backup", help="back up the database now (checked, compressed) into "
                            "the backups folder beside it; with --to, also copy it to a folder "
                            "such as a USB stick")
    backup.add_argument("--to", type=Path, metavar="DIR", help="also copy the backup here")
    backup.add_argument("--encrypt", action="store_true",
                        help="encrypt the copy in DIR with a passphrase (asked for, or read "
                        "from $GMSDESK_BACKUP_PASSPHRASE)")
    sub.add_parser("backups", help="the backups of this database, newest first")
    restore = sub.add_parser("restore", help="put a backup back as the database (the database "
                             "there now is backed up first)")
    restore.add_argument("file", type=Path, help="a backup (.tar.gz with attached files, "
                         ".sqlite3.gz, or .enc if encrypted)")
    restore.add_argument("--yes", action="store_true", help="do not ask before restoring")


def _passphrase(confirm: bool, variable: str = "GMSDESK_BACKUP_PASSPHRASE") -> str:
    """A passphrase from the environment `variable`, else typed (twice with `confirm`)."""
    import getpass
    import os

    given = os.environ.get(variable, "")
    if given:
        return given
    first = getpass.getpass("Passphrase: ")
    if confirm and first != getpass.getpass("The same passphrase again: "):
        raise SystemExit("gmsdesk: the two passphrases differ; nothing was written.")
    return first


def _size(size: int) -> str:
    return f"{size / 1024 ** 2:,.1f} MB"


def cmd_backup(db: Database, args: argparse.Namespace) -> int:
    from gmsdesk.services import backups

    if args.encrypt and args.to is None:
        print("gmsdesk: --encrypt is for the copy made with --to DIR (the backups beside the "
              "database stay on this computer).", file=sys.stderr)
        return 1
    if args.to is not None:
        passphrase = _passphrase(confirm=True) if args.encrypt else ""
        written = backups.export(db, args.to, passphrase=passphrase,
                                 progress=_progress("Backup (of 1000)"))
        assert written is not None  # the progress above never stops it
        kind = "encrypted " if passphrase else ""
        print(f"\nWrote the {kind}backup {written} ({_size(written.stat().st_size)})")
        return 0
    info = backups.create(db, "manual", progress=_progress("Backup (of 1000)"))
    assert info is not None
    print(f"\nBacked up to {info.path} ({_size(info.size)}, checked)")
    return 0


def cmd_backups(db_path: Path) -> int:
    from gmsdesk.services import backups

    found = backups.list_backups(db_path)
    if not found:
        print(f"No backups yet of {db_path}. Make one with: gmsdesk backup")
        return 0
    print(f"Backups of {db_path} (budget {_size(backups.budget(db_path))}):")
    for info in found:
        when = info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        print(f"  {when}  {_size(info.size):>10}  {info.label}  {info.path.name}")
    return 0


def cmd_restore(db_path: Path, args: argparse.Namespace) -> int:
    """Restore works on a database that cannot be opened (that is when it is needed most)."""
    from gmsdesk.services import backups

    if not args.file.is_file():
        print(f"gmsdesk: there is no file {args.file}", file=sys.stderr)
        return 2
    passphrase = _passphrase(False) if backups.kind_of(args.file) == "encrypted" else ""
    seen = backups.preview(db_path, args.file, passphrase)
    when = seen.taken_at.astimezone().strftime("%Y-%m-%d %H:%M") if seen.taken_at else "?"
    print(f"{args.file.name}: made {when}, {_plural(seen.smes, 'SME')}, "
          f"{_plural(seen.workshops, 'workshop')}, "
          f"{_plural(seen.responses, 'survey response')}"
          + (f", {_plural(seen.files, 'attached file')} ({_size(seen.file_bytes)})"
             if seen.files else "") + ".")
    if not args.yes and input(f"Replace the database at {db_path} with it? The database there "
                              "now is backed up first. [y/N] ").strip().lower() not in ("y",
                                                                                        "yes"):
        print("Nothing was changed.")
        return 1
    try:
        current: Database | None = Database(db_path) if db_path.exists() else None
    except StorageError:
        current = None  # damaged: it is put aside as it is, and nothing is kept from it
    try:
        result = backups.restore(db_path, args.file, passphrase, current=current,
                                 progress=_progress("Restore (of 1000)"))
    finally:
        if current is not None:
            current.close()
    assert result is not None
    print(f"\nRestored {args.file.name}.")
    if result.before is not None:
        print(f"The database it replaced was backed up first: {result.before.path}")
    if result.damaged is not None:
        print(f"The damaged database it replaced was put aside as it was: {result.damaged}")
    if result.taken_over:
        print(f"Kept {result.taken_over} later changes of yours that headquarters already has.")
    files = result.files
    if files.written or files.present:
        print(f"Attached files: {files.written} put back, {files.present} already here.")
    for name in files.damaged:
        print(f"gmsdesk: the attached file {name} is damaged in the backup; it was not put "
              "back", file=sys.stderr)
    if files.unreadable:
        print(f"gmsdesk: the backup is damaged after its database: "
              f"{_plural(files.missing, 'attached file')} could not be read", file=sys.stderr)
    return 0


def _add_bundle_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    bundle = sub.add_parser("bundle", help="sync by file (a USB stick) where there is no "
                            "connection")
    bundle_sub = bundle.add_subparsers(dest="what", required=True)
    export = bundle_sub.add_parser(
        "export", help="write every change headquarters has not confirmed into FILE, for "
        "headquarters (gmsdesk-server bundle import) or another computer of your agency")
    export.add_argument("file", type=Path)
    export.add_argument("--encrypt", action="store_true", help="encrypt it with a passphrase "
                        "(asked for, or read from $GMSDESK_BUNDLE_PASSPHRASE)")
    take = bundle_sub.add_parser(
        "import", help="take headquarters' reply for this computer, or the bundle of another "
        "computer of your agency (its passphrase, if encrypted, is asked for or read from "
        "$GMSDESK_BUNDLE_PASSPHRASE)")
    take.add_argument("file", type=Path)


def _bundle_passphrase(confirm: bool) -> str:
    return _passphrase(confirm, "GMSDESK_BUNDLE_PASSPHRASE")


def cmd_bundle_export(db: Database, args: argparse.Namespace) -> int:
    from gmsdesk.sync import bundle

    summary = bundle.export_to(db, args.file, _bundle_passphrase(True) if args.encrypt else "")
    kind = "encrypted " if summary.encrypted else ""
    carried = (f", and {summary.carried} bundles of other computers carried on"
               if summary.carried else "")
    files = (f", with {_plural(summary.files, 'attached file')} ({summary.file_bytes:,} "
             "bytes)" if summary.files else "")
    print(f"Wrote the {kind}sync bundle {args.file} ({summary.size:,} bytes): {summary.sent} "
          f"changes in {summary.batches} batches{carried}{files}. Take it to headquarters, and "
          "import the reply it gives you with `gmsdesk bundle import`.")
    return 0


def cmd_bundle_import(db: Database, args: argparse.Namespace) -> int:
    from gmsdesk.sync import bundle

    data = bundle.read_file(args.file)
    passphrase = _bundle_passphrase(False) if bundle.read_envelope(data).encrypted else ""
    summary = bundle.import_bytes(db, data, passphrase)
    if summary.kind == bundle.REPLY:
        refused = (f"; it refused {summary.refused} (see the Sync area)"
                   if summary.refused else "")
        print(f"Imported headquarters' reply: received {_plural(summary.received, 'change')}, "
              f"{_plural(summary.conflicts, 'new conflict')}; headquarters confirmed "
              f"{summary.acknowledged} of your changes{refused}"
              + (f" and {_plural(summary.files_delivered, 'attached file')}"
                 if summary.files_delivered else "") + ".")
    else:
        files = (f" and {_plural(summary.files, 'attached file')}" if summary.files else "")
        refused_files = (f" {_plural(summary.files_refused, 'file')} did not match what the "
                         "bundle lists and were not taken." if summary.files_refused else "")
        print(f"Imported the bundle of computer {summary.source}: "
              f"{_plural(summary.received, 'change')}{files}. "
              f"They go on to headquarters with your next bundle.{refused_files}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from gmsdesk.ui.application import run_gui

        return run_gui(data_dir=args.data_dir, lang=args.lang)
    if args.command in ("backups", "restore"):  # without opening the database: it may be damaged
        try:
            path = database_path(args.data_dir)
            return cmd_backups(path) if args.command == "backups" else cmd_restore(path, args)
        except StorageError as exc:
            detail = getattr(exc, "detail", "")
            print(f"gmsdesk: {exc}" + (f" ({detail})" if detail else ""), file=sys.stderr)
            return 2
    try:
        db = Database(database_path(args.data_dir))
    except StorageError as exc:
        print(f"gmsdesk: {exc}", file=sys.stderr)
        return 2
    handlers = {
        ("demo", None): cmd_demo,
        ("import", "smes"): cmd_import_smes,
        ("export", "smes"): cmd_export_smes,
        ("enroll", None): cmd_enroll,
        ("sync", None): cmd_sync,
        ("forms", "import"): cmd_forms_import,
        ("forms", "list"): cmd_forms_list,
        ("responses", "export"): cmd_responses_export,
        ("responses", "summary"): cmd_responses_summary,
        ("workshops", "list"): cmd_workshops_list,
        ("certificates", None): cmd_certificates,
        ("report", None): cmd_report,
        ("backup", None): cmd_backup,
        ("bundle", "export"): cmd_bundle_export,
        ("bundle", "import"): cmd_bundle_import,
    }
    try:
        with db:
            if args.command in ("forms", "responses"):
                install_shipped_forms(db)
            return handlers[(args.command, getattr(args, "what", None))](db, args)
    except (StorageError, SyncError) as exc:
        detail = getattr(exc, "detail", "")
        print(f"gmsdesk: {exc}" + (f" ({detail})" if detail else ""), file=sys.stderr)
        return 2
    except OSError as exc:
        if exc.errno != errno.ENOSPC:
            raise
        # A file the command writes (an export, a report, the rows that failed) on a full disk.
        where = f"\n{exc.filename}" if exc.filename else ""
        print(f"gmsdesk: {DiskFull.message}{where}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\ngmsdesk: interrupted; everything committed so far is kept.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
