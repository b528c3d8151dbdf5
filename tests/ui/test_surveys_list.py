"""The Surveys area's responses list at scale: pages read in the background, an SME edit that
renames in place without reading the list again, a new response that shows up, a sound model."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from gmsdesk.storage.db import Database
from gmsdesk.ui.application import AppContext
from gmsdesk.ui.paged import PAGE
from gmsdesk.ui.surveys.responses_model import (
    SME_COLUMN,
    ResponseQuery,
    ResponsesModel,
)
from gmsdesk.ui.surveys.rows import RecordRole
from tests.survey_kit import import_needs
from tests.ui.test_surveys import wait_lists

SURVEYS = 2  # the Surveys area's row in the navigation list
HEADERS = ["Submitted", "Version", "SME", "Language", "By", "Status"]
STATUSES = ["Submitted", "Correction", "Replaced by a correction"]


def answer(db: Database, ref: str, answers: dict[str, Any], sme_id: str | None = None) -> str:
    """Fill in and submit a response; returns its id."""
    draft = db.surveys.create_draft(ref, sme_id=sme_id)
    return db.surveys.submit(draft, answers)[0].record_id


def fill_in(db: Database, tmp_path: Path, count: int, smes: list[str]) -> tuple[str, list[str]]:
    """`count` responses of the needs form, linked to the SMEs in turn; returns the version's
    record and the responses' ids, oldest first."""
    ref = import_needs(db, tmp_path)
    with db.atomic():
        ids = [answer(db, ref, {"employees": i, "tools": ["email"], "obstacle": "cost"},
                      sme_id=smes[i % len(smes)] if smes else None) for i in range(count)]
    return ref, ids


def make_smes(db: Database, count: int) -> list[str]:
    return [db.smes.create({"name": f"Mekong Crafts {i}", "country": "KH"})[0].record_id
            for i in range(count)]


def texts(model: Any, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


@pytest.fixture
def model(ctx: AppContext) -> Iterator[ResponsesModel]:
    made = ResponsesModel(ctx.db, HEADERS, STATUSES, language="en")
    yield made
    made.shutdown()


def open_surveys(window: Any, qtbot: Any) -> Any:
    """The Surveys area shown, the forms GMS Desk ships installed (it reads its lists again
    after) and its lists read."""
    window.show_area(SURVEYS)
    area = window.surveys
    qtbot.waitUntil(lambda: area._loaded and "Installing" not in area.info.text(),
                    timeout=10_000)
    wait_lists(qtbot, area)
    return area


@pytest.fixture
def surveys(window: Any, qtbot: Any) -> Any:
    return open_surveys(window, qtbot)


def test_responses_come_a_page_at_a_time_newest_first(
        ctx: AppContext, model: ResponsesModel, qtbot: Any, tmp_path: Path) -> None:
    _, ids = fill_in(ctx.db, tmp_path, 500, make_smes(ctx.db, 3))
    model.set_query(ResponseQuery("needs"))
    assert model.loading and model.rowCount() == 0  # nothing read on this thread
    qtbot.waitUntil(lambda: not model.loading)
    assert (model.rowCount(), model.total) == (PAGE, 500)
    assert model.line_at(0).id == ids[-1]  # the latest submitted on top
    assert model.canFetchMore()
    model.fetchMore()
    assert not model.canFetchMore()  # one page at a time
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE)
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 500)
    assert not model.canFetchMore()
    assert [model.line_at(r).id for r in range(500)] == ids[::-1]

    # Sorted by SQL over every response, not just the pages loaded.
    model.sort(SME_COLUMN, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: not model.loading and model.query.sort == "sme")
    assert model.rowCount() == PAGE
    names = texts(model, SME_COLUMN)
    assert names == sorted(names) and names[0] == "Mekong Crafts 0"


def test_answers_are_parsed_only_for_a_row_looked_at(
        ctx: AppContext, model: ResponsesModel, qtbot: Any, tmp_path: Path) -> None:
    fill_in(ctx.db, tmp_path, 30, [])
    model.set_query(ResponseQuery("needs"))
    qtbot.waitUntil(lambda: not model.loading)
    assert model.rowCount() == 30 and not model._answers
    tip = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Employees: 29" in tip and "Which tools do you use?: E-mail" in tip
    assert "Biggest obstacle: Cost" in tip
    assert list(model._answers) == [model.line_at(0).id]


def test_an_sme_edit_renames_in_place_without_reading_the_list_again(
        ctx: AppContext, window: Any, qtbot: Any, tmp_path: Path) -> None:
    db = ctx.db
    smes = make_smes(db, 4)
    fill_in(db, tmp_path, 250, smes)
    area = open_surveys(window, qtbot)
    area.select_form("needs")
    model = area.responses_model
    qtbot.waitUntil(lambda: model.query.form_id == "needs" and not model.loading)
    assert model.rowCount() >= PAGE and model.total == 250
    reads = dict(area.loader.reads)
    resets: list[int] = []
    changed: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda first, last, _roles=(): changed.append(
        (first.column(), last.column())))

    ctx.bus.publish(db.smes.update(smes[1], {"name": "Angkor Weaving Cooperative"}))
    qtbot.waitUntil(lambda: "Angkor Weaving Cooperative" in texts(model, SME_COLUMN))
    shown = texts(model, SME_COLUMN)
    linked = [row for row in range(model.rowCount()) if model.line_at(row).sme_id == smes[1]]
    assert len(linked) >= PAGE // 4
    assert {shown[row] for row in linked} == {"Angkor Weaving Cooperative"}
    assert "Mekong Crafts 1" not in shown and "Mekong Crafts 2" in shown
    assert resets == [] and set(changed) == {(SME_COLUMN, SME_COLUMN)}
    assert area.loader.reads["page"] == reads["page"]
    assert area.loader.reads["count"] == reads["count"]
    assert area.loader.reads["forms"] == reads["forms"]  # the forms list not read again

    # An SME no shown response is linked to, or a field the list does not show: nothing read.
    names = area.loader.reads["names"]
    other = db.smes.create({"name": "Pakse Coffee"})[0].record_id
    ctx.bus.publish(db.smes.update(other, {"name": "Pakse Coffee Roasters"}))
    ctx.bus.publish(db.smes.update(smes[2], {"phone": "012 345 678"}))
    qtbot.wait(100)
    assert area.loader.reads["names"] == names
    assert area.loader.reads["page"] == reads["page"] and resets == []


def test_a_new_response_shows_up_on_top(
        ctx: AppContext, surveys: Any, qtbot: Any, tmp_path: Path) -> None:
    db = ctx.db
    sme = make_smes(db, 1)[0]
    ref, _ = fill_in(db, tmp_path, 5, [sme])
    ctx.bus.publish_reload("survey_responses")
    surveys.select_form("needs")
    model = surveys.responses_model
    qtbot.waitUntil(lambda: not model.loading and model.total == 5)

    draft = db.surveys.create_draft(ref, sme_id=sme)
    changes = db.surveys.submit(draft, {"employees": 12, "tools": ["fax"]})
    ctx.bus.publish(changes)
    qtbot.waitUntil(lambda: not model.loading and model.total == 6)
    shown = surveys.responses_table.model().index(0, 0).data(RecordRole)
    assert shown.id == changes[0].record_id
    assert "(6)" in surveys.tabs.tabText(1)
    forms = surveys.forms_table.model()

    def needs_count() -> str | None:
        return next((forms.index(r, 4).data() for r in range(forms.rowCount())
                     if forms.index(r, 1).data() == "needs"), None)

    qtbot.waitUntil(lambda: needs_count() == "6")  # the form's count too


def test_the_model_passes_the_model_tester(
        ctx: AppContext, model: ResponsesModel, qtbot: Any, qtmodeltester: Any,
        tmp_path: Path) -> None:
    _ref, ids = fill_in(ctx.db, tmp_path, PAGE + 20, make_smes(ctx.db, 2))
    draft = ctx.db.surveys.correct(ids[0])
    ctx.db.surveys.submit(draft, {"employees": 99})
    model.set_query(ResponseQuery("needs", include_superseded=True))
    qtbot.waitUntil(lambda: not model.loading)
    qtmodeltester.check(model)
    if model.canFetchMore():
        model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == PAGE + 21)  # rows inserted under the tester
    statuses = texts(model, 5)
    assert statuses.count("Replaced by a correction") == 1
    assert statuses[0] == "Correction"
