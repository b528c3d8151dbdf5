"""Typed application settings over QSettings, stored in the data folder (so `--data-dir` isolates
everything), with defaults. No bare string keys elsewhere."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from gmsdesk import i18n_format
from gmsdesk.i18n import LANGUAGES

# Text sizes offered, in percent of the platform's size; 0: automatic (larger for the scripts
# that look small and dense at a Latin point size, see gmsdesk.ui.fonts).
TEXT_SIZES = (0, 100, 115, 130, 150)


class Settings:
    def __init__(self, data_dir: Path) -> None:
        self._s = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
        # Digits and era are one rule for the screens and the PDFs (written in worker threads
        # too): the choices stored here hold for the whole process from now on.
        self.apply_locale_preferences()

    # -- numbers, dates and text size -------------------------------------------------------

    @property
    def text_size(self) -> int:
        """The text size in percent; 0 for automatic."""
        try:
            value = int(str(self._s.value("ui/text_size", 0)))
        except ValueError:
            return 0
        return value if value in TEXT_SIZES else 0

    @text_size.setter
    def text_size(self, percent: int) -> None:
        self._s.setValue("ui/text_size", percent if percent in TEXT_SIZES else 0)
        self._s.sync()

    def native_digits(self, lang: str) -> bool:
        """Whether numbers in `lang` are written in its own digits (its default otherwise)."""
        code = i18n_format.normalize_lang(lang)
        value = self._s.value(f"locale/native_digits_{code}")
        if value is None:
            return i18n_format.rule(code, i18n_format.Preferences()).digits != "0123456789"
        return str(value).lower() in ("true", "1")

    def set_native_digits(self, lang: str, on: bool) -> None:
        code = i18n_format.normalize_lang(lang)
        if code in i18n_format.NATIVE_DIGITS:
            self._s.setValue(f"locale/native_digits_{code}", bool(on))
            self._s.sync()
            self.apply_locale_preferences()

    @property
    def thai_buddhist_era(self) -> bool:
        """Thai years in the Buddhist era (พ.ศ.), on screen and on paper; else Gregorian."""
        return str(self._s.value("locale/thai_buddhist_era", "true")).lower() in ("true", "1")

    @thai_buddhist_era.setter
    def thai_buddhist_era(self, on: bool) -> None:
        self._s.setValue("locale/thai_buddhist_era", bool(on))
        self._s.sync()
        self.apply_locale_preferences()

    def locale_preferences(self) -> i18n_format.Preferences:
        digits = {}
        for code in i18n_format.NATIVE_DIGITS:
            if self._s.value(f"locale/native_digits_{code}") is not None:
                digits[code] = self.native_digits(code)
        return i18n_format.Preferences(native_digits=digits,
                                       buddhist_era=self.thai_buddhist_era)

    def apply_locale_preferences(self) -> None:
        i18n_format.set_preferences(self.locale_preferences())

    @property
    def language(self) -> str:
        value = str(self._s.value("ui/language", "en"))
        return value if value in LANGUAGES else "en"

    @language.setter
    def language(self, code: str) -> None:
        self._s.setValue("ui/language", code if code in LANGUAGES else "en")
        self._s.sync()

    @property
    def user_name(self) -> str:
        return str(self._s.value("user/name", ""))

    @user_name.setter
    def user_name(self, name: str) -> None:
        self._s.setValue("user/name", name.strip())
        self._s.sync()

    @property
    def is_admin(self) -> bool:
        """An administrator on this computer may move training progress back (recorded)."""
        return str(self._s.value("user/admin", "false")).lower() in ("true", "1")

    @is_admin.setter
    def is_admin(self, value: bool) -> None:
        self._s.setValue("user/admin", bool(value))
        self._s.sync()

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._s.value("ui/geometry")
        return value if isinstance(value, QByteArray) else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._s.setValue("ui/geometry", value)

    @property
    def last_folder(self) -> str:
        return str(self._s.value("ui/last_folder", str(Path.home())))

    @last_folder.setter
    def last_folder(self, folder: str) -> None:
        self._s.setValue("ui/last_folder", folder)
