"""What a printed certificate and sign-in sheet must say: the issuing agency (and its logo,
atop the page) and one signature line per trainer; no phone numbers on the sheet that goes
round the room unless chosen."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image

from gmsdesk.reports import training
from gmsdesk.reports.training import (
    CertificatePerson,
    SheetPerson,
    trainer_names,
    write_attendance_sheet,
    write_certificates,
)
from tests.reports.pdfutil import ink, needs_poppler, page_text, render
from tests.reports.test_training import WORKSHOP

pytestmark = needs_poppler

PERSON = CertificatePerson("សុខ ចាន់ធី", "Sok Chanthy", "Angkor Silk", "GMS-2026-AB12-CD34",
                           "2026-03-05")


def test_trainers_are_split_as_typed() -> None:
    assert trainer_names("Sok Dara, Nguyễn Văn An; Keo Sopheap\nLi Ming") == [
        "Sok Dara", "Nguyễn Văn An", "Keo Sopheap", "Li Ming"]
    assert trainer_names("李明、王芳，张伟") == ["李明", "王芳", "张伟"]
    assert trainer_names(" , ") == [] and trainer_names(None) == []


@pytest.mark.parametrize("lang", ["en", "km"])
def test_one_signature_line_per_trainer_and_the_agency(tmp_path: Path, lang: str) -> None:
    workshop = replace(WORKSHOP, trainers="Sok Dara, Nguyễn Văn An, Keo Sopheap")
    pdf = tmp_path / "c.pdf"
    write_certificates(pdf, workshop, [PERSON], lang)
    text = page_text(pdf)
    for name in ("Sok Dara", "Nguyễn Văn An", "Keo Sopheap",
                 "Siem Reap Provincial Chamber of Commerce"):
        assert name in text
    layout = training._cert_layout(workshop, lang)
    assert len(layout.signatures) == 4  # three trainers, then the agency
    assert [s[3] for s in layout.signatures][-1] == "Siem Reap Provincial Chamber of Commerce"
    [image] = render(pdf, dpi=50)
    for centre, half, _label, _who in layout.signatures:  # a line drawn for each
        assert ink(image, (centre - half + 5, 94, centre + half - 5, 98), 50,
                   training.PAGE_H) > 10
    lefts = [c - h for c, h, *_ in layout.signatures]
    rights = [c + h for c, h, *_ in layout.signatures]
    assert all(r < next_left for r, next_left in zip(rights, lefts[1:], strict=False))
    assert lefts[0] > training.CERT_MARGIN and rights[-1] < training.PAGE_W - training.CERT_MARGIN


def test_no_trainer_recorded_still_leaves_a_line_to_sign(tmp_path: Path) -> None:
    layout = training._cert_layout(replace(WORKSHOP, trainers=None), "en")
    assert [(label, who) for _c, _h, label, who in layout.signatures] == [
        ("Trainer", ""), ("On behalf of the agency", "Siem Reap Provincial Chamber of Commerce")]


def test_sign_in_sheet_leaves_phone_numbers_off_unless_chosen(tmp_path: Path) -> None:
    rows = [SheetPerson("Sok Dara", None, "Angkor Silk", "Owner", "+855 12 345 678"),
            SheetPerson("Keo Bopha", None, "Bayon Tours", None, "012 999 000")]
    plain = tmp_path / "plain.pdf"
    write_attendance_sheet(plain, WORKSHOP, "2026-03-04", rows, "en")
    text = page_text(plain)
    assert "Sok Dara" in text and "Signature" in text
    assert "345 678" not in text and "Phone" not in text
    with_phones = tmp_path / "phones.pdf"
    write_attendance_sheet(with_phones, WORKSHOP, "2026-03-04", rows, "en", phones=True)
    text = page_text(with_phones)
    assert "+855 12 345 678" in text and "Phone" in text
    for columns in (training.sheet_columns(False), training.sheet_columns(True)):
        assert sum(w for _k, w in columns) == pytest.approx(training.SHEET_W
                                                            - 2 * training.SHEET_MARGIN)


# -- the agency's logo ---------------------------------------------------------------------------


def _logo_file(path: Path, size: tuple[int, int], colour: tuple[int, int, int] = (20, 40, 140),
               fmt: str = "PNG") -> Path:
    """A plain dark block (what counts as ink in the page image), with a transparent band
    through the middle of a PNG: the band must print as paper, not as black."""
    image = Image.new("RGBA" if fmt == "PNG" else "RGB", size, colour)
    if fmt == "PNG":
        band = Image.new("RGBA", (size[0], max(1, size[1] // 5)), (0, 0, 0, 0))
        image.paste(band, (0, size[1] // 2 - band.height // 2))
    image.save(path, fmt)
    return path


def _rgb(pdf: Path, dpi: int) -> Image.Image:
    """The first page of `pdf` in colour."""
    out = pdf.with_name(f"{pdf.stem}-colour")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", str(pdf), str(out)],
                   check=True)
    return Image.open(out.with_suffix(".png")).convert("RGB")


def _pixel(image: Image.Image, x: float, y: float, dpi: int) -> tuple[int, int, int]:
    """The colour at (x, y) in PDF points (origin bottom left)."""
    scale = dpi / 72
    pixel = image.getpixel((int(x * scale), int((training.PAGE_H - y) * scale)))
    assert isinstance(pixel, tuple) and len(pixel) == 3
    return int(pixel[0]), int(pixel[1]), int(pixel[2])


@pytest.mark.parametrize(("size", "fitted"), [
    ((400, 100), (training.LOGO_BOX_W, training.LOGO_BOX_W / 4)),  # wide: full width
    ((60, 120), (training.LOGO_BOX_H / 2, training.LOGO_BOX_H)),  # tall: full height
])
def test_the_logo_prints_atop_every_certificate_in_its_box_keeping_its_shape(
        tmp_path: Path, size: tuple[int, int], fitted: tuple[float, float]) -> None:
    logo = _logo_file(tmp_path / "logo.png", size)
    workshop = replace(WORKSHOP, logo=str(logo))
    layout = training._cert_layout(workshop, "km")
    x, y, width, height = layout.logo_box
    assert (width, height) == pytest.approx(fitted)
    assert x == pytest.approx(training.PAGE_W / 2 - width / 2)  # centred
    inset = training.CERT_MARGIN + 7
    assert y + height < training.PAGE_H - inset  # inside the inner frame
    # The agency's name and the title come below it, the signatures stay where they were.
    assert all(line.y + line.size < y for line in layout.fixed)
    assert layout.signatures == training._cert_layout(WORKSHOP, "km").signatures
    pdf = tmp_path / "c.pdf"
    assert write_certificates(pdf, workshop, [PERSON, replace(PERSON, name="កែវ បុប្ផា")],
                              "km") == 2
    for page in render(pdf, dpi=50):
        # Dark all over the box's ends, nothing to either side of it.
        assert ink(page, (x + 2, y + 2, x + width - 2, y + height * 0.3), 50,
                   training.PAGE_H) > 0.8 * (width - 4) * (height * 0.3 - 2) * (50 / 72) ** 2
        assert ink(page, (x - 40, y, x - 4, y + height), 50, training.PAGE_H) == 0
        assert ink(page, (x + width + 4, y, x + width + 40, y + height), 50,
                   training.PAGE_H) == 0
    colour = _rgb(pdf, 72)
    r, _g, b = _pixel(colour, x + width / 2, y + height * 0.15, 72)
    assert b > 100 and r < 60  # the logo's own colour, not a grey stand-in
    assert min(_pixel(colour, x + width / 2, y + height / 2, 72)) > 230  # transparent: paper
    assert "Siem Reap Provincial Chamber of Commerce" in page_text(pdf)
    # The image is in the file once, however many pages show it.
    one = tmp_path / "one.pdf"
    write_certificates(one, workshop, [PERSON], "km")
    assert pdf.read_bytes().count(b"/Subtype /Image") == \
        one.read_bytes().count(b"/Subtype /Image") > 0


def test_without_a_logo_or_with_a_broken_one_the_top_is_as_before(tmp_path: Path) -> None:
    plain = training._cert_layout(WORKSHOP, "en")
    assert plain.logo is None
    broken = tmp_path / "logo.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n not really")
    for path in (broken, tmp_path / "gone.png"):  # damaged since, or deleted by hand
        layout = training._cert_layout(replace(WORKSHOP, logo=str(path)), "en")
        assert layout.logo is None and layout.fixed == plain.fixed
        pdf = tmp_path / f"{path.stem}.pdf"
        assert write_certificates(pdf, replace(WORKSHOP, logo=str(path)), [PERSON], "en") == 1
        assert "Sok Chanthy" in page_text(pdf)


def test_a_jpeg_logo_prints_too(tmp_path: Path) -> None:
    logo = _logo_file(tmp_path / "logo.jpg", (300, 150), (150, 20, 20), fmt="JPEG")
    workshop = replace(WORKSHOP, logo=str(logo))
    x, y, width, height = training._cert_layout(workshop, "en").logo_box
    pdf = tmp_path / "c.pdf"
    write_certificates(pdf, workshop, [PERSON], "en")
    r, g, b = _pixel(_rgb(pdf, 72), x + width / 2, y + height / 2, 72)
    assert r > 110 and g < 60 and b < 60
