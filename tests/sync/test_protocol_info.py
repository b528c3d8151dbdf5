"""Row info beside the change blocks: what goes in comes out, runs of one value travel once,
and a reader that ignores row info still reads every change."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from gmsdesk.sync import protocol

# Values as JSON carries them, with the ones easy to mix up: True is not 1, 1.0 is not 1.
scalars = st.none() | st.booleans() | st.integers(-3, 3) | st.sampled_from([1.0, 0.5]) \
    | st.text(max_size=3)
values = scalars | st.lists(scalars, max_size=2) | st.dictionaries(st.text(max_size=2), scalars,
                                                                  max_size=2)
# Row info as it comes: indexes, or None for nobody.
infos = st.integers(0, 3) | st.none()


@st.composite
def changes(draw: st.DrawFn) -> tuple[list[list[Any]], int, bool]:
    """Field changes as pages (with device indexes) or pushes (device -1: none) carry them,
    each with up to `extra` row info values after the device index."""
    extra = draw(st.integers(0, 3))
    pushed = draw(st.booleans())
    one = st.tuples(st.sampled_from(["smes", "people"]), st.sampled_from("abcd"),
                    st.sampled_from(["name", "phone", "notes"]), values,
                    st.integers(0, 5).map(lambda t: t * 65_536),
                    st.just([-1]) if pushed else st.integers(0, 2).map(lambda d: [d]),
                    st.lists(infos, max_size=extra))
    flat = [[tbl, row_id, field, value, hlc, *device, *info]
            for tbl, row_id, field, value, hlc, device, info
            in draw(st.lists(one, max_size=30))]
    return flat, extra, pushed


def _expected(flat: list[list[Any]], extra: int, pushed: bool) -> dict[str, str]:
    """What ungroup must give back: each change once per record, clock, device and info
    (the last value of a field wins), info missing at the end read as None."""
    out: dict[str, str] = {}
    for tbl, row_id, field, value, hlc, *rest in flat:
        device = [] if pushed else [rest[0]]
        given_info = rest[1:]
        info = [*given_info, *[None] * (extra - len(given_info))]
        key = json.dumps([tbl, row_id, field, hlc, *device, *info])
        out[key] = json.dumps(value)
    return out


def _read(flat: list[list[Any]]) -> dict[str, str]:
    return {json.dumps([*c[:3], *c[4:]]): json.dumps(c[3]) for c in flat}


def _travel(payload: Any) -> Any:
    """Through the wire and back: gzip JSON, as a body."""
    body, encoding = protocol.encode(payload, protocol.XZ)
    return protocol.decode(body, encoding=encoding)


@given(changes())
def test_what_goes_in_comes_out_through_the_wire(case: tuple[list[list[Any]], int, bool]
                                                 ) -> None:
    flat, extra, pushed = case
    blocks, row_info = protocol.group_info(flat, extra)
    body = _travel({"changes": blocks, "row_info": row_info})
    back = protocol.ungroup(body["changes"], body["row_info"])
    assert _read(back) == _expected(flat, extra, pushed)  # JSON text: True is not 1
    assert len(back) == len(_expected(flat, extra, pushed))


@given(changes())
def test_a_reader_without_row_info_reads_the_same_changes(
        case: tuple[list[list[Any]], int, bool]) -> None:
    """Blocks keep their six-element shape; an older release ignores row_info."""
    flat, extra, _pushed = case
    blocks, _row_info = protocol.group_info(flat, extra)
    assert all(len(block) == 6 for block in blocks)
    with_info = protocol.ungroup(blocks, protocol.group_info(flat, extra)[1])
    without = protocol.ungroup(blocks)
    width = len(without[0]) if without else 0
    assert [c[:width] for c in with_info] == without


@given(changes())
def test_row_info_is_lists_of_lists_as_the_server_validates_it(
        case: tuple[list[list[Any]], int, bool]) -> None:
    """A push's row_info is checked as list[list[list[Any]]]: runs keep that shape."""
    flat, extra, _pushed = case
    _blocks, row_info = protocol.group_info(flat, extra)
    assert all(isinstance(block, list) and len(block) == extra for block in row_info)
    assert all(isinstance(column, list) for block in row_info for column in block)


@given(st.lists(infos | st.booleans() | st.just(1.0), max_size=60))
def test_runs_are_read_back_exactly_and_only_used_when_shorter(column: list[Any]) -> None:
    sent = protocol._runs(column)
    assert len(sent) <= len(column)
    assert json.dumps(protocol._per_row(_travel(sent), len(column))) == json.dumps(column)


def test_one_agency_and_one_person_travel_once_per_block() -> None:
    flat = [["smes", f"id{i}", "name", f"SME {i}", 1_000 + i, 0, 3, 1] for i in range(500)]
    blocks, row_info = protocol.group_info(flat, 2)
    assert row_info == [[[3, 500], [1, 500]]]
    assert len(protocol.ungroup(blocks, row_info)) == 500
    assert {tuple(c[6:]) for c in protocol.ungroup(blocks, row_info)} == {(3, 1)}


@given(st.lists(st.integers(-2, 5) | st.text(max_size=1) | st.none(), max_size=8),
       st.integers(0, 6))
def test_malformed_row_info_reads_as_nobody(column: list[Any], rows: int) -> None:
    """Info that is neither one value per row nor runs adding up to the rows is None."""
    got = protocol._per_row(column, rows)
    assert len(got) == rows
    if len(column) != rows:
        pairs = list(zip(column[::2], column[1::2], strict=False))
        counts_ok = len(column) % 2 == 0 and all(
            isinstance(n, int) and n >= 1 for _, n in pairs) and sum(
            n for _, n in pairs if isinstance(n, int)) == rows
        if not counts_ok:
            assert got == [None] * rows


def test_runs_never_blow_up_a_small_block() -> None:
    """A count far beyond the block is refused before anything is built."""
    assert protocol._per_row([7, 10**12], 3) == [None, None, None]
    blocks = [["smes", ["name"], ["a"], [5], [0], [["x"]]]]
    assert protocol.ungroup(blocks, [[[2, 10**12]]]) == [["smes", "a", "name", "x", 5, 0, None]]
