"""The headquarters HTTP API (FastAPI). The agency always comes from the device token."""

from __future__ import annotations

import re
from typing import Any

from fastapi import FastAPI, Request
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
    device_names: list[str] = []  # beside `devices`
    agencies: list[str] = []
    users: list[str] = []
    row_info: list[list[list[Any]]] = []  # per block: [agency indexes, user indexes]


class EnrollRequest(BaseModel):
    code: str = Field(min_length=4, max_length=40)
    device_name: str = Field(min_length=1, max_length=200)


class EnrollResponse(BaseModel):
    device_id: str
    token: str
    agency_id: str
    agency_name: str
    server_time: int
    hq: bool = False


def _error(status: int, code: str, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": code, "message": message, **extra}, status_code=status)


def create_app(store: Store) -> FastAPI:  # noqa: C901 - counts the nested routes; each is simple
    app = FastAPI(title="GMS Desk headquarters", version=__version__)

    async def read_body(request: Request) -> Any:
        length = int(request.headers.get("content-length") or 0)
        if length > protocol.MAX_BODY_BYTES:
            raise protocol.BodyTooLarge("request too large")
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > protocol.MAX_BODY_BYTES:
                raise protocol.BodyTooLarge("request too large")
        return protocol.decode(body, encoding=request.headers.get("content-encoding", ""))

    def reply(request: Request, payload: dict[str, Any]) -> Response:
        wanted = protocol.accepted(request.headers.get("accept-encoding", ""))
        if wanted:
            body, encoding = protocol.encode(payload, wanted)
            return Response(body, media_type="application/json",
                            headers={"Content-Encoding": encoding})
        return JSONResponse(payload)

    def check_version(request: Request) -> JSONResponse | None:
        try:
            version = int(request.headers.get(protocol.PROTOCOL_HEADER, "0"))
        except ValueError:
            version = 0
        if version < protocol.MIN_PROTOCOL:
            return _error(426, "update_required",
                          "This version of GMS Desk is too old to sync with headquarters. "
                          "Please update GMS Desk; your data is kept safe until you do.")
        return None

    def device_for(request: Request) -> Device | None:
        auth = request.headers.get("authorization", "")
        if not auth.lower().startswith("bearer "):
            return None
        return store.authenticate(auth[7:].strip())

    async def parse(request: Request, model: type[BaseModel]) -> BaseModel | JSONResponse:
        try:
            return model.model_validate(await read_body(request))
        except ClientDisconnect:
            # The connection dropped mid-upload (a flaky link, every day in the provinces):
            # nothing was read, so nothing is stored, and the client will retry. Not a server
            # error worth a traceback; nobody is left to read this answer.
            return _error(400, "disconnected", "The connection closed before the request "
                          "was complete.")
        except protocol.BodyTooLarge as exc:
            return _error(413, "too_large", str(exc))
        except (ValueError, ValidationError, OSError, EOFError) as exc:
            return _error(422, "malformed", f"The request could not be read: {exc}"[:500])

    @app.get("/v1/health")
    def health() -> dict[str, Any]:
        return {"ok": True, "version": __version__, "protocol": protocol.PROTOCOL_VERSION,
                "server_time": now_ms()}

    @app.post("/v1/enroll", response_model=EnrollResponse,
              openapi_extra={"requestBody": {"content": {"application/json": {
                  "schema": EnrollRequest.model_json_schema()}}, "required": True}})
    async def enroll(request: Request) -> Response:
        if (old := check_version(request)) is not None:
            return old
        parsed = await parse(request, EnrollRequest)
        if isinstance(parsed, JSONResponse):
            return parsed
        assert isinstance(parsed, EnrollRequest)
        result = await run_in_threadpool(store.enroll, parsed.code, parsed.device_name)
        if result is None:
            return _error(403, "bad_code", "This enrolment code is not valid or was used "
                          "already. Ask headquarters for a new one.")
        device_id, token, agency_id, agency_name, hq = result
        return JSONResponse(EnrollResponse(device_id=device_id, token=token,
                                           agency_id=agency_id, agency_name=agency_name,
                                           server_time=now_ms(), hq=hq).model_dump())

    @app.post("/v1/sync", response_model=SyncResponse,
              openapi_extra={"requestBody": {"content": {"application/json": {
                  "schema": SyncRequest.model_json_schema()}}, "required": True}})
    async def sync(request: Request) -> Response:
        if (old := check_version(request)) is not None:
            return old
        device = await run_in_threadpool(device_for, request)
        if device is None:
            return _error(401, "unauthorized", "This computer is not enrolled, or was revoked.")
        parsed = await parse(request, SyncRequest)
        if isinstance(parsed, JSONResponse):
            return parsed
        assert isinstance(parsed, SyncRequest)
        server_time = now_ms()
        pushed = None
        if parsed.push is not None:
            try:
                items = protocol.ungroup([list(c) for c in parsed.push.changes],
                                         parsed.push.row_info)
            except (ValueError, TypeError) as exc:
                return _error(422, "malformed", str(exc))
            if len(items) > protocol.MAX_CHANGES_PER_BATCH * 50:
                return _error(413, "too_large", "too many changes in one batch")
            problem = _check_wire(items, server_time)
            if problem == "clock":
                return _error(409, "clock_ahead",
                              "This computer's clock is ahead of headquarters' clock.",
                              offset_ms=server_time - parsed.device_time,
                              server_time=server_time)
            if problem:
                return _error(422, "malformed", problem)
            users = parsed.push.users
            for item in items:  # [..., clock, user index] -> [..., clock, user name]
                item[5:] = [protocol.index_of(users, item[5])] if len(item) > 5 else []
            # Judging every value and the database work run on the thread pool, never on
            # the event loop (a batch is up to a million field changes).
            pushed = await run_in_threadpool(_push, store, device, parsed.push.batch,
                                             parsed.cursor, items)
        page = await run_in_threadpool(store.pull, device, parsed.cursor, parsed.max_bytes)
        blocks, row_info = protocol.group_info(page.changes, 2)
        return reply(request, {
            "ack": parsed.push.batch if parsed.push else None, "pushed": pushed,
            "changes": blocks, "devices": page.devices, "cursor": page.cursor,
            "more": page.more, "server_time": server_time,
            "protocol": protocol.PROTOCOL_VERSION, "hq": device.hq,
            "device_names": page.device_names, "agencies": page.agencies,
            "users": page.users, "row_info": row_info})

    return app


def app_from_environment() -> FastAPI:
    """For `uvicorn --factory` with several worker processes: the database URL comes from
    $GMSDESK_SERVER_DB (each worker opens its own connections)."""
    import os

    from gmsdesk.server.store import create_schema, make_engine

    engine = make_engine(os.environ["GMSDESK_SERVER_DB"])
    create_schema(engine)
    return create_app(Store(engine))


def _push(store: Store, device: Device, batch: str, cursor: int,
          items: list[list[Any]]) -> dict[str, Any]:
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
