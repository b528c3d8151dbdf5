"""The sync protocol shared by client and server: version, limits, wire encoding, merge rules.

One request does everything: `POST /v1/sync` carries a batch of field-level changes from the
device's outbox and the device's pull cursor; the answer acknowledges the batch and carries the
changes others made since the cursor. Bodies are gzip-compressed JSON; changes travel as compact
arrays, one per record and clock: `[table, record_id, hlc, {field: value, ...}]` up, and
`[table, record_id, hlc, device_index, {field: value, ...}]` down (device ids listed once per
answer) — so ids and clocks are not repeated for every field.
"""

from __future__ import annotations

import gzip
import json
import zlib
from typing import Any

PROTOCOL_VERSION = 1
MIN_PROTOCOL = 1  # older clients get 426 "please update"
PROTOCOL_HEADER = "X-GMS-Protocol"
MAX_SKEW_MS = 5 * 60 * 1000  # a device clock further ahead than this is refused
MAX_BODY_BYTES = 8 * 1024 * 1024  # compressed request size (413 beyond)
MAX_JSON_BYTES = 64 * 1024 * 1024  # decompressed request size (413 beyond)
MAX_CHANGES_PER_BATCH = 20_000

# How each record type merges (SYNC.md): "lww" field-level last-writer-wins with conflicts;
# "forward" progress that only moves forward unless an admin reverts it; "append" records
# that never change once written (corrections are new records that supersede).
TABLE_RULES: dict[str, str] = {
    "smes": "lww",
    "sectors": "lww",
    "conflicts": "lww",
    "module_progress": "forward",
    "survey_responses": "append",
}
PROGRESS_ORDER = {"not_started": 0, "in_progress": 1, "completed": 2}


class BodyTooLarge(ValueError):
    pass


def encode(payload: Any) -> bytes:
    raw = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return gzip.compress(raw, compresslevel=6, mtime=0)


def decode(body: bytes, *, gzipped: bool, limit: int = MAX_JSON_BYTES) -> Any:
    """Parse a (possibly gzip) JSON body, refusing to inflate past `limit` bytes."""
    if gzipped:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        raw = inflater.decompress(body, limit + 1)
        if len(raw) > limit or inflater.unconsumed_tail:
            raise BodyTooLarge(f"more than {limit} bytes once decompressed")
    else:
        raw = body
        if len(raw) > limit:
            raise BodyTooLarge(f"more than {limit} bytes")
    return json.loads(raw)


Flat = list[Any]  # [table, record_id, field, value, hlc(, device_index)]


def group(flat: list[Flat]) -> list[list[Any]]:
    """Consecutive field changes of one record with one clock (and device) become one entry."""
    out: list[list[Any]] = []
    for item in flat:
        tbl, row_id, field, value, hlc, *device = item
        head = [tbl, row_id, hlc, *device]
        if out and out[-1][:-1] == head:
            out[-1][-1][field] = value
        else:
            out.append([*head, {field: value}])
    return out


def ungroup(grouped: list[list[Any]]) -> list[Flat]:
    flat: list[Flat] = []
    for entry in grouped:
        *head, values = entry
        tbl, row_id, hlc, *device = head
        for field, value in values.items():
            flat.append([tbl, row_id, field, value, hlc, *device])
    return flat


def wins(hlc_a: int, device_a: str, hlc_b: int, device_b: str) -> bool:
    """Does edit A beat edit B? Later clock wins; equal clocks: the larger device id."""
    return (hlc_a, device_a) > (hlc_b, device_b)
