"""Photos, files, barcodes and locations in the renderer: attached and kept once, shown as a
thumbnail, refused in plain words when too large; barcodes typed or read from a photo;
locations typed, checked and stored as ODK stores them; and a response shows them read-only."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from gmsdesk.storage.attachments import attachments_of
from gmsdesk.storage.db import Database
from gmsdesk.ui.surveys import questions as qw
from gmsdesk.ui.surveys.renderer import FormRenderer
from tests.ui.test_surveys import import_form, message, write_xlsform
from tests.ui.test_surveys_renderer import open_renderer


def media_form(folder: Path) -> Path:
    return write_xlsform(folder / "media.xlsx", [
        {"type": "begin_group", "name": "all", "label": "A product and its shop"},
        {"type": "text", "name": "product", "label": "Product"},
        {"type": "image", "name": "photo", "label": "Photo of the product",
         "parameters": "max-pixels=400"},
        {"type": "image", "name": "back", "label": "Photo of the back"},
        {"type": "file", "name": "price_list", "label": "Price list"},
        {"type": "audio", "name": "voice", "label": "The owner, recorded"},
        {"type": "barcode", "name": "code", "label": "Barcode"},
        {"type": "geopoint", "name": "shop", "label": "Where the shop is"},
        {"type": "geotrace", "name": "route", "label": "The delivery route"},
        {"type": "geoshape", "name": "field", "label": "The drying yard"},
        {"type": "end_group"},
    ], settings={"form_id": "media", "version": "1"})


def photo(folder: Path, name: str, size: tuple[int, int], seed: int = 3) -> Path:
    rng = random.Random(seed)
    path = folder / name
    Image.frombytes("RGB", size, rng.randbytes(size[0] * size[1] * 3)).save(path, "JPEG")
    return path


def test_a_photo_is_attached_kept_once_and_shown(qtbot: Any, db: Database,
                                                 tmp_path: Path) -> None:
    renderer = open_renderer(qtbot, db, import_form(db, media_form(tmp_path)))
    widget = renderer.widgets[("photo", None)]
    assert isinstance(widget, qw.MediaWidget)
    assert not widget.camera_button.isVisible() or qw._camera_available()
    original = photo(tmp_path, "scarf.jpg", (1200, 900))
    assert widget.attach_path(str(original))
    name = renderer.state.get("photo")
    store = attachments_of(db)
    assert isinstance(name, str) and name.endswith(".jpg") and name == widget.value()
    kept = store.path(name)
    assert kept is not None
    with Image.open(kept) as image:
        assert max(image.size) == 400  # the form's max-pixels
    assert widget.preview.pixmap() is not None and not widget.preview.pixmap().isNull()
    assert "scarf.jpg" in widget.info.text()

    back = renderer.widgets[("back", None)]
    assert back.attach_path(str(original)) and back.attach_path(str(original))
    assert renderer.state.get("back") != name  # kept whole: no max-pixels on this one
    assert store.files_on_disk() == 2 and store.count() == 2  # the same photo twice: once

    widget.remove_button.click()
    assert renderer.state.get("photo") is None and widget.preview.pixmap().isNull()
    assert widget.info.text() == "No file yet."


def test_a_file_too_large_is_refused_in_plain_words(qtbot: Any, db: Database,
                                                    tmp_path: Path) -> None:
    renderer = open_renderer(qtbot, db, import_form(db, media_form(tmp_path)))
    attachments_of(db).set_max_bytes(1024 * 1024)
    big = tmp_path / "prices.pdf"
    big.write_bytes(random.Random(1).randbytes(1_600_000))
    small = tmp_path / "small.pdf"
    small.write_bytes(b"%PDF-1.4 small")
    widget = renderer.widgets[("price_list", None)]
    assert widget.attach_path(str(small))
    kept = renderer.state.get("price_list")
    assert not widget.attach_path(str(big))
    assert message(renderer, "price_list") == (
        "This file is 1.5 MB; files up to 1 MB can be attached. Choose a smaller file (a photo "
        "taken at a lower resolution, a shorter recording).")
    assert renderer.state.get("price_list") == kept  # the answer stays as it was
    assert not widget.attach_path(str(tmp_path / "gone.pdf"))
    assert "could not be read" in (message(renderer, "price_list") or "")


def test_locations_are_typed_checked_and_stored_as_odk_does(qtbot: Any, db: Database,
                                                            tmp_path: Path) -> None:
    renderer = open_renderer(qtbot, db, import_form(db, media_form(tmp_path)))
    point = renderer.widgets[("shop", None)]
    assert isinstance(point, qw.GeopointWidget)
    point.edits[0].setText("11.5564, 104.9282")  # pasted from a map: both are filled
    assert point.edits[1].text() == "104.9282"
    assert renderer.state.get("shop") == "11.5564 104.9282 0 0"
    point.edits[3].setText("6.5")
    assert renderer.state.get("shop") == "11.5564 104.9282 0 6.5"
    point.edits[0].setText("95")
    assert renderer.widget_error(point) == ("The latitude is between -90 and 90 and the "
                                            "longitude between -180 and 180.")
    point.edits[0].setText("")
    assert renderer.widget_error(point) == "Give both the latitude and the longitude."
    point.edits[0].setText("11.5564")

    route = renderer.widgets[("route", None)]
    assert isinstance(route, qw.GeoTraceWidget)
    route.text_edit.setPlainText("11.5564 104.9282\n11.5600 104.9300 10 5")
    assert renderer.state.get("route") == "11.5564 104.9282 0 0;11.56 104.93 10 5"
    assert route.measure.text() == "2 points · 446 m long"
    route.text_edit.setPlainText("11.5564 104.9282\nnear the river")
    assert renderer.widget_error(route) == ("Line 2 is not a point: write the latitude and "
                                            "the longitude, for example 11.5564 104.9282.")

    shape = renderer.widgets[("field", None)]
    shape.text_edit.setPlainText("11.55 104.92;11.56 104.92;11.56 104.93")
    assert renderer.state.get("field") == ("11.55 104.92 0 0;11.56 104.92 0 0;"
                                           "11.56 104.93 0 0;11.55 104.92 0 0")  # closed
    assert shape.measure.text().startswith("3 points · ")
    shape.text_edit.setPlainText("11.55 104.92;11.56 104.92")
    assert renderer.widget_error(shape) == "A shape needs at least three points."


def test_a_barcode_is_typed_or_read_from_a_photo(qtbot: Any, db: Database,
                                                 tmp_path: Path) -> None:
    renderer = open_renderer(qtbot, db, import_form(db, media_form(tmp_path)))
    widget = renderer.widgets[("code", None)]
    assert isinstance(widget, qw.BarcodeWidget)
    widget.line.setText("8851234567890")
    assert renderer.state.get("code") == "8851234567890"
    noise = photo(tmp_path, "noise.jpg", (200, 100))
    assert not widget.read_photo(str(noise))
    zxingcpp = pytest.importorskip("zxingcpp")
    assert widget.scan_button.isVisible()
    printed = tmp_path / "ean.png"
    bars = zxingcpp.write_barcode_to_image(zxingcpp.create_barcode(
        "8850123456787", zxingcpp.BarcodeFormat.EAN13), scale=4)
    Image.frombytes("L", (bars.shape[1], bars.shape[0]), bytes(memoryview(bars))).save(printed)
    assert widget.read_photo(str(printed))
    assert renderer.state.get("code") == "8850123456787"


def test_the_summary_shows_thumbnails_a_count_of_files_and_where(
        qtbot: Any, ctx: Any, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QLabel

    from gmsdesk.ui.surveys.summary_view import SummaryWindow
    from tests.survey_kit import answer

    db = ctx.db
    ref = import_form(db, media_form(tmp_path))
    store = attachments_of(db)
    names = [store.add_file(photo(tmp_path, f"p{i}.jpg", (200, 150), seed=i)).name
             for i in range(3)]
    prices = tmp_path / "prices.pdf"
    prices.write_bytes(b"%PDF-1.4")
    listed = store.add_file(prices).name
    for i, name in enumerate(names):
        answer(db, ref, {"product": f"Pot {i}", "photo": name, "price_list": listed,
                         "shop": f"1{i}.5 104.9 0 5"})
    answer(db, ref, {"product": "Far away", "photo": "ef" * 32 + ".jpg"})
    window = SummaryWindow(ctx, "media")
    qtbot.addWidget(window)
    window.show()
    window.refresh()
    qtbot.waitUntil(lambda: window.summary is not None, timeout=10_000)
    thumbnails = window.blocks["photo"].findChildren(QLabel, "thumbnail")
    assert len(thumbnails) == 3 and all(not t.pixmap().isNull() for t in thumbnails)
    assert "1 of the latest photos are not on this laptop" in " ".join(
        label.text() for label in window.blocks["photo"].findChildren(QLabel))
    count = window.blocks["price_list"].findChild(QLabel, "file_count")
    assert count is not None and count.text() == "3 files"
    where = window.blocks["shop"].findChild(QLabel, "geo")
    assert where is not None
    assert where.text().splitlines() == [
        "Centre: 11.5, 104.9", "Between latitudes 10.5 and 12.5, longitudes 104.9 and 104.9",
        "From 3 points of the latest answers"]


def test_a_response_shows_its_photo_and_a_file_not_here(qtbot: Any, db: Database,
                                                        tmp_path: Path) -> None:
    ref = import_form(db, media_form(tmp_path))
    store = attachments_of(db)
    kept = store.add_file(photo(tmp_path, "pot.jpg", (300, 200)))
    # A price list named by a response from another laptop: only its size is known here.
    remote = "ab" * 32 + ".pdf"
    store.db.conn.execute("INSERT INTO attachments(hash, origin, created_at) "
                          "VALUES (?, 'remote', '2025-01-01')", ("ab" * 32,))
    store.store_remote("ab" * 32, thumbnail=b"", size=2_400_000, mime="application/pdf",
                       ext=".pdf")
    answers = {"product": "Clay pot", "photo": kept.name, "price_list": remote,
               "shop": "13.3633 103.8564 20 8"}
    renderer = FormRenderer(db, db.surveys.form(ref), answers, read_only=True)
    qtbot.addWidget(renderer)
    renderer.show()
    shown = renderer.widgets[("photo", None)]
    assert not shown.preview.pixmap().isNull()
    assert not shown.choose_button.isVisible() and not shown.remove_button.isVisible()
    assert shown.open_button.isEnabled()
    price = renderer.widgets[("price_list", None)]
    assert "2.3 MB" in price.info.text() and "Not on this laptop" in price.info.text()
    point = renderer.widgets[("shop", None)]
    assert [e.text() for e in point.edits] == ["13.3633", "103.8564", "20", "8"]
    assert point.edits[0].isReadOnly()
