"""`gmsdesk-server`: run the headquarters sync server and administer agencies and devices."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import UTC, datetime

import platformdirs

from gmsdesk.server.store import (
    CODE_DAYS,
    AmbiguousDevice,
    NoSuchDevice,
    Store,
    create_schema,
    device_problem,
    make_engine,
)


def default_database() -> str:
    folder = platformdirs.user_data_dir("GMSDeskServer", appauthor=False)
    os.makedirs(folder, exist_ok=True)
    return os.path.join(folder, "server.sqlite3")


def open_store(database: str | None) -> Store:
    engine = make_engine(database or os.environ.get("GMSDESK_SERVER_DB") or default_database())
    create_schema(engine)
    return Store(engine)


def revoke_device(store: Store, prefix: str) -> int:
    """Revoke the one device `prefix` names; refuse, on stderr, an empty or ambiguous one."""
    if not prefix.strip():
        print("gmsdesk-server: refused: give the device's id, or enough of its start to be "
              "unique; `gmsdesk-server devices` lists them.", file=sys.stderr)
        return 2
    try:
        device_id = store.revoke(prefix)
    except (NoSuchDevice, AmbiguousDevice) as exc:
        print(f"gmsdesk-server: {device_problem(exc, ' Nothing was revoked.')}",
              file=sys.stderr)
        named = {row["id"]: row for row in store.list_devices()}
        for one in getattr(exc, "matches", []):  # the devices an ambiguous start names
            row = named.get(one)
            print(f"  {one}\t{row['agency_id']}\t{row['name']}" if row else f"  {one}",
                  file=sys.stderr)
        return 2
    print(f"Revoked {device_id}")
    return 0


def list_devices(store: Store, agency: str | None) -> int:
    """Devices (of one agency) with their last sync and state: active, an administrator's,
    or revoked."""
    if agency and agency not in {a["id"] for a in store.list_agencies()}:
        print(f"gmsdesk-server: no agency {agency!r}; `gmsdesk-server agency list` "
              "lists them.", file=sys.stderr)
        return 2
    for row in store.list_devices(agency):
        state = ("revoked" if row["revoked"] else
                 "active (administrator)" if row["admin"] else "active")
        print(f"{row['id']}\t{row['agency_id']}\t{row['name']}\t"
              f"{_when(row['last_sync_at'])}\t{state}")
    return 0


def device_admin(store: Store, prefix: str, admin: bool) -> int:
    """Make the one device `prefix` names an administrator's laptop, or no longer."""
    try:
        device_id = store.set_admin(prefix, admin)
    except (NoSuchDevice, AmbiguousDevice) as exc:
        print(f"gmsdesk-server: {device_problem(exc, ' Nothing was changed.')}",
              file=sys.stderr)
        return 2
    print(f"{device_id} is {'now' if admin else 'no longer'} an administrator's laptop "
          "(from its next sync)")
    return 0


def _when(ms: int | None) -> str:
    if not ms:
        return "never"
    return datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y-%m-%d %H:%M UTC")


def publish_status(store: Store) -> int:
    """What headquarters published, by record type, and per device whether it has it all."""
    counts = store.published_counts()
    if not counts:
        print("Headquarters has published nothing yet.")
        return 0
    print("Published: " + ", ".join(f"{n} {table}" for table, n in sorted(counts.items())))
    for row in store.publish_status():
        waiting = row["waiting"]
        state = ("has everything" if not waiting else "waits for " + ", ".join(
            f"{n} {table}" for table, n in waiting.items()))
        print(f"{row['agency_id']}\t{row['name']}\t{state}\tlast sync "
              f"{_when(row['last_sync_at'])}")
    return 0


def enrolment_codes(store: Store, agency: str | None, cancel: str | None) -> int:
    if cancel is not None:
        count = store.cancel_codes(cancel)
        if not count:
            print(f"gmsdesk-server: no open code starts with {cancel!r}.", file=sys.stderr)
            return 2
        print(f"Cancelled {count} code{'s' if count != 1 else ''} starting with "
              f"{cancel.upper()}.")
        return 0
    print("code\tagency\tmade\tvalid until\tstate")
    for row in store.codes(agency):
        print(f"{row['code_id'] or '(old)'}-…\t{row['agency_id']}\t{_when(row['created_at'])}\t"
              f"{_when(row['expires_at'])}\t{row['state']}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="gmsdesk-server",
                                     description="GMS Desk headquarters sync server")
    parser.add_argument("--database", help="SQLite file (default: the user data folder) or "
                        "postgresql://... URL; also $GMSDESK_SERVER_DB")
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the HTTP server")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8750)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument("--min-app-version", metavar="VERSION",
                       default=os.environ.get("GMSDESK_MIN_APP_VERSION") or None,
                       help="refuse laptops with a GMS Desk older than this (e.g. 0.3.0); their "
                       "'please update' names it. Default: any version that can sync; also "
                       "$GMSDESK_MIN_APP_VERSION")
    agency = sub.add_parser("agency", help="manage agencies")
    agency_sub = agency.add_subparsers(dest="action", required=True)
    add = agency_sub.add_parser("add", help="add an agency")
    add.add_argument("agency_id")
    add.add_argument("name")
    add.add_argument("--hq", action="store_true", help="headquarters: sees every agency")
    agency_sub.add_parser("list", help="agencies with their devices and last sync")
    enroll = sub.add_parser("enroll", help="print a one-time enrolment code for a laptop")
    enroll.add_argument("--agency", required=True)
    enroll.add_argument("--days", type=float, default=CODE_DAYS,
                        help=f"days the code stays valid (default {CODE_DAYS})")
    enroll.add_argument("--admin", action="store_true",
                        help="the laptop enrolled with this code is an administrator's: it may "
                        "move training progress back and retire forms without a password")
    admin = sub.add_parser("admin", help="make a device an administrator's laptop, or no "
                           "longer (--off); it learns so at its next sync")
    admin.add_argument("device", help="the device's id, or enough of its start to be unique")
    admin.add_argument("--off", action="store_true", help="no longer an administrator's")
    codes = sub.add_parser("codes", help="list enrolment codes (their first group) and their "
                           "state, or cancel open ones")
    codes.add_argument("--agency", help="only this agency's codes")
    codes.add_argument("--cancel", metavar="FIRST_GROUP",
                       help="cancel the open code(s) starting with this group")
    devices = sub.add_parser("devices", help="list devices with their last sync time")
    devices.add_argument("--agency", help="only this agency's devices")
    sub.add_parser("publish", help="what headquarters published, and what each device has "
                   "received of it")
    revoke = sub.add_parser("revoke", help="revoke a device: it may not sync any more")
    revoke.add_argument("device", help="the device's id, or enough of its start to be unique "
                        "(as `gmsdesk-server devices` shows it)")
    bundle = sub.add_parser("bundle", help="sync by file (a USB stick): apply a laptop's sync "
                            "bundle, write the reply it should import")
    bundle_sub = bundle.add_subparsers(dest="action", required=True)
    bundle_import = bundle_sub.add_parser("import", help="apply a laptop's sync bundle exactly "
                                          "as its syncs would be applied")
    bundle_import.add_argument("file")
    bundle_reply = bundle_sub.add_parser("reply", help="write what a laptop should receive: "
                                         "the answers to its bundle, its agency's changes and "
                                         "what headquarters published")
    bundle_reply.add_argument("device", help="the device's id, or enough of its start to be "
                              "unique")
    bundle_reply.add_argument("file")
    bundle_reply.add_argument("--encrypt", action="store_true", help="encrypt it with a "
                              "passphrase (asked for, or $GMSDESK_BUNDLE_PASSPHRASE)")
    args = parser.parse_args(argv)

    store = open_store(args.database)
    if args.command == "serve":
        import uvicorn

        from gmsdesk.server.app import create_app, release

        minimum = args.min_app_version
        if minimum is not None and not release(minimum):
            print(f"gmsdesk-server: --min-app-version {minimum!r} is not a version; write it "
                  "as 0.3.0.", file=sys.stderr)
            return 2
        if args.workers > 1:  # separate processes, each with its own connections
            os.environ["GMSDESK_SERVER_DB"] = str(store.engine.url.render_as_string(
                hide_password=False))
            os.environ["GMSDESK_MIN_APP_VERSION"] = minimum or ""
            uvicorn.run("gmsdesk.server.app:app_from_environment", factory=True,
                        host=args.host, port=args.port, workers=args.workers, log_level="info")
        else:
            uvicorn.run(create_app(store, minimum), host=args.host, port=args.port,
                        log_level="info")
        return 0
    if args.command == "agency" and args.action == "add":
        store.add_agency(args.agency_id, args.name, hq=args.hq)
        print(f"Added agency {args.agency_id}: {args.name}" + (" (headquarters)" if args.hq
                                                                 else ""))
        return 0
    if args.command == "agency":
        print("agency\tname\tdevices\tlast sync")
        for row in store.list_agencies():
            name = row["name"] + (" (headquarters)" if row["hq"] else "")
            print(f"{row['id']}\t{name}\t{row['devices']}\t{_when(row['last_sync_at'])}")
        return 0
    if args.command == "publish":
        return publish_status(store)
    if args.command == "enroll":
        try:
            code = store.create_enrollment(args.agency, args.days, admin=args.admin)
        except KeyError:
            print(f"gmsdesk-server: no agency {args.agency!r}; add it first.", file=sys.stderr)
            return 2
        print(code)
        return 0
    if args.command == "codes":
        return enrolment_codes(store, args.agency, args.cancel)
    if args.command == "devices":
        return list_devices(store, args.agency)
    if args.command == "revoke":
        return revoke_device(store, args.device)
    if args.command == "admin":
        return device_admin(store, args.device, not args.off)
    if args.command == "bundle":
        from gmsdesk.server.bundle import run_command

        return run_command(store, args.action, args.file, getattr(args, "device", ""),
                           getattr(args, "encrypt", False))
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
