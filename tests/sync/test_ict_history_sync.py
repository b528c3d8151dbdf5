"""The ICT ladder's history through a real server: what one laptop records, the others derive
from what they receive, dated alike."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from gmsdesk.storage.db import Database


def at(db: Database, when: str) -> None:
    """Set the laptop's wall clock (UTC) for the edits that follow."""
    ms = int(datetime.fromisoformat(when).replace(tzinfo=UTC).timestamp() * 1000)
    db.clock.now_ms = lambda: ms


def entries(db: Database, sme_id: str) -> list[tuple[Any, ...]]:
    return [(e.day, e.table, e.record_id, e.field, e.old, e.new, e.who, e.level)
            for e in db.ict_history.timeline(sme_id)]


def test_history_appears_on_the_receiving_laptop(enrolled: Any) -> None:
    a, client_a = enrolled("kh-sr", "laptop1")
    b, client_b = enrolled("kh-sr", "laptop2")
    # Last year's work, made on the first laptop before it synced.
    at(a, "2025-01-10T03:00:00")
    sme = a.smes.create({"name": "Angkor Silk", "uses_email": 1, "country": "KH",
                         "province": "Siem Reap"})[0].record_id
    at(a, "2025-03-01T03:00:00")
    a.smes.update(sme, {"uses_social_media": 1})
    at(a, "2025-06-01T03:00:00")
    spec = a.sync.specs()["presences"]
    portal = a.smes.writer.insert(spec, {"sme_id": sme, "kind": "portal",
                                         "name": "Cambodia Trade Portal"})[0].record_id
    at(a, "2025-09-01T03:00:00")
    a.smes.writer.update(spec, portal, {"status": "displaying"})
    client_a.sync()
    report = client_b.sync()
    assert report.received > 0
    assert b.ict_history.count() > 0
    assert entries(b, sme) == entries(a, sme)
    assert [(day, field, new) for day, _t, _r, field, _o, new, _w, _l in entries(b, sme)] == [
        ("2025-01-10", "created", None), ("2025-01-10", "uses_email", 1),
        ("2025-03-01", "uses_social_media", 1), ("2025-06-01", "status", "registered"),
        ("2025-09-01", "status", "displaying")]
    assert {who for *_, who, _level in entries(b, sme)} == {"laptop1"}
    for laptop in (a, b):
        assert laptop.ict_history.online_on(date(2025, 2, 28)).ids == ()
        assert laptop.ict_history.online_on(date(2025, 3, 1)).ids == (sme,)
        moves = laptop.ict_history.moved_up(date(2025, 1, 1), date(2025, 12, 31))
        assert [(m.sme_id, m.before, m.after) for m in moves] == [(sme, 1, 2)]
    # An edit on the receiving laptop travels back and is dated alike on both.
    b.smes.update(sme, {"uses_social_media": 0})
    client_b.sync()
    client_a.sync()
    assert entries(a, sme) == entries(b, sme)
    assert entries(a, sme)[-1][3:6] == ("uses_social_media", 1, 0)
