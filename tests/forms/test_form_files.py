"""Form attachments (ODK's form media): the CSV, XML and GeoJSON files a form chooses from and
looks things up in, and the images its labels show, read with the workbook from its NAME-media
folder (or chosen), kept inside the form version with their SHA-256, refused plainly when one is
missing or unreadable, and published with the version by headquarters."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from gmsdesk.cli import main as cli
from gmsdesk.forms import FormState, load_xlsform
from gmsdesk.forms.form_files import MAX_ATTACHED_BYTES, needed_files
from gmsdesk.forms.model import Form
from gmsdesk.services.forms import import_xlsform
from gmsdesk.storage.db import Database
from gmsdesk.storage.surveys import FormVersionClash

PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhg"
                       "GAWjR9awAAAABJRU5ErkJggg==")
PRICES = "name,label,price\nrice,Rice,3200\nfish,Fish,8000\n"
SURVEY = [
    ["type", "name", "label", "calculation", "media::image"],
    ["select_one_from_file prices.csv", "product", "Product", "", ""],
    ["calculate", "price", "", "pulldata('prices', 'price', 'name', ${product})", ""],
    ["note", "logo", "Thank you", "", "logo.png"],
]


def workbook(path: Path, survey: list[list[str]] = SURVEY, *, version: str | None = "1",
             extra: dict[str, list[list[str]]] | None = None) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "survey"
    for row in survey:
        sheet.append(row)
    for title, rows in (extra or {}).items():
        other = book.create_sheet(title)
        for row in rows:
            other.append(row)
    settings = book.create_sheet("settings")
    settings.append(["form_id", *(["version"] if version else [])])
    settings.append(["prices_form", *([version] if version else [])])
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


def media(folder: Path, files: dict[str, bytes | str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data.encode() if isinstance(data, str) else data)
    return folder


def test_files_are_read_from_the_media_folder_and_kept_with_their_hash(tmp_path: Path) -> None:
    path = workbook(tmp_path / "prices.xlsx")
    media(tmp_path / "prices-media", {"prices.csv": PRICES, "logo.png": PNG,
                                      "unused.txt": "not named by the form"})
    form, problems = load_xlsform(path)
    assert form is not None, [str(p) for p in problems]
    assert sorted(form.files) == ["logo.png", "prices.csv"]  # only what the form names
    assert form.files["prices.csv"]["sha256"] == hashlib.sha256(PRICES.encode()).hexdigest()
    assert form.files["logo.png"]["size"] == len(PNG)
    assert form.attachment("logo.png") == PNG
    assert form.question("logo").image(None) == "logo.png"
    # The stored definition (plain JSON) rebuilds the same form, files included.
    again = Form.from_definition(json.loads(json.dumps(form.definition)))
    state = FormState(again)
    assert [c.name for c in state.choices("product")] == ["rice", "fish"]
    state.set("product", "fish")
    assert state.get("price") == "8000"
    assert again.attachment("logo.png") == PNG


def test_files_next_to_the_form_or_chosen_one_by_one(tmp_path: Path) -> None:
    path = workbook(tmp_path / "forms" / "prices.xlsx")
    media(tmp_path / "forms", {"prices.csv": PRICES})  # beside the workbook, as some keep it
    form, problems = load_xlsform(path)
    assert form is None
    assert [(p.row, p.message) for p in problems if p.is_error] == [
        (4, "the form needs the file 'logo.png' (media::image), but it is not attached: put "
            "it in the folder 'prices-media' next to the form and import the form again")]
    chosen = media(tmp_path / "elsewhere", {"logo.png": PNG}) / "logo.png"
    form, problems = load_xlsform(path, [chosen])  # the chosen file, the rest from beside it
    assert form is not None, [str(p) for p in problems]
    assert form.attachment("logo.png") == PNG


def test_unreadable_files_are_refused_plainly(tmp_path: Path) -> None:
    path = workbook(tmp_path / "prices.xlsx")
    folder = media(tmp_path / "prices-media", {"prices.csv": "name,label,price\n".encode(
        "utf-16"), "logo.png": PNG})
    form, problems = load_xlsform(path)
    assert form is None
    assert any(p.row == 2 and "'prices.csv' is not UTF-8 text" in p.message for p in problems)
    media(folder, {"prices.csv": "label,price\nRice,3200\n"})  # no `name` column
    form, problems = load_xlsform(path)
    assert form is None
    assert any(p.row == 2 and "'prices.csv' has no column 'name' for the choices' values"
               in p.message for p in problems), [str(p) for p in problems]


def test_the_files_of_a_version_may_not_grow_past_what_a_record_carries(
        tmp_path: Path) -> None:
    path = workbook(tmp_path / "prices.xlsx")
    media(tmp_path / "prices-media", {"prices.csv": PRICES,
                                      "logo.png": PNG + bytes(MAX_ATTACHED_BYTES)})
    form, problems = load_xlsform(path)
    assert form is None
    [problem] = [p for p in problems if p.is_error]
    assert problem.message.startswith("the files attached to the form take 8.0 MB; a form "
                                      "version travels with its files")


def test_every_way_a_form_names_a_file_is_found() -> None:
    definition = {"children": [
        {"type": "select one", "name": "a", "itemset": "fruits.csv"},
        {"type": "select all that apply", "name": "b", "itemset": "veg.xml"},
        {"type": "csv-external", "name": "households"},
        {"type": "xml-external", "name": "villages"},
        {"type": "group", "name": "g", "children": [
            {"type": "calculate", "name": "c",
             "bind": {"calculate": "pulldata( 'prices', 'p', 'k', ${a})"}},
            {"type": "select one", "name": "d", "itemset": "x",
             "control": {"appearance": "minimal search('shops', 'contains', 'name', ${a})"}},
            {"type": "note", "name": "e", "media": {
                "image": {"English (en)": "e_en.png", "Khmer (km)": "e_km.png"},
                "audio": "e.mp3"}},
        ]},
    ]}
    assert [(n.filename, n.element, n.why) for n in needed_files(definition)] == [
        ("fruits.csv", "a", "select_one_from_file"),
        ("veg.xml", "b", "select_multiple_from_file"),
        ("households.csv", "households", "csv-external"),
        ("villages.xml", "villages", "xml-external"),
        ("prices.csv", "c", "pulldata()"),
        ("shops.csv", "d", "search()"),
        ("e_en.png", "e", "media::image"),
        ("e_km.png", "e", "media::image"),
        ("e.mp3", "e", "media::audio"),  # played from its label (the Play button)
    ]


def test_the_pictures_beside_choices_travel_with_the_form(tmp_path: Path) -> None:
    survey = [["type", "name", "label"], ["select_one product", "product", "Product"],
              ["select_multiple product", "more", "More"]]
    choices = [["list_name", "name", "label", "media::image", "media::audio"],
               ["product", "rice", "Rice", "rice.png", ""],
               ["product", "fish", "Fish", "fish.png", "fish.mp3"],
               ["product", "salt", "Salt", "", ""],
               ["unused", "x", "X", "unused.png", ""]]
    path = workbook(tmp_path / "prices.xlsx", survey, extra={"choices": choices})
    form, problems = load_xlsform(path)
    assert form is None  # a picture nobody put beside the form is named, on the question's row
    assert [(p.row, p.message) for p in problems if p.is_error] == [
        (2, "the form needs the file 'rice.png' (media::image of the choice 'rice'), but it is "
            "not attached: put it in the folder 'prices-media' next to the form and import the "
            "form again"),
        (2, "the form needs the file 'fish.png' (media::image of the choice 'fish'), but it is "
            "not attached: put it in the folder 'prices-media' next to the form and import the "
            "form again")]
    media(tmp_path / "prices-media", {"rice.png": PNG, "fish.png": PNG})
    form, problems = load_xlsform(path)
    assert form is not None, [str(p) for p in problems]
    assert sorted(form.files) == ["fish.png", "rice.png"]  # not the list no question uses
    product = form.question("product")
    assert product is not None
    assert [(c.name, c.image(None)) for c in product.choices] == [
        ("rice", "rice.png"), ("fish", "fish.png"), ("salt", None)]
    assert form.attachment("fish.png") == PNG
    # images are shown now; audio is still warned about
    assert [(p.sheet, p.row, p.message) for p in problems if "media" in p.message] == [
        ("choices", 3, "column 'media::audio' is ignored: media is not shown by GMS Desk")]


def test_changed_files_make_another_version(db: Database, tmp_path: Path) -> None:
    path = workbook(tmp_path / "prices.xlsx")
    folder = media(tmp_path / "prices-media", {"prices.csv": PRICES, "logo.png": PNG})
    result = import_xlsform(db, path)
    assert result.form is not None and result.changes
    ref = db.surveys.form_ref("prices_form", "1")
    assert db.surveys.form(ref).attachment("logo.png") == PNG  # kept in the database
    assert import_xlsform(db, path).changes == ()  # the same files: nothing to do
    media(folder, {"prices.csv": PRICES + "salt,Salt,900\n"})
    clash = import_xlsform(db, path).clash
    assert isinstance(clash, FormVersionClash) and clash.files == ("prices.csv",)
    assert "already here with other attached files (prices.csv)" in clash.errors["version"]
    # Without a version, the version comes from the content, the files' too.
    unversioned = workbook(tmp_path / "auto" / "prices.xlsx", version=None)
    media(tmp_path / "auto" / "prices-media", {"prices.csv": PRICES, "logo.png": PNG})
    first = import_xlsform(db, unversioned).form
    media(tmp_path / "auto" / "prices-media", {"prices.csv": PRICES + "salt,Salt,900\n"})
    second = import_xlsform(db, unversioned).form
    assert first is not None and second is not None and first.version != second.version


def test_missing_files_are_named_for_the_screen_to_offer_a_choice(db: Database,
                                                                  tmp_path: Path) -> None:
    result = import_xlsform(db, workbook(tmp_path / "prices.xlsx"))
    assert result.form is None and result.missing == ("prices.csv", "logo.png")


def test_command_line_import_with_a_media_folder(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = workbook(tmp_path / "forms" / "prices.xlsx")
    files = media(tmp_path / "files", {"prices.csv": PRICES, "logo.png": PNG})
    data = tmp_path / "data"
    assert cli(["--data-dir", str(data), "forms", "import", str(path)]) == 1
    assert "the form needs the file 'prices.csv'" in capsys.readouterr().out
    assert cli(["--data-dir", str(data), "forms", "import", str(path), "--media",
                str(tmp_path / "nowhere")]) == 2
    assert "not a folder" in capsys.readouterr().err
    assert cli(["--data-dir", str(data), "forms", "import", str(path), "--media",
                str(files)]) == 0
    assert "Imported prices_form version 1" in capsys.readouterr().out


def test_external_choices_are_read_from_the_workbook(tmp_path: Path) -> None:
    path = workbook(tmp_path / "place.xlsx", [
        ["type", "name", "label", "choice_filter"],
        ["select_one province", "province", "Province", ""],
        ["select_one_external district", "district", "District", "province=${province}"],
    ], extra={
        "choices": [["list_name", "name", "label"], ["province", "kampot", "Kampot"],
                    ["province", "kep", "Kep"]],
        "external_choices": [["list_name", "name", "label", "province"],
                             ["district", "kampot_city", "Kampot City", "kampot"],
                             ["district", "kep_city", "Kep City", "kep"],
                             ["unused", "x", "X", ""]],
    })
    form, problems = load_xlsform(path)
    assert form is not None, [str(p) for p in problems]
    lists = form.definition["_gmsdesk"]["external_choices"]
    assert list(lists) == ["district"]  # only the lists a question uses travel with it
    state = FormState(form)
    state.set("province", "kep")
    assert [c.name for c in state.choices("district")] == ["kep_city"]
    assert form.question("district").choices_from == "external_choices"


@pytest.mark.parametrize("store", ["sqlite"], indirect=True)
def test_headquarters_publishes_a_version_with_its_files(enrolled: Any, tmp_path: Path) -> None:
    kh, client_kh = enrolled("kh-sr", "siem-reap-1")
    hq, client_hq = enrolled("hq", "hq-desk")
    path = workbook(tmp_path / "prices.xlsx")
    media(tmp_path / "prices-media", {"prices.csv": PRICES, "logo.png": PNG})
    assert import_xlsform(hq, path).changes
    ref = hq.surveys.form_ref("prices_form", "1")
    for client in (client_hq, client_kh):
        client.sync()
    form = kh.surveys.form(ref)
    assert form.files == hq.surveys.form(ref).files
    assert form.attachment("logo.png") == PNG
    state = FormState(form)
    state.set("product", "rice")
    assert state.get("price") == "3200"
