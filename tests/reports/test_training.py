"""Certificates and attendance sheets, written, rendered with pdftoppm and checked."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from gmsdesk.reports import training
from gmsdesk.reports.text import glyph_ids
from gmsdesk.reports.training import (
    Cancelled,
    CertificatePerson,
    SheetPerson,
    WorkshopInfo,
    write_attendance_sheet,
    write_certificates,
)
from tests.reports.pdfutil import ink, needs_poppler, page_text, render

pytestmark = needs_poppler

WORKSHOP = WorkshopInfo(
    title="E-business for handicraft SMEs: selling online", track="basic",
    start_date="2026-03-03", end_date="2026-03-05", venue="Chamber of Commerce hall",
    province="Siem Reap", country="KH", partner="UN ESCAP", trainers="Sok Dara, Nguyễn Văn An",
    agency="Siem Reap Provincial Chamber of Commerce",
    modules=["Why go online", "Company profile and product catalogue", "Product photos",
             "E-marketplaces and B2B portals", "Online payment and security"],
)

PEOPLE = [
    ("សុខ ចាន់ធី", "Sok Chanthy", "សហគ្រាសសូត្រអង្គរ", "NotoSansKhmer-Bold"),
    ("ສົມພອນ ແກ້ວມະນີ", "Somphone Keomany", "ຫັດຖະກຳລາວ", "NotoSansLao-Bold"),
    ("အောင်ကျော်မင်း", "Aung Kyaw Min", "ရွှေပုဆိုး လုပ်ငန်း", "NotoSansMyanmar-Bold"),
    ("สมชาย ใจดี", "Somchai Jaidee", "ผ้าไหมไทย จำกัด", "NotoSansThai-Bold"),
    ("Nguyễn Thị Hương", None, "Công ty TNHH Thủ công Mỹ nghệ Bát Tràng", "NotoSans-Bold"),
    ("李明华", "Li Minghua", "云南普洱茶业有限公司", "NotoSansSCGMS-Bold"),
]


def _people() -> list[CertificatePerson]:
    return [CertificatePerson(name, latin, sme, f"KH-2026-{i:04d}", "2026-03-05")
            for i, (name, latin, sme, _font) in enumerate(PEOPLE, 1)]


def _fonts(pdf: Path) -> str:
    return subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True,
                          text=True).stdout


@pytest.mark.parametrize("lang", ["en", "km", "my", "zh_CN"])
def test_certificates_render_every_name_in_its_own_script(tmp_path: Path, lang: str) -> None:
    pdf = tmp_path / "certificates.pdf"
    assert write_certificates(pdf, WORKSHOP, _people(), lang) == len(PEOPLE)
    pages = render(pdf, dpi=50)
    assert len(pages) == len(PEOPLE)
    layout = training._cert_layout(WORKSHOP, lang)
    width, height = training.PAGE_W, training.PAGE_H
    for image, (name, *_rest) in zip(pages, PEOPLE, strict=True):
        assert all(gid != 0 for _, gid in glyph_ids(name, bold=True)), name  # no .notdef
        name_box = (width / 2 - 250, layout.name_y - 10, width / 2 + 250, layout.name_y + 40)
        assert ink(image, name_box, 50, height) > 40, f"{name}: nothing printed where it goes"
        empty = (width / 2 - 250, 110, width / 2 + 250, 118)  # between modules and signatures
        assert ink(image, empty, 50, height) == 0
    embedded = _fonts(pdf)
    for *_rest, font in PEOPLE:  # each name set in its own script's font, embedded as a subset
        assert f"+{font} " in embedded
    assert " no " not in embedded.split("\n", 2)[2]  # every font embedded
    text = page_text(pdf)
    for fragment in ("Nguyễn Thị Hương", "李明华", "Sok Chanthy", "KH-2026-0006"):
        assert fragment in text


def test_certificate_wording_and_dates_follow_the_language(tmp_path: Path) -> None:
    pdf = tmp_path / "th.pdf"
    write_certificates(pdf, WORKSHOP, _people()[:1], "th")
    text = page_text(pdf)
    assert "พ.ศ. 2569" in text  # Buddhist era
    pdf = tmp_path / "vi.pdf"
    write_certificates(pdf, WORKSHOP, _people()[:1], "vi")
    text = page_text(pdf)
    assert "Giấy chứng nhận hoàn thành" in text and "Campuchia" in text
    assert "ngày 5 tháng 3 năm 2026" in text


def test_cancel_leaves_no_file(tmp_path: Path) -> None:
    pdf = tmp_path / "out" / "certificates.pdf"
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 3

    with pytest.raises(Cancelled):
        write_certificates(pdf, WORKSHOP, _people() * 3, "en", progress)
    assert not pdf.exists()
    assert list(pdf.parent.iterdir()) == []  # no temporary file left behind either
    assert calls[-1] == (3, 18) and calls[0] == (0, 18)


def test_progress_is_reported_and_an_old_file_is_replaced_whole(tmp_path: Path) -> None:
    pdf = tmp_path / "certificates.pdf"
    pdf.write_bytes(b"old")
    seen: list[int] = []

    def progress(done: int, _total: int) -> bool:
        seen.append(done)
        return True

    write_certificates(pdf, WORKSHOP, _people(), "en", progress)
    assert seen == list(range(len(PEOPLE) + 1))
    assert pdf.read_bytes().startswith(b"%PDF")
    assert len(list(tmp_path.iterdir())) == 1


def test_bad_and_missing_data_still_prints(tmp_path: Path) -> None:
    workshop = WorkshopInfo(title="", track="", start_date="not a date", end_date=None,
                            venue=None, province=None, country="??", partner=None, trainers=None,
                            agency=None, modules=[f"Module {i} " * 6 for i in range(70)])
    people = [
        CertificatePerson("", None, None, "", ""),
        CertificatePerson("Sok\tDara\n🙂", "Sok Dara", None, "X-1", "2026-13-45"),
        CertificatePerson("ព្រះរាជាណាចក្រកម្ពុជា " * 12, None, "S" * 400, "X-2", "2026-03-05"),
    ]
    pdf = tmp_path / "odd.pdf"
    assert write_certificates(pdf, workshop, people, "xx") == 3
    pages = render(pdf, dpi=40)
    assert len(pages) == 3
    # a module list far too long for the page is cut with an ellipsis, not drawn over the
    # signatures
    assert "…" in page_text(pdf, 1)
    assert ink(pages[0], (60, 100, training.PAGE_W - 60, 118), 40, training.PAGE_H) == 0


def test_attendance_sheet_repeats_its_header_on_every_page(tmp_path: Path) -> None:
    rows = [SheetPerson(name, latin, sme, "Owner", f"+855 12 {i:06d}")
            for i, (name, latin, sme, _font) in enumerate(PEOPLE * 7)]
    pdf = tmp_path / "sheet.pdf"
    pages = write_attendance_sheet(pdf, WORKSHOP, "2026-03-04", rows, "en", phones=True)
    assert pages >= 2
    images = render(pdf, dpi=50)
    assert len(images) == pages
    for n in range(1, pages + 1):
        text = page_text(pdf, n)
        assert f"Page {n} of {pages}" in text
        assert "Signature" in text and "Phone" in text and "4 March 2026" in text
    assert "+855 12 000041" in page_text(pdf)  # the last of 42 people is on the sheet
    assert "Sok Chanthy" in page_text(pdf, 1)


def test_attendance_sheet_in_every_language_and_empty(tmp_path: Path) -> None:
    rows = [SheetPerson(name, latin, sme, None, None) for name, latin, sme, _f in PEOPLE]
    for lang in ("km", "lo", "my", "th", "vi", "zh_CN"):
        pdf = tmp_path / f"sheet-{lang}.pdf"
        assert write_attendance_sheet(pdf, WORKSHOP, "2026-03-04", rows, lang) == 1
        assert len(render(pdf, dpi=30)) == 1
    pdf = tmp_path / "blank.pdf"  # nobody registered yet: a blank sheet to sign by hand
    assert write_attendance_sheet(pdf, WORKSHOP, "", [], "en") == 1
    assert "Signature" in page_text(pdf)
