"""An SME's ICT history in its dialog: a strip of its level on the ladder over time, and each
change (a flag, a presence's status, the ladder steps they made), newest first.

Read from `db.ict_history.timeline` (one SME: an index lookup, quick enough for the UI thread).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gmsdesk.records import catalog
from gmsdesk.storage.db import Database
from gmsdesk.storage.ict_history import TimelineEntry
from gmsdesk.storage.smes import ICT_LEVELS
from gmsdesk.ui.labels import field_label, format_date, ict_level_label, user_label

_LEVEL_COLOURS = ("#9e9e9e", "#4f8fd0", "#2e9d62", "#d08a1f")  # traditional .. e-business
_STEP_ROLE = Qt.ItemDataRole.UserRole + 1


def _day(iso: str) -> QDate:
    return QDate.fromString(iso, Qt.DateFormat.ISODate)


def day_text(iso: str) -> str:
    """A stored day (ISO) in the UI language's short date format."""
    day = _day(iso)
    return _locale_day(day) if day.isValid() else iso


def _locale_day(day: QDate) -> str:
    return format_date(day, "short")


class LadderStrip(QWidget):
    """The SME's ICT level from its registration to today, as a step line over four bands."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ict_ladder_strip")
        self.steps: list[tuple[QDate, int]] = []  # (day, level from that day), in order
        self.setMinimumHeight(30)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(320, 32)

    def set_steps(self, steps: list[tuple[QDate, int]]) -> None:
        self.steps = steps
        if steps:
            first, last = steps[0][0], steps[-1][0]
            levels = " → ".join(ict_level_label(level) for _day, level in steps)
            self.setToolTip(self.tr("ICT level, %1 to %2: %3").replace(
                "%1", _locale_day(first)).replace("%2", _locale_day(max(
                    last, QDate.currentDate()))).replace("%3", levels))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(2, 3, -2, -3)
        bands = len(ICT_LEVELS)
        band = area.height() / bands
        for level in range(bands):  # light bands, e-business on top
            colour = QColor(_LEVEL_COLOURS[level])
            colour.setAlpha(28)
            top = area.bottom() - (level + 1) * band
            painter.fillRect(QRectF(area.left(), top, area.width(), band), colour)
        if not self.steps:
            return
        start = self.steps[0][0]
        end = max(QDate.currentDate(), self.steps[-1][0]).addDays(1)
        span = max(1, start.daysTo(end))

        def x(day: QDate) -> float:
            return area.left() + area.width() * start.daysTo(day) / span

        def y(level: int) -> float:
            return area.bottom() - (level + 0.5) * band

        path = QPainterPath()
        path.moveTo(x(start), y(self.steps[0][1]))
        for day, level in self.steps[1:]:
            path.lineTo(x(day), path.currentPosition().y())
            path.lineTo(x(day), y(level))
        path.lineTo(area.right(), path.currentPosition().y())
        pen = QPen(self.palette().color(QPalette.ColorRole.Text), 2)
        painter.setPen(pen)
        painter.drawPath(path)
        for day, level in self.steps:  # a dot where each level began, in its colour
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(_LEVEL_COLOURS[level]))
            painter.drawEllipse(QRectF(x(day) - 3.5, y(level) - 3.5, 7, 7))
        # Words on the strip, so it reads without its tooltip: the level now, by its line
        # (above it, or below when it runs along the top), and since when at the left.
        level = self.steps[-1][1]
        font = painter.font()
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        height = painter.fontMetrics().height()
        above = y(level) - height - 2 >= area.top()
        text_box = QRectF(area.left() + 6, y(level) - height - 2 if above else y(level) + 3,
                          area.width() - 12, height)
        painter.setPen(QColor(_LEVEL_COLOURS[level]).darker(140))
        painter.drawText(text_box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         ict_level_label(level))
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(text_box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         _locale_day(self.steps[0][0]))


class IctTimeline(QGroupBox):
    """The ICT history of one SME (see module docstring)."""

    def __init__(self, db: Database, sme_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.sme_id = sme_id
        self.setObjectName("ict_timeline")
        self.setTitle(self.tr("ICT history"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.strip = LadderStrip(self)
        layout.addWidget(self.strip)
        self.list = QTreeWidget(self)
        self.list.setObjectName("ict_timeline_list")
        self.list.setColumnCount(3)
        self.list.setHeaderLabels([self.tr("Date"), self.tr("What changed"), self.tr("By")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # As tall as the dialog leaves it (three rows at least): the form never scrolls for it.
        self.list.setMinimumHeight(72)
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.list.setAccessibleName(self.tr("ICT history"))
        layout.addWidget(self.list)
        self.entries: list[TimelineEntry] = []
        self.reload()

    def reload(self) -> None:
        self.entries = self.db.ict_history.timeline(self.sme_id)
        self.list.clear()
        steps: list[tuple[QDate, int]] = []
        bold = QFont(self.list.font())
        bold.setBold(True)
        for entry in self.entries:
            if entry.field == "created" and entry.table == "smes" and not steps:
                steps.append((_day(entry.day), entry.level))
            if entry.step:
                if steps and steps[-1][0] == _day(entry.day):
                    steps[-1] = (steps[-1][0], entry.level)  # several steps in a day: the last
                else:
                    steps.append((_day(entry.day), entry.level))
        for entry in reversed(self.entries):  # newest first
            if entry.step:
                item = QTreeWidgetItem([day_text(entry.day), self.step_text(entry), ""])
                item.setData(0, _STEP_ROLE, True)
                for column in range(3):
                    item.setFont(column, bold)
                item.setForeground(1, QColor(_LEVEL_COLOURS[entry.level]))
                self.list.addTopLevelItem(item)
            item = QTreeWidgetItem([day_text(entry.day), self.entry_text(entry),
                                    user_label(entry.who)])
            item.setToolTip(1, item.text(1))
            self.list.addTopLevelItem(item)
        if not self.entries:
            item = QTreeWidgetItem(["", self.tr("No changes recorded yet."), ""])
            self.list.addTopLevelItem(item)
        self.strip.set_steps(steps)

    def texts(self) -> list[str]:
        """What the list says, row by row (date, change, who), newest first."""
        out = []
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item is not None:
                out.append(" | ".join(item.text(c) for c in range(3)))
        return out

    # -- words ----------------------------------------------------------------------------

    def step_text(self, entry: TimelineEntry) -> str:
        arrow = "▲" if entry.level > entry.previous_level else "▼"
        return self.tr("%1 ICT level: %2").replace("%1", arrow).replace(
            "%2", ict_level_label(entry.level))

    def entry_text(self, entry: TimelineEntry) -> str:
        if entry.table == "smes":
            if entry.field == "created":
                return self.tr("Registered")
            if entry.field == "deleted":
                return self.tr("Deleted") if entry.new else self.tr("Restored")
            return self.tr("%1: %2").replace("%1", field_label(entry.field)).replace(
                "%2", self.tr("yes") if entry.new else self.tr("no"))
        where = entry.name or self._kind(entry.kind)
        if entry.field == "status":
            what = self._status(str(entry.new))
        elif entry.field == "kind":
            what = self.tr("now %1").replace("%1", self._kind(str(entry.new)))
        else:  # deleted
            what = self.tr("removed") if entry.new else self.tr("restored")
        return self.tr("%1: %2").replace("%1", where).replace("%2", what)

    def _status(self, code: str) -> str:
        words = {"registered": self.tr("registered"),
                 "displaying": self.tr("displaying products"),
                 "inactive": self.tr("inactive")}
        return words.get(code) or QCoreApplication.translate(
            "Presence", catalog.PRESENCE_STATUSES.get(code, code))

    def _kind(self, code: str | None) -> str:
        if not code:
            return self.tr("Online presence")
        return QCoreApplication.translate("Presence", catalog.PRESENCE_KINDS.get(code, code))
