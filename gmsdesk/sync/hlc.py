"""Hybrid logical clock: 48-bit wall-clock milliseconds + 16-bit counter, packed in one integer.

A timestamp never goes backwards on a device, even when the laptop's clock does, and it moves
past every timestamp the device has seen from others (`observe`). Packed as `ms << 16 | counter`
so timestamps compare as plain integers and store as one SQLite INTEGER.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

COUNTER_BITS = 16
COUNTER_MAX = (1 << COUNTER_BITS) - 1


def pack(ms: int, counter: int) -> int:
    return (ms << COUNTER_BITS) | counter


def unpack(hlc: int) -> tuple[int, int]:
    return hlc >> COUNTER_BITS, hlc & COUNTER_MAX


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass
class HybridClock:
    """Issues timestamps; `last` is persisted by the caller after each use."""

    last: int = 0
    now_ms: Callable[[], int] = wall_ms
    offset_ms: int = 0  # correction the server told us our wall clock needs

    def now(self) -> int:
        wall = self.now_ms() + self.offset_ms
        last_ms, counter = unpack(self.last)
        if wall > last_ms:
            self.last = pack(wall, 0)
        elif counter < COUNTER_MAX:
            self.last = pack(last_ms, counter + 1)
        else:  # counter exhausted within one millisecond: borrow the next millisecond
            self.last = pack(last_ms + 1, 0)
        return self.last

    def observe(self, remote: int) -> int:
        """Move past a timestamp received from elsewhere, so our next edit orders after it."""
        if remote > self.last:
            self.last = remote
        return self.now()
