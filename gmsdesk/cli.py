"""The `gmsdesk` command: opens the window, or works headless for admins and scripts."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from gmsdesk import __version__
from gmsdesk.paths import database_path
from gmsdesk.storage.db import Database
from gmsdesk.storage.errors import StorageError
from gmsdesk.storage.smes import SmeQuery
from gmsdesk.sync.client import SyncError


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

    sub.add_parser("sync", help="send waiting changes to headquarters and fetch others'")
    return parser


def cmd_enroll(db: Database, args: argparse.Namespace) -> int:
    from gmsdesk.sync.client import SyncClient

    enrolment = SyncClient(db).enroll(args.server_url, args.code, args.name)
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
    }
    try:
        with db:
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
