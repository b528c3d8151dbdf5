"""Start-up: QApplication, fonts, language, the database, and the main window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import (
    QLibraryInfo,
    QLocale,
    QLoggingCategory,
    QObject,
    QPoint,
    QRect,
    QSize,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QFont, QFontMetrics, QWindow
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
    QSplitter,
    QTreeView,
)

from gmsdesk import __version__, i18n_format, paths
from gmsdesk.storage.db import Database
from gmsdesk.storage.errors import DatabaseProblem, SchemaTooNew
from gmsdesk.ui import widgets
from gmsdesk.ui.bus import ChangeBus
from gmsdesk.ui.fonts import apply_app_font, apply_display, register_fonts
from gmsdesk.ui.settings import Settings
from gmsdesk.ui.widgets import fits_screen

log = logging.getLogger("gmsdesk")

QT_LOCALES = {"en": "en_GB", "km": "km_KH", "lo": "lo_LA", "my": "my_MM", "th": "th_TH",
              "vi": "vi_VN", "zh_CN": "zh_CN"}
# What a window manager's title bar takes beside the title: its icon and its buttons (px).
TITLE_CHROME = 160
# Qt's own file dialog (no native one on most Linux desktops): this share of the screen, at
# least FILE_DIALOG_LEAST (as far as the screen has it).
FILE_DIALOG_SHARE = 0.7
FILE_DIALOG_LEAST = QSize(900, 560)
_SIZED = "gmsdesk_sized"  # a dialog's property, once it has been given its size


class CountTranslator(QTranslator):
    """A translator that writes the count of a plural message ("%n change(s)") by the app's
    number rule (gmsdesk.i18n_format: Myanmar digits for Burmese unless the user chose 0-9,
    Khmer, Lao or Thai digits when chosen), as every other number on screen and on paper is.
    Qt would put 0-9 for "%n" and its own locale's digits for "%Ln", whatever the user chose;
    digits typed inside a translation follow the rule too (`i18n_format.translated_digits`).
    The rule is read at each call, so a change of the Digits setting applies at once."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def translate(  # type: ignore[override]
            self, context: str, source: str, disambiguation: str | None = None,
            n: int = -1) -> str | None:
        text = super().translate(context, source, disambiguation, n)
        if not text:
            # None is Qt's "not here": an empty string would hide the other translators' text.
            return None
        # Digits a translator typed ("မိနစ် 30") follow the same rule as the count.
        text = i18n_format.translated_digits(self.lang, text)
        return i18n_format.fill_count(self.lang, text, n) if n >= 0 else text


def title_width(title: str) -> int:
    """How wide a window must be for the window manager to show `title` whole: the title in
    the (bold) interface font, and its title bar's icon and buttons."""
    font = QFont(QApplication.font())
    font.setBold(True)
    return QFontMetrics(font).horizontalAdvance(title) + TITLE_CHROME


MODAL_CHECK_MS = 150  # how often DialogSizer looks for a modal box shown without focus


class DialogSizer(QObject):
    """Application-wide, when a dialog first comes to the front: a dialog narrower than its
    title is widened (the window manager cuts a title wider than its window: "Add sector" on
    a small prompt, a language chooser), and Qt's own file dialog, cramped at its default
    size, gets a good share of the screen and a name column that shows names. This catches
    the dialogs made by Qt's static functions (QInputDialog.getItem,
    QFileDialog.getSaveFileName) too. The width is never more than the screen has; the
    dialog stays centred where it was.

    It follows the focus window rather than filtering every event of the application: a
    Python event filter on the application is handed each object as it is deleted too, and
    PySide crashed wrapping widgets half destroyed."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        app.focusWindowChanged.connect(self.window_focused)
        # A modal box the window manager did not give the focus (the app was not the active
        # one) comes to no focus change: looked for a few times a second as well.
        self.watch = QTimer(self)
        self.watch.setInterval(MODAL_CHECK_MS)
        self.watch.timeout.connect(self.modal_shown)
        self.watch.start()

    def modal_shown(self) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QDialog) and widget.isVisible():
            self.size_once(widget)

    def window_focused(self, window: QWindow | None) -> None:
        if window is None:
            return
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.windowHandle() is window:
                self.size_once(widget)
                return

    def size_once(self, dialog: QDialog) -> None:
        """`size_dialog` the first time `dialog` comes to the front, never again (the user may
        have sized it since)."""
        if not dialog.property(_SIZED):
            dialog.setProperty(_SIZED, True)
            self.size_dialog(dialog)

    def size_dialog(self, dialog: QDialog) -> None:
        room = widgets.available_geometry(dialog).marginsRemoved(widgets.frame_margins(dialog))
        size = dialog.size()
        if isinstance(dialog, QMessageBox):
            middle = dialog.geometry().center()
            if widgets.wrap_message_box(dialog):  # Burmese lines end between syllables now
                place = QRect(QPoint(0, 0), dialog.size())  # the box sized itself again
                place.moveCenter(middle)
                dialog.move(place.topLeft())
                size = dialog.size()
        if isinstance(dialog, QFileDialog):
            size = size.expandedTo(QSize(int(room.width() * FILE_DIALOG_SHARE),
                                         int(room.height() * FILE_DIALOG_SHARE)))
            size = size.expandedTo(FILE_DIALOG_LEAST)
        if not isinstance(dialog, QMessageBox):  # a message box sizes itself for its title
            size.setWidth(max(size.width(), title_width(dialog.windowTitle())))
        size = size.boundedTo(room.size()).boundedTo(dialog.maximumSize())
        size = size.expandedTo(dialog.minimumSize())
        if size != dialog.size():
            place = QRect(QPoint(0, 0), size)
            place.moveCenter(dialog.geometry().center())
            place.moveTo(max(room.left(), min(place.left(), room.right() + 1 - place.width())),
                         max(room.top(), min(place.top(), room.bottom() + 1 - place.height())))
            dialog.setGeometry(place)
        if isinstance(dialog, QFileDialog):
            self.size_columns(dialog, size.width())
        elif not isinstance(dialog, QMessageBox):  # once laid out at its new size
            QTimer.singleShot(0, dialog, lambda: widgets.wrap_burmese_labels(dialog))

    @staticmethod
    def size_columns(dialog: QFileDialog, width: int) -> None:
        """In a file dialog `width` px wide: the places on its left wide enough for their
        names; the detail view's columns (size, type, date) their headers' width at least,
        the name what is left, half the list at least."""
        splitter = dialog.findChild(QSplitter, "splitter")
        side = 0
        if splitter is not None and splitter.count() == 2:
            side = max(splitter.sizes()[0], min(200, width // 5))
            splitter.setSizes([side, max(1, width - side)])
        view = dialog.findChild(QTreeView, "treeView")
        if view is None:
            return
        header = view.header()
        for column in range(1, header.count()):
            header.resizeSection(column, max(header.sectionSize(column),
                                             header.sectionSizeHint(column) + 12))
        rest = sum(header.sectionSize(c) for c in range(1, header.count()))
        room = width - side - 60  # the dialog's margins, the splitter's handle, a scroll bar
        header.resizeSection(0, max(header.sectionSize(0), room // 2, room - rest))


def install_dialog_sizer(app: QApplication) -> DialogSizer:
    """The application's `DialogSizer`, made once (the same one for each context)."""
    sizer = app.findChild(DialogSizer)
    return sizer if sizer is not None else DialogSizer(app)


class AppContext(QObject):
    """What every screen needs: the database, settings, the change bus, the language."""

    def __init__(self, data_dir: Path, lang: str | None = None) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.db_path = data_dir / paths.DB_FILENAME
        self.settings = Settings(data_dir)
        self.db = Database(self.db_path, user=self.settings.user_name or None)
        self.settings.database = self.db  # whether headquarters made this laptop an admin's
        # The folder to open once this one's window closes ("Leave demo data"), if any.
        self.reopen: Path | None = None
        self.bus = ChangeBus()
        self._translators: list[QTranslator] = []  # referenced, or Qt drops them
        self.window: QObject | None = None
        self.language = ""
        self.set_language(lang or self.settings.language)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_dialog_sizer(app)  # dialogs as wide as their titles, wherever made

    @property
    def user(self) -> str:
        return self.db.user

    def set_language(self, code: str) -> None:
        """Install this language's translators and locale (numbers, dates)."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators.clear()
        # English has a file too: it holds the plural forms ("1 change", "2 changes").
        # Qt's own words (OK, Cancel, the file dialog, a text box's menu) come from Qt's
        # qtbase file where Qt has one (Chinese), and from the app's qt_gmsdesk file for the
        # languages Qt does not translate (Khmer, Lao, Burmese, Thai, Vietnamese). The last
        # one installed is asked first. Only the app's own file has counts to write.
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((f"gmsdesk_{code}", str(paths.TRANSLATIONS)),
                             (f"qtbase_{code}", qt_dir),
                             (f"qt_gmsdesk_{code}", str(paths.TRANSLATIONS))):
            translator = CountTranslator(code) if name.startswith("gmsdesk") else QTranslator()
            if translator.load(name, folder):
                app.installTranslator(translator)
                self._translators.append(translator)
            elif name.startswith("gmsdesk"):
                log.warning("no translation file %s in %s", name, folder)
        QLocale.setDefault(QLocale(QT_LOCALES.get(code, "en_GB")))
        self.language = code
        # The language's text size (Khmer, Lao and Burmese a little larger) and the focus
        # outline, for the widgets made from now on.
        apply_display(app, code, self.settings.text_size)

    def open_window(self) -> QObject:
        from gmsdesk.ui.main_window import MainWindow

        window = MainWindow(self)  # maximized, unless the last one's size and place still fit
        geometry = self.settings.window_geometry
        if geometry is not None and window.restoreGeometry(geometry) and not fits_screen(window):
            window.fit_to_screen()  # e.g. left so on a larger screen
        window.show()
        self.window = window
        return window

    def switch_language(self, code: str) -> QObject:
        """Apply a new language now: a fresh window replaces the old one."""
        self.settings.language = code
        self.set_language(code)
        old = self.window
        window = self.open_window()
        if old is not None:
            old.close()  # type: ignore[attr-defined]
            old.deleteLater()
        return window

    def set_user_name(self, name: str) -> None:
        name = name.strip()  # as the settings keep it
        self.settings.user_name = name
        self.db.user = name or self.db.user

    def close(self) -> None:
        self.db.close()
        # Its language goes with it: a context opened next (the first start's, then the
        # window's) installs its own, and no stale one answers before it.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            for translator in self._translators:
                app.removeTranslator(translator)
        self._translators.clear()


def create_qapplication(argv: list[str] | None = None) -> QApplication:
    # Qt warns that Noto Sans lacks OpenType tables for scripts it hands to other fonts anyway.
    QLoggingCategory.setFilterRules("qt.text.font.db=false")
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("GMS Desk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("GMS Desk")
    register_fonts()
    apply_app_font(app)
    install_dialog_sizer(app)  # the first run's dialogs too, before any context
    return app


def _setup_logging(data_dir: Path) -> None:
    handler = logging.FileHandler(data_dir / "gmsdesk.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)


def no_display() -> str | None:
    """Why the window cannot open on this Linux (no display to show it on), in plain words;
    None when it can. Without this, Qt aborts with a message about platform plugins."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return ("gmsdesk: there is no display to open the window on (neither DISPLAY nor "
            "WAYLAND_DISPLAY is set). Start GMS Desk from a desktop session, or over ssh with "
            "`ssh -X`; the commands of `gmsdesk --help` work without a display.")


def run_gui(data_dir: str | None = None, lang: str | None = None) -> int:
    from gmsdesk.ui.errors import install_excepthook

    problem = no_display()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    folder = paths.data_dir(data_dir)
    _setup_logging(folder)
    app = create_qapplication()
    install_excepthook()
    from gmsdesk.ui import first_run

    # The first start of a fresh data folder asks a few things first (the language, your name,
    # your agency's place, demo data); while demo data is tried, its own folder opens.
    opening: Path | None = first_run.folder_to_open(folder, lang)
    code = 0
    while opening is not None:  # "Leave demo data" opens the data folder next
        code, opening = _run_folder(app, opening, lang)
    return code


def _run_folder(app: QApplication, folder: Path, lang: str | None) -> tuple[int, Path | None]:
    """The window on one data folder until it closes: the exit code, and the folder to open
    next (None: GMS Desk ends)."""
    from gmsdesk.ui import backups, first_run

    # A damaged database is not opened for writing: the newest backup is offered instead.
    crashed = backups.check_at_start(folder / paths.DB_FILENAME)
    if crashed is None:
        return 2, None
    try:
        ctx = AppContext(folder, lang)
    except (SchemaTooNew, DatabaseProblem) as exc:
        # Plain words (a too-new database, a full disk, a locked file), and the session ends
        # properly: the next start is not taken for one after a crash.
        if isinstance(exc, SchemaTooNew):
            QMessageBox.critical(None, "GMS Desk", str(exc))
        else:
            from gmsdesk.ui.errors import show_error

            show_error(None, exc)
        backups.end_session(folder / paths.DB_FILENAME)
        return 2, None
    # Every 30 minutes while something changed, and now if the last run did not end properly.
    auto_backup = backups.AutoBackup(ctx, crashed=crashed)
    ctx.open_window()
    code = app.exec()
    auto_backup.stop()
    ctx.close()
    backups.end_session(ctx.db_path)
    return code, first_run.after_close(ctx)
