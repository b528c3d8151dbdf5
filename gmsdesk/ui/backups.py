"""Settings > Backups: the list, "Back up now", "Back up to…", "Restore…"; the backup every 30
minutes; the check of the database at start. The work itself is gmsdesk.services.backups."""

from __future__ import annotations

import html
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEventLoop,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gmsdesk import i18n_format
from gmsdesk.services import backups
from gmsdesk.services.backups import BackupInfo, Preview, RestoreResult, StartupCheck
from gmsdesk.storage.db import Database
from gmsdesk.storage.errors import StorageError
from gmsdesk.ui import tasks
from gmsdesk.ui.errors import show_error, user_message
from gmsdesk.ui.labels import format_size

log = logging.getLogger(__name__)
T = TypeVar("T")

BUDGETS_GB = (0, 1, 2, 5, 10, 20)  # 0: automatic
# The files "Restore from a file…" offers: backups with attachment files, of the database
# alone (as all were before), either encrypted, and a database file copied by hand.
FILE_PATTERNS = "*.tar.gz *.sqlite3.gz *.enc *.sqlite3"


def _size(size: int) -> str:
    """"1.2 MB", "၁.၂ MB": the app's words for a size, in the digits of the number rule."""
    return format_size(None, size)


def _when(info_or_time: Any, lang: str) -> str:
    return i18n_format.format_datetime(lang, getattr(info_or_time, "taken_at", info_or_time))


# -- the list ----------------------------------------------------------------------------------

class BackupModel(QAbstractTableModel):
    """The backups, newest first: when, why, size, check."""

    HEADERS = ("Made", "Why", "Size", "Check")

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.rows: list[BackupInfo] = []

    def set_rows(self, rows: list[BackupInfo]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Made"), self.tr("Why"), self.tr("Size"), self.tr("Check")][section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (_when(info, self.lang), QCoreApplication.translate("Backups", info.label),
                    _size(info.size), self.tr("Passed"))[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


# -- the panel ---------------------------------------------------------------------------------

class BackupsPanel(QWidget):
    """Settings > Backups."""

    restored = Signal(object)  # RestoreResult

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = BackupModel(ctx.language, self)
        self.table = QTableView(self)
        self.table.setObjectName("backups_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(160)
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())

        note = QLabel(self.tr(
            "GMS Desk backs up your data every 30 minutes while something changes, when it "
            "starts after it was not closed properly, and before risky work such as an import "
            "or a restore. Each backup is checked when it is made."), self)
        note.setWordWrap(True)
        self.folder_label = QLabel(str(backups.backups_dir(ctx.db_path)), self)
        self.folder_label.setObjectName("backups_folder")
        self.folder_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.budget = QComboBox(self)
        self.budget.setObjectName("backups_budget")
        self.budget.currentIndexChanged.connect(self._set_budget)
        self.summary = QLabel(self)
        self.summary.setObjectName("backups_summary")
        self.status = QLabel(self)  # what the last "Back up to…" wrote
        self.status.setObjectName("backups_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.back_up_now = QPushButton(self.tr("Back up now"), self)
        self.back_up_now.setObjectName("backups_now")
        self.back_up_now.clicked.connect(self.back_up)
        self.back_up_to = QPushButton(self.tr("Back up to…"), self)
        self.back_up_to.setObjectName("backups_to")
        self.back_up_to.setToolTip(self.tr("A copy in a folder you choose, such as a USB stick, "
                                           "encrypted with a passphrase if you give one"))
        self.back_up_to.clicked.connect(self.choose_folder)
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        self.restore_button.setObjectName("backups_restore")
        self.restore_button.setToolTip(self.tr("Put the selected backup back"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self.tr("Restore from a file…"), self)
        self.restore_file_button.setObjectName("backups_restore_file")
        self.restore_file_button.clicked.connect(self.choose_file)
        buttons = QHBoxLayout()
        for button in (self.back_up_now, self.back_up_to, self.restore_button,
                       self.restore_file_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("Kept in"), self.folder_label)
        form.addRow(self.tr("Room for backups"), self.budget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.refresh()

    # -- showing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        path = self.ctx.db_path
        rows = backups.list_backups(path)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        chosen = backups.budget_setting(path)
        self.budget.blockSignals(True)
        self.budget.clear()
        automatic = backups.budget(path) if chosen is None else None
        for gb in BUDGETS_GB:
            if gb == 0:
                size = automatic if automatic is not None else 0
                label = (self.tr("Automatic (%1)").replace("%1", _size(size)) if size
                         else self.tr("Automatic"))
                self.budget.addItem(label, 0)
            else:
                self.budget.addItem(_size(gb * 1024 ** 3), gb * 1024 ** 3)
        if chosen is not None and self.budget.findData(chosen) < 0:
            self.budget.addItem(_size(chosen), chosen)
        self.budget.setCurrentIndex(max(self.budget.findData(chosen or 0), 0))
        self.budget.blockSignals(False)
        total = sum(b.size for b in rows)
        self.summary.setText(self.tr("%n backup(s), %1 in all", "", len(rows))
                             .replace("%1", _size(total)))
        self._enable()

    def _enable(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _set_budget(self, _index: int) -> None:
        value = int(self.budget.currentData() or 0)
        try:
            backups.set_budget(self.ctx.db_path, value or None)
        except StorageError as exc:  # a full disk: said plainly, and the list shows what holds
            show_error(self, exc)
        self.refresh()

    # -- backing up ------------------------------------------------------------------------

    def back_up(self) -> tasks.Task:
        def work(db: Database, progress: Callable[[int, int], bool]) -> BackupInfo | None:
            return backups.create(db, "manual", progress=progress)

        return tasks.run_task(self, self.tr("Backing up…"), self.ctx.db_path, work,
                              on_done=lambda _info: self.refresh(), user=self.ctx.user)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Back up to"),
                                                  self.ctx.settings.last_folder)
        if not folder:
            return
        self.ctx.settings.last_folder = folder
        passphrase = PassphraseDialog.ask_new(self)
        if passphrase is None:
            return
        self.back_up_to_folder(Path(folder), passphrase)

    def back_up_to_folder(self, folder: Path, passphrase: str = "") -> tasks.Task:
        def work(db: Database, progress: Callable[[int, int], bool]) -> Path | None:
            return backups.export(db, folder, passphrase=passphrase, progress=progress)

        def done(written: Path | None) -> None:
            self.refresh()
            if written is not None:
                text = (self.tr("The backup was written, encrypted, to %1.") if passphrase
                        else self.tr("The backup was written to %1."))
                self.status.setText(text.replace("%1", str(written)))

        return tasks.run_task(self, self.tr("Backing up…"), self.ctx.db_path, work,
                              on_done=done, user=self.ctx.user)

    # -- restoring -------------------------------------------------------------------------

    def restore_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.restore_file(info.path)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a file"), self.ctx.settings.last_folder,
            self.tr("GMS Desk backups (%1)").replace("%1", FILE_PATTERNS))
        if name:
            self.ctx.settings.last_folder = str(Path(name).parent)
            self.restore_file(Path(name))

    def restore_file(self, path: Path, passphrase: str | None = None,
                     confirm: Callable[[Preview], bool] | None = None) -> tasks.Task | None:
        """Look into the backup (in the background), show what it holds, and put it back if
        the person agrees (`confirm`: instead of asking, in tests)."""
        if passphrase is None:
            passphrase = ""
            if backups.kind_of(path) == "encrypted":
                asked = PassphraseDialog.ask(self)
                if asked is None:
                    return None
                passphrase = asked

        def work(db: Database, progress: Callable[[int, int], bool]) -> Preview:
            return backups.preview(db.path, path, passphrase, progress)

        def looked(seen: Preview) -> None:
            agreed = confirm(seen) if confirm is not None else self._confirm(path, seen)
            if agreed:
                self.restore_now(path, passphrase)

        return tasks.run_task(self, self.tr("Reading the backup…"), self.ctx.db_path, work,
                              on_done=looked, user=self.ctx.user)

    def _confirm(self, path: Path, seen: Preview) -> bool:
        box = confirm_box(self, path, seen, self.ctx.language)
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is restore

    def restore_now(self, path: Path, passphrase: str = "") -> tasks.Task:
        def work(db: Database, progress: Callable[[int, int], bool]) -> Any:
            return backups.restore(db.path, path, passphrase, current=db, progress=progress)

        def done(result: Any) -> None:
            if result is None:
                return
            reopen(self.ctx)
            self.restored.emit(result)
            window = self.ctx.window
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Backups"),
                              self.tr("The backup was restored."),
                              QMessageBox.StandardButton.Ok,
                              window if isinstance(window, QWidget) else None)
            box.setInformativeText(BackupPreview().restored(result))
            if result.files.damaged:
                box.setDetailedText("\n".join(result.files.damaged))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.setObjectName("backups_restored")
            box.open()  # not modal: the new window is already usable

        return tasks.run_task(self, self.tr("Restoring…"), self.ctx.db_path, work,
                              on_done=done, user=self.ctx.user)


class BackupPreview(QObject):
    """What a backup holds, as the restore asks about it. Each count is a plural message of
    its own ("1 workshop", "2 workshops"; Qt fills one count per message, in the digits of the
    language's number rule), asked with self.tr so that lupdate marks them as plurals. It
    says when the backup was made in the person's language and why; the file's own name
    (a UTC time stamp and a code) is no sentence for a person, only where to find the file
    (see `confirm_box`)."""

    def text(self, seen: Preview, lang: str) -> str:
        text = self.tr("This backup was made on %1. It holds %2, %3 and %4.")
        smes = self.tr("%n SME(s)", "", seen.smes)
        workshops = self.tr("%n workshop(s)", "", seen.workshops)
        responses = self.tr("%n survey response(s)", "", seen.responses)
        made = (_when(seen.taken_at, lang) if seen.taken_at
                else QCoreApplication.translate("Backups", "an unknown date"))
        text = text.replace("%1", made).replace("%2", smes).replace("%3", workshops) \
            .replace("%4", responses)
        lines = [text]
        if seen.files:
            lines.append(self.tr("It also holds %n attached photo(s) or file(s) (%1).", "",
                                 seen.files).replace("%1", _size(seen.file_bytes)))
        why = reason_text(seen.reason)
        if why:
            lines.append(self.tr("Why it was made: %1").replace("%1", why))
        return "\n".join(lines)

    def restored(self, result: RestoreResult) -> str:
        """What a restore did with the files the backup carried, when there is anything to
        say: how many went back, and which were damaged."""
        files = result.files
        lines = []
        if files.written:
            lines.append(self.tr("%n attached photo(s) or file(s) were put back.", "",
                                 files.written))
        if files.damaged:
            lines.append(self.tr(
                "%n attached file(s) could not be put back (damaged in the backup). Files like "
                "these come from headquarters when opened, if it has them.", "",
                len(files.damaged)))
        if files.unreadable:
            lines.append(self.tr(
                "The end of the backup is damaged: %n attached file(s) could not be read.",
                "", max(files.missing, 1)))
        return "\n".join(lines)


def reason_text(code: str) -> str:
    """Why a backup was made, in the person's language ("" for a code this version does not
    know: never a raw code)."""
    label = backups.REASONS.get(code)
    return QCoreApplication.translate("Backups", label) if label else ""


def preview_text(seen: Preview, lang: str) -> str:
    return BackupPreview().text(seen, lang)


def confirm_box(parent: QWidget | None, path: Path, seen: Preview, lang: str) -> QMessageBox:
    """The question before a restore: what the backup holds (`preview_text`), with the file's
    name as a small line below (and its whole path as the tooltip), for whoever must find it."""
    box = QMessageBox(parent)
    box.setObjectName("backups_confirm_restore")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("BackupsPanel", "Restore a backup"))
    box.setTextFormat(Qt.TextFormat.RichText)
    said = "<br>".join(html.escape(line) for line in preview_text(seen, lang).split("\n"))
    box.setText(f"<p>{said}</p><p><small>{html.escape(path.name)}</small></p>")
    box.setToolTip(str(path))
    box.setInformativeText(QCoreApplication.translate(
        "BackupsPanel",
        "Restoring replaces the data on this computer with this backup. What is here now "
        "is backed up first. Changes already sent to headquarters come back at the next "
        "sync."))
    return box


def reopen(ctx: Any) -> None:
    """After a restore: a fresh connection to the database and a fresh window on it (what the
    old one showed, counted or cached is gone)."""
    old_db, old_window = ctx.db, ctx.window
    ctx.db = Database(ctx.db_path, user=ctx.settings.user_name or None)
    if old_window is not None:
        ctx.open_window()
        old_window.close()
        old_window.deleteLater()
    old_db.close()


class PassphraseDialog(QDialog):
    """A passphrase: to encrypt a copy (typed twice, or left empty for none), or to open one."""

    def __init__(self, parent: QWidget | None, new: bool) -> None:
        super().__init__(parent)
        self.new = new
        self.setWindowTitle(self.tr("Passphrase"))
        self.first = QLineEdit(self)
        self.first.setObjectName("passphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit(self)
        self.second.setObjectName("passphrase_again")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel(self)
        self.problem.setObjectName("passphrase_problem")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        if new:
            intro = QLabel(self.tr(
                "To encrypt the copy, give it a passphrase; without the passphrase nobody can "
                "read it, you included. Leave both empty for a copy that is not encrypted."),
                self)
        else:
            intro = QLabel(self.tr("This backup is encrypted. Enter its passphrase."), self)
        intro.setWordWrap(True)
        form.addRow(self.tr("Passphrase"), self.first)
        if new:
            form.addRow(self.tr("Again"), self.second)
        else:
            self.second.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        if self.new and self.first.text() != self.second.text():
            self.problem.setText(self.tr("The two passphrases differ."))
            return
        if not self.new and not self.first.text():
            self.problem.setText(self.tr("Enter the passphrase."))
            return
        self.accept()

    @classmethod
    def ask_new(cls, parent: QWidget | None) -> str | None:
        dialog = cls(parent, True)
        return dialog.first.text() if dialog.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        dialog = cls(parent, False)
        return dialog.first.text() if dialog.exec() == QDialog.DialogCode.Accepted else None


# -- every 30 minutes --------------------------------------------------------------------------

class AutoBackup(QObject):
    """A backup every 30 minutes while something changed, and one at once after a run that
    did not end properly; in the background, without a dialog. A backup that fails is logged
    and told once (the next ones are still tried)."""

    made = Signal(object)  # BackupInfo

    def __init__(self, ctx: Any, *, crashed: bool = False,
                 interval_ms: int = backups.INTERVAL_MINUTES * 60_000) -> None:
        super().__init__()
        self.ctx = ctx
        self.running: tasks.Task | None = None
        self._told = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        if crashed:
            QTimer.singleShot(0, lambda: self.back_up("start"))

    def tick(self) -> tasks.Task | None:
        if self.running is not None:
            return None
        try:
            changed = backups.changed_since_backup(self.ctx.db)
        except Exception:
            log.exception("could not tell whether a backup is due")
            return None
        return self.back_up("auto") if changed else None

    def back_up(self, reason: str) -> tasks.Task:
        def work(db: Database, _progress: Callable[[int, int], bool]) -> BackupInfo | None:
            return backups.create(db, reason)

        task = tasks.Task(self.ctx.db_path, work, user=self.ctx.user)
        task.succeeded.connect(self.made.emit)
        task.failed.connect(self._failed)
        task.finished.connect(self._finished)
        self.running = task
        return tasks.start(task)

    def _finished(self) -> None:
        self.running = None

    def _failed(self, exc: Exception) -> None:
        log.warning("automatic backup failed: %s", exc)
        if not self._told:
            self._told = True
            window = self.ctx.window
            show_error(window if isinstance(window, QWidget) else None, exc)

    def stop(self) -> None:
        self.timer.stop()


# -- at start ----------------------------------------------------------------------------------

def run_off_thread(title: str, work: Callable[[Callable[[int, int], bool]], T],
                   parent: QWidget | None = None) -> T:
    """`work(progress)` on a thread of its own while the event loop runs (before the main
    window exists, when there is no database connection for a task to open), with a progress
    dialog after 600 ms. Its result is returned; its exception raised."""
    done: queue.Queue[tuple[bool, Any]] = queue.Queue()
    reported: list[tuple[int, int]] = []

    def progress(value: int, total: int) -> bool:
        reported.append((value, total))
        return True

    def run() -> None:
        try:
            done.put((True, work(progress)))
        except BaseException as exc:
            done.put((False, exc))

    dialog = QProgressDialog(title, "", 0, 0, parent)
    dialog.setCancelButton(None)  # type: ignore[arg-type]
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(600)
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(30)

    def check() -> None:
        if reported:
            value, total = reported[-1]
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(value, total))
        if not done.empty():
            loop.quit()

    poll.timeout.connect(check)
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    thread = threading.Thread(target=run, name="gmsdesk-start", daemon=True)
    thread.start()
    poll.start()
    try:
        if done.empty():
            loop.exec()
    finally:
        poll.stop()
        dialog.close()
        QApplication.restoreOverrideCursor()
    thread.join()
    ok, value = done.get()
    if not ok:
        raise value
    return value  # type: ignore[no-any-return]


@dataclass(frozen=True)
class StartChoice:
    """What the person chose for a damaged database: a backup file to restore, or to quit."""

    restore: Path | None = None
    passphrase: str = ""


def check_at_start(db_path: Path, parent: QWidget | None = None,
                   choose: Callable[[StartupCheck], StartChoice] | None = None) -> bool | None:
    """Before the database is opened: note the session, check the database, and when it is
    damaged, offer the newest backup. Returns whether the last run ended without closing
    properly (a backup is due), or None when GMS Desk must not go on (the person declined)."""
    crashed = backups.session_start(db_path)
    check = run_off_thread(QCoreApplication.translate("Backups", "Checking the database…"),
                           lambda _p: backups.startup_check(db_path, crashed), parent)
    while check.problems:
        log.error("the database %s failed its check: %s", db_path, check.problems)
        choice = (choose or (lambda c: _ask_damaged(c, db_path, parent)))(check)
        if choice.restore is None:
            backups.session_end(db_path)
            return None
        def put_back(progress: Callable[[int, int], bool], chosen: StartChoice = choice
                     ) -> Any:
            assert chosen.restore is not None
            return backups.restore(db_path, chosen.restore, chosen.passphrase,
                                   progress=progress)

        try:
            run_off_thread(QCoreApplication.translate("Backups", "Restoring…"), put_back, parent)
        except Exception as exc:
            if user_message(exc) is None:
                raise
            show_error(parent, exc)
            continue
        check = backups.startup_check(db_path, True)
    return crashed


def _ask_damaged(check: StartupCheck, db_path: Path, parent: QWidget | None) -> StartChoice:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Backups", "The database is damaged"))
    box.setText(QCoreApplication.translate(
        "Backups", "The database on this computer is damaged, so GMS Desk will not open it "
        "for writing."))
    box.setDetailedText("\n".join([str(db_path), *check.problems]))
    latest = None
    if check.newest is not None:
        box.setInformativeText(QCoreApplication.translate(
            "Backups", "The newest backup was made on %1 (%2). Restore it? The damaged "
            "database is kept as it is in the backups folder.")
            .replace("%1", _when(check.newest, "")).replace("%2", _size(check.newest.size)))
        latest = box.addButton(QCoreApplication.translate("Backups", "Restore this backup"),
                               QMessageBox.ButtonRole.AcceptRole)
    else:
        box.setInformativeText(QCoreApplication.translate(
            "Backups", "There is no backup of it on this computer. Restore one from a file (a "
            "USB stick), or copy the folder %1 for your support contact.")
            .replace("%1", str(db_path.parent)))
    other = box.addButton(QCoreApplication.translate("Backups", "Restore from a file…"),
                          QMessageBox.ButtonRole.ActionRole)
    box.addButton(QCoreApplication.translate("Backups", "Quit"),
                  QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    if latest is not None and clicked is latest:
        assert check.newest is not None
        return StartChoice(check.newest.path)
    if clicked is other:
        name, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("Backups", "Restore from a file"), "",
            QCoreApplication.translate("Backups", "GMS Desk backups (%1)")
            .replace("%1", FILE_PATTERNS))
        if name:
            path = Path(name)
            passphrase = ""
            if backups.kind_of(path) == "encrypted":
                passphrase = PassphraseDialog.ask(parent) or ""
            return StartChoice(path, passphrase)
        return _ask_damaged(check, db_path, parent)
    return StartChoice()


def end_session(db_path: Path) -> None:
    """GMS Desk closes properly: the next start is not taken for one after a crash."""
    backups.session_end(db_path)


# A database up to this size (`Database.size_bytes`) is backed up before risky work right
# away, on the UI thread: in a tenth of a second at most (bench/backups.py), once, on a
# deliberate action. A larger one in the background, with progress and Cancel (see
# `after_backup`).
INLINE_BACKUP_BYTES = 2 * 1024 ** 2


def after_backup(parent: QWidget, db: Any, reason: str, then: Callable[[], None],
                 stopped: Callable[[], None] | None = None, user: str | None = None
                 ) -> tasks.Task | None:
    """Risky work done on the window's connection (`then`), a backup made first
    (`backups.backup_before`: skipped when nothing changed since the newest one). A small
    database is backed up right here; a larger one in the background, with progress and
    Cancel, `then` running once the backup is made, `stopped` (if given) when the person
    stopped it. A backup that cannot be made is shown, and `then` does not run. Returns the
    task when one runs. (The work itself keeps its undo step on the window's stack.)"""
    from gmsdesk.services import backups

    if db.size_bytes() <= INLINE_BACKUP_BYTES:
        try:
            backups.backup_before(db, reason)
        except StorageError as exc:
            show_error(parent, exc)
            return None
        then()
        return None

    def work(conn: Any, progress: Callable[[int, int], bool]) -> bool:
        try:
            backups.backup_before(conn, reason, progress)
        except backups.Cancelled:
            return False
        return True

    def done(made: bool) -> None:
        if made:
            then()
        elif stopped is not None:
            stopped()

    return tasks.run_task(parent, QCoreApplication.translate("Backups", "Making a backup first…"),
                    db.path, work, on_done=done, user=user)
