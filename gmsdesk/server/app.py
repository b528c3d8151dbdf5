"""The headquarters HTTP API (FastAPI). The agency always comes from the device token."""

from __future__ import annotations

import re
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any, NamedTuple

from fastapi import FastAPI, Request
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from gmsdesk import __version__
from gmsdesk.server.store import Device, Store, check_changes, now_ms
from gmsdesk.sync import protocol
from gmsdesk.sync.hlc import unpack

FIELD_NAME = r"^[a-z][a-z0-9_]{0,39}$"
_NAME = re.compile(FIELD_NAME)


class Push(BaseModel):
    batch: str = Field(min_length=8, max_length=64)
    changes: list[tuple[str, list[str], list[str], list[int], list[int], list[list[Any]]]] = \
        Field(max_length=protocol.MAX_CHANGES_PER_BATCH)
    # Protocol 2: who made the changes, and per block the index of each row's user.
    users: list[str] = Field(default=[], max_length=10_000)
    row_info: list[list[list[Any]]] = Field(default=[], max_length=protocol.MAX_CHANGES_PER_BATCH)


class SyncRequest(BaseModel):
    """One round trip: push a batch (optional) and pull what others changed since `cursor`."""

    protocol: int
    device_time: int
    cursor: int = Field(ge=0)
    max_bytes: int = Field(default=256 * 1024, ge=1024, le=8 * 1024 * 1024)
    push: Push | None = None
    # The digest of the agency's keys the laptop holds ("" none): the answer carries the keys
    # when they differ. Not said (releases before): the answer is as it always was.
    keys_held: str | None = Field(default=None, max_length=64)


class Pushed(BaseModel):
    """What became of a pushed batch: refused changes are [table, id, field, reason]."""

    applied: int
    ignored: int
    conflicts: int
    replayed: bool = False
    refused: list[tuple[str, str, str, str]] = []


class SyncResponse(BaseModel):
    ack: str | None
    pushed: Pushed | None
    changes: list[list[Any]]
    devices: list[str]
    cursor: int
    more: bool
    server_time: int
    protocol: int = protocol.PROTOCOL_VERSION
    hq: bool = False  # this device belongs to headquarters
    admin: bool = False  # headquarters made this device an administrator's laptop
    device_names: list[str] = []  # beside `devices`
    agencies: list[str] = []
    users: list[str] = []
    row_info: list[list[list[Any]]] = []  # per block: [agency indexes, user indexes]
    # The public keys of the agency's laptops (device id -> key), to check a bundle one of them
    # gives another; only when the request's `keys_held` says it holds others.
    keys: dict[str, str] | None = None


class EnrollRequest(BaseModel):
    code: str = Field(min_length=4, max_length=40)
    device_name: str = Field(min_length=1, max_length=200)
    # A random id the laptop keeps while it enrols: the same laptop asking again with the
    # same code (its first answer was lost) is given its device again, not refused.
    installation: str | None = Field(default=None, min_length=8, max_length=64)


class EnrollResponse(BaseModel):
    device_id: str
    token: str
    agency_id: str
    agency_name: str
    server_time: int
    hq: bool = False
    admin: bool = False  # an administrator's laptop (`gmsdesk-server enroll --admin`)


class Health(BaseModel):
    ok: bool
    version: str
    protocol: int
    server_time: int


class ErrorBody(BaseModel):
    """Every refusal: a code a program can test and a sentence a person can read."""

    error: str
    message: str
    offset_ms: int | None = None  # clock_ahead: how far the device's clock is ahead
    server_time: int | None = None
    # update_required: the GMS Desk to install (this version or newer), for the laptop to name
    required_version: str | None = None


_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": text} for status, text in (
        (400, "The connection closed before the request was complete."),
        (401, "The device is not enrolled, or was revoked."),
        (403, "The enrolment code is not valid, has expired or was used."),
        (409, "The device's clock is ahead of the server's."),
        (413, "The request is too large."),
        (422, "The request could not be read."),
        (426, "The app is too old for this server."),
        (429, "Too many requests from this address."))}
# The schemas request bodies refer to, by name, for the OpenAPI document's components.
_COMPONENTS: dict[str, Any] = {}


def _body_schema(model: type[BaseModel], *, auth: bool) -> dict[str, Any]:
    """What the OpenAPI document says of a route whose body is read by hand (to bound and
    decompress it): the body's schema, the protocol header and, with `auth`, the bearer
    token."""
    schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
    _COMPONENTS.update(schema.pop("$defs", {}))
    extra: dict[str, Any] = {
        "requestBody": {"content": {"application/json": {"schema": schema}}, "required": True},
        "parameters": [{"name": protocol.PROTOCOL_HEADER, "in": "header", "required": True,
                        "schema": {"type": "integer", "minimum": protocol.MIN_PROTOCOL},
                        "description": "The sync protocol version the app speaks."}]}
    if auth:
        extra["security"] = [{"bearer": []}]
    return extra


def _openapi(app: FastAPI) -> dict[str, Any]:
    if app.openapi_schema is None:
        document = get_openapi(title=app.title, version=app.version, routes=app.routes)
        components = document.setdefault("components", {})
        components.setdefault("schemas", {}).update(_COMPONENTS)
        components["securitySchemes"] = {"bearer": {"type": "http", "scheme": "bearer"}}
        app.openapi_schema = document
    return app.openapi_schema


def _error(status: int, code: str, message: str, headers: dict[str, str] | None = None,
           **extra: Any) -> JSONResponse:
    return JSONResponse({"error": code, "message": message, **extra}, status_code=status,
                        headers=headers)


# An enrolment is a code and a computer's name: a few hundred bytes. Anyone may send one
# without a token, so it may not be any bigger, and one address may only guess so often.
ENROLL_BODY_BYTES = 4 * 1024
ENROLL_JSON_BYTES = 16 * 1024
ENROLL_PER_MINUTE = 10


class _RateLimit:
    """At most `per_minute` refused attempts a minute from one address (a sliding window):
    guessing codes is slow, and an office enrolling fifty laptops behind one address is
    not held up."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._seen: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def wait_for(self, address: str) -> float:
        """0 if a request from `address` may go on, else the seconds until it may."""
        now = time.monotonic()
        with self._lock:
            times = self._seen.get(address)
            while times and times[0] <= now - 60:
                times.popleft()
            if times and len(times) >= self.per_minute:
                return 60 - (now - times[0])
            return 0.0

    def refused(self, address: str) -> None:
        now = time.monotonic()
        with self._lock:
            if len(self._seen) > 10_000:  # forget addresses gone quiet
                self._seen = {a: q for a, q in self._seen.items() if q and q[-1] > now - 60}
            self._seen.setdefault(address, deque()).append(now)


async def _read_body(request: Request, limit: int) -> bytes:
    """The body as sent, at most `limit` bytes (BodyTooLarge past it). Reading is the only
    work done on the event loop: decompressing, parsing and checking a body run on the
    thread pool (see `_answer`), so no body can hold up other requests."""
    try:
        length = int(request.headers.get("content-length") or 0)
    except ValueError:
        length = 0
    if length > limit:
        raise protocol.BodyTooLarge("request too large")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise protocol.BodyTooLarge("request too large")
    return bytes(body)


async def _answer_request(request: Request, limit: int,
                          work: Callable[[bytes], Response]) -> Response:
    try:
        body = await _read_body(request, limit)
    except ClientDisconnect:
        # The connection dropped mid-upload (a flaky link, every day in the provinces):
        # nothing was read, so nothing is stored, and the client will retry. Not a server
        # error worth a traceback; nobody is left to read this answer.
        return _error(400, "disconnected", "The connection closed before the request "
                      "was complete.")
    except protocol.BodyTooLarge as exc:
        return _error(413, "too_large", str(exc))
    return await run_in_threadpool(_answer, work, body)


APP_VERSION_HEADER = protocol.APP_VERSION_HEADER


def release(version: str) -> tuple[int, ...]:
    """A version's release numbers, to compare two: "0.3.0" and "0.3" are (0, 3); a suffix
    ("0.3.0rc1", "+local") is not weighed; () when it has none (not a version)."""
    match = re.match(r"\s*v?(\d+(?:\.\d+)*)", version)
    if not match:
        return ()
    numbers = [int(part) for part in match.group(1).split(".")]
    while len(numbers) > 1 and numbers[-1] == 0:
        numbers.pop()
    return tuple(numbers)


def _check_version(request: Request, minimum: str | None) -> JSONResponse | None:
    """426 "please update", naming the version to install: a laptop whose protocol this
    server no longer speaks is told this server's own version (or headquarters' minimum, if
    higher); one older than headquarters' minimum is told the minimum. A laptop that does not
    say its version predates the header, so is older than any minimum."""
    try:
        version = int(request.headers.get(protocol.PROTOCOL_HEADER, "0"))
    except ValueError:
        version = 0
    laptop = request.headers.get(APP_VERSION_HEADER, "")
    install: str | None = None
    if version < protocol.MIN_PROTOCOL:
        install = max(__version__, minimum or "", key=release)
    elif minimum is not None and release(laptop) < release(minimum):
        install = minimum
    if install is None:
        return None
    return _error(426, "update_required",
                  "This version of GMS Desk is too old to sync with headquarters. Please update "
                  f"it: install GMS Desk {install} or newer; your data is kept safe until you "
                  "do.",
                  required_version=install)


def create_app(store: Store, min_app_version: str | None = None) -> FastAPI:
    """The API over `store`. `min_app_version`: refuse laptops older than this GMS Desk, with
    a "please update" that names it (None: any that speaks the protocol)."""
    if min_app_version is not None and not release(min_app_version):
        raise ValueError(f"not a version: {min_app_version!r} (write it as 0.3.0)")
    app = FastAPI(title="GMS Desk headquarters", version=__version__)
    enrolments = _RateLimit(ENROLL_PER_MINUTE)

    def device_for(request: Request) -> Device | None:
        auth = request.headers.get("authorization", "")
        if not auth.lower().startswith("bearer "):
            return None
        return store.authenticate(auth[7:].strip())

    @app.get("/v1/health", response_model=Health)
    def health() -> dict[str, Any]:
        return {"ok": True, "version": __version__, "protocol": protocol.PROTOCOL_VERSION,
                "server_time": now_ms()}

    @app.post("/v1/enroll", response_model=EnrollResponse, responses=_ERRORS,
              openapi_extra=_body_schema(EnrollRequest, auth=False))
    async def enroll(request: Request) -> Response:
        if (old := _check_version(request, min_app_version)) is not None:
            return old
        address = request.client.host if request.client else ""
        if (wait := enrolments.wait_for(address)) > 0:
            return _error(429, "too_many", "Too many enrolment attempts from this address. "
                          "Try again in a minute.", headers={"Retry-After": str(int(wait) + 1)})
        encoding = request.headers.get("content-encoding", "")

        def work(body: bytes) -> Response:
            parsed = _parse(body, encoding, EnrollRequest, ENROLL_JSON_BYTES)
            if isinstance(parsed, Response):
                return parsed
            assert isinstance(parsed, EnrollRequest)
            result = store.enroll(parsed.code, parsed.device_name, parsed.installation)
            if result is None:
                enrolments.refused(address)
                return _error(403, "bad_code", "This enrolment code is not valid, has expired "
                              "or was used already. Ask headquarters for a new one.")
            device_id, token, agency_id, agency_name, hq, admin = result
            return JSONResponse(EnrollResponse(
                device_id=device_id, token=token, agency_id=agency_id,
                agency_name=agency_name, server_time=now_ms(), hq=hq,
                admin=admin).model_dump())

        return await _answer_request(request, ENROLL_BODY_BYTES, work)

    @app.post("/v1/sync", response_model=SyncResponse, responses=_ERRORS,
              openapi_extra=_body_schema(SyncRequest, auth=True))
    async def sync(request: Request) -> Response:
        if (old := _check_version(request, min_app_version)) is not None:
            return old
        device = await run_in_threadpool(device_for, request)
        if device is None:
            return _error(401, "unauthorized", "This computer is not enrolled, or was revoked.")
        encoding = request.headers.get("content-encoding", "")
        accept = request.headers.get("accept-encoding", "")
        return await _answer_request(request, protocol.MAX_BODY_BYTES,
                            lambda body: _sync(store, device, body, encoding, accept))

    # Photos and files, in resumable pieces apart from the records (gmsdesk.server.attachments).
    from gmsdesk.server.attachments import register as register_attachments

    register_attachments(app, store, device_for,
                         lambda request: _check_version(request, min_app_version))
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    return app


def app_from_environment() -> FastAPI:
    """For `uvicorn --factory` with several worker processes: the database URL comes from
    $GMSDESK_SERVER_DB (each worker opens its own connections), the oldest GMS Desk allowed to
    sync from $GMSDESK_MIN_APP_VERSION (unset: any)."""
    import os

    from gmsdesk.server.store import create_schema, make_engine

    engine = make_engine(os.environ["GMSDESK_SERVER_DB"])
    create_schema(engine)
    return create_app(Store(engine), os.environ.get("GMSDESK_MIN_APP_VERSION") or None)


def _answer(work: Callable[[bytes], Response], body: bytes) -> Response:
    """Run `work` on a body; whatever the body holds, a reason and a 4xx, not a 500."""
    try:
        return work(body)
    except RecursionError:
        return _error(422, "malformed", "The request is nested too deeply.")


def _parse(body: bytes, encoding: str, model: type[BaseModel],
           limit: int) -> BaseModel | Response:
    try:
        return model.model_validate(protocol.decode(body, encoding=encoding, limit=limit))
    except protocol.BodyTooLarge as exc:
        return _error(413, "too_large", str(exc))
    except (ValueError, ValidationError, OSError, EOFError) as exc:
        return _error(422, "malformed", f"The request could not be read: {exc}"[:500])


def _reply(accept: str, payload: dict[str, Any]) -> Response:
    wanted = protocol.accepted(accept)
    if wanted:
        body, encoding = protocol.encode(payload, wanted)
        return Response(body, media_type="application/json",
                        headers={"Content-Encoding": encoding})
    return JSONResponse(payload)


def _sync(store: Store, device: Device, body: bytes, encoding: str, accept: str) -> Response:
    """One sync round trip, on the thread pool: read the body, apply the push, read a page,
    compress the answer."""
    parsed = _parse(body, encoding, SyncRequest, protocol.MAX_JSON_BYTES)
    if isinstance(parsed, Response):
        return parsed
    assert isinstance(parsed, SyncRequest)
    server_time = now_ms()
    cursor = store.private_cursor(device, parsed.cursor)
    pushed = None
    if parsed.push is not None:
        items = read_push(parsed.push, server_time)
        if isinstance(items, Unreadable) and items.code == "clock_ahead":
            return _error(items.status, items.code, items.message,
                          offset_ms=server_time - parsed.device_time, server_time=server_time)
        if isinstance(items, Unreadable):
            return _error(items.status, items.code, items.message)
        pushed = push_batch(store, device, parsed.push.batch, cursor, items)
    page = store.pull(device, cursor, parsed.max_bytes)
    blocks, row_info = protocol.group_info(page.changes, 2)
    answer = {
        "ack": parsed.push.batch if parsed.push else None, "pushed": pushed,
        "changes": blocks, "devices": page.devices,
        "cursor": store.public_cursor(device, page.cursor),
        "more": page.more, "server_time": server_time,
        "protocol": protocol.PROTOCOL_VERSION, "hq": device.hq, "admin": device.admin,
        "device_names": page.device_names, "agencies": page.agencies,
        "users": page.users, "row_info": row_info}
    if parsed.keys_held is not None:  # a laptop that checks the bundles it relays
        from gmsdesk.server.bundle import keys_unless_held  # it imports this module

        keys = keys_unless_held(store, device, parsed.keys_held)
        if keys is not None:
            answer["keys"] = keys
    return _reply(accept, answer)


class Unreadable(NamedTuple):
    """Why a pushed batch cannot be applied at all: the answer's status, code and message."""

    status: int
    code: str
    message: str


def read_push(push: Push, server_time: int) -> list[list[Any]] | Unreadable:
    """A pushed batch as the changes to apply ([table, id, field, value, clock, user]), or why
    none of it can be. The one reading of a batch, for `POST /v1/sync` and for sync bundles
    (gmsdesk.server.bundle)."""
    try:
        items = protocol.ungroup([list(c) for c in push.changes], push.row_info)
    except (ValueError, TypeError, IndexError) as exc:
        return Unreadable(422, "malformed", str(exc))
    if len(items) > protocol.MAX_CHANGES_PER_BATCH * 50:
        return Unreadable(413, "too_large", "too many changes in one batch")
    problem = _check_wire(items, server_time)
    if problem == "clock":
        return Unreadable(409, "clock_ahead",
                          "This computer's clock is ahead of headquarters' clock.")
    if problem:
        return Unreadable(422, "malformed", problem)
    users = push.users
    for item in items:  # [..., clock, user index] -> [..., clock, user name]
        item[5:] = [protocol.index_of(users, item[5])] if len(item) > 5 else []
    return items


def push_batch(store: Store, device: Device, batch: str, cursor: int,
               items: list[list[Any]]) -> dict[str, Any]:
    """Apply a batch read by `read_push`, once (a replay returns the first answer)."""
    good, refused = check_changes(items, store.registry)
    return store.push(device, batch, cursor, good, refused)


def _check_wire(items: list[list[Any]], server_time: int) -> str | None:
    """What makes a whole batch unreadable (ids, field names, clocks); values are judged
    change by change against their declarations (`check_changes`)."""
    for tbl, row_id, field, _value, hlc, *_user in items:
        if not isinstance(tbl, str) or not _NAME.match(tbl) or not isinstance(field, str) \
                or not _NAME.match(field):
            return "bad table or field name"
        if not isinstance(row_id, str) or not 1 <= len(row_id) <= 64:
            return f"bad record id in {tbl}"
        if not isinstance(hlc, int) or hlc < 0 or hlc >= 1 << 64:
            return "bad clock value"
        if unpack(hlc)[0] > server_time + protocol.MAX_SKEW_MS:
            return "clock"
    return None
