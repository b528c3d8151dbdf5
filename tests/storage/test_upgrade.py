"""Databases an older release left behind, one per earlier schema version, opened by this
release: migrated, nothing lost, and search and sync still work.

Each is made as that release made it: only the migrations it had, run the way
`Database._migrate` runs them, then rows of every table written with plain SQL, bookkeeping
included (record clocks, field clocks, outbox, meta). Samples are declared per table; a table
without one fails `test_every_table_has_a_sample`, so a new record type is covered the day its
migration lands, and every version before it is tested against it.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from gmsdesk.storage.db import Database
from gmsdesk.storage.ids import derived_id
from gmsdesk.storage.migrations import MIGRATIONS, SYNC_COLUMNS
from gmsdesk.storage.records import TableSpec
from gmsdesk.storage.smes import SmeQuery
from gmsdesk.storage.sync_store import Enrolment
from gmsdesk.sync.client import SyncClient
from gmsdesk.sync.hlc import pack, unpack

LATEST = MIGRATIONS[-1][0]
OLDER = [number for number, _name, _migrate in MIGRATIONS[:-1]]
BOOKKEEPING = frozenset(line.split()[0] for line in SYNC_COLUMNS.strip().splitlines())
USER = "sokha"
AGENCY = "kh-sr"
AGENCY_NAME = "Siem Reap Provincial Chamber of Commerce"
# The week the older release was used; its clocks and dates are from then.
BASE_MS = int(datetime(2025, 3, 10, 2, 0, tzinfo=UTC).timestamp() * 1000)

# Values a migration converts on purpose: (a word of that migration's name, table, column,
# old value -> new value). A database made before the migration comes out converted; with no
# such migration yet, the values must come out unchanged.
EXPECTED_CONVERSIONS: list[tuple[str, str, str, dict[Any, Any]]] = [
    ("gender", "people", "gender", {"f": "female", "m": "male", "x": "other"}),
]

# Local tables rebuilt from the records when missing (survey answers encoded for summaries),
# and those the test writes itself as bookkeeping.
DERIVED_TABLES = frozenset({"survey_slots", "survey_codes", "survey_cells",
                            "survey_repeat_cells", "ict_history"})
# The attachments table is this laptop's own note of the files beside the database: it never
# syncs (the records name the files by their hash).
BOOKKEEPING_TABLES = frozenset({"meta", "schema_migrations", "field_clocks", "outbox",
                                "attachments"})


def written_as_current(version: int) -> dict[tuple[str, str], dict[Any, Any]]:
    """Spellings a release of `version` already wrote as the current ones: the conversions
    of migrations it had (samples are written in the oldest spellings)."""
    out: dict[tuple[str, str], dict[Any, Any]] = {}
    for word, table, column, mapping in EXPECTED_CONVERSIONS:
        converted_by = [n for n, name, _m in MIGRATIONS if word in name.casefold()]
        if converted_by and version >= converted_by[0]:
            out[(table, column)] = mapping
    return out


def conversions(version: int) -> dict[tuple[str, str], dict[Any, Any]]:
    """What opening a database of `version` is documented to convert: (table, column) -> map."""
    out: dict[tuple[str, str], dict[Any, Any]] = {}
    for word, table, column, mapping in EXPECTED_CONVERSIONS:
        converted_by = [n for n, name, _m in MIGRATIONS if word in name.casefold()]
        if converted_by and version < converted_by[0]:
            out[(table, column)] = mapping
    return out


# -- what an older release wrote ---------------------------------------------------------------


def _uuid(n: int) -> str:
    """A fixed id shaped like the UUIDv7 the older release made."""
    return f"01957f2e-1a00-7000-8000-{n:012x}"


SME_SILK, SME_WOOD, SME_GONE = _uuid(1), _uuid(2), _uuid(3)
SECTOR, CONFLICT, MODULE, WORKSHOP = _uuid(4), _uuid(5), _uuid(6), _uuid(7)
DARA, SOMCHAI, SOPHEA = _uuid(8), _uuid(9), _uuid(10)
SERVICE, INQUIRY = _uuid(11), _uuid(12)
PRESENCE, EVENT = _uuid(13), _uuid(14)
ANSWER_SILK, ANSWER_WOOD, ANSWER_SILK_FIXED, DRAFT = _uuid(13), _uuid(14), _uuid(15), _uuid(16)
DAYS = ("2025-03-10", "2025-03-11")
SESSIONS = [derived_id("session", WORKSHOP, day) for day in DAYS]
OWN_MODULE = "X-7A1C2E90"

# A small XLSForm as the forms engine stored it (pyxform's dictionary).
_LABELS = [("obstacle", "Biggest obstacle", "ឧបសគ្គធំបំផុត"), ("employees", "Employees", "បុគ្គលិក"),
           ("comment", "Comment", "មតិ")]
_CHOICES = [{"name": "cost", "label": {"English (en)": "Cost", "Khmer (km)": "តម្លៃ"}},
            {"name": "skills", "label": {"English (en)": "Skills", "Khmer (km)": "ជំនាញ"}}]
DEFINITION: dict[str, Any] = {
    "type": "survey", "name": "data", "title": "SME needs assessment", "id_string": "needs",
    "sms_keyword": "needs", "default_language": "English (en)", "version": "1",
    "children": [
        {"type": "select one", "name": "obstacle",
         "label": {"English (en)": _LABELS[0][1], "Khmer (km)": _LABELS[0][2]},
         "bind": {"required": "yes"}, "parameters": {}, "itemset": "obstacle",
         "list_name": "obstacle", "choices": _CHOICES},
        *({"type": kind, "name": name, "label": {"English (en)": en, "Khmer (km)": km}}
          for kind, (name, en, km) in zip(("integer", "text"), _LABELS[1:], strict=True)),
        {"name": "meta", "type": "group", "control": {"bodyless": True},
         "children": [{"name": "instanceID", "type": "calculate",
                       "bind": {"readonly": "true()", "jr:preload": "uid"}}]},
    ],
    "choices": {"obstacle": _CHOICES},
    "_gmsdesk": {"format": 1},
}


@dataclass(frozen=True)
class Sample:
    """One record as an older release wrote it: its values when made, then later edits.
    `from_headquarters`: it came by sync (no outbox entry), so only an enrolled laptop has it."""

    values: dict[str, Any]
    edits: tuple[dict[str, Any], ...] = ()
    from_headquarters: bool = False

    @property
    def final(self) -> dict[str, Any]:
        merged = dict(self.values)
        for edit in self.edits:
            merged.update(edit)
        return merged


def samples(agency: str) -> dict[str, list[Sample]]:
    """Realistic rows of every table, by table. `agency`: what the laptop belonged to (ids of
    form versions are derived from it)."""
    form = derived_id("form", agency, "needs", "1")
    participant = {p: derived_id("participant", WORKSHOP, p) for p in (DARA, SOMCHAI, SOPHEA)}
    return {
        "sectors": [Sample({"id": SECTOR, "code": "x_ไม้แกะสลัก", "label": "ไม้แกะสลัก"})],
        "smes": [
            Sample({
                "id": SME_SILK, "name": "Angkor Silk Weaving",
                "name_local": "សហគ្រាសតម្បាញសូត្រអង្គរ", "registration_no": "KH-00123-2019",
                "sector": "handicrafts", "country": "KH", "province": "Siem Reap",
                "district": "Puok", "address": "Phum Chreav, Sangkat Chreav",
                "phone": "+855 12 345 678", "email": "info@angkorsilk.com.kh",
                "website": "angkorsilk.com.kh", "contact_name": "សុខ ដារា",
                "contact_gender": "female", "employees_total": 24, "employees_female": 19,
                "year_founded": 2009, "uses_fax": 0, "uses_fixed_phone": 1, "uses_mobile": 1,
                "uses_email": 1, "uses_website": 1, "uses_social_media": 1,
                "uses_emarketplace": 1, "uses_online_payment": 0, "uses_eprocurement": 1,
                "notes": "ក្រុមតម្បាញ ២៤ នាក់\nExports scarves to Japan."}),
            Sample({
                "id": SME_WOOD, "name": "Chiang Mai Woodcraft",
                "name_local": "หัตถกรรมไม้เชียงใหม่", "sector": "x_ไม้แกะสลัก", "country": "TH",
                "province": "Chiang Mai", "phone": "053 111 222", "contact_name": "สมชาย ใจดี",
                "contact_gender": "male", "employees_total": 7, "uses_mobile": 1,
                "uses_social_media": 1}, edits=({"phone": "081 960 4471"},)),
            Sample({
                "id": SME_GONE, "name": "Phsar Chas Souvenirs", "name_local": "វត្ថុអនុស្សាវរីយ៍ផ្សារចាស់",
                "country": "KH", "province": "Siem Reap", "contact_gender": "other",
                "uses_fixed_phone": 1}, edits=({"deleted": 1},)),
        ],
        "conflicts": [Sample({
            "id": CONFLICT, "tbl": "smes", "record_id": SME_WOOD, "field": "employees_total",
            "winner_value": "7", "winner_hlc": pack(BASE_MS + 5_000, 0),
            "winner_device": "laptop-2", "loser_value": "6",
            "loser_hlc": pack(BASE_MS + 4_000, 0), "loser_device": "laptop-3", "resolved": 0,
            "winner_user": "sokha", "loser_user": "vichea"},
            from_headquarters=True)],
        "agency_profiles": [Sample({
            "id": derived_id("agency", "la-vt"), "agency": "la-vt",
            "name": "Vientiane Trade Promotion Centre",
            "names": {"lo": "ສູນສົ່ງເສີມການຄ້າ ນະຄອນຫຼວງວຽງຈັນ"}, "hq": 0, "country": "LA",
            "provinces": ["Vientiane Capital", "Vientiane"], "address": "Lane Xang Avenue",
            "contact_name": "ບຸນມີ ພົມມະຈັນ", "phone": "+856 21 213 000",
            "email": "info@vtpc.gov.la", "website": "vtpc.gov.la", "languages": ["lo", "en", "th"],
            "services": [{"type": "translation", "fee": "40", "currency": "USD",
                          "languages": ["lo-th", "lo-zh"]}],
            "notes": "Closed on Lao New Year."}, from_headquarters=True)],
        "targets": [Sample({
            "id": derived_id("target", "people_trained", "KH", "2025"),
            "indicator": "people_trained", "scope": "economy", "scope_value": "KH",
            "period_start": "2025-01-01", "period_end": "2025-12-31", "value": 400.0,
            "notes": "ប្រជុំ ២០២៥", "baseline": 120.0, "baseline_on": "2024-12-31"},
            from_headquarters=True)],
        "indicators": [Sample({
            "id": derived_id("indicator", "hq", "cost_obstacle"), "code": "cost_obstacle",
            "title": "SMEs held back by cost", "titles": {"km": "សហគ្រាសដែលមានឧបសគ្គថ្លៃ"},
            "area": "surveys", "description": "Needs assessments answering 'cost'.",
            "definition": {"count": "survey_responses", "form_id": "needs",
                           "question": "obstacle", "answer": "cost"}, "retired": 0},
            from_headquarters=True)],
        "sync_devices": [Sample({"id": "laptop-2", "name": "siem-reap-2",
                                 "agency_id": agency})],
        "modules": [Sample({
            "id": MODULE, "code": OWN_MODULE, "track": "basic",
            "title": "ការលក់តាមហ្វេសប៊ុក (Selling on Facebook)",
            "description": "Pages, posts and replies to customers.", "position": 8,
            "retired": 1})],
        "workshops": [Sample({
            "id": WORKSHOP, "title": "Getting SMEs online, Siem Reap", "track": "basic",
            "modules": ["B01", "B02", OWN_MODULE], "start_date": DAYS[0], "end_date": DAYS[1],
            "venue": "Chamber of Commerce hall", "country": "KH", "province": "Siem Reap",
            "trainers": "Sokha, Vichea", "partner": "ITC", "status": "done",
            "attendance_percent": 60, "notes": "អ្នកចូលរួម ៣ នាក់"})],
        "workshop_sessions": [
            Sample({"id": session, "workshop_id": WORKSHOP, "day": day, "label": label})
            for session, day, label in zip(SESSIONS, DAYS, ("ថ្ងៃទី ១", "ថ្ងៃទី ២"), strict=True)],
        "people": [
            Sample({"id": DARA, "name": "សុខ ដារា", "name_latin": "Sok Dara", "gender": "f",
                    "role": "Owner", "phone": "012 777 888", "email": "dara@angkorsilk.com.kh",
                    "sme_id": SME_SILK}),
            Sample({"id": SOMCHAI, "name": "สมชาย ใจดี", "name_latin": "Somchai Jaidee",
                    "gender": "m", "role": "Manager", "phone": "081 555 1234",
                    "sme_id": SME_WOOD}),
            Sample({"id": SOPHEA, "name": "ចាន់ សុភា", "name_latin": "Chan Sophea",
                    "gender": "x", "role": "Staff", "sme_id": SME_SILK}),
        ],
        "participants": [
            Sample({"id": participant[DARA], "workshop_id": WORKSHOP, "person_id": DARA,
                    "pre_score": 40.0, "post_score": 85.5, "certificate_no": "GMS-2025-3F2A-91C0",
                    "certificate_issued_on": DAYS[1]}),
            Sample({"id": participant[SOMCHAI], "workshop_id": WORKSHOP, "person_id": SOMCHAI,
                    "pre_score": 55.0}),
            Sample({"id": participant[SOPHEA], "workshop_id": WORKSHOP, "person_id": SOPHEA}),
        ],
        "attendance": [
            Sample({"id": derived_id("attendance", WORKSHOP, session, person),
                    "workshop_id": WORKSHOP, "session_id": session, "person_id": person,
                    "present": present, "marked_at": f"{day}T08:{minute:02d}:00.000Z"})
            for (session, day), (person, present, minute) in [
                ((SESSIONS[0], DAYS[0]), (DARA, 1, 5)), ((SESSIONS[0], DAYS[0]), (SOMCHAI, 1, 9)),
                ((SESSIONS[1], DAYS[1]), (DARA, 1, 2)), ((SESSIONS[1], DAYS[1]), (SOPHEA, 0, 30))]],
        "module_progress": [
            Sample({"id": derived_id("progress", WORKSHOP, DARA, "B01"), "workshop_id": WORKSHOP,
                    "person_id": DARA, "module": "B01", "status": "completed",
                    "status_on": DAYS[0]}),
            Sample({"id": derived_id("progress", WORKSHOP, SOMCHAI, "B02"),
                    "workshop_id": WORKSHOP, "person_id": SOMCHAI, "module": "B02",
                    "status": "in_progress", "status_on": DAYS[1],
                    "reverted_by": "Vichea: marked by mistake (2025-03-11T09:12:00.000Z)"}),
        ],
        "services": [Sample({
            "id": SERVICE, "sme_id": SME_SILK, "type": "website", "delivered_on": "2025-03-12",
            "staff": "Vichea", "fee": 150.0, "currency": "USD",
            "outcome": "Site online at angkorsilk.com.kh", "workshop_id": WORKSHOP,
            "notes": "បង្ហាញផលិតផល ៤០ មុខ", "paid": 1})],
        "inquiries": [Sample({
            "id": INQUIRY, "sme_id": SME_SILK, "received_on": "2025-03-20", "from_country": "JP",
            "channel": "website", "notes": "Order of 40 scarves for a hotel in Osaka",
            "service_id": SERVICE, "presence_id": PRESENCE, "outcome": "order",
            "order_value": 1200.0, "currency": "USD", "staff": "Vichea"})],
        "presences": [Sample({
            "id": PRESENCE, "sme_id": SME_SILK, "kind": "portal", "name": "Cambodia Trade Portal",
            "url": "https://cambodiatrade.example/angkor-silk", "status": "registered",
            "status_on": "2025-03-12", "products": 0, "service_id": SERVICE,
            "notes": "ចុះឈ្មោះ"}, edits=({"status": "displaying", "status_on": "2025-04-02",
                                          "products": 40},))],
        "events": [Sample({
            "id": EVENT, "kind": "road_show", "title": "E-business road show, Siem Reap",
            "held_on": "2025-02-20", "end_on": "2025-02-21", "country": "KH",
            "province": "Siem Reap", "venue": "Provincial hall", "organiser": "Chamber",
            "audience_female": 61, "audience_male": 48, "audience_other": 2,
            "organisations": 35, "media_reach": 120000, "sme_ids": [SME_SILK],
            "notes": "ផ្សព្វផ្សាយតាមវិទ្យុ"})],
        "forms": [Sample({
            "id": form, "form_id": "needs", "version": "1", "title": "SME needs assessment",
            "default_language": "English (en)", "definition": DEFINITION,
            "source_name": "needs_v1.xlsx", "retired": 0})],
        "survey_responses": [
            Sample({"id": ANSWER_SILK, "form_ref": form, "form_id": "needs", "form_version": "1",
                    "answers": {"obstacle": "cost", "employees": 24, "comment": "ត្រូវការគេហទំព័រ"},
                    "sme_id": SME_SILK, "workshop_id": WORKSHOP, "language": "km",
                    "about_agency": "la-vt",
                    "started_at": "2025-03-11T15:02:10+07:00",
                    "submitted_at": "2025-03-11T15:06:41+07:00"}),
            Sample({"id": ANSWER_WOOD, "form_ref": form, "form_id": "needs", "form_version": "1",
                    "answers": {"obstacle": "skills", "employees": 7}, "sme_id": SME_WOOD,
                    "language": "en", "started_at": "2025-03-11T15:10:00+07:00",
                    "submitted_at": "2025-03-11T15:12:30+07:00"}),
            Sample({"id": ANSWER_SILK_FIXED, "form_ref": form, "form_id": "needs",
                    "form_version": "1",
                    "answers": {"obstacle": "cost", "employees": 25, "comment": "ត្រូវការគេហទំព័រ"},
                    "sme_id": SME_SILK, "workshop_id": WORKSHOP, "language": "km",
                    "started_at": "2025-03-12T09:00:00+07:00",
                    "submitted_at": "2025-03-12T09:01:15+07:00", "supersedes": ANSWER_SILK}),
        ],
        "survey_drafts": [Sample({
            "id": DRAFT, "form_ref": form,
            "answers": json.dumps({"obstacle": "skills", "employees": 8}, ensure_ascii=False,
                                  separators=(",", ":")),
            "sme_id": SME_WOOD, "workshop_id": WORKSHOP, "language": "th",
            "supersedes": ANSWER_WOOD, "page": 1, "created_at": "2025-03-12T10:00:00+07:00",
            "created_by": USER, "updated_at": "2025-03-12T10:03:00+07:00"})],
        # Changes sync received but this release could not store yet, and ones headquarters
        # refused: kept for a later release and for a person to see.
        "sync_deferred": [Sample({
            "id": 1, "tbl": "smes", "row_id": SME_WOOD, "field": "line_id",
            "value": '"@chiangmaiwood"', "hlc": pack(BASE_MS + 7_000, 0),
            "device_id": "laptop-2", "reason": "unknown field",
            "received_at": "2025-03-12T03:00:00.000Z", "agency_id": agency,
            "user": "vichea"})],
        "sync_refused": [Sample({
            "id": 1, "tbl": "people", "row_id": SOPHEA, "field": "phone", "value": '"12"',
            "hlc": pack(BASE_MS + 8_000, 0), "reason": "not a phone number",
            "refused_at": "2025-03-12T03:00:01.000Z"})],
    }


def json_columns(table: str) -> frozenset[str]:
    """Columns holding JSON (a list or a mapping) in the samples of a table."""
    return frozenset(k for s in samples(AGENCY).get(table, []) for k, v in s.values.items()
                     if isinstance(v, (list, dict)))


def _json(value: Any) -> str:
    """JSON text as the older release wrote it."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


# -- building the older database ---------------------------------------------------------------


@dataclass(frozen=True)
class Identity:
    """Who the laptop was to the older release: its device id and, once enrolled, its agency
    and enrolment (as `SyncStore.save_enrolment` stores them)."""

    device_id: str
    agency_id: str = "local"
    enrolment: dict[str, str] | None = None


def enrolled_identity(server_url: str, device_id: str, token: str) -> Identity:
    return Identity(device_id, AGENCY, {
        "server_url": server_url, "token": token, "device_id": device_id,
        "agency_id": AGENCY, "agency_name": AGENCY_NAME})


@dataclass
class OldDatabase:
    """An older release's database file, and what it holds (to compare with after)."""

    path: Path
    version: int
    rows: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)  # table, id, column
    outbox: list[dict[str, Any]] = field(default_factory=list)
    field_clocks: dict[tuple[str, str, str], tuple[int, str]] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)
    migrations: list[tuple[int, str, str]] = field(default_factory=list)

    def pushed(self) -> dict[str, set[str]]:
        """Records with changes waiting in the outbox, by table."""
        out: dict[str, set[str]] = {}
        for entry in self.outbox:
            out.setdefault(entry["tbl"], set()).add(entry["row_id"])
        return out


def _iso(ms: int) -> str:
    moment = datetime.fromtimestamp(ms / 1000, UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _wire(spec: TableSpec, values: Mapping[str, Any]) -> dict[str, Any]:
    """Field values as the outbox holds them (JSON fields as values, not text)."""
    return {k: v for k, v in values.items() if k in spec.fields and v is not None}


def derived_columns(spec: TableSpec | None) -> frozenset[str]:
    return frozenset(spec.derive({})) if spec is not None and spec.derive else frozenset()


def build_old_database(path: Path, version: int, identity: Identity,  # noqa: C901 - one step per migration version
                       specs: Mapping[str, TableSpec]) -> OldDatabase:
    """The database an older release with migrations 1..`version` left: schema made as
    `Database._migrate` makes it, then every table's samples written with plain SQL."""
    old = OldDatabase(path, version)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    sql = sqlite_utils.Database(conn)
    for number, name, migrate in MIGRATIONS:
        if number > version:
            break
        applied_at = _iso(BASE_MS - (version - number + 30) * 86_400_000)
        conn.execute("BEGIN IMMEDIATE")
        migrate(sql)
        conn.execute("INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)",
                     (number, name, applied_at))
        conn.execute(f"PRAGMA user_version = {int(number)}")
        conn.execute("COMMIT")
        old.migrations.append((number, name, applied_at))
    assert conn.execute("PRAGMA user_version").fetchone()[0] == version

    columns = {t: [c.name for c in sql.table(t).columns] for t in sql.table_names()}
    clock = iter(range(1, 1_000_000))

    def tick() -> int:
        return pack(BASE_MS + next(clock) * 60_000, 0)

    def outbox(table: str, row_id: str, op: str, values: Mapping[str, Any], hlc: int) -> None:
        entry = {"tbl": table, "row_id": row_id, "op": op, "hlc": hlc,
                 "fields": _json(values),
                 "device_id": identity.device_id, "user": USER, "at": _iso(unpack(hlc)[0])}
        conn.execute(f"INSERT INTO outbox({', '.join(entry)}) VALUES "
                     f"({', '.join('?' for _ in entry)})", tuple(entry.values()))
        old.outbox.append(entry)

    def stamp(table: str, row_id: str, names: list[str], hlc: int, device: str) -> None:
        for name in names:
            conn.execute("INSERT OR REPLACE INTO field_clocks(tbl, row_id, field, hlc, "
                         "device_id) VALUES (?, ?, ?, ?, ?)", (table, row_id, name, hlc, device))
            old.field_clocks[(table, row_id, name)] = (hlc, device)

    conn.execute("BEGIN IMMEDIATE")
    for table, table_samples in samples(identity.agency_id).items():
        if table not in columns:
            continue  # not in this version yet
        here = columns[table]
        spec = specs.get(table)
        for sample in table_samples:
            if sample.from_headquarters and identity.enrolment is None:
                continue
            values = {k: v for k, v in sample.values.items() if k in here}
            for (where, column), mapping in written_as_current(version).items():
                if where == table and values.get(column) in mapping:
                    values[column] = mapping[values[column]]
            row_id = values["id"]
            if "hlc_created" not in here:  # a local table
                row = values
            else:
                assert spec is not None, f"{table} syncs but no record type declares it"
                created = tick()
                if sample.from_headquarters:
                    stamp(table, row_id, sorted(_wire(spec, values)), created, "headquarters")
                else:
                    outbox(table, row_id, "insert",
                           {**_wire(spec, values), "agency_id": identity.agency_id}, created)
                latest = created
                for edit in sample.edits:
                    latest = tick()
                    values.update(edit)
                    op = "delete" if edit == {"deleted": 1} else "update"
                    stamp(table, row_id, sorted(edit), latest, identity.device_id)
                    outbox(table, row_id, op, edit, latest)
                by = "sync" if sample.from_headquarters else USER
                row = {k: _json(v) if isinstance(v, (list, dict)) else v
                       for k, v in values.items()}
                row.update(agency_id=identity.agency_id, created_at=_iso(unpack(created)[0]),
                           created_by=by, updated_at=_iso(unpack(latest)[0]), updated_by=by,
                           deleted=values.get("deleted", 0),
                           hlc_created=0 if sample.from_headquarters else created, hlc=latest)
                if spec.derive:
                    # Search keys as this release derives them: a release that derives them
                    # otherwise needs a migration recomputing them, which this cannot see.
                    row.update(spec.derive(row))
                row = {k: v for k, v in row.items() if k in here}
            conn.execute(f"INSERT INTO {table}({', '.join(row)}) VALUES "
                         f"({', '.join('?' for _ in row)})", tuple(row.values()))
            old.rows.setdefault(table, {})[row_id] = row
    old.meta = {"device_id": identity.device_id, "hlc": str(tick())}
    if identity.enrolment is not None:
        old.meta.update(agency_id=identity.agency_id, sync_cursor="0",
                        sync_enrolment=json.dumps(identity.enrolment))
    conn.executemany("INSERT INTO meta(key, value) VALUES (?, ?)", old.meta.items())
    conn.execute("COMMIT")
    conn.close()
    return old


# -- fixtures ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def latest(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A database made by this release, for its schema and record types."""
    db = Database(tmp_path_factory.mktemp("latest") / "gmsdesk.sqlite3", user=USER)
    yield db
    db.close()


@pytest.fixture(scope="module")
def specs(latest: Database) -> dict[str, TableSpec]:
    return latest.sync.specs()


FAKE_HQ = enrolled_identity("https://hq.example.org", uuid.UUID(int=7).hex, "old-token")


# -- the samples cover everything ----------------------------------------------------------------


def _tables(db: Database) -> set[str]:
    rows = db.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    virtual = [r[0] for r in rows if (r[1] or "").upper().startswith("CREATE VIRTUAL TABLE")]
    return {r[0] for r in rows if not r[0].startswith("sqlite_")
            and not any(r[0] == v or r[0].startswith(v + "_") for v in virtual)}


def test_every_table_has_a_sample(latest: Database, specs: dict[str, TableSpec]) -> None:
    """A table added by a migration needs samples here (or, if it only holds what can be
    rebuilt from the records, a place in DERIVED_TABLES)."""
    sampled = set(samples(AGENCY))
    synced = {t for t in _tables(latest)
              if any(c.name == "hlc_created" for c in latest.sql.table(t).columns)}
    assert synced - sampled == set(), "synced tables without samples"
    assert synced == set(specs), "every synced table has a record type and the reverse"
    assert _tables(latest) - BOOKKEEPING_TABLES - DERIVED_TABLES == sampled


def test_samples_fill_every_column(latest: Database, specs: dict[str, TableSpec]) -> None:
    """Each column, but the bookkeeping and derived ones, has a value in some sample: a column
    a migration adds to an existing table needs sample values too."""
    empty: dict[str, set[str]] = {}
    for table, table_samples in samples(AGENCY).items():
        skip = BOOKKEEPING | derived_columns(specs.get(table)) | {"deleted"}
        filled = {k for s in table_samples for k, v in s.final.items() if v is not None}
        missing = {c.name for c in latest.sql.table(table).columns} - skip - filled
        if missing:
            empty[table] = missing
    assert empty == {}


# -- upgrade keeps everything --------------------------------------------------------------------


def _value(table: str, column: str, raw: Any) -> Any:
    """A column's value, JSON decoded: its text may be written otherwise, its value not."""
    return json.loads(raw) if raw is not None and column in json_columns(table) else raw


def _convert(mapping: dict[Any, Any] | None, value: Any) -> Any:
    return mapping.get(value, value) if mapping else value


@pytest.mark.parametrize("version", OLDER)
def test_upgrade_keeps_every_record_and_its_bookkeeping(
        version: int, tmp_path: Path, specs: dict[str, TableSpec]) -> None:
    old = build_old_database(tmp_path / "gmsdesk.sqlite3", version, FAKE_HQ, specs)
    converted = conversions(version)
    with Database(old.path, user=USER) as db:
        assert db.schema_version() == LATEST
        assert db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        migrations = db.conn.execute(
            "SELECT version, name, applied_at FROM schema_migrations ORDER BY version").fetchall()
        assert [tuple(m) for m in migrations[:version]] == old.migrations
        assert [m[0] for m in migrations] == [n for n, _name, _m in MIGRATIONS]

        expected: dict[str, dict[str, dict[str, Any]]] = {}
        got: dict[str, dict[str, dict[str, Any]]] = {}
        for table, rows in old.rows.items():
            skip = derived_columns(specs.get(table))
            now = {r["id"]: dict(r) for r in db.conn.execute(f"SELECT * FROM {table}")}
            assert now.keys() == rows.keys(), table
            expected[table] = {i: {c: _convert(converted.get((table, c)), _value(table, c, v))
                                   for c, v in row.items() if c not in skip}
                               for i, row in rows.items()}
            got[table] = {i: {c: _value(table, c, now[i][c]) for c in expected[table][i]}
                          for i in rows}
        assert got == expected

        # Waiting changes still wait, as they were (a converted field may be sent either way).
        def comparable(entries: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
            return [(e["tbl"], e["row_id"], e["op"], e["hlc"], e["device_id"], e["user"],
                     {k: _convert(converted.get((e["tbl"], k)), v)
                      for k, v in e["fields"].items()}) for e in entries]

        pending = [{"tbl": e.table, "row_id": e.record_id, "op": e.op, "hlc": e.hlc,
                    "device_id": e.device_id, "user": e.user, "fields": e.fields}
                   for e in db.outbox.pending(limit=-1)]
        assert comparable(pending) == comparable(
            [{**e, "fields": json.loads(e["fields"])} for e in old.outbox])
        clocks = {(r[0], r[1], r[2]): (r[3], r[4]) for r in db.conn.execute(
            "SELECT tbl, row_id, field, hlc, device_id FROM field_clocks")}
        assert {k: clocks.get(k) for k in old.field_clocks
                if (k[0], k[2]) not in converted} == {
            k: v for k, v in old.field_clocks.items() if (k[0], k[2]) not in converted}
        for key, value in old.meta.items():
            if key == "hlc":
                assert int(db.meta(key)) >= int(value)
            elif key == "sync_enrolment":  # the token moves out of the database on opening
                kept = json.loads(db.meta(key))
                kept.pop("token", None)
                assert kept == {k: v for k, v in json.loads(value).items() if k != "token"}
            else:
                assert db.meta(key) == value, key
        assert db.device_id == FAKE_HQ.device_id and db.agency_id == AGENCY
        assert FAKE_HQ.enrolment is not None
        assert db.sync.enrolment() == Enrolment(**FAKE_HQ.enrolment)

        check_the_screens(db, old)


def check_the_screens(db: Database, old: OldDatabase) -> None:
    """What a person sees after the upgrade: the registry search, training, surveys."""
    assert [s.id for s in db.smes.search("តម្បាញសូត្រ")] == [SME_SILK]  # part of a Khmer name
    assert [s.id for s in db.smes.search("ไม้เชียง")] == [SME_WOOD]
    assert [s.id for s in db.smes.search("345 678")] == [SME_SILK]  # part of the phone
    assert [s.id for s in db.smes.search("960 4471")] == [SME_WOOD]  # the edited phone
    assert db.smes.search("Phsar Chas") == []
    assert [s.id for s in db.smes.page(SmeQuery(deleted=True))] == [SME_GONE]
    assert db.smes.get(SME_SILK).ict_level == 3
    assert db.smes.likely_duplicates({"name": "angkor silk weaving"})[0].sme.id == SME_SILK
    if "sectors" in old.rows:
        assert "x_ไม้แกะสลัก" in db.smes.sector_codes()
    if "conflicts" in old.rows:
        assert [(c.record_id, c.field) for c in db.sync.open_conflicts()] == [
            (SME_WOOD, "employees_total")]
    if "workshops" in old.rows:
        workshop = db.training.workshop(WORKSHOP)
        assert workshop.modules == ("B01", "B02", OWN_MODULE)
        assert [s.day for s in db.training.sessions(WORKSHOP)] == list(DAYS)
        people = {p.person_id: p for p in db.training.participants(WORKSHOP)}
        assert set(people) == {DARA, SOMCHAI, SOPHEA}
        assert people[DARA].certificate_no == "GMS-2025-3F2A-91C0"
        assert people[DARA].days_present == 2
        assert [p.id for p in db.training.search_people("ដារា")] == [DARA]
        assert [s.id for s in db.training.services(SME_SILK)] == [SERVICE]
        assert [i.id for i in db.training.inquiries(SME_SILK)] == [INQUIRY]
        assert OWN_MODULE in db.training.module_codes()
    if "forms" in old.rows:
        form = db.surveys.form(db.surveys.form_ref("needs", "1"))
        obstacle = form.question("obstacle")
        assert (form.title, obstacle.label("km"), [c.label("en") for c in obstacle.choices]) == (
            "SME needs assessment", "ឧបសគ្គធំបំផុត", ["Cost", "Skills"])
        current = {r.id for r in db.surveys.responses("needs")}
        assert current == {ANSWER_SILK_FIXED, ANSWER_WOOD}
        summary = db.surveys.summary("needs")
        assert (summary.total, summary.per_version) == (2, {"1": 2})
        assert [d.id for d in db.surveys.drafts("needs")] == [DRAFT]


# -- and syncs what it kept ------------------------------------------------------------------------


def synced_values(db: Database, specs: Mapping[str, TableSpec],
                  records: Mapping[str, set[str]]) -> dict[str, dict[str, dict[str, Any]]]:
    """Each record's synced fields (JSON fields as values), its tombstone and agency."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for table, ids in records.items():
        spec = specs[table]
        wanted = ", ".join(("id", "agency_id", "deleted", *spec.fields))
        rows = db.conn.execute(f"SELECT {wanted} FROM {table} WHERE id IN "
                               f"({', '.join('?' for _ in ids)})", tuple(ids)).fetchall()
        # A sqlite3.Row iterates its values, so the column names come from keys().
        out[table] = {r["id"]: {k: _value(table, k, r[k]) for k in r.keys()}  # noqa: SIM118
                      for r in rows}
    return out


@pytest.mark.parametrize("store", ["sqlite"], indirect=True)  # the client's upgrade is tested
@pytest.mark.parametrize("enrolled_before", [True, False], ids=["enrolled", "not_enrolled"])
@pytest.mark.parametrize("version", OLDER)
def test_upgraded_laptop_sends_what_was_waiting(
        version: int, enrolled_before: bool, server: Any,
        enrolled: Callable[[str, str], tuple[Database, SyncClient]], tmp_path: Path,
        specs: dict[str, TableSpec]) -> None:
    store = server.store
    if enrolled_before:  # the older release enrolled with this headquarters
        device_id, token, *_ = store.enroll(store.create_enrollment(AGENCY), "old")
        identity = enrolled_identity(server.url, device_id, token)
    else:  # used offline before the upgrade, enrolled after it
        identity = Identity(uuid.uuid4().hex)
    old = build_old_database(tmp_path / "old.sqlite3", version, identity, specs)
    with Database(old.path, user=USER) as db:
        client = SyncClient(db)
        if not enrolled_before:
            client.enroll(server.url, store.create_enrollment(AGENCY), "old")
        assert db.outbox.pending_count() == len(old.outbox)
        report = client.sync()
        assert (report.sent, report.conflicts) == (len(old.outbox), 0)
        assert db.outbox.pending_count() == 0
        kept = synced_values(db, specs, old.pushed())

        fresh, fresh_client = enrolled(AGENCY, "new-laptop")
        fresh_client.sync()
        assert synced_values(fresh, specs, old.pushed()) == kept
        assert {r["agency_id"] for t in kept.values() for r in t.values()} == {AGENCY}
        assert [s.id for s in fresh.smes.search("តម្បាញសូត្រ")] == [SME_SILK]
        assert [s.id for s in fresh.smes.search("960 4471")] == [SME_WOOD]
        assert fresh.smes.get(SME_GONE).deleted == 1
