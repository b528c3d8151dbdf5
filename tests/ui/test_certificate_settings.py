"""Settings > Certificates and the workshop dialog's attendance rule, as a person uses them: a
logo chosen shows as a preview (a file that cannot be one says why and changes nothing) and
atop the certificates' preview; the rule set in the dialog is the workshop's, the laptop's
default for a new one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from gmsdesk.services import training as training_service
from gmsdesk.ui.application import AppContext
from gmsdesk.ui.training.dialogs import WorkshopDialog
from tests.reports.pdfutil import needs_poppler


def test_logo_chosen_previewed_refused_and_removed(ctx: AppContext, qtbot: Any,
                                                   tmp_path: Path) -> None:
    from gmsdesk.ui.settings_area import SettingsArea

    area = SettingsArea(ctx)
    qtbot.addWidget(area)
    panel = area.certificates
    assert panel.preview.pixmap().isNull() and panel.preview.text() == "No logo"
    assert not panel.remove_button.isEnabled()
    assert "enrolled" in panel.agency.text()  # no agency name to print yet, and it says so

    chosen = tmp_path / "chamber.png"
    Image.new("RGB", (300, 100), (20, 40, 140)).save(chosen)
    assert panel.set_logo(chosen)
    chosen.unlink()  # the copy stays
    shown = panel.preview.pixmap()
    # Small, in its box, and its proportions kept (3 : 1).
    assert not shown.isNull() and (shown.width(), shown.height()) == (168, 56)
    assert shown.toImage().pixelColor(shown.width() // 2, shown.height() // 2).blue() > 100
    assert panel.remove_button.isEnabled()
    assert training_service.agency_logo(ctx.data_dir) is not None

    not_image = tmp_path / "logo.png"  # named like one, and is not
    not_image.write_text("not a picture", encoding="utf-8")
    assert not panel.set_logo(not_image)
    assert "not a PNG or JPEG" in panel.message.text()
    assert not panel.preview.pixmap().isNull()  # the logo there was stays
    assert not panel.set_logo(tmp_path / "gone.png")
    assert "could not be read" in panel.message.text()

    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert training_service.agency_logo(ctx.data_dir) is None
    assert panel.preview.pixmap().isNull() and not panel.remove_button.isEnabled()
    # The buttons are found by what they say, as a person finds them.
    texts = {b.text() for b in panel.findChildren(QPushButton)}
    assert {"Logo…", "Remove logo"} <= texts


@needs_poppler
def test_the_preview_shows_the_logo_atop_the_page(ctx: AppContext, qtbot: Any,
                                                  tmp_path: Path) -> None:
    from gmsdesk.reports import training as report
    from gmsdesk.ui.training.certificates import PREVIEW_DPI, CertificatesView

    db = ctx.db
    wid = db.training.create_workshop({"title": "Selling online", "modules": ["B01"],
                                       "start_date": "2025-03-10", "end_date": "2025-03-11",
                                       "attendance_percent": 0})[0].record_id
    pid = db.training.create_person({"name": "Sok Dara"})[0].record_id
    db.training.enrol(wid, pid)
    db.training.set_progress(wid, pid, "B01", "completed", on="2025-03-11")
    logo = tmp_path / "logo.png"
    Image.new("RGB", (340, 108), (20, 40, 140)).save(logo)
    training_service.set_agency_logo(ctx.data_dir, logo)

    view = CertificatesView(ctx)
    qtbot.addWidget(view)
    view.set_workshop(db.training.workshop(wid))
    assert view.issue_and_save() is not None
    qtbot.waitUntil(lambda: view.preview_dialog is not None, timeout=30_000)
    dialog = view.preview_dialog
    assert dialog is not None
    preview = dialog.preview
    assert preview.pages, "pdftoppm renders the preview"
    page = Image.open(preview.pages[0]).convert("RGB")
    scale = PREVIEW_DPI / 72
    x = report.PAGE_W / 2 * scale
    y = (report.CERT_MARGIN + 16 + report.LOGO_BOX_H / 2) * scale  # from the page's top
    red, _green, blue = page.getpixel((int(x), int(y)))  # type: ignore[misc]
    assert blue > 100 and red < 60  # the logo, in its own colour
    dialog.reject()  # nothing issued
    assert not [p for p in db.training.participants(wid) if p.certificate_no]


def test_the_default_rule_in_settings_is_what_a_new_workshop_starts_from(
        ctx: AppContext, qtbot: Any) -> None:
    from gmsdesk.ui.settings_area import SettingsArea

    db = ctx.db
    area = SettingsArea(ctx)
    qtbot.addWidget(area)
    rule = area.certificates.rule
    assert rule.value() == 80
    rule.kind.setCurrentIndex(rule.kind.findData("every_day"))
    assert db.training.attendance_rule(None).percent == 100

    dialog = WorkshopDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.rule_edit.value() == 100 and not dialog.rule_edit.share.isVisibleTo(dialog)
    dialog.title_edit.setText("Selling online, Luang Prabang")
    dialog.set_modules(["B01"])
    values = dialog.values()
    assert values["attendance_percent"] == 100  # carried by the workshop to every laptop
    wid = db.training.create_workshop(values)[0].record_id
    assert db.training.attendance_rule(wid).own
    db.training.set_attendance_rule(None, 80)  # the default changes; the workshop's stays
    assert db.training.attendance_rule(wid).percent == 100


def test_the_workshop_dialog_saves_the_rule_and_leaves_an_older_workshops_alone(
        ctx: AppContext, qtbot: Any) -> None:
    db = ctx.db
    older = db.training.create_workshop({"title": "Made before rules travelled",
                                         "modules": ["B01"], "start_date": "2026-03-02",
                                         "end_date": "2026-03-06"})[0].record_id
    dialog = WorkshopDialog(db, db.training.workshop(older))
    qtbot.addWidget(dialog)
    assert dialog.rule_edit.value() == 80  # the default it follows, shown
    dialog.title_edit.setText("Renamed")
    assert "attendance_percent" not in dialog.values()  # untouched: still follows the default
    db.training.update_workshop(older, dialog.values())
    assert not db.training.attendance_rule(older).own

    dialog = WorkshopDialog(db, db.training.workshop(older))
    qtbot.addWidget(dialog)
    rule = dialog.rule_edit
    assert rule.kind.currentData() == "share" and rule.share.isVisibleTo(dialog)
    rule.share.setValue(60)  # three days in five
    db.training.update_workshop(older, dialog.values())
    assert db.training.workshop(older).attendance_percent == 60
    assert db.training.attendance_rule(older).own

    dialog = WorkshopDialog(db, db.training.workshop(older))
    qtbot.addWidget(dialog)
    assert dialog.rule_edit.value() == 60
    dialog.rule_edit.kind.setCurrentIndex(dialog.rule_edit.kind.findData("every_day"))
    assert not dialog.rule_edit.share.isVisibleTo(dialog)
    dialog._save()
    assert dialog.result() == dialog.DialogCode.Accepted
    db.training.update_workshop(older, dialog.values())
    assert db.training.attendance_rule(older).percent == 100
