"""The Surveys area as an officer uses it: fill a form with skip logic and a refused answer,
close it (the draft is kept), reopen it, submit; old versions, corrections, summary, exports."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from gmsdesk.storage.db import Database
from gmsdesk.ui.application import AppContext
from tests.reports.pdfutil import page_text, render

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SURVEYS = 2  # the Surveys area's row in the navigation list


# -- building XLSForms for the tests ----------------------------------------------------------


def write_xlsform(path: Path, survey: Sequence[Mapping[str, Any]],
                  choices: Sequence[Mapping[str, Any]] = (),
                  settings: Mapping[str, Any] | None = None) -> Path:
    """An .xlsx XLSForm from rows given as dicts (columns: the union of their keys)."""
    book = openpyxl.Workbook()
    sheets: list[tuple[str, Sequence[Mapping[str, Any]]]] = [("survey", survey)]
    if choices:
        sheets.append(("choices", choices))
    if settings:
        sheets.append(("settings", [settings]))
    first = True
    for title, rows in sheets:
        sheet = book.active if first else book.create_sheet()
        first = False
        sheet.title = title
        columns: list[str] = []
        for row in rows:
            for key in row:
                if key not in columns:
                    columns.append(key)
        sheet.append(columns)
        for row in rows:
            sheet.append([row.get(c) for c in columns])
    book.save(path)
    return path


EN, KM = "label::English (en)", "label::Khmer (km)"


def check_form_rows(version: str = "1", extra_question: bool = False) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = [
        {"type": "begin_group", "name": "business", EN: "Your business",
         KM: "អាជីវកម្មរបស់អ្នក"},
        {"type": "text", "name": "biz_name", EN: "Business name", KM: "ឈ្មោះអាជីវកម្ម",
         "required": "yes"},
        {"type": "integer", "name": "employees", EN: "How many people work here?",
         KM: "តើមានមនុស្សប៉ុន្មាននាក់ធ្វើការនៅទីនេះ?", "required": "yes",
         "constraint": ". >= 1 and . <= 5000",
         "constraint_message::English (en)": "Between 1 and 5000 people.",
         "constraint_message::Khmer (km)": "ពី ១ ដល់ ៥០០០ នាក់។",
         "hint::English (en)": "Count the owner too."},
        {"type": "select_one yes_no", "name": "has_website",
         EN: "Does the business have a website?", KM: "តើអាជីវកម្មមានគេហទំព័រទេ?",
         "required": "yes"},
        {"type": "text", "name": "website", EN: "Website address", KM: "អាសយដ្ឋានគេហទំព័រ",
         "relevant": "${has_website} = 'yes'"},
    ]
    if extra_question:
        rows.append({"type": "text", "name": "phone", EN: "Phone number", KM: "លេខទូរស័ព្ទ"})
    rows += [
        {"type": "end_group"},
        {"type": "begin_group", "name": "online", EN: "Selling online", KM: "លក់តាមអនឡាញ"},
        {"type": "select_multiple channels", "name": "channels",
         EN: "Where do you sell online?", KM: "តើអ្នកលក់តាមអនឡាញនៅឯណា?"},
        {"type": "text", "name": "fears", EN: "What worries you about selling online?",
         KM: "តើអ្វីដែលអ្នកព្រួយបារម្ភ?", "appearance": "multiline"},
        {"type": "date", "name": "visit_date", EN: "Date of visit", KM: "កាលបរិច្ឆេទ"},
        {"type": "end_group"},
    ]
    return rows


CHECK_CHOICES = [
    {"list_name": "yes_no", "name": "yes", EN: "Yes", KM: "បាទ/ចាស"},
    {"list_name": "yes_no", "name": "no", EN: "No", KM: "ទេ"},
    {"list_name": "channels", "name": "facebook", EN: "Facebook page", KM: "ទំព័រហ្វេសប៊ុក"},
    {"list_name": "channels", "name": "own_site", EN: "Own website", KM: "គេហទំព័រផ្ទាល់"},
    {"list_name": "channels", "name": "marketplace", EN: "E-marketplace", KM: "ផ្សារអនឡាញ"},
]


def check_form(folder: Path, version: str = "1", extra_question: bool = False) -> Path:
    return write_xlsform(folder / f"ebiz_check_v{version}.xlsx",
                         check_form_rows(version, extra_question), CHECK_CHOICES,
                         {"form_title": "E-business check", "form_id": "ebiz_check",
                          "version": version, "default_language": "English (en)"})


def import_form(db: Database, path: Path) -> str:
    """Import an XLSForm through storage; returns the version's record id."""
    from gmsdesk.forms.xlsform import load_xlsform

    form, problems = load_xlsform(path)
    assert form is not None, [str(p) for p in problems]
    db.surveys.import_form(form, path.name)
    return str(db.surveys.form_ref(form.form_id, form.version))


# -- driving the renderer -----------------------------------------------------------------------


def activate(qtbot: Any, widget: Any) -> None:
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def editor(renderer: Any, name: str, index: int | None = None) -> Any:
    suffix = name if index is None else f"{name}_{index}"
    widget = renderer.findChild(QWidget, f"editor_{suffix}")
    assert widget is not None, suffix
    return widget


def question(renderer: Any, name: str, index: int | None = None) -> Any:
    return renderer.widgets[(name, index)]


def message(renderer: Any, name: str, index: int | None = None) -> str | None:
    """The message shown next to a question, or None."""
    suffix = name if index is None else f"{name}_{index}"
    label = renderer.findChild(QLabel, f"error_{suffix}")
    assert label is not None, suffix
    return label.text() if label.isVisible() else None


def choose(renderer: Any, name: str, choice: str, index: int | None = None) -> None:
    suffix = name if index is None else f"{name}_{index}"
    button = renderer.findChild(QRadioButton, f"choice_{suffix}_{choice}")
    if button is None:
        box = renderer.findChild(QCheckBox, f"choice_{suffix}_{choice}")
        assert box is not None, (suffix, choice)
        box.setChecked(True)
        return
    button.setChecked(True)


def type_text(qtbot: Any, widget: Any, text: str) -> None:
    """Type ASCII with the keyboard (QTest types Latin-1 only), else set the text."""
    widget.setFocus()
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
    elif text.isascii():
        widget.clear()
        qtbot.keyClicks(widget, text)
    else:
        widget.setText(text)
    if isinstance(widget, QLineEdit):
        widget.editingFinished.emit()


def wait_saved(qtbot: Any, db: Database, draft_id: str, **expected: Any) -> None:
    def saved() -> bool:
        answers = db.surveys.draft(draft_id).answers
        return all(answers.get(k) == v for k, v in expected.items())

    try:
        qtbot.waitUntil(saved, timeout=3000)
    except Exception:
        raise AssertionError(db.surveys.draft(draft_id).answers) from None


@pytest.fixture(autouse=True)
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """No real message box (it would block): every question is answered Yes."""
    asked: list[str] = []

    def fake(_parent: Any, _title: str, text: str, *args: Any) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(fake))
    return asked


@pytest.fixture(autouse=True)
def no_shipped_forms(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Only the forms a test imports: the shipped ones would be installed in the background
    and listed at a moment the test cannot tell, changing which form comes first."""
    from gmsdesk.services import forms as forms_service

    empty = tmp_path / "no_shipped_forms"
    empty.mkdir()
    monkeypatch.setattr(forms_service, "SHIPPED_FORMS", empty)


def wait_lists(qtbot: Any, area: Any) -> None:
    """Wait for the lists the area reads in the background: the forms list, and the responses
    of the form it selects."""
    qtbot.waitUntil(lambda: not area.forms_loading and not area.responses_model.loading,
                    timeout=10_000)


@pytest.fixture
def surveys(window: Any, qtbot: Any) -> Any:
    window.show_area(SURVEYS)
    area = window.surveys
    qtbot.waitUntil(lambda: area._loaded)
    wait_lists(qtbot, area)
    return area


def rows_of(table: Any) -> list[list[str]]:
    model = table.model()
    return [[str(model.index(r, c).data() or "") for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def select_row(table: Any, row: int) -> None:
    table.selectRow(row)
    table.setCurrentIndex(table.model().index(row, 0))


# -- the story of one response --------------------------------------------------------------


def test_fill_skip_logic_refused_answer_draft_reopen_submit(
        ctx: AppContext, window: Any, qtbot: Any, tmp_path: Path) -> None:
    db = ctx.db
    ref = import_form(db, check_form(tmp_path))
    sme = db.smes.create({"name": "Angkor Silk Weavers", "province": "Siem Reap",
                          "country": "KH"})[0].record_id
    window.show_area(SURVEYS)
    area = window.surveys
    wait_lists(qtbot, area)
    assert rows_of(area.forms_table)[0][:3] == ["E-business check", "ebiz_check", "1"]

    renderer = area.start_draft(ref, sme_id=sme)
    assert renderer is not None and renderer.isVisible()
    activate(qtbot, renderer)
    draft_id = renderer.draft_id
    assert renderer.page_label.text().startswith("Page 1 of 2")
    assert "Angkor Silk Weavers" in renderer.subtitle.text()
    # Required questions carry a red star; the hint is under the label.
    assert "*" in renderer.findChild(QLabel, "label_biz_name").text()
    assert renderer.findChild(QLabel, "hint_employees").text() == "Count the owner too."

    type_text(qtbot, editor(renderer, "biz_name"), "Angkor Silk Weavers")
    # Skip logic: the website address is asked only of a business with a website.
    assert not question(renderer, "website").isVisible()
    choose(renderer, "has_website", "yes")
    assert question(renderer, "website").isVisible()
    choose(renderer, "has_website", "no")
    assert not question(renderer, "website").isVisible()
    choose(renderer, "has_website", "yes")
    type_text(qtbot, editor(renderer, "website"), "angkorsilk.example")

    # A refused answer: the form's own message appears next to the question...
    type_text(qtbot, editor(renderer, "employees"), "0")
    assert message(renderer, "employees") == "Between 1 and 5000 people."
    # ...and Next stays on the page.
    renderer.next_button.click()
    assert renderer.current == 0
    assert renderer.page_problem.isVisible()
    qtbot.keyClick(renderer, Qt.Key.Key_PageDown)
    assert renderer.current == 0
    # Letters cannot be typed into a number.
    qtbot.keyClicks(editor(renderer, "employees"), "abc")
    assert editor(renderer, "employees").text() == "0"
    type_text(qtbot, editor(renderer, "employees"), "25")
    assert message(renderer, "employees") is None

    wait_saved(qtbot, db, draft_id, biz_name="Angkor Silk Weavers", employees=25,
               has_website="yes", website="angkorsilk.example")
    qtbot.keyClick(renderer, Qt.Key.Key_PageDown)
    assert renderer.current == 1
    assert renderer.page_label.text() == "Page 2 of 2"
    assert renderer.page_titles[1].text() == "Selling online"
    choose(renderer, "channels", "facebook")
    choose(renderer, "channels", "marketplace")
    type_text(qtbot, editor(renderer, "fears"), "Competitors will see our prices")
    wait_saved(qtbot, db, draft_id, channels=["facebook", "marketplace"])

    # Close (Esc): the draft is kept, and the area says so.
    qtbot.keyClick(renderer, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not renderer.isVisible())
    assert "draft is kept" in area.info.text()
    draft = db.surveys.draft(draft_id)
    assert draft.page == 1
    assert draft.answers["fears"] == "Competitors will see our prices"

    # Reopen from the Drafts list: same page, answers intact.
    drafts = rows_of(area.drafts_table)
    assert len(drafts) == 1 and drafts[0][0] == "E-business check"
    assert drafts[0][2] == "Angkor Silk Weavers"
    select_row(area.drafts_table, 0)
    assert area.resume_button.isEnabled()
    area.resume_button.click()
    reopened = area.renderer
    assert reopened is not renderer and reopened.draft_id == draft_id
    activate(qtbot, reopened)
    assert reopened.current == 1
    assert question(reopened, "channels").value() == ["facebook", "marketplace"]
    assert editor(reopened, "fears").toPlainText() == "Competitors will see our prices"
    qtbot.keyClick(reopened, Qt.Key.Key_PageUp)
    assert reopened.current == 0
    assert editor(reopened, "biz_name").text() == "Angkor Silk Weavers"
    assert editor(reopened, "employees").text() == "25"
    assert question(reopened, "website").isVisible()
    assert editor(reopened, "website").text() == "angkorsilk.example"

    # Submit from the last page.
    qtbot.keyClick(reopened, Qt.Key.Key_PageDown)
    assert reopened.submit_button.isVisible() and not reopened.next_button.isVisible()
    reopened.submit_button.click()
    qtbot.waitUntil(lambda: not reopened.isVisible())
    wait_lists(qtbot, area)
    assert "submitted" in area.info.text()
    assert db.surveys.drafts() == []
    responses = list(db.surveys.responses("ebiz_check"))
    assert len(responses) == 1
    response = responses[0]
    assert response.sme_id == sme and response.form_version == "1"
    assert response.answers == {
        "biz_name": "Angkor Silk Weavers", "employees": 25, "has_website": "yes",
        "website": "angkorsilk.example", "channels": ["facebook", "marketplace"],
        "fears": "Competitors will see our prices"}
    assert rows_of(area.drafts_table) == []
    assert len(rows_of(area.responses_table)) == 1
    assert window.pending_label.text() != "0 changes waiting for sync"


def test_submit_refused_while_a_required_answer_is_missing(
        ctx: AppContext, surveys: Any, qtbot: Any, tmp_path: Path) -> None:
    ref = import_form(ctx.db, check_form(tmp_path))
    renderer = surveys.start_draft(ref)
    type_text(qtbot, editor(renderer, "biz_name"), "Mekong Rice")
    renderer.next_button.click()
    assert renderer.current == 0
    assert message(renderer, "employees") == "This answer is required."
    assert message(renderer, "has_website") == "This answer is required."
    assert message(renderer, "biz_name") is None
    # Answering clears the message at once.
    choose(renderer, "has_website", "no")
    assert message(renderer, "has_website") is None
    renderer.close()
    assert list(ctx.db.surveys.responses("ebiz_check")) == []


def test_form_language_switch_and_khmer_messages(
        ctx: AppContext, surveys: Any, qtbot: Any, tmp_path: Path) -> None:
    ref = import_form(ctx.db, check_form(tmp_path))
    renderer = surveys.start_draft(ref)
    combo = renderer.findChild(QComboBox, "form_language")
    assert [combo.itemData(i) for i in range(combo.count())] == ["en", "km"]
    assert combo.currentData() == "en"  # the UI is in English
    combo.setCurrentIndex(combo.findData("km"))
    assert "ឈ្មោះអាជីវកម្ម" in renderer.findChild(QLabel, "label_biz_name").text()
    assert renderer.findChild(QRadioButton, "choice_has_website_no").text() == "ទេ"
    assert renderer.page_titles[0].text() == "អាជីវកម្មរបស់អ្នក"
    type_text(qtbot, editor(renderer, "employees"), "9999")
    assert message(renderer, "employees") == "ពី ១ ដល់ ៥០០០ នាក់។"
    renderer.close()
    assert ctx.db.surveys.drafts()[0].language == "km"  # reopens in Khmer


def test_draft_begun_on_version_1_is_finished_on_version_1(
        ctx: AppContext, surveys: Any, qtbot: Any, tmp_path: Path) -> None:
    db = ctx.db
    ref1 = import_form(db, check_form(tmp_path, "1"))
    first = surveys.start_draft(ref1)
    type_text(qtbot, editor(first, "biz_name"), "Old version shop")
    first.close()

    ref2 = import_form(db, check_form(tmp_path, "2", extra_question=True))
    ctx.bus.publish_reload("forms")
    wait_lists(qtbot, surveys)
    forms = [row for row in rows_of(surveys.forms_table) if "E-business check" in row]
    assert forms[0][2:4] == ["2", "2"]  # latest version, two versions

    select_row(surveys.drafts_table, 0)
    renderer = surveys.resume_selected()
    assert ("phone", None) not in renderer.widgets  # still the version-1 questions
    assert editor(renderer, "biz_name").text() == "Old version shop"
    type_text(qtbot, editor(renderer, "employees"), "3")
    choose(renderer, "has_website", "no")
    renderer.next_page()
    renderer.submit()
    assert not renderer.isVisible()
    wait_lists(qtbot, surveys)

    new = surveys.start_draft(ref2)
    assert ("phone", None) in new.widgets
    new.close()
    response = next(db.surveys.responses("ebiz_check"))
    assert response.form_version == "1" and response.form_ref == ref1
    # Old responses stay readable with their own version.
    select_row(surveys.responses_table, 0)
    viewer = surveys.view_selected()
    assert viewer.read_only and ("phone", None) not in viewer.widgets
    assert "Version 1" in viewer.subtitle.text()
    assert not editor(viewer, "employees").isEnabled() or editor(viewer, "employees").isReadOnly()
    viewer.close()


def submit_response(db: Database, ref: str, answers: Mapping[str, Any], *,
                    sme_id: str | None = None) -> str:
    draft = db.surveys.create_draft(ref, sme_id=sme_id)
    return db.surveys.submit(draft, dict(answers))[0].record_id


BASE_ANSWERS = {"biz_name": "Kampot Pepper", "employees": 4, "has_website": "no"}


def test_a_correction_supersedes_the_response(
        ctx: AppContext, surveys: Any, qtbot: Any, tmp_path: Path) -> None:
    db = ctx.db
    ref = import_form(db, check_form(tmp_path))
    old_id = submit_response(db, ref, BASE_ANSWERS)
    ctx.bus.publish_reload("survey_responses")
    wait_lists(qtbot, surveys)
    assert len(rows_of(surveys.responses_table)) == 1
    select_row(surveys.responses_table, 0)
    assert surveys.correct_button.isEnabled()
    renderer = surveys.correct_selected()
    assert "Correction" in renderer.subtitle.text()
    assert editor(renderer, "biz_name").text() == "Kampot Pepper"
    type_text(qtbot, editor(renderer, "employees"), "6")
    renderer.next_page()
    renderer.submit()
    assert not renderer.isVisible()
    wait_lists(qtbot, surveys)

    current = list(db.surveys.responses("ebiz_check"))
    assert len(current) == 1 and current[0].supersedes == old_id
    assert current[0].answers["employees"] == 6
    everything = list(db.surveys.responses("ebiz_check", include_superseded=True))
    assert {r.id: r.superseded for r in everything} == {old_id: True, current[0].id: False}
    assert db.surveys.response(old_id).answers["employees"] == 4  # never overwritten
    assert len(rows_of(surveys.responses_table)) == 1
    surveys.show_superseded.setChecked(True)
    wait_lists(qtbot, surveys)
    statuses = sorted(r[-1] for r in rows_of(surveys.responses_table))
    assert statuses == ["Correction", "Replaced by a correction"]


def test_delete_draft_asks_first(ctx: AppContext, surveys: Any, qtbot: Any, tmp_path: Path,
                                 questions: list[str]) -> None:
    ref = import_form(ctx.db, check_form(tmp_path))
    surveys.start_draft(ref).close()
    select_row(surveys.drafts_table, 0)
    assert surveys.delete_selected_draft()
    assert questions and "E-business check" in questions[0]
    assert ctx.db.surveys.drafts() == []
    assert rows_of(surveys.drafts_table) == []


def test_new_response_dialog_links_an_sme(ctx: AppContext, surveys: Any, qtbot: Any,
                                          tmp_path: Path) -> None:
    ref = import_form(ctx.db, check_form(tmp_path))
    ctx.bus.publish_reload("forms")
    wait_lists(qtbot, surveys)
    sme = ctx.db.smes.create({"name": "Luang Prabang Textiles", "country": "LA"})[0].record_id
    workshop = ctx.db.training.create_workshop({
        "title": "E-marketing basics, Luang Prabang", "track": "basic",
        "start_date": "2024-05-01", "end_date": "2024-05-03"})[0].record_id
    dialog = surveys.new_response()
    assert dialog.form_ref() == ref
    # Before anything is typed the list says to type (one line, not an SME).
    assert dialog.sme_list.count() == 2 and dialog.sme_list.item(1).flags() == \
        Qt.ItemFlag.NoItemFlags
    dialog.sme_search.setText("Luang")
    qtbot.waitUntil(lambda: dialog.sme_id() == sme)
    combo = dialog.workshop_combo
    assert combo.isEnabled()
    combo.setCurrentIndex(combo.findData(workshop))
    assert "E-marketing basics" in combo.currentText()
    dialog.accept()
    renderer = surveys.renderer
    assert renderer is not None and "Luang Prabang Textiles" in renderer.subtitle.text()
    renderer.close()
    draft = ctx.db.surveys.drafts()[0]
    assert (draft.sme_id, draft.workshop_id) == (sme, workshop)


def test_import_shows_each_problem_with_its_row(ctx: AppContext, surveys: Any, qtbot: Any,
                                                tmp_path: Path) -> None:
    bad = write_xlsform(tmp_path / "bad.xlsx", [
        {"type": "text", "name": "name", "label": "Name"},
        {"type": "background-audio", "name": "where", "label": "Location"},
    ], settings={"form_id": "bad_form", "version": "1"})
    task = surveys.import_xlsform(bad)
    qtbot.waitUntil(lambda: surveys.problems_dialog is not None, timeout=10_000)
    del task
    dialog = surveys.problems_dialog
    table = dialog.table
    texts = [[table.item(r, c).text() for c in range(table.columnCount())]
             for r in range(table.rowCount())]
    assert any(row[0] == "survey" and row[1] == "3" and "background-audio" in row[3]
               for row in texts)
    assert "cannot be used" in dialog.summary.text()
    assert "bad_form" not in [f.form_id for f in ctx.db.surveys.forms()]

    good = check_form(tmp_path)
    surveys.problems_dialog = None
    surveys.import_xlsform(good)
    qtbot.waitUntil(lambda: any("E-business check" in row for row in rows_of(
        surveys.forms_table)), timeout=10_000)
    assert "Imported “E-business check”, version 1." in surveys.info.text()

    # Same version, different questions: refused, with what to do.
    clash = write_xlsform(tmp_path / "clash.xlsx", check_form_rows("1", extra_question=True),
                          CHECK_CHOICES, {"form_title": "E-business check",
                                          "form_id": "ebiz_check", "version": "1"})
    surveys.problems_dialog = None
    surveys.import_xlsform(clash)
    qtbot.waitUntil(lambda: surveys.problems_dialog is not None, timeout=10_000)
    assert "Change the version" in surveys.problems_dialog.summary.text()
    assert len(ctx.db.surveys.versions("ebiz_check")) == 1


def test_repeat_instances_added_and_removed(ctx: AppContext, surveys: Any, qtbot: Any,
                                            tmp_path: Path) -> None:
    path = write_xlsform(tmp_path / "roster.xlsx", [
        {"type": "text", "name": "head", "label": "Head of household", "required": "yes"},
        {"type": "begin_repeat", "name": "member", "label": "Member"},
        {"type": "text", "name": "m_name", "label": "Name", "required": "yes"},
        {"type": "integer", "name": "m_age", "label": "Age", "constraint": ". < 120"},
        {"type": "end_repeat"},
        {"type": "calculate", "name": "n", "calculation": "count(${member})"},
    ], settings={"form_id": "roster", "version": "1"})
    ref = import_form(ctx.db, path)
    renderer = surveys.start_draft(ref)
    type_text(qtbot, editor(renderer, "head"), "Sokha")
    renderer.next_page()
    assert renderer.current == 1
    add = renderer.findChild(QPushButton, "add_member")
    count = renderer.state.repeat_count("member")
    add.click()
    add.click()
    assert renderer.state.repeat_count("member") == count + 2
    type_text(qtbot, editor(renderer, "m_name", count), "Dara")
    type_text(qtbot, editor(renderer, "m_name", count + 1), "Vanna")
    type_text(qtbot, editor(renderer, "m_age", count + 1), "130")
    assert message(renderer, "m_age", count + 1) == "This answer is not allowed."
    type_text(qtbot, editor(renderer, "m_age", count + 1), "13")
    renderer.findChild(QPushButton, f"remove_member_{count}").click()
    assert renderer.state.repeat_count("member") == count + 1
    assert editor(renderer, "m_name", count).text() == "Vanna"
    wait_saved(qtbot, ctx.db, renderer.draft_id, head="Sokha")
    members = ctx.db.surveys.draft(renderer.draft_id).answers.get("member")
    qtbot.waitUntil(lambda: ctx.db.surveys.draft(renderer.draft_id).answers.get("member")
                    == members)
    assert members[-1] == {"m_name": "Vanna", "m_age": 13}
    renderer.close()


# -- summary and exports --------------------------------------------------------------------


def seed_responses(db: Database, ref: str) -> list[dict[str, Any]]:
    kh = db.smes.create({"name": "Angkor Silk", "province": "Siem Reap", "country": "KH",
                         "sector": "handicrafts"})[0].record_id
    la = db.smes.create({"name": "Pakse Coffee", "province": "Champasak", "country": "LA",
                         "sector": "agri_food"})[0].record_id
    answers = [
        ({"biz_name": "Angkor Silk", "employees": 25, "has_website": "yes",
          "website": "silk.example", "channels": ["facebook", "own_site"],
          "fears": "Designs copied"}, kh),
        ({"biz_name": "Pakse Coffee", "employees": 8, "has_website": "no",
          "channels": ["facebook"], "fears": "Exports are hard"}, la),
        ({"biz_name": "Siem Reap Tours", "employees": 3, "has_website": "yes",
          "website": "tours.example"}, kh),
    ]
    for values, sme in answers:
        submit_response(db, ref, values, sme_id=sme)
    return [a for a, _ in answers]


def chart_rows(window: Any, name: str) -> list[tuple[str, int]]:
    from gmsdesk.ui.surveys.summary_view import BarChart

    block = window.blocks[name]
    chart = block.findChild(BarChart)
    assert chart is not None, name
    return list(chart.rows)


def test_summary_counts_match_and_exports_read_back(
        ctx: AppContext, surveys: Any, qtbot: Any, tmp_path: Path) -> None:
    db = ctx.db
    ref = import_form(db, check_form(tmp_path))
    answers = seed_responses(db, ref)
    ctx.bus.publish_reload("survey_responses")
    window = surveys.open_summary("ebiz_check")
    qtbot.waitUntil(lambda: window.summary is not None, timeout=10_000)
    assert window.total_label.text() == "3 responses"
    assert chart_rows(window, "has_website") == [("Yes", 2), ("No", 1), ("(not answered)", 0)]
    assert chart_rows(window, "channels")[:3] == [("Facebook page", 2), ("Own website", 1),
                                                  ("E-marketplace", 0)]
    employees = window.blocks["employees"]
    assert employees.findChild(QLabel, "stat_mean").text() == "12"
    assert employees.findChild(QLabel, "stat_max").text() == "25"
    samples = window.blocks["fears"].findChild(QLabel, "samples").text()
    assert "Designs copied" in samples and "Exports are hard" in samples

    # Filters: one province.
    window.summary = None
    window.province_filter.setCurrentIndex(window.province_filter.findData("Siem Reap"))
    qtbot.waitUntil(lambda: window.summary is not None, timeout=10_000)
    assert window.total_label.text() == "2 responses"
    assert chart_rows(window, "has_website")[0] == ("Yes", 2)
    window.summary = None
    window.province_filter.setCurrentIndex(0)
    qtbot.waitUntil(lambda: window.summary is not None, timeout=10_000)

    # Exports: one column per question, the values as answered.
    xlsx = tmp_path / "out.xlsx"
    window.export_to(xlsx)
    qtbot.waitUntil(lambda: window.export_result is not None, timeout=10_000)
    assert "Exported 3 responses" in window.info.text()
    sheet = openpyxl.load_workbook(xlsx).worksheets[0]
    table = [list(r) for r in sheet.iter_rows(values_only=True)]
    header, body = table[0], table[1:]
    assert len(body) == 3
    column = {name: i for i, name in enumerate(header)}
    for key in ("business-biz_name", "business-employees", "online-channels"):
        assert key in column, header
    by_name = {row[column["business-biz_name"]]: row for row in body}
    for values in answers:
        row = by_name[values["biz_name"]]
        assert int(row[column["business-employees"]]) == values["employees"]
        assert (row[column["online-channels"]] or "") == " ".join(values.get("channels", []))
        chosen = values.get("channels")
        expected = None if chosen is None else 1 if "facebook" in chosen else 0
        cell = row[column["online-channels/facebook"]]
        assert (None if cell in (None, "") else int(cell)) == expected

    csv_path = tmp_path / "out.csv"
    window.export_result = None
    window.export_to(csv_path)
    qtbot.waitUntil(lambda: window.export_result is not None, timeout=10_000)
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        records = list(csv.DictReader(handle))
    assert sorted(r["business-biz_name"] for r in records) == sorted(
        a["biz_name"] for a in answers)
    assert {r["business-biz_name"]: r["business-website"] for r in records}["Pakse Coffee"] == ""

    # The summary PDF: a real file that pdftoppm renders.
    pdf = tmp_path / "summary.pdf"
    done: list[Any] = []
    task = window.pdf_to(pdf)
    assert task is not None
    task.finished.connect(lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    qtbot.waitUntil(lambda: "Summary saved" in window.info.text(), timeout=5000)
    assert render(pdf), "pdftoppm rendered no page"
    assert "E-business check" in page_text(pdf)
    window.close()


def page_values(rows: Iterable[list[str]]) -> list[str]:
    return [r[0] for r in rows]
