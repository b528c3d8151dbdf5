"""The compatibility corpus: XLSForms written the way ODK, KoboToolbox and agency staff write them.

Each form is a plain table, with the spelling habits real files have (column order, `begin group`
vs `begin_group`, `yes`/`TRUE`/`true()`, blank rows, leftover columns), and a fill: the answers
a test types in and what the form must do in reply.
"""

from __future__ import annotations

import struct
import sys
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from build_forms import BAD, CORPUS, ROOT, Spec, Table
from fill import add, choices, error, fill, put, relevant, value

SPECS: list[Spec] = []


def good(
    name: str,
    survey: Table,
    sidecar: dict[str, Any],
    choices_: Table | None = None,
    settings: Table | None = None,
    extra_sheets: dict[str, Table] | None = None,
    media: dict[str, bytes] | None = None,
) -> None:
    """One form of the corpus; `media`: the files it needs beside it (NAME-media/)."""
    sheets: dict[str, Table] = {"survey": survey}
    if choices_ is not None:
        sheets["choices"] = choices_
    if settings is not None:
        sheets["settings"] = settings
    sheets.update(extra_sheets or {})
    SPECS.append(Spec(name, sheets, sidecar, extra={"media": media} if media else {}))


# -- files attached to a form (ODK keeps them in NAME-media/ next to NAME.xlsx) ---------------


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A small one-colour PNG, the same bytes on every run."""
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def text_file(*lines: str) -> bytes:
    """A data file as people save it: UTF-8, one line each, a newline at the end."""
    return ("\n".join(lines) + "\n").encode("utf-8")


def media_folder(spec: Spec) -> Path:
    return (BAD if spec.kind == "bad" else CORPUS) / f"{spec.name}-media"


def write_media(specs: Iterable[Spec]) -> list[Path]:
    """Write the attached files of these forms (only when they changed) and remove the ones
    no table names any more; returns what changed. build_forms.py writes the workbooks."""
    changed: list[Path] = []
    for spec in specs:
        folder = media_folder(spec)
        files: dict[str, bytes] = spec.extra.get("media") or {}
        for name, data in files.items():
            path = folder / name
            if not path.exists() or path.read_bytes() != data:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
                changed.append(path)
        if folder.is_dir():
            for path in sorted(folder.iterdir()):
                if path.name not in files:
                    path.unlink()
                    changed.append(path)
            if not any(folder.iterdir()):
                folder.rmdir()
    return changed


YES_NO: Table = [
    ["yes_no", "yes", "Yes"],
    ["yes_no", "no", "No"],
]

# -- 1. The smallest form there is: three columns, no choices, no settings --------------------
good(
    "hello_world",
    [
        ["type", "name", "label"],
        ["text", "name", "What is your name?"],
        ["integer", "age", "How old are you?"],
        ["note", "greeting", "Hello ${name}!"],
    ],
    fill(
        "Minimal form: only a survey sheet",
        [put("name", "Dara"), put("age", 34)],
        {"name": "Dara", "age": 34},
    ),
)

# -- 2. Household roster: repeat, position(), count(), sum() over coalesce() -------------------
good(
    "household_roster",
    [
        ["type", "name", "label", "hint", "required", "constraint", "constraint_message",
         "relevant", "calculation"],
        ["text", "hh_head", "Name of the household head", "", "yes", "", "", "", ""],
        ["integer", "hh_size", "How many people live in this household?",
         "Count everyone who slept here last night", "yes", ". > 0 and . < 40",
         "Between 1 and 39 people", "", ""],
        ["begin repeat", "member", "Household member", "", "", "", "", "", ""],
        ["calculate", "member_no", "", "", "", "", "", "", "position(..)"],
        ["text", "m_name", "Name of member ${member_no}", "", "yes", "", "", "", ""],
        ["select_one sex", "m_sex", "Sex of ${m_name}", "", "yes", "", "", "", ""],
        ["integer", "m_age", "Age of ${m_name} in completed years", "", "yes",
         ". >= 0 and . <= 120", "Age must be between 0 and 120", "", ""],
        ["select_one yes_no", "m_works", "Does ${m_name} earn an income?", "", "yes", "", "",
         "${m_age} >= 15", ""],
        ["integer", "m_income", "Monthly income of ${m_name} (riel)", "", "", ". >= 0", "",
         "${m_works} = 'yes'", ""],
        ["calculate", "m_income0", "", "", "", "", "", "", "coalesce(${m_income}, 0)"],
        ["end repeat", "", "", "", "", "", "", "", ""],
        ["calculate", "n_members", "", "", "", "", "", "", "count(${member})"],
        ["calculate", "total_income", "", "", "", "", "", "", "sum(${m_income0})"],
        ["note", "summary", "${n_members} of ${hh_size} members listed; household income "
         "${total_income} riel a month", "", "", "", "", "", ""],
    ],
    fill(
        "Three members; a child is not asked about income; sums over the repeat",
        [
            put("hh_head", "Sokha Chan"),
            put("hh_size", 0),
            error("hh_size", "constraint"),
            put("hh_size", 3),
            add("member"), add("member"), add("member"),
            value("member_no", 1, 0),
            value("member_no", 3, 2),
            put("m_name", "Sokha Chan", 0), put("m_sex", "male", 0), put("m_age", 45, 0),
            put("m_name", "Srey Leak", 1), put("m_sex", "female", 1), put("m_age", 130, 1),
            error("m_age", "constraint", 1),
            put("m_age", 41, 1),
            put("m_name", "Vanna", 2), put("m_sex", "female", 2), put("m_age", 8, 2),
            relevant("m_works", False, 2),
            relevant("m_works", True, 1),
            put("m_works", "yes", 0), put("m_income", 400000, 0),
            put("m_works", "no", 1),
            relevant("m_income", False, 1),
            value("n_members", 3),
            value("total_income", 400000),
        ],
        {
            "hh_head": "Sokha Chan",
            "hh_size": 3,
            "member": [
                {"m_name": "Sokha Chan", "m_age": 45, "m_works": "yes", "m_income": 400000},
                {"m_name": "Srey Leak", "m_age": 41, "m_works": "no"},
                {"m_name": "Vanna", "m_sex": "female", "m_age": 8},
            ],
        },
    ),
    [
        ["list_name", "name", "label"],
        ["sex", "female", "Female"],
        ["sex", "male", "Male"],
        *YES_NO,
    ],
    [
        ["form_title", "form_id", "version"],
        ["Household roster", "household_roster", "2024052001"],
    ],
)

# -- 3. Market prices: today() in a constraint, a default, price per kg -----------------------
good(
    "market_prices",
    [
        ["type", "name", "label", "hint", "required", "default", "constraint",
         "constraint_message", "calculation"],
        ["date", "visit_date", "Date of the market visit", "", "yes", "",
         ". <= today()", "The date cannot be in the future", ""],
        ["select_one market", "market", "Market", "", "yes", "", "", "", ""],
        ["select_one commodity", "commodity", "Commodity", "", "yes", "", "", "", ""],
        ["select_one unit", "unit", "Unit it is sold in", "", "yes", "", "", "", ""],
        ["decimal", "unit_kg", "Weight of one unit (kg)", "1 if sold by the kilogram", "yes",
         "1", ". > 0", "Must be more than 0", ""],
        ["decimal", "price", "Price of one unit (local currency)", "", "yes", "", ". > 0",
         "A price must be more than 0", ""],
        ["calculate", "price_per_kg", "", "", "", "", "", "",
         "round(${price} div ${unit_kg}, 2)"],
        ["note", "show_price", "Price per kg: ${price_per_kg}", "", "", "", "", "", ""],
        ["text", "remarks", "Remarks (shortage, flooding, festival...)", "", "", "", "", "",
         ""],
    ],
    fill(
        "A 50 kg bag of rice at 95,000 riel; future dates and zero prices refused",
        [
            put("visit_date", "2024-06-20"),
            error("visit_date", "constraint"),
            put("visit_date", "2024-06-14"),
            error("visit_date", None),
            put("market", "psar_leu"),
            put("commodity", "rice"),
            put("unit", "bag"),
            value("unit_kg", 1),
            put("unit_kg", 50),
            put("price", 0),
            error("price", "constraint"),
            put("price", 95000),
            value("price_per_kg", 1900),
        ],
        {"visit_date": "2024-06-14", "market": "psar_leu", "unit_kg": 50, "price": 95000},
        today="2024-06-15",
    ),
    [
        ["list_name", "name", "label"],
        ["market", "psar_leu", "Psar Leu, Siem Reap"],
        ["market", "psar_chas", "Psar Chas, Siem Reap"],
        ["market", "psar_nat", "Psar Nat, Battambang"],
        ["commodity", "rice", "Rice (milled)"],
        ["commodity", "fish", "Fresh fish (trey riel)"],
        ["commodity", "pork", "Pork"],
        ["commodity", "morning_glory", "Morning glory"],
        ["unit", "kg", "Kilogram"],
        ["unit", "bag", "Bag"],
        ["unit", "bunch", "Bunch"],
    ],
    [
        ["form_title", "form_id", "version"],
        ["Weekly market prices", "market_prices_weekly", "7"],
    ],
)

# -- 4. SME census: field-list groups, nested if(), a cross-field constraint, regex ----------
good(
    "sme_census",
    [
        ["type", "name", "label", "required", "relevant", "constraint", "constraint_message",
         "appearance", "calculation"],
        ["begin group", "business", "The business", "", "", "", "", "field-list", ""],
        ["text", "biz_name", "Business name", "yes", "", "", "", "", ""],
        ["select_one sector", "sector", "Main sector", "yes", "", "", "", "", ""],
        ["text", "sector_other", "Which other sector?", "yes", "${sector} = 'other'", "", "",
         "", ""],
        ["integer", "year_started", "Year the business started", "", "",
         ". >= 1900 and . <= 2024", "A year between 1900 and 2024", "", ""],
        ["end group", "", "", "", "", "", "", "", ""],
        ["begin group", "staff", "Staff", "", "", "", "", "field-list", ""],
        ["integer", "emp_total", "Employees in total (owner included)", "yes", "", ". >= 1",
         "", "", ""],
        ["integer", "emp_female", "Of whom women", "yes", "", ". <= ${emp_total}",
         "Cannot be more than the total", "", ""],
        ["calculate", "size_class", "", "", "", "", "", "",
         "if(${emp_total} < 10, 'micro', if(${emp_total} < 50, 'small', "
         "if(${emp_total} < 200, 'medium', 'large')))"],
        ["note", "size_note", "This is a ${size_class} enterprise.", "", "", "", "", "", ""],
        ["end group", "", "", "", "", "", "", "", ""],
        ["begin group", "online", "Going online", "", "", "", "", "", ""],
        ["select_one yes_no", "has_website", "Does the business have a website?", "yes", "",
         "", "", "", ""],
        ["text", "website", "Website address", "yes", "${has_website} = 'yes'",
         "regex(., '^(https?://)?[a-z0-9.-]+\\.[a-z]{2,}(/.*)?$')",
         "Type an address such as www.example.com", "", ""],
        ["select_multiple channel", "channels", "Where do you sell?", "", "", "", "", "", ""],
        ["end group", "", "", "", "", "", "", "", ""],
    ],
    fill(
        "A 12-person ceramics workshop; women cannot outnumber staff; website only if any",
        [
            put("biz_name", "Angkor Clay Studio"),
            put("sector", "other"),
            relevant("sector_other", True),
            error("sector_other", "required"),
            put("sector_other", "Ceramics"),
            put("year_started", 1850),
            error("year_started", "constraint"),
            put("year_started", 2011),
            put("emp_total", 12),
            put("emp_female", 15),
            error("emp_female", "constraint"),
            put("emp_female", 7),
            value("size_class", "small"),
            put("has_website", "no"),
            relevant("website", False),
            put("has_website", "yes"),
            relevant("website", True),
            put("website", "not a web address"),
            error("website", "constraint"),
            put("website", "www.angkorclay.com.kh"),
            error("website", None),
            put("channels", ["shop", "facebook"]),
        ],
        {"biz_name": "Angkor Clay Studio", "sector": "other", "sector_other": "Ceramics",
         "emp_total": 12, "emp_female": 7, "size_class": "small",
         "website": "www.angkorclay.com.kh", "channels": ["shop", "facebook"]},
    ),
    [
        ["list_name", "name", "label"],
        ["sector", "tourism", "Tourism and hospitality"],
        ["sector", "handicraft", "Handicrafts"],
        ["sector", "manufacturing", "Small manufacturing"],
        ["sector", "it", "IT services and outsourcing"],
        ["sector", "agri", "Agriculture and food processing"],
        ["sector", "other", "Other"],
        *YES_NO,
        ["channel", "shop", "Own shop"],
        ["channel", "market", "Market stall"],
        ["channel", "agent", "Through agents"],
        ["channel", "facebook", "Facebook"],
        ["channel", "emarket", "An e-marketplace"],
    ],
    [
        ["form_title", "form_id", "version"],
        ["SME census 2024", "sme_census_2024", "2024030101"],
    ],
)

# -- 5. Training feedback: likert ratings with numeric choice names, an average ----------------
good(
    "training_feedback",
    [
        ["type", "name", "label", "appearance", "required", "calculation"],
        ["select_one rating", "r_content", "The content was useful for my work", "likert",
         "TRUE", ""],
        ["select_one rating", "r_trainer", "The trainer explained clearly", "likert", "TRUE",
         ""],
        ["select_one rating", "r_materials", "The handouts and exercises were good", "likert",
         "TRUE", ""],
        ["calculate", "avg", "", "", "",
         "round((${r_content} + ${r_trainer} + ${r_materials}) div 3, 1)"],
        ["text", "best", "What was the most useful part?", "multiline", "FALSE", ""],
        ["text", "improve", "What should we improve?", "multiline", "FALSE", ""],
    ],
    fill(
        "Three ratings averaged; free text optional",
        [
            error("r_content", "required"),
            put("r_content", "4"),
            put("r_trainer", "5"),
            put("r_materials", "3"),
            value("avg", 4),
            put("best", "Writing product descriptions in English"),
        ],
        {"r_content": "4", "r_trainer": "5", "r_materials": "3",
         "best": "Writing product descriptions in English"},
    ),
    [
        ["list_name", "name", "label"],
        ["rating", "1", "Strongly disagree"],
        ["rating", "2", "Disagree"],
        ["rating", "3", "Neutral"],
        ["rating", "4", "Agree"],
        ["rating", "5", "Strongly agree"],
    ],
    [
        ["form_title", "form_id"],
        ["Training feedback", "training_feedback"],
    ],
)

# -- 6. Health-facility readiness checklist: yes/no items, a score, a follow-up when low ------
good(
    "facility_checklist",
    [
        ["type", "name", "label", "hint", "required", "relevant", "calculation", "appearance"],
        ["text", "facility", "Facility name", "", "yes", "", "", ""],
        ["begin group", "utilities", "Utilities", "", "", "", "", "field-list"],
        ["select_one yes_no_na", "power", "Is there electricity today?", "", "yes", "", "", ""],
        ["select_one yes_no_na", "water", "Is there running water?", "", "yes", "", "", ""],
        ["select_one yes_no_na", "phone", "Is there a working telephone?", "", "yes", "", "",
         ""],
        ["select_one yes_no_na", "internet", "Is there an internet connection?",
         "Any: mobile data counts", "yes", "", "", ""],
        ["end group", "", "", "", "", "", "", ""],
        ["calculate", "score", "", "", "", "",
         "if(${power}='yes',1,0) + if(${water}='yes',1,0) + if(${phone}='yes',1,0) + "
         "if(${internet}='yes',1,0)", ""],
        ["calculate", "pct", "", "", "", "", "round(${score} div 4 * 100, 0)", ""],
        ["note", "score_note", "Readiness: ${pct} %", "", "", "", "", ""],
        ["text", "action_plan", "What will be fixed, and by when?", "", "yes",
         "${score} < 3", "", "multiline"],
    ],
    fill(
        "Three of four utilities: 75 %, so no action plan is asked for",
        [
            put("facility", "Kralanh Health Centre"),
            put("power", "yes"), put("water", "no"),
            relevant("action_plan", True),
            put("phone", "yes"), put("internet", "yes"),
            value("score", 3),
            value("pct", 75),
            relevant("action_plan", False),
        ],
        {"facility": "Kralanh Health Centre", "power": "yes", "water": "no", "score": 3},
    ),
    [
        ["list_name", "name", "label"],
        ["yes_no_na", "yes", "Yes"],
        ["yes_no_na", "no", "No"],
        ["yes_no_na", "na", "Not applicable"],
    ],
    [
        ["form_title", "form_id", "version"],
        ["Facility readiness checklist", "facility_checklist", "1"],
    ],
)

# -- 7. Cascading selects (the XLSForm documentation pattern) --------------------------------
good(
    "cascading_selects",
    [
        ["type", "name", "label", "required", "choice_filter"],
        ["select_one country", "country", "Economy", "yes", ""],
        ["select_one province", "province", "Province", "yes", "country=${country}"],
        ["select_one district", "district", "District", "yes", "province=${province}"],
    ],
    fill(
        "Economy, then province, then district: each list narrows the next",
        [
            put("country", "KH"),
            choices("province", ["siem_reap", "battambang", "kampot"]),
            put("province", "siem_reap"),
            choices("district", ["sr_city", "puok", "kralanh"]),
            put("country", "LA"),
            choices("province", ["luang_prabang", "champasak"]),
            put("province", "champasak"),
            choices("district", ["pakse", "champasak_d"]),
            put("district", "pakse"),
        ],
        {"country": "LA", "province": "champasak", "district": "pakse"},
    ),
    [
        ["list_name", "name", "label", "country", "province"],
        ["country", "KH", "Cambodia", "", ""],
        ["country", "LA", "Lao PDR", "", ""],
        ["country", "TH", "Thailand", "", ""],
        ["province", "siem_reap", "Siem Reap", "KH", ""],
        ["province", "battambang", "Battambang", "KH", ""],
        ["province", "kampot", "Kampot", "KH", ""],
        ["province", "luang_prabang", "Luang Prabang", "LA", ""],
        ["province", "champasak", "Champasak", "LA", ""],
        ["province", "chiang_mai", "Chiang Mai", "TH", ""],
        ["district", "sr_city", "Siem Reap City", "KH", "siem_reap"],
        ["district", "puok", "Puok", "KH", "siem_reap"],
        ["district", "kralanh", "Kralanh", "KH", "siem_reap"],
        ["district", "bb_city", "Battambang City", "KH", "battambang"],
        ["district", "pakse", "Pakse", "LA", "champasak"],
        ["district", "champasak_d", "Champasak", "LA", "champasak"],
        ["district", "lp_city", "Luang Prabang City", "LA", "luang_prabang"],
        ["district", "mueang_cm", "Mueang Chiang Mai", "TH", "chiang_mai"],
    ],
    [
        ["form_title", "form_id"],
        ["Where is the business?", "location_cascade"],
    ],
)

# -- 8. A product list filtered by sector, with "or" and a catch-all ---------------------------
good(
    "product_filter_or",
    [
        ["type", "name", "label", "choice_filter", "required", "relevant"],
        ["select_one sector", "sector", "Sector of the enterprise", "", "yes", ""],
        ["select_one product", "main_product", "Main product or service",
         "sector=${sector} or sector='any'", "yes", ""],
        ["text", "product_other", "Describe the product", "", "yes",
         "${main_product} = 'other'"],
    ],
    fill(
        "Handicraft products plus the 'other' entry every sector offers",
        [
            put("sector", "handicraft"),
            choices("main_product", ["silk", "basketry", "silver", "other"]),
            put("sector", "tourism"),
            choices("main_product", ["guesthouse", "tour", "other"]),
            put("main_product", "guesthouse"),
            relevant("product_other", False),
            put("main_product", "other"),
            relevant("product_other", True),
            error("product_other", "required"),
            put("product_other", "Boat trips on the Tonle Sap"),
        ],
        {"sector": "tourism", "main_product": "other",
         "product_other": "Boat trips on the Tonle Sap"},
    ),
    [
        ["list_name", "name", "label", "sector"],
        ["sector", "handicraft", "Handicrafts", ""],
        ["sector", "tourism", "Tourism", ""],
        ["product", "silk", "Silk weaving", "handicraft"],
        ["product", "basketry", "Rattan and bamboo basketry", "handicraft"],
        ["product", "silver", "Silverware", "handicraft"],
        ["product", "guesthouse", "Guesthouse or homestay", "tourism"],
        ["product", "tour", "Tours and guiding", "tourism"],
        ["product", "other", "Something else", "any"],
    ],
)

# -- 9. Crops repeat: position(), sum(), max(), count(), indexed-repeat() -----------------------
good(
    "crop_repeat_sums",
    [
        ["type", "name", "label", "required", "constraint", "calculation"],
        ["text", "farmer", "Name of the farmer", "yes", "", ""],
        ["begin_repeat", "crop", "Crop", "", "", ""],
        ["calculate", "crop_no", "", "", "", "position(..)"],
        ["select_one crop_list", "crop_name", "Crop number ${crop_no}", "yes", "", ""],
        ["decimal", "area_ha", "Area planted (hectares)", "yes", ". > 0 and . <= 100", ""],
        ["decimal", "harvest_kg", "Last harvest (kg)", "yes", ". >= 0", ""],
        ["calculate", "yield_kg_ha", "", "", "", "round(${harvest_kg} div ${area_ha}, 1)"],
        ["end_repeat", "", "", "", "", ""],
        ["calculate", "n_crops", "", "", "", "count(${crop})"],
        ["calculate", "total_area", "", "", "", "sum(${area_ha})"],
        ["calculate", "best_harvest", "", "", "", "max(${harvest_kg})"],
        ["calculate", "first_crop", "", "", "", "indexed-repeat(${crop_name}, ${crop}, 1)"],
        ["note", "crop_summary", "${n_crops} crops on ${total_area} ha", "", "", ""],
    ],
    fill(
        "Two crops; sums across the repeat and a yield per crop",
        [
            put("farmer", "Bounmy Phommachanh"),
            add("crop"), add("crop"),
            value("crop_no", 2, 1),
            put("crop_name", "rice", 0), put("area_ha", 1.5, 0), put("harvest_kg", 4200, 0),
            put("crop_name", "coffee", 1), put("area_ha", 0, 1),
            error("area_ha", "constraint", 1),
            put("area_ha", 0.5, 1), put("harvest_kg", 600, 1),
            value("yield_kg_ha", 2800, 0),
            value("yield_kg_ha", 1200, 1),
            value("n_crops", 2),
            value("total_area", 2),
            value("best_harvest", 4200),
            value("first_crop", "rice"),
        ],
        {"farmer": "Bounmy Phommachanh",
         "crop": [{"crop_name": "rice", "area_ha": 1.5, "harvest_kg": 4200},
                  {"crop_name": "coffee", "area_ha": 0.5, "harvest_kg": 600}]},
    ),
    [
        ["list_name", "name", "label"],
        ["crop_list", "rice", "Rice"],
        ["crop_list", "coffee", "Coffee"],
        ["crop_list", "cassava", "Cassava"],
        ["crop_list", "maize", "Maize"],
    ],
    [
        ["form_title", "form_id", "version"],
        ["Crop production (Champasak)", "crops_champasak", "2"],
    ],
)

# -- 10. Calculations with if(), coalesce(), concat(), round() -----------------------------------
good(
    "calculations",
    [
        ["type", "name", "label", "calculation"],
        ["text", "given_name", "Given name", ""],
        ["text", "family_name", "Family name", ""],
        ["text", "nickname", "Name people call you (if different)", ""],
        ["calculate", "full_name", "", "concat(${family_name}, ' ', ${given_name})"],
        ["calculate", "call_name", "", "coalesce(${nickname}, ${given_name})"],
        ["integer", "age", "Age", ""],
        ["calculate", "age_group", "",
         "if(${age} < 18, 'youth', if(${age} >= 60, 'senior', 'adult'))"],
        ["decimal", "unit_price", "Price of one item (USD)", ""],
        ["integer", "quantity", "Number of items", ""],
        ["calculate", "total", "", "${unit_price} * ${quantity}"],
        ["calculate", "total_vat", "", "round(${total} * 1.1, 2)"],
        ["note", "receipt", "${call_name} (${age_group}): ${quantity} x ${unit_price} = "
         "${total_vat} with VAT", ""],
    ],
    fill(
        "Names joined, a fallback name, an age band, a total with 10 % VAT",
        [
            put("given_name", "An"),
            put("family_name", "Nguyen"),
            value("full_name", "Nguyen An"),
            value("call_name", "An"),
            put("nickname", "Anh Ba"),
            value("call_name", "Anh Ba"),
            put("age", 17),
            value("age_group", "youth"),
            put("age", 64),
            value("age_group", "senior"),
            put("unit_price", 2.5),
            put("quantity", 4),
            value("total", 10),
            value("total_vat", 11),
        ],
        {"given_name": "An", "full_name": "Nguyen An", "call_name": "Anh Ba",
         "age_group": "senior", "quantity": 4},
    ),
)

# -- 11. Constraints: regex(), string-length(), ranges on `.` ----------------------------------
good(
    "constraints_regex",
    [
        ["type", "name", "label", "hint", "constraint", "constraint_message", "required"],
        ["text", "phone", "Mobile phone", "10 digits, starting with 0",
         "regex(., '^0[0-9]{8,9}$')", "9 or 10 digits starting with 0", "yes"],
        ["text", "email", "E-mail address", "",
         "regex(., '^[^@ ]+@[^@ ]+\\.[a-z]{2,}$')", "That is not an e-mail address", ""],
        ["text", "tax_id", "Tax identification number", "9 digits",
         "string-length(.) = 9 and regex(., '^[0-9]+$')", "Exactly 9 digits", ""],
        ["integer", "children", "Number of children", "", ". >= 0 and . <= 20",
         "Between 0 and 20", ""],
        ["decimal", "weight", "Weight of the parcel (kg)", "", ". > 0.05 and . < 300",
         "More than 0.05 kg and less than 300 kg", ""],
    ],
    fill(
        "Every constraint first refuses a wrong value, then accepts a right one",
        [
            put("phone", "12345"), error("phone", "constraint"),
            put("phone", "0912345678"), error("phone", None),
            put("email", "sales@mekongsilk"), error("email", "constraint"),
            put("email", "sales@mekongsilk.la"), error("email", None),
            put("tax_id", "12345678A"), error("tax_id", "constraint"),
            put("tax_id", "123456789"), error("tax_id", None),
            put("children", 21), error("children", "constraint"),
            put("children", 2),
            put("weight", 0.01), error("weight", "constraint"),
            put("weight", 12.5), error("weight", None),
        ],
        {"phone": "0912345678", "email": "sales@mekongsilk.la", "tax_id": "123456789",
         "children": 2, "weight": 12.5},
    ),
    None,
    [
        ["form_title", "form_id"],
        ["Contact details check", "contact_check"],
    ],
)

# -- 12. selected(), count-selected(), "none" exclusive, choice_filter selected(${x}, name) -----
good(
    "relevant_selected",
    [
        ["type", "name", "label", "relevant", "constraint", "constraint_message",
         "choice_filter", "required"],
        ["select_multiple ict", "ict_used", "Which of these does the business use?", "",
         "not(selected(., 'none') and count-selected(.) > 1)",
         "'None' cannot be combined with other answers", "", "yes"],
        ["text", "ict_other", "Which other tool?", "selected(${ict_used}, 'other')", "", "",
         "", "yes"],
        ["select_one ict", "ict_main", "Which of them matters most?",
         "count-selected(${ict_used}) > 1", "", "", "selected(${ict_used}, name)", "yes"],
        ["note", "no_ict", "Thank you. The next questions are skipped.",
         "selected(${ict_used}, 'none')", "", "", "", ""],
        ["integer", "hours_online", "Hours online per week",
         "not(selected(${ict_used}, 'none'))", ". >= 0 and . <= 168", "", "", ""],
    ],
    fill(
        "Several tools picked: the main one is chosen among them only",
        [
            put("ict_used", ["fax", "none"]),
            error("ict_used", "constraint"),
            put("ict_used", ["none"]),
            relevant("no_ict", True),
            relevant("hours_online", False),
            relevant("ict_main", False),
            put("ict_used", ["fax", "email", "other"]),
            relevant("ict_other", True),
            relevant("ict_main", True),
            choices("ict_main", ["fax", "email", "other"]),
            put("ict_main", "email"),
            put("ict_other", "LINE app"),
            put("hours_online", 6),
        ],
        {"ict_used": ["fax", "email", "other"], "ict_main": "email", "ict_other": "LINE app",
         "hours_online": 6},
    ),
    [
        ["list_name", "name", "label"],
        ["ict", "fax", "Fax"],
        ["ict", "phone", "Fixed-line telephone"],
        ["ict", "mobile", "Mobile phone"],
        ["ict", "email", "E-mail"],
        ["ict", "web", "A website"],
        ["ict", "other", "Other"],
        ["ict", "none", "None of these"],
    ],
)

# -- 13. Range questions with parameters ------------------------------------------------------
good(
    "range_scales",
    [
        ["type", "name", "label", "parameters", "required", "calculation", "appearance"],
        ["range", "satisfaction", "How satisfied are you with the portal? (1-10)",
         "start=1 end=10 step=1", "yes", "", ""],
        ["range", "share_online", "Share of your sales made online (%)",
         "start=0 end=100 step=5", "yes", "", ""],
        ["range", "trust", "How much do you trust online payment?", "start=0 end=1 step=0.25",
         "", "", "no-ticks"],
        ["calculate", "online_flag", "", "", "",
         "if(${share_online} >= 25, 'active', 'starting')", ""],
    ],
    fill(
        "Three sliders, one with decimal steps",
        [
            put("satisfaction", 7),
            put("share_online", 30),
            value("online_flag", "active"),
            put("share_online", 10),
            value("online_flag", "starting"),
            put("trust", 0.75),
        ],
        {"satisfaction": 7, "share_online": 10, "trust": 0.75},
    ),
    None,
    [
        ["form_title", "form_id"],
        ["Portal satisfaction", "portal_satisfaction"],
    ],
)

# -- 14. Informed consent: acknowledge gates the whole interview ------------------------------
good(
    "consent_acknowledge",
    [
        ["type", "name", "label", "required", "relevant"],
        ["note", "intro", "We are the provincial chamber of commerce. This interview takes "
         "about 15 minutes. Your answers are confidential.", "", ""],
        ["acknowledge", "consent", "I agree to take part", "yes", ""],
        ["begin group", "interview", "Interview", "", "${consent} = 'OK'"],
        ["text", "respondent", "Name of the person interviewed", "yes", ""],
        ["select_one role", "role", "Role in the business", "yes", ""],
        ["end group", "", "", "", ""],
    ],
    fill(
        "Nothing is asked until consent is acknowledged",
        [
            relevant("interview", False),
            relevant("respondent", False),
            error("consent", "required"),
            put("consent", "OK"),
            relevant("interview", True),
            put("respondent", "Keo Sophal"),
            put("role", "owner"),
        ],
        {"consent": "OK", "respondent": "Keo Sophal", "role": "owner"},
    ),
    [
        ["list_name", "name", "label"],
        ["role", "owner", "Owner"],
        ["role", "manager", "Manager"],
        ["role", "family", "Family member"],
        ["role", "staff", "Employee"],
    ],
)

# -- 15. Dates: today(), date arithmetic for age, format-date(), date() ---------------------------
good(
    "dates_today",
    [
        ["type", "name", "label", "required", "constraint", "constraint_message",
         "calculation"],
        ["date", "dob", "Date of birth of the owner", "yes", ". < today()",
         "Must be in the past", ""],
        ["calculate", "age", "", "", "", "", "int((today() - ${dob}) div 365.25)"],
        ["calculate", "birth_year", "", "", "", "", "format-date(${dob}, '%Y')"],
        ["date", "registered_on", "Date the business was registered", "",
         ". >= ${dob} and . <= today()", "After the owner's birth and not in the future", ""],
        ["date", "next_visit", "Date of the next visit", "",
         ". > today() and . <= date('2025-12-31')", "A future date in 2024 or 2025", ""],
        ["note", "age_note", "The owner is ${age} (born ${birth_year}).", "", "", "", ""],
    ],
    fill(
        "Age computed from the date of birth on a fixed today",
        [
            put("dob", "2030-01-01"),
            error("dob", "constraint"),
            put("dob", "1990-01-10"),
            value("age", 34),
            value("birth_year", "1990"),
            put("registered_on", "1985-05-05"),
            error("registered_on", "constraint"),
            put("registered_on", "2015-03-02"),
            error("registered_on", None),
            put("next_visit", "2024-06-01"),
            error("next_visit", "constraint"),
            put("next_visit", "2024-07-01"),
            error("next_visit", None),
        ],
        {"dob": "1990-01-10", "registered_on": "2015-03-02", "next_visit": "2024-07-01"},
        today="2024-06-15",
    ),
)

# -- 16. Defaults and read_only ---------------------------------------------------------------
good(
    "defaults_readonly",
    [
        ["type", "name", "label", "default", "read_only", "required"],
        ["text", "agency", "Agency", "Siem Reap Provincial Chamber of Commerce", "yes", ""],
        ["select_one country", "country", "Economy", "KH", "", "yes"],
        ["integer", "visits", "Number of visits this year", "1", "", "yes"],
        ["decimal", "exchange_rate", "Riel per US dollar", "4100", "TRUE", ""],
        ["select_multiple service", "services", "Services delivered", "profile catalogue", "",
         "yes"],
        ["decimal", "fee_usd", "Fee charged (USD)", "0", "", ""],
    ],
    fill(
        "Defaults are there before anyone types; read-only values stay",
        [
            value("agency", "Siem Reap Provincial Chamber of Commerce"),
            value("country", "KH"),
            value("visits", 1),
            value("exchange_rate", 4100),
            value("services", ["profile", "catalogue"]),
            put("visits", 3),
            put("services", ["profile", "catalogue", "translation"]),
            put("fee_usd", 15),
        ],
        {"agency": "Siem Reap Provincial Chamber of Commerce", "country": "KH", "visits": 3,
         "exchange_rate": 4100, "services": ["profile", "catalogue", "translation"],
         "fee_usd": 15},
    ),
    [
        ["list_name", "name", "label"],
        ["country", "KH", "Cambodia"],
        ["country", "LA", "Lao PDR"],
        ["country", "MM", "Myanmar"],
        ["country", "TH", "Thailand"],
        ["country", "VN", "Viet Nam"],
        ["country", "CN53", "Yunnan (China)"],
        ["service", "profile", "Company profile on the portal"],
        ["service", "catalogue", "Product catalogue"],
        ["service", "website", "Website"],
        ["service", "translation", "Translation of product descriptions"],
    ],
    [
        ["form_title", "form_id", "version"],
        ["Service delivery record", "service_record", "2024.1"],
    ],
)

# -- 17. Nested field-list groups with a relevant on a group ---------------------------------
good(
    "nested_groups",
    [
        ["type", "name", "label", "appearance", "relevant", "required"],
        ["begin group", "contact", "Contact", "field-list", "", ""],
        ["text", "contact_name", "Contact person", "", "", "yes"],
        ["text", "contact_phone", "Phone", "numbers", "", ""],
        ["begin group", "address", "Address", "", "", ""],
        ["text", "village", "Village", "", "", ""],
        ["text", "commune", "Commune", "", "", "yes"],
        ["end group", "", "", "", "", ""],
        ["end group", "", "", "", "", ""],
        ["select_one yes_no", "exports", "Does the business export?", "", "", "yes"],
        ["begin group", "export", "Exports", "field-list", "${exports} = 'yes'", ""],
        ["select_multiple market", "markets", "To which markets?", "", "", "yes"],
        ["begin group", "agents", "Agents", "", "", ""],
        ["select_one yes_no", "uses_agent", "Do you sell through an agent or border trader?",
         "", "", "yes"],
        ["end group", "", "", "", "", ""],
        ["end group", "", "", "", "", ""],
    ],
    fill(
        "An exports section, with a group inside it, shown only to exporters",
        [
            put("contact_name", "Ms Thida"),
            put("commune", "Sangkat Svay Dangkum"),
            put("exports", "no"),
            relevant("export", False),
            relevant("agents", False),
            relevant("uses_agent", False),
            put("exports", "yes"),
            relevant("agents", True),
            error("markets", "required"),
            put("markets", ["TH", "VN"]),
            put("uses_agent", "yes"),
        ],
        {"contact_name": "Ms Thida", "commune": "Sangkat Svay Dangkum", "exports": "yes",
         "markets": ["TH", "VN"], "uses_agent": "yes"},
    ),
    [
        ["list_name", "name", "label"],
        *YES_NO,
        ["market", "TH", "Thailand"],
        ["market", "VN", "Viet Nam"],
        ["market", "CN", "China"],
        ["market", "EU", "Europe"],
        ["market", "JP", "Japan"],
    ],
)

# -- 18. Seven languages, hints and messages translated ---------------------------------------
LANGS = ["English (en)", "Khmer (km)", "Lao (lo)", "Burmese (my)", "Thai (th)",
         "Vietnamese (vi)", "Chinese (zh_CN)"]


def cols(column: str) -> list[str]:
    return [f"{column}::{lang}" for lang in LANGS]


good(
    "multilingual_mekong",
    [
        ["type", "name", *cols("label"), *cols("hint"), "required", "constraint",
         *cols("constraint_message")],
        ["text", "biz_name",
         "Name of the business", "ឈ្មោះអាជីវកម្ម", "ຊື່ທຸລະກິດ", "လုပ်ငန်းအမည်",
         "ชื่อกิจการ", "Tên doanh nghiệp", "企业名称",
         "As written on the registration certificate",
         "ដូចមានសរសេរក្នុងវិញ្ញាបនបត្រចុះបញ្ជី", "ຕາມທີ່ຂຽນໄວ້ໃນໃບທະບຽນວິສາຫະກິດ",
         "မှတ်ပုံတင်လက်မှတ်ပါအတိုင်း", "ตามที่ระบุในหนังสือรับรองการจดทะเบียน",
         "Như ghi trên giấy chứng nhận đăng ký", "与营业执照上的名称一致",
         "yes", "", "", "", "", "", "", "", ""],
        ["select_one yes_no", "uses_email",
         "Does the business use e-mail?", "តើអាជីវកម្មប្រើអ៊ីមែលដែរឬទេ?",
         "ທຸລະກິດຂອງທ່ານໃຊ້ອີເມວບໍ່?", "လုပ်ငန်းတွင် အီးမေးလ် အသုံးပြုပါသလား။",
         "กิจการใช้อีเมลหรือไม่", "Doanh nghiệp có sử dụng e-mail không?",
         "企业是否使用电子邮件？",
         "", "", "", "", "", "", "", "yes", "", "", "", "", "", "", "", ""],
        ["integer", "employees",
         "Number of employees", "ចំនួនបុគ្គលិក", "ຈຳນວນພະນັກງານ", "ဝန်ထမ်းအရေအတွက်",
         "จำนวนพนักงาน", "Số lao động", "员工人数",
         "", "", "", "", "", "", "", "yes", ". >= 0",
         "Cannot be negative", "មិនអាចជាចំនួនអវិជ្ជមានបានទេ", "ບໍ່ສາມາດເປັນຄ່າລົບໄດ້",
         "အနုတ်ကိန်း မဖြစ်ရပါ", "ต้องไม่ติดลบ", "Không được là số âm", "不能为负数"],
    ],
    fill(
        "Seven label languages; the constraint message comes back in Khmer",
        [
            put("biz_name", "ហាងកាហ្វេ ស្រីពៅ"),
            put("uses_email", "yes"),
            put("employees", -2),
            error("employees", "constraint", text="អវិជ្ជមាន"),
            put("employees", 4),
        ],
        {"biz_name": "ហាងកាហ្វេ ស្រីពៅ", "uses_email": "yes", "employees": 4},
        lang="km",
        form={"languages": ["en", "km", "lo", "my", "th", "vi", "zh_CN"],
              "label": {"employees": {"lo": "ຈຳນວນພະນັກງານ", "zh_CN": "员工人数"}}},
    ),
    [
        ["list_name", "name", *cols("label")],
        ["yes_no", "yes", "Yes", "បាទ/ចាស", "ແມ່ນ", "ဟုတ်ကဲ့", "ใช่", "Có", "是"],
        ["yes_no", "no", "No", "ទេ", "ບໍ່", "မဟုတ်ပါ", "ไม่ใช่", "Không", "否"],
    ],
    [
        ["form_title", "form_id", "version", "default_language"],
        ["Mekong SME quick profile", "mekong_quick_profile", "1", "English (en)"],
    ],
)

# -- 19. `label::English(en)` written without the space ------------------------------------
good(
    "label_no_space",
    [
        ["type", "name", "label::English(en)", "label::Khmer(km)", "hint::English(en)",
         "hint::Khmer(km)", "constraint", "required"],
        ["text", "trainee", "Name of the trainee", "ឈ្មោះសិក្ខាកាម", "", "", "", "yes"],
        ["select_one sex", "sex", "Sex", "ភេទ", "", "", "", "yes"],
        ["integer", "days", "Days attended", "ចំនួនថ្ងៃដែលបានចូលរួម",
         "The workshop lasts 5 days", "សិក្ខាសាលាមានរយៈពេល ៥ ថ្ងៃ", ". >= 1 and . <= 5",
         "yes"],
    ],
    fill(
        "Language columns without a space before the code",
        [
            put("trainee", "Chea Sreymom"),
            put("sex", "f"),
            put("days", 6),
            error("days", "constraint"),
            put("days", 5),
        ],
        {"trainee": "Chea Sreymom", "sex": "f", "days": 5},
        form={"languages": ["en", "km"], "label": {"days": {"km": "ចំនួនថ្ងៃដែលបានចូលរួម"}}},
    ),
    [
        ["list_name", "name", "label::English(en)", "label::Khmer(km)"],
        ["sex", "f", "Female", "ស្រី"],
        ["sex", "m", "Male", "ប្រុស"],
    ],
)

# -- 20. Old spellings: begin_group, select one, select all that apply, relevance, true() ------
good(
    "legacy_spellings",
    [
        ["type", "name", "label", "relevance", "required", "calculation", "constraint"],
        ["begin_group", "ict", "ICT in the business", "", "", "", ""],
        ["select one yes_no", "has_fax", "Do you have a fax machine?", "", "true()", "", ""],
        ["integer", "fax_week", "Faxes sent in a normal week", "${has_fax} = 'yes'", "Yes", "",
         ". >= 0"],
        ["select all that apply tools", "tools", "Which do you use?", "", "true", "", ""],
        ["calculate", "n_tools", "", "", "", "count-selected(${tools})", ""],
        ["end_group", "", "", "", "", "", ""],
        ["begin group", "web", "The web", "${n_tools} > 0", "", "", ""],
        ["select one yes_no", "buys_online", "Have you ever bought supplies online?", "",
         "TRUE", "", ""],
        ["end group", "", "", "", "", "", ""],
    ],
    fill(
        "Old spellings of types, columns and yes values give the same form",
        [
            put("has_fax", "yes"),
            relevant("fax_week", True),
            error("fax_week", "required"),
            put("fax_week", 20),
            put("tools", []),
            relevant("web", False),
            put("tools", ["phone", "email"]),
            value("n_tools", 2),
            relevant("web", True),
            put("buys_online", "no"),
        ],
        {"has_fax": "yes", "fax_week": 20, "tools": ["phone", "email"], "buys_online": "no"},
    ),
    [
        ["list name", "name", "label"],
        *YES_NO,
        ["tools", "phone", "Fixed-line phone"],
        ["tools", "mobile", "Mobile phone"],
        ["tools", "email", "E-mail"],
    ],
)

# -- 21. A KoboToolbox export: $kuid/$autoname columns, start/end metadata, Khmer labels ------
good(
    "kobo_export",
    [
        ["type", "$kuid", "name", "label::English (en)", "label::Khmer (km)", "required",
         "relevant", "hint::English (en)", "hint::Khmer (km)", "$autoname", "appearance"],
        ["start", "a1b2c3", "start", "", "", "", "", "", "", "start", ""],
        ["end", "d4e5f6", "end", "", "", "", "", "", "", "end", ""],
        ["select_one yes_no", "g7h8i9", "owns_smartphone", "Do you own a smartphone?",
         "តើអ្នកមានស្មាតហ្វូនដែរឬទេ?", "true", "", "", "", "owns_smartphone", ""],
        ["select_multiple apps", "j1k2l3", "apps", "Which apps do you use for the business?",
         "តើអ្នកប្រើកម្មវិធីណាខ្លះសម្រាប់អាជីវកម្ម?", "true", "${owns_smartphone} = 'yes'",
         "Select all that apply", "ជ្រើសរើសបានច្រើន", "apps", "minimal"],
        ["integer", "m4n5o6", "orders_week", "Orders received through apps in a week",
         "ចំនួនការកម្ម៉ង់តាមកម្មវិធីក្នុងមួយសប្ដាហ៍", "false",
         "${owns_smartphone} = 'yes' and not(selected(${apps}, 'none'))", "", "", "orders_week",
         ""],
    ],
    fill(
        "A file as KoboToolbox exports it, with its own columns and metadata",
        [
            put("owns_smartphone", "no"),
            relevant("apps", False),
            put("owns_smartphone", "yes"),
            put("apps", ["facebook", "telegram"]),
            relevant("orders_week", True),
            put("orders_week", 12),
        ],
        {"owns_smartphone": "yes", "apps": ["facebook", "telegram"], "orders_week": 12},
    ),
    [
        ["list_name", "$kuid", "name", "label::English (en)", "label::Khmer (km)",
         "$autovalue"],
        ["yes_no", "p1", "yes", "Yes", "បាទ/ចាស", "yes"],
        ["yes_no", "p2", "no", "No", "ទេ", "no"],
        ["apps", "p3", "facebook", "Facebook", "ហ្វេសប៊ុក", "facebook"],
        ["apps", "p4", "telegram", "Telegram", "តេឡេក្រាម", "telegram"],
        ["apps", "p5", "wing", "Wing or ABA mobile banking", "វីង ឬ ABA", "wing"],
        ["apps", "p6", "none", "None", "គ្មាន", "none"],
    ],
    [
        ["form_title", "version", "default_language"],
        ["Women entrepreneurs: mobile business", "vHq7ZcZ3k9RmWcLxu2ePkV", "English (en)"],
    ],
)

# -- 22. Blank rows, designers' notes columns and a stray comment column ------------------------
good(
    "blank_rows_notes",
    [
        ["type", "name", "label", "required", "notes", "relevant"],
        ["text", "agency", "Name of your agency", "yes", "ask for the full name", ""],
        ["", "", "", "", "", ""],
        ["select_one agency_type", "agency_type", "Type of agency", "yes",
         "list agreed at the Hanoi meeting", ""],
        ["", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["integer", "staff_ict", "Staff who can build a simple web page", "", "", ""],
        ["text", "agency_type_other", "Other type of agency", "yes", "",
         "${agency_type} = 'other'"],
        ["", "", "", "", "", ""],
    ],
    fill(
        "Blank rows and an unknown 'notes' column change nothing",
        [
            put("agency", "Vientiane Capital Chamber of Commerce"),
            put("agency_type", "chamber"),
            relevant("agency_type_other", False),
            put("staff_ict", 2),
        ],
        {"agency": "Vientiane Capital Chamber of Commerce", "agency_type": "chamber",
         "staff_ict": 2},
    ),
    [
        ["list_name", "name", "label", "comment"],
        ["agency_type", "chamber", "Chamber of commerce", ""],
        ["agency_type", "tpc", "Trade promotion centre", ""],
        ["", "", "", ""],
        ["agency_type", "sme_bureau", "Provincial SME bureau", "called SME office in VN"],
        ["agency_type", "association", "Business association", ""],
        ["agency_type", "training", "Training institution", ""],
        ["agency_type", "other", "Other", ""],
    ],
    [
        ["form_title", "form_id", "version"],
        ["Agency capacity", "agency_capacity", "3"],
    ],
)

# -- 23. Times: opening hours with closing after opening ----------------------------------------
good(
    "opening_hours",
    [
        ["type", "name", "label", "required", "constraint", "constraint_message", "relevant"],
        ["select_multiple day", "open_days", "Days the shop is open", "yes", "", "", ""],
        ["time", "opens", "Opening time", "yes", "", "", ""],
        ["time", "closes", "Closing time", "yes", ". > ${opens}",
         "Closing must be after opening", ""],
        ["select_one yes_no", "lunch_break", "Does the shop close at noon?", "yes", "", "",
         "count-selected(${open_days}) >= 5"],
    ],
    fill(
        "A closing time before the opening time is refused",
        [
            put("open_days", ["mon", "tue", "wed", "thu", "fri", "sat"]),
            put("opens", "07:30"),
            put("closes", "06:00"),
            error("closes", "constraint"),
            put("closes", "17:30"),
            error("closes", None),
            relevant("lunch_break", True),
            put("lunch_break", "yes"),
        ],
        {"opens": "07:30", "closes": "17:30", "lunch_break": "yes"},
    ),
    [
        ["list_name", "name", "label"],
        *YES_NO,
        ["day", "mon", "Monday"],
        ["day", "tue", "Tuesday"],
        ["day", "wed", "Wednesday"],
        ["day", "thu", "Thursday"],
        ["day", "fri", "Friday"],
        ["day", "sat", "Saturday"],
        ["day", "sun", "Sunday"],
    ],
)

# -- 24. Shop inventory: a repeat with line totals and a grand total ---------------------------
good(
    "shop_inventory",
    [
        ["type", "name", "label", "required", "constraint", "calculation", "appearance"],
        ["text", "shop", "Shop name", "yes", "", "", ""],
        ["begin repeat", "item", "Product", "", "", "", "field-list"],
        ["text", "item_name", "Product name", "yes", "", "", ""],
        ["integer", "item_qty", "Quantity in stock", "yes", ". >= 0", "", ""],
        ["decimal", "item_price", "Selling price (THB)", "yes", ". > 0", "", ""],
        ["calculate", "item_value", "", "", "", "${item_qty} * ${item_price}", ""],
        ["end repeat", "", "", "", "", "", ""],
        ["calculate", "stock_value", "", "", "", "sum(${item_value})", ""],
        ["decimal", "discount", "Discount for the whole stock (THB)", "",
         ". <= ${stock_value}", "", ""],
        ["calculate", "net_value", "", "", "", "${stock_value} - coalesce(${discount}, 0)",
         ""],
    ],
    fill(
        "Two products; a discount larger than the stock value is refused",
        [
            put("shop", "Baan Pha Mai silk shop"),
            add("item"), add("item"),
            put("item_name", "Silk scarf", 0), put("item_qty", 40, 0),
            put("item_price", 350, 0),
            put("item_name", "Cotton bag", 1), put("item_qty", 25, 1),
            put("item_price", 120.5, 1),
            value("item_value", 14000, 0),
            value("stock_value", 17012.5),
            value("net_value", 17012.5),
            put("discount", 20000),
            error("discount", "constraint"),
            put("discount", 1012.5),
            value("net_value", 16000),
        ],
        {"shop": "Baan Pha Mai silk shop", "discount": 1012.5,
         "item": [{"item_name": "Silk scarf", "item_qty": 40},
                  {"item_name": "Cotton bag", "item_price": 120.5}]},
    ),
    None,
    [
        ["form_title", "form_id"],
        ["Stock count", "stock_count"],
    ],
)

# -- 25. A Lao coffee cooperative: women members, buyers, certification ----------------------
good(
    "coffee_cooperative",
    [
        ["type", "name", "label", "hint", "required", "relevant", "constraint",
         "constraint_message"],
        ["text", "coop", "Name of the cooperative", "", "yes", "", "", ""],
        ["integer", "members", "Member households", "", "yes", "", ". > 0", ""],
        ["integer", "women_members", "Of which headed by women", "", "yes", "",
         ". <= ${members}", "Cannot be more than the member households"],
        ["select_multiple buyer", "buyers", "Who buys your coffee?", "Select all that apply",
         "yes", "", "", ""],
        ["decimal", "export_price", "Price paid by the exporter (kip per kg)", "", "yes",
         "selected(${buyers}, 'exporter')", ". > 0", ""],
        ["select_one yes_no", "organic", "Is the coffee certified organic or fair trade?", "",
         "yes", "", "", ""],
        ["text", "certifier", "Certified by whom?", "", "", "${organic} = 'yes'", "", ""],
    ],
    fill(
        "A price is asked only of cooperatives that sell to an exporter",
        [
            put("coop", "Paksong Coffee Producers' Cooperative"),
            put("members", 120),
            put("women_members", 121),
            error("women_members", "constraint"),
            put("women_members", 34),
            put("buyers", ["trader"]),
            relevant("export_price", False),
            put("buyers", ["trader", "exporter"]),
            relevant("export_price", True),
            error("export_price", "required"),
            put("export_price", 42000),
            put("organic", "no"),
            relevant("certifier", False),
        ],
        {"members": 120, "women_members": 34, "buyers": ["trader", "exporter"],
         "export_price": 42000, "organic": "no"},
    ),
    [
        ["list_name", "name", "label"],
        *YES_NO,
        ["buyer", "trader", "Local traders"],
        ["buyer", "exporter", "An exporter"],
        ["buyer", "roaster", "Roasters in Laos"],
        ["buyer", "online", "Buyers found online"],
    ],
    [
        ["form_title", "form_id", "version"],
        ["Coffee cooperative profile", "coffee_coop", "1"],
    ],
)

# -- 26. A homestay: rooms x rate x occupancy, commission when online platforms are used ----------
good(
    "homestay_tourism",
    [
        ["type", "name", "label", "required", "relevant", "constraint", "calculation",
         "parameters"],
        ["text", "homestay", "Name of the homestay", "yes", "", "", "", ""],
        ["integer", "rooms", "Rooms for guests", "yes", "", ". >= 1 and . <= 30", "", ""],
        ["decimal", "rate", "Price of a room per night (THB)", "yes", "", ". > 0", "", ""],
        ["range", "occupancy", "Average occupancy last month (%)", "yes", "", "", "",
         "start=0 end=100 step=10"],
        ["calculate", "revenue", "", "", "", "",
         "round(${rooms} * ${rate} * ${occupancy} div 100 * 30, 0)", ""],
        ["select_multiple booking", "booking", "How do guests book?", "yes", "", "", "", ""],
        ["decimal", "commission", "Commission the booking websites take (%)", "yes",
         "selected(${booking}, 'ota')", ". >= 0 and . <= 40", "", ""],
        ["note", "revenue_note", "Estimated room revenue: ${revenue} THB a month", "", "", "",
         "", ""],
    ],
    fill(
        "Monthly revenue from rooms, rate and occupancy; commission only for online bookings",
        [
            put("homestay", "Baan Mae Kampong Homestay"),
            put("rooms", 4),
            put("rate", 800),
            put("occupancy", 50),
            value("revenue", 48000),
            put("booking", ["phone", "walkin"]),
            relevant("commission", False),
            put("booking", ["phone", "ota"]),
            put("commission", 45),
            error("commission", "constraint"),
            put("commission", 15),
        ],
        {"rooms": 4, "rate": 800, "occupancy": 50, "booking": ["phone", "ota"],
         "commission": 15},
    ),
    [
        ["list_name", "name", "label"],
        ["booking", "walkin", "They walk in"],
        ["booking", "phone", "Phone or LINE"],
        ["booking", "agent", "Tour agents"],
        ["booking", "ota", "Booking websites"],
    ],
)

# -- 27. Handicraft producer: fears about going online, string checks -------------------------
good(
    "handicraft_producer",
    [
        ["type", "name", "label", "required", "relevant", "constraint"],
        ["text", "workshop", "Name of the workshop", "yes", "", "string-length(.) >= 3"],
        ["select_multiple material", "materials", "Materials used", "yes", "", ""],
        ["text", "material_other", "Other material", "yes", "selected(${materials}, 'other')",
         ""],
        ["select_multiple fear", "fears", "What worries you about selling online?", "", "",
         "not(selected(., 'none') and count-selected(.) > 1)"],
        ["text", "fear_detail", "Tell us more", "", "${fears} != '' and not(selected(${fears}, "
         "'none'))", ""],
        ["text", "designer", "Who designs the products?", "", "", ""],
        ["note", "designer_note", "Designs by ${designer} can be registered.", "",
         "string-length(${designer}) > 0", ""],
    ],
    fill(
        "Fears of copying and of exporting; details asked only when some fear is named",
        [
            put("workshop", "AB"),
            error("workshop", "constraint"),
            put("workshop", "Artisans of Luang Prabang"),
            put("materials", ["silk", "other"]),
            put("material_other", "Mulberry paper"),
            relevant("fear_detail", False),
            put("fears", ["copied", "export"]),
            relevant("fear_detail", True),
            put("fear_detail", "A buyer in Bangkok copied our naga pattern"),
            relevant("designer_note", False),
            put("designer", "Mrs Phoukham"),
            relevant("designer_note", True),
        ],
        {"materials": ["silk", "other"], "material_other": "Mulberry paper",
         "fears": ["copied", "export"]},
    ),
    [
        ["list_name", "name", "label"],
        ["material", "silk", "Silk"],
        ["material", "cotton", "Cotton"],
        ["material", "bamboo", "Bamboo or rattan"],
        ["material", "silver", "Silver"],
        ["material", "other", "Other"],
        ["fear", "prices", "Competitors will see our prices"],
        ["fear", "copied", "Our designs will be copied"],
        ["fear", "export", "We cannot handle export paperwork"],
        ["fear", "agents", "We prefer to sell through agents or border traders"],
        ["fear", "none", "No worries"],
    ],
    [
        ["form_title", "form_id"],
        ["Handicraft producer interview", "handicraft_interview"],
    ],
)

# -- 28. Agency ICT use: a table-list of frequencies; numeric choice names compared to numbers --
good(
    "agency_ict_use",
    [
        ["type", "name", "label", "appearance", "required", "relevant"],
        ["text", "agency", "Agency", "", "yes", ""],
        ["begin group", "freq", "How often does your agency use...", "table-list", "", ""],
        ["select_one often", "use_fax", "Fax", "", "yes", ""],
        ["select_one often", "use_phone", "Fixed-line telephone", "", "yes", ""],
        ["select_one often", "use_email", "E-mail", "", "yes", ""],
        ["select_one often", "use_web", "The web (search, portals)", "", "yes", ""],
        ["end group", "", "", "", "", ""],
        ["select_multiple purpose", "web_purpose", "What do you use the internet for?", "",
         "yes", "${use_web} > 1 or ${use_email} > 1"],
        ["text", "why_not", "Why does the agency not use the internet?", "multiline", "",
         "${use_web} = 1 and ${use_email} = 1"],
    ],
    fill(
        "Numeric choice names compared with numbers, as many ODK forms do",
        [
            put("agency", "Yangon Region SME Development Centre"),
            put("use_fax", "4"), put("use_phone", "4"), put("use_email", "1"),
            put("use_web", "1"),
            relevant("web_purpose", False),
            relevant("why_not", True),
            put("use_email", "3"),
            relevant("why_not", False),
            relevant("web_purpose", True),
            put("web_purpose", ["documents", "email"]),
        ],
        {"use_fax": "4", "use_email": "3", "use_web": "1",
         "web_purpose": ["documents", "email"]},
    ),
    [
        ["list_name", "name", "label"],
        ["often", "1", "Never"],
        ["often", "2", "Monthly"],
        ["often", "3", "Weekly"],
        ["often", "4", "Daily"],
        ["purpose", "documents", "Sending documents"],
        ["purpose", "email", "E-mail"],
        ["purpose", "search", "Searching for information"],
        ["purpose", "marketing", "Marketing members' products"],
    ],
)

# -- 29. Portal follow-up: SMEs displaying vs registered, inquiries from abroad ----------------
good(
    "portal_followup",
    [
        ["type", "name", "label", "required", "constraint", "constraint_message", "relevant",
         "calculation"],
        ["date", "report_month", "Month reported on (any day of it)", "yes",
         ". <= today()", "", "", ""],
        ["integer", "registered", "SMEs registered on the portal", "yes", ". >= 0", "", "",
         ""],
        ["integer", "displaying", "Of which display products", "yes", ". <= ${registered}",
         "Cannot exceed the registered SMEs", "", ""],
        ["calculate", "display_rate", "", "", "", "", "",
         "if(${registered} > 0, round(${displaying} div ${registered} * 100, 1), 0)"],
        ["integer", "inquiries", "Inquiries received from abroad", "yes", ". >= 0", "", "",
         ""],
        ["select_multiple origin", "inquiry_origin", "Where did the inquiries come from?",
         "yes", "", "", "${inquiries} > 0", ""],
        ["note", "rate_note", "${display_rate} % of registered SMEs display products", "", "",
         "", "", ""],
    ],
    fill(
        "19 registered, 5 displaying: 26.3 %; origins asked once inquiries arrive",
        [
            put("report_month", "2024-05-31"),
            put("registered", 19),
            put("displaying", 20),
            error("displaying", "constraint"),
            put("displaying", 5),
            value("display_rate", 26.3),
            put("inquiries", 0),
            relevant("inquiry_origin", False),
            put("inquiries", 14),
            put("inquiry_origin", ["JP", "EU"]),
        ],
        {"registered": 19, "displaying": 5, "inquiries": 14, "inquiry_origin": ["JP", "EU"]},
        today="2024-06-15",
    ),
    [
        ["list_name", "name", "label"],
        ["origin", "JP", "Japan"],
        ["origin", "CN", "China"],
        ["origin", "EU", "Europe"],
        ["origin", "US", "North America"],
        ["origin", "ASEAN", "ASEAN"],
    ],
    [
        ["form_title", "form_id", "version"],
        ["Portal monthly follow-up", "portal_followup", "4"],
    ],
)

# -- 30. Focus group record: men + women, youth within the total ----------------------------
good(
    "focus_group",
    [
        ["type", "name", "label", "required", "constraint", "constraint_message",
         "calculation", "appearance"],
        ["date", "fg_date", "Date", "yes", "", "", "", ""],
        ["text", "facilitator", "Facilitator", "yes", "", "", "", ""],
        ["begin group", "people", "Participants", "", "", "", "", "field-list"],
        ["integer", "men", "Men", "yes", ". >= 0", "", "", ""],
        ["integer", "women", "Women", "yes", ". >= 0", "", "", ""],
        ["calculate", "total", "", "", "", "", "${men} + ${women}", ""],
        ["integer", "youth", "Of whom under 30", "", ". <= ${total}",
         "Cannot exceed the ${total} participants", "", ""],
        ["end group", "", "", "", "", "", "", ""],
        ["select_multiple criterion", "criteria", "Criteria discussed", "yes", "", "", "",
         "minimal"],
        ["text", "findings", "Main findings", "yes", "", "", "", "multiline"],
    ],
    fill(
        "Eight men and eleven women; youth cannot exceed the total",
        [
            put("fg_date", "2024-03-12"),
            put("facilitator", "Tran Thi Mai"),
            put("men", 8), put("women", 11),
            value("total", 19),
            put("youth", 20), error("youth", "constraint"),
            put("youth", 7),
            put("criteria", ["relevance", "impact"]),
            put("findings", "Participants want a follow-up on online payment."),
        ],
        {"men": 8, "women": 11, "total": 19, "youth": 7,
         "criteria": ["relevance", "impact"]},
    ),
    [
        ["list_name", "name", "label"],
        ["criterion", "relevance", "Relevance"],
        ["criterion", "efficiency", "Efficiency"],
        ["criterion", "effectiveness", "Effectiveness"],
        ["criterion", "impact", "Impact"],
        ["criterion", "sustainability", "Sustainability"],
    ],
)

# -- 31. Vietnamese only, with the language named in Vietnamese ------------------------------
VI = "Tiếng Việt (vi)"
good(
    "vietnamese_online_sales",
    [
        ["type", "name", f"label::{VI}", "required", "relevant", "constraint",
         f"constraint_message::{VI}"],
        ["text", "ten_dn", "Tên doanh nghiệp", "yes", "", "", ""],
        ["select_one loai_hinh", "loai_hinh", "Loại hình doanh nghiệp", "yes", "", "", ""],
        ["integer", "so_lao_dong", "Tổng số lao động", "yes", "", ". > 0",
         "Số lao động phải lớn hơn 0"],
        ["select_one co_khong", "ban_online", "Doanh nghiệp có bán hàng trực tuyến không?",
         "yes", "", "", ""],
        ["select_multiple kenh", "kenh_online", "Bán qua những kênh nào?", "yes",
         "${ban_online} = 'co'", "", ""],
        ["decimal", "ty_le_online", "Tỷ lệ doanh thu từ bán hàng trực tuyến (%)", "",
         "${ban_online} = 'co'", ". >= 0 and . <= 100", "Nhập một số từ 0 đến 100"],
    ],
    fill(
        "A form written only in Vietnamese; messages in Vietnamese",
        [
            put("ten_dn", "Công ty TNHH Gốm Bát Tràng"),
            put("loai_hinh", "tnhh"),
            put("so_lao_dong", 0),
            error("so_lao_dong", "constraint", text="lớn hơn 0"),
            put("so_lao_dong", 25),
            put("ban_online", "khong"),
            relevant("kenh_online", False),
            put("ban_online", "co"),
            put("kenh_online", ["shopee", "zalo"]),
            put("ty_le_online", 150),
            error("ty_le_online", "constraint", text="từ 0 đến 100"),
            put("ty_le_online", 35.5),
        ],
        {"ten_dn": "Công ty TNHH Gốm Bát Tràng", "so_lao_dong": 25,
         "kenh_online": ["shopee", "zalo"], "ty_le_online": 35.5},
        lang="vi",
        form={"languages": ["vi"], "label": {"so_lao_dong": {"vi": "Tổng số lao động"}}},
    ),
    [
        ["list_name", "name", f"label::{VI}"],
        ["loai_hinh", "ho_kd", "Hộ kinh doanh"],
        ["loai_hinh", "tnhh", "Công ty TNHH"],
        ["loai_hinh", "cp", "Công ty cổ phần"],
        ["loai_hinh", "htx", "Hợp tác xã"],
        ["co_khong", "co", "Có"],
        ["co_khong", "khong", "Không"],
        ["kenh", "shopee", "Shopee"],
        ["kenh", "lazada", "Lazada"],
        ["kenh", "zalo", "Zalo"],
        ["kenh", "facebook", "Facebook"],
        ["kenh", "website", "Website riêng"],
    ],
    [
        ["form_title", "form_id", "version", "default_language"],
        ["Khảo sát bán hàng trực tuyến", "vn_ban_hang_online", "2", VI],
    ],
)

# -- 32. Yunnan: Chinese first, English second -------------------------------------------------
good(
    "yunnan_cross_border",
    [
        ["type", "name", "label::Chinese (zh_CN)", "label::English (en)", "required",
         "relevant", "constraint", "constraint_message::Chinese (zh_CN)",
         "constraint_message::English (en)"],
        ["text", "qiye", "企业名称", "Enterprise name", "yes", "", "", "", ""],
        ["select_one city", "city", "所在州市", "Prefecture or city", "yes", "", "", "", ""],
        ["select_one yesno", "has_shop", "是否在电商平台开设网店？",
         "Do you have a shop on an e-commerce platform?", "yes", "", "", "", ""],
        ["select_multiple platform", "platforms", "开设在哪些平台？", "On which platforms?",
         "yes", "${has_shop} = 'yes'", "", "", ""],
        ["decimal", "online_share", "网上销售额占比（%）", "Share of sales made online (%)",
         "", "${has_shop} = 'yes'", ". >= 0 and . <= 100", "请输入0到100之间的数字",
         "Enter a number from 0 to 100"],
        ["select_one yesno", "export_asean", "是否向东盟国家出口？",
         "Do you export to ASEAN countries?", "yes", "", "", "", ""],
    ],
    fill(
        "Chinese as the default language, English as the second",
        [
            put("qiye", "西双版纳普洱茶厂"),
            put("city", "xishuangbanna"),
            put("has_shop", "yes"),
            put("platforms", ["taobao", "douyin"]),
            put("online_share", 120),
            error("online_share", "constraint", text="0到100"),
            put("online_share", 40),
            put("export_asean", "yes"),
        ],
        {"qiye": "西双版纳普洱茶厂", "platforms": ["taobao", "douyin"], "online_share": 40},
        lang="zh_CN",
        form={"languages": ["zh_CN", "en"], "default_language": "zh_CN"},
    ),
    [
        ["list_name", "name", "label::Chinese (zh_CN)", "label::English (en)"],
        ["city", "kunming", "昆明市", "Kunming"],
        ["city", "xishuangbanna", "西双版纳州", "Xishuangbanna"],
        ["city", "dehong", "德宏州", "Dehong"],
        ["city", "honghe", "红河州", "Honghe"],
        ["yesno", "yes", "是", "Yes"],
        ["yesno", "no", "否", "No"],
        ["platform", "taobao", "淘宝", "Taobao"],
        ["platform", "jd", "京东", "JD.com"],
        ["platform", "pdd", "拼多多", "Pinduoduo"],
        ["platform", "alibaba", "阿里巴巴国际站", "Alibaba.com"],
        ["platform", "douyin", "抖音", "Douyin"],
    ],
    [
        ["form_title", "form_id", "version", "default_language"],
        ["云南跨境电商调查", "yunnan_ecommerce", "202405", "Chinese (zh_CN)"],
    ],
)

# -- 33. Thai OTOP producers, Thai and English ----------------------------------------------
good(
    "thai_otop",
    [
        ["type", "name", "label::Thai (th)", "label::English (en)", "required", "relevant",
         "constraint", "appearance"],
        ["text", "group_name", "ชื่อกลุ่มหรือวิสาหกิจชุมชน",
         "Name of the group or community enterprise", "yes", "", "", ""],
        ["select_one category", "category", "ประเภทผลิตภัณฑ์", "Product category", "yes", "",
         "", ""],
        ["select_one stars", "stars", "ระดับดาว OTOP", "OTOP star rating", "", "", "",
         "horizontal"],
        ["integer", "members", "จำนวนสมาชิก", "Number of members", "yes", "", ". >= 1", ""],
        ["select_one yesno", "sells_online", "ขายสินค้าออนไลน์หรือไม่", "Do you sell online?",
         "yes", "", "", ""],
        ["select_multiple channel", "channels", "ช่องทางออนไลน์ที่ใช้", "Online channels used",
         "yes", "${sells_online} = 'yes'", "", ""],
    ],
    fill(
        "Thai labels with English beside them",
        [
            put("group_name", "กลุ่มทอผ้าไหมบ้านท่าสว่าง"),
            put("category", "textile"),
            put("stars", "4"),
            put("members", 0),
            error("members", "constraint"),
            put("members", 35),
            put("sells_online", "yes"),
            relevant("channels", True),
            put("channels", ["facebook", "line", "shopee"]),
        ],
        {"group_name": "กลุ่มทอผ้าไหมบ้านท่าสว่าง", "stars": "4", "members": 35,
         "channels": ["facebook", "line", "shopee"]},
        form={"languages": ["th", "en"]},
    ),
    [
        ["list_name", "name", "label::Thai (th)", "label::English (en)"],
        ["category", "food", "อาหาร", "Food"],
        ["category", "drink", "เครื่องดื่ม", "Drinks"],
        ["category", "textile", "ผ้าและเครื่องแต่งกาย", "Textiles and clothing"],
        ["category", "souvenir", "ของใช้ ของตกแต่ง ของที่ระลึก",
         "Household goods, decorations, souvenirs"],
        ["category", "herbal", "สมุนไพรที่ไม่ใช่อาหาร", "Herbal products (non-food)"],
        ["stars", "1", "1 ดาว", "1 star"],
        ["stars", "2", "2 ดาว", "2 stars"],
        ["stars", "3", "3 ดาว", "3 stars"],
        ["stars", "4", "4 ดาว", "4 stars"],
        ["stars", "5", "5 ดาว", "5 stars"],
        ["yesno", "yes", "ใช่", "Yes"],
        ["yesno", "no", "ไม่ใช่", "No"],
        ["channel", "facebook", "เฟซบุ๊ก", "Facebook"],
        ["channel", "line", "ไลน์", "LINE"],
        ["channel", "shopee", "ช้อปปี้", "Shopee"],
        ["channel", "lazada", "ลาซาด้า", "Lazada"],
        ["channel", "own_web", "เว็บไซต์ของกลุ่ม", "The group's own website"],
    ],
    [
        ["form_title", "form_id", "default_language"],
        ["OTOP producers online", "otop_online", "Thai (th)"],
    ],
)

# -- 34. Lao only: a trade fair registration with a fee computed ------------------------------
good(
    "lao_trade_fair",
    [
        ["type", "name", "label::Lao (lo)", "required", "constraint",
         "constraint_message::Lao (lo)", "calculation"],
        ["text", "company", "ຊື່ບໍລິສັດ", "yes", "", "", ""],
        ["select_one province", "province", "ແຂວງ", "yes", "", "", ""],
        ["select_one booth", "booth", "ຂະໜາດບູດ", "yes", "", "", ""],
        ["integer", "booth_staff", "ຈຳນວນພະນັກງານທີ່ຈະປະຈຳຢູ່ບູດ", "yes",
         ". >= 1 and . <= 6", "ລະຫວ່າງ 1 ຫາ 6 ຄົນ", ""],
        ["calculate", "fee", "", "", "", "", "if(${booth} = 'large', 3000000, 1500000)"],
        ["note", "fee_note", "ຄ່າບູດ: ${fee} ກີບ", "", "", "", ""],
        ["select_one yes_no", "interpreter", "ທ່ານຕ້ອງການນາຍແປພາສາບໍ່?", "yes", "", "", ""],
    ],
    fill(
        "A Lao-only form: the booth fee follows the booth size",
        [
            put("company", "ບໍລິສັດ ຫັດຖະກຳລາວ ຈຳກັດ"),
            put("province", "lpb"),
            put("booth", "small"),
            value("fee", 1500000),
            put("booth", "large"),
            value("fee", 3000000),
            put("booth_staff", 8),
            error("booth_staff", "constraint", text="1 ຫາ 6"),
            put("booth_staff", 3),
            put("interpreter", "yes"),
        ],
        {"company": "ບໍລິສັດ ຫັດຖະກຳລາວ ຈຳກັດ", "booth": "large", "booth_staff": 3},
        lang="lo",
        form={"languages": ["lo"]},
    ),
    [
        ["list_name", "name", "label::Lao (lo)"],
        ["province", "vte", "ນະຄອນຫຼວງວຽງຈັນ"],
        ["province", "lpb", "ຫຼວງພະບາງ"],
        ["province", "cps", "ຈຳປາສັກ"],
        ["province", "svk", "ສະຫວັນນະເຂດ"],
        ["booth", "small", "ນ້ອຍ (3 × 3 ແມັດ)"],
        ["booth", "large", "ໃຫຍ່ (6 × 3 ແມັດ)"],
        ["yes_no", "yes", "ຕ້ອງການ"],
        ["yes_no", "no", "ບໍ່ຕ້ອງການ"],
    ],
    [
        ["form_title", "form_id", "version", "default_language"],
        ["ລົງທະບຽນງານວາງສະແດງສິນຄ້າ", "lao_trade_fair", "1", "Lao (lo)"],
    ],
)

# -- 35. Myanmar border traders, Burmese and English -----------------------------------------
good(
    "myanmar_border_trade",
    [
        ["type", "name", "label::Burmese (my)", "label::English (en)", "required", "relevant",
         "constraint"],
        ["text", "trader", "ကုန်သည်အမည်", "Trader's name", "yes", "", ""],
        ["select_one gate", "gate", "နယ်စပ်ဂိတ်", "Border gate", "yes", "", ""],
        ["select_multiple goods", "goods", "ရောင်းချသည့် ကုန်ပစ္စည်းများ", "Goods traded", "yes",
         "", ""],
        ["select_one yesno", "uses_broker",
         "ပွဲစား သို့မဟုတ် ကိုယ်စားလှယ်မှတစ်ဆင့် ရောင်းချပါသလား။",
         "Do you sell through a broker or agent?", "yes", "", ""],
        ["integer", "broker_pct", "ပွဲခ (ရာခိုင်နှုန်း)", "Commission paid (%)", "yes",
         "${uses_broker} = 'yes'", ". >= 0 and . <= 50"],
    ],
    fill(
        "Burmese labels; commission only when a broker is used",
        [
            put("trader", "ဦးအောင်မြင့်"),
            put("gate", "muse"),
            put("goods", ["rice", "beans"]),
            put("uses_broker", "yes"),
            put("broker_pct", 60),
            error("broker_pct", "constraint"),
            put("broker_pct", 5),
        ],
        {"trader": "ဦးအောင်မြင့်", "gate": "muse", "goods": ["rice", "beans"],
         "broker_pct": 5},
        form={"languages": ["my", "en"]},
    ),
    [
        ["list_name", "name", "label::Burmese (my)", "label::English (en)"],
        ["gate", "muse", "မူဆယ်", "Muse"],
        ["gate", "myawaddy", "မြဝတီ", "Myawaddy"],
        ["gate", "tachileik", "တာချီလိတ်", "Tachileik"],
        ["goods", "rice", "ဆန်", "Rice"],
        ["goods", "beans", "ပဲမျိုးစုံ", "Beans and pulses"],
        ["goods", "fruit", "သစ်သီး", "Fruit"],
        ["goods", "fish", "ငါး", "Fish"],
        ["yesno", "yes", "ဟုတ်ကဲ့", "Yes"],
        ["yesno", "no", "မဟုတ်ပါ", "No"],
    ],
    [
        ["form_title", "form_id", "default_language"],
        ["Border trade survey", "mm_border_trade", "Burmese (my)"],
    ],
)

# -- 36. choice_filter inside a repeat, filtering on a sibling in the same instance -------------
good(
    "repeat_choice_filter",
    [
        ["type", "name", "label", "required", "choice_filter", "calculation"],
        ["begin repeat", "product", "Product", "", "", ""],
        ["select_one category", "p_category", "Category", "yes", "", ""],
        ["select_one item", "p_item", "Item", "yes", "category=${p_category}", ""],
        ["integer", "p_units", "Units sold last month", "yes", "", ""],
        ["end repeat", "", "", "", "", ""],
        ["calculate", "units_total", "", "", "", "sum(${p_units})"],
    ],
    fill(
        "Each product row offers the items of its own category",
        [
            add("product"), add("product"),
            put("p_category", "food", 0),
            put("p_category", "craft", 1),
            choices("p_item", ["dried_fish", "palm_sugar"], 0),
            choices("p_item", ["krama", "basket"], 1),
            put("p_item", "palm_sugar", 0), put("p_units", 300, 0),
            put("p_item", "krama", 1), put("p_units", 45, 1),
            value("units_total", 345),
        ],
        {"product": [{"p_category": "food", "p_item": "palm_sugar", "p_units": 300},
                     {"p_category": "craft", "p_item": "krama", "p_units": 45}]},
    ),
    [
        ["list_name", "name", "label", "category"],
        ["category", "food", "Food", ""],
        ["category", "craft", "Handicraft", ""],
        ["item", "dried_fish", "Dried fish", "food"],
        ["item", "palm_sugar", "Palm sugar", "food"],
        ["item", "krama", "Krama scarf", "craft"],
        ["item", "basket", "Basket", "craft"],
    ],
)

# -- 37. String functions: substr() (ODK, 0-based), contains(), starts-with(), string-length() --
good(
    "string_functions",
    [
        ["type", "name", "label", "constraint", "constraint_message", "calculation",
         "relevant"],
        ["text", "reg_no", "Business registration number", "string-length(.) = 10",
         "10 characters, for example PP12345678", "", ""],
        ["calculate", "reg_province", "", "", "", "substr(${reg_no}, 0, 2)", ""],
        ["text", "phone", "Phone number with country code",
         "starts-with(., '+855') or starts-with(., '+856') or starts-with(., '+66')",
         "Start with +855, +856 or +66", "", ""],
        ["text", "email", "E-mail", "contains(., '@')", "", "", ""],
        ["select_one yes_no", "gmail_ok", "Is this a personal Gmail account?", "", "", "",
         "contains(${email}, '@gmail.')"],
        ["calculate", "label_line", "", "", "",
         "concat(${reg_province}, '-', string-length(${reg_no}))", ""],
    ],
    fill(
        "Registration province taken from the first two characters",
        [
            put("reg_no", "SR1234"),
            error("reg_no", "constraint"),
            put("reg_no", "SR12345678"),
            value("reg_province", "SR"),
            value("label_line", "SR-10"),
            put("phone", "012 345 678"),
            error("phone", "constraint"),
            put("phone", "+85512345678"),
            error("phone", None),
            put("email", "bopha.weaving@gmail.com"),
            relevant("gmail_ok", True),
            put("email", "sales@bophasilk.com.kh"),
            relevant("gmail_ok", False),
        ],
        {"reg_no": "SR12345678", "reg_province": "SR", "phone": "+85512345678",
         "email": "sales@bophasilk.com.kh"},
    ),
    [["list_name", "name", "label"], *YES_NO],
)

# -- 38. required_message and constraint_message, English and Vietnamese -----------------------
good(
    "required_messages",
    [
        ["type", "name", "label::English (en)", "label::Vietnamese (vi)", "required",
         "required_message::English (en)", "required_message::Vietnamese (vi)", "constraint",
         "constraint_message::English (en)", "constraint_message::Vietnamese (vi)"],
        ["text", "participant", "Participant's full name", "Họ và tên học viên", "yes",
         "Please write the participant's name", "Vui lòng ghi họ tên học viên", "", "", ""],
        ["integer", "sessions", "Sessions attended", "Số buổi đã tham dự", "yes",
         "How many sessions?", "Đã tham dự bao nhiêu buổi?", ". >= 0 and . <= 10",
         "From 0 to 10 sessions", "Từ 0 đến 10 buổi"],
    ],
    fill(
        "The form's own messages, shown in Vietnamese",
        [
            error("participant", "required", text="Vui lòng ghi họ tên học viên"),
            error("sessions", "required", text="bao nhiêu buổi"),
            put("participant", "Lê Thị Hồng"),
            error("participant", None),
            put("sessions", 12),
            error("sessions", "constraint", text="Từ 0 đến 10 buổi"),
            put("sessions", 9),
        ],
        {"participant": "Lê Thị Hồng", "sessions": 9},
        lang="vi",
        form={"languages": ["en", "vi"]},
    ),
)

# -- 39. A micro-loan calculator: pow(), int(), round(), nested calculations ------------------
good(
    "loan_calculator",
    [
        ["type", "name", "label", "hint", "required", "constraint", "calculation",
         "read_only"],
        ["decimal", "principal", "Loan amount (USD)", "", "yes", ". >= 100 and . <= 50000", "",
         ""],
        ["decimal", "rate", "Interest per year (%)", "Microfinance rates are 12-18 %", "yes",
         ". > 0 and . < 36", "", ""],
        ["integer", "years", "Years", "", "yes", ". >= 1 and . <= 5", "", ""],
        ["calculate", "owed", "", "", "", "",
         "round(${principal} * pow(1 + ${rate} div 100, ${years}), 2)", ""],
        ["calculate", "months", "", "", "", "", "${years} * 12", ""],
        ["calculate", "monthly", "", "", "", "", "round(${owed} div ${months}, 2)", ""],
        ["integer", "monthly_whole", "Monthly payment rounded down", "", "", "",
         "int(${monthly})", "yes"],
    ],
    fill(
        "1,000 USD at 10 % for 2 years: 1,210 owed, 50.42 a month",
        [
            put("principal", 50),
            error("principal", "constraint"),
            put("principal", 1000),
            put("rate", 10),
            put("years", 2),
            value("owed", 1210),
            value("months", 24),
            value("monthly", 50.42),
            value("monthly_whole", 50),
        ],
        {"principal": 1000, "rate": 10, "years": 2},
    ),
)


# Steps only these forms need: a value the engine fills in itself (metadata), and what this
# laptop records as its deviceid and username in the engine's test.
ODK_DATETIME = r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}([+-]\d{2}:\d{2}|Z)"


def filled(name: str, pattern: str, index: int | None = None) -> dict[str, Any]:
    """`name` holds a value matching the regular expression `pattern`."""
    return {"expect_filled": name, "pattern": pattern, "index": index}


def with_meta(sidecar: dict[str, Any], meta: dict[str, str]) -> dict[str, Any]:
    """The sidecar, with the deviceid/username the engine's test gives the form."""
    return {**sidecar, "meta": meta}


# -- 40. A KoboToolbox export in capitals: TYPE, LIST_NAME, FORM_ID, doubled spaces --------------
good(
    "kobo_upper_case",
    [
        ["TYPE", "NAME", "Label::English (en)", "Label::Khmer (km)", "HINT::English (en)",
         "REQUIRED", "Relevant", "CONSTRAINT", "Constraint_Message::English (en)",
         "Choice_Filter", "APPEARANCE"],
        ["start", "start", "", "", "", "", "", "", "", "", ""],
        ["end", "end", "", "", "", "", "", "", "", "", ""],
        ["select_one   province", "province", "Province", "ខេត្ត", "", "TRUE", "", "", "", "",
         ""],
        ["select_one  district", "district", "District", "ស្រុក", "", "TRUE", "", "", "",
         "province = ${province}", "minimal"],
        ["select_multiple  channels", "channels", "Where do you sell?", "តើអ្នកលក់នៅឯណា?",
         "Select  all that apply", "TRUE", "", "", "", "", ""],
        ["text", "other_channel", "Which  other   channel?", "ផ្សេងទៀត?", "", "TRUE",
         "selected(${channels},  'other')", "", "", "", ""],
        ["integer", "staff", "How many people work in the business?",
         "តើមានបុគ្គលិកប៉ុន្មាននាក់?", "", "TRUE", "", ". >= 1  and . <= 500",
         "Between 1 and 500", "", ""],
        ["begin  group", "contact", "Contact", "ទំនាក់ទំនង", "", "", "", "", "", "", ""],
        ["text", "owner", "Owner's name", "ឈ្មោះម្ចាស់", "", "TRUE", "", "", "", "", ""],
        ["phone number", "owner_phone", "Owner's phone", "លេខទូរស័ព្ទ", "", "", "", "", "",
         "", ""],
        ["end  group", "", "", "", "", "", "", "", "", "", ""],
    ],
    fill(
        "Capital and mixed-case headers and doubled spaces, read as pyxform reads them",
        [
            filled("start", ODK_DATETIME),
            put("province", "kampot"),
            choices("district", ["kampot_town", "kep_road"]),
            put("province", "siem_reap"),
            choices("district", ["angkor", "puok"]),
            put("district", "angkor"),
            put("channels", ["market", "other"]),
            relevant("other_channel", True),
            put("other_channel", "Hotel gift shops"),
            put("staff", 0),
            error("staff", "constraint", text="Between 1 and 500"),
            put("staff", 4),
            put("owner", "Sreymom Chea"),
            put("owner_phone", "+855 12 345 678"),
            error("owner_phone", "constraint"),
            put("owner_phone", "012345678"),
            error("owner_phone", None),
        ],
        {"province": "siem_reap", "district": "angkor", "channels": ["market", "other"],
         "other_channel": "Hotel gift shops", "staff": 4, "owner": "Sreymom Chea",
         "owner_phone": "012345678"},
        form={"languages": ["en", "km"], "default_language": "en",
              "label": {"other_channel": {"en": "Which other channel?"}}},
    ),
    [
        ["LIST_NAME", "NAME", "Label::English (en)", "Label::Khmer (km)", "province"],
        ["province", "kampot", "Kampot", "កំពត", ""],
        ["province", "siem_reap", "Siem Reap", "សៀមរាប", ""],
        ["district", "kampot_town", "Kampot town", "ក្រុងកំពត", "kampot"],
        ["district", "kep_road", "Kep road", "ផ្លូវកែប", "kampot"],
        ["district", "angkor", "Angkor Thom", "អង្គរធំ", "siem_reap"],
        ["district", "puok", "Puok", "ពួក", "siem_reap"],
        ["channels", "market", "Market stall", "តូបក្នុងផ្សារ", ""],
        ["channels", "facebook", "Facebook page", "ទំព័រហ្វេសប៊ុក", ""],
        ["channels", "other", "Other", "ផ្សេងៗ", ""],
    ],
    [
        ["FORM_ID", "FORM_TITLE", "Version", "DEFAULT_LANGUAGE"],
        ["kobo_upper_case", "Sales channels of craft shops", "2024061801", "English (en)"],
    ],
)

# -- 41. The XPath math functions: a plot's area, a slope, a distance, yearly growth ------------
good(
    "math_functions",
    [
        ["type", "name", "label", "hint", "constraint", "calculation"],
        ["decimal", "radius", "Radius of the round demonstration plot (m)", "", ". > 0", ""],
        ["calculate", "plot_area", "", "", "", "round(pi() * pow(${radius}, 2), 2)"],
        ["decimal", "rise", "Rise of the slope over 10 m (m)", "", ". >= 0", ""],
        ["calculate", "slope_deg", "", "", "", "round(atan2(${rise}, 10) * 180 div pi(), 1)"],
        ["calculate", "slope_check", "", "", "",
         "round(atan(${rise} div 10) * 180 div pi(), 1)"],
        ["decimal", "lat1", "Latitude of the workshop", "Decimal degrees", "", ""],
        ["decimal", "lon1", "Longitude of the workshop", "", "", ""],
        ["decimal", "lat2", "Latitude of the market", "", "", ""],
        ["decimal", "lon2", "Longitude of the market", "", "", ""],
        ["calculate", "dist_km", "", "", "",
         "round(6371 * 2 * asin(sqrt(pow(sin((${lat2} - ${lat1}) * pi() div 360), 2) + "
         "cos(${lat1} * pi() div 180) * cos(${lat2} * pi() div 180) * "
         "pow(sin((${lon2} - ${lon1}) * pi() div 360), 2))), 1)"],
        ["decimal", "sales_2019", "Sales in 2019 (USD)", "", ". > 0", ""],
        ["decimal", "sales_2023", "Sales in 2023 (USD)", "", ". > 0", ""],
        ["calculate", "growth", "", "", "",
         "round((exp(log(${sales_2023} div ${sales_2019}) div 4) - 1) * 100, 1)"],
        ["calculate", "digits", "", "", "", "int(log10(${sales_2023})) + 1"],
        ["calculate", "bracket", "", "", "", "exp10(int(log10(${sales_2023})))"],
        ["calculate", "identity", "", "", "",
         "round(pow(sin(1), 2) + pow(cos(1), 2) + tan(0) + acos(1) + asin(0), 6)"],
        ["note", "show", "Plot ${plot_area} m², slope ${slope_deg}°, ${dist_km} km to the "
         "market, sales growing ${growth} % a year", "", "", ""],
    ],
    fill(
        "Every math function of the ODK XForms spec in a calculation",
        [
            put("radius", 5),
            value("plot_area", 78.54),
            put("rise", 2),
            value("slope_deg", 11.3),
            value("slope_check", 11.3),
            put("lat1", 11.5564), put("lon1", 104.9282),
            put("lat2", 11.9934), put("lon2", 105.4635),
            value("dist_km", 75.9),
            put("sales_2019", 10000),
            put("sales_2023", 14641),
            value("growth", 10),
            value("digits", 5),
            value("bracket", 10000),
            value("identity", 1),
        ],
        {"radius": 5, "rise": 2, "plot_area": 78.54, "slope_deg": 11.3, "dist_km": 75.9,
         "growth": 10, "bracket": 10000},
    ),
)

# -- 42. ODK's metadata rows, a date-and-time question, hidden values, a phone number ----------
good(
    "datetime_metadata",
    [
        ["type", "name", "label", "required", "default", "constraint", "calculation"],
        ["start", "start", "", "", "", "", ""],
        ["end", "end", "", "", "", "", ""],
        ["today", "today", "", "", "", "", ""],
        ["deviceid", "deviceid", "", "", "", "", ""],
        ["username", "username", "", "", "", "", ""],
        ["audit", "audit", "", "", "", "", ""],
        ["hidden", "form_source", "", "", "kobo_2024", "", ""],
        ["datetime", "visit_start", "When did the visit start?", "yes", "", "", ""],
        ["dateTime", "visit_end", "When did it end?", "yes", "", ". > ${visit_start}", ""],
        ["calculate", "visit_hours", "", "", "", "",
         "round((decimal-date-time(${visit_end}) - decimal-date-time(${visit_start})) * 24,"
         " 2)"],
        ["calculate", "visit_day", "", "", "", "",
         "format-date-time(${visit_start}, '%a %e %b %Y %H:%M')"],
        ["calculate", "same_day", "", "", "", "",
         "format-date(${visit_start}, '%Y-%m-%d') = string(${today})"],
        ["phone number", "contact_phone", "Phone of the person met", "", "", "", ""],
        ["note", "summary", "A visit of ${visit_hours} hours on ${visit_day}", "", "", "", ""],
    ],
    with_meta(fill(
        "start, end, today, deviceid and username filled in, never shown; datetime answers",
        [
            filled("start", ODK_DATETIME),
            filled("end", ODK_DATETIME),
            value("today", "2024-05-20"),
            filled("deviceid", r"gmsdesk:[0-9a-z]+"),
            filled("username", r".+"),
            value("form_source", "kobo_2024"),
            error("visit_start", "required"),
            put("visit_start", "2024-05-20T09:00"),
            put("visit_end", "2024-05-20T08:00"),
            error("visit_end", "constraint"),
            put("visit_end", "2024-05-20T11:30"),
            error("visit_end", None),
            value("visit_hours", 2.5),
            value("visit_day", "Mon 20 May 2024 09:00"),
            value("same_day", "true"),
            put("contact_phone", "012-345-678"),
            error("contact_phone", "constraint"),
            put("contact_phone", "012345678"),
        ],
        {"today": "2024-05-20", "form_source": "kobo_2024",
         "visit_start": "2024-05-20T09:00:00.000", "visit_end": "2024-05-20T11:30:00.000",
         "visit_hours": 2.5, "contact_phone": "012345678"},
        today="2024-05-20",
    ), {"deviceid": "gmsdesk:1f2e3d4c", "username": "dara"}),
    settings=[
        ["form_title", "form_id", "version"],
        ["Field visit log", "datetime_metadata", "2024052001"],
    ],
)

# -- 43. Range questions: parameters, a negative start, decimals, the number picker -------------
good(
    "range_picker",
    [
        ["type", "name", "label", "parameters", "appearance", "required", "calculation"],
        ["range", "owner_age", "Age of the owner", "start=18 end=80 step=1", "picker", "yes",
         ""],
        ["range", "price_change", "Change of your prices since last year (%)",
         "start=-50 end=50 step=5", "", "yes", ""],
        ["range", "bag_kg", "Weight of one bag (kg)", "start=0.5 end=5 step=0.5", "picker", "",
         ""],
        ["range", "stars", "How useful was the training?", "start=1 end=5", "", "", ""],
        ["calculate", "ten_bags", "", "", "", "", "${bag_kg} * 10"],
    ],
    fill(
        "Slider and picker, whole and decimal steps, a value off the steps refused",
        [
            put("owner_age", 45),
            put("price_change", -15),
            put("bag_kg", 2.3),
            error("bag_kg", "type"),
            put("bag_kg", 2.5),
            error("bag_kg", None),
            value("ten_bags", 25),
            put("stars", 4),
        ],
        {"owner_age": 45, "price_change": -15, "bag_kg": 2.5, "stars": 4},
    ),
)

# -- 44. begin loop over a list: one group per crop, %(label)s in the questions -----------------
good(
    "crop_loop",
    [
        ["type", "name", "label", "constraint", "relevant", "calculation"],
        ["select_multiple crops", "grown", "Which crops did you grow this season?", "", "",
         ""],
        ["begin loop over crops", "harvest", "Harvest by crop", "", "", ""],
        ["decimal", "area", "Area of %(label)s planted (ha)", ". >= 0",
         "selected(${grown}, '%(name)s')", ""],
        ["decimal", "yield", "Harvest of %(label)s (tonnes)", ". >= 0",
         "selected(${grown}, '%(name)s')", ""],
        ["decimal", "sold", "Of which sold (tonnes)", ". <= ../yield",
         "selected(${grown}, '%(name)s')", ""],
        ["calculate", "kept", "", "", "", "../yield - ../sold"],
        ["end loop", "", "", "", "", ""],
        ["calculate", "rice_sold_total", "", "", "", "/data/harvest/rice/sold"],
    ],
    fill(
        "A loop expanded as pyxform expands it; ../yield is the same crop's harvest",
        [
            put("grown", ["rice", "cassava"]),
            relevant("maize_area", False),
            relevant("rice_area", True),
            put("rice_area", 2),
            put("rice_yield", 6),
            put("rice_sold", 7),
            error("rice_sold", "constraint"),
            put("rice_sold", 5),
            value("rice_kept", 1),
            value("rice_sold_total", 5),
            put("cassava_area", 1),
            put("cassava_yield", 20),
            put("cassava_sold", 20),
            value("cassava_kept", 0),
        ],
        {"grown": ["rice", "cassava"], "rice_area": 2, "rice_yield": 6, "rice_sold": 5,
         "cassava_area": 1, "cassava_yield": 20, "cassava_sold": 20},
    ),
    [
        ["list_name", "name", "label"],
        ["crops", "rice", "Rice"],
        ["crops", "cassava", "Cassava"],
        ["crops", "maize", "Maize"],
    ],
)

# -- 45. The other functions of the spec: checklists, digest, base64, geo on typed points -------
good(
    "odk_functions",
    [
        ["type", "name", "label", "calculation", "constraint"],
        ["select_multiple services", "services", "Which services did the agency give?", "",
         ""],
        ["calculate", "enough", "",
         "checklist(2, -1, selected(${services}, 'training'), selected(${services}, "
         "'website'), selected(${services}, 'marketplace'))", ""],
        ["calculate", "score_ok", "",
         "weighted-checklist(5, -1, selected(${services}, 'training'), 2, "
         "selected(${services}, 'website'), 3, selected(${services}, 'marketplace'), 4)", ""],
        ["calculate", "first_service", "", "selected-at(${services}, 0)", ""],
        ["text", "owner", "Owner's name", "", ""],
        ["calculate", "owner_code", "",
         "substr(digest(normalize-space(${owner}), 'SHA-256', 'hex'), 0, 8)", ""],
        ["calculate", "last_three", "", "substr(${owner}, -3)", ""],
        ["text", "voucher", "Voucher code printed on the card", "", ""],
        ["calculate", "voucher_text", "", "base64-decode(${voucher})", ""],
        ["text", "boundary", "Plot corners from the GPS app (lat lon; lat lon; ...)", "", ""],
        ["calculate", "plot_m2", "", "area(${boundary})", ""],
        ["calculate", "fence_m", "", "distance(${boundary})", ""],
        ["text", "shop_point", "Shop location (lat lon)", "", ""],
        ["calculate", "shop_inside", "", "if(geofence(${shop_point}, ${boundary}), 'yes', "
         "'no')", ""],
        ["calculate", "code", "", "once(uuid(8))", ""],
        ["calculate", "flag", "", "boolean-from-string('1') and not(boolean-from-string('no'))",
         ""],
    ],
    fill(
        "checklist, weighted-checklist, digest, base64-decode, area, distance, geofence",
        [
            put("services", ["training"]),
            value("enough", "false"),
            value("score_ok", "false"),
            put("services", ["training", "website"]),
            value("enough", "true"),
            value("score_ok", "true"),
            value("first_service", "training"),
            put("owner", "Sok  Dara"),
            value("owner_code", "9ec29ec3"),
            value("last_three", "ara"),
            put("voucher", "R01TLTIwMjQtMDA0Mg=="),
            value("voucher_text", "GMS-2024-0042"),
            put("boundary", "11.5564 104.9282; 11.5564 104.9291; 11.5573 104.9291; "
                            "11.5573 104.9282; 11.5564 104.9282"),
            value("plot_m2", 9833.93),
            value("fence_m", 396.69),
            put("shop_point", "11.5568 104.9286 12 5"),
            value("shop_inside", "yes"),
            put("shop_point", "11.5580 104.9286"),
            value("shop_inside", "no"),
            filled("code", r"[0-9a-f-]{8}"),
            value("flag", "true"),
        ],
        {"services": ["training", "website"], "owner_code": "9ec29ec3",
         "voucher_text": "GMS-2024-0042", "plot_m2": 9833.93, "shop_inside": "no"},
    ),
    [
        ["list_name", "name", "label"],
        ["services", "training", "Training"],
        ["services", "website", "Website"],
        ["services", "marketplace", "Online marketplace"],
    ],
)


def add_in(repeat: str, parent: int | list[int]) -> dict[str, Any]:
    """Add an instance to a repeat inside the instance `parent` of the repeat around it."""
    return {"add_repeat": repeat, "index": parent}


def remove(repeat: str, index: int | list[int]) -> dict[str, Any]:
    return {"remove_repeat": repeat, "index": index}


# -- 46. Products from a CSV attached to the form: translated labels, a filter, pulldata() -----
good(
    "market_products_csv",
    [
        ["type", "name", "label::English (en)", "label::Khmer (km)", "choice_filter",
         "calculation", "constraint", "required"],
        ["select_one category", "category", "Product category", "ប្រភេទផលិតផល", "", "", "",
         "yes"],
        ["select_one_from_file products.csv", "product", "Product", "ផលិតផល",
         "category=${category}", "", "", "yes"],
        ["calculate", "unit_price", "", "", "",
         "pulldata('products', 'unit_price', 'name', ${product})", "", ""],
        ["calculate", "unit", "", "", "", "instance('products')/root/item[name=${product}]/unit",
         "", ""],
        ["integer", "quantity", "Quantity (${unit})", "បរិមាណ (${unit})", "", "", ". > 0",
         "yes"],
        ["calculate", "total", "", "", "", "${unit_price} * ${quantity}", "", ""],
        ["calculate", "cheapest", "", "", "",
         "min(instance('products')/root/item[category=${category}]/unit_price)", "", ""],
        ["calculate", "in_category", "", "", "",
         "count(instance('products')/root/item[category=${category}])", "", ""],
        ["note", "total_note", "Total: ${total} riel (cheapest here: ${cheapest})",
         "សរុប៖ ${total} រៀល", "", "", "", ""],
    ],
    fill(
        "Choices from products.csv filtered by category; price by pulldata(), unit by instance()",
        [
            put("category", "rice"),
            choices("product", ["jasmine_rice", "white_rice"]),
            value("in_category", 2),
            value("cheapest", 2500),
            put("product", "jasmine_rice"),
            value("unit_price", 3200),
            value("unit", "kg"),
            put("quantity", 0),
            error("quantity", "constraint"),
            put("quantity", 5),
            value("total", 16000),
            put("category", "crafts"),
            choices("product", ["krama"]),
            put("product", "krama"),
            value("unit", "piece"),
            value("total", 75000),
        ],
        {"category": "crafts", "product": "krama", "quantity": 5, "total": 75000},
        lang="km",
    ),
    [
        ["list_name", "name", "label::English (en)", "label::Khmer (km)"],
        ["category", "rice", "Rice", "អង្ករ"],
        ["category", "fish", "Fish", "ត្រី"],
        ["category", "crafts", "Crafts", "សិប្បកម្ម"],
    ],
    [
        ["form_title", "form_id", "version", "default_language"],
        ["Market prices", "market_products", "2024061001", "English (en)"],
    ],
    media={"products.csv": text_file(
        "name,label::English (en),label::Khmer (km),category,unit_price,unit",
        "jasmine_rice,Jasmine rice,អង្ករផ្កាម្លិះ,rice,3200,kg",
        "white_rice,White rice,អង្ករស,rice,2500,kg",
        "prahok,Prahok,ប្រហុក,fish,8000,kg",
        "dried_fish,Dried fish,ត្រីងៀត,fish,12000,kg",
        "krama,Krama scarf,ក្រមា,crafts,15000,piece",
    )},
)

# -- 47. Markets from a GeoJSON file, crops from an XML file with value= and label= -----------
good(
    "market_locations_geojson",
    [
        ["type", "name", "label", "parameters", "calculation", "required"],
        ["select_one_from_file markets.geojson", "market", "Which market do you sell at?", "",
         "", "yes"],
        ["calculate", "market_point", "", "",
         "instance('markets')/root/item[id=${market}]/geometry", ""],
        ["calculate", "market_district", "", "",
         "instance('markets')/root/item[id=${market}]/district", ""],
        ["select_multiple_from_file crops.xml", "crops", "What do you sell there?",
         "value=code label=title", "", "yes"],
        ["calculate", "crop_count", "", "", "count-selected(${crops})", ""],
        ["text", "shop_point", "Where is your farm? (latitude longitude)", "", "", ""],
        ["calculate", "km_to_market", "", "",
         "round(distance(${shop_point}, ${market_point}) div 1000, 1)", ""],
    ],
    fill(
        "GeoJSON features as choices (id, title), their geometry and properties by instance()",
        [
            choices("market", ["psar_thmei", "psar_orussey", "psar_kandal"]),
            put("market", "psar_orussey"),
            value("market_point", "11.5647 104.9163 0 0"),
            value("market_district", "7 Makara"),
            choices("crops", ["RICE", "MANGO", "PEPPER"]),
            put("crops", ["MANGO", "PEPPER"]),
            value("crop_count", 2),
            put("shop_point", "11.5647 105.0163"),
            value("km_to_market", 10.9),
        ],
        {"market": "psar_orussey", "crops": ["MANGO", "PEPPER"], "km_to_market": 10.9},
    ),
    settings=[["form_id", "version"], ["market_locations", "3"]],
    media={
        "markets.geojson": text_file(
            '{"type": "FeatureCollection", "features": [',
            ' {"type": "Feature", "id": "psar_thmei", "geometry": {"type": "Point", '
            '"coordinates": [104.9209, 11.5696]}, "properties": {"title": "Central Market", '
            '"district": "Daun Penh"}},',
            ' {"type": "Feature", "id": "psar_orussey", "geometry": {"type": "Point", '
            '"coordinates": [104.9163, 11.5647]}, "properties": {"title": "Orussey Market", '
            '"district": "7 Makara"}},',
            ' {"type": "Feature", "id": "psar_kandal", "geometry": {"type": "Point", '
            '"coordinates": [104.9295, 11.5735]}, "properties": {"title": "Kandal Market", '
            '"district": "Daun Penh"}}',
            "]}"),
        "crops.xml": text_file(
            '<?xml version="1.0" encoding="UTF-8"?>',
            "<root>",
            "  <item><code>RICE</code><title>Rice</title></item>",
            "  <item><code>MANGO</code><title>Mango</title></item>",
            "  <item><code>PEPPER</code><title>Kampot pepper</title></item>",
            "</root>"),
    },
)

# -- 48. A long list of districts and communes on the external_choices sheet (Kobo) -----------
good(
    "district_external_choices",
    [
        ["type", "name", "label", "choice_filter", "required"],
        ["select_one province", "province", "Province", "", "yes"],
        ["select_one_external district", "district", "District", "province=${province}",
         "yes"],
        ["select_one_external commune", "commune", "Commune", "district=${district}", ""],
        ["note", "where", "You chose ${commune}, in ${district}", "", ""],
    ],
    fill(
        "select_one_external reads the workbook's external_choices sheet, filtered twice",
        [
            put("province", "kampot"),
            choices("district", ["kampot_city", "kampong_trach"]),
            put("district", "kampong_trach"),
            choices("commune", ["ta_ang", "kampong_trach_east"]),
            put("commune", "ta_ang"),
            put("province", "kep"),
            choices("district", ["kep_city"]),
            put("district", "kep_city"),
            choices("commune", ["kep_commune"]),
            put("commune", "kep_commune"),
        ],
        {"province": "kep", "district": "kep_city", "commune": "kep_commune"},
    ),
    [
        ["list_name", "name", "label"],
        ["province", "kampot", "Kampot"],
        ["province", "kep", "Kep"],
    ],
    [["form_title", "form_id", "version"], ["Where is the shop?", "shop_location", "1"]],
    extra_sheets={"external_choices": [
        ["list_name", "name", "label", "province", "district"],
        ["district", "kampot_city", "Kampot City", "kampot", ""],
        ["district", "kampong_trach", "Kampong Trach", "kampot", ""],
        ["district", "kep_city", "Kep City", "kep", ""],
        ["commune", "kampot_1", "Kampong Kandal", "kampot", "kampot_city"],
        ["commune", "ta_ang", "Ta Ang", "kampot", "kampong_trach"],
        ["commune", "kampong_trach_east", "Kampong Trach East", "kampot", "kampong_trach"],
        ["commune", "kep_commune", "Kep", "kep", "kep_city"],
    ]},
)

# -- 49. A household list attached as CSV (csv-external), villages as XML (xml-external) ------
good(
    "household_pulldata",
    [
        ["type", "name", "label", "calculation", "constraint", "constraint_message",
         "required"],
        ["csv-external", "households", "", "", "", "", ""],
        ["xml-external", "villages", "", "", "", "", ""],
        ["text", "hh_id", "Household ID (from the list)", "",
         "pulldata('households', 'head_name', 'hh_id', .) != ''",
         "This ID is not on the household list", "yes"],
        ["calculate", "head", "", "pulldata('households', 'head_name', 'hh_id', ${hh_id})",
         "", "", ""],
        ["calculate", "village", "", "pulldata('households', 'village', 'hh_id', ${hh_id})",
         "", "", ""],
        ["calculate", "village_name", "",
         "instance('villages')/root/item[code=${village}]/name", "", "", ""],
        ["calculate", "neighbours", "",
         "count(instance('households')/root/item[village=${village}]) - 1", "", "", ""],
        ["select_one yes_no", "correct",
         "Is ${head} of ${village_name} the person you are visiting?", "", "", "", "yes"],
    ],
    fill(
        "pulldata() and instance() on files declared by csv-external and xml-external rows",
        [
            put("hh_id", "HH-099"),
            error("hh_id", "constraint", text="not on the household list"),
            put("hh_id", "HH-002"),
            error("hh_id", None),
            value("head", "Chan Sokha"),
            value("village", "V02"),
            value("village_name", "Kampong Chamlang"),
            value("neighbours", 1),
            put("correct", "yes"),
        ],
        {"hh_id": "HH-002", "head": "Chan Sokha", "village_name": "Kampong Chamlang",
         "correct": "yes"},
    ),
    [["list_name", "name", "label"], *YES_NO],
    [["form_id", "version"], ["household_followup", "2"]],
    media={
        "households.csv": text_file(
            "hh_id,head_name,village",
            "HH-001,Keo Dara,V01",
            "HH-002,Chan Sokha,V02",
            "HH-003,Lim Srey,V02"),
        "villages.xml": text_file(
            "<root>",
            "  <item><code>V01</code><name>Prek Leap</name></item>",
            "  <item><code>V02</code><name>Kampong Chamlang</name></item>",
            "</root>"),
    },
)

# -- 50. The search() appearance: choices from a CSV, the ones starting with what was typed ---
good(
    "search_products",
    [
        ["type", "name", "label", "appearance", "calculation", "required"],
        ["text", "prefix", "First letters of the product", "", "", ""],
        ["select_one products_search", "product", "Product",
         "search('products', 'startswith', 'label', ${prefix})", "", "yes"],
        ["calculate", "price", "", "", "pulldata('products', 'unit_price', 'name', ${product})",
         ""],
    ],
    fill(
        "search('products', 'startswith', ...) filters products.csv by what was typed",
        [
            choices("product", ["jasmine_rice", "jackfruit", "kampot_pepper"]),
            put("prefix", "Ja"),
            choices("product", ["jasmine_rice", "jackfruit"]),
            put("product", "jackfruit"),
            value("price", 4500),
        ],
        {"prefix": "Ja", "product": "jackfruit", "price": 4500},
    ),
    [
        ["list_name", "name", "label"],
        ["products_search", "name", "label"],
    ],
    [["form_id", "version"], ["product_search", "1"]],
    media={"products.csv": text_file(
        "name,label,unit_price",
        "jasmine_rice,Jasmine rice,3200",
        "jackfruit,Jackfruit,4500",
        "kampot_pepper,Kampot pepper,60000")},
)

# -- 51. ${last-saved#...}: the enumerator and province of the previous visit as defaults -----
good(
    "repeat_visits_last_saved",
    [
        ["type", "name", "label", "default", "calculation", "required"],
        ["text", "enumerator", "Your name", "${last-saved#enumerator}", "", "yes"],
        ["select_one province", "province", "Province", "${last-saved#province}", "", "yes"],
        ["calculate", "previous_shop", "", "", "${last-saved#shop_name}", ""],
        ["note", "previous", "Last visit: ${previous_shop}", "", "", ""],
        ["text", "shop_name", "Shop visited today", "", "", "yes"],
    ],
    {**fill(
        "Defaults and a calculation read the response this laptop saved last",
        [
            value("enumerator", "Sophea"),
            value("province", "kampot"),
            value("previous_shop", "Lucky Mart"),
            put("shop_name", "Sunrise Grocery"),
        ],
        {"enumerator": "Sophea", "province": "kampot", "shop_name": "Sunrise Grocery",
         "previous_shop": "Lucky Mart"},
    ), "last_saved": {"enumerator": "Sophea", "province": "kampot", "shop_name": "Lucky Mart"}},
    [
        ["list_name", "name", "label"],
        ["province", "kampot", "Kampot"],
        ["province", "kep", "Kep"],
    ],
    [["form_id", "version"], ["shop_visits", "1"]],
)

# -- 52. Households with their members: a repeat inside a repeat ------------------------------
good(
    "household_members_nested",
    [
        ["type", "name", "label", "calculation", "constraint"],
        ["begin repeat", "household", "Household", "", ""],
        ["text", "hh_name", "Household name", "", ""],
        ["begin repeat", "member", "Member of ${hh_name}", "", ""],
        ["text", "m_name", "Name", "", ""],
        ["integer", "m_age", "Age of ${m_name}", "", ". >= 0 and . < 120"],
        ["calculate", "m_no", "", "position(..)", ""],
        ["calculate", "hh_no", "", "position(../..)", ""],
        ["end repeat", "", "", "", ""],
        ["calculate", "hh_size", "", "count(${member})", ""],
        ["calculate", "hh_ages", "", "sum(${m_age})", ""],
        ["end repeat", "", "", "", ""],
        ["calculate", "households", "", "count(${household})", ""],
        ["calculate", "people", "", "count(${member})", ""],
        ["calculate", "oldest", "", "max(${m_age})", ""],
        ["calculate", "first_of_second", "",
         "indexed-repeat(${m_name}, ${household}, 2, ${member}, 1)", ""],
        ["note", "summary", "${people} people in ${households} households", "", ""],
    ],
    fill(
        "Members inside households: counts per household and overall, positions at each level",
        [
            add("household"), add("household"),
            put("hh_name", "Chan", 0), put("hh_name", "Keo", 1),
            add_in("member", 0), add_in("member", 0), add_in("member", 1),
            put("m_name", "Sokha", [0, 0]), put("m_age", 45, [0, 0]),
            put("m_name", "Dara", [0, 1]), put("m_age", 130, [0, 1]),
            error("m_age", "constraint", [0, 1]),
            put("m_age", 12, [0, 1]),
            put("m_name", "Srey", [1, 0]), put("m_age", 67, [1, 0]),
            value("m_no", 2, [0, 1]),
            value("hh_no", 2, [1, 0]),
            value("hh_size", 2, 0),
            value("hh_size", 1, 1),
            value("hh_ages", 57, 0),
            value("people", 3),
            value("oldest", 67),
            value("first_of_second", "Srey"),
            remove("member", [0, 0]),
            value("people", 2),
            value("hh_size", 1, 0),
            value("m_no", 1, [0, 0]),
            add_in("member", 0),
            put("m_name", "Vanna", [0, 1]), put("m_age", 8, [0, 1]),
            value("hh_ages", 20, 0),
        ],
        {"household": [
            {"hh_name": "Chan", "hh_size": 2, "member": [
                {"m_name": "Dara", "m_age": 12, "m_no": 1, "hh_no": 1},
                {"m_name": "Vanna", "m_age": 8, "m_no": 2, "hh_no": 1}]},
            {"hh_name": "Keo", "hh_size": 1, "member": [
                {"m_name": "Srey", "m_age": 67, "m_no": 1, "hh_no": 2}]},
        ], "people": 3, "oldest": 67},
    ),
    settings=[["form_id", "version"], ["household_members", "1"]],
)

# -- 53. The same names in two groups: mother/age and father/age, reached by relative paths --
good(
    "parents_same_names",
    [
        ["type", "name", "label", "relevant", "calculation", "constraint"],
        ["select_one yes_no", "has_father", "Does the father live here?", "", "", ""],
        ["begin group", "mother", "Mother", "", "", ""],
        ["text", "name", "Name", "", "", ""],
        ["integer", "age", "Age", "", "", ". >= 12"],
        ["end group", "", "", "", "", ""],
        ["begin group", "father", "Father", "${has_father} = 'yes'", "", ""],
        ["text", "name", "Name", "", "", ""],
        ["integer", "age", "Age", "", "", ""],
        ["calculate", "age_gap", "", "", "../age - ../../mother/age", ""],
        ["end group", "", "", "", "", ""],
        ["begin repeat", "child", "Child", "", "", ""],
        ["text", "name", "Name", "", "", ""],
        ["integer", "age", "Age", "", "", ". < ../../mother/age"],
        ["end repeat", "", "", "", "", ""],
        ["calculate", "children", "", "", "count(${child})", ""],
    ],
    fill(
        "name and age in the mother's group, the father's and a repeat: three questions each",
        [
            put("mother/name", "Srey"),
            put("mother/age", 34),
            put("has_father", "no"),
            relevant("father/age", False),
            put("has_father", "yes"),
            relevant("father/age", True),
            put("father/name", "Dara"),
            put("father/age", 38),
            value("age_gap", 4),
            add("child"),
            put("child/name", "Vicheka", 0),
            put("child/age", 40, 0),
            error("child/age", "constraint", 0),
            put("child/age", 7, 0),
            value("children", 1),
        ],
        {"mother/name": "Srey", "mother/age": 34, "father/name": "Dara", "father/age": 38,
         "age_gap": 4, "child": [{"child/name": "Vicheka", "child/age": 7}]},
    ),
    [["list_name", "name", "label"], *YES_NO],
    [["form_id", "version"], ["parents", "1"]],
)

# -- 54. Pictures in labels: a logo, and a chart of shop types drawn for each language --------
good(
    "illustrated_shop_survey",
    [
        ["type", "name", "label::English (en)", "label::Khmer (km)",
         "media::image::English (en)", "media::image::Khmer (km)", "required"],
        ["note", "welcome", "Welcome to the shop survey", "សូមស្វាគមន៍", "logo.png", "logo.png",
         ""],
        ["select_one shop_type", "shop_type", "What kind of shop is it?", "តើជាហាងប្រភេទអ្វី?",
         "shop_types_en.png", "shop_types_km.png", "yes"],
        ["integer", "staff", "How many people work here?", "តើមានបុគ្គលិកប៉ុន្មាននាក់?", "", "",
         "yes"],
    ],
    fill(
        "media::image by language: the images travel with the form and show under the labels",
        [put("shop_type", "grocery"), put("staff", 3)],
        {"shop_type": "grocery", "staff": 3},
        lang="km",
    ),
    [
        ["list_name", "name", "label::English (en)", "label::Khmer (km)"],
        ["shop_type", "grocery", "Grocery", "ហាងលក់គ្រឿងទេស"],
        ["shop_type", "pharmacy", "Pharmacy", "ឱសថស្ថាន"],
    ],
    [["form_id", "version", "default_language"], ["shop_pictures", "1", "English (en)"]],
    media={
        "logo.png": png(48, 16, (200, 30, 60)),
        "shop_types_en.png": png(120, 40, (30, 120, 200)),
        "shop_types_km.png": png(120, 40, (30, 160, 90)),
    },
)

# -- 55. The choices sheet as a secondary instance: a crop's season, a union of two lists -----
good(
    "crop_calendar_instance",
    [
        ["type", "name", "label", "choice_filter", "calculation"],
        ["select_one crops", "crop", "Main crop", "", ""],
        ["calculate", "season", "", "", "instance('crops')/root/item[name=${crop}]/season"],
        ["calculate", "crop_label", "", "",
         "instance('crops')/root/item[name=current()/../crop]/label"],
        ["select_multiple crops", "other_crops", "Other crops", "name != ${crop}", ""],
        ["calculate", "wet_crops", "", "", "count(instance('crops')/root/item[season='wet'])"],
        ["calculate", "either", "", "",
         "count(instance('crops')/root/item[season='wet'] | "
         "instance('crops')/root/item[season='dry'])"],
        ["calculate", "first_dry", "", "",
         "instance('crops')/root/item[season='dry'][1]/name"],
        ["note", "season_note", "${crop_label} is grown in the ${season} season", "", ""],
    ],
    fill(
        "instance('crops') over the choices sheet: columns, predicates, current(), unions",
        [
            value("wet_crops", 2),
            value("either", 4),
            value("first_dry", "cassava"),
            put("crop", "cassava"),
            value("season", "dry"),
            value("crop_label", "Cassava"),
            choices("other_crops", ["rice", "mung_bean", "maize"]),
            put("other_crops", ["rice", "maize"]),
        ],
        {"crop": "cassava", "season": "dry", "other_crops": ["rice", "maize"]},
    ),
    [
        ["list_name", "name", "label", "season"],
        ["crops", "rice", "Rice", "wet"],
        ["crops", "cassava", "Cassava", "dry"],
        ["crops", "mung_bean", "Mung bean", "dry"],
        ["crops", "maize", "Maize", "wet"],
    ],
    [["form_id", "version"], ["crop_calendar", "1"]],
)

# -- 56. repeat_count from an answer: as many members as the household has (Kobo's roster) ----
good(
    "household_roster_count",
    [
        ["type", "name", "label", "required", "constraint", "repeat_count", "calculation"],
        ["integer", "hh_size", "How many people live in this household?", "yes",
         ". > 0 and . <= 30", "", ""],
        ["begin_repeat", "member", "Household member", "", "", "${hh_size}", ""],
        ["calculate", "member_no", "", "", "", "", "position(..)"],
        ["text", "member_name", "Name of member ${member_no}", "yes", "", "", ""],
        ["integer", "member_age", "Age of ${member_name}", "yes", ". >= 0 and . < 120", "",
         ""],
        ["end_repeat", "", "", "", "", "", ""],
        ["calculate", "listed", "", "", "", "", "count(${member})"],
        ["calculate", "total_age", "", "", "", "", "sum(${member_age})"],
        ["select_one ${member_name}", "head", "Who is the head of the household?", "yes", "",
         "", ""],
        ["select_one yes_no", "owns_land", "Does the household own land?", "yes", "", "", ""],
        ["integer", "n_plots", "How many plots?", "yes", ". > 0", "", ""],
        ["begin_repeat", "plot", "Plot", "", "", "if(${owns_land} = 'yes', ${n_plots}, 0)",
         ""],
        ["decimal", "plot_area", "Area of plot (ha)", "yes", "", "", ""],
        ["end_repeat", "", "", "", "", "", ""],
        ["calculate", "total_area", "", "", "", "", "sum(${plot_area})"],
    ],
    fill(
        "Instances follow repeat_count: made when the count grows, removed from the end when "
        "it shrinks (as ODK Collect does), an expression count through pyxform's calculation",
        [
            value("listed", 0),
            put("hh_size", 3),
            value("listed", 3),
            value("member_no", 3, 2),
            put("member_name", "Sokha", 0), put("member_age", 45, 0),
            put("member_name", "Dara", 1), put("member_age", 12, 1),
            put("member_name", "Srey", 2), put("member_age", 67, 2),
            value("total_age", 124),
            choices("head", ["Sokha", "Dara", "Srey"]),
            put("head", "Srey"),
            put("hh_size", 2),
            value("listed", 2),
            value("total_age", 57),
            choices("head", ["Sokha", "Dara"]),
            error("head", "type"),
            put("head", "Sokha"),
            put("n_plots", 2),
            value("total_area", 0),
            put("owns_land", "yes"),
            put("plot_area", 1.5, 0), put("plot_area", 0.5, 1),
            value("total_area", 2),
            put("n_plots", 1),
            value("total_area", 1.5),
            put("owns_land", "no"),
            value("total_area", 0),
        ],
        {"hh_size": 2, "member": [{"member_name": "Sokha", "member_age": 45},
                                  {"member_name": "Dara", "member_age": 12}],
         "listed": 2, "total_age": 57, "head": "Sokha", "owns_land": "no"},
    ),
    [
        ["list_name", "name", "label"],
        ["yes_no", "yes", "Yes"],
        ["yes_no", "no", "No"],
    ],
    [["form_id", "version"], ["household_roster", "2024070101"]],
)

# -- 57. Choices from a repeat's answers with a filter, and choices in a shuffled order ------
good(
    "market_stalls_from_repeat",
    [
        ["type", "name", "label", "repeat_count", "choice_filter", "parameters"],
        ["integer", "n_stalls", "How many stalls did you visit?", "", "", ""],
        ["begin repeat", "stall", "Stall", "${n_stalls}", "", ""],
        ["text", "stall_name", "Name of the stall", "", "", ""],
        ["select_one yes_no", "sells_rice", "Does ${stall_name} sell rice?", "", "", ""],
        ["end repeat", "", "", "", "", ""],
        ["select_one ${stall_name}", "best_rice", "Which stall had the best rice?", "",
         "${sells_rice} = 'yes'", ""],
        ["select_one fruit", "favourite", "Favourite fruit", "", "",
         "randomize=true seed=42"],
        ["select_one yes_no", "again", "Would you come back?", "", "", "randomize=true"],
    ],
    fill(
        "select_one ${stall_name} offers the stalls' names that pass the filter; "
        "randomize=true with a seed gives ODK Collect's order",
        [
            put("n_stalls", 3),
            put("stall_name", "Bopha", 0), put("sells_rice", "yes", 0),
            put("stall_name", "Chenda", 1), put("sells_rice", "no", 1),
            put("stall_name", "Mealea", 2), put("sells_rice", "yes", 2),
            choices("best_rice", ["Bopha", "Mealea"]),
            put("best_rice", "Mealea"),
            put("sells_rice", "yes", 1),
            choices("best_rice", ["Bopha", "Chenda", "Mealea"]),
            # randomize(..., 42) as JavaRosa shuffles (see test_expressions' ODK orders)
            choices("favourite", ["banana", "longan", "durian", "mango", "rambutan",
                                  "papaya"]),
            put("favourite", "mango"),
            put("again", "yes"),
        ],
        {"n_stalls": 3, "best_rice": "Mealea", "favourite": "mango", "again": "yes"},
    ),
    [
        ["list_name", "name", "label"],
        ["yes_no", "yes", "Yes"],
        ["yes_no", "no", "No"],
        ["fruit", "banana", "Banana"],
        ["fruit", "mango", "Mango"],
        ["fruit", "durian", "Durian"],
        ["fruit", "rambutan", "Rambutan"],
        ["fruit", "papaya", "Papaya"],
        ["fruit", "longan", "Longan"],
    ],
    [["form_id", "version"], ["market_stalls", "1"]],
)

# -- 58. Pictures beside the choices: Kobo's media::image column on the choices sheet ---------
good(
    "product_pictures_kobo",
    [
        ["type", "name", "label", "required", "appearance"],
        ["select_one product_type", "main_product", "What does the business mainly sell?",
         "true", ""],
        ["select_multiple product_type", "other_products", "What else does it sell?", "false",
         "horizontal"],
        ["text", "other_detail", "Which other product?", "false", ""],
    ],
    fill(
        "media::image on the choices sheet: a picture beside each choice that has one",
        [
            choices("main_product", ["rice", "vegetables", "fish", "clothes", "other"]),
            put("main_product", "fish"),
            put("other_products", ["rice", "other"]),
            put("other_detail", "Palm sugar"),
        ],
        {"main_product": "fish", "other_products": ["rice", "other"],
         "other_detail": "Palm sugar"},
    ),
    [
        ["list_name", "name", "label", "media::image"],
        ["product_type", "rice", "Rice", "rice.png"],
        ["product_type", "vegetables", "Vegetables", "vegetables.png"],
        ["product_type", "fish", "Fish and seafood", "fish.png"],
        ["product_type", "clothes", "Clothes", "clothes.png"],
        ["product_type", "other", "Other", ""],
    ],
    [["form_title", "form_id", "version"],
     ["Product types (pictures)", "product_pictures_kobo", "2026120501"]],
    media={
        "rice.png": png(64, 48, (235, 225, 190)),
        "vegetables.png": png(64, 48, (60, 160, 70)),
        "fish.png": png(96, 48, (70, 130, 190)),
        "clothes.png": png(48, 48, (190, 70, 140)),
    },
)


if __name__ == "__main__":
    # `corpus_forms.py` writes the attached files of the corpus and of the broken forms
    # (build_forms.py writes the workbooks and sidecars).
    import bad_forms

    written = write_media([*SPECS, *bad_forms.SPECS])
    for path in written:
        print(path.relative_to(ROOT))
    print(f"{len(written)} attached file(s) changed", file=sys.stderr)
