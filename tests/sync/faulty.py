"""Real network faults for sync tests: a `requests` transport adapter that misbehaves on
purpose, a server that can be restarted on its own port, and a round-robin "load balancer".

The faults happen at the HTTP level, on real requests to a real server on 127.0.0.1:

- ``drop_request``: the connection fails before anything is sent (the server sees nothing);
- ``drop_response``: the request is sent and fully answered (the server committed), then the
  connection fails before the client reads the answer;
- ``duplicate``: the request is sent twice; the client gets the second answer;
- ``hold``: the request is kept back and the client told the connection failed; it reaches
  the server later, once a request carrying another batch got through (an old batch arriving
  after a newer one), or at `flush_held()`;
- ``truncate``: the body is cut halfway (a well-formed HTTP request whose gzip body is
  incomplete); the client gets whatever the server answers;
- ``cut_connection``: the headers announce the whole body, half of it is written, then the
  socket closes (the client sees a dropped connection);
- ``truncate_tail``: only the last 4 bytes of the body are missing (the gzip length field): the
  deflate data is complete, the integrity trailer is not;
- ``restart``: the request goes through, then the server is stopped and a new one started on
  the same port and store before the client sees the answer;
- ``crash``: as ``restart``, and the answer is lost with the old server.

A plan maps the number of the coming `/v1/sync` request (1, 2, ...) to a fault; other
requests (enrolment) pass untouched. Everything that reached the server is logged.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import requests
import sqlalchemy as sa
import uvicorn
from requests.adapters import HTTPAdapter
from requests.models import PreparedRequest

from gmsdesk.server.app import create_app
from gmsdesk.server.store import Store
from gmsdesk.server.store import batches as server_batch_table
from gmsdesk.server.store import changes as server_changes
from gmsdesk.server.store import fields as server_fields
from gmsdesk.storage.db import Database
from gmsdesk.storage.smes import ICT_FIELDS, SME_FIELDS, SmeQuery
from gmsdesk.sync import protocol
from gmsdesk.sync.client import answer

FAULTS = ("drop_request", "drop_response", "duplicate", "hold", "truncate", "truncate_tail",
          "cut_connection", "restart", "crash")


@dataclass
class Delivery:
    """One request as the server received it (or not), for assertions."""

    index: int  # which /v1/sync request of the client (1-based); late copies keep theirs
    fault: str | None
    status: int | None  # None: never reached the server
    batch: str | None  # the push batch id, if the request carried one
    cursor: int | None
    late: bool = False  # a held request delivered after a newer one
    pushed: dict[str, Any] | None = None  # the server's "pushed" answer (applied/replayed...)


def _payload(body: Any) -> dict[str, Any]:
    if not body:
        return {}
    raw = body.encode() if isinstance(body, str) else body
    try:
        return dict(protocol.decode(raw, encoding=protocol.GZIP))
    except Exception:  # a body this layer damaged itself
        return {}


def _pushed(response: requests.Response) -> dict[str, Any] | None:
    try:
        data = answer(response)
    except requests.RequestException:
        return None
    return data.get("pushed")


class FaultyAdapter(HTTPAdapter):
    """A transport adapter that injects the planned fault into the n-th `/v1/sync` request."""

    def __init__(self, on_restart: Callable[[], None] | None = None) -> None:
        super().__init__(max_retries=0)
        self.plan: dict[int, str] = {}
        self.count = 0  # /v1/sync requests the client made so far
        self.log: list[Delivery] = []
        self.on_restart = on_restart
        self.auto_release = True  # False: held requests wait for flush_held()
        self._held: list[tuple[int, PreparedRequest, str | None]] = []

    # -- planning ------------------------------------------------------------------------------

    def at(self, index: int, fault: str, times: int = 1) -> FaultyAdapter:
        """Inject `fault` into request `index` and the `times - 1` requests after it."""
        assert fault in FAULTS, fault
        for i in range(index, index + times):
            self.plan[i] = fault
        return self

    def next(self, fault: str, times: int = 1) -> FaultyAdapter:
        """Inject `fault` into the coming request (and `times - 1` more)."""
        return self.at(self.count + 1, fault, times)

    def clear(self) -> None:
        self.plan.clear()

    def delivered(self) -> list[Delivery]:
        return [d for d in self.log if d.status is not None]

    # -- the transport -------------------------------------------------------------------------

    def _really_send(self, request: PreparedRequest, index: int, fault: str | None,
                     late: bool = False, **kwargs: Any) -> requests.Response:
        response = super().send(request, **kwargs)
        response.content  # noqa: B018 - read the whole answer: the server has finished
        payload = _payload(request.body)
        push = payload.get("push") or {}
        self.log.append(Delivery(index, fault, response.status_code, push.get("batch"),
                                 payload.get("cursor"), late, _pushed(response)))
        return response

    def send(self, request: PreparedRequest, stream: bool = False, timeout: Any = None,
             verify: Any = True, cert: Any = None, proxies: Any = None) -> requests.Response:
        kwargs: dict[str, Any] = dict(stream=stream, timeout=timeout, verify=verify, cert=cert,
                                      proxies=proxies)
        if not (request.url or "").endswith("/v1/sync"):
            return super().send(request, **kwargs)
        self.count += 1
        index = self.count
        fault = self.plan.pop(index, None)
        if fault == "drop_request":
            payload = _payload(request.body)
            self.log.append(Delivery(index, fault, None, (payload.get("push") or {}).get(
                "batch"), payload.get("cursor")))
            raise requests.ConnectionError(f"injected: request {index} dropped before sending")
        if fault == "hold":
            payload = _payload(request.body)
            self.log.append(Delivery(index, fault, None, (payload.get("push") or {}).get(
                "batch"), payload.get("cursor")))
            self._held.append((index, request.copy(), (payload.get("push") or {}).get("batch")))
            raise requests.ConnectionError(f"injected: request {index} held back")
        if fault == "cut_connection":
            payload = _payload(request.body)
            self._cut_connection(request)
            self.log.append(Delivery(index, fault, None, (payload.get("push") or {}).get(
                "batch"), payload.get("cursor")))
            raise requests.ConnectionError(f"injected: request {index} cut mid-body")
        if fault in ("truncate", "truncate_tail"):
            cut = request.copy()
            body = bytes(cut.body or b"")  # type: ignore[arg-type]
            cut.body = body[: len(body) // 2] if fault == "truncate" else body[:-4]
            cut.headers["Content-Length"] = str(len(cut.body))
            return self._really_send(cut, index, fault, **kwargs)
        if fault == "duplicate":
            self._really_send(request.copy(), index, fault, **kwargs)
        response = self._really_send(request, index, fault, **kwargs)
        if self.auto_release:
            self._release_held(self.log[-1].batch, **kwargs)
        if fault in ("restart", "crash"):
            assert self.on_restart is not None, "restart needs a server to restart"
            self.on_restart()
        if fault in ("drop_response", "crash"):
            raise requests.ConnectionError(f"injected: answer to request {index} lost")
        return response

    @staticmethod
    def _cut_connection(request: PreparedRequest) -> None:
        """Write the request by hand on a fresh socket, stopping halfway through the body."""
        url = urlsplit(request.url or "")
        body = bytes(request.body or b"")  # type: ignore[arg-type]
        headers = {**request.headers, "Content-Length": str(len(body)), "Host": url.netloc}
        head = f"{request.method} {url.path} HTTP/1.1\r\n" + "".join(
            f"{k}: {v.decode() if isinstance(v, bytes) else v}\r\n"
            for k, v in headers.items()) + "\r\n"
        with socket.create_connection((url.hostname, url.port), timeout=5) as sock:
            sock.sendall(head.encode("latin-1") + body[: len(body) // 2])
            time.sleep(0.05)  # let the server start reading before the socket closes

    def _release_held(self, batch: str | None, **kwargs: Any) -> None:
        """Held requests reach the server once a request with another batch got through (any
        request, for a held pull): the old batch arrives after a newer one."""
        ready = [h for h in self._held if h[2] is None or (batch is not None and h[2] != batch)]
        self._held = [h for h in self._held if h not in ready]
        for index, request, _batch in ready:
            self._really_send(request, index, "hold", late=True, **kwargs)

    @property
    def holding(self) -> int:
        return len(self._held)

    def flush_held(self) -> None:
        """Deliver whatever is still held back (a very late packet)."""
        held, self._held = self._held, []
        for index, request, _batch in held:
            self._really_send(request, index, "hold", late=True, timeout=10)


def faulty_session(on_restart: Callable[[], None] | None = None
                   ) -> tuple[requests.Session, FaultyAdapter]:
    session = requests.Session()
    adapter = FaultyAdapter(on_restart)
    session.mount("http://", adapter)
    return session, adapter


# -- servers ---------------------------------------------------------------------------------


class RestartableServer:
    """uvicorn in a thread on a port of its own; `restart()` stops it and starts a new server
    (new app, new connection pool) on the same port over the same database.

    The port's socket is bound once and kept until `stop()`, each server serving on a copy of
    it (uvicorn closes the one it is given): the port is never free for another process to
    take, as it would be between closing a socket and binding the port again."""

    def __init__(self, store: Store | Any, port: int | None = None) -> None:
        self.store = store
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind(("127.0.0.1", port or 0))
        self.port = int(self._socket.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self.restarts = 0
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.start()

    def start(self) -> None:
        config = uvicorn.Config(create_app(self.store), log_level="warning", lifespan="off")
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, kwargs={"sockets": [self._socket.dup()]},
                                  daemon=True)
        thread.start()
        deadline = time.monotonic() + 10
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"server did not start on port {self.port}")
            time.sleep(0.005)
        self._server, self._thread = server, thread

    def _halt(self) -> None:
        if self._server is None or self._thread is None:
            return
        self._server.should_exit = True
        self._thread.join(10)
        assert not self._thread.is_alive(), "server did not stop"
        self._server = self._thread = None

    def stop(self) -> None:
        """Stop serving and give the port back."""
        self._halt()
        self._socket.close()

    def restart(self) -> None:
        self._halt()
        engine = getattr(self.store, "engine", None)
        if engine is not None:
            engine.dispose()  # a new process would have no pooled connections either
        self.start()
        self.restarts += 1


class StoreSwitch:
    """Lets one live server serve a fresh `Store` per Hypothesis example: the app holds this
    object and every call goes to `current`."""

    def __init__(self, current: Store | None = None) -> None:
        self.current = current

    def __getattr__(self, name: str) -> Any:
        if self.current is None:
            raise RuntimeError("no store selected")
        return getattr(self.current, name)


class RoundRobinAdapter(HTTPAdapter):
    """A load balancer in the client: each request goes to the next server of `urls` (same
    path), as if headquarters ran several workers behind one address."""

    def __init__(self, urls: Iterable[str]) -> None:
        super().__init__(max_retries=0)
        self.targets = [urlsplit(u).netloc for u in urls]
        self.sent: list[str] = []
        self._next = 0
        self._lock = threading.Lock()

    def send(self, request: PreparedRequest, stream: bool = False, timeout: Any = None,
             verify: Any = True, cert: Any = None, proxies: Any = None) -> requests.Response:
        with self._lock:
            target = self.targets[self._next % len(self.targets)]
            self._next += 1
        parts = urlsplit(request.url or "")
        request = request.copy()
        request.url = urlunsplit(parts._replace(netloc=target))
        self.sent.append(target)
        return super().send(request, stream=stream, timeout=timeout, verify=verify, cert=cert,
                            proxies=proxies)


@dataclass
class NoBackoff:
    """Replaces the `time` module inside `gmsdesk.sync.client` so retries do not sleep; the
    delays asked for are kept for assertions."""

    slept: list[float] = field(default_factory=list)

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)

    @staticmethod
    def monotonic() -> float:
        return time.monotonic()


# -- what a device and headquarters hold, for comparing them --------------------------------

SYNCED = (*SME_FIELDS, "deleted")
_ZERO_DEFAULT = {*ICT_FIELDS, "deleted"}


def device_smes(db: Database) -> dict[str, dict[str, Any]]:
    """Every SME on a device (deleted ones too): its synced field values."""
    out: dict[str, dict[str, Any]] = {}
    for deleted in (False, True):
        for sme in db.smes.iterate(SmeQuery(deleted=deleted)):
            out[sme.id] = {**sme.values(), "deleted": sme.deleted}
    return out


def _server_records(store: Store | Any, tbl: str, agency: str | None
                    ) -> dict[str, dict[str, Any]]:
    query = sa.select(server_fields.c.row_id, server_fields.c.field, server_fields.c.value) \
        .where(server_fields.c.tbl == tbl)
    if agency is not None:
        query = query.where(server_fields.c.agency_id == agency)
    out: dict[str, dict[str, Any]] = {}
    with store.engine.connect() as conn:
        for row in conn.execute(query):
            out.setdefault(row.row_id, {})[row.field] = json.loads(row.value or "null")
    return out


def server_smes(store: Store | Any, agency: str | None = "kh-sr") -> dict[str, dict[str, Any]]:
    """The SMEs headquarters holds for an agency, as a device would show them."""
    return {row_id: {name: values.get(name, 0 if name in _ZERO_DEFAULT else None)
                     for name in SYNCED}
            for row_id, values in _server_records(store, "smes", agency).items()}


def server_conflicts(store: Store | Any, agency: str | None = "kh-sr"
                     ) -> dict[str, dict[str, Any]]:
    return _server_records(store, "conflicts", agency)


def conflict_rows(db: Database) -> set[tuple[Any, ...]]:
    """Every conflict a device knows (open or resolved), as comparable tuples."""
    rows = db.sync.open_conflicts()
    return {(c.id, c.tbl, c.record_id, c.field, json.dumps(c.winner_value), c.winner_hlc,
             json.dumps(c.loser_value), c.loser_hlc, c.resolved) for c in rows}


def server_change_counts(store: Store | Any) -> Counter[tuple[Any, ...]]:
    """How often each field change devices pushed (record, field, clock, device) entered the
    change log: a change applied twice shows up here with 2. (What the server writes itself,
    the agencies' profiles, is left out.)"""
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(server_changes.c.tbl, server_changes.c.row_id,
                                      server_changes.c.field, server_changes.c.hlc,
                                      server_changes.c.device_id)
                            .where(server_changes.c.device_id != "server")).all()
    return Counter(tuple(r) for r in rows)


def server_batches(store: Store | Any) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(server_batch_table))
                   .scalar_one())
