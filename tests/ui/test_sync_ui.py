"""Sync from the window, against a real server on 127.0.0.1 (SQLite and PostgreSQL behind it):
enrol in the form, the status bar's plain words, offline and backoff, conflicts resolved."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtNetwork import QNetworkInformation

from gmsdesk.sync.client import SyncClient
from gmsdesk.ui.application import AppContext
from gmsdesk.ui.labels import user_label
from gmsdesk.ui.sync_service import SyncService

TIMEOUT = 20_000
SYNC_AREA = 5
REFUSED_CODE = ("This enrolment code is not valid or was used already. Ask headquarters for a "
                "new one.")
UNREACHABLE = ("Headquarters cannot be reached. Your changes are kept and will be sent when the "
               "connection is back.")


def click(qtbot: Any, button: Any) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def enrol_in_form(qtbot: Any, window: Any, url: str, code: str) -> None:
    window.show_area(SYNC_AREA)
    area = window.sync
    assert area.pages.currentWidget() is area.enrol_page
    qtbot.keyClicks(area.server_edit, url)
    qtbot.keyClicks(area.code_edit, code)
    click(qtbot, area.enrol_button)


def enrol(qtbot: Any, window: Any, server: Any) -> None:
    """Enrol through the form and wait for the first sync, which follows at once."""
    service = window.sync_service
    with qtbot.waitSignal(service.finished, timeout=TIMEOUT):
        enrol_in_form(qtbot, window, server.url, server.store.create_enrollment("kh-sr"))
    assert service.state == "synced", service.text


def sync_window(qtbot: Any, window: Any) -> Any:
    """Press "Sync now" in the Sync area; returns the report (None when the sync failed)."""
    window.show_area(SYNC_AREA)
    area = window.sync
    area.show_overview()
    qtbot.waitUntil(lambda: not window.sync_service.busy, timeout=TIMEOUT)
    with qtbot.waitSignal(window.sync_service.finished, timeout=TIMEOUT) as blocker:
        click(qtbot, area.sync_button)
    return blocker.args[0]


def test_enrol_in_the_form_then_changes_travel_both_ways(
        window: Any, ctx: AppContext, server: Any, enrolled: Any, qtbot: Any) -> None:
    assert window.sync_label.text() == "Sync not set up"
    enrol(qtbot, window, server)
    area = window.sync
    enrolment = ctx.db.sync.enrolment()
    assert enrolment is not None and enrolment.agency_id == "kh-sr"
    assert area.pages.currentWidget() is area.overview_page
    assert area.agency_value.text() == "Siem Reap Provincial Chamber of Commerce"
    assert area.server_value.text() == server.url
    assert area.device_value.text() == enrolment.device_id
    assert ctx.db.device_id == enrolment.device_id  # the window's own connection knows too
    assert window.sync_label.text().startswith("Synced at ")
    assert area.state_value.text() == window.sync_label.text()

    # An SME made in the window, with the form, reaches headquarters.
    window.show_area(0)
    smes = window.smes
    smes.new_sme()
    dialog = smes.form_dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.editors["name"].setText("Angkor Silk")
    dialog.editors["employees_total"].setText("12")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    assert window.pending_label.text() == "1 change waiting for sync"
    report = sync_window(qtbot, window)
    assert report is not None and report.sent > 0
    assert window.pending_label.text() == "0 changes waiting for sync"
    assert area.result_value.text() == f"Sent {report.sent}, received {report.received}"
    laptop, client = enrolled("kh-sr", "laptop2")
    client.sync()
    assert [(s.name, s.employees_total) for s in laptop.smes.page()] == [("Angkor Silk", 12)]

    # What a colleague sent appears in the open SME list after the next sync.
    laptop.smes.create({"name": "Mekong Rice Mill"})
    client.sync()
    report = sync_window(qtbot, window)
    assert report is not None and report.received > 0
    qtbot.waitUntil(lambda: smes.model.total == 2 and not smes.model.loading, timeout=TIMEOUT)
    assert window.pending_label.text() == "0 changes waiting for sync"


def test_a_bad_code_is_explained_and_nothing_is_enrolled(
        window: Any, ctx: AppContext, server: Any, qtbot: Any) -> None:
    area = window.sync
    with qtbot.waitSignal(window.sync_service.enrol_failed, timeout=TIMEOUT):
        enrol_in_form(qtbot, window, server.url, "NOT-A-CODE")
    assert area.enrol_message.text() == REFUSED_CODE
    assert area.enrol_message.isVisible()
    assert ctx.db.sync.enrolment() is None
    assert area.pages.currentWidget() is area.enrol_page
    assert area.enrol_button.isEnabled()  # correct the code and try again
    assert area.code_edit.isEnabled()
    assert window.sync_label.text() == "Sync not set up"
    assert window.sync_service.state == "not_enrolled"


def test_offline_says_how_much_is_waiting_and_backs_off(
        window: Any, ctx: AppContext, server: Any, qtbot: Any) -> None:
    enrol(qtbot, window, server)
    for name in ("Angkor Silk", "Bayon Tours"):
        ctx.bus.publish(ctx.db.smes.create({"name": name}))
    server.stop()
    service = window.sync_service
    report = sync_window(qtbot, window)
    assert report is None
    assert service.state == "offline"
    assert window.sync_label.text().startswith("Offline — 2 change")
    assert window.sync.error_value.text() == UNREACHABLE
    assert window.sync.sync_button.isEnabled()  # "Sync now" stays possible
    assert service.next_delay_ms == service.backoff_first_ms  # an automatic retry comes
    # An edit made while offline raises the count in the status bar.
    ctx.bus.publish(ctx.db.smes.create({"name": "Old Market Crafts"}))
    assert window.sync_label.text().startswith("Offline — 3 change")
    assert window.pending_label.text() == "3 changes waiting for sync"


def test_failures_back_off_exponentially_up_to_a_limit(
        ctx: AppContext, server: Any, qtbot: Any) -> None:
    SyncClient(ctx.db).enroll(server.url, server.store.create_enrollment("kh-sr"), "desk")
    service = SyncService(ctx, None, backoff_first_ms=50, backoff_max_ms=120,
                          watch_network=False)
    server.stop()
    delays = []
    with qtbot.waitSignal(service.finished, timeout=TIMEOUT):
        assert service.sync_now()
    delays.append(service.next_delay_ms)
    for _ in range(2):  # the retries come by themselves
        with qtbot.waitSignal(service.finished, timeout=TIMEOUT):
            pass
        delays.append(service.next_delay_ms)
    assert delays == [50, 100, 120]
    assert service.state == "offline"
    service.shutdown()
    service.deleteLater()


def test_sync_starts_when_the_network_comes_back(
        window: Any, ctx: AppContext, server: Any, qtbot: Any) -> None:
    info = QNetworkInformation.instance()
    if info is None:
        pytest.skip("no network information backend here: the timer alone drives sync")
    enrol(qtbot, window, server)
    ctx.bus.publish(ctx.db.smes.create({"name": "Angkor Silk"}))
    info.reachabilityChanged.emit(QNetworkInformation.Reachability.Disconnected)
    assert window.sync_service.state == "offline"
    assert window.sync_label.text().startswith("Offline — 1 change")
    with qtbot.waitSignal(window.sync_service.finished, timeout=TIMEOUT) as blocker:
        info.reachabilityChanged.emit(QNetworkInformation.Reachability.Online)
    assert blocker.args[0] is not None and blocker.args[0].sent > 0
    assert window.sync_label.text().startswith("Synced at ")
    assert window.pending_label.text() == "0 changes waiting for sync"


def test_a_conflict_is_shown_and_resolved_for_everyone(
        window: Any, ctx: AppContext, server: Any, enrolled: Any, qtbot: Any,
        qtmodeltester: Any) -> None:
    enrol(qtbot, window, server)
    laptop, client = enrolled("kh-sr", "laptop2")
    sme_id = ctx.db.smes.create({"name": "Bayon Tours", "phone": "012 111 222",
                                 "employees_total": 4})[0].record_id
    sync_window(qtbot, window)
    client.sync()
    # Both computers change the same fields before syncing.
    ctx.bus.publish(ctx.db.smes.update(sme_id, {"employees_total": 5,
                                                "phone": "012 555 555"}))
    laptop.smes.update(sme_id, {"employees_total": 7, "phone": "012 777 777"})
    client.sync()
    report = sync_window(qtbot, window)
    assert report is not None and report.conflicts == 2

    area = window.sync
    assert area.conflicts_button.isVisible()
    assert "2" in area.conflicts_button.text()
    click(qtbot, area.conflicts_button)
    view = area.conflicts
    assert area.pages.currentWidget() is view
    qtmodeltester.check(view.model)
    rows = {r.field: r for r in view.model.rows}
    assert set(rows) == {"Employees", "Phone"}
    employees = rows["Employees"]
    assert employees.record == "SME: Bayon Tours"
    assert {employees.winner, employees.loser} == {"5", "7"}
    sources = [employees.winner_from, employees.loser_from]
    # Who and which computer, by the name it was enrolled with.
    # Who, as the app names them: a user recorded as the computer's name (nobody typed a
    # name here) is "someone (no name given)".
    me = user_label(ctx.db.user)
    assert sum(s.startswith(f"{me} (this computer), ") for s in sources) == 1
    assert sum(s.startswith("laptop2 (laptop2), ") for s in sources) == 1

    # Phone: keep the value that lost.
    view.select(rows["Phone"].conflict.id)
    assert view.detail.isVisible()
    assert view.loser.value.text() == rows["Phone"].loser
    lost_phone = rows["Phone"].loser
    click(qtbot, view.loser.keep)
    qtbot.waitUntil(lambda: len(view.model.rows) == 1)
    assert ctx.db.smes.get(sme_id).phone == lost_phone
    # Employees: neither was right; type the right number.
    view.select(employees.conflict.id)
    view.new_text.clear()
    qtbot.keyClicks(view.new_text, "6")
    qtbot.waitUntil(lambda: not window.sync_service.busy, timeout=TIMEOUT)
    with qtbot.waitSignal(window.sync_service.finished, timeout=TIMEOUT):
        click(qtbot, view.use_new)  # resolving asks for a sync straight away
    assert ctx.db.smes.get(sme_id).employees_total == 6
    assert view.model.rows == [] and view.empty.isVisible()
    qtbot.waitUntil(lambda: not window.sync_service.busy, timeout=TIMEOUT)
    assert ctx.db.outbox.pending_count() == 0
    assert ctx.db.sync.open_conflicts() == []

    client.sync()
    got = laptop.smes.get(sme_id)
    assert (got.employees_total, got.phone) == (6, lost_phone)
    assert laptop.sync.open_conflicts() == []
    click(qtbot, view.back_button)
    assert area.pages.currentWidget() is area.overview_page
    assert area.no_conflicts.isVisible() and not area.conflicts_button.isVisible()


def test_a_bad_typed_value_is_explained_not_saved(
        window: Any, ctx: AppContext, server: Any, enrolled: Any, qtbot: Any) -> None:
    enrol(qtbot, window, server)
    laptop, client = enrolled("kh-sr", "laptop2")
    sme_id = ctx.db.smes.create({"name": "Angkor Silk"})[0].record_id
    sync_window(qtbot, window)
    client.sync()
    ctx.db.smes.update(sme_id, {"employees_total": 3})
    laptop.smes.update(sme_id, {"employees_total": 9})
    client.sync()
    sync_window(qtbot, window)
    window.sync.show_conflicts()
    view = window.sync.conflicts
    assert len(view.model.rows) == 1
    view.new_text.setText("many")
    click(qtbot, view.use_new)
    assert view.message.text() == "Enter a whole number, for example 12."
    assert len(ctx.db.sync.open_conflicts()) == 1
