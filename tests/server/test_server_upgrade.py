"""A headquarters database from before publishing: opening it with this release adds what it
lacks, publishes what headquarters had made, and gives every agency its profile."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from gmsdesk.server.store import Store, create_schema, make_engine


def test_an_older_server_database_is_brought_up_to_date(tmp_path: Path) -> None:
    engine = make_engine(str(tmp_path / "server.sqlite3"))
    create_schema(engine)
    store = Store(engine)
    store.add_agency("kh-sr", "Siem Reap Provincial Chamber of Commerce")
    store.add_agency("hq", "Headquarters", hq=True)
    enrolled = {}
    for agency in ("kh-sr", "hq"):
        made = store.enroll(store.create_enrollment(agency), f"{agency}-laptop")
        assert made is not None
        enrolled[agency] = store.authenticate(made[1])
    hq_device, kh_device = enrolled["hq"], enrolled["kh-sr"]
    assert hq_device is not None and kh_device is not None
    store.push(hq_device, "hq-batch-1", 0, [["modules", "m-1", "code", "A09", 1 << 20]])
    # As the older release left it: no names, no publishing, no profiles.
    with engine.begin() as conn:
        for statement in ("DROP INDEX changes_published_seq",
                          "ALTER TABLE changes DROP COLUMN published",
                          'ALTER TABLE changes DROP COLUMN "user"',
                          'ALTER TABLE fields DROP COLUMN "user"',
                          "DELETE FROM changes WHERE tbl = 'agency_profiles'",
                          "DELETE FROM fields WHERE tbl = 'agency_profiles'",
                          "DELETE FROM records WHERE tbl = 'agency_profiles'"):
            conn.exec_driver_sql(statement)
    create_schema(engine)
    page = Store(engine).pull(kh_device, 0, 1 << 20)
    got = {(c[0], c[2]) for c in page.changes}
    assert ("modules", "code") in got  # what headquarters had made reaches the agency now
    assert {("agency_profiles", "name"), ("agency_profiles", "agency")} <= got
    with engine.connect() as conn:
        columns = {c["name"] for c in sa.inspect(conn).get_columns("changes")}
    assert {"user", "published"} <= columns
    create_schema(engine)  # again: nothing more to do, nothing doubled
    again = Store(engine).pull(kh_device, 0, 1 << 20)
    assert len(again.changes) == len(page.changes)
