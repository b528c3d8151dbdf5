"""Certificates and attendance sheets from storage's rows: the adapters, the PDFs, and the
workshop named by the start of its id, as the window and `gmsdesk certificates` use them."""

from __future__ import annotations

from pathlib import Path

import pytest

from gmsdesk.services import training
from gmsdesk.services.prefixes import AmbiguousPrefix, EmptyPrefix, NoMatch
from gmsdesk.storage.db import Database
from tests.reports.pdfutil import needs_poppler, page_text


def make_workshop(db: Database, **values: str) -> str:
    base = {"title": "Getting SMEs online", "track": "basic", "modules": ["B01", "B02"],
            "start_date": "2025-03-10", "end_date": "2025-03-12", "country": "KH",
            "province": "Siem Reap"}
    return db.training.create_workshop({**base, **values})[0].record_id


@pytest.fixture
def workshop_id(db: Database) -> str:
    """Two of three people completed every module (all three were present every day); none
    has a certificate number yet."""
    wid = make_workshop(db)
    sme = db.smes.create({"name": "Angkor Silk", "country": "KH"})[0].record_id
    for name, latin, modules in (("សុខ ដារា", "Sok Dara", 2), ("កែវ បុប្ផា", "Keo Bopha", 2),
                                 ("ហេង វណ្ណៈ", "Heng Vannak", 1)):
        pid = db.training.create_person({"name": name, "name_latin": latin, "sme_id": sme,
                                         "role": "Owner", "phone": "012 345 678"})[0].record_id
        db.training.enrol(wid, pid)
        for session in db.training.sessions(wid):  # present every day
            db.training.mark_attendance(wid, session.id, pid)
        for module in ["B01", "B02"][:modules]:
            db.training.set_progress(wid, pid, module, "completed", on="2025-03-12")
    return wid


def test_rows_adapted_for_the_reports(db: Database, workshop_id: str) -> None:
    info = training.workshop_info(db, workshop_id, "th")
    assert info.modules == ["แนวคิดและประโยชน์ของธุรกิจอิเล็กทรอนิกส์", "เริ่มต้นใช้งานอินเทอร์เน็ต"]
    assert (info.title, info.province, info.country, info.agency) == (
        "Getting SMEs online", "Siem Reap", "KH", None)  # not enrolled with an agency yet
    sheet = training.sheet_people(db, workshop_id)
    assert {(p.name_latin, p.sme_name, p.role) for p in sheet} == {
        ("Sok Dara", "Angkor Silk", "Owner"), ("Keo Bopha", "Angkor Silk", "Owner"),
        ("Heng Vannak", "Angkor Silk", "Owner")}
    assert training.certificate_people(db, workshop_id) == []
    db.training.issue_certificates(workshop_id, on="2025-03-13")
    people = training.certificate_people(db, workshop_id)
    numbers = {p.certificate_no for p in db.training.participants(workshop_id)} - {None}
    assert {p.name_latin for p in people} == {"Sok Dara", "Keo Bopha"}
    assert {p.certificate_no for p in people} == numbers
    assert {p.issued_on for p in people} == {"2025-03-13"}


@needs_poppler
def test_certificates_written_numbered_once_and_cancellable(
        db: Database, workshop_id: str, tmp_path: Path) -> None:
    pdf = tmp_path / "certificates.pdf"
    with pytest.raises(training.NoCertificates):  # the window's Save: nobody numbered yet
        training.write_certificates(db, workshop_id, pdf, "en")
    assert not pdf.exists()
    assert training.write_certificates(db, workshop_id, pdf, "en",
                                       lambda done, total: False, issue=True) is None
    assert not pdf.exists()  # cancelled: no file, but the numbers were given
    numbers = {p.certificate_no for p in training.certificate_people(db, workshop_id)}
    assert len(numbers) == 2 and None not in numbers
    written = training.write_certificates(db, workshop_id, pdf, "km", issue=True)
    assert written is not None and written.pages == 2 and written.issued == ()
    text = page_text(pdf)
    assert "Sok Dara" in text and "Keo Bopha" in text and "Heng Vannak" not in text
    assert all(number in text for number in numbers)
    again = training.write_certificates(db, workshop_id, pdf, "en")  # the same numbers
    assert again is not None and (again.pages, again.issued) == (2, ())
    assert {p.certificate_no for p in training.certificate_people(db, workshop_id)} == numbers
    assert all(number in page_text(pdf) for number in numbers)


def test_certificates_issue_first_when_asked(db: Database, workshop_id: str,
                                             tmp_path: Path) -> None:
    written = training.write_certificates(db, workshop_id, tmp_path / "c.pdf", "en",
                                          issue=True)
    assert written is not None and written.pages == 2
    numbered = {p.id for p in db.training.participants(workshop_id) if p.certificate_no}
    assert len(numbered) == 2
    assert sorted((c.table, c.record_id, c.op, c.fields) for c in written.issued) == sorted(
        ("participants", one, "update", ("certificate_issued_on", "certificate_no"))
        for one in numbered)


@needs_poppler
def test_attendance_sheet_lists_everyone_enrolled(db: Database, workshop_id: str,
                                                  tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.pdf"
    assert training.write_attendance_sheet(db, workshop_id, "2025-03-10", sheet, "en",
                                           lambda done, total: False) is None
    assert not sheet.exists()
    seen: list[tuple[int, int]] = []
    pages = training.write_attendance_sheet(
        db, workshop_id, "2025-03-10", sheet, "en",
        lambda done, total: seen.append((done, total)) is None)
    assert pages == 1 and seen == [(0, 1), (1, 1)]
    text = page_text(sheet)
    assert all(name in text for name in ("Sok Dara", "Keo Bopha", "Heng Vannak"))


def test_workshop_named_by_the_start_of_its_id(db: Database) -> None:
    first, second = make_workshop(db, title="One"), make_workshop(db, title="Two")
    shared = 0
    while first[shared] == second[shared]:
        shared += 1
    assert training.find_workshop(db, first[:shared + 1].upper()).id == first
    assert training.find_workshop(db, f"  {second}  ").id == second
    with pytest.raises(AmbiguousPrefix) as err:
        training.find_workshop(db, first[:shared])
    assert err.value.matches == sorted([first, second])
    for empty in ("", "  "):
        with pytest.raises(EmptyPrefix):
            training.find_workshop(db, empty)
    with pytest.raises(NoMatch):
        training.find_workshop(db, "zz")
    # A deleted workshop: found by its own id, but never in the way of one in use.
    db.training.delete_workshop(first)
    assert training.find_workshop(db, first[:shared]).id == second
    assert training.find_workshop(db, first).id == first
