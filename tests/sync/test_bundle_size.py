"""A bundle's bytes against the sync floor of SYNC.md, B_min(N) = O + N * (m + c), measured as
bench/sync.py measures it: O the bytes of a sync with nothing to do, m = 24 bytes of id and
clock per record, c `xz -9e` of the same field values as compact JSON. Bundles travel as the
wire does (columnar blocks, compressed), so a laptop's export and headquarters' reply each stay
within 1.1 times the floor; the network's own bytes are printed beside them (`pytest -s`)."""

from __future__ import annotations

import json
import lzma
from typing import Any

import pytest

from gmsdesk.demo import generate_smes
from gmsdesk.server.bundle import import_bundle, write_reply
from gmsdesk.sync import bundle

RATIO = 1.1


def floor_bytes(rows: list[dict[str, Any]], overhead: int) -> int:
    content = json.dumps([{k: v for k, v in r.items() if v is not None} for r in rows],
                         ensure_ascii=False, separators=(",", ":")).encode()
    return overhead + 24 * len(rows) + len(lzma.compress(content,
                                                         preset=9 | lzma.PRESET_EXTREME))


@pytest.mark.parametrize("count", [100, 1000])
def test_bundles_stay_within_a_tenth_of_the_floor(enrolled: Any, server: Any,
                                                  count: int) -> None:
    field, field_client = enrolled("kh-sr", f"field-{count}")
    office, office_client = enrolled("kh-sr", f"office-{count}")
    network, network_client = enrolled("la-vt", f"network-{count}")  # the same by network
    noop = field_client.sync()
    overhead = noop.bytes_sent + noop.bytes_received
    office_client.sync()
    network_client.sync()
    rows = list(generate_smes(count, seed=count))
    field.smes.create_many(rows)
    network.smes.create_many(rows)
    floor = floor_bytes(rows, overhead)

    data, summary = bundle.export(field)
    assert summary.sent == count
    import_bundle(server.store, data)
    answer = write_reply(server.store, office.device_id)[0]
    assert bundle.import_bytes(office, answer).received == count
    pushed = network_client.sync()
    push_bytes = pushed.bytes_sent + pushed.bytes_received
    print(f"\n{count} SMEs: floor {floor:,} B (O {overhead} B) | bundle {len(data):,} B "
          f"({len(data) / floor:.2f}x) | reply {len(answer):,} B ({len(answer) / floor:.2f}x) "
          f"| network push {push_bytes:,} B ({push_bytes / floor:.2f}x) in "
          f"{pushed.round_trips} round trips")
    assert len(data) <= RATIO * floor
    assert len(answer) <= RATIO * floor
