"""The `gmsdesk` command: opens the window, or works headless for admins and scripts."""

from __future__ import annotations

import argparse
import datetime
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from gmsdesk import __version__
from gmsdesk.paths import database_path
from gmsdesk.storage.db import Database
from gmsdesk.storage.errors import StorageError
from gmsdesk.storage.smes import SmeQuery
from gmsdesk.sync.client import SyncError

if TYPE_CHECKING:
    from gmsdesk.storage.training import Workshop


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gmsdesk",
        description="GMS Desk: SME registry, training and surveys, offline first. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"GMS Desk {__version__}")
    parser.add_argument("--data-dir", help="folder for the database (default: the user data "
                        "folder, or $GMSDESK_DATA_DIR)")
    parser.add_argument("--lang", help="interface language for this run (en, km, lo, my, th, "
                        "vi, zh_CN)")
    sub = parser.add_subparsers(dest="command")

    demo = sub.add_parser("demo", help="fill the database with realistic synthetic SMEs")
    demo.add_argument("--smes", type=int, default=1000, help="how many SMEs (default 1000)")
    demo.add_argument("--seed", type=int, default=0)
    demo.add_argument("--workshops", type=int, default=0,
                      help="also this many training workshops with participants (default 0)")
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
    return parser


def _add_survey_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    forms = sub.add_parser("forms", help="survey forms (XLSForm)")
    forms_sub = forms.add_subparsers(dest="what", required=True)
    forms_import = forms_sub.add_parser(
        "import", help="add a form, or a new version of one, from an XLSForm .xlsx file")
    forms_import.add_argument("file", type=Path)
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
    print(f"\nSent {report.sent} changes, received {report.received}, "
          f"{report.conflicts} new conflicts, in {report.round_trips} {trips} "
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
    from gmsdesk.demo import generate_smes

    created = db.smes.create_many(generate_smes(args.smes, seed=args.seed),
                                  progress=_progress("SMEs"))
    print(f"\nAdded {created} demo SMEs to {db.path}")
    if args.workshops > 0:
        from gmsdesk.demo import generate_workshop

        report = _progress("Workshops")
        for i in range(args.workshops):
            generate_workshop(db, participants=max(0, args.participants),
                              seed=args.seed * 1000 + i)
            report(i + 1, args.workshops)
        print(f"\nAdded {args.workshops} demo workshops with {max(0, args.participants)} "
              "participants each")
    if args.activity:
        from gmsdesk.demo import generate_activity

        counts = generate_activity(db, seed=args.seed)
        print(f"Added {counts['services']} services, {counts['presences']} online presences, "
              f"{counts['inquiries']} inquiries and {counts['events']} awareness events")
    return 0


def cmd_import_smes(db: Database, args: argparse.Namespace) -> int:
    from gmsdesk import transfer

    table = transfer.read_table(args.file)
    mapping = transfer.guess_mapping(table.headers)
    unmapped = [h for i, h in enumerate(table.headers) if i not in mapping and h]
    if unmapped:
        print("Columns not imported (no matching field): " + ", ".join(unmapped))
    report = transfer.import_smes(db, table, mapping, progress=_progress("Rows"))
    print(f"\n{report.total} rows: {report.added} added, {report.updated} updated, "
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
    from gmsdesk.services.forms import import_xlsform

    result = import_xlsform(db, args.file)
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
        print(f"Imported {form.form_id} version {form.version}: {form.title} "
              f"({_plural(len(form.questions), 'question')}, {_plural(warnings, 'warning')}; "
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
    try:
        result = export_responses(db, args.form_id, args.file, version=args.version,
                                  all_versions=args.all_versions,
                                  progress=_progress("Responses"))
    except ExportError as exc:
        print(f"gmsdesk: {exc}", file=sys.stderr)
        return 2
    version = args.version or versions[-1].version
    which = "all versions" if args.all_versions else f"version {version}"
    print(f"\nExported {result.responses} responses of {args.form_id} ({which}) to "
          + ", ".join(str(f) for f in result.files))
    others = 0 if args.all_versions else sum(v.responses for v in versions
                                             if v.version != version)
    if others:
        print(f"{others} responses of other versions were left out; add --all-versions to "
              "export them too.")
    return 0


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
                                     _progress("Certificates"), issue=True)
    except NoCertificates:
        print(f"gmsdesk: nobody has completed every module of {workshop.title!r} yet; "
              "no certificates written.", file=sys.stderr)
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


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from gmsdesk.ui.application import run_gui

        return run_gui(data_dir=args.data_dir, lang=args.lang)
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
    except KeyboardInterrupt:
        print("\ngmsdesk: interrupted; everything committed so far is kept.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
