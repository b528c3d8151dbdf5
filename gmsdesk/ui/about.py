"""Help > About GMS Desk: which version and build this is, where its data lives, and what it is
built on, all selectable and copied in one click (what support asks for first)."""

from __future__ import annotations

import platform
from pathlib import Path
from typing import Any

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gmsdesk import __version__, build


def install_about(window: QMainWindow, ctx: Any) -> QAction:
    """Help > About GMS Desk, last in the window's Help menu (on macOS Qt moves it to the
    application menu, where people look for it there)."""
    # Here, not at the top: gmsdesk.ui.help makes a key sequence when imported, which needs
    # the application to exist already.
    from gmsdesk.ui.help import help_menu

    menu = help_menu(window)
    if menu.actions():
        menu.addSeparator()
    about = QAction(QCoreApplication.translate("AboutDialog", "&About GMS Desk"), window)
    about.setObjectName("about_action")
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(lambda: show_about(ctx, window))
    menu.addAction(about)
    return about


def show_about(ctx: Any, parent: QWidget) -> AboutDialog:
    """The About box, not modal: it may stay open beside the window while support is on the
    phone."""
    dialog = AboutDialog(ctx.data_dir, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About GMS Desk"))
        self.data_dir = data_dir
        self.build = build()  # may ask git in a source checkout: once, when shown
        self.versions = self.tr("Qt %1, PySide6 %2, Python %3").replace(
            "%1", qVersion()).replace("%2", PySide6.__version__).replace(
            "%3", platform.python_version())

        title = QLabel(self.tr("GMS Desk"), self)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        title.setFont(font)
        self.version_label = self._selectable(
            self.tr("Version %1 (build %2)").replace("%1", __version__).replace(
                "%2", self.build), "about_version")

        folder_title = QLabel(self.tr("Data folder"), self)
        self.folder = QLineEdit(str(data_dir), self)  # selectable, and long paths scroll
        self.folder.setObjectName("about_data_folder")
        self.folder.setReadOnly(True)
        self.folder.setCursorPosition(0)
        folder_title.setBuddy(self.folder)
        copy_folder = QPushButton(self.tr("Copy"), self)
        copy_folder.setObjectName("about_copy_folder")
        copy_folder.clicked.connect(lambda: self._copy(str(self.data_dir)))
        open_folder = QPushButton(self.tr("Open folder"), self)
        open_folder.setObjectName("about_open_folder")
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir))))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(copy_folder)
        folder_row.addWidget(open_folder)
        kept = QLabel(self.tr("Your records, settings, backups and log are in this folder. "
                              "Installing a new version of GMS Desk, or uninstalling it, "
                              "leaves the folder as it is."), self)
        kept.setWordWrap(True)

        licence = QLabel(self.tr("GMS Desk is free software under the MIT licence. Its fonts "
                                 "are under the SIL Open Font Licence (Noto) and the Bitstream "
                                 "Vera licence (GMS Symbols)."), self)
        licence.setObjectName("about_licence")
        licence.setWordWrap(True)
        self.system_label = self._selectable(
            f"{self.versions}\n{platform.platform(terse=True)}", "about_system")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy_all = buttons.addButton(self.tr("Copy details"),
                                     QDialogButtonBox.ButtonRole.ActionRole)
        copy_all.setObjectName("about_copy_details")
        copy_all.clicked.connect(lambda: self._copy(self.details()))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.version_label)
        layout.addSpacing(8)
        layout.addWidget(folder_title)
        layout.addLayout(folder_row)
        layout.addWidget(kept)
        layout.addSpacing(8)
        layout.addWidget(licence)
        layout.addWidget(self.system_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(min(560, max(360, self.screen().availableGeometry().width() - 40)))

    def _selectable(self, text: str, name: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        label.setWordWrap(True)
        return label

    def details(self) -> str:
        """What support needs, in English whatever the language on screen: one line each."""
        return (f"GMS Desk {__version__} (build {self.build})\n"
                f"Data folder: {self.data_dir}\n"
                f"Qt {qVersion()}, PySide6 {PySide6.__version__}, "
                f"Python {platform.python_version()}\n"
                f"{platform.platform()}")

    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
