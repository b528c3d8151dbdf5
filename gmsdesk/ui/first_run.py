"""The first start of a fresh data folder: the language (the wizard speaks it at once), the
name saved with every change, the agency's economy and province (what new SMEs, workshops and
events start with), an administrator password or none, demo data to try things with, and
where to start. Asked once; Settings changes any of it later.

Demo data lives in a folder of its own inside the data folder (`DEMO_FOLDER`), whose database
is marked as a demo folder: it is never enrolled, so nothing in it ever syncs, and it never
mixes with the person's own records. While it is tried it opens instead of the data folder,
under a banner that says so, until "Leave demo data" deletes it and opens the data folder.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from gmsdesk import paths
from gmsdesk.i18n import LANGUAGES
from gmsdesk.records.catalog import COUNTRIES
from gmsdesk.storage.db import Database, holds_work
from gmsdesk.storage.errors import StorageError
from gmsdesk.sync.local_only import mark_demo_folder
from gmsdesk.ui.demo_banner import DemoBanner
from gmsdesk.ui.labels import country_label
from gmsdesk.ui.settings import (
    ADMIN_PASSWORD_MIN,
    DEMO_FOLDER,
    DEMO_MARK,
    Settings,
    copy_admin_password,
    has_admin_password,
    is_demo_folder,
    set_admin_password,
)
from gmsdesk.ui.widgets import fit_to_screen

log = logging.getLogger(__name__)

DEMO_WORKSHOPS = 4
DEMO_PARTICIPANTS = 20
_MARK_TEXT = ("This folder holds the demo data of GMS Desk: made-up records to try the "
              "programme with. Nothing in it is ever sent to headquarters. GMS Desk deletes "
              "it when you choose \"Leave demo data\".\n")


def _translate(context: str, text: str) -> str:
    """A text another screen has already (translated in every language)."""
    return QCoreApplication.translate(context, text)


# -- which folder opens -------------------------------------------------------------------------


def is_fresh(folder: Path) -> bool:
    """No database yet, or one without a single record that is not enrolled (a start that was
    closed at once). A database that cannot be read is not taken for fresh: the start's own
    checks say what is wrong with it."""
    path = folder / paths.DB_FILENAME
    if not path.exists():
        return True
    try:
        return not holds_work(path)
    except sqlite3.Error:
        return False


def folder_to_open(folder: Path, lang: str | None = None) -> Path:
    """The folder GMS Desk opens: `folder`, after the first-run wizard when it is fresh; its
    demo data folder while demo data is tried. The demo folder named itself opens as it is."""
    if is_demo_folder(folder):
        return folder
    if not Settings(folder).first_run_done and is_fresh(folder):
        run_first_run(folder, lang)
    settings = Settings(folder)
    if not settings.first_run_done:  # a folder in use before this release: never asked
        settings.first_run_done = True
    if settings.demo_active:
        demo = folder / DEMO_FOLDER
        if is_demo_folder(demo):
            return demo
        settings.demo_active = False  # deleted meanwhile: the data folder it is
    return folder


def run_first_run(folder: Path, lang: str | None = None) -> bool:
    """Show the wizard on `folder` and keep what it chose; with demo data, make the demo
    folder. False when it could not be shown (the database does not open: the start says why
    next)."""
    from gmsdesk.ui.application import AppContext

    try:
        ctx = AppContext(folder, lang)
    except StorageError:
        log.warning("the first-run questions were skipped", exc_info=True)
        return False
    try:
        wizard = FirstRunWizard(ctx)
        wizard.exec()
        if ctx.settings.demo_active:
            try:
                with_progress(QCoreApplication.translate("FirstRun", "Making demo data…"),
                              lambda step: make_demo_folder(folder, ctx.db, step))
            except (OSError, StorageError) as exc:  # a full disk, a folder that cannot be made
                from gmsdesk.ui.errors import user_message

                log.warning("the demo data folder could not be made", exc_info=True)
                ctx.settings.demo_active = False
                text = QCoreApplication.translate(
                    "FirstRun", "The demo data could not be made, so GMS Desk opens your own "
                    "data folder.")
                QMessageBox.warning(None, _translate("Errors", "GMS Desk"),
                                    f"{text}\n\n{user_message(exc) or exc}")
        return True
    finally:
        ctx.close()


def with_progress(label: str, work: Callable[[Callable[[int, int], bool]], Any]) -> Any:
    """Run `work(step)` here with a progress dialog (the demo takes a second or two)."""
    dialog = QProgressDialog(label, "", 0, 0)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.show()

    def step(done: int, total: int) -> bool:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        QApplication.processEvents()
        return True

    try:
        return work(step)
    finally:
        dialog.close()
        dialog.deleteLater()


def make_demo_folder(folder: Path, source: Database,
                     step: Callable[[int, int], bool] | None = None) -> Path:
    """The demo data folder inside `folder`, made anew: demo SMEs, workshops with their people,
    services, presences, inquiries and events, all marked as demo data, in a database marked
    as a demo folder (never enrolled, never synced). The administrator password of `source`
    holds there too. What was half made is removed on failure."""
    from gmsdesk import demo

    target = folder / DEMO_FOLDER
    if target.exists():
        if not is_demo_folder(target):  # someone's own folder of that name: left alone
            raise FileExistsError(f"{target} exists and is not a demo data folder")
        shutil.rmtree(target)
    target.mkdir(mode=0o700)
    try:
        (target / DEMO_MARK).write_text(_MARK_TEXT, encoding="utf-8")
        db = Database(target / paths.DB_FILENAME, user=source.user)
        try:
            mark_demo_folder(db)
            copy_admin_password(source, db)
            total = demo.DEMO_SMES + DEMO_WORKSHOPS

            def smes_done(done: int) -> bool:
                return step(done, total) if step else True

            def workshops_done(done: int, _count: int) -> bool:
                return step(demo.DEMO_SMES + done, total) if step else True

            with demo.marked(db):
                demo.add_demo_smes(db, None, progress=smes_done)
                demo.add_demo_workshops(db, DEMO_WORKSHOPS, DEMO_PARTICIPANTS,
                                        progress=workshops_done)
                demo.generate_activity(db, demo_only=True)
        finally:
            db.close()
    except BaseException:
        shutil.rmtree(target, ignore_errors=True)
        raise
    return target


def after_close(ctx: Any) -> Path | None:
    """The folder to open after `ctx`'s window closed (None: none). Leaving demo data deletes
    the demo folder first; its database is closed by now."""
    target: Path | None = ctx.reopen
    folder = Path(ctx.data_dir)
    if target is not None and is_demo_folder(folder) and folder.name == DEMO_FOLDER:
        shutil.rmtree(folder, ignore_errors=True)
        if folder.exists():
            log.warning("the demo data folder %s could not be deleted entirely", folder)
    return target


# -- the demo folder's banner and menu ---------------------------------------------------------


class DemoFolderBanner(DemoBanner):
    """The demo data folder's banner: always shown, saying that everything here is made up and
    never sent, with the way back to one's own data (nothing to remove one by one here)."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.leave_button = QPushButton(self.tr("Leave demo data…"), self)
        self.leave_button.setObjectName("demo_leave")
        self.leave_button.clicked.connect(lambda: leave_demo(self.window()))
        layout = self.layout()
        assert layout is not None
        layout.addWidget(self.leave_button)

    def refresh(self) -> None:
        self.label.setText(self.tr(
            "Demo data: you are trying GMS Desk in a separate folder of made-up records. "
            "Nothing here is ever sent to headquarters, and your own data is not here."))
        self.remove_button.hide()
        self.setVisible(True)


def demo_banner(ctx: Any, parent: QWidget) -> DemoBanner:
    """The banner above every area: the demo folder's own in the demo folder."""
    if is_demo_folder(Path(ctx.data_dir)):
        return DemoFolderBanner(ctx, parent)
    return DemoBanner(ctx, parent)


def install_demo_menu(window: QMainWindow) -> QAction | None:
    """In the demo folder, a Demo menu with "Leave demo data…"."""
    ctx = window.ctx  # type: ignore[attr-defined]
    if not is_demo_folder(Path(ctx.data_dir)):
        return None
    menu = window.menuBar().addMenu(QCoreApplication.translate("FirstRun", "&Demo"))
    menu.setObjectName("demo_menu")
    action = menu.addAction(QCoreApplication.translate("FirstRun", "Leave demo data…"))
    action.setObjectName("action_leave_demo")
    action.triggered.connect(lambda: leave_demo(window))
    return action


def leave_demo(window: QWidget) -> bool:
    """Ask, then close the demo folder's window: the data folder opens next, and the demo
    folder is deleted (see `after_close`). False: not asked for."""
    ctx = window.ctx  # type: ignore[attr-defined]
    folder = Path(ctx.data_dir)
    if not is_demo_folder(folder):
        return False
    answer = QMessageBox.question(
        window, QCoreApplication.translate("FirstRun", "Leave demo data"),
        QCoreApplication.translate(
            "FirstRun", "Leave the demo data and open your own data? The demo data folder is "
            "deleted, with what you tried in it; nothing in it was ever sent to headquarters."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    ctx.settings.demo_active = False
    ctx.reopen = folder.parent
    window.close()
    return True


# -- the administrator password -----------------------------------------------------------------


def password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def password_problem(password: str, again: str) -> str:
    """Why a new administrator password is refused ("" when it is not)."""
    if len(password) < ADMIN_PASSWORD_MIN:
        return QCoreApplication.translate(
            "FirstRun", "The password needs at least %n characters.", "", ADMIN_PASSWORD_MIN)
    if password != again:
        return QCoreApplication.translate("FirstRun", "The two passwords are not the same.")
    return ""


class AdminPasswordDialog(QDialog):
    """Settings' "Set administrator password…": the current password (when one is set), the
    new one twice. Accepted once it was changed."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("admin_password_dialog")
        self.setWindowTitle(self.tr("Administrator password"))
        self.old = password_edit("admin_old_password")
        self.new = password_edit("admin_new_password")
        self.again = password_edit("admin_again_password")
        self.error = QLabel(self)
        self.error.setObjectName("admin_password_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        note = QLabel(self.tr(
            "An administrator may move training progress back and retire survey forms. The "
            "password is kept on this computer only, never sent."), self)
        note.setWordWrap(True)
        form = QFormLayout()
        if has_admin_password(db):
            form.addRow(self.tr("Current password:"), self.old)
        else:
            self.old.hide()
        form.addRow(self.tr("New password:"), self.new)
        form.addRow(self.tr("New password again:"), self.again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Set password"))
        ok.setObjectName("admin_password_ok")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            _translate("SmeFormDialog", "Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        fit_to_screen(self, 520, 0)

    def save(self) -> bool:
        problem = password_problem(self.new.text(), self.again.text())
        if not problem and not set_admin_password(self.db, self.new.text(), self.old.text()):
            problem = self.tr("The current password is not right.")
        if problem:
            self.error.setText(problem)
            self.error.show()
            return False
        self.accept()
        return True


class AdminUnlockDialog(QDialog):
    """Settings' "Administrator…": the administrator password, for this session."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("admin_unlock_dialog")
        self.setWindowTitle(self.tr("Administrator"))
        self.password = password_edit("admin_password")
        self.error = QLabel(self.tr("This is not the administrator password."), self)
        self.error.setObjectName("admin_unlock_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        note = QLabel(self.tr(
            "Administrator mode lets you move training progress back and retire survey forms. "
            "It lasts until GMS Desk closes."), self)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Administrator password:"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Administrator mode"))
        ok.setObjectName("admin_unlock_ok")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            _translate("SmeFormDialog", "Cancel"))
        buttons.accepted.connect(self.unlock)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        fit_to_screen(self, 480, 0)

    def unlock(self) -> bool:
        if self.settings.unlock_admin(self.password.text()):
            self.accept()
            return True
        self.password.selectAll()
        self.error.show()
        return False


class AdminPanel(QWidget):
    """Settings' administrator role: who holds it now, "Administrator…" (the password, for
    this session) or "End administrator mode", and "Set administrator password…"."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: QDialog | None = None  # the last one opened (tests look at it)
        self.state = QLabel(self)
        self.state.setObjectName("settings_admin_state")
        self.state.setWordWrap(True)
        self.toggle = QPushButton(self)
        self.toggle.setObjectName("settings_admin")
        self.toggle.clicked.connect(self.toggle_admin)
        self.password = QPushButton(self)
        self.password.setObjectName("settings_admin_password")
        self.password.clicked.connect(self.change_password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.toggle)
        buttons.addWidget(self.password)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        settings = self.ctx.settings
        by_hq = settings.admin_by_headquarters
        if by_hq:
            text = self.tr("This computer is an administrator's: headquarters made it so when "
                           "it enrolled it. It may move training progress back and retire "
                           "survey forms.")
        elif settings.is_admin:
            text = self.tr("Administrator mode is on until GMS Desk closes: training progress "
                           "may be moved back and survey forms retired.")
        elif has_admin_password(self.ctx.db):
            text = self.tr("Only an administrator may move training progress back and retire "
                           "survey forms. “Administrator…” asks for the password.")
        else:
            text = self.tr("No administrator password is set on this computer: set one to "
                           "allow moving training progress back and retiring survey forms "
                           "here.")
        self.state.setText(text)
        self.toggle.setText(self.tr("End administrator mode") if settings.is_admin and not by_hq
                            else self.tr("Administrator…"))
        self.toggle.setEnabled(not by_hq and (settings.is_admin
                                              or has_admin_password(self.ctx.db)))
        self.password.setText(self.tr("Change administrator password…")
                              if has_admin_password(self.ctx.db)
                              else self.tr("Set administrator password…"))

    def toggle_admin(self) -> None:
        settings = self.ctx.settings
        if settings.is_admin:
            settings.is_admin = False
            self.refresh()
            return
        dialog = AdminUnlockDialog(settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.refresh())
        self.dialog = dialog
        dialog.open()

    def change_password(self) -> None:
        dialog = AdminPasswordDialog(self.ctx.db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.refresh())
        self.dialog = dialog
        dialog.open()


class AgencyPlaceEditor(QWidget):
    """Settings' agency economy and province, kept as they are chosen."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        settings = ctx.settings
        self.place = PlaceChoice(settings.agency_economy, settings.agency_province, self,
                                 "settings")
        self.place.changed.connect(lambda: self.place.save(settings))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.place.economy, 1)
        layout.addWidget(self.place.province, 2)


# -- the wizard ---------------------------------------------------------------------------------


class LanguagePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.languages = QListWidget(self)
        self.languages.setObjectName("first_run_languages")
        self.languages.setSpacing(4)
        larger = self.languages.font()  # each name easy to find, in any script
        larger.setPointSizeF(larger.pointSizeF() * 1.3)
        self.languages.setFont(larger)
        for code, name in LANGUAGES.items():  # each in its own script, in every language
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.languages.addItem(item)
        codes = list(LANGUAGES)
        current = wizard.ctx.language if wizard.ctx.language in LANGUAGES else "en"
        self.languages.setCurrentRow(codes.index(current))
        self.languages.currentItemChanged.connect(self._chosen)
        self.label = QLabel(self)
        self.label.setBuddy(self.languages)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.languages, 1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to GMS Desk"))
        self.setSubTitle(self.tr("Choose the language GMS Desk speaks. You can change it "
                                 "later in Settings."))
        self.label.setText(_translate("SettingsArea", "Language"))

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.owner.switch_language(str(item.data(Qt.ItemDataRole.UserRole)))


class PlaceChoice(QObject):
    """The agency's economy (the SME form's list) and province (the provinces of that economy,
    found by their local names too, or one typed): two combo boxes for a form to lay out.
    `changed` when either was chosen."""

    changed = Signal()

    def __init__(self, economy: str, province: str, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        from gmsdesk.ui.smes.form import load_places

        self.places = load_places()
        self.economy = QComboBox(parent)
        self.economy.setObjectName(f"{name}_economy")
        self.economy.addItem("", None)
        for code in COUNTRIES:
            self.economy.addItem(country_label(code), code)
        self.economy.setCurrentIndex(max(self.economy.findData(economy or None), 0))
        self.province = QComboBox(parent)
        self.province.setObjectName(f"{name}_province")
        self.province.setEditable(True)
        self.province.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.province.model(), self.province)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.province.setCompleter(completer)
        self._fill_provinces(province)
        self.economy.currentIndexChanged.connect(self._economy_chosen)
        self.province.activated.connect(lambda _i: self.changed.emit())
        line = self.province.lineEdit()
        assert line is not None  # editable
        line.editingFinished.connect(self.changed.emit)
        self.retranslate()  # Settings shows it without a wizard around it

    def retranslate(self) -> None:
        # None chosen yet reads as a question, not as a blank box.
        self.economy.setItemText(0, self.tr("Choose…"))
        line = self.province.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Type or choose a province"))
        for index in range(1, self.economy.count()):
            self.economy.setItemText(index, country_label(self.economy.itemData(index)))

    def _economy_chosen(self, _index: int) -> None:
        self._fill_provinces("")
        self.changed.emit()

    def _fill_provinces(self, value: str) -> None:
        self.province.clear()
        self.province.addItem("", "")
        for place in self.places.get(self.economy_code(), ()):
            self.province.addItem(place.display, place.name)
        index = self.province.findData(value) if value else 0
        self.province.setCurrentIndex(max(index, 0))
        if value and index < 0:
            self.province.setEditText(value)

    def economy_code(self) -> str:
        return str(self.economy.currentData() or "")

    def province_name(self) -> str:
        """The English name of the province picked or typed (by its list text, English or
        local name), else the text as typed."""
        text = self.province.currentText().strip()
        wanted = text.casefold()
        for place in self.places.get(self.economy_code(), ()):
            if wanted in {place.display.casefold(), place.name.casefold(),
                          (place.local or "").casefold()}:
                return place.name
        return text

    def save(self, settings: Settings) -> None:
        settings.agency_economy = self.economy_code()
        settings.agency_province = self.province_name()


class YouPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        settings = wizard.ctx.settings
        # What the person typed, else the account's full name; never a login such as "root".
        self.name = QLineEdit(settings.person_name, self)
        self.name.setObjectName("first_run_name")
        # Next waits for a name: every change is saved under it.
        self.name.textChanged.connect(lambda _text: self.completeChanged.emit())
        self.place = PlaceChoice(settings.agency_economy, settings.agency_province, self,
                                 "first_run")
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout()
        for label, editor in zip(self.labels,
                                 (self.name, self.place.economy, self.place.province),
                                 strict=True):
            label.setBuddy(editor)
            form.addRow(label, editor)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("You and your agency"))
        self.setSubTitle(self.tr("Your name is saved with every change you make. New SMEs, "
                                 "workshops and events start with your agency's economy and "
                                 "province; you can still change them there."))
        texts = (_translate("SettingsArea", "Your name (saved with every change)"),
                 _translate("Field", "Economy"), _translate("Field", "Province"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.name.setPlaceholderText(self.tr("Your full name, as colleagues know you"))
        self.place.retranslate()
        self.note.setText(self.tr("Settings changes any of this later."))

    def isComplete(self) -> bool:
        return bool(self.name.text().strip())


class AdminPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.none = QRadioButton(self)
        self.none.setObjectName("first_run_no_admin")
        self.with_password = QRadioButton(self)
        self.with_password.setObjectName("first_run_admin_password")
        group = QButtonGroup(self)
        group.addButton(self.none)
        group.addButton(self.with_password)
        self.none.setChecked(True)
        self.password = password_edit("first_run_password")
        self.again = password_edit("first_run_password_again")
        self.error = QLabel(self)
        self.error.setObjectName("first_run_password_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.labels = [QLabel(self) for _ in range(2)]
        form = QFormLayout()
        form.setContentsMargins(24, 0, 0, 0)  # under the choice it belongs to
        for label, editor in zip(self.labels, (self.password, self.again), strict=True):
            label.setBuddy(editor)
            form.addRow(label, editor)
        self.with_password.toggled.connect(self._enable)
        self._enable(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.none)
        layout.addWidget(self.with_password)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Administrator"))
        self.setSubTitle(self.tr("An administrator may move training progress back and retire "
                                 "survey forms. Anyone else can do everything else."))
        self.none.setText(self.tr("No administrator on this computer for now"))
        self.with_password.setText(self.tr("Protect the administrator role with a password"))
        for label, text in zip(self.labels, (self.tr("Password:"), self.tr("Password again:")),
                               strict=True):
            label.setText(text)
        self.note.setText(self.tr(
            "Headquarters can also make this computer an administrator's when it enrols it: "
            "then no password is needed. The password is kept on this computer only; Settings "
            "sets or changes it later."))
        if self.error.isVisible():
            self.validatePage()

    def _enable(self, on: bool) -> None:
        for edit in (self.password, self.again):
            edit.setEnabled(on)
        if not on:
            self.error.hide()

    def chosen_password(self) -> str:
        return self.password.text() if self.with_password.isChecked() else ""

    def validatePage(self) -> bool:
        if not self.with_password.isChecked():
            return True
        problem = password_problem(self.password.text(), self.again.text())
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        return not problem


class DemoPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.demo = QCheckBox(self)
        self.demo.setObjectName("first_run_demo")
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.demo)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Try it out"))
        self.setSubTitle(self.tr("Made-up SMEs, workshops and events to try GMS Desk with, "
                                 "before you enter your own."))
        self.demo.setText(self.tr("Try it with demo data"))
        self.note.setText(self.tr(
            "The demo data is kept in a separate demo data folder: it never mixes with your "
            "own data, and nothing in it is ever sent to headquarters. A yellow banner shows "
            "while you are in it; “Leave demo data” deletes it and opens your own data."))


class StartPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.text = QLabel(self)
        self.text.setObjectName("first_run_where_to_start")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Where to start"))
        self.setSubTitle(self.tr("A few first steps; press F1 at any time for the keyboard "
                                 "shortcuts and a short guide."))
        steps = (
            self.tr("<b>Register an SME</b> in SMEs, with New SME: GMS Desk tells you when "
                    "the business may be registered already."),
            self.tr("<b>Plan a workshop</b> in Training, with New workshop: enrol people, then "
                    "mark attendance and progress, and print certificates."),
            self.tr("<b>Run a survey</b> in Surveys, with New response, for an SME."),
            self.tr("<b>Sync</b> in Sync: enrol this computer once with the code headquarters "
                    "gave you; your changes are then sent whenever there is a connection."),
        )
        self.text.setText("<ul>" + "".join(f"<li style='margin-bottom: 8px'>{s}</li>"
                                           for s in steps) + "</ul>")


class FirstRunWizard(QWizard):
    """The first start's questions. `ctx` is the data folder's AppContext: the language is
    switched on it at once, and what is chosen is kept in its settings and database when the
    wizard finishes (cancelling keeps the language only). Asked once either way."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("first_run")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.language_page = LanguagePage(self)
        self.you_page = YouPage(self)
        self.admin_page = AdminPage(self)
        self.demo_page = DemoPage(self)
        self.start_page = StartPage(self)
        self.pages = (self.language_page, self.you_page, self.admin_page, self.demo_page,
                      self.start_page)
        for page in self.pages:
            self.addPage(page)
        self.retranslate()
        self.accepted.connect(self.apply)
        self.rejected.connect(self._done)
        # 1366x768 less a task bar and a title bar: the wizard fits, whatever the language.
        fit_to_screen(self, 820, 600)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to GMS Desk"))
        for page in self.pages:
            page.retranslate()
        buttons = {QWizard.WizardButton.BackButton: _translate("ImportDialog", "&Back"),
                   QWizard.WizardButton.NextButton: _translate("ImportDialog", "&Next"),
                   QWizard.WizardButton.CancelButton: _translate("ImportDialog", "Cancel"),
                   QWizard.WizardButton.FinishButton: self.tr("&Start")}
        for which, text in buttons.items():
            self.setButtonText(which, text)

    def switch_language(self, code: str) -> None:
        """Speak `code` from now on: this wizard at once, GMS Desk after it."""
        if code not in LANGUAGES or code == self.ctx.language:
            return
        languages = self.language_page.languages
        languages.blockSignals(True)
        languages.setCurrentRow(list(LANGUAGES).index(code))
        languages.blockSignals(False)
        self.ctx.settings.language = code
        self.ctx.set_language(code)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.language_page.languages.setFocus()

    def apply(self) -> None:
        """Keep what was chosen."""
        ctx = self.ctx
        ctx.set_user_name(self.you_page.name.text())
        self.you_page.place.save(ctx.settings)
        password = self.admin_page.chosen_password()
        if password:
            set_admin_password(ctx.db, password)
        ctx.settings.demo_active = self.demo_page.demo.isChecked()  # made by the caller
        self._done()

    def _done(self) -> None:
        self.ctx.settings.first_run_done = True
