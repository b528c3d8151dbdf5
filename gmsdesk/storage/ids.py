"""UUIDv7 ids: unique without coordination, and ordered by creation time (good for B-trees)."""

from __future__ import annotations

import os
import time
import uuid


def uuid7(ms: int | None = None) -> str:
    """A RFC 9562 version 7 UUID as text."""
    ms = time.time_ns() // 1_000_000 if ms is None else ms
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76  # version
    value |= ((rand >> 62) & 0xFFF) << 64  # rand_a, 12 bits
    value |= 0b10 << 62  # variant
    value |= rand & ((1 << 62) - 1)  # rand_b
    return str(uuid.UUID(int=value))


# Fixed namespace of GMS Desk's derived ids. Never change it: ids already synced depend on it.
NAMESPACE = uuid.UUID("6f1d3a52-9b0e-4c55-8a0e-0c6b9d1f4e21")


def derived_id(kind: str, *parts: str) -> str:
    """A UUIDv5 made from what a record is about (e.g. attendance of one person at one session),
    so two devices recording the same thing make the same record and sync cannot duplicate it."""
    return str(uuid.uuid5(NAMESPACE, "/".join((kind, *parts))))
