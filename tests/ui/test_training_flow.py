"""A workshop day as a trainer lives it, through the real window: enrolling a queue of arrivals
without the dialog ever closing on Enter, signing people in where Enter only ever marks present,
the workshop's status following its dates, certificates issued (after a clear question when the
workshop is not over) from a preview, the sign-in sheet without phone numbers, and lists whose
columns follow what they hold."""

from __future__ import annotations

import datetime
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gmsdesk.ui.application import AppContext
from gmsdesk.ui.training.certificates import CertificatePreviewDialog

TODAY = datetime.date.today()


def day(offset: int) -> str:
    return (TODAY + datetime.timedelta(days=offset)).isoformat()


def activate(qtbot: Any, widget: Any) -> None:
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def make_workshop(ctx: AppContext, first: int = -1, last: int = 1, **values: Any) -> str:
    base = {"title": "Basic e-business, Siem Reap", "track": "basic", "modules": ["B01", "B02"],
            "start_date": day(first), "end_date": day(last), "country": "KH",
            "trainers": "Sok Dara, Nguyễn Văn An"}
    return ctx.db.training.create_workshop({**base, **values})[0].record_id


def open_page(window: Any, workshop_id: str) -> Any:
    window.show_area(1)
    window.training.reload()
    return window.training.open_workshop(workshop_id)


def answering(answer: bool, asked: list[str]) -> Callable[[str], bool]:
    """The trainer's answer to "issue before the end?", each question noted."""
    def ask(text: str) -> bool:
        asked.append(text)
        return answer
    return ask


def preview_of(certs: Any, qtbot: Any, before: Any = None) -> CertificatePreviewDialog:
    """The preview once the background task has made it (a new one, not `before`)."""
    qtbot.waitUntil(lambda: certs.preview_dialog not in (None, before)
                    and certs.preview_dialog.isVisible(), timeout=30_000)
    dialog = certs.preview_dialog
    assert isinstance(dialog, CertificatePreviewDialog)
    return dialog


# -- enrolment as a flow ------------------------------------------------------------------


def test_enrolment_is_a_flow_that_enter_never_closes(window: Any, ctx: AppContext, qtbot: Any,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    db = ctx.db
    wid = make_workshop(ctx)
    khmer = db.smes.create({"name": "Angkor Silk", "country": "KH"})[0].record_id
    lao = db.smes.create({"name": "Luang Prabang Weavers", "country": "LA"})[0].record_id
    far = db.training.create_person({"name": "Dara Vong", "sme_id": lao})[0].record_id
    near = db.training.create_person({"name": "Dara Sok", "sme_id": khmer})[0].record_id
    there = db.training.create_person({"name": "Dara Chan"})[0].record_id
    mom = db.training.create_person({"name": "Srey Mom", "phone": "012 345 678"})[0].record_id
    db.training.enrol(wid, there)
    page = open_page(window, wid)
    activate(qtbot, window)
    page.tabs.setCurrentIndex(page.PARTICIPANTS)
    qtbot.keyClick(page.participants_table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    enrol = page.enrol_dialog
    assert enrol is not None and enrol.isVisible()
    activate(qtbot, enrol)

    # The workshop's economy first; whoever is enrolled says so and is not highlighted.
    qtbot.keyClicks(enrol.search, "dara")
    enrol.run_search()
    rows = [enrol.people_list.item(i).text() for i in range(enrol.people_list.count())]
    assert rows[0] == "Dara Sok\nAngkor Silk"  # of Cambodia, as the workshop
    assert [r for r in rows if "(already enrolled)" in r] == ["✔ Dara Chan  (already enrolled)"]
    assert enrol.people_list.currentItem().data(Qt.ItemDataRole.UserRole) == near

    # Enter enrols the highlighted person; the dialog stays, the search is kept, selected.
    qtbot.keyClick(enrol.search, Qt.Key.Key_Return)
    assert enrol.isVisible() and "Enrolled Dara Sok" in enrol.message.text()
    assert enrol.search.text() == "dara" and enrol.search.selectedText() == "dara"
    assert enrol.search.hasFocus()
    current = enrol.people_list.currentItem()
    assert current.data(Qt.ItemDataRole.UserRole) == near and "(already enrolled)" in \
        current.text()
    qtbot.keyClick(enrol.search, Qt.Key.Key_Down)
    assert enrol.people_list.currentItem().data(Qt.ItemDataRole.UserRole) == far
    qtbot.keyClick(enrol.search, Qt.Key.Key_Return)
    assert "Enrolled Dara Vong" in enrol.message.text() and enrol.isVisible()
    qtbot.keyClick(enrol.search, Qt.Key.Key_Return)  # now enrolled: said, not done twice
    assert "already enrolled" in enrol.message.text()
    enrolled = {p.person_id for p in db.training.participants(wid)}
    assert enrolled == {there, near, far}

    # Nobody found: Enter starts a new person with what was typed.
    qtbot.keyClicks(enrol.search, "Chea Vanna")
    qtbot.keyClick(enrol.search, Qt.Key.Key_Return)
    assert "Nobody known" in enrol.message.text() and enrol.isVisible()
    assert enrol.latin_edit.text() == "Chea Vanna" and enrol.latin_edit.hasFocus()
    enrol.name_edit.setText("ជា វណ្ណា")
    qtbot.keyClick(enrol.latin_edit, Qt.Key.Key_Return)  # Enter in a person's field adds
    assert enrol.isVisible() and "Enrolled ជា វណ្ណា" in enrol.message.text()
    assert enrol.name_edit.text() == "" and enrol.latin_edit.text() == ""
    people = db.training.participants(wid)
    assert any(p.name_latin == "Chea Vanna" for p in people) and len(people) == 4

    # Someone typed again: the yellow box shows who is known by that name and phone; Enter
    # does not add them twice; "Enrol this one" enrols the person already known.
    known = len(db.training.search_people("srey"))
    qtbot.keyClicks(enrol.name_edit, "Srey Mom")
    qtbot.keyClicks(enrol.phone_edit, "+855 12 345 678")
    qtbot.keyClick(enrol.phone_edit, Qt.Key.Key_Return)
    assert enrol.isVisible() and enrol.duplicates_panel.isVisible()
    assert [(m.person.id, m.reasons) for m in enrol.duplicates] == [(mom, ("name", "phone"))]
    assert len(db.training.search_people("srey")) == known  # nothing added
    button = enrol.findChild(type(enrol.add_button), f"enrol_duplicate_{mom}")
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert mom in {p.person_id for p in db.training.participants(wid)}
    assert len(db.training.search_people("srey")) == known and not enrol.name_edit.text()
    assert not enrol.duplicates_panel.isVisible()

    # Another Srey Mom after all (another phone): a second Enter adds her.
    qtbot.keyClicks(enrol.name_edit, "Srey Mom")
    qtbot.keyClick(enrol.name_edit, Qt.Key.Key_Return)
    assert enrol.duplicates_panel.isVisible() and len(db.training.search_people("srey")) == known
    qtbot.keyClick(enrol.name_edit, Qt.Key.Key_Return)
    assert len(db.training.search_people("srey")) == known + 1 and enrol.isVisible()

    # Enter in any field never closes; Esc with a person half typed asks first.
    for field in (enrol.name_edit, enrol.role_edit, enrol.search):
        qtbot.keyClick(field, Qt.Key.Key_Enter)
        assert enrol.isVisible()
    enrol.role_edit.setText("owner")
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard])
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: next(answers)))
    qtbot.keyClick(enrol, Qt.Key.Key_Escape)
    assert enrol.isVisible() and enrol.role_edit.text() == "owner"
    qtbot.keyClick(enrol, Qt.Key.Key_Escape)
    assert not enrol.isVisible()


# -- attendance: Enter marks present, never absent ------------------------------------------


def test_enter_only_marks_present_and_taking_a_mark_off_is_its_own_key(
        window: Any, ctx: AppContext, qtbot: Any) -> None:
    db = ctx.db
    wid = make_workshop(ctx, 0, 2)
    dara = db.training.create_person({"name": "សុខ ដារា", "name_latin": "Sok Dara"}
                                     )[0].record_id
    bopha = db.training.create_person({"name": "Keo Bopha"})[0].record_id
    for pid in (dara, bopha):
        db.training.enrol(wid, pid)
    page = open_page(window, wid)
    activate(qtbot, window)
    qtbot.keyClick(page, Qt.Key.Key_F5)
    att = page.attendance
    session = att.session_id

    def present() -> set[str]:
        return {r.person_id for r in db.training.roster(wid, session) if r.present}

    for _ in range(3):  # Enter, Enter again, Space: still present
        qtbot.keyClicks(att.search, "dara")
        qtbot.keyClick(att.search, Qt.Key.Key_Return)
        assert present() == {dara}
    assert "already marked present" in att.status.text() and "Ctrl+Del" in att.status.text()
    qtbot.keyClick(att.search, Qt.Key.Key_Space)  # the empty search: Space marks too
    assert present() == {dara}
    # A click on the ✔ of someone present does not take it off either.
    row = att.model.row_of(dara)
    rect = att.table.visualRect(att.model.index(row, 0))
    qtbot.mouseClick(att.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert present() == {dara}
    # Ctrl+Delete takes the highlighted person's mark off; so does the button.
    qtbot.keyClicks(att.search, "dara")
    qtbot.keyClick(att.search, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert present() == set() and "not marked present" in att.status.text()
    qtbot.keyClicks(att.search, "bopha")
    qtbot.keyClick(att.search, Qt.Key.Key_Return)
    assert present() == {bopha}
    att.focus_search()
    qtbot.keyClicks(att.search, "bopha")
    qtbot.mouseClick(att.unmark_button, Qt.MouseButton.LeftButton)
    assert present() == set()
    # In the list, Delete takes a mark off; a double click marks.
    row = att.model.row_of(bopha)
    where = att.table.visualRect(att.model.index(row, 1)).center()
    qtbot.mouseClick(att.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert present() == set()  # a click on a name only highlights it
    qtbot.mouseDClick(att.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert present() == {bopha}
    att.table.setFocus()
    att._select_row(att.model.row_of(bopha))
    qtbot.keyClick(att.table, Qt.Key.Key_Delete)
    assert present() == set()


# -- the workshop's status ------------------------------------------------------------------


def test_status_follows_the_dates_in_the_list_the_page_and_the_editor(
        window: Any, ctx: AppContext, qtbot: Any) -> None:
    today = make_workshop(ctx, 0, 2, title="Starts today")
    over = make_workshop(ctx, -9, -7, title="Over last week")
    coming = make_workshop(ctx, 7, 9, title="Next week")
    window.show_area(1)
    area = window.training
    area.reload()
    shown = {area.model.workshop_at(r).title: area.model.data(
        area.model.index(r, area.model.column("status"))) for r in range(area.model.rowCount())}
    assert shown == {"Starts today": "Running", "Over last week": "Done", "Next week": "Planned"}
    area.status_filter.setCurrentIndex(area.status_filter.findData("running"))
    assert area.proxy.rowCount() == 1
    area.status_filter.setCurrentIndex(0)

    page = open_page(window, today)
    assert page.details["status"].text() == "Running"
    area._open_dialog(today)
    dialog = area.workshop_dialog
    assert dialog.status_combo.currentIndex() == 0  # as the dates say
    assert "Running" in dialog.status_combo.itemText(0)
    # Done by hand: the note says what it does; Enter in a field never saves nor closes.
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("done"))
    assert "Done from now on" in dialog.status_note.text()
    activate(qtbot, dialog)
    dialog.title_edit.setFocus()
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and not dialog.title_edit.hasFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    got = ctx.db.training.workshop(today)
    assert (got.status, got.status_set) == ("done", "done")

    # A hand-set status the dates caught up with shows (and saves) as following the dates.
    ctx.db.training.update_workshop(over, {"status": "running"})
    area._open_dialog(over)
    dialog = area.workshop_dialog
    assert dialog.status_combo.currentIndex() == 0 and "Done" in dialog.status_combo.itemText(0)
    dialog._save()
    assert ctx.db.training.workshop(over).status_set == "planned"
    assert ctx.db.training.workshop(coming).status == "planned"


# -- certificates ---------------------------------------------------------------------------


def _ready_workshop(ctx: AppContext, first: int, last: int) -> tuple[str, list[str]]:
    """Three people; two completed both modules and came every day, one came once."""
    db = ctx.db
    wid = make_workshop(ctx, first, last)
    people = []
    for name, latin in (("សុខ ដារា", "Sok Dara"), ("កែវ បុប្ផា", "Keo Bopha"),
                        ("ហេង វណ្ណៈ", "Heng Vannak")):
        pid = db.training.create_person({"name": name, "name_latin": latin})[0].record_id
        db.training.enrol(wid, pid)
        people.append(pid)
    sessions = db.training.sessions(wid)
    for pid, days in zip(people, (len(sessions), len(sessions), 1), strict=True):
        for session in sessions[:days]:
            db.training.mark_attendance(wid, session.id, pid)
        for module in ("B01", "B02"):
            db.training.set_progress(wid, pid, module, "completed")
    return wid, people


def test_certificates_from_a_preview_after_a_clear_question(
        window: Any, ctx: AppContext, qtbot: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    wid, people = _ready_workshop(ctx, -1, 1)  # running: its last day is tomorrow
    page = open_page(window, wid)
    page.tabs.setCurrentIndex(page.CERTIFICATES)
    certs = page.certificates
    texts = [certs.model.data(certs.model.index(r, 4)) for r in range(certs.model.rowCount())]
    assert sum("Qualifies" in t for t in texts) == 2
    assert any("present 1 of the 3 days needed" in t for t in texts)
    assert certs.warning.isVisible() and "until its last day" in certs.warning.text()
    assert certs.date_edit.minimumDate().toString("yyyy-MM-dd") == day(1)
    assert certs.day == day(1)  # never before the last day

    # "No" to the question: nothing happens.
    asked: list[str] = []
    certs.ask_early = answering(False, asked)  # type: ignore[method-assign]
    assert certs.issue_and_save() is None and len(asked) == 1
    assert certs.preview_dialog is None
    # "Issue before the end": the preview shows the pages and who gets a number; nothing is
    # issued until the file is saved.
    certs.ask_early = answering(True, asked)  # type: ignore[method-assign]
    certs.issue_and_save()
    preview = preview_of(certs, qtbot)
    assert preview.people_list.count() == 2 and preview.preview.due == 2
    assert preview.preview.pages is not None and len(preview.preview.pages) == 2
    assert not preview.page_view.pixmap().isNull()
    assert preview.page_label.text() == "Page 1 of 2"
    qtbot.mouseClick(preview.next_button, Qt.MouseButton.LeftButton)
    assert preview.page_label.text() == "Page 2 of 2" and preview.people_list.currentRow() == 1
    assert not [p for p in ctx.db.training.participants(wid) if p.certificate_no]

    # Cancel changes nothing; "Issue and save PDF…" asks where, numbers and writes.
    qtbot.mouseClick(preview.cancel_button, Qt.MouseButton.LeftButton)
    assert not [p for p in ctx.db.training.participants(wid) if p.certificate_no]
    certs.issue_and_save()
    again = preview_of(certs, qtbot, before=preview)
    target = tmp_path / "certificates.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved" in certs.message.text(), timeout=30_000)
    assert "Issued 2 new" in certs.message.text() and certs.open_folder_button.isVisible()
    issued = {p.person_id: p for p in ctx.db.training.participants(wid) if p.certificate_no}
    assert set(issued) == set(people[:2])
    assert {p.certificate_issued_on for p in issued.values()} == {day(1)}
    text = pdf_text(target)
    for words in ("Sok Dara", "Keo Bopha", "Nguyễn Văn An", "Trainer"):
        assert words in text
    assert "Heng Vannak" not in text
    qtbot.waitUntil(lambda: "2 certificate" in certs.summary.text())


def test_without_a_page_renderer_the_preview_opens_in_the_pdf_viewer(
        window: Any, ctx: AppContext, qtbot: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from gmsdesk.services import training as training_service
    from gmsdesk.ui.training import certificates as module

    monkeypatch.setattr(shutil, "which", lambda _name: None)  # no poppler on this laptop
    assert training_service.render_pages(tmp_path / "x.pdf", tmp_path / "pages") is None
    wid, _people = _ready_workshop(ctx, -5, -3)
    page = open_page(window, wid)
    certs = page.certificates
    certs.issue_and_save()  # over: no question asked
    preview = preview_of(certs, qtbot)
    assert preview.preview.pages is None and preview.no_renderer.isVisible()
    opened: list[str] = []

    def open_url(url: Any) -> bool:
        opened.append(url.toLocalFile())
        return True

    monkeypatch.setattr(module.QDesktopServices, "openUrl", staticmethod(open_url))
    qtbot.mouseClick(preview.viewer_button, Qt.MouseButton.LeftButton)
    assert opened and Path(opened[0]).read_bytes().startswith(b"%PDF")
    assert "Sok Dara" in pdf_text(Path(opened[0]))


def test_a_planned_workshop_asks_before_certificates(window: Any, ctx: AppContext,
                                                    qtbot: Any) -> None:
    wid, _people = _ready_workshop(ctx, 3, 5)
    ctx.db.training.set_attendance_rule(wid, 0)
    page = open_page(window, wid)
    certs = page.certificates
    assert "has not started yet" in certs.warning.text()
    asked: list[str] = []
    certs.ask_early = answering(False, asked)  # type: ignore[method-assign]
    qtbot.mouseClick(certs.issue_button, Qt.MouseButton.LeftButton)
    assert asked and "has not started yet" in asked[0] and "Issue certificates now" in asked[0]
    assert certs.last_task is None


# -- the sign-in sheet ----------------------------------------------------------------------


def test_sign_in_sheet_is_its_own_action_without_phone_numbers(
        window: Any, ctx: AppContext, qtbot: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    db = ctx.db
    wid = make_workshop(ctx, -1, 1)
    pid = db.training.create_person({"name": "Sok Dara", "phone": "+855 12 345 678"}
                                    )[0].record_id
    db.training.enrol(wid, pid)
    page = open_page(window, wid)
    activate(qtbot, window)
    # Not under Certificates: on the details, in workshop mode, and Ctrl+P anywhere.
    assert page.sheet_button.isVisibleTo(page) and page.attendance.sheet_button is not None
    page.tabs.setCurrentIndex(page.PROGRESS)
    page.progress.table.setFocus()
    qtbot.keyClick(page.progress.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = page.sheet_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.values() == (day(0), "en", False)  # today's day, no phone numbers
    target = tmp_path / "sheet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved the sign-in sheet" in page.message.text(), timeout=30_000)
    text = pdf_text(target)
    assert "Sok Dara" in text and "345 678" not in text and "Phone" not in text
    # Chosen: phone numbers printed.
    page.attendance.sheet_button.click()
    dialog = page.sheet_dialog
    dialog.phones_box.setChecked(True)
    dialog.accept()
    qtbot.waitUntil(lambda: "+855 12 345 678" in pdf_text(target), timeout=30_000)


# -- lists: columns follow their content ----------------------------------------------------


def test_workshop_list_keeps_the_end_of_titles_and_a_narrow_status(
        window: Any, ctx: AppContext, qtbot: Any) -> None:
    for town in ("Siem Reap", "Battambang", "Kampot", "Luang Prabang"):
        make_workshop(ctx, -30, -28, title=f"Training of trainers: basic e-business modules "
                                           f"for provincial chambers of commerce, {town}")
    window.resize(1366, 728)
    window.show_area(1)
    area = window.training
    area.reload()
    qtbot.wait(50)
    table, model = area.table, area.model
    header = table.horizontalHeader()
    status, title = model.column("status"), model.column("title")
    assert header.sectionSize(status) < 150
    assert header.sectionSize(title) == max(header.sectionSize(c)
                                            for c in range(model.columnCount()))
    # One line per row, cut in the middle (wrapped text would be cut at its first line's end).
    assert table.textElideMode() == Qt.TextElideMode.ElideMiddle and not table.wordWrap()
    # What a person reads of each title still tells the towns apart.
    metrics = table.fontMetrics()
    width = header.sectionSize(title) - 12
    shown = {metrics.elidedText(model.data(model.index(r, title)), Qt.TextElideMode.ElideMiddle,
                                width) for r in range(model.rowCount())}
    assert len(shown) == 4 and all(s.endswith(("Reap", "Battambang", "Kampot", "Prabang"))
                                   for s in shown)
    assert model.data(model.index(0, title), Qt.ItemDataRole.ToolTipRole).startswith(
        "Training of trainers")
    # A column the user sized keeps its size when the list is read again.
    venue = model.column("venue")
    qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(1, 1))
    header.resizeSection(venue, 333)
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(1, 1))
    area.reload()
    qtbot.wait(20)
    assert header.sectionSize(venue) == 333


def test_participants_columns_follow_their_content(window: Any, ctx: AppContext,
                                                   qtbot: Any) -> None:
    db = ctx.db
    wid = make_workshop(ctx)
    sme = db.smes.create({"name": "Công ty TNHH Thủ công Mỹ nghệ Bát Tràng xuất khẩu"}
                         )[0].record_id
    pid = db.training.create_person({"name": "Nguyễn Thị Hương", "gender": "female",
                                     "role": "Marketing staff", "sme_id": sme})[0].record_id
    db.training.enrol(wid, pid)
    page = open_page(window, wid)
    page.tabs.setCurrentIndex(page.PARTICIPANTS)
    qtbot.wait(20)
    table = page.participants_table
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    assert header.sectionSize(0) >= metrics.horizontalAdvance("Nguyễn Thị Hương")
    assert header.sectionSize(2) < 120  # Gender: as wide as "Female" or its header
    assert header.sectionResizeMode(5) == header.ResizeMode.Stretch  # the SME takes the rest
