"""The "Demo data" banner: at the top of the window while demo records are on this computer,
gone when there are none; its one action removes them all after asking, and keeps what a
person entered."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from gmsdesk import demo
from gmsdesk.sync.local_only import demo_count
from gmsdesk.ui.application import AppContext

TIMEOUT = 30_000
LEFT = Qt.MouseButton.LeftButton


def test_no_banner_without_demo_data(window: Any) -> None:
    assert window.demo_banner.isHidden()


@pytest.fixture
def demo_window(ctx: AppContext, qtbot: Any) -> Any:
    """A window on a database with 40 demo SMEs, then one a person entered."""
    with demo.marked(ctx.db):
        demo.add_demo_smes(ctx.db, 40, seed=3)
    ctx.db.smes.create({"name": "Angkor Silk"})
    win = ctx.open_window()
    qtbot.waitUntil(lambda: not win.smes.model.loading)  # type: ignore[attr-defined]
    return win


def test_the_banner_says_demo_data_is_here_and_never_sent(demo_window: Any) -> None:
    banner = demo_window.demo_banner
    assert banner.isVisible()
    # (English plurals come from translations/gmsdesk_en.ts once the new string is in it.)
    assert re.fullmatch(r"Demo data: 40 record(s|\(s\)) on this computer were made by the demo, "
                        r"to try GMS Desk out\. They are never sent to headquarters\.",
                        banner.label.text())
    # At the top of the window, above every area, whole.
    top = banner.mapTo(demo_window, QPoint(0, 0))
    assert top.y() < 40 and banner.width() > demo_window.width() * 0.9
    assert banner.remove_button.isVisible() and banner.remove_button.isEnabled()
    assert demo_window.pending_label.text() == "1 change waiting for sync"  # the person's


def test_removing_demo_data_asks_first_and_keeps_what_a_person_entered(
        demo_window: Any, ctx: AppContext, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    banner = demo_window.demo_banner
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> Any:
        def question(_parent: Any, _title: str, text: str, buttons: Any, default: Any) -> Any:
            asked.append(text)
            assert default == QMessageBox.StandardButton.Cancel  # Enter removes nothing
            return button
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    qtbot.mouseClick(banner.remove_button, LEFT)
    assert demo_count(ctx.db) == 40 and banner.isVisible()
    assert "Records you entered yourself are kept" in asked[0]

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(banner.removed, timeout=TIMEOUT) as done:
        qtbot.mouseClick(banner.remove_button, LEFT)
    assert done.args == [40]
    assert banner.isHidden() and demo_count(ctx.db) == 0
    smes = demo_window.smes
    qtbot.waitUntil(lambda: smes.model.total == 1 and not smes.model.loading, timeout=TIMEOUT)
    assert [s.name for s in ctx.db.smes.page()] == ["Angkor Silk"]
