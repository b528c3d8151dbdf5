"""Database problems a person can act on reach them in plain, translated words, never as a crash."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from gmsdesk.storage.db import Database
from gmsdesk.storage.errors import (
    Corrupt,
    DatabaseBusy,
    DatabaseProblem,
    DiskError,
    DiskFull,
    ReadOnly,
)
from gmsdesk.ui import errors
from tests.full_disk import fill_with_smes

KINDS = [DiskFull, DatabaseBusy, ReadOnly, Corrupt, DiskError]


class _Marked(QTranslator):
    """A language in which every text of the "Errors" context reads «like this»."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return f"«{source}»" if context == "Errors" else source

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def marked(qapp: Any) -> Iterator[None]:
    translator = _Marked()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.__name__)
def test_user_message_is_the_plain_text(kind: type[DatabaseProblem], qapp: Any) -> None:
    message = errors.user_message(kind("/data/gmsdesk.sqlite3"))
    assert message == f"{kind.message}\n/data/gmsdesk.sqlite3"
    assert "sqlite" not in kind.message.lower()


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.__name__)
def test_user_message_is_translated_in_context_errors(kind: type[DatabaseProblem],
                                                      marked: None) -> None:
    # The fixed text is translated (a path inside it would match no translation).
    message = errors.user_message(kind("/data/gmsdesk.sqlite3"))
    assert message == f"«{kind.message}»\n/data/gmsdesk.sqlite3"


def test_a_real_full_disk_gets_plain_words_not_the_crash_dialog(
        db: Database, qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(errors.QMessageBox, "warning",
                        lambda parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(errors, "show_crash", lambda *a: pytest.fail("crash dialog shown"))
    _saved, full = fill_with_smes(db, "Phnom Penh Pepper", "x" * 500)
    errors.show_error(None, full)
    assert shown == [("GMS Desk", f"{DiskFull.message}\n{db.path}")]

    # and when no screen caught it
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.install_excepthook()
    sys.excepthook(DiskFull, full, full.__traceback__)
    assert shown == [("GMS Desk", f"{DiskFull.message}\n{db.path}")] * 2


def test_a_bug_still_goes_to_the_crash_dialog(qapp: Any,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    crashes: list[BaseException] = []
    monkeypatch.setattr(errors, "show_crash", lambda parent, kind, exc, tb: crashes.append(exc))
    bug = KeyError("sme_id")
    assert errors.user_message(bug) is None
    errors.show_error(None, bug)
    assert crashes == [bug]
