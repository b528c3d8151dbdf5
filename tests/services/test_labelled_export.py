"""The labelled export: the raw export's rows and columns, headed by each question's text and
filled with each answer's label, in a language the form has."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from gmsdesk.forms.export import ExportError, export_responses
from gmsdesk.services.surveys import export_labelled
from gmsdesk.storage.db import Database
from tests.survey_kit import answer, import_needs

ANSWERS = {"tools": ["fax", "email"], "obstacle": "cost", "employees": 12,
           "comment": "ផ្សារ online ល្អ", "contact_name": "Sokha",
           "products": [{"product_name": "Silk scarf", "price": 12.5},
                        {"product_name": "ผ้าไหม", "price": 30}]}


@pytest.fixture
def answered(db: Database, tmp_path: Path) -> dict[str, Any]:
    v1 = import_needs(db, tmp_path, 1)
    sme = db.smes.create({"name": "សូត្រអង្គរ Angkor Silk", "province": "Siem Reap"})[0].record_id
    first = answer(db, v1, ANSWERS, sme_id=sme)
    second = answer(db, v1, {"tools": ["phone"], "employees": 3})
    return {"ids": [first, second], "sme": sme}


def read_csv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_khmer_labels_in_headers_and_answers(db: Database, answered: Any,
                                             tmp_path: Path) -> None:
    out = tmp_path / "needs-km.csv"
    result = export_labelled(db, "needs", out, lang="km")
    assert result.responses == 2
    assert result.files == [out, tmp_path / "needs-km-products.csv"]
    header, *rows = read_csv(out)
    assert header[:4] == ["Response", "Form version", "Started", "Submitted"]
    assert header[11:] == [
        "តើអ្នកប្រើឧបករណ៍អ្វីខ្លះ?", "តើអ្នកប្រើឧបករណ៍អ្វីខ្លះ?: ទូរសារ",
        "តើអ្នកប្រើឧបករណ៍អ្វីខ្លះ?: ទូរស័ព្ទ", "តើអ្នកប្រើឧបករណ៍អ្វីខ្លះ?: អ៊ីមែល",
        "តើអ្នកប្រើឧបករណ៍អ្វីខ្លះ?: គេហទំព័រ", "ឧបសគ្គធំបំផុត", "បុគ្គលិក", "មតិ", "ឈ្មោះ"]
    first = dict(zip(header, rows[[r[0] for r in rows].index(answered["ids"][0])], strict=True))
    assert first["តើអ្នកប្រើឧបករណ៍អ្វីខ្លះ?"] == "ទូរសារ; អ៊ីមែល"
    assert first["តើអ្នកប្រើឧបករណ៍អ្វីខ្លះ?: ទូរសារ"] == "1"
    assert first["តើអ្នកប្រើឧបករណ៍អ្វីខ្លះ?: ទូរស័ព្ទ"] == "0"
    assert first["ឧបសគ្គធំបំផុត"] == "តម្លៃ"  # the label of "cost", not the code
    assert first["បុគ្គលិក"] == "12" and first["SME"] == "សូត្រអង្គរ Angkor Silk"
    second = dict(zip(header, rows[[r[0] for r in rows].index(answered["ids"][1])],
                      strict=True))
    assert second["ឧបសគ្គធំបំផុត"] == ""  # not answered stays empty

    # The products, each linked to its response.
    products_header, *products = read_csv(tmp_path / "needs-km-products.csv")
    assert products_header == ["ផលិតផល", "តម្លៃ", "Response", "Entry"]
    assert [p[:3] for p in products] == [["Silk scarf", "12.5", answered["ids"][0]],
                                         ["ผ้าไหม", "30", answered["ids"][0]]]


def test_the_same_rows_as_the_raw_export_which_keeps_names_and_codes(
        db: Database, answered: Any, tmp_path: Path) -> None:
    raw = tmp_path / "raw.xlsx"
    labelled = tmp_path / "labelled.xlsx"
    export_responses(db, "needs", raw)
    export_labelled(db, "needs", labelled, lang="en")
    raw_book, labelled_book = openpyxl.load_workbook(raw), openpyxl.load_workbook(labelled)
    assert raw_book.sheetnames == labelled_book.sheetnames == ["needs", "products"]
    raw_rows = list(raw_book["needs"].iter_rows(values_only=True))
    rows = list(labelled_book["needs"].iter_rows(values_only=True))
    assert len(rows) == len(raw_rows) == 3 and len(rows[0]) == len(raw_rows[0])
    assert [r[0] for r in rows[1:]] == [r[0] for r in raw_rows[1:]]  # same responses, order
    assert raw_rows[0][11:13] == ("tools", "tools/fax")
    assert rows[0][11:13] == ("Which tools do you use?", "Which tools do you use?: Fax")
    at = rows[0].index("Biggest obstacle")
    assert {r[at] for r in rows[1:]} == {"Cost", None}
    assert {r[raw_rows[0].index("obstacle")] for r in raw_rows[1:]} == {"cost", None}


def test_every_version_a_language_the_form_lacks_and_translated_headers(
        db: Database, answered: Any, tmp_path: Path) -> None:
    v2 = import_needs(db, tmp_path, 2)
    answer(db, v2, {"tools": ["social"], "obstacle": "infra", "revenue": 99.5})
    out = tmp_path / "all.csv"
    result = export_labelled(db, "needs", out, lang="vi", all_versions=True,
                             translate=lambda text: {"Response": "Phiếu"}.get(text, text))
    assert result.responses == 3
    header, *rows = read_csv(out)
    assert header[0] == "Phiếu"  # the reader's language for the response's details
    assert "Revenue (USD)" in header and "Comment" in header  # no Vietnamese: the default
    assert "Which tools do you use?: Social media" in header
    newest = dict(zip(header, rows[-1], strict=True))
    assert (newest["Which tools do you use?"], newest["Biggest obstacle"]) == (
        "Social media", "Infrastructure")


def test_a_wrong_file_name_writes_nothing(db: Database, answered: Any, tmp_path: Path) -> None:
    with pytest.raises(ExportError):
        export_labelled(db, "needs", tmp_path / "labelled.pdf", lang="km")
    assert list(tmp_path.glob("labelled*")) == []
