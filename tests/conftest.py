"""Shared fixtures: a fresh database file per test, a temp data folder, offscreen Qt."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import uvicorn  # noqa: E402

from gmsdesk.server.app import create_app  # noqa: E402
from gmsdesk.server.store import Store, create_schema, make_engine  # noqa: E402
from gmsdesk.storage.db import Database  # noqa: E402
from gmsdesk.sync.client import SyncClient  # noqa: E402


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def db(data_dir: Path) -> Iterator[Database]:
    database = Database(data_dir / "gmsdesk.sqlite3", user="tester")
    yield database
    database.close()


# -- a live headquarters server ---------------------------------------------------------------



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


@pytest.fixture(scope="session")
def postgres() -> Iterator[Any]:
    """One real PostgreSQL for the test session (pgserver runs it from a wheel)."""
    import tempfile

    import pgserver

    server = pgserver.get_server(tempfile.mkdtemp(prefix="gmsdesk-pg-"), cleanup_mode="stop")
    yield server
    server.cleanup()


_pg_databases = iter(range(1, 1_000_000))


def server_engine_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "server.sqlite3")
    pg = request.getfixturevalue("postgres")
    name = f"t{next(_pg_databases)}"
    pg.psql(f"CREATE DATABASE {name};")
    return pg.get_uri().replace("/postgres?", f"/{name}?")


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """The headquarters store on a SQLite file, and on a real PostgreSQL."""
    engine = make_engine(server_engine_url(request, tmp_path))
    create_schema(engine)
    store = Store(engine)
    store.add_agency("kh-sr", "Siem Reap Provincial Chamber of Commerce")
    store.add_agency("la-vt", "Vientiane Trade Promotion Centre")
    store.add_agency("hq", "Headquarters", hq=True)
    yield store
    engine.dispose()


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
