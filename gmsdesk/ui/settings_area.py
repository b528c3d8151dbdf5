"""Settings: language, the name recorded with every change, where the data lives."""

from __future__ import annotations

from typing import Any

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

        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.apply_language)
        form.addRow(self.tr("Your name (saved with every change)"), self.user_name)
        form.addRow("", self.admin)
        form.addRow(self.tr("Data folder"), data)
        form.addRow(self.tr("Version"), QLabel(__version__, self))
        layout = QVBoxLayout(self)
        layout.addWidget(make_heading(self.tr("Settings"), self))
        layout.addLayout(form)
        layout.addStretch(1)

    def _set_admin(self, on: bool) -> None:
        self.ctx.settings.is_admin = on

    def _apply_language(self) -> None:
        code = self.language.currentData()
        if code and code != self.ctx.language:
            self.ctx.switch_language(code)
