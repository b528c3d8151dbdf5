"""What never leaves this computer: the records `gmsdesk demo` makes.

Demo records are written as any record is (through the record writer, with their clocks and
history), but by the user `DEMO_USER`, and their ids are kept in the `meta` table. The sync client
sets their changes aside instead of sending them: the demo's own, and any later edit or deletion
of a demo record. Headquarters never receives demo data, and no count of changes "waiting to be
sent" includes it once it is set aside.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from gmsdesk.storage.db import Database

# Who the demo writes as. Brackets are not allowed in a Windows or Unix login name, so no person
# can be this user.
DEMO_USER = "[demo]"
_RECORDS = "demo_records"  # {"live": {table: [ids]}, "removed": {table: [ids]}}
_COUNT = "demo_count"  # how many live demo records: read at every refresh, so kept apart
_GENERATION = "demo_generation"  # counts the changes of the records above
_FOLDER = "demo_folder"  # "1": a database of demo data only, kept in a folder of its own

Record = tuple[str, str]  # (table, id)


@dataclass
class DemoRecords:
    """The demo records of a database: those still there (`live`) and those removed (kept, so
    that changes of theirs still queued are set aside too)."""

    live: dict[str, list[str]] = field(default_factory=dict)
    removed: dict[str, list[str]] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return sum(len(ids) for ids in self.live.values())

    def all(self) -> set[Record]:
        return {(table, i) for group in (self.live, self.removed)
                for table, ids in group.items() for i in ids}


def is_demo_folder(db: Database) -> bool:
    """The whole database is a demo data folder (the first start's "Try it with demo data"):
    it is never enrolled, so nothing in it syncs, what a person types there included."""
    return db.meta(_FOLDER) == "1"


def mark_demo_folder(db: Database) -> None:
    db.set_meta_atomic(_FOLDER, "1")


def demo_count(db: Database) -> int:
    """How many demo records are on this computer (removed ones not counted)."""
    try:
        return int(db.meta(_COUNT, "0") or 0)
    except ValueError:
        return 0


def demo_records(db: Database) -> DemoRecords:
    raw = db.meta(_RECORDS)
    if not raw:
        return DemoRecords()
    held = json.loads(raw)
    return DemoRecords(live=dict(held.get("live") or {}), removed=dict(held.get("removed") or {}))


def demo_mark(db: Database) -> str:
    """Changes whenever the demo records do ("" when there never were any): a screen reads
    them again only then."""
    return db.meta(_GENERATION)


def _save(db: Database, records: DemoRecords) -> None:
    db.set_meta(_RECORDS, json.dumps({"live": records.live, "removed": records.removed},
                                     separators=(",", ":")))
    db.set_meta(_COUNT, str(records.count))
    db.set_meta(_GENERATION, str(int(db.meta(_GENERATION, "0") or 0) + 1))


def note_demo(db: Database, made: Iterable[Record]) -> int:
    """Remember records the demo made (those removed since stay removed). Returns how many were
    new here."""
    made = list(made)
    if not made:
        return 0
    with db.atomic():  # read and written under one lock: another process may note some too
        records = demo_records(db)
        known = records.all()
        added = 0
        for table, record_id in made:
            if (table, record_id) not in known:
                records.live.setdefault(table, []).append(record_id)
                known.add((table, record_id))
                added += 1
        if added:
            _save(db, records)
    return added


def note_removed(db: Database, gone: Iterable[Record]) -> int:
    """Demo records that were removed: no longer counted, still never sent."""
    gone_set = set(gone)
    if not gone_set:
        return 0
    with db.atomic():
        records = demo_records(db)
        moved = 0
        for table in list(records.live):
            keep = []
            for record_id in records.live[table]:
                if (table, record_id) in gone_set:
                    records.removed.setdefault(table, []).append(record_id)
                    moved += 1
                else:
                    keep.append(record_id)
            if keep:
                records.live[table] = keep
            else:
                del records.live[table]
        if moved:
            _save(db, records)
    return moved


def is_demo(item: Sequence[Any], marks: set[Record]) -> bool:
    """Whether a wire change ([table, id, field, value, clock, user]) is of demo data: made by
    the demo, or a later change of a record the demo made."""
    return (len(item) > 5 and item[5] == DEMO_USER) or (item[0], item[1]) in marks


def note_set_aside(db: Database, items: Iterable[Sequence[Any]]) -> None:
    """Remember the records of demo changes set aside (a demo run may not have noted them yet:
    a sync in another window took its changes first)."""
    note_demo(db, {(str(i[0]), str(i[1])) for i in items if len(i) > 5 and i[5] == DEMO_USER})


def collect_made(db: Database) -> int:
    """Note the records the demo made that are still queued (after a demo run)."""
    made = [(e.table, e.record_id) for e in db.outbox.pending(limit=-1)
            if e.user == DEMO_USER and e.op == "insert"]
    return note_demo(db, made)


def queued_demo(db: Database) -> int:
    """How many demo changes are still queued (behind a person's own: the next sync drops
    them, unsent). Reads the whole outbox: for a command, not for a screen's refresh."""
    marks = demo_records(db).all()
    if not marks:
        return 0
    return sum(1 for e in db.outbox.pending(limit=-1)
               if e.user == DEMO_USER or (e.table, e.record_id) in marks)


def set_aside(db: Database) -> int:
    """Drop every queued demo change from the outbox without sending it: the demo's own and
    any later change of a demo record, wherever it is in the queue. Returns how many changes
    were dropped."""
    with db.atomic():
        collect_made(db)  # what the demo made and a run did not note yet
        return db.outbox.discard(sorted(demo_records(db).all()), user=DEMO_USER)
