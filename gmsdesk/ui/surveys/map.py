"""A location answered on a map drawn from map tiles kept on this laptop (no network).

The tiles are raster images in the slippy-map scheme (Web Mercator, 256 px, zoom z has 2^z
by 2^z tiles, y counted from the north): either one MBTiles file (SQLite, rows counted from
the south as TMS does) or a folder `z/x/y.png`. Which one is a setting of this laptop, kept
in the database's own settings (the `meta` table, which never syncs). The dialog writes the
same text the typed fields store ("lat lon alt acc", points joined by ";"), so the two ways
of answering agree.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gmsdesk.forms import geo
from gmsdesk.storage.map_tiles import MAX_ZOOM, MIN_ZOOM, TilesError, TileSource, open_tiles
from gmsdesk.ui import labels
from gmsdesk.ui.surveys.texts import fill
from gmsdesk.ui.widgets import fit_to_screen, keep_enter_in_fields

TILES_META_KEY = "map_tiles"  # where this laptop's map tiles are (a file or a folder)
TILE = 256  # px; the scene is the world at zoom 0, one tile of TILE units
MAX_LAT = 85.0511287798  # Web Mercator stops here
POINT_ZOOM = 16  # an answer is first shown this close (or the tiles' deepest zoom)
FALLBACK_LEVELS = 4  # a missing tile is drawn from its parent up to this many zooms up
CACHE_TILES = 384
CLICK_SLOP = 4  # px a press may move and still be a click (more: the map is dragged)
DECIMALS = 6  # about 10 cm: what a map click can tell apart

Point = tuple[float, float]  # latitude, longitude


# -- Web Mercator -----------------------------------------------------------------------------


def to_scene(lat: float, lon: float) -> QPointF:
    """The place `lat`, `lon` in scene units (the world at zoom 0: 256 x 256)."""
    lat = max(-MAX_LAT, min(MAX_LAT, lat))
    x = (lon + 180.0) / 360.0 * TILE
    sin = math.sin(math.radians(lat))
    y = (0.5 - math.log((1 + sin) / (1 - sin)) / (4 * math.pi)) * TILE
    return QPointF(x, y)


def from_scene(point: QPointF) -> Point:
    """The latitude and longitude at a scene point (clamped to the world)."""
    x = min(max(point.x(), 0.0), float(TILE))
    y = min(max(point.y(), 0.0), float(TILE))
    lon = x / TILE * 360.0 - 180.0
    lat = math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y / TILE))))
    return lat, lon


def parse_points(value: Any) -> list[Point]:
    """The points of an answer ("lat lon alt acc;..."); what is not a point is left out."""
    points: list[Point] = []
    for part in str(value or "").split(";"):
        point = geo.parse_point(part.replace(",", " "))
        if point is not None:
            points.append((point.latitude, point.longitude))
    return points


def _number(value: float) -> str:
    text = f"{round(value, DECIMALS):.{DECIMALS}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def answer_text(kind: str, points: Sequence[Point]) -> str | None:
    """What the typed fields store for `points`: "lat lon 0 0" (a place picked on a map has no
    altitude and no measured accuracy), joined by ";"; a geoshape closed."""
    if not points:
        return None
    if kind == "geopoint":
        points = points[-1:]
    elif kind == "geoshape" and len(points) >= 3 and points[0] != points[-1]:
        points = [*points, points[0]]
    return ";".join(f"{_number(lat)} {_number(lon)} 0 0" for lat, lon in points)


# -- tiles ------------------------------------------------------------------------------------


def database_of(widget: QObject | None) -> Any:
    """The database of the dialog holding `widget` (its `db`), None in a preview."""
    node = widget
    while node is not None:
        db = getattr(node, "db", None)
        if db is not None and hasattr(db, "meta") and hasattr(db, "set_meta_atomic"):
            return db
        node = node.parent()
    return None


def tiles_path(db: Any) -> str:
    """Where this laptop's map tiles are ("" when none was chosen)."""
    if db is None:
        return ""
    try:
        return str(db.meta(TILES_META_KEY, "") or "")
    except Exception:  # a setting that cannot be read is a map not shown, not a crash
        return ""


def set_tiles_path(db: Any, path: str) -> None:
    db.set_meta_atomic(TILES_META_KEY, path)


# -- the map ----------------------------------------------------------------------------------


class MapView(QGraphicsView):
    """The tiles around a place, at whole zoom levels: drag to move, the wheel or + and - to
    zoom, a click (or Space, at the cross in the middle) to place a point."""

    clicked = Signal(float, float)  # latitude, longitude
    remove_last = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source: TileSource | None = None
        self.zoom = 2
        self.interactive = True
        self._cache: OrderedDict[tuple[int, int, int], QPixmap | None] = OrderedDict()
        self._pressed: QPoint | None = None
        self.setScene(QGraphicsScene(QRectF(0, 0, TILE, TILE), self))
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumSize(320, 240)
        self._apply_zoom()

    def set_source(self, source: TileSource | None) -> None:
        self.source = source
        self._cache.clear()
        self.viewport().update()

    # -- where the map looks -------------------------------------------------------------

    def _apply_zoom(self) -> None:
        scale = float(1 << self.zoom)
        self.resetTransform()
        self.scale(scale, scale)
        # Room to move a place to the middle even at the edge of the world.
        margin = self.viewport().width() / scale
        self.setSceneRect(QRectF(-margin, -margin, TILE + 2 * margin, TILE + 2 * margin))

    def center_on(self, lat: float, lon: float, zoom: int | None = None) -> None:
        if zoom is not None:
            self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
            self._apply_zoom()
        self.centerOn(to_scene(lat, lon))

    def center_point(self) -> Point:
        return from_scene(self.mapToScene(self.viewport().rect().center()))

    def set_zoom(self, zoom: int, anchor: QPoint | None = None) -> None:
        """Zoom to `zoom`, keeping the place under `anchor` (the middle if None) in place."""
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        if zoom == self.zoom:
            return
        anchor = anchor if anchor is not None else self.viewport().rect().center()
        fixed = self.mapToScene(anchor)
        middle = self.mapToScene(self.viewport().rect().center())
        factor = float(1 << self.zoom) / float(1 << zoom)
        self.zoom = zoom
        self._apply_zoom()
        self.centerOn(fixed + (middle - fixed) * factor)
        self.viewport().update()

    def fit(self, points: Sequence[Point]) -> None:
        """Show `points` whole, as close as the tiles allow."""
        deepest = self.source.max_zoom if self.source is not None else POINT_ZOOM
        deepest = max(MIN_ZOOM, min(MAX_ZOOM, deepest))
        if len(points) == 1:
            self.center_on(*points[0], zoom=min(deepest, POINT_ZOOM))
            return
        scene = [to_scene(lat, lon) for lat, lon in points]
        xs, ys = [p.x() for p in scene], [p.y() for p in scene]
        width, height = max(max(xs) - min(xs), 1e-9), max(max(ys) - min(ys), 1e-9)
        room = self.viewport().size()
        zoom = MIN_ZOOM
        for z in range(min(deepest, POINT_ZOOM + 2), MIN_ZOOM - 1, -1):
            if width * (1 << z) <= room.width() * 0.8 and height * (1 << z) <= room.height() * 0.8:
                zoom = z
                break
        self.zoom = zoom
        self._apply_zoom()
        self.centerOn(QPointF((max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2))

    # -- drawing -------------------------------------------------------------------------

    def tile_pixmap(self, z: int, x: int, y: int) -> QPixmap | None:
        """The tile (z, x, y) as a picture, None when the tiles lack it or it is no image."""
        key = (z, x, y)
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        pixmap: QPixmap | None = None
        data = self.source.tile(z, x, y) if self.source is not None else None
        if data:
            pixmap = QPixmap()
            if not pixmap.loadFromData(data) or pixmap.isNull():
                pixmap = None
        self._cache[key] = pixmap
        if len(self._cache) > CACHE_TILES:
            self._cache.popitem(last=False)
        return pixmap

    def drawBackground(self, painter: QPainter, exposed: QRectF | QRect) -> None:
        rect = QRectF(exposed)
        painter.fillRect(rect, QColor("#dfe4ea"))
        z = self.zoom
        n = 1 << z
        size = TILE / n
        first_x, last_x = max(0, int(rect.left() // size)), min(n - 1, int(rect.right() // size))
        first_y, last_y = max(0, int(rect.top() // size)), min(n - 1, int(rect.bottom() // size))
        grid = QPen(QColor("#c3cad3"))
        grid.setCosmetic(True)
        for x in range(first_x, last_x + 1):
            for y in range(first_y, last_y + 1):
                target = QRectF(x * size, y * size, size, size)
                if not self._draw_tile(painter, target, z, x, y):
                    painter.fillRect(target, QColor("#f3f5f8"))
                    painter.setPen(grid)
                    painter.drawRect(target)

    def _draw_tile(self, painter: QPainter, target: QRectF, z: int, x: int, y: int) -> bool:
        """Draw tile (z, x, y), or the part of a parent tile over it; False if neither is
        there."""
        for up in range(FALLBACK_LEVELS + 1):
            if z - up < 0:
                break
            pixmap = self.tile_pixmap(z - up, x >> up, y >> up)
            if pixmap is None:
                continue
            part = pixmap.width() / (1 << up)
            source = QRectF((x - ((x >> up) << up)) * part, (y - ((y >> up) << up)) * part,
                            part, part * pixmap.height() / pixmap.width())
            painter.drawPixmap(target, pixmap, source)
            return True
        return False

    def drawForeground(self, painter: QPainter, exposed: QRectF | QRect) -> None:
        if not self.interactive:
            return
        painter.save()
        painter.resetTransform()
        middle = self.viewport().rect().center()
        pen = QPen(QColor(32, 33, 36, 160))
        pen.setWidth(1)
        painter.setPen(pen)
        painter.drawLine(middle.x() - 8, middle.y(), middle.x() + 8, middle.y())
        painter.drawLine(middle.x(), middle.y() - 8, middle.x(), middle.y() + 8)
        painter.restore()

    # -- input ---------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        middle = self.mapToScene(self.viewport().rect().center())
        super().resizeEvent(event)
        self._apply_zoom()
        self.centerOn(middle)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y()
        if steps:
            self.set_zoom(self.zoom + (1 if steps > 0 else -1), event.position().toPoint())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_zoom(self.zoom + 1)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.set_zoom(self.zoom - 1)
        elif key == Qt.Key.Key_Space and self.interactive:
            self.clicked.emit(*self.center_point())
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete) and self.interactive:
            self.remove_last.emit()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = max(16, self.viewport().width() // 6)
            dx = -step if key == Qt.Key.Key_Left else step if key == Qt.Key.Key_Right else 0
            dy = -step if key == Qt.Key.Key_Up else step if key == Qt.Key.Key_Down else 0
            self.centerOn(self.mapToScene(self.viewport().rect().center() + QPoint(dx, dy)))
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, self._pressed = self._pressed, None
        super().mouseReleaseEvent(event)
        if pressed is None or event.button() != Qt.MouseButton.LeftButton or \
                not self.interactive:
            return
        where = event.position().toPoint()
        if (where - pressed).manhattanLength() <= CLICK_SLOP:
            self.clicked.emit(*from_scene(self.mapToScene(where)))


class MapDialog(QDialog):
    """A geopoint, geotrace or geoshape on the map: OK gives `value()`, the answer's text;
    Cancel changes nothing. Read-only, the answer is only shown."""

    def __init__(self, kind: str, value: Any, db: Any = None, *, read_only: bool = False,
                 title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("map_dialog")
        self.kind = kind
        self.db = db
        self.read_only = read_only
        self.points: list[Point] = parse_points(value)
        if kind == "geoshape" and len(self.points) >= 4 and self.points[0] == self.points[-1]:
            self.points.pop()  # the closing point is drawn, not kept as a corner
        if kind == "geopoint":
            self.points = self.points[:1]
        self.source: TileSource | None = None
        self._placed = False

        self.help = QLabel(self)
        self.help.setObjectName("map_help")
        self.help.setWordWrap(True)
        self.view = MapView(self)
        self.view.setObjectName("map_view")
        self.view.interactive = not read_only
        self.view.clicked.connect(self.add_point)
        self.view.remove_last.connect(self.remove_last)
        self.zoom_in = QToolButton(self)
        self.zoom_in.setObjectName("map_zoom_in")
        self.zoom_in.setText("+")
        self.zoom_in.clicked.connect(lambda: self.view.set_zoom(self.view.zoom + 1))
        self.zoom_out = QToolButton(self)
        self.zoom_out.setObjectName("map_zoom_out")
        self.zoom_out.setText("−")
        self.zoom_out.clicked.connect(lambda: self.view.set_zoom(self.view.zoom - 1))
        self.attribution = QLabel(self)
        self.attribution.setObjectName("map_attribution")
        self.attribution.setStyleSheet("color: #5f6368;")
        map_page = QWidget(self)
        map_layout = QVBoxLayout(map_page)
        map_layout.setContentsMargins(0, 0, 0, 0)
        map_layout.addWidget(self.view, 1)
        under = QHBoxLayout()
        under.addWidget(self.zoom_in)
        under.addWidget(self.zoom_out)
        under.addWidget(self.attribution, 1)
        map_layout.addLayout(under)

        self.no_tiles = QLabel(self)
        self.no_tiles.setObjectName("map_no_tiles")
        self.no_tiles.setWordWrap(True)
        self.no_tiles.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_tiles.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.no_tiles.setMargin(24)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(map_page)
        self.pages.addWidget(self.no_tiles)

        self.status = QLabel(self)
        self.status.setObjectName("map_status")
        self.status.setWordWrap(True)
        self.choose_button = QPushButton(self)
        self.choose_button.setObjectName("map_choose_tiles")
        menu = QMenu(self.choose_button)
        self.choose_file_action = menu.addAction("")
        self.choose_file_action.triggered.connect(self.choose_file)
        self.choose_folder_action = menu.addAction("")
        self.choose_folder_action.triggered.connect(self.choose_folder)
        self.choose_button.setMenu(menu)
        self.choose_button.setVisible(not read_only or db is not None)
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("map_remove_last")
        self.undo_button.clicked.connect(self.remove_last)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("map_clear")
        self.clear_button.clicked.connect(self.clear_points)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("map_cancel")
        self.cancel_button.clicked.connect(self.reject)
        self.ok_button = QPushButton(self)
        self.ok_button.setObjectName("map_ok")
        self.ok_button.clicked.connect(self.accept)
        for button in (self.undo_button, self.clear_button, self.ok_button):
            button.setVisible(not read_only)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.clear_button)
        buttons.addSpacing(16)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.help)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self._line = QGraphicsPathItem()
        line_pen = QPen(QColor("#1a5fb4"))
        line_pen.setWidth(3)
        line_pen.setCosmetic(True)
        self._line.setPen(line_pen)
        if kind == "geoshape":
            self._line.setBrush(QBrush(QColor(26, 95, 180, 60)))
        self._line.setZValue(1)
        self.view.scene().addItem(self._line)
        self._dots: list[QGraphicsEllipseItem] = []

        self._retranslate(title)
        self.load_tiles(tiles_path(db))
        self._draw_points()
        # Enter moves between the buttons, never closes: Ctrl+Enter is OK.
        keep_enter_in_fields(self, None if read_only else self.accept)
        fit_to_screen(self, 920, 640)

    def _retranslate(self, title: str) -> None:
        self.setWindowTitle(title or self.tr("Map"))
        if self.read_only:
            self.help.setText(self.tr("The answer on the map. Drag to move the map; turn the "
                                      "mouse wheel or press + and - to zoom."))
        elif self.kind == "geopoint":
            self.help.setText(self.tr("Click the place to put the point there (or press Space "
                                      "for the cross in the middle). Drag to move the map; "
                                      "turn the mouse wheel or press + and - to zoom."))
        elif self.kind == "geoshape":
            self.help.setText(self.tr("Click each corner of the shape in turn (or press Space "
                                      "for the cross in the middle); the shape closes by "
                                      "itself. Backspace removes the last corner. Drag to "
                                      "move the map; the mouse wheel or + and - zoom."))
        else:
            self.help.setText(self.tr("Click each point of the line in turn (or press Space "
                                      "for the cross in the middle). Backspace removes the "
                                      "last point. Drag to move the map; the mouse wheel or "
                                      "+ and - zoom."))
        self.zoom_in.setToolTip(self.tr("Zoom in (+)"))
        self.zoom_out.setToolTip(self.tr("Zoom out (-)"))
        self.choose_button.setText(self.tr("Choose map tiles…"))
        self.choose_file_action.setText(self.tr("An MBTiles file…"))
        self.choose_folder_action.setText(self.tr("A folder of tiles (zoom/x/y.png)…"))
        self.undo_button.setText(self.tr("Remove last point") if self.kind != "geopoint"
                                 else self.tr("Remove the point"))
        self.clear_button.setText(self.tr("Remove all"))
        self.clear_button.setVisible(not self.read_only and self.kind != "geopoint")
        self.cancel_button.setText(self.tr("Close") if self.read_only else self.tr("Cancel"))
        self.ok_button.setText(self.tr("OK"))
        self.ok_button.setToolTip(self.tr("Use this answer (Ctrl+Enter)"))

    # -- tiles ---------------------------------------------------------------------------

    def load_tiles(self, path: str) -> bool:
        """Show the tiles at `path`; without tiles, say so and how to choose them."""
        if self.source is not None:
            self.source.close()
            self.source = None
        self.view.set_source(None)
        if not path:
            self._show_no_tiles(self.tr("No map tiles are set up on this laptop, so no map "
                                        "can be shown. Choose map tiles kept on this laptop: "
                                        "an MBTiles file, or a folder of tiles (zoom/x/y.png). "
                                        "You can also close this and type the location."))
            return False
        try:
            self.source = open_tiles(path)
        except TilesError as exc:
            self._show_no_tiles(self._tiles_problem(exc, path))
            return False
        self.view.set_source(self.source)
        self.attribution.setText(self.source.attribution)
        self.pages.setCurrentIndex(0)
        self._map_shown(True)
        self._placed = False
        if self.isVisible():
            self._place()
        return True

    def _tiles_problem(self, exc: TilesError, path: str) -> str:
        name = Path(path).name or path
        if exc.reason == "missing":
            text = self.tr("The map tiles chosen for this laptop (%1) are no longer there. "
                           "Choose map tiles again, or close this and type the location.")
        elif exc.reason == "vector":
            text = self.tr("%1 holds vector tiles, which GMS Desk cannot draw. Choose raster "
                           "tiles (PNG or JPEG pictures) instead.")
        elif exc.reason == "empty":
            text = self.tr("%1 holds no map tiles. Choose an MBTiles file or a folder of "
                           "tiles (zoom/x/y.png).")
        else:
            text = self.tr("%1 cannot be read as map tiles. Choose an MBTiles file or a "
                           "folder of tiles (zoom/x/y.png).")
        return fill(text, name)

    def _show_no_tiles(self, text: str) -> None:
        self.no_tiles.setText(text)
        self.attribution.clear()
        self.pages.setCurrentIndex(1)
        self.choose_button.setVisible(True)
        self._map_shown(False)

    def _map_shown(self, shown: bool) -> None:
        """Without a map there is nothing to click: its help and its buttons step aside."""
        self.help.setVisible(shown)
        self.status.setVisible(shown)
        self.ok_button.setEnabled(shown)
        self.undo_button.setEnabled(shown and bool(self.points))
        self.clear_button.setEnabled(shown and bool(self.points))

    def has_map(self) -> bool:
        return self.pages.currentIndex() == 0

    def use_tiles(self, path: str) -> bool:
        """Use the tiles at `path` from now on (kept for this laptop when they can be read)."""
        if not self.load_tiles(path):
            return False
        if self.db is not None:
            try:
                set_tiles_path(self.db, path)
            except Exception:  # the map works now; only remembering it failed
                self.status.setText(self.tr("These map tiles could not be remembered for "
                                            "next time."))
        return True

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose map tiles"),
                                              self._start_folder(),
                                              self.tr("Map tiles (*.mbtiles);;All files (*)"))
        if path:
            self.use_tiles(path)

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder of map tiles"),
                                                self._start_folder())
        if path:
            self.use_tiles(path)

    def _start_folder(self) -> str:
        chosen = tiles_path(self.db)
        return str(Path(chosen).parent) if chosen else ""

    # -- where the map first looks -------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._placed:
            self._place()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _place(self) -> None:
        self._placed = True
        if self.points:
            self.view.fit(self.points)
            return
        found = self.source.center() if self.source is not None else None
        if found is not None:
            (lat, lon), zoom = found
            self.view.center_on(lat, lon, zoom)
        else:
            self.view.center_on(15.0, 103.0, 4)  # the Mekong region

    # -- points --------------------------------------------------------------------------

    def add_point(self, lat: float, lon: float) -> None:
        if self.read_only:
            return
        point = (round(lat, DECIMALS), round(lon, DECIMALS))
        if self.kind == "geopoint":
            self.points = [point]
        else:
            self.points.append(point)
        self._draw_points()

    def remove_last(self) -> None:
        if self.points and not self.read_only:
            self.points.pop()
            self._draw_points()

    def clear_points(self) -> None:
        self.points.clear()
        self._draw_points()

    def value(self) -> str | None:
        """The answer's text as the typed fields store it (None: no point)."""
        return answer_text(self.kind, self.points)

    def problem(self) -> str | None:
        if self.kind == "geotrace" and len(self.points) == 1:
            return self.tr("A line needs at least two points.")
        if self.kind == "geoshape" and 0 < len(set(self.points)) < 3:
            return self.tr("A shape needs at least three points.")
        return None

    def _draw_points(self) -> None:
        scene = self.view.scene()
        for dot in self._dots:
            scene.removeItem(dot)
        self._dots.clear()
        where = [to_scene(lat, lon) for lat, lon in self.points]
        path = QPainterPath()
        if self.kind != "geopoint" and where:
            path.moveTo(where[0])
            for point in where[1:]:
                path.lineTo(point)
            if self.kind == "geoshape" and len(where) >= 3:
                path.closeSubpath()
        self._line.setPath(path)
        radius = 7 if self.kind == "geopoint" else 5
        for index, point in enumerate(where):
            dot = QGraphicsEllipseItem(-radius, -radius, 2 * radius, 2 * radius)
            dot.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            dot.setPos(point)
            dot.setBrush(QColor("#c01c28") if index == len(where) - 1 else QColor("#1a5fb4"))
            pen = QPen(QColor("white"))
            pen.setWidth(2)
            dot.setPen(pen)
            dot.setZValue(2)
            scene.addItem(dot)
            self._dots.append(dot)
        self.undo_button.setEnabled(self.has_map() and bool(self.points))
        self.clear_button.setEnabled(self.has_map() and bool(self.points))
        self._show_status()

    def _show_status(self) -> None:
        problem = self.problem()
        if self.kind == "geopoint":
            if self.points:
                lat, lon = self.points[0]
                text = fill(self.tr("Latitude %1, longitude %2"),
                            labels.format_number(lat, decimals=DECIMALS, grouping=False),
                            labels.format_number(lon, decimals=DECIMALS, grouping=False))
            else:
                text = self.tr("No point yet.")
        else:
            count = len(self.points)
            text = fill(self.tr("Points: %1"), labels.format_count(count)) if count \
                else self.tr("No points yet.")
            if problem:
                text = f"{text} · {problem}"
        self.status.setText(text)

    # -- closing -------------------------------------------------------------------------

    def accept(self) -> None:
        if self.read_only:
            self.reject()
            return
        if not self.has_map():  # Ctrl+Enter with nothing picked: the answer stays
            return
        problem = self.problem()
        if problem:
            self.status.setText(problem)
            return
        super().accept()

    def done(self, result: int) -> None:
        if self.source is not None:
            self.source.close()
            self.source = None
        self.view.set_source(None)
        super().done(result)


def open_map(owner: QWidget, kind: str, value: Any, on_ok: Callable[[str | None], None], *,
             read_only: bool = False, title: str = "") -> MapDialog:
    """Open the map for an answer of `owner`; `on_ok` gets the new text when OK is pressed.
    The dialog is window-modal and returns at once."""
    dialog = MapDialog(kind, value, database_of(owner), read_only=read_only, title=title,
                       parent=owner)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: on_ok(dialog.value()))
    dialog.open()
    return dialog
