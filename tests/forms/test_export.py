"""Exports match the responses, laid out like ODK Central's: one column per question, group
paths in headers, select_multiple split into 0/1 columns, repeats in their own table."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from gmsdesk.forms.export import ExportError, export_responses, write_responses
from gmsdesk.storage.db import Database
from tests.survey_kit import answer, import_needs

V1 = [
    {"tools": ["fax", "email"], "obstacle": "cost", "employees": 12,
     "comment": "ផ្សារ online ល្អ", "contact_name": "Sokha",
     "products": [{"product_name": "Silk scarf", "price": 12.5},
                  {"product_name": "ผ้าไหม", "price": 30}]},
    {"tools": ["phone"], "employees": 3, "comment": "=HYPERLINK(\"http://x\")"},
]
V2 = {"tools": ["social"], "obstacle": "infra", "revenue": 99.5}


@pytest.fixture
def answered(db: Database, tmp_path: Path) -> dict[str, Any]:
    v1 = import_needs(db, tmp_path, 1)
    sme = db.smes.create({"name": "សូត្រអង្គរ Angkor Silk", "province": "Siem Reap"})[0].record_id
    first = answer(db, v1, V1[0], sme_id=sme, workshop_id="w-1")
    second = answer(db, v1, V1[1])
    v2 = import_needs(db, tmp_path, 2)
    third = answer(db, v2, V2)
    return {"ids": [first, second, third], "sme": sme}


def read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads it as UTF-8
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_one_column_per_question_and_repeat_file(db: Database, answered: Any,
                                                     tmp_path: Path) -> None:
    out = tmp_path / "out" / "needs.csv"
    out.parent.mkdir()
    result = export_responses(db, "needs", out, version="1")
    assert result.responses == 2
    assert result.files == [out, out.parent / "needs-products.csv"]
    rows = read_csv(out)
    with open(out, encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle))
    assert header[:11] == ["KEY", "form_version", "started_at", "submitted_at", "sme_id",
                           "sme_name", "workshop_id", "about_agency", "language", "supersedes",
                           "created_by"]
    assert header[11:] == ["tools", "tools/fax", "tools/phone", "tools/email", "tools/website",
                           "obstacle", "employees", "comment", "contact-contact_name"]
    first, second = rows
    assert first["KEY"] == answered["ids"][0] and first["form_version"] == "1"
    assert (first["sme_id"], first["sme_name"]) == (answered["sme"], "សូត្រអង្គរ Angkor Silk")
    assert first["workshop_id"] == "w-1" and first["created_by"] == "tester"
    assert first["tools"] == "fax email"
    assert [first[f"tools/{c}"] for c in ("fax", "phone", "email", "website")] == [
        "1", "0", "1", "0"]
    assert (first["employees"], first["comment"], first["contact-contact_name"]) == (
        "12", "ផ្សារ online ល្អ", "Sokha")
    assert second["obstacle"] == "" and second["tools/phone"] == "1"
    products = read_csv(out.parent / "needs-products.csv")
    assert [(p["product_name"], p["price"]) for p in products] == [("Silk scarf", "12.5"),
                                                                   ("ผ้าไหม", "30")]
    assert {p["PARENT_KEY"] for p in products} == {answered["ids"][0]}
    assert products[1]["KEY"] == f"{answered['ids'][0]}/products[2]"


def test_xlsx_has_the_same_content_and_repeats_in_a_sheet(db: Database, answered: Any,
                                                          tmp_path: Path) -> None:
    csv_out, xlsx_out = tmp_path / "needs.csv", tmp_path / "needs.xlsx"
    export_responses(db, "needs", csv_out, version="1")
    result = export_responses(db, "needs", xlsx_out, version="1")
    assert result.files == [xlsx_out] and result.repeat_rows == {"products": 2}
    book = openpyxl.load_workbook(xlsx_out)
    assert book.sheetnames == ["needs", "products"]
    sheet = list(book["needs"].iter_rows(values_only=True))
    expected = read_csv(csv_out)
    header = list(sheet[0])
    # A CSV has no types: a text that would be a formula is kept one with an apostrophe.
    assert expected[1]["comment"] == "'=HYPERLINK(\"http://x\")"
    for row, want in zip(sheet[1:], expected, strict=True):
        got = {h: ("" if v is None else str(v)) for h, v in zip(header, row, strict=True)}
        assert got == {k: v.removeprefix("'") for k, v in want.items()}
    assert sheet[1][header.index("employees")] == 12  # numbers stay numbers
    # Text that looks like a formula is kept as text, never run by Excel.
    cell = book["needs"].cell(row=3, column=header.index("comment") + 1)
    assert cell.value == "=HYPERLINK(\"http://x\")" and cell.data_type == "s"
    assert len(list(book["products"].iter_rows())) == 3


def test_default_is_the_latest_version_all_versions_unites_columns(db: Database,
                                                                   answered: Any,
                                                                   tmp_path: Path) -> None:
    latest = export_responses(db, "needs", tmp_path / "latest.csv")
    assert latest.responses == 1
    assert "comment" not in read_csv(tmp_path / "latest.csv")[0]
    both = export_responses(db, "needs", tmp_path / "all.csv", all_versions=True)
    assert both.responses == 3
    rows = read_csv(tmp_path / "all.csv")
    assert [r["form_version"] for r in rows] == ["1", "1", "2"]
    assert rows[0]["comment"] == "ផ្សារ online ល្អ" and rows[0]["revenue"] == ""
    assert rows[2]["revenue"] == "99.5" and rows[2]["comment"] == ""
    assert rows[2]["tools/social"] == "1" and rows[0]["tools/social"] == "0"


def test_corrections_export_once(db: Database, answered: Any, tmp_path: Path) -> None:
    draft = db.surveys.correct(answered["ids"][1])
    fixed = db.surveys.submit(draft, {**V1[1], "employees": 4})[0].record_id
    rows = read_csv(export_responses(db, "needs", tmp_path / "v1.csv", version="1").files[0])
    assert [r["KEY"] for r in rows] == [answered["ids"][0], fixed]
    assert rows[1]["supersedes"] == answered["ids"][1] and rows[1]["employees"] == "4"


def test_a_failed_export_leaves_no_partial_file(db: Database, answered: Any,
                                                tmp_path: Path) -> None:
    out = tmp_path / "needs.csv"
    out.write_text("the previous export\n")
    forms = list(db.surveys.forms_by_version("needs").values())
    responses = list(db.surveys.responses("needs", include_superseded=True))

    def failing() -> Iterator[Any]:
        yield responses[0]
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        write_responses(out, forms, failing())
    assert out.read_text() == "the previous export\n"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    assert not (tmp_path / "needs-products.csv").exists()
    with pytest.raises(ExportError):
        export_responses(db, "needs", tmp_path / "needs.pdf")
