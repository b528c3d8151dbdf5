"""`gmsdesk forms import|list` and `gmsdesk responses export`, run as a person runs them."""

from __future__ import annotations

import csv
import re
import subprocess
from pathlib import Path

import openpyxl

from gmsdesk.storage.db import Database
from tests.survey_kit import NEEDS_CHOICES_V1, NEEDS_V1, answer, needs_form, write_xlsform
from tests.test_cli import gmsdesk

SHIPPED = ["ebusiness_needs_assessment", "workshop_evaluation"]  # resources/forms, by title


def test_readme_export_works_on_a_fresh_data_folder(tmp_path: Path) -> None:
    """The README's command, first thing on a new computer: the shipped forms are installed
    on first use, as the window does, so there is a form to export (no responses yet)."""
    data = str(tmp_path / "fresh")
    out = tmp_path / "out.xlsx"
    result = gmsdesk("--data-dir", data, "responses", "export", "ebusiness_needs_assessment",
                     str(out), "--all-versions")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Exported 0 responses of ebusiness_needs_assessment (all versions)" in result.stdout
    assert "Installed the forms that come with GMS Desk" in result.stderr
    header = next(openpyxl.load_workbook(out)["ebusiness_needs_assessment"]
                  .iter_rows(values_only=True))
    assert header[:2] == ("KEY", "form_version") and len(header) > 20  # one per question

    latest = gmsdesk("--data-dir", data, "responses", "export", "ebusiness_needs_assessment",
                     str(tmp_path / "latest.csv"))
    assert latest.returncode == 0 and "Exported 0 responses" in latest.stdout
    assert "Installed" not in latest.stderr  # once per data folder
    listed = gmsdesk("--data-dir", data, "forms", "list")
    assert [line.split()[0] for line in listed.stdout.splitlines()[1:]] == SHIPPED

    # Offered once, as in the window: a shipped form the office deleted stays deleted.
    with Database(tmp_path / "fresh" / "gmsdesk.sqlite3") as db:
        db.surveys.delete_form(db.surveys.form_ref("workshop_evaluation"))
    listed = gmsdesk("--data-dir", data, "forms", "list")
    assert [line.split()[0] for line in listed.stdout.splitlines()[1:]] == SHIPPED[:1]


def test_import_reports_problems_per_row_and_refuses_unusable_forms(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    bad = write_xlsform(tmp_path / "bad.xlsx", [
        *NEEDS_V1[:3],
        ("background-audio", "ambience", "Sound in the shop", "", ""),  # a type not taken
        ("select_one nowhere", "size", "Size", "", ""),
    ], NEEDS_CHOICES_V1)
    result = gmsdesk("--data-dir", data, "forms", "import", str(bad))
    assert result.returncode == 1
    assert "survey row 5:" in result.stdout and "background-audio" in result.stdout
    assert "survey row 6:" in result.stdout
    assert "not imported" in result.stdout
    listed = gmsdesk("--data-dir", data, "forms", "list")
    forms = [line.split()[0] for line in listed.stdout.splitlines()[1:]]
    assert listed.returncode == 0 and forms == SHIPPED  # the shipped ones, not the bad one
    missing = gmsdesk("--data-dir", data, "forms", "import", str(tmp_path / "nope.xlsx"))
    assert missing.returncode == 1 and "Traceback" not in missing.stderr


def test_import_versions_list_and_export(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = gmsdesk("--data-dir", str(data), "forms", "import", str(needs_form(tmp_path, 1)))
    assert first.returncode == 0, first.stdout + first.stderr
    assert "Imported needs version 1: SME needs assessment" in first.stdout
    again = gmsdesk("--data-dir", str(data), "forms", "import", str(needs_form(tmp_path, 1)))
    assert again.returncode == 0 and "already here" in again.stdout
    # Same version, other questions: refused, and the person is told to change the version.
    edited = write_xlsform(tmp_path / "edited.xlsx", NEEDS_V1[:4], NEEDS_CHOICES_V1)
    clash = gmsdesk("--data-dir", str(data), "forms", "import", str(edited))
    assert clash.returncode == 1 and "Change the version" in clash.stdout
    second = gmsdesk("--data-dir", str(data), "forms", "import", str(needs_form(tmp_path, 2)))
    assert second.returncode == 0 and "2 versions of this form" in second.stdout

    with Database(data / "gmsdesk.sqlite3") as db:
        v1 = db.surveys.form_ref("needs", "1")
        v2 = db.surveys.form_ref("needs", "2")
        answer(db, v1, {"tools": ["fax"], "comment": "ផ្សារ", "employees": 4})
        answer(db, v2, {"tools": ["social", "fax"], "revenue": 120.5})
        answer(db, v2, {"tools": ["email"]})
        db.surveys.create_draft(v2)
    listed = gmsdesk("--data-dir", str(data), "forms", "list")
    lines = listed.stdout.splitlines()
    assert lines[0].split() == ["FORM_ID", "VERSION", "TITLE", "VERSIONS", "RESPONSES",
                                "DRAFTS"]
    [needs] = [line.split() for line in lines[1:] if line.startswith("needs ")]
    assert needs == ["needs", "2", "SME", "needs", "assessment", "2", "3", "1"]

    out = tmp_path / "latest.csv"
    result = gmsdesk("--data-dir", str(data), "responses", "export", "needs", str(out))
    assert result.returncode == 0, result.stderr
    assert "Exported 2 responses of needs (version 2)" in result.stdout
    assert "1 response of other versions was left out" in result.stdout
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["tools"] for r in rows] == ["social fax", "email"]
    assert (tmp_path / "latest-products.csv").exists()

    xlsx = tmp_path / "all.xlsx"
    result = gmsdesk("--data-dir", str(data), "responses", "export", "needs", str(xlsx),
                     "--all-versions")
    assert result.returncode == 0 and "Exported 3 responses" in result.stdout
    sheet = list(openpyxl.load_workbook(xlsx)["needs"].iter_rows(values_only=True))
    header = sheet[0]
    assert [row[header.index("form_version")] for row in sheet[1:]] == ["1", "2", "2"]
    assert sheet[1][header.index("comment")] == "ផ្សារ"

    old = gmsdesk("--data-dir", str(data), "responses", "export", "needs",
                  str(tmp_path / "v1.csv"), "--version", "1")
    assert old.returncode == 0 and "Exported 1 response" in old.stdout
    wrong = gmsdesk("--data-dir", str(data), "responses", "export", "needs",
                    str(tmp_path / "x.pdf"))
    assert wrong.returncode == 2 and ".csv or .xlsx" in wrong.stderr
    unknown = gmsdesk("--data-dir", str(data), "responses", "export", "nosuch",
                      str(tmp_path / "x.csv"))
    assert unknown.returncode == 2 and "Traceback" not in unknown.stderr

    # The summary the Summary window shows, as a PDF: the same counts, the filters in words.
    pdf = tmp_path / "summary.pdf"
    summary = gmsdesk("--data-dir", str(data), "responses", "summary", "needs", str(pdf),
                      "--version", "2")
    assert summary.returncode == 0, summary.stderr
    assert "Wrote the summary of 2 responses" in summary.stdout
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Version 2" in text and "Which tools do you use?" in text
    assert re.search(r"Social media\s+1 \(50%\)", text)  # one of the two chose it
    assert "Comment" not in text  # a version-1 question
    for args in (("nosuch",), ("needs", "--version", "7")):
        wrong = gmsdesk("--data-dir", str(data), "responses", "summary", args[0],
                        str(tmp_path / "no.pdf"), *args[1:])
        assert wrong.returncode == 2 and "Traceback" not in wrong.stderr, wrong.stderr
    assert not (tmp_path / "no.pdf").exists()


def test_labelled_export_in_a_chosen_language_beside_the_raw_one(tmp_path: Path) -> None:
    """`responses export --labels LANG`: what the Surveys area's "Export with labels" writes,
    for people: the questions' text and the answers' labels in that language (a language the
    form has not: its default, and the person is told), the details of each response headed
    in that language too; without --labels, the ODK-style names and codes as before."""
    from PySide6.QtCore import QTranslator

    from gmsdesk.paths import TRANSLATIONS

    data = tmp_path / "data"
    form_id = "ebusiness_needs_assessment"
    assert gmsdesk("--data-dir", str(data), "forms", "list").returncode == 0  # installs it
    with Database(data / "gmsdesk.sqlite3") as db:
        ref = db.surveys.form_ref(form_id)
        answer(db, ref, {"biz_name": "Lotus Silk", "respondent_role": "owner",
                         "economy": "KH", "sector": "handicrafts"})
        form = db.surveys.form(ref)
    role = form.question("respondent_role")
    owner = {lang: next(c for c in role.choices if c.name == "owner").label(lang)
             for lang in ("km", "en")}
    khmer = QTranslator()
    assert khmer.load("gmsdesk_km", str(TRANSLATIONS))

    out = tmp_path / "needs-km.xlsx"
    result = gmsdesk("--data-dir", str(data), "responses", "export", form_id, str(out),
                     "--labels", "km")
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Exported 1 response of {form_id} (version " in result.stdout
    assert "with labels in km" in result.stdout
    sheet = list(openpyxl.load_workbook(out)[form_id].iter_rows(values_only=True))
    header, row = sheet[0], sheet[1]
    assert header[0] == khmer.translate("Surveys", "Response") != "Response"
    assert khmer.translate("Surveys", "Submitted") in header
    question = role.label("km")
    assert question in header and row[header.index(question)] == owner["km"]
    assert row[header.index(form.question("biz_name").label("km"))] == "Lotus Silk"

    # A language the form has not: its default (English), said on stderr; CSV works too.
    csv_out = tmp_path / "needs-fr.csv"
    french = gmsdesk("--data-dir", str(data), "responses", "export", form_id, str(csv_out),
                     "--labels", "fr", "--all-versions")
    assert french.returncode == 0, french.stderr
    assert "has no labels in 'fr'" in french.stderr and "with labels in en" in french.stdout
    with open(csv_out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0][role.label("en")] == owner["en"] and "Response" in rows[0]

    # Beside it, the raw export keeps names and codes.
    raw = tmp_path / "needs.csv"
    assert gmsdesk("--data-dir", str(data), "responses", "export", form_id,
                   str(raw)).returncode == 0
    with open(raw, encoding="utf-8-sig", newline="") as handle:
        first = next(csv.DictReader(handle))
    assert [v for k, v in first.items() if k.endswith("respondent_role")] == ["owner"]
    wrong = gmsdesk("--data-dir", str(data), "responses", "export", form_id,
                    str(tmp_path / "x.pdf"), "--labels", "km")
    assert wrong.returncode == 2 and ".csv or .xlsx" in wrong.stderr
    assert not (tmp_path / "x.pdf").exists()
