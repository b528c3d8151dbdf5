"""The window never sends the enrolment code or the sync key unencrypted unless an
administrator allowed it for a local server, and then says so."""

from __future__ import annotations

from typing import Any

import pytest
import requests
from PySide6.QtCore import Qt

from gmsdesk.storage.sync_store import Enrolment
from gmsdesk.sync.client import ENROL_UNREACHABLE, PLAIN_HTTP
from tests.ui.test_sync_ui import SYNC_AREA, TIMEOUT, UNREACHABLE, click

SETTINGS_AREA = 6
LAN = "http://192.168.1.20:8000"
WARNING = "Connection not encrypted (allowed for this local server)"


@pytest.fixture(autouse=True)
def _key_file_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The test's keys go to files in its temp folder, never to this machine's own store."""
    monkeypatch.setattr("gmsdesk.storage.sync_store.system_store", lambda: None)


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Where the app tried to send something: recorded, and never sent."""
    addresses: list[str] = []

    def post(_session: Any, url: str, **_kwargs: Any) -> Any:
        addresses.append(url)
        raise requests.exceptions.ConnectionError("recorded, not sent")

    monkeypatch.setattr(requests.Session, "post", post)
    monkeypatch.setattr("gmsdesk.sync.client.time.sleep", lambda _s: None)
    return addresses


def test_a_local_http_server_is_refused_until_the_box_is_ticked(
        window: Any, ctx: Any, qtbot: Any, sent: list[str]) -> None:
    window.show_area(SYNC_AREA)
    area = window.sync
    qtbot.keyClicks(area.server_edit, "https://hq.example.org")
    assert area.plain_http_check.isHidden() and area.plain_http_note.isHidden()
    area.server_edit.clear()
    qtbot.keyClicks(area.server_edit, "http://127.0.0.1:8000")  # this computer: always fine
    assert area.plain_http_check.isHidden()
    area.server_edit.clear()
    qtbot.keyClicks(area.server_edit, LAN)
    qtbot.keyClicks(area.code_edit, "AAAA-BBBB")
    assert area.plain_http_check.isVisible() and not area.plain_http_check.isChecked()
    assert "not encrypted" in area.plain_http_note.text()

    click(qtbot, area.enrol_button)
    assert area.enrol_message.text() == PLAIN_HTTP
    assert not window.sync_service.busy and sent == []
    assert not ctx.db.sync.plain_http_allowed()

    qtbot.mouseClick(area.plain_http_check, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.sync_service.enrol_failed, timeout=TIMEOUT) as failed:
        click(qtbot, area.enrol_button)
    assert failed.args == [ENROL_UNREACHABLE]  # allowed: tried, and nobody was there
    assert sent and set(sent) == {f"{LAN}/v1/enroll"}
    assert ctx.db.sync.plain_http_allowed()


def test_the_sync_area_says_the_connection_is_not_encrypted(
        window: Any, ctx: Any, qtbot: Any, sent: list[str]) -> None:
    ctx.db.sync.save_enrolment(Enrolment(LAN, "secret", "dev-here", "kh-sr", "Siem Reap"))
    window.show_area(SYNC_AREA)
    area = window.sync
    assert area.pages.currentWidget() is area.overview_page
    assert area.plain_http_warning.isHidden()  # not allowed: nothing goes there at all

    with qtbot.waitSignal(window.sync_service.finished, timeout=TIMEOUT):
        click(qtbot, area.sync_button)
    assert area.error_value.isVisible() and area.error_value.text() == PLAIN_HTTP
    assert sent == []

    # An administrator allows it in Settings; the Sync area then warns.
    window.show_area(SETTINGS_AREA)
    settings = window.areas[SETTINGS_AREA][1]
    assert not settings.plain_http.isChecked()
    qtbot.mouseClick(settings.plain_http, Qt.MouseButton.LeftButton)
    assert ctx.db.sync.plain_http_allowed()
    window.show_area(SYNC_AREA)
    assert area.plain_http_warning.isVisible() and area.plain_http_warning.text() == WARNING

    qtbot.waitUntil(lambda: not window.sync_service.busy, timeout=TIMEOUT)
    with qtbot.waitSignal(window.sync_service.finished, timeout=TIMEOUT):
        click(qtbot, area.sync_button)
    assert sent and set(sent) == {f"{LAN}/v1/sync"}
    assert area.error_value.text() == UNREACHABLE
