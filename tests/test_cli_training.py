"""`gmsdesk workshops list` and `gmsdesk certificates`, run as a person runs them."""

from __future__ import annotations

import importlib.util
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from gmsdesk.storage.db import Database
from tests.test_cli import gmsdesk


def make_data(data: Path) -> tuple[str, str]:
    """Two workshops: one where two of three people completed everything, one planned."""
    db = Database(data / "gmsdesk.sqlite3", user="trainer")
    t = db.training
    done = t.create_workshop({"title": "Getting SMEs online, Siem Reap", "track": "basic",
                              "modules": ["B01", "B02"], "start_date": "2025-03-10",
                              "end_date": "2025-03-12", "status": "done", "country": "KH",
                              "province": "Siem Reap"})[0].record_id
    later = (date.today() + timedelta(days=60)).isoformat()  # planned: still to come
    planned = t.create_workshop({"title": "E-marketing for exporters", "track": "advanced",
                                 "start_date": later, "status": "planned"})[0].record_id
    sme = db.smes.create({"name": "Angkor Silk", "country": "KH"})[0].record_id
    for name, latin, modules in (("សុខ ដារា", "Sok Dara", 2), ("កែវ បុប្ផា", "Keo Bopha", 2),
                                 ("ហេង វណ្ណៈ", "Heng Vannak", 1)):
        pid = t.create_person({"name": name, "name_latin": latin, "sme_id": sme})[0].record_id
        t.enrol(done, pid)
        for session in t.sessions(done):  # present every day
            t.mark_attendance(done, session.id, pid)
        for module in ["B01", "B02"][:modules]:
            t.set_progress(done, pid, module, "completed", on="2025-03-12")
    db.close()
    return done, planned


def test_workshops_list_shows_counts_newest_first(tmp_path: Path) -> None:
    data = tmp_path / "data"
    done, _planned = make_data(data)
    result = gmsdesk("--data-dir", str(data), "workshops", "list")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["ID", "DATES", "STATUS", "TITLE", "PARTICIPANTS", "COMPLETED"]
    assert "E-marketing for exporters" in lines[1] and lines[1].split()[-2:] == ["0", "0"]
    assert "2025-03-10 to 2025-03-12" in lines[2] and lines[2].split()[-2:] == ["3", "2"]
    assert lines[2].startswith(done[:8])
    only = gmsdesk("--data-dir", str(data), "workshops", "list", "--status", "planned")
    assert only.returncode == 0 and len(only.stdout.splitlines()) == 2
    assert "No running workshops." in gmsdesk("--data-dir", str(data), "workshops", "list",
                                              "--status", "running").stdout


def pages(pdf: Path, out: Path) -> int:
    """Render every page with pdftoppm, as the printer would see them; count the images."""
    subprocess.run(["pdftoppm", "-r", "20", "-png", str(pdf), str(out / "page")], check=True,
                   timeout=120)
    return len(list(out.glob("page*.png")))


@pytest.mark.skipif(importlib.util.find_spec("gmsdesk.reports.training") is None,
                    reason="gmsdesk/reports/training.py (write_certificates) is not there yet")
def test_certificates_one_page_per_person_who_completed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    done, _planned = make_data(data)
    pdf = tmp_path / "certificates.pdf"
    listed = gmsdesk("--data-dir", str(data), "workshops", "list", "--status", "done")
    shown = listed.stdout.splitlines()[1].split()[0]  # the short id, as a person copies it
    assert done.startswith(shown) and len(shown) < len(done)
    result = gmsdesk("--data-dir", str(data), "certificates", shown, str(pdf), "--lang", "km")
    assert result.returncode == 0, result.stderr
    assert "Wrote 2 certificates (2 newly numbered)" in result.stdout
    assert pages(pdf, tmp_path) == 2
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Sok Dara" in text and "Keo Bopha" in text and "Heng Vannak" not in text

    db = Database(data / "gmsdesk.sqlite3")
    numbers = {p.name_latin: p.certificate_no for p in db.training.participants(done)
               if p.certificate_no}
    db.close()
    assert set(numbers) == {"Sok Dara", "Keo Bopha"}
    # Again, in Thai through the global --lang: the same numbers, none newly given.
    again = gmsdesk("--data-dir", str(data), "--lang", "th", "certificates", done, str(pdf))
    assert again.returncode == 0 and "newly" not in again.stdout
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert all(number in text for number in numbers.values() if number)


def test_certificates_refuses_clearly(tmp_path: Path) -> None:
    data = tmp_path / "data"
    done, planned = make_data(data)
    pdf = tmp_path / "c.pdf"
    cases = {
        ("certificates", planned, str(pdf)): (1, "not over yet"),
        ("certificates", planned, str(pdf), "--before-end"): (1, "nobody has completed"),
        ("certificates", done, str(pdf), "--date", "2025-03-01"): (1, "last day"),
        ("certificates", done, str(pdf), "--lang", "fr"): (1, "unknown language"),
        # The id names no workshop, or not one: usage errors, as `responses export` has them.
        ("certificates", "ffffffff", str(pdf)): (2, "no workshop with id"),
        ("certificates", " ", str(pdf)): (2, "give the workshop's id"),
    }
    for args, (code, message) in cases.items():
        result = gmsdesk("--data-dir", str(data), *args)
        assert result.returncode == code, (args, result.stdout, result.stderr)
        assert message in result.stderr and "Traceback" not in result.stderr
    assert not pdf.exists()


def test_certificates_refuse_an_ambiguous_id_and_list_the_workshops(tmp_path: Path) -> None:
    """Two workshops whose ids share a start: that start names neither, and both are listed
    so the person can copy the right one; nothing is written or numbered."""
    data = tmp_path / "data"
    done, planned = make_data(data)
    shared = 0
    while done[shared] == planned[shared]:
        shared += 1
    assert shared > 0, "ids made one after the other share their time-ordered start"
    pdf = tmp_path / "c.pdf"
    result = gmsdesk("--data-dir", str(data), "certificates", done[:shared], str(pdf))
    assert result.returncode == 2, result.stdout + result.stderr
    assert f"ambiguous: 2 workshops start with '{done[:shared]}'" in result.stderr
    assert done in result.stderr and planned in result.stderr
    assert "Getting SMEs online, Siem Reap" in result.stderr
    assert not pdf.exists()
    with Database(data / "gmsdesk.sqlite3") as db:
        assert not any(p.certificate_no for p in db.training.participants(done))
