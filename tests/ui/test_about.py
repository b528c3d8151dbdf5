"""Help > About: the version and build, the data folder (selectable, copied in a click), the
licence and what it runs on, from the real main window, offscreen."""

from __future__ import annotations

import platform
from typing import Any

from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMenu, QPushButton

from gmsdesk import __version__, build
from gmsdesk.ui.about import AboutDialog


def open_about(window: Any, qtbot: Any) -> AboutDialog:
    menu = window.findChild(QMenu, "help_menu")
    assert menu is not None and window.about_action in menu.actions()
    assert menu.actions()[-1] is window.about_action  # last, below the other help
    window.about_action.trigger()
    qtbot.waitUntil(lambda: any(isinstance(w, AboutDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, AboutDialog))


def test_about_shows_version_build_data_folder_and_licence(window: Any, ctx: Any,
                                                           qtbot: Any) -> None:
    dialog = open_about(window, qtbot)
    version = dialog.findChild(QLabel, "about_version").text()
    assert version == f"Version {__version__} (build {build()})"
    assert dialog.findChild(QLabel, "about_version").textInteractionFlags()  # selectable
    folder = dialog.findChild(QLineEdit, "about_data_folder")
    assert folder.text() == str(ctx.data_dir) and folder.isReadOnly()
    assert "MIT licence" in dialog.findChild(QLabel, "about_licence").text()
    system = dialog.findChild(QLabel, "about_system").text()
    assert f"Qt {qVersion()}" in system and f"Python {platform.python_version()}" in system

    dialog.findChild(QPushButton, "about_copy_folder").click()
    assert QGuiApplication.clipboard().text() == str(ctx.data_dir)
    dialog.findChild(QPushButton, "about_copy_details").click()
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[:2] == [f"GMS Desk {__version__} (build {build()})",
                          f"Data folder: {ctx.data_dir}"]
    dialog.close()
    assert window.isVisible()  # not modal: the window stays usable behind it


def test_about_in_khmer_keeps_the_numbers_and_the_path(ctx: Any, qtbot: Any) -> None:
    ctx.set_language("km")
    window = ctx.open_window()
    qtbot.waitUntil(lambda: not window.smes.model.loading)
    dialog = open_about(window, qtbot)
    assert __version__ in dialog.findChild(QLabel, "about_version").text()
    assert dialog.findChild(QLineEdit, "about_data_folder").text() == str(ctx.data_dir)
    # What support reads stays in English whatever the screen's language.
    assert dialog.details().startswith(f"GMS Desk {__version__} (build ")
