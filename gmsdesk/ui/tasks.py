"""Long work off the UI thread: one small operation object per action.

    run_task(parent, title, work, on_done=...)

`work(db, progress)` runs on a pool thread with its *own* Database connection; `progress(done,
total)` returns False once the user pressed Cancel. A busy cursor appears after 300 ms and a
progress dialog with Cancel after 600 ms; results and errors come back by signal on the UI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from gmsdesk.storage.db import Database
from gmsdesk.storage.errors import StorageError

log = logging.getLogger(__name__)

Work = Callable[[Database, Callable[[int, int], bool]], Any]


class Task(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, db_path: Path, work: Work, user: str | None = None) -> None:
        super().__init__()
        self.db_path = db_path
        self.work = work
        self.user = user
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._cancel.is_set()

    def run(self) -> None:
        try:
            db = Database(self.db_path, user=self.user)
            try:
                result = self.work(db, self._progress)
            finally:
                db.close()
        except StorageError as exc:  # a problem the user can fix: shown, not a bug
            log.info("background task stopped: %s", exc)
            self.failed.emit(exc)
        except Exception as exc:  # a bug: delivered to the UI thread, shown there with details
            log.exception("background task failed")
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        self.task.run()


_running: set[Task] = set()  # keep Python references until each task finishes


def start(task: Task) -> Task:
    _running.add(task)
    task.finished.connect(lambda: _running.discard(task), Qt.ConnectionType.QueuedConnection)
    QThreadPool.globalInstance().start(_Runnable(task))
    return task


def run_task(parent: QWidget | None, title: str, db_path: Path, work: Work, *,
             on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[Exception], None] | None = None,
             user: str | None = None, show_progress: bool = True) -> Task:
    """Run `work` in the background with busy cursor, progress dialog and Cancel."""
    task = Task(db_path, work, user=user)
    dialog: QProgressDialog | None = None
    cursor_timer = QTimer(parent)
    cursor_timer.setSingleShot(True)
    busy = {"on": False}

    def set_busy() -> None:
        busy["on"] = True
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

    cursor_timer.timeout.connect(set_busy)
    cursor_timer.start(300)
    if show_progress:
        dialog = QProgressDialog(title, QApplication.translate("Task", "Cancel"), 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(600)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(task.cancel)

        def show_progress_values(done: int, total: int) -> None:
            assert dialog is not None
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)

        task.progressed.connect(show_progress_values)

    def finish() -> None:
        if busy["on"]:
            QApplication.restoreOverrideCursor()
        # The parent (and with it the timer and dialog) may be gone by now.
        for widget in (cursor_timer, dialog):
            if widget is not None and shiboken6.isValid(widget):
                if isinstance(widget, QTimer):
                    widget.stop()
                else:
                    widget.close()
                widget.deleteLater()

    task.finished.connect(finish)
    if on_done:
        task.succeeded.connect(on_done)
    if on_error:
        task.failed.connect(on_error)
    else:
        from gmsdesk.ui.errors import show_error

        task.failed.connect(lambda exc: show_error(parent, exc))
    return start(task)
