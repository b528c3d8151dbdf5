"""A real headquarters server on 127.0.0.1 (uvicorn in a thread) and enrolled devices."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import uvicorn

from gmsdesk.server.app import create_app
from gmsdesk.server.store import Store, create_schema, make_engine
from gmsdesk.storage.db import Database
from gmsdesk.sync.client import SyncClient


class LiveServer:
    def __init__(self, store: Store) -> None:
        self.store = store
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        sock.close()
        config = uvicorn.Config(create_app(store), host="127.0.0.1", port=self.port,
                                log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("server did not start")
            time.sleep(0.01)
        self.url = f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    engine = make_engine(str(tmp_path / "server.sqlite3"))
    create_schema(engine)
    store = Store(engine)
    store.add_agency("kh-sr", "Siem Reap Provincial Chamber of Commerce")
    store.add_agency("la-vt", "Vientiane Trade Promotion Centre")
    store.add_agency("hq", "Headquarters", hq=True)
    return store


@pytest.fixture
def server(store: Store) -> Iterator[LiveServer]:
    live = LiveServer(store)
    yield live
    live.stop()


Device = tuple[Database, SyncClient]


@pytest.fixture
def enrolled(server: LiveServer, tmp_path: Path) -> Iterator[Callable[[str, str], Device]]:
    """enrolled("kh-sr", "laptop1") -> (database, client), enrolled with the server."""
    made: list[Database] = []

    def make(agency: str, name: str) -> Device:
        db = Database(tmp_path / f"{name}.sqlite3", user=name)
        made.append(db)
        client = SyncClient(db)
        client.enroll(server.url, server.store.create_enrollment(agency), name)
        return db, client

    yield make
    for db in made:
        db.close()
