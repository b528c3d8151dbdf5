"""Import from CSV/XLSX with bad rows, re-import without duplicates, export round trip."""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

import openpyxl
import pytest

from gmsdesk import transfer
from gmsdesk.storage.db import Database
from gmsdesk.storage.smes import SmeQuery

HEADERS = ["Tên doanh nghiệp", "Điện thoại", "Ngành", "Tỉnh", "Quốc gia", "Employees",
           "Female employees", "E-mail", "Website"]
ROWS = [
    ["Công ty Gốm Bát Tràng", "0912345678", "Handicrafts", "Hanoi", "Viet Nam", "10", "4", "", ""],
    ["Khách sạn Sông Hồng", "0911111111", "Tourism", "Hanoi", "VN", "20", "12", "", ""],
    ["Bad e-mail shop", "0922222222", "trade", "Hue", "VN", "3", "1", "not-an-email", ""],
    ["", "", "", "", "", "", "", "", ""],  # blank line: skipped, not an error
    ["Too many women", "0933333333", "trade", "Hue", "VN", "3", "5", "", ""],
    ["Lụa Vạn Phúc", "0944444444", "agriculture and food", "Hanoi", "VN", "5", "", "", ""],
    ["", "0955555555", "trade", "Hue", "VN", "", "", "", ""],  # no name
]


def write_csv(path: Path, headers: list[str], rows: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([headers, *rows])
    return path


def write_xlsx(path: Path, headers: list[str], rows: list[list[str]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(headers)
    for row in rows:
        sheet.append([int(v) if v.isdigit() and len(v) < 4 else v for v in row])
    book.save(path)
    return path


@pytest.mark.parametrize("writer", [write_csv, write_xlsx])
def test_import_keeps_good_rows_reports_bad_ones_and_is_idempotent(
        db: Database, tmp_path: Path, writer) -> None:  # type: ignore[no-untyped-def]
    path = writer(tmp_path / f"smes{'.csv' if writer is write_csv else '.xlsx'}", HEADERS, ROWS)
    table = transfer.read_table(path)
    mapping = transfer.guess_mapping(table.headers)
    assert set(mapping.values()) == {"name", "phone", "sector", "province", "country",
                                     "employees_total", "employees_female", "email", "website"}
    report = transfer.import_smes(db, table, mapping)
    assert (report.added, report.updated, report.unchanged) == (3, 0, 0)
    assert {r.row_number: set(r.errors) for r in report.failed} == {
        4: {"email"}, 6: {"employees_female"}, 8: {"name"}}
    assert db.smes.count() == 3
    assert db.outbox.pending_count() == 3  # the import path is captured for sync
    silk = db.smes.search("van phuc")[0]
    assert silk.sector == "agri_food" and silk.country == "VN"

    again = transfer.import_smes(db, transfer.read_table(path), mapping)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 3)
    assert db.smes.count() == 3 and db.outbox.pending_count() == 3


def test_reimport_with_changes_updates_only_changed_fields(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", HEADERS, ROWS[:2])
    transfer.import_smes(db, transfer.read_table(path), transfer.guess_mapping(HEADERS))
    changed = [[*ROWS[0][:5], "12", *ROWS[0][6:]], ROWS[1]]
    path = write_csv(tmp_path / "b.csv", HEADERS, changed)
    report = transfer.import_smes(db, transfer.read_table(path), transfer.guess_mapping(HEADERS))
    assert (report.added, report.updated, report.unchanged) == (0, 1, 1)
    last = db.outbox.pending()[-1]
    assert last.op == "update" and last.fields == {"employees_total": 12}


def test_cancel_keeps_committed_chunks(db: Database, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(transfer, "CHUNK", 10)
    rows = [[f"Shop {i}", f"09{i:08d}", "trade", "Hue", "VN", "1", "0", "", ""]
            for i in range(35)]
    path = write_csv(tmp_path / "many.csv", HEADERS, rows)
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return done < 20

    report = transfer.import_smes(db, transfer.read_table(path), transfer.guess_mapping(HEADERS),
                                  progress)
    assert report.cancelled and report.added == 20 and db.smes.count() == 20
    assert calls == [0, 10, 20]


def test_unreadable_files_give_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "x.xlsx"
    bad.write_bytes(b"\x00\x01 not a workbook")
    with pytest.raises(transfer.ImportFileError, match="could not be read"):
        transfer.read_table(bad)
    with pytest.raises(transfer.ImportFileError, match=r"\.csv or \.xlsx"):
        transfer.read_table(tmp_path / "x.pdf")
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    with pytest.raises(transfer.ImportFileError, match="no rows"):
        transfer.read_table(empty)


def test_legacy_thai_encoding_and_semicolons(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "thai.csv"
    path.write_bytes("ชื่อ;โทรศัพท์\nบริษัท ผ้าไหม จำกัด;081-234-5678\n".encode("cp874"))
    table = transfer.read_table(path)
    report = transfer.import_smes(db, table, transfer.guess_mapping(table.headers))
    assert report.added == 1 and db.smes.search("ผ้าไหม")[0].phone == "081-234-5678"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_round_trip(db: Database, tmp_path: Path, suffix: str) -> None:
    db.smes.create_many([
        {"name": "Angkor Silk", "name_local": "សូត្រអង្គរ", "sector": "handicrafts",
         "country": "KH", "province": "Siem Reap", "employees_total": 12, "uses_fax": True},
        {"name": "Mekong Rice", "sector": "agri_food", "country": "KH", "province": "Takeo"},
        {"name": "Lanna Tours", "name_local": "ลานนาทัวร์", "sector": "tourism",
         "country": "TH", "province": "Chiang Mai"},
    ])
    out = tmp_path / f"out{suffix}"
    assert transfer.export_smes(db, out, SmeQuery(country="KH")) == 2
    table = transfer.read_table(out)
    assert len(table.rows) == 2
    fresh = Database(tmp_path / "fresh.sqlite3")
    report = transfer.import_smes(fresh, table, transfer.guess_mapping(table.headers))
    assert report.added == 2 and not report.failed
    silk = fresh.smes.search("angkor")[0]
    assert (silk.name_local, silk.employees_total, silk.uses_fax) == ("សូត្រអង្គរ", 12, 1)
    # Importing the export back into the source database matches by id: nothing new.
    back = transfer.import_smes(db, table, transfer.guess_mapping(table.headers))
    assert (back.added, back.unchanged) == (0, 2)
    fresh.close()


def test_cancelled_export_leaves_no_file(db: Database, tmp_path: Path) -> None:
    db.smes.create_many({"name": f"Shop {i}"} for i in range(1200))
    out = tmp_path / "out.csv"
    assert transfer.export_smes(db, out, progress=lambda d, t: False) == -1
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_legacy_vietnamese_encoding_is_not_read_as_thai(db: Database, tmp_path: Path) -> None:
    def cp1258(text: str) -> bytes:  # as Windows writes it: base letter + combining tone mark
        out = b""
        for ch in text:
            try:
                out += ch.encode("cp1258")
            except UnicodeEncodeError:
                parts = unicodedata.normalize("NFD", ch)
                tones = [c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323"]
                base = "".join(c for c in parts if c not in tones)
                out += unicodedata.normalize("NFC", base).encode("cp1258")
                out += "".join(tones).encode("cp1258")
        return out

    path = tmp_path / "vn.csv"
    path.write_bytes(cp1258("Tên,Tỉnh\nGốm Bát Tràng,Hà Nội\n"))
    table = transfer.read_table(path)
    assert table.rows == [["Gốm Bát Tràng", "Hà Nội"]]


def test_row_with_new_registration_number_matches_same_name_and_phone(
        db: Database, tmp_path: Path) -> None:
    first = db.smes.create({"name": "Angkor Silk", "phone": "012 345 678"})[0].record_id
    other = db.smes.create({"name": "Mekong Rice", "phone": "012 999 888",
                            "registration_no": "KH-1"})[0].record_id
    path = write_csv(tmp_path / "r.csv", ["name", "phone", "registration_no"], [
        ["Angkor Silk", "+855 12 345 678", "KH-77"],   # same business, number now known
        ["Mekong Rice", "012 999 888", "KH-2"],        # same name, other number: another one
    ])
    table = transfer.read_table(path)
    report = transfer.import_smes(db, table, transfer.guess_mapping(table.headers))
    assert (report.added, report.updated) == (1, 1)
    assert db.smes.get(first).registration_no == "KH-77"
    assert db.smes.get(other).registration_no == "KH-1"


def test_headers_with_words_around_a_known_one_are_matched() -> None:
    """People add words around the field's name; the longest known word inside decides, each
    field once, exact names first, and the record id only when the header says exactly so."""
    headers = ["Tên doanh nghiệp đầy đủ", "Email address of the owner",
               "Number of employees (total)", "Số điện thoại liên hệ",
               "Number of female employees", "Tax ID", "Owner name", "ID"]
    mapping = transfer.guess_mapping(headers)
    assert {headers[i]: field for i, field in mapping.items()} == {
        "Tên doanh nghiệp đầy đủ": "name", "Email address of the owner": "email",
        "Number of employees (total)": "employees_total", "Số điện thoại liên hệ": "phone",
        "Number of female employees": "employees_female", "Owner name": "contact_name",
        "ID": "id"}
    assert transfer.guess_mapping(["เบอร์โทรศัพท์ผู้ติดต่อ"]) == {0: "phone"}
    # The screen's own labels, in the user's language, match exactly.
    assert transfer.guess_mapping(["Tỉnh/thành phố"], {"province": ["Tỉnh/thành phố"]}) == {
        0: "province"}
    assert transfer.guess_mapping(["Company", "Business name"]) == {0: "name"}
