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
    assert [i.label for i in items] == [q.item.label for q in summary.questions]
    assert items[:4] == [
        SummaryItem("តើអ្នកប្រើឧបករណ៍អ្វីខ្លះ?", "choices", 2,
                    rows=[("ទូរសារ", 1), ("ទូរស័ព្ទ", 0), ("អ៊ីមែល", 2), ("គេហទំព័រ", 0),
                          ("(not answered)", 0)], not_answered=0),
        SummaryItem("ឧបសគ្គធំបំផុត", "choices", 1,
                    rows=[("តម្លៃ", 1), ("ជំនាញ", 0), ("ហេដ្ឋារចនាសម្ព័ន្ធ", 0), ("(not answered)", 1)],
                    not_answered=1),
        SummaryItem("បុគ្គលិក", "number", 2,
                    stats={"n": 2, "mean": 8, "min": 4, "max": 12, "median": 8}),
        SummaryItem("មតិ", "text", 1, samples=["Too costly"])]


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
    lines = [line for line in text.splitlines() if line.strip()]
    assert lines[:17] == [
        "SME needs assessment", "Version 1", "Total responses: 1",
        "Which tools do you use?", "1 answered", "Fax", "1 (100%)", "Fixed phone", "0 (0%)",
        "E-mail", "0 (0%)", "Website", "0 (0%)", "(not answered)", "0 (0%)",
        "Biggest obstacle", "0 answered"]
    assert "n 1 · Mean 3 · Median 3 · Min 3 · Max 3" in lines
    assert lines[-1] == "Page 1 of 1"
