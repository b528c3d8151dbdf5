"""The server holds against hostile and broken requests: each of these was a 500, a frozen
event loop or an unbounded read once; each now gets a 4xx with a plain reason. Enrolment codes
expire, can be listed and cancelled, are kept only as slow hashes, and a lost answer can be
asked for again. On its SQLite default, readers do not wait for writers and 50 laptops sync at
once without an error."""

from __future__ import annotations

import gzip
import json
import threading
import time
from pathlib import Path
from typing import Any

import pytest
import requests
import sqlalchemy as sa

from gmsdesk.server.app import ENROLL_PER_MINUTE
from gmsdesk.server.store import Store, create_schema, enrollments, make_engine
from gmsdesk.storage.db import Database
from gmsdesk.sync import protocol
from gmsdesk.sync.client import SyncClient
from tests.conftest import LiveServer

HEADERS = {protocol.PROTOCOL_HEADER: str(protocol.PROTOCOL_VERSION),
           "Content-Type": "application/json"}


def post(url: str, body: bytes, **headers: str) -> requests.Response:
    return requests.post(url, data=body, headers={**HEADERS, **headers}, timeout=30)


def token_for(server: Any, agency: str = "kh-sr") -> str:
    code = server.store.create_enrollment(agency)
    response = post(f"{server.url}/v1/enroll",
                    json.dumps({"code": code, "device_name": "test"}).encode())
    assert response.status_code == 200, response.text
    return str(response.json()["token"])


DEEP = b"[" * 1000 + b"]" * 1000
SYNC = {"protocol": 2, "device_time": 0, "cursor": 0}
CRAFTED = {
    "nested 1,000 deep": (DEEP, {}),
    "gzip said, plain sent": (json.dumps(SYNC).encode(), {"Content-Encoding": "gzip"}),
    "lone surrogate": (b'{"protocol": 2, "device_time": 0, "cursor": 0, "push": {"batch": '
                       b'"\\ud800abcdefgh", "changes": []}}', {}),
    "NaN": (b'{"protocol": 2, "device_time": NaN, "cursor": 0}', {}),
    "Infinity": (b'{"protocol": 2, "device_time": Infinity, "cursor": 0}', {}),
    "not UTF-8": (b'{"protocol": 2, "device_time": 0, "cursor": 0, "x": "\xff\xfe"}', {}),
    "unknown encoding": (json.dumps(SYNC).encode(), {"Content-Encoding": "br"}),
    "surrogate in a value": (
        b'{"protocol": 2, "device_time": 0, "cursor": 0, "push": {"batch": "abcdefgh", '
        b'"changes": [["smes", ["name"], ["a1"], [1], [0], [["\\udc00"]]]]}}', {}),
}


@pytest.mark.parametrize("name", sorted(CRAFTED))
def test_crafted_sync_bodies_get_a_4xx_with_a_reason(server: Any, name: str) -> None:
    body, headers = CRAFTED[name]
    token = token_for(server)
    response = post(f"{server.url}/v1/sync", body, Authorization=f"Bearer {token}", **headers)
    assert 400 <= response.status_code < 500, (name, response.status_code, response.text)
    assert response.json()["message"]


@pytest.mark.parametrize("name", ["nested 1,000 deep", "gzip said, plain sent", "NaN"])
def test_crafted_enrolment_bodies_get_a_4xx(server: Any, name: str) -> None:
    body, headers = CRAFTED[name]
    response = post(f"{server.url}/v1/enroll", body, **headers)
    assert response.status_code in (413, 422), response.text


def test_an_enrolment_bomb_is_refused_and_never_holds_up_the_server(server: Any) -> None:
    """64 KB of gzip inflating to 63 MB, sent to the endpoint anyone may call: refused for
    its size before anything is inflated, and /v1/health answers at once meanwhile."""
    bomb = gzip.compress(b'{"code": "' + b"A" * (63 << 20) + b'"}', 9)
    assert len(bomb) < 128 * 1024
    answers: list[int] = []

    def send() -> None:
        answers.append(post(f"{server.url}/v1/enroll", bomb, **{
            "Content-Encoding": "gzip"}).status_code)

    senders = [threading.Thread(target=send) for _ in range(4)]
    for sender in senders:
        sender.start()
    started = time.monotonic()
    health = requests.get(f"{server.url}/v1/health", timeout=30)
    waited = time.monotonic() - started
    for sender in senders:
        sender.join(30)
    assert health.status_code == 200 and waited < 1.0
    assert answers == [413] * 4
    # A bomb just under the body limit inflates past what an enrolment may be: 413 too.
    small = gzip.compress(b'{"code": "' + b"A" * (1 << 20) + b'"}', 9)
    assert len(small) < 4096
    assert post(f"{server.url}/v1/enroll", small, **{"Content-Encoding": "gzip"}
                ).status_code == 413


def test_enrolment_attempts_from_one_address_are_limited(server: Any) -> None:
    body = json.dumps({"code": "0000-0000-0000-0000", "device_name": "guess"}).encode()
    statuses = [post(f"{server.url}/v1/enroll", body).status_code
                for _ in range(ENROLL_PER_MINUTE + 2)]
    assert statuses[:ENROLL_PER_MINUTE] == [403] * ENROLL_PER_MINUTE
    limited = post(f"{server.url}/v1/enroll", body)
    assert limited.status_code == 429 and int(limited.headers["Retry-After"]) >= 1
    assert "Too many" in limited.json()["message"]


# -- enrolment codes -------------------------------------------------------------------------


def test_codes_expire_can_be_cancelled_and_are_kept_only_as_slow_hashes(store: Store) -> None:
    code = store.create_enrollment("kh-sr")
    expired = store.create_enrollment("kh-sr", days=-1)
    cancelled = store.create_enrollment("la-vt")
    assert store.cancel_codes(cancelled.split("-")[0].lower()) == 1
    assert store.cancel_codes(cancelled.split("-")[0]) == 0  # already cancelled
    states = {(r["code_id"], r["state"]) for r in store.codes()}
    assert states == {(code[:4], "open"), (expired[:4], "expired"),
                      (cancelled[:4], "cancelled")}
    assert [r["code_id"] for r in store.codes("la-vt")] == [cancelled[:4]]
    assert store.enroll(expired, "late") is None
    assert store.enroll(cancelled, "cancelled") is None
    with store.engine.connect() as conn:
        stored = " ".join(str(v) for row in conn.execute(sa.select(enrollments)) for v in row)
    for made in (code, expired, cancelled):
        secret = made.replace("-", "")[4:]
        assert secret not in stored.upper()
    # Typed as people type it: lower case, spaces for dashes.
    assert store.enroll(code.lower().replace("-", " "), "pc") is not None
    assert [r["state"] for r in store.codes("kh-sr")] == ["expired", "used"]


def test_the_same_laptop_asking_again_gets_its_device_back(store: Store) -> None:
    code = store.create_enrollment("kh-sr")
    first = store.enroll(code, "pc-1", installation="laptop-aaaaaaaa")
    assert first is not None
    again = store.enroll(code, "pc-1", installation="laptop-aaaaaaaa")
    assert again is not None and again[0] == first[0] and again[1] != first[1]
    assert store.authenticate(first[1]) is None  # the lost answer's token is no more
    assert store.authenticate(again[1]) is not None
    assert store.enroll(code, "other", installation="laptop-bbbbbbbb") is None
    assert store.enroll(code, "other") is None
    assert len(store.list_devices("kh-sr")) == 1  # no orphan


def test_a_lost_enrolment_answer_is_asked_again_from_the_app(server: Any,
                                                            tmp_path: Path) -> None:
    """The laptop's first answer is lost on the way (or its disk was full): the same code
    from the same laptop enrols it, with one device on the server."""
    code = server.store.create_enrollment("kh-sr")
    db = Database(tmp_path / "pc.sqlite3", user="sokha")
    session = requests.Session()
    lost: list[int] = []

    def lose_first(response: requests.Response, *args: Any, **kwargs: Any) -> None:
        if response.url.endswith("/v1/enroll") and not lost:
            lost.append(response.status_code)
            raise requests.ConnectionError("answer lost")

    session.hooks["response"].append(lose_first)
    enrolment = SyncClient(db, session).enroll(server.url, code, "pc")
    assert lost == [200] and enrolment.agency_id == "kh-sr"
    assert [d["id"] for d in server.store.list_devices("kh-sr")] == [enrolment.device_id]
    db.close()


def test_codes_from_an_older_server_still_enrol(store: Store) -> None:
    """Codes made before codes were salted (a plain SHA-256, no first group kept)."""
    from gmsdesk.server.store import now_ms, token_hash

    with store.engine.begin() as conn:
        conn.execute(enrollments.insert().values(
            code_hash=token_hash("ABCD-EF12-3456"), agency_id="kh-sr", created_at=now_ms()))
    assert store.enroll("abcd-ef12-3456", "old code") is not None


# -- SQLite under load -----------------------------------------------------------------------


def test_fifty_laptops_sync_at_once_on_sqlite(tmp_path: Path) -> None:
    engine = make_engine(str(tmp_path / "server.sqlite3"))
    create_schema(engine)
    store = Store(engine)
    store.add_agency("kh-sr", "Siem Reap Provincial Chamber of Commerce")
    live = LiveServer(store)
    codes = [store.create_enrollment("kh-sr") for _ in range(50)]
    errors: list[BaseException] = []
    barrier = threading.Barrier(50)

    def laptop(i: int) -> None:
        """A laptop of its own (a database belongs to the thread that opened it): enrols,
        adds five shops, then syncs twice when all fifty are ready."""
        db = Database(tmp_path / f"pc{i}.sqlite3", user=f"officer {i}")
        try:
            client = SyncClient(db)
            client.enroll(live.url, codes[i], f"pc{i}")
            for j in range(5):
                db.smes.create({"name": f"Shop {i}-{j}", "country": "KH"})
            barrier.wait(120)
            client.sync()
            client.sync()
        except BaseException as exc:
            errors.append(exc)
            barrier.abort()
        finally:
            db.close()

    try:
        threads = [threading.Thread(target=laptop, args=(i,)) for i in range(50)]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(300)
        assert errors == [] and time.monotonic() - started < 300
        # Everything was pushed: a laptop syncing now has every shop.
        last = Database(tmp_path / "pc49.sqlite3", user="officer 49")
        SyncClient(last).sync()
        assert last.smes.count() == 250
        last.close()
    finally:
        live.stop()
        engine.dispose()


# -- pull cursors ----------------------------------------------------------------------------


def test_cursors_are_opaque_per_agency(enrolled: Any, server: Any) -> None:
    """An agency's cursor does not show how far the log moved between its syncs: how much
    other agencies wrote. Cursors of older releases (plain positions) still work."""
    kh, kh_client = enrolled("kh-sr", "kh")
    la, la_client = enrolled("la-vt", "la")
    kh_client.sync()
    before = kh.sync.cursor
    for i in range(30):
        la.smes.create({"name": f"Lao shop {i}", "country": "LA"})
    la_client.sync()
    kh.smes.create({"name": "Angkor Silk", "country": "KH"})
    kh_client.sync()
    after = kh.sync.cursor
    assert before >= 1 << 62 and after >= 1 << 62
    store: Store = server.store
    kh_device = store.authenticate(kh.sync.enrolment().token)  # type: ignore[union-attr]
    la_device = store.authenticate(la.sync.enrolment().token)  # type: ignore[union-attr]
    assert kh_device is not None and la_device is not None
    plain = store.private_cursor(kh_device, after)
    assert store.public_cursor(kh_device, plain) == after
    assert store.public_cursor(la_device, plain) != after  # another agency's key
    assert store.private_cursor(kh_device, 5) == 5  # an older release's plain cursor
    # A laptop that still holds a plain cursor reads on from it, and is given an opaque one.
    kh.set_meta_atomic("sync_cursor", str(plain))
    la.smes.create({"name": "Vientiane Weaving", "country": "LA"})
    la_client.sync()
    report = kh_client.sync()
    assert report.received == 0 and kh.sync.cursor >= 1 << 62
