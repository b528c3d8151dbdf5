"""Credentials and transport: the sync key never in the database, private files, no key sent
unencrypted, and a certificate that cannot be verified said as such."""

from __future__ import annotations

import http.server
import json
import os
import shutil
import ssl
import stat
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from gmsdesk.storage.db import Database
from gmsdesk.sync import credentials
from gmsdesk.sync.client import (
    CERTIFICATE,
    NOT_HERE,
    PLAIN_HTTP,
    PLAIN_HTTP_INTERNET,
    Insecure,
    NotEnrolled,
    Offline,
    SyncClient,
    SyncError,
    transport_problem,
)
from gmsdesk.sync.credentials import SERVICE, SUFFIX
from tests.test_cli import gmsdesk

# The credentials have nothing to do with the server's database: SQLite behind it will do.
SQLITE_SERVER = pytest.mark.parametrize("store", ["sqlite"], indirect=True)
POSIX = pytest.mark.skipif(os.name != "posix", reason="file rights are POSIX's")


class MemoryKeyring:
    """A system credential store, as keyring's backends answer."""

    def __init__(self) -> None:
        self.passwords: dict[tuple[str, str], str] = {}
        self.refuse = False  # locked, or the person said no

    def get_password(self, service: str, username: str) -> str | None:
        if self.refuse:
            raise RuntimeError("the collection is locked")
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.refuse:
            raise RuntimeError("the collection is locked")
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.passwords[(service, username)]


@pytest.fixture(autouse=True)
def system_store(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """No system store unless a test puts one in (this machine's own is never touched)."""
    chosen: list[Any] = [None]
    monkeypatch.setattr("gmsdesk.storage.sync_store.system_store", lambda: chosen[0])
    monkeypatch.setattr(credentials, "_cache", {})
    return chosen


def file_bytes(db_path: Path) -> bytes:
    """Everything of a database on disk: the file, and its write-ahead log if any."""
    return b"".join(Path(f"{db_path}{end}").read_bytes() for end in ("", "-wal")
                    if Path(f"{db_path}{end}").exists())


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# -- where the key is kept --------------------------------------------------------------------


@SQLITE_SERVER
def test_the_key_is_not_in_the_database_but_in_a_file_only_its_user_reads(
        enrolled: Any, tmp_path: Path) -> None:
    db, client = enrolled("kh-sr", "laptop1")
    token = db.sync.enrolment().token
    assert token and client.sync().round_trips == 1
    assert "token" not in json.loads(db.meta("sync_enrolment"))
    db.close()
    assert token.encode() not in file_bytes(tmp_path / "laptop1.sqlite3")
    key_file = tmp_path / f"laptop1.sqlite3{SUFFIX}"
    assert json.loads(key_file.read_text())["token"] == token
    if os.name == "posix":
        assert mode(key_file) == 0o600


@SQLITE_SERVER
def test_a_copied_database_without_its_key_cannot_sync(enrolled: Any, tmp_path: Path) -> None:
    db, client = enrolled("kh-sr", "laptop1")
    db.smes.create({"name": "Angkor Silk"})
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    shutil.copy(db.path, elsewhere / "gmsdesk.sqlite3")
    with Database(elsewhere / "gmsdesk.sqlite3") as copy:
        assert copy.sync.enrolment() is not None  # what it was enrolled as is still shown
        with pytest.raises(NotEnrolled) as refused:
            SyncClient(copy).sync()
        assert str(refused.value) == NOT_HERE
        assert "not enrolled on this computer" in str(refused.value)
        assert copy.outbox.pending_count() == 1  # kept, for after enrolling again
    assert client.sync().sent == 1  # the original still speaks for this computer


@SQLITE_SERVER
def test_a_key_kept_in_clear_by_an_older_release_is_moved_out_at_first_start(
        enrolled: Any, server: Any, tmp_path: Path) -> None:
    db, _client = enrolled("kh-sr", "laptop1")
    enrolment = db.sync.enrolment()
    path = db.path
    # As the older release left it: the key in the database, no key file.
    db.set_meta_atomic("sync_enrolment", json.dumps(enrolment.__dict__))
    db.close()
    Path(f"{path}{SUFFIX}").unlink()
    assert enrolment.token.encode() in file_bytes(path)

    with Database(path) as reopened:
        assert reopened.sync.enrolment() == enrolment
        assert "token" not in json.loads(reopened.meta("sync_enrolment"))
        assert SyncClient(reopened).sync().round_trips == 1  # headquarters still knows it
    assert json.loads(Path(f"{path}{SUFFIX}").read_text())["token"] == enrolment.token
    assert enrolment.token.encode() not in file_bytes(path)  # no copy left behind either


@SQLITE_SERVER
def test_the_system_store_holds_the_key_where_there_is_one(
        enrolled: Any, tmp_path: Path, system_store: list[Any]) -> None:
    keyring = MemoryKeyring()
    system_store[0] = keyring
    db, client = enrolled("kh-sr", "laptop1")
    token = db.sync.enrolment().token
    assert list(keyring.passwords.values()) == [token]
    ((service, account),) = keyring.passwords
    assert service == SERVICE and db.device_id in account and str(db.path.resolve()) in account
    assert not Path(f"{db.path}{SUFFIX}").exists()
    assert client.sync().round_trips == 1
    # Elsewhere on this very computer, a copy of the file does not find the key either.
    db.close()
    shutil.copy(tmp_path / "laptop1.sqlite3", tmp_path / "copy.sqlite3")
    with Database(tmp_path / "copy.sqlite3") as copy, pytest.raises(NotEnrolled):
        SyncClient(copy).sync()


@SQLITE_SERVER
def test_a_store_that_refuses_the_key_leaves_it_to_the_file_and_a_locked_one_is_said(
        enrolled: Any, system_store: list[Any]) -> None:
    keyring = MemoryKeyring()
    keyring.refuse = True
    system_store[0] = keyring
    db, client = enrolled("kh-sr", "laptop1")
    assert Path(f"{db.path}{SUFFIX}").exists() and keyring.passwords == {}
    assert client.sync().round_trips == 1

    keyring.refuse = False  # unlocked: the key goes there, and the file away
    db.sync.save_enrolment(db.sync.enrolment())
    assert not Path(f"{db.path}{SUFFIX}").exists() and len(keyring.passwords) == 1
    credentials._cache.clear()  # another start of GMS Desk, with the store locked
    keyring.refuse = True
    with pytest.raises(SyncError) as locked:
        client.sync()
    assert str(locked.value) == credentials.READ_FAILED  # not "not enrolled"


def test_keyring_without_a_usable_backend_means_the_key_file(
        monkeypatch: pytest.MonkeyPatch) -> None:
    keyring = pytest.importorskip("keyring")
    from keyring.backends import fail

    class Desktop(MemoryKeyring):
        priority = 5

    for backend, expected in ((fail.Keyring(), None), (Desktop(), Desktop)):
        monkeypatch.setattr(keyring, "get_keyring", lambda b=backend: b)
        monkeypatch.setattr(credentials, "_detected", [])
        found = credentials.system_store()
        assert (type(found) if found is not None else None) is expected


# -- private files ----------------------------------------------------------------------------


@POSIX
def test_the_data_folder_and_database_files_are_this_users_alone(tmp_path: Path) -> None:
    folder = tmp_path / "new" / "data"
    with Database(folder / "gmsdesk.sqlite3") as db:
        db.smes.create({"name": "Angkor Silk"})
        assert mode(folder) == 0o700
        for end in ("", "-wal", "-shm"):
            assert mode(Path(f"{db.path}{end}")) == 0o600, end

    # As an older release left them: readable by everyone.
    older = tmp_path / "older"
    with Database(older / "gmsdesk.sqlite3") as db:
        db.smes.create({"name": "Angkor Silk"})
    older.chmod(0o755)
    (older / "gmsdesk.sqlite3").chmod(0o644)
    with Database(older / "gmsdesk.sqlite3") as db:
        assert db.smes.count() == 1
        assert mode(older) == 0o700
        for end in ("", "-wal", "-shm"):
            assert mode(Path(f"{db.path}{end}")) == 0o600, end


# -- transport --------------------------------------------------------------------------------


class Recorder(requests.Session):
    """A session that says where it was asked to send what, and sends nothing."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[tuple[str, dict[str, str]]] = []

    def post(self, url: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        self.sent.append((str(url), dict(kwargs.get("headers") or {})))
        raise requests.exceptions.ConnectionError("recorded, not sent")


def test_which_addresses_may_carry_the_key() -> None:
    for url in ("https://hq.example.org", "http://127.0.0.1:8000", "http://localhost:8000/",
                "http://[::1]:8000", "http://127.0.0.2"):
        assert transport_problem(url, False) == "", url
    for url in ("http://hq.example.org", "http://192.168.1.20:8000", "HTTP://10.0.0.5"):
        assert transport_problem(url, False) == PLAIN_HTTP, url
        assert transport_problem(url, True) == "", url
    assert transport_problem("http://8.8.8.8:8000", True) == PLAIN_HTTP_INTERNET


def test_plain_http_is_refused_at_enrolment_and_at_sync_unless_allowed(
        db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("gmsdesk.sync.client.time.sleep", lambda _s: None)
    session = Recorder()
    client = SyncClient(db, session)
    with pytest.raises(Insecure) as refused:
        client.enroll("http://192.168.1.20:8000", "AAAA-BBBB")
    assert str(refused.value) == PLAIN_HTTP and session.sent == []  # not even the code

    # Enrolled by an older release that took any address: the key stays here.
    from gmsdesk.storage.sync_store import Enrolment

    db.sync.save_enrolment(Enrolment("http://192.168.1.20:8000", "secret", "dev-1", "kh-sr",
                                     "Siem Reap"))
    with pytest.raises(Insecure) as refused:
        client.sync()
    assert str(refused.value) == PLAIN_HTTP and session.sent == []

    db.sync.allow_plain_http(True)  # an administrator's choice, for a local server
    with pytest.raises(Offline):
        client.sync()
    assert session.sent[0][0] == "http://192.168.1.20:8000/v1/sync"
    assert session.sent[0][1]["Authorization"] == "Bearer secret"


def test_the_command_line_allows_plain_http_only_when_told(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sent: list[str] = []

    def post(_session: Any, url: str, **_kwargs: Any) -> Any:
        sent.append(url)
        raise requests.exceptions.ConnectionError("recorded, not sent")

    monkeypatch.setattr(requests.Session, "post", post)
    monkeypatch.setattr("gmsdesk.sync.client.time.sleep", lambda _s: None)
    folder = str(tmp_path / "data")
    result = gmsdesk("--data-dir", folder, "enroll", "http://192.168.1.20:8000", "AAAA-BBBB")
    assert result.returncode == 2 and "would not be encrypted" in result.stderr
    assert sent == []
    result = gmsdesk("--data-dir", folder, "enroll", "http://192.168.1.20:8000", "AAAA-BBBB",
                     "--allow-plain-http")
    assert result.returncode == 2 and "No GMS Desk headquarters answered" in result.stderr
    assert sent == ["http://192.168.1.20:8000/v1/enroll"] * 3
    with Database(tmp_path / "data" / "gmsdesk.sqlite3") as db:
        assert db.sync.plain_http_allowed()


# -- certificates -----------------------------------------------------------------------------


def self_signed(folder: Path) -> tuple[Path, Path] | None:
    """A certificate for 127.0.0.1 that nobody vouches for, and its key; None when neither
    the cryptography package nor the openssl command is here to make one."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    try:
        import datetime

        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.x509.oid import NameOID
    except ImportError:
        if shutil.which("openssl") is None:
            return None
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                        "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                        "-keyout", str(key), "-out", str(cert)], check=True,
                       capture_output=True)
        return cert, key
    import ipaddress

    private = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
                   .public_key(private.public_key()).serial_number(x509.random_serial_number())
                   .not_valid_before(now - datetime.timedelta(hours=1))
                   .not_valid_after(now + datetime.timedelta(days=1))
                   .add_extension(x509.SubjectAlternativeName(
                       [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
                   .sign(private, hashes.SHA256()))
    cert.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key.write_bytes(private.private_bytes(serialization.Encoding.PEM,
                                          serialization.PrivateFormat.PKCS8,
                                          serialization.NoEncryption()))
    return cert, key


@pytest.fixture
def https_server(tmp_path: Path) -> Iterator[tuple[str, list[str]]]:
    """An HTTPS server on 127.0.0.1 with a self-signed certificate: (its address, the paths
    of the requests it received)."""
    made = self_signed(tmp_path)
    if made is None:
        pytest.skip("no way to make a certificate here (the adapter test below stands in)")
    received: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            received.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *_args: Any) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*made)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{httpd.server_address[1]}", received
    httpd.shutdown()
    httpd.server_close()


def test_a_certificate_that_cannot_be_verified_is_said_not_unreachable(
        db: Database, https_server: tuple[str, list[str]]) -> None:
    url, received = https_server
    client = SyncClient(db)
    with pytest.raises(Insecure) as failed:
        client.enroll(url, "AAAA-BBBB")
    assert str(failed.value) == CERTIFICATE
    assert str(failed.value).startswith("The server's certificate could not be verified.")
    from gmsdesk.storage.sync_store import Enrolment

    db.sync.save_enrolment(Enrolment(url, "secret", "dev-1", "kh-sr", "Siem Reap"))
    with pytest.raises(Insecure) as failed:
        client.sync()
    assert str(failed.value) == CERTIFICATE
    assert received == []  # neither the code nor the key reached it


class FailingTLS(requests.adapters.HTTPAdapter):
    """A transport whose TLS handshake fails as `error` says."""

    def __init__(self, error: ssl.SSLError) -> None:
        super().__init__()
        self.error = error
        self.tries = 0

    def send(self, request: Any, *args: Any, **kwargs: Any) -> Any:
        self.tries += 1
        raise requests.exceptions.SSLError(error_wrapping(self.error), request=request)


def error_wrapping(cause: BaseException) -> BaseException:
    """As urllib3 hands it to requests: its own error, raised from the ssl module's."""
    try:
        try:
            raise cause
        except ssl.SSLError as exc:
            raise OSError("HTTPSConnectionPool: Max retries exceeded") from exc
    except OSError as wrapped:
        return wrapped


def test_certificate_failures_and_cut_handshakes_are_told_apart(
        db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("gmsdesk.sync.client.time.sleep", lambda _s: None)
    session = requests.Session()
    unverified = FailingTLS(ssl.SSLCertVerificationError(
        1, "certificate verify failed: self-signed certificate"))
    session.mount("https://", unverified)
    with pytest.raises(Insecure) as failed:
        SyncClient(db, session).enroll("https://hq.example.org", "AAAA-BBBB")
    assert str(failed.value) == CERTIFICATE and unverified.tries == 1  # not asked again

    cut = FailingTLS(ssl.SSLEOFError(8, "EOF occurred in violation of protocol"))
    session.mount("https://", cut)
    with pytest.raises(Offline):  # a connection cut mid-handshake: worth another try
        SyncClient(db, session).enroll("https://hq.example.org", "AAAA-BBBB")
    assert cut.tries == 3
