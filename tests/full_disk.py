"""A real full disk for storage and UI tests: SQLite's page limit, reached by adding SMEs."""

from __future__ import annotations

import pytest

from gmsdesk.storage.db import Database
from gmsdesk.storage.errors import DiskFull


def cap_growth(db: Database, pages: int = 8) -> None:
    """Let the database grow by only `pages` more pages (as if the disk had that much left)."""
    count = db.conn.execute("PRAGMA page_count").fetchone()[0]
    db.conn.execute(f"PRAGMA max_page_count = {count + pages}")


def free_space(db: Database) -> None:
    db.conn.execute("PRAGMA max_page_count = 1000000000")


def fill_with_smes(db: Database, name: str, notes: str) -> tuple[list[str], DiskFull]:
    """Cap the database, then add SMEs named "`name` 0", "`name` 1", ... until the disk is full:
    the names saved before it was, and the error the next one raised."""
    cap_growth(db)
    saved: list[str] = []
    with pytest.raises(DiskFull) as caught:  # noqa: PT012 - fills the disk until it is full
        for n in range(10_000):
            db.smes.create({"name": f"{name} {n}", "notes": notes})
            saved.append(f"{name} {n}")
    assert saved, "the database filled before the first SME"
    return saved, caught.value
