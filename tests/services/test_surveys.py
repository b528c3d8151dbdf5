"""A survey summary as a report: storage's summary adapted into the PDF's items."""

from __future__ import annotations

import subprocess
from pathlib import Path

from gmsdesk.reports.summary import SummaryItem
from gmsdesk.services import surveys
from gmsdesk.storage.db import Database
from tests.reports.pdfutil import needs_poppler
from tests.survey_kit import answer, import_needs


def test_report_items_carry_what_the_window_shows(db: Database, tmp_path: Path) -> None:
    ref = import_needs(db, tmp_path)
    answer(db, ref, {"tools": ["fax", "email"], "obstacle": "cost", "employees": 12,
                     "comment": "Too costly"})
    answer(db, ref, {"tools": ["email"], "employees": 4})
    summary = db.surveys.summary("needs", lang="km")
    items = surveys.report_items(summary)
    assert all(isinstance(item, SummaryItem) for item in items)
    assert [i.label for i in items] == [q.item.label for q in summary.questions]
    tools = items[0]
    assert tools.label == "តើអ្នកប្រើឧបករណ៍អ្វីខ្លះ?" and tools.kind == "choices"
    assert dict(tools.rows)["អ៊ីមែល"] == 2 and tools.not_answered == 0
    employees = next(i for i in items if i.kind == "number")
    assert employees.stats["mean"] == 8 and employees.answered == 2
    comment = next(i for i in items if i.label == "មតិ")
    assert comment.samples == ["Too costly"]


def test_labels_in_the_language_asked_when_the_form_has_it(db: Database,
                                                           tmp_path: Path) -> None:
    form = db.surveys.form(import_needs(db, tmp_path))
    assert surveys.labels_language(form, "km") == "km"
    assert surveys.labels_language(form, "lo") == form.default_language
    assert surveys.labels_language(None, "km") is None


@needs_poppler
def test_summary_pdf(db: Database, tmp_path: Path) -> None:
    answer(db, import_needs(db, tmp_path), {"tools": ["fax"], "employees": 3})
    pdf = tmp_path / "summary.pdf"
    assert surveys.write_summary_pdf(pdf, db.surveys.summary("needs"), "Version 1", "en") == 1
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "SME needs assessment" in text and "Version 1" in text and "Fax" in text
