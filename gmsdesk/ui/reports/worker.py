"""The Reports area's computations, off the UI thread: a worker in a QThread of its own, with
its own database connection, as the paged lists have (see `gmsdesk.ui.paged`).

Every request is a new generation; asking again (a filter changed) or Cancel makes the one in
flight stale, and a stale computation stops: between indicators, inside the engine (its `stop`)
and inside a long SQLite statement (a progress handler interrupts it). Only the latest
generation's answer is delivered.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMetaObject, QObject, Qt, QThread, Signal, Slot

from gmsdesk.services.figures import Stopped
from gmsdesk.storage.db import Database

log = logging.getLogger(__name__)

# A job: work(db, stop, progress) -> result, run in the worker's thread.
Job = Callable[[Database, Callable[[], bool], Callable[[int, int], bool]], Any]
_STEPS_BETWEEN_CHECKS = 20_000  # SQLite virtual-machine steps between two looks at `stop`


class ReportWorker(QObject):
    """Lives in its own QThread; runs jobs on its own connection."""

    progressed = Signal(int, int, int)  # generation, done, total
    done = Signal(int, object)  # generation, result
    failed = Signal(int, object)  # generation, exception

    def __init__(self, db_path: Path, user: str | None = None) -> None:
        super().__init__()
        self.db_path = db_path
        self.user = user
        self._db: Database | None = None
        self._latest = 0  # written by the UI thread
        self._lock = threading.Lock()
        self.ran = 0  # jobs run to the end (for tests and benches)

    def set_latest(self, generation: int) -> None:
        with self._lock:
            self._latest = generation

    def stale(self, generation: int) -> bool:
        with self._lock:
            return generation < self._latest

    def _conn(self) -> Database:
        if self._db is None:
            self._db = Database(self.db_path, user=self.user)
        return self._db

    @Slot(int, object)
    def run(self, generation: int, job: Job) -> None:
        if self.stale(generation):
            return  # asked again since: nobody will look at this answer

        def stop() -> bool:
            return self.stale(generation)

        def progress(done: int, total: int) -> bool:
            self.progressed.emit(generation, done, total)
            return not stop()

        try:
            db = self._conn()
            with db.stoppable(stop, _STEPS_BETWEEN_CHECKS):
                result = job(db, stop, progress)
        except Stopped:
            return
        except sqlite3.OperationalError as exc:
            if stop():
                return  # interrupted: a newer request came
            log.exception("report not computed")
            self.failed.emit(generation, exc)
        except Exception as exc:
            if stop():
                return
            log.exception("report not computed")
            self.failed.emit(generation, exc)
        else:
            if not stop():
                self.ran += 1
                self.done.emit(generation, result)

    @Slot()
    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


class ReportThread(QObject):
    """The UI thread's side of a `ReportWorker`: `submit(job)` starts a new generation (the
    one in flight stops), `cancel()` stops it; only the latest answer comes out."""

    progressed = Signal(int, int)  # done, total
    done = Signal(object)
    failed = Signal(object)

    _run = Signal(int, object)

    def __init__(self, db_path: Path, name: str, user: str | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = 0
        self.busy = False
        self._thread = QThread()
        self._thread.setObjectName(name)
        self.worker = ReportWorker(db_path, user)
        self.worker.moveToThread(self._thread)
        self._run.connect(self.worker.run)
        self.worker.progressed.connect(self._on_progress)
        self.worker.done.connect(self._on_done)
        self.worker.failed.connect(self._on_failed)
        self._thread.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def submit(self, job: Job) -> int:
        self.generation += 1
        self.worker.set_latest(self.generation)
        self.busy = True
        self._run.emit(self.generation, job)
        return self.generation

    def cancel(self) -> None:
        """Stop the computation in flight; its answer never comes."""
        self.generation += 1
        self.worker.set_latest(self.generation)
        self.busy = False

    def _on_progress(self, generation: int, done: int, total: int) -> None:
        if generation == self.generation:
            self.progressed.emit(done, total)

    def _on_done(self, generation: int, result: object) -> None:
        if generation == self.generation:
            self.busy = False
            self.done.emit(result)

    def _on_failed(self, generation: int, exc: object) -> None:
        if generation == self.generation:
            self.busy = False
            self.failed.emit(exc)

    def shutdown(self) -> None:
        """Stop what runs, close the connection in its own thread, stop the thread."""
        if self._thread.isRunning():
            self.cancel()
            QMetaObject.invokeMethod(self.worker, "close",
                                     Qt.ConnectionType.BlockingQueuedConnection)
            self._thread.quit()
            self._thread.wait(5000)
