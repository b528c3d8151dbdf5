"""The Sync area's "Sync by file…" button: export a bundle, import headquarters' reply (asked
for its passphrase), and a damaged file said in plain words. (Beside the other bundle tests:
it would sit in tests/ui with the Sync area's tests.)"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from gmsdesk.server.bundle import import_bundle, write_reply
from gmsdesk.sync import bundle
from gmsdesk.sync.client import SyncClient
from gmsdesk.ui.sync_area import ERROR_STYLE, OK_STYLE
from tests.ui.conftest import _tidy_qt, ctx, window  # noqa: F401 - the Qt fixtures

TIMEOUT = 20_000
SYNC_AREA = 5


def test_sync_by_file_from_the_sync_area(
        request: pytest.FixtureRequest, ctx: Any, server: Any, qtbot: Any,  # noqa: F811
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    SyncClient(ctx.db).enroll(server.url, server.store.create_enrollment("kh-sr"), "field")
    win = request.getfixturevalue("window")
    with qtbot.waitSignal(win.sync_service.finished, timeout=TIMEOUT):
        pass  # the first sync after start-up, over the network: nothing to send yet
    win.show_area(SYNC_AREA)
    area = win.sync
    area.show_overview()
    assert area.bundle_button.isVisible()
    actions = area.bundle_button.menu().actions()
    assert [a.text() for a in actions] == ["Export bundle…", "Import bundle…"]
    chosen: list[str] = []  # each menu entry asks for a file; cancelled, nothing happens

    def cancel(_parent: Any, title: str, *_: Any) -> tuple[str, str]:
        chosen.append(title)
        return "", ""

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", cancel)
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", cancel)
    for action in actions:
        action.trigger()
    assert chosen == ["Export sync bundle", "Import sync bundle"]
    assert area.bundle_button.isEnabled() and not area.bundle_value.isVisible()
    ctx.db.smes.create({"name": "Angkor Silk"})

    stick = tmp_path / "stick"
    stick.mkdir()
    area.export_bundle(str(stick / "field.gmsbundle"), "")
    qtbot.waitUntil(lambda: area.bundle_value.isVisible(), timeout=TIMEOUT)
    assert area.bundle_value.text() == ("Wrote field.gmsbundle: 1 change. Take it to "
                                        "headquarters, then import the reply it gives you here.")
    assert area.bundle_value.styleSheet() == OK_STYLE
    assert qtbot.waitUntil(lambda: area.bundle_button.isEnabled(), timeout=TIMEOUT) is None

    import_bundle(server.store, (stick / "field.gmsbundle").read_bytes())
    answer, _ = write_reply(server.store, ctx.db.device_id, "mekong")
    (stick / "reply.gmsbundle").write_bytes(answer)
    asked: list[str] = []

    def passphrase(*args: Any, **_: Any) -> tuple[str, bool]:
        asked.append(args[2])
        return "mekong", True

    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", passphrase)
    area.bundle_value.hide()
    area.import_bundle(str(stick / "reply.gmsbundle"))
    qtbot.waitUntil(lambda: area.bundle_value.text().startswith("Imported"), timeout=TIMEOUT)
    assert asked == ["The passphrase this bundle was made with:"]
    said = area.bundle_value.text()
    assert said.startswith("Imported headquarters' reply: 0 changes received. ")
    # (Until lupdate has the new wording, Qt shows "change(s)" as written.)
    assert said.endswith(("Headquarters confirmed 1 change of yours.",
                          "Headquarters confirmed 1 change(s) of yours."))
    assert ctx.db.outbox.pending_count() == 0
    assert area.waiting_value.text() == "0 changes"

    damaged = stick / "damaged.gmsbundle"
    damaged.write_bytes(answer[: len(answer) // 2])
    area.import_bundle(str(damaged))
    qtbot.waitUntil(lambda: area.bundle_value.styleSheet() == ERROR_STYLE, timeout=TIMEOUT)
    assert area.bundle_value.text() == bundle.DAMAGED + " (checksum)"
    qtbot.waitUntil(lambda: area.bundle_button.isEnabled(), timeout=TIMEOUT)
