"""The agency's logo for certificates: a file chosen is checked (an image, PNG or JPEG, at most
2 MB, readable), kept as a copy in the data folder so the original may go, and printed by the
certificates the window and `gmsdesk certificates` write."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest
from PIL import Image

from gmsdesk.services import training
from gmsdesk.services.training import LogoProblem, agency_logo, remove_agency_logo, set_agency_logo
from gmsdesk.storage.db import Database
from tests.reports.pdfutil import ink, needs_poppler, render
from tests.services.test_training import workshop_id  # noqa: F401 - a fixture


def picture(path: Path, size: tuple[int, int] = (320, 120), fmt: str = "PNG",
            colour: tuple[int, int, int] = (20, 40, 140)) -> Path:
    Image.new("RGB", size, colour).save(path, fmt)
    return path


def test_a_png_is_kept_as_a_copy_and_the_original_may_go(data_dir: Path, tmp_path: Path) -> None:
    assert agency_logo(data_dir) is None
    chosen = picture(tmp_path / "Chamber logo.png")
    kept = set_agency_logo(data_dir, chosen)
    assert kept == data_dir / training.LOGO_FILE == agency_logo(data_dir)
    chosen.unlink()
    with Image.open(kept) as image:
        assert (image.format, image.size) == ("PNG", (320, 120))
    assert [p.name for p in data_dir.iterdir()] == [training.LOGO_FILE]  # nothing left over


def test_a_jpeg_is_turned_upright_and_a_huge_one_made_smaller(data_dir: Path,
                                                              tmp_path: Path) -> None:
    photo = Image.new("RGB", (3000, 1000), (150, 20, 20))
    exif = photo.getexif()
    exif[0x0112] = 6  # "rotate 90° clockwise to show": as many phone cameras save
    photo.save(tmp_path / "photo.jpg", "JPEG", exif=exif, quality=60)
    assert (tmp_path / "photo.jpg").stat().st_size < training.LOGO_MAX_BYTES
    with Image.open(set_agency_logo(data_dir, tmp_path / "photo.jpg")) as kept:
        assert kept.format == "PNG"
        assert kept.size == (training.LOGO_MAX_SIDE // 3, training.LOGO_MAX_SIDE)  # upright


@pytest.mark.parametrize("case", ["text", "pdf", "gif", "cut", "too_large", "missing",
                                  "folder"])
def test_a_file_that_cannot_be_a_logo_is_refused_and_the_old_logo_stays(
        data_dir: Path, tmp_path: Path, case: str) -> None:
    old = set_agency_logo(data_dir, picture(tmp_path / "old.png", colour=(0, 90, 0)))
    before = old.read_bytes()
    bad = tmp_path / f"bad-{case}"
    if case == "text":
        bad.write_text("Siem Reap Chamber of Commerce\n", encoding="utf-8")
    elif case == "pdf":
        bad.write_bytes(b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n")
    elif case == "gif":
        Image.new("RGB", (40, 40), (1, 2, 3)).save(bad, "GIF")
    elif case == "cut":
        data = picture(tmp_path / "whole.png", (600, 600)).read_bytes()
        bad.write_bytes(data[:len(data) // 2])
    elif case == "too_large":  # a real image, only too large a file
        buffer = io.BytesIO()
        noise = random.Random(14).randbytes(3_000_000)  # does not compress
        Image.frombytes("RGB", (1000, 1000), noise).save(buffer, "PNG")
        assert len(buffer.getvalue()) > training.LOGO_MAX_BYTES
        bad.write_bytes(buffer.getvalue())
    elif case == "folder":
        bad.mkdir()
    expected = {"text": "not_image", "pdf": "not_image", "gif": "not_image",
                "cut": "not_image", "too_large": "too_large", "missing": "unreadable",
                "folder": "unreadable"}[case]
    with pytest.raises(LogoProblem) as problem:
        set_agency_logo(data_dir, bad)
    assert problem.value.reason == expected
    assert list(problem.value.errors) == ["logo"] and problem.value.errors["logo"]
    assert old.read_bytes() == before  # the logo there was is kept
    assert sorted(p.name for p in data_dir.iterdir()) == [training.LOGO_FILE]


def test_remove_the_logo(data_dir: Path, tmp_path: Path) -> None:
    assert remove_agency_logo(data_dir) is False
    set_agency_logo(data_dir, picture(tmp_path / "logo.png"))
    assert remove_agency_logo(data_dir) is True
    assert agency_logo(data_dir) is None


@needs_poppler
def test_certificates_from_the_database_print_the_logo_kept_beside_it(
        db: Database, data_dir: Path, tmp_path: Path, workshop_id: str) -> None:  # noqa: F811
    from gmsdesk.reports import training as report

    assert training.workshop_info(db, workshop_id).logo is None
    set_agency_logo(data_dir, picture(tmp_path / "logo.png", (400, 100)))
    info = training.workshop_info(db, workshop_id)
    assert info.logo == str(data_dir / training.LOGO_FILE)
    pdf = tmp_path / "certificates.pdf"
    written = training.write_certificates(db, workshop_id, pdf, "en", issue=True,
                                          on="2025-03-12")
    assert written is not None and written.pages == 2
    x, y, width, height = report._cert_layout(info, "en").logo_box
    for page in render(pdf, dpi=50):
        assert ink(page, (x + 2, y + 2, x + width - 2, y + height - 2), 50,
                   report.PAGE_H) > 0.8 * (width - 4) * (height - 4) * (50 / 72) ** 2


def test_another_agencys_workshop_is_not_printed_under_this_agencys_logo(
        db: Database, data_dir: Path, tmp_path: Path) -> None:
    """A headquarters laptop prints an agency's certificates: with that agency's name, and
    without headquarters' own logo above it."""
    set_agency_logo(data_dir, picture(tmp_path / "hq.png"))
    db.set_meta_atomic("agency_id", "kh-sr")
    theirs = db.training.create_workshop({"title": "Siem Reap", "modules": ["B01"]})
    db.set_meta_atomic("agency_id", "hq")
    mine = db.training.create_workshop({"title": "Headquarters", "modules": ["B01"]})
    assert training.workshop_info(db, theirs[0].record_id).logo is None
    assert training.workshop_info(db, mine[0].record_id).logo == str(
        data_dir / training.LOGO_FILE)
