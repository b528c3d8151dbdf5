"""Settings: language, text size, digits and Thai years, the name recorded with every change,
where the data lives; what certificates carry (the agency's logo, the default attendance
rule)."""

from __future__ import annotations

import datetime
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gmsdesk import __version__, i18n_format
from gmsdesk.i18n import LANGUAGES
from gmsdesk.ui.fonts import AUTOMATIC_SIZE, apply_display
from gmsdesk.ui.settings import TEXT_SIZES
from gmsdesk.ui.widgets import heading as make_heading


def thai_eras() -> tuple[tuple[bool, str], ...]:
    """This year in either era, as the choice shows it (in Thai, the same in every language,
    like the language names): "พ.ศ. 2569", "ค.ศ. 2026"."""
    year = datetime.date.today().year
    return ((True, f"พ.ศ. {year + i18n_format.BUDDHIST_ERA_OFFSET}"), (False, f"ค.ศ. {year}"))


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

        # What the person typed (else the account's full name): never a system login.
        self.user_name = QLineEdit(ctx.settings.person_name, self)
        self.user_name.setPlaceholderText(self.tr("Your full name, as colleagues know you"))
        self.user_name.setObjectName("settings_user")
        self.user_name.editingFinished.connect(
            lambda: ctx.set_user_name(self.user_name.text()))
        from gmsdesk.ui.first_run import AdminPanel, AgencyPlaceEditor

        # What new SMEs, workshops and events start with; who may move progress back.
        self.agency_place = AgencyPlaceEditor(ctx, self)
        self.admin = AdminPanel(ctx, self)
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

        self.text_size = QComboBox(self)
        self.text_size.setObjectName("settings_text_size")
        automatic = AUTOMATIC_SIZE.get(ctx.language, 100)
        for percent in TEXT_SIZES:
            self.text_size.addItem(
                self.tr("Automatic (%1)").replace("%1", i18n_format.format_percent(
                    ctx.language, automatic)) if percent == 0
                else i18n_format.format_percent(ctx.language, percent), percent)
        self.text_size.setCurrentIndex(max(self.text_size.findData(ctx.settings.text_size), 0))
        self.text_size.currentIndexChanged.connect(self._set_text_size)
        text_size_note = QLabel(self.tr(
            "Automatic sets Khmer, Lao and Burmese a little larger than the other languages. "
            "Windows opened from now on use the new size."), self)
        text_size_note.setObjectName("settings_text_size_note")
        text_size_note.setWordWrap(True)

        # The digits numbers are written in, in this language (shown as the digits themselves),
        # and the era of Thai years: on screen and on paper alike.
        lang = i18n_format.normalize_lang(ctx.language)
        self.digits = QComboBox(self)
        self.digits.setObjectName("settings_digits")
        self.digits.addItem("0 1 2 3 4 5 6 7 8 9", False)
        if lang in i18n_format.NATIVE_DIGITS:
            self.digits.addItem(" ".join(i18n_format.NATIVE_DIGITS[lang]), True)
        self.digits.setCurrentIndex(max(self.digits.findData(ctx.settings.native_digits(lang)),
                                        0))
        self.digits.currentIndexChanged.connect(self._set_digits)
        self.thai_era = QComboBox(self)
        self.thai_era.setObjectName("settings_thai_era")
        for buddhist, example in thai_eras():  # the era named in the UI language too
            name = (self.tr("Buddhist era: %1") if buddhist else self.tr("Gregorian: %1"))
            self.thai_era.addItem(name.replace("%1", example), buddhist)
        self.thai_era.setCurrentIndex(max(self.thai_era.findData(
            ctx.settings.thai_buddhist_era), 0))
        self.thai_era.currentIndexChanged.connect(self._set_thai_era)

        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.apply_language)
        form.addRow(self.tr("Text size"), self.text_size)
        form.addRow("", text_size_note)
        if self.digits.count() > 1:
            form.addRow(self.tr("Digits"), self.digits)
        else:
            self.digits.hide()
        form.addRow(self.tr("Years in Thai"), self.thai_era)
        form.addRow(self.tr("Your name (saved with every change)"), self.user_name)
        form.addRow(self.tr("Your agency's economy and province"), self.agency_place)
        form.addRow(self.tr("Administrator"), self.admin)
        form.addRow(self.tr("Sync"), self.plain_http)
        form.addRow("", plain_http_note)
        form.addRow(self.tr("Data folder"), data)
        form.addRow(self.tr("Version"), QLabel(__version__, self))
        # The settings scroll: at a larger text size, or in Burmese, they are taller than a
        # 768-pixel screen, and the area must not make the main window taller than that.
        page = QWidget(self)
        page.setObjectName("settings_page")
        scroll = QScrollArea(self)
        scroll.setObjectName("settings_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(page)
        layout.addWidget(make_heading(self.tr("Settings"), self))
        layout.addLayout(form)
        from gmsdesk.ui.training.certificate_settings import CertificateSettings

        self.certificates = CertificateSettings(ctx, self)  # the logo, the default rule
        layout.addWidget(make_heading(self.tr("Certificates"), self))
        layout.addWidget(self.certificates)
        from gmsdesk.ui.backups import BackupsPanel  # Settings > Backups

        self.backups = BackupsPanel(ctx, self)
        layout.addWidget(make_heading(self.tr("Backups"), self))
        layout.addWidget(self.backups, 1)
        layout.addStretch(1)

    def _set_text_size(self, _index: int) -> None:
        percent = int(self.text_size.currentData())
        self.ctx.settings.text_size = percent
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_display(app, self.ctx.language, percent)

    def _set_digits(self, _index: int) -> None:
        self.ctx.settings.set_native_digits(self.ctx.language, bool(self.digits.currentData()))

    def _set_thai_era(self, _index: int) -> None:
        self.ctx.settings.thai_buddhist_era = bool(self.thai_era.currentData())

    def _set_plain_http(self, on: bool) -> None:
        self.ctx.db.sync.allow_plain_http(on)

    def showEvent(self, event: QShowEvent) -> None:
        """The enrolment form may have changed the choice, and the agency's name, meanwhile."""
        super().showEvent(event)
        self.plain_http.blockSignals(True)
        self.plain_http.setChecked(self.ctx.db.sync.plain_http_allowed())
        self.plain_http.blockSignals(False)
        self.certificates.refresh()
        self.admin.refresh()  # a sync may have made this an administrator's laptop

    def _apply_language(self) -> None:
        code = self.language.currentData()
        if code and code != self.ctx.language:
            self.ctx.switch_language(code)
