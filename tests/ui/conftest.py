"""Qt fixtures: the real application context and main window on a fresh data folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from gmsdesk.ui.application import AppContext
from gmsdesk.ui.fonts import apply_app_font, register_fonts


@pytest.fixture
def ctx(qapp: Any, data_dir: Path) -> Iterator[AppContext]:
    register_fonts()
    apply_app_font(qapp)
    context = AppContext(data_dir, "en")
    yield context
    window = context.window
    if window is not None and window.isVisible():  # type: ignore[attr-defined]
        window.close()  # type: ignore[attr-defined]
    context.set_language("en")
    context.close()


@pytest.fixture
def window(ctx: AppContext, qtbot: Any) -> Any:
    win = ctx.open_window()
    qtbot.waitUntil(lambda: not win.smes.model.loading)  # type: ignore[attr-defined]
    return win


@pytest.fixture(autouse=True)
def _tidy_qt(qapp: Any) -> Iterator[None]:
    """Each test cleans up after itself: background tasks finished, windows closed and deleted
    before the next test starts, so one test's leftovers never run inside another."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
    from PySide6.QtWidgets import QApplication

    QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
