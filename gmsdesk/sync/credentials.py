"""Where this computer keeps the key headquarters gave it at enrolment (its bearer token).

In the system's credential store where one works (the macOS Keychain, the Windows Credential
Locker, a desktop's Secret Service), else in a file beside the database that only this user may
read. Never in the database: a copy of the database file must not be able to sync as this
computer (with the same device id two laptops would send different batches under one id).
"""

from __future__ import annotations

import json
import logging
import os
import threading
from pathlib import Path
from typing import Protocol

from gmsdesk.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

SERVICE = "GMS Desk sync"
SUFFIX = ".sync-token"  # the key file: the database file's name and this
SYSTEM = "system"
FILE = "file"


class Backend(Protocol):
    """What is used of a credential store (a `keyring` backend)."""

    def get_password(self, service: str, username: str) -> str | None: ...

    def set_password(self, service: str, username: str, password: str) -> None: ...

    def delete_password(self, service: str, username: str) -> None: ...


class CredentialsError(Exception):
    """The key could not be kept or read. `str(exc)` is marked for translation (context
    "Sync")."""


SAVE_FAILED = QT_TRANSLATE_NOOP(
    "Sync", "The key that lets this computer sync could not be saved in the data folder. Check "
    "that the folder can be written to, then enrol again.")
READ_FAILED = QT_TRANSLATE_NOOP(
    "Sync", "The key that lets this computer sync could not be read from the system's password "
    "store (it may be locked). Unlock it, then sync again.")

_lock = threading.Lock()
_detected: list[Backend | None] = []  # the system store, once looked for
_cache: dict[str, str] = {}  # the system store's answers by account: asked once per process


def system_store() -> Backend | None:
    """The system's credential store, or None where none works. Looked for once: it may take a
    moment (a desktop's Secret Service is asked over D-Bus)."""
    with _lock:
        if not _detected:
            _detected.append(_detect())
        return _detected[0]


def _detect() -> Backend | None:
    """keyring's choice of store, when it is a real one. Without a desktop session (a Linux
    server, CI) keyring has none and offers its `fail` backend (priority 0); stores below
    priority 1 keep passwords in plain files, no better than the key file."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
        priority = float(backend.priority)
    except Exception:  # a broken configuration of keyring: the key file does as well
        log.warning("no usable credential store; the sync key is kept in a file", exc_info=True)
        return None
    if isinstance(backend, fail.Keyring) or priority < 1:
        return None
    store: Backend = backend
    return store


class TokenStore:
    """The sync key of one database file, by the device id headquarters gave this computer.

    `system` is the credential store to use (None: the key file only). An entry there names
    the database's full path too, so a copy of the file elsewhere on this computer does not
    find it either."""

    def __init__(self, database: str | os.PathLike[str], system: Backend | None) -> None:
        self.database = Path(database)
        self.system = system
        self.file = self.database.with_name(self.database.name + SUFFIX)

    def _account(self, device_id: str) -> str:
        return f"{device_id} {self.database.resolve()}"

    def load(self, device_id: str) -> str:
        """The key of `device_id`, "" when this computer has none (a database copied here
        without it). CredentialsError: the system store could not be read."""
        token = self._read_file(device_id)
        if token or self.system is None:
            return token
        account = self._account(device_id)
        with _lock:
            if account in _cache:
                return _cache[account]
        try:
            token = self.system.get_password(SERVICE, account) or ""
        except Exception as exc:  # keyring's own errors, or D-Bus's beneath them
            log.warning("the system credential store could not be read", exc_info=True)
            raise CredentialsError(READ_FAILED) from exc
        with _lock:
            _cache[account] = token
        return token

    def save(self, device_id: str, token: str) -> str:
        """Keep the key of `device_id`: in the system store when it takes it, else in the key
        file. Returns where (SYSTEM or FILE). CredentialsError: neither could keep it."""
        if self.system is not None:
            account = self._account(device_id)
            try:
                self.system.set_password(SERVICE, account, token)
            except Exception:  # locked, refused by the person, or gone: the file will do
                log.warning("the system credential store refused the sync key; it is kept in "
                            "a file readable by this user only", exc_info=True)
            else:
                with _lock:
                    _cache[account] = token
                self.file.unlink(missing_ok=True)  # an older key must not shadow this one
                return SYSTEM
        try:
            self._write_file(device_id, token)
        except OSError as exc:
            raise CredentialsError(SAVE_FAILED) from exc
        return FILE

    def forget(self, device_id: str) -> None:
        """Drop the key of `device_id` (a computer enrolled again is another device)."""
        if self.system is not None:
            account = self._account(device_id)
            with _lock:
                _cache.pop(account, None)
            try:
                self.system.delete_password(SERVICE, account)
            except Exception:  # none was there (keyring says so by raising), or it is locked
                log.info("no sync key of %s to remove from the credential store", device_id)
        try:
            held = json.loads(self.file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if isinstance(held, dict) and held.get("device_id") == device_id:
            self.file.unlink(missing_ok=True)

    # -- the key file -------------------------------------------------------------------------

    def _read_file(self, device_id: str) -> str:
        try:
            held = json.loads(self.file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return ""
        except (OSError, ValueError):
            log.warning("the sync key file %s cannot be read", self.file, exc_info=True)
            return ""
        if not isinstance(held, dict) or held.get("device_id") != device_id:
            return ""  # another enrolment's (a database restored over this one)
        token = held.get("token")
        return token if isinstance(token, str) else ""

    def _write_file(self, device_id: str, token: str) -> None:
        """Written whole or not at all, readable and writable by this user only."""
        partial = self.file.with_name(self.file.name + ".new")
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            if os.name == "posix":
                os.fchmod(fd, 0o600)  # left over with other rights: O_CREAT keeps those
            out.write(json.dumps({"device_id": device_id, "token": token}))
            out.flush()
            os.fsync(fd)
        os.replace(partial, self.file)
