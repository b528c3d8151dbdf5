"""Record types merge by their nature (SYNC.md): progress only moves forward unless an admin
reverts it; survey responses are append-only. Shown at the protocol level, as a device sends."""

from __future__ import annotations

from typing import Any

import requests

from gmsdesk.sync import protocol
from gmsdesk.sync.hlc import pack, wall_ms


def push(server: Any, token: str, batch: str, flat: list[list[Any]]) -> dict[str, Any]:
    payload = {"protocol": 1, "device_time": wall_ms(), "cursor": 0,
               "push": {"batch": batch, "changes": protocol.group(flat)}}
    response = requests.post(
        f"{server.url}/v1/sync", data=protocol.encode(payload)[0], timeout=10,
        headers={"Authorization": f"Bearer {token}", "Content-Encoding": "gzip",
                 protocol.PROTOCOL_HEADER: "1"})
    assert response.status_code == 200, response.text
    return dict(response.json())


def state(server: Any, tbl: str, row_id: str) -> dict[str, Any]:
    import json

    import sqlalchemy as sa

    from gmsdesk.server.store import fields

    with server.store.engine.connect() as conn:
        rows = conn.execute(sa.select(fields.c.field, fields.c.value).where(
            fields.c.tbl == tbl, fields.c.row_id == row_id)).all()
    return {r.field: json.loads(r.value) for r in rows}


def test_progress_moves_forward_unless_an_admin_reverts(server: Any, enrolled: Any) -> None:
    a, _ = enrolled("kh-sr", "trainer1")
    b, _ = enrolled("kh-sr", "trainer2")
    token_a, token_b = a.sync.enrolment().token, b.sync.enrolment().token
    now = wall_ms()
    push(server, token_a, "batch-a-1", [["module_progress", "p1", "status", "completed",
                                         pack(now, 0)]])
    # A later but stale "in progress" from a laptop that had not heard: ignored.
    push(server, token_b, "batch-b-1", [["module_progress", "p1", "status", "in_progress",
                                         pack(now + 10, 0)]])
    assert state(server, "module_progress", "p1")["status"] == "completed"
    # An admin's revert says so, and is recorded.
    push(server, token_b, "batch-b-2", [
        ["module_progress", "p1", "status", "in_progress", pack(now + 20, 0)],
        ["module_progress", "p1", "reverted_by", "admin: wrong participant", pack(now + 20, 0)]])
    got = state(server, "module_progress", "p1")
    assert got == {"status": "in_progress", "reverted_by": "admin: wrong participant"}


def test_survey_responses_are_append_only(server: Any, enrolled: Any) -> None:
    a, _ = enrolled("kh-sr", "officer1")
    token = a.sync.enrolment().token
    now = wall_ms()
    push(server, token, "batch-r-1", [["survey_responses", "r1", "answers", {"q1": "fax"},
                                       pack(now, 0)]])
    push(server, token, "batch-r-2", [["survey_responses", "r1", "answers", {"q1": "email"},
                                       pack(now + 5, 0)]])
    assert state(server, "survey_responses", "r1")["answers"] == {"q1": "fax"}
    # A correction is a new response that supersedes the first.
    push(server, token, "batch-r-3", [
        ["survey_responses", "r2", "answers", {"q1": "email"}, pack(now + 6, 0)],
        ["survey_responses", "r2", "supersedes", "r1", pack(now + 6, 0)]])
    assert state(server, "survey_responses", "r2") == {"answers": {"q1": "email"},
                                                       "supersedes": "r1"}
    assert state(server, "survey_responses", "r1")["answers"] == {"q1": "fax"}
