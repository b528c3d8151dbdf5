"""Locations picked on a map drawn from tiles kept on the laptop: an MBTiles file or a folder
z/x/y.png made here, a click for a point, clicks for a line or a shape, the same text the typed
fields store; no tiles said plainly, with a way to choose them; zooms without tiles drawn as a
grid; Enter never closes the map."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtTest import QTest

from gmsdesk.storage.db import Database
from gmsdesk.ui.surveys import map as maps
from gmsdesk.ui.surveys.questions import GeopointWidget, GeoTraceWidget
from gmsdesk.ui.surveys.renderer import FormRenderer
from tests.ui.test_surveys import import_form, write_xlsform
from tests.ui.test_surveys_renderer import open_renderer

ZOOMS = (0, 1, 2)


def tile_color(z: int, x: int, y: int) -> QColor:
    return QColor.fromHsv((x * 67 + y * 131 + z * 29) % 360, 110, 225)


def tile_png(z: int, x: int, y: int) -> bytes:
    image = QImage(256, 256, QImage.Format.Format_RGB32)
    image.fill(tile_color(z, x, y))
    painter = QPainter(image)
    painter.setPen(QColor("#30343a"))
    painter.drawRect(0, 0, 255, 255)
    painter.drawText(12, 24, f"{z}/{x}/{y}")
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def make_mbtiles(path: Path) -> Path:
    """An MBTiles file as the specification has it: rows counted from the south (TMS)."""
    conn = sqlite3.connect(path)
    conn.executescript("CREATE TABLE metadata (name text, value text);"
                       "CREATE TABLE tiles (zoom_level integer, tile_column integer, "
                       "tile_row integer, tile_data blob);")
    conn.executemany("INSERT INTO metadata VALUES (?, ?)",
                     [("name", "test"), ("format", "png"), ("attribution", "<b>Test</b> map"),
                      ("minzoom", "0"), ("maxzoom", "2"), ("center", "104.9282,11.5564,2")])
    conn.executemany("INSERT INTO tiles VALUES (?, ?, ?, ?)",
                     [(z, x, (1 << z) - 1 - y, tile_png(z, x, y))
                      for z in ZOOMS for x in range(1 << z) for y in range(1 << z)])
    conn.commit()
    conn.close()
    return path


def make_folder(path: Path) -> Path:
    for z in ZOOMS:
        for x in range(1 << z):
            (path / str(z) / str(x)).mkdir(parents=True, exist_ok=True)
            for y in range(1 << z):
                (path / str(z) / str(x) / f"{y}.png").write_bytes(tile_png(z, x, y))
    return path


@pytest.fixture(scope="module")
def tiles(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("tiles")
    return {"mbtiles": make_mbtiles(folder / "region.mbtiles"),
            "folder": make_folder(folder / "region")}


def location_form(folder: Path) -> Path:
    return write_xlsform(folder / "places.xlsx", [
        {"type": "geopoint", "name": "shop", "label": "Where the shop is"},
        {"type": "geotrace", "name": "route", "label": "The delivery route"},
        {"type": "geoshape", "name": "yard", "label": "The drying yard"},
    ], settings={"form_id": "places", "version": "1"})


def open_map(qtbot: Any, widget: GeopointWidget | GeoTraceWidget) -> maps.MapDialog:
    widget.map_button.click()
    dialog = widget.map_dialog
    assert isinstance(dialog, maps.MapDialog)
    qtbot.waitExposed(dialog)
    return dialog


def click_at(qtbot: Any, dialog: maps.MapDialog, lat: float, lon: float) -> None:
    where = dialog.view.mapFromScene(maps.to_scene(lat, lon))
    qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=where)


def shown_color(dialog: maps.MapDialog, place: QPointF) -> int:
    """The colour the map shows at a scene point, as 0xAARRGGBB."""
    image = dialog.view.viewport().grab().toImage()
    return image.pixelColor(dialog.view.mapFromScene(place)).rgb()


def test_a_click_on_the_map_answers_a_geopoint(qtbot: Any, db: Database, tmp_path: Path,
                                               tiles: dict[str, Path]) -> None:
    maps.set_tiles_path(db, str(tiles["mbtiles"]))
    renderer = open_renderer(qtbot, db, import_form(db, location_form(tmp_path)))
    widget = renderer.widgets[("shop", None)]
    assert isinstance(widget, GeopointWidget) and widget.map_button.text() == "Map…"
    dialog = open_map(qtbot, widget)
    assert dialog.has_map() and dialog.status.text() == "No point yet."
    assert dialog.attribution.text() == "Test map"
    assert dialog.view.zoom == 2  # where the file's metadata says its map is
    # Phnom Penh is on tile 2/3/1, row 2 of the file (its rows count from the south).
    assert shown_color(dialog, maps.to_scene(11.5564, 104.9282)) == tile_color(2, 3, 1).rgb()

    dialog.view.center_on(11.5564, 104.9282, 16)  # deeper than the tiles: a grid, no crash
    assert shown_color(dialog, dialog.view.mapToScene(QPoint(5, 5))) == \
        QColor("#f3f5f8").rgb()
    click_at(qtbot, dialog, 11.5564, 104.9282)
    assert dialog.status.text().startswith("Latitude 11.556")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    answer = renderer.state.get("shop")
    lat, lon, alt, acc = (float(p) for p in answer.split())
    assert abs(lat - 11.5564) < 5e-5 and abs(lon - 104.9282) < 5e-5 and alt == acc == 0
    assert widget.edits[0].text() == answer.split()[0]  # the typed fields show it

    dialog = open_map(qtbot, widget)  # the answer is shown; Cancel leaves it alone
    assert dialog.points == [(lat, lon)] and dialog.view.zoom == 2  # the tiles' deepest
    shown_at = dialog.view.mapFromScene(maps.to_scene(lat, lon))
    assert (shown_at - dialog.view.viewport().rect().center()).manhattanLength() <= 2
    dialog.view.set_zoom(12)
    click_at(qtbot, dialog, 11.6, 105.0)
    dialog.cancel_button.click()
    assert renderer.state.get("shop") == answer


def test_clicks_draw_a_line_and_a_shape_on_a_folder_of_tiles(
        qtbot: Any, db: Database, tmp_path: Path, tiles: dict[str, Path]) -> None:
    maps.set_tiles_path(db, str(tiles["folder"]))
    renderer = open_renderer(qtbot, db, import_form(db, location_form(tmp_path)))
    route = renderer.widgets[("route", None)]
    assert isinstance(route, GeoTraceWidget)
    dialog = open_map(qtbot, route)
    dialog.view.center_on(11.55, 104.92, 2)
    assert shown_color(dialog, QPointF(160, 96)) == tile_color(2, 2, 1).rgb()  # the tile
    dialog.view.set_zoom(5)  # no tiles there: zoom 2's, enlarged
    assert shown_color(dialog, maps.to_scene(11.55, 104.92)) == tile_color(2, 3, 1).rgb()
    dialog.view.set_zoom(12)
    for lat, lon in ((11.55, 104.92), (11.56, 104.93), (11.57, 104.92)):
        click_at(qtbot, dialog, lat, lon)
    dialog.view.setFocus()
    QTest.keyClick(dialog.view, Qt.Key.Key_Backspace)  # the last point goes
    assert len(dialog.points) == 2 and dialog.status.text() == "Points: 2"
    click_at(qtbot, dialog, 11.58, 104.94)
    QTest.keyClick(dialog.view, Qt.Key.Key_Return)  # Enter: never closes the map
    assert dialog.isVisible() and renderer.state.get("route") is None
    dialog.ok_button.click()
    points = maps.parse_points(renderer.state.get("route"))
    assert len(points) == 3 and renderer.state.get("route").count(" 0 0") == 3
    assert all(abs(a - b) < 1e-3 for (la, lo), (lb, lob) in zip(
        points, ((11.55, 104.92), (11.56, 104.93), (11.58, 104.94)), strict=True)
        for a, b in ((la, lb), (lo, lob)))
    assert route.measure.text().startswith("3 points")

    yard = renderer.widgets[("yard", None)]
    dialog = open_map(qtbot, yard)
    dialog.view.center_on(11.55, 104.92, 14)
    for lat, lon in ((11.55, 104.92), (11.551, 104.92), (11.551, 104.921)):
        click_at(qtbot, dialog, lat, lon)
    QTest.keyClick(dialog.view, Qt.Key.Key_Space)  # a corner at the cross in the middle
    assert len(dialog.points) == 4
    dialog.ok_button.click()
    parts = renderer.state.get("yard").split(";")
    assert len(parts) == 5 and parts[0] == parts[-1]  # stored closed, as ODK does
    assert renderer.widget_error(yard) is None


def test_without_tiles_the_map_says_so_and_offers_to_choose_them(
        qtbot: Any, db: Database, tmp_path: Path, tiles: dict[str, Path]) -> None:
    renderer = open_renderer(qtbot, db, import_form(db, location_form(tmp_path)))
    widget = renderer.widgets[("shop", None)]
    widget.edits[0].setText("11.5564, 104.9282")
    dialog = open_map(qtbot, widget)
    assert not dialog.has_map() and dialog.no_tiles.isVisible()
    assert not dialog.ok_button.isEnabled() and not dialog.help.isVisible()
    assert dialog.no_tiles.text().startswith("No map tiles are set up on this laptop")
    assert dialog.choose_button.isVisible() and dialog.choose_button.text() == \
        "Choose map tiles…"
    assert [a.text() for a in dialog.choose_button.menu().actions()] == [
        "An MBTiles file…", "A folder of tiles (zoom/x/y.png)…"]
    assert not dialog.use_tiles(str(tmp_path / "places.xlsx"))  # not tiles: said, not kept
    assert dialog.no_tiles.text().startswith("places.xlsx cannot be read as map tiles")
    assert maps.tiles_path(db) == ""
    assert dialog.use_tiles(str(tiles["folder"])) and dialog.has_map()
    assert maps.tiles_path(db) == str(tiles["folder"])  # kept for next time
    assert dialog.points == [(11.5564, 104.9282)]
    dialog.cancel_button.click()
    assert renderer.state.get("shop") == "11.5564 104.9282 0 0"

    maps.set_tiles_path(db, str(tmp_path / "gone.mbtiles"))
    dialog = open_map(qtbot, widget)
    assert dialog.no_tiles.text().startswith("The map tiles chosen for this laptop "
                                             "(gone.mbtiles) are no longer there.")
    dialog.reject()


def test_a_response_shows_its_line_on_the_map_read_only(
        qtbot: Any, db: Database, tmp_path: Path, tiles: dict[str, Path]) -> None:
    maps.set_tiles_path(db, str(tiles["mbtiles"]))
    ref = import_form(db, location_form(tmp_path))
    route = "11.55 104.92 0 0;11.56 104.93 0 0;11.57 104.92 0 0"
    renderer = FormRenderer(db, db.surveys.form(ref), {"route": route}, read_only=True)
    qtbot.addWidget(renderer)
    renderer.show()
    widget = renderer.widgets[("route", None)]
    assert widget.map_button.isVisibleTo(renderer)
    dialog = open_map(qtbot, widget)
    assert len(dialog._dots) == 3 and not dialog.ok_button.isVisible()
    click_at(qtbot, dialog, 11.58, 104.94)  # looking only: nothing is added
    assert len(dialog.points) == 3
    dialog.cancel_button.click()
    assert renderer.state.get("route") == route
