"""Two servers over one database making the cursor key at the same moment: one key, no error."""

from __future__ import annotations

import threading
from pathlib import Path

from gmsdesk.server.store import Store, create_schema, make_engine


def test_two_stores_make_one_cursor_key_at_once(tmp_path: Path) -> None:
    engines = [make_engine(str(tmp_path / "server.sqlite3")) for _ in range(4)]
    create_schema(engines[0])
    stores = [Store(engine) for engine in engines]
    keys: list[bytes] = []
    errors: list[BaseException] = []
    start = threading.Barrier(len(stores))

    def make(store: Store) -> None:
        try:
            start.wait()
            keys.append(store._cursor_key("kh-sr"))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=make, args=(s,)) for s in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(set(keys)) == 1
