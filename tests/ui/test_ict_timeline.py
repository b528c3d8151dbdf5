"""The SME dialog's ICT history: what changed on the ladder, and when, in plain words."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDate, QLocale

from gmsdesk.storage.db import Database
from gmsdesk.ui.smes.form import SmeFormDialog
from gmsdesk.ui.smes.timeline import IctTimeline


def at(db: Database, when: str) -> None:
    ms = int(datetime.fromisoformat(when).replace(tzinfo=UTC).timestamp() * 1000)
    db.clock.now_ms = lambda: ms


def short(day: str) -> str:
    return QLocale().toString(QDate.fromString(day, "yyyy-MM-dd"),
                              QLocale.FormatType.ShortFormat)


def test_the_sme_dialog_shows_its_ict_history(qtbot: Any, db: Database) -> None:
    at(db, "2025-01-10T03:00:00")
    sme_id = db.smes.create({"name": "Angkor Silk", "uses_email": 1})[0].record_id
    at(db, "2025-03-01T03:00:00")
    db.smes.update(sme_id, {"uses_website": 1})
    spec = db.sync.specs()["presences"]
    at(db, "2025-06-01T03:00:00")
    portal = db.smes.writer.insert(spec, {"sme_id": sme_id, "kind": "portal",
                                          "name": "Cambodia Trade Portal"})[0].record_id
    at(db, "2025-09-01T03:00:00")
    db.smes.writer.update(spec, portal, {"status": "displaying"})
    dialog = SmeFormDialog(db, db.smes.get(sme_id))
    qtbot.addWidget(dialog)
    dialog.show()
    timeline = dialog.findChild(IctTimeline, "ict_timeline")
    assert timeline is not None and timeline.isVisible()
    assert timeline.texts() == [  # newest first
        f"{short('2025-09-01')} | Cambodia Trade Portal: displaying products | tester",
        f"{short('2025-06-01')} | Cambodia Trade Portal: registered | tester",
        f"{short('2025-03-01')} | ▲ ICT level: Web presence | ",
        f"{short('2025-03-01')} | Own website: yes | tester",
        f"{short('2025-01-10')} | ▲ ICT level: E-mail | ",
        f"{short('2025-01-10')} | E-mail: yes | tester",
        f"{short('2025-01-10')} | Registered | tester"]
    assert [level for _day, level in timeline.strip.steps] == [1, 2]
    assert "Web presence" in timeline.strip.toolTip()


def test_a_new_sme_has_no_history_to_show(qtbot: Any, db: Database) -> None:
    dialog = SmeFormDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.findChild(IctTimeline) is None
