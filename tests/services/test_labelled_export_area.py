"""The labelled export from the Surveys area: the language asked for, then the file; the
details' headers in the UI language, the questions and answers in the one chosen."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog

from gmsdesk.ui.application import AppContext
from tests.survey_kit import answer, import_needs
from tests.ui.conftest import _tidy_qt, ctx, window  # noqa: F401 - the UI tests' fixtures

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def test_export_with_labels_in_the_language_chosen(window: Any, ctx: AppContext,  # noqa: F811
                                                   qtbot: Any, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from gmsdesk.services import forms as forms_service

    monkeypatch.setattr(forms_service, "SHIPPED_FORMS", tmp_path / "none")
    db = ctx.db
    ref = import_needs(db, tmp_path, 1)
    answer(db, ref, {"tools": ["fax", "email"], "obstacle": "cost", "employees": 12})
    ctx.bus.publish_reload("survey_responses")
    window.show_area(2)
    area = window.surveys
    qtbot.waitUntil(lambda: area._loaded and not area.forms_loading, timeout=10_000)
    area.select_form("needs")
    assert area.labelled_action.isEnabled()

    offered: list[list[str]] = []

    def get_item(_parent: Any, _title: str, _label: str, items: list[str], current: int,
                 _editable: bool) -> tuple[str, bool]:
        offered.append(list(items))
        return items[1], True  # Khmer

    out = tmp_path / "needs-km.xlsx"
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_args: (str(out), "")))
    area.labelled_action.trigger()
    qtbot.waitUntil(lambda: area.labelled_result is not None, timeout=10_000)
    assert offered == [["English", "ខ្មែរ"]]
    assert "Exported 1 response with labels" in area.info.text()
    rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))
    header = rows[0]
    assert header[0] == "Response" and "ឧបសគ្គធំបំផុត" in header
    assert rows[1][header.index("ឧបសគ្គធំបំផុត")] == "តម្លៃ"
