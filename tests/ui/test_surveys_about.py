"""What a response is about, as an officer sees it: an SME, a workshop or a support agency
chosen when it is started, named in the drafts, the form's title line and the responses list;
after submit, which fields of the SME record the answers updated, or why none; and the
problems of an import in the user's language."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from gmsdesk.storage.db import Database
from gmsdesk.ui.application import AppContext
from tests.forms import write_xlsform
from tests.ui.test_surveys import (
    SURVEYS,
    editor,
    import_form,
    rows_of,
    select_row,
    type_text,
    wait_lists,
)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

AGENCY = "la-vt"
AGENCY_NAME = "Vientiane Trade Promotion Centre"
SME_COLUMN = 2  # of the drafts list and of the responses list


@pytest.fixture(autouse=True)
def no_shipped_forms(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Only the forms a test imports (the shipped ones would come in the background)."""
    from gmsdesk.services import forms as forms_service

    empty = tmp_path / "no_shipped_forms"
    empty.mkdir()
    monkeypatch.setattr(forms_service, "SHIPPED_FORMS", empty)


@pytest.fixture
def surveys(window: Any, qtbot: Any) -> Any:
    window.show_area(SURVEYS)
    area = window.surveys
    qtbot.waitUntil(lambda: area._loaded)
    wait_lists(qtbot, area)
    return area


def staff_form(folder: Path, entities: bool = True) -> Path:
    """Two questions; the number of employees updates the linked SME."""
    extra = {"entities": [["list_name", "label"], ["smes", "${biz}"]]} if entities else {}
    return write_xlsform(folder, [
        ["type", "name", "label", "required", "save_to"],
        ["text", "biz", "Business name", "yes", None],
        ["integer", "staff", "Employees", "yes", "employees_total" if entities else None],
    ], None, [["form_id", "version", "form_title"], ["staff_check", "1", "Staff check"]],
        name="staff_check.xlsx", extra_sheets=extra)


def fill_and_submit(qtbot: Any, renderer: Any, staff: str) -> None:
    type_text(qtbot, editor(renderer, "biz"), "Luang Prabang Textiles")
    type_text(qtbot, editor(renderer, "staff"), staff)
    renderer.submit()
    assert not renderer.isVisible(), renderer.status.text()


def test_a_response_about_an_agency_is_named_so_everywhere(
        ctx: AppContext, surveys: Any, qtbot: Any, tmp_path: Path) -> None:
    db: Database = ctx.db
    db.agencies.save(None, {"agency": AGENCY, "name": AGENCY_NAME})
    import_form(db, staff_form(tmp_path, entities=False))
    ctx.bus.publish_reload("forms")
    wait_lists(qtbot, surveys)

    dialog = surveys.new_response()
    buttons = dialog.about_buttons
    assert [buttons[k].text() for k in ("sme", "workshop", "agency")] == [
        "An SME", "A workshop", "An agency"]
    assert buttons["sme"].isChecked() and not dialog.agency_combo.isEnabled()
    agencies = [dialog.agency_combo.itemData(i) for i in range(dialog.agency_combo.count())]
    assert agencies[0] == db.agency_id and AGENCY in agencies  # this laptop's own first
    buttons["agency"].setChecked(True)
    assert dialog.agency_combo.isEnabled() and not dialog.sme_search.isEnabled()
    dialog.agency_combo.setCurrentIndex(dialog.agency_combo.findData(AGENCY))
    assert (dialog.sme_id(), dialog.about_agency()) == (None, AGENCY)
    dialog.accept()

    renderer = surveys.renderer
    assert f"Agency: {AGENCY_NAME}" in renderer.subtitle.text()
    renderer.close()
    [draft] = db.surveys.drafts()
    assert (draft.about_agency, draft.sme_id) == (AGENCY, None)
    assert rows_of(surveys.drafts_table)[0][SME_COLUMN] == f"Agency: {AGENCY_NAME}"

    select_row(surveys.drafts_table, 0)
    fill_and_submit(qtbot, surveys.resume_selected(), "12")
    wait_lists(qtbot, surveys)
    [response] = db.surveys.responses("staff_check")
    assert response.about_agency == AGENCY
    assert rows_of(surveys.responses_table)[0][SME_COLUMN] == f"Agency: {AGENCY_NAME}"
    assert "SME record" not in surveys.info.text()  # the form updates no SME

    select_row(surveys.responses_table, 0)
    viewer = surveys.view_selected()
    assert f"Agency: {AGENCY_NAME}" in viewer.subtitle.text()
    viewer.close()


def test_a_response_about_a_workshop_takes_the_latest_one(
        ctx: AppContext, surveys: Any, qtbot: Any, tmp_path: Path) -> None:
    db: Database = ctx.db
    import_form(db, staff_form(tmp_path, entities=False))
    ctx.bus.publish_reload("forms")
    wait_lists(qtbot, surveys)
    workshop = db.training.create_workshop({
        "title": "E-marketing basics, Luang Prabang", "track": "basic",
        "start_date": "2024-05-01", "end_date": "2024-05-03"})[0].record_id
    dialog = surveys.new_response()
    dialog.set_about("workshop")
    assert dialog.workshop_id() == workshop and not dialog.sme_list.isEnabled()
    assert (dialog.sme_id(), dialog.about_agency()) == (None, None)
    dialog.accept()
    surveys.renderer.close()
    [draft] = db.surveys.drafts()
    assert (draft.workshop_id, draft.sme_id, draft.about_agency) == (workshop, None, None)


def test_after_submit_the_area_says_what_the_sme_record_got(
        ctx: AppContext, surveys: Any, qtbot: Any, tmp_path: Path) -> None:
    db: Database = ctx.db
    ref = import_form(db, staff_form(tmp_path))
    ctx.bus.publish_reload("forms")
    wait_lists(qtbot, surveys)
    sme = db.smes.create({"name": "Luang Prabang Textiles", "country": "LA"})[0].record_id

    fill_and_submit(qtbot, surveys.start_draft(ref, sme_id=sme), "12")
    assert "SME record updated: Employees." in surveys.info.text()
    assert db.smes.get(sme).employees_total == 12
    # The SME edit is a step of the window's undo, as any edit of the SME; the response stays.
    window = surveys.window()
    assert window.undo_stack.undoText() == "Update the SME from a survey"
    window.undo_stack.undo()
    assert db.smes.get(sme).employees_total is None
    assert len(list(db.surveys.responses("staff_check"))) == 1
    window.undo_stack.redo()
    assert db.smes.get(sme).employees_total == 12

    fill_and_submit(qtbot, surveys.start_draft(ref, sme_id=sme), "12")
    assert "already held these answers" in surveys.info.text()

    fill_and_submit(qtbot, surveys.start_draft(ref), "30")
    assert "No SME is linked" in surveys.info.text()

    with db.atomic():  # now another agency's SME, as sync would store it
        db.conn.execute("UPDATE smes SET agency_id = 'kh-sr' WHERE id = ?", (sme,))
    db.set_meta_atomic("agency_id", "la-vt")
    fill_and_submit(qtbot, surveys.start_draft(ref, sme_id=sme), "40")
    assert "belongs to another agency" in surveys.info.text()
    assert db.smes.get(sme).employees_total == 12
    assert len(list(db.surveys.responses("staff_check"))) == 4


class _Khmerish(QTranslator):
    """Translates one phrase of the form problems, as a .qm file would."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        if context == "Forms":
            return source.replace("the SME record has no such field", "គ្មានវាលនេះទេ")
        return source

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def khmerish(qapp: Any) -> Iterator[QTranslator]:
    translator = _Khmerish()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_the_import_dialog_shows_problems_translated(
        ctx: AppContext, surveys: Any, qtbot: Any, tmp_path: Path, khmerish: Any) -> None:
    bad = write_xlsform(tmp_path, [
        ["type", "name", "label", "save_to"],
        ["text", "biz", "Business name", None],
        ["integer", "staff", "Employees", "employes_total"],
    ], None, [["form_id", "version"], ["bad_staff", "1"]], name="bad_staff.xlsx",
        extra_sheets={"entities": [["list_name", "label"], ["smes", "${biz}"]]})
    surveys.import_xlsform(bad)
    qtbot.waitUntil(lambda: surveys.problems_dialog is not None, timeout=10_000)
    table = surveys.problems_dialog.table
    rows = [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]
    assert ["survey", "3", "Error", "save_to 'employes_total': គ្មានវាលនេះទេ (did you mean "
            "'employees_total'?)."] in rows
