"""Files in from other people: legacy encodings judged on the data, registration numbers per
economy, re-imports that change nothing, workbooks built to exhaust the laptop, and files too
big to hold in memory."""

from __future__ import annotations

import csv
import io
import os
import struct
import time
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest

from gmsdesk import transfer
from gmsdesk.storage.db import Database

THAI = [("บริษัท สยามผ้าไหม จำกัด", "081-234-5678", "เชียงใหม่"),
        ("ห้างหุ้นส่วนจำกัด ลานนาทัวร์", "053-111-222", "เชียงราย"),
        ("ร้านข้าวหอมมะลิ", "045-333-444", "อุบลราชธานี")]


def write_bytes(path: Path, text: str, encoding: str) -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def import_file(db: Database, path: Path, encoding: str | None = None) -> transfer.ImportReport:
    table = transfer.read_table(path, encoding)
    return transfer.import_smes(db, table, transfer.guess_mapping(table.headers))


# -- legacy encodings --------------------------------------------------------------------------


def test_thai_windows_874_with_an_english_header_row(db: Database, tmp_path: Path) -> None:
    """The English header decides nothing: the Thai rows are read as Thai, not as the
    Vietnamese-looking mojibake (ºĂÔÉÑ· ÊẨÁ) they were stored as before."""
    text = "Name,Phone,Province\n" + "".join(f"{n},{p},{r}\n" for n, p, r in THAI)
    path = write_bytes(tmp_path / "thai.csv", text, "cp874")
    table = transfer.read_table(path)
    assert table.encoding == "cp874"
    report = import_file(db, path)
    assert (report.added, report.problems) == (3, 0)
    assert {s.name for s in db.smes.page()} == {n for n, _, _ in THAI}
    assert db.smes.search("สยามผ้าไหม")[0].province == "เชียงใหม่"


def test_one_thai_row_under_an_english_header(db: Database, tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "one.csv", "Name,Phone\nบริษัท สยาม จำกัด,081-234-5678\n",
                       "cp874")
    report = import_file(db, path)
    assert report.added == 1 and db.smes.page()[0].name == "บริษัท สยาม จำกัด"


def test_simplified_chinese_gb18030(db: Database, tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "yn.csv",
                       "Name,Phone,Province\n云南普洱茶业有限公司,0871-6543210,昆明\n", "gb18030")
    assert transfer.detect_encoding(path) == "gb18030"
    report = import_file(db, path)
    assert report.added == 1
    sme = db.smes.page()[0]
    assert (sme.name, sme.province) == ("云南普洱茶业有限公司", "昆明")


def test_gb18030_with_letters_of_other_scripts(db: Database, tmp_path: Path) -> None:
    """GB18030 encodes every script; a Yunnan agency's list with Lao and Thai names in it."""
    rows = ["西双版纳勐腊橡胶有限公司,ບໍລິສັດ ຢາງພາລາ,勐腊", "景洪茶叶贸易公司,บริษัท ชาเชียงรุ่ง,景洪"]
    path = write_bytes(tmp_path / "yn.csv", "Name,Local name,Province\n" + "\n".join(rows),
                       "gb18030")
    table = transfer.read_table(path)
    assert table.encoding == "gb18030"
    assert [r[1] for r in table.rows] == ["ບໍລິສັດ ຢາງພາລາ", "บริษัท ชาเชียงรุ่ง"]


def test_traditional_chinese_big5(db: Database, tmp_path: Path) -> None:
    text = ("Name,Phone,City\n台灣茶葉貿易有限公司,02-2345-6789,臺北市\n"
            "鴻海精密工業股份有限公司,02-2268-3466,新北市\n")
    path = write_bytes(tmp_path / "tw.csv", text, "big5")
    assert transfer.detect_encoding(path) == "big5"
    report = import_file(db, path)
    assert report.added == 2
    assert {s.name for s in db.smes.page()} == {"台灣茶葉貿易有限公司", "鴻海精密工業股份有限公司"}


def test_unicode_without_a_byte_order_mark(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "u16.csv", "Name,Phone\nສະບາຍດີ ການຄ້າ,021 123 456\n",
                       "utf-16-le")
    table = transfer.read_table(path)
    assert table.encoding == "utf-16-le" and table.rows == [["ສະບາຍດີ ການຄ້າ", "021 123 456"]]


def test_unsure_encoding_asks_with_a_preview_of_each_reading(db: Database,
                                                             tmp_path: Path) -> None:
    """Two short Chinese names whose bytes also spell well-formed Thai: the file cannot tell,
    so the person is asked, each candidate showing its reading of the rows."""
    path = write_bytes(tmp_path / "short.csv", "Name,Phone\n书店,0871 6543 210\n"
                       "饭店,0871 6543 211\n", "gb18030")
    with pytest.raises(transfer.AmbiguousEncoding) as asked:
        transfer.read_table(path)
    candidates = {c.encoding: c for c in asked.value.candidates}
    assert set(candidates) >= {"gb18030", "cp874"}
    assert candidates["gb18030"].rows == [["Name", "Phone"], ["书店", "0871 6543 210"],
                                          ["饭店", "0871 6543 211"]]
    assert [r[0] for r in candidates["cp874"].rows[1:]] == ["ส้ต๊", "ทนต๊"]
    assert candidates["cp874"].name == "Thai (Windows-874)"
    # The person's choice is read as such.
    report = import_file(db, path, "gb18030")
    assert report.added == 2 and {s.name for s in db.smes.page()} == {"书店", "饭店"}


def test_a_line_without_end_is_refused_not_read_into_memory(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    monkeypatch.setattr(transfer, "MAX_LINE", 1000)
    path = tmp_path / "long.csv"
    path.write_text("Name,Notes\nA," + "x" * 5000 + "\n", encoding="utf-8")
    with pytest.raises(transfer.ImportFileError, match="too long to be a row"):
        transfer.read_table(path)


# -- registration numbers and re-imports ------------------------------------------------------


def test_registration_numbers_are_matched_within_one_economy(db: Database,
                                                              tmp_path: Path) -> None:
    """09901866 in Cambodia and 09-901866 in Laos normalise alike, but are two businesses:
    both are added, and importing the file again changes nothing (it used to merge them and
    then flip the one record back and forth: "2 updated" on every import)."""
    path = tmp_path / "two.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([
            ["Name", "Registration no", "Country", "Phone"],
            ["Angkor Rice Mill", "09901866", "Cambodia", "012 345 678"],
            ["Vientiane Coffee Export", "09-901866", "Lao PDR", "021 555 666"],
        ])
    first = import_file(db, path)
    assert (first.added, first.updated, first.problems) == (2, 0, 0)
    stored = {s.country: (s.name, s.registration_no) for s in db.smes.page()}
    assert stored == {"KH": ("Angkor Rice Mill", "09901866"),
                      "LA": ("Vientiane Coffee Export", "09-901866")}
    for _ in range(2):
        again = import_file(db, path)
        assert (again.added, again.updated, again.unchanged) == (0, 0, 2)
    pending = db.outbox.pending_count()
    assert import_file(db, path).unchanged == 2 and db.outbox.pending_count() == pending


def test_a_row_without_a_country_takes_the_one_economy_of_its_number(db: Database,
                                                                      tmp_path: Path) -> None:
    db.smes.create({"name": "Mekong Rice", "registration_no": "KH-77", "country": "KH"})
    path = tmp_path / "nocountry.csv"
    path.write_text("Name,Registration no,Employees\nMekong Rice Co.,KH 77,12\n",
                    encoding="utf-8")
    report = import_file(db, path)
    assert (report.added, report.updated) == (0, 1)
    assert db.smes.page()[0].employees_total == 12


def test_two_rows_of_one_business_with_other_values_do_not_flip(db: Database,
                                                               tmp_path: Path) -> None:
    """Two rows with one registration number and economy but different phones would overwrite
    each other on every import: the second is reported instead, every time."""
    path = tmp_path / "dup.csv"
    path.write_text("Name,Registration no,Country,Phone,E-mail\n"
                    "Lao Coffee,LA-5,LA,021 111 111,\n"
                    "Lao Coffee,LA-5,LA,021 222 222,\n"
                    "Lao Coffee,LA-5,LA,,info@laocoffee.la\n", encoding="utf-8")
    first = import_file(db, path)
    assert (first.added, first.updated) == (1, 1)  # the third row fills the e-mail
    assert [(r.row_number, set(r.errors)) for r in first.failed] == [(3, {"registration_no"})]
    sme = db.smes.page()[0]
    assert (sme.phone, sme.email) == ("021 111 111", "info@laocoffee.la")
    again = import_file(db, path)
    assert (again.added, again.updated, again.unchanged, again.problems) == (0, 0, 2, 1)


def test_a_big_reimport_changes_nothing(db: Database, tmp_path: Path) -> None:
    """Demo SMEs of every country (near-duplicates among them): the second import of the same
    file adds and updates nothing, whatever the rows."""
    from gmsdesk.demo import generate_smes

    path = tmp_path / "demo.csv"
    fields = ["name", "name_local", "registration_no", "country", "province", "phone",
              "employees_total", "uses_email"]
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(fields)
        for sme in generate_smes(1500, seed=4, near_duplicates=0.05):
            writer.writerow([int(v) if isinstance(v, bool) else ("" if v is None else v)
                             for v in (sme.get(f) for f in fields)])
    first = import_file(db, path)
    assert first.added > 1000 and first.done == 1500
    again = import_file(db, path)
    assert (again.added, again.updated) == (0, 0)
    assert again.unchanged + again.problems == 1500


# -- workbooks built to harm --------------------------------------------------------------------


def small_workbook(path: Path, rows: int = 3) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Name", "Phone"])
    for i in range(rows):
        sheet.append([f"Shop {i}", f"012 000 {i:03d}"])
    book.save(path)
    return path


def replace_part(source: Path, target: Path, name: str, chunks: list[bytes],
                 repeat_middle: int = 1) -> Path:
    """A copy of a workbook with one part made of `chunks`, the middle one written
    `repeat_middle` times (streamed: the part is never whole in memory)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w",
                                                         zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename != name:
                new.writestr(info, old.read(info.filename))
                continue
            packed = zipfile.ZipInfo(name)
            packed.compress_type = zipfile.ZIP_DEFLATED
            with new.open(packed, "w", force_zip64=True) as part:
                for i, chunk in enumerate(chunks):
                    for _ in range(repeat_middle if 0 < i < len(chunks) - 1 else 1):
                        part.write(chunk)
    return target


def declare_size(path: Path, name: str, size: int) -> None:
    """Make the zip's directory claim `size` unpacked bytes for one part (a lie)."""
    raw = bytearray(path.read_bytes())
    entry = raw.find(b"PK\x01\x02")
    while entry >= 0:
        name_length = struct.unpack_from("<H", raw, entry + 28)[0]
        if raw[entry + 46:entry + 46 + name_length].decode() == name:
            struct.pack_into("<I", raw, entry + 24, size)
            break
        entry = raw.find(b"PK\x01\x02", entry + 4)
    path.write_bytes(bytes(raw))


def test_a_sheet_that_declares_a_huge_size_is_refused_at_once(tmp_path: Path) -> None:
    path = small_workbook(tmp_path / "declared.xlsx")
    declare_size(path, "xl/worksheets/sheet1.xml", 0xFFFF0000)  # four gigabytes
    assert zipfile.ZipFile(path).getinfo("xl/worksheets/sheet1.xml").file_size == 0xFFFF0000
    start = time.perf_counter()
    with pytest.raises(transfer.ImportFileError) as refused:
        transfer.read_table(path)
    assert time.perf_counter() - start < 1
    assert str(refused.value).startswith("The workbook unpacks to far more data")


def test_a_sheet_that_inflates_hugely_is_refused_at_once(tmp_path: Path) -> None:
    """200 MB of markup packed into a few hundred KB."""
    good = small_workbook(tmp_path / "good.xlsx")
    with zipfile.ZipFile(good) as book:
        sheet = book.read("xl/worksheets/sheet1.xml")
    head, tail = sheet.split(b"</sheetData>")
    bomb = replace_part(good, tmp_path / "bomb.xlsx", "xl/worksheets/sheet1.xml",
                        [head, b" " * (1 << 20), b"</sheetData>" + tail], repeat_middle=200)
    assert bomb.stat().st_size < 1 << 20
    assert zipfile.ZipFile(bomb).getinfo("xl/worksheets/sheet1.xml").file_size > 200 << 20
    start = time.perf_counter()
    with pytest.raises(transfer.ImportFileError, match="unpacks to far more data"):
        transfer.read_table(bomb)
    assert time.perf_counter() - start < 1


def test_a_sheet_with_more_rows_than_excel_allows_is_refused(tmp_path: Path) -> None:
    good = small_workbook(tmp_path / "good.xlsx")
    with zipfile.ZipFile(good) as book:
        sheet = book.read("xl/worksheets/sheet1.xml")
    far = sheet.replace(b"</sheetData>",
                        b'<row r="3000000"><c r="A3000000" t="inlineStr"><is><t>x</t></is></c>'
                        b"</row></sheetData>")
    path = replace_part(good, tmp_path / "far.xlsx", "xl/worksheets/sheet1.xml", [far])
    start = time.perf_counter()
    with pytest.raises(transfer.ImportFileError, match="more rows than Excel allows"):
        transfer.read_table(path)
    assert time.perf_counter() - start < 1


def test_a_sheet_that_understates_its_size_is_read_to_the_end(db: Database,
                                                              tmp_path: Path) -> None:
    """Its dimension says A1:B2; all 40 rows are there, and all are imported."""
    good = small_workbook(tmp_path / "good.xlsx", rows=40)
    with zipfile.ZipFile(good) as book:
        sheet = book.read("xl/worksheets/sheet1.xml")
    lying = sheet.replace(b'<dimension ref="A1:B41" />', b'<dimension ref="A1:B2" />')
    assert lying != sheet
    path = replace_part(good, tmp_path / "lying.xlsx", "xl/worksheets/sheet1.xml", [lying])
    table = transfer.read_table(path)
    assert table.total == 40
    assert import_file(db, path).added == 40


# -- big files, bounded memory --------------------------------------------------------------------


def test_a_50000_row_csv_is_streamed_in_bounded_memory(db: Database, tmp_path: Path) -> None:
    """Reading a 50,000-row file (about 6 MB) and importing it keep a few MB of Python
    objects at most, not the file's rows. Every row is one of 400 SMEs already stored (so
    the test does not spend its time writing): each is looked up, compared, left unchanged."""
    shops = [{"name": f"Hợp tác xã Nông sản {i}", "phone": f"0987 {i:06d}",
              "province": "An Giang", "registration_no": f"VN-{i:05d}", "country": "VN"}
             for i in range(400)]
    db.smes.create_many(shops)
    path = tmp_path / "big.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Tên doanh nghiệp", "Điện thoại", "Tỉnh", "Số đăng ký", "Quốc gia",
                         "Nhắc việc nội bộ"])
        for i in range(50_000):
            shop = shops[i % 400]
            writer.writerow([shop["name"], shop["phone"], shop["province"],
                             shop["registration_no"], "Viet Nam", f"dòng {i} " + "x" * 40])
    assert path.stat().st_size > 5_000_000

    tracemalloc.start()
    try:
        table = transfer.read_table(path)
        read_peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert table.total == 50_000 and len(table.head) == transfer.HEAD_ROWS
    # Holding the rows, as the reader did before, takes about 30 MB for this file.
    assert read_peak < 4 << 20, read_peak

    # The import under tracemalloc would take minutes: its resident memory is sampled instead
    # (Linux), as each chunk starts.
    statm = Path("/proc/self/statm")
    page = os.sysconf("SC_PAGE_SIZE") if statm.exists() else 0

    def resident() -> int:
        return int(statm.read_text().split()[1]) * page if page else 0

    before = resident()
    highest = [before]

    def progress(done: int, total: int) -> bool:
        highest.append(resident())
        return True

    report = transfer.import_smes(db, table, transfer.guess_mapping(table.headers), progress)
    assert (report.unchanged, report.added, report.problems) == (50_000, 0, 0)
    assert len(highest) > 100  # sampled at every chunk
    assert max(highest) - before < 10 << 20, (max(highest) - before) >> 20


def test_progress_is_told_and_cancel_keeps_what_was_imported(db: Database,
                                                             tmp_path: Path) -> None:
    path = tmp_path / "many.csv"
    rows = io.StringIO()
    writer = csv.writer(rows)
    writer.writerow(["Name", "Phone"])
    writer.writerows([f"Shop {i}", f"012 {i:06d}"] for i in range(1200))
    path.write_text(rows.getvalue(), encoding="utf-8")
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 1000

    table = transfer.read_table(path)
    report = transfer.import_smes(db, table, transfer.guess_mapping(table.headers), progress)
    assert report.cancelled and report.added == 1000 and db.smes.count() == 1000
    assert seen == [(0, 1200), (500, 1200), (1000, 1200)]
    assert report.total - report.done == 200  # what the dialog says was not reached


def test_reading_can_be_stopped(tmp_path: Path) -> None:
    path = tmp_path / "many.csv"
    path.write_text("Name\n" + "".join(f"Shop {i}\n" for i in range(20_000)), encoding="utf-8")
    with pytest.raises(transfer.ReadCancelled):
        transfer.read_table(path, progress=lambda done, total: False)


def test_the_zip_checks_do_not_refuse_a_real_workbook(tmp_path: Path) -> None:
    """A workbook as openpyxl writes it (inline strings, about 6 times smaller packed)."""
    path = small_workbook(tmp_path / "fine.xlsx", rows=3000)
    table = transfer.read_table(path)
    assert table.total == 3000 and table.headers == ["Name", "Phone"]
    assert [row[0] for row in table.head[:2]] == ["Shop 0", "Shop 1"]
