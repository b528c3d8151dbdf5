"""Photos, recordings, files, barcodes and locations in the engine: every spelling ODK and
Kobo users write is imported, answers are stored as ODK stores them, constraints and geo
functions read them; summaries show thumbnails, counts and a location's box; exports carry
the file names, and the files beside them."""

from __future__ import annotations

import csv
import random
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from gmsdesk.forms import FormState, load_xlsform
from gmsdesk.forms.export import export_responses
from gmsdesk.forms.form_files import media_folder
from gmsdesk.forms.model import GEO_TYPES, MEDIA_TYPES
from gmsdesk.forms.summary import geo_stats
from gmsdesk.storage.attachments import attachments_of
from gmsdesk.storage.db import Database
from tests.survey_kit import answer
from tests.ui.test_surveys import write_xlsform

SPELLINGS = {
    "image": "image", "photo": "image", "q picture": "image", "add image prompt": "image",
    "audio": "audio", "add audio prompt": "audio", "video": "video", "q video": "video",
    "file": "file", "add file prompt": "file", "barcode": "barcode", "q barcode": "barcode",
    "geopoint": "geopoint", "gps": "geopoint", "location": "geopoint",
    "add location prompt": "geopoint", "geotrace": "geotrace", "geoshape": "geoshape",
}


def test_every_spelling_of_the_new_types_is_imported(tmp_path: Path) -> None:
    rows = [{"type": kind, "name": f"q{i}", "label": kind} for i, kind in enumerate(SPELLINGS)]
    form, problems = load_xlsform(write_xlsform(tmp_path / "all.xlsx", rows,
                                                settings={"form_id": "all", "version": "1"}))
    assert form is not None, [str(p) for p in problems if p.is_error]
    assert [q.type for q in form.questions] == list(SPELLINGS.values())
    # nothing is refused or ignored: only pyxform's advice to photos without max-pixels
    assert [p for p in problems if not p.message.startswith("Use the max-pixels")] == []


def test_answers_are_stored_as_odk_stores_them(tmp_path: Path) -> None:
    path = write_xlsform(tmp_path / "m.xlsx", [
        {"type": "image", "name": "photo", "label": "Photo", "required": "yes",
         "parameters": "max-pixels=800"},
        {"type": "geopoint", "name": "where", "label": "Where",
         "constraint": "selected-at(., 3) < 50", "constraint_message": "Too inaccurate"},
        {"type": "geoshape", "name": "yard", "label": "Yard"},
        {"type": "calculate", "name": "yard_m2", "calculation": "area(${yard})"},
        {"type": "barcode", "name": "code", "label": "Code"},
    ], settings={"form_id": "m", "version": "1"})
    form, problems = load_xlsform(path)
    assert form is not None
    assert form.question("photo").parameters == {"max-pixels": 800}
    assert problems == []  # max-pixels is honoured: no warning about the parameters
    state = FormState(form)
    assert state.error("photo").code == "required"
    name = "5f" * 32 + ".jpg"
    state.set("photo", name)
    state.set("where", "11.5564 104.9282 12 80")
    assert state.error("where").code == "constraint"
    state.set("where", "11.5564 104.9282 12 5")
    state.set("yard", "11.55 104.92 0 0;11.56 104.92 0 0;11.56 104.93 0 0;11.55 104.92 0 0")
    state.set("code", "8851234567890")
    assert state.errors() == {}
    answers = state.answers()
    assert answers["photo"] == name and answers["where"] == "11.5564 104.9282 12 5"
    assert answers["yard_m2"] == pytest.approx(607_036.87, abs=1)
    assert {q.type for q in form.questions} & MEDIA_TYPES == {"image"}
    assert {q.type for q in form.questions} & GEO_TYPES == {"geopoint", "geoshape"}


def test_geo_stats_give_a_box_and_a_centre() -> None:
    stats = geo_stats(["11.5 104.9 0 0", "13.5 102.9 0 0", "not a place",
                       "12 103 0 0;12 104 0 0;13 104 0 0;12 103 0 0"])
    assert stats == {"n": 5.0, "south": 11.5, "north": 13.5, "west": 102.9, "east": 104.9,
                     "lat": pytest.approx(12.4), "lon": pytest.approx(103.76)}
    assert geo_stats([]) == {"n": 0.0}


def _catalogue(db: Database, tmp_path: Path) -> str:
    path = write_xlsform(tmp_path / "catalogue.xlsx", [
        {"type": "text", "name": "product", "label": "Product"},
        {"type": "image", "name": "photo", "label": "Photo"},
        {"type": "file", "name": "price_list", "label": "Price list"},
        {"type": "geopoint", "name": "shop", "label": "Shop"},
        {"type": "begin_repeat", "name": "sides", "label": "Other sides"},
        {"type": "image", "name": "side", "label": "Side"},
        {"type": "end_repeat"},
    ], settings={"form_id": "catalogue", "version": "1"})
    form, problems = load_xlsform(path)
    assert form is not None, [str(p) for p in problems]
    db.surveys.import_form(form, path.name)
    return db.surveys.form_ref("catalogue", "1")


def _photo(folder: Path, name: str, seed: int) -> Path:
    path = folder / name
    Image.frombytes("RGB", (120, 90), random.Random(seed).randbytes(120 * 90 * 3)).save(path)
    return path


def _responses(db: Database, tmp_path: Path) -> dict[str, Any]:
    ref = _catalogue(db, tmp_path)
    store = attachments_of(db)
    pot = store.add_file(_photo(tmp_path, "pot.png", 1))
    side = store.add_file(_photo(tmp_path, "side.png", 2))
    prices = store.add_file(_write(tmp_path / "prices.pdf", b"%PDF-1.4 prices"))
    elsewhere = "cd" * 32 + ".jpg"  # a photo only another laptop holds
    answer(db, ref, {"product": "Pot", "photo": pot.name, "price_list": prices.name,
                     "shop": "11.5 104.9 0 5", "sides": [{"side": side.name}]})
    answer(db, ref, {"product": "Vase", "photo": elsewhere, "shop": "13.5 102.9 0 5"})
    answer(db, ref, {"product": "Cup", "photo": pot.name})
    return {"pot": pot, "side": side, "prices": prices, "elsewhere": elsewhere}


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_the_summary_shows_photos_files_and_where(db: Database, tmp_path: Path) -> None:
    made = _responses(db, tmp_path)
    summary = db.surveys.summary("catalogue")
    blocks = {q.name: q.item for q in summary.questions}
    assert blocks["photo"].kind == "media" and blocks["photo"].answered == 3
    assert blocks["photo"].samples == [made["pot"].name, made["elsewhere"]]  # latest first
    assert blocks["price_list"].kind == "media" and blocks["price_list"].answered == 1
    assert blocks["side"].kind == "media" and blocks["side"].samples == [made["side"].name]
    assert blocks["shop"].kind == "geo" and blocks["shop"].stats["n"] == 2
    assert blocks["shop"].stats["south"] == 11.5 and blocks["shop"].stats["east"] == 104.9


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_an_export_names_the_files_and_copies_them_beside(db: Database, tmp_path: Path,
                                                          suffix: str) -> None:
    made = _responses(db, tmp_path)
    target = tmp_path / "out" / f"catalogue{suffix}"
    target.parent.mkdir()
    result = export_responses(db, "catalogue", target)
    assert result.media == media_folder(target) == tmp_path / "out" / "catalogue-media"
    assert (result.media_files, result.media_missing) == (3, 1)
    copied = sorted(p.name for p in result.media.iterdir())
    assert copied == sorted([made["pot"].name, made["side"].name, made["prices"].name])
    assert (result.media / made["prices"].name).read_bytes() == b"%PDF-1.4 prices"
    if suffix == ".csv":
        with open(target, encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert [r["photo"] for r in rows] == [made["pot"].name, made["elsewhere"],
                                              made["pot"].name]
        assert rows[0]["price_list"] == made["prices"].name
    # Exported again: the folder is refreshed, not doubled.
    again = export_responses(db, "catalogue", target)
    assert again.media_files == 3 and len(list(again.media.iterdir())) == 3
