"""Sync in the background: when the network comes back, every few minutes, and on "Sync now".

The main window owns one `SyncService`. Each sync (and enrolment) runs as a `Task` on the pool
with its own database connection, one at a time; the service reports plain-words states by signal
and never raises into the UI. Failures are retried with exponential backoff (1, 2, 4 … 30 min).
"""

from __future__ import annotations

import contextlib
import logging
import platform
from typing import Any

import requests
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QObject, Qt, QTimer, Signal

from gmsdesk.i18n import QT_TRANSLATE_NOOP
from gmsdesk.storage.db import Database
from gmsdesk.storage.records import Change
from gmsdesk.storage.sync_store import Enrolment
from gmsdesk.sync.client import (
    ENROL_UNREACHABLE,
    NotEnrolled,
    Offline,
    SyncClient,
    SyncError,
    SyncReport,
    server_address,
)
from gmsdesk.sync.connection import ConnectionCheck, check_connection
from gmsdesk.ui import tasks
from gmsdesk.ui.labels import format_count, format_datetime, format_time
from gmsdesk.ui.tasks import Task

log = logging.getLogger(__name__)

INTERVAL_MS = 5 * 60_000  # while online and all is well
BACKOFF_FIRST_MS = 60_000  # after a failure: 1, 2, 4 … minutes
BACKOFF_MAX_MS = 30 * 60_000
START_DELAY_MS = 2_000  # first sync after start-up, once the window is on screen
BUSY_RETRY_MS = 1_000  # another window's sync is still finishing
RELOAD_ABOVE = 200  # more changes than this: screens reload instead of patching rows

OFFLINE = "offline"
SYNCING = "syncing"
SYNCED = "synced"
ERROR = "error"
NOT_ENROLLED = "not_enrolled"

_in_flight: set[Task] = set()  # sync and enrolment tasks of every service: one at a time


def sync_message(exc: BaseException) -> str:
    """A sync error in the user's language (the client marks its messages for context "Sync")."""
    from gmsdesk.sync.client import UpdateRequired

    if isinstance(exc, UpdateRequired):  # the versions go in after the words are translated
        return exc.translated(lambda text: QCoreApplication.translate("Sync", text))
    text = QCoreApplication.translate("Sync", str(exc) or type(exc).__name__)
    detail = getattr(exc, "detail", "")
    return f"{text} ({detail})" if detail else text


def progress_numbers(done: int, total: int) -> tuple[str, str]:
    """How far a sync has come, as the status and the progress bar both say it: the changes
    sent of those there were, by the UI language's number rule ("24", "6,394", "၆,၃၉၄")."""
    return format_count(max(0, min(done, total))), format_count(max(total, 0))


def parse_sync_time(iso: str) -> QDateTime | None:
    """The stored UTC time of the last sync, as local time; None when unreadable."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    return moment.toLocalTime() if moment.isValid() else None


def format_sync_time(iso: str) -> str:
    """"14:05" today, else a short date and time, in local time, by the UI language's rule
    for dates and times (a 24-hour clock in every language: no "PM" in a Khmer sentence)."""
    moment = parse_sync_time(iso)
    if moment is None:
        return iso
    if moment.date() == QDate.currentDate():
        return format_time(moment.time())
    return format_datetime(moment)


class SyncService(QObject):
    """Runs `SyncClient.sync()` off the UI thread and says how sync is going.

    Signals: `state_changed(state, text)` with a state from offline / syncing / synced / error /
    not_enrolled and the plain words for the status bar; `progress(done, total)` while syncing;
    `finished(report)` after each attempt (the `SyncReport`, or None when it failed);
    `enrolled(enrolment)` / `enrol_failed(message)` after `enroll()`;
    `connection_tested(check, text)` after `test_connection()`: the `ConnectionCheck` (None
    after a bug) and its words in the user's language.

    One model of the state for every screen: `text` is what the status bar and the Sync area's
    Status both show; while syncing it counts the changes sent as the progress bar does.
    """

    state_changed = Signal(str, str)
    progress = Signal(int, int)
    finished = Signal(object)
    enrolled = Signal(object)
    enrol_failed = Signal(str)
    connection_tested = Signal(object, str)

    def __init__(self, ctx: Any, parent: QObject | None = None, *,
                 interval_ms: int = INTERVAL_MS, backoff_first_ms: int = BACKOFF_FIRST_MS,
                 backoff_max_ms: int = BACKOFF_MAX_MS, start_delay_ms: int = START_DELAY_MS,
                 watch_network: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.interval_ms = interval_ms
        self.backoff_first_ms = backoff_first_ms
        self.backoff_max_ms = backoff_max_ms
        self.start_delay_ms = start_delay_ms
        self.state = NOT_ENROLLED
        self.text = ""
        self.error_message = ""  # the last failure in plain words, "" after a good sync
        self.needs_enrolment = False  # headquarters no longer knows this computer
        self.last_report: SyncReport | None = None
        self.task: Task | None = None  # the sync or enrolment running now
        self.enrolling = False
        self.probe: Task | None = None  # a connection test running now
        self._probed: tuple[ConnectionCheck | None, str] | None = None  # what it found
        self._backoff_ms = backoff_first_ms
        self._again = False  # "sync now" was asked for while a sync was running
        self._kind = ""  # of the running task: "sync" or "enrol"
        self._outcome: tuple[str, Any] = ("bug", None)  # ("ok", result) or ("bug", exception)
        self._shut = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer)
        self._network: Any = None
        self.online = True
        if watch_network:
            self._watch_network()
        ctx.bus.changes_applied.connect(self._on_local_changes)

    # -- public -------------------------------------------------------------------------------

    def start(self) -> None:
        """Say where sync stands, and sync soon if this computer is enrolled."""
        if self.ctx.db.sync.enrolment() is None:
            self._set_state(NOT_ENROLLED, self.tr("Sync not set up"))
            return
        if not self.online:
            self._set_offline()
        else:
            self._set_state(SYNCED, self._idle_text())
        self._schedule(self.start_delay_ms)

    @property
    def busy(self) -> bool:
        return self.task is not None

    @property
    def next_delay_ms(self) -> int:
        """When the next automatic sync comes (ms), or -1 when none is scheduled."""
        return self._timer.interval() if self._timer.isActive() else -1

    def is_enrolled(self) -> bool:
        return self.ctx.db.sync.enrolment() is not None

    def sync_now(self) -> bool:
        """Start a sync now (a person asked, or the network came back). False: not started."""
        if self._shut:
            return False
        if self.task is not None:
            self._again = True  # once this one is done
            return False
        if not self.is_enrolled():
            self._set_state(NOT_ENROLLED, self.tr("Sync not set up"))
            return False
        if _in_flight:  # a closing window's sync has not finished yet
            self._schedule(BUSY_RETRY_MS)
            return False
        self._timer.stop()
        self._again = False
        self._set_state(SYNCING, self.tr("Syncing…"))
        task = Task(self.ctx.db_path, _sync_work, user=self.ctx.user)
        task.progressed.connect(self._on_progress)
        self._start(task, "sync")
        return True

    def enroll(self, server_url: str, code: str, device_name: str = "") -> bool:
        """Enrol this computer in the background; `enrolled` or `enrol_failed` follows."""
        if self.task is not None or _in_flight or self._shut:
            self.enrol_failed.emit(self.tr("Sync is busy. Try again in a moment."))
            return False
        url = server_address(server_url)
        name = device_name.strip() or platform.node() or "laptop"
        self.enrolling = True
        task = Task(self.ctx.db_path, lambda db, _progress: _enrol_work(db, url, code.strip(),
                                                                          name),
                    user=self.ctx.user)
        self._start(task, "enrol")
        return True

    def test_connection(self, server_url: str, allow_plain_http: bool) -> bool:
        """Try an address in the background; `connection_tested` follows. False: a test is
        running already. Runs beside a sync: it sends nothing and touches no data."""
        if self.probe is not None or self._shut:
            return False
        url = server_address(server_url)
        task = Task(self.ctx.db_path, lambda _db, _progress: check_connection(
            url, allow_plain_http), user=self.ctx.user)
        self.probe = task
        self._probed = None
        task.succeeded.connect(self._on_probe_result)
        task.failed.connect(self._on_probe_bug)
        task.finished.connect(self._on_probe_finished)
        tasks.start(task)
        return True

    def _on_probe_result(self, check: ConnectionCheck) -> None:
        text = QCoreApplication.translate("Sync", check.message)
        if check.detail and not check.ok:
            text = f"{text} ({check.detail})"
        self._probed = (check, text)

    def _on_probe_bug(self, exc: BaseException) -> None:
        """Not a network problem (those are outcomes): a bug, logged by the task, said."""
        self._probed = (None, self.tr("Unexpected error (details in gmsdesk.log): %1").replace(
            "%1", str(exc) or type(exc).__name__))

    def _on_probe_finished(self) -> None:
        """Said once the test is over, so listeners already see `probe` None."""
        self.probe = None
        if self._probed is None:
            self._on_probe_bug(RuntimeError("the connection test gave no result"))
        if not self._shut and self._probed is not None:
            self.connection_tested.emit(*self._probed)

    def shutdown(self) -> None:
        """The window is closing: no more syncs; a running one is asked to stop."""
        self._shut = True
        self._timer.stop()
        with contextlib.suppress(RuntimeError, TypeError):
            self.ctx.bus.changes_applied.disconnect(self._on_local_changes)
        if self._network is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self._network.reachabilityChanged.disconnect(self._on_reachability)
        if self.task is not None:
            self.task.cancel()
            for signal, slot in ((self.task.progressed, self._on_progress),
                                 (self.task.succeeded, self._on_succeeded),
                                 (self.task.failed, self._on_failed),
                                 (self.task.finished, self._on_task_finished)):
                with contextlib.suppress(RuntimeError, TypeError):
                    signal.disconnect(slot)
        if self.probe is not None:
            probe_slots: list[tuple[Any, Any]] = [
                (self.probe.succeeded, self._on_probe_result),
                (self.probe.failed, self._on_probe_bug),
                (self.probe.finished, self._on_probe_finished)]
            for probe_signal, probe_slot in probe_slots:
                with contextlib.suppress(RuntimeError, TypeError):
                    probe_signal.disconnect(probe_slot)

    # -- network ------------------------------------------------------------------------------

    def _watch_network(self) -> None:
        try:
            from PySide6.QtNetwork import QNetworkInformation
        except ImportError:
            return
        if not QNetworkInformation.loadDefaultBackend():
            log.info("no network information backend: syncing on a timer only")
            return
        info = QNetworkInformation.instance()
        if info is None:
            return
        self._network = info
        self.online = info.reachability() != QNetworkInformation.Reachability.Disconnected
        info.reachabilityChanged.connect(self._on_reachability)

    def _on_reachability(self, reachability: Any) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        was_online = self.online
        self.online = reachability != QNetworkInformation.Reachability.Disconnected
        if not self.is_enrolled() or self._shut:
            return
        if not self.online:
            if self.task is None:
                self._set_offline()
        elif not was_online:
            self._backoff_ms = self.backoff_first_ms
            self.sync_now()

    # -- running ------------------------------------------------------------------------------

    def _start(self, task: Task, kind: str) -> None:
        self.task = task
        self._kind = kind
        self._outcome = ("bug", RuntimeError("the task gave no result"))
        _in_flight.add(task)
        # Not through `self`: the window (and this service) may be gone when the task ends.
        task.finished.connect(lambda: _in_flight.discard(task),
                              Qt.ConnectionType.QueuedConnection)
        task.succeeded.connect(self._on_succeeded)
        task.failed.connect(self._on_failed)
        task.finished.connect(self._on_task_finished)
        tasks.start(task)

    def _on_succeeded(self, result: Any) -> None:
        self._outcome = ("ok", result)

    def _on_failed(self, exc: BaseException) -> None:
        self._outcome = ("bug", exc)

    def _on_task_finished(self) -> None:
        """Handle the outcome once the task is over, so listeners already see `busy` False."""
        self.task = None
        self.enrolling = False
        if self._shut:
            return
        kind, value = self._outcome
        if self._kind == "enrol":
            self._on_enrol_done(value if kind == "ok" else None, value)
        elif kind == "ok":
            self._on_sync_result(value)
        else:
            self._on_sync_bug(value)
        if self._again and self.task is None:
            self.sync_now()

    def _on_timer(self) -> None:
        if self._shut:
            return
        if not self.online:  # the network signal starts a sync when it is back
            self._set_offline()
            self._schedule(self.interval_ms)
            return
        self.sync_now()

    def _schedule(self, ms: int) -> None:
        if not self._shut:
            self._timer.start(max(0, ms))

    def _on_progress(self, done: int, total: int) -> None:
        if self.state != SYNCING:
            return
        done = max(0, min(done, total))  # edits made meanwhile are not part of this sync
        if total > 0:  # the numbers the progress bar shows, not a rounded share of them
            sent, of = progress_numbers(done, total)
            self._set_state(SYNCING, self.tr("Syncing… %1 of %2 changes sent")
                            .replace("%1", sent).replace("%2", of))
        self.progress.emit(done, total)

    def _on_sync_result(self, result: SyncReport | SyncError) -> None:
        self.ctx.db.reload_identity()
        if isinstance(result, SyncReport):
            self.last_report = result
            self.error_message = ""
            self.needs_enrolment = False
            self._backoff_ms = self.backoff_first_ms
            self._publish(result.changes)
            self._set_state(SYNCED, self._idle_text())
            self._schedule(self.interval_ms)
            self.finished.emit(result)
            return
        self.error_message = sync_message(result)
        if isinstance(result, Offline):
            self._set_offline()
        elif isinstance(result, NotEnrolled) and not self.is_enrolled():
            self._set_state(NOT_ENROLLED, self.tr("Sync not set up"))
        else:
            self.needs_enrolment = isinstance(result, NotEnrolled)
            self._set_state(ERROR, self.tr("Sync problem: %1").replace("%1", self.error_message))
        self._retry_later()
        self.finished.emit(None)

    def _on_sync_bug(self, exc: BaseException) -> None:
        """Not a problem a person can fix (the task logged the details): say so, retry later."""
        self.error_message = self.tr("Unexpected error (details in gmsdesk.log): %1").replace(
            "%1", str(exc) or type(exc).__name__)
        self._set_state(ERROR, self.tr("Sync problem: %1").replace("%1", self.error_message))
        self._retry_later()
        self.finished.emit(None)

    def _retry_later(self) -> None:
        if self.is_enrolled():
            self._schedule(self._backoff_ms)
            self._backoff_ms = min(self._backoff_ms * 2, self.backoff_max_ms)

    def _on_enrol_done(self, result: Enrolment | SyncError | None, exc: Any) -> None:
        if isinstance(result, Enrolment):
            self.ctx.db.reload_identity()
            self.needs_enrolment = False
            self.error_message = ""
            self._backoff_ms = self.backoff_first_ms
            self.enrolled.emit(result)
            self._again = True  # sync straight away
        elif isinstance(result, SyncError):
            self.enrol_failed.emit(sync_message(result))
        else:  # a bug: the task logged the details
            self.enrol_failed.emit(self.tr(
                "Enrolment failed unexpectedly (details in gmsdesk.log): %1").replace(
                "%1", str(exc) or type(exc).__name__))

    # -- helpers ------------------------------------------------------------------------------

    def _publish(self, changes: list[Change]) -> None:
        if len(changes) > RELOAD_ABOVE:
            for table in sorted({c.table for c in changes}):
                self.ctx.bus.publish_reload(table)
        else:
            self.ctx.bus.publish(changes)

    def _set_state(self, state: str, text: str) -> None:
        if (state, text) == (self.state, self.text):
            return
        self.state, self.text = state, text
        self.state_changed.emit(state, text)

    def _set_offline(self) -> None:
        count = self.ctx.db.outbox.pending_count()
        self._set_state(OFFLINE, self.tr("Offline — %n change(s) waiting", "", count))

    def _idle_text(self) -> str:
        when = self.ctx.db.sync.last_sync()
        moment = parse_sync_time(when) if when else None
        if moment is None:
            return self.tr("Not synced yet")
        if moment.date() == QDate.currentDate():
            return self.tr("Synced at %1").replace("%1", format_sync_time(when))
        return self.tr("Last synced %1").replace("%1", format_sync_time(when))

    def _on_local_changes(self, _changes: list[Change]) -> None:
        if self.state == OFFLINE:
            self._set_offline()  # the waiting count moved


def _sync_work(db: Database, progress: Any) -> SyncReport | SyncError:
    """On the pool thread. Problems a person can act on come back as values, not crashes."""
    try:
        return SyncClient(db).sync(progress)
    except SyncError as exc:
        log.info("sync stopped: %s", exc)
        return exc


def _enrol_work(db: Database, url: str, code: str, name: str) -> Enrolment | SyncError:
    if not url or not code:
        return SyncError(QT_TRANSLATE_NOOP(
            "Sync", "Enter the server address and the enrolment code."))
    try:
        return SyncClient(db).enroll(url, code, name)
    except SyncError as exc:
        log.info("enrolment refused: %s", exc)
        return exc
    except (requests.RequestException, KeyError, ValueError):
        # A malformed address, or something that is not a GMS Desk server answered.
        log.warning("enrolment with %s failed", url, exc_info=True)
        return SyncError(ENROL_UNREACHABLE)
