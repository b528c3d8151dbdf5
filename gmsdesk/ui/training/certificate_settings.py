"""Settings > Certificates: what this laptop's certificates carry besides each workshop's own
details — the issuing agency's logo (a checked copy kept in the data folder, beside the
agency's name that comes with the enrolment) and the attendance rule new workshops start
from."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gmsdesk.services import training as training_service
from gmsdesk.storage.errors import StorageError
from gmsdesk.ui.errors import user_message
from gmsdesk.ui.training.attendance_rule import AttendanceRuleEdit
from gmsdesk.ui.training.dialog_kit import ERROR_STYLE

PREVIEW_W, PREVIEW_H = 180, 60  # the logo's preview, about as it prints (170 x 54 pt)


class CertificateSettings(QWidget):
    """The logo (preview, "Logo…", "Remove logo") and the default attendance rule."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data_dir = Path(ctx.data_dir)
        self.agency = QLabel(self)
        self.agency.setObjectName("settings_certificate_agency")
        self.agency.setWordWrap(True)
        self.preview = QLabel(self)
        self.preview.setObjectName("settings_logo_preview")
        self.preview.setFixedSize(PREVIEW_W, PREVIEW_H)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid #c5ccd3; background: white;")
        self.choose_button = QPushButton(self.tr("Logo…"), self)
        self.choose_button.setObjectName("settings_logo_choose")
        self.choose_button.setToolTip(self.tr("Choose the agency's logo: a PNG or JPEG image "
                                              "of at most 2 MB"))
        self.choose_button.clicked.connect(self.choose_logo)
        self.remove_button = QPushButton(self.tr("Remove logo"), self)
        self.remove_button.setObjectName("settings_logo_remove")
        self.remove_button.clicked.connect(self.remove_logo)
        self.message = QLabel(self)
        self.message.setObjectName("settings_logo_message")
        self.message.setWordWrap(True)
        note = QLabel(self.tr("Printed at the top of every certificate, above the agency's "
                              "name. GMS Desk keeps a copy: the file chosen may be moved or "
                              "deleted afterwards."), self)
        note.setObjectName("settings_logo_note")
        note.setWordWrap(True)

        self.rule = AttendanceRuleEdit(self)
        self.rule.setObjectName("settings_attendance_rule")
        self.rule.set_value(ctx.db.training.attendance_rule(None).percent)
        self.rule.changed.connect(self._set_rule)
        rule_note = QLabel(self.tr("New workshops start with this rule, and so does a workshop "
                                   "that has none of its own. Each workshop keeps its own "
                                   "rule, set when it is edited, the same on every computer."),
                           self)
        rule_note.setObjectName("settings_attendance_rule_note")
        rule_note.setWordWrap(True)

        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.preview)
        logo_row.addLayout(buttons)
        logo_row.addStretch(1)
        logo_box = QVBoxLayout()
        logo_box.addLayout(logo_row)
        logo_box.addWidget(self.message)
        logo_box.addWidget(note)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Issuing agency"), self.agency)
        form.addRow(self.tr("Logo"), logo_box)
        form.addRow(self.tr("Attendance for a certificate"), self.rule)
        form.addRow("", rule_note)
        self.refresh()

    def refresh(self) -> None:
        """The agency's name and the logo as the certificates print them now."""
        name = training_service.agency_name(self.ctx.db, None, self.ctx.language)
        self.agency.setText(name or self.tr("Not known until this computer is enrolled in "
                                            "the Sync area"))
        logo = training_service.agency_logo(self.data_dir)
        image = QImage()
        if logo is not None:
            try:  # read now, not from Qt's cache: the file is replaced under the same name
                image.loadFromData(logo.read_bytes())
            except OSError:
                image = QImage()
        if image.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No logo"))
        else:
            self.preview.setText("")
            self.preview.setPixmap(QPixmap.fromImage(image).scaled(
                PREVIEW_W - 4, PREVIEW_H - 4, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        self.remove_button.setEnabled(logo is not None)

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the agency's logo"), self.ctx.settings.last_folder,
            self.tr("Images (*.png *.jpg *.jpeg);;All files (*)"))
        if path:
            self.ctx.settings.last_folder = str(Path(path).parent)
            self.set_logo(Path(path))

    def set_logo(self, path: Path) -> bool:
        """Check the file and keep a copy as the logo; a file that cannot be one is said why
        here, and the logo there was stays."""
        try:
            training_service.set_agency_logo(self.data_dir, path)
        except (StorageError, OSError) as exc:
            message = user_message(exc)
            if message is None:
                raise
            self._say(message, error=True)
            return False
        self.refresh()
        self._say(self.tr("Certificates print this logo from now on."))
        return True

    def remove_logo(self) -> None:
        try:
            training_service.remove_agency_logo(self.data_dir)
        except OSError as exc:
            message = user_message(exc)
            if message is None:
                raise
            self._say(message, error=True)
            return
        self.refresh()
        self._say(self.tr("Certificates print no logo from now on."))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def _set_rule(self, percent: int) -> None:
        self.ctx.db.training.set_attendance_rule(None, percent)
