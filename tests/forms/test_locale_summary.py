"""What a summary shows is in the chosen language: the form's title, calculated fields by
their label (or their name as words) with the labels of their values, "(not answered)" and
"OK" translated by the screen and the PDF, years without thousands separators, one
precision for percentages."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from gmsdesk.forms.summary import (
    ACKNOWLEDGED,
    NOT_ANSWERED,
    Summary,
    groups_digits,
    readable,
    row_shares,
)
from gmsdesk.forms.xlsform import load_xlsform
from gmsdesk.storage.db import Database
from tests.survey_kit import answer

SURVEY = [
    ("type", "name", "label::English (en)", "label::Khmer (km)", "calculation"),
    ("integer", "year_started", "Year the enterprise started", "ឆ្នាំចាប់ផ្ដើមសហគ្រាស", ""),
    ("integer", "employees", "Employees", "បុគ្គលិក", ""),
    ("decimal", "fee_year", "Fee a year", "ថ្លៃក្នុងមួយឆ្នាំ", ""),
    ("integer", "contact_phone", "Phone", "ទូរស័ព្ទ", ""),
    ("select_multiple tool", "tools", "Tools", "ឧបករណ៍", ""),
    ("calculate", "size_class", "", "",
     "if(${employees} < 10, 'micro', if(${employees} < 50, 'small', 'medium'))"),
    ("calculate", "online_tools", "", "",
     "if(selected(${tools}, 'email'), 1, 0) + if(selected(${tools}, 'website'), 1, 0)"),
    ("calculate", "ict_fax", "", "", "if(selected(${tools}, 'fax'), 'yes', 'no')"),
    ("acknowledge", "consent", "I agree", "ខ្ញុំយល់ព្រម", ""),
]
CHOICES = [
    ("list_name", "name", "label::English (en)", "label::Khmer (km)"),
    ("tool", "fax", "Fax", "ទូរសារ"),
    ("tool", "email", "E-mail", "អ៊ីមែល"),
    ("tool", "website", "Website", "គេហទំព័រ"),
    ("yes_no", "yes", "Yes", "បាទ/ចាស"),
    ("yes_no", "no", "No", "ទេ"),
    # "yes" and "no" here too, labelled otherwise: the smallest list holding a
    # calculation's values labels them
    ("pay", "yes", "Yes, we would pay", "បាទ យើងនឹងបង់"),
    ("pay", "depends", "It depends", "អាស្រ័យ"),
    ("pay", "no", "No, we would not", "ទេ"),
    # a list named after a calculation labels its values
    ("size_class", "micro", "Micro enterprise", "សហគ្រាសខ្នាតតូចបំផុត"),
    ("size_class", "small", "Small enterprise", "សហគ្រាសខ្នាតតូច"),
    ("size_class", "medium", "Medium enterprise", "សហគ្រាសខ្នាតមធ្យម"),
]
SETTINGS = [
    ("form_id", "version", "form_title", "form_title::Khmer (km)", "title::Lao (lo)",
     "default_language"),
    ("ebiz_needs", "1", "E-business needs", "តម្រូវការអាជីវកម្មអេឡិចត្រូនិក",
     "ຄວາມຕ້ອງການທຸລະກິດເອເລັກໂຕຣນິກ", "English (en)"),
]
ANSWERS: list[dict[str, Any]] = [
    {"year_started": 2006, "employees": 4, "fee_year": 1500000, "contact_phone": 12345678,
     "tools": ["fax", "email"], "size_class": "micro", "online_tools": 1, "ict_fax": "yes",
     "consent": "OK"},
    {"year_started": 2012, "employees": 25, "fee_year": 250000, "contact_phone": 23456789,
     "tools": ["email", "website"], "size_class": "small", "online_tools": 2, "ict_fax": "no",
     "consent": "OK"},
    {"year_started": 2024, "employees": 30, "fee_year": 2000, "contact_phone": 34567890,
     "tools": ["website"], "size_class": "small", "online_tools": 1, "ict_fax": "no"},
]


def write_form(path: Path, settings: Sequence[Sequence[str]] = SETTINGS) -> Path:
    book = openpyxl.Workbook()
    for title, rows in (("survey", SURVEY), ("choices", CHOICES), ("settings", settings)):
        sheet = book.active if title == "survey" else book.create_sheet(title)
        sheet.title = title
        for row in rows:
            sheet.append(list(row))
    book.save(path)
    return path


@pytest.fixture
def summary_of(db: Database, tmp_path: Path) -> Any:
    form, problems = load_xlsform(write_form(tmp_path / "needs.xlsx"))
    assert form is not None, [str(p) for p in problems]
    db.surveys.import_form(form, "needs.xlsx")
    ref = db.surveys.form_ref("ebiz_needs", "1")
    for values in ANSWERS:
        answer(db, ref, values)

    def summary(lang: str | None) -> Summary:
        return db.surveys.summary("ebiz_needs", lang=lang)

    return summary


def block(summary: Summary, name: str) -> Any:
    return next(q.item for q in summary.questions if q.name == name)


def test_the_title_in_each_language_the_settings_sheet_gives(tmp_path: Path) -> None:
    form, problems = load_xlsform(write_form(tmp_path / "needs.xlsx"))
    assert form is not None
    assert form.title_in("km") == "តម្រូវការអាជីវកម្មអេឡិចត្រូនិក"
    assert form.title_in("lo") == "ຄວາມຕ້ອງການທຸລະກິດເອເລັກໂຕຣນິກ"  # title::Lao (lo)
    assert form.title_in("my") == "E-business needs"  # none in Burmese: the default
    assert form.title_in(None) == "E-business needs"
    assert not [p for p in problems if "form_title" in p.message or "title::" in p.message]
    # a form without translated titles keeps its version digest and its one title
    plain = [row[:3] + row[5:] for row in SETTINGS]
    form, _ = load_xlsform(write_form(tmp_path / "plain.xlsx", plain))
    assert form is not None and form.title_in("km") == "E-business needs"


def test_summary_title_follows_the_chosen_language(summary_of: Any) -> None:
    assert summary_of("km").title == "តម្រូវការអាជីវកម្មអេឡិចត្រូនិក"
    assert summary_of("en").title == "E-business needs"


def test_calculated_fields_show_words_and_the_labels_of_their_values(summary_of: Any) -> None:
    summary = summary_of("km")
    size = block(summary, "size_class")
    assert size.label == "Size class"  # no label: its name as words, not "size_class"
    assert size.kind == "choices"
    assert size.rows == [("សហគ្រាសខ្នាតតូចបំផុត", 1), ("សហគ្រាសខ្នាតតូច", 2),
                         ("សហគ្រាសខ្នាតមធ្យម", 0), (NOT_ANSWERED, 0)]
    fax = block(summary, "ict_fax")  # yes/no from the smallest list holding both
    assert fax.rows == [("បាទ/ចាស", 1), ("ទេ", 2), (NOT_ANSWERED, 0)]
    assert block(summary_of("en"), "ict_fax").rows[:2] == [("Yes", 1), ("No", 2)]
    online = block(summary, "online_tools")  # numbers: statistics, as a number question
    assert online.label == "Online tools"
    assert online.kind == "number"
    assert online.stats["max"] == 2 and online.stats["n"] == 3
    consent = block(summary, "consent")
    assert consent.rows == [(ACKNOWLEDGED, 2), (NOT_ANSWERED, 1)]


def test_years_and_identifiers_are_not_grouped(summary_of: Any) -> None:
    summary = summary_of("en")
    assert block(summary, "year_started").grouping is False
    assert block(summary, "contact_phone").grouping is False
    assert block(summary, "employees").grouping is True
    assert block(summary, "fee_year").grouping is True  # money a year, not a year


def test_readable_names_and_grouping_rules() -> None:
    assert readable("online_tools") == "Online tools"
    assert readable("sizeClass") == "Size class"
    assert readable("ICT_level") == "ICT level"
    assert readable("ឆ្នាំ") == "ឆ្នាំ"

    class Q:
        def __init__(self, name: str, type_: str = "integer", appearance: str = "") -> None:
            self.name, self.type, self.appearance = name, type_, appearance

    years = {"min": 1998.0, "max": 2024.0}
    assert not groups_digits(Q("year_founded"), years)  # type: ignore[arg-type]
    assert groups_digits(Q("year_founded", appearance="thousands-sep"),  # type: ignore[arg-type]
                         years)
    # named for a year, but the answers are no years: grouped
    assert groups_digits(Q("staff_per_year"), {"min": 10.0, "max": 25000.0})  # type: ignore[arg-type]
    assert not groups_digits(Q("national_id"), {"min": 1e9, "max": 2e9})  # type: ignore[arg-type]


def test_one_rule_for_shares() -> None:
    """A choice's share is of those who answered; "(not answered)"'s of everyone asked."""
    rows = [("Yes", 2), ("No", 0), (NOT_ANSWERED, 8)]
    assert row_shares(rows, 2, 8) == [100.0, 0.0, 80.0]
