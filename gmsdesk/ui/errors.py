"""The two kinds of error: what a person can fix (plain words), and bugs (details to copy)."""

from __future__ import annotations

import errno
import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from gmsdesk.storage.errors import DatabaseProblem, DiskFull, StorageError, ValidationError

log = logging.getLogger("gmsdesk")


def user_message(exc: BaseException) -> str | None:
    """Plain words for errors a person can act on; None for bugs."""
    if isinstance(exc, ValidationError):
        return "\n".join(QCoreApplication.translate("Validation", m) for m in exc.errors.values())
    if isinstance(exc, DatabaseProblem):  # disk full, busy, read-only, damaged, disk error
        text = QCoreApplication.translate("Errors", exc.message)
        return text + (f"\n{exc.path}" if exc.path else "")
    if isinstance(exc, StorageError):
        text = str(exc)
        translated = QCoreApplication.translate("Import", text)
        return translated if translated != text else QCoreApplication.translate("Errors", text)
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate(
            "Errors", "GMS Desk may not write to this place. Choose another folder."
        ) + f"\n{exc.filename or ''}"
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:  # a file, not the database
        return QCoreApplication.translate("Errors", DiskFull.message)
    if isinstance(exc, FileNotFoundError):
        return QCoreApplication.translate(
            "Errors", "The file was not found.") + f"\n{exc.filename or ''}"
    return None


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    message = user_message(exc)
    if message is not None:
        QMessageBox.warning(parent, QCoreApplication.translate("Errors", "GMS Desk"), message)
        return
    show_crash(parent, type(exc), exc, exc.__traceback__)


def show_crash(parent: QWidget | None, kind: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
    details = "".join(traceback.format_exception(kind, exc, tb))
    log.error("unexpected error\n%s", details)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Errors", "GMS Desk — unexpected error"))
    box.setText(QCoreApplication.translate(
        "Errors", "Something went wrong inside GMS Desk. Your saved work is safe. "
        "Please send the details below to your support contact."))
    box.setDetailedText(details)
    box.exec()


def install_excepthook() -> None:
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if QApplication.instance() is None:
            sys.__excepthook__(kind, exc, tb)
            return
        if isinstance(exc, DatabaseProblem):
            # Any write can meet a full disk or a busy database, caught by its screen or not:
            # the person gets plain words, the log keeps where it happened.
            log.warning("database problem not caught by its screen",
                        exc_info=(kind, exc, tb))
            show_error(QApplication.activeWindow(), exc)
            return
        show_crash(QApplication.activeWindow(), kind, exc, tb)

    sys.excepthook = hook
