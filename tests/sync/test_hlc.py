"""The hybrid logical clock never goes backwards and orders after what it has seen."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from gmsdesk.sync.hlc import COUNTER_MAX, HybridClock, pack, unpack


def test_wall_clock_going_backwards_does_not_move_the_clock_back() -> None:
    times = iter([1_000, 2_000, 500, 500, 3_000])
    clock = HybridClock(now_ms=lambda: next(times))
    stamps = [clock.now() for _ in range(5)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 5
    assert unpack(stamps[2]) == (2_000, 1)


def test_counter_overflow_borrows_the_next_millisecond() -> None:
    clock = HybridClock(last=pack(5_000, COUNTER_MAX), now_ms=lambda: 5_000)
    assert unpack(clock.now()) == (5_001, 0)


def test_observe_moves_past_remote_time() -> None:
    clock = HybridClock(now_ms=lambda: 1_000)
    remote = pack(9_000, 7)
    assert clock.observe(remote) > remote


@given(st.lists(st.integers(min_value=0, max_value=2**40), min_size=1, max_size=200))
def test_monotonic_whatever_the_wall_clock_says(walls: list[int]) -> None:
    it = iter(walls)
    clock = HybridClock(now_ms=lambda: next(it))
    stamps = [clock.now() for _ in walls]
    assert all(a < b for a, b in itertools.pairwise(stamps))
