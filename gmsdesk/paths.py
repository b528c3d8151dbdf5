"""Where GMS Desk keeps its data and finds its bundled resources.

Every read of a font, seed file, shipped form or compiled translation goes through RESOURCES and
TRANSLATIONS here. An installed wheel carries them inside the package (setup.py copies them to
gmsdesk/_bundled/), and so does the installers' frozen app (packaging/gmsdesk.spec); a source
checkout or an editable install reads the top-level resources/ and translations/ folders
directly.
"""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "GMSDesk"
DB_FILENAME = "gmsdesk.sqlite3"
SOURCE_ROOT = Path(__file__).resolve().parent.parent


def bundled(name: str) -> Path:
    """The folder `name` ("resources" or "translations"): inside the installed package when the
    wheel put it there, else at the top of the source checkout. A real folder either way: Qt
    loads fonts and translations by file name, so a zipped install is not supported."""
    packaged = resources.files("gmsdesk") / "_bundled" / name
    if isinstance(packaged, Path) and packaged.is_dir():
        return packaged.resolve()
    # The installers' frozen app (packaging/gmsdesk.spec) unpacks the same folders beside its
    # modules; PyInstaller's own importlib.resources reader finds them above, this in case not.
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen and (Path(frozen) / "gmsdesk" / "_bundled" / name).is_dir():
        return Path(frozen) / "gmsdesk" / "_bundled" / name
    return SOURCE_ROOT / name


RESOURCES = bundled("resources")
TRANSLATIONS = bundled("translations")


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: `--data-dir`, else `GMSDESK_DATA_DIR`, else the platform's user data dir."""
    chosen = override or os.environ.get("GMSDESK_DATA_DIR")
    if chosen:
        path = Path(chosen).expanduser()
    else:
        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_path(override: str | os.PathLike[str] | None = None) -> Path:
    return data_dir(override) / DB_FILENAME
