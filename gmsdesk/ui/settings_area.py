"""Settings: language, the name recorded with every change, where the data lives."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gmsdesk import __version__
from gmsdesk.i18n import LANGUAGES
from gmsdesk.ui.widgets import heading as make_heading


class SettingsArea(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.language = QComboBox(self)
        self.language.setObjectName("settings_language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(ctx.language), 0))
        self.apply_language = QPushButton(self.tr("Apply language"), self)
        self.apply_language.setObjectName("settings_apply_language")
        self.apply_language.clicked.connect(self._apply_language)

        self.user_name = QLineEdit(ctx.settings.user_name or ctx.db.user, self)
        self.user_name.setObjectName("settings_user")
        self.user_name.editingFinished.connect(
            lambda: ctx.set_user_name(self.user_name.text()))
        self.admin = QCheckBox(self.tr("Administrator on this computer (may move training "
                                       "progress back, with a reason that is recorded)"), self)
        self.admin.setObjectName("settings_admin")
        self.admin.setChecked(ctx.settings.is_admin)
        self.admin.toggled.connect(self._set_admin)
        data = QLabel(str(ctx.data_dir), self)
        data.setTextInteractionFlags(data.textInteractionFlags().TextSelectableByMouse)
        # An administrator's choice for a headquarters server on the office's own network
        # that has no certificate; an address on the Internet is refused all the same.
        self.plain_http = QCheckBox(self.tr(
            "Allow unencrypted connections (http://) to a sync server on the local network"),
            self)
        self.plain_http.setObjectName("settings_allow_plain_http")
        self.plain_http.setChecked(ctx.db.sync.plain_http_allowed())
        self.plain_http.toggled.connect(self._set_plain_http)
        plain_http_note = QLabel(self.tr(
            "Such a connection is not encrypted: anyone on the network can read what is sent, "
            "this computer's sync key included."), self)
        plain_http_note.setObjectName("settings_plain_http_note")
        plain_http_note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.apply_language)
        form.addRow(self.tr("Your name (saved with every change)"), self.user_name)
        form.addRow("", self.admin)
        form.addRow(self.tr("Sync"), self.plain_http)
        form.addRow("", plain_http_note)
        form.addRow(self.tr("Data folder"), data)
        form.addRow(self.tr("Version"), QLabel(__version__, self))
        layout = QVBoxLayout(self)
        layout.addWidget(make_heading(self.tr("Settings"), self))
        layout.addLayout(form)
        layout.addStretch(1)

    def _set_admin(self, on: bool) -> None:
        self.ctx.settings.is_admin = on

    def _set_plain_http(self, on: bool) -> None:
        self.ctx.db.sync.allow_plain_http(on)

    def showEvent(self, event: QShowEvent) -> None:
        """The enrolment form may have changed the choice meanwhile."""
        super().showEvent(event)
        self.plain_http.blockSignals(True)
        self.plain_http.setChecked(self.ctx.db.sync.plain_http_allowed())
        self.plain_http.blockSignals(False)

    def _apply_language(self) -> None:
        code = self.language.currentData()
        if code and code != self.ctx.language:
            self.ctx.switch_language(code)
