"""The Sync area in plain words that never contradict each other: before enrolment a failure
promises nothing, a malformed address has its own message, "Test connection" says what
happened, the status and the progress bar count the same changes, and the last sync's time and
result are of one and the same sync. Against a real headquarters on 127.0.0.1."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale

from gmsdesk import demo
from gmsdesk.sync.client import BAD_ADDRESS, ENROL_UNREACHABLE, SyncClient
from gmsdesk.sync.connection import MESSAGES, Outcome
from gmsdesk.ui.application import AppContext
from tests.conftest import LiveServer
from tests.sync.test_connection import Answer, closed_port, hq, web_server  # noqa: F401
from tests.ui.test_sync_ui import SYNC_AREA, TIMEOUT, click, enrol_in_form

REACHED = "Headquarters answered at this address: the connection works."


def test_before_enrolment_a_failure_promises_nothing(
        window: Any, ctx: AppContext, closed_port: str, qtbot: Any) -> None:  # noqa: F811
    ctx.bus.publish(ctx.db.smes.create({"name": "Angkor Silk"}))
    area = window.sync
    window.show_area(SYNC_AREA)
    assert area.enrol_waiting.text() == "1 change on this computer will be sent after enrolment."
    with qtbot.waitSignal(window.sync_service.enrol_failed, timeout=TIMEOUT) as failed:
        enrol_in_form(qtbot, window, closed_port, "AAAA-BBBB")
    assert failed.args == [ENROL_UNREACHABLE]
    assert area.enrol_message.text() == (
        "No GMS Desk headquarters answered at this address. Check the address (for example "
        "https://hq.example.org) and try again.")
    assert "will be sent" not in area.enrol_message.text()
    assert window.sync_label.text() == "Sync not set up"
    assert area.code_edit.text() == "AAAA-BBBB"  # correct the address and try again


def test_a_malformed_address_has_its_own_message(window: Any, qtbot: Any) -> None:
    enrol_in_form(qtbot, window, "hq example org", "AAAA-BBBB")
    area = window.sync
    assert area.enrol_message.text() == BAD_ADDRESS
    assert area.enrol_message.text() == \
        "The server address is not valid. It looks like https://hq.example.org."
    assert not window.sync_service.busy  # nothing was tried


def test_test_connection_says_what_happened_before_enrolment(
        window: Any, ctx: AppContext, hq: LiveServer, closed_port: str,  # noqa: F811
        web_server: Callable[[Answer], str], qtbot: Any) -> None:  # noqa: F811
    window.show_area(SYNC_AREA)
    area = window.sync
    assert not area.enrol_test.isEnabled()  # no address yet
    assert area.enrol_connection.isHidden()

    def tried(address: str) -> str:
        area.server_edit.clear()
        qtbot.keyClicks(area.server_edit, address)
        assert area.enrol_connection.isHidden()  # what was found said of another address
        with qtbot.waitSignal(window.sync_service.connection_tested, timeout=TIMEOUT):
            click(qtbot, area.enrol_test)
        assert area.enrol_connection.isVisible() and area.enrol_test.isEnabled()
        return str(area.enrol_connection.text())

    assert tried(hq.url) == REACHED
    assert tried(closed_port).startswith("The server did not answer.")
    assert tried(web_server((404, "text/html", b"<h1>Not Found</h1>"))) == \
        MESSAGES[Outcome.NOT_GMS] + " (HTTP 404)"
    assert tried("hq example org") == BAD_ADDRESS
    assert tried("https://no-such-server.invalid").startswith("No server of this name")
    assert ctx.db.sync.enrolment() is None and ctx.db.outbox.pending_count() == 0


def test_test_connection_after_enrolment(window: Any, hq: LiveServer,  # noqa: F811
                                         qtbot: Any) -> None:
    service = window.sync_service
    with qtbot.waitSignal(service.finished, timeout=TIMEOUT):
        enrol_in_form(qtbot, window, hq.url, hq.store.create_enrollment("kh-sr"))
    area = window.sync
    assert area.pages.currentWidget() is area.overview_page
    with qtbot.waitSignal(service.connection_tested, timeout=TIMEOUT):
        click(qtbot, area.test_button)
    assert area.connection_value.text() == REACHED
    hq.stop()
    with qtbot.waitSignal(service.connection_tested, timeout=TIMEOUT):
        click(qtbot, area.test_button)
    assert area.connection_value.text().startswith("The server did not answer.")


def test_the_status_and_the_progress_bar_count_the_same_changes(
        window: Any, ctx: AppContext, hq: LiveServer, qtbot: Any) -> None:  # noqa: F811
    service = window.sync_service
    with qtbot.waitSignal(service.finished, timeout=TIMEOUT):
        enrol_in_form(qtbot, window, hq.url, hq.store.create_enrollment("kh-sr"))
    ctx.db.smes.create_many(demo.generate_smes(1500, seed=1))
    area = window.sync
    seen: list[tuple[str, str, str]] = []
    service.progress.connect(lambda done, total: seen.append(
        (window.sync_label.text(), area.state_value.text(), area.progress_bar.text())))
    with qtbot.waitSignal(service.finished, timeout=60_000):
        click(qtbot, area.sync_button)
    assert len(seen) > 2  # several batches
    locale = QLocale()
    for status, state, bar in seen:
        done, _, total = bar.partition(" of ")
        assert status == state, (status, state)
        assert re.fullmatch(f"Syncing… {done} of {total} change(s|\\(s\\)) sent", status), \
            (status, bar)
        assert total == locale.toString(1500)
        assert "%" not in status
    # The first batch is a sliver of the whole: counted, not rounded to "0 %".
    assert seen[0][2] != f"0 of {locale.toString(1500)}"


def test_last_sync_and_its_result_are_of_the_same_sync_after_a_restart(
        ctx: AppContext, hq: LiveServer, qtbot: Any) -> None:  # noqa: F811
    client = SyncClient(ctx.db)
    client.enroll(hq.url, hq.store.create_enrollment("kh-sr"), "desk")
    window = ctx.open_window()
    window.show_area(SYNC_AREA)  # type: ignore[attr-defined]
    area = window.sync  # type: ignore[attr-defined]
    assert area.last_sync_value.text() == "Never"
    assert area.result_value.isHidden()  # nothing to say of a sync that never was
    window.close()  # type: ignore[attr-defined]

    ctx.db.smes.create({"name": "Angkor Silk"})
    client.sync()
    # GMS Desk starts again: the stored sync, with what it did.
    window = ctx.open_window()
    window.show_area(SYNC_AREA)  # type: ignore[attr-defined]
    area = window.sync  # type: ignore[attr-defined]
    assert area.last_sync_value.text().startswith("Today at ")
    assert area.result_value.isVisible() and area.result_value.text() == "Sent 1, received 0"
    assert window.sync_label.text().startswith("Synced at ")  # type: ignore[attr-defined]
    texts = [w.text() for w in area.findChildren(type(area.result_value))]
    assert not any("No sync since" in t for t in texts)


def test_queued_demo_changes_are_said_to_be_dropped(
        window: Any, ctx: AppContext, qtbot: Any) -> None:
    ctx.db.smes.create({"name": "Angkor Silk"})  # queued first
    with demo.marked(ctx.db):
        demo.add_demo_smes(ctx.db, 12)
    demo_sme = demo.local_only.demo_records(ctx.db).live["smes"][0]
    ctx.db.smes.update(demo_sme, {"phone": "012 345 678"})  # a person edits a demo record
    window.show_area(SYNC_AREA)
    area = window.sync
    area.refresh()
    # The demo's own changes are gone at once; the edit of a demo record waits, said so.
    # (English plurals come from translations/gmsdesk_en.ts once the new string is in it.)
    assert re.fullmatch(
        r"1 change on this computer will be sent after enrolment\. Demo data waiting too: "
        r"1 change(\(s\))?, dropped, never sent\.", area.enrol_waiting.text())
    window.update_pending()
    assert window.pending_label.text() == "2 changes waiting for sync"  # the same count


def test_the_result_says_what_became_of_photos_and_files(window: Any) -> None:
    from gmsdesk.sync.attachments import AttachmentReport
    from gmsdesk.sync.client import SyncReport

    area = window.sync
    files = AttachmentReport(sent=3, waiting=2, waiting_bytes=5_000_000)
    text = area.report_text(SyncReport(sent=4, received=1, attachments=files))
    assert re.fullmatch(r"Sent 4, received 1, 3 photos? and files? sent(\(s\))?, "
                        r"2 still to send", text.replace("photo(s) and file(s)",
                                                         "photos and files")), text
    assert area.report_text(SyncReport(sent=4, received=1)) == "Sent 4, received 1"
