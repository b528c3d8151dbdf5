"""Typed application settings over QSettings, stored in the data folder (so `--data-dir` isolates
everything), with defaults. No bare string keys elsewhere."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

from gmsdesk import i18n_format
from gmsdesk.i18n import LANGUAGES
from gmsdesk.records.catalog import COUNTRIES

if TYPE_CHECKING:
    from gmsdesk.storage.db import Database

# Text sizes offered, in percent of the platform's size; 0: automatic (larger for the scripts
# that look small and dense at a Latin point size, see gmsdesk.ui.fonts).
TEXT_SIZES = (0, 100, 115, 130, 150)

# The demo data folder ("Try it with demo data" at the first start): a folder of its own inside
# the data folder, with a file saying what it is. It has no settings of its own: the language,
# the name and the agency's place are those of the data folder it is in.
DEMO_FOLDER = "demo"
DEMO_MARK = "DEMO-DATA.txt"


def is_demo_folder(folder: Path) -> bool:
    return (folder / DEMO_MARK).is_file()


def settings_file(data_dir: Path) -> Path:
    home = data_dir.parent if is_demo_folder(data_dir) else data_dir
    return home / "settings.ini"


def place_defaults(data_dir: Path) -> dict[str, str]:
    """The agency's economy and province chosen at the first start, as a new record's values
    ({"country": "LA", "province": "Vientiane Capital"}): only what was chosen. Read when a form
    for a new SME, workshop or event opens, so a change in Settings holds at once."""
    held = QSettings(str(settings_file(data_dir)), QSettings.Format.IniFormat)
    economy = str(held.value("agency/economy", "") or "")
    if economy not in COUNTRIES:
        return {}
    province = str(held.value("agency/province", "") or "").strip()
    return {"country": economy, **({"province": province} if province else {})}


# -- the administrator password ----------------------------------------------------------------

ADMIN_PASSWORD_MIN = 6  # characters
_ADMIN_PASSWORD = "admin_password"  # meta: its scrypt hash, salt and cost (JSON)
# About 50 ms a try on a laptop: guessing is slow, typing it is not.
_ADMIN_COST = {"n": 1 << 14, "r": 8, "p": 1}


def _admin_digest(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    text = unicodedata.normalize("NFC", password)  # typed the same, whatever the keyboard
    return hashlib.scrypt(text.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=64 << 20,
                          dklen=32)


def has_admin_password(db: Database) -> bool:
    return bool(db.meta(_ADMIN_PASSWORD))


def check_admin_password(db: Database, password: str) -> bool:
    """Whether `password` is this computer's administrator password (False when none is set,
    or what is kept cannot be read)."""
    raw = db.meta(_ADMIN_PASSWORD)
    if not raw or not password:
        return False
    try:
        held = json.loads(raw)
        salt, want = bytes.fromhex(held["salt"]), bytes.fromhex(held["hash"])
        cost = (int(held["n"]), int(held["r"]), int(held["p"]))
        got = _admin_digest(password, salt, *cost)
    except (ValueError, KeyError, TypeError, MemoryError):
        return False
    return hmac.compare_digest(got, want)


def set_admin_password(db: Database, password: str, old: str = "") -> bool:
    """Set this computer's administrator password, or with "" remove it (no administrator on
    this computer). Kept as a salted scrypt hash in the database's own settings (the `meta`
    table, which never syncs): deleting or editing the settings file grants nothing. A
    password already set must be given as `old`; False when it is not (nothing changed)."""
    if has_admin_password(db) and not check_admin_password(db, old):
        return False
    if not password:
        with db.atomic():
            db.delete_meta(_ADMIN_PASSWORD)
        return True
    salt = secrets.token_bytes(16)
    digest = _admin_digest(password, salt, **_ADMIN_COST)
    db.set_meta_atomic(_ADMIN_PASSWORD, json.dumps(
        {"hash": digest.hex(), "salt": salt.hex(), **_ADMIN_COST}, separators=(",", ":")))
    return True


def copy_admin_password(source: Database, target: Database) -> None:
    """The same administrator password in `target` (the demo data folder's database)."""
    raw = source.meta(_ADMIN_PASSWORD)
    if raw:
        target.set_meta_atomic(_ADMIN_PASSWORD, raw)


class Settings:
    def __init__(self, data_dir: Path) -> None:
        self._s = QSettings(str(settings_file(data_dir)), QSettings.Format.IniFormat)
        # Digits and era are one rule for the screens and the PDFs (written in worker threads
        # too): the choices stored here hold for the whole process from now on.
        self.apply_locale_preferences()
        # The database, once open: whether headquarters made this an administrator's laptop.
        self.database: Database | None = None
        self._admin_session = False  # the administrator password was given; until the app ends
        if self._s.contains("user/admin"):  # the old checkbox anyone could tick grants nothing
            self._s.remove("user/admin")
            self._s.sync()

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
    def person_name(self) -> str:
        """The person's name for a field that asks who did something (a service's staff, the
        Settings' "Your name"): what they typed, else the full name the system keeps for the
        account; "" rather than a login such as "root" (the field then asks for it)."""
        from gmsdesk.storage.db import os_full_name

        return self.user_name or os_full_name()

    # -- the administrator role ---------------------------------------------------------------

    @property
    def is_admin(self) -> bool:
        """An administrator may move training progress back (recorded) and retire form
        versions: on a laptop headquarters made an administrator's (with its enrolment), or
        once the administrator password was given, until the app closes. Never a value of
        the settings file, which anyone could change."""
        return self._admin_session or self.admin_by_headquarters

    @is_admin.setter
    def is_admin(self, value: bool) -> None:
        """Administrator mode for this session only (the password was given), or no more."""
        self._admin_session = bool(value)

    @property
    def admin_by_headquarters(self) -> bool:
        return self.database is not None and self.database.sync.admin_granted()

    def unlock_admin(self, password: str) -> bool:
        """Administrator mode until the app closes, if `password` is the administrator's."""
        right = self.database is not None and check_admin_password(self.database, password)
        if right:
            self._admin_session = True
        return right

    # -- the first start ----------------------------------------------------------------------

    @property
    def first_run_done(self) -> bool:
        """The first start's questions were asked (or skipped): never again."""
        return str(self._s.value("first_run/done", "false")).lower() in ("true", "1")

    @first_run_done.setter
    def first_run_done(self, done: bool) -> None:
        self._s.setValue("first_run/done", bool(done))
        self._s.sync()

    @property
    def demo_active(self) -> bool:
        """Demo data is being tried: the demo data folder opens instead of this one."""
        return str(self._s.value("demo/active", "false")).lower() in ("true", "1")

    @demo_active.setter
    def demo_active(self, on: bool) -> None:
        self._s.setValue("demo/active", bool(on))
        self._s.sync()

    @property
    def agency_economy(self) -> str:
        """The agency's economy (a code of COUNTRIES), "" when not chosen: new SMEs,
        workshops and events start with it."""
        value = str(self._s.value("agency/economy", "") or "")
        return value if value in COUNTRIES else ""

    @agency_economy.setter
    def agency_economy(self, code: str) -> None:
        self._s.setValue("agency/economy", code if code in COUNTRIES else "")
        self._s.sync()

    @property
    def agency_province(self) -> str:
        """The agency's province (its English name, as records keep it), "" when none."""
        return str(self._s.value("agency/province", "") or "")

    @agency_province.setter
    def agency_province(self, name: str) -> None:
        self._s.setValue("agency/province", name.strip())
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
