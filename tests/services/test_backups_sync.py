"""A laptop enrolled with headquarters, restored from a backup, keeps syncing correctly (a real
server on 127.0.0.1): what it sent after the backup is not sent again, what others and it
changed after the backup is there again, and its clock never goes back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from gmsdesk.server.store import Store, changes, create_schema, make_engine
from gmsdesk.services import backups
from gmsdesk.storage.db import Database
from gmsdesk.sync.client import SyncClient


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """Headquarters on a SQLite file (the PostgreSQL variant adds nothing to what a laptop's
    restore does)."""
    engine = make_engine(str(tmp_path / "server.sqlite3"))
    create_schema(engine)
    hq = Store(engine)
    hq.add_agency("kh-sr", "Siem Reap Provincial Chamber of Commerce")
    yield hq
    engine.dispose()


def server_changes(store: Store, device_id: str) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(changes)
                                .where(changes.c.device_id == device_id)).scalar_one())


def field_clock(db: Database, table: str, record_id: str, field: str) -> int:
    spec = db.sync.specs()[table]
    return db.smes.writer.field_clock(spec, record_id, field)


def test_restored_laptop_syncs_on_without_losing_or_repeating_anything(
        enrolled: Any, store: Store, tmp_path: Path) -> None:
    a, client_a = enrolled("kh-sr", "laptop1")
    b, client_b = enrolled("kh-sr", "laptop2")
    shared = a.smes.create({"name": "Angkor Silk", "phone": "012 000 000"})[0].record_id
    client_a.sync()
    client_b.sync()
    queued = a.smes.create({"name": "Queued at backup time"})[0].record_id  # not sent yet
    backup = backups.create(a, "manual")
    assert backup is not None

    # After the backup: this laptop's edits, sent; another laptop's edit, received here.
    client_a.sync()  # sends `queued`
    a.smes.update(shared, {"phone": "012 111 111"})
    later = a.smes.create({"name": "Made after the backup"})[0].record_id
    b.smes.update(shared, {"email": "info@angkorsilk.kh"})
    client_a.sync()
    client_b.sync()
    client_a.sync()
    assert a.smes.get(shared).email == "info@angkorsilk.kh"
    # And one edit never sent: restoring means going back to before it.
    a.smes.update(shared, {"name": "Angkor Silk (unsent)"})
    sent_before = server_changes(store, a.device_id)
    clock_before = int(a.meta("hlc"))
    device, enrolment = a.device_id, a.sync.enrolment()

    result = backups.restore(a.path, backup.path, current=a)
    assert result is not None and result.before is not None
    assert result.acknowledged >= 1 and result.taken_over >= 2
    a.close()
    a = Database(a.path, user="laptop1")
    try:
        # Who it is, its key, and its clock are the replaced database's.
        assert a.device_id == device and a.sync.enrolment() == enrolment
        assert int(a.meta("hlc")) >= clock_before
        # Nothing headquarters already has waits to be sent again.
        assert a.outbox.pending_count() == 0
        report = SyncClient(a).sync()
        assert report.sent == 0
        assert server_changes(store, device) == sent_before
        # This laptop's own edits after the backup, and the other laptop's, are all here.
        got = a.smes.get(shared)
        assert (got.phone, got.email, got.name) == ("012 111 111", "info@angkorsilk.kh",
                                                    "Angkor Silk")
        assert a.smes.get(later).name == "Made after the backup"
        assert a.smes.get(queued).name == "Queued at backup time"
        assert a.smes.count() == 3
        # A new edit is newer than every one headquarters has of the record, and wins.
        newest = max(field_clock(b, "smes", shared, f) for f in ("phone", "email", "name"))
        a.smes.update(shared, {"phone": "012 222 222"})
        assert field_clock(a, "smes", shared, "phone") > newest
        assert SyncClient(a).sync().sent == 1
        client_b.sync()
        assert b.smes.get(shared).phone == "012 222 222"
        # And the two laptops agree on everything.
        for db in (a, b):
            assert db.smes.count() == 3
        assert {s.id: (s.name, s.phone, s.email) for s in a.smes.search("")} == \
            {s.id: (s.name, s.phone, s.email) for s in b.smes.search("")}
    finally:
        a.close()
