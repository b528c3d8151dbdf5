"""The outbox: local field-level changes waiting to be sent to headquarters."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from gmsdesk.storage.db import Database


@dataclass(frozen=True)
class OutboxEntry:
    seq: int
    table: str
    record_id: str
    op: str
    fields: dict[str, Any]
    hlc: int
    device_id: str
    user: str
    at: str


class Outbox:
    def __init__(self, db: Database) -> None:
        self.db = db

    def pending_count(self) -> int:
        return int(self.db.conn.execute("SELECT count(*) FROM outbox").fetchone()[0])

    def _select(self, where: str, params: tuple[Any, ...], limit: int = -1) -> list[OutboxEntry]:
        rows = self.db.conn.execute(
            "SELECT seq, tbl, row_id, op, fields, hlc, device_id, user, at FROM outbox "
            f"WHERE {where} ORDER BY seq LIMIT {int(limit)}",
            params,
        ).fetchall()
        return [
            OutboxEntry(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5], r[6], r[7], r[8])
            for r in rows
        ]

    def pending(self, limit: int = 1000, after_seq: int = 0) -> list[OutboxEntry]:
        return self._select("seq > ?", (after_seq,), limit)

    def for_record(self, table: str, record_id: str) -> list[OutboxEntry]:
        return self._select("tbl = ? AND row_id = ?", (table, record_id))

    def discard(self, records: Iterable[tuple[str, str]], user: str | None = None) -> int:
        """Drop every queued change of `records` ((table, id)), and with `user` every change
        that user made, wherever it is in the queue: they are never sent (demo data). Returns
        how many were dropped."""
        with self.db.atomic():
            conn = self.db.conn
            dropped = conn.execute("DELETE FROM outbox WHERE user = ?", (user,)).rowcount \
                if user is not None else 0
            for table, record_id in records:
                dropped += conn.execute("DELETE FROM outbox WHERE tbl = ? AND row_id = ?",
                                        (table, record_id)).rowcount
        return dropped

    def acknowledge(self, up_to_seq: int) -> int:
        """Drop entries the server has confirmed; returns how many were dropped."""
        with self.db.atomic():
            cur = self.db.conn.execute("DELETE FROM outbox WHERE seq <= ?", (up_to_seq,))
        return cur.rowcount
