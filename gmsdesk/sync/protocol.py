"""The sync protocol shared by client and server: version, limits, wire encoding. (How records
merge is `gmsdesk.records.merge`, one function for both sides.)

One request does everything: `POST /v1/sync` carries a batch of field-level changes from the
device's outbox and the device's pull cursor; the answer acknowledges the batch and carries the
changes others made since the cursor. Bodies are compressed JSON; changes travel as compact
blocks (see `group`), device ids listed once per answer.

Requests are gzip. An answer is xz when the client says it reads xz (`Accept-Encoding: xz,
gzip`, this release and later) and the answer is big enough for xz's larger header to pay: a
first pull's pages are a quarter smaller than gzip's, which is what a headquarters laptop on a
slow line waits for. Older clients ask for gzip only and get it.

The first request of a sync says which of the agency's public keys the laptop holds
(`keys_held`: a digest, "" for none; `gmsdesk.sync.bundle.keys_held`); the answer carries them
(`keys`) when they differ — a laptop enrolled or revoked since — so a laptop that only ever
syncs over the network checks the sync bundles it relays as one that imports replies does. A
request that does not say (releases before) gets the answer it always got; a server before
ignores the field.
"""

from __future__ import annotations

import gzip
import json
import lzma
import re
import zlib
from typing import Any

PROTOCOL_VERSION = 2  # 2: who made each change and which agency owns each record
MIN_PROTOCOL = 1  # older clients get 426 "please update"
PROTOCOL_HEADER = "X-GMS-Protocol"
# The app's version, sent by laptops since 0.1.0 beside the protocol's, so that headquarters can
# require a release (`gmsdesk-server serve --min-app-version`).
APP_VERSION_HEADER = "X-GMS-App-Version"
MAX_SKEW_MS = 5 * 60 * 1000  # a device clock further ahead than this is refused
MAX_BODY_BYTES = 8 * 1024 * 1024  # compressed request size (413 beyond)
MAX_JSON_BYTES = 64 * 1024 * 1024  # decompressed request size (413 beyond)
MAX_CHANGES_PER_BATCH = 20_000


class BodyTooLarge(ValueError):
    pass


GZIP, XZ = "gzip", "xz"
ACCEPT_ENCODING = f"{XZ}, {GZIP}"  # what this release reads, best first
# Below this many bytes of JSON an answer goes as gzip: xz's header and check cost about 50
# bytes more, which a small answer does not win back.
XZ_FROM_BYTES = 4096

def _xz_filters(size: int) -> list[dict[str, Any]]:
    """LZMA2 as `xz -4` but with longer matches and no position bits (JSON has no 4-byte
    structure): on a first pull's pages a quarter smaller than gzip -9, at about 6 MB/s. The
    dictionary just covers the body (a larger one finds nothing more, and costs the server
    about ten times its size in memory while it compresses)."""
    dictionary = min(max(1 << (size - 1).bit_length(), 1 << 16), 1 << 24)
    return [{"id": lzma.FILTER_LZMA2, "preset": 4, "nice_len": 32, "pb": 0,
             "dict_size": dictionary}]


def accepted(header: str) -> str:
    """The best encoding an Accept-Encoding header names: xz, gzip or '' (plain JSON)."""
    names = {part.split(";")[0].strip().lower() for part in header.split(",")}
    return XZ if XZ in names else GZIP if GZIP in names else ""


def encode(payload: Any, encoding: str = GZIP) -> tuple[bytes, str]:
    """A payload as compact JSON, compressed: (body, the encoding used). `encoding` xz falls
    back to gzip for a small payload; '' is plain JSON."""
    raw = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if encoding == XZ and len(raw) >= XZ_FROM_BYTES:
        return lzma.compress(raw, format=lzma.FORMAT_XZ, check=lzma.CHECK_CRC32,
                             filters=_xz_filters(len(raw))), XZ
    if encoding in (XZ, GZIP):
        return gzip.compress(raw, compresslevel=9, mtime=0), GZIP
    return raw, ""


def decode(body: bytes, *, encoding: str = "", limit: int = MAX_JSON_BYTES) -> Any:
    """Parse a JSON body (gzip, xz or plain), refusing to inflate past `limit` bytes.
    Whatever the body holds, the answer is a value or a ValueError (BodyTooLarge is one) with a
    plain reason: damaged compression, text that is not UTF-8, a string with half a surrogate
    pair (it could never be stored or sent on), NaN or Infinity (not JSON), nesting deeper
    than Python can read."""
    encoding = encoding.strip().lower()
    if encoding == GZIP:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            raw = inflater.decompress(body, limit + 1)
        except zlib.error as exc:
            raise ValueError(f"damaged gzip body: {exc}") from exc
        if len(raw) > limit or inflater.unconsumed_tail:
            raise BodyTooLarge(f"more than {limit} bytes once decompressed")
        if not inflater.eof:
            # Cut short: zlib returns what it could inflate without complaint, and a body that
            # lost only its trailer still parses, though its CRC was never checked.
            raise ValueError("incomplete gzip body")
    elif encoding == XZ:
        unpacker = lzma.LZMADecompressor(format=lzma.FORMAT_XZ)
        try:
            raw = unpacker.decompress(body, limit + 1)
        except lzma.LZMAError as exc:
            raise ValueError(f"damaged xz body: {exc}") from exc
        if len(raw) > limit:
            raise BodyTooLarge(f"more than {limit} bytes once decompressed")
        if not unpacker.eof or unpacker.unused_data:
            raise ValueError("incomplete xz body")
    elif encoding in ("", "identity"):
        raw = body
        if len(raw) > limit:
            raise BodyTooLarge(f"more than {limit} bytes")
    else:
        raise ValueError(f"unknown content encoding {encoding!r}")
    text = raw.decode("utf-8")  # strict: UnicodeDecodeError is a ValueError
    if "\\u" in text and _LONE_SURROGATE.search(text):
        raise ValueError("a text holds half of a surrogate pair (\\uD800-\\uDFFF alone)")
    try:
        return json.loads(text, parse_constant=_not_json)
    except RecursionError:
        raise ValueError("nested too deeply") from None


def _not_json(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


# A \u escape of a high surrogate not followed by a low one, or a low one not after a high
# one. (A text holding a real backslash before "ud800" is refused too: nobody types it.)
_LONE_SURROGATE = re.compile(
    r"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})"
    r"|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}")


Flat = list[Any]  # [table, record_id, field, value, hlc(, device_index(, *row_info))]


def group(flat: list[Flat]) -> list[list[Any]]:
    """Field changes -> columnar blocks, the wire form (see `group_info`)."""
    return group_info(flat, 0)[0]


def group_info(flat: list[Flat], extra: int) -> tuple[list[list[Any]], list[list[list[Any]]]]:
    """Field changes -> columnar blocks, the wire form, and per block the `extra` values each
    row carries after its device index (row info: [[value of row 1, row 2, ...] per extra]).

    Changes of one record with one clock (and device) make a row; rows of one table with the
    same fields share a block `[table, fields, ids, clock deltas, device indexes, columns]`,
    each column holding one field's values for every row. Like values sit together, which is
    what gzip compresses best (about twice as well as record by record). Merging is by clock,
    so the order of rows across blocks does not matter.

    Row info travels beside the blocks (`row_info` in a body), not inside them: a release
    that does not know it reads the blocks as before. Protocol 2 sends, per row, the index
    of the user who made the change and (answers) of the agency that owns the record. Those
    come in long runs — a headquarters page holds one agency's records after another, and a
    person's edits together — so a column whose runs are fewer than its rows travels as
    [value, count, value, count, ...] (see `_runs`): a page of 100,000 rows from one agency
    says so once, not 100,000 times, which also spares both sides parsing it.
    """
    rows: dict[tuple[Any, ...], dict[str, Any]] = {}
    width = 6 + extra
    padding = (None,) * extra
    for change in flat:
        if len(change) == width:  # as pages and pushes come: no slicing, no padding
            head = (change[0], change[1], change[4], *change[5:])
        else:
            rest = change[5:]
            given = tuple(rest[1:1 + extra])
            head = (change[0], change[1], change[4], rest[0] if rest else -1, *given,
                    *padding[len(given):])
        values = rows.get(head)
        if values is None:
            values = rows[head] = {}
        values[change[2]] = change[3]
    blocks: dict[tuple[str, tuple[str, ...]], list[Any]] = {}
    infos: dict[tuple[str, tuple[str, ...]], list[list[Any]]] = {}
    previous: dict[tuple[str, tuple[str, ...]], int] = {}
    for (tbl, row_id, hlc, device, *info), values in rows.items():
        names = tuple(sorted(values))
        key = (tbl, names)
        block = blocks.get(key)
        if block is None:
            block = blocks[key] = [tbl, list(names), [], [], [], [[] for _ in names]]
            infos[key] = [[] for _ in range(extra)]
            previous[key] = 0
        block[2].append(row_id)
        block[3].append(hlc - previous[key])  # first: the clock; then differences
        previous[key] = hlc
        block[4].append(device)
        for column, name in zip(block[5], names, strict=True):
            column.append(values[name])
        for column, value in zip(infos[key], info, strict=True):
            column.append(value)
    out = list(blocks.values())
    if all(d == -1 for block in out for d in block[4]):
        for block in out:
            block[4] = []  # pushes carry no device indexes
    return out, [[_runs(column) for column in infos[key]] for key in blocks]


def _runs(column: list[Any]) -> list[Any]:
    """A row info column as it travels: [value, count, ...] when that is shorter than one
    value per row, else as it is. A reader tells them apart by length alone (one value per
    row is exactly as long as the block), so runs are used only when strictly shorter.
    Values are compared with their type (True is not 1): what goes in comes out."""
    runs: list[Any] = []
    for value in column:
        if runs and runs[-2] == value and type(runs[-2]) is type(value):
            runs[-1] += 1
        else:
            runs += (value, 1)
            if len(runs) >= len(column):
                return column
    return runs


def ungroup(blocks: list[list[Any]], row_info: list[Any] | None = None) -> list[Flat]:
    """Columnar blocks -> field changes; ValueError if the blocks are not well formed.

    With `row_info` (see `group_info`), each change ends with its row's values, after the
    device index (or after the clock, for a push): missing or malformed info reads as None."""
    flat: list[Flat] = []
    append = flat.append
    for number, (tbl, names, ids, deltas, devices, columns) in enumerate(blocks):
        if not (isinstance(tbl, str) and isinstance(names, list) and len(columns) == len(names)
                and all(len(c) == len(ids) for c in columns) and len(deltas) == len(ids)
                and (not devices or len(devices) == len(ids))):
            raise ValueError("malformed change block")
        info = _block_info(row_info, number, len(ids))
        pairs = list(zip(names, columns, strict=True))
        hlc = 0
        for i, row_id in enumerate(ids):
            hlc += deltas[i]
            tail = [hlc, devices[i]] if devices else [hlc]
            tail += [column[i] for column in info]
            for name, column in pairs:
                append([tbl, row_id, name, column[i], *tail])
    return flat


def _block_info(row_info: list[Any] | None, number: int, rows: int) -> list[list[Any]]:
    if row_info is None:
        return []
    block = row_info[number] if isinstance(row_info, list) and number < len(row_info) else []
    if not isinstance(block, list):
        block = []
    return [_per_row(column, rows) for column in block]


def _per_row(column: Any, rows: int) -> list[Any]:
    """A row info column, one value per row, whether it came so or as runs (`_runs`)."""
    if not isinstance(column, list):
        return [None] * rows
    if len(column) == rows:
        return column
    out: list[Any] = []
    if len(column) % 2 == 0:
        for at in range(0, len(column), 2):
            count = column[at + 1]
            if not isinstance(count, int) or isinstance(count, bool) or count < 1 \
                    or len(out) + count > rows:
                return [None] * rows
            out += [column[at]] * count
    return out if len(out) == rows else [None] * rows


def index_of(names: list[Any], index: Any) -> Any:
    """`names[index]`, or None for an index that names nothing."""
    if isinstance(index, int) and not isinstance(index, bool) and 0 <= index < len(names):
        return names[index]
    return None


__all__ = ["ACCEPT_ENCODING", "GZIP", "MAX_SKEW_MS", "PROTOCOL_VERSION", "XZ", "accepted",
           "decode", "encode", "group", "group_info",
           "index_of", "ungroup"]
