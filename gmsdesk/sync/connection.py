""""Test connection": try a server address once and say in plain words what happened.

Nothing is sent but a request for the server's health (`GET /v1/health`): no code, no key, no
data. Each outcome says what a person can check next; messages are marked for translation
(context "Sync"), details (an HTTP status, the server's version) are not.
"""

from __future__ import annotations

import logging
import socket
import time
from dataclasses import dataclass
from enum import StrEnum

import requests
from urllib3.exceptions import NameResolutionError

from gmsdesk.i18n import QT_TRANSLATE_NOOP
from gmsdesk.sync import protocol
from gmsdesk.sync.client import (
    BAD_ADDRESS,
    CERTIFICATE,
    address_problem,
    caused_by,
    certificate_failed,
    transport_problem,
)

log = logging.getLogger(__name__)

TIMEOUT = (5, 10)  # connect, read (seconds): a person is waiting for the answer


class Outcome(StrEnum):
    REACHED = "reached"
    BAD_ADDRESS = "bad_address"
    INSECURE = "insecure"  # http:// where it is not allowed: nothing was tried
    NAME_UNKNOWN = "name_unknown"
    UNREACHABLE = "unreachable"
    CERTIFICATE = "certificate"
    NOT_GMS = "not_gms"
    SERVER_ERROR = "server_error"


MESSAGES = {
    Outcome.REACHED: QT_TRANSLATE_NOOP(
        "Sync", "Headquarters answered at this address: the connection works."),
    Outcome.BAD_ADDRESS: BAD_ADDRESS,
    Outcome.NAME_UNKNOWN: QT_TRANSLATE_NOOP(
        "Sync", "No server of this name was found. Check the address for a typing mistake; if "
        "it is right, this computer may not be connected to the network."),
    Outcome.UNREACHABLE: QT_TRANSLATE_NOOP(
        "Sync", "The server did not answer. Check this computer's network connection; if "
        "websites open, the server may be down: try again later or tell headquarters."),
    Outcome.CERTIFICATE: CERTIFICATE,
    Outcome.NOT_GMS: QT_TRANSLATE_NOOP(
        "Sync", "A server answered at this address, but it is not a GMS Desk headquarters "
        "server. Check the address."),
    Outcome.SERVER_ERROR: QT_TRANSLATE_NOOP(
        "Sync", "Headquarters' server answered with an error. Try again later; if it keeps "
        "failing, tell headquarters."),
}


@dataclass(frozen=True)
class ConnectionCheck:
    """What trying an address found. `message` is marked for translation (context "Sync")."""

    outcome: Outcome
    message: str
    detail: str = ""  # not translated: an HTTP status, the server's version
    elapsed_ms: int = 0

    @property
    def ok(self) -> bool:
        return self.outcome is Outcome.REACHED


def _said(outcome: Outcome, detail: str = "", elapsed_ms: int = 0) -> ConnectionCheck:
    return ConnectionCheck(outcome, MESSAGES[outcome], detail, elapsed_ms)


def check_connection(url: str, allow_plain_http: bool,
                     session: requests.Session | None = None) -> ConnectionCheck:
    """Try `url` (as `client.server_address` gives it) once, and say what happened."""
    if address_problem(url):
        return _said(Outcome.BAD_ADDRESS)
    problem = transport_problem(url, allow_plain_http)
    if problem:
        return ConnectionCheck(Outcome.INSECURE, problem)
    session = session or requests.Session()
    started = time.monotonic()
    try:
        response = session.get(f"{url}/v1/health", timeout=TIMEOUT,
                               headers={protocol.PROTOCOL_HEADER: str(protocol.PROTOCOL_VERSION)})
    except (requests.exceptions.InvalidURL, requests.exceptions.MissingSchema,
            requests.exceptions.InvalidSchema):
        return _said(Outcome.BAD_ADDRESS)
    except requests.exceptions.SSLError as exc:
        if certificate_failed(exc):
            return _said(Outcome.CERTIFICATE)
        log.info("testing %s: %s", url, exc)  # a handshake cut off: for whoever supports
        return _said(Outcome.UNREACHABLE)
    except requests.RequestException as exc:
        log.info("testing %s: %s", url, exc)
        if caused_by(exc, (NameResolutionError, socket.gaierror)):
            return _said(Outcome.NAME_UNKNOWN)
        return _said(Outcome.UNREACHABLE)
    elapsed = round((time.monotonic() - started) * 1000)
    if response.status_code >= 500:
        return _said(Outcome.SERVER_ERROR, f"HTTP {response.status_code}", elapsed)
    try:
        data = response.json()
    except ValueError:
        data = None
    if response.status_code != 200 or not isinstance(data, dict) or data.get("ok") is not True \
            or not isinstance(data.get("protocol"), int):
        return _said(Outcome.NOT_GMS, f"HTTP {response.status_code}", elapsed)
    return _said(Outcome.REACHED, str(data.get("version", "")), elapsed)
