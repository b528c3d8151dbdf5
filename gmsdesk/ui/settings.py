"""Typed application settings over QSettings, stored in the data folder (so `--data-dir` isolates
everything), with defaults. No bare string keys elsewhere."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from gmsdesk.i18n import LANGUAGES


class Settings:
    def __init__(self, data_dir: Path) -> None:
        self._s = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)

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
