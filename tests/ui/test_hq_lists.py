"""Lists on a headquarters laptop name and filter each record's agency (workshops, survey
responses, the responses export); an agency's laptop shows no such column. What headquarters
published is locked on an agency's laptop; retired form versions and modules are shown as such
and not offered for new work."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from gmsdesk.forms.export import AGENCY_COLUMNS
from gmsdesk.forms.xlsform import load_xlsform
from gmsdesk.storage.db import Database
from gmsdesk.ui.application import AppContext
from gmsdesk.ui.surveys.rows import RecordRole
from tests.survey_kit import NEEDS_CHOICES_V1, NEEDS_V1, answer, import_needs, write_xlsform

TRAINING, SURVEYS = 1, 2  # rows of the navigation list
ANSWERS = {"tools": ["fax"], "obstacle": "cost", "employees": 4}
NAMES = {"kh-sr": "Siem Reap Chamber of Commerce", "la-vt": "Vientiane Trade Centre"}


@pytest.fixture(autouse=True)
def no_shipped_forms(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Only the forms a test imports."""
    from gmsdesk.services import forms as forms_service

    empty = tmp_path / "no_shipped_forms"
    empty.mkdir()
    monkeypatch.setattr(forms_service, "SHIPPED_FORMS", empty)


@pytest.fixture(autouse=True)
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """No real message box (it would block): every question is answered Yes."""
    asked: list[str] = []

    def fake(_parent: Any, _title: str, text: str, *args: Any) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(fake))
    return asked


def as_agency(db: Database, agency: str) -> None:
    db.set_meta_atomic("agency_id", agency)


def make_hq(db: Database) -> None:
    """This laptop is headquarters, and knows the agencies' names."""
    as_agency(db, "hq")
    db.set_meta_atomic("agency_hq", "1")
    for code, name in NAMES.items():
        db.agencies.save(None, {"agency": code, "name": name})


def open_window(ctx: AppContext, qtbot: Any) -> Any:
    window = ctx.open_window()
    qtbot.waitUntil(lambda: not window.smes.model.loading)  # type: ignore[attr-defined]
    return window


def texts(model: Any, column: int) -> list[str]:
    return [str(model.index(r, column).data() or "") for r in range(model.rowCount())]


def headers(model: Any) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def wait_lists(qtbot: Any, area: Any) -> None:
    qtbot.waitUntil(lambda: area._loaded and not area.forms_loading
                    and not area.responses_model.loading, timeout=10_000)


def surveys_area(window: Any, qtbot: Any) -> Any:
    window.show_area(SURVEYS)
    area = window.surveys
    wait_lists(qtbot, area)
    return area


def workshops_of_two_agencies(db: Database) -> None:
    for agency, title in (("kh-sr", "Selling silk online"), ("la-vt", "Coffee on Facebook"),
                          ("hq", "Trainers' training")):
        as_agency(db, agency)
        db.training.create_workshop({"title": title, "start_date": "2025-03-10"})


def responses_of_two_agencies(db: Database, tmp_path: Path) -> str:
    as_agency(db, "kh-sr")
    ref = import_needs(db, tmp_path, 1)
    answer(db, ref, ANSWERS)
    answer(db, ref, ANSWERS)
    as_agency(db, "la-vt")
    answer(db, ref, ANSWERS)
    return ref


# -- workshops ---------------------------------------------------------------------------------


def test_workshops_on_a_headquarters_laptop_name_and_filter_agencies(
        ctx: AppContext, qtbot: Any) -> None:
    workshops_of_two_agencies(ctx.db)
    make_hq(ctx.db)
    window = open_window(ctx, qtbot)
    window.show_area(TRAINING)
    area = window.training
    column = area.model.column("agency")
    assert headers(area.proxy)[column] == "Agency"
    shown = dict(zip(texts(area.proxy, 0), texts(area.proxy, column), strict=True))
    assert shown == {"Selling silk online": NAMES["kh-sr"],
                     "Coffee on Facebook": NAMES["la-vt"],
                     "Trainers' training": "Headquarters"}  # this laptop's own: in words

    combo = area.agency_filter
    assert combo is not None and combo.isVisible()
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All agencies", "Headquarters", NAMES["kh-sr"], NAMES["la-vt"]]
    combo.setCurrentIndex(combo.findData("la-vt"))
    assert texts(area.proxy, 0) == ["Coffee on Facebook"]
    assert area.count_label.text() == "1 of 3 workshops"
    # A workshop made here meanwhile: the filter stays.
    as_agency(ctx.db, "hq")
    ctx.bus.publish(ctx.db.training.create_workshop({"title": "New at HQ"}))
    assert combo.currentData() == "la-vt" and texts(area.proxy, 0) == ["Coffee on Facebook"]
    combo.setCurrentIndex(0)
    assert area.proxy.rowCount() == 4


def test_workshops_on_an_agency_laptop_have_no_agency_column(
        ctx: AppContext, qtbot: Any) -> None:
    as_agency(ctx.db, "kh-sr")
    ctx.db.training.create_workshop({"title": "Selling silk online"})
    window = open_window(ctx, qtbot)
    window.show_area(TRAINING)
    area = window.training
    assert area.agency_filter is None
    assert headers(area.proxy) == ["Workshop", "Dates", "Track", "Venue", "Participants",
                                   "Status"]


# -- responses ---------------------------------------------------------------------------------


def test_responses_on_a_headquarters_laptop_name_and_filter_agencies(
        ctx: AppContext, qtbot: Any, tmp_path: Path) -> None:
    responses_of_two_agencies(ctx.db, tmp_path)
    make_hq(ctx.db)
    area = surveys_area(open_window(ctx, qtbot), qtbot)
    model = area.responses_model
    assert headers(model) == ["Submitted", "Version", "SME", "Agency", "Language", "By",
                              "Status"]
    assert sorted(texts(model, 3)) == [NAMES["kh-sr"], NAMES["kh-sr"], NAMES["la-vt"]]

    area.tabs.setCurrentIndex(1)
    combo = area.agency_filter
    assert combo is not None and combo.isVisible()
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All agencies", NAMES["kh-sr"], NAMES["la-vt"]]
    combo.setCurrentIndex(combo.findData("la-vt"))
    qtbot.waitUntil(lambda: not model.loading and model.total == 1)
    assert texts(model, 3) == [NAMES["la-vt"]]
    assert "(1)" in area.tabs.tabText(1)
    model.sort(3, Qt.SortOrder.AscendingOrder)  # sorting by agency is done by SQL
    qtbot.waitUntil(lambda: not model.loading and model.query.sort == "agency")
    combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: not model.loading and model.total == 3)
    assert texts(model, 3) == [NAMES["kh-sr"], NAMES["kh-sr"], NAMES["la-vt"]]

    # A new name headquarters gives an agency shows at once.
    profile = next(p for p in ctx.db.agencies.profiles() if p.agency == "la-vt")
    ctx.bus.publish(ctx.db.agencies.save(profile.id, {"name": "Vientiane Trade Promotion"}))
    assert "Vientiane Trade Promotion" in texts(model, 3)

    # The export, from the summary window, names each response's agency.
    window = area.open_summary("needs")
    qtbot.waitUntil(lambda: window.summary is not None, timeout=10_000)
    out = tmp_path / "needs.csv"
    window.export_to(out)
    qtbot.waitUntil(lambda: window.export_result is not None, timeout=10_000)
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert sorted((r["agency_id"], r["agency_name"]) for r in rows) == [
        ("kh-sr", NAMES["kh-sr"]), ("kh-sr", NAMES["kh-sr"]),
        ("la-vt", "Vientiane Trade Promotion")]


def test_responses_on_an_agency_laptop_have_no_agency_column(
        ctx: AppContext, qtbot: Any, tmp_path: Path) -> None:
    as_agency(ctx.db, "kh-sr")
    answer(ctx.db, import_needs(ctx.db, tmp_path, 1), ANSWERS)
    area = surveys_area(open_window(ctx, qtbot), qtbot)
    assert area.agency_filter is None
    assert headers(area.responses_model) == ["Submitted", "Version", "SME", "Language", "By",
                                             "Status"]
    window = area.open_summary("needs")
    qtbot.waitUntil(lambda: window.summary is not None, timeout=10_000)
    out = tmp_path / "needs.csv"
    window.export_to(out)
    qtbot.waitUntil(lambda: window.export_result is not None, timeout=10_000)
    with open(out, encoding="utf-8-sig", newline="") as handle:
        assert not set(AGENCY_COLUMNS) & set(next(csv.reader(handle)))


# -- published and retired forms ---------------------------------------------------------------


@pytest.fixture
def agency_forms(ctx: AppContext, tmp_path: Path) -> dict[str, str]:
    """On an agency's laptop: a form headquarters published, and two versions of its own."""
    db = ctx.db
    as_agency(db, "kh-sr")
    published = import_needs(db, tmp_path, 1)
    with db.atomic():
        db.conn.execute("UPDATE forms SET agency_id = 'hq' WHERE id = ?", (published,))
    refs = {"published": published}
    for version in ("1", "2"):
        path = write_xlsform(tmp_path / f"own{version}.xlsx", NEEDS_V1[:4], NEEDS_CHOICES_V1,
                             form_id="own", version=version, title="Market visit")
        form, _ = load_xlsform(path)
        assert form is not None
        db.surveys.import_form(form, path.name)
        refs[version] = db.surveys.form_ref("own", version)
    return refs


def select(area: Any, form_id: str, version: str | None = None) -> Any:
    proxy = area.forms_proxy
    for row in range(proxy.rowCount()):
        record = proxy.index(row, 0).data(RecordRole)
        if record.form_id == form_id and version in (None, record.version):
            area.forms_table.selectRow(row)
            area.forms_table.setCurrentIndex(proxy.index(row, 0))
            return record
    raise AssertionError(f"{form_id} {version} not listed")


def test_a_published_form_is_locked_and_its_actions_disabled(
        ctx: AppContext, qtbot: Any, agency_forms: dict[str, str]) -> None:
    area = surveys_area(open_window(ctx, qtbot), qtbot)
    proxy = area.forms_proxy
    assert headers(proxy)[7] == "Status"
    rows = {proxy.index(r, 1).data(): r for r in range(proxy.rowCount())}
    locked, own = rows["needs"], rows["own"]
    assert proxy.index(locked, 7).data() == "Published by headquarters"
    assert proxy.index(locked, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert "can be read here but not changed" in proxy.index(locked, 7).data(
        Qt.ItemDataRole.ToolTipRole)
    assert proxy.index(own, 7).data() == "In use"
    assert proxy.index(own, 0).data(Qt.ItemDataRole.DecorationRole) is None

    select(area, "needs")
    for action in (area.retire_action, area.delete_form_action):
        assert not action.isEnabled()
        assert "can be read here but not changed" in action.toolTip()
    assert area.new_action.isEnabled()  # it is filled in as before

    select(area, "own")
    assert area.retire_action.isEnabled() and area.retire_action.text() == "Retire version"
    assert area.delete_form_action.isEnabled()


def test_a_retired_version_is_shown_and_not_offered(
        ctx: AppContext, qtbot: Any, agency_forms: dict[str, str]) -> None:
    db = ctx.db
    answer(db, agency_forms["2"], ANSWERS)
    area = surveys_area(open_window(ctx, qtbot), qtbot)
    assert select(area, "own").version == "2"
    assert not area.delete_form_action.isEnabled()  # version 2 has a response
    assert "cannot be deleted" in area.delete_form_action.toolTip()

    ctx.settings.is_admin = True  # retiring a version is an administrator's work
    area.retire_action.trigger()
    assert db.surveys.versions("own")[1].retired
    assert "retired" in area.info.text()
    # The form is offered on version 1 now; every version on a line of its own shows both.
    qtbot.waitUntil(lambda: select(area, "own").version == "1")
    area.show_versions.setChecked(True)
    wait_lists(qtbot, area)
    lines = {(area.forms_proxy.index(r, 1).data(), area.forms_proxy.index(r, 2).data()):
             area.forms_proxy.index(r, 7).data() for r in range(area.forms_proxy.rowCount())}
    assert lines == {("needs", "1"): "Published by headquarters", ("own", "1"): "In use",
                     ("own", "2"): "Retired"}
    dialog = area.new_response()
    offered = [dialog.form_combo.itemData(i) for i in range(dialog.form_combo.count())]
    assert agency_forms["2"] not in offered and agency_forms["1"] in offered
    dialog.reject()
    # Its response is still listed, and can be viewed.
    qtbot.waitUntil(lambda: not area.responses_model.loading)
    assert area.responses_model.total == 1
    area.responses_table.selectRow(0)
    area.responses_table.setCurrentIndex(area.responses_model.index(0, 0))
    viewer = area.view_selected()
    assert viewer is not None
    viewer.close()

    select(area, "own", "2")
    assert area.retire_action.text() == "Bring back"
    area.retire_action.trigger()
    assert not db.surveys.versions("own")[1].retired

    # Version 1 of the agency's own form, unanswered: deleted after asking.
    select(area, "own", "1")
    area.delete_form_action.trigger()
    assert [v.version for v in db.surveys.versions("own")] == ["2"]


# -- retired modules in the workshop editor ----------------------------------------------------


def test_a_retired_module_is_not_offered_but_kept_in_its_workshop(
        ctx: AppContext, qtbot: Any) -> None:
    db = ctx.db
    as_agency(db, "kh-sr")
    made = db.training.add_module("basic", "Selling on Facebook pages")[0].record_id
    code = next(m.code for m in db.training.modules() if m.id == made)
    published = db.training.add_module("basic", "Cross-border payments")[0].record_id
    with db.atomic():
        db.conn.execute("UPDATE modules SET agency_id = 'hq' WHERE id = ?", (published,))
    workshop = db.training.create_workshop({"title": "Before", "modules": ["B01", code]})
    db.training.retire_module(code)
    window = open_window(ctx, qtbot)
    window.show_area(TRAINING)
    area = window.training

    def items(dialog: Any) -> dict[str, Any]:
        modules = dialog.modules_list
        return {modules.item(i).data(Qt.ItemDataRole.UserRole): modules.item(i)
                for i in range(modules.count())}

    area.new_workshop()
    fresh = items(area.workshop_dialog)
    assert code not in fresh
    locked = next(item for key, item in fresh.items()
                  if key == next(m.code for m in db.training.modules() if m.id == published))
    assert not locked.icon().isNull() and "Published by headquarters" in locked.toolTip()
    area.workshop_dialog.reject()

    area._open_dialog(workshop[0].record_id)
    kept = items(area.workshop_dialog)[code]
    assert kept.text() == "Selling on Facebook pages (retired)"
    assert kept.checkState() == Qt.CheckState.Checked
    area.workshop_dialog.reject()
    page = area.open_workshop(workshop[0].record_id)
    assert "2. Selling on Facebook pages" in page.details["modules"].text()
