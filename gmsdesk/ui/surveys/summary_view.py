"""A form's summary: filters (version, province, sector, dates), the count, one block per
question (a bar chart with counts and percentages, number statistics, or sample answers), and
the exports (responses to CSV/XLSX, the summary to PDF), all run off the UI thread."""

from __future__ import annotations

import contextlib
import datetime
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gmsdesk.forms.summary import MARKERS, readable, row_shares
from gmsdesk.records.catalog import RESPONSES, SMES
from gmsdesk.services.surveys import labels_language
from gmsdesk.ui.errors import show_error
from gmsdesk.ui.labels import (
    form_version_label,
    format_count,
    format_date,
    format_number,
    format_percent,
    format_share,
    local_digits,
    sector_label,
)
from gmsdesk.ui.surveys.questions import HINT_STYLE
from gmsdesk.ui.surveys.texts import fill, language_name
from gmsdesk.ui.tasks import Task, run_task
from gmsdesk.ui.widgets import DateEdit

log = logging.getLogger(__name__)

FILTER_DELAY_MS = 250
BAR_COLOR = QColor("#2f6fb0")
NOT_ANSWERED_COLOR = QColor("#b8bec6")
TRACK_COLOR = QColor("#eef1f5")
MAX_BAR = 520  # px: a bar across a wide screen is hard to compare with its neighbours
THUMB = 96  # px: a photo's thumbnail in the summary
FILTER_CHARS = 24  # a filter's choice longer than this is elided in its box


def capped_combo(combo: QComboBox) -> None:
    """`combo` about FILTER_CHARS characters wide whatever its choices: a longer choice is
    elided in the box (whole in its list, which widens to it, and in the tooltip)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(FILTER_CHARS)
    view = combo.view()
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setMinimumWidth(view.sizeHintForColumn(0) + view.verticalScrollBar().sizeHint().width())
    combo.currentIndexChanged.connect(lambda _i: combo.setToolTip(combo.currentText()))
    combo.setToolTip(combo.currentText())


def percent_text(count: int, total: int) -> str:
    """"12 (34%)", in the digits and precision the summary PDF prints too."""
    return format_share(count, total)


def share_text(count: int, share: float) -> str:
    return f"{format_count(count)} ({format_percent(share)})"


def number_text(value: float, grouping: bool = True) -> str:
    """A statistic; `grouping` False for years and identifiers ("2006.4", not "2,006.4")."""
    return format_number(value, grouping=grouping)


def row_label(label: str) -> str:
    """A chart row's label: the summary's own rows ("(not answered)") in the UI language."""
    context = MARKERS.get(label)
    return QCoreApplication.translate(context, label) if context else label


class BarChart(QWidget):
    """Horizontal bars, one per choice: label, bar, "count (percent)". Drawn with QPainter
    (PySide6-Essentials has no QtCharts). A choice's share is of those who answered, the
    muted last row's ("(not answered)") of everyone asked, as in the summary PDF."""

    ROW_GAP = 6

    def __init__(self, rows: list[tuple[str, int]], total: int, muted_last: bool = False,
                 parent: QWidget | None = None, answered: int | None = None) -> None:
        super().__init__(parent)
        self.rows = [(row_label(label), count) for label, count in rows]
        self.total = total
        self.muted_last = muted_last
        if answered is None:  # every row a share of `total`
            self.shares = [100.0 * count / total if total > 0 else 0.0 for _, count in rows]
        else:
            self.shares = row_shares(rows, answered,
                                     total - answered if muted_last else None)
        self.setObjectName("bar_chart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self._height())
        lines = [f"{label}: {self.value_text(i)}" for i, (label, _) in enumerate(self.rows)]
        self.setToolTip("\n".join(lines))
        self.setAccessibleDescription("; ".join(lines))

    def value_text(self, index: int) -> str:
        """What the row at `index` shows after its bar: "count (percent)"."""
        return share_text(self.rows[index][1], self.shares[index])

    def _row_height(self) -> int:
        return self.fontMetrics().height() + self.ROW_GAP

    def _height(self) -> int:
        return len(self.rows) * self._row_height() + 4

    def sizeHint(self) -> QSize:
        return QSize(640, self._height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        width = self.width()
        label_width = min(int(width * 0.38),
                          max((metrics.horizontalAdvance(r[0]) for r in self.rows), default=0)
                          + 12)
        value_width = max((metrics.horizontalAdvance(self.value_text(i))
                           for i in range(len(self.rows))), default=0) + 12
        bar_left = label_width + 6
        bar_width = max(min(width - bar_left - value_width, MAX_BAR), 40)
        biggest = max((count for _label, count in self.rows), default=0)
        row_height = self._row_height()
        text_color = self.palette().windowText().color()
        for i, (label, count) in enumerate(self.rows):
            top = i * row_height + 2
            text_rect = QRectF(0, top, label_width - 6, row_height - self.ROW_GAP)
            painter.setPen(text_color)
            painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignRight
                                            | Qt.AlignmentFlag.AlignVCenter),
                             metrics.elidedText(label, Qt.TextElideMode.ElideRight,
                                                label_width - 6))
            bar_top = top + 2
            bar_h = row_height - self.ROW_GAP - 4
            painter.fillRect(QRectF(bar_left, bar_top, bar_width, bar_h), TRACK_COLOR)
            if biggest and count:
                length = max(2.0, bar_width * count / biggest)
                muted = self.muted_last and i == len(self.rows) - 1
                painter.fillRect(QRectF(bar_left, bar_top, length, bar_h),
                                 NOT_ANSWERED_COLOR if muted else BAR_COLOR)
            painter.setPen(text_color)
            painter.drawText(QRectF(bar_left + bar_width + 8, top, value_width,
                                    row_height - self.ROW_GAP),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             self.value_text(i))
        painter.end()


class SummaryWindow(QDialog):
    """Summary of one form, its filters and exports; `shown` fires after each summary is drawn."""

    shown = Signal(object)  # the Summary

    def __init__(self, ctx: Any, form_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.form_id = form_id
        self.summary: Any = None
        self.last_task: Task | None = None
        self.export_result: Any = None
        self._generation = 0
        self.setObjectName("summary_window")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.versions = self.db.surveys.versions(form_id)
        latest = self.db.surveys.form(self.versions[-1].ref) if self.versions else None
        self.form = latest
        self.resize(1000, 780)

        self.title = QLabel(self)
        self.title.setObjectName("summary_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)

        self.version_filter = QComboBox(self)
        self.version_filter.setObjectName("filter_version")
        self.version_filter.addItem(self.tr("All versions"), None)
        for row in self.versions:
            self.version_filter.addItem(
                fill(self.tr("Version %1"), form_version_label(row.version)), row.version)
        self.province_filter = QComboBox(self)
        self.province_filter.setObjectName("filter_province")
        self.province_filter.addItem(self.tr("All provinces"), None)
        for province in self.db.smes.provinces():
            self.province_filter.addItem(province, province)
        self.sector_filter = QComboBox(self)
        self.sector_filter.setObjectName("filter_sector")
        self.sector_filter.addItem(self.tr("All sectors"), None)
        for sector in self.db.smes.sectors():
            self.sector_filter.addItem(sector_label(sector.code) if sector.builtin
                                       else sector.label, sector.code)
        self.from_check = QCheckBox(self.tr("From"), self)
        self.from_check.setObjectName("filter_from_on")
        self.from_date = DateEdit(QDate.currentDate().addMonths(-1), self)
        self.from_date.setObjectName("filter_from")
        self.to_check = QCheckBox(self.tr("to"), self)
        self.to_check.setObjectName("filter_to_on")
        self.to_date = DateEdit(QDate.currentDate(), self)
        self.to_date.setObjectName("filter_to")
        for edit in (self.from_date, self.to_date):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
        self.from_check.toggled.connect(self.from_date.setEnabled)
        self.to_check.toggled.connect(self.to_date.setEnabled)
        self.language_filter = QComboBox(self)
        self.language_filter.setObjectName("summary_language")
        languages = list(getattr(latest, "languages", []) or [])
        for code in languages:
            self.language_filter.addItem(language_name(code), code)
        lang = labels_language(latest, ctx.language)
        self.language_filter.setCurrentIndex(max(self.language_filter.findData(lang), 0))
        self.language_filter.setVisible(len(languages) > 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        for combo in (self.version_filter, self.province_filter, self.sector_filter,
                      self.language_filter):
            combo.currentIndexChanged.connect(lambda _i: self._timer.start())
        for check in (self.from_check, self.to_check):
            check.toggled.connect(lambda _on: self._timer.start())
        for edit in (self.from_date, self.to_date):
            edit.dateChanged.connect(lambda _d: self._timer.start())

        # Two rows, and a province or sector longer than FILTER_CHARS loses its middle (whole in
        # the list and the tooltip): in one row, in Burmese, the filters made the window wider
        # than a 1366x768 laptop.
        for combo in (self.province_filter, self.sector_filter):
            capped_combo(combo)
        choices = QHBoxLayout()
        for combo in (self.version_filter, self.province_filter, self.sector_filter):
            choices.addWidget(combo)
        choices.addStretch(1)
        dates = QHBoxLayout()
        for widget in (self.from_check, self.from_date, self.to_check, self.to_date):
            dates.addWidget(widget)
        dates.addStretch(1)
        labels_in = QLabel(self.tr("Labels in:"), self)
        labels_in.setVisible(len(languages) > 1)
        dates.addWidget(labels_in)
        dates.addWidget(self.language_filter)
        filters = QVBoxLayout()
        filters.addLayout(choices)
        filters.addLayout(dates)

        self.total_label = QLabel(self)
        self.total_label.setObjectName("summary_total")
        total_font = self.total_label.font()
        total_font.setPointSizeF(total_font.pointSizeF() * 1.15)
        total_font.setBold(True)
        self.total_label.setFont(total_font)
        self.per_version_label = QLabel(self)
        self.per_version_label.setStyleSheet(HINT_STYLE)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setObjectName("summary_scroll")
        self.content: QWidget | None = None
        self.blocks: dict[str, QFrame] = {}

        self.info = QLabel(self)
        self.info.setObjectName("summary_info")
        self.info.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export responses (CSV/XLSX)…"), self)
        self.export_button.setObjectName("export_responses")
        self.export_button.clicked.connect(self.choose_export)
        self.pdf_button = QPushButton(self.tr("Summary PDF…"), self)
        self.pdf_button.setObjectName("summary_pdf")
        self.pdf_button.clicked.connect(self.choose_pdf)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        close.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.info, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addWidget(self.total_label)
        layout.addWidget(self.per_version_label)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(buttons)
        self._retitle()
        ctx.bus.changes_applied.connect(self._on_changes)  # responses synced from elsewhere

    def _on_changes(self, changes: list[Any]) -> None:
        if any(c.table in (RESPONSES.table, SMES.table) or c.op == "reload" for c in changes):
            self._timer.start()

    def done(self, result: int) -> None:  # closing, by any means
        with contextlib.suppress(RuntimeError, TypeError):  # already disconnected
            self.ctx.bus.changes_applied.disconnect(self._on_changes)
        self._timer.stop()
        super().done(result)

    # -- filters ------------------------------------------------------------------------------

    def lang(self) -> str | None:
        return self.language_filter.currentData()

    def _retitle(self) -> None:
        title = self.form.title_in(self.lang()) if self.form is not None else self.form_id
        self.setWindowTitle(fill(self.tr("Summary — %1"), title))
        self.title.setText(title)

    def _date(self, check: QCheckBox, edit: QDateEdit) -> datetime.date | None:
        if not check.isChecked():
            return None
        d = edit.date()
        return datetime.date(d.year(), d.month(), d.day())

    def filters(self) -> dict[str, Any]:
        """The filters as `db.surveys.summary` / `ResponseFilter` take them."""
        return {"version": self.version_filter.currentData(),
                "province": self.province_filter.currentData(),
                "sector": self.sector_filter.currentData(),
                "date_from": self._date(self.from_check, self.from_date),
                "date_to": self._date(self.to_check, self.to_date)}

    def describe_filters(self) -> str:
        """The filters in words, for the PDF's subtitle."""
        parts = [self.version_filter.currentText()]
        for combo in (self.province_filter, self.sector_filter):
            if combo.currentData() is not None:
                parts.append(combo.currentText())
        values = self.filters()
        if values["date_from"] or values["date_to"]:
            parts.append(fill(self.tr("submitted %1 to %2"),
                              format_date(values["date_from"]) or "…",
                              format_date(values["date_to"]) or "…"))
        return " · ".join(str(p) for p in parts)

    # -- summary ------------------------------------------------------------------------------

    def refresh(self) -> Task:
        """Compute the summary for the current filters in the background, then draw it."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        filters = self.filters()
        lang = self.lang()
        form_id = self.form_id
        self._retitle()
        self.info.setText(self.tr("Counting…"))

        def work(db: Any, _progress: Any) -> Any:
            return db.surveys.summary(form_id, lang=lang, **filters)

        def done(summary: Any) -> None:
            if generation == self._generation:
                self.show_summary(summary)

        self.last_task = run_task(self, self.tr("Summarising"), self.ctx.db_path, work,
                                  on_done=done, user=self.db.user, show_progress=False)
        return self.last_task

    def show_summary(self, summary: Any) -> None:
        self.summary = summary
        self.info.setText("")
        # The count is its only number: in the rule's digits even where the message is not
        # translated yet (Qt then writes 0-9).
        self.total_label.setText(local_digits(self.tr("%n response(s)", "", summary.total)))
        if len(summary.per_version) > 1:
            self.per_version_label.setText(" · ".join(
                fill(self.tr("version %1: %2"), form_version_label(v), format_count(n))
                for v, n in sorted(summary.per_version.items())))
            self.per_version_label.setVisible(True)
        else:
            self.per_version_label.setVisible(False)
        old = self.content
        content = QWidget(self.scroll_area)
        content.setObjectName("summary_content")
        layout = QVBoxLayout(content)
        layout.setSpacing(12)
        self.blocks = {}
        for question in summary.questions:
            block = self._block(question, summary.total, content)
            self.blocks[question.name] = block
            layout.addWidget(block)
        if not summary.questions:
            layout.addWidget(QLabel(self.tr("This form has no questions to summarise."),
                                    content))
        layout.addStretch(1)
        self.scroll_area.setWidget(content)  # the old content is deleted by the scroll area
        self.content = content
        del old
        self.export_button.setEnabled(summary.total > 0)
        self.shown.emit(summary)

    def _repeat_label(self, name: str) -> str:
        """A repeat as the form labels it in the chosen language, not its internal name."""
        try:
            label = self.form.group(name).label(self.lang()) if self.form is not None else ""
        except KeyError:  # a repeat only an older version had
            label = ""
        return label or readable(name)

    def _block(self, question: Any, total: int, parent: QWidget) -> QFrame:
        item = question.item
        frame = QFrame(parent)
        frame.setObjectName(f"summary_{question.name}")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        title = QLabel(item.label, frame)
        title.setWordWrap(True)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        answered = QLabel(fill(self.tr("%1 answered"), format_count(item.answered))
                          + (" · " + fill(self.tr("in each “%1”"),
                                          self._repeat_label(question.repeat))
                             if question.repeat else ""), frame)
        answered.setStyleSheet(HINT_STYLE)
        layout.addWidget(title)
        layout.addWidget(answered)
        if item.kind == "choices":
            denominator = item.answered + question.not_answered
            chart = BarChart(list(item.rows), denominator, muted_last=True, parent=frame,
                             answered=item.answered)
            layout.addWidget(chart)
        elif item.kind == "number":
            stats = item.stats
            if stats.get("n"):
                grid = QGridLayout()
                grid.setHorizontalSpacing(28)  # four numbers side by side stay apart
                names = (("mean", self.tr("Mean")), ("median", self.tr("Median")),
                         ("min", self.tr("Lowest")), ("max", self.tr("Highest")))
                for column, (key, text) in enumerate(names):
                    head = QLabel(text, frame)
                    head.setStyleSheet(HINT_STYLE)
                    value = QLabel(number_text(stats.get(key, 0.0),
                                               getattr(item, "grouping", True)), frame)
                    value.setObjectName(f"stat_{key}")
                    value_font = value.font()
                    value_font.setPointSizeF(value_font.pointSizeF() * 1.2)
                    value.setFont(value_font)
                    grid.addWidget(head, 0, column)
                    grid.addWidget(value, 1, column)
                grid.setColumnStretch(len(names), 1)
                layout.addLayout(grid)
            else:
                layout.addWidget(QLabel(self.tr("No numbers yet."), frame))
        elif item.kind == "media":
            layout.addWidget(self._media(question, item, frame))
        elif item.kind == "geo":
            layout.addWidget(self._geo(item, frame))
        else:
            if item.samples:
                samples = QLabel(frame)
                samples.setObjectName("samples")
                samples.setWordWrap(True)
                samples.setTextFormat(Qt.TextFormat.PlainText)
                samples.setText("\n".join(f"• {text}" for text in item.samples))
                head = QLabel(self.tr("Latest answers:"), frame)
                head.setStyleSheet(HINT_STYLE)
                layout.addWidget(head)
                layout.addWidget(samples)
            else:
                layout.addWidget(QLabel(self.tr("No answers yet."), frame))
        return frame

    def _media(self, question: Any, item: Any, parent: QWidget) -> QWidget:
        """Photos: thumbnails of the latest ones; other files: how many, and the latest
        names. A photo only another laptop holds shows the thumbnail sync brought."""
        from gmsdesk.storage.attachments import attachments_of

        box = QWidget(parent)
        box.setObjectName("media")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        if not item.samples:
            layout.addWidget(QLabel(self.tr("No files yet."), box))
            return box
        store = attachments_of(self.db)
        if question.type == "image":
            strip = QHBoxLayout()
            shown = 0
            for name in item.samples:
                data = store.thumbnail(name)
                pixmap = QPixmap()
                if not data or not pixmap.loadFromData(data):
                    continue
                thumb = QLabel(box)
                thumb.setObjectName("thumbnail")
                thumb.setPixmap(pixmap.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation))
                thumb.setToolTip(name)
                strip.addWidget(thumb)
                shown += 1
            strip.addStretch(1)
            layout.addLayout(strip)
            if shown < len(item.samples):
                note = QLabel(fill(self.tr("%1 of the latest photos are not on this laptop "
                                           "yet (they come with the next sync)."),
                                   format_count(len(item.samples) - shown)), box)
                note.setStyleSheet(HINT_STYLE)
                layout.addWidget(note)
            return box
        answered = item.answered
        head = QLabel(self.tr("%n file(s)", "", answered), box)
        head.setObjectName("file_count")
        layout.addWidget(head)
        names = []
        for name in item.samples[:5]:
            found = store.get(name)
            names.append(f"• {found.source_name if found and found.source_name else name}")
        latest = QLabel("\n".join(names), box)
        latest.setStyleSheet(HINT_STYLE)
        latest.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(latest)
        return box

    def _geo(self, item: Any, parent: QWidget) -> QWidget:
        """Locations: the centre and the box of the latest answers' points."""
        stats = item.stats
        if not stats.get("n"):
            return QLabel(self.tr("No locations yet."), parent)

        def degrees(value: float) -> str:
            return format_number(value, 5, grouping=False)

        text = QLabel(parent)
        text.setObjectName("geo")
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setText("\n".join((
            fill(self.tr("Centre: %1, %2"), degrees(stats["lat"]), degrees(stats["lon"])),
            fill(self.tr("Between latitudes %1 and %2, longitudes %3 and %4"),
                 degrees(stats["south"]), degrees(stats["north"]), degrees(stats["west"]),
                 degrees(stats["east"])),
            self.tr("From %n point(s) of the latest answers", "", int(stats["n"])),
        )))
        return text

    # -- exports ------------------------------------------------------------------------------

    def choose_export(self) -> None:
        folder = Path(self.ctx.settings.last_folder)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export responses"), str(folder / f"{self.form_id}.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"))
        if path:
            self.ctx.settings.last_folder = str(Path(path).parent)
            self.export_to(Path(path))

    def export_to(self, path: Path) -> Task:
        """Responses matching the filters, one column per question, in the background."""
        from gmsdesk.forms.export import Cancelled, export_responses
        from gmsdesk.storage.surveys import ResponseFilter

        values = self.filters()
        version = values.pop("version")
        form_id = self.form_id

        def work(db: Any, progress: Any) -> Any:
            return export_responses(db, form_id, path, version=version,
                                    all_versions=version is None,
                                    filters=ResponseFilter(**values), progress=progress)

        def done(result: Any) -> None:
            self.export_result = result
            text = fill(self.tr("Exported %n response(s) to %1.", "", result.responses),
                        ", ".join(str(f) for f in result.files))
            if getattr(result, "media", None) is not None:
                text += " " + fill(self.tr("%n photo(s) and file(s) copied to %1.", "",
                                           result.media_files), str(result.media))
                if result.media_missing:
                    text += " " + fill(self.tr("%1 are not on this laptop: open them in "
                                               "their responses to fetch them, then export "
                                               "again."), format_count(result.media_missing))
            self.info.setText(text)

        def failed(exc: Exception) -> None:
            if isinstance(exc, Cancelled):
                self.info.setText(self.tr("Export cancelled; no file was written."))
                return
            self.info.setText(self.tr("The export failed; no file was written."))
            show_error(self, exc)

        self.last_task = run_task(self, self.tr("Exporting responses"), self.ctx.db_path, work,
                                  on_done=done, on_error=failed, user=self.db.user)
        return self.last_task

    def choose_pdf(self) -> None:
        folder = Path(self.ctx.settings.last_folder)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Summary PDF"), str(folder / f"{self.form_id}-summary.pdf"),
            self.tr("PDF document (*.pdf)"))
        if path:
            self.ctx.settings.last_folder = str(Path(path).parent)
            self.pdf_to(Path(path))

    def pdf_to(self, path: Path) -> Task | None:
        """The summary on screen (same filters) as a PDF, written in the background."""
        if self.summary is None:
            return None
        from gmsdesk.services.surveys import write_summary_pdf

        summary = self.summary
        subtitle = self.describe_filters()
        lang = self.ctx.language

        def work(_db: Any, _progress: Any) -> Any:
            return write_summary_pdf(path, summary, subtitle, lang)

        def done(_pages: Any) -> None:
            self.info.setText(fill(self.tr("Summary saved to %1."), str(path)))

        self.last_task = run_task(self, self.tr("Writing the summary PDF"), self.ctx.db_path,
                                  work, on_done=done, user=self.db.user)
        return self.last_task
