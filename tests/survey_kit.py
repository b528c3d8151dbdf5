"""Small real XLSForms written with openpyxl, and helpers to import and answer them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import openpyxl

from gmsdesk.storage.db import Database

SURVEY_HEADER = ("type", "name", "label::English (en)", "label::Khmer (km)", "required")
CHOICES_HEADER = ("list_name", "name", "label::English (en)", "label::Khmer (km)")

NEEDS_V1: list[tuple[str, ...]] = [
    ("note", "intro", "About your business", "អំពីអាជីវកម្មរបស់អ្នក", ""),
    ("select_multiple tools", "tools", "Which tools do you use?", "តើអ្នកប្រើឧបករណ៍អ្វីខ្លះ?", "yes"),
    ("select_one obstacle", "obstacle", "Biggest obstacle", "ឧបសគ្គធំបំផុត", ""),
    ("integer", "employees", "Employees", "បុគ្គលិក", ""),
    ("text", "comment", "Comment", "មតិ", ""),
    ("begin group", "contact", "Contact", "ទំនាក់ទំនង", ""),
    ("text", "contact_name", "Contact name", "ឈ្មោះ", ""),
    ("end group", "", "", "", ""),
    ("begin repeat", "products", "Products", "ផលិតផល", ""),
    ("text", "product_name", "Product", "ផលិតផល", ""),
    ("decimal", "price", "Price", "តម្លៃ", ""),
    ("end repeat", "", "", "", ""),
]
NEEDS_CHOICES_V1: list[tuple[str, ...]] = [
    ("tools", "fax", "Fax", "ទូរសារ"),
    ("tools", "phone", "Fixed phone", "ទូរស័ព្ទ"),
    ("tools", "email", "E-mail", "អ៊ីមែល"),
    ("tools", "website", "Website", "គេហទំព័រ"),
    ("obstacle", "cost", "Cost", "តម្លៃ"),
    ("obstacle", "skills", "Skills", "ជំនាញ"),
    ("obstacle", "infra", "Infrastructure", "ហេដ្ឋារចនាសម្ព័ន្ធ"),
]
# Version 2: "comment" dropped, "revenue" added after employees, a new tool.
NEEDS_V2 = [row for row in NEEDS_V1 if row[1] != "comment"]
NEEDS_V2.insert(4, ("decimal", "revenue", "Revenue (USD)", "ចំណូល", ""))
NEEDS_CHOICES_V2 = [*NEEDS_CHOICES_V1[:4], ("tools", "social", "Social media", "បណ្តាញសង្គម"),
                    *NEEDS_CHOICES_V1[4:]]


def write_xlsform(path: Path, survey: Sequence[Sequence[str]],
                  choices: Sequence[Sequence[str]], *, form_id: str = "needs",
                  version: str = "1", title: str = "SME needs assessment") -> Path:
    """An XLSForm file as a person would make it in Excel."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "survey"
    sheet.append(SURVEY_HEADER)
    for row in survey:
        sheet.append(list(row))
    sheet = book.create_sheet("choices")
    sheet.append(CHOICES_HEADER)
    for row in choices:
        sheet.append(list(row))
    sheet = book.create_sheet("settings")
    sheet.append(("form_id", "version", "form_title", "default_language"))
    sheet.append((form_id, version, title, "English (en)"))
    book.save(path)
    return path


def needs_form(tmp_path: Path, version: int = 1, **kwargs: Any) -> Path:
    survey, choices = (NEEDS_V1, NEEDS_CHOICES_V1) if version == 1 else (NEEDS_V2,
                                                                         NEEDS_CHOICES_V2)
    return write_xlsform(tmp_path / f"needs_v{version}.xlsx", survey, choices,
                         version=str(version), **kwargs)


def import_needs(db: Database, tmp_path: Path, version: int = 1) -> str:
    """Import the needs form (a version of it); returns the version's record id."""
    from gmsdesk.forms.xlsform import load_xlsform

    form, problems = load_xlsform(needs_form(tmp_path, version))
    assert form is not None, [str(p) for p in problems]
    db.surveys.import_form(form, f"needs_v{version}.xlsx")
    return db.surveys.form_ref("needs", str(version))


def import_catalogue(db: Database, tmp_path: Path, survey: Sequence[Sequence[str]]) -> str:
    """Import a product catalogue form (`survey` rows, no choices), version 1; returns the
    version's record id."""
    from gmsdesk.forms.xlsform import load_xlsform

    path = write_xlsform(tmp_path / "catalogue.xlsx", survey, [], form_id="catalogue",
                         title="Product catalogue")
    form, problems = load_xlsform(path)
    assert form is not None, [str(p) for p in problems]
    db.surveys.import_form(form, path.name)
    return db.surveys.form_ref("catalogue", "1")


def answer(db: Database, form_ref: str, answers: Mapping[str, Any], **links: Any) -> str:
    """Fill in and submit a response; returns its id."""
    draft = db.surveys.create_draft(form_ref, **links)
    db.surveys.save_draft(draft, answers, page=1)
    return db.surveys.submit(draft, answers)[0].record_id
