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
# Tokens go to a file beside each test database, never into a developer's own keyring.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

import uvicorn

from gmsdesk.server.app import create_app
from gmsdesk.server.store import Store, create_schema, make_engine
from gmsdesk.storage.db import Database
from gmsdesk.sync.client import SyncClient


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
    """uvicorn in a thread on a free port of 127.0.0.1. The socket is bound here and handed to
    uvicorn: a port found by binding, closing and binding again can be taken in between."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.socket.bind(("127.0.0.1", 0))
        self.port = self.socket.getsockname()[1]
        config = uvicorn.Config(create_app(store), log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.socket]},
                                       daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                self.socket.close()
                raise RuntimeError("server did not start")
            time.sleep(0.01)
        self.url = f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.socket.close()


@pytest.fixture(scope="session")
def postgres() -> Iterator[Any]:
    """One real PostgreSQL for the test session (pgserver runs it from a wheel), stopped and
    its data folder deleted at the end."""
    import tempfile

    import pgserver

    server = pgserver.get_server(tempfile.mkdtemp(prefix="gmsdesk-pg-"), cleanup_mode="delete")
    yield server
    server.cleanup()


_pg_databases = iter(range(1, 1_000_000))


def _pg_admin(pg: Any, statement: str) -> None:
    import psycopg

    with psycopg.connect(pg.get_uri(), autocommit=True) as conn:
        conn.execute(statement)


@pytest.fixture
def pg_database(postgres: Any) -> Iterator[Callable[[], str]]:
    """new() -> the URL of a fresh, empty PostgreSQL database, dropped after the test. Dispose
    engines on it first; FORCE ends the connections of any left open."""
    made: list[str] = []

    def new() -> str:
        name = f"t{next(_pg_databases)}"
        _pg_admin(postgres, f"CREATE DATABASE {name}")
        made.append(name)
        url: str = postgres.get_uri().replace("/postgres?", f"/{name}?")
        return url

    yield new
    for name in made:
        _pg_admin(postgres, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def server_engine_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "server.sqlite3")
    new_database: Callable[[], str] = request.getfixturevalue("pg_database")
    return new_database()


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
