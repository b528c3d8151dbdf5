"""What a printed certificate and sign-in sheet must say: the issuing agency and one signature
line per trainer; no phone numbers on the sheet that goes round the room unless chosen."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

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
