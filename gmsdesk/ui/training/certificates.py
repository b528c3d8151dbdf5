"""Certificates of one workshop: who qualifies and why not, the attendance rule, and one action —
"Issue and save certificates…": a clear confirmation when the workshop is not over, a preview of
the pages, then the numbers given and the PDF written together (in the background).

A certificate goes to whoever completed every module and was present on enough of the days
(storage's `AttendanceRule`); it is never dated before the workshop's last day.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gmsdesk.i18n import LANGUAGES
from gmsdesk.services import training as training_service
from gmsdesk.storage.errors import StorageError
from gmsdesk.ui.errors import show_error
from gmsdesk.ui.labels import format_count
from gmsdesk.ui.tasks import Task, run_task
from gmsdesk.ui.training.dialog_kit import FieldDialog, fit_to_screen, list_item
from gmsdesk.ui.training.labels import workshop_status_label
from gmsdesk.ui.training.sheet import confirm_unprintable, unprintable_names
from gmsdesk.ui.training.tables import RecordTableModel, keep_columns_fitted
from gmsdesk.ui.training.workshop_list import short_date
from gmsdesk.ui.widgets import DateEdit, NumberBox, record_table

if TYPE_CHECKING:
    from gmsdesk.reports.training import CertificatePerson
    from gmsdesk.services.training import CertificatesWritten
    from gmsdesk.storage.training import CertificateStanding, Workshop

PREVIEW_DPI = 90
PREVIEW_PAGES = 30  # rendered for the preview; the PDF has them all
WARN_STYLE = "color: #8a5a00;"


@dataclass(frozen=True)
class Preview:
    """What the preview task made: the PDF as it will be, its first pages as images (None when
    this computer has no renderer), and who is on it."""

    folder: Path
    pdf: Path
    pages: list[Path] | None
    people: list[CertificatePerson]
    new: frozenset[str]  # the numbers this issue gives (the others were given before)
    # (name, characters no bundled font has) of the people whose names would print with boxes
    unprintable: tuple[tuple[str, list[str]], ...] = ()

    @property
    def due(self) -> int:
        return len(self.new)


def _iso(date: QDate) -> str:
    return date.toString(Qt.DateFormat.ISODate)


class PageView(QLabel):
    """One page image, scaled to the room it has (never larger than rendered)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(QSize(320, 220))
        self.original = QPixmap()

    def show_page(self, path: Path | None) -> None:
        self.original = QPixmap(str(path)) if path is not None else QPixmap()
        self._scale()

    def _scale(self) -> None:
        if self.original.isNull():
            self.setPixmap(QPixmap())
            return
        size = self.original.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        if size.width() > self.original.width():
            size = self.original.size()
        self.setPixmap(self.original.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                            Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale()


class CertificatePreviewDialog(FieldDialog):
    """The certificates as they will print, page by page, with who gets one; "Issue and save
    PDF…" gives the numbers and writes the file, Cancel changes nothing."""

    save_requested = Signal()

    def __init__(self, preview: Preview, day: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.page = 0
        self.setWindowTitle(self.tr("Certificates — preview"))
        count = len(preview.people)

        self.people_list = QListWidget(self)
        self.people_list.setObjectName("preview_people")
        self.people_list.setAccessibleName(self.tr("Certificates in this file"))
        for person in preview.people:
            who = person.name if not person.name_latin or person.name_latin == person.name \
                else f"{person.name} ({person.name_latin})"
            # A person without a number yet (none is given before saving) is named alone.
            line = f"{who}\n{person.certificate_no}" if person.certificate_no else who
            if person.certificate_no and person.certificate_no in preview.new:
                line += "  " + self.tr("(new)")
            list_item(self.people_list, line)
        self.people_list.currentRowChanged.connect(self._person_chosen)

        self.page_view = PageView(self)
        self.page_view.setObjectName("preview_page")
        self.page_label = QLabel(self)
        self.page_label.setObjectName("preview_page_number")
        self.previous_button = QPushButton(self.tr("← &Previous"), self)
        self.previous_button.setAutoDefault(False)
        self.previous_button.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next_button = QPushButton(self.tr("&Next →"), self)
        self.next_button.setAutoDefault(False)
        self.next_button.clicked.connect(lambda: self.show_page(self.page + 1))
        self.viewer_button = QPushButton(self.tr("Open in the PDF &viewer"), self)
        self.viewer_button.setObjectName("preview_open_viewer")
        self.viewer_button.setAutoDefault(False)
        self.viewer_button.clicked.connect(self.open_in_viewer)
        # Without page images (no renderer here), the room of the page says so and what to
        # do, rather than staying a large grey area under a line of small print.
        self.no_renderer = QLabel(self.tr(
            "The certificates cannot be shown here: this computer has no program to draw PDF "
            "pages in GMS Desk.\n\nTo check them before they are issued, press “Open in the "
            "PDF viewer” below. Or save the PDF and open it from its folder."), self)
        self.no_renderer.setObjectName("preview_no_renderer")
        self.no_renderer.setWordWrap(True)
        self.no_renderer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_renderer.setMargin(24)
        font = self.no_renderer.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.no_renderer.setFont(font)
        self.no_renderer.setFrameShape(QFrame.Shape.StyledPanel)
        self.no_renderer.setSizePolicy(QSizePolicy.Policy.Expanding,
                                       QSizePolicy.Policy.Expanding)
        self.no_renderer.setVisible(preview.pages is None)
        self.page_view.setVisible(preview.pages is not None)

        pages_box = QWidget(self)
        pages = QVBoxLayout(pages_box)
        pages.setContentsMargins(0, 0, 0, 0)
        pages.addWidget(self.no_renderer, 1)
        pages.addWidget(self.page_view, 1)
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.page_label)
        nav.addWidget(self.next_button)
        nav.addStretch(1)
        nav.addWidget(self.viewer_button)
        pages.addLayout(nav)
        split = QSplitter(self)
        split.addWidget(self.people_list)
        split.addWidget(pages_box)
        split.setStretchFactor(1, 1)
        split.setSizes([260, 700])

        shown = short_date(day)
        if preview.due:
            about = self.tr("Saving gives %n new certificate number(s), dated %1. Numbers once "
                            "given stay with the person.", "", preview.due).replace("%1", shown)
        else:
            about = self.tr("Everyone here already holds a certificate number: saving writes "
                            "the PDF again.")
        self.about = QLabel(self.tr("%n certificate(s) in this file.", "", count) + " " + about,
                            self)
        self.about.setObjectName("preview_about")
        self.about.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("&Issue and save PDF…") if preview.due
                                             else self.tr("&Save PDF…"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("preview_save")
        self.cancel_button = buttons.addButton(self.tr("Cancel"),
                                               QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.about)
        layout.addWidget(buttons)
        fit_to_screen(self, 1080, 720)
        self.show_page(0)
        self.save_button.setFocus()

    @property
    def page_count(self) -> int:
        return len(self.preview.pages or [])

    def show_page(self, index: int) -> None:
        pages = self.preview.pages or []
        if not pages:
            self.page_label.setText("")
            self.previous_button.setEnabled(False)
            self.next_button.setEnabled(False)
            if self.people_list.currentRow() < 0 and self.people_list.count():
                self.people_list.blockSignals(True)
                self.people_list.setCurrentRow(0)  # whose certificate the file begins with
                self.people_list.blockSignals(False)
            return
        self.page = max(0, min(len(pages) - 1, index))
        self.page_view.show_page(pages[self.page])
        total = len(self.preview.people)
        self.page_label.setText(self.tr("Page %1 of %2").replace(
            "%1", format_count(self.page + 1)).replace("%2", format_count(total)))
        self.previous_button.setEnabled(self.page > 0)
        self.next_button.setEnabled(self.page < len(pages) - 1)
        if self.people_list.currentRow() != self.page:
            self.people_list.blockSignals(True)
            self.people_list.setCurrentRow(self.page)
            self.people_list.blockSignals(False)

    def _person_chosen(self, row: int) -> None:
        if row < self.page_count:
            self.show_page(row)
        elif row >= 0:
            self.page_label.setText(self.tr("Only the first %n page(s) are shown here; the PDF "
                                            "has them all.", "", self.page_count))

    def open_in_viewer(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.preview.pdf)))

    def _save(self) -> None:
        self.accept()
        self.save_requested.emit()


class CertificatesView(QWidget):
    """The Certificates tab of a workshop."""

    published = Signal(object)  # Changes: certificate numbers given, the workshop's rule set

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.workshop: Workshop | None = None
        self.standings: list[CertificateStanding] = []
        self.last_task: Task | None = None
        self.last_saved: Path | None = None
        self.last_preview: Preview | None = None
        self.preview_dialog: CertificatePreviewDialog | None = None
        self.early_confirmed = False

        self.summary = QLabel(self)
        self.summary.setObjectName("certificates_summary")
        self.summary.setWordWrap(True)
        self.warning = QLabel(self)
        self.warning.setObjectName("certificates_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARN_STYLE)

        self.rule_spin = NumberBox(self)  # the language's digits
        self.rule_spin.setObjectName("certificate_rule")
        self.rule_spin.setRange(0, 100)
        self.rule_spin.setSingleStep(10)
        self.rule_spin.setSuffix("%")
        self.rule_spin.setAccessibleName(self.tr("Share of the days a participant must be "
                                                 "present"))
        # The rule is the workshop's, synced: written once typing is done, not at each digit.
        self.rule_spin.setKeyboardTracking(False)
        self.rule_spin.valueChanged.connect(self._rule_changed)
        self.rule_days = QLabel(self)
        self.rule_days.setObjectName("certificate_rule_days")
        self.every_day_button = QPushButton(self.tr("Every day"), self)
        self.every_day_button.setAutoDefault(False)
        self.every_day_button.clicked.connect(lambda: self.rule_spin.setValue(100))
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("certificate_language")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(ctx.language), 0))
        self.date_edit = DateEdit(self)
        self.date_edit.setObjectName("certificate_date")
        self.date_edit.setCalendarPopup(True)
        self.date_note = QLabel(self)
        self.date_note.setObjectName("certificate_date_note")

        self.model = RecordTableModel([
            (self.tr("Name"), lambda s: s.participant.name),
            (self.tr("Latin letters"), lambda s: s.participant.name_latin),
            (self.tr("Days present"), self._days_text),
            (self.tr("Modules completed"), lambda s: self.tr("%1 of %2").replace(
                "%1", format_count(s.participant.modules_completed)).replace(
                "%2", format_count(s.modules))),
            (self.tr("Certificate"), self._state_text),
        ], self)
        self.table = record_table(self.model, "certificate_standings", self)
        keep_columns_fitted(self.table, 4)

        self.issue_button = QPushButton(self.tr("&Issue and save certificates…"), self)
        self.issue_button.setObjectName("issue_certificates")
        self.issue_button.setToolTip(self.tr(
            "Preview the certificates, then give their numbers and save them as one PDF"))
        self.issue_button.clicked.connect(self.issue_and_save)
        self.message = QLabel(self)
        self.message.setObjectName("certificates_message")
        self.message.setWordWrap(True)
        self.open_folder_button = QPushButton(self.tr("Open folder"), self)
        self.open_folder_button.setObjectName("certificates_open_folder")
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_folder_button.hide()

        rule = QHBoxLayout()
        rule.addWidget(self.rule_spin)
        rule.addWidget(self.rule_days)
        rule.addWidget(self.every_day_button)
        rule.addStretch(1)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_edit)
        date_row.addWidget(self.date_note, 1)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_combo)
        language_row.addStretch(1)
        form = QFormLayout()
        for text, buddy, row in ((self.tr("Present on at &least:"), self.rule_spin, rule),
                                 (self.tr("&Date on the certificates:"), self.date_edit,
                                  date_row),
                                 (self.tr("&Language of the PDF:"), self.language_combo,
                                  language_row)):
            label = QLabel(text, self)
            label.setBuddy(buddy)
            form.addRow(label, row)
        action = QHBoxLayout()
        action.addWidget(self.issue_button)
        action.addWidget(self.message, 1)
        action.addWidget(self.open_folder_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(action)

    # -- showing --------------------------------------------------------------------------

    def set_workshop(self, workshop: Workshop) -> None:
        changed = self.workshop is None or self.workshop.id != workshop.id
        self.workshop = workshop
        if changed:
            self.early_confirmed = False
            self.message.clear()
            self.open_folder_button.hide()
        self.reload()

    def reload(self) -> None:
        workshop = self.workshop
        if workshop is None:
            return
        self.standings = self.db.training.certificate_standings(workshop.id)
        rule = self.db.training.attendance_rule(workshop.id)
        self.rule_spin.blockSignals(True)
        self.rule_spin.setValue(rule.percent)
        self.rule_spin.blockSignals(False)
        last = QDate.fromString(workshop.end_date or "", Qt.DateFormat.ISODate)
        day = QDate.fromString(self.db.training.certificate_day(workshop.id),
                               Qt.DateFormat.ISODate)
        self.date_edit.blockSignals(True)
        self.date_edit.setMinimumDate(last if last.isValid() else QDate(2000, 1, 1))
        if self.date_edit.property("workshop") != workshop.id:  # a date chosen here stays
            self.date_edit.setDate(day)
            self.date_edit.setProperty("workshop", workshop.id)
        self.date_edit.blockSignals(False)
        self.date_note.setText(self.tr("Never before the last day (%1).").replace(
            "%1", short_date(workshop.end_date)) if workshop.end_date else "")
        self.model.set_rows(self.standings)
        self._show_summary()

    def _days_text(self, standing: CertificateStanding) -> str:
        return self.tr("%1 of %2").replace(
            "%1", format_count(standing.participant.days_present)).replace(
            "%2", format_count(standing.days))

    def _state_text(self, standing: CertificateStanding) -> str:
        person = standing.participant
        if person.certificate_no:  # a code, as the PDF prints it; its date when it has one
            issued = short_date(person.certificate_issued_on)
            return f"{person.certificate_no} ({issued})" if issued else person.certificate_no
        if standing.due:
            return self.tr("Qualifies: numbered when you issue")
        reasons = []
        if not standing.completed:
            reasons.append(self.tr("modules not all completed"))
        if not standing.attended:
            reasons.append(self.tr("present %1 of the %2 days needed").replace(
                "%1", format_count(person.days_present)).replace(
                "%2", format_count(standing.days_needed)))
        return self.tr("Not yet: %1").replace("%1", self.tr("; ").join(reasons))

    def _show_summary(self) -> None:
        workshop = self.workshop
        assert workshop is not None
        days = self.standings[0].days if self.standings else len(
            self.db.training.sessions(workshop.id))
        needed = self.db.training.attendance_rule(workshop.id).days_needed(days)
        self.rule_days.setText(self.tr("of the days (%1 of %n day(s))", "", days).replace(
            "%1", format_count(needed)))
        qualify = sum(1 for s in self.standings if s.eligible)
        issued = sum(1 for s in self.standings if s.issued)
        due = sum(1 for s in self.standings if s.due)
        text = (self.tr("A certificate goes to each participant who completed every module "
                        "and was present on enough days.") + " "
                + self.tr("%n participant(s) qualify;", "", qualify) + " "
                + self.tr("%n certificate(s) issued.", "", issued))
        if due:
            text += " " + self.tr("%n more will be numbered when you issue.", "", due)
        self.summary.setText(text)
        warnings = []
        if workshop.status != "done":
            warnings.append(self._not_over_text(workshop))
        if training_service.agency_name(self.db, workshop) is None:
            warnings.append(self.tr("This computer is not enrolled with an agency yet: the "
                                    "certificates will not name the issuing agency. Enrol it "
                                    "in the Sync area first."))
        self.warning.setText("\n".join(warnings))
        self.warning.setVisible(bool(warnings))
        self.issue_button.setEnabled(bool(due or issued))

    def _not_over_text(self, workshop: Workshop) -> str:
        if workshop.status == "planned":
            return self.tr("This workshop has not started yet (first day: %1). Certificates "
                           "are issued after its last day.").replace(
                "%1", short_date(workshop.start_date) or "—")
        return self.tr("This workshop is “%1” until its last day (%2). Certificates are "
                       "issued after it.").replace("%1", workshop_status_label(workshop.status)) \
            .replace("%2", short_date(workshop.end_date) or "—")

    def _rule_changed(self, value: int) -> None:
        if self.workshop is None:
            return
        try:
            # The workshop's rule, an edit of the workshop that syncs with it.
            changes = self.db.training.set_attendance_rule(self.workshop.id, value)
        except StorageError as exc:
            show_error(self, exc)
            self.reload()  # the rule as it is
            return
        self.reload()
        if changes:
            self.published.emit(changes)

    # -- the one action: confirm, preview, issue and save ---------------------------------

    @property
    def day(self) -> str:
        return _iso(self.date_edit.date())

    def language(self) -> str:
        return str(self.language_combo.currentData() or "en")

    def confirm_early(self) -> bool:
        """Before a workshop is over, certificates only after a clear yes (asked once per
        workshop shown)."""
        workshop = self.workshop
        assert workshop is not None
        if workshop.status == "done" or self.early_confirmed:
            return True
        self.early_confirmed = self.ask_early(
            self._not_over_text(workshop) + "\n\n" + self.tr(
                "Issue certificates now anyway? They are dated %1 and go only to those who "
                "already meet every rule.").replace("%1", short_date(self.day)))
        return self.early_confirmed

    def ask_early(self, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Workshop not over"), text,
                          QMessageBox.StandardButton.NoButton, self)
        go = box.addButton(self.tr("Issue before the end"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is go

    def issue_and_save(self) -> Task | None:
        """Confirm if need be, then make the preview in the background and show it."""
        if self.workshop is None or not self.confirm_early():
            return None
        workshop_id, lang, day = self.workshop.id, self.language(), self.day
        self.message.setText(self.tr("Preparing the preview…"))
        self.open_folder_button.hide()
        folder = Path(tempfile.mkdtemp(prefix="gmsdesk-certificates-"))

        def work(db: Any, progress: Any) -> Preview | None:
            pdf = folder / "certificates.pdf"
            written = training_service.write_certificates(db, workshop_id, pdf, lang, progress,
                                                          preview=True, on=day)
            if written is None:
                return None
            people = training_service.certificate_people(db, workshop_id, due=True, on=day)
            given = {s.participant.certificate_no
                     for s in db.training.certificate_standings(workshop_id) if s.issued}
            pages = training_service.render_pages(pdf, folder / "pages", PREVIEW_DPI,
                                                  last=PREVIEW_PAGES)
            return Preview(folder, pdf, pages, people,
                           frozenset(p.certificate_no for p in people) - given,
                           tuple(unprintable_names(people)))

        def done(preview: Preview | None) -> None:
            # Nothing is issued nor saved before the person knows which names would print
            # with empty boxes.
            if preview is None or not confirm_unprintable(self, preview.unprintable):
                self.message.setText(self.tr("Cancelled; nothing was issued or saved."))
                shutil.rmtree(folder, ignore_errors=True)
                return
            self.message.clear()
            self.show_preview(preview)

        def failed(exc: Exception) -> None:
            shutil.rmtree(folder, ignore_errors=True)
            self.message.clear()
            show_error(self, exc)

        self.last_task = run_task(self, self.tr("Preparing the certificates"), self.ctx.db_path,
                                  work, on_done=done, on_error=failed, user=self.ctx.user)
        return self.last_task

    def show_preview(self, preview: Preview) -> CertificatePreviewDialog:
        self._drop_preview()
        self.last_preview = preview
        dialog = CertificatePreviewDialog(preview, self.day, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.save_requested.connect(self.choose_file)
        dialog.finished.connect(lambda _: self._drop_preview(preview))
        self.preview_dialog = dialog
        dialog.open()
        return dialog

    def _drop_preview(self, preview: Preview | None = None) -> None:
        preview = preview or self.last_preview
        if preview is not None:
            shutil.rmtree(preview.folder, ignore_errors=True)
        if preview is self.last_preview:
            self.last_preview = None

    def choose_file(self) -> None:
        workshop = self.workshop
        assert workshop is not None
        title = (workshop.title or "workshop").replace("/", "-")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save certificates"),
            str(Path(self.ctx.settings.last_folder) / self.tr("Certificates — %1.pdf").replace(
                "%1", title)), self.tr("PDF file (*.pdf)"))
        if path:
            self.ctx.settings.last_folder = str(Path(path).parent)
            self.save(Path(path), offer_folder=True)
        else:
            self.message.setText(self.tr("Not saved; nothing was issued."))

    def save(self, path: Path, *, offer_folder: bool = False) -> Task:
        """Give the numbers due and write the PDF, in the background (progress, Cancel)."""
        workshop = self.workshop
        assert workshop is not None
        workshop_id, lang, day = workshop.id, self.language(), self.day
        early = self.early_confirmed or workshop.status == "done"
        self.message.setText(self.tr("Writing certificates…"))
        self.open_folder_button.hide()

        def done(written: CertificatesWritten | None) -> None:
            if written is None:
                self.message.setText(self.tr("Cancelled; no file was written."))
                return
            if written.issued:
                self.published.emit(written.issued)
            self.last_saved = path
            text = self.tr("Saved %n certificate(s) to %1.", "", written.pages).replace(
                "%1", str(path))
            if written.issued:
                text = self.tr("Issued %n new certificate(s).", "", len(written.issued)) + \
                    " " + text
            self.message.setText(text)
            self.open_folder_button.setVisible(offer_folder)
            self.reload()

        self.last_task = run_task(
            self, self.tr("Writing certificates"), self.ctx.db_path,
            lambda db, progress: training_service.write_certificates(
                db, workshop_id, path, lang, progress, issue=True, on=day, early=early),
            on_done=done, user=self.ctx.user)
        return self.last_task

    def open_folder(self) -> None:
        if self.last_saved is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_saved.parent)))
