""""Test connection" says in plain words what trying an address found, and enrolment before a
computer is enrolled promises nothing: against a real headquarters on 127.0.0.1, a web server
that is not one, a server with a certificate nobody vouches for, and addresses nothing answers."""

from __future__ import annotations

import http.server
import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from gmsdesk.server.store import Store, create_schema, make_engine
from gmsdesk.storage.db import Database
from gmsdesk.sync.client import (
    BAD_ADDRESS,
    CERTIFICATE,
    ENROL_UNREACHABLE,
    NOT_GMS,
    PLAIN_HTTP,
    UNREACHABLE,
    BadAddress,
    Offline,
    SyncClient,
    SyncError,
    address_problem,
    server_address,
)
from gmsdesk.sync.connection import MESSAGES, Outcome, check_connection
from tests.conftest import LiveServer
from tests.sync.test_credentials import self_signed


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[LiveServer]:
    """A real headquarters server on 127.0.0.1 (SQLite behind it: only its answers matter)."""
    engine = make_engine(str(tmp_path / "server.sqlite3"))
    create_schema(engine)
    store = Store(engine)
    store.add_agency("kh-sr", "Siem Reap Provincial Chamber of Commerce")
    live = LiveServer(store)
    yield live
    live.stop()
    engine.dispose()


Answer = tuple[int, str, bytes]  # status, content type, body


@pytest.fixture
def web_server() -> Iterator[Callable[[Answer], str]]:
    """serve((status, type, body)) -> the address of a web server on 127.0.0.1 that answers
    every request so: not a GMS Desk server."""
    made: list[http.server.ThreadingHTTPServer] = []

    def serve(answer: Answer) -> str:
        status, kind, body = answer

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self) -> None:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _answer

            def log_message(self, *_args: Any) -> None:
                pass

        httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        made.append(httpd)
        return f"http://127.0.0.1:{httpd.server_address[1]}"

    yield serve
    for httpd in made:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def closed_port() -> str:
    """An address of this computer where nothing listens."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


class Recording(requests.Session):
    """A session that notes every address asked, and asks nothing."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def request(self, method: str | bytes, url: str | bytes, *args: Any,
                **kwargs: Any) -> requests.Response:
        self.asked.append(str(url))
        raise requests.ConnectionError("not asked in this test")


def test_a_headquarters_server_is_reached(hq: LiveServer) -> None:
    check = check_connection(hq.url, allow_plain_http=False)
    assert check.outcome is Outcome.REACHED and check.ok
    assert check.message == "Headquarters answered at this address: the connection works."
    assert check.elapsed_ms >= 0


@pytest.mark.parametrize("typed", [
    "hq example org", "https://", "htp://hq.example.org", "https://hq.example.org:abc",
    "https:/hq.example.org", "http//hq.example.org", "192.168.1.300", "hq.example.org/?a=1",
    "https://user:secret@hq.example.org", "hq..example.org", "-hq.example.org"])
def test_a_malformed_address_has_its_own_message_and_nothing_is_sent(typed: str) -> None:
    url = server_address(typed)
    assert address_problem(url) == BAD_ADDRESS
    session = Recording()
    check = check_connection(url, allow_plain_http=True, session=session)
    assert check.outcome is Outcome.BAD_ADDRESS
    assert check.message == "The server address is not valid. It looks like https://hq.example.org."
    assert session.asked == []


@pytest.mark.parametrize("typed", [
    "hq.example.org", "https://hq.example.org/", "http://127.0.0.1:8000", "http://[::1]:8000",
    "https://192.168.1.20:8443", "https://gms-hq.moc.gov.kh/sync", "hq", "កម្ពុជា.example"])
def test_server_addresses_are_taken(typed: str) -> None:
    assert address_problem(server_address(typed)) == ""


def test_addresses_are_completed_as_enrolment_uses_them() -> None:
    assert server_address("  hq.example.org/ ") == "https://hq.example.org"
    assert server_address("http://192.168.1.20:8000") == "http://192.168.1.20:8000"


def test_an_unencrypted_address_is_not_tried_unless_allowed() -> None:
    session = Recording()
    check = check_connection("http://192.168.1.20:8000", allow_plain_http=False, session=session)
    assert check.outcome is Outcome.INSECURE and check.message == PLAIN_HTTP
    assert session.asked == []


def test_nothing_answering_is_said_as_such(closed_port: str) -> None:
    check = check_connection(closed_port, allow_plain_http=False)
    assert check.outcome is Outcome.UNREACHABLE
    assert check.message.startswith("The server did not answer. Check this computer's network")


def test_a_name_nobody_knows_is_said_as_such() -> None:
    check = check_connection("https://no-such-server.invalid", allow_plain_http=False)
    assert check.outcome is Outcome.NAME_UNKNOWN
    assert check.message.startswith("No server of this name was found.")


@pytest.mark.parametrize("answer", [
    (404, "text/html", b"<h1>Not Found</h1>"),
    (200, "text/html", b"<html><body>Welcome to our hotel network</body></html>"),
    (200, "application/json", b'{"status": "up"}')])
def test_another_kind_of_server_is_not_taken_for_headquarters(
        web_server: Callable[[Answer], str], answer: Answer) -> None:
    check = check_connection(web_server(answer), allow_plain_http=False)
    assert check.outcome is Outcome.NOT_GMS
    assert check.message == MESSAGES[Outcome.NOT_GMS]
    assert check.detail == f"HTTP {answer[0]}"


def test_a_server_error_is_said_as_such(web_server: Callable[[Answer], str]) -> None:
    check = check_connection(web_server((502, "text/plain", b"Bad Gateway")),
                             allow_plain_http=False)
    assert check.outcome is Outcome.SERVER_ERROR and check.detail == "HTTP 502"


def test_a_certificate_nobody_vouches_for_is_said_as_such(tmp_path: Path) -> None:
    made = self_signed(tmp_path)
    if made is None:
        pytest.skip("no way to make a certificate here")

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.end_headers()

        def log_message(self, *_args: Any) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*made)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        check = check_connection(f"https://127.0.0.1:{httpd.server_address[1]}",
                                 allow_plain_http=False)
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert check.outcome is Outcome.CERTIFICATE and check.message == CERTIFICATE


# -- enrolment: not enrolled yet, nothing is promised ------------------------------------------


def test_enrolment_that_reaches_nobody_promises_nothing(db: Database, closed_port: str) -> None:
    db.smes.create({"name": "Angkor Silk"})
    with pytest.raises(Offline) as failed:
        SyncClient(db).enroll(closed_port, "AAAA-BBBB")
    assert str(failed.value) == ENROL_UNREACHABLE
    assert "will be sent" not in str(failed.value) and str(failed.value) != UNREACHABLE
    assert db.sync.enrolment() is None


def test_enrolment_with_a_malformed_address_sends_nothing(db: Database) -> None:
    session = Recording()
    with pytest.raises(BadAddress) as failed:
        SyncClient(db, session).enroll("hq example org", "AAAA-BBBB")
    assert str(failed.value) == BAD_ADDRESS and session.asked == []


def test_enrolment_with_another_kind_of_server_says_so(
        db: Database, web_server: Callable[[Answer], str]) -> None:
    for answer in ((404, "text/html", b"<h1>Not Found</h1>"),
                   (200, "application/json", b'{"hello": "world"}')):
        with pytest.raises(SyncError) as failed:
            SyncClient(db).enroll(web_server(answer), "AAAA-BBBB")
        assert str(failed.value) == NOT_GMS
    assert db.sync.enrolment() is None


def test_enrolment_without_a_scheme_uses_https(db: Database) -> None:
    session = Recording()
    with pytest.raises(Offline):
        SyncClient(db, session).enroll("hq.example.org/", "AAAA-BBBB")
    assert set(session.asked) == {"https://hq.example.org/v1/enroll"}
