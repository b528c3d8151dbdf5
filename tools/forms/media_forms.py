"""Corpus forms with photos, recordings, files, barcodes and locations, written the way ODK
Collect and KoboToolbox users write them (`image` with max-pixels, Kobo's `label::English (en)`
columns, old spellings such as `add audio prompt` and `q picture`, `gps`, upper-case headers
and a doubled space in a type).

A media answer is the file's name, as ODK stores it; GMS Desk names a file by its content
(its SHA-256 and its extension), so the fills use names of that shape. A location is
"latitude longitude altitude accuracy"; a trace or a shape is such points separated by ";".

Run `.venv/bin/python tools/forms/media_forms.py` to write these forms and their sidecars into
tests/data/forms/ (build_forms.py writes them too once it lists this module).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from build_forms import Spec, Table, _write, workbook_bytes
from fill import error, fill, put, relevant, value

SPECS: list[Spec] = []

# File names as GMS Desk gives them: the SHA-256 of the content, then the extension.
PHOTO = "5f0c6a1be1b1d0d38b2a39b4a7b0fbbd2c1c5d1e6a7f4a1b3c2d9e8f7a6b5c4d.jpg"
LABEL_PHOTO = "a3d9b1f0e2c4d6b8a0e1f3c5d7b9a1e3f5c7d9b1a3e5f7c9d1b3a5e7f9c1d3b5.png"
AUDIO = "0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c.m4a"
PRICE_LIST = "c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00.pdf"
SHOP_FRONT = "d4c3b2a1d4c3b2a1d4c3b2a1d4c3b2a1d4c3b2a1d4c3b2a1d4c3b2a1d4c3b2a1.jpg"


def good(name: str, sheets: dict[str, Table], sidecar: dict[str, Any]) -> None:
    SPECS.append(Spec(name, sheets, sidecar))


YES_NO: Table = [
    ["list_name", "name", "label"],
    ["yes_no", "yes", "Yes"],
    ["yes_no", "no", "No"],
]

# -- A handicraft catalogue: product photos (one required, made smaller on the laptop as
# max-pixels asks), a barcode checked by a regex, the photo's name shown in a note ---------------
good(
    "product_catalogue",
    {
        "survey": [
            ["type", "name", "label", "hint", "required", "parameters", "constraint",
             "constraint_message"],
            ["text", "product_name", "Product name", "", "yes", "", "", ""],
            ["select_one category", "category", "Category", "", "yes", "", "", ""],
            ["decimal", "price_usd", "Price (USD)", "", "yes", "", ". > 0",
             "The price must be more than 0"],
            ["image", "product_photo", "Photo of the product",
             "On a plain background, in daylight", "yes", "max-pixels=1024", "", ""],
            ["image", "label_photo", "Photo of the label or packaging", "", "", "", "", ""],
            ["barcode", "product_code", "Barcode on the packaging", "EAN-13 or EAN-8", "",
             "", "regex(., '^[0-9]{8}([0-9]{5})?$')", "8 or 13 digits"],
            ["note", "photo_saved", "Photo kept as ${product_photo}", "", "", "", "", ""],
        ],
        "choices": [
            ["list_name", "name", "label"],
            ["category", "textile", "Textiles and silk"],
            ["category", "wood", "Wood carving"],
            ["category", "food", "Processed food"],
        ],
        "settings": [["form_title", "form_id", "version"],
                     ["Product catalogue", "product_catalogue", "2024061001"]],
    },
    fill(
        "Product photos as a catalogue needs them: image with max-pixels, barcode with a regex",
        [
            put("product_name", "Silk scarf, Takeo weave"),
            put("category", "textile"),
            put("price_usd", 18.5),
            error("product_photo", "required"),
            put("product_photo", PHOTO),
            value("product_photo", PHOTO),
            error("product_photo", None),
            put("product_code", "88512345"),
            error("product_code", None),
            put("product_code", "8851234A"),
            error("product_code", "constraint", text="8 or 13 digits"),
            put("product_code", "8851234567890"),
            error("product_code", None),
            put("label_photo", LABEL_PHOTO),
        ],
        {"product_name": "Silk scarf, Takeo weave", "product_photo": PHOTO,
         "label_photo": LABEL_PHOTO, "product_code": "8851234567890"},
    ),
)

# -- A market survey from KoboToolbox: the shop's GPS point, the market's outline and the
# delivery route, with ODK's area(), distance() and selected-at() over them ----------------------
good(
    "shop_location",
    {
        "survey": [
            ["type", "name", "label::English (en)", "label::Khmer (km)", "required",
             "calculation", "relevant"],
            ["text", "shop_name", "Name of the shop", "ឈ្មោះហាង", "true", "", ""],
            ["gps", "shop_location", "Location of the shop", "ទីតាំងហាង", "true", "", ""],
            ["calculate", "shop_lat", "", "", "", "selected-at(${shop_location}, 0)", ""],
            ["calculate", "shop_accuracy", "", "", "",
             "selected-at(${shop_location}, 3)", ""],
            ["select_one yes_no", "in_market", "Is the shop inside a market?",
             "តើហាងនៅក្នុងផ្សារឬទេ?", "true", "", ""],
            ["geoshape", "market_area", "Walk around the market and record its outline",
             "ដើរជុំវិញផ្សារ", "false", "", "${in_market} = 'yes'"],
            ["calculate", "market_m2", "", "", "", "area(${market_area})", ""],
            ["geotrace", "delivery_route", "Route the shop's deliveries take",
             "ផ្លូវដឹកជញ្ជូន", "false", "", ""],
            ["calculate", "route_m", "", "", "", "distance(${delivery_route})", ""],
            ["note", "market_note", "The market covers ${market_m2} m²",
             "ផ្សារមានផ្ទៃ ${market_m2} m²", "", "", "${in_market} = 'yes'"],
        ],
        "choices": [
            ["list_name", "name", "label::English (en)", "label::Khmer (km)"],
            ["yes_no", "yes", "Yes", "បាទ/ចាស"],
            ["yes_no", "no", "No", "ទេ"],
        ],
        "settings": [["form_title", "form_id", "version", "default_language"],
                     ["Shop locations", "shop_location", "3", "English (en)"]],
    },
    fill(
        "Kobo-style geopoint (written gps), geoshape and geotrace, measured by area() and "
        "distance()",
        [
            put("shop_name", "Psar Thmei silk stall"),
            error("shop_location", "required"),
            put("shop_location", "11.5564 104.9282 12 5"),
            value("shop_lat", "11.5564"),
            value("shop_accuracy", "5"),
            put("in_market", "no"),
            relevant("market_area", False),
            put("in_market", "yes"),
            relevant("market_area", True),
            put("market_area", "11.5500 104.9200 0 0;11.5600 104.9200 0 0;"
                               "11.5600 104.9300 0 0;11.5500 104.9300 0 0;"
                               "11.5500 104.9200 0 0"),
            value("market_m2", 1214073.73),
            put("delivery_route", "11.5564 104.9282 12 5;11.5600 104.9300 10 5;"
                                  "11.5700 104.9350 9 5"),
            value("route_m", 1685.82),
        ],
        {"shop_name": "Psar Thmei silk stall", "shop_location": "11.5564 104.9282 12 5",
         "in_market": "yes", "market_m2": 1214073.73, "route_m": 1685.82},
        lang="en",
        form={"languages": ["en", "km"], "default_language": "en"},
    ),
)

# -- An interview kit with older spellings and upper-case headers: a recording, a video when
# there is one, the shop's price list as a file, a photo of the shop front and its location ---
good(
    "media_interview",
    {
        "survey": [
            ["TYPE", "NAME", "LABEL", "REQUIRED", "RELEVANT"],
            ["text", "owner", "Name of the owner", "yes", ""],
            ["add audio prompt", "interview_audio", "Record the interview", "yes", ""],
            ["select_one  yes_no", "has_video", "Did the owner show the workshop on video?",
             "yes", ""],
            ["video", "workshop_video", "The video of the workshop", "yes",
             "${has_video} = 'yes'"],
            ["file", "price_list", "The shop's price list (PDF or spreadsheet)", "", ""],
            ["q picture", "shop_front", "Photo of the shop front", "", ""],
            ["add location prompt", "where", "Where the interview took place", "", ""],
        ],
        "choices": [[h.upper() for h in YES_NO[0]], *YES_NO[1:]],
        "settings": [["FORM_ID", "VERSION"], ["media_interview", "1"]],
    },
    fill(
        "Audio, video, file and photo with ODK's older spellings (add audio prompt, q picture, "
        "add location prompt), upper-case headers, a doubled space in a type",
        [
            put("owner", "Keo Sopheap"),
            error("interview_audio", "required"),
            put("interview_audio", AUDIO),
            put("has_video", "no"),
            relevant("workshop_video", False),
            error("workshop_video", None),
            put("price_list", PRICE_LIST),
            put("shop_front", SHOP_FRONT),
            put("where", "13.3633 103.8564 20 8"),
        ],
        {"owner": "Keo Sopheap", "interview_audio": AUDIO, "has_video": "no",
         "price_list": PRICE_LIST, "shop_front": SHOP_FRONT, "where": "13.3633 103.8564 20 8"},
    ),
)


def main() -> None:
    """Write these forms and sidecars (only what changed)."""
    import json

    root = Path(__file__).resolve().parents[2]
    changed = 0
    for spec in SPECS:
        sidecar = json.dumps(spec.sidecar, ensure_ascii=False, indent=2) + "\n"
        for path, data in ((spec.workbook_path(), workbook_bytes(spec.sheets)),
                           (spec.sidecar_path(), sidecar.encode("utf-8"))):
            if _write(path, data):
                changed += 1
                print(path.relative_to(root))
    print(f"{changed} file(s) changed")


if __name__ == "__main__":
    main()
