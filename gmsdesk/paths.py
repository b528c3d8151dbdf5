"""Where GMS Desk keeps its data and finds its bundled resources."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "GMSDesk"
RESOURCES = Path(__file__).resolve().parent.parent / "resources"
TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"
DB_FILENAME = "gmsdesk.sqlite3"


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
