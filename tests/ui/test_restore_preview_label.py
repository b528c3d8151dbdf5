"""The question before a restore says when the backup was made in the person's language and
why, never the file's raw name (a UTC stamp and a code) as its sentence: that name is a small
line below it, the whole path its tooltip, for whoever must find the file. What a restore did
with the files the backup carried is told after it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from gmsdesk import i18n_format
from gmsdesk.services import backups
from gmsdesk.services.backups import Preview, RestoreResult, Unpacked
from gmsdesk.ui.application import AppContext
from gmsdesk.ui.backups import BackupPreview, confirm_box, preview_text

TAKEN = dt.datetime(2026, 12, 5, 15, 7, 15, 472_000, tzinfo=dt.UTC)
NAME = "gmsdesk-20261205T150715472Z-import.sqlite3.gz"


def seen(reason: str = "import", files: int = 0) -> Preview:
    return Preview(TAKEN, reason, 2, 1, 3, "", 12, files, files * 1_500_000,
                   2 if files else 1)


def test_the_preview_says_when_and_why_not_the_file_name(ctx: AppContext) -> None:
    text = preview_text(seen(), "en")
    assert i18n_format.format_datetime("en", TAKEN) in text
    assert "Why it was made: Before an import" in text
    assert "attached" not in text  # a backup of the database alone says nothing of files
    with_files = preview_text(seen(files=3), "en")
    assert "It also holds 3 attached photos or files (" in with_files
    # A reason this version does not know is not shown as its raw code.
    assert "Why" not in preview_text(seen("scheduled-by-a-newer-version"), "en")


def test_the_question_shows_the_file_name_small_and_its_path_as_tooltip(
        ctx: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "backups" / NAME
    box = confirm_box(None, path, seen(files=2), "en")
    try:
        said, small = box.text().split("<p><small>")
        assert NAME not in said and "20261205T" not in said and "import.sqlite3" not in said
        assert i18n_format.format_datetime("en", TAKEN) in said
        assert "Why it was made: Before an import" in said
        assert small.startswith(NAME) and box.toolTip() == str(path)
        assert "Restoring replaces the data" in box.informativeText()
    finally:
        box.deleteLater()


def test_the_date_and_reason_follow_the_language(ctx: AppContext, tmp_path: Path) -> None:
    ctx.set_language("my")
    text = preview_text(seen(), ctx.language)
    assert i18n_format.format_datetime("my", TAKEN) in text
    assert QCoreApplication.translate("Backups", backups.REASONS["import"]) in text
    box = confirm_box(None, tmp_path / NAME, seen(), ctx.language)
    try:
        assert i18n_format.format_datetime("my", TAKEN) in box.text()
    finally:
        box.deleteLater()


def test_after_a_restore_the_files_put_back_and_the_damaged_ones_are_told(
        ctx: AppContext) -> None:
    said = BackupPreview()
    nothing = RestoreResult(None, None, 0, 0)
    assert said.restored(nothing) == ""
    files = Unpacked(2, files=3, written=2, damaged=("ab.jpg",))
    text = said.restored(RestoreResult(None, None, 0, 0, files))
    assert "2 attached photos or files were put back." in text
    assert "1 attached file could not be put back (damaged in the backup)" in text
    cut: Any = Unpacked(2, files=3, written=1, missing=2, unreadable=True)
    assert "2 attached files could not be read" in said.restored(
        RestoreResult(None, None, 0, 0, cut))
