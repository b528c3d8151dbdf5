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
