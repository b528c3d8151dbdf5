"""Map tiles kept on this laptop, read for the survey map (no network).

Raster tiles in the slippy-map scheme (Web Mercator, zoom z has 2^z by 2^z tiles, y counted
from the north): one MBTiles file (SQLite, read-only; its rows are counted from the south as
TMS does) or a folder `z/x/y.png`. Qt-free: the map widget turns the bytes into pictures.
"""

from __future__ import annotations

import math
import re
import sqlite3
from pathlib import Path

__all__ = ["IMAGE_SUFFIXES", "MAX_ZOOM", "MIN_ZOOM", "FolderSource", "MBTilesSource",
           "TileSource", "TilesError", "open_tiles"]

MIN_ZOOM, MAX_ZOOM = 0, 20
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp")

Point = tuple[float, float]  # latitude, longitude


class TilesError(Exception):
    """Map tiles that cannot be used; `reason` says why: missing, unreadable, vector, empty."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


class TileSource:
    """Raster tiles by zoom, column and row (row 0 in the north)."""

    path: Path
    min_zoom: int = 0
    max_zoom: int = 0
    attribution: str = ""

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        raise NotImplementedError

    def center(self) -> tuple[Point, int] | None:
        """Where the tiles are (and a zoom to look at them), if known."""
        return None

    def close(self) -> None:
        """Let go of the file."""


class MBTilesSource(TileSource):
    """One MBTiles file, read-only (its rows are counted from the south: TMS)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                        check_same_thread=False)
            meta = dict(self.conn.execute("SELECT name, value FROM metadata").fetchall()) \
                if self._has("metadata") else {}
            if not self._has("tiles"):
                raise TilesError("unreadable", "no tiles table")
            low, high = self.conn.execute(
                "SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles").fetchone()
        except sqlite3.Error as exc:
            self.close()
            raise TilesError("unreadable", str(exc)) from exc
        except TilesError:
            self.close()
            raise
        if str(meta.get("format") or "").lower() in ("pbf", "mvt"):
            self.close()
            raise TilesError("vector")
        if low is None:
            self.close()
            raise TilesError("empty")
        self.min_zoom, self.max_zoom = int(low), int(high)
        self.meta = {str(k): str(v) for k, v in meta.items()}
        self.attribution = re.sub(r"<[^>]+>", "", self.meta.get("attribution", "")).strip()

    def _has(self, table: str) -> bool:
        return self.conn.execute("SELECT 1 FROM sqlite_master WHERE name = ? AND type IN "
                                 "('table', 'view')", (table,)).fetchone() is not None

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        try:
            row = self.conn.execute(
                "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND "
                "tile_row = ?", (z, x, (1 << z) - 1 - y)).fetchone()
        except sqlite3.Error:  # a damaged file: that tile is drawn as a grid
            return None
        return bytes(row[0]) if row and row[0] else None

    def center(self) -> tuple[Point, int] | None:
        numbers = _numbers(self.meta.get("center", ""))
        if len(numbers) >= 2:
            zoom = int(numbers[2]) if len(numbers) >= 3 else self.max_zoom
            return (numbers[1], numbers[0]), max(self.min_zoom, min(zoom, self.max_zoom))
        bounds = _numbers(self.meta.get("bounds", ""))
        if len(bounds) == 4:
            return ((bounds[1] + bounds[3]) / 2, (bounds[0] + bounds[2]) / 2), self.min_zoom
        try:
            x0, x1, r0, r1 = self.conn.execute(
                "SELECT MIN(tile_column), MAX(tile_column), MIN(tile_row), MAX(tile_row) "
                "FROM tiles WHERE zoom_level = ?", (self.min_zoom,)).fetchone()
        except sqlite3.Error:
            return None
        n = 1 << self.min_zoom
        return _tiles_center(self.min_zoom, x0, x1, n - 1 - r1, n - 1 - r0)

    def close(self) -> None:
        conn = getattr(self, "conn", None)
        if conn is not None:
            conn.close()
            self.conn = None  # type: ignore[assignment]


class FolderSource(TileSource):
    """A folder of tiles as web maps keep them: `z/x/y.png` (or .jpg, .webp)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            zooms = sorted(int(p.name) for p in path.iterdir()
                           if p.is_dir() and p.name.isdigit() and int(p.name) <= MAX_ZOOM)
        except OSError as exc:
            raise TilesError("unreadable", exc.strerror or str(exc)) from exc
        if not zooms:
            raise TilesError("empty")
        self.min_zoom, self.max_zoom = zooms[0], zooms[-1]
        self.suffixes: tuple[str, ...] = IMAGE_SUFFIXES  # the one found first is tried first
        attribution = path / "attribution.txt"
        try:
            if attribution.is_file():
                self.attribution = attribution.read_text("utf-8", "replace").strip()[:200]
        except OSError:
            pass

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        for suffix in self.suffixes:
            file = self.path / str(z) / str(x) / f"{y}{suffix}"
            try:
                data = file.read_bytes()
            except OSError:
                continue
            self.suffixes = (suffix, *(s for s in IMAGE_SUFFIXES if s != suffix))
            return data
        return None

    def center(self) -> tuple[Point, int] | None:
        z = self.min_zoom
        try:
            columns = [int(p.name) for p in (self.path / str(z)).iterdir() if p.name.isdigit()]
            if not columns:
                return None
            rows = [int(p.stem) for x in (min(columns), max(columns))
                    for p in (self.path / str(z) / str(x)).iterdir() if p.stem.isdigit()]
        except OSError:
            return None
        if not rows:
            return None
        return _tiles_center(z, min(columns), max(columns), min(rows), max(rows))


def _numbers(text: str) -> list[float]:
    try:
        return [float(p) for p in text.split(",") if p.strip()]
    except ValueError:
        return []


def _tiles_center(z: int, x0: int, x1: int, y0: int, y1: int) -> tuple[Point, int]:
    """The middle of the tiles x0..x1, y0..y1 at zoom z (y from the north), as lat, lon."""
    n = 1 << z
    x = (x0 + x1 + 1) / 2 / n
    y = (y0 + y1 + 1) / 2 / n
    lon = x * 360.0 - 180.0
    lat = math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y))))
    return (lat, lon), z


def open_tiles(path: str | Path) -> TileSource:
    """The tiles at `path`: a folder of z/x/y images or an MBTiles file (TilesError if not)."""
    where = Path(path)
    if where.is_dir():
        return FolderSource(where)
    if not where.is_file():
        raise TilesError("missing", str(where))
    return MBTilesSource(where)
