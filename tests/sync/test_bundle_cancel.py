"""Stopping bundle work half-way leaves nothing half done: an export stopped at any point
leaves no file (and an older file of that name as it was), an import stopped at any point
applies nothing, and either runs to the end when done again. Then the same from the Sync
area's progress dialog and its Cancel (real widgets, offscreen)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from gmsdesk.server.bundle import import_bundle, write_reply
from gmsdesk.storage.db import Database
from gmsdesk.sync import bundle
from gmsdesk.sync.client import SyncClient
from tests.sync.faulty import device_smes, server_smes
from tests.ui.conftest import _tidy_qt, ctx, window  # noqa: F401 - the Qt fixtures

Enrolled = Callable[[str, str], tuple[Database, SyncClient]]
SQLITE = pytest.mark.parametrize("store", ["sqlite"], indirect=True)  # the server is not tested
TIMEOUT = 20_000
SYNC_AREA = 5


def stop_at(call: int, seen: list[int] | None = None) -> bundle.Progress:
    """A progress that says stop at its `call`-th report (counting from 0)."""
    calls = [0]

    def progress(done: int, total: int) -> bool:
        assert 0 <= done <= total == 1000
        if seen is not None:
            seen.append(done)
        calls[0] += 1
        return calls[0] <= call

    return progress


def laptop_state(db: Database) -> tuple[Any, ...]:
    return (device_smes(db), db.outbox.pending_count(), db.sync.cursor, db.meta("hlc"),
            db.meta("bundle_cuts"), db.meta("bundle_relays"), db.meta("bundle_keys"))


@pytest.fixture
def small_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    """Progress told every kilobyte packed or written, so a small bundle has many points to
    stop at."""
    monkeypatch.setattr(bundle, "_STEP", 1024)


@SQLITE
def test_an_export_stopped_anywhere_leaves_no_file(
        enrolled: Enrolled, server: Any, tmp_path: Path, small_steps: None) -> None:
    field, _ = enrolled("kh-sr", "field")
    field.smes.create_many([{"name": f"Enterprise {i}", "phone": f"012 {i:06}"}
                            for i in range(300)])
    target = tmp_path / "stick" / "field.gmsbundle"
    target.parent.mkdir()
    target.write_bytes(b"an older bundle")
    before = laptop_state(field)
    call = 0
    while True:  # stopped at its first report, then its second, ... until it is not
        reports: list[int] = []
        try:
            summary = bundle.export_to(field, target, progress=stop_at(call, reports))
        except bundle.Cancelled:
            assert [p.name for p in target.parent.iterdir()] == [target.name]
            assert target.read_bytes() == b"an older bundle"
            if call <= 1:  # stopped before the batches' cut was kept: nothing changed
                assert laptop_state(field) == before
            call += 1
            continue
        break
    assert call > 20 and reports == sorted(reports)
    assert summary.sent == 300 and target.stat().st_size == summary.size
    import_bundle(server.store, target.read_bytes())
    assert len(server_smes(server.store)) == 300


@SQLITE
def test_an_import_stopped_anywhere_applies_nothing(
        enrolled: Enrolled, server: Any, tmp_path: Path) -> None:
    field, field_client = enrolled("kh-sr", "field")
    office, office_client = enrolled("kh-sr", "office")
    trainer, _ = enrolled("kh-sr", "trainer")
    office.smes.create_many([{"name": f"Office Enterprise {i}"} for i in range(200)])
    office_client.sync()
    field.smes.create({"name": "Field Enterprise"})
    import_bundle(server.store, bundle.export(field)[0])
    answer = write_reply(server.store, field.device_id, page_bytes=4096)[0]
    assert len(bundle.read_envelope(answer).open()["pages"]) > 3
    trainer.smes.create_many([{"name": f"Participant {i}"} for i in range(20)])
    sibling = bundle.export(trainer)[0]
    for data in (answer, sibling):
        path = tmp_path / "in.gmsbundle"
        path.write_bytes(data)
        reports: list[int] = []
        before = laptop_state(field)
        call = 0
        while True:
            try:
                taken = bundle.import_file(field, path, progress=stop_at(call, reports))
            except bundle.Cancelled:
                assert laptop_state(field) == before, f"stopped at report {call}"
                call += 1
                continue
            break
        assert call >= 3
        assert taken.received > 0
    assert len(device_smes(field)) == 221 and field.outbox.pending_count() == 0
    import_bundle(server.store, bundle.export(field)[0])  # the trainer's, carried on
    field_client.sync()  # the network afterwards: nothing sent twice, nothing missing
    assert len(server_smes(server.store)) == 221 and len(device_smes(field)) == 221


@SQLITE
def test_cancel_in_the_sync_area_leaves_nothing_half_done(
        request: pytest.FixtureRequest, ctx: Any, server: Any, qtbot: Any,  # noqa: F811
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from gmsdesk.ui import tasks

    SyncClient(ctx.db).enroll(server.url, server.store.create_enrollment("kh-sr"), "field")
    win = request.getfixturevalue("window")
    with qtbot.waitSignal(win.sync_service.finished, timeout=TIMEOUT):
        pass  # the first sync after start-up
    win.show_area(SYNC_AREA)
    area = win.sync
    area.show_overview()
    ctx.db.smes.create({"name": "Angkor Silk"})
    # The work waits at its first report of progress until Cancel was pressed, so that the
    # press comes while it runs, whatever the machine's speed.
    gate = threading.Event()
    report = tasks.Task._progress

    def held(task: Any, done: int, total: int) -> bool:
        gate.wait(TIMEOUT / 1000)
        return report(task, done, total)

    monkeypatch.setattr(tasks.Task, "_progress", held)

    def cancel_while_running(start: Callable[[], Any]) -> None:
        gate.clear()
        start()
        [dialog] = [d for d in area.findChildren(QProgressDialog) if not d.wasCanceled()]
        assert dialog.labelText().endswith("the sync bundle…")
        [button] = dialog.findChildren(QPushButton)
        assert button.text() == "Cancel"
        button.click()
        gate.set()
        qtbot.waitUntil(lambda: area.bundle_button.isEnabled(), timeout=TIMEOUT)

    stick = tmp_path / "stick"
    stick.mkdir()
    target = stick / "field.gmsbundle"
    cancel_while_running(lambda: area.export_bundle(str(target), ""))
    assert area.bundle_value.text() == "Export stopped: no bundle was written."
    assert list(stick.iterdir()) == []

    import_bundle(server.store, bundle.export(ctx.db)[0])
    (stick / "reply.gmsbundle").write_bytes(write_reply(server.store, ctx.db.device_id)[0])
    cancel_while_running(lambda: area.import_bundle(str(stick / "reply.gmsbundle")))
    assert area.bundle_value.text().startswith("Import stopped: nothing was imported.")
    assert ctx.db.outbox.pending_count() == 1

    area.import_bundle(str(stick / "reply.gmsbundle"))  # again, to the end
    qtbot.waitUntil(lambda: area.bundle_value.text().startswith("Imported"), timeout=TIMEOUT)
    assert ctx.db.outbox.pending_count() == 0
