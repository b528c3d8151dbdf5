"""Numbered schema migrations, each run in one transaction and recorded. Never edit a released one.

Every table that syncs carries the same bookkeeping columns (see `SYNC_COLUMNS`): a UUIDv7 `id`,
the owning `agency_id`, created/updated time and user, a `deleted` tombstone with its own clock,
`hlc_created` (the clock of every field not changed since creation) and `hlc` (latest change).
Per-field clocks after creation live in `field_clocks`; every local change goes to `outbox`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime

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


def _m003_training(db: sqlite_utils.Database) -> None:
    # Training and services. No foreign keys: records arrive by sync in any order (a participant
    # before the person). Ids of attendance, sessions, participants and progress are derived
    # (uuid5, see gmsdesk.storage.ids.derived_id) so two laptops marking the same thing make one
    # record, not two. Text columns have defaults: a record made by sync starts empty until
    # its fields arrive.
    db.executescript(
        f"""
        -- Modules an agency added (the built-in catalogue lives in resources/seed/modules.json).
        CREATE TABLE modules (
            {SYNC_COLUMNS},
            code TEXT NOT NULL DEFAULT '',
            track TEXT NOT NULL DEFAULT 'basic',
            title TEXT NOT NULL DEFAULT '',
            description TEXT,
            position INTEGER
        );
        CREATE INDEX modules_code ON modules(code);

        CREATE TABLE workshops (
            {SYNC_COLUMNS},
            title TEXT NOT NULL DEFAULT '',
            track TEXT NOT NULL DEFAULT 'basic',
            modules TEXT NOT NULL DEFAULT '[]',  -- JSON list of module codes, in order
            start_date TEXT,
            end_date TEXT,
            venue TEXT,
            country TEXT,
            province TEXT,
            trainers TEXT,
            partner TEXT,
            status TEXT NOT NULL DEFAULT 'planned',  -- planned | running | done
            notes TEXT
        );
        CREATE INDEX workshops_start ON workshops(deleted, start_date);

        -- One per day of a workshop: id = derived_id("session", workshop_id, day).
        CREATE TABLE workshop_sessions (
            {SYNC_COLUMNS},
            workshop_id TEXT NOT NULL DEFAULT '',
            day TEXT NOT NULL DEFAULT '',
            label TEXT
        );
        CREATE INDEX workshop_sessions_workshop ON workshop_sessions(workshop_id, day);

        -- People who take part in training, linked to an SME of the registry.
        CREATE TABLE people (
            {SYNC_COLUMNS},
            name TEXT NOT NULL DEFAULT '',  -- in the person's own script
            name_latin TEXT,
            gender TEXT,
            role TEXT,
            phone TEXT,
            email TEXT,
            sme_id TEXT,
            search_text TEXT NOT NULL DEFAULT '',  -- local, derived
            phone_key TEXT NOT NULL DEFAULT ''     -- local, derived
        );
        CREATE INDEX people_sme ON people(sme_id);
        CREATE INDEX people_phone_key ON people(phone_key) WHERE phone_key != '';

        -- A person enrolled in a workshop: id = derived_id("participant", workshop_id, person_id).
        CREATE TABLE participants (
            {SYNC_COLUMNS},
            workshop_id TEXT NOT NULL DEFAULT '',
            person_id TEXT NOT NULL DEFAULT '',
            pre_score REAL,
            post_score REAL,
            certificate_no TEXT,
            certificate_issued_on TEXT
        );
        CREATE INDEX participants_workshop ON participants(workshop_id);
        CREATE INDEX participants_person ON participants(person_id);

        -- id = derived_id("attendance", workshop_id, session_id, person_id).
        CREATE TABLE attendance (
            {SYNC_COLUMNS},
            workshop_id TEXT NOT NULL DEFAULT '',
            session_id TEXT NOT NULL DEFAULT '',
            person_id TEXT NOT NULL DEFAULT '',
            present INTEGER NOT NULL DEFAULT 0,
            marked_at TEXT
        );
        CREATE INDEX attendance_session ON attendance(session_id);
        CREATE INDEX attendance_workshop ON attendance(workshop_id, person_id);

        -- Forward-only (sync rule "forward" on status) unless an admin reverts it, which
        -- sets reverted_by. id = derived_id("progress", workshop_id, person_id, module).
        CREATE TABLE module_progress (
            {SYNC_COLUMNS},
            workshop_id TEXT NOT NULL DEFAULT '',
            person_id TEXT NOT NULL DEFAULT '',
            module TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'not_started',  -- not_started | in_progress | completed
            status_on TEXT,  -- date the status was reached
            reverted_by TEXT
        );
        CREATE INDEX module_progress_workshop ON module_progress(workshop_id, person_id);
        CREATE INDEX module_progress_person ON module_progress(person_id);

        -- E-business services an agency delivered to an SME.
        CREATE TABLE services (
            {SYNC_COLUMNS},
            sme_id TEXT NOT NULL DEFAULT '',
            type TEXT NOT NULL DEFAULT '',
            delivered_on TEXT,
            staff TEXT,
            fee REAL,
            currency TEXT,
            outcome TEXT,
            workshop_id TEXT,
            notes TEXT
        );
        CREATE INDEX services_sme ON services(sme_id, delivered_on);

        -- Inquiries an SME received through its online presence.
        CREATE TABLE inquiries (
            {SYNC_COLUMNS},
            sme_id TEXT NOT NULL DEFAULT '',
            received_on TEXT,
            from_country TEXT,
            channel TEXT,
            notes TEXT
        );
        CREATE INDEX inquiries_sme ON inquiries(sme_id, received_on);
        """
    )


def _m004_surveys(db: sqlite_utils.Database) -> None:
    # Surveys. A form version is a record (id = derived_id("form", form_id, version)), so the
    # same XLSForm imported on two laptops is one record. Responses are append-only (sync rule
    # "append"): a correction is a new response whose `supersedes` names the old one. Drafts
    # are local until submitted and never sync.
    db.executescript(
        f"""
        CREATE TABLE forms (
            {SYNC_COLUMNS},
            form_id TEXT NOT NULL DEFAULT '',
            version TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            default_language TEXT,
            definition TEXT NOT NULL DEFAULT '{{}}',  -- JSON: the form as pyxform reads it
            source_name TEXT
        );
        CREATE INDEX forms_form ON forms(form_id, version);

        CREATE TABLE survey_responses (
            {SYNC_COLUMNS},
            form_ref TEXT NOT NULL DEFAULT '',  -- forms.id (the version answered)
            form_id TEXT NOT NULL DEFAULT '',
            form_version TEXT NOT NULL DEFAULT '',
            answers TEXT NOT NULL DEFAULT '{{}}',  -- JSON
            sme_id TEXT,
            workshop_id TEXT,
            language TEXT,
            started_at TEXT,
            submitted_at TEXT,
            supersedes TEXT
        );
        CREATE INDEX survey_responses_form ON survey_responses(form_id, submitted_at);
        CREATE INDEX survey_responses_supersedes ON survey_responses(supersedes)
            WHERE supersedes IS NOT NULL;

        CREATE TABLE survey_drafts (
            id TEXT PRIMARY KEY,
            form_ref TEXT NOT NULL,
            answers TEXT NOT NULL DEFAULT '{{}}',
            sme_id TEXT,
            workshop_id TEXT,
            language TEXT,
            supersedes TEXT,
            page INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        """
    )


def _m005_survey_cells(db: sqlite_utils.Database) -> None:
    # Answers encoded for summaries: local, derived, never synced. Responses never change once
    # written, so each is encoded once (at submit, or when sync brings it): per form, every
    # question name has a slot and every distinct answer a code; a response is one row of
    # 1-byte codes (with its 4-byte codes too when one is 255 or more), and one of 8-byte
    # numbers for the questions answered with numbers (a repeat's instances, one row each, in
    # survey_repeat_cells). Triggers drop the codes of a response whose answers change anyway;
    # a summary encodes again what has no codes. `response` is the response's rowid, checked
    # against its id when read.
    db.executescript(
        """
        CREATE TABLE survey_slots (
            form_id TEXT NOT NULL,
            tbl TEXT NOT NULL,  -- '' for the responses, a repeat's name for its instances
            numeric INTEGER NOT NULL,  -- 1: a slot of the numbers row
            slot INTEGER NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (form_id, tbl, numeric, slot)
        ) WITHOUT ROWID;
        CREATE UNIQUE INDEX survey_slots_name ON survey_slots(form_id, tbl, numeric, name);

        CREATE TABLE survey_codes (
            form_id TEXT NOT NULL,
            name TEXT NOT NULL,
            code INTEGER NOT NULL,
            value TEXT NOT NULL,  -- JSON: the answer as a summary reads it
            PRIMARY KEY (form_id, name, code)
        ) WITHOUT ROWID;
        CREATE UNIQUE INDEX survey_codes_value ON survey_codes(form_id, name, value);

        CREATE TABLE survey_cells (
            response INTEGER PRIMARY KEY,  -- survey_responses.rowid
            response_id TEXT NOT NULL,
            codes BLOB NOT NULL,  -- one byte per slot (0: not there; 255: see wide)
            wide BLOB,  -- one little-endian uint32 per slot, when a code is 255 or more
            numbers BLOB  -- one little-endian float64 per numeric slot
        );
        CREATE TABLE survey_repeat_cells (
            response INTEGER NOT NULL,
            tbl TEXT NOT NULL,
            instances INTEGER NOT NULL,
            codes BLOB NOT NULL,  -- `instances` rows of equal width
            wide BLOB,
            numbers BLOB,
            PRIMARY KEY (response, tbl)
        );

        CREATE TRIGGER survey_cells_stale AFTER UPDATE OF answers, form_id ON survey_responses
        BEGIN
            DELETE FROM survey_cells WHERE response = OLD.rowid;
            DELETE FROM survey_repeat_cells WHERE response = OLD.rowid;
        END;
        CREATE TRIGGER survey_cells_gone AFTER DELETE ON survey_responses
        BEGIN
            DELETE FROM survey_cells WHERE response = OLD.rowid;
            DELETE FROM survey_repeat_cells WHERE response = OLD.rowid;
        END;
        """
    )


def _m006_gender_and_held_changes(db: sqlite_utils.Database) -> None:
    # One gender code set: people had 'f'/'m'/'x' where SMEs' contacts had 'female'/'male'/
    # 'other'. Every device converts its own copy, so this is no edit to sync; headquarters
    # and devices read the old spellings from older releases as the new ones.
    # Changes received that this release cannot store (a record type or field it does not
    # know yet, a value it cannot hold) are kept, not dropped, and applied after the upgrade
    # that knows them; changes headquarters refused are kept for a person to see.
    db.executescript(
        """
        UPDATE people SET gender = CASE gender WHEN 'f' THEN 'female' WHEN 'm' THEN 'male'
            WHEN 'x' THEN 'other' ELSE gender END WHERE gender IN ('f', 'm', 'x');
        CREATE TABLE sync_deferred (
            id INTEGER PRIMARY KEY,
            tbl TEXT NOT NULL,
            row_id TEXT NOT NULL,
            field TEXT NOT NULL,
            value TEXT,  -- JSON, as it arrived
            hlc INTEGER NOT NULL,
            device_id TEXT NOT NULL,
            reason TEXT NOT NULL,
            received_at TEXT NOT NULL
        );
        CREATE INDEX sync_deferred_record ON sync_deferred(tbl, row_id);
        CREATE TABLE sync_refused (
            id INTEGER PRIMARY KEY,
            tbl TEXT NOT NULL,
            row_id TEXT NOT NULL,
            field TEXT NOT NULL,
            value TEXT,  -- JSON, as it was sent
            hlc INTEGER NOT NULL,
            reason TEXT NOT NULL,
            refused_at TEXT NOT NULL
        );
        """
    )


def _m007_headquarters(db: sqlite_utils.Database) -> None:
    # What headquarters publishes to every agency (agency profiles, targets; forms and
    # modules it can retire), the names of the computers and people changes come from, and
    # lists filtered by agency on a headquarters laptop.
    db.executescript(
        f"""
        CREATE TABLE agency_profiles (
            {SYNC_COLUMNS},
            agency TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL DEFAULT '',
            names TEXT NOT NULL DEFAULT '{{}}',
            hq INTEGER NOT NULL DEFAULT 0,
            country TEXT,
            provinces TEXT NOT NULL DEFAULT '[]',
            address TEXT,
            contact_name TEXT,
            phone TEXT,
            email TEXT,
            website TEXT,
            languages TEXT NOT NULL DEFAULT '[]',
            services TEXT NOT NULL DEFAULT '[]',
            notes TEXT
        );
        CREATE INDEX agency_profiles_agency ON agency_profiles(agency);
        CREATE TABLE targets (
            {SYNC_COLUMNS},
            indicator TEXT NOT NULL DEFAULT '',
            scope TEXT NOT NULL DEFAULT 'programme',
            scope_value TEXT,
            period_start TEXT,
            period_end TEXT,
            value REAL,
            notes TEXT
        );
        ALTER TABLE modules ADD COLUMN retired INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE forms ADD COLUMN retired INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE conflicts ADD COLUMN winner_user TEXT;
        ALTER TABLE conflicts ADD COLUMN loser_user TEXT;
        -- Who owns a held-back change's record, and who made it, kept for when it applies.
        ALTER TABLE sync_deferred ADD COLUMN agency_id TEXT;
        ALTER TABLE sync_deferred ADD COLUMN user TEXT;
        -- The computers changes came from, by the names they were enrolled with.
        CREATE TABLE sync_devices (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            agency_id TEXT
        );
        -- One agency's SMEs in the list's order (by name), without sorting them.
        CREATE INDEX smes_agency ON smes(agency_id, deleted, name COLLATE NOCASE);
        -- The province filter's choices (by country) in a step per province, not a read of
        -- every SME: a headquarters laptop holds millions.
        CREATE INDEX smes_provinces ON smes(deleted, province, country);
        CREATE INDEX workshops_agency ON workshops(agency_id);
        CREATE INDEX people_agency ON people(agency_id);
        CREATE INDEX services_agency ON services(agency_id);
        CREATE INDEX inquiries_agency ON inquiries(agency_id);
        CREATE INDEX survey_responses_agency ON survey_responses(agency_id);
        """
    )
    # Releases before this one stored what they received under their own agency: an
    # enrolled laptop reads everything once more, now with each record's owner.
    db.execute("UPDATE meta SET value = '0' WHERE key = 'sync_cursor' AND EXISTS "
               "(SELECT 1 FROM meta WHERE key = 'sync_enrolment')")


def _m008_indicator_inputs(db: sqlite_utils.Database) -> None:
    # Everything the programme's indicators count: where SMEs are online, awareness events,
    # fees paid, what inquiries came through and what became of them, e-procurement.
    db.executescript(
        f"""
        CREATE TABLE presences (
            {SYNC_COLUMNS},
            sme_id TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT '',
            name TEXT,
            url TEXT,
            status TEXT NOT NULL DEFAULT 'registered',
            status_on TEXT,
            products INTEGER,
            service_id TEXT,
            notes TEXT
        );
        CREATE INDEX presences_sme ON presences(sme_id);
        CREATE INDEX presences_agency ON presences(agency_id);
        CREATE TABLE events (
            {SYNC_COLUMNS},
            kind TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            held_on TEXT NOT NULL DEFAULT '',
            end_on TEXT,
            country TEXT,
            province TEXT,
            venue TEXT,
            organiser TEXT,
            audience_female INTEGER,
            audience_male INTEGER,
            audience_other INTEGER,
            organisations INTEGER,
            media_reach INTEGER,
            sme_ids TEXT NOT NULL DEFAULT '[]',
            notes TEXT
        );
        CREATE INDEX events_held_on ON events(deleted, held_on);
        CREATE INDEX events_agency ON events(agency_id);
        ALTER TABLE smes ADD COLUMN uses_eprocurement INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE services ADD COLUMN paid INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE inquiries ADD COLUMN service_id TEXT;
        ALTER TABLE inquiries ADD COLUMN presence_id TEXT;
        ALTER TABLE inquiries ADD COLUMN outcome TEXT;
        ALTER TABLE inquiries ADD COLUMN order_value REAL;
        ALTER TABLE inquiries ADD COLUMN currency TEXT;
        ALTER TABLE inquiries ADD COLUMN staff TEXT;
        ALTER TABLE survey_responses ADD COLUMN about_agency TEXT;
        ALTER TABLE targets ADD COLUMN baseline REAL;
        ALTER TABLE targets ADD COLUMN baseline_on TEXT;
        CREATE TABLE indicators (
            {SYNC_COLUMNS},
            code TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            titles TEXT NOT NULL DEFAULT '{{}}',
            area TEXT NOT NULL DEFAULT 'surveys',
            description TEXT,
            definition TEXT NOT NULL DEFAULT '{{}}',
            retired INTEGER NOT NULL DEFAULT 0
        );
        """
    )


def _m009_ict_history(db: sqlite_utils.Database) -> None:
    # The ICT ladder's history (gmsdesk.storage.ict_history): each change of an SME's ICT
    # flags and tombstone and of a presence's kind, status and tombstone, at its clock, won
    # or lost. Local, derived from synced values and clocks, never synced. Keyed by the change
    # itself, so arrival order never matters and applying a change again keeps it once.
    # 'created' rows hold each record's earliest clock. `day`: the UTC date of the clock.
    db.executescript(
        """
        CREATE TABLE ict_history (
            tbl TEXT NOT NULL,  -- 'smes' | 'presences'
            row_id TEXT NOT NULL,
            field TEXT NOT NULL,  -- a flag, 'kind', 'status', 'deleted' or 'created'
            hlc INTEGER NOT NULL,
            device_id TEXT NOT NULL,
            sme_id TEXT NOT NULL,
            value,  -- as in the record's column (NULL for 'created')
            day TEXT NOT NULL,
            user TEXT,
            PRIMARY KEY (tbl, row_id, field, hlc)
        ) WITHOUT ROWID;
        CREATE INDEX ict_history_sme ON ict_history(sme_id, hlc);
        """
    )
    # What exists already: each field as it is now, at its own clock (else the record's
    # creation); a flag still off since creation says nothing. Earlier values are not known.
    fields = {"smes": ("uses_fax", "uses_fixed_phone", "uses_mobile", "uses_email",
                       "uses_website", "uses_social_media", "uses_emarketplace",
                       "uses_online_payment", "uses_eprocurement", "deleted"),
              "presences": ("kind", "status", "deleted")}
    device = "coalesce((SELECT value FROM meta WHERE key = 'device_id'), '')"
    for table, names in fields.items():
        sme = "r.id" if table == "smes" else "r.sme_id"
        listed = " UNION ALL ".join(f"SELECT '{name}' AS field" for name in names)
        values = " ".join(f"WHEN '{name}' THEN r.{name}" for name in names)
        db.execute(
            f"""
            INSERT INTO ict_history(tbl, row_id, field, hlc, device_id, sme_id, value, day,
                                    user)
            SELECT '{table}', id, field, at, device, sme, value,
                   date((at >> 16) / 1000, 'unixepoch'), who FROM (
                SELECT r.id, n.field, c.hlc AS clocked,
                       coalesce(c.hlc, nullif(r.hlc_created, 0), r.hlc) AS at,
                       coalesce(c.device_id, {device}) AS device, {sme} AS sme,
                       CASE n.field {values} END AS value,
                       CASE coalesce(c.hlc, nullif(r.hlc_created, 0), r.hlc)
                           WHEN r.hlc THEN r.updated_by WHEN r.hlc_created THEN r.created_by
                       END AS who
                FROM {table} r CROSS JOIN ({listed}) n
                LEFT JOIN field_clocks c
                    ON c.tbl = '{table}' AND c.row_id = r.id AND c.field = n.field)
            WHERE clocked IS NOT NULL OR value != 0
            """
        )
        db.execute(
            f"""
            INSERT INTO ict_history(tbl, row_id, field, hlc, device_id, sme_id, value, day,
                                    user)
            SELECT '{table}', id, 'created', at, {device}, sme, NULL,
                   date((at >> 16) / 1000, 'unixepoch'), created_by FROM (
                SELECT r.id, {sme} AS sme, r.created_by,
                       CASE WHEN r.hlc_created > 0 THEN r.hlc_created
                            ELSE coalesce((SELECT min(c.hlc) FROM field_clocks c
                                           WHERE c.tbl = '{table}' AND c.row_id = r.id), r.hlc)
                       END AS at
                FROM {table} r)
            """
        )


def _m010_workshop_attendance_rule(db: sqlite_utils.Database) -> None:
    # The attendance a certificate asks for is the workshop's, synced with it, so that a
    # trainer's laptop and the office's agree on who gets one. Empty means the agency's
    # default on each laptop (`meta` 'training.attendance_percent', else 80 %): workshops made
    # before, or by an older release, keep the rule they had.
    db.execute("ALTER TABLE workshops ADD COLUMN attendance_percent INTEGER")
    # A workshop's own rule was kept in this laptop's `meta` alone: it becomes the workshop's,
    # and goes to headquarters as this laptop's edit at the next sync.
    prefix = "training.attendance_percent:"
    own_rules = "FROM meta WHERE substr(key, 1, ?) = ?"
    rules = db.execute(f"SELECT key, value {own_rules}", [len(prefix), prefix]).fetchall()
    device = db.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()
    stored = db.execute("SELECT value FROM meta WHERE key = 'hlc'").fetchone()
    offset = db.execute("SELECT value FROM meta WHERE key = 'clock_offset_ms'").fetchone()
    clock = int(stored[0]) if stored else 0
    now = datetime.now(UTC)
    wall = int(now.timestamp() * 1000) + (int(offset[0]) if offset else 0)
    at = now.isoformat(timespec="milliseconds").replace("+00:00", "Z")
    moved = False
    for key, value in rules:
        workshop_id = key[len(prefix):]
        row = db.execute("SELECT updated_by FROM workshops WHERE id = ?",
                         [workshop_id]).fetchone()
        if row is None or not str(value).isdigit():
            continue
        percent = min(int(value), 100)
        # The clock moves on as `Database.tick` moves it: past the wall clock and the last
        # stamp this laptop gave.
        clock = max(clock + 1, wall << 16)
        moved = True
        db.execute("UPDATE workshops SET attendance_percent = ?, hlc = ? WHERE id = ?",
                   [percent, clock, workshop_id])
        if device is None:
            continue  # no identity yet: nothing this laptop made was ever sent either
        db.execute("INSERT INTO field_clocks(tbl, row_id, field, hlc, device_id) "
                   "VALUES ('workshops', ?, 'attendance_percent', ?, ?) "
                   "ON CONFLICT(tbl, row_id, field) DO UPDATE SET hlc = excluded.hlc, "
                   "device_id = excluded.device_id", [workshop_id, clock, device[0]])
        db.execute("INSERT INTO outbox(tbl, row_id, op, fields, hlc, device_id, user, at) "
                   "VALUES ('workshops', ?, 'update', ?, ?, ?, ?, ?)",
                   [workshop_id, json.dumps({"attendance_percent": percent},
                                            separators=(",", ":")), clock, device[0], row[0],
                    at])
    if moved:
        db.execute("INSERT INTO meta(key, value) VALUES ('hlc', ?) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [str(clock)])
    db.execute(f"DELETE {own_rules}", [len(prefix), prefix])


def _m011_attachments(db: sqlite_utils.Database) -> None:
    # Photos and files answers name (gmsdesk.storage.attachments). The files sit beside the
    # database, named by their SHA-256; this table says what each is, whether this laptop
    # holds it, and what headquarters has of it. Answers name a file "<hash><ext>": a
    # response carries the reference, this table never syncs.
    db.executescript(
        """
        CREATE TABLE attachments (
            hash TEXT PRIMARY KEY,  -- SHA-256 of the file as attached: what answers name
            ext TEXT NOT NULL DEFAULT '',  -- ".jpg": an answer is hash || ext
            size INTEGER NOT NULL DEFAULT 0,
            mime TEXT NOT NULL DEFAULT 'application/octet-stream',
            source_name TEXT,  -- the file's name when attached (shown here, never sent)
            file_hash TEXT,  -- the file held here (NULL: not here), under its own SHA-256
            thumbnail BLOB,  -- a small JPEG of a photo
            origin TEXT NOT NULL DEFAULT 'local',  -- 'local' attached here, 'remote' synced
            needed INTEGER NOT NULL DEFAULT 0,  -- a submitted response names it: send it
            upload_hash TEXT,  -- what is sent: the file, or a smaller copy of a photo
            upload_size INTEGER,
            sent INTEGER NOT NULL DEFAULT 0,  -- bytes headquarters said it has
            uploaded INTEGER NOT NULL DEFAULT 0,  -- 1: headquarters has all of it
            created_at TEXT NOT NULL
        );
        CREATE INDEX attachments_to_send ON attachments(needed, uploaded)
            WHERE needed = 1 AND uploaded = 0;
        """
    )


Migration = tuple[int, str, Callable[[sqlite_utils.Database], None]]
MIGRATIONS: list[Migration] = [
    (1, "initial schema: meta, clocks, outbox, sectors, smes", _m001_initial),
    (2, "conflicts", _m002_conflicts),
    (3, "training: modules, workshops, sessions, people, participants, attendance, progress, "
        "services, inquiries", _m003_training),
    (4, "surveys: forms, responses, drafts", _m004_surveys),
    (5, "surveys: answers encoded for summaries", _m005_survey_cells),
    (6, "one gender code set; changes held back or refused by sync",
     _m006_gender_and_held_changes),
    (7, "headquarters: agency profiles, targets, retiring, device names, lists by agency",
     _m007_headquarters),
    (8, "indicator inputs: online presences, awareness events, fees paid, inquiry outcomes, "
        "e-procurement; indicators defined as data, targets' baselines", _m008_indicator_inputs),
    (9, "ICT ladder history: changes of SMEs' ICT flags and presences' status, dated",
     _m009_ict_history),
    (10, "training: a workshop's attendance rule for certificates, synced with it",
     _m010_workshop_attendance_rule),
    (11, "attachments: photos and files of answers, kept beside the database, sent apart",
     _m011_attachments),
]
