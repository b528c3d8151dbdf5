"""Numbered schema migrations, each run in one transaction and recorded. Never edit a released one.

Every table that syncs carries the same bookkeeping columns (see `SYNC_COLUMNS`): a UUIDv7 `id`,
the owning `agency_id`, created/updated time and user, a `deleted` tombstone with its own clock,
`hlc_created` (the clock of every field not changed since creation) and `hlc` (latest change).
Per-field clocks after creation live in `field_clocks`; every local change goes to `outbox`.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

SYNC_COLUMNS = """
    id TEXT PRIMARY KEY,
    agency_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    hlc_created INTEGER NOT NULL,
    hlc INTEGER NOT NULL
"""


def _m001_initial(db: sqlite_utils.Database) -> None:
    db.executescript(
        f"""
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE schema_migrations (
            version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL
        );

        CREATE TABLE field_clocks (
            tbl TEXT NOT NULL,
            row_id TEXT NOT NULL,
            field TEXT NOT NULL,
            hlc INTEGER NOT NULL,
            device_id TEXT NOT NULL,
            PRIMARY KEY (tbl, row_id, field)
        ) WITHOUT ROWID;

        -- Field-level changes waiting for sync: one row per record per write, listing only the
        -- fields that write changed, all stamped with that write's clock.
        CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            tbl TEXT NOT NULL,
            row_id TEXT NOT NULL,
            op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete', 'undelete')),
            fields TEXT NOT NULL,
            hlc INTEGER NOT NULL,
            device_id TEXT NOT NULL,
            user TEXT NOT NULL,
            at TEXT NOT NULL
        );

        CREATE TABLE sectors (
            {SYNC_COLUMNS},
            code TEXT NOT NULL,
            label TEXT NOT NULL
        );
        CREATE UNIQUE INDEX sectors_code ON sectors(code);

        CREATE TABLE smes (
            {SYNC_COLUMNS},
            name TEXT NOT NULL,
            name_local TEXT,
            registration_no TEXT,
            sector TEXT,
            country TEXT,
            province TEXT,
            district TEXT,
            address TEXT,
            phone TEXT,
            email TEXT,
            website TEXT,
            contact_name TEXT,
            contact_gender TEXT,
            employees_total INTEGER,
            employees_female INTEGER,
            year_founded INTEGER,
            uses_fax INTEGER NOT NULL DEFAULT 0,
            uses_fixed_phone INTEGER NOT NULL DEFAULT 0,
            uses_mobile INTEGER NOT NULL DEFAULT 0,
            uses_email INTEGER NOT NULL DEFAULT 0,
            uses_website INTEGER NOT NULL DEFAULT 0,
            uses_social_media INTEGER NOT NULL DEFAULT 0,
            uses_emarketplace INTEGER NOT NULL DEFAULT 0,
            uses_online_payment INTEGER NOT NULL DEFAULT 0,
            notes TEXT,
            -- ICT level: 0 traditional (fax/phone), 1 e-mail, 2 web presence, 3 e-business.
            ict_level INTEGER GENERATED ALWAYS AS (
                CASE WHEN uses_emarketplace OR uses_online_payment THEN 3
                     WHEN uses_website OR uses_social_media THEN 2
                     WHEN uses_email THEN 1 ELSE 0 END) VIRTUAL,
            -- Local, derived search keys (never synced).
            search_text TEXT NOT NULL DEFAULT '',
            name_fold TEXT NOT NULL DEFAULT '',
            local_fold TEXT NOT NULL DEFAULT '',
            name_key TEXT NOT NULL DEFAULT '',
            local_key TEXT NOT NULL DEFAULT '',
            phone_key TEXT NOT NULL DEFAULT '',
            regno_key TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX smes_sort_name ON smes(deleted, name COLLATE NOCASE);
        CREATE INDEX smes_sort_updated ON smes(deleted, updated_at);
        CREATE INDEX smes_province ON smes(province);
        CREATE INDEX smes_sector ON smes(sector);
        CREATE INDEX smes_name_fold ON smes(name_fold);
        CREATE INDEX smes_local_fold ON smes(local_fold);
        CREATE INDEX smes_name_key ON smes(name_key) WHERE name_key != '';
        CREATE INDEX smes_local_key ON smes(local_key) WHERE local_key != '';
        CREATE INDEX smes_phone_key ON smes(phone_key) WHERE phone_key != '';
        CREATE INDEX smes_regno_key ON smes(regno_key) WHERE regno_key != '';
        """
    )
    # Trigram full-text index over the folded search text: substring search that works for
    # unsegmented Thai, Khmer, Lao and Burmese names. sqlite-utils keeps it in step by triggers.
    db.table("smes").enable_fts(
        ["search_text"], fts_version="FTS5", tokenize="trigram", create_triggers=True
    )


def _m002_conflicts(db: sqlite_utils.Database) -> None:
    # Conflicts are records too: made by the server, synced to every device of the agency,
    # resolved by a person (the resolution syncs like any edit).
    db.executescript(
        f"""
        CREATE TABLE conflicts (
            {SYNC_COLUMNS},
            tbl TEXT NOT NULL DEFAULT '',
            record_id TEXT NOT NULL DEFAULT '',
            field TEXT NOT NULL DEFAULT '',
            winner_value TEXT,
            winner_hlc INTEGER,
            winner_device TEXT,
            loser_value TEXT,
            loser_hlc INTEGER,
            loser_device TEXT,
            resolved INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX conflicts_open ON conflicts(resolved, deleted);
        """
    )


MIGRATIONS: list[tuple[int, str, Callable[[sqlite_utils.Database], None]]] = [
    (1, "initial schema: meta, clocks, outbox, sectors, smes", _m001_initial),
    (2, "conflicts", _m002_conflicts),
]
